<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="es_ES">
<context>
    <name>BatchModel</name>
    <message>
        <source>File</source>
        <translation>Archivo</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>Tipo</translation>
    </message>
    <message>
        <source>What it reveals</source>
        <translation>Qué revela</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Estado</translation>
    </message>
    <message>
        <source>nothing found</source>
        <translation>no se encontró nada</translation>
    </message>
    <message>
        <source>Link: not followed</source>
        <translation>Enlace: no se siguió</translation>
    </message>
    <message>
        <source>Checking…</source>
        <translation>Revisando…</translation>
    </message>
    <message>
        <source>Not supported</source>
        <translation>Tipo no compatible</translation>
    </message>
    <message>
        <source>Could not be read</source>
        <translation>No se pudo leer</translation>
    </message>
    <message>
        <source>Cleaning… {percent}%</source>
        <translation>Limpiando… {percent}%</translation>
    </message>
    <message>
        <source>Cleaning…</source>
        <translation>Limpiando…</translation>
    </message>
    <message>
        <source>Ready; areas to cover: {count}</source>
        <translation>Listo; zonas que tapar: {count}</translation>
    </message>
    <message>
        <source>Ready</source>
        <translation>Listo</translation>
    </message>
</context>
<context>
    <name>ClipEditor</name>
    <message>
        <source>&amp;Time in the clip</source>
        <translation>&amp;Tiempo en el vídeo</translation>
    </message>
    <message>
        <source>Time in the clip</source>
        <translation>Tiempo en el vídeo</translation>
    </message>
    <message>
        <source>Frame of the clip</source>
        <translation>Fotograma del vídeo</translation>
    </message>
    <message>
        <source>From this f&amp;rame</source>
        <translation>Desde este &amp;fotograma</translation>
    </message>
    <message>
        <source>The selected areas (or all) are covered from this frame on</source>
        <translation>Las áreas elegidas (o todas) se tapan desde este fotograma</translation>
    </message>
    <message>
        <source>Until t&amp;his frame</source>
        <translation>&amp;Hasta este fotograma</translation>
    </message>
    <message>
        <source>The selected areas (or all) are covered up to this frame</source>
        <translation>Las áreas elegidas (o todas) se tapan hasta este fotograma</translation>
    </message>
    <message>
        <source>Whole cli&amp;p</source>
        <translation>Todo el &amp;vídeo</translation>
    </message>
    <message>
        <source>The selected areas (or all) are covered in every frame</source>
        <translation>Las áreas elegidas (o todas) se tapan en todos los fotogramas</translation>
    </message>
    <message>
        <source>{name} ({start} to {end} s)</source>
        <translation>{name} (de {start} a {end} s)</translation>
    </message>
    <message>
        <source>Areas cover every frame of the clip. Faces move: to cover them in every frame, turn on “Cover the faces found in photos and clips” in the main window.</source>
        <translation>Las áreas tapan todos los fotogramas del vídeo. Las caras se mueven: para taparlas en cada fotograma, activa «Tapar las caras encontradas en fotos y vídeos» en la ventana principal.</translation>
    </message>
    <message>
        <source>Face detection is not available ({reason}).</source>
        <translation>La detección de caras no está disponible ({reason}).</translation>
    </message>
    <message>
        <source>Looking for faces…</source>
        <translation>Buscando caras…</translation>
    </message>
    <message>
        <source>Faces seen in this frame (dashed outlines): {count}.</source>
        <translation>Caras vistas en este fotograma (contornos discontinuos): {count}.</translation>
    </message>
</context>
<context>
    <name>DetailsPane</name>
    <message>
        <source>Details: {detail}</source>
        <translation>Detalles: {detail}</translation>
    </message>
    <message>
        <source>Details of the selected file</source>
        <translation>Detalles del archivo seleccionado</translation>
    </message>
    <message>
        <source>File type</source>
        <translation>Tipo de archivo</translation>
    </message>
    <message>
        <source>Before</source>
        <translation>Antes</translation>
    </message>
    <message>
        <source>After</source>
        <translation>Después</translation>
    </message>
    <message>
        <source>Picture before cleaning</source>
        <translation>Imagen antes de limpiar</translation>
    </message>
    <message>
        <source>Picture of the clean copy</source>
        <translation>Imagen de la copia limpia</translation>
    </message>
    <message>
        <source>Before: what the file gives away</source>
        <translation>Antes: lo que el archivo revela</translation>
    </message>
    <message>
        <source>After: the clean copy</source>
        <translation>Después: la copia limpia</translation>
    </message>
    <message>
        <source>Something that could identify you is still in the copy. Do not post it. The list below shows what remains.</source>
        <translation>La copia todavía contiene algo que podría identificarte. No la publiques. La lista de abajo muestra lo que queda.</translation>
    </message>
    <message>
        <source>Found in the file before cleaning</source>
        <translation>Encontrado en el archivo antes de limpiar</translation>
    </message>
    <message>
        <source>The clean copy: what was removed and what remains</source>
        <translation>La copia limpia: lo que se quitó y lo que queda</translation>
    </message>
    <message>
        <source>What</source>
        <translation>Qué</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>Valor</translation>
    </message>
    <message>
        <source>Select a file in the list to see what it gives away.</source>
        <translation>Selecciona un archivo de la lista para ver lo que revela.</translation>
    </message>
    <message>
        <source>Technical details: every tag and value</source>
        <translation>Detalles técnicos: cada etiqueta y su valor</translation>
    </message>
    <message>
        <source>Result</source>
        <translation>Resultado</translation>
    </message>
    <message>
        <source>Areas to cover</source>
        <translation>Zonas que tapar</translation>
    </message>
    <message>
        <source>Details of the problem</source>
        <translation>Detalles del problema</translation>
    </message>
    <message>
        <source>1 area will be covered</source>
        <translation>Se tapará 1 zona</translation>
    </message>
    <message>
        <source>{count} areas will be covered</source>
        <translation>Se taparán {count} zonas</translation>
    </message>
    <message>
        <source>Checking this file…</source>
        <translation>Revisando este archivo…</translation>
    </message>
    <message>
        <source>Nothing found that could identify you.</source>
        <translation>No se encontró nada que pueda identificarte.</translation>
    </message>
    <message>
        <source>1 thing found that could identify you.</source>
        <translation>Se encontró 1 dato que podría identificarte.</translation>
    </message>
    <message>
        <source>{count} things found that could identify you.</source>
        <translation>Se encontraron {count} datos que podrían identificarte.</translation>
    </message>
    <message>
        <source>No clean copy can be made because the file could not be read.</source>
        <translation>No se puede hacer una copia limpia porque el archivo no se pudo leer.</translation>
    </message>
    <message>
        <source>Cleaning…</source>
        <translation>Limpiando…</translation>
    </message>
    <message>
        <source>Not cleaned yet. Press Clean to make a safe copy.</source>
        <translation>Aún no se ha limpiado. Pulsa Limpiar para hacer una copia segura.</translation>
    </message>
    <message>
        <source>Saved as: {name}</source>
        <translation>Guardado como: {name}</translation>
    </message>
    <message>
        <source>Faces found and covered: {count}. Check the picture of the copy.</source>
        <translation>Caras encontradas y tapadas: {count}. Revisa la imagen de la copia.</translation>
    </message>
    <message>
        <source>Checked again: nothing that could identify you was found.</source>
        <translation>Revisado de nuevo: no se encontró nada que pueda identificarte.</translation>
    </message>
    <message>
        <source>Still in the copy</source>
        <translation>Sigue en la copia</translation>
    </message>
    <message>
        <source>Removed</source>
        <translation>Quitado</translation>
    </message>
    <message>
        <source>still in the copy</source>
        <translation>sigue en la copia</translation>
    </message>
    <message>
        <source>removed</source>
        <translation>quitado</translation>
    </message>
    <message>
        <source>removed, not checked</source>
        <translation>quitado, sin volver a revisar</translation>
    </message>
    <message>
        <source>What the clean copy no longer gives away</source>
        <translation>Lo que la copia limpia ya no revela</translation>
    </message>
    <message>
        <source>will be removed</source>
        <translation>se quitará</translation>
    </message>
    <message>
        <source>not removed</source>
        <translation>no se quitó</translation>
    </message>
    <message>
        <source>What the file gives away</source>
        <translation>Lo que revela el archivo</translation>
    </message>
    <message>
        <source>kept</source>
        <translation>se conserva</translation>
    </message>
    <message>
        <source>Good to know:</source>
        <translation>Conviene saber:</translation>
    </message>
    <message>
        <source>which way up the photo is</source>
        <translation>la orientación de la foto</translation>
    </message>
    <message>
        <source>a standard colour profile</source>
        <translation>un perfil de color estándar</translation>
    </message>
    <message>
        <source>harmless technical data</source>
        <translation>datos técnicos inofensivos</translation>
    </message>
    <message>
        <source>Hide technical details</source>
        <translation>Ocultar detalles técnicos</translation>
    </message>
    <message>
        <source>Show technical details</source>
        <translation>Mostrar detalles técnicos</translation>
    </message>
    <message>
        <source>Kept: needed to show the photo the right way up</source>
        <translation>Conservado: hace falta para mostrar la foto en la posición correcta</translation>
    </message>
    <message>
        <source>Kept: a standard colour profile, so colours look right</source>
        <translation>Conservado: un perfil de color estándar, para que los colores se vean bien</translation>
    </message>
    <message>
        <source>Kept</source>
        <translation>Conservado</translation>
    </message>
    <message>
        <source>Loading preview…</source>
        <translation>Cargando la vista previa…</translation>
    </message>
    <message>
        <source>No preview for this kind of file</source>
        <translation>No hay vista previa para este tipo de archivo</translation>
    </message>
    <message>
        <source>This picture could not be read: the file may be damaged</source>
        <translation>No se pudo leer esta imagen: puede que el archivo esté dañado</translation>
    </message>
    <message>
        <source>The clean copy will appear here</source>
        <translation>Aquí aparecerá la copia limpia</translation>
    </message>
    <message>
        <source>No copy was made</source>
        <translation>No se hizo ninguna copia</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>Scrubber: remove hidden data from photos</source>
        <translation>Scrubber: quita los datos ocultos de tus fotos</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>Arc&amp;hivo</translation>
    </message>
    <message>
        <source>&amp;Language</source>
        <translation>&amp;Idioma</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>A&amp;yuda</translation>
    </message>
    <message>
        <source>&amp;Add files…</source>
        <translation>&amp;Añadir archivos…</translation>
    </message>
    <message>
        <source>Add fold&amp;er…</source>
        <translation>Añadir &amp;carpeta…</translation>
    </message>
    <message>
        <source>Remo&amp;ve from list</source>
        <translation>&amp;Quitar de la lista</translation>
    </message>
    <message>
        <source>H&amp;ide faces and areas…</source>
        <translation>&amp;Ocultar caras y zonas…</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Salir</translation>
    </message>
    <message>
        <source>&amp;Clean</source>
        <translation>&amp;Limpiar</translation>
    </message>
    <message>
        <source>Ca&amp;ncel</source>
        <translation>Ca&amp;ncelar</translation>
    </message>
    <message>
        <source>&amp;Why this matters</source>
        <translation>&amp;Por qué es importante</translation>
    </message>
    <message>
        <source>&amp;About Scrubber</source>
        <translation>&amp;Acerca de Scrubber</translation>
    </message>
    <message>
        <source>Add files</source>
        <translation>Añadir archivos</translation>
    </message>
    <message>
        <source>Add a folder</source>
        <translation>Añadir una carpeta</translation>
    </message>
    <message>
        <source>Why this matters</source>
        <translation>Por qué es importante</translation>
    </message>
    <message>
        <source>Hide faces and areas</source>
        <translation>Ocultar caras y zonas</translation>
    </message>
    <message>
        <source>Remove the selected files</source>
        <translation>Quitar de la lista los archivos seleccionados</translation>
    </message>
    <message>
        <source>Clear the list</source>
        <translation>Vaciar la lista</translation>
    </message>
    <message>
        <source>or drop photos and folders onto the list below.</source>
        <translation>o arrastra fotos y carpetas a la lista de abajo.</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Idioma</translation>
    </message>
    <message>
        <source>Files to clean</source>
        <translation>Archivos que limpiar</translation>
    </message>
    <message>
        <source>Drop photos or folders here.

