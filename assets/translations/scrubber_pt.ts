<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="pt_BR">
<context>
    <name>BatchModel</name>
    <message>
        <source>File</source>
        <translation>Arquivo</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>Tipo</translation>
    </message>
    <message>
        <source>What it reveals</source>
        <translation>O que revela</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Situação</translation>
    </message>
    <message>
        <source>nothing found</source>
        <translation>nada encontrado</translation>
    </message>
    <message>
        <source>Link: not followed</source>
        <translation>Link: não seguido</translation>
    </message>
    <message>
        <source>Checking…</source>
        <translation>Verificando…</translation>
    </message>
    <message>
        <source>Not supported</source>
        <translation>Tipo não compatível</translation>
    </message>
    <message>
        <source>Could not be read</source>
        <translation>Não foi possível ler</translation>
    </message>
    <message>
        <source>Cleaning… {percent}%</source>
        <translation>Limpando… {percent}%</translation>
    </message>
    <message>
        <source>Cleaning…</source>
        <translation>Limpando…</translation>
    </message>
    <message>
        <source>Ready; areas to cover: {count}</source>
        <translation>Pronto; áreas a cobrir: {count}</translation>
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
        <translation>&amp;Tempo no vídeo</translation>
    </message>
    <message>
        <source>Time in the clip</source>
        <translation>Tempo no vídeo</translation>
    </message>
    <message>
        <source>Frame of the clip</source>
        <translation>Quadro do vídeo</translation>
    </message>
    <message>
        <source>From this f&amp;rame</source>
        <translation>A partir deste &amp;quadro</translation>
    </message>
    <message>
        <source>The selected areas (or all) are covered from this frame on</source>
        <translation>As áreas escolhidas (ou todas) são cobertas a partir deste quadro</translation>
    </message>
    <message>
        <source>Until t&amp;his frame</source>
        <translation>&amp;Até este quadro</translation>
    </message>
    <message>
        <source>The selected areas (or all) are covered up to this frame</source>
        <translation>As áreas escolhidas (ou todas) são cobertas até este quadro</translation>
    </message>
    <message>
        <source>Whole cli&amp;p</source>
        <translation>O &amp;vídeo inteiro</translation>
    </message>
    <message>
        <source>The selected areas (or all) are covered in every frame</source>
        <translation>As áreas escolhidas (ou todas) são cobertas em todos os quadros</translation>
    </message>
    <message>
        <source>{name} ({start} to {end} s)</source>
        <translation>{name} (de {start} a {end} s)</translation>
    </message>
    <message>
        <source>Areas cover every frame of the clip. Faces move: to cover them in every frame, turn on “Cover the faces found in photos and clips” in the main window.</source>
        <translation>As áreas cobrem todos os quadros do vídeo. Os rostos se movem: para cobri-los em cada quadro, ative “Cobrir os rostos encontrados nas fotos e vídeos” na janela principal.</translation>
    </message>
    <message>
        <source>Face detection is not available ({reason}).</source>
        <translation>A detecção de rostos não está disponível ({reason}).</translation>
    </message>
    <message>
        <source>Looking for faces…</source>
        <translation>Procurando rostos…</translation>
    </message>
    <message>
        <source>Faces seen in this frame (dashed outlines): {count}.</source>
        <translation>Rostos vistos neste quadro (contornos tracejados): {count}.</translation>
    </message>
</context>
<context>
    <name>DetailsPane</name>
    <message>
        <source>Details: {detail}</source>
        <translation>Detalhes: {detail}</translation>
    </message>
    <message>
        <source>Details of the selected file</source>
        <translation>Detalhes do arquivo selecionado</translation>
    </message>
    <message>
        <source>File type</source>
        <translation>Tipo de arquivo</translation>
    </message>
    <message>
        <source>Before</source>
        <translation>Antes</translation>
    </message>
    <message>
        <source>After</source>
        <translation>Depois</translation>
    </message>
    <message>
        <source>Picture before cleaning</source>
        <translation>Imagem antes da limpeza</translation>
    </message>
    <message>
        <source>Picture of the clean copy</source>
        <translation>Imagem da cópia limpa</translation>
    </message>
    <message>
        <source>Before: what the file gives away</source>
        <translation>Antes: o que o arquivo revela</translation>
    </message>
    <message>
        <source>After: the clean copy</source>
        <translation>Depois: a cópia limpa</translation>
    </message>
    <message>
        <source>Something that could identify you is still in the copy. Do not post it. The list below shows what remains.</source>
        <translation>A cópia ainda tem algo que pode identificar você. Não a publique. A lista abaixo mostra o que ficou.</translation>
    </message>
    <message>
        <source>Found in the file before cleaning</source>
        <translation>Encontrado no arquivo antes da limpeza</translation>
    </message>
    <message>
        <source>The clean copy: what was removed and what remains</source>
        <translation>A cópia limpa: o que foi removido e o que ficou</translation>
    </message>
    <message>
        <source>What</source>
        <translation>O quê</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>Valor</translation>
    </message>
    <message>
        <source>Select a file in the list to see what it gives away.</source>
        <translation>Selecione um arquivo na lista para ver o que ele revela.</translation>
    </message>
    <message>
        <source>Technical details: every tag and value</source>
        <translation>Detalhes técnicos: cada etiqueta e seu valor</translation>
    </message>
    <message>
        <source>Result</source>
        <translation>Resultado</translation>
    </message>
    <message>
        <source>Areas to cover</source>
        <translation>Áreas a cobrir</translation>
    </message>
    <message>
        <source>Details of the problem</source>
        <translation>Detalhes do problema</translation>
    </message>
    <message>
        <source>1 area will be covered</source>
        <translation>1 área será coberta</translation>
    </message>
    <message>
        <source>{count} areas will be covered</source>
        <translation>{count} áreas serão cobertas</translation>
    </message>
    <message>
        <source>Checking this file…</source>
        <translation>Verificando este arquivo…</translation>
    </message>
    <message>
        <source>Nothing found that could identify you.</source>
        <translation>Nada encontrado que possa identificar você.</translation>
    </message>
    <message>
        <source>1 thing found that could identify you.</source>
        <translation>1 item encontrado que pode identificar você.</translation>
    </message>
    <message>
        <source>{count} things found that could identify you.</source>
        <translation>{count} itens encontrados que podem identificar você.</translation>
    </message>
    <message>
        <source>No clean copy can be made because the file could not be read.</source>
        <translation>Não é possível fazer uma cópia limpa porque o arquivo não pôde ser lido.</translation>
    </message>
    <message>
        <source>Cleaning…</source>
        <translation>Limpando…</translation>
    </message>
    <message>
        <source>Not cleaned yet. Press Clean to make a safe copy.</source>
        <translation>Ainda não foi limpo. Clique em Limpar para fazer uma cópia segura.</translation>
    </message>
    <message>
        <source>Saved as: {name}</source>
        <translation>Salvo como: {name}</translation>
    </message>
    <message>
        <source>Faces found and covered: {count}. Check the picture of the copy.</source>
        <translation>Rostos encontrados e cobertos: {count}. Verifique a imagem da cópia.</translation>
    </message>
    <message>
        <source>Checked again: nothing that could identify you was found.</source>
        <translation>Verificado de novo: nada que possa identificar você foi encontrado.</translation>
    </message>
    <message>
        <source>Still in the copy</source>
        <translation>Ainda na cópia</translation>
    </message>
    <message>
        <source>Removed</source>
        <translation>Removido</translation>
    </message>
    <message>
        <source>still in the copy</source>
        <translation>ainda na cópia</translation>
    </message>
    <message>
        <source>removed</source>
        <translation>removido</translation>
    </message>
    <message>
        <source>removed, not checked</source>
        <translation>removido, sem nova verificação</translation>
    </message>
    <message>
        <source>What the clean copy no longer gives away</source>
        <translation>O que a cópia limpa não revela mais</translation>
    </message>
    <message>
        <source>will be removed</source>
        <translation>será removido</translation>
    </message>
    <message>
        <source>not removed</source>
        <translation>não removido</translation>
    </message>
    <message>
        <source>What the file gives away</source>
        <translation>O que o arquivo revela</translation>
    </message>
    <message>
        <source>kept</source>
        <translation>mantido</translation>
    </message>
    <message>
        <source>Good to know:</source>
        <translation>Bom saber:</translation>
    </message>
    <message>
        <source>which way up the photo is</source>
        <translation>a orientação da foto</translation>
    </message>
    <message>
        <source>a standard colour profile</source>
        <translation>um perfil de cor padrão</translation>
    </message>
    <message>
        <source>harmless technical data</source>
        <translation>dados técnicos inofensivos</translation>
    </message>
    <message>
        <source>Hide technical details</source>
        <translation>Ocultar detalhes técnicos</translation>
    </message>
    <message>
        <source>Show technical details</source>
        <translation>Mostrar detalhes técnicos</translation>
    </message>
    <message>
        <source>Kept: needed to show the photo the right way up</source>
        <translation>Mantido: necessário para mostrar a foto na posição certa</translation>
    </message>
    <message>
        <source>Kept: a standard colour profile, so colours look right</source>
        <translation>Mantido: um perfil de cor padrão, para as cores aparecerem certas</translation>
    </message>
    <message>
        <source>Kept</source>
        <translation>Mantido</translation>
    </message>
    <message>
        <source>Loading preview…</source>
        <translation>Carregando a prévia…</translation>
    </message>
    <message>
        <source>No preview for this kind of file</source>
        <translation>Sem prévia para este tipo de arquivo</translation>
    </message>
    <message>
        <source>This picture could not be read: the file may be damaged</source>
        <translation>Não foi possível ler esta imagem: o arquivo pode estar danificado</translation>
    </message>
    <message>
        <source>The clean copy will appear here</source>
        <translation>A cópia limpa vai aparecer aqui</translation>
    </message>
    <message>
        <source>No copy was made</source>
        <translation>Nenhuma cópia foi feita</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>Scrubber: remove hidden data from photos</source>
        <translation>Scrubber: remova os dados ocultos das suas fotos</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Arquivo</translation>
    </message>
    <message>
        <source>&amp;Language</source>
        <translation>&amp;Idioma</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>Aj&amp;uda</translation>
    </message>
    <message>
        <source>&amp;Add files…</source>
        <translation>Adicionar a&amp;rquivos…</translation>
    </message>
    <message>
        <source>Add fold&amp;er…</source>
        <translation>Adicionar &amp;pasta…</translation>
    </message>
    <message>
        <source>Remo&amp;ve from list</source>
        <translation>Re&amp;mover da lista</translation>
    </message>
    <message>
        <source>H&amp;ide faces and areas…</source>
        <translation>&amp;Esconder rostos e áreas…</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Sair</translation>
    </message>
    <message>
        <source>&amp;Clean</source>
        <translation>&amp;Limpar</translation>
    </message>
    <message>
        <source>Ca&amp;ncel</source>
        <translation>Ca&amp;ncelar</translation>
    </message>
    <message>
        <source>&amp;Why this matters</source>
        <translation>Por &amp;que isso é importante</translation>
    </message>
    <message>
        <source>&amp;About Scrubber</source>
        <translation>&amp;Sobre o Scrubber</translation>
    </message>
    <message>
        <source>Add files</source>
        <translation>Adicionar arquivos</translation>
    </message>
    <message>
        <source>Add a folder</source>
        <translation>Adicionar uma pasta</translation>
    </message>
    <message>
        <source>Why this matters</source>
        <translation>Por que isso é importante</translation>
    </message>
    <message>
        <source>Hide faces and areas</source>
        <translation>Esconder rostos e áreas</translation>
    </message>
    <message>
        <source>Remove the selected files</source>
        <translation>Remover da lista os arquivos selecionados</translation>
    </message>
    <message>
        <source>Clear the list</source>
        <translation>Esvaziar a lista</translation>
    </message>
    <message>
        <source>or drop photos and folders onto the list below.</source>
        <translation>ou arraste fotos e pastas para a lista abaixo.</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Idioma</translation>
    </message>
    <message>
        <source>Files to clean</source>
        <translation>Arquivos a limpar</translation>
    </message>
    <message>
        <source>Drop photos or folders here.

