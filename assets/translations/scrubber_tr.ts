<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="tr">
<context>
    <name>BatchModel</name>
    <message>
        <source>File</source>
        <translation>Dosya</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>Tür</translation>
    </message>
    <message>
        <source>What it reveals</source>
        <translation>Neleri ele veriyor</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Durum</translation>
    </message>
    <message>
        <source>nothing found</source>
        <translation>hiçbir şey bulunmadı</translation>
    </message>
    <message>
        <source>Link: not followed</source>
        <translation>Bağlantı: izlenmedi</translation>
    </message>
    <message>
        <source>Checking…</source>
        <translation>Denetleniyor…</translation>
    </message>
    <message>
        <source>Not supported</source>
        <translation>Desteklenmiyor</translation>
    </message>
    <message>
        <source>Could not be read</source>
        <translation>Okunamadı</translation>
    </message>
    <message>
        <source>Cleaning… {percent}%</source>
        <translation>Temizleniyor… %{percent}</translation>
    </message>
    <message>
        <source>Cleaning…</source>
        <translation>Temizleniyor…</translation>
    </message>
    <message>
        <source>Ready; areas to cover: {count}</source>
        <translation>Hazır; örtülecek alan: {count}</translation>
    </message>
    <message>
        <source>Ready</source>
        <translation>Hazır</translation>
    </message>
</context>
<context>
    <name>ClipEditor</name>
    <message>
        <source>&amp;Time in the clip</source>
        <translation>Klipteki &amp;zaman</translation>
    </message>
    <message>
        <source>Time in the clip</source>
        <translation>Klipteki zaman</translation>
    </message>
    <message>
        <source>Frame of the clip</source>
        <translation>Klibin karesi</translation>
    </message>
    <message>
        <source>From this f&amp;rame</source>
        <translation>Bu &amp;kareden itibaren</translation>
    </message>
    <message>
        <source>The selected areas (or all) are covered from this frame on</source>
        <translation>Seçili alanlar (ya da tümü) bu kareden itibaren örtülür</translation>
    </message>
    <message>
        <source>Until t&amp;his frame</source>
        <translation>Bu kar&amp;eye kadar</translation>
    </message>
    <message>
        <source>The selected areas (or all) are covered up to this frame</source>
        <translation>Seçili alanlar (ya da tümü) bu kareye kadar örtülür</translation>
    </message>
    <message>
        <source>Whole cli&amp;p</source>
        <translation>Klibin &amp;tamamı</translation>
    </message>
    <message>
        <source>The selected areas (or all) are covered in every frame</source>
        <translation>Seçili alanlar (ya da tümü) her karede örtülür</translation>
    </message>
    <message>
        <source>{name} ({start} to {end} s)</source>
        <translation>{name} ({start}–{end} sn)</translation>
    </message>
    <message>
        <source>Areas cover every frame of the clip. Faces move: to cover them in every frame, turn on “Cover the faces found in photos and clips” in the main window.</source>
        <translation>Alanlar klibin her karesini örter. Yüzler hareket eder: onları her karede örtmek için ana pencerede “Fotoğraflarda ve kliplerde bulunan yüzleri ört” seçeneğini açın.</translation>
    </message>
    <message>
        <source>Face detection is not available ({reason}).</source>
        <translation>Yüz algılama kullanılamıyor ({reason}).</translation>
    </message>
    <message>
        <source>Looking for faces…</source>
        <translation>Yüzler aranıyor…</translation>
    </message>
    <message>
        <source>Faces seen in this frame (dashed outlines): {count}.</source>
        <translation>Bu karede görülen yüzler (kesik çizgili çerçeveler): {count}.</translation>
    </message>
</context>
<context>
    <name>DetailsPane</name>
    <message>
        <source>Details: {detail}</source>
        <translation>Ayrıntılar: {detail}</translation>
    </message>
    <message>
        <source>Details of the selected file</source>
        <translation>Seçili dosyanın ayrıntıları</translation>
    </message>
    <message>
        <source>File type</source>
        <translation>Dosya türü</translation>
    </message>
    <message>
        <source>Before</source>
        <translation>Önce</translation>
    </message>
    <message>
        <source>After</source>
        <translation>Sonra</translation>
    </message>
    <message>
        <source>Picture before cleaning</source>
        <translation>Temizlemeden önceki resim</translation>
    </message>
    <message>
        <source>Picture of the clean copy</source>
        <translation>Temiz kopyanın resmi</translation>
    </message>
    <message>
        <source>Before: what the file gives away</source>
        <translation>Önce: dosyanın ele verdikleri</translation>
    </message>
    <message>
        <source>After: the clean copy</source>
        <translation>Sonra: temiz kopya</translation>
    </message>
    <message>
        <source>Something that could identify you is still in the copy. Do not post it. The list below shows what remains.</source>
        <translation>Kopyada hâlâ sizi tanıtabilecek bir şey var. Paylaşmayın. Aşağıdaki liste neyin kaldığını gösteriyor.</translation>
    </message>
    <message>
        <source>Found in the file before cleaning</source>
        <translation>Temizlemeden önce dosyada bulunanlar</translation>
    </message>
    <message>
        <source>The clean copy: what was removed and what remains</source>
        <translation>Temiz kopya: neler kaldırıldı, neler kaldı</translation>
    </message>
    <message>
        <source>What</source>
        <translation>Ne</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>Değer</translation>
    </message>
    <message>
        <source>Select a file in the list to see what it gives away.</source>
        <translation>Neleri ele verdiğini görmek için listeden bir dosya seçin.</translation>
    </message>
    <message>
        <source>Technical details: every tag and value</source>
        <translation>Teknik ayrıntılar: her etiket ve değeri</translation>
    </message>
    <message>
        <source>Result</source>
        <translation>Sonuç</translation>
    </message>
    <message>
        <source>Areas to cover</source>
        <translation>Örtülecek alanlar</translation>
    </message>
    <message>
        <source>Details of the problem</source>
        <translation>Sorunun ayrıntıları</translation>
    </message>
    <message>
        <source>1 area will be covered</source>
        <translation>1 alan örtülecek</translation>
    </message>
    <message>
        <source>{count} areas will be covered</source>
        <translation>{count} alan örtülecek</translation>
    </message>
    <message>
        <source>Checking this file…</source>
        <translation>Bu dosya denetleniyor…</translation>
    </message>
    <message>
        <source>Nothing found that could identify you.</source>
        <translation>Sizi tanıtabilecek hiçbir şey bulunmadı.</translation>
    </message>
    <message>
        <source>1 thing found that could identify you.</source>
        <translation>Sizi tanıtabilecek 1 şey bulundu.</translation>
    </message>
    <message>
        <source>{count} things found that could identify you.</source>
        <translation>Sizi tanıtabilecek {count} şey bulundu.</translation>
    </message>
    <message>
        <source>No clean copy can be made because the file could not be read.</source>
        <translation>Dosya okunamadığı için temiz kopya oluşturulamıyor.</translation>
    </message>
    <message>
        <source>Cleaning…</source>
        <translation>Temizleniyor…</translation>
    </message>
    <message>
        <source>Not cleaned yet. Press Clean to make a safe copy.</source>
        <translation>Henüz temizlenmedi. Güvenli bir kopya oluşturmak için Temizle&apos;ye basın.</translation>
    </message>
    <message>
        <source>Saved as: {name}</source>
        <translation>Kaydedilen ad: {name}</translation>
    </message>
    <message>
        <source>Faces found and covered: {count}. Check the picture of the copy.</source>
        <translation>Bulunan ve örtülen yüzler: {count}. Kopyanın resmini kontrol edin.</translation>
    </message>
    <message>
        <source>Checked again: nothing that could identify you was found.</source>
        <translation>Yeniden denetlendi: sizi tanıtabilecek hiçbir şey bulunmadı.</translation>
    </message>
    <message>
        <source>Still in the copy</source>
        <translation>Kopyada hâlâ var</translation>
    </message>
    <message>
        <source>Removed</source>
        <translation>Kaldırıldı</translation>
    </message>
    <message>
        <source>still in the copy</source>
        <translation>kopyada hâlâ var</translation>
    </message>
    <message>
        <source>removed</source>
        <translation>kaldırıldı</translation>
    </message>
    <message>
        <source>removed, not checked</source>
        <translation>kaldırıldı, yeniden denetlenmedi</translation>
    </message>
    <message>
        <source>What the clean copy no longer gives away</source>
        <translation>Temiz kopyanın artık ele vermedikleri</translation>
    </message>
    <message>
        <source>will be removed</source>
        <translation>kaldırılacak</translation>
    </message>
    <message>
        <source>not removed</source>
        <translation>kaldırılmadı</translation>
    </message>
    <message>
        <source>What the file gives away</source>
        <translation>Dosyanın ele verdikleri</translation>
    </message>
    <message>
        <source>kept</source>
        <translation>korundu</translation>
    </message>
    <message>
        <source>Good to know:</source>
        <translation>Bilmekte yarar var:</translation>
    </message>
    <message>
        <source>which way up the photo is</source>
        <translation>fotoğrafın hangi yönü yukarıda</translation>
    </message>
    <message>
        <source>a standard colour profile</source>
        <translation>standart bir renk profili</translation>
    </message>
    <message>
        <source>harmless technical data</source>
        <translation>zararsız teknik veriler</translation>
    </message>
    <message>
        <source>Hide technical details</source>
        <translation>Teknik ayrıntıları gizle</translation>
    </message>
    <message>
        <source>Show technical details</source>
        <translation>Teknik ayrıntıları göster</translation>
    </message>
    <message>
        <source>Kept: needed to show the photo the right way up</source>
        <translation>Korundu: fotoğrafın doğru yönde görünmesi için gerekli</translation>
    </message>
    <message>
        <source>Kept: a standard colour profile, so colours look right</source>
        <translation>Korundu: renklerin doğru görünmesi için standart bir renk profili</translation>
    </message>
    <message>
        <source>Kept</source>
        <translation>Korundu</translation>
    </message>
    <message>
        <source>Loading preview…</source>
        <translation>Önizleme yükleniyor…</translation>
    </message>
    <message>
        <source>No preview for this kind of file</source>
        <translation>Bu tür dosya için önizleme yok</translation>
    </message>
    <message>
        <source>This picture could not be read: the file may be damaged</source>
        <translation>Bu resim okunamadı: dosya hasarlı olabilir</translation>
    </message>
    <message>
        <source>The clean copy will appear here</source>
        <translation>Temiz kopya burada görünecek</translation>
    </message>
    <message>
        <source>No copy was made</source>
        <translation>Kopya oluşturulmadı</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>Photos and pictures ({patterns})</source>
        <translation>Fotoğraflar ve resimler ({patterns})</translation>
    </message>
    <message>
        <source>Sound recordings ({patterns})</source>
        <translation>Ses kayıtları ({patterns})</translation>
    </message>
    <message>
        <source>Videos ({patterns})</source>
        <translation>Videolar ({patterns})</translation>
    </message>
    <message>
        <source>Documents ({patterns})</source>
        <translation>Belgeler ({patterns})</translation>
    </message>
    <message>
        <source>Files Scrubber can clean ({patterns})</source>
        <translation>Scrubber&apos;ın temizleyebileceği dosyalar ({patterns})</translation>
    </message>
    <message>
        <source>All files (*)</source>
        <translation>Tüm dosyalar (*)</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>Do&amp;sya</translation>
    </message>
    <message>
        <source>&amp;Language</source>
        <translation>&amp;Dil</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>&amp;Yardım</translation>
    </message>
    <message>
        <source>&amp;Add files…</source>
        <translation>Dosya &amp;ekle…</translation>
    </message>
    <message>
        <source>Add fold&amp;er…</source>
        <translation>Klas&amp;ör ekle…</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>Çı&amp;kış</translation>
    </message>
    <message>
        <source>&amp;Clean</source>
        <translation>&amp;Temizle</translation>
    </message>
    <message>
        <source>Ca&amp;ncel</source>
        <translation>İpta&amp;l</translation>
    </message>
    <message>
        <source>Remo&amp;ve from list</source>
        <translation>Listeden &amp;kaldır</translation>
    </message>
    <message>
        <source>H&amp;ide faces and areas…</source>
        <translation>Yüzleri ve alanları &amp;gizle…</translation>
    </message>
    <message>
        <source>&amp;Why this matters</source>
        <translation>Bu &amp;neden önemli</translation>
    </message>
    <message>
        <source>&amp;About Scrubber</source>
        <translation>&amp;Scrubber hakkında</translation>
    </message>
    <message>
        <source>Scrubber: remove hidden data from photos</source>
        <translation>Scrubber: fotoğraflardaki gizli verileri kaldırır</translation>
    </message>
    <message>
        <source>Add files</source>
        <translation>Dosya ekle</translation>
    </message>
    <message>
        <source>Add a folder</source>
        <translation>Klasör ekle</translation>
    </message>
    <message>
        <source>Why this matters</source>
        <translation>Bu neden önemli</translation>
    </message>
    <message>
        <source>Hide faces and areas</source>
        <translation>Yüzleri ve alanları gizle</translation>
    </message>
    <message>
        <source>Remo&amp;ve</source>
        <translation>&amp;Kaldır</translation>
    </message>
    <message>
        <source>Remove the selected files</source>
        <translation>Seçili dosyaları kaldır</translation>
    </message>
    <message>
        <source>Clear lis&amp;t</source>
        <translation>Listeyi &amp;boşalt</translation>
    </message>
    <message>
        <source>Clear the list</source>
        <translation>Listeyi boşalt</translation>
    </message>
    <message>
        <source>Cover faces, tattoos or anything else in the selected photo or clip (Enter)</source>
        <translation>Seçili fotoğraf ya da klipteki yüzleri, dövmeleri ya da başka her şeyi ört (Enter)</translation>
    </message>
    <message>
        <source>or drop photos and folders onto the list below.</source>
        <translation>ya da fotoğrafları ve klasörleri aşağıdaki listeye bırakın.</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Dil</translation>
    </message>
    <message>
        <source>Files to clean</source>
        <translation>Temizlenecek dosyalar</translation>
    </message>
    <message>
        <source>Drop photos or folders here.

