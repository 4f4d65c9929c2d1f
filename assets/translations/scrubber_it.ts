<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="it">
<context>
    <name>BatchModel</name>
    <message>
        <source>File</source>
        <translation>File</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>Tipo</translation>
    </message>
    <message>
        <source>What it reveals</source>
        <translation>Cosa rivela</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Stato</translation>
    </message>
    <message>
        <source>nothing found</source>
        <translation>nessun dato trovato</translation>
    </message>
    <message>
        <source>Link: not followed</source>
        <translation>Collegamento: non seguito</translation>
    </message>
    <message>
        <source>Checking…</source>
        <translation>Controllo in corso…</translation>
    </message>
    <message>
        <source>Not supported</source>
        <translation>Non supportato</translation>
    </message>
    <message>
        <source>Could not be read</source>
        <translation>Impossibile leggerlo</translation>
    </message>
    <message>
        <source>Cleaning… {percent}%</source>
        <translation>Pulizia in corso… {percent}%</translation>
    </message>
    <message>
        <source>Cleaning…</source>
        <translation>Pulizia in corso…</translation>
    </message>
    <message>
        <source>Ready; areas to cover: {count}</source>
        <translation>Pronto; zone da coprire: {count}</translation>
    </message>
    <message>
        <source>Ready</source>
        <translation>Pronto</translation>
    </message>
</context>
<context>
    <name>ClipEditor</name>
    <message>
        <source>&amp;Time in the clip</source>
        <translation>&amp;Tempo nella clip</translation>
    </message>
    <message>
        <source>Time in the clip</source>
        <translation>Tempo nella clip</translation>
    </message>
    <message>
        <source>Frame of the clip</source>
        <translation>Fotogramma della clip</translation>
    </message>
    <message>
        <source>From this f&amp;rame</source>
        <translation>&amp;Da questo fotogramma</translation>
    </message>
    <message>
        <source>The selected areas (or all) are covered from this frame on</source>
        <translation>Le zone selezionate (o tutte) vengono coperte da questo fotogramma in poi</translation>
    </message>
    <message>
        <source>Until t&amp;his frame</source>
        <translation>&amp;Fino a questo fotogramma</translation>
    </message>
    <message>
        <source>The selected areas (or all) are covered up to this frame</source>
        <translation>Le zone selezionate (o tutte) vengono coperte fino a questo fotogramma</translation>
    </message>
    <message>
        <source>Whole cli&amp;p</source>
        <translation>Clip &amp;intera</translation>
    </message>
    <message>
        <source>The selected areas (or all) are covered in every frame</source>
        <translation>Le zone selezionate (o tutte) vengono coperte in ogni fotogramma</translation>
    </message>
    <message>
        <source>{name} ({start} to {end} s)</source>
        <translation>{name} (da {start} a {end} s)</translation>
    </message>
    <message>
        <source>Areas cover every frame of the clip. Faces move: to cover them in every frame, turn on “Cover the faces found in photos and clips” in the main window.</source>
        <translation>Le zone coprono ogni fotogramma della clip. I volti si muovono: per coprirli in ogni fotogramma, attiva “Copri i volti trovati in foto e clip” nella finestra principale.</translation>
    </message>
    <message>
        <source>Face detection is not available ({reason}).</source>
        <translation>Il riconoscimento dei volti non è disponibile ({reason}).</translation>
    </message>
    <message>
        <source>Looking for faces…</source>
        <translation>Ricerca dei volti…</translation>
    </message>
    <message>
        <source>Faces seen in this frame (dashed outlines): {count}.</source>
        <translation>Volti visti in questo fotogramma (contorni tratteggiati): {count}.</translation>
    </message>
</context>
<context>
    <name>DetailsPane</name>
    <message>
        <source>Details: {detail}</source>
        <translation>Dettagli: {detail}</translation>
    </message>
    <message>
        <source>Details of the selected file</source>
        <translation>Dettagli del file selezionato</translation>
    </message>
    <message>
        <source>File type</source>
        <translation>Tipo di file</translation>
    </message>
    <message>
        <source>Before</source>
        <translation>Prima</translation>
    </message>
    <message>
        <source>After</source>
        <translation>Dopo</translation>
    </message>
    <message>
        <source>Picture before cleaning</source>
        <translation>Immagine prima della pulizia</translation>
    </message>
    <message>
        <source>Picture of the clean copy</source>
        <translation>Immagine della copia pulita</translation>
    </message>
    <message>
        <source>Before: what the file gives away</source>
        <translation>Prima: cosa rivela il file</translation>
    </message>
    <message>
        <source>After: the clean copy</source>
        <translation>Dopo: la copia pulita</translation>
    </message>
    <message>
        <source>Something that could identify you is still in the copy. Do not post it. The list below shows what remains.</source>
        <translation>Nella copia c&apos;è ancora qualcosa che potrebbe identificarti. Non pubblicarla. L&apos;elenco qui sotto mostra cosa rimane.</translation>
    </message>
    <message>
        <source>Found in the file before cleaning</source>
        <translation>Trovato nel file prima della pulizia</translation>
    </message>
    <message>
        <source>The clean copy: what was removed and what remains</source>
        <translation>La copia pulita: cosa è stato rimosso e cosa rimane</translation>
    </message>
    <message>
        <source>What</source>
        <translation>Cosa</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>Valore</translation>
    </message>
    <message>
        <source>Select a file in the list to see what it gives away.</source>
        <translation>Seleziona un file nell&apos;elenco per vedere cosa rivela.</translation>
    </message>
    <message>
        <source>Technical details: every tag and value</source>
        <translation>Dettagli tecnici: ogni tag e il suo valore</translation>
    </message>
    <message>
        <source>Result</source>
        <translation>Risultato</translation>
    </message>
    <message>
        <source>Areas to cover</source>
        <translation>Zone da coprire</translation>
    </message>
    <message>
        <source>Details of the problem</source>
        <translation>Dettagli del problema</translation>
    </message>
    <message>
        <source>1 area will be covered</source>
        <translation>1 zona verrà coperta</translation>
    </message>
    <message>
        <source>{count} areas will be covered</source>
        <translation>{count} zone verranno coperte</translation>
    </message>
    <message>
        <source>Checking this file…</source>
        <translation>Controllo di questo file…</translation>
    </message>
    <message>
        <source>Nothing found that could identify you.</source>
        <translation>Non è stato trovato nulla che possa identificarti.</translation>
    </message>
    <message>
        <source>1 thing found that could identify you.</source>
        <translation>Trovata 1 cosa che potrebbe identificarti.</translation>
    </message>
    <message>
        <source>{count} things found that could identify you.</source>
        <translation>Trovate {count} cose che potrebbero identificarti.</translation>
    </message>
    <message>
        <source>No clean copy can be made because the file could not be read.</source>
        <translation>Non si può creare una copia pulita perché il file non è leggibile.</translation>
    </message>
    <message>
        <source>Cleaning…</source>
        <translation>Pulizia in corso…</translation>
    </message>
    <message>
        <source>Not cleaned yet. Press Clean to make a safe copy.</source>
        <translation>Non ancora pulito. Premi Pulisci per creare una copia sicura.</translation>
    </message>
    <message>
        <source>Saved as: {name}</source>
        <translation>Salvato come: {name}</translation>
    </message>
    <message>
        <source>Faces found and covered: {count}. Check the picture of the copy.</source>
        <translation>Volti trovati e coperti: {count}. Controlla l&apos;immagine della copia.</translation>
    </message>
    <message>
        <source>Checked again: nothing that could identify you was found.</source>
        <translation>Ricontrollato: non è stato trovato nulla che possa identificarti.</translation>
    </message>
    <message>
        <source>Still in the copy</source>
        <translation>Ancora nella copia</translation>
    </message>
    <message>
        <source>Removed</source>
        <translation>Rimosso</translation>
    </message>
    <message>
        <source>still in the copy</source>
        <translation>ancora nella copia</translation>
    </message>
    <message>
        <source>removed</source>
        <translation>rimosso</translation>
    </message>
    <message>
        <source>removed, not checked</source>
        <translation>rimosso, non ricontrollato</translation>
    </message>
    <message>
        <source>What the clean copy no longer gives away</source>
        <translation>Cosa la copia pulita non rivela più</translation>
    </message>
    <message>
        <source>will be removed</source>
        <translation>verrà rimosso</translation>
    </message>
    <message>
        <source>not removed</source>
        <translation>non rimosso</translation>
    </message>
    <message>
        <source>What the file gives away</source>
        <translation>Cosa rivela il file</translation>
    </message>
    <message>
        <source>kept</source>
        <translation>mantenuto</translation>
    </message>
    <message>
        <source>Good to know:</source>
        <translation>Buono a sapersi:</translation>
    </message>
    <message>
        <source>which way up the photo is</source>
        <translation>l&apos;orientamento della foto</translation>
    </message>
    <message>
        <source>a standard colour profile</source>
        <translation>un profilo colore standard</translation>
    </message>
    <message>
        <source>harmless technical data</source>
        <translation>dati tecnici innocui</translation>
    </message>
    <message>
        <source>Hide technical details</source>
        <translation>Nascondi i dettagli tecnici</translation>
    </message>
    <message>
        <source>Show technical details</source>
        <translation>Mostra i dettagli tecnici</translation>
    </message>
    <message>
        <source>Kept: needed to show the photo the right way up</source>
        <translation>Mantenuto: serve per mostrare la foto dritta</translation>
    </message>
    <message>
        <source>Kept: a standard colour profile, so colours look right</source>
        <translation>Mantenuto: un profilo colore standard, perché i colori appaiano giusti</translation>
    </message>
    <message>
        <source>Kept</source>
        <translation>Mantenuto</translation>
    </message>
    <message>
        <source>Loading preview…</source>
        <translation>Caricamento anteprima…</translation>
    </message>
    <message>
        <source>No preview for this kind of file</source>
        <translation>Nessuna anteprima per questo tipo di file</translation>
    </message>
    <message>
        <source>This picture could not be read: the file may be damaged</source>
        <translation>Impossibile leggere questa immagine: il file potrebbe essere danneggiato</translation>
    </message>
    <message>
        <source>The clean copy will appear here</source>
        <translation>Qui apparirà la copia pulita</translation>
    </message>
    <message>
        <source>No copy was made</source>
        <translation>Non è stata creata nessuna copia</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>Photos and pictures ({patterns})</source>
        <translation>Foto e immagini ({patterns})</translation>
    </message>
    <message>
        <source>Sound recordings ({patterns})</source>
        <translation>Registrazioni audio ({patterns})</translation>
    </message>
    <message>
        <source>Videos ({patterns})</source>
        <translation>Video ({patterns})</translation>
    </message>
    <message>
        <source>Documents ({patterns})</source>
        <translation>Documenti ({patterns})</translation>
    </message>
    <message>
        <source>Files Scrubber can clean ({patterns})</source>
        <translation>File che Scrubber può pulire ({patterns})</translation>
    </message>
    <message>
        <source>All files (*)</source>
        <translation>Tutti i file (*)</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;File</translation>
    </message>
    <message>
        <source>&amp;Language</source>
        <translation>&amp;Lingua</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>A&amp;iuto</translation>
    </message>
    <message>
        <source>&amp;Add files…</source>
        <translation>A&amp;ggiungi file…</translation>
    </message>
    <message>
        <source>Add fold&amp;er…</source>
        <translation>Aggiungi &amp;cartella…</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Esci</translation>
    </message>
    <message>
        <source>&amp;Clean</source>
        <translation>&amp;Pulisci</translation>
    </message>
    <message>
        <source>Ca&amp;ncel</source>
        <translation>&amp;Annulla</translation>
    </message>
    <message>
        <source>Remo&amp;ve from list</source>
        <translation>Ri&amp;muovi dall&apos;elenco</translation>
    </message>
    <message>
        <source>H&amp;ide faces and areas…</source>
        <translation>Nascondi volti e &amp;zone…</translation>
    </message>
    <message>
        <source>&amp;Why this matters</source>
        <translation>Perché &amp;è importante</translation>
    </message>
    <message>
        <source>&amp;About Scrubber</source>
        <translation>&amp;Informazioni su Scrubber</translation>
    </message>
    <message>
        <source>Scrubber: remove hidden data from photos</source>
        <translation>Scrubber: rimuove i dati nascosti dalle foto</translation>
    </message>
    <message>
        <source>Add files</source>
        <translation>Aggiungi file</translation>
    </message>
    <message>
        <source>Add a folder</source>
        <translation>Aggiungi una cartella</translation>
    </message>
    <message>
        <source>Why this matters</source>
        <translation>Perché è importante</translation>
    </message>
    <message>
        <source>Hide faces and areas</source>
        <translation>Nascondi volti e zone</translation>
    </message>
    <message>
        <source>Remo&amp;ve</source>
        <translation>Ri&amp;muovi</translation>
    </message>
    <message>
        <source>Remove the selected files</source>
        <translation>Rimuovi i file selezionati</translation>
    </message>
    <message>
        <source>Clear lis&amp;t</source>
        <translation>Svuota &amp;elenco</translation>
    </message>
    <message>
        <source>Clear the list</source>
        <translation>Svuota l&apos;elenco</translation>
    </message>
    <message>
        <source>Cover faces, tattoos or anything else in the selected photo or clip (Enter)</source>
        <translation>Copri volti, tatuaggi o qualsiasi altra cosa nella foto o clip selezionata (Invio)</translation>
    </message>
    <message>
        <source>or drop photos and folders onto the list below.</source>
        <translation>oppure trascina foto e cartelle nell&apos;elenco qui sotto.</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Lingua</translation>
    </message>
    <message>
        <source>Files to clean</source>
        <translation>File da pulire</translation>
    </message>
    <message>
        <source>Drop photos or folders here.