Scrubber shows what each file gives away about you, then writes clean copies. Your originals are not changed.</source>
        <translation>Arrastra aquí fotos o carpetas.

Scrubber te muestra lo que cada archivo revela sobre ti y después guarda copias limpias. Tus originales no se modifican.</translation>
    </message>
    <message>
        <source>Details of the selected file</source>
        <translation>Detalles del archivo seleccionado</translation>
    </message>
    <message>
        <source>Photos and pictures ({patterns})</source>
        <translation>Fotos e imágenes ({patterns})</translation>
    </message>
    <message>
        <source>Sound recordings ({patterns})</source>
        <translation>Grabaciones de sonido ({patterns})</translation>
    </message>
    <message>
        <source>Videos ({patterns})</source>
        <translation>Vídeos ({patterns})</translation>
    </message>
    <message>
        <source>Documents ({patterns})</source>
        <translation>Documentos ({patterns})</translation>
    </message>
    <message>
        <source>Files Scrubber can clean ({patterns})</source>
        <translation>Archivos que Scrubber puede limpiar ({patterns})</translation>
    </message>
    <message>
        <source>All files (*)</source>
        <translation>Todos los archivos (*)</translation>
    </message>
    <message>
        <source>Remo&amp;ve</source>
        <translation>&amp;Quitar</translation>
    </message>
    <message>
        <source>Clear lis&amp;t</source>
        <translation>&amp;Vaciar la lista</translation>
    </message>
    <message>
        <source>Cover faces, tattoos or anything else in the selected photo or clip (Enter)</source>
        <translation>Tapar caras, tatuajes o cualquier otra cosa en la foto o el vídeo seleccionado (Intro)</translation>
    </message>
    <message>
        <source>Language:</source>
        <translation>Idioma:</translation>
    </message>
    <message>
        <source>Add files to clean</source>
        <translation>Añadir archivos que limpiar</translation>
    </message>
    <message>
        <source>Add a folder to clean</source>
        <translation>Añadir una carpeta que limpiar</translation>
    </message>
    <message>
        <source>About Scrubber</source>
        <translation>Acerca de Scrubber</translation>
    </message>
    <message>
        <source>Scrubber {version}

Removes hidden data from photos. Works offline: nothing is ever sent anywhere, and no list of your files is kept.</source>
        <translation>Scrubber {version}

Quita los datos ocultos de las fotos. Funciona sin conexión: nunca se envía nada a ningún sitio y no se guarda ninguna lista de tus archivos.</translation>
    </message>
    <message>
        <source>Replace the original files?</source>
        <translation>¿Reemplazar los archivos originales?</translation>
    </message>
    <message>
        <source>Your original files will be overwritten with the cleaned versions. This cannot be undone: the originals, with everything they contain, will be gone.

Photos with areas to cover still need a copy.

Replace the originals?</source>
        <translation>Tus archivos originales se sobrescribirán con las versiones limpias. No se puede deshacer: los originales, con todo lo que contienen, desaparecerán.

Las fotos con zonas que tapar no se pueden reemplazar: necesitan una copia.

¿Reemplazar los originales?</translation>
    </message>
    <message>
        <source>Choose where to save the clean copies</source>
        <translation>Elige dónde guardar las copias limpias</translation>
    </message>
    <message>
        <source>Every file in the list has been cleaned already.</source>
        <translation>Todos los archivos de la lista ya están limpios.</translation>
    </message>
    <message>
        <source>Cannot create the output folder</source>
        <translation>No se puede crear la carpeta de destino</translation>
    </message>
    <message>
        <source>The clean copies cannot be saved there ({reason}). Choose another folder with “Choose…”.</source>
        <translation>Las copias limpias no se pueden guardar ahí ({reason}). Elige otra carpeta con «Elegir…».</translation>
    </message>
    <message>
        <source>Cleaning…</source>
        <translation>Limpiando…</translation>
    </message>
    <message>
        <source>Stopping: files being cleaned now are left as they were…</source>
        <translation>Parando: los archivos que se están limpiando ahora se quedan como estaban…</translation>
    </message>
</context>
<context>
    <name>OptionsBox</name>
    <message>
        <source>Options</source>
        <translation>Opciones</translation>
    </message>
    <message>
        <source>({count} on)</source>
        <translation>(activadas: {count})</translation>
    </message>
    <message>
        <source>&amp;More options</source>
        <translation>&amp;Más opciones</translation>
    </message>
    <message>
        <source>More options</source>
        <translation>Más opciones</translation>
    </message>
    <message>
        <source>Show or hide the options for the copies</source>
        <translation>Mostrar u ocultar las opciones de las copias</translation>
    </message>
    <message>
        <source>&amp;Give the copies random file names</source>
        <translation>Dar a las copias nomb&amp;res de archivo aleatorios</translation>
    </message>
    <message>
        <source>File names from phones often contain the date and time the photo was taken.</source>
        <translation>Los nombres de archivo de los teléfonos suelen llevar la fecha y la hora en que se tomó la foto.</translation>
    </message>
    <message>
        <source>&amp;Keep file names that show the date or the phone</source>
        <translation>Man&amp;tener los nombres de archivo que muestran la fecha o el teléfono</translation>
    </message>
    <message>
        <source>Off: a copy of a file named like IMG_20240611_143207.jpg gets a name like photo-1f0c9a2e.jpg instead, so its name does not show when it was taken or with which phone.</source>
        <translation>Desactivado: la copia de un archivo llamado, por ejemplo, IMG_20240611_143207.jpg recibe un nombre como photo-1f0c9a2e.jpg, para que su nombre no muestre cuándo se tomó ni con qué teléfono.</translation>
    </message>
    <message>
        <source>Convert HEIC photos to &amp;JPEG</source>
        <translation>Convertir las fotos HEIC a &amp;JPEG</translation>
    </message>
    <message>
        <source>Remove colour &amp;profiles (colours may shift slightly)</source>
        <translation>Quitar los per&amp;files de color (los colores pueden cambiar un poco)</translation>
    </message>
    <message>
        <source>T&amp;urn PDF pages into pictures (strongest; text can no longer be selected)</source>
        <translation>Convertir las páginas PDF en imá&amp;genes (lo más seguro; el texto ya no se podrá seleccionar)</translation>
    </message>
    <message>
        <source>Removes everything hidden in a PDF&apos;s text and drawings too. The copy is larger and its text cannot be searched or copied.</source>
        <translation>También quita todo lo que se esconde en el texto y los dibujos del PDF. La copia ocupa más y su texto no se puede buscar ni copiar.</translation>
    </message>
    <message>
        <source>Cover the faces found in photos and clips (check each cop&amp;y)</source>
        <translation>Tapar las caras encontradas en fotos y vídeos (revi&amp;sa cada copia)</translation>
    </message>
    <message>
        <source>Faces found automatically are covered in black in the copies. Detection can miss faces: look at each copy&apos;s picture in the details.</source>
        <translation>Las caras encontradas automáticamente se tapan en negro en las copias. La detección puede pasar caras por alto: mira la imagen de cada copia en los detalles.</translation>
    </message>
    <message>
        <source>&amp;Quick face search (misses small faces)</source>
        <translation>Búsq&amp;ueda rápida de caras (no ve las pequeñas)</translation>
    </message>
    <message>
        <source>Faster, but faces smaller than about 60 pixels in a large photo are not found. Used here and in Hide faces and areas.</source>
        <translation>Más rápida, pero no encuentra caras de menos de unos 60 píxeles en una foto grande. Se usa aquí y en Ocultar caras y zonas.</translation>
    </message>
    <message>
        <source>Remove hidden slides, sheets and te&amp;xt, and speaker notes, from documents</source>
        <translation>Quitar diapositivas, hojas y te&amp;xtos ocultos, y notas del orador, de los documentos</translation>
    </message>
    <message>
        <source>Documents can hold slides, sheets and text that are not shown, and notes only the speaker sees. Without this they are kept, and the summary says where they are.</source>
        <translation>Los documentos pueden contener diapositivas, hojas y texto que no se muestran, y notas que solo ve quien presenta. Sin esta opción se conservan, y el resumen dice dónde están.</translation>
    </message>
    <message>
        <source>Weaken the camera fingerprint in photos (saved again, a &amp;bit smaller)</source>
        <translation>Debilitar la huella de la cámara en las fotos (se guardan de nuevo, un poco más peque&amp;ñas)</translation>
    </message>
    <message>
        <source>Every camera leaves a faint pattern in its photos that can link them to each other. This softens each photo slightly and makes it 3% smaller: the pattern gets weaker, but it is not removed. Photos are saved again instead of copied unchanged.</source>
        <translation>Cada cámara deja en sus fotos un patrón muy leve que puede relacionarlas entre sí. Esta opción suaviza un poco cada foto y la reduce un 3%: el patrón se debilita, pero no desaparece. Las fotos se guardan de nuevo en lugar de copiarse sin cambios.</translation>
    </message>
    <message>
        <source>&amp;Replace the originals (no copies; cannot be undone)</source>
        <translation>Reempla&amp;zar los originales (sin copias; no se puede deshacer)</translation>
    </message>
</context>
<context>
    <name>OutputBox</name>
    <message>
        <source>Save clean copies in:</source>
        <translation>Guardar las copias limpias en:</translation>
    </message>
    <message>
        <source>Output folder</source>
        <translation>Carpeta de destino</translation>
    </message>
    <message>
        <source>Choo&amp;se…</source>
        <translation>&amp;Elegir…</translation>
    </message>
    <message>
        <source>Choose the output folder</source>
        <translation>Elegir la carpeta de destino</translation>
    </message>
    <message>
        <source>Use &amp;default</source>
        <translation>Usar la pre&amp;determinada</translation>
    </message>
    <message>
        <source>Use the default output folder</source>
        <translation>Usar la carpeta de destino predeterminada</translation>
    </message>
    <message>
        <source>The original files will be replaced.</source>
        <translation>Se reemplazarán los archivos originales.</translation>
    </message>
    <message>
        <source>The folder “{name}” next to the originals, with the copies made so far.</source>
        <translation>La carpeta «{name}» junto a los originales, con las copias hechas hasta ahora.</translation>
    </message>
    <message>
        <source>A new folder next to the originals, named “{name}”.</source>
        <translation>Una carpeta nueva junto a los originales, llamada «{name}».</translation>
    </message>
</context>
<context>
    <name>QAbstractFileIconProvider</name>
    <message>
        <source>Drive</source>
        <translation>Unidad</translation>
    </message>
    <message>
        <source>Folder</source>
        <translation>Carpeta</translation>
    </message>
</context>
<context>
    <name>QFileDialog</name>
    <message>
        <source>%1
Directory not found.
Please verify the correct directory name was given.</source>
        <translation>%1
Directorio no encontrado.
Verifique que el nombre del directorio es correcto.</translation>
    </message>
    <message>
        <source>%1
File not found.
Please verify the correct file name was given.</source>
        <translation>%1
