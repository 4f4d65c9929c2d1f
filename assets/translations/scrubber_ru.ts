<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="ru_RU">
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
        <translation>Что выдаёт</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Состояние</translation>
    </message>
    <message>
        <source>nothing found</source>
        <translation>ничего не найдено</translation>
    </message>
    <message>
        <source>Link: not followed</source>
        <translation>Ссылка: не открыта</translation>
    </message>
    <message>
        <source>Checking…</source>
        <translation>Проверка…</translation>
    </message>
    <message>
        <source>Not supported</source>
        <translation>Не поддерживается</translation>
    </message>
    <message>
        <source>Could not be read</source>
        <translation>Не удалось прочитать</translation>
    </message>
    <message>
        <source>Cleaning… {percent}%</source>
        <translation>Очистка… {percent}%</translation>
    </message>
    <message>
        <source>Cleaning…</source>
        <translation>Очистка…</translation>
    </message>
    <message>
        <source>Ready; areas to cover: {count}</source>
        <translation>Готов к очистке; областей для закрытия: {count}</translation>
    </message>
    <message>
        <source>Ready</source>
        <translation>Готов к очистке</translation>
    </message>
</context>
<context>
    <name>ClipEditor</name>
    <message>
        <source>&amp;Time in the clip</source>
        <translation>&amp;Время в видео</translation>
    </message>
    <message>
        <source>Time in the clip</source>
        <translation>Время в видео</translation>
    </message>
    <message>
        <source>Frame of the clip</source>
        <translation>Кадр видео</translation>
    </message>
    <message>
        <source>From this f&amp;rame</source>
        <translation>С &amp;этого кадра</translation>
    </message>
    <message>
        <source>The selected areas (or all) are covered from this frame on</source>
        <translation>Выбранные области (или все) закрываются с этого кадра</translation>
    </message>
    <message>
        <source>Until t&amp;his frame</source>
        <translation>&amp;До этого кадра</translation>
    </message>
    <message>
        <source>The selected areas (or all) are covered up to this frame</source>
        <translation>Выбранные области (или все) закрываются до этого кадра</translation>
    </message>
    <message>
        <source>Whole cli&amp;p</source>
        <translation>Всё в&amp;идео</translation>
    </message>
    <message>
        <source>The selected areas (or all) are covered in every frame</source>
        <translation>Выбранные области (или все) закрываются в каждом кадре</translation>
    </message>
    <message>
        <source>{name} ({start} to {end} s)</source>
        <translation>{name} (с {start} до {end} с)</translation>
    </message>
    <message>
        <source>Areas cover every frame of the clip. Faces move: to cover them in every frame, turn on “Cover the faces found in photos and clips” in the main window.</source>
        <translation>Области закрывают все кадры видео. Лица двигаются: чтобы закрыть их в каждом кадре, включите «Закрыть найденные на фото и видео лица» в главном окне.</translation>
    </message>
    <message>
        <source>Face detection is not available ({reason}).</source>
        <translation>Автоматический поиск лиц недоступен ({reason}).</translation>
    </message>
    <message>
        <source>Looking for faces…</source>
        <translation>Поиск лиц…</translation>
    </message>
    <message>
        <source>Faces seen in this frame (dashed outlines): {count}.</source>
        <translation>Лиц в этом кадре (пунктирные рамки): {count}.</translation>
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
        <translation>Сведения о выбранном файле</translation>
    </message>
    <message>
        <source>File type</source>
        <translation>Тип файла</translation>
    </message>
    <message>
        <source>Before</source>
        <translation>До</translation>
    </message>
    <message>
        <source>After</source>
        <translation>После</translation>
    </message>
    <message>
        <source>Picture before cleaning</source>
        <translation>Изображение до очистки</translation>
    </message>
    <message>
        <source>Picture of the clean copy</source>
        <translation>Изображение очищенной копии</translation>
    </message>
    <message>
        <source>Before: what the file gives away</source>
        <translation>До: что выдаёт файл</translation>
    </message>
    <message>
        <source>After: the clean copy</source>
        <translation>После: очищенная копия</translation>
    </message>
    <message>
        <source>Something that could identify you is still in the copy. Do not post it. The list below shows what remains.</source>
        <translation>В копии всё ещё есть то, по чему вас можно узнать. Не публикуйте её. Что осталось — в списке ниже.</translation>
    </message>
    <message>
        <source>Found in the file before cleaning</source>
        <translation>Найдено в файле до очистки</translation>
    </message>
    <message>
        <source>The clean copy: what was removed and what remains</source>
        <translation>Очищенная копия: что удалено и что осталось</translation>
    </message>
    <message>
        <source>What</source>
        <translation>Что</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>Значение</translation>
    </message>
    <message>
        <source>Select a file in the list to see what it gives away.</source>
        <translation>Выберите файл в списке, чтобы увидеть, что он выдаёт.</translation>
    </message>
    <message>
        <source>Technical details: every tag and value</source>
        <translation>Технические подробности: все метки и значения</translation>
    </message>
    <message>
        <source>Result</source>
        <translation>Результат</translation>
    </message>
    <message>
        <source>Areas to cover</source>
        <translation>Области, которые будут закрыты</translation>
    </message>
    <message>
        <source>Details of the problem</source>
        <translation>Подробности о проблеме</translation>
    </message>
    <message>
        <source>1 area will be covered</source>
        <translation>Будет закрыта 1 область</translation>
    </message>
    <message>
        <source>{count} areas will be covered</source>
        <translation>Будут закрыты области: {count}</translation>
    </message>
    <message>
        <source>Checking this file…</source>
        <translation>Проверка файла…</translation>
    </message>
    <message>
        <source>Nothing found that could identify you.</source>
        <translation>Не найдено ничего, по чему вас можно узнать.</translation>
    </message>
    <message>
        <source>1 thing found that could identify you.</source>
        <translation>Найдено сведений, по которым вас можно узнать: 1.</translation>
    </message>
    <message>
        <source>{count} things found that could identify you.</source>
        <translation>Найдено сведений, по которым вас можно узнать: {count}.</translation>
    </message>
    <message>
        <source>No clean copy can be made because the file could not be read.</source>
        <translation>Очищенную копию сделать нельзя: файл не удалось прочитать.</translation>
    </message>
    <message>
        <source>Cleaning…</source>
        <translation>Очистка…</translation>
    </message>
    <message>
        <source>Not cleaned yet. Press Clean to make a safe copy.</source>
        <translation>Ещё не очищено. Нажмите «Очистить», чтобы сделать безопасную копию.</translation>
    </message>
    <message>
        <source>Saved as: {name}</source>
        <translation>Сохранено как: {name}</translation>
    </message>
    <message>
        <source>Faces found and covered: {count}. Check the picture of the copy.</source>
        <translation>Найдено и закрыто лиц: {count}. Проверьте изображение копии.</translation>
    </message>
    <message>
        <source>Checked again: nothing that could identify you was found.</source>
        <translation>Проверено повторно: ничего, по чему вас можно узнать, не найдено.</translation>
    </message>
    <message>
        <source>Still in the copy</source>
        <translation>Осталось в копии</translation>
    </message>
    <message>
        <source>Removed</source>
        <translation>Удалено</translation>
    </message>
    <message>
        <source>still in the copy</source>
        <translation>осталось в копии</translation>
    </message>
    <message>
        <source>removed</source>
        <translation>удалено</translation>
    </message>
    <message>
        <source>removed, not checked</source>
        <translation>удалено, не перепроверено</translation>
    </message>
    <message>
        <source>What the clean copy no longer gives away</source>
        <translation>Что чистая копия больше не выдаёт</translation>
    </message>
    <message>
        <source>will be removed</source>
        <translation>будет удалено</translation>
    </message>
    <message>
        <source>not removed</source>
        <translation>не удалено</translation>
    </message>
    <message>
        <source>What the file gives away</source>
        <translation>Что выдаёт файл</translation>
    </message>
    <message>
        <source>kept</source>
        <translation>оставлено</translation>
    </message>
    <message>
        <source>Good to know:</source>
        <translation>Полезно знать:</translation>
    </message>
    <message>
        <source>which way up the photo is</source>
        <translation>как повёрнуто фото</translation>
    </message>
    <message>
        <source>a standard colour profile</source>
        <translation>стандартный цветовой профиль</translation>
    </message>
    <message>
        <source>harmless technical data</source>
        <translation>безвредные технические данные</translation>
    </message>
    <message>
        <source>Hide technical details</source>
        <translation>Скрыть технические подробности</translation>
    </message>
    <message>
        <source>Show technical details</source>
        <translation>Показать технические подробности</translation>
    </message>
    <message>
        <source>Kept: needed to show the photo the right way up</source>
        <translation>Оставлено: нужно, чтобы фото не было перевёрнутым</translation>
    </message>
    <message>
        <source>Kept: a standard colour profile, so colours look right</source>
        <translation>Оставлено: стандартный цветовой профиль, чтобы цвета были правильными</translation>
    </message>
    <message>
        <source>Kept</source>
        <translation>Оставлено</translation>
    </message>
    <message>
        <source>Loading preview…</source>
        <translation>Загрузка изображения…</translation>
    </message>
    <message>
        <source>No preview for this kind of file</source>
        <translation>Для этого типа файлов просмотр недоступен</translation>
    </message>
    <message>
        <source>This picture could not be read: the file may be damaged</source>
        <translation>Не удалось прочитать это изображение: возможно, файл повреждён</translation>
    </message>
    <message>
        <source>The clean copy will appear here</source>
        <translation>Здесь появится очищенная копия</translation>
    </message>
    <message>
        <source>No copy was made</source>
        <translation>Копия не создана</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>Scrubber: remove hidden data from photos</source>
        <translation>Scrubber: удаление скрытых данных из фотографий</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Файл</translation>
    </message>
    <message>
        <source>&amp;Language</source>
        <translation>&amp;Язык</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>&amp;Справка</translation>
    </message>
    <message>
        <source>&amp;Add files…</source>
        <translation>&amp;Добавить файлы…</translation>
    </message>
    <message>
        <source>Add fold&amp;er…</source>
        <translation>Добавить &amp;папку…</translation>
    </message>
    <message>
        <source>Remo&amp;ve from list</source>
        <translation>&amp;Убрать из списка</translation>
    </message>
    <message>
        <source>H&amp;ide faces and areas…</source>
        <translation>Скрыть &amp;лица и области…</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>В&amp;ыход</translation>
    </message>
    <message>
        <source>&amp;Clean</source>
        <translation>&amp;Очистить</translation>
    </message>
    <message>
        <source>Ca&amp;ncel</source>
        <translation>О&amp;тмена</translation>
    </message>
    <message>
        <source>&amp;Why this matters</source>
        <translation>Почему это &amp;важно</translation>
    </message>
    <message>
        <source>&amp;About Scrubber</source>
        <translation>&amp;О программе Scrubber</translation>
    </message>
    <message>
        <source>Add files</source>
        <translation>Добавить файлы</translation>
    </message>
    <message>
        <source>Add a folder</source>
        <translation>Добавить папку</translation>
    </message>
    <message>
        <source>Why this matters</source>
        <translation>Почему это важно</translation>
    </message>
    <message>
        <source>Hide faces and areas</source>
        <translation>Скрыть лица и области</translation>
    </message>
    <message>
        <source>Remove the selected files</source>
        <translation>Убрать выбранные файлы из списка</translation>
    </message>
    <message>
        <source>Clear the list</source>
        <translation>Очистить список</translation>
    </message>
    <message>
        <source>or drop photos and folders onto the list below.</source>
        <translation>или перетащите фото и папки в список ниже.</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Язык</translation>
    </message>
    <message>
        <source>Files to clean</source>
        <translation>Файлы для очистки</translation>
    </message>
    <message>
        <source>Drop photos or folders here.

