<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="fr_FR">
<context>
    <name>BatchModel</name>
    <message>
        <source>File</source>
        <translation>Fichier</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>Type</translation>
    </message>
    <message>
        <source>What it reveals</source>
        <translation>Ce qu’il révèle</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>État</translation>
    </message>
    <message>
        <source>nothing found</source>
        <translation>rien trouvé</translation>
    </message>
    <message>
        <source>Link: not followed</source>
        <translation>Lien&#xa0;: non suivi</translation>
    </message>
    <message>
        <source>Checking…</source>
        <translation>Vérification…</translation>
    </message>
    <message>
        <source>Not supported</source>
        <translation>Type non pris en charge</translation>
    </message>
    <message>
        <source>Could not be read</source>
        <translation>Illisible</translation>
    </message>
    <message>
        <source>Cleaning… {percent}%</source>
        <translation>Nettoyage… {percent}%</translation>
    </message>
    <message>
        <source>Cleaning…</source>
        <translation>Nettoyage…</translation>
    </message>
    <message>
        <source>Ready; areas to cover: {count}</source>
        <translation>Prêt&#xa0;; zones à masquer&#xa0;: {count}</translation>
    </message>
    <message>
        <source>Ready</source>
        <translation>Prêt</translation>
    </message>
</context>
<context>
    <name>ClipEditor</name>
    <message>
        <source>&amp;Time in the clip</source>
        <translation>Temps dans la &amp;vidéo</translation>
    </message>
    <message>
        <source>Time in the clip</source>
        <translation>Temps dans la vidéo</translation>
    </message>
    <message>
        <source>Frame of the clip</source>
        <translation>Image de la vidéo</translation>
    </message>
    <message>
        <source>From this f&amp;rame</source>
        <translation>À partir de cette &amp;image</translation>
    </message>
    <message>
        <source>The selected areas (or all) are covered from this frame on</source>
        <translation>Les zones choisies (ou toutes) sont masquées à partir de cette image</translation>
    </message>
    <message>
        <source>Until t&amp;his frame</source>
        <translation>&amp;Jusqu’à cette image</translation>
    </message>
    <message>
        <source>The selected areas (or all) are covered up to this frame</source>
        <translation>Les zones choisies (ou toutes) sont masquées jusqu’à cette image</translation>
    </message>
    <message>
        <source>Whole cli&amp;p</source>
        <translation>Toute la &amp;durée</translation>
    </message>
    <message>
        <source>The selected areas (or all) are covered in every frame</source>
        <translation>Les zones choisies (ou toutes) sont masquées dans chaque image</translation>
    </message>
    <message>
        <source>{name} ({start} to {end} s)</source>
        <translation>{name} (de {start} à {end} s)</translation>
    </message>
    <message>
        <source>Areas cover every frame of the clip. Faces move: to cover them in every frame, turn on “Cover the faces found in photos and clips” in the main window.</source>
        <translation>Les zones masquent toutes les images de la vidéo. Les visages bougent : pour les masquer dans chaque image, activez « Masquer les visages trouvés dans les photos et vidéos » dans la fenêtre principale.</translation>
    </message>
    <message>
        <source>Face detection is not available ({reason}).</source>
        <translation>La détection des visages n’est pas disponible ({reason}).</translation>
    </message>
    <message>
        <source>Looking for faces…</source>
        <translation>Recherche des visages…</translation>
    </message>
    <message>
        <source>Faces seen in this frame (dashed outlines): {count}.</source>
        <translation>Visages vus dans cette image (contours en pointillés) : {count}.</translation>
    </message>
</context>
<context>
    <name>DetailsPane</name>
    <message>
        <source>Details: {detail}</source>
        <translation>Détails&#xa0;: {detail}</translation>
    </message>
    <message>
        <source>Details of the selected file</source>
        <translation>Détails du fichier sélectionné</translation>
    </message>
    <message>
        <source>File type</source>
        <translation>Type de fichier</translation>
    </message>
    <message>
        <source>Before</source>
        <translation>Avant</translation>
    </message>
    <message>
        <source>After</source>
        <translation>Après</translation>
    </message>
    <message>
        <source>Picture before cleaning</source>
        <translation>Image avant nettoyage</translation>
    </message>
    <message>
        <source>Picture of the clean copy</source>
        <translation>Image de la copie nettoyée</translation>
    </message>
    <message>
        <source>Before: what the file gives away</source>
        <translation>Avant&#xa0;: ce que le fichier révèle</translation>
    </message>
    <message>
        <source>After: the clean copy</source>
        <translation>Après&#xa0;: la copie nettoyée</translation>
    </message>
    <message>
        <source>Something that could identify you is still in the copy. Do not post it. The list below shows what remains.</source>
        <translation>La copie contient encore quelque chose qui pourrait vous identifier. Ne la publiez pas. La liste ci-dessous montre ce qui reste.</translation>
    </message>
    <message>
        <source>Found in the file before cleaning</source>
        <translation>Trouvé dans le fichier avant nettoyage</translation>
    </message>
    <message>
        <source>The clean copy: what was removed and what remains</source>
        <translation>La copie nettoyée&#xa0;: ce qui a été retiré et ce qui reste</translation>
    </message>
    <message>
        <source>What</source>
        <translation>Quoi</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>Valeur</translation>
    </message>
    <message>
        <source>Select a file in the list to see what it gives away.</source>
        <translation>Sélectionnez un fichier dans la liste pour voir ce qu’il révèle.</translation>
    </message>
    <message>
        <source>Technical details: every tag and value</source>
        <translation>Détails techniques&#xa0;: chaque balise et sa valeur</translation>
    </message>
    <message>
        <source>Result</source>
        <translation>Résultat</translation>
    </message>
    <message>
        <source>Areas to cover</source>
        <translation>Zones à masquer</translation>
    </message>
    <message>
        <source>Details of the problem</source>
        <translation>Détails du problème</translation>
    </message>
    <message>
        <source>1 area will be covered</source>
        <translation>1 zone sera masquée</translation>
    </message>
    <message>
        <source>{count} areas will be covered</source>
        <translation>{count} zones seront masquées</translation>
    </message>
    <message>
        <source>Checking this file…</source>
        <translation>Vérification de ce fichier…</translation>
    </message>
    <message>
        <source>Nothing found that could identify you.</source>
        <translation>Rien trouvé qui pourrait vous identifier.</translation>
    </message>
    <message>
        <source>1 thing found that could identify you.</source>
        <translation>1 élément trouvé qui pourrait vous identifier.</translation>
    </message>
    <message>
        <source>{count} things found that could identify you.</source>
        <translation>{count} éléments trouvés qui pourraient vous identifier.</translation>
    </message>
    <message>
        <source>No clean copy can be made because the file could not be read.</source>
        <translation>Aucune copie nettoyée n’est possible, car le fichier n’a pas pu être lu.</translation>
    </message>
    <message>
        <source>Cleaning…</source>
        <translation>Nettoyage…</translation>
    </message>
    <message>
        <source>Not cleaned yet. Press Clean to make a safe copy.</source>
        <translation>Pas encore nettoyé. Appuyez sur Nettoyer pour faire une copie sûre.</translation>
    </message>
    <message>
        <source>Saved as: {name}</source>
        <translation>Enregistré sous&#xa0;: {name}</translation>
    </message>
    <message>
        <source>Faces found and covered: {count}. Check the picture of the copy.</source>
        <translation>Visages trouvés et masqués : {count}. Vérifiez l’image de la copie.</translation>
    </message>
    <message>
        <source>Checked again: nothing that could identify you was found.</source>
        <translation>Vérifié à nouveau&#xa0;: rien de ce qui pourrait vous identifier n’a été trouvé.</translation>
    </message>
    <message>
        <source>Still in the copy</source>
        <translation>Encore dans la copie</translation>
    </message>
    <message>
        <source>Removed</source>
        <translation>Retiré</translation>
    </message>
    <message>
        <source>still in the copy</source>
        <translation>encore dans la copie</translation>
    </message>
    <message>
        <source>removed</source>
        <translation>retiré</translation>
    </message>
    <message>
        <source>removed, not checked</source>
        <translation>retiré, non revérifié</translation>
    </message>
    <message>
        <source>What the clean copy no longer gives away</source>
        <translation>Ce que la copie nettoyée ne révèle plus</translation>
    </message>
    <message>
        <source>will be removed</source>
        <translation>sera retiré</translation>
    </message>
    <message>
        <source>not removed</source>
        <translation>non retiré</translation>
    </message>
    <message>
        <source>What the file gives away</source>
        <translation>Ce que le fichier révèle</translation>
    </message>
    <message>
        <source>kept</source>
        <translation>conservé</translation>
    </message>
    <message>
        <source>Good to know:</source>
        <translation>Bon à savoir&#xa0;:</translation>
    </message>
    <message>
        <source>which way up the photo is</source>
        <translation>le sens de la photo</translation>
    </message>
    <message>
        <source>a standard colour profile</source>
        <translation>un profil de couleur standard</translation>
    </message>
    <message>
        <source>harmless technical data</source>
        <translation>des données techniques sans risque</translation>
    </message>
    <message>
        <source>Hide technical details</source>
        <translation>Masquer les détails techniques</translation>
    </message>
    <message>
        <source>Show technical details</source>
        <translation>Afficher les détails techniques</translation>
    </message>
    <message>
        <source>Kept: needed to show the photo the right way up</source>
        <translation>Conservé&#xa0;: nécessaire pour afficher la photo dans le bon sens</translation>
    </message>
    <message>
        <source>Kept: a standard colour profile, so colours look right</source>
        <translation>Conservé&#xa0;: un profil de couleur standard, pour que les couleurs soient justes</translation>
    </message>
    <message>
        <source>Kept</source>
        <translation>Conservé</translation>
    </message>
    <message>
        <source>Loading preview…</source>
        <translation>Chargement de l’aperçu…</translation>
    </message>
    <message>
        <source>No preview for this kind of file</source>
        <translation>Pas d’aperçu pour ce type de fichier</translation>
    </message>
    <message>
        <source>This picture could not be read: the file may be damaged</source>
        <translation>Impossible de lire cette image&#xa0;: le fichier est peut-être endommagé</translation>
    </message>
    <message>
        <source>The clean copy will appear here</source>
        <translation>La copie nettoyée apparaîtra ici</translation>
    </message>
    <message>
        <source>No copy was made</source>
        <translation>Aucune copie n’a été faite</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>Scrubber: remove hidden data from photos</source>
        <translation>Scrubber&#xa0;: retirez les données cachées de vos photos</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Fichier</translation>
    </message>
    <message>
        <source>&amp;Language</source>
        <translation>&amp;Langue</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>Aid&amp;e</translation>
    </message>
    <message>
        <source>&amp;Add files…</source>
        <translation>&amp;Ajouter des fichiers…</translation>
    </message>
    <message>
        <source>Add fold&amp;er…</source>
        <translation>Ajouter un &amp;dossier…</translation>
    </message>
    <message>
        <source>Remo&amp;ve from list</source>
        <translation>&amp;Retirer de la liste</translation>
    </message>
    <message>
        <source>H&amp;ide faces and areas…</source>
        <translation>&amp;Masquer visages et zones…</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Quitter</translation>
    </message>
    <message>
        <source>&amp;Clean</source>
        <translation>&amp;Nettoyer</translation>
    </message>
    <message>
        <source>Ca&amp;ncel</source>
        <translation>Ann&amp;uler</translation>
    </message>
    <message>
        <source>&amp;Why this matters</source>
        <translation>&amp;Pourquoi c’est important</translation>
    </message>
    <message>
        <source>&amp;About Scrubber</source>
        <translation>À propos de &amp;Scrubber</translation>
    </message>
    <message>
        <source>Add files</source>
        <translation>Ajouter des fichiers</translation>
    </message>
    <message>
        <source>Add a folder</source>
        <translation>Ajouter un dossier</translation>
    </message>
    <message>
        <source>Why this matters</source>
        <translation>Pourquoi c’est important</translation>
    </message>
    <message>
        <source>Hide faces and areas</source>
        <translation>Masquer visages et zones</translation>
    </message>
    <message>
        <source>Remove the selected files</source>
        <translation>Retirer de la liste les fichiers sélectionnés</translation>
    </message>
    <message>
        <source>Clear the list</source>
        <translation>Vider la liste</translation>
    </message>
    <message>
        <source>or drop photos and folders onto the list below.</source>
        <translation>ou glissez des photos et des dossiers dans la liste ci-dessous.</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Langue</translation>
    </message>
    <message>
        <source>Files to clean</source>
        <translation>Fichiers à nettoyer</translation>
    </message>
    <message>
        <source>Drop photos or folders here.