Scrubber shows what each file gives away about you, then writes clean copies. Your originals are not changed.</source>
        <translation>Fotoğrafları ya da klasörleri buraya bırakın.

Scrubber her dosyanın sizinle ilgili neleri ele verdiğini gösterir, sonra temiz kopyalar yazar. Orijinal dosyalarınız değiştirilmez.</translation>
    </message>
    <message>
        <source>Stopping: files being cleaned now are left as they were…</source>
        <translation>Durduruluyor: şu anda temizlenen dosyalar olduğu gibi bırakılıyor…</translation>
    </message>
    <message>
        <source>Details of the selected file</source>
        <translation>Seçili dosyanın ayrıntıları</translation>
    </message>
    <message>
        <source>Language:</source>
        <translation>Dil:</translation>
    </message>
    <message>
        <source>Add files to clean</source>
        <translation>Temizlenecek dosyaları ekle</translation>
    </message>
    <message>
        <source>Add a folder to clean</source>
        <translation>Temizlenecek bir klasör ekle</translation>
    </message>
    <message>
        <source>About Scrubber</source>
        <translation>Scrubber hakkında</translation>
    </message>
    <message>
        <source>Scrubber {version}

Removes hidden data from photos. Works offline: nothing is ever sent anywhere, and no list of your files is kept.</source>
        <translation>Scrubber {version}

Fotoğraflardaki gizli verileri kaldırır. Çevrimdışı çalışır: hiçbir şey hiçbir yere gönderilmez ve dosyalarınızın listesi tutulmaz.</translation>
    </message>
    <message>
        <source>Replace the original files?</source>
        <translation>Orijinal dosyalar değiştirilsin mi?</translation>
    </message>
    <message>
        <source>Your original files will be overwritten with the cleaned versions. This cannot be undone: the originals, with everything they contain, will be gone.

Photos with areas to cover still need a copy.

Replace the originals?</source>
        <translation>Orijinal dosyalarınızın üzerine temizlenmiş sürümleri yazılacak. Bu geri alınamaz: orijinaller, içerdikleri her şeyle birlikte yok olacak.

Örtülecek alanı olan fotoğraflar için yine de kopya gerekir.

Orijinaller değiştirilsin mi?</translation>
    </message>
    <message>
        <source>Choose where to save the clean copies</source>
        <translation>Temiz kopyaların kaydedileceği yeri seçin</translation>
    </message>
    <message>
        <source>Every file in the list has been cleaned already.</source>
        <translation>Listedeki tüm dosyalar zaten temizlendi.</translation>
    </message>
    <message>
        <source>Cannot create the output folder</source>
        <translation>Çıktı klasörü oluşturulamıyor</translation>
    </message>
    <message>
        <source>The clean copies cannot be saved there ({reason}). Choose another folder with “Choose…”.</source>
        <translation>Temiz kopyalar oraya kaydedilemiyor ({reason}). “Seç…” ile başka bir klasör seçin.</translation>
    </message>
    <message>
        <source>Cleaning…</source>
        <translation>Temizleniyor…</translation>
    </message>
</context>
<context>
    <name>OptionsBox</name>
    <message>
        <source>Options</source>
        <translation>Seçenekler</translation>
    </message>
    <message>
        <source>({count} on)</source>
        <translation>({count} açık)</translation>
    </message>
    <message>
        <source>&amp;More options</source>
        <translation>Daha faz&amp;la seçenek</translation>
    </message>
    <message>
        <source>More options</source>
        <translation>Daha fazla seçenek</translation>
    </message>
    <message>
        <source>Show or hide the options for the copies</source>
        <translation>Kopyaların seçeneklerini göster ya da gizle</translation>
    </message>
    <message>
        <source>&amp;Give the copies random file names</source>
        <translation>Kopyalara &amp;rastgele dosya adları ver</translation>
    </message>
    <message>
        <source>File names from phones often contain the date and time the photo was taken.</source>
        <translation>Telefonlardan gelen dosya adları genellikle fotoğrafın çekildiği tarih ve saati içerir.</translation>
    </message>
    <message>
        <source>&amp;Keep file names that show the date or the phone</source>
        <translation>Tarihi ya da telefon&amp;u gösteren dosya adlarını koru</translation>
    </message>
    <message>
        <source>Off: a copy of a file named like IMG_20240611_143207.jpg gets a name like photo-1f0c9a2e.jpg instead, so its name does not show when it was taken or with which phone.</source>
        <translation>Kapalı: IMG_20240611_143207.jpg gibi adı olan bir dosyanın kopyası bunun yerine photo-1f0c9a2e.jpg gibi bir ad alır; böylece adı, ne zaman ya da hangi telefonla çekildiğini göstermez.</translation>
    </message>
    <message>
        <source>Convert HEIC photos to &amp;JPEG</source>
        <translation>HEIC fotoğrafları &amp;JPEG&apos;e dönüştür</translation>
    </message>
    <message>
        <source>Remove colour &amp;profiles (colours may shift slightly)</source>
        <translation>Renk &amp;profillerini kaldır (renkler biraz değişebilir)</translation>
    </message>
    <message>
        <source>T&amp;urn PDF pages into pictures (strongest; text can no longer be selected)</source>
        <translation>PDF sayfalarını resme dönüştür (en güçlü yöntem; &amp;metin artık seçilemez)</translation>
    </message>
    <message>
        <source>Removes everything hidden in a PDF&apos;s text and drawings too. The copy is larger and its text cannot be searched or copied.</source>
        <translation>Bir PDF&apos;in metninde ve çizimlerinde gizli olan her şeyi de kaldırır. Kopya daha büyük olur ve metni aranamaz ya da kopyalanamaz.</translation>
    </message>
    <message>
        <source>Cover the faces found in photos and clips (check each cop&amp;y)</source>
        <translation>&amp;Fotoğraflarda ve kliplerde bulunan yüzleri ört (her kopyayı kontrol edin)</translation>
    </message>
    <message>
        <source>Faces found automatically are covered in black in the copies. Detection can miss faces: look at each copy&apos;s picture in the details.</source>
        <translation>Otomatik bulunan yüzler kopyalarda siyahla örtülür. Algılama bazı yüzleri kaçırabilir: ayrıntılarda her kopyanın resmine bakın.</translation>
    </message>
    <message>
        <source>&amp;Quick face search (misses small faces)</source>
        <translation>&amp;Hızlı yüz arama (küçük yüzleri kaçırır)</translation>
    </message>
    <message>
        <source>Faster, but faces smaller than about 60 pixels in a large photo are not found. Used here and in Hide faces and areas.</source>
        <translation>Daha hızlıdır, ama büyük bir fotoğrafta yaklaşık 60 pikselden küçük yüzler bulunmaz. Burada ve Yüzleri ve alanları gizle penceresinde kullanılır.</translation>
    </message>
    <message>
        <source>Remove hidden slides, sheets and te&amp;xt, and speaker notes, from documents</source>
        <translation>Belgelerdeki gizli slaytları, sayfaları, metinleri ve konuşma&amp;cı notlarını kaldır</translation>
    </message>
    <message>
        <source>Documents can hold slides, sheets and text that are not shown, and notes only the speaker sees. Without this they are kept, and the summary says where they are.</source>
        <translation>Belgeler gösterilmeyen slaytlar, sayfalar ve metinler ile yalnızca konuşmacının gördüğü notlar içerebilir. Bu seçenek olmadan bunlar korunur ve özet nerede olduklarını söyler.</translation>
    </message>
    <message>
        <source>Weaken the camera fingerprint in photos (saved again, a &amp;bit smaller)</source>
        <translation>Fotoğraflardaki kamera parmak izini &amp;zayıflat (yeniden kaydedilir, biraz küçülür)</translation>
    </message>
    <message>
        <source>Every camera leaves a faint pattern in its photos that can link them to each other. This softens each photo slightly and makes it 3% smaller: the pattern gets weaker, but it is not removed. Photos are saved again instead of copied unchanged.</source>
        <translation>Her kamera, fotoğraflarında onları birbirine bağlayabilecek belli belirsiz bir desen bırakır. Bu seçenek her fotoğrafı biraz yumuşatır ve yüzde 3 küçültür: desen zayıflar ama kaldırılmaz. Fotoğraflar olduğu gibi kopyalanmak yerine yeniden kaydedilir.</translation>
    </message>
    <message>
        <source>&amp;Replace the originals (no copies; cannot be undone)</source>
        <translation>&amp;Orijinalleri değiştir (kopya yok; geri alınamaz)</translation>
    </message>
</context>
<context>
    <name>OutputBox</name>
    <message>
        <source>Save clean copies in:</source>
        <translation>Temiz kopyaların kaydedileceği yer:</translation>
    </message>
    <message>
        <source>Output folder</source>
        <translation>Çıktı klasörü</translation>
    </message>
    <message>
        <source>Choo&amp;se…</source>
        <translation>Se&amp;ç…</translation>
    </message>
    <message>
        <source>Choose the output folder</source>
        <translation>Çıktı klasörünü seç</translation>
    </message>
    <message>
        <source>Use &amp;default</source>
        <translation>&amp;Varsayılanı kullan</translation>
    </message>
    <message>
        <source>Use the default output folder</source>
        <translation>Varsayılan çıktı klasörünü kullan</translation>
    </message>
    <message>
        <source>The original files will be replaced.</source>
        <translation>Orijinal dosyalar değiştirilecek.</translation>
    </message>
    <message>
        <source>The folder “{name}” next to the originals, with the copies made so far.</source>
        <translation>Orijinallerin yanındaki “{name}” klasörü, şimdiye kadar yapılan kopyalarla birlikte.</translation>
    </message>
    <message>
        <source>A new folder next to the originals, named “{name}”.</source>
        <translation>Orijinallerin yanında “{name}” adlı yeni bir klasör.</translation>
    </message>
</context>
<context>
    <name>QAbstractFileIconProvider</name>
    <message>
        <source>Drive</source>
        <translation>Sürücü</translation>
    </message>
    <message>
        <source>Folder</source>
        <translation>Klasör</translation>
    </message>
</context>
<context>
    <name>QFileDialog</name>
    <message>
        <source>%1
Directory not found.
Please verify the correct directory name was given.</source>
        <translation>%1
Dizin bulunamadı.
Lütfen doğru dizin adının verildiğini doğrulayın.</translation>
    </message>
    <message>
        <source>%1
File not found.
Please verify the correct file name was given.</source>
        <translation>%1
