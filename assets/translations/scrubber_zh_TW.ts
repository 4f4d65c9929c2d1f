<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_TW">
<context>
    <name>BatchModel</name>
    <message>
        <source>File</source>
        <translation>檔案</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>類型</translation>
    </message>
    <message>
        <source>What it reveals</source>
        <translation>會洩漏什麼</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>狀態</translation>
    </message>
    <message>
        <source>nothing found</source>
        <translation>未發現</translation>
    </message>
    <message>
        <source>Link: not followed</source>
        <translation>連結：未跟隨</translation>
    </message>
    <message>
        <source>Checking…</source>
        <translation>正在檢查…</translation>
    </message>
    <message>
        <source>Not supported</source>
        <translation>不支援此類型</translation>
    </message>
    <message>
        <source>Could not be read</source>
        <translation>無法讀取</translation>
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
        <translation>就緒；要遮蓋的區域：{count} 處</translation>
    </message>
    <message>
        <source>Ready</source>
        <translation>就緒</translation>
    </message>
</context>
<context>
    <name>ClipEditor</name>
    <message>
        <source>&amp;Time in the clip</source>
        <translation>影片中的時間(&amp;T)</translation>
    </message>
    <message>
        <source>Time in the clip</source>
        <translation>影片中的時間</translation>
    </message>
    <message>
        <source>Frame of the clip</source>
        <translation>影片的一格畫面</translation>
    </message>
    <message>
        <source>From this f&amp;rame</source>
        <translation>從這一格開始(&amp;R)</translation>
    </message>
    <message>
        <source>The selected areas (or all) are covered from this frame on</source>
        <translation>選取的區域（或全部區域）從這一格開始遮蓋</translation>
    </message>
    <message>
        <source>Until t&amp;his frame</source>
        <translation>到這一格為止(&amp;H)</translation>
    </message>
    <message>
        <source>The selected areas (or all) are covered up to this frame</source>
        <translation>選取的區域（或全部區域）遮蓋到這一格為止</translation>
    </message>
    <message>
        <source>Whole cli&amp;p</source>
        <translation>整部影片(&amp;P)</translation>
    </message>
    <message>
        <source>The selected areas (or all) are covered in every frame</source>
        <translation>選取的區域（或全部區域）在每一格畫面中遮蓋</translation>
    </message>
    <message>
        <source>{name} ({start} to {end} s)</source>
        <translation>{name}（{start} 至 {end} 秒）</translation>
    </message>
    <message>
        <source>Areas cover every frame of the clip. Faces move: to cover them in every frame, turn on “Cover the faces found in photos and clips” in the main window.</source>
        <translation>區域會遮蓋影片的每一格畫面。臉會移動：若要在每一格中遮蓋臉部，請在主視窗中開啟「遮蓋相片和影片中找到的臉」。</translation>
    </message>
    <message>
        <source>Face detection is not available ({reason}).</source>
        <translation>無法使用臉部偵測（{reason}）。</translation>
    </message>
    <message>
        <source>Looking for faces…</source>
        <translation>正在尋找臉部…</translation>
    </message>
    <message>
        <source>Faces seen in this frame (dashed outlines): {count}.</source>
        <translation>這一格中看到的臉（虛線框）：{count}。</translation>
    </message>
</context>
<context>
    <name>DetailsPane</name>
    <message>
        <source>Details: {detail}</source>
        <translation>詳細資訊：{detail}</translation>
    </message>
    <message>
        <source>Details of the selected file</source>
        <translation>所選檔案的詳細資訊</translation>
    </message>
    <message>
        <source>File type</source>
        <translation>檔案類型</translation>
    </message>
    <message>
        <source>Before</source>
        <translation>清理前</translation>
    </message>
    <message>
        <source>After</source>
        <translation>清理後</translation>
    </message>
    <message>
        <source>Picture before cleaning</source>
        <translation>清理前的圖片</translation>
    </message>
    <message>
        <source>Picture of the clean copy</source>
        <translation>乾淨副本的圖片</translation>
    </message>
    <message>
        <source>Before: what the file gives away</source>
        <translation>清理前：檔案會洩漏什麼</translation>
    </message>
    <message>
        <source>After: the clean copy</source>
        <translation>清理後：乾淨的副本</translation>
    </message>
    <message>
        <source>Something that could identify you is still in the copy. Do not post it. The list below shows what remains.</source>
        <translation>副本中仍有可能洩漏你身分的資訊。請不要發布它。下面的清單列出了剩下的內容。</translation>
    </message>
    <message>
        <source>Found in the file before cleaning</source>
        <translation>清理前在檔案中找到的內容</translation>
    </message>
    <message>
        <source>The clean copy: what was removed and what remains</source>
        <translation>乾淨的副本：移除了什麼，還剩下什麼</translation>
    </message>
    <message>
        <source>What</source>
        <translation>項目</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>值</translation>
    </message>
    <message>
        <source>Select a file in the list to see what it gives away.</source>
        <translation>在清單中選取一個檔案，看看它會洩漏什麼。</translation>
    </message>
    <message>
        <source>Technical details: every tag and value</source>
        <translation>技術細節：每個標籤及其值</translation>
    </message>
    <message>
        <source>Result</source>
        <translation>結果</translation>
    </message>
    <message>
        <source>Areas to cover</source>
        <translation>要遮蓋的區域</translation>
    </message>
    <message>
        <source>Details of the problem</source>
        <translation>問題的詳細資訊</translation>
    </message>
    <message>
        <source>1 area will be covered</source>
        <translation>將遮蓋 1 處區域</translation>
    </message>
    <message>
        <source>{count} areas will be covered</source>
        <translation>將遮蓋 {count} 處區域</translation>
    </message>
    <message>
        <source>Checking this file…</source>
        <translation>正在檢查這個檔案…</translation>
    </message>
    <message>
        <source>Nothing found that could identify you.</source>
        <translation>沒有找到可能洩漏你身分的資訊。</translation>
    </message>
    <message>
        <source>1 thing found that could identify you.</source>
        <translation>找到 1 項可能洩漏你身分的資訊。</translation>
    </message>
    <message>
        <source>{count} things found that could identify you.</source>
        <translation>找到 {count} 項可能洩漏你身分的資訊。</translation>
    </message>
    <message>
        <source>No clean copy can be made because the file could not be read.</source>
        <translation>檔案無法讀取，所以無法產生乾淨的副本。</translation>
    </message>
    <message>
        <source>Cleaning…</source>
        <translation>正在清理…</translation>
    </message>
    <message>
        <source>Not cleaned yet. Press Clean to make a safe copy.</source>
        <translation>尚未清理。按「清理」產生一份安全的副本。</translation>
    </message>
    <message>
        <source>Saved as: {name}</source>
        <translation>已儲存為：{name}</translation>
    </message>
    <message>
        <source>Faces found and covered: {count}. Check the picture of the copy.</source>
        <translation>已找到並遮蓋的臉：{count}。請檢查副本的圖片。</translation>
    </message>
    <message>
        <source>Checked again: nothing that could identify you was found.</source>
        <translation>已再檢查一次：沒有找到可能洩漏你身分的資訊。</translation>
    </message>
    <message>
        <source>Still in the copy</source>
        <translation>副本中仍有</translation>
    </message>
    <message>
        <source>Removed</source>
        <translation>已移除</translation>
    </message>
    <message>
        <source>still in the copy</source>
        <translation>副本中仍有</translation>
    </message>
    <message>
        <source>removed</source>
        <translation>已移除</translation>
    </message>
    <message>
        <source>removed, not checked</source>
        <translation>已移除，未再檢查</translation>
    </message>
    <message>
        <source>What the clean copy no longer gives away</source>
        <translation>乾淨的副本不再洩漏什麼</translation>
    </message>
    <message>
        <source>will be removed</source>
        <translation>將會移除</translation>
    </message>
    <message>
        <source>not removed</source>
        <translation>未移除</translation>
    </message>
    <message>
        <source>What the file gives away</source>
        <translation>檔案會洩漏什麼</translation>
    </message>
    <message>
        <source>kept</source>
        <translation>已保留</translation>
    </message>
    <message>
        <source>Good to know:</source>
        <translation>小提醒：</translation>
    </message>
    <message>
        <source>which way up the photo is</source>
        <translation>相片的方向</translation>
    </message>
    <message>
        <source>a standard colour profile</source>
        <translation>標準色彩描述檔</translation>
    </message>
    <message>
        <source>harmless technical data</source>
        <translation>無害的技術資料</translation>
    </message>
    <message>
        <source>Hide technical details</source>
        <translation>隱藏技術細節</translation>
    </message>
    <message>
        <source>Show technical details</source>
        <translation>顯示技術細節</translation>
    </message>
    <message>
        <source>Kept: needed to show the photo the right way up</source>
        <translation>已保留：讓相片以正確方向顯示所需</translation>
    </message>
    <message>
        <source>Kept: a standard colour profile, so colours look right</source>
        <translation>已保留：標準色彩描述檔，讓顏色顯示正確</translation>
    </message>
    <message>
        <source>Kept</source>
        <translation>已保留</translation>
    </message>
    <message>
        <source>Loading preview…</source>
        <translation>正在載入預覽…</translation>
    </message>
    <message>
        <source>No preview for this kind of file</source>
        <translation>這類檔案無法預覽</translation>
    </message>
    <message>
        <source>This picture could not be read: the file may be damaged</source>
        <translation>無法讀取這張圖片：檔案可能已損壞</translation>
    </message>
    <message>
        <source>The clean copy will appear here</source>
        <translation>乾淨的副本會顯示在這裡</translation>
    </message>
    <message>
        <source>No copy was made</source>
        <translation>未產生副本</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>Photos and pictures ({patterns})</source>
        <translation>相片和圖片 ({patterns})</translation>
    </message>
    <message>
        <source>Sound recordings ({patterns})</source>
        <translation>錄音 ({patterns})</translation>
    </message>
    <message>
        <source>Videos ({patterns})</source>
        <translation>影片 ({patterns})</translation>
    </message>
    <message>
        <source>Documents ({patterns})</source>
        <translation>文件 ({patterns})</translation>
    </message>
    <message>
        <source>Files Scrubber can clean ({patterns})</source>
        <translation>Scrubber 可以清理的檔案 ({patterns})</translation>
    </message>
    <message>
        <source>All files (*)</source>
        <translation>所有檔案 (*)</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>檔案(&amp;F)</translation>
    </message>
    <message>
        <source>&amp;Language</source>
        <translation>語言(&amp;L)</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>說明(&amp;H)</translation>
    </message>
    <message>
        <source>&amp;Add files…</source>
        <translation>加入檔案(&amp;A)…</translation>
    </message>
    <message>
        <source>Add fold&amp;er…</source>
        <translation>加入資料夾(&amp;D)…</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>結束(&amp;Q)</translation>
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
        <source>Remo&amp;ve from list</source>
        <translation>從清單中移除(&amp;R)</translation>
    </message>
    <message>
        <source>H&amp;ide faces and areas…</source>
        <translation>遮蓋臉部和區域(&amp;I)…</translation>
    </message>
    <message>
        <source>&amp;Why this matters</source>
        <translation>為什麼這很重要(&amp;W)</translation>
    </message>
    <message>
        <source>&amp;About Scrubber</source>
        <translation>關於 Scrubber(&amp;B)</translation>
    </message>
    <message>
        <source>Scrubber: remove hidden data from photos</source>
        <translation>Scrubber：移除相片中的隱藏資料</translation>
    </message>
    <message>
        <source>Add files</source>
        <translation>加入檔案</translation>
    </message>
    <message>
        <source>Add a folder</source>
        <translation>加入資料夾</translation>
    </message>
    <message>
        <source>Why this matters</source>
        <translation>為什麼這很重要</translation>
    </message>
    <message>
        <source>Hide faces and areas</source>
        <translation>遮蓋臉部和區域</translation>
    </message>
    <message>
        <source>Remo&amp;ve</source>
        <translation>移除(&amp;R)</translation>
    </message>
    <message>
        <source>Remove the selected files</source>
        <translation>從清單中移除所選檔案</translation>
    </message>
    <message>
        <source>Clear lis&amp;t</source>
        <translation>清空清單(&amp;E)</translation>
    </message>
    <message>
        <source>Clear the list</source>
        <translation>清空清單</translation>
    </message>
    <message>
        <source>Cover faces, tattoos or anything else in the selected photo or clip (Enter)</source>
        <translation>遮蓋所選相片或影片中的臉、刺青或其他任何東西 (Enter)</translation>
    </message>
    <message>
        <source>or drop photos and folders onto the list below.</source>
        <translation>或把相片和資料夾拖放到下面的清單中。</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>語言</translation>
    </message>
    <message>
        <source>Files to clean</source>
        <translation>要清理的檔案</translation>
    </message>
    <message>
        <source>Drop photos or folders here.

