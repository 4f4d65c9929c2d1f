<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="de">
<context>
    <name>BatchModel</name>
    <message>
        <source>File</source>
        <translation>Datei</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>Typ</translation>
    </message>
    <message>
        <source>What it reveals</source>
        <translation>Was sie verrät</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>nothing found</source>
        <translation>nichts gefunden</translation>
    </message>
    <message>
        <source>Link: not followed</source>
        <translation>Verknüpfung: nicht gefolgt</translation>
    </message>
    <message>
        <source>Checking…</source>
        <translation>Wird geprüft…</translation>
    </message>
    <message>
        <source>Not supported</source>
        <translation>Nicht unterstützt</translation>
    </message>
    <message>
        <source>Could not be read</source>
        <translation>Konnte nicht gelesen werden</translation>
    </message>
    <message>
        <source>Cleaning… {percent}%</source>
        <translation>Wird bereinigt… {percent} %</translation>
    </message>
    <message>
        <source>Cleaning…</source>
        <translation>Wird bereinigt…</translation>
    </message>
    <message>
        <source>Ready; areas to cover: {count}</source>
        <translation>Bereit; zu verdeckende Bereiche: {count}</translation>
    </message>
    <message>
        <source>Ready</source>
        <translation>Bereit</translation>
    </message>
</context>
<context>
    <name>ClipEditor</name>
    <message>
        <source>&amp;Time in the clip</source>
        <translation>&amp;Zeit im Clip</translation>
    </message>
    <message>
        <source>Time in the clip</source>
        <translation>Zeit im Clip</translation>
    </message>
    <message>
        <source>Frame of the clip</source>
        <translation>Bild des Clips</translation>
    </message>
    <message>
        <source>From this f&amp;rame</source>
        <translation>Ab die&amp;sem Bild</translation>
    </message>
    <message>
        <source>The selected areas (or all) are covered from this frame on</source>
        <translation>Die ausgewählten Bereiche (oder alle) werden ab diesem Bild verdeckt</translation>
    </message>
    <message>
        <source>Until t&amp;his frame</source>
        <translation>&amp;Bis zu diesem Bild</translation>
    </message>
    <message>
        <source>The selected areas (or all) are covered up to this frame</source>
        <translation>Die ausgewählten Bereiche (oder alle) werden bis zu diesem Bild verdeckt</translation>
    </message>
    <message>
        <source>Whole cli&amp;p</source>
        <translation>&amp;Ganzer Clip</translation>
    </message>
    <message>
        <source>The selected areas (or all) are covered in every frame</source>
        <translation>Die ausgewählten Bereiche (oder alle) werden in jedem Bild verdeckt</translation>
    </message>
    <message>
        <source>{name} ({start} to {end} s)</source>
        <translation>{name} ({start} bis {end} s)</translation>
    </message>
    <message>
        <source>Areas cover every frame of the clip. Faces move: to cover them in every frame, turn on “Cover the faces found in photos and clips” in the main window.</source>
        <translation>Die Bereiche verdecken jedes Bild des Clips. Gesichter bewegen sich: Um sie in jedem Bild zu verdecken, schalte im Hauptfenster „Gefundene Gesichter in Fotos und Clips verdecken“ ein.</translation>
    </message>
    <message>
        <source>Face detection is not available ({reason}).</source>
        <translation>Gesichtserkennung ist nicht verfügbar ({reason}).</translation>
    </message>
    <message>
        <source>Looking for faces…</source>
        <translation>Gesichter werden gesucht…</translation>
    </message>
    <message>
        <source>Faces seen in this frame (dashed outlines): {count}.</source>
        <translation>In diesem Bild erkannte Gesichter (gestrichelte Umrisse): {count}.</translation>
    </message>
</context>
<context>
    <name>DetailsPane</name>
    <message>
        <source>Details: {detail}</source>
        <translation>Details: {detail}</translation>
    </message>
    <message>
        <source>Details of the selected file</source>
        <translation>Details der ausgewählten Datei</translation>
    </message>
    <message>
        <source>File type</source>
        <translation>Dateityp</translation>
    </message>
    <message>
        <source>Before</source>
        <translation>Vorher</translation>
    </message>
    <message>
        <source>After</source>
        <translation>Nachher</translation>
    </message>
    <message>
        <source>Picture before cleaning</source>
        <translation>Bild vor dem Bereinigen</translation>
    </message>
    <message>
        <source>Picture of the clean copy</source>
        <translation>Bild der bereinigten Kopie</translation>
    </message>
    <message>
        <source>Before: what the file gives away</source>
        <translation>Vorher: was die Datei verrät</translation>
    </message>
    <message>
        <source>After: the clean copy</source>
        <translation>Nachher: die bereinigte Kopie</translation>
    </message>
    <message>
        <source>Something that could identify you is still in the copy. Do not post it. The list below shows what remains.</source>
        <translation>In der Kopie ist noch etwas, das dich erkennbar machen könnte. Poste sie nicht. Die Liste unten zeigt, was noch drin ist.</translation>
    </message>
    <message>
        <source>Found in the file before cleaning</source>
        <translation>In der Datei vor dem Bereinigen gefunden</translation>
    </message>
    <message>
        <source>The clean copy: what was removed and what remains</source>
        <translation>Die bereinigte Kopie: was entfernt wurde und was bleibt</translation>
    </message>
    <message>
        <source>What</source>
        <translation>Was</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>Wert</translation>
    </message>
    <message>
        <source>Select a file in the list to see what it gives away.</source>
        <translation>Wähle eine Datei in der Liste aus, um zu sehen, was sie verrät.</translation>
    </message>
    <message>
        <source>Technical details: every tag and value</source>
        <translation>Technische Details: alle Tags und ihre Werte</translation>
    </message>
    <message>
        <source>Result</source>
        <translation>Ergebnis</translation>
    </message>
    <message>
        <source>Areas to cover</source>
        <translation>Zu verdeckende Bereiche</translation>
    </message>
    <message>
        <source>Details of the problem</source>
        <translation>Details zum Problem</translation>
    </message>
    <message>
        <source>1 area will be covered</source>
        <translation>1 Bereich wird verdeckt</translation>
    </message>
    <message>
        <source>{count} areas will be covered</source>
        <translation>{count} Bereiche werden verdeckt</translation>
    </message>
    <message>
        <source>Checking this file…</source>
        <translation>Diese Datei wird geprüft…</translation>
    </message>
    <message>
        <source>Nothing found that could identify you.</source>
        <translation>Nichts gefunden, das dich erkennbar machen könnte.</translation>
    </message>
    <message>
        <source>1 thing found that could identify you.</source>
        <translation>1 Sache gefunden, die dich erkennbar machen könnte.</translation>
    </message>
    <message>
        <source>{count} things found that could identify you.</source>
        <translation>{count} Dinge gefunden, die dich erkennbar machen könnten.</translation>
    </message>
    <message>
        <source>No clean copy can be made because the file could not be read.</source>
        <translation>Es kann keine bereinigte Kopie erstellt werden, weil die Datei nicht gelesen werden konnte.</translation>
    </message>
    <message>
        <source>Cleaning…</source>
        <translation>Wird bereinigt…</translation>
    </message>
    <message>
        <source>Not cleaned yet. Press Clean to make a safe copy.</source>
        <translation>Noch nicht bereinigt. Klicke auf „Bereinigen“, um eine sichere Kopie zu erstellen.</translation>
    </message>
    <message>
        <source>Saved as: {name}</source>
        <translation>Gespeichert als: {name}</translation>
    </message>
    <message>
        <source>Faces found and covered: {count}. Check the picture of the copy.</source>
        <translation>Gefundene und verdeckte Gesichter: {count}. Prüfe das Bild der Kopie.</translation>
    </message>
    <message>
        <source>Checked again: nothing that could identify you was found.</source>
        <translation>Erneut geprüft: Es wurde nichts gefunden, das dich erkennbar machen könnte.</translation>
    </message>
    <message>
        <source>Still in the copy</source>
        <translation>Noch in der Kopie</translation>
    </message>
    <message>
        <source>Removed</source>
        <translation>Entfernt</translation>
    </message>
    <message>
        <source>still in the copy</source>
        <translation>noch in der Kopie</translation>
    </message>
    <message>
        <source>removed</source>
        <translation>entfernt</translation>
    </message>
    <message>
        <source>removed, not checked</source>
        <translation>entfernt, nicht nachgeprüft</translation>
    </message>
    <message>
        <source>What the clean copy no longer gives away</source>
        <translation>Was die bereinigte Kopie nicht mehr verrät</translation>
    </message>
    <message>
        <source>will be removed</source>
        <translation>wird entfernt</translation>
    </message>
    <message>
        <source>not removed</source>
        <translation>nicht entfernt</translation>
    </message>
    <message>
        <source>What the file gives away</source>
        <translation>Was die Datei verrät</translation>
    </message>
    <message>
        <source>kept</source>
        <translation>behalten</translation>
    </message>
    <message>
        <source>Good to know:</source>
        <translation>Gut zu wissen:</translation>
    </message>
    <message>
        <source>which way up the photo is</source>
        <translation>wie herum das Foto angezeigt wird</translation>
    </message>
    <message>
        <source>a standard colour profile</source>
        <translation>ein Standard-Farbprofil</translation>
    </message>
    <message>
        <source>harmless technical data</source>
        <translation>harmlose technische Daten</translation>
    </message>
    <message>
        <source>Hide technical details</source>
        <translation>Technische Details ausblenden</translation>
    </message>
    <message>
        <source>Show technical details</source>
        <translation>Technische Details anzeigen</translation>
    </message>
    <message>
        <source>Kept: needed to show the photo the right way up</source>
        <translation>Behalten: nötig, damit das Foto richtig herum angezeigt wird</translation>
    </message>
    <message>
        <source>Kept: a standard colour profile, so colours look right</source>
        <translation>Behalten: ein Standard-Farbprofil, damit die Farben richtig aussehen</translation>
    </message>
    <message>
        <source>Kept</source>
        <translation>Behalten</translation>
    </message>
    <message>
        <source>Loading preview…</source>
        <translation>Vorschau wird geladen…</translation>
    </message>
    <message>
        <source>No preview for this kind of file</source>
        <translation>Keine Vorschau für diese Art von Datei</translation>
    </message>
    <message>
        <source>This picture could not be read: the file may be damaged</source>
        <translation>Dieses Bild konnte nicht gelesen werden: Die Datei ist vielleicht beschädigt</translation>
    </message>
    <message>
        <source>The clean copy will appear here</source>
        <translation>Hier erscheint die bereinigte Kopie</translation>
    </message>
    <message>
        <source>No copy was made</source>
        <translation>Es wurde keine Kopie erstellt</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>Photos and pictures ({patterns})</source>
        <translation>Fotos und Bilder ({patterns})</translation>
    </message>
    <message>
        <source>Sound recordings ({patterns})</source>
        <translation>Tonaufnahmen ({patterns})</translation>
    </message>
    <message>
        <source>Videos ({patterns})</source>
        <translation>Videos ({patterns})</translation>
    </message>
    <message>
        <source>Documents ({patterns})</source>
        <translation>Dokumente ({patterns})</translation>
    </message>
    <message>
        <source>Files Scrubber can clean ({patterns})</source>
        <translation>Dateien, die Scrubber bereinigen kann ({patterns})</translation>
    </message>
    <message>
        <source>All files (*)</source>
        <translation>Alle Dateien (*)</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Datei</translation>
    </message>
    <message>
        <source>&amp;Language</source>
        <translation>&amp;Sprache</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>&amp;Hilfe</translation>
    </message>
    <message>
        <source>&amp;Add files…</source>
        <translation>Dat&amp;eien hinzufügen…</translation>
    </message>
    <message>
        <source>Add fold&amp;er…</source>
        <translation>&amp;Ordner hinzufügen…</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Beenden</translation>
    </message>
    <message>
        <source>&amp;Clean</source>
        <translation>Be&amp;reinigen</translation>
    </message>
    <message>
        <source>Ca&amp;ncel</source>
        <translation>Abbre&amp;chen</translation>
    </message>
    <message>
        <source>Remo&amp;ve from list</source>
        <translation>Aus der Liste e&amp;ntfernen</translation>
    </message>
    <message>
        <source>H&amp;ide faces and areas…</source>
        <translation>&amp;Gesichter und Bereiche verdecken…</translation>
    </message>
    <message>
        <source>&amp;Why this matters</source>
        <translation>&amp;Warum das wichtig ist</translation>
    </message>
    <message>
        <source>&amp;About Scrubber</source>
        <translation>Ü&amp;ber Scrubber</translation>
    </message>
    <message>
        <source>Scrubber: remove hidden data from photos</source>
        <translation>Scrubber: versteckte Daten aus Fotos entfernen</translation>
    </message>
    <message>
        <source>Add files</source>
        <translation>Dateien hinzufügen</translation>
    </message>
    <message>
        <source>Add a folder</source>
        <translation>Ordner hinzufügen</translation>
    </message>
    <message>
        <source>Why this matters</source>
        <translation>Warum das wichtig ist</translation>
    </message>
    <message>
        <source>Hide faces and areas</source>
        <translation>Gesichter und Bereiche verdecken</translation>
    </message>
    <message>
        <source>Remo&amp;ve</source>
        <translation>E&amp;ntfernen</translation>
    </message>
    <message>
        <source>Remove the selected files</source>
        <translation>Ausgewählte Dateien entfernen</translation>
    </message>
    <message>
        <source>Clear lis&amp;t</source>
        <translation>&amp;Liste leeren</translation>
    </message>
    <message>
        <source>Clear the list</source>
        <translation>Liste leeren</translation>
    </message>
    <message>
        <source>Cover faces, tattoos or anything else in the selected photo or clip (Enter)</source>
        <translation>Gesichter, Tattoos oder anderes im ausgewählten Foto oder Clip verdecken (Eingabetaste)</translation>
    </message>
    <message>
        <source>or drop photos and folders onto the list below.</source>
        <translation>oder Fotos und Ordner unten in die Liste ziehen.</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Sprache</translation>
    </message>
    <message>
        <source>Files to clean</source>
        <translation>Zu bereinigende Dateien</translation>
    </message>
    <message>
        <source>Drop photos or folders here.

