<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="bg">
<context>
    <name>BatchModel</name>
    <message>
        <source>File</source>
        <translation>Файл</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>Вид</translation>
    </message>
    <message>
        <source>What it reveals</source>
        <translation>Какво издава</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Състояние</translation>
    </message>
    <message>
        <source>nothing found</source>
        <translation>нищо не е открито</translation>
    </message>
    <message>
        <source>Link: not followed</source>
        <translation>Връзка: не е последвана</translation>
    </message>
    <message>
        <source>Checking…</source>
        <translation>Проверка…</translation>
    </message>
    <message>
        <source>Not supported</source>
        <translation>Не се поддържа</translation>
    </message>
    <message>
        <source>Could not be read</source>
        <translation>Не може да се прочете</translation>
    </message>
    <message>
        <source>Cleaning… {percent}%</source>
        <translation>Почистване… {percent}%</translation>
    </message>
    <message>
        <source>Cleaning…</source>
        <translation>Почистване…</translation>
    </message>
    <message>
        <source>Ready; areas to cover: {count}</source>
        <translation>Готово; области за покриване: {count}</translation>
    </message>
    <message>
        <source>Ready</source>
        <translation>Готово</translation>
    </message>
</context>
<context>
    <name>ClipEditor</name>
    <message>
        <source>&amp;Time in the clip</source>
        <translation>&amp;Време в клипа</translation>
    </message>
    <message>
        <source>Time in the clip</source>
        <translation>Време в клипа</translation>
    </message>
    <message>
        <source>Frame of the clip</source>
        <translation>Кадър от клипа</translation>
    </message>
    <message>
        <source>From this f&amp;rame</source>
        <translation>От този &amp;кадър</translation>
    </message>
    <message>
        <source>The selected areas (or all) are covered from this frame on</source>
        <translation>Избраните области (или всички) се покриват от този кадър нататък</translation>
    </message>
    <message>
        <source>Until t&amp;his frame</source>
        <translation>До &amp;този кадър</translation>
    </message>
    <message>
        <source>The selected areas (or all) are covered up to this frame</source>
        <translation>Избраните области (или всички) се покриват до този кадър</translation>
    </message>
    <message>
        <source>Whole cli&amp;p</source>
        <translation>&amp;Целият клип</translation>
    </message>
    <message>
        <source>The selected areas (or all) are covered in every frame</source>
        <translation>Избраните области (или всички) се покриват във всеки кадър</translation>
    </message>
    <message>
        <source>{name} ({start} to {end} s)</source>
        <translation>{name} (от {start} до {end} с)</translation>
    </message>
    <message>
        <source>Areas cover every frame of the clip. Faces move: to cover them in every frame, turn on “Cover the faces found in photos and clips” in the main window.</source>
        <translation>Областите покриват всеки кадър от клипа. Лицата се движат: за да ги покриете във всеки кадър, включете „Покриване на лицата, открити в снимки и клипове“ в главния прозорец.</translation>
    </message>
    <message>
        <source>Face detection is not available ({reason}).</source>
        <translation>Разпознаването на лица не е налично ({reason}).</translation>
    </message>
    <message>
        <source>Looking for faces…</source>
        <translation>Търсене на лица…</translation>
    </message>
    <message>
        <source>Faces seen in this frame (dashed outlines): {count}.</source>
        <translation>Лица в този кадър (с пунктирни контури): {count}.</translation>
    </message>
</context>
<context>
    <name>DetailsPane</name>
    <message>
        <source>Details: {detail}</source>
        <translation>Подробности: {detail}</translation>
    </message>
    <message>
        <source>Details of the selected file</source>
        <translation>Подробности за избрания файл</translation>
    </message>
    <message>
        <source>File type</source>
        <translation>Вид файл</translation>
    </message>
    <message>
        <source>Before</source>
        <translation>Преди</translation>
    </message>
    <message>
        <source>After</source>
        <translation>След</translation>
    </message>
    <message>
        <source>Picture before cleaning</source>
        <translation>Изображение преди почистването</translation>
    </message>
    <message>
        <source>Picture of the clean copy</source>
        <translation>Изображение на почистеното копие</translation>
    </message>
    <message>
        <source>Before: what the file gives away</source>
        <translation>Преди: какво издава файлът</translation>
    </message>
    <message>
        <source>After: the clean copy</source>
        <translation>След: почистеното копие</translation>
    </message>
    <message>
        <source>Something that could identify you is still in the copy. Do not post it. The list below shows what remains.</source>
        <translation>В копието все още има нещо, по което могат да ви разпознаят. Не го публикувайте. Списъкът по-долу показва какво е останало.</translation>
    </message>
    <message>
        <source>Found in the file before cleaning</source>
        <translation>Открито във файла преди почистването</translation>
    </message>
    <message>
        <source>The clean copy: what was removed and what remains</source>
        <translation>Почистеното копие: какво е премахнато и какво остава</translation>
    </message>
    <message>
        <source>What</source>
        <translation>Какво</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>Стойност</translation>
    </message>
    <message>
        <source>Select a file in the list to see what it gives away.</source>
        <translation>Изберете файл от списъка, за да видите какво издава.</translation>
    </message>
    <message>
        <source>Technical details: every tag and value</source>
        <translation>Технически подробности: всички етикети и стойности</translation>
    </message>
    <message>
        <source>Result</source>
        <translation>Резултат</translation>
    </message>
    <message>
        <source>Areas to cover</source>
        <translation>Области за покриване</translation>
    </message>
    <message>
        <source>Details of the problem</source>
        <translation>Подробности за проблема</translation>
    </message>
    <message>
        <source>1 area will be covered</source>
        <translation>1 област ще бъде покрита</translation>
    </message>
    <message>
        <source>{count} areas will be covered</source>
        <translation>{count} области ще бъдат покрити</translation>
    </message>
    <message>
        <source>Checking this file…</source>
        <translation>Проверка на този файл…</translation>
    </message>
    <message>
        <source>Nothing found that could identify you.</source>
        <translation>Не е открито нищо, по което могат да ви разпознаят.</translation>
    </message>
    <message>
        <source>1 thing found that could identify you.</source>
        <translation>Открито е 1 нещо, по което могат да ви разпознаят.</translation>
    </message>
    <message>
        <source>{count} things found that could identify you.</source>
        <translation>Открити са {count} неща, по които могат да ви разпознаят.</translation>
    </message>
    <message>
        <source>No clean copy can be made because the file could not be read.</source>
        <translation>Не може да се направи почистено копие, защото файлът не можа да се прочете.</translation>
    </message>
    <message>
        <source>Cleaning…</source>
        <translation>Почистване…</translation>
    </message>
    <message>
        <source>Not cleaned yet. Press Clean to make a safe copy.</source>
        <translation>Още не е почистено. Натиснете „Почисти“, за да направите безопасно копие.</translation>
    </message>
    <message>
        <source>Saved as: {name}</source>
        <translation>Запазено като: {name}</translation>
    </message>
    <message>
        <source>Faces found and covered: {count}. Check the picture of the copy.</source>
        <translation>Открити и покрити лица: {count}. Проверете изображението на копието.</translation>
    </message>
    <message>
        <source>Checked again: nothing that could identify you was found.</source>
        <translation>Проверено отново: не е открито нищо, по което могат да ви разпознаят.</translation>
    </message>
    <message>
        <source>Still in the copy</source>
        <translation>Все още в копието</translation>
    </message>
    <message>
        <source>Removed</source>
        <translation>Премахнато</translation>
    </message>
    <message>
        <source>still in the copy</source>
        <translation>все още в копието</translation>
    </message>
    <message>
        <source>removed</source>
        <translation>премахнато</translation>
    </message>
    <message>
        <source>removed, not checked</source>
        <translation>премахнато, без повторна проверка</translation>
    </message>
    <message>
        <source>What the clean copy no longer gives away</source>
        <translation>Какво почистеното копие вече не издава</translation>
    </message>
    <message>
        <source>will be removed</source>
        <translation>ще бъде премахнато</translation>
    </message>
    <message>
        <source>not removed</source>
        <translation>не е премахнато</translation>
    </message>
    <message>
        <source>What the file gives away</source>
        <translation>Какво издава файлът</translation>
    </message>
    <message>
        <source>kept</source>
        <translation>запазено</translation>
    </message>
    <message>
        <source>Good to know:</source>
        <translation>Добре е да знаете:</translation>
    </message>
    <message>
        <source>which way up the photo is</source>
        <translation>как е завъртяна снимката</translation>
    </message>
    <message>
        <source>a standard colour profile</source>
        <translation>стандартен цветови профил</translation>
    </message>
    <message>
        <source>harmless technical data</source>
        <translation>безобидни технически данни</translation>
    </message>
    <message>
        <source>Hide technical details</source>
        <translation>Скриване на техническите подробности</translation>
    </message>
    <message>
        <source>Show technical details</source>
        <translation>Показване на техническите подробности</translation>
    </message>
    <message>
        <source>Kept: needed to show the photo the right way up</source>
        <translation>Запазено: нужно е, за да се показва снимката правилно завъртяна</translation>
    </message>
    <message>
        <source>Kept: a standard colour profile, so colours look right</source>
        <translation>Запазено: стандартен цветови профил, за да изглеждат цветовете правилно</translation>
    </message>
    <message>
        <source>Kept</source>
        <translation>Запазено</translation>
    </message>
    <message>
        <source>Loading preview…</source>
        <translation>Зареждане на прегледа…</translation>
    </message>
    <message>
        <source>No preview for this kind of file</source>
        <translation>Няма преглед за този вид файл</translation>
    </message>
    <message>
        <source>This picture could not be read: the file may be damaged</source>
        <translation>Това изображение не може да се прочете: файлът може да е повреден</translation>
    </message>
    <message>
        <source>The clean copy will appear here</source>
        <translation>Тук ще се появи почистеното копие</translation>
    </message>
    <message>
        <source>No copy was made</source>
        <translation>Не е направено копие</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>Photos and pictures ({patterns})</source>
        <translation>Снимки и изображения ({patterns})</translation>
    </message>
    <message>
        <source>Sound recordings ({patterns})</source>
        <translation>Звукови записи ({patterns})</translation>
    </message>
    <message>
        <source>Videos ({patterns})</source>
        <translation>Видеа ({patterns})</translation>
    </message>
    <message>
        <source>Documents ({patterns})</source>
        <translation>Документи ({patterns})</translation>
    </message>
    <message>
        <source>Files Scrubber can clean ({patterns})</source>
        <translation>Файлове, които Scrubber може да почисти ({patterns})</translation>
    </message>
    <message>
        <source>All files (*)</source>
        <translation>Всички файлове (*)</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Файл</translation>
    </message>
    <message>
        <source>&amp;Language</source>
        <translation>&amp;Език</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>&amp;Помощ</translation>
    </message>
    <message>
        <source>&amp;Add files…</source>
        <translation>&amp;Добавяне на файлове…</translation>
    </message>
    <message>
        <source>Add fold&amp;er…</source>
        <translation>Добав&amp;яне на папка…</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Изход</translation>
    </message>
    <message>
        <source>&amp;Clean</source>
        <translation>По&amp;чисти</translation>
    </message>
    <message>
        <source>Ca&amp;ncel</source>
        <translation>&amp;Отказ</translation>
    </message>
    <message>
        <source>Remo&amp;ve from list</source>
        <translation>&amp;Махни от списъка</translation>
    </message>
    <message>
        <source>H&amp;ide faces and areas…</source>
        <translation>&amp;Скриване на лица и области…</translation>
    </message>
    <message>
        <source>&amp;Why this matters</source>
        <translation>Защо това е &amp;важно</translation>
    </message>
    <message>
        <source>&amp;About Scrubber</source>
        <translation>З&amp;а Scrubber</translation>
    </message>
    <message>
        <source>Scrubber: remove hidden data from photos</source>
        <translation>Scrubber: премахва скритите данни от снимки</translation>
    </message>
    <message>
        <source>Add files</source>
        <translation>Добавяне на файлове</translation>
    </message>
    <message>
        <source>Add a folder</source>
        <translation>Добавяне на папка</translation>
    </message>
    <message>
        <source>Why this matters</source>
        <translation>Защо това е важно</translation>
    </message>
    <message>
        <source>Hide faces and areas</source>
        <translation>Скриване на лица и области</translation>
    </message>
    <message>
        <source>Remo&amp;ve</source>
        <translation>&amp;Махни</translation>
    </message>
    <message>
        <source>Remove the selected files</source>
        <translation>Махни избраните файлове</translation>
    </message>
    <message>
        <source>Clear lis&amp;t</source>
        <translation>Изпразни спис&amp;ъка</translation>
    </message>
    <message>
        <source>Clear the list</source>
        <translation>Изпразни списъка</translation>
    </message>
    <message>
        <source>Cover faces, tattoos or anything else in the selected photo or clip (Enter)</source>
        <translation>Покрийте лица, татуировки или каквото и да е друго в избраната снимка или клип (Enter)</translation>
    </message>
    <message>
        <source>or drop photos and folders onto the list below.</source>
        <translation>или пуснете снимки и папки в списъка по-долу.</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Език</translation>
    </message>
    <message>
        <source>Files to clean</source>
        <translation>Файлове за почистване</translation>
    </message>
    <message>
        <source>Drop photos or folders here.