Fichero no encontrado.
Verifique que el nombre del fichero es correcto.</translation>
    </message>
    <message>
        <source>&amp;Choose</source>
        <translation>&amp;Seleccionar</translation>
    </message>
    <message>
        <source>&amp;Delete</source>
        <translation>&amp;Borrar</translation>
    </message>
    <message>
        <source>&amp;Look in:</source>
        <translation>&amp;Buscar en:</translation>
    </message>
    <message>
        <source>&amp;New Folder</source>
        <translation>&amp;Nueva carpeta</translation>
    </message>
    <message>
        <source>&amp;Open</source>
        <translation>&amp;Abrir</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>Abrir</translation>
    </message>
    <message>
        <source>&amp;Rename</source>
        <translation>Cambia&amp;r de nombre</translation>
    </message>
    <message>
        <source>All Files (*)</source>
        <translation>Todos los ficheros (*)</translation>
    </message>
    <message>
        <source>Are you sure you want to delete &apos;%1&apos;?</source>
        <translation>¿Está seguro de que quiere borrar «%1»?</translation>
    </message>
    <message>
        <source>Back</source>
        <translation>Atrás</translation>
    </message>
    <message>
        <source>Change to detail view mode</source>
        <translation>Cambiar a modo de vista detallada</translation>
    </message>
    <message>
        <source>Change to list view mode</source>
        <translation>Cambiar el modo de vista de la lista</translation>
    </message>
    <message>
        <source>Create New Folder</source>
        <translation>Crear nueva carpeta</translation>
    </message>
    <message>
        <source>Create a New Folder</source>
        <translation>Crear una nueva carpeta</translation>
    </message>
    <message>
        <source>Detail View</source>
        <translation>Vista detallada</translation>
    </message>
    <message>
        <source>Directories</source>
        <translation>Directorios</translation>
    </message>
    <message>
        <source>Directory:</source>
        <translation>Directorio:</translation>
    </message>
    <message>
        <source>File &amp;name:</source>
        <translation>&amp;Nombre de fichero:</translation>
    </message>
    <message>
        <source>Files</source>
        <translation>Archivos</translation>
    </message>
    <message>
        <source>Files of &amp;type:</source>
        <translation>Archivos de &amp;tipo:</translation>
    </message>
    <message>
        <source>Forward</source>
        <translation>Siguiente</translation>
    </message>
    <message>
        <source>Go back</source>
        <translation>Ir atrás</translation>
    </message>
    <message>
        <source>Go forward</source>
        <translation>Ir hacia delante</translation>
    </message>
    <message>
        <source>Go to the parent directory</source>
        <translation>r al directorio superior</translation>
    </message>
    <message>
        <source>List View</source>
        <translation>Vista de lista</translation>
    </message>
    <message>
        <source>List of places and bookmarks</source>
        <translation>Lista de lugares y marcadores</translation>
    </message>
    <message>
        <source>Parent Directory</source>
        <translation>Directorio superior</translation>
    </message>
    <message>
        <source>Show &amp;hidden files</source>
        <translation>Mostrar los fic&amp;heros ocultos</translation>
    </message>
    <message>
        <source>Show </source>
        <translation>Mostrar </translation>
    </message>
    <message>
        <source>Sidebar</source>
        <translation>Barra lateral</translation>
    </message>
</context>
<context>
    <name>QFileSystemModel</name>
    <message>
        <source>Computer</source>
        <translation>Equipo</translation>
    </message>
    <message>
        <source>Date Modified</source>
        <translation>Última modificación</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nombre</translation>
    </message>
    <message>
        <source>Size</source>
        <translation>Tamaño</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>Tipo</translation>
    </message>
</context>
<context>
    <name>QLineEdit</name>
    <message>
        <source>&amp;Copy</source>
        <translation>&amp;Copiar</translation>
    </message>
    <message>
        <source>&amp;Paste</source>
        <translation>&amp;Pegar</translation>
    </message>
    <message>
        <source>&amp;Redo</source>
        <translation>&amp;Rehacer</translation>
    </message>
    <message>
        <source>&amp;Undo</source>
        <translation>&amp;Deshacer</translation>
    </message>
    <message>
        <source>Cu&amp;t</source>
        <translation>Cor&amp;tar</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Borrar</translation>
    </message>
    <message>
        <source>Select All</source>
        <translation>Seleccionar todo</translation>
    </message>
</context>
<context>
    <name>QMessageBox</name>
    <message>
        <source>Show Details...</source>
        <translation>Mostrar los detalles...</translation>
    </message>
</context>
<context>
    <name>QPlatformTheme</name>
    <message>
        <source>&amp;No</source>
        <translation>&amp;No</translation>
    </message>
    <message>
        <source>&amp;Yes</source>
        <translation>&amp;Sí</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Cancelar</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Cerrar</translation>
    </message>
    <message>
        <source>OK</source>
        <translation>Aceptar</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>Abrir</translation>
    </message>
</context>
<context>
    <name>RedactionEditor</name>
    <message>
        <source>Press Esc again to close without your changes, or Enter to use them.</source>
        <translation>Pulsa Esc otra vez para cerrar sin tus cambios, o Intro para usarlos.</translation>
    </message>
    <message>
        <source>Hide faces and areas — {name}</source>
        <translation>Ocultar caras y zonas — {name}</translation>
    </message>
    <message>
        <source>Select and move</source>
        <translation>Seleccionar y mover</translation>
    </message>
    <message>
        <source>Rectangle</source>
        <translation>Rectángulo</translation>
    </message>
    <message>
        <source>Ellipse</source>
        <translation>Elipse</translation>
    </message>
    <message>
        <source>Brush</source>
        <translation>Pincel</translation>
    </message>
    <message>
        <source>Add area</source>
        <translation>Añadir zona</translation>
    </message>
    <message>
        <source>Add an area in the middle of the view, to move with the arrow keys (N)</source>
        <translation>Añade una zona en el centro de la vista, para moverla con las flechas (N)</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Borrar</translation>
    </message>
    <message>
        <source>Del</source>
        <translation>Supr</translation>
    </message>
    <message>
        <source>Undo</source>
        <translation>Deshacer</translation>
    </message>
    <message>
        <source>Redo</source>
        <translation>Rehacer</translation>
    </message>
    <message>
        <source>Zoom out</source>
        <translation>Alejar</translation>
    </message>
    <message>
        <source>Zoom in</source>
        <translation>Acercar</translation>
    </message>
    <message>
        <source>Fit</source>
        <translation>Ajustar</translation>
    </message>
    <message>
        <source>Preview</source>
        <translation>Vista previa</translation>
    </message>
    <message>
        <source>Show exactly what will be written (P)</source>
        <translation>Mostrar exactamente cómo se guardará (P)</translation>
    </message>
    <message>
        <source>Brush &amp;width</source>
        <translation>&amp;Grosor del pincel</translation>
    </message>
    <message>
        <source>Brush width</source>
        <translation>Grosor del pincel</translation>
    </message>
    <message>
        <source>Drawing tools</source>
        <translation>Herramientas de dibujo</translation>
    </message>
    <message>
        <source>Undo, zoom and preview</source>
        <translation>Deshacer, zoom y vista previa</translation>
    </message>
    <message>
        <source>Photo</source>
        <translation>Foto</translation>
    </message>
    <message>
        <source>Draw areas to cover with the mouse or the keyboard. Ctrl and the mouse wheel zoom; hold Space to pan.</source>
        <translation>Dibuja con el ratón o el teclado las zonas que tapar. Ctrl y la rueda del ratón hacen zoom; mantén pulsada la barra espaciadora para desplazarte.</translation>
    </message>
    <message>
        <source>&amp;Areas to cover (untick to leave uncovered)</source>
        <translation>&amp;Zonas que tapar (desmarca para no taparla)</translation>
    </message>
    <message>
        <source>Areas to cover</source>
        <translation>Zonas que tapar</translation>
    </message>
    <message>
        <source>Automatic detection can miss faces — check every face yourself, including faces in mirrors, pictures and screens.</source>
        <translation>La detección automática puede pasar caras por alto: revisa tú cada cara, también las de espejos, cuadros y pantallas.</translation>
    </message>
    <message>
        <source>Find &amp;small faces</source>
        <translation>Buscar caras &amp;pequeñas</translation>
    </message>
    <message>
        <source>Find small faces</source>
        <translation>Buscar caras pequeñas</translation>
    </message>
    <message>
        <source>Look again for small faces, for group photos (slower)</source>
        <translation>Buscar de nuevo caras pequeñas, para fotos de grupo (más lento)</translation>
    </message>
    <message>
        <source>How to cover</source>
        <translation>Cómo tapar</translation>
    </message>
    <message>
        <source>Solid &amp;fill (safest)</source>
        <translation>&amp;Relleno sólido (lo más seguro)</translation>
    </message>
    <message>
        <source>Strong &amp;mosaic</source>
        <translation>&amp;Mosaico fuerte</translation>
    </message>
    <message>
        <source>B&amp;lur (wiped first; a few average colours stay)</source>
        <translation>&amp;Desenfoque (la zona se borra antes; quedan unos colores medios)</translation>
    </message>
    <message>
        <source>Fill &amp;colour…</source>
        <translation>&amp;Color de relleno…</translation>
    </message>
    <message>
        <source>Fill colour</source>
        <translation>Color de relleno</translation>
    </message>
    <message>
        <source>&amp;Use these areas</source>
        <translation>&amp;Usar estas zonas</translation>
    </message>
    <message>
        <source>Use these areas</source>
        <translation>Usar estas zonas</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Cancelar</translation>
    </message>
    <message>
        <source>{action} ({key})</source>
        <translation>{action} ({key})</translation>
    </message>
    <message>
        <source>Keyboard: N adds an area, arrows move it (Shift: further), Ctrl+arrows resize it, [ and ] pick another, Delete removes it.</source>
        <translation>Teclado: N añade una zona, las flechas la mueven (Mayús: más lejos), Ctrl+flechas cambian su tamaño, [ y ] eligen otra, Supr la borra.</translation>
    </message>
    <message>
        <source>Face {n} (found automatically)</source>
        <translation>Cara {n} (encontrada automáticamente)</translation>
    </message>
    <message>
        <source>Rectangle {n}</source>
        <translation>Rectángulo {n}</translation>
    </message>
    <message>
        <source>Ellipse {n}</source>
        <translation>Elipse {n}</translation>
    </message>
    <message>
        <source>Brush stroke {n}</source>
        <translation>Trazo de pincel {n}</translation>
    </message>
    <message>
        <source>Shape {n}</source>
        <translation>Forma {n}</translation>
    </message>
    <message>
        <source>Loading…</source>
        <translation>Cargando…</translation>
    </message>
    <message>
        <source>Making the preview…</source>
        <translation>Preparando la vista previa…</translation>
    </message>
    <message>
        <source>Preview: this is what will be written.</source>
        <translation>Vista previa: así es como se guardará.</translation>
    </message>
    <message>
        <source>Draw over anything that could identify you: faces, tattoos, marks.</source>
        <translation>Dibuja encima de todo lo que pueda identificarte: caras, tatuajes, marcas.</translation>
    </message>
    <message>
        <source>Looking for faces…</source>
        <translation>Buscando caras…</translation>
    </message>
    <message>
        <source>Looking for small faces… this takes longer.</source>
        <translation>Buscando caras pequeñas… esto tarda más.</translation>
    </message>
    <message>
        <source>Face detection is not available ({reason}). Mark faces yourself.</source>
        <translation>La detección de caras no está disponible ({reason}). Marca tú las caras.</translation>
    </message>
    <message>
        <source>No faces were found automatically.</source>
        <translation>No se encontró ninguna cara automáticamente.</translation>
    </message>
    <message>
        <source>Faces found automatically: {count}.</source>
        <translation>Caras encontradas automáticamente: {count}.</translation>
    </message>
    <message>
        <source>its files are missing or damaged</source>
        <translation>faltan sus archivos o están dañados</translation>
    </message>
    <message>
        <source>There is not enough memory to open this photo.</source>
        <translation>No hay memoria suficiente para abrir esta foto.</translation>
    </message>
    <message>
        <source>The photo could not be opened.</source>
        <translation>No se pudo abrir la foto.</translation>
    </message>
