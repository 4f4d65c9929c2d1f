<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="pl">
<context>
    <name>BatchModel</name>
    <message>
        <source>File</source>
        <translation>Plik</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>Typ</translation>
    </message>
    <message>
        <source>What it reveals</source>
        <translation>Co zdradza</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Stan</translation>
    </message>
    <message>
        <source>nothing found</source>
        <translation>nic nie znaleziono</translation>
    </message>
    <message>
        <source>Link: not followed</source>
        <translation>Link: nie otwarto</translation>
    </message>
    <message>
        <source>Checking…</source>
        <translation>Sprawdzanie…</translation>
    </message>
    <message>
        <source>Not supported</source>
        <translation>Nieobsługiwany</translation>
    </message>
    <message>
        <source>Could not be read</source>
        <translation>Nie można odczytać</translation>
    </message>
    <message>
        <source>Cleaning… {percent}%</source>
        <translation>Czyszczenie… {percent}%</translation>
    </message>
    <message>
        <source>Cleaning…</source>
        <translation>Czyszczenie…</translation>
    </message>
    <message>
        <source>Ready; areas to cover: {count}</source>
        <translation>Gotowe; obszary do zakrycia: {count}</translation>
    </message>
    <message>
        <source>Ready</source>
        <translation>Gotowe</translation>
    </message>
</context>
<context>
    <name>ClipEditor</name>
    <message>
        <source>&amp;Time in the clip</source>
        <translation>&amp;Czas w klipie</translation>
    </message>
    <message>
        <source>Time in the clip</source>
        <translation>Czas w klipie</translation>
    </message>
    <message>
        <source>Frame of the clip</source>
        <translation>Klatka klipu</translation>
    </message>
    <message>
        <source>From this f&amp;rame</source>
        <translation>Od t&amp;ej klatki</translation>
    </message>
    <message>
        <source>The selected areas (or all) are covered from this frame on</source>
        <translation>Zaznaczone obszary (lub wszystkie) są zakrywane od tej klatki dalej</translation>
    </message>
    <message>
        <source>Until t&amp;his frame</source>
        <translation>Do &amp;tej klatki</translation>
    </message>
    <message>
        <source>The selected areas (or all) are covered up to this frame</source>
        <translation>Zaznaczone obszary (lub wszystkie) są zakrywane do tej klatki</translation>
    </message>
    <message>
        <source>Whole cli&amp;p</source>
        <translation>Cały &amp;klip</translation>
    </message>
    <message>
        <source>The selected areas (or all) are covered in every frame</source>
        <translation>Zaznaczone obszary (lub wszystkie) są zakrywane w każdej klatce</translation>
    </message>
    <message>
        <source>{name} ({start} to {end} s)</source>
        <translation>{name} (od {start} do {end} s)</translation>
    </message>
    <message>
        <source>Areas cover every frame of the clip. Faces move: to cover them in every frame, turn on “Cover the faces found in photos and clips” in the main window.</source>
        <translation>Obszary zakrywają każdą klatkę klipu. Twarze się ruszają: aby zakryć je w każdej klatce, włącz „Zakryj twarze znalezione na zdjęciach i w klipach” w oknie głównym.</translation>
    </message>
    <message>
        <source>Face detection is not available ({reason}).</source>
        <translation>Wykrywanie twarzy jest niedostępne ({reason}).</translation>
    </message>
    <message>
        <source>Looking for faces…</source>
        <translation>Szukanie twarzy…</translation>
    </message>
    <message>
        <source>Faces seen in this frame (dashed outlines): {count}.</source>
        <translation>Twarze widoczne w tej klatce (przerywane obrysy): {count}.</translation>
    </message>
</context>
<context>
    <name>DetailsPane</name>
    <message>
        <source>Details: {detail}</source>
        <translation>Szczegóły: {detail}</translation>
    </message>
    <message>
        <source>Details of the selected file</source>
        <translation>Szczegóły zaznaczonego pliku</translation>
    </message>
    <message>
        <source>File type</source>
        <translation>Typ pliku</translation>
    </message>
    <message>
        <source>Before</source>
        <translation>Przed</translation>
    </message>
    <message>
        <source>After</source>
        <translation>Po</translation>
    </message>
    <message>
        <source>Picture before cleaning</source>
        <translation>Obraz przed czyszczeniem</translation>
    </message>
    <message>
        <source>Picture of the clean copy</source>
        <translation>Obraz wyczyszczonej kopii</translation>
    </message>
    <message>
        <source>Before: what the file gives away</source>
        <translation>Przed: co zdradza plik</translation>
    </message>
    <message>
        <source>After: the clean copy</source>
        <translation>Po: wyczyszczona kopia</translation>
    </message>
    <message>
        <source>Something that could identify you is still in the copy. Do not post it. The list below shows what remains.</source>
        <translation>W kopii nadal jest coś, co może cię zidentyfikować. Nie publikuj jej. Lista poniżej pokazuje, co zostało.</translation>
    </message>
    <message>
        <source>Found in the file before cleaning</source>
        <translation>Znalezione w pliku przed czyszczeniem</translation>
    </message>
    <message>
        <source>The clean copy: what was removed and what remains</source>
        <translation>Wyczyszczona kopia: co usunięto, a co zostało</translation>
    </message>
    <message>
        <source>What</source>
        <translation>Co</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>Wartość</translation>
    </message>
    <message>
        <source>Select a file in the list to see what it gives away.</source>
        <translation>Zaznacz plik na liście, aby zobaczyć, co zdradza.</translation>
    </message>
    <message>
        <source>Technical details: every tag and value</source>
        <translation>Szczegóły techniczne: wszystkie znaczniki i wartości</translation>
    </message>
    <message>
        <source>Result</source>
        <translation>Wynik</translation>
    </message>
    <message>
        <source>Areas to cover</source>
        <translation>Obszary do zakrycia</translation>
    </message>
    <message>
        <source>Details of the problem</source>
        <translation>Szczegóły problemu</translation>
    </message>
    <message>
        <source>1 area will be covered</source>
        <translation>1 obszar zostanie zakryty</translation>
    </message>
    <message>
        <source>{count} areas will be covered</source>
        <translation>Obszary do zakrycia: {count}</translation>
    </message>
    <message>
        <source>Checking this file…</source>
        <translation>Sprawdzanie tego pliku…</translation>
    </message>
    <message>
        <source>Nothing found that could identify you.</source>
        <translation>Nie znaleziono niczego, co mogłoby cię zidentyfikować.</translation>
    </message>
    <message>
        <source>1 thing found that could identify you.</source>
        <translation>Znaleziono 1 rzecz, która może cię zidentyfikować.</translation>
    </message>
    <message>
        <source>{count} things found that could identify you.</source>
        <translation>Znalezione rzeczy, które mogą cię zidentyfikować: {count}.</translation>
    </message>
    <message>
        <source>No clean copy can be made because the file could not be read.</source>
        <translation>Nie można utworzyć wyczyszczonej kopii, bo nie udało się odczytać pliku.</translation>
    </message>
    <message>
        <source>Cleaning…</source>
        <translation>Czyszczenie…</translation>
    </message>
    <message>
        <source>Not cleaned yet. Press Clean to make a safe copy.</source>
        <translation>Jeszcze nie wyczyszczono. Naciśnij „Wyczyść”, aby zrobić bezpieczną kopię.</translation>
    </message>
    <message>
        <source>Saved as: {name}</source>
        <translation>Zapisano jako: {name}</translation>
    </message>
    <message>
        <source>Faces found and covered: {count}. Check the picture of the copy.</source>
        <translation>Znalezione i zakryte twarze: {count}. Sprawdź obraz kopii.</translation>
    </message>
    <message>
        <source>Checked again: nothing that could identify you was found.</source>
        <translation>Sprawdzono ponownie: nie znaleziono niczego, co mogłoby cię zidentyfikować.</translation>
    </message>
    <message>
        <source>Still in the copy</source>
        <translation>Nadal w kopii</translation>
    </message>
    <message>
        <source>Removed</source>
        <translation>Usunięte</translation>
    </message>
    <message>
        <source>still in the copy</source>
        <translation>nadal w kopii</translation>
    </message>
    <message>
        <source>removed</source>
        <translation>usunięto</translation>
    </message>
    <message>
        <source>removed, not checked</source>
        <translation>usunięto, nie sprawdzono ponownie</translation>
    </message>
    <message>
        <source>What the clean copy no longer gives away</source>
        <translation>Czego wyczyszczona kopia już nie zdradza</translation>
    </message>
    <message>
        <source>will be removed</source>
        <translation>zostanie usunięte</translation>
    </message>
    <message>
        <source>not removed</source>
        <translation>nie usunięto</translation>
    </message>
    <message>
        <source>What the file gives away</source>
        <translation>Co zdradza plik</translation>
    </message>
    <message>
        <source>kept</source>
        <translation>zachowano</translation>
    </message>
    <message>
        <source>Good to know:</source>
        <translation>Warto wiedzieć:</translation>
    </message>
    <message>
        <source>which way up the photo is</source>
        <translation>orientacja zdjęcia</translation>
    </message>
    <message>
        <source>a standard colour profile</source>
        <translation>standardowy profil kolorów</translation>
    </message>
    <message>
        <source>harmless technical data</source>
        <translation>nieszkodliwe dane techniczne</translation>
    </message>
    <message>
        <source>Hide technical details</source>
        <translation>Ukryj szczegóły techniczne</translation>
    </message>
    <message>
        <source>Show technical details</source>
        <translation>Pokaż szczegóły techniczne</translation>
    </message>
    <message>
        <source>Kept: needed to show the photo the right way up</source>
        <translation>Zachowane: potrzebne, by zdjęcie było wyświetlane we właściwej orientacji</translation>
    </message>
    <message>
        <source>Kept: a standard colour profile, so colours look right</source>
        <translation>Zachowane: standardowy profil kolorów, aby kolory wyglądały dobrze</translation>
    </message>
    <message>
        <source>Kept</source>
        <translation>Zachowane</translation>
    </message>
    <message>
        <source>Loading preview…</source>
        <translation>Wczytywanie podglądu…</translation>
    </message>
    <message>
        <source>No preview for this kind of file</source>
        <translation>Brak podglądu dla tego rodzaju pliku</translation>
    </message>
    <message>
        <source>This picture could not be read: the file may be damaged</source>
        <translation>Nie można odczytać tego obrazu: plik może być uszkodzony</translation>
    </message>
    <message>
        <source>The clean copy will appear here</source>
        <translation>Tutaj pojawi się wyczyszczona kopia</translation>
    </message>
    <message>
        <source>No copy was made</source>
        <translation>Nie utworzono kopii</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>Photos and pictures ({patterns})</source>
        <translation>Zdjęcia i obrazy ({patterns})</translation>
    </message>
    <message>
        <source>Sound recordings ({patterns})</source>
        <translation>Nagrania dźwiękowe ({patterns})</translation>
    </message>
    <message>
        <source>Videos ({patterns})</source>
        <translation>Filmy ({patterns})</translation>
    </message>
    <message>
        <source>Documents ({patterns})</source>
        <translation>Dokumenty ({patterns})</translation>
    </message>
    <message>
        <source>Files Scrubber can clean ({patterns})</source>
        <translation>Pliki, które Scrubber może wyczyścić ({patterns})</translation>
    </message>
    <message>
        <source>All files (*)</source>
        <translation>Wszystkie pliki (*)</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Plik</translation>
    </message>
    <message>
        <source>&amp;Language</source>
        <translation>&amp;Język</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>Pomo&amp;c</translation>
    </message>
    <message>
        <source>&amp;Add files…</source>
        <translation>&amp;Dodaj pliki…</translation>
    </message>
    <message>
        <source>Add fold&amp;er…</source>
        <translation>Dodaj &amp;folder…</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Zakończ</translation>
    </message>
    <message>
        <source>&amp;Clean</source>
        <translation>&amp;Wyczyść</translation>
    </message>
    <message>
        <source>Ca&amp;ncel</source>
        <translation>&amp;Anuluj</translation>
    </message>
    <message>
        <source>Remo&amp;ve from list</source>
        <translation>&amp;Usuń z listy</translation>
    </message>
    <message>
        <source>H&amp;ide faces and areas…</source>
        <translation>Ukryj &amp;twarze i obszary…</translation>
    </message>
    <message>
        <source>&amp;Why this matters</source>
        <translation>Dlacze&amp;go to ważne</translation>
    </message>
    <message>
        <source>&amp;About Scrubber</source>
        <translation>O &amp;programie Scrubber</translation>
    </message>
    <message>
        <source>Scrubber: remove hidden data from photos</source>
        <translation>Scrubber: usuwa ukryte dane ze zdjęć</translation>
    </message>
    <message>
        <source>Add files</source>
        <translation>Dodaj pliki</translation>
    </message>
    <message>
        <source>Add a folder</source>
        <translation>Dodaj folder</translation>
    </message>
    <message>
        <source>Why this matters</source>
        <translation>Dlaczego to ważne</translation>
    </message>
    <message>
        <source>Hide faces and areas</source>
        <translation>Ukryj twarze i obszary</translation>
    </message>
    <message>
        <source>Remo&amp;ve</source>
        <translation>&amp;Usuń</translation>
    </message>
    <message>
        <source>Remove the selected files</source>
        <translation>Usuń zaznaczone pliki z listy</translation>
    </message>
    <message>
        <source>Clear lis&amp;t</source>
        <translation>Opróżnij &amp;listę</translation>
    </message>
    <message>
        <source>Clear the list</source>
        <translation>Opróżnij listę</translation>
    </message>
    <message>
        <source>Cover faces, tattoos or anything else in the selected photo or clip (Enter)</source>
        <translation>Zakryj twarze, tatuaże lub cokolwiek innego na zaznaczonym zdjęciu lub klipie (Enter)</translation>
    </message>
    <message>
        <source>or drop photos and folders onto the list below.</source>
        <translation>lub przeciągnij zdjęcia i foldery na listę poniżej.</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Język</translation>
    </message>
    <message>
        <source>Files to clean</source>
        <translation>Pliki do wyczyszczenia</translation>
    </message>
    <message>
        <source>Drop photos or folders here.