Dosya bulunamadı.
Lütfen doğru dosya adının verildiğini doğrulayın.</translation>
    </message>
    <message>
        <source>&amp;Choose</source>
        <translation>&amp;Seç</translation>
    </message>
    <message>
        <source>&amp;Delete</source>
        <translation>&amp;Sil</translation>
    </message>
    <message>
        <source>&amp;Look in:</source>
        <translation>&amp;Bak:</translation>
    </message>
    <message>
        <source>&amp;New Folder</source>
        <translation>&amp;Yeni Klasör</translation>
    </message>
    <message>
        <source>&amp;Open</source>
        <translation>&amp;Aç</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>Aç</translation>
    </message>
    <message>
        <source>&amp;Rename</source>
        <translation>Yeniden Adlandı&amp;r</translation>
    </message>
    <message>
        <source>All Files (*)</source>
        <translation>Tüm dosyalar (*)</translation>
    </message>
    <message>
        <source>Are you sure you want to delete &apos;%1&apos;?</source>
        <translation>“%1” silinecek, emin misiniz?</translation>
    </message>
    <message>
        <source>Back</source>
        <translation>Geri</translation>
    </message>
    <message>
        <source>Change to detail view mode</source>
        <translation>Ayrıntılı görünüm kipine geç</translation>
    </message>
    <message>
        <source>Change to list view mode</source>
        <translation>Liste görünümü kipine geç</translation>
    </message>
    <message>
        <source>Create New Folder</source>
        <translation>Yeni Klasör Oluştur</translation>
    </message>
    <message>
        <source>Create a New Folder</source>
        <translation>Yeni bir klasör Oluştur</translation>
    </message>
    <message>
        <source>Detail View</source>
        <translation>Ayrıntılı Görünüm</translation>
    </message>
    <message>
        <source>Directories</source>
        <translation>Dizinler</translation>
    </message>
    <message>
        <source>Directory:</source>
        <translation>Dizin:</translation>
    </message>
    <message>
        <source>File &amp;name:</source>
        <translation>Dosya a&amp;dı:</translation>
    </message>
    <message>
        <source>Files</source>
        <translation>Dosyalar</translation>
    </message>
    <message>
        <source>Files of &amp;type:</source>
        <translation>Dosya &amp;türü:</translation>
    </message>
    <message>
        <source>Forward</source>
        <translation>İleri</translation>
    </message>
    <message>
        <source>Go back</source>
        <translation>Geri git</translation>
    </message>
    <message>
        <source>Go forward</source>
        <translation>İleri git</translation>
    </message>
    <message>
        <source>Go to the parent directory</source>
        <translation>Üst dizine git</translation>
    </message>
    <message>
        <source>List View</source>
        <translation>Liste Görünümü</translation>
    </message>
    <message>
        <source>List of places and bookmarks</source>
        <translation>Yerlerin ve yer imlerinin listesi</translation>
    </message>
    <message>
        <source>Parent Directory</source>
        <translation>Üst Dizin</translation>
    </message>
    <message>
        <source>Show &amp;hidden files</source>
        <translation>&amp;Gizli dosyaları göster</translation>
    </message>
    <message>
        <source>Show </source>
        <translation>Göster </translation>
    </message>
    <message>
        <source>Sidebar</source>
        <translation>Kenar Çubuğu</translation>
    </message>
</context>
<context>
    <name>QFileSystemModel</name>
    <message>
        <source>Computer</source>
        <translation>Bilgisayar</translation>
    </message>
    <message>
        <source>Date Modified</source>
        <translation>Değiştirilme Tarihi</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Ad</translation>
    </message>
    <message>
        <source>Size</source>
        <translation>Boyut</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>Tür</translation>
    </message>
</context>
<context>
    <name>QLineEdit</name>
    <message>
        <source>&amp;Copy</source>
        <translation>Ko&amp;pyala</translation>
    </message>
    <message>
        <source>&amp;Paste</source>
        <translation>&amp;Yapıştır</translation>
    </message>
    <message>
        <source>&amp;Redo</source>
        <translation>&amp;Yinele</translation>
    </message>
    <message>
        <source>&amp;Undo</source>
        <translation>&amp;Geri Al</translation>
    </message>
    <message>
        <source>Cu&amp;t</source>
        <translation>&amp;Kes</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Sil</translation>
    </message>
    <message>
        <source>Select All</source>
        <translation>Tümünü Seç</translation>
    </message>
</context>
<context>
    <name>QMessageBox</name>
    <message>
        <source>Show Details...</source>
        <translation>Ayrıntıları Göster…</translation>
    </message>
</context>
<context>
    <name>QPlatformTheme</name>
    <message>
        <source>&amp;No</source>
        <translation>&amp;Hayır</translation>
    </message>
    <message>
        <source>&amp;Yes</source>
        <translation>&amp;Evet</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>İptal</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Kapat</translation>
    </message>
    <message>
        <source>OK</source>
        <translation>Tamam</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>Aç</translation>
    </message>
</context>
<context>
    <name>RedactionEditor</name>
    <message>
        <source>Press Esc again to close without your changes, or Enter to use them.</source>
        <translation>Değişikliklerinizi kullanmadan kapatmak için Esc&apos;ye yeniden, kullanmak için Enter&apos;a basın.</translation>
    </message>
    <message>
        <source>Hide faces and areas — {name}</source>
        <translation>Yüzleri ve alanları gizle — {name}</translation>
    </message>
    <message>
        <source>Select and move</source>
        <translation>Seç ve taşı</translation>
    </message>
    <message>
        <source>Rectangle</source>
        <translation>Dikdörtgen</translation>
    </message>
    <message>
        <source>Ellipse</source>
        <translation>Elips</translation>
    </message>
    <message>
        <source>Brush</source>
        <translation>Fırça</translation>
    </message>
    <message>
        <source>Add area</source>
        <translation>Alan ekle</translation>
    </message>
    <message>
        <source>Add an area in the middle of the view, to move with the arrow keys (N)</source>
        <translation>Görünümün ortasına, ok tuşlarıyla taşınacak bir alan ekle (N)</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Sil</translation>
    </message>
    <message>
        <source>Del</source>
        <translation>Del</translation>
    </message>
    <message>
        <source>Undo</source>
        <translation>Geri al</translation>
    </message>
    <message>
        <source>Redo</source>
        <translation>Yinele</translation>
    </message>
    <message>
        <source>Zoom out</source>
        <translation>Uzaklaştır</translation>
    </message>
    <message>
        <source>Zoom in</source>
        <translation>Yakınlaştır</translation>
    </message>
    <message>
        <source>Fit</source>
        <translation>Sığdır</translation>
    </message>
    <message>
        <source>Preview</source>
        <translation>Önizleme</translation>
    </message>
    <message>
        <source>Show exactly what will be written (P)</source>
        <translation>Tam olarak ne yazılacağını göster (P)</translation>
    </message>
    <message>
        <source>Brush &amp;width</source>
        <translation>&amp;Fırça genişliği</translation>
    </message>
    <message>
        <source>Brush width</source>
        <translation>Fırça genişliği</translation>
    </message>
    <message>
        <source>Drawing tools</source>
        <translation>Çizim araçları</translation>
    </message>
    <message>
        <source>Undo, zoom and preview</source>
        <translation>Geri alma, yakınlaştırma ve önizleme</translation>
    </message>
    <message>
        <source>Photo</source>
        <translation>Fotoğraf</translation>
    </message>
    <message>
        <source>Draw areas to cover with the mouse or the keyboard. Ctrl and the mouse wheel zoom; hold Space to pan.</source>
        <translation>Örtülecek alanları fareyle ya da klavyeyle çizin. Ctrl ve fare tekerleği yakınlaştırıp uzaklaştırır; görüntüyü kaydırmak için Boşluk tuşunu basılı tutun.</translation>
    </message>
    <message>
        <source>&amp;Areas to cover (untick to leave uncovered)</source>
        <translation>Örtülecek alanlar (açık &amp;bırakmak için işareti kaldırın)</translation>
    </message>
    <message>
        <source>Areas to cover</source>
        <translation>Örtülecek alanlar</translation>
    </message>
    <message>
        <source>Automatic detection can miss faces — check every face yourself, including faces in mirrors, pictures and screens.</source>
        <translation>Otomatik algılama yüzleri kaçırabilir — aynalardaki, resimlerdeki ve ekranlardaki yüzler dahil her yüzü kendiniz kontrol edin.</translation>
    </message>
    <message>
        <source>Find &amp;small faces</source>
        <translation>Küçük &amp;yüzleri bul</translation>
    </message>
    <message>
        <source>Find small faces</source>
        <translation>Küçük yüzleri bul</translation>
    </message>
    <message>
        <source>Look again for small faces, for group photos (slower)</source>
        <translation>Grup fotoğrafları için küçük yüzleri yeniden ara (daha yavaş)</translation>
    </message>
    <message>
        <source>How to cover</source>
        <translation>Nasıl örtülsün</translation>
    </message>
    <message>
        <source>Solid &amp;fill (safest)</source>
        <translation>&amp;Düz dolgu (en güvenlisi)</translation>
    </message>
    <message>
        <source>Strong &amp;mosaic</source>
        <translation>&amp;Güçlü mozaik</translation>
    </message>
    <message>
        <source>B&amp;lur (wiped first; a few average colours stay)</source>
        <translation>Bulanıklaştır (önce alan &amp;silinir; birkaç ortalama renk kalır)</translation>
    </message>
    <message>
        <source>Fill &amp;colour…</source>
        <translation>Dolgu &amp;rengi…</translation>
    </message>
    <message>
        <source>Fill colour</source>
        <translation>Dolgu rengi</translation>
    </message>
    <message>
        <source>&amp;Use these areas</source>
        <translation>Bu &amp;alanları kullan</translation>
    </message>
    <message>
        <source>Use these areas</source>
        <translation>Bu alanları kullan</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>İptal</translation>
    </message>
    <message>
        <source>{action} ({key})</source>
        <translation>{action} ({key})</translation>
    </message>
    <message>
        <source>Keyboard: N adds an area, arrows move it (Shift: further), Ctrl+arrows resize it, [ and ] pick another, Delete removes it.</source>
        <translation>Klavye: N bir alan ekler, oklar onu taşır (Shift: daha uzağa), Ctrl+oklar boyutunu değiştirir, [ ve ] başka birini seçer, Delete onu siler.</translation>
    </message>
    <message>
        <source>Face {n} (found automatically)</source>
        <translation>Yüz {n} (otomatik bulundu)</translation>
    </message>
    <message>
        <source>Rectangle {n}</source>
        <translation>Dikdörtgen {n}</translation>
    </message>
    <message>
        <source>Ellipse {n}</source>
        <translation>Elips {n}</translation>
    </message>
    <message>
        <source>Brush stroke {n}</source>
        <translation>Fırça darbesi {n}</translation>
    </message>
    <message>
        <source>Shape {n}</source>
        <translation>Şekil {n}</translation>
    </message>
    <message>
        <source>Loading…</source>
        <translation>Yükleniyor…</translation>
    </message>
    <message>
        <source>Making the preview…</source>
        <translation>Önizleme hazırlanıyor…</translation>
    </message>
    <message>
        <source>Preview: this is what will be written.</source>
        <translation>Önizleme: yazılacak olan budur.</translation>
    </message>
    <message>
        <source>Draw over anything that could identify you: faces, tattoos, marks.</source>
        <translation>Sizi tanıtabilecek her şeyin üzerini boyayın: yüzler, dövmeler, izler.</translation>
    </message>
    <message>
        <source>Looking for faces…</source>
        <translation>Yüzler aranıyor…</translation>
    </message>
    <message>
        <source>Looking for small faces… this takes longer.</source>
        <translation>Küçük yüzler aranıyor… bu daha uzun sürer.</translation>
    </message>
    <message>
        <source>Face detection is not available ({reason}). Mark faces yourself.</source>
        <translation>Yüz algılama kullanılamıyor ({reason}). Yüzleri kendiniz işaretleyin.</translation>
    </message>
    <message>
        <source>No faces were found automatically.</source>
        <translation>Otomatik olarak hiç yüz bulunamadı.</translation>
    </message>
    <message>
        <source>Faces found automatically: {count}.</source>
        <translation>Otomatik bulunan yüzler: {count}.</translation>
    </message>
    <message>
        <source>its files are missing or damaged</source>
        <translation>dosyaları eksik ya da hasarlı</translation>
    </message>
    <message>
        <source>There is not enough memory to open this photo.</source>
        <translation>Bu fotoğrafı açmak için yeterli bellek yok.</translation>
    </message>
    <message>
        <source>The photo could not be opened.</source>
        <translation>Fotoğraf açılamadı.</translation>
    </message>
</context>
<context>
    <name>RunBar</name>
    <message>
        <source>Ca&amp;ncel</source>
        <translation>İpt&amp;al</translation>
    </message>
    <message>
        <source>Cancel cleaning</source>
        <translation>Temizlemeyi iptal et</translation>
    </message>
    <message>
        <source>&amp;Clean</source>
        <translation>&amp;Temizle</translation>
    </message>
    <message>
        <source>Clean all files in the list</source>
        <translation>Listedeki tüm dosyaları temizle</translation>
    </message>
    <message>
        <source>&amp;Open output folder</source>
        <translation>Çıktı klasör&amp;ünü aç</translation>
    </message>
    <message>
        <source>Open output folder</source>
        <translation>Çıktı klasörünü aç</translation>
    </message>
    <message>
        <source>Write clean copies of all files (Ctrl+Enter)</source>
        <translation>Tüm dosyaların temiz kopyalarını yaz (Ctrl+Enter)</translation>
    </message>
    <message>
        <source>Stop now; files not finished are left as they were (Esc)</source>
        <translation>Şimdi durdur; bitmemiş dosyalar olduğu gibi kalır (Esc)</translation>
    </message>
    <message>
        <source>Cleaning progress</source>
        <translation>Temizleme ilerlemesi</translation>
    </message>
    <message>
        <source>%v of %m files</source>
        <translation>%v / %m dosya</translation>
    </message>
    <message>
        <source>Summary</source>
        <translation>Özet</translation>
    </message>