Scrubber shows what each file gives away about you, then writes clean copies. Your originals are not changed.</source>
        <translation>Перетащите сюда фото или папки.

Scrubber покажет, что каждый файл выдаёт о вас, и сохранит очищенные копии. Исходные файлы не изменятся.</translation>
    </message>
    <message>
        <source>Details of the selected file</source>
        <translation>Сведения о выбранном файле</translation>
    </message>
    <message>
        <source>Photos and pictures ({patterns})</source>
        <translation>Фото и изображения ({patterns})</translation>
    </message>
    <message>
        <source>Sound recordings ({patterns})</source>
        <translation>Звукозаписи ({patterns})</translation>
    </message>
    <message>
        <source>Videos ({patterns})</source>
        <translation>Видео ({patterns})</translation>
    </message>
    <message>
        <source>Documents ({patterns})</source>
        <translation>Документы ({patterns})</translation>
    </message>
    <message>
        <source>Files Scrubber can clean ({patterns})</source>
        <translation>Файлы, которые Scrubber может очистить ({patterns})</translation>
    </message>
    <message>
        <source>All files (*)</source>
        <translation>Все файлы (*)</translation>
    </message>
    <message>
        <source>Remo&amp;ve</source>
        <translation>&amp;Убрать</translation>
    </message>
    <message>
        <source>Clear lis&amp;t</source>
        <translation>Очистить сп&amp;исок</translation>
    </message>
    <message>
        <source>Cover faces, tattoos or anything else in the selected photo or clip (Enter)</source>
        <translation>Закрыть лица, татуировки и всё остальное на выбранном фото или видео (Enter)</translation>
    </message>
    <message>
        <source>Language:</source>
        <translation>Язык:</translation>
    </message>
    <message>
        <source>Add files to clean</source>
        <translation>Добавить файлы для очистки</translation>
    </message>
    <message>
        <source>Add a folder to clean</source>
        <translation>Добавить папку для очистки</translation>
    </message>
    <message>
        <source>About Scrubber</source>
        <translation>О программе Scrubber</translation>
    </message>
    <message>
        <source>Scrubber {version}

Removes hidden data from photos. Works offline: nothing is ever sent anywhere, and no list of your files is kept.</source>
        <translation>Scrubber {version}

Удаляет скрытые данные из фотографий. Работает без интернета: ничего никуда не отправляется, и список ваших файлов не сохраняется.</translation>
    </message>
    <message>
        <source>Replace the original files?</source>
        <translation>Заменить исходные файлы?</translation>
    </message>
    <message>
        <source>Your original files will be overwritten with the cleaned versions. This cannot be undone: the originals, with everything they contain, will be gone.

Photos with areas to cover still need a copy.

Replace the originals?</source>
        <translation>Исходные файлы будут перезаписаны очищенными версиями. Это нельзя отменить: исходные файлы со всем, что в них было, пропадут.

Фото с областями для закрытия заменить нельзя: для них нужна копия.

Заменить исходные файлы?</translation>
    </message>
    <message>
        <source>Choose where to save the clean copies</source>
        <translation>Выберите, куда сохранить очищенные копии</translation>
    </message>
    <message>
        <source>Every file in the list has been cleaned already.</source>
        <translation>Все файлы в списке уже очищены.</translation>
    </message>
    <message>
        <source>Cannot create the output folder</source>
        <translation>Не удаётся создать папку для копий</translation>
    </message>
    <message>
        <source>The clean copies cannot be saved there ({reason}). Choose another folder with “Choose…”.</source>
        <translation>Туда нельзя сохранить очищенные копии ({reason}). Выберите другую папку кнопкой «Выбрать…».</translation>
    </message>
    <message>
        <source>Cleaning…</source>
        <translation>Очистка…</translation>
    </message>
    <message>
        <source>Stopping: files being cleaned now are left as they were…</source>
        <translation>Остановка: файлы, которые сейчас очищаются, остаются без изменений…</translation>
    </message>
</context>
<context>
    <name>OptionsBox</name>
    <message>
        <source>Options</source>
        <translation>Параметры</translation>
    </message>
    <message>
        <source>({count} on)</source>
        <translation>(включено: {count})</translation>
    </message>
    <message>
        <source>&amp;More options</source>
        <translation>Дру&amp;гие параметры</translation>
    </message>
    <message>
        <source>More options</source>
        <translation>Другие параметры</translation>
    </message>
    <message>
        <source>Show or hide the options for the copies</source>
        <translation>Показать или скрыть параметры копий</translation>
    </message>
    <message>
        <source>&amp;Give the copies random file names</source>
        <translation>Дать копиям слу&amp;чайные имена</translation>
    </message>
    <message>
        <source>File names from phones often contain the date and time the photo was taken.</source>
        <translation>Имена файлов с телефона часто содержат дату и время съёмки.</translation>
    </message>
    <message>
        <source>&amp;Keep file names that show the date or the phone</source>
        <translation>Со&amp;хранять имена файлов, показывающие дату или телефон</translation>
    </message>
    <message>
        <source>Off: a copy of a file named like IMG_20240611_143207.jpg gets a name like photo-1f0c9a2e.jpg instead, so its name does not show when it was taken or with which phone.</source>
        <translation>Если выключено, копия файла с именем вроде IMG_20240611_143207.jpg получит имя вроде photo-1f0c9a2e.jpg, чтобы имя не выдавало, когда и каким телефоном сделан снимок.</translation>
    </message>
    <message>
        <source>Convert HEIC photos to &amp;JPEG</source>
        <translation>Преобразовать фото HEIC в &amp;JPEG</translation>
    </message>
    <message>
        <source>Remove colour &amp;profiles (colours may shift slightly)</source>
        <translation>Удалить цветовые п&amp;рофили (цвета могут немного измениться)</translation>
    </message>
    <message>
        <source>T&amp;urn PDF pages into pictures (strongest; text can no longer be selected)</source>
        <translation>Превратить страницы PDF в к&amp;артинки (надёжнее; текст нельзя будет выделить)</translation>
    </message>
    <message>
        <source>Removes everything hidden in a PDF&apos;s text and drawings too. The copy is larger and its text cannot be searched or copied.</source>
        <translation>Удаляет и всё, что спрятано в тексте и рисунках PDF. Копия будет больше, а её текст нельзя будет найти поиском или скопировать.</translation>
    </message>
    <message>
        <source>Cover the faces found in photos and clips (check each cop&amp;y)</source>
        <translation>Закрыть найденные на фото и видео ли&amp;ца (проверьте каждую копию)</translation>
    </message>
    <message>
        <source>Faces found automatically are covered in black in the copies. Detection can miss faces: look at each copy&apos;s picture in the details.</source>
        <translation>Автоматически найденные лица закрываются чёрным в копиях. Поиск может пропустить лица: посмотрите изображение каждой копии в подробностях.</translation>
    </message>
    <message>
        <source>&amp;Quick face search (misses small faces)</source>
        <translation>&amp;Быстрый поиск лиц (пропускает мелкие лица)</translation>
    </message>
    <message>
        <source>Faster, but faces smaller than about 60 pixels in a large photo are not found. Used here and in Hide faces and areas.</source>
        <translation>Быстрее, но лица меньше примерно 60 пикселей на большой фотографии не находятся. Используется здесь и в «Скрыть лица и области».</translation>
    </message>
    <message>
        <source>Remove hidden slides, sheets and te&amp;xt, and speaker notes, from documents</source>
        <translation>Удалить из документов скрытые слайды, листы и т&amp;екст, а также заметки докладчика</translation>
    </message>
    <message>
        <source>Documents can hold slides, sheets and text that are not shown, and notes only the speaker sees. Without this they are kept, and the summary says where they are.</source>
        <translation>Документы могут содержать невидимые слайды, листы и текст, а также заметки, которые видит только докладчик. Без этой настройки они остаются, а в итогах сказано, где они.</translation>
    </message>
    <message>
        <source>Weaken the camera fingerprint in photos (saved again, a &amp;bit smaller)</source>
        <translation>Ослабить отпечаток камеры в фото (сохраняются заново, чуть мень&amp;ше)</translation>
    </message>
    <message>
        <source>Every camera leaves a faint pattern in its photos that can link them to each other. This softens each photo slightly and makes it 3% smaller: the pattern gets weaker, but it is not removed. Photos are saved again instead of copied unchanged.</source>
        <translation>Каждая камера оставляет в своих фото слабый узор, по которому их можно связать между собой. Этот параметр слегка смягчает каждое фото и уменьшает его на 3%: узор слабеет, но не исчезает. Фото сохраняются заново, а не копируются без изменений.</translation>
    </message>
    <message>
        <source>&amp;Replace the originals (no copies; cannot be undone)</source>
        <translation>Заменить исход&amp;ные файлы (без копий, отменить нельзя)</translation>
    </message>
</context>
<context>
    <name>OutputBox</name>
    <message>
        <source>Save clean copies in:</source>
        <translation>Куда сохранить очищенные копии:</translation>
    </message>
    <message>
        <source>Output folder</source>
        <translation>Папка для копий</translation>
    </message>
    <message>
        <source>Choo&amp;se…</source>
        <translation>В&amp;ыбрать…</translation>
    </message>
    <message>
        <source>Choose the output folder</source>
        <translation>Выбрать папку для копий</translation>
    </message>
    <message>
        <source>Use &amp;default</source>
        <translation>По у&amp;молчанию</translation>
    </message>
    <message>
        <source>Use the default output folder</source>
        <translation>Использовать папку по умолчанию</translation>
    </message>
    <message>
        <source>The original files will be replaced.</source>
        <translation>Исходные файлы будут заменены.</translation>
    </message>
    <message>
        <source>The folder “{name}” next to the originals, with the copies made so far.</source>
        <translation>Папка «{name}» рядом с оригиналами, где уже лежат сделанные копии.</translation>
    </message>
    <message>
        <source>A new folder next to the originals, named “{name}”.</source>
        <translation>Новая папка рядом с исходными файлами, под названием «{name}».</translation>
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
Каталог не найден.
Проверьте правильность указанного имени каталога.</translation>
    </message>
    <message>
        <source>%1
File not found.
Please verify the correct file name was given.</source>
        <translation>%1
