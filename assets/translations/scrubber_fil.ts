<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="fil">
<context>
    <name>BatchModel</name>
    <message>
        <source>File</source>
        <translation>File</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>Uri</translation>
    </message>
    <message>
        <source>What it reveals</source>
        <translation>Ang ibinubunyag nito</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Kalagayan</translation>
    </message>
    <message>
        <source>nothing found</source>
        <translation>walang nakita</translation>
    </message>
    <message>
        <source>Link: not followed</source>
        <translation>Link: hindi sinundan</translation>
    </message>
    <message>
        <source>Checking…</source>
        <translation>Sinusuri…</translation>
    </message>
    <message>
        <source>Not supported</source>
        <translation>Hindi suportado</translation>
    </message>
    <message>
        <source>Could not be read</source>
        <translation>Hindi mabasa</translation>
    </message>
    <message>
        <source>Cleaning… {percent}%</source>
        <translation>Nililinis… {percent}%</translation>
    </message>
    <message>
        <source>Cleaning…</source>
        <translation>Nililinis…</translation>
    </message>
    <message>
        <source>Ready; areas to cover: {count}</source>
        <translation>Handa na; mga bahaging tatakpan: {count}</translation>
    </message>
    <message>
        <source>Ready</source>
        <translation>Handa na</translation>
    </message>
</context>
<context>
    <name>ClipEditor</name>
    <message>
        <source>&amp;Time in the clip</source>
        <translation>&amp;Oras sa clip</translation>
    </message>
    <message>
        <source>Time in the clip</source>
        <translation>Oras sa clip</translation>
    </message>
    <message>
        <source>Frame of the clip</source>
        <translation>Frame ng clip</translation>
    </message>
    <message>
        <source>From this f&amp;rame</source>
        <translation>Mula &amp;sa frame na ito</translation>
    </message>
    <message>
        <source>The selected areas (or all) are covered from this frame on</source>
        <translation>Ang mga napiling bahagi (o lahat) ay tatakpan mula sa frame na ito pasulong</translation>
    </message>
    <message>
        <source>Until t&amp;his frame</source>
        <translation>&amp;Hanggang sa frame na ito</translation>
    </message>
    <message>
        <source>The selected areas (or all) are covered up to this frame</source>
        <translation>Ang mga napiling bahagi (o lahat) ay tatakpan hanggang sa frame na ito</translation>
    </message>
    <message>
        <source>Whole cli&amp;p</source>
        <translation>Buong &amp;clip</translation>
    </message>
    <message>
        <source>The selected areas (or all) are covered in every frame</source>
        <translation>Ang mga napiling bahagi (o lahat) ay tatakpan sa bawat frame</translation>
    </message>
    <message>
        <source>{name} ({start} to {end} s)</source>
        <translation>{name} ({start} hanggang {end} seg)</translation>
    </message>
    <message>
        <source>Areas cover every frame of the clip. Faces move: to cover them in every frame, turn on “Cover the faces found in photos and clips” in the main window.</source>
        <translation>Tinatakpan ng mga bahagi ang bawat frame ng clip. Gumagalaw ang mga mukha: para matakpan sila sa bawat frame, buksan ang “Takpan ang mga mukhang nakita sa mga larawan at clip” sa pangunahing window.</translation>
    </message>
    <message>
        <source>Face detection is not available ({reason}).</source>
        <translation>Hindi magamit ang pagtukoy ng mukha ({reason}).</translation>
    </message>
    <message>
        <source>Looking for faces…</source>
        <translation>Naghahanap ng mga mukha…</translation>
    </message>
    <message>
        <source>Faces seen in this frame (dashed outlines): {count}.</source>
        <translation>Mga mukhang nakita sa frame na ito (putol-putol na balangkas): {count}.</translation>
    </message>
</context>
<context>
    <name>DetailsPane</name>
    <message>
        <source>Details: {detail}</source>
        <translation>Detalye: {detail}</translation>
    </message>
    <message>
        <source>Details of the selected file</source>
        <translation>Mga detalye ng napiling file</translation>
    </message>
    <message>
        <source>File type</source>
        <translation>Uri ng file</translation>
    </message>
    <message>
        <source>Before</source>
        <translation>Bago</translation>
    </message>
    <message>
        <source>After</source>
        <translation>Pagkatapos</translation>
    </message>
    <message>
        <source>Picture before cleaning</source>
        <translation>Larawan bago linisin</translation>
    </message>
    <message>
        <source>Picture of the clean copy</source>
        <translation>Larawan ng malinis na kopya</translation>
    </message>
    <message>
        <source>Before: what the file gives away</source>
        <translation>Bago: ang ibinubunyag ng file</translation>
    </message>
    <message>
        <source>After: the clean copy</source>
        <translation>Pagkatapos: ang malinis na kopya</translation>
    </message>
    <message>
        <source>Something that could identify you is still in the copy. Do not post it. The list below shows what remains.</source>
        <translation>May natitira pa sa kopya na puwedeng magpakilala sa iyo. Huwag itong i-post. Makikita sa listahan sa ibaba ang natitira.</translation>
    </message>
    <message>
        <source>Found in the file before cleaning</source>
        <translation>Nakita sa file bago linisin</translation>
    </message>
    <message>
        <source>The clean copy: what was removed and what remains</source>
        <translation>Ang malinis na kopya: ang inalis at ang natitira</translation>
    </message>
    <message>
        <source>What</source>
        <translation>Ano</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>Halaga</translation>
    </message>
    <message>
        <source>Select a file in the list to see what it gives away.</source>
        <translation>Pumili ng file sa listahan para makita kung ano ang ibinubunyag nito.</translation>
    </message>
    <message>
        <source>Technical details: every tag and value</source>
        <translation>Teknikal na detalye: bawat tag at halaga</translation>
    </message>
    <message>
        <source>Result</source>
        <translation>Resulta</translation>
    </message>
    <message>
        <source>Areas to cover</source>
        <translation>Mga bahaging tatakpan</translation>
    </message>
    <message>
        <source>Details of the problem</source>
        <translation>Mga detalye ng problema</translation>
    </message>
    <message>
        <source>1 area will be covered</source>
        <translation>1 bahagi ang tatakpan</translation>
    </message>
    <message>
        <source>{count} areas will be covered</source>
        <translation>{count} bahagi ang tatakpan</translation>
    </message>
    <message>
        <source>Checking this file…</source>
        <translation>Sinusuri ang file na ito…</translation>
    </message>
    <message>
        <source>Nothing found that could identify you.</source>
        <translation>Walang nakitang puwedeng magpakilala sa iyo.</translation>
    </message>
    <message>
        <source>1 thing found that could identify you.</source>
        <translation>1 bagay ang nakitang puwedeng magpakilala sa iyo.</translation>
    </message>
    <message>
        <source>{count} things found that could identify you.</source>
        <translation>{count} bagay ang nakitang puwedeng magpakilala sa iyo.</translation>
    </message>
    <message>
        <source>No clean copy can be made because the file could not be read.</source>
        <translation>Hindi makagawa ng malinis na kopya dahil hindi mabasa ang file.</translation>
    </message>
    <message>
        <source>Cleaning…</source>
        <translation>Nililinis…</translation>
    </message>
    <message>
        <source>Not cleaned yet. Press Clean to make a safe copy.</source>
        <translation>Hindi pa nalilinis. Pindutin ang Linisin para gumawa ng ligtas na kopya.</translation>
    </message>
    <message>
        <source>Saved as: {name}</source>
        <translation>Na-save bilang: {name}</translation>
    </message>
    <message>
        <source>Faces found and covered: {count}. Check the picture of the copy.</source>
        <translation>Mga mukhang nakita at tinakpan: {count}. Tingnan ang larawan ng kopya.</translation>
    </message>
    <message>
        <source>Checked again: nothing that could identify you was found.</source>
        <translation>Sinuri ulit: walang nakitang puwedeng magpakilala sa iyo.</translation>
    </message>
    <message>
        <source>Still in the copy</source>
        <translation>Nasa kopya pa</translation>
    </message>
    <message>
        <source>Removed</source>
        <translation>Inalis</translation>
    </message>
    <message>
        <source>still in the copy</source>
        <translation>nasa kopya pa</translation>
    </message>
    <message>
        <source>removed</source>
        <translation>inalis</translation>
    </message>
    <message>
        <source>removed, not checked</source>
        <translation>inalis, hindi nasuri ulit</translation>
    </message>
    <message>
        <source>What the clean copy no longer gives away</source>
        <translation>Ang hindi na ibinubunyag ng malinis na kopya</translation>
    </message>
    <message>
        <source>will be removed</source>
        <translation>aalisin</translation>
    </message>
    <message>
        <source>not removed</source>
        <translation>hindi inalis</translation>
    </message>
    <message>
        <source>What the file gives away</source>
        <translation>Ang ibinubunyag ng file</translation>
    </message>
    <message>
        <source>kept</source>
        <translation>itinira</translation>
    </message>
    <message>
        <source>Good to know:</source>
        <translation>Mabuting malaman:</translation>
    </message>
    <message>
        <source>which way up the photo is</source>
        <translation>ang tamang direksyon ng litrato</translation>
    </message>
    <message>
        <source>a standard colour profile</source>
        <translation>isang karaniwang color profile</translation>
    </message>
    <message>
        <source>harmless technical data</source>
        <translation>hindi mapanganib na teknikal na data</translation>
    </message>
    <message>
        <source>Hide technical details</source>
        <translation>Itago ang teknikal na detalye</translation>
    </message>
    <message>
        <source>Show technical details</source>
        <translation>Ipakita ang teknikal na detalye</translation>
    </message>
    <message>
        <source>Kept: needed to show the photo the right way up</source>
        <translation>Itinira: kailangan para maipakita nang tama ang direksyon ng larawan</translation>
    </message>
    <message>
        <source>Kept: a standard colour profile, so colours look right</source>
        <translation>Itinira: karaniwang color profile, para tama ang hitsura ng kulay</translation>
    </message>
    <message>
        <source>Kept</source>
        <translation>Itinira</translation>
    </message>
    <message>
        <source>Loading preview…</source>
        <translation>Nilo-load ang preview…</translation>
    </message>
    <message>
        <source>No preview for this kind of file</source>
        <translation>Walang preview para sa ganitong uri ng file</translation>
    </message>
    <message>
        <source>This picture could not be read: the file may be damaged</source>
        <translation>Hindi mabasa ang larawang ito: baka sira ang file</translation>
    </message>
    <message>
        <source>The clean copy will appear here</source>
        <translation>Lalabas dito ang malinis na kopya</translation>
    </message>
    <message>
        <source>No copy was made</source>
        <translation>Walang nagawang kopya</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>Photos and pictures ({patterns})</source>
        <translation>Mga litrato at larawan ({patterns})</translation>
    </message>
    <message>
        <source>Sound recordings ({patterns})</source>
        <translation>Mga recording ng tunog ({patterns})</translation>
    </message>
    <message>
        <source>Videos ({patterns})</source>
        <translation>Mga video ({patterns})</translation>
    </message>
    <message>
        <source>Documents ({patterns})</source>
        <translation>Mga dokumento ({patterns})</translation>
    </message>
    <message>
        <source>Files Scrubber can clean ({patterns})</source>
        <translation>Mga file na kayang linisin ng Scrubber ({patterns})</translation>
    </message>
    <message>
        <source>All files (*)</source>
        <translation>Lahat ng file (*)</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>Mga fil&amp;e</translation>
    </message>
    <message>
        <source>&amp;Language</source>
        <translation>&amp;Wika</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>T&amp;ulong</translation>
    </message>
    <message>
        <source>&amp;Add files…</source>
        <translation>Mag&amp;dagdag ng mga file…</translation>
    </message>
    <message>
        <source>Add fold&amp;er…</source>
        <translation>&amp;Magdagdag ng folder…</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Umalis</translation>
    </message>
    <message>
        <source>&amp;Clean</source>
        <translation>&amp;Linisin</translation>
    </message>
    <message>
        <source>Ca&amp;ncel</source>
        <translation>&amp;Kanselahin</translation>
    </message>
    <message>
        <source>Remo&amp;ve from list</source>
        <translation>&amp;Alisin sa listahan</translation>
    </message>
    <message>
        <source>H&amp;ide faces and areas…</source>
        <translation>&amp;Itago ang mga mukha at bahagi…</translation>
    </message>
    <message>
        <source>&amp;Why this matters</source>
        <translation>&amp;Bakit ito mahalaga</translation>
    </message>
    <message>
        <source>&amp;About Scrubber</source>
        <translation>&amp;Tungkol sa Scrubber</translation>
    </message>
    <message>
        <source>Scrubber: remove hidden data from photos</source>
        <translation>Scrubber: alisin ang nakatagong data sa mga litrato</translation>
    </message>
    <message>
        <source>Add files</source>
        <translation>Magdagdag ng mga file</translation>
    </message>
    <message>
        <source>Add a folder</source>
        <translation>Magdagdag ng folder</translation>
    </message>
    <message>
        <source>Why this matters</source>
        <translation>Bakit ito mahalaga</translation>
    </message>
    <message>
        <source>Hide faces and areas</source>
        <translation>Itago ang mga mukha at bahagi</translation>
    </message>
    <message>
        <source>Remo&amp;ve</source>
        <translation>Ali&amp;sin</translation>
    </message>
    <message>
        <source>Remove the selected files</source>
        <translation>Alisin sa listahan ang mga napiling file</translation>
    </message>
    <message>
        <source>Clear lis&amp;t</source>
        <translation>Linisin ang lista&amp;han</translation>
    </message>
    <message>
        <source>Clear the list</source>
        <translation>Linisin ang listahan</translation>
    </message>
    <message>
        <source>Cover faces, tattoos or anything else in the selected photo or clip (Enter)</source>
        <translation>Takpan ang mukha, tattoo, o anumang bagay sa napiling litrato o clip (Enter)</translation>
    </message>
    <message>
        <source>or drop photos and folders onto the list below.</source>
        <translation>o i-drop ang mga litrato at folder sa listahan sa ibaba.</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Wika</translation>
    </message>
    <message>
        <source>Files to clean</source>
        <translation>Mga file na lilinisin</translation>
    </message>
    <message>
        <source>Drop photos or folders here.