Scrubber shows what each file gives away about you, then writes clean copies. Your originals are not changed.</source>
        <translation>Trascina qui foto o cartelle.

Scrubber mostra cosa rivela di te ogni file, poi scrive copie pulite. I tuoi originali non vengono modificati.</translation>
    </message>
    <message>
        <source>Stopping: files being cleaned now are left as they were…</source>
        <translation>Interruzione: i file in pulizia in questo momento restano come erano…</translation>
    </message>
    <message>
        <source>Details of the selected file</source>
        <translation>Dettagli del file selezionato</translation>
    </message>
    <message>
        <source>Language:</source>
        <translation>Lingua:</translation>
    </message>
    <message>
        <source>Add files to clean</source>
        <translation>Aggiungi file da pulire</translation>
    </message>
    <message>
        <source>Add a folder to clean</source>
        <translation>Aggiungi una cartella da pulire</translation>
    </message>
    <message>
        <source>About Scrubber</source>
        <translation>Informazioni su Scrubber</translation>
    </message>
    <message>
        <source>Scrubber {version}

Removes hidden data from photos. Works offline: nothing is ever sent anywhere, and no list of your files is kept.</source>
        <translation>Scrubber {version}

Rimuove i dati nascosti dalle foto. Funziona offline: non viene mai inviato nulla da nessuna parte e non viene conservato nessun elenco dei tuoi file.</translation>
    </message>
    <message>
        <source>Replace the original files?</source>
        <translation>Sostituire i file originali?</translation>
    </message>
    <message>
        <source>Your original files will be overwritten with the cleaned versions. This cannot be undone: the originals, with everything they contain, will be gone.

Photos with areas to cover still need a copy.

Replace the originals?</source>
        <translation>I tuoi file originali verranno sovrascritti con le versioni pulite. Non si può annullare: gli originali, con tutto ciò che contengono, spariranno.

Le foto con zone da coprire hanno comunque bisogno di una copia.

Sostituire gli originali?</translation>
    </message>
    <message>
        <source>Choose where to save the clean copies</source>
        <translation>Scegli dove salvare le copie pulite</translation>
    </message>
    <message>
        <source>Every file in the list has been cleaned already.</source>
        <translation>Tutti i file dell&apos;elenco sono già stati puliti.</translation>
    </message>
    <message>
        <source>Cannot create the output folder</source>
        <translation>Impossibile creare la cartella di destinazione</translation>
    </message>
    <message>
        <source>The clean copies cannot be saved there ({reason}). Choose another folder with “Choose…”.</source>
        <translation>Le copie pulite non possono essere salvate lì ({reason}). Scegli un&apos;altra cartella con “Scegli…”.</translation>
    </message>
    <message>
        <source>Cleaning…</source>
        <translation>Pulizia in corso…</translation>
    </message>
</context>
<context>
    <name>OptionsBox</name>
    <message>
        <source>Options</source>
        <translation>Opzioni</translation>
    </message>
    <message>
        <source>({count} on)</source>
        <translation>(attive: {count})</translation>
    </message>
    <message>
        <source>&amp;More options</source>
        <translation>Altre &amp;opzioni</translation>
    </message>
    <message>
        <source>More options</source>
        <translation>Altre opzioni</translation>
    </message>
    <message>
        <source>Show or hide the options for the copies</source>
        <translation>Mostra o nascondi le opzioni per le copie</translation>
    </message>
    <message>
        <source>&amp;Give the copies random file names</source>
        <translation>Dai alle copie nomi di file cas&amp;uali</translation>
    </message>
    <message>
        <source>File names from phones often contain the date and time the photo was taken.</source>
        <translation>I nomi dei file dei telefoni spesso contengono la data e l&apos;ora dello scatto.</translation>
    </message>
    <message>
        <source>&amp;Keep file names that show the date or the phone</source>
        <translation>Mantieni i nomi di file c&amp;he mostrano la data o il telefono</translation>
    </message>
    <message>
        <source>Off: a copy of a file named like IMG_20240611_143207.jpg gets a name like photo-1f0c9a2e.jpg instead, so its name does not show when it was taken or with which phone.</source>
        <translation>Disattivata: la copia di un file chiamato per esempio IMG_20240611_143207.jpg riceve invece un nome come photo-1f0c9a2e.jpg, così il nome non mostra quando è stata scattata né con quale telefono.</translation>
    </message>
    <message>
        <source>Convert HEIC photos to &amp;JPEG</source>
        <translation>Converti le foto HEIC in &amp;JPEG</translation>
    </message>
    <message>
        <source>Remove colour &amp;profiles (colours may shift slightly)</source>
        <translation>Rimuovi i profili colore (i colori possono cam&amp;biare leggermente)</translation>
    </message>
    <message>
        <source>T&amp;urn PDF pages into pictures (strongest; text can no longer be selected)</source>
        <translation>Trasforma le pagine PDF in immagini (la pi&amp;ù sicura; il testo non si potrà più selezionare)</translation>
    </message>
    <message>
        <source>Removes everything hidden in a PDF&apos;s text and drawings too. The copy is larger and its text cannot be searched or copied.</source>
        <translation>Rimuove anche tutto ciò che è nascosto nel testo e nei disegni di un PDF. La copia è più grande e il suo testo non si può cercare né copiare.</translation>
    </message>
    <message>
        <source>Cover the faces found in photos and clips (check each cop&amp;y)</source>
        <translation>Copri i &amp;volti trovati in foto e clip (controlla ogni copia)</translation>
    </message>
    <message>
        <source>Faces found automatically are covered in black in the copies. Detection can miss faces: look at each copy&apos;s picture in the details.</source>
        <translation>I volti trovati automaticamente vengono coperti di nero nelle copie. Il riconoscimento può non vedere alcuni volti: guarda l&apos;immagine di ogni copia nei dettagli.</translation>
    </message>
    <message>
        <source>&amp;Quick face search (misses small faces)</source>
        <translation>Ricerca rapida dei volti (non trova &amp;quelli piccoli)</translation>
    </message>
    <message>
        <source>Faster, but faces smaller than about 60 pixels in a large photo are not found. Used here and in Hide faces and areas.</source>
        <translation>Più veloce, ma in una foto grande i volti più piccoli di circa 60 pixel non vengono trovati. Vale qui e in Nascondi volti e zone.</translation>
    </message>
    <message>
        <source>Remove hidden slides, sheets and te&amp;xt, and speaker notes, from documents</source>
        <translation>&amp;Rimuovi dai documenti diapositive, fogli e testo nascosti, e note del relatore</translation>
    </message>
    <message>
        <source>Documents can hold slides, sheets and text that are not shown, and notes only the speaker sees. Without this they are kept, and the summary says where they are.</source>
        <translation>I documenti possono contenere diapositive, fogli e testo non visibili, e note che vede solo chi presenta. Senza questa opzione vengono mantenuti, e il riepilogo dice dove si trovano.</translation>
    </message>
    <message>
        <source>Weaken the camera fingerprint in photos (saved again, a &amp;bit smaller)</source>
        <translation>I&amp;ndebolisci l&apos;impronta della fotocamera nelle foto (salvate di nuovo, un po&apos; più piccole)</translation>
    </message>
    <message>
        <source>Every camera leaves a faint pattern in its photos that can link them to each other. This softens each photo slightly and makes it 3% smaller: the pattern gets weaker, but it is not removed. Photos are saved again instead of copied unchanged.</source>
        <translation>Ogni fotocamera lascia nelle sue foto una debole traccia che può collegarle tra loro. Questa opzione ammorbidisce leggermente ogni foto e la rende più piccola del 3%: la traccia diventa più debole, ma non viene rimossa. Le foto vengono salvate di nuovo invece di essere copiate senza modifiche.</translation>
    </message>
    <message>
        <source>&amp;Replace the originals (no copies; cannot be undone)</source>
        <translation>Sostituisci gli originali (nessuna copia; non si pu&amp;ò annullare)</translation>
    </message>
</context>
<context>
    <name>OutputBox</name>
    <message>
        <source>Save clean copies in:</source>
        <translation>Salva le copie pulite in:</translation>
    </message>
    <message>
        <source>Output folder</source>
        <translation>Cartella di destinazione</translation>
    </message>
    <message>
        <source>Choo&amp;se…</source>
        <translation>&amp;Scegli…</translation>
    </message>
    <message>
        <source>Choose the output folder</source>
        <translation>Scegli la cartella di destinazione</translation>
    </message>
    <message>
        <source>Use &amp;default</source>
        <translation>Usa la car&amp;tella predefinita</translation>
    </message>
    <message>
        <source>Use the default output folder</source>
        <translation>Usa la cartella di destinazione predefinita</translation>
    </message>
    <message>
        <source>The original files will be replaced.</source>
        <translation>I file originali verranno sostituiti.</translation>
    </message>
    <message>
        <source>The folder “{name}” next to the originals, with the copies made so far.</source>
        <translation>La cartella “{name}” accanto agli originali, con le copie fatte finora.</translation>
    </message>
    <message>
        <source>A new folder next to the originals, named “{name}”.</source>
        <translation>Una nuova cartella accanto agli originali, chiamata “{name}”.</translation>
    </message>
</context>
<context>
    <name>QAbstractFileIconProvider</name>
    <message>
        <source>Drive</source>
        <translation>Unità</translation>
    </message>
    <message>
        <source>Folder</source>
        <translation>Cartella</translation>
    </message>
</context>
<context>
    <name>QFileDialog</name>
    <message>
        <source>%1
Directory not found.
Please verify the correct directory name was given.</source>
        <translation>%1
Cartella non trovata.
Verifica che sia stato inserito il nome corretto della cartella.</translation>
    </message>
    <message>
        <source>%1
File not found.
Please verify the correct file name was given.</source>
        <translation>%1