Scrubber shows what each file gives away about you, then writes clean copies. Your originals are not changed.</source>
        <translation>Arraste fotos ou pastas para cá.

O Scrubber mostra o que cada arquivo revela sobre você e depois salva cópias limpas. Seus originais não são alterados.</translation>
    </message>
    <message>
        <source>Details of the selected file</source>
        <translation>Detalhes do arquivo selecionado</translation>
    </message>
    <message>
        <source>Photos and pictures ({patterns})</source>
        <translation>Fotos e imagens ({patterns})</translation>
    </message>
    <message>
        <source>Sound recordings ({patterns})</source>
        <translation>Gravações de áudio ({patterns})</translation>
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
        <translation>Arquivos que o Scrubber pode limpar ({patterns})</translation>
    </message>
    <message>
        <source>All files (*)</source>
        <translation>Todos os arquivos (*)</translation>
    </message>
    <message>
        <source>Remo&amp;ve</source>
        <translation>Re&amp;mover</translation>
    </message>
    <message>
        <source>Clear lis&amp;t</source>
        <translation>Esva&amp;ziar a lista</translation>
    </message>
    <message>
        <source>Cover faces, tattoos or anything else in the selected photo or clip (Enter)</source>
        <translation>Cobrir rostos, tatuagens ou qualquer outra coisa na foto ou vídeo selecionado (Enter)</translation>
    </message>
    <message>
        <source>Language:</source>
        <translation>Idioma:</translation>
    </message>
    <message>
        <source>Add files to clean</source>
        <translation>Adicionar arquivos para limpar</translation>
    </message>
    <message>
        <source>Add a folder to clean</source>
        <translation>Adicionar uma pasta para limpar</translation>
    </message>
    <message>
        <source>About Scrubber</source>
        <translation>Sobre o Scrubber</translation>
    </message>
    <message>
        <source>Scrubber {version}

Removes hidden data from photos. Works offline: nothing is ever sent anywhere, and no list of your files is kept.</source>
        <translation>Scrubber {version}

Remove os dados ocultos das fotos. Funciona sem internet: nada é enviado para lugar nenhum, e nenhuma lista dos seus arquivos é guardada.</translation>
    </message>
    <message>
        <source>Replace the original files?</source>
        <translation>Substituir os arquivos originais?</translation>
    </message>
    <message>
        <source>Your original files will be overwritten with the cleaned versions. This cannot be undone: the originals, with everything they contain, will be gone.

Photos with areas to cover still need a copy.

Replace the originals?</source>
        <translation>Seus arquivos originais serão substituídos pelas versões limpas. Isso não pode ser desfeito: os originais, com tudo o que contêm, vão desaparecer.

Fotos com áreas a cobrir não podem ser substituídas: elas precisam de uma cópia.

Substituir os originais?</translation>
    </message>
    <message>
        <source>Choose where to save the clean copies</source>
        <translation>Escolha onde salvar as cópias limpas</translation>
    </message>
    <message>
        <source>Every file in the list has been cleaned already.</source>
        <translation>Todos os arquivos da lista já foram limpos.</translation>
    </message>
    <message>
        <source>Cannot create the output folder</source>
        <translation>Não foi possível criar a pasta de destino</translation>
    </message>
    <message>
        <source>The clean copies cannot be saved there ({reason}). Choose another folder with “Choose…”.</source>
        <translation>Não é possível salvar as cópias limpas aí ({reason}). Escolha outra pasta com “Escolher…”.</translation>
    </message>
    <message>
        <source>Cleaning…</source>
        <translation>Limpando…</translation>
    </message>
    <message>
        <source>Stopping: files being cleaned now are left as they were…</source>
        <translation>Parando: os arquivos que estão sendo limpos agora ficam como estavam…</translation>
    </message>
</context>
<context>
    <name>OptionsBox</name>
    <message>
        <source>Options</source>
        <translation>Opções</translation>
    </message>
    <message>
        <source>({count} on)</source>
        <translation>(ativadas: {count})</translation>
    </message>
    <message>
        <source>&amp;More options</source>
        <translation>Mais &amp;opções</translation>
    </message>
    <message>
        <source>More options</source>
        <translation>Mais opções</translation>
    </message>
    <message>
        <source>Show or hide the options for the copies</source>
        <translation>Mostrar ou ocultar as opções das cópias</translation>
    </message>
    <message>
        <source>&amp;Give the copies random file names</source>
        <translation>Dar às cópias nomes de arquivo alea&amp;tórios</translation>
    </message>
    <message>
        <source>File names from phones often contain the date and time the photo was taken.</source>
        <translation>Os nomes de arquivo do celular muitas vezes trazem a data e a hora em que a foto foi tirada.</translation>
    </message>
    <message>
        <source>&amp;Keep file names that show the date or the phone</source>
        <translation>Manter os nomes de arquivo (podem exi&amp;bir a data ou o telefone)</translation>
    </message>
    <message>
        <source>Off: a copy of a file named like IMG_20240611_143207.jpg gets a name like photo-1f0c9a2e.jpg instead, so its name does not show when it was taken or with which phone.</source>
        <translation>Desmarcado: a cópia de um arquivo chamado, por exemplo, IMG_20240611_143207.jpg recebe um nome como photo-1f0c9a2e.jpg, para que o nome não mostre quando foi tirada nem com qual telefone.</translation>
    </message>
    <message>
        <source>Convert HEIC photos to &amp;JPEG</source>
        <translation>Converter fotos HEIC para &amp;JPEG</translation>
    </message>
    <message>
        <source>Remove colour &amp;profiles (colours may shift slightly)</source>
        <translation>Remover per&amp;fis de cor (as cores podem mudar um pouco)</translation>
    </message>
    <message>
        <source>T&amp;urn PDF pages into pictures (strongest; text can no longer be selected)</source>
        <translation>Transformar as páginas do PDF em imagens (o mais seguro; o te&amp;xto não poderá mais ser selecionado)</translation>
    </message>
    <message>
        <source>Removes everything hidden in a PDF&apos;s text and drawings too. The copy is larger and its text cannot be searched or copied.</source>
        <translation>Remove também tudo o que fica escondido no texto e nos desenhos do PDF. A cópia fica maior e o texto não pode mais ser pesquisado nem copiado.</translation>
    </message>
    <message>
        <source>Cover the faces found in photos and clips (check each cop&amp;y)</source>
        <translation>Cobrir os rostos encontrados nas fotos e vídeos (&amp;verifique cada cópia)</translation>
    </message>
    <message>
        <source>Faces found automatically are covered in black in the copies. Detection can miss faces: look at each copy&apos;s picture in the details.</source>
        <translation>Os rostos encontrados automaticamente são cobertos de preto nas cópias. A detecção pode deixar rostos passar: veja a imagem de cada cópia nos detalhes.</translation>
    </message>
    <message>
        <source>&amp;Quick face search (misses small faces)</source>
        <translation>Busca rápida de rostos (não ac&amp;ha rostos pequenos)</translation>
    </message>
    <message>
        <source>Faster, but faces smaller than about 60 pixels in a large photo are not found. Used here and in Hide faces and areas.</source>
        <translation>Mais rápida, mas rostos com menos de uns 60 pixels numa foto grande não são encontrados. Usada aqui e em Esconder rostos e áreas.</translation>
    </message>
    <message>
        <source>Remove hidden slides, sheets and te&amp;xt, and speaker notes, from documents</source>
        <translation>Remover slides, planilhas e textos ocultos, e anota&amp;ções do apresentador, dos documentos</translation>
    </message>
    <message>
        <source>Documents can hold slides, sheets and text that are not shown, and notes only the speaker sees. Without this they are kept, and the summary says where they are.</source>
        <translation>Documentos podem conter slides, planilhas e textos que não aparecem, e notas que só quem apresenta vê. Sem esta opção eles são mantidos, e o resumo diz onde estão.</translation>
    </message>
    <message>
        <source>Weaken the camera fingerprint in photos (saved again, a &amp;bit smaller)</source>
        <translation>Enfraquecer a impress&amp;ão digital da câmera nas fotos (reduz um pouco o tamanho)</translation>
    </message>
    <message>
        <source>Every camera leaves a faint pattern in its photos that can link them to each other. This softens each photo slightly and makes it 3% smaller: the pattern gets weaker, but it is not removed. Photos are saved again instead of copied unchanged.</source>
        <translation>Cada câmera deixa nas fotos um padrão bem fraco que pode ligar umas às outras. Esta opção suaviza um pouco cada foto e a deixa 3% menor: o padrão fica mais fraco, mas não some. As fotos são salvas de novo em vez de copiadas sem mudança.</translation>
    </message>
    <message>
        <source>&amp;Replace the originals (no copies; cannot be undone)</source>
        <translation>Substituir os ori&amp;ginais (sem cópias; não pode ser desfeito)</translation>
    </message>
</context>
<context>
    <name>OutputBox</name>
    <message>
        <source>Save clean copies in:</source>
        <translation>Salvar as cópias limpas em:</translation>
    </message>
    <message>
        <source>Output folder</source>
        <translation>Pasta de destino</translation>
    </message>
    <message>
        <source>Choo&amp;se…</source>
        <translation>Es&amp;colher…</translation>
    </message>
    <message>
        <source>Choose the output folder</source>
        <translation>Escolher a pasta de destino</translation>
    </message>
    <message>
        <source>Use &amp;default</source>
        <translation>U&amp;sar a padrão</translation>
    </message>
    <message>
        <source>Use the default output folder</source>
        <translation>Usar a pasta de destino padrão</translation>
    </message>
    <message>
        <source>The original files will be replaced.</source>
        <translation>Os arquivos originais serão substituídos.</translation>
    </message>
    <message>
        <source>The folder “{name}” next to the originals, with the copies made so far.</source>
        <translation>A pasta “{name}” ao lado dos originais, com as cópias feitas até agora.</translation>
    </message>
    <message>
        <source>A new folder next to the originals, named “{name}”.</source>
        <translation>Uma pasta nova ao lado dos originais, chamada “{name}”.</translation>
    </message>
</context>
<context>
    <name>QAbstractFileIconProvider</name>
    <message>
        <source>Drive</source>
        <translation>Drive</translation>
    </message>
    <message>
        <source>Folder</source>
        <translation>Pasta</translation>
    </message>
</context>
<context>
    <name>QFileDialog</name>
    <message>
        <source>%1
Directory not found.
Please verify the correct directory name was given.</source>
        <translation>%1
Pasta não encontrada.
Verifique se foi indicado um nome correto para a pasta.</translation>
    </message>
    <message>
        <source>%1
File not found.
Please verify the correct file name was given.</source>
        <translation>%1