Scrubber shows what each file gives away about you, then writes clean copies. Your originals are not changed.</source>
        <translation>I-drop dito ang mga litrato o folder.

Ipinapakita ng Scrubber kung ano ang ibinubunyag ng bawat file tungkol sa iyo, saka nagsusulat ng malilinis na kopya. Hindi binabago ang mga orihinal mo.</translation>
    </message>
    <message>
        <source>Details of the selected file</source>
        <translation>Mga detalye ng napiling file</translation>
    </message>
    <message>
        <source>Language:</source>
        <translation>Wika:</translation>
    </message>
    <message>
        <source>Add files to clean</source>
        <translation>Magdagdag ng mga file na lilinisin</translation>
    </message>
    <message>
        <source>Add a folder to clean</source>
        <translation>Magdagdag ng folder na lilinisin</translation>
    </message>
    <message>
        <source>About Scrubber</source>
        <translation>Tungkol sa Scrubber</translation>
    </message>
    <message>
        <source>Scrubber {version}

Removes hidden data from photos. Works offline: nothing is ever sent anywhere, and no list of your files is kept.</source>
        <translation>Scrubber {version}

Nag-aalis ng nakatagong data sa mga litrato. Gumagana nang offline: walang ipinapadala kahit saan, at walang itinatagong listahan ng mga file mo.</translation>
    </message>
    <message>
        <source>Replace the original files?</source>
        <translation>Palitan ang mga orihinal na file?</translation>
    </message>
    <message>
        <source>Your original files will be overwritten with the cleaned versions. This cannot be undone: the originals, with everything they contain, will be gone.

Photos with areas to cover still need a copy.

Replace the originals?</source>
        <translation>Papatungan ang mga orihinal mong file ng mga nilinis na bersyon. Hindi na ito maibabalik: mawawala ang mga orihinal, kasama ang lahat ng laman nito.

Kailangan pa rin ng kopya ang mga litratong may bahaging tatakpan.

Palitan ang mga orihinal?</translation>
    </message>
    <message>
        <source>Choose where to save the clean copies</source>
        <translation>Piliin kung saan ise-save ang malilinis na kopya</translation>
    </message>
    <message>
        <source>Every file in the list has been cleaned already.</source>
        <translation>Nalinis na ang lahat ng file sa listahan.</translation>
    </message>
    <message>
        <source>Cannot create the output folder</source>
        <translation>Hindi magawa ang folder ng mga kopya</translation>
    </message>
    <message>
        <source>The clean copies cannot be saved there ({reason}). Choose another folder with “Choose…”.</source>
        <translation>Hindi ma-save doon ang malilinis na kopya ({reason}). Pumili ng ibang folder gamit ang “Pumili…”.</translation>
    </message>
    <message>
        <source>Cleaning…</source>
        <translation>Nililinis…</translation>
    </message>
    <message>
        <source>Stopping: files being cleaned now are left as they were…</source>
        <translation>Humihinto: iiwang gaya ng dati ang mga file na nililinis ngayon…</translation>
    </message>
</context>
<context>
    <name>OptionsBox</name>
    <message>
        <source>Options</source>
        <translation>Mga opsyon</translation>
    </message>
    <message>
        <source>({count} on)</source>
        <translation>({count} naka-on)</translation>
    </message>
    <message>
        <source>&amp;More options</source>
        <translation>Ma&amp;rami pang opsyon</translation>
    </message>
    <message>
        <source>More options</source>
        <translation>Marami pang opsyon</translation>
    </message>
    <message>
        <source>Show or hide the options for the copies</source>
        <translation>Ipakita o itago ang mga opsyon para sa mga kopya</translation>
    </message>
    <message>
        <source>&amp;Give the copies random file names</source>
        <translation>I-randomi&amp;ze ang mga pangalan ng file ng mga kopya</translation>
    </message>
    <message>
        <source>File names from phones often contain the date and time the photo was taken.</source>
        <translation>Madalas nasa pangalan ng file mula sa phone ang petsa at oras ng pagkuha ng litrato.</translation>
    </message>
    <message>
        <source>&amp;Keep file names that show the date or the phone</source>
        <translation>Panatilihin ang mga pangalan ng file na nagpapakita ng petsa &amp;o phone</translation>
    </message>
    <message>
        <source>Off: a copy of a file named like IMG_20240611_143207.jpg gets a name like photo-1f0c9a2e.jpg instead, so its name does not show when it was taken or with which phone.</source>
        <translation>Kapag naka-off: ang kopya ng file na may pangalang gaya ng IMG_20240611_143207.jpg ay magkakaroon ng pangalang gaya ng photo-1f0c9a2e.jpg, kaya hindi makikita sa pangalan kung kailan ito kinuha o sa aling phone.</translation>
    </message>
    <message>
        <source>Convert HEIC photos to &amp;JPEG</source>
        <translation>Gawing &amp;JPEG ang mga HEIC na litrato</translation>
    </message>
    <message>
        <source>Remove colour &amp;profiles (colours may shift slightly)</source>
        <translation>Alisin ang mga &amp;color profile (puwedeng bahagyang magbago ang kulay)</translation>
    </message>
    <message>
        <source>T&amp;urn PDF pages into pictures (strongest; text can no longer be selected)</source>
        <translation>&amp;Gawing larawan ang mga pahina ng PDF (pinakamalakas; hindi na mapipili ang text)</translation>
    </message>
    <message>
        <source>Removes everything hidden in a PDF&apos;s text and drawings too. The copy is larger and its text cannot be searched or copied.</source>
        <translation>Inaalis din ang lahat ng nakatago sa text at drawing ng PDF. Mas malaki ang kopya at hindi na mahahanap o makokopya ang text nito.</translation>
    </message>
    <message>
        <source>Cover the faces found in photos and clips (check each cop&amp;y)</source>
        <translation>&amp;Takpan ang mga mukhang nakita sa mga larawan at clip (tingnan ang bawat kopya)</translation>
    </message>
    <message>
        <source>Faces found automatically are covered in black in the copies. Detection can miss faces: look at each copy&apos;s picture in the details.</source>
        <translation>Tinatakpan ng itim sa mga kopya ang mga mukhang awtomatikong nakita. Puwedeng may mukhang hindi makita: tingnan ang larawan ng bawat kopya sa mga detalye.</translation>
    </message>
    <message>
        <source>&amp;Quick face search (misses small faces)</source>
        <translation>Mabilis &amp;na paghahanap ng mukha (hindi nakikita ang maliliit na mukha)</translation>
    </message>
    <message>
        <source>Faster, but faces smaller than about 60 pixels in a large photo are not found. Used here and in Hide faces and areas.</source>
        <translation>Mas mabilis, pero hindi nakikita ang mga mukhang mas maliit sa mga 60 pixel sa malaking litrato. Ginagamit dito at sa Itago ang mga mukha at bahagi.</translation>
    </message>
    <message>
        <source>Remove hidden slides, sheets and te&amp;xt, and speaker notes, from documents</source>
        <translation>Alisin sa mga dokumento ang nakatagong slide, sheet at te&amp;xt, at ang speaker notes</translation>
    </message>
    <message>
        <source>Documents can hold slides, sheets and text that are not shown, and notes only the speaker sees. Without this they are kept, and the summary says where they are.</source>
        <translation>Puwedeng may mga slide, sheet at text ang mga dokumento na hindi ipinapakita, at mga note na ang nagsasalita lang ang nakakakita. Kung wala ito, itinitira ang mga ito, at sinasabi ng buod kung nasaan sila.</translation>
    </message>
    <message>
        <source>Weaken the camera fingerprint in photos (saved again, a &amp;bit smaller)</source>
        <translation>Pahinain ang fingerprint ng camera sa mga litrato (ise-sa&amp;ve ulit, bahagyang mas maliit)</translation>
    </message>
    <message>
        <source>Every camera leaves a faint pattern in its photos that can link them to each other. This softens each photo slightly and makes it 3% smaller: the pattern gets weaker, but it is not removed. Photos are saved again instead of copied unchanged.</source>
        <translation>Bawat camera ay nag-iiwan ng mahinang pattern sa mga litrato nito na puwedeng mag-ugnay sa mga ito sa isa&apos;t isa. Pinalalambot nito nang kaunti ang bawat litrato at pinaliliit ito nang 3 porsiyento: humihina ang pattern, pero hindi ito naaalis. Sine-save ulit ang mga litrato sa halip na kopyahin nang walang pagbabago.</translation>
    </message>
    <message>
        <source>&amp;Replace the originals (no copies; cannot be undone)</source>
        <translation>Palitan ang mga orihinal (walang kop&amp;ya; hindi na maibabalik)</translation>
    </message>
</context>
<context>
    <name>OutputBox</name>
    <message>
        <source>Save clean copies in:</source>
        <translation>I-save ang malilinis na kopya sa:</translation>
    </message>
    <message>
        <source>Output folder</source>
        <translation>Folder ng mga kopya</translation>
    </message>
    <message>
        <source>Choo&amp;se…</source>
        <translation>&amp;Pumili…</translation>
    </message>
    <message>
        <source>Choose the output folder</source>
        <translation>Piliin ang folder ng mga kopya</translation>
    </message>
    <message>
        <source>Use &amp;default</source>
        <translation>Gamitin &amp;ang default</translation>
    </message>
    <message>
        <source>Use the default output folder</source>
        <translation>Gamitin ang default na folder ng mga kopya</translation>
    </message>
    <message>
        <source>The original files will be replaced.</source>
        <translation>Papalitan ang mga orihinal na file.</translation>
    </message>
    <message>
        <source>The folder “{name}” next to the originals, with the copies made so far.</source>
        <translation>Ang folder na “{name}” katabi ng mga orihinal, kasama ang mga kopyang nagawa na.</translation>
    </message>
    <message>
        <source>A new folder next to the originals, named “{name}”.</source>
        <translation>Isang bagong folder katabi ng mga orihinal, na may pangalang “{name}”.</translation>
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
Hindi nakita ang direktoryo.
Pakitiyak na tama ang pangalan ng direktoryo.</translation>
    </message>
    <message>
        <source>%1
File not found.
Please verify the correct file name was given.</source>
        <translation>%1