File non trovato.
Verifica che sia stato inserito il nome corretto del file.</translation>
    </message>
    <message>
        <source>&amp;Choose</source>
        <translation>S&amp;cegli</translation>
    </message>
    <message>
        <source>&amp;Delete</source>
        <translation>&amp;Elimina</translation>
    </message>
    <message>
        <source>&amp;Look in:</source>
        <translation>&amp;Cerca in:</translation>
    </message>
    <message>
        <source>&amp;New Folder</source>
        <translation>&amp;Nuova cartella</translation>
    </message>
    <message>
        <source>&amp;Open</source>
        <translation>&amp;Apri</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>Apri</translation>
    </message>
    <message>
        <source>&amp;Rename</source>
        <translation>&amp;Rinomina</translation>
    </message>
    <message>
        <source>All Files (*)</source>
        <translation>Tutti i file (*)</translation>
    </message>
    <message>
        <source>Are you sure you want to delete &apos;%1&apos;?</source>
        <translation>Sei sicuro di voler eliminare &apos;%1&apos;?</translation>
    </message>
    <message>
        <source>Back</source>
        <translation>Indietro</translation>
    </message>
    <message>
        <source>Change to detail view mode</source>
        <translation>Passa alla modalità vista dettagliata</translation>
    </message>
    <message>
        <source>Change to list view mode</source>
        <translation>Passa alla modalità vista a elenco</translation>
    </message>
    <message>
        <source>Create New Folder</source>
        <translation>Crea nuova cartella</translation>
    </message>
    <message>
        <source>Create a New Folder</source>
        <translation>Crea una nuova cartella</translation>
    </message>
    <message>
        <source>Detail View</source>
        <translation>Vista dettagliata</translation>
    </message>
    <message>
        <source>Directories</source>
        <translation>Cartelle</translation>
    </message>
    <message>
        <source>Directory:</source>
        <translation>Cartella:</translation>
    </message>
    <message>
        <source>File &amp;name:</source>
        <translation>&amp;Nome del file:</translation>
    </message>
    <message>
        <source>Files</source>
        <translation>File</translation>
    </message>
    <message>
        <source>Files of &amp;type:</source>
        <translation>File di &amp;tipo:</translation>
    </message>
    <message>
        <source>Forward</source>
        <translation>Vai avanti</translation>
    </message>
    <message>
        <source>Go back</source>
        <translation>Vai indietro</translation>
    </message>
    <message>
        <source>Go forward</source>
        <translation>Avanti</translation>
    </message>
    <message>
        <source>Go to the parent directory</source>
        <translation>Vai alla cartella superiore</translation>
    </message>
    <message>
        <source>List View</source>
        <translation>Vista a elenco</translation>
    </message>
    <message>
        <source>List of places and bookmarks</source>
        <translation>Lista di risorse e segnalibri</translation>
    </message>
    <message>
        <source>Parent Directory</source>
        <translation>Cartella superiore</translation>
    </message>
    <message>
        <source>Show &amp;hidden files</source>
        <translation>Mostra i &amp;file nascosti</translation>
    </message>
    <message>
        <source>Show </source>
        <translation>Mostra </translation>
    </message>
    <message>
        <source>Sidebar</source>
        <translation>Barra laterale</translation>
    </message>
</context>
<context>
    <name>QFileSystemModel</name>
    <message>
        <source>Computer</source>
        <translation>Computer</translation>
    </message>
    <message>
        <source>Date Modified</source>
        <translation>Data di modifica</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nome</translation>
    </message>
    <message>
        <source>Size</source>
        <translation>Dimensione</translation>
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
        <translation>&amp;Copia</translation>
    </message>
    <message>
        <source>&amp;Paste</source>
        <translation>&amp;Incolla</translation>
    </message>
    <message>
        <source>&amp;Redo</source>
        <translation>&amp;Rifai</translation>
    </message>
    <message>
        <source>&amp;Undo</source>
        <translation>Ann&amp;ulla</translation>
    </message>
    <message>
        <source>Cu&amp;t</source>
        <translation>&amp;Taglia</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Elimina</translation>
    </message>
    <message>
        <source>Select All</source>
        <translation>Seleziona tutto</translation>
    </message>
</context>
<context>
    <name>QMessageBox</name>
    <message>
        <source>Show Details...</source>
        <translation>Mostra dettagli...</translation>
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
        <translation>&amp;Sì</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Annulla</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Chiudi</translation>
    </message>
    <message>
        <source>OK</source>
        <translation>OK</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>Apri</translation>
    </message>
</context>
<context>
    <name>RedactionEditor</name>
    <message>
        <source>Press Esc again to close without your changes, or Enter to use them.</source>
        <translation>Premi di nuovo Esc per chiudere senza le modifiche, o Invio per usarle.</translation>
    </message>
    <message>
        <source>Hide faces and areas — {name}</source>
        <translation>Nascondi volti e zone — {name}</translation>
    </message>
    <message>
        <source>Select and move</source>
        <translation>Seleziona e sposta</translation>
    </message>
    <message>
        <source>Rectangle</source>
        <translation>Rettangolo</translation>
    </message>
    <message>
        <source>Ellipse</source>
        <translation>Ellisse</translation>
    </message>
    <message>
        <source>Brush</source>
        <translation>Pennello</translation>
    </message>
    <message>
        <source>Add area</source>
        <translation>Aggiungi zona</translation>
    </message>
    <message>
        <source>Add an area in the middle of the view, to move with the arrow keys (N)</source>
        <translation>Aggiungi una zona al centro della vista, da spostare con i tasti freccia (N)</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Elimina</translation>
    </message>
    <message>
        <source>Del</source>
        <translation>Canc</translation>
    </message>
    <message>
        <source>Undo</source>
        <translation>Annulla</translation>
    </message>
    <message>
        <source>Redo</source>
        <translation>Ripeti</translation>
    </message>
    <message>
        <source>Zoom out</source>
        <translation>Riduci</translation>
    </message>
    <message>
        <source>Zoom in</source>
        <translation>Ingrandisci</translation>
    </message>
    <message>
        <source>Fit</source>
        <translation>Adatta</translation>
    </message>
    <message>
        <source>Preview</source>
        <translation>Anteprima</translation>
    </message>
    <message>
        <source>Show exactly what will be written (P)</source>
        <translation>Mostra esattamente cosa verrà scritto (P)</translation>
    </message>
    <message>
        <source>Brush &amp;width</source>
        <translation>&amp;Larghezza del pennello</translation>
    </message>
    <message>
        <source>Brush width</source>
        <translation>Larghezza del pennello</translation>
    </message>
    <message>
        <source>Drawing tools</source>
        <translation>Strumenti di disegno</translation>
    </message>
    <message>
        <source>Undo, zoom and preview</source>
        <translation>Annulla, zoom e anteprima</translation>
    </message>
    <message>
        <source>Photo</source>
        <translation>Foto</translation>
    </message>
    <message>
        <source>Draw areas to cover with the mouse or the keyboard. Ctrl and the mouse wheel zoom; hold Space to pan.</source>
        <translation>Disegna le zone da coprire con il mouse o la tastiera. Ctrl e la rotellina del mouse fanno lo zoom; tieni premuto Spazio per spostare la vista.</translation>
    </message>
    <message>
        <source>&amp;Areas to cover (untick to leave uncovered)</source>
        <translation>&amp;Zone da coprire (togli la spunta per lasciarle scoperte)</translation>
    </message>
    <message>
        <source>Areas to cover</source>
        <translation>Zone da coprire</translation>
    </message>
    <message>
        <source>Automatic detection can miss faces — check every face yourself, including faces in mirrors, pictures and screens.</source>
        <translation>Il riconoscimento automatico può non vedere alcuni volti: controlla tu ogni volto, anche quelli in specchi, quadri e schermi.</translation>
    </message>
    <message>
        <source>Find &amp;small faces</source>
        <translation>Trova volti &amp;piccoli</translation>
    </message>
    <message>
        <source>Find small faces</source>
        <translation>Trova volti piccoli</translation>
    </message>
    <message>
        <source>Look again for small faces, for group photos (slower)</source>
        <translation>Cerca di nuovo i volti piccoli, per le foto di gruppo (più lento)</translation>
    </message>
    <message>
        <source>How to cover</source>
        <translation>Come coprire</translation>
    </message>
    <message>
        <source>Solid &amp;fill (safest)</source>
        <translation>&amp;Riempimento pieno (il più sicuro)</translation>
    </message>
    <message>
        <source>Strong &amp;mosaic</source>
        <translation>&amp;Mosaico forte</translation>
    </message>
    <message>
        <source>B&amp;lur (wiped first; a few average colours stay)</source>
        <translation>&amp;Sfocatura (prima la zona viene cancellata; restano alcuni colori medi)</translation>
    </message>
    <message>
        <source>Fill &amp;colour…</source>
        <translation>&amp;Colore di riempimento…</translation>
    </message>
    <message>
        <source>Fill colour</source>
        <translation>Colore di riempimento</translation>
    </message>
    <message>
        <source>&amp;Use these areas</source>
        <translation>&amp;Usa queste zone</translation>
    </message>
    <message>
        <source>Use these areas</source>
        <translation>Usa queste zone</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Annulla</translation>
    </message>
    <message>
        <source>{action} ({key})</source>
        <translation>{action} ({key})</translation>
    </message>
    <message>
        <source>Keyboard: N adds an area, arrows move it (Shift: further), Ctrl+arrows resize it, [ and ] pick another, Delete removes it.</source>
        <translation>Tastiera: N aggiunge una zona, le frecce la spostano (Maiusc: più lontano), Ctrl+frecce la ridimensionano, [ e ] ne scelgono un&apos;altra, Canc la elimina.</translation>
    </message>
    <message>
        <source>Face {n} (found automatically)</source>
        <translation>Volto {n} (trovato automaticamente)</translation>
    </message>
    <message>
        <source>Rectangle {n}</source>
        <translation>Rettangolo {n}</translation>
    </message>
    <message>
        <source>Ellipse {n}</source>
        <translation>Ellisse {n}</translation>
    </message>
    <message>
        <source>Brush stroke {n}</source>
        <translation>Pennellata {n}</translation>
    </message>
    <message>
        <source>Shape {n}</source>
        <translation>Forma {n}</translation>
    </message>
    <message>
        <source>Loading…</source>
        <translation>Caricamento…</translation>
    </message>
    <message>
        <source>Making the preview…</source>
        <translation>Creazione dell&apos;anteprima…</translation>
    </message>
    <message>
        <source>Preview: this is what will be written.</source>
        <translation>Anteprima: ecco cosa verrà scritto.</translation>
    </message>
    <message>
        <source>Draw over anything that could identify you: faces, tattoos, marks.</source>
        <translation>Disegna sopra tutto ciò che potrebbe identificarti: volti, tatuaggi, segni.</translation>
    </message>
    <message>
        <source>Looking for faces…</source>
        <translation>Ricerca dei volti…</translation>
    </message>
    <message>
        <source>Looking for small faces… this takes longer.</source>
        <translation>Ricerca dei volti piccoli… ci vuole più tempo.</translation>
    </message>
    <message>
        <source>Face detection is not available ({reason}). Mark faces yourself.</source>
        <translation>Il riconoscimento dei volti non è disponibile ({reason}). Segna tu i volti.</translation>
    </message>
    <message>
        <source>No faces were found automatically.</source>
        <translation>Nessun volto trovato automaticamente.</translation>
    </message>
    <message>
        <source>Faces found automatically: {count}.</source>
        <translation>Volti trovati automaticamente: {count}.</translation>
    </message>
    <message>
        <source>its files are missing or damaged</source>
        <translation>i suoi file mancano o sono danneggiati</translation>
    </message>
    <message>
        <source>There is not enough memory to open this photo.</source>
        <translation>Non c&apos;è abbastanza memoria per aprire questa foto.</translation>
    </message>
    <message>
        <source>The photo could not be opened.</source>
        <translation>Impossibile aprire la foto.</translation>
    </message>