Scrubber shows what each file gives away about you, then writes clean copies. Your originals are not changed.</source>
        <translation>Zieh Fotos oder Ordner hierher.

Scrubber zeigt, was jede Datei über dich verrät, und erstellt dann bereinigte Kopien. Deine Originale werden nicht verändert.</translation>
    </message>
    <message>
        <source>Stopping: files being cleaned now are left as they were…</source>
        <translation>Wird angehalten: Dateien, die gerade bereinigt werden, bleiben, wie sie waren …</translation>
    </message>
    <message>
        <source>Details of the selected file</source>
        <translation>Details der ausgewählten Datei</translation>
    </message>
    <message>
        <source>Language:</source>
        <translation>Sprache:</translation>
    </message>
    <message>
        <source>Add files to clean</source>
        <translation>Dateien zum Bereinigen hinzufügen</translation>
    </message>
    <message>
        <source>Add a folder to clean</source>
        <translation>Ordner zum Bereinigen hinzufügen</translation>
    </message>
    <message>
        <source>About Scrubber</source>
        <translation>Über Scrubber</translation>
    </message>
    <message>
        <source>Scrubber {version}

Removes hidden data from photos. Works offline: nothing is ever sent anywhere, and no list of your files is kept.</source>
        <translation>Scrubber {version}

Entfernt versteckte Daten aus Fotos. Funktioniert offline: Es wird nie etwas irgendwohin gesendet, und es wird keine Liste deiner Dateien gespeichert.</translation>
    </message>
    <message>
        <source>Replace the original files?</source>
        <translation>Originaldateien ersetzen?</translation>
    </message>
    <message>
        <source>Your original files will be overwritten with the cleaned versions. This cannot be undone: the originals, with everything they contain, will be gone.

Photos with areas to cover still need a copy.

Replace the originals?</source>
        <translation>Deine Originaldateien werden mit den bereinigten Versionen überschrieben. Das kann nicht rückgängig gemacht werden: Die Originale und alles, was darin steckt, sind dann weg.

Fotos mit zu verdeckenden Bereichen brauchen trotzdem eine Kopie.

Originale ersetzen?</translation>
    </message>
    <message>
        <source>Choose where to save the clean copies</source>
        <translation>Wähle, wo die bereinigten Kopien gespeichert werden</translation>
    </message>
    <message>
        <source>Every file in the list has been cleaned already.</source>
        <translation>Alle Dateien in der Liste sind bereits bereinigt.</translation>
    </message>
    <message>
        <source>Cannot create the output folder</source>
        <translation>Der Zielordner kann nicht erstellt werden</translation>
    </message>
    <message>
        <source>The clean copies cannot be saved there ({reason}). Choose another folder with “Choose…”.</source>
        <translation>Die bereinigten Kopien können dort nicht gespeichert werden ({reason}). Wähle mit „Auswählen…“ einen anderen Ordner.</translation>
    </message>
    <message>
        <source>Cleaning…</source>
        <translation>Wird bereinigt…</translation>
    </message>
</context>
<context>
    <name>OptionsBox</name>
    <message>
        <source>Options</source>
        <translation>Optionen</translation>
    </message>
    <message>
        <source>({count} on)</source>
        <translation>({count} aktiv)</translation>
    </message>
    <message>
        <source>&amp;More options</source>
        <translation>&amp;Mehr Optionen</translation>
    </message>
    <message>
        <source>More options</source>
        <translation>Mehr Optionen</translation>
    </message>
    <message>
        <source>Show or hide the options for the copies</source>
        <translation>Optionen für die Kopien ein- oder ausblenden</translation>
    </message>
    <message>
        <source>&amp;Give the copies random file names</source>
        <translation>Den Kopien zufällige D&amp;ateinamen geben</translation>
    </message>
    <message>
        <source>File names from phones often contain the date and time the photo was taken.</source>
        <translation>Dateinamen von Handys enthalten oft Datum und Uhrzeit der Aufnahme.</translation>
    </message>
    <message>
        <source>&amp;Keep file names that show the date or the phone</source>
        <translation>Dateinamen behal&amp;ten, die das Datum oder das Handy zeigen</translation>
    </message>
    <message>
        <source>Off: a copy of a file named like IMG_20240611_143207.jpg gets a name like photo-1f0c9a2e.jpg instead, so its name does not show when it was taken or with which phone.</source>
        <translation>Aus: Die Kopie einer Datei namens IMG_20240611_143207.jpg bekommt stattdessen einen Namen wie photo-1f0c9a2e.jpg, damit ihr Name nicht zeigt, wann oder mit welchem Handy sie aufgenommen wurde.</translation>
    </message>
    <message>
        <source>Convert HEIC photos to &amp;JPEG</source>
        <translation>HEIC-Fotos in &amp;JPEG umwandeln</translation>
    </message>
    <message>
        <source>Remove colour &amp;profiles (colours may shift slightly)</source>
        <translation>Farb&amp;profile entfernen (Farben können sich leicht verändern)</translation>
    </message>
    <message>
        <source>T&amp;urn PDF pages into pictures (strongest; text can no longer be selected)</source>
        <translation>PDF-Se&amp;iten in Bilder umwandeln (am stärksten; Text kann nicht mehr markiert werden)</translation>
    </message>
    <message>
        <source>Removes everything hidden in a PDF&apos;s text and drawings too. The copy is larger and its text cannot be searched or copied.</source>
        <translation>Entfernt auch alles, was in Text und Grafiken eines PDF versteckt ist. Die Kopie wird größer, und ihr Text kann nicht mehr durchsucht oder kopiert werden.</translation>
    </message>
    <message>
        <source>Cover the faces found in photos and clips (check each cop&amp;y)</source>
        <translation>Gefundene Gesichter in Fotos und Clips verdecken (jede &amp;Kopie prüfen)</translation>
    </message>
    <message>
        <source>Faces found automatically are covered in black in the copies. Detection can miss faces: look at each copy&apos;s picture in the details.</source>
        <translation>Automatisch gefundene Gesichter werden in den Kopien schwarz verdeckt. Die Erkennung kann Gesichter übersehen: Sieh dir das Bild jeder Kopie in den Details an.</translation>
    </message>
    <message>
        <source>&amp;Quick face search (misses small faces)</source>
        <translation>Schnelle Gesichters&amp;uche (übersieht kleine Gesichter)</translation>
    </message>
    <message>
        <source>Faster, but faces smaller than about 60 pixels in a large photo are not found. Used here and in Hide faces and areas.</source>
        <translation>Schneller, aber Gesichter, die in einem großen Foto kleiner als etwa 60 Pixel sind, werden nicht gefunden. Gilt hier und in „Gesichter und Bereiche verdecken“.</translation>
    </message>
    <message>
        <source>Remove hidden slides, sheets and te&amp;xt, and speaker notes, from documents</source>
        <translation>Versteckte Folien, Tabellen und Te&amp;xte sowie Sprechernotizen aus Dokumenten entfernen</translation>
    </message>
    <message>
        <source>Documents can hold slides, sheets and text that are not shown, and notes only the speaker sees. Without this they are kept, and the summary says where they are.</source>
        <translation>Dokumente können Folien, Tabellen und Texte enthalten, die nicht angezeigt werden, und Notizen, die nur die vortragende Person sieht. Ohne diese Option bleiben sie erhalten, und die Zusammenfassung sagt, wo sie sind.</translation>
    </message>
    <message>
        <source>Weaken the camera fingerprint in photos (saved again, a &amp;bit smaller)</source>
        <translation>Kamera-&amp;Fingerabdruck in Fotos abschwächen (neu gespeichert, etwas kleiner)</translation>
    </message>
    <message>
        <source>Every camera leaves a faint pattern in its photos that can link them to each other. This softens each photo slightly and makes it 3% smaller: the pattern gets weaker, but it is not removed. Photos are saved again instead of copied unchanged.</source>
        <translation>Jede Kamera hinterlässt in ihren Fotos ein schwaches Muster, über das sie einander zugeordnet werden können. Diese Option macht jedes Foto etwas weicher und 3 % kleiner: Das Muster wird schwächer, aber nicht entfernt. Die Fotos werden neu gespeichert statt unverändert kopiert.</translation>
    </message>
    <message>
        <source>&amp;Replace the originals (no copies; cannot be undone)</source>
        <translation>O&amp;riginale ersetzen (keine Kopien; nicht rückgängig zu machen)</translation>
    </message>
</context>
<context>
    <name>OutputBox</name>
    <message>
        <source>Save clean copies in:</source>
        <translation>Bereinigte Kopien speichern in:</translation>
    </message>
    <message>
        <source>Output folder</source>
        <translation>Zielordner</translation>
    </message>
    <message>
        <source>Choo&amp;se…</source>
        <translation>Ausw&amp;ählen…</translation>
    </message>
    <message>
        <source>Choose the output folder</source>
        <translation>Zielordner auswählen</translation>
    </message>
    <message>
        <source>Use &amp;default</source>
        <translation>Standard &amp;verwenden</translation>
    </message>
    <message>
        <source>Use the default output folder</source>
        <translation>Standard-Zielordner verwenden</translation>
    </message>
    <message>
        <source>The original files will be replaced.</source>
        <translation>Die Originaldateien werden ersetzt.</translation>
    </message>
    <message>
        <source>The folder “{name}” next to the originals, with the copies made so far.</source>
        <translation>Der Ordner „{name}“ neben den Originalen, mit den bisher erstellten Kopien.</translation>
    </message>
    <message>
        <source>A new folder next to the originals, named “{name}”.</source>
        <translation>Ein neuer Ordner neben den Originalen mit dem Namen „{name}“.</translation>
    </message>
</context>
<context>
    <name>QAbstractFileIconProvider</name>
    <message>
        <source>Drive</source>
        <translation>Laufwerk</translation>
    </message>
    <message>
        <source>Folder</source>
        <translation>Verzeichnis</translation>
    </message>
</context>
<context>
    <name>QFileDialog</name>
    <message>
        <source>%1
Directory not found.
Please verify the correct directory name was given.</source>
        <translation>%1
Das Verzeichnis konnte nicht gefunden werden.
Stellen Sie sicher, dass der Verzeichnisname richtig ist.</translation>
    </message>
    <message>
        <source>%1
File not found.
Please verify the correct file name was given.</source>
        <translation>%1
