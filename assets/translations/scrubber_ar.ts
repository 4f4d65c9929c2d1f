<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="ar">
<context>
    <name>BatchModel</name>
    <message>
        <source>File</source>
        <translation>الملف</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>النوع</translation>
    </message>
    <message>
        <source>What it reveals</source>
        <translation>ما يكشفه</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>الحالة</translation>
    </message>
    <message>
        <source>nothing found</source>
        <translation>لم يُعثر على شيء</translation>
    </message>
    <message>
        <source>Link: not followed</source>
        <translation>رابط: لم تتم متابعته</translation>
    </message>
    <message>
        <source>Checking…</source>
        <translation>جارٍ الفحص…</translation>
    </message>
    <message>
        <source>Not supported</source>
        <translation>غير مدعوم</translation>
    </message>
    <message>
        <source>Could not be read</source>
        <translation>تعذّرت قراءته</translation>
    </message>
    <message>
        <source>Cleaning… {percent}%</source>
        <translation>جارٍ التنظيف… {percent}%</translation>
    </message>
    <message>
        <source>Cleaning…</source>
        <translation>جارٍ التنظيف…</translation>
    </message>
    <message>
        <source>Ready; areas to cover: {count}</source>
        <translation>جاهز؛ المناطق المطلوب تغطيتها: {count}</translation>
    </message>
    <message>
        <source>Ready</source>
        <translation>جاهز</translation>
    </message>
</context>
<context>
    <name>ClipEditor</name>
    <message>
        <source>&amp;Time in the clip</source>
        <translation>الوقت في المقطع(&amp;T)</translation>
    </message>
    <message>
        <source>Time in the clip</source>
        <translation>الوقت في المقطع</translation>
    </message>
    <message>
        <source>Frame of the clip</source>
        <translation>لقطة من المقطع</translation>
    </message>
    <message>
        <source>From this f&amp;rame</source>
        <translation>من هذه اللقطة(&amp;R)</translation>
    </message>
    <message>
        <source>The selected areas (or all) are covered from this frame on</source>
        <translation>تُغطّى المناطق المحددة (أو كلها) من هذه اللقطة فصاعدًا</translation>
    </message>
    <message>
        <source>Until t&amp;his frame</source>
        <translation>حتى هذه اللقطة(&amp;H)</translation>
    </message>
    <message>
        <source>The selected areas (or all) are covered up to this frame</source>
        <translation>تُغطّى المناطق المحددة (أو كلها) حتى هذه اللقطة</translation>
    </message>
    <message>
        <source>Whole cli&amp;p</source>
        <translation>المقطع كاملًا(&amp;P)</translation>
    </message>
    <message>
        <source>The selected areas (or all) are covered in every frame</source>
        <translation>تُغطّى المناطق المحددة (أو كلها) في كل لقطة</translation>
    </message>
    <message>
        <source>{name} ({start} to {end} s)</source>
        <translation>{name} (من {start} إلى {end} ث)</translation>
    </message>
    <message>
        <source>Areas cover every frame of the clip. Faces move: to cover them in every frame, turn on “Cover the faces found in photos and clips” in the main window.</source>
        <translation>تغطي المناطق كل لقطات المقطع. الوجوه تتحرك: لتغطيتها في كل لقطة، فعّل «تغطية الوجوه التي يُعثر عليها في الصور والمقاطع» في النافذة الرئيسية.</translation>
    </message>
    <message>
        <source>Face detection is not available ({reason}).</source>
        <translation>اكتشاف الوجوه غير متاح ({reason}).</translation>
    </message>
    <message>
        <source>Looking for faces…</source>
        <translation>جارٍ البحث عن الوجوه…</translation>
    </message>
    <message>
        <source>Faces seen in this frame (dashed outlines): {count}.</source>
        <translation>الوجوه الظاهرة في هذه اللقطة (بإطار متقطع): {count}.</translation>
    </message>
</context>
<context>
    <name>DetailsPane</name>
    <message>
        <source>Details: {detail}</source>
        <translation>التفاصيل: {detail}</translation>
    </message>
    <message>
        <source>Details of the selected file</source>
        <translation>تفاصيل الملف المحدد</translation>
    </message>
    <message>
        <source>File type</source>
        <translation>نوع الملف</translation>
    </message>
    <message>
        <source>Before</source>
        <translation>قبل</translation>
    </message>
    <message>
        <source>After</source>
        <translation>بعد</translation>
    </message>
    <message>
        <source>Picture before cleaning</source>
        <translation>الصورة قبل التنظيف</translation>
    </message>
    <message>
        <source>Picture of the clean copy</source>
        <translation>صورة النسخة النظيفة</translation>
    </message>
    <message>
        <source>Before: what the file gives away</source>
        <translation>قبل: ما يكشفه الملف</translation>
    </message>
    <message>
        <source>After: the clean copy</source>
        <translation>بعد: النسخة النظيفة</translation>
    </message>
    <message>
        <source>Something that could identify you is still in the copy. Do not post it. The list below shows what remains.</source>
        <translation>ما زال في النسخة شيء قد يكشف هويتك. لا تنشرها. القائمة أدناه تبيّن ما تبقّى.</translation>
    </message>
    <message>
        <source>Found in the file before cleaning</source>
        <translation>ما وُجد في الملف قبل التنظيف</translation>
    </message>
    <message>
        <source>The clean copy: what was removed and what remains</source>
        <translation>النسخة النظيفة: ما أُزيل وما تبقّى</translation>
    </message>
    <message>
        <source>What</source>
        <translation>العنصر</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>القيمة</translation>
    </message>
    <message>
        <source>Select a file in the list to see what it gives away.</source>
        <translation>اختر ملفًا من القائمة لترى ما يكشفه.</translation>
    </message>
    <message>
        <source>Technical details: every tag and value</source>
        <translation>التفاصيل التقنية: كل وسم وقيمته</translation>
    </message>
    <message>
        <source>Result</source>
        <translation>النتيجة</translation>
    </message>
    <message>
        <source>Areas to cover</source>
        <translation>المناطق المطلوب تغطيتها</translation>
    </message>
    <message>
        <source>Details of the problem</source>
        <translation>تفاصيل المشكلة</translation>
    </message>
    <message>
        <source>1 area will be covered</source>
        <translation>ستُغطّى منطقة واحدة</translation>
    </message>
    <message>
        <source>{count} areas will be covered</source>
        <translation>عدد المناطق التي ستُغطّى: {count}</translation>
    </message>
    <message>
        <source>Checking this file…</source>
        <translation>جارٍ فحص هذا الملف…</translation>
    </message>
    <message>
        <source>Nothing found that could identify you.</source>
        <translation>لم يُعثر على شيء قد يكشف هويتك.</translation>
    </message>
    <message>
        <source>1 thing found that could identify you.</source>
        <translation>عُثر على شيء واحد قد يكشف هويتك.</translation>
    </message>
    <message>
        <source>{count} things found that could identify you.</source>
        <translation>عدد الأشياء التي عُثر عليها وقد تكشف هويتك: {count}.</translation>
    </message>
    <message>
        <source>No clean copy can be made because the file could not be read.</source>
        <translation>لا يمكن إنشاء نسخة نظيفة لأن الملف تعذّرت قراءته.</translation>
    </message>
    <message>
        <source>Cleaning…</source>
        <translation>جارٍ التنظيف…</translation>
    </message>
    <message>
        <source>Not cleaned yet. Press Clean to make a safe copy.</source>
        <translation>لم يُنظَّف بعد. اضغط «تنظيف» لإنشاء نسخة آمنة.</translation>
    </message>
    <message>
        <source>Saved as: {name}</source>
        <translation>حُفظ باسم: {name}</translation>
    </message>
    <message>
        <source>Faces found and covered: {count}. Check the picture of the copy.</source>
        <translation>الوجوه التي عُثر عليها وغُطّيت: {count}. افحص صورة النسخة.</translation>
    </message>
    <message>
        <source>Checked again: nothing that could identify you was found.</source>
        <translation>فُحص مرة أخرى: لم يُعثر على شيء قد يكشف هويتك.</translation>
    </message>
    <message>
        <source>Still in the copy</source>
        <translation>ما زال في النسخة</translation>
    </message>
    <message>
        <source>Removed</source>
        <translation>أُزيل</translation>
    </message>
    <message>
        <source>still in the copy</source>
        <translation>ما زال في النسخة</translation>
    </message>
    <message>
        <source>removed</source>
        <translation>أُزيل</translation>
    </message>
    <message>
        <source>removed, not checked</source>
        <translation>أُزيل، دون إعادة فحص</translation>
    </message>
    <message>
        <source>What the clean copy no longer gives away</source>
        <translation>ما لم تعد النسخة النظيفة تكشفه</translation>
    </message>
    <message>
        <source>will be removed</source>
        <translation>سيُزال</translation>
    </message>
    <message>
        <source>not removed</source>
        <translation>لم يُزَل</translation>
    </message>
    <message>
        <source>What the file gives away</source>
        <translation>ما يكشفه الملف</translation>
    </message>
    <message>
        <source>kept</source>
        <translation>أُبقي</translation>
    </message>
    <message>
        <source>Good to know:</source>
        <translation>من المفيد أن تعرف:</translation>
    </message>
    <message>
        <source>which way up the photo is</source>
        <translation>اتجاه الصورة</translation>
    </message>
    <message>
        <source>a standard colour profile</source>
        <translation>ملف تعريف ألوان قياسي</translation>
    </message>
    <message>
        <source>harmless technical data</source>
        <translation>بيانات تقنية غير ضارة</translation>
    </message>
    <message>
        <source>Hide technical details</source>
        <translation>إخفاء التفاصيل التقنية</translation>
    </message>
    <message>
        <source>Show technical details</source>
        <translation>إظهار التفاصيل التقنية</translation>
    </message>
    <message>
        <source>Kept: needed to show the photo the right way up</source>
        <translation>أُبقي: ضروري لعرض الصورة بالاتجاه الصحيح</translation>
    </message>
    <message>
        <source>Kept: a standard colour profile, so colours look right</source>
        <translation>أُبقي: ملف تعريف ألوان قياسي، لتظهر الألوان بشكل صحيح</translation>
    </message>
    <message>
        <source>Kept</source>
        <translation>أُبقي</translation>
    </message>
    <message>
        <source>Loading preview…</source>
        <translation>جارٍ تحميل المعاينة…</translation>
    </message>
    <message>
        <source>No preview for this kind of file</source>
        <translation>لا معاينة لهذا النوع من الملفات</translation>
    </message>
    <message>
        <source>This picture could not be read: the file may be damaged</source>
        <translation>تعذّرت قراءة هذه الصورة: قد يكون الملف تالفًا</translation>
    </message>
    <message>
        <source>The clean copy will appear here</source>
        <translation>ستظهر النسخة النظيفة هنا</translation>
    </message>
    <message>
        <source>No copy was made</source>
        <translation>لم تُنشأ أي نسخة</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>Photos and pictures ({patterns})</source>
        <translation>الصور ({patterns})</translation>
    </message>
    <message>
        <source>Sound recordings ({patterns})</source>
        <translation>التسجيلات الصوتية ({patterns})</translation>
    </message>
    <message>
        <source>Videos ({patterns})</source>
        <translation>الفيديوهات ({patterns})</translation>
    </message>
    <message>
        <source>Documents ({patterns})</source>
        <translation>المستندات ({patterns})</translation>
    </message>
    <message>
        <source>Files Scrubber can clean ({patterns})</source>
        <translation>الملفات التي يستطيع Scrubber تنظيفها ({patterns})</translation>
    </message>
    <message>
        <source>All files (*)</source>
        <translation>كل الملفات (*)</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>ملف(&amp;F)</translation>
    </message>
    <message>
        <source>&amp;Language</source>
        <translation>اللغة(&amp;L)</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>مساعدة(&amp;H)</translation>
    </message>
    <message>
        <source>&amp;Add files…</source>
        <translation>إضافة ملفات(&amp;A)…</translation>
    </message>
    <message>
        <source>Add fold&amp;er…</source>
        <translation>إضافة مجلد(&amp;D)…</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>خروج(&amp;Q)</translation>
    </message>
    <message>
        <source>&amp;Clean</source>
        <translation>تنظيف(&amp;C)</translation>
    </message>
    <message>
        <source>Ca&amp;ncel</source>
        <translation>إلغاء(&amp;N)</translation>
    </message>
    <message>
        <source>Remo&amp;ve from list</source>
        <translation>إزالة من القائمة(&amp;R)</translation>
    </message>
    <message>
        <source>H&amp;ide faces and areas…</source>
        <translation>إخفاء الوجوه والمناطق(&amp;I)…</translation>
    </message>
    <message>
        <source>&amp;Why this matters</source>
        <translation>لماذا هذا مهم(&amp;W)</translation>
    </message>
    <message>
        <source>&amp;About Scrubber</source>
        <translation>حول Scrubber(&amp;B)</translation>
    </message>
    <message>
        <source>Scrubber: remove hidden data from photos</source>
        <translation>Scrubber: إزالة البيانات المخفية من الصور</translation>
    </message>
    <message>
        <source>Add files</source>
        <translation>إضافة ملفات</translation>
    </message>
    <message>
        <source>Add a folder</source>
        <translation>إضافة مجلد</translation>
    </message>
    <message>
        <source>Why this matters</source>
        <translation>لماذا هذا مهم</translation>
    </message>
    <message>
        <source>Hide faces and areas</source>
        <translation>إخفاء الوجوه والمناطق</translation>
    </message>
    <message>
        <source>Remo&amp;ve</source>
        <translation>إزالة(&amp;R)</translation>
    </message>
    <message>
        <source>Remove the selected files</source>
        <translation>إزالة الملفات المحددة من القائمة</translation>
    </message>
    <message>
        <source>Clear lis&amp;t</source>
        <translation>إفراغ القائمة(&amp;E)</translation>
    </message>
    <message>
        <source>Clear the list</source>
        <translation>إفراغ القائمة</translation>
    </message>
    <message>
        <source>Cover faces, tattoos or anything else in the selected photo or clip (Enter)</source>
        <translation>تغطية الوجوه أو الوشوم أو أي شيء آخر في الصورة أو المقطع المحدد (Enter)</translation>
    </message>
    <message>
        <source>or drop photos and folders onto the list below.</source>
        <translation>أو اسحب الصور والمجلدات وأفلتها في القائمة أدناه.</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>اللغة</translation>
    </message>
    <message>
        <source>Files to clean</source>
        <translation>الملفات المطلوب تنظيفها</translation>
    </message>
    <message>
        <source>Drop photos or folders here.

