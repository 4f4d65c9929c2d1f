<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="hu">
<context>
    <name>BatchModel</name>
    <message>
        <source>File</source>
        <translation>Fájl</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>Típus</translation>
    </message>
    <message>
        <source>What it reveals</source>
        <translation>Mit árul el</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Állapot</translation>
    </message>
    <message>
        <source>nothing found</source>
        <translation>semmi sem található</translation>
    </message>
    <message>
        <source>Link: not followed</source>
        <translation>Hivatkozás: nincs követve</translation>
    </message>
    <message>
        <source>Checking…</source>
        <translation>Ellenőrzés…</translation>
    </message>
    <message>
        <source>Not supported</source>
        <translation>Nem támogatott</translation>
    </message>
    <message>
        <source>Could not be read</source>
        <translation>Nem olvasható</translation>
    </message>
    <message>
        <source>Cleaning… {percent}%</source>
        <translation>Tisztítás… {percent}%</translation>
    </message>
    <message>
        <source>Cleaning…</source>
        <translation>Tisztítás…</translation>
    </message>
    <message>
        <source>Ready; areas to cover: {count}</source>
        <translation>Kész; letakarandó területek: {count}</translation>
    </message>
    <message>
        <source>Ready</source>
        <translation>Kész</translation>
    </message>
</context>
<context>
    <name>ClipEditor</name>
    <message>
        <source>&amp;Time in the clip</source>
        <translation>&amp;Idő a klipben</translation>
    </message>
    <message>
        <source>Time in the clip</source>
        <translation>Idő a klipben</translation>
    </message>
    <message>
        <source>Frame of the clip</source>
        <translation>A klip képkockája</translation>
    </message>
    <message>
        <source>From this f&amp;rame</source>
        <translation>&amp;Ettől a képkockától</translation>
    </message>
    <message>
        <source>The selected areas (or all) are covered from this frame on</source>
        <translation>A kijelölt területek (vagy mind) ettől a képkockától kezdve le vannak takarva</translation>
    </message>
    <message>
        <source>Until t&amp;his frame</source>
        <translation>E&amp;ddig a képkockáig</translation>
    </message>
    <message>
        <source>The selected areas (or all) are covered up to this frame</source>
        <translation>A kijelölt területek (vagy mind) eddig a képkockáig le vannak takarva</translation>
    </message>
    <message>
        <source>Whole cli&amp;p</source>
        <translation>Az e&amp;gész klip</translation>
    </message>
    <message>
        <source>The selected areas (or all) are covered in every frame</source>
        <translation>A kijelölt területek (vagy mind) minden képkockán le vannak takarva</translation>
    </message>
    <message>
        <source>{name} ({start} to {end} s)</source>
        <translation>{name} ({start}–{end} mp)</translation>
    </message>
    <message>
        <source>Areas cover every frame of the clip. Faces move: to cover them in every frame, turn on “Cover the faces found in photos and clips” in the main window.</source>
        <translation>A területek a klip minden képkockáját letakarják. Az arcok mozognak: ha minden képkockán le akarod takarni őket, a főablakban kapcsold be „A fotókon és klipekben talált arcok letakarása” lehetőséget.</translation>
    </message>
    <message>
        <source>Face detection is not available ({reason}).</source>
        <translation>Az arcfelismerés nem érhető el ({reason}).</translation>
    </message>
    <message>
        <source>Looking for faces…</source>
        <translation>Arcok keresése…</translation>
    </message>
    <message>
        <source>Faces seen in this frame (dashed outlines): {count}.</source>
        <translation>Ezen a képkockán látott arcok (szaggatott körvonal): {count}.</translation>
    </message>
</context>
<context>
    <name>DetailsPane</name>
    <message>
        <source>Details: {detail}</source>
        <translation>Részletek: {detail}</translation>
    </message>
    <message>
        <source>Details of the selected file</source>
        <translation>A kijelölt fájl részletei</translation>
    </message>
    <message>
        <source>File type</source>
        <translation>Fájltípus</translation>
    </message>
    <message>
        <source>Before</source>
        <translation>Előtte</translation>
    </message>
    <message>
        <source>After</source>
        <translation>Utána</translation>
    </message>
    <message>
        <source>Picture before cleaning</source>
        <translation>A kép tisztítás előtt</translation>
    </message>
    <message>
        <source>Picture of the clean copy</source>
        <translation>A tisztított másolat képe</translation>
    </message>
    <message>
        <source>Before: what the file gives away</source>
        <translation>Előtte: amit a fájl elárul</translation>
    </message>
    <message>
        <source>After: the clean copy</source>
        <translation>Utána: a tisztított másolat</translation>
    </message>
    <message>
        <source>Something that could identify you is still in the copy. Do not post it. The list below shows what remains.</source>
        <translation>A másolatban még van valami, ami alapján azonosíthatnak. Ne tedd közzé. Az alábbi lista mutatja, mi maradt benne.</translation>
    </message>
    <message>
        <source>Found in the file before cleaning</source>
        <translation>A fájlban tisztítás előtt talált adatok</translation>
    </message>
    <message>
        <source>The clean copy: what was removed and what remains</source>
        <translation>A tisztított másolat: mi lett eltávolítva és mi maradt</translation>
    </message>
    <message>
        <source>What</source>
        <translation>Mi</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>Érték</translation>
    </message>
    <message>
        <source>Select a file in the list to see what it gives away.</source>
        <translation>Jelölj ki egy fájlt a listában, hogy lásd, mit árul el.</translation>
    </message>
    <message>
        <source>Technical details: every tag and value</source>
        <translation>Technikai részletek: minden címke és érték</translation>
    </message>
    <message>
        <source>Result</source>
        <translation>Eredmény</translation>
    </message>
    <message>
        <source>Areas to cover</source>
        <translation>Letakarandó területek</translation>
    </message>
    <message>
        <source>Details of the problem</source>
        <translation>A hiba részletei</translation>
    </message>
    <message>
        <source>1 area will be covered</source>
        <translation>1 terület lesz letakarva</translation>
    </message>
    <message>
        <source>{count} areas will be covered</source>
        <translation>{count} terület lesz letakarva</translation>
    </message>
    <message>
        <source>Checking this file…</source>
        <translation>A fájl ellenőrzése…</translation>
    </message>
    <message>
        <source>Nothing found that could identify you.</source>
        <translation>Nem található semmi, ami alapján azonosíthatnak.</translation>
    </message>
    <message>
        <source>1 thing found that could identify you.</source>
        <translation>1 dolog található, ami alapján azonosíthatnak.</translation>
    </message>
    <message>
        <source>{count} things found that could identify you.</source>
        <translation>{count} dolog található, ami alapján azonosíthatnak.</translation>
    </message>
    <message>
        <source>No clean copy can be made because the file could not be read.</source>
        <translation>Nem készíthető tisztított másolat, mert a fájl nem olvasható.</translation>
    </message>
    <message>
        <source>Cleaning…</source>
        <translation>Tisztítás…</translation>
    </message>
    <message>
        <source>Not cleaned yet. Press Clean to make a safe copy.</source>
        <translation>Még nincs megtisztítva. Nyomd meg a Tisztítás gombot, hogy biztonságos másolat készüljön.</translation>
    </message>
    <message>
        <source>Saved as: {name}</source>
        <translation>Mentve ezen a néven: {name}</translation>
    </message>
    <message>
        <source>Faces found and covered: {count}. Check the picture of the copy.</source>
        <translation>Megtalált és letakart arcok: {count}. Ellenőrizd a másolat képét.</translation>
    </message>
    <message>
        <source>Checked again: nothing that could identify you was found.</source>
        <translation>Újra ellenőrizve: nem található semmi, ami alapján azonosíthatnak.</translation>
    </message>
    <message>
        <source>Still in the copy</source>
        <translation>Még a másolatban</translation>
    </message>
    <message>
        <source>Removed</source>
        <translation>Eltávolítva</translation>
    </message>
    <message>
        <source>still in the copy</source>
        <translation>még a másolatban</translation>
    </message>
    <message>
        <source>removed</source>
        <translation>eltávolítva</translation>
    </message>
    <message>
        <source>removed, not checked</source>
        <translation>eltávolítva, nincs újraellenőrizve</translation>
    </message>
    <message>
        <source>What the clean copy no longer gives away</source>
        <translation>Amit a tisztított másolat már nem árul el</translation>
    </message>
    <message>
        <source>will be removed</source>
        <translation>el lesz távolítva</translation>
    </message>
    <message>
        <source>not removed</source>
        <translation>nincs eltávolítva</translation>
    </message>
    <message>
        <source>What the file gives away</source>
        <translation>Amit a fájl elárul</translation>
    </message>
    <message>
        <source>kept</source>
        <translation>megtartva</translation>
    </message>
    <message>
        <source>Good to know:</source>
        <translation>Jó tudni:</translation>
    </message>
    <message>
        <source>which way up the photo is</source>
        <translation>a fotó állása (melyik oldala van felül)</translation>
    </message>
    <message>
        <source>a standard colour profile</source>
        <translation>szabványos színprofil</translation>
    </message>
    <message>
        <source>harmless technical data</source>
        <translation>ártalmatlan technikai adatok</translation>
    </message>
    <message>
        <source>Hide technical details</source>
        <translation>Technikai részletek elrejtése</translation>
    </message>
    <message>
        <source>Show technical details</source>
        <translation>Technikai részletek megjelenítése</translation>
    </message>
    <message>
        <source>Kept: needed to show the photo the right way up</source>
        <translation>Megtartva: kell ahhoz, hogy a fotó helyes állásban jelenjen meg</translation>
    </message>
    <message>
        <source>Kept: a standard colour profile, so colours look right</source>
        <translation>Megtartva: szabványos színprofil, hogy a színek jól nézzenek ki</translation>
    </message>
    <message>
        <source>Kept</source>
        <translation>Megtartva</translation>
    </message>
    <message>
        <source>Loading preview…</source>
        <translation>Előnézet betöltése…</translation>
    </message>
    <message>
        <source>No preview for this kind of file</source>
        <translation>Ehhez a fájltípushoz nincs előnézet</translation>
    </message>
    <message>
        <source>This picture could not be read: the file may be damaged</source>
        <translation>Ez a kép nem olvasható: lehet, hogy a fájl sérült</translation>
    </message>
    <message>
        <source>The clean copy will appear here</source>
        <translation>Itt jelenik majd meg a tisztított másolat</translation>
    </message>
    <message>
        <source>No copy was made</source>
        <translation>Nem készült másolat</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>Photos and pictures ({patterns})</source>
        <translation>Fotók és képek ({patterns})</translation>
    </message>
    <message>
        <source>Sound recordings ({patterns})</source>
        <translation>Hangfelvételek ({patterns})</translation>
    </message>
    <message>
        <source>Videos ({patterns})</source>
        <translation>Videók ({patterns})</translation>
    </message>
    <message>
        <source>Documents ({patterns})</source>
        <translation>Dokumentumok ({patterns})</translation>
    </message>
    <message>
        <source>Files Scrubber can clean ({patterns})</source>
        <translation>A Scrubber által tisztítható fájlok ({patterns})</translation>
    </message>
    <message>
        <source>All files (*)</source>
        <translation>Minden fájl (*)</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Fájl</translation>
    </message>
    <message>
        <source>&amp;Language</source>
        <translation>&amp;Nyelv</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>&amp;Súgó</translation>
    </message>
    <message>
        <source>&amp;Add files…</source>
        <translation>Fájl&amp;ok hozzáadása…</translation>
    </message>
    <message>
        <source>Add fold&amp;er…</source>
        <translation>Mappa &amp;hozzáadása…</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Kilépés</translation>
    </message>
    <message>
        <source>&amp;Clean</source>
        <translation>&amp;Tisztítás</translation>
    </message>
    <message>
        <source>Ca&amp;ncel</source>
        <translation>&amp;Mégse</translation>
    </message>
    <message>
        <source>Remo&amp;ve from list</source>
        <translation>&amp;Eltávolítás a listáról</translation>
    </message>
    <message>
        <source>H&amp;ide faces and areas…</source>
        <translation>&amp;Arcok és területek elrejtése…</translation>
    </message>
    <message>
        <source>&amp;Why this matters</source>
        <translation>M&amp;iért fontos ez?</translation>
    </message>
    <message>
        <source>&amp;About Scrubber</source>
        <translation>A &amp;Scrubber névjegye</translation>
    </message>
    <message>
        <source>Scrubber: remove hidden data from photos</source>
        <translation>Scrubber: rejtett adatok eltávolítása fotókból</translation>
    </message>
    <message>
        <source>Add files</source>
        <translation>Fájlok hozzáadása</translation>
    </message>
    <message>
        <source>Add a folder</source>
        <translation>Mappa hozzáadása</translation>
    </message>
    <message>
        <source>Why this matters</source>
        <translation>Miért fontos ez?</translation>
    </message>
    <message>
        <source>Hide faces and areas</source>
        <translation>Arcok és területek elrejtése</translation>
    </message>
    <message>
        <source>Remo&amp;ve</source>
        <translation>&amp;Eltávolítás</translation>
    </message>
    <message>
        <source>Remove the selected files</source>
        <translation>A kijelölt fájlok eltávolítása</translation>
    </message>
    <message>
        <source>Clear lis&amp;t</source>
        <translation>Lista &amp;ürítése</translation>
    </message>
    <message>
        <source>Clear the list</source>
        <translation>A lista ürítése</translation>
    </message>
    <message>
        <source>Cover faces, tattoos or anything else in the selected photo or clip (Enter)</source>
        <translation>Arcok, tetoválások vagy bármi más letakarása a kijelölt fotón vagy klipen (Enter)</translation>
    </message>
    <message>
        <source>or drop photos and folders onto the list below.</source>
        <translation>vagy húzz fotókat és mappákat az alábbi listára.</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Nyelv</translation>
    </message>
    <message>
        <source>Files to clean</source>
        <translation>Tisztítandó fájlok</translation>
    </message>
    <message>
        <source>Drop photos or folders here.

