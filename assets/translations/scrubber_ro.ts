<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="ro">
<context>
    <name>BatchModel</name>
    <message>
        <source>File</source>
        <translation>Fișier</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>Tip</translation>
    </message>
    <message>
        <source>What it reveals</source>
        <translation>Ce dezvăluie</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Stare</translation>
    </message>
    <message>
        <source>nothing found</source>
        <translation>nimic găsit</translation>
    </message>
    <message>
        <source>Link: not followed</source>
        <translation>Legătură: nu a fost urmată</translation>
    </message>
    <message>
        <source>Checking…</source>
        <translation>Se verifică…</translation>
    </message>
    <message>
        <source>Not supported</source>
        <translation>Nu este acceptat</translation>
    </message>
    <message>
        <source>Could not be read</source>
        <translation>Nu a putut fi citit</translation>
    </message>
    <message>
        <source>Cleaning… {percent}%</source>
        <translation>Se curăță… {percent}%</translation>
    </message>
    <message>
        <source>Cleaning…</source>
        <translation>Se curăță…</translation>
    </message>
    <message>
        <source>Ready; areas to cover: {count}</source>
        <translation>Gata; zone de acoperit: {count}</translation>
    </message>
    <message>
        <source>Ready</source>
        <translation>Gata</translation>
    </message>
</context>
<context>
    <name>ClipEditor</name>
    <message>
        <source>&amp;Time in the clip</source>
        <translation>&amp;Timpul în clip</translation>
    </message>
    <message>
        <source>Time in the clip</source>
        <translation>Timpul în clip</translation>
    </message>
    <message>
        <source>Frame of the clip</source>
        <translation>Cadru din clip</translation>
    </message>
    <message>
        <source>From this f&amp;rame</source>
        <translation>De la &amp;acest cadru</translation>
    </message>
    <message>
        <source>The selected areas (or all) are covered from this frame on</source>
        <translation>Zonele selectate (sau toate) sunt acoperite de la acest cadru încolo</translation>
    </message>
    <message>
        <source>Until t&amp;his frame</source>
        <translation>&amp;Până la acest cadru</translation>
    </message>
    <message>
        <source>The selected areas (or all) are covered up to this frame</source>
        <translation>Zonele selectate (sau toate) sunt acoperite până la acest cadru</translation>
    </message>
    <message>
        <source>Whole cli&amp;p</source>
        <translation>Tot &amp;clipul</translation>
    </message>
    <message>
        <source>The selected areas (or all) are covered in every frame</source>
        <translation>Zonele selectate (sau toate) sunt acoperite în fiecare cadru</translation>
    </message>
    <message>
        <source>{name} ({start} to {end} s)</source>
        <translation>{name} ({start} - {end} s)</translation>
    </message>
    <message>
        <source>Areas cover every frame of the clip. Faces move: to cover them in every frame, turn on “Cover the faces found in photos and clips” in the main window.</source>
        <translation>Zonele acoperă fiecare cadru al clipului. Fețele se mișcă: ca să le acoperi în fiecare cadru, activează „Acoperă fețele găsite în fotografii și clipuri” în fereastra principală.</translation>
    </message>
    <message>
        <source>Face detection is not available ({reason}).</source>
        <translation>Detectarea fețelor nu este disponibilă ({reason}).</translation>
    </message>
    <message>
        <source>Looking for faces…</source>
        <translation>Se caută fețe…</translation>
    </message>
    <message>
        <source>Faces seen in this frame (dashed outlines): {count}.</source>
        <translation>Fețe văzute în acest cadru (contururi punctate): {count}.</translation>
    </message>
</context>
<context>
    <name>DetailsPane</name>
    <message>
        <source>Details: {detail}</source>
        <translation>Detalii: {detail}</translation>
    </message>
    <message>
        <source>Details of the selected file</source>
        <translation>Detaliile fișierului selectat</translation>
    </message>
    <message>
        <source>File type</source>
        <translation>Tipul fișierului</translation>
    </message>
    <message>
        <source>Before</source>
        <translation>Înainte</translation>
    </message>
    <message>
        <source>After</source>
        <translation>După</translation>
    </message>
    <message>
        <source>Picture before cleaning</source>
        <translation>Imaginea înainte de curățare</translation>
    </message>
    <message>
        <source>Picture of the clean copy</source>
        <translation>Imaginea copiei curățate</translation>
    </message>
    <message>
        <source>Before: what the file gives away</source>
        <translation>Înainte: ce dezvăluie fișierul</translation>
    </message>
    <message>
        <source>After: the clean copy</source>
        <translation>După: copia curățată</translation>
    </message>
    <message>
        <source>Something that could identify you is still in the copy. Do not post it. The list below shows what remains.</source>
        <translation>În copie este încă ceva care te-ar putea identifica. Nu o publica. Lista de mai jos arată ce a rămas.</translation>
    </message>
    <message>
        <source>Found in the file before cleaning</source>
        <translation>Găsit în fișier înainte de curățare</translation>
    </message>
    <message>
        <source>The clean copy: what was removed and what remains</source>
        <translation>Copia curățată: ce s-a eliminat și ce rămâne</translation>
    </message>
    <message>
        <source>What</source>
        <translation>Ce</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>Valoare</translation>
    </message>
    <message>
        <source>Select a file in the list to see what it gives away.</source>
        <translation>Selectează un fișier din listă ca să vezi ce dezvăluie.</translation>
    </message>
    <message>
        <source>Technical details: every tag and value</source>
        <translation>Detalii tehnice: fiecare etichetă și valoarea ei</translation>
    </message>
    <message>
        <source>Result</source>
        <translation>Rezultat</translation>
    </message>
    <message>
        <source>Areas to cover</source>
        <translation>Zone de acoperit</translation>
    </message>
    <message>
        <source>Details of the problem</source>
        <translation>Detaliile problemei</translation>
    </message>
    <message>
        <source>1 area will be covered</source>
        <translation>1 zonă va fi acoperită</translation>
    </message>
    <message>
        <source>{count} areas will be covered</source>
        <translation>Zone care vor fi acoperite: {count}</translation>
    </message>
    <message>
        <source>Checking this file…</source>
        <translation>Se verifică acest fișier…</translation>
    </message>
    <message>
        <source>Nothing found that could identify you.</source>
        <translation>Nu s-a găsit nimic care te-ar putea identifica.</translation>
    </message>
    <message>
        <source>1 thing found that could identify you.</source>
        <translation>S-a găsit 1 lucru care te-ar putea identifica.</translation>
    </message>
    <message>
        <source>{count} things found that could identify you.</source>
        <translation>Lucruri găsite care te-ar putea identifica: {count}.</translation>
    </message>
    <message>
        <source>No clean copy can be made because the file could not be read.</source>
        <translation>Nu se poate face o copie curățată, pentru că fișierul nu a putut fi citit.</translation>
    </message>
    <message>
        <source>Cleaning…</source>
        <translation>Se curăță…</translation>
    </message>
    <message>
        <source>Not cleaned yet. Press Clean to make a safe copy.</source>
        <translation>Încă necurățat. Apasă „Curăță” ca să faci o copie sigură.</translation>
    </message>
    <message>
        <source>Saved as: {name}</source>
        <translation>Salvat ca: {name}</translation>
    </message>
    <message>
        <source>Faces found and covered: {count}. Check the picture of the copy.</source>
        <translation>Fețe găsite și acoperite: {count}. Verifică imaginea copiei.</translation>
    </message>
    <message>
        <source>Checked again: nothing that could identify you was found.</source>
        <translation>Verificat din nou: nu s-a găsit nimic care te-ar putea identifica.</translation>
    </message>
    <message>
        <source>Still in the copy</source>
        <translation>Încă în copie</translation>
    </message>
    <message>
        <source>Removed</source>
        <translation>Eliminat</translation>
    </message>
    <message>
        <source>still in the copy</source>
        <translation>încă în copie</translation>
    </message>
    <message>
        <source>removed</source>
        <translation>eliminat</translation>
    </message>
    <message>
        <source>removed, not checked</source>
        <translation>eliminat, neverificat din nou</translation>
    </message>
    <message>
        <source>What the clean copy no longer gives away</source>
        <translation>Ce nu mai dezvăluie copia curățată</translation>
    </message>
    <message>
        <source>will be removed</source>
        <translation>va fi eliminat</translation>
    </message>
    <message>
        <source>not removed</source>
        <translation>nu a fost eliminat</translation>
    </message>
    <message>
        <source>What the file gives away</source>
        <translation>Ce dezvăluie fișierul</translation>
    </message>
    <message>
        <source>kept</source>
        <translation>păstrat</translation>
    </message>
    <message>
        <source>Good to know:</source>
        <translation>Bine de știut:</translation>
    </message>
    <message>
        <source>which way up the photo is</source>
        <translation>care parte a fotografiei e sus</translation>
    </message>
    <message>
        <source>a standard colour profile</source>
        <translation>un profil de culoare standard</translation>
    </message>
    <message>
        <source>harmless technical data</source>
        <translation>date tehnice inofensive</translation>
    </message>
    <message>
        <source>Hide technical details</source>
        <translation>Ascunde detaliile tehnice</translation>
    </message>
    <message>
        <source>Show technical details</source>
        <translation>Arată detaliile tehnice</translation>
    </message>
    <message>
        <source>Kept: needed to show the photo the right way up</source>
        <translation>Păstrat: necesar ca fotografia să apară cu partea corectă în sus</translation>
    </message>
    <message>
        <source>Kept: a standard colour profile, so colours look right</source>
        <translation>Păstrat: un profil de culoare standard, ca culorile să arate corect</translation>
    </message>
    <message>
        <source>Kept</source>
        <translation>Păstrat</translation>
    </message>
    <message>
        <source>Loading preview…</source>
        <translation>Se încarcă previzualizarea…</translation>
    </message>
    <message>
        <source>No preview for this kind of file</source>
        <translation>Nu există previzualizare pentru acest tip de fișier</translation>
    </message>
    <message>
        <source>This picture could not be read: the file may be damaged</source>
        <translation>Această imagine nu a putut fi citită: fișierul poate fi deteriorat</translation>
    </message>
    <message>
        <source>The clean copy will appear here</source>
        <translation>Copia curățată va apărea aici</translation>
    </message>
    <message>
        <source>No copy was made</source>
        <translation>Nu s-a făcut nicio copie</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>Photos and pictures ({patterns})</source>
        <translation>Fotografii și imagini ({patterns})</translation>
    </message>
    <message>
        <source>Sound recordings ({patterns})</source>
        <translation>Înregistrări audio ({patterns})</translation>
    </message>
    <message>
        <source>Videos ({patterns})</source>
        <translation>Videoclipuri ({patterns})</translation>
    </message>
    <message>
        <source>Documents ({patterns})</source>
        <translation>Documente ({patterns})</translation>
    </message>
    <message>
        <source>Files Scrubber can clean ({patterns})</source>
        <translation>Fișiere pe care Scrubber le poate curăța ({patterns})</translation>
    </message>
    <message>
        <source>All files (*)</source>
        <translation>Toate fișierele (*)</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Fișier</translation>
    </message>
    <message>
        <source>&amp;Language</source>
        <translation>&amp;Limbă</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>Aj&amp;utor</translation>
    </message>
    <message>
        <source>&amp;Add files…</source>
        <translation>Adaugă fi&amp;șiere…</translation>
    </message>
    <message>
        <source>Add fold&amp;er…</source>
        <translation>Adaugă &amp;dosar…</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Ieșire</translation>
    </message>
    <message>
        <source>&amp;Clean</source>
        <translation>&amp;Curăță</translation>
    </message>
    <message>
        <source>Ca&amp;ncel</source>
        <translation>A&amp;nulează</translation>
    </message>
    <message>
        <source>Remo&amp;ve from list</source>
        <translation>&amp;Elimină din listă</translation>
    </message>
    <message>
        <source>H&amp;ide faces and areas…</source>
        <translation>Ascunde fețe și &amp;zone…</translation>
    </message>
    <message>
        <source>&amp;Why this matters</source>
        <translation>De ce conteaz&amp;ă</translation>
    </message>
    <message>
        <source>&amp;About Scrubber</source>
        <translation>&amp;Despre Scrubber</translation>
    </message>
    <message>
        <source>Scrubber: remove hidden data from photos</source>
        <translation>Scrubber: elimină datele ascunse din fotografii</translation>
    </message>
    <message>
        <source>Add files</source>
        <translation>Adaugă fișiere</translation>
    </message>
    <message>
        <source>Add a folder</source>
        <translation>Adaugă un dosar</translation>
    </message>
    <message>
        <source>Why this matters</source>
        <translation>De ce contează</translation>
    </message>
    <message>
        <source>Hide faces and areas</source>
        <translation>Ascunde fețe și zone</translation>
    </message>
    <message>
        <source>Remo&amp;ve</source>
        <translation>&amp;Elimină</translation>
    </message>
    <message>
        <source>Remove the selected files</source>
        <translation>Elimină fișierele selectate</translation>
    </message>
    <message>
        <source>Clear lis&amp;t</source>
        <translation>&amp;Golește lista</translation>
    </message>
    <message>
        <source>Clear the list</source>
        <translation>Golește lista</translation>
    </message>
    <message>
        <source>Cover faces, tattoos or anything else in the selected photo or clip (Enter)</source>
        <translation>Acoperă fețe, tatuaje sau orice altceva în fotografia sau clipul selectat (Enter)</translation>
    </message>
    <message>
        <source>or drop photos and folders onto the list below.</source>
        <translation>sau trage fotografii și dosare în lista de mai jos.</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Limbă</translation>
    </message>
    <message>
        <source>Files to clean</source>
        <translation>Fișiere de curățat</translation>
    </message>
    <message>
        <source>Drop photos or folders here.