Scrubber shows what each file gives away about you, then writes clean copies. Your originals are not changed.</source>
        <translation>اسحب الصور أو المجلدات وأفلتها هنا.

يعرض Scrubber ما يكشفه كل ملف عنك، ثم يحفظ نسخًا نظيفة. ملفاتك الأصلية لا تتغير.</translation>
    </message>
    <message>
        <source>Stopping: files being cleaned now are left as they were…</source>
        <translation>جارٍ الإيقاف: الملفات التي يجري تنظيفها الآن تبقى كما كانت…</translation>
    </message>
    <message>
        <source>Details of the selected file</source>
        <translation>تفاصيل الملف المحدد</translation>
    </message>
    <message>
        <source>Language:</source>
        <translation>اللغة:</translation>
    </message>
    <message>
        <source>Add files to clean</source>
        <translation>إضافة ملفات لتنظيفها</translation>
    </message>
    <message>
        <source>Add a folder to clean</source>
        <translation>إضافة مجلد لتنظيفه</translation>
    </message>
    <message>
        <source>About Scrubber</source>
        <translation>حول Scrubber</translation>
    </message>
    <message>
        <source>Scrubber {version}

Removes hidden data from photos. Works offline: nothing is ever sent anywhere, and no list of your files is kept.</source>
        <translation>Scrubber {version}

يزيل البيانات المخفية من الصور. يعمل دون اتصال بالإنترنت: لا يُرسَل أي شيء إلى أي مكان، ولا تُحفظ أي قائمة بملفاتك.</translation>
    </message>
    <message>
        <source>Replace the original files?</source>
        <translation>هل تريد استبدال الملفات الأصلية؟</translation>
    </message>
    <message>
        <source>Your original files will be overwritten with the cleaned versions. This cannot be undone: the originals, with everything they contain, will be gone.

Photos with areas to cover still need a copy.

Replace the originals?</source>
        <translation>ستُكتب النسخ النظيفة فوق ملفاتك الأصلية. لا يمكن التراجع عن ذلك: ستختفي الملفات الأصلية بكل ما فيها.

الصور التي فيها مناطق مطلوب تغطيتها تحتاج مع ذلك إلى نسخة.

هل تريد استبدال الملفات الأصلية؟</translation>
    </message>
    <message>
        <source>Choose where to save the clean copies</source>
        <translation>اختر مكان حفظ النسخ النظيفة</translation>
    </message>
    <message>
        <source>Every file in the list has been cleaned already.</source>
        <translation>كل الملفات في القائمة نُظّفت من قبل.</translation>
    </message>
    <message>
        <source>Cannot create the output folder</source>
        <translation>تعذّر إنشاء مجلد الحفظ</translation>
    </message>
    <message>
        <source>The clean copies cannot be saved there ({reason}). Choose another folder with “Choose…”.</source>
        <translation>لا يمكن حفظ النسخ النظيفة هناك ({reason}). اختر مجلدًا آخر بزر «اختيار…».</translation>
    </message>
    <message>
        <source>Cleaning…</source>
        <translation>جارٍ التنظيف…</translation>
    </message>
</context>
<context>
    <name>OptionsBox</name>
    <message>
        <source>Options</source>
        <translation>الخيارات</translation>
    </message>
    <message>
        <source>({count} on)</source>
        <translation>(المفعّلة: {count})</translation>
    </message>
    <message>
        <source>&amp;More options</source>
        <translation>خيارات إضافية(&amp;M)</translation>
    </message>
    <message>
        <source>More options</source>
        <translation>خيارات إضافية</translation>
    </message>
    <message>
        <source>Show or hide the options for the copies</source>
        <translation>إظهار خيارات النسخ أو إخفاؤها</translation>
    </message>
    <message>
        <source>&amp;Give the copies random file names</source>
        <translation>إعطاء النسخ أسماء ملفات عشوائية(&amp;G)</translation>
    </message>
    <message>
        <source>File names from phones often contain the date and time the photo was taken.</source>
        <translation>أسماء الملفات القادمة من الهواتف تحتوي غالبًا على تاريخ التقاط الصورة ووقته.</translation>
    </message>
    <message>
        <source>&amp;Keep file names that show the date or the phone</source>
        <translation>الإبقاء على أسماء الملفات التي تُظهر التاريخ أو الهاتف(&amp;K)</translation>
    </message>
    <message>
        <source>Off: a copy of a file named like IMG_20240611_143207.jpg gets a name like photo-1f0c9a2e.jpg instead, so its name does not show when it was taken or with which phone.</source>
        <translation>عند إيقافه: نسخة ملف اسمه مثل IMG_20240611_143207.jpg تأخذ بدلًا منه اسمًا مثل photo-1f0c9a2e.jpg، فلا يكشف اسمها متى التُقطت ولا بأي هاتف.</translation>
    </message>
    <message>
        <source>Convert HEIC photos to &amp;JPEG</source>
        <translation>تحويل صور HEIC إلى JPEG(&amp;J)</translation>
    </message>
    <message>
        <source>Remove colour &amp;profiles (colours may shift slightly)</source>
        <translation>إزالة ملفات تعريف الألوان(&amp;P) (قد تتغير الألوان قليلًا)</translation>
    </message>
    <message>
        <source>T&amp;urn PDF pages into pictures (strongest; text can no longer be selected)</source>
        <translation>تحويل صفحات PDF إلى صور(&amp;V) (الأقوى؛ لا يعود النص قابلًا للتحديد)</translation>
    </message>
    <message>
        <source>Removes everything hidden in a PDF&apos;s text and drawings too. The copy is larger and its text cannot be searched or copied.</source>
        <translation>يزيل أيضًا كل ما هو مخفي في نصوص ملف PDF ورسومه. النسخة أكبر حجمًا، ولا يمكن البحث في نصها أو نسخه.</translation>
    </message>
    <message>
        <source>Cover the faces found in photos and clips (check each cop&amp;y)</source>
        <translation>تغطية الوجوه التي يُعثر عليها في الصور والمقاطع (افحص كل نسخة)(&amp;Y)</translation>
    </message>
    <message>
        <source>Faces found automatically are covered in black in the copies. Detection can miss faces: look at each copy&apos;s picture in the details.</source>
        <translation>الوجوه التي يُعثر عليها تلقائيًا تُغطّى بالأسود في النسخ. قد يفوت الاكتشافَ بعضُ الوجوه: انظر إلى صورة كل نسخة في التفاصيل.</translation>
    </message>
    <message>
        <source>&amp;Quick face search (misses small faces)</source>
        <translation>بحث سريع عن الوجوه (تفوته الوجوه الصغيرة)(&amp;Q)</translation>
    </message>
    <message>
        <source>Faster, but faces smaller than about 60 pixels in a large photo are not found. Used here and in Hide faces and areas.</source>
        <translation>أسرع، لكن الوجوه الأصغر من نحو 60 بكسل في صورة كبيرة لا يُعثر عليها. يُستخدم هنا وفي «إخفاء الوجوه والمناطق».</translation>
    </message>
    <message>
        <source>Remove hidden slides, sheets and te&amp;xt, and speaker notes, from documents</source>
        <translation>إزالة الشرائح والأوراق والنصوص المخفية، وملاحظات المتحدث، من المستندات(&amp;X)</translation>
    </message>
    <message>
        <source>Documents can hold slides, sheets and text that are not shown, and notes only the speaker sees. Without this they are kept, and the summary says where they are.</source>
        <translation>قد تحتوي المستندات على شرائح وأوراق ونصوص لا تظهر، وعلى ملاحظات لا يراها إلا المتحدث. بدون هذا الخيار تبقى كما هي، ويذكر الملخص مكانها.</translation>
    </message>
    <message>
        <source>Weaken the camera fingerprint in photos (saved again, a &amp;bit smaller)</source>
        <translation>إضعاف بصمة الكاميرا في الصور (تُحفظ من جديد، أصغر قليلًا)(&amp;Z)</translation>
    </message>
    <message>
        <source>Every camera leaves a faint pattern in its photos that can link them to each other. This softens each photo slightly and makes it 3% smaller: the pattern gets weaker, but it is not removed. Photos are saved again instead of copied unchanged.</source>
        <translation>كل كاميرا تترك في صورها نمطًا خفيفًا يمكن أن يربطها ببعضها. هذا الخيار ينعّم كل صورة قليلًا ويصغّرها بنسبة 3 بالمئة: يضعف النمط، لكنه لا يُزال. تُحفظ الصور من جديد بدلًا من نسخها دون تغيير.</translation>
    </message>
    <message>
        <source>&amp;Replace the originals (no copies; cannot be undone)</source>
        <translation>استبدال الملفات الأصلية(&amp;T) (بلا نسخ؛ لا يمكن التراجع)</translation>
    </message>
</context>
<context>
    <name>OutputBox</name>
    <message>
        <source>Save clean copies in:</source>
        <translation>حفظ النسخ النظيفة في:</translation>
    </message>
    <message>
        <source>Output folder</source>
        <translation>مجلد الحفظ</translation>
    </message>
    <message>
        <source>Choo&amp;se…</source>
        <translation>اختيار(&amp;S)…</translation>
    </message>
    <message>
        <source>Choose the output folder</source>
        <translation>اختيار مجلد الحفظ</translation>
    </message>
    <message>
        <source>Use &amp;default</source>
        <translation>استخدام الافتراضي(&amp;U)</translation>
    </message>
    <message>
        <source>Use the default output folder</source>
        <translation>استخدام مجلد الحفظ الافتراضي</translation>
    </message>
    <message>
        <source>The original files will be replaced.</source>
        <translation>ستُستبدل الملفات الأصلية.</translation>
    </message>
    <message>
        <source>The folder “{name}” next to the originals, with the copies made so far.</source>
        <translation>المجلد «{name}» بجانب الملفات الأصلية، وفيه النسخ التي أُنشئت حتى الآن.</translation>
    </message>
    <message>
        <source>A new folder next to the originals, named “{name}”.</source>
        <translation>مجلد جديد بجانب الملفات الأصلية، اسمه «{name}».</translation>
    </message>
</context>
<context>
    <name>QAbstractFileIconProvider</name>
    <message>
        <source>Drive</source>
        <translation>محرك أقراص</translation>
    </message>
    <message>
        <source>Folder</source>
        <translation>مجلد</translation>
    </message>
</context>
<context>
    <name>QFileDialog</name>
    <message>
        <source>%1
Directory not found.
Please verify the correct directory name was given.</source>
        <translation>%1
لم يُعثر على الدّليل.
رجاءً تحقّق من إعطائك الاسم الصحيح للدّليل.</translation>
    </message>
    <message>
        <source>%1
File not found.
Please verify the correct file name was given.</source>
        <translation>%1