</context>
<context>
    <name>RunBar</name>
    <message>
        <source>Ca&amp;ncel</source>
        <translation>&amp;Annulla</translation>
    </message>
    <message>
        <source>Cancel cleaning</source>
        <translation>Annulla la pulizia</translation>
    </message>
    <message>
        <source>&amp;Clean</source>
        <translation>&amp;Pulisci</translation>
    </message>
    <message>
        <source>Clean all files in the list</source>
        <translation>Pulisci tutti i file dell&apos;elenco</translation>
    </message>
    <message>
        <source>&amp;Open output folder</source>
        <translation>Apri la cartella di &amp;destinazione</translation>
    </message>
    <message>
        <source>Open output folder</source>
        <translation>Apri la cartella di destinazione</translation>
    </message>
    <message>
        <source>Write clean copies of all files (Ctrl+Enter)</source>
        <translation>Scrivi copie pulite di tutti i file (Ctrl+Invio)</translation>
    </message>
    <message>
        <source>Stop now; files not finished are left as they were (Esc)</source>
        <translation>Interrompi ora; i file non finiti restano come erano (Esc)</translation>
    </message>
    <message>
        <source>Cleaning progress</source>
        <translation>Avanzamento della pulizia</translation>
    </message>
    <message>
        <source>%v of %m files</source>
        <translation>%v di %m file</translation>
    </message>
    <message>
        <source>Summary</source>
        <translation>Riepilogo</translation>
    </message>
</context>
<context>
    <name>SafetyGuide</name>
    <message>
        <source>Why this matters</source>
        <translation>Perché è importante</translation>
    </message>
    <message>
        <source>Safety guide</source>
        <translation>Guida alla sicurezza</translation>
    </message>
    <message>
        <source>&amp;Close</source>
        <translation>&amp;Chiudi</translation>
    </message>
    <message>
        <source>Close the safety guide</source>
        <translation>Chiudi la guida alla sicurezza</translation>
    </message>
    <message>
        <source>What your photos and files can give away</source>
        <translation>Cosa possono rivelare le tue foto e i tuoi file</translation>
    </message>
    <message>
        <source>Photos from phones and cameras carry hidden details. Anyone who gets the file can read them:</source>
        <translation>Le foto di telefoni e fotocamere contengono dettagli nascosti. Chiunque abbia il file può leggerli:</translation>
    </message>
    <message>
        <source>Where the photo was taken, often to within a few metres.</source>
        <translation>Dove è stata scattata la foto, spesso con una precisione di pochi metri.</translation>
    </message>
    <message>
        <source>Which phone or camera took it, sometimes with its serial number.</source>
        <translation>Quale telefono o fotocamera l&apos;ha scattata, a volte con il numero di serie.</translation>
    </message>
    <message>
        <source>Your name, if it is set in the phone, camera or editing app.</source>
        <translation>Il tuo nome, se è impostato nel telefono, nella fotocamera o nell&apos;app di modifica.</translation>
    </message>
    <message>
        <source>The date and time it was taken.</source>
        <translation>La data e l&apos;ora dello scatto.</translation>
    </message>
    <message>
        <source>A hidden small copy of the original photo. It can show what you cropped out or covered.</source>
        <translation>Una piccola copia nascosta della foto originale. Può mostrare ciò che hai tagliato o coperto.</translation>
    </message>
    <message>
        <source>Scrubber removes these details from a copy of the file. Your original stays as it is, unless you choose to replace it.</source>
        <translation>Scrubber rimuove questi dettagli da una copia del file. Il tuo originale resta com&apos;è, a meno che tu non scelga di sostituirlo.</translation>
    </message>
    <message>
        <source>Documents such as PDF and Word files can hold the author&apos;s name, the computer&apos;s name and the editing history. Videos and voice recordings can hold the place and the device.</source>
        <translation>Documenti come i file PDF e Word possono contenere il nome dell&apos;autore, il nome del computer e la cronologia delle modifiche. Video e registrazioni vocali possono contenere il luogo e il dispositivo.</translation>
    </message>
    <message>
        <source>If Scrubber says a file is not supported or could not be cleaned, do not share that file as it is.</source>
        <translation>Se Scrubber dice che un file non è supportato o non è stato possibile pulirlo, non condividere quel file così com&apos;è.</translation>
    </message>
    <message>
        <source>Blur in other apps can be undone</source>
        <translation>La sfocatura di altre app si può annullare</translation>
    </message>
    <message>
        <source>Blur and small pixelation made by other apps can be undone by software. Scrubber&apos;s blur and mosaic wipe the area first, but they still show its average colours.</source>
        <translation>La sfocatura e la pixelatura leggera fatte da altre app possono essere annullate da un software. La sfocatura e il mosaico di Scrubber cancellano prima la zona, ma ne mostrano ancora i colori medi.</translation>
    </message>
    <message>
        <source>To hide a face, a tattoo or anything else, use solid fill. Cover a little more than you think you need.</source>
        <translation>Per nascondere un volto, un tatuaggio o qualsiasi altra cosa, usa il riempimento pieno. Copri un po&apos; più di quanto pensi che serva.</translation>
    </message>
    <message>
        <source>Your photos can be matched</source>
        <translation>Le tue foto possono essere riconosciute</translation>
    </message>
    <message>
        <source>Reverse image search finds other places where the same photo, or one like it, is online.</source>
        <translation>La ricerca inversa per immagini trova altri posti online dove c&apos;è la stessa foto, o una simile.</translation>
    </message>
    <message>
        <source>Face recognition exists and is easy to use. A face, a tattoo or a room that people can recognise can link your ad photos to your personal accounts.</source>
        <translation>Il riconoscimento facciale esiste ed è facile da usare. Un volto, un tatuaggio o una stanza riconoscibili possono collegare le foto dei tuoi annunci ai tuoi profili personali.</translation>
    </message>
    <message>
        <source>Search for your own ad photos now and then, with a reverse image search and a face search. Then you see where they turn up.</source>
        <translation>Ogni tanto cerca le foto dei tuoi annunci, con una ricerca inversa per immagini e una ricerca per volto. Così vedi dove compaiono.</translation>
    </message>
    <message>
        <source>Tattoos, birthmarks, jewellery, nails, bedding and furniture can link your ads to each other. Cover them or change them.</source>
        <translation>Tatuaggi, voglie, gioielli, unghie, lenzuola e mobili possono collegare i tuoi annunci tra loro. Coprili o cambiali.</translation>
    </message>
    <message>
        <source>Each camera leaves a faint pattern in its photos that can link them to each other. The option “Weaken the camera fingerprint” makes it weaker, but does not remove it.</source>
        <translation>Ogni fotocamera lascia nelle sue foto una debole traccia che può collegarle tra loro. L&apos;opzione “Indebolisci l&apos;impronta della fotocamera” la rende più debole, ma non la rimuove.</translation>
    </message>
    <message>
        <source>Tips from sex workers&apos; digital safety advice</source>
        <translation>Consigli dalle guide di sicurezza digitale per sex worker</translation>
    </message>
    <message>
        <source>Keep work and personal life apart. Use a separate phone, email and accounts for work if you can.</source>
        <translation>Tieni separati lavoro e vita privata. Se puoi, usa un telefono, un&apos;email e account separati per il lavoro.</translation>
    </message>
    <message>
        <source>Take ad photos with a different phone or camera. If you cannot, turn off location, Live Photos and Motion Photos in the camera before you take them.</source>
        <translation>Scatta le foto degli annunci con un altro telefono o fotocamera. Se non puoi, disattiva nella fotocamera la posizione, le Live Photo e le foto in movimento prima di scattare.</translation>
    </message>
    <message>
        <source>Never use photos from your personal social media in ads, not even old ones.</source>
        <translation>Non usare mai negli annunci foto dei tuoi social personali, nemmeno vecchie.</translation>
    </message>
    <message>
        <source>Cloud backups and shared albums keep your originals, with the place they were taken, and sort them by face. Keep work photos out of them.</source>
        <translation>I backup nel cloud e gli album condivisi conservano i tuoi originali, con il luogo dello scatto, e li ordinano per volto. Tieni fuori le foto di lavoro.</translation>
    </message>
    <message>
        <source>Clean last: after cropping and editing in other apps. Editing apps can add hidden data again.</source>
        <translation>Pulisci per ultimo: dopo aver ritagliato e modificato nelle altre app. Le app di modifica possono aggiungere di nuovo dati nascosti.</translation>
    </message>
    <message>
        <source>Screenshots can show your name, your number and your notifications. Check them before you share them.</source>
        <translation>Gli screenshot possono mostrare il tuo nome, il tuo numero e le tue notifiche. Controllali prima di condividerli.</translation>
    </message>
    <message>
        <source>Check the background: letters, papers, photos on the wall, anything with a name or address.</source>
        <translation>Controlla lo sfondo: lettere, documenti, foto alle pareti, qualsiasi cosa con un nome o un indirizzo.</translation>
    </message>
    <message>
        <source>Check mirrors and reflections: sunglasses, windows, screens and shiny surfaces.</source>
        <translation>Controlla specchi e riflessi: occhiali da sole, finestre, schermi e superfici lucide.</translation>
    </message>
    <message>
        <source>Check what can be seen through windows. Streets, signs and buildings can show where you are.</source>
        <translation>Controlla cosa si vede dalle finestre. Strade, insegne ed edifici possono mostrare dove sei.</translation>
    </message>
    <message>
        <source>Do not post the same photo on your personal and your work accounts.</source>
        <translation>Non pubblicare la stessa foto sui tuoi account personali e su quelli di lavoro.</translation>
    </message>
    <message>
        <source>Sending a photo “as a file” or by email keeps its hidden data. Send only the clean copy.</source>
        <translation>Inviare una foto “come file” o per email ne conserva i dati nascosti. Invia solo la copia pulita.</translation>
    </message>
    <message>
        <source>When you are done, delete the originals from Downloads and from shared folders.</source>
        <translation>Quando hai finito, elimina gli originali da Download e dalle cartelle condivise.</translation>
    </message>
    <message>
        <source>Before you post, open the clean copy and check it again.</source>
        <translation>Prima di pubblicare, apri la copia pulita e ricontrollala.</translation>
    </message>
    <message>
        <source>What your computer may still keep</source>
        <translation>Cosa può ancora conservare il tuo computer</translation>
    </message>
    <message>
        <source>Scrubber keeps no list of the files you open, but your computer may:</source>
        <translation>Scrubber non conserva nessun elenco dei file che apri, ma il tuo computer potrebbe farlo:</translation>
    </message>
    <message>
        <source>small previews (thumbnails) made by the file manager or photo viewer;</source>
        <translation>piccole anteprime (miniature) create dal gestore di file o dal visualizzatore di foto;</translation>
    </message>
    <message>
        <source>lists of recent files in other apps;</source>
        <translation>elenchi dei file recenti in altre app;</translation>
    </message>
    <message>
        <source>the originals in Downloads, in the trash and in cloud backups.</source>
        <translation>gli originali in Download, nel cestino e nei backup nel cloud.</translation>
    </message>
    <message>
        <source>To clear them:</source>
        <translation>Per cancellarli:</translation>
    </message>
    <message>
        <source>Empty the trash.</source>
        <translation>Svuota il cestino.</translation>
    </message>
    <message>
        <source>Clear the recent files in your file manager.</source>
        <translation>Cancella i file recenti nel gestore di file.</translation>
    </message>
    <message>
        <source>Delete the thumbnail cache. Linux: the .cache/thumbnails folder in your home folder. Windows: Disk Cleanup, then Thumbnails. macOS: restart the Mac.</source>
        <translation>Elimina la cache delle miniature. Linux: la cartella .cache/thumbnails nella tua cartella home. Windows: Pulizia disco, poi Anteprime. macOS: riavvia il Mac.</translation>
    </message>
    <message>
        <source>Scrubber works offline</source>
        <translation>Scrubber funziona offline</translation>
    </message>
    <message>
        <source>Scrubber never connects to the internet. Your files stay on this computer.</source>
        <translation>Scrubber non si connette mai a Internet. I tuoi file restano su questo computer.</translation>
    </message>
