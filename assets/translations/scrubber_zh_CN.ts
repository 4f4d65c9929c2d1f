<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_CN">
<context>
    <name>BatchModel</name>
    <message>
        <source>File</source>
        <translation>文件</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>类型</translation>
    </message>
    <message>
        <source>What it reveals</source>
        <translation>会暴露什么</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>状态</translation>
    </message>
    <message>
        <source>nothing found</source>
        <translation>未发现</translation>
    </message>
    <message>
        <source>Link: not followed</source>
        <translation>链接：未跟随</translation>
    </message>
    <message>
        <source>Checking…</source>
        <translation>正在检查…</translation>
    </message>
    <message>
        <source>Not supported</source>
        <translation>不支持此类型</translation>
    </message>
    <message>
        <source>Could not be read</source>
        <translation>无法读取</translation>
    </message>
    <message>
        <source>Cleaning… {percent}%</source>
        <translation>正在清理… {percent}%</translation>
    </message>
    <message>
        <source>Cleaning…</source>
        <translation>正在清理…</translation>
    </message>
    <message>
        <source>Ready; areas to cover: {count}</source>
        <translation>就绪；要遮盖的区域：{count} 处</translation>
    </message>
    <message>
        <source>Ready</source>
        <translation>就绪</translation>
    </message>
</context>
<context>
    <name>ClipEditor</name>
    <message>
        <source>&amp;Time in the clip</source>
        <translation>视频中的时间(&amp;T)</translation>
    </message>
    <message>
        <source>Time in the clip</source>
        <translation>视频中的时间</translation>
    </message>
    <message>
        <source>Frame of the clip</source>
        <translation>视频的一帧</translation>
    </message>
    <message>
        <source>From this f&amp;rame</source>
        <translation>从此帧开始(&amp;R)</translation>
    </message>
    <message>
        <source>The selected areas (or all) are covered from this frame on</source>
        <translation>所选区域（或全部区域）从此帧开始遮盖</translation>
    </message>
    <message>
        <source>Until t&amp;his frame</source>
        <translation>到此帧为止(&amp;H)</translation>
    </message>
    <message>
        <source>The selected areas (or all) are covered up to this frame</source>
        <translation>所选区域（或全部区域）遮盖到此帧为止</translation>
    </message>
    <message>
        <source>Whole cli&amp;p</source>
        <translation>整个视频(&amp;P)</translation>
    </message>
    <message>
        <source>The selected areas (or all) are covered in every frame</source>
        <translation>所选区域（或全部区域）在每一帧中遮盖</translation>
    </message>
    <message>
        <source>{name} ({start} to {end} s)</source>
        <translation>{name}（{start} 至 {end} 秒）</translation>
    </message>
    <message>
        <source>Areas cover every frame of the clip. Faces move: to cover them in every frame, turn on “Cover the faces found in photos and clips” in the main window.</source>
        <translation>区域会遮盖视频的每一帧。面部会移动：要在每一帧中遮盖面部，请在主窗口中打开“遮盖照片和视频中发现的面部”。</translation>
    </message>
    <message>
        <source>Face detection is not available ({reason}).</source>
        <translation>无法使用面部检测（{reason}）。</translation>
    </message>
    <message>
        <source>Looking for faces…</source>
        <translation>正在查找面部…</translation>
    </message>
    <message>
        <source>Faces seen in this frame (dashed outlines): {count}.</source>
        <translation>此帧中看到的面部（虚线框）：{count}。</translation>
    </message>
</context>
<context>
    <name>DetailsPane</name>
    <message>
        <source>Details: {detail}</source>
        <translation>详细信息：{detail}</translation>
    </message>
    <message>
        <source>Details of the selected file</source>
        <translation>所选文件的详情</translation>
    </message>
    <message>
        <source>File type</source>
        <translation>文件类型</translation>
    </message>
    <message>
        <source>Before</source>
        <translation>清理前</translation>
    </message>
    <message>
        <source>After</source>
        <translation>清理后</translation>
    </message>
    <message>
        <source>Picture before cleaning</source>
        <translation>清理前的图片</translation>
    </message>
    <message>
        <source>Picture of the clean copy</source>
        <translation>干净副本的图片</translation>
    </message>
    <message>
        <source>Before: what the file gives away</source>
        <translation>清理前：文件会暴露什么</translation>
    </message>
    <message>
        <source>After: the clean copy</source>
        <translation>清理后：干净的副本</translation>
    </message>
    <message>
        <source>Something that could identify you is still in the copy. Do not post it. The list below shows what remains.</source>
        <translation>副本中仍有可能暴露你身份的信息。请不要发布它。下面的列表显示了剩下的内容。</translation>
    </message>
    <message>
        <source>Found in the file before cleaning</source>
        <translation>清理前在文件中发现的内容</translation>
    </message>
    <message>
        <source>The clean copy: what was removed and what remains</source>
        <translation>干净的副本：删除了什么，还剩什么</translation>
    </message>
    <message>
        <source>What</source>
        <translation>项目</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>值</translation>
    </message>
    <message>
        <source>Select a file in the list to see what it gives away.</source>
        <translation>在列表中选择一个文件，查看它会暴露什么。</translation>
    </message>
    <message>
        <source>Technical details: every tag and value</source>
        <translation>技术细节：每个标签及其值</translation>
    </message>
    <message>
        <source>Result</source>
        <translation>结果</translation>
    </message>
    <message>
        <source>Areas to cover</source>
        <translation>要遮盖的区域</translation>
    </message>
    <message>
        <source>Details of the problem</source>
        <translation>问题详情</translation>
    </message>
    <message>
        <source>1 area will be covered</source>
        <translation>将遮盖 1 处区域</translation>
    </message>
    <message>
        <source>{count} areas will be covered</source>
        <translation>将遮盖 {count} 处区域</translation>
    </message>
    <message>
        <source>Checking this file…</source>
        <translation>正在检查此文件…</translation>
    </message>
    <message>
        <source>Nothing found that could identify you.</source>
        <translation>没有发现可能暴露你身份的信息。</translation>
    </message>
    <message>
        <source>1 thing found that could identify you.</source>
        <translation>发现 1 项可能暴露你身份的信息。</translation>
    </message>
    <message>
        <source>{count} things found that could identify you.</source>
        <translation>发现 {count} 项可能暴露你身份的信息。</translation>
    </message>
    <message>
        <source>No clean copy can be made because the file could not be read.</source>
        <translation>文件无法读取，因此无法生成干净的副本。</translation>
    </message>
    <message>
        <source>Cleaning…</source>
        <translation>正在清理…</translation>
    </message>
    <message>
        <source>Not cleaned yet. Press Clean to make a safe copy.</source>
        <translation>尚未清理。按“清理”生成一份安全的副本。</translation>
    </message>
    <message>
        <source>Saved as: {name}</source>
        <translation>已保存为：{name}</translation>
    </message>
    <message>
        <source>Faces found and covered: {count}. Check the picture of the copy.</source>
        <translation>已发现并遮盖的面部：{count}。请检查副本的图片。</translation>
    </message>
    <message>
        <source>Checked again: nothing that could identify you was found.</source>
        <translation>已再次检查：没有发现可能暴露你身份的信息。</translation>
    </message>
    <message>
        <source>Still in the copy</source>
        <translation>副本中仍有</translation>
    </message>
    <message>
        <source>Removed</source>
        <translation>已删除</translation>
    </message>
    <message>
        <source>still in the copy</source>
        <translation>副本中仍有</translation>
    </message>
    <message>
        <source>removed</source>
        <translation>已删除</translation>
    </message>
    <message>
        <source>removed, not checked</source>
        <translation>已删除，未复查</translation>
    </message>
    <message>
        <source>What the clean copy no longer gives away</source>
        <translation>干净副本不再泄露的信息</translation>
    </message>
    <message>
        <source>will be removed</source>
        <translation>将被删除</translation>
    </message>
    <message>
        <source>not removed</source>
        <translation>未删除</translation>
    </message>
    <message>
        <source>What the file gives away</source>
        <translation>文件泄露的信息</translation>
    </message>
    <message>
        <source>kept</source>
        <translation>保留</translation>
    </message>
    <message>
        <source>Good to know:</source>
        <translation>请注意：</translation>
    </message>
    <message>
        <source>which way up the photo is</source>
        <translation>照片的方向</translation>
    </message>
    <message>
        <source>a standard colour profile</source>
        <translation>标准颜色配置文件</translation>
    </message>
    <message>
        <source>harmless technical data</source>
        <translation>无害的技术数据</translation>
    </message>
    <message>
        <source>Hide technical details</source>
        <translation>隐藏技术细节</translation>
    </message>
    <message>
        <source>Show technical details</source>
        <translation>显示技术细节</translation>
    </message>
    <message>
        <source>Kept: needed to show the photo the right way up</source>
        <translation>已保留：用于让照片以正确方向显示</translation>
    </message>
    <message>
        <source>Kept: a standard colour profile, so colours look right</source>
        <translation>已保留：标准颜色配置文件，让颜色显示正确</translation>
    </message>
    <message>
        <source>Kept</source>
        <translation>已保留</translation>
    </message>
    <message>
        <source>Loading preview…</source>
        <translation>正在加载预览…</translation>
    </message>
    <message>
        <source>No preview for this kind of file</source>
        <translation>此类文件无法预览</translation>
    </message>
    <message>
        <source>This picture could not be read: the file may be damaged</source>
        <translation>无法读取这张图片：文件可能已损坏</translation>
    </message>
    <message>
        <source>The clean copy will appear here</source>
        <translation>干净的副本将显示在这里</translation>
    </message>
    <message>
        <source>No copy was made</source>
        <translation>未生成副本</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>Scrubber: remove hidden data from photos</source>
        <translation>Scrubber：清理照片中的隐藏数据</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>文件(&amp;F)</translation>
    </message>
    <message>
        <source>&amp;Language</source>
        <translation>语言(&amp;L)</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>帮助(&amp;H)</translation>
    </message>
    <message>
        <source>&amp;Add files…</source>
        <translation>添加文件(&amp;A)…</translation>
    </message>
    <message>
        <source>Add fold&amp;er…</source>
        <translation>添加文件夹(&amp;D)…</translation>
    </message>
    <message>
        <source>Remo&amp;ve from list</source>
        <translation>从列表中移除(&amp;R)</translation>
    </message>
    <message>
        <source>H&amp;ide faces and areas…</source>
        <translation>遮盖面部和区域(&amp;I)…</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>退出(&amp;Q)</translation>
    </message>
    <message>
        <source>&amp;Clean</source>
        <translation>清理(&amp;C)</translation>
    </message>
    <message>
        <source>Ca&amp;ncel</source>
        <translation>取消(&amp;N)</translation>
    </message>
    <message>
        <source>&amp;Why this matters</source>
        <translation>为什么这很重要(&amp;W)</translation>
    </message>
    <message>
        <source>&amp;About Scrubber</source>
        <translation>关于 Scrubber(&amp;B)</translation>
    </message>
    <message>
        <source>Add files</source>
        <translation>添加文件</translation>
    </message>
    <message>
        <source>Add a folder</source>
        <translation>添加文件夹</translation>
    </message>
    <message>
        <source>Why this matters</source>
        <translation>为什么这很重要</translation>
    </message>
    <message>
        <source>Hide faces and areas</source>
        <translation>遮盖面部和区域</translation>
    </message>
    <message>
        <source>Remove the selected files</source>
        <translation>从列表中移除所选文件</translation>
    </message>
    <message>
        <source>Clear the list</source>
        <translation>清空列表</translation>
    </message>
    <message>
        <source>or drop photos and folders onto the list below.</source>
        <translation>或将照片和文件夹拖到下面的列表中。</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>语言</translation>
    </message>
    <message>
        <source>Files to clean</source>
        <translation>要清理的文件</translation>
    </message>
    <message>
        <source>Drop photos or folders here.