Scrubber shows what each file gives away about you, then writes clean copies. Your originals are not changed.</source>
        <translation>Пуснете снимки или папки тук.

Scrubber показва какво издава всеки файл за вас, след това записва почистени копия. Оригиналите ви не се променят.</translation>
    </message>
    <message>
        <source>Stopping: files being cleaned now are left as they were…</source>
        <translation>Спиране: файловете, които се почистват в момента, остават както са били…</translation>
    </message>
    <message>
        <source>Details of the selected file</source>
        <translation>Подробности за избрания файл</translation>
    </message>
    <message>
        <source>Language:</source>
        <translation>Език:</translation>
    </message>
    <message>
        <source>Add files to clean</source>
        <translation>Добавяне на файлове за почистване</translation>
    </message>
    <message>
        <source>Add a folder to clean</source>
        <translation>Добавяне на папка за почистване</translation>
    </message>
    <message>
        <source>About Scrubber</source>
        <translation>За Scrubber</translation>
    </message>
    <message>
        <source>Scrubber {version}

Removes hidden data from photos. Works offline: nothing is ever sent anywhere, and no list of your files is kept.</source>
        <translation>Scrubber {version}

Премахва скритите данни от снимки. Работи офлайн: нищо никога не се изпраща никъде и не се пази списък на файловете ви.</translation>
    </message>
    <message>
        <source>Replace the original files?</source>
        <translation>Да се заменят ли оригиналните файлове?</translation>
    </message>
    <message>
        <source>Your original files will be overwritten with the cleaned versions. This cannot be undone: the originals, with everything they contain, will be gone.

Photos with areas to cover still need a copy.

Replace the originals?</source>
        <translation>Оригиналните ви файлове ще бъдат презаписани с почистените версии. Това не може да се отмени: оригиналите, с всичко, което съдържат, ще изчезнат.

Снимките с области за покриване все пак се нуждаят от копие.

Да се заменят ли оригиналите?</translation>
    </message>
    <message>
        <source>Choose where to save the clean copies</source>
        <translation>Изберете къде да се запазят почистените копия</translation>
    </message>
    <message>
        <source>Every file in the list has been cleaned already.</source>
        <translation>Всички файлове в списъка вече са почистени.</translation>
    </message>
    <message>
        <source>Cannot create the output folder</source>
        <translation>Папката за резултатите не може да се създаде</translation>
    </message>
    <message>
        <source>The clean copies cannot be saved there ({reason}). Choose another folder with “Choose…”.</source>
        <translation>Почистените копия не могат да се запазят там ({reason}). Изберете друга папка с „Избор…“.</translation>
    </message>
    <message>
        <source>Cleaning…</source>
        <translation>Почистване…</translation>
    </message>
</context>
<context>
    <name>OptionsBox</name>
    <message>
        <source>Options</source>
        <translation>Настройки</translation>
    </message>
    <message>
        <source>({count} on)</source>
        <translation>(включени: {count})</translation>
    </message>
    <message>
        <source>&amp;More options</source>
        <translation>Допълнителни настрой&amp;ки</translation>
    </message>
    <message>
        <source>More options</source>
        <translation>Допълнителни настройки</translation>
    </message>
    <message>
        <source>Show or hide the options for the copies</source>
        <translation>Показване или скриване на настройките за копията</translation>
    </message>
    <message>
        <source>&amp;Give the copies random file names</source>
        <translation>Сл&amp;учайни имена на файловете на копията</translation>
    </message>
    <message>
        <source>File names from phones often contain the date and time the photo was taken.</source>
        <translation>Имената на файлове от телефони често съдържат датата и часа на снимане.</translation>
    </message>
    <message>
        <source>&amp;Keep file names that show the date or the phone</source>
        <translation>&amp;Запазване на имената, които показват датата или телефона</translation>
    </message>
    <message>
        <source>Off: a copy of a file named like IMG_20240611_143207.jpg gets a name like photo-1f0c9a2e.jpg instead, so its name does not show when it was taken or with which phone.</source>
        <translation>Изключено: копие на файл с име като IMG_20240611_143207.jpg получава име като photo-1f0c9a2e.jpg, така че името му да не показва кога и с кой телефон е направена снимката.</translation>
    </message>
    <message>
        <source>Convert HEIC photos to &amp;JPEG</source>
        <translation>Превръщане на HEIC снимките в &amp;JPEG</translation>
    </message>
    <message>
        <source>Remove colour &amp;profiles (colours may shift slightly)</source>
        <translation>Премахване на &amp;цветовите профили (цветовете може леко да се променят)</translation>
    </message>
    <message>
        <source>T&amp;urn PDF pages into pictures (strongest; text can no longer be selected)</source>
        <translation>Превръ&amp;щане на PDF страниците в изображения (най-сигурно; текстът вече не може да се маркира)</translation>
    </message>
    <message>
        <source>Removes everything hidden in a PDF&apos;s text and drawings too. The copy is larger and its text cannot be searched or copied.</source>
        <translation>Премахва и всичко скрито в текста и рисунките на PDF файла. Копието е по-голямо и текстът му не може да се търси или копира.</translation>
    </message>
    <message>
        <source>Cover the faces found in photos and clips (check each cop&amp;y)</source>
        <translation>Покриване на &amp;лицата, открити в снимки и клипове (проверявайте всяко копие)</translation>
    </message>
    <message>
        <source>Faces found automatically are covered in black in the copies. Detection can miss faces: look at each copy&apos;s picture in the details.</source>
        <translation>Автоматично откритите лица се покриват с черно в копията. Разпознаването може да пропусне лица: вижте изображението на всяко копие в подробностите.</translation>
    </message>
    <message>
        <source>&amp;Quick face search (misses small faces)</source>
        <translation>Бързо &amp;търсене на лица (пропуска малки лица)</translation>
    </message>
    <message>
        <source>Faster, but faces smaller than about 60 pixels in a large photo are not found. Used here and in Hide faces and areas.</source>
        <translation>По-бързо, но в голяма снимка лицата, по-малки от около 60 пиксела, не се откриват. Важи тук и в „Скриване на лица и области“.</translation>
    </message>
    <message>
        <source>Remove hidden slides, sheets and te&amp;xt, and speaker notes, from documents</source>
        <translation>Према&amp;хване на скритите слайдове, листове и текст, както и бележките на докладчика, от документите</translation>
    </message>
    <message>
        <source>Documents can hold slides, sheets and text that are not shown, and notes only the speaker sees. Without this they are kept, and the summary says where they are.</source>
        <translation>Документите може да съдържат слайдове, листове и текст, които не се показват, и бележки, които вижда само докладчикът. Без тази настройка те се запазват, а обобщението казва къде са.</translation>
    </message>
    <message>
        <source>Weaken the camera fingerprint in photos (saved again, a &amp;bit smaller)</source>
        <translation>Отслабване на „отпечатъка“ на фотоапарата в снимките (записват се &amp;наново, малко по-малки)</translation>
    </message>
    <message>
        <source>Every camera leaves a faint pattern in its photos that can link them to each other. This softens each photo slightly and makes it 3% smaller: the pattern gets weaker, but it is not removed. Photos are saved again instead of copied unchanged.</source>
        <translation>Всеки фотоапарат оставя в снимките си слаба шарка, по която те могат да се свържат помежду си. Това леко омекотява всяка снимка и я прави с 3% по-малка: шарката отслабва, но не се премахва. Снимките се записват наново, вместо да се копират без промяна.</translation>
    </message>
    <message>
        <source>&amp;Replace the originals (no copies; cannot be undone)</source>
        <translation>Замяна на оригиналите (&amp;без копия; не може да се отмени)</translation>
    </message>
</context>
<context>
    <name>OutputBox</name>
    <message>
        <source>Save clean copies in:</source>
        <translation>Къде да се запазят почистените копия:</translation>
    </message>
    <message>
        <source>Output folder</source>
        <translation>Папка за резултатите</translation>
    </message>
    <message>
        <source>Choo&amp;se…</source>
        <translation>&amp;Избор…</translation>
    </message>
    <message>
        <source>Choose the output folder</source>
        <translation>Изберете папката за резултатите</translation>
    </message>
    <message>
        <source>Use &amp;default</source>
        <translation>По подр&amp;азбиране</translation>
    </message>
    <message>
        <source>Use the default output folder</source>
        <translation>Използване на папката за резултатите по подразбиране</translation>
    </message>
    <message>
        <source>The original files will be replaced.</source>
        <translation>Оригиналните файлове ще бъдат заменени.</translation>
    </message>
    <message>
        <source>The folder “{name}” next to the originals, with the copies made so far.</source>
        <translation>Папката „{name}“ до оригиналите, с направените досега копия.</translation>
    </message>
    <message>
        <source>A new folder next to the originals, named “{name}”.</source>
        <translation>Нова папка до оригиналите с име „{name}“.</translation>
    </message>
</context>
<context>
    <name>QAbstractFileIconProvider</name>
    <message>
        <source>Drive</source>
        <translation>Устройство</translation>
    </message>
    <message>
        <source>Folder</source>
        <translation>Папка</translation>
    </message>
</context>
<context>
    <name>QFileDialog</name>
    <message>
        <source>%1
Directory not found.
Please verify the correct directory name was given.</source>
        <translation>%1
Папката не е намерена.
Моля, уверете се, че е посочено правилно име на папка.</translation>
    </message>
    <message>
        <source>%1
File not found.
Please verify the correct file name was given.</source>
        <translation>%1