</context>
<context>
    <name>Summary</name>
    <message>
        <source>Cancelled.</source>
        <translation>Annullato.</translation>
    </message>
    <message>
        <source>{n} cleaned.</source>
        <translation>{n} puliti.</translation>
    </message>
    <message>
        <source>{n} had nothing to remove.</source>
        <translation>{n} senza nulla da rimuovere.</translation>
    </message>
    <message>
        <source>{n} could not be cleaned.</source>
        <translation>Impossibile pulirne {n}.</translation>
    </message>
    <message>
        <source>{n} not done (cancelled).</source>
        <translation>{n} non elaborati (annullato).</translation>
    </message>
    <message>
        <source>Nothing was cleaned.</source>
        <translation>Non è stato pulito nulla.</translation>
    </message>
    <message>
        <source>Clean copies are in: {folder}</source>
        <translation>Le copie pulite sono in: {folder}</translation>
    </message>
    <message>
        <source>{name}: {reason}</source>
        <translation>{name}: {reason}</translation>
    </message>
    <message>
        <source>…and {n} more: see the list.</source>
        <translation>…e altri {n}: vedi l&apos;elenco.</translation>
    </message>
</context>
<context>
    <name>messages</name>
    <message>
        <source>{metres} m above sea level</source>
        <translation>{metres} m sul livello del mare</translation>
    </message>
    <message>
        <source>{metres} m below sea level</source>
        <translation>{metres} m sotto il livello del mare</translation>
    </message>
    <message>
        <source>{count} bytes of data</source>
        <translation>{count} byte di dati</translation>
    </message>
    <message>
        <source>The file name shows when it was taken: {shown}</source>
        <translation>Il nome del file mostra quando è stato scattato: {shown}</translation>
    </message>
    <message>
        <source>The file name shows the phone or camera that made it: {shown}</source>
        <translation>Il nome del file mostra il telefono o la fotocamera che l&apos;ha creato: {shown}</translation>
    </message>
    <message>
        <source>The file name shows the app that made it: {apps}</source>
        <translation>Il nome del file mostra l&apos;app che l&apos;ha creato: {apps}</translation>
    </message>
    <message>
        <source>{finding} (the name was kept)</source>
        <translation>{finding} (il nome è stato mantenuto)</translation>
    </message>
    <message>
        <source>The file cannot be found. Was it moved or deleted?</source>
        <translation>Il file non si trova. È stato spostato o eliminato?</translation>
    </message>
    <message>
        <source>This is not a normal file (it is a folder, a device or a pipe).</source>
        <translation>Questo non è un file normale (è una cartella, un dispositivo o una pipe).</translation>
    </message>
    <message>
        <source>This is a folder, not a file.</source>
        <translation>Questa è una cartella, non un file.</translation>
    </message>
    <message>
        <source>The file is empty.</source>
        <translation>Il file è vuoto.</translation>
    </message>
    <message>
        <source>The file cannot be read: {reason}</source>
        <translation>Impossibile leggere il file: {reason}</translation>
    </message>
    <message>
        <source>The file name says {format}, but the file cannot be read as {format}.</source>
        <translation>Il nome del file dice {format}, ma il file non si può leggere come {format}.</translation>
    </message>
    <message>
        <source>This type of file is not supported, so it was not cleaned.</source>
        <translation>Questo tipo di file non è supportato, quindi non è stato pulito.</translation>
    </message>
    <message>
        <source>This is a link; it was not followed.</source>
        <translation>Questo è un collegamento; non è stato seguito.</translation>
    </message>
    <message>
        <source>This file could not be read ({kind}).</source>
        <translation>Impossibile leggere questo file ({kind}).</translation>
    </message>
    <message>
        <source>It holds documents inside documents, too many levels deep.</source>
        <translation>Contiene documenti dentro altri documenti, su troppi livelli.</translation>
    </message>
    <message>
        <source>There is not enough memory to read this file.</source>
        <translation>Non c&apos;è abbastanza memoria per leggere questo file.</translation>
    </message>
    <message>
        <source>There is not enough memory.</source>
        <translation>Non c&apos;è abbastanza memoria.</translation>
    </message>
    <message>
        <source>A file could not be read or written: {reason}</source>
        <translation>Impossibile leggere o scrivere un file: {reason}</translation>
    </message>
    <message>
        <source>Unexpected error ({kind}). Nothing was written.</source>
        <translation>Errore imprevisto ({kind}). Non è stato scritto nulla.</translation>
    </message>
    <message>
        <source>The copy would replace the original. Choose another name or folder.</source>
        <translation>La copia sostituirebbe l&apos;originale. Scegli un altro nome o un&apos;altra cartella.</translation>
    </message>
    <message>
        <source>Replacing the original cannot change the file type. Save copies in a folder instead.</source>
        <translation>Sostituendo l&apos;originale non si può cambiare il tipo di file. Salva invece le copie in una cartella.</translation>
    </message>
    <message>
        <source>This file is a link. Save copies in a folder instead.</source>
        <translation>Questo file è un collegamento. Salva invece le copie in una cartella.</translation>
    </message>
    <message>
        <source>The clean copy could not be checked again, so it was deleted: {reason}</source>
        <translation>Non è stato possibile ricontrollare la copia pulita, quindi è stata eliminata: {reason}</translation>
    </message>
    <message>
        <source>The clean copy still held data ({left}), so it was deleted.</source>
        <translation>La copia pulita conteneva ancora dati ({left}), quindi è stata eliminata.</translation>
    </message>
    <message>
        <source>The folder for the copies cannot be created: {reason}</source>
        <translation>Impossibile creare la cartella per le copie: {reason}</translation>
    </message>
    <message>
        <source>Nothing can be saved in the folder for the copies: {reason}</source>
        <translation>Non si può salvare nulla nella cartella per le copie: {reason}</translation>
    </message>
    <message>
        <source>The copy could not be finished: {reason}</source>
        <translation>Impossibile completare la copia: {reason}</translation>
    </message>
    <message>
        <source>The copies could not be saved to the disk: {reason}</source>
        <translation>Impossibile salvare le copie sul disco: {reason}</translation>
    </message>
    <message>
        <source>No free name was found for the clean copy.</source>
        <translation>Non è stato trovato un nome libero per la copia pulita.</translation>
    </message>
    <message>
        <source>The clean copy could not be saved: {reason}</source>
        <translation>Impossibile salvare la copia pulita: {reason}</translation>
    </message>
    <message>
        <source>The earlier copy could not be replaced: {reason}</source>
        <translation>Impossibile sostituire la copia precedente: {reason}</translation>
    </message>
    <message>
        <source>This JPEG is damaged: its beginning is missing.</source>
        <translation>Questo JPEG è danneggiato: manca l&apos;inizio.</translation>
    </message>
    <message>
        <source>This JPEG is damaged (a wrong length at byte {pos}).</source>
        <translation>Questo JPEG è danneggiato (una lunghezza sbagliata al byte {pos}).</translation>
    </message>
    <message>
        <source>This JPEG is damaged: its picture does not end where it should.</source>
        <translation>Questo JPEG è danneggiato: l&apos;immagine non finisce dove dovrebbe.</translation>
    </message>
    <message>
        <source>This JPEG is damaged (a missing marker at byte {pos}).</source>
        <translation>Questo JPEG è danneggiato (manca un marcatore al byte {pos}).</translation>
    </message>
    <message>
        <source>This JPEG is cut off before the picture starts.</source>
        <translation>Questo JPEG si interrompe prima che inizi l&apos;immagine.</translation>
    </message>
    <message>
        <source>This JPEG is damaged: it has far too many parts.</source>
        <translation>Questo JPEG è danneggiato: ha davvero troppe parti.</translation>
    </message>
    <message>
        <source>This rare kind of JPEG (hierarchical or JPEG-LS) is not supported.</source>
        <translation>Questo tipo raro di JPEG (gerarchico o JPEG-LS) non è supportato.</translation>
    </message>
    <message>
        <source>This JPEG holds no picture.</source>
        <translation>Questo JPEG non contiene nessuna immagine.</translation>
    </message>
    <message>
        <source>This JPEG is damaged: its picture is not where the file says.</source>
        <translation>Questo JPEG è danneggiato: l&apos;immagine non è dove dice il file.</translation>
    </message>
    <message>
        <source>This JPEG is damaged: it holds more than one picture frame.</source>
        <translation>Questo JPEG è danneggiato: contiene più di un fotogramma.</translation>
    </message>
    <message>
        <source>This JPEG has other data hidden inside its picture, so it was not cleaned.</source>
        <translation>Questo JPEG ha altri dati nascosti dentro l&apos;immagine, quindi non è stato pulito.</translation>
    </message>
    <message>
        <source>The colour profile is too large.</source>
        <translation>Il profilo colore è troppo grande.</translation>
    </message>
    <message>
        <source>The picture is incomplete: the file was cut off.</source>
        <translation>L&apos;immagine è incompleta: il file è stato troncato.</translation>
    </message>
    <message>
        <source>This JPEG is damaged in places; the copy looks the same as the original did.</source>
        <translation>Questo JPEG è danneggiato in alcuni punti; la copia appare uguale a come appariva l&apos;originale.</translation>
    </message>
    <message>
        <source>The GIF file was cut short; its complete frames were kept.</source>
        <translation>Il file GIF era troncato; i suoi fotogrammi completi sono stati mantenuti.</translation>
    </message>
    <message>
        <source>The {format} picture was saved as PNG.</source>
        <translation>L&apos;immagine {format} è stata salvata come PNG.</translation>
    </message>
    <message>
        <source>Only the first frame of the animation was kept ({frames} in the file).</source>
        <translation>È stato mantenuto solo il primo fotogramma dell&apos;animazione ({frames} nel file).</translation>
    </message>
    <message>
        <source>Only the first page was kept ({frames} in the file).</source>
        <translation>È stata mantenuta solo la prima pagina ({frames} nel file).</translation>
    </message>
    <message>
        <source>The picture was saved with 8 bits per colour (it had more).</source>
        <translation>L&apos;immagine è stata salvata con 8 bit per colore (ne aveva di più).</translation>
    </message>
    <message>
        <source>Colours may look slightly different ({mode} was turned into RGB).</source>
        <translation>I colori potrebbero apparire leggermente diversi ({mode} è stato convertito in RGB).</translation>
    </message>
    <message>
        <source>Transparent areas were filled with white (JPEG has no transparency).</source>
        <translation>Le zone trasparenti sono state riempite di bianco (il JPEG non ha trasparenza).</translation>
    </message>
    <message>
        <source>The form&apos;s XML layer was removed.</source>
        <translation>Il livello XML del modulo è stato rimosso.</translation>
    </message>
    <message>
        <source>A digital signature was removed.</source>
        <translation>È stata rimossa una firma digitale.</translation>
    </message>
    <message>
        <source>Embedded objects (files inside the document) were removed.</source>
        <translation>Gli oggetti incorporati (file dentro il documento) sono stati rimossi.</translation>
    </message>
    <message>
        <source>Pictures in drawing formats that cannot be checked (SVG, WMF…) were removed.</source>
        <translation>Le immagini in formati di disegno che non si possono controllare (SVG, WMF…) sono state rimosse.</translation>
    </message>
    <message>
        <source>It is saved as {ext}: the same document without macros.</source>
        <translation>Viene salvato come {ext}: lo stesso documento senza macro.</translation>
    </message>
    <message>
        <source>The animation keeps its rotation tag; its frames were not turned.</source>
        <translation>L&apos;animazione mantiene il suo tag di rotazione; i suoi fotogrammi non sono stati ruotati.</translation>
    </message>
    <message>
        <source>This TIFF has {count} pages. Many viewers show only the first: check the others too.</source>
        <translation>Questo TIFF ha {count} pagine. Molti visualizzatori mostrano solo la prima: controlla anche le altre.</translation>
    </message>
    <message>
        <source>The TIFF keeps its orientation tag; its pixels were not turned.</source>
        <translation>Il TIFF mantiene il suo tag di orientamento; i suoi pixel non sono stati ruotati.</translation>
    </message>
    <message>
        <source>Colours may look slightly different in the JPEG copy.</source>
        <translation>I colori potrebbero apparire leggermente diversi nella copia JPEG.</translation>
    </message>
    <message>
        <source>This PNG is cut off before the picture starts.</source>
        <translation>Questo PNG si interrompe prima che inizi l&apos;immagine.</translation>
    </message>
    <message>
        <source>The file was cut off; the clean copy keeps the part that is there.</source>
        <translation>Il file era troncato; la copia pulita mantiene la parte presente.</translation>
    </message>
    <message>
        <source>The removed data said to turn the picture. Check that it is the right way up.</source>
        <translation>I dati rimossi indicavano di ruotare l&apos;immagine. Controlla che sia dritta.</translation>
    </message>
    <message>
        <source>Viewers that do not play animations now show a blank picture instead of a hidden one.</source>
        <translation>I visualizzatori che non riproducono le animazioni ora mostrano un&apos;immagine vuota invece di una nascosta.</translation>
    </message>
    <message>
        <source>The sound was removed.</source>
        <translation>L&apos;audio è stato rimosso.</translation>
    </message>
    <message>
        <source>The clip had more than 8 bits per colour (HDR); the copy has 8, so colours may look flatter.</source>
        <translation>La clip aveva più di 8 bit per colore (HDR); la copia ne ha 8, quindi i colori potrebbero sembrare più piatti.</translation>
    </message>
    <message>
        <source>Its broken index was rebuilt the way PDF viewers do it. Check the clean copy.</source>
        <translation>Il suo indice danneggiato è stato ricostruito come fanno i lettori PDF. Controlla la copia pulita.</translation>
    </message>
    <message>
        <source>It was locked against copying, printing or changes, but opens without a password. The clean copy has no lock.</source>
        <translation>Era bloccato contro la copia, la stampa o le modifiche, ma si apre senza password. La copia pulita non ha blocchi.</translation>
    </message>
    <message>
        <source>Its attached files are locked with a password (the pages are not). The clean copy has no attachments.</source>
        <translation>I suoi file allegati sono bloccati da una password (le pagine no). La copia pulita non ha allegati.</translation>
    </message>
    <message>
        <source>A cropped picture still held the part you cut away. It was removed.</source>
        <translation>Un&apos;immagine ritagliata conteneva ancora la parte che hai tagliato. È stata rimossa.</translation>
    </message>
    <message>
        <source>Pages were turned into pictures: text can no longer be selected or searched.</source>
        <translation>Le pagine sono state trasformate in immagini: il testo non si può più selezionare né cercare.</translation>
    </message>
    <message>
        <source>{count} layers of this PDF are hidden when it opens. They are kept in the copy; to leave them out, choose to turn PDF pages into pictures.</source>
        <translation>{count} livelli di questo PDF sono nascosti all’apertura. Restano nella copia; per toglierli, scegli di trasformare le pagine PDF in immagini.</translation>
    </message>
    <message>
        <source>1 layer of this PDF is hidden when it opens. It is kept in the copy; to leave it out, choose to turn PDF pages into pictures.</source>
        <translation>1 livello di questo PDF è nascosto all’apertura. Resta nella copia; per toglierlo, scegli di trasformare le pagine PDF in immagini.</translation>
    </message>
    <message>
        <source>There is text in white, unseen on a white page, on {count} pages. It is kept in the copy; to leave it out, choose to turn PDF pages into pictures.</source>
        <translation>C’è testo bianco, invisibile su una pagina bianca, in {count} pagine. Resta nella copia; per toglierlo, scegli di trasformare le pagine PDF in immagini.</translation>
    </message>
    <message>
        <source>There is text in white, unseen on a white page, on 1 page. It is kept in the copy; to leave it out, choose to turn PDF pages into pictures.</source>
        <translation>C’è testo bianco, invisibile su una pagina bianca, in 1 pagina. Resta nella copia; per toglierlo, scegli di trasformare le pagine PDF in immagini.</translation>
    </message>
    <message>
        <source>There is text placed outside the page on {count} pages. It is kept in the copy; to leave it out, choose to turn PDF pages into pictures.</source>
        <translation>C’è testo posizionato fuori dalla pagina in {count} pagine. Resta nella copia; per toglierlo, scegli di trasformare le pagine PDF in immagini.</translation>
    </message>
    <message>
        <source>There is text placed outside the page on 1 page. It is kept in the copy; to leave it out, choose to turn PDF pages into pictures.</source>
        <translation>C’è testo posizionato fuori dalla pagina in 1 pagina. Resta nella copia; per toglierlo, scegli di trasformare le pagine PDF in immagini.</translation>
    </message>
    <message>
        <source>Embedded fonts were removed.</source>
        <translation>I caratteri incorporati sono stati rimossi.</translation>
    </message>
    <message>
        <source>Videos and sounds were removed: they could not be checked.</source>
        <translation>Video e suoni sono stati rimossi: non si potevano controllare.</translation>
    </message>
    <message>
        <source>Pictures in drawing formats that cannot be checked (EMF, WMF, SVG…) were removed.</source>
        <translation>Le immagini in formati di disegno che non si possono controllare (EMF, WMF, SVG…) sono state rimosse.</translation>
    </message>
    <message>
        <source>The photo was saved again at high quality ({reason}).</source>
        <translation>La foto è stata salvata di nuovo in alta qualità ({reason}).</translation>
    </message>
    <message>
        <source>The macros (programs) in this document were removed.</source>
        <translation>Le macro (programmi) di questo documento sono state rimosse.</translation>
    </message>
    <message>
        <source>This PDF asks for a password to open it. Remove the password first.</source>
        <translation>Questo PDF chiede una password per aprirsi. Rimuovi prima la password.</translation>
    </message>
    <message>
        <source>This PDF is damaged and cannot be cleaned safely.</source>
        <translation>Questo PDF è danneggiato e non può essere pulito in modo sicuro.</translation>
    </message>
    <message>
        <source>This PDF is damaged and cannot be cleaned safely: its end is missing.</source>
        <translation>Questo PDF è danneggiato e non può essere pulito in modo sicuro: manca la fine.</translation>
    </message>
    <message>
        <source>This PDF is damaged (cut off, or parts of it are broken) and cannot be cleaned safely. Saving it again from a PDF viewer may repair it.</source>
        <translation>Questo PDF è danneggiato (troncato, o con parti rovinate) e non può essere pulito in modo sicuro. Salvarlo di nuovo da un lettore PDF potrebbe ripararlo.</translation>
    </message>
    <message>
        <source>This {format} picture is damaged and cannot be decoded: part of it is missing.</source>
        <translation>Questa immagine {format} è danneggiata e non può essere decodificata: ne manca una parte.</translation>
    </message>
    <message>
        <source>{count} slides are hidden. They are kept in the copy; to remove them, turn on removing hidden content.</source>
        <translation>{count} diapositive sono nascoste. Restano nella copia; per rimuoverle, attiva la rimozione dei contenuti nascosti.</translation>
    </message>
    <message>
        <source>1 slide is hidden. It is kept in the copy; to remove it, turn on removing hidden content.</source>
        <translation>1 diapositiva è nascosta. Resta nella copia; per rimuoverla, attiva la rimozione dei contenuti nascosti.</translation>
    </message>
    <message>
        <source>There are speaker notes on {count} slides. They are kept in the copy; to remove them, turn on removing speaker notes.</source>
        <translation>Ci sono note del relatore su {count} diapositive. Restano nella copia; per rimuoverle, attiva la rimozione delle note del relatore.</translation>
    </message>
    <message>
        <source>There are speaker notes on 1 slide. They are kept in the copy; to remove them, turn on removing speaker notes.</source>
        <translation>Ci sono note del relatore su 1 diapositiva. Restano nella copia; per rimuoverle, attiva la rimozione delle note del relatore.</translation>
    </message>
    <message>
        <source>{count} sheets are hidden. They are kept in the copy; to remove them, turn on removing hidden content.</source>
        <translation>{count} fogli sono nascosti. Restano nella copia; per rimuoverli, attiva la rimozione dei contenuti nascosti.</translation>
    </message>
    <message>
        <source>1 sheet is hidden. It is kept in the copy; to remove it, turn on removing hidden content.</source>
        <translation>1 foglio è nascosto. Resta nella copia; per rimuoverlo, attiva la rimozione dei contenuti nascosti.</translation>
    </message>
    <message>
        <source>There is hidden text in {count} places. It is kept in the copy; to remove it, turn on removing hidden content.</source>
        <translation>C&apos;è testo nascosto in {count} punti. Resta nella copia; per rimuoverlo, attiva la rimozione dei contenuti nascosti.</translation>
    </message>
    <message>
        <source>There is hidden text in 1 place. It is kept in the copy; to remove it, turn on removing hidden content.</source>
        <translation>C&apos;è testo nascosto in 1 punto. Resta nella copia; per rimuoverlo, attiva la rimozione dei contenuti nascosti.</translation>
    </message>
    <message>
        <source>{count} sections are hidden. They are kept in the copy; to remove them, turn on removing hidden content.</source>
        <translation>{count} sezioni sono nascoste. Restano nella copia; per rimuoverle, attiva la rimozione dei contenuti nascosti.</translation>
    </message>
    <message>
        <source>1 section is hidden. It is kept in the copy; to remove it, turn on removing hidden content.</source>
        <translation>1 sezione è nascosta. Resta nella copia; per rimuoverla, attiva la rimozione dei contenuti nascosti.</translation>
    </message>
    <message>
        <source>A cropped photo still held the part you cut away. It was removed.</source>
        <translation>Una foto ritagliata conteneva ancora la parte che hai tagliato. È stata rimossa.</translation>
    </message>
    <message>
        <source>{count} cropped photos still held the parts you cut away. They were removed.</source>
        <translation>{count} foto ritagliate contenevano ancora le parti che hai tagliato. Sono state rimosse.</translation>
    </message>
    <message>
        <source>The camera fingerprint was weakened, not removed. The picture was resized from {before} to {after} pixels.</source>
        <translation>L&apos;impronta della fotocamera è stata indebolita, non rimossa. L&apos;immagine è stata ridimensionata da {before} a {after} pixel.</translation>
    </message>
    <message>
        <source>This document is protected by a password. Remove the password first.</source>
        <translation>Questo documento è protetto da password. Rimuovi prima la password.</translation>
    </message>
    <message>
        <source>This document is damaged: its contents cannot be unpacked.</source>
        <translation>Questo documento è danneggiato: il suo contenuto non si può estrarre.</translation>
    </message>
    <message>
        <source>This document is damaged and cannot be read safely.</source>
        <translation>Questo documento è danneggiato e non si può leggere in modo sicuro.</translation>
    </message>
    <message>
        <source>This TIFF file holds no picture.</source>
        <translation>Questo file TIFF non contiene nessuna immagine.</translation>
    </message>
    <message>
        <source>Camera RAW files are not supported. Export a TIFF or JPEG first.</source>
        <translation>I file RAW delle fotocamere non sono supportati. Esporta prima un TIFF o un JPEG.</translation>
    </message>
    <message>
        <source>This TIFF file is damaged.</source>
        <translation>Questo file TIFF è danneggiato.</translation>
    </message>
    <message>
        <source>Old-style JPEG TIFF files are not supported. Convert them first.</source>
        <translation>I file TIFF con JPEG vecchio stile non sono supportati. Convertili prima.</translation>
    </message>
    <message>
        <source>This TIFF file is cut off or damaged.</source>
        <translation>Questo file TIFF è troncato o danneggiato.</translation>
    </message>
    <message>
        <source>This {format} picture is encrypted.</source>
        <translation>Questa immagine {format} è cifrata.</translation>
    </message>
    <message>
        <source>This {format} picture is damaged and cannot be decoded.</source>
        <translation>Questa immagine {format} è danneggiata e non può essere decodificata.</translation>
    </message>
    <message>
        <source>The description of this {format} picture is too large to check.</source>
        <translation>La descrizione di questa immagine {format} è troppo grande da controllare.</translation>
    </message>
    <message>
        <source>{format} picture sequences and videos are not supported.</source>
        <translation>Le sequenze di immagini e i video {format} non sono supportati.</translation>
    </message>
    <message>
        <source>This {format} file has too many parts to check safely.</source>
        <translation>Questo file {format} ha troppe parti per essere controllato in modo sicuro.</translation>
    </message>
    <message>
        <source>This picture is AVIF, not HEIC. Rename it to end in .avif.</source>
        <translation>Questa immagine è AVIF, non HEIC. Rinominala in modo che finisca con .avif.</translation>
    </message>
    <message>
        <source>The picture is too small to save as HEIC. Choose JPEG copies instead.</source>
        <translation>L&apos;immagine è troppo piccola per salvarla come HEIC. Scegli invece copie JPEG.</translation>
    </message>
    <message>
        <source>The picture could not be saved as HEIC. Choose JPEG copies instead.</source>
        <translation>Impossibile salvare l&apos;immagine come HEIC. Scegli invece copie JPEG.</translation>
    </message>
    <message>
        <source>The picture is too large to process ({size} pixels).</source>
        <translation>L&apos;immagine è troppo grande da elaborare ({size} pixel).</translation>
    </message>
    <message>
        <source>This is not a valid PNG file.</source>
        <translation>Questo non è un file PNG valido.</translation>
    </message>
    <message>
        <source>This PNG file is damaged (a part of it is not valid).</source>
        <translation>Questo file PNG è danneggiato (una sua parte non è valida).</translation>
    </message>
    <message>
        <source>This PNG file is damaged: its beginning is missing.</source>
        <translation>Questo file PNG è danneggiato: manca l&apos;inizio.</translation>
    </message>
    <message>
        <source>This PDF is too complex to be checked safely.</source>
        <translation>Questo PDF è troppo complesso per essere controllato in modo sicuro.</translation>
    </message>
    <message>
        <source>This PDF has too many levels, one inside another, to be checked safely.</source>
        <translation>Questo PDF ha troppi livelli, uno dentro l&apos;altro, per essere controllato in modo sicuro.</translation>
    </message>
    <message>
        <source>The drawings in this PDF are put one inside another too many times to be checked safely.</source>
        <translation>I disegni di questo PDF sono inseriti uno dentro l&apos;altro troppe volte per essere controllati in modo sicuro.</translation>
    </message>
    <message>
        <source>This PDF has too many parts ({count}) to be checked safely.</source>
        <translation>Questo PDF ha troppe parti ({count}) per essere controllato in modo sicuro.</translation>
    </message>
    <message>
        <source>This PDF has too many pages ({count}) to turn them into pictures.</source>
        <translation>Questo PDF ha troppe pagine ({count}) per trasformarle in immagini.</translation>
    </message>
    <message>
        <source>This PDF could not be given a new document ID, so it was not cleaned.</source>
        <translation>Non è stato possibile dare a questo PDF un nuovo ID del documento, quindi non è stato pulito.</translation>
    </message>
    <message>
        <source>This PDF could not be copied faithfully, so it was not cleaned.</source>
        <translation>Non è stato possibile copiare fedelmente questo PDF, quindi non è stato pulito.</translation>
    </message>
    <message>
        <source>A page of this PDF has pictures on it that cannot be checked. To clean this PDF, choose to turn PDF pages into pictures.</source>
        <translation>Una pagina di questo PDF contiene immagini che non si possono controllare. Per pulire questo PDF, scegli di trasformare le pagine PDF in immagini.</translation>
    </message>
    <message>
        <source>A picture in this PDF is shown through a shape that hides part of it, and it cannot be cut exactly. To clean this PDF, choose to turn PDF pages into pictures.</source>
        <translation>Un&apos;immagine di questo PDF è mostrata attraverso una forma che ne nasconde una parte, e non si può tagliare con precisione. Per pulire questo PDF, scegli di trasformare le pagine PDF in immagini.</translation>
    </message>
    <message>
        <source>A picture in this PDF has a hidden part, stored in a way that cannot be cut away. To clean this PDF, choose to turn PDF pages into pictures.</source>
        <translation>Un&apos;immagine di questo PDF ha una parte nascosta, memorizzata in un modo che non permette di tagliarla via. Per pulire questo PDF, scegli di trasformare le pagine PDF in immagini.</translation>
    </message>
    <message>
        <source>A picture in this PDF has a hidden part and is too large to be cut. To clean this PDF, choose to turn PDF pages into pictures.</source>
        <translation>Un&apos;immagine di questo PDF ha una parte nascosta ed è troppo grande per essere tagliata. Per pulire questo PDF, scegli di trasformare le pagine PDF in immagini.</translation>
    </message>
    <message>
        <source>A picture in this PDF is stored in a way that cannot be checked.</source>
        <translation>Un&apos;immagine di questo PDF è memorizzata in un modo che non permette di controllarla.</translation>
    </message>
    <message>
        <source>A picture drawn inside a page of this PDF is stored in a way that cannot be checked.</source>
        <translation>Un&apos;immagine disegnata dentro una pagina di questo PDF è memorizzata in un modo che non permette di controllarla.</translation>
    </message>
    <message>
        <source>A colour profile in this PDF is stored in a way that cannot be checked.</source>
        <translation>Un profilo colore di questo PDF è memorizzato in un modo che non permette di controllarlo.</translation>
    </message>
    <message>
        <source>A picture drawn inside a page of this PDF could not be saved again without its hidden data.</source>
        <translation>Un&apos;immagine disegnata dentro una pagina di questo PDF non si è potuta salvare di nuovo senza i suoi dati nascosti.</translation>
    </message>
    <message>
        <source>A picture in this PDF is too large once unpacked (more than {mb} MB).</source>
        <translation>Un&apos;immagine di questo PDF è troppo grande una volta decompressa (più di {mb} MB).</translation>
    </message>
    <message>
        <source>A picture drawn inside a page of this PDF is too large once unpacked (more than {mb} MB).</source>
        <translation>Un&apos;immagine disegnata dentro una pagina di questo PDF è troppo grande una volta decompressa (più di {mb} MB).</translation>
    </message>
    <message>
        <source>A page of this PDF is too large once unpacked (more than {mb} MB).</source>
        <translation>Una pagina di questo PDF è troppo grande una volta decompressa (più di {mb} MB).</translation>
    </message>
    <message>
        <source>A colour profile in this PDF is too large once unpacked (more than {mb} MB).</source>
        <translation>Un profilo colore di questo PDF è troppo grande una volta decompresso (più di {mb} MB).</translation>
    </message>
    <message>
        <source>A JPEG 2000 picture in this PDF has comments that cannot be removed.</source>
        <translation>Un&apos;immagine JPEG 2000 di questo PDF ha commenti che non si possono rimuovere.</translation>
    </message>
    <message>
        <source>There is a problem with a picture in this PDF. {problem}</source>
        <translation>C&apos;è un problema con un&apos;immagine di questo PDF. {problem}</translation>
    </message>
    <message>
        <source>There is a problem with a picture drawn inside a page of this PDF. {problem}</source>
        <translation>C&apos;è un problema con un&apos;immagine disegnata dentro una pagina di questo PDF. {problem}</translation>
    </message>
    <message>
        <source>Unpacked, this document would take more than {mb} MB: too much to be checked safely.</source>
        <translation>Decompresso, questo documento occuperebbe più di {mb} MB: troppo per essere controllato in modo sicuro.</translation>
    </message>
    <message>
        <source>A part of this document ({part}) holds an XML declaration used in attacks, so it was not opened.</source>
        <translation>Una parte di questo documento ({part}) contiene una dichiarazione XML usata negli attacchi, quindi il documento non è stato aperto.</translation>
    </message>
    <message>
        <source>There is a problem with a picture in this document ({part}). {problem}</source>
        <translation>C&apos;è un problema con un&apos;immagine in questo documento ({part}). {problem}</translation>
    </message>
    <message>
        <source>There is a problem with a document inside this document ({part}). {problem}</source>
        <translation>C&apos;è un problema con un documento dentro questo documento ({part}). {problem}</translation>
    </message>
    <message>
        <source>This document is packed in a way used to crash programs (a zip bomb), so it was not opened.</source>
        <translation>Questo documento è compresso in un modo usato per mandare in crash i programmi (una bomba zip), quindi non è stato aperto.</translation>
    </message>
    <message>
        <source>This zip file is not an OpenDocument file.</source>
        <translation>Questo file zip non è un file OpenDocument.</translation>
    </message>
    <message>
        <source>This kind of OpenDocument file is not supported.</source>
        <translation>Questo tipo di file OpenDocument non è supportato.</translation>
    </message>
    <message>
        <source>This zip file is not an Office document.</source>
        <translation>Questo file zip non è un documento Office.</translation>
    </message>
    <message>
        <source>This kind of Office document is not supported.</source>
        <translation>Questo tipo di documento Office non è supportato.</translation>
    </message>
    <message>
        <source>This is an old-style Office file (.doc, .xls, .ppt) or a document protected by a password. Open it in Office and save it as .docx, .xlsx or .pptx, without a password.</source>
        <translation>Questo è un file Office vecchio stile (.doc, .xls, .ppt) o un documento protetto da password. Aprilo in Office e salvalo come .docx, .xlsx o .pptx, senza password.</translation>
    </message>
    <message>
        <source>This document is saved as Strict Open XML, which is not supported. Save it again as an ordinary .docx, .xlsx or .pptx file.</source>
        <translation>Questo documento è salvato come Strict Open XML, che non è supportato. Salvalo di nuovo come normale file .docx, .xlsx o .pptx.</translation>
    </message>
    <message>
        <source>Part of this document&apos;s text is stored inside it as a web page or in another format, which cannot be checked. Open it in Word and save it again.</source>
        <translation>Parte del testo di questo documento è memorizzata al suo interno come pagina web o in un altro formato, che non si può controllare. Aprilo in Word e salvalo di nuovo.</translation>
    </message>
    <message>
        <source>The picture is too large to process.</source>
        <translation>L&apos;immagine è troppo grande da elaborare.</translation>
    </message>
    <message>
        <source>A cropped picture in it is too large to cut safely.</source>
        <translation>Un&apos;immagine ritagliata al suo interno è troppo grande per essere tagliata in modo sicuro.</translation>
    </message>
    <message>
        <source>Areas cannot be covered in {format} pictures.</source>
        <translation>Non si possono coprire zone nelle immagini {format}.</translation>
    </message>
    <message>
        <source>{format} files are not video clips.</source>
        <translation>I file {format} non sono clip video.</translation>
    </message>
    <message>
        <source>Covering areas makes a new copy: the original is never changed. Save copies in a folder instead.</source>
        <translation>Coprire delle zone crea una nuova copia: l&apos;originale non viene mai modificato. Salva invece le copie in una cartella.</translation>
    </message>
    <message>
        <source>This clip is turned by {degrees} degrees, which is not supported.</source>
        <translation>Questa clip è ruotata di {degrees} gradi, il che non è supportato.</translation>
    </message>
    <message>
        <source>The clip is too large to process ({size} pixels).</source>
        <translation>La clip è troppo grande da elaborare ({size} pixel).</translation>
    </message>
    <message>
        <source>This HEIF picture uses a kind of compression that is not supported ({code}).</source>
        <translation>Questa immagine HEIF usa un tipo di compressione che non è supportato ({code}).</translation>
    </message>
    <message>
        <source>The picture could not be saved as AVIF.</source>
        <translation>Impossibile salvare l&apos;immagine come AVIF.</translation>
    </message>
    <message>
        <source>This {format} file is stored in pieces, as when it is streamed. This is not supported.</source>
        <translation>Questo file {format} è memorizzato a pezzi, come quando viene trasmesso in streaming. Questo non è supportato.</translation>
    </message>
    <message>
        <source>The header of this {format} file is split up or compressed. This is not supported.</source>
        <translation>L&apos;intestazione di questo file {format} è divisa o compressa. Questo non è supportato.</translation>
    </message>
    <message>
        <source>This {format} file plays sound or pictures stored in other files. This is not supported.</source>
        <translation>Questo file {format} riproduce audio o immagini memorizzati in altri file. Questo non è supportato.</translation>
    </message>
    <message>
        <source>This {format} file is copy-protected, so it cannot be cleaned.</source>
        <translation>Questo file {format} è protetto da copia, quindi non si può pulire.</translation>
    </message>
    <message>
        <source>This {format} file is too large to clean.</source>
        <translation>Questo file {format} è troppo grande da pulire.</translation>
    </message>
    <message>
        <source>The sound of this video is stored in a way that is not supported.</source>
        <translation>L&apos;audio di questo video è memorizzato in un modo che non è supportato.</translation>
    </message>
    <message>
        <source>The sound of this video is in an old format that is not supported.</source>
        <translation>L&apos;audio di questo video è in un vecchio formato che non è supportato.</translation>
    </message>
    <message>
        <source>This M4A file also holds video, chapters or text, which cannot be cleaned here.</source>
        <translation>Questo file M4A contiene anche video, capitoli o testo, che qui non si possono pulire.</translation>
    </message>
    <message>
        <source>This is copy-protected iTunes music. Its purchase record cannot be removed without breaking it.</source>
        <translation>Questa è musica iTunes protetta da copia. I dati del suo acquisto non si possono rimuovere senza renderla inutilizzabile.</translation>
    </message>
    <message>
        <source>This FLAC file starts with an ID3 tag, which FLAC players do not expect, so it was not cleaned.</source>
        <translation>Questo file FLAC inizia con un tag ID3, che i lettori FLAC non si aspettano, quindi non è stato pulito.</translation>
    </message>
    <message>
        <source>Bare AAC sound files are not supported, only AAC inside M4A files.</source>
        <translation>I file audio AAC puri non sono supportati, solo l&apos;AAC dentro i file M4A.</translation>
    </message>
    <message>
        <source>This Ogg file holds video or a kind of sound that cannot be cleaned. Only Vorbis and Opus are supported.</source>
        <translation>Questo file Ogg contiene video o un tipo di audio che non si può pulire. Sono supportati solo Vorbis e Opus.</translation>
    </message>
    <message>
        <source>This PNG has a part that is not standard ({part}), so it was not cleaned.</source>
        <translation>Questo PNG ha una parte non standard ({part}), quindi non è stato pulito.</translation>
    </message>
    <message>
        <source>This animated PNG hides a still picture too large to replace, so it was not cleaned.</source>
        <translation>Questo PNG animato nasconde un&apos;immagine fissa troppo grande da sostituire, quindi non è stato pulito.</translation>
    </message>
    <message>
        <source>This TIFF has more than {count} pages.</source>
        <translation>Questo TIFF ha più di {count} pagine.</translation>
    </message>
    <message>
        <source>This TIFF is damaged: its picture data adds up to more than the file.</source>
        <translation>Questo TIFF è danneggiato: i suoi dati immagine in totale superano la dimensione del file.</translation>
    </message>
    <message>
        <source>The first page of this TIFF is only a preview. Such TIFF files are not supported.</source>
        <translation>La prima pagina di questo TIFF è solo un&apos;anteprima. I file TIFF di questo tipo non sono supportati.</translation>
    </message>
    <message>
        <source>The clean TIFF would be larger than 4 GB.</source>
        <translation>Il TIFF pulito supererebbe i 4 GB.</translation>
    </message>
    <message>
        <source>a crop hid part of the picture</source>
        <extracomment>Why the photo was saved again, in &quot;The photo was saved again at high quality ({reason}).&quot;</extracomment>
        <translation>un ritaglio nascondeva parte dell&apos;immagine</translation>
    </message>
    <message>
        <source>colours under its see-through areas could hide a picture</source>
        <extracomment>Why the photo was saved again, in &quot;The photo was saved again at high quality ({reason}).&quot;</extracomment>
        <translation>i colori sotto le sue zone trasparenti potevano nascondere un&apos;immagine</translation>
    </message>
    <message>
        <source>it is made of layers that can cover one another</source>
        <extracomment>Why the photo was saved again, in &quot;The photo was saved again at high quality ({reason}).&quot;</extracomment>
        <translation>è composta da livelli che possono coprirsi a vicenda</translation>
    </message>
    <message>
        <source>its tiles do not fit together in a regular grid</source>
        <extracomment>Why the photo was saved again, in &quot;The photo was saved again at high quality ({reason}).&quot;</extracomment>
        <translation>i suoi riquadri non formano una griglia regolare</translation>
    </message>
    <message>
        <source>whole tiles of its picture were hidden</source>
        <extracomment>Why the photo was saved again, in &quot;The photo was saved again at high quality ({reason}).&quot;</extracomment>
        <translation>interi riquadri della sua immagine erano nascosti</translation>
    </message>
    <message>
        <source>its picture is stored in another file</source>
        <extracomment>Why the photo was saved again, in &quot;The photo was saved again at high quality ({reason}).&quot;</extracomment>
        <translation>la sua immagine è memorizzata in un altro file</translation>
    </message>
    <message>
        <source>its picture is built from data stored elsewhere in the file</source>
        <extracomment>Why the photo was saved again, in &quot;The photo was saved again at high quality ({reason}).&quot;</extracomment>
        <translation>la sua immagine è costruita con dati memorizzati altrove nel file</translation>
    </message>
    <message>
        <source>its picture data is not where it should be in the file</source>
        <extracomment>Why the photo was saved again, in &quot;The photo was saved again at high quality ({reason}).&quot;</extracomment>
        <translation>i dati della sua immagine non sono dove dovrebbero essere nel file</translation>
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
        <translation>{count} elementi</translation>
    </message>
    <message>
        <source>in the file name: {shown}</source>
        <translation>nel nome del file: {shown}</translation>
    </message>
    <message>
        <source>{values} and {count} more</source>
        <translation>{values} e altri {count}</translation>
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
        <translation>numero di serie {number}</translation>
    </message>