Scrubber shows what each file gives away about you, then writes clean copies. Your originals are not changed.</source>
        <translation>把照片或文件夹拖到这里。

Scrubber 会显示每个文件会暴露你的哪些信息，然后保存干净的副本。原始文件不会被修改。</translation>
    </message>
    <message>
        <source>Details of the selected file</source>
        <translation>所选文件的详情</translation>
    </message>
    <message>
        <source>Photos and pictures ({patterns})</source>
        <translation>照片和图片 ({patterns})</translation>
    </message>
    <message>
        <source>Sound recordings ({patterns})</source>
        <translation>录音 ({patterns})</translation>
    </message>
    <message>
        <source>Videos ({patterns})</source>
        <translation>视频 ({patterns})</translation>
    </message>
    <message>
        <source>Documents ({patterns})</source>
        <translation>文档 ({patterns})</translation>
    </message>
    <message>
        <source>Files Scrubber can clean ({patterns})</source>
        <translation>Scrubber 可以清理的文件 ({patterns})</translation>
    </message>
    <message>
        <source>All files (*)</source>
        <translation>所有文件 (*)</translation>
    </message>
    <message>
        <source>Remo&amp;ve</source>
        <translation>移除(&amp;R)</translation>
    </message>
    <message>
        <source>Clear lis&amp;t</source>
        <translation>清空列表(&amp;E)</translation>
    </message>
    <message>
        <source>Cover faces, tattoos or anything else in the selected photo or clip (Enter)</source>
        <translation>遮盖所选照片或视频中的面部、纹身或其他任何内容 (Enter)</translation>
    </message>
    <message>
        <source>Language:</source>
        <translation>语言：</translation>
    </message>
    <message>
        <source>Add files to clean</source>
        <translation>添加要清理的文件</translation>
    </message>
    <message>
        <source>Add a folder to clean</source>
        <translation>添加要清理的文件夹</translation>
    </message>
    <message>
        <source>About Scrubber</source>
        <translation>关于 Scrubber</translation>
    </message>
    <message>
        <source>Scrubber {version}

Removes hidden data from photos. Works offline: nothing is ever sent anywhere, and no list of your files is kept.</source>
        <translation>Scrubber {version}

清理照片中的隐藏数据。完全离线运行：不会向任何地方发送任何内容，也不会保存你的文件列表。</translation>
    </message>
    <message>
        <source>Replace the original files?</source>
        <translation>要替换原始文件吗？</translation>
    </message>
    <message>
        <source>Your original files will be overwritten with the cleaned versions. This cannot be undone: the originals, with everything they contain, will be gone.

Photos with areas to cover still need a copy.

Replace the originals?</source>
        <translation>原始文件将被清理后的版本覆盖。此操作无法撤销：原始文件及其中的所有内容都将消失。

有遮盖区域的照片不能替换，仍需保存为副本。

要替换原始文件吗？</translation>
    </message>
    <message>
        <source>Choose where to save the clean copies</source>
        <translation>选择干净副本的保存位置</translation>
    </message>
    <message>
        <source>Every file in the list has been cleaned already.</source>
        <translation>列表中的所有文件都已清理。</translation>
    </message>
    <message>
        <source>Cannot create the output folder</source>
        <translation>无法创建保存文件夹</translation>
    </message>
    <message>
        <source>The clean copies cannot be saved there ({reason}). Choose another folder with “Choose…”.</source>
        <translation>无法将干净的副本保存到那里（{reason}）。请用“选择…”换一个文件夹。</translation>
    </message>
    <message>
        <source>Cleaning…</source>
        <translation>正在清理…</translation>
    </message>
    <message>
        <source>Stopping: files being cleaned now are left as they were…</source>
        <translation>正在停止：正在清理的文件保持原样…</translation>
    </message>
</context>
<context>
    <name>OptionsBox</name>
    <message>
        <source>Options</source>
        <translation>选项</translation>
    </message>
    <message>
        <source>({count} on)</source>
        <translation>（已开启 {count} 项）</translation>
    </message>
    <message>
        <source>&amp;More options</source>
        <translation>更多选项(&amp;G)</translation>
    </message>
    <message>
        <source>More options</source>
        <translation>更多选项</translation>
    </message>
    <message>
        <source>Show or hide the options for the copies</source>
        <translation>显示或隐藏副本的选项</translation>
    </message>
    <message>
        <source>&amp;Give the copies random file names</source>
        <translation>为副本使用随机文件名(&amp;M)</translation>
    </message>
    <message>
        <source>File names from phones often contain the date and time the photo was taken.</source>
        <translation>手机生成的文件名常常包含拍摄日期和时间。</translation>
    </message>
    <message>
        <source>&amp;Keep file names that show the date or the phone</source>
        <translation>保留显示日期或手机的文件名(&amp;K)</translation>
    </message>
    <message>
        <source>Off: a copy of a file named like IMG_20240611_143207.jpg gets a name like photo-1f0c9a2e.jpg instead, so its name does not show when it was taken or with which phone.</source>
        <translation>关闭时：名为 IMG_20240611_143207.jpg 这类文件的副本将改用 photo-1f0c9a2e.jpg 这样的名字，这样文件名不会显示拍摄时间或所用手机。</translation>
    </message>
    <message>
        <source>Convert HEIC photos to &amp;JPEG</source>
        <translation>将 HEIC 照片转换为 JPEG(&amp;J)</translation>
    </message>
    <message>
        <source>Remove colour &amp;profiles (colours may shift slightly)</source>
        <translation>删除颜色配置文件(&amp;P)（颜色可能略有变化）</translation>
    </message>
    <message>
        <source>T&amp;urn PDF pages into pictures (strongest; text can no longer be selected)</source>
        <translation>把 PDF 页面变成图片(&amp;V)（最安全；文字将无法再选中）</translation>
    </message>
    <message>
        <source>Removes everything hidden in a PDF&apos;s text and drawings too. The copy is larger and its text cannot be searched or copied.</source>
        <translation>同时去除 PDF 文字和图形中隐藏的一切。副本会更大，其中的文字无法再搜索或复制。</translation>
    </message>
    <message>
        <source>Cover the faces found in photos and clips (check each cop&amp;y)</source>
        <translation>遮盖照片和视频中发现的面部（请检查每个副本）(&amp;Y)</translation>
    </message>
    <message>
        <source>Faces found automatically are covered in black in the copies. Detection can miss faces: look at each copy&apos;s picture in the details.</source>
        <translation>自动发现的面部会在副本中被涂黑。检测可能会漏掉面部：请在详情中查看每个副本的图片。</translation>
    </message>
    <message>
        <source>&amp;Quick face search (misses small faces)</source>
        <translation>快速查找面部（会漏掉小的面部）(&amp;Q)</translation>
    </message>
    <message>
        <source>Faster, but faces smaller than about 60 pixels in a large photo are not found. Used here and in Hide faces and areas.</source>
        <translation>更快，但大照片中小于约 60 像素的面部不会被发现。用于此处以及“遮盖面部和区域”。</translation>
    </message>
    <message>
        <source>Remove hidden slides, sheets and te&amp;xt, and speaker notes, from documents</source>
        <translation>删除文档中隐藏的幻灯片、工作表和文字以及演讲者备注(&amp;X)</translation>
    </message>
    <message>
        <source>Documents can hold slides, sheets and text that are not shown, and notes only the speaker sees. Without this they are kept, and the summary says where they are.</source>
        <translation>文档可能包含不显示的幻灯片、工作表和文字，以及只有演讲者能看到的备注。不勾选时它们会保留，摘要会说明它们在哪里。</translation>
    </message>
    <message>
        <source>Weaken the camera fingerprint in photos (saved again, a &amp;bit smaller)</source>
        <translation>减弱照片中的相机指纹（重新保存，略微缩小）(&amp;Z)</translation>
    </message>
    <message>
        <source>Every camera leaves a faint pattern in its photos that can link them to each other. This softens each photo slightly and makes it 3% smaller: the pattern gets weaker, but it is not removed. Photos are saved again instead of copied unchanged.</source>
        <translation>每台相机都会在照片中留下微弱的图案，可以把这些照片联系在一起。此选项会让每张照片稍微柔化并缩小 3%：图案会变弱，但不会消失。照片会重新保存，而不是原样复制。</translation>
    </message>
    <message>
        <source>&amp;Replace the originals (no copies; cannot be undone)</source>
        <translation>替换原始文件(&amp;T)（不保留副本，无法撤销）</translation>
    </message>
</context>
<context>
    <name>OutputBox</name>
    <message>
        <source>Save clean copies in:</source>
        <translation>干净副本的保存位置：</translation>
    </message>
    <message>
        <source>Output folder</source>
        <translation>保存文件夹</translation>
    </message>
    <message>
        <source>Choo&amp;se…</source>
        <translation>选择(&amp;S)…</translation>
    </message>
    <message>
        <source>Choose the output folder</source>
        <translation>选择保存文件夹</translation>
    </message>
    <message>
        <source>Use &amp;default</source>
        <translation>使用默认(&amp;U)</translation>
    </message>
    <message>
        <source>Use the default output folder</source>
        <translation>使用默认的保存文件夹</translation>
    </message>
    <message>
        <source>The original files will be replaced.</source>
        <translation>原始文件将被替换。</translation>
    </message>
    <message>
        <source>The folder “{name}” next to the originals, with the copies made so far.</source>
        <translation>原文件旁的“{name}”文件夹，里面有已经生成的副本。</translation>
    </message>
    <message>
        <source>A new folder next to the originals, named “{name}”.</source>
        <translation>在原始文件旁新建的文件夹，名为“{name}”。</translation>
    </message>
</context>
<context>
    <name>QAbstractFileIconProvider</name>
    <message>
        <source>Drive</source>
        <translation>驱动器</translation>
    </message>
    <message>
        <source>Folder</source>
        <translation>文件夹</translation>
    </message>
</context>
<context>
    <name>QFileDialog</name>
    <message>
        <source>%1
Directory not found.
Please verify the correct directory name was given.</source>
        <translation>%1
目录未找到。
请检查指定的目录名是否正确。</translation>
    </message>
    <message>
        <source>%1
File not found.
Please verify the correct file name was given.</source>
        <translation>%1