Scrubber shows what each file gives away about you, then writes clean copies. Your originals are not changed.</source>
        <translation>Húzz ide fotókat vagy mappákat.

A Scrubber megmutatja, mit árul el rólad minden egyes fájl, aztán tisztított másolatokat ír. Az eredeti fájljaid nem változnak.</translation>
    </message>
    <message>
        <source>Stopping: files being cleaned now are left as they were…</source>
        <translation>Leállítás: az éppen tisztított fájlok olyanok maradnak, amilyenek voltak…</translation>
    </message>
    <message>
        <source>Details of the selected file</source>
        <translation>A kijelölt fájl részletei</translation>
    </message>
    <message>
        <source>Language:</source>
        <translation>Nyelv:</translation>
    </message>
    <message>
        <source>Add files to clean</source>
        <translation>Tisztítandó fájlok hozzáadása</translation>
    </message>
    <message>
        <source>Add a folder to clean</source>
        <translation>Tisztítandó mappa hozzáadása</translation>
    </message>
    <message>
        <source>About Scrubber</source>
        <translation>A Scrubber névjegye</translation>
    </message>
    <message>
        <source>Scrubber {version}

Removes hidden data from photos. Works offline: nothing is ever sent anywhere, and no list of your files is kept.</source>
        <translation>Scrubber {version}

Rejtett adatokat távolít el a fotókból. Offline működik: soha semmit nem küld el sehova, és nem tárol listát a fájljaidról.</translation>
    </message>
    <message>
        <source>Replace the original files?</source>
        <translation>Lecseréled az eredeti fájlokat?</translation>
    </message>
    <message>
        <source>Your original files will be overwritten with the cleaned versions. This cannot be undone: the originals, with everything they contain, will be gone.

Photos with areas to cover still need a copy.

Replace the originals?</source>
        <translation>Az eredeti fájljaidat felülírja a tisztított változat. Ez nem vonható vissza: az eredetik mindazzal együtt, amit tartalmaznak, elvesznek.

A letakarandó területeket tartalmazó fotókhoz így is másolat kell.

Lecseréled az eredetieket?</translation>
    </message>
    <message>
        <source>Choose where to save the clean copies</source>
        <translation>Válaszd ki, hová mentsük a tisztított másolatokat</translation>
    </message>
    <message>
        <source>Every file in the list has been cleaned already.</source>
        <translation>A lista minden fájlja meg van már tisztítva.</translation>
    </message>
    <message>
        <source>Cannot create the output folder</source>
        <translation>A célmappa nem hozható létre</translation>
    </message>
    <message>
        <source>The clean copies cannot be saved there ({reason}). Choose another folder with “Choose…”.</source>
        <translation>A tisztított másolatok nem menthetők oda ({reason}). Válassz másik mappát a „Kiválasztás…” gombbal.</translation>
    </message>
    <message>
        <source>Cleaning…</source>
        <translation>Tisztítás…</translation>
    </message>
</context>
<context>
    <name>OptionsBox</name>
    <message>
        <source>Options</source>
        <translation>Beállítások</translation>
    </message>
    <message>
        <source>({count} on)</source>
        <translation>({count} bekapcsolva)</translation>
    </message>
    <message>
        <source>&amp;More options</source>
        <translation>To&amp;vábbi beállítások</translation>
    </message>
    <message>
        <source>More options</source>
        <translation>További beállítások</translation>
    </message>
    <message>
        <source>Show or hide the options for the copies</source>
        <translation>A másolatok beállításainak megjelenítése vagy elrejtése</translation>
    </message>
    <message>
        <source>&amp;Give the copies random file names</source>
        <translation>Véletlenszerű f&amp;ájlnevek a másolatoknak</translation>
    </message>
    <message>
        <source>File names from phones often contain the date and time the photo was taken.</source>
        <translation>A telefonokról származó fájlnevek gyakran tartalmazzák a fotó készítésének dátumát és idejét.</translation>
    </message>
    <message>
        <source>&amp;Keep file names that show the date or the phone</source>
        <translation>A &amp;dátumot vagy a telefont mutató fájlnevek megtartása</translation>
    </message>
    <message>
        <source>Off: a copy of a file named like IMG_20240611_143207.jpg gets a name like photo-1f0c9a2e.jpg instead, so its name does not show when it was taken or with which phone.</source>
        <translation>Kikapcsolva: egy IMG_20240611_143207.jpg nevű fájl másolata helyette photo-1f0c9a2e.jpg-hez hasonló nevet kap, így a neve nem mutatja, mikor és milyen telefonnal készült.</translation>
    </message>
    <message>
        <source>Convert HEIC photos to &amp;JPEG</source>
        <translation>HEIC fotók átalakítása &amp;JPEG formátumba</translation>
    </message>
    <message>
        <source>Remove colour &amp;profiles (colours may shift slightly)</source>
        <translation>S&amp;zínprofilok eltávolítása (a színek kissé eltolódhatnak)</translation>
    </message>
    <message>
        <source>T&amp;urn PDF pages into pictures (strongest; text can no longer be selected)</source>
        <translation>&amp;PDF-oldalak átalakítása képpé (a legerősebb; a szöveg többé nem jelölhető ki)</translation>
    </message>
    <message>
        <source>Removes everything hidden in a PDF&apos;s text and drawings too. The copy is larger and its text cannot be searched or copied.</source>
        <translation>A PDF szövegében és rajzaiban rejtőző mindent is eltávolítja. A másolat nagyobb, és a szövege nem kereshető és nem másolható.</translation>
    </message>
    <message>
        <source>Cover the faces found in photos and clips (check each cop&amp;y)</source>
        <translation>A fotókon és klipek&amp;ben talált arcok letakarása (ellenőrizz minden másolatot)</translation>
    </message>
    <message>
        <source>Faces found automatically are covered in black in the copies. Detection can miss faces: look at each copy&apos;s picture in the details.</source>
        <translation>Az automatikusan talált arcok feketével le lesznek takarva a másolatokon. A felismerés arcokat hagyhat ki: nézd meg minden másolat képét a részletekben.</translation>
    </message>
    <message>
        <source>&amp;Quick face search (misses small faces)</source>
        <translation>&amp;Gyors arckeresés (a kis arcokat kihagyja)</translation>
    </message>
    <message>
        <source>Faster, but faces smaller than about 60 pixels in a large photo are not found. Used here and in Hide faces and areas.</source>
        <translation>Gyorsabb, de egy nagy fotón a kb. 60 pixelnél kisebb arcokat nem találja meg. Itt és az Arcok és területek elrejtése ablakban is érvényes.</translation>
    </message>
    <message>
        <source>Remove hidden slides, sheets and te&amp;xt, and speaker notes, from documents</source>
        <translation>&amp;Rejtett diák, munkalapok és szövegek, valamint előadói jegyzetek eltávolítása a dokumentumokból</translation>
    </message>
    <message>
        <source>Documents can hold slides, sheets and text that are not shown, and notes only the speaker sees. Without this they are kept, and the summary says where they are.</source>
        <translation>A dokumentumok tartalmazhatnak nem látható diákat, munkalapokat és szöveget, valamint olyan jegyzeteket, amelyeket csak az előadó lát. E nélkül ezek megmaradnak, és az összegzés megmondja, hol vannak.</translation>
    </message>
    <message>
        <source>Weaken the camera fingerprint in photos (saved again, a &amp;bit smaller)</source>
        <translation>A fényképezőgép-&amp;ujjlenyomat gyengítése a fotókon (újramentve, kicsit kisebb)</translation>
    </message>
    <message>
        <source>Every camera leaves a faint pattern in its photos that can link them to each other. This softens each photo slightly and makes it 3% smaller: the pattern gets weaker, but it is not removed. Photos are saved again instead of copied unchanged.</source>
        <translation>Minden fényképezőgép halvány mintát hagy a fotóin, amely alapján azok összekapcsolhatók. Ez kissé lágyítja a fotókat, és 3%-kal kisebbé teszi őket: a minta gyengül, de nem tűnik el. A fotók újra lesznek mentve, nem változatlanul másolva.</translation>
    </message>
    <message>
        <source>&amp;Replace the originals (no copies; cannot be undone)</source>
        <translation>Az eredeti fájlok &amp;lecserélése (nincs másolat; nem vonható vissza)</translation>
    </message>
</context>
<context>
    <name>OutputBox</name>
    <message>
        <source>Save clean copies in:</source>
        <translation>Tisztított másolatok mentése ide:</translation>
    </message>
    <message>
        <source>Output folder</source>
        <translation>Célmappa</translation>
    </message>
    <message>
        <source>Choo&amp;se…</source>
        <translation>&amp;Kiválasztás…</translation>
    </message>
    <message>
        <source>Choose the output folder</source>
        <translation>A célmappa kiválasztása</translation>
    </message>
    <message>
        <source>Use &amp;default</source>
        <translation>Alap&amp;értelmezett</translation>
    </message>
    <message>
        <source>Use the default output folder</source>
        <translation>Az alapértelmezett célmappa használata</translation>
    </message>
    <message>
        <source>The original files will be replaced.</source>
        <translation>Az eredeti fájlok le lesznek cserélve.</translation>
    </message>
    <message>
        <source>The folder “{name}” next to the originals, with the copies made so far.</source>
        <translation>A(z) „{name}” mappa az eredetik mellett, az eddig elkészült másolatokkal.</translation>
    </message>
    <message>
        <source>A new folder next to the originals, named “{name}”.</source>
        <translation>Egy új mappa az eredetik mellett, „{name}” néven.</translation>
    </message>
</context>
<context>
    <name>QAbstractFileIconProvider</name>
    <message>
        <source>Drive</source>
        <translation>Meghajtó</translation>
    </message>
    <message>
        <source>Folder</source>
        <translation>Mappa</translation>
    </message>
</context>
<context>
    <name>QFileDialog</name>
    <message>
        <source>%1
Directory not found.
Please verify the correct directory name was given.</source>
        <translation>%1
A könyvtár nem található.
Ellenőrizze, hogy jól adta-e meg a könyvtár nevét.</translation>
    </message>
    <message>
        <source>%1
File not found.
Please verify the correct file name was given.</source>
        <translation>%1