Файлът не е намерен.
Моля, уверете се, че е посочено правилно име на файл.</translation>
    </message>
    <message>
        <source>&amp;Choose</source>
        <translation>Из&amp;биране</translation>
    </message>
    <message>
        <source>&amp;Delete</source>
        <translation>&amp;Изтриване</translation>
    </message>
    <message>
        <source>&amp;Look in:</source>
        <translation>Търсене &amp;в:</translation>
    </message>
    <message>
        <source>&amp;New Folder</source>
        <translation>&amp;Нова папка</translation>
    </message>
    <message>
        <source>&amp;Open</source>
        <translation>&amp;Отваряне</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>Отваряне</translation>
    </message>
    <message>
        <source>&amp;Rename</source>
        <translation>&amp;Преименуване</translation>
    </message>
    <message>
        <source>All Files (*)</source>
        <translation>Всички файлове (*)</translation>
    </message>
    <message>
        <source>Are you sure you want to delete &apos;%1&apos;?</source>
        <translation>Наистина ли искате да изтриете „%1“?</translation>
    </message>
    <message>
        <source>Back</source>
        <translation>Назад</translation>
    </message>
    <message>
        <source>Change to detail view mode</source>
        <translation>Превключване в режим на подробен списък</translation>
    </message>
    <message>
        <source>Change to list view mode</source>
        <translation>Превключване в режим на компактен списък</translation>
    </message>
    <message>
        <source>Create New Folder</source>
        <translation>Създаване на нова папка</translation>
    </message>
    <message>
        <source>Create a New Folder</source>
        <translation>Създаване на нова папка</translation>
    </message>
    <message>
        <source>Detail View</source>
        <translation>Подробен списък</translation>
    </message>
    <message>
        <source>Directories</source>
        <translation>Папки</translation>
    </message>
    <message>
        <source>Directory:</source>
        <translation>Папка:</translation>
    </message>
    <message>
        <source>File &amp;name:</source>
        <translation>Име на &amp;файла:</translation>
    </message>
    <message>
        <source>Files</source>
        <translation>Файлове</translation>
    </message>
    <message>
        <source>Files of &amp;type:</source>
        <translation>Файлове от &amp;тип:</translation>
    </message>
    <message>
        <source>Forward</source>
        <translation>Напред</translation>
    </message>
    <message>
        <source>Go back</source>
        <translation>Връщане назад</translation>
    </message>
    <message>
        <source>Go forward</source>
        <translation>Преминаване напред</translation>
    </message>
    <message>
        <source>Go to the parent directory</source>
        <translation>Преминаване към горната папка</translation>
    </message>
    <message>
        <source>List View</source>
        <translation>Компактен списък</translation>
    </message>
    <message>
        <source>List of places and bookmarks</source>
        <translation>Списък от системни и любими места</translation>
    </message>
    <message>
        <source>Parent Directory</source>
        <translation>Горна папка</translation>
    </message>
    <message>
        <source>Show &amp;hidden files</source>
        <translation>Показване на &amp;скритите файлове</translation>
    </message>
    <message>
        <source>Show </source>
        <translation>Показване</translation>
    </message>
    <message>
        <source>Sidebar</source>
        <translation>Страничен панел	</translation>
    </message>
</context>
<context>
    <name>QFileSystemModel</name>
    <message>
        <source>Computer</source>
        <translation>Компютър</translation>
    </message>
    <message>
        <source>Date Modified</source>
        <translation>Дата на промяна</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Име</translation>
    </message>
    <message>
        <source>Size</source>
        <translation>Размер</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>Тип</translation>
    </message>
</context>
<context>
    <name>QLineEdit</name>
    <message>
        <source>&amp;Copy</source>
        <translation>&amp;Копиране</translation>
    </message>
    <message>
        <source>&amp;Paste</source>
        <translation>&amp;Поставяне</translation>
    </message>
    <message>
        <source>&amp;Redo</source>
        <translation>По&amp;втаряне</translation>
    </message>
    <message>
        <source>&amp;Undo</source>
        <translation>&amp;Отмяна</translation>
    </message>
    <message>
        <source>Cu&amp;t</source>
        <translation>&amp;Изрязване</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Изтриване</translation>
    </message>
    <message>
        <source>Select All</source>
        <translation>Избиране на всичко</translation>
    </message>
</context>
<context>
    <name>QMessageBox</name>
    <message>
        <source>Show Details...</source>
        <translation>Подробности…</translation>
    </message>
</context>
<context>
    <name>QPlatformTheme</name>
    <message>
        <source>&amp;No</source>
        <translation>&amp;Не</translation>
    </message>
    <message>
        <source>&amp;Yes</source>
        <translation>&amp;Да</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Отказ</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Затваряне</translation>
    </message>
    <message>
        <source>OK</source>
        <translation>Добре</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>Отваряне</translation>
    </message>
</context>
<context>
    <name>RedactionEditor</name>
    <message>
        <source>Press Esc again to close without your changes, or Enter to use them.</source>
        <translation>Натиснете Esc отново, за да затворите без промените си, или Enter, за да ги използвате.</translation>
    </message>
    <message>
        <source>Hide faces and areas — {name}</source>
        <translation>Скриване на лица и области — {name}</translation>
    </message>
    <message>
        <source>Select and move</source>
        <translation>Избиране и преместване</translation>
    </message>
    <message>
        <source>Rectangle</source>
        <translation>Правоъгълник</translation>
    </message>
    <message>
        <source>Ellipse</source>
        <translation>Елипса</translation>
    </message>
    <message>
        <source>Brush</source>
        <translation>Четка</translation>
    </message>
    <message>
        <source>Add area</source>
        <translation>Добавяне на област</translation>
    </message>
    <message>
        <source>Add an area in the middle of the view, to move with the arrow keys (N)</source>
        <translation>Добавяне на област в средата на изгледа, която да местите със стрелките (N)</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Изтриване</translation>
    </message>
    <message>
        <source>Del</source>
        <translation>Del</translation>
    </message>
    <message>
        <source>Undo</source>
        <translation>Отмяна</translation>
    </message>
    <message>
        <source>Redo</source>
        <translation>Повторение</translation>
    </message>
    <message>
        <source>Zoom out</source>
        <translation>Намаляване</translation>
    </message>
    <message>
        <source>Zoom in</source>
        <translation>Увеличаване</translation>
    </message>
    <message>
        <source>Fit</source>
        <translation>Побиране</translation>
    </message>
    <message>
        <source>Preview</source>
        <translation>Преглед</translation>
    </message>
    <message>
        <source>Show exactly what will be written (P)</source>
        <translation>Показване точно на това, което ще бъде записано (P)</translation>
    </message>
    <message>
        <source>Brush &amp;width</source>
        <translation>&amp;Ширина на четката</translation>
    </message>
    <message>
        <source>Brush width</source>
        <translation>Ширина на четката</translation>
    </message>
    <message>
        <source>Drawing tools</source>
        <translation>Инструменти за рисуване</translation>
    </message>
    <message>
        <source>Undo, zoom and preview</source>
        <translation>Отмяна, мащаб и преглед</translation>
    </message>
    <message>
        <source>Photo</source>
        <translation>Снимка</translation>
    </message>
    <message>
        <source>Draw areas to cover with the mouse or the keyboard. Ctrl and the mouse wheel zoom; hold Space to pan.</source>
        <translation>Очертайте областите за покриване с мишката или с клавиатурата. Ctrl и колелцето на мишката променят мащаба; задръжте интервала, за да местите изгледа.</translation>
    </message>
    <message>
        <source>&amp;Areas to cover (untick to leave uncovered)</source>
        <translation>&amp;Области за покриване (махнете отметката, за да не се покриват)</translation>
    </message>
    <message>
        <source>Areas to cover</source>
        <translation>Области за покриване</translation>
    </message>
    <message>
        <source>Automatic detection can miss faces — check every face yourself, including faces in mirrors, pictures and screens.</source>
        <translation>Автоматичното разпознаване може да пропусне лица — проверете всяко лице сами, включително лица в огледала, картини и екрани.</translation>
    </message>
    <message>
        <source>Find &amp;small faces</source>
        <translation>Търсене на &amp;малки лица</translation>
    </message>
    <message>
        <source>Find small faces</source>
        <translation>Търсене на малки лица</translation>
    </message>
    <message>
        <source>Look again for small faces, for group photos (slower)</source>
        <translation>Ново търсене на малки лица, за групови снимки (по-бавно)</translation>
    </message>
    <message>
        <source>How to cover</source>
        <translation>Как да се покрие</translation>
    </message>
    <message>
        <source>Solid &amp;fill (safest)</source>
        <translation>&amp;Плътно запълване (най-сигурно)</translation>
    </message>
    <message>
        <source>Strong &amp;mosaic</source>
        <translation>&amp;Силна мозайка</translation>
    </message>
    <message>
        <source>B&amp;lur (wiped first; a few average colours stay)</source>
        <translation>&amp;Размазване (областта първо се изтрива; остават няколко средни цвята)</translation>
    </message>
    <message>
        <source>Fill &amp;colour…</source>
        <translation>Цвят на &amp;запълването…</translation>
    </message>
    <message>
        <source>Fill colour</source>
        <translation>Цвят на запълването</translation>
    </message>
    <message>
        <source>&amp;Use these areas</source>
        <translation>&amp;Използване на тези области</translation>
    </message>
    <message>
        <source>Use these areas</source>
        <translation>Използване на тези области</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Отказ</translation>
    </message>
    <message>
        <source>{action} ({key})</source>
        <translation>{action} ({key})</translation>
    </message>
    <message>
        <source>Keyboard: N adds an area, arrows move it (Shift: further), Ctrl+arrows resize it, [ and ] pick another, Delete removes it.</source>
        <translation>Клавиатура: N добавя област, стрелките я местят (със Shift — по-далеч), Ctrl+стрелки променят размера ѝ, [ и ] избират друга, Del я премахва.</translation>
    </message>
    <message>
        <source>Face {n} (found automatically)</source>
        <translation>Лице {n} (открито автоматично)</translation>
    </message>
    <message>
        <source>Rectangle {n}</source>
        <translation>Правоъгълник {n}</translation>
    </message>
    <message>
        <source>Ellipse {n}</source>
        <translation>Елипса {n}</translation>
    </message>
    <message>
        <source>Brush stroke {n}</source>
        <translation>Щрих с четка {n}</translation>
    </message>
    <message>
        <source>Shape {n}</source>
        <translation>Фигура {n}</translation>
    </message>
    <message>
        <source>Loading…</source>
        <translation>Зареждане…</translation>
    </message>
    <message>
        <source>Making the preview…</source>
        <translation>Създаване на прегледа…</translation>
    </message>
    <message>
        <source>Preview: this is what will be written.</source>
        <translation>Преглед: това ще бъде записано.</translation>
    </message>
    <message>
        <source>Draw over anything that could identify you: faces, tattoos, marks.</source>
        <translation>Рисувайте върху всичко, по което могат да ви разпознаят: лица, татуировки, белези.</translation>
    </message>
    <message>
        <source>Looking for faces…</source>
        <translation>Търсене на лица…</translation>
    </message>
    <message>
        <source>Looking for small faces… this takes longer.</source>
        <translation>Търсене на малки лица… това отнема повече време.</translation>
    </message>
    <message>
        <source>Face detection is not available ({reason}). Mark faces yourself.</source>
        <translation>Разпознаването на лица не е налично ({reason}). Отбележете лицата сами.</translation>
    </message>
    <message>
        <source>No faces were found automatically.</source>
        <translation>Не бяха открити лица автоматично.</translation>
    </message>
    <message>
        <source>Faces found automatically: {count}.</source>
        <translation>Автоматично открити лица: {count}.</translation>
    </message>
    <message>
        <source>its files are missing or damaged</source>
        <translation>файловете му липсват или са повредени</translation>
    </message>
    <message>
        <source>There is not enough memory to open this photo.</source>
        <translation>Няма достатъчно памет, за да се отвори тази снимка.</translation>
    </message>
    <message>
        <source>The photo could not be opened.</source>
        <translation>Снимката не можа да се отвори.</translation>
    </message>
