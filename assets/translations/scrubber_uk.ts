<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="uk">
<context>
    <name>BatchModel</name>
    <message>
        <source>File</source>
        <translation>Файл</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>Тип</translation>
    </message>
    <message>
        <source>What it reveals</source>
        <translation>Що він видає</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Стан</translation>
    </message>
    <message>
        <source>nothing found</source>
        <translation>нічого не знайдено</translation>
    </message>
    <message>
        <source>Link: not followed</source>
        <translation>Посилання: не відкрито</translation>
    </message>
    <message>
        <source>Checking…</source>
        <translation>Перевірка…</translation>
    </message>
    <message>
        <source>Not supported</source>
        <translation>Не підтримується</translation>
    </message>
    <message>
        <source>Could not be read</source>
        <translation>Не вдалося прочитати</translation>
    </message>
    <message>
        <source>Cleaning… {percent}%</source>
        <translation>Очищення… {percent}%</translation>
    </message>
    <message>
        <source>Cleaning…</source>
        <translation>Очищення…</translation>
    </message>
    <message>
        <source>Ready; areas to cover: {count}</source>
        <translation>Готово; ділянок для закриття: {count}</translation>
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
        <translation>&amp;Час у кліпі</translation>
    </message>
    <message>
        <source>Time in the clip</source>
        <translation>Час у кліпі</translation>
    </message>
    <message>
        <source>Frame of the clip</source>
        <translation>Кадр кліпу</translation>
    </message>
    <message>
        <source>From this f&amp;rame</source>
        <translation>&amp;Від цього кадру</translation>
    </message>
    <message>
        <source>The selected areas (or all) are covered from this frame on</source>
        <translation>Вибрані ділянки (або всі) закриваються від цього кадру і далі</translation>
    </message>
    <message>
        <source>Until t&amp;his frame</source>
        <translation>До &amp;цього кадру</translation>
    </message>
    <message>
        <source>The selected areas (or all) are covered up to this frame</source>
        <translation>Вибрані ділянки (або всі) закриваються до цього кадру</translation>
    </message>
    <message>
        <source>Whole cli&amp;p</source>
        <translation>&amp;Увесь кліп</translation>
    </message>
    <message>
        <source>The selected areas (or all) are covered in every frame</source>
        <translation>Вибрані ділянки (або всі) закриваються в кожному кадрі</translation>
    </message>
    <message>
        <source>{name} ({start} to {end} s)</source>
        <translation>{name} (з {start} до {end} с)</translation>
    </message>
    <message>
        <source>Areas cover every frame of the clip. Faces move: to cover them in every frame, turn on “Cover the faces found in photos and clips” in the main window.</source>
        <translation>Ділянки закривають кожен кадр кліпу. Обличчя рухаються: щоб закрити їх у кожному кадрі, увімкніть «Закривати обличчя, знайдені на фото й у кліпах» у головному вікні.</translation>
    </message>
    <message>
        <source>Face detection is not available ({reason}).</source>
        <translation>Розпізнавання облич недоступне ({reason}).</translation>
    </message>
    <message>
        <source>Looking for faces…</source>
        <translation>Пошук облич…</translation>
    </message>
    <message>
        <source>Faces seen in this frame (dashed outlines): {count}.</source>
        <translation>Облич у цьому кадрі (пунктирні контури): {count}.</translation>
    </message>
</context>
<context>
    <name>DetailsPane</name>
    <message>
        <source>Details: {detail}</source>
        <translation>Подробиці: {detail}</translation>
    </message>
    <message>
        <source>Details of the selected file</source>
        <translation>Подробиці вибраного файлу</translation>
    </message>
    <message>
        <source>File type</source>
        <translation>Тип файлу</translation>
    </message>
    <message>
        <source>Before</source>
        <translation>До</translation>
    </message>
    <message>
        <source>After</source>
        <translation>Після</translation>
    </message>
    <message>
        <source>Picture before cleaning</source>
        <translation>Зображення до очищення</translation>
    </message>
    <message>
        <source>Picture of the clean copy</source>
        <translation>Зображення очищеної копії</translation>
    </message>
    <message>
        <source>Before: what the file gives away</source>
        <translation>До: що видає файл</translation>
    </message>
    <message>
        <source>After: the clean copy</source>
        <translation>Після: очищена копія</translation>
    </message>
    <message>
        <source>Something that could identify you is still in the copy. Do not post it. The list below shows what remains.</source>
        <translation>У копії все ще є те, за чим вас можна впізнати. Не публікуйте її. Що залишилося — у списку нижче.</translation>
    </message>
    <message>
        <source>Found in the file before cleaning</source>
        <translation>Знайдено у файлі до очищення</translation>
    </message>
    <message>
        <source>The clean copy: what was removed and what remains</source>
        <translation>Очищена копія: що видалено і що залишилося</translation>
    </message>
    <message>
        <source>What</source>
        <translation>Що</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>Значення</translation>
    </message>
    <message>
        <source>Select a file in the list to see what it gives away.</source>
        <translation>Виберіть файл у списку, щоб побачити, що він видає.</translation>
    </message>
    <message>
        <source>Technical details: every tag and value</source>
        <translation>Технічні подробиці: усі теги та значення</translation>
    </message>
    <message>
        <source>Result</source>
        <translation>Результат</translation>
    </message>
    <message>
        <source>Areas to cover</source>
        <translation>Ділянки для закриття</translation>
    </message>
    <message>
        <source>Details of the problem</source>
        <translation>Подробиці проблеми</translation>
    </message>
    <message>
        <source>1 area will be covered</source>
        <translation>Буде закрито 1 ділянку</translation>
    </message>
    <message>
        <source>{count} areas will be covered</source>
        <translation>Ділянок буде закрито: {count}</translation>
    </message>
    <message>
        <source>Checking this file…</source>
        <translation>Перевірка цього файлу…</translation>
    </message>
    <message>
        <source>Nothing found that could identify you.</source>
        <translation>Не знайдено нічого, за чим вас можна впізнати.</translation>
    </message>
    <message>
        <source>1 thing found that could identify you.</source>
        <translation>Знайдено 1 річ, за якою вас можна впізнати.</translation>
    </message>
    <message>
        <source>{count} things found that could identify you.</source>
        <translation>Знайдено речей, за якими вас можна впізнати: {count}.</translation>
    </message>
    <message>
        <source>No clean copy can be made because the file could not be read.</source>
        <translation>Очищену копію неможливо створити, бо файл не вдалося прочитати.</translation>
    </message>
    <message>
        <source>Cleaning…</source>
        <translation>Очищення…</translation>
    </message>
    <message>
        <source>Not cleaned yet. Press Clean to make a safe copy.</source>
        <translation>Ще не очищено. Натисніть «Очистити», щоб створити безпечну копію.</translation>
    </message>
    <message>
        <source>Saved as: {name}</source>
        <translation>Збережено як: {name}</translation>
    </message>
    <message>
        <source>Faces found and covered: {count}. Check the picture of the copy.</source>
        <translation>Знайдено й закрито облич: {count}. Перевірте зображення копії.</translation>
    </message>
    <message>
        <source>Checked again: nothing that could identify you was found.</source>
        <translation>Перевірено ще раз: нічого, за чим вас можна впізнати, не знайдено.</translation>
    </message>
    <message>
        <source>Still in the copy</source>
        <translation>Ще є в копії</translation>
    </message>
    <message>
        <source>Removed</source>
        <translation>Видалено</translation>
    </message>
    <message>
        <source>still in the copy</source>
        <translation>ще є в копії</translation>
    </message>
    <message>
        <source>removed</source>
        <translation>видалено</translation>
    </message>
    <message>
        <source>removed, not checked</source>
        <translation>видалено, не перевірено</translation>
    </message>
    <message>
        <source>What the clean copy no longer gives away</source>
        <translation>Що очищена копія більше не видає</translation>
    </message>
    <message>
        <source>will be removed</source>
        <translation>буде видалено</translation>
    </message>
    <message>
        <source>not removed</source>
        <translation>не видалено</translation>
    </message>
    <message>
        <source>What the file gives away</source>
        <translation>Що видає файл</translation>
    </message>
    <message>
        <source>kept</source>
        <translation>залишено</translation>
    </message>
    <message>
        <source>Good to know:</source>
        <translation>Варто знати:</translation>
    </message>
    <message>
        <source>which way up the photo is</source>
        <translation>як повернуто фото</translation>
    </message>
    <message>
        <source>a standard colour profile</source>
        <translation>стандартний колірний профіль</translation>
    </message>
    <message>
        <source>harmless technical data</source>
        <translation>нешкідливі технічні дані</translation>
    </message>
    <message>
        <source>Hide technical details</source>
        <translation>Сховати технічні подробиці</translation>
    </message>
    <message>
        <source>Show technical details</source>
        <translation>Показати технічні подробиці</translation>
    </message>
    <message>
        <source>Kept: needed to show the photo the right way up</source>
        <translation>Залишено: потрібно, щоб фото показувалося правильно повернутим</translation>
    </message>
    <message>
        <source>Kept: a standard colour profile, so colours look right</source>
        <translation>Залишено: стандартний колірний профіль, щоб кольори виглядали правильно</translation>
    </message>
    <message>
        <source>Kept</source>
        <translation>Залишено</translation>
    </message>
    <message>
        <source>Loading preview…</source>
        <translation>Завантаження перегляду…</translation>
    </message>
    <message>
        <source>No preview for this kind of file</source>
        <translation>Для такого типу файлів перегляду немає</translation>
    </message>
    <message>
        <source>This picture could not be read: the file may be damaged</source>
        <translation>Не вдалося прочитати це зображення: можливо, файл пошкоджено</translation>
    </message>
    <message>
        <source>The clean copy will appear here</source>
        <translation>Тут з&apos;явиться очищена копія</translation>
    </message>
    <message>
        <source>No copy was made</source>
        <translation>Копію не створено</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>Photos and pictures ({patterns})</source>
        <translation>Фото й зображення ({patterns})</translation>
    </message>
    <message>
        <source>Sound recordings ({patterns})</source>
        <translation>Звукові записи ({patterns})</translation>
    </message>
    <message>
        <source>Videos ({patterns})</source>
        <translation>Відео ({patterns})</translation>
    </message>
    <message>
        <source>Documents ({patterns})</source>
        <translation>Документи ({patterns})</translation>
    </message>
    <message>
        <source>Files Scrubber can clean ({patterns})</source>
        <translation>Файли, які Scrubber може очистити ({patterns})</translation>
    </message>
    <message>
        <source>All files (*)</source>
        <translation>Усі файли (*)</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Файл</translation>
    </message>
    <message>
        <source>&amp;Language</source>
        <translation>&amp;Мова</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>&amp;Довідка</translation>
    </message>
    <message>
        <source>&amp;Add files…</source>
        <translation>Додати фа&amp;йли…</translation>
    </message>
    <message>
        <source>Add fold&amp;er…</source>
        <translation>Додати &amp;теку…</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Вийти</translation>
    </message>
    <message>
        <source>&amp;Clean</source>
        <translation>&amp;Очистити</translation>
    </message>
    <message>
        <source>Ca&amp;ncel</source>
        <translation>&amp;Скасувати</translation>
    </message>
    <message>
        <source>Remo&amp;ve from list</source>
        <translation>В&amp;илучити зі списку</translation>
    </message>
    <message>
        <source>H&amp;ide faces and areas…</source>
        <translation>С&amp;ховати обличчя та ділянки…</translation>
    </message>
    <message>
        <source>&amp;Why this matters</source>
        <translation>&amp;Чому це важливо</translation>
    </message>
    <message>
        <source>&amp;About Scrubber</source>
        <translation>&amp;Про Scrubber</translation>
    </message>
    <message>
        <source>Scrubber: remove hidden data from photos</source>
        <translation>Scrubber: видаляє приховані дані з фото</translation>
    </message>
    <message>
        <source>Add files</source>
        <translation>Додати файли</translation>
    </message>
    <message>
        <source>Add a folder</source>
        <translation>Додати теку</translation>
    </message>
    <message>
        <source>Why this matters</source>
        <translation>Чому це важливо</translation>
    </message>
    <message>
        <source>Hide faces and areas</source>
        <translation>Сховати обличчя та ділянки</translation>
    </message>
    <message>
        <source>Remo&amp;ve</source>
        <translation>В&amp;илучити</translation>
    </message>
    <message>
        <source>Remove the selected files</source>
        <translation>Вилучити вибрані файли</translation>
    </message>
    <message>
        <source>Clear lis&amp;t</source>
        <translation>Споро&amp;жнити список</translation>
    </message>
    <message>
        <source>Clear the list</source>
        <translation>Спорожнити список</translation>
    </message>
    <message>
        <source>Cover faces, tattoos or anything else in the selected photo or clip (Enter)</source>
        <translation>Закрити обличчя, татуювання чи будь-що інше на вибраному фото чи в кліпі (Enter)</translation>
    </message>
    <message>
        <source>or drop photos and folders onto the list below.</source>
        <translation>або перетягніть фото й теки в список нижче.</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Мова</translation>
    </message>
    <message>
        <source>Files to clean</source>
        <translation>Файли для очищення</translation>
    </message>
    <message>
        <source>Drop photos or folders here.