لم يُعثر على الملفّ.
رجاءً تحقّق من إعطائك الاسم الصحيح للملفّ.</translation>
    </message>
    <message>
        <source>&amp;Choose</source>
        <translation>ا&amp;ختر</translation>
    </message>
    <message>
        <source>&amp;Delete</source>
        <translation>ا&amp;حذف</translation>
    </message>
    <message>
        <source>&amp;Look in:</source>
        <translation>البحث في(&amp;L):</translation>
    </message>
    <message>
        <source>&amp;New Folder</source>
        <translation>مجلّد &amp;جديد</translation>
    </message>
    <message>
        <source>&amp;Open</source>
        <translation>ا&amp;فتح</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>افتح</translation>
    </message>
    <message>
        <source>&amp;Rename</source>
        <translation>أ&amp;عد التّسمية</translation>
    </message>
    <message>
        <source>All Files (*)</source>
        <translation>كلّ الملفّات (*)</translation>
    </message>
    <message>
        <source>Are you sure you want to delete &apos;%1&apos;?</source>
        <translation>أتريد حقًّا حذف ’%1‘؟</translation>
    </message>
    <message>
        <source>Back</source>
        <translation>ارجع</translation>
    </message>
    <message>
        <source>Change to detail view mode</source>
        <translation>غيّر إلى وضع المنظور التّفصيليّ</translation>
    </message>
    <message>
        <source>Change to list view mode</source>
        <translation>غيّر إلى وضع المنظور القائميّ</translation>
    </message>
    <message>
        <source>Create New Folder</source>
        <translation>أنشئ مجلّدًا جديدًا</translation>
    </message>
    <message>
        <source>Create a New Folder</source>
        <translation>أنشئ مجلّدًا جديدًا</translation>
    </message>
    <message>
        <source>Detail View</source>
        <translation>منظور تفصيليّ</translation>
    </message>
    <message>
        <source>Directories</source>
        <translation>الأدّلة</translation>
    </message>
    <message>
        <source>Directory:</source>
        <translation>الدّليل:</translation>
    </message>
    <message>
        <source>File &amp;name:</source>
        <translation>ا&amp;سم الملفّ:</translation>
    </message>
    <message>
        <source>Files</source>
        <translation>الملفّات</translation>
    </message>
    <message>
        <source>Files of &amp;type:</source>
        <translation>نوع الملفات(&amp;T):</translation>
    </message>
    <message>
        <source>Forward</source>
        <translation>تقدّم</translation>
    </message>
    <message>
        <source>Go back</source>
        <translation>اذهب للخلف</translation>
    </message>
    <message>
        <source>Go forward</source>
        <translation>اذهب للأمام</translation>
    </message>
    <message>
        <source>Go to the parent directory</source>
        <translation>اذهب إلى الدّليل الأمّ</translation>
    </message>
    <message>
        <source>List View</source>
        <translation>منظور قائميّ</translation>
    </message>
    <message>
        <source>List of places and bookmarks</source>
        <translation>قائمة الأماكن والعلامات</translation>
    </message>
    <message>
        <source>Parent Directory</source>
        <translation>الدّليل الأمّ</translation>
    </message>
    <message>
        <source>Show &amp;hidden files</source>
        <translation>أظهر الملفّات الم&amp;خفيّة</translation>
    </message>
    <message>
        <source>Show </source>
        <translation>أظهر </translation>
    </message>
    <message>
        <source>Sidebar</source>
        <translation>الشّريط الجانبيّ</translation>
    </message>
</context>
<context>
    <name>QFileSystemModel</name>
    <message>
        <source>Computer</source>
        <translation>الحاسوب</translation>
    </message>
    <message>
        <source>Date Modified</source>
        <translation>تاريخ التّعديل</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>الاسم</translation>
    </message>
    <message>
        <source>Size</source>
        <translation>الحجم</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>النّوع</translation>
    </message>
</context>
<context>
    <name>QLineEdit</name>
    <message>
        <source>&amp;Copy</source>
        <translation>ا&amp;نسخ</translation>
    </message>
    <message>
        <source>&amp;Paste</source>
        <translation>أل&amp;صق</translation>
    </message>
    <message>
        <source>&amp;Redo</source>
        <translation>أ&amp;عد</translation>
    </message>
    <message>
        <source>&amp;Undo</source>
        <translation>&amp;تراجع</translation>
    </message>
    <message>
        <source>Cu&amp;t</source>
        <translation>&amp;قصّ</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>احذف</translation>
    </message>
    <message>
        <source>Select All</source>
        <translation>حدّد الكلّ</translation>
    </message>
</context>
<context>
    <name>QMessageBox</name>
    <message>
        <source>Show Details...</source>
        <translation>أظهر التّفاصيل...</translation>
    </message>
</context>
<context>
    <name>QPlatformTheme</name>
    <message>
        <source>&amp;No</source>
        <translation>&amp;لا</translation>
    </message>
    <message>
        <source>&amp;Yes</source>
        <translation>&amp;نعم</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>ألغِ</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>أغلق</translation>
    </message>
    <message>
        <source>OK</source>
        <translation>حسنًا</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>افتح</translation>
    </message>
</context>
<context>
    <name>RedactionEditor</name>
    <message>
        <source>Press Esc again to close without your changes, or Enter to use them.</source>
        <translation>اضغط Esc مرة أخرى للإغلاق دون تغييراتك، أو Enter لاستخدامها.</translation>
    </message>
    <message>
        <source>Hide faces and areas — {name}</source>
        <translation>إخفاء الوجوه والمناطق — {name}</translation>
    </message>
    <message>
        <source>Select and move</source>
        <translation>تحديد وتحريك</translation>
    </message>
    <message>
        <source>Rectangle</source>
        <translation>مستطيل</translation>
    </message>
    <message>
        <source>Ellipse</source>
        <translation>شكل بيضاوي</translation>
    </message>
    <message>
        <source>Brush</source>
        <translation>فرشاة</translation>
    </message>
    <message>
        <source>Add area</source>
        <translation>إضافة منطقة</translation>
    </message>
    <message>
        <source>Add an area in the middle of the view, to move with the arrow keys (N)</source>
        <translation>إضافة منطقة في وسط العرض، لتحريكها بمفاتيح الأسهم (N)</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>حذف</translation>
    </message>
    <message>
        <source>Del</source>
        <translation>Del</translation>
    </message>
    <message>
        <source>Undo</source>
        <translation>تراجع</translation>
    </message>
    <message>
        <source>Redo</source>
        <translation>إعادة</translation>
    </message>
    <message>
        <source>Zoom out</source>
        <translation>تصغير العرض</translation>
    </message>
    <message>
        <source>Zoom in</source>
        <translation>تكبير العرض</translation>
    </message>
    <message>
        <source>Fit</source>
        <translation>ملاءمة</translation>
    </message>
    <message>
        <source>Preview</source>
        <translation>معاينة</translation>
    </message>
    <message>
        <source>Show exactly what will be written (P)</source>
        <translation>عرض ما سيُحفظ بالضبط (P)</translation>
    </message>
    <message>
        <source>Brush &amp;width</source>
        <translation>عرض الفرشاة(&amp;W)</translation>
    </message>
    <message>
        <source>Brush width</source>
        <translation>عرض الفرشاة</translation>
    </message>
    <message>
        <source>Drawing tools</source>
        <translation>أدوات الرسم</translation>
    </message>
    <message>
        <source>Undo, zoom and preview</source>
        <translation>التراجع والتكبير والمعاينة</translation>
    </message>
    <message>
        <source>Photo</source>
        <translation>الصورة</translation>
    </message>
    <message>
        <source>Draw areas to cover with the mouse or the keyboard. Ctrl and the mouse wheel zoom; hold Space to pan.</source>
        <translation>ارسم المناطق المطلوب تغطيتها بالفأرة أو بلوحة المفاتيح. للتكبير والتصغير استخدم Ctrl مع عجلة الفأرة؛ ولتحريك الصورة اضغط مع الاستمرار على مفتاح المسافة.</translation>
    </message>
    <message>
        <source>&amp;Areas to cover (untick to leave uncovered)</source>
        <translation>المناطق المطلوب تغطيتها(&amp;A) (أزل العلامة لتركها دون تغطية)</translation>
    </message>
    <message>
        <source>Areas to cover</source>
        <translation>المناطق المطلوب تغطيتها</translation>
    </message>
    <message>
        <source>Automatic detection can miss faces — check every face yourself, including faces in mirrors, pictures and screens.</source>
        <translation>قد يفوت الاكتشافَ التلقائي بعضُ الوجوه — افحص كل وجه بنفسك، ومنها الوجوه في المرايا والصور والشاشات.</translation>
    </message>
    <message>
        <source>Find &amp;small faces</source>
        <translation>البحث عن الوجوه الصغيرة(&amp;S)</translation>
    </message>
    <message>
        <source>Find small faces</source>
        <translation>البحث عن الوجوه الصغيرة</translation>
    </message>
    <message>
        <source>Look again for small faces, for group photos (slower)</source>
        <translation>البحث مرة أخرى عن الوجوه الصغيرة، للصور الجماعية (أبطأ)</translation>
    </message>
    <message>
        <source>How to cover</source>
        <translation>طريقة التغطية</translation>
    </message>
    <message>
        <source>Solid &amp;fill (safest)</source>
        <translation>تعبئة بلون واحد(&amp;F) (الأكثر أمانًا)</translation>
    </message>
    <message>
        <source>Strong &amp;mosaic</source>
        <translation>فسيفساء قوية(&amp;M)</translation>
    </message>
    <message>
        <source>B&amp;lur (wiped first; a few average colours stay)</source>
        <translation>تمويه(&amp;L) (تُمسح المنطقة أولًا؛ تبقى بضعة ألوان متوسطة)</translation>
    </message>
    <message>
        <source>Fill &amp;colour…</source>
        <translation>لون التعبئة(&amp;C)…</translation>
    </message>
    <message>
        <source>Fill colour</source>
        <translation>لون التعبئة</translation>
    </message>
    <message>
        <source>&amp;Use these areas</source>
        <translation>استخدام هذه المناطق(&amp;U)</translation>
    </message>
    <message>
        <source>Use these areas</source>
        <translation>استخدام هذه المناطق</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>إلغاء</translation>
    </message>
    <message>
        <source>{action} ({key})</source>
        <translation>{action} ({key})</translation>
    </message>
    <message>
        <source>Keyboard: N adds an area, arrows move it (Shift: further), Ctrl+arrows resize it, [ and ] pick another, Delete removes it.</source>
        <translation>لوحة المفاتيح: N يضيف منطقة، والأسهم تحرّكها (مع Shift: أبعد)، وCtrl مع الأسهم يغيّر حجمها، و‎[‎ و‎]‎ يختاران منطقة أخرى، وDel يحذفها.</translation>
    </message>
    <message>
        <source>Face {n} (found automatically)</source>
        <translation>وجه {n} (عُثر عليه تلقائيًا)</translation>
    </message>
    <message>
        <source>Rectangle {n}</source>
        <translation>مستطيل {n}</translation>
    </message>
    <message>
        <source>Ellipse {n}</source>
        <translation>شكل بيضاوي {n}</translation>
    </message>
    <message>
        <source>Brush stroke {n}</source>
        <translation>ضربة فرشاة {n}</translation>
    </message>
    <message>
        <source>Shape {n}</source>
        <translation>شكل {n}</translation>
    </message>
    <message>
        <source>Loading…</source>
        <translation>جارٍ التحميل…</translation>
    </message>
    <message>
        <source>Making the preview…</source>
        <translation>جارٍ إنشاء المعاينة…</translation>
    </message>
    <message>
        <source>Preview: this is what will be written.</source>
        <translation>معاينة: هذا ما سيُحفظ.</translation>
    </message>
    <message>
        <source>Draw over anything that could identify you: faces, tattoos, marks.</source>
        <translation>ارسم فوق كل ما قد يكشف هويتك: الوجوه والوشوم والعلامات.</translation>
    </message>
    <message>
        <source>Looking for faces…</source>
        <translation>جارٍ البحث عن الوجوه…</translation>
    </message>
    <message>
        <source>Looking for small faces… this takes longer.</source>
        <translation>جارٍ البحث عن الوجوه الصغيرة… يستغرق هذا وقتًا أطول.</translation>
    </message>
    <message>
        <source>Face detection is not available ({reason}). Mark faces yourself.</source>
        <translation>اكتشاف الوجوه غير متاح ({reason}). حدّد الوجوه بنفسك.</translation>
    </message>
    <message>
        <source>No faces were found automatically.</source>
        <translation>لم يُعثر على أي وجه تلقائيًا.</translation>
    </message>
    <message>
        <source>Faces found automatically: {count}.</source>
        <translation>الوجوه التي عُثر عليها تلقائيًا: {count}.</translation>
    </message>
    <message>
        <source>its files are missing or damaged</source>
        <translation>ملفاته مفقودة أو تالفة</translation>
    </message>
    <message>
        <source>There is not enough memory to open this photo.</source>
        <translation>لا تكفي الذاكرة لفتح هذه الصورة.</translation>
    </message>
    <message>
        <source>The photo could not be opened.</source>
        <translation>تعذّر فتح الصورة.</translation>
    </message>