Scrubber shows what each file gives away about you, then writes clean copies. Your originals are not changed.</source>
        <translation>Przeciągnij tutaj zdjęcia lub foldery.

Scrubber pokazuje, co każdy plik zdradza o tobie, a potem zapisuje wyczyszczone kopie. Twoje oryginały nie są zmieniane.</translation>
    </message>
    <message>
        <source>Stopping: files being cleaned now are left as they were…</source>
        <translation>Zatrzymywanie: pliki czyszczone w tej chwili zostają bez zmian…</translation>
    </message>
    <message>
        <source>Details of the selected file</source>
        <translation>Szczegóły zaznaczonego pliku</translation>
    </message>
    <message>
        <source>Language:</source>
        <translation>Język:</translation>
    </message>
    <message>
        <source>Add files to clean</source>
        <translation>Dodaj pliki do wyczyszczenia</translation>
    </message>
    <message>
        <source>Add a folder to clean</source>
        <translation>Dodaj folder do wyczyszczenia</translation>
    </message>
    <message>
        <source>About Scrubber</source>
        <translation>O programie Scrubber</translation>
    </message>
    <message>
        <source>Scrubber {version}

Removes hidden data from photos. Works offline: nothing is ever sent anywhere, and no list of your files is kept.</source>
        <translation>Scrubber {version}

Usuwa ukryte dane ze zdjęć. Działa offline: nic nigdy nie jest nigdzie wysyłane i nie jest przechowywana żadna lista twoich plików.</translation>
    </message>
    <message>
        <source>Replace the original files?</source>
        <translation>Zastąpić oryginalne pliki?</translation>
    </message>
    <message>
        <source>Your original files will be overwritten with the cleaned versions. This cannot be undone: the originals, with everything they contain, will be gone.

Photos with areas to cover still need a copy.

Replace the originals?</source>
        <translation>Twoje oryginalne pliki zostaną nadpisane wyczyszczonymi wersjami. Tego nie da się cofnąć: oryginały, ze wszystkim, co zawierają, znikną.

Zdjęcia z obszarami do zakrycia i tak potrzebują kopii.

Zastąpić oryginały?</translation>
    </message>
    <message>
        <source>Choose where to save the clean copies</source>
        <translation>Wybierz, gdzie zapisać wyczyszczone kopie</translation>
    </message>
    <message>
        <source>Every file in the list has been cleaned already.</source>
        <translation>Wszystkie pliki na liście są już wyczyszczone.</translation>
    </message>
    <message>
        <source>Cannot create the output folder</source>
        <translation>Nie można utworzyć folderu docelowego</translation>
    </message>
    <message>
        <source>The clean copies cannot be saved there ({reason}). Choose another folder with “Choose…”.</source>
        <translation>Nie można tam zapisać wyczyszczonych kopii ({reason}). Wybierz inny folder przyciskiem „Wybierz…”.</translation>
    </message>
    <message>
        <source>Cleaning…</source>
        <translation>Czyszczenie…</translation>
    </message>
</context>
<context>
    <name>OptionsBox</name>
    <message>
        <source>Options</source>
        <translation>Opcje</translation>
    </message>
    <message>
        <source>({count} on)</source>
        <translation>(włączone: {count})</translation>
    </message>
    <message>
        <source>&amp;More options</source>
        <translation>Dodat&amp;kowe opcje</translation>
    </message>
    <message>
        <source>More options</source>
        <translation>Dodatkowe opcje</translation>
    </message>
    <message>
        <source>Show or hide the options for the copies</source>
        <translation>Pokaż lub ukryj opcje kopii</translation>
    </message>
    <message>
        <source>&amp;Give the copies random file names</source>
        <translation>Nadaj kopiom losowe nazw&amp;y plików</translation>
    </message>
    <message>
        <source>File names from phones often contain the date and time the photo was taken.</source>
        <translation>Nazwy plików z telefonów często zawierają datę i godzinę zrobienia zdjęcia.</translation>
    </message>
    <message>
        <source>&amp;Keep file names that show the date or the phone</source>
        <translation>Zachowaj &amp;nazwy plików, które pokazują datę lub telefon</translation>
    </message>
    <message>
        <source>Off: a copy of a file named like IMG_20240611_143207.jpg gets a name like photo-1f0c9a2e.jpg instead, so its name does not show when it was taken or with which phone.</source>
        <translation>Wyłączone: kopia pliku o nazwie np. IMG_20240611_143207.jpg dostaje zamiast tego nazwę w rodzaju photo-1f0c9a2e.jpg, aby jej nazwa nie pokazywała, kiedy i jakim telefonem zrobiono zdjęcie.</translation>
    </message>
    <message>
        <source>Convert HEIC photos to &amp;JPEG</source>
        <translation>Konwertuj zdjęcia &amp;HEIC do JPEG</translation>
    </message>
    <message>
        <source>Remove colour &amp;profiles (colours may shift slightly)</source>
        <translation>Usuń profile kolorów (kolory &amp;mogą się nieco zmienić)</translation>
    </message>
    <message>
        <source>T&amp;urn PDF pages into pictures (strongest; text can no longer be selected)</source>
        <translation>Zam&amp;ień strony PDF na obrazy (najsilniejsze; tekstu nie da się już zaznaczyć)</translation>
    </message>
    <message>
        <source>Removes everything hidden in a PDF&apos;s text and drawings too. The copy is larger and its text cannot be searched or copied.</source>
        <translation>Usuwa też wszystko, co jest ukryte w tekście i rysunkach PDF. Kopia jest większa, a jej tekstu nie da się przeszukiwać ani kopiować.</translation>
    </message>
    <message>
        <source>Cover the faces found in photos and clips (check each cop&amp;y)</source>
        <translation>&amp;Zakryj twarze znalezione na zdjęciach i w klipach (sprawdź każdą kopię)</translation>
    </message>
    <message>
        <source>Faces found automatically are covered in black in the copies. Detection can miss faces: look at each copy&apos;s picture in the details.</source>
        <translation>Automatycznie znalezione twarze są zakrywane na czarno w kopiach. Wykrywanie może pominąć twarze: obejrzyj obraz każdej kopii w szczegółach.</translation>
    </message>
    <message>
        <source>&amp;Quick face search (misses small faces)</source>
        <translation>&amp;Szybkie wyszukiwanie twarzy (pomija małe twarze)</translation>
    </message>
    <message>
        <source>Faster, but faces smaller than about 60 pixels in a large photo are not found. Used here and in Hide faces and areas.</source>
        <translation>Szybsze, ale na dużym zdjęciu twarze mniejsze niż około 60 pikseli nie są znajdowane. Działa tutaj i w „Ukryj twarze i obszary”.</translation>
    </message>
    <message>
        <source>Remove hidden slides, sheets and te&amp;xt, and speaker notes, from documents</source>
        <translation>Usu&amp;ń z dokumentów ukryte slajdy, arkusze i tekst oraz notatki prelegenta</translation>
    </message>
    <message>
        <source>Documents can hold slides, sheets and text that are not shown, and notes only the speaker sees. Without this they are kept, and the summary says where they are.</source>
        <translation>Dokumenty mogą zawierać niewidoczne slajdy, arkusze i tekst oraz notatki, które widzi tylko prelegent. Bez tej opcji zostają one zachowane, a podsumowanie mówi, gdzie są.</translation>
    </message>
    <message>
        <source>Weaken the camera fingerprint in photos (saved again, a &amp;bit smaller)</source>
        <translation>&amp;Osłab „odcisk palca” aparatu na zdjęciach (zapisane ponownie, nieco mniejsze)</translation>
    </message>
    <message>
        <source>Every camera leaves a faint pattern in its photos that can link them to each other. This softens each photo slightly and makes it 3% smaller: the pattern gets weaker, but it is not removed. Photos are saved again instead of copied unchanged.</source>
        <translation>Każdy aparat zostawia na swoich zdjęciach słaby wzór, po którym można je ze sobą powiązać. Ta opcja lekko zmiękcza każde zdjęcie i zmniejsza je o 3%: wzór słabnie, ale nie znika. Zdjęcia są zapisywane ponownie zamiast kopiowane bez zmian.</translation>
    </message>
    <message>
        <source>&amp;Replace the originals (no copies; cannot be undone)</source>
        <translation>Zastąp oryginały (&amp;bez kopii; nie da się cofnąć)</translation>
    </message>
</context>
<context>
    <name>OutputBox</name>
    <message>
        <source>Save clean copies in:</source>
        <translation>Zapisz wyczyszczone kopie w:</translation>
    </message>
    <message>
        <source>Output folder</source>
        <translation>Folder docelowy</translation>
    </message>
    <message>
        <source>Choo&amp;se…</source>
        <translation>Wybi&amp;erz…</translation>
    </message>
    <message>
        <source>Choose the output folder</source>
        <translation>Wybierz folder docelowy</translation>
    </message>
    <message>
        <source>Use &amp;default</source>
        <translation>U&amp;żyj domyślnego</translation>
    </message>
    <message>
        <source>Use the default output folder</source>
        <translation>Użyj domyślnego folderu docelowego</translation>
    </message>
    <message>
        <source>The original files will be replaced.</source>
        <translation>Oryginalne pliki zostaną zastąpione.</translation>
    </message>
    <message>
        <source>The folder “{name}” next to the originals, with the copies made so far.</source>
        <translation>Folder „{name}” obok oryginałów, z kopiami zrobionymi do tej pory.</translation>
    </message>
    <message>
        <source>A new folder next to the originals, named “{name}”.</source>
        <translation>Nowy folder obok oryginałów o nazwie „{name}”.</translation>
    </message>
</context>
<context>
    <name>QAbstractFileIconProvider</name>
    <message>
        <source>Drive</source>
        <translation>Dysk</translation>
    </message>
    <message>
        <source>Folder</source>
        <translation>Folder</translation>
    </message>
</context>
<context>
    <name>QFileDialog</name>
    <message>
        <source>%1
Directory not found.
Please verify the correct directory name was given.</source>
        <translation>%1
Brak katalogu.
Sprawdź podaną nazwę katalogu.</translation>
    </message>
    <message>
        <source>%1
File not found.
Please verify the correct file name was given.</source>
        <translation>%1