文件未找到。
请检查指定的文件名是否正确。</translation>
    </message>
    <message>
        <source>&amp;Choose</source>
        <translation>选择(&amp;C)</translation>
    </message>
    <message>
        <source>&amp;Delete</source>
        <translation>删除(&amp;D)</translation>
    </message>
    <message>
        <source>&amp;Look in:</source>
        <translation>查找范围(&amp;L):</translation>
    </message>
    <message>
        <source>&amp;New Folder</source>
        <translation>新建文件夹(&amp;N)</translation>
    </message>
    <message>
        <source>&amp;Open</source>
        <translation>打开(&amp;O)</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>打开</translation>
    </message>
    <message>
        <source>&amp;Rename</source>
        <translation>重命名(&amp;R)</translation>
    </message>
    <message>
        <source>All Files (*)</source>
        <translation>所有文件 (*)</translation>
    </message>
    <message>
        <source>Are you sure you want to delete &apos;%1&apos;?</source>
        <translation>您确定要删除“%1”吗？</translation>
    </message>
    <message>
        <source>Back</source>
        <translation>后退</translation>
    </message>
    <message>
        <source>Change to detail view mode</source>
        <translation>更改为详情视图模式</translation>
    </message>
    <message>
        <source>Change to list view mode</source>
        <translation>更改为列表视图模式</translation>
    </message>
    <message>
        <source>Create New Folder</source>
        <translation>新建文件夹</translation>
    </message>
    <message>
        <source>Create a New Folder</source>
        <translation>新建一个文件夹</translation>
    </message>
    <message>
        <source>Detail View</source>
        <translation>详情视图</translation>
    </message>
    <message>
        <source>Directories</source>
        <translation>目录</translation>
    </message>
    <message>
        <source>Directory:</source>
        <translation>目录：</translation>
    </message>
    <message>
        <source>File &amp;name:</source>
        <translation>文件名称(&amp;N)：</translation>
    </message>
    <message>
        <source>Files</source>
        <translation>文件</translation>
    </message>
    <message>
        <source>Files of &amp;type:</source>
        <translation>文件类型(&amp;T):</translation>
    </message>
    <message>
        <source>Forward</source>
        <translation>前进</translation>
    </message>
    <message>
        <source>Go back</source>
        <translation>后退</translation>
    </message>
    <message>
        <source>Go forward</source>
        <translation>前进</translation>
    </message>
    <message>
        <source>Go to the parent directory</source>
        <translation>转到父目录</translation>
    </message>
    <message>
        <source>List View</source>
        <translation>列表视图</translation>
    </message>
    <message>
        <source>List of places and bookmarks</source>
        <translation>位置和书签列表</translation>
    </message>
    <message>
        <source>Parent Directory</source>
        <translation>父目录</translation>
    </message>
    <message>
        <source>Show &amp;hidden files</source>
        <translation>显示隐藏文件(&amp;H)</translation>
    </message>
    <message>
        <source>Show </source>
        <translation>显示 </translation>
    </message>
    <message>
        <source>Sidebar</source>
        <translation>侧边栏</translation>
    </message>
</context>
<context>
    <name>QFileSystemModel</name>
    <message>
        <source>Computer</source>
        <translation>计算机</translation>
    </message>
    <message>
        <source>Date Modified</source>
        <translation>修改日期</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>名称</translation>
    </message>
    <message>
        <source>Size</source>
        <translation>体积</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>类型</translation>
    </message>
</context>
<context>
    <name>QLineEdit</name>
    <message>
        <source>&amp;Copy</source>
        <translation>复制(&amp;C)</translation>
    </message>
    <message>
        <source>&amp;Paste</source>
        <translation>粘贴(&amp;P)</translation>
    </message>
    <message>
        <source>&amp;Redo</source>
        <translation>重做(&amp;R)</translation>
    </message>
    <message>
        <source>&amp;Undo</source>
        <translation>撤消(&amp;U)</translation>
    </message>
    <message>
        <source>Cu&amp;t</source>
        <translation>剪切(&amp;T)</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>删除</translation>
    </message>
    <message>
        <source>Select All</source>
        <translation>全选</translation>
    </message>
</context>
<context>
    <name>QMessageBox</name>
    <message>
        <source>Show Details...</source>
        <translation>显示详情...</translation>
    </message>
</context>
<context>
    <name>QPlatformTheme</name>
    <message>
        <source>&amp;No</source>
        <translation>否(&amp;N)</translation>
    </message>
    <message>
        <source>&amp;Yes</source>
        <translation>是(&amp;Y)</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>取消</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>关闭</translation>
    </message>
    <message>
        <source>OK</source>
        <translation>确定</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>打开</translation>
    </message>
</context>
<context>
    <name>RedactionEditor</name>
    <message>
        <source>Press Esc again to close without your changes, or Enter to use them.</source>
        <translation>再按一次 Esc 将不保留更改并关闭，按 Enter 则使用这些更改。</translation>
    </message>
    <message>
        <source>Hide faces and areas — {name}</source>
        <translation>遮盖面部和区域 — {name}</translation>
    </message>
    <message>
        <source>Select and move</source>
        <translation>选择和移动</translation>
    </message>
    <message>
        <source>Rectangle</source>
        <translation>矩形</translation>
    </message>
    <message>
        <source>Ellipse</source>
        <translation>椭圆</translation>
    </message>
    <message>
        <source>Brush</source>
        <translation>画笔</translation>
    </message>
    <message>
        <source>Add area</source>
        <translation>添加区域</translation>
    </message>
    <message>
        <source>Add an area in the middle of the view, to move with the arrow keys (N)</source>
        <translation>在视图中央添加一个区域，可用方向键移动（N）</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>删除</translation>
    </message>
    <message>
        <source>Del</source>
        <translation>Del</translation>
    </message>
    <message>
        <source>Undo</source>
        <translation>撤销</translation>
    </message>
    <message>
        <source>Redo</source>
        <translation>重做</translation>
    </message>
    <message>
        <source>Zoom out</source>
        <translation>缩小</translation>
    </message>
    <message>
        <source>Zoom in</source>
        <translation>放大</translation>
    </message>
    <message>
        <source>Fit</source>
        <translation>适合窗口</translation>
    </message>
    <message>
        <source>Preview</source>
        <translation>预览</translation>
    </message>
    <message>
        <source>Show exactly what will be written (P)</source>
        <translation>准确显示将要保存的效果 (P)</translation>
    </message>
    <message>
        <source>Brush &amp;width</source>
        <translation>画笔粗细(&amp;W)</translation>
    </message>
    <message>
        <source>Brush width</source>
        <translation>画笔粗细</translation>
    </message>
    <message>
        <source>Drawing tools</source>
        <translation>绘图工具</translation>
    </message>
    <message>
        <source>Undo, zoom and preview</source>
        <translation>撤销、缩放和预览</translation>
    </message>
    <message>
        <source>Photo</source>
        <translation>照片</translation>
    </message>
    <message>
        <source>Draw areas to cover with the mouse or the keyboard. Ctrl and the mouse wheel zoom; hold Space to pan.</source>
        <translation>用鼠标或键盘画出要遮盖的区域。按住 Ctrl 滚动鼠标滚轮可缩放；按住空格键可拖动画面。</translation>
    </message>
    <message>
        <source>&amp;Areas to cover (untick to leave uncovered)</source>
        <translation>要遮盖的区域(&amp;A)（取消勾选则不遮盖）</translation>
    </message>
    <message>
        <source>Areas to cover</source>
        <translation>要遮盖的区域</translation>
    </message>
    <message>
        <source>Automatic detection can miss faces — check every face yourself, including faces in mirrors, pictures and screens.</source>
        <translation>自动检测可能会漏掉面部——请亲自检查每一张脸，包括镜子、画作和屏幕里的脸。</translation>
    </message>
    <message>
        <source>Find &amp;small faces</source>
        <translation>查找小面孔(&amp;S)</translation>
    </message>
    <message>
        <source>Find small faces</source>
        <translation>查找小面孔</translation>
    </message>
    <message>
        <source>Look again for small faces, for group photos (slower)</source>
        <translation>再次查找小面孔，适用于合影（较慢）</translation>
    </message>
    <message>
        <source>How to cover</source>
        <translation>遮盖方式</translation>
    </message>
    <message>
        <source>Solid &amp;fill (safest)</source>
        <translation>纯色填充(&amp;F)（最安全）</translation>
    </message>
    <message>
        <source>Strong &amp;mosaic</source>
        <translation>强马赛克(&amp;M)</translation>
    </message>
    <message>
        <source>B&amp;lur (wiped first; a few average colours stay)</source>
        <translation>模糊(&amp;L)（先抹掉该区域；只留下几种平均颜色）</translation>
    </message>
    <message>
        <source>Fill &amp;colour…</source>
        <translation>填充颜色(&amp;C)…</translation>
    </message>
    <message>
        <source>Fill colour</source>
        <translation>填充颜色</translation>
    </message>
    <message>
        <source>&amp;Use these areas</source>
        <translation>使用这些区域(&amp;U)</translation>
    </message>
    <message>
        <source>Use these areas</source>
        <translation>使用这些区域</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>取消</translation>
    </message>
    <message>
        <source>{action} ({key})</source>
        <translation>{action} ({key})</translation>
    </message>
    <message>
        <source>Keyboard: N adds an area, arrows move it (Shift: further), Ctrl+arrows resize it, [ and ] pick another, Delete removes it.</source>
        <translation>键盘：N 添加区域，方向键移动区域（按住 Shift 移得更远），Ctrl+方向键调整大小，[ 和 ] 选择其他区域，Del 键删除。</translation>
    </message>
    <message>
        <source>Face {n} (found automatically)</source>
        <translation>面部 {n}（自动发现）</translation>
    </message>
    <message>
        <source>Rectangle {n}</source>
        <translation>矩形 {n}</translation>
    </message>
    <message>
        <source>Ellipse {n}</source>
        <translation>椭圆 {n}</translation>
    </message>
    <message>
        <source>Brush stroke {n}</source>
        <translation>画笔笔画 {n}</translation>
    </message>
    <message>
        <source>Shape {n}</source>
        <translation>形状 {n}</translation>
    </message>
    <message>
        <source>Loading…</source>
        <translation>正在加载…</translation>
    </message>
    <message>
        <source>Making the preview…</source>
        <translation>正在生成预览…</translation>
    </message>
    <message>
        <source>Preview: this is what will be written.</source>
        <translation>预览：保存后就是这个样子。</translation>
    </message>
    <message>
        <source>Draw over anything that could identify you: faces, tattoos, marks.</source>
        <translation>涂盖所有可能暴露你身份的内容：面部、纹身、胎记和疤痕。</translation>
    </message>
    <message>
        <source>Looking for faces…</source>
        <translation>正在查找面部…</translation>
    </message>
    <message>
        <source>Looking for small faces… this takes longer.</source>
        <translation>正在查找小面孔…这需要更长时间。</translation>
    </message>
    <message>
        <source>Face detection is not available ({reason}). Mark faces yourself.</source>
        <translation>无法使用面部检测（{reason}）。请自己标出面部。</translation>
    </message>
    <message>
        <source>No faces were found automatically.</source>
        <translation>没有自动发现面部。</translation>
    </message>
    <message>
        <source>Faces found automatically: {count}.</source>
        <translation>自动发现的面部：{count} 张。</translation>
    </message>
    <message>
        <source>its files are missing or damaged</source>
        <translation>其文件缺失或已损坏</translation>
    </message>
    <message>
        <source>There is not enough memory to open this photo.</source>
        <translation>内存不足，无法打开这张照片。</translation>
    </message>
    <message>
        <source>The photo could not be opened.</source>
        <translation>无法打开这张照片。</translation>
    </message>