</context>
<context>
    <name>RunBar</name>
    <message>
        <source>Ca&amp;ncel</source>
        <translation>إلغاء(&amp;N)</translation>
    </message>
    <message>
        <source>Cancel cleaning</source>
        <translation>إلغاء التنظيف</translation>
    </message>
    <message>
        <source>&amp;Clean</source>
        <translation>تنظيف(&amp;C)</translation>
    </message>
    <message>
        <source>Clean all files in the list</source>
        <translation>تنظيف كل الملفات في القائمة</translation>
    </message>
    <message>
        <source>&amp;Open output folder</source>
        <translation>فتح مجلد الحفظ(&amp;O)</translation>
    </message>
    <message>
        <source>Open output folder</source>
        <translation>فتح مجلد الحفظ</translation>
    </message>
    <message>
        <source>Write clean copies of all files (Ctrl+Enter)</source>
        <translation>حفظ نسخ نظيفة من كل الملفات (Ctrl+Enter)</translation>
    </message>
    <message>
        <source>Stop now; files not finished are left as they were (Esc)</source>
        <translation>أوقف الآن؛ الملفات التي لم تنتهِ تبقى كما كانت (Esc)</translation>
    </message>
    <message>
        <source>Cleaning progress</source>
        <translation>تقدّم التنظيف</translation>
    </message>
    <message>
        <source>%v of %m files</source>
        <translation>الملفات: %v من %m</translation>
    </message>
    <message>
        <source>Summary</source>
        <translation>الملخص</translation>
    </message>
</context>
<context>
    <name>SafetyGuide</name>
    <message>
        <source>Why this matters</source>
        <translation>لماذا هذا مهم</translation>
    </message>
    <message>
        <source>Safety guide</source>
        <translation>دليل الأمان</translation>
    </message>
    <message>
        <source>&amp;Close</source>
        <translation>إغلاق(&amp;C)</translation>
    </message>
    <message>
        <source>Close the safety guide</source>
        <translation>إغلاق دليل الأمان</translation>
    </message>
    <message>
        <source>What your photos and files can give away</source>
        <translation>ما قد تكشفه صورك وملفاتك</translation>
    </message>
    <message>
        <source>Photos from phones and cameras carry hidden details. Anyone who gets the file can read them:</source>
        <translation>الصور الملتقطة بالهواتف والكاميرات تحمل تفاصيل مخفية. أي شخص يحصل على الملف يستطيع قراءتها:</translation>
    </message>
    <message>
        <source>Where the photo was taken, often to within a few metres.</source>
        <translation>مكان التقاط الصورة، غالبًا بدقة بضعة أمتار.</translation>
    </message>
    <message>
        <source>Which phone or camera took it, sometimes with its serial number.</source>
        <translation>الهاتف أو الكاميرا التي التقطتها، وأحيانًا مع رقمها التسلسلي.</translation>
    </message>
    <message>
        <source>Your name, if it is set in the phone, camera or editing app.</source>
        <translation>اسمك، إذا كان مضبوطًا في الهاتف أو الكاميرا أو تطبيق التعديل.</translation>
    </message>
    <message>
        <source>The date and time it was taken.</source>
        <translation>تاريخ التقاطها ووقته.</translation>
    </message>
    <message>
        <source>A hidden small copy of the original photo. It can show what you cropped out or covered.</source>
        <translation>نسخة صغيرة مخفية من الصورة الأصلية. قد تُظهر ما قصصته أو غطّيته.</translation>
    </message>
    <message>
        <source>Scrubber removes these details from a copy of the file. Your original stays as it is, unless you choose to replace it.</source>
        <translation>يزيل Scrubber هذه التفاصيل من نسخة من الملف. يبقى ملفك الأصلي كما هو، إلا إذا اخترت استبداله.</translation>
    </message>
    <message>
        <source>Documents such as PDF and Word files can hold the author&apos;s name, the computer&apos;s name and the editing history. Videos and voice recordings can hold the place and the device.</source>
        <translation>المستندات مثل ملفات PDF وWord قد تحتوي على اسم المؤلف واسم الحاسوب وسجل التعديل. والفيديوهات والتسجيلات الصوتية قد تحتوي على المكان والجهاز.</translation>
    </message>
    <message>
        <source>If Scrubber says a file is not supported or could not be cleaned, do not share that file as it is.</source>
        <translation>إذا قال Scrubber إن ملفًا غير مدعوم أو تعذّر تنظيفه، فلا تشارك ذلك الملف كما هو.</translation>
    </message>
    <message>
        <source>Blur in other apps can be undone</source>
        <translation>التمويه في التطبيقات الأخرى يمكن عكسه</translation>
    </message>
    <message>
        <source>Blur and small pixelation made by other apps can be undone by software. Scrubber&apos;s blur and mosaic wipe the area first, but they still show its average colours.</source>
        <translation>التمويه والبكسلة الخفيفة اللذان تصنعهما تطبيقات أخرى يمكن لبرامج أن تعكسهما. أما التمويه والفسيفساء في Scrubber فيمسحان المنطقة أولًا، لكنهما يُظهران مع ذلك ألوانها المتوسطة.</translation>
    </message>
    <message>
        <source>To hide a face, a tattoo or anything else, use solid fill. Cover a little more than you think you need.</source>
        <translation>لإخفاء وجه أو وشم أو أي شيء آخر، استخدم التعبئة بلون واحد. غطِّ مساحة أكبر قليلًا مما تظن أنك تحتاج.</translation>
    </message>
    <message>
        <source>Your photos can be matched</source>
        <translation>يمكن التعرّف على صورك ومطابقتها</translation>
    </message>
    <message>
        <source>Reverse image search finds other places where the same photo, or one like it, is online.</source>
        <translation>البحث العكسي عن الصور يجد أماكن أخرى على الإنترنت توجد فيها الصورة نفسها أو صورة تشبهها.</translation>
    </message>
    <message>
        <source>Face recognition exists and is easy to use. A face, a tattoo or a room that people can recognise can link your ad photos to your personal accounts.</source>
        <translation>التعرّف على الوجوه موجود وسهل الاستخدام. وجه أو وشم أو غرفة يمكن للناس تمييزها قد يربط صور إعلاناتك بحساباتك الشخصية.</translation>
    </message>
    <message>
        <source>Search for your own ad photos now and then, with a reverse image search and a face search. Then you see where they turn up.</source>
        <translation>ابحث عن صور إعلاناتك من حين لآخر، بالبحث العكسي عن الصور وبالبحث عن الوجوه. هكذا ترى أين تظهر.</translation>
    </message>
    <message>
        <source>Tattoos, birthmarks, jewellery, nails, bedding and furniture can link your ads to each other. Cover them or change them.</source>
        <translation>الوشوم والوحمات والمجوهرات والأظافر وأغطية السرير والأثاث قد تربط إعلاناتك ببعضها. غطّها أو غيّرها.</translation>
    </message>
    <message>
        <source>Each camera leaves a faint pattern in its photos that can link them to each other. The option “Weaken the camera fingerprint” makes it weaker, but does not remove it.</source>
        <translation>كل كاميرا تترك في صورها نمطًا خفيفًا يمكن أن يربطها ببعضها. خيار «إضعاف بصمة الكاميرا» يجعله أضعف، لكنه لا يزيله.</translation>
    </message>
    <message>
        <source>Tips from sex workers&apos; digital safety advice</source>
        <translation>نصائح من إرشادات الأمان الرقمي للعاملين والعاملات في الجنس</translation>
    </message>
    <message>
        <source>Keep work and personal life apart. Use a separate phone, email and accounts for work if you can.</source>
        <translation>افصل العمل عن حياتك الشخصية. استخدم للعمل هاتفًا وبريدًا إلكترونيًا وحسابات منفصلة إن استطعت.</translation>
    </message>
    <message>
        <source>Take ad photos with a different phone or camera. If you cannot, turn off location, Live Photos and Motion Photos in the camera before you take them.</source>
        <translation>التقط صور الإعلانات بهاتف أو كاميرا أخرى. إن لم تستطع، فأوقف الموقع و«الصور الحية» و«الصور المتحركة» في الكاميرا قبل التصوير.</translation>
    </message>
    <message>
        <source>Never use photos from your personal social media in ads, not even old ones.</source>
        <translation>لا تستخدم أبدًا في الإعلانات صورًا من حساباتك الشخصية على مواقع التواصل، ولا حتى القديمة منها.</translation>
    </message>
    <message>
        <source>Cloud backups and shared albums keep your originals, with the place they were taken, and sort them by face. Keep work photos out of them.</source>
        <translation>النسخ الاحتياطية السحابية والألبومات المشتركة تحتفظ بصورك الأصلية مع مكان التقاطها، وترتّبها حسب الوجوه. أبقِ صور العمل خارجها.</translation>
    </message>
    <message>
        <source>Clean last: after cropping and editing in other apps. Editing apps can add hidden data again.</source>
        <translation>نظّف في النهاية: بعد القص والتعديل في التطبيقات الأخرى. تطبيقات التعديل قد تضيف بيانات مخفية من جديد.</translation>
    </message>
    <message>
        <source>Screenshots can show your name, your number and your notifications. Check them before you share them.</source>
        <translation>لقطات الشاشة قد تُظهر اسمك ورقمك وإشعاراتك. افحصها قبل أن تشاركها.</translation>
    </message>
    <message>
        <source>Check the background: letters, papers, photos on the wall, anything with a name or address.</source>
        <translation>افحص الخلفية: الرسائل والأوراق والصور على الجدار، وأي شيء عليه اسم أو عنوان.</translation>
    </message>
    <message>
        <source>Check mirrors and reflections: sunglasses, windows, screens and shiny surfaces.</source>
        <translation>افحص المرايا والانعكاسات: النظارات الشمسية والنوافذ والشاشات والأسطح اللامعة.</translation>
    </message>
    <message>
        <source>Check what can be seen through windows. Streets, signs and buildings can show where you are.</source>
        <translation>افحص ما يظهر من النوافذ. الشوارع واللافتات والمباني قد تكشف مكانك.</translation>
    </message>
    <message>
        <source>Do not post the same photo on your personal and your work accounts.</source>
        <translation>لا تنشر الصورة نفسها على حساباتك الشخصية وحسابات العمل.</translation>
    </message>
    <message>
        <source>Sending a photo “as a file” or by email keeps its hidden data. Send only the clean copy.</source>
        <translation>إرسال صورة «كملف» أو بالبريد الإلكتروني يُبقي بياناتها المخفية. أرسل النسخة النظيفة فقط.</translation>
    </message>
    <message>
        <source>When you are done, delete the originals from Downloads and from shared folders.</source>
        <translation>عندما تنتهي، احذف الملفات الأصلية من مجلد التنزيلات ومن المجلدات المشتركة.</translation>
    </message>
    <message>
        <source>Before you post, open the clean copy and check it again.</source>
        <translation>قبل أن تنشر، افتح النسخة النظيفة وافحصها مرة أخرى.</translation>
    </message>
    <message>
        <source>What your computer may still keep</source>
        <translation>ما قد يبقى على حاسوبك</translation>
    </message>
    <message>
        <source>Scrubber keeps no list of the files you open, but your computer may:</source>
        <translation>لا يحتفظ Scrubber بأي قائمة بالملفات التي تفتحها، لكن حاسوبك قد يحتفظ بـ:</translation>
    </message>
    <message>
        <source>small previews (thumbnails) made by the file manager or photo viewer;</source>
        <translation>معاينات صغيرة (صور مصغّرة) يصنعها مدير الملفات أو عارض الصور؛</translation>
    </message>
    <message>
        <source>lists of recent files in other apps;</source>
        <translation>قوائم الملفات الأخيرة في التطبيقات الأخرى؛</translation>
    </message>
    <message>
        <source>the originals in Downloads, in the trash and in cloud backups.</source>
        <translation>الملفات الأصلية في مجلد التنزيلات وفي سلة المهملات وفي النسخ الاحتياطية السحابية.</translation>
    </message>
    <message>
        <source>To clear them:</source>
        <translation>لمسحها:</translation>
    </message>
    <message>
        <source>Empty the trash.</source>
        <translation>أفرغ سلة المهملات.</translation>
    </message>
    <message>
        <source>Clear the recent files in your file manager.</source>
        <translation>امسح قائمة الملفات الأخيرة في مدير الملفات.</translation>
    </message>
    <message>
        <source>Delete the thumbnail cache. Linux: the .cache/thumbnails folder in your home folder. Windows: Disk Cleanup, then Thumbnails. macOS: restart the Mac.</source>
        <translation>احذف ذاكرة الصور المصغّرة المؤقتة. Linux: المجلد ‎.cache/thumbnails‎ في مجلد المنزل. Windows: «تنظيف القرص» ثم «الصور المصغّرة». macOS: أعد تشغيل الجهاز.</translation>
    </message>
    <message>
        <source>Scrubber works offline</source>
        <translation>يعمل Scrubber دون اتصال بالإنترنت</translation>
    </message>
    <message>
        <source>Scrubber never connects to the internet. Your files stay on this computer.</source>
        <translation>لا يتصل Scrubber بالإنترنت أبدًا. تبقى ملفاتك على هذا الحاسوب.</translation>
    </message>