</context>
<context>
    <name>SafetyGuide</name>
    <message>
        <source>Why this matters</source>
        <translation>Bu neden önemli</translation>
    </message>
    <message>
        <source>Safety guide</source>
        <translation>Güvenlik rehberi</translation>
    </message>
    <message>
        <source>&amp;Close</source>
        <translation>&amp;Kapat</translation>
    </message>
    <message>
        <source>Close the safety guide</source>
        <translation>Güvenlik rehberini kapat</translation>
    </message>
    <message>
        <source>What your photos and files can give away</source>
        <translation>Fotoğraflarınız ve dosyalarınız neleri ele verebilir</translation>
    </message>
    <message>
        <source>Photos from phones and cameras carry hidden details. Anyone who gets the file can read them:</source>
        <translation>Telefon ve kamera fotoğrafları gizli bilgiler taşır. Dosyayı eline geçiren herkes bunları okuyabilir:</translation>
    </message>
    <message>
        <source>Where the photo was taken, often to within a few metres.</source>
        <translation>Fotoğrafın çekildiği yer, çoğu zaman birkaç metre hassasiyetle.</translation>
    </message>
    <message>
        <source>Which phone or camera took it, sometimes with its serial number.</source>
        <translation>Onu hangi telefonun ya da kameranın çektiği, bazen seri numarasıyla birlikte.</translation>
    </message>
    <message>
        <source>Your name, if it is set in the phone, camera or editing app.</source>
        <translation>Telefonda, kamerada ya da düzenleme uygulamasında ayarlıysa adınız.</translation>
    </message>
    <message>
        <source>The date and time it was taken.</source>
        <translation>Çekildiği tarih ve saat.</translation>
    </message>
    <message>
        <source>A hidden small copy of the original photo. It can show what you cropped out or covered.</source>
        <translation>Orijinal fotoğrafın gizli, küçük bir kopyası. Kırptığınız ya da örttüğünüz şeyi gösterebilir.</translation>
    </message>
    <message>
        <source>Scrubber removes these details from a copy of the file. Your original stays as it is, unless you choose to replace it.</source>
        <translation>Scrubber bu bilgileri dosyanın bir kopyasından kaldırır. Siz değiştirmeyi seçmedikçe orijinaliniz olduğu gibi kalır.</translation>
    </message>
    <message>
        <source>Documents such as PDF and Word files can hold the author&apos;s name, the computer&apos;s name and the editing history. Videos and voice recordings can hold the place and the device.</source>
        <translation>PDF ve Word dosyaları gibi belgeler yazarın adını, bilgisayarın adını ve düzenleme geçmişini içerebilir. Videolar ve ses kayıtları yeri ve cihazı içerebilir.</translation>
    </message>
    <message>
        <source>If Scrubber says a file is not supported or could not be cleaned, do not share that file as it is.</source>
        <translation>Scrubber bir dosyanın desteklenmediğini ya da temizlenemediğini söylerse, o dosyayı olduğu gibi paylaşmayın.</translation>
    </message>
    <message>
        <source>Blur in other apps can be undone</source>
        <translation>Başka uygulamalardaki bulanıklaştırma geri alınabilir</translation>
    </message>
    <message>
        <source>Blur and small pixelation made by other apps can be undone by software. Scrubber&apos;s blur and mosaic wipe the area first, but they still show its average colours.</source>
        <translation>Başka uygulamaların yaptığı bulanıklaştırma ve ince pikselleştirme yazılımla geri alınabilir. Scrubber&apos;ın bulanıklaştırma ve mozaiği önce alanı siler, ama ortalama renklerini yine de gösterir.</translation>
    </message>
    <message>
        <source>To hide a face, a tattoo or anything else, use solid fill. Cover a little more than you think you need.</source>
        <translation>Bir yüzü, dövmeyi ya da başka bir şeyi gizlemek için düz dolgu kullanın. Gerektiğini düşündüğünüzden biraz daha fazlasını örtün.</translation>
    </message>
    <message>
        <source>Your photos can be matched</source>
        <translation>Fotoğraflarınız eşleştirilebilir</translation>
    </message>
    <message>
        <source>Reverse image search finds other places where the same photo, or one like it, is online.</source>
        <translation>Tersine görsel arama, aynı fotoğrafın ya da benzerinin internette bulunduğu başka yerleri bulur.</translation>
    </message>
    <message>
        <source>Face recognition exists and is easy to use. A face, a tattoo or a room that people can recognise can link your ad photos to your personal accounts.</source>
        <translation>Yüz tanıma vardır ve kullanması kolaydır. Tanınabilecek bir yüz, dövme ya da oda, ilan fotoğraflarınızı kişisel hesaplarınıza bağlayabilir.</translation>
    </message>
    <message>
        <source>Search for your own ad photos now and then, with a reverse image search and a face search. Then you see where they turn up.</source>
        <translation>Ara sıra kendi ilan fotoğraflarınızı tersine görsel arama ve yüz aramasıyla arayın. Böylece nerelerde çıktıklarını görürsünüz.</translation>
    </message>
    <message>
        <source>Tattoos, birthmarks, jewellery, nails, bedding and furniture can link your ads to each other. Cover them or change them.</source>
        <translation>Dövmeler, doğum lekeleri, takılar, tırnaklar, yatak takımları ve mobilyalar ilanlarınızı birbirine bağlayabilir. Bunları örtün ya da değiştirin.</translation>
    </message>
    <message>
        <source>Each camera leaves a faint pattern in its photos that can link them to each other. The option “Weaken the camera fingerprint” makes it weaker, but does not remove it.</source>
        <translation>Her kamera, fotoğraflarında onları birbirine bağlayabilecek belli belirsiz bir desen bırakır. “Kamera parmak izini zayıflat” seçeneği onu zayıflatır ama kaldırmaz.</translation>
    </message>
    <message>
        <source>Tips from sex workers&apos; digital safety advice</source>
        <translation>Seks işçilerinin dijital güvenlik önerilerinden ipuçları</translation>
    </message>
    <message>
        <source>Keep work and personal life apart. Use a separate phone, email and accounts for work if you can.</source>
        <translation>İşi ve özel hayatı ayrı tutun. Yapabiliyorsanız iş için ayrı bir telefon, e-posta ve hesaplar kullanın.</translation>
    </message>
    <message>
        <source>Take ad photos with a different phone or camera. If you cannot, turn off location, Live Photos and Motion Photos in the camera before you take them.</source>
        <translation>İlan fotoğraflarını başka bir telefonla ya da kamerayla çekin. Yapamıyorsanız, çekmeden önce kamerada konumu, Live Photos ve Motion Photos özelliklerini kapatın.</translation>
    </message>
    <message>
        <source>Never use photos from your personal social media in ads, not even old ones.</source>
        <translation>Kişisel sosyal medyanızdaki fotoğrafları, eski olsalar bile, asla ilanlarda kullanmayın.</translation>
    </message>
    <message>
        <source>Cloud backups and shared albums keep your originals, with the place they were taken, and sort them by face. Keep work photos out of them.</source>
        <translation>Bulut yedekleri ve paylaşılan albümler orijinallerinizi çekildikleri yerle birlikte saklar ve yüzlere göre sıralar. İş fotoğraflarını bunların dışında tutun.</translation>
    </message>
    <message>
        <source>Clean last: after cropping and editing in other apps. Editing apps can add hidden data again.</source>
        <translation>En son temizleyin: başka uygulamalarda kırpma ve düzenlemeden sonra. Düzenleme uygulamaları gizli verileri yeniden ekleyebilir.</translation>
    </message>
    <message>
        <source>Screenshots can show your name, your number and your notifications. Check them before you share them.</source>
        <translation>Ekran görüntüleri adınızı, numaranızı ve bildirimlerinizi gösterebilir. Paylaşmadan önce kontrol edin.</translation>
    </message>
    <message>
        <source>Check the background: letters, papers, photos on the wall, anything with a name or address.</source>
        <translation>Arka planı kontrol edin: mektuplar, kâğıtlar, duvardaki fotoğraflar, üzerinde ad ya da adres olan her şey.</translation>
    </message>
    <message>
        <source>Check mirrors and reflections: sunglasses, windows, screens and shiny surfaces.</source>
        <translation>Aynaları ve yansımaları kontrol edin: güneş gözlükleri, pencereler, ekranlar ve parlak yüzeyler.</translation>
    </message>
    <message>
        <source>Check what can be seen through windows. Streets, signs and buildings can show where you are.</source>
        <translation>Pencerelerden neyin göründüğünü kontrol edin. Sokaklar, tabelalar ve binalar nerede olduğunuzu gösterebilir.</translation>
    </message>
    <message>
        <source>Do not post the same photo on your personal and your work accounts.</source>
        <translation>Aynı fotoğrafı kişisel hesaplarınızda ve iş hesaplarınızda paylaşmayın.</translation>
    </message>
    <message>
        <source>Sending a photo “as a file” or by email keeps its hidden data. Send only the clean copy.</source>
        <translation>Bir fotoğrafı “dosya olarak” ya da e-postayla göndermek gizli verilerini korur. Yalnızca temiz kopyayı gönderin.</translation>
    </message>
    <message>
        <source>When you are done, delete the originals from Downloads and from shared folders.</source>
        <translation>İşiniz bitince orijinalleri İndirilenler&apos;den ve paylaşılan klasörlerden silin.</translation>
    </message>
    <message>
        <source>Before you post, open the clean copy and check it again.</source>
        <translation>Paylaşmadan önce temiz kopyayı açın ve bir kez daha kontrol edin.</translation>
    </message>
    <message>
        <source>What your computer may still keep</source>
        <translation>Bilgisayarınız hâlâ neleri saklıyor olabilir</translation>
    </message>
    <message>
        <source>Scrubber keeps no list of the files you open, but your computer may:</source>
        <translation>Scrubber açtığınız dosyaların listesini tutmaz, ama bilgisayarınız tutabilir:</translation>
    </message>
    <message>
        <source>small previews (thumbnails) made by the file manager or photo viewer;</source>
        <translation>dosya yöneticisinin ya da fotoğraf görüntüleyicisinin oluşturduğu küçük önizlemeler (küçük resimler);</translation>
    </message>
    <message>
        <source>lists of recent files in other apps;</source>
        <translation>başka uygulamalardaki son kullanılan dosya listeleri;</translation>
    </message>
    <message>
        <source>the originals in Downloads, in the trash and in cloud backups.</source>
        <translation>İndirilenler&apos;deki, çöp kutusundaki ve bulut yedeklerindeki orijinaller.</translation>
    </message>
    <message>
        <source>To clear them:</source>
        <translation>Bunları temizlemek için:</translation>
    </message>
    <message>
        <source>Empty the trash.</source>
        <translation>Çöp kutusunu boşaltın.</translation>
    </message>
    <message>
        <source>Clear the recent files in your file manager.</source>
        <translation>Dosya yöneticinizdeki son kullanılan dosyaları temizleyin.</translation>
    </message>
    <message>
        <source>Delete the thumbnail cache. Linux: the .cache/thumbnails folder in your home folder. Windows: Disk Cleanup, then Thumbnails. macOS: restart the Mac.</source>
        <translation>Küçük resim önbelleğini silin. Linux: ana klasörünüzdeki .cache/thumbnails klasörü. Windows: Disk Temizleme, ardından Küçük Resimler. macOS: Mac&apos;i yeniden başlatın.</translation>
    </message>
    <message>
        <source>Scrubber works offline</source>
        <translation>Scrubber çevrimdışı çalışır</translation>
    </message>
    <message>
        <source>Scrubber never connects to the internet. Your files stay on this computer.</source>
        <translation>Scrubber asla internete bağlanmaz. Dosyalarınız bu bilgisayarda kalır.</translation>
    </message>