</context>
<context>
    <name>RunBar</name>
    <message>
        <source>Ca&amp;ncel</source>
        <translation>Ca&amp;ncelar</translation>
    </message>
    <message>
        <source>Cancel cleaning</source>
        <translation>Cancelar la limpieza</translation>
    </message>
    <message>
        <source>&amp;Clean</source>
        <translation>&amp;Limpiar</translation>
    </message>
    <message>
        <source>Clean all files in the list</source>
        <translation>Limpiar todos los archivos de la lista</translation>
    </message>
    <message>
        <source>&amp;Open output folder</source>
        <translation>A&amp;brir la carpeta de destino</translation>
    </message>
    <message>
        <source>Open output folder</source>
        <translation>Abrir la carpeta de destino</translation>
    </message>
    <message>
        <source>Write clean copies of all files (Ctrl+Enter)</source>
        <translation>Guardar copias limpias de todos los archivos (Ctrl+Intro)</translation>
    </message>
    <message>
        <source>Stop now; files not finished are left as they were (Esc)</source>
        <translation>Parar ahora; los archivos sin terminar se quedan como estaban (Esc)</translation>
    </message>
    <message>
        <source>Cleaning progress</source>
        <translation>Progreso de la limpieza</translation>
    </message>
    <message>
        <source>%v of %m files</source>
        <translation>%v de %m archivos</translation>
    </message>
    <message>
        <source>Summary</source>
        <translation>Resumen</translation>
    </message>
</context>
<context>
    <name>SafetyGuide</name>
    <message>
        <source>Why this matters</source>
        <translation>Por qué es importante</translation>
    </message>
    <message>
        <source>Safety guide</source>
        <translation>Guía de seguridad</translation>
    </message>
    <message>
        <source>&amp;Close</source>
        <translation>&amp;Cerrar</translation>
    </message>
    <message>
        <source>Close the safety guide</source>
        <translation>Cerrar la guía de seguridad</translation>
    </message>
    <message>
        <source>What your photos and files can give away</source>
        <translation>Lo que pueden revelar tus fotos y archivos</translation>
    </message>
    <message>
        <source>Photos from phones and cameras carry hidden details. Anyone who gets the file can read them:</source>
        <translation>Las fotos de teléfonos y cámaras llevan datos ocultos. Cualquiera que consiga el archivo puede leerlos:</translation>
    </message>
    <message>
        <source>Where the photo was taken, often to within a few metres.</source>
        <translation>Dónde se tomó la foto, a menudo con un margen de pocos metros.</translation>
    </message>
    <message>
        <source>Which phone or camera took it, sometimes with its serial number.</source>
        <translation>Con qué teléfono o cámara se tomó, a veces con su número de serie.</translation>
    </message>
    <message>
        <source>Your name, if it is set in the phone, camera or editing app.</source>
        <translation>Tu nombre, si está configurado en el teléfono, la cámara o la aplicación de edición.</translation>
    </message>
    <message>
        <source>The date and time it was taken.</source>
        <translation>La fecha y la hora en que se tomó.</translation>
    </message>
    <message>
        <source>A hidden small copy of the original photo. It can show what you cropped out or covered.</source>
        <translation>Una pequeña copia oculta de la foto original. Puede mostrar lo que recortaste o tapaste.</translation>
    </message>
    <message>
        <source>Scrubber removes these details from a copy of the file. Your original stays as it is, unless you choose to replace it.</source>
        <translation>Scrubber quita estos datos de una copia del archivo. Tu original se queda como está, salvo que elijas reemplazarlo.</translation>
    </message>
    <message>
        <source>Documents such as PDF and Word files can hold the author&apos;s name, the computer&apos;s name and the editing history. Videos and voice recordings can hold the place and the device.</source>
        <translation>Los documentos, como los archivos PDF y Word, pueden contener el nombre de quien los escribió, el nombre del ordenador y el historial de edición. Los vídeos y las grabaciones de voz pueden contener el lugar y el aparato.</translation>
    </message>
    <message>
        <source>If Scrubber says a file is not supported or could not be cleaned, do not share that file as it is.</source>
        <translation>Si Scrubber dice que un archivo no es compatible o que no se pudo limpiar, no compartas ese archivo tal como está.</translation>
    </message>
    <message>
        <source>Blur in other apps can be undone</source>
        <translation>El desenfoque de otras aplicaciones se puede deshacer</translation>
    </message>
    <message>
        <source>Blur and small pixelation made by other apps can be undone by software. Scrubber&apos;s blur and mosaic wipe the area first, but they still show its average colours.</source>
        <translation>Un programa puede deshacer el desenfoque y el pixelado fino hechos con otras aplicaciones. El desenfoque y el mosaico de Scrubber borran antes la zona, pero aún muestran sus colores medios.</translation>
    </message>
    <message>
        <source>Take ad photos with a different phone or camera. If you cannot, turn off location, Live Photos and Motion Photos in the camera before you take them.</source>
        <translation>Haz las fotos de los anuncios con otro teléfono u otra cámara. Si no puedes, antes de hacerlas desactiva en la cámara la ubicación, las Live Photos y las fotos con movimiento.</translation>
    </message>
    <message>
        <source>Never use photos from your personal social media in ads, not even old ones.</source>
        <translation>Nunca uses en anuncios fotos de tus redes sociales personales, ni siquiera antiguas.</translation>
    </message>
    <message>
        <source>Cloud backups and shared albums keep your originals, with the place they were taken, and sort them by face. Keep work photos out of them.</source>
        <translation>Las copias de seguridad en la nube y los álbumes compartidos guardan tus originales, con el lugar donde se hicieron, y los ordenan por caras. Mantén fuera de ellos las fotos de trabajo.</translation>
    </message>
    <message>
        <source>Clean last: after cropping and editing in other apps. Editing apps can add hidden data again.</source>
        <translation>Limpia al final: después de recortar y editar con otras aplicaciones. Las aplicaciones de edición pueden volver a añadir datos ocultos.</translation>
    </message>
    <message>
        <source>Screenshots can show your name, your number and your notifications. Check them before you share them.</source>
        <translation>Las capturas de pantalla pueden mostrar tu nombre, tu número y tus notificaciones. Revísalas antes de compartirlas.</translation>
    </message>
    <message>
        <source>To hide a face, a tattoo or anything else, use solid fill. Cover a little more than you think you need.</source>
        <translation>Para ocultar una cara, un tatuaje o cualquier otra cosa, usa el relleno sólido. Tapa un poco más de lo que creas necesario.</translation>
    </message>
    <message>
        <source>Your photos can be matched</source>
        <translation>Tus fotos se pueden relacionar</translation>
    </message>
    <message>
        <source>Reverse image search finds other places where the same photo, or one like it, is online.</source>
        <translation>La búsqueda inversa de imágenes encuentra otros sitios de internet donde está la misma foto o una parecida.</translation>
    </message>
    <message>
        <source>Face recognition exists and is easy to use. A face, a tattoo or a room that people can recognise can link your ad photos to your personal accounts.</source>
        <translation>El reconocimiento facial existe y es fácil de usar. Una cara, un tatuaje o una habitación que se pueda reconocer puede relacionar las fotos de tus anuncios con tus cuentas personales.</translation>
    </message>
    <message>
        <source>Search for your own ad photos now and then, with a reverse image search and a face search. Then you see where they turn up.</source>
        <translation>De vez en cuando busca tus propias fotos de anuncios con una búsqueda inversa de imágenes y una búsqueda de caras. Así ves dónde aparecen.</translation>
    </message>
    <message>
        <source>Tattoos, birthmarks, jewellery, nails, bedding and furniture can link your ads to each other. Cover them or change them.</source>
        <translation>Los tatuajes, las marcas de nacimiento, las joyas, las uñas, la ropa de cama y los muebles pueden relacionar tus anuncios entre sí. Cúbrelos o cámbialos.</translation>
    </message>
    <message>
        <source>Each camera leaves a faint pattern in its photos that can link them to each other. The option “Weaken the camera fingerprint” makes it weaker, but does not remove it.</source>
        <translation>Cada cámara deja en sus fotos un patrón muy leve que puede relacionarlas entre sí. La opción «Debilitar la huella de la cámara» lo debilita, pero no lo elimina.</translation>
    </message>
    <message>
        <source>Tips from sex workers&apos; digital safety advice</source>
        <translation>Consejos de seguridad digital de trabajadoras y trabajadores sexuales</translation>
    </message>
    <message>
        <source>Keep work and personal life apart. Use a separate phone, email and accounts for work if you can.</source>
        <translation>Separa el trabajo de tu vida personal. Si puedes, usa otro teléfono, otro correo y otras cuentas para trabajar.</translation>
    </message>
    <message>
        <source>Check the background: letters, papers, photos on the wall, anything with a name or address.</source>
        <translation>Revisa el fondo: cartas, papeles, fotos en la pared, cualquier cosa con un nombre o una dirección.</translation>
    </message>
    <message>
        <source>Check mirrors and reflections: sunglasses, windows, screens and shiny surfaces.</source>
        <translation>Revisa los espejos y los reflejos: gafas de sol, ventanas, pantallas y superficies brillantes.</translation>
    </message>
    <message>
        <source>Check what can be seen through windows. Streets, signs and buildings can show where you are.</source>
        <translation>Revisa lo que se ve por las ventanas. Calles, carteles y edificios pueden mostrar dónde estás.</translation>
    </message>
    <message>
        <source>Do not post the same photo on your personal and your work accounts.</source>
        <translation>No publiques la misma foto en tus cuentas personales y en las de trabajo.</translation>
    </message>
    <message>
        <source>Sending a photo “as a file” or by email keeps its hidden data. Send only the clean copy.</source>
        <translation>Enviar una foto «como archivo» o por correo electrónico conserva sus datos ocultos. Envía solo la copia limpia.</translation>
    </message>
    <message>
        <source>When you are done, delete the originals from Downloads and from shared folders.</source>
        <translation>Cuando termines, borra los originales de Descargas y de las carpetas compartidas.</translation>
    </message>
    <message>
        <source>Before you post, open the clean copy and check it again.</source>
        <translation>Antes de publicar, abre la copia limpia y revísala otra vez.</translation>
    </message>
    <message>
        <source>What your computer may still keep</source>
        <translation>Lo que tu ordenador aún puede guardar</translation>
    </message>
    <message>
        <source>Scrubber keeps no list of the files you open, but your computer may:</source>
        <translation>Scrubber no guarda ninguna lista de los archivos que abres, pero tu ordenador sí puede guardar:</translation>
    </message>
    <message>
        <source>small previews (thumbnails) made by the file manager or photo viewer;</source>
        <translation>pequeñas vistas previas (miniaturas) que hacen el gestor de archivos o el visor de fotos;</translation>
    </message>
    <message>
        <source>lists of recent files in other apps;</source>
        <translation>listas de archivos recientes de otras aplicaciones;</translation>
    </message>
    <message>
        <source>the originals in Downloads, in the trash and in cloud backups.</source>
        <translation>los originales en Descargas, en la papelera y en las copias de seguridad en la nube.</translation>
    </message>
    <message>
        <source>To clear them:</source>
        <translation>Para borrarlos:</translation>
    </message>
    <message>
        <source>Empty the trash.</source>
        <translation>Vacía la papelera.</translation>
    </message>
    <message>
        <source>Clear the recent files in your file manager.</source>
        <translation>Borra los archivos recientes de tu gestor de archivos.</translation>
    </message>
    <message>
        <source>Delete the thumbnail cache. Linux: the .cache/thumbnails folder in your home folder. Windows: Disk Cleanup, then Thumbnails. macOS: restart the Mac.</source>
        <translation>Borra la caché de miniaturas. Linux: la carpeta .cache/thumbnails de tu carpeta personal. Windows: Liberador de espacio en disco, luego Miniaturas. macOS: reinicia el Mac.</translation>
    </message>
    <message>
        <source>Scrubber works offline</source>
        <translation>Scrubber funciona sin conexión</translation>
    </message>
    <message>
        <source>Scrubber never connects to the internet. Your files stay on this computer.</source>
        <translation>Scrubber nunca se conecta a internet. Tus archivos se quedan en este ordenador.</translation>
    </message>