Die Datei konnte nicht gefunden werden.
Stellen Sie sicher, dass der Dateiname richtig ist.</translation>
    </message>
    <message>
        <source>&amp;Choose</source>
        <translation>&amp;Auswählen</translation>
    </message>
    <message>
        <source>&amp;Delete</source>
        <translation>&amp;Löschen</translation>
    </message>
    <message>
        <source>&amp;Look in:</source>
        <translation>&amp;Suchen in:</translation>
    </message>
    <message>
        <source>&amp;New Folder</source>
        <translation>&amp;Neues Verzeichnis</translation>
    </message>
    <message>
        <source>&amp;Open</source>
        <translation>&amp;Öffnen</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>Öffnen</translation>
    </message>
    <message>
        <source>&amp;Rename</source>
        <translation>&amp;Umbenennen</translation>
    </message>
    <message>
        <source>All Files (*)</source>
        <translation>Alle Dateien (*)</translation>
    </message>
    <message>
        <source>Are you sure you want to delete &apos;%1&apos;?</source>
        <translation>Sind Sie sicher, dass Sie &apos;%1&apos; löschen möchten?</translation>
    </message>
    <message>
        <source>Back</source>
        <translation>Zurück</translation>
    </message>
    <message>
        <source>Change to detail view mode</source>
        <translation>Wechsle zu Detailansicht</translation>
    </message>
    <message>
        <source>Change to list view mode</source>
        <translation>Wechsle zu Listenansicht</translation>
    </message>
    <message>
        <source>Create New Folder</source>
        <translation>Neuen Ordner erstellen</translation>
    </message>
    <message>
        <source>Create a New Folder</source>
        <translation>Neuen Ordner erstellen</translation>
    </message>
    <message>
        <source>Detail View</source>
        <translation>Details</translation>
    </message>
    <message>
        <source>Directories</source>
        <translation>Verzeichnisse</translation>
    </message>
    <message>
        <source>Directory:</source>
        <translation>Verzeichnis:</translation>
    </message>
    <message>
        <source>File &amp;name:</source>
        <translation>Datei&amp;name:</translation>
    </message>
    <message>
        <source>Files</source>
        <translation>Dateien</translation>
    </message>
    <message>
        <source>Files of &amp;type:</source>
        <translation>Dateien des &amp;Typs:</translation>
    </message>
    <message>
        <source>Forward</source>
        <translation>Vorwärts</translation>
    </message>
    <message>
        <source>Go back</source>
        <translation>Zurück</translation>
    </message>
    <message>
        <source>Go forward</source>
        <translation>Vor</translation>
    </message>
    <message>
        <source>Go to the parent directory</source>
        <translation>Gehe zum übergeordneten Verzeichnis</translation>
    </message>
    <message>
        <source>List View</source>
        <translation>Liste</translation>
    </message>
    <message>
        <source>List of places and bookmarks</source>
        <translation>Liste der Orte und Lesezeichen</translation>
    </message>
    <message>
        <source>Parent Directory</source>
        <translation>Übergeordnetes Verzeichnis</translation>
    </message>
    <message>
        <source>Show &amp;hidden files</source>
        <translation>&amp;Versteckte Dateien anzeigen</translation>
    </message>
    <message>
        <source>Show </source>
        <translation>Anzeigen </translation>
    </message>
    <message>
        <source>Sidebar</source>
        <translation>Seitenleiste</translation>
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
        <translation>Änderungsdatum</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>Size</source>
        <translation>Größe</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>Typ</translation>
    </message>
</context>
<context>
    <name>QLineEdit</name>
    <message>
        <source>&amp;Copy</source>
        <translation>&amp;Kopieren</translation>
    </message>
    <message>
        <source>&amp;Paste</source>
        <translation>Einf&amp;ügen</translation>
    </message>
    <message>
        <source>&amp;Redo</source>
        <translation>Wieder&amp;herstellen</translation>
    </message>
    <message>
        <source>&amp;Undo</source>
        <translation>&amp;Rückgängig</translation>
    </message>
    <message>
        <source>Cu&amp;t</source>
        <translation>&amp;Ausschneiden</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Löschen</translation>
    </message>
    <message>
        <source>Select All</source>
        <translation>Alles auswählen</translation>
    </message>
</context>
<context>
    <name>QMessageBox</name>
    <message>
        <source>Show Details...</source>
        <translation>Details einblenden...</translation>
    </message>
</context>
<context>
    <name>QPlatformTheme</name>
    <message>
        <source>&amp;No</source>
        <translation>&amp;Nein</translation>
    </message>
    <message>
        <source>&amp;Yes</source>
        <translation>&amp;Ja</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Abbrechen</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Schließen</translation>
    </message>
    <message>
        <source>OK</source>
        <translation>OK</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>Öffnen</translation>
    </message>
</context>
<context>
    <name>RedactionEditor</name>
    <message>
        <source>Press Esc again to close without your changes, or Enter to use them.</source>
        <translation>Drücke noch einmal Esc, um ohne deine Änderungen zu schließen, oder Enter, um sie zu verwenden.</translation>
    </message>
    <message>
        <source>Hide faces and areas — {name}</source>
        <translation>Gesichter und Bereiche verdecken – {name}</translation>
    </message>
    <message>
        <source>Select and move</source>
        <translation>Auswählen und verschieben</translation>
    </message>
    <message>
        <source>Rectangle</source>
        <translation>Rechteck</translation>
    </message>
    <message>
        <source>Ellipse</source>
        <translation>Ellipse</translation>
    </message>
    <message>
        <source>Brush</source>
        <translation>Pinsel</translation>
    </message>
    <message>
        <source>Add area</source>
        <translation>Bereich hinzufügen</translation>
    </message>
    <message>
        <source>Add an area in the middle of the view, to move with the arrow keys (N)</source>
        <translation>Einen Bereich in der Mitte der Ansicht hinzufügen, der sich mit den Pfeiltasten verschieben lässt (N)</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Löschen</translation>
    </message>
    <message>
        <source>Del</source>
        <translation>Entf</translation>
    </message>
    <message>
        <source>Undo</source>
        <translation>Rückgängig</translation>
    </message>
    <message>
        <source>Redo</source>
        <translation>Wiederholen</translation>
    </message>
    <message>
        <source>Zoom out</source>
        <translation>Verkleinern</translation>
    </message>
    <message>
        <source>Zoom in</source>
        <translation>Vergrößern</translation>
    </message>
    <message>
        <source>Fit</source>
        <translation>Einpassen</translation>
    </message>
    <message>
        <source>Preview</source>
        <translation>Vorschau</translation>
    </message>
    <message>
        <source>Show exactly what will be written (P)</source>
        <translation>Genau zeigen, was geschrieben wird (P)</translation>
    </message>
    <message>
        <source>Brush &amp;width</source>
        <translation>&amp;Pinselbreite</translation>
    </message>
    <message>
        <source>Brush width</source>
        <translation>Pinselbreite</translation>
    </message>
    <message>
        <source>Drawing tools</source>
        <translation>Zeichenwerkzeuge</translation>
    </message>
    <message>
        <source>Undo, zoom and preview</source>
        <translation>Rückgängig, Zoom und Vorschau</translation>
    </message>
    <message>
        <source>Photo</source>
        <translation>Foto</translation>
    </message>
    <message>
        <source>Draw areas to cover with the mouse or the keyboard. Ctrl and the mouse wheel zoom; hold Space to pan.</source>
        <translation>Zeichne die zu verdeckenden Bereiche mit der Maus oder der Tastatur. Strg und das Mausrad zoomen; halte die Leertaste gedrückt, um die Ansicht zu verschieben.</translation>
    </message>
    <message>
        <source>&amp;Areas to cover (untick to leave uncovered)</source>
        <translation>Zu verdeckende Ber&amp;eiche (Haken entfernen, um nicht zu verdecken)</translation>
    </message>
    <message>
        <source>Areas to cover</source>
        <translation>Zu verdeckende Bereiche</translation>
    </message>
    <message>
        <source>Automatic detection can miss faces — check every face yourself, including faces in mirrors, pictures and screens.</source>
        <translation>Die automatische Erkennung kann Gesichter übersehen – prüfe jedes Gesicht selbst, auch Gesichter in Spiegeln, auf Bildern und auf Bildschirmen.</translation>
    </message>
    <message>
        <source>Find &amp;small faces</source>
        <translation>&amp;Kleine Gesichter finden</translation>
    </message>
    <message>
        <source>Find small faces</source>
        <translation>Kleine Gesichter finden</translation>
    </message>
    <message>
        <source>Look again for small faces, for group photos (slower)</source>
        <translation>Noch einmal nach kleinen Gesichtern suchen, für Gruppenfotos (langsamer)</translation>
    </message>
    <message>
        <source>How to cover</source>
        <translation>Wie verdecken</translation>
    </message>
    <message>
        <source>Solid &amp;fill (safest)</source>
        <translation>&amp;Deckend füllen (am sichersten)</translation>
    </message>
    <message>
        <source>Strong &amp;mosaic</source>
        <translation>Starkes &amp;Mosaik</translation>
    </message>
    <message>
        <source>B&amp;lur (wiped first; a few average colours stay)</source>
        <translation>&amp;Unschärfe (Bereich wird zuerst gelöscht; einige Durchschnittsfarben bleiben)</translation>
    </message>
    <message>
        <source>Fill &amp;colour…</source>
        <translation>Füll&amp;farbe…</translation>
    </message>
    <message>
        <source>Fill colour</source>
        <translation>Füllfarbe</translation>
    </message>
    <message>
        <source>&amp;Use these areas</source>
        <translation>Diese Bereiche &amp;verwenden</translation>
    </message>
    <message>
        <source>Use these areas</source>
        <translation>Diese Bereiche verwenden</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Abbrechen</translation>
    </message>
    <message>
        <source>{action} ({key})</source>
        <translation>{action} ({key})</translation>
    </message>
    <message>
        <source>Keyboard: N adds an area, arrows move it (Shift: further), Ctrl+arrows resize it, [ and ] pick another, Delete removes it.</source>
        <translation>Tastatur: N fügt einen Bereich hinzu, Pfeiltasten verschieben ihn (Umschalt: weiter), Strg+Pfeiltasten ändern seine Größe, [ und ] wählen einen anderen, Entf entfernt ihn.</translation>
    </message>
    <message>
        <source>Face {n} (found automatically)</source>
        <translation>Gesicht {n} (automatisch gefunden)</translation>
    </message>
    <message>
        <source>Rectangle {n}</source>
        <translation>Rechteck {n}</translation>
    </message>
    <message>
        <source>Ellipse {n}</source>
        <translation>Ellipse {n}</translation>
    </message>
    <message>
        <source>Brush stroke {n}</source>
        <translation>Pinselstrich {n}</translation>
    </message>
    <message>
        <source>Shape {n}</source>
        <translation>Form {n}</translation>
    </message>
    <message>
        <source>Loading…</source>
        <translation>Wird geladen…</translation>
    </message>
    <message>
        <source>Making the preview…</source>
        <translation>Vorschau wird erstellt…</translation>
    </message>
    <message>
        <source>Preview: this is what will be written.</source>
        <translation>Vorschau: So wird es geschrieben.</translation>
    </message>
    <message>
        <source>Draw over anything that could identify you: faces, tattoos, marks.</source>
        <translation>Übermale alles, was dich erkennbar machen könnte: Gesichter, Tattoos, Male.</translation>
    </message>
    <message>
        <source>Looking for faces…</source>
        <translation>Gesichter werden gesucht…</translation>
    </message>
    <message>
        <source>Looking for small faces… this takes longer.</source>
        <translation>Kleine Gesichter werden gesucht… das dauert länger.</translation>
    </message>
    <message>
        <source>Face detection is not available ({reason}). Mark faces yourself.</source>
        <translation>Gesichtserkennung ist nicht verfügbar ({reason}). Markiere Gesichter selbst.</translation>
    </message>
    <message>
        <source>No faces were found automatically.</source>
        <translation>Es wurden keine Gesichter automatisch gefunden.</translation>
    </message>
    <message>
        <source>Faces found automatically: {count}.</source>
        <translation>Automatisch gefundene Gesichter: {count}.</translation>
    </message>
    <message>
        <source>its files are missing or damaged</source>
        <translation>ihre Dateien fehlen oder sind beschädigt</translation>
    </message>
    <message>
        <source>There is not enough memory to open this photo.</source>
        <translation>Es ist nicht genug Arbeitsspeicher frei, um dieses Foto zu öffnen.</translation>
    </message>
    <message>
        <source>The photo could not be opened.</source>
        <translation>Das Foto konnte nicht geöffnet werden.</translation>
    </message>
</context>
<context>
    <name>RunBar</name>
    <message>
        <source>Ca&amp;ncel</source>
        <translation>Abbre&amp;chen</translation>
    </message>
    <message>
        <source>Cancel cleaning</source>
        <translation>Bereinigen abbrechen</translation>
    </message>
    <message>
        <source>&amp;Clean</source>
        <translation>&amp;Bereinigen</translation>
    </message>
    <message>
        <source>Clean all files in the list</source>
        <translation>Alle Dateien in der Liste bereinigen</translation>
    </message>
    <message>
        <source>&amp;Open output folder</source>
        <translation>&amp;Zielordner öffnen</translation>
    </message>
    <message>
        <source>Open output folder</source>
        <translation>Zielordner öffnen</translation>
    </message>
    <message>
        <source>Write clean copies of all files (Ctrl+Enter)</source>
        <translation>Bereinigte Kopien aller Dateien erstellen (Strg+Eingabe)</translation>
    </message>
    <message>
        <source>Stop now; files not finished are left as they were (Esc)</source>
        <translation>Jetzt anhalten; nicht fertige Dateien bleiben, wie sie waren (Esc)</translation>
    </message>
    <message>
        <source>Cleaning progress</source>
        <translation>Fortschritt beim Bereinigen</translation>
    </message>
    <message>
        <source>%v of %m files</source>
        <translation>%v von %m Dateien</translation>
    </message>
    <message>
        <source>Summary</source>
        <translation>Zusammenfassung</translation>
    </message>