Hindi nakita ang file.
Pakitiyak na tama ang pangalan ng file.</translation>
    </message>
    <message>
        <source>&amp;Choose</source>
        <translation>&amp;Pumili</translation>
    </message>
    <message>
        <source>&amp;Delete</source>
        <translation>&amp;Burahin</translation>
    </message>
    <message>
        <source>&amp;Look in:</source>
        <translation>&amp;Tumingin sa:</translation>
    </message>
    <message>
        <source>&amp;New Folder</source>
        <translation>Bagong &amp;folder</translation>
    </message>
    <message>
        <source>&amp;Open</source>
        <translation>Bu&amp;ksan</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>Buksan</translation>
    </message>
    <message>
        <source>&amp;Rename</source>
        <translation>Palitan &amp;ang pangalan</translation>
    </message>
    <message>
        <source>All Files (*)</source>
        <translation>Lahat ng file (*)</translation>
    </message>
    <message>
        <source>Are you sure you want to delete &apos;%1&apos;?</source>
        <translation>Sigurado ka bang gusto mong burahin ang “%1”?</translation>
    </message>
    <message>
        <source>Back</source>
        <translation>Bumalik</translation>
    </message>
    <message>
        <source>Change to detail view mode</source>
        <translation>Lumipat sa detalyadong view</translation>
    </message>
    <message>
        <source>Change to list view mode</source>
        <translation>Lumipat sa list view</translation>
    </message>
    <message>
        <source>Create New Folder</source>
        <translation>Gumawa ng bagong folder</translation>
    </message>
    <message>
        <source>Create a New Folder</source>
        <translation>Gumawa ng bagong folder</translation>
    </message>
    <message>
        <source>Detail View</source>
        <translation>Detalyadong view</translation>
    </message>
    <message>
        <source>Directories</source>
        <translation>Mga direktoryo</translation>
    </message>
    <message>
        <source>Directory:</source>
        <translation>Direktoryo:</translation>
    </message>
    <message>
        <source>File &amp;name:</source>
        <translation>Pangalan &amp;ng file:</translation>
    </message>
    <message>
        <source>Files</source>
        <translation>Mga file</translation>
    </message>
    <message>
        <source>Files of &amp;type:</source>
        <translation>&amp;Uri ng file:</translation>
    </message>
    <message>
        <source>Forward</source>
        <translation>Pasulong</translation>
    </message>
    <message>
        <source>Go back</source>
        <translation>Bumalik</translation>
    </message>
    <message>
        <source>Go forward</source>
        <translation>Pumunta pasulong</translation>
    </message>
    <message>
        <source>Go to the parent directory</source>
        <translation>Pumunta sa parent na direktoryo</translation>
    </message>
    <message>
        <source>List View</source>
        <translation>List view</translation>
    </message>
    <message>
        <source>List of places and bookmarks</source>
        <translation>Listahan ng mga lugar at bookmark</translation>
    </message>
    <message>
        <source>Parent Directory</source>
        <translation>Parent na direktoryo</translation>
    </message>
    <message>
        <source>Show &amp;hidden files</source>
        <translation>&amp;Ipakita ang mga nakatagong file</translation>
    </message>
    <message>
        <source>Show </source>
        <translation>Ipakita ang </translation>
    </message>
    <message>
        <source>Sidebar</source>
        <translation>Gilid na panel</translation>
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
        <translation>Petsa ng pagbabago</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Pangalan</translation>
    </message>
    <message>
        <source>Size</source>
        <translation>Laki</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>Uri</translation>
    </message>
</context>
<context>
    <name>QLineEdit</name>
    <message>
        <source>&amp;Copy</source>
        <translation>&amp;Kopyahin</translation>
    </message>
    <message>
        <source>&amp;Paste</source>
        <translation>I-&amp;paste</translation>
    </message>
    <message>
        <source>&amp;Redo</source>
        <translation>&amp;Ulitin</translation>
    </message>
    <message>
        <source>&amp;Undo</source>
        <translation>&amp;I-undo</translation>
    </message>
    <message>
        <source>Cu&amp;t</source>
        <translation>&amp;Gupitin</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Burahin</translation>
    </message>
    <message>
        <source>Select All</source>
        <translation>Piliin lahat</translation>
    </message>
</context>
<context>
    <name>QMessageBox</name>
    <message>
        <source>Show Details...</source>
        <translation>Ipakita ang mga detalye...</translation>
    </message>
</context>
<context>
    <name>QPlatformTheme</name>
    <message>
        <source>&amp;No</source>
        <translation>&amp;Hindi</translation>
    </message>
    <message>
        <source>&amp;Yes</source>
        <translation>&amp;Oo</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Kanselahin</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Isara</translation>
    </message>
    <message>
        <source>OK</source>
        <translation>OK</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>Buksan</translation>
    </message>
</context>
<context>
    <name>RedactionEditor</name>
    <message>
        <source>Press Esc again to close without your changes, or Enter to use them.</source>
        <translation>Pindutin muli ang Esc para isara nang wala ang mga binago mo, o Enter para gamitin ang mga ito.</translation>
    </message>
    <message>
        <source>Hide faces and areas — {name}</source>
        <translation>Itago ang mga mukha at bahagi — {name}</translation>
    </message>
    <message>
        <source>Select and move</source>
        <translation>Pumili at ilipat</translation>
    </message>
    <message>
        <source>Rectangle</source>
        <translation>Parihaba</translation>
    </message>
    <message>
        <source>Ellipse</source>
        <translation>Bilohaba</translation>
    </message>
    <message>
        <source>Brush</source>
        <translation>Brotsa</translation>
    </message>
    <message>
        <source>Add area</source>
        <translation>Magdagdag ng bahagi</translation>
    </message>
    <message>
        <source>Add an area in the middle of the view, to move with the arrow keys (N)</source>
        <translation>Magdagdag ng bahagi sa gitna ng view, na maililipat gamit ang mga arrow key (N)</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Burahin</translation>
    </message>
    <message>
        <source>Del</source>
        <translation>Del</translation>
    </message>
    <message>
        <source>Undo</source>
        <translation>I-undo</translation>
    </message>
    <message>
        <source>Redo</source>
        <translation>Ulitin</translation>
    </message>
    <message>
        <source>Zoom out</source>
        <translation>Paliitin</translation>
    </message>
    <message>
        <source>Zoom in</source>
        <translation>Palakihin</translation>
    </message>
    <message>
        <source>Fit</source>
        <translation>Ipagkasya</translation>
    </message>
    <message>
        <source>Preview</source>
        <translation>Silipin</translation>
    </message>
    <message>
        <source>Show exactly what will be written (P)</source>
        <translation>Ipakita kung ano mismo ang isusulat (P)</translation>
    </message>
    <message>
        <source>Brush &amp;width</source>
        <translation>Kapal &amp;ng brush</translation>
    </message>
    <message>
        <source>Brush width</source>
        <translation>Kapal ng brush</translation>
    </message>
    <message>
        <source>Drawing tools</source>
        <translation>Mga tool sa pagguhit</translation>
    </message>
    <message>
        <source>Undo, zoom and preview</source>
        <translation>I-undo, zoom at preview</translation>
    </message>
    <message>
        <source>Photo</source>
        <translation>Litrato</translation>
    </message>
    <message>
        <source>Draw areas to cover with the mouse or the keyboard. Ctrl and the mouse wheel zoom; hold Space to pan.</source>
        <translation>Gumuhit ng mga bahaging tatakpan gamit ang mouse o keyboard. Ctrl at mouse wheel para mag-zoom; pindutin nang matagal ang Space para igalaw ang view.</translation>
    </message>
    <message>
        <source>&amp;Areas to cover (untick to leave uncovered)</source>
        <translation>Mga &amp;bahaging tatakpan (alisin ang tsek para hindi matakpan)</translation>
    </message>
    <message>
        <source>Areas to cover</source>
        <translation>Mga bahaging tatakpan</translation>
    </message>
    <message>
        <source>Automatic detection can miss faces — check every face yourself, including faces in mirrors, pictures and screens.</source>
        <translation>Puwedeng may mukhang hindi makita ang awtomatikong pagtukoy — tingnan mo mismo ang bawat mukha, pati mga mukha sa salamin, larawan at screen.</translation>
    </message>
    <message>
        <source>Find &amp;small faces</source>
        <translation>Hanapin &amp;ang maliliit na mukha</translation>
    </message>
    <message>
        <source>Find small faces</source>
        <translation>Hanapin ang maliliit na mukha</translation>
    </message>
    <message>
        <source>Look again for small faces, for group photos (slower)</source>
        <translation>Hanaping muli ang maliliit na mukha, para sa group photo (mas mabagal)</translation>
    </message>
    <message>
        <source>How to cover</source>
        <translation>Paano tatakpan</translation>
    </message>
    <message>
        <source>Solid &amp;fill (safest)</source>
        <translation>Buong kulay na &amp;takip (pinakaligtas)</translation>
    </message>
    <message>
        <source>Strong &amp;mosaic</source>
        <translation>&amp;Makapal na mosaic</translation>
    </message>
    <message>
        <source>B&amp;lur (wiped first; a few average colours stay)</source>
        <translation>Blur (binubura muna; may &amp;ilang average na kulay na natitira)</translation>
    </message>
    <message>
        <source>Fill &amp;colour…</source>
        <translation>&amp;Kulay ng takip…</translation>
    </message>
    <message>
        <source>Fill colour</source>
        <translation>Kulay ng takip</translation>
    </message>
    <message>
        <source>&amp;Use these areas</source>
        <translation>&amp;Gamitin ang mga bahaging ito</translation>
    </message>
    <message>
        <source>Use these areas</source>
        <translation>Gamitin ang mga bahaging ito</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Kanselahin</translation>
    </message>
    <message>
        <source>{action} ({key})</source>
        <translation>{action} ({key})</translation>
    </message>
    <message>
        <source>Keyboard: N adds an area, arrows move it (Shift: further), Ctrl+arrows resize it, [ and ] pick another, Delete removes it.</source>
        <translation>Keyboard: N para magdagdag ng bahagi, mga arrow para ilipat ito (Shift: mas malayo), Ctrl+arrow para baguhin ang laki, [ at ] para pumili ng iba, Delete para alisin ito.</translation>
    </message>
    <message>
        <source>Face {n} (found automatically)</source>
        <translation>Mukha {n} (awtomatikong nakita)</translation>
    </message>
    <message>
        <source>Rectangle {n}</source>
        <translation>Parihaba {n}</translation>
    </message>
    <message>
        <source>Ellipse {n}</source>
        <translation>Bilohaba {n}</translation>
    </message>
    <message>
        <source>Brush stroke {n}</source>
        <translation>Guhit ng brush {n}</translation>
    </message>
    <message>
        <source>Shape {n}</source>
        <translation>Hugis {n}</translation>
    </message>
    <message>
        <source>Loading…</source>
        <translation>Nilo-load…</translation>
    </message>
    <message>
        <source>Making the preview…</source>
        <translation>Ginagawa ang preview…</translation>
    </message>
    <message>
        <source>Preview: this is what will be written.</source>
        <translation>Preview: ito ang isusulat.</translation>
    </message>
    <message>
        <source>Draw over anything that could identify you: faces, tattoos, marks.</source>
        <translation>Takpan ang anumang puwedeng magpakilala sa iyo: mukha, tattoo, marka.</translation>
    </message>
    <message>
        <source>Looking for faces…</source>
        <translation>Naghahanap ng mga mukha…</translation>
    </message>
    <message>
        <source>Looking for small faces… this takes longer.</source>
        <translation>Naghahanap ng maliliit na mukha… mas matagal ito.</translation>
    </message>
    <message>
        <source>Face detection is not available ({reason}). Mark faces yourself.</source>
        <translation>Hindi magamit ang pagtukoy ng mukha ({reason}). Markahan mo mismo ang mga mukha.</translation>
    </message>
    <message>
        <source>No faces were found automatically.</source>
        <translation>Walang mukhang awtomatikong nakita.</translation>
    </message>
    <message>
        <source>Faces found automatically: {count}.</source>
        <translation>Mga mukhang awtomatikong nakita: {count}.</translation>
    </message>
    <message>
        <source>its files are missing or damaged</source>
        <translation>nawawala o sira ang mga file nito</translation>
    </message>
    <message>
        <source>There is not enough memory to open this photo.</source>
        <translation>Kulang ang memory para buksan ang litratong ito.</translation>
    </message>
    <message>
        <source>The photo could not be opened.</source>
        <translation>Hindi mabuksan ang litrato.</translation>
    </message>