A fájl nem található.
Ellenőrizze, hogy jól adta-e meg a fájl nevét.</translation>
    </message>
    <message>
        <source>&amp;Choose</source>
        <translation>&amp;Kiválasztás</translation>
    </message>
    <message>
        <source>&amp;Delete</source>
        <translation>&amp;Törlés</translation>
    </message>
    <message>
        <source>&amp;Look in:</source>
        <translation>&amp;Keresés itt:</translation>
    </message>
    <message>
        <source>&amp;New Folder</source>
        <translation>Ú&amp;j mappa</translation>
    </message>
    <message>
        <source>&amp;Open</source>
        <translation>&amp;Megnyitás</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>Megnyitás</translation>
    </message>
    <message>
        <source>&amp;Rename</source>
        <translation>Át&amp;nevezés</translation>
    </message>
    <message>
        <source>All Files (*)</source>
        <translation>Minden fájl (*)</translation>
    </message>
    <message>
        <source>Are you sure you want to delete &apos;%1&apos;?</source>
        <translation>Biztosan törölni szeretné: „%1”?</translation>
    </message>
    <message>
        <source>Back</source>
        <translation>Vissza</translation>
    </message>
    <message>
        <source>Change to detail view mode</source>
        <translation>Váltás részletes nézet módra</translation>
    </message>
    <message>
        <source>Change to list view mode</source>
        <translation>Váltás listanézet módra</translation>
    </message>
    <message>
        <source>Create New Folder</source>
        <translation>Új mappa létrehozása</translation>
    </message>
    <message>
        <source>Create a New Folder</source>
        <translation>Egy új mappa létrehozása</translation>
    </message>
    <message>
        <source>Detail View</source>
        <translation>Részletes nézet</translation>
    </message>
    <message>
        <source>Directories</source>
        <translation>Könyvtárak</translation>
    </message>
    <message>
        <source>Directory:</source>
        <translation>Könyvtár:</translation>
    </message>
    <message>
        <source>File &amp;name:</source>
        <translation>Fájl&amp;név:</translation>
    </message>
    <message>
        <source>Files</source>
        <translation>Fájlok</translation>
    </message>
    <message>
        <source>Files of &amp;type:</source>
        <translation>Fájl&amp;típus:</translation>
    </message>
    <message>
        <source>Forward</source>
        <translation>Előre</translation>
    </message>
    <message>
        <source>Go back</source>
        <translation>Ugrás vissza</translation>
    </message>
    <message>
        <source>Go forward</source>
        <translation>Ugrás előre</translation>
    </message>
    <message>
        <source>Go to the parent directory</source>
        <translation>Ugrás a szülőkönyvtárba</translation>
    </message>
    <message>
        <source>List View</source>
        <translation>Listanézet</translation>
    </message>
    <message>
        <source>List of places and bookmarks</source>
        <translation>Helyek és könyvjelzők listája</translation>
    </message>
    <message>
        <source>Parent Directory</source>
        <translation>Szülőkönyvtár</translation>
    </message>
    <message>
        <source>Show &amp;hidden files</source>
        <translation>&amp;Rejtett fájlok megjelenítése</translation>
    </message>
    <message>
        <source>Show </source>
        <translation>Megjelenítés </translation>
    </message>
    <message>
        <source>Sidebar</source>
        <translation>Oldalsáv</translation>
    </message>
</context>
<context>
    <name>QFileSystemModel</name>
    <message>
        <source>Computer</source>
        <translation>Számítógép</translation>
    </message>
    <message>
        <source>Date Modified</source>
        <translation>Módosítás dátuma</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Név</translation>
    </message>
    <message>
        <source>Size</source>
        <translation>Méret</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>Típus</translation>
    </message>
</context>
<context>
    <name>QLineEdit</name>
    <message>
        <source>&amp;Copy</source>
        <translation>&amp;Másolás</translation>
    </message>
    <message>
        <source>&amp;Paste</source>
        <translation>&amp;Beillesztés</translation>
    </message>
    <message>
        <source>&amp;Redo</source>
        <translation>Új&amp;ra</translation>
    </message>
    <message>
        <source>&amp;Undo</source>
        <translation>&amp;Visszavonás</translation>
    </message>
    <message>
        <source>Cu&amp;t</source>
        <translation>&amp;Kivágás</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Törlés</translation>
    </message>
    <message>
        <source>Select All</source>
        <translation>Összes kijelölése</translation>
    </message>
</context>
<context>
    <name>QMessageBox</name>
    <message>
        <source>Show Details...</source>
        <translation>Részletek megjelenítése…</translation>
    </message>
</context>
<context>
    <name>QPlatformTheme</name>
    <message>
        <source>&amp;No</source>
        <translation>&amp;Nem</translation>
    </message>
    <message>
        <source>&amp;Yes</source>
        <translation>&amp;Igen</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Mégse</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Bezárás</translation>
    </message>
    <message>
        <source>OK</source>
        <translation>OK</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>Megnyitás</translation>
    </message>
</context>
<context>
    <name>RedactionEditor</name>
    <message>
        <source>Press Esc again to close without your changes, or Enter to use them.</source>
        <translation>Nyomd meg újra az Esc-et, ha a módosítások nélkül zárnád be, vagy az Entert, ha használnád őket.</translation>
    </message>
    <message>
        <source>Hide faces and areas — {name}</source>
        <translation>Arcok és területek elrejtése – {name}</translation>
    </message>
    <message>
        <source>Select and move</source>
        <translation>Kijelölés és mozgatás</translation>
    </message>
    <message>
        <source>Rectangle</source>
        <translation>Téglalap</translation>
    </message>
    <message>
        <source>Ellipse</source>
        <translation>Ellipszis</translation>
    </message>
    <message>
        <source>Brush</source>
        <translation>Ecset</translation>
    </message>
    <message>
        <source>Add area</source>
        <translation>Terület hozzáadása</translation>
    </message>
    <message>
        <source>Add an area in the middle of the view, to move with the arrow keys (N)</source>
        <translation>Terület hozzáadása a nézet közepére, a nyílbillentyűkkel mozgatható (N)</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Törlés</translation>
    </message>
    <message>
        <source>Del</source>
        <translation>Del</translation>
    </message>
    <message>
        <source>Undo</source>
        <translation>Visszavonás</translation>
    </message>
    <message>
        <source>Redo</source>
        <translation>Újra</translation>
    </message>
    <message>
        <source>Zoom out</source>
        <translation>Kicsinyítés</translation>
    </message>
    <message>
        <source>Zoom in</source>
        <translation>Nagyítás</translation>
    </message>
    <message>
        <source>Fit</source>
        <translation>Igazítás az ablakhoz</translation>
    </message>
    <message>
        <source>Preview</source>
        <translation>Előnézet</translation>
    </message>
    <message>
        <source>Show exactly what will be written (P)</source>
        <translation>Pontosan az látszik, ami ki lesz írva (P)</translation>
    </message>
    <message>
        <source>Brush &amp;width</source>
        <translation>E&amp;csetméret</translation>
    </message>
    <message>
        <source>Brush width</source>
        <translation>Ecsetméret</translation>
    </message>
    <message>
        <source>Drawing tools</source>
        <translation>Rajzeszközök</translation>
    </message>
    <message>
        <source>Undo, zoom and preview</source>
        <translation>Visszavonás, nagyítás és előnézet</translation>
    </message>
    <message>
        <source>Photo</source>
        <translation>Fotó</translation>
    </message>
    <message>
        <source>Draw areas to cover with the mouse or the keyboard. Ctrl and the mouse wheel zoom; hold Space to pan.</source>
        <translation>Rajzold meg egérrel vagy billentyűzettel a letakarandó területeket. A Ctrl és az egérgörgő nagyít és kicsinyít; a nézet mozgatásához tartsd lenyomva a Szóközt.</translation>
    </message>
    <message>
        <source>&amp;Areas to cover (untick to leave uncovered)</source>
        <translation>Letakarandó területek (&amp;vedd ki a pipát, ha nem akarod letakarni)</translation>
    </message>
    <message>
        <source>Areas to cover</source>
        <translation>Letakarandó területek</translation>
    </message>
    <message>
        <source>Automatic detection can miss faces — check every face yourself, including faces in mirrors, pictures and screens.</source>
        <translation>Az automatikus felismerés arcokat hagyhat ki – ellenőrizz minden arcot magad, a tükrökben, képeken és képernyőkön látható arcokat is.</translation>
    </message>
    <message>
        <source>Find &amp;small faces</source>
        <translation>Kis &amp;arcok keresése</translation>
    </message>
    <message>
        <source>Find small faces</source>
        <translation>Kis arcok keresése</translation>
    </message>
    <message>
        <source>Look again for small faces, for group photos (slower)</source>
        <translation>Kis arcok újbóli keresése csoportképekhez (lassabb)</translation>
    </message>
    <message>
        <source>How to cover</source>
        <translation>Letakarás módja</translation>
    </message>
    <message>
        <source>Solid &amp;fill (safest)</source>
        <translation>Teli kitöltés (a &amp;legbiztonságosabb)</translation>
    </message>
    <message>
        <source>Strong &amp;mosaic</source>
        <translation>Erős &amp;mozaik</translation>
    </message>
    <message>
        <source>B&amp;lur (wiped first; a few average colours stay)</source>
        <translation>Elmosás (előbb törlődik a terület; &amp;néhány átlagszín megmarad)</translation>
    </message>
    <message>
        <source>Fill &amp;colour…</source>
        <translation>&amp;Kitöltőszín…</translation>
    </message>
    <message>
        <source>Fill colour</source>
        <translation>Kitöltőszín</translation>
    </message>
    <message>
        <source>&amp;Use these areas</source>
        <translation>&amp;Területek alkalmazása</translation>
    </message>
    <message>
        <source>Use these areas</source>
        <translation>Területek alkalmazása</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Mégse</translation>
    </message>
    <message>
        <source>{action} ({key})</source>
        <translation>{action} ({key})</translation>
    </message>
    <message>
        <source>Keyboard: N adds an area, arrows move it (Shift: further), Ctrl+arrows resize it, [ and ] pick another, Delete removes it.</source>
        <translation>Billentyűzet: az N új területet ad hozzá, a nyilak mozgatják (Shift: messzebbre), a Ctrl+nyilak átméretezik, a [ és a ] másikat választ, a Delete törli.</translation>
    </message>
    <message>
        <source>Face {n} (found automatically)</source>
        <translation>{n}. arc (automatikusan találva)</translation>
    </message>
    <message>
        <source>Rectangle {n}</source>
        <translation>{n}. téglalap</translation>
    </message>
    <message>
        <source>Ellipse {n}</source>
        <translation>{n}. ellipszis</translation>
    </message>
    <message>
        <source>Brush stroke {n}</source>
        <translation>{n}. ecsetvonás</translation>
    </message>
    <message>
        <source>Shape {n}</source>
        <translation>{n}. alakzat</translation>
    </message>
    <message>
        <source>Loading…</source>
        <translation>Betöltés…</translation>
    </message>
    <message>
        <source>Making the preview…</source>
        <translation>Előnézet készítése…</translation>
    </message>
    <message>
        <source>Preview: this is what will be written.</source>
        <translation>Előnézet: ez lesz kiírva.</translation>
    </message>
    <message>
        <source>Draw over anything that could identify you: faces, tattoos, marks.</source>
        <translation>Rajzolj rá mindenre, ami alapján azonosíthatnak: arcokra, tetoválásokra, jegyekre.</translation>
    </message>
    <message>
        <source>Looking for faces…</source>
        <translation>Arcok keresése…</translation>
    </message>
    <message>
        <source>Looking for small faces… this takes longer.</source>
        <translation>Kis arcok keresése… ez tovább tart.</translation>
    </message>
    <message>
        <source>Face detection is not available ({reason}). Mark faces yourself.</source>
        <translation>Az arcfelismerés nem érhető el ({reason}). Jelöld meg az arcokat magad.</translation>
    </message>
    <message>
        <source>No faces were found automatically.</source>
        <translation>Nem találtunk automatikusan arcot.</translation>
    </message>
    <message>
        <source>Faces found automatically: {count}.</source>
        <translation>Automatikusan talált arcok: {count}.</translation>
    </message>
    <message>
        <source>its files are missing or damaged</source>
        <translation>a fájljai hiányoznak vagy sérültek</translation>
    </message>
    <message>
        <source>There is not enough memory to open this photo.</source>
        <translation>Nincs elég memória a fotó megnyitásához.</translation>
    </message>
    <message>
        <source>The photo could not be opened.</source>
        <translation>A fotót nem sikerült megnyitni.</translation>
    </message>
</context>
<context>
    <name>RunBar</name>
    <message>
        <source>Ca&amp;ncel</source>
        <translation>&amp;Mégse</translation>
    </message>
    <message>
        <source>Cancel cleaning</source>
        <translation>Tisztítás megszakítása</translation>
    </message>
    <message>
        <source>&amp;Clean</source>
        <translation>&amp;Tisztítás</translation>
    </message>
    <message>
        <source>Clean all files in the list</source>
        <translation>A lista összes fájljának tisztítása</translation>
    </message>
    <message>
        <source>&amp;Open output folder</source>
        <translation>&amp;Célmappa megnyitása</translation>
    </message>
    <message>
        <source>Open output folder</source>
        <translation>Célmappa megnyitása</translation>
    </message>
    <message>
        <source>Write clean copies of all files (Ctrl+Enter)</source>
        <translation>Tisztított másolatok írása az összes fájlról (Ctrl+Enter)</translation>
    </message>
    <message>
        <source>Stop now; files not finished are left as they were (Esc)</source>
        <translation>Leállítás most; a be nem fejezett fájlok olyanok maradnak, amilyenek voltak (Esc)</translation>
    </message>
    <message>
        <source>Cleaning progress</source>
        <translation>Tisztítás állapota</translation>
    </message>
    <message>
        <source>%v of %m files</source>
        <translation>%v / %m fájl</translation>
    </message>
    <message>
        <source>Summary</source>
        <translation>Összegzés</translation>
    </message>