Brak pliku.
Sprawdź podaną nazwę pliku.</translation>
    </message>
    <message>
        <source>&amp;Choose</source>
        <translation>&amp;Wybierz</translation>
    </message>
    <message>
        <source>&amp;Delete</source>
        <translation>&amp;Usuń</translation>
    </message>
    <message>
        <source>&amp;Look in:</source>
        <translation>&amp;Szukaj w:</translation>
    </message>
    <message>
        <source>&amp;New Folder</source>
        <translation>&amp;Nowy katalog</translation>
    </message>
    <message>
        <source>&amp;Open</source>
        <translation>&amp;Otwórz</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>Otwórz</translation>
    </message>
    <message>
        <source>&amp;Rename</source>
        <translation>&amp;Zmień nazwę</translation>
    </message>
    <message>
        <source>All Files (*)</source>
        <translation>Wszystkie pliki (*)</translation>
    </message>
    <message>
        <source>Are you sure you want to delete &apos;%1&apos;?</source>
        <translation>Czy na pewno chcesz usunąć &quot;%1&quot;?</translation>
    </message>
    <message>
        <source>Back</source>
        <translation>Powrót</translation>
    </message>
    <message>
        <source>Change to detail view mode</source>
        <translation>Pokaż szczegóły</translation>
    </message>
    <message>
        <source>Change to list view mode</source>
        <translation>Pokaż listę</translation>
    </message>
    <message>
        <source>Create New Folder</source>
        <translation>Utwórz nowy katalog</translation>
    </message>
    <message>
        <source>Create a New Folder</source>
        <translation>Utwórz nowy katalog</translation>
    </message>
    <message>
        <source>Detail View</source>
        <translation>Szczegóły</translation>
    </message>
    <message>
        <source>Directories</source>
        <translation>Katalogi</translation>
    </message>
    <message>
        <source>Directory:</source>
        <translation>Katalog:</translation>
    </message>
    <message>
        <source>File &amp;name:</source>
        <translation>Nazwa &amp;pliku:</translation>
    </message>
    <message>
        <source>Files</source>
        <translation>Pliki</translation>
    </message>
    <message>
        <source>Files of &amp;type:</source>
        <translation>Pliki &amp;typu:</translation>
    </message>
    <message>
        <source>Forward</source>
        <translation>Do przodu</translation>
    </message>
    <message>
        <source>Go back</source>
        <translation>Wróć</translation>
    </message>
    <message>
        <source>Go forward</source>
        <translation>Przejdź dalej</translation>
    </message>
    <message>
        <source>Go to the parent directory</source>
        <translation>Przejdź do katalogu wyżej</translation>
    </message>
    <message>
        <source>List View</source>
        <translation>Lista</translation>
    </message>
    <message>
        <source>List of places and bookmarks</source>
        <translation>Lista miejsc i zakładek</translation>
    </message>
    <message>
        <source>Parent Directory</source>
        <translation>Katalog wyżej</translation>
    </message>
    <message>
        <source>Show &amp;hidden files</source>
        <translation>Pokaż &amp;ukryte pliki</translation>
    </message>
    <message>
        <source>Show </source>
        <translation>Pokaż </translation>
    </message>
    <message>
        <source>Sidebar</source>
        <translation>Pasek boczny</translation>
    </message>
</context>
<context>
    <name>QFileSystemModel</name>
    <message>
        <source>Computer</source>
        <translation>Komputer</translation>
    </message>
    <message>
        <source>Date Modified</source>
        <translation>Data modyfikacji</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nazwa</translation>
    </message>
    <message>
        <source>Size</source>
        <translation>Rozmiar</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>Rodzaj</translation>
    </message>
</context>
<context>
    <name>QLineEdit</name>
    <message>
        <source>&amp;Copy</source>
        <translation>S&amp;kopiuj</translation>
    </message>
    <message>
        <source>&amp;Paste</source>
        <translation>&amp;Wklej</translation>
    </message>
    <message>
        <source>&amp;Redo</source>
        <translation>&amp;Przywróć</translation>
    </message>
    <message>
        <source>&amp;Undo</source>
        <translation>&amp;Cofnij</translation>
    </message>
    <message>
        <source>Cu&amp;t</source>
        <translation>W&amp;ytnij</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Usuń</translation>
    </message>
    <message>
        <source>Select All</source>
        <translation>Zaznacz wszystko</translation>
    </message>
</context>
<context>
    <name>QMessageBox</name>
    <message>
        <source>Show Details...</source>
        <translation>Pokaż szczegóły...</translation>
    </message>
</context>
<context>
    <name>QPlatformTheme</name>
    <message>
        <source>&amp;No</source>
        <translation>&amp;Nie</translation>
    </message>
    <message>
        <source>&amp;Yes</source>
        <translation>&amp;Tak</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Anuluj</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Zamknij</translation>
    </message>
    <message>
        <source>OK</source>
        <translation>OK</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>Otwórz</translation>
    </message>
</context>
<context>
    <name>RedactionEditor</name>
    <message>
        <source>Press Esc again to close without your changes, or Enter to use them.</source>
        <translation>Naciśnij ponownie Esc, aby zamknąć bez zmian, albo Enter, aby ich użyć.</translation>
    </message>
    <message>
        <source>Hide faces and areas — {name}</source>
        <translation>Ukryj twarze i obszary — {name}</translation>
    </message>
    <message>
        <source>Select and move</source>
        <translation>Zaznacz i przesuń</translation>
    </message>
    <message>
        <source>Rectangle</source>
        <translation>Prostokąt</translation>
    </message>
    <message>
        <source>Ellipse</source>
        <translation>Elipsa</translation>
    </message>
    <message>
        <source>Brush</source>
        <translation>Pędzel</translation>
    </message>
    <message>
        <source>Add area</source>
        <translation>Dodaj obszar</translation>
    </message>
    <message>
        <source>Add an area in the middle of the view, to move with the arrow keys (N)</source>
        <translation>Dodaj obszar na środku widoku, aby przesuwać go strzałkami (N)</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Usuń</translation>
    </message>
    <message>
        <source>Del</source>
        <translation>Del</translation>
    </message>
    <message>
        <source>Undo</source>
        <translation>Cofnij</translation>
    </message>
    <message>
        <source>Redo</source>
        <translation>Ponów</translation>
    </message>
    <message>
        <source>Zoom out</source>
        <translation>Pomniejsz</translation>
    </message>
    <message>
        <source>Zoom in</source>
        <translation>Powiększ</translation>
    </message>
    <message>
        <source>Fit</source>
        <translation>Dopasuj</translation>
    </message>
    <message>
        <source>Preview</source>
        <translation>Podgląd</translation>
    </message>
    <message>
        <source>Show exactly what will be written (P)</source>
        <translation>Pokaż dokładnie to, co zostanie zapisane (P)</translation>
    </message>
    <message>
        <source>Brush &amp;width</source>
        <translation>&amp;Szerokość pędzla</translation>
    </message>
    <message>
        <source>Brush width</source>
        <translation>Szerokość pędzla</translation>
    </message>
    <message>
        <source>Drawing tools</source>
        <translation>Narzędzia rysowania</translation>
    </message>
    <message>
        <source>Undo, zoom and preview</source>
        <translation>Cofanie, powiększenie i podgląd</translation>
    </message>
    <message>
        <source>Photo</source>
        <translation>Zdjęcie</translation>
    </message>
    <message>
        <source>Draw areas to cover with the mouse or the keyboard. Ctrl and the mouse wheel zoom; hold Space to pan.</source>
        <translation>Narysuj obszary do zakrycia myszą lub klawiaturą. Ctrl i kółko myszy zmieniają powiększenie; przytrzymaj spację, aby przesuwać widok.</translation>
    </message>
    <message>
        <source>&amp;Areas to cover (untick to leave uncovered)</source>
        <translation>&amp;Obszary do zakrycia (odznacz, aby zostawić niezakryte)</translation>
    </message>
    <message>
        <source>Areas to cover</source>
        <translation>Obszary do zakrycia</translation>
    </message>
    <message>
        <source>Automatic detection can miss faces — check every face yourself, including faces in mirrors, pictures and screens.</source>
        <translation>Automatyczne wykrywanie może pominąć twarze — sprawdź samodzielnie każdą twarz, także twarze w lustrach, na obrazach i ekranach.</translation>
    </message>
    <message>
        <source>Find &amp;small faces</source>
        <translation>&amp;Znajdź małe twarze</translation>
    </message>
    <message>
        <source>Find small faces</source>
        <translation>Znajdź małe twarze</translation>
    </message>
    <message>
        <source>Look again for small faces, for group photos (slower)</source>
        <translation>Poszukaj ponownie małych twarzy, do zdjęć grupowych (wolniej)</translation>
    </message>
    <message>
        <source>How to cover</source>
        <translation>Jak zakryć</translation>
    </message>
    <message>
        <source>Solid &amp;fill (safest)</source>
        <translation>&amp;Pełne wypełnienie (najbezpieczniejsze)</translation>
    </message>
    <message>
        <source>Strong &amp;mosaic</source>
        <translation>&amp;Mocna mozaika</translation>
    </message>
    <message>
        <source>B&amp;lur (wiped first; a few average colours stay)</source>
        <translation>&amp;Rozmycie (obszar jest najpierw wymazywany; zostaje kilka średnich kolorów)</translation>
    </message>
    <message>
        <source>Fill &amp;colour…</source>
        <translation>Kolor &amp;wypełnienia…</translation>
    </message>
    <message>
        <source>Fill colour</source>
        <translation>Kolor wypełnienia</translation>
    </message>
    <message>
        <source>&amp;Use these areas</source>
        <translation>&amp;Użyj tych obszarów</translation>
    </message>
    <message>
        <source>Use these areas</source>
        <translation>Użyj tych obszarów</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Anuluj</translation>
    </message>
    <message>
        <source>{action} ({key})</source>
        <translation>{action} ({key})</translation>
    </message>
    <message>
        <source>Keyboard: N adds an area, arrows move it (Shift: further), Ctrl+arrows resize it, [ and ] pick another, Delete removes it.</source>
        <translation>Klawiatura: N dodaje obszar, strzałki go przesuwają (z Shift: dalej), Ctrl+strzałki zmieniają jego rozmiar, [ i ] wybierają inny, Delete go usuwa.</translation>
    </message>
    <message>
        <source>Face {n} (found automatically)</source>
        <translation>Twarz {n} (znaleziona automatycznie)</translation>
    </message>
    <message>
        <source>Rectangle {n}</source>
        <translation>Prostokąt {n}</translation>
    </message>
    <message>
        <source>Ellipse {n}</source>
        <translation>Elipsa {n}</translation>
    </message>
    <message>
        <source>Brush stroke {n}</source>
        <translation>Pociągnięcie pędzla {n}</translation>
    </message>
    <message>
        <source>Shape {n}</source>
        <translation>Kształt {n}</translation>
    </message>
    <message>
        <source>Loading…</source>
        <translation>Wczytywanie…</translation>
    </message>
    <message>
        <source>Making the preview…</source>
        <translation>Tworzenie podglądu…</translation>
    </message>
    <message>
        <source>Preview: this is what will be written.</source>
        <translation>Podgląd: to zostanie zapisane.</translation>
    </message>
    <message>
        <source>Draw over anything that could identify you: faces, tattoos, marks.</source>
        <translation>Zamaluj wszystko, co może cię zidentyfikować: twarze, tatuaże, znamiona.</translation>
    </message>
    <message>
        <source>Looking for faces…</source>
        <translation>Szukanie twarzy…</translation>
    </message>
    <message>
        <source>Looking for small faces… this takes longer.</source>
        <translation>Szukanie małych twarzy… to potrwa dłużej.</translation>
    </message>
    <message>
        <source>Face detection is not available ({reason}). Mark faces yourself.</source>
        <translation>Wykrywanie twarzy jest niedostępne ({reason}). Zaznacz twarze samodzielnie.</translation>
    </message>
    <message>
        <source>No faces were found automatically.</source>
        <translation>Nie znaleziono automatycznie żadnych twarzy.</translation>
    </message>
    <message>
        <source>Faces found automatically: {count}.</source>
        <translation>Automatycznie znalezione twarze: {count}.</translation>
    </message>
    <message>
        <source>its files are missing or damaged</source>
        <translation>brakuje jego plików lub są uszkodzone</translation>
    </message>
    <message>
        <source>There is not enough memory to open this photo.</source>
        <translation>Za mało pamięci, aby otworzyć to zdjęcie.</translation>
    </message>
    <message>
        <source>The photo could not be opened.</source>
        <translation>Nie udało się otworzyć zdjęcia.</translation>
    </message>