</context>
<context>
    <name>RunBar</name>
    <message>
        <source>Ca&amp;ncel</source>
        <translation>取消(&amp;N)</translation>
    </message>
    <message>
        <source>Cancel cleaning</source>
        <translation>取消清理</translation>
    </message>
    <message>
        <source>&amp;Clean</source>
        <translation>清理(&amp;C)</translation>
    </message>
    <message>
        <source>Clean all files in the list</source>
        <translation>清理列表中的所有文件</translation>
    </message>
    <message>
        <source>&amp;Open output folder</source>
        <translation>打开保存文件夹(&amp;O)</translation>
    </message>
    <message>
        <source>Open output folder</source>
        <translation>打开保存文件夹</translation>
    </message>
    <message>
        <source>Write clean copies of all files (Ctrl+Enter)</source>
        <translation>为所有文件保存干净的副本 (Ctrl+Enter)</translation>
    </message>
    <message>
        <source>Stop now; files not finished are left as they were (Esc)</source>
        <translation>立即停止；未完成的文件保持原样 (Esc)</translation>
    </message>
    <message>
        <source>Cleaning progress</source>
        <translation>清理进度</translation>
    </message>
    <message>
        <source>%v of %m files</source>
        <translation>%v / %m 个文件</translation>
    </message>
    <message>
        <source>Summary</source>
        <translation>摘要</translation>
    </message>
</context>
<context>
    <name>SafetyGuide</name>
    <message>
        <source>Why this matters</source>
        <translation>为什么这很重要</translation>
    </message>
    <message>
        <source>Safety guide</source>
        <translation>安全指南</translation>
    </message>
    <message>
        <source>&amp;Close</source>
        <translation>关闭(&amp;C)</translation>
    </message>
    <message>
        <source>Close the safety guide</source>
        <translation>关闭安全指南</translation>
    </message>
    <message>
        <source>What your photos and files can give away</source>
        <translation>你的照片和文件可能暴露什么</translation>
    </message>
    <message>
        <source>Photos from phones and cameras carry hidden details. Anyone who gets the file can read them:</source>
        <translation>手机和相机拍的照片带有隐藏信息。任何拿到文件的人都能读取：</translation>
    </message>
    <message>
        <source>Where the photo was taken, often to within a few metres.</source>
        <translation>照片的拍摄地点，往往精确到几米之内。</translation>
    </message>
    <message>
        <source>Which phone or camera took it, sometimes with its serial number.</source>
        <translation>用哪部手机或相机拍的，有时还包括它的序列号。</translation>
    </message>
    <message>
        <source>Your name, if it is set in the phone, camera or editing app.</source>
        <translation>你的名字，如果手机、相机或修图应用里设置了它。</translation>
    </message>
    <message>
        <source>The date and time it was taken.</source>
        <translation>拍摄的日期和时间。</translation>
    </message>
    <message>
        <source>A hidden small copy of the original photo. It can show what you cropped out or covered.</source>
        <translation>原始照片的一份隐藏小副本。它可能显示出你裁掉或遮住的内容。</translation>
    </message>
    <message>
        <source>Scrubber removes these details from a copy of the file. Your original stays as it is, unless you choose to replace it.</source>
        <translation>Scrubber 会从文件的副本中删除这些信息。原始文件保持不变，除非你选择替换它。</translation>
    </message>
    <message>
        <source>Documents such as PDF and Word files can hold the author&apos;s name, the computer&apos;s name and the editing history. Videos and voice recordings can hold the place and the device.</source>
        <translation>PDF 和 Word 等文档可能包含作者姓名、电脑名称和编辑记录。视频和录音可能包含地点和设备信息。</translation>
    </message>
    <message>
        <source>If Scrubber says a file is not supported or could not be cleaned, do not share that file as it is.</source>
        <translation>如果 Scrubber 提示某个文件不受支持或无法清理，请不要原样分享这个文件。</translation>
    </message>
    <message>
        <source>Blur in other apps can be undone</source>
        <translation>其他应用做的模糊可以被还原</translation>
    </message>
    <message>
        <source>Blur and small pixelation made by other apps can be undone by software. Scrubber&apos;s blur and mosaic wipe the area first, but they still show its average colours.</source>
        <translation>其他应用做的模糊和细小的像素化都可以被软件还原。Scrubber 的模糊和马赛克会先抹掉该区域，但仍会显示它的平均颜色。</translation>
    </message>
    <message>
        <source>Take ad photos with a different phone or camera. If you cannot, turn off location, Live Photos and Motion Photos in the camera before you take them.</source>
        <translation>用另一部手机或相机拍广告照片。如果做不到，拍摄前请在相机中关闭定位、实况照片和动态照片。</translation>
    </message>
    <message>
        <source>Never use photos from your personal social media in ads, not even old ones.</source>
        <translation>绝不要在广告中使用你个人社交媒体上的照片，旧照片也不行。</translation>
    </message>
    <message>
        <source>Cloud backups and shared albums keep your originals, with the place they were taken, and sort them by face. Keep work photos out of them.</source>
        <translation>云备份和共享相册会保存你的原始照片，包括拍摄地点，还会按人脸分类。不要把工作照片放进去。</translation>
    </message>
    <message>
        <source>Clean last: after cropping and editing in other apps. Editing apps can add hidden data again.</source>
        <translation>最后再清理：在其他应用中裁剪和编辑之后。编辑应用可能会重新加入隐藏数据。</translation>
    </message>
    <message>
        <source>Screenshots can show your name, your number and your notifications. Check them before you share them.</source>
        <translation>截图可能显示你的名字、号码和通知。分享前请检查。</translation>
    </message>
    <message>
        <source>To hide a face, a tattoo or anything else, use solid fill. Cover a little more than you think you need.</source>
        <translation>要隐藏面部、纹身或其他任何内容，请使用纯色填充。遮盖范围要比你认为需要的稍大一些。</translation>
    </message>
    <message>
        <source>Your photos can be matched</source>
        <translation>你的照片可能被比对出来</translation>
    </message>
    <message>
        <source>Reverse image search finds other places where the same photo, or one like it, is online.</source>
        <translation>以图搜图可以找到网上其他地方出现的同一张照片或相似的照片。</translation>
    </message>
    <message>
        <source>Face recognition exists and is easy to use. A face, a tattoo or a room that people can recognise can link your ad photos to your personal accounts.</source>
        <translation>人脸识别确实存在，而且很容易使用。一张脸、一个纹身或一个能被认出的房间，都可能把你的广告照片和你的个人账号联系起来。</translation>
    </message>
    <message>
        <source>Search for your own ad photos now and then, with a reverse image search and a face search. Then you see where they turn up.</source>
        <translation>时常用以图搜图和人脸搜索查找你自己的广告照片，看看它们出现在哪里。</translation>
    </message>
    <message>
        <source>Tattoos, birthmarks, jewellery, nails, bedding and furniture can link your ads to each other. Cover them or change them.</source>
        <translation>纹身、胎记、首饰、指甲、床品和家具都可能把你的不同广告联系起来。请遮住或换掉它们。</translation>
    </message>
    <message>
        <source>Each camera leaves a faint pattern in its photos that can link them to each other. The option “Weaken the camera fingerprint” makes it weaker, but does not remove it.</source>
        <translation>每台相机都会在照片中留下微弱的图案，可以把这些照片联系在一起。“减弱照片中的相机指纹”选项会让它变弱，但不会去除。</translation>
    </message>
    <message>
        <source>Tips from sex workers&apos; digital safety advice</source>
        <translation>来自性工作者数字安全建议的提示</translation>
    </message>
    <message>
        <source>Keep work and personal life apart. Use a separate phone, email and accounts for work if you can.</source>
        <translation>把工作和个人生活分开。如果可以，工作时使用单独的手机、邮箱和账号。</translation>
    </message>
    <message>
        <source>Check the background: letters, papers, photos on the wall, anything with a name or address.</source>
        <translation>检查背景：信件、纸张、墙上的照片，以及任何带有姓名或地址的东西。</translation>
    </message>
    <message>
        <source>Check mirrors and reflections: sunglasses, windows, screens and shiny surfaces.</source>
        <translation>检查镜子和倒影：墨镜、窗户、屏幕和有光泽的表面。</translation>
    </message>
    <message>
        <source>Check what can be seen through windows. Streets, signs and buildings can show where you are.</source>
        <translation>检查窗外能看到什么。街道、招牌和建筑都可能暴露你所在的位置。</translation>
    </message>
    <message>
        <source>Do not post the same photo on your personal and your work accounts.</source>
        <translation>不要在个人账号和工作账号上发布同一张照片。</translation>
    </message>
    <message>
        <source>Sending a photo “as a file” or by email keeps its hidden data. Send only the clean copy.</source>
        <translation>以“文件”形式或通过电子邮件发送照片会保留其中的隐藏数据。只发送干净的副本。</translation>
    </message>
    <message>
        <source>When you are done, delete the originals from Downloads and from shared folders.</source>
        <translation>用完后，从“下载”文件夹和共享文件夹中删除原始文件。</translation>
    </message>
    <message>
        <source>Before you post, open the clean copy and check it again.</source>
        <translation>发布之前，打开干净的副本再检查一遍。</translation>
    </message>
    <message>
        <source>What your computer may still keep</source>
        <translation>你的电脑可能仍会保留什么</translation>
    </message>
    <message>
        <source>Scrubber keeps no list of the files you open, but your computer may:</source>
        <translation>Scrubber 不保存你打开过的文件列表，但你的电脑可能会保存：</translation>
    </message>
    <message>
        <source>small previews (thumbnails) made by the file manager or photo viewer;</source>
        <translation>文件管理器或看图软件生成的小预览图（缩略图）；</translation>
    </message>
    <message>
        <source>lists of recent files in other apps;</source>
        <translation>其他应用中的最近文件列表；</translation>
    </message>
    <message>
        <source>the originals in Downloads, in the trash and in cloud backups.</source>
        <translation>“下载”文件夹、回收站和云备份中的原始文件。</translation>
    </message>
    <message>
        <source>To clear them:</source>
        <translation>清除方法：</translation>
    </message>
    <message>
        <source>Empty the trash.</source>
        <translation>清空回收站。</translation>
    </message>
    <message>
        <source>Clear the recent files in your file manager.</source>
        <translation>清除文件管理器中的最近文件。</translation>
    </message>
    <message>
        <source>Delete the thumbnail cache. Linux: the .cache/thumbnails folder in your home folder. Windows: Disk Cleanup, then Thumbnails. macOS: restart the Mac.</source>
        <translation>删除缩略图缓存。Linux：主文件夹中的 .cache/thumbnails 文件夹。Windows：“磁盘清理”，然后选择“缩略图”。macOS：重新启动 Mac。</translation>
    </message>
    <message>
        <source>Scrubber works offline</source>
        <translation>Scrubber 离线工作</translation>
    </message>
    <message>
        <source>Scrubber never connects to the internet. Your files stay on this computer.</source>
        <translation>Scrubber 从不连接互联网。你的文件只保存在这台电脑上。</translation>
    </message>