Scrubber shows what each file gives away about you, then writes clean copies. Your originals are not changed.</source>
        <translation>Перетягніть сюди фото або теки.

Scrubber показує, що кожен файл видає про вас, а потім записує очищені копії. Ваші оригінали не змінюються.</translation>
    </message>
    <message>
        <source>Stopping: files being cleaned now are left as they were…</source>
        <translation>Зупинення: файли, які зараз очищуються, залишаться як були…</translation>
    </message>
    <message>
        <source>Details of the selected file</source>
        <translation>Подробиці вибраного файлу</translation>
    </message>
    <message>
        <source>Language:</source>
        <translation>Мова:</translation>
    </message>
    <message>
        <source>Add files to clean</source>
        <translation>Додати файли для очищення</translation>
    </message>
    <message>
        <source>Add a folder to clean</source>
        <translation>Додати теку для очищення</translation>
    </message>
    <message>
        <source>About Scrubber</source>
        <translation>Про Scrubber</translation>
    </message>
    <message>
        <source>Scrubber {version}

Removes hidden data from photos. Works offline: nothing is ever sent anywhere, and no list of your files is kept.</source>
        <translation>Scrubber {version}

Видаляє приховані дані з фото. Працює офлайн: нічого й нікуди не надсилається, і список ваших файлів не зберігається.</translation>
    </message>
    <message>
        <source>Replace the original files?</source>
        <translation>Замінити оригінальні файли?</translation>
    </message>
    <message>
        <source>Your original files will be overwritten with the cleaned versions. This cannot be undone: the originals, with everything they contain, will be gone.

Photos with areas to cover still need a copy.

Replace the originals?</source>
        <translation>Ваші оригінальні файли буде перезаписано очищеними версіями. Цього не можна скасувати: оригінали з усім, що в них є, зникнуть.

Для фото з ділянками, які треба закрити, однаково потрібна копія.

Замінити оригінали?</translation>
    </message>
    <message>
        <source>Choose where to save the clean copies</source>
        <translation>Виберіть, куди зберегти очищені копії</translation>
    </message>
    <message>
        <source>Every file in the list has been cleaned already.</source>
        <translation>Усі файли у списку вже очищено.</translation>
    </message>
    <message>
        <source>Cannot create the output folder</source>
        <translation>Не вдалося створити теку для результатів</translation>
    </message>
    <message>
        <source>The clean copies cannot be saved there ({reason}). Choose another folder with “Choose…”.</source>
        <translation>Очищені копії не можна зберегти там ({reason}). Виберіть іншу теку кнопкою «Вибрати…».</translation>
    </message>
    <message>
        <source>Cleaning…</source>
        <translation>Очищення…</translation>
    </message>
</context>
<context>
    <name>OptionsBox</name>
    <message>
        <source>Options</source>
        <translation>Параметри</translation>
    </message>
    <message>
        <source>({count} on)</source>
        <translation>(увімкнено: {count})</translation>
    </message>
    <message>
        <source>&amp;More options</source>
        <translation>&amp;Інші параметри</translation>
    </message>
    <message>
        <source>More options</source>
        <translation>Інші параметри</translation>
    </message>
    <message>
        <source>Show or hide the options for the copies</source>
        <translation>Показати або сховати параметри копій</translation>
    </message>
    <message>
        <source>&amp;Give the copies random file names</source>
        <translation>Давати копіям випадкові &amp;назви файлів</translation>
    </message>
    <message>
        <source>File names from phones often contain the date and time the photo was taken.</source>
        <translation>Назви файлів із телефонів часто містять дату й час зйомки.</translation>
    </message>
    <message>
        <source>&amp;Keep file names that show the date or the phone</source>
        <translation>Залишати назви файлів, &amp;які показують дату чи телефон</translation>
    </message>
    <message>
        <source>Off: a copy of a file named like IMG_20240611_143207.jpg gets a name like photo-1f0c9a2e.jpg instead, so its name does not show when it was taken or with which phone.</source>
        <translation>Вимкнено: копія файлу з назвою на кшталт IMG_20240611_143207.jpg отримує назву на кшталт photo-1f0c9a2e.jpg, щоб з назви не було видно, коли і яким телефоном знято фото.</translation>
    </message>
    <message>
        <source>Convert HEIC photos to &amp;JPEG</source>
        <translation>Перетворювати фото HEIC на &amp;JPEG</translation>
    </message>
    <message>
        <source>Remove colour &amp;profiles (colours may shift slightly)</source>
        <translation>Видаляти &amp;колірні профілі (кольори можуть трохи змінитися)</translation>
    </message>
    <message>
        <source>T&amp;urn PDF pages into pictures (strongest; text can no longer be selected)</source>
        <translation>П&amp;еретворювати сторінки PDF на зображення (найнадійніше; текст більше не можна виділити)</translation>
    </message>
    <message>
        <source>Removes everything hidden in a PDF&apos;s text and drawings too. The copy is larger and its text cannot be searched or copied.</source>
        <translation>Видаляє також усе приховане в тексті й малюнках PDF. Копія більша, а її текст не можна шукати чи копіювати.</translation>
    </message>
    <message>
        <source>Cover the faces found in photos and clips (check each cop&amp;y)</source>
        <translation>&amp;Закривати обличчя, знайдені на фото й у кліпах (перевіряйте кожну копію)</translation>
    </message>
    <message>
        <source>Faces found automatically are covered in black in the copies. Detection can miss faces: look at each copy&apos;s picture in the details.</source>
        <translation>Автоматично знайдені обличчя в копіях зафарбовуються чорним. Розпізнавання може пропустити обличчя: перегляньте зображення кожної копії в подробицях.</translation>
    </message>
    <message>
        <source>&amp;Quick face search (misses small faces)</source>
        <translation>&amp;Швидкий пошук облич (пропускає малі обличчя)</translation>
    </message>
    <message>
        <source>Faster, but faces smaller than about 60 pixels in a large photo are not found. Used here and in Hide faces and areas.</source>
        <translation>Швидше, але на великому фото обличчя, менші за приблизно 60 пікселів, не знаходяться. Діє тут і в «Сховати обличчя та ділянки».</translation>
    </message>
    <message>
        <source>Remove hidden slides, sheets and te&amp;xt, and speaker notes, from documents</source>
        <translation>Вида&amp;ляти з документів приховані слайди, аркуші й текст, а також нотатки доповідача</translation>
    </message>
    <message>
        <source>Documents can hold slides, sheets and text that are not shown, and notes only the speaker sees. Without this they are kept, and the summary says where they are.</source>
        <translation>Документи можуть містити слайди, аркуші й текст, які не показуються, і нотатки, які бачить лише доповідач. Без цього параметра вони залишаються, а в підсумку сказано, де вони.</translation>
    </message>
    <message>
        <source>Weaken the camera fingerprint in photos (saved again, a &amp;bit smaller)</source>
        <translation>&amp;Послаблювати «відбиток» камери на фото (фото зберігається заново, трохи менше)</translation>
    </message>
    <message>
        <source>Every camera leaves a faint pattern in its photos that can link them to each other. This softens each photo slightly and makes it 3% smaller: the pattern gets weaker, but it is not removed. Photos are saved again instead of copied unchanged.</source>
        <translation>Кожна камера залишає на своїх фото ледь помітний візерунок, за яким їх можна пов&apos;язати між собою. Цей параметр трохи пом&apos;якшує кожне фото і робить його на 3% меншим: візерунок слабшає, але не зникає. Фото зберігаються заново, а не копіюються без змін.</translation>
    </message>
    <message>
        <source>&amp;Replace the originals (no copies; cannot be undone)</source>
        <translation>Замінювати оригінали (&amp;без копій; не можна скасувати)</translation>
    </message>
</context>
<context>
    <name>OutputBox</name>
    <message>
        <source>Save clean copies in:</source>
        <translation>Куди зберігати очищені копії:</translation>
    </message>
    <message>
        <source>Output folder</source>
        <translation>Тека для результатів</translation>
    </message>
    <message>
        <source>Choo&amp;se…</source>
        <translation>&amp;Вибрати…</translation>
    </message>
    <message>
        <source>Choose the output folder</source>
        <translation>Вибрати теку для результатів</translation>
    </message>
    <message>
        <source>Use &amp;default</source>
        <translation>За замовч&amp;уванням</translation>
    </message>
    <message>
        <source>Use the default output folder</source>
        <translation>Використовувати теку для результатів за замовчуванням</translation>
    </message>
    <message>
        <source>The original files will be replaced.</source>
        <translation>Оригінальні файли буде замінено.</translation>
    </message>
    <message>
        <source>The folder “{name}” next to the originals, with the copies made so far.</source>
        <translation>Тека «{name}» поруч з оригіналами, з уже зробленими копіями.</translation>
    </message>
    <message>
        <source>A new folder next to the originals, named “{name}”.</source>
        <translation>Нова тека поруч з оригіналами з назвою «{name}».</translation>
    </message>
</context>
<context>
    <name>QAbstractFileIconProvider</name>
    <message>
        <source>Drive</source>
        <translation>Диск</translation>
    </message>
    <message>
        <source>Folder</source>
        <translation>Тека</translation>
    </message>
</context>
<context>
    <name>QFileDialog</name>
    <message>
        <source>%1
Directory not found.
Please verify the correct directory name was given.</source>
        <translation>%1
Тека не знайдена.
Будь ласка, перевірте, що вказане правильне ім&apos;я теки.</translation>
    </message>
    <message>
        <source>%1
File not found.
Please verify the correct file name was given.</source>
        <translation>%1