Файл не найден.
Проверьте правильность указанного имени файла.</translation>
    </message>
    <message>
        <source>&amp;Choose</source>
        <translation>&amp;Выбрать</translation>
    </message>
    <message>
        <source>&amp;Delete</source>
        <translation>&amp;Удалить</translation>
    </message>
    <message>
        <source>&amp;Look in:</source>
        <translation>Искать &amp;в:</translation>
    </message>
    <message>
        <source>&amp;New Folder</source>
        <translation>&amp;Новая папка</translation>
    </message>
    <message>
        <source>&amp;Open</source>
        <translation>&amp;Открыть</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>Открыть</translation>
    </message>
    <message>
        <source>&amp;Rename</source>
        <translation>&amp;Переименовать</translation>
    </message>
    <message>
        <source>All Files (*)</source>
        <translation>Все файлы (*)</translation>
    </message>
    <message>
        <source>Are you sure you want to delete &apos;%1&apos;?</source>
        <translation>Действительно удалить «%1»?</translation>
    </message>
    <message>
        <source>Back</source>
        <translation>Назад</translation>
    </message>
    <message>
        <source>Change to detail view mode</source>
        <translation>Переключить в подробный режим</translation>
    </message>
    <message>
        <source>Change to list view mode</source>
        <translation>Переключить в режим списка</translation>
    </message>
    <message>
        <source>Create New Folder</source>
        <translation>Создать папку</translation>
    </message>
    <message>
        <source>Create a New Folder</source>
        <translation>Создать новую папку</translation>
    </message>
    <message>
        <source>Detail View</source>
        <translation>Подробный вид</translation>
    </message>
    <message>
        <source>Directories</source>
        <translation>Каталоги</translation>
    </message>
    <message>
        <source>Directory:</source>
        <translation>Каталог:</translation>
    </message>
    <message>
        <source>File &amp;name:</source>
        <translation>&amp;Имя файла:</translation>
    </message>
    <message>
        <source>Files</source>
        <translation>Файлы</translation>
    </message>
    <message>
        <source>Files of &amp;type:</source>
        <translation>Файлы &amp;типа:</translation>
    </message>
    <message>
        <source>Forward</source>
        <translation>Вперёд</translation>
    </message>
    <message>
        <source>Go back</source>
        <translation>Назад</translation>
    </message>
    <message>
        <source>Go forward</source>
        <translation>Вперёд</translation>
    </message>
    <message>
        <source>Go to the parent directory</source>
        <translation>Перейти в родительский каталог</translation>
    </message>
    <message>
        <source>List View</source>
        <translation>Список</translation>
    </message>
    <message>
        <source>List of places and bookmarks</source>
        <translation>Места и закладки</translation>
    </message>
    <message>
        <source>Parent Directory</source>
        <translation>Родительский каталог</translation>
    </message>
    <message>
        <source>Show &amp;hidden files</source>
        <translation>Показать ск&amp;рытые файлы</translation>
    </message>
    <message>
        <source>Show </source>
        <translation>Показать </translation>
    </message>
    <message>
        <source>Sidebar</source>
        <translation>Боковая панель</translation>
    </message>
</context>
<context>
    <name>QFileSystemModel</name>
    <message>
        <source>Computer</source>
        <translation>Компьютер</translation>
    </message>
    <message>
        <source>Date Modified</source>
        <translation>Дата изменения</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Имя</translation>
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
        <translation>&amp;Копировать</translation>
    </message>
    <message>
        <source>&amp;Paste</source>
        <translation>В&amp;ставить</translation>
    </message>
    <message>
        <source>&amp;Redo</source>
        <translation>&amp;Повторить действие</translation>
    </message>
    <message>
        <source>&amp;Undo</source>
        <translation>&amp;Отменить действие</translation>
    </message>
    <message>
        <source>Cu&amp;t</source>
        <translation>&amp;Вырезать</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Удалить</translation>
    </message>
    <message>
        <source>Select All</source>
        <translation>Выделить всё</translation>
    </message>
</context>
<context>
    <name>QMessageBox</name>
    <message>
        <source>Show Details...</source>
        <translation>Показать подробности...</translation>
    </message>
</context>
<context>
    <name>QPlatformTheme</name>
    <message>
        <source>&amp;No</source>
        <translation>&amp;Нет</translation>
    </message>
    <message>
        <source>&amp;Yes</source>
        <translation>&amp;Да</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Отмена</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Закрыть</translation>
    </message>
    <message>
        <source>OK</source>
        <translation>OK</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>Открыть</translation>
    </message>
</context>
<context>
    <name>RedactionEditor</name>
    <message>
        <source>Press Esc again to close without your changes, or Enter to use them.</source>
        <translation>Нажмите Esc ещё раз, чтобы закрыть без изменений, или Enter, чтобы применить их.</translation>
    </message>
    <message>
        <source>Hide faces and areas — {name}</source>
        <translation>Скрыть лица и области — {name}</translation>
    </message>
    <message>
        <source>Select and move</source>
        <translation>Выбрать и переместить</translation>
    </message>
    <message>
        <source>Rectangle</source>
        <translation>Прямоугольник</translation>
    </message>
    <message>
        <source>Ellipse</source>
        <translation>Эллипс</translation>
    </message>
    <message>
        <source>Brush</source>
        <translation>Кисть</translation>
    </message>
    <message>
        <source>Add area</source>
        <translation>Добавить область</translation>
    </message>
    <message>
        <source>Add an area in the middle of the view, to move with the arrow keys (N)</source>
        <translation>Добавить область в центре видимой части, чтобы двигать её стрелками (N)</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Удалить</translation>
    </message>
    <message>
        <source>Del</source>
        <translation>Del</translation>
    </message>
    <message>
        <source>Undo</source>
        <translation>Отменить</translation>
    </message>
    <message>
        <source>Redo</source>
        <translation>Повторить</translation>
    </message>
    <message>
        <source>Zoom out</source>
        <translation>Уменьшить</translation>
    </message>
    <message>
        <source>Zoom in</source>
        <translation>Увеличить</translation>
    </message>
    <message>
        <source>Fit</source>
        <translation>По размеру окна</translation>
    </message>
    <message>
        <source>Preview</source>
        <translation>Просмотр результата</translation>
    </message>
    <message>
        <source>Show exactly what will be written (P)</source>
        <translation>Показать, что именно будет сохранено (P)</translation>
    </message>
    <message>
        <source>Brush &amp;width</source>
        <translation>&amp;Толщина кисти</translation>
    </message>
    <message>
        <source>Brush width</source>
        <translation>Толщина кисти</translation>
    </message>
    <message>
        <source>Drawing tools</source>
        <translation>Инструменты рисования</translation>
    </message>
    <message>
        <source>Undo, zoom and preview</source>
        <translation>Отмена, масштаб и просмотр</translation>
    </message>
    <message>
        <source>Photo</source>
        <translation>Фото</translation>
    </message>
    <message>
        <source>Draw areas to cover with the mouse or the keyboard. Ctrl and the mouse wheel zoom; hold Space to pan.</source>
        <translation>Обведите мышью или клавиатурой области, которые нужно закрыть. Ctrl с колесом мыши меняет масштаб, с зажатым пробелом можно двигать изображение.</translation>
    </message>
    <message>
        <source>&amp;Areas to cover (untick to leave uncovered)</source>
        <translation>&amp;Области (без галочки — не закрывать)</translation>
    </message>
    <message>
        <source>Areas to cover</source>
        <translation>Области для закрытия</translation>
    </message>
    <message>
        <source>Automatic detection can miss faces — check every face yourself, including faces in mirrors, pictures and screens.</source>
        <translation>Автоматический поиск может пропустить лица — проверьте каждое лицо сами, в том числе в зеркалах, на картинах и экранах.</translation>
    </message>
    <message>
        <source>Find &amp;small faces</source>
        <translation>Найти &amp;мелкие лица</translation>
    </message>
    <message>
        <source>Find small faces</source>
        <translation>Найти мелкие лица</translation>
    </message>
    <message>
        <source>Look again for small faces, for group photos (slower)</source>
        <translation>Ещё раз поискать мелкие лица — для групповых фото (медленнее)</translation>
    </message>
    <message>
        <source>How to cover</source>
        <translation>Как закрыть</translation>
    </message>
    <message>
        <source>Solid &amp;fill (safest)</source>
        <translation>Сплошная &amp;заливка (надёжнее всего)</translation>
    </message>
    <message>
        <source>Strong &amp;mosaic</source>
        <translation>Кр&amp;упная мозаика</translation>
    </message>
    <message>
        <source>B&amp;lur (wiped first; a few average colours stay)</source>
        <translation>Р&amp;азмытие (область сначала стирается; остаются средние цвета)</translation>
    </message>
    <message>
        <source>Fill &amp;colour…</source>
        <translation>&amp;Цвет заливки…</translation>
    </message>
    <message>
        <source>Fill colour</source>
        <translation>Цвет заливки</translation>
    </message>
    <message>
        <source>&amp;Use these areas</source>
        <translation>&amp;Применить эти области</translation>
    </message>
    <message>
        <source>Use these areas</source>
        <translation>Применить эти области</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Отмена</translation>
    </message>
    <message>
        <source>{action} ({key})</source>
        <translation>{action} ({key})</translation>
    </message>
    <message>
        <source>Keyboard: N adds an area, arrows move it (Shift: further), Ctrl+arrows resize it, [ and ] pick another, Delete removes it.</source>
        <translation>Клавиатура: N добавляет область, стрелки двигают её (с Shift — дальше), Ctrl+стрелки меняют размер, [ и ] выбирают другую, Del удаляет её.</translation>
    </message>
    <message>
        <source>Face {n} (found automatically)</source>
        <translation>Лицо {n} (найдено автоматически)</translation>
    </message>
    <message>
        <source>Rectangle {n}</source>
        <translation>Прямоугольник {n}</translation>
    </message>
    <message>
        <source>Ellipse {n}</source>
        <translation>Эллипс {n}</translation>
    </message>
    <message>
        <source>Brush stroke {n}</source>
        <translation>Мазок кистью {n}</translation>
    </message>
    <message>
        <source>Shape {n}</source>
        <translation>Фигура {n}</translation>
    </message>
    <message>
        <source>Loading…</source>
        <translation>Загрузка…</translation>
    </message>
    <message>
        <source>Making the preview…</source>
        <translation>Готовим просмотр…</translation>
    </message>
    <message>
        <source>Preview: this is what will be written.</source>
        <translation>Просмотр: так будет сохранено.</translation>
    </message>
    <message>
        <source>Draw over anything that could identify you: faces, tattoos, marks.</source>
        <translation>Закрасьте всё, по чему вас можно узнать: лица, татуировки, родинки и шрамы.</translation>
    </message>
    <message>
        <source>Looking for faces…</source>
        <translation>Поиск лиц…</translation>
    </message>
    <message>
        <source>Looking for small faces… this takes longer.</source>
        <translation>Поиск мелких лиц… это займёт больше времени.</translation>
    </message>
    <message>
        <source>Face detection is not available ({reason}). Mark faces yourself.</source>
        <translation>Автоматический поиск лиц недоступен ({reason}). Отметьте лица сами.</translation>
    </message>
    <message>
        <source>No faces were found automatically.</source>
        <translation>Автоматически лиц не найдено.</translation>
    </message>
    <message>
        <source>Faces found automatically: {count}.</source>
        <translation>Автоматически найдено лиц: {count}.</translation>
    </message>
    <message>
        <source>its files are missing or damaged</source>
        <translation>его файлы отсутствуют или повреждены</translation>
    </message>
    <message>
        <source>There is not enough memory to open this photo.</source>
        <translation>Не хватает памяти, чтобы открыть это фото.</translation>
    </message>
    <message>
        <source>The photo could not be opened.</source>
        <translation>Не удалось открыть фото.</translation>
    </message>