</context>
<context>
    <name>RunBar</name>
    <message>
        <source>Ca&amp;ncel</source>
        <translation>&amp;Отказ</translation>
    </message>
    <message>
        <source>Cancel cleaning</source>
        <translation>Отказ от почистването</translation>
    </message>
    <message>
        <source>&amp;Clean</source>
        <translation>По&amp;чисти</translation>
    </message>
    <message>
        <source>Clean all files in the list</source>
        <translation>Почистване на всички файлове в списъка</translation>
    </message>
    <message>
        <source>&amp;Open output folder</source>
        <translation>Отваряне на папката с &amp;резултатите</translation>
    </message>
    <message>
        <source>Open output folder</source>
        <translation>Отваряне на папката с резултатите</translation>
    </message>
    <message>
        <source>Write clean copies of all files (Ctrl+Enter)</source>
        <translation>Записване на почистени копия на всички файлове (Ctrl+Enter)</translation>
    </message>
    <message>
        <source>Stop now; files not finished are left as they were (Esc)</source>
        <translation>Спри сега; незавършените файлове остават както са били (Esc)</translation>
    </message>
    <message>
        <source>Cleaning progress</source>
        <translation>Напредък на почистването</translation>
    </message>
    <message>
        <source>%v of %m files</source>
        <translation>%v от %m файла</translation>
    </message>
    <message>
        <source>Summary</source>
        <translation>Обобщение</translation>
    </message>
</context>
<context>
    <name>SafetyGuide</name>
    <message>
        <source>Why this matters</source>
        <translation>Защо това е важно</translation>
    </message>
    <message>
        <source>Safety guide</source>
        <translation>Ръководство за безопасност</translation>
    </message>
    <message>
        <source>&amp;Close</source>
        <translation>&amp;Затвори</translation>
    </message>
    <message>
        <source>Close the safety guide</source>
        <translation>Затваряне на ръководството за безопасност</translation>
    </message>
    <message>
        <source>What your photos and files can give away</source>
        <translation>Какво могат да издадат снимките и файловете ви</translation>
    </message>
    <message>
        <source>Photos from phones and cameras carry hidden details. Anyone who gets the file can read them:</source>
        <translation>Снимките от телефони и фотоапарати съдържат скрити данни. Всеки, който получи файла, може да ги прочете:</translation>
    </message>
    <message>
        <source>Where the photo was taken, often to within a few metres.</source>
        <translation>Къде е направена снимката, често с точност до няколко метра.</translation>
    </message>
    <message>
        <source>Which phone or camera took it, sometimes with its serial number.</source>
        <translation>С кой телефон или фотоапарат е направена, понякога със серийния му номер.</translation>
    </message>
    <message>
        <source>Your name, if it is set in the phone, camera or editing app.</source>
        <translation>Вашето име, ако е зададено в телефона, фотоапарата или приложението за редактиране.</translation>
    </message>
    <message>
        <source>The date and time it was taken.</source>
        <translation>Датата и часът на снимане.</translation>
    </message>
    <message>
        <source>A hidden small copy of the original photo. It can show what you cropped out or covered.</source>
        <translation>Скрито малко копие на оригиналната снимка. То може да покаже какво сте изрязали или покрили.</translation>
    </message>
    <message>
        <source>Scrubber removes these details from a copy of the file. Your original stays as it is, unless you choose to replace it.</source>
        <translation>Scrubber премахва тези данни от копие на файла. Оригиналът ви остава какъвто е, освен ако не изберете да го замените.</translation>
    </message>
    <message>
        <source>Documents such as PDF and Word files can hold the author&apos;s name, the computer&apos;s name and the editing history. Videos and voice recordings can hold the place and the device.</source>
        <translation>Документи като PDF и Word файлове може да съдържат името на автора, името на компютъра и историята на редакциите. Видеата и гласовите записи може да съдържат мястото и устройството.</translation>
    </message>
    <message>
        <source>If Scrubber says a file is not supported or could not be cleaned, do not share that file as it is.</source>
        <translation>Ако Scrubber каже, че даден файл не се поддържа или не може да бъде почистен, не споделяйте този файл така, както е.</translation>
    </message>
    <message>
        <source>Blur in other apps can be undone</source>
        <translation>Размазването в други приложения може да се отмени</translation>
    </message>
    <message>
        <source>Blur and small pixelation made by other apps can be undone by software. Scrubber&apos;s blur and mosaic wipe the area first, but they still show its average colours.</source>
        <translation>Размазването и дребната пикселизация от други приложения могат да бъдат отменени със софтуер. Размазването и мозайката на Scrubber първо изтриват областта, но все още показват средните ѝ цветове.</translation>
    </message>
    <message>
        <source>To hide a face, a tattoo or anything else, use solid fill. Cover a little more than you think you need.</source>
        <translation>За да скриете лице, татуировка или каквото и да е друго, използвайте плътно запълване. Покрийте малко повече, отколкото смятате, че е нужно.</translation>
    </message>
    <message>
        <source>Your photos can be matched</source>
        <translation>Снимките ви могат да бъдат разпознати</translation>
    </message>
    <message>
        <source>Reverse image search finds other places where the same photo, or one like it, is online.</source>
        <translation>Обратното търсене на изображения открива други места онлайн, където има същата или подобна снимка.</translation>
    </message>
    <message>
        <source>Face recognition exists and is easy to use. A face, a tattoo or a room that people can recognise can link your ad photos to your personal accounts.</source>
        <translation>Лицевото разпознаване съществува и е лесно за използване. Лице, татуировка или стая, които някой може да разпознае, могат да свържат снимките от обявите ви с личните ви профили.</translation>
    </message>
    <message>
        <source>Search for your own ad photos now and then, with a reverse image search and a face search. Then you see where they turn up.</source>
        <translation>От време на време търсете собствените си снимки от обяви с обратно търсене на изображения и търсене по лице. Така ще видите къде се появяват.</translation>
    </message>
    <message>
        <source>Tattoos, birthmarks, jewellery, nails, bedding and furniture can link your ads to each other. Cover them or change them.</source>
        <translation>Татуировки, родилни петна, бижута, нокти, спално бельо и мебели могат да свържат обявите ви помежду им. Покрийте ги или ги сменете.</translation>
    </message>
    <message>
        <source>Each camera leaves a faint pattern in its photos that can link them to each other. The option “Weaken the camera fingerprint” makes it weaker, but does not remove it.</source>
        <translation>Всеки фотоапарат оставя в снимките си слаба шарка, по която те могат да се свържат помежду си. Настройката „Отслабване на „отпечатъка“ на фотоапарата“ я прави по-слаба, но не я премахва.</translation>
    </message>
    <message>
        <source>Tips from sex workers&apos; digital safety advice</source>
        <translation>Съвети от насоките за дигитална безопасност за секс работници</translation>
    </message>
    <message>
        <source>Keep work and personal life apart. Use a separate phone, email and accounts for work if you can.</source>
        <translation>Дръжте работата и личния живот отделно. Ако можете, използвайте отделен телефон, имейл и профили за работата.</translation>
    </message>
    <message>
        <source>Take ad photos with a different phone or camera. If you cannot, turn off location, Live Photos and Motion Photos in the camera before you take them.</source>
        <translation>Снимайте снимките за обяви с друг телефон или фотоапарат. Ако не можете, преди да снимате изключете местоположението, „живите снимки“ и „снимките с движение“ в камерата.</translation>
    </message>
    <message>
        <source>Never use photos from your personal social media in ads, not even old ones.</source>
        <translation>Никога не използвайте в обяви снимки от личните си социални мрежи, дори стари.</translation>
    </message>
    <message>
        <source>Cloud backups and shared albums keep your originals, with the place they were taken, and sort them by face. Keep work photos out of them.</source>
        <translation>Облачните архиви и споделените албуми пазят оригиналите ви с мястото на снимане и ги подреждат по лица. Дръжте работните снимки извън тях.</translation>
    </message>
    <message>
        <source>Clean last: after cropping and editing in other apps. Editing apps can add hidden data again.</source>
        <translation>Почиствайте накрая: след изрязване и редактиране в други приложения. Приложенията за редактиране могат отново да добавят скрити данни.</translation>
    </message>
    <message>
        <source>Screenshots can show your name, your number and your notifications. Check them before you share them.</source>
        <translation>Екранните снимки може да показват името ви, номера ви и известията ви. Проверявайте ги, преди да ги споделите.</translation>
    </message>
    <message>
        <source>Check the background: letters, papers, photos on the wall, anything with a name or address.</source>
        <translation>Проверете фона: писма, документи, снимки на стената, всичко с име или адрес.</translation>
    </message>
    <message>
        <source>Check mirrors and reflections: sunglasses, windows, screens and shiny surfaces.</source>
        <translation>Проверете огледалата и отраженията: слънчеви очила, прозорци, екрани и лъскави повърхности.</translation>
    </message>
    <message>
        <source>Check what can be seen through windows. Streets, signs and buildings can show where you are.</source>
        <translation>Проверете какво се вижда през прозорците. Улици, табели и сгради могат да покажат къде сте.</translation>
    </message>
    <message>
        <source>Do not post the same photo on your personal and your work accounts.</source>
        <translation>Не публикувайте една и съща снимка в личните и в работните си профили.</translation>
    </message>
    <message>
        <source>Sending a photo “as a file” or by email keeps its hidden data. Send only the clean copy.</source>
        <translation>Изпращането на снимка „като файл“ или по имейл запазва скритите ѝ данни. Изпращайте само почистеното копие.</translation>
    </message>
    <message>
        <source>When you are done, delete the originals from Downloads and from shared folders.</source>
        <translation>Когато приключите, изтрийте оригиналите от „Изтегляния“ и от споделените папки.</translation>
    </message>
    <message>
        <source>Before you post, open the clean copy and check it again.</source>
        <translation>Преди да публикувате, отворете почистеното копие и го проверете отново.</translation>
    </message>
    <message>
        <source>What your computer may still keep</source>
        <translation>Какво може още да пази компютърът ви</translation>
    </message>
    <message>
        <source>Scrubber keeps no list of the files you open, but your computer may:</source>
        <translation>Scrubber не пази списък на файловете, които отваряте, но компютърът ви може да пази:</translation>
    </message>
    <message>
        <source>small previews (thumbnails) made by the file manager or photo viewer;</source>
        <translation>малки изображения за преглед (миниатюри), създадени от файловия мениджър или програмата за снимки;</translation>
    </message>
    <message>
        <source>lists of recent files in other apps;</source>
        <translation>списъци с последни файлове в други приложения;</translation>
    </message>
    <message>
        <source>the originals in Downloads, in the trash and in cloud backups.</source>
        <translation>оригиналите в „Изтегляния“, в кошчето и в облачните архиви.</translation>
    </message>
    <message>
        <source>To clear them:</source>
        <translation>За да ги изчистите:</translation>
    </message>
    <message>
        <source>Empty the trash.</source>
        <translation>Изпразнете кошчето.</translation>
    </message>
    <message>
        <source>Clear the recent files in your file manager.</source>
        <translation>Изчистете последните файлове във файловия мениджър.</translation>
    </message>
    <message>
        <source>Delete the thumbnail cache. Linux: the .cache/thumbnails folder in your home folder. Windows: Disk Cleanup, then Thumbnails. macOS: restart the Mac.</source>
        <translation>Изтрийте кеша с миниатюри. Linux: папката .cache/thumbnails в домашната ви папка. Windows: „Почистване на диска“, после „Миниатюри“. macOS: рестартирайте Mac.</translation>
    </message>
    <message>
        <source>Scrubber works offline</source>
        <translation>Scrubber работи офлайн</translation>
    </message>
    <message>
        <source>Scrubber never connects to the internet. Your files stay on this computer.</source>
        <translation>Scrubber никога не се свързва с интернет. Файловете ви остават на този компютър.</translation>
    </message>