Файл не знайдено.
Будь ласка, перевірте, що вказане правильне ім&apos;я файлу.</translation>
    </message>
    <message>
        <source>&amp;Choose</source>
        <translation>&amp;Обрати</translation>
    </message>
    <message>
        <source>&amp;Delete</source>
        <translation>&amp;Видалити</translation>
    </message>
    <message>
        <source>&amp;Look in:</source>
        <translation>Шукати &amp;в:</translation>
    </message>
    <message>
        <source>&amp;New Folder</source>
        <translation>&amp;Нова тека</translation>
    </message>
    <message>
        <source>&amp;Open</source>
        <translation>&amp;Відкрити</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>Відкрити</translation>
    </message>
    <message>
        <source>&amp;Rename</source>
        <translation>&amp;Перейменувати</translation>
    </message>
    <message>
        <source>All Files (*)</source>
        <translation>Усі файли (*)</translation>
    </message>
    <message>
        <source>Are you sure you want to delete &apos;%1&apos;?</source>
        <translation>Ви впевнені, що хочете видалити &apos;%1&apos;?</translation>
    </message>
    <message>
        <source>Back</source>
        <translation>Назад</translation>
    </message>
    <message>
        <source>Change to detail view mode</source>
        <translation>Перейти до детального перегляду</translation>
    </message>
    <message>
        <source>Change to list view mode</source>
        <translation>Перейти до перегляду списком</translation>
    </message>
    <message>
        <source>Create New Folder</source>
        <translation>Створити нову теку</translation>
    </message>
    <message>
        <source>Create a New Folder</source>
        <translation>Створити нову теку</translation>
    </message>
    <message>
        <source>Detail View</source>
        <translation>Детально</translation>
    </message>
    <message>
        <source>Directories</source>
        <translation>Теки</translation>
    </message>
    <message>
        <source>Directory:</source>
        <translation>Тека:</translation>
    </message>
    <message>
        <source>File &amp;name:</source>
        <translation>&amp;Ім&apos;я файлу:</translation>
    </message>
    <message>
        <source>Files</source>
        <translation>Файли</translation>
    </message>
    <message>
        <source>Files of &amp;type:</source>
        <translation>Файли &amp;типу:</translation>
    </message>
    <message>
        <source>Forward</source>
        <translation>Вперед</translation>
    </message>
    <message>
        <source>Go back</source>
        <translation>Йти назад</translation>
    </message>
    <message>
        <source>Go forward</source>
        <translation>Йти вперед</translation>
    </message>
    <message>
        <source>Go to the parent directory</source>
        <translation>Перейти до батьківської теки</translation>
    </message>
    <message>
        <source>List View</source>
        <translation>Списком</translation>
    </message>
    <message>
        <source>List of places and bookmarks</source>
        <translation>Список місць та закладок</translation>
    </message>
    <message>
        <source>Parent Directory</source>
        <translation>Батьківська тека</translation>
    </message>
    <message>
        <source>Show &amp;hidden files</source>
        <translation>Показувати при&amp;ховані файли</translation>
    </message>
    <message>
        <source>Show </source>
        <translation>Показати</translation>
    </message>
    <message>
        <source>Sidebar</source>
        <translation>Бічна панель</translation>
    </message>
</context>
<context>
    <name>QFileSystemModel</name>
    <message>
        <source>Computer</source>
        <translation>Комп&apos;ютер</translation>
    </message>
    <message>
        <source>Date Modified</source>
        <translation>Дата зміни</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Ім&apos;я</translation>
    </message>
    <message>
        <source>Size</source>
        <translation>Розмір</translation>
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
        <translation>&amp;Копіювати</translation>
    </message>
    <message>
        <source>&amp;Paste</source>
        <translation>&amp;Вставити</translation>
    </message>
    <message>
        <source>&amp;Redo</source>
        <translation>П&amp;овторити</translation>
    </message>
    <message>
        <source>&amp;Undo</source>
        <translation>&amp;Повернути</translation>
    </message>
    <message>
        <source>Cu&amp;t</source>
        <translation>Ви&amp;різати</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Видалити</translation>
    </message>
    <message>
        <source>Select All</source>
        <translation>Виділити все</translation>
    </message>
</context>
<context>
    <name>QMessageBox</name>
    <message>
        <source>Show Details...</source>
        <translation>Показати деталі...</translation>
    </message>
</context>
<context>
    <name>QPlatformTheme</name>
    <message>
        <source>&amp;No</source>
        <translation>&amp;Ні</translation>
    </message>
    <message>
        <source>&amp;Yes</source>
        <translation>Т&amp;ак</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Скасувати</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Закрити</translation>
    </message>
    <message>
        <source>OK</source>
        <translation>OK</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>Відкрити</translation>
    </message>
</context>
<context>
    <name>RedactionEditor</name>
    <message>
        <source>Press Esc again to close without your changes, or Enter to use them.</source>
        <translation>Натисніть Esc ще раз, щоб закрити без змін, або Enter, щоб їх застосувати.</translation>
    </message>
    <message>
        <source>Hide faces and areas — {name}</source>
        <translation>Сховати обличчя та ділянки — {name}</translation>
    </message>
    <message>
        <source>Select and move</source>
        <translation>Вибрати й перемістити</translation>
    </message>
    <message>
        <source>Rectangle</source>
        <translation>Прямокутник</translation>
    </message>
    <message>
        <source>Ellipse</source>
        <translation>Еліпс</translation>
    </message>
    <message>
        <source>Brush</source>
        <translation>Пензель</translation>
    </message>
    <message>
        <source>Add area</source>
        <translation>Додати ділянку</translation>
    </message>
    <message>
        <source>Add an area in the middle of the view, to move with the arrow keys (N)</source>
        <translation>Додати ділянку посередині видимої частини, щоб переміщати її клавішами зі стрілками (N)</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Видалити</translation>
    </message>
    <message>
        <source>Del</source>
        <translation>Del</translation>
    </message>
    <message>
        <source>Undo</source>
        <translation>Скасувати</translation>
    </message>
    <message>
        <source>Redo</source>
        <translation>Повторити</translation>
    </message>
    <message>
        <source>Zoom out</source>
        <translation>Зменшити</translation>
    </message>
    <message>
        <source>Zoom in</source>
        <translation>Збільшити</translation>
    </message>
    <message>
        <source>Fit</source>
        <translation>Припасувати</translation>
    </message>
    <message>
        <source>Preview</source>
        <translation>Попередній перегляд</translation>
    </message>
    <message>
        <source>Show exactly what will be written (P)</source>
        <translation>Показати саме те, що буде записано (P)</translation>
    </message>
    <message>
        <source>Brush &amp;width</source>
        <translation>&amp;Ширина пензля</translation>
    </message>
    <message>
        <source>Brush width</source>
        <translation>Ширина пензля</translation>
    </message>
    <message>
        <source>Drawing tools</source>
        <translation>Інструменти малювання</translation>
    </message>
    <message>
        <source>Undo, zoom and preview</source>
        <translation>Скасування, масштаб і перегляд</translation>
    </message>
    <message>
        <source>Photo</source>
        <translation>Фото</translation>
    </message>
    <message>
        <source>Draw areas to cover with the mouse or the keyboard. Ctrl and the mouse wheel zoom; hold Space to pan.</source>
        <translation>Позначте ділянки для закриття мишею або клавіатурою. Ctrl і коліщатко миші змінюють масштаб; утримуйте пробіл, щоб пересувати зображення.</translation>
    </message>
    <message>
        <source>&amp;Areas to cover (untick to leave uncovered)</source>
        <translation>&amp;Ділянки для закриття (зніміть позначку, щоб не закривати)</translation>
    </message>
    <message>
        <source>Areas to cover</source>
        <translation>Ділянки для закриття</translation>
    </message>
    <message>
        <source>Automatic detection can miss faces — check every face yourself, including faces in mirrors, pictures and screens.</source>
        <translation>Автоматичне розпізнавання може пропустити обличчя — перевірте кожне обличчя самі, зокрема в дзеркалах, на картинах і екранах.</translation>
    </message>
    <message>
        <source>Find &amp;small faces</source>
        <translation>Знайти &amp;малі обличчя</translation>
    </message>
    <message>
        <source>Find small faces</source>
        <translation>Знайти малі обличчя</translation>
    </message>
    <message>
        <source>Look again for small faces, for group photos (slower)</source>
        <translation>Пошукати малі обличчя ще раз, для групових фото (повільніше)</translation>
    </message>
    <message>
        <source>How to cover</source>
        <translation>Як закривати</translation>
    </message>
    <message>
        <source>Solid &amp;fill (safest)</source>
        <translation>Суцільна заливка (&amp;найнадійніше)</translation>
    </message>
    <message>
        <source>Strong &amp;mosaic</source>
        <translation>&amp;Сильна мозаїка</translation>
    </message>
    <message>
        <source>B&amp;lur (wiped first; a few average colours stay)</source>
        <translation>&amp;Розмиття (спершу ділянка стирається; лишаються кілька середніх кольорів)</translation>
    </message>
    <message>
        <source>Fill &amp;colour…</source>
        <translation>&amp;Колір заливки…</translation>
    </message>
    <message>
        <source>Fill colour</source>
        <translation>Колір заливки</translation>
    </message>
    <message>
        <source>&amp;Use these areas</source>
        <translation>&amp;Застосувати ці ділянки</translation>
    </message>
    <message>
        <source>Use these areas</source>
        <translation>Застосувати ці ділянки</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Скасувати</translation>
    </message>
    <message>
        <source>{action} ({key})</source>
        <translation>{action} ({key})</translation>
    </message>
    <message>
        <source>Keyboard: N adds an area, arrows move it (Shift: further), Ctrl+arrows resize it, [ and ] pick another, Delete removes it.</source>
        <translation>Клавіатура: N додає ділянку, стрілки переміщують її (із Shift — далі), Ctrl+стрілки змінюють її розмір, [ і ] вибирають іншу, Del видаляє її.</translation>
    </message>
    <message>
        <source>Face {n} (found automatically)</source>
        <translation>Обличчя {n} (знайдено автоматично)</translation>
    </message>
    <message>
        <source>Rectangle {n}</source>
        <translation>Прямокутник {n}</translation>
    </message>
    <message>
        <source>Ellipse {n}</source>
        <translation>Еліпс {n}</translation>
    </message>
    <message>
        <source>Brush stroke {n}</source>
        <translation>Мазок пензлем {n}</translation>
    </message>
    <message>
        <source>Shape {n}</source>
        <translation>Фігура {n}</translation>
    </message>
    <message>
        <source>Loading…</source>
        <translation>Завантаження…</translation>
    </message>
    <message>
        <source>Making the preview…</source>
        <translation>Створення перегляду…</translation>
    </message>
    <message>
        <source>Preview: this is what will be written.</source>
        <translation>Перегляд: саме це буде записано.</translation>
    </message>
    <message>
        <source>Draw over anything that could identify you: faces, tattoos, marks.</source>
        <translation>Замалюйте все, за чим вас можна впізнати: обличчя, татуювання, родимки.</translation>
    </message>
    <message>
        <source>Looking for faces…</source>
        <translation>Пошук облич…</translation>
    </message>
    <message>
        <source>Looking for small faces… this takes longer.</source>
        <translation>Пошук малих облич… це займе більше часу.</translation>
    </message>
    <message>
        <source>Face detection is not available ({reason}). Mark faces yourself.</source>
        <translation>Розпізнавання облич недоступне ({reason}). Позначте обличчя самі.</translation>
    </message>
    <message>
        <source>No faces were found automatically.</source>
        <translation>Автоматично облич не знайдено.</translation>
    </message>
    <message>
        <source>Faces found automatically: {count}.</source>
        <translation>Автоматично знайдено облич: {count}.</translation>
    </message>
    <message>
        <source>its files are missing or damaged</source>
        <translation>його файли відсутні або пошкоджені</translation>
    </message>
    <message>
        <source>There is not enough memory to open this photo.</source>
        <translation>Недостатньо пам&apos;яті, щоб відкрити це фото.</translation>
    </message>
    <message>
        <source>The photo could not be opened.</source>
        <translation>Не вдалося відкрити фото.</translation>
    </message>