Scrubber shows what each file gives away about you, then writes clean copies. Your originals are not changed.</source>
        <translation>Glissez des photos ou des dossiers ici.

Scrubber montre ce que chaque fichier révèle sur vous, puis enregistre des copies nettoyées. Vos originaux ne sont pas modifiés.</translation>
    </message>
    <message>
        <source>Details of the selected file</source>
        <translation>Détails du fichier sélectionné</translation>
    </message>
    <message>
        <source>Photos and pictures ({patterns})</source>
        <translation>Photos et images ({patterns})</translation>
    </message>
    <message>
        <source>Sound recordings ({patterns})</source>
        <translation>Enregistrements audio ({patterns})</translation>
    </message>
    <message>
        <source>Videos ({patterns})</source>
        <translation>Vidéos ({patterns})</translation>
    </message>
    <message>
        <source>Documents ({patterns})</source>
        <translation>Documents ({patterns})</translation>
    </message>
    <message>
        <source>Files Scrubber can clean ({patterns})</source>
        <translation>Fichiers que Scrubber peut nettoyer ({patterns})</translation>
    </message>
    <message>
        <source>All files (*)</source>
        <translation>Tous les fichiers (*)</translation>
    </message>
    <message>
        <source>Remo&amp;ve</source>
        <translation>&amp;Retirer</translation>
    </message>
    <message>
        <source>Clear lis&amp;t</source>
        <translation>&amp;Vider la liste</translation>
    </message>
    <message>
        <source>Cover faces, tattoos or anything else in the selected photo or clip (Enter)</source>
        <translation>Masquer les visages, tatouages ou autres détails de la photo ou vidéo sélectionnée (Entrée)</translation>
    </message>
    <message>
        <source>Language:</source>
        <translation>Langue&#xa0;:</translation>
    </message>
    <message>
        <source>Add files to clean</source>
        <translation>Ajouter des fichiers à nettoyer</translation>
    </message>
    <message>
        <source>Add a folder to clean</source>
        <translation>Ajouter un dossier à nettoyer</translation>
    </message>
    <message>
        <source>About Scrubber</source>
        <translation>À propos de Scrubber</translation>
    </message>
    <message>
        <source>Scrubber {version}

Removes hidden data from photos. Works offline: nothing is ever sent anywhere, and no list of your files is kept.</source>
        <translation>Scrubber {version}

Retire les données cachées des photos. Fonctionne hors ligne&#xa0;: rien n’est jamais envoyé nulle part, et aucune liste de vos fichiers n’est conservée.</translation>
    </message>
    <message>
        <source>Replace the original files?</source>
        <translation>Remplacer les fichiers originaux&#xa0;?</translation>
    </message>
    <message>
        <source>Your original files will be overwritten with the cleaned versions. This cannot be undone: the originals, with everything they contain, will be gone.

Photos with areas to cover still need a copy.

Replace the originals?</source>
        <translation>Vos fichiers originaux seront écrasés par les versions nettoyées. C’est irréversible&#xa0;: les originaux, avec tout ce qu’ils contiennent, auront disparu.

Les photos avec des zones à masquer ne peuvent pas être remplacées&#xa0;: il leur faut une copie.

Remplacer les originaux&#xa0;?</translation>
    </message>
    <message>
        <source>Choose where to save the clean copies</source>
        <translation>Choisissez où enregistrer les copies nettoyées</translation>
    </message>
    <message>
        <source>Every file in the list has been cleaned already.</source>
        <translation>Tous les fichiers de la liste ont déjà été nettoyés.</translation>
    </message>
    <message>
        <source>Cannot create the output folder</source>
        <translation>Impossible de créer le dossier de destination</translation>
    </message>
    <message>
        <source>The clean copies cannot be saved there ({reason}). Choose another folder with “Choose…”.</source>
        <translation>Impossible d’enregistrer les copies nettoyées à cet endroit ({reason}). Choisissez un autre dossier avec «&#xa0;Choisir…&#xa0;».</translation>
    </message>
    <message>
        <source>Cleaning…</source>
        <translation>Nettoyage…</translation>
    </message>
    <message>
        <source>Stopping: files being cleaned now are left as they were…</source>
        <translation>Arrêt&#xa0;: les fichiers en cours de nettoyage restent tels qu’ils étaient…</translation>
    </message>