</context>
<context>
    <name>RunBar</name>
    <message>
        <source>Ca&amp;ncel</source>
        <translation>О&amp;тмена</translation>
    </message>
    <message>
        <source>Cancel cleaning</source>
        <translation>Отменить очистку</translation>
    </message>
    <message>
        <source>&amp;Clean</source>
        <translation>&amp;Очистить</translation>
    </message>
    <message>
        <source>Clean all files in the list</source>
        <translation>Очистить все файлы в списке</translation>
    </message>
    <message>
        <source>&amp;Open output folder</source>
        <translation>Открыть папку с &amp;копиями</translation>
    </message>
    <message>
        <source>Open output folder</source>
        <translation>Открыть папку с копиями</translation>
    </message>
    <message>
        <source>Write clean copies of all files (Ctrl+Enter)</source>
        <translation>Сохранить очищенные копии всех файлов (Ctrl+Enter)</translation>
    </message>
    <message>
        <source>Stop now; files not finished are left as they were (Esc)</source>
        <translation>Остановить сейчас; незавершённые файлы остаются без изменений (Esc)</translation>
    </message>
    <message>
        <source>Cleaning progress</source>
        <translation>Ход очистки</translation>
    </message>
    <message>
        <source>%v of %m files</source>
        <translation>%v из %m файлов</translation>
    </message>
    <message>
        <source>Summary</source>
        <translation>Итог</translation>
    </message>
</context>
<context>
    <name>SafetyGuide</name>
    <message>
        <source>Why this matters</source>
        <translation>Почему это важно</translation>
    </message>
    <message>
        <source>Safety guide</source>
        <translation>Памятка по безопасности</translation>
    </message>
    <message>
        <source>&amp;Close</source>
        <translation>&amp;Закрыть</translation>
    </message>
    <message>
        <source>Close the safety guide</source>
        <translation>Закрыть памятку по безопасности</translation>
    </message>
    <message>
        <source>What your photos and files can give away</source>
        <translation>Что могут выдать ваши фото и файлы</translation>
    </message>
    <message>
        <source>Photos from phones and cameras carry hidden details. Anyone who gets the file can read them:</source>
        <translation>В фотографиях с телефонов и камер есть скрытые сведения. Их может прочитать любой, у кого окажется файл:</translation>
    </message>
    <message>
        <source>Where the photo was taken, often to within a few metres.</source>
        <translation>Где сделан снимок — часто с точностью до нескольких метров.</translation>
    </message>
    <message>
        <source>Which phone or camera took it, sometimes with its serial number.</source>
        <translation>Каким телефоном или камерой он сделан — иногда вместе с серийным номером.</translation>
    </message>
    <message>
        <source>Your name, if it is set in the phone, camera or editing app.</source>
        <translation>Ваше имя, если оно указано в телефоне, камере или фоторедакторе.</translation>
    </message>
    <message>
        <source>The date and time it was taken.</source>
        <translation>Дата и время съёмки.</translation>
    </message>
    <message>
        <source>A hidden small copy of the original photo. It can show what you cropped out or covered.</source>
        <translation>Скрытая уменьшенная копия исходного снимка. По ней видно то, что вы обрезали или закрыли.</translation>
    </message>
    <message>
        <source>Scrubber removes these details from a copy of the file. Your original stays as it is, unless you choose to replace it.</source>
        <translation>Scrubber удаляет эти сведения из копии файла. Исходный файл остаётся как есть, если только вы сами не решите его заменить.</translation>
    </message>
    <message>
        <source>Documents such as PDF and Word files can hold the author&apos;s name, the computer&apos;s name and the editing history. Videos and voice recordings can hold the place and the device.</source>
        <translation>Документы, например файлы PDF и Word, могут хранить имя автора, имя компьютера и историю правок. Видео и голосовые записи могут хранить место и устройство.</translation>
    </message>
    <message>
        <source>If Scrubber says a file is not supported or could not be cleaned, do not share that file as it is.</source>
        <translation>Если Scrubber сообщает, что файл не поддерживается или его не удалось очистить, не отправляйте и не публикуйте этот файл в таком виде.</translation>
    </message>
    <message>
        <source>Blur in other apps can be undone</source>
        <translation>Размытие в других программах можно убрать</translation>
    </message>
    <message>
        <source>Blur and small pixelation made by other apps can be undone by software. Scrubber&apos;s blur and mosaic wipe the area first, but they still show its average colours.</source>
        <translation>Размытие и мелкую пикселизацию, сделанные в других программах, можно отменить. Размытие и мозаика в Scrubber сначала стирают область, но всё же показывают её средние цвета.</translation>
    </message>
    <message>
        <source>Take ad photos with a different phone or camera. If you cannot, turn off location, Live Photos and Motion Photos in the camera before you take them.</source>
        <translation>Снимайте фото для объявлений другим телефоном или камерой. Если не получается, перед съёмкой отключите в камере местоположение, «живые фото» и «фото с движением».</translation>
    </message>
    <message>
        <source>Never use photos from your personal social media in ads, not even old ones.</source>
        <translation>Никогда не используйте в объявлениях фото из своих личных соцсетей, даже старые.</translation>
    </message>
    <message>
        <source>Cloud backups and shared albums keep your originals, with the place they were taken, and sort them by face. Keep work photos out of them.</source>
        <translation>Облачные резервные копии и общие альбомы хранят ваши оригиналы вместе с местом съёмки и группируют их по лицам. Не храните там рабочие фото.</translation>
    </message>
    <message>
        <source>Clean last: after cropping and editing in other apps. Editing apps can add hidden data again.</source>
        <translation>Очищайте в последнюю очередь: после обрезки и обработки в других программах. Программы обработки могут снова добавить скрытые данные.</translation>
    </message>
    <message>
        <source>Screenshots can show your name, your number and your notifications. Check them before you share them.</source>
        <translation>Снимки экрана могут показать ваше имя, номер и уведомления. Проверяйте их, прежде чем отправлять.</translation>
    </message>
    <message>
        <source>To hide a face, a tattoo or anything else, use solid fill. Cover a little more than you think you need.</source>
        <translation>Чтобы скрыть лицо, татуировку или что-то ещё, используйте сплошную заливку. Закрывайте немного больше, чем кажется нужным.</translation>
    </message>
    <message>
        <source>Your photos can be matched</source>
        <translation>Ваши фото можно сопоставить</translation>
    </message>
    <message>
        <source>Reverse image search finds other places where the same photo, or one like it, is online.</source>
        <translation>Поиск по картинке находит в интернете другие места, где есть то же фото или похожее.</translation>
    </message>
    <message>
        <source>Face recognition exists and is easy to use. A face, a tattoo or a room that people can recognise can link your ad photos to your personal accounts.</source>
        <translation>Распознавание лиц существует, и пользоваться им легко. Лицо, татуировка или узнаваемая комната могут связать фото из ваших объявлений с вашими личными аккаунтами.</translation>
    </message>
    <message>
        <source>Search for your own ad photos now and then, with a reverse image search and a face search. Then you see where they turn up.</source>
        <translation>Иногда ищите свои фото из объявлений через обратный поиск по картинке и поиск по лицу. Так вы увидите, где они появляются.</translation>
    </message>
    <message>
        <source>Tattoos, birthmarks, jewellery, nails, bedding and furniture can link your ads to each other. Cover them or change them.</source>
        <translation>Татуировки, родинки, украшения, ногти, постельное бельё и мебель могут связать ваши объявления между собой. Закрывайте или меняйте их.</translation>
    </message>
    <message>
        <source>Each camera leaves a faint pattern in its photos that can link them to each other. The option “Weaken the camera fingerprint” makes it weaker, but does not remove it.</source>
        <translation>Каждая камера оставляет в своих фото слабый узор, по которому их можно связать между собой. Параметр «Ослабить отпечаток камеры» делает его слабее, но не убирает.</translation>
    </message>
    <message>
        <source>Tips from sex workers&apos; digital safety advice</source>
        <translation>Советы по цифровой безопасности от секс-работниц и секс-работников</translation>
    </message>
    <message>
        <source>Keep work and personal life apart. Use a separate phone, email and accounts for work if you can.</source>
        <translation>Разделяйте работу и личную жизнь. Если можете, заведите для работы отдельный телефон, почту и аккаунты.</translation>
    </message>
    <message>
        <source>Check the background: letters, papers, photos on the wall, anything with a name or address.</source>
        <translation>Проверьте фон: письма, бумаги, фото на стене — всё, где есть имя или адрес.</translation>
    </message>
    <message>
        <source>Check mirrors and reflections: sunglasses, windows, screens and shiny surfaces.</source>
        <translation>Проверьте зеркала и отражения: солнечные очки, окна, экраны и блестящие поверхности.</translation>
    </message>
    <message>
        <source>Check what can be seen through windows. Streets, signs and buildings can show where you are.</source>
        <translation>Проверьте, что видно в окне. Улицы, вывески и здания могут выдать, где вы находитесь.</translation>
    </message>
    <message>
        <source>Do not post the same photo on your personal and your work accounts.</source>
        <translation>Не публикуйте одно и то же фото в личных и рабочих аккаунтах.</translation>
    </message>
    <message>
        <source>Sending a photo “as a file” or by email keeps its hidden data. Send only the clean copy.</source>
        <translation>Если отправить фото «как файл» или по электронной почте, скрытые данные сохранятся. Отправляйте только очищенную копию.</translation>
    </message>
    <message>
        <source>When you are done, delete the originals from Downloads and from shared folders.</source>
        <translation>Когда закончите, удалите оригиналы из папки «Загрузки» и из общих папок.</translation>
    </message>
    <message>
        <source>Before you post, open the clean copy and check it again.</source>
        <translation>Перед публикацией откройте очищенную копию и проверьте её ещё раз.</translation>
    </message>
    <message>
        <source>What your computer may still keep</source>
        <translation>Что ещё может хранить ваш компьютер</translation>
    </message>
    <message>
        <source>Scrubber keeps no list of the files you open, but your computer may:</source>
        <translation>Scrubber не хранит список открытых вами файлов, но ваш компьютер может хранить:</translation>
    </message>
    <message>
        <source>small previews (thumbnails) made by the file manager or photo viewer;</source>
        <translation>маленькие превью (эскизы), которые делает файловый менеджер или просмотрщик фото;</translation>
    </message>
    <message>
        <source>lists of recent files in other apps;</source>
        <translation>списки недавних файлов в других программах;</translation>
    </message>
    <message>
        <source>the originals in Downloads, in the trash and in cloud backups.</source>
        <translation>оригиналы в «Загрузках», в корзине и в облачных резервных копиях.</translation>
    </message>
    <message>
        <source>To clear them:</source>
        <translation>Чтобы их убрать:</translation>
    </message>
    <message>
        <source>Empty the trash.</source>
        <translation>Очистите корзину.</translation>
    </message>
    <message>
        <source>Clear the recent files in your file manager.</source>
        <translation>Очистите список недавних файлов в файловом менеджере.</translation>
    </message>
    <message>
        <source>Delete the thumbnail cache. Linux: the .cache/thumbnails folder in your home folder. Windows: Disk Cleanup, then Thumbnails. macOS: restart the Mac.</source>
        <translation>Удалите кэш эскизов. Linux: папка .cache/thumbnails в вашей домашней папке. Windows: «Очистка диска», затем «Эскизы». macOS: перезагрузите Mac.</translation>
    </message>
    <message>
        <source>Scrubber works offline</source>
        <translation>Scrubber работает без интернета</translation>
    </message>
    <message>
        <source>Scrubber never connects to the internet. Your files stay on this computer.</source>
        <translation>Scrubber никогда не подключается к интернету. Ваши файлы остаются на этом компьютере.</translation>
    </message>