</context>
<context>
    <name>RunBar</name>
    <message>
        <source>Ca&amp;ncel</source>
        <translation>&amp;Скасувати</translation>
    </message>
    <message>
        <source>Cancel cleaning</source>
        <translation>Скасувати очищення</translation>
    </message>
    <message>
        <source>&amp;Clean</source>
        <translation>&amp;Очистити</translation>
    </message>
    <message>
        <source>Clean all files in the list</source>
        <translation>Очистити всі файли у списку</translation>
    </message>
    <message>
        <source>&amp;Open output folder</source>
        <translation>Відкрити теку з &amp;результатами</translation>
    </message>
    <message>
        <source>Open output folder</source>
        <translation>Відкрити теку з результатами</translation>
    </message>
    <message>
        <source>Write clean copies of all files (Ctrl+Enter)</source>
        <translation>Записати очищені копії всіх файлів (Ctrl+Enter)</translation>
    </message>
    <message>
        <source>Stop now; files not finished are left as they were (Esc)</source>
        <translation>Зупинити зараз; незавершені файли залишаться як були (Esc)</translation>
    </message>
    <message>
        <source>Cleaning progress</source>
        <translation>Перебіг очищення</translation>
    </message>
    <message>
        <source>%v of %m files</source>
        <translation>%v з %m файлів</translation>
    </message>
    <message>
        <source>Summary</source>
        <translation>Підсумок</translation>
    </message>
</context>
<context>
    <name>SafetyGuide</name>
    <message>
        <source>Why this matters</source>
        <translation>Чому це важливо</translation>
    </message>
    <message>
        <source>Safety guide</source>
        <translation>Порадник з безпеки</translation>
    </message>
    <message>
        <source>&amp;Close</source>
        <translation>&amp;Закрити</translation>
    </message>
    <message>
        <source>Close the safety guide</source>
        <translation>Закрити порадник з безпеки</translation>
    </message>
    <message>
        <source>What your photos and files can give away</source>
        <translation>Що можуть видати ваші фото й файли</translation>
    </message>
    <message>
        <source>Photos from phones and cameras carry hidden details. Anyone who gets the file can read them:</source>
        <translation>Фото з телефонів і камер містять приховані дані. Будь-хто, хто отримає файл, може їх прочитати:</translation>
    </message>
    <message>
        <source>Where the photo was taken, often to within a few metres.</source>
        <translation>Де зроблено фото, часто з точністю до кількох метрів.</translation>
    </message>
    <message>
        <source>Which phone or camera took it, sometimes with its serial number.</source>
        <translation>Яким телефоном чи камерою його знято, іноді з серійним номером.</translation>
    </message>
    <message>
        <source>Your name, if it is set in the phone, camera or editing app.</source>
        <translation>Ваше ім&apos;я, якщо воно вказане в телефоні, камері чи програмі для редагування.</translation>
    </message>
    <message>
        <source>The date and time it was taken.</source>
        <translation>Дату й час зйомки.</translation>
    </message>
    <message>
        <source>A hidden small copy of the original photo. It can show what you cropped out or covered.</source>
        <translation>Приховану маленьку копію оригінального фото. На ній може бути видно те, що ви обрізали або закрили.</translation>
    </message>
    <message>
        <source>Scrubber removes these details from a copy of the file. Your original stays as it is, unless you choose to replace it.</source>
        <translation>Scrubber видаляє ці дані з копії файлу. Ваш оригінал залишається як є, якщо ви не вирішите його замінити.</translation>
    </message>
    <message>
        <source>Documents such as PDF and Word files can hold the author&apos;s name, the computer&apos;s name and the editing history. Videos and voice recordings can hold the place and the device.</source>
        <translation>Документи, наприклад PDF і Word, можуть містити ім&apos;я автора, назву комп&apos;ютера та історію змін. Відео й голосові записи можуть містити місце та пристрій.</translation>
    </message>
    <message>
        <source>If Scrubber says a file is not supported or could not be cleaned, do not share that file as it is.</source>
        <translation>Якщо Scrubber пише, що файл не підтримується або його не вдалося очистити, не діліться цим файлом у такому вигляді.</translation>
    </message>
    <message>
        <source>Blur in other apps can be undone</source>
        <translation>Розмиття в інших програмах можна скасувати</translation>
    </message>
    <message>
        <source>Blur and small pixelation made by other apps can be undone by software. Scrubber&apos;s blur and mosaic wipe the area first, but they still show its average colours.</source>
        <translation>Розмиття й дрібну пікселізацію, зроблені іншими програмами, можна скасувати програмно. Розмиття й мозаїка Scrubber спершу стирають ділянку, але на ній усе ще видно її середні кольори.</translation>
    </message>
    <message>
        <source>To hide a face, a tattoo or anything else, use solid fill. Cover a little more than you think you need.</source>
        <translation>Щоб сховати обличчя, татуювання чи будь-що інше, використовуйте суцільну заливку. Закривайте трохи більше, ніж здається потрібним.</translation>
    </message>
    <message>
        <source>Your photos can be matched</source>
        <translation>Ваші фото можна зіставити</translation>
    </message>
    <message>
        <source>Reverse image search finds other places where the same photo, or one like it, is online.</source>
        <translation>Зворотний пошук зображень знаходить інші місця в інтернеті, де є те саме або схоже фото.</translation>
    </message>
    <message>
        <source>Face recognition exists and is easy to use. A face, a tattoo or a room that people can recognise can link your ad photos to your personal accounts.</source>
        <translation>Розпізнавання облич існує, і ним легко користуватися. Обличчя, татуювання чи кімната, які можна впізнати, можуть пов&apos;язати фото з ваших оголошень з особистими акаунтами.</translation>
    </message>
    <message>
        <source>Search for your own ad photos now and then, with a reverse image search and a face search. Then you see where they turn up.</source>
        <translation>Час від часу шукайте фото зі своїх оголошень через зворотний пошук зображень і пошук за обличчям. Так ви побачите, де вони з&apos;являються.</translation>
    </message>
    <message>
        <source>Tattoos, birthmarks, jewellery, nails, bedding and furniture can link your ads to each other. Cover them or change them.</source>
        <translation>Татуювання, родимки, прикраси, нігті, постільна білизна й меблі можуть пов&apos;язати ваші оголошення між собою. Закривайте або змінюйте їх.</translation>
    </message>
    <message>
        <source>Each camera leaves a faint pattern in its photos that can link them to each other. The option “Weaken the camera fingerprint” makes it weaker, but does not remove it.</source>
        <translation>Кожна камера залишає на своїх фото ледь помітний візерунок, за яким їх можна пов&apos;язати між собою. Параметр «Послаблювати „відбиток“ камери» робить його слабшим, але не видаляє.</translation>
    </message>
    <message>
        <source>Tips from sex workers&apos; digital safety advice</source>
        <translation>Поради з цифрової безпеки для секс-працівників і секс-працівниць</translation>
    </message>
    <message>
        <source>Keep work and personal life apart. Use a separate phone, email and accounts for work if you can.</source>
        <translation>Розділяйте роботу й особисте життя. Якщо можете, використовуйте для роботи окремий телефон, пошту й акаунти.</translation>
    </message>
    <message>
        <source>Take ad photos with a different phone or camera. If you cannot, turn off location, Live Photos and Motion Photos in the camera before you take them.</source>
        <translation>Знімайте фото для оголошень іншим телефоном чи камерою. Якщо не можете, перед зйомкою вимкніть у камері геолокацію, «живі фото» і «фото з рухом».</translation>
    </message>
    <message>
        <source>Never use photos from your personal social media in ads, not even old ones.</source>
        <translation>Ніколи не використовуйте в оголошеннях фото з особистих соцмереж, навіть старі.</translation>
    </message>
    <message>
        <source>Cloud backups and shared albums keep your originals, with the place they were taken, and sort them by face. Keep work photos out of them.</source>
        <translation>Хмарні резервні копії та спільні альбоми зберігають ваші оригінали з місцем зйомки й сортують їх за обличчями. Не додавайте туди робочі фото.</translation>
    </message>
    <message>
        <source>Clean last: after cropping and editing in other apps. Editing apps can add hidden data again.</source>
        <translation>Очищайте наостанок: після обрізання й редагування в інших програмах. Програми для редагування можуть знову додати приховані дані.</translation>
    </message>
    <message>
        <source>Screenshots can show your name, your number and your notifications. Check them before you share them.</source>
        <translation>Знімки екрана можуть показати ваше ім&apos;я, номер і сповіщення. Перевіряйте їх, перш ніж ділитися.</translation>
    </message>
    <message>
        <source>Check the background: letters, papers, photos on the wall, anything with a name or address.</source>
        <translation>Перевірте тло: листи, папери, фото на стіні, усе, де є ім&apos;я чи адреса.</translation>
    </message>
    <message>
        <source>Check mirrors and reflections: sunglasses, windows, screens and shiny surfaces.</source>
        <translation>Перевірте дзеркала й відображення: сонцезахисні окуляри, вікна, екрани й блискучі поверхні.</translation>
    </message>
    <message>
        <source>Check what can be seen through windows. Streets, signs and buildings can show where you are.</source>
        <translation>Перевірте, що видно у вікнах. Вулиці, вивіски й будівлі можуть показати, де ви.</translation>
    </message>
    <message>
        <source>Do not post the same photo on your personal and your work accounts.</source>
        <translation>Не публікуйте те саме фото в особистих і робочих акаунтах.</translation>
    </message>
    <message>
        <source>Sending a photo “as a file” or by email keeps its hidden data. Send only the clean copy.</source>
        <translation>Якщо надіслати фото «як файл» або поштою, приховані дані в ньому залишаться. Надсилайте лише очищену копію.</translation>
    </message>
    <message>
        <source>When you are done, delete the originals from Downloads and from shared folders.</source>
        <translation>Коли закінчите, видаліть оригінали з «Завантажень» і зі спільних тек.</translation>
    </message>
    <message>
        <source>Before you post, open the clean copy and check it again.</source>
        <translation>Перед публікацією відкрийте очищену копію й перевірте її ще раз.</translation>
    </message>
    <message>
        <source>What your computer may still keep</source>
        <translation>Що ще може зберігати ваш комп&apos;ютер</translation>
    </message>
    <message>
        <source>Scrubber keeps no list of the files you open, but your computer may:</source>
        <translation>Scrubber не зберігає списку файлів, які ви відкриваєте, але ваш комп&apos;ютер може:</translation>
    </message>
    <message>
        <source>small previews (thumbnails) made by the file manager or photo viewer;</source>
        <translation>маленькі зображення для перегляду (мініатюри), створені файловим менеджером чи переглядачем фото;</translation>
    </message>
    <message>
        <source>lists of recent files in other apps;</source>
        <translation>списки нещодавніх файлів в інших програмах;</translation>
    </message>
    <message>
        <source>the originals in Downloads, in the trash and in cloud backups.</source>
        <translation>оригінали в «Завантаженнях», у кошику й у хмарних резервних копіях.</translation>
    </message>
    <message>
        <source>To clear them:</source>
        <translation>Як їх прибрати:</translation>
    </message>
    <message>
        <source>Empty the trash.</source>
        <translation>Очистьте кошик.</translation>
    </message>
    <message>
        <source>Clear the recent files in your file manager.</source>
        <translation>Очистьте список нещодавніх файлів у файловому менеджері.</translation>
    </message>
    <message>
        <source>Delete the thumbnail cache. Linux: the .cache/thumbnails folder in your home folder. Windows: Disk Cleanup, then Thumbnails. macOS: restart the Mac.</source>
        <translation>Видаліть кеш мініатюр. Linux: тека .cache/thumbnails у вашій домашній теці. Windows: «Очищення диска», потім «Ескізи». macOS: перезапустіть Mac.</translation>
    </message>
    <message>
        <source>Scrubber works offline</source>
        <translation>Scrubber працює офлайн</translation>
    </message>
    <message>
        <source>Scrubber never connects to the internet. Your files stay on this computer.</source>
        <translation>Scrubber ніколи не підключається до інтернету. Ваші файли залишаються на цьому комп&apos;ютері.</translation>
    </message>