</context>
<context>
    <name>SafetyGuide</name>
    <message>
        <source>Why this matters</source>
        <translation>Warum das wichtig ist</translation>
    </message>
    <message>
        <source>Safety guide</source>
        <translation>Sicherheitsleitfaden</translation>
    </message>
    <message>
        <source>&amp;Close</source>
        <translation>&amp;Schließen</translation>
    </message>
    <message>
        <source>Close the safety guide</source>
        <translation>Sicherheitsleitfaden schließen</translation>
    </message>
    <message>
        <source>What your photos and files can give away</source>
        <translation>Was deine Fotos und Dateien verraten können</translation>
    </message>
    <message>
        <source>Photos from phones and cameras carry hidden details. Anyone who gets the file can read them:</source>
        <translation>Fotos von Handys und Kameras enthalten versteckte Angaben. Jede Person, die die Datei bekommt, kann sie lesen:</translation>
    </message>
    <message>
        <source>Where the photo was taken, often to within a few metres.</source>
        <translation>Wo das Foto aufgenommen wurde, oft auf wenige Meter genau.</translation>
    </message>
    <message>
        <source>Which phone or camera took it, sometimes with its serial number.</source>
        <translation>Welches Handy oder welche Kamera es aufgenommen hat, manchmal mit Seriennummer.</translation>
    </message>
    <message>
        <source>Your name, if it is set in the phone, camera or editing app.</source>
        <translation>Dein Name, wenn er im Handy, in der Kamera oder in der Bearbeitungs-App eingetragen ist.</translation>
    </message>
    <message>
        <source>The date and time it was taken.</source>
        <translation>Datum und Uhrzeit der Aufnahme.</translation>
    </message>
    <message>
        <source>A hidden small copy of the original photo. It can show what you cropped out or covered.</source>
        <translation>Eine versteckte kleine Kopie des Originalfotos. Sie kann zeigen, was du weggeschnitten oder verdeckt hast.</translation>
    </message>
    <message>
        <source>Scrubber removes these details from a copy of the file. Your original stays as it is, unless you choose to replace it.</source>
        <translation>Scrubber entfernt diese Angaben aus einer Kopie der Datei. Dein Original bleibt, wie es ist, außer du entscheidest dich, es zu ersetzen.</translation>
    </message>
    <message>
        <source>Documents such as PDF and Word files can hold the author&apos;s name, the computer&apos;s name and the editing history. Videos and voice recordings can hold the place and the device.</source>
        <translation>Dokumente wie PDF- und Word-Dateien können den Namen der verfassenden Person, den Namen des Computers und den Bearbeitungsverlauf enthalten. Videos und Sprachaufnahmen können den Ort und das Gerät enthalten.</translation>
    </message>
    <message>
        <source>If Scrubber says a file is not supported or could not be cleaned, do not share that file as it is.</source>
        <translation>Wenn Scrubber sagt, dass eine Datei nicht unterstützt wird oder nicht bereinigt werden konnte, teile diese Datei nicht so, wie sie ist.</translation>
    </message>
    <message>
        <source>Blur in other apps can be undone</source>
        <translation>Unschärfe aus anderen Apps lässt sich rückgängig machen</translation>
    </message>
    <message>
        <source>Blur and small pixelation made by other apps can be undone by software. Scrubber&apos;s blur and mosaic wipe the area first, but they still show its average colours.</source>
        <translation>Unschärfe und feine Verpixelung aus anderen Apps können von Software rückgängig gemacht werden. Unschärfe und Mosaik von Scrubber löschen den Bereich zuerst, zeigen aber noch seine Durchschnittsfarben.</translation>
    </message>
    <message>
        <source>To hide a face, a tattoo or anything else, use solid fill. Cover a little more than you think you need.</source>
        <translation>Um ein Gesicht, ein Tattoo oder anderes zu verbergen, nutze deckendes Füllen. Verdecke etwas mehr, als du für nötig hältst.</translation>
    </message>
    <message>
        <source>Your photos can be matched</source>
        <translation>Deine Fotos können zugeordnet werden</translation>
    </message>
    <message>
        <source>Reverse image search finds other places where the same photo, or one like it, is online.</source>
        <translation>Die umgekehrte Bildersuche findet andere Stellen im Netz, an denen dasselbe oder ein ähnliches Foto zu sehen ist.</translation>
    </message>
    <message>
        <source>Face recognition exists and is easy to use. A face, a tattoo or a room that people can recognise can link your ad photos to your personal accounts.</source>
        <translation>Gesichtserkennung gibt es und sie ist leicht zu benutzen. Ein Gesicht, ein Tattoo oder ein Zimmer, das jemand wiedererkennt, kann deine Anzeigenfotos mit deinen privaten Konten verbinden.</translation>
    </message>
    <message>
        <source>Search for your own ad photos now and then, with a reverse image search and a face search. Then you see where they turn up.</source>
        <translation>Suche ab und zu nach deinen eigenen Anzeigenfotos, mit einer umgekehrten Bildersuche und einer Gesichtersuche. So siehst du, wo sie auftauchen.</translation>
    </message>
    <message>
        <source>Tattoos, birthmarks, jewellery, nails, bedding and furniture can link your ads to each other. Cover them or change them.</source>
        <translation>Tattoos, Muttermale, Schmuck, Nägel, Bettwäsche und Möbel können deine Anzeigen miteinander verbinden. Verdecke oder verändere sie.</translation>
    </message>
    <message>
        <source>Each camera leaves a faint pattern in its photos that can link them to each other. The option “Weaken the camera fingerprint” makes it weaker, but does not remove it.</source>
        <translation>Jede Kamera hinterlässt in ihren Fotos ein schwaches Muster, über das sie einander zugeordnet werden können. Die Option „Kamera-Fingerabdruck abschwächen“ macht es schwächer, entfernt es aber nicht.</translation>
    </message>
    <message>
        <source>Tips from sex workers&apos; digital safety advice</source>
        <translation>Tipps aus Ratgebern zur digitalen Sicherheit für Sexarbeiter*innen</translation>
    </message>
    <message>
        <source>Keep work and personal life apart. Use a separate phone, email and accounts for work if you can.</source>
        <translation>Halte Arbeit und Privatleben getrennt. Nutze für die Arbeit wenn möglich ein eigenes Handy, eine eigene E-Mail-Adresse und eigene Konten.</translation>
    </message>
    <message>
        <source>Take ad photos with a different phone or camera. If you cannot, turn off location, Live Photos and Motion Photos in the camera before you take them.</source>
        <translation>Mach Anzeigenfotos mit einem anderen Handy oder einer anderen Kamera. Wenn das nicht geht, schalte vor der Aufnahme in der Kamera Standort, Live Photos und Bewegungsfotos aus.</translation>
    </message>
    <message>
        <source>Never use photos from your personal social media in ads, not even old ones.</source>
        <translation>Verwende nie Fotos aus deinen privaten sozialen Medien in Anzeigen, auch keine alten.</translation>
    </message>
    <message>
        <source>Cloud backups and shared albums keep your originals, with the place they were taken, and sort them by face. Keep work photos out of them.</source>
        <translation>Cloud-Backups und geteilte Alben behalten deine Originale mit dem Aufnahmeort und sortieren sie nach Gesichtern. Halte Arbeitsfotos von dort fern.</translation>
    </message>
    <message>
        <source>Clean last: after cropping and editing in other apps. Editing apps can add hidden data again.</source>
        <translation>Bereinige zuletzt: nach dem Zuschneiden und Bearbeiten in anderen Apps. Bearbeitungs-Apps können wieder versteckte Daten hinzufügen.</translation>
    </message>
    <message>
        <source>Screenshots can show your name, your number and your notifications. Check them before you share them.</source>
        <translation>Screenshots können deinen Namen, deine Nummer und deine Benachrichtigungen zeigen. Prüfe sie, bevor du sie teilst.</translation>
    </message>
    <message>
        <source>Check the background: letters, papers, photos on the wall, anything with a name or address.</source>
        <translation>Prüfe den Hintergrund: Briefe, Papiere, Fotos an der Wand, alles mit einem Namen oder einer Adresse.</translation>
    </message>
    <message>
        <source>Check mirrors and reflections: sunglasses, windows, screens and shiny surfaces.</source>
        <translation>Prüfe Spiegel und Spiegelungen: Sonnenbrillen, Fenster, Bildschirme und glänzende Flächen.</translation>
    </message>
    <message>
        <source>Check what can be seen through windows. Streets, signs and buildings can show where you are.</source>
        <translation>Prüfe, was durch Fenster zu sehen ist. Straßen, Schilder und Gebäude können zeigen, wo du bist.</translation>
    </message>
    <message>
        <source>Do not post the same photo on your personal and your work accounts.</source>
        <translation>Poste nicht dasselbe Foto auf deinen privaten und deinen Arbeitskonten.</translation>
    </message>
    <message>
        <source>Sending a photo “as a file” or by email keeps its hidden data. Send only the clean copy.</source>
        <translation>Wenn du ein Foto „als Datei“ oder per E-Mail schickst, bleiben seine versteckten Daten erhalten. Schick nur die bereinigte Kopie.</translation>
    </message>
    <message>
        <source>When you are done, delete the originals from Downloads and from shared folders.</source>
        <translation>Wenn du fertig bist, lösche die Originale aus „Downloads“ und aus geteilten Ordnern.</translation>
    </message>
    <message>
        <source>Before you post, open the clean copy and check it again.</source>
        <translation>Bevor du etwas postest, öffne die bereinigte Kopie und prüfe sie noch einmal.</translation>
    </message>
    <message>
        <source>What your computer may still keep</source>
        <translation>Was dein Computer vielleicht noch speichert</translation>
    </message>
    <message>
        <source>Scrubber keeps no list of the files you open, but your computer may:</source>
        <translation>Scrubber speichert keine Liste der Dateien, die du öffnest, aber dein Computer vielleicht schon:</translation>
    </message>
    <message>
        <source>small previews (thumbnails) made by the file manager or photo viewer;</source>
        <translation>kleine Vorschaubilder (Miniaturansichten), die der Dateimanager oder die Bildanzeige erstellt;</translation>
    </message>
    <message>
        <source>lists of recent files in other apps;</source>
        <translation>Listen der zuletzt verwendeten Dateien in anderen Apps;</translation>
    </message>
    <message>
        <source>the originals in Downloads, in the trash and in cloud backups.</source>
        <translation>die Originale in „Downloads“, im Papierkorb und in Cloud-Backups.</translation>
    </message>
    <message>
        <source>To clear them:</source>
        <translation>So löschst du sie:</translation>
    </message>
    <message>
        <source>Empty the trash.</source>
        <translation>Leere den Papierkorb.</translation>
    </message>
    <message>
        <source>Clear the recent files in your file manager.</source>
        <translation>Lösche die zuletzt verwendeten Dateien in deinem Dateimanager.</translation>
    </message>
    <message>
        <source>Delete the thumbnail cache. Linux: the .cache/thumbnails folder in your home folder. Windows: Disk Cleanup, then Thumbnails. macOS: restart the Mac.</source>
        <translation>Lösche den Zwischenspeicher für Miniaturansichten. Linux: der Ordner .cache/thumbnails in deinem Home-Ordner. Windows: Datenträgerbereinigung, dann Miniaturansichten. macOS: Starte den Mac neu.</translation>
    </message>
    <message>
        <source>Scrubber works offline</source>
        <translation>Scrubber funktioniert offline</translation>
    </message>
    <message>
        <source>Scrubber never connects to the internet. Your files stay on this computer.</source>
        <translation>Scrubber verbindet sich nie mit dem Internet. Deine Dateien bleiben auf diesem Computer.</translation>
    </message>
</context>
<context>
    <name>Summary</name>
    <message>
        <source>Cancelled.</source>
        <translation>Abgebrochen.</translation>
    </message>
    <message>
        <source>{n} cleaned.</source>
        <translation>{n} bereinigt.</translation>
    </message>
    <message>
        <source>{n} had nothing to remove.</source>
        <translation>Bei {n} gab es nichts zu entfernen.</translation>
    </message>
    <message>
        <source>{n} could not be cleaned.</source>
        <translation>{n} konnten nicht bereinigt werden.</translation>
    </message>
    <message>
        <source>{n} not done (cancelled).</source>
        <translation>{n} nicht erledigt (abgebrochen).</translation>
    </message>
    <message>
        <source>Nothing was cleaned.</source>
        <translation>Es wurde nichts bereinigt.</translation>
    </message>
    <message>
        <source>Clean copies are in: {folder}</source>
        <translation>Die bereinigten Kopien sind in: {folder}</translation>
    </message>
    <message>
        <source>{name}: {reason}</source>
        <translation>{name}: {reason}</translation>
    </message>
    <message>
        <source>…and {n} more: see the list.</source>
        <translation>…und {n} weitere: siehe Liste.</translation>
    </message>