</context>
<context>
    <name>SafetyGuide</name>
    <message>
        <source>Why this matters</source>
        <translation>Miért fontos ez?</translation>
    </message>
    <message>
        <source>Safety guide</source>
        <translation>Biztonsági útmutató</translation>
    </message>
    <message>
        <source>&amp;Close</source>
        <translation>&amp;Bezárás</translation>
    </message>
    <message>
        <source>Close the safety guide</source>
        <translation>A biztonsági útmutató bezárása</translation>
    </message>
    <message>
        <source>What your photos and files can give away</source>
        <translation>Mit árulhatnak el a fotóid és fájljaid</translation>
    </message>
    <message>
        <source>Photos from phones and cameras carry hidden details. Anyone who gets the file can read them:</source>
        <translation>A telefonokkal és fényképezőgépekkel készült fotók rejtett adatokat hordoznak. Bárki, aki megkapja a fájlt, elolvashatja őket:</translation>
    </message>
    <message>
        <source>Where the photo was taken, often to within a few metres.</source>
        <translation>Hol készült a fotó, gyakran néhány méteres pontossággal.</translation>
    </message>
    <message>
        <source>Which phone or camera took it, sometimes with its serial number.</source>
        <translation>Milyen telefonnal vagy fényképezőgéppel készült, néha a sorozatszámával együtt.</translation>
    </message>
    <message>
        <source>Your name, if it is set in the phone, camera or editing app.</source>
        <translation>A neved, ha be van állítva a telefonban, a fényképezőgépen vagy a szerkesztőalkalmazásban.</translation>
    </message>
    <message>
        <source>The date and time it was taken.</source>
        <translation>A készítés dátuma és ideje.</translation>
    </message>
    <message>
        <source>A hidden small copy of the original photo. It can show what you cropped out or covered.</source>
        <translation>Az eredeti fotó rejtett, kis méretű másolata. Megmutathatja, amit kivágtál vagy letakartál.</translation>
    </message>
    <message>
        <source>Scrubber removes these details from a copy of the file. Your original stays as it is, unless you choose to replace it.</source>
        <translation>A Scrubber ezeket az adatokat a fájl egy másolatából távolítja el. Az eredeti úgy marad, ahogy van, hacsak nem döntesz úgy, hogy lecseréled.</translation>
    </message>
    <message>
        <source>Documents such as PDF and Word files can hold the author&apos;s name, the computer&apos;s name and the editing history. Videos and voice recordings can hold the place and the device.</source>
        <translation>A dokumentumok, például a PDF- és Word-fájlok, tartalmazhatják a szerző nevét, a számítógép nevét és a szerkesztési előzményeket. A videók és hangfelvételek tartalmazhatják a helyszínt és az eszközt.</translation>
    </message>
    <message>
        <source>If Scrubber says a file is not supported or could not be cleaned, do not share that file as it is.</source>
        <translation>Ha a Scrubber azt írja, hogy egy fájl nem támogatott vagy nem sikerült megtisztítani, ne oszd meg azt a fájlt úgy, ahogy van.</translation>
    </message>
    <message>
        <source>Blur in other apps can be undone</source>
        <translation>Más alkalmazások elmosása visszafordítható</translation>
    </message>
    <message>
        <source>Blur and small pixelation made by other apps can be undone by software. Scrubber&apos;s blur and mosaic wipe the area first, but they still show its average colours.</source>
        <translation>A más alkalmazásokkal készült elmosás és finom pixelezés szoftverrel visszafordítható. A Scrubber elmosása és mozaikja előbb törli a területet, de az átlagszínei még látszanak.</translation>
    </message>
    <message>
        <source>To hide a face, a tattoo or anything else, use solid fill. Cover a little more than you think you need.</source>
        <translation>Arc, tetoválás vagy bármi más elrejtéséhez használj teli kitöltést. Takarj le kicsit többet, mint amennyit szükségesnek gondolsz.</translation>
    </message>
    <message>
        <source>Your photos can be matched</source>
        <translation>A fotóid összepárosíthatók</translation>
    </message>
    <message>
        <source>Reverse image search finds other places where the same photo, or one like it, is online.</source>
        <translation>A fordított képkeresés megtalálja az interneten azokat a helyeket, ahol ugyanaz vagy egy hasonló fotó szerepel.</translation>
    </message>
    <message>
        <source>Face recognition exists and is easy to use. A face, a tattoo or a room that people can recognise can link your ad photos to your personal accounts.</source>
        <translation>Az arcfelismerés létezik, és könnyű használni. Egy felismerhető arc, tetoválás vagy szoba összekapcsolhatja a hirdetési fotóidat a személyes fiókjaiddal.</translation>
    </message>
    <message>
        <source>Search for your own ad photos now and then, with a reverse image search and a face search. Then you see where they turn up.</source>
        <translation>Időnként keress rá a saját hirdetési fotóidra fordított képkereséssel és arckereséssel. Így látod, hol bukkannak fel.</translation>
    </message>
    <message>
        <source>Tattoos, birthmarks, jewellery, nails, bedding and furniture can link your ads to each other. Cover them or change them.</source>
        <translation>A tetoválások, anyajegyek, ékszerek, körmök, ágynemű és bútorok összekapcsolhatják a hirdetéseidet. Takard le vagy változtasd meg őket.</translation>
    </message>
    <message>
        <source>Each camera leaves a faint pattern in its photos that can link them to each other. The option “Weaken the camera fingerprint” makes it weaker, but does not remove it.</source>
        <translation>Minden fényképezőgép halvány mintát hagy a fotóin, amely alapján azok összekapcsolhatók. „A fényképezőgép-ujjlenyomat gyengítése” beállítás gyengíti, de nem távolítja el.</translation>
    </message>
    <message>
        <source>Tips from sex workers&apos; digital safety advice</source>
        <translation>Tippek a szexmunkások digitális biztonsági tanácsaiból</translation>
    </message>
    <message>
        <source>Keep work and personal life apart. Use a separate phone, email and accounts for work if you can.</source>
        <translation>Válaszd külön a munkát és a magánéletet. Ha teheted, használj külön telefont, e-mail-címet és fiókokat a munkához.</translation>
    </message>
    <message>
        <source>Take ad photos with a different phone or camera. If you cannot, turn off location, Live Photos and Motion Photos in the camera before you take them.</source>
        <translation>A hirdetési fotókat másik telefonnal vagy fényképezőgéppel készítsd. Ha nem megy, fotózás előtt kapcsold ki a kamerában a helymeghatározást, az Élő fotókat és a Mozgó fotókat.</translation>
    </message>
    <message>
        <source>Never use photos from your personal social media in ads, not even old ones.</source>
        <translation>Soha ne használj hirdetésben fotót a személyes közösségimédia-fiókjaidból, régit sem.</translation>
    </message>
    <message>
        <source>Cloud backups and shared albums keep your originals, with the place they were taken, and sort them by face. Keep work photos out of them.</source>
        <translation>A felhőbe mentett biztonsági másolatok és a megosztott albumok megőrzik az eredetijeidet a készítés helyével együtt, és arcok szerint rendezik őket. A munkafotókat tartsd távol tőlük.</translation>
    </message>
    <message>
        <source>Clean last: after cropping and editing in other apps. Editing apps can add hidden data again.</source>
        <translation>A tisztítás legyen az utolsó lépés: a más alkalmazásokban végzett vágás és szerkesztés után. A szerkesztőalkalmazások újra hozzáadhatnak rejtett adatokat.</translation>
    </message>
    <message>
        <source>Screenshots can show your name, your number and your notifications. Check them before you share them.</source>
        <translation>A képernyőképeken látszhat a neved, a telefonszámod és az értesítéseid. Ellenőrizd őket, mielőtt megosztod.</translation>
    </message>
    <message>
        <source>Check the background: letters, papers, photos on the wall, anything with a name or address.</source>
        <translation>Ellenőrizd a hátteret: leveleket, papírokat, a falon lévő fotókat, bármit, amin név vagy cím van.</translation>
    </message>
    <message>
        <source>Check mirrors and reflections: sunglasses, windows, screens and shiny surfaces.</source>
        <translation>Ellenőrizd a tükröket és a tükröződéseket: napszemüveget, ablakokat, képernyőket és fényes felületeket.</translation>
    </message>
    <message>
        <source>Check what can be seen through windows. Streets, signs and buildings can show where you are.</source>
        <translation>Ellenőrizd, mi látszik az ablakokon át. Az utcák, táblák és épületek elárulhatják, hol vagy.</translation>
    </message>
    <message>
        <source>Do not post the same photo on your personal and your work accounts.</source>
        <translation>Ne tedd közzé ugyanazt a fotót a személyes és a munkahelyi fiókjaidon.</translation>
    </message>
    <message>
        <source>Sending a photo “as a file” or by email keeps its hidden data. Send only the clean copy.</source>
        <translation>Ha egy fotót „fájlként” vagy e-mailben küldesz el, a rejtett adatai megmaradnak. Csak a tisztított másolatot küldd el.</translation>
    </message>
    <message>
        <source>When you are done, delete the originals from Downloads and from shared folders.</source>
        <translation>Ha végeztél, töröld az eredetieket a Letöltések mappából és a megosztott mappákból.</translation>
    </message>
    <message>
        <source>Before you post, open the clean copy and check it again.</source>
        <translation>Mielőtt közzéteszed, nyisd meg a tisztított másolatot, és ellenőrizd még egyszer.</translation>
    </message>
    <message>
        <source>What your computer may still keep</source>
        <translation>Mit őrizhet még meg a számítógéped</translation>
    </message>
    <message>
        <source>Scrubber keeps no list of the files you open, but your computer may:</source>
        <translation>A Scrubber nem tárol listát a megnyitott fájljaidról, de a számítógéped tárolhat:</translation>
    </message>
    <message>
        <source>small previews (thumbnails) made by the file manager or photo viewer;</source>
        <translation>kis előnézeti képeket (bélyegképeket), amelyeket a fájlkezelő vagy a képnézegető készít;</translation>
    </message>
    <message>
        <source>lists of recent files in other apps;</source>
        <translation>a legutóbbi fájlok listáját más alkalmazásokban;</translation>
    </message>
    <message>
        <source>the originals in Downloads, in the trash and in cloud backups.</source>
        <translation>az eredetieket a Letöltések mappában, a lomtárban és a felhőbe mentett biztonsági másolatokban.</translation>
    </message>
    <message>
        <source>To clear them:</source>
        <translation>Így törölheted őket:</translation>
    </message>
    <message>
        <source>Empty the trash.</source>
        <translation>Ürítsd ki a lomtárat.</translation>
    </message>
    <message>
        <source>Clear the recent files in your file manager.</source>
        <translation>Töröld a legutóbbi fájlok listáját a fájlkezelőben.</translation>
    </message>
    <message>
        <source>Delete the thumbnail cache. Linux: the .cache/thumbnails folder in your home folder. Windows: Disk Cleanup, then Thumbnails. macOS: restart the Mac.</source>
        <translation>Töröld a bélyegkép-gyorsítótárat. Linux: a .cache/thumbnails mappa a saját mappádban. Windows: Lemezkarbantartó, majd Miniatűrök. macOS: indítsd újra a Macet.</translation>
    </message>
    <message>
        <source>Scrubber works offline</source>
        <translation>A Scrubber offline működik</translation>
    </message>
    <message>
        <source>Scrubber never connects to the internet. Your files stay on this computer.</source>
        <translation>A Scrubber soha nem csatlakozik az internethez. A fájljaid ezen a számítógépen maradnak.</translation>
    </message>