Arquivo não encontrado.
Verifique se foi indicado um nome correto para o arquivo.</translation>
    </message>
    <message>
        <source>&amp;Choose</source>
        <translation>Es&amp;colher</translation>
    </message>
    <message>
        <source>&amp;Delete</source>
        <translation>E&amp;xcluir</translation>
    </message>
    <message>
        <source>&amp;Look in:</source>
        <translation>&amp;Procurar em:</translation>
    </message>
    <message>
        <source>&amp;New Folder</source>
        <translation>&amp;Nova pasta</translation>
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
        <translation>&amp;Renomear</translation>
    </message>
    <message>
        <source>All Files (*)</source>
        <translation>Todos os arquivos (*)</translation>
    </message>
    <message>
        <source>Are you sure you want to delete &apos;%1&apos;?</source>
        <translation>Deseja realmente excluir &apos;%1&apos;?</translation>
    </message>
    <message>
        <source>Back</source>
        <translation>Voltar</translation>
    </message>
    <message>
        <source>Change to detail view mode</source>
        <translation>Alterar para o modo de exibição detalhada</translation>
    </message>
    <message>
        <source>Change to list view mode</source>
        <translation>Alterar para o modo de exibição em lista</translation>
    </message>
    <message>
        <source>Create New Folder</source>
        <translation>Criar nova pasta</translation>
    </message>
    <message>
        <source>Create a New Folder</source>
        <translation>Cria uma nova pasta</translation>
    </message>
    <message>
        <source>Detail View</source>
        <translation>Exibição detalhada</translation>
    </message>
    <message>
        <source>Directories</source>
        <translation>Pastas</translation>
    </message>
    <message>
        <source>Directory:</source>
        <translation>Pasta:</translation>
    </message>
    <message>
        <source>File &amp;name:</source>
        <translation>&amp;Nome do arquivo:</translation>
    </message>
    <message>
        <source>Files</source>
        <translation>Arquivos</translation>
    </message>
    <message>
        <source>Files of &amp;type:</source>
        <translation>Arquivos do &amp;tipo:</translation>
    </message>
    <message>
        <source>Forward</source>
        <translation>Avançar</translation>
    </message>
    <message>
        <source>Go back</source>
        <translation>Voltar</translation>
    </message>
    <message>
        <source>Go forward</source>
        <translation>Avançar</translation>
    </message>
    <message>
        <source>Go to the parent directory</source>
        <translation>Ir para a pasta superior</translation>
    </message>
    <message>
        <source>List View</source>
        <translation>Exibição em lista</translation>
    </message>
    <message>
        <source>List of places and bookmarks</source>
        <translation>Lista de locais e favoritos</translation>
    </message>
    <message>
        <source>Parent Directory</source>
        <translation>Pasta superior</translation>
    </message>
    <message>
        <source>Show &amp;hidden files</source>
        <translation>Mostrar arquivos &amp;ocultos</translation>
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
        <translation>Computador</translation>
    </message>
    <message>
        <source>Date Modified</source>
        <translation>Data de modificação</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nome</translation>
    </message>
    <message>
        <source>Size</source>
        <translation>Tamanho</translation>
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
        <translation>C&amp;olar</translation>
    </message>
    <message>
        <source>&amp;Redo</source>
        <translation>&amp;Refazer</translation>
    </message>
    <message>
        <source>&amp;Undo</source>
        <translation>&amp;Desfazer</translation>
    </message>
    <message>
        <source>Cu&amp;t</source>
        <translation>Recor&amp;tar</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Excluir</translation>
    </message>
    <message>
        <source>Select All</source>
        <translation>Selecionar tudo</translation>
    </message>
</context>
<context>
    <name>QMessageBox</name>
    <message>
        <source>Show Details...</source>
        <translation>Mostrar detalhes...</translation>
    </message>
</context>
<context>
    <name>QPlatformTheme</name>
    <message>
        <source>&amp;No</source>
        <translation>&amp;Não</translation>
    </message>
    <message>
        <source>&amp;Yes</source>
        <translation>&amp;Sim</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Cancelar</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Fechar</translation>
    </message>
    <message>
        <source>OK</source>
        <translation>OK</translation>
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
        <translation>Pressione Esc de novo para fechar sem as suas alterações, ou Enter para usá-las.</translation>
    </message>
    <message>
        <source>Hide faces and areas — {name}</source>
        <translation>Esconder rostos e áreas — {name}</translation>
    </message>
    <message>
        <source>Select and move</source>
        <translation>Selecionar e mover</translation>
    </message>
    <message>
        <source>Rectangle</source>
        <translation>Retângulo</translation>
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
        <translation>Adicionar área</translation>
    </message>
    <message>
        <source>Add an area in the middle of the view, to move with the arrow keys (N)</source>
        <translation>Adiciona uma área no centro da visualização, para mover com as setas (N)</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Excluir</translation>
    </message>
    <message>
        <source>Del</source>
        <translation>Del</translation>
    </message>
    <message>
        <source>Undo</source>
        <translation>Desfazer</translation>
    </message>
    <message>
        <source>Redo</source>
        <translation>Refazer</translation>
    </message>
    <message>
        <source>Zoom out</source>
        <translation>Diminuir zoom</translation>
    </message>
    <message>
        <source>Zoom in</source>
        <translation>Aumentar zoom</translation>
    </message>
    <message>
        <source>Fit</source>
        <translation>Ajustar</translation>
    </message>
    <message>
        <source>Preview</source>
        <translation>Prévia</translation>
    </message>
    <message>
        <source>Show exactly what will be written (P)</source>
        <translation>Mostrar exatamente o que será salvo (P)</translation>
    </message>
    <message>
        <source>Brush &amp;width</source>
        <translation>&amp;Espessura do pincel</translation>
    </message>
    <message>
        <source>Brush width</source>
        <translation>Espessura do pincel</translation>
    </message>
    <message>
        <source>Drawing tools</source>
        <translation>Ferramentas de desenho</translation>
    </message>
    <message>
        <source>Undo, zoom and preview</source>
        <translation>Desfazer, zoom e prévia</translation>
    </message>
    <message>
        <source>Photo</source>
        <translation>Foto</translation>
    </message>
    <message>
        <source>Draw areas to cover with the mouse or the keyboard. Ctrl and the mouse wheel zoom; hold Space to pan.</source>
        <translation>Desenhe com o mouse ou o teclado as áreas a cobrir. Ctrl e a roda do mouse dão zoom; segure Espaço para arrastar a imagem.</translation>
    </message>
    <message>
        <source>&amp;Areas to cover (untick to leave uncovered)</source>
        <translation>Á&amp;reas a cobrir (desmarque para não cobrir)</translation>
    </message>
    <message>
        <source>Areas to cover</source>
        <translation>Áreas a cobrir</translation>
    </message>
    <message>
        <source>Automatic detection can miss faces — check every face yourself, including faces in mirrors, pictures and screens.</source>
        <translation>A detecção automática pode deixar rostos passarem — confira cada rosto com os próprios olhos, inclusive em espelhos, quadros e telas.</translation>
    </message>
    <message>
        <source>Find &amp;small faces</source>
        <translation>Procurar rostos &amp;pequenos</translation>
    </message>
    <message>
        <source>Find small faces</source>
        <translation>Procurar rostos pequenos</translation>
    </message>
    <message>
        <source>Look again for small faces, for group photos (slower)</source>
        <translation>Procurar de novo rostos pequenos, para fotos em grupo (mais lento)</translation>
    </message>
    <message>
        <source>How to cover</source>
        <translation>Como cobrir</translation>
    </message>
    <message>
        <source>Solid &amp;fill (safest)</source>
        <translation>Preenchimento &amp;sólido (mais seguro)</translation>
    </message>
    <message>
        <source>Strong &amp;mosaic</source>
        <translation>&amp;Mosaico forte</translation>
    </message>
    <message>
        <source>B&amp;lur (wiped first; a few average colours stay)</source>
        <translation>&amp;Desfoque (a área é apagada antes; ficam só algumas cores médias)</translation>
    </message>
    <message>
        <source>Fill &amp;colour…</source>
        <translation>&amp;Cor do preenchimento…</translation>
    </message>
    <message>
        <source>Fill colour</source>
        <translation>Cor do preenchimento</translation>
    </message>
    <message>
        <source>&amp;Use these areas</source>
        <translation>&amp;Usar estas áreas</translation>
    </message>
    <message>
        <source>Use these areas</source>
        <translation>Usar estas áreas</translation>
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
        <translation>Teclado: N adiciona uma área, as setas a movem (Shift: mais longe), Ctrl+setas mudam o tamanho, [ e ] escolhem outra, Delete a exclui.</translation>
    </message>
    <message>
        <source>Face {n} (found automatically)</source>
        <translation>Rosto {n} (encontrado automaticamente)</translation>
    </message>
    <message>
        <source>Rectangle {n}</source>
        <translation>Retângulo {n}</translation>
    </message>
    <message>
        <source>Ellipse {n}</source>
        <translation>Elipse {n}</translation>
    </message>
    <message>
        <source>Brush stroke {n}</source>
        <translation>Pincelada {n}</translation>
    </message>
    <message>
        <source>Shape {n}</source>
        <translation>Forma {n}</translation>
    </message>
    <message>
        <source>Loading…</source>
        <translation>Carregando…</translation>
    </message>
    <message>
        <source>Making the preview…</source>
        <translation>Preparando a prévia…</translation>
    </message>
    <message>
        <source>Preview: this is what will be written.</source>
        <translation>Prévia: é isto que será salvo.</translation>
    </message>
    <message>
        <source>Draw over anything that could identify you: faces, tattoos, marks.</source>
        <translation>Desenhe por cima de tudo o que pode identificar você: rostos, tatuagens, marcas.</translation>
    </message>
    <message>
        <source>Looking for faces…</source>
        <translation>Procurando rostos…</translation>
    </message>
    <message>
        <source>Looking for small faces… this takes longer.</source>
        <translation>Procurando rostos pequenos… isso demora mais.</translation>
    </message>
    <message>
        <source>Face detection is not available ({reason}). Mark faces yourself.</source>
        <translation>A detecção de rostos não está disponível ({reason}). Marque os rostos manualmente.</translation>
    </message>
    <message>
        <source>No faces were found automatically.</source>
        <translation>Nenhum rosto foi encontrado automaticamente.</translation>
    </message>
    <message>
        <source>Faces found automatically: {count}.</source>
        <translation>Rostos encontrados automaticamente: {count}.</translation>
    </message>
    <message>
        <source>its files are missing or damaged</source>
        <translation>os arquivos dela estão faltando ou danificados</translation>
    </message>
    <message>
        <source>There is not enough memory to open this photo.</source>
        <translation>Não há memória suficiente para abrir esta foto.</translation>
    </message>
    <message>
        <source>The photo could not be opened.</source>
        <translation>Não foi possível abrir a foto.</translation>
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
        <translation>Cancelar a limpeza</translation>
    </message>
    <message>
        <source>&amp;Clean</source>
        <translation>&amp;Limpar</translation>
    </message>
    <message>
        <source>Clean all files in the list</source>
        <translation>Limpar todos os arquivos da lista</translation>
    </message>
    <message>
        <source>&amp;Open output folder</source>
        <translation>Abrir a pasta de &amp;destino</translation>
    </message>
    <message>
        <source>Open output folder</source>
        <translation>Abrir a pasta de destino</translation>
    </message>
    <message>
        <source>Write clean copies of all files (Ctrl+Enter)</source>
        <translation>Salvar cópias limpas de todos os arquivos (Ctrl+Enter)</translation>
    </message>
    <message>
        <source>Stop now; files not finished are left as they were (Esc)</source>
        <translation>Parar agora; os arquivos não terminados ficam como estavam (Esc)</translation>
    </message>
    <message>
        <source>Cleaning progress</source>
        <translation>Progresso da limpeza</translation>
    </message>
    <message>
        <source>%v of %m files</source>
        <translation>%v de %m arquivos</translation>
    </message>
    <message>
        <source>Summary</source>
        <translation>Resumo</translation>
    </message>