Scrubber shows what each file gives away about you, then writes clean copies. Your originals are not changed.</source>
        <translation>Trage aici fotografii sau dosare.

Scrubber arată ce dezvăluie fiecare fișier despre tine, apoi scrie copii curățate. Originalele tale nu se schimbă.</translation>
    </message>
    <message>
        <source>Stopping: files being cleaned now are left as they were…</source>
        <translation>Se oprește: fișierele curățate chiar acum rămân cum erau…</translation>
    </message>
    <message>
        <source>Details of the selected file</source>
        <translation>Detaliile fișierului selectat</translation>
    </message>
    <message>
        <source>Language:</source>
        <translation>Limbă:</translation>
    </message>
    <message>
        <source>Add files to clean</source>
        <translation>Adaugă fișiere de curățat</translation>
    </message>
    <message>
        <source>Add a folder to clean</source>
        <translation>Adaugă un dosar de curățat</translation>
    </message>
    <message>
        <source>About Scrubber</source>
        <translation>Despre Scrubber</translation>
    </message>
    <message>
        <source>Scrubber {version}

Removes hidden data from photos. Works offline: nothing is ever sent anywhere, and no list of your files is kept.</source>
        <translation>Scrubber {version}

Elimină datele ascunse din fotografii. Funcționează offline: nu se trimite niciodată nimic nicăieri și nu se păstrează nicio listă a fișierelor tale.</translation>
    </message>
    <message>
        <source>Replace the original files?</source>
        <translation>Înlocuiești fișierele originale?</translation>
    </message>
    <message>
        <source>Your original files will be overwritten with the cleaned versions. This cannot be undone: the originals, with everything they contain, will be gone.

Photos with areas to cover still need a copy.

Replace the originals?</source>
        <translation>Fișierele tale originale vor fi suprascrise cu versiunile curățate. Acest lucru nu poate fi anulat: originalele, cu tot ce conțin, vor dispărea.

Fotografiile cu zone de acoperit tot au nevoie de o copie.

Înlocuiești originalele?</translation>
    </message>
    <message>
        <source>Choose where to save the clean copies</source>
        <translation>Alege unde să salvezi copiile curățate</translation>
    </message>
    <message>
        <source>Every file in the list has been cleaned already.</source>
        <translation>Toate fișierele din listă au fost deja curățate.</translation>
    </message>
    <message>
        <source>Cannot create the output folder</source>
        <translation>Dosarul de ieșire nu poate fi creat</translation>
    </message>
    <message>
        <source>The clean copies cannot be saved there ({reason}). Choose another folder with “Choose…”.</source>
        <translation>Copiile curățate nu pot fi salvate acolo ({reason}). Alege alt dosar cu „Alege…”.</translation>
    </message>
    <message>
        <source>Cleaning…</source>
        <translation>Se curăță…</translation>
    </message>
</context>
<context>
    <name>OptionsBox</name>
    <message>
        <source>Options</source>
        <translation>Opțiuni</translation>
    </message>
    <message>
        <source>({count} on)</source>
        <translation>(active: {count})</translation>
    </message>
    <message>
        <source>&amp;More options</source>
        <translation>Mai multe &amp;opțiuni</translation>
    </message>
    <message>
        <source>More options</source>
        <translation>Mai multe opțiuni</translation>
    </message>
    <message>
        <source>Show or hide the options for the copies</source>
        <translation>Arată sau ascunde opțiunile pentru copiile curățate</translation>
    </message>
    <message>
        <source>&amp;Give the copies random file names</source>
        <translation>Dă copiilor nume de fișier la înt&amp;âmplare</translation>
    </message>
    <message>
        <source>File names from phones often contain the date and time the photo was taken.</source>
        <translation>Numele fișierelor de pe telefoane conțin adesea data și ora la care a fost făcută fotografia.</translation>
    </message>
    <message>
        <source>&amp;Keep file names that show the date or the phone</source>
        <translation>Păstrează numele de fișier care arată data sau &amp;telefonul</translation>
    </message>
    <message>
        <source>Off: a copy of a file named like IMG_20240611_143207.jpg gets a name like photo-1f0c9a2e.jpg instead, so its name does not show when it was taken or with which phone.</source>
        <translation>Dezactivat: copia unui fișier numit de exemplu IMG_20240611_143207.jpg primește în schimb un nume ca photo-1f0c9a2e.jpg, ca numele să nu arate când a fost făcută fotografia sau cu ce telefon.</translation>
    </message>
    <message>
        <source>Convert HEIC photos to &amp;JPEG</source>
        <translation>Convertește fotografiile HEIC în &amp;JPEG</translation>
    </message>
    <message>
        <source>Remove colour &amp;profiles (colours may shift slightly)</source>
        <translation>Elimină &amp;profilurile de culoare (culorile se pot schimba puțin)</translation>
    </message>
    <message>
        <source>T&amp;urn PDF pages into pictures (strongest; text can no longer be selected)</source>
        <translation>Transformă paginile PDF în imagini (cel &amp;mai sigur; textul nu mai poate fi selectat)</translation>
    </message>
    <message>
        <source>Removes everything hidden in a PDF&apos;s text and drawings too. The copy is larger and its text cannot be searched or copied.</source>
        <translation>Elimină și tot ce este ascuns în textul și desenele unui PDF. Copia e mai mare, iar textul ei nu mai poate fi căutat sau copiat.</translation>
    </message>
    <message>
        <source>Cover the faces found in photos and clips (check each cop&amp;y)</source>
        <translation>Acoperă fețele găsite în fotografii și clipuri (&amp;verifică fiecare copie)</translation>
    </message>
    <message>
        <source>Faces found automatically are covered in black in the copies. Detection can miss faces: look at each copy&apos;s picture in the details.</source>
        <translation>Fețele găsite automat sunt acoperite cu negru în copii. Detectarea poate rata fețe: uită-te la imaginea fiecărei copii în detalii.</translation>
    </message>
    <message>
        <source>&amp;Quick face search (misses small faces)</source>
        <translation>Căutare &amp;rapidă a fețelor (ratează fețele mici)</translation>
    </message>
    <message>
        <source>Faster, but faces smaller than about 60 pixels in a large photo are not found. Used here and in Hide faces and areas.</source>
        <translation>Mai rapidă, dar fețele mai mici de aproximativ 60 de pixeli într-o fotografie mare nu sunt găsite. Se aplică aici și în Ascunde fețe și zone.</translation>
    </message>
    <message>
        <source>Remove hidden slides, sheets and te&amp;xt, and speaker notes, from documents</source>
        <translation>Elimină din documente diapozitivele, foile și te&amp;xtul ascunse, și notele vorbitorului</translation>
    </message>
    <message>
        <source>Documents can hold slides, sheets and text that are not shown, and notes only the speaker sees. Without this they are kept, and the summary says where they are.</source>
        <translation>Documentele pot conține diapozitive, foi și text care nu se văd, și note pe care le vede doar vorbitorul. Fără această opțiune, ele sunt păstrate, iar rezumatul spune unde sunt.</translation>
    </message>
    <message>
        <source>Weaken the camera fingerprint in photos (saved again, a &amp;bit smaller)</source>
        <translation>&amp;Slăbește amprenta camerei în fotografii (salvate din nou, puțin mai mici)</translation>
    </message>
    <message>
        <source>Every camera leaves a faint pattern in its photos that can link them to each other. This softens each photo slightly and makes it 3% smaller: the pattern gets weaker, but it is not removed. Photos are saved again instead of copied unchanged.</source>
        <translation>Fiecare cameră lasă în fotografiile ei un model slab care le poate lega între ele. Opțiunea înmoaie puțin fiecare fotografie și o face cu 3% mai mică: modelul devine mai slab, dar nu este eliminat. Fotografiile sunt salvate din nou în loc să fie copiate neschimbate.</translation>
    </message>
    <message>
        <source>&amp;Replace the originals (no copies; cannot be undone)</source>
        <translation>&amp;Înlocuiește originalele (fără copii; nu se poate anula)</translation>
    </message>
</context>
<context>
    <name>OutputBox</name>
    <message>
        <source>Save clean copies in:</source>
        <translation>Salvează copiile curățate în:</translation>
    </message>
    <message>
        <source>Output folder</source>
        <translation>Dosar de ieșire</translation>
    </message>
    <message>
        <source>Choo&amp;se…</source>
        <translation>&amp;Alege…</translation>
    </message>
    <message>
        <source>Choose the output folder</source>
        <translation>Alege dosarul de ieșire</translation>
    </message>
    <message>
        <source>Use &amp;default</source>
        <translation>Folosește &amp;implicitul</translation>
    </message>
    <message>
        <source>Use the default output folder</source>
        <translation>Folosește dosarul de ieșire implicit</translation>
    </message>
    <message>
        <source>The original files will be replaced.</source>
        <translation>Fișierele originale vor fi înlocuite.</translation>
    </message>
    <message>
        <source>The folder “{name}” next to the originals, with the copies made so far.</source>
        <translation>Dosarul „{name}” de lângă originale, cu copiile făcute până acum.</translation>
    </message>
    <message>
        <source>A new folder next to the originals, named “{name}”.</source>
        <translation>Un dosar nou lângă originale, numit „{name}”.</translation>
    </message>
</context>
<context>
    <name>QAbstractFileIconProvider</name>
    <message>
        <source>Drive</source>
        <translation>Unitate</translation>
    </message>
    <message>
        <source>Folder</source>
        <translation>Dosar</translation>
    </message>
</context>
<context>
    <name>QFileDialog</name>
    <message>
        <source>%1
Directory not found.
Please verify the correct directory name was given.</source>
        <translation>%1
Dosarul nu a fost găsit.
Verifică dacă numele dosarului este corect.</translation>
    </message>
    <message>
        <source>%1
File not found.
Please verify the correct file name was given.</source>
        <translation>%1
