<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="id">
<context>
    <name>BatchModel</name>
    <message>
        <source>File</source>
        <translation>Berkas</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>Jenis</translation>
    </message>
    <message>
        <source>What it reveals</source>
        <translation>Yang terungkap</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Kondisi</translation>
    </message>
    <message>
        <source>nothing found</source>
        <translation>tidak ada yang ditemukan</translation>
    </message>
    <message>
        <source>Link: not followed</source>
        <translation>Tautan: tidak diikuti</translation>
    </message>
    <message>
        <source>Checking…</source>
        <translation>Memeriksa…</translation>
    </message>
    <message>
        <source>Not supported</source>
        <translation>Tidak didukung</translation>
    </message>
    <message>
        <source>Could not be read</source>
        <translation>Tidak bisa dibaca</translation>
    </message>
    <message>
        <source>Cleaning… {percent}%</source>
        <translation>Membersihkan… {percent}%</translation>
    </message>
    <message>
        <source>Cleaning…</source>
        <translation>Membersihkan…</translation>
    </message>
    <message>
        <source>Ready; areas to cover: {count}</source>
        <translation>Siap; area yang akan ditutupi: {count}</translation>
    </message>
    <message>
        <source>Ready</source>
        <translation>Siap</translation>
    </message>
</context>
<context>
    <name>ClipEditor</name>
    <message>
        <source>&amp;Time in the clip</source>
        <translation>Waktu &amp;dalam klip</translation>
    </message>
    <message>
        <source>Time in the clip</source>
        <translation>Waktu dalam klip</translation>
    </message>
    <message>
        <source>Frame of the clip</source>
        <translation>Bingkai klip</translation>
    </message>
    <message>
        <source>From this f&amp;rame</source>
        <translation>Dari &amp;bingkai ini</translation>
    </message>
    <message>
        <source>The selected areas (or all) are covered from this frame on</source>
        <translation>Area yang dipilih (atau semuanya) ditutupi mulai dari bingkai ini</translation>
    </message>
    <message>
        <source>Until t&amp;his frame</source>
        <translation>&amp;Sampai bingkai ini</translation>
    </message>
    <message>
        <source>The selected areas (or all) are covered up to this frame</source>
        <translation>Area yang dipilih (atau semuanya) ditutupi sampai bingkai ini</translation>
    </message>
    <message>
        <source>Whole cli&amp;p</source>
        <translation>Seluruh &amp;klip</translation>
    </message>
    <message>
        <source>The selected areas (or all) are covered in every frame</source>
        <translation>Area yang dipilih (atau semuanya) ditutupi di setiap bingkai</translation>
    </message>
    <message>
        <source>{name} ({start} to {end} s)</source>
        <translation>{name} ({start} sampai {end} dtk)</translation>
    </message>
    <message>
        <source>Areas cover every frame of the clip. Faces move: to cover them in every frame, turn on “Cover the faces found in photos and clips” in the main window.</source>
        <translation>Area menutupi setiap bingkai klip. Wajah bergerak: untuk menutupinya di setiap bingkai, nyalakan “Tutupi wajah yang ditemukan di foto dan video” di jendela utama.</translation>
    </message>
    <message>
        <source>Face detection is not available ({reason}).</source>
        <translation>Deteksi wajah tidak tersedia ({reason}).</translation>
    </message>
    <message>
        <source>Looking for faces…</source>
        <translation>Mencari wajah…</translation>
    </message>
    <message>
        <source>Faces seen in this frame (dashed outlines): {count}.</source>
        <translation>Wajah yang terlihat di bingkai ini (garis putus-putus): {count}.</translation>
    </message>
</context>
<context>
    <name>DetailsPane</name>
    <message>
        <source>Details: {detail}</source>
        <translation>Rincian: {detail}</translation>
    </message>
    <message>
        <source>Details of the selected file</source>
        <translation>Rincian file yang dipilih</translation>
    </message>
    <message>
        <source>File type</source>
        <translation>Jenis file</translation>
    </message>
    <message>
        <source>Before</source>
        <translation>Sebelum</translation>
    </message>
    <message>
        <source>After</source>
        <translation>Sesudah</translation>
    </message>
    <message>
        <source>Picture before cleaning</source>
        <translation>Gambar sebelum dibersihkan</translation>
    </message>
    <message>
        <source>Picture of the clean copy</source>
        <translation>Gambar salinan bersih</translation>
    </message>
    <message>
        <source>Before: what the file gives away</source>
        <translation>Sebelum: yang terungkap dari file</translation>
    </message>
    <message>
        <source>After: the clean copy</source>
        <translation>Sesudah: salinan bersih</translation>
    </message>
    <message>
        <source>Something that could identify you is still in the copy. Do not post it. The list below shows what remains.</source>
        <translation>Masih ada sesuatu di salinan yang bisa mengungkap identitasmu. Jangan unggah salinan ini. Daftar di bawah menunjukkan apa yang tersisa.</translation>
    </message>
    <message>
        <source>Found in the file before cleaning</source>
        <translation>Ditemukan di file sebelum dibersihkan</translation>
    </message>
    <message>
        <source>The clean copy: what was removed and what remains</source>
        <translation>Salinan bersih: apa yang dihapus dan apa yang tersisa</translation>
    </message>
    <message>
        <source>What</source>
        <translation>Apa</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>Nilai</translation>
    </message>
    <message>
        <source>Select a file in the list to see what it gives away.</source>
        <translation>Pilih file di daftar untuk melihat apa yang terungkap darinya.</translation>
    </message>
    <message>
        <source>Technical details: every tag and value</source>
        <translation>Rincian teknis: setiap tag dan nilainya</translation>
    </message>
    <message>
        <source>Result</source>
        <translation>Hasil</translation>
    </message>
    <message>
        <source>Areas to cover</source>
        <translation>Area yang akan ditutupi</translation>
    </message>
    <message>
        <source>Details of the problem</source>
        <translation>Rincian masalah</translation>
    </message>
    <message>
        <source>1 area will be covered</source>
        <translation>1 area akan ditutupi</translation>
    </message>
    <message>
        <source>{count} areas will be covered</source>
        <translation>{count} area akan ditutupi</translation>
    </message>
    <message>
        <source>Checking this file…</source>
        <translation>Memeriksa file ini…</translation>
    </message>
    <message>
        <source>Nothing found that could identify you.</source>
        <translation>Tidak ditemukan apa pun yang bisa mengungkap identitasmu.</translation>
    </message>
    <message>
        <source>1 thing found that could identify you.</source>
        <translation>Ditemukan 1 hal yang bisa mengungkap identitasmu.</translation>
    </message>
    <message>
        <source>{count} things found that could identify you.</source>
        <translation>Ditemukan {count} hal yang bisa mengungkap identitasmu.</translation>
    </message>
    <message>
        <source>No clean copy can be made because the file could not be read.</source>
        <translation>Salinan bersih tidak bisa dibuat karena file tidak bisa dibaca.</translation>
    </message>
    <message>
        <source>Cleaning…</source>
        <translation>Membersihkan…</translation>
    </message>
    <message>
        <source>Not cleaned yet. Press Clean to make a safe copy.</source>
        <translation>Belum dibersihkan. Tekan Bersihkan untuk membuat salinan yang aman.</translation>
    </message>
    <message>
        <source>Saved as: {name}</source>
        <translation>Disimpan sebagai: {name}</translation>
    </message>
    <message>
        <source>Faces found and covered: {count}. Check the picture of the copy.</source>
        <translation>Wajah yang ditemukan dan ditutupi: {count}. Periksa gambar salinannya.</translation>
    </message>
    <message>
        <source>Checked again: nothing that could identify you was found.</source>
        <translation>Sudah diperiksa lagi: tidak ditemukan apa pun yang bisa mengungkap identitasmu.</translation>
    </message>
    <message>
        <source>Still in the copy</source>
        <translation>Masih ada di salinan</translation>
    </message>
    <message>
        <source>Removed</source>
        <translation>Dihapus</translation>
    </message>
    <message>
        <source>still in the copy</source>
        <translation>masih ada di salinan</translation>
    </message>
    <message>
        <source>removed</source>
        <translation>dihapus</translation>
    </message>
    <message>
        <source>removed, not checked</source>
        <translation>dihapus, belum diperiksa ulang</translation>
    </message>
    <message>
        <source>What the clean copy no longer gives away</source>
        <translation>Yang tidak lagi terungkap dari salinan bersih</translation>
    </message>
    <message>
        <source>will be removed</source>
        <translation>akan dihapus</translation>
    </message>
    <message>
        <source>not removed</source>
        <translation>tidak dihapus</translation>
    </message>
    <message>
        <source>What the file gives away</source>
        <translation>Yang terungkap dari file</translation>
    </message>
    <message>
        <source>kept</source>
        <translation>dipertahankan</translation>
    </message>
    <message>
        <source>Good to know:</source>
        <translation>Perlu diketahui:</translation>
    </message>
    <message>
        <source>which way up the photo is</source>
        <translation>arah foto (sisi mana yang di atas)</translation>
    </message>
    <message>
        <source>a standard colour profile</source>
        <translation>profil warna standar</translation>
    </message>
    <message>
        <source>harmless technical data</source>
        <translation>data teknis yang tidak berbahaya</translation>
    </message>
    <message>
        <source>Hide technical details</source>
        <translation>Sembunyikan rincian teknis</translation>
    </message>
    <message>
        <source>Show technical details</source>
        <translation>Tampilkan rincian teknis</translation>
    </message>
    <message>
        <source>Kept: needed to show the photo the right way up</source>
        <translation>Dipertahankan: diperlukan agar foto tampil dengan arah yang benar</translation>
    </message>
    <message>
        <source>Kept: a standard colour profile, so colours look right</source>
        <translation>Dipertahankan: profil warna standar, agar warna tampak benar</translation>
    </message>
    <message>
        <source>Kept</source>
        <translation>Dipertahankan</translation>
    </message>
    <message>
        <source>Loading preview…</source>
        <translation>Memuat pratinjau…</translation>
    </message>
    <message>
        <source>No preview for this kind of file</source>
        <translation>Tidak ada pratinjau untuk jenis file ini</translation>
    </message>
    <message>
        <source>This picture could not be read: the file may be damaged</source>
        <translation>Gambar ini tidak bisa dibaca: file mungkin rusak</translation>
    </message>
    <message>
        <source>The clean copy will appear here</source>
        <translation>Salinan bersih akan muncul di sini</translation>
    </message>
    <message>
        <source>No copy was made</source>
        <translation>Tidak ada salinan yang dibuat</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>Photos and pictures ({patterns})</source>
        <translation>Foto dan gambar ({patterns})</translation>
    </message>
    <message>
        <source>Sound recordings ({patterns})</source>
        <translation>Rekaman suara ({patterns})</translation>
    </message>
    <message>
        <source>Videos ({patterns})</source>
        <translation>Video ({patterns})</translation>
    </message>
    <message>
        <source>Documents ({patterns})</source>
        <translation>Dokumen ({patterns})</translation>
    </message>
    <message>
        <source>Files Scrubber can clean ({patterns})</source>
        <translation>File yang bisa dibersihkan Scrubber ({patterns})</translation>
    </message>
    <message>
        <source>All files (*)</source>
        <translation>Semua file (*)</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>Be&amp;rkas</translation>
    </message>
    <message>
        <source>&amp;Language</source>
        <translation>Baha&amp;sa</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>B&amp;antuan</translation>
    </message>
    <message>
        <source>&amp;Add files…</source>
        <translation>Ta&amp;mbah file…</translation>
    </message>
    <message>
        <source>Add fold&amp;er…</source>
        <translation>Tambah &amp;folder…</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Keluar</translation>
    </message>
    <message>
        <source>&amp;Clean</source>
        <translation>&amp;Bersihkan</translation>
    </message>
    <message>
        <source>Ca&amp;ncel</source>
        <translation>Ba&amp;tal</translation>
    </message>
    <message>
        <source>Remo&amp;ve from list</source>
        <translation>&amp;Keluarkan dari daftar</translation>
    </message>
    <message>
        <source>H&amp;ide faces and areas…</source>
        <translation>Sembun&amp;yikan wajah dan area…</translation>
    </message>
    <message>
        <source>&amp;Why this matters</source>
        <translation>Mengapa &amp;ini penting</translation>
    </message>
    <message>
        <source>&amp;About Scrubber</source>
        <translation>&amp;Tentang Scrubber</translation>
    </message>
    <message>
        <source>Scrubber: remove hidden data from photos</source>
        <translation>Scrubber: hapus data tersembunyi dari foto</translation>
    </message>
    <message>
        <source>Add files</source>
        <translation>Tambah file</translation>
    </message>
    <message>
        <source>Add a folder</source>
        <translation>Tambah folder</translation>
    </message>
    <message>
        <source>Why this matters</source>
        <translation>Mengapa ini penting</translation>
    </message>
    <message>
        <source>Hide faces and areas</source>
        <translation>Sembunyikan wajah dan area</translation>
    </message>
    <message>
        <source>Remo&amp;ve</source>
        <translation>K&amp;eluarkan</translation>
    </message>
    <message>
        <source>Remove the selected files</source>
        <translation>Keluarkan file yang dipilih dari daftar</translation>
    </message>
    <message>
        <source>Clear lis&amp;t</source>
        <translation>Kosongkan &amp;daftar</translation>
    </message>
    <message>
        <source>Clear the list</source>
        <translation>Kosongkan daftar</translation>
    </message>
    <message>
        <source>Cover faces, tattoos or anything else in the selected photo or clip (Enter)</source>
        <translation>Tutupi wajah, tato, atau apa pun di foto atau klip yang dipilih (Enter)</translation>
    </message>
    <message>
        <source>or drop photos and folders onto the list below.</source>
        <translation>atau letakkan foto dan folder ke daftar di bawah.</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Bahasa</translation>
    </message>
    <message>
        <source>Files to clean</source>
        <translation>File yang akan dibersihkan</translation>
    </message>
    <message>
        <source>Drop photos or folders here.