</context>
<context>
    <name>words</name>
    <message>
        <source>location</source>
        <translation>posizione</translation>
    </message>
    <message>
        <source>phone/camera</source>
        <translation>telefono/fotocamera</translation>
    </message>
    <message>
        <source>your name</source>
        <translation>il tuo nome</translation>
    </message>
    <message>
        <source>date</source>
        <translation>data</translation>
    </message>
    <message>
        <source>hidden extra image/video</source>
        <translation>immagine/video extra nascosto</translation>
    </message>
    <message>
        <source>editing history</source>
        <translation>cronologia delle modifiche</translation>
    </message>
    <message>
        <source>other hidden data</source>
        <translation>altri dati nascosti</translation>
    </message>
    <message>
        <source>Reveals where it was taken or made</source>
        <translation>Rivela dove è stato scattato o creato</translation>
    </message>
    <message>
        <source>Identifies your phone or camera</source>
        <translation>Identifica il tuo telefono o la tua fotocamera</translation>
    </message>
    <message>
        <source>Contains a name</source>
        <translation>Contiene un nome</translation>
    </message>
    <message>
        <source>Tells when it was taken or made</source>
        <translation>Dice quando è stato scattato o creato</translation>
    </message>
    <message>
        <source>Hides an extra picture, video or file</source>
        <translation>Nasconde un&apos;immagine, un video o un file in più</translation>
    </message>
    <message>
        <source>Shows editing history or the apps used</source>
        <translation>Mostra la cronologia delle modifiche o le app usate</translation>
    </message>
    <message>
        <source>Other hidden data</source>
        <translation>Altri dati nascosti</translation>
    </message>
    <message>
        <source>Location</source>
        <translation>Posizione</translation>
    </message>
    <message>
        <source>Phone or camera</source>
        <translation>Telefono o fotocamera</translation>
    </message>
    <message>
        <source>Names</source>
        <translation>Nomi</translation>
    </message>
    <message>
        <source>Date and time</source>
        <translation>Data e ora</translation>
    </message>
    <message>
        <source>Hidden extras</source>
        <translation>Extra nascosti</translation>
    </message>
    <message>
        <source>Apps and editing</source>
        <translation>App e modifiche</translation>
    </message>
    <message>
        <source>Other data</source>
        <translation>Altri dati</translation>
    </message>
    <message>
        <source>Cleaned</source>
        <translation>Pulito</translation>
    </message>
    <message>
        <source>Nothing to remove</source>
        <translation>Niente da rimuovere</translation>
    </message>
    <message>
        <source>Not supported</source>
        <translation>Non supportato</translation>
    </message>
    <message>
        <source>Could not be cleaned</source>
        <translation>Impossibile pulirlo</translation>
    </message>
    <message>
        <source>Cancelled</source>
        <translation>Annullato</translation>
    </message>
    <message>
        <source>removed: {what}</source>
        <translation>rimosso: {what}</translation>
    </message>
    <message>
        <source>still in the copy: {what}</source>
        <translation>ancora nella copia: {what}</translation>
    </message>
    <message>
        <source>This file is damaged or incomplete.</source>
        <translation>Questo file è danneggiato o incompleto.</translation>
    </message>
    <message>
        <source>This type of file is not supported yet.</source>
        <translation>Questo tipo di file non è ancora supportato.</translation>
    </message>
    <message>
        <source>This file cannot be found or is not a normal file.</source>
        <translation>Questo file non si trova o non è un file normale.</translation>
    </message>
    <message>
        <source>Scrubber cannot clean this file safely (for example it is too large or protected by a password).</source>
        <translation>Scrubber non può pulire questo file in modo sicuro (per esempio è troppo grande o protetto da password).</translation>
    </message>
    <message>
        <source>The copy could not be written (is the disk full or the folder read-only?)</source>
        <translation>Impossibile scrivere la copia (il disco è pieno o la cartella è di sola lettura?)</translation>
    </message>
    <message>
        <source>The copy still contained identifying data, so it was deleted.</source>
        <translation>La copia conteneva ancora dati identificativi, quindi è stata eliminata.</translation>
    </message>
    <message>
        <source>Not done: cleaning was cancelled.</source>
        <translation>Non fatto: la pulizia è stata annullata.</translation>
    </message>
    <message>
        <source>The areas to cover do not fit this picture, so nothing was written.</source>
        <translation>Le zone da coprire non corrispondono a questa immagine, quindi non è stato scritto nulla.</translation>
    </message>
    <message>
        <source>Finding faces automatically does not work on this computer.</source>
        <translation>Su questo computer il riconoscimento automatico dei volti non funziona.</translation>
    </message>
    <message>
        <source>Photos with areas to cover or a weakened camera fingerprint need a copy: turn off “Replace the originals”.</source>
        <translation>Le foto con zone da coprire o con l&apos;impronta della fotocamera indebolita hanno bisogno di una copia: disattiva “Sostituisci gli originali”.</translation>
    </message>
    <message>
        <source>This is a link to another file or folder; it was not followed.</source>
        <translation>Questo è un collegamento a un altro file o cartella; non è stato seguito.</translation>
    </message>
    <message>
        <source>There is not enough memory to clean this file.</source>
        <translation>Non c&apos;è abbastanza memoria per pulire questo file.</translation>
    </message>
    <message>
        <source>This file made Scrubber&apos;s reader crash (the file may be damaged). It was not cleaned.</source>
        <translation>Questo file ha fatto bloccare il lettore di Scrubber (il file potrebbe essere danneggiato). Non è stato pulito.</translation>
    </message>
    <message>
        <source>Reading this file took far too long (it may be damaged), so it was stopped. It was not cleaned.</source>
        <translation>La lettura di questo file ha richiesto troppo tempo (potrebbe essere danneggiato), quindi è stata interrotta. Il file non è stato pulito.</translation>
    </message>
    <message>
        <source>Something went wrong in Scrubber with this file. Nothing was written.</source>
        <translation>In Scrubber qualcosa è andato storto con questo file. Non è stato scritto nulla.</translation>
    </message>
</context>
</TS>