Fișierul nu a fost găsit.
Verifică dacă numele fișierului este corect.</translation>
    </message>
    <message>
        <source>&amp;Choose</source>
        <translation>&amp;Alege</translation>
    </message>
    <message>
        <source>&amp;Delete</source>
        <translation>Șt&amp;erge</translation>
    </message>
    <message>
        <source>&amp;Look in:</source>
        <translation>&amp;Caută în:</translation>
    </message>
    <message>
        <source>&amp;New Folder</source>
        <translation>Dosar &amp;nou</translation>
    </message>
    <message>
        <source>&amp;Open</source>
        <translation>&amp;Deschide</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>Deschide</translation>
    </message>
    <message>
        <source>&amp;Rename</source>
        <translation>&amp;Redenumește</translation>
    </message>
    <message>
        <source>All Files (*)</source>
        <translation>Toate fișierele (*)</translation>
    </message>
    <message>
        <source>Are you sure you want to delete &apos;%1&apos;?</source>
        <translation>Sigur vrei să ștergi „%1”?</translation>
    </message>
    <message>
        <source>Back</source>
        <translation>Înapoi</translation>
    </message>
    <message>
        <source>Change to detail view mode</source>
        <translation>Vizualizare detaliată</translation>
    </message>
    <message>
        <source>Change to list view mode</source>
        <translation>Vizualizare listă</translation>
    </message>
    <message>
        <source>Create New Folder</source>
        <translation>Creează un dosar nou</translation>
    </message>
    <message>
        <source>Create a New Folder</source>
        <translation>Creează un dosar nou</translation>
    </message>
    <message>
        <source>Detail View</source>
        <translation>Vizualizare detaliată</translation>
    </message>
    <message>
        <source>Directories</source>
        <translation>Dosare</translation>
    </message>
    <message>
        <source>Directory:</source>
        <translation>Dosar:</translation>
    </message>
    <message>
        <source>File &amp;name:</source>
        <translation>&amp;Nume fișier:</translation>
    </message>
    <message>
        <source>Files</source>
        <translation>Fișiere</translation>
    </message>
    <message>
        <source>Files of &amp;type:</source>
        <translation>Fișiere de &amp;tipul:</translation>
    </message>
    <message>
        <source>Forward</source>
        <translation>Înainte</translation>
    </message>
    <message>
        <source>Go back</source>
        <translation>Mergi înapoi</translation>
    </message>
    <message>
        <source>Go forward</source>
        <translation>Mergi înainte</translation>
    </message>
    <message>
        <source>Go to the parent directory</source>
        <translation>Mergi la dosarul părinte</translation>
    </message>
    <message>
        <source>List View</source>
        <translation>Listă</translation>
    </message>
    <message>
        <source>List of places and bookmarks</source>
        <translation>Lista locurilor și a marcajelor</translation>
    </message>
    <message>
        <source>Parent Directory</source>
        <translation>Dosarul părinte</translation>
    </message>
    <message>
        <source>Show &amp;hidden files</source>
        <translation>Arată fișierele &amp;ascunse</translation>
    </message>
    <message>
        <source>Show </source>
        <translation>Arată </translation>
    </message>
    <message>
        <source>Sidebar</source>
        <translation>Bară laterală</translation>
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
        <translation>Data modificării</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nume</translation>
    </message>
    <message>
        <source>Size</source>
        <translation>Dimensiune</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>Tip</translation>
    </message>
</context>
<context>
    <name>QLineEdit</name>
    <message>
        <source>&amp;Copy</source>
        <translation>&amp;Copiază</translation>
    </message>
    <message>
        <source>&amp;Paste</source>
        <translation>&amp;Lipește</translation>
    </message>
    <message>
        <source>&amp;Redo</source>
        <translation>&amp;Refă</translation>
    </message>
    <message>
        <source>&amp;Undo</source>
        <translation>&amp;Anulează</translation>
    </message>
    <message>
        <source>Cu&amp;t</source>
        <translation>&amp;Taie</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Șterge</translation>
    </message>
    <message>
        <source>Select All</source>
        <translation>Selectează tot</translation>
    </message>
</context>
<context>
    <name>QMessageBox</name>
    <message>
        <source>Show Details...</source>
        <translation>Arată detaliile...</translation>
    </message>
</context>
<context>
    <name>QPlatformTheme</name>
    <message>
        <source>&amp;No</source>
        <translation>&amp;Nu</translation>
    </message>
    <message>
        <source>&amp;Yes</source>
        <translation>&amp;Da</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Anulează</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Închide</translation>
    </message>
    <message>
        <source>OK</source>
        <translation>OK</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>Deschide</translation>
    </message>
</context>
<context>
    <name>RedactionEditor</name>
    <message>
        <source>Press Esc again to close without your changes, or Enter to use them.</source>
        <translation>Apasă din nou Esc ca să închizi fără modificările tale, sau Enter ca să le folosești.</translation>
    </message>
    <message>
        <source>Hide faces and areas — {name}</source>
        <translation>Ascunde fețe și zone — {name}</translation>
    </message>
    <message>
        <source>Select and move</source>
        <translation>Selectează și mută</translation>
    </message>
    <message>
        <source>Rectangle</source>
        <translation>Dreptunghi</translation>
    </message>
    <message>
        <source>Ellipse</source>
        <translation>Elipsă</translation>
    </message>
    <message>
        <source>Brush</source>
        <translation>Pensulă</translation>
    </message>
    <message>
        <source>Add area</source>
        <translation>Adaugă o zonă</translation>
    </message>
    <message>
        <source>Add an area in the middle of the view, to move with the arrow keys (N)</source>
        <translation>Adaugă o zonă în mijlocul vederii, ca s-o muți cu tastele săgeți (N)</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Șterge</translation>
    </message>
    <message>
        <source>Del</source>
        <translation>Del</translation>
    </message>
    <message>
        <source>Undo</source>
        <translation>Anulează</translation>
    </message>
    <message>
        <source>Redo</source>
        <translation>Refă</translation>
    </message>
    <message>
        <source>Zoom out</source>
        <translation>Micșorează</translation>
    </message>
    <message>
        <source>Zoom in</source>
        <translation>Mărește</translation>
    </message>
    <message>
        <source>Fit</source>
        <translation>Potrivește</translation>
    </message>
    <message>
        <source>Preview</source>
        <translation>Previzualizare</translation>
    </message>
    <message>
        <source>Show exactly what will be written (P)</source>
        <translation>Arată exact ce va fi scris (P)</translation>
    </message>
    <message>
        <source>Brush &amp;width</source>
        <translation>&amp;Lățimea pensulei</translation>
    </message>
    <message>
        <source>Brush width</source>
        <translation>Lățimea pensulei</translation>
    </message>
    <message>
        <source>Drawing tools</source>
        <translation>Instrumente de desen</translation>
    </message>
    <message>
        <source>Undo, zoom and preview</source>
        <translation>Anulare, zoom și previzualizare</translation>
    </message>
    <message>
        <source>Photo</source>
        <translation>Fotografie</translation>
    </message>
    <message>
        <source>Draw areas to cover with the mouse or the keyboard. Ctrl and the mouse wheel zoom; hold Space to pan.</source>
        <translation>Desenează cu mouse-ul sau cu tastatura zonele de acoperit. Ctrl și rotița mouse-ului fac zoom; ține apăsat Spațiu ca să muți imaginea.</translation>
    </message>
    <message>
        <source>&amp;Areas to cover (untick to leave uncovered)</source>
        <translation>&amp;Zone de acoperit (debifează ca să rămână neacoperite)</translation>
    </message>
    <message>
        <source>Areas to cover</source>
        <translation>Zone de acoperit</translation>
    </message>
    <message>
        <source>Automatic detection can miss faces — check every face yourself, including faces in mirrors, pictures and screens.</source>
        <translation>Detectarea automată poate rata fețe — verifică tu fiecare față, inclusiv fețele din oglinzi, tablouri și ecrane.</translation>
    </message>
    <message>
        <source>Find &amp;small faces</source>
        <translation>&amp;Găsește fețe mici</translation>
    </message>
    <message>
        <source>Find small faces</source>
        <translation>Găsește fețe mici</translation>
    </message>
    <message>
        <source>Look again for small faces, for group photos (slower)</source>
        <translation>Caută din nou fețe mici, pentru fotografii de grup (mai lent)</translation>
    </message>
    <message>
        <source>How to cover</source>
        <translation>Cum acoperi</translation>
    </message>
    <message>
        <source>Solid &amp;fill (safest)</source>
        <translation>Umplere plină (cea mai &amp;sigură)</translation>
    </message>
    <message>
        <source>Strong &amp;mosaic</source>
        <translation>&amp;Mozaic puternic</translation>
    </message>
    <message>
        <source>B&amp;lur (wiped first; a few average colours stay)</source>
        <translation>&amp;Estompare (zona e ștearsă mai întâi; rămân câteva culori medii)</translation>
    </message>
    <message>
        <source>Fill &amp;colour…</source>
        <translation>Culoarea de &amp;umplere…</translation>
    </message>
    <message>
        <source>Fill colour</source>
        <translation>Culoarea de umplere</translation>
    </message>
    <message>
        <source>&amp;Use these areas</source>
        <translation>&amp;Folosește aceste zone</translation>
    </message>
    <message>
        <source>Use these areas</source>
        <translation>Folosește aceste zone</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Anulează</translation>
    </message>
    <message>
        <source>{action} ({key})</source>
        <translation>{action} ({key})</translation>
    </message>
    <message>
        <source>Keyboard: N adds an area, arrows move it (Shift: further), Ctrl+arrows resize it, [ and ] pick another, Delete removes it.</source>
        <translation>Tastatură: N adaugă o zonă, săgețile o mută (Shift: mai departe), Ctrl+săgeți îi schimbă mărimea, [ și ] aleg alta, Delete o șterge.</translation>
    </message>
    <message>
        <source>Face {n} (found automatically)</source>
        <translation>Fața {n} (găsită automat)</translation>
    </message>
    <message>
        <source>Rectangle {n}</source>
        <translation>Dreptunghi {n}</translation>
    </message>
    <message>
        <source>Ellipse {n}</source>
        <translation>Elipsă {n}</translation>
    </message>
    <message>
        <source>Brush stroke {n}</source>
        <translation>Trăsătură de pensulă {n}</translation>
    </message>
    <message>
        <source>Shape {n}</source>
        <translation>Formă {n}</translation>
    </message>
    <message>
        <source>Loading…</source>
        <translation>Se încarcă…</translation>
    </message>
    <message>
        <source>Making the preview…</source>
        <translation>Se face previzualizarea…</translation>
    </message>
    <message>
        <source>Preview: this is what will be written.</source>
        <translation>Previzualizare: asta va fi scris.</translation>
    </message>
    <message>
        <source>Draw over anything that could identify you: faces, tattoos, marks.</source>
        <translation>Desenează peste orice te-ar putea identifica: fețe, tatuaje, semne.</translation>
    </message>
    <message>
        <source>Looking for faces…</source>
        <translation>Se caută fețe…</translation>
    </message>
    <message>
        <source>Looking for small faces… this takes longer.</source>
        <translation>Se caută fețe mici… durează mai mult.</translation>
    </message>
    <message>
        <source>Face detection is not available ({reason}). Mark faces yourself.</source>
        <translation>Detectarea fețelor nu este disponibilă ({reason}). Marchează tu fețele.</translation>
    </message>
    <message>
        <source>No faces were found automatically.</source>
        <translation>Nu s-au găsit fețe automat.</translation>
    </message>
    <message>
        <source>Faces found automatically: {count}.</source>
        <translation>Fețe găsite automat: {count}.</translation>
    </message>
    <message>
        <source>its files are missing or damaged</source>
        <translation>fișierele lui lipsesc sau sunt deteriorate</translation>
    </message>
    <message>
        <source>There is not enough memory to open this photo.</source>
        <translation>Nu este destulă memorie pentru a deschide această fotografie.</translation>
    </message>
    <message>
        <source>The photo could not be opened.</source>
        <translation>Fotografia nu a putut fi deschisă.</translation>
    </message>