Scrubber shows what each file gives away about you, then writes clean copies. Your originals are not changed.</source>
        <translation>把相片或資料夾拖放到這裡。

Scrubber 會顯示每個檔案會洩漏你的哪些資訊，然後儲存乾淨的副本。原始檔案不會被更改。</translation>
    </message>
    <message>
        <source>Stopping: files being cleaned now are left as they were…</source>
        <translation>正在停止：正在清理的檔案會保持原樣…</translation>
    </message>
    <message>
        <source>Details of the selected file</source>
        <translation>所選檔案的詳細資訊</translation>
    </message>
    <message>
        <source>Language:</source>
        <translation>語言：</translation>
    </message>
    <message>
        <source>Add files to clean</source>
        <translation>加入要清理的檔案</translation>
    </message>
    <message>
        <source>Add a folder to clean</source>
        <translation>加入要清理的資料夾</translation>
    </message>
    <message>
        <source>About Scrubber</source>
        <translation>關於 Scrubber</translation>
    </message>
    <message>
        <source>Scrubber {version}

Removes hidden data from photos. Works offline: nothing is ever sent anywhere, and no list of your files is kept.</source>
        <translation>Scrubber {version}

移除相片中的隱藏資料。完全離線運作：不會傳送任何東西到任何地方，也不會保存你的檔案清單。</translation>
    </message>
    <message>
        <source>Replace the original files?</source>
        <translation>要取代原始檔案嗎？</translation>
    </message>
    <message>
        <source>Your original files will be overwritten with the cleaned versions. This cannot be undone: the originals, with everything they contain, will be gone.

Photos with areas to cover still need a copy.

Replace the originals?</source>
        <translation>原始檔案將被清理後的版本覆蓋。這個動作無法復原：原始檔案及其中的所有內容都會消失。

有遮蓋區域的相片仍需要另存副本。

要取代原始檔案嗎？</translation>
    </message>
    <message>
        <source>Choose where to save the clean copies</source>
        <translation>選擇乾淨副本的儲存位置</translation>
    </message>
    <message>
        <source>Every file in the list has been cleaned already.</source>
        <translation>清單中的所有檔案都已經清理過了。</translation>
    </message>
    <message>
        <source>Cannot create the output folder</source>
        <translation>無法建立儲存資料夾</translation>
    </message>
    <message>
        <source>The clean copies cannot be saved there ({reason}). Choose another folder with “Choose…”.</source>
        <translation>無法將乾淨的副本儲存在那裡（{reason}）。請用「選擇…」換一個資料夾。</translation>
    </message>
    <message>
        <source>Cleaning…</source>
        <translation>正在清理…</translation>
    </message>
</context>
<context>
    <name>OptionsBox</name>
    <message>
        <source>Options</source>
        <translation>選項</translation>
    </message>
    <message>
        <source>({count} on)</source>
        <translation>（已開啟 {count} 項）</translation>
    </message>
    <message>
        <source>&amp;More options</source>
        <translation>更多選項(&amp;M)</translation>
    </message>
    <message>
        <source>More options</source>
        <translation>更多選項</translation>
    </message>
    <message>
        <source>Show or hide the options for the copies</source>
        <translation>顯示或隱藏副本的選項</translation>
    </message>
    <message>
        <source>&amp;Give the copies random file names</source>
        <translation>為副本使用隨機檔名(&amp;G)</translation>
    </message>
    <message>
        <source>File names from phones often contain the date and time the photo was taken.</source>
        <translation>手機產生的檔名常常包含拍攝的日期和時間。</translation>
    </message>
    <message>
        <source>&amp;Keep file names that show the date or the phone</source>
        <translation>保留會顯示日期或手機的檔名(&amp;K)</translation>
    </message>
    <message>
        <source>Off: a copy of a file named like IMG_20240611_143207.jpg gets a name like photo-1f0c9a2e.jpg instead, so its name does not show when it was taken or with which phone.</source>
        <translation>關閉時：名為 IMG_20240611_143207.jpg 這類檔案的副本會改用 photo-1f0c9a2e.jpg 這樣的名稱，檔名就不會顯示拍攝時間或用哪支手機拍的。</translation>
    </message>
    <message>
        <source>Convert HEIC photos to &amp;JPEG</source>
        <translation>將 HEIC 相片轉換為 JPEG(&amp;J)</translation>
    </message>
    <message>
        <source>Remove colour &amp;profiles (colours may shift slightly)</source>
        <translation>移除色彩描述檔(&amp;P)（顏色可能會稍微改變）</translation>
    </message>
    <message>
        <source>T&amp;urn PDF pages into pictures (strongest; text can no longer be selected)</source>
        <translation>把 PDF 頁面變成圖片(&amp;V)（最安全；文字將無法再選取）</translation>
    </message>
    <message>
        <source>Removes everything hidden in a PDF&apos;s text and drawings too. The copy is larger and its text cannot be searched or copied.</source>
        <translation>也會移除 PDF 文字和圖形中隱藏的一切。副本會比較大，其中的文字無法再搜尋或複製。</translation>
    </message>
    <message>
        <source>Cover the faces found in photos and clips (check each cop&amp;y)</source>
        <translation>遮蓋相片和影片中找到的臉（請檢查每份副本）(&amp;Y)</translation>
    </message>
    <message>
        <source>Faces found automatically are covered in black in the copies. Detection can miss faces: look at each copy&apos;s picture in the details.</source>
        <translation>自動找到的臉會在副本中塗黑。偵測可能會漏掉一些臉：請在詳細資訊中查看每份副本的圖片。</translation>
    </message>
    <message>
        <source>&amp;Quick face search (misses small faces)</source>
        <translation>快速尋找臉部（會漏掉小的臉）(&amp;Q)</translation>
    </message>
    <message>
        <source>Faster, but faces smaller than about 60 pixels in a large photo are not found. Used here and in Hide faces and areas.</source>
        <translation>比較快，但大張相片中小於約 60 像素的臉不會被找到。用於這裡以及「遮蓋臉部和區域」。</translation>
    </message>
    <message>
        <source>Remove hidden slides, sheets and te&amp;xt, and speaker notes, from documents</source>
        <translation>移除文件中隱藏的投影片、工作表和文字，以及演講者備忘稿(&amp;X)</translation>
    </message>
    <message>
        <source>Documents can hold slides, sheets and text that are not shown, and notes only the speaker sees. Without this they are kept, and the summary says where they are.</source>
        <translation>文件可能包含不會顯示的投影片、工作表和文字，以及只有演講者看得到的備忘稿。不勾選時會保留這些內容，摘要會說明它們在哪裡。</translation>
    </message>
    <message>
        <source>Weaken the camera fingerprint in photos (saved again, a &amp;bit smaller)</source>
        <translation>減弱相片中的相機指紋（重新儲存，稍微縮小）(&amp;Z)</translation>
    </message>
    <message>
        <source>Every camera leaves a faint pattern in its photos that can link them to each other. This softens each photo slightly and makes it 3% smaller: the pattern gets weaker, but it is not removed. Photos are saved again instead of copied unchanged.</source>
        <translation>每台相機都會在相片中留下微弱的圖案，可以把這些相片連結在一起。這個選項會讓每張相片稍微柔化並縮小 3%：圖案會變弱，但不會消失。相片會重新儲存，而不是原封不動地複製。</translation>
    </message>
    <message>
        <source>&amp;Replace the originals (no copies; cannot be undone)</source>
        <translation>取代原始檔案(&amp;T)（不保留副本，無法復原）</translation>
    </message>
</context>
<context>
    <name>OutputBox</name>
    <message>
        <source>Save clean copies in:</source>
        <translation>乾淨副本的儲存位置：</translation>
    </message>
    <message>
        <source>Output folder</source>
        <translation>儲存資料夾</translation>
    </message>
    <message>
        <source>Choo&amp;se…</source>
        <translation>選擇(&amp;S)…</translation>
    </message>
    <message>
        <source>Choose the output folder</source>
        <translation>選擇儲存資料夾</translation>
    </message>
    <message>
        <source>Use &amp;default</source>
        <translation>使用預設值(&amp;U)</translation>
    </message>
    <message>
        <source>Use the default output folder</source>
        <translation>使用預設的儲存資料夾</translation>
    </message>
    <message>
        <source>The original files will be replaced.</source>
        <translation>原始檔案將被取代。</translation>
    </message>
    <message>
        <source>The folder “{name}” next to the originals, with the copies made so far.</source>
        <translation>原始檔案旁的「{name}」資料夾，裡面有目前已產生的副本。</translation>
    </message>
    <message>
        <source>A new folder next to the originals, named “{name}”.</source>
        <translation>在原始檔案旁新建的資料夾，名稱為「{name}」。</translation>
    </message>
</context>
<context>
    <name>QAbstractFileIconProvider</name>
    <message>
        <source>Drive</source>
        <translation>磁碟機</translation>
    </message>
    <message>
        <source>Folder</source>
        <translation>資料夾</translation>
    </message>
</context>
<context>
    <name>QFileDialog</name>
    <message>
        <source>%1
Directory not found.
Please verify the correct directory name was given.</source>
        <translation>%1
找不到目錄。
請檢查提供的目錄名稱是否正確。</translation>
    </message>
    <message>
        <source>%1
File not found.
Please verify the correct file name was given.</source>
        <translation>%1