</context>
<context>
    <name>Summary</name>
    <message>
        <source>Cancelled.</source>
        <translation>İptal edildi.</translation>
    </message>
    <message>
        <source>{n} cleaned.</source>
        <translation>{n} dosya temizlendi.</translation>
    </message>
    <message>
        <source>{n} had nothing to remove.</source>
        <translation>{n} dosyada kaldırılacak bir şey yoktu.</translation>
    </message>
    <message>
        <source>{n} could not be cleaned.</source>
        <translation>{n} dosya temizlenemedi.</translation>
    </message>
    <message>
        <source>{n} not done (cancelled).</source>
        <translation>{n} dosya yapılmadı (iptal edildi).</translation>
    </message>
    <message>
        <source>Nothing was cleaned.</source>
        <translation>Hiçbir şey temizlenmedi.</translation>
    </message>
    <message>
        <source>Clean copies are in: {folder}</source>
        <translation>Temiz kopyaların yeri: {folder}</translation>
    </message>
    <message>
        <source>{name}: {reason}</source>
        <translation>{name}: {reason}</translation>
    </message>
    <message>
        <source>…and {n} more: see the list.</source>
        <translation>…ve {n} tane daha: listeye bakın.</translation>
    </message>
</context>
<context>
    <name>messages</name>
    <message>
        <source>{metres} m above sea level</source>
        <translation>deniz seviyesinin {metres} m üstünde</translation>
    </message>
    <message>
        <source>{metres} m below sea level</source>
        <translation>deniz seviyesinin {metres} m altında</translation>
    </message>
    <message>
        <source>{count} bytes of data</source>
        <translation>{count} bayt veri</translation>
    </message>
    <message>
        <source>The file name shows when it was taken: {shown}</source>
        <translation>Dosya adı ne zaman çekildiğini gösteriyor: {shown}</translation>
    </message>
    <message>
        <source>The file name shows the phone or camera that made it: {shown}</source>
        <translation>Dosya adı, onu oluşturan telefonu ya da kamerayı gösteriyor: {shown}</translation>
    </message>
    <message>
        <source>The file name shows the app that made it: {apps}</source>
        <translation>Dosya adı, onu oluşturan uygulamayı gösteriyor: {apps}</translation>
    </message>
    <message>
        <source>{finding} (the name was kept)</source>
        <translation>{finding} (ad korundu)</translation>
    </message>
    <message>
        <source>The file cannot be found. Was it moved or deleted?</source>
        <translation>Dosya bulunamıyor. Taşındı mı ya da silindi mi?</translation>
    </message>
    <message>
        <source>This is not a normal file (it is a folder, a device or a pipe).</source>
        <translation>Bu normal bir dosya değil (bir klasör, aygıt ya da kanal).</translation>
    </message>
    <message>
        <source>This is a folder, not a file.</source>
        <translation>Bu bir klasör, dosya değil.</translation>
    </message>
    <message>
        <source>The file is empty.</source>
        <translation>Dosya boş.</translation>
    </message>
    <message>
        <source>The file cannot be read: {reason}</source>
        <translation>Dosya okunamıyor: {reason}</translation>
    </message>
    <message>
        <source>The file name says {format}, but the file cannot be read as {format}.</source>
        <translation>Dosya adına göre bu bir {format} dosyası, ama dosya {format} olarak okunamıyor.</translation>
    </message>
    <message>
        <source>This type of file is not supported, so it was not cleaned.</source>
        <translation>Bu dosya türü desteklenmiyor, bu yüzden temizlenmedi.</translation>
    </message>
    <message>
        <source>This is a link; it was not followed.</source>
        <translation>Bu bir bağlantı; izlenmedi.</translation>
    </message>
    <message>
        <source>This file could not be read ({kind}).</source>
        <translation>Bu dosya okunamadı ({kind}).</translation>
    </message>
    <message>
        <source>It holds documents inside documents, too many levels deep.</source>
        <translation>Belgelerin içinde belgeler var; iç içe çok fazla katman var.</translation>
    </message>
    <message>
        <source>There is not enough memory to read this file.</source>
        <translation>Bu dosyayı okumak için yeterli bellek yok.</translation>
    </message>
    <message>
        <source>There is not enough memory.</source>
        <translation>Yeterli bellek yok.</translation>
    </message>
    <message>
        <source>A file could not be read or written: {reason}</source>
        <translation>Bir dosya okunamadı ya da yazılamadı: {reason}</translation>
    </message>
    <message>
        <source>Unexpected error ({kind}). Nothing was written.</source>
        <translation>Beklenmeyen hata ({kind}). Hiçbir şey yazılmadı.</translation>
    </message>
    <message>
        <source>The copy would replace the original. Choose another name or folder.</source>
        <translation>Kopya orijinalin yerine geçerdi. Başka bir ad ya da klasör seçin.</translation>
    </message>
    <message>
        <source>Replacing the original cannot change the file type. Save copies in a folder instead.</source>
        <translation>Orijinaller değiştirilirken dosya türü değiştirilemez. Bunun yerine kopyaları bir klasöre kaydedin.</translation>
    </message>
    <message>
        <source>This file is a link. Save copies in a folder instead.</source>
        <translation>Bu dosya bir bağlantı. Bunun yerine kopyaları bir klasöre kaydedin.</translation>
    </message>
    <message>
        <source>The clean copy could not be checked again, so it was deleted: {reason}</source>
        <translation>Temiz kopya yeniden denetlenemedi, bu yüzden silindi: {reason}</translation>
    </message>
    <message>
        <source>The clean copy still held data ({left}), so it was deleted.</source>
        <translation>Temiz kopya hâlâ veri içeriyordu ({left}), bu yüzden silindi.</translation>
    </message>
    <message>
        <source>The folder for the copies cannot be created: {reason}</source>
        <translation>Kopyaların klasörü oluşturulamıyor: {reason}</translation>
    </message>
    <message>
        <source>Nothing can be saved in the folder for the copies: {reason}</source>
        <translation>Kopyaların klasörüne hiçbir şey kaydedilemiyor: {reason}</translation>
    </message>
    <message>
        <source>The copy could not be finished: {reason}</source>
        <translation>Kopya tamamlanamadı: {reason}</translation>
    </message>
    <message>
        <source>The copies could not be saved to the disk: {reason}</source>
        <translation>Kopyalar diske kaydedilemedi: {reason}</translation>
    </message>
    <message>
        <source>No free name was found for the clean copy.</source>
        <translation>Temiz kopya için boş bir ad bulunamadı.</translation>
    </message>
    <message>
        <source>The clean copy could not be saved: {reason}</source>
        <translation>Temiz kopya kaydedilemedi: {reason}</translation>
    </message>
    <message>
        <source>The earlier copy could not be replaced: {reason}</source>
        <translation>Önceki kopya değiştirilemedi: {reason}</translation>
    </message>
    <message>
        <source>This JPEG is damaged: its beginning is missing.</source>
        <translation>Bu JPEG hasarlı: başlangıcı eksik.</translation>
    </message>
    <message>
        <source>This JPEG is damaged (a wrong length at byte {pos}).</source>
        <translation>Bu JPEG hasarlı ({pos}. baytta yanlış bir uzunluk).</translation>
    </message>
    <message>
        <source>This JPEG is damaged: its picture does not end where it should.</source>
        <translation>Bu JPEG hasarlı: resmi olması gereken yerde bitmiyor.</translation>
    </message>
    <message>
        <source>This JPEG is damaged (a missing marker at byte {pos}).</source>
        <translation>Bu JPEG hasarlı ({pos}. baytta eksik bir işaretçi).</translation>
    </message>
    <message>
        <source>This JPEG is cut off before the picture starts.</source>
        <translation>Bu JPEG, resim başlamadan önce kesilmiş.</translation>
    </message>
    <message>
        <source>This JPEG is damaged: it has far too many parts.</source>
        <translation>Bu JPEG hasarlı: gereğinden çok daha fazla parçası var.</translation>
    </message>
    <message>
        <source>This rare kind of JPEG (hierarchical or JPEG-LS) is not supported.</source>
        <translation>Bu nadir JPEG türü (hiyerarşik ya da JPEG-LS) desteklenmiyor.</translation>
    </message>
    <message>
        <source>This JPEG holds no picture.</source>
        <translation>Bu JPEG&apos;de resim yok.</translation>
    </message>
    <message>
        <source>This JPEG is damaged: its picture is not where the file says.</source>
        <translation>Bu JPEG hasarlı: resmi, dosyanın belirttiği yerde değil.</translation>
    </message>
    <message>
        <source>This JPEG is damaged: it holds more than one picture frame.</source>
        <translation>Bu JPEG hasarlı: birden fazla resim karesi içeriyor.</translation>
    </message>
    <message>
        <source>This JPEG has other data hidden inside its picture, so it was not cleaned.</source>
        <translation>Bu JPEG&apos;in resminin içinde gizli başka veriler var, bu yüzden temizlenmedi.</translation>
    </message>
    <message>
        <source>The colour profile is too large.</source>
        <translation>Renk profili çok büyük.</translation>
    </message>
    <message>
        <source>The picture is incomplete: the file was cut off.</source>
        <translation>Resim eksik: dosya kesilmiş.</translation>
    </message>
    <message>
        <source>This JPEG is damaged in places; the copy looks the same as the original did.</source>
        <translation>Bu JPEG yer yer hasarlı; kopya, orijinal nasıl görünüyorsa öyle görünüyor.</translation>
    </message>
    <message>
        <source>The GIF file was cut short; its complete frames were kept.</source>
        <translation>GIF dosyası yarıda kesilmiş; tam kareleri korundu.</translation>
    </message>
    <message>
        <source>The {format} picture was saved as PNG.</source>
        <translation>{format} resmi PNG olarak kaydedildi.</translation>
    </message>
    <message>
        <source>Only the first frame of the animation was kept ({frames} in the file).</source>
        <translation>Animasyonun yalnızca ilk karesi korundu (dosyada {frames} kare var).</translation>
    </message>
    <message>
        <source>Only the first page was kept ({frames} in the file).</source>
        <translation>Yalnızca ilk sayfa korundu (dosyada {frames} sayfa var).</translation>
    </message>
    <message>
        <source>The picture was saved with 8 bits per colour (it had more).</source>
        <translation>Resim renk başına 8 bit ile kaydedildi (orijinalde daha fazlaydı).</translation>
    </message>
    <message>
        <source>Colours may look slightly different ({mode} was turned into RGB).</source>
        <translation>Renkler biraz farklı görünebilir ({mode}, RGB&apos;ye dönüştürüldü).</translation>
    </message>
    <message>
        <source>Transparent areas were filled with white (JPEG has no transparency).</source>
        <translation>Saydam alanlar beyazla dolduruldu (JPEG&apos;de saydamlık yoktur).</translation>
    </message>
    <message>
        <source>The form&apos;s XML layer was removed.</source>
        <translation>Formun XML katmanı kaldırıldı.</translation>
    </message>
    <message>
        <source>A digital signature was removed.</source>
        <translation>Bir dijital imza kaldırıldı.</translation>
    </message>
    <message>
        <source>Embedded objects (files inside the document) were removed.</source>
        <translation>Gömülü nesneler (belgenin içindeki dosyalar) kaldırıldı.</translation>
    </message>
    <message>
        <source>Pictures in drawing formats that cannot be checked (SVG, WMF…) were removed.</source>
        <translation>Denetlenemeyen çizim biçimlerindeki resimler (SVG, WMF…) kaldırıldı.</translation>
    </message>
    <message>
        <source>It is saved as {ext}: the same document without macros.</source>
        <translation>{ext} olarak kaydedildi: makrolar olmadan aynı belge.</translation>
    </message>
    <message>
        <source>The animation keeps its rotation tag; its frames were not turned.</source>
        <translation>Animasyon döndürme etiketini koruyor; kareleri döndürülmedi.</translation>
    </message>
    <message>
        <source>This TIFF has {count} pages. Many viewers show only the first: check the others too.</source>
        <translation>Bu TIFF&apos;te {count} sayfa var. Birçok görüntüleyici yalnızca ilkini gösterir: diğerlerini de kontrol edin.</translation>
    </message>
    <message>
        <source>The TIFF keeps its orientation tag; its pixels were not turned.</source>
        <translation>TIFF yön etiketini koruyor; pikselleri döndürülmedi.</translation>
    </message>
    <message>
        <source>Colours may look slightly different in the JPEG copy.</source>
        <translation>JPEG kopyada renkler biraz farklı görünebilir.</translation>
    </message>
    <message>
        <source>This PNG is cut off before the picture starts.</source>
        <translation>Bu PNG, resim başlamadan önce kesilmiş.</translation>
    </message>
    <message>
        <source>The file was cut off; the clean copy keeps the part that is there.</source>
        <translation>Dosya kesilmiş; temiz kopya, var olan kısmı koruyor.</translation>
    </message>
    <message>
        <source>The removed data said to turn the picture. Check that it is the right way up.</source>
        <translation>Kaldırılan veriler resmin döndürülmesi gerektiğini söylüyordu. Doğru yönde durduğunu kontrol edin.</translation>
    </message>
    <message>
        <source>Viewers that do not play animations now show a blank picture instead of a hidden one.</source>
        <translation>Animasyon oynatmayan görüntüleyiciler artık gizli bir resim yerine boş bir resim gösteriyor.</translation>
    </message>
    <message>
        <source>The sound was removed.</source>
        <translation>Ses kaldırıldı.</translation>
    </message>
    <message>
        <source>The clip had more than 8 bits per colour (HDR); the copy has 8, so colours may look flatter.</source>
        <translation>Klipte renk başına 8 bitten fazlası vardı (HDR); kopyada 8 bit var, bu yüzden renkler daha soluk görünebilir.</translation>
    </message>
    <message>
        <source>Its broken index was rebuilt the way PDF viewers do it. Check the clean copy.</source>
        <translation>Bozuk dizini, PDF görüntüleyicilerin yaptığı gibi yeniden oluşturuldu. Temiz kopyayı kontrol edin.</translation>
    </message>
    <message>
        <source>It was locked against copying, printing or changes, but opens without a password. The clean copy has no lock.</source>
        <translation>Kopyalamaya, yazdırmaya ya da değişikliğe karşı kilitliydi, ama parolasız açılıyor. Temiz kopyada kilit yok.</translation>
    </message>
    <message>
        <source>Its attached files are locked with a password (the pages are not). The clean copy has no attachments.</source>
        <translation>Ekli dosyaları parolayla kilitli (sayfaları değil). Temiz kopyada ek yok.</translation>
    </message>
    <message>
        <source>A cropped picture still held the part you cut away. It was removed.</source>
        <translation>Kırpılmış bir resim, kestiğiniz kısmı hâlâ içeriyordu. Bu kısım kaldırıldı.</translation>
    </message>
    <message>
        <source>Pages were turned into pictures: text can no longer be selected or searched.</source>
        <translation>Sayfalar resme dönüştürüldü: metin artık seçilemez ya da aranamaz.</translation>
    </message>
    <message>
        <source>{count} layers of this PDF are hidden when it opens. They are kept in the copy; to leave them out, choose to turn PDF pages into pictures.</source>
        <translation>Bu PDF’in {count} katmanı açılışta gizli. Kopyada korunuyorlar; dışarıda bırakmak için PDF sayfalarını resme dönüştürmeyi seçin.</translation>
    </message>
    <message>
        <source>1 layer of this PDF is hidden when it opens. It is kept in the copy; to leave it out, choose to turn PDF pages into pictures.</source>
        <translation>Bu PDF’in 1 katmanı açılışta gizli. Kopyada korunuyor; dışarıda bırakmak için PDF sayfalarını resme dönüştürmeyi seçin.</translation>
    </message>
    <message>
        <source>There is text in white, unseen on a white page, on {count} pages. It is kept in the copy; to leave it out, choose to turn PDF pages into pictures.</source>
        <translation>{count} sayfada, beyaz zeminde görünmeyen beyaz metin var. Kopyada korunuyor; dışarıda bırakmak için PDF sayfalarını resme dönüştürmeyi seçin.</translation>
    </message>
    <message>
        <source>There is text in white, unseen on a white page, on 1 page. It is kept in the copy; to leave it out, choose to turn PDF pages into pictures.</source>
        <translation>1 sayfada, beyaz zeminde görünmeyen beyaz metin var. Kopyada korunuyor; dışarıda bırakmak için PDF sayfalarını resme dönüştürmeyi seçin.</translation>
    </message>
    <message>
        <source>There is text placed outside the page on {count} pages. It is kept in the copy; to leave it out, choose to turn PDF pages into pictures.</source>
        <translation>{count} sayfada sayfanın dışına yerleştirilmiş metin var. Kopyada korunuyor; dışarıda bırakmak için PDF sayfalarını resme dönüştürmeyi seçin.</translation>
    </message>
    <message>
        <source>There is text placed outside the page on 1 page. It is kept in the copy; to leave it out, choose to turn PDF pages into pictures.</source>
        <translation>1 sayfada sayfanın dışına yerleştirilmiş metin var. Kopyada korunuyor; dışarıda bırakmak için PDF sayfalarını resme dönüştürmeyi seçin.</translation>
    </message>
    <message>
        <source>Embedded fonts were removed.</source>
        <translation>Gömülü yazı tipleri kaldırıldı.</translation>
    </message>
    <message>
        <source>Videos and sounds were removed: they could not be checked.</source>
        <translation>Videolar ve sesler kaldırıldı: denetlenemediler.</translation>
    </message>
    <message>
        <source>Pictures in drawing formats that cannot be checked (EMF, WMF, SVG…) were removed.</source>
        <translation>Denetlenemeyen çizim biçimlerindeki resimler (EMF, WMF, SVG…) kaldırıldı.</translation>
    </message>
    <message>
        <source>The photo was saved again at high quality ({reason}).</source>
        <translation>Fotoğraf yüksek kalitede yeniden kaydedildi ({reason}).</translation>
    </message>
    <message>
        <source>The macros (programs) in this document were removed.</source>
        <translation>Bu belgedeki makrolar (programlar) kaldırıldı.</translation>
    </message>
    <message>
        <source>This PDF asks for a password to open it. Remove the password first.</source>
        <translation>Bu PDF açılmak için parola istiyor. Önce parolayı kaldırın.</translation>
    </message>
    <message>
        <source>This PDF is damaged and cannot be cleaned safely.</source>
        <translation>Bu PDF hasarlı ve güvenli biçimde temizlenemez.</translation>
    </message>
    <message>
        <source>This PDF is damaged and cannot be cleaned safely: its end is missing.</source>
        <translation>Bu PDF hasarlı ve güvenli biçimde temizlenemez: sonu eksik.</translation>
    </message>
    <message>
        <source>This PDF is damaged (cut off, or parts of it are broken) and cannot be cleaned safely. Saving it again from a PDF viewer may repair it.</source>
        <translation>Bu PDF hasarlı (kesilmiş ya da bazı kısımları bozuk) ve güvenli biçimde temizlenemez. Bir PDF görüntüleyiciden yeniden kaydetmek onu onarabilir.</translation>
    </message>
    <message>
        <source>This {format} picture is damaged and cannot be decoded: part of it is missing.</source>
        <translation>Bu {format} resmi hasarlı ve açılamıyor: bir kısmı eksik.</translation>
    </message>
    <message>
        <source>{count} slides are hidden. They are kept in the copy; to remove them, turn on removing hidden content.</source>
        <translation>{count} slayt gizli. Kopyada korunuyorlar; kaldırmak için gizli içeriğin kaldırılması seçeneğini açın.</translation>
    </message>
    <message>
        <source>1 slide is hidden. It is kept in the copy; to remove it, turn on removing hidden content.</source>
        <translation>1 slayt gizli. Kopyada korunuyor; kaldırmak için gizli içeriğin kaldırılması seçeneğini açın.</translation>
    </message>
    <message>
        <source>There are speaker notes on {count} slides. They are kept in the copy; to remove them, turn on removing speaker notes.</source>
        <translation>{count} slaytta konuşmacı notları var. Kopyada korunuyorlar; kaldırmak için konuşmacı notlarının kaldırılması seçeneğini açın.</translation>
    </message>
    <message>
        <source>There are speaker notes on 1 slide. They are kept in the copy; to remove them, turn on removing speaker notes.</source>
        <translation>1 slaytta konuşmacı notları var. Kopyada korunuyorlar; kaldırmak için konuşmacı notlarının kaldırılması seçeneğini açın.</translation>
    </message>
    <message>
        <source>{count} sheets are hidden. They are kept in the copy; to remove them, turn on removing hidden content.</source>
        <translation>{count} sayfa gizli. Kopyada korunuyorlar; kaldırmak için gizli içeriğin kaldırılması seçeneğini açın.</translation>
    </message>
    <message>
        <source>1 sheet is hidden. It is kept in the copy; to remove it, turn on removing hidden content.</source>
        <translation>1 sayfa gizli. Kopyada korunuyor; kaldırmak için gizli içeriğin kaldırılması seçeneğini açın.</translation>
    </message>
    <message>
        <source>There is hidden text in {count} places. It is kept in the copy; to remove it, turn on removing hidden content.</source>
        <translation>{count} yerde gizli metin var. Kopyada korunuyor; kaldırmak için gizli içeriğin kaldırılması seçeneğini açın.</translation>
    </message>
    <message>
        <source>There is hidden text in 1 place. It is kept in the copy; to remove it, turn on removing hidden content.</source>
        <translation>1 yerde gizli metin var. Kopyada korunuyor; kaldırmak için gizli içeriğin kaldırılması seçeneğini açın.</translation>
    </message>
    <message>
        <source>{count} sections are hidden. They are kept in the copy; to remove them, turn on removing hidden content.</source>
        <translation>{count} bölüm gizli. Kopyada korunuyorlar; kaldırmak için gizli içeriğin kaldırılması seçeneğini açın.</translation>
    </message>
    <message>
        <source>1 section is hidden. It is kept in the copy; to remove it, turn on removing hidden content.</source>
        <translation>1 bölüm gizli. Kopyada korunuyor; kaldırmak için gizli içeriğin kaldırılması seçeneğini açın.</translation>
    </message>
    <message>
        <source>A cropped photo still held the part you cut away. It was removed.</source>
        <translation>Kırpılmış bir fotoğraf, kestiğiniz kısmı hâlâ içeriyordu. Bu kısım kaldırıldı.</translation>
    </message>
    <message>
        <source>{count} cropped photos still held the parts you cut away. They were removed.</source>
        <translation>Kırpılmış {count} fotoğraf, kestiğiniz kısımları hâlâ içeriyordu. Bu kısımlar kaldırıldı.</translation>
    </message>
    <message>
        <source>The camera fingerprint was weakened, not removed. The picture was resized from {before} to {after} pixels.</source>
        <translation>Kamera parmak izi zayıflatıldı, kaldırılmadı. Resim {before} pikselden {after} piksele yeniden boyutlandırıldı.</translation>
    </message>
    <message>
        <source>This document is protected by a password. Remove the password first.</source>
        <translation>Bu belge parolayla korunuyor. Önce parolayı kaldırın.</translation>
    </message>
    <message>
        <source>This document is damaged: its contents cannot be unpacked.</source>
        <translation>Bu belge hasarlı: içeriği çıkarılamıyor.</translation>
    </message>
    <message>
        <source>This document is damaged and cannot be read safely.</source>
        <translation>Bu belge hasarlı ve güvenli biçimde okunamıyor.</translation>
    </message>
    <message>
        <source>This TIFF file holds no picture.</source>
        <translation>Bu TIFF dosyasında resim yok.</translation>
    </message>
    <message>
        <source>Camera RAW files are not supported. Export a TIFF or JPEG first.</source>
        <translation>Kamera RAW dosyaları desteklenmiyor. Önce bir TIFF ya da JPEG dışa aktarın.</translation>
    </message>
    <message>
        <source>This TIFF file is damaged.</source>
        <translation>Bu TIFF dosyası hasarlı.</translation>
    </message>
    <message>
        <source>Old-style JPEG TIFF files are not supported. Convert them first.</source>
        <translation>Eski tür JPEG sıkıştırmalı TIFF dosyaları desteklenmiyor. Önce bunları dönüştürün.</translation>
    </message>
    <message>
        <source>This TIFF file is cut off or damaged.</source>
        <translation>Bu TIFF dosyası kesilmiş ya da hasarlı.</translation>
    </message>
    <message>
        <source>This {format} picture is encrypted.</source>
        <translation>Bu {format} resmi şifreli.</translation>
    </message>
    <message>
        <source>This {format} picture is damaged and cannot be decoded.</source>
        <translation>Bu {format} resmi hasarlı ve açılamıyor.</translation>
    </message>
    <message>
        <source>The description of this {format} picture is too large to check.</source>
        <translation>Bu {format} resminin açıklaması, denetlenemeyecek kadar büyük.</translation>
    </message>
    <message>
        <source>{format} picture sequences and videos are not supported.</source>
        <translation>{format} resim dizileri ve videoları desteklenmiyor.</translation>
    </message>
    <message>
        <source>This {format} file has too many parts to check safely.</source>
        <translation>Bu {format} dosyasında güvenli biçimde denetlenemeyecek kadar çok parça var.</translation>
    </message>
    <message>
        <source>This picture is AVIF, not HEIC. Rename it to end in .avif.</source>
        <translation>Bu resim HEIC değil, AVIF. Adını .avif ile bitecek şekilde değiştirin.</translation>
    </message>
    <message>
        <source>The picture is too small to save as HEIC. Choose JPEG copies instead.</source>
        <translation>Resim HEIC olarak kaydedilemeyecek kadar küçük. Bunun yerine JPEG kopyaları seçin.</translation>
    </message>
    <message>
        <source>The picture could not be saved as HEIC. Choose JPEG copies instead.</source>
        <translation>Resim HEIC olarak kaydedilemedi. Bunun yerine JPEG kopyaları seçin.</translation>
    </message>
    <message>
        <source>The picture is too large to process ({size} pixels).</source>
        <translation>Resim işlenemeyecek kadar büyük ({size} piksel).</translation>
    </message>
    <message>
        <source>This is not a valid PNG file.</source>
        <translation>Bu geçerli bir PNG dosyası değil.</translation>
    </message>
    <message>
        <source>This PNG file is damaged (a part of it is not valid).</source>
        <translation>Bu PNG dosyası hasarlı (bir kısmı geçersiz).</translation>
    </message>
    <message>
        <source>This PNG file is damaged: its beginning is missing.</source>
        <translation>Bu PNG dosyası hasarlı: başlangıcı eksik.</translation>
    </message>
    <message>
        <source>This PDF is too complex to be checked safely.</source>
        <translation>Bu PDF, güvenli biçimde denetlenemeyecek kadar karmaşık.</translation>
    </message>
    <message>
        <source>This PDF has too many levels, one inside another, to be checked safely.</source>
        <translation>Bu PDF&apos;te güvenli biçimde denetlenemeyecek kadar çok iç içe düzey var.</translation>
    </message>
    <message>
        <source>The drawings in this PDF are put one inside another too many times to be checked safely.</source>
        <translation>Bu PDF&apos;teki çizimler, güvenli biçimde denetlenemeyecek kadar çok kez iç içe yerleştirilmiş.</translation>
    </message>
    <message>
        <source>This PDF has too many parts ({count}) to be checked safely.</source>
        <translation>Bu PDF&apos;te güvenli biçimde denetlenemeyecek kadar çok parça ({count}) var.</translation>
    </message>
    <message>
        <source>This PDF has too many pages ({count}) to turn them into pictures.</source>
        <translation>Bu PDF&apos;te resme dönüştürülemeyecek kadar çok sayfa ({count}) var.</translation>
    </message>
    <message>
        <source>This PDF could not be given a new document ID, so it was not cleaned.</source>
        <translation>Bu PDF&apos;e yeni bir belge kimliği verilemedi, bu yüzden temizlenmedi.</translation>
    </message>
    <message>
        <source>This PDF could not be copied faithfully, so it was not cleaned.</source>
        <translation>Bu PDF aslına uygun biçimde kopyalanamadı, bu yüzden temizlenmedi.</translation>
    </message>
    <message>
        <source>A page of this PDF has pictures on it that cannot be checked. To clean this PDF, choose to turn PDF pages into pictures.</source>
        <translation>Bu PDF&apos;in bir sayfasında denetlenemeyen resimler var. Bu PDF&apos;i temizlemek için PDF sayfalarını resme dönüştürmeyi seçin.</translation>
    </message>
    <message>
        <source>A picture in this PDF is shown through a shape that hides part of it, and it cannot be cut exactly. To clean this PDF, choose to turn PDF pages into pictures.</source>
        <translation>Bu PDF&apos;teki bir resim, bir kısmını gizleyen bir şeklin içinden gösteriliyor ve tam olarak kesilemiyor. Bu PDF&apos;i temizlemek için PDF sayfalarını resme dönüştürmeyi seçin.</translation>
    </message>
    <message>
        <source>A picture in this PDF has a hidden part, stored in a way that cannot be cut away. To clean this PDF, choose to turn PDF pages into pictures.</source>
        <translation>Bu PDF&apos;teki bir resmin gizli bir kısmı var ve bu kısım kesilip atılamayacak bir biçimde saklanmış. Bu PDF&apos;i temizlemek için PDF sayfalarını resme dönüştürmeyi seçin.</translation>
    </message>
    <message>
        <source>A picture in this PDF has a hidden part and is too large to be cut. To clean this PDF, choose to turn PDF pages into pictures.</source>
        <translation>Bu PDF&apos;teki bir resmin gizli bir kısmı var ve resim kesilemeyecek kadar büyük. Bu PDF&apos;i temizlemek için PDF sayfalarını resme dönüştürmeyi seçin.</translation>
    </message>
    <message>
        <source>A picture in this PDF is stored in a way that cannot be checked.</source>
        <translation>Bu PDF&apos;teki bir resim, denetlenemeyen bir biçimde saklanmış.</translation>
    </message>
    <message>
        <source>A picture drawn inside a page of this PDF is stored in a way that cannot be checked.</source>
        <translation>Bu PDF&apos;in bir sayfasının içine çizilmiş bir resim, denetlenemeyen bir biçimde saklanmış.</translation>
    </message>
    <message>
        <source>A colour profile in this PDF is stored in a way that cannot be checked.</source>
        <translation>Bu PDF&apos;teki bir renk profili, denetlenemeyen bir biçimde saklanmış.</translation>
    </message>
    <message>
        <source>A picture drawn inside a page of this PDF could not be saved again without its hidden data.</source>
        <translation>Bu PDF&apos;in bir sayfasının içine çizilmiş bir resim, gizli verileri olmadan yeniden kaydedilemedi.</translation>
    </message>
    <message>
        <source>A picture in this PDF is too large once unpacked (more than {mb} MB).</source>
        <translation>Bu PDF&apos;teki bir resim, sıkıştırması açıldığında çok büyük oluyor ({mb} MB&apos;tan fazla).</translation>
    </message>
    <message>
        <source>A picture drawn inside a page of this PDF is too large once unpacked (more than {mb} MB).</source>
        <translation>Bu PDF&apos;in bir sayfasının içine çizilmiş bir resim, sıkıştırması açıldığında çok büyük oluyor ({mb} MB&apos;tan fazla).</translation>
    </message>
    <message>
        <source>A page of this PDF is too large once unpacked (more than {mb} MB).</source>
        <translation>Bu PDF&apos;in bir sayfası, sıkıştırması açıldığında çok büyük oluyor ({mb} MB&apos;tan fazla).</translation>
    </message>
    <message>
        <source>A colour profile in this PDF is too large once unpacked (more than {mb} MB).</source>
        <translation>Bu PDF&apos;teki bir renk profili, sıkıştırması açıldığında çok büyük oluyor ({mb} MB&apos;tan fazla).</translation>
    </message>
    <message>
        <source>A JPEG 2000 picture in this PDF has comments that cannot be removed.</source>
        <translation>Bu PDF&apos;teki bir JPEG 2000 resminde kaldırılamayan yorumlar var.</translation>
    </message>
    <message>
        <source>There is a problem with a picture in this PDF. {problem}</source>
        <translation>Bu PDF&apos;teki bir resimde bir sorun var. {problem}</translation>
    </message>
    <message>
        <source>There is a problem with a picture drawn inside a page of this PDF. {problem}</source>
        <translation>Bu PDF&apos;in bir sayfasının içine çizilmiş bir resimde bir sorun var. {problem}</translation>
    </message>
    <message>
        <source>Unpacked, this document would take more than {mb} MB: too much to be checked safely.</source>
        <translation>Bu belgenin içeriği çıkarıldığında {mb} MB&apos;tan fazla yer kaplar: güvenli biçimde denetlenemeyecek kadar çok.</translation>
    </message>
    <message>
        <source>A part of this document ({part}) holds an XML declaration used in attacks, so it was not opened.</source>
        <translation>Bu belgenin bir kısmı ({part}) saldırılarda kullanılan bir XML bildirimi içeriyor, bu yüzden açılmadı.</translation>
    </message>
    <message>
        <source>There is a problem with a picture in this document ({part}). {problem}</source>
        <translation>Bu belgedeki bir resimde ({part}) bir sorun var. {problem}</translation>
    </message>
    <message>
        <source>There is a problem with a document inside this document ({part}). {problem}</source>
        <translation>Bu belgenin içindeki bir belgede ({part}) bir sorun var. {problem}</translation>
    </message>
    <message>
        <source>This document is packed in a way used to crash programs (a zip bomb), so it was not opened.</source>
        <translation>Bu belge, programları çökertmek için kullanılan bir biçimde paketlenmiş (zip bombası), bu yüzden açılmadı.</translation>
    </message>
    <message>
        <source>This zip file is not an OpenDocument file.</source>
        <translation>Bu zip dosyası bir OpenDocument dosyası değil.</translation>
    </message>
    <message>
        <source>This kind of OpenDocument file is not supported.</source>
        <translation>Bu tür OpenDocument dosyası desteklenmiyor.</translation>
    </message>
    <message>
        <source>This zip file is not an Office document.</source>
        <translation>Bu zip dosyası bir Office belgesi değil.</translation>
    </message>
    <message>
        <source>This kind of Office document is not supported.</source>
        <translation>Bu tür Office belgesi desteklenmiyor.</translation>
    </message>
    <message>
        <source>This is an old-style Office file (.doc, .xls, .ppt) or a document protected by a password. Open it in Office and save it as .docx, .xlsx or .pptx, without a password.</source>
        <translation>Bu, eski tür bir Office dosyası (.doc, .xls, .ppt) ya da parolayla korunan bir belge. Onu Office&apos;te açın ve parolasız olarak .docx, .xlsx ya da .pptx biçiminde kaydedin.</translation>
    </message>
    <message>
        <source>This document is saved as Strict Open XML, which is not supported. Save it again as an ordinary .docx, .xlsx or .pptx file.</source>
        <translation>Bu belge Strict Open XML biçiminde kaydedilmiş ve bu biçim desteklenmiyor. Belgeyi normal bir .docx, .xlsx ya da .pptx dosyası olarak yeniden kaydedin.</translation>
    </message>
    <message>
        <source>Part of this document&apos;s text is stored inside it as a web page or in another format, which cannot be checked. Open it in Word and save it again.</source>
        <translation>Bu belgenin metninin bir kısmı, belgenin içinde bir web sayfası olarak ya da başka bir biçimde saklanıyor ve bu denetlenemiyor. Belgeyi Word&apos;de açın ve yeniden kaydedin.</translation>
    </message>
    <message>
        <source>The picture is too large to process.</source>
        <translation>Resim işlenemeyecek kadar büyük.</translation>
    </message>
    <message>
        <source>A cropped picture in it is too large to cut safely.</source>
        <translation>İçindeki kırpılmış bir resim, güvenli biçimde kesilemeyecek kadar büyük.</translation>
    </message>
    <message>
        <source>Areas cannot be covered in {format} pictures.</source>
        <translation>{format} resimlerinde alanlar örtülemez.</translation>
    </message>
    <message>
        <source>{format} files are not video clips.</source>
        <translation>{format} dosyaları video klip değildir.</translation>
    </message>
    <message>
        <source>Covering areas makes a new copy: the original is never changed. Save copies in a folder instead.</source>
        <translation>Alanları örtmek yeni bir kopya oluşturur: orijinal asla değiştirilmez. Bunun yerine kopyaları bir klasöre kaydedin.</translation>
    </message>
    <message>
        <source>This clip is turned by {degrees} degrees, which is not supported.</source>
        <translation>Bu klip {degrees} derece döndürülmüş; bu desteklenmiyor.</translation>
    </message>
    <message>
        <source>The clip is too large to process ({size} pixels).</source>
        <translation>Klip işlenemeyecek kadar büyük ({size} piksel).</translation>
    </message>
    <message>
        <source>This HEIF picture uses a kind of compression that is not supported ({code}).</source>
        <translation>Bu HEIF resmi, desteklenmeyen bir sıkıştırma türü kullanıyor ({code}).</translation>
    </message>
    <message>
        <source>The picture could not be saved as AVIF.</source>
        <translation>Resim AVIF olarak kaydedilemedi.</translation>
    </message>
    <message>
        <source>This {format} file is stored in pieces, as when it is streamed. This is not supported.</source>
        <translation>Bu {format} dosyası, akışla oynatılan dosyalardaki gibi parçalar hâlinde saklanmış. Bu desteklenmiyor.</translation>
    </message>
    <message>
        <source>The header of this {format} file is split up or compressed. This is not supported.</source>
        <translation>Bu {format} dosyasının başlık bölümü bölünmüş ya da sıkıştırılmış. Bu desteklenmiyor.</translation>
    </message>
    <message>
        <source>This {format} file plays sound or pictures stored in other files. This is not supported.</source>
        <translation>Bu {format} dosyası, başka dosyalarda saklanan ses ya da resimleri oynatıyor. Bu desteklenmiyor.</translation>
    </message>
    <message>
        <source>This {format} file is copy-protected, so it cannot be cleaned.</source>
        <translation>Bu {format} dosyası kopya korumalı, bu yüzden temizlenemez.</translation>
    </message>
    <message>
        <source>This {format} file is too large to clean.</source>
        <translation>Bu {format} dosyası temizlenemeyecek kadar büyük.</translation>
    </message>
    <message>
        <source>The sound of this video is stored in a way that is not supported.</source>
        <translation>Bu videonun sesi, desteklenmeyen bir biçimde saklanmış.</translation>
    </message>
    <message>
        <source>The sound of this video is in an old format that is not supported.</source>
        <translation>Bu videonun sesi, desteklenmeyen eski bir biçimde.</translation>
    </message>
    <message>
        <source>This M4A file also holds video, chapters or text, which cannot be cleaned here.</source>
        <translation>Bu M4A dosyası ayrıca video, bölümler ya da metin içeriyor; bunlar burada temizlenemez.</translation>
    </message>
    <message>
        <source>This is copy-protected iTunes music. Its purchase record cannot be removed without breaking it.</source>
        <translation>Bu, kopya korumalı bir iTunes müziği. Satın alma kaydı, müzik bozulmadan kaldırılamaz.</translation>
    </message>
    <message>
        <source>This FLAC file starts with an ID3 tag, which FLAC players do not expect, so it was not cleaned.</source>
        <translation>Bu FLAC dosyası bir ID3 etiketiyle başlıyor; FLAC oynatıcıları bunu beklemez, bu yüzden dosya temizlenmedi.</translation>
    </message>
    <message>
        <source>Bare AAC sound files are not supported, only AAC inside M4A files.</source>
        <translation>Yalın AAC ses dosyaları desteklenmiyor; yalnızca M4A dosyalarının içindeki AAC destekleniyor.</translation>
    </message>
    <message>
        <source>This Ogg file holds video or a kind of sound that cannot be cleaned. Only Vorbis and Opus are supported.</source>
        <translation>Bu Ogg dosyası video ya da temizlenemeyen bir ses türü içeriyor. Yalnızca Vorbis ve Opus destekleniyor.</translation>
    </message>
    <message>
        <source>This PNG has a part that is not standard ({part}), so it was not cleaned.</source>
        <translation>Bu PNG&apos;de standart olmayan bir kısım ({part}) var, bu yüzden temizlenmedi.</translation>
    </message>
    <message>
        <source>This animated PNG hides a still picture too large to replace, so it was not cleaned.</source>
        <translation>Bu animasyonlu PNG, değiştirilemeyecek kadar büyük bir durağan resim gizliyor, bu yüzden temizlenmedi.</translation>
    </message>
    <message>
        <source>This TIFF has more than {count} pages.</source>
        <translation>Bu TIFF&apos;te {count} sayfadan fazla sayfa var.</translation>
    </message>
    <message>
        <source>This TIFF is damaged: its picture data adds up to more than the file.</source>
        <translation>Bu TIFF hasarlı: resim verilerinin toplamı dosyanın kendisinden büyük.</translation>
    </message>
    <message>
        <source>The first page of this TIFF is only a preview. Such TIFF files are not supported.</source>
        <translation>Bu TIFF&apos;in ilk sayfası yalnızca bir önizleme. Bu tür TIFF dosyaları desteklenmiyor.</translation>
    </message>
    <message>
        <source>The clean TIFF would be larger than 4 GB.</source>
        <translation>Temiz TIFF, 4 GB&apos;tan büyük olurdu.</translation>
    </message>
    <message>
        <source>a crop hid part of the picture</source>
        <extracomment>Why the photo was saved again, in &quot;The photo was saved again at high quality ({reason}).&quot;</extracomment>
        <translation>bir kırpma, resmin bir kısmını gizliyordu</translation>
    </message>
    <message>
        <source>colours under its see-through areas could hide a picture</source>
        <extracomment>Why the photo was saved again, in &quot;The photo was saved again at high quality ({reason}).&quot;</extracomment>
        <translation>saydam alanlarının altındaki renkler bir resmi gizleyebilirdi</translation>
    </message>
    <message>
        <source>it is made of layers that can cover one another</source>
        <extracomment>Why the photo was saved again, in &quot;The photo was saved again at high quality ({reason}).&quot;</extracomment>
        <translation>birbirini örtebilen katmanlardan oluşuyor</translation>
    </message>
    <message>
        <source>its tiles do not fit together in a regular grid</source>
        <extracomment>Why the photo was saved again, in &quot;The photo was saved again at high quality ({reason}).&quot;</extracomment>
        <translation>karoları düzenli bir ızgaraya oturmuyor</translation>
    </message>
    <message>
        <source>whole tiles of its picture were hidden</source>
        <extracomment>Why the photo was saved again, in &quot;The photo was saved again at high quality ({reason}).&quot;</extracomment>
        <translation>resminin bazı karoları tamamen gizlenmişti</translation>
    </message>
    <message>
        <source>its picture is stored in another file</source>
        <extracomment>Why the photo was saved again, in &quot;The photo was saved again at high quality ({reason}).&quot;</extracomment>
        <translation>resmi başka bir dosyada saklanıyor</translation>
    </message>
    <message>
        <source>its picture is built from data stored elsewhere in the file</source>
        <extracomment>Why the photo was saved again, in &quot;The photo was saved again at high quality ({reason}).&quot;</extracomment>
        <translation>resmi, dosyanın başka bir yerinde saklanan verilerden oluşturuluyor</translation>
    </message>
    <message>
        <source>its picture data is not where it should be in the file</source>
        <extracomment>Why the photo was saved again, in &quot;The photo was saved again at high quality ({reason}).&quot;</extracomment>
        <translation>resim verileri dosyada olması gereken yerde değil</translation>
    </message>