Scrubber shows what each file gives away about you, then writes clean copies. Your originals are not changed.</source>
        <translation>Letakkan foto atau folder di sini.

Scrubber menunjukkan apa yang terungkap tentang dirimu dari setiap file, lalu menyimpan salinan yang bersih. File aslimu tidak diubah.</translation>
    </message>
    <message>
        <source>Details of the selected file</source>
        <translation>Rincian file yang dipilih</translation>
    </message>
    <message>
        <source>Language:</source>
        <translation>Bahasa:</translation>
    </message>
    <message>
        <source>Add files to clean</source>
        <translation>Tambah file untuk dibersihkan</translation>
    </message>
    <message>
        <source>Add a folder to clean</source>
        <translation>Tambah folder untuk dibersihkan</translation>
    </message>
    <message>
        <source>About Scrubber</source>
        <translation>Tentang Scrubber</translation>
    </message>
    <message>
        <source>Scrubber {version}

Removes hidden data from photos. Works offline: nothing is ever sent anywhere, and no list of your files is kept.</source>
        <translation>Scrubber {version}

Menghapus data tersembunyi dari foto. Bekerja tanpa internet: tidak ada yang pernah dikirim ke mana pun, dan tidak ada daftar file-mu yang disimpan.</translation>
    </message>
    <message>
        <source>Replace the original files?</source>
        <translation>Ganti file asli?</translation>
    </message>
    <message>
        <source>Your original files will be overwritten with the cleaned versions. This cannot be undone: the originals, with everything they contain, will be gone.

Photos with areas to cover still need a copy.

Replace the originals?</source>
        <translation>File aslimu akan ditimpa dengan versi yang sudah dibersihkan. Ini tidak bisa dibatalkan: file asli, dengan semua isinya, akan hilang.

Foto yang punya area untuk ditutupi tetap perlu salinan.

Ganti file asli?</translation>
    </message>
    <message>
        <source>Choose where to save the clean copies</source>
        <translation>Pilih tempat menyimpan salinan bersih</translation>
    </message>
    <message>
        <source>Every file in the list has been cleaned already.</source>
        <translation>Semua file di daftar sudah dibersihkan.</translation>
    </message>
    <message>
        <source>Cannot create the output folder</source>
        <translation>Folder hasil tidak bisa dibuat</translation>
    </message>
    <message>
        <source>The clean copies cannot be saved there ({reason}). Choose another folder with “Choose…”.</source>
        <translation>Salinan bersih tidak bisa disimpan di sana ({reason}). Pilih folder lain dengan “Pilih…”.</translation>
    </message>
    <message>
        <source>Cleaning…</source>
        <translation>Membersihkan…</translation>
    </message>
    <message>
        <source>Stopping: files being cleaned now are left as they were…</source>
        <translation>Menghentikan: file yang sedang dibersihkan dibiarkan seperti semula…</translation>
    </message>
</context>
<context>
    <name>OptionsBox</name>
    <message>
        <source>Options</source>
        <translation>Pilihan</translation>
    </message>
    <message>
        <source>({count} on)</source>
        <translation>({count} aktif)</translation>
    </message>
    <message>
        <source>&amp;More options</source>
        <translation>&amp;Pilihan lain</translation>
    </message>
    <message>
        <source>More options</source>
        <translation>Pilihan lain</translation>
    </message>
    <message>
        <source>Show or hide the options for the copies</source>
        <translation>Tampilkan atau sembunyikan pilihan untuk salinan</translation>
    </message>
    <message>
        <source>&amp;Give the copies random file names</source>
        <translation>Beri salinan nama file a&amp;cak</translation>
    </message>
    <message>
        <source>File names from phones often contain the date and time the photo was taken.</source>
        <translation>Nama file dari ponsel sering berisi tanggal dan jam foto diambil.</translation>
    </message>
    <message>
        <source>&amp;Keep file names that show the date or the phone</source>
        <translation>Pertahankan &amp;nama file yang menunjukkan tanggal atau ponsel</translation>
    </message>
    <message>
        <source>Off: a copy of a file named like IMG_20240611_143207.jpg gets a name like photo-1f0c9a2e.jpg instead, so its name does not show when it was taken or with which phone.</source>
        <translation>Jika mati: salinan file bernama seperti IMG_20240611_143207.jpg akan mendapat nama seperti photo-1f0c9a2e.jpg, jadi namanya tidak menunjukkan kapan foto diambil atau dengan ponsel apa.</translation>
    </message>
    <message>
        <source>Convert HEIC photos to &amp;JPEG</source>
        <translation>Ubah foto HEIC menjadi &amp;JPEG</translation>
    </message>
    <message>
        <source>Remove colour &amp;profiles (colours may shift slightly)</source>
        <translation>&amp;Hapus profil warna (warna bisa sedikit bergeser)</translation>
    </message>
    <message>
        <source>T&amp;urn PDF pages into pictures (strongest; text can no longer be selected)</source>
        <translation>&amp;Ubah halaman PDF menjadi gambar (paling kuat; teks tidak bisa dipilih lagi)</translation>
    </message>
    <message>
        <source>Removes everything hidden in a PDF&apos;s text and drawings too. The copy is larger and its text cannot be searched or copied.</source>
        <translation>Juga menghapus semua yang tersembunyi di teks dan gambar PDF. Salinannya lebih besar dan teksnya tidak bisa dicari atau disalin.</translation>
    </message>
    <message>
        <source>Cover the faces found in photos and clips (check each cop&amp;y)</source>
        <translation>Tutupi wajah yang ditemukan di foto dan &amp;video (periksa setiap salinan)</translation>
    </message>
    <message>
        <source>Faces found automatically are covered in black in the copies. Detection can miss faces: look at each copy&apos;s picture in the details.</source>
        <translation>Wajah yang ditemukan otomatis ditutupi hitam di salinan. Deteksi bisa melewatkan wajah: lihat gambar setiap salinan di rincian.</translation>
    </message>
    <message>
        <source>&amp;Quick face search (misses small faces)</source>
        <translation>Pencarian wajah cepat (melewatkan wajah kecil) (&amp;Q)</translation>
    </message>
    <message>
        <source>Faster, but faces smaller than about 60 pixels in a large photo are not found. Used here and in Hide faces and areas.</source>
        <translation>Lebih cepat, tetapi wajah yang lebih kecil dari sekitar 60 piksel di foto besar tidak ditemukan. Dipakai di sini dan di Sembunyikan wajah dan area.</translation>
    </message>
    <message>
        <source>Remove hidden slides, sheets and te&amp;xt, and speaker notes, from documents</source>
        <translation>Hapus slide, lembar, dan teks tersembunyi, serta catatan pembicara, dari dokumen (&amp;X)</translation>
    </message>
    <message>
        <source>Documents can hold slides, sheets and text that are not shown, and notes only the speaker sees. Without this they are kept, and the summary says where they are.</source>
        <translation>Dokumen bisa berisi slide, lembar, dan teks yang tidak ditampilkan, serta catatan yang hanya dilihat pembicara. Tanpa pilihan ini, semuanya dipertahankan, dan ringkasan memberi tahu letaknya.</translation>
    </message>
    <message>
        <source>Weaken the camera fingerprint in photos (saved again, a &amp;bit smaller)</source>
        <translation>Lemahkan sidik jari kamera di f&amp;oto (disimpan ulang, sedikit lebih kecil)</translation>
    </message>
    <message>
        <source>Every camera leaves a faint pattern in its photos that can link them to each other. This softens each photo slightly and makes it 3% smaller: the pattern gets weaker, but it is not removed. Photos are saved again instead of copied unchanged.</source>
        <translation>Setiap kamera meninggalkan pola samar di fotonya yang bisa menghubungkan foto-foto itu satu sama lain. Pilihan ini sedikit melembutkan setiap foto dan membuatnya 3 persen lebih kecil: polanya melemah, tetapi tidak hilang. Foto disimpan ulang, bukan disalin apa adanya.</translation>
    </message>
    <message>
        <source>&amp;Replace the originals (no copies; cannot be undone)</source>
        <translation>&amp;Ganti file asli (tanpa salinan; tidak bisa dibatalkan)</translation>
    </message>
</context>
<context>
    <name>OutputBox</name>
    <message>
        <source>Save clean copies in:</source>
        <translation>Simpan salinan bersih di:</translation>
    </message>
    <message>
        <source>Output folder</source>
        <translation>Folder hasil</translation>
    </message>
    <message>
        <source>Choo&amp;se…</source>
        <translation>Pi&amp;lih…</translation>
    </message>
    <message>
        <source>Choose the output folder</source>
        <translation>Pilih folder hasil</translation>
    </message>
    <message>
        <source>Use &amp;default</source>
        <translation>Pakai ba&amp;waan</translation>
    </message>
    <message>
        <source>Use the default output folder</source>
        <translation>Pakai folder hasil bawaan</translation>
    </message>
    <message>
        <source>The original files will be replaced.</source>
        <translation>File asli akan diganti.</translation>
    </message>
    <message>
        <source>The folder “{name}” next to the originals, with the copies made so far.</source>
        <translation>Folder “{name}” di samping file asli, berisi salinan yang sudah dibuat sejauh ini.</translation>
    </message>
    <message>
        <source>A new folder next to the originals, named “{name}”.</source>
        <translation>Folder baru di samping file asli, bernama “{name}”.</translation>
    </message>
</context>
<context>
    <name>QAbstractFileIconProvider</name>
    <message>
        <source>Drive</source>
        <translation>Kandar</translation>
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
Direktori tidak ditemukan.
Pastikan nama direktori yang diberikan benar.</translation>
    </message>
    <message>
        <source>%1
File not found.
Please verify the correct file name was given.</source>
        <translation>%1