</context>
<context>
    <name>OptionsBox</name>
    <message>
        <source>Options</source>
        <translation>Options</translation>
    </message>
    <message>
        <source>({count} on)</source>
        <translation>(activées&#xa0;: {count})</translation>
    </message>
    <message>
        <source>&amp;More options</source>
        <translation>Plus de ré&amp;glages</translation>
    </message>
    <message>
        <source>More options</source>
        <translation>Plus de réglages</translation>
    </message>
    <message>
        <source>Show or hide the options for the copies</source>
        <translation>Afficher ou masquer les réglages des copies</translation>
    </message>
    <message>
        <source>&amp;Give the copies random file names</source>
        <translation>Donner aux copies des noms de fichier au ha&amp;sard</translation>
    </message>
    <message>
        <source>File names from phones often contain the date and time the photo was taken.</source>
        <translation>Les noms de fichier des téléphones contiennent souvent la date et l’heure de la photo.</translation>
    </message>
    <message>
        <source>&amp;Keep file names that show the date or the phone</source>
        <translation>Garder les noms de fichiers qui montrent la date ou le t&amp;éléphone</translation>
    </message>
    <message>
        <source>Off: a copy of a file named like IMG_20240611_143207.jpg gets a name like photo-1f0c9a2e.jpg instead, so its name does not show when it was taken or with which phone.</source>
        <translation>Décoché&#xa0;: la copie d’un fichier nommé par exemple IMG_20240611_143207.jpg reçoit un nom comme photo-1f0c9a2e.jpg, pour que son nom ne montre ni quand elle a été prise ni avec quel téléphone.</translation>
    </message>
    <message>
        <source>Convert HEIC photos to &amp;JPEG</source>
        <translation>Convertir les photos HEIC en &amp;JPEG</translation>
    </message>
    <message>
        <source>Remove colour &amp;profiles (colours may shift slightly)</source>
        <translation>Retirer les profils de &amp;couleur (les couleurs peuvent légèrement changer)</translation>
    </message>
    <message>
        <source>T&amp;urn PDF pages into pictures (strongest; text can no longer be selected)</source>
        <translation>Transformer cha&amp;que page PDF en image (le plus sûr&#xa0;; texte non sélectionnable)</translation>
    </message>
    <message>
        <source>Removes everything hidden in a PDF&apos;s text and drawings too. The copy is larger and its text cannot be searched or copied.</source>
        <translation>Retire aussi tout ce qui se cache dans le texte et les dessins du PDF. La copie est plus lourde et son texte ne peut plus être cherché ni copié.</translation>
    </message>
    <message>
        <source>Cover the faces found in photos and clips (check each cop&amp;y)</source>
        <translation>Masquer les visages trouvés dans les photos et vidéos (vérifie&amp;z les copies)</translation>
    </message>
    <message>
        <source>Faces found automatically are covered in black in the copies. Detection can miss faces: look at each copy&apos;s picture in the details.</source>
        <translation>Les visages trouvés automatiquement sont masqués en noir dans les copies. La détection peut en manquer : regardez l’image de chaque copie dans les détails.</translation>
    </message>
    <message>
        <source>&amp;Quick face search (misses small faces)</source>
        <translation>Recherche rapide des visages (n’&amp;y voit pas les plus petits)</translation>
    </message>
    <message>
        <source>Faster, but faces smaller than about 60 pixels in a large photo are not found. Used here and in Hide faces and areas.</source>
        <translation>Plus rapide, mais les visages de moins de 60 pixels environ dans une grande photo ne sont pas trouvés. Utilisée ici et dans Masquer visages et zones.</translation>
    </message>
    <message>
        <source>Remove hidden slides, sheets and te&amp;xt, and speaker notes, from documents</source>
        <translation>Retirer diapositives, feuilles et te&amp;xte masqués, et notes de l’orateur, des documents</translation>
    </message>
    <message>
        <source>Documents can hold slides, sheets and text that are not shown, and notes only the speaker sees. Without this they are kept, and the summary says where they are.</source>
        <translation>Les documents peuvent contenir des diapositives, des feuilles et du texte non affichés, et des notes que seul l’orateur voit. Sans cette option, ils sont gardés, et le résumé dit où ils se trouvent.</translation>
    </message>
    <message>
        <source>Weaken the camera fingerprint in photos (saved again, a &amp;bit smaller)</source>
        <translation>Affai&amp;blir l’empreinte de l’appareil photo (photos réenregistrées, un peu plus petites)</translation>
    </message>
    <message>
        <source>Every camera leaves a faint pattern in its photos that can link them to each other. This softens each photo slightly and makes it 3% smaller: the pattern gets weaker, but it is not removed. Photos are saved again instead of copied unchanged.</source>
        <translation>Chaque appareil laisse dans ses photos un motif très léger qui peut les relier entre elles. Cette option adoucit un peu chaque photo et la réduit de 3&#xa0;%&#xa0;: le motif s’affaiblit, mais il ne disparaît pas. Les photos sont réenregistrées au lieu d’être copiées telles quelles.</translation>
    </message>
    <message>
        <source>&amp;Replace the originals (no copies; cannot be undone)</source>
        <translation>Remplacer les orig&amp;inaux (pas de copie&#xa0;; irréversible)</translation>
    </message>
</context>
<context>
    <name>OutputBox</name>
    <message>
        <source>Save clean copies in:</source>
        <translation>Enregistrer les copies nettoyées dans&#xa0;:</translation>
    </message>
    <message>
        <source>Output folder</source>
        <translation>Dossier de destination</translation>
    </message>
    <message>
        <source>Choo&amp;se…</source>
        <translation>C&amp;hoisir…</translation>
    </message>
    <message>
        <source>Choose the output folder</source>
        <translation>Choisir le dossier de destination</translation>
    </message>
    <message>
        <source>Use &amp;default</source>
        <translation>Par défau&amp;t</translation>
    </message>
    <message>
        <source>Use the default output folder</source>
        <translation>Utiliser le dossier de destination par défaut</translation>
    </message>
    <message>
        <source>The original files will be replaced.</source>
        <translation>Les fichiers originaux seront remplacés.</translation>
    </message>
    <message>
        <source>The folder “{name}” next to the originals, with the copies made so far.</source>
        <translation>Le dossier «&#xa0;{name}&#xa0;» à côté des originaux, avec les copies déjà faites.</translation>
    </message>
    <message>
        <source>A new folder next to the originals, named “{name}”.</source>
        <translation>Un nouveau dossier à côté des originaux, nommé «&#xa0;{name}&#xa0;».</translation>
    </message>
</context>
<context>
    <name>QAbstractFileIconProvider</name>
    <message>
        <source>Drive</source>
        <translation>Lecteur</translation>
    </message>
    <message>
        <source>Folder</source>
        <translation>Dossier</translation>
    </message>
</context>
<context>
    <name>QFileDialog</name>
    <message>
        <source>%1
Directory not found.
Please verify the correct directory name was given.</source>
        <translation>%1
Dossier introuvable.
Veuillez vérifier que le nom du dossier est correct.</translation>
    </message>
    <message>
        <source>%1
File not found.
Please verify the correct file name was given.</source>
        <translation>%1
Fichier introuvable.
Veuillez vérifier que le nom du fichier est correct.</translation>
    </message>
    <message>
        <source>&amp;Choose</source>
        <translation>&amp;Choisir</translation>
    </message>
    <message>
        <source>&amp;Delete</source>
        <translation>Suppri&amp;mer</translation>
    </message>
    <message>
        <source>&amp;Look in:</source>
        <translation>Regarder &amp;dans :</translation>
    </message>
    <message>
        <source>&amp;New Folder</source>
        <translation>&amp;Nouveau dossier</translation>
    </message>
    <message>
        <source>&amp;Open</source>
        <translation>&amp;Ouvrir</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>Ouvrir</translation>
    </message>
    <message>
        <source>&amp;Rename</source>
        <translation>&amp;Renommer</translation>
    </message>
    <message>
        <source>All Files (*)</source>
        <translation>Tous les fichiers (*)</translation>
    </message>
    <message>
        <source>Are you sure you want to delete &apos;%1&apos;?</source>
        <translation>Êtes-vous sûr de vouloir supprimer &quot;%1&quot;&#xa0;?</translation>
    </message>
    <message>
        <source>Back</source>
        <translation>Précédent</translation>
    </message>
    <message>
        <source>Change to detail view mode</source>
        <translation>Affichage la vue sous forme détaillée</translation>
    </message>
    <message>
        <source>Change to list view mode</source>
        <translation>Affiche la vue sous forme de liste</translation>
    </message>
    <message>
        <source>Create New Folder</source>
        <translation>Créer un nouveau dossier</translation>
    </message>
    <message>
        <source>Create a New Folder</source>
        <translation>Crée un nouveau dossier</translation>
    </message>
    <message>
        <source>Detail View</source>
        <translation>Vue détaillée</translation>
    </message>
    <message>
        <source>Directories</source>
        <translation>Dossiers</translation>
    </message>
    <message>
        <source>Directory:</source>
        <translation>Dossier&#xa0;:</translation>
    </message>
    <message>
        <source>File &amp;name:</source>
        <translation>&amp;Nom de fichier&#xa0;:</translation>
    </message>
    <message>
        <source>Files</source>
        <translation>Fichiers</translation>
    </message>
    <message>
        <source>Files of &amp;type:</source>
        <translation>Fichiers de &amp;type :</translation>
    </message>
    <message>
        <source>Forward</source>
        <translation>Suivant</translation>
    </message>
    <message>
        <source>Go back</source>
        <translation>Aller à l&apos;élément précédent</translation>
    </message>
    <message>
        <source>Go forward</source>
        <translation>Va à l&apos;élément suivant</translation>
    </message>
    <message>
        <source>Go to the parent directory</source>
        <translation>Va au dossier parent</translation>
    </message>
    <message>
        <source>List View</source>
        <translation>Vue en liste</translation>
    </message>
    <message>
        <source>List of places and bookmarks</source>
        <translation>Liste des emplacements et des favoris</translation>
    </message>
    <message>
        <source>Parent Directory</source>
        <translation>Dossier parent</translation>
    </message>
    <message>
        <source>Show &amp;hidden files</source>
        <translation>Afficher les fic&amp;hiers cachés</translation>
    </message>
    <message>
        <source>Show </source>
        <translation>Afficher </translation>
    </message>
    <message>
        <source>Sidebar</source>
        <translation>Barre latérale</translation>
    </message>
</context>
<context>
    <name>QFileSystemModel</name>
    <message>
        <source>Computer</source>
        <translation>Ordinateur</translation>
    </message>
    <message>
        <source>Date Modified</source>
        <translation>Dernière modification</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nom</translation>
    </message>
    <message>
        <source>Size</source>
        <translation>Taille</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>Type</translation>
    </message>
</context>
<context>
    <name>QLineEdit</name>
    <message>
        <source>&amp;Copy</source>
        <translation>Cop&amp;ier</translation>
    </message>
    <message>
        <source>&amp;Paste</source>
        <translation>Co&amp;ller</translation>
    </message>
    <message>
        <source>&amp;Redo</source>
        <translation>&amp;Rétablir</translation>
    </message>
    <message>
        <source>&amp;Undo</source>
        <translation>&amp;Annuler</translation>
    </message>
    <message>
        <source>Cu&amp;t</source>
        <translation>Co&amp;uper</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Supprimer</translation>
    </message>
    <message>
        <source>Select All</source>
        <translation>Tout sélectionner</translation>
    </message>
</context>
<context>
    <name>QMessageBox</name>
    <message>
        <source>Show Details...</source>
        <translation>Montrer les détails…</translation>
    </message>
</context>
<context>
    <name>QPlatformTheme</name>
    <message>
        <source>&amp;No</source>
        <translation>&amp;Non</translation>
    </message>
    <message>
        <source>&amp;Yes</source>
        <translation>&amp;Oui</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Annuler</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Fermer</translation>
    </message>
    <message>
        <source>OK</source>
        <translation>OK</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>Ouvrir</translation>
    </message>
</context>
<context>
    <name>RedactionEditor</name>
    <message>
        <source>Press Esc again to close without your changes, or Enter to use them.</source>
        <translation>Appuyez encore sur Échap pour fermer sans vos changements, ou sur Entrée pour les utiliser.</translation>
    </message>
    <message>
        <source>Hide faces and areas — {name}</source>
        <translation>Masquer visages et zones — {name}</translation>
    </message>
    <message>
        <source>Select and move</source>
        <translation>Sélectionner et déplacer</translation>
    </message>
    <message>
        <source>Rectangle</source>
        <translation>Rectangle</translation>
    </message>
    <message>
        <source>Ellipse</source>
        <translation>Ellipse</translation>
    </message>
    <message>
        <source>Brush</source>
        <translation>Pinceau</translation>
    </message>
    <message>
        <source>Add area</source>
        <translation>Ajouter une zone</translation>
    </message>
    <message>
        <source>Add an area in the middle of the view, to move with the arrow keys (N)</source>
        <translation>Ajoute une zone au milieu de la vue, à déplacer avec les flèches (N)</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Supprimer</translation>
    </message>
    <message>
        <source>Del</source>
        <translation>Suppr</translation>
    </message>
    <message>
        <source>Undo</source>
        <translation>Annuler</translation>
    </message>
    <message>
        <source>Redo</source>
        <translation>Rétablir</translation>
    </message>
    <message>
        <source>Zoom out</source>
        <translation>Dézoomer</translation>
    </message>
    <message>
        <source>Zoom in</source>
        <translation>Zoomer</translation>
    </message>
    <message>
        <source>Fit</source>
        <translation>Ajuster</translation>
    </message>
    <message>
        <source>Preview</source>
        <translation>Aperçu</translation>
    </message>
    <message>
        <source>Show exactly what will be written (P)</source>
        <translation>Montrer exactement ce qui sera enregistré (P)</translation>
    </message>
    <message>
        <source>Brush &amp;width</source>
        <translation>&amp;Taille du pinceau</translation>
    </message>
    <message>
        <source>Brush width</source>
        <translation>Taille du pinceau</translation>
    </message>
    <message>
        <source>Drawing tools</source>
        <translation>Outils de dessin</translation>
    </message>
    <message>
        <source>Undo, zoom and preview</source>
        <translation>Annuler, zoom et aperçu</translation>
    </message>
    <message>
        <source>Photo</source>
        <translation>Photo</translation>
    </message>
    <message>
        <source>Draw areas to cover with the mouse or the keyboard. Ctrl and the mouse wheel zoom; hold Space to pan.</source>
        <translation>Dessinez à la souris ou au clavier les zones à masquer. Ctrl et la molette zooment&#xa0;; maintenez Espace pour vous déplacer.</translation>
    </message>
    <message>
        <source>&amp;Areas to cover (untick to leave uncovered)</source>
        <translation>&amp;Zones à masquer (décochez pour laisser visible)</translation>
    </message>
    <message>
        <source>Areas to cover</source>
        <translation>Zones à masquer</translation>
    </message>
    <message>
        <source>Automatic detection can miss faces — check every face yourself, including faces in mirrors, pictures and screens.</source>
        <translation>La détection automatique peut manquer des visages — vérifiez vous-même chaque visage, y compris dans les miroirs, les tableaux et les écrans.</translation>
    </message>
    <message>
        <source>Find &amp;small faces</source>
        <translation>Chercher les &amp;petits visages</translation>
    </message>
    <message>
        <source>Find small faces</source>
        <translation>Chercher les petits visages</translation>
    </message>
    <message>
        <source>Look again for small faces, for group photos (slower)</source>
        <translation>Chercher à nouveau les petits visages, pour les photos de groupe (plus lent)</translation>
    </message>
    <message>
        <source>How to cover</source>
        <translation>Comment masquer</translation>
    </message>
    <message>
        <source>Solid &amp;fill (safest)</source>
        <translation>&amp;Aplat opaque (le plus sûr)</translation>
    </message>
    <message>
        <source>Strong &amp;mosaic</source>
        <translation>&amp;Mosaïque forte</translation>
    </message>
    <message>
        <source>B&amp;lur (wiped first; a few average colours stay)</source>
        <translation>&amp;Flou (la zone est d’abord effacée&#xa0;; quelques couleurs moyennes restent)</translation>
    </message>
    <message>
        <source>Fill &amp;colour…</source>
        <translation>&amp;Couleur de l’aplat…</translation>
    </message>
    <message>
        <source>Fill colour</source>
        <translation>Couleur de l’aplat</translation>
    </message>
    <message>
        <source>&amp;Use these areas</source>
        <translation>&amp;Utiliser ces zones</translation>
    </message>
    <message>
        <source>Use these areas</source>
        <translation>Utiliser ces zones</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Annuler</translation>
    </message>
    <message>
        <source>{action} ({key})</source>
        <translation>{action} ({key})</translation>
    </message>
    <message>
        <source>Keyboard: N adds an area, arrows move it (Shift: further), Ctrl+arrows resize it, [ and ] pick another, Delete removes it.</source>
        <translation>Clavier&#xa0;: N ajoute une zone, les flèches la déplacent (Maj&#xa0;: plus loin), Ctrl+flèches la redimensionnent, [ et ] en choisissent une autre, Suppr la supprime.</translation>
    </message>
    <message>
        <source>Face {n} (found automatically)</source>
        <translation>Visage {n} (trouvé automatiquement)</translation>
    </message>
    <message>
        <source>Rectangle {n}</source>
        <translation>Rectangle {n}</translation>
    </message>
    <message>
        <source>Ellipse {n}</source>
        <translation>Ellipse {n}</translation>
    </message>
    <message>
        <source>Brush stroke {n}</source>
        <translation>Trait de pinceau {n}</translation>
    </message>
    <message>
        <source>Shape {n}</source>
        <translation>Forme {n}</translation>
    </message>
    <message>
        <source>Loading…</source>
        <translation>Chargement…</translation>
    </message>
    <message>
        <source>Making the preview…</source>
        <translation>Préparation de l’aperçu…</translation>
    </message>
    <message>
        <source>Preview: this is what will be written.</source>
        <translation>Aperçu&#xa0;: voici ce qui sera enregistré.</translation>
    </message>
    <message>
        <source>Draw over anything that could identify you: faces, tattoos, marks.</source>
        <translation>Dessinez sur tout ce qui pourrait vous identifier&#xa0;: visages, tatouages, signes particuliers.</translation>
    </message>
    <message>
        <source>Looking for faces…</source>
        <translation>Recherche des visages…</translation>
    </message>
    <message>
        <source>Looking for small faces… this takes longer.</source>
        <translation>Recherche des petits visages… cela prend plus de temps.</translation>
    </message>
    <message>
        <source>Face detection is not available ({reason}). Mark faces yourself.</source>
        <translation>La détection des visages n’est pas disponible ({reason}). Marquez les visages vous-même.</translation>
    </message>
    <message>
        <source>No faces were found automatically.</source>
        <translation>Aucun visage n’a été trouvé automatiquement.</translation>
    </message>
    <message>
        <source>Faces found automatically: {count}.</source>
        <translation>Visages trouvés automatiquement&#xa0;: {count}.</translation>
    </message>
    <message>
        <source>its files are missing or damaged</source>
        <translation>ses fichiers manquent ou sont endommagés</translation>
    </message>
    <message>
        <source>There is not enough memory to open this photo.</source>
        <translation>Pas assez de mémoire pour ouvrir cette photo.</translation>
    </message>
    <message>
        <source>The photo could not be opened.</source>
        <translation>Impossible d’ouvrir la photo.</translation>
    </message>
</context>
<context>
    <name>RunBar</name>
    <message>
        <source>Ca&amp;ncel</source>
        <translation>Ann&amp;uler</translation>
    </message>
    <message>
        <source>Cancel cleaning</source>
        <translation>Annuler le nettoyage</translation>
    </message>
    <message>
        <source>&amp;Clean</source>
        <translation>&amp;Nettoyer</translation>
    </message>
    <message>
        <source>Clean all files in the list</source>
        <translation>Nettoyer tous les fichiers de la liste</translation>
    </message>
    <message>
        <source>&amp;Open output folder</source>
        <translation>&amp;Ouvrir le dossier de destination</translation>
    </message>
    <message>
        <source>Open output folder</source>
        <translation>Ouvrir le dossier de destination</translation>
    </message>
    <message>
        <source>Write clean copies of all files (Ctrl+Enter)</source>
        <translation>Enregistrer des copies nettoyées de tous les fichiers (Ctrl+Entrée)</translation>
    </message>
    <message>
        <source>Stop now; files not finished are left as they were (Esc)</source>
        <translation>Arrêter maintenant&#xa0;; les fichiers non terminés restent tels qu’ils étaient (Échap)</translation>
    </message>
    <message>
        <source>Cleaning progress</source>
        <translation>Progression du nettoyage</translation>
    </message>
    <message>
        <source>%v of %m files</source>
        <translation>%v fichiers sur %m</translation>
    </message>
    <message>
        <source>Summary</source>
        <translation>Bilan</translation>
    </message>
</context>
<context>
    <name>SafetyGuide</name>
    <message>
        <source>Why this matters</source>
        <translation>Pourquoi c’est important</translation>
    </message>
    <message>
        <source>Safety guide</source>
        <translation>Guide de sécurité</translation>
    </message>
    <message>
        <source>&amp;Close</source>
        <translation>&amp;Fermer</translation>
    </message>
    <message>
        <source>Close the safety guide</source>
        <translation>Fermer le guide de sécurité</translation>
    </message>
    <message>
        <source>What your photos and files can give away</source>
        <translation>Ce que vos photos et fichiers peuvent révéler</translation>
    </message>
    <message>
        <source>Photos from phones and cameras carry hidden details. Anyone who gets the file can read them:</source>
        <translation>Les photos prises avec un téléphone ou un appareil photo contiennent des informations cachées. Toute personne qui obtient le fichier peut les lire&#xa0;:</translation>
    </message>
    <message>
        <source>Where the photo was taken, often to within a few metres.</source>
        <translation>L’endroit où la photo a été prise, souvent à quelques mètres près.</translation>
    </message>
    <message>
        <source>Which phone or camera took it, sometimes with its serial number.</source>
        <translation>Le téléphone ou l’appareil qui l’a prise, parfois avec son numéro de série.</translation>
    </message>
    <message>
        <source>Your name, if it is set in the phone, camera or editing app.</source>
        <translation>Votre nom, s’il est enregistré dans le téléphone, l’appareil ou l’application de retouche.</translation>
    </message>
    <message>
        <source>The date and time it was taken.</source>
        <translation>La date et l’heure de la prise de vue.</translation>
    </message>
    <message>
        <source>A hidden small copy of the original photo. It can show what you cropped out or covered.</source>
        <translation>Une petite copie cachée de la photo d’origine. Elle peut montrer ce que vous avez recadré ou masqué.</translation>
    </message>
    <message>
        <source>Scrubber removes these details from a copy of the file. Your original stays as it is, unless you choose to replace it.</source>
        <translation>Scrubber retire ces informations d’une copie du fichier. Votre original reste tel quel, sauf si vous choisissez de le remplacer.</translation>
    </message>
    <message>
        <source>Documents such as PDF and Word files can hold the author&apos;s name, the computer&apos;s name and the editing history. Videos and voice recordings can hold the place and the device.</source>
        <translation>Les documents, comme les fichiers PDF et Word, peuvent contenir le nom de la personne qui les a écrits, le nom de l’ordinateur et l’historique des modifications. Les vidéos et les enregistrements vocaux peuvent contenir le lieu et l’appareil.</translation>
    </message>
    <message>
        <source>If Scrubber says a file is not supported or could not be cleaned, do not share that file as it is.</source>
        <translation>Si Scrubber indique qu’un fichier n’est pas pris en charge ou n’a pas pu être nettoyé, ne partagez pas ce fichier tel quel.</translation>
    </message>
    <message>
        <source>Blur in other apps can be undone</source>
        <translation>Le flou d’autres applications peut être annulé</translation>
    </message>
    <message>
        <source>Blur and small pixelation made by other apps can be undone by software. Scrubber&apos;s blur and mosaic wipe the area first, but they still show its average colours.</source>
        <translation>Un logiciel peut annuler le flou et une pixellisation fine faits avec d’autres applications. Le flou et la mosaïque de Scrubber effacent d’abord la zone, mais ils montrent encore ses couleurs moyennes.</translation>
    </message>
    <message>
        <source>Take ad photos with a different phone or camera. If you cannot, turn off location, Live Photos and Motion Photos in the camera before you take them.</source>
        <translation>Prenez les photos d’annonce avec un autre téléphone ou appareil photo. Sinon, avant la prise de vue, désactivez dans l’appareil photo la localisation, les Live Photos et les photos animées.</translation>
    </message>
    <message>
        <source>Never use photos from your personal social media in ads, not even old ones.</source>
        <translation>N’utilisez jamais dans vos annonces des photos de vos réseaux sociaux personnels, même anciennes.</translation>
    </message>
    <message>
        <source>Cloud backups and shared albums keep your originals, with the place they were taken, and sort them by face. Keep work photos out of them.</source>
        <translation>Les sauvegardes dans le cloud et les albums partagés gardent vos originaux, avec le lieu de la prise de vue, et les classent par visage. N’y mettez pas vos photos de travail.</translation>
    </message>
    <message>
        <source>Clean last: after cropping and editing in other apps. Editing apps can add hidden data again.</source>
        <translation>Nettoyez en dernier&#xa0;: après avoir recadré et retouché dans d’autres applications. Les applications de retouche peuvent rajouter des données cachées.</translation>
    </message>
    <message>
        <source>Screenshots can show your name, your number and your notifications. Check them before you share them.</source>
        <translation>Les captures d’écran peuvent montrer votre nom, votre numéro et vos notifications. Vérifiez-les avant de les partager.</translation>
    </message>
    <message>
        <source>To hide a face, a tattoo or anything else, use solid fill. Cover a little more than you think you need.</source>
        <translation>Pour cacher un visage, un tatouage ou autre chose, utilisez un aplat opaque. Masquez un peu plus large que nécessaire.</translation>
    </message>
    <message>
        <source>Your photos can be matched</source>
        <translation>Vos photos peuvent être retrouvées</translation>
    </message>
    <message>
        <source>Reverse image search finds other places where the same photo, or one like it, is online.</source>
        <translation>La recherche d’image inversée trouve les autres endroits en ligne où se trouve la même photo, ou une photo semblable.</translation>
    </message>
    <message>
        <source>Face recognition exists and is easy to use. A face, a tattoo or a room that people can recognise can link your ad photos to your personal accounts.</source>
        <translation>La reconnaissance faciale existe et elle est facile à utiliser. Un visage, un tatouage ou une pièce reconnaissable peut relier les photos de vos annonces à vos comptes personnels.</translation>
    </message>
    <message>
        <source>Search for your own ad photos now and then, with a reverse image search and a face search. Then you see where they turn up.</source>
        <translation>De temps en temps, cherchez vos propres photos d’annonce avec une recherche d’image inversée et une recherche de visage. Vous voyez ainsi où elles apparaissent.</translation>
    </message>
    <message>
        <source>Tattoos, birthmarks, jewellery, nails, bedding and furniture can link your ads to each other. Cover them or change them.</source>
        <translation>Les tatouages, les taches de naissance, les bijoux, les ongles, le linge de lit et les meubles peuvent relier vos annonces entre elles. Cachez-les ou changez-les.</translation>
    </message>
    <message>
        <source>Each camera leaves a faint pattern in its photos that can link them to each other. The option “Weaken the camera fingerprint” makes it weaker, but does not remove it.</source>
        <translation>Chaque appareil laisse dans ses photos un motif très léger qui peut les relier entre elles. L’option «&#xa0;Affaiblir l’empreinte de l’appareil photo&#xa0;» l’affaiblit, mais ne le supprime pas.</translation>
    </message>
    <message>
        <source>Tips from sex workers&apos; digital safety advice</source>
        <translation>Conseils de sécurité numérique de travailleuses et travailleurs du sexe</translation>
    </message>
    <message>
        <source>Keep work and personal life apart. Use a separate phone, email and accounts for work if you can.</source>
        <translation>Séparez le travail et la vie personnelle. Si vous le pouvez, utilisez un autre téléphone, une autre adresse e-mail et d’autres comptes pour le travail.</translation>
    </message>
    <message>
        <source>Check the background: letters, papers, photos on the wall, anything with a name or address.</source>
        <translation>Vérifiez l’arrière-plan&#xa0;: courrier, papiers, photos au mur, tout ce qui porte un nom ou une adresse.</translation>
    </message>
    <message>
        <source>Check mirrors and reflections: sunglasses, windows, screens and shiny surfaces.</source>
        <translation>Vérifiez les miroirs et les reflets&#xa0;: lunettes de soleil, fenêtres, écrans et surfaces brillantes.</translation>
    </message>
    <message>
        <source>Check what can be seen through windows. Streets, signs and buildings can show where you are.</source>
        <translation>Vérifiez ce qu’on voit par les fenêtres. Les rues, les enseignes et les bâtiments peuvent montrer où vous êtes.</translation>
    </message>
    <message>
        <source>Do not post the same photo on your personal and your work accounts.</source>
        <translation>Ne publiez pas la même photo sur vos comptes personnels et sur vos comptes de travail.</translation>
    </message>
    <message>
        <source>Sending a photo “as a file” or by email keeps its hidden data. Send only the clean copy.</source>
        <translation>Envoyer une photo «&#xa0;en tant que fichier&#xa0;» ou par e-mail garde ses données cachées. N’envoyez que la copie nettoyée.</translation>
    </message>
    <message>
        <source>When you are done, delete the originals from Downloads and from shared folders.</source>
        <translation>Quand vous avez fini, supprimez les originaux du dossier Téléchargements et des dossiers partagés.</translation>
    </message>
    <message>
        <source>Before you post, open the clean copy and check it again.</source>
        <translation>Avant de publier, ouvrez la copie nettoyée et vérifiez-la encore une fois.</translation>
    </message>
    <message>
        <source>What your computer may still keep</source>
        <translation>Ce que votre ordinateur peut encore garder</translation>
    </message>
    <message>
        <source>Scrubber keeps no list of the files you open, but your computer may:</source>
        <translation>Scrubber ne garde aucune liste des fichiers que vous ouvrez, mais votre ordinateur peut garder&#xa0;:</translation>
    </message>
    <message>
        <source>small previews (thumbnails) made by the file manager or photo viewer;</source>
        <translation>de petits aperçus (miniatures) faits par le gestionnaire de fichiers ou la visionneuse de photos&#xa0;;</translation>
    </message>
    <message>
        <source>lists of recent files in other apps;</source>
        <translation>les listes de fichiers récents d’autres applications&#xa0;;</translation>
    </message>
    <message>
        <source>the originals in Downloads, in the trash and in cloud backups.</source>
        <translation>les originaux dans Téléchargements, dans la corbeille et dans les sauvegardes dans le cloud.</translation>
    </message>
    <message>
        <source>To clear them:</source>
        <translation>Pour les effacer&#xa0;:</translation>
    </message>
    <message>
        <source>Empty the trash.</source>
        <translation>Videz la corbeille.</translation>
    </message>
    <message>
        <source>Clear the recent files in your file manager.</source>
        <translation>Effacez les fichiers récents de votre gestionnaire de fichiers.</translation>
    </message>
    <message>
        <source>Delete the thumbnail cache. Linux: the .cache/thumbnails folder in your home folder. Windows: Disk Cleanup, then Thumbnails. macOS: restart the Mac.</source>
        <translation>Supprimez le cache des miniatures. Linux&#xa0;: le dossier .cache/thumbnails de votre dossier personnel. Windows&#xa0;: Nettoyage de disque, puis Miniatures. macOS&#xa0;: redémarrez le Mac.</translation>
    </message>
    <message>
        <source>Scrubber works offline</source>
        <translation>Scrubber fonctionne hors ligne</translation>
    </message>
    <message>
        <source>Scrubber never connects to the internet. Your files stay on this computer.</source>
        <translation>Scrubber ne se connecte jamais à Internet. Vos fichiers restent sur cet ordinateur.</translation>
    </message>
</context>
<context>
    <name>Summary</name>
    <message>
        <source>Cancelled.</source>
        <translation>Annulé.</translation>
    </message>
    <message>
        <source>{n} cleaned.</source>
        <translation>Nettoyés&#xa0;: {n}</translation>
    </message>
    <message>
        <source>{n} had nothing to remove.</source>
        <translation>Rien à retirer&#xa0;: {n}</translation>
    </message>
    <message>
        <source>{n} could not be cleaned.</source>
        <translation>Impossibles à nettoyer&#xa0;: {n}</translation>
    </message>
    <message>
        <source>{n} not done (cancelled).</source>
        <translation>Non traités (annulé)&#xa0;: {n}</translation>
    </message>
    <message>
        <source>Nothing was cleaned.</source>
        <translation>Rien n’a été nettoyé.</translation>
    </message>
    <message>
        <source>{name}: {reason}</source>
        <translation>{name}&#xa0;: {reason}</translation>
    </message>
    <message>
        <source>…and {n} more: see the list.</source>
        <translation>…et {n} de plus&#xa0;: voir la liste.</translation>
    </message>
    <message>
        <source>Clean copies are in: {folder}</source>
        <translation>Les copies nettoyées sont dans&#xa0;: {folder}</translation>
    </message>
</context>
<context>
    <name>messages</name>
    <message>
        <source>{metres} m above sea level</source>
        <translation>{metres} m au-dessus du niveau de la mer</translation>
    </message>
    <message>
        <source>{metres} m below sea level</source>
        <translation>{metres} m sous le niveau de la mer</translation>
    </message>
    <message>
        <source>{count} bytes of data</source>
        <translation>{count} octets de données</translation>
    </message>
    <message>
        <source>The file name shows when it was taken: {shown}</source>
        <translation>Le nom du fichier montre quand la photo a été prise&#xa0;: {shown}</translation>
    </message>
    <message>
        <source>The file name shows the phone or camera that made it: {shown}</source>
        <translation>Le nom du fichier montre le téléphone ou l’appareil qui l’a créé&#xa0;: {shown}</translation>
    </message>
    <message>
        <source>The file name shows the app that made it: {apps}</source>
        <translation>Le nom du fichier montre l’application qui l’a créé&#xa0;: {apps}</translation>
    </message>
    <message>
        <source>{finding} (the name was kept)</source>
        <translation>{finding} (le nom a été conservé)</translation>
    </message>
    <message>
        <source>The file cannot be found. Was it moved or deleted?</source>
        <translation>Le fichier est introuvable. A-t-il été déplacé ou supprimé&#xa0;?</translation>
    </message>
    <message>
        <source>This is not a normal file (it is a folder, a device or a pipe).</source>
        <translation>Ce n’est pas un fichier ordinaire (c’est un dossier, un périphérique ou un tube).</translation>
    </message>
    <message>
        <source>This is a folder, not a file.</source>
        <translation>C’est un dossier, pas un fichier.</translation>
    </message>
    <message>
        <source>The file is empty.</source>
        <translation>Le fichier est vide.</translation>
    </message>
    <message>
        <source>The file cannot be read: {reason}</source>
        <translation>Impossible de lire le fichier&#xa0;: {reason}</translation>
    </message>
    <message>
        <source>The file name says {format}, but the file cannot be read as {format}.</source>
        <translation>Le nom indique {format}, mais le fichier ne peut pas être lu comme {format}.</translation>
    </message>
    <message>
        <source>This type of file is not supported, so it was not cleaned.</source>
        <translation>Ce type de fichier n’est pas pris en charge, il n’a donc pas été nettoyé.</translation>
    </message>
    <message>
        <source>This is a link; it was not followed.</source>
        <translation>C’est un lien&#xa0;; il n’a pas été suivi.</translation>
    </message>
    <message>
        <source>This file could not be read ({kind}).</source>
        <translation>Ce fichier n’a pas pu être lu ({kind}).</translation>
    </message>
    <message>
        <source>It holds documents inside documents, too many levels deep.</source>
        <translation>Il contient des documents dans des documents, sur trop de niveaux.</translation>
    </message>
    <message>
        <source>There is not enough memory to read this file.</source>
        <translation>Il n’y a pas assez de mémoire pour lire ce fichier.</translation>
    </message>
    <message>
        <source>There is not enough memory.</source>
        <translation>Il n’y a pas assez de mémoire.</translation>
    </message>
    <message>
        <source>A file could not be read or written: {reason}</source>
        <translation>Un fichier n’a pas pu être lu ou écrit&#xa0;: {reason}</translation>
    </message>
    <message>
        <source>Unexpected error ({kind}). Nothing was written.</source>
        <translation>Erreur inattendue ({kind}). Rien n’a été écrit.</translation>
    </message>
    <message>
        <source>The copy would replace the original. Choose another name or folder.</source>
        <translation>La copie remplacerait l’original. Choisissez un autre nom ou un autre dossier.</translation>
    </message>
    <message>
        <source>Replacing the original cannot change the file type. Save copies in a folder instead.</source>
        <translation>Remplacer l’original ne permet pas de changer le type de fichier. Enregistrez plutôt des copies dans un dossier.</translation>
    </message>
    <message>
        <source>This file is a link. Save copies in a folder instead.</source>
        <translation>Ce fichier est un lien. Enregistrez plutôt des copies dans un dossier.</translation>
    </message>
    <message>
        <source>The clean copy could not be checked again, so it was deleted: {reason}</source>
        <translation>La copie nettoyée n’a pas pu être revérifiée, elle a donc été supprimée&#xa0;: {reason}</translation>
    </message>
    <message>
        <source>The clean copy still held data ({left}), so it was deleted.</source>
        <translation>La copie nettoyée contenait encore des données ({left}), elle a donc été supprimée.</translation>
    </message>
    <message>
        <source>The folder for the copies cannot be created: {reason}</source>
        <translation>Impossible de créer le dossier des copies&#xa0;: {reason}</translation>
    </message>
    <message>
        <source>Nothing can be saved in the folder for the copies: {reason}</source>
        <translation>Rien ne peut être enregistré dans le dossier des copies&#xa0;: {reason}</translation>
    </message>
    <message>
        <source>The copy could not be finished: {reason}</source>
        <translation>La copie n’a pas pu être terminée&#xa0;: {reason}</translation>
    </message>
    <message>
        <source>The copies could not be saved to the disk: {reason}</source>
        <translation>Les copies n’ont pas pu être enregistrées sur le disque&#xa0;: {reason}</translation>
    </message>
    <message>
        <source>No free name was found for the clean copy.</source>
        <translation>Aucun nom libre n’a été trouvé pour la copie nettoyée.</translation>
    </message>
    <message>
        <source>The clean copy could not be saved: {reason}</source>
        <translation>La copie nettoyée n’a pas pu être enregistrée&#xa0;: {reason}</translation>
    </message>
    <message>
        <source>The earlier copy could not be replaced: {reason}</source>
        <translation>La copie précédente n’a pas pu être remplacée&#xa0;: {reason}</translation>
    </message>
    <message>
        <source>This JPEG is damaged: its beginning is missing.</source>
        <translation>Ce JPEG est endommagé&#xa0;: son début manque.</translation>
    </message>
    <message>
        <source>This JPEG is damaged (a wrong length at byte {pos}).</source>
        <translation>Ce JPEG est endommagé (une longueur erronée à l’octet {pos}).</translation>
    </message>
    <message>
        <source>This JPEG is damaged: its picture does not end where it should.</source>
        <translation>Ce JPEG est endommagé&#xa0;: son image ne se termine pas où elle le devrait.</translation>
    </message>
    <message>
        <source>This JPEG is damaged (a missing marker at byte {pos}).</source>
        <translation>Ce JPEG est endommagé (un marqueur manque à l’octet {pos}).</translation>
    </message>
    <message>
        <source>This JPEG is cut off before the picture starts.</source>
        <translation>Ce JPEG est coupé avant le début de l’image.</translation>
    </message>
    <message>
        <source>This JPEG is damaged: it has far too many parts.</source>
        <translation>Ce JPEG est endommagé&#xa0;: il a beaucoup trop de parties.</translation>
    </message>
    <message>
        <source>This rare kind of JPEG (hierarchical or JPEG-LS) is not supported.</source>
        <translation>Ce type rare de JPEG (hiérarchique ou JPEG-LS) n’est pas pris en charge.</translation>
    </message>
    <message>
        <source>This JPEG holds no picture.</source>
        <translation>Ce JPEG ne contient aucune image.</translation>
    </message>
    <message>
        <source>This JPEG is damaged: its picture is not where the file says.</source>
        <translation>Ce JPEG est endommagé&#xa0;: son image n’est pas là où le fichier l’indique.</translation>
    </message>
    <message>
        <source>This JPEG is damaged: it holds more than one picture frame.</source>
        <translation>Ce JPEG est endommagé&#xa0;: il contient plus d’une image.</translation>
    </message>
    <message>
        <source>This JPEG has other data hidden inside its picture, so it was not cleaned.</source>
        <translation>Ce JPEG cache d’autres données dans son image, il n’a donc pas été nettoyé.</translation>
    </message>
    <message>
        <source>The colour profile is too large.</source>
        <translation>Le profil de couleur est trop volumineux.</translation>
    </message>
    <message>
        <source>The picture is incomplete: the file was cut off.</source>
        <translation>L’image est incomplète&#xa0;: le fichier a été coupé.</translation>
    </message>
    <message>
        <source>This JPEG is damaged in places; the copy looks the same as the original did.</source>
        <translation>Ce JPEG est endommagé par endroits&#xa0;; la copie a le même aspect que l’original.</translation>
    </message>
    <message>
        <source>The GIF file was cut short; its complete frames were kept.</source>
        <translation>Le fichier GIF a été coupé&#xa0;; ses images complètes ont été conservées.</translation>
    </message>
    <message>
        <source>The {format} picture was saved as PNG.</source>
        <translation>L’image {format} a été enregistrée en PNG.</translation>
    </message>
    <message>
        <source>Only the first frame of the animation was kept ({frames} in the file).</source>
        <translation>Seule la première image de l’animation a été conservée ({frames} dans le fichier).</translation>
    </message>
    <message>
        <source>Only the first page was kept ({frames} in the file).</source>
        <translation>Seule la première page a été conservée ({frames} dans le fichier).</translation>
    </message>
    <message>
        <source>The picture was saved with 8 bits per colour (it had more).</source>
        <translation>L’image a été enregistrée avec 8 bits par couleur (elle en avait plus).</translation>
    </message>
    <message>
        <source>Colours may look slightly different ({mode} was turned into RGB).</source>
        <translation>Les couleurs peuvent paraître légèrement différentes ({mode} a été converti en RVB).</translation>
    </message>
    <message>
        <source>Transparent areas were filled with white (JPEG has no transparency).</source>
        <translation>Les zones transparentes ont été remplies de blanc (le JPEG n’a pas de transparence).</translation>
    </message>
    <message>
        <source>The form&apos;s XML layer was removed.</source>
        <translation>La couche XML du formulaire a été retirée.</translation>
    </message>
    <message>
        <source>A digital signature was removed.</source>
        <translation>Une signature numérique a été retirée.</translation>
    </message>
    <message>
        <source>Embedded objects (files inside the document) were removed.</source>
        <translation>Les objets incorporés (fichiers dans le document) ont été retirés.</translation>
    </message>
    <message>
        <source>Pictures in drawing formats that cannot be checked (SVG, WMF…) were removed.</source>
        <translation>Les images dans des formats de dessin impossibles à vérifier (SVG, WMF…) ont été retirées.</translation>
    </message>
    <message>
        <source>It is saved as {ext}: the same document without macros.</source>
        <translation>Il est enregistré en {ext}&#xa0;: le même document, sans macros.</translation>
    </message>
    <message>
        <source>The animation keeps its rotation tag; its frames were not turned.</source>
        <translation>L’animation garde sa balise de rotation&#xa0;; ses images n’ont pas été tournées.</translation>
    </message>
    <message>
        <source>This TIFF has {count} pages. Many viewers show only the first: check the others too.</source>
        <translation>Ce TIFF a {count} pages. Beaucoup de visionneuses ne montrent que la première&#xa0;: vérifiez aussi les autres.</translation>
    </message>
    <message>
        <source>The TIFF keeps its orientation tag; its pixels were not turned.</source>
        <translation>Le TIFF garde sa balise d’orientation&#xa0;; ses pixels n’ont pas été tournés.</translation>
    </message>
    <message>
        <source>Colours may look slightly different in the JPEG copy.</source>
        <translation>Les couleurs peuvent paraître légèrement différentes dans la copie JPEG.</translation>
    </message>
    <message>
        <source>This PNG is cut off before the picture starts.</source>
        <translation>Ce PNG est coupé avant le début de l’image.</translation>
    </message>
    <message>
        <source>The file was cut off; the clean copy keeps the part that is there.</source>
        <translation>Le fichier a été coupé&#xa0;; la copie nettoyée garde la partie présente.</translation>
    </message>
    <message>
        <source>The removed data said to turn the picture. Check that it is the right way up.</source>
        <translation>Les données retirées indiquaient de tourner l’image. Vérifiez qu’elle est dans le bon sens.</translation>
    </message>
    <message>
        <source>Viewers that do not play animations now show a blank picture instead of a hidden one.</source>
        <translation>Les visionneuses qui ne lisent pas les animations affichent maintenant une image vide au lieu d’une image cachée.</translation>
    </message>
    <message>
        <source>The sound was removed.</source>
        <translation>Le son a été retiré.</translation>
    </message>
    <message>
        <source>The clip had more than 8 bits per colour (HDR); the copy has 8, so colours may look flatter.</source>
        <translation>La vidéo avait plus de 8 bits par couleur (HDR)&#xa0;; la copie en a 8, les couleurs peuvent donc paraître plus ternes.</translation>
    </message>
    <message>
        <source>Its broken index was rebuilt the way PDF viewers do it. Check the clean copy.</source>
        <translation>Son index endommagé a été reconstruit comme le font les lecteurs PDF. Vérifiez la copie nettoyée.</translation>
    </message>
    <message>
        <source>It was locked against copying, printing or changes, but opens without a password. The clean copy has no lock.</source>
        <translation>Il était verrouillé contre la copie, l’impression ou les modifications, mais s’ouvre sans mot de passe. La copie nettoyée n’a pas de verrou.</translation>
    </message>
    <message>
        <source>Its attached files are locked with a password (the pages are not). The clean copy has no attachments.</source>
        <translation>Ses fichiers joints sont protégés par un mot de passe (pas les pages). La copie nettoyée n’a pas de pièces jointes.</translation>
    </message>
    <message>
        <source>A cropped picture still held the part you cut away. It was removed.</source>
        <translation>Une image recadrée contenait encore la partie que vous aviez coupée. Elle a été retirée.</translation>
    </message>
    <message>
        <source>Pages were turned into pictures: text can no longer be selected or searched.</source>
        <translation>Les pages ont été transformées en images&#xa0;: le texte ne peut plus être sélectionné ni recherché.</translation>
    </message>
    <message>
        <source>{count} layers of this PDF are hidden when it opens. They are kept in the copy; to leave them out, choose to turn PDF pages into pictures.</source>
        <translation>{count} calques de ce PDF sont masqués à l’ouverture. Ils restent dans la copie ; pour les retirer, choisissez de transformer les pages PDF en images.</translation>
    </message>
    <message>
        <source>1 layer of this PDF is hidden when it opens. It is kept in the copy; to leave it out, choose to turn PDF pages into pictures.</source>
        <translation>1 calque de ce PDF est masqué à l’ouverture. Il reste dans la copie ; pour le retirer, choisissez de transformer les pages PDF en images.</translation>
    </message>
    <message>
        <source>There is text in white, unseen on a white page, on {count} pages. It is kept in the copy; to leave it out, choose to turn PDF pages into pictures.</source>
        <translation>Du texte en blanc, invisible sur une page blanche, figure sur {count} pages. Il reste dans la copie ; pour le retirer, choisissez de transformer les pages PDF en images.</translation>
    </message>
    <message>
        <source>There is text in white, unseen on a white page, on 1 page. It is kept in the copy; to leave it out, choose to turn PDF pages into pictures.</source>
        <translation>Du texte en blanc, invisible sur une page blanche, figure sur 1 page. Il reste dans la copie ; pour le retirer, choisissez de transformer les pages PDF en images.</translation>
    </message>
    <message>
        <source>There is text placed outside the page on {count} pages. It is kept in the copy; to leave it out, choose to turn PDF pages into pictures.</source>
        <translation>Du texte est placé hors de la page sur {count} pages. Il reste dans la copie ; pour le retirer, choisissez de transformer les pages PDF en images.</translation>
    </message>
    <message>
        <source>There is text placed outside the page on 1 page. It is kept in the copy; to leave it out, choose to turn PDF pages into pictures.</source>
        <translation>Du texte est placé hors de la page sur 1 page. Il reste dans la copie ; pour le retirer, choisissez de transformer les pages PDF en images.</translation>
    </message>
    <message>
        <source>Embedded fonts were removed.</source>
        <translation>Les polices incorporées ont été retirées.</translation>
    </message>
    <message>
        <source>Videos and sounds were removed: they could not be checked.</source>
        <translation>Les vidéos et les sons ont été retirés : ils ne pouvaient pas être vérifiés.</translation>
    </message>
    <message>
        <source>Pictures in drawing formats that cannot be checked (EMF, WMF, SVG…) were removed.</source>
        <translation>Les images dans des formats de dessin impossibles à vérifier (EMF, WMF, SVG…) ont été retirées.</translation>
    </message>
    <message>
        <source>The photo was saved again at high quality ({reason}).</source>
        <translation>La photo a été réenregistrée en haute qualité ({reason}).</translation>
    </message>
    <message>
        <source>The macros (programs) in this document were removed.</source>
        <translation>Les macros (programmes) de ce document ont été retirées.</translation>
    </message>
    <message>
        <source>This PDF asks for a password to open it. Remove the password first.</source>
        <translation>Ce PDF demande un mot de passe pour s’ouvrir. Retirez d’abord le mot de passe.</translation>
    </message>
    <message>
        <source>This PDF is damaged and cannot be cleaned safely.</source>
        <translation>Ce PDF est endommagé et ne peut pas être nettoyé en toute sécurité.</translation>
    </message>
    <message>
        <source>This PDF is damaged and cannot be cleaned safely: its end is missing.</source>
        <translation>Ce PDF est endommagé et ne peut pas être nettoyé en toute sécurité&#xa0;: sa fin manque.</translation>
    </message>
    <message>
        <source>This PDF is damaged (cut off, or parts of it are broken) and cannot be cleaned safely. Saving it again from a PDF viewer may repair it.</source>
        <translation>Ce PDF est endommagé (coupé ou abîmé par endroits) et ne peut pas être nettoyé en toute sécurité. L’enregistrer à nouveau depuis un lecteur PDF peut le réparer.</translation>
    </message>
    <message>
        <source>This {format} picture is damaged and cannot be decoded: part of it is missing.</source>
        <translation>Cette image {format} est endommagée et ne peut pas être décodée&#xa0;: une partie manque.</translation>
    </message>
    <message>
        <source>{count} slides are hidden. They are kept in the copy; to remove them, turn on removing hidden content.</source>
        <translation>{count} diapositives sont masquées. Elles restent dans la copie&#xa0;; pour les retirer, activez l’option qui retire le contenu masqué.</translation>
    </message>
    <message>
        <source>1 slide is hidden. It is kept in the copy; to remove it, turn on removing hidden content.</source>
        <translation>1 diapositive est masquée. Elle reste dans la copie&#xa0;; pour la retirer, activez l’option qui retire le contenu masqué.</translation>
    </message>
    <message>
        <source>There are speaker notes on {count} slides. They are kept in the copy; to remove them, turn on removing speaker notes.</source>
        <translation>Il y a des notes de l’orateur sur {count} diapositives. Elles restent dans la copie&#xa0;; pour les retirer, activez l’option qui retire les notes de l’orateur.</translation>
    </message>
    <message>
        <source>There are speaker notes on 1 slide. They are kept in the copy; to remove them, turn on removing speaker notes.</source>
        <translation>Il y a des notes de l’orateur sur 1 diapositive. Elles restent dans la copie&#xa0;; pour les retirer, activez l’option qui retire les notes de l’orateur.</translation>
    </message>
    <message>
        <source>{count} sheets are hidden. They are kept in the copy; to remove them, turn on removing hidden content.</source>
        <translation>{count} feuilles sont masquées. Elles restent dans la copie&#xa0;; pour les retirer, activez l’option qui retire le contenu masqué.</translation>
    </message>
    <message>
        <source>1 sheet is hidden. It is kept in the copy; to remove it, turn on removing hidden content.</source>
        <translation>1 feuille est masquée. Elle reste dans la copie&#xa0;; pour la retirer, activez l’option qui retire le contenu masqué.</translation>
    </message>
    <message>
        <source>There is hidden text in {count} places. It is kept in the copy; to remove it, turn on removing hidden content.</source>
        <translation>Il y a du texte masqué à {count} endroits. Il reste dans la copie&#xa0;; pour le retirer, activez l’option qui retire le contenu masqué.</translation>
    </message>
    <message>
        <source>There is hidden text in 1 place. It is kept in the copy; to remove it, turn on removing hidden content.</source>
        <translation>Il y a du texte masqué à 1 endroit. Il reste dans la copie&#xa0;; pour le retirer, activez l’option qui retire le contenu masqué.</translation>
    </message>
    <message>
        <source>{count} sections are hidden. They are kept in the copy; to remove them, turn on removing hidden content.</source>
        <translation>{count} sections sont masquées. Elles restent dans la copie&#xa0;; pour les retirer, activez l’option qui retire le contenu masqué.</translation>
    </message>
    <message>
        <source>1 section is hidden. It is kept in the copy; to remove it, turn on removing hidden content.</source>
        <translation>1 section est masquée. Elle reste dans la copie&#xa0;; pour la retirer, activez l’option qui retire le contenu masqué.</translation>
    </message>
    <message>
        <source>A cropped photo still held the part you cut away. It was removed.</source>
        <translation>Une photo recadrée contenait encore la partie que vous aviez coupée. Elle a été retirée.</translation>
    </message>
    <message>
        <source>{count} cropped photos still held the parts you cut away. They were removed.</source>
        <translation>{count} photos recadrées contenaient encore les parties que vous aviez coupées. Elles ont été retirées.</translation>
    </message>
    <message>
        <source>The camera fingerprint was weakened, not removed. The picture was resized from {before} to {after} pixels.</source>
        <translation>L’empreinte de l’appareil photo a été affaiblie, pas supprimée. L’image est passée de {before} à {after} pixels.</translation>
    </message>
    <message>
        <source>This document is protected by a password. Remove the password first.</source>
        <translation>Ce document est protégé par un mot de passe. Retirez d’abord le mot de passe.</translation>
    </message>
    <message>
        <source>This document is damaged: its contents cannot be unpacked.</source>
        <translation>Ce document est endommagé&#xa0;: son contenu ne peut pas être décompressé.</translation>
    </message>
    <message>
        <source>This document is damaged and cannot be read safely.</source>
        <translation>Ce document est endommagé et ne peut pas être lu en toute sécurité.</translation>
    </message>
    <message>
        <source>This TIFF file holds no picture.</source>
        <translation>Ce fichier TIFF ne contient aucune image.</translation>
    </message>
    <message>
        <source>Camera RAW files are not supported. Export a TIFF or JPEG first.</source>
        <translation>Les fichiers RAW d’appareil photo ne sont pas pris en charge. Exportez d’abord un TIFF ou un JPEG.</translation>
    </message>
    <message>
        <source>This TIFF file is damaged.</source>
        <translation>Ce fichier TIFF est endommagé.</translation>
    </message>
    <message>
        <source>Old-style JPEG TIFF files are not supported. Convert them first.</source>
        <translation>Les fichiers TIFF au JPEG ancien style ne sont pas pris en charge. Convertissez-les d’abord.</translation>
    </message>
    <message>
        <source>This TIFF file is cut off or damaged.</source>
        <translation>Ce fichier TIFF est coupé ou endommagé.</translation>
    </message>
    <message>
        <source>This {format} picture is encrypted.</source>
        <translation>Cette image {format} est chiffrée.</translation>
    </message>
    <message>
        <source>This {format} picture is damaged and cannot be decoded.</source>
        <translation>Cette image {format} est endommagée et ne peut pas être décodée.</translation>
    </message>
    <message>
        <source>The description of this {format} picture is too large to check.</source>
        <translation>La description de cette image {format} est trop volumineuse pour être vérifiée.</translation>
    </message>
    <message>
        <source>{format} picture sequences and videos are not supported.</source>
        <translation>Les séquences d’images et les vidéos {format} ne sont pas prises en charge.</translation>
    </message>
    <message>
        <source>This {format} file has too many parts to check safely.</source>
        <translation>Ce fichier {format} a trop de parties pour être vérifié en toute sécurité.</translation>
    </message>
    <message>
        <source>This picture is AVIF, not HEIC. Rename it to end in .avif.</source>
        <translation>Cette image est au format AVIF, pas HEIC. Renommez-la pour qu’elle se termine par .avif.</translation>
    </message>
    <message>
        <source>The picture is too small to save as HEIC. Choose JPEG copies instead.</source>
        <translation>L’image est trop petite pour être enregistrée en HEIC. Choisissez plutôt des copies JPEG.</translation>
    </message>
    <message>
        <source>The picture could not be saved as HEIC. Choose JPEG copies instead.</source>
        <translation>L’image n’a pas pu être enregistrée en HEIC. Choisissez plutôt des copies JPEG.</translation>
    </message>
    <message>
        <source>The picture is too large to process ({size} pixels).</source>
        <translation>L’image est trop grande pour être traitée ({size} pixels).</translation>
    </message>
    <message>
        <source>This is not a valid PNG file.</source>
        <translation>Ce n’est pas un fichier PNG valide.</translation>
    </message>
    <message>
        <source>This PNG file is damaged (a part of it is not valid).</source>
        <translation>Ce fichier PNG est endommagé (une de ses parties n’est pas valide).</translation>
    </message>
    <message>
        <source>This PNG file is damaged: its beginning is missing.</source>
        <translation>Ce fichier PNG est endommagé&#xa0;: son début manque.</translation>
    </message>
    <message>
        <source>This PDF is too complex to be checked safely.</source>
        <translation>Ce PDF est trop complexe pour être vérifié en toute sécurité.</translation>
    </message>
    <message>
        <source>This PDF has too many levels, one inside another, to be checked safely.</source>
        <translation>Ce PDF a trop de niveaux imbriqués les uns dans les autres pour être vérifié en toute sécurité.</translation>
    </message>
    <message>
        <source>The drawings in this PDF are put one inside another too many times to be checked safely.</source>
        <translation>Les dessins de ce PDF sont imbriqués les uns dans les autres trop de fois pour être vérifiés en toute sécurité.</translation>
    </message>
    <message>
        <source>This PDF has too many parts ({count}) to be checked safely.</source>
        <translation>Ce PDF a trop de parties ({count}) pour être vérifié en toute sécurité.</translation>
    </message>
    <message>
        <source>This PDF has too many pages ({count}) to turn them into pictures.</source>
        <translation>Ce PDF a trop de pages ({count}) pour les transformer en images.</translation>
    </message>
    <message>
        <source>This PDF could not be given a new document ID, so it was not cleaned.</source>
        <translation>Ce PDF n’a pas pu recevoir un nouvel identifiant de document, il n’a donc pas été nettoyé.</translation>
    </message>
    <message>
        <source>This PDF could not be copied faithfully, so it was not cleaned.</source>
        <translation>Ce PDF n’a pas pu être copié fidèlement, il n’a donc pas été nettoyé.</translation>
    </message>
    <message>
        <source>A page of this PDF has pictures on it that cannot be checked. To clean this PDF, choose to turn PDF pages into pictures.</source>
        <translation>Une page de ce PDF contient des images impossibles à vérifier. Pour nettoyer ce PDF, choisissez de transformer les pages PDF en images.</translation>
    </message>
    <message>
        <source>A picture in this PDF is shown through a shape that hides part of it, and it cannot be cut exactly. To clean this PDF, choose to turn PDF pages into pictures.</source>
        <translation>Une image de ce PDF est affichée à travers une forme qui en cache une partie, et elle ne peut pas être coupée exactement. Pour nettoyer ce PDF, choisissez de transformer les pages PDF en images.</translation>
    </message>
    <message>
        <source>A picture in this PDF has a hidden part, stored in a way that cannot be cut away. To clean this PDF, choose to turn PDF pages into pictures.</source>
        <translation>Une image de ce PDF a une partie cachée, stockée de telle façon qu’elle ne peut pas être coupée. Pour nettoyer ce PDF, choisissez de transformer les pages PDF en images.</translation>
    </message>
    <message>
        <source>A picture in this PDF has a hidden part and is too large to be cut. To clean this PDF, choose to turn PDF pages into pictures.</source>
        <translation>Une image de ce PDF a une partie cachée et elle est trop grande pour être coupée. Pour nettoyer ce PDF, choisissez de transformer les pages PDF en images.</translation>
    </message>
    <message>
        <source>A picture in this PDF is stored in a way that cannot be checked.</source>
        <translation>Une image de ce PDF est stockée sous une forme impossible à vérifier.</translation>
    </message>
    <message>
        <source>A picture drawn inside a page of this PDF is stored in a way that cannot be checked.</source>
        <translation>Une image dessinée dans une page de ce PDF est stockée sous une forme impossible à vérifier.</translation>
    </message>
    <message>
        <source>A colour profile in this PDF is stored in a way that cannot be checked.</source>
        <translation>Un profil de couleur de ce PDF est stocké sous une forme impossible à vérifier.</translation>
    </message>
    <message>
        <source>A picture drawn inside a page of this PDF could not be saved again without its hidden data.</source>
        <translation>Une image dessinée dans une page de ce PDF n’a pas pu être réenregistrée sans ses données cachées.</translation>
    </message>
    <message>
        <source>A picture in this PDF is too large once unpacked (more than {mb} MB).</source>
        <translation>Une image de ce PDF est trop volumineuse une fois décompressée (plus de {mb} Mo).</translation>
    </message>
    <message>
        <source>A picture drawn inside a page of this PDF is too large once unpacked (more than {mb} MB).</source>
        <translation>Une image dessinée dans une page de ce PDF est trop volumineuse une fois décompressée (plus de {mb} Mo).</translation>
    </message>
    <message>
        <source>A page of this PDF is too large once unpacked (more than {mb} MB).</source>
        <translation>Une page de ce PDF est trop volumineuse une fois décompressée (plus de {mb} Mo).</translation>
    </message>
    <message>
        <source>A colour profile in this PDF is too large once unpacked (more than {mb} MB).</source>
        <translation>Un profil de couleur de ce PDF est trop volumineux une fois décompressé (plus de {mb} Mo).</translation>
    </message>
    <message>
        <source>A JPEG 2000 picture in this PDF has comments that cannot be removed.</source>
        <translation>Une image JPEG 2000 de ce PDF contient des commentaires qui ne peuvent pas être retirés.</translation>
    </message>
    <message>
        <source>There is a problem with a picture in this PDF. {problem}</source>
        <translation>Il y a un problème avec une image de ce PDF. {problem}</translation>
    </message>
    <message>
        <source>There is a problem with a picture drawn inside a page of this PDF. {problem}</source>
        <translation>Il y a un problème avec une image dessinée dans une page de ce PDF. {problem}</translation>
    </message>
    <message>
        <source>Unpacked, this document would take more than {mb} MB: too much to be checked safely.</source>
        <translation>Décompressé, ce document occuperait plus de {mb} Mo&#xa0;: trop pour être vérifié en toute sécurité.</translation>
    </message>
    <message>
        <source>A part of this document ({part}) holds an XML declaration used in attacks, so it was not opened.</source>
        <translation>Une partie de ce document ({part}) contient une déclaration XML utilisée dans des attaques, il n’a donc pas été ouvert.</translation>
    </message>
    <message>
        <source>There is a problem with a picture in this document ({part}). {problem}</source>
        <translation>Il y a un problème avec une image de ce document ({part}). {problem}</translation>
    </message>
    <message>
        <source>There is a problem with a document inside this document ({part}). {problem}</source>
        <translation>Il y a un problème avec un document contenu dans ce document ({part}). {problem}</translation>
    </message>
    <message>
        <source>This document is packed in a way used to crash programs (a zip bomb), so it was not opened.</source>
        <translation>Ce document est compressé d’une façon utilisée pour faire planter les programmes (une bombe zip), il n’a donc pas été ouvert.</translation>
    </message>
    <message>
        <source>This zip file is not an OpenDocument file.</source>
        <translation>Ce fichier zip n’est pas un fichier OpenDocument.</translation>
    </message>
    <message>
        <source>This kind of OpenDocument file is not supported.</source>
        <translation>Ce type de fichier OpenDocument n’est pas pris en charge.</translation>
    </message>
    <message>
        <source>This zip file is not an Office document.</source>
        <translation>Ce fichier zip n’est pas un document Office.</translation>
    </message>
    <message>
        <source>This kind of Office document is not supported.</source>
        <translation>Ce type de document Office n’est pas pris en charge.</translation>
    </message>
    <message>
        <source>This is an old-style Office file (.doc, .xls, .ppt) or a document protected by a password. Open it in Office and save it as .docx, .xlsx or .pptx, without a password.</source>
        <translation>C’est un fichier Office à l’ancien format (.doc, .xls, .ppt) ou un document protégé par un mot de passe. Ouvrez-le dans Office et enregistrez-le en .docx, .xlsx ou .pptx, sans mot de passe.</translation>
    </message>
    <message>
        <source>This document is saved as Strict Open XML, which is not supported. Save it again as an ordinary .docx, .xlsx or .pptx file.</source>
        <translation>Ce document est enregistré au format Strict Open XML, qui n’est pas pris en charge. Enregistrez-le à nouveau comme fichier .docx, .xlsx ou .pptx ordinaire.</translation>
    </message>
    <message>
        <source>Part of this document&apos;s text is stored inside it as a web page or in another format, which cannot be checked. Open it in Word and save it again.</source>
        <translation>Une partie du texte de ce document y est stockée sous forme de page web ou dans un autre format, impossible à vérifier. Ouvrez-le dans Word et enregistrez-le à nouveau.</translation>
    </message>
    <message>
        <source>The picture is too large to process.</source>
        <translation>L’image est trop grande pour être traitée.</translation>
    </message>
    <message>
        <source>A cropped picture in it is too large to cut safely.</source>
        <translation>Une image recadrée qu’il contient est trop grande pour être coupée en toute sécurité.</translation>
    </message>
    <message>
        <source>Areas cannot be covered in {format} pictures.</source>
        <translation>Impossible de masquer des zones dans les images {format}.</translation>
    </message>
    <message>
        <source>{format} files are not video clips.</source>
        <translation>Les fichiers {format} ne sont pas des vidéos.</translation>
    </message>
    <message>
        <source>Covering areas makes a new copy: the original is never changed. Save copies in a folder instead.</source>
        <translation>Masquer des zones crée une nouvelle copie&#xa0;: l’original n’est jamais modifié. Enregistrez plutôt des copies dans un dossier.</translation>
    </message>
    <message>
        <source>This clip is turned by {degrees} degrees, which is not supported.</source>
        <translation>Cette vidéo est tournée de {degrees} degrés, ce qui n’est pas pris en charge.</translation>
    </message>
    <message>
        <source>The clip is too large to process ({size} pixels).</source>
        <translation>La vidéo est trop grande pour être traitée ({size} pixels).</translation>
    </message>
    <message>
        <source>This HEIF picture uses a kind of compression that is not supported ({code}).</source>
        <translation>Cette image HEIF utilise un type de compression qui n’est pas pris en charge ({code}).</translation>
    </message>
    <message>
        <source>The picture could not be saved as AVIF.</source>
        <translation>L’image n’a pas pu être enregistrée en AVIF.</translation>
    </message>
    <message>
        <source>This {format} file is stored in pieces, as when it is streamed. This is not supported.</source>
        <translation>Ce fichier {format} est stocké en morceaux, comme quand il est diffusé en streaming. Ce n’est pas pris en charge.</translation>
    </message>
    <message>
        <source>The header of this {format} file is split up or compressed. This is not supported.</source>
        <translation>L’en-tête de ce fichier {format} est découpé ou compressé. Ce n’est pas pris en charge.</translation>
    </message>
    <message>
        <source>This {format} file plays sound or pictures stored in other files. This is not supported.</source>
        <translation>Ce fichier {format} lit du son ou des images stockés dans d’autres fichiers. Ce n’est pas pris en charge.</translation>
    </message>
    <message>
        <source>This {format} file is copy-protected, so it cannot be cleaned.</source>
        <translation>Ce fichier {format} est protégé contre la copie, il ne peut donc pas être nettoyé.</translation>
    </message>
    <message>
        <source>This {format} file is too large to clean.</source>
        <translation>Ce fichier {format} est trop volumineux pour être nettoyé.</translation>
    </message>
    <message>
        <source>The sound of this video is stored in a way that is not supported.</source>
        <translation>Le son de cette vidéo est stocké d’une façon qui n’est pas prise en charge.</translation>
    </message>
    <message>
        <source>The sound of this video is in an old format that is not supported.</source>
        <translation>Le son de cette vidéo est dans un ancien format qui n’est pas pris en charge.</translation>
    </message>
    <message>
        <source>This M4A file also holds video, chapters or text, which cannot be cleaned here.</source>
        <translation>Ce fichier M4A contient aussi de la vidéo, des chapitres ou du texte, qui ne peuvent pas être nettoyés ici.</translation>
    </message>
    <message>
        <source>This is copy-protected iTunes music. Its purchase record cannot be removed without breaking it.</source>
        <translation>C’est de la musique iTunes protégée contre la copie. Ses informations d’achat ne peuvent pas être retirées sans la rendre inutilisable.</translation>
    </message>
    <message>
        <source>This FLAC file starts with an ID3 tag, which FLAC players do not expect, so it was not cleaned.</source>
        <translation>Ce fichier FLAC commence par une balise ID3, que les lecteurs FLAC n’attendent pas, il n’a donc pas été nettoyé.</translation>
    </message>
    <message>
        <source>Bare AAC sound files are not supported, only AAC inside M4A files.</source>
        <translation>Les fichiers audio AAC bruts ne sont pas pris en charge, seulement l’AAC dans des fichiers M4A.</translation>
    </message>
    <message>
        <source>This Ogg file holds video or a kind of sound that cannot be cleaned. Only Vorbis and Opus are supported.</source>
        <translation>Ce fichier Ogg contient de la vidéo ou un type de son qui ne peut pas être nettoyé. Seuls Vorbis et Opus sont pris en charge.</translation>
    </message>
    <message>
        <source>This PNG has a part that is not standard ({part}), so it was not cleaned.</source>
        <translation>Ce PNG a une partie non standard ({part}), il n’a donc pas été nettoyé.</translation>
    </message>
    <message>
        <source>This animated PNG hides a still picture too large to replace, so it was not cleaned.</source>
        <translation>Ce PNG animé cache une image fixe trop grande pour être remplacée, il n’a donc pas été nettoyé.</translation>
    </message>
    <message>
        <source>This TIFF has more than {count} pages.</source>
        <translation>Ce TIFF a plus de {count} pages.</translation>
    </message>
    <message>
        <source>This TIFF is damaged: its picture data adds up to more than the file.</source>
        <translation>Ce TIFF est endommagé&#xa0;: ses données d’image dépassent au total la taille du fichier.</translation>
    </message>
    <message>
        <source>The first page of this TIFF is only a preview. Such TIFF files are not supported.</source>
        <translation>La première page de ce TIFF n’est qu’un aperçu. Les fichiers TIFF de ce genre ne sont pas pris en charge.</translation>
    </message>
    <message>
        <source>The clean TIFF would be larger than 4 GB.</source>
        <translation>Le TIFF nettoyé dépasserait 4 Go.</translation>
    </message>
    <message>
        <source>a crop hid part of the picture</source>
        <extracomment>Why the photo was saved again, in &quot;The photo was saved again at high quality ({reason}).&quot;</extracomment>
        <translation>un recadrage cachait une partie de l’image</translation>
    </message>
    <message>
        <source>colours under its see-through areas could hide a picture</source>
        <extracomment>Why the photo was saved again, in &quot;The photo was saved again at high quality ({reason}).&quot;</extracomment>
        <translation>les couleurs sous ses zones transparentes pouvaient cacher une image</translation>
    </message>
    <message>
        <source>it is made of layers that can cover one another</source>
        <extracomment>Why the photo was saved again, in &quot;The photo was saved again at high quality ({reason}).&quot;</extracomment>
        <translation>elle est composée de calques qui peuvent se recouvrir les uns les autres</translation>
    </message>
    <message>
        <source>its tiles do not fit together in a regular grid</source>
        <extracomment>Why the photo was saved again, in &quot;The photo was saved again at high quality ({reason}).&quot;</extracomment>
        <translation>ses tuiles ne s’assemblent pas en une grille régulière</translation>
    </message>
    <message>
        <source>whole tiles of its picture were hidden</source>
        <extracomment>Why the photo was saved again, in &quot;The photo was saved again at high quality ({reason}).&quot;</extracomment>
        <translation>des tuiles entières de son image étaient cachées</translation>
    </message>
    <message>
        <source>its picture is stored in another file</source>
        <extracomment>Why the photo was saved again, in &quot;The photo was saved again at high quality ({reason}).&quot;</extracomment>
        <translation>son image est stockée dans un autre fichier</translation>
    </message>
    <message>
        <source>its picture is built from data stored elsewhere in the file</source>
        <extracomment>Why the photo was saved again, in &quot;The photo was saved again at high quality ({reason}).&quot;</extracomment>
        <translation>son image est construite à partir de données stockées ailleurs dans le fichier</translation>
    </message>
    <message>
        <source>its picture data is not where it should be in the file</source>
        <extracomment>Why the photo was saved again, in &quot;The photo was saved again at high quality ({reason}).&quot;</extracomment>
        <translation>les données de son image ne sont pas là où elles devraient être dans le fichier</translation>
    </message>
</context>
<context>
    <name>plain</name>
    <message>
        <source>1 item</source>
        <translation>1 élément</translation>
    </message>
    <message>
        <source>{count} items</source>
        <translation>{count} éléments</translation>
    </message>
    <message>
        <source>in the file name: {shown}</source>
        <translation>dans le nom du fichier&#xa0;: {shown}</translation>
    </message>
    <message>
        <source>{values} and {count} more</source>
        <translation>{values} et {count} de plus</translation>
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
        <translation>n° de série {number}</translation>
    </message>
</context>
<context>
    <name>words</name>
    <message>
        <source>location</source>
        <translation>lieu</translation>
    </message>
    <message>
        <source>phone/camera</source>
        <translation>téléphone/appareil</translation>
    </message>
    <message>
        <source>your name</source>
        <translation>votre nom</translation>
    </message>
    <message>
        <source>date</source>
        <translation>date</translation>
    </message>
    <message>
        <source>hidden extra image/video</source>
        <translation>image/vidéo cachée en plus</translation>
    </message>
    <message>
        <source>editing history</source>
        <translation>historique de retouche</translation>
    </message>
    <message>
        <source>other hidden data</source>
        <translation>autres données cachées</translation>
    </message>
    <message>
        <source>Reveals where it was taken or made</source>
        <translation>Révèle le lieu de prise de vue ou de création</translation>
    </message>
    <message>
        <source>Identifies your phone or camera</source>
        <translation>Identifie votre téléphone ou votre appareil photo</translation>
    </message>
    <message>
        <source>Contains a name</source>
        <translation>Contient un nom</translation>
    </message>
    <message>
        <source>Tells when it was taken or made</source>
        <translation>Indique la date de prise de vue ou de création</translation>
    </message>
    <message>
        <source>Hides an extra picture, video or file</source>
        <translation>Cache une image, une vidéo ou un fichier en plus</translation>
    </message>
    <message>
        <source>Shows editing history or the apps used</source>
        <translation>Montre l’historique de retouche ou les applications utilisées</translation>
    </message>
    <message>
        <source>Other hidden data</source>
        <translation>Autres données cachées</translation>
    </message>
    <message>
        <source>Location</source>
        <translation>Lieu</translation>
    </message>
    <message>
        <source>Phone or camera</source>
        <translation>Téléphone ou appareil photo</translation>
    </message>
    <message>
        <source>Names</source>
        <translation>Noms</translation>
    </message>
    <message>
        <source>Date and time</source>
        <translation>Date et heure</translation>
    </message>
    <message>
        <source>Hidden extras</source>
        <translation>Éléments cachés</translation>
    </message>
    <message>
        <source>Apps and editing</source>
        <translation>Applications et retouches</translation>
    </message>
    <message>
        <source>Other data</source>
        <translation>Autres données</translation>
    </message>
    <message>
        <source>Cleaned</source>
        <translation>Nettoyé</translation>
    </message>
    <message>
        <source>Nothing to remove</source>
        <translation>Rien à retirer</translation>
    </message>
    <message>
        <source>Not supported</source>
        <translation>Type non pris en charge</translation>
    </message>
    <message>
        <source>Could not be cleaned</source>
        <translation>Nettoyage impossible</translation>
    </message>
    <message>
        <source>Cancelled</source>
        <translation>Annulé</translation>
    </message>
    <message>
        <source>removed: {what}</source>
        <translation>retiré&#xa0;: {what}</translation>
    </message>
    <message>
        <source>still in the copy: {what}</source>
        <translation>encore dans la copie&#xa0;: {what}</translation>
    </message>
    <message>
        <source>This file is damaged or incomplete.</source>
        <translation>Ce fichier est endommagé ou incomplet.</translation>
    </message>
    <message>
        <source>This type of file is not supported yet.</source>
        <translation>Ce type de fichier n’est pas encore pris en charge.</translation>
    </message>
    <message>
        <source>This file cannot be found or is not a normal file.</source>
        <translation>Ce fichier est introuvable ou n’est pas un fichier ordinaire.</translation>
    </message>
    <message>
        <source>Scrubber cannot clean this file safely (for example it is too large or protected by a password).</source>
        <translation>Scrubber ne peut pas nettoyer ce fichier sans risque (par exemple, il est trop gros ou protégé par un mot de passe).</translation>
    </message>
    <message>
        <source>The copy could not be written (is the disk full or the folder read-only?)</source>
        <translation>La copie n’a pas pu être enregistrée (le disque est-il plein ou le dossier protégé en écriture&#xa0;?)</translation>
    </message>
    <message>
        <source>The copy still contained identifying data, so it was deleted.</source>
        <translation>La copie contenait encore des données qui permettent de vous identifier&#xa0;: elle a donc été supprimée.</translation>
    </message>
    <message>
        <source>Not done: cleaning was cancelled.</source>
        <translation>Non traité&#xa0;: le nettoyage a été annulé.</translation>
    </message>
    <message>
        <source>The areas to cover do not fit this picture, so nothing was written.</source>
        <translation>Les zones à masquer ne correspondent pas à cette image&#xa0;: rien n’a été enregistré.</translation>
    </message>
    <message>
        <source>Finding faces automatically does not work on this computer.</source>
        <translation>La recherche automatique des visages ne fonctionne pas sur cet ordinateur.</translation>
    </message>
    <message>
        <source>Photos with areas to cover or a weakened camera fingerprint need a copy: turn off “Replace the originals”.</source>
        <translation>Les photos avec des zones à masquer ou une empreinte d’appareil affaiblie ont besoin d’une copie&#xa0;: décochez «&#xa0;Remplacer les originaux&#xa0;».</translation>
    </message>
    <message>
        <source>This is a link to another file or folder; it was not followed.</source>
        <translation>C’est un lien vers un autre fichier ou dossier&#xa0;; il n’a pas été suivi.</translation>
    </message>
    <message>
        <source>There is not enough memory to clean this file.</source>
        <translation>Pas assez de mémoire pour nettoyer ce fichier.</translation>
    </message>
    <message>
        <source>This file made Scrubber&apos;s reader crash (the file may be damaged). It was not cleaned.</source>
        <translation>Ce fichier a fait planter le lecteur de Scrubber (il est peut-être endommagé). Il n’a pas été nettoyé.</translation>
    </message>
    <message>
        <source>Reading this file took far too long (it may be damaged), so it was stopped. It was not cleaned.</source>
        <translation>La lecture de ce fichier prenait beaucoup trop de temps (il est peut-être endommagé) : elle a été arrêtée. Il n’a pas été nettoyé.</translation>
    </message>
    <message>
        <source>Something went wrong in Scrubber with this file. Nothing was written.</source>
        <translation>Un problème est survenu dans Scrubber avec ce fichier. Rien n’a été enregistré.</translation>
    </message>
</context>
</TS>