</context>
<context>
    <name>RunBar</name>
    <message>
        <source>Ca&amp;ncel</source>
        <translation>&amp;Kanselahin</translation>
    </message>
    <message>
        <source>Cancel cleaning</source>
        <translation>Kanselahin ang paglilinis</translation>
    </message>
    <message>
        <source>&amp;Clean</source>
        <translation>&amp;Linisin</translation>
    </message>
    <message>
        <source>Clean all files in the list</source>
        <translation>Linisin ang lahat ng file sa listahan</translation>
    </message>
    <message>
        <source>&amp;Open output folder</source>
        <translation>Buksan ang &amp;folder ng mga kopya</translation>
    </message>
    <message>
        <source>Open output folder</source>
        <translation>Buksan ang folder ng mga kopya</translation>
    </message>
    <message>
        <source>Write clean copies of all files (Ctrl+Enter)</source>
        <translation>Isulat ang malilinis na kopya ng lahat ng file (Ctrl+Enter)</translation>
    </message>
    <message>
        <source>Stop now; files not finished are left as they were (Esc)</source>
        <translation>Ihinto ngayon; iiwang gaya ng dati ang mga file na hindi pa tapos (Esc)</translation>
    </message>
    <message>
        <source>Cleaning progress</source>
        <translation>Progreso ng paglilinis</translation>
    </message>
    <message>
        <source>%v of %m files</source>
        <translation>%v sa %m file</translation>
    </message>
    <message>
        <source>Summary</source>
        <translation>Buod</translation>
    </message>
</context>
<context>
    <name>SafetyGuide</name>
    <message>
        <source>Why this matters</source>
        <translation>Bakit ito mahalaga</translation>
    </message>
    <message>
        <source>Safety guide</source>
        <translation>Gabay sa kaligtasan</translation>
    </message>
    <message>
        <source>&amp;Close</source>
        <translation>&amp;Isara</translation>
    </message>
    <message>
        <source>Close the safety guide</source>
        <translation>Isara ang gabay sa kaligtasan</translation>
    </message>
    <message>
        <source>What your photos and files can give away</source>
        <translation>Ang puwedeng ibunyag ng mga litrato at file mo</translation>
    </message>
    <message>
        <source>Photos from phones and cameras carry hidden details. Anyone who gets the file can read them:</source>
        <translation>May mga nakatagong detalye ang mga litrato mula sa phone at camera. Mababasa ito ng kahit sinong makakuha ng file:</translation>
    </message>
    <message>
        <source>Where the photo was taken, often to within a few metres.</source>
        <translation>Kung saan kinuha ang litrato, madalas hanggang ilang metro ang tiyak.</translation>
    </message>
    <message>
        <source>Which phone or camera took it, sometimes with its serial number.</source>
        <translation>Kung aling phone o camera ang kumuha nito, minsan kasama ang serial number.</translation>
    </message>
    <message>
        <source>Your name, if it is set in the phone, camera or editing app.</source>
        <translation>Ang pangalan mo, kung naka-set ito sa phone, camera o editing app.</translation>
    </message>
    <message>
        <source>The date and time it was taken.</source>
        <translation>Ang petsa at oras ng pagkuha nito.</translation>
    </message>
    <message>
        <source>A hidden small copy of the original photo. It can show what you cropped out or covered.</source>
        <translation>Isang nakatagong maliit na kopya ng orihinal na litrato. Puwede nitong ipakita ang na-crop o tinakpan mo.</translation>
    </message>
    <message>
        <source>Scrubber removes these details from a copy of the file. Your original stays as it is, unless you choose to replace it.</source>
        <translation>Inaalis ng Scrubber ang mga detalyeng ito sa isang kopya ng file. Hindi nagbabago ang orihinal mo, maliban kung piliin mong palitan ito.</translation>
    </message>
    <message>
        <source>Documents such as PDF and Word files can hold the author&apos;s name, the computer&apos;s name and the editing history. Videos and voice recordings can hold the place and the device.</source>
        <translation>Ang mga dokumento gaya ng PDF at Word file ay puwedeng may pangalan ng author, pangalan ng computer at kasaysayan ng pag-edit. Ang mga video at voice recording ay puwedeng may lugar at device.</translation>
    </message>
    <message>
        <source>If Scrubber says a file is not supported or could not be cleaned, do not share that file as it is.</source>
        <translation>Kung sabihin ng Scrubber na hindi suportado o hindi malinis ang isang file, huwag ibahagi ang file na iyon nang ganoon.</translation>
    </message>
    <message>
        <source>Blur in other apps can be undone</source>
        <translation>Naibabalik ang blur ng ibang app</translation>
    </message>
    <message>
        <source>Blur and small pixelation made by other apps can be undone by software. Scrubber&apos;s blur and mosaic wipe the area first, but they still show its average colours.</source>
        <translation>Ang blur at maliit na pixelation na gawa ng ibang app ay kayang ibalik ng software. Binubura muna ng blur at mosaic ng Scrubber ang bahagi, pero makikita pa rin ang average na mga kulay nito.</translation>
    </message>
    <message>
        <source>To hide a face, a tattoo or anything else, use solid fill. Cover a little more than you think you need.</source>
        <translation>Para itago ang mukha, tattoo o anumang bagay, gumamit ng buong kulay na takip. Takpan nang medyo mas malawak kaysa sa akala mong kailangan.</translation>
    </message>
    <message>
        <source>Your photos can be matched</source>
        <translation>Puwedeng maitugma ang mga litrato mo</translation>
    </message>
    <message>
        <source>Reverse image search finds other places where the same photo, or one like it, is online.</source>
        <translation>Nahahanap ng reverse image search ang ibang lugar online kung saan nandoon ang parehong litrato, o kahawig nito.</translation>
    </message>
    <message>
        <source>Face recognition exists and is easy to use. A face, a tattoo or a room that people can recognise can link your ad photos to your personal accounts.</source>
        <translation>May face recognition at madali itong gamitin. Ang mukha, tattoo o kuwartong nakikilala ng tao ay puwedeng mag-ugnay sa mga ad photo mo sa mga personal mong account.</translation>
    </message>
    <message>
        <source>Search for your own ad photos now and then, with a reverse image search and a face search. Then you see where they turn up.</source>
        <translation>Paminsan-minsan, hanapin ang sarili mong mga ad photo gamit ang reverse image search at face search. Makikita mo kung saan sila lumalabas.</translation>
    </message>
    <message>
        <source>Tattoos, birthmarks, jewellery, nails, bedding and furniture can link your ads to each other. Cover them or change them.</source>
        <translation>Ang tattoo, balat, alahas, kuko, kumot at muwebles ay puwedeng mag-ugnay sa mga ad mo sa isa&apos;t isa. Takpan o palitan ang mga ito.</translation>
    </message>
    <message>
        <source>Each camera leaves a faint pattern in its photos that can link them to each other. The option “Weaken the camera fingerprint” makes it weaker, but does not remove it.</source>
        <translation>Bawat camera ay nag-iiwan ng mahinang pattern sa mga litrato nito na puwedeng mag-ugnay sa mga ito sa isa&apos;t isa. Pinahihina ito ng opsyong “Pahinain ang fingerprint ng camera”, pero hindi ito naaalis.</translation>
    </message>
    <message>
        <source>Tips from sex workers&apos; digital safety advice</source>
        <translation>Mga tip mula sa payo sa digital na kaligtasan ng mga sex worker</translation>
    </message>
    <message>
        <source>Keep work and personal life apart. Use a separate phone, email and accounts for work if you can.</source>
        <translation>Paghiwalayin ang trabaho at personal na buhay. Kung kaya, gumamit ng hiwalay na phone, email at mga account para sa trabaho.</translation>
    </message>
    <message>
        <source>Take ad photos with a different phone or camera. If you cannot, turn off location, Live Photos and Motion Photos in the camera before you take them.</source>
        <translation>Kumuha ng ad photo gamit ang ibang phone o camera. Kung hindi puwede, i-off ang location, Live Photos at Motion Photos sa camera bago kumuha.</translation>
    </message>
    <message>
        <source>Never use photos from your personal social media in ads, not even old ones.</source>
        <translation>Huwag kailanman gamitin sa ad ang mga litrato mula sa personal mong social media, kahit luma na.</translation>
    </message>
    <message>
        <source>Cloud backups and shared albums keep your originals, with the place they were taken, and sort them by face. Keep work photos out of them.</source>
        <translation>Itinatago ng cloud backup at shared album ang mga orihinal mo, kasama ang lugar kung saan kinuha, at inaayos ang mga ito ayon sa mukha. Huwag ilagay doon ang mga litrato sa trabaho.</translation>
    </message>
    <message>
        <source>Clean last: after cropping and editing in other apps. Editing apps can add hidden data again.</source>
        <translation>Huling maglinis: pagkatapos mag-crop at mag-edit sa ibang app. Puwedeng magdagdag ulit ng nakatagong data ang mga editing app.</translation>
    </message>
    <message>
        <source>Screenshots can show your name, your number and your notifications. Check them before you share them.</source>
        <translation>Puwedeng makita sa screenshot ang pangalan mo, numero mo at mga notification mo. Tingnan muna bago ibahagi.</translation>
    </message>
    <message>
        <source>Check the background: letters, papers, photos on the wall, anything with a name or address.</source>
        <translation>Tingnan ang background: mga sulat, papel, litrato sa pader, anumang may pangalan o address.</translation>
    </message>
    <message>
        <source>Check mirrors and reflections: sunglasses, windows, screens and shiny surfaces.</source>
        <translation>Tingnan ang mga salamin at repleksyon: sunglasses, bintana, screen at makikintab na ibabaw.</translation>
    </message>
    <message>
        <source>Check what can be seen through windows. Streets, signs and buildings can show where you are.</source>
        <translation>Tingnan kung ano ang makikita sa bintana. Puwedeng ipakita ng mga kalye, karatula at gusali kung nasaan ka.</translation>
    </message>
    <message>
        <source>Do not post the same photo on your personal and your work accounts.</source>
        <translation>Huwag i-post ang parehong litrato sa personal at sa work account mo.</translation>
    </message>
    <message>
        <source>Sending a photo “as a file” or by email keeps its hidden data. Send only the clean copy.</source>
        <translation>Kapag nagpadala ng litrato “bilang file” o sa email, naiiwan ang nakatagong data nito. Ang malinis na kopya lang ang ipadala.</translation>
    </message>
    <message>
        <source>When you are done, delete the originals from Downloads and from shared folders.</source>
        <translation>Kapag tapos ka na, burahin ang mga orihinal sa Downloads at sa mga shared folder.</translation>
    </message>
    <message>
        <source>Before you post, open the clean copy and check it again.</source>
        <translation>Bago mag-post, buksan ang malinis na kopya at tingnan ulit.</translation>
    </message>
    <message>
        <source>What your computer may still keep</source>
        <translation>Ang puwedeng itinatago pa ng computer mo</translation>
    </message>
    <message>
        <source>Scrubber keeps no list of the files you open, but your computer may:</source>
        <translation>Walang itinatagong listahan ang Scrubber ng mga file na binubuksan mo, pero ang computer mo ay puwedeng may:</translation>
    </message>
    <message>
        <source>small previews (thumbnails) made by the file manager or photo viewer;</source>
        <translation>maliliit na preview (thumbnail) na gawa ng file manager o photo viewer;</translation>
    </message>
    <message>
        <source>lists of recent files in other apps;</source>
        <translation>listahan ng mga kamakailang file sa ibang app;</translation>
    </message>
    <message>
        <source>the originals in Downloads, in the trash and in cloud backups.</source>
        <translation>ang mga orihinal sa Downloads, sa basurahan at sa cloud backup.</translation>
    </message>
    <message>
        <source>To clear them:</source>
        <translation>Para burahin ang mga ito:</translation>
    </message>
    <message>
        <source>Empty the trash.</source>
        <translation>Alisan ng laman ang basurahan.</translation>
    </message>
    <message>
        <source>Clear the recent files in your file manager.</source>
        <translation>Burahin ang mga kamakailang file sa file manager mo.</translation>
    </message>
    <message>
        <source>Delete the thumbnail cache. Linux: the .cache/thumbnails folder in your home folder. Windows: Disk Cleanup, then Thumbnails. macOS: restart the Mac.</source>
        <translation>Burahin ang thumbnail cache. Linux: ang folder na .cache/thumbnails sa home folder mo. Windows: Disk Cleanup, saka Thumbnails. macOS: i-restart ang Mac.</translation>
    </message>
    <message>
        <source>Scrubber works offline</source>
        <translation>Gumagana nang offline ang Scrubber</translation>
    </message>
    <message>
        <source>Scrubber never connects to the internet. Your files stay on this computer.</source>
        <translation>Hindi kailanman kumokonekta sa internet ang Scrubber. Nananatili sa computer na ito ang mga file mo.</translation>
    </message>