File tidak ditemukan.
Pastikan nama file yang diberikan benar.</translation>
    </message>
    <message>
        <source>&amp;Choose</source>
        <translation>&amp;Pilih</translation>
    </message>
    <message>
        <source>&amp;Delete</source>
        <translation>&amp;Hapus</translation>
    </message>
    <message>
        <source>&amp;Look in:</source>
        <translation>&amp;Cari di:</translation>
    </message>
    <message>
        <source>&amp;New Folder</source>
        <translation>&amp;Folder baru</translation>
    </message>
    <message>
        <source>&amp;Open</source>
        <translation>&amp;Buka</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>Buka</translation>
    </message>
    <message>
        <source>&amp;Rename</source>
        <translation>&amp;Ganti nama</translation>
    </message>
    <message>
        <source>All Files (*)</source>
        <translation>Semua file (*)</translation>
    </message>
    <message>
        <source>Are you sure you want to delete &apos;%1&apos;?</source>
        <translation>Yakin ingin menghapus “%1”?</translation>
    </message>
    <message>
        <source>Back</source>
        <translation>Kembali</translation>
    </message>
    <message>
        <source>Change to detail view mode</source>
        <translation>Ganti ke tampilan rinci</translation>
    </message>
    <message>
        <source>Change to list view mode</source>
        <translation>Ganti ke tampilan daftar</translation>
    </message>
    <message>
        <source>Create New Folder</source>
        <translation>Buat folder baru</translation>
    </message>
    <message>
        <source>Create a New Folder</source>
        <translation>Buat folder baru</translation>
    </message>
    <message>
        <source>Detail View</source>
        <translation>Tampilan rinci</translation>
    </message>
    <message>
        <source>Directories</source>
        <translation>Direktori</translation>
    </message>
    <message>
        <source>Directory:</source>
        <translation>Direktori:</translation>
    </message>
    <message>
        <source>File &amp;name:</source>
        <translation>&amp;Nama file:</translation>
    </message>
    <message>
        <source>Files</source>
        <translation>Berkas</translation>
    </message>
    <message>
        <source>Files of &amp;type:</source>
        <translation>&amp;Jenis file:</translation>
    </message>
    <message>
        <source>Forward</source>
        <translation>Maju</translation>
    </message>
    <message>
        <source>Go back</source>
        <translation>Kembali</translation>
    </message>
    <message>
        <source>Go forward</source>
        <translation>Maju</translation>
    </message>
    <message>
        <source>Go to the parent directory</source>
        <translation>Ke direktori induk</translation>
    </message>
    <message>
        <source>List View</source>
        <translation>Tampilan daftar</translation>
    </message>
    <message>
        <source>List of places and bookmarks</source>
        <translation>Daftar tempat dan penanda</translation>
    </message>
    <message>
        <source>Parent Directory</source>
        <translation>Direktori induk</translation>
    </message>
    <message>
        <source>Show &amp;hidden files</source>
        <translation>&amp;Tampilkan file tersembunyi</translation>
    </message>
    <message>
        <source>Show </source>
        <translation>Tampilkan </translation>
    </message>
    <message>
        <source>Sidebar</source>
        <translation>Bilah samping</translation>
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
        <translation>Tanggal diubah</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nama</translation>
    </message>
    <message>
        <source>Size</source>
        <translation>Ukuran</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>Jenis</translation>
    </message>
</context>
<context>
    <name>QLineEdit</name>
    <message>
        <source>&amp;Copy</source>
        <translation>&amp;Salin</translation>
    </message>
    <message>
        <source>&amp;Paste</source>
        <translation>&amp;Tempel</translation>
    </message>
    <message>
        <source>&amp;Redo</source>
        <translation>U&amp;langi</translation>
    </message>
    <message>
        <source>&amp;Undo</source>
        <translation>&amp;Urungkan</translation>
    </message>
    <message>
        <source>Cu&amp;t</source>
        <translation>&amp;Potong</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Hapus</translation>
    </message>
    <message>
        <source>Select All</source>
        <translation>Pilih semua</translation>
    </message>
</context>
<context>
    <name>QMessageBox</name>
    <message>
        <source>Show Details...</source>
        <translation>Tampilkan rincian...</translation>
    </message>
</context>
<context>
    <name>QPlatformTheme</name>
    <message>
        <source>&amp;No</source>
        <translation>&amp;Tidak</translation>
    </message>
    <message>
        <source>&amp;Yes</source>
        <translation>&amp;Ya</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Batal</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Tutup</translation>
    </message>
    <message>
        <source>OK</source>
        <translation>OK</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>Buka</translation>
    </message>
</context>
<context>
    <name>RedactionEditor</name>
    <message>
        <source>Press Esc again to close without your changes, or Enter to use them.</source>
        <translation>Tekan Esc lagi untuk menutup tanpa perubahanmu, atau Enter untuk memakainya.</translation>
    </message>
    <message>
        <source>Hide faces and areas — {name}</source>
        <translation>Sembunyikan wajah dan area — {name}</translation>
    </message>
    <message>
        <source>Select and move</source>
        <translation>Pilih dan pindahkan</translation>
    </message>
    <message>
        <source>Rectangle</source>
        <translation>Persegi panjang</translation>
    </message>
    <message>
        <source>Ellipse</source>
        <translation>Elips</translation>
    </message>
    <message>
        <source>Brush</source>
        <translation>Kuas</translation>
    </message>
    <message>
        <source>Add area</source>
        <translation>Tambah area</translation>
    </message>
    <message>
        <source>Add an area in the middle of the view, to move with the arrow keys (N)</source>
        <translation>Tambahkan area di tengah tampilan, untuk dipindahkan dengan tombol panah (N)</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Hapus</translation>
    </message>
    <message>
        <source>Del</source>
        <translation>Del</translation>
    </message>
    <message>
        <source>Undo</source>
        <translation>Urungkan</translation>
    </message>
    <message>
        <source>Redo</source>
        <translation>Ulangi</translation>
    </message>
    <message>
        <source>Zoom out</source>
        <translation>Perkecil</translation>
    </message>
    <message>
        <source>Zoom in</source>
        <translation>Perbesar</translation>
    </message>
    <message>
        <source>Fit</source>
        <translation>Pas</translation>
    </message>
    <message>
        <source>Preview</source>
        <translation>Pratinjau</translation>
    </message>
    <message>
        <source>Show exactly what will be written (P)</source>
        <translation>Tampilkan persis apa yang akan ditulis (P)</translation>
    </message>
    <message>
        <source>Brush &amp;width</source>
        <translation>&amp;Lebar kuas</translation>
    </message>
    <message>
        <source>Brush width</source>
        <translation>Lebar kuas</translation>
    </message>
    <message>
        <source>Drawing tools</source>
        <translation>Alat gambar</translation>
    </message>
    <message>
        <source>Undo, zoom and preview</source>
        <translation>Urungkan, zoom, dan pratinjau</translation>
    </message>
    <message>
        <source>Photo</source>
        <translation>Foto</translation>
    </message>
    <message>
        <source>Draw areas to cover with the mouse or the keyboard. Ctrl and the mouse wheel zoom; hold Space to pan.</source>
        <translation>Gambar area yang akan ditutupi dengan mouse atau keyboard. Ctrl dan roda mouse untuk zoom; tahan Spasi untuk menggeser tampilan.</translation>
    </message>
    <message>
        <source>&amp;Areas to cover (untick to leave uncovered)</source>
        <translation>&amp;Area yang akan ditutupi (hapus centang agar tidak ditutupi)</translation>
    </message>
    <message>
        <source>Areas to cover</source>
        <translation>Area yang akan ditutupi</translation>
    </message>
    <message>
        <source>Automatic detection can miss faces — check every face yourself, including faces in mirrors, pictures and screens.</source>
        <translation>Deteksi otomatis bisa melewatkan wajah — periksa sendiri setiap wajah, termasuk wajah di cermin, gambar, dan layar.</translation>
    </message>
    <message>
        <source>Find &amp;small faces</source>
        <translation>&amp;Cari wajah kecil</translation>
    </message>
    <message>
        <source>Find small faces</source>
        <translation>Cari wajah kecil</translation>
    </message>
    <message>
        <source>Look again for small faces, for group photos (slower)</source>
        <translation>Cari lagi wajah kecil, untuk foto bersama (lebih lambat)</translation>
    </message>
    <message>
        <source>How to cover</source>
        <translation>Cara menutupi</translation>
    </message>
    <message>
        <source>Solid &amp;fill (safest)</source>
        <translation>&amp;Isi warna penuh (paling aman)</translation>
    </message>
    <message>
        <source>Strong &amp;mosaic</source>
        <translation>&amp;Mosaik kasar</translation>
    </message>
    <message>
        <source>B&amp;lur (wiped first; a few average colours stay)</source>
        <translation>B&amp;uram (dihapus dulu; beberapa warna rata-rata tersisa)</translation>
    </message>
    <message>
        <source>Fill &amp;colour…</source>
        <translation>&amp;Warna isian…</translation>
    </message>
    <message>
        <source>Fill colour</source>
        <translation>Warna isian</translation>
    </message>
    <message>
        <source>&amp;Use these areas</source>
        <translation>&amp;Pakai area ini</translation>
    </message>
    <message>
        <source>Use these areas</source>
        <translation>Pakai area ini</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Batal</translation>
    </message>
    <message>
        <source>{action} ({key})</source>
        <translation>{action} ({key})</translation>
    </message>
    <message>
        <source>Keyboard: N adds an area, arrows move it (Shift: further), Ctrl+arrows resize it, [ and ] pick another, Delete removes it.</source>
        <translation>Keyboard: N menambah area, tombol panah memindahkannya (Shift: lebih jauh), Ctrl+panah mengubah ukurannya, [ dan ] memilih area lain, Delete menghapusnya.</translation>
    </message>
    <message>
        <source>Face {n} (found automatically)</source>
        <translation>Wajah {n} (ditemukan otomatis)</translation>
    </message>
    <message>
        <source>Rectangle {n}</source>
        <translation>Persegi panjang {n}</translation>
    </message>
    <message>
        <source>Ellipse {n}</source>
        <translation>Elips {n}</translation>
    </message>
    <message>
        <source>Brush stroke {n}</source>
        <translation>Goresan kuas {n}</translation>
    </message>
    <message>
        <source>Shape {n}</source>
        <translation>Bentuk {n}</translation>
    </message>
    <message>
        <source>Loading…</source>
        <translation>Memuat…</translation>
    </message>
    <message>
        <source>Making the preview…</source>
        <translation>Membuat pratinjau…</translation>
    </message>
    <message>
        <source>Preview: this is what will be written.</source>
        <translation>Pratinjau: inilah yang akan ditulis.</translation>
    </message>
    <message>
        <source>Draw over anything that could identify you: faces, tattoos, marks.</source>
        <translation>Gambari semua yang bisa mengungkap identitasmu: wajah, tato, tanda lahir.</translation>
    </message>
    <message>
        <source>Looking for faces…</source>
        <translation>Mencari wajah…</translation>
    </message>
    <message>
        <source>Looking for small faces… this takes longer.</source>
        <translation>Mencari wajah kecil… ini lebih lama.</translation>
    </message>
    <message>
        <source>Face detection is not available ({reason}). Mark faces yourself.</source>
        <translation>Deteksi wajah tidak tersedia ({reason}). Tandai wajah sendiri.</translation>
    </message>
    <message>
        <source>No faces were found automatically.</source>
        <translation>Tidak ada wajah yang ditemukan otomatis.</translation>
    </message>
    <message>
        <source>Faces found automatically: {count}.</source>
        <translation>Wajah yang ditemukan otomatis: {count}.</translation>
    </message>
    <message>
        <source>its files are missing or damaged</source>
        <translation>file-nya hilang atau rusak</translation>
    </message>
    <message>
        <source>There is not enough memory to open this photo.</source>
        <translation>Memori tidak cukup untuk membuka foto ini.</translation>
    </message>
    <message>
        <source>The photo could not be opened.</source>
        <translation>Foto tidak bisa dibuka.</translation>
    </message>
</context>
<context>
    <name>RunBar</name>
    <message>
        <source>Ca&amp;ncel</source>
        <translation>Ba&amp;tal</translation>
    </message>
    <message>
        <source>Cancel cleaning</source>
        <translation>Batalkan pembersihan</translation>
    </message>
    <message>
        <source>&amp;Clean</source>
        <translation>&amp;Bersihkan</translation>
    </message>
    <message>
        <source>Clean all files in the list</source>
        <translation>Bersihkan semua file di daftar</translation>
    </message>
    <message>
        <source>&amp;Open output folder</source>
        <translation>Bu&amp;ka folder hasil</translation>
    </message>
    <message>
        <source>Open output folder</source>
        <translation>Buka folder hasil</translation>
    </message>
    <message>
        <source>Write clean copies of all files (Ctrl+Enter)</source>
        <translation>Tulis salinan bersih semua file (Ctrl+Enter)</translation>
    </message>
    <message>
        <source>Stop now; files not finished are left as they were (Esc)</source>
        <translation>Hentikan sekarang; file yang belum selesai dibiarkan seperti semula (Esc)</translation>
    </message>
    <message>
        <source>Cleaning progress</source>
        <translation>Kemajuan pembersihan</translation>
    </message>
    <message>
        <source>%v of %m files</source>
        <translation>%v dari %m file</translation>
    </message>
    <message>
        <source>Summary</source>
        <translation>Ringkasan</translation>
    </message>