</context>
<context>
    <name>Summary</name>
    <message>
        <source>Cancelled.</source>
        <translation>Cancelado.</translation>
    </message>
    <message>
        <source>{n} cleaned.</source>
        <translation>Limpiados: {n}</translation>
    </message>
    <message>
        <source>{n} had nothing to remove.</source>
        <translation>Sin nada que quitar: {n}</translation>
    </message>
    <message>
        <source>{n} could not be cleaned.</source>
        <translation>No se pudieron limpiar: {n}</translation>
    </message>
    <message>
        <source>{n} not done (cancelled).</source>
        <translation>Sin hacer (cancelado): {n}</translation>
    </message>
    <message>
        <source>Nothing was cleaned.</source>
        <translation>No se limpió nada.</translation>
    </message>
    <message>
        <source>{name}: {reason}</source>
        <translation>{name}: {reason}</translation>
    </message>
    <message>
        <source>…and {n} more: see the list.</source>
        <translation>…y {n} más: consulta la lista.</translation>
    </message>
    <message>
        <source>Clean copies are in: {folder}</source>
        <translation>Las copias limpias están en: {folder}</translation>
    </message>
</context>
<context>
    <name>messages</name>
    <message>
        <source>{metres} m above sea level</source>
        <translation>{metres} m sobre el nivel del mar</translation>
    </message>
    <message>
        <source>{metres} m below sea level</source>
        <translation>{metres} m bajo el nivel del mar</translation>
    </message>
    <message>
        <source>{count} bytes of data</source>
        <translation>{count} bytes de datos</translation>
    </message>
    <message>
        <source>The file name shows when it was taken: {shown}</source>
        <translation>El nombre del archivo muestra cuándo se tomó: {shown}</translation>
    </message>
    <message>
        <source>The file name shows the phone or camera that made it: {shown}</source>
        <translation>El nombre del archivo muestra el teléfono o la cámara que lo hizo: {shown}</translation>
    </message>
    <message>
        <source>The file name shows the app that made it: {apps}</source>
        <translation>El nombre del archivo muestra la app que lo hizo: {apps}</translation>
    </message>
    <message>
        <source>{finding} (the name was kept)</source>
        <translation>{finding} (se conservó el nombre)</translation>
    </message>
    <message>
        <source>The file cannot be found. Was it moved or deleted?</source>
        <translation>No se encuentra el archivo. ¿Se movió o se borró?</translation>
    </message>
    <message>
        <source>This is not a normal file (it is a folder, a device or a pipe).</source>
        <translation>No es un archivo normal (es una carpeta, un dispositivo o una tubería).</translation>
    </message>
    <message>
        <source>This is a folder, not a file.</source>
        <translation>Es una carpeta, no un archivo.</translation>
    </message>
    <message>
        <source>The file is empty.</source>
        <translation>El archivo está vacío.</translation>
    </message>
    <message>
        <source>The file cannot be read: {reason}</source>
        <translation>No se puede leer el archivo: {reason}</translation>
    </message>
    <message>
        <source>The file name says {format}, but the file cannot be read as {format}.</source>
        <translation>El nombre dice {format}, pero el archivo no se puede leer como {format}.</translation>
    </message>
    <message>
        <source>This type of file is not supported, so it was not cleaned.</source>
        <translation>Este tipo de archivo no es compatible, así que no se limpió.</translation>
    </message>
    <message>
        <source>This is a link; it was not followed.</source>
        <translation>Es un enlace; no se siguió.</translation>
    </message>
    <message>
        <source>This file could not be read ({kind}).</source>
        <translation>No se pudo leer este archivo ({kind}).</translation>
    </message>
    <message>
        <source>It holds documents inside documents, too many levels deep.</source>
        <translation>Contiene documentos dentro de documentos, con demasiados niveles.</translation>
    </message>
    <message>
        <source>There is not enough memory to read this file.</source>
        <translation>No hay memoria suficiente para leer este archivo.</translation>
    </message>
    <message>
        <source>There is not enough memory.</source>
        <translation>No hay memoria suficiente.</translation>
    </message>
    <message>
        <source>A file could not be read or written: {reason}</source>
        <translation>No se pudo leer o escribir un archivo: {reason}</translation>
    </message>
    <message>
        <source>Unexpected error ({kind}). Nothing was written.</source>
        <translation>Error inesperado ({kind}). No se escribió nada.</translation>
    </message>
    <message>
        <source>The copy would replace the original. Choose another name or folder.</source>
        <translation>La copia reemplazaría el original. Elige otro nombre u otra carpeta.</translation>
    </message>
    <message>
        <source>Replacing the original cannot change the file type. Save copies in a folder instead.</source>
        <translation>Al reemplazar el original no se puede cambiar el tipo de archivo. Guarda copias en una carpeta.</translation>
    </message>
    <message>
        <source>This file is a link. Save copies in a folder instead.</source>
        <translation>Este archivo es un enlace. Guarda copias en una carpeta.</translation>
    </message>
    <message>
        <source>The clean copy could not be checked again, so it was deleted: {reason}</source>
        <translation>No se pudo volver a revisar la copia limpia, así que se borró: {reason}</translation>
    </message>
    <message>
        <source>The clean copy still held data ({left}), so it was deleted.</source>
        <translation>La copia limpia aún tenía datos ({left}), así que se borró.</translation>
    </message>
    <message>
        <source>The folder for the copies cannot be created: {reason}</source>
        <translation>No se puede crear la carpeta para las copias: {reason}</translation>
    </message>
    <message>
        <source>Nothing can be saved in the folder for the copies: {reason}</source>
        <translation>No se puede guardar nada en la carpeta para las copias: {reason}</translation>
    </message>
    <message>
        <source>The copy could not be finished: {reason}</source>
        <translation>No se pudo terminar la copia: {reason}</translation>
    </message>
    <message>
        <source>The copies could not be saved to the disk: {reason}</source>
        <translation>No se pudieron guardar las copias en el disco: {reason}</translation>
    </message>
    <message>
        <source>No free name was found for the clean copy.</source>
        <translation>No se encontró un nombre libre para la copia limpia.</translation>
    </message>
    <message>
        <source>The clean copy could not be saved: {reason}</source>
        <translation>No se pudo guardar la copia limpia: {reason}</translation>
    </message>
    <message>
        <source>The earlier copy could not be replaced: {reason}</source>
        <translation>No se pudo reemplazar la copia anterior: {reason}</translation>
    </message>
    <message>
        <source>This JPEG is damaged: its beginning is missing.</source>
        <translation>Este JPEG está dañado: falta su comienzo.</translation>
    </message>
    <message>
        <source>This JPEG is damaged (a wrong length at byte {pos}).</source>
        <translation>Este JPEG está dañado (una longitud errónea en el byte {pos}).</translation>
    </message>
    <message>
        <source>This JPEG is damaged: its picture does not end where it should.</source>
        <translation>Este JPEG está dañado: su imagen no termina donde debería.</translation>
    </message>
    <message>
        <source>This JPEG is damaged (a missing marker at byte {pos}).</source>
        <translation>Este JPEG está dañado (falta un marcador en el byte {pos}).</translation>
    </message>
    <message>
        <source>This JPEG is cut off before the picture starts.</source>
        <translation>Este JPEG está cortado antes de que empiece la imagen.</translation>
    </message>
    <message>
        <source>This JPEG is damaged: it has far too many parts.</source>
        <translation>Este JPEG está dañado: tiene demasiadas partes.</translation>
    </message>
    <message>
        <source>This rare kind of JPEG (hierarchical or JPEG-LS) is not supported.</source>
        <translation>Este tipo poco común de JPEG (jerárquico o JPEG-LS) no es compatible.</translation>
    </message>
    <message>
        <source>This JPEG holds no picture.</source>
        <translation>Este JPEG no contiene ninguna imagen.</translation>
    </message>
    <message>
        <source>This JPEG is damaged: its picture is not where the file says.</source>
        <translation>Este JPEG está dañado: su imagen no está donde indica el archivo.</translation>
    </message>
    <message>
        <source>This JPEG is damaged: it holds more than one picture frame.</source>
        <translation>Este JPEG está dañado: contiene más de un fotograma.</translation>
    </message>
    <message>
        <source>This JPEG has other data hidden inside its picture, so it was not cleaned.</source>
        <translation>Este JPEG tiene otros datos ocultos dentro de su imagen, así que no se limpió.</translation>
    </message>
    <message>
        <source>The colour profile is too large.</source>
        <translation>El perfil de color es demasiado grande.</translation>
    </message>
    <message>
        <source>The picture is incomplete: the file was cut off.</source>
        <translation>La imagen está incompleta: el archivo está cortado.</translation>
    </message>
    <message>
        <source>This JPEG is damaged in places; the copy looks the same as the original did.</source>
        <translation>Este JPEG está dañado en algunas partes; la copia se ve igual que el original.</translation>
    </message>
    <message>
        <source>The GIF file was cut short; its complete frames were kept.</source>
        <translation>El archivo GIF está cortado; se conservaron sus fotogramas completos.</translation>
    </message>
    <message>
        <source>The {format} picture was saved as PNG.</source>
        <translation>La imagen {format} se guardó como PNG.</translation>
    </message>
    <message>
        <source>Only the first frame of the animation was kept ({frames} in the file).</source>
        <translation>Solo se conservó el primer fotograma de la animación ({frames} en el archivo).</translation>
    </message>
    <message>
        <source>Only the first page was kept ({frames} in the file).</source>
        <translation>Solo se conservó la primera página ({frames} en el archivo).</translation>
    </message>
    <message>
        <source>The picture was saved with 8 bits per colour (it had more).</source>
        <translation>La imagen se guardó con 8 bits por color (tenía más).</translation>
    </message>
    <message>
        <source>Colours may look slightly different ({mode} was turned into RGB).</source>
        <translation>Los colores pueden verse un poco distintos ({mode} se convirtió a RGB).</translation>
    </message>
    <message>
        <source>Transparent areas were filled with white (JPEG has no transparency).</source>
        <translation>Las zonas transparentes se rellenaron de blanco (JPEG no admite transparencia).</translation>
    </message>
    <message>
        <source>The form&apos;s XML layer was removed.</source>
        <translation>Se quitó la capa XML del formulario.</translation>
    </message>
    <message>
        <source>A digital signature was removed.</source>
        <translation>Se quitó una firma digital.</translation>
    </message>
    <message>
        <source>Embedded objects (files inside the document) were removed.</source>
        <translation>Se quitaron los objetos incrustados (archivos dentro del documento).</translation>
    </message>
    <message>
        <source>Pictures in drawing formats that cannot be checked (SVG, WMF…) were removed.</source>
        <translation>Se quitaron las imágenes en formatos de dibujo que no se pueden revisar (SVG, WMF…).</translation>
    </message>
    <message>
        <source>It is saved as {ext}: the same document without macros.</source>
        <translation>Se guarda como {ext}: el mismo documento sin macros.</translation>
    </message>
    <message>
        <source>The animation keeps its rotation tag; its frames were not turned.</source>
        <translation>La animación conserva su etiqueta de giro; sus fotogramas no se giraron.</translation>
    </message>
    <message>
        <source>This TIFF has {count} pages. Many viewers show only the first: check the others too.</source>
        <translation>Este TIFF tiene {count} páginas. Muchos visores solo muestran la primera: revisa también las demás.</translation>
    </message>
    <message>
        <source>The TIFF keeps its orientation tag; its pixels were not turned.</source>
        <translation>El TIFF conserva su etiqueta de orientación; sus píxeles no se giraron.</translation>
    </message>
    <message>
        <source>Colours may look slightly different in the JPEG copy.</source>
        <translation>Los colores pueden verse un poco distintos en la copia JPEG.</translation>
    </message>
    <message>
        <source>This PNG is cut off before the picture starts.</source>
        <translation>Este PNG está cortado antes de que empiece la imagen.</translation>
    </message>
    <message>
        <source>The file was cut off; the clean copy keeps the part that is there.</source>
        <translation>El archivo está cortado; la copia limpia conserva la parte que hay.</translation>
    </message>
    <message>
        <source>The removed data said to turn the picture. Check that it is the right way up.</source>
        <translation>Los datos quitados indicaban girar la imagen. Comprueba que esté bien orientada.</translation>
    </message>
    <message>
        <source>Viewers that do not play animations now show a blank picture instead of a hidden one.</source>
        <translation>Los visores que no reproducen animaciones ahora muestran una imagen en blanco en lugar de una oculta.</translation>
    </message>
    <message>
        <source>The sound was removed.</source>
        <translation>Se quitó el sonido.</translation>
    </message>
    <message>
        <source>The clip had more than 8 bits per colour (HDR); the copy has 8, so colours may look flatter.</source>
        <translation>El vídeo tenía más de 8 bits por color (HDR); la copia tiene 8, así que los colores pueden verse más apagados.</translation>
    </message>
    <message>
        <source>Its broken index was rebuilt the way PDF viewers do it. Check the clean copy.</source>
        <translation>Su índice dañado se reconstruyó como lo hacen los visores de PDF. Revisa la copia limpia.</translation>
    </message>
    <message>
        <source>It was locked against copying, printing or changes, but opens without a password. The clean copy has no lock.</source>
        <translation>Estaba protegido contra copia, impresión o cambios, pero se abre sin contraseña. La copia limpia no tiene protección.</translation>
    </message>
    <message>
        <source>Its attached files are locked with a password (the pages are not). The clean copy has no attachments.</source>
        <translation>Sus archivos adjuntos están protegidos con contraseña (las páginas no). La copia limpia no tiene adjuntos.</translation>
    </message>
    <message>
        <source>A cropped picture still held the part you cut away. It was removed.</source>
        <translation>Una imagen recortada aún contenía la parte que quitaste. Se eliminó.</translation>
    </message>
    <message>
        <source>Pages were turned into pictures: text can no longer be selected or searched.</source>
        <translation>Las páginas se convirtieron en imágenes: el texto ya no se puede seleccionar ni buscar.</translation>
    </message>
    <message>
        <source>{count} layers of this PDF are hidden when it opens. They are kept in the copy; to leave them out, choose to turn PDF pages into pictures.</source>
        <translation>{count} capas de este PDF están ocultas al abrirlo. Se conservan en la copia; para quitarlas, elige convertir las páginas PDF en imágenes.</translation>
    </message>
    <message>
        <source>1 layer of this PDF is hidden when it opens. It is kept in the copy; to leave it out, choose to turn PDF pages into pictures.</source>
        <translation>1 capa de este PDF está oculta al abrirlo. Se conserva en la copia; para quitarla, elige convertir las páginas PDF en imágenes.</translation>
    </message>
    <message>
        <source>There is text in white, unseen on a white page, on {count} pages. It is kept in the copy; to leave it out, choose to turn PDF pages into pictures.</source>
        <translation>Hay texto en blanco, invisible sobre una página blanca, en {count} páginas. Se conserva en la copia; para quitarlo, elige convertir las páginas PDF en imágenes.</translation>
    </message>
    <message>
        <source>There is text in white, unseen on a white page, on 1 page. It is kept in the copy; to leave it out, choose to turn PDF pages into pictures.</source>
        <translation>Hay texto en blanco, invisible sobre una página blanca, en 1 página. Se conserva en la copia; para quitarlo, elige convertir las páginas PDF en imágenes.</translation>
    </message>
    <message>
        <source>There is text placed outside the page on {count} pages. It is kept in the copy; to leave it out, choose to turn PDF pages into pictures.</source>
        <translation>Hay texto colocado fuera de la página en {count} páginas. Se conserva en la copia; para quitarlo, elige convertir las páginas PDF en imágenes.</translation>
    </message>
    <message>
        <source>There is text placed outside the page on 1 page. It is kept in the copy; to leave it out, choose to turn PDF pages into pictures.</source>
        <translation>Hay texto colocado fuera de la página en 1 página. Se conserva en la copia; para quitarlo, elige convertir las páginas PDF en imágenes.</translation>
    </message>
    <message>
        <source>Embedded fonts were removed.</source>
        <translation>Se quitaron las fuentes incrustadas.</translation>
    </message>
    <message>
        <source>Videos and sounds were removed: they could not be checked.</source>
        <translation>Se quitaron los vídeos y los sonidos: no se podían revisar.</translation>
    </message>
    <message>
        <source>Pictures in drawing formats that cannot be checked (EMF, WMF, SVG…) were removed.</source>
        <translation>Se quitaron las imágenes en formatos de dibujo que no se pueden revisar (EMF, WMF, SVG…).</translation>
    </message>
    <message>
        <source>The photo was saved again at high quality ({reason}).</source>
        <translation>La foto se volvió a guardar en alta calidad ({reason}).</translation>
    </message>
    <message>
        <source>The macros (programs) in this document were removed.</source>
        <translation>Se quitaron las macros (programas) de este documento.</translation>
    </message>
    <message>
        <source>This PDF asks for a password to open it. Remove the password first.</source>
        <translation>Este PDF pide una contraseña para abrirse. Quita primero la contraseña.</translation>
    </message>
    <message>
        <source>This PDF is damaged and cannot be cleaned safely.</source>
        <translation>Este PDF está dañado y no se puede limpiar de forma segura.</translation>
    </message>
    <message>
        <source>This PDF is damaged and cannot be cleaned safely: its end is missing.</source>
        <translation>Este PDF está dañado y no se puede limpiar de forma segura: le falta el final.</translation>
    </message>
    <message>
        <source>This PDF is damaged (cut off, or parts of it are broken) and cannot be cleaned safely. Saving it again from a PDF viewer may repair it.</source>
        <translation>Este PDF está dañado (cortado o con partes rotas) y no se puede limpiar de forma segura. Guardarlo de nuevo desde un visor de PDF puede repararlo.</translation>
    </message>
    <message>
        <source>This {format} picture is damaged and cannot be decoded: part of it is missing.</source>
        <translation>Esta imagen {format} está dañada y no se puede decodificar: falta una parte.</translation>
    </message>
    <message>
        <source>{count} slides are hidden. They are kept in the copy; to remove them, turn on removing hidden content.</source>
        <translation>Hay {count} diapositivas ocultas. Se conservan en la copia; para quitarlas, activa la opción de quitar el contenido oculto.</translation>
    </message>
    <message>
        <source>1 slide is hidden. It is kept in the copy; to remove it, turn on removing hidden content.</source>
        <translation>Hay 1 diapositiva oculta. Se conserva en la copia; para quitarla, activa la opción de quitar el contenido oculto.</translation>
    </message>
    <message>
        <source>There are speaker notes on {count} slides. They are kept in the copy; to remove them, turn on removing speaker notes.</source>
        <translation>Hay notas del orador en {count} diapositivas. Se conservan en la copia; para quitarlas, activa la opción de quitar las notas del orador.</translation>
    </message>
    <message>
        <source>There are speaker notes on 1 slide. They are kept in the copy; to remove them, turn on removing speaker notes.</source>
        <translation>Hay notas del orador en 1 diapositiva. Se conservan en la copia; para quitarlas, activa la opción de quitar las notas del orador.</translation>
    </message>
    <message>
        <source>{count} sheets are hidden. They are kept in the copy; to remove them, turn on removing hidden content.</source>
        <translation>Hay {count} hojas ocultas. Se conservan en la copia; para quitarlas, activa la opción de quitar el contenido oculto.</translation>
    </message>
    <message>
        <source>1 sheet is hidden. It is kept in the copy; to remove it, turn on removing hidden content.</source>
        <translation>Hay 1 hoja oculta. Se conserva en la copia; para quitarla, activa la opción de quitar el contenido oculto.</translation>
    </message>
    <message>
        <source>There is hidden text in {count} places. It is kept in the copy; to remove it, turn on removing hidden content.</source>
        <translation>Hay texto oculto en {count} lugares. Se conserva en la copia; para quitarlo, activa la opción de quitar el contenido oculto.</translation>
    </message>
    <message>
        <source>There is hidden text in 1 place. It is kept in the copy; to remove it, turn on removing hidden content.</source>
        <translation>Hay texto oculto en 1 lugar. Se conserva en la copia; para quitarlo, activa la opción de quitar el contenido oculto.</translation>
    </message>
    <message>
        <source>{count} sections are hidden. They are kept in the copy; to remove them, turn on removing hidden content.</source>
        <translation>Hay {count} secciones ocultas. Se conservan en la copia; para quitarlas, activa la opción de quitar el contenido oculto.</translation>
    </message>
    <message>
        <source>1 section is hidden. It is kept in the copy; to remove it, turn on removing hidden content.</source>
        <translation>Hay 1 sección oculta. Se conserva en la copia; para quitarla, activa la opción de quitar el contenido oculto.</translation>
    </message>
    <message>
        <source>A cropped photo still held the part you cut away. It was removed.</source>
        <translation>Una foto recortada aún contenía la parte que quitaste. Se eliminó.</translation>
    </message>
    <message>
        <source>{count} cropped photos still held the parts you cut away. They were removed.</source>
        <translation>{count} fotos recortadas aún contenían las partes que quitaste. Se eliminaron.</translation>
    </message>
    <message>
        <source>The camera fingerprint was weakened, not removed. The picture was resized from {before} to {after} pixels.</source>
        <translation>La huella de la cámara se debilitó, pero no se eliminó. La imagen pasó de {before} a {after} píxeles.</translation>
    </message>
    <message>
        <source>This document is protected by a password. Remove the password first.</source>
        <translation>Este documento está protegido con contraseña. Quita primero la contraseña.</translation>
    </message>
    <message>
        <source>This document is damaged: its contents cannot be unpacked.</source>
        <translation>Este documento está dañado: su contenido no se puede descomprimir.</translation>
    </message>
    <message>
        <source>This document is damaged and cannot be read safely.</source>
        <translation>Este documento está dañado y no se puede leer de forma segura.</translation>
    </message>
    <message>
        <source>This TIFF file holds no picture.</source>
        <translation>Este archivo TIFF no contiene ninguna imagen.</translation>
    </message>
    <message>
        <source>Camera RAW files are not supported. Export a TIFF or JPEG first.</source>
        <translation>Los archivos RAW de cámara no son compatibles. Exporta antes un TIFF o un JPEG.</translation>
    </message>
    <message>
        <source>This TIFF file is damaged.</source>
        <translation>Este archivo TIFF está dañado.</translation>
    </message>
    <message>
        <source>Old-style JPEG TIFF files are not supported. Convert them first.</source>
        <translation>Los archivos TIFF con JPEG de estilo antiguo no son compatibles. Conviértelos antes.</translation>
    </message>
    <message>
        <source>This TIFF file is cut off or damaged.</source>
        <translation>Este archivo TIFF está cortado o dañado.</translation>
    </message>
    <message>
        <source>This {format} picture is encrypted.</source>
        <translation>Esta imagen {format} está cifrada.</translation>
    </message>
    <message>
        <source>This {format} picture is damaged and cannot be decoded.</source>
        <translation>Esta imagen {format} está dañada y no se puede decodificar.</translation>
    </message>
    <message>
        <source>The description of this {format} picture is too large to check.</source>
        <translation>La descripción de esta imagen {format} es demasiado grande para revisarla.</translation>
    </message>
    <message>
        <source>{format} picture sequences and videos are not supported.</source>
        <translation>Las secuencias de imágenes y los vídeos {format} no son compatibles.</translation>
    </message>
    <message>
        <source>This {format} file has too many parts to check safely.</source>
        <translation>Este archivo {format} tiene demasiadas partes para revisarlo de forma segura.</translation>
    </message>
    <message>
        <source>This picture is AVIF, not HEIC. Rename it to end in .avif.</source>
        <translation>Esta imagen es AVIF, no HEIC. Cambia su nombre para que termine en .avif.</translation>
    </message>
    <message>
        <source>The picture is too small to save as HEIC. Choose JPEG copies instead.</source>
        <translation>La imagen es demasiado pequeña para guardarla como HEIC. Elige copias JPEG.</translation>
    </message>
    <message>
        <source>The picture could not be saved as HEIC. Choose JPEG copies instead.</source>
        <translation>No se pudo guardar la imagen como HEIC. Elige copias JPEG.</translation>
    </message>
    <message>
        <source>The picture is too large to process ({size} pixels).</source>
        <translation>La imagen es demasiado grande para procesarla ({size} píxeles).</translation>
    </message>
    <message>
        <source>This is not a valid PNG file.</source>
        <translation>No es un archivo PNG válido.</translation>
    </message>
    <message>
        <source>This PNG file is damaged (a part of it is not valid).</source>
        <translation>Este archivo PNG está dañado (una de sus partes no es válida).</translation>
    </message>
    <message>
        <source>This PNG file is damaged: its beginning is missing.</source>
        <translation>Este archivo PNG está dañado: falta su comienzo.</translation>
    </message>
    <message>
        <source>This PDF is too complex to be checked safely.</source>
        <translation>Este PDF es demasiado complejo para revisarlo de forma segura.</translation>
    </message>
    <message>
        <source>This PDF has too many levels, one inside another, to be checked safely.</source>
        <translation>Este PDF tiene demasiados niveles, unos dentro de otros, para revisarlo de forma segura.</translation>
    </message>
    <message>
        <source>The drawings in this PDF are put one inside another too many times to be checked safely.</source>
        <translation>Los dibujos de este PDF están metidos unos dentro de otros demasiadas veces para revisarlos de forma segura.</translation>
    </message>
    <message>
        <source>This PDF has too many parts ({count}) to be checked safely.</source>
        <translation>Este PDF tiene demasiadas partes ({count}) para revisarlo de forma segura.</translation>
    </message>
    <message>
        <source>This PDF has too many pages ({count}) to turn them into pictures.</source>
        <translation>Este PDF tiene demasiadas páginas ({count}) para convertirlas en imágenes.</translation>
    </message>
    <message>
        <source>This PDF could not be given a new document ID, so it was not cleaned.</source>
        <translation>No se pudo dar a este PDF un nuevo identificador de documento, así que no se limpió.</translation>
    </message>
    <message>
        <source>This PDF could not be copied faithfully, so it was not cleaned.</source>
        <translation>No se pudo copiar este PDF con fidelidad, así que no se limpió.</translation>
    </message>
    <message>
        <source>A page of this PDF has pictures on it that cannot be checked. To clean this PDF, choose to turn PDF pages into pictures.</source>
        <translation>Una página de este PDF tiene imágenes que no se pueden revisar. Para limpiar este PDF, elige convertir las páginas PDF en imágenes.</translation>
    </message>
    <message>
        <source>A picture in this PDF is shown through a shape that hides part of it, and it cannot be cut exactly. To clean this PDF, choose to turn PDF pages into pictures.</source>
        <translation>Una imagen de este PDF se muestra a través de una forma que oculta parte de ella, y no se puede recortar con exactitud. Para limpiar este PDF, elige convertir las páginas PDF en imágenes.</translation>
    </message>
    <message>
        <source>A picture in this PDF has a hidden part, stored in a way that cannot be cut away. To clean this PDF, choose to turn PDF pages into pictures.</source>
        <translation>Una imagen de este PDF tiene una parte oculta, guardada de una forma que no permite recortarla. Para limpiar este PDF, elige convertir las páginas PDF en imágenes.</translation>
    </message>
    <message>
        <source>A picture in this PDF has a hidden part and is too large to be cut. To clean this PDF, choose to turn PDF pages into pictures.</source>
        <translation>Una imagen de este PDF tiene una parte oculta y es demasiado grande para recortarla. Para limpiar este PDF, elige convertir las páginas PDF en imágenes.</translation>
    </message>
    <message>
        <source>A picture in this PDF is stored in a way that cannot be checked.</source>
        <translation>Una imagen de este PDF está guardada de una forma que no se puede revisar.</translation>
    </message>
    <message>
        <source>A picture drawn inside a page of this PDF is stored in a way that cannot be checked.</source>
        <translation>Una imagen dibujada dentro de una página de este PDF está guardada de una forma que no se puede revisar.</translation>
    </message>
    <message>
        <source>A colour profile in this PDF is stored in a way that cannot be checked.</source>
        <translation>Un perfil de color de este PDF está guardado de una forma que no se puede revisar.</translation>
    </message>
    <message>
        <source>A picture drawn inside a page of this PDF could not be saved again without its hidden data.</source>
        <translation>Una imagen dibujada dentro de una página de este PDF no se pudo volver a guardar sin sus datos ocultos.</translation>
    </message>
    <message>
        <source>A picture in this PDF is too large once unpacked (more than {mb} MB).</source>
        <translation>Una imagen de este PDF es demasiado grande una vez descomprimida (más de {mb} MB).</translation>
    </message>
    <message>
        <source>A picture drawn inside a page of this PDF is too large once unpacked (more than {mb} MB).</source>
        <translation>Una imagen dibujada dentro de una página de este PDF es demasiado grande una vez descomprimida (más de {mb} MB).</translation>
    </message>
    <message>
        <source>A page of this PDF is too large once unpacked (more than {mb} MB).</source>
        <translation>Una página de este PDF es demasiado grande una vez descomprimida (más de {mb} MB).</translation>
    </message>
    <message>
        <source>A colour profile in this PDF is too large once unpacked (more than {mb} MB).</source>
        <translation>Un perfil de color de este PDF es demasiado grande una vez descomprimido (más de {mb} MB).</translation>
    </message>
    <message>
        <source>A JPEG 2000 picture in this PDF has comments that cannot be removed.</source>
        <translation>Una imagen JPEG 2000 de este PDF tiene comentarios que no se pueden quitar.</translation>
    </message>
    <message>
        <source>There is a problem with a picture in this PDF. {problem}</source>
        <translation>Hay un problema con una imagen de este PDF. {problem}</translation>
    </message>
    <message>
        <source>There is a problem with a picture drawn inside a page of this PDF. {problem}</source>
        <translation>Hay un problema con una imagen dibujada dentro de una página de este PDF. {problem}</translation>
    </message>
    <message>
        <source>Unpacked, this document would take more than {mb} MB: too much to be checked safely.</source>
        <translation>Descomprimido, este documento ocuparía más de {mb} MB: demasiado para revisarlo de forma segura.</translation>
    </message>
    <message>
        <source>A part of this document ({part}) holds an XML declaration used in attacks, so it was not opened.</source>
        <translation>Una parte de este documento ({part}) contiene una declaración XML que se usa en ataques, así que el documento no se abrió.</translation>
    </message>
    <message>
        <source>There is a problem with a picture in this document ({part}). {problem}</source>
        <translation>Hay un problema con una imagen de este documento ({part}). {problem}</translation>
    </message>
    <message>
        <source>There is a problem with a document inside this document ({part}). {problem}</source>
        <translation>Hay un problema con un documento dentro de este documento ({part}). {problem}</translation>
    </message>
    <message>
        <source>This document is packed in a way used to crash programs (a zip bomb), so it was not opened.</source>
        <translation>Este documento está comprimido de una forma que se usa para hacer fallar los programas (una bomba zip), así que no se abrió.</translation>
    </message>
    <message>
        <source>This zip file is not an OpenDocument file.</source>
        <translation>Este archivo zip no es un archivo OpenDocument.</translation>
    </message>
    <message>
        <source>This kind of OpenDocument file is not supported.</source>
        <translation>Este tipo de archivo OpenDocument no es compatible.</translation>
    </message>
    <message>
        <source>This zip file is not an Office document.</source>
        <translation>Este archivo zip no es un documento de Office.</translation>
    </message>
    <message>
        <source>This kind of Office document is not supported.</source>
        <translation>Este tipo de documento de Office no es compatible.</translation>
    </message>
    <message>
        <source>This is an old-style Office file (.doc, .xls, .ppt) or a document protected by a password. Open it in Office and save it as .docx, .xlsx or .pptx, without a password.</source>
        <translation>Es un archivo de Office de formato antiguo (.doc, .xls, .ppt) o un documento protegido con contraseña. Ábrelo en Office y guárdalo como .docx, .xlsx o .pptx, sin contraseña.</translation>
    </message>
    <message>
        <source>This document is saved as Strict Open XML, which is not supported. Save it again as an ordinary .docx, .xlsx or .pptx file.</source>
        <translation>Este documento está guardado como Strict Open XML, que no es compatible. Vuelve a guardarlo como un archivo .docx, .xlsx o .pptx normal.</translation>
    </message>
    <message>
        <source>Part of this document&apos;s text is stored inside it as a web page or in another format, which cannot be checked. Open it in Word and save it again.</source>
        <translation>Parte del texto de este documento está guardada dentro de él como página web o en otro formato, que no se puede revisar. Ábrelo en Word y vuelve a guardarlo.</translation>
    </message>
    <message>
        <source>The picture is too large to process.</source>
        <translation>La imagen es demasiado grande para procesarla.</translation>
    </message>
    <message>
        <source>A cropped picture in it is too large to cut safely.</source>
        <translation>Una imagen recortada que contiene es demasiado grande para recortarla de forma segura.</translation>
    </message>
    <message>
        <source>Areas cannot be covered in {format} pictures.</source>
        <translation>No se pueden tapar zonas en imágenes {format}.</translation>
    </message>
    <message>
        <source>{format} files are not video clips.</source>
        <translation>Los archivos {format} no son vídeos.</translation>
    </message>
    <message>
        <source>Covering areas makes a new copy: the original is never changed. Save copies in a folder instead.</source>
        <translation>Tapar zonas crea una copia nueva: el original nunca se cambia. Guarda copias en una carpeta.</translation>
    </message>
    <message>
        <source>This clip is turned by {degrees} degrees, which is not supported.</source>
        <translation>Este vídeo está girado {degrees} grados, lo que no es compatible.</translation>
    </message>
    <message>
        <source>The clip is too large to process ({size} pixels).</source>
        <translation>El vídeo es demasiado grande para procesarlo ({size} píxeles).</translation>
    </message>
    <message>
        <source>This HEIF picture uses a kind of compression that is not supported ({code}).</source>
        <translation>Esta imagen HEIF usa un tipo de compresión que no es compatible ({code}).</translation>
    </message>
    <message>
        <source>The picture could not be saved as AVIF.</source>
        <translation>No se pudo guardar la imagen como AVIF.</translation>
    </message>
    <message>
        <source>This {format} file is stored in pieces, as when it is streamed. This is not supported.</source>
        <translation>Este archivo {format} está guardado en trozos, como cuando se transmite en streaming. Esto no es compatible.</translation>
    </message>
    <message>
        <source>The header of this {format} file is split up or compressed. This is not supported.</source>
        <translation>La cabecera de este archivo {format} está dividida o comprimida. Esto no es compatible.</translation>
    </message>
    <message>
        <source>This {format} file plays sound or pictures stored in other files. This is not supported.</source>
        <translation>Este archivo {format} reproduce sonido o imágenes guardados en otros archivos. Esto no es compatible.</translation>
    </message>
    <message>
        <source>This {format} file is copy-protected, so it cannot be cleaned.</source>
        <translation>Este archivo {format} está protegido contra copia, así que no se puede limpiar.</translation>
    </message>
    <message>
        <source>This {format} file is too large to clean.</source>
        <translation>Este archivo {format} es demasiado grande para limpiarlo.</translation>
    </message>
    <message>
        <source>The sound of this video is stored in a way that is not supported.</source>
        <translation>El sonido de este vídeo está guardado de una forma que no es compatible.</translation>
    </message>
    <message>
        <source>The sound of this video is in an old format that is not supported.</source>
        <translation>El sonido de este vídeo está en un formato antiguo que no es compatible.</translation>
    </message>
    <message>
        <source>This M4A file also holds video, chapters or text, which cannot be cleaned here.</source>
        <translation>Este archivo M4A también contiene vídeo, capítulos o texto, que aquí no se pueden limpiar.</translation>
    </message>
    <message>
        <source>This is copy-protected iTunes music. Its purchase record cannot be removed without breaking it.</source>
        <translation>Es música de iTunes protegida contra copia. Su registro de compra no se puede quitar sin estropearla.</translation>
    </message>
    <message>
        <source>This FLAC file starts with an ID3 tag, which FLAC players do not expect, so it was not cleaned.</source>
        <translation>Este archivo FLAC empieza con una etiqueta ID3, que los reproductores de FLAC no esperan, así que no se limpió.</translation>
    </message>
    <message>
        <source>Bare AAC sound files are not supported, only AAC inside M4A files.</source>
        <translation>Los archivos de sonido AAC sueltos no son compatibles, solo el AAC dentro de archivos M4A.</translation>
    </message>
    <message>
        <source>This Ogg file holds video or a kind of sound that cannot be cleaned. Only Vorbis and Opus are supported.</source>
        <translation>Este archivo Ogg contiene vídeo o un tipo de sonido que no se puede limpiar. Solo son compatibles Vorbis y Opus.</translation>
    </message>
    <message>
        <source>This PNG has a part that is not standard ({part}), so it was not cleaned.</source>
        <translation>Este PNG tiene una parte que no es estándar ({part}), así que no se limpió.</translation>
    </message>
    <message>
        <source>This animated PNG hides a still picture too large to replace, so it was not cleaned.</source>
        <translation>Este PNG animado esconde una imagen fija demasiado grande para sustituirla, así que no se limpió.</translation>
    </message>
    <message>
        <source>This TIFF has more than {count} pages.</source>
        <translation>Este TIFF tiene más de {count} páginas.</translation>
    </message>
    <message>
        <source>This TIFF is damaged: its picture data adds up to more than the file.</source>
        <translation>Este TIFF está dañado: sus datos de imagen suman más que el propio archivo.</translation>
    </message>
    <message>
        <source>The first page of this TIFF is only a preview. Such TIFF files are not supported.</source>
        <translation>La primera página de este TIFF es solo una vista previa. Los archivos TIFF de este tipo no son compatibles.</translation>
    </message>
    <message>
        <source>The clean TIFF would be larger than 4 GB.</source>
        <translation>El TIFF limpio ocuparía más de 4 GB.</translation>
    </message>
    <message>
        <source>a crop hid part of the picture</source>
        <extracomment>Why the photo was saved again, in &quot;The photo was saved again at high quality ({reason}).&quot;</extracomment>
        <translation>un recorte ocultaba parte de la imagen</translation>
    </message>
    <message>
        <source>colours under its see-through areas could hide a picture</source>
        <extracomment>Why the photo was saved again, in &quot;The photo was saved again at high quality ({reason}).&quot;</extracomment>
        <translation>los colores bajo sus zonas transparentes podían ocultar una imagen</translation>
    </message>
    <message>
        <source>it is made of layers that can cover one another</source>
        <extracomment>Why the photo was saved again, in &quot;The photo was saved again at high quality ({reason}).&quot;</extracomment>
        <translation>está hecha de capas que pueden taparse unas a otras</translation>
    </message>
    <message>
        <source>its tiles do not fit together in a regular grid</source>
        <extracomment>Why the photo was saved again, in &quot;The photo was saved again at high quality ({reason}).&quot;</extracomment>
        <translation>sus bloques no encajan en una cuadrícula regular</translation>
    </message>
    <message>
        <source>whole tiles of its picture were hidden</source>
        <extracomment>Why the photo was saved again, in &quot;The photo was saved again at high quality ({reason}).&quot;</extracomment>
        <translation>bloques enteros de su imagen estaban ocultos</translation>
    </message>
    <message>
        <source>its picture is stored in another file</source>
        <extracomment>Why the photo was saved again, in &quot;The photo was saved again at high quality ({reason}).&quot;</extracomment>
        <translation>su imagen está guardada en otro archivo</translation>
    </message>
    <message>
        <source>its picture is built from data stored elsewhere in the file</source>
        <extracomment>Why the photo was saved again, in &quot;The photo was saved again at high quality ({reason}).&quot;</extracomment>
        <translation>su imagen se forma con datos guardados en otra parte del archivo</translation>
    </message>
    <message>
        <source>its picture data is not where it should be in the file</source>
        <extracomment>Why the photo was saved again, in &quot;The photo was saved again at high quality ({reason}).&quot;</extracomment>
        <translation>los datos de su imagen no están donde deberían en el archivo</translation>
    </message>