</context>
<context>
    <name>Summary</name>
    <message>
        <source>Cancelled.</source>
        <translation>Kinansela.</translation>
    </message>
    <message>
        <source>{n} cleaned.</source>
        <translation>{n} ang nalinis.</translation>
    </message>
    <message>
        <source>{n} had nothing to remove.</source>
        <translation>{n} ang walang kailangang alisin.</translation>
    </message>
    <message>
        <source>{n} could not be cleaned.</source>
        <translation>{n} ang hindi malinis.</translation>
    </message>
    <message>
        <source>{n} not done (cancelled).</source>
        <translation>{n} ang hindi natapos (kinansela).</translation>
    </message>
    <message>
        <source>Nothing was cleaned.</source>
        <translation>Walang nalinis.</translation>
    </message>
    <message>
        <source>Clean copies are in: {folder}</source>
        <translation>Nasa folder na ito ang malilinis na kopya: {folder}</translation>
    </message>
    <message>
        <source>{name}: {reason}</source>
        <translation>{name}: {reason}</translation>
    </message>
    <message>
        <source>…and {n} more: see the list.</source>
        <translation>…at {n} pa: tingnan ang listahan.</translation>
    </message>
</context>
<context>
    <name>messages</name>
    <message>
        <source>{metres} m above sea level</source>
        <translation>{metres} m sa itaas ng antas ng dagat</translation>
    </message>
    <message>
        <source>{metres} m below sea level</source>
        <translation>{metres} m sa ibaba ng antas ng dagat</translation>
    </message>
    <message>
        <source>{count} bytes of data</source>
        <translation>{count} byte ng data</translation>
    </message>
    <message>
        <source>The file name shows when it was taken: {shown}</source>
        <translation>Makikita sa pangalan ng file kung kailan ito kinuha: {shown}</translation>
    </message>
    <message>
        <source>The file name shows the phone or camera that made it: {shown}</source>
        <translation>Makikita sa pangalan ng file ang phone o camera na gumawa nito: {shown}</translation>
    </message>
    <message>
        <source>The file name shows the app that made it: {apps}</source>
        <translation>Makikita sa pangalan ng file ang app na gumawa nito: {apps}</translation>
    </message>
    <message>
        <source>{finding} (the name was kept)</source>
        <translation>{finding} (itinira ang pangalan)</translation>
    </message>
    <message>
        <source>The file cannot be found. Was it moved or deleted?</source>
        <translation>Hindi makita ang file. Inilipat ba ito o binura?</translation>
    </message>
    <message>
        <source>This is not a normal file (it is a folder, a device or a pipe).</source>
        <translation>Hindi ito karaniwang file (folder, device o pipe ito).</translation>
    </message>
    <message>
        <source>This is a folder, not a file.</source>
        <translation>Folder ito, hindi file.</translation>
    </message>
    <message>
        <source>The file is empty.</source>
        <translation>Walang laman ang file.</translation>
    </message>
    <message>
        <source>The file cannot be read: {reason}</source>
        <translation>Hindi mabasa ang file: {reason}</translation>
    </message>
    <message>
        <source>The file name says {format}, but the file cannot be read as {format}.</source>
        <translation>{format} ang sabi ng pangalan ng file, pero hindi ito mabasa bilang {format}.</translation>
    </message>
    <message>
        <source>This type of file is not supported, so it was not cleaned.</source>
        <translation>Hindi suportado ang ganitong uri ng file, kaya hindi ito nilinis.</translation>
    </message>
    <message>
        <source>This is a link; it was not followed.</source>
        <translation>Link ito; hindi ito sinundan.</translation>
    </message>
    <message>
        <source>This file could not be read ({kind}).</source>
        <translation>Hindi mabasa ang file na ito ({kind}).</translation>
    </message>
    <message>
        <source>It holds documents inside documents, too many levels deep.</source>
        <translation>May mga dokumento ito sa loob ng mga dokumento, nang masyadong maraming patong.</translation>
    </message>
    <message>
        <source>There is not enough memory to read this file.</source>
        <translation>Kulang ang memory para basahin ang file na ito.</translation>
    </message>
    <message>
        <source>There is not enough memory.</source>
        <translation>Kulang ang memory.</translation>
    </message>
    <message>
        <source>A file could not be read or written: {reason}</source>
        <translation>Hindi mabasa o maisulat ang isang file: {reason}</translation>
    </message>
    <message>
        <source>Unexpected error ({kind}). Nothing was written.</source>
        <translation>Hindi inaasahang error ({kind}). Walang isinulat.</translation>
    </message>
    <message>
        <source>The copy would replace the original. Choose another name or folder.</source>
        <translation>Papalitan ng kopya ang orihinal. Pumili ng ibang pangalan o folder.</translation>
    </message>
    <message>
        <source>Replacing the original cannot change the file type. Save copies in a folder instead.</source>
        <translation>Hindi mababago ang uri ng file kapag pinapalitan ang orihinal. Mag-save na lang ng mga kopya sa isang folder.</translation>
    </message>
    <message>
        <source>This file is a link. Save copies in a folder instead.</source>
        <translation>Link ang file na ito. Mag-save na lang ng mga kopya sa isang folder.</translation>
    </message>
    <message>
        <source>The clean copy could not be checked again, so it was deleted: {reason}</source>
        <translation>Hindi masuri ulit ang malinis na kopya, kaya binura ito: {reason}</translation>
    </message>
    <message>
        <source>The clean copy still held data ({left}), so it was deleted.</source>
        <translation>May data pa sa malinis na kopya ({left}), kaya binura ito.</translation>
    </message>
    <message>
        <source>The folder for the copies cannot be created: {reason}</source>
        <translation>Hindi magawa ang folder para sa mga kopya: {reason}</translation>
    </message>
    <message>
        <source>Nothing can be saved in the folder for the copies: {reason}</source>
        <translation>Walang mai-save sa folder para sa mga kopya: {reason}</translation>
    </message>
    <message>
        <source>The copy could not be finished: {reason}</source>
        <translation>Hindi matapos ang kopya: {reason}</translation>
    </message>
    <message>
        <source>The copies could not be saved to the disk: {reason}</source>
        <translation>Hindi ma-save sa disk ang mga kopya: {reason}</translation>
    </message>
    <message>
        <source>No free name was found for the clean copy.</source>
        <translation>Walang mahanap na bakanteng pangalan para sa malinis na kopya.</translation>
    </message>
    <message>
        <source>The clean copy could not be saved: {reason}</source>
        <translation>Hindi ma-save ang malinis na kopya: {reason}</translation>
    </message>
    <message>
        <source>The earlier copy could not be replaced: {reason}</source>
        <translation>Hindi mapalitan ang naunang kopya: {reason}</translation>
    </message>
    <message>
        <source>This JPEG is damaged: its beginning is missing.</source>
        <translation>Sira ang JPEG na ito: nawawala ang simula nito.</translation>
    </message>
    <message>
        <source>This JPEG is damaged (a wrong length at byte {pos}).</source>
        <translation>Sira ang JPEG na ito (maling haba sa byte {pos}).</translation>
    </message>
    <message>
        <source>This JPEG is damaged: its picture does not end where it should.</source>
        <translation>Sira ang JPEG na ito: hindi nagtatapos ang larawan kung saan dapat.</translation>
    </message>
    <message>
        <source>This JPEG is damaged (a missing marker at byte {pos}).</source>
        <translation>Sira ang JPEG na ito (nawawalang marker sa byte {pos}).</translation>
    </message>
    <message>
        <source>This JPEG is cut off before the picture starts.</source>
        <translation>Naputol ang JPEG na ito bago magsimula ang larawan.</translation>
    </message>
    <message>
        <source>This JPEG is damaged: it has far too many parts.</source>
        <translation>Sira ang JPEG na ito: sobrang dami ng bahagi nito.</translation>
    </message>
    <message>
        <source>This rare kind of JPEG (hierarchical or JPEG-LS) is not supported.</source>
        <translation>Hindi suportado ang bihirang uri ng JPEG na ito (hierarchical o JPEG-LS).</translation>
    </message>
    <message>
        <source>This JPEG holds no picture.</source>
        <translation>Walang larawan sa JPEG na ito.</translation>
    </message>
    <message>
        <source>This JPEG is damaged: its picture is not where the file says.</source>
        <translation>Sira ang JPEG na ito: wala ang larawan kung saan sinasabi ng file.</translation>
    </message>
    <message>
        <source>This JPEG is damaged: it holds more than one picture frame.</source>
        <translation>Sira ang JPEG na ito: mahigit sa isang frame ng larawan ang laman nito.</translation>
    </message>
    <message>
        <source>This JPEG has other data hidden inside its picture, so it was not cleaned.</source>
        <translation>May ibang data na nakatago sa loob ng larawan ng JPEG na ito, kaya hindi ito nilinis.</translation>
    </message>
    <message>
        <source>The colour profile is too large.</source>
        <translation>Masyadong malaki ang color profile.</translation>
    </message>
    <message>
        <source>The picture is incomplete: the file was cut off.</source>
        <translation>Kulang ang larawan: naputol ang file.</translation>
    </message>
    <message>
        <source>This JPEG is damaged in places; the copy looks the same as the original did.</source>
        <translation>May mga sirang bahagi ang JPEG na ito; kamukha ng kopya ang dating hitsura ng orihinal.</translation>
    </message>
    <message>
        <source>The GIF file was cut short; its complete frames were kept.</source>
        <translation>Naputol ang GIF file; itinira ang mga buong frame nito.</translation>
    </message>
    <message>
        <source>The {format} picture was saved as PNG.</source>
        <translation>Na-save bilang PNG ang {format} na larawan.</translation>
    </message>
    <message>
        <source>Only the first frame of the animation was kept ({frames} in the file).</source>
        <translation>Ang unang frame lang ng animation ang itinira ({frames} sa file).</translation>
    </message>
    <message>
        <source>Only the first page was kept ({frames} in the file).</source>
        <translation>Ang unang pahina lang ang itinira ({frames} sa file).</translation>
    </message>
    <message>
        <source>The picture was saved with 8 bits per colour (it had more).</source>
        <translation>Na-save ang larawan nang 8 bit bawat kulay (mas marami ito dati).</translation>
    </message>
    <message>
        <source>Colours may look slightly different ({mode} was turned into RGB).</source>
        <translation>Puwedeng bahagyang iba ang hitsura ng mga kulay (ginawang RGB ang {mode}).</translation>
    </message>
    <message>
        <source>Transparent areas were filled with white (JPEG has no transparency).</source>
        <translation>Pinunan ng puti ang mga transparent na bahagi (walang transparency ang JPEG).</translation>
    </message>
    <message>
        <source>The form&apos;s XML layer was removed.</source>
        <translation>Inalis ang XML layer ng form.</translation>
    </message>
    <message>
        <source>A digital signature was removed.</source>
        <translation>Inalis ang isang digital signature.</translation>
    </message>
    <message>
        <source>Embedded objects (files inside the document) were removed.</source>
        <translation>Inalis ang mga naka-embed na object (mga file sa loob ng dokumento).</translation>
    </message>
    <message>
        <source>Pictures in drawing formats that cannot be checked (SVG, WMF…) were removed.</source>
        <translation>Inalis ang mga larawan sa drawing format na hindi masuri (SVG, WMF…).</translation>
    </message>
    <message>
        <source>It is saved as {ext}: the same document without macros.</source>
        <translation>Na-save ito bilang {ext}: ang parehong dokumento nang walang macro.</translation>
    </message>
    <message>
        <source>The animation keeps its rotation tag; its frames were not turned.</source>
        <translation>Itinira ng animation ang rotation tag nito; hindi inikot ang mga frame nito.</translation>
    </message>
    <message>
        <source>This TIFF has {count} pages. Many viewers show only the first: check the others too.</source>
        <translation>May {count} pahina ang TIFF na ito. Ang una lang ang ipinapakita ng maraming viewer: tingnan din ang iba.</translation>
    </message>
    <message>
        <source>The TIFF keeps its orientation tag; its pixels were not turned.</source>
        <translation>Itinira ng TIFF ang orientation tag nito; hindi inikot ang mga pixel nito.</translation>
    </message>
    <message>
        <source>Colours may look slightly different in the JPEG copy.</source>
        <translation>Puwedeng bahagyang iba ang hitsura ng mga kulay sa JPEG na kopya.</translation>
    </message>
    <message>
        <source>This PNG is cut off before the picture starts.</source>
        <translation>Naputol ang PNG na ito bago magsimula ang larawan.</translation>
    </message>
    <message>
        <source>The file was cut off; the clean copy keeps the part that is there.</source>
        <translation>Naputol ang file; itinira ng malinis na kopya ang bahaging naroon.</translation>
    </message>
    <message>
        <source>The removed data said to turn the picture. Check that it is the right way up.</source>
        <translation>Sinabi ng inalis na data na iikot ang larawan. Tingnan kung tama ang direksyon nito.</translation>
    </message>
    <message>
        <source>Viewers that do not play animations now show a blank picture instead of a hidden one.</source>
        <translation>Ang mga viewer na hindi nagpe-play ng animation ay nagpapakita na ngayon ng blangkong larawan sa halip na nakatagong larawan.</translation>
    </message>
    <message>
        <source>The sound was removed.</source>
        <translation>Inalis ang tunog.</translation>
    </message>
    <message>
        <source>The clip had more than 8 bits per colour (HDR); the copy has 8, so colours may look flatter.</source>
        <translation>Mahigit 8 bit bawat kulay ang clip (HDR); 8 ang kopya, kaya puwedeng mas mapurol ang mga kulay.</translation>
    </message>
    <message>
        <source>Its broken index was rebuilt the way PDF viewers do it. Check the clean copy.</source>
        <translation>Muling binuo ang sira nitong index sa paraang ginagawa ng mga PDF viewer. Tingnan ang malinis na kopya.</translation>
    </message>
    <message>
        <source>It was locked against copying, printing or changes, but opens without a password. The clean copy has no lock.</source>
        <translation>Naka-lock ito laban sa pagkopya, pag-print o pagbabago, pero nabubuksan nang walang password. Walang lock ang malinis na kopya.</translation>
    </message>
    <message>
        <source>Its attached files are locked with a password (the pages are not). The clean copy has no attachments.</source>
        <translation>Naka-lock ng password ang mga naka-attach na file nito (hindi ang mga pahina). Walang attachment ang malinis na kopya.</translation>
    </message>
    <message>
        <source>A cropped picture still held the part you cut away. It was removed.</source>
        <translation>Nasa na-crop na larawan pa ang bahaging tinanggal mo. Inalis ito.</translation>
    </message>
    <message>
        <source>Pages were turned into pictures: text can no longer be selected or searched.</source>
        <translation>Ginawang larawan ang mga pahina: hindi na mapipili o mahahanap ang text.</translation>
    </message>
    <message>
        <source>{count} layers of this PDF are hidden when it opens. They are kept in the copy; to leave them out, choose to turn PDF pages into pictures.</source>
        <translation>{count} layer ng PDF na ito ang nakatago pagbukas. Nananatili ang mga ito sa kopya; para hindi isama, piliing gawing larawan ang mga pahina ng PDF.</translation>
    </message>
    <message>
        <source>1 layer of this PDF is hidden when it opens. It is kept in the copy; to leave it out, choose to turn PDF pages into pictures.</source>
        <translation>1 layer ng PDF na ito ang nakatago pagbukas. Nananatili ito sa kopya; para hindi isama, piliing gawing larawan ang mga pahina ng PDF.</translation>
    </message>
    <message>
        <source>There is text in white, unseen on a white page, on {count} pages. It is kept in the copy; to leave it out, choose to turn PDF pages into pictures.</source>
        <translation>May puting text, na hindi makikita sa puting pahina, sa {count} pahina. Nananatili ito sa kopya; para hindi isama, piliing gawing larawan ang mga pahina ng PDF.</translation>
    </message>
    <message>
        <source>There is text in white, unseen on a white page, on 1 page. It is kept in the copy; to leave it out, choose to turn PDF pages into pictures.</source>
        <translation>May puting text, na hindi makikita sa puting pahina, sa 1 pahina. Nananatili ito sa kopya; para hindi isama, piliing gawing larawan ang mga pahina ng PDF.</translation>
    </message>
    <message>
        <source>There is text placed outside the page on {count} pages. It is kept in the copy; to leave it out, choose to turn PDF pages into pictures.</source>
        <translation>May text na nakalagay sa labas ng pahina sa {count} pahina. Nananatili ito sa kopya; para hindi isama, piliing gawing larawan ang mga pahina ng PDF.</translation>
    </message>
    <message>
        <source>There is text placed outside the page on 1 page. It is kept in the copy; to leave it out, choose to turn PDF pages into pictures.</source>
        <translation>May text na nakalagay sa labas ng pahina sa 1 pahina. Nananatili ito sa kopya; para hindi isama, piliing gawing larawan ang mga pahina ng PDF.</translation>
    </message>
    <message>
        <source>Embedded fonts were removed.</source>
        <translation>Inalis ang mga naka-embed na font.</translation>
    </message>
    <message>
        <source>Videos and sounds were removed: they could not be checked.</source>
        <translation>Inalis ang mga video at tunog: hindi masuri ang mga ito.</translation>
    </message>
    <message>
        <source>Pictures in drawing formats that cannot be checked (EMF, WMF, SVG…) were removed.</source>
        <translation>Inalis ang mga larawan sa drawing format na hindi masuri (EMF, WMF, SVG…).</translation>
    </message>
    <message>
        <source>The photo was saved again at high quality ({reason}).</source>
        <translation>Muling na-save ang larawan sa mataas na kalidad ({reason}).</translation>
    </message>
    <message>
        <source>The macros (programs) in this document were removed.</source>
        <translation>Inalis ang mga macro (program) sa dokumentong ito.</translation>
    </message>
    <message>
        <source>This PDF asks for a password to open it. Remove the password first.</source>
        <translation>Humihingi ng password ang PDF na ito para mabuksan. Alisin muna ang password.</translation>
    </message>
    <message>
        <source>This PDF is damaged and cannot be cleaned safely.</source>
        <translation>Sira ang PDF na ito at hindi malilinis nang ligtas.</translation>
    </message>
    <message>
        <source>This PDF is damaged and cannot be cleaned safely: its end is missing.</source>
        <translation>Sira ang PDF na ito at hindi malilinis nang ligtas: nawawala ang dulo nito.</translation>
    </message>
    <message>
        <source>This PDF is damaged (cut off, or parts of it are broken) and cannot be cleaned safely. Saving it again from a PDF viewer may repair it.</source>
        <translation>Sira ang PDF na ito (putol, o sira ang ilang bahagi) at hindi malilinis nang ligtas. Baka maayos ito kung i-save ulit mula sa isang PDF viewer.</translation>
    </message>
    <message>
        <source>This {format} picture is damaged and cannot be decoded: part of it is missing.</source>
        <translation>Sira ang {format} na larawang ito at hindi ma-decode: may nawawalang bahagi.</translation>
    </message>
    <message>
        <source>{count} slides are hidden. They are kept in the copy; to remove them, turn on removing hidden content.</source>
        <translation>{count} slide ang nakatago. Nananatili ang mga ito sa kopya; para alisin ang mga ito, i-on ang pag-aalis ng nakatagong nilalaman.</translation>
    </message>
    <message>
        <source>1 slide is hidden. It is kept in the copy; to remove it, turn on removing hidden content.</source>
        <translation>1 slide ang nakatago. Nananatili ito sa kopya; para alisin ito, i-on ang pag-aalis ng nakatagong nilalaman.</translation>
    </message>
    <message>
        <source>There are speaker notes on {count} slides. They are kept in the copy; to remove them, turn on removing speaker notes.</source>
        <translation>May speaker notes sa {count} slide. Nananatili ang mga ito sa kopya; para alisin ang mga ito, i-on ang pag-aalis ng speaker notes.</translation>
    </message>
    <message>
        <source>There are speaker notes on 1 slide. They are kept in the copy; to remove them, turn on removing speaker notes.</source>
        <translation>May speaker notes sa 1 slide. Nananatili ang mga ito sa kopya; para alisin ang mga ito, i-on ang pag-aalis ng speaker notes.</translation>
    </message>
    <message>
        <source>{count} sheets are hidden. They are kept in the copy; to remove them, turn on removing hidden content.</source>
        <translation>{count} sheet ang nakatago. Nananatili ang mga ito sa kopya; para alisin ang mga ito, i-on ang pag-aalis ng nakatagong nilalaman.</translation>
    </message>
    <message>
        <source>1 sheet is hidden. It is kept in the copy; to remove it, turn on removing hidden content.</source>
        <translation>1 sheet ang nakatago. Nananatili ito sa kopya; para alisin ito, i-on ang pag-aalis ng nakatagong nilalaman.</translation>
    </message>
    <message>
        <source>There is hidden text in {count} places. It is kept in the copy; to remove it, turn on removing hidden content.</source>
        <translation>May nakatagong text sa {count} lugar. Nananatili ito sa kopya; para alisin ito, i-on ang pag-aalis ng nakatagong nilalaman.</translation>
    </message>
    <message>
        <source>There is hidden text in 1 place. It is kept in the copy; to remove it, turn on removing hidden content.</source>
        <translation>May nakatagong text sa 1 lugar. Nananatili ito sa kopya; para alisin ito, i-on ang pag-aalis ng nakatagong nilalaman.</translation>
    </message>
    <message>
        <source>{count} sections are hidden. They are kept in the copy; to remove them, turn on removing hidden content.</source>
        <translation>{count} seksyon ang nakatago. Nananatili ang mga ito sa kopya; para alisin ang mga ito, i-on ang pag-aalis ng nakatagong nilalaman.</translation>
    </message>
    <message>
        <source>1 section is hidden. It is kept in the copy; to remove it, turn on removing hidden content.</source>
        <translation>1 seksyon ang nakatago. Nananatili ito sa kopya; para alisin ito, i-on ang pag-aalis ng nakatagong nilalaman.</translation>
    </message>
    <message>
        <source>A cropped photo still held the part you cut away. It was removed.</source>
        <translation>Nasa na-crop na litrato pa ang bahaging tinanggal mo. Inalis ito.</translation>
    </message>
    <message>
        <source>{count} cropped photos still held the parts you cut away. They were removed.</source>
        <translation>Nasa {count} na-crop na litrato pa ang mga bahaging tinanggal mo. Inalis ang mga ito.</translation>
    </message>
    <message>
        <source>The camera fingerprint was weakened, not removed. The picture was resized from {before} to {after} pixels.</source>
        <translation>Pinahina ang fingerprint ng camera, pero hindi ito inalis. Binago ang laki ng larawan mula {before} papuntang {after} pixel.</translation>
    </message>
    <message>
        <source>This document is protected by a password. Remove the password first.</source>
        <translation>Protektado ng password ang dokumentong ito. Alisin muna ang password.</translation>
    </message>
    <message>
        <source>This document is damaged: its contents cannot be unpacked.</source>
        <translation>Sira ang dokumentong ito: hindi ma-unpack ang laman nito.</translation>
    </message>
    <message>
        <source>This document is damaged and cannot be read safely.</source>
        <translation>Sira ang dokumentong ito at hindi mabasa nang ligtas.</translation>
    </message>
    <message>
        <source>This TIFF file holds no picture.</source>
        <translation>Walang larawan sa TIFF file na ito.</translation>
    </message>
    <message>
        <source>Camera RAW files are not supported. Export a TIFF or JPEG first.</source>
        <translation>Hindi suportado ang mga RAW file ng camera. Mag-export muna ng TIFF o JPEG.</translation>
    </message>
    <message>
        <source>This TIFF file is damaged.</source>
        <translation>Sira ang TIFF file na ito.</translation>
    </message>
    <message>
        <source>Old-style JPEG TIFF files are not supported. Convert them first.</source>
        <translation>Hindi suportado ang lumang uri ng JPEG TIFF file. I-convert muna ang mga ito.</translation>
    </message>
    <message>
        <source>This TIFF file is cut off or damaged.</source>
        <translation>Putol o sira ang TIFF file na ito.</translation>
    </message>
    <message>
        <source>This {format} picture is encrypted.</source>
        <translation>Naka-encrypt ang {format} na larawang ito.</translation>
    </message>
    <message>
        <source>This {format} picture is damaged and cannot be decoded.</source>
        <translation>Sira ang {format} na larawang ito at hindi ma-decode.</translation>
    </message>
    <message>
        <source>The description of this {format} picture is too large to check.</source>
        <translation>Masyadong malaki ang paglalarawan ng {format} na larawang ito para masuri.</translation>
    </message>
    <message>
        <source>{format} picture sequences and videos are not supported.</source>
        <translation>Hindi suportado ang mga sequence ng larawan at video na {format}.</translation>
    </message>
    <message>
        <source>This {format} file has too many parts to check safely.</source>
        <translation>Masyadong marami ang bahagi ng {format} file na ito para masuri nang ligtas.</translation>
    </message>
    <message>
        <source>This picture is AVIF, not HEIC. Rename it to end in .avif.</source>
        <translation>AVIF ang larawang ito, hindi HEIC. Palitan ang pangalan nito para magtapos sa .avif.</translation>
    </message>
    <message>
        <source>The picture is too small to save as HEIC. Choose JPEG copies instead.</source>
        <translation>Masyadong maliit ang larawan para i-save bilang HEIC. Pumili na lang ng JPEG na kopya.</translation>
    </message>
    <message>
        <source>The picture could not be saved as HEIC. Choose JPEG copies instead.</source>
        <translation>Hindi ma-save ang larawan bilang HEIC. Pumili na lang ng JPEG na kopya.</translation>
    </message>
    <message>
        <source>The picture is too large to process ({size} pixels).</source>
        <translation>Masyadong malaki ang larawan para iproseso ({size} pixel).</translation>
    </message>
    <message>
        <source>This is not a valid PNG file.</source>
        <translation>Hindi ito wastong PNG file.</translation>
    </message>
    <message>
        <source>This PNG file is damaged (a part of it is not valid).</source>
        <translation>Sira ang PNG file na ito (may bahaging hindi wasto).</translation>
    </message>
    <message>
        <source>This PNG file is damaged: its beginning is missing.</source>
        <translation>Sira ang PNG file na ito: nawawala ang simula nito.</translation>
    </message>
    <message>
        <source>This PDF is too complex to be checked safely.</source>
        <translation>Masyadong kumplikado ang PDF na ito para masuri nang ligtas.</translation>
    </message>
    <message>
        <source>This PDF has too many levels, one inside another, to be checked safely.</source>
        <translation>Masyadong maraming patong ang PDF na ito, isa sa loob ng isa, para masuri nang ligtas.</translation>
    </message>
    <message>
        <source>The drawings in this PDF are put one inside another too many times to be checked safely.</source>
        <translation>Masyadong maraming beses na nakalagay sa loob ng isa&apos;t isa ang mga drawing sa PDF na ito para masuri nang ligtas.</translation>
    </message>
    <message>
        <source>This PDF has too many parts ({count}) to be checked safely.</source>
        <translation>Masyadong marami ang bahagi ng PDF na ito ({count}) para masuri nang ligtas.</translation>
    </message>
    <message>
        <source>This PDF has too many pages ({count}) to turn them into pictures.</source>
        <translation>Masyadong marami ang pahina ng PDF na ito ({count}) para gawing larawan ang mga ito.</translation>
    </message>
    <message>
        <source>This PDF could not be given a new document ID, so it was not cleaned.</source>
        <translation>Hindi mabigyan ng bagong document ID ang PDF na ito, kaya hindi ito nilinis.</translation>
    </message>
    <message>
        <source>This PDF could not be copied faithfully, so it was not cleaned.</source>
        <translation>Hindi makopya nang eksakto ang PDF na ito, kaya hindi ito nilinis.</translation>
    </message>
    <message>
        <source>A page of this PDF has pictures on it that cannot be checked. To clean this PDF, choose to turn PDF pages into pictures.</source>
        <translation>May mga larawan sa isang pahina ng PDF na ito na hindi masuri. Para linisin ang PDF na ito, piliing gawing larawan ang mga pahina ng PDF.</translation>
    </message>
    <message>
        <source>A picture in this PDF is shown through a shape that hides part of it, and it cannot be cut exactly. To clean this PDF, choose to turn PDF pages into pictures.</source>
        <translation>Ipinapakita ang isang larawan sa PDF na ito sa pamamagitan ng isang hugis na nagtatago ng bahagi nito, at hindi ito ma-crop nang eksakto. Para linisin ang PDF na ito, piliing gawing larawan ang mga pahina ng PDF.</translation>
    </message>
    <message>
        <source>A picture in this PDF has a hidden part, stored in a way that cannot be cut away. To clean this PDF, choose to turn PDF pages into pictures.</source>
        <translation>May nakatagong bahagi ang isang larawan sa PDF na ito, na nakaimbak sa paraang hindi ito maaalis sa pag-crop. Para linisin ang PDF na ito, piliing gawing larawan ang mga pahina ng PDF.</translation>
    </message>
    <message>
        <source>A picture in this PDF has a hidden part and is too large to be cut. To clean this PDF, choose to turn PDF pages into pictures.</source>
        <translation>May nakatagong bahagi ang isang larawan sa PDF na ito at masyado itong malaki para ma-crop. Para linisin ang PDF na ito, piliing gawing larawan ang mga pahina ng PDF.</translation>
    </message>
    <message>
        <source>A picture in this PDF is stored in a way that cannot be checked.</source>
        <translation>Nakaimbak ang isang larawan sa PDF na ito sa paraang hindi masuri.</translation>
    </message>
    <message>
        <source>A picture drawn inside a page of this PDF is stored in a way that cannot be checked.</source>
        <translation>Nakaimbak ang isang larawang iginuhit sa loob ng isang pahina ng PDF na ito sa paraang hindi masuri.</translation>
    </message>
    <message>
        <source>A colour profile in this PDF is stored in a way that cannot be checked.</source>
        <translation>Nakaimbak ang isang color profile sa PDF na ito sa paraang hindi masuri.</translation>
    </message>
    <message>
        <source>A picture drawn inside a page of this PDF could not be saved again without its hidden data.</source>
        <translation>Hindi ma-save ulit nang wala ang nakatagong data nito ang isang larawang iginuhit sa loob ng isang pahina ng PDF na ito.</translation>
    </message>
    <message>
        <source>A picture in this PDF is too large once unpacked (more than {mb} MB).</source>
        <translation>Masyadong malaki ang isang larawan sa PDF na ito kapag na-unpack (mahigit {mb} MB).</translation>
    </message>
    <message>
        <source>A picture drawn inside a page of this PDF is too large once unpacked (more than {mb} MB).</source>
        <translation>Masyadong malaki ang isang larawang iginuhit sa loob ng isang pahina ng PDF na ito kapag na-unpack (mahigit {mb} MB).</translation>
    </message>
    <message>
        <source>A page of this PDF is too large once unpacked (more than {mb} MB).</source>
        <translation>Masyadong malaki ang isang pahina ng PDF na ito kapag na-unpack (mahigit {mb} MB).</translation>
    </message>
    <message>
        <source>A colour profile in this PDF is too large once unpacked (more than {mb} MB).</source>
        <translation>Masyadong malaki ang isang color profile sa PDF na ito kapag na-unpack (mahigit {mb} MB).</translation>
    </message>
    <message>
        <source>A JPEG 2000 picture in this PDF has comments that cannot be removed.</source>
        <translation>May mga comment ang isang JPEG 2000 na larawan sa PDF na ito na hindi maalis.</translation>
    </message>
    <message>
        <source>There is a problem with a picture in this PDF. {problem}</source>
        <translation>May problema sa isang larawan sa PDF na ito. {problem}</translation>
    </message>
    <message>
        <source>There is a problem with a picture drawn inside a page of this PDF. {problem}</source>
        <translation>May problema sa isang larawang iginuhit sa loob ng isang pahina ng PDF na ito. {problem}</translation>
    </message>
    <message>
        <source>Unpacked, this document would take more than {mb} MB: too much to be checked safely.</source>
        <translation>Kapag na-unpack, aabot sa mahigit {mb} MB ang dokumentong ito: masyadong marami para masuri nang ligtas.</translation>
    </message>
    <message>
        <source>A part of this document ({part}) holds an XML declaration used in attacks, so it was not opened.</source>
        <translation>May XML declaration na ginagamit sa mga atake ang isang bahagi ng dokumentong ito ({part}), kaya hindi ito binuksan.</translation>
    </message>
    <message>
        <source>There is a problem with a picture in this document ({part}). {problem}</source>
        <translation>May problema sa isang larawan sa dokumentong ito ({part}). {problem}</translation>
    </message>
    <message>
        <source>There is a problem with a document inside this document ({part}). {problem}</source>
        <translation>May problema sa isang dokumento sa loob ng dokumentong ito ({part}). {problem}</translation>
    </message>
    <message>
        <source>This document is packed in a way used to crash programs (a zip bomb), so it was not opened.</source>
        <translation>Naka-pack ang dokumentong ito sa paraang ginagamit para magpa-crash ng mga program (zip bomb), kaya hindi ito binuksan.</translation>
    </message>
    <message>
        <source>This zip file is not an OpenDocument file.</source>
        <translation>Hindi OpenDocument file ang zip file na ito.</translation>
    </message>
    <message>
        <source>This kind of OpenDocument file is not supported.</source>
        <translation>Hindi suportado ang ganitong uri ng OpenDocument file.</translation>
    </message>
    <message>
        <source>This zip file is not an Office document.</source>
        <translation>Hindi Office document ang zip file na ito.</translation>
    </message>
    <message>
        <source>This kind of Office document is not supported.</source>
        <translation>Hindi suportado ang ganitong uri ng Office document.</translation>
    </message>
    <message>
        <source>This is an old-style Office file (.doc, .xls, .ppt) or a document protected by a password. Open it in Office and save it as .docx, .xlsx or .pptx, without a password.</source>
        <translation>Lumang uri ito ng Office file (.doc, .xls, .ppt) o dokumentong protektado ng password. Buksan ito sa Office at i-save bilang .docx, .xlsx o .pptx, nang walang password.</translation>
    </message>
    <message>
        <source>This document is saved as Strict Open XML, which is not supported. Save it again as an ordinary .docx, .xlsx or .pptx file.</source>
        <translation>Naka-save ang dokumentong ito bilang Strict Open XML, na hindi suportado. I-save ulit ito bilang karaniwang .docx, .xlsx o .pptx file.</translation>
    </message>
    <message>
        <source>Part of this document&apos;s text is stored inside it as a web page or in another format, which cannot be checked. Open it in Word and save it again.</source>
        <translation>Nakaimbak sa loob nito ang bahagi ng text ng dokumentong ito bilang web page o sa ibang format, na hindi masuri. Buksan ito sa Word at i-save ulit.</translation>
    </message>
    <message>
        <source>The picture is too large to process.</source>
        <translation>Masyadong malaki ang larawan para iproseso.</translation>
    </message>
    <message>
        <source>A cropped picture in it is too large to cut safely.</source>
        <translation>Masyadong malaki ang isang na-crop na larawan sa loob nito para ma-crop nang ligtas.</translation>
    </message>
    <message>
        <source>Areas cannot be covered in {format} pictures.</source>
        <translation>Hindi puwedeng takpan ang mga bahagi sa mga {format} na larawan.</translation>
    </message>
    <message>
        <source>{format} files are not video clips.</source>
        <translation>Hindi video clip ang mga {format} file.</translation>
    </message>
    <message>
        <source>Covering areas makes a new copy: the original is never changed. Save copies in a folder instead.</source>
        <translation>Gumagawa ng bagong kopya ang pagtatakip ng mga bahagi: hindi kailanman binabago ang orihinal. Mag-save na lang ng mga kopya sa isang folder.</translation>
    </message>
    <message>
        <source>This clip is turned by {degrees} degrees, which is not supported.</source>
        <translation>Nakaikot nang {degrees} degrees ang clip na ito, na hindi suportado.</translation>
    </message>
    <message>
        <source>The clip is too large to process ({size} pixels).</source>
        <translation>Masyadong malaki ang clip para iproseso ({size} pixel).</translation>
    </message>
    <message>
        <source>This HEIF picture uses a kind of compression that is not supported ({code}).</source>
        <translation>Gumagamit ang HEIF na larawang ito ng uri ng compression na hindi suportado ({code}).</translation>
    </message>
    <message>
        <source>The picture could not be saved as AVIF.</source>
        <translation>Hindi ma-save ang larawan bilang AVIF.</translation>
    </message>
    <message>
        <source>This {format} file is stored in pieces, as when it is streamed. This is not supported.</source>
        <translation>Nakaimbak nang pira-piraso ang {format} file na ito, gaya ng kapag ini-stream. Hindi ito suportado.</translation>
    </message>
    <message>
        <source>The header of this {format} file is split up or compressed. This is not supported.</source>
        <translation>Hati-hati o naka-compress ang header ng {format} file na ito. Hindi ito suportado.</translation>
    </message>
    <message>
        <source>This {format} file plays sound or pictures stored in other files. This is not supported.</source>
        <translation>Nagpe-play ang {format} file na ito ng tunog o larawang nakaimbak sa ibang mga file. Hindi ito suportado.</translation>
    </message>
    <message>
        <source>This {format} file is copy-protected, so it cannot be cleaned.</source>
        <translation>May copy protection ang {format} file na ito, kaya hindi ito malilinis.</translation>
    </message>
    <message>
        <source>This {format} file is too large to clean.</source>
        <translation>Masyadong malaki ang {format} file na ito para linisin.</translation>
    </message>
    <message>
        <source>The sound of this video is stored in a way that is not supported.</source>
        <translation>Nakaimbak ang tunog ng video na ito sa paraang hindi suportado.</translation>
    </message>
    <message>
        <source>The sound of this video is in an old format that is not supported.</source>
        <translation>Nasa lumang format na hindi suportado ang tunog ng video na ito.</translation>
    </message>
    <message>
        <source>This M4A file also holds video, chapters or text, which cannot be cleaned here.</source>
        <translation>May video, chapter o text din ang M4A file na ito, na hindi malilinis dito.</translation>
    </message>
    <message>
        <source>This is copy-protected iTunes music. Its purchase record cannot be removed without breaking it.</source>
        <translation>Musika ito mula sa iTunes na may copy protection. Hindi maaalis ang record ng pagbili nito nang hindi ito nasisira.</translation>
    </message>
    <message>
        <source>This FLAC file starts with an ID3 tag, which FLAC players do not expect, so it was not cleaned.</source>
        <translation>Nagsisimula ang FLAC file na ito sa ID3 tag, na hindi inaasahan ng mga FLAC player, kaya hindi ito nilinis.</translation>
    </message>
    <message>
        <source>Bare AAC sound files are not supported, only AAC inside M4A files.</source>
        <translation>Hindi suportado ang mga hiwalay na AAC sound file; AAC lang na nasa loob ng M4A file ang suportado.</translation>
    </message>
    <message>
        <source>This Ogg file holds video or a kind of sound that cannot be cleaned. Only Vorbis and Opus are supported.</source>
        <translation>May video o uri ng tunog ang Ogg file na ito na hindi malilinis. Vorbis at Opus lang ang suportado.</translation>
    </message>
    <message>
        <source>This PNG has a part that is not standard ({part}), so it was not cleaned.</source>
        <translation>May bahagi ang PNG na ito na hindi standard ({part}), kaya hindi ito nilinis.</translation>
    </message>
    <message>
        <source>This animated PNG hides a still picture too large to replace, so it was not cleaned.</source>
        <translation>May nakatagong still na larawan ang animated PNG na ito na masyadong malaki para palitan, kaya hindi ito nilinis.</translation>
    </message>
    <message>
        <source>This TIFF has more than {count} pages.</source>
        <translation>Mahigit {count} pahina ang TIFF na ito.</translation>
    </message>
    <message>
        <source>This TIFF is damaged: its picture data adds up to more than the file.</source>
        <translation>Sira ang TIFF na ito: mas malaki ang kabuuan ng data ng larawan nito kaysa sa file.</translation>
    </message>
    <message>
        <source>The first page of this TIFF is only a preview. Such TIFF files are not supported.</source>
        <translation>Preview lang ang unang pahina ng TIFF na ito. Hindi suportado ang ganitong mga TIFF file.</translation>
    </message>
    <message>
        <source>The clean TIFF would be larger than 4 GB.</source>
        <translation>Magiging mas malaki sa 4 GB ang malinis na TIFF.</translation>
    </message>
    <message>
        <source>a crop hid part of the picture</source>
        <extracomment>Why the photo was saved again, in &quot;The photo was saved again at high quality ({reason}).&quot;</extracomment>
        <translation>may bahagi ng larawan na itinago ng crop</translation>
    </message>
    <message>
        <source>colours under its see-through areas could hide a picture</source>
        <extracomment>Why the photo was saved again, in &quot;The photo was saved again at high quality ({reason}).&quot;</extracomment>
        <translation>puwedeng may larawang itinatago ang mga kulay sa ilalim ng mga transparent na bahagi nito</translation>
    </message>
    <message>
        <source>it is made of layers that can cover one another</source>
        <extracomment>Why the photo was saved again, in &quot;The photo was saved again at high quality ({reason}).&quot;</extracomment>
        <translation>binubuo ito ng mga layer na puwedeng magtakip sa isa&apos;t isa</translation>
    </message>
    <message>
        <source>its tiles do not fit together in a regular grid</source>
        <extracomment>Why the photo was saved again, in &quot;The photo was saved again at high quality ({reason}).&quot;</extracomment>
        <translation>hindi nagkakasya ang mga tile nito sa isang regular na grid</translation>
    </message>
    <message>
        <source>whole tiles of its picture were hidden</source>
        <extracomment>Why the photo was saved again, in &quot;The photo was saved again at high quality ({reason}).&quot;</extracomment>
        <translation>may mga buong tile ng larawan nito na nakatago</translation>
    </message>
    <message>
        <source>its picture is stored in another file</source>
        <extracomment>Why the photo was saved again, in &quot;The photo was saved again at high quality ({reason}).&quot;</extracomment>
        <translation>nakaimbak sa ibang file ang larawan nito</translation>
    </message>
    <message>
        <source>its picture is built from data stored elsewhere in the file</source>
        <extracomment>Why the photo was saved again, in &quot;The photo was saved again at high quality ({reason}).&quot;</extracomment>
        <translation>binuo ang larawan nito mula sa data na nakaimbak sa ibang bahagi ng file</translation>
    </message>
    <message>
        <source>its picture data is not where it should be in the file</source>
        <extracomment>Why the photo was saved again, in &quot;The photo was saved again at high quality ({reason}).&quot;</extracomment>
        <translation>wala sa tamang lugar sa file ang data ng larawan nito</translation>
    </message>