</context>
<context>
    <name>SafetyGuide</name>
    <message>
        <source>Why this matters</source>
        <translation>Por que isso é importante</translation>
    </message>
    <message>
        <source>Safety guide</source>
        <translation>Guia de segurança</translation>
    </message>
    <message>
        <source>&amp;Close</source>
        <translation>&amp;Fechar</translation>
    </message>
    <message>
        <source>Close the safety guide</source>
        <translation>Fechar o guia de segurança</translation>
    </message>
    <message>
        <source>What your photos and files can give away</source>
        <translation>O que suas fotos e arquivos podem revelar</translation>
    </message>
    <message>
        <source>Photos from phones and cameras carry hidden details. Anyone who gets the file can read them:</source>
        <translation>Fotos de celulares e câmeras carregam informações ocultas. Qualquer pessoa que pegar o arquivo pode lê-las:</translation>
    </message>
    <message>
        <source>Where the photo was taken, often to within a few metres.</source>
        <translation>Onde a foto foi tirada, muitas vezes com precisão de poucos metros.</translation>
    </message>
    <message>
        <source>Which phone or camera took it, sometimes with its serial number.</source>
        <translation>Qual celular ou câmera tirou a foto, às vezes com o número de série.</translation>
    </message>
    <message>
        <source>Your name, if it is set in the phone, camera or editing app.</source>
        <translation>Seu nome, se estiver configurado no celular, na câmera ou no aplicativo de edição.</translation>
    </message>
    <message>
        <source>The date and time it was taken.</source>
        <translation>A data e a hora em que foi tirada.</translation>
    </message>
    <message>
        <source>A hidden small copy of the original photo. It can show what you cropped out or covered.</source>
        <translation>Uma pequena cópia oculta da foto original. Ela pode mostrar o que você cortou ou cobriu.</translation>
    </message>
    <message>
        <source>Scrubber removes these details from a copy of the file. Your original stays as it is, unless you choose to replace it.</source>
        <translation>O Scrubber remove essas informações de uma cópia do arquivo. Seu original fica como está, a não ser que você escolha substituí-lo.</translation>
    </message>
    <message>
        <source>Documents such as PDF and Word files can hold the author&apos;s name, the computer&apos;s name and the editing history. Videos and voice recordings can hold the place and the device.</source>
        <translation>Documentos, como arquivos PDF e Word, podem guardar o nome de quem escreveu, o nome do computador e o histórico de edição. Vídeos e gravações de voz podem guardar o lugar e o aparelho.</translation>
    </message>
    <message>
        <source>If Scrubber says a file is not supported or could not be cleaned, do not share that file as it is.</source>
        <translation>Se o Scrubber disser que um arquivo não é compatível ou não pôde ser limpo, não compartilhe esse arquivo do jeito que está.</translation>
    </message>
    <message>
        <source>Blur in other apps can be undone</source>
        <translation>O desfoque de outros aplicativos pode ser desfeito</translation>
    </message>
    <message>
        <source>Blur and small pixelation made by other apps can be undone by software. Scrubber&apos;s blur and mosaic wipe the area first, but they still show its average colours.</source>
        <translation>Desfoque e pixelização fina feitos em outros aplicativos podem ser desfeitos por programas. O desfoque e o mosaico do Scrubber apagam a área antes, mas ainda mostram as cores médias dela.</translation>
    </message>
    <message>
        <source>Take ad photos with a different phone or camera. If you cannot, turn off location, Live Photos and Motion Photos in the camera before you take them.</source>
        <translation>Tire as fotos dos anúncios com outro celular ou outra câmera. Se não der, antes de fotografar desative na câmera a localização, as Live Photos e as fotos com movimento.</translation>
    </message>
    <message>
        <source>Never use photos from your personal social media in ads, not even old ones.</source>
        <translation>Nunca use nos anúncios fotos das suas redes sociais pessoais, nem as antigas.</translation>
    </message>
    <message>
        <source>Cloud backups and shared albums keep your originals, with the place they were taken, and sort them by face. Keep work photos out of them.</source>
        <translation>Backups na nuvem e álbuns compartilhados guardam seus originais, com o lugar onde foram tirados, e os agrupam por rosto. Deixe as fotos de trabalho fora deles.</translation>
    </message>
    <message>
        <source>Clean last: after cropping and editing in other apps. Editing apps can add hidden data again.</source>
        <translation>Limpe por último: depois de cortar e editar em outros aplicativos. Aplicativos de edição podem colocar dados ocultos de novo.</translation>
    </message>
    <message>
        <source>Screenshots can show your name, your number and your notifications. Check them before you share them.</source>
        <translation>Capturas de tela podem mostrar seu nome, seu número e suas notificações. Confira antes de compartilhar.</translation>
    </message>
    <message>
        <source>To hide a face, a tattoo or anything else, use solid fill. Cover a little more than you think you need.</source>
        <translation>Para esconder um rosto, uma tatuagem ou qualquer outra coisa, use o preenchimento sólido. Cubra um pouco mais do que você acha necessário.</translation>
    </message>
    <message>
        <source>Your photos can be matched</source>
        <translation>Suas fotos podem ser relacionadas</translation>
    </message>
    <message>
        <source>Reverse image search finds other places where the same photo, or one like it, is online.</source>
        <translation>A busca reversa de imagens encontra outros lugares na internet onde está a mesma foto ou uma parecida.</translation>
    </message>
    <message>
        <source>Face recognition exists and is easy to use. A face, a tattoo or a room that people can recognise can link your ad photos to your personal accounts.</source>
        <translation>O reconhecimento facial existe e é fácil de usar. Um rosto, uma tatuagem ou um cômodo que dê para reconhecer pode ligar as fotos dos seus anúncios às suas contas pessoais.</translation>
    </message>
    <message>
        <source>Search for your own ad photos now and then, with a reverse image search and a face search. Then you see where they turn up.</source>
        <translation>De vez em quando, procure suas próprias fotos de anúncio com uma busca reversa de imagem e uma busca de rosto. Assim você vê onde elas aparecem.</translation>
    </message>
    <message>
        <source>Tattoos, birthmarks, jewellery, nails, bedding and furniture can link your ads to each other. Cover them or change them.</source>
        <translation>Tatuagens, marcas de nascença, joias, unhas, roupa de cama e móveis podem ligar seus anúncios uns aos outros. Cubra ou troque.</translation>
    </message>
    <message>
        <source>Each camera leaves a faint pattern in its photos that can link them to each other. The option “Weaken the camera fingerprint” makes it weaker, but does not remove it.</source>
        <translation>Cada câmera deixa nas fotos um padrão bem fraco que pode ligar umas às outras. A opção “Enfraquecer a impressão digital da câmera” deixa esse padrão mais fraco, mas não o remove.</translation>
    </message>
    <message>
        <source>Tips from sex workers&apos; digital safety advice</source>
        <translation>Dicas de segurança digital de profissionais do sexo</translation>
    </message>
    <message>
        <source>Keep work and personal life apart. Use a separate phone, email and accounts for work if you can.</source>
        <translation>Separe o trabalho da vida pessoal. Se puder, use outro celular, outro e-mail e outras contas para o trabalho.</translation>
    </message>
    <message>
        <source>Check the background: letters, papers, photos on the wall, anything with a name or address.</source>
        <translation>Confira o fundo: cartas, papéis, fotos na parede, qualquer coisa com um nome ou endereço.</translation>
    </message>
    <message>
        <source>Check mirrors and reflections: sunglasses, windows, screens and shiny surfaces.</source>
        <translation>Confira espelhos e reflexos: óculos de sol, janelas, telas e superfícies brilhantes.</translation>
    </message>
    <message>
        <source>Check what can be seen through windows. Streets, signs and buildings can show where you are.</source>
        <translation>Confira o que aparece pelas janelas. Ruas, placas e prédios podem mostrar onde você está.</translation>
    </message>
    <message>
        <source>Do not post the same photo on your personal and your work accounts.</source>
        <translation>Não publique a mesma foto nas suas contas pessoais e nas de trabalho.</translation>
    </message>
    <message>
        <source>Sending a photo “as a file” or by email keeps its hidden data. Send only the clean copy.</source>
        <translation>Enviar uma foto “como arquivo” ou por e-mail mantém os dados ocultos. Envie só a cópia limpa.</translation>
    </message>
    <message>
        <source>When you are done, delete the originals from Downloads and from shared folders.</source>
        <translation>Quando terminar, apague os originais da pasta Downloads e das pastas compartilhadas.</translation>
    </message>
    <message>
        <source>Before you post, open the clean copy and check it again.</source>
        <translation>Antes de publicar, abra a cópia limpa e confira de novo.</translation>
    </message>
    <message>
        <source>What your computer may still keep</source>
        <translation>O que seu computador ainda pode guardar</translation>
    </message>
    <message>
        <source>Scrubber keeps no list of the files you open, but your computer may:</source>
        <translation>O Scrubber não guarda nenhuma lista dos arquivos que você abre, mas seu computador pode guardar:</translation>
    </message>
    <message>
        <source>small previews (thumbnails) made by the file manager or photo viewer;</source>
        <translation>pequenas prévias (miniaturas) feitas pelo gerenciador de arquivos ou pelo visualizador de fotos;</translation>
    </message>
    <message>
        <source>lists of recent files in other apps;</source>
        <translation>listas de arquivos recentes de outros aplicativos;</translation>
    </message>
    <message>
        <source>the originals in Downloads, in the trash and in cloud backups.</source>
        <translation>os originais em Downloads, na lixeira e nos backups na nuvem.</translation>
    </message>
    <message>
        <source>To clear them:</source>
        <translation>Para apagar:</translation>
    </message>
    <message>
        <source>Empty the trash.</source>
        <translation>Esvazie a lixeira.</translation>
    </message>
    <message>
        <source>Clear the recent files in your file manager.</source>
        <translation>Limpe os arquivos recentes no gerenciador de arquivos.</translation>
    </message>
    <message>
        <source>Delete the thumbnail cache. Linux: the .cache/thumbnails folder in your home folder. Windows: Disk Cleanup, then Thumbnails. macOS: restart the Mac.</source>
        <translation>Apague o cache de miniaturas. Linux: a pasta .cache/thumbnails na sua pasta pessoal. Windows: Limpeza de Disco, depois Miniaturas. macOS: reinicie o Mac.</translation>
    </message>
    <message>
        <source>Scrubber works offline</source>
        <translation>O Scrubber funciona sem internet</translation>
    </message>
    <message>
        <source>Scrubber never connects to the internet. Your files stay on this computer.</source>
        <translation>O Scrubber nunca se conecta à internet. Seus arquivos ficam neste computador.</translation>
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
        <translation>Limpos: {n}</translation>
    </message>
    <message>
        <source>{n} had nothing to remove.</source>
        <translation>Sem nada a remover: {n}</translation>
    </message>
    <message>
        <source>{n} could not be cleaned.</source>
        <translation>Não puderam ser limpos: {n}</translation>
    </message>
    <message>
        <source>{n} not done (cancelled).</source>
        <translation>Não feitos (cancelado): {n}</translation>
    </message>
    <message>
        <source>Nothing was cleaned.</source>
        <translation>Nada foi limpo.</translation>
    </message>
    <message>
        <source>{name}: {reason}</source>
        <translation>{name}: {reason}</translation>
    </message>
    <message>
        <source>…and {n} more: see the list.</source>
        <translation>…e mais {n}: veja a lista.</translation>
    </message>
    <message>
        <source>Clean copies are in: {folder}</source>
        <translation>As cópias limpas estão em: {folder}</translation>
    </message>