</context>
<context>
    <name>messages</name>
    <message>
        <source>{metres} m above sea level</source>
        <translation>{metres} m über dem Meeresspiegel</translation>
    </message>
    <message>
        <source>{metres} m below sea level</source>
        <translation>{metres} m unter dem Meeresspiegel</translation>
    </message>
    <message>
        <source>{count} bytes of data</source>
        <translation>{count} Bytes an Daten</translation>
    </message>
    <message>
        <source>The file name shows when it was taken: {shown}</source>
        <translation>Der Dateiname zeigt, wann es aufgenommen wurde: {shown}</translation>
    </message>
    <message>
        <source>The file name shows the phone or camera that made it: {shown}</source>
        <translation>Der Dateiname zeigt, mit welchem Handy oder welcher Kamera es erstellt wurde: {shown}</translation>
    </message>
    <message>
        <source>The file name shows the app that made it: {apps}</source>
        <translation>Der Dateiname zeigt, mit welcher App es erstellt wurde: {apps}</translation>
    </message>
    <message>
        <source>{finding} (the name was kept)</source>
        <translation>{finding} (der Name wurde behalten)</translation>
    </message>
    <message>
        <source>The file cannot be found. Was it moved or deleted?</source>
        <translation>Die Datei wurde nicht gefunden. Wurde sie verschoben oder gelöscht?</translation>
    </message>
    <message>
        <source>This is not a normal file (it is a folder, a device or a pipe).</source>
        <translation>Das ist keine normale Datei (es ist ein Ordner, ein Gerät oder eine Pipe).</translation>
    </message>
    <message>
        <source>This is a folder, not a file.</source>
        <translation>Das ist ein Ordner, keine Datei.</translation>
    </message>
    <message>
        <source>The file is empty.</source>
        <translation>Die Datei ist leer.</translation>
    </message>
    <message>
        <source>The file cannot be read: {reason}</source>
        <translation>Die Datei kann nicht gelesen werden: {reason}</translation>
    </message>
    <message>
        <source>The file name says {format}, but the file cannot be read as {format}.</source>
        <translation>Laut Dateiname ist es {format}, aber die Datei kann nicht als {format} gelesen werden.</translation>
    </message>
    <message>
        <source>This type of file is not supported, so it was not cleaned.</source>
        <translation>Diese Art von Datei wird nicht unterstützt, deshalb wurde sie nicht bereinigt.</translation>
    </message>
    <message>
        <source>This is a link; it was not followed.</source>
        <translation>Das ist eine Verknüpfung; ihr wurde nicht gefolgt.</translation>
    </message>
    <message>
        <source>This file could not be read ({kind}).</source>
        <translation>Diese Datei konnte nicht gelesen werden ({kind}).</translation>
    </message>
    <message>
        <source>It holds documents inside documents, too many levels deep.</source>
        <translation>Sie enthält Dokumente in Dokumenten, über zu viele Ebenen verschachtelt.</translation>
    </message>
    <message>
        <source>There is not enough memory to read this file.</source>
        <translation>Es ist nicht genug Arbeitsspeicher frei, um diese Datei zu lesen.</translation>
    </message>
    <message>
        <source>There is not enough memory.</source>
        <translation>Es ist nicht genug Arbeitsspeicher frei.</translation>
    </message>
    <message>
        <source>A file could not be read or written: {reason}</source>
        <translation>Eine Datei konnte nicht gelesen oder geschrieben werden: {reason}</translation>
    </message>
    <message>
        <source>Unexpected error ({kind}). Nothing was written.</source>
        <translation>Unerwarteter Fehler ({kind}). Es wurde nichts geschrieben.</translation>
    </message>
    <message>
        <source>The copy would replace the original. Choose another name or folder.</source>
        <translation>Die Kopie würde das Original ersetzen. Wähle einen anderen Namen oder Ordner.</translation>
    </message>
    <message>
        <source>Replacing the original cannot change the file type. Save copies in a folder instead.</source>
        <translation>Beim Ersetzen des Originals kann sich der Dateityp nicht ändern. Speichere stattdessen Kopien in einem Ordner.</translation>
    </message>
    <message>
        <source>This file is a link. Save copies in a folder instead.</source>
        <translation>Diese Datei ist eine Verknüpfung. Speichere stattdessen Kopien in einem Ordner.</translation>
    </message>
    <message>
        <source>The clean copy could not be checked again, so it was deleted: {reason}</source>
        <translation>Die bereinigte Kopie konnte nicht erneut geprüft werden, deshalb wurde sie gelöscht: {reason}</translation>
    </message>
    <message>
        <source>The clean copy still held data ({left}), so it was deleted.</source>
        <translation>Die bereinigte Kopie enthielt noch Daten ({left}), deshalb wurde sie gelöscht.</translation>
    </message>
    <message>
        <source>The folder for the copies cannot be created: {reason}</source>
        <translation>Der Ordner für die Kopien kann nicht erstellt werden: {reason}</translation>
    </message>
    <message>
        <source>Nothing can be saved in the folder for the copies: {reason}</source>
        <translation>Im Ordner für die Kopien kann nichts gespeichert werden: {reason}</translation>
    </message>
    <message>
        <source>The copy could not be finished: {reason}</source>
        <translation>Die Kopie konnte nicht fertiggestellt werden: {reason}</translation>
    </message>
    <message>
        <source>The copies could not be saved to the disk: {reason}</source>
        <translation>Die Kopien konnten nicht auf dem Datenträger gespeichert werden: {reason}</translation>
    </message>
    <message>
        <source>No free name was found for the clean copy.</source>
        <translation>Für die bereinigte Kopie wurde kein freier Name gefunden.</translation>
    </message>
    <message>
        <source>The clean copy could not be saved: {reason}</source>
        <translation>Die bereinigte Kopie konnte nicht gespeichert werden: {reason}</translation>
    </message>
    <message>
        <source>The earlier copy could not be replaced: {reason}</source>
        <translation>Die frühere Kopie konnte nicht ersetzt werden: {reason}</translation>
    </message>
    <message>
        <source>This JPEG is damaged: its beginning is missing.</source>
        <translation>Dieses JPEG ist beschädigt: Sein Anfang fehlt.</translation>
    </message>
    <message>
        <source>This JPEG is damaged (a wrong length at byte {pos}).</source>
        <translation>Dieses JPEG ist beschädigt (eine falsche Länge bei Byte {pos}).</translation>
    </message>
    <message>
        <source>This JPEG is damaged: its picture does not end where it should.</source>
        <translation>Dieses JPEG ist beschädigt: Sein Bild endet nicht dort, wo es sollte.</translation>
    </message>
    <message>
        <source>This JPEG is damaged (a missing marker at byte {pos}).</source>
        <translation>Dieses JPEG ist beschädigt (eine fehlende Markierung bei Byte {pos}).</translation>
    </message>
    <message>
        <source>This JPEG is cut off before the picture starts.</source>
        <translation>Dieses JPEG bricht ab, bevor das Bild beginnt.</translation>
    </message>
    <message>
        <source>This JPEG is damaged: it has far too many parts.</source>
        <translation>Dieses JPEG ist beschädigt: Es hat viel zu viele Teile.</translation>
    </message>
    <message>
        <source>This rare kind of JPEG (hierarchical or JPEG-LS) is not supported.</source>
        <translation>Diese seltene Art von JPEG (hierarchisch oder JPEG-LS) wird nicht unterstützt.</translation>
    </message>
    <message>
        <source>This JPEG holds no picture.</source>
        <translation>Dieses JPEG enthält kein Bild.</translation>
    </message>
    <message>
        <source>This JPEG is damaged: its picture is not where the file says.</source>
        <translation>Dieses JPEG ist beschädigt: Sein Bild ist nicht dort, wo die Datei es angibt.</translation>
    </message>
    <message>
        <source>This JPEG is damaged: it holds more than one picture frame.</source>
        <translation>Dieses JPEG ist beschädigt: Es enthält mehr als ein Einzelbild.</translation>
    </message>
    <message>
        <source>This JPEG has other data hidden inside its picture, so it was not cleaned.</source>
        <translation>In diesem JPEG sind andere Daten im Bild versteckt, deshalb wurde es nicht bereinigt.</translation>
    </message>
    <message>
        <source>The colour profile is too large.</source>
        <translation>Das Farbprofil ist zu groß.</translation>
    </message>
    <message>
        <source>The picture is incomplete: the file was cut off.</source>
        <translation>Das Bild ist unvollständig: Die Datei wurde abgeschnitten.</translation>
    </message>
    <message>
        <source>This JPEG is damaged in places; the copy looks the same as the original did.</source>
        <translation>Dieses JPEG ist stellenweise beschädigt; die Kopie sieht genauso aus wie vorher das Original.</translation>
    </message>
    <message>
        <source>The GIF file was cut short; its complete frames were kept.</source>
        <translation>Die GIF-Datei war abgeschnitten; ihre vollständigen Einzelbilder wurden behalten.</translation>
    </message>
    <message>
        <source>The {format} picture was saved as PNG.</source>
        <translation>Das {format}-Bild wurde als PNG gespeichert.</translation>
    </message>
    <message>
        <source>Only the first frame of the animation was kept ({frames} in the file).</source>
        <translation>Nur das erste Bild der Animation wurde behalten ({frames} in der Datei).</translation>
    </message>
    <message>
        <source>Only the first page was kept ({frames} in the file).</source>
        <translation>Nur die erste Seite wurde behalten ({frames} in der Datei).</translation>
    </message>
    <message>
        <source>The picture was saved with 8 bits per colour (it had more).</source>
        <translation>Das Bild wurde mit 8 Bit pro Farbe gespeichert (es hatte mehr).</translation>
    </message>
    <message>
        <source>Colours may look slightly different ({mode} was turned into RGB).</source>
        <translation>Die Farben können etwas anders aussehen ({mode} wurde in RGB umgewandelt).</translation>
    </message>
    <message>
        <source>Transparent areas were filled with white (JPEG has no transparency).</source>
        <translation>Transparente Bereiche wurden weiß gefüllt (JPEG kennt keine Transparenz).</translation>
    </message>
    <message>
        <source>The form&apos;s XML layer was removed.</source>
        <translation>Die XML-Ebene des Formulars wurde entfernt.</translation>
    </message>
    <message>
        <source>A digital signature was removed.</source>
        <translation>Eine digitale Signatur wurde entfernt.</translation>
    </message>
    <message>
        <source>Embedded objects (files inside the document) were removed.</source>
        <translation>Eingebettete Objekte (Dateien im Dokument) wurden entfernt.</translation>
    </message>
    <message>
        <source>Pictures in drawing formats that cannot be checked (SVG, WMF…) were removed.</source>
        <translation>Bilder in Zeichenformaten, die nicht geprüft werden können (SVG, WMF…), wurden entfernt.</translation>
    </message>
    <message>
        <source>It is saved as {ext}: the same document without macros.</source>
        <translation>Es wird als {ext} gespeichert: dasselbe Dokument ohne Makros.</translation>
    </message>
    <message>
        <source>The animation keeps its rotation tag; its frames were not turned.</source>
        <translation>Die Animation behält ihre Angabe zur Drehung; ihre Einzelbilder wurden nicht gedreht.</translation>
    </message>
    <message>
        <source>This TIFF has {count} pages. Many viewers show only the first: check the others too.</source>
        <translation>Dieses TIFF hat {count} Seiten. Viele Programme zeigen nur die erste: Prüfe auch die anderen.</translation>
    </message>
    <message>
        <source>The TIFF keeps its orientation tag; its pixels were not turned.</source>
        <translation>Das TIFF behält seine Angabe zur Ausrichtung; seine Pixel wurden nicht gedreht.</translation>
    </message>
    <message>
        <source>Colours may look slightly different in the JPEG copy.</source>
        <translation>Die Farben können in der JPEG-Kopie etwas anders aussehen.</translation>
    </message>
    <message>
        <source>This PNG is cut off before the picture starts.</source>
        <translation>Dieses PNG bricht ab, bevor das Bild beginnt.</translation>
    </message>
    <message>
        <source>The file was cut off; the clean copy keeps the part that is there.</source>
        <translation>Die Datei war abgeschnitten; die bereinigte Kopie enthält den vorhandenen Teil.</translation>
    </message>
    <message>
        <source>The removed data said to turn the picture. Check that it is the right way up.</source>
        <translation>Die entfernten Daten gaben an, wie das Bild zu drehen ist. Prüfe, ob es richtig herum ist.</translation>
    </message>
    <message>
        <source>Viewers that do not play animations now show a blank picture instead of a hidden one.</source>
        <translation>Bildanzeigen, die keine Animationen abspielen, zeigen jetzt ein leeres Bild statt eines versteckten.</translation>
    </message>
    <message>
        <source>The sound was removed.</source>
        <translation>Der Ton wurde entfernt.</translation>
    </message>
    <message>
        <source>The clip had more than 8 bits per colour (HDR); the copy has 8, so colours may look flatter.</source>
        <translation>Der Clip hatte mehr als 8 Bit pro Farbe (HDR); die Kopie hat 8, daher können die Farben flacher wirken.</translation>
    </message>
    <message>
        <source>Its broken index was rebuilt the way PDF viewers do it. Check the clean copy.</source>
        <translation>Ihr beschädigter Index wurde so neu aufgebaut, wie PDF-Programme es tun. Prüfe die bereinigte Kopie.</translation>
    </message>
    <message>
        <source>It was locked against copying, printing or changes, but opens without a password. The clean copy has no lock.</source>
        <translation>Sie war gegen Kopieren, Drucken oder Ändern gesperrt, öffnet sich aber ohne Passwort. Die bereinigte Kopie hat keine Sperre.</translation>
    </message>
    <message>
        <source>Its attached files are locked with a password (the pages are not). The clean copy has no attachments.</source>
        <translation>Ihre angehängten Dateien sind mit einem Passwort gesperrt (die Seiten nicht). Die bereinigte Kopie hat keine Anhänge.</translation>
    </message>
    <message>
        <source>A cropped picture still held the part you cut away. It was removed.</source>
        <translation>Ein zugeschnittenes Bild enthielt noch den Teil, den du weggeschnitten hast. Er wurde entfernt.</translation>
    </message>
    <message>
        <source>Pages were turned into pictures: text can no longer be selected or searched.</source>
        <translation>Die Seiten wurden in Bilder umgewandelt: Text kann nicht mehr markiert oder durchsucht werden.</translation>
    </message>
    <message>
        <source>{count} layers of this PDF are hidden when it opens. They are kept in the copy; to leave them out, choose to turn PDF pages into pictures.</source>
        <translation>{count} Ebenen dieses PDF sind beim Öffnen ausgeblendet. Sie bleiben in der Kopie; um sie wegzulassen, wähle, PDF-Seiten in Bilder umzuwandeln.</translation>
    </message>
    <message>
        <source>1 layer of this PDF is hidden when it opens. It is kept in the copy; to leave it out, choose to turn PDF pages into pictures.</source>
        <translation>1 Ebene dieses PDF ist beim Öffnen ausgeblendet. Sie bleibt in der Kopie; um sie wegzulassen, wähle, PDF-Seiten in Bilder umzuwandeln.</translation>
    </message>
    <message>
        <source>There is text in white, unseen on a white page, on {count} pages. It is kept in the copy; to leave it out, choose to turn PDF pages into pictures.</source>
        <translation>Auf {count} Seiten steht weißer Text, der auf weißem Grund nicht zu sehen ist. Er bleibt in der Kopie; um ihn wegzulassen, wähle, PDF-Seiten in Bilder umzuwandeln.</translation>
    </message>
    <message>
        <source>There is text in white, unseen on a white page, on 1 page. It is kept in the copy; to leave it out, choose to turn PDF pages into pictures.</source>
        <translation>Auf 1 Seite steht weißer Text, der auf weißem Grund nicht zu sehen ist. Er bleibt in der Kopie; um ihn wegzulassen, wähle, PDF-Seiten in Bilder umzuwandeln.</translation>
    </message>
    <message>
        <source>There is text placed outside the page on {count} pages. It is kept in the copy; to leave it out, choose to turn PDF pages into pictures.</source>
        <translation>Auf {count} Seiten steht Text außerhalb der Seite. Er bleibt in der Kopie; um ihn wegzulassen, wähle, PDF-Seiten in Bilder umzuwandeln.</translation>
    </message>
    <message>
        <source>There is text placed outside the page on 1 page. It is kept in the copy; to leave it out, choose to turn PDF pages into pictures.</source>
        <translation>Auf 1 Seite steht Text außerhalb der Seite. Er bleibt in der Kopie; um ihn wegzulassen, wähle, PDF-Seiten in Bilder umzuwandeln.</translation>
    </message>
    <message>
        <source>Embedded fonts were removed.</source>
        <translation>Eingebettete Schriftarten wurden entfernt.</translation>
    </message>
    <message>
        <source>Videos and sounds were removed: they could not be checked.</source>
        <translation>Videos und Töne wurden entfernt: Sie konnten nicht geprüft werden.</translation>
    </message>
    <message>
        <source>Pictures in drawing formats that cannot be checked (EMF, WMF, SVG…) were removed.</source>
        <translation>Bilder in Zeichenformaten, die nicht geprüft werden können (EMF, WMF, SVG…), wurden entfernt.</translation>
    </message>
    <message>
        <source>The photo was saved again at high quality ({reason}).</source>
        <translation>Das Foto wurde in hoher Qualität neu gespeichert ({reason}).</translation>
    </message>
    <message>
        <source>The macros (programs) in this document were removed.</source>
        <translation>Die Makros (Programme) in diesem Dokument wurden entfernt.</translation>
    </message>
    <message>
        <source>This PDF asks for a password to open it. Remove the password first.</source>
        <translation>Dieses PDF verlangt zum Öffnen ein Passwort. Entferne zuerst das Passwort.</translation>
    </message>
    <message>
        <source>This PDF is damaged and cannot be cleaned safely.</source>
        <translation>Dieses PDF ist beschädigt und kann nicht sicher bereinigt werden.</translation>
    </message>
    <message>
        <source>This PDF is damaged and cannot be cleaned safely: its end is missing.</source>
        <translation>Dieses PDF ist beschädigt und kann nicht sicher bereinigt werden: Sein Ende fehlt.</translation>
    </message>
    <message>
        <source>This PDF is damaged (cut off, or parts of it are broken) and cannot be cleaned safely. Saving it again from a PDF viewer may repair it.</source>
        <translation>Dieses PDF ist beschädigt (abgeschnitten oder teilweise defekt) und kann nicht sicher bereinigt werden. Wenn du es in einem PDF-Programm neu speicherst, wird es vielleicht repariert.</translation>
    </message>
    <message>
        <source>This {format} picture is damaged and cannot be decoded: part of it is missing.</source>
        <translation>Dieses {format}-Bild ist beschädigt und kann nicht dekodiert werden: Ein Teil davon fehlt.</translation>
    </message>
    <message>
        <source>{count} slides are hidden. They are kept in the copy; to remove them, turn on removing hidden content.</source>
        <translation>{count} Folien sind ausgeblendet. Sie bleiben in der Kopie; um sie zu entfernen, schalte das Entfernen versteckter Inhalte ein.</translation>
    </message>
    <message>
        <source>1 slide is hidden. It is kept in the copy; to remove it, turn on removing hidden content.</source>
        <translation>1 Folie ist ausgeblendet. Sie bleibt in der Kopie; um sie zu entfernen, schalte das Entfernen versteckter Inhalte ein.</translation>
    </message>
    <message>
        <source>There are speaker notes on {count} slides. They are kept in the copy; to remove them, turn on removing speaker notes.</source>
        <translation>Auf {count} Folien gibt es Sprechernotizen. Sie bleiben in der Kopie; um sie zu entfernen, schalte das Entfernen von Sprechernotizen ein.</translation>
    </message>
    <message>
        <source>There are speaker notes on 1 slide. They are kept in the copy; to remove them, turn on removing speaker notes.</source>
        <translation>Auf einer Folie gibt es Sprechernotizen. Sie bleiben in der Kopie; um sie zu entfernen, schalte das Entfernen von Sprechernotizen ein.</translation>
    </message>
    <message>
        <source>{count} sheets are hidden. They are kept in the copy; to remove them, turn on removing hidden content.</source>
        <translation>{count} Tabellenblätter sind ausgeblendet. Sie bleiben in der Kopie; um sie zu entfernen, schalte das Entfernen versteckter Inhalte ein.</translation>
    </message>
    <message>
        <source>1 sheet is hidden. It is kept in the copy; to remove it, turn on removing hidden content.</source>
        <translation>1 Tabellenblatt ist ausgeblendet. Es bleibt in der Kopie; um es zu entfernen, schalte das Entfernen versteckter Inhalte ein.</translation>
    </message>
    <message>
        <source>There is hidden text in {count} places. It is kept in the copy; to remove it, turn on removing hidden content.</source>
        <translation>An {count} Stellen gibt es versteckten Text. Er bleibt in der Kopie; um ihn zu entfernen, schalte das Entfernen versteckter Inhalte ein.</translation>
    </message>
    <message>
        <source>There is hidden text in 1 place. It is kept in the copy; to remove it, turn on removing hidden content.</source>
        <translation>An einer Stelle gibt es versteckten Text. Er bleibt in der Kopie; um ihn zu entfernen, schalte das Entfernen versteckter Inhalte ein.</translation>
    </message>
    <message>
        <source>{count} sections are hidden. They are kept in the copy; to remove them, turn on removing hidden content.</source>
        <translation>{count} Abschnitte sind ausgeblendet. Sie bleiben in der Kopie; um sie zu entfernen, schalte das Entfernen versteckter Inhalte ein.</translation>
    </message>
    <message>
        <source>1 section is hidden. It is kept in the copy; to remove it, turn on removing hidden content.</source>
        <translation>1 Abschnitt ist ausgeblendet. Er bleibt in der Kopie; um ihn zu entfernen, schalte das Entfernen versteckter Inhalte ein.</translation>
    </message>
    <message>
        <source>A cropped photo still held the part you cut away. It was removed.</source>
        <translation>Ein zugeschnittenes Foto enthielt noch den Teil, den du weggeschnitten hast. Er wurde entfernt.</translation>
    </message>
    <message>
        <source>{count} cropped photos still held the parts you cut away. They were removed.</source>
        <translation>{count} zugeschnittene Fotos enthielten noch die Teile, die du weggeschnitten hast. Sie wurden entfernt.</translation>
    </message>
    <message>
        <source>The camera fingerprint was weakened, not removed. The picture was resized from {before} to {after} pixels.</source>
        <translation>Der Kamera-Fingerabdruck wurde abgeschwächt, nicht entfernt. Die Bildgröße wurde von {before} auf {after} Pixel geändert.</translation>
    </message>
    <message>
        <source>This document is protected by a password. Remove the password first.</source>
        <translation>Dieses Dokument ist mit einem Passwort geschützt. Entferne zuerst das Passwort.</translation>
    </message>
    <message>
        <source>This document is damaged: its contents cannot be unpacked.</source>
        <translation>Dieses Dokument ist beschädigt: Sein Inhalt kann nicht entpackt werden.</translation>
    </message>
    <message>
        <source>This document is damaged and cannot be read safely.</source>
        <translation>Dieses Dokument ist beschädigt und kann nicht sicher gelesen werden.</translation>
    </message>
    <message>
        <source>This TIFF file holds no picture.</source>
        <translation>Diese TIFF-Datei enthält kein Bild.</translation>
    </message>
    <message>
        <source>Camera RAW files are not supported. Export a TIFF or JPEG first.</source>
        <translation>RAW-Dateien von Kameras werden nicht unterstützt. Exportiere zuerst ein TIFF oder JPEG.</translation>
    </message>
    <message>
        <source>This TIFF file is damaged.</source>
        <translation>Diese TIFF-Datei ist beschädigt.</translation>
    </message>
    <message>
        <source>Old-style JPEG TIFF files are not supported. Convert them first.</source>
        <translation>TIFF-Dateien mit JPEG-Kompression im alten Stil werden nicht unterstützt. Wandle sie zuerst um.</translation>
    </message>
    <message>
        <source>This TIFF file is cut off or damaged.</source>
        <translation>Diese TIFF-Datei ist abgeschnitten oder beschädigt.</translation>
    </message>
    <message>
        <source>This {format} picture is encrypted.</source>
        <translation>Dieses {format}-Bild ist verschlüsselt.</translation>
    </message>
    <message>
        <source>This {format} picture is damaged and cannot be decoded.</source>
        <translation>Dieses {format}-Bild ist beschädigt und kann nicht dekodiert werden.</translation>
    </message>
    <message>
        <source>The description of this {format} picture is too large to check.</source>
        <translation>Die Beschreibung dieses {format}-Bilds ist zu groß, um sie zu prüfen.</translation>
    </message>
    <message>
        <source>{format} picture sequences and videos are not supported.</source>
        <translation>{format}-Bildfolgen und -Videos werden nicht unterstützt.</translation>
    </message>
    <message>
        <source>This {format} file has too many parts to check safely.</source>
        <translation>Diese {format}-Datei hat zu viele Teile, um sie sicher zu prüfen.</translation>
    </message>
    <message>
        <source>This picture is AVIF, not HEIC. Rename it to end in .avif.</source>
        <translation>Dieses Bild ist AVIF, nicht HEIC. Benenne es so um, dass es auf .avif endet.</translation>
    </message>
    <message>
        <source>The picture is too small to save as HEIC. Choose JPEG copies instead.</source>
        <translation>Das Bild ist zu klein, um es als HEIC zu speichern. Wähle stattdessen JPEG-Kopien.</translation>
    </message>
    <message>
        <source>The picture could not be saved as HEIC. Choose JPEG copies instead.</source>
        <translation>Das Bild konnte nicht als HEIC gespeichert werden. Wähle stattdessen JPEG-Kopien.</translation>
    </message>
    <message>
        <source>The picture is too large to process ({size} pixels).</source>
        <translation>Das Bild ist zu groß zum Verarbeiten ({size} Pixel).</translation>
    </message>
    <message>
        <source>This is not a valid PNG file.</source>
        <translation>Das ist keine gültige PNG-Datei.</translation>
    </message>
    <message>
        <source>This PNG file is damaged (a part of it is not valid).</source>
        <translation>Diese PNG-Datei ist beschädigt (ein Teil davon ist ungültig).</translation>
    </message>
    <message>
        <source>This PNG file is damaged: its beginning is missing.</source>
        <translation>Diese PNG-Datei ist beschädigt: Ihr Anfang fehlt.</translation>
    </message>
    <message>
        <source>This PDF is too complex to be checked safely.</source>
        <translation>Dieses PDF ist zu komplex, um es sicher zu prüfen.</translation>
    </message>
    <message>
        <source>This PDF has too many levels, one inside another, to be checked safely.</source>
        <translation>Dieses PDF ist über zu viele Ebenen ineinander verschachtelt, um es sicher zu prüfen.</translation>
    </message>
    <message>
        <source>The drawings in this PDF are put one inside another too many times to be checked safely.</source>
        <translation>Die Zeichnungen in diesem PDF sind zu oft ineinander verschachtelt, um sie sicher zu prüfen.</translation>
    </message>
    <message>
        <source>This PDF has too many parts ({count}) to be checked safely.</source>
        <translation>Dieses PDF hat zu viele Teile ({count}), um es sicher zu prüfen.</translation>
    </message>
    <message>
        <source>This PDF has too many pages ({count}) to turn them into pictures.</source>
        <translation>Dieses PDF hat zu viele Seiten ({count}), um sie in Bilder umzuwandeln.</translation>
    </message>
    <message>
        <source>This PDF could not be given a new document ID, so it was not cleaned.</source>
        <translation>Dieses PDF konnte keine neue Dokument-ID bekommen, deshalb wurde es nicht bereinigt.</translation>
    </message>
    <message>
        <source>This PDF could not be copied faithfully, so it was not cleaned.</source>
        <translation>Dieses PDF konnte nicht originalgetreu kopiert werden, deshalb wurde es nicht bereinigt.</translation>
    </message>
    <message>
        <source>A page of this PDF has pictures on it that cannot be checked. To clean this PDF, choose to turn PDF pages into pictures.</source>
        <translation>Auf einer Seite dieses PDF sind Bilder, die nicht geprüft werden können. Um dieses PDF zu bereinigen, wähle, PDF-Seiten in Bilder umzuwandeln.</translation>
    </message>
    <message>
        <source>A picture in this PDF is shown through a shape that hides part of it, and it cannot be cut exactly. To clean this PDF, choose to turn PDF pages into pictures.</source>
        <translation>Ein Bild in diesem PDF wird durch eine Form gezeigt, die einen Teil davon verdeckt, und es kann nicht genau zugeschnitten werden. Um dieses PDF zu bereinigen, wähle, PDF-Seiten in Bilder umzuwandeln.</translation>
    </message>
    <message>
        <source>A picture in this PDF has a hidden part, stored in a way that cannot be cut away. To clean this PDF, choose to turn PDF pages into pictures.</source>
        <translation>Ein Bild in diesem PDF hat einen versteckten Teil, der so gespeichert ist, dass er sich nicht wegschneiden lässt. Um dieses PDF zu bereinigen, wähle, PDF-Seiten in Bilder umzuwandeln.</translation>
    </message>
    <message>
        <source>A picture in this PDF has a hidden part and is too large to be cut. To clean this PDF, choose to turn PDF pages into pictures.</source>
        <translation>Ein Bild in diesem PDF hat einen versteckten Teil und ist zu groß, um es zuzuschneiden. Um dieses PDF zu bereinigen, wähle, PDF-Seiten in Bilder umzuwandeln.</translation>
    </message>
    <message>
        <source>A picture in this PDF is stored in a way that cannot be checked.</source>
        <translation>Ein Bild in diesem PDF ist so gespeichert, dass es nicht geprüft werden kann.</translation>
    </message>
    <message>
        <source>A picture drawn inside a page of this PDF is stored in a way that cannot be checked.</source>
        <translation>Ein in eine Seite dieses PDF gezeichnetes Bild ist so gespeichert, dass es nicht geprüft werden kann.</translation>
    </message>
    <message>
        <source>A colour profile in this PDF is stored in a way that cannot be checked.</source>
        <translation>Ein Farbprofil in diesem PDF ist so gespeichert, dass es nicht geprüft werden kann.</translation>
    </message>
    <message>
        <source>A picture drawn inside a page of this PDF could not be saved again without its hidden data.</source>
        <translation>Ein in eine Seite dieses PDF gezeichnetes Bild konnte nicht ohne seine versteckten Daten neu gespeichert werden.</translation>
    </message>
    <message>
        <source>A picture in this PDF is too large once unpacked (more than {mb} MB).</source>
        <translation>Ein Bild in diesem PDF ist entpackt zu groß (mehr als {mb} MB).</translation>
    </message>
    <message>
        <source>A picture drawn inside a page of this PDF is too large once unpacked (more than {mb} MB).</source>
        <translation>Ein in eine Seite dieses PDF gezeichnetes Bild ist entpackt zu groß (mehr als {mb} MB).</translation>
    </message>
    <message>
        <source>A page of this PDF is too large once unpacked (more than {mb} MB).</source>
        <translation>Eine Seite dieses PDF ist entpackt zu groß (mehr als {mb} MB).</translation>
    </message>
    <message>
        <source>A colour profile in this PDF is too large once unpacked (more than {mb} MB).</source>
        <translation>Ein Farbprofil in diesem PDF ist entpackt zu groß (mehr als {mb} MB).</translation>
    </message>
    <message>
        <source>A JPEG 2000 picture in this PDF has comments that cannot be removed.</source>
        <translation>Ein JPEG-2000-Bild in diesem PDF hat Kommentare, die nicht entfernt werden können.</translation>
    </message>
    <message>
        <source>There is a problem with a picture in this PDF. {problem}</source>
        <translation>Es gibt ein Problem mit einem Bild in diesem PDF. {problem}</translation>
    </message>
    <message>
        <source>There is a problem with a picture drawn inside a page of this PDF. {problem}</source>
        <translation>Es gibt ein Problem mit einem in eine Seite dieses PDF gezeichneten Bild. {problem}</translation>
    </message>
    <message>
        <source>Unpacked, this document would take more than {mb} MB: too much to be checked safely.</source>
        <translation>Entpackt würde dieses Dokument mehr als {mb} MB belegen: zu viel, um es sicher zu prüfen.</translation>
    </message>
    <message>
        <source>A part of this document ({part}) holds an XML declaration used in attacks, so it was not opened.</source>
        <translation>Ein Teil dieses Dokuments ({part}) enthält eine XML-Deklaration, wie sie bei Angriffen benutzt wird, deshalb wurde das Dokument nicht geöffnet.</translation>
    </message>
    <message>
        <source>There is a problem with a picture in this document ({part}). {problem}</source>
        <translation>Es gibt ein Problem mit einem Bild in diesem Dokument ({part}). {problem}</translation>
    </message>
    <message>
        <source>There is a problem with a document inside this document ({part}). {problem}</source>
        <translation>Es gibt ein Problem mit einem Dokument in diesem Dokument ({part}). {problem}</translation>
    </message>
    <message>
        <source>This document is packed in a way used to crash programs (a zip bomb), so it was not opened.</source>
        <translation>Dieses Dokument ist auf eine Art gepackt, mit der Programme zum Absturz gebracht werden (eine Zip-Bombe), deshalb wurde es nicht geöffnet.</translation>
    </message>
    <message>
        <source>This zip file is not an OpenDocument file.</source>
        <translation>Diese Zip-Datei ist keine OpenDocument-Datei.</translation>
    </message>
    <message>
        <source>This kind of OpenDocument file is not supported.</source>
        <translation>Diese Art von OpenDocument-Datei wird nicht unterstützt.</translation>
    </message>
    <message>
        <source>This zip file is not an Office document.</source>
        <translation>Diese Zip-Datei ist kein Office-Dokument.</translation>
    </message>
    <message>
        <source>This kind of Office document is not supported.</source>
        <translation>Diese Art von Office-Dokument wird nicht unterstützt.</translation>
    </message>
    <message>
        <source>This is an old-style Office file (.doc, .xls, .ppt) or a document protected by a password. Open it in Office and save it as .docx, .xlsx or .pptx, without a password.</source>
        <translation>Das ist eine Office-Datei im alten Format (.doc, .xls, .ppt) oder ein mit einem Passwort geschütztes Dokument. Öffne die Datei in Office und speichere sie als .docx, .xlsx oder .pptx, ohne Passwort.</translation>
    </message>
    <message>
        <source>This document is saved as Strict Open XML, which is not supported. Save it again as an ordinary .docx, .xlsx or .pptx file.</source>
        <translation>Dieses Dokument ist als Strict Open XML gespeichert, was nicht unterstützt wird. Speichere es neu als normale Datei im Format .docx, .xlsx oder .pptx.</translation>
    </message>
    <message>
        <source>Part of this document&apos;s text is stored inside it as a web page or in another format, which cannot be checked. Open it in Word and save it again.</source>
        <translation>Ein Teil des Textes dieses Dokuments ist darin als Webseite oder in einem anderen Format gespeichert und kann nicht geprüft werden. Öffne es in Word und speichere es neu.</translation>
    </message>
    <message>
        <source>The picture is too large to process.</source>
        <translation>Das Bild ist zu groß zum Verarbeiten.</translation>
    </message>
    <message>
        <source>A cropped picture in it is too large to cut safely.</source>
        <translation>Ein zugeschnittenes Bild darin ist zu groß, um es sicher zuzuschneiden.</translation>
    </message>
    <message>
        <source>Areas cannot be covered in {format} pictures.</source>
        <translation>In {format}-Bildern können keine Bereiche verdeckt werden.</translation>
    </message>
    <message>
        <source>{format} files are not video clips.</source>
        <translation>{format}-Dateien sind keine Videoclips.</translation>
    </message>
    <message>
        <source>Covering areas makes a new copy: the original is never changed. Save copies in a folder instead.</source>
        <translation>Beim Verdecken von Bereichen entsteht eine neue Kopie: Das Original wird nie verändert. Speichere stattdessen Kopien in einem Ordner.</translation>
    </message>
    <message>
        <source>This clip is turned by {degrees} degrees, which is not supported.</source>
        <translation>Dieser Clip ist um {degrees} Grad gedreht, was nicht unterstützt wird.</translation>
    </message>
    <message>
        <source>The clip is too large to process ({size} pixels).</source>
        <translation>Der Clip ist zu groß zum Verarbeiten ({size} Pixel).</translation>
    </message>
    <message>
        <source>This HEIF picture uses a kind of compression that is not supported ({code}).</source>
        <translation>Dieses HEIF-Bild nutzt eine Art der Kompression, die nicht unterstützt wird ({code}).</translation>
    </message>
    <message>
        <source>The picture could not be saved as AVIF.</source>
        <translation>Das Bild konnte nicht als AVIF gespeichert werden.</translation>
    </message>
    <message>
        <source>This {format} file is stored in pieces, as when it is streamed. This is not supported.</source>
        <translation>Diese {format}-Datei ist in Stücken gespeichert, wie beim Streamen. Das wird nicht unterstützt.</translation>
    </message>
    <message>
        <source>The header of this {format} file is split up or compressed. This is not supported.</source>
        <translation>Der Kopfteil dieser {format}-Datei ist aufgeteilt oder komprimiert. Das wird nicht unterstützt.</translation>
    </message>
    <message>
        <source>This {format} file plays sound or pictures stored in other files. This is not supported.</source>
        <translation>Diese {format}-Datei spielt Ton oder Bilder ab, die in anderen Dateien gespeichert sind. Das wird nicht unterstützt.</translation>
    </message>
    <message>
        <source>This {format} file is copy-protected, so it cannot be cleaned.</source>
        <translation>Diese {format}-Datei ist kopiergeschützt, deshalb kann sie nicht bereinigt werden.</translation>
    </message>
    <message>
        <source>This {format} file is too large to clean.</source>
        <translation>Diese {format}-Datei ist zu groß, um sie zu bereinigen.</translation>
    </message>
    <message>
        <source>The sound of this video is stored in a way that is not supported.</source>
        <translation>Der Ton dieses Videos ist auf eine Art gespeichert, die nicht unterstützt wird.</translation>
    </message>
    <message>
        <source>The sound of this video is in an old format that is not supported.</source>
        <translation>Der Ton dieses Videos hat ein altes Format, das nicht unterstützt wird.</translation>
    </message>
    <message>
        <source>This M4A file also holds video, chapters or text, which cannot be cleaned here.</source>
        <translation>Diese M4A-Datei enthält auch Video, Kapitel oder Text, die hier nicht bereinigt werden können.</translation>
    </message>
    <message>
        <source>This is copy-protected iTunes music. Its purchase record cannot be removed without breaking it.</source>
        <translation>Das ist kopiergeschützte iTunes-Musik. Ihr Kaufnachweis lässt sich nicht entfernen, ohne sie unbrauchbar zu machen.</translation>
    </message>
    <message>
        <source>This FLAC file starts with an ID3 tag, which FLAC players do not expect, so it was not cleaned.</source>
        <translation>Diese FLAC-Datei beginnt mit einem ID3-Tag, das FLAC-Player nicht erwarten, deshalb wurde sie nicht bereinigt.</translation>
    </message>
    <message>
        <source>Bare AAC sound files are not supported, only AAC inside M4A files.</source>
        <translation>Reine AAC-Tondateien werden nicht unterstützt, nur AAC in M4A-Dateien.</translation>
    </message>
    <message>
        <source>This Ogg file holds video or a kind of sound that cannot be cleaned. Only Vorbis and Opus are supported.</source>
        <translation>Diese Ogg-Datei enthält Video oder eine Art von Ton, die nicht bereinigt werden kann. Nur Vorbis und Opus werden unterstützt.</translation>
    </message>
    <message>
        <source>This PNG has a part that is not standard ({part}), so it was not cleaned.</source>
        <translation>Dieses PNG hat einen Teil, der nicht dem Standard entspricht ({part}), deshalb wurde es nicht bereinigt.</translation>
    </message>
    <message>
        <source>This animated PNG hides a still picture too large to replace, so it was not cleaned.</source>
        <translation>Dieses animierte PNG versteckt ein Standbild, das zu groß zum Ersetzen ist, deshalb wurde es nicht bereinigt.</translation>
    </message>
    <message>
        <source>This TIFF has more than {count} pages.</source>
        <translation>Dieses TIFF hat mehr als {count} Seiten.</translation>
    </message>
    <message>
        <source>This TIFF is damaged: its picture data adds up to more than the file.</source>
        <translation>Dieses TIFF ist beschädigt: Seine Bilddaten sind zusammen größer als die Datei.</translation>
    </message>
    <message>
        <source>The first page of this TIFF is only a preview. Such TIFF files are not supported.</source>
        <translation>Die erste Seite dieses TIFF ist nur eine Vorschau. Solche TIFF-Dateien werden nicht unterstützt.</translation>
    </message>
    <message>
        <source>The clean TIFF would be larger than 4 GB.</source>
        <translation>Das bereinigte TIFF wäre größer als 4 GB.</translation>
    </message>
    <message>
        <source>a crop hid part of the picture</source>
        <extracomment>Why the photo was saved again, in &quot;The photo was saved again at high quality ({reason}).&quot;</extracomment>
        <translation>ein Zuschnitt hat einen Teil des Bildes versteckt</translation>
    </message>
    <message>
        <source>colours under its see-through areas could hide a picture</source>
        <extracomment>Why the photo was saved again, in &quot;The photo was saved again at high quality ({reason}).&quot;</extracomment>
        <translation>Farben unter seinen durchsichtigen Bereichen könnten ein Bild verstecken</translation>
    </message>
    <message>
        <source>it is made of layers that can cover one another</source>
        <extracomment>Why the photo was saved again, in &quot;The photo was saved again at high quality ({reason}).&quot;</extracomment>
        <translation>es besteht aus Ebenen, die einander verdecken können</translation>
    </message>
    <message>
        <source>its tiles do not fit together in a regular grid</source>
        <extracomment>Why the photo was saved again, in &quot;The photo was saved again at high quality ({reason}).&quot;</extracomment>
        <translation>seine Kacheln fügen sich nicht zu einem regelmäßigen Raster zusammen</translation>
    </message>
    <message>
        <source>whole tiles of its picture were hidden</source>
        <extracomment>Why the photo was saved again, in &quot;The photo was saved again at high quality ({reason}).&quot;</extracomment>
        <translation>ganze Kacheln seines Bildes waren versteckt</translation>
    </message>
    <message>
        <source>its picture is stored in another file</source>
        <extracomment>Why the photo was saved again, in &quot;The photo was saved again at high quality ({reason}).&quot;</extracomment>
        <translation>sein Bild ist in einer anderen Datei gespeichert</translation>
    </message>
    <message>
        <source>its picture is built from data stored elsewhere in the file</source>
        <extracomment>Why the photo was saved again, in &quot;The photo was saved again at high quality ({reason}).&quot;</extracomment>
        <translation>sein Bild wird aus Daten gebildet, die an anderer Stelle in der Datei liegen</translation>
    </message>
    <message>
        <source>its picture data is not where it should be in the file</source>
        <extracomment>Why the photo was saved again, in &quot;The photo was saved again at high quality ({reason}).&quot;</extracomment>
        <translation>seine Bilddaten liegen nicht dort in der Datei, wo sie sein sollten</translation>
    </message>