</context>
<context>
    <name>Summary</name>
    <message>
        <source>Cancelled.</source>
        <translation>Megszakítva.</translation>
    </message>
    <message>
        <source>{n} cleaned.</source>
        <translation>Megtisztítva: {n}.</translation>
    </message>
    <message>
        <source>{n} had nothing to remove.</source>
        <translation>Nem volt mit eltávolítani: {n}.</translation>
    </message>
    <message>
        <source>{n} could not be cleaned.</source>
        <translation>Nem sikerült megtisztítani: {n}.</translation>
    </message>
    <message>
        <source>{n} not done (cancelled).</source>
        <translation>Nem készült el (megszakítva): {n}.</translation>
    </message>
    <message>
        <source>Nothing was cleaned.</source>
        <translation>Semmi sem lett megtisztítva.</translation>
    </message>
    <message>
        <source>Clean copies are in: {folder}</source>
        <translation>A tisztított másolatok helye: {folder}</translation>
    </message>
    <message>
        <source>{name}: {reason}</source>
        <translation>{name}: {reason}</translation>
    </message>
    <message>
        <source>…and {n} more: see the list.</source>
        <translation>…és még {n}: lásd a listát.</translation>
    </message>
</context>
<context>
    <name>messages</name>
    <message>
        <source>{metres} m above sea level</source>
        <translation>{metres} m-rel a tengerszint felett</translation>
    </message>
    <message>
        <source>{metres} m below sea level</source>
        <translation>{metres} m-rel a tengerszint alatt</translation>
    </message>
    <message>
        <source>{count} bytes of data</source>
        <translation>{count} bájtnyi adat</translation>
    </message>
    <message>
        <source>The file name shows when it was taken: {shown}</source>
        <translation>A fájlnév mutatja, mikor készült: {shown}</translation>
    </message>
    <message>
        <source>The file name shows the phone or camera that made it: {shown}</source>
        <translation>A fájlnév mutatja, melyik telefon vagy fényképezőgép készítette: {shown}</translation>
    </message>
    <message>
        <source>The file name shows the app that made it: {apps}</source>
        <translation>A fájlnév mutatja, melyik alkalmazás készítette: {apps}</translation>
    </message>
    <message>
        <source>{finding} (the name was kept)</source>
        <translation>{finding} (a név megmaradt)</translation>
    </message>
    <message>
        <source>The file cannot be found. Was it moved or deleted?</source>
        <translation>A fájl nem található. Áthelyezték vagy törölték?</translation>
    </message>
    <message>
        <source>This is not a normal file (it is a folder, a device or a pipe).</source>
        <translation>Ez nem szokványos fájl (hanem mappa, eszköz vagy csővezeték).</translation>
    </message>
    <message>
        <source>This is a folder, not a file.</source>
        <translation>Ez egy mappa, nem fájl.</translation>
    </message>
    <message>
        <source>The file is empty.</source>
        <translation>A fájl üres.</translation>
    </message>
    <message>
        <source>The file cannot be read: {reason}</source>
        <translation>A fájl nem olvasható: {reason}</translation>
    </message>
    <message>
        <source>The file name says {format}, but the file cannot be read as {format}.</source>
        <translation>A fájlnév szerint ez {format}, de a fájl nem olvasható {format} formátumként.</translation>
    </message>
    <message>
        <source>This type of file is not supported, so it was not cleaned.</source>
        <translation>Ez a fájltípus nem támogatott, ezért nem lett megtisztítva.</translation>
    </message>
    <message>
        <source>This is a link; it was not followed.</source>
        <translation>Ez egy hivatkozás; nem lett követve.</translation>
    </message>
    <message>
        <source>This file could not be read ({kind}).</source>
        <translation>Ezt a fájlt nem sikerült beolvasni ({kind}).</translation>
    </message>
    <message>
        <source>It holds documents inside documents, too many levels deep.</source>
        <translation>Egymásba ágyazott dokumentumokat tartalmaz, túl sok szinten.</translation>
    </message>
    <message>
        <source>There is not enough memory to read this file.</source>
        <translation>Nincs elég memória a fájl beolvasásához.</translation>
    </message>
    <message>
        <source>There is not enough memory.</source>
        <translation>Nincs elég memória.</translation>
    </message>
    <message>
        <source>A file could not be read or written: {reason}</source>
        <translation>Egy fájlt nem sikerült beolvasni vagy kiírni: {reason}</translation>
    </message>
    <message>
        <source>Unexpected error ({kind}). Nothing was written.</source>
        <translation>Váratlan hiba ({kind}). Semmi sem lett kiírva.</translation>
    </message>
    <message>
        <source>The copy would replace the original. Choose another name or folder.</source>
        <translation>A másolat felülírná az eredetit. Válassz másik nevet vagy mappát.</translation>
    </message>
    <message>
        <source>Replacing the original cannot change the file type. Save copies in a folder instead.</source>
        <translation>Az eredeti lecserélésekor a fájltípus nem változhat. Inkább ments másolatokat egy mappába.</translation>
    </message>
    <message>
        <source>This file is a link. Save copies in a folder instead.</source>
        <translation>Ez a fájl egy hivatkozás. Inkább ments másolatokat egy mappába.</translation>
    </message>
    <message>
        <source>The clean copy could not be checked again, so it was deleted: {reason}</source>
        <translation>A tisztított másolatot nem sikerült újra ellenőrizni, ezért törölve lett: {reason}</translation>
    </message>
    <message>
        <source>The clean copy still held data ({left}), so it was deleted.</source>
        <translation>A tisztított másolatban még volt adat ({left}), ezért törölve lett.</translation>
    </message>
    <message>
        <source>The folder for the copies cannot be created: {reason}</source>
        <translation>A másolatok mappája nem hozható létre: {reason}</translation>
    </message>
    <message>
        <source>Nothing can be saved in the folder for the copies: {reason}</source>
        <translation>A másolatok mappájába semmit sem lehet menteni: {reason}</translation>
    </message>
    <message>
        <source>The copy could not be finished: {reason}</source>
        <translation>A másolatot nem sikerült befejezni: {reason}</translation>
    </message>
    <message>
        <source>The copies could not be saved to the disk: {reason}</source>
        <translation>A másolatokat nem sikerült a lemezre menteni: {reason}</translation>
    </message>
    <message>
        <source>No free name was found for the clean copy.</source>
        <translation>Nem található szabad név a tisztított másolatnak.</translation>
    </message>
    <message>
        <source>The clean copy could not be saved: {reason}</source>
        <translation>A tisztított másolatot nem sikerült menteni: {reason}</translation>
    </message>
    <message>
        <source>The earlier copy could not be replaced: {reason}</source>
        <translation>A korábbi másolatot nem sikerült lecserélni: {reason}</translation>
    </message>
    <message>
        <source>This JPEG is damaged: its beginning is missing.</source>
        <translation>Ez a JPEG sérült: hiányzik az eleje.</translation>
    </message>
    <message>
        <source>This JPEG is damaged (a wrong length at byte {pos}).</source>
        <translation>Ez a JPEG sérült (hibás hossz a(z) {pos}. bájtnál).</translation>
    </message>
    <message>
        <source>This JPEG is damaged: its picture does not end where it should.</source>
        <translation>Ez a JPEG sérült: a képe nem ott ér véget, ahol kellene.</translation>
    </message>
    <message>
        <source>This JPEG is damaged (a missing marker at byte {pos}).</source>
        <translation>Ez a JPEG sérült (hiányzó jelölő a(z) {pos}. bájtnál).</translation>
    </message>
    <message>
        <source>This JPEG is cut off before the picture starts.</source>
        <translation>Ez a JPEG már a kép kezdete előtt megszakad.</translation>
    </message>
    <message>
        <source>This JPEG is damaged: it has far too many parts.</source>
        <translation>Ez a JPEG sérült: messze túl sok része van.</translation>
    </message>
    <message>
        <source>This rare kind of JPEG (hierarchical or JPEG-LS) is not supported.</source>
        <translation>A JPEG-nek ez a ritka fajtája (hierarchikus vagy JPEG-LS) nem támogatott.</translation>
    </message>
    <message>
        <source>This JPEG holds no picture.</source>
        <translation>Ebben a JPEG-ben nincs kép.</translation>
    </message>
    <message>
        <source>This JPEG is damaged: its picture is not where the file says.</source>
        <translation>Ez a JPEG sérült: a képe nem ott van, ahol a fájl szerint lennie kellene.</translation>
    </message>
    <message>
        <source>This JPEG is damaged: it holds more than one picture frame.</source>
        <translation>Ez a JPEG sérült: egynél több képkockát tartalmaz.</translation>
    </message>
    <message>
        <source>This JPEG has other data hidden inside its picture, so it was not cleaned.</source>
        <translation>Ennek a JPEG-nek a képében más adat is rejtőzik, ezért nem lett megtisztítva.</translation>
    </message>
    <message>
        <source>The colour profile is too large.</source>
        <translation>A színprofil túl nagy.</translation>
    </message>
    <message>
        <source>The picture is incomplete: the file was cut off.</source>
        <translation>A kép hiányos: a fájl csonka.</translation>
    </message>
    <message>
        <source>This JPEG is damaged in places; the copy looks the same as the original did.</source>
        <translation>Ez a JPEG helyenként sérült; a másolat ugyanúgy néz ki, mint az eredeti.</translation>
    </message>
    <message>
        <source>The GIF file was cut short; its complete frames were kept.</source>
        <translation>A GIF-fájl csonka volt; a teljes képkockái megmaradtak.</translation>
    </message>
    <message>
        <source>The {format} picture was saved as PNG.</source>
        <translation>A(z) {format} kép PNG-ként lett mentve.</translation>
    </message>
    <message>
        <source>Only the first frame of the animation was kept ({frames} in the file).</source>
        <translation>Csak az animáció első képkockája maradt meg (a fájlban {frames} van).</translation>
    </message>
    <message>
        <source>Only the first page was kept ({frames} in the file).</source>
        <translation>Csak az első oldal maradt meg (a fájlban {frames} van).</translation>
    </message>
    <message>
        <source>The picture was saved with 8 bits per colour (it had more).</source>
        <translation>A kép színenként 8 bittel lett mentve (az eredetiben több volt).</translation>
    </message>
    <message>
        <source>Colours may look slightly different ({mode} was turned into RGB).</source>
        <translation>A színek kissé másnak tűnhetnek (a(z) {mode} színmódból RGB lett).</translation>
    </message>
    <message>
        <source>Transparent areas were filled with white (JPEG has no transparency).</source>
        <translation>Az átlátszó részek fehérrel lettek kitöltve (a JPEG nem ismeri az átlátszóságot).</translation>
    </message>
    <message>
        <source>The form&apos;s XML layer was removed.</source>
        <translation>Az űrlap XML-rétege el lett távolítva.</translation>
    </message>
    <message>
        <source>A digital signature was removed.</source>
        <translation>Egy digitális aláírás el lett távolítva.</translation>
    </message>
    <message>
        <source>Embedded objects (files inside the document) were removed.</source>
        <translation>A beágyazott objektumok (a dokumentumban lévő fájlok) el lettek távolítva.</translation>
    </message>
    <message>
        <source>Pictures in drawing formats that cannot be checked (SVG, WMF…) were removed.</source>
        <translation>A nem ellenőrizhető rajzformátumú képek (SVG, WMF…) el lettek távolítva.</translation>
    </message>
    <message>
        <source>It is saved as {ext}: the same document without macros.</source>
        <translation>{ext} formátumban lett mentve: ugyanaz a dokumentum, makrók nélkül.</translation>
    </message>
    <message>
        <source>The animation keeps its rotation tag; its frames were not turned.</source>
        <translation>Az animáció megtartja a forgatási címkéjét; a képkockái nem lettek elforgatva.</translation>
    </message>
    <message>
        <source>This TIFF has {count} pages. Many viewers show only the first: check the others too.</source>
        <translation>Ennek a TIFF-nek {count} oldala van. Sok képnézegető csak az elsőt mutatja: a többit is ellenőrizd.</translation>
    </message>
    <message>
        <source>The TIFF keeps its orientation tag; its pixels were not turned.</source>
        <translation>A TIFF megtartja a tájolási címkéjét; a képpontjai nem lettek elforgatva.</translation>
    </message>
    <message>
        <source>Colours may look slightly different in the JPEG copy.</source>
        <translation>A színek kissé másnak tűnhetnek a JPEG-másolatban.</translation>
    </message>
    <message>
        <source>This PNG is cut off before the picture starts.</source>
        <translation>Ez a PNG már a kép kezdete előtt megszakad.</translation>
    </message>
    <message>
        <source>The file was cut off; the clean copy keeps the part that is there.</source>
        <translation>A fájl csonka volt; a tisztított másolat a meglévő részt tartalmazza.</translation>
    </message>
    <message>
        <source>The removed data said to turn the picture. Check that it is the right way up.</source>
        <translation>Az eltávolított adat szerint a képet el kellett forgatni. Ellenőrizd, hogy helyes állásban van-e.</translation>
    </message>
    <message>
        <source>Viewers that do not play animations now show a blank picture instead of a hidden one.</source>
        <translation>Az animációt nem lejátszó képnézegetők most üres képet mutatnak a rejtett kép helyett.</translation>
    </message>
    <message>
        <source>The sound was removed.</source>
        <translation>A hang el lett távolítva.</translation>
    </message>
    <message>
        <source>The clip had more than 8 bits per colour (HDR); the copy has 8, so colours may look flatter.</source>
        <translation>A klipben színenként több mint 8 bit volt (HDR); a másolatban 8, ezért a színek fakóbbnak tűnhetnek.</translation>
    </message>
    <message>
        <source>Its broken index was rebuilt the way PDF viewers do it. Check the clean copy.</source>
        <translation>A sérült indexe úgy lett újraépítve, ahogy a PDF-olvasók teszik. Ellenőrizd a tisztított másolatot.</translation>
    </message>
    <message>
        <source>It was locked against copying, printing or changes, but opens without a password. The clean copy has no lock.</source>
        <translation>Másolás, nyomtatás vagy módosítás ellen zárolva volt, de jelszó nélkül megnyílik. A tisztított másolaton nincs zárolás.</translation>
    </message>
    <message>
        <source>Its attached files are locked with a password (the pages are not). The clean copy has no attachments.</source>
        <translation>A csatolt fájljai jelszóval zárolva vannak (az oldalai nem). A tisztított másolatban nincsenek csatolmányok.</translation>
    </message>
    <message>
        <source>A cropped picture still held the part you cut away. It was removed.</source>
        <translation>Egy körbevágott kép még tartalmazta a levágott részt. Ez el lett távolítva.</translation>
    </message>
    <message>
        <source>Pages were turned into pictures: text can no longer be selected or searched.</source>
        <translation>Az oldalak képpé lettek alakítva: a szöveg már nem jelölhető ki és nem kereshető.</translation>
    </message>
    <message>
        <source>{count} layers of this PDF are hidden when it opens. They are kept in the copy; to leave them out, choose to turn PDF pages into pictures.</source>
        <translation>A PDF {count} rétege rejtett megnyitáskor. A másolatban megmaradnak; ha ki akarod hagyni őket, válaszd a PDF-oldalak képpé alakítását.</translation>
    </message>
    <message>
        <source>1 layer of this PDF is hidden when it opens. It is kept in the copy; to leave it out, choose to turn PDF pages into pictures.</source>
        <translation>A PDF 1 rétege rejtett megnyitáskor. A másolatban megmarad; ha ki akarod hagyni, válaszd a PDF-oldalak képpé alakítását.</translation>
    </message>
    <message>
        <source>There is text in white, unseen on a white page, on {count} pages. It is kept in the copy; to leave it out, choose to turn PDF pages into pictures.</source>
        <translation>{count} oldalon fehér szöveg van, amely fehér oldalon nem látszik. A másolatban megmarad; ha ki akarod hagyni, válaszd a PDF-oldalak képpé alakítását.</translation>
    </message>
    <message>
        <source>There is text in white, unseen on a white page, on 1 page. It is kept in the copy; to leave it out, choose to turn PDF pages into pictures.</source>
        <translation>1 oldalon fehér szöveg van, amely fehér oldalon nem látszik. A másolatban megmarad; ha ki akarod hagyni, válaszd a PDF-oldalak képpé alakítását.</translation>
    </message>
    <message>
        <source>There is text placed outside the page on {count} pages. It is kept in the copy; to leave it out, choose to turn PDF pages into pictures.</source>
        <translation>{count} oldalon az oldalon kívülre helyezett szöveg van. A másolatban megmarad; ha ki akarod hagyni, válaszd a PDF-oldalak képpé alakítását.</translation>
    </message>
    <message>
        <source>There is text placed outside the page on 1 page. It is kept in the copy; to leave it out, choose to turn PDF pages into pictures.</source>
        <translation>1 oldalon az oldalon kívülre helyezett szöveg van. A másolatban megmarad; ha ki akarod hagyni, válaszd a PDF-oldalak képpé alakítását.</translation>
    </message>
    <message>
        <source>Embedded fonts were removed.</source>
        <translation>A beágyazott betűtípusok el lettek távolítva.</translation>
    </message>
    <message>
        <source>Videos and sounds were removed: they could not be checked.</source>
        <translation>A videók és hangok el lettek távolítva: nem lehetett ellenőrizni őket.</translation>
    </message>
    <message>
        <source>Pictures in drawing formats that cannot be checked (EMF, WMF, SVG…) were removed.</source>
        <translation>A nem ellenőrizhető rajzformátumú képek (EMF, WMF, SVG…) el lettek távolítva.</translation>
    </message>
    <message>
        <source>The photo was saved again at high quality ({reason}).</source>
        <translation>A fotó újra el lett mentve kiváló minőségben ({reason}).</translation>
    </message>
    <message>
        <source>The macros (programs) in this document were removed.</source>
        <translation>A dokumentumban lévő makrók (programok) el lettek távolítva.</translation>
    </message>
    <message>
        <source>This PDF asks for a password to open it. Remove the password first.</source>
        <translation>Ez a PDF jelszót kér a megnyitáshoz. Előbb távolítsd el a jelszót.</translation>
    </message>
    <message>
        <source>This PDF is damaged and cannot be cleaned safely.</source>
        <translation>Ez a PDF sérült, és nem tisztítható meg biztonságosan.</translation>
    </message>
    <message>
        <source>This PDF is damaged and cannot be cleaned safely: its end is missing.</source>
        <translation>Ez a PDF sérült, és nem tisztítható meg biztonságosan: hiányzik a vége.</translation>
    </message>
    <message>
        <source>This PDF is damaged (cut off, or parts of it are broken) and cannot be cleaned safely. Saving it again from a PDF viewer may repair it.</source>
        <translation>Ez a PDF sérült (csonka, vagy egyes részei hibásak), és nem tisztítható meg biztonságosan. Ha egy PDF-olvasóból újra elmented, az megjavíthatja.</translation>
    </message>
    <message>
        <source>This {format} picture is damaged and cannot be decoded: part of it is missing.</source>
        <translation>Ez a(z) {format} kép sérült, és nem dekódolható: egy része hiányzik.</translation>
    </message>
    <message>
        <source>{count} slides are hidden. They are kept in the copy; to remove them, turn on removing hidden content.</source>
        <translation>{count} dia rejtett. A másolatban megmaradnak; ha el akarod távolítani őket, kapcsold be a rejtett tartalom eltávolítását.</translation>
    </message>
    <message>
        <source>1 slide is hidden. It is kept in the copy; to remove it, turn on removing hidden content.</source>
        <translation>1 dia rejtett. A másolatban megmarad; ha el akarod távolítani, kapcsold be a rejtett tartalom eltávolítását.</translation>
    </message>
    <message>
        <source>There are speaker notes on {count} slides. They are kept in the copy; to remove them, turn on removing speaker notes.</source>
        <translation>{count} dián vannak előadói jegyzetek. A másolatban megmaradnak; ha el akarod távolítani őket, kapcsold be az előadói jegyzetek eltávolítását.</translation>
    </message>
    <message>
        <source>There are speaker notes on 1 slide. They are kept in the copy; to remove them, turn on removing speaker notes.</source>
        <translation>1 dián vannak előadói jegyzetek. A másolatban megmaradnak; ha el akarod távolítani őket, kapcsold be az előadói jegyzetek eltávolítását.</translation>
    </message>
    <message>
        <source>{count} sheets are hidden. They are kept in the copy; to remove them, turn on removing hidden content.</source>
        <translation>{count} munkalap rejtett. A másolatban megmaradnak; ha el akarod távolítani őket, kapcsold be a rejtett tartalom eltávolítását.</translation>
    </message>
    <message>
        <source>1 sheet is hidden. It is kept in the copy; to remove it, turn on removing hidden content.</source>
        <translation>1 munkalap rejtett. A másolatban megmarad; ha el akarod távolítani, kapcsold be a rejtett tartalom eltávolítását.</translation>
    </message>
    <message>
        <source>There is hidden text in {count} places. It is kept in the copy; to remove it, turn on removing hidden content.</source>
        <translation>{count} helyen van rejtett szöveg. A másolatban megmarad; ha el akarod távolítani, kapcsold be a rejtett tartalom eltávolítását.</translation>
    </message>
    <message>
        <source>There is hidden text in 1 place. It is kept in the copy; to remove it, turn on removing hidden content.</source>
        <translation>1 helyen van rejtett szöveg. A másolatban megmarad; ha el akarod távolítani, kapcsold be a rejtett tartalom eltávolítását.</translation>
    </message>
    <message>
        <source>{count} sections are hidden. They are kept in the copy; to remove them, turn on removing hidden content.</source>
        <translation>{count} szakasz rejtett. A másolatban megmaradnak; ha el akarod távolítani őket, kapcsold be a rejtett tartalom eltávolítását.</translation>
    </message>
    <message>
        <source>1 section is hidden. It is kept in the copy; to remove it, turn on removing hidden content.</source>
        <translation>1 szakasz rejtett. A másolatban megmarad; ha el akarod távolítani, kapcsold be a rejtett tartalom eltávolítását.</translation>
    </message>
    <message>
        <source>A cropped photo still held the part you cut away. It was removed.</source>
        <translation>Egy körbevágott fotó még tartalmazta a levágott részt. Ez el lett távolítva.</translation>
    </message>
    <message>
        <source>{count} cropped photos still held the parts you cut away. They were removed.</source>
        <translation>{count} körbevágott fotó még tartalmazta a levágott részeket. Ezek el lettek távolítva.</translation>
    </message>
    <message>
        <source>The camera fingerprint was weakened, not removed. The picture was resized from {before} to {after} pixels.</source>
        <translation>A fényképezőgép-ujjlenyomat gyengítve lett, nem eltávolítva. A kép {before} képpontról {after} képpontra lett átméretezve.</translation>
    </message>
    <message>
        <source>This document is protected by a password. Remove the password first.</source>
        <translation>Ez a dokumentum jelszóval védett. Előbb távolítsd el a jelszót.</translation>
    </message>
    <message>
        <source>This document is damaged: its contents cannot be unpacked.</source>
        <translation>Ez a dokumentum sérült: a tartalma nem csomagolható ki.</translation>
    </message>
    <message>
        <source>This document is damaged and cannot be read safely.</source>
        <translation>Ez a dokumentum sérült, és nem olvasható be biztonságosan.</translation>
    </message>
    <message>
        <source>This TIFF file holds no picture.</source>
        <translation>Ebben a TIFF-fájlban nincs kép.</translation>
    </message>
    <message>
        <source>Camera RAW files are not supported. Export a TIFF or JPEG first.</source>
        <translation>A fényképezőgépek RAW fájljai nem támogatottak. Előbb exportálj TIFF-et vagy JPEG-et.</translation>
    </message>
    <message>
        <source>This TIFF file is damaged.</source>
        <translation>Ez a TIFF-fájl sérült.</translation>
    </message>
    <message>
        <source>Old-style JPEG TIFF files are not supported. Convert them first.</source>
        <translation>A régi típusú, JPEG-tömörítésű TIFF-fájlok nem támogatottak. Előbb alakítsd át őket.</translation>
    </message>
    <message>
        <source>This TIFF file is cut off or damaged.</source>
        <translation>Ez a TIFF-fájl csonka vagy sérült.</translation>
    </message>
    <message>
        <source>This {format} picture is encrypted.</source>
        <translation>Ez a {format}-kép titkosított.</translation>
    </message>
    <message>
        <source>This {format} picture is damaged and cannot be decoded.</source>
        <translation>Ez a {format}-kép sérült, és nem dekódolható.</translation>
    </message>
    <message>
        <source>The description of this {format} picture is too large to check.</source>
        <translation>Ennek a {format}-képnek a leírása túl nagy az ellenőrzéshez.</translation>
    </message>
    <message>
        <source>{format} picture sequences and videos are not supported.</source>
        <translation>A {format}-képsorozatok és -videók nem támogatottak.</translation>
    </message>
    <message>
        <source>This {format} file has too many parts to check safely.</source>
        <translation>Ennek a {format}-fájlnak túl sok része van ahhoz, hogy biztonságosan ellenőrizni lehessen.</translation>
    </message>
    <message>
        <source>This picture is AVIF, not HEIC. Rename it to end in .avif.</source>
        <translation>Ez a kép AVIF, nem HEIC. Nevezd át, hogy .avif legyen a vége.</translation>
    </message>
    <message>
        <source>The picture is too small to save as HEIC. Choose JPEG copies instead.</source>
        <translation>A kép túl kicsi ahhoz, hogy HEIC-ként lehessen menteni. Válassz inkább JPEG-másolatokat.</translation>
    </message>
    <message>
        <source>The picture could not be saved as HEIC. Choose JPEG copies instead.</source>
        <translation>A képet nem sikerült HEIC-ként menteni. Válassz inkább JPEG-másolatokat.</translation>
    </message>
    <message>
        <source>The picture is too large to process ({size} pixels).</source>
        <translation>A kép túl nagy a feldolgozáshoz ({size} képpont).</translation>
    </message>
    <message>
        <source>This is not a valid PNG file.</source>
        <translation>Ez nem érvényes PNG-fájl.</translation>
    </message>
    <message>
        <source>This PNG file is damaged (a part of it is not valid).</source>
        <translation>Ez a PNG-fájl sérült (egy része érvénytelen).</translation>
    </message>
    <message>
        <source>This PNG file is damaged: its beginning is missing.</source>
        <translation>Ez a PNG-fájl sérült: hiányzik az eleje.</translation>
    </message>
    <message>
        <source>This PDF is too complex to be checked safely.</source>
        <translation>Ez a PDF túl összetett ahhoz, hogy biztonságosan ellenőrizni lehessen.</translation>
    </message>
    <message>
        <source>This PDF has too many levels, one inside another, to be checked safely.</source>
        <translation>Ebben a PDF-ben túl sok az egymásba ágyazott szint ahhoz, hogy biztonságosan ellenőrizni lehessen.</translation>
    </message>
    <message>
        <source>The drawings in this PDF are put one inside another too many times to be checked safely.</source>
        <translation>Ebben a PDF-ben a rajzok túl sokszor vannak egymásba ágyazva ahhoz, hogy biztonságosan ellenőrizni lehessen.</translation>
    </message>
    <message>
        <source>This PDF has too many parts ({count}) to be checked safely.</source>
        <translation>Ennek a PDF-nek túl sok része van ({count}) ahhoz, hogy biztonságosan ellenőrizni lehessen.</translation>
    </message>
    <message>
        <source>This PDF has too many pages ({count}) to turn them into pictures.</source>
        <translation>Ennek a PDF-nek túl sok oldala van ({count}) ahhoz, hogy képpé lehessen alakítani őket.</translation>
    </message>
    <message>
        <source>This PDF could not be given a new document ID, so it was not cleaned.</source>
        <translation>Ennek a PDF-nek nem sikerült új dokumentumazonosítót adni, ezért nem lett megtisztítva.</translation>
    </message>
    <message>
        <source>This PDF could not be copied faithfully, so it was not cleaned.</source>
        <translation>Ezt a PDF-et nem sikerült hűen lemásolni, ezért nem lett megtisztítva.</translation>
    </message>
    <message>
        <source>A page of this PDF has pictures on it that cannot be checked. To clean this PDF, choose to turn PDF pages into pictures.</source>
        <translation>Ennek a PDF-nek az egyik oldalán nem ellenőrizhető képek vannak. A PDF megtisztításához válaszd a PDF-oldalak képpé alakítását.</translation>
    </message>
    <message>
        <source>A picture in this PDF is shown through a shape that hides part of it, and it cannot be cut exactly. To clean this PDF, choose to turn PDF pages into pictures.</source>
        <translation>Ebben a PDF-ben egy kép olyan alakzaton keresztül látszik, amely eltakarja egy részét, és a képet nem lehet pontosan körbevágni. A PDF megtisztításához válaszd a PDF-oldalak képpé alakítását.</translation>
    </message>
    <message>
        <source>A picture in this PDF has a hidden part, stored in a way that cannot be cut away. To clean this PDF, choose to turn PDF pages into pictures.</source>
        <translation>Ebben a PDF-ben egy képnek rejtett része van, amely úgy van tárolva, hogy nem lehet levágni. A PDF megtisztításához válaszd a PDF-oldalak képpé alakítását.</translation>
    </message>
    <message>
        <source>A picture in this PDF has a hidden part and is too large to be cut. To clean this PDF, choose to turn PDF pages into pictures.</source>
        <translation>Ebben a PDF-ben egy képnek rejtett része van, és a kép túl nagy ahhoz, hogy körbe lehessen vágni. A PDF megtisztításához válaszd a PDF-oldalak képpé alakítását.</translation>
    </message>
    <message>
        <source>A picture in this PDF is stored in a way that cannot be checked.</source>
        <translation>Ebben a PDF-ben egy kép nem ellenőrizhető módon van tárolva.</translation>
    </message>
    <message>
        <source>A picture drawn inside a page of this PDF is stored in a way that cannot be checked.</source>
        <translation>Ennek a PDF-nek az egyik oldalába rajzolt kép nem ellenőrizhető módon van tárolva.</translation>
    </message>
    <message>
        <source>A colour profile in this PDF is stored in a way that cannot be checked.</source>
        <translation>Ebben a PDF-ben egy színprofil nem ellenőrizhető módon van tárolva.</translation>
    </message>
    <message>
        <source>A picture drawn inside a page of this PDF could not be saved again without its hidden data.</source>
        <translation>Ennek a PDF-nek az egyik oldalába rajzolt képet nem sikerült a rejtett adatai nélkül újra menteni.</translation>
    </message>
    <message>
        <source>A picture in this PDF is too large once unpacked (more than {mb} MB).</source>
        <translation>Ebben a PDF-ben egy kép kicsomagolva túl nagy (több mint {mb} MB).</translation>
    </message>
    <message>
        <source>A picture drawn inside a page of this PDF is too large once unpacked (more than {mb} MB).</source>
        <translation>Ennek a PDF-nek az egyik oldalába rajzolt kép kicsomagolva túl nagy (több mint {mb} MB).</translation>
    </message>
    <message>
        <source>A page of this PDF is too large once unpacked (more than {mb} MB).</source>
        <translation>Ennek a PDF-nek az egyik oldala kicsomagolva túl nagy (több mint {mb} MB).</translation>
    </message>
    <message>
        <source>A colour profile in this PDF is too large once unpacked (more than {mb} MB).</source>
        <translation>Ebben a PDF-ben egy színprofil kicsomagolva túl nagy (több mint {mb} MB).</translation>
    </message>
    <message>
        <source>A JPEG 2000 picture in this PDF has comments that cannot be removed.</source>
        <translation>Ebben a PDF-ben egy JPEG 2000 képen olyan megjegyzések vannak, amelyeket nem lehet eltávolítani.</translation>
    </message>
    <message>
        <source>There is a problem with a picture in this PDF. {problem}</source>
        <translation>Probléma van ennek a PDF-nek az egyik képével. {problem}</translation>
    </message>
    <message>
        <source>There is a problem with a picture drawn inside a page of this PDF. {problem}</source>
        <translation>Probléma van egy képpel, amely ennek a PDF-nek az egyik oldalába van rajzolva. {problem}</translation>
    </message>
    <message>
        <source>Unpacked, this document would take more than {mb} MB: too much to be checked safely.</source>
        <translation>Kicsomagolva ez a dokumentum több mint {mb} MB helyet foglalna: ez túl sok ahhoz, hogy biztonságosan ellenőrizni lehessen.</translation>
    </message>
    <message>
        <source>A part of this document ({part}) holds an XML declaration used in attacks, so it was not opened.</source>
        <translation>Ennek a dokumentumnak egy része ({part}) támadásokhoz használt XML-deklarációt tartalmaz, ezért nem lett megnyitva.</translation>
    </message>
    <message>
        <source>There is a problem with a picture in this document ({part}). {problem}</source>
        <translation>Probléma van ennek a dokumentumnak az egyik képével ({part}). {problem}</translation>
    </message>
    <message>
        <source>There is a problem with a document inside this document ({part}). {problem}</source>
        <translation>Probléma van egy dokumentummal, amely ebben a dokumentumban van ({part}). {problem}</translation>
    </message>
    <message>
        <source>This document is packed in a way used to crash programs (a zip bomb), so it was not opened.</source>
        <translation>Ez a dokumentum a programok összeomlasztására használt módon van becsomagolva (zip-bomba), ezért nem lett megnyitva.</translation>
    </message>
    <message>
        <source>This zip file is not an OpenDocument file.</source>
        <translation>Ez a zip-fájl nem OpenDocument-fájl.</translation>
    </message>
    <message>
        <source>This kind of OpenDocument file is not supported.</source>
        <translation>Ez a fajta OpenDocument-fájl nem támogatott.</translation>
    </message>
    <message>
        <source>This zip file is not an Office document.</source>
        <translation>Ez a zip-fájl nem Office-dokumentum.</translation>
    </message>
    <message>
        <source>This kind of Office document is not supported.</source>
        <translation>Ez a fajta Office-dokumentum nem támogatott.</translation>
    </message>
    <message>
        <source>This is an old-style Office file (.doc, .xls, .ppt) or a document protected by a password. Open it in Office and save it as .docx, .xlsx or .pptx, without a password.</source>
        <translation>Ez egy régi típusú Office-fájl (.doc, .xls, .ppt) vagy egy jelszóval védett dokumentum. Nyisd meg az Office-ban, és mentsd el .docx, .xlsx vagy .pptx formátumban, jelszó nélkül.</translation>
    </message>
    <message>
        <source>This document is saved as Strict Open XML, which is not supported. Save it again as an ordinary .docx, .xlsx or .pptx file.</source>
        <translation>Ez a dokumentum Strict Open XML formátumban van mentve, ami nem támogatott. Mentsd el újra hagyományos .docx, .xlsx vagy .pptx fájlként.</translation>
    </message>
    <message>
        <source>Part of this document&apos;s text is stored inside it as a web page or in another format, which cannot be checked. Open it in Word and save it again.</source>
        <translation>A dokumentum szövegének egy része weboldalként vagy más formátumban van benne tárolva, ami nem ellenőrizhető. Nyisd meg Wordben, és mentsd el újra.</translation>
    </message>
    <message>
        <source>The picture is too large to process.</source>
        <translation>A kép túl nagy a feldolgozáshoz.</translation>
    </message>
    <message>
        <source>A cropped picture in it is too large to cut safely.</source>
        <translation>Egy benne lévő körbevágott kép túl nagy ahhoz, hogy biztonságosan le lehessen vágni.</translation>
    </message>
    <message>
        <source>Areas cannot be covered in {format} pictures.</source>
        <translation>A(z) {format} képeken nem lehet területeket letakarni.</translation>
    </message>
    <message>
        <source>{format} files are not video clips.</source>
        <translation>A(z) {format} fájlok nem videoklipek.</translation>
    </message>
    <message>
        <source>Covering areas makes a new copy: the original is never changed. Save copies in a folder instead.</source>
        <translation>A területek letakarása új másolatot készít: az eredeti sosem változik meg. Inkább ments másolatokat egy mappába.</translation>
    </message>
    <message>
        <source>This clip is turned by {degrees} degrees, which is not supported.</source>
        <translation>Ez a klip {degrees} fokkal el van forgatva, ami nem támogatott.</translation>
    </message>
    <message>
        <source>The clip is too large to process ({size} pixels).</source>
        <translation>A klip túl nagy a feldolgozáshoz ({size} képpont).</translation>
    </message>
    <message>
        <source>This HEIF picture uses a kind of compression that is not supported ({code}).</source>
        <translation>Ez a HEIF-kép nem támogatott tömörítési módot használ ({code}).</translation>
    </message>
    <message>
        <source>The picture could not be saved as AVIF.</source>
        <translation>A képet nem sikerült AVIF-ként menteni.</translation>
    </message>
    <message>
        <source>This {format} file is stored in pieces, as when it is streamed. This is not supported.</source>
        <translation>Ez a(z) {format} fájl darabokban van tárolva, ahogy streameléskor szokás. Ez nem támogatott.</translation>
    </message>
    <message>
        <source>The header of this {format} file is split up or compressed. This is not supported.</source>
        <translation>Ennek a(z) {format} fájlnak a fejléce fel van darabolva vagy tömörítve van. Ez nem támogatott.</translation>
    </message>
    <message>
        <source>This {format} file plays sound or pictures stored in other files. This is not supported.</source>
        <translation>Ez a(z) {format} fájl más fájlokban tárolt hangot vagy képet játszik le. Ez nem támogatott.</translation>
    </message>
    <message>
        <source>This {format} file is copy-protected, so it cannot be cleaned.</source>
        <translation>Ez a(z) {format} fájl másolásvédett, ezért nem tisztítható meg.</translation>
    </message>
    <message>
        <source>This {format} file is too large to clean.</source>
        <translation>Ez a(z) {format} fájl túl nagy a megtisztításhoz.</translation>
    </message>
    <message>
        <source>The sound of this video is stored in a way that is not supported.</source>
        <translation>Ennek a videónak a hangja nem támogatott módon van tárolva.</translation>
    </message>
    <message>
        <source>The sound of this video is in an old format that is not supported.</source>
        <translation>Ennek a videónak a hangja régi, nem támogatott formátumú.</translation>
    </message>
    <message>
        <source>This M4A file also holds video, chapters or text, which cannot be cleaned here.</source>
        <translation>Ez az M4A-fájl videót, fejezeteket vagy szöveget is tartalmaz, ezeket itt nem lehet megtisztítani.</translation>
    </message>
    <message>
        <source>This is copy-protected iTunes music. Its purchase record cannot be removed without breaking it.</source>
        <translation>Ez másolásvédett iTunes-zene. A vásárlási bejegyzése nem távolítható el anélkül, hogy a zene tönkremenne.</translation>
    </message>
    <message>
        <source>This FLAC file starts with an ID3 tag, which FLAC players do not expect, so it was not cleaned.</source>
        <translation>Ez a FLAC-fájl ID3-címkével kezdődik, amire a FLAC-lejátszók nem számítanak, ezért nem lett megtisztítva.</translation>
    </message>
    <message>
        <source>Bare AAC sound files are not supported, only AAC inside M4A files.</source>
        <translation>Az önálló AAC-hangfájlok nem támogatottak, csak az M4A-fájlokban lévő AAC.</translation>
    </message>
    <message>
        <source>This Ogg file holds video or a kind of sound that cannot be cleaned. Only Vorbis and Opus are supported.</source>
        <translation>Ez az Ogg-fájl videót vagy olyan fajta hangot tartalmaz, amely nem tisztítható meg. Csak a Vorbis és az Opus támogatott.</translation>
    </message>
    <message>
        <source>This PNG has a part that is not standard ({part}), so it was not cleaned.</source>
        <translation>Ennek a PNG-nek van egy nem szabványos része ({part}), ezért nem lett megtisztítva.</translation>
    </message>
    <message>
        <source>This animated PNG hides a still picture too large to replace, so it was not cleaned.</source>
        <translation>Ez az animált PNG egy állóképet rejt, amely túl nagy a lecseréléshez, ezért nem lett megtisztítva.</translation>
    </message>
    <message>
        <source>This TIFF has more than {count} pages.</source>
        <translation>Ennek a TIFF-nek több mint {count} oldala van.</translation>
    </message>
    <message>
        <source>This TIFF is damaged: its picture data adds up to more than the file.</source>
        <translation>Ez a TIFF sérült: a képadatai összesen többet tesznek ki, mint maga a fájl.</translation>
    </message>
    <message>
        <source>The first page of this TIFF is only a preview. Such TIFF files are not supported.</source>
        <translation>Ennek a TIFF-nek az első oldala csak előnézet. Az ilyen TIFF-fájlok nem támogatottak.</translation>
    </message>
    <message>
        <source>The clean TIFF would be larger than 4 GB.</source>
        <translation>A tisztított TIFF nagyobb lenne 4 GB-nál.</translation>
    </message>
    <message>
        <source>a crop hid part of the picture</source>
        <extracomment>Why the photo was saved again, in &quot;The photo was saved again at high quality ({reason}).&quot;</extracomment>
        <translation>egy körbevágás elrejtette a kép egy részét</translation>
    </message>
    <message>
        <source>colours under its see-through areas could hide a picture</source>
        <extracomment>Why the photo was saved again, in &quot;The photo was saved again at high quality ({reason}).&quot;</extracomment>
        <translation>az átlátszó részei alatti színek egy képet rejthettek</translation>
    </message>
    <message>
        <source>it is made of layers that can cover one another</source>
        <extracomment>Why the photo was saved again, in &quot;The photo was saved again at high quality ({reason}).&quot;</extracomment>
        <translation>olyan rétegekből áll, amelyek eltakarhatják egymást</translation>
    </message>
    <message>
        <source>its tiles do not fit together in a regular grid</source>
        <extracomment>Why the photo was saved again, in &quot;The photo was saved again at high quality ({reason}).&quot;</extracomment>
        <translation>a csempéi nem illeszkednek szabályos rácsba</translation>
    </message>
    <message>
        <source>whole tiles of its picture were hidden</source>
        <extracomment>Why the photo was saved again, in &quot;The photo was saved again at high quality ({reason}).&quot;</extracomment>
        <translation>a képének egész csempéi el voltak rejtve</translation>
    </message>
    <message>
        <source>its picture is stored in another file</source>
        <extracomment>Why the photo was saved again, in &quot;The photo was saved again at high quality ({reason}).&quot;</extracomment>
        <translation>a képe egy másik fájlban van tárolva</translation>
    </message>
    <message>
        <source>its picture is built from data stored elsewhere in the file</source>
        <extracomment>Why the photo was saved again, in &quot;The photo was saved again at high quality ({reason}).&quot;</extracomment>
        <translation>a képe a fájl más részén tárolt adatokból épül fel</translation>
    </message>
    <message>
        <source>its picture data is not where it should be in the file</source>
        <extracomment>Why the photo was saved again, in &quot;The photo was saved again at high quality ({reason}).&quot;</extracomment>
        <translation>a képadatai nem ott vannak a fájlban, ahol lenniük kellene</translation>
    </message>