</context>
<context>
    <name>RunBar</name>
    <message>
        <source>Ca&amp;ncel</source>
        <translation>&amp;Anuluj</translation>
    </message>
    <message>
        <source>Cancel cleaning</source>
        <translation>Anuluj czyszczenie</translation>
    </message>
    <message>
        <source>&amp;Clean</source>
        <translation>&amp;Wyczyść</translation>
    </message>
    <message>
        <source>Clean all files in the list</source>
        <translation>Wyczyść wszystkie pliki na liście</translation>
    </message>
    <message>
        <source>&amp;Open output folder</source>
        <translation>Otwó&amp;rz folder docelowy</translation>
    </message>
    <message>
        <source>Open output folder</source>
        <translation>Otwórz folder docelowy</translation>
    </message>
    <message>
        <source>Write clean copies of all files (Ctrl+Enter)</source>
        <translation>Zapisz wyczyszczone kopie wszystkich plików (Ctrl+Enter)</translation>
    </message>
    <message>
        <source>Stop now; files not finished are left as they were (Esc)</source>
        <translation>Zatrzymaj teraz; nieukończone pliki zostają bez zmian (Esc)</translation>
    </message>
    <message>
        <source>Cleaning progress</source>
        <translation>Postęp czyszczenia</translation>
    </message>
    <message>
        <source>%v of %m files</source>
        <translation>%v z %m plików</translation>
    </message>
    <message>
        <source>Summary</source>
        <translation>Podsumowanie</translation>
    </message>
</context>
<context>
    <name>SafetyGuide</name>
    <message>
        <source>Why this matters</source>
        <translation>Dlaczego to ważne</translation>
    </message>
    <message>
        <source>Safety guide</source>
        <translation>Poradnik bezpieczeństwa</translation>
    </message>
    <message>
        <source>&amp;Close</source>
        <translation>&amp;Zamknij</translation>
    </message>
    <message>
        <source>Close the safety guide</source>
        <translation>Zamknij poradnik bezpieczeństwa</translation>
    </message>
    <message>
        <source>What your photos and files can give away</source>
        <translation>Co mogą zdradzić twoje zdjęcia i pliki</translation>
    </message>
    <message>
        <source>Photos from phones and cameras carry hidden details. Anyone who gets the file can read them:</source>
        <translation>Zdjęcia z telefonów i aparatów zawierają ukryte dane. Każdy, kto dostanie plik, może je odczytać:</translation>
    </message>
    <message>
        <source>Where the photo was taken, often to within a few metres.</source>
        <translation>Gdzie zrobiono zdjęcie, często z dokładnością do kilku metrów.</translation>
    </message>
    <message>
        <source>Which phone or camera took it, sometimes with its serial number.</source>
        <translation>Jakim telefonem lub aparatem je zrobiono, czasem z jego numerem seryjnym.</translation>
    </message>
    <message>
        <source>Your name, if it is set in the phone, camera or editing app.</source>
        <translation>Twoje imię i nazwisko, jeśli są ustawione w telefonie, aparacie lub aplikacji do edycji.</translation>
    </message>
    <message>
        <source>The date and time it was taken.</source>
        <translation>Datę i godzinę zrobienia zdjęcia.</translation>
    </message>
    <message>
        <source>A hidden small copy of the original photo. It can show what you cropped out or covered.</source>
        <translation>Ukrytą małą kopię oryginalnego zdjęcia. Może pokazać to, co zostało wycięte lub zakryte.</translation>
    </message>
    <message>
        <source>Scrubber removes these details from a copy of the file. Your original stays as it is, unless you choose to replace it.</source>
        <translation>Scrubber usuwa te dane z kopii pliku. Twój oryginał zostaje bez zmian, chyba że zdecydujesz się go zastąpić.</translation>
    </message>
    <message>
        <source>Documents such as PDF and Word files can hold the author&apos;s name, the computer&apos;s name and the editing history. Videos and voice recordings can hold the place and the device.</source>
        <translation>Dokumenty takie jak pliki PDF i Word mogą zawierać nazwisko autora, nazwę komputera i historię edycji. Filmy i nagrania głosowe mogą zawierać miejsce i urządzenie.</translation>
    </message>
    <message>
        <source>If Scrubber says a file is not supported or could not be cleaned, do not share that file as it is.</source>
        <translation>Jeśli Scrubber pokazuje, że plik jest nieobsługiwany lub nie dało się go wyczyścić, nie udostępniaj tego pliku w tej postaci.</translation>
    </message>
    <message>
        <source>Blur in other apps can be undone</source>
        <translation>Rozmycie z innych aplikacji można cofnąć</translation>
    </message>
    <message>
        <source>Blur and small pixelation made by other apps can be undone by software. Scrubber&apos;s blur and mosaic wipe the area first, but they still show its average colours.</source>
        <translation>Rozmycie i drobną pikselizację z innych aplikacji można cofnąć programowo. Rozmycie i mozaika w Scrubberze najpierw wymazują obszar, ale nadal widać jego średnie kolory.</translation>
    </message>
    <message>
        <source>To hide a face, a tattoo or anything else, use solid fill. Cover a little more than you think you need.</source>
        <translation>Aby ukryć twarz, tatuaż lub cokolwiek innego, użyj pełnego wypełnienia. Zakryj trochę więcej, niż ci się wydaje, że trzeba.</translation>
    </message>
    <message>
        <source>Your photos can be matched</source>
        <translation>Twoje zdjęcia można dopasować</translation>
    </message>
    <message>
        <source>Reverse image search finds other places where the same photo, or one like it, is online.</source>
        <translation>Wyszukiwanie obrazem znajduje inne miejsca w internecie, gdzie jest to samo lub podobne zdjęcie.</translation>
    </message>
    <message>
        <source>Face recognition exists and is easy to use. A face, a tattoo or a room that people can recognise can link your ad photos to your personal accounts.</source>
        <translation>Rozpoznawanie twarzy istnieje i jest łatwe w użyciu. Twarz, tatuaż lub pokój, które ktoś rozpozna, mogą powiązać zdjęcia z twoich ogłoszeń z twoimi prywatnymi kontami.</translation>
    </message>
    <message>
        <source>Search for your own ad photos now and then, with a reverse image search and a face search. Then you see where they turn up.</source>
        <translation>Od czasu do czasu szukaj zdjęć ze swoich ogłoszeń przez wyszukiwanie obrazem i wyszukiwanie twarzy. Wtedy zobaczysz, gdzie się pojawiają.</translation>
    </message>
    <message>
        <source>Tattoos, birthmarks, jewellery, nails, bedding and furniture can link your ads to each other. Cover them or change them.</source>
        <translation>Tatuaże, znamiona, biżuteria, paznokcie, pościel i meble mogą powiązać ze sobą twoje ogłoszenia. Zakryj je lub zmień.</translation>
    </message>
    <message>
        <source>Each camera leaves a faint pattern in its photos that can link them to each other. The option “Weaken the camera fingerprint” makes it weaker, but does not remove it.</source>
        <translation>Każdy aparat zostawia na swoich zdjęciach słaby wzór, po którym można je ze sobą powiązać. Opcja „Osłab «odcisk palca» aparatu” go osłabia, ale nie usuwa.</translation>
    </message>
    <message>
        <source>Tips from sex workers&apos; digital safety advice</source>
        <translation>Wskazówki z poradników bezpieczeństwa cyfrowego dla osób pracujących seksualnie</translation>
    </message>
    <message>
        <source>Keep work and personal life apart. Use a separate phone, email and accounts for work if you can.</source>
        <translation>Oddzielaj pracę od życia prywatnego. Jeśli możesz, używaj do pracy osobnego telefonu, e-maila i kont.</translation>
    </message>
    <message>
        <source>Take ad photos with a different phone or camera. If you cannot, turn off location, Live Photos and Motion Photos in the camera before you take them.</source>
        <translation>Rób zdjęcia do ogłoszeń innym telefonem lub aparatem. Jeśli nie możesz, przed zrobieniem zdjęć wyłącz w aparacie lokalizację, Live Photos i Motion Photos.</translation>
    </message>
    <message>
        <source>Never use photos from your personal social media in ads, not even old ones.</source>
        <translation>Nigdy nie używaj w ogłoszeniach zdjęć ze swoich prywatnych mediów społecznościowych, nawet starych.</translation>
    </message>
    <message>
        <source>Cloud backups and shared albums keep your originals, with the place they were taken, and sort them by face. Keep work photos out of them.</source>
        <translation>Kopie zapasowe w chmurze i udostępnione albumy przechowują twoje oryginały razem z miejscem ich zrobienia i sortują je według twarzy. Nie trzymaj tam zdjęć do pracy.</translation>
    </message>
    <message>
        <source>Clean last: after cropping and editing in other apps. Editing apps can add hidden data again.</source>
        <translation>Czyść na końcu: po przycięciu i edycji w innych aplikacjach. Aplikacje do edycji mogą znowu dodać ukryte dane.</translation>
    </message>
    <message>
        <source>Screenshots can show your name, your number and your notifications. Check them before you share them.</source>
        <translation>Zrzuty ekranu mogą pokazywać twoje imię, numer i powiadomienia. Sprawdź je, zanim je udostępnisz.</translation>
    </message>
    <message>
        <source>Check the background: letters, papers, photos on the wall, anything with a name or address.</source>
        <translation>Sprawdź tło: listy, dokumenty, zdjęcia na ścianie, wszystko z imieniem, nazwiskiem lub adresem.</translation>
    </message>
    <message>
        <source>Check mirrors and reflections: sunglasses, windows, screens and shiny surfaces.</source>
        <translation>Sprawdź lustra i odbicia: okulary przeciwsłoneczne, okna, ekrany i błyszczące powierzchnie.</translation>
    </message>
    <message>
        <source>Check what can be seen through windows. Streets, signs and buildings can show where you are.</source>
        <translation>Sprawdź, co widać przez okna. Ulice, szyldy i budynki mogą pokazać, gdzie jesteś.</translation>
    </message>
    <message>
        <source>Do not post the same photo on your personal and your work accounts.</source>
        <translation>Nie publikuj tego samego zdjęcia na prywatnych i na służbowych kontach.</translation>
    </message>
    <message>
        <source>Sending a photo “as a file” or by email keeps its hidden data. Send only the clean copy.</source>
        <translation>Wysłanie zdjęcia „jako plik” lub e-mailem zachowuje jego ukryte dane. Wysyłaj tylko wyczyszczoną kopię.</translation>
    </message>
    <message>
        <source>When you are done, delete the originals from Downloads and from shared folders.</source>
        <translation>Gdy skończysz, usuń oryginały z Pobranych i z udostępnionych folderów.</translation>
    </message>
    <message>
        <source>Before you post, open the clean copy and check it again.</source>
        <translation>Zanim opublikujesz, otwórz wyczyszczoną kopię i sprawdź ją jeszcze raz.</translation>
    </message>
    <message>
        <source>What your computer may still keep</source>
        <translation>Co jeszcze może przechowywać twój komputer</translation>
    </message>
    <message>
        <source>Scrubber keeps no list of the files you open, but your computer may:</source>
        <translation>Scrubber nie przechowuje listy otwieranych plików, ale twój komputer może to robić:</translation>
    </message>
    <message>
        <source>small previews (thumbnails) made by the file manager or photo viewer;</source>
        <translation>małe podglądy (miniatury) tworzone przez menedżer plików lub przeglądarkę zdjęć;</translation>
    </message>
    <message>
        <source>lists of recent files in other apps;</source>
        <translation>listy ostatnio używanych plików w innych aplikacjach;</translation>
    </message>
    <message>
        <source>the originals in Downloads, in the trash and in cloud backups.</source>
        <translation>oryginały w Pobranych, w koszu i w kopiach zapasowych w chmurze.</translation>
    </message>
    <message>
        <source>To clear them:</source>
        <translation>Jak je usunąć:</translation>
    </message>
    <message>
        <source>Empty the trash.</source>
        <translation>Opróżnij kosz.</translation>
    </message>
    <message>
        <source>Clear the recent files in your file manager.</source>
        <translation>Wyczyść listę ostatnio używanych plików w menedżerze plików.</translation>
    </message>
    <message>
        <source>Delete the thumbnail cache. Linux: the .cache/thumbnails folder in your home folder. Windows: Disk Cleanup, then Thumbnails. macOS: restart the Mac.</source>
        <translation>Usuń pamięć podręczną miniatur. Linux: folder .cache/thumbnails w folderze domowym. Windows: Oczyszczanie dysku, potem Miniatury. macOS: uruchom ponownie Maca.</translation>
    </message>
    <message>
        <source>Scrubber works offline</source>
        <translation>Scrubber działa offline</translation>
    </message>
    <message>
        <source>Scrubber never connects to the internet. Your files stay on this computer.</source>
        <translation>Scrubber nigdy nie łączy się z internetem. Twoje pliki zostają na tym komputerze.</translation>
    </message>