找不到檔案。
請檢查提供的檔名是否正確。</translation>
    </message>
    <message>
        <source>&amp;Choose</source>
        <translation>選擇(&amp;C)</translation>
    </message>
    <message>
        <source>&amp;Delete</source>
        <translation>刪除(&amp;D)</translation>
    </message>
    <message>
        <source>&amp;Look in:</source>
        <translation>查詢位置(&amp;L):</translation>
    </message>
    <message>
        <source>&amp;New Folder</source>
        <translation>新增資料夾(&amp;N)</translation>
    </message>
    <message>
        <source>&amp;Open</source>
        <translation>開啟(&amp;O)</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>開啟</translation>
    </message>
    <message>
        <source>&amp;Rename</source>
        <translation>重新命名(&amp;R)</translation>
    </message>
    <message>
        <source>All Files (*)</source>
        <translation>所有檔案 (*)</translation>
    </message>
    <message>
        <source>Are you sure you want to delete &apos;%1&apos;?</source>
        <translation>確定刪除「%1」？</translation>
    </message>
    <message>
        <source>Back</source>
        <translation>返回</translation>
    </message>
    <message>
        <source>Change to detail view mode</source>
        <translation>切換到詳細檢視模式</translation>
    </message>
    <message>
        <source>Change to list view mode</source>
        <translation>切換到列表檢視模式</translation>
    </message>
    <message>
        <source>Create New Folder</source>
        <translation>建立新資料夾</translation>
    </message>
    <message>
        <source>Create a New Folder</source>
        <translation>建立新資料夾</translation>
    </message>
    <message>
        <source>Detail View</source>
        <translation>詳細檢視</translation>
    </message>
    <message>
        <source>Directories</source>
        <translation>資料夾</translation>
    </message>
    <message>
        <source>Directory:</source>
        <translation>目錄：</translation>
    </message>
    <message>
        <source>File &amp;name:</source>
        <translation>檔名(&amp;N)：</translation>
    </message>
    <message>
        <source>Files</source>
        <translation>檔案</translation>
    </message>
    <message>
        <source>Files of &amp;type:</source>
        <translation>檔案類型(&amp;T):</translation>
    </message>
    <message>
        <source>Forward</source>
        <translation>往前</translation>
    </message>
    <message>
        <source>Go back</source>
        <translation>返回</translation>
    </message>
    <message>
        <source>Go forward</source>
        <translation>往前</translation>
    </message>
    <message>
        <source>Go to the parent directory</source>
        <translation>前往父目錄</translation>
    </message>
    <message>
        <source>List View</source>
        <translation>列表檢視</translation>
    </message>
    <message>
        <source>List of places and bookmarks</source>
        <translation>位置與書籤列表</translation>
    </message>
    <message>
        <source>Parent Directory</source>
        <translation>父目錄</translation>
    </message>
    <message>
        <source>Show &amp;hidden files</source>
        <translation>顯示隱藏檔案(&amp;H)</translation>
    </message>
    <message>
        <source>Show </source>
        <translation>顯示 </translation>
    </message>
    <message>
        <source>Sidebar</source>
        <translation>側邊欄</translation>
    </message>
</context>
<context>
    <name>QFileSystemModel</name>
    <message>
        <source>Computer</source>
        <translation>電腦</translation>
    </message>
    <message>
        <source>Date Modified</source>
        <translation>修改日期</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>名稱</translation>
    </message>
    <message>
        <source>Size</source>
        <translation>大小</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>型態</translation>
    </message>
</context>
<context>
    <name>QLineEdit</name>
    <message>
        <source>&amp;Copy</source>
        <translation>複製(&amp;C)</translation>
    </message>
    <message>
        <source>&amp;Paste</source>
        <translation>貼上(&amp;P)</translation>
    </message>
    <message>
        <source>&amp;Redo</source>
        <translation>重做(&amp;R)</translation>
    </message>
    <message>
        <source>&amp;Undo</source>
        <translation>復原(&amp;U)</translation>
    </message>
    <message>
        <source>Cu&amp;t</source>
        <translation>剪下(&amp;T)</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>刪除</translation>
    </message>
    <message>
        <source>Select All</source>
        <translation>全部選擇</translation>
    </message>
</context>
<context>
    <name>QMessageBox</name>
    <message>
        <source>Show Details...</source>
        <translation>顯示詳情...</translation>
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
        <translation>關閉</translation>
    </message>
    <message>
        <source>OK</source>
        <translation>確定</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>開啟</translation>
    </message>