</context>
<context>
    <name>RunBar</name>
    <message>
        <source>Ca&amp;ncel</source>
        <translation>A&amp;nulează</translation>
    </message>
    <message>
        <source>Cancel cleaning</source>
        <translation>Anulează curățarea</translation>
    </message>
    <message>
        <source>&amp;Clean</source>
        <translation>&amp;Curăță</translation>
    </message>
    <message>
        <source>Clean all files in the list</source>
        <translation>Curăță toate fișierele din listă</translation>
    </message>
    <message>
        <source>&amp;Open output folder</source>
        <translation>Desc&amp;hide dosarul de ieșire</translation>
    </message>
    <message>
        <source>Open output folder</source>
        <translation>Deschide dosarul de ieșire</translation>
    </message>
    <message>
        <source>Write clean copies of all files (Ctrl+Enter)</source>
        <translation>Scrie copii curățate ale tuturor fișierelor (Ctrl+Enter)</translation>
    </message>
    <message>
        <source>Stop now; files not finished are left as they were (Esc)</source>
        <translation>Oprește acum; fișierele neterminate rămân cum erau (Esc)</translation>
    </message>
    <message>
        <source>Cleaning progress</source>
        <translation>Progresul curățării</translation>
    </message>
    <message>
        <source>%v of %m files</source>
        <translation>%v din %m fișiere</translation>
    </message>
    <message>
        <source>Summary</source>
        <translation>Rezumat</translation>
    </message>
</context>
<context>
    <name>SafetyGuide</name>
    <message>
        <source>Why this matters</source>
        <translation>De ce contează</translation>
    </message>
    <message>
        <source>Safety guide</source>
        <translation>Ghid de siguranță</translation>
    </message>
    <message>
        <source>&amp;Close</source>
        <translation>Î&amp;nchide</translation>
    </message>
    <message>
        <source>Close the safety guide</source>
        <translation>Închide ghidul de siguranță</translation>
    </message>
    <message>
        <source>What your photos and files can give away</source>
        <translation>Ce pot dezvălui fotografiile și fișierele tale</translation>
    </message>
    <message>
        <source>Photos from phones and cameras carry hidden details. Anyone who gets the file can read them:</source>
        <translation>Fotografiile de pe telefoane și camere conțin detalii ascunse. Oricine primește fișierul le poate citi:</translation>
    </message>
    <message>
        <source>Where the photo was taken, often to within a few metres.</source>
        <translation>Unde a fost făcută fotografia, adesea cu o precizie de câțiva metri.</translation>
    </message>
    <message>
        <source>Which phone or camera took it, sometimes with its serial number.</source>
        <translation>Ce telefon sau ce cameră a făcut-o, uneori cu numărul de serie.</translation>
    </message>
    <message>
        <source>Your name, if it is set in the phone, camera or editing app.</source>
        <translation>Numele tău, dacă este setat în telefon, în cameră sau în aplicația de editare.</translation>
    </message>
    <message>
        <source>The date and time it was taken.</source>
        <translation>Data și ora la care a fost făcută.</translation>
    </message>
    <message>
        <source>A hidden small copy of the original photo. It can show what you cropped out or covered.</source>
        <translation>O copie mică ascunsă a fotografiei originale. Poate arăta ce ai decupat sau ai acoperit.</translation>
    </message>
    <message>
        <source>Scrubber removes these details from a copy of the file. Your original stays as it is, unless you choose to replace it.</source>
        <translation>Scrubber elimină aceste detalii dintr-o copie a fișierului. Originalul tău rămâne cum este, dacă nu alegi să-l înlocuiești.</translation>
    </message>
    <message>
        <source>Documents such as PDF and Word files can hold the author&apos;s name, the computer&apos;s name and the editing history. Videos and voice recordings can hold the place and the device.</source>
        <translation>Documentele, cum ar fi fișierele PDF și Word, pot conține numele autorului, numele calculatorului și istoricul modificărilor. Videoclipurile și înregistrările vocale pot conține locul și dispozitivul.</translation>
    </message>
    <message>
        <source>If Scrubber says a file is not supported or could not be cleaned, do not share that file as it is.</source>
        <translation>Dacă Scrubber spune că un fișier nu este acceptat sau nu a putut fi curățat, nu distribui acel fișier așa cum este.</translation>
    </message>
    <message>
        <source>Blur in other apps can be undone</source>
        <translation>Estomparea din alte aplicații poate fi anulată</translation>
    </message>
    <message>
        <source>Blur and small pixelation made by other apps can be undone by software. Scrubber&apos;s blur and mosaic wipe the area first, but they still show its average colours.</source>
        <translation>Estomparea și pixelizarea fină făcute de alte aplicații pot fi anulate de programe. Estomparea și mozaicul din Scrubber șterg mai întâi zona, dar tot arată culorile ei medii.</translation>
    </message>
    <message>
        <source>To hide a face, a tattoo or anything else, use solid fill. Cover a little more than you think you need.</source>
        <translation>Ca să ascunzi o față, un tatuaj sau orice altceva, folosește umplerea plină. Acoperă puțin mai mult decât crezi că e nevoie.</translation>
    </message>
    <message>
        <source>Your photos can be matched</source>
        <translation>Fotografiile tale pot fi potrivite</translation>
    </message>
    <message>
        <source>Reverse image search finds other places where the same photo, or one like it, is online.</source>
        <translation>Căutarea inversă de imagini găsește alte locuri online unde apare aceeași fotografie sau una asemănătoare.</translation>
    </message>
    <message>
        <source>Face recognition exists and is easy to use. A face, a tattoo or a room that people can recognise can link your ad photos to your personal accounts.</source>
        <translation>Recunoașterea facială există și e ușor de folosit. O față, un tatuaj sau o cameră pe care oamenii le pot recunoaște pot lega fotografiile din anunțurile tale de conturile tale personale.</translation>
    </message>
    <message>
        <source>Search for your own ad photos now and then, with a reverse image search and a face search. Then you see where they turn up.</source>
        <translation>Caută din când în când fotografiile din anunțurile tale, cu o căutare inversă de imagini și o căutare după față. Așa vezi unde apar.</translation>
    </message>
    <message>
        <source>Tattoos, birthmarks, jewellery, nails, bedding and furniture can link your ads to each other. Cover them or change them.</source>
        <translation>Tatuajele, semnele din naștere, bijuteriile, unghiile, lenjeria de pat și mobila pot lega anunțurile tale între ele. Acoperă-le sau schimbă-le.</translation>
    </message>
    <message>
        <source>Each camera leaves a faint pattern in its photos that can link them to each other. The option “Weaken the camera fingerprint” makes it weaker, but does not remove it.</source>
        <translation>Fiecare cameră lasă în fotografiile ei un model slab care le poate lega între ele. Opțiunea „Slăbește amprenta camerei” îl face mai slab, dar nu îl elimină.</translation>
    </message>
    <message>
        <source>Tips from sex workers&apos; digital safety advice</source>
        <translation>Sfaturi din ghidurile de siguranță digitală pentru lucrătorii și lucrătoarele sexuale</translation>
    </message>
    <message>
        <source>Keep work and personal life apart. Use a separate phone, email and accounts for work if you can.</source>
        <translation>Ține separat munca de viața personală. Dacă poți, folosește pentru muncă un telefon, o adresă de e-mail și conturi separate.</translation>
    </message>
    <message>
        <source>Take ad photos with a different phone or camera. If you cannot, turn off location, Live Photos and Motion Photos in the camera before you take them.</source>
        <translation>Fă fotografiile pentru anunțuri cu alt telefon sau altă cameră. Dacă nu poți, dezactivează în aplicația foto locația, Live Photos și Motion Photos înainte să fotografiezi.</translation>
    </message>
    <message>
        <source>Never use photos from your personal social media in ads, not even old ones.</source>
        <translation>Nu folosi niciodată în anunțuri fotografii de pe rețelele tale sociale personale, nici măcar vechi.</translation>
    </message>
    <message>
        <source>Cloud backups and shared albums keep your originals, with the place they were taken, and sort them by face. Keep work photos out of them.</source>
        <translation>Copiile de rezervă în cloud și albumele partajate îți păstrează originalele, cu locul unde au fost făcute, și le sortează după fețe. Ține fotografiile de lucru departe de ele.</translation>
    </message>
    <message>
        <source>Clean last: after cropping and editing in other apps. Editing apps can add hidden data again.</source>
        <translation>Curăță la final: după decupare și editare în alte aplicații. Aplicațiile de editare pot adăuga din nou date ascunse.</translation>
    </message>
    <message>
        <source>Screenshots can show your name, your number and your notifications. Check them before you share them.</source>
        <translation>Capturile de ecran pot arăta numele tău, numărul tău și notificările tale. Verifică-le înainte să le distribui.</translation>
    </message>
    <message>
        <source>Check the background: letters, papers, photos on the wall, anything with a name or address.</source>
        <translation>Verifică fundalul: scrisori, hârtii, fotografii pe perete, orice are un nume sau o adresă.</translation>
    </message>
    <message>
        <source>Check mirrors and reflections: sunglasses, windows, screens and shiny surfaces.</source>
        <translation>Verifică oglinzile și reflexiile: ochelari de soare, ferestre, ecrane și suprafețe lucioase.</translation>
    </message>
    <message>
        <source>Check what can be seen through windows. Streets, signs and buildings can show where you are.</source>
        <translation>Verifică ce se vede pe ferestre. Străzile, indicatoarele și clădirile pot arăta unde ești.</translation>
    </message>
    <message>
        <source>Do not post the same photo on your personal and your work accounts.</source>
        <translation>Nu publica aceeași fotografie pe conturile tale personale și pe cele de lucru.</translation>
    </message>
    <message>
        <source>Sending a photo “as a file” or by email keeps its hidden data. Send only the clean copy.</source>
        <translation>Dacă trimiți o fotografie „ca fișier” sau pe e-mail, datele ei ascunse rămân. Trimite doar copia curățată.</translation>
    </message>
    <message>
        <source>When you are done, delete the originals from Downloads and from shared folders.</source>
        <translation>Când ai terminat, șterge originalele din Descărcări și din dosarele partajate.</translation>
    </message>
    <message>
        <source>Before you post, open the clean copy and check it again.</source>
        <translation>Înainte să publici, deschide copia curățată și verific-o din nou.</translation>
    </message>
    <message>
        <source>What your computer may still keep</source>
        <translation>Ce mai poate păstra calculatorul tău</translation>
    </message>
    <message>
        <source>Scrubber keeps no list of the files you open, but your computer may:</source>
        <translation>Scrubber nu păstrează nicio listă a fișierelor pe care le deschizi, dar calculatorul tău s-ar putea să păstreze:</translation>
    </message>
    <message>
        <source>small previews (thumbnails) made by the file manager or photo viewer;</source>
        <translation>mici previzualizări (miniaturi) făcute de managerul de fișiere sau de programul de vizualizare a fotografiilor;</translation>
    </message>
    <message>
        <source>lists of recent files in other apps;</source>
        <translation>liste de fișiere recente în alte aplicații;</translation>
    </message>
    <message>
        <source>the originals in Downloads, in the trash and in cloud backups.</source>
        <translation>originalele din Descărcări, din coșul de gunoi și din copiile de rezervă în cloud.</translation>
    </message>
    <message>
        <source>To clear them:</source>
        <translation>Ca să le ștergi:</translation>
    </message>
    <message>
        <source>Empty the trash.</source>
        <translation>Golește coșul de gunoi.</translation>
    </message>
    <message>
        <source>Clear the recent files in your file manager.</source>
        <translation>Șterge fișierele recente din managerul de fișiere.</translation>
    </message>
    <message>
        <source>Delete the thumbnail cache. Linux: the .cache/thumbnails folder in your home folder. Windows: Disk Cleanup, then Thumbnails. macOS: restart the Mac.</source>
        <translation>Șterge memoria cache a miniaturilor. Linux: dosarul .cache/thumbnails din dosarul tău personal. Windows: Curățare disc, apoi Miniaturi. macOS: repornește Mac-ul.</translation>
    </message>
    <message>
        <source>Scrubber works offline</source>
        <translation>Scrubber funcționează offline</translation>
    </message>
    <message>
        <source>Scrubber never connects to the internet. Your files stay on this computer.</source>
        <translation>Scrubber nu se conectează niciodată la internet. Fișierele tale rămân pe acest calculator.</translation>
    </message>