</context>
<context>
    <name>Summary</name>
    <message>
        <source>Cancelled.</source>
        <translation>Anulowano.</translation>
    </message>
    <message>
        <source>{n} cleaned.</source>
        <translation>Wyczyszczone: {n}.</translation>
    </message>
    <message>
        <source>{n} had nothing to remove.</source>
        <translation>Bez niczego do usunięcia: {n}.</translation>
    </message>
    <message>
        <source>{n} could not be cleaned.</source>
        <translation>Nie udało się wyczyścić: {n}.</translation>
    </message>
    <message>
        <source>{n} not done (cancelled).</source>
        <translation>Niewykonane (anulowano): {n}.</translation>
    </message>
    <message>
        <source>Nothing was cleaned.</source>
        <translation>Nic nie zostało wyczyszczone.</translation>
    </message>
    <message>
        <source>Clean copies are in: {folder}</source>
        <translation>Wyczyszczone kopie są w: {folder}</translation>
    </message>
    <message>
        <source>{name}: {reason}</source>
        <translation>{name}: {reason}</translation>
    </message>
    <message>
        <source>…and {n} more: see the list.</source>
        <translation>…i jeszcze {n}: zobacz listę.</translation>
    </message>
</context>
<context>
    <name>messages</name>
    <message>
        <source>{metres} m above sea level</source>
        <translation>{metres} m nad poziomem morza</translation>
    </message>
    <message>
        <source>{metres} m below sea level</source>
        <translation>{metres} m poniżej poziomu morza</translation>
    </message>
    <message>
        <source>{count} bytes of data</source>
        <translation>bajty danych: {count}</translation>
    </message>
    <message>
        <source>The file name shows when it was taken: {shown}</source>
        <translation>Nazwa pliku pokazuje, kiedy go zrobiono: {shown}</translation>
    </message>
    <message>
        <source>The file name shows the phone or camera that made it: {shown}</source>
        <translation>Nazwa pliku pokazuje telefon lub aparat, którym go zrobiono: {shown}</translation>
    </message>
    <message>
        <source>The file name shows the app that made it: {apps}</source>
        <translation>Nazwa pliku pokazuje aplikację, w której go utworzono: {apps}</translation>
    </message>
    <message>
        <source>{finding} (the name was kept)</source>
        <translation>{finding} (nazwę zachowano)</translation>
    </message>
    <message>
        <source>The file cannot be found. Was it moved or deleted?</source>
        <translation>Nie można znaleźć pliku. Czy został przeniesiony lub usunięty?</translation>
    </message>
    <message>
        <source>This is not a normal file (it is a folder, a device or a pipe).</source>
        <translation>To nie jest zwykły plik (to folder, urządzenie lub potok).</translation>
    </message>
    <message>
        <source>This is a folder, not a file.</source>
        <translation>To jest folder, a nie plik.</translation>
    </message>
    <message>
        <source>The file is empty.</source>
        <translation>Plik jest pusty.</translation>
    </message>
    <message>
        <source>The file cannot be read: {reason}</source>
        <translation>Nie można odczytać pliku: {reason}</translation>
    </message>
    <message>
        <source>The file name says {format}, but the file cannot be read as {format}.</source>
        <translation>Nazwa pliku wskazuje na {format}, ale pliku nie da się odczytać jako {format}.</translation>
    </message>
    <message>
        <source>This type of file is not supported, so it was not cleaned.</source>
        <translation>Ten rodzaj pliku nie jest obsługiwany, więc nie został wyczyszczony.</translation>
    </message>
    <message>
        <source>This is a link; it was not followed.</source>
        <translation>To jest link; nie został otwarty.</translation>
    </message>
    <message>
        <source>This file could not be read ({kind}).</source>
        <translation>Nie udało się odczytać tego pliku ({kind}).</translation>
    </message>
    <message>
        <source>It holds documents inside documents, too many levels deep.</source>
        <translation>Zawiera dokumenty w dokumentach, zagnieżdżone zbyt głęboko.</translation>
    </message>
    <message>
        <source>There is not enough memory to read this file.</source>
        <translation>Za mało pamięci, aby odczytać ten plik.</translation>
    </message>
    <message>
        <source>There is not enough memory.</source>
        <translation>Za mało pamięci.</translation>
    </message>
    <message>
        <source>A file could not be read or written: {reason}</source>
        <translation>Nie udało się odczytać lub zapisać pliku: {reason}</translation>
    </message>
    <message>
        <source>Unexpected error ({kind}). Nothing was written.</source>
        <translation>Nieoczekiwany błąd ({kind}). Nic nie zostało zapisane.</translation>
    </message>
    <message>
        <source>The copy would replace the original. Choose another name or folder.</source>
        <translation>Kopia zastąpiłaby oryginał. Wybierz inną nazwę lub inny folder.</translation>
    </message>
    <message>
        <source>Replacing the original cannot change the file type. Save copies in a folder instead.</source>
        <translation>Przy zastępowaniu oryginału nie można zmienić typu pliku. Zamiast tego zapisz kopie w folderze.</translation>
    </message>
    <message>
        <source>This file is a link. Save copies in a folder instead.</source>
        <translation>Ten plik jest linkiem. Zamiast tego zapisz kopie w folderze.</translation>
    </message>
    <message>
        <source>The clean copy could not be checked again, so it was deleted: {reason}</source>
        <translation>Nie udało się ponownie sprawdzić wyczyszczonej kopii, więc została usunięta: {reason}</translation>
    </message>
    <message>
        <source>The clean copy still held data ({left}), so it was deleted.</source>
        <translation>Wyczyszczona kopia nadal zawierała dane ({left}), więc została usunięta.</translation>
    </message>
    <message>
        <source>The folder for the copies cannot be created: {reason}</source>
        <translation>Nie można utworzyć folderu na kopie: {reason}</translation>
    </message>
    <message>
        <source>Nothing can be saved in the folder for the copies: {reason}</source>
        <translation>W folderze na kopie nie można nic zapisać: {reason}</translation>
    </message>
    <message>
        <source>The copy could not be finished: {reason}</source>
        <translation>Nie udało się dokończyć kopii: {reason}</translation>
    </message>
    <message>
        <source>The copies could not be saved to the disk: {reason}</source>
        <translation>Nie udało się zapisać kopii na dysku: {reason}</translation>
    </message>
    <message>
        <source>No free name was found for the clean copy.</source>
        <translation>Nie znaleziono wolnej nazwy dla wyczyszczonej kopii.</translation>
    </message>
    <message>
        <source>The clean copy could not be saved: {reason}</source>
        <translation>Nie udało się zapisać wyczyszczonej kopii: {reason}</translation>
    </message>
    <message>
        <source>The earlier copy could not be replaced: {reason}</source>
        <translation>Nie udało się zastąpić wcześniejszej kopii: {reason}</translation>
    </message>
    <message>
        <source>This JPEG is damaged: its beginning is missing.</source>
        <translation>Ten plik JPEG jest uszkodzony: brakuje jego początku.</translation>
    </message>
    <message>
        <source>This JPEG is damaged (a wrong length at byte {pos}).</source>
        <translation>Ten plik JPEG jest uszkodzony (błędna długość w bajcie {pos}).</translation>
    </message>
    <message>
        <source>This JPEG is damaged: its picture does not end where it should.</source>
        <translation>Ten plik JPEG jest uszkodzony: jego obraz nie kończy się tam, gdzie powinien.</translation>
    </message>
    <message>
        <source>This JPEG is damaged (a missing marker at byte {pos}).</source>
        <translation>Ten plik JPEG jest uszkodzony (brak znacznika w bajcie {pos}).</translation>
    </message>
    <message>
        <source>This JPEG is cut off before the picture starts.</source>
        <translation>Ten plik JPEG jest ucięty przed początkiem obrazu.</translation>
    </message>
    <message>
        <source>This JPEG is damaged: it has far too many parts.</source>
        <translation>Ten plik JPEG jest uszkodzony: ma o wiele za dużo części.</translation>
    </message>
    <message>
        <source>This rare kind of JPEG (hierarchical or JPEG-LS) is not supported.</source>
        <translation>Ten rzadki rodzaj JPEG (hierarchiczny lub JPEG-LS) nie jest obsługiwany.</translation>
    </message>
    <message>
        <source>This JPEG holds no picture.</source>
        <translation>Ten plik JPEG nie zawiera obrazu.</translation>
    </message>
    <message>
        <source>This JPEG is damaged: its picture is not where the file says.</source>
        <translation>Ten plik JPEG jest uszkodzony: jego obraz nie jest tam, gdzie wskazuje plik.</translation>
    </message>
    <message>
        <source>This JPEG is damaged: it holds more than one picture frame.</source>
        <translation>Ten plik JPEG jest uszkodzony: zawiera więcej niż jedną klatkę obrazu.</translation>
    </message>
    <message>
        <source>This JPEG has other data hidden inside its picture, so it was not cleaned.</source>
        <translation>Ten plik JPEG ma inne dane ukryte w obrazie, więc nie został wyczyszczony.</translation>
    </message>
    <message>
        <source>The colour profile is too large.</source>
        <translation>Profil kolorów jest za duży.</translation>
    </message>
    <message>
        <source>The picture is incomplete: the file was cut off.</source>
        <translation>Obraz jest niekompletny: plik został ucięty.</translation>
    </message>
    <message>
        <source>This JPEG is damaged in places; the copy looks the same as the original did.</source>
        <translation>Ten plik JPEG jest miejscami uszkodzony; kopia wygląda tak samo, jak wyglądał oryginał.</translation>
    </message>
    <message>
        <source>The GIF file was cut short; its complete frames were kept.</source>
        <translation>Plik GIF był ucięty; jego kompletne klatki zostały zachowane.</translation>
    </message>
    <message>
        <source>The {format} picture was saved as PNG.</source>
        <translation>Obraz {format} został zapisany jako PNG.</translation>
    </message>
    <message>
        <source>Only the first frame of the animation was kept ({frames} in the file).</source>
        <translation>Zachowano tylko pierwszą klatkę animacji (klatek w pliku: {frames}).</translation>
    </message>
    <message>
        <source>Only the first page was kept ({frames} in the file).</source>
        <translation>Zachowano tylko pierwszą stronę (stron w pliku: {frames}).</translation>
    </message>
    <message>
        <source>The picture was saved with 8 bits per colour (it had more).</source>
        <translation>Obraz został zapisany z 8 bitami na kolor (miał więcej).</translation>
    </message>
    <message>
        <source>Colours may look slightly different ({mode} was turned into RGB).</source>
        <translation>Kolory mogą wyglądać nieco inaczej ({mode} zamieniono na RGB).</translation>
    </message>
    <message>
        <source>Transparent areas were filled with white (JPEG has no transparency).</source>
        <translation>Przezroczyste obszary wypełniono bielą (JPEG nie ma przezroczystości).</translation>
    </message>
    <message>
        <source>The form&apos;s XML layer was removed.</source>
        <translation>Usunięto warstwę XML formularza.</translation>
    </message>
    <message>
        <source>A digital signature was removed.</source>
        <translation>Usunięto podpis cyfrowy.</translation>
    </message>
    <message>
        <source>Embedded objects (files inside the document) were removed.</source>
        <translation>Usunięto osadzone obiekty (pliki wewnątrz dokumentu).</translation>
    </message>
    <message>
        <source>Pictures in drawing formats that cannot be checked (SVG, WMF…) were removed.</source>
        <translation>Usunięto obrazy w formatach rysunkowych, których nie da się sprawdzić (SVG, WMF…).</translation>
    </message>
    <message>
        <source>It is saved as {ext}: the same document without macros.</source>
        <translation>Zapisano go jako {ext}: ten sam dokument bez makr.</translation>
    </message>
    <message>
        <source>The animation keeps its rotation tag; its frames were not turned.</source>
        <translation>Animacja zachowuje znacznik obrotu; jej klatki nie zostały obrócone.</translation>
    </message>
    <message>
        <source>This TIFF has {count} pages. Many viewers show only the first: check the others too.</source>
        <translation>Liczba stron w tym pliku TIFF: {count}. Wiele przeglądarek pokazuje tylko pierwszą: sprawdź też pozostałe.</translation>
    </message>
    <message>
        <source>The TIFF keeps its orientation tag; its pixels were not turned.</source>
        <translation>Plik TIFF zachowuje znacznik orientacji; jego piksele nie zostały obrócone.</translation>
    </message>
    <message>
        <source>Colours may look slightly different in the JPEG copy.</source>
        <translation>Kolory w kopii JPEG mogą wyglądać nieco inaczej.</translation>
    </message>
    <message>
        <source>This PNG is cut off before the picture starts.</source>
        <translation>Ten plik PNG jest ucięty przed początkiem obrazu.</translation>
    </message>
    <message>
        <source>The file was cut off; the clean copy keeps the part that is there.</source>
        <translation>Plik był ucięty; wyczyszczona kopia zawiera tę część, która jest.</translation>
    </message>
    <message>
        <source>The removed data said to turn the picture. Check that it is the right way up.</source>
        <translation>Usunięte dane mówiły, że obraz trzeba obrócić. Sprawdź, czy jest prawidłowo obrócony.</translation>
    </message>
    <message>
        <source>Viewers that do not play animations now show a blank picture instead of a hidden one.</source>
        <translation>Przeglądarki, które nie odtwarzają animacji, pokazują teraz pusty obraz zamiast ukrytego.</translation>
    </message>
    <message>
        <source>The sound was removed.</source>
        <translation>Usunięto dźwięk.</translation>
    </message>
    <message>
        <source>The clip had more than 8 bits per colour (HDR); the copy has 8, so colours may look flatter.</source>
        <translation>Klip miał więcej niż 8 bitów na kolor (HDR); kopia ma 8, więc kolory mogą wyglądać bardziej płasko.</translation>
    </message>
    <message>
        <source>Its broken index was rebuilt the way PDF viewers do it. Check the clean copy.</source>
        <translation>Jego uszkodzony indeks odbudowano tak, jak robią to przeglądarki PDF. Sprawdź wyczyszczoną kopię.</translation>
    </message>
    <message>
        <source>It was locked against copying, printing or changes, but opens without a password. The clean copy has no lock.</source>
        <translation>Był zablokowany przed kopiowaniem, drukowaniem lub zmianami, ale otwiera się bez hasła. Wyczyszczona kopia nie ma blokady.</translation>
    </message>
    <message>
        <source>Its attached files are locked with a password (the pages are not). The clean copy has no attachments.</source>
        <translation>Jego załączone pliki są chronione hasłem (strony nie). Wyczyszczona kopia nie ma załączników.</translation>
    </message>
    <message>
        <source>A cropped picture still held the part you cut away. It was removed.</source>
        <translation>Przycięty obraz nadal zawierał wyciętą przez ciebie część. Została usunięta.</translation>
    </message>
    <message>
        <source>Pages were turned into pictures: text can no longer be selected or searched.</source>
        <translation>Strony zamieniono na obrazy: tekstu nie da się już zaznaczyć ani przeszukać.</translation>
    </message>
    <message>
        <source>{count} layers of this PDF are hidden when it opens. They are kept in the copy; to leave them out, choose to turn PDF pages into pictures.</source>
        <translation>Warstwy tego PDF ukryte przy otwarciu: {count}. Zostają w kopii; aby je pominąć, wybierz zamianę stron PDF na obrazy.</translation>
    </message>
    <message>
        <source>1 layer of this PDF is hidden when it opens. It is kept in the copy; to leave it out, choose to turn PDF pages into pictures.</source>
        <translation>1 warstwa tego PDF jest ukryta przy otwarciu. Zostaje w kopii; aby ją pominąć, wybierz zamianę stron PDF na obrazy.</translation>
    </message>
    <message>
        <source>There is text in white, unseen on a white page, on {count} pages. It is kept in the copy; to leave it out, choose to turn PDF pages into pictures.</source>
        <translation>Biały tekst, niewidoczny na białej stronie, jest na stronach: {count}. Zostaje w kopii; aby go pominąć, wybierz zamianę stron PDF na obrazy.</translation>
    </message>
    <message>
        <source>There is text in white, unseen on a white page, on 1 page. It is kept in the copy; to leave it out, choose to turn PDF pages into pictures.</source>
        <translation>Biały tekst, niewidoczny na białej stronie, jest na 1 stronie. Zostaje w kopii; aby go pominąć, wybierz zamianę stron PDF na obrazy.</translation>
    </message>
    <message>
        <source>There is text placed outside the page on {count} pages. It is kept in the copy; to leave it out, choose to turn PDF pages into pictures.</source>
        <translation>Tekst umieszczony poza stroną jest na stronach: {count}. Zostaje w kopii; aby go pominąć, wybierz zamianę stron PDF na obrazy.</translation>
    </message>
    <message>
        <source>There is text placed outside the page on 1 page. It is kept in the copy; to leave it out, choose to turn PDF pages into pictures.</source>
        <translation>Tekst umieszczony poza stroną jest na 1 stronie. Zostaje w kopii; aby go pominąć, wybierz zamianę stron PDF na obrazy.</translation>
    </message>
    <message>
        <source>Embedded fonts were removed.</source>
        <translation>Usunięto osadzone czcionki.</translation>
    </message>
    <message>
        <source>Videos and sounds were removed: they could not be checked.</source>
        <translation>Usunięto filmy i dźwięki: nie dało się ich sprawdzić.</translation>
    </message>
    <message>
        <source>Pictures in drawing formats that cannot be checked (EMF, WMF, SVG…) were removed.</source>
        <translation>Usunięto obrazy w formatach rysunkowych, których nie da się sprawdzić (EMF, WMF, SVG…).</translation>
    </message>
    <message>
        <source>The photo was saved again at high quality ({reason}).</source>
        <translation>Zdjęcie zapisano ponownie w wysokiej jakości ({reason}).</translation>
    </message>
    <message>
        <source>The macros (programs) in this document were removed.</source>
        <translation>Usunięto makra (programy) z tego dokumentu.</translation>
    </message>
    <message>
        <source>This PDF asks for a password to open it. Remove the password first.</source>
        <translation>Ten plik PDF wymaga hasła do otwarcia. Najpierw usuń hasło.</translation>
    </message>
    <message>
        <source>This PDF is damaged and cannot be cleaned safely.</source>
        <translation>Ten plik PDF jest uszkodzony i nie da się go bezpiecznie wyczyścić.</translation>
    </message>
    <message>
        <source>This PDF is damaged and cannot be cleaned safely: its end is missing.</source>
        <translation>Ten plik PDF jest uszkodzony i nie da się go bezpiecznie wyczyścić: brakuje jego końca.</translation>
    </message>
    <message>
        <source>This PDF is damaged (cut off, or parts of it are broken) and cannot be cleaned safely. Saving it again from a PDF viewer may repair it.</source>
        <translation>Ten plik PDF jest uszkodzony (ucięty lub częściowo zepsuty) i nie da się go bezpiecznie wyczyścić. Ponowne zapisanie go w przeglądarce PDF może go naprawić.</translation>
    </message>
    <message>
        <source>This {format} picture is damaged and cannot be decoded: part of it is missing.</source>
        <translation>Ten obraz {format} jest uszkodzony i nie da się go zdekodować: brakuje jego części.</translation>
    </message>
    <message>
        <source>{count} slides are hidden. They are kept in the copy; to remove them, turn on removing hidden content.</source>
        <translation>Ukryte slajdy: {count}. Zostają w kopii; aby je usunąć, włącz usuwanie ukrytej zawartości.</translation>
    </message>
    <message>
        <source>1 slide is hidden. It is kept in the copy; to remove it, turn on removing hidden content.</source>
        <translation>1 slajd jest ukryty. Zostaje w kopii; aby go usunąć, włącz usuwanie ukrytej zawartości.</translation>
    </message>
    <message>
        <source>There are speaker notes on {count} slides. They are kept in the copy; to remove them, turn on removing speaker notes.</source>
        <translation>Slajdy z notatkami prelegenta: {count}. Notatki zostają w kopii; aby je usunąć, włącz usuwanie notatek prelegenta.</translation>
    </message>
    <message>
        <source>There are speaker notes on 1 slide. They are kept in the copy; to remove them, turn on removing speaker notes.</source>
        <translation>Na 1 slajdzie są notatki prelegenta. Zostają w kopii; aby je usunąć, włącz usuwanie notatek prelegenta.</translation>
    </message>
    <message>
        <source>{count} sheets are hidden. They are kept in the copy; to remove them, turn on removing hidden content.</source>
        <translation>Ukryte arkusze: {count}. Zostają w kopii; aby je usunąć, włącz usuwanie ukrytej zawartości.</translation>
    </message>
    <message>
        <source>1 sheet is hidden. It is kept in the copy; to remove it, turn on removing hidden content.</source>
        <translation>1 arkusz jest ukryty. Zostaje w kopii; aby go usunąć, włącz usuwanie ukrytej zawartości.</translation>
    </message>
    <message>
        <source>There is hidden text in {count} places. It is kept in the copy; to remove it, turn on removing hidden content.</source>
        <translation>Miejsca z ukrytym tekstem: {count}. Tekst zostaje w kopii; aby go usunąć, włącz usuwanie ukrytej zawartości.</translation>
    </message>
    <message>
        <source>There is hidden text in 1 place. It is kept in the copy; to remove it, turn on removing hidden content.</source>
        <translation>W 1 miejscu jest ukryty tekst. Zostaje w kopii; aby go usunąć, włącz usuwanie ukrytej zawartości.</translation>
    </message>
    <message>
        <source>{count} sections are hidden. They are kept in the copy; to remove them, turn on removing hidden content.</source>
        <translation>Ukryte sekcje: {count}. Zostają w kopii; aby je usunąć, włącz usuwanie ukrytej zawartości.</translation>
    </message>
    <message>
        <source>1 section is hidden. It is kept in the copy; to remove it, turn on removing hidden content.</source>
        <translation>1 sekcja jest ukryta. Zostaje w kopii; aby ją usunąć, włącz usuwanie ukrytej zawartości.</translation>
    </message>
    <message>
        <source>A cropped photo still held the part you cut away. It was removed.</source>
        <translation>Przycięte zdjęcie nadal zawierało wyciętą przez ciebie część. Została usunięta.</translation>
    </message>
    <message>
        <source>{count} cropped photos still held the parts you cut away. They were removed.</source>
        <translation>Przycięte zdjęcia ({count}) nadal zawierały wycięte przez ciebie części. Zostały usunięte.</translation>
    </message>
    <message>
        <source>The camera fingerprint was weakened, not removed. The picture was resized from {before} to {after} pixels.</source>
        <translation>„Odcisk palca” aparatu został osłabiony, a nie usunięty. Rozmiar obrazu zmieniono z {before} na {after} pikseli.</translation>
    </message>
    <message>
        <source>This document is protected by a password. Remove the password first.</source>
        <translation>Ten dokument jest chroniony hasłem. Najpierw usuń hasło.</translation>
    </message>
    <message>
        <source>This document is damaged: its contents cannot be unpacked.</source>
        <translation>Ten dokument jest uszkodzony: nie da się rozpakować jego zawartości.</translation>
    </message>
    <message>
        <source>This document is damaged and cannot be read safely.</source>
        <translation>Ten dokument jest uszkodzony i nie da się go bezpiecznie odczytać.</translation>
    </message>
    <message>
        <source>This TIFF file holds no picture.</source>
        <translation>Ten plik TIFF nie zawiera obrazu.</translation>
    </message>
    <message>
        <source>Camera RAW files are not supported. Export a TIFF or JPEG first.</source>
        <translation>Pliki RAW z aparatów nie są obsługiwane. Najpierw wyeksportuj TIFF lub JPEG.</translation>
    </message>
    <message>
        <source>This TIFF file is damaged.</source>
        <translation>Ten plik TIFF jest uszkodzony.</translation>
    </message>
    <message>
        <source>Old-style JPEG TIFF files are not supported. Convert them first.</source>
        <translation>Pliki TIFF ze starym typem kompresji JPEG nie są obsługiwane. Najpierw je przekonwertuj.</translation>
    </message>
    <message>
        <source>This TIFF file is cut off or damaged.</source>
        <translation>Ten plik TIFF jest ucięty lub uszkodzony.</translation>
    </message>
    <message>
        <source>This {format} picture is encrypted.</source>
        <translation>Ten obraz {format} jest zaszyfrowany.</translation>
    </message>
    <message>
        <source>This {format} picture is damaged and cannot be decoded.</source>
        <translation>Ten obraz {format} jest uszkodzony i nie da się go zdekodować.</translation>
    </message>
    <message>
        <source>The description of this {format} picture is too large to check.</source>
        <translation>Opis tego obrazu {format} jest za duży, aby go sprawdzić.</translation>
    </message>
    <message>
        <source>{format} picture sequences and videos are not supported.</source>
        <translation>Sekwencje obrazów i filmy w formacie {format} nie są obsługiwane.</translation>
    </message>
    <message>
        <source>This {format} file has too many parts to check safely.</source>
        <translation>Ten plik {format} ma zbyt wiele części, aby można go było bezpiecznie sprawdzić.</translation>
    </message>
    <message>
        <source>This picture is AVIF, not HEIC. Rename it to end in .avif.</source>
        <translation>Ten obraz to AVIF, a nie HEIC. Zmień jego nazwę, aby kończyła się na .avif.</translation>
    </message>
    <message>
        <source>The picture is too small to save as HEIC. Choose JPEG copies instead.</source>
        <translation>Obraz jest za mały, aby zapisać go jako HEIC. Zamiast tego wybierz kopie JPEG.</translation>
    </message>
    <message>
        <source>The picture could not be saved as HEIC. Choose JPEG copies instead.</source>
        <translation>Nie udało się zapisać obrazu jako HEIC. Zamiast tego wybierz kopie JPEG.</translation>
    </message>
    <message>
        <source>The picture is too large to process ({size} pixels).</source>
        <translation>Obraz jest za duży do przetworzenia ({size} pikseli).</translation>
    </message>
    <message>
        <source>This is not a valid PNG file.</source>
        <translation>To nie jest prawidłowy plik PNG.</translation>
    </message>
    <message>
        <source>This PNG file is damaged (a part of it is not valid).</source>
        <translation>Ten plik PNG jest uszkodzony (jego część jest nieprawidłowa).</translation>
    </message>
    <message>
        <source>This PNG file is damaged: its beginning is missing.</source>
        <translation>Ten plik PNG jest uszkodzony: brakuje jego początku.</translation>
    </message>
    <message>
        <source>This PDF is too complex to be checked safely.</source>
        <translation>Ten plik PDF jest zbyt złożony, aby można go było bezpiecznie sprawdzić.</translation>
    </message>
    <message>
        <source>This PDF has too many levels, one inside another, to be checked safely.</source>
        <translation>Ten plik PDF ma zbyt wiele poziomów zagnieżdżonych jeden w drugim, aby można go było bezpiecznie sprawdzić.</translation>
    </message>
    <message>
        <source>The drawings in this PDF are put one inside another too many times to be checked safely.</source>
        <translation>Rysunki w tym pliku PDF są zagnieżdżone jeden w drugim zbyt wiele razy, aby można je było bezpiecznie sprawdzić.</translation>
    </message>
    <message>
        <source>This PDF has too many parts ({count}) to be checked safely.</source>
        <translation>Ten plik PDF ma zbyt wiele części ({count}), aby można go było bezpiecznie sprawdzić.</translation>
    </message>
    <message>
        <source>This PDF has too many pages ({count}) to turn them into pictures.</source>
        <translation>Ten plik PDF ma zbyt wiele stron ({count}), aby zamienić je na obrazy.</translation>
    </message>
    <message>
        <source>This PDF could not be given a new document ID, so it was not cleaned.</source>
        <translation>Nie udało się nadać temu plikowi PDF nowego identyfikatora dokumentu, więc nie został wyczyszczony.</translation>
    </message>
    <message>
        <source>This PDF could not be copied faithfully, so it was not cleaned.</source>
        <translation>Nie udało się wiernie skopiować tego pliku PDF, więc nie został wyczyszczony.</translation>
    </message>
    <message>
        <source>A page of this PDF has pictures on it that cannot be checked. To clean this PDF, choose to turn PDF pages into pictures.</source>
        <translation>Jedna ze stron tego pliku PDF zawiera obrazy, których nie da się sprawdzić. Aby wyczyścić ten plik PDF, wybierz zamianę stron PDF na obrazy.</translation>
    </message>
    <message>
        <source>A picture in this PDF is shown through a shape that hides part of it, and it cannot be cut exactly. To clean this PDF, choose to turn PDF pages into pictures.</source>
        <translation>Obraz w tym pliku PDF jest pokazany przez kształt, który zasłania jego część, i nie da się go dokładnie przyciąć. Aby wyczyścić ten plik PDF, wybierz zamianę stron PDF na obrazy.</translation>
    </message>
    <message>
        <source>A picture in this PDF has a hidden part, stored in a way that cannot be cut away. To clean this PDF, choose to turn PDF pages into pictures.</source>
        <translation>Obraz w tym pliku PDF ma ukrytą część zapisaną tak, że nie da się jej wyciąć. Aby wyczyścić ten plik PDF, wybierz zamianę stron PDF na obrazy.</translation>
    </message>
    <message>
        <source>A picture in this PDF has a hidden part and is too large to be cut. To clean this PDF, choose to turn PDF pages into pictures.</source>
        <translation>Obraz w tym pliku PDF ma ukrytą część i jest za duży, aby go przyciąć. Aby wyczyścić ten plik PDF, wybierz zamianę stron PDF na obrazy.</translation>
    </message>
    <message>
        <source>A picture in this PDF is stored in a way that cannot be checked.</source>
        <translation>Obraz w tym pliku PDF jest zapisany tak, że nie da się go sprawdzić.</translation>
    </message>
    <message>
        <source>A picture drawn inside a page of this PDF is stored in a way that cannot be checked.</source>
        <translation>Obraz narysowany wewnątrz strony tego pliku PDF jest zapisany tak, że nie da się go sprawdzić.</translation>
    </message>
    <message>
        <source>A colour profile in this PDF is stored in a way that cannot be checked.</source>
        <translation>Profil kolorów w tym pliku PDF jest zapisany tak, że nie da się go sprawdzić.</translation>
    </message>
    <message>
        <source>A picture drawn inside a page of this PDF could not be saved again without its hidden data.</source>
        <translation>Nie udało się ponownie zapisać obrazu narysowanego wewnątrz strony tego pliku PDF bez jego ukrytych danych.</translation>
    </message>
    <message>
        <source>A picture in this PDF is too large once unpacked (more than {mb} MB).</source>
        <translation>Obraz w tym pliku PDF jest za duży po rozpakowaniu (ponad {mb} MB).</translation>
    </message>
    <message>
        <source>A picture drawn inside a page of this PDF is too large once unpacked (more than {mb} MB).</source>
        <translation>Obraz narysowany wewnątrz strony tego pliku PDF jest za duży po rozpakowaniu (ponad {mb} MB).</translation>
    </message>
    <message>
        <source>A page of this PDF is too large once unpacked (more than {mb} MB).</source>
        <translation>Strona tego pliku PDF jest za duża po rozpakowaniu (ponad {mb} MB).</translation>
    </message>
    <message>
        <source>A colour profile in this PDF is too large once unpacked (more than {mb} MB).</source>
        <translation>Profil kolorów w tym pliku PDF jest za duży po rozpakowaniu (ponad {mb} MB).</translation>
    </message>
    <message>
        <source>A JPEG 2000 picture in this PDF has comments that cannot be removed.</source>
        <translation>Obraz JPEG 2000 w tym pliku PDF ma komentarze, których nie da się usunąć.</translation>
    </message>
    <message>
        <source>There is a problem with a picture in this PDF. {problem}</source>
        <translation>Jest problem z obrazem w tym pliku PDF. {problem}</translation>
    </message>
    <message>
        <source>There is a problem with a picture drawn inside a page of this PDF. {problem}</source>
        <translation>Jest problem z obrazem narysowanym wewnątrz strony tego pliku PDF. {problem}</translation>
    </message>
    <message>
        <source>Unpacked, this document would take more than {mb} MB: too much to be checked safely.</source>
        <translation>Po rozpakowaniu ten dokument zająłby ponad {mb} MB: za dużo, aby można go było bezpiecznie sprawdzić.</translation>
    </message>
    <message>
        <source>A part of this document ({part}) holds an XML declaration used in attacks, so it was not opened.</source>
        <translation>Część tego dokumentu ({part}) zawiera deklarację XML używaną w atakach, więc dokument nie został otwarty.</translation>
    </message>
    <message>
        <source>There is a problem with a picture in this document ({part}). {problem}</source>
        <translation>Jest problem z obrazem w tym dokumencie ({part}). {problem}</translation>
    </message>
    <message>
        <source>There is a problem with a document inside this document ({part}). {problem}</source>
        <translation>Jest problem z dokumentem wewnątrz tego dokumentu ({part}). {problem}</translation>
    </message>
    <message>
        <source>This document is packed in a way used to crash programs (a zip bomb), so it was not opened.</source>
        <translation>Ten dokument jest spakowany w sposób używany do wywoływania awarii programów (bomba zip), więc nie został otwarty.</translation>
    </message>
    <message>
        <source>This zip file is not an OpenDocument file.</source>
        <translation>Ten plik zip nie jest plikiem OpenDocument.</translation>
    </message>
    <message>
        <source>This kind of OpenDocument file is not supported.</source>
        <translation>Ten rodzaj pliku OpenDocument nie jest obsługiwany.</translation>
    </message>
    <message>
        <source>This zip file is not an Office document.</source>
        <translation>Ten plik zip nie jest dokumentem Office.</translation>
    </message>
    <message>
        <source>This kind of Office document is not supported.</source>
        <translation>Ten rodzaj dokumentu Office nie jest obsługiwany.</translation>
    </message>
    <message>
        <source>This is an old-style Office file (.doc, .xls, .ppt) or a document protected by a password. Open it in Office and save it as .docx, .xlsx or .pptx, without a password.</source>
        <translation>To plik Office w starym formacie (.doc, .xls, .ppt) lub dokument chroniony hasłem. Otwórz go w Office i zapisz jako .docx, .xlsx lub .pptx, bez hasła.</translation>
    </message>
    <message>
        <source>This document is saved as Strict Open XML, which is not supported. Save it again as an ordinary .docx, .xlsx or .pptx file.</source>
        <translation>Ten dokument jest zapisany w formacie Strict Open XML, który nie jest obsługiwany. Zapisz go ponownie jako zwykły plik .docx, .xlsx lub .pptx.</translation>
    </message>
    <message>
        <source>Part of this document&apos;s text is stored inside it as a web page or in another format, which cannot be checked. Open it in Word and save it again.</source>
        <translation>Część tekstu tego dokumentu jest w nim zapisana jako strona internetowa lub w innym formacie, którego nie da się sprawdzić. Otwórz go w programie Word i zapisz ponownie.</translation>
    </message>
    <message>
        <source>The picture is too large to process.</source>
        <translation>Obraz jest za duży do przetworzenia.</translation>
    </message>
    <message>
        <source>A cropped picture in it is too large to cut safely.</source>
        <translation>Przycięty obraz w nim jest za duży, aby można go było bezpiecznie przyciąć.</translation>
    </message>
    <message>
        <source>Areas cannot be covered in {format} pictures.</source>
        <translation>W obrazach {format} nie można zakrywać obszarów.</translation>
    </message>
    <message>
        <source>{format} files are not video clips.</source>
        <translation>Pliki {format} nie są klipami wideo.</translation>
    </message>
    <message>
        <source>Covering areas makes a new copy: the original is never changed. Save copies in a folder instead.</source>
        <translation>Zakrywanie obszarów tworzy nową kopię: oryginał nigdy nie jest zmieniany. Zamiast tego zapisz kopie w folderze.</translation>
    </message>
    <message>
        <source>This clip is turned by {degrees} degrees, which is not supported.</source>
        <translation>Ten klip jest obrócony o {degrees}°, co nie jest obsługiwane.</translation>
    </message>
    <message>
        <source>The clip is too large to process ({size} pixels).</source>
        <translation>Klip jest za duży do przetworzenia ({size} pikseli).</translation>
    </message>
    <message>
        <source>This HEIF picture uses a kind of compression that is not supported ({code}).</source>
        <translation>Ten obraz HEIF używa rodzaju kompresji, który nie jest obsługiwany ({code}).</translation>
    </message>
    <message>
        <source>The picture could not be saved as AVIF.</source>
        <translation>Nie udało się zapisać obrazu jako AVIF.</translation>
    </message>
    <message>
        <source>This {format} file is stored in pieces, as when it is streamed. This is not supported.</source>
        <translation>Ten plik {format} jest zapisany w kawałkach, jak przy strumieniowaniu. Nie jest to obsługiwane.</translation>
    </message>
    <message>
        <source>The header of this {format} file is split up or compressed. This is not supported.</source>
        <translation>Nagłówek tego pliku {format} jest podzielony lub skompresowany. Nie jest to obsługiwane.</translation>
    </message>
    <message>
        <source>This {format} file plays sound or pictures stored in other files. This is not supported.</source>
        <translation>Ten plik {format} odtwarza dźwięk lub obraz zapisany w innych plikach. Nie jest to obsługiwane.</translation>
    </message>
    <message>
        <source>This {format} file is copy-protected, so it cannot be cleaned.</source>
        <translation>Ten plik {format} jest chroniony przed kopiowaniem, więc nie da się go wyczyścić.</translation>
    </message>
    <message>
        <source>This {format} file is too large to clean.</source>
        <translation>Ten plik {format} jest za duży, aby go wyczyścić.</translation>
    </message>
    <message>
        <source>The sound of this video is stored in a way that is not supported.</source>
        <translation>Dźwięk tego filmu jest zapisany w sposób, który nie jest obsługiwany.</translation>
    </message>
    <message>
        <source>The sound of this video is in an old format that is not supported.</source>
        <translation>Dźwięk tego filmu jest w starym formacie, który nie jest obsługiwany.</translation>
    </message>
    <message>
        <source>This M4A file also holds video, chapters or text, which cannot be cleaned here.</source>
        <translation>Ten plik M4A zawiera też wideo, rozdziały lub tekst, których nie da się tu wyczyścić.</translation>
    </message>
    <message>
        <source>This is copy-protected iTunes music. Its purchase record cannot be removed without breaking it.</source>
        <translation>To muzyka z iTunes chroniona przed kopiowaniem. Nie da się usunąć zapisu jej zakupu, nie psując jej.</translation>
    </message>
    <message>
        <source>This FLAC file starts with an ID3 tag, which FLAC players do not expect, so it was not cleaned.</source>
        <translation>Ten plik FLAC zaczyna się od znacznika ID3, którego odtwarzacze FLAC się nie spodziewają, więc nie został wyczyszczony.</translation>
    </message>
    <message>
        <source>Bare AAC sound files are not supported, only AAC inside M4A files.</source>
        <translation>Samodzielne pliki dźwiękowe AAC nie są obsługiwane, tylko AAC wewnątrz plików M4A.</translation>
    </message>
    <message>
        <source>This Ogg file holds video or a kind of sound that cannot be cleaned. Only Vorbis and Opus are supported.</source>
        <translation>Ten plik Ogg zawiera wideo lub rodzaj dźwięku, którego nie da się wyczyścić. Obsługiwane są tylko Vorbis i Opus.</translation>
    </message>
    <message>
        <source>This PNG has a part that is not standard ({part}), so it was not cleaned.</source>
        <translation>Ten plik PNG ma niestandardową część ({part}), więc nie został wyczyszczony.</translation>
    </message>
    <message>
        <source>This animated PNG hides a still picture too large to replace, so it was not cleaned.</source>
        <translation>Ten animowany plik PNG ukrywa nieruchomy obraz, który jest za duży, aby go zastąpić, więc nie został wyczyszczony.</translation>
    </message>
    <message>
        <source>This TIFF has more than {count} pages.</source>
        <translation>Liczba stron w tym pliku TIFF przekracza {count}.</translation>
    </message>
    <message>
        <source>This TIFF is damaged: its picture data adds up to more than the file.</source>
        <translation>Ten plik TIFF jest uszkodzony: dane jego obrazu są w sumie większe niż cały plik.</translation>
    </message>
    <message>
        <source>The first page of this TIFF is only a preview. Such TIFF files are not supported.</source>
        <translation>Pierwsza strona tego pliku TIFF to tylko podgląd. Takie pliki TIFF nie są obsługiwane.</translation>
    </message>
    <message>
        <source>The clean TIFF would be larger than 4 GB.</source>
        <translation>Wyczyszczony plik TIFF byłby większy niż 4 GB.</translation>
    </message>
    <message>
        <source>a crop hid part of the picture</source>
        <extracomment>Why the photo was saved again, in &quot;The photo was saved again at high quality ({reason}).&quot;</extracomment>
        <translation>przycięcie ukrywało część obrazu</translation>
    </message>
    <message>
        <source>colours under its see-through areas could hide a picture</source>
        <extracomment>Why the photo was saved again, in &quot;The photo was saved again at high quality ({reason}).&quot;</extracomment>
        <translation>kolory pod jego przezroczystymi obszarami mogły ukrywać obraz</translation>
    </message>
    <message>
        <source>it is made of layers that can cover one another</source>
        <extracomment>Why the photo was saved again, in &quot;The photo was saved again at high quality ({reason}).&quot;</extracomment>
        <translation>składa się z warstw, które mogą się wzajemnie zakrywać</translation>
    </message>
    <message>
        <source>its tiles do not fit together in a regular grid</source>
        <extracomment>Why the photo was saved again, in &quot;The photo was saved again at high quality ({reason}).&quot;</extracomment>
        <translation>jego kafelki nie układają się w regularną siatkę</translation>
    </message>
    <message>
        <source>whole tiles of its picture were hidden</source>
        <extracomment>Why the photo was saved again, in &quot;The photo was saved again at high quality ({reason}).&quot;</extracomment>
        <translation>całe kafelki jego obrazu były ukryte</translation>
    </message>
    <message>
        <source>its picture is stored in another file</source>
        <extracomment>Why the photo was saved again, in &quot;The photo was saved again at high quality ({reason}).&quot;</extracomment>
        <translation>jego obraz jest zapisany w innym pliku</translation>
    </message>
    <message>
        <source>its picture is built from data stored elsewhere in the file</source>
        <extracomment>Why the photo was saved again, in &quot;The photo was saved again at high quality ({reason}).&quot;</extracomment>
        <translation>jego obraz jest zbudowany z danych zapisanych gdzie indziej w pliku</translation>
    </message>
    <message>
        <source>its picture data is not where it should be in the file</source>
        <extracomment>Why the photo was saved again, in &quot;The photo was saved again at high quality ({reason}).&quot;</extracomment>
        <translation>dane jego obrazu nie są tam, gdzie powinny być w pliku</translation>
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
        <translation>elementy: {count}</translation>
    </message>
    <message>
        <source>in the file name: {shown}</source>
        <translation>w nazwie pliku: {shown}</translation>
    </message>
    <message>
        <source>{values} and {count} more</source>
        <translation>{values} i jeszcze {count}</translation>
    </message>
    <message>
        <source>{deg}° N</source>
        <translation>{deg}° szer. płn.</translation>
    </message>
    <message>
        <source>{deg}° S</source>
        <translation>{deg}° szer. płd.</translation>
    </message>
    <message>
        <source>{deg}° E</source>
        <translation>{deg}° dł. wsch.</translation>
    </message>
    <message>
        <source>{deg}° W</source>
        <translation>{deg}° dł. zach.</translation>
    </message>
    <message>
        <source>serial {number}</source>
        <translation>nr seryjny {number}</translation>
    </message>