</context>
<context>
    <name>messages</name>
    <message>
        <source>{metres} m above sea level</source>
        <translation>{metres} m acima do nível do mar</translation>
    </message>
    <message>
        <source>{metres} m below sea level</source>
        <translation>{metres} m abaixo do nível do mar</translation>
    </message>
    <message>
        <source>{count} bytes of data</source>
        <translation>{count} bytes de dados</translation>
    </message>
    <message>
        <source>The file name shows when it was taken: {shown}</source>
        <translation>O nome do arquivo mostra quando foi tirado: {shown}</translation>
    </message>
    <message>
        <source>The file name shows the phone or camera that made it: {shown}</source>
        <translation>O nome do arquivo mostra o celular ou a câmera que o criou: {shown}</translation>
    </message>
    <message>
        <source>The file name shows the app that made it: {apps}</source>
        <translation>O nome do arquivo mostra o app que o criou: {apps}</translation>
    </message>
    <message>
        <source>{finding} (the name was kept)</source>
        <translation>{finding} (o nome foi mantido)</translation>
    </message>
    <message>
        <source>The file cannot be found. Was it moved or deleted?</source>
        <translation>O arquivo não foi encontrado. Ele foi movido ou apagado?</translation>
    </message>
    <message>
        <source>This is not a normal file (it is a folder, a device or a pipe).</source>
        <translation>Isto não é um arquivo comum (é uma pasta, um dispositivo ou um pipe).</translation>
    </message>
    <message>
        <source>This is a folder, not a file.</source>
        <translation>Isto é uma pasta, não um arquivo.</translation>
    </message>
    <message>
        <source>The file is empty.</source>
        <translation>O arquivo está vazio.</translation>
    </message>
    <message>
        <source>The file cannot be read: {reason}</source>
        <translation>Não é possível ler o arquivo: {reason}</translation>
    </message>
    <message>
        <source>The file name says {format}, but the file cannot be read as {format}.</source>
        <translation>O nome diz {format}, mas o arquivo não pode ser lido como {format}.</translation>
    </message>
    <message>
        <source>This type of file is not supported, so it was not cleaned.</source>
        <translation>Este tipo de arquivo não é compatível, por isso não foi limpo.</translation>
    </message>
    <message>
        <source>This is a link; it was not followed.</source>
        <translation>Isto é um link; ele não foi seguido.</translation>
    </message>
    <message>
        <source>This file could not be read ({kind}).</source>
        <translation>Não foi possível ler este arquivo ({kind}).</translation>
    </message>
    <message>
        <source>It holds documents inside documents, too many levels deep.</source>
        <translation>Ele contém documentos dentro de documentos, em níveis demais.</translation>
    </message>
    <message>
        <source>There is not enough memory to read this file.</source>
        <translation>Não há memória suficiente para ler este arquivo.</translation>
    </message>
    <message>
        <source>There is not enough memory.</source>
        <translation>Não há memória suficiente.</translation>
    </message>
    <message>
        <source>A file could not be read or written: {reason}</source>
        <translation>Não foi possível ler ou gravar um arquivo: {reason}</translation>
    </message>
    <message>
        <source>Unexpected error ({kind}). Nothing was written.</source>
        <translation>Erro inesperado ({kind}). Nada foi gravado.</translation>
    </message>
    <message>
        <source>The copy would replace the original. Choose another name or folder.</source>
        <translation>A cópia substituiria o original. Escolha outro nome ou pasta.</translation>
    </message>
    <message>
        <source>Replacing the original cannot change the file type. Save copies in a folder instead.</source>
        <translation>Substituir o original não pode mudar o tipo de arquivo. Salve cópias em uma pasta.</translation>
    </message>
    <message>
        <source>This file is a link. Save copies in a folder instead.</source>
        <translation>Este arquivo é um link. Salve cópias em uma pasta.</translation>
    </message>
    <message>
        <source>The clean copy could not be checked again, so it was deleted: {reason}</source>
        <translation>Não foi possível verificar de novo a cópia limpa, por isso ela foi apagada: {reason}</translation>
    </message>
    <message>
        <source>The clean copy still held data ({left}), so it was deleted.</source>
        <translation>A cópia limpa ainda tinha dados ({left}), por isso foi apagada.</translation>
    </message>
    <message>
        <source>The folder for the copies cannot be created: {reason}</source>
        <translation>Não é possível criar a pasta das cópias: {reason}</translation>
    </message>
    <message>
        <source>Nothing can be saved in the folder for the copies: {reason}</source>
        <translation>Nada pode ser salvo na pasta das cópias: {reason}</translation>
    </message>
    <message>
        <source>The copy could not be finished: {reason}</source>
        <translation>Não foi possível terminar a cópia: {reason}</translation>
    </message>
    <message>
        <source>The copies could not be saved to the disk: {reason}</source>
        <translation>Não foi possível salvar as cópias no disco: {reason}</translation>
    </message>
    <message>
        <source>No free name was found for the clean copy.</source>
        <translation>Nenhum nome livre foi encontrado para a cópia limpa.</translation>
    </message>
    <message>
        <source>The clean copy could not be saved: {reason}</source>
        <translation>Não foi possível salvar a cópia limpa: {reason}</translation>
    </message>
    <message>
        <source>The earlier copy could not be replaced: {reason}</source>
        <translation>Não foi possível substituir a cópia anterior: {reason}</translation>
    </message>
    <message>
        <source>This JPEG is damaged: its beginning is missing.</source>
        <translation>Este JPEG está danificado: falta o começo.</translation>
    </message>
    <message>
        <source>This JPEG is damaged (a wrong length at byte {pos}).</source>
        <translation>Este JPEG está danificado (um comprimento errado no byte {pos}).</translation>
    </message>
    <message>
        <source>This JPEG is damaged: its picture does not end where it should.</source>
        <translation>Este JPEG está danificado: a imagem não termina onde deveria.</translation>
    </message>
    <message>
        <source>This JPEG is damaged (a missing marker at byte {pos}).</source>
        <translation>Este JPEG está danificado (falta um marcador no byte {pos}).</translation>
    </message>
    <message>
        <source>This JPEG is cut off before the picture starts.</source>
        <translation>Este JPEG está cortado antes de a imagem começar.</translation>
    </message>
    <message>
        <source>This JPEG is damaged: it has far too many parts.</source>
        <translation>Este JPEG está danificado: tem partes demais.</translation>
    </message>
    <message>
        <source>This rare kind of JPEG (hierarchical or JPEG-LS) is not supported.</source>
        <translation>Este tipo raro de JPEG (hierárquico ou JPEG-LS) não é compatível.</translation>
    </message>
    <message>
        <source>This JPEG holds no picture.</source>
        <translation>Este JPEG não contém nenhuma imagem.</translation>
    </message>
    <message>
        <source>This JPEG is damaged: its picture is not where the file says.</source>
        <translation>Este JPEG está danificado: a imagem não está onde o arquivo indica.</translation>
    </message>
    <message>
        <source>This JPEG is damaged: it holds more than one picture frame.</source>
        <translation>Este JPEG está danificado: contém mais de um quadro.</translation>
    </message>
    <message>
        <source>This JPEG has other data hidden inside its picture, so it was not cleaned.</source>
        <translation>Este JPEG tem outros dados escondidos na imagem, por isso não foi limpo.</translation>
    </message>
    <message>
        <source>The colour profile is too large.</source>
        <translation>O perfil de cor é grande demais.</translation>
    </message>
    <message>
        <source>The picture is incomplete: the file was cut off.</source>
        <translation>A imagem está incompleta: o arquivo foi cortado.</translation>
    </message>
    <message>
        <source>This JPEG is damaged in places; the copy looks the same as the original did.</source>
        <translation>Este JPEG está danificado em partes; a cópia fica igual ao original.</translation>
    </message>
    <message>
        <source>The GIF file was cut short; its complete frames were kept.</source>
        <translation>O arquivo GIF foi cortado; os quadros completos foram mantidos.</translation>
    </message>
    <message>
        <source>The {format} picture was saved as PNG.</source>
        <translation>A imagem {format} foi salva como PNG.</translation>
    </message>
    <message>
        <source>Only the first frame of the animation was kept ({frames} in the file).</source>
        <translation>Só o primeiro quadro da animação foi mantido ({frames} no arquivo).</translation>
    </message>
    <message>
        <source>Only the first page was kept ({frames} in the file).</source>
        <translation>Só a primeira página foi mantida ({frames} no arquivo).</translation>
    </message>
    <message>
        <source>The picture was saved with 8 bits per colour (it had more).</source>
        <translation>A imagem foi salva com 8 bits por cor (tinha mais).</translation>
    </message>
    <message>
        <source>Colours may look slightly different ({mode} was turned into RGB).</source>
        <translation>As cores podem parecer um pouco diferentes ({mode} foi convertido em RGB).</translation>
    </message>
    <message>
        <source>Transparent areas were filled with white (JPEG has no transparency).</source>
        <translation>As áreas transparentes foram preenchidas com branco (JPEG não tem transparência).</translation>
    </message>
    <message>
        <source>The form&apos;s XML layer was removed.</source>
        <translation>A camada XML do formulário foi removida.</translation>
    </message>
    <message>
        <source>A digital signature was removed.</source>
        <translation>Uma assinatura digital foi removida.</translation>
    </message>
    <message>
        <source>Embedded objects (files inside the document) were removed.</source>
        <translation>Os objetos incorporados (arquivos dentro do documento) foram removidos.</translation>
    </message>
    <message>
        <source>Pictures in drawing formats that cannot be checked (SVG, WMF…) were removed.</source>
        <translation>As imagens em formatos de desenho que não podem ser verificados (SVG, WMF…) foram removidas.</translation>
    </message>
    <message>
        <source>It is saved as {ext}: the same document without macros.</source>
        <translation>Ele é salvo como {ext}: o mesmo documento sem macros.</translation>
    </message>
    <message>
        <source>The animation keeps its rotation tag; its frames were not turned.</source>
        <translation>A animação mantém a etiqueta de rotação; os quadros não foram girados.</translation>
    </message>
    <message>
        <source>This TIFF has {count} pages. Many viewers show only the first: check the others too.</source>
        <translation>Este TIFF tem {count} páginas. Muitos visualizadores mostram só a primeira: confira as outras também.</translation>
    </message>
    <message>
        <source>The TIFF keeps its orientation tag; its pixels were not turned.</source>
        <translation>O TIFF mantém a etiqueta de orientação; os pixels não foram girados.</translation>
    </message>
    <message>
        <source>Colours may look slightly different in the JPEG copy.</source>
        <translation>As cores podem parecer um pouco diferentes na cópia JPEG.</translation>
    </message>
    <message>
        <source>This PNG is cut off before the picture starts.</source>
        <translation>Este PNG está cortado antes de a imagem começar.</translation>
    </message>
    <message>
        <source>The file was cut off; the clean copy keeps the part that is there.</source>
        <translation>O arquivo foi cortado; a cópia limpa mantém a parte que existe.</translation>
    </message>
    <message>
        <source>The removed data said to turn the picture. Check that it is the right way up.</source>
        <translation>Os dados removidos mandavam girar a imagem. Confira se ela está na posição certa.</translation>
    </message>
    <message>
        <source>Viewers that do not play animations now show a blank picture instead of a hidden one.</source>
        <translation>Visualizadores que não reproduzem animações agora mostram uma imagem em branco em vez de uma oculta.</translation>
    </message>
    <message>
        <source>The sound was removed.</source>
        <translation>O som foi removido.</translation>
    </message>
    <message>
        <source>The clip had more than 8 bits per colour (HDR); the copy has 8, so colours may look flatter.</source>
        <translation>O vídeo tinha mais de 8 bits por cor (HDR); a cópia tem 8, então as cores podem parecer mais apagadas.</translation>
    </message>
    <message>
        <source>Its broken index was rebuilt the way PDF viewers do it. Check the clean copy.</source>
        <translation>O índice danificado foi reconstruído como os leitores de PDF fazem. Confira a cópia limpa.</translation>
    </message>
    <message>
        <source>It was locked against copying, printing or changes, but opens without a password. The clean copy has no lock.</source>
        <translation>Ele estava bloqueado contra cópia, impressão ou alterações, mas abre sem senha. A cópia limpa não tem bloqueio.</translation>
    </message>
    <message>
        <source>Its attached files are locked with a password (the pages are not). The clean copy has no attachments.</source>
        <translation>Os arquivos anexados estão protegidos por senha (as páginas não). A cópia limpa não tem anexos.</translation>
    </message>
    <message>
        <source>A cropped picture still held the part you cut away. It was removed.</source>
        <translation>Uma imagem recortada ainda guardava a parte que você cortou. Ela foi removida.</translation>
    </message>
    <message>
        <source>Pages were turned into pictures: text can no longer be selected or searched.</source>
        <translation>As páginas foram transformadas em imagens: o texto não pode mais ser selecionado nem pesquisado.</translation>
    </message>
    <message>
        <source>{count} layers of this PDF are hidden when it opens. They are kept in the copy; to leave them out, choose to turn PDF pages into pictures.</source>
        <translation>{count} camadas deste PDF ficam ocultas ao abri-lo. Elas ficam na cópia; para deixá-las de fora, escolha transformar as páginas do PDF em imagens.</translation>
    </message>
    <message>
        <source>1 layer of this PDF is hidden when it opens. It is kept in the copy; to leave it out, choose to turn PDF pages into pictures.</source>
        <translation>1 camada deste PDF fica oculta ao abri-lo. Ela fica na cópia; para deixá-la de fora, escolha transformar as páginas do PDF em imagens.</translation>
    </message>
    <message>
        <source>There is text in white, unseen on a white page, on {count} pages. It is kept in the copy; to leave it out, choose to turn PDF pages into pictures.</source>
        <translation>Há texto em branco, invisível numa página branca, em {count} páginas. Ele fica na cópia; para deixá-lo de fora, escolha transformar as páginas do PDF em imagens.</translation>
    </message>
    <message>
        <source>There is text in white, unseen on a white page, on 1 page. It is kept in the copy; to leave it out, choose to turn PDF pages into pictures.</source>
        <translation>Há texto em branco, invisível numa página branca, em 1 página. Ele fica na cópia; para deixá-lo de fora, escolha transformar as páginas do PDF em imagens.</translation>
    </message>
    <message>
        <source>There is text placed outside the page on {count} pages. It is kept in the copy; to leave it out, choose to turn PDF pages into pictures.</source>
        <translation>Há texto colocado fora da página em {count} páginas. Ele fica na cópia; para deixá-lo de fora, escolha transformar as páginas do PDF em imagens.</translation>
    </message>
    <message>
        <source>There is text placed outside the page on 1 page. It is kept in the copy; to leave it out, choose to turn PDF pages into pictures.</source>
        <translation>Há texto colocado fora da página em 1 página. Ele fica na cópia; para deixá-lo de fora, escolha transformar as páginas do PDF em imagens.</translation>
    </message>
    <message>
        <source>Embedded fonts were removed.</source>
        <translation>As fontes incorporadas foram removidas.</translation>
    </message>
    <message>
        <source>Videos and sounds were removed: they could not be checked.</source>
        <translation>Os vídeos e sons foram removidos: não podiam ser verificados.</translation>
    </message>
    <message>
        <source>Pictures in drawing formats that cannot be checked (EMF, WMF, SVG…) were removed.</source>
        <translation>As imagens em formatos de desenho que não podem ser verificados (EMF, WMF, SVG…) foram removidas.</translation>
    </message>
    <message>
        <source>The photo was saved again at high quality ({reason}).</source>
        <translation>A foto foi salva novamente em alta qualidade ({reason}).</translation>
    </message>
    <message>
        <source>The macros (programs) in this document were removed.</source>
        <translation>As macros (programas) deste documento foram removidas.</translation>
    </message>
    <message>
        <source>This PDF asks for a password to open it. Remove the password first.</source>
        <translation>Este PDF pede uma senha para abrir. Remova a senha primeiro.</translation>
    </message>
    <message>
        <source>This PDF is damaged and cannot be cleaned safely.</source>
        <translation>Este PDF está danificado e não pode ser limpo com segurança.</translation>
    </message>
    <message>
        <source>This PDF is damaged and cannot be cleaned safely: its end is missing.</source>
        <translation>Este PDF está danificado e não pode ser limpo com segurança: falta o final.</translation>
    </message>
    <message>
        <source>This PDF is damaged (cut off, or parts of it are broken) and cannot be cleaned safely. Saving it again from a PDF viewer may repair it.</source>
        <translation>Este PDF está danificado (cortado ou com partes quebradas) e não pode ser limpo com segurança. Salvá-lo de novo em um leitor de PDF pode consertá-lo.</translation>
    </message>
    <message>
        <source>This {format} picture is damaged and cannot be decoded: part of it is missing.</source>
        <translation>Esta imagem {format} está danificada e não pode ser decodificada: falta uma parte.</translation>
    </message>
    <message>
        <source>{count} slides are hidden. They are kept in the copy; to remove them, turn on removing hidden content.</source>
        <translation>{count} slides estão ocultos. Eles ficam na cópia; para removê-los, ative a opção de remover conteúdo oculto.</translation>
    </message>
    <message>
        <source>1 slide is hidden. It is kept in the copy; to remove it, turn on removing hidden content.</source>
        <translation>1 slide está oculto. Ele fica na cópia; para removê-lo, ative a opção de remover conteúdo oculto.</translation>
    </message>
    <message>
        <source>There are speaker notes on {count} slides. They are kept in the copy; to remove them, turn on removing speaker notes.</source>
        <translation>Há anotações do apresentador em {count} slides. Elas ficam na cópia; para removê-las, ative a opção de remover anotações do apresentador.</translation>
    </message>
    <message>
        <source>There are speaker notes on 1 slide. They are kept in the copy; to remove them, turn on removing speaker notes.</source>
        <translation>Há anotações do apresentador em 1 slide. Elas ficam na cópia; para removê-las, ative a opção de remover anotações do apresentador.</translation>
    </message>
    <message>
        <source>{count} sheets are hidden. They are kept in the copy; to remove them, turn on removing hidden content.</source>
        <translation>{count} planilhas estão ocultas. Elas ficam na cópia; para removê-las, ative a opção de remover conteúdo oculto.</translation>
    </message>
    <message>
        <source>1 sheet is hidden. It is kept in the copy; to remove it, turn on removing hidden content.</source>
        <translation>1 planilha está oculta. Ela fica na cópia; para removê-la, ative a opção de remover conteúdo oculto.</translation>
    </message>
    <message>
        <source>There is hidden text in {count} places. It is kept in the copy; to remove it, turn on removing hidden content.</source>
        <translation>Há texto oculto em {count} lugares. Ele fica na cópia; para removê-lo, ative a opção de remover conteúdo oculto.</translation>
    </message>
    <message>
        <source>There is hidden text in 1 place. It is kept in the copy; to remove it, turn on removing hidden content.</source>
        <translation>Há texto oculto em 1 lugar. Ele fica na cópia; para removê-lo, ative a opção de remover conteúdo oculto.</translation>
    </message>
    <message>
        <source>{count} sections are hidden. They are kept in the copy; to remove them, turn on removing hidden content.</source>
        <translation>{count} seções estão ocultas. Elas ficam na cópia; para removê-las, ative a opção de remover conteúdo oculto.</translation>
    </message>
    <message>
        <source>1 section is hidden. It is kept in the copy; to remove it, turn on removing hidden content.</source>
        <translation>1 seção está oculta. Ela fica na cópia; para removê-la, ative a opção de remover conteúdo oculto.</translation>
    </message>
    <message>
        <source>A cropped photo still held the part you cut away. It was removed.</source>
        <translation>Uma foto recortada ainda guardava a parte que você cortou. Ela foi removida.</translation>
    </message>
    <message>
        <source>{count} cropped photos still held the parts you cut away. They were removed.</source>
        <translation>{count} fotos recortadas ainda guardavam as partes que você cortou. Elas foram removidas.</translation>
    </message>
    <message>
        <source>The camera fingerprint was weakened, not removed. The picture was resized from {before} to {after} pixels.</source>
        <translation>A impressão digital da câmera foi enfraquecida, não removida. A imagem passou de {before} para {after} pixels.</translation>
    </message>
    <message>
        <source>This document is protected by a password. Remove the password first.</source>
        <translation>Este documento está protegido por senha. Remova a senha primeiro.</translation>
    </message>
    <message>
        <source>This document is damaged: its contents cannot be unpacked.</source>
        <translation>Este documento está danificado: o conteúdo não pode ser descompactado.</translation>
    </message>
    <message>
        <source>This document is damaged and cannot be read safely.</source>
        <translation>Este documento está danificado e não pode ser lido com segurança.</translation>
    </message>
    <message>
        <source>This TIFF file holds no picture.</source>
        <translation>Este arquivo TIFF não contém nenhuma imagem.</translation>
    </message>
    <message>
        <source>Camera RAW files are not supported. Export a TIFF or JPEG first.</source>
        <translation>Arquivos RAW de câmera não são compatíveis. Exporte um TIFF ou JPEG primeiro.</translation>
    </message>
    <message>
        <source>This TIFF file is damaged.</source>
        <translation>Este arquivo TIFF está danificado.</translation>
    </message>
    <message>
        <source>Old-style JPEG TIFF files are not supported. Convert them first.</source>
        <translation>Arquivos TIFF com JPEG no estilo antigo não são compatíveis. Converta-os primeiro.</translation>
    </message>
    <message>
        <source>This TIFF file is cut off or damaged.</source>
        <translation>Este arquivo TIFF está cortado ou danificado.</translation>
    </message>
    <message>
        <source>This {format} picture is encrypted.</source>
        <translation>Esta imagem {format} está criptografada.</translation>
    </message>
    <message>
        <source>This {format} picture is damaged and cannot be decoded.</source>
        <translation>Esta imagem {format} está danificada e não pode ser decodificada.</translation>
    </message>
    <message>
        <source>The description of this {format} picture is too large to check.</source>
        <translation>A descrição desta imagem {format} é grande demais para ser verificada.</translation>
    </message>
    <message>
        <source>{format} picture sequences and videos are not supported.</source>
        <translation>Sequências de imagens e vídeos {format} não são compatíveis.</translation>
    </message>
    <message>
        <source>This {format} file has too many parts to check safely.</source>
        <translation>Este arquivo {format} tem partes demais para ser verificado com segurança.</translation>
    </message>
    <message>
        <source>This picture is AVIF, not HEIC. Rename it to end in .avif.</source>
        <translation>Esta imagem é AVIF, não HEIC. Renomeie-a para terminar em .avif.</translation>
    </message>
    <message>
        <source>The picture is too small to save as HEIC. Choose JPEG copies instead.</source>
        <translation>A imagem é pequena demais para salvar como HEIC. Escolha cópias em JPEG.</translation>
    </message>
    <message>
        <source>The picture could not be saved as HEIC. Choose JPEG copies instead.</source>
        <translation>Não foi possível salvar a imagem como HEIC. Escolha cópias em JPEG.</translation>
    </message>
    <message>
        <source>The picture is too large to process ({size} pixels).</source>
        <translation>A imagem é grande demais para ser processada ({size} pixels).</translation>
    </message>
    <message>
        <source>This is not a valid PNG file.</source>
        <translation>Este não é um arquivo PNG válido.</translation>
    </message>
    <message>
        <source>This PNG file is damaged (a part of it is not valid).</source>
        <translation>Este arquivo PNG está danificado (uma parte dele não é válida).</translation>
    </message>
    <message>
        <source>This PNG file is damaged: its beginning is missing.</source>
        <translation>Este arquivo PNG está danificado: falta o começo.</translation>
    </message>
    <message>
        <source>This PDF is too complex to be checked safely.</source>
        <translation>Este PDF é complexo demais para ser verificado com segurança.</translation>
    </message>
    <message>
        <source>This PDF has too many levels, one inside another, to be checked safely.</source>
        <translation>Este PDF tem níveis demais, um dentro do outro, para ser verificado com segurança.</translation>
    </message>
    <message>
        <source>The drawings in this PDF are put one inside another too many times to be checked safely.</source>
        <translation>Os desenhos deste PDF estão colocados um dentro do outro vezes demais para serem verificados com segurança.</translation>
    </message>
    <message>
        <source>This PDF has too many parts ({count}) to be checked safely.</source>
        <translation>Este PDF tem partes demais ({count}) para ser verificado com segurança.</translation>
    </message>
    <message>
        <source>This PDF has too many pages ({count}) to turn them into pictures.</source>
        <translation>Este PDF tem páginas demais ({count}) para transformá-las em imagens.</translation>
    </message>
    <message>
        <source>This PDF could not be given a new document ID, so it was not cleaned.</source>
        <translation>Não foi possível dar um novo ID de documento a este PDF, por isso ele não foi limpo.</translation>
    </message>
    <message>
        <source>This PDF could not be copied faithfully, so it was not cleaned.</source>
        <translation>Não foi possível copiar este PDF fielmente, por isso ele não foi limpo.</translation>
    </message>
    <message>
        <source>A page of this PDF has pictures on it that cannot be checked. To clean this PDF, choose to turn PDF pages into pictures.</source>
        <translation>Uma página deste PDF tem imagens que não podem ser verificadas. Para limpar este PDF, escolha transformar as páginas do PDF em imagens.</translation>
    </message>
    <message>
        <source>A picture in this PDF is shown through a shape that hides part of it, and it cannot be cut exactly. To clean this PDF, choose to turn PDF pages into pictures.</source>
        <translation>Uma imagem deste PDF é mostrada através de uma forma que esconde parte dela, e não pode ser cortada com exatidão. Para limpar este PDF, escolha transformar as páginas do PDF em imagens.</translation>
    </message>
    <message>
        <source>A picture in this PDF has a hidden part, stored in a way that cannot be cut away. To clean this PDF, choose to turn PDF pages into pictures.</source>
        <translation>Uma imagem deste PDF tem uma parte oculta, guardada de um jeito que não permite cortá-la fora. Para limpar este PDF, escolha transformar as páginas do PDF em imagens.</translation>
    </message>
    <message>
        <source>A picture in this PDF has a hidden part and is too large to be cut. To clean this PDF, choose to turn PDF pages into pictures.</source>
        <translation>Uma imagem deste PDF tem uma parte oculta e é grande demais para ser cortada. Para limpar este PDF, escolha transformar as páginas do PDF em imagens.</translation>
    </message>
    <message>
        <source>A picture in this PDF is stored in a way that cannot be checked.</source>
        <translation>Uma imagem deste PDF está guardada de um jeito que não pode ser verificado.</translation>
    </message>
    <message>
        <source>A picture drawn inside a page of this PDF is stored in a way that cannot be checked.</source>
        <translation>Uma imagem desenhada dentro de uma página deste PDF está guardada de um jeito que não pode ser verificado.</translation>
    </message>
    <message>
        <source>A colour profile in this PDF is stored in a way that cannot be checked.</source>
        <translation>Um perfil de cor deste PDF está guardado de um jeito que não pode ser verificado.</translation>
    </message>
    <message>
        <source>A picture drawn inside a page of this PDF could not be saved again without its hidden data.</source>
        <translation>Não foi possível salvar novamente, sem os dados ocultos, uma imagem desenhada dentro de uma página deste PDF.</translation>
    </message>
    <message>
        <source>A picture in this PDF is too large once unpacked (more than {mb} MB).</source>
        <translation>Uma imagem deste PDF é grande demais depois de descompactada (mais de {mb} MB).</translation>
    </message>
    <message>
        <source>A picture drawn inside a page of this PDF is too large once unpacked (more than {mb} MB).</source>
        <translation>Uma imagem desenhada dentro de uma página deste PDF é grande demais depois de descompactada (mais de {mb} MB).</translation>
    </message>
    <message>
        <source>A page of this PDF is too large once unpacked (more than {mb} MB).</source>
        <translation>Uma página deste PDF é grande demais depois de descompactada (mais de {mb} MB).</translation>
    </message>
    <message>
        <source>A colour profile in this PDF is too large once unpacked (more than {mb} MB).</source>
        <translation>Um perfil de cor deste PDF é grande demais depois de descompactado (mais de {mb} MB).</translation>
    </message>
    <message>
        <source>A JPEG 2000 picture in this PDF has comments that cannot be removed.</source>
        <translation>Uma imagem JPEG 2000 deste PDF tem comentários que não podem ser removidos.</translation>
    </message>
    <message>
        <source>There is a problem with a picture in this PDF. {problem}</source>
        <translation>Há um problema com uma imagem deste PDF. {problem}</translation>
    </message>
    <message>
        <source>There is a problem with a picture drawn inside a page of this PDF. {problem}</source>
        <translation>Há um problema com uma imagem desenhada dentro de uma página deste PDF. {problem}</translation>
    </message>
    <message>
        <source>Unpacked, this document would take more than {mb} MB: too much to be checked safely.</source>
        <translation>Descompactado, este documento ocuparia mais de {mb} MB: demais para ser verificado com segurança.</translation>
    </message>
    <message>
        <source>A part of this document ({part}) holds an XML declaration used in attacks, so it was not opened.</source>
        <translation>Uma parte deste documento ({part}) contém uma declaração XML usada em ataques, por isso ele não foi aberto.</translation>
    </message>
    <message>
        <source>There is a problem with a picture in this document ({part}). {problem}</source>
        <translation>Há um problema com uma imagem deste documento ({part}). {problem}</translation>
    </message>
    <message>
        <source>There is a problem with a document inside this document ({part}). {problem}</source>
        <translation>Há um problema com um documento dentro deste documento ({part}). {problem}</translation>
    </message>
    <message>
        <source>This document is packed in a way used to crash programs (a zip bomb), so it was not opened.</source>
        <translation>Este documento está compactado de um jeito usado para travar programas (uma bomba zip), por isso não foi aberto.</translation>
    </message>
    <message>
        <source>This zip file is not an OpenDocument file.</source>
        <translation>Este arquivo zip não é um arquivo OpenDocument.</translation>
    </message>
    <message>
        <source>This kind of OpenDocument file is not supported.</source>
        <translation>Este tipo de arquivo OpenDocument não é compatível.</translation>
    </message>
    <message>
        <source>This zip file is not an Office document.</source>
        <translation>Este arquivo zip não é um documento do Office.</translation>
    </message>
    <message>
        <source>This kind of Office document is not supported.</source>
        <translation>Este tipo de documento do Office não é compatível.</translation>
    </message>
    <message>
        <source>This is an old-style Office file (.doc, .xls, .ppt) or a document protected by a password. Open it in Office and save it as .docx, .xlsx or .pptx, without a password.</source>
        <translation>Este é um arquivo do Office no formato antigo (.doc, .xls, .ppt) ou um documento protegido por senha. Abra-o no Office e salve-o como .docx, .xlsx ou .pptx, sem senha.</translation>
    </message>
    <message>
        <source>This document is saved as Strict Open XML, which is not supported. Save it again as an ordinary .docx, .xlsx or .pptx file.</source>
        <translation>Este documento está salvo como Strict Open XML, que não é compatível. Salve-o de novo como um arquivo .docx, .xlsx ou .pptx comum.</translation>
    </message>
    <message>
        <source>Part of this document&apos;s text is stored inside it as a web page or in another format, which cannot be checked. Open it in Word and save it again.</source>
        <translation>Parte do texto deste documento está guardada dentro dele como uma página da web ou em outro formato, que não pode ser verificado. Abra-o no Word e salve-o de novo.</translation>
    </message>
    <message>
        <source>The picture is too large to process.</source>
        <translation>A imagem é grande demais para ser processada.</translation>
    </message>
    <message>
        <source>A cropped picture in it is too large to cut safely.</source>
        <translation>Uma imagem recortada dentro dele é grande demais para ser cortada com segurança.</translation>
    </message>
    <message>
        <source>Areas cannot be covered in {format} pictures.</source>
        <translation>Não é possível cobrir áreas em imagens {format}.</translation>
    </message>
    <message>
        <source>{format} files are not video clips.</source>
        <translation>Arquivos {format} não são vídeos.</translation>
    </message>
    <message>
        <source>Covering areas makes a new copy: the original is never changed. Save copies in a folder instead.</source>
        <translation>Cobrir áreas cria uma nova cópia: o original nunca é alterado. Salve cópias em uma pasta.</translation>
    </message>
    <message>
        <source>This clip is turned by {degrees} degrees, which is not supported.</source>
        <translation>Este vídeo está girado em {degrees} graus, o que não é compatível.</translation>
    </message>
    <message>
        <source>The clip is too large to process ({size} pixels).</source>
        <translation>O vídeo é grande demais para ser processado ({size} pixels).</translation>
    </message>
    <message>
        <source>This HEIF picture uses a kind of compression that is not supported ({code}).</source>
        <translation>Esta imagem HEIF usa um tipo de compressão que não é compatível ({code}).</translation>
    </message>
    <message>
        <source>The picture could not be saved as AVIF.</source>
        <translation>Não foi possível salvar a imagem como AVIF.</translation>
    </message>
    <message>
        <source>This {format} file is stored in pieces, as when it is streamed. This is not supported.</source>
        <translation>Este arquivo {format} está guardado em pedaços, como quando é transmitido por streaming. Isso não é compatível.</translation>
    </message>
    <message>
        <source>The header of this {format} file is split up or compressed. This is not supported.</source>
        <translation>O cabeçalho deste arquivo {format} está dividido ou compactado. Isso não é compatível.</translation>
    </message>
    <message>
        <source>This {format} file plays sound or pictures stored in other files. This is not supported.</source>
        <translation>Este arquivo {format} reproduz som ou imagens guardados em outros arquivos. Isso não é compatível.</translation>
    </message>
    <message>
        <source>This {format} file is copy-protected, so it cannot be cleaned.</source>
        <translation>Este arquivo {format} é protegido contra cópia, por isso não pode ser limpo.</translation>
    </message>
    <message>
        <source>This {format} file is too large to clean.</source>
        <translation>Este arquivo {format} é grande demais para ser limpo.</translation>
    </message>
    <message>
        <source>The sound of this video is stored in a way that is not supported.</source>
        <translation>O som deste vídeo está guardado de um jeito que não é compatível.</translation>
    </message>
    <message>
        <source>The sound of this video is in an old format that is not supported.</source>
        <translation>O som deste vídeo está num formato antigo que não é compatível.</translation>
    </message>
    <message>
        <source>This M4A file also holds video, chapters or text, which cannot be cleaned here.</source>
        <translation>Este arquivo M4A também contém vídeo, capítulos ou texto, que não podem ser limpos aqui.</translation>
    </message>
    <message>
        <source>This is copy-protected iTunes music. Its purchase record cannot be removed without breaking it.</source>
        <translation>Esta é uma música do iTunes protegida contra cópia. O registro da compra não pode ser removido sem estragá-la.</translation>
    </message>
    <message>
        <source>This FLAC file starts with an ID3 tag, which FLAC players do not expect, so it was not cleaned.</source>
        <translation>Este arquivo FLAC começa com uma etiqueta ID3, que os players de FLAC não esperam, por isso ele não foi limpo.</translation>
    </message>
    <message>
        <source>Bare AAC sound files are not supported, only AAC inside M4A files.</source>
        <translation>Arquivos de som AAC avulsos não são compatíveis, só AAC dentro de arquivos M4A.</translation>
    </message>
    <message>
        <source>This Ogg file holds video or a kind of sound that cannot be cleaned. Only Vorbis and Opus are supported.</source>
        <translation>Este arquivo Ogg contém vídeo ou um tipo de som que não pode ser limpo. Só Vorbis e Opus são compatíveis.</translation>
    </message>
    <message>
        <source>This PNG has a part that is not standard ({part}), so it was not cleaned.</source>
        <translation>Este PNG tem uma parte que não é padrão ({part}), por isso não foi limpo.</translation>
    </message>
    <message>
        <source>This animated PNG hides a still picture too large to replace, so it was not cleaned.</source>
        <translation>Este PNG animado esconde uma imagem estática grande demais para ser substituída, por isso não foi limpo.</translation>
    </message>
    <message>
        <source>This TIFF has more than {count} pages.</source>
        <translation>Este TIFF tem mais de {count} páginas.</translation>
    </message>
    <message>
        <source>This TIFF is damaged: its picture data adds up to more than the file.</source>
        <translation>Este TIFF está danificado: os dados da imagem somam mais do que o arquivo inteiro.</translation>
    </message>
    <message>
        <source>The first page of this TIFF is only a preview. Such TIFF files are not supported.</source>
        <translation>A primeira página deste TIFF é só uma prévia. Arquivos TIFF assim não são compatíveis.</translation>
    </message>
    <message>
        <source>The clean TIFF would be larger than 4 GB.</source>
        <translation>O TIFF limpo ficaria maior que 4 GB.</translation>
    </message>
    <message>
        <source>a crop hid part of the picture</source>
        <extracomment>Why the photo was saved again, in &quot;The photo was saved again at high quality ({reason}).&quot;</extracomment>
        <translation>um recorte escondia parte da imagem</translation>
    </message>
    <message>
        <source>colours under its see-through areas could hide a picture</source>
        <extracomment>Why the photo was saved again, in &quot;The photo was saved again at high quality ({reason}).&quot;</extracomment>
        <translation>as cores sob as áreas transparentes podiam esconder uma imagem</translation>
    </message>
    <message>
        <source>it is made of layers that can cover one another</source>
        <extracomment>Why the photo was saved again, in &quot;The photo was saved again at high quality ({reason}).&quot;</extracomment>
        <translation>ela é feita de camadas que podem cobrir umas às outras</translation>
    </message>
    <message>
        <source>its tiles do not fit together in a regular grid</source>
        <extracomment>Why the photo was saved again, in &quot;The photo was saved again at high quality ({reason}).&quot;</extracomment>
        <translation>os blocos dela não se encaixam numa grade regular</translation>
    </message>
    <message>
        <source>whole tiles of its picture were hidden</source>
        <extracomment>Why the photo was saved again, in &quot;The photo was saved again at high quality ({reason}).&quot;</extracomment>
        <translation>blocos inteiros da imagem estavam ocultos</translation>
    </message>
    <message>
        <source>its picture is stored in another file</source>
        <extracomment>Why the photo was saved again, in &quot;The photo was saved again at high quality ({reason}).&quot;</extracomment>
        <translation>a imagem está guardada em outro arquivo</translation>
    </message>
    <message>
        <source>its picture is built from data stored elsewhere in the file</source>
        <extracomment>Why the photo was saved again, in &quot;The photo was saved again at high quality ({reason}).&quot;</extracomment>
        <translation>a imagem é montada com dados guardados em outro lugar do arquivo</translation>
    </message>
    <message>
        <source>its picture data is not where it should be in the file</source>
        <extracomment>Why the photo was saved again, in &quot;The photo was saved again at high quality ({reason}).&quot;</extracomment>
        <translation>os dados da imagem não estão onde deveriam estar no arquivo</translation>
    </message>