</context>
<context>
    <name>Summary</name>
    <message>
        <source>Cancelled.</source>
        <translation>Anulat.</translation>
    </message>
    <message>
        <source>{n} cleaned.</source>
        <translation>Curățate: {n}.</translation>
    </message>
    <message>
        <source>{n} had nothing to remove.</source>
        <translation>Fără nimic de eliminat: {n}.</translation>
    </message>
    <message>
        <source>{n} could not be cleaned.</source>
        <translation>Nu au putut fi curățate: {n}.</translation>
    </message>
    <message>
        <source>{n} not done (cancelled).</source>
        <translation>Neterminate (anulat): {n}.</translation>
    </message>
    <message>
        <source>Nothing was cleaned.</source>
        <translation>Nu s-a curățat nimic.</translation>
    </message>
    <message>
        <source>Clean copies are in: {folder}</source>
        <translation>Copiile curățate sunt în: {folder}</translation>
    </message>
    <message>
        <source>{name}: {reason}</source>
        <translation>{name}: {reason}</translation>
    </message>
    <message>
        <source>…and {n} more: see the list.</source>
        <translation>…și încă {n}: vezi lista.</translation>
    </message>
</context>
<context>
    <name>messages</name>
    <message>
        <source>{metres} m above sea level</source>
        <translation>{metres} m deasupra nivelului mării</translation>
    </message>
    <message>
        <source>{metres} m below sea level</source>
        <translation>{metres} m sub nivelul mării</translation>
    </message>
    <message>
        <source>{count} bytes of data</source>
        <translation>{count} octeți de date</translation>
    </message>
    <message>
        <source>The file name shows when it was taken: {shown}</source>
        <translation>Numele fișierului arată când a fost făcut: {shown}</translation>
    </message>
    <message>
        <source>The file name shows the phone or camera that made it: {shown}</source>
        <translation>Numele fișierului arată telefonul sau camera care l-a făcut: {shown}</translation>
    </message>
    <message>
        <source>The file name shows the app that made it: {apps}</source>
        <translation>Numele fișierului arată aplicația care l-a creat: {apps}</translation>
    </message>
    <message>
        <source>{finding} (the name was kept)</source>
        <translation>{finding} (numele a fost păstrat)</translation>
    </message>
    <message>
        <source>The file cannot be found. Was it moved or deleted?</source>
        <translation>Fișierul nu poate fi găsit. A fost mutat sau șters?</translation>
    </message>
    <message>
        <source>This is not a normal file (it is a folder, a device or a pipe).</source>
        <translation>Acesta nu este un fișier obișnuit (este un dosar, un dispozitiv sau un pipe).</translation>
    </message>
    <message>
        <source>This is a folder, not a file.</source>
        <translation>Acesta este un dosar, nu un fișier.</translation>
    </message>
    <message>
        <source>The file is empty.</source>
        <translation>Fișierul este gol.</translation>
    </message>
    <message>
        <source>The file cannot be read: {reason}</source>
        <translation>Fișierul nu poate fi citit: {reason}</translation>
    </message>
    <message>
        <source>The file name says {format}, but the file cannot be read as {format}.</source>
        <translation>Numele fișierului spune {format}, dar fișierul nu poate fi citit ca {format}.</translation>
    </message>
    <message>
        <source>This type of file is not supported, so it was not cleaned.</source>
        <translation>Acest tip de fișier nu este acceptat, așa că nu a fost curățat.</translation>
    </message>
    <message>
        <source>This is a link; it was not followed.</source>
        <translation>Aceasta este o legătură; nu a fost urmată.</translation>
    </message>
    <message>
        <source>This file could not be read ({kind}).</source>
        <translation>Acest fișier nu a putut fi citit ({kind}).</translation>
    </message>
    <message>
        <source>It holds documents inside documents, too many levels deep.</source>
        <translation>Conține documente în documente, pe prea multe niveluri.</translation>
    </message>
    <message>
        <source>There is not enough memory to read this file.</source>
        <translation>Nu este destulă memorie pentru a citi acest fișier.</translation>
    </message>
    <message>
        <source>There is not enough memory.</source>
        <translation>Nu este destulă memorie.</translation>
    </message>
    <message>
        <source>A file could not be read or written: {reason}</source>
        <translation>Un fișier nu a putut fi citit sau scris: {reason}</translation>
    </message>
    <message>
        <source>Unexpected error ({kind}). Nothing was written.</source>
        <translation>Eroare neașteptată ({kind}). Nu s-a scris nimic.</translation>
    </message>
    <message>
        <source>The copy would replace the original. Choose another name or folder.</source>
        <translation>Copia ar înlocui originalul. Alege alt nume sau alt dosar.</translation>
    </message>
    <message>
        <source>Replacing the original cannot change the file type. Save copies in a folder instead.</source>
        <translation>Înlocuirea originalului nu poate schimba tipul fișierului. Salvează în schimb copiile într-un dosar.</translation>
    </message>
    <message>
        <source>This file is a link. Save copies in a folder instead.</source>
        <translation>Acest fișier este o legătură. Salvează în schimb copiile într-un dosar.</translation>
    </message>
    <message>
        <source>The clean copy could not be checked again, so it was deleted: {reason}</source>
        <translation>Copia curățată nu a putut fi verificată din nou, așa că a fost ștearsă: {reason}</translation>
    </message>
    <message>
        <source>The clean copy still held data ({left}), so it was deleted.</source>
        <translation>Copia curățată încă mai conținea date ({left}), așa că a fost ștearsă.</translation>
    </message>
    <message>
        <source>The folder for the copies cannot be created: {reason}</source>
        <translation>Dosarul pentru copii nu poate fi creat: {reason}</translation>
    </message>
    <message>
        <source>Nothing can be saved in the folder for the copies: {reason}</source>
        <translation>Nu se poate salva nimic în dosarul pentru copii: {reason}</translation>
    </message>
    <message>
        <source>The copy could not be finished: {reason}</source>
        <translation>Copia nu a putut fi terminată: {reason}</translation>
    </message>
    <message>
        <source>The copies could not be saved to the disk: {reason}</source>
        <translation>Copiile nu au putut fi salvate pe disc: {reason}</translation>
    </message>
    <message>
        <source>No free name was found for the clean copy.</source>
        <translation>Nu s-a găsit un nume liber pentru copia curățată.</translation>
    </message>
    <message>
        <source>The clean copy could not be saved: {reason}</source>
        <translation>Copia curățată nu a putut fi salvată: {reason}</translation>
    </message>
    <message>
        <source>The earlier copy could not be replaced: {reason}</source>
        <translation>Copia anterioară nu a putut fi înlocuită: {reason}</translation>
    </message>
    <message>
        <source>This JPEG is damaged: its beginning is missing.</source>
        <translation>Acest JPEG este deteriorat: îi lipsește începutul.</translation>
    </message>
    <message>
        <source>This JPEG is damaged (a wrong length at byte {pos}).</source>
        <translation>Acest JPEG este deteriorat (o lungime greșită la octetul {pos}).</translation>
    </message>
    <message>
        <source>This JPEG is damaged: its picture does not end where it should.</source>
        <translation>Acest JPEG este deteriorat: imaginea lui nu se termină unde ar trebui.</translation>
    </message>
    <message>
        <source>This JPEG is damaged (a missing marker at byte {pos}).</source>
        <translation>Acest JPEG este deteriorat (lipsește un marcaj la octetul {pos}).</translation>
    </message>
    <message>
        <source>This JPEG is cut off before the picture starts.</source>
        <translation>Acest JPEG este tăiat înainte să înceapă imaginea.</translation>
    </message>
    <message>
        <source>This JPEG is damaged: it has far too many parts.</source>
        <translation>Acest JPEG este deteriorat: are mult prea multe părți.</translation>
    </message>
    <message>
        <source>This rare kind of JPEG (hierarchical or JPEG-LS) is not supported.</source>
        <translation>Acest tip rar de JPEG (ierarhic sau JPEG-LS) nu este acceptat.</translation>
    </message>
    <message>
        <source>This JPEG holds no picture.</source>
        <translation>Acest JPEG nu conține nicio imagine.</translation>
    </message>
    <message>
        <source>This JPEG is damaged: its picture is not where the file says.</source>
        <translation>Acest JPEG este deteriorat: imaginea lui nu este unde spune fișierul.</translation>
    </message>
    <message>
        <source>This JPEG is damaged: it holds more than one picture frame.</source>
        <translation>Acest JPEG este deteriorat: conține mai mult de un cadru de imagine.</translation>
    </message>
    <message>
        <source>This JPEG has other data hidden inside its picture, so it was not cleaned.</source>
        <translation>Acest JPEG are alte date ascunse în imaginea lui, așa că nu a fost curățat.</translation>
    </message>
    <message>
        <source>The colour profile is too large.</source>
        <translation>Profilul de culoare este prea mare.</translation>
    </message>
    <message>
        <source>The picture is incomplete: the file was cut off.</source>
        <translation>Imaginea este incompletă: fișierul a fost tăiat.</translation>
    </message>
    <message>
        <source>This JPEG is damaged in places; the copy looks the same as the original did.</source>
        <translation>Acest JPEG este deteriorat pe alocuri; copia arată la fel cum arăta originalul.</translation>
    </message>
    <message>
        <source>The GIF file was cut short; its complete frames were kept.</source>
        <translation>Fișierul GIF a fost tăiat; cadrele lui complete au fost păstrate.</translation>
    </message>
    <message>
        <source>The {format} picture was saved as PNG.</source>
        <translation>Imaginea {format} a fost salvată ca PNG.</translation>
    </message>
    <message>
        <source>Only the first frame of the animation was kept ({frames} in the file).</source>
        <translation>A fost păstrat doar primul cadru al animației ({frames} în fișier).</translation>
    </message>
    <message>
        <source>Only the first page was kept ({frames} in the file).</source>
        <translation>A fost păstrată doar prima pagină ({frames} în fișier).</translation>
    </message>
    <message>
        <source>The picture was saved with 8 bits per colour (it had more).</source>
        <translation>Imaginea a fost salvată cu 8 biți pe culoare (avea mai mulți).</translation>
    </message>
    <message>
        <source>Colours may look slightly different ({mode} was turned into RGB).</source>
        <translation>Culorile pot arăta puțin diferit ({mode} a fost transformat în RGB).</translation>
    </message>
    <message>
        <source>Transparent areas were filled with white (JPEG has no transparency).</source>
        <translation>Zonele transparente au fost umplute cu alb (JPEG nu are transparență).</translation>
    </message>
    <message>
        <source>The form&apos;s XML layer was removed.</source>
        <translation>Stratul XML al formularului a fost eliminat.</translation>
    </message>
    <message>
        <source>A digital signature was removed.</source>
        <translation>O semnătură digitală a fost eliminată.</translation>
    </message>
    <message>
        <source>Embedded objects (files inside the document) were removed.</source>
        <translation>Obiectele încorporate (fișiere din interiorul documentului) au fost eliminate.</translation>
    </message>
    <message>
        <source>Pictures in drawing formats that cannot be checked (SVG, WMF…) were removed.</source>
        <translation>Imaginile în formate de desen care nu pot fi verificate (SVG, WMF…) au fost eliminate.</translation>
    </message>
    <message>
        <source>It is saved as {ext}: the same document without macros.</source>
        <translation>Este salvat ca {ext}: același document, fără macrocomenzi.</translation>
    </message>
    <message>
        <source>The animation keeps its rotation tag; its frames were not turned.</source>
        <translation>Animația își păstrează eticheta de rotație; cadrele ei nu au fost rotite.</translation>
    </message>
    <message>
        <source>This TIFF has {count} pages. Many viewers show only the first: check the others too.</source>
        <translation>Acest TIFF are {count} pagini. Multe programe de vizualizare arată doar prima: verifică-le și pe celelalte.</translation>
    </message>
    <message>
        <source>The TIFF keeps its orientation tag; its pixels were not turned.</source>
        <translation>TIFF-ul își păstrează eticheta de orientare; pixelii lui nu au fost rotiți.</translation>
    </message>
    <message>
        <source>Colours may look slightly different in the JPEG copy.</source>
        <translation>Culorile pot arăta puțin diferit în copia JPEG.</translation>
    </message>
    <message>
        <source>This PNG is cut off before the picture starts.</source>
        <translation>Acest PNG este tăiat înainte să înceapă imaginea.</translation>
    </message>
    <message>
        <source>The file was cut off; the clean copy keeps the part that is there.</source>
        <translation>Fișierul a fost tăiat; copia curățată păstrează partea care există.</translation>
    </message>
    <message>
        <source>The removed data said to turn the picture. Check that it is the right way up.</source>
        <translation>Datele eliminate spuneau că imaginea trebuie rotită. Verifică dacă este cu partea corectă în sus.</translation>
    </message>
    <message>
        <source>Viewers that do not play animations now show a blank picture instead of a hidden one.</source>
        <translation>Programele de vizualizare care nu redau animații arată acum o imagine goală în loc de una ascunsă.</translation>
    </message>
    <message>
        <source>The sound was removed.</source>
        <translation>Sunetul a fost eliminat.</translation>
    </message>
    <message>
        <source>The clip had more than 8 bits per colour (HDR); the copy has 8, so colours may look flatter.</source>
        <translation>Clipul avea mai mult de 8 biți pe culoare (HDR); copia are 8, așa că culorile pot arăta mai șterse.</translation>
    </message>
    <message>
        <source>Its broken index was rebuilt the way PDF viewers do it. Check the clean copy.</source>
        <translation>Indexul lui stricat a fost refăcut așa cum o fac programele care deschid PDF-uri. Verifică copia curățată.</translation>
    </message>
    <message>
        <source>It was locked against copying, printing or changes, but opens without a password. The clean copy has no lock.</source>
        <translation>Era blocat împotriva copierii, tipăririi sau modificărilor, dar se deschide fără parolă. Copia curățată nu are blocare.</translation>
    </message>
    <message>
        <source>Its attached files are locked with a password (the pages are not). The clean copy has no attachments.</source>
        <translation>Fișierele atașate sunt blocate cu o parolă (paginile nu). Copia curățată nu are atașamente.</translation>
    </message>
    <message>
        <source>A cropped picture still held the part you cut away. It was removed.</source>
        <translation>O imagine decupată încă mai conținea partea pe care ai tăiat-o. Partea a fost eliminată.</translation>
    </message>
    <message>
        <source>Pages were turned into pictures: text can no longer be selected or searched.</source>
        <translation>Paginile au fost transformate în imagini: textul nu mai poate fi selectat sau căutat.</translation>
    </message>
    <message>
        <source>{count} layers of this PDF are hidden when it opens. They are kept in the copy; to leave them out, choose to turn PDF pages into pictures.</source>
        <translation>{count} straturi din acest PDF sunt ascunse la deschidere. Sunt păstrate în copie; ca să le lași deoparte, alege să transformi paginile PDF în imagini.</translation>
    </message>
    <message>
        <source>1 layer of this PDF is hidden when it opens. It is kept in the copy; to leave it out, choose to turn PDF pages into pictures.</source>
        <translation>1 strat din acest PDF este ascuns la deschidere. Este păstrat în copie; ca să-l lași deoparte, alege să transformi paginile PDF în imagini.</translation>
    </message>
    <message>
        <source>There is text in white, unseen on a white page, on {count} pages. It is kept in the copy; to leave it out, choose to turn PDF pages into pictures.</source>
        <translation>Există text alb, invizibil pe o pagină albă, pe {count} pagini. Este păstrat în copie; ca să-l lași deoparte, alege să transformi paginile PDF în imagini.</translation>
    </message>
    <message>
        <source>There is text in white, unseen on a white page, on 1 page. It is kept in the copy; to leave it out, choose to turn PDF pages into pictures.</source>
        <translation>Există text alb, invizibil pe o pagină albă, pe 1 pagină. Este păstrat în copie; ca să-l lași deoparte, alege să transformi paginile PDF în imagini.</translation>
    </message>
    <message>
        <source>There is text placed outside the page on {count} pages. It is kept in the copy; to leave it out, choose to turn PDF pages into pictures.</source>
        <translation>Există text plasat în afara paginii pe {count} pagini. Este păstrat în copie; ca să-l lași deoparte, alege să transformi paginile PDF în imagini.</translation>
    </message>
    <message>
        <source>There is text placed outside the page on 1 page. It is kept in the copy; to leave it out, choose to turn PDF pages into pictures.</source>
        <translation>Există text plasat în afara paginii pe 1 pagină. Este păstrat în copie; ca să-l lași deoparte, alege să transformi paginile PDF în imagini.</translation>
    </message>
    <message>
        <source>Embedded fonts were removed.</source>
        <translation>Fonturile încorporate au fost eliminate.</translation>
    </message>
    <message>
        <source>Videos and sounds were removed: they could not be checked.</source>
        <translation>Videoclipurile și sunetele au fost eliminate: nu puteau fi verificate.</translation>
    </message>
    <message>
        <source>Pictures in drawing formats that cannot be checked (EMF, WMF, SVG…) were removed.</source>
        <translation>Imaginile în formate de desen care nu pot fi verificate (EMF, WMF, SVG…) au fost eliminate.</translation>
    </message>
    <message>
        <source>The photo was saved again at high quality ({reason}).</source>
        <translation>Fotografia a fost salvată din nou la calitate înaltă ({reason}).</translation>
    </message>
    <message>
        <source>The macros (programs) in this document were removed.</source>
        <translation>Macrocomenzile (programele) din acest document au fost eliminate.</translation>
    </message>
    <message>
        <source>This PDF asks for a password to open it. Remove the password first.</source>
        <translation>Acest PDF cere o parolă ca să fie deschis. Elimină mai întâi parola.</translation>
    </message>
    <message>
        <source>This PDF is damaged and cannot be cleaned safely.</source>
        <translation>Acest PDF este deteriorat și nu poate fi curățat în siguranță.</translation>
    </message>
    <message>
        <source>This PDF is damaged and cannot be cleaned safely: its end is missing.</source>
        <translation>Acest PDF este deteriorat și nu poate fi curățat în siguranță: îi lipsește sfârșitul.</translation>
    </message>
    <message>
        <source>This PDF is damaged (cut off, or parts of it are broken) and cannot be cleaned safely. Saving it again from a PDF viewer may repair it.</source>
        <translation>Acest PDF este deteriorat (tăiat sau cu părți stricate) și nu poate fi curățat în siguranță. Dacă îl salvezi din nou dintr-un program care deschide PDF-uri, se poate repara.</translation>
    </message>
    <message>
        <source>This {format} picture is damaged and cannot be decoded: part of it is missing.</source>
        <translation>Această imagine {format} este deteriorată și nu poate fi decodată: lipsește o parte din ea.</translation>
    </message>
    <message>
        <source>{count} slides are hidden. They are kept in the copy; to remove them, turn on removing hidden content.</source>
        <translation>Diapozitive ascunse: {count}. Sunt păstrate în copie; ca să le elimini, activează eliminarea conținutului ascuns.</translation>
    </message>
    <message>
        <source>1 slide is hidden. It is kept in the copy; to remove it, turn on removing hidden content.</source>
        <translation>1 diapozitiv este ascuns. Este păstrat în copie; ca să-l elimini, activează eliminarea conținutului ascuns.</translation>
    </message>
    <message>
        <source>There are speaker notes on {count} slides. They are kept in the copy; to remove them, turn on removing speaker notes.</source>
        <translation>Diapozitive cu note ale vorbitorului: {count}. Notele sunt păstrate în copie; ca să le elimini, activează eliminarea notelor vorbitorului.</translation>
    </message>
    <message>
        <source>There are speaker notes on 1 slide. They are kept in the copy; to remove them, turn on removing speaker notes.</source>
        <translation>Există note ale vorbitorului pe 1 diapozitiv. Sunt păstrate în copie; ca să le elimini, activează eliminarea notelor vorbitorului.</translation>
    </message>
    <message>
        <source>{count} sheets are hidden. They are kept in the copy; to remove them, turn on removing hidden content.</source>
        <translation>Foi ascunse: {count}. Sunt păstrate în copie; ca să le elimini, activează eliminarea conținutului ascuns.</translation>
    </message>
    <message>
        <source>1 sheet is hidden. It is kept in the copy; to remove it, turn on removing hidden content.</source>
        <translation>1 foaie este ascunsă. Este păstrată în copie; ca s-o elimini, activează eliminarea conținutului ascuns.</translation>
    </message>
    <message>
        <source>There is hidden text in {count} places. It is kept in the copy; to remove it, turn on removing hidden content.</source>
        <translation>Locuri cu text ascuns: {count}. Textul este păstrat în copie; ca să-l elimini, activează eliminarea conținutului ascuns.</translation>
    </message>
    <message>
        <source>There is hidden text in 1 place. It is kept in the copy; to remove it, turn on removing hidden content.</source>
        <translation>Există text ascuns într-un loc. Este păstrat în copie; ca să-l elimini, activează eliminarea conținutului ascuns.</translation>
    </message>
    <message>
        <source>{count} sections are hidden. They are kept in the copy; to remove them, turn on removing hidden content.</source>
        <translation>Secțiuni ascunse: {count}. Sunt păstrate în copie; ca să le elimini, activează eliminarea conținutului ascuns.</translation>
    </message>
    <message>
        <source>1 section is hidden. It is kept in the copy; to remove it, turn on removing hidden content.</source>
        <translation>1 secțiune este ascunsă. Este păstrată în copie; ca s-o elimini, activează eliminarea conținutului ascuns.</translation>
    </message>
    <message>
        <source>A cropped photo still held the part you cut away. It was removed.</source>
        <translation>O fotografie decupată încă mai conținea partea pe care ai tăiat-o. Partea a fost eliminată.</translation>
    </message>
    <message>
        <source>{count} cropped photos still held the parts you cut away. They were removed.</source>
        <translation>Fotografii decupate care încă mai conțineau părțile pe care le-ai tăiat: {count}. Acele părți au fost eliminate.</translation>
    </message>
    <message>
        <source>The camera fingerprint was weakened, not removed. The picture was resized from {before} to {after} pixels.</source>
        <translation>Amprenta camerei a fost slăbită, nu eliminată. Imaginea a fost redimensionată de la {before} la {after} pixeli.</translation>
    </message>
    <message>
        <source>This document is protected by a password. Remove the password first.</source>
        <translation>Acest document este protejat cu parolă. Elimină mai întâi parola.</translation>
    </message>
    <message>
        <source>This document is damaged: its contents cannot be unpacked.</source>
        <translation>Acest document este deteriorat: conținutul lui nu poate fi despachetat.</translation>
    </message>
    <message>
        <source>This document is damaged and cannot be read safely.</source>
        <translation>Acest document este deteriorat și nu poate fi citit în siguranță.</translation>
    </message>
    <message>
        <source>This TIFF file holds no picture.</source>
        <translation>Acest fișier TIFF nu conține nicio imagine.</translation>
    </message>
    <message>
        <source>Camera RAW files are not supported. Export a TIFF or JPEG first.</source>
        <translation>Fișierele RAW de cameră nu sunt acceptate. Exportă mai întâi un TIFF sau un JPEG.</translation>
    </message>
    <message>
        <source>This TIFF file is damaged.</source>
        <translation>Acest fișier TIFF este deteriorat.</translation>
    </message>
    <message>
        <source>Old-style JPEG TIFF files are not supported. Convert them first.</source>
        <translation>Fișierele TIFF cu JPEG de tip vechi nu sunt acceptate. Convertește-le mai întâi.</translation>
    </message>
    <message>
        <source>This TIFF file is cut off or damaged.</source>
        <translation>Acest fișier TIFF este tăiat sau deteriorat.</translation>
    </message>
    <message>
        <source>This {format} picture is encrypted.</source>
        <translation>Această imagine {format} este criptată.</translation>
    </message>
    <message>
        <source>This {format} picture is damaged and cannot be decoded.</source>
        <translation>Această imagine {format} este deteriorată și nu poate fi decodată.</translation>
    </message>
    <message>
        <source>The description of this {format} picture is too large to check.</source>
        <translation>Descrierea acestei imagini {format} este prea mare pentru a fi verificată.</translation>
    </message>
    <message>
        <source>{format} picture sequences and videos are not supported.</source>
        <translation>Secvențele de imagini și videoclipurile {format} nu sunt acceptate.</translation>
    </message>
    <message>
        <source>This {format} file has too many parts to check safely.</source>
        <translation>Acest fișier {format} are prea multe părți pentru a fi verificat în siguranță.</translation>
    </message>
    <message>
        <source>This picture is AVIF, not HEIC. Rename it to end in .avif.</source>
        <translation>Această imagine este AVIF, nu HEIC. Redenumește-o ca să se termine în .avif.</translation>
    </message>
    <message>
        <source>The picture is too small to save as HEIC. Choose JPEG copies instead.</source>
        <translation>Imaginea este prea mică pentru a fi salvată ca HEIC. Alege în schimb copii JPEG.</translation>
    </message>
    <message>
        <source>The picture could not be saved as HEIC. Choose JPEG copies instead.</source>
        <translation>Imaginea nu a putut fi salvată ca HEIC. Alege în schimb copii JPEG.</translation>
    </message>
    <message>
        <source>The picture is too large to process ({size} pixels).</source>
        <translation>Imaginea este prea mare pentru a fi procesată ({size} pixeli).</translation>
    </message>
    <message>
        <source>This is not a valid PNG file.</source>
        <translation>Acesta nu este un fișier PNG valid.</translation>
    </message>
    <message>
        <source>This PNG file is damaged (a part of it is not valid).</source>
        <translation>Acest fișier PNG este deteriorat (o parte din el nu este validă).</translation>
    </message>
    <message>
        <source>This PNG file is damaged: its beginning is missing.</source>
        <translation>Acest fișier PNG este deteriorat: îi lipsește începutul.</translation>
    </message>
    <message>
        <source>This PDF is too complex to be checked safely.</source>
        <translation>Acest PDF este prea complex pentru a fi verificat în siguranță.</translation>
    </message>
    <message>
        <source>This PDF has too many levels, one inside another, to be checked safely.</source>
        <translation>Acest PDF are prea multe niveluri, unul în altul, pentru a fi verificat în siguranță.</translation>
    </message>
    <message>
        <source>The drawings in this PDF are put one inside another too many times to be checked safely.</source>
        <translation>Desenele din acest PDF sunt puse unul în altul de prea multe ori pentru a fi verificate în siguranță.</translation>
    </message>
    <message>
        <source>This PDF has too many parts ({count}) to be checked safely.</source>
        <translation>Acest PDF are prea multe părți ({count}) pentru a fi verificat în siguranță.</translation>
    </message>
    <message>
        <source>This PDF has too many pages ({count}) to turn them into pictures.</source>
        <translation>Acest PDF are prea multe pagini ({count}) pentru a fi transformate în imagini.</translation>
    </message>
    <message>
        <source>This PDF could not be given a new document ID, so it was not cleaned.</source>
        <translation>Acestui PDF nu i s-a putut da un nou ID de document, așa că nu a fost curățat.</translation>
    </message>
    <message>
        <source>This PDF could not be copied faithfully, so it was not cleaned.</source>
        <translation>Acest PDF nu a putut fi copiat fidel, așa că nu a fost curățat.</translation>
    </message>
    <message>
        <source>A page of this PDF has pictures on it that cannot be checked. To clean this PDF, choose to turn PDF pages into pictures.</source>
        <translation>O pagină din acest PDF are pe ea imagini care nu pot fi verificate. Ca să cureți acest PDF, alege să transformi paginile PDF în imagini.</translation>
    </message>
    <message>
        <source>A picture in this PDF is shown through a shape that hides part of it, and it cannot be cut exactly. To clean this PDF, choose to turn PDF pages into pictures.</source>
        <translation>O imagine din acest PDF este afișată printr-o formă care ascunde o parte din ea și nu poate fi tăiată exact. Ca să cureți acest PDF, alege să transformi paginile PDF în imagini.</translation>
    </message>
    <message>
        <source>A picture in this PDF has a hidden part, stored in a way that cannot be cut away. To clean this PDF, choose to turn PDF pages into pictures.</source>
        <translation>O imagine din acest PDF are o parte ascunsă, stocată într-un mod care nu permite tăierea ei. Ca să cureți acest PDF, alege să transformi paginile PDF în imagini.</translation>
    </message>
    <message>
        <source>A picture in this PDF has a hidden part and is too large to be cut. To clean this PDF, choose to turn PDF pages into pictures.</source>
        <translation>O imagine din acest PDF are o parte ascunsă și este prea mare pentru a fi tăiată. Ca să cureți acest PDF, alege să transformi paginile PDF în imagini.</translation>
    </message>
    <message>
        <source>A picture in this PDF is stored in a way that cannot be checked.</source>
        <translation>O imagine din acest PDF este stocată într-un mod care nu poate fi verificat.</translation>
    </message>
    <message>
        <source>A picture drawn inside a page of this PDF is stored in a way that cannot be checked.</source>
        <translation>O imagine desenată în interiorul unei pagini din acest PDF este stocată într-un mod care nu poate fi verificat.</translation>
    </message>
    <message>
        <source>A colour profile in this PDF is stored in a way that cannot be checked.</source>
        <translation>Un profil de culoare din acest PDF este stocat într-un mod care nu poate fi verificat.</translation>
    </message>
    <message>
        <source>A picture drawn inside a page of this PDF could not be saved again without its hidden data.</source>
        <translation>O imagine desenată în interiorul unei pagini din acest PDF nu a putut fi salvată din nou fără datele ei ascunse.</translation>
    </message>
    <message>
        <source>A picture in this PDF is too large once unpacked (more than {mb} MB).</source>
        <translation>O imagine din acest PDF este prea mare după despachetare (peste {mb} MB).</translation>
    </message>
    <message>
        <source>A picture drawn inside a page of this PDF is too large once unpacked (more than {mb} MB).</source>
        <translation>O imagine desenată în interiorul unei pagini din acest PDF este prea mare după despachetare (peste {mb} MB).</translation>
    </message>
    <message>
        <source>A page of this PDF is too large once unpacked (more than {mb} MB).</source>
        <translation>O pagină din acest PDF este prea mare după despachetare (peste {mb} MB).</translation>
    </message>
    <message>
        <source>A colour profile in this PDF is too large once unpacked (more than {mb} MB).</source>
        <translation>Un profil de culoare din acest PDF este prea mare după despachetare (peste {mb} MB).</translation>
    </message>
    <message>
        <source>A JPEG 2000 picture in this PDF has comments that cannot be removed.</source>
        <translation>O imagine JPEG 2000 din acest PDF are comentarii care nu pot fi eliminate.</translation>
    </message>
    <message>
        <source>There is a problem with a picture in this PDF. {problem}</source>
        <translation>Există o problemă cu o imagine din acest PDF. {problem}</translation>
    </message>
    <message>
        <source>There is a problem with a picture drawn inside a page of this PDF. {problem}</source>
        <translation>Există o problemă cu o imagine desenată în interiorul unei pagini din acest PDF. {problem}</translation>
    </message>
    <message>
        <source>Unpacked, this document would take more than {mb} MB: too much to be checked safely.</source>
        <translation>Despachetat, acest document ar ocupa peste {mb} MB: prea mult pentru a fi verificat în siguranță.</translation>
    </message>
    <message>
        <source>A part of this document ({part}) holds an XML declaration used in attacks, so it was not opened.</source>
        <translation>O parte din acest document ({part}) conține o declarație XML folosită în atacuri, așa că nu a fost deschis.</translation>
    </message>
    <message>
        <source>There is a problem with a picture in this document ({part}). {problem}</source>
        <translation>Există o problemă cu o imagine din acest document ({part}). {problem}</translation>
    </message>
    <message>
        <source>There is a problem with a document inside this document ({part}). {problem}</source>
        <translation>Există o problemă cu un document din interiorul acestui document ({part}). {problem}</translation>
    </message>
    <message>
        <source>This document is packed in a way used to crash programs (a zip bomb), so it was not opened.</source>
        <translation>Acest document este împachetat într-un mod folosit ca să blocheze programele (o bombă zip), așa că nu a fost deschis.</translation>
    </message>
    <message>
        <source>This zip file is not an OpenDocument file.</source>
        <translation>Acest fișier zip nu este un fișier OpenDocument.</translation>
    </message>
    <message>
        <source>This kind of OpenDocument file is not supported.</source>
        <translation>Acest tip de fișier OpenDocument nu este acceptat.</translation>
    </message>
    <message>
        <source>This zip file is not an Office document.</source>
        <translation>Acest fișier zip nu este un document Office.</translation>
    </message>
    <message>
        <source>This kind of Office document is not supported.</source>
        <translation>Acest tip de document Office nu este acceptat.</translation>
    </message>
    <message>
        <source>This is an old-style Office file (.doc, .xls, .ppt) or a document protected by a password. Open it in Office and save it as .docx, .xlsx or .pptx, without a password.</source>
        <translation>Acesta este un fișier Office de tip vechi (.doc, .xls, .ppt) sau un document protejat cu parolă. Deschide-l în Office și salvează-l ca .docx, .xlsx sau .pptx, fără parolă.</translation>
    </message>
    <message>
        <source>This document is saved as Strict Open XML, which is not supported. Save it again as an ordinary .docx, .xlsx or .pptx file.</source>
        <translation>Acest document este salvat ca Strict Open XML, care nu este acceptat. Salvează-l din nou ca fișier .docx, .xlsx sau .pptx obișnuit.</translation>
    </message>
    <message>
        <source>Part of this document&apos;s text is stored inside it as a web page or in another format, which cannot be checked. Open it in Word and save it again.</source>
        <translation>O parte din textul acestui document este stocată în el ca pagină web sau în alt format, care nu poate fi verificat. Deschide-l în Word și salvează-l din nou.</translation>
    </message>
    <message>
        <source>The picture is too large to process.</source>
        <translation>Imaginea este prea mare pentru a fi procesată.</translation>
    </message>
    <message>
        <source>A cropped picture in it is too large to cut safely.</source>
        <translation>O imagine decupată din el este prea mare pentru a fi tăiată în siguranță.</translation>
    </message>
    <message>
        <source>Areas cannot be covered in {format} pictures.</source>
        <translation>Zonele nu pot fi acoperite în imaginile {format}.</translation>
    </message>
    <message>
        <source>{format} files are not video clips.</source>
        <translation>Fișierele {format} nu sunt clipuri video.</translation>
    </message>
    <message>
        <source>Covering areas makes a new copy: the original is never changed. Save copies in a folder instead.</source>
        <translation>Acoperirea zonelor face o copie nouă: originalul nu este schimbat niciodată. Salvează în schimb copiile într-un dosar.</translation>
    </message>
    <message>
        <source>This clip is turned by {degrees} degrees, which is not supported.</source>
        <translation>Acest clip este rotit cu {degrees} grade, ceea ce nu este acceptat.</translation>
    </message>
    <message>
        <source>The clip is too large to process ({size} pixels).</source>
        <translation>Clipul este prea mare pentru a fi procesat ({size} pixeli).</translation>
    </message>
    <message>
        <source>This HEIF picture uses a kind of compression that is not supported ({code}).</source>
        <translation>Această imagine HEIF folosește un tip de compresie care nu este acceptat ({code}).</translation>
    </message>
    <message>
        <source>The picture could not be saved as AVIF.</source>
        <translation>Imaginea nu a putut fi salvată ca AVIF.</translation>
    </message>
    <message>
        <source>This {format} file is stored in pieces, as when it is streamed. This is not supported.</source>
        <translation>Acest fișier {format} este stocat pe bucăți, ca atunci când este transmis prin streaming. Acest lucru nu este acceptat.</translation>
    </message>
    <message>
        <source>The header of this {format} file is split up or compressed. This is not supported.</source>
        <translation>Antetul acestui fișier {format} este împărțit sau comprimat. Acest lucru nu este acceptat.</translation>
    </message>
    <message>
        <source>This {format} file plays sound or pictures stored in other files. This is not supported.</source>
        <translation>Acest fișier {format} redă sunet sau imagini stocate în alte fișiere. Acest lucru nu este acceptat.</translation>
    </message>
    <message>
        <source>This {format} file is copy-protected, so it cannot be cleaned.</source>
        <translation>Acest fișier {format} este protejat la copiere, așa că nu poate fi curățat.</translation>
    </message>
    <message>
        <source>This {format} file is too large to clean.</source>
        <translation>Acest fișier {format} este prea mare pentru a fi curățat.</translation>
    </message>
    <message>
        <source>The sound of this video is stored in a way that is not supported.</source>
        <translation>Sunetul acestui videoclip este stocat într-un mod care nu este acceptat.</translation>
    </message>
    <message>
        <source>The sound of this video is in an old format that is not supported.</source>
        <translation>Sunetul acestui videoclip este într-un format vechi care nu este acceptat.</translation>
    </message>
    <message>
        <source>This M4A file also holds video, chapters or text, which cannot be cleaned here.</source>
        <translation>Acest fișier M4A conține și video, capitole sau text, care nu pot fi curățate aici.</translation>
    </message>
    <message>
        <source>This is copy-protected iTunes music. Its purchase record cannot be removed without breaking it.</source>
        <translation>Aceasta este muzică iTunes protejată la copiere. Datele despre cumpărare nu pot fi eliminate fără a o strica.</translation>
    </message>
    <message>
        <source>This FLAC file starts with an ID3 tag, which FLAC players do not expect, so it was not cleaned.</source>
        <translation>Acest fișier FLAC începe cu o etichetă ID3, la care playerele FLAC nu se așteaptă, așa că nu a fost curățat.</translation>
    </message>
    <message>
        <source>Bare AAC sound files are not supported, only AAC inside M4A files.</source>
        <translation>Fișierele de sunet AAC simple nu sunt acceptate, doar AAC în interiorul fișierelor M4A.</translation>
    </message>
    <message>
        <source>This Ogg file holds video or a kind of sound that cannot be cleaned. Only Vorbis and Opus are supported.</source>
        <translation>Acest fișier Ogg conține video sau un tip de sunet care nu poate fi curățat. Sunt acceptate doar Vorbis și Opus.</translation>
    </message>
    <message>
        <source>This PNG has a part that is not standard ({part}), so it was not cleaned.</source>
        <translation>Acest PNG are o parte care nu este standard ({part}), așa că nu a fost curățat.</translation>
    </message>
    <message>
        <source>This animated PNG hides a still picture too large to replace, so it was not cleaned.</source>
        <translation>Acest PNG animat ascunde o imagine statică prea mare pentru a fi înlocuită, așa că nu a fost curățat.</translation>
    </message>
    <message>
        <source>This TIFF has more than {count} pages.</source>
        <translation>Acest TIFF are mai mult de {count} pagini.</translation>
    </message>
    <message>
        <source>This TIFF is damaged: its picture data adds up to more than the file.</source>
        <translation>Acest TIFF este deteriorat: datele imaginii lui adunate depășesc mărimea fișierului.</translation>
    </message>
    <message>
        <source>The first page of this TIFF is only a preview. Such TIFF files are not supported.</source>
        <translation>Prima pagină a acestui TIFF este doar o previzualizare. Astfel de fișiere TIFF nu sunt acceptate.</translation>
    </message>
    <message>
        <source>The clean TIFF would be larger than 4 GB.</source>
        <translation>TIFF-ul curățat ar fi mai mare de 4 GB.</translation>
    </message>
    <message>
        <source>a crop hid part of the picture</source>
        <extracomment>Why the photo was saved again, in &quot;The photo was saved again at high quality ({reason}).&quot;</extracomment>
        <translation>o decupare ascundea o parte din imagine</translation>
    </message>
    <message>
        <source>colours under its see-through areas could hide a picture</source>
        <extracomment>Why the photo was saved again, in &quot;The photo was saved again at high quality ({reason}).&quot;</extracomment>
        <translation>culorile de sub zonele ei transparente puteau ascunde o imagine</translation>
    </message>
    <message>
        <source>it is made of layers that can cover one another</source>
        <extracomment>Why the photo was saved again, in &quot;The photo was saved again at high quality ({reason}).&quot;</extracomment>
        <translation>este alcătuită din straturi care se pot acoperi unele pe altele</translation>
    </message>
    <message>
        <source>its tiles do not fit together in a regular grid</source>
        <extracomment>Why the photo was saved again, in &quot;The photo was saved again at high quality ({reason}).&quot;</extracomment>
        <translation>blocurile ei nu se îmbină într-o grilă regulată</translation>
    </message>
    <message>
        <source>whole tiles of its picture were hidden</source>
        <extracomment>Why the photo was saved again, in &quot;The photo was saved again at high quality ({reason}).&quot;</extracomment>
        <translation>blocuri întregi din imaginea ei erau ascunse</translation>
    </message>
    <message>
        <source>its picture is stored in another file</source>
        <extracomment>Why the photo was saved again, in &quot;The photo was saved again at high quality ({reason}).&quot;</extracomment>
        <translation>imaginea ei este stocată în alt fișier</translation>
    </message>
    <message>
        <source>its picture is built from data stored elsewhere in the file</source>
        <extracomment>Why the photo was saved again, in &quot;The photo was saved again at high quality ({reason}).&quot;</extracomment>
        <translation>imaginea ei este construită din date stocate în altă parte a fișierului</translation>
    </message>
    <message>
        <source>its picture data is not where it should be in the file</source>
        <extracomment>Why the photo was saved again, in &quot;The photo was saved again at high quality ({reason}).&quot;</extracomment>
        <translation>datele imaginii ei nu sunt unde ar trebui să fie în fișier</translation>
    </message>