</context>
<context>
    <name>Summary</name>
    <message>
        <source>Cancelled.</source>
        <translation>أُلغي.</translation>
    </message>
    <message>
        <source>{n} cleaned.</source>
        <translation>نُظّف: {n}.</translation>
    </message>
    <message>
        <source>{n} had nothing to remove.</source>
        <translation>لا شيء لإزالته: {n}.</translation>
    </message>
    <message>
        <source>{n} could not be cleaned.</source>
        <translation>تعذّر تنظيفه: {n}.</translation>
    </message>
    <message>
        <source>{n} not done (cancelled).</source>
        <translation>لم يُنجز (أُلغي): {n}.</translation>
    </message>
    <message>
        <source>Nothing was cleaned.</source>
        <translation>لم يُنظَّف أي شيء.</translation>
    </message>
    <message>
        <source>Clean copies are in: {folder}</source>
        <translation>النسخ النظيفة موجودة في: {folder}</translation>
    </message>
    <message>
        <source>{name}: {reason}</source>
        <translation>{name}: {reason}</translation>
    </message>
    <message>
        <source>…and {n} more: see the list.</source>
        <translation>…و{n} غيرها: انظر القائمة.</translation>
    </message>
</context>
<context>
    <name>messages</name>
    <message>
        <source>{metres} m above sea level</source>
        <translation>{metres} م فوق مستوى سطح البحر</translation>
    </message>
    <message>
        <source>{metres} m below sea level</source>
        <translation>{metres} م تحت مستوى سطح البحر</translation>
    </message>
    <message>
        <source>{count} bytes of data</source>
        <translation>{count} بايت من البيانات</translation>
    </message>
    <message>
        <source>The file name shows when it was taken: {shown}</source>
        <translation>اسم الملف يُظهر وقت التقاطه: {shown}</translation>
    </message>
    <message>
        <source>The file name shows the phone or camera that made it: {shown}</source>
        <translation>اسم الملف يُظهر الهاتف أو الكاميرا التي أنشأته: {shown}</translation>
    </message>
    <message>
        <source>The file name shows the app that made it: {apps}</source>
        <translation>اسم الملف يُظهر التطبيق الذي أنشأه: {apps}</translation>
    </message>
    <message>
        <source>{finding} (the name was kept)</source>
        <translation>{finding} (أُبقي على الاسم)</translation>
    </message>
    <message>
        <source>The file cannot be found. Was it moved or deleted?</source>
        <translation>تعذّر العثور على الملف. هل نُقل أو حُذف؟</translation>
    </message>
    <message>
        <source>This is not a normal file (it is a folder, a device or a pipe).</source>
        <translation>هذا ليس ملفًا عاديًا (إنه مجلد أو جهاز أو أنبوب).</translation>
    </message>
    <message>
        <source>This is a folder, not a file.</source>
        <translation>هذا مجلد، وليس ملفًا.</translation>
    </message>
    <message>
        <source>The file is empty.</source>
        <translation>الملف فارغ.</translation>
    </message>
    <message>
        <source>The file cannot be read: {reason}</source>
        <translation>تعذّرت قراءة الملف: {reason}</translation>
    </message>
    <message>
        <source>The file name says {format}, but the file cannot be read as {format}.</source>
        <translation>اسم الملف يقول إنه {format}، لكن تعذّرت قراءته بصيغة {format}.</translation>
    </message>
    <message>
        <source>This type of file is not supported, so it was not cleaned.</source>
        <translation>هذا النوع من الملفات غير مدعوم، لذلك لم يُنظَّف.</translation>
    </message>
    <message>
        <source>This is a link; it was not followed.</source>
        <translation>هذا رابط؛ لم تتم متابعته.</translation>
    </message>
    <message>
        <source>This file could not be read ({kind}).</source>
        <translation>تعذّرت قراءة هذا الملف ({kind}).</translation>
    </message>
    <message>
        <source>It holds documents inside documents, too many levels deep.</source>
        <translation>يحتوي على مستندات داخل مستندات، بمستويات كثيرة جدًا.</translation>
    </message>
    <message>
        <source>There is not enough memory to read this file.</source>
        <translation>لا تكفي الذاكرة لقراءة هذا الملف.</translation>
    </message>
    <message>
        <source>There is not enough memory.</source>
        <translation>لا تكفي الذاكرة.</translation>
    </message>
    <message>
        <source>A file could not be read or written: {reason}</source>
        <translation>تعذّرت قراءة ملف أو كتابته: {reason}</translation>
    </message>
    <message>
        <source>Unexpected error ({kind}). Nothing was written.</source>
        <translation>خطأ غير متوقع ({kind}). لم يُحفظ أي شيء.</translation>
    </message>
    <message>
        <source>The copy would replace the original. Choose another name or folder.</source>
        <translation>النسخة ستحل محل الملف الأصلي. اختر اسمًا أو مجلدًا آخر.</translation>
    </message>
    <message>
        <source>Replacing the original cannot change the file type. Save copies in a folder instead.</source>
        <translation>استبدال الملف الأصلي لا يمكنه تغيير نوع الملف. احفظ النسخ في مجلد بدلًا من ذلك.</translation>
    </message>
    <message>
        <source>This file is a link. Save copies in a folder instead.</source>
        <translation>هذا الملف رابط. احفظ النسخ في مجلد بدلًا من ذلك.</translation>
    </message>
    <message>
        <source>The clean copy could not be checked again, so it was deleted: {reason}</source>
        <translation>تعذّر فحص النسخة النظيفة مرة أخرى، لذلك حُذفت: {reason}</translation>
    </message>
    <message>
        <source>The clean copy still held data ({left}), so it was deleted.</source>
        <translation>كانت النسخة النظيفة ما زالت تحتوي على بيانات ({left})، لذلك حُذفت.</translation>
    </message>
    <message>
        <source>The folder for the copies cannot be created: {reason}</source>
        <translation>لا يمكن إنشاء مجلد النسخ: {reason}</translation>
    </message>
    <message>
        <source>Nothing can be saved in the folder for the copies: {reason}</source>
        <translation>لا يمكن حفظ أي شيء في مجلد النسخ: {reason}</translation>
    </message>
    <message>
        <source>The copy could not be finished: {reason}</source>
        <translation>تعذّر إكمال النسخة: {reason}</translation>
    </message>
    <message>
        <source>The copies could not be saved to the disk: {reason}</source>
        <translation>تعذّر حفظ النسخ على القرص: {reason}</translation>
    </message>
    <message>
        <source>No free name was found for the clean copy.</source>
        <translation>لم يُعثر على اسم متاح للنسخة النظيفة.</translation>
    </message>
    <message>
        <source>The clean copy could not be saved: {reason}</source>
        <translation>تعذّر حفظ النسخة النظيفة: {reason}</translation>
    </message>
    <message>
        <source>The earlier copy could not be replaced: {reason}</source>
        <translation>تعذّر استبدال النسخة السابقة: {reason}</translation>
    </message>
    <message>
        <source>This JPEG is damaged: its beginning is missing.</source>
        <translation>ملف JPEG هذا تالف: بدايته مفقودة.</translation>
    </message>
    <message>
        <source>This JPEG is damaged (a wrong length at byte {pos}).</source>
        <translation>ملف JPEG هذا تالف (طول خاطئ عند البايت {pos}).</translation>
    </message>
    <message>
        <source>This JPEG is damaged: its picture does not end where it should.</source>
        <translation>ملف JPEG هذا تالف: صورته لا تنتهي حيث ينبغي.</translation>
    </message>
    <message>
        <source>This JPEG is damaged (a missing marker at byte {pos}).</source>
        <translation>ملف JPEG هذا تالف (علامة مفقودة عند البايت {pos}).</translation>
    </message>
    <message>
        <source>This JPEG is cut off before the picture starts.</source>
        <translation>ملف JPEG هذا مقطوع قبل أن تبدأ الصورة.</translation>
    </message>
    <message>
        <source>This JPEG is damaged: it has far too many parts.</source>
        <translation>ملف JPEG هذا تالف: فيه عدد كبير جدًا من الأجزاء.</translation>
    </message>
    <message>
        <source>This rare kind of JPEG (hierarchical or JPEG-LS) is not supported.</source>
        <translation>هذا النوع النادر من JPEG (الهرمي أو JPEG-LS) غير مدعوم.</translation>
    </message>
    <message>
        <source>This JPEG holds no picture.</source>
        <translation>ملف JPEG هذا لا يحتوي على صورة.</translation>
    </message>
    <message>
        <source>This JPEG is damaged: its picture is not where the file says.</source>
        <translation>ملف JPEG هذا تالف: صورته ليست في المكان الذي يذكره الملف.</translation>
    </message>
    <message>
        <source>This JPEG is damaged: it holds more than one picture frame.</source>
        <translation>ملف JPEG هذا تالف: يحتوي على أكثر من إطار صورة واحد.</translation>
    </message>
    <message>
        <source>This JPEG has other data hidden inside its picture, so it was not cleaned.</source>
        <translation>ملف JPEG هذا فيه بيانات أخرى مخفية داخل صورته، لذلك لم يُنظَّف.</translation>
    </message>
    <message>
        <source>The colour profile is too large.</source>
        <translation>ملف تعريف الألوان كبير جدًا.</translation>
    </message>
    <message>
        <source>The picture is incomplete: the file was cut off.</source>
        <translation>الصورة غير مكتملة: الملف مقطوع.</translation>
    </message>
    <message>
        <source>This JPEG is damaged in places; the copy looks the same as the original did.</source>
        <translation>ملف JPEG هذا تالف في بعض المواضع؛ النسخة تبدو كما كان يبدو الأصل.</translation>
    </message>
    <message>
        <source>The GIF file was cut short; its complete frames were kept.</source>
        <translation>ملف GIF مقطوع قبل نهايته؛ أُبقيت إطاراته المكتملة.</translation>
    </message>
    <message>
        <source>The {format} picture was saved as PNG.</source>
        <translation>حُفظت صورة {format} بصيغة PNG.</translation>
    </message>
    <message>
        <source>Only the first frame of the animation was kept ({frames} in the file).</source>
        <translation>أُبقي الإطار الأول فقط من الرسم المتحرك (عدد الإطارات في الملف: {frames}).</translation>
    </message>
    <message>
        <source>Only the first page was kept ({frames} in the file).</source>
        <translation>أُبقيت الصفحة الأولى فقط (عدد الصفحات في الملف: {frames}).</translation>
    </message>
    <message>
        <source>The picture was saved with 8 bits per colour (it had more).</source>
        <translation>حُفظت الصورة بـ 8 بت لكل لون (كانت تحتوي على أكثر من ذلك).</translation>
    </message>
    <message>
        <source>Colours may look slightly different ({mode} was turned into RGB).</source>
        <translation>قد تبدو الألوان مختلفة قليلًا (حُوّل {mode} إلى RGB).</translation>
    </message>
    <message>
        <source>Transparent areas were filled with white (JPEG has no transparency).</source>
        <translation>مُلئت المناطق الشفافة باللون الأبيض (JPEG لا يدعم الشفافية).</translation>
    </message>
    <message>
        <source>The form&apos;s XML layer was removed.</source>
        <translation>أُزيلت طبقة XML الخاصة بالنموذج.</translation>
    </message>
    <message>
        <source>A digital signature was removed.</source>
        <translation>أُزيل توقيع رقمي.</translation>
    </message>
    <message>
        <source>Embedded objects (files inside the document) were removed.</source>
        <translation>أُزيلت الكائنات المضمّنة (ملفات داخل المستند).</translation>
    </message>
    <message>
        <source>Pictures in drawing formats that cannot be checked (SVG, WMF…) were removed.</source>
        <translation>أُزيلت الصور المحفوظة بصيغ رسم لا يمكن فحصها (SVG وWMF…).</translation>
    </message>
    <message>
        <source>It is saved as {ext}: the same document without macros.</source>
        <translation>حُفظ بصيغة {ext}: المستند نفسه بدون وحدات ماكرو.</translation>
    </message>
    <message>
        <source>The animation keeps its rotation tag; its frames were not turned.</source>
        <translation>أبقى الرسم المتحرك على وسم الدوران؛ لم تُدوَّر إطاراته.</translation>
    </message>
    <message>
        <source>This TIFF has {count} pages. Many viewers show only the first: check the others too.</source>
        <translation>عدد صفحات ملف TIFF هذا: {count}. كثير من برامج العرض تُظهر الأولى فقط: افحص الصفحات الأخرى أيضًا.</translation>
    </message>
    <message>
        <source>The TIFF keeps its orientation tag; its pixels were not turned.</source>
        <translation>أبقى ملف TIFF على وسم الاتجاه؛ لم تُدوَّر بكسلاته.</translation>
    </message>
    <message>
        <source>Colours may look slightly different in the JPEG copy.</source>
        <translation>قد تبدو الألوان مختلفة قليلًا في نسخة JPEG.</translation>
    </message>
    <message>
        <source>This PNG is cut off before the picture starts.</source>
        <translation>ملف PNG هذا مقطوع قبل أن تبدأ الصورة.</translation>
    </message>
    <message>
        <source>The file was cut off; the clean copy keeps the part that is there.</source>
        <translation>الملف مقطوع؛ النسخة النظيفة تحتفظ بالجزء الموجود منه.</translation>
    </message>
    <message>
        <source>The removed data said to turn the picture. Check that it is the right way up.</source>
        <translation>البيانات التي أُزيلت كانت تطلب تدوير الصورة. تأكد من أنها بالاتجاه الصحيح.</translation>
    </message>
    <message>
        <source>Viewers that do not play animations now show a blank picture instead of a hidden one.</source>
        <translation>برامج العرض التي لا تشغّل الرسوم المتحركة تُظهر الآن صورة فارغة بدلًا من صورة مخفية.</translation>
    </message>
    <message>
        <source>The sound was removed.</source>
        <translation>أُزيل الصوت.</translation>
    </message>
    <message>
        <source>The clip had more than 8 bits per colour (HDR); the copy has 8, so colours may look flatter.</source>
        <translation>كان المقطع يستخدم أكثر من 8 بت لكل لون (HDR)؛ النسخة تستخدم 8، لذلك قد تبدو الألوان باهتة أكثر.</translation>
    </message>
    <message>
        <source>Its broken index was rebuilt the way PDF viewers do it. Check the clean copy.</source>
        <translation>أُعيد بناء فهرسه التالف بالطريقة التي تتبعها برامج عرض PDF. افحص النسخة النظيفة.</translation>
    </message>
    <message>
        <source>It was locked against copying, printing or changes, but opens without a password. The clean copy has no lock.</source>
        <translation>كان مقفلًا ضد النسخ أو الطباعة أو التعديل، لكنه يُفتح دون كلمة مرور. النسخة النظيفة بلا قفل.</translation>
    </message>
    <message>
        <source>Its attached files are locked with a password (the pages are not). The clean copy has no attachments.</source>
        <translation>ملفاته المرفقة مقفلة بكلمة مرور (الصفحات ليست كذلك). النسخة النظيفة بلا مرفقات.</translation>
    </message>
    <message>
        <source>A cropped picture still held the part you cut away. It was removed.</source>
        <translation>صورة مقصوصة كانت ما زالت تحتوي على الجزء الذي قصصته. أُزيل هذا الجزء.</translation>
    </message>
    <message>
        <source>Pages were turned into pictures: text can no longer be selected or searched.</source>
        <translation>حُوّلت الصفحات إلى صور: لم يعد ممكنًا تحديد النص أو البحث فيه.</translation>
    </message>
    <message>
        <source>{count} layers of this PDF are hidden when it opens. They are kept in the copy; to leave them out, choose to turn PDF pages into pictures.</source>
        <translation>عدد طبقات ملف PDF هذا المخفية عند فتحه: {count}. تبقى في النسخة؛ لاستبعادها، اختر تحويل صفحات PDF إلى صور.</translation>
    </message>
    <message>
        <source>1 layer of this PDF is hidden when it opens. It is kept in the copy; to leave it out, choose to turn PDF pages into pictures.</source>
        <translation>طبقة واحدة في ملف PDF هذا مخفية عند فتحه. تبقى في النسخة؛ لاستبعادها، اختر تحويل صفحات PDF إلى صور.</translation>
    </message>
    <message>
        <source>There is text in white, unseen on a white page, on {count} pages. It is kept in the copy; to leave it out, choose to turn PDF pages into pictures.</source>
        <translation>يوجد نص أبيض، لا يُرى على صفحة بيضاء، في {count} من الصفحات. يبقى في النسخة؛ لاستبعاده، اختر تحويل صفحات PDF إلى صور.</translation>
    </message>
    <message>
        <source>There is text in white, unseen on a white page, on 1 page. It is kept in the copy; to leave it out, choose to turn PDF pages into pictures.</source>
        <translation>يوجد نص أبيض، لا يُرى على صفحة بيضاء، في صفحة واحدة. يبقى في النسخة؛ لاستبعاده، اختر تحويل صفحات PDF إلى صور.</translation>
    </message>
    <message>
        <source>There is text placed outside the page on {count} pages. It is kept in the copy; to leave it out, choose to turn PDF pages into pictures.</source>
        <translation>يوجد نص موضوع خارج الصفحة في {count} من الصفحات. يبقى في النسخة؛ لاستبعاده، اختر تحويل صفحات PDF إلى صور.</translation>
    </message>
    <message>
        <source>There is text placed outside the page on 1 page. It is kept in the copy; to leave it out, choose to turn PDF pages into pictures.</source>
        <translation>يوجد نص موضوع خارج الصفحة في صفحة واحدة. يبقى في النسخة؛ لاستبعاده، اختر تحويل صفحات PDF إلى صور.</translation>
    </message>
    <message>
        <source>Embedded fonts were removed.</source>
        <translation>أُزيلت الخطوط المضمّنة.</translation>
    </message>
    <message>
        <source>Videos and sounds were removed: they could not be checked.</source>
        <translation>أُزيلت مقاطع الفيديو والأصوات: تعذّر فحصها.</translation>
    </message>
    <message>
        <source>Pictures in drawing formats that cannot be checked (EMF, WMF, SVG…) were removed.</source>
        <translation>أُزيلت الصور المحفوظة بصيغ رسم لا يمكن فحصها (EMF وWMF وSVG…).</translation>
    </message>
    <message>
        <source>The photo was saved again at high quality ({reason}).</source>
        <translation>حُفظت الصورة من جديد بجودة عالية ({reason}).</translation>
    </message>
    <message>
        <source>The macros (programs) in this document were removed.</source>
        <translation>أُزيلت وحدات الماكرو (البرامج) من هذا المستند.</translation>
    </message>
    <message>
        <source>This PDF asks for a password to open it. Remove the password first.</source>
        <translation>ملف PDF هذا يطلب كلمة مرور لفتحه. أزل كلمة المرور أولًا.</translation>
    </message>
    <message>
        <source>This PDF is damaged and cannot be cleaned safely.</source>
        <translation>ملف PDF هذا تالف ولا يمكن تنظيفه بأمان.</translation>
    </message>
    <message>
        <source>This PDF is damaged and cannot be cleaned safely: its end is missing.</source>
        <translation>ملف PDF هذا تالف ولا يمكن تنظيفه بأمان: نهايته مفقودة.</translation>
    </message>
    <message>
        <source>This PDF is damaged (cut off, or parts of it are broken) and cannot be cleaned safely. Saving it again from a PDF viewer may repair it.</source>
        <translation>ملف PDF هذا تالف (مقطوع، أو بعض أجزائه معطوبة) ولا يمكن تنظيفه بأمان. قد يُصلحه حفظه من جديد من برنامج عرض PDF.</translation>
    </message>
    <message>
        <source>This {format} picture is damaged and cannot be decoded: part of it is missing.</source>
        <translation>صورة {format} هذه تالفة ولا يمكن فك ترميزها: جزء منها مفقود.</translation>
    </message>
    <message>
        <source>{count} slides are hidden. They are kept in the copy; to remove them, turn on removing hidden content.</source>
        <translation>عدد الشرائح المخفية: {count}. تبقى في النسخة؛ لإزالتها، فعّل إزالة المحتوى المخفي.</translation>
    </message>
    <message>
        <source>1 slide is hidden. It is kept in the copy; to remove it, turn on removing hidden content.</source>
        <translation>هناك شريحة واحدة مخفية. تبقى في النسخة؛ لإزالتها، فعّل إزالة المحتوى المخفي.</translation>
    </message>
    <message>
        <source>There are speaker notes on {count} slides. They are kept in the copy; to remove them, turn on removing speaker notes.</source>
        <translation>عدد الشرائح التي فيها ملاحظات للمتحدث: {count}. تبقى الملاحظات في النسخة؛ لإزالتها، فعّل إزالة ملاحظات المتحدث.</translation>
    </message>
    <message>
        <source>There are speaker notes on 1 slide. They are kept in the copy; to remove them, turn on removing speaker notes.</source>
        <translation>هناك ملاحظات للمتحدث في شريحة واحدة. تبقى في النسخة؛ لإزالتها، فعّل إزالة ملاحظات المتحدث.</translation>
    </message>
    <message>
        <source>{count} sheets are hidden. They are kept in the copy; to remove them, turn on removing hidden content.</source>
        <translation>عدد الأوراق المخفية: {count}. تبقى في النسخة؛ لإزالتها، فعّل إزالة المحتوى المخفي.</translation>
    </message>
    <message>
        <source>1 sheet is hidden. It is kept in the copy; to remove it, turn on removing hidden content.</source>
        <translation>هناك ورقة واحدة مخفية. تبقى في النسخة؛ لإزالتها، فعّل إزالة المحتوى المخفي.</translation>
    </message>
    <message>
        <source>There is hidden text in {count} places. It is kept in the copy; to remove it, turn on removing hidden content.</source>
        <translation>عدد المواضع التي فيها نص مخفي: {count}. يبقى النص في النسخة؛ لإزالته، فعّل إزالة المحتوى المخفي.</translation>
    </message>
    <message>
        <source>There is hidden text in 1 place. It is kept in the copy; to remove it, turn on removing hidden content.</source>
        <translation>هناك نص مخفي في موضع واحد. يبقى في النسخة؛ لإزالته، فعّل إزالة المحتوى المخفي.</translation>
    </message>
    <message>
        <source>{count} sections are hidden. They are kept in the copy; to remove them, turn on removing hidden content.</source>
        <translation>عدد الأقسام المخفية: {count}. تبقى في النسخة؛ لإزالتها، فعّل إزالة المحتوى المخفي.</translation>
    </message>
    <message>
        <source>1 section is hidden. It is kept in the copy; to remove it, turn on removing hidden content.</source>
        <translation>هناك قسم واحد مخفي. يبقى في النسخة؛ لإزالته، فعّل إزالة المحتوى المخفي.</translation>
    </message>
    <message>
        <source>A cropped photo still held the part you cut away. It was removed.</source>
        <translation>صورة مقصوصة كانت ما زالت تحتوي على الجزء الذي قصصته. أُزيل هذا الجزء.</translation>
    </message>
    <message>
        <source>{count} cropped photos still held the parts you cut away. They were removed.</source>
        <translation>عدد الصور المقصوصة التي كانت ما زالت تحتوي على الأجزاء التي قصصتها: {count}. أُزيلت هذه الأجزاء.</translation>
    </message>
    <message>
        <source>The camera fingerprint was weakened, not removed. The picture was resized from {before} to {after} pixels.</source>
        <translation>أُضعفت بصمة الكاميرا، ولم تُزَل. غُيّر حجم الصورة من {before} إلى {after} بكسل.</translation>
    </message>
    <message>
        <source>This document is protected by a password. Remove the password first.</source>
        <translation>هذا المستند محمي بكلمة مرور. أزل كلمة المرور أولًا.</translation>
    </message>
    <message>
        <source>This document is damaged: its contents cannot be unpacked.</source>
        <translation>هذا المستند تالف: لا يمكن فك ضغط محتوياته.</translation>
    </message>
    <message>
        <source>This document is damaged and cannot be read safely.</source>
        <translation>هذا المستند تالف ولا يمكن قراءته بأمان.</translation>
    </message>
    <message>
        <source>This TIFF file holds no picture.</source>
        <translation>ملف TIFF هذا لا يحتوي على صورة.</translation>
    </message>
    <message>
        <source>Camera RAW files are not supported. Export a TIFF or JPEG first.</source>
        <translation>ملفات RAW من الكاميرا غير مدعومة. صدّر ملف TIFF أو JPEG أولًا.</translation>
    </message>
    <message>
        <source>This TIFF file is damaged.</source>
        <translation>ملف TIFF هذا تالف.</translation>
    </message>
    <message>
        <source>Old-style JPEG TIFF files are not supported. Convert them first.</source>
        <translation>ملفات TIFF بضغط JPEG القديم غير مدعومة. حوّلها أولًا.</translation>
    </message>
    <message>
        <source>This TIFF file is cut off or damaged.</source>
        <translation>ملف TIFF هذا مقطوع أو تالف.</translation>
    </message>
    <message>
        <source>This {format} picture is encrypted.</source>
        <translation>صورة {format} هذه مشفّرة.</translation>
    </message>
    <message>
        <source>This {format} picture is damaged and cannot be decoded.</source>
        <translation>صورة {format} هذه تالفة ولا يمكن فك ترميزها.</translation>
    </message>
    <message>
        <source>The description of this {format} picture is too large to check.</source>
        <translation>وصف صورة {format} هذه أكبر من أن يُفحص.</translation>
    </message>
    <message>
        <source>{format} picture sequences and videos are not supported.</source>
        <translation>تسلسلات الصور ومقاطع الفيديو بصيغة {format} غير مدعومة.</translation>
    </message>
    <message>
        <source>This {format} file has too many parts to check safely.</source>
        <translation>ملف {format} هذا فيه أجزاء كثيرة جدًا بحيث لا يمكن فحصه بأمان.</translation>
    </message>
    <message>
        <source>This picture is AVIF, not HEIC. Rename it to end in .avif.</source>
        <translation>هذه الصورة بصيغة AVIF، وليست HEIC. غيّر اسمها لينتهي بـ ‎.avif‎.</translation>
    </message>
    <message>
        <source>The picture is too small to save as HEIC. Choose JPEG copies instead.</source>
        <translation>الصورة أصغر من أن تُحفظ بصيغة HEIC. اختر نسخ JPEG بدلًا من ذلك.</translation>
    </message>
    <message>
        <source>The picture could not be saved as HEIC. Choose JPEG copies instead.</source>
        <translation>تعذّر حفظ الصورة بصيغة HEIC. اختر نسخ JPEG بدلًا من ذلك.</translation>
    </message>
    <message>
        <source>The picture is too large to process ({size} pixels).</source>
        <translation>الصورة أكبر من أن تُعالَج ({size} بكسل).</translation>
    </message>
    <message>
        <source>This is not a valid PNG file.</source>
        <translation>هذا ليس ملف PNG صالحًا.</translation>
    </message>
    <message>
        <source>This PNG file is damaged (a part of it is not valid).</source>
        <translation>ملف PNG هذا تالف (جزء منه غير صالح).</translation>
    </message>
    <message>
        <source>This PNG file is damaged: its beginning is missing.</source>
        <translation>ملف PNG هذا تالف: بدايته مفقودة.</translation>
    </message>
    <message>
        <source>This PDF is too complex to be checked safely.</source>
        <translation>ملف PDF هذا معقّد أكثر من أن يُفحص بأمان.</translation>
    </message>
    <message>
        <source>This PDF has too many levels, one inside another, to be checked safely.</source>
        <translation>ملف PDF هذا فيه مستويات كثيرة جدًا، بعضها داخل بعض، بحيث لا يمكن فحصه بأمان.</translation>
    </message>
    <message>
        <source>The drawings in this PDF are put one inside another too many times to be checked safely.</source>
        <translation>الرسوم في ملف PDF هذا موضوعة بعضها داخل بعض مرات كثيرة جدًا بحيث لا يمكن فحصها بأمان.</translation>
    </message>
    <message>
        <source>This PDF has too many parts ({count}) to be checked safely.</source>
        <translation>ملف PDF هذا فيه أجزاء كثيرة جدًا ({count}) بحيث لا يمكن فحصه بأمان.</translation>
    </message>
    <message>
        <source>This PDF has too many pages ({count}) to turn them into pictures.</source>
        <translation>ملف PDF هذا فيه صفحات كثيرة جدًا ({count}) بحيث لا يمكن تحويلها إلى صور.</translation>
    </message>
    <message>
        <source>This PDF could not be given a new document ID, so it was not cleaned.</source>
        <translation>تعذّر إعطاء ملف PDF هذا معرّف مستند جديدًا، لذلك لم يُنظَّف.</translation>
    </message>
    <message>
        <source>This PDF could not be copied faithfully, so it was not cleaned.</source>
        <translation>تعذّر نسخ ملف PDF هذا نسخًا مطابقًا، لذلك لم يُنظَّف.</translation>
    </message>
    <message>
        <source>A page of this PDF has pictures on it that cannot be checked. To clean this PDF, choose to turn PDF pages into pictures.</source>
        <translation>في إحدى صفحات ملف PDF هذا صور لا يمكن فحصها. لتنظيف ملف PDF هذا، اختر تحويل صفحات PDF إلى صور.</translation>
    </message>
    <message>
        <source>A picture in this PDF is shown through a shape that hides part of it, and it cannot be cut exactly. To clean this PDF, choose to turn PDF pages into pictures.</source>
        <translation>صورة في ملف PDF هذا تُعرض من خلال شكل يخفي جزءًا منها، ولا يمكن قصّها بدقة. لتنظيف ملف PDF هذا، اختر تحويل صفحات PDF إلى صور.</translation>
    </message>
    <message>
        <source>A picture in this PDF has a hidden part, stored in a way that cannot be cut away. To clean this PDF, choose to turn PDF pages into pictures.</source>
        <translation>صورة في ملف PDF هذا فيها جزء مخفي محفوظ بطريقة لا يمكن معها قصّه وإزالته. لتنظيف ملف PDF هذا، اختر تحويل صفحات PDF إلى صور.</translation>
    </message>
    <message>
        <source>A picture in this PDF has a hidden part and is too large to be cut. To clean this PDF, choose to turn PDF pages into pictures.</source>
        <translation>صورة في ملف PDF هذا فيها جزء مخفي، وهي أكبر من أن تُقصّ. لتنظيف ملف PDF هذا، اختر تحويل صفحات PDF إلى صور.</translation>
    </message>
    <message>
        <source>A picture in this PDF is stored in a way that cannot be checked.</source>
        <translation>صورة في ملف PDF هذا محفوظة بطريقة لا يمكن فحصها.</translation>
    </message>
    <message>
        <source>A picture drawn inside a page of this PDF is stored in a way that cannot be checked.</source>
        <translation>صورة مرسومة داخل صفحة من ملف PDF هذا محفوظة بطريقة لا يمكن فحصها.</translation>
    </message>
    <message>
        <source>A colour profile in this PDF is stored in a way that cannot be checked.</source>
        <translation>ملف تعريف ألوان في ملف PDF هذا محفوظ بطريقة لا يمكن فحصها.</translation>
    </message>
    <message>
        <source>A picture drawn inside a page of this PDF could not be saved again without its hidden data.</source>
        <translation>تعذّر حفظ صورة مرسومة داخل صفحة من ملف PDF هذا من جديد بدون بياناتها المخفية.</translation>
    </message>
    <message>
        <source>A picture in this PDF is too large once unpacked (more than {mb} MB).</source>
        <translation>صورة في ملف PDF هذا كبيرة جدًا بعد فك ضغطها (أكثر من {mb} ميغابايت).</translation>
    </message>
    <message>
        <source>A picture drawn inside a page of this PDF is too large once unpacked (more than {mb} MB).</source>
        <translation>صورة مرسومة داخل صفحة من ملف PDF هذا كبيرة جدًا بعد فك ضغطها (أكثر من {mb} ميغابايت).</translation>
    </message>
    <message>
        <source>A page of this PDF is too large once unpacked (more than {mb} MB).</source>
        <translation>صفحة من ملف PDF هذا كبيرة جدًا بعد فك ضغطها (أكثر من {mb} ميغابايت).</translation>
    </message>
    <message>
        <source>A colour profile in this PDF is too large once unpacked (more than {mb} MB).</source>
        <translation>ملف تعريف ألوان في ملف PDF هذا كبير جدًا بعد فك ضغطه (أكثر من {mb} ميغابايت).</translation>
    </message>
    <message>
        <source>A JPEG 2000 picture in this PDF has comments that cannot be removed.</source>
        <translation>صورة JPEG 2000 في ملف PDF هذا فيها تعليقات لا يمكن إزالتها.</translation>
    </message>
    <message>
        <source>There is a problem with a picture in this PDF. {problem}</source>
        <translation>هناك مشكلة في صورة داخل ملف PDF هذا. {problem}</translation>
    </message>
    <message>
        <source>There is a problem with a picture drawn inside a page of this PDF. {problem}</source>
        <translation>هناك مشكلة في صورة مرسومة داخل صفحة من ملف PDF هذا. {problem}</translation>
    </message>
    <message>
        <source>Unpacked, this document would take more than {mb} MB: too much to be checked safely.</source>
        <translation>بعد فك ضغطه، سيشغل هذا المستند أكثر من {mb} ميغابايت: وهذا أكثر من أن يُفحص بأمان.</translation>
    </message>
    <message>
        <source>A part of this document ({part}) holds an XML declaration used in attacks, so it was not opened.</source>
        <translation>جزء من هذا المستند ({part}) يحتوي على إعلان XML يُستخدم في الهجمات، لذلك لم يُفتح.</translation>
    </message>
    <message>
        <source>There is a problem with a picture in this document ({part}). {problem}</source>
        <translation>هناك مشكلة في صورة داخل هذا المستند ({part}). {problem}</translation>
    </message>
    <message>
        <source>There is a problem with a document inside this document ({part}). {problem}</source>
        <translation>هناك مشكلة في مستند داخل هذا المستند ({part}). {problem}</translation>
    </message>
    <message>
        <source>This document is packed in a way used to crash programs (a zip bomb), so it was not opened.</source>
        <translation>هذا المستند مضغوط بطريقة تُستخدم لجعل البرامج تتعطل (قنبلة zip)، لذلك لم يُفتح.</translation>
    </message>
    <message>
        <source>This zip file is not an OpenDocument file.</source>
        <translation>ملف zip هذا ليس ملف OpenDocument.</translation>
    </message>
    <message>
        <source>This kind of OpenDocument file is not supported.</source>
        <translation>هذا النوع من ملفات OpenDocument غير مدعوم.</translation>
    </message>
    <message>
        <source>This zip file is not an Office document.</source>
        <translation>ملف zip هذا ليس مستند Office.</translation>
    </message>
    <message>
        <source>This kind of Office document is not supported.</source>
        <translation>هذا النوع من مستندات Office غير مدعوم.</translation>
    </message>
    <message>
        <source>This is an old-style Office file (.doc, .xls, .ppt) or a document protected by a password. Open it in Office and save it as .docx, .xlsx or .pptx, without a password.</source>
        <translation>هذا ملف Office من النوع القديم (‎.doc‎ أو ‎.xls‎ أو ‎.ppt‎) أو مستند محمي بكلمة مرور. افتحه في Office واحفظه بصيغة ‎.docx‎ أو ‎.xlsx‎ أو ‎.pptx‎، بدون كلمة مرور.</translation>
    </message>
    <message>
        <source>This document is saved as Strict Open XML, which is not supported. Save it again as an ordinary .docx, .xlsx or .pptx file.</source>
        <translation>هذا المستند محفوظ بصيغة Strict Open XML، وهي غير مدعومة. احفظه من جديد كملف ‎.docx‎ أو ‎.xlsx‎ أو ‎.pptx‎ عادي.</translation>
    </message>
    <message>
        <source>Part of this document&apos;s text is stored inside it as a web page or in another format, which cannot be checked. Open it in Word and save it again.</source>
        <translation>جزء من نص هذا المستند محفوظ داخله كصفحة ويب أو بصيغة أخرى، ولا يمكن فحصه. افتحه في Word واحفظه من جديد.</translation>
    </message>
    <message>
        <source>The picture is too large to process.</source>
        <translation>الصورة أكبر من أن تُعالَج.</translation>
    </message>
    <message>
        <source>A cropped picture in it is too large to cut safely.</source>
        <translation>صورة مقصوصة فيه أكبر من أن تُقصّ بأمان.</translation>
    </message>
    <message>
        <source>Areas cannot be covered in {format} pictures.</source>
        <translation>لا يمكن تغطية مناطق في صور {format}.</translation>
    </message>
    <message>
        <source>{format} files are not video clips.</source>
        <translation>ملفات {format} ليست مقاطع فيديو.</translation>
    </message>
    <message>
        <source>Covering areas makes a new copy: the original is never changed. Save copies in a folder instead.</source>
        <translation>تغطية المناطق تُنشئ نسخة جديدة: الملف الأصلي لا يتغير أبدًا. احفظ النسخ في مجلد بدلًا من ذلك.</translation>
    </message>
    <message>
        <source>This clip is turned by {degrees} degrees, which is not supported.</source>
        <translation>هذا المقطع مُدار بمقدار {degrees} درجة، وهذا غير مدعوم.</translation>
    </message>
    <message>
        <source>The clip is too large to process ({size} pixels).</source>
        <translation>المقطع أكبر من أن يُعالَج ({size} بكسل).</translation>
    </message>
    <message>
        <source>This HEIF picture uses a kind of compression that is not supported ({code}).</source>
        <translation>صورة HEIF هذه تستخدم نوعًا من الضغط غير مدعوم ({code}).</translation>
    </message>
    <message>
        <source>The picture could not be saved as AVIF.</source>
        <translation>تعذّر حفظ الصورة بصيغة AVIF.</translation>
    </message>
    <message>
        <source>This {format} file is stored in pieces, as when it is streamed. This is not supported.</source>
        <translation>ملف {format} هذا محفوظ على شكل قطع، كما يحدث عند البث. هذا غير مدعوم.</translation>
    </message>
    <message>
        <source>The header of this {format} file is split up or compressed. This is not supported.</source>
        <translation>ترويسة ملف {format} هذا مقسّمة أو مضغوطة. هذا غير مدعوم.</translation>
    </message>
    <message>
        <source>This {format} file plays sound or pictures stored in other files. This is not supported.</source>
        <translation>ملف {format} هذا يشغّل صوتًا أو صورًا محفوظة في ملفات أخرى. هذا غير مدعوم.</translation>
    </message>
    <message>
        <source>This {format} file is copy-protected, so it cannot be cleaned.</source>
        <translation>ملف {format} هذا محمي من النسخ، لذلك لا يمكن تنظيفه.</translation>
    </message>
    <message>
        <source>This {format} file is too large to clean.</source>
        <translation>ملف {format} هذا أكبر من أن يُنظَّف.</translation>
    </message>
    <message>
        <source>The sound of this video is stored in a way that is not supported.</source>
        <translation>صوت هذا الفيديو محفوظ بطريقة غير مدعومة.</translation>
    </message>
    <message>
        <source>The sound of this video is in an old format that is not supported.</source>
        <translation>صوت هذا الفيديو بصيغة قديمة غير مدعومة.</translation>
    </message>
    <message>
        <source>This M4A file also holds video, chapters or text, which cannot be cleaned here.</source>
        <translation>ملف M4A هذا يحتوي أيضًا على فيديو أو فصول أو نص، ولا يمكن تنظيفها هنا.</translation>
    </message>
    <message>
        <source>This is copy-protected iTunes music. Its purchase record cannot be removed without breaking it.</source>
        <translation>هذه موسيقى iTunes محمية من النسخ. لا يمكن إزالة سجل شرائها دون إتلافها.</translation>
    </message>
    <message>
        <source>This FLAC file starts with an ID3 tag, which FLAC players do not expect, so it was not cleaned.</source>
        <translation>ملف FLAC هذا يبدأ بوسم ID3، وهو ما لا تتوقعه مشغّلات FLAC، لذلك لم يُنظَّف.</translation>
    </message>
    <message>
        <source>Bare AAC sound files are not supported, only AAC inside M4A files.</source>
        <translation>ملفات صوت AAC المنفردة غير مدعومة، فقط AAC داخل ملفات M4A.</translation>
    </message>
    <message>
        <source>This Ogg file holds video or a kind of sound that cannot be cleaned. Only Vorbis and Opus are supported.</source>
        <translation>ملف Ogg هذا يحتوي على فيديو أو على نوع من الصوت لا يمكن تنظيفه. المدعوم هو Vorbis وOpus فقط.</translation>
    </message>
    <message>
        <source>This PNG has a part that is not standard ({part}), so it was not cleaned.</source>
        <translation>ملف PNG هذا فيه جزء غير قياسي ({part})، لذلك لم يُنظَّف.</translation>
    </message>
    <message>
        <source>This animated PNG hides a still picture too large to replace, so it was not cleaned.</source>
        <translation>ملف PNG المتحرك هذا يخفي صورة ثابتة أكبر من أن تُستبدل، لذلك لم يُنظَّف.</translation>
    </message>
    <message>
        <source>This TIFF has more than {count} pages.</source>
        <translation>ملف TIFF هذا فيه أكثر من {count} صفحة.</translation>
    </message>
    <message>
        <source>This TIFF is damaged: its picture data adds up to more than the file.</source>
        <translation>ملف TIFF هذا تالف: مجموع بيانات صورته أكبر من الملف نفسه.</translation>
    </message>
    <message>
        <source>The first page of this TIFF is only a preview. Such TIFF files are not supported.</source>
        <translation>الصفحة الأولى من ملف TIFF هذا مجرد معاينة. ملفات TIFF من هذا النوع غير مدعومة.</translation>
    </message>
    <message>
        <source>The clean TIFF would be larger than 4 GB.</source>
        <translation>ملف TIFF النظيف سيكون أكبر من 4 غيغابايت.</translation>
    </message>
    <message>
        <source>a crop hid part of the picture</source>
        <extracomment>Why the photo was saved again, in &quot;The photo was saved again at high quality ({reason}).&quot;</extracomment>
        <translation>كان القصّ يخفي جزءًا من الصورة</translation>
    </message>
    <message>
        <source>colours under its see-through areas could hide a picture</source>
        <extracomment>Why the photo was saved again, in &quot;The photo was saved again at high quality ({reason}).&quot;</extracomment>
        <translation>الألوان تحت مناطقها الشفافة قد تخفي صورة</translation>
    </message>
    <message>
        <source>it is made of layers that can cover one another</source>
        <extracomment>Why the photo was saved again, in &quot;The photo was saved again at high quality ({reason}).&quot;</extracomment>
        <translation>مكوّنة من طبقات يمكن أن يغطي بعضها بعضًا</translation>
    </message>
    <message>
        <source>its tiles do not fit together in a regular grid</source>
        <extracomment>Why the photo was saved again, in &quot;The photo was saved again at high quality ({reason}).&quot;</extracomment>
        <translation>مربعاتها لا تصطف في شبكة منتظمة</translation>
    </message>
    <message>
        <source>whole tiles of its picture were hidden</source>
        <extracomment>Why the photo was saved again, in &quot;The photo was saved again at high quality ({reason}).&quot;</extracomment>
        <translation>مربعات كاملة من صورتها كانت مخفية</translation>
    </message>
    <message>
        <source>its picture is stored in another file</source>
        <extracomment>Why the photo was saved again, in &quot;The photo was saved again at high quality ({reason}).&quot;</extracomment>
        <translation>صورتها محفوظة في ملف آخر</translation>
    </message>
    <message>
        <source>its picture is built from data stored elsewhere in the file</source>
        <extracomment>Why the photo was saved again, in &quot;The photo was saved again at high quality ({reason}).&quot;</extracomment>
        <translation>صورتها مبنية من بيانات محفوظة في موضع آخر من الملف</translation>
    </message>
    <message>
        <source>its picture data is not where it should be in the file</source>
        <extracomment>Why the photo was saved again, in &quot;The photo was saved again at high quality ({reason}).&quot;</extracomment>
        <translation>بيانات صورتها ليست في مكانها الصحيح داخل الملف</translation>
    </message>