</context>
<context>
    <name>plain</name>
    <message>
        <source>1 item</source>
        <translation>1 item</translation>
    </message>
    <message>
        <source>{count} items</source>
        <translation>{count} itens</translation>
    </message>
    <message>
        <source>in the file name: {shown}</source>
        <translation>no nome do arquivo: {shown}</translation>
    </message>
    <message>
        <source>{values} and {count} more</source>
        <translation>{values} e mais {count}</translation>
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
        <translation>{deg}° L</translation>
    </message>
    <message>
        <source>{deg}° W</source>
        <translation>{deg}° O</translation>
    </message>
    <message>
        <source>serial {number}</source>
        <translation>nº de série {number}</translation>
    </message>
</context>
<context>
    <name>words</name>
    <message>
        <source>location</source>
        <translation>localização</translation>
    </message>
    <message>
        <source>phone/camera</source>
        <translation>celular/câmera</translation>
    </message>
    <message>
        <source>your name</source>
        <translation>seu nome</translation>
    </message>
    <message>
        <source>date</source>
        <translation>data</translation>
    </message>
    <message>
        <source>hidden extra image/video</source>
        <translation>imagem/vídeo extra oculto</translation>
    </message>
    <message>
        <source>editing history</source>
        <translation>histórico de edição</translation>
    </message>
    <message>
        <source>other hidden data</source>
        <translation>outros dados ocultos</translation>
    </message>
    <message>
        <source>Reveals where it was taken or made</source>
        <translation>Revela o local de captura ou criação</translation>
    </message>
    <message>
        <source>Identifies your phone or camera</source>
        <translation>Identifica seu celular ou sua câmera</translation>
    </message>
    <message>
        <source>Contains a name</source>
        <translation>Contém um nome</translation>
    </message>
    <message>
        <source>Tells when it was taken or made</source>
        <translation>Informa a data de captura ou criação</translation>
    </message>
    <message>
        <source>Hides an extra picture, video or file</source>
        <translation>Esconde uma imagem, um vídeo ou um arquivo extra</translation>
    </message>
    <message>
        <source>Shows editing history or the apps used</source>
        <translation>Mostra o histórico de edição ou os aplicativos usados</translation>
    </message>
    <message>
        <source>Other hidden data</source>
        <translation>Outros dados ocultos</translation>
    </message>
    <message>
        <source>Location</source>
        <translation>Localização</translation>
    </message>
    <message>
        <source>Phone or camera</source>
        <translation>Celular ou câmera</translation>
    </message>
    <message>
        <source>Names</source>
        <translation>Nomes</translation>
    </message>
    <message>
        <source>Date and time</source>
        <translation>Data e hora</translation>
    </message>
    <message>
        <source>Hidden extras</source>
        <translation>Extras ocultos</translation>
    </message>
    <message>
        <source>Apps and editing</source>
        <translation>Apps e edição</translation>
    </message>
    <message>
        <source>Other data</source>
        <translation>Outros dados</translation>
    </message>
    <message>
        <source>Cleaned</source>
        <translation>Limpo</translation>
    </message>
    <message>
        <source>Nothing to remove</source>
        <translation>Nada a remover</translation>
    </message>
    <message>
        <source>Not supported</source>
        <translation>Tipo não compatível</translation>
    </message>
    <message>
        <source>Could not be cleaned</source>
        <translation>Não foi possível limpar</translation>
    </message>
    <message>
        <source>Cancelled</source>
        <translation>Cancelado</translation>
    </message>
    <message>
        <source>removed: {what}</source>
        <translation>removido: {what}</translation>
    </message>
    <message>
        <source>still in the copy: {what}</source>
        <translation>ainda na cópia: {what}</translation>
    </message>
    <message>
        <source>This file is damaged or incomplete.</source>
        <translation>Este arquivo está danificado ou incompleto.</translation>
    </message>
    <message>
        <source>This type of file is not supported yet.</source>
        <translation>Este tipo de arquivo ainda não é suportado.</translation>
    </message>
    <message>
        <source>This file cannot be found or is not a normal file.</source>
        <translation>Este arquivo não foi encontrado ou não é um arquivo comum.</translation>
    </message>
    <message>
        <source>Scrubber cannot clean this file safely (for example it is too large or protected by a password).</source>
        <translation>O Scrubber não consegue limpar este arquivo com segurança (por exemplo, ele é grande demais ou protegido por senha).</translation>
    </message>
    <message>
        <source>The copy could not be written (is the disk full or the folder read-only?)</source>
        <translation>Não foi possível gravar a cópia (o disco está cheio ou a pasta é somente leitura?)</translation>
    </message>
    <message>
        <source>The copy still contained identifying data, so it was deleted.</source>
        <translation>A cópia ainda continha dados que identificam você, por isso foi apagada.</translation>
    </message>
    <message>
        <source>Not done: cleaning was cancelled.</source>
        <translation>Não feito: a limpeza foi cancelada.</translation>
    </message>
    <message>
        <source>The areas to cover do not fit this picture, so nothing was written.</source>
        <translation>As áreas a cobrir não cabem nesta imagem, por isso nada foi gravado.</translation>
    </message>
    <message>
        <source>Finding faces automatically does not work on this computer.</source>
        <translation>A busca automática de rostos não funciona neste computador.</translation>
    </message>
    <message>
        <source>Photos with areas to cover or a weakened camera fingerprint need a copy: turn off “Replace the originals”.</source>
        <translation>Fotos com áreas a cobrir ou com a impressão digital da câmera enfraquecida precisam de uma cópia: desmarque “Substituir os originais”.</translation>
    </message>
    <message>
        <source>This is a link to another file or folder; it was not followed.</source>
        <translation>Isto é um link para outro arquivo ou pasta; ele não foi seguido.</translation>
    </message>
    <message>
        <source>There is not enough memory to clean this file.</source>
        <translation>Não há memória suficiente para limpar este arquivo.</translation>
    </message>
    <message>
        <source>This file made Scrubber&apos;s reader crash (the file may be damaged). It was not cleaned.</source>
        <translation>Este arquivo fez o leitor do Scrubber travar (o arquivo pode estar danificado). Ele não foi limpo.</translation>
    </message>
    <message>
        <source>Reading this file took far too long (it may be damaged), so it was stopped. It was not cleaned.</source>
        <translation>A leitura deste arquivo estava demorando demais (ele pode estar danificado), então foi interrompida. Ele não foi limpo.</translation>
    </message>
    <message>
        <source>Something went wrong in Scrubber with this file. Nothing was written.</source>
        <translation>Algo deu errado no Scrubber com este arquivo. Nada foi gravado.</translation>
    </message>
</context>
</TS>