</context>
<context>
    <name>plain</name>
    <message>
        <source>1 item</source>
        <translation>1 bagay</translation>
    </message>
    <message>
        <source>{count} items</source>
        <translation>{count} bagay</translation>
    </message>
    <message>
        <source>in the file name: {shown}</source>
        <translation>sa pangalan ng file: {shown}</translation>
    </message>
    <message>
        <source>{values} and {count} more</source>
        <translation>{values} at {count} pa</translation>
    </message>
    <message>
        <source>{deg}° N</source>
        <translation>{deg}° Hilaga</translation>
    </message>
    <message>
        <source>{deg}° S</source>
        <translation>{deg}° Timog</translation>
    </message>
    <message>
        <source>{deg}° E</source>
        <translation>{deg}° Silangan</translation>
    </message>
    <message>
        <source>{deg}° W</source>
        <translation>{deg}° Kanluran</translation>
    </message>
    <message>
        <source>serial {number}</source>
        <translation>serial number {number}</translation>
    </message>
</context>
<context>
    <name>words</name>
    <message>
        <source>location</source>
        <translation>lokasyon</translation>
    </message>
    <message>
        <source>phone/camera</source>
        <translation>phone/camera</translation>
    </message>
    <message>
        <source>your name</source>
        <translation>pangalan mo</translation>
    </message>
    <message>
        <source>date</source>
        <translation>petsa</translation>
    </message>
    <message>
        <source>hidden extra image/video</source>
        <translation>nakatagong dagdag na larawan/video</translation>
    </message>
    <message>
        <source>editing history</source>
        <translation>kasaysayan ng pag-edit</translation>
    </message>
    <message>
        <source>other hidden data</source>
        <translation>iba pang nakatagong data</translation>
    </message>
    <message>
        <source>Reveals where it was taken or made</source>
        <translation>Ibinubunyag kung saan ito kinuha o ginawa</translation>
    </message>
    <message>
        <source>Identifies your phone or camera</source>
        <translation>Nakikilala ang phone o camera mo</translation>
    </message>
    <message>
        <source>Contains a name</source>
        <translation>May pangalan</translation>
    </message>
    <message>
        <source>Tells when it was taken or made</source>
        <translation>Sinasabi kung kailan ito kinuha o ginawa</translation>
    </message>
    <message>
        <source>Hides an extra picture, video or file</source>
        <translation>May nakatagong dagdag na larawan, video o file</translation>
    </message>
    <message>
        <source>Shows editing history or the apps used</source>
        <translation>Ipinapakita ang kasaysayan ng pag-edit o ang mga app na ginamit</translation>
    </message>
    <message>
        <source>Other hidden data</source>
        <translation>Iba pang nakatagong data</translation>
    </message>
    <message>
        <source>Location</source>
        <translation>Lokasyon</translation>
    </message>
    <message>
        <source>Phone or camera</source>
        <translation>Phone o camera</translation>
    </message>
    <message>
        <source>Names</source>
        <translation>Mga pangalan</translation>
    </message>
    <message>
        <source>Date and time</source>
        <translation>Petsa at oras</translation>
    </message>
    <message>
        <source>Hidden extras</source>
        <translation>Nakatagong dagdag</translation>
    </message>
    <message>
        <source>Apps and editing</source>
        <translation>Mga app at pag-edit</translation>
    </message>
    <message>
        <source>Other data</source>
        <translation>Iba pang data</translation>
    </message>
    <message>
        <source>Cleaned</source>
        <translation>Nalinis</translation>
    </message>
    <message>
        <source>Nothing to remove</source>
        <translation>Walang kailangang alisin</translation>
    </message>
    <message>
        <source>Not supported</source>
        <translation>Hindi suportado</translation>
    </message>
    <message>
        <source>Could not be cleaned</source>
        <translation>Hindi malinis</translation>
    </message>
    <message>
        <source>Cancelled</source>
        <translation>Kinansela</translation>
    </message>
    <message>
        <source>removed: {what}</source>
        <translation>inalis: {what}</translation>
    </message>
    <message>
        <source>still in the copy: {what}</source>
        <translation>nasa kopya pa: {what}</translation>
    </message>
    <message>
        <source>This file is damaged or incomplete.</source>
        <translation>Sira o kulang ang file na ito.</translation>
    </message>
    <message>
        <source>This type of file is not supported yet.</source>
        <translation>Hindi pa suportado ang ganitong uri ng file.</translation>
    </message>
    <message>
        <source>This file cannot be found or is not a normal file.</source>
        <translation>Hindi makita ang file na ito o hindi ito karaniwang file.</translation>
    </message>
    <message>
        <source>Scrubber cannot clean this file safely (for example it is too large or protected by a password).</source>
        <translation>Hindi kayang linisin nang ligtas ng Scrubber ang file na ito (halimbawa, masyado itong malaki o may password).</translation>
    </message>
    <message>
        <source>The copy could not be written (is the disk full or the folder read-only?)</source>
        <translation>Hindi maisulat ang kopya (puno ba ang disk o read-only ang folder?)</translation>
    </message>
    <message>
        <source>The copy still contained identifying data, so it was deleted.</source>
        <translation>May natitira pang data na nagpapakilala sa kopya, kaya binura ito.</translation>
    </message>
    <message>
        <source>Not done: cleaning was cancelled.</source>
        <translation>Hindi natapos: kinansela ang paglilinis.</translation>
    </message>
    <message>
        <source>The areas to cover do not fit this picture, so nothing was written.</source>
        <translation>Hindi tugma sa larawang ito ang mga bahaging tatakpan, kaya walang isinulat.</translation>
    </message>
    <message>
        <source>Finding faces automatically does not work on this computer.</source>
        <translation>Hindi gumagana sa computer na ito ang awtomatikong paghahanap ng mukha.</translation>
    </message>
    <message>
        <source>Photos with areas to cover or a weakened camera fingerprint need a copy: turn off “Replace the originals”.</source>
        <translation>Kailangan ng kopya ang mga litratong may bahaging tatakpan o may pinahinang fingerprint ng camera: i-off ang “Palitan ang mga orihinal”.</translation>
    </message>
    <message>
        <source>This is a link to another file or folder; it was not followed.</source>
        <translation>Link ito sa ibang file o folder; hindi ito sinundan.</translation>
    </message>
    <message>
        <source>There is not enough memory to clean this file.</source>
        <translation>Kulang ang memory para linisin ang file na ito.</translation>
    </message>
    <message>
        <source>This file made Scrubber&apos;s reader crash (the file may be damaged). It was not cleaned.</source>
        <translation>Nag-crash ang reader ng Scrubber dahil sa file na ito (baka sira ang file). Hindi ito nilinis.</translation>
    </message>
    <message>
        <source>Reading this file took far too long (it may be damaged), so it was stopped. It was not cleaned.</source>
        <translation>Masyadong natagalan ang pagbasa sa file na ito (baka sira ito), kaya itinigil ito. Hindi ito nilinis.</translation>
    </message>
    <message>
        <source>Something went wrong in Scrubber with this file. Nothing was written.</source>
        <translation>May nagkaproblema sa Scrubber sa file na ito. Walang isinulat.</translation>
    </message>
</context>
</TS>