</context>
<context>
    <name>Summary</name>
    <message>
        <source>Cancelled.</source>
        <translation>Отменено.</translation>
    </message>
    <message>
        <source>{n} cleaned.</source>
        <translation>Очищено: {n}</translation>
    </message>
    <message>
        <source>{n} had nothing to remove.</source>
        <translation>Нечего удалять: {n}</translation>
    </message>
    <message>
        <source>{n} could not be cleaned.</source>
        <translation>Не удалось очистить: {n}</translation>
    </message>
    <message>
        <source>{n} not done (cancelled).</source>
        <translation>Не обработано (отменено): {n}</translation>
    </message>
    <message>
        <source>Nothing was cleaned.</source>
        <translation>Ничего не очищено.</translation>
    </message>
    <message>
        <source>{name}: {reason}</source>
        <translation>{name}: {reason}</translation>
    </message>
    <message>
        <source>…and {n} more: see the list.</source>
        <translation>…и ещё {n}: см. список.</translation>
    </message>
    <message>
        <source>Clean copies are in: {folder}</source>
        <translation>Очищенные копии находятся в папке: {folder}</translation>
    </message>
</context>
<context>
    <name>messages</name>
    <message>
        <source>{metres} m above sea level</source>
        <translation>{metres} м над уровнем моря</translation>
    </message>
    <message>
        <source>{metres} m below sea level</source>
        <translation>{metres} м ниже уровня моря</translation>
    </message>
    <message>
        <source>{count} bytes of data</source>
        <translation>{count} байт данных</translation>
    </message>
    <message>
        <source>The file name shows when it was taken: {shown}</source>
        <translation>Имя файла показывает, когда он снят: {shown}</translation>
    </message>
    <message>
        <source>The file name shows the phone or camera that made it: {shown}</source>
        <translation>Имя файла показывает телефон или камеру, которыми он сделан: {shown}</translation>
    </message>
    <message>
        <source>The file name shows the app that made it: {apps}</source>
        <translation>Имя файла показывает приложение, которым он сделан: {apps}</translation>
    </message>
    <message>
        <source>{finding} (the name was kept)</source>
        <translation>{finding} (имя оставлено)</translation>
    </message>
    <message>
        <source>The file cannot be found. Was it moved or deleted?</source>
        <translation>Файл не найден. Его переместили или удалили?</translation>
    </message>
    <message>
        <source>This is not a normal file (it is a folder, a device or a pipe).</source>
        <translation>Это не обычный файл (это папка, устройство или канал).</translation>
    </message>
    <message>
        <source>This is a folder, not a file.</source>
        <translation>Это папка, а не файл.</translation>
    </message>
    <message>
        <source>The file is empty.</source>
        <translation>Файл пустой.</translation>
    </message>
    <message>
        <source>The file cannot be read: {reason}</source>
        <translation>Не удаётся прочитать файл: {reason}</translation>
    </message>
    <message>
        <source>The file name says {format}, but the file cannot be read as {format}.</source>
        <translation>Имя говорит {format}, но файл не читается как {format}.</translation>
    </message>
    <message>
        <source>This type of file is not supported, so it was not cleaned.</source>
        <translation>Этот тип файлов не поддерживается, поэтому он не очищен.</translation>
    </message>
    <message>
        <source>This is a link; it was not followed.</source>
        <translation>Это ссылка; по ней не переходили.</translation>
    </message>
    <message>
        <source>This file could not be read ({kind}).</source>
        <translation>Не удалось прочитать этот файл ({kind}).</translation>
    </message>
    <message>
        <source>It holds documents inside documents, too many levels deep.</source>
        <translation>В нём документы вложены в документы слишком глубоко.</translation>
    </message>
    <message>
        <source>There is not enough memory to read this file.</source>
        <translation>Недостаточно памяти, чтобы прочитать этот файл.</translation>
    </message>
    <message>
        <source>There is not enough memory.</source>
        <translation>Недостаточно памяти.</translation>
    </message>
    <message>
        <source>A file could not be read or written: {reason}</source>
        <translation>Не удалось прочитать или записать файл: {reason}</translation>
    </message>
    <message>
        <source>Unexpected error ({kind}). Nothing was written.</source>
        <translation>Непредвиденная ошибка ({kind}). Ничего не записано.</translation>
    </message>
    <message>
        <source>The copy would replace the original. Choose another name or folder.</source>
        <translation>Копия заменила бы оригинал. Выберите другое имя или папку.</translation>
    </message>
    <message>
        <source>Replacing the original cannot change the file type. Save copies in a folder instead.</source>
        <translation>При замене оригинала нельзя сменить тип файла. Сохраните копии в папку.</translation>
    </message>
    <message>
        <source>This file is a link. Save copies in a folder instead.</source>
        <translation>Этот файл — ссылка. Сохраните копии в папку.</translation>
    </message>
    <message>
        <source>The clean copy could not be checked again, so it was deleted: {reason}</source>
        <translation>Чистую копию не удалось перепроверить, поэтому она удалена: {reason}</translation>
    </message>
    <message>
        <source>The clean copy still held data ({left}), so it was deleted.</source>
        <translation>В чистой копии ещё были данные ({left}), поэтому она удалена.</translation>
    </message>
    <message>
        <source>The folder for the copies cannot be created: {reason}</source>
        <translation>Не удаётся создать папку для копий: {reason}</translation>
    </message>
    <message>
        <source>Nothing can be saved in the folder for the copies: {reason}</source>
        <translation>В папку для копий ничего нельзя сохранить: {reason}</translation>
    </message>
    <message>
        <source>The copy could not be finished: {reason}</source>
        <translation>Не удалось завершить копию: {reason}</translation>
    </message>
    <message>
        <source>The copies could not be saved to the disk: {reason}</source>
        <translation>Не удалось сохранить копии на диск: {reason}</translation>
    </message>
    <message>
        <source>No free name was found for the clean copy.</source>
        <translation>Не найдено свободное имя для чистой копии.</translation>
    </message>
    <message>
        <source>The clean copy could not be saved: {reason}</source>
        <translation>Не удалось сохранить чистую копию: {reason}</translation>
    </message>
    <message>
        <source>The earlier copy could not be replaced: {reason}</source>
        <translation>Не удалось заменить прежнюю копию: {reason}</translation>
    </message>
    <message>
        <source>This JPEG is damaged: its beginning is missing.</source>
        <translation>Этот JPEG повреждён: нет его начала.</translation>
    </message>
    <message>
        <source>This JPEG is damaged (a wrong length at byte {pos}).</source>
        <translation>Этот JPEG повреждён (неверная длина в байте {pos}).</translation>
    </message>
    <message>
        <source>This JPEG is damaged: its picture does not end where it should.</source>
        <translation>Этот JPEG повреждён: изображение заканчивается не там, где должно.</translation>
    </message>
    <message>
        <source>This JPEG is damaged (a missing marker at byte {pos}).</source>
        <translation>Этот JPEG повреждён (нет маркера в байте {pos}).</translation>
    </message>
    <message>
        <source>This JPEG is cut off before the picture starts.</source>
        <translation>Этот JPEG обрывается до начала изображения.</translation>
    </message>
    <message>
        <source>This JPEG is damaged: it has far too many parts.</source>
        <translation>Этот JPEG повреждён: в нём слишком много частей.</translation>
    </message>
    <message>
        <source>This rare kind of JPEG (hierarchical or JPEG-LS) is not supported.</source>
        <translation>Этот редкий вид JPEG (иерархический или JPEG-LS) не поддерживается.</translation>
    </message>
    <message>
        <source>This JPEG holds no picture.</source>
        <translation>В этом JPEG нет изображения.</translation>
    </message>
    <message>
        <source>This JPEG is damaged: its picture is not where the file says.</source>
        <translation>Этот JPEG повреждён: изображение не там, где указано в файле.</translation>
    </message>
    <message>
        <source>This JPEG is damaged: it holds more than one picture frame.</source>
        <translation>Этот JPEG повреждён: в нём больше одного кадра.</translation>
    </message>
    <message>
        <source>This JPEG has other data hidden inside its picture, so it was not cleaned.</source>
        <translation>В изображении этого JPEG спрятаны другие данные, поэтому он не очищен.</translation>
    </message>
    <message>
        <source>The colour profile is too large.</source>
        <translation>Цветовой профиль слишком большой.</translation>
    </message>
    <message>
        <source>The picture is incomplete: the file was cut off.</source>
        <translation>Изображение неполное: файл обрезан.</translation>
    </message>
    <message>
        <source>This JPEG is damaged in places; the copy looks the same as the original did.</source>
        <translation>Этот JPEG местами повреждён; копия выглядит так же, как оригинал.</translation>
    </message>
    <message>
        <source>The GIF file was cut short; its complete frames were kept.</source>
        <translation>GIF-файл обрезан; целые кадры сохранены.</translation>
    </message>
    <message>
        <source>The {format} picture was saved as PNG.</source>
        <translation>Изображение {format} сохранено как PNG.</translation>
    </message>
    <message>
        <source>Only the first frame of the animation was kept ({frames} in the file).</source>
        <translation>Оставлен только первый кадр анимации (в файле их {frames}).</translation>
    </message>
    <message>
        <source>Only the first page was kept ({frames} in the file).</source>
        <translation>Оставлена только первая страница (в файле их {frames}).</translation>
    </message>
    <message>
        <source>The picture was saved with 8 bits per colour (it had more).</source>
        <translation>Изображение сохранено с 8 битами на цвет (было больше).</translation>
    </message>
    <message>
        <source>Colours may look slightly different ({mode} was turned into RGB).</source>
        <translation>Цвета могут выглядеть немного иначе ({mode} переведён в RGB).</translation>
    </message>
    <message>
        <source>Transparent areas were filled with white (JPEG has no transparency).</source>
        <translation>Прозрачные области залиты белым (в JPEG нет прозрачности).</translation>
    </message>
    <message>
        <source>The form&apos;s XML layer was removed.</source>
        <translation>XML-слой формы удалён.</translation>
    </message>
    <message>
        <source>A digital signature was removed.</source>
        <translation>Цифровая подпись удалена.</translation>
    </message>
    <message>
        <source>Embedded objects (files inside the document) were removed.</source>
        <translation>Встроенные объекты (файлы внутри документа) удалены.</translation>
    </message>
    <message>
        <source>Pictures in drawing formats that cannot be checked (SVG, WMF…) were removed.</source>
        <translation>Рисунки в форматах, которые нельзя проверить (SVG, WMF…), удалены.</translation>
    </message>
    <message>
        <source>It is saved as {ext}: the same document without macros.</source>
        <translation>Он сохранён как {ext}: тот же документ без макросов.</translation>
    </message>
    <message>
        <source>The animation keeps its rotation tag; its frames were not turned.</source>
        <translation>Анимация сохраняет метку поворота; её кадры не повёрнуты.</translation>
    </message>
    <message>
        <source>This TIFF has {count} pages. Many viewers show only the first: check the others too.</source>
        <translation>В этом TIFF страниц: {count}. Многие программы показывают только первую — проверьте и остальные.</translation>
    </message>
    <message>
        <source>The TIFF keeps its orientation tag; its pixels were not turned.</source>
        <translation>TIFF сохраняет метку ориентации; пиксели не повёрнуты.</translation>
    </message>
    <message>
        <source>Colours may look slightly different in the JPEG copy.</source>
        <translation>В копии JPEG цвета могут выглядеть немного иначе.</translation>
    </message>
    <message>
        <source>This PNG is cut off before the picture starts.</source>
        <translation>Этот PNG обрывается до начала изображения.</translation>
    </message>
    <message>
        <source>The file was cut off; the clean copy keeps the part that is there.</source>
        <translation>Файл обрезан; чистая копия сохраняет ту часть, что есть.</translation>
    </message>
    <message>
        <source>The removed data said to turn the picture. Check that it is the right way up.</source>
        <translation>Удалённые данные указывали повернуть изображение. Проверьте, что оно не перевёрнуто.</translation>
    </message>
    <message>
        <source>Viewers that do not play animations now show a blank picture instead of a hidden one.</source>
        <translation>Программы, не проигрывающие анимацию, теперь покажут пустую картинку вместо скрытой.</translation>
    </message>
    <message>
        <source>The sound was removed.</source>
        <translation>Звук удалён.</translation>
    </message>
    <message>
        <source>The clip had more than 8 bits per colour (HDR); the copy has 8, so colours may look flatter.</source>
        <translation>В видео было больше 8 бит на цвет (HDR); в копии 8, поэтому цвета могут выглядеть бледнее.</translation>
    </message>
    <message>
        <source>Its broken index was rebuilt the way PDF viewers do it. Check the clean copy.</source>
        <translation>Его повреждённый указатель восстановлен так, как это делают программы для PDF. Проверьте чистую копию.</translation>
    </message>
    <message>
        <source>It was locked against copying, printing or changes, but opens without a password. The clean copy has no lock.</source>
        <translation>Он был защищён от копирования, печати или изменений, но открывается без пароля. У чистой копии защиты нет.</translation>
    </message>
    <message>
        <source>Its attached files are locked with a password (the pages are not). The clean copy has no attachments.</source>
        <translation>Вложенные файлы защищены паролем (страницы — нет). В чистой копии вложений нет.</translation>
    </message>
    <message>
        <source>A cropped picture still held the part you cut away. It was removed.</source>
        <translation>Обрезанная картинка всё ещё хранила отрезанную часть. Она удалена.</translation>
    </message>
    <message>
        <source>Pages were turned into pictures: text can no longer be selected or searched.</source>
        <translation>Страницы превращены в картинки: текст больше нельзя выделить или найти поиском.</translation>
    </message>
    <message>
        <source>{count} layers of this PDF are hidden when it opens. They are kept in the copy; to leave them out, choose to turn PDF pages into pictures.</source>
        <translation>Слоёв этого PDF, скрытых при открытии: {count}. Они остаются в копии; чтобы убрать их, выберите превращение страниц PDF в картинки.</translation>
    </message>
    <message>
        <source>1 layer of this PDF is hidden when it opens. It is kept in the copy; to leave it out, choose to turn PDF pages into pictures.</source>
        <translation>1 слой этого PDF скрыт при открытии. Он остаётся в копии; чтобы убрать его, выберите превращение страниц PDF в картинки.</translation>
    </message>
    <message>
        <source>There is text in white, unseen on a white page, on {count} pages. It is kept in the copy; to leave it out, choose to turn PDF pages into pictures.</source>
        <translation>Белый текст, невидимый на белой странице, есть на страницах: {count}. Он остаётся в копии; чтобы убрать его, выберите превращение страниц PDF в картинки.</translation>
    </message>
    <message>
        <source>There is text in white, unseen on a white page, on 1 page. It is kept in the copy; to leave it out, choose to turn PDF pages into pictures.</source>
        <translation>Белый текст, невидимый на белой странице, есть на 1 странице. Он остаётся в копии; чтобы убрать его, выберите превращение страниц PDF в картинки.</translation>
    </message>
    <message>
        <source>There is text placed outside the page on {count} pages. It is kept in the copy; to leave it out, choose to turn PDF pages into pictures.</source>
        <translation>Текст, вынесенный за пределы страницы, есть на страницах: {count}. Он остаётся в копии; чтобы убрать его, выберите превращение страниц PDF в картинки.</translation>
    </message>
    <message>
        <source>There is text placed outside the page on 1 page. It is kept in the copy; to leave it out, choose to turn PDF pages into pictures.</source>
        <translation>Текст, вынесенный за пределы страницы, есть на 1 странице. Он остаётся в копии; чтобы убрать его, выберите превращение страниц PDF в картинки.</translation>
    </message>
    <message>
        <source>Embedded fonts were removed.</source>
        <translation>Встроенные шрифты удалены.</translation>
    </message>
    <message>
        <source>Videos and sounds were removed: they could not be checked.</source>
        <translation>Видео и звуки удалены: их нельзя было проверить.</translation>
    </message>
    <message>
        <source>Pictures in drawing formats that cannot be checked (EMF, WMF, SVG…) were removed.</source>
        <translation>Рисунки в форматах, которые нельзя проверить (EMF, WMF, SVG…), удалены.</translation>
    </message>
    <message>
        <source>The photo was saved again at high quality ({reason}).</source>
        <translation>Фото сохранено заново в высоком качестве ({reason}).</translation>
    </message>
    <message>
        <source>The macros (programs) in this document were removed.</source>
        <translation>Макросы (программы) в этом документе удалены.</translation>
    </message>
    <message>
        <source>This PDF asks for a password to open it. Remove the password first.</source>
        <translation>Этот PDF открывается только с паролем. Сначала снимите пароль.</translation>
    </message>
    <message>
        <source>This PDF is damaged and cannot be cleaned safely.</source>
        <translation>Этот PDF повреждён, и его нельзя надёжно очистить.</translation>
    </message>
    <message>
        <source>This PDF is damaged and cannot be cleaned safely: its end is missing.</source>
        <translation>Этот PDF повреждён, и его нельзя надёжно очистить: нет его конца.</translation>
    </message>
    <message>
        <source>This PDF is damaged (cut off, or parts of it are broken) and cannot be cleaned safely. Saving it again from a PDF viewer may repair it.</source>
        <translation>Этот PDF повреждён (обрезан или частично испорчен), и его нельзя надёжно очистить. Повторное сохранение в программе для PDF может его исправить.</translation>
    </message>
    <message>
        <source>This {format} picture is damaged and cannot be decoded: part of it is missing.</source>
        <translation>Это изображение {format} повреждено и не декодируется: части не хватает.</translation>
    </message>
    <message>
        <source>{count} slides are hidden. They are kept in the copy; to remove them, turn on removing hidden content.</source>
        <translation>Скрытых слайдов: {count}. Они остаются в копии; чтобы удалить их, включите удаление скрытого содержимого.</translation>
    </message>
    <message>
        <source>1 slide is hidden. It is kept in the copy; to remove it, turn on removing hidden content.</source>
        <translation>Скрыт 1 слайд. Он остаётся в копии; чтобы удалить его, включите удаление скрытого содержимого.</translation>
    </message>
    <message>
        <source>There are speaker notes on {count} slides. They are kept in the copy; to remove them, turn on removing speaker notes.</source>
        <translation>Заметки докладчика есть на слайдах: {count}. Они остаются в копии; чтобы удалить их, включите удаление заметок докладчика.</translation>
    </message>
    <message>
        <source>There are speaker notes on 1 slide. They are kept in the copy; to remove them, turn on removing speaker notes.</source>
        <translation>Заметки докладчика есть на 1 слайде. Они остаются в копии; чтобы удалить их, включите удаление заметок докладчика.</translation>
    </message>
    <message>
        <source>{count} sheets are hidden. They are kept in the copy; to remove them, turn on removing hidden content.</source>
        <translation>Скрытых листов: {count}. Они остаются в копии; чтобы удалить их, включите удаление скрытого содержимого.</translation>
    </message>
    <message>
        <source>1 sheet is hidden. It is kept in the copy; to remove it, turn on removing hidden content.</source>
        <translation>Скрыт 1 лист. Он остаётся в копии; чтобы удалить его, включите удаление скрытого содержимого.</translation>
    </message>
    <message>
        <source>There is hidden text in {count} places. It is kept in the copy; to remove it, turn on removing hidden content.</source>
        <translation>Скрытый текст есть в местах: {count}. Он остаётся в копии; чтобы удалить его, включите удаление скрытого содержимого.</translation>
    </message>
    <message>
        <source>There is hidden text in 1 place. It is kept in the copy; to remove it, turn on removing hidden content.</source>
        <translation>Скрытый текст есть в 1 месте. Он остаётся в копии; чтобы удалить его, включите удаление скрытого содержимого.</translation>
    </message>
    <message>
        <source>{count} sections are hidden. They are kept in the copy; to remove them, turn on removing hidden content.</source>
        <translation>Скрытых разделов: {count}. Они остаются в копии; чтобы удалить их, включите удаление скрытого содержимого.</translation>
    </message>
    <message>
        <source>1 section is hidden. It is kept in the copy; to remove it, turn on removing hidden content.</source>
        <translation>Скрыт 1 раздел. Он остаётся в копии; чтобы удалить его, включите удаление скрытого содержимого.</translation>
    </message>
    <message>
        <source>A cropped photo still held the part you cut away. It was removed.</source>
        <translation>Обрезанное фото всё ещё хранило отрезанную часть. Она удалена.</translation>
    </message>
    <message>
        <source>{count} cropped photos still held the parts you cut away. They were removed.</source>
        <translation>Обрезанные фото ({count}) всё ещё хранили отрезанные части. Они удалены.</translation>
    </message>
    <message>
        <source>The camera fingerprint was weakened, not removed. The picture was resized from {before} to {after} pixels.</source>
        <translation>Отпечаток камеры ослаблен, но не удалён. Размер изображения изменён с {before} на {after} пикселей.</translation>
    </message>
    <message>
        <source>This document is protected by a password. Remove the password first.</source>
        <translation>Этот документ защищён паролем. Сначала снимите пароль.</translation>
    </message>
    <message>
        <source>This document is damaged: its contents cannot be unpacked.</source>
        <translation>Этот документ повреждён: его содержимое не распаковывается.</translation>
    </message>
    <message>
        <source>This document is damaged and cannot be read safely.</source>
        <translation>Этот документ повреждён, и его нельзя надёжно прочитать.</translation>
    </message>
    <message>
        <source>This TIFF file holds no picture.</source>
        <translation>В этом файле TIFF нет изображения.</translation>
    </message>
    <message>
        <source>Camera RAW files are not supported. Export a TIFF or JPEG first.</source>
        <translation>Файлы RAW с камер не поддерживаются. Сначала экспортируйте TIFF или JPEG.</translation>
    </message>
    <message>
        <source>This TIFF file is damaged.</source>
        <translation>Этот файл TIFF повреждён.</translation>
    </message>
    <message>
        <source>Old-style JPEG TIFF files are not supported. Convert them first.</source>
        <translation>Файлы TIFF со сжатием JPEG старого типа не поддерживаются. Сначала преобразуйте их.</translation>
    </message>
    <message>
        <source>This TIFF file is cut off or damaged.</source>
        <translation>Этот файл TIFF обрезан или повреждён.</translation>
    </message>
    <message>
        <source>This {format} picture is encrypted.</source>
        <translation>Это изображение {format} зашифровано.</translation>
    </message>
    <message>
        <source>This {format} picture is damaged and cannot be decoded.</source>
        <translation>Это изображение {format} повреждено и не декодируется.</translation>
    </message>
    <message>
        <source>The description of this {format} picture is too large to check.</source>
        <translation>Описание этого изображения {format} слишком большое, чтобы его проверить.</translation>
    </message>
    <message>
        <source>{format} picture sequences and videos are not supported.</source>
        <translation>Последовательности изображений и видео в формате {format} не поддерживаются.</translation>
    </message>
    <message>
        <source>This {format} file has too many parts to check safely.</source>
        <translation>В этом файле {format} слишком много частей, чтобы его можно было надёжно проверить.</translation>
    </message>
    <message>
        <source>This picture is AVIF, not HEIC. Rename it to end in .avif.</source>
        <translation>Это изображение в формате AVIF, а не HEIC. Переименуйте его, чтобы имя оканчивалось на .avif.</translation>
    </message>
    <message>
        <source>The picture is too small to save as HEIC. Choose JPEG copies instead.</source>
        <translation>Изображение слишком маленькое для сохранения в HEIC. Выберите копии в JPEG.</translation>
    </message>
    <message>
        <source>The picture could not be saved as HEIC. Choose JPEG copies instead.</source>
        <translation>Не удалось сохранить изображение в HEIC. Выберите копии в JPEG.</translation>
    </message>
    <message>
        <source>The picture is too large to process ({size} pixels).</source>
        <translation>Изображение слишком большое для обработки ({size} пикселей).</translation>
    </message>
    <message>
        <source>This is not a valid PNG file.</source>
        <translation>Это не настоящий файл PNG.</translation>
    </message>
    <message>
        <source>This PNG file is damaged (a part of it is not valid).</source>
        <translation>Этот файл PNG повреждён (одна из его частей неверна).</translation>
    </message>
    <message>
        <source>This PNG file is damaged: its beginning is missing.</source>
        <translation>Этот файл PNG повреждён: нет его начала.</translation>
    </message>
    <message>
        <source>This PDF is too complex to be checked safely.</source>
        <translation>Этот PDF слишком сложный, чтобы его можно было надёжно проверить.</translation>
    </message>
    <message>
        <source>This PDF has too many levels, one inside another, to be checked safely.</source>
        <translation>В этом PDF слишком много уровней, вложенных друг в друга, чтобы его можно было надёжно проверить.</translation>
    </message>
    <message>
        <source>The drawings in this PDF are put one inside another too many times to be checked safely.</source>
        <translation>Рисунки в этом PDF вложены друг в друга слишком много раз, чтобы их можно было надёжно проверить.</translation>
    </message>
    <message>
        <source>This PDF has too many parts ({count}) to be checked safely.</source>
        <translation>В этом PDF слишком много частей ({count}), чтобы его можно было надёжно проверить.</translation>
    </message>
    <message>
        <source>This PDF has too many pages ({count}) to turn them into pictures.</source>
        <translation>В этом PDF слишком много страниц ({count}), чтобы превратить их в картинки.</translation>
    </message>
    <message>
        <source>This PDF could not be given a new document ID, so it was not cleaned.</source>
        <translation>Этому PDF не удалось присвоить новый идентификатор документа, поэтому он не очищен.</translation>
    </message>
    <message>
        <source>This PDF could not be copied faithfully, so it was not cleaned.</source>
        <translation>Этот PDF не удалось точно скопировать, поэтому он не очищен.</translation>
    </message>
    <message>
        <source>A page of this PDF has pictures on it that cannot be checked. To clean this PDF, choose to turn PDF pages into pictures.</source>
        <translation>На одной из страниц этого PDF есть изображения, которые нельзя проверить. Чтобы очистить этот PDF, выберите превращение страниц PDF в картинки.</translation>
    </message>
    <message>
        <source>A picture in this PDF is shown through a shape that hides part of it, and it cannot be cut exactly. To clean this PDF, choose to turn PDF pages into pictures.</source>
        <translation>Изображение в этом PDF показано через фигуру, которая скрывает его часть, и его нельзя точно обрезать. Чтобы очистить этот PDF, выберите превращение страниц PDF в картинки.</translation>
    </message>
    <message>
        <source>A picture in this PDF has a hidden part, stored in a way that cannot be cut away. To clean this PDF, choose to turn PDF pages into pictures.</source>
        <translation>У изображения в этом PDF есть скрытая часть, сохранённая так, что её нельзя отрезать. Чтобы очистить этот PDF, выберите превращение страниц PDF в картинки.</translation>
    </message>
    <message>
        <source>A picture in this PDF has a hidden part and is too large to be cut. To clean this PDF, choose to turn PDF pages into pictures.</source>
        <translation>У изображения в этом PDF есть скрытая часть, а само оно слишком большое, чтобы его обрезать. Чтобы очистить этот PDF, выберите превращение страниц PDF в картинки.</translation>
    </message>
    <message>
        <source>A picture in this PDF is stored in a way that cannot be checked.</source>
        <translation>Изображение в этом PDF сохранено так, что его нельзя проверить.</translation>
    </message>
    <message>
        <source>A picture drawn inside a page of this PDF is stored in a way that cannot be checked.</source>
        <translation>Изображение, нарисованное прямо на странице этого PDF, сохранено так, что его нельзя проверить.</translation>
    </message>
    <message>
        <source>A colour profile in this PDF is stored in a way that cannot be checked.</source>
        <translation>Цветовой профиль в этом PDF сохранён так, что его нельзя проверить.</translation>
    </message>
    <message>
        <source>A picture drawn inside a page of this PDF could not be saved again without its hidden data.</source>
        <translation>Изображение, нарисованное прямо на странице этого PDF, не удалось сохранить заново без его скрытых данных.</translation>
    </message>
    <message>
        <source>A picture in this PDF is too large once unpacked (more than {mb} MB).</source>
        <translation>Изображение в этом PDF после распаковки слишком большое (больше {mb} МБ).</translation>
    </message>
    <message>
        <source>A picture drawn inside a page of this PDF is too large once unpacked (more than {mb} MB).</source>
        <translation>Изображение, нарисованное прямо на странице этого PDF, после распаковки слишком большое (больше {mb} МБ).</translation>
    </message>
    <message>
        <source>A page of this PDF is too large once unpacked (more than {mb} MB).</source>
        <translation>Страница этого PDF после распаковки слишком большая (больше {mb} МБ).</translation>
    </message>
    <message>
        <source>A colour profile in this PDF is too large once unpacked (more than {mb} MB).</source>
        <translation>Цветовой профиль в этом PDF после распаковки слишком большой (больше {mb} МБ).</translation>
    </message>
    <message>
        <source>A JPEG 2000 picture in this PDF has comments that cannot be removed.</source>
        <translation>Изображение JPEG 2000 в этом PDF содержит комментарии, которые нельзя удалить.</translation>
    </message>
    <message>
        <source>There is a problem with a picture in this PDF. {problem}</source>
        <translation>Проблема с изображением в этом PDF. {problem}</translation>
    </message>
    <message>
        <source>There is a problem with a picture drawn inside a page of this PDF. {problem}</source>
        <translation>Проблема с изображением, нарисованным прямо на странице этого PDF. {problem}</translation>
    </message>
    <message>
        <source>Unpacked, this document would take more than {mb} MB: too much to be checked safely.</source>
        <translation>В распакованном виде этот документ занял бы больше {mb} МБ — слишком много, чтобы его можно было надёжно проверить.</translation>
    </message>
    <message>
        <source>A part of this document ({part}) holds an XML declaration used in attacks, so it was not opened.</source>
        <translation>Часть этого документа ({part}) содержит объявление XML, которое используют в атаках, поэтому документ не открыт.</translation>
    </message>
    <message>
        <source>There is a problem with a picture in this document ({part}). {problem}</source>
        <translation>Проблема с изображением в этом документе ({part}). {problem}</translation>
    </message>
    <message>
        <source>There is a problem with a document inside this document ({part}). {problem}</source>
        <translation>Проблема с документом внутри этого документа ({part}). {problem}</translation>
    </message>
    <message>
        <source>This document is packed in a way used to crash programs (a zip bomb), so it was not opened.</source>
        <translation>Этот документ упакован способом, которым выводят программы из строя (zip-бомба), поэтому он не открыт.</translation>
    </message>
    <message>
        <source>This zip file is not an OpenDocument file.</source>
        <translation>Этот zip-файл — не файл OpenDocument.</translation>
    </message>
    <message>
        <source>This kind of OpenDocument file is not supported.</source>
        <translation>Этот вид файлов OpenDocument не поддерживается.</translation>
    </message>
    <message>
        <source>This zip file is not an Office document.</source>
        <translation>Этот zip-файл — не документ Office.</translation>
    </message>
    <message>
        <source>This kind of Office document is not supported.</source>
        <translation>Этот вид документов Office не поддерживается.</translation>
    </message>
    <message>
        <source>This is an old-style Office file (.doc, .xls, .ppt) or a document protected by a password. Open it in Office and save it as .docx, .xlsx or .pptx, without a password.</source>
        <translation>Это файл Office старого формата (.doc, .xls, .ppt) или документ, защищённый паролем. Откройте его в Office и сохраните как .docx, .xlsx или .pptx без пароля.</translation>
    </message>
    <message>
        <source>This document is saved as Strict Open XML, which is not supported. Save it again as an ordinary .docx, .xlsx or .pptx file.</source>
        <translation>Этот документ сохранён в формате Strict Open XML, который не поддерживается. Сохраните его заново как обычный файл .docx, .xlsx или .pptx.</translation>
    </message>
    <message>
        <source>Part of this document&apos;s text is stored inside it as a web page or in another format, which cannot be checked. Open it in Word and save it again.</source>
        <translation>Часть текста этого документа хранится в нём как веб-страница или в другом формате, который нельзя проверить. Откройте его в Word и сохраните заново.</translation>
    </message>
    <message>
        <source>The picture is too large to process.</source>
        <translation>Изображение слишком большое для обработки.</translation>
    </message>
    <message>
        <source>A cropped picture in it is too large to cut safely.</source>
        <translation>Обрезанное изображение в нём слишком большое, чтобы его можно было надёжно обрезать.</translation>
    </message>
    <message>
        <source>Areas cannot be covered in {format} pictures.</source>
        <translation>На изображениях {format} нельзя закрывать области.</translation>
    </message>
    <message>
        <source>{format} files are not video clips.</source>
        <translation>Файлы {format} — не видео.</translation>
    </message>
    <message>
        <source>Covering areas makes a new copy: the original is never changed. Save copies in a folder instead.</source>
        <translation>При закрытии областей создаётся новая копия: оригинал никогда не меняется. Сохраните копии в папку.</translation>
    </message>
    <message>
        <source>This clip is turned by {degrees} degrees, which is not supported.</source>
        <translation>Это видео повёрнуто на {degrees}°, а это не поддерживается.</translation>
    </message>
    <message>
        <source>The clip is too large to process ({size} pixels).</source>
        <translation>Видео слишком большое для обработки ({size} пикселей).</translation>
    </message>
    <message>
        <source>This HEIF picture uses a kind of compression that is not supported ({code}).</source>
        <translation>В этом изображении HEIF используется вид сжатия, который не поддерживается ({code}).</translation>
    </message>
    <message>
        <source>The picture could not be saved as AVIF.</source>
        <translation>Не удалось сохранить изображение в AVIF.</translation>
    </message>
    <message>
        <source>This {format} file is stored in pieces, as when it is streamed. This is not supported.</source>
        <translation>Этот файл {format} хранится по частям, как при потоковой передаче. Это не поддерживается.</translation>
    </message>
    <message>
        <source>The header of this {format} file is split up or compressed. This is not supported.</source>
        <translation>Заголовок этого файла {format} разбит на части или сжат. Это не поддерживается.</translation>
    </message>
    <message>
        <source>This {format} file plays sound or pictures stored in other files. This is not supported.</source>
        <translation>Этот файл {format} воспроизводит звук или изображение из других файлов. Это не поддерживается.</translation>
    </message>
    <message>
        <source>This {format} file is copy-protected, so it cannot be cleaned.</source>
        <translation>Этот файл {format} защищён от копирования, поэтому его нельзя очистить.</translation>
    </message>
    <message>
        <source>This {format} file is too large to clean.</source>
        <translation>Этот файл {format} слишком большой для очистки.</translation>
    </message>
    <message>
        <source>The sound of this video is stored in a way that is not supported.</source>
        <translation>Звук этого видео сохранён способом, который не поддерживается.</translation>
    </message>
    <message>
        <source>The sound of this video is in an old format that is not supported.</source>
        <translation>Звук этого видео в старом формате, который не поддерживается.</translation>
    </message>
    <message>
        <source>This M4A file also holds video, chapters or text, which cannot be cleaned here.</source>
        <translation>В этом файле M4A есть ещё видео, главы или текст, которые здесь нельзя очистить.</translation>
    </message>
    <message>
        <source>This is copy-protected iTunes music. Its purchase record cannot be removed without breaking it.</source>
        <translation>Это музыка из iTunes с защитой от копирования. Запись о её покупке нельзя удалить, не испортив саму музыку.</translation>
    </message>
    <message>
        <source>This FLAC file starts with an ID3 tag, which FLAC players do not expect, so it was not cleaned.</source>
        <translation>Этот файл FLAC начинается с тега ID3, которого проигрыватели FLAC не ожидают, поэтому он не очищен.</translation>
    </message>
    <message>
        <source>Bare AAC sound files are not supported, only AAC inside M4A files.</source>
        <translation>Отдельные звуковые файлы AAC не поддерживаются, только AAC внутри файлов M4A.</translation>
    </message>
    <message>
        <source>This Ogg file holds video or a kind of sound that cannot be cleaned. Only Vorbis and Opus are supported.</source>
        <translation>В этом файле Ogg есть видео или звук такого вида, который нельзя очистить. Поддерживаются только Vorbis и Opus.</translation>
    </message>
    <message>
        <source>This PNG has a part that is not standard ({part}), so it was not cleaned.</source>
        <translation>В этом PNG есть нестандартная часть ({part}), поэтому он не очищен.</translation>
    </message>
    <message>
        <source>This animated PNG hides a still picture too large to replace, so it was not cleaned.</source>
        <translation>Этот анимированный PNG скрывает неподвижное изображение, слишком большое для замены, поэтому он не очищен.</translation>
    </message>
    <message>
        <source>This TIFF has more than {count} pages.</source>
        <translation>Число страниц в этом TIFF больше {count}.</translation>
    </message>
    <message>
        <source>This TIFF is damaged: its picture data adds up to more than the file.</source>
        <translation>Этот TIFF повреждён: данные его изображения в сумме больше самого файла.</translation>
    </message>
    <message>
        <source>The first page of this TIFF is only a preview. Such TIFF files are not supported.</source>
        <translation>Первая страница этого TIFF — только эскиз для предпросмотра. Такие файлы TIFF не поддерживаются.</translation>
    </message>
    <message>
        <source>The clean TIFF would be larger than 4 GB.</source>
        <translation>Очищенный TIFF был бы больше 4 ГБ.</translation>
    </message>
    <message>
        <source>a crop hid part of the picture</source>
        <extracomment>Why the photo was saved again, in &quot;The photo was saved again at high quality ({reason}).&quot;</extracomment>
        <translation>обрезка скрывала часть изображения</translation>
    </message>
    <message>
        <source>colours under its see-through areas could hide a picture</source>
        <extracomment>Why the photo was saved again, in &quot;The photo was saved again at high quality ({reason}).&quot;</extracomment>
        <translation>цвета под его прозрачными областями могли скрывать изображение</translation>
    </message>
    <message>
        <source>it is made of layers that can cover one another</source>
        <extracomment>Why the photo was saved again, in &quot;The photo was saved again at high quality ({reason}).&quot;</extracomment>
        <translation>оно состоит из слоёв, которые могут перекрывать друг друга</translation>
    </message>
    <message>
        <source>its tiles do not fit together in a regular grid</source>
        <extracomment>Why the photo was saved again, in &quot;The photo was saved again at high quality ({reason}).&quot;</extracomment>
        <translation>его фрагменты не складываются в ровную сетку</translation>
    </message>
    <message>
        <source>whole tiles of its picture were hidden</source>
        <extracomment>Why the photo was saved again, in &quot;The photo was saved again at high quality ({reason}).&quot;</extracomment>
        <translation>целые фрагменты его изображения были скрыты</translation>
    </message>
    <message>
        <source>its picture is stored in another file</source>
        <extracomment>Why the photo was saved again, in &quot;The photo was saved again at high quality ({reason}).&quot;</extracomment>
        <translation>его изображение хранится в другом файле</translation>
    </message>
    <message>
        <source>its picture is built from data stored elsewhere in the file</source>
        <extracomment>Why the photo was saved again, in &quot;The photo was saved again at high quality ({reason}).&quot;</extracomment>
        <translation>его изображение собрано из данных, хранящихся в другом месте файла</translation>
    </message>
    <message>
        <source>its picture data is not where it should be in the file</source>
        <extracomment>Why the photo was saved again, in &quot;The photo was saved again at high quality ({reason}).&quot;</extracomment>
        <translation>данные его изображения находятся не там, где должны быть в файле</translation>
    </message>