</context>
<context>
    <name>plain</name>
    <message>
        <source>1 item</source>
        <translation>1 elemento</translation>
    </message>
    <message>
        <source>{count} items</source>
        <translation>{count} elementos</translation>
    </message>
    <message>
        <source>in the file name: {shown}</source>
        <translation>en el nombre del archivo: {shown}</translation>
    </message>
    <message>
        <source>{values} and {count} more</source>
        <translation>{values} y {count} más</translation>
    </message>
    <message>
        <source>{deg}° N</source>
        <translation>{deg}° N</translation>
    </message>
    <message>
        <source>{deg}° S</source>
        <translation>{deg}° S</translation>
    </message>
    <message>
        <source>{deg}° E</source>
        <translation>{deg}° E</translation>
    </message>
    <message>
        <source>{deg}° W</source>
        <translation>{deg}° O</translation>
    </message>
    <message>
        <source>serial {number}</source>
        <translation>n.º de serie {number}</translation>
    </message>
</context>
<context>
    <name>words</name>
    <message>
        <source>location</source>
        <translation>ubicación</translation>
    </message>
    <message>
        <source>phone/camera</source>
        <translation>teléfono/cámara</translation>
    </message>
    <message>
        <source>your name</source>
        <translation>tu nombre</translation>
    </message>
    <message>
        <source>date</source>
        <translation>fecha</translation>
    </message>
    <message>
        <source>hidden extra image/video</source>
        <translation>imagen/vídeo oculto extra</translation>
    </message>
    <message>
        <source>editing history</source>
        <translation>historial de edición</translation>
    </message>
    <message>
        <source>other hidden data</source>
        <translation>otros datos ocultos</translation>
    </message>
    <message>
        <source>Reveals where it was taken or made</source>
        <translation>Revela el lugar de captura o creación</translation>
    </message>
    <message>
        <source>Identifies your phone or camera</source>
        <translation>Identifica tu teléfono o tu cámara</translation>
    </message>
    <message>
        <source>Contains a name</source>
        <translation>Contiene un nombre</translation>
    </message>
    <message>
        <source>Tells when it was taken or made</source>
        <translation>Indica la fecha de captura o creación</translation>
    </message>
    <message>
        <source>Hides an extra picture, video or file</source>
        <translation>Esconde una imagen, un vídeo o un archivo extra</translation>
    </message>
    <message>
        <source>Shows editing history or the apps used</source>
        <translation>Muestra el historial de edición o las aplicaciones usadas</translation>
    </message>
    <message>
        <source>Other hidden data</source>
        <translation>Otros datos ocultos</translation>
    </message>
    <message>
        <source>Location</source>
        <translation>Ubicación</translation>
    </message>
    <message>
        <source>Phone or camera</source>
        <translation>Teléfono o cámara</translation>
    </message>
    <message>
        <source>Names</source>
        <translation>Nombres</translation>
    </message>
    <message>
        <source>Date and time</source>
        <translation>Fecha y hora</translation>
    </message>
    <message>
        <source>Hidden extras</source>
        <translation>Extras ocultos</translation>
    </message>
    <message>
        <source>Apps and editing</source>
        <translation>Apps y edición</translation>
    </message>
    <message>
        <source>Other data</source>
        <translation>Otros datos</translation>
    </message>
    <message>
        <source>Cleaned</source>
        <translation>Limpiado</translation>
    </message>
    <message>
        <source>Nothing to remove</source>
        <translation>No había nada que quitar</translation>
    </message>
    <message>
        <source>Not supported</source>
        <translation>Tipo no compatible</translation>
    </message>
    <message>
        <source>Could not be cleaned</source>
        <translation>No se pudo limpiar</translation>
    </message>
    <message>
        <source>Cancelled</source>
        <translation>Cancelado</translation>
    </message>
    <message>
        <source>removed: {what}</source>
        <translation>quitado: {what}</translation>
    </message>
    <message>
        <source>still in the copy: {what}</source>
        <translation>sigue en la copia: {what}</translation>
    </message>
    <message>
        <source>This file is damaged or incomplete.</source>
        <translation>Este archivo está dañado o incompleto.</translation>
    </message>
    <message>
        <source>This type of file is not supported yet.</source>
        <translation>Este tipo de archivo aún no se admite.</translation>
    </message>
    <message>
        <source>This file cannot be found or is not a normal file.</source>
        <translation>No se encuentra este archivo o no es un archivo normal.</translation>
    </message>
    <message>
        <source>Scrubber cannot clean this file safely (for example it is too large or protected by a password).</source>
        <translation>Scrubber no puede limpiar este archivo de forma segura (por ejemplo, es demasiado grande o está protegido con contraseña).</translation>
    </message>
    <message>
        <source>The copy could not be written (is the disk full or the folder read-only?)</source>
        <translation>No se pudo guardar la copia (¿el disco está lleno o la carpeta es de solo lectura?)</translation>
    </message>
    <message>
        <source>The copy still contained identifying data, so it was deleted.</source>
        <translation>La copia todavía contenía datos que te identifican, así que se borró.</translation>
    </message>
    <message>
        <source>Not done: cleaning was cancelled.</source>
        <translation>Sin hacer: se canceló la limpieza.</translation>
    </message>
    <message>
        <source>The areas to cover do not fit this picture, so nothing was written.</source>
        <translation>Las zonas que hay que tapar no encajan en esta imagen, así que no se guardó nada.</translation>
    </message>
    <message>
        <source>Finding faces automatically does not work on this computer.</source>
        <translation>La búsqueda automática de caras no funciona en este ordenador.</translation>
    </message>
    <message>
        <source>Photos with areas to cover or a weakened camera fingerprint need a copy: turn off “Replace the originals”.</source>
        <translation>Las fotos con zonas que tapar o con la huella de la cámara debilitada necesitan una copia: desactiva «Reemplazar los originales».</translation>
    </message>
    <message>
        <source>This is a link to another file or folder; it was not followed.</source>
        <translation>Es un enlace a otro archivo o carpeta; no se siguió.</translation>
    </message>
    <message>
        <source>There is not enough memory to clean this file.</source>
        <translation>No hay memoria suficiente para limpiar este archivo.</translation>
    </message>
    <message>
        <source>This file made Scrubber&apos;s reader crash (the file may be damaged). It was not cleaned.</source>
        <translation>Este archivo hizo fallar al lector de Scrubber (puede que el archivo esté dañado). No se limpió.</translation>
    </message>
    <message>
        <source>Reading this file took far too long (it may be damaged), so it was stopped. It was not cleaned.</source>
        <translation>La lectura de este archivo tardaba demasiado (puede que esté dañado), así que se detuvo. No se limpió.</translation>
    </message>
    <message>
        <source>Something went wrong in Scrubber with this file. Nothing was written.</source>
        <translation>Algo falló en Scrubber con este archivo. No se guardó nada.</translation>
    </message>
</context>
</TS>