</context>
<context>
    <name>Summary</name>
    <message>
        <source>Cancelled.</source>
        <translation>Скасовано.</translation>
    </message>
    <message>
        <source>{n} cleaned.</source>
        <translation>Очищено: {n}.</translation>
    </message>
    <message>
        <source>{n} had nothing to remove.</source>
        <translation>Нічого видаляти: {n}.</translation>
    </message>
    <message>
        <source>{n} could not be cleaned.</source>
        <translation>Не вдалося очистити: {n}.</translation>
    </message>
    <message>
        <source>{n} not done (cancelled).</source>
        <translation>Не оброблено (скасовано): {n}.</translation>
    </message>
    <message>
        <source>Nothing was cleaned.</source>
        <translation>Нічого не очищено.</translation>
    </message>
    <message>
        <source>Clean copies are in: {folder}</source>
        <translation>Очищені копії тут: {folder}</translation>
    </message>
    <message>
        <source>{name}: {reason}</source>
        <translation>{name}: {reason}</translation>
    </message>
    <message>
        <source>…and {n} more: see the list.</source>
        <translation>…і ще {n}: дивіться список.</translation>
    </message>
</context>
<context>
    <name>messages</name>
    <message>
        <source>{metres} m above sea level</source>
        <translation>{metres} м над рівнем моря</translation>
    </message>
    <message>
        <source>{metres} m below sea level</source>
        <translation>{metres} м нижче рівня моря</translation>
    </message>
    <message>
        <source>{count} bytes of data</source>
        <translation>обсяг даних у байтах: {count}</translation>
    </message>
    <message>
        <source>The file name shows when it was taken: {shown}</source>
        <translation>Назва файлу показує, коли його знято: {shown}</translation>
    </message>
    <message>
        <source>The file name shows the phone or camera that made it: {shown}</source>
        <translation>Назва файлу показує телефон чи камеру, якими його знято: {shown}</translation>
    </message>
    <message>
        <source>The file name shows the app that made it: {apps}</source>
        <translation>Назва файлу показує програму, якою його створено: {apps}</translation>
    </message>
    <message>
        <source>{finding} (the name was kept)</source>
        <translation>{finding} (назву залишено)</translation>
    </message>
    <message>
        <source>The file cannot be found. Was it moved or deleted?</source>
        <translation>Файл не знайдено. Його перемістили чи видалили?</translation>
    </message>
    <message>
        <source>This is not a normal file (it is a folder, a device or a pipe).</source>
        <translation>Це не звичайний файл (це тека, пристрій або канал).</translation>
    </message>
    <message>
        <source>This is a folder, not a file.</source>
        <translation>Це тека, а не файл.</translation>
    </message>
    <message>
        <source>The file is empty.</source>
        <translation>Файл порожній.</translation>
    </message>
    <message>
        <source>The file cannot be read: {reason}</source>
        <translation>Не вдається прочитати файл: {reason}</translation>
    </message>
    <message>
        <source>The file name says {format}, but the file cannot be read as {format}.</source>
        <translation>Назва файлу вказує на {format}, але файл не вдається прочитати як {format}.</translation>
    </message>
    <message>
        <source>This type of file is not supported, so it was not cleaned.</source>
        <translation>Такий тип файлів не підтримується, тому його не очищено.</translation>
    </message>
    <message>
        <source>This is a link; it was not followed.</source>
        <translation>Це посилання; його не відкрито.</translation>
    </message>
    <message>
        <source>This file could not be read ({kind}).</source>
        <translation>Не вдалося прочитати цей файл ({kind}).</translation>
    </message>
    <message>
        <source>It holds documents inside documents, too many levels deep.</source>
        <translation>Він містить документи в документах, вкладені надто глибоко.</translation>
    </message>
    <message>
        <source>There is not enough memory to read this file.</source>
        <translation>Недостатньо пам&apos;яті, щоб прочитати цей файл.</translation>
    </message>
    <message>
        <source>There is not enough memory.</source>
        <translation>Недостатньо пам&apos;яті.</translation>
    </message>
    <message>
        <source>A file could not be read or written: {reason}</source>
        <translation>Не вдалося прочитати або записати файл: {reason}</translation>
    </message>
    <message>
        <source>Unexpected error ({kind}). Nothing was written.</source>
        <translation>Неочікувана помилка ({kind}). Нічого не записано.</translation>
    </message>
    <message>
        <source>The copy would replace the original. Choose another name or folder.</source>
        <translation>Копія замінила б оригінал. Виберіть іншу назву або теку.</translation>
    </message>
    <message>
        <source>Replacing the original cannot change the file type. Save copies in a folder instead.</source>
        <translation>Під час заміни оригіналу не можна змінити тип файлу. Натомість збережіть копії в теці.</translation>
    </message>
    <message>
        <source>This file is a link. Save copies in a folder instead.</source>
        <translation>Цей файл — посилання. Натомість збережіть копії в теці.</translation>
    </message>
    <message>
        <source>The clean copy could not be checked again, so it was deleted: {reason}</source>
        <translation>Очищену копію не вдалося перевірити ще раз, тому її видалено: {reason}</translation>
    </message>
    <message>
        <source>The clean copy still held data ({left}), so it was deleted.</source>
        <translation>В очищеній копії ще були дані ({left}), тому її видалено.</translation>
    </message>
    <message>
        <source>The folder for the copies cannot be created: {reason}</source>
        <translation>Не вдається створити теку для копій: {reason}</translation>
    </message>
    <message>
        <source>Nothing can be saved in the folder for the copies: {reason}</source>
        <translation>У теку для копій нічого не можна зберегти: {reason}</translation>
    </message>
    <message>
        <source>The copy could not be finished: {reason}</source>
        <translation>Не вдалося завершити копію: {reason}</translation>
    </message>
    <message>
        <source>The copies could not be saved to the disk: {reason}</source>
        <translation>Не вдалося зберегти копії на диск: {reason}</translation>
    </message>
    <message>
        <source>No free name was found for the clean copy.</source>
        <translation>Не знайдено вільної назви для очищеної копії.</translation>
    </message>
    <message>
        <source>The clean copy could not be saved: {reason}</source>
        <translation>Не вдалося зберегти очищену копію: {reason}</translation>
    </message>
    <message>
        <source>The earlier copy could not be replaced: {reason}</source>
        <translation>Не вдалося замінити попередню копію: {reason}</translation>
    </message>
    <message>
        <source>This JPEG is damaged: its beginning is missing.</source>
        <translation>Цей JPEG пошкоджено: бракує його початку.</translation>
    </message>
    <message>
        <source>This JPEG is damaged (a wrong length at byte {pos}).</source>
        <translation>Цей JPEG пошкоджено (неправильна довжина в байті {pos}).</translation>
    </message>
    <message>
        <source>This JPEG is damaged: its picture does not end where it should.</source>
        <translation>Цей JPEG пошкоджено: його зображення закінчується не там, де має.</translation>
    </message>
    <message>
        <source>This JPEG is damaged (a missing marker at byte {pos}).</source>
        <translation>Цей JPEG пошкоджено (бракує маркера в байті {pos}).</translation>
    </message>
    <message>
        <source>This JPEG is cut off before the picture starts.</source>
        <translation>Цей JPEG обривається до початку зображення.</translation>
    </message>
    <message>
        <source>This JPEG is damaged: it has far too many parts.</source>
        <translation>Цей JPEG пошкоджено: у ньому занадто багато частин.</translation>
    </message>
    <message>
        <source>This rare kind of JPEG (hierarchical or JPEG-LS) is not supported.</source>
        <translation>Цей рідкісний вид JPEG (ієрархічний або JPEG-LS) не підтримується.</translation>
    </message>
    <message>
        <source>This JPEG holds no picture.</source>
        <translation>У цьому JPEG немає зображення.</translation>
    </message>
    <message>
        <source>This JPEG is damaged: its picture is not where the file says.</source>
        <translation>Цей JPEG пошкоджено: його зображення не там, де вказано у файлі.</translation>
    </message>
    <message>
        <source>This JPEG is damaged: it holds more than one picture frame.</source>
        <translation>Цей JPEG пошкоджено: у ньому більше ніж один кадр.</translation>
    </message>
    <message>
        <source>This JPEG has other data hidden inside its picture, so it was not cleaned.</source>
        <translation>У зображенні цього JPEG приховано інші дані, тому його не очищено.</translation>
    </message>
    <message>
        <source>The colour profile is too large.</source>
        <translation>Колірний профіль завеликий.</translation>
    </message>
    <message>
        <source>The picture is incomplete: the file was cut off.</source>
        <translation>Зображення неповне: файл обрізано.</translation>
    </message>
    <message>
        <source>This JPEG is damaged in places; the copy looks the same as the original did.</source>
        <translation>Цей JPEG місцями пошкоджено; копія виглядає так само, як виглядав оригінал.</translation>
    </message>
    <message>
        <source>The GIF file was cut short; its complete frames were kept.</source>
        <translation>Файл GIF обірвано; його повні кадри залишено.</translation>
    </message>
    <message>
        <source>The {format} picture was saved as PNG.</source>
        <translation>Зображення {format} збережено як PNG.</translation>
    </message>
    <message>
        <source>Only the first frame of the animation was kept ({frames} in the file).</source>
        <translation>Залишено лише перший кадр анімації (у файлі їх {frames}).</translation>
    </message>
    <message>
        <source>Only the first page was kept ({frames} in the file).</source>
        <translation>Залишено лише першу сторінку (у файлі їх {frames}).</translation>
    </message>
    <message>
        <source>The picture was saved with 8 bits per colour (it had more).</source>
        <translation>Зображення збережено з 8 бітами на колір (було більше).</translation>
    </message>
    <message>
        <source>Colours may look slightly different ({mode} was turned into RGB).</source>
        <translation>Кольори можуть виглядати трохи інакше ({mode} перетворено на RGB).</translation>
    </message>
    <message>
        <source>Transparent areas were filled with white (JPEG has no transparency).</source>
        <translation>Прозорі ділянки залито білим (у JPEG немає прозорості).</translation>
    </message>
    <message>
        <source>The form&apos;s XML layer was removed.</source>
        <translation>XML-шар форми видалено.</translation>
    </message>
    <message>
        <source>A digital signature was removed.</source>
        <translation>Цифровий підпис видалено.</translation>
    </message>
    <message>
        <source>Embedded objects (files inside the document) were removed.</source>
        <translation>Вбудовані об&apos;єкти (файли всередині документа) видалено.</translation>
    </message>
    <message>
        <source>Pictures in drawing formats that cannot be checked (SVG, WMF…) were removed.</source>
        <translation>Малюнки у форматах, які не можна перевірити (SVG, WMF…), видалено.</translation>
    </message>
    <message>
        <source>It is saved as {ext}: the same document without macros.</source>
        <translation>Його збережено як {ext}: той самий документ без макросів.</translation>
    </message>
    <message>
        <source>The animation keeps its rotation tag; its frames were not turned.</source>
        <translation>Анімація зберігає тег повороту; її кадри не повернуто.</translation>
    </message>
    <message>
        <source>This TIFF has {count} pages. Many viewers show only the first: check the others too.</source>
        <translation>У цьому TIFF сторінок: {count}. Багато програм показують лише першу — перевірте й інші.</translation>
    </message>
    <message>
        <source>The TIFF keeps its orientation tag; its pixels were not turned.</source>
        <translation>TIFF зберігає тег орієнтації; його пікселі не повернуто.</translation>
    </message>
    <message>
        <source>Colours may look slightly different in the JPEG copy.</source>
        <translation>У копії JPEG кольори можуть виглядати трохи інакше.</translation>
    </message>
    <message>
        <source>This PNG is cut off before the picture starts.</source>
        <translation>Цей PNG обривається до початку зображення.</translation>
    </message>
    <message>
        <source>The file was cut off; the clean copy keeps the part that is there.</source>
        <translation>Файл обрізано; очищена копія зберігає ту частину, яка є.</translation>
    </message>
    <message>
        <source>The removed data said to turn the picture. Check that it is the right way up.</source>
        <translation>Видалені дані вказували, що зображення треба повернути. Перевірте, чи воно правильно повернуте.</translation>
    </message>
    <message>
        <source>Viewers that do not play animations now show a blank picture instead of a hidden one.</source>
        <translation>Програми, які не відтворюють анімацію, тепер показують порожнє зображення замість прихованого.</translation>
    </message>
    <message>
        <source>The sound was removed.</source>
        <translation>Звук видалено.</translation>
    </message>
    <message>
        <source>The clip had more than 8 bits per colour (HDR); the copy has 8, so colours may look flatter.</source>
        <translation>У кліпі було понад 8 бітів на колір (HDR); у копії — 8, тому кольори можуть виглядати тьмянішими.</translation>
    </message>
    <message>
        <source>Its broken index was rebuilt the way PDF viewers do it. Check the clean copy.</source>
        <translation>Його пошкоджений покажчик відновлено так, як це роблять програми для перегляду PDF. Перевірте очищену копію.</translation>
    </message>
    <message>
        <source>It was locked against copying, printing or changes, but opens without a password. The clean copy has no lock.</source>
        <translation>Він був захищений від копіювання, друку чи змін, але відкривається без пароля. Очищена копія не має захисту.</translation>
    </message>
    <message>
        <source>Its attached files are locked with a password (the pages are not). The clean copy has no attachments.</source>
        <translation>Його вкладені файли захищено паролем (сторінки — ні). В очищеній копії немає вкладень.</translation>
    </message>
    <message>
        <source>A cropped picture still held the part you cut away. It was removed.</source>
        <translation>Обрізане зображення ще містило відрізану вами частину. Її видалено.</translation>
    </message>
    <message>
        <source>Pages were turned into pictures: text can no longer be selected or searched.</source>
        <translation>Сторінки перетворено на зображення: текст більше не можна виділити чи знайти пошуком.</translation>
    </message>
    <message>
        <source>{count} layers of this PDF are hidden when it opens. They are kept in the copy; to leave them out, choose to turn PDF pages into pictures.</source>
        <translation>Шарів цього PDF, прихованих під час відкриття: {count}. Вони залишаються в копії; щоб прибрати їх, виберіть перетворення сторінок PDF на зображення.</translation>
    </message>
    <message>
        <source>1 layer of this PDF is hidden when it opens. It is kept in the copy; to leave it out, choose to turn PDF pages into pictures.</source>
        <translation>1 шар цього PDF приховано під час відкриття. Він залишається в копії; щоб прибрати його, виберіть перетворення сторінок PDF на зображення.</translation>
    </message>
    <message>
        <source>There is text in white, unseen on a white page, on {count} pages. It is kept in the copy; to leave it out, choose to turn PDF pages into pictures.</source>
        <translation>Білий текст, невидимий на білій сторінці, є на сторінках: {count}. Він залишається в копії; щоб прибрати його, виберіть перетворення сторінок PDF на зображення.</translation>
    </message>
    <message>
        <source>There is text in white, unseen on a white page, on 1 page. It is kept in the copy; to leave it out, choose to turn PDF pages into pictures.</source>
        <translation>Білий текст, невидимий на білій сторінці, є на 1 сторінці. Він залишається в копії; щоб прибрати його, виберіть перетворення сторінок PDF на зображення.</translation>
    </message>
    <message>
        <source>There is text placed outside the page on {count} pages. It is kept in the copy; to leave it out, choose to turn PDF pages into pictures.</source>
        <translation>Текст, винесений за межі сторінки, є на сторінках: {count}. Він залишається в копії; щоб прибрати його, виберіть перетворення сторінок PDF на зображення.</translation>
    </message>
    <message>
        <source>There is text placed outside the page on 1 page. It is kept in the copy; to leave it out, choose to turn PDF pages into pictures.</source>
        <translation>Текст, винесений за межі сторінки, є на 1 сторінці. Він залишається в копії; щоб прибрати його, виберіть перетворення сторінок PDF на зображення.</translation>
    </message>
    <message>
        <source>Embedded fonts were removed.</source>
        <translation>Вбудовані шрифти видалено.</translation>
    </message>
    <message>
        <source>Videos and sounds were removed: they could not be checked.</source>
        <translation>Відео та звуки видалено: їх не вдалося перевірити.</translation>
    </message>
    <message>
        <source>Pictures in drawing formats that cannot be checked (EMF, WMF, SVG…) were removed.</source>
        <translation>Малюнки у форматах, які не можна перевірити (EMF, WMF, SVG…), видалено.</translation>
    </message>
    <message>
        <source>The photo was saved again at high quality ({reason}).</source>
        <translation>Фото збережено заново у високій якості ({reason}).</translation>
    </message>
    <message>
        <source>The macros (programs) in this document were removed.</source>
        <translation>Макроси (програми) в цьому документі видалено.</translation>
    </message>
    <message>
        <source>This PDF asks for a password to open it. Remove the password first.</source>
        <translation>Цей PDF вимагає пароль для відкриття. Спершу зніміть пароль.</translation>
    </message>
    <message>
        <source>This PDF is damaged and cannot be cleaned safely.</source>
        <translation>Цей PDF пошкоджено, і його не можна безпечно очистити.</translation>
    </message>
    <message>
        <source>This PDF is damaged and cannot be cleaned safely: its end is missing.</source>
        <translation>Цей PDF пошкоджено, і його не можна безпечно очистити: бракує його кінця.</translation>
    </message>
    <message>
        <source>This PDF is damaged (cut off, or parts of it are broken) and cannot be cleaned safely. Saving it again from a PDF viewer may repair it.</source>
        <translation>Цей PDF пошкоджено (обрізано або частково зіпсовано), і його не можна безпечно очистити. Повторне збереження в програмі для перегляду PDF може його виправити.</translation>
    </message>
    <message>
        <source>This {format} picture is damaged and cannot be decoded: part of it is missing.</source>
        <translation>Це зображення {format} пошкоджено, і його не вдається декодувати: бракує частини.</translation>
    </message>
    <message>
        <source>{count} slides are hidden. They are kept in the copy; to remove them, turn on removing hidden content.</source>
        <translation>Прихованих слайдів: {count}. Вони залишаються в копії; щоб видалити їх, увімкніть видалення прихованого вмісту.</translation>
    </message>
    <message>
        <source>1 slide is hidden. It is kept in the copy; to remove it, turn on removing hidden content.</source>
        <translation>Приховано 1 слайд. Він залишається в копії; щоб видалити його, увімкніть видалення прихованого вмісту.</translation>
    </message>
    <message>
        <source>There are speaker notes on {count} slides. They are kept in the copy; to remove them, turn on removing speaker notes.</source>
        <translation>Слайдів із нотатками доповідача: {count}. Нотатки залишаються в копії; щоб видалити їх, увімкніть видалення нотаток доповідача.</translation>
    </message>
    <message>
        <source>There are speaker notes on 1 slide. They are kept in the copy; to remove them, turn on removing speaker notes.</source>
        <translation>Нотатки доповідача є на 1 слайді. Вони залишаються в копії; щоб видалити їх, увімкніть видалення нотаток доповідача.</translation>
    </message>
    <message>
        <source>{count} sheets are hidden. They are kept in the copy; to remove them, turn on removing hidden content.</source>
        <translation>Прихованих аркушів: {count}. Вони залишаються в копії; щоб видалити їх, увімкніть видалення прихованого вмісту.</translation>
    </message>
    <message>
        <source>1 sheet is hidden. It is kept in the copy; to remove it, turn on removing hidden content.</source>
        <translation>Приховано 1 аркуш. Він залишається в копії; щоб видалити його, увімкніть видалення прихованого вмісту.</translation>
    </message>
    <message>
        <source>There is hidden text in {count} places. It is kept in the copy; to remove it, turn on removing hidden content.</source>
        <translation>Місць із прихованим текстом: {count}. Текст залишається в копії; щоб видалити його, увімкніть видалення прихованого вмісту.</translation>
    </message>
    <message>
        <source>There is hidden text in 1 place. It is kept in the copy; to remove it, turn on removing hidden content.</source>
        <translation>Прихований текст є в 1 місці. Він залишається в копії; щоб видалити його, увімкніть видалення прихованого вмісту.</translation>
    </message>
    <message>
        <source>{count} sections are hidden. They are kept in the copy; to remove them, turn on removing hidden content.</source>
        <translation>Прихованих розділів: {count}. Вони залишаються в копії; щоб видалити їх, увімкніть видалення прихованого вмісту.</translation>
    </message>
    <message>
        <source>1 section is hidden. It is kept in the copy; to remove it, turn on removing hidden content.</source>
        <translation>Приховано 1 розділ. Він залишається в копії; щоб видалити його, увімкніть видалення прихованого вмісту.</translation>
    </message>
    <message>
        <source>A cropped photo still held the part you cut away. It was removed.</source>
        <translation>Обрізане фото ще містило відрізану вами частину. Її видалено.</translation>
    </message>
    <message>
        <source>{count} cropped photos still held the parts you cut away. They were removed.</source>
        <translation>Обрізані фото ({count}) ще містили відрізані вами частини. Їх видалено.</translation>
    </message>
    <message>
        <source>The camera fingerprint was weakened, not removed. The picture was resized from {before} to {after} pixels.</source>
        <translation>«Відбиток» камери послаблено, але не видалено. Розмір зображення змінено з {before} на {after} пікселів.</translation>
    </message>
    <message>
        <source>This document is protected by a password. Remove the password first.</source>
        <translation>Цей документ захищено паролем. Спершу зніміть пароль.</translation>
    </message>
    <message>
        <source>This document is damaged: its contents cannot be unpacked.</source>
        <translation>Цей документ пошкоджено: його вміст не вдається розпакувати.</translation>
    </message>
    <message>
        <source>This document is damaged and cannot be read safely.</source>
        <translation>Цей документ пошкоджено, і його не можна безпечно прочитати.</translation>
    </message>
    <message>
        <source>This TIFF file holds no picture.</source>
        <translation>У цьому файлі TIFF немає зображення.</translation>
    </message>
    <message>
        <source>Camera RAW files are not supported. Export a TIFF or JPEG first.</source>
        <translation>Файли RAW з камер не підтримуються. Спершу експортуйте TIFF або JPEG.</translation>
    </message>
    <message>
        <source>This TIFF file is damaged.</source>
        <translation>Цей файл TIFF пошкоджено.</translation>
    </message>
    <message>
        <source>Old-style JPEG TIFF files are not supported. Convert them first.</source>
        <translation>Файли TIFF зі стисненням JPEG старого типу не підтримуються. Спершу перетворіть їх.</translation>
    </message>
    <message>
        <source>This TIFF file is cut off or damaged.</source>
        <translation>Цей файл TIFF обрізано або пошкоджено.</translation>
    </message>
    <message>
        <source>This {format} picture is encrypted.</source>
        <translation>Це зображення {format} зашифровано.</translation>
    </message>
    <message>
        <source>This {format} picture is damaged and cannot be decoded.</source>
        <translation>Це зображення {format} пошкоджено, і його не вдається декодувати.</translation>
    </message>
    <message>
        <source>The description of this {format} picture is too large to check.</source>
        <translation>Опис цього зображення {format} завеликий, щоб його перевірити.</translation>
    </message>
    <message>
        <source>{format} picture sequences and videos are not supported.</source>
        <translation>Послідовності зображень і відео у форматі {format} не підтримуються.</translation>
    </message>
    <message>
        <source>This {format} file has too many parts to check safely.</source>
        <translation>Цей файл {format} має забагато частин, щоб його можна було безпечно перевірити.</translation>
    </message>
    <message>
        <source>This picture is AVIF, not HEIC. Rename it to end in .avif.</source>
        <translation>Це зображення у форматі AVIF, а не HEIC. Перейменуйте його, щоб назва закінчувалася на .avif.</translation>
    </message>
    <message>
        <source>The picture is too small to save as HEIC. Choose JPEG copies instead.</source>
        <translation>Зображення замале, щоб зберегти його як HEIC. Натомість виберіть копії JPEG.</translation>
    </message>
    <message>
        <source>The picture could not be saved as HEIC. Choose JPEG copies instead.</source>
        <translation>Не вдалося зберегти зображення як HEIC. Натомість виберіть копії JPEG.</translation>
    </message>
    <message>
        <source>The picture is too large to process ({size} pixels).</source>
        <translation>Зображення завелике для обробки ({size} пікселів).</translation>
    </message>
    <message>
        <source>This is not a valid PNG file.</source>
        <translation>Це не коректний файл PNG.</translation>
    </message>
    <message>
        <source>This PNG file is damaged (a part of it is not valid).</source>
        <translation>Цей файл PNG пошкоджено (одна з його частин некоректна).</translation>
    </message>
    <message>
        <source>This PNG file is damaged: its beginning is missing.</source>
        <translation>Цей файл PNG пошкоджено: бракує його початку.</translation>
    </message>
    <message>
        <source>This PDF is too complex to be checked safely.</source>
        <translation>Цей PDF надто складний, щоб його можна було безпечно перевірити.</translation>
    </message>
    <message>
        <source>This PDF has too many levels, one inside another, to be checked safely.</source>
        <translation>У цьому PDF надто багато рівнів, вкладених один в одний, щоб його можна було безпечно перевірити.</translation>
    </message>
    <message>
        <source>The drawings in this PDF are put one inside another too many times to be checked safely.</source>
        <translation>Малюнки в цьому PDF вкладено один в одний надто багато разів, щоб їх можна було безпечно перевірити.</translation>
    </message>
    <message>
        <source>This PDF has too many parts ({count}) to be checked safely.</source>
        <translation>У цьому PDF надто багато частин ({count}), щоб його можна було безпечно перевірити.</translation>
    </message>
    <message>
        <source>This PDF has too many pages ({count}) to turn them into pictures.</source>
        <translation>У цьому PDF надто багато сторінок ({count}), щоб перетворити їх на зображення.</translation>
    </message>
    <message>
        <source>This PDF could not be given a new document ID, so it was not cleaned.</source>
        <translation>Цьому PDF не вдалося надати новий ідентифікатор документа, тому його не очищено.</translation>
    </message>
    <message>
        <source>This PDF could not be copied faithfully, so it was not cleaned.</source>
        <translation>Цей PDF не вдалося точно скопіювати, тому його не очищено.</translation>
    </message>
    <message>
        <source>A page of this PDF has pictures on it that cannot be checked. To clean this PDF, choose to turn PDF pages into pictures.</source>
        <translation>На одній зі сторінок цього PDF є зображення, які не можна перевірити. Щоб очистити цей PDF, виберіть перетворення сторінок PDF на зображення.</translation>
    </message>
    <message>
        <source>A picture in this PDF is shown through a shape that hides part of it, and it cannot be cut exactly. To clean this PDF, choose to turn PDF pages into pictures.</source>
        <translation>Зображення в цьому PDF показано крізь фігуру, яка приховує його частину, і його не можна точно обрізати. Щоб очистити цей PDF, виберіть перетворення сторінок PDF на зображення.</translation>
    </message>
    <message>
        <source>A picture in this PDF has a hidden part, stored in a way that cannot be cut away. To clean this PDF, choose to turn PDF pages into pictures.</source>
        <translation>Зображення в цьому PDF має приховану частину, збережену так, що її не можна відрізати. Щоб очистити цей PDF, виберіть перетворення сторінок PDF на зображення.</translation>
    </message>
    <message>
        <source>A picture in this PDF has a hidden part and is too large to be cut. To clean this PDF, choose to turn PDF pages into pictures.</source>
        <translation>Зображення в цьому PDF має приховану частину, а саме воно завелике, щоб його обрізати. Щоб очистити цей PDF, виберіть перетворення сторінок PDF на зображення.</translation>
    </message>
    <message>
        <source>A picture in this PDF is stored in a way that cannot be checked.</source>
        <translation>Зображення в цьому PDF збережено так, що його не можна перевірити.</translation>
    </message>
    <message>
        <source>A picture drawn inside a page of this PDF is stored in a way that cannot be checked.</source>
        <translation>Зображення, намальоване всередині сторінки цього PDF, збережено так, що його не можна перевірити.</translation>
    </message>
    <message>
        <source>A colour profile in this PDF is stored in a way that cannot be checked.</source>
        <translation>Колірний профіль у цьому PDF збережено так, що його не можна перевірити.</translation>
    </message>
    <message>
        <source>A picture drawn inside a page of this PDF could not be saved again without its hidden data.</source>
        <translation>Зображення, намальоване всередині сторінки цього PDF, не вдалося зберегти заново без його прихованих даних.</translation>
    </message>
    <message>
        <source>A picture in this PDF is too large once unpacked (more than {mb} MB).</source>
        <translation>Зображення в цьому PDF після розпакування завелике (понад {mb} МБ).</translation>
    </message>
    <message>
        <source>A picture drawn inside a page of this PDF is too large once unpacked (more than {mb} MB).</source>
        <translation>Зображення, намальоване всередині сторінки цього PDF, після розпакування завелике (понад {mb} МБ).</translation>
    </message>
    <message>
        <source>A page of this PDF is too large once unpacked (more than {mb} MB).</source>
        <translation>Сторінка цього PDF після розпакування завелика (понад {mb} МБ).</translation>
    </message>
    <message>
        <source>A colour profile in this PDF is too large once unpacked (more than {mb} MB).</source>
        <translation>Колірний профіль у цьому PDF після розпакування завеликий (понад {mb} МБ).</translation>
    </message>
    <message>
        <source>A JPEG 2000 picture in this PDF has comments that cannot be removed.</source>
        <translation>Зображення JPEG 2000 у цьому PDF містить коментарі, які не можна видалити.</translation>
    </message>
    <message>
        <source>There is a problem with a picture in this PDF. {problem}</source>
        <translation>Проблема із зображенням у цьому PDF. {problem}</translation>
    </message>
    <message>
        <source>There is a problem with a picture drawn inside a page of this PDF. {problem}</source>
        <translation>Проблема із зображенням, намальованим всередині сторінки цього PDF. {problem}</translation>
    </message>
    <message>
        <source>Unpacked, this document would take more than {mb} MB: too much to be checked safely.</source>
        <translation>У розпакованому вигляді цей документ займав би понад {mb} МБ — забагато, щоб його можна було безпечно перевірити.</translation>
    </message>
    <message>
        <source>A part of this document ({part}) holds an XML declaration used in attacks, so it was not opened.</source>
        <translation>Частина цього документа ({part}) містить оголошення XML, яке використовують в атаках, тому документ не відкрито.</translation>
    </message>
    <message>
        <source>There is a problem with a picture in this document ({part}). {problem}</source>
        <translation>Проблема із зображенням у цьому документі ({part}). {problem}</translation>
    </message>
    <message>
        <source>There is a problem with a document inside this document ({part}). {problem}</source>
        <translation>Проблема з документом усередині цього документа ({part}). {problem}</translation>
    </message>
    <message>
        <source>This document is packed in a way used to crash programs (a zip bomb), so it was not opened.</source>
        <translation>Цей документ запаковано способом, яким виводять програми з ладу (zip-бомба), тому його не відкрито.</translation>
    </message>
    <message>
        <source>This zip file is not an OpenDocument file.</source>
        <translation>Цей zip-файл не є файлом OpenDocument.</translation>
    </message>
    <message>
        <source>This kind of OpenDocument file is not supported.</source>
        <translation>Такий тип файлів OpenDocument не підтримується.</translation>
    </message>
    <message>
        <source>This zip file is not an Office document.</source>
        <translation>Цей zip-файл не є документом Office.</translation>
    </message>
    <message>
        <source>This kind of Office document is not supported.</source>
        <translation>Такий тип документів Office не підтримується.</translation>
    </message>
    <message>
        <source>This is an old-style Office file (.doc, .xls, .ppt) or a document protected by a password. Open it in Office and save it as .docx, .xlsx or .pptx, without a password.</source>
        <translation>Це файл Office старого формату (.doc, .xls, .ppt) або документ, захищений паролем. Відкрийте його в Office і збережіть як .docx, .xlsx або .pptx без пароля.</translation>
    </message>
    <message>
        <source>This document is saved as Strict Open XML, which is not supported. Save it again as an ordinary .docx, .xlsx or .pptx file.</source>
        <translation>Цей документ збережено у форматі Strict Open XML, який не підтримується. Збережіть його заново як звичайний файл .docx, .xlsx або .pptx.</translation>
    </message>
    <message>
        <source>Part of this document&apos;s text is stored inside it as a web page or in another format, which cannot be checked. Open it in Word and save it again.</source>
        <translation>Частину тексту цього документа збережено в ньому як вебсторінку або в іншому форматі, який не можна перевірити. Відкрийте його у Word і збережіть заново.</translation>
    </message>
    <message>
        <source>The picture is too large to process.</source>
        <translation>Зображення завелике для обробки.</translation>
    </message>
    <message>
        <source>A cropped picture in it is too large to cut safely.</source>
        <translation>Обрізане зображення в ньому завелике, щоб його можна було безпечно обрізати.</translation>
    </message>
    <message>
        <source>Areas cannot be covered in {format} pictures.</source>
        <translation>У зображеннях {format} не можна закривати ділянки.</translation>
    </message>
    <message>
        <source>{format} files are not video clips.</source>
        <translation>Файли {format} не є відеокліпами.</translation>
    </message>
    <message>
        <source>Covering areas makes a new copy: the original is never changed. Save copies in a folder instead.</source>
        <translation>Закриття ділянок створює нову копію: оригінал ніколи не змінюється. Натомість збережіть копії в теці.</translation>
    </message>
    <message>
        <source>This clip is turned by {degrees} degrees, which is not supported.</source>
        <translation>Цей кліп повернуто на {degrees}°, а це не підтримується.</translation>
    </message>
    <message>
        <source>The clip is too large to process ({size} pixels).</source>
        <translation>Кліп завеликий для обробки ({size} пікселів).</translation>
    </message>
    <message>
        <source>This HEIF picture uses a kind of compression that is not supported ({code}).</source>
        <translation>Це зображення HEIF використовує вид стиснення, який не підтримується ({code}).</translation>
    </message>
    <message>
        <source>The picture could not be saved as AVIF.</source>
        <translation>Не вдалося зберегти зображення як AVIF.</translation>
    </message>
    <message>
        <source>This {format} file is stored in pieces, as when it is streamed. This is not supported.</source>
        <translation>Цей файл {format} збережено частинами, як під час потокового передавання. Це не підтримується.</translation>
    </message>
    <message>
        <source>The header of this {format} file is split up or compressed. This is not supported.</source>
        <translation>Заголовок цього файлу {format} розбито на частини або стиснуто. Це не підтримується.</translation>
    </message>
    <message>
        <source>This {format} file plays sound or pictures stored in other files. This is not supported.</source>
        <translation>Цей файл {format} відтворює звук або зображення, збережені в інших файлах. Це не підтримується.</translation>
    </message>
    <message>
        <source>This {format} file is copy-protected, so it cannot be cleaned.</source>
        <translation>Цей файл {format} захищено від копіювання, тому його не можна очистити.</translation>
    </message>
    <message>
        <source>This {format} file is too large to clean.</source>
        <translation>Цей файл {format} завеликий для очищення.</translation>
    </message>
    <message>
        <source>The sound of this video is stored in a way that is not supported.</source>
        <translation>Звук цього відео збережено способом, який не підтримується.</translation>
    </message>
    <message>
        <source>The sound of this video is in an old format that is not supported.</source>
        <translation>Звук цього відео має старий формат, який не підтримується.</translation>
    </message>
    <message>
        <source>This M4A file also holds video, chapters or text, which cannot be cleaned here.</source>
        <translation>Цей файл M4A містить також відео, розділи або текст, які тут не можна очистити.</translation>
    </message>
    <message>
        <source>This is copy-protected iTunes music. Its purchase record cannot be removed without breaking it.</source>
        <translation>Це музика з iTunes, захищена від копіювання. Запис про її покупку не можна видалити, не зіпсувавши саму музику.</translation>
    </message>
    <message>
        <source>This FLAC file starts with an ID3 tag, which FLAC players do not expect, so it was not cleaned.</source>
        <translation>Цей файл FLAC починається з тегу ID3, якого програвачі FLAC не очікують, тому його не очищено.</translation>
    </message>
    <message>
        <source>Bare AAC sound files are not supported, only AAC inside M4A files.</source>
        <translation>Окремі звукові файли AAC не підтримуються, лише AAC усередині файлів M4A.</translation>
    </message>
    <message>
        <source>This Ogg file holds video or a kind of sound that cannot be cleaned. Only Vorbis and Opus are supported.</source>
        <translation>Цей файл Ogg містить відео або звук такого типу, який не можна очистити. Підтримуються лише Vorbis і Opus.</translation>
    </message>
    <message>
        <source>This PNG has a part that is not standard ({part}), so it was not cleaned.</source>
        <translation>Цей PNG має нестандартну частину ({part}), тому його не очищено.</translation>
    </message>
    <message>
        <source>This animated PNG hides a still picture too large to replace, so it was not cleaned.</source>
        <translation>Цей анімований PNG приховує нерухоме зображення, завелике для заміни, тому його не очищено.</translation>
    </message>
    <message>
        <source>This TIFF has more than {count} pages.</source>
        <translation>Кількість сторінок у цьому TIFF перевищує {count}.</translation>
    </message>
    <message>
        <source>This TIFF is damaged: its picture data adds up to more than the file.</source>
        <translation>Цей TIFF пошкоджено: дані його зображення разом більші за сам файл.</translation>
    </message>
    <message>
        <source>The first page of this TIFF is only a preview. Such TIFF files are not supported.</source>
        <translation>Перша сторінка цього TIFF — лише ескіз для попереднього перегляду. Такі файли TIFF не підтримуються.</translation>
    </message>
    <message>
        <source>The clean TIFF would be larger than 4 GB.</source>
        <translation>Очищений TIFF був би більшим за 4 ГБ.</translation>
    </message>
    <message>
        <source>a crop hid part of the picture</source>
        <extracomment>Why the photo was saved again, in &quot;The photo was saved again at high quality ({reason}).&quot;</extracomment>
        <translation>обрізання приховувало частину зображення</translation>
    </message>
    <message>
        <source>colours under its see-through areas could hide a picture</source>
        <extracomment>Why the photo was saved again, in &quot;The photo was saved again at high quality ({reason}).&quot;</extracomment>
        <translation>кольори під його прозорими ділянками могли приховувати зображення</translation>
    </message>
    <message>
        <source>it is made of layers that can cover one another</source>
        <extracomment>Why the photo was saved again, in &quot;The photo was saved again at high quality ({reason}).&quot;</extracomment>
        <translation>воно складається з шарів, які можуть перекривати один одного</translation>
    </message>
    <message>
        <source>its tiles do not fit together in a regular grid</source>
        <extracomment>Why the photo was saved again, in &quot;The photo was saved again at high quality ({reason}).&quot;</extracomment>
        <translation>його фрагменти не складаються в рівну сітку</translation>
    </message>
    <message>
        <source>whole tiles of its picture were hidden</source>
        <extracomment>Why the photo was saved again, in &quot;The photo was saved again at high quality ({reason}).&quot;</extracomment>
        <translation>цілі фрагменти його зображення було приховано</translation>
    </message>
    <message>
        <source>its picture is stored in another file</source>
        <extracomment>Why the photo was saved again, in &quot;The photo was saved again at high quality ({reason}).&quot;</extracomment>
        <translation>його зображення зберігається в іншому файлі</translation>
    </message>
    <message>
        <source>its picture is built from data stored elsewhere in the file</source>
        <extracomment>Why the photo was saved again, in &quot;The photo was saved again at high quality ({reason}).&quot;</extracomment>
        <translation>його зображення складено з даних, збережених в іншому місці файлу</translation>
    </message>
    <message>
        <source>its picture data is not where it should be in the file</source>
        <extracomment>Why the photo was saved again, in &quot;The photo was saved again at high quality ({reason}).&quot;</extracomment>
        <translation>дані його зображення розташовані не там, де мають бути у файлі</translation>
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
        <translation>елементів: {count}</translation>
    </message>
    <message>
        <source>in the file name: {shown}</source>
        <translation>у назві файлу: {shown}</translation>
    </message>
    <message>
        <source>{values} and {count} more</source>
        <translation>{values} та ще {count}</translation>
    </message>
    <message>
        <source>{deg}° N</source>
        <translation>{deg}° пн. ш.</translation>
    </message>
    <message>
        <source>{deg}° S</source>
        <translation>{deg}° пд. ш.</translation>
    </message>
    <message>
        <source>{deg}° E</source>
        <translation>{deg}° сх. д.</translation>
    </message>
    <message>
        <source>{deg}° W</source>
        <translation>{deg}° зх. д.</translation>
    </message>
    <message>
        <source>serial {number}</source>
        <translation>серійний № {number}</translation>
    </message>