</context>
<context>
    <name>Summary</name>
    <message>
        <source>Cancelled.</source>
        <translation>Отказано.</translation>
    </message>
    <message>
        <source>{n} cleaned.</source>
        <translation>Почистени: {n}.</translation>
    </message>
    <message>
        <source>{n} had nothing to remove.</source>
        <translation>Без нищо за премахване: {n}.</translation>
    </message>
    <message>
        <source>{n} could not be cleaned.</source>
        <translation>Неуспешно почистени: {n}.</translation>
    </message>
    <message>
        <source>{n} not done (cancelled).</source>
        <translation>Неизпълнени (отказано): {n}.</translation>
    </message>
    <message>
        <source>Nothing was cleaned.</source>
        <translation>Нищо не беше почистено.</translation>
    </message>
    <message>
        <source>Clean copies are in: {folder}</source>
        <translation>Почистените копия са в: {folder}</translation>
    </message>
    <message>
        <source>{name}: {reason}</source>
        <translation>{name}: {reason}</translation>
    </message>
    <message>
        <source>…and {n} more: see the list.</source>
        <translation>…и още {n}: вижте списъка.</translation>
    </message>
</context>
<context>
    <name>messages</name>
    <message>
        <source>{metres} m above sea level</source>
        <translation>{metres} м над морското равнище</translation>
    </message>
    <message>
        <source>{metres} m below sea level</source>
        <translation>{metres} м под морското равнище</translation>
    </message>
    <message>
        <source>{count} bytes of data</source>
        <translation>{count} байта данни</translation>
    </message>
    <message>
        <source>The file name shows when it was taken: {shown}</source>
        <translation>Името на файла показва кога е заснет: {shown}</translation>
    </message>
    <message>
        <source>The file name shows the phone or camera that made it: {shown}</source>
        <translation>Името на файла показва телефона или фотоапарата, с който е направен: {shown}</translation>
    </message>
    <message>
        <source>The file name shows the app that made it: {apps}</source>
        <translation>Името на файла показва приложението, с което е направен: {apps}</translation>
    </message>
    <message>
        <source>{finding} (the name was kept)</source>
        <translation>{finding} (името е запазено)</translation>
    </message>
    <message>
        <source>The file cannot be found. Was it moved or deleted?</source>
        <translation>Файлът не може да бъде намерен. Преместен или изтрит ли е?</translation>
    </message>
    <message>
        <source>This is not a normal file (it is a folder, a device or a pipe).</source>
        <translation>Това не е обикновен файл (а папка, устройство или канал).</translation>
    </message>
    <message>
        <source>This is a folder, not a file.</source>
        <translation>Това е папка, а не файл.</translation>
    </message>
    <message>
        <source>The file is empty.</source>
        <translation>Файлът е празен.</translation>
    </message>
    <message>
        <source>The file cannot be read: {reason}</source>
        <translation>Файлът не може да се прочете: {reason}</translation>
    </message>
    <message>
        <source>The file name says {format}, but the file cannot be read as {format}.</source>
        <translation>Името на файла казва {format}, но файлът не може да се прочете като {format}.</translation>
    </message>
    <message>
        <source>This type of file is not supported, so it was not cleaned.</source>
        <translation>Този вид файл не се поддържа, затова не е почистен.</translation>
    </message>
    <message>
        <source>This is a link; it was not followed.</source>
        <translation>Това е връзка; тя не е последвана.</translation>
    </message>
    <message>
        <source>This file could not be read ({kind}).</source>
        <translation>Този файл не можа да се прочете ({kind}).</translation>
    </message>
    <message>
        <source>It holds documents inside documents, too many levels deep.</source>
        <translation>Съдържа документи в документи на твърде много нива.</translation>
    </message>
    <message>
        <source>There is not enough memory to read this file.</source>
        <translation>Няма достатъчно памет, за да се прочете този файл.</translation>
    </message>
    <message>
        <source>There is not enough memory.</source>
        <translation>Няма достатъчно памет.</translation>
    </message>
    <message>
        <source>A file could not be read or written: {reason}</source>
        <translation>Файл не можа да се прочете или запише: {reason}</translation>
    </message>
    <message>
        <source>Unexpected error ({kind}). Nothing was written.</source>
        <translation>Неочаквана грешка ({kind}). Нищо не беше записано.</translation>
    </message>
    <message>
        <source>The copy would replace the original. Choose another name or folder.</source>
        <translation>Копието би заменило оригинала. Изберете друго име или папка.</translation>
    </message>
    <message>
        <source>Replacing the original cannot change the file type. Save copies in a folder instead.</source>
        <translation>При замяна на оригинала видът на файла не може да се промени. Вместо това запазете копия в папка.</translation>
    </message>
    <message>
        <source>This file is a link. Save copies in a folder instead.</source>
        <translation>Този файл е връзка. Вместо това запазете копия в папка.</translation>
    </message>
    <message>
        <source>The clean copy could not be checked again, so it was deleted: {reason}</source>
        <translation>Почистеното копие не можа да се провери отново, затова беше изтрито: {reason}</translation>
    </message>
    <message>
        <source>The clean copy still held data ({left}), so it was deleted.</source>
        <translation>Почистеното копие все още съдържаше данни ({left}), затова беше изтрито.</translation>
    </message>
    <message>
        <source>The folder for the copies cannot be created: {reason}</source>
        <translation>Папката за копията не може да се създаде: {reason}</translation>
    </message>
    <message>
        <source>Nothing can be saved in the folder for the copies: {reason}</source>
        <translation>В папката за копията не може да се запише нищо: {reason}</translation>
    </message>
    <message>
        <source>The copy could not be finished: {reason}</source>
        <translation>Копието не можа да се завърши: {reason}</translation>
    </message>
    <message>
        <source>The copies could not be saved to the disk: {reason}</source>
        <translation>Копията не можаха да се запишат на диска: {reason}</translation>
    </message>
    <message>
        <source>No free name was found for the clean copy.</source>
        <translation>Не беше намерено свободно име за почистеното копие.</translation>
    </message>
    <message>
        <source>The clean copy could not be saved: {reason}</source>
        <translation>Почистеното копие не можа да се запази: {reason}</translation>
    </message>
    <message>
        <source>The earlier copy could not be replaced: {reason}</source>
        <translation>По-ранното копие не можа да се замени: {reason}</translation>
    </message>
    <message>
        <source>This JPEG is damaged: its beginning is missing.</source>
        <translation>Този JPEG е повреден: липсва началото му.</translation>
    </message>
    <message>
        <source>This JPEG is damaged (a wrong length at byte {pos}).</source>
        <translation>Този JPEG е повреден (грешна дължина при байт {pos}).</translation>
    </message>
    <message>
        <source>This JPEG is damaged: its picture does not end where it should.</source>
        <translation>Този JPEG е повреден: изображението му не свършва там, където трябва.</translation>
    </message>
    <message>
        <source>This JPEG is damaged (a missing marker at byte {pos}).</source>
        <translation>Този JPEG е повреден (липсващ маркер при байт {pos}).</translation>
    </message>
    <message>
        <source>This JPEG is cut off before the picture starts.</source>
        <translation>Този JPEG е прекъснат преди началото на изображението.</translation>
    </message>
    <message>
        <source>This JPEG is damaged: it has far too many parts.</source>
        <translation>Този JPEG е повреден: има твърде много части.</translation>
    </message>
    <message>
        <source>This rare kind of JPEG (hierarchical or JPEG-LS) is not supported.</source>
        <translation>Този рядък вид JPEG (йерархичен или JPEG-LS) не се поддържа.</translation>
    </message>
    <message>
        <source>This JPEG holds no picture.</source>
        <translation>Този JPEG не съдържа изображение.</translation>
    </message>
    <message>
        <source>This JPEG is damaged: its picture is not where the file says.</source>
        <translation>Този JPEG е повреден: изображението му не е там, където казва файлът.</translation>
    </message>
    <message>
        <source>This JPEG is damaged: it holds more than one picture frame.</source>
        <translation>Този JPEG е повреден: съдържа повече от един кадър.</translation>
    </message>
    <message>
        <source>This JPEG has other data hidden inside its picture, so it was not cleaned.</source>
        <translation>Този JPEG крие други данни в изображението си, затова не е почистен.</translation>
    </message>
    <message>
        <source>The colour profile is too large.</source>
        <translation>Цветовият профил е твърде голям.</translation>
    </message>
    <message>
        <source>The picture is incomplete: the file was cut off.</source>
        <translation>Изображението е непълно: файлът е прекъснат.</translation>
    </message>
    <message>
        <source>This JPEG is damaged in places; the copy looks the same as the original did.</source>
        <translation>Този JPEG е повреден на места; копието изглежда така, както изглеждаше оригиналът.</translation>
    </message>
    <message>
        <source>The GIF file was cut short; its complete frames were kept.</source>
        <translation>GIF файлът е прекъснат; пълните му кадри са запазени.</translation>
    </message>
    <message>
        <source>The {format} picture was saved as PNG.</source>
        <translation>Изображението {format} е запазено като PNG.</translation>
    </message>
    <message>
        <source>Only the first frame of the animation was kept ({frames} in the file).</source>
        <translation>Запазен е само първият кадър от анимацията (във файла има {frames}).</translation>
    </message>
    <message>
        <source>Only the first page was kept ({frames} in the file).</source>
        <translation>Запазена е само първата страница (във файла има {frames}).</translation>
    </message>
    <message>
        <source>The picture was saved with 8 bits per colour (it had more).</source>
        <translation>Изображението е запазено с 8 бита на цвят (имаше повече).</translation>
    </message>
    <message>
        <source>Colours may look slightly different ({mode} was turned into RGB).</source>
        <translation>Цветовете може да изглеждат малко по-различно ({mode} е превърнат в RGB).</translation>
    </message>
    <message>
        <source>Transparent areas were filled with white (JPEG has no transparency).</source>
        <translation>Прозрачните области са запълнени с бяло (JPEG няма прозрачност).</translation>
    </message>
    <message>
        <source>The form&apos;s XML layer was removed.</source>
        <translation>XML слоят на формуляра е премахнат.</translation>
    </message>
    <message>
        <source>A digital signature was removed.</source>
        <translation>Премахнат е цифров подпис.</translation>
    </message>
    <message>
        <source>Embedded objects (files inside the document) were removed.</source>
        <translation>Вградените обекти (файлове в документа) са премахнати.</translation>
    </message>
    <message>
        <source>Pictures in drawing formats that cannot be checked (SVG, WMF…) were removed.</source>
        <translation>Изображенията във формати за рисунки, които не могат да се проверят (SVG, WMF…), са премахнати.</translation>
    </message>
    <message>
        <source>It is saved as {ext}: the same document without macros.</source>
        <translation>Запазен е като {ext}: същият документ без макроси.</translation>
    </message>
    <message>
        <source>The animation keeps its rotation tag; its frames were not turned.</source>
        <translation>Анимацията запазва етикета си за завъртане; кадрите ѝ не са завъртени.</translation>
    </message>
    <message>
        <source>This TIFF has {count} pages. Many viewers show only the first: check the others too.</source>
        <translation>Този TIFF има {count} страници. Много програми показват само първата: проверете и останалите.</translation>
    </message>
    <message>
        <source>The TIFF keeps its orientation tag; its pixels were not turned.</source>
        <translation>TIFF файлът запазва етикета си за ориентация; пикселите му не са завъртени.</translation>
    </message>
    <message>
        <source>Colours may look slightly different in the JPEG copy.</source>
        <translation>Цветовете може да изглеждат малко по-различно в JPEG копието.</translation>
    </message>
    <message>
        <source>This PNG is cut off before the picture starts.</source>
        <translation>Този PNG е прекъснат преди началото на изображението.</translation>
    </message>
    <message>
        <source>The file was cut off; the clean copy keeps the part that is there.</source>
        <translation>Файлът е прекъснат; почистеното копие запазва наличната част.</translation>
    </message>
    <message>
        <source>The removed data said to turn the picture. Check that it is the right way up.</source>
        <translation>Премахнатите данни казваха изображението да се завърти. Проверете дали е правилно обърнато.</translation>
    </message>
    <message>
        <source>Viewers that do not play animations now show a blank picture instead of a hidden one.</source>
        <translation>Програмите, които не възпроизвеждат анимации, вече показват празно изображение вместо скрито.</translation>
    </message>
    <message>
        <source>The sound was removed.</source>
        <translation>Звукът е премахнат.</translation>
    </message>
    <message>
        <source>The clip had more than 8 bits per colour (HDR); the copy has 8, so colours may look flatter.</source>
        <translation>Клипът имаше повече от 8 бита на цвят (HDR); копието има 8, затова цветовете може да изглеждат по-бледи.</translation>
    </message>
    <message>
        <source>Its broken index was rebuilt the way PDF viewers do it. Check the clean copy.</source>
        <translation>Повреденият му индекс е възстановен така, както го правят програмите за PDF. Проверете почистеното копие.</translation>
    </message>
    <message>
        <source>It was locked against copying, printing or changes, but opens without a password. The clean copy has no lock.</source>
        <translation>Беше заключен срещу копиране, печат или промени, но се отваря без парола. Почистеното копие няма заключване.</translation>
    </message>
    <message>
        <source>Its attached files are locked with a password (the pages are not). The clean copy has no attachments.</source>
        <translation>Прикачените му файлове са заключени с парола (страниците не са). Почистеното копие няма прикачени файлове.</translation>
    </message>
    <message>
        <source>A cropped picture still held the part you cut away. It was removed.</source>
        <translation>Изрязано изображение все още съдържаше частта, която сте отрязали. Тя е премахната.</translation>
    </message>
    <message>
        <source>Pages were turned into pictures: text can no longer be selected or searched.</source>
        <translation>Страниците са превърнати в изображения: текстът вече не може да се маркира или търси.</translation>
    </message>
    <message>
        <source>{count} layers of this PDF are hidden when it opens. They are kept in the copy; to leave them out, choose to turn PDF pages into pictures.</source>
        <translation>Слоевете на този PDF, скрити при отваряне: {count}. Те се запазват в копието; за да ги пропуснете, изберете превръщане на PDF страниците в изображения.</translation>
    </message>
    <message>
        <source>1 layer of this PDF is hidden when it opens. It is kept in the copy; to leave it out, choose to turn PDF pages into pictures.</source>
        <translation>1 слой на този PDF е скрит при отваряне. Той се запазва в копието; за да го пропуснете, изберете превръщане на PDF страниците в изображения.</translation>
    </message>
    <message>
        <source>There is text in white, unseen on a white page, on {count} pages. It is kept in the copy; to leave it out, choose to turn PDF pages into pictures.</source>
        <translation>Бял текст, невидим на бяла страница, има на страници: {count}. Той се запазва в копието; за да го пропуснете, изберете превръщане на PDF страниците в изображения.</translation>
    </message>
    <message>
        <source>There is text in white, unseen on a white page, on 1 page. It is kept in the copy; to leave it out, choose to turn PDF pages into pictures.</source>
        <translation>Бял текст, невидим на бяла страница, има на 1 страница. Той се запазва в копието; за да го пропуснете, изберете превръщане на PDF страниците в изображения.</translation>
    </message>
    <message>
        <source>There is text placed outside the page on {count} pages. It is kept in the copy; to leave it out, choose to turn PDF pages into pictures.</source>
        <translation>Текст, поставен извън страницата, има на страници: {count}. Той се запазва в копието; за да го пропуснете, изберете превръщане на PDF страниците в изображения.</translation>
    </message>
    <message>
        <source>There is text placed outside the page on 1 page. It is kept in the copy; to leave it out, choose to turn PDF pages into pictures.</source>
        <translation>Текст, поставен извън страницата, има на 1 страница. Той се запазва в копието; за да го пропуснете, изберете превръщане на PDF страниците в изображения.</translation>
    </message>
    <message>
        <source>Embedded fonts were removed.</source>
        <translation>Вградените шрифтове са премахнати.</translation>
    </message>
    <message>
        <source>Videos and sounds were removed: they could not be checked.</source>
        <translation>Видеата и звуците са премахнати: не можеха да бъдат проверени.</translation>
    </message>
    <message>
        <source>Pictures in drawing formats that cannot be checked (EMF, WMF, SVG…) were removed.</source>
        <translation>Изображенията във формати за рисунки, които не могат да се проверят (EMF, WMF, SVG…), са премахнати.</translation>
    </message>
    <message>
        <source>The photo was saved again at high quality ({reason}).</source>
        <translation>Снимката е записана отново с високо качество ({reason}).</translation>
    </message>
    <message>
        <source>The macros (programs) in this document were removed.</source>
        <translation>Макросите (програмите) в този документ са премахнати.</translation>
    </message>
    <message>
        <source>This PDF asks for a password to open it. Remove the password first.</source>
        <translation>Този PDF иска парола, за да се отвори. Първо премахнете паролата.</translation>
    </message>
    <message>
        <source>This PDF is damaged and cannot be cleaned safely.</source>
        <translation>Този PDF е повреден и не може да се почисти безопасно.</translation>
    </message>
    <message>
        <source>This PDF is damaged and cannot be cleaned safely: its end is missing.</source>
        <translation>Този PDF е повреден и не може да се почисти безопасно: краят му липсва.</translation>
    </message>
    <message>
        <source>This PDF is damaged (cut off, or parts of it are broken) and cannot be cleaned safely. Saving it again from a PDF viewer may repair it.</source>
        <translation>Този PDF е повреден (прекъснат или с развалени части) и не може да се почисти безопасно. Повторното му запазване от програма за PDF може да го поправи.</translation>
    </message>
    <message>
        <source>This {format} picture is damaged and cannot be decoded: part of it is missing.</source>
        <translation>Това изображение {format} е повредено и не може да се декодира: част от него липсва.</translation>
    </message>
    <message>
        <source>{count} slides are hidden. They are kept in the copy; to remove them, turn on removing hidden content.</source>
        <translation>{count} слайда са скрити. Те се запазват в копието; за да ги премахнете, включете премахването на скритото съдържание.</translation>
    </message>
    <message>
        <source>1 slide is hidden. It is kept in the copy; to remove it, turn on removing hidden content.</source>
        <translation>1 слайд е скрит. Той се запазва в копието; за да го премахнете, включете премахването на скритото съдържание.</translation>
    </message>
    <message>
        <source>There are speaker notes on {count} slides. They are kept in the copy; to remove them, turn on removing speaker notes.</source>
        <translation>Има бележки на докладчика на {count} слайда. Те се запазват в копието; за да ги премахнете, включете премахването на бележките на докладчика.</translation>
    </message>
    <message>
        <source>There are speaker notes on 1 slide. They are kept in the copy; to remove them, turn on removing speaker notes.</source>
        <translation>Има бележки на докладчика на 1 слайд. Те се запазват в копието; за да ги премахнете, включете премахването на бележките на докладчика.</translation>
    </message>
    <message>
        <source>{count} sheets are hidden. They are kept in the copy; to remove them, turn on removing hidden content.</source>
        <translation>{count} листа са скрити. Те се запазват в копието; за да ги премахнете, включете премахването на скритото съдържание.</translation>
    </message>
    <message>
        <source>1 sheet is hidden. It is kept in the copy; to remove it, turn on removing hidden content.</source>
        <translation>1 лист е скрит. Той се запазва в копието; за да го премахнете, включете премахването на скритото съдържание.</translation>
    </message>
    <message>
        <source>There is hidden text in {count} places. It is kept in the copy; to remove it, turn on removing hidden content.</source>
        <translation>Има скрит текст на {count} места. Той се запазва в копието; за да го премахнете, включете премахването на скритото съдържание.</translation>
    </message>
    <message>
        <source>There is hidden text in 1 place. It is kept in the copy; to remove it, turn on removing hidden content.</source>
        <translation>Има скрит текст на 1 място. Той се запазва в копието; за да го премахнете, включете премахването на скритото съдържание.</translation>
    </message>
    <message>
        <source>{count} sections are hidden. They are kept in the copy; to remove them, turn on removing hidden content.</source>
        <translation>{count} раздела са скрити. Те се запазват в копието; за да ги премахнете, включете премахването на скритото съдържание.</translation>
    </message>
    <message>
        <source>1 section is hidden. It is kept in the copy; to remove it, turn on removing hidden content.</source>
        <translation>1 раздел е скрит. Той се запазва в копието; за да го премахнете, включете премахването на скритото съдържание.</translation>
    </message>
    <message>
        <source>A cropped photo still held the part you cut away. It was removed.</source>
        <translation>Изрязана снимка все още съдържаше частта, която сте отрязали. Тя е премахната.</translation>
    </message>
    <message>
        <source>{count} cropped photos still held the parts you cut away. They were removed.</source>
        <translation>{count} изрязани снимки все още съдържаха частите, които сте отрязали. Те са премахнати.</translation>
    </message>
    <message>
        <source>The camera fingerprint was weakened, not removed. The picture was resized from {before} to {after} pixels.</source>
        <translation>„Отпечатъкът“ на фотоапарата е отслабен, но не е премахнат. Размерът на изображението е променен от {before} на {after} пиксела.</translation>
    </message>
    <message>
        <source>This document is protected by a password. Remove the password first.</source>
        <translation>Този документ е защитен с парола. Първо премахнете паролата.</translation>
    </message>
    <message>
        <source>This document is damaged: its contents cannot be unpacked.</source>
        <translation>Този документ е повреден: съдържанието му не може да се разопакова.</translation>
    </message>
    <message>
        <source>This document is damaged and cannot be read safely.</source>
        <translation>Този документ е повреден и не може да се прочете безопасно.</translation>
    </message>
    <message>
        <source>This TIFF file holds no picture.</source>
        <translation>Този TIFF файл не съдържа изображение.</translation>
    </message>
    <message>
        <source>Camera RAW files are not supported. Export a TIFF or JPEG first.</source>
        <translation>RAW файловете от фотоапарати не се поддържат. Първо експортирайте TIFF или JPEG.</translation>
    </message>
    <message>
        <source>This TIFF file is damaged.</source>
        <translation>Този TIFF файл е повреден.</translation>
    </message>
    <message>
        <source>Old-style JPEG TIFF files are not supported. Convert them first.</source>
        <translation>TIFF файловете със стария вид JPEG компресия не се поддържат. Първо ги преобразувайте.</translation>
    </message>
    <message>
        <source>This TIFF file is cut off or damaged.</source>
        <translation>Този TIFF файл е прекъснат или повреден.</translation>
    </message>
    <message>
        <source>This {format} picture is encrypted.</source>
        <translation>Това {format} изображение е шифровано.</translation>
    </message>
    <message>
        <source>This {format} picture is damaged and cannot be decoded.</source>
        <translation>Това {format} изображение е повредено и не може да се декодира.</translation>
    </message>
    <message>
        <source>The description of this {format} picture is too large to check.</source>
        <translation>Описанието на това {format} изображение е твърде голямо, за да се провери.</translation>
    </message>
    <message>
        <source>{format} picture sequences and videos are not supported.</source>
        <translation>Поредици от изображения и видеа във формат {format} не се поддържат.</translation>
    </message>
    <message>
        <source>This {format} file has too many parts to check safely.</source>
        <translation>Този {format} файл има твърде много части, за да бъде проверен безопасно.</translation>
    </message>
    <message>
        <source>This picture is AVIF, not HEIC. Rename it to end in .avif.</source>
        <translation>Това изображение е AVIF, а не HEIC. Преименувайте го така, че да завършва на .avif.</translation>
    </message>
    <message>
        <source>The picture is too small to save as HEIC. Choose JPEG copies instead.</source>
        <translation>Изображението е твърде малко, за да се запази като HEIC. Вместо това изберете JPEG копия.</translation>
    </message>
    <message>
        <source>The picture could not be saved as HEIC. Choose JPEG copies instead.</source>
        <translation>Изображението не можа да се запази като HEIC. Вместо това изберете JPEG копия.</translation>
    </message>
    <message>
        <source>The picture is too large to process ({size} pixels).</source>
        <translation>Изображението е твърде голямо за обработка ({size} пиксела).</translation>
    </message>
    <message>
        <source>This is not a valid PNG file.</source>
        <translation>Това не е валиден PNG файл.</translation>
    </message>
    <message>
        <source>This PNG file is damaged (a part of it is not valid).</source>
        <translation>Този PNG файл е повреден (част от него не е валидна).</translation>
    </message>
    <message>
        <source>This PNG file is damaged: its beginning is missing.</source>
        <translation>Този PNG файл е повреден: началото му липсва.</translation>
    </message>
    <message>
        <source>This PDF is too complex to be checked safely.</source>
        <translation>Този PDF е твърде сложен, за да бъде проверен безопасно.</translation>
    </message>
    <message>
        <source>This PDF has too many levels, one inside another, to be checked safely.</source>
        <translation>Този PDF има твърде много нива, вложени едно в друго, за да бъде проверен безопасно.</translation>
    </message>
    <message>
        <source>The drawings in this PDF are put one inside another too many times to be checked safely.</source>
        <translation>Рисунките в този PDF са вложени една в друга твърде много пъти, за да бъдат проверени безопасно.</translation>
    </message>
    <message>
        <source>This PDF has too many parts ({count}) to be checked safely.</source>
        <translation>Този PDF има твърде много части ({count}), за да бъде проверен безопасно.</translation>
    </message>
    <message>
        <source>This PDF has too many pages ({count}) to turn them into pictures.</source>
        <translation>Този PDF има твърде много страници ({count}), за да бъдат превърнати в изображения.</translation>
    </message>
    <message>
        <source>This PDF could not be given a new document ID, so it was not cleaned.</source>
        <translation>На този PDF не можа да се даде нов идентификатор на документа, затова не е почистен.</translation>
    </message>
    <message>
        <source>This PDF could not be copied faithfully, so it was not cleaned.</source>
        <translation>Този PDF не можа да се копира точно, затова не е почистен.</translation>
    </message>
    <message>
        <source>A page of this PDF has pictures on it that cannot be checked. To clean this PDF, choose to turn PDF pages into pictures.</source>
        <translation>Една от страниците на този PDF съдържа изображения, които не могат да се проверят. За да почистите този PDF, изберете превръщане на PDF страниците в изображения.</translation>
    </message>
    <message>
        <source>A picture in this PDF is shown through a shape that hides part of it, and it cannot be cut exactly. To clean this PDF, choose to turn PDF pages into pictures.</source>
        <translation>Изображение в този PDF се показва през форма, която скрива част от него, и не може да се изреже точно. За да почистите този PDF, изберете превръщане на PDF страниците в изображения.</translation>
    </message>
    <message>
        <source>A picture in this PDF has a hidden part, stored in a way that cannot be cut away. To clean this PDF, choose to turn PDF pages into pictures.</source>
        <translation>Изображение в този PDF има скрита част, съхранена така, че не може да се отреже. За да почистите този PDF, изберете превръщане на PDF страниците в изображения.</translation>
    </message>
    <message>
        <source>A picture in this PDF has a hidden part and is too large to be cut. To clean this PDF, choose to turn PDF pages into pictures.</source>
        <translation>Изображение в този PDF има скрита част и е твърде голямо, за да се изреже. За да почистите този PDF, изберете превръщане на PDF страниците в изображения.</translation>
    </message>
    <message>
        <source>A picture in this PDF is stored in a way that cannot be checked.</source>
        <translation>Изображение в този PDF е съхранено така, че не може да се провери.</translation>
    </message>
    <message>
        <source>A picture drawn inside a page of this PDF is stored in a way that cannot be checked.</source>
        <translation>Изображение, нарисувано вътре в страница на този PDF, е съхранено така, че не може да се провери.</translation>
    </message>
    <message>
        <source>A colour profile in this PDF is stored in a way that cannot be checked.</source>
        <translation>Цветови профил в този PDF е съхранен така, че не може да се провери.</translation>
    </message>
    <message>
        <source>A picture drawn inside a page of this PDF could not be saved again without its hidden data.</source>
        <translation>Изображение, нарисувано вътре в страница на този PDF, не можа да се запише отново без скритите си данни.</translation>
    </message>
    <message>
        <source>A picture in this PDF is too large once unpacked (more than {mb} MB).</source>
        <translation>Изображение в този PDF е твърде голямо след разопаковане (над {mb} МБ).</translation>
    </message>
    <message>
        <source>A picture drawn inside a page of this PDF is too large once unpacked (more than {mb} MB).</source>
        <translation>Изображение, нарисувано вътре в страница на този PDF, е твърде голямо след разопаковане (над {mb} МБ).</translation>
    </message>
    <message>
        <source>A page of this PDF is too large once unpacked (more than {mb} MB).</source>
        <translation>Страница на този PDF е твърде голяма след разопаковане (над {mb} МБ).</translation>
    </message>
    <message>
        <source>A colour profile in this PDF is too large once unpacked (more than {mb} MB).</source>
        <translation>Цветови профил в този PDF е твърде голям след разопаковане (над {mb} МБ).</translation>
    </message>
    <message>
        <source>A JPEG 2000 picture in this PDF has comments that cannot be removed.</source>
        <translation>JPEG 2000 изображение в този PDF съдържа коментари, които не могат да се премахнат.</translation>
    </message>
    <message>
        <source>There is a problem with a picture in this PDF. {problem}</source>
        <translation>Има проблем с изображение в този PDF. {problem}</translation>
    </message>
    <message>
        <source>There is a problem with a picture drawn inside a page of this PDF. {problem}</source>
        <translation>Има проблем с изображение, нарисувано вътре в страница на този PDF. {problem}</translation>
    </message>
    <message>
        <source>Unpacked, this document would take more than {mb} MB: too much to be checked safely.</source>
        <translation>Разопакован, този документ би заел над {mb} МБ: твърде много, за да бъде проверен безопасно.</translation>
    </message>
    <message>
        <source>A part of this document ({part}) holds an XML declaration used in attacks, so it was not opened.</source>
        <translation>Част от този документ ({part}) съдържа XML декларация, използвана при атаки, затова документът не е отворен.</translation>
    </message>
    <message>
        <source>There is a problem with a picture in this document ({part}). {problem}</source>
        <translation>Има проблем с изображение в този документ ({part}). {problem}</translation>
    </message>
    <message>
        <source>There is a problem with a document inside this document ({part}). {problem}</source>
        <translation>Има проблем с документ вътре в този документ ({part}). {problem}</translation>
    </message>
    <message>
        <source>This document is packed in a way used to crash programs (a zip bomb), so it was not opened.</source>
        <translation>Този документ е пакетиран по начин, който се използва за сриване на програми (zip бомба), затова не е отворен.</translation>
    </message>
    <message>
        <source>This zip file is not an OpenDocument file.</source>
        <translation>Този zip файл не е OpenDocument файл.</translation>
    </message>
    <message>
        <source>This kind of OpenDocument file is not supported.</source>
        <translation>Този вид OpenDocument файл не се поддържа.</translation>
    </message>
    <message>
        <source>This zip file is not an Office document.</source>
        <translation>Този zip файл не е Office документ.</translation>
    </message>
    <message>
        <source>This kind of Office document is not supported.</source>
        <translation>Този вид Office документ не се поддържа.</translation>
    </message>
    <message>
        <source>This is an old-style Office file (.doc, .xls, .ppt) or a document protected by a password. Open it in Office and save it as .docx, .xlsx or .pptx, without a password.</source>
        <translation>Това е Office файл от стар тип (.doc, .xls, .ppt) или документ, защитен с парола. Отворете го в Office и го запазете като .docx, .xlsx или .pptx, без парола.</translation>
    </message>
    <message>
        <source>This document is saved as Strict Open XML, which is not supported. Save it again as an ordinary .docx, .xlsx or .pptx file.</source>
        <translation>Този документ е запазен като Strict Open XML, което не се поддържа. Запазете го отново като обикновен .docx, .xlsx или .pptx файл.</translation>
    </message>
    <message>
        <source>Part of this document&apos;s text is stored inside it as a web page or in another format, which cannot be checked. Open it in Word and save it again.</source>
        <translation>Част от текста на този документ е съхранена в него като уеб страница или в друг формат, който не може да се провери. Отворете го в Word и го запазете отново.</translation>
    </message>
    <message>
        <source>The picture is too large to process.</source>
        <translation>Изображението е твърде голямо за обработка.</translation>
    </message>
    <message>
        <source>A cropped picture in it is too large to cut safely.</source>
        <translation>Изрязано изображение в него е твърде голямо, за да се отреже безопасно.</translation>
    </message>
    <message>
        <source>Areas cannot be covered in {format} pictures.</source>
        <translation>В {format} изображения не могат да се покриват области.</translation>
    </message>
    <message>
        <source>{format} files are not video clips.</source>
        <translation>{format} файловете не са видеоклипове.</translation>
    </message>
    <message>
        <source>Covering areas makes a new copy: the original is never changed. Save copies in a folder instead.</source>
        <translation>Покриването на области създава ново копие: оригиналът никога не се променя. Вместо това запазете копия в папка.</translation>
    </message>
    <message>
        <source>This clip is turned by {degrees} degrees, which is not supported.</source>
        <translation>Този клип е завъртян на {degrees}°, което не се поддържа.</translation>
    </message>
    <message>
        <source>The clip is too large to process ({size} pixels).</source>
        <translation>Клипът е твърде голям за обработка ({size} пиксела).</translation>
    </message>
    <message>
        <source>This HEIF picture uses a kind of compression that is not supported ({code}).</source>
        <translation>Това HEIF изображение използва вид компресия, който не се поддържа ({code}).</translation>
    </message>
    <message>
        <source>The picture could not be saved as AVIF.</source>
        <translation>Изображението не можа да се запази като AVIF.</translation>
    </message>
    <message>
        <source>This {format} file is stored in pieces, as when it is streamed. This is not supported.</source>
        <translation>Този {format} файл е съхранен на части, както при поточно предаване. Това не се поддържа.</translation>
    </message>
    <message>
        <source>The header of this {format} file is split up or compressed. This is not supported.</source>
        <translation>Заглавната част на този {format} файл е разделена или компресирана. Това не се поддържа.</translation>
    </message>
    <message>
        <source>This {format} file plays sound or pictures stored in other files. This is not supported.</source>
        <translation>Този {format} файл възпроизвежда звук или изображения, съхранени в други файлове. Това не се поддържа.</translation>
    </message>
    <message>
        <source>This {format} file is copy-protected, so it cannot be cleaned.</source>
        <translation>Този {format} файл е защитен срещу копиране, затова не може да се почисти.</translation>
    </message>
    <message>
        <source>This {format} file is too large to clean.</source>
        <translation>Този {format} файл е твърде голям, за да се почисти.</translation>
    </message>
    <message>
        <source>The sound of this video is stored in a way that is not supported.</source>
        <translation>Звукът на това видео е съхранен по начин, който не се поддържа.</translation>
    </message>
    <message>
        <source>The sound of this video is in an old format that is not supported.</source>
        <translation>Звукът на това видео е в стар формат, който не се поддържа.</translation>
    </message>
    <message>
        <source>This M4A file also holds video, chapters or text, which cannot be cleaned here.</source>
        <translation>Този M4A файл съдържа и видео, глави или текст, които не могат да се почистят тук.</translation>
    </message>
    <message>
        <source>This is copy-protected iTunes music. Its purchase record cannot be removed without breaking it.</source>
        <translation>Това е музика от iTunes, защитена срещу копиране. Записът за покупката ѝ не може да се премахне, без музиката да се развали.</translation>
    </message>
    <message>
        <source>This FLAC file starts with an ID3 tag, which FLAC players do not expect, so it was not cleaned.</source>
        <translation>Този FLAC файл започва с ID3 таг, който FLAC плейърите не очакват, затова не е почистен.</translation>
    </message>
    <message>
        <source>Bare AAC sound files are not supported, only AAC inside M4A files.</source>
        <translation>Самостоятелни AAC звукови файлове не се поддържат, само AAC в M4A файлове.</translation>
    </message>
    <message>
        <source>This Ogg file holds video or a kind of sound that cannot be cleaned. Only Vorbis and Opus are supported.</source>
        <translation>Този Ogg файл съдържа видео или вид звук, който не може да се почисти. Поддържат се само Vorbis и Opus.</translation>
    </message>
    <message>
        <source>This PNG has a part that is not standard ({part}), so it was not cleaned.</source>
        <translation>Този PNG има част, която не е стандартна ({part}), затова не е почистен.</translation>
    </message>
    <message>
        <source>This animated PNG hides a still picture too large to replace, so it was not cleaned.</source>
        <translation>Този анимиран PNG крие неподвижно изображение, твърде голямо за замяна, затова не е почистен.</translation>
    </message>
    <message>
        <source>This TIFF has more than {count} pages.</source>
        <translation>Този TIFF има повече от {count} страници.</translation>
    </message>
    <message>
        <source>This TIFF is damaged: its picture data adds up to more than the file.</source>
        <translation>Този TIFF е повреден: данните на изображението му общо са повече от самия файл.</translation>
    </message>
    <message>
        <source>The first page of this TIFF is only a preview. Such TIFF files are not supported.</source>
        <translation>Първата страница на този TIFF е само умалено изображение за преглед. Такива TIFF файлове не се поддържат.</translation>
    </message>
    <message>
        <source>The clean TIFF would be larger than 4 GB.</source>
        <translation>Почистеният TIFF би бил по-голям от 4 ГБ.</translation>
    </message>
    <message>
        <source>a crop hid part of the picture</source>
        <extracomment>Why the photo was saved again, in &quot;The photo was saved again at high quality ({reason}).&quot;</extracomment>
        <translation>изрязването скриваше част от изображението</translation>
    </message>
    <message>
        <source>colours under its see-through areas could hide a picture</source>
        <extracomment>Why the photo was saved again, in &quot;The photo was saved again at high quality ({reason}).&quot;</extracomment>
        <translation>цветовете под прозрачните ѝ области можеха да скрият изображение</translation>
    </message>
    <message>
        <source>it is made of layers that can cover one another</source>
        <extracomment>Why the photo was saved again, in &quot;The photo was saved again at high quality ({reason}).&quot;</extracomment>
        <translation>тя е съставена от слоеве, които могат да се покриват един друг</translation>
    </message>
    <message>
        <source>its tiles do not fit together in a regular grid</source>
        <extracomment>Why the photo was saved again, in &quot;The photo was saved again at high quality ({reason}).&quot;</extracomment>
        <translation>плочките ѝ не се подреждат в правилна решетка</translation>
    </message>
    <message>
        <source>whole tiles of its picture were hidden</source>
        <extracomment>Why the photo was saved again, in &quot;The photo was saved again at high quality ({reason}).&quot;</extracomment>
        <translation>цели плочки от изображението ѝ бяха скрити</translation>
    </message>
    <message>
        <source>its picture is stored in another file</source>
        <extracomment>Why the photo was saved again, in &quot;The photo was saved again at high quality ({reason}).&quot;</extracomment>
        <translation>изображението ѝ се съхранява в друг файл</translation>
    </message>
    <message>
        <source>its picture is built from data stored elsewhere in the file</source>
        <extracomment>Why the photo was saved again, in &quot;The photo was saved again at high quality ({reason}).&quot;</extracomment>
        <translation>изображението ѝ е изградено от данни, съхранени другаде във файла</translation>
    </message>
    <message>
        <source>its picture data is not where it should be in the file</source>
        <extracomment>Why the photo was saved again, in &quot;The photo was saved again at high quality ({reason}).&quot;</extracomment>
        <translation>данните на изображението ѝ не са там, където трябва да бъдат във файла</translation>
    </message>