</context>
<context>
    <name>words</name>
    <message>
        <source>location</source>
        <translation>lokalizacja</translation>
    </message>
    <message>
        <source>phone/camera</source>
        <translation>telefon/aparat</translation>
    </message>
    <message>
        <source>your name</source>
        <translation>twoje imię i nazwisko</translation>
    </message>
    <message>
        <source>date</source>
        <translation>data</translation>
    </message>
    <message>
        <source>hidden extra image/video</source>
        <translation>ukryty dodatkowy obraz/film</translation>
    </message>
    <message>
        <source>editing history</source>
        <translation>historia edycji</translation>
    </message>
    <message>
        <source>other hidden data</source>
        <translation>inne ukryte dane</translation>
    </message>
    <message>
        <source>Reveals where it was taken or made</source>
        <translation>Zdradza, gdzie zostało zrobione lub utworzone</translation>
    </message>
    <message>
        <source>Identifies your phone or camera</source>
        <translation>Identyfikuje twój telefon lub aparat</translation>
    </message>
    <message>
        <source>Contains a name</source>
        <translation>Zawiera imię lub nazwisko</translation>
    </message>
    <message>
        <source>Tells when it was taken or made</source>
        <translation>Zdradza, kiedy zostało zrobione lub utworzone</translation>
    </message>
    <message>
        <source>Hides an extra picture, video or file</source>
        <translation>Ukrywa dodatkowy obraz, film lub plik</translation>
    </message>
    <message>
        <source>Shows editing history or the apps used</source>
        <translation>Pokazuje historię edycji lub użyte aplikacje</translation>
    </message>
    <message>
        <source>Other hidden data</source>
        <translation>Inne ukryte dane</translation>
    </message>
    <message>
        <source>Location</source>
        <translation>Lokalizacja</translation>
    </message>
    <message>
        <source>Phone or camera</source>
        <translation>Telefon lub aparat</translation>
    </message>
    <message>
        <source>Names</source>
        <translation>Imiona i nazwiska</translation>
    </message>
    <message>
        <source>Date and time</source>
        <translation>Data i godzina</translation>
    </message>
    <message>
        <source>Hidden extras</source>
        <translation>Ukryte dodatki</translation>
    </message>
    <message>
        <source>Apps and editing</source>
        <translation>Aplikacje i edycja</translation>
    </message>
    <message>
        <source>Other data</source>
        <translation>Inne dane</translation>
    </message>
    <message>
        <source>Cleaned</source>
        <translation>Wyczyszczono</translation>
    </message>
    <message>
        <source>Nothing to remove</source>
        <translation>Nic do usunięcia</translation>
    </message>
    <message>
        <source>Not supported</source>
        <translation>Nieobsługiwany</translation>
    </message>
    <message>
        <source>Could not be cleaned</source>
        <translation>Nie udało się wyczyścić</translation>
    </message>
    <message>
        <source>Cancelled</source>
        <translation>Anulowano</translation>
    </message>
    <message>
        <source>removed: {what}</source>
        <translation>usunięto: {what}</translation>
    </message>
    <message>
        <source>still in the copy: {what}</source>
        <translation>nadal w kopii: {what}</translation>
    </message>
    <message>
        <source>This file is damaged or incomplete.</source>
        <translation>Ten plik jest uszkodzony lub niekompletny.</translation>
    </message>
    <message>
        <source>This type of file is not supported yet.</source>
        <translation>Ten rodzaj pliku nie jest jeszcze obsługiwany.</translation>
    </message>
    <message>
        <source>This file cannot be found or is not a normal file.</source>
        <translation>Nie można znaleźć tego pliku albo nie jest to zwykły plik.</translation>
    </message>
    <message>
        <source>Scrubber cannot clean this file safely (for example it is too large or protected by a password).</source>
        <translation>Scrubber nie może bezpiecznie wyczyścić tego pliku (na przykład jest za duży lub chroniony hasłem).</translation>
    </message>
    <message>
        <source>The copy could not be written (is the disk full or the folder read-only?)</source>
        <translation>Nie udało się zapisać kopii (czy dysk jest pełny albo folder tylko do odczytu?)</translation>
    </message>
    <message>
        <source>The copy still contained identifying data, so it was deleted.</source>
        <translation>Kopia nadal zawierała dane, które mogą cię zidentyfikować, więc została usunięta.</translation>
    </message>
    <message>
        <source>Not done: cleaning was cancelled.</source>
        <translation>Niewykonane: czyszczenie zostało anulowane.</translation>
    </message>
    <message>
        <source>The areas to cover do not fit this picture, so nothing was written.</source>
        <translation>Obszary do zakrycia nie pasują do tego obrazu, więc nic nie zostało zapisane.</translation>
    </message>
    <message>
        <source>Finding faces automatically does not work on this computer.</source>
        <translation>Automatyczne znajdowanie twarzy nie działa na tym komputerze.</translation>
    </message>
    <message>
        <source>Photos with areas to cover or a weakened camera fingerprint need a copy: turn off “Replace the originals”.</source>
        <translation>Zdjęcia z obszarami do zakrycia lub z osłabionym „odciskiem palca” aparatu wymagają kopii: wyłącz „Zastąp oryginały”.</translation>
    </message>
    <message>
        <source>This is a link to another file or folder; it was not followed.</source>
        <translation>To jest link do innego pliku lub folderu; nie został otwarty.</translation>
    </message>
    <message>
        <source>There is not enough memory to clean this file.</source>
        <translation>Za mało pamięci, aby wyczyścić ten plik.</translation>
    </message>
    <message>
        <source>This file made Scrubber&apos;s reader crash (the file may be damaged). It was not cleaned.</source>
        <translation>Ten plik spowodował awarię czytnika Scrubbera (plik może być uszkodzony). Nie został wyczyszczony.</translation>
    </message>
    <message>
        <source>Reading this file took far too long (it may be damaged), so it was stopped. It was not cleaned.</source>
        <translation>Odczyt tego pliku trwał o wiele za długo (plik może być uszkodzony), więc został przerwany. Plik nie został wyczyszczony.</translation>
    </message>
    <message>
        <source>Something went wrong in Scrubber with this file. Nothing was written.</source>
        <translation>Coś poszło nie tak w Scrubberze z tym plikiem. Nic nie zostało zapisane.</translation>
    </message>
</context>
</TS>