</context>
<context>
    <name>RedactionEditor</name>
    <message>
        <source>Press Esc again to close without your changes, or Enter to use them.</source>
        <translation>再按一次 Esc 會不保留變更並關閉，按 Enter 則使用這些變更。</translation>
    </message>
    <message>
        <source>Hide faces and areas — {name}</source>
        <translation>遮蓋臉部和區域 — {name}</translation>
    </message>
    <message>
        <source>Select and move</source>
        <translation>選取和移動</translation>
    </message>
    <message>
        <source>Rectangle</source>
        <translation>矩形</translation>
    </message>
    <message>
        <source>Ellipse</source>
        <translation>橢圓</translation>
    </message>
    <message>
        <source>Brush</source>
        <translation>筆刷</translation>
    </message>
    <message>
        <source>Add area</source>
        <translation>新增區域</translation>
    </message>
    <message>
        <source>Add an area in the middle of the view, to move with the arrow keys (N)</source>
        <translation>在畫面中央新增一個區域，可以用方向鍵移動 (N)</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>刪除</translation>
    </message>
    <message>
        <source>Del</source>
        <translation>Del</translation>
    </message>
    <message>
        <source>Undo</source>
        <translation>復原</translation>
    </message>
    <message>
        <source>Redo</source>
        <translation>重做</translation>
    </message>
    <message>
        <source>Zoom out</source>
        <translation>縮小</translation>
    </message>
    <message>
        <source>Zoom in</source>
        <translation>放大</translation>
    </message>
    <message>
        <source>Fit</source>
        <translation>符合視窗</translation>
    </message>
    <message>
        <source>Preview</source>
        <translation>預覽</translation>
    </message>
    <message>
        <source>Show exactly what will be written (P)</source>
        <translation>準確顯示將要儲存的樣子 (P)</translation>
    </message>
    <message>
        <source>Brush &amp;width</source>
        <translation>筆刷粗細(&amp;W)</translation>
    </message>
    <message>
        <source>Brush width</source>
        <translation>筆刷粗細</translation>
    </message>
    <message>
        <source>Drawing tools</source>
        <translation>繪圖工具</translation>
    </message>
    <message>
        <source>Undo, zoom and preview</source>
        <translation>復原、縮放和預覽</translation>
    </message>
    <message>
        <source>Photo</source>
        <translation>相片</translation>
    </message>
    <message>
        <source>Draw areas to cover with the mouse or the keyboard. Ctrl and the mouse wheel zoom; hold Space to pan.</source>
        <translation>用滑鼠或鍵盤畫出要遮蓋的區域。按住 Ctrl 並轉動滑鼠滾輪可以縮放；按住空白鍵可以移動畫面。</translation>
    </message>
    <message>
        <source>&amp;Areas to cover (untick to leave uncovered)</source>
        <translation>要遮蓋的區域(&amp;A)（取消勾選就不遮蓋）</translation>
    </message>
    <message>
        <source>Areas to cover</source>
        <translation>要遮蓋的區域</translation>
    </message>
    <message>
        <source>Automatic detection can miss faces — check every face yourself, including faces in mirrors, pictures and screens.</source>
        <translation>自動偵測可能會漏掉一些臉——請自己檢查每一張臉，包括鏡子、照片和螢幕裡的臉。</translation>
    </message>
    <message>
        <source>Find &amp;small faces</source>
        <translation>尋找小的臉(&amp;S)</translation>
    </message>
    <message>
        <source>Find small faces</source>
        <translation>尋找小的臉</translation>
    </message>
    <message>
        <source>Look again for small faces, for group photos (slower)</source>
        <translation>再找一次小的臉，適合團體照（比較慢）</translation>
    </message>
    <message>
        <source>How to cover</source>
        <translation>遮蓋方式</translation>
    </message>
    <message>
        <source>Solid &amp;fill (safest)</source>
        <translation>純色填滿(&amp;F)（最安全）</translation>
    </message>
    <message>
        <source>Strong &amp;mosaic</source>
        <translation>粗馬賽克(&amp;M)</translation>
    </message>
    <message>
        <source>B&amp;lur (wiped first; a few average colours stay)</source>
        <translation>模糊(&amp;L)（先抹除該區域；只留下幾種平均色彩）</translation>
    </message>
    <message>
        <source>Fill &amp;colour…</source>
        <translation>填滿顏色(&amp;C)…</translation>
    </message>
    <message>
        <source>Fill colour</source>
        <translation>填滿顏色</translation>
    </message>
    <message>
        <source>&amp;Use these areas</source>
        <translation>使用這些區域(&amp;U)</translation>
    </message>
    <message>
        <source>Use these areas</source>
        <translation>使用這些區域</translation>
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
        <translation>鍵盤：N 新增區域，方向鍵移動區域（按住 Shift 移得更遠），Ctrl+方向鍵調整大小，[ 和 ] 選取其他區域，Del 鍵刪除區域。</translation>
    </message>
    <message>
        <source>Face {n} (found automatically)</source>
        <translation>臉 {n}（自動找到）</translation>
    </message>
    <message>
        <source>Rectangle {n}</source>
        <translation>矩形 {n}</translation>
    </message>
    <message>
        <source>Ellipse {n}</source>
        <translation>橢圓 {n}</translation>
    </message>
    <message>
        <source>Brush stroke {n}</source>
        <translation>筆刷筆畫 {n}</translation>
    </message>
    <message>
        <source>Shape {n}</source>
        <translation>形狀 {n}</translation>
    </message>
    <message>
        <source>Loading…</source>
        <translation>正在載入…</translation>
    </message>
    <message>
        <source>Making the preview…</source>
        <translation>正在產生預覽…</translation>
    </message>
    <message>
        <source>Preview: this is what will be written.</source>
        <translation>預覽：儲存後就是這個樣子。</translation>
    </message>
    <message>
        <source>Draw over anything that could identify you: faces, tattoos, marks.</source>
        <translation>塗蓋所有可能洩漏你身分的東西：臉、刺青、胎記和疤痕。</translation>
    </message>
    <message>
        <source>Looking for faces…</source>
        <translation>正在尋找臉部…</translation>
    </message>
    <message>
        <source>Looking for small faces… this takes longer.</source>
        <translation>正在尋找小的臉…這需要比較久。</translation>
    </message>
    <message>
        <source>Face detection is not available ({reason}). Mark faces yourself.</source>
        <translation>無法使用臉部偵測（{reason}）。請自己標出臉部。</translation>
    </message>
    <message>
        <source>No faces were found automatically.</source>
        <translation>沒有自動找到任何臉。</translation>
    </message>
    <message>
        <source>Faces found automatically: {count}.</source>
        <translation>自動找到的臉：{count} 張。</translation>
    </message>
    <message>
        <source>its files are missing or damaged</source>
        <translation>它的檔案遺失或已損壞</translation>
    </message>
    <message>
        <source>There is not enough memory to open this photo.</source>
        <translation>記憶體不足，無法開啟這張相片。</translation>
    </message>
    <message>
        <source>The photo could not be opened.</source>
        <translation>無法開啟這張相片。</translation>
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
        <translation>清理清單中的所有檔案</translation>
    </message>
    <message>
        <source>&amp;Open output folder</source>
        <translation>開啟儲存資料夾(&amp;O)</translation>
    </message>
    <message>
        <source>Open output folder</source>
        <translation>開啟儲存資料夾</translation>
    </message>
    <message>
        <source>Write clean copies of all files (Ctrl+Enter)</source>
        <translation>為所有檔案儲存乾淨的副本 (Ctrl+Enter)</translation>
    </message>
    <message>
        <source>Stop now; files not finished are left as they were (Esc)</source>
        <translation>立即停止；未完成的檔案會保持原樣 (Esc)</translation>
    </message>
    <message>
        <source>Cleaning progress</source>
        <translation>清理進度</translation>
    </message>
    <message>
        <source>%v of %m files</source>
        <translation>%v / %m 個檔案</translation>
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
        <translation>為什麼這很重要</translation>
    </message>
    <message>
        <source>Safety guide</source>
        <translation>安全指南</translation>
    </message>
    <message>
        <source>&amp;Close</source>
        <translation>關閉(&amp;C)</translation>
    </message>
    <message>
        <source>Close the safety guide</source>
        <translation>關閉安全指南</translation>
    </message>
    <message>
        <source>What your photos and files can give away</source>
        <translation>你的相片和檔案可能洩漏什麼</translation>
    </message>
    <message>
        <source>Photos from phones and cameras carry hidden details. Anyone who gets the file can read them:</source>
        <translation>手機和相機拍的相片帶有隱藏的資訊。任何拿到檔案的人都能讀取：</translation>
    </message>
    <message>
        <source>Where the photo was taken, often to within a few metres.</source>
        <translation>相片的拍攝地點，常常精確到幾公尺內。</translation>
    </message>
    <message>
        <source>Which phone or camera took it, sometimes with its serial number.</source>
        <translation>用哪支手機或哪台相機拍的，有時還包括它的序號。</translation>
    </message>
    <message>
        <source>Your name, if it is set in the phone, camera or editing app.</source>
        <translation>你的名字，如果手機、相機或修圖應用程式裡有設定的話。</translation>
    </message>
    <message>
        <source>The date and time it was taken.</source>
        <translation>拍攝的日期和時間。</translation>
    </message>
    <message>
        <source>A hidden small copy of the original photo. It can show what you cropped out or covered.</source>
        <translation>原始相片的一份隱藏小副本。它可能會顯示你裁掉或遮住的內容。</translation>
    </message>
    <message>
        <source>Scrubber removes these details from a copy of the file. Your original stays as it is, unless you choose to replace it.</source>
        <translation>Scrubber 會從檔案的副本中移除這些資訊。原始檔案保持不變，除非你選擇取代它。</translation>
    </message>
    <message>
        <source>Documents such as PDF and Word files can hold the author&apos;s name, the computer&apos;s name and the editing history. Videos and voice recordings can hold the place and the device.</source>
        <translation>PDF 和 Word 等文件可能包含作者姓名、電腦名稱和編輯紀錄。影片和錄音可能包含地點和裝置資訊。</translation>
    </message>
    <message>
        <source>If Scrubber says a file is not supported or could not be cleaned, do not share that file as it is.</source>
        <translation>如果 Scrubber 顯示某個檔案不支援或無法清理，請不要原封不動地分享這個檔案。</translation>
    </message>
    <message>
        <source>Blur in other apps can be undone</source>
        <translation>其他應用程式做的模糊可以被還原</translation>
    </message>
    <message>
        <source>Blur and small pixelation made by other apps can be undone by software. Scrubber&apos;s blur and mosaic wipe the area first, but they still show its average colours.</source>
        <translation>其他應用程式做的模糊和細小的像素化，都可以用軟體還原。Scrubber 的模糊和馬賽克會先抹除該區域，但仍會顯示它的平均色彩。</translation>
    </message>
    <message>
        <source>To hide a face, a tattoo or anything else, use solid fill. Cover a little more than you think you need.</source>
        <translation>要隱藏臉、刺青或其他任何東西，請使用純色填滿。遮蓋的範圍要比你覺得需要的再大一點。</translation>
    </message>
    <message>
        <source>Your photos can be matched</source>
        <translation>你的相片可能被比對出來</translation>
    </message>
    <message>
        <source>Reverse image search finds other places where the same photo, or one like it, is online.</source>
        <translation>以圖搜圖可以找到網路上其他出現同一張相片或相似相片的地方。</translation>
    </message>
    <message>
        <source>Face recognition exists and is easy to use. A face, a tattoo or a room that people can recognise can link your ad photos to your personal accounts.</source>
        <translation>人臉辨識確實存在，而且很容易使用。一張臉、一個刺青或一個認得出來的房間，都可能把你的廣告相片和你的個人帳號連結起來。</translation>
    </message>
    <message>
        <source>Search for your own ad photos now and then, with a reverse image search and a face search. Then you see where they turn up.</source>
        <translation>不時用以圖搜圖和人臉搜尋找找你自己的廣告相片，看看它們出現在哪裡。</translation>
    </message>
    <message>
        <source>Tattoos, birthmarks, jewellery, nails, bedding and furniture can link your ads to each other. Cover them or change them.</source>
        <translation>刺青、胎記、首飾、指甲、寢具和家具都可能把你的不同廣告連結起來。請遮住或換掉它們。</translation>
    </message>
    <message>
        <source>Each camera leaves a faint pattern in its photos that can link them to each other. The option “Weaken the camera fingerprint” makes it weaker, but does not remove it.</source>
        <translation>每台相機都會在相片中留下微弱的圖案，可以把這些相片連結在一起。「減弱相片中的相機指紋」選項會讓它變弱，但不會移除。</translation>
    </message>
    <message>
        <source>Tips from sex workers&apos; digital safety advice</source>
        <translation>來自性工作者數位安全建議的提醒</translation>
    </message>
    <message>
        <source>Keep work and personal life apart. Use a separate phone, email and accounts for work if you can.</source>
        <translation>把工作和個人生活分開。可以的話，工作時使用另外的手機、電子郵件和帳號。</translation>
    </message>
    <message>
        <source>Take ad photos with a different phone or camera. If you cannot, turn off location, Live Photos and Motion Photos in the camera before you take them.</source>
        <translation>用另一支手機或相機拍廣告相片。如果做不到，拍攝前請在相機中關閉定位、原況照片和動態相片。</translation>
    </message>
    <message>
        <source>Never use photos from your personal social media in ads, not even old ones.</source>
        <translation>絕對不要在廣告中使用你個人社群媒體上的相片，舊相片也不行。</translation>
    </message>
    <message>
        <source>Cloud backups and shared albums keep your originals, with the place they were taken, and sort them by face. Keep work photos out of them.</source>
        <translation>雲端備份和共享相簿會保存你的原始相片，包括拍攝地點，還會依人臉分類。不要把工作相片放進去。</translation>
    </message>
    <message>
        <source>Clean last: after cropping and editing in other apps. Editing apps can add hidden data again.</source>
        <translation>最後再清理：在其他應用程式中裁切和編輯之後。編輯應用程式可能會重新加入隱藏資料。</translation>
    </message>
    <message>
        <source>Screenshots can show your name, your number and your notifications. Check them before you share them.</source>
        <translation>螢幕截圖可能會顯示你的名字、電話號碼和通知。分享前請先檢查。</translation>
    </message>
    <message>
        <source>Check the background: letters, papers, photos on the wall, anything with a name or address.</source>
        <translation>檢查背景：信件、紙張、牆上的照片，以及任何寫有姓名或地址的東西。</translation>
    </message>
    <message>
        <source>Check mirrors and reflections: sunglasses, windows, screens and shiny surfaces.</source>
        <translation>檢查鏡子和倒影：太陽眼鏡、窗戶、螢幕和會反光的表面。</translation>
    </message>
    <message>
        <source>Check what can be seen through windows. Streets, signs and buildings can show where you are.</source>
        <translation>檢查窗外看得到什麼。街道、招牌和建築物都可能洩漏你在哪裡。</translation>
    </message>
    <message>
        <source>Do not post the same photo on your personal and your work accounts.</source>
        <translation>不要在個人帳號和工作帳號上發布同一張相片。</translation>
    </message>
    <message>
        <source>Sending a photo “as a file” or by email keeps its hidden data. Send only the clean copy.</source>
        <translation>用「檔案」形式或電子郵件傳送相片，會保留其中的隱藏資料。只傳送乾淨的副本。</translation>
    </message>
    <message>
        <source>When you are done, delete the originals from Downloads and from shared folders.</source>
        <translation>用完後，從「下載」資料夾和共享資料夾中刪除原始檔案。</translation>
    </message>
    <message>
        <source>Before you post, open the clean copy and check it again.</source>
        <translation>發布之前，打開乾淨的副本再檢查一次。</translation>
    </message>
    <message>
        <source>What your computer may still keep</source>
        <translation>你的電腦可能還留著什麼</translation>
    </message>
    <message>
        <source>Scrubber keeps no list of the files you open, but your computer may:</source>
        <translation>Scrubber 不會保存你開啟過的檔案清單，但你的電腦可能會保存：</translation>
    </message>
    <message>
        <source>small previews (thumbnails) made by the file manager or photo viewer;</source>
        <translation>檔案總管或看圖軟體產生的小預覽圖（縮圖）；</translation>
    </message>
    <message>
        <source>lists of recent files in other apps;</source>
        <translation>其他應用程式中的最近使用檔案清單；</translation>
    </message>
    <message>
        <source>the originals in Downloads, in the trash and in cloud backups.</source>
        <translation>「下載」資料夾、垃圾桶和雲端備份中的原始檔案。</translation>
    </message>
    <message>
        <source>To clear them:</source>
        <translation>清除方法：</translation>
    </message>
    <message>
        <source>Empty the trash.</source>
        <translation>清空垃圾桶。</translation>
    </message>
    <message>
        <source>Clear the recent files in your file manager.</source>
        <translation>清除檔案總管中的最近使用檔案。</translation>
    </message>
    <message>
        <source>Delete the thumbnail cache. Linux: the .cache/thumbnails folder in your home folder. Windows: Disk Cleanup, then Thumbnails. macOS: restart the Mac.</source>
        <translation>刪除縮圖快取。Linux：家目錄中的 .cache/thumbnails 資料夾。Windows：「磁碟清理」，然後選「縮圖」。macOS：重新啟動 Mac。</translation>
    </message>
    <message>
        <source>Scrubber works offline</source>
        <translation>Scrubber 離線運作</translation>
    </message>
    <message>
        <source>Scrubber never connects to the internet. Your files stay on this computer.</source>
        <translation>Scrubber 從不連上網路。你的檔案只會留在這台電腦上。</translation>
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
        <translation>已清理 {n} 個檔案。</translation>
    </message>
    <message>
        <source>{n} had nothing to remove.</source>
        <translation>{n} 個檔案沒有需要移除的內容。</translation>
    </message>
    <message>
        <source>{n} could not be cleaned.</source>
        <translation>{n} 個檔案無法清理。</translation>
    </message>
    <message>
        <source>{n} not done (cancelled).</source>
        <translation>{n} 個檔案未處理（已取消）。</translation>
    </message>
    <message>
        <source>Nothing was cleaned.</source>
        <translation>沒有清理任何檔案。</translation>
    </message>
    <message>
        <source>Clean copies are in: {folder}</source>
        <translation>乾淨的副本儲存在：{folder}</translation>
    </message>
    <message>
        <source>{name}: {reason}</source>
        <translation>{name}：{reason}</translation>
    </message>
    <message>
        <source>…and {n} more: see the list.</source>
        <translation>……還有 {n} 個：請查看清單。</translation>
    </message>