</context>
<context>
    <name>words</name>
    <message>
        <source>location</source>
        <translation>місце</translation>
    </message>
    <message>
        <source>phone/camera</source>
        <translation>телефон/камера</translation>
    </message>
    <message>
        <source>your name</source>
        <translation>ваше ім&apos;я</translation>
    </message>
    <message>
        <source>date</source>
        <translation>дата</translation>
    </message>
    <message>
        <source>hidden extra image/video</source>
        <translation>приховане додаткове зображення/відео</translation>
    </message>
    <message>
        <source>editing history</source>
        <translation>історія змін</translation>
    </message>
    <message>
        <source>other hidden data</source>
        <translation>інші приховані дані</translation>
    </message>
    <message>
        <source>Reveals where it was taken or made</source>
        <translation>Показує, де знято або створено</translation>
    </message>
    <message>
        <source>Identifies your phone or camera</source>
        <translation>Вказує на ваш телефон чи камеру</translation>
    </message>
    <message>
        <source>Contains a name</source>
        <translation>Містить ім&apos;я</translation>
    </message>
    <message>
        <source>Tells when it was taken or made</source>
        <translation>Показує, коли знято або створено</translation>
    </message>
    <message>
        <source>Hides an extra picture, video or file</source>
        <translation>Приховує додаткове зображення, відео чи файл</translation>
    </message>
    <message>
        <source>Shows editing history or the apps used</source>
        <translation>Показує історію змін або використані програми</translation>
    </message>
    <message>
        <source>Other hidden data</source>
        <translation>Інші приховані дані</translation>
    </message>
    <message>
        <source>Location</source>
        <translation>Місце</translation>
    </message>
    <message>
        <source>Phone or camera</source>
        <translation>Телефон чи камера</translation>
    </message>
    <message>
        <source>Names</source>
        <translation>Імена</translation>
    </message>
    <message>
        <source>Date and time</source>
        <translation>Дата й час</translation>
    </message>
    <message>
        <source>Hidden extras</source>
        <translation>Приховані вкладення</translation>
    </message>
    <message>
        <source>Apps and editing</source>
        <translation>Програми й редагування</translation>
    </message>
    <message>
        <source>Other data</source>
        <translation>Інші дані</translation>
    </message>
    <message>
        <source>Cleaned</source>
        <translation>Очищено</translation>
    </message>
    <message>
        <source>Nothing to remove</source>
        <translation>Нічого видаляти</translation>
    </message>
    <message>
        <source>Not supported</source>
        <translation>Не підтримується</translation>
    </message>
    <message>
        <source>Could not be cleaned</source>
        <translation>Не вдалося очистити</translation>
    </message>
    <message>
        <source>Cancelled</source>
        <translation>Скасовано</translation>
    </message>
    <message>
        <source>removed: {what}</source>
        <translation>видалено: {what}</translation>
    </message>
    <message>
        <source>still in the copy: {what}</source>
        <translation>ще є в копії: {what}</translation>
    </message>
    <message>
        <source>This file is damaged or incomplete.</source>
        <translation>Цей файл пошкоджений або неповний.</translation>
    </message>
    <message>
        <source>This type of file is not supported yet.</source>
        <translation>Такий тип файлів поки не підтримується.</translation>
    </message>
    <message>
        <source>This file cannot be found or is not a normal file.</source>
        <translation>Цей файл не знайдено, або це не звичайний файл.</translation>
    </message>
    <message>
        <source>Scrubber cannot clean this file safely (for example it is too large or protected by a password).</source>
        <translation>Scrubber не може безпечно очистити цей файл (наприклад, він завеликий або захищений паролем).</translation>
    </message>
    <message>
        <source>The copy could not be written (is the disk full or the folder read-only?)</source>
        <translation>Не вдалося записати копію (можливо, диск заповнений або тека лише для читання?)</translation>
    </message>
    <message>
        <source>The copy still contained identifying data, so it was deleted.</source>
        <translation>У копії все ще були дані, за якими вас можна впізнати, тому її видалено.</translation>
    </message>
    <message>
        <source>Not done: cleaning was cancelled.</source>
        <translation>Не виконано: очищення скасовано.</translation>
    </message>
    <message>
        <source>The areas to cover do not fit this picture, so nothing was written.</source>
        <translation>Ділянки для закриття не відповідають цьому зображенню, тому нічого не записано.</translation>
    </message>
    <message>
        <source>Finding faces automatically does not work on this computer.</source>
        <translation>Автоматичний пошук облич не працює на цьому комп&apos;ютері.</translation>
    </message>
    <message>
        <source>Photos with areas to cover or a weakened camera fingerprint need a copy: turn off “Replace the originals”.</source>
        <translation>Фото з ділянками для закриття або з послабленим «відбитком» камери потребують копії: вимкніть «Замінювати оригінали».</translation>
    </message>
    <message>
        <source>This is a link to another file or folder; it was not followed.</source>
        <translation>Це посилання на інший файл чи теку; його не відкрито.</translation>
    </message>
    <message>
        <source>There is not enough memory to clean this file.</source>
        <translation>Недостатньо пам&apos;яті, щоб очистити цей файл.</translation>
    </message>
    <message>
        <source>This file made Scrubber&apos;s reader crash (the file may be damaged). It was not cleaned.</source>
        <translation>Через цей файл засіб читання Scrubber аварійно завершив роботу (файл може бути пошкоджено). Його не очищено.</translation>
    </message>
    <message>
        <source>Reading this file took far too long (it may be damaged), so it was stopped. It was not cleaned.</source>
        <translation>Читання цього файлу тривало надто довго (файл може бути пошкоджено), тому його зупинено. Файл не очищено.</translation>
    </message>
    <message>
        <source>Something went wrong in Scrubber with this file. Nothing was written.</source>
        <translation>У Scrubber щось пішло не так із цим файлом. Нічого не записано.</translation>
    </message>
</context>
</TS>