</context>
<context>
    <name>plain</name>
    <message>
        <source>1 item</source>
        <translation>1 Eintrag</translation>
    </message>
    <message>
        <source>{count} items</source>
        <translation>{count} Einträge</translation>
    </message>
    <message>
        <source>in the file name: {shown}</source>
        <translation>im Dateinamen: {shown}</translation>
    </message>
    <message>
        <source>{values} and {count} more</source>
        <translation>{values} und {count} weitere</translation>
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
        <translation>{deg}° O</translation>
    </message>
    <message>
        <source>{deg}° W</source>
        <translation>{deg}° W</translation>
    </message>
    <message>
        <source>serial {number}</source>
        <translation>Seriennummer {number}</translation>
    </message>
</context>
<context>
    <name>words</name>
    <message>
        <source>location</source>
        <translation>Standort</translation>
    </message>
    <message>
        <source>phone/camera</source>
        <translation>Handy/Kamera</translation>
    </message>
    <message>
        <source>your name</source>
        <translation>dein Name</translation>
    </message>
    <message>
        <source>date</source>
        <translation>Datum</translation>
    </message>
    <message>
        <source>hidden extra image/video</source>
        <translation>verstecktes zusätzliches Bild/Video</translation>
    </message>
    <message>
        <source>editing history</source>
        <translation>Bearbeitungsverlauf</translation>
    </message>
    <message>
        <source>other hidden data</source>
        <translation>andere versteckte Daten</translation>
    </message>
    <message>
        <source>Reveals where it was taken or made</source>
        <translation>Verrät, wo es aufgenommen oder erstellt wurde</translation>
    </message>
    <message>
        <source>Identifies your phone or camera</source>
        <translation>Identifiziert dein Handy oder deine Kamera</translation>
    </message>
    <message>
        <source>Contains a name</source>
        <translation>Enthält einen Namen</translation>
    </message>
    <message>
        <source>Tells when it was taken or made</source>
        <translation>Verrät, wann es aufgenommen oder erstellt wurde</translation>
    </message>
    <message>
        <source>Hides an extra picture, video or file</source>
        <translation>Versteckt ein zusätzliches Bild, Video oder eine Datei</translation>
    </message>
    <message>
        <source>Shows editing history or the apps used</source>
        <translation>Zeigt den Bearbeitungsverlauf oder die benutzten Apps</translation>
    </message>
    <message>
        <source>Other hidden data</source>
        <translation>Andere versteckte Daten</translation>
    </message>
    <message>
        <source>Location</source>
        <translation>Standort</translation>
    </message>
    <message>
        <source>Phone or camera</source>
        <translation>Handy oder Kamera</translation>
    </message>
    <message>
        <source>Names</source>
        <translation>Namen</translation>
    </message>
    <message>
        <source>Date and time</source>
        <translation>Datum und Uhrzeit</translation>
    </message>
    <message>
        <source>Hidden extras</source>
        <translation>Versteckte Extras</translation>
    </message>
    <message>
        <source>Apps and editing</source>
        <translation>Apps und Bearbeitung</translation>
    </message>
    <message>
        <source>Other data</source>
        <translation>Andere Daten</translation>
    </message>
    <message>
        <source>Cleaned</source>
        <translation>Bereinigt</translation>
    </message>
    <message>
        <source>Nothing to remove</source>
        <translation>Nichts zu entfernen</translation>
    </message>
    <message>
        <source>Not supported</source>
        <translation>Nicht unterstützt</translation>
    </message>
    <message>
        <source>Could not be cleaned</source>
        <translation>Konnte nicht bereinigt werden</translation>
    </message>
    <message>
        <source>Cancelled</source>
        <translation>Abgebrochen</translation>
    </message>
    <message>
        <source>removed: {what}</source>
        <translation>entfernt: {what}</translation>
    </message>
    <message>
        <source>still in the copy: {what}</source>
        <translation>noch in der Kopie: {what}</translation>
    </message>
    <message>
        <source>This file is damaged or incomplete.</source>
        <translation>Diese Datei ist beschädigt oder unvollständig.</translation>
    </message>
    <message>
        <source>This type of file is not supported yet.</source>
        <translation>Diese Art von Datei wird noch nicht unterstützt.</translation>
    </message>
    <message>
        <source>This file cannot be found or is not a normal file.</source>
        <translation>Diese Datei wurde nicht gefunden oder ist keine normale Datei.</translation>
    </message>
    <message>
        <source>Scrubber cannot clean this file safely (for example it is too large or protected by a password).</source>
        <translation>Scrubber kann diese Datei nicht sicher bereinigen (zum Beispiel, weil sie zu groß oder mit einem Passwort geschützt ist).</translation>
    </message>
    <message>
        <source>The copy could not be written (is the disk full or the folder read-only?)</source>
        <translation>Die Kopie konnte nicht geschrieben werden (ist der Datenträger voll oder der Ordner schreibgeschützt?)</translation>
    </message>
    <message>
        <source>The copy still contained identifying data, so it was deleted.</source>
        <translation>Die Kopie enthielt noch Daten, die dich erkennbar machen, deshalb wurde sie gelöscht.</translation>
    </message>
    <message>
        <source>Not done: cleaning was cancelled.</source>
        <translation>Nicht erledigt: Das Bereinigen wurde abgebrochen.</translation>
    </message>
    <message>
        <source>The areas to cover do not fit this picture, so nothing was written.</source>
        <translation>Die zu verdeckenden Bereiche passen nicht zu diesem Bild, deshalb wurde nichts geschrieben.</translation>
    </message>
    <message>
        <source>Finding faces automatically does not work on this computer.</source>
        <translation>Das automatische Finden von Gesichtern funktioniert auf diesem Computer nicht.</translation>
    </message>
    <message>
        <source>Photos with areas to cover or a weakened camera fingerprint need a copy: turn off “Replace the originals”.</source>
        <translation>Fotos mit zu verdeckenden Bereichen oder abgeschwächtem Kamera-Fingerabdruck brauchen eine Kopie: Schalte „Originale ersetzen“ aus.</translation>
    </message>
    <message>
        <source>This is a link to another file or folder; it was not followed.</source>
        <translation>Das ist eine Verknüpfung zu einer anderen Datei oder einem anderen Ordner; ihr wurde nicht gefolgt.</translation>
    </message>
    <message>
        <source>There is not enough memory to clean this file.</source>
        <translation>Es ist nicht genug Arbeitsspeicher frei, um diese Datei zu bereinigen.</translation>
    </message>
    <message>
        <source>This file made Scrubber&apos;s reader crash (the file may be damaged). It was not cleaned.</source>
        <translation>Beim Lesen dieser Datei ist Scrubber abgestürzt (die Datei ist vielleicht beschädigt). Sie wurde nicht bereinigt.</translation>
    </message>
    <message>
        <source>Reading this file took far too long (it may be damaged), so it was stopped. It was not cleaned.</source>
        <translation>Das Lesen dieser Datei hat viel zu lange gedauert (sie ist vielleicht beschädigt) und wurde abgebrochen. Sie wurde nicht bereinigt.</translation>
    </message>
    <message>
        <source>Something went wrong in Scrubber with this file. Nothing was written.</source>
        <translation>In Scrubber ist bei dieser Datei etwas schiefgegangen. Es wurde nichts geschrieben.</translation>
    </message>
</context>
</TS>