</context>
<context>
    <name>messages</name>
    <message>
        <source>{metres} m above sea level</source>
        <translation>海拔 {metres} 公尺</translation>
    </message>
    <message>
        <source>{metres} m below sea level</source>
        <translation>低於海平面 {metres} 公尺</translation>
    </message>
    <message>
        <source>{count} bytes of data</source>
        <translation>{count} 位元組的資料</translation>
    </message>
    <message>
        <source>The file name shows when it was taken: {shown}</source>
        <translation>檔名顯示了拍攝時間：{shown}</translation>
    </message>
    <message>
        <source>The file name shows the phone or camera that made it: {shown}</source>
        <translation>檔名顯示了產生這個檔案的手機或相機：{shown}</translation>
    </message>
    <message>
        <source>The file name shows the app that made it: {apps}</source>
        <translation>檔名顯示了產生這個檔案的應用程式：{apps}</translation>
    </message>
    <message>
        <source>{finding} (the name was kept)</source>
        <translation>{finding}（檔名已保留）</translation>
    </message>
    <message>
        <source>The file cannot be found. Was it moved or deleted?</source>
        <translation>找不到這個檔案。它是不是被移動或刪除了？</translation>
    </message>
    <message>
        <source>This is not a normal file (it is a folder, a device or a pipe).</source>
        <translation>這不是一般檔案（它是資料夾、裝置或管道）。</translation>
    </message>
    <message>
        <source>This is a folder, not a file.</source>
        <translation>這是資料夾，不是檔案。</translation>
    </message>
    <message>
        <source>The file is empty.</source>
        <translation>這個檔案是空的。</translation>
    </message>
    <message>
        <source>The file cannot be read: {reason}</source>
        <translation>無法讀取檔案：{reason}</translation>
    </message>
    <message>
        <source>The file name says {format}, but the file cannot be read as {format}.</source>
        <translation>檔名顯示是 {format}，但無法以 {format} 格式讀取這個檔案。</translation>
    </message>
    <message>
        <source>This type of file is not supported, so it was not cleaned.</source>
        <translation>不支援這類檔案，所以沒有清理。</translation>
    </message>
    <message>
        <source>This is a link; it was not followed.</source>
        <translation>這是一個連結；未跟隨這個連結。</translation>
    </message>
    <message>
        <source>This file could not be read ({kind}).</source>
        <translation>無法讀取這個檔案（{kind}）。</translation>
    </message>
    <message>
        <source>It holds documents inside documents, too many levels deep.</source>
        <translation>它的文件裡又包含文件，層數太多。</translation>
    </message>
    <message>
        <source>There is not enough memory to read this file.</source>
        <translation>記憶體不足，無法讀取這個檔案。</translation>
    </message>
    <message>
        <source>There is not enough memory.</source>
        <translation>記憶體不足。</translation>
    </message>
    <message>
        <source>A file could not be read or written: {reason}</source>
        <translation>無法讀取或寫入某個檔案：{reason}</translation>
    </message>
    <message>
        <source>Unexpected error ({kind}). Nothing was written.</source>
        <translation>發生意外錯誤（{kind}）。沒有寫入任何內容。</translation>
    </message>
    <message>
        <source>The copy would replace the original. Choose another name or folder.</source>
        <translation>副本會取代原始檔案。請選擇其他名稱或資料夾。</translation>
    </message>
    <message>
        <source>Replacing the original cannot change the file type. Save copies in a folder instead.</source>
        <translation>取代原始檔案時無法變更檔案類型。請改為將副本儲存到資料夾中。</translation>
    </message>
    <message>
        <source>This file is a link. Save copies in a folder instead.</source>
        <translation>這個檔案是連結。請改為將副本儲存到資料夾中。</translation>
    </message>
    <message>
        <source>The clean copy could not be checked again, so it was deleted: {reason}</source>
        <translation>無法再次檢查乾淨的副本，因此已將它刪除：{reason}</translation>
    </message>
    <message>
        <source>The clean copy still held data ({left}), so it was deleted.</source>
        <translation>乾淨的副本中仍有資料（{left}），因此已將它刪除。</translation>
    </message>
    <message>
        <source>The folder for the copies cannot be created: {reason}</source>
        <translation>無法建立存放副本的資料夾：{reason}</translation>
    </message>
    <message>
        <source>Nothing can be saved in the folder for the copies: {reason}</source>
        <translation>無法在存放副本的資料夾中儲存任何內容：{reason}</translation>
    </message>
    <message>
        <source>The copy could not be finished: {reason}</source>
        <translation>無法完成副本：{reason}</translation>
    </message>
    <message>
        <source>The copies could not be saved to the disk: {reason}</source>
        <translation>無法將副本儲存到磁碟：{reason}</translation>
    </message>
    <message>
        <source>No free name was found for the clean copy.</source>
        <translation>找不到可用的名稱來儲存乾淨的副本。</translation>
    </message>
    <message>
        <source>The clean copy could not be saved: {reason}</source>
        <translation>無法儲存乾淨的副本：{reason}</translation>
    </message>
    <message>
        <source>The earlier copy could not be replaced: {reason}</source>
        <translation>無法取代先前的副本：{reason}</translation>
    </message>
    <message>
        <source>This JPEG is damaged: its beginning is missing.</source>
        <translation>這個 JPEG 已損壞：缺少開頭部分。</translation>
    </message>
    <message>
        <source>This JPEG is damaged (a wrong length at byte {pos}).</source>
        <translation>這個 JPEG 已損壞（第 {pos} 位元組處的長度錯誤）。</translation>
    </message>
    <message>
        <source>This JPEG is damaged: its picture does not end where it should.</source>
        <translation>這個 JPEG 已損壞：圖片沒有在應該結束的地方結束。</translation>
    </message>
    <message>
        <source>This JPEG is damaged (a missing marker at byte {pos}).</source>
        <translation>這個 JPEG 已損壞（第 {pos} 位元組處缺少標記）。</translation>
    </message>
    <message>
        <source>This JPEG is cut off before the picture starts.</source>
        <translation>這個 JPEG 在圖片開始之前就被截斷了。</translation>
    </message>
    <message>
        <source>This JPEG is damaged: it has far too many parts.</source>
        <translation>這個 JPEG 已損壞：包含的部分太多了。</translation>
    </message>
    <message>
        <source>This rare kind of JPEG (hierarchical or JPEG-LS) is not supported.</source>
        <translation>不支援這種少見的 JPEG（階層式或 JPEG-LS）。</translation>
    </message>
    <message>
        <source>This JPEG holds no picture.</source>
        <translation>這個 JPEG 中沒有圖片。</translation>
    </message>
    <message>
        <source>This JPEG is damaged: its picture is not where the file says.</source>
        <translation>這個 JPEG 已損壞：圖片不在檔案所說的位置。</translation>
    </message>
    <message>
        <source>This JPEG is damaged: it holds more than one picture frame.</source>
        <translation>這個 JPEG 已損壞：包含不只一個圖片畫面。</translation>
    </message>
    <message>
        <source>This JPEG has other data hidden inside its picture, so it was not cleaned.</source>
        <translation>這個 JPEG 的圖片中藏有其他資料，所以沒有清理。</translation>
    </message>
    <message>
        <source>The colour profile is too large.</source>
        <translation>色彩描述檔太大。</translation>
    </message>
    <message>
        <source>The picture is incomplete: the file was cut off.</source>
        <translation>圖片不完整：檔案被截斷了。</translation>
    </message>
    <message>
        <source>This JPEG is damaged in places; the copy looks the same as the original did.</source>
        <translation>這個 JPEG 有部分損壞；副本看起來和原始檔案一樣。</translation>
    </message>
    <message>
        <source>The GIF file was cut short; its complete frames were kept.</source>
        <translation>GIF 檔案被截斷了；完整的影格已保留。</translation>
    </message>
    <message>
        <source>The {format} picture was saved as PNG.</source>
        <translation>{format} 圖片已儲存為 PNG。</translation>
    </message>
    <message>
        <source>Only the first frame of the animation was kept ({frames} in the file).</source>
        <translation>只保留了動畫的第一個影格（檔案中共有 {frames} 個）。</translation>
    </message>
    <message>
        <source>Only the first page was kept ({frames} in the file).</source>
        <translation>只保留了第一頁（檔案中共有 {frames} 頁）。</translation>
    </message>
    <message>
        <source>The picture was saved with 8 bits per colour (it had more).</source>
        <translation>圖片以每種顏色 8 位元儲存（原本更多）。</translation>
    </message>
    <message>
        <source>Colours may look slightly different ({mode} was turned into RGB).</source>
        <translation>顏色看起來可能稍有不同（{mode} 已轉換為 RGB）。</translation>
    </message>
    <message>
        <source>Transparent areas were filled with white (JPEG has no transparency).</source>
        <translation>透明區域已填滿白色（JPEG 不支援透明）。</translation>
    </message>
    <message>
        <source>The form&apos;s XML layer was removed.</source>
        <translation>已移除表單的 XML 層。</translation>
    </message>
    <message>
        <source>A digital signature was removed.</source>
        <translation>已移除一個數位簽章。</translation>
    </message>
    <message>
        <source>Embedded objects (files inside the document) were removed.</source>
        <translation>已移除內嵌物件（文件裡的檔案）。</translation>
    </message>
    <message>
        <source>Pictures in drawing formats that cannot be checked (SVG, WMF…) were removed.</source>
        <translation>已移除無法檢查的繪圖格式圖片（SVG、WMF…）。</translation>
    </message>
    <message>
        <source>It is saved as {ext}: the same document without macros.</source>
        <translation>已儲存為 {ext}：同一份文件，但沒有巨集。</translation>
    </message>
    <message>
        <source>The animation keeps its rotation tag; its frames were not turned.</source>
        <translation>動畫保留了旋轉標籤；它的影格沒有被旋轉。</translation>
    </message>
    <message>
        <source>This TIFF has {count} pages. Many viewers show only the first: check the others too.</source>
        <translation>這個 TIFF 有 {count} 頁。許多看圖軟體只會顯示第一頁：請也檢查其他頁。</translation>
    </message>
    <message>
        <source>The TIFF keeps its orientation tag; its pixels were not turned.</source>
        <translation>這個 TIFF 保留了方向標籤；它的像素沒有被旋轉。</translation>
    </message>
    <message>
        <source>Colours may look slightly different in the JPEG copy.</source>
        <translation>JPEG 副本中的顏色看起來可能稍有不同。</translation>
    </message>
    <message>
        <source>This PNG is cut off before the picture starts.</source>
        <translation>這個 PNG 在圖片開始之前就被截斷了。</translation>
    </message>
    <message>
        <source>The file was cut off; the clean copy keeps the part that is there.</source>
        <translation>檔案被截斷了；乾淨的副本保留了現有的部分。</translation>
    </message>
    <message>
        <source>The removed data said to turn the picture. Check that it is the right way up.</source>
        <translation>被移除的資料原本指示要旋轉圖片。請檢查圖片的方向是否正確。</translation>
    </message>
    <message>
        <source>Viewers that do not play animations now show a blank picture instead of a hidden one.</source>
        <translation>不播放動畫的看圖軟體現在會顯示空白圖片，而不是隱藏的圖片。</translation>
    </message>
    <message>
        <source>The sound was removed.</source>
        <translation>已移除聲音。</translation>
    </message>
    <message>
        <source>The clip had more than 8 bits per colour (HDR); the copy has 8, so colours may look flatter.</source>
        <translation>影片每種顏色超過 8 位元（HDR）；副本只有 8 位元，所以顏色看起來可能比較平淡。</translation>
    </message>
    <message>
        <source>Its broken index was rebuilt the way PDF viewers do it. Check the clean copy.</source>
        <translation>它損壞的索引已按照 PDF 閱讀器的方式重建。請檢查乾淨的副本。</translation>
    </message>
    <message>
        <source>It was locked against copying, printing or changes, but opens without a password. The clean copy has no lock.</source>
        <translation>它被鎖定為禁止複製、列印或修改，但不需要密碼就能開啟。乾淨的副本沒有鎖定。</translation>
    </message>
    <message>
        <source>Its attached files are locked with a password (the pages are not). The clean copy has no attachments.</source>
        <translation>它的附加檔案有密碼保護（頁面沒有）。乾淨的副本不含附加檔案。</translation>
    </message>
    <message>
        <source>A cropped picture still held the part you cut away. It was removed.</source>
        <translation>一張裁切過的圖片仍保留著你裁掉的部分。那部分已移除。</translation>
    </message>
    <message>
        <source>Pages were turned into pictures: text can no longer be selected or searched.</source>
        <translation>頁面已變成圖片：文字無法再選取或搜尋。</translation>
    </message>
    <message>
        <source>{count} layers of this PDF are hidden when it opens. They are kept in the copy; to leave them out, choose to turn PDF pages into pictures.</source>
        <translation>此 PDF 有 {count} 個圖層在開啟時被隱藏。它們會保留在副本中；若要移除，請選擇把 PDF 頁面變成圖片。</translation>
    </message>
    <message>
        <source>1 layer of this PDF is hidden when it opens. It is kept in the copy; to leave it out, choose to turn PDF pages into pictures.</source>
        <translation>此 PDF 有 1 個圖層在開啟時被隱藏。它會保留在副本中；若要移除，請選擇把 PDF 頁面變成圖片。</translation>
    </message>
    <message>
        <source>There is text in white, unseen on a white page, on {count} pages. It is kept in the copy; to leave it out, choose to turn PDF pages into pictures.</source>
        <translation>有 {count} 頁上有白色文字，在白色頁面上看不見。這些文字會保留在副本中；若要移除，請選擇把 PDF 頁面變成圖片。</translation>
    </message>
    <message>
        <source>There is text in white, unseen on a white page, on 1 page. It is kept in the copy; to leave it out, choose to turn PDF pages into pictures.</source>
        <translation>有 1 頁上有白色文字，在白色頁面上看不見。這些文字會保留在副本中；若要移除，請選擇把 PDF 頁面變成圖片。</translation>
    </message>
    <message>
        <source>There is text placed outside the page on {count} pages. It is kept in the copy; to leave it out, choose to turn PDF pages into pictures.</source>
        <translation>有 {count} 頁上有放在頁面之外的文字。這些文字會保留在副本中；若要移除，請選擇把 PDF 頁面變成圖片。</translation>
    </message>
    <message>
        <source>There is text placed outside the page on 1 page. It is kept in the copy; to leave it out, choose to turn PDF pages into pictures.</source>
        <translation>有 1 頁上有放在頁面之外的文字。這些文字會保留在副本中；若要移除，請選擇把 PDF 頁面變成圖片。</translation>
    </message>
    <message>
        <source>Embedded fonts were removed.</source>
        <translation>已移除內嵌字型。</translation>
    </message>
    <message>
        <source>Videos and sounds were removed: they could not be checked.</source>
        <translation>已移除影片和聲音：它們無法檢查。</translation>
    </message>
    <message>
        <source>Pictures in drawing formats that cannot be checked (EMF, WMF, SVG…) were removed.</source>
        <translation>已移除無法檢查的繪圖格式圖片（EMF、WMF、SVG…）。</translation>
    </message>
    <message>
        <source>The photo was saved again at high quality ({reason}).</source>
        <translation>照片已以高品質重新儲存（{reason}）。</translation>
    </message>
    <message>
        <source>The macros (programs) in this document were removed.</source>
        <translation>已移除這份文件中的巨集（程式）。</translation>
    </message>
    <message>
        <source>This PDF asks for a password to open it. Remove the password first.</source>
        <translation>這個 PDF 需要密碼才能開啟。請先移除密碼。</translation>
    </message>
    <message>
        <source>This PDF is damaged and cannot be cleaned safely.</source>
        <translation>這個 PDF 已損壞，無法安全地清理。</translation>
    </message>
    <message>
        <source>This PDF is damaged and cannot be cleaned safely: its end is missing.</source>
        <translation>這個 PDF 已損壞，無法安全地清理：缺少結尾部分。</translation>
    </message>
    <message>
        <source>This PDF is damaged (cut off, or parts of it are broken) and cannot be cleaned safely. Saving it again from a PDF viewer may repair it.</source>
        <translation>這個 PDF 已損壞（被截斷或有部分損壞），無法安全地清理。用 PDF 閱讀器重新儲存一次，也許可以修復它。</translation>
    </message>
    <message>
        <source>This {format} picture is damaged and cannot be decoded: part of it is missing.</source>
        <translation>這張 {format} 圖片已損壞，無法解碼：缺少一部分。</translation>
    </message>
    <message>
        <source>{count} slides are hidden. They are kept in the copy; to remove them, turn on removing hidden content.</source>
        <translation>有 {count} 張投影片被隱藏。它們會保留在副本中；若要移除，請開啟移除隱藏內容的選項。</translation>
    </message>
    <message>
        <source>1 slide is hidden. It is kept in the copy; to remove it, turn on removing hidden content.</source>
        <translation>有 1 張投影片被隱藏。它會保留在副本中；若要移除，請開啟移除隱藏內容的選項。</translation>
    </message>
    <message>
        <source>There are speaker notes on {count} slides. They are kept in the copy; to remove them, turn on removing speaker notes.</source>
        <translation>有 {count} 張投影片含有演講者備忘稿。這些備忘稿會保留在副本中；若要移除，請開啟移除演講者備忘稿的選項。</translation>
    </message>
    <message>
        <source>There are speaker notes on 1 slide. They are kept in the copy; to remove them, turn on removing speaker notes.</source>
        <translation>有 1 張投影片含有演講者備忘稿。這些備忘稿會保留在副本中；若要移除，請開啟移除演講者備忘稿的選項。</translation>
    </message>
    <message>
        <source>{count} sheets are hidden. They are kept in the copy; to remove them, turn on removing hidden content.</source>
        <translation>有 {count} 個工作表被隱藏。它們會保留在副本中；若要移除，請開啟移除隱藏內容的選項。</translation>
    </message>
    <message>
        <source>1 sheet is hidden. It is kept in the copy; to remove it, turn on removing hidden content.</source>
        <translation>有 1 個工作表被隱藏。它會保留在副本中；若要移除，請開啟移除隱藏內容的選項。</translation>
    </message>
    <message>
        <source>There is hidden text in {count} places. It is kept in the copy; to remove it, turn on removing hidden content.</source>
        <translation>有 {count} 處隱藏文字。這些文字會保留在副本中；若要移除，請開啟移除隱藏內容的選項。</translation>
    </message>
    <message>
        <source>There is hidden text in 1 place. It is kept in the copy; to remove it, turn on removing hidden content.</source>
        <translation>有 1 處隱藏文字。這段文字會保留在副本中；若要移除，請開啟移除隱藏內容的選項。</translation>
    </message>
    <message>
        <source>{count} sections are hidden. They are kept in the copy; to remove them, turn on removing hidden content.</source>
        <translation>有 {count} 個區段被隱藏。它們會保留在副本中；若要移除，請開啟移除隱藏內容的選項。</translation>
    </message>
    <message>
        <source>1 section is hidden. It is kept in the copy; to remove it, turn on removing hidden content.</source>
        <translation>有 1 個區段被隱藏。它會保留在副本中；若要移除，請開啟移除隱藏內容的選項。</translation>
    </message>
    <message>
        <source>A cropped photo still held the part you cut away. It was removed.</source>
        <translation>一張裁切過的相片仍保留著你裁掉的部分。那部分已移除。</translation>
    </message>
    <message>
        <source>{count} cropped photos still held the parts you cut away. They were removed.</source>
        <translation>{count} 張裁切過的相片仍保留著你裁掉的部分。這些部分已移除。</translation>
    </message>
    <message>
        <source>The camera fingerprint was weakened, not removed. The picture was resized from {before} to {after} pixels.</source>
        <translation>相機指紋已減弱，但沒有移除。圖片已從 {before} 像素調整為 {after} 像素。</translation>
    </message>
    <message>
        <source>This document is protected by a password. Remove the password first.</source>
        <translation>這份文件有密碼保護。請先移除密碼。</translation>
    </message>
    <message>
        <source>This document is damaged: its contents cannot be unpacked.</source>
        <translation>這份文件已損壞：無法解壓縮其中的內容。</translation>
    </message>
    <message>
        <source>This document is damaged and cannot be read safely.</source>
        <translation>這份文件已損壞，無法安全地讀取。</translation>
    </message>
    <message>
        <source>This TIFF file holds no picture.</source>
        <translation>這個 TIFF 檔案中沒有圖片。</translation>
    </message>
    <message>
        <source>Camera RAW files are not supported. Export a TIFF or JPEG first.</source>
        <translation>不支援相機 RAW 檔案。請先匯出成 TIFF 或 JPEG。</translation>
    </message>
    <message>
        <source>This TIFF file is damaged.</source>
        <translation>這個 TIFF 檔案已損壞。</translation>
    </message>
    <message>
        <source>Old-style JPEG TIFF files are not supported. Convert them first.</source>
        <translation>不支援使用舊式 JPEG 壓縮的 TIFF 檔案。請先轉換。</translation>
    </message>
    <message>
        <source>This TIFF file is cut off or damaged.</source>
        <translation>這個 TIFF 檔案被截斷或已損壞。</translation>
    </message>
    <message>
        <source>This {format} picture is encrypted.</source>
        <translation>這張 {format} 圖片已加密。</translation>
    </message>
    <message>
        <source>This {format} picture is damaged and cannot be decoded.</source>
        <translation>這張 {format} 圖片已損壞，無法解碼。</translation>
    </message>
    <message>
        <source>The description of this {format} picture is too large to check.</source>
        <translation>這張 {format} 圖片的描述部分太大，無法檢查。</translation>
    </message>
    <message>
        <source>{format} picture sequences and videos are not supported.</source>
        <translation>不支援 {format} 圖片序列和影片。</translation>
    </message>
    <message>
        <source>This {format} file has too many parts to check safely.</source>
        <translation>這個 {format} 檔案包含的部分太多，無法安全地檢查。</translation>
    </message>
    <message>
        <source>This picture is AVIF, not HEIC. Rename it to end in .avif.</source>
        <translation>這張圖片是 AVIF，不是 HEIC。請把它重新命名為以 .avif 結尾。</translation>
    </message>
    <message>
        <source>The picture is too small to save as HEIC. Choose JPEG copies instead.</source>
        <translation>圖片太小，無法儲存為 HEIC。請改選 JPEG 副本。</translation>
    </message>
    <message>
        <source>The picture could not be saved as HEIC. Choose JPEG copies instead.</source>
        <translation>無法將圖片儲存為 HEIC。請改選 JPEG 副本。</translation>
    </message>
    <message>
        <source>The picture is too large to process ({size} pixels).</source>
        <translation>圖片太大，無法處理（{size} 像素）。</translation>
    </message>
    <message>
        <source>This is not a valid PNG file.</source>
        <translation>這不是有效的 PNG 檔案。</translation>
    </message>
    <message>
        <source>This PNG file is damaged (a part of it is not valid).</source>
        <translation>這個 PNG 檔案已損壞（其中有一部分無效）。</translation>
    </message>
    <message>
        <source>This PNG file is damaged: its beginning is missing.</source>
        <translation>這個 PNG 檔案已損壞：缺少開頭部分。</translation>
    </message>
    <message>
        <source>This PDF is too complex to be checked safely.</source>
        <translation>這個 PDF 太複雜，無法安全地檢查。</translation>
    </message>
    <message>
        <source>This PDF has too many levels, one inside another, to be checked safely.</source>
        <translation>這個 PDF 一層套一層的層數太多，無法安全地檢查。</translation>
    </message>
    <message>
        <source>The drawings in this PDF are put one inside another too many times to be checked safely.</source>
        <translation>這個 PDF 中的繪圖一層套一層的次數太多，無法安全地檢查。</translation>
    </message>
    <message>
        <source>This PDF has too many parts ({count}) to be checked safely.</source>
        <translation>這個 PDF 包含的部分太多（{count} 個），無法安全地檢查。</translation>
    </message>
    <message>
        <source>This PDF has too many pages ({count}) to turn them into pictures.</source>
        <translation>這個 PDF 頁數太多（{count} 頁），無法把頁面變成圖片。</translation>
    </message>
    <message>
        <source>This PDF could not be given a new document ID, so it was not cleaned.</source>
        <translation>無法為這個 PDF 設定新的文件 ID，所以沒有清理。</translation>
    </message>
    <message>
        <source>This PDF could not be copied faithfully, so it was not cleaned.</source>
        <translation>無法忠實地複製這個 PDF，所以沒有清理。</translation>
    </message>
    <message>
        <source>A page of this PDF has pictures on it that cannot be checked. To clean this PDF, choose to turn PDF pages into pictures.</source>
        <translation>這個 PDF 的某一頁上有無法檢查的圖片。若要清理這個 PDF，請選擇把 PDF 頁面變成圖片。</translation>
    </message>
    <message>
        <source>A picture in this PDF is shown through a shape that hides part of it, and it cannot be cut exactly. To clean this PDF, choose to turn PDF pages into pictures.</source>
        <translation>這個 PDF 中有一張圖片是透過一個會遮住部分內容的形狀來顯示，無法精確裁切。若要清理這個 PDF，請選擇把 PDF 頁面變成圖片。</translation>
    </message>
    <message>
        <source>A picture in this PDF has a hidden part, stored in a way that cannot be cut away. To clean this PDF, choose to turn PDF pages into pictures.</source>
        <translation>這個 PDF 中有一張圖片含有隱藏的部分，而且儲存方式讓這部分無法裁掉。若要清理這個 PDF，請選擇把 PDF 頁面變成圖片。</translation>
    </message>
    <message>
        <source>A picture in this PDF has a hidden part and is too large to be cut. To clean this PDF, choose to turn PDF pages into pictures.</source>
        <translation>這個 PDF 中有一張圖片含有隱藏的部分，而且太大，無法裁切。若要清理這個 PDF，請選擇把 PDF 頁面變成圖片。</translation>
    </message>
    <message>
        <source>A picture in this PDF is stored in a way that cannot be checked.</source>
        <translation>這個 PDF 中有一張圖片的儲存方式無法檢查。</translation>
    </message>
    <message>
        <source>A picture drawn inside a page of this PDF is stored in a way that cannot be checked.</source>
        <translation>這個 PDF 的頁面中繪製的一張圖片，儲存方式無法檢查。</translation>
    </message>
    <message>
        <source>A colour profile in this PDF is stored in a way that cannot be checked.</source>
        <translation>這個 PDF 中有一個色彩描述檔的儲存方式無法檢查。</translation>
    </message>
    <message>
        <source>A picture drawn inside a page of this PDF could not be saved again without its hidden data.</source>
        <translation>這個 PDF 的頁面中繪製的一張圖片，無法在去除隱藏資料後重新儲存。</translation>
    </message>
    <message>
        <source>A picture in this PDF is too large once unpacked (more than {mb} MB).</source>
        <translation>這個 PDF 中有一張圖片解壓縮後太大（超過 {mb} MB）。</translation>
    </message>
    <message>
        <source>A picture drawn inside a page of this PDF is too large once unpacked (more than {mb} MB).</source>
        <translation>這個 PDF 的頁面中繪製的一張圖片解壓縮後太大（超過 {mb} MB）。</translation>
    </message>
    <message>
        <source>A page of this PDF is too large once unpacked (more than {mb} MB).</source>
        <translation>這個 PDF 的某一頁解壓縮後太大（超過 {mb} MB）。</translation>
    </message>
    <message>
        <source>A colour profile in this PDF is too large once unpacked (more than {mb} MB).</source>
        <translation>這個 PDF 中有一個色彩描述檔解壓縮後太大（超過 {mb} MB）。</translation>
    </message>
    <message>
        <source>A JPEG 2000 picture in this PDF has comments that cannot be removed.</source>
        <translation>這個 PDF 中有一張 JPEG 2000 圖片含有無法移除的註解。</translation>
    </message>
    <message>
        <source>There is a problem with a picture in this PDF. {problem}</source>
        <translation>這個 PDF 中有一張圖片有問題。{problem}</translation>
    </message>
    <message>
        <source>There is a problem with a picture drawn inside a page of this PDF. {problem}</source>
        <translation>這個 PDF 的頁面中繪製的一張圖片有問題。{problem}</translation>
    </message>
    <message>
        <source>Unpacked, this document would take more than {mb} MB: too much to be checked safely.</source>
        <translation>這份文件解壓縮後會超過 {mb} MB：太大，無法安全地檢查。</translation>
    </message>
    <message>
        <source>A part of this document ({part}) holds an XML declaration used in attacks, so it was not opened.</source>
        <translation>這份文件的一部分（{part}）含有用於攻擊的 XML 宣告，所以沒有開啟。</translation>
    </message>
    <message>
        <source>There is a problem with a picture in this document ({part}). {problem}</source>
        <translation>這份文件中有一張圖片（{part}）有問題。{problem}</translation>
    </message>
    <message>
        <source>There is a problem with a document inside this document ({part}). {problem}</source>
        <translation>這份文件裡的另一份文件（{part}）有問題。{problem}</translation>
    </message>
    <message>
        <source>This document is packed in a way used to crash programs (a zip bomb), so it was not opened.</source>
        <translation>這份文件採用了用來讓程式當掉的打包方式（zip 炸彈），所以沒有開啟。</translation>
    </message>
    <message>
        <source>This zip file is not an OpenDocument file.</source>
        <translation>這個 zip 檔案不是 OpenDocument 檔案。</translation>
    </message>
    <message>
        <source>This kind of OpenDocument file is not supported.</source>
        <translation>不支援這類 OpenDocument 檔案。</translation>
    </message>
    <message>
        <source>This zip file is not an Office document.</source>
        <translation>這個 zip 檔案不是 Office 文件。</translation>
    </message>
    <message>
        <source>This kind of Office document is not supported.</source>
        <translation>不支援這類 Office 文件。</translation>
    </message>
    <message>
        <source>This is an old-style Office file (.doc, .xls, .ppt) or a document protected by a password. Open it in Office and save it as .docx, .xlsx or .pptx, without a password.</source>
        <translation>這是舊式的 Office 檔案（.doc、.xls、.ppt）或有密碼保護的文件。請在 Office 中開啟，並在不設密碼的情況下另存為 .docx、.xlsx 或 .pptx。</translation>
    </message>
    <message>
        <source>This document is saved as Strict Open XML, which is not supported. Save it again as an ordinary .docx, .xlsx or .pptx file.</source>
        <translation>這份文件是以 Strict Open XML 格式儲存的，不支援這種格式。請把它重新儲存為一般的 .docx、.xlsx 或 .pptx 檔案。</translation>
    </message>
    <message>
        <source>Part of this document&apos;s text is stored inside it as a web page or in another format, which cannot be checked. Open it in Word and save it again.</source>
        <translation>這份文件有部分文字以網頁或其他格式存放在文件內部，無法檢查。請在 Word 中開啟並重新儲存。</translation>
    </message>
    <message>
        <source>The picture is too large to process.</source>
        <translation>圖片太大，無法處理。</translation>
    </message>
    <message>
        <source>A cropped picture in it is too large to cut safely.</source>
        <translation>其中一張裁切過的圖片太大，無法安全地裁切。</translation>
    </message>
    <message>
        <source>Areas cannot be covered in {format} pictures.</source>
        <translation>無法在 {format} 圖片中遮蓋區域。</translation>
    </message>
    <message>
        <source>{format} files are not video clips.</source>
        <translation>{format} 檔案不是影片。</translation>
    </message>
    <message>
        <source>Covering areas makes a new copy: the original is never changed. Save copies in a folder instead.</source>
        <translation>遮蓋區域會產生新的副本：原始檔案絕不會被變更。請改為將副本儲存到資料夾中。</translation>
    </message>
    <message>
        <source>This clip is turned by {degrees} degrees, which is not supported.</source>
        <translation>這段影片被旋轉了 {degrees} 度，不支援這種旋轉。</translation>
    </message>
    <message>
        <source>The clip is too large to process ({size} pixels).</source>
        <translation>影片太大，無法處理（{size} 像素）。</translation>
    </message>
    <message>
        <source>This HEIF picture uses a kind of compression that is not supported ({code}).</source>
        <translation>這張 HEIF 圖片使用了不支援的壓縮方式（{code}）。</translation>
    </message>
    <message>
        <source>The picture could not be saved as AVIF.</source>
        <translation>無法將圖片儲存為 AVIF。</translation>
    </message>
    <message>
        <source>This {format} file is stored in pieces, as when it is streamed. This is not supported.</source>
        <translation>這個 {format} 檔案像串流播放時那樣分成許多片段儲存。不支援這種檔案。</translation>
    </message>
    <message>
        <source>The header of this {format} file is split up or compressed. This is not supported.</source>
        <translation>這個 {format} 檔案的檔頭被拆開或壓縮了。不支援這種檔案。</translation>
    </message>
    <message>
        <source>This {format} file plays sound or pictures stored in other files. This is not supported.</source>
        <translation>這個 {format} 檔案會播放儲存在其他檔案中的聲音或圖片。不支援這種檔案。</translation>
    </message>
    <message>
        <source>This {format} file is copy-protected, so it cannot be cleaned.</source>
        <translation>這個 {format} 檔案有防拷保護，所以無法清理。</translation>
    </message>
    <message>
        <source>This {format} file is too large to clean.</source>
        <translation>這個 {format} 檔案太大，無法清理。</translation>
    </message>
    <message>
        <source>The sound of this video is stored in a way that is not supported.</source>
        <translation>這段影片的聲音以不支援的方式儲存。</translation>
    </message>
    <message>
        <source>The sound of this video is in an old format that is not supported.</source>
        <translation>這段影片的聲音採用了不支援的舊格式。</translation>
    </message>
    <message>
        <source>This M4A file also holds video, chapters or text, which cannot be cleaned here.</source>
        <translation>這個 M4A 檔案還包含影片、章節或文字，在這裡無法清理。</translation>
    </message>
    <message>
        <source>This is copy-protected iTunes music. Its purchase record cannot be removed without breaking it.</source>
        <translation>這是有防拷保護的 iTunes 音樂。不破壞檔案就無法移除其中的購買紀錄。</translation>
    </message>
    <message>
        <source>This FLAC file starts with an ID3 tag, which FLAC players do not expect, so it was not cleaned.</source>
        <translation>這個 FLAC 檔案以 ID3 標籤開頭，這是 FLAC 播放器不會預期的，所以沒有清理。</translation>
    </message>
    <message>
        <source>Bare AAC sound files are not supported, only AAC inside M4A files.</source>
        <translation>不支援單獨的 AAC 聲音檔，只支援 M4A 檔案中的 AAC。</translation>
    </message>
    <message>
        <source>This Ogg file holds video or a kind of sound that cannot be cleaned. Only Vorbis and Opus are supported.</source>
        <translation>這個 Ogg 檔案包含影片或無法清理的聲音類型。只支援 Vorbis 和 Opus。</translation>
    </message>
    <message>
        <source>This PNG has a part that is not standard ({part}), so it was not cleaned.</source>
        <translation>這個 PNG 含有非標準的部分（{part}），所以沒有清理。</translation>
    </message>
    <message>
        <source>This animated PNG hides a still picture too large to replace, so it was not cleaned.</source>
        <translation>這個動畫 PNG 藏有一張太大而無法取代的靜態圖片，所以沒有清理。</translation>
    </message>
    <message>
        <source>This TIFF has more than {count} pages.</source>
        <translation>這個 TIFF 超過 {count} 頁。</translation>
    </message>
    <message>
        <source>This TIFF is damaged: its picture data adds up to more than the file.</source>
        <translation>這個 TIFF 已損壞：它的圖片資料加起來比檔案本身還大。</translation>
    </message>
    <message>
        <source>The first page of this TIFF is only a preview. Such TIFF files are not supported.</source>
        <translation>這個 TIFF 的第一頁只是預覽圖。不支援這類 TIFF 檔案。</translation>
    </message>
    <message>
        <source>The clean TIFF would be larger than 4 GB.</source>
        <translation>乾淨的 TIFF 會超過 4 GB。</translation>
    </message>
    <message>
        <source>a crop hid part of the picture</source>
        <extracomment>Why the photo was saved again, in &quot;The photo was saved again at high quality ({reason}).&quot;</extracomment>
        <translation>裁切遮住了圖片的一部分</translation>
    </message>
    <message>
        <source>colours under its see-through areas could hide a picture</source>
        <extracomment>Why the photo was saved again, in &quot;The photo was saved again at high quality ({reason}).&quot;</extracomment>
        <translation>透明區域下的顏色可能藏有圖片</translation>
    </message>
    <message>
        <source>it is made of layers that can cover one another</source>
        <extracomment>Why the photo was saved again, in &quot;The photo was saved again at high quality ({reason}).&quot;</extracomment>
        <translation>由可以互相遮蓋的圖層組成</translation>
    </message>
    <message>
        <source>its tiles do not fit together in a regular grid</source>
        <extracomment>Why the photo was saved again, in &quot;The photo was saved again at high quality ({reason}).&quot;</extracomment>
        <translation>圖塊沒有拼成規則的網格</translation>
    </message>
    <message>
        <source>whole tiles of its picture were hidden</source>
        <extracomment>Why the photo was saved again, in &quot;The photo was saved again at high quality ({reason}).&quot;</extracomment>
        <translation>圖片中有整塊圖塊被隱藏</translation>
    </message>
    <message>
        <source>its picture is stored in another file</source>
        <extracomment>Why the photo was saved again, in &quot;The photo was saved again at high quality ({reason}).&quot;</extracomment>
        <translation>圖片儲存在另一個檔案中</translation>
    </message>
    <message>
        <source>its picture is built from data stored elsewhere in the file</source>
        <extracomment>Why the photo was saved again, in &quot;The photo was saved again at high quality ({reason}).&quot;</extracomment>
        <translation>圖片由檔案中其他位置的資料構成</translation>
    </message>
    <message>
        <source>its picture data is not where it should be in the file</source>
        <extracomment>Why the photo was saved again, in &quot;The photo was saved again at high quality ({reason}).&quot;</extracomment>
        <translation>圖片資料不在檔案中應有的位置</translation>
    </message>