</context>
<context>
    <name>plain</name>
    <message>
        <source>1 item</source>
        <translation>1 элемент</translation>
    </message>
    <message>
        <source>{count} items</source>
        <translation>элементов: {count}</translation>
    </message>
    <message>
        <source>in the file name: {shown}</source>
        <translation>в имени файла: {shown}</translation>
    </message>
    <message>
        <source>{values} and {count} more</source>
        <translation>{values} и ещё {count}</translation>
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
        <translation>{deg}° в. д.</translation>
    </message>
    <message>
        <source>{deg}° W</source>
        <translation>{deg}° з. д.</translation>
    </message>
    <message>
        <source>serial {number}</source>
        <translation>серийный № {number}</translation>
    </message>
</context>
<context>
    <name>words</name>
    <message>
        <source>location</source>
        <translation>место</translation>
    </message>
    <message>
        <source>phone/camera</source>
        <translation>телефон/камера</translation>
    </message>
    <message>
        <source>your name</source>
        <translation>ваше имя</translation>
    </message>
    <message>
        <source>date</source>
        <translation>дата</translation>
    </message>
    <message>
        <source>hidden extra image/video</source>
        <translation>скрытое доп. фото/видео</translation>
    </message>
    <message>
        <source>editing history</source>
        <translation>история правок</translation>
    </message>
    <message>
        <source>other hidden data</source>
        <translation>другие скрытые данные</translation>
    </message>
    <message>
        <source>Reveals where it was taken or made</source>
        <translation>Показывает место съёмки или создания</translation>
    </message>
    <message>
        <source>Identifies your phone or camera</source>
        <translation>Выдаёт ваш телефон или камеру</translation>
    </message>
    <message>
        <source>Contains a name</source>
        <translation>Содержит имя</translation>
    </message>
    <message>
        <source>Tells when it was taken or made</source>
        <translation>Показывает время съёмки или создания</translation>
    </message>
    <message>
        <source>Hides an extra picture, video or file</source>
        <translation>Скрывает в себе ещё одно фото, видео или файл</translation>
    </message>
    <message>
        <source>Shows editing history or the apps used</source>
        <translation>Показывает историю правок или использованные приложения</translation>
    </message>
    <message>
        <source>Other hidden data</source>
        <translation>Другие скрытые данные</translation>
    </message>
    <message>
        <source>Location</source>
        <translation>Место</translation>
    </message>
    <message>
        <source>Phone or camera</source>
        <translation>Телефон или камера</translation>
    </message>
    <message>
        <source>Names</source>
        <translation>Имена</translation>
    </message>
    <message>
        <source>Date and time</source>
        <translation>Дата и время</translation>
    </message>
    <message>
        <source>Hidden extras</source>
        <translation>Скрытые вложения</translation>
    </message>
    <message>
        <source>Apps and editing</source>
        <translation>Приложения и правка</translation>
    </message>
    <message>
        <source>Other data</source>
        <translation>Другие данные</translation>
    </message>
    <message>
        <source>Cleaned</source>
        <translation>Очищено</translation>
    </message>
    <message>
        <source>Nothing to remove</source>
        <translation>Нечего удалять</translation>
    </message>
    <message>
        <source>Not supported</source>
        <translation>Не поддерживается</translation>
    </message>
    <message>
        <source>Could not be cleaned</source>
        <translation>Не удалось очистить</translation>
    </message>
    <message>
        <source>Cancelled</source>
        <translation>Отменено</translation>
    </message>
    <message>
        <source>removed: {what}</source>
        <translation>удалено: {what}</translation>
    </message>
    <message>
        <source>still in the copy: {what}</source>
        <translation>осталось в копии: {what}</translation>
    </message>
    <message>
        <source>This file is damaged or incomplete.</source>
        <translation>Этот файл повреждён или неполный.</translation>
    </message>
    <message>
        <source>This type of file is not supported yet.</source>
        <translation>Такие файлы пока не поддерживаются.</translation>
    </message>
    <message>
        <source>This file cannot be found or is not a normal file.</source>
        <translation>Файл не найден или это не обычный файл.</translation>
    </message>
    <message>
        <source>Scrubber cannot clean this file safely (for example it is too large or protected by a password).</source>
        <translation>Scrubber не может надёжно очистить этот файл (например, он слишком большой или защищён паролем).</translation>
    </message>
    <message>
        <source>The copy could not be written (is the disk full or the folder read-only?)</source>
        <translation>Не удалось записать копию (диск заполнен или папка только для чтения?)</translation>
    </message>
    <message>
        <source>The copy still contained identifying data, so it was deleted.</source>
        <translation>В копии остались данные, по которым вас можно узнать, поэтому она удалена.</translation>
    </message>
    <message>
        <source>Not done: cleaning was cancelled.</source>
        <translation>Не обработан: очистка отменена.</translation>
    </message>
    <message>
        <source>The areas to cover do not fit this picture, so nothing was written.</source>
        <translation>Области для скрытия не подходят к этой картинке, поэтому ничего не записано.</translation>
    </message>
    <message>
        <source>Finding faces automatically does not work on this computer.</source>
        <translation>Автоматический поиск лиц не работает на этом компьютере.</translation>
    </message>
    <message>
        <source>Photos with areas to cover or a weakened camera fingerprint need a copy: turn off “Replace the originals”.</source>
        <translation>Для фото с областями для скрытия или с ослабленным отпечатком камеры нужна копия: выключите «Заменить исходные файлы».</translation>
    </message>
    <message>
        <source>This is a link to another file or folder; it was not followed.</source>
        <translation>Это ссылка на другой файл или папку; по ней не переходили.</translation>
    </message>
    <message>
        <source>There is not enough memory to clean this file.</source>
        <translation>Не хватает памяти, чтобы очистить этот файл.</translation>
    </message>
    <message>
        <source>This file made Scrubber&apos;s reader crash (the file may be damaged). It was not cleaned.</source>
        <translation>Этот файл вызвал сбой программы чтения Scrubber (возможно, файл повреждён). Он не был очищен.</translation>
    </message>
    <message>
        <source>Reading this file took far too long (it may be damaged), so it was stopped. It was not cleaned.</source>
        <translation>Чтение этого файла заняло слишком много времени (возможно, он повреждён), поэтому его остановили. Файл не был очищен.</translation>
    </message>
    <message>
        <source>Something went wrong in Scrubber with this file. Nothing was written.</source>
        <translation>В Scrubber произошла ошибка при работе с этим файлом. Ничего не записано.</translation>
    </message>
</context>
</TS>