</context>
<context>
    <name>SafetyGuide</name>
    <message>
        <source>Why this matters</source>
        <translation>Mengapa ini penting</translation>
    </message>
    <message>
        <source>Safety guide</source>
        <translation>Panduan keamanan</translation>
    </message>
    <message>
        <source>&amp;Close</source>
        <translation>&amp;Tutup</translation>
    </message>
    <message>
        <source>Close the safety guide</source>
        <translation>Tutup panduan keamanan</translation>
    </message>
    <message>
        <source>What your photos and files can give away</source>
        <translation>Apa yang bisa terungkap dari foto dan file-mu</translation>
    </message>
    <message>
        <source>Photos from phones and cameras carry hidden details. Anyone who gets the file can read them:</source>
        <translation>Foto dari ponsel dan kamera membawa detail tersembunyi. Siapa pun yang mendapat file-nya bisa membacanya:</translation>
    </message>
    <message>
        <source>Where the photo was taken, often to within a few metres.</source>
        <translation>Tempat foto diambil, sering sampai ketepatan beberapa meter.</translation>
    </message>
    <message>
        <source>Which phone or camera took it, sometimes with its serial number.</source>
        <translation>Ponsel atau kamera yang mengambilnya, kadang dengan nomor serinya.</translation>
    </message>
    <message>
        <source>Your name, if it is set in the phone, camera or editing app.</source>
        <translation>Namamu, jika diatur di ponsel, kamera, atau aplikasi edit.</translation>
    </message>
    <message>
        <source>The date and time it was taken.</source>
        <translation>Tanggal dan jam foto diambil.</translation>
    </message>
    <message>
        <source>A hidden small copy of the original photo. It can show what you cropped out or covered.</source>
        <translation>Salinan kecil tersembunyi dari foto asli. Salinan ini bisa menunjukkan bagian yang kamu potong atau tutupi.</translation>
    </message>
    <message>
        <source>Scrubber removes these details from a copy of the file. Your original stays as it is, unless you choose to replace it.</source>
        <translation>Scrubber menghapus detail ini dari salinan file. File aslimu tetap seperti semula, kecuali kamu memilih untuk menggantinya.</translation>
    </message>
    <message>
        <source>Documents such as PDF and Word files can hold the author&apos;s name, the computer&apos;s name and the editing history. Videos and voice recordings can hold the place and the device.</source>
        <translation>Dokumen seperti file PDF dan Word bisa berisi nama penulis, nama komputer, dan riwayat edit. Video dan rekaman suara bisa berisi tempat dan perangkat.</translation>
    </message>
    <message>
        <source>If Scrubber says a file is not supported or could not be cleaned, do not share that file as it is.</source>
        <translation>Jika Scrubber bilang sebuah file tidak didukung atau tidak bisa dibersihkan, jangan bagikan file itu apa adanya.</translation>
    </message>
    <message>
        <source>Blur in other apps can be undone</source>
        <translation>Efek buram di aplikasi lain bisa dibatalkan</translation>
    </message>
    <message>
        <source>Blur and small pixelation made by other apps can be undone by software. Scrubber&apos;s blur and mosaic wipe the area first, but they still show its average colours.</source>
        <translation>Efek buram dan piksel halus dari aplikasi lain bisa dikembalikan oleh perangkat lunak. Buram dan mosaik Scrubber menghapus area itu dulu, tetapi warna rata-ratanya tetap terlihat.</translation>
    </message>
    <message>
        <source>To hide a face, a tattoo or anything else, use solid fill. Cover a little more than you think you need.</source>
        <translation>Untuk menyembunyikan wajah, tato, atau apa pun, pakai isi warna penuh. Tutupi sedikit lebih luas dari yang kamu kira perlu.</translation>
    </message>
    <message>
        <source>Your photos can be matched</source>
        <translation>Fotomu bisa dicocokkan</translation>
    </message>
    <message>
        <source>Reverse image search finds other places where the same photo, or one like it, is online.</source>
        <translation>Pencarian gambar terbalik menemukan tempat lain di internet yang memuat foto yang sama, atau yang mirip.</translation>
    </message>
    <message>
        <source>Face recognition exists and is easy to use. A face, a tattoo or a room that people can recognise can link your ad photos to your personal accounts.</source>
        <translation>Pengenalan wajah itu ada dan mudah dipakai. Wajah, tato, atau ruangan yang bisa dikenali orang dapat menghubungkan foto iklanmu dengan akun pribadimu.</translation>
    </message>
    <message>
        <source>Search for your own ad photos now and then, with a reverse image search and a face search. Then you see where they turn up.</source>
        <translation>Sesekali cari foto iklanmu sendiri, dengan pencarian gambar terbalik dan pencarian wajah. Dengan begitu kamu tahu di mana foto itu muncul.</translation>
    </message>
    <message>
        <source>Tattoos, birthmarks, jewellery, nails, bedding and furniture can link your ads to each other. Cover them or change them.</source>
        <translation>Tato, tanda lahir, perhiasan, kuku, seprai, dan perabot bisa menghubungkan iklan-iklanmu satu sama lain. Tutupi atau ganti.</translation>
    </message>
    <message>
        <source>Each camera leaves a faint pattern in its photos that can link them to each other. The option “Weaken the camera fingerprint” makes it weaker, but does not remove it.</source>
        <translation>Setiap kamera meninggalkan pola samar di fotonya yang bisa menghubungkan foto-foto itu satu sama lain. Pilihan “Lemahkan sidik jari kamera” membuatnya lebih lemah, tetapi tidak menghapusnya.</translation>
    </message>
    <message>
        <source>Tips from sex workers&apos; digital safety advice</source>
        <translation>Tips dari saran keamanan digital untuk pekerja seks</translation>
    </message>
    <message>
        <source>Keep work and personal life apart. Use a separate phone, email and accounts for work if you can.</source>
        <translation>Pisahkan pekerjaan dan kehidupan pribadi. Kalau bisa, pakai ponsel, email, dan akun terpisah untuk kerja.</translation>
    </message>
    <message>
        <source>Take ad photos with a different phone or camera. If you cannot, turn off location, Live Photos and Motion Photos in the camera before you take them.</source>
        <translation>Ambil foto iklan dengan ponsel atau kamera lain. Kalau tidak bisa, matikan lokasi, Live Photos, dan Motion Photos di kamera sebelum memotret.</translation>
    </message>
    <message>
        <source>Never use photos from your personal social media in ads, not even old ones.</source>
        <translation>Jangan pernah memakai foto dari media sosial pribadimu untuk iklan, bahkan foto lama.</translation>
    </message>
    <message>
        <source>Cloud backups and shared albums keep your originals, with the place they were taken, and sort them by face. Keep work photos out of them.</source>
        <translation>Cadangan cloud dan album bersama menyimpan foto aslimu, lengkap dengan tempat foto diambil, dan mengelompokkannya menurut wajah. Jangan taruh foto kerja di sana.</translation>
    </message>
    <message>
        <source>Clean last: after cropping and editing in other apps. Editing apps can add hidden data again.</source>
        <translation>Bersihkan paling akhir: setelah memotong dan mengedit di aplikasi lain. Aplikasi edit bisa menambahkan data tersembunyi lagi.</translation>
    </message>
    <message>
        <source>Screenshots can show your name, your number and your notifications. Check them before you share them.</source>
        <translation>Tangkapan layar bisa menampilkan nama, nomor, dan notifikasimu. Periksa sebelum membagikannya.</translation>
    </message>
    <message>
        <source>Check the background: letters, papers, photos on the wall, anything with a name or address.</source>
        <translation>Periksa latar belakang: surat, kertas, foto di dinding, apa pun yang ada nama atau alamatnya.</translation>
    </message>
    <message>
        <source>Check mirrors and reflections: sunglasses, windows, screens and shiny surfaces.</source>
        <translation>Periksa cermin dan pantulan: kacamata hitam, jendela, layar, dan permukaan mengilap.</translation>
    </message>
    <message>
        <source>Check what can be seen through windows. Streets, signs and buildings can show where you are.</source>
        <translation>Periksa apa yang terlihat lewat jendela. Jalan, papan nama, dan bangunan bisa menunjukkan di mana kamu berada.</translation>
    </message>
    <message>
        <source>Do not post the same photo on your personal and your work accounts.</source>
        <translation>Jangan unggah foto yang sama di akun pribadi dan akun kerjamu.</translation>
    </message>
    <message>
        <source>Sending a photo “as a file” or by email keeps its hidden data. Send only the clean copy.</source>
        <translation>Mengirim foto “sebagai file” atau lewat email tetap membawa data tersembunyinya. Kirim hanya salinan yang bersih.</translation>
    </message>
    <message>
        <source>When you are done, delete the originals from Downloads and from shared folders.</source>
        <translation>Setelah selesai, hapus file asli dari Unduhan dan dari folder bersama.</translation>
    </message>
    <message>
        <source>Before you post, open the clean copy and check it again.</source>
        <translation>Sebelum mengunggah, buka salinan yang bersih dan periksa lagi.</translation>
    </message>
    <message>
        <source>What your computer may still keep</source>
        <translation>Apa yang mungkin masih disimpan komputermu</translation>
    </message>
    <message>
        <source>Scrubber keeps no list of the files you open, but your computer may:</source>
        <translation>Scrubber tidak menyimpan daftar file yang kamu buka, tetapi komputermu mungkin menyimpan:</translation>
    </message>
    <message>
        <source>small previews (thumbnails) made by the file manager or photo viewer;</source>
        <translation>pratinjau kecil (thumbnail) yang dibuat pengelola file atau penampil foto;</translation>
    </message>
    <message>
        <source>lists of recent files in other apps;</source>
        <translation>daftar file terbaru di aplikasi lain;</translation>
    </message>
    <message>
        <source>the originals in Downloads, in the trash and in cloud backups.</source>
        <translation>file asli di Unduhan, di tempat sampah, dan di cadangan cloud.</translation>
    </message>
    <message>
        <source>To clear them:</source>
        <translation>Untuk menghapusnya:</translation>
    </message>
    <message>
        <source>Empty the trash.</source>
        <translation>Kosongkan tempat sampah.</translation>
    </message>
    <message>
        <source>Clear the recent files in your file manager.</source>
        <translation>Hapus daftar file terbaru di pengelola file.</translation>
    </message>
    <message>
        <source>Delete the thumbnail cache. Linux: the .cache/thumbnails folder in your home folder. Windows: Disk Cleanup, then Thumbnails. macOS: restart the Mac.</source>
        <translation>Hapus cache thumbnail. Linux: folder .cache/thumbnails di folder rumahmu. Windows: Pembersihan Disk, lalu Thumbnail. macOS: nyalakan ulang Mac.</translation>
    </message>
    <message>
        <source>Scrubber works offline</source>
        <translation>Scrubber bekerja tanpa internet</translation>
    </message>
    <message>
        <source>Scrubber never connects to the internet. Your files stay on this computer.</source>
        <translation>Scrubber tidak pernah terhubung ke internet. File-mu tetap di komputer ini.</translation>
    </message>
</context>
<context>
    <name>Summary</name>
    <message>
        <source>Cancelled.</source>
        <translation>Dibatalkan.</translation>
    </message>
    <message>
        <source>{n} cleaned.</source>
        <translation>{n} dibersihkan.</translation>
    </message>
    <message>
        <source>{n} had nothing to remove.</source>
        <translation>{n} tidak punya apa pun untuk dihapus.</translation>
    </message>
    <message>
        <source>{n} could not be cleaned.</source>
        <translation>{n} tidak bisa dibersihkan.</translation>
    </message>
    <message>
        <source>{n} not done (cancelled).</source>
        <translation>{n} tidak dikerjakan (dibatalkan).</translation>
    </message>
    <message>
        <source>Nothing was cleaned.</source>
        <translation>Tidak ada yang dibersihkan.</translation>
    </message>
    <message>
        <source>Clean copies are in: {folder}</source>
        <translation>Salinan bersih ada di: {folder}</translation>
    </message>
    <message>
        <source>{name}: {reason}</source>
        <translation>{name}: {reason}</translation>
    </message>
    <message>
        <source>…and {n} more: see the list.</source>
        <translation>…dan {n} lainnya: lihat daftar.</translation>
    </message>