</context>
<context>
    <name>plain</name>
    <message>
        <source>1 item</source>
        <translation>1 項</translation>
    </message>
    <message>
        <source>{count} items</source>
        <translation>{count} 項</translation>
    </message>
    <message>
        <source>in the file name: {shown}</source>
        <translation>在檔名中：{shown}</translation>
    </message>
    <message>
        <source>{values} and {count} more</source>
        <translation>{values}，另外還有 {count} 項</translation>
    </message>
    <message>
        <source>{deg}° N</source>
        <translation>北緯 {deg}°</translation>
    </message>
    <message>
        <source>{deg}° S</source>
        <translation>南緯 {deg}°</translation>
    </message>
    <message>
        <source>{deg}° E</source>
        <translation>東經 {deg}°</translation>
    </message>
    <message>
        <source>{deg}° W</source>
        <translation>西經 {deg}°</translation>
    </message>
    <message>
        <source>serial {number}</source>
        <translation>序號 {number}</translation>
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
        <translation>手機/相機</translation>
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
        <translation>隱藏的額外圖片/影片</translation>
    </message>
    <message>
        <source>editing history</source>
        <translation>編輯紀錄</translation>
    </message>
    <message>
        <source>other hidden data</source>
        <translation>其他隱藏資料</translation>
    </message>
    <message>
        <source>Reveals where it was taken or made</source>
        <translation>會洩漏拍攝或建立的地點</translation>
    </message>
    <message>
        <source>Identifies your phone or camera</source>
        <translation>能辨認出你的手機或相機</translation>
    </message>
    <message>
        <source>Contains a name</source>
        <translation>含有姓名</translation>
    </message>
    <message>
        <source>Tells when it was taken or made</source>
        <translation>顯示拍攝或建立的時間</translation>
    </message>
    <message>
        <source>Hides an extra picture, video or file</source>
        <translation>藏有額外的圖片、影片或檔案</translation>
    </message>
    <message>
        <source>Shows editing history or the apps used</source>
        <translation>顯示編輯紀錄或用過的應用程式</translation>
    </message>
    <message>
        <source>Other hidden data</source>
        <translation>其他隱藏資料</translation>
    </message>
    <message>
        <source>Location</source>
        <translation>位置</translation>
    </message>
    <message>
        <source>Phone or camera</source>
        <translation>手機或相機</translation>
    </message>
    <message>
        <source>Names</source>
        <translation>姓名</translation>
    </message>
    <message>
        <source>Date and time</source>
        <translation>日期和時間</translation>
    </message>
    <message>
        <source>Hidden extras</source>
        <translation>隱藏的額外內容</translation>
    </message>
    <message>
        <source>Apps and editing</source>
        <translation>應用程式和編輯紀錄</translation>
    </message>
    <message>
        <source>Other data</source>
        <translation>其他資料</translation>
    </message>
    <message>
        <source>Cleaned</source>
        <translation>已清理</translation>
    </message>
    <message>
        <source>Nothing to remove</source>
        <translation>沒有需要移除的內容</translation>
    </message>
    <message>
        <source>Not supported</source>
        <translation>不支援此類型</translation>
    </message>
    <message>
        <source>Could not be cleaned</source>
        <translation>無法清理</translation>
    </message>
    <message>
        <source>Cancelled</source>
        <translation>已取消</translation>
    </message>
    <message>
        <source>removed: {what}</source>
        <translation>已移除：{what}</translation>
    </message>
    <message>
        <source>still in the copy: {what}</source>
        <translation>副本中仍有：{what}</translation>
    </message>
    <message>
        <source>This file is damaged or incomplete.</source>
        <translation>這個檔案已損壞或不完整。</translation>
    </message>
    <message>
        <source>This type of file is not supported yet.</source>
        <translation>目前還不支援這類檔案。</translation>
    </message>
    <message>
        <source>This file cannot be found or is not a normal file.</source>
        <translation>找不到這個檔案，或它不是一般檔案。</translation>
    </message>
    <message>
        <source>Scrubber cannot clean this file safely (for example it is too large or protected by a password).</source>
        <translation>Scrubber 無法安全地清理這個檔案（例如檔案太大或有密碼保護）。</translation>
    </message>
    <message>
        <source>The copy could not be written (is the disk full or the folder read-only?)</source>
        <translation>無法寫入副本（磁碟已滿，或資料夾是唯讀的？）</translation>
    </message>
    <message>
        <source>The copy still contained identifying data, so it was deleted.</source>
        <translation>副本中仍有可辨識身分的資料，因此已將它刪除。</translation>
    </message>
    <message>
        <source>Not done: cleaning was cancelled.</source>
        <translation>未處理：已取消清理。</translation>
    </message>
    <message>
        <source>The areas to cover do not fit this picture, so nothing was written.</source>
        <translation>要遮蓋的區域和這張圖片不符，因此沒有寫入任何內容。</translation>
    </message>
    <message>
        <source>Finding faces automatically does not work on this computer.</source>
        <translation>自動尋找臉部的功能在這台電腦上無法使用。</translation>
    </message>
    <message>
        <source>Photos with areas to cover or a weakened camera fingerprint need a copy: turn off “Replace the originals”.</source>
        <translation>有遮蓋區域或已減弱相機指紋的相片需要另存副本：請關閉「取代原始檔案」。</translation>
    </message>
    <message>
        <source>This is a link to another file or folder; it was not followed.</source>
        <translation>這是指向其他檔案或資料夾的連結；未跟隨這個連結。</translation>
    </message>
    <message>
        <source>There is not enough memory to clean this file.</source>
        <translation>記憶體不足，無法清理這個檔案。</translation>
    </message>
    <message>
        <source>This file made Scrubber&apos;s reader crash (the file may be damaged). It was not cleaned.</source>
        <translation>這個檔案讓 Scrubber 的讀取程式當掉了（檔案可能已損壞）。它沒有被清理。</translation>
    </message>
    <message>
        <source>Reading this file took far too long (it may be damaged), so it was stopped. It was not cleaned.</source>
        <translation>讀取這個檔案花了太久的時間（可能已損壞），所以已停止。它沒有被清理。</translation>
    </message>
    <message>
        <source>Something went wrong in Scrubber with this file. Nothing was written.</source>
        <translation>Scrubber 處理這個檔案時發生錯誤。沒有寫入任何內容。</translation>
    </message>
</context>
</TS>