</context>
<context>
    <name>plain</name>
    <message>
        <source>1 item</source>
        <translation>1 елемент</translation>
    </message>
    <message>
        <source>{count} items</source>
        <translation>{count} елемента</translation>
    </message>
    <message>
        <source>in the file name: {shown}</source>
        <translation>в името на файла: {shown}</translation>
    </message>
    <message>
        <source>{values} and {count} more</source>
        <translation>{values} и още {count}</translation>
    </message>
    <message>
        <source>{deg}° N</source>
        <translation>{deg}° с. ш.</translation>
    </message>
    <message>
        <source>{deg}° S</source>
        <translation>{deg}° ю. ш.</translation>
    </message>
    <message>
        <source>{deg}° E</source>
        <translation>{deg}° и. д.</translation>
    </message>
    <message>
        <source>{deg}° W</source>
        <translation>{deg}° з. д.</translation>
    </message>
    <message>
        <source>serial {number}</source>
        <translation>сериен № {number}</translation>
    </message>
</context>
<context>
    <name>words</name>
    <message>
        <source>location</source>
        <translation>местоположение</translation>
    </message>
    <message>
        <source>phone/camera</source>
        <translation>телефон/фотоапарат</translation>
    </message>
    <message>
        <source>your name</source>
        <translation>вашето име</translation>
    </message>
    <message>
        <source>date</source>
        <translation>дата</translation>
    </message>
    <message>
        <source>hidden extra image/video</source>
        <translation>скрито допълнително изображение/видео</translation>
    </message>
    <message>
        <source>editing history</source>
        <translation>история на редакциите</translation>
    </message>
    <message>
        <source>other hidden data</source>
        <translation>други скрити данни</translation>
    </message>
    <message>
        <source>Reveals where it was taken or made</source>
        <translation>Показва къде е направено или създадено</translation>
    </message>
    <message>
        <source>Identifies your phone or camera</source>
        <translation>Разкрива телефона или фотоапарата ви</translation>
    </message>
    <message>
        <source>Contains a name</source>
        <translation>Съдържа име</translation>
    </message>
    <message>
        <source>Tells when it was taken or made</source>
        <translation>Показва кога е направено или създадено</translation>
    </message>
    <message>
        <source>Hides an extra picture, video or file</source>
        <translation>Скрива допълнително изображение, видео или файл</translation>
    </message>
    <message>
        <source>Shows editing history or the apps used</source>
        <translation>Показва историята на редакциите или използваните приложения</translation>
    </message>
    <message>
        <source>Other hidden data</source>
        <translation>Други скрити данни</translation>
    </message>
    <message>
        <source>Location</source>
        <translation>Местоположение</translation>
    </message>
    <message>
        <source>Phone or camera</source>
        <translation>Телефон или фотоапарат</translation>
    </message>
    <message>
        <source>Names</source>
        <translation>Имена</translation>
    </message>
    <message>
        <source>Date and time</source>
        <translation>Дата и час</translation>
    </message>
    <message>
        <source>Hidden extras</source>
        <translation>Скрити вложения</translation>
    </message>
    <message>
        <source>Apps and editing</source>
        <translation>Приложения и редакции</translation>
    </message>
    <message>
        <source>Other data</source>
        <translation>Други данни</translation>
    </message>
    <message>
        <source>Cleaned</source>
        <translation>Почистено</translation>
    </message>
    <message>
        <source>Nothing to remove</source>
        <translation>Няма нищо за премахване</translation>
    </message>
    <message>
        <source>Not supported</source>
        <translation>Не се поддържа</translation>
    </message>
    <message>
        <source>Could not be cleaned</source>
        <translation>Не можа да се почисти</translation>
    </message>
    <message>
        <source>Cancelled</source>
        <translation>Отказано</translation>
    </message>
    <message>
        <source>removed: {what}</source>
        <translation>премахнато: {what}</translation>
    </message>
    <message>
        <source>still in the copy: {what}</source>
        <translation>все още в копието: {what}</translation>
    </message>
    <message>
        <source>This file is damaged or incomplete.</source>
        <translation>Този файл е повреден или непълен.</translation>
    </message>
    <message>
        <source>This type of file is not supported yet.</source>
        <translation>Този вид файл все още не се поддържа.</translation>
    </message>
    <message>
        <source>This file cannot be found or is not a normal file.</source>
        <translation>Този файл не може да бъде намерен или не е обикновен файл.</translation>
    </message>
    <message>
        <source>Scrubber cannot clean this file safely (for example it is too large or protected by a password).</source>
        <translation>Scrubber не може да почисти този файл безопасно (например е твърде голям или е защитен с парола).</translation>
    </message>
    <message>
        <source>The copy could not be written (is the disk full or the folder read-only?)</source>
        <translation>Копието не можа да се запише (дискът пълен ли е, или папката е само за четене?)</translation>
    </message>
    <message>
        <source>The copy still contained identifying data, so it was deleted.</source>
        <translation>Копието все още съдържаше данни, по които могат да ви разпознаят, затова беше изтрито.</translation>
    </message>
    <message>
        <source>Not done: cleaning was cancelled.</source>
        <translation>Не е изпълнено: почистването беше отказано.</translation>
    </message>
    <message>
        <source>The areas to cover do not fit this picture, so nothing was written.</source>
        <translation>Областите за покриване не пасват на това изображение, затова нищо не беше записано.</translation>
    </message>
    <message>
        <source>Finding faces automatically does not work on this computer.</source>
        <translation>Автоматичното откриване на лица не работи на този компютър.</translation>
    </message>
    <message>
        <source>Photos with areas to cover or a weakened camera fingerprint need a copy: turn off “Replace the originals”.</source>
        <translation>Снимките с области за покриване или с отслабен „отпечатък“ на фотоапарата се нуждаят от копие: изключете „Замяна на оригиналите“.</translation>
    </message>
    <message>
        <source>This is a link to another file or folder; it was not followed.</source>
        <translation>Това е връзка към друг файл или папка; тя не беше последвана.</translation>
    </message>
    <message>
        <source>There is not enough memory to clean this file.</source>
        <translation>Няма достатъчно памет, за да се почисти този файл.</translation>
    </message>
    <message>
        <source>This file made Scrubber&apos;s reader crash (the file may be damaged). It was not cleaned.</source>
        <translation>Този файл срина четеца на Scrubber (файлът може да е повреден). Не е почистен.</translation>
    </message>
    <message>
        <source>Reading this file took far too long (it may be damaged), so it was stopped. It was not cleaned.</source>
        <translation>Четенето на този файл отне твърде дълго (може да е повреден), затова беше спряно. Файлът не е почистен.</translation>
    </message>
    <message>
        <source>Something went wrong in Scrubber with this file. Nothing was written.</source>
        <translation>Нещо в Scrubber се обърка с този файл. Нищо не беше записано.</translation>
    </message>
</context>
</TS>