</context>
<context>
    <name>messages</name>
    <message>
        <source>{metres} m above sea level</source>
        <translation>{metres} m di atas permukaan laut</translation>
    </message>
    <message>
        <source>{metres} m below sea level</source>
        <translation>{metres} m di bawah permukaan laut</translation>
    </message>
    <message>
        <source>{count} bytes of data</source>
        <translation>{count} byte data</translation>
    </message>
    <message>
        <source>The file name shows when it was taken: {shown}</source>
        <translation>Nama file menunjukkan kapan foto diambil: {shown}</translation>
    </message>
    <message>
        <source>The file name shows the phone or camera that made it: {shown}</source>
        <translation>Nama file menunjukkan ponsel atau kamera yang membuatnya: {shown}</translation>
    </message>
    <message>
        <source>The file name shows the app that made it: {apps}</source>
        <translation>Nama file menunjukkan aplikasi yang membuatnya: {apps}</translation>
    </message>
    <message>
        <source>{finding} (the name was kept)</source>
        <translation>{finding} (namanya dipertahankan)</translation>
    </message>
    <message>
        <source>The file cannot be found. Was it moved or deleted?</source>
        <translation>File tidak ditemukan. Apakah file dipindahkan atau dihapus?</translation>
    </message>
    <message>
        <source>This is not a normal file (it is a folder, a device or a pipe).</source>
        <translation>Ini bukan file biasa (ini folder, perangkat, atau pipa).</translation>
    </message>
    <message>
        <source>This is a folder, not a file.</source>
        <translation>Ini folder, bukan file.</translation>
    </message>
    <message>
        <source>The file is empty.</source>
        <translation>File ini kosong.</translation>
    </message>
    <message>
        <source>The file cannot be read: {reason}</source>
        <translation>File tidak bisa dibaca: {reason}</translation>
    </message>
    <message>
        <source>The file name says {format}, but the file cannot be read as {format}.</source>
        <translation>Nama file menyebut {format}, tetapi file tidak bisa dibaca sebagai {format}.</translation>
    </message>
    <message>
        <source>This type of file is not supported, so it was not cleaned.</source>
        <translation>Jenis file ini tidak didukung, jadi tidak dibersihkan.</translation>
    </message>
    <message>
        <source>This is a link; it was not followed.</source>
        <translation>Ini tautan; tautan ini tidak diikuti.</translation>
    </message>
    <message>
        <source>This file could not be read ({kind}).</source>
        <translation>File ini tidak bisa dibaca ({kind}).</translation>
    </message>
    <message>
        <source>It holds documents inside documents, too many levels deep.</source>
        <translation>File ini berisi dokumen di dalam dokumen, bertingkat terlalu dalam.</translation>
    </message>
    <message>
        <source>There is not enough memory to read this file.</source>
        <translation>Memori tidak cukup untuk membaca file ini.</translation>
    </message>
    <message>
        <source>There is not enough memory.</source>
        <translation>Memori tidak cukup.</translation>
    </message>
    <message>
        <source>A file could not be read or written: {reason}</source>
        <translation>Sebuah file tidak bisa dibaca atau ditulis: {reason}</translation>
    </message>
    <message>
        <source>Unexpected error ({kind}). Nothing was written.</source>
        <translation>Kesalahan tak terduga ({kind}). Tidak ada yang ditulis.</translation>
    </message>
    <message>
        <source>The copy would replace the original. Choose another name or folder.</source>
        <translation>Salinan akan menggantikan file asli. Pilih nama atau folder lain.</translation>
    </message>
    <message>
        <source>Replacing the original cannot change the file type. Save copies in a folder instead.</source>
        <translation>Mengganti file asli tidak bisa mengubah jenis file. Sebagai gantinya, simpan salinan di sebuah folder.</translation>
    </message>
    <message>
        <source>This file is a link. Save copies in a folder instead.</source>
        <translation>File ini adalah tautan. Sebagai gantinya, simpan salinan di sebuah folder.</translation>
    </message>
    <message>
        <source>The clean copy could not be checked again, so it was deleted: {reason}</source>
        <translation>Salinan bersih tidak bisa diperiksa ulang, jadi salinan itu dihapus: {reason}</translation>
    </message>
    <message>
        <source>The clean copy still held data ({left}), so it was deleted.</source>
        <translation>Salinan bersih masih berisi data ({left}), jadi salinan itu dihapus.</translation>
    </message>
    <message>
        <source>The folder for the copies cannot be created: {reason}</source>
        <translation>Folder untuk salinan tidak bisa dibuat: {reason}</translation>
    </message>
    <message>
        <source>Nothing can be saved in the folder for the copies: {reason}</source>
        <translation>Tidak ada yang bisa disimpan di folder untuk salinan: {reason}</translation>
    </message>
    <message>
        <source>The copy could not be finished: {reason}</source>
        <translation>Salinan tidak bisa diselesaikan: {reason}</translation>
    </message>
    <message>
        <source>The copies could not be saved to the disk: {reason}</source>
        <translation>Salinan tidak bisa disimpan ke disk: {reason}</translation>
    </message>
    <message>
        <source>No free name was found for the clean copy.</source>
        <translation>Tidak ditemukan nama yang belum terpakai untuk salinan bersih.</translation>
    </message>
    <message>
        <source>The clean copy could not be saved: {reason}</source>
        <translation>Salinan bersih tidak bisa disimpan: {reason}</translation>
    </message>
    <message>
        <source>The earlier copy could not be replaced: {reason}</source>
        <translation>Salinan sebelumnya tidak bisa diganti: {reason}</translation>
    </message>
    <message>
        <source>This JPEG is damaged: its beginning is missing.</source>
        <translation>JPEG ini rusak: bagian awalnya hilang.</translation>
    </message>
    <message>
        <source>This JPEG is damaged (a wrong length at byte {pos}).</source>
        <translation>JPEG ini rusak (panjang yang salah pada byte {pos}).</translation>
    </message>
    <message>
        <source>This JPEG is damaged: its picture does not end where it should.</source>
        <translation>JPEG ini rusak: gambarnya tidak berakhir di tempat yang seharusnya.</translation>
    </message>
    <message>
        <source>This JPEG is damaged (a missing marker at byte {pos}).</source>
        <translation>JPEG ini rusak (penanda hilang pada byte {pos}).</translation>
    </message>
    <message>
        <source>This JPEG is cut off before the picture starts.</source>
        <translation>JPEG ini terpotong sebelum gambarnya dimulai.</translation>
    </message>
    <message>
        <source>This JPEG is damaged: it has far too many parts.</source>
        <translation>JPEG ini rusak: jumlah bagiannya jauh terlalu banyak.</translation>
    </message>
    <message>
        <source>This rare kind of JPEG (hierarchical or JPEG-LS) is not supported.</source>
        <translation>Jenis JPEG langka ini (hierarkis atau JPEG-LS) tidak didukung.</translation>
    </message>
    <message>
        <source>This JPEG holds no picture.</source>
        <translation>JPEG ini tidak berisi gambar.</translation>
    </message>
    <message>
        <source>This JPEG is damaged: its picture is not where the file says.</source>
        <translation>JPEG ini rusak: gambarnya tidak ada di tempat yang disebut file.</translation>
    </message>
    <message>
        <source>This JPEG is damaged: it holds more than one picture frame.</source>
        <translation>JPEG ini rusak: berisi lebih dari satu bingkai gambar.</translation>
    </message>
    <message>
        <source>This JPEG has other data hidden inside its picture, so it was not cleaned.</source>
        <translation>Ada data lain yang tersembunyi di dalam gambar JPEG ini, jadi file ini tidak dibersihkan.</translation>
    </message>
    <message>
        <source>The colour profile is too large.</source>
        <translation>Profil warnanya terlalu besar.</translation>
    </message>
    <message>
        <source>The picture is incomplete: the file was cut off.</source>
        <translation>Gambarnya tidak lengkap: file-nya terpotong.</translation>
    </message>
    <message>
        <source>This JPEG is damaged in places; the copy looks the same as the original did.</source>
        <translation>JPEG ini rusak di beberapa bagian; salinannya terlihat sama seperti file aslinya.</translation>
    </message>
    <message>
        <source>The GIF file was cut short; its complete frames were kept.</source>
        <translation>File GIF ini terpotong; bingkai-bingkai yang lengkap dipertahankan.</translation>
    </message>
    <message>
        <source>The {format} picture was saved as PNG.</source>
        <translation>Gambar {format} disimpan sebagai PNG.</translation>
    </message>
    <message>
        <source>Only the first frame of the animation was kept ({frames} in the file).</source>
        <translation>Hanya bingkai pertama animasi yang dipertahankan ({frames} di dalam file).</translation>
    </message>
    <message>
        <source>Only the first page was kept ({frames} in the file).</source>
        <translation>Hanya halaman pertama yang dipertahankan ({frames} di dalam file).</translation>
    </message>
    <message>
        <source>The picture was saved with 8 bits per colour (it had more).</source>
        <translation>Gambar disimpan dengan 8 bit per warna (aslinya lebih).</translation>
    </message>
    <message>
        <source>Colours may look slightly different ({mode} was turned into RGB).</source>
        <translation>Warna mungkin terlihat sedikit berbeda ({mode} diubah menjadi RGB).</translation>
    </message>
    <message>
        <source>Transparent areas were filled with white (JPEG has no transparency).</source>
        <translation>Area transparan diisi warna putih (JPEG tidak mendukung transparansi).</translation>
    </message>
    <message>
        <source>The form&apos;s XML layer was removed.</source>
        <translation>Lapisan XML formulir dihapus.</translation>
    </message>
    <message>
        <source>A digital signature was removed.</source>
        <translation>Sebuah tanda tangan digital dihapus.</translation>
    </message>
    <message>
        <source>Embedded objects (files inside the document) were removed.</source>
        <translation>Objek tersemat (file di dalam dokumen) dihapus.</translation>
    </message>
    <message>
        <source>Pictures in drawing formats that cannot be checked (SVG, WMF…) were removed.</source>
        <translation>Gambar dalam format gambar vektor yang tidak bisa diperiksa (SVG, WMF…) dihapus.</translation>
    </message>
    <message>
        <source>It is saved as {ext}: the same document without macros.</source>
        <translation>File disimpan sebagai {ext}: dokumen yang sama tanpa makro.</translation>
    </message>
    <message>
        <source>The animation keeps its rotation tag; its frames were not turned.</source>
        <translation>Animasi ini tetap menyimpan tag rotasinya; bingkai-bingkainya tidak diputar.</translation>
    </message>
    <message>
        <source>This TIFF has {count} pages. Many viewers show only the first: check the others too.</source>
        <translation>TIFF ini punya {count} halaman. Banyak penampil hanya menampilkan halaman pertama: periksa juga halaman lainnya.</translation>
    </message>
    <message>
        <source>The TIFF keeps its orientation tag; its pixels were not turned.</source>
        <translation>TIFF ini tetap menyimpan tag orientasinya; pikselnya tidak diputar.</translation>
    </message>
    <message>
        <source>Colours may look slightly different in the JPEG copy.</source>
        <translation>Warna mungkin terlihat sedikit berbeda di salinan JPEG.</translation>
    </message>
    <message>
        <source>This PNG is cut off before the picture starts.</source>
        <translation>PNG ini terpotong sebelum gambarnya dimulai.</translation>
    </message>
    <message>
        <source>The file was cut off; the clean copy keeps the part that is there.</source>
        <translation>File ini terpotong; salinan bersih menyimpan bagian yang ada.</translation>
    </message>
    <message>
        <source>The removed data said to turn the picture. Check that it is the right way up.</source>
        <translation>Data yang dihapus berisi perintah untuk memutar gambar. Periksa apakah gambar tampil dengan arah yang benar.</translation>
    </message>
    <message>
        <source>Viewers that do not play animations now show a blank picture instead of a hidden one.</source>
        <translation>Penampil yang tidak memutar animasi kini menampilkan gambar kosong, bukan gambar yang tersembunyi.</translation>
    </message>
    <message>
        <source>The sound was removed.</source>
        <translation>Suaranya dihapus.</translation>
    </message>
    <message>
        <source>The clip had more than 8 bits per colour (HDR); the copy has 8, so colours may look flatter.</source>
        <translation>Klip ini punya lebih dari 8 bit per warna (HDR); salinannya 8 bit, jadi warnanya mungkin tampak kurang hidup.</translation>
    </message>
    <message>
        <source>Its broken index was rebuilt the way PDF viewers do it. Check the clean copy.</source>
        <translation>Indeksnya yang rusak dibangun ulang dengan cara yang dipakai penampil PDF. Periksa salinan bersihnya.</translation>
    </message>
    <message>
        <source>It was locked against copying, printing or changes, but opens without a password. The clean copy has no lock.</source>
        <translation>File ini dikunci agar tidak bisa disalin, dicetak, atau diubah, tetapi bisa dibuka tanpa kata sandi. Salinan bersih tidak punya kunci.</translation>
    </message>
    <message>
        <source>Its attached files are locked with a password (the pages are not). The clean copy has no attachments.</source>
        <translation>File lampirannya dikunci dengan kata sandi (halamannya tidak). Salinan bersih tidak berisi lampiran.</translation>
    </message>
    <message>
        <source>A cropped picture still held the part you cut away. It was removed.</source>
        <translation>Gambar yang dipotong masih menyimpan bagian yang kamu buang. Bagian itu sudah dihapus.</translation>
    </message>
    <message>
        <source>Pages were turned into pictures: text can no longer be selected or searched.</source>
        <translation>Halaman diubah menjadi gambar: teks tidak bisa dipilih atau dicari lagi.</translation>
    </message>
    <message>
        <source>{count} layers of this PDF are hidden when it opens. They are kept in the copy; to leave them out, choose to turn PDF pages into pictures.</source>
        <translation>{count} lapisan PDF ini tersembunyi saat dibuka. Lapisan itu tetap ada di salinan; untuk membuangnya, pilih ubah halaman PDF menjadi gambar.</translation>
    </message>
    <message>
        <source>1 layer of this PDF is hidden when it opens. It is kept in the copy; to leave it out, choose to turn PDF pages into pictures.</source>
        <translation>1 lapisan PDF ini tersembunyi saat dibuka. Lapisan itu tetap ada di salinan; untuk membuangnya, pilih ubah halaman PDF menjadi gambar.</translation>
    </message>
    <message>
        <source>There is text in white, unseen on a white page, on {count} pages. It is kept in the copy; to leave it out, choose to turn PDF pages into pictures.</source>
        <translation>Ada teks putih, yang tidak terlihat di halaman putih, di {count} halaman. Teks itu tetap ada di salinan; untuk membuangnya, pilih ubah halaman PDF menjadi gambar.</translation>
    </message>
    <message>
        <source>There is text in white, unseen on a white page, on 1 page. It is kept in the copy; to leave it out, choose to turn PDF pages into pictures.</source>
        <translation>Ada teks putih, yang tidak terlihat di halaman putih, di 1 halaman. Teks itu tetap ada di salinan; untuk membuangnya, pilih ubah halaman PDF menjadi gambar.</translation>
    </message>
    <message>
        <source>There is text placed outside the page on {count} pages. It is kept in the copy; to leave it out, choose to turn PDF pages into pictures.</source>
        <translation>Ada teks yang diletakkan di luar halaman di {count} halaman. Teks itu tetap ada di salinan; untuk membuangnya, pilih ubah halaman PDF menjadi gambar.</translation>
    </message>
    <message>
        <source>There is text placed outside the page on 1 page. It is kept in the copy; to leave it out, choose to turn PDF pages into pictures.</source>
        <translation>Ada teks yang diletakkan di luar halaman di 1 halaman. Teks itu tetap ada di salinan; untuk membuangnya, pilih ubah halaman PDF menjadi gambar.</translation>
    </message>
    <message>
        <source>Embedded fonts were removed.</source>
        <translation>Font yang disematkan dihapus.</translation>
    </message>
    <message>
        <source>Videos and sounds were removed: they could not be checked.</source>
        <translation>Video dan suara dihapus: keduanya tidak bisa diperiksa.</translation>
    </message>
    <message>
        <source>Pictures in drawing formats that cannot be checked (EMF, WMF, SVG…) were removed.</source>
        <translation>Gambar dalam format gambar vektor yang tidak bisa diperiksa (EMF, WMF, SVG…) dihapus.</translation>
    </message>
    <message>
        <source>The photo was saved again at high quality ({reason}).</source>
        <translation>Foto disimpan ulang dengan kualitas tinggi ({reason}).</translation>
    </message>
    <message>
        <source>The macros (programs) in this document were removed.</source>
        <translation>Makro (program) di dokumen ini dihapus.</translation>
    </message>
    <message>
        <source>This PDF asks for a password to open it. Remove the password first.</source>
        <translation>PDF ini meminta kata sandi untuk dibuka. Hapus kata sandinya dulu.</translation>
    </message>
    <message>
        <source>This PDF is damaged and cannot be cleaned safely.</source>
        <translation>PDF ini rusak dan tidak bisa dibersihkan dengan aman.</translation>
    </message>
    <message>
        <source>This PDF is damaged and cannot be cleaned safely: its end is missing.</source>
        <translation>PDF ini rusak dan tidak bisa dibersihkan dengan aman: bagian akhirnya hilang.</translation>
    </message>
    <message>
        <source>This PDF is damaged (cut off, or parts of it are broken) and cannot be cleaned safely. Saving it again from a PDF viewer may repair it.</source>
        <translation>PDF ini rusak (terpotong, atau sebagian isinya rusak) dan tidak bisa dibersihkan dengan aman. Menyimpannya ulang dari penampil PDF mungkin bisa memperbaikinya.</translation>
    </message>
    <message>
        <source>This {format} picture is damaged and cannot be decoded: part of it is missing.</source>
        <translation>Gambar {format} ini rusak dan tidak bisa dibaca: sebagian isinya hilang.</translation>
    </message>
    <message>
        <source>{count} slides are hidden. They are kept in the copy; to remove them, turn on removing hidden content.</source>
        <translation>{count} slide tersembunyi. Slide itu tetap ada di salinan; untuk menghapusnya, nyalakan pilihan untuk menghapus isi tersembunyi.</translation>
    </message>
    <message>
        <source>1 slide is hidden. It is kept in the copy; to remove it, turn on removing hidden content.</source>
        <translation>1 slide tersembunyi. Slide itu tetap ada di salinan; untuk menghapusnya, nyalakan pilihan untuk menghapus isi tersembunyi.</translation>
    </message>
    <message>
        <source>There are speaker notes on {count} slides. They are kept in the copy; to remove them, turn on removing speaker notes.</source>
        <translation>Ada catatan pembicara di {count} slide. Catatan itu tetap ada di salinan; untuk menghapusnya, nyalakan pilihan untuk menghapus catatan pembicara.</translation>
    </message>
    <message>
        <source>There are speaker notes on 1 slide. They are kept in the copy; to remove them, turn on removing speaker notes.</source>
        <translation>Ada catatan pembicara di 1 slide. Catatan itu tetap ada di salinan; untuk menghapusnya, nyalakan pilihan untuk menghapus catatan pembicara.</translation>
    </message>
    <message>
        <source>{count} sheets are hidden. They are kept in the copy; to remove them, turn on removing hidden content.</source>
        <translation>{count} lembar tersembunyi. Lembar itu tetap ada di salinan; untuk menghapusnya, nyalakan pilihan untuk menghapus isi tersembunyi.</translation>
    </message>
    <message>
        <source>1 sheet is hidden. It is kept in the copy; to remove it, turn on removing hidden content.</source>
        <translation>1 lembar tersembunyi. Lembar itu tetap ada di salinan; untuk menghapusnya, nyalakan pilihan untuk menghapus isi tersembunyi.</translation>
    </message>
    <message>
        <source>There is hidden text in {count} places. It is kept in the copy; to remove it, turn on removing hidden content.</source>
        <translation>Ada teks tersembunyi di {count} tempat. Teks itu tetap ada di salinan; untuk menghapusnya, nyalakan pilihan untuk menghapus isi tersembunyi.</translation>
    </message>
    <message>
        <source>There is hidden text in 1 place. It is kept in the copy; to remove it, turn on removing hidden content.</source>
        <translation>Ada teks tersembunyi di 1 tempat. Teks itu tetap ada di salinan; untuk menghapusnya, nyalakan pilihan untuk menghapus isi tersembunyi.</translation>
    </message>
    <message>
        <source>{count} sections are hidden. They are kept in the copy; to remove them, turn on removing hidden content.</source>
        <translation>{count} bagian tersembunyi. Bagian itu tetap ada di salinan; untuk menghapusnya, nyalakan pilihan untuk menghapus isi tersembunyi.</translation>
    </message>
    <message>
        <source>1 section is hidden. It is kept in the copy; to remove it, turn on removing hidden content.</source>
        <translation>1 bagian tersembunyi. Bagian itu tetap ada di salinan; untuk menghapusnya, nyalakan pilihan untuk menghapus isi tersembunyi.</translation>
    </message>
    <message>
        <source>A cropped photo still held the part you cut away. It was removed.</source>
        <translation>Foto yang dipotong masih menyimpan bagian yang kamu buang. Bagian itu sudah dihapus.</translation>
    </message>
    <message>
        <source>{count} cropped photos still held the parts you cut away. They were removed.</source>
        <translation>{count} foto yang dipotong masih menyimpan bagian yang kamu buang. Bagian itu sudah dihapus.</translation>
    </message>
    <message>
        <source>The camera fingerprint was weakened, not removed. The picture was resized from {before} to {after} pixels.</source>
        <translation>Sidik jari kamera dilemahkan, tidak dihapus. Ukuran gambar diubah dari {before} menjadi {after} piksel.</translation>
    </message>
    <message>
        <source>This document is protected by a password. Remove the password first.</source>
        <translation>Dokumen ini dilindungi kata sandi. Hapus kata sandinya dulu.</translation>
    </message>
    <message>
        <source>This document is damaged: its contents cannot be unpacked.</source>
        <translation>Dokumen ini rusak: isinya tidak bisa dibongkar.</translation>
    </message>
    <message>
        <source>This document is damaged and cannot be read safely.</source>
        <translation>Dokumen ini rusak dan tidak bisa dibaca dengan aman.</translation>
    </message>
    <message>
        <source>This TIFF file holds no picture.</source>
        <translation>File TIFF ini tidak berisi gambar.</translation>
    </message>
    <message>
        <source>Camera RAW files are not supported. Export a TIFF or JPEG first.</source>
        <translation>File RAW kamera tidak didukung. Ekspor dulu ke TIFF atau JPEG.</translation>
    </message>
    <message>
        <source>This TIFF file is damaged.</source>
        <translation>File TIFF ini rusak.</translation>
    </message>
    <message>
        <source>Old-style JPEG TIFF files are not supported. Convert them first.</source>
        <translation>File TIFF dengan JPEG model lama tidak didukung. Konversikan dulu.</translation>
    </message>
    <message>
        <source>This TIFF file is cut off or damaged.</source>
        <translation>File TIFF ini terpotong atau rusak.</translation>
    </message>
    <message>
        <source>This {format} picture is encrypted.</source>
        <translation>Gambar {format} ini terenkripsi.</translation>
    </message>
    <message>
        <source>This {format} picture is damaged and cannot be decoded.</source>
        <translation>Gambar {format} ini rusak dan tidak bisa dibaca.</translation>
    </message>
    <message>
        <source>The description of this {format} picture is too large to check.</source>
        <translation>Deskripsi gambar {format} ini terlalu besar untuk diperiksa.</translation>
    </message>
    <message>
        <source>{format} picture sequences and videos are not supported.</source>
        <translation>Rangkaian gambar dan video {format} tidak didukung.</translation>
    </message>
    <message>
        <source>This {format} file has too many parts to check safely.</source>
        <translation>File {format} ini punya terlalu banyak bagian untuk diperiksa dengan aman.</translation>
    </message>
    <message>
        <source>This picture is AVIF, not HEIC. Rename it to end in .avif.</source>
        <translation>Gambar ini AVIF, bukan HEIC. Ganti namanya agar berakhiran .avif.</translation>
    </message>
    <message>
        <source>The picture is too small to save as HEIC. Choose JPEG copies instead.</source>
        <translation>Gambar terlalu kecil untuk disimpan sebagai HEIC. Sebagai gantinya, pilih salinan JPEG.</translation>
    </message>
    <message>
        <source>The picture could not be saved as HEIC. Choose JPEG copies instead.</source>
        <translation>Gambar tidak bisa disimpan sebagai HEIC. Sebagai gantinya, pilih salinan JPEG.</translation>
    </message>
    <message>
        <source>The picture is too large to process ({size} pixels).</source>
        <translation>Gambar terlalu besar untuk diproses ({size} piksel).</translation>
    </message>
    <message>
        <source>This is not a valid PNG file.</source>
        <translation>Ini bukan file PNG yang valid.</translation>
    </message>
    <message>
        <source>This PNG file is damaged (a part of it is not valid).</source>
        <translation>File PNG ini rusak (ada bagian yang tidak valid).</translation>
    </message>
    <message>
        <source>This PNG file is damaged: its beginning is missing.</source>
        <translation>File PNG ini rusak: bagian awalnya hilang.</translation>
    </message>
    <message>
        <source>This PDF is too complex to be checked safely.</source>
        <translation>PDF ini terlalu rumit untuk diperiksa dengan aman.</translation>
    </message>
    <message>
        <source>This PDF has too many levels, one inside another, to be checked safely.</source>
        <translation>PDF ini punya terlalu banyak tingkat, satu di dalam yang lain, untuk diperiksa dengan aman.</translation>
    </message>
    <message>
        <source>The drawings in this PDF are put one inside another too many times to be checked safely.</source>
        <translation>Gambar vektor di PDF ini diletakkan satu di dalam yang lain terlalu banyak kali untuk diperiksa dengan aman.</translation>
    </message>
    <message>
        <source>This PDF has too many parts ({count}) to be checked safely.</source>
        <translation>PDF ini punya terlalu banyak bagian ({count}) untuk diperiksa dengan aman.</translation>
    </message>
    <message>
        <source>This PDF has too many pages ({count}) to turn them into pictures.</source>
        <translation>PDF ini punya terlalu banyak halaman ({count}) untuk diubah menjadi gambar.</translation>
    </message>
    <message>
        <source>This PDF could not be given a new document ID, so it was not cleaned.</source>
        <translation>PDF ini tidak bisa diberi ID dokumen baru, jadi tidak dibersihkan.</translation>
    </message>
    <message>
        <source>This PDF could not be copied faithfully, so it was not cleaned.</source>
        <translation>PDF ini tidak bisa disalin dengan persis, jadi tidak dibersihkan.</translation>
    </message>
    <message>
        <source>A page of this PDF has pictures on it that cannot be checked. To clean this PDF, choose to turn PDF pages into pictures.</source>
        <translation>Salah satu halaman PDF ini berisi gambar yang tidak bisa diperiksa. Untuk membersihkan PDF ini, pilih ubah halaman PDF menjadi gambar.</translation>
    </message>
    <message>
        <source>A picture in this PDF is shown through a shape that hides part of it, and it cannot be cut exactly. To clean this PDF, choose to turn PDF pages into pictures.</source>
        <translation>Sebuah gambar di PDF ini ditampilkan melalui bentuk yang menyembunyikan sebagian gambar itu, dan gambar itu tidak bisa dipotong dengan tepat. Untuk membersihkan PDF ini, pilih ubah halaman PDF menjadi gambar.</translation>
    </message>
    <message>
        <source>A picture in this PDF has a hidden part, stored in a way that cannot be cut away. To clean this PDF, choose to turn PDF pages into pictures.</source>
        <translation>Sebuah gambar di PDF ini punya bagian tersembunyi yang disimpan dengan cara yang membuatnya tidak bisa dipotong dan dibuang. Untuk membersihkan PDF ini, pilih ubah halaman PDF menjadi gambar.</translation>
    </message>
    <message>
        <source>A picture in this PDF has a hidden part and is too large to be cut. To clean this PDF, choose to turn PDF pages into pictures.</source>
        <translation>Sebuah gambar di PDF ini punya bagian tersembunyi dan terlalu besar untuk dipotong. Untuk membersihkan PDF ini, pilih ubah halaman PDF menjadi gambar.</translation>
    </message>
    <message>
        <source>A picture in this PDF is stored in a way that cannot be checked.</source>
        <translation>Sebuah gambar di PDF ini disimpan dengan cara yang tidak bisa diperiksa.</translation>
    </message>
    <message>
        <source>A picture drawn inside a page of this PDF is stored in a way that cannot be checked.</source>
        <translation>Sebuah gambar yang dibuat langsung di dalam halaman PDF ini disimpan dengan cara yang tidak bisa diperiksa.</translation>
    </message>
    <message>
        <source>A colour profile in this PDF is stored in a way that cannot be checked.</source>
        <translation>Sebuah profil warna di PDF ini disimpan dengan cara yang tidak bisa diperiksa.</translation>
    </message>
    <message>
        <source>A picture drawn inside a page of this PDF could not be saved again without its hidden data.</source>
        <translation>Sebuah gambar yang dibuat langsung di dalam halaman PDF ini tidak bisa disimpan ulang tanpa data tersembunyinya.</translation>
    </message>
    <message>
        <source>A picture in this PDF is too large once unpacked (more than {mb} MB).</source>
        <translation>Sebuah gambar di PDF ini terlalu besar setelah dibongkar (lebih dari {mb} MB).</translation>
    </message>
    <message>
        <source>A picture drawn inside a page of this PDF is too large once unpacked (more than {mb} MB).</source>
        <translation>Sebuah gambar yang dibuat langsung di dalam halaman PDF ini terlalu besar setelah dibongkar (lebih dari {mb} MB).</translation>
    </message>
    <message>
        <source>A page of this PDF is too large once unpacked (more than {mb} MB).</source>
        <translation>Salah satu halaman PDF ini terlalu besar setelah dibongkar (lebih dari {mb} MB).</translation>
    </message>
    <message>
        <source>A colour profile in this PDF is too large once unpacked (more than {mb} MB).</source>
        <translation>Sebuah profil warna di PDF ini terlalu besar setelah dibongkar (lebih dari {mb} MB).</translation>
    </message>
    <message>
        <source>A JPEG 2000 picture in this PDF has comments that cannot be removed.</source>
        <translation>Sebuah gambar JPEG 2000 di PDF ini berisi komentar yang tidak bisa dihapus.</translation>
    </message>
    <message>
        <source>There is a problem with a picture in this PDF. {problem}</source>
        <translation>Ada masalah pada sebuah gambar di PDF ini. {problem}</translation>
    </message>
    <message>
        <source>There is a problem with a picture drawn inside a page of this PDF. {problem}</source>
        <translation>Ada masalah pada sebuah gambar yang dibuat langsung di dalam halaman PDF ini. {problem}</translation>
    </message>
    <message>
        <source>Unpacked, this document would take more than {mb} MB: too much to be checked safely.</source>
        <translation>Jika dibongkar, dokumen ini akan memakan lebih dari {mb} MB: terlalu banyak untuk diperiksa dengan aman.</translation>
    </message>
    <message>
        <source>A part of this document ({part}) holds an XML declaration used in attacks, so it was not opened.</source>
        <translation>Salah satu bagian dokumen ini ({part}) berisi deklarasi XML yang dipakai dalam serangan, jadi dokumen ini tidak dibuka.</translation>
    </message>
    <message>
        <source>There is a problem with a picture in this document ({part}). {problem}</source>
        <translation>Ada masalah pada sebuah gambar di dokumen ini ({part}). {problem}</translation>
    </message>
    <message>
        <source>There is a problem with a document inside this document ({part}). {problem}</source>
        <translation>Ada masalah pada sebuah dokumen di dalam dokumen ini ({part}). {problem}</translation>
    </message>
    <message>
        <source>This document is packed in a way used to crash programs (a zip bomb), so it was not opened.</source>
        <translation>Dokumen ini dikemas dengan cara yang dipakai untuk membuat program mogok (bom zip), jadi tidak dibuka.</translation>
    </message>
    <message>
        <source>This zip file is not an OpenDocument file.</source>
        <translation>File zip ini bukan file OpenDocument.</translation>
    </message>
    <message>
        <source>This kind of OpenDocument file is not supported.</source>
        <translation>Jenis file OpenDocument ini tidak didukung.</translation>
    </message>
    <message>
        <source>This zip file is not an Office document.</source>
        <translation>File zip ini bukan dokumen Office.</translation>
    </message>
    <message>
        <source>This kind of Office document is not supported.</source>
        <translation>Jenis dokumen Office ini tidak didukung.</translation>
    </message>
    <message>
        <source>This is an old-style Office file (.doc, .xls, .ppt) or a document protected by a password. Open it in Office and save it as .docx, .xlsx or .pptx, without a password.</source>
        <translation>Ini file Office model lama (.doc, .xls, .ppt) atau dokumen yang dilindungi kata sandi. Buka di Office, lalu simpan sebagai .docx, .xlsx, atau .pptx, tanpa kata sandi.</translation>
    </message>
    <message>
        <source>This document is saved as Strict Open XML, which is not supported. Save it again as an ordinary .docx, .xlsx or .pptx file.</source>
        <translation>Dokumen ini disimpan sebagai Strict Open XML, yang tidak didukung. Simpan ulang sebagai file .docx, .xlsx, atau .pptx biasa.</translation>
    </message>
    <message>
        <source>Part of this document&apos;s text is stored inside it as a web page or in another format, which cannot be checked. Open it in Word and save it again.</source>
        <translation>Sebagian teks dokumen ini disimpan di dalamnya sebagai halaman web atau dalam format lain, yang tidak bisa diperiksa. Buka di Word, lalu simpan ulang.</translation>
    </message>
    <message>
        <source>The picture is too large to process.</source>
        <translation>Gambar terlalu besar untuk diproses.</translation>
    </message>
    <message>
        <source>A cropped picture in it is too large to cut safely.</source>
        <translation>Sebuah gambar yang dipotong di dalamnya terlalu besar untuk dipotong dengan aman.</translation>
    </message>
    <message>
        <source>Areas cannot be covered in {format} pictures.</source>
        <translation>Area tidak bisa ditutupi pada gambar {format}.</translation>
    </message>
    <message>
        <source>{format} files are not video clips.</source>
        <translation>File {format} bukan klip video.</translation>
    </message>
    <message>
        <source>Covering areas makes a new copy: the original is never changed. Save copies in a folder instead.</source>
        <translation>Menutupi area membuat salinan baru: file asli tidak pernah diubah. Sebagai gantinya, simpan salinan di sebuah folder.</translation>
    </message>
    <message>
        <source>This clip is turned by {degrees} degrees, which is not supported.</source>
        <translation>Klip ini diputar {degrees} derajat, dan itu tidak didukung.</translation>
    </message>
    <message>
        <source>The clip is too large to process ({size} pixels).</source>
        <translation>Klip terlalu besar untuk diproses ({size} piksel).</translation>
    </message>
    <message>
        <source>This HEIF picture uses a kind of compression that is not supported ({code}).</source>
        <translation>Gambar HEIF ini memakai jenis kompresi yang tidak didukung ({code}).</translation>
    </message>
    <message>
        <source>The picture could not be saved as AVIF.</source>
        <translation>Gambar tidak bisa disimpan sebagai AVIF.</translation>
    </message>
    <message>
        <source>This {format} file is stored in pieces, as when it is streamed. This is not supported.</source>
        <translation>File {format} ini disimpan dalam potongan-potongan, seperti saat di-streaming. Ini tidak didukung.</translation>
    </message>
    <message>
        <source>The header of this {format} file is split up or compressed. This is not supported.</source>
        <translation>Header file {format} ini terpecah atau terkompresi. Ini tidak didukung.</translation>
    </message>
    <message>
        <source>This {format} file plays sound or pictures stored in other files. This is not supported.</source>
        <translation>File {format} ini memutar suara atau gambar yang disimpan di file lain. Ini tidak didukung.</translation>
    </message>
    <message>
        <source>This {format} file is copy-protected, so it cannot be cleaned.</source>
        <translation>File {format} ini dilindungi dari penyalinan, jadi tidak bisa dibersihkan.</translation>
    </message>
    <message>
        <source>This {format} file is too large to clean.</source>
        <translation>File {format} ini terlalu besar untuk dibersihkan.</translation>
    </message>
    <message>
        <source>The sound of this video is stored in a way that is not supported.</source>
        <translation>Suara video ini disimpan dengan cara yang tidak didukung.</translation>
    </message>
    <message>
        <source>The sound of this video is in an old format that is not supported.</source>
        <translation>Suara video ini memakai format lama yang tidak didukung.</translation>
    </message>
    <message>
        <source>This M4A file also holds video, chapters or text, which cannot be cleaned here.</source>
        <translation>File M4A ini juga berisi video, bab, atau teks, yang tidak bisa dibersihkan di sini.</translation>
    </message>
    <message>
        <source>This is copy-protected iTunes music. Its purchase record cannot be removed without breaking it.</source>
        <translation>Ini musik iTunes yang dilindungi dari penyalinan. Catatan pembeliannya tidak bisa dihapus tanpa merusak musiknya.</translation>
    </message>
    <message>
        <source>This FLAC file starts with an ID3 tag, which FLAC players do not expect, so it was not cleaned.</source>
        <translation>File FLAC ini diawali tag ID3, yang tidak diharapkan oleh pemutar FLAC, jadi tidak dibersihkan.</translation>
    </message>
    <message>
        <source>Bare AAC sound files are not supported, only AAC inside M4A files.</source>
        <translation>File suara AAC polos tidak didukung, hanya AAC di dalam file M4A.</translation>
    </message>
    <message>
        <source>This Ogg file holds video or a kind of sound that cannot be cleaned. Only Vorbis and Opus are supported.</source>
        <translation>File Ogg ini berisi video atau jenis suara yang tidak bisa dibersihkan. Hanya Vorbis dan Opus yang didukung.</translation>
    </message>
    <message>
        <source>This PNG has a part that is not standard ({part}), so it was not cleaned.</source>
        <translation>PNG ini punya bagian yang tidak standar ({part}), jadi tidak dibersihkan.</translation>
    </message>
    <message>
        <source>This animated PNG hides a still picture too large to replace, so it was not cleaned.</source>
        <translation>PNG animasi ini menyembunyikan gambar diam yang terlalu besar untuk diganti, jadi tidak dibersihkan.</translation>
    </message>
    <message>
        <source>This TIFF has more than {count} pages.</source>
        <translation>TIFF ini punya lebih dari {count} halaman.</translation>
    </message>
    <message>
        <source>This TIFF is damaged: its picture data adds up to more than the file.</source>
        <translation>TIFF ini rusak: total data gambarnya lebih besar daripada file-nya.</translation>
    </message>
    <message>
        <source>The first page of this TIFF is only a preview. Such TIFF files are not supported.</source>
        <translation>Halaman pertama TIFF ini hanya pratinjau. File TIFF seperti ini tidak didukung.</translation>
    </message>
    <message>
        <source>The clean TIFF would be larger than 4 GB.</source>
        <translation>TIFF yang bersih akan lebih besar dari 4 GB.</translation>
    </message>
    <message>
        <source>a crop hid part of the picture</source>
        <extracomment>Why the photo was saved again, in &quot;The photo was saved again at high quality ({reason}).&quot;</extracomment>
        <translation>pemotongan menyembunyikan sebagian gambarnya</translation>
    </message>
    <message>
        <source>colours under its see-through areas could hide a picture</source>
        <extracomment>Why the photo was saved again, in &quot;The photo was saved again at high quality ({reason}).&quot;</extracomment>
        <translation>warna di bawah area transparannya bisa menyembunyikan gambar</translation>
    </message>
    <message>
        <source>it is made of layers that can cover one another</source>
        <extracomment>Why the photo was saved again, in &quot;The photo was saved again at high quality ({reason}).&quot;</extracomment>
        <translation>foto ini terdiri dari lapisan yang bisa saling menutupi</translation>
    </message>
    <message>
        <source>its tiles do not fit together in a regular grid</source>
        <extracomment>Why the photo was saved again, in &quot;The photo was saved again at high quality ({reason}).&quot;</extracomment>
        <translation>petak-petaknya tidak tersusun dalam kisi yang teratur</translation>
    </message>
    <message>
        <source>whole tiles of its picture were hidden</source>
        <extracomment>Why the photo was saved again, in &quot;The photo was saved again at high quality ({reason}).&quot;</extracomment>
        <translation>ada petak gambarnya yang tersembunyi seluruhnya</translation>
    </message>
    <message>
        <source>its picture is stored in another file</source>
        <extracomment>Why the photo was saved again, in &quot;The photo was saved again at high quality ({reason}).&quot;</extracomment>
        <translation>gambarnya disimpan di file lain</translation>
    </message>
    <message>
        <source>its picture is built from data stored elsewhere in the file</source>
        <extracomment>Why the photo was saved again, in &quot;The photo was saved again at high quality ({reason}).&quot;</extracomment>
        <translation>gambarnya dibangun dari data yang disimpan di bagian lain file</translation>
    </message>
    <message>
        <source>its picture data is not where it should be in the file</source>
        <extracomment>Why the photo was saved again, in &quot;The photo was saved again at high quality ({reason}).&quot;</extracomment>
        <translation>data gambarnya tidak berada di tempat yang seharusnya dalam file</translation>
    </message>