</context>
<context>
    <name>plain</name>
    <message>
        <source>1 item</source>
        <translation>1 öğe</translation>
    </message>
    <message>
        <source>{count} items</source>
        <translation>{count} öğe</translation>
    </message>
    <message>
        <source>in the file name: {shown}</source>
        <translation>dosya adında: {shown}</translation>
    </message>
    <message>
        <source>{values} and {count} more</source>
        <translation>{values} ve {count} tane daha</translation>
    </message>
    <message>
        <source>{deg}° N</source>
        <translation>{deg}° K</translation>
    </message>
    <message>
        <source>{deg}° S</source>
        <translation>{deg}° G</translation>
    </message>
    <message>
        <source>{deg}° E</source>
        <translation>{deg}° D</translation>
    </message>
    <message>
        <source>{deg}° W</source>
        <translation>{deg}° B</translation>
    </message>
    <message>
        <source>serial {number}</source>
        <translation>seri numarası {number}</translation>
    </message>
</context>
<context>
    <name>words</name>
    <message>
        <source>location</source>
        <translation>konum</translation>
    </message>
    <message>
        <source>phone/camera</source>
        <translation>telefon/kamera</translation>
    </message>
    <message>
        <source>your name</source>
        <translation>adınız</translation>
    </message>
    <message>
        <source>date</source>
        <translation>tarih</translation>
    </message>
    <message>
        <source>hidden extra image/video</source>
        <translation>gizli ek resim/video</translation>
    </message>
    <message>
        <source>editing history</source>
        <translation>düzenleme geçmişi</translation>
    </message>
    <message>
        <source>other hidden data</source>
        <translation>diğer gizli veriler</translation>
    </message>
    <message>
        <source>Reveals where it was taken or made</source>
        <translation>Nerede çekildiğini ya da oluşturulduğunu gösterir</translation>
    </message>
    <message>
        <source>Identifies your phone or camera</source>
        <translation>Telefonunuzu ya da kameranızı tanıtır</translation>
    </message>
    <message>
        <source>Contains a name</source>
        <translation>Bir ad içerir</translation>
    </message>
    <message>
        <source>Tells when it was taken or made</source>
        <translation>Ne zaman çekildiğini ya da oluşturulduğunu gösterir</translation>
    </message>
    <message>
        <source>Hides an extra picture, video or file</source>
        <translation>Ek bir resim, video ya da dosya gizler</translation>
    </message>
    <message>
        <source>Shows editing history or the apps used</source>
        <translation>Düzenleme geçmişini ya da kullanılan uygulamaları gösterir</translation>
    </message>
    <message>
        <source>Other hidden data</source>
        <translation>Diğer gizli veriler</translation>
    </message>
    <message>
        <source>Location</source>
        <translation>Konum</translation>
    </message>
    <message>
        <source>Phone or camera</source>
        <translation>Telefon ya da kamera</translation>
    </message>
    <message>
        <source>Names</source>
        <translation>Adlar</translation>
    </message>
    <message>
        <source>Date and time</source>
        <translation>Tarih ve saat</translation>
    </message>
    <message>
        <source>Hidden extras</source>
        <translation>Gizli ekler</translation>
    </message>
    <message>
        <source>Apps and editing</source>
        <translation>Uygulamalar ve düzenleme</translation>
    </message>
    <message>
        <source>Other data</source>
        <translation>Diğer veriler</translation>
    </message>
    <message>
        <source>Cleaned</source>
        <translation>Temizlendi</translation>
    </message>
    <message>
        <source>Nothing to remove</source>
        <translation>Kaldırılacak bir şey yok</translation>
    </message>
    <message>
        <source>Not supported</source>
        <translation>Desteklenmiyor</translation>
    </message>
    <message>
        <source>Could not be cleaned</source>
        <translation>Temizlenemedi</translation>
    </message>
    <message>
        <source>Cancelled</source>
        <translation>İptal edildi</translation>
    </message>
    <message>
        <source>removed: {what}</source>
        <translation>kaldırıldı: {what}</translation>
    </message>
    <message>
        <source>still in the copy: {what}</source>
        <translation>kopyada hâlâ var: {what}</translation>
    </message>
    <message>
        <source>This file is damaged or incomplete.</source>
        <translation>Bu dosya hasarlı ya da eksik.</translation>
    </message>
    <message>
        <source>This type of file is not supported yet.</source>
        <translation>Bu dosya türü henüz desteklenmiyor.</translation>
    </message>
    <message>
        <source>This file cannot be found or is not a normal file.</source>
        <translation>Bu dosya bulunamıyor ya da normal bir dosya değil.</translation>
    </message>
    <message>
        <source>Scrubber cannot clean this file safely (for example it is too large or protected by a password).</source>
        <translation>Scrubber bu dosyayı güvenli biçimde temizleyemiyor (örneğin çok büyük ya da parolayla korunuyor).</translation>
    </message>
    <message>
        <source>The copy could not be written (is the disk full or the folder read-only?)</source>
        <translation>Kopya yazılamadı (disk dolu mu ya da klasör salt okunur mu?)</translation>
    </message>
    <message>
        <source>The copy still contained identifying data, so it was deleted.</source>
        <translation>Kopya hâlâ sizi tanıtabilecek veriler içeriyordu, bu yüzden silindi.</translation>
    </message>
    <message>
        <source>Not done: cleaning was cancelled.</source>
        <translation>Yapılmadı: temizleme iptal edildi.</translation>
    </message>
    <message>
        <source>The areas to cover do not fit this picture, so nothing was written.</source>
        <translation>Örtülecek alanlar bu resme uymuyor, bu yüzden hiçbir şey yazılmadı.</translation>
    </message>
    <message>
        <source>Finding faces automatically does not work on this computer.</source>
        <translation>Yüzleri otomatik bulma bu bilgisayarda çalışmıyor.</translation>
    </message>
    <message>
        <source>Photos with areas to cover or a weakened camera fingerprint need a copy: turn off “Replace the originals”.</source>
        <translation>Örtülecek alanı olan ya da kamera parmak izi zayıflatılmış fotoğraflar için kopya gerekir: “Orijinalleri değiştir” seçeneğini kapatın.</translation>
    </message>
    <message>
        <source>This is a link to another file or folder; it was not followed.</source>
        <translation>Bu, başka bir dosyaya ya da klasöre giden bir bağlantı; izlenmedi.</translation>
    </message>
    <message>
        <source>There is not enough memory to clean this file.</source>
        <translation>Bu dosyayı temizlemek için yeterli bellek yok.</translation>
    </message>
    <message>
        <source>This file made Scrubber&apos;s reader crash (the file may be damaged). It was not cleaned.</source>
        <translation>Bu dosya Scrubber&apos;ın okuyucusunun çökmesine neden oldu (dosya bozuk olabilir). Temizlenmedi.</translation>
    </message>
    <message>
        <source>Reading this file took far too long (it may be damaged), so it was stopped. It was not cleaned.</source>
        <translation>Bu dosyayı okumak çok uzun sürdü (bozuk olabilir), bu yüzden durduruldu. Temizlenmedi.</translation>
    </message>
    <message>
        <source>Something went wrong in Scrubber with this file. Nothing was written.</source>
        <translation>Scrubber&apos;da bu dosyayla ilgili bir şeyler ters gitti. Hiçbir şey yazılmadı.</translation>
    </message>
</context>
</TS>