</context>
<context>
    <name>Summary</name>
    <message>
        <source>Cancelled.</source>
        <translation>已取消。</translation>
    </message>
    <message>
        <source>{n} cleaned.</source>
        <translation>已清理 {n} 个文件。</translation>
    </message>
    <message>
        <source>{n} had nothing to remove.</source>
        <translation>{n} 个文件无需清理。</translation>
    </message>
    <message>
        <source>{n} could not be cleaned.</source>
        <translation>{n} 个文件无法清理。</translation>
    </message>
    <message>
        <source>{n} not done (cancelled).</source>
        <translation>{n} 个文件未处理（已取消）。</translation>
    </message>
    <message>
        <source>Nothing was cleaned.</source>
        <translation>没有清理任何文件。</translation>
    </message>
    <message>
        <source>{name}: {reason}</source>
        <translation>{name}：{reason}</translation>
    </message>
    <message>
        <source>…and {n} more: see the list.</source>
        <translation>……还有 {n} 个：请查看列表。</translation>
    </message>
    <message>
        <source>Clean copies are in: {folder}</source>
        <translation>干净的副本保存在：{folder}</translation>
    </message>
</context>
<context>
    <name>messages</name>
    <message>
        <source>{metres} m above sea level</source>
        <translation>海拔 {metres} 米</translation>
    </message>
    <message>
        <source>{metres} m below sea level</source>
        <translation>低于海平面 {metres} 米</translation>
    </message>
    <message>
        <source>{count} bytes of data</source>
        <translation>{count} 字节的数据</translation>
    </message>
    <message>
        <source>The file name shows when it was taken: {shown}</source>
        <translation>文件名显示了拍摄时间：{shown}</translation>
    </message>
    <message>
        <source>The file name shows the phone or camera that made it: {shown}</source>
        <translation>文件名显示了拍摄它的手机或相机：{shown}</translation>
    </message>
    <message>
        <source>The file name shows the app that made it: {apps}</source>
        <translation>文件名显示了生成它的应用：{apps}</translation>
    </message>
    <message>
        <source>{finding} (the name was kept)</source>
        <translation>{finding}（文件名已保留）</translation>
    </message>
    <message>
        <source>The file cannot be found. Was it moved or deleted?</source>
        <translation>找不到该文件。它是否被移动或删除了？</translation>
    </message>
    <message>
        <source>This is not a normal file (it is a folder, a device or a pipe).</source>
        <translation>这不是普通文件（而是文件夹、设备或管道）。</translation>
    </message>
    <message>
        <source>This is a folder, not a file.</source>
        <translation>这是文件夹，不是文件。</translation>
    </message>
    <message>
        <source>The file is empty.</source>
        <translation>文件是空的。</translation>
    </message>
    <message>
        <source>The file cannot be read: {reason}</source>
        <translation>无法读取文件：{reason}</translation>
    </message>
    <message>
        <source>The file name says {format}, but the file cannot be read as {format}.</source>
        <translation>文件名表明是 {format}，但无法按 {format} 读取。</translation>
    </message>
    <message>
        <source>This type of file is not supported, so it was not cleaned.</source>
        <translation>不支持此类文件，因此未清理。</translation>
    </message>
    <message>
        <source>This is a link; it was not followed.</source>
        <translation>这是一个链接，未跟随打开。</translation>
    </message>
    <message>
        <source>This file could not be read ({kind}).</source>
        <translation>无法读取此文件（{kind}）。</translation>
    </message>
    <message>
        <source>It holds documents inside documents, too many levels deep.</source>
        <translation>它包含层层嵌套的文档，层数过多。</translation>
    </message>
    <message>
        <source>There is not enough memory to read this file.</source>
        <translation>内存不足，无法读取此文件。</translation>
    </message>
    <message>
        <source>There is not enough memory.</source>
        <translation>内存不足。</translation>
    </message>
    <message>
        <source>A file could not be read or written: {reason}</source>
        <translation>无法读取或写入文件：{reason}</translation>
    </message>
    <message>
        <source>Unexpected error ({kind}). Nothing was written.</source>
        <translation>意外错误（{kind}）。未写入任何内容。</translation>
    </message>
    <message>
        <source>The copy would replace the original. Choose another name or folder.</source>
        <translation>副本会替换原件。请选择其他名称或文件夹。</translation>
    </message>
    <message>
        <source>Replacing the original cannot change the file type. Save copies in a folder instead.</source>
        <translation>替换原件时无法更改文件类型。请改为将副本保存到文件夹。</translation>
    </message>
    <message>
        <source>This file is a link. Save copies in a folder instead.</source>
        <translation>此文件是链接。请改为将副本保存到文件夹。</translation>
    </message>
    <message>
        <source>The clean copy could not be checked again, so it was deleted: {reason}</source>
        <translation>无法复查干净副本，因此已将其删除：{reason}</translation>
    </message>
    <message>
        <source>The clean copy still held data ({left}), so it was deleted.</source>
        <translation>干净副本中仍有数据（{left}），因此已将其删除。</translation>
    </message>
    <message>
        <source>The folder for the copies cannot be created: {reason}</source>
        <translation>无法创建存放副本的文件夹：{reason}</translation>
    </message>
    <message>
        <source>Nothing can be saved in the folder for the copies: {reason}</source>
        <translation>无法在存放副本的文件夹中保存任何内容：{reason}</translation>
    </message>
    <message>
        <source>The copy could not be finished: {reason}</source>
        <translation>无法完成副本：{reason}</translation>
    </message>
    <message>
        <source>The copies could not be saved to the disk: {reason}</source>
        <translation>无法将副本保存到磁盘：{reason}</translation>
    </message>
    <message>
        <source>No free name was found for the clean copy.</source>
        <translation>找不到可用的名称来保存干净副本。</translation>
    </message>
    <message>
        <source>The clean copy could not be saved: {reason}</source>
        <translation>无法保存干净副本：{reason}</translation>
    </message>
    <message>
        <source>The earlier copy could not be replaced: {reason}</source>
        <translation>无法替换之前的副本：{reason}</translation>
    </message>
    <message>
        <source>This JPEG is damaged: its beginning is missing.</source>
        <translation>此 JPEG 已损坏：缺少开头部分。</translation>
    </message>
    <message>
        <source>This JPEG is damaged (a wrong length at byte {pos}).</source>
        <translation>此 JPEG 已损坏（第 {pos} 字节处长度错误）。</translation>
    </message>
    <message>
        <source>This JPEG is damaged: its picture does not end where it should.</source>
        <translation>此 JPEG 已损坏：图像没有在应有的位置结束。</translation>
    </message>
    <message>
        <source>This JPEG is damaged (a missing marker at byte {pos}).</source>
        <translation>此 JPEG 已损坏（第 {pos} 字节处缺少标记）。</translation>
    </message>
    <message>
        <source>This JPEG is cut off before the picture starts.</source>
        <translation>此 JPEG 在图像开始前就被截断了。</translation>
    </message>
    <message>
        <source>This JPEG is damaged: it has far too many parts.</source>
        <translation>此 JPEG 已损坏：包含的部分过多。</translation>
    </message>
    <message>
        <source>This rare kind of JPEG (hierarchical or JPEG-LS) is not supported.</source>
        <translation>不支持这种少见的 JPEG（分层或 JPEG-LS）。</translation>
    </message>
    <message>
        <source>This JPEG holds no picture.</source>
        <translation>此 JPEG 中没有图像。</translation>
    </message>
    <message>
        <source>This JPEG is damaged: its picture is not where the file says.</source>
        <translation>此 JPEG 已损坏：图像不在文件所示的位置。</translation>
    </message>
    <message>
        <source>This JPEG is damaged: it holds more than one picture frame.</source>
        <translation>此 JPEG 已损坏：包含不止一帧图像。</translation>
    </message>
    <message>
        <source>This JPEG has other data hidden inside its picture, so it was not cleaned.</source>
        <translation>此 JPEG 的图像中藏有其他数据，因此未清理。</translation>
    </message>
    <message>
        <source>The colour profile is too large.</source>
        <translation>颜色配置文件过大。</translation>
    </message>
    <message>
        <source>The picture is incomplete: the file was cut off.</source>
        <translation>图像不完整：文件被截断了。</translation>
    </message>
    <message>
        <source>This JPEG is damaged in places; the copy looks the same as the original did.</source>
        <translation>此 JPEG 有部分损坏；副本看起来与原件相同。</translation>
    </message>
    <message>
        <source>The GIF file was cut short; its complete frames were kept.</source>
        <translation>GIF 文件被截断；完整的帧已保留。</translation>
    </message>
    <message>
        <source>The {format} picture was saved as PNG.</source>
        <translation>{format} 图像已保存为 PNG。</translation>
    </message>
    <message>
        <source>Only the first frame of the animation was kept ({frames} in the file).</source>
        <translation>只保留了动画的第一帧（文件中共 {frames} 帧）。</translation>
    </message>
    <message>
        <source>Only the first page was kept ({frames} in the file).</source>
        <translation>只保留了第一页（文件中共 {frames} 页）。</translation>
    </message>
    <message>
        <source>The picture was saved with 8 bits per colour (it had more).</source>
        <translation>图像以每色 8 位保存（原来更多）。</translation>
    </message>
    <message>
        <source>Colours may look slightly different ({mode} was turned into RGB).</source>
        <translation>颜色可能略有不同（{mode} 已转换为 RGB）。</translation>
    </message>
    <message>
        <source>Transparent areas were filled with white (JPEG has no transparency).</source>
        <translation>透明区域已填充为白色（JPEG 不支持透明）。</translation>
    </message>
    <message>
        <source>The form&apos;s XML layer was removed.</source>
        <translation>已删除表单的 XML 层。</translation>
    </message>
    <message>
        <source>A digital signature was removed.</source>
        <translation>已删除一个数字签名。</translation>
    </message>
    <message>
        <source>Embedded objects (files inside the document) were removed.</source>
        <translation>已删除嵌入对象（文档中的文件）。</translation>
    </message>
    <message>
        <source>Pictures in drawing formats that cannot be checked (SVG, WMF…) were removed.</source>
        <translation>已删除无法检查的绘图格式图片（SVG、WMF…）。</translation>
    </message>
    <message>
        <source>It is saved as {ext}: the same document without macros.</source>
        <translation>已保存为 {ext}：同一文档，但不含宏。</translation>
    </message>
    <message>
        <source>The animation keeps its rotation tag; its frames were not turned.</source>
        <translation>动画保留了旋转标签；其帧未被旋转。</translation>
    </message>
    <message>
        <source>This TIFF has {count} pages. Many viewers show only the first: check the others too.</source>
        <translation>此 TIFF 有 {count} 页。许多查看器只显示第一页：请也检查其他页。</translation>
    </message>
    <message>
        <source>The TIFF keeps its orientation tag; its pixels were not turned.</source>
        <translation>该 TIFF 保留了方向标签；其像素未被旋转。</translation>
    </message>
    <message>
        <source>Colours may look slightly different in the JPEG copy.</source>
        <translation>JPEG 副本中的颜色可能略有不同。</translation>
    </message>
    <message>
        <source>This PNG is cut off before the picture starts.</source>
        <translation>此 PNG 在图像开始前就被截断了。</translation>
    </message>
    <message>
        <source>The file was cut off; the clean copy keeps the part that is there.</source>
        <translation>文件被截断；干净副本保留了现有的部分。</translation>
    </message>
    <message>
        <source>The removed data said to turn the picture. Check that it is the right way up.</source>
        <translation>被删除的数据要求旋转图片。请检查图片方向是否正确。</translation>
    </message>
    <message>
        <source>Viewers that do not play animations now show a blank picture instead of a hidden one.</source>
        <translation>不播放动画的查看器现在会显示空白图片，而不是隐藏的图片。</translation>
    </message>
    <message>
        <source>The sound was removed.</source>
        <translation>已删除声音。</translation>
    </message>
    <message>
        <source>The clip had more than 8 bits per colour (HDR); the copy has 8, so colours may look flatter.</source>
        <translation>视频每色超过 8 位（HDR）；副本为 8 位，颜色可能显得更平淡。</translation>
    </message>
    <message>
        <source>Its broken index was rebuilt the way PDF viewers do it. Check the clean copy.</source>
        <translation>其损坏的索引已按 PDF 阅读器的方式重建。请检查干净副本。</translation>
    </message>
    <message>
        <source>It was locked against copying, printing or changes, but opens without a password. The clean copy has no lock.</source>
        <translation>它被锁定以防复制、打印或修改，但无需密码即可打开。干净副本没有锁定。</translation>
    </message>
    <message>
        <source>Its attached files are locked with a password (the pages are not). The clean copy has no attachments.</source>
        <translation>其附件受密码保护（页面没有）。干净副本不含附件。</translation>
    </message>
    <message>
        <source>A cropped picture still held the part you cut away. It was removed.</source>
        <translation>裁剪过的图片仍保留着被裁掉的部分。该部分已删除。</translation>
    </message>
    <message>
        <source>Pages were turned into pictures: text can no longer be selected or searched.</source>
        <translation>页面已转换为图片：文字无法再选择或搜索。</translation>
    </message>
    <message>
        <source>{count} layers of this PDF are hidden when it opens. They are kept in the copy; to leave them out, choose to turn PDF pages into pictures.</source>
        <translation>此 PDF 有 {count} 个图层在打开时被隐藏。它们保留在副本中；要去掉它们，请选择把 PDF 页面变成图片。</translation>
    </message>
    <message>
        <source>1 layer of this PDF is hidden when it opens. It is kept in the copy; to leave it out, choose to turn PDF pages into pictures.</source>
        <translation>此 PDF 有 1 个图层在打开时被隐藏。它保留在副本中；要去掉它，请选择把 PDF 页面变成图片。</translation>
    </message>
    <message>
        <source>There is text in white, unseen on a white page, on {count} pages. It is kept in the copy; to leave it out, choose to turn PDF pages into pictures.</source>
        <translation>有 {count} 页上有白色文字，在白色页面上看不见。这些文字保留在副本中；要去掉它们，请选择把 PDF 页面变成图片。</translation>
    </message>
    <message>
        <source>There is text in white, unseen on a white page, on 1 page. It is kept in the copy; to leave it out, choose to turn PDF pages into pictures.</source>
        <translation>有 1 页上有白色文字，在白色页面上看不见。这些文字保留在副本中；要去掉它们，请选择把 PDF 页面变成图片。</translation>
    </message>
    <message>
        <source>There is text placed outside the page on {count} pages. It is kept in the copy; to leave it out, choose to turn PDF pages into pictures.</source>
        <translation>有 {count} 页上有放在页面之外的文字。这些文字保留在副本中；要去掉它们，请选择把 PDF 页面变成图片。</translation>
    </message>
    <message>
        <source>There is text placed outside the page on 1 page. It is kept in the copy; to leave it out, choose to turn PDF pages into pictures.</source>
        <translation>有 1 页上有放在页面之外的文字。这些文字保留在副本中；要去掉它们，请选择把 PDF 页面变成图片。</translation>
    </message>
    <message>
        <source>Embedded fonts were removed.</source>
        <translation>已删除嵌入的字体。</translation>
    </message>
    <message>
        <source>Videos and sounds were removed: they could not be checked.</source>
        <translation>已删除视频和声音：它们无法检查。</translation>
    </message>
    <message>
        <source>Pictures in drawing formats that cannot be checked (EMF, WMF, SVG…) were removed.</source>
        <translation>已删除无法检查的绘图格式图片（EMF、WMF、SVG…）。</translation>
    </message>
    <message>
        <source>The photo was saved again at high quality ({reason}).</source>
        <translation>照片已以高质量重新保存（{reason}）。</translation>
    </message>
    <message>
        <source>The macros (programs) in this document were removed.</source>
        <translation>已删除此文档中的宏（程序）。</translation>
    </message>
    <message>
        <source>This PDF asks for a password to open it. Remove the password first.</source>
        <translation>此 PDF 需要密码才能打开。请先移除密码。</translation>
    </message>
    <message>
        <source>This PDF is damaged and cannot be cleaned safely.</source>
        <translation>此 PDF 已损坏，无法安全清理。</translation>
    </message>
    <message>
        <source>This PDF is damaged and cannot be cleaned safely: its end is missing.</source>
        <translation>此 PDF 已损坏，无法安全清理：缺少结尾部分。</translation>
    </message>
    <message>
        <source>This PDF is damaged (cut off, or parts of it are broken) and cannot be cleaned safely. Saving it again from a PDF viewer may repair it.</source>
        <translation>此 PDF 已损坏（被截断或部分损坏），无法安全清理。用 PDF 阅读器重新保存可能会修复它。</translation>
    </message>
    <message>
        <source>This {format} picture is damaged and cannot be decoded: part of it is missing.</source>
        <translation>此 {format} 图片已损坏，无法解码：缺少一部分。</translation>
    </message>
    <message>
        <source>{count} slides are hidden. They are kept in the copy; to remove them, turn on removing hidden content.</source>
        <translation>有 {count} 张幻灯片被隐藏。它们保留在副本中；要删除它们，请开启删除隐藏内容的选项。</translation>
    </message>
    <message>
        <source>1 slide is hidden. It is kept in the copy; to remove it, turn on removing hidden content.</source>
        <translation>有 1 张幻灯片被隐藏。它保留在副本中；要删除它，请开启删除隐藏内容的选项。</translation>
    </message>
    <message>
        <source>There are speaker notes on {count} slides. They are kept in the copy; to remove them, turn on removing speaker notes.</source>
        <translation>有 {count} 张幻灯片带有演讲者备注。它们保留在副本中；要删除它们，请开启删除演讲者备注的选项。</translation>
    </message>
    <message>
        <source>There are speaker notes on 1 slide. They are kept in the copy; to remove them, turn on removing speaker notes.</source>
        <translation>有 1 张幻灯片带有演讲者备注。它们保留在副本中；要删除它们，请开启删除演讲者备注的选项。</translation>
    </message>
    <message>
        <source>{count} sheets are hidden. They are kept in the copy; to remove them, turn on removing hidden content.</source>
        <translation>有 {count} 个工作表被隐藏。它们保留在副本中；要删除它们，请开启删除隐藏内容的选项。</translation>
    </message>
    <message>
        <source>1 sheet is hidden. It is kept in the copy; to remove it, turn on removing hidden content.</source>
        <translation>有 1 个工作表被隐藏。它保留在副本中；要删除它，请开启删除隐藏内容的选项。</translation>
    </message>
    <message>
        <source>There is hidden text in {count} places. It is kept in the copy; to remove it, turn on removing hidden content.</source>
        <translation>有 {count} 处隐藏文字。它们保留在副本中；要删除，请开启删除隐藏内容的选项。</translation>
    </message>
    <message>
        <source>There is hidden text in 1 place. It is kept in the copy; to remove it, turn on removing hidden content.</source>
        <translation>有 1 处隐藏文字。它保留在副本中；要删除，请开启删除隐藏内容的选项。</translation>
    </message>
    <message>
        <source>{count} sections are hidden. They are kept in the copy; to remove them, turn on removing hidden content.</source>
        <translation>有 {count} 个节被隐藏。它们保留在副本中；要删除它们，请开启删除隐藏内容的选项。</translation>
    </message>
    <message>
        <source>1 section is hidden. It is kept in the copy; to remove it, turn on removing hidden content.</source>
        <translation>有 1 个节被隐藏。它保留在副本中；要删除它，请开启删除隐藏内容的选项。</translation>
    </message>
    <message>
        <source>A cropped photo still held the part you cut away. It was removed.</source>
        <translation>一张裁剪过的照片仍保留着被裁掉的部分。该部分已删除。</translation>
    </message>
    <message>
        <source>{count} cropped photos still held the parts you cut away. They were removed.</source>
        <translation>{count} 张裁剪过的照片仍保留着被裁掉的部分。这些部分已删除。</translation>
    </message>
    <message>
        <source>The camera fingerprint was weakened, not removed. The picture was resized from {before} to {after} pixels.</source>
        <translation>相机指纹已被削弱，但并未消除。图片尺寸已从 {before} 像素改为 {after} 像素。</translation>
    </message>
    <message>
        <source>This document is protected by a password. Remove the password first.</source>
        <translation>此文档受密码保护。请先移除密码。</translation>
    </message>
    <message>
        <source>This document is damaged: its contents cannot be unpacked.</source>
        <translation>此文档已损坏：无法解压其内容。</translation>
    </message>
    <message>
        <source>This document is damaged and cannot be read safely.</source>
        <translation>此文档已损坏，无法安全读取。</translation>
    </message>
    <message>
        <source>This TIFF file holds no picture.</source>
        <translation>此 TIFF 文件中没有图像。</translation>
    </message>
    <message>
        <source>Camera RAW files are not supported. Export a TIFF or JPEG first.</source>
        <translation>不支持相机 RAW 文件。请先导出为 TIFF 或 JPEG。</translation>
    </message>
    <message>
        <source>This TIFF file is damaged.</source>
        <translation>此 TIFF 文件已损坏。</translation>
    </message>
    <message>
        <source>Old-style JPEG TIFF files are not supported. Convert them first.</source>
        <translation>不支持旧式 JPEG 压缩的 TIFF 文件。请先转换。</translation>
    </message>
    <message>
        <source>This TIFF file is cut off or damaged.</source>
        <translation>此 TIFF 文件被截断或已损坏。</translation>
    </message>
    <message>
        <source>This {format} picture is encrypted.</source>
        <translation>此 {format} 图片已加密。</translation>
    </message>
    <message>
        <source>This {format} picture is damaged and cannot be decoded.</source>
        <translation>此 {format} 图片已损坏，无法解码。</translation>
    </message>
    <message>
        <source>The description of this {format} picture is too large to check.</source>
        <translation>此 {format} 图片的描述部分太大，无法检查。</translation>
    </message>
    <message>
        <source>{format} picture sequences and videos are not supported.</source>
        <translation>不支持 {format} 图片序列和视频。</translation>
    </message>
    <message>
        <source>This {format} file has too many parts to check safely.</source>
        <translation>此 {format} 文件包含的部分过多，无法安全检查。</translation>
    </message>
    <message>
        <source>This picture is AVIF, not HEIC. Rename it to end in .avif.</source>
        <translation>这张图片是 AVIF，不是 HEIC。请将其重命名为以 .avif 结尾。</translation>
    </message>
    <message>
        <source>The picture is too small to save as HEIC. Choose JPEG copies instead.</source>
        <translation>图片太小，无法保存为 HEIC。请改为选择 JPEG 副本。</translation>
    </message>
    <message>
        <source>The picture could not be saved as HEIC. Choose JPEG copies instead.</source>
        <translation>无法将图片保存为 HEIC。请改为选择 JPEG 副本。</translation>
    </message>
    <message>
        <source>The picture is too large to process ({size} pixels).</source>
        <translation>图片太大，无法处理（{size} 像素）。</translation>
    </message>
    <message>
        <source>This is not a valid PNG file.</source>
        <translation>这不是有效的 PNG 文件。</translation>
    </message>
    <message>
        <source>This PNG file is damaged (a part of it is not valid).</source>
        <translation>此 PNG 文件已损坏（其中一部分无效）。</translation>
    </message>
    <message>
        <source>This PNG file is damaged: its beginning is missing.</source>
        <translation>此 PNG 文件已损坏：缺少开头部分。</translation>
    </message>
    <message>
        <source>This PDF is too complex to be checked safely.</source>
        <translation>此 PDF 过于复杂，无法安全检查。</translation>
    </message>
    <message>
        <source>This PDF has too many levels, one inside another, to be checked safely.</source>
        <translation>此 PDF 层层嵌套的层数过多，无法安全检查。</translation>
    </message>
    <message>
        <source>The drawings in this PDF are put one inside another too many times to be checked safely.</source>
        <translation>此 PDF 中的绘图层层嵌套的次数过多，无法安全检查。</translation>
    </message>
    <message>
        <source>This PDF has too many parts ({count}) to be checked safely.</source>
        <translation>此 PDF 包含的部分过多（{count} 个），无法安全检查。</translation>
    </message>
    <message>
        <source>This PDF has too many pages ({count}) to turn them into pictures.</source>
        <translation>此 PDF 页数过多（{count} 页），无法把页面变成图片。</translation>
    </message>
    <message>
        <source>This PDF could not be given a new document ID, so it was not cleaned.</source>
        <translation>无法为此 PDF 设置新的文档 ID，因此未清理。</translation>
    </message>
    <message>
        <source>This PDF could not be copied faithfully, so it was not cleaned.</source>
        <translation>无法如实复制此 PDF，因此未清理。</translation>
    </message>
    <message>
        <source>A page of this PDF has pictures on it that cannot be checked. To clean this PDF, choose to turn PDF pages into pictures.</source>
        <translation>此 PDF 的某一页上有无法检查的图片。要清理此 PDF，请选择把 PDF 页面变成图片。</translation>
    </message>
    <message>
        <source>A picture in this PDF is shown through a shape that hides part of it, and it cannot be cut exactly. To clean this PDF, choose to turn PDF pages into pictures.</source>
        <translation>此 PDF 中的一张图片透过一个遮住其部分内容的形状显示，无法精确裁剪。要清理此 PDF，请选择把 PDF 页面变成图片。</translation>
    </message>
    <message>
        <source>A picture in this PDF has a hidden part, stored in a way that cannot be cut away. To clean this PDF, choose to turn PDF pages into pictures.</source>
        <translation>此 PDF 中的一张图片有隐藏部分，其存储方式使该部分无法裁掉。要清理此 PDF，请选择把 PDF 页面变成图片。</translation>
    </message>
    <message>
        <source>A picture in this PDF has a hidden part and is too large to be cut. To clean this PDF, choose to turn PDF pages into pictures.</source>
        <translation>此 PDF 中的一张图片有隐藏部分，而且太大，无法裁剪。要清理此 PDF，请选择把 PDF 页面变成图片。</translation>
    </message>
    <message>
        <source>A picture in this PDF is stored in a way that cannot be checked.</source>
        <translation>此 PDF 中的一张图片以无法检查的方式存储。</translation>
    </message>
    <message>
        <source>A picture drawn inside a page of this PDF is stored in a way that cannot be checked.</source>
        <translation>此 PDF 页面内绘制的一张图片以无法检查的方式存储。</translation>
    </message>
    <message>
        <source>A colour profile in this PDF is stored in a way that cannot be checked.</source>
        <translation>此 PDF 中的一个颜色配置文件以无法检查的方式存储。</translation>
    </message>
    <message>
        <source>A picture drawn inside a page of this PDF could not be saved again without its hidden data.</source>
        <translation>此 PDF 页面内绘制的一张图片无法在去掉隐藏数据后重新保存。</translation>
    </message>
    <message>
        <source>A picture in this PDF is too large once unpacked (more than {mb} MB).</source>
        <translation>此 PDF 中的一张图片解压后过大（超过 {mb} MB）。</translation>
    </message>
    <message>
        <source>A picture drawn inside a page of this PDF is too large once unpacked (more than {mb} MB).</source>
        <translation>此 PDF 页面内绘制的一张图片解压后过大（超过 {mb} MB）。</translation>
    </message>
    <message>
        <source>A page of this PDF is too large once unpacked (more than {mb} MB).</source>
        <translation>此 PDF 的某一页解压后过大（超过 {mb} MB）。</translation>
    </message>
    <message>
        <source>A colour profile in this PDF is too large once unpacked (more than {mb} MB).</source>
        <translation>此 PDF 中的一个颜色配置文件解压后过大（超过 {mb} MB）。</translation>
    </message>
    <message>
        <source>A JPEG 2000 picture in this PDF has comments that cannot be removed.</source>
        <translation>此 PDF 中的一张 JPEG 2000 图片带有无法删除的注释。</translation>
    </message>
    <message>
        <source>There is a problem with a picture in this PDF. {problem}</source>
        <translation>此 PDF 中的一张图片有问题。{problem}</translation>
    </message>
    <message>
        <source>There is a problem with a picture drawn inside a page of this PDF. {problem}</source>
        <translation>此 PDF 页面内绘制的一张图片有问题。{problem}</translation>
    </message>
    <message>
        <source>Unpacked, this document would take more than {mb} MB: too much to be checked safely.</source>
        <translation>此文档解压后会超过 {mb} MB：太大，无法安全检查。</translation>
    </message>
    <message>
        <source>A part of this document ({part}) holds an XML declaration used in attacks, so it was not opened.</source>
        <translation>此文档的一部分（{part}）含有用于攻击的 XML 声明，因此未打开。</translation>
    </message>
    <message>
        <source>There is a problem with a picture in this document ({part}). {problem}</source>
        <translation>此文档中的一张图片（{part}）有问题。{problem}</translation>
    </message>
    <message>
        <source>There is a problem with a document inside this document ({part}). {problem}</source>
        <translation>此文档里的另一个文档（{part}）有问题。{problem}</translation>
    </message>
    <message>
        <source>This document is packed in a way used to crash programs (a zip bomb), so it was not opened.</source>
        <translation>此文档采用了用来让程序崩溃的打包方式（zip 炸弹），因此未打开。</translation>
    </message>
    <message>
        <source>This zip file is not an OpenDocument file.</source>
        <translation>此 zip 文件不是 OpenDocument 文件。</translation>
    </message>
    <message>
        <source>This kind of OpenDocument file is not supported.</source>
        <translation>不支持此类 OpenDocument 文件。</translation>
    </message>
    <message>
        <source>This zip file is not an Office document.</source>
        <translation>此 zip 文件不是 Office 文档。</translation>
    </message>
    <message>
        <source>This kind of Office document is not supported.</source>
        <translation>不支持此类 Office 文档。</translation>
    </message>
    <message>
        <source>This is an old-style Office file (.doc, .xls, .ppt) or a document protected by a password. Open it in Office and save it as .docx, .xlsx or .pptx, without a password.</source>
        <translation>这是旧式 Office 文件（.doc、.xls、.ppt）或受密码保护的文档。请在 Office 中打开，并在不设密码的情况下另存为 .docx、.xlsx 或 .pptx。</translation>
    </message>
    <message>
        <source>This document is saved as Strict Open XML, which is not supported. Save it again as an ordinary .docx, .xlsx or .pptx file.</source>
        <translation>此文档以 Strict Open XML 格式保存，不支持该格式。请将其重新保存为普通的 .docx、.xlsx 或 .pptx 文件。</translation>
    </message>
    <message>
        <source>Part of this document&apos;s text is stored inside it as a web page or in another format, which cannot be checked. Open it in Word and save it again.</source>
        <translation>此文档的部分文字以网页或其他格式存放在文档内部，无法检查。请在 Word 中打开并重新保存。</translation>
    </message>
    <message>
        <source>The picture is too large to process.</source>
        <translation>图片太大，无法处理。</translation>
    </message>
    <message>
        <source>A cropped picture in it is too large to cut safely.</source>
        <translation>其中一张裁剪过的图片太大，无法安全裁剪。</translation>
    </message>
    <message>
        <source>Areas cannot be covered in {format} pictures.</source>
        <translation>无法在 {format} 图片中遮盖区域。</translation>
    </message>
    <message>
        <source>{format} files are not video clips.</source>
        <translation>{format} 文件不是视频。</translation>
    </message>
    <message>
        <source>Covering areas makes a new copy: the original is never changed. Save copies in a folder instead.</source>
        <translation>遮盖区域会生成新的副本：原件永远不会被更改。请改为将副本保存到文件夹。</translation>
    </message>
    <message>
        <source>This clip is turned by {degrees} degrees, which is not supported.</source>
        <translation>此视频被旋转了 {degrees} 度，不支持这种旋转。</translation>
    </message>
    <message>
        <source>The clip is too large to process ({size} pixels).</source>
        <translation>视频太大，无法处理（{size} 像素）。</translation>
    </message>
    <message>
        <source>This HEIF picture uses a kind of compression that is not supported ({code}).</source>
        <translation>此 HEIF 图片使用了不支持的压缩方式（{code}）。</translation>
    </message>
    <message>
        <source>The picture could not be saved as AVIF.</source>
        <translation>无法将图片保存为 AVIF。</translation>
    </message>
    <message>
        <source>This {format} file is stored in pieces, as when it is streamed. This is not supported.</source>
        <translation>此 {format} 文件像流媒体那样被分成多段存储。不支持这种文件。</translation>
    </message>
    <message>
        <source>The header of this {format} file is split up or compressed. This is not supported.</source>
        <translation>此 {format} 文件的文件头被拆分或压缩了。不支持这种文件。</translation>
    </message>
    <message>
        <source>This {format} file plays sound or pictures stored in other files. This is not supported.</source>
        <translation>此 {format} 文件播放的是存储在其他文件中的声音或图像。不支持这种文件。</translation>
    </message>
    <message>
        <source>This {format} file is copy-protected, so it cannot be cleaned.</source>
        <translation>此 {format} 文件有复制保护，因此无法清理。</translation>
    </message>
    <message>
        <source>This {format} file is too large to clean.</source>
        <translation>此 {format} 文件太大，无法清理。</translation>
    </message>
    <message>
        <source>The sound of this video is stored in a way that is not supported.</source>
        <translation>此视频的声音以不支持的方式存储。</translation>
    </message>
    <message>
        <source>The sound of this video is in an old format that is not supported.</source>
        <translation>此视频的声音采用了不支持的旧格式。</translation>
    </message>
    <message>
        <source>This M4A file also holds video, chapters or text, which cannot be cleaned here.</source>
        <translation>此 M4A 文件还包含视频、章节或文字，这里无法清理。</translation>
    </message>
    <message>
        <source>This is copy-protected iTunes music. Its purchase record cannot be removed without breaking it.</source>
        <translation>这是有复制保护的 iTunes 音乐。不破坏文件就无法删除其购买记录。</translation>
    </message>
    <message>
        <source>This FLAC file starts with an ID3 tag, which FLAC players do not expect, so it was not cleaned.</source>
        <translation>此 FLAC 文件以 ID3 标签开头，而 FLAC 播放器不会预料到这一点，因此未清理。</translation>
    </message>
    <message>
        <source>Bare AAC sound files are not supported, only AAC inside M4A files.</source>
        <translation>不支持单独的 AAC 声音文件，只支持 M4A 文件中的 AAC。</translation>
    </message>
    <message>
        <source>This Ogg file holds video or a kind of sound that cannot be cleaned. Only Vorbis and Opus are supported.</source>
        <translation>此 Ogg 文件包含视频或无法清理的声音类型。只支持 Vorbis 和 Opus。</translation>
    </message>
    <message>
        <source>This PNG has a part that is not standard ({part}), so it was not cleaned.</source>
        <translation>此 PNG 含有非标准的部分（{part}），因此未清理。</translation>
    </message>
    <message>
        <source>This animated PNG hides a still picture too large to replace, so it was not cleaned.</source>
        <translation>此动画 PNG 中藏有一张太大而无法替换的静态图片，因此未清理。</translation>
    </message>
    <message>
        <source>This TIFF has more than {count} pages.</source>
        <translation>此 TIFF 超过 {count} 页。</translation>
    </message>
    <message>
        <source>This TIFF is damaged: its picture data adds up to more than the file.</source>
        <translation>此 TIFF 已损坏：其图像数据加起来比文件本身还大。</translation>
    </message>
    <message>
        <source>The first page of this TIFF is only a preview. Such TIFF files are not supported.</source>
        <translation>此 TIFF 的第一页只是预览图。不支持这类 TIFF 文件。</translation>
    </message>
    <message>
        <source>The clean TIFF would be larger than 4 GB.</source>
        <translation>干净的 TIFF 会超过 4 GB。</translation>
    </message>
    <message>
        <source>a crop hid part of the picture</source>
        <extracomment>Why the photo was saved again, in &quot;The photo was saved again at high quality ({reason}).&quot;</extracomment>
        <translation>裁剪遮住了图片的一部分</translation>
    </message>
    <message>
        <source>colours under its see-through areas could hide a picture</source>
        <extracomment>Why the photo was saved again, in &quot;The photo was saved again at high quality ({reason}).&quot;</extracomment>
        <translation>透明区域下的颜色可能藏有图片</translation>
    </message>
    <message>
        <source>it is made of layers that can cover one another</source>
        <extracomment>Why the photo was saved again, in &quot;The photo was saved again at high quality ({reason}).&quot;</extracomment>
        <translation>由可以互相遮盖的图层组成</translation>
    </message>
    <message>
        <source>its tiles do not fit together in a regular grid</source>
        <extracomment>Why the photo was saved again, in &quot;The photo was saved again at high quality ({reason}).&quot;</extracomment>
        <translation>图块没有拼成规则的网格</translation>
    </message>
    <message>
        <source>whole tiles of its picture were hidden</source>
        <extracomment>Why the photo was saved again, in &quot;The photo was saved again at high quality ({reason}).&quot;</extracomment>
        <translation>图片中有整块图块被隐藏</translation>
    </message>
    <message>
        <source>its picture is stored in another file</source>
        <extracomment>Why the photo was saved again, in &quot;The photo was saved again at high quality ({reason}).&quot;</extracomment>
        <translation>图片存储在另一个文件中</translation>
    </message>
    <message>
        <source>its picture is built from data stored elsewhere in the file</source>
        <extracomment>Why the photo was saved again, in &quot;The photo was saved again at high quality ({reason}).&quot;</extracomment>
        <translation>图片由文件中别处存储的数据构成</translation>
    </message>
    <message>
        <source>its picture data is not where it should be in the file</source>
        <extracomment>Why the photo was saved again, in &quot;The photo was saved again at high quality ({reason}).&quot;</extracomment>
        <translation>图像数据不在文件中应有的位置</translation>
    </message>