</context>
<context>
    <name>plain</name>
    <message>
        <source>1 item</source>
        <translation>عنصر واحد</translation>
    </message>
    <message>
        <source>{count} items</source>
        <translation>عدد العناصر: {count}</translation>
    </message>
    <message>
        <source>in the file name: {shown}</source>
        <translation>في اسم الملف: {shown}</translation>
    </message>
    <message>
        <source>{values} and {count} more</source>
        <translation>{values} و{count} غيرها</translation>
    </message>
    <message>
        <source>{deg}° N</source>
        <translation>{deg}° شمالًا</translation>
    </message>
    <message>
        <source>{deg}° S</source>
        <translation>{deg}° جنوبًا</translation>
    </message>
    <message>
        <source>{deg}° E</source>
        <translation>{deg}° شرقًا</translation>
    </message>
    <message>
        <source>{deg}° W</source>
        <translation>{deg}° غربًا</translation>
    </message>
    <message>
        <source>serial {number}</source>
        <translation>الرقم التسلسلي {number}</translation>
    </message>
</context>
<context>
    <name>words</name>
    <message>
        <source>location</source>
        <translation>الموقع</translation>
    </message>
    <message>
        <source>phone/camera</source>
        <translation>الهاتف/الكاميرا</translation>
    </message>
    <message>
        <source>your name</source>
        <translation>اسمك</translation>
    </message>
    <message>
        <source>date</source>
        <translation>التاريخ</translation>
    </message>
    <message>
        <source>hidden extra image/video</source>
        <translation>صورة/فيديو إضافي مخفي</translation>
    </message>
    <message>
        <source>editing history</source>
        <translation>سجل التعديل</translation>
    </message>
    <message>
        <source>other hidden data</source>
        <translation>بيانات مخفية أخرى</translation>
    </message>
    <message>
        <source>Reveals where it was taken or made</source>
        <translation>يكشف مكان التقاطه أو إنشائه</translation>
    </message>
    <message>
        <source>Identifies your phone or camera</source>
        <translation>يحدّد هاتفك أو كاميرتك</translation>
    </message>
    <message>
        <source>Contains a name</source>
        <translation>يحتوي على اسم</translation>
    </message>
    <message>
        <source>Tells when it was taken or made</source>
        <translation>يبيّن وقت التقاطه أو إنشائه</translation>
    </message>
    <message>
        <source>Hides an extra picture, video or file</source>
        <translation>يخفي صورة أو فيديو أو ملفًا إضافيًا</translation>
    </message>
    <message>
        <source>Shows editing history or the apps used</source>
        <translation>يُظهر سجل التعديل أو التطبيقات المستخدمة</translation>
    </message>
    <message>
        <source>Other hidden data</source>
        <translation>بيانات مخفية أخرى</translation>
    </message>
    <message>
        <source>Location</source>
        <translation>الموقع</translation>
    </message>
    <message>
        <source>Phone or camera</source>
        <translation>الهاتف أو الكاميرا</translation>
    </message>
    <message>
        <source>Names</source>
        <translation>الأسماء</translation>
    </message>
    <message>
        <source>Date and time</source>
        <translation>التاريخ والوقت</translation>
    </message>
    <message>
        <source>Hidden extras</source>
        <translation>إضافات مخفية</translation>
    </message>
    <message>
        <source>Apps and editing</source>
        <translation>التطبيقات والتعديل</translation>
    </message>
    <message>
        <source>Other data</source>
        <translation>بيانات أخرى</translation>
    </message>
    <message>
        <source>Cleaned</source>
        <translation>نُظّف</translation>
    </message>
    <message>
        <source>Nothing to remove</source>
        <translation>لا شيء لإزالته</translation>
    </message>
    <message>
        <source>Not supported</source>
        <translation>غير مدعوم</translation>
    </message>
    <message>
        <source>Could not be cleaned</source>
        <translation>تعذّر تنظيفه</translation>
    </message>
    <message>
        <source>Cancelled</source>
        <translation>أُلغي</translation>
    </message>
    <message>
        <source>removed: {what}</source>
        <translation>أُزيل: {what}</translation>
    </message>
    <message>
        <source>still in the copy: {what}</source>
        <translation>ما زال في النسخة: {what}</translation>
    </message>
    <message>
        <source>This file is damaged or incomplete.</source>
        <translation>هذا الملف تالف أو غير مكتمل.</translation>
    </message>
    <message>
        <source>This type of file is not supported yet.</source>
        <translation>هذا النوع من الملفات غير مدعوم بعد.</translation>
    </message>
    <message>
        <source>This file cannot be found or is not a normal file.</source>
        <translation>تعذّر العثور على هذا الملف، أو أنه ليس ملفًا عاديًا.</translation>
    </message>
    <message>
        <source>Scrubber cannot clean this file safely (for example it is too large or protected by a password).</source>
        <translation>لا يستطيع Scrubber تنظيف هذا الملف بأمان (مثلًا لأنه كبير جدًا أو محمي بكلمة مرور).</translation>
    </message>
    <message>
        <source>The copy could not be written (is the disk full or the folder read-only?)</source>
        <translation>تعذّرت كتابة النسخة (هل القرص ممتلئ أو المجلد للقراءة فقط؟)</translation>
    </message>
    <message>
        <source>The copy still contained identifying data, so it was deleted.</source>
        <translation>كانت النسخة ما زالت تحتوي على بيانات تكشف الهوية، لذلك حُذفت.</translation>
    </message>
    <message>
        <source>Not done: cleaning was cancelled.</source>
        <translation>لم يُنجز: أُلغي التنظيف.</translation>
    </message>
    <message>
        <source>The areas to cover do not fit this picture, so nothing was written.</source>
        <translation>المناطق المطلوب تغطيتها لا تناسب هذه الصورة، لذلك لم يُحفظ أي شيء.</translation>
    </message>
    <message>
        <source>Finding faces automatically does not work on this computer.</source>
        <translation>البحث التلقائي عن الوجوه لا يعمل على هذا الحاسوب.</translation>
    </message>
    <message>
        <source>Photos with areas to cover or a weakened camera fingerprint need a copy: turn off “Replace the originals”.</source>
        <translation>الصور التي فيها مناطق مطلوب تغطيتها أو بصمة كاميرا مُضعفة تحتاج إلى نسخة: أوقف «استبدال الملفات الأصلية».</translation>
    </message>
    <message>
        <source>This is a link to another file or folder; it was not followed.</source>
        <translation>هذا رابط إلى ملف أو مجلد آخر؛ لم تتم متابعته.</translation>
    </message>
    <message>
        <source>There is not enough memory to clean this file.</source>
        <translation>لا تكفي الذاكرة لتنظيف هذا الملف.</translation>
    </message>
    <message>
        <source>This file made Scrubber&apos;s reader crash (the file may be damaged). It was not cleaned.</source>
        <translation>تسبّب هذا الملف في توقف قارئ Scrubber عن العمل (قد يكون الملف تالفًا). لم يُنظَّف.</translation>
    </message>
    <message>
        <source>Reading this file took far too long (it may be damaged), so it was stopped. It was not cleaned.</source>
        <translation>استغرقت قراءة هذا الملف وقتًا طويلًا جدًا (قد يكون تالفًا)، لذلك أُوقفت. لم يُنظَّف.</translation>
    </message>
    <message>
        <source>Something went wrong in Scrubber with this file. Nothing was written.</source>
        <translation>حدث خطأ في Scrubber مع هذا الملف. لم يُحفظ أي شيء.</translation>
    </message>
</context>
</TS>