</context>
<context>
    <name>plain</name>
    <message>
        <source>1 item</source>
        <translation>1 elem</translation>
    </message>
    <message>
        <source>{count} items</source>
        <translation>{count} elem</translation>
    </message>
    <message>
        <source>in the file name: {shown}</source>
        <translation>a fájlnévben: {shown}</translation>
    </message>
    <message>
        <source>{values} and {count} more</source>
        <translation>{values} és még {count}</translation>
    </message>
    <message>
        <source>{deg}° N</source>
        <translation>{deg}° É</translation>
    </message>
    <message>
        <source>{deg}° S</source>
        <translation>{deg}° D</translation>
    </message>
    <message>
        <source>{deg}° E</source>
        <translation>{deg}° K</translation>
    </message>
    <message>
        <source>{deg}° W</source>
        <translation>{deg}° Ny</translation>
    </message>
    <message>
        <source>serial {number}</source>
        <translation>sorozatszám: {number}</translation>
    </message>
</context>
<context>
    <name>words</name>
    <message>
        <source>location</source>
        <translation>helyszín</translation>
    </message>
    <message>
        <source>phone/camera</source>
        <translation>telefon/fényképezőgép</translation>
    </message>
    <message>
        <source>your name</source>
        <translation>a neved</translation>
    </message>
    <message>
        <source>date</source>
        <translation>dátum</translation>
    </message>
    <message>
        <source>hidden extra image/video</source>
        <translation>rejtett extra kép/videó</translation>
    </message>
    <message>
        <source>editing history</source>
        <translation>szerkesztési előzmények</translation>
    </message>
    <message>
        <source>other hidden data</source>
        <translation>egyéb rejtett adatok</translation>
    </message>
    <message>
        <source>Reveals where it was taken or made</source>
        <translation>Elárulja, hol készült</translation>
    </message>
    <message>
        <source>Identifies your phone or camera</source>
        <translation>Azonosítja a telefonodat vagy fényképezőgépedet</translation>
    </message>
    <message>
        <source>Contains a name</source>
        <translation>Nevet tartalmaz</translation>
    </message>
    <message>
        <source>Tells when it was taken or made</source>
        <translation>Elárulja, mikor készült</translation>
    </message>
    <message>
        <source>Hides an extra picture, video or file</source>
        <translation>Extra képet, videót vagy fájlt rejt</translation>
    </message>
    <message>
        <source>Shows editing history or the apps used</source>
        <translation>Szerkesztési előzményeket vagy a használt alkalmazásokat mutatja</translation>
    </message>
    <message>
        <source>Other hidden data</source>
        <translation>Egyéb rejtett adatok</translation>
    </message>
    <message>
        <source>Location</source>
        <translation>Helyszín</translation>
    </message>
    <message>
        <source>Phone or camera</source>
        <translation>Telefon vagy fényképezőgép</translation>
    </message>
    <message>
        <source>Names</source>
        <translation>Nevek</translation>
    </message>
    <message>
        <source>Date and time</source>
        <translation>Dátum és idő</translation>
    </message>
    <message>
        <source>Hidden extras</source>
        <translation>Rejtett extrák</translation>
    </message>
    <message>
        <source>Apps and editing</source>
        <translation>Alkalmazások és szerkesztés</translation>
    </message>
    <message>
        <source>Other data</source>
        <translation>Egyéb adatok</translation>
    </message>
    <message>
        <source>Cleaned</source>
        <translation>Megtisztítva</translation>
    </message>
    <message>
        <source>Nothing to remove</source>
        <translation>Nincs mit eltávolítani</translation>
    </message>
    <message>
        <source>Not supported</source>
        <translation>Nem támogatott</translation>
    </message>
    <message>
        <source>Could not be cleaned</source>
        <translation>Nem sikerült megtisztítani</translation>
    </message>
    <message>
        <source>Cancelled</source>
        <translation>Megszakítva</translation>
    </message>
    <message>
        <source>removed: {what}</source>
        <translation>eltávolítva: {what}</translation>
    </message>
    <message>
        <source>still in the copy: {what}</source>
        <translation>még a másolatban: {what}</translation>
    </message>
    <message>
        <source>This file is damaged or incomplete.</source>
        <translation>Ez a fájl sérült vagy hiányos.</translation>
    </message>
    <message>
        <source>This type of file is not supported yet.</source>
        <translation>Ez a fájltípus még nem támogatott.</translation>
    </message>
    <message>
        <source>This file cannot be found or is not a normal file.</source>
        <translation>Ez a fájl nem található, vagy nem szokványos fájl.</translation>
    </message>
    <message>
        <source>Scrubber cannot clean this file safely (for example it is too large or protected by a password).</source>
        <translation>A Scrubber nem tudja biztonságosan megtisztítani ezt a fájlt (például mert túl nagy vagy jelszóval védett).</translation>
    </message>
    <message>
        <source>The copy could not be written (is the disk full or the folder read-only?)</source>
        <translation>A másolatot nem sikerült kiírni (megtelt a lemez, vagy a mappa csak olvasható?)</translation>
    </message>
    <message>
        <source>The copy still contained identifying data, so it was deleted.</source>
        <translation>A másolatban még azonosításra alkalmas adat volt, ezért törölve lett.</translation>
    </message>
    <message>
        <source>Not done: cleaning was cancelled.</source>
        <translation>Nem készült el: a tisztítás meg lett szakítva.</translation>
    </message>
    <message>
        <source>The areas to cover do not fit this picture, so nothing was written.</source>
        <translation>A letakarandó területek nem illenek ehhez a képhez, ezért semmi sem lett kiírva.</translation>
    </message>
    <message>
        <source>Finding faces automatically does not work on this computer.</source>
        <translation>Az arcok automatikus keresése nem működik ezen a számítógépen.</translation>
    </message>
    <message>
        <source>Photos with areas to cover or a weakened camera fingerprint need a copy: turn off “Replace the originals”.</source>
        <translation>A letakarandó területeket tartalmazó vagy gyengített fényképezőgép-ujjlenyomatú fotókhoz másolat kell: kapcsold ki „Az eredeti fájlok lecserélése” beállítást.</translation>
    </message>
    <message>
        <source>This is a link to another file or folder; it was not followed.</source>
        <translation>Ez egy hivatkozás egy másik fájlra vagy mappára; nincs követve.</translation>
    </message>
    <message>
        <source>There is not enough memory to clean this file.</source>
        <translation>Nincs elég memória a fájl megtisztításához.</translation>
    </message>
    <message>
        <source>This file made Scrubber&apos;s reader crash (the file may be damaged). It was not cleaned.</source>
        <translation>Ez a fájl összeomlasztotta a Scrubber olvasóját (a fájl sérült lehet). Nem lett megtisztítva.</translation>
    </message>
    <message>
        <source>Reading this file took far too long (it may be damaged), so it was stopped. It was not cleaned.</source>
        <translation>A fájl olvasása túl sokáig tartott (sérült lehet), ezért leállt. Nem lett megtisztítva.</translation>
    </message>
    <message>
        <source>Something went wrong in Scrubber with this file. Nothing was written.</source>
        <translation>Valami hiba történt a Scrubberben ezzel a fájllal. Semmi sem lett kiírva.</translation>
    </message>
</context>
</TS>