</context>
<context>
    <name>plain</name>
    <message>
        <source>1 item</source>
        <translation>1 element</translation>
    </message>
    <message>
        <source>{count} items</source>
        <translation>elemente: {count}</translation>
    </message>
    <message>
        <source>in the file name: {shown}</source>
        <translation>în numele fișierului: {shown}</translation>
    </message>
    <message>
        <source>{values} and {count} more</source>
        <translation>{values} și încă {count}</translation>
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
        <translation>{deg}° V</translation>
    </message>
    <message>
        <source>serial {number}</source>
        <translation>număr de serie {number}</translation>
    </message>
</context>
<context>
    <name>words</name>
    <message>
        <source>location</source>
        <translation>locație</translation>
    </message>
    <message>
        <source>phone/camera</source>
        <translation>telefon/cameră</translation>
    </message>
    <message>
        <source>your name</source>
        <translation>numele tău</translation>
    </message>
    <message>
        <source>date</source>
        <translation>dată</translation>
    </message>
    <message>
        <source>hidden extra image/video</source>
        <translation>imagine/video suplimentar ascuns</translation>
    </message>
    <message>
        <source>editing history</source>
        <translation>istoric de editare</translation>
    </message>
    <message>
        <source>other hidden data</source>
        <translation>alte date ascunse</translation>
    </message>
    <message>
        <source>Reveals where it was taken or made</source>
        <translation>Arată unde a fost făcut sau creat</translation>
    </message>
    <message>
        <source>Identifies your phone or camera</source>
        <translation>Identifică telefonul sau camera ta</translation>
    </message>
    <message>
        <source>Contains a name</source>
        <translation>Conține un nume</translation>
    </message>
    <message>
        <source>Tells when it was taken or made</source>
        <translation>Arată când a fost făcut sau creat</translation>
    </message>
    <message>
        <source>Hides an extra picture, video or file</source>
        <translation>Ascunde o imagine, un video sau un fișier în plus</translation>
    </message>
    <message>
        <source>Shows editing history or the apps used</source>
        <translation>Arată istoricul de editare sau aplicațiile folosite</translation>
    </message>
    <message>
        <source>Other hidden data</source>
        <translation>Alte date ascunse</translation>
    </message>
    <message>
        <source>Location</source>
        <translation>Locație</translation>
    </message>
    <message>
        <source>Phone or camera</source>
        <translation>Telefon sau cameră</translation>
    </message>
    <message>
        <source>Names</source>
        <translation>Nume</translation>
    </message>
    <message>
        <source>Date and time</source>
        <translation>Data și ora</translation>
    </message>
    <message>
        <source>Hidden extras</source>
        <translation>Elemente ascunse</translation>
    </message>
    <message>
        <source>Apps and editing</source>
        <translation>Aplicații și editare</translation>
    </message>
    <message>
        <source>Other data</source>
        <translation>Alte date</translation>
    </message>
    <message>
        <source>Cleaned</source>
        <translation>Curățat</translation>
    </message>
    <message>
        <source>Nothing to remove</source>
        <translation>Nimic de eliminat</translation>
    </message>
    <message>
        <source>Not supported</source>
        <translation>Nu este acceptat</translation>
    </message>
    <message>
        <source>Could not be cleaned</source>
        <translation>Nu a putut fi curățat</translation>
    </message>
    <message>
        <source>Cancelled</source>
        <translation>Anulat</translation>
    </message>
    <message>
        <source>removed: {what}</source>
        <translation>eliminat: {what}</translation>
    </message>
    <message>
        <source>still in the copy: {what}</source>
        <translation>încă în copie: {what}</translation>
    </message>
    <message>
        <source>This file is damaged or incomplete.</source>
        <translation>Acest fișier este deteriorat sau incomplet.</translation>
    </message>
    <message>
        <source>This type of file is not supported yet.</source>
        <translation>Acest tip de fișier nu este acceptat încă.</translation>
    </message>
    <message>
        <source>This file cannot be found or is not a normal file.</source>
        <translation>Acest fișier nu poate fi găsit sau nu este un fișier obișnuit.</translation>
    </message>
    <message>
        <source>Scrubber cannot clean this file safely (for example it is too large or protected by a password).</source>
        <translation>Scrubber nu poate curăța acest fișier în siguranță (de exemplu, este prea mare sau protejat cu parolă).</translation>
    </message>
    <message>
        <source>The copy could not be written (is the disk full or the folder read-only?)</source>
        <translation>Copia nu a putut fi scrisă (discul e plin sau dosarul e doar pentru citire?)</translation>
    </message>
    <message>
        <source>The copy still contained identifying data, so it was deleted.</source>
        <translation>Copia încă mai conținea date care te pot identifica, așa că a fost ștearsă.</translation>
    </message>
    <message>
        <source>Not done: cleaning was cancelled.</source>
        <translation>Neterminat: curățarea a fost anulată.</translation>
    </message>
    <message>
        <source>The areas to cover do not fit this picture, so nothing was written.</source>
        <translation>Zonele de acoperit nu se potrivesc cu această imagine, așa că nu s-a scris nimic.</translation>
    </message>
    <message>
        <source>Finding faces automatically does not work on this computer.</source>
        <translation>Găsirea automată a fețelor nu funcționează pe acest calculator.</translation>
    </message>
    <message>
        <source>Photos with areas to cover or a weakened camera fingerprint need a copy: turn off “Replace the originals”.</source>
        <translation>Fotografiile cu zone de acoperit sau cu amprenta camerei slăbită au nevoie de o copie: dezactivează „Înlocuiește originalele”.</translation>
    </message>
    <message>
        <source>This is a link to another file or folder; it was not followed.</source>
        <translation>Aceasta este o legătură către alt fișier sau dosar; nu a fost urmată.</translation>
    </message>
    <message>
        <source>There is not enough memory to clean this file.</source>
        <translation>Nu este destulă memorie pentru a curăța acest fișier.</translation>
    </message>
    <message>
        <source>This file made Scrubber&apos;s reader crash (the file may be damaged). It was not cleaned.</source>
        <translation>Acest fișier a făcut cititorul Scrubber să se oprească brusc (fișierul poate fi deteriorat). Nu a fost curățat.</translation>
    </message>
    <message>
        <source>Reading this file took far too long (it may be damaged), so it was stopped. It was not cleaned.</source>
        <translation>Citirea acestui fișier a durat mult prea mult (poate fi deteriorat), așa că a fost oprită. Nu a fost curățat.</translation>
    </message>
    <message>
        <source>Something went wrong in Scrubber with this file. Nothing was written.</source>
        <translation>Ceva nu a mers bine în Scrubber cu acest fișier. Nu s-a scris nimic.</translation>
    </message>
</context>
</TS>