</context>
<context>
    <name>plain</name>
    <message>
        <source>1 item</source>
        <translation>1 hal</translation>
    </message>
    <message>
        <source>{count} items</source>
        <translation>{count} hal</translation>
    </message>
    <message>
        <source>in the file name: {shown}</source>
        <translation>di nama file: {shown}</translation>
    </message>
    <message>
        <source>{values} and {count} more</source>
        <translation>{values} dan {count} lainnya</translation>
    </message>
    <message>
        <source>{deg}° N</source>
        <translation>{deg}° LU</translation>
    </message>
    <message>
        <source>{deg}° S</source>
        <translation>{deg}° LS</translation>
    </message>
    <message>
        <source>{deg}° E</source>
        <translation>{deg}° BT</translation>
    </message>
    <message>
        <source>{deg}° W</source>
        <translation>{deg}° BB</translation>
    </message>
    <message>
        <source>serial {number}</source>
        <translation>nomor seri {number}</translation>
    </message>
</context>
<context>
    <name>words</name>
    <message>
        <source>location</source>
        <translation>lokasi</translation>
    </message>
    <message>
        <source>phone/camera</source>
        <translation>ponsel/kamera</translation>
    </message>
    <message>
        <source>your name</source>
        <translation>namamu</translation>
    </message>
    <message>
        <source>date</source>
        <translation>tanggal</translation>
    </message>
    <message>
        <source>hidden extra image/video</source>
        <translation>gambar/video tambahan tersembunyi</translation>
    </message>
    <message>
        <source>editing history</source>
        <translation>riwayat edit</translation>
    </message>
    <message>
        <source>other hidden data</source>
        <translation>data tersembunyi lain</translation>
    </message>
    <message>
        <source>Reveals where it was taken or made</source>
        <translation>Mengungkap tempat foto diambil atau dibuat</translation>
    </message>
    <message>
        <source>Identifies your phone or camera</source>
        <translation>Mengenali ponsel atau kameramu</translation>
    </message>
    <message>
        <source>Contains a name</source>
        <translation>Berisi nama</translation>
    </message>
    <message>
        <source>Tells when it was taken or made</source>
        <translation>Menunjukkan kapan foto diambil atau dibuat</translation>
    </message>
    <message>
        <source>Hides an extra picture, video or file</source>
        <translation>Menyembunyikan gambar, video, atau file tambahan</translation>
    </message>
    <message>
        <source>Shows editing history or the apps used</source>
        <translation>Menunjukkan riwayat edit atau aplikasi yang dipakai</translation>
    </message>
    <message>
        <source>Other hidden data</source>
        <translation>Data tersembunyi lain</translation>
    </message>
    <message>
        <source>Location</source>
        <translation>Lokasi</translation>
    </message>
    <message>
        <source>Phone or camera</source>
        <translation>Ponsel atau kamera</translation>
    </message>
    <message>
        <source>Names</source>
        <translation>Nama</translation>
    </message>
    <message>
        <source>Date and time</source>
        <translation>Tanggal dan jam</translation>
    </message>
    <message>
        <source>Hidden extras</source>
        <translation>Tambahan tersembunyi</translation>
    </message>
    <message>
        <source>Apps and editing</source>
        <translation>Aplikasi dan pengeditan</translation>
    </message>
    <message>
        <source>Other data</source>
        <translation>Data lain</translation>
    </message>
    <message>
        <source>Cleaned</source>
        <translation>Dibersihkan</translation>
    </message>
    <message>
        <source>Nothing to remove</source>
        <translation>Tidak ada yang perlu dihapus</translation>
    </message>
    <message>
        <source>Not supported</source>
        <translation>Tidak didukung</translation>
    </message>
    <message>
        <source>Could not be cleaned</source>
        <translation>Tidak bisa dibersihkan</translation>
    </message>
    <message>
        <source>Cancelled</source>
        <translation>Dibatalkan</translation>
    </message>
    <message>
        <source>removed: {what}</source>
        <translation>dihapus: {what}</translation>
    </message>
    <message>
        <source>still in the copy: {what}</source>
        <translation>masih ada di salinan: {what}</translation>
    </message>
    <message>
        <source>This file is damaged or incomplete.</source>
        <translation>File ini rusak atau tidak lengkap.</translation>
    </message>
    <message>
        <source>This type of file is not supported yet.</source>
        <translation>Jenis file ini belum didukung.</translation>
    </message>
    <message>
        <source>This file cannot be found or is not a normal file.</source>
        <translation>File ini tidak ditemukan atau bukan file biasa.</translation>
    </message>
    <message>
        <source>Scrubber cannot clean this file safely (for example it is too large or protected by a password).</source>
        <translation>Scrubber tidak bisa membersihkan file ini dengan aman (misalnya terlalu besar atau dilindungi kata sandi).</translation>
    </message>
    <message>
        <source>The copy could not be written (is the disk full or the folder read-only?)</source>
        <translation>Salinan tidak bisa ditulis (apakah disk penuh atau foldernya hanya-baca?)</translation>
    </message>
    <message>
        <source>The copy still contained identifying data, so it was deleted.</source>
        <translation>Salinan masih berisi data yang bisa mengenali identitas, jadi salinan itu dihapus.</translation>
    </message>
    <message>
        <source>Not done: cleaning was cancelled.</source>
        <translation>Tidak dikerjakan: pembersihan dibatalkan.</translation>
    </message>
    <message>
        <source>The areas to cover do not fit this picture, so nothing was written.</source>
        <translation>Area yang akan ditutupi tidak cocok dengan gambar ini, jadi tidak ada yang ditulis.</translation>
    </message>
    <message>
        <source>Finding faces automatically does not work on this computer.</source>
        <translation>Pencarian wajah otomatis tidak berfungsi di komputer ini.</translation>
    </message>
    <message>
        <source>Photos with areas to cover or a weakened camera fingerprint need a copy: turn off “Replace the originals”.</source>
        <translation>Foto yang punya area untuk ditutupi atau sidik jari kamera yang dilemahkan perlu salinan: matikan “Ganti file asli”.</translation>
    </message>
    <message>
        <source>This is a link to another file or folder; it was not followed.</source>
        <translation>Ini tautan ke file atau folder lain; tautan ini tidak diikuti.</translation>
    </message>
    <message>
        <source>There is not enough memory to clean this file.</source>
        <translation>Memori tidak cukup untuk membersihkan file ini.</translation>
    </message>
    <message>
        <source>This file made Scrubber&apos;s reader crash (the file may be damaged). It was not cleaned.</source>
        <translation>File ini membuat pembaca file Scrubber berhenti mendadak (file-nya mungkin rusak). File ini tidak dibersihkan.</translation>
    </message>
    <message>
        <source>Reading this file took far too long (it may be damaged), so it was stopped. It was not cleaned.</source>
        <translation>Membaca file ini memakan waktu jauh terlalu lama (file-nya mungkin rusak), jadi dihentikan. File ini tidak dibersihkan.</translation>
    </message>
    <message>
        <source>Something went wrong in Scrubber with this file. Nothing was written.</source>
        <translation>Ada yang salah di Scrubber dengan file ini. Tidak ada yang ditulis.</translation>
    </message>
</context>
</TS>