</context>
<context>
    <name>plain</name>
    <message>
        <source>1 item</source>
        <translation>1 项</translation>
    </message>
    <message>
        <source>{count} items</source>
        <translation>{count} 项</translation>
    </message>
    <message>
        <source>in the file name: {shown}</source>
        <translation>在文件名中：{shown}</translation>
    </message>
    <message>
        <source>{values} and {count} more</source>
        <translation>{values} 等另外 {count} 项</translation>
    </message>
    <message>
        <source>{deg}° N</source>
        <translation>北纬 {deg}°</translation>
    </message>
    <message>
        <source>{deg}° S</source>
        <translation>南纬 {deg}°</translation>
    </message>
    <message>
        <source>{deg}° E</source>
        <translation>东经 {deg}°</translation>
    </message>
    <message>
        <source>{deg}° W</source>
        <translation>西经 {deg}°</translation>
    </message>
    <message>
        <source>serial {number}</source>
        <translation>序列号 {number}</translation>
    </message>
</context>
<context>
    <name>words</name>
    <message>
        <source>location</source>
        <translation>位置</translation>
    </message>
    <message>
        <source>phone/camera</source>
        <translation>手机/相机</translation>
    </message>
    <message>
        <source>your name</source>
        <translation>你的名字</translation>
    </message>
    <message>
        <source>date</source>
        <translation>日期</translation>
    </message>
    <message>
        <source>hidden extra image/video</source>
        <translation>隐藏的额外图片/视频</translation>
    </message>
    <message>
        <source>editing history</source>
        <translation>编辑记录</translation>
    </message>
    <message>
        <source>other hidden data</source>
        <translation>其他隐藏数据</translation>
    </message>
    <message>
        <source>Reveals where it was taken or made</source>
        <translation>会暴露拍摄或创建地点</translation>
    </message>
    <message>
        <source>Identifies your phone or camera</source>
        <translation>能识别出你的手机或相机</translation>
    </message>
    <message>
        <source>Contains a name</source>
        <translation>含有姓名</translation>
    </message>
    <message>
        <source>Tells when it was taken or made</source>
        <translation>显示拍摄或创建的时间</translation>
    </message>
    <message>
        <source>Hides an extra picture, video or file</source>
        <translation>藏有额外的图片、视频或文件</translation>
    </message>
    <message>
        <source>Shows editing history or the apps used</source>
        <translation>显示编辑记录或用过的应用</translation>
    </message>
    <message>
        <source>Other hidden data</source>
        <translation>其他隐藏数据</translation>
    </message>
    <message>
        <source>Location</source>
        <translation>位置</translation>
    </message>
    <message>
        <source>Phone or camera</source>
        <translation>手机或相机</translation>
    </message>
    <message>
        <source>Names</source>
        <translation>姓名</translation>
    </message>
    <message>
        <source>Date and time</source>
        <translation>日期和时间</translation>
    </message>
    <message>
        <source>Hidden extras</source>
        <translation>隐藏的附加内容</translation>
    </message>
    <message>
        <source>Apps and editing</source>
        <translation>应用和编辑记录</translation>
    </message>
    <message>
        <source>Other data</source>
        <translation>其他数据</translation>
    </message>
    <message>
        <source>Cleaned</source>
        <translation>已清理</translation>
    </message>
    <message>
        <source>Nothing to remove</source>
        <translation>无需清理</translation>
    </message>
    <message>
        <source>Not supported</source>
        <translation>不支持此类型</translation>
    </message>
    <message>
        <source>Could not be cleaned</source>
        <translation>无法清理</translation>
    </message>
    <message>
        <source>Cancelled</source>
        <translation>已取消</translation>
    </message>
    <message>
        <source>removed: {what}</source>
        <translation>已删除：{what}</translation>
    </message>
    <message>
        <source>still in the copy: {what}</source>
        <translation>副本中仍有：{what}</translation>
    </message>
    <message>
        <source>This file is damaged or incomplete.</source>
        <translation>此文件已损坏或不完整。</translation>
    </message>
    <message>
        <source>This type of file is not supported yet.</source>
        <translation>暂不支持此类文件。</translation>
    </message>
    <message>
        <source>This file cannot be found or is not a normal file.</source>
        <translation>找不到此文件，或它不是普通文件。</translation>
    </message>
    <message>
        <source>Scrubber cannot clean this file safely (for example it is too large or protected by a password).</source>
        <translation>Scrubber 无法安全地清理此文件（例如文件太大或受密码保护）。</translation>
    </message>
    <message>
        <source>The copy could not be written (is the disk full or the folder read-only?)</source>
        <translation>无法写入副本（磁盘已满，或文件夹是只读的？）</translation>
    </message>
    <message>
        <source>The copy still contained identifying data, so it was deleted.</source>
        <translation>副本中仍有可识别身份的数据，因此已将其删除。</translation>
    </message>
    <message>
        <source>Not done: cleaning was cancelled.</source>
        <translation>未处理：清理已取消。</translation>
    </message>
    <message>
        <source>The areas to cover do not fit this picture, so nothing was written.</source>
        <translation>要遮盖的区域与这张图片不符，因此没有写入任何内容。</translation>
    </message>
    <message>
        <source>Finding faces automatically does not work on this computer.</source>
        <translation>自动查找面部的功能在这台电脑上无法使用。</translation>
    </message>
    <message>
        <source>Photos with areas to cover or a weakened camera fingerprint need a copy: turn off “Replace the originals”.</source>
        <translation>有遮盖区域或需减弱相机指纹的照片需要生成副本：请关闭“替换原始文件”。</translation>
    </message>
    <message>
        <source>This is a link to another file or folder; it was not followed.</source>
        <translation>这是指向其他文件或文件夹的链接；未跟随该链接。</translation>
    </message>
    <message>
        <source>There is not enough memory to clean this file.</source>
        <translation>内存不足，无法清理此文件。</translation>
    </message>
    <message>
        <source>This file made Scrubber&apos;s reader crash (the file may be damaged). It was not cleaned.</source>
        <translation>此文件导致 Scrubber 的读取程序崩溃（文件可能已损坏）。该文件未被清理。</translation>
    </message>
    <message>
        <source>Reading this file took far too long (it may be damaged), so it was stopped. It was not cleaned.</source>
        <translation>读取此文件耗时过长（文件可能已损坏），因此已被停止。该文件未被清理。</translation>
    </message>
    <message>
        <source>Something went wrong in Scrubber with this file. Nothing was written.</source>
        <translation>Scrubber 处理此文件时出错。没有写入任何内容。</translation>
    </message>
</context>
</TS>
