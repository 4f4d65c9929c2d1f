<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="vi">
<context>
    <name>BatchModel</name>
    <message>
        <source>File</source>
        <translation>Tệp</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>Loại</translation>
    </message>
    <message>
        <source>What it reveals</source>
        <translation>Điều nó để lộ</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Trạng thái</translation>
    </message>
    <message>
        <source>nothing found</source>
        <translation>không tìm thấy gì</translation>
    </message>
    <message>
        <source>Link: not followed</source>
        <translation>Liên kết: không đi theo</translation>
    </message>
    <message>
        <source>Checking…</source>
        <translation>Đang kiểm tra…</translation>
    </message>
    <message>
        <source>Not supported</source>
        <translation>Không hỗ trợ</translation>
    </message>
    <message>
        <source>Could not be read</source>
        <translation>Không đọc được</translation>
    </message>
    <message>
        <source>Cleaning… {percent}%</source>
        <translation>Đang làm sạch… {percent}%</translation>
    </message>
    <message>
        <source>Cleaning…</source>
        <translation>Đang làm sạch…</translation>
    </message>
    <message>
        <source>Ready; areas to cover: {count}</source>
        <translation>Sẵn sàng; số vùng cần che: {count}</translation>
    </message>
    <message>
        <source>Ready</source>
        <translation>Sẵn sàng</translation>
    </message>
</context>
<context>
    <name>ClipEditor</name>
    <message>
        <source>&amp;Time in the clip</source>
        <translation>&amp;Thời điểm trong video</translation>
    </message>
    <message>
        <source>Time in the clip</source>
        <translation>Thời điểm trong video</translation>
    </message>
    <message>
        <source>Frame of the clip</source>
        <translation>Khung hình của video</translation>
    </message>
    <message>
        <source>From this f&amp;rame</source>
        <translation>Từ &amp;khung hình này</translation>
    </message>
    <message>
        <source>The selected areas (or all) are covered from this frame on</source>
        <translation>Các vùng đã chọn (hoặc tất cả) được che từ khung hình này trở đi</translation>
    </message>
    <message>
        <source>Until t&amp;his frame</source>
        <translation>Đế&amp;n khung hình này</translation>
    </message>
    <message>
        <source>The selected areas (or all) are covered up to this frame</source>
        <translation>Các vùng đã chọn (hoặc tất cả) được che đến hết khung hình này</translation>
    </message>
    <message>
        <source>Whole cli&amp;p</source>
        <translation>Cả &amp;video</translation>
    </message>
    <message>
        <source>The selected areas (or all) are covered in every frame</source>
        <translation>Các vùng đã chọn (hoặc tất cả) được che trong mọi khung hình</translation>
    </message>
    <message>
        <source>{name} ({start} to {end} s)</source>
        <translation>{name} (từ {start} đến {end} giây)</translation>
    </message>
    <message>
        <source>Areas cover every frame of the clip. Faces move: to cover them in every frame, turn on “Cover the faces found in photos and clips” in the main window.</source>
        <translation>Các vùng che mọi khung hình của video. Khuôn mặt thì di chuyển: để che mặt trong mọi khung hình, hãy bật “Che khuôn mặt tìm thấy trong ảnh và video” ở cửa sổ chính.</translation>
    </message>
    <message>
        <source>Face detection is not available ({reason}).</source>
        <translation>Không dùng được tính năng nhận diện khuôn mặt ({reason}).</translation>
    </message>
    <message>
        <source>Looking for faces…</source>
        <translation>Đang tìm khuôn mặt…</translation>
    </message>
    <message>
        <source>Faces seen in this frame (dashed outlines): {count}.</source>
        <translation>Khuôn mặt thấy trong khung hình này (viền nét đứt): {count}.</translation>
    </message>
</context>
<context>
    <name>DetailsPane</name>
    <message>
        <source>Details: {detail}</source>
        <translation>Chi tiết: {detail}</translation>
    </message>
    <message>
        <source>Details of the selected file</source>
        <translation>Chi tiết của tệp đã chọn</translation>
    </message>
    <message>
        <source>File type</source>
        <translation>Loại tệp</translation>
    </message>
    <message>
        <source>Before</source>
        <translation>Trước</translation>
    </message>
    <message>
        <source>After</source>
        <translation>Sau</translation>
    </message>
    <message>
        <source>Picture before cleaning</source>
        <translation>Hình trước khi làm sạch</translation>
    </message>
    <message>
        <source>Picture of the clean copy</source>
        <translation>Hình của bản sao sạch</translation>
    </message>
    <message>
        <source>Before: what the file gives away</source>
        <translation>Trước: điều tệp để lộ</translation>
    </message>
    <message>
        <source>After: the clean copy</source>
        <translation>Sau: bản sao sạch</translation>
    </message>
    <message>
        <source>Something that could identify you is still in the copy. Do not post it. The list below shows what remains.</source>
        <translation>Bản sao vẫn còn thứ có thể làm lộ danh tính của bạn. Đừng đăng nó. Danh sách bên dưới cho thấy những gì còn lại.</translation>
    </message>
    <message>
        <source>Found in the file before cleaning</source>
        <translation>Tìm thấy trong tệp trước khi làm sạch</translation>
    </message>
    <message>
        <source>The clean copy: what was removed and what remains</source>
        <translation>Bản sao sạch: những gì đã xóa và những gì còn lại</translation>
    </message>
    <message>
        <source>What</source>
        <translation>Mục</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>Giá trị</translation>
    </message>
    <message>
        <source>Select a file in the list to see what it gives away.</source>
        <translation>Chọn một tệp trong danh sách để xem nó để lộ điều gì.</translation>
    </message>
    <message>
        <source>Technical details: every tag and value</source>
        <translation>Chi tiết kỹ thuật: mọi thẻ và giá trị</translation>
    </message>
    <message>
        <source>Result</source>
        <translation>Kết quả</translation>
    </message>
    <message>
        <source>Areas to cover</source>
        <translation>Vùng cần che</translation>
    </message>
    <message>
        <source>Details of the problem</source>
        <translation>Chi tiết sự cố</translation>
    </message>
    <message>
        <source>1 area will be covered</source>
        <translation>Sẽ che 1 vùng</translation>
    </message>
    <message>
        <source>{count} areas will be covered</source>
        <translation>Sẽ che {count} vùng</translation>
    </message>
    <message>
        <source>Checking this file…</source>
        <translation>Đang kiểm tra tệp này…</translation>
    </message>
    <message>
        <source>Nothing found that could identify you.</source>
        <translation>Không tìm thấy gì có thể làm lộ danh tính của bạn.</translation>
    </message>
    <message>
        <source>1 thing found that could identify you.</source>
        <translation>Tìm thấy 1 thứ có thể làm lộ danh tính của bạn.</translation>
    </message>
    <message>
        <source>{count} things found that could identify you.</source>
        <translation>Tìm thấy {count} thứ có thể làm lộ danh tính của bạn.</translation>
    </message>
    <message>
        <source>No clean copy can be made because the file could not be read.</source>
        <translation>Không thể tạo bản sao sạch vì không đọc được tệp.</translation>
    </message>
    <message>
        <source>Cleaning…</source>
        <translation>Đang làm sạch…</translation>
    </message>
    <message>
        <source>Not cleaned yet. Press Clean to make a safe copy.</source>
        <translation>Chưa làm sạch. Nhấn Làm sạch để tạo một bản sao an toàn.</translation>
    </message>
    <message>
        <source>Saved as: {name}</source>
        <translation>Đã lưu thành: {name}</translation>
    </message>
    <message>
        <source>Faces found and covered: {count}. Check the picture of the copy.</source>
        <translation>Khuôn mặt đã tìm thấy và che: {count}. Hãy kiểm tra hình của bản sao.</translation>
    </message>
    <message>
        <source>Checked again: nothing that could identify you was found.</source>
        <translation>Đã kiểm tra lại: không tìm thấy gì có thể làm lộ danh tính của bạn.</translation>
    </message>
    <message>
        <source>Still in the copy</source>
        <translation>Vẫn còn trong bản sao</translation>
    </message>
    <message>
        <source>Removed</source>
        <translation>Đã xóa</translation>
    </message>
    <message>
        <source>still in the copy</source>
        <translation>vẫn còn trong bản sao</translation>
    </message>
    <message>
        <source>removed</source>
        <translation>đã xóa</translation>
    </message>
    <message>
        <source>removed, not checked</source>
        <translation>đã xóa, chưa kiểm tra lại</translation>
    </message>
    <message>
        <source>What the clean copy no longer gives away</source>
        <translation>Những gì bản sao sạch không còn để lộ</translation>
    </message>
    <message>
        <source>will be removed</source>
        <translation>sẽ bị xóa</translation>
    </message>
    <message>
        <source>not removed</source>
        <translation>không bị xóa</translation>
    </message>
    <message>
        <source>What the file gives away</source>
        <translation>Những gì tệp để lộ</translation>
    </message>
    <message>
        <source>kept</source>
        <translation>giữ lại</translation>
    </message>
    <message>
        <source>Good to know:</source>
        <translation>Điều nên biết:</translation>
    </message>
    <message>
        <source>which way up the photo is</source>
        <translation>chiều của ảnh</translation>
    </message>
    <message>
        <source>a standard colour profile</source>
        <translation>một hồ sơ màu chuẩn</translation>
    </message>
    <message>
        <source>harmless technical data</source>
        <translation>dữ liệu kỹ thuật vô hại</translation>
    </message>
    <message>
        <source>Hide technical details</source>
        <translation>Ẩn chi tiết kỹ thuật</translation>
    </message>
    <message>
        <source>Show technical details</source>
        <translation>Hiện chi tiết kỹ thuật</translation>
    </message>
    <message>
        <source>Kept: needed to show the photo the right way up</source>
        <translation>Giữ lại: cần để ảnh hiển thị đúng chiều</translation>
    </message>
    <message>
        <source>Kept: a standard colour profile, so colours look right</source>
        <translation>Giữ lại: một hồ sơ màu chuẩn, để màu hiển thị đúng</translation>
    </message>
    <message>
        <source>Kept</source>
        <translation>Giữ lại</translation>
    </message>
    <message>
        <source>Loading preview…</source>
        <translation>Đang tải bản xem trước…</translation>
    </message>
    <message>
        <source>No preview for this kind of file</source>
        <translation>Không có bản xem trước cho loại tệp này</translation>
    </message>
    <message>
        <source>This picture could not be read: the file may be damaged</source>
        <translation>Không đọc được hình này: tệp có thể bị hỏng</translation>
    </message>
    <message>
        <source>The clean copy will appear here</source>
        <translation>Bản sao sạch sẽ hiện ở đây</translation>
    </message>
    <message>
        <source>No copy was made</source>
        <translation>Không có bản sao nào được tạo</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>Photos and pictures ({patterns})</source>
        <translation>Ảnh và hình ({patterns})</translation>
    </message>
    <message>
        <source>Sound recordings ({patterns})</source>
        <translation>Bản ghi âm ({patterns})</translation>
    </message>
    <message>
        <source>Videos ({patterns})</source>
        <translation>Video ({patterns})</translation>
    </message>
    <message>
        <source>Documents ({patterns})</source>
        <translation>Tài liệu ({patterns})</translation>
    </message>
    <message>
        <source>Files Scrubber can clean ({patterns})</source>
        <translation>Tệp Scrubber có thể làm sạch ({patterns})</translation>
    </message>
    <message>
        <source>All files (*)</source>
        <translation>Mọi tệp (*)</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>Tệ&amp;p</translation>
    </message>
    <message>
        <source>&amp;Language</source>
        <translation>&amp;Ngôn ngữ</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>T&amp;rợ giúp</translation>
    </message>
    <message>
        <source>&amp;Add files…</source>
        <translation>&amp;Thêm tệp…</translation>
    </message>
    <message>
        <source>Add fold&amp;er…</source>
        <translation>Thêm thư &amp;mục…</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>Th&amp;oát</translation>
    </message>
    <message>
        <source>&amp;Clean</source>
        <translation>&amp;Làm sạch</translation>
    </message>
    <message>
        <source>Ca&amp;ncel</source>
        <translation>Hủ&amp;y</translation>
    </message>
    <message>
        <source>Remo&amp;ve from list</source>
        <translation>&amp;Bỏ khỏi danh sách</translation>
    </message>
    <message>
        <source>H&amp;ide faces and areas…</source>
        <translation>Ch&amp;e khuôn mặt và vùng…</translation>
    </message>
    <message>
        <source>&amp;Why this matters</source>
        <translation>Vì sao điều này &amp;quan trọng</translation>
    </message>
    <message>
        <source>&amp;About Scrubber</source>
        <translation>&amp;Giới thiệu Scrubber</translation>
    </message>
    <message>
        <source>Scrubber: remove hidden data from photos</source>
        <translation>Scrubber: xóa dữ liệu ẩn khỏi ảnh</translation>
    </message>
    <message>
        <source>Add files</source>
        <translation>Thêm tệp</translation>
    </message>
    <message>
        <source>Add a folder</source>
        <translation>Thêm thư mục</translation>
    </message>
    <message>
        <source>Why this matters</source>
        <translation>Vì sao điều này quan trọng</translation>
    </message>
    <message>
        <source>Hide faces and areas</source>
        <translation>Che khuôn mặt và vùng</translation>
    </message>
    <message>
        <source>Remo&amp;ve</source>
        <translation>&amp;Bỏ ra</translation>
    </message>
    <message>
        <source>Remove the selected files</source>
        <translation>Bỏ các tệp đã chọn khỏi danh sách</translation>
    </message>
    <message>
        <source>Clear lis&amp;t</source>
        <translation>Làm trống danh &amp;sách</translation>
    </message>
    <message>
        <source>Clear the list</source>
        <translation>Làm trống danh sách</translation>
    </message>
    <message>
        <source>Cover faces, tattoos or anything else in the selected photo or clip (Enter)</source>
        <translation>Che mặt, hình xăm hay bất cứ thứ gì khác trong ảnh hoặc video đã chọn (Enter)</translation>
    </message>
    <message>
        <source>or drop photos and folders onto the list below.</source>
        <translation>hoặc thả ảnh và thư mục vào danh sách bên dưới.</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Ngôn ngữ</translation>
    </message>
    <message>
        <source>Files to clean</source>
        <translation>Tệp cần làm sạch</translation>
    </message>
    <message>
        <source>Drop photos or folders here.

Scrubber shows what each file gives away about you, then writes clean copies. Your originals are not changed.</source>
        <translation>Thả ảnh hoặc thư mục vào đây.

Scrubber cho bạn thấy mỗi tệp để lộ điều gì về bạn, rồi lưu các bản sao sạch. Tệp gốc của bạn không bị thay đổi.</translation>
    </message>
    <message>
        <source>Stopping: files being cleaned now are left as they were…</source>
        <translation>Đang dừng: các tệp đang được làm sạch sẽ được giữ nguyên như cũ…</translation>
    </message>
    <message>
        <source>Details of the selected file</source>
        <translation>Chi tiết của tệp đã chọn</translation>
    </message>
    <message>
        <source>Language:</source>
        <translation>Ngôn ngữ:</translation>
    </message>
    <message>
        <source>Add files to clean</source>
        <translation>Thêm tệp cần làm sạch</translation>
    </message>
    <message>
        <source>Add a folder to clean</source>
        <translation>Thêm thư mục cần làm sạch</translation>
    </message>
    <message>
        <source>About Scrubber</source>
        <translation>Giới thiệu Scrubber</translation>
    </message>
    <message>
        <source>Scrubber {version}

Removes hidden data from photos. Works offline: nothing is ever sent anywhere, and no list of your files is kept.</source>
        <translation>Scrubber {version}

Xóa dữ liệu ẩn khỏi ảnh. Hoạt động không cần mạng: không bao giờ gửi gì đi đâu cả, và không lưu danh sách tệp của bạn.</translation>
    </message>
    <message>
        <source>Replace the original files?</source>
        <translation>Thay thế các tệp gốc?</translation>
    </message>
    <message>
        <source>Your original files will be overwritten with the cleaned versions. This cannot be undone: the originals, with everything they contain, will be gone.

Photos with areas to cover still need a copy.

Replace the originals?</source>
        <translation>Các tệp gốc của bạn sẽ bị ghi đè bằng bản đã làm sạch. Không thể hoàn tác: các tệp gốc, cùng mọi thứ chứa bên trong, sẽ mất hẳn.

Ảnh có vùng cần che vẫn cần một bản sao.

Thay thế các tệp gốc?</translation>
    </message>
    <message>
        <source>Choose where to save the clean copies</source>
        <translation>Chọn nơi lưu các bản sao sạch</translation>
    </message>
    <message>
        <source>Every file in the list has been cleaned already.</source>
        <translation>Mọi tệp trong danh sách đều đã được làm sạch.</translation>
    </message>
    <message>
        <source>Cannot create the output folder</source>
        <translation>Không tạo được thư mục lưu</translation>
    </message>
    <message>
        <source>The clean copies cannot be saved there ({reason}). Choose another folder with “Choose…”.</source>
        <translation>Không lưu được bản sao sạch ở đó ({reason}). Hãy chọn thư mục khác bằng “Chọn…”.</translation>
    </message>
    <message>
        <source>Cleaning…</source>
        <translation>Đang làm sạch…</translation>
    </message>
</context>
<context>
    <name>OptionsBox</name>
    <message>
        <source>Options</source>
        <translation>Tùy chọn</translation>
    </message>
    <message>
        <source>({count} on)</source>
        <translation>({count} mục đang bật)</translation>
    </message>
    <message>
        <source>&amp;More options</source>
        <translation>Thêm tùy chọn (&amp;W)</translation>
    </message>
    <message>
        <source>More options</source>
        <translation>Thêm tùy chọn</translation>
    </message>
    <message>
        <source>Show or hide the options for the copies</source>
        <translation>Hiện hoặc ẩn các tùy chọn cho bản sao</translation>
    </message>
    <message>
        <source>&amp;Give the copies random file names</source>
        <translation>Đặt tên tệp n&amp;gẫu nhiên cho các bản sao</translation>
    </message>
    <message>
        <source>File names from phones often contain the date and time the photo was taken.</source>
        <translation>Tên tệp từ điện thoại thường chứa ngày và giờ chụp ảnh.</translation>
    </message>
    <message>
        <source>&amp;Keep file names that show the date or the phone</source>
        <translation>Giữ tên tệp cho thấy ngày hoặc đ&amp;iện thoại</translation>
    </message>
    <message>
        <source>Off: a copy of a file named like IMG_20240611_143207.jpg gets a name like photo-1f0c9a2e.jpg instead, so its name does not show when it was taken or with which phone.</source>
        <translation>Khi tắt: bản sao của một tệp tên kiểu IMG_20240611_143207.jpg sẽ có tên kiểu photo-1f0c9a2e.jpg, để tên tệp không cho thấy ảnh được chụp lúc nào hay bằng điện thoại nào.</translation>
    </message>
    <message>
        <source>Convert HEIC photos to &amp;JPEG</source>
        <translation>Chuyển ảnh HEIC sang &amp;JPEG</translation>
    </message>
    <message>
        <source>Remove colour &amp;profiles (colours may shift slightly)</source>
        <translation>&amp;Xóa hồ sơ màu (màu có thể thay đổi một chút)</translation>
    </message>
    <message>
        <source>T&amp;urn PDF pages into pictures (strongest; text can no longer be selected)</source>
        <translation>Chuyển trang PD&amp;F thành hình ảnh (mạnh nhất; không chọn được chữ nữa)</translation>
    </message>
    <message>
        <source>Removes everything hidden in a PDF&apos;s text and drawings too. The copy is larger and its text cannot be searched or copied.</source>
        <translation>Xóa cả mọi thứ ẩn trong chữ và hình vẽ của PDF. Bản sao lớn hơn, và chữ trong đó không tìm kiếm hay sao chép được.</translation>
    </message>
    <message>
        <source>Cover the faces found in photos and clips (check each cop&amp;y)</source>
        <translation>Che khuôn mặt tìm thấy trong ảnh và video (&amp;kiểm tra từng bản sao)</translation>
    </message>
    <message>
        <source>Faces found automatically are covered in black in the copies. Detection can miss faces: look at each copy&apos;s picture in the details.</source>
        <translation>Khuôn mặt được tự động tìm thấy sẽ bị tô đen trong bản sao. Việc nhận diện có thể bỏ sót khuôn mặt: hãy xem hình của từng bản sao trong phần chi tiết.</translation>
    </message>
    <message>
        <source>&amp;Quick face search (misses small faces)</source>
        <translation>Tìm kh&amp;uôn mặt nhanh (bỏ sót mặt nhỏ)</translation>
    </message>
    <message>
        <source>Faster, but faces smaller than about 60 pixels in a large photo are not found. Used here and in Hide faces and areas.</source>
        <translation>Nhanh hơn, nhưng không tìm thấy khuôn mặt nhỏ hơn khoảng 60 điểm ảnh trong ảnh lớn. Dùng ở đây và trong Che khuôn mặt và vùng.</translation>
    </message>
    <message>
        <source>Remove hidden slides, sheets and te&amp;xt, and speaker notes, from documents</source>
        <translation>Xóa trang chiếu, trang tính, &amp;văn bản ẩn và ghi chú của người thuyết trình khỏi tài liệu</translation>
    </message>
    <message>
        <source>Documents can hold slides, sheets and text that are not shown, and notes only the speaker sees. Without this they are kept, and the summary says where they are.</source>
        <translation>Tài liệu có thể chứa trang chiếu, trang tính và văn bản không hiển thị, cùng ghi chú chỉ người thuyết trình thấy. Nếu không chọn mục này, chúng được giữ lại và phần tóm tắt cho biết chúng ở đâu.</translation>
    </message>
    <message>
        <source>Weaken the camera fingerprint in photos (saved again, a &amp;bit smaller)</source>
        <translation>Làm yếu dấu vân t&amp;ay máy ảnh trong ảnh (lưu lại, nhỏ hơn một chút)</translation>
    </message>
    <message>
        <source>Every camera leaves a faint pattern in its photos that can link them to each other. This softens each photo slightly and makes it 3% smaller: the pattern gets weaker, but it is not removed. Photos are saved again instead of copied unchanged.</source>
        <translation>Mỗi máy ảnh để lại một hoa văn mờ trong ảnh, có thể dùng để nối các ảnh với nhau. Tùy chọn này làm mỗi ảnh mềm đi một chút và nhỏ đi 3 phần trăm: hoa văn yếu đi, nhưng không bị xóa. Ảnh được lưu lại thay vì sao chép nguyên trạng.</translation>
    </message>
    <message>
        <source>&amp;Replace the originals (no copies; cannot be undone)</source>
        <translation>Thay thế tệp gốc (không có bản sao; không thể h&amp;oàn tác)</translation>
    </message>
</context>
<context>
    <name>OutputBox</name>
    <message>
        <source>Save clean copies in:</source>
        <translation>Lưu bản sao sạch vào:</translation>
    </message>
    <message>
        <source>Output folder</source>
        <translation>Thư mục lưu</translation>
    </message>
    <message>
        <source>Choo&amp;se…</source>
        <translation>&amp;Chọn…</translation>
    </message>
    <message>
        <source>Choose the output folder</source>
        <translation>Chọn thư mục lưu</translation>
    </message>
    <message>
        <source>Use &amp;default</source>
        <translation>&amp;Dùng mặc định</translation>
    </message>
    <message>
        <source>Use the default output folder</source>
        <translation>Dùng thư mục lưu mặc định</translation>
    </message>
    <message>
        <source>The original files will be replaced.</source>
        <translation>Các tệp gốc sẽ bị thay thế.</translation>
    </message>
    <message>
        <source>The folder “{name}” next to the originals, with the copies made so far.</source>
        <translation>Thư mục “{name}” cạnh các tệp gốc, có các bản sao đã tạo đến giờ.</translation>
    </message>
    <message>
        <source>A new folder next to the originals, named “{name}”.</source>
        <translation>Một thư mục mới cạnh các tệp gốc, tên là “{name}”.</translation>
    </message>
</context>
<context>
    <name>QAbstractFileIconProvider</name>
    <message>
        <source>Drive</source>
        <translation>Ổ đĩa</translation>
    </message>
    <message>
        <source>Folder</source>
        <translation>Thư mục</translation>
    </message>
</context>
<context>
    <name>QFileDialog</name>
    <message>
        <source>%1
Directory not found.
Please verify the correct directory name was given.</source>
        <translation>%1
Không tìm thấy thư mục.
Hãy kiểm tra xem tên thư mục có đúng không.</translation>
    </message>
    <message>
        <source>%1
File not found.
Please verify the correct file name was given.</source>
        <translation>%1
Không tìm thấy tệp.
Hãy kiểm tra xem tên tệp có đúng không.</translation>
    </message>
    <message>
        <source>&amp;Choose</source>
        <translation>&amp;Chọn</translation>
    </message>
    <message>
        <source>&amp;Delete</source>
        <translation>Xó&amp;a</translation>
    </message>
    <message>
        <source>&amp;Look in:</source>
        <translation>&amp;Xem trong:</translation>
    </message>
    <message>
        <source>&amp;New Folder</source>
        <translation>&amp;Thư mục mới</translation>
    </message>
    <message>
        <source>&amp;Open</source>
        <translation>&amp;Mở</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>Mở</translation>
    </message>
    <message>
        <source>&amp;Rename</source>
        <translation>Đổi tê&amp;n</translation>
    </message>
    <message>
        <source>All Files (*)</source>
        <translation>Mọi tệp (*)</translation>
    </message>
    <message>
        <source>Are you sure you want to delete &apos;%1&apos;?</source>
        <translation>Bạn có chắc muốn xóa “%1” không?</translation>
    </message>
    <message>
        <source>Back</source>
        <translation>Quay lại</translation>
    </message>
    <message>
        <source>Change to detail view mode</source>
        <translation>Chuyển sang kiểu xem chi tiết</translation>
    </message>
    <message>
        <source>Change to list view mode</source>
        <translation>Chuyển sang kiểu xem danh sách</translation>
    </message>
    <message>
        <source>Create New Folder</source>
        <translation>Tạo thư mục mới</translation>
    </message>
    <message>
        <source>Create a New Folder</source>
        <translation>Tạo một thư mục mới</translation>
    </message>
    <message>
        <source>Detail View</source>
        <translation>Xem chi tiết</translation>
    </message>
    <message>
        <source>Directories</source>
        <translation>Thư mục</translation>
    </message>
    <message>
        <source>Directory:</source>
        <translation>Thư mục:</translation>
    </message>
    <message>
        <source>File &amp;name:</source>
        <translation>Tên tệ&amp;p:</translation>
    </message>
    <message>
        <source>Files</source>
        <translation>Tệp</translation>
    </message>
    <message>
        <source>Files of &amp;type:</source>
        <translation>&amp;Loại tệp:</translation>
    </message>
    <message>
        <source>Forward</source>
        <translation>Tiếp</translation>
    </message>
    <message>
        <source>Go back</source>
        <translation>Quay lại</translation>
    </message>
    <message>
        <source>Go forward</source>
        <translation>Đi tiếp</translation>
    </message>
    <message>
        <source>Go to the parent directory</source>
        <translation>Lên thư mục cha</translation>
    </message>
    <message>
        <source>List View</source>
        <translation>Xem danh sách</translation>
    </message>
    <message>
        <source>List of places and bookmarks</source>
        <translation>Danh sách địa điểm và dấu trang</translation>
    </message>
    <message>
        <source>Parent Directory</source>
        <translation>Thư mục cha</translation>
    </message>
    <message>
        <source>Show &amp;hidden files</source>
        <translation>&amp;Hiện tệp ẩn</translation>
    </message>
    <message>
        <source>Show </source>
        <translation>Hiện </translation>
    </message>
    <message>
        <source>Sidebar</source>
        <translation>Thanh bên</translation>
    </message>
</context>
<context>
    <name>QFileSystemModel</name>
    <message>
        <source>Computer</source>
        <translation>Máy tính</translation>
    </message>
    <message>
        <source>Date Modified</source>
        <translation>Ngày sửa đổi</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Tên</translation>
    </message>
    <message>
        <source>Size</source>
        <translation>Kích thước</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>Loại</translation>
    </message>
</context>
<context>
    <name>QLineEdit</name>
    <message>
        <source>&amp;Copy</source>
        <translation>&amp;Sao chép</translation>
    </message>
    <message>
        <source>&amp;Paste</source>
        <translation>&amp;Dán</translation>
    </message>
    <message>
        <source>&amp;Redo</source>
        <translation>&amp;Làm lại</translation>
    </message>
    <message>
        <source>&amp;Undo</source>
        <translation>&amp;Hoàn tác</translation>
    </message>
    <message>
        <source>Cu&amp;t</source>
        <translation>&amp;Cắt</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Xóa</translation>
    </message>
    <message>
        <source>Select All</source>
        <translation>Chọn tất cả</translation>
    </message>
</context>
<context>
    <name>QMessageBox</name>
    <message>
        <source>Show Details...</source>
        <translation>Hiện chi tiết...</translation>
    </message>
</context>
<context>
    <name>QPlatformTheme</name>
    <message>
        <source>&amp;No</source>
        <translation>&amp;Không</translation>
    </message>
    <message>
        <source>&amp;Yes</source>
        <translation>&amp;Có</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Hủy</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Đóng</translation>
    </message>
    <message>
        <source>OK</source>
        <translation>OK</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>Mở</translation>
    </message>
</context>
<context>
    <name>RedactionEditor</name>
    <message>
        <source>Press Esc again to close without your changes, or Enter to use them.</source>
        <translation>Nhấn Esc lần nữa để đóng mà không giữ thay đổi, hoặc Enter để dùng chúng.</translation>
    </message>
    <message>
        <source>Hide faces and areas — {name}</source>
        <translation>Che khuôn mặt và vùng — {name}</translation>
    </message>
    <message>
        <source>Select and move</source>
        <translation>Chọn và di chuyển</translation>
    </message>
    <message>
        <source>Rectangle</source>
        <translation>Hình chữ nhật</translation>
    </message>
    <message>
        <source>Ellipse</source>
        <translation>Hình elip</translation>
    </message>
    <message>
        <source>Brush</source>
        <translation>Cọ</translation>
    </message>
    <message>
        <source>Add area</source>
        <translation>Thêm vùng</translation>
    </message>
    <message>
        <source>Add an area in the middle of the view, to move with the arrow keys (N)</source>
        <translation>Thêm một vùng ở giữa khung nhìn, để di chuyển bằng các phím mũi tên (N)</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Xóa</translation>
    </message>
    <message>
        <source>Del</source>
        <translation>Del</translation>
    </message>
    <message>
        <source>Undo</source>
        <translation>Hoàn tác</translation>
    </message>
    <message>
        <source>Redo</source>
        <translation>Làm lại</translation>
    </message>
    <message>
        <source>Zoom out</source>
        <translation>Thu nhỏ</translation>
    </message>
    <message>
        <source>Zoom in</source>
        <translation>Phóng to</translation>
    </message>
    <message>
        <source>Fit</source>
        <translation>Vừa khung</translation>
    </message>
    <message>
        <source>Preview</source>
        <translation>Xem trước</translation>
    </message>
    <message>
        <source>Show exactly what will be written (P)</source>
        <translation>Cho thấy chính xác những gì sẽ được ghi (P)</translation>
    </message>
    <message>
        <source>Brush &amp;width</source>
        <translation>Độ &amp;rộng cọ</translation>
    </message>
    <message>
        <source>Brush width</source>
        <translation>Độ rộng cọ</translation>
    </message>
    <message>
        <source>Drawing tools</source>
        <translation>Công cụ vẽ</translation>
    </message>
    <message>
        <source>Undo, zoom and preview</source>
        <translation>Hoàn tác, thu phóng và xem trước</translation>
    </message>
    <message>
        <source>Photo</source>
        <translation>Ảnh</translation>
    </message>
    <message>
        <source>Draw areas to cover with the mouse or the keyboard. Ctrl and the mouse wheel zoom; hold Space to pan.</source>
        <translation>Vẽ các vùng cần che bằng chuột hoặc bàn phím. Giữ Ctrl và lăn con lăn chuột để phóng to, thu nhỏ; giữ phím cách để kéo khung nhìn.</translation>
    </message>
    <message>
        <source>&amp;Areas to cover (untick to leave uncovered)</source>
        <translation>Vùng cần &amp;che (bỏ đánh dấu để không che)</translation>
    </message>
    <message>
        <source>Areas to cover</source>
        <translation>Vùng cần che</translation>
    </message>
    <message>
        <source>Automatic detection can miss faces — check every face yourself, including faces in mirrors, pictures and screens.</source>
        <translation>Tự động nhận diện có thể bỏ sót khuôn mặt — hãy tự kiểm tra từng khuôn mặt, kể cả khuôn mặt trong gương, trong tranh ảnh và trên màn hình.</translation>
    </message>
    <message>
        <source>Find &amp;small faces</source>
        <translation>Tìm &amp;mặt nhỏ</translation>
    </message>
    <message>
        <source>Find small faces</source>
        <translation>Tìm mặt nhỏ</translation>
    </message>
    <message>
        <source>Look again for small faces, for group photos (slower)</source>
        <translation>Tìm lại các khuôn mặt nhỏ, dành cho ảnh nhóm (chậm hơn)</translation>
    </message>
    <message>
        <source>How to cover</source>
        <translation>Cách che</translation>
    </message>
    <message>
        <source>Solid &amp;fill (safest)</source>
        <translation>Tô kín một màu (&amp;an toàn nhất)</translation>
    </message>
    <message>
        <source>Strong &amp;mosaic</source>
        <translation>M&amp;osaic mạnh</translation>
    </message>
    <message>
        <source>B&amp;lur (wiped first; a few average colours stay)</source>
        <translation>&amp;Làm mờ (xóa trước; còn lại vài màu trung bình)</translation>
    </message>
    <message>
        <source>Fill &amp;colour…</source>
        <translation>Mà&amp;u tô…</translation>
    </message>
    <message>
        <source>Fill colour</source>
        <translation>Màu tô</translation>
    </message>
    <message>
        <source>&amp;Use these areas</source>
        <translation>&amp;Dùng các vùng này</translation>
    </message>
    <message>
        <source>Use these areas</source>
        <translation>Dùng các vùng này</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Hủy</translation>
    </message>
    <message>
        <source>{action} ({key})</source>
        <translation>{action} ({key})</translation>
    </message>
    <message>
        <source>Keyboard: N adds an area, arrows move it (Shift: further), Ctrl+arrows resize it, [ and ] pick another, Delete removes it.</source>
        <translation>Bàn phím: N thêm một vùng, phím mũi tên di chuyển vùng (Shift: xa hơn), Ctrl+mũi tên đổi kích thước, [ và ] chọn vùng khác, Del xóa vùng.</translation>
    </message>
    <message>
        <source>Face {n} (found automatically)</source>
        <translation>Khuôn mặt {n} (tự động tìm thấy)</translation>
    </message>
    <message>
        <source>Rectangle {n}</source>
        <translation>Hình chữ nhật {n}</translation>
    </message>
    <message>
        <source>Ellipse {n}</source>
        <translation>Hình elip {n}</translation>
    </message>
    <message>
        <source>Brush stroke {n}</source>
        <translation>Nét cọ {n}</translation>
    </message>
    <message>
        <source>Shape {n}</source>
        <translation>Hình {n}</translation>
    </message>
    <message>
        <source>Loading…</source>
        <translation>Đang tải…</translation>
    </message>
    <message>
        <source>Making the preview…</source>
        <translation>Đang tạo bản xem trước…</translation>
    </message>
    <message>
        <source>Preview: this is what will be written.</source>
        <translation>Xem trước: đây là những gì sẽ được ghi.</translation>
    </message>
    <message>
        <source>Draw over anything that could identify you: faces, tattoos, marks.</source>
        <translation>Vẽ che mọi thứ có thể làm lộ danh tính của bạn: khuôn mặt, hình xăm, vết bớt.</translation>
    </message>
    <message>
        <source>Looking for faces…</source>
        <translation>Đang tìm khuôn mặt…</translation>
    </message>
    <message>
        <source>Looking for small faces… this takes longer.</source>
        <translation>Đang tìm khuôn mặt nhỏ… việc này lâu hơn.</translation>
    </message>
    <message>
        <source>Face detection is not available ({reason}). Mark faces yourself.</source>
        <translation>Không dùng được tính năng nhận diện khuôn mặt ({reason}). Hãy tự đánh dấu khuôn mặt.</translation>
    </message>
    <message>
        <source>No faces were found automatically.</source>
        <translation>Không tự động tìm thấy khuôn mặt nào.</translation>
    </message>
    <message>
        <source>Faces found automatically: {count}.</source>
        <translation>Khuôn mặt tự động tìm thấy: {count}.</translation>
    </message>
    <message>
        <source>its files are missing or damaged</source>
        <translation>tệp của nó bị thiếu hoặc bị hỏng</translation>
    </message>
    <message>
        <source>There is not enough memory to open this photo.</source>
        <translation>Không đủ bộ nhớ để mở ảnh này.</translation>
    </message>
    <message>
        <source>The photo could not be opened.</source>
        <translation>Không mở được ảnh.</translation>
    </message>
</context>
<context>
    <name>RunBar</name>
    <message>
        <source>Ca&amp;ncel</source>
        <translation>Hủ&amp;y</translation>
    </message>
    <message>
        <source>Cancel cleaning</source>
        <translation>Hủy làm sạch</translation>
    </message>
    <message>
        <source>&amp;Clean</source>
        <translation>&amp;Làm sạch</translation>
    </message>
    <message>
        <source>Clean all files in the list</source>
        <translation>Làm sạch mọi tệp trong danh sách</translation>
    </message>
    <message>
        <source>&amp;Open output folder</source>
        <translation>Mở t&amp;hư mục lưu</translation>
    </message>
    <message>
        <source>Open output folder</source>
        <translation>Mở thư mục lưu</translation>
    </message>
    <message>
        <source>Write clean copies of all files (Ctrl+Enter)</source>
        <translation>Ghi bản sao sạch của mọi tệp (Ctrl+Enter)</translation>
    </message>
    <message>
        <source>Stop now; files not finished are left as they were (Esc)</source>
        <translation>Dừng ngay; các tệp chưa xong được giữ nguyên như cũ (Esc)</translation>
    </message>
    <message>
        <source>Cleaning progress</source>
        <translation>Tiến độ làm sạch</translation>
    </message>
    <message>
        <source>%v of %m files</source>
        <translation>%v / %m tệp</translation>
    </message>
    <message>
        <source>Summary</source>
        <translation>Tóm tắt</translation>
    </message>
</context>
<context>
    <name>SafetyGuide</name>
    <message>
        <source>Why this matters</source>
        <translation>Vì sao điều này quan trọng</translation>
    </message>
    <message>
        <source>Safety guide</source>
        <translation>Hướng dẫn an toàn</translation>
    </message>
    <message>
        <source>&amp;Close</source>
        <translation>Đón&amp;g</translation>
    </message>
    <message>
        <source>Close the safety guide</source>
        <translation>Đóng hướng dẫn an toàn</translation>
    </message>
    <message>
        <source>What your photos and files can give away</source>
        <translation>Ảnh và tệp của bạn có thể để lộ điều gì</translation>
    </message>
    <message>
        <source>Photos from phones and cameras carry hidden details. Anyone who gets the file can read them:</source>
        <translation>Ảnh chụp bằng điện thoại và máy ảnh mang theo thông tin ẩn. Ai có được tệp cũng đọc được:</translation>
    </message>
    <message>
        <source>Where the photo was taken, often to within a few metres.</source>
        <translation>Nơi chụp ảnh, thường chính xác đến vài mét.</translation>
    </message>
    <message>
        <source>Which phone or camera took it, sometimes with its serial number.</source>
        <translation>Điện thoại hay máy ảnh nào đã chụp, đôi khi kèm cả số sê-ri.</translation>
    </message>
    <message>
        <source>Your name, if it is set in the phone, camera or editing app.</source>
        <translation>Tên của bạn, nếu nó được đặt trong điện thoại, máy ảnh hoặc ứng dụng chỉnh ảnh.</translation>
    </message>
    <message>
        <source>The date and time it was taken.</source>
        <translation>Ngày và giờ chụp.</translation>
    </message>
    <message>
        <source>A hidden small copy of the original photo. It can show what you cropped out or covered.</source>
        <translation>Một bản sao nhỏ, ẩn của ảnh gốc. Nó có thể cho thấy phần bạn đã cắt bỏ hoặc che đi.</translation>
    </message>
    <message>
        <source>Scrubber removes these details from a copy of the file. Your original stays as it is, unless you choose to replace it.</source>
        <translation>Scrubber xóa những thông tin này khỏi một bản sao của tệp. Tệp gốc của bạn vẫn giữ nguyên, trừ khi bạn chọn thay thế nó.</translation>
    </message>
    <message>
        <source>Documents such as PDF and Word files can hold the author&apos;s name, the computer&apos;s name and the editing history. Videos and voice recordings can hold the place and the device.</source>
        <translation>Tài liệu như tệp PDF và Word có thể chứa tên tác giả, tên máy tính và lịch sử chỉnh sửa. Video và bản ghi âm có thể chứa địa điểm và thiết bị.</translation>
    </message>
    <message>
        <source>If Scrubber says a file is not supported or could not be cleaned, do not share that file as it is.</source>
        <translation>Nếu Scrubber báo một tệp không được hỗ trợ hoặc không làm sạch được, đừng chia sẻ tệp đó như cũ.</translation>
    </message>
    <message>
        <source>Blur in other apps can be undone</source>
        <translation>Làm mờ trong ứng dụng khác có thể bị đảo ngược</translation>
    </message>
    <message>
        <source>Blur and small pixelation made by other apps can be undone by software. Scrubber&apos;s blur and mosaic wipe the area first, but they still show its average colours.</source>
        <translation>Làm mờ và làm vỡ điểm ảnh nhẹ bằng ứng dụng khác có thể bị phần mềm khôi phục lại. Làm mờ và mosaic của Scrubber xóa vùng đó trước, nhưng vẫn cho thấy các màu trung bình của nó.</translation>
    </message>
    <message>
        <source>To hide a face, a tattoo or anything else, use solid fill. Cover a little more than you think you need.</source>
        <translation>Để giấu khuôn mặt, hình xăm hay bất cứ thứ gì, hãy dùng tô kín một màu. Che rộng hơn một chút so với bạn nghĩ là cần.</translation>
    </message>
    <message>
        <source>Your photos can be matched</source>
        <translation>Ảnh của bạn có thể bị đối chiếu</translation>
    </message>
    <message>
        <source>Reverse image search finds other places where the same photo, or one like it, is online.</source>
        <translation>Tìm kiếm bằng hình ảnh tìm ra những nơi khác trên mạng có cùng bức ảnh đó, hoặc ảnh giống nó.</translation>
    </message>
    <message>
        <source>Face recognition exists and is easy to use. A face, a tattoo or a room that people can recognise can link your ad photos to your personal accounts.</source>
        <translation>Nhận diện khuôn mặt có thật và dễ dùng. Một khuôn mặt, hình xăm hay căn phòng mà người khác nhận ra có thể nối ảnh quảng cáo với tài khoản cá nhân của bạn.</translation>
    </message>
    <message>
        <source>Search for your own ad photos now and then, with a reverse image search and a face search. Then you see where they turn up.</source>
        <translation>Thỉnh thoảng hãy tìm ảnh quảng cáo của chính bạn, bằng tìm kiếm hình ảnh và tìm kiếm khuôn mặt. Khi đó bạn sẽ thấy chúng xuất hiện ở đâu.</translation>
    </message>
    <message>
        <source>Tattoos, birthmarks, jewellery, nails, bedding and furniture can link your ads to each other. Cover them or change them.</source>
        <translation>Hình xăm, vết bớt, trang sức, móng tay, chăn ga và đồ đạc có thể nối các quảng cáo của bạn với nhau. Hãy che chúng hoặc thay đổi chúng.</translation>
    </message>
    <message>
        <source>Each camera leaves a faint pattern in its photos that can link them to each other. The option “Weaken the camera fingerprint” makes it weaker, but does not remove it.</source>
        <translation>Mỗi máy ảnh để lại một hoa văn mờ trong ảnh, có thể dùng để nối các ảnh với nhau. Tùy chọn “Làm yếu dấu vân tay máy ảnh” làm nó yếu đi, nhưng không xóa được nó.</translation>
    </message>
    <message>
        <source>Tips from sex workers&apos; digital safety advice</source>
        <translation>Mẹo từ lời khuyên an toàn số dành cho người lao động tình dục</translation>
    </message>
    <message>
        <source>Keep work and personal life apart. Use a separate phone, email and accounts for work if you can.</source>
        <translation>Tách công việc khỏi đời sống riêng. Nếu được, hãy dùng điện thoại, email và tài khoản riêng cho công việc.</translation>
    </message>
    <message>
        <source>Take ad photos with a different phone or camera. If you cannot, turn off location, Live Photos and Motion Photos in the camera before you take them.</source>
        <translation>Chụp ảnh quảng cáo bằng điện thoại hoặc máy ảnh khác. Nếu không thể, hãy tắt vị trí, Live Photos và Motion Photos trong máy ảnh trước khi chụp.</translation>
    </message>
    <message>
        <source>Never use photos from your personal social media in ads, not even old ones.</source>
        <translation>Đừng bao giờ dùng ảnh từ mạng xã hội cá nhân cho quảng cáo, kể cả ảnh cũ.</translation>
    </message>
    <message>
        <source>Cloud backups and shared albums keep your originals, with the place they were taken, and sort them by face. Keep work photos out of them.</source>
        <translation>Bản sao lưu đám mây và album chia sẻ giữ ảnh gốc của bạn, kèm nơi chụp, và sắp xếp chúng theo khuôn mặt. Đừng để ảnh công việc ở đó.</translation>
    </message>
    <message>
        <source>Clean last: after cropping and editing in other apps. Editing apps can add hidden data again.</source>
        <translation>Làm sạch sau cùng: sau khi cắt và chỉnh sửa trong ứng dụng khác. Ứng dụng chỉnh sửa có thể thêm lại dữ liệu ẩn.</translation>
    </message>
    <message>
        <source>Screenshots can show your name, your number and your notifications. Check them before you share them.</source>
        <translation>Ảnh chụp màn hình có thể hiện tên, số điện thoại và thông báo của bạn. Hãy kiểm tra trước khi chia sẻ.</translation>
    </message>
    <message>
        <source>Check the background: letters, papers, photos on the wall, anything with a name or address.</source>
        <translation>Kiểm tra phông nền: thư từ, giấy tờ, ảnh treo tường, bất cứ thứ gì có tên hoặc địa chỉ.</translation>
    </message>
    <message>
        <source>Check mirrors and reflections: sunglasses, windows, screens and shiny surfaces.</source>
        <translation>Kiểm tra gương và hình phản chiếu: kính râm, cửa sổ, màn hình và bề mặt bóng.</translation>
    </message>
    <message>
        <source>Check what can be seen through windows. Streets, signs and buildings can show where you are.</source>
        <translation>Kiểm tra những gì nhìn thấy qua cửa sổ. Đường phố, biển hiệu và tòa nhà có thể cho thấy bạn ở đâu.</translation>
    </message>
    <message>
        <source>Do not post the same photo on your personal and your work accounts.</source>
        <translation>Đừng đăng cùng một ảnh lên tài khoản cá nhân và tài khoản công việc.</translation>
    </message>
    <message>
        <source>Sending a photo “as a file” or by email keeps its hidden data. Send only the clean copy.</source>
        <translation>Gửi ảnh “dưới dạng tệp” hoặc qua email sẽ giữ nguyên dữ liệu ẩn. Chỉ gửi bản sao sạch.</translation>
    </message>
    <message>
        <source>When you are done, delete the originals from Downloads and from shared folders.</source>
        <translation>Khi xong việc, hãy xóa tệp gốc khỏi thư mục Tải xuống và các thư mục chia sẻ.</translation>
    </message>
    <message>
        <source>Before you post, open the clean copy and check it again.</source>
        <translation>Trước khi đăng, hãy mở bản sao sạch và kiểm tra lại.</translation>
    </message>
    <message>
        <source>What your computer may still keep</source>
        <translation>Máy tính của bạn có thể vẫn giữ gì</translation>
    </message>
    <message>
        <source>Scrubber keeps no list of the files you open, but your computer may:</source>
        <translation>Scrubber không lưu danh sách các tệp bạn mở, nhưng máy tính của bạn có thể lưu:</translation>
    </message>
    <message>
        <source>small previews (thumbnails) made by the file manager or photo viewer;</source>
        <translation>hình xem trước nhỏ (hình thu nhỏ) do trình quản lý tệp hoặc trình xem ảnh tạo ra;</translation>
    </message>
    <message>
        <source>lists of recent files in other apps;</source>
        <translation>danh sách tệp gần đây trong các ứng dụng khác;</translation>
    </message>
    <message>
        <source>the originals in Downloads, in the trash and in cloud backups.</source>
        <translation>tệp gốc trong thư mục Tải xuống, trong thùng rác và trong bản sao lưu đám mây.</translation>
    </message>
    <message>
        <source>To clear them:</source>
        <translation>Để xóa chúng:</translation>
    </message>
    <message>
        <source>Empty the trash.</source>
        <translation>Dọn sạch thùng rác.</translation>
    </message>
    <message>
        <source>Clear the recent files in your file manager.</source>
        <translation>Xóa danh sách tệp gần đây trong trình quản lý tệp.</translation>
    </message>
    <message>
        <source>Delete the thumbnail cache. Linux: the .cache/thumbnails folder in your home folder. Windows: Disk Cleanup, then Thumbnails. macOS: restart the Mac.</source>
        <translation>Xóa bộ nhớ đệm hình thu nhỏ. Linux: thư mục .cache/thumbnails trong thư mục chính của bạn. Windows: mở Dọn dẹp Ổ đĩa, rồi chọn Hình thu nhỏ. macOS: khởi động lại máy Mac.</translation>
    </message>
    <message>
        <source>Scrubber works offline</source>
        <translation>Scrubber hoạt động không cần mạng</translation>
    </message>
    <message>
        <source>Scrubber never connects to the internet. Your files stay on this computer.</source>
        <translation>Scrubber không bao giờ kết nối internet. Tệp của bạn ở lại trên máy tính này.</translation>
    </message>
</context>
<context>
    <name>Summary</name>
    <message>
        <source>Cancelled.</source>
        <translation>Đã hủy.</translation>
    </message>
    <message>
        <source>{n} cleaned.</source>
        <translation>Đã làm sạch {n} tệp.</translation>
    </message>
    <message>
        <source>{n} had nothing to remove.</source>
        <translation>{n} tệp không có gì để xóa.</translation>
    </message>
    <message>
        <source>{n} could not be cleaned.</source>
        <translation>{n} tệp không làm sạch được.</translation>
    </message>
    <message>
        <source>{n} not done (cancelled).</source>
        <translation>{n} tệp chưa xử lý (đã hủy).</translation>
    </message>
    <message>
        <source>Nothing was cleaned.</source>
        <translation>Không có tệp nào được làm sạch.</translation>
    </message>
    <message>
        <source>Clean copies are in: {folder}</source>
        <translation>Các bản sao sạch ở trong: {folder}</translation>
    </message>
    <message>
        <source>{name}: {reason}</source>
        <translation>{name}: {reason}</translation>
    </message>
    <message>
        <source>…and {n} more: see the list.</source>
        <translation>…và {n} tệp khác: xem danh sách.</translation>
    </message>
</context>
<context>
    <name>messages</name>
    <message>
        <source>{metres} m above sea level</source>
        <translation>{metres} m trên mực nước biển</translation>
    </message>
    <message>
        <source>{metres} m below sea level</source>
        <translation>{metres} m dưới mực nước biển</translation>
    </message>
    <message>
        <source>{count} bytes of data</source>
        <translation>{count} byte dữ liệu</translation>
    </message>
    <message>
        <source>The file name shows when it was taken: {shown}</source>
        <translation>Tên tệp cho thấy thời điểm chụp: {shown}</translation>
    </message>
    <message>
        <source>The file name shows the phone or camera that made it: {shown}</source>
        <translation>Tên tệp cho thấy điện thoại hoặc máy ảnh đã tạo ra tệp: {shown}</translation>
    </message>
    <message>
        <source>The file name shows the app that made it: {apps}</source>
        <translation>Tên tệp cho thấy ứng dụng đã tạo ra tệp: {apps}</translation>
    </message>
    <message>
        <source>{finding} (the name was kept)</source>
        <translation>{finding} (tên tệp được giữ nguyên)</translation>
    </message>
    <message>
        <source>The file cannot be found. Was it moved or deleted?</source>
        <translation>Không tìm thấy tệp. Có phải tệp đã bị di chuyển hoặc bị xóa không?</translation>
    </message>
    <message>
        <source>This is not a normal file (it is a folder, a device or a pipe).</source>
        <translation>Đây không phải là tệp thông thường (mà là thư mục, thiết bị hoặc ống dẫn).</translation>
    </message>
    <message>
        <source>This is a folder, not a file.</source>
        <translation>Đây là thư mục, không phải tệp.</translation>
    </message>
    <message>
        <source>The file is empty.</source>
        <translation>Tệp trống.</translation>
    </message>
    <message>
        <source>The file cannot be read: {reason}</source>
        <translation>Không đọc được tệp: {reason}</translation>
    </message>
    <message>
        <source>The file name says {format}, but the file cannot be read as {format}.</source>
        <translation>Tên tệp cho biết đây là {format}, nhưng không đọc được tệp dưới dạng {format}.</translation>
    </message>
    <message>
        <source>This type of file is not supported, so it was not cleaned.</source>
        <translation>Loại tệp này không được hỗ trợ, nên tệp không được làm sạch.</translation>
    </message>
    <message>
        <source>This is a link; it was not followed.</source>
        <translation>Đây là liên kết; không đi theo liên kết này.</translation>
    </message>
    <message>
        <source>This file could not be read ({kind}).</source>
        <translation>Không đọc được tệp này ({kind}).</translation>
    </message>
    <message>
        <source>It holds documents inside documents, too many levels deep.</source>
        <translation>Tệp chứa tài liệu lồng trong tài liệu, quá nhiều tầng.</translation>
    </message>
    <message>
        <source>There is not enough memory to read this file.</source>
        <translation>Không đủ bộ nhớ để đọc tệp này.</translation>
    </message>
    <message>
        <source>There is not enough memory.</source>
        <translation>Không đủ bộ nhớ.</translation>
    </message>
    <message>
        <source>A file could not be read or written: {reason}</source>
        <translation>Không đọc hoặc ghi được một tệp: {reason}</translation>
    </message>
    <message>
        <source>Unexpected error ({kind}). Nothing was written.</source>
        <translation>Lỗi không mong đợi ({kind}). Không có gì được ghi.</translation>
    </message>
    <message>
        <source>The copy would replace the original. Choose another name or folder.</source>
        <translation>Bản sao sẽ thay thế tệp gốc. Hãy chọn tên hoặc thư mục khác.</translation>
    </message>
    <message>
        <source>Replacing the original cannot change the file type. Save copies in a folder instead.</source>
        <translation>Khi thay thế tệp gốc thì không thể đổi loại tệp. Thay vào đó, hãy lưu bản sao vào một thư mục.</translation>
    </message>
    <message>
        <source>This file is a link. Save copies in a folder instead.</source>
        <translation>Tệp này là liên kết. Thay vào đó, hãy lưu bản sao vào một thư mục.</translation>
    </message>
    <message>
        <source>The clean copy could not be checked again, so it was deleted: {reason}</source>
        <translation>Không kiểm tra lại được bản sao sạch, nên đã xóa nó: {reason}</translation>
    </message>
    <message>
        <source>The clean copy still held data ({left}), so it was deleted.</source>
        <translation>Bản sao sạch vẫn còn dữ liệu ({left}), nên đã xóa nó.</translation>
    </message>
    <message>
        <source>The folder for the copies cannot be created: {reason}</source>
        <translation>Không tạo được thư mục chứa bản sao: {reason}</translation>
    </message>
    <message>
        <source>Nothing can be saved in the folder for the copies: {reason}</source>
        <translation>Không lưu được gì vào thư mục chứa bản sao: {reason}</translation>
    </message>
    <message>
        <source>The copy could not be finished: {reason}</source>
        <translation>Không hoàn tất được bản sao: {reason}</translation>
    </message>
    <message>
        <source>The copies could not be saved to the disk: {reason}</source>
        <translation>Không lưu được các bản sao vào ổ đĩa: {reason}</translation>
    </message>
    <message>
        <source>No free name was found for the clean copy.</source>
        <translation>Không tìm được tên chưa dùng cho bản sao sạch.</translation>
    </message>
    <message>
        <source>The clean copy could not be saved: {reason}</source>
        <translation>Không lưu được bản sao sạch: {reason}</translation>
    </message>
    <message>
        <source>The earlier copy could not be replaced: {reason}</source>
        <translation>Không thay thế được bản sao trước đó: {reason}</translation>
    </message>
    <message>
        <source>This JPEG is damaged: its beginning is missing.</source>
        <translation>Tệp JPEG này bị hỏng: thiếu phần đầu.</translation>
    </message>
    <message>
        <source>This JPEG is damaged (a wrong length at byte {pos}).</source>
        <translation>Tệp JPEG này bị hỏng (độ dài sai ở byte {pos}).</translation>
    </message>
    <message>
        <source>This JPEG is damaged: its picture does not end where it should.</source>
        <translation>Tệp JPEG này bị hỏng: hình không kết thúc ở chỗ đáng lẽ phải kết thúc.</translation>
    </message>
    <message>
        <source>This JPEG is damaged (a missing marker at byte {pos}).</source>
        <translation>Tệp JPEG này bị hỏng (thiếu một dấu đánh dấu ở byte {pos}).</translation>
    </message>
    <message>
        <source>This JPEG is cut off before the picture starts.</source>
        <translation>Tệp JPEG này bị cắt mất trước khi phần hình bắt đầu.</translation>
    </message>
    <message>
        <source>This JPEG is damaged: it has far too many parts.</source>
        <translation>Tệp JPEG này bị hỏng: có quá nhiều phần.</translation>
    </message>
    <message>
        <source>This rare kind of JPEG (hierarchical or JPEG-LS) is not supported.</source>
        <translation>Loại JPEG hiếm này (phân cấp hoặc JPEG-LS) không được hỗ trợ.</translation>
    </message>
    <message>
        <source>This JPEG holds no picture.</source>
        <translation>Tệp JPEG này không chứa hình nào.</translation>
    </message>
    <message>
        <source>This JPEG is damaged: its picture is not where the file says.</source>
        <translation>Tệp JPEG này bị hỏng: hình không nằm ở chỗ tệp ghi.</translation>
    </message>
    <message>
        <source>This JPEG is damaged: it holds more than one picture frame.</source>
        <translation>Tệp JPEG này bị hỏng: chứa nhiều hơn một khung hình.</translation>
    </message>
    <message>
        <source>This JPEG has other data hidden inside its picture, so it was not cleaned.</source>
        <translation>Tệp JPEG này có dữ liệu khác giấu bên trong hình, nên không được làm sạch.</translation>
    </message>
    <message>
        <source>The colour profile is too large.</source>
        <translation>Hồ sơ màu quá lớn.</translation>
    </message>
    <message>
        <source>The picture is incomplete: the file was cut off.</source>
        <translation>Hình không đầy đủ: tệp đã bị cắt mất.</translation>
    </message>
    <message>
        <source>This JPEG is damaged in places; the copy looks the same as the original did.</source>
        <translation>Tệp JPEG này bị hỏng vài chỗ; bản sao trông giống như tệp gốc.</translation>
    </message>
    <message>
        <source>The GIF file was cut short; its complete frames were kept.</source>
        <translation>Tệp GIF bị cắt ngắn; các khung hình hoàn chỉnh đã được giữ lại.</translation>
    </message>
    <message>
        <source>The {format} picture was saved as PNG.</source>
        <translation>Hình {format} đã được lưu thành PNG.</translation>
    </message>
    <message>
        <source>Only the first frame of the animation was kept ({frames} in the file).</source>
        <translation>Chỉ giữ lại khung hình đầu tiên của ảnh động ({frames} khung hình trong tệp).</translation>
    </message>
    <message>
        <source>Only the first page was kept ({frames} in the file).</source>
        <translation>Chỉ giữ lại trang đầu tiên ({frames} trang trong tệp).</translation>
    </message>
    <message>
        <source>The picture was saved with 8 bits per colour (it had more).</source>
        <translation>Hình đã được lưu với 8 bit mỗi màu (trước đó nhiều hơn).</translation>
    </message>
    <message>
        <source>Colours may look slightly different ({mode} was turned into RGB).</source>
        <translation>Màu có thể trông hơi khác ({mode} đã được chuyển sang RGB).</translation>
    </message>
    <message>
        <source>Transparent areas were filled with white (JPEG has no transparency).</source>
        <translation>Vùng trong suốt đã được tô màu trắng (JPEG không có độ trong suốt).</translation>
    </message>
    <message>
        <source>The form&apos;s XML layer was removed.</source>
        <translation>Lớp XML của biểu mẫu đã bị xóa.</translation>
    </message>
    <message>
        <source>A digital signature was removed.</source>
        <translation>Một chữ ký số đã bị xóa.</translation>
    </message>
    <message>
        <source>Embedded objects (files inside the document) were removed.</source>
        <translation>Các đối tượng nhúng (tệp bên trong tài liệu) đã bị xóa.</translation>
    </message>
    <message>
        <source>Pictures in drawing formats that cannot be checked (SVG, WMF…) were removed.</source>
        <translation>Hình ở định dạng vẽ không kiểm tra được (SVG, WMF…) đã bị xóa.</translation>
    </message>
    <message>
        <source>It is saved as {ext}: the same document without macros.</source>
        <translation>Tài liệu được lưu thành {ext}: cùng tài liệu đó nhưng không có macro.</translation>
    </message>
    <message>
        <source>The animation keeps its rotation tag; its frames were not turned.</source>
        <translation>Ảnh động giữ thẻ xoay; các khung hình không được xoay.</translation>
    </message>
    <message>
        <source>This TIFF has {count} pages. Many viewers show only the first: check the others too.</source>
        <translation>Tệp TIFF này có {count} trang. Nhiều trình xem chỉ hiện trang đầu: hãy kiểm tra cả các trang khác.</translation>
    </message>
    <message>
        <source>The TIFF keeps its orientation tag; its pixels were not turned.</source>
        <translation>Tệp TIFF giữ thẻ hướng; các điểm ảnh không được xoay.</translation>
    </message>
    <message>
        <source>Colours may look slightly different in the JPEG copy.</source>
        <translation>Màu trong bản sao JPEG có thể trông hơi khác.</translation>
    </message>
    <message>
        <source>This PNG is cut off before the picture starts.</source>
        <translation>Tệp PNG này bị cắt mất trước khi phần hình bắt đầu.</translation>
    </message>
    <message>
        <source>The file was cut off; the clean copy keeps the part that is there.</source>
        <translation>Tệp đã bị cắt mất; bản sao sạch giữ phần còn lại.</translation>
    </message>
    <message>
        <source>The removed data said to turn the picture. Check that it is the right way up.</source>
        <translation>Dữ liệu đã xóa có yêu cầu xoay hình. Hãy kiểm tra xem hình có đúng chiều không.</translation>
    </message>
    <message>
        <source>Viewers that do not play animations now show a blank picture instead of a hidden one.</source>
        <translation>Trình xem không phát ảnh động giờ sẽ hiện một hình trống thay vì một hình ẩn.</translation>
    </message>
    <message>
        <source>The sound was removed.</source>
        <translation>Âm thanh đã bị xóa.</translation>
    </message>
    <message>
        <source>The clip had more than 8 bits per colour (HDR); the copy has 8, so colours may look flatter.</source>
        <translation>Video có hơn 8 bit mỗi màu (HDR); bản sao có 8 bit, nên màu có thể trông nhạt hơn.</translation>
    </message>
    <message>
        <source>Its broken index was rebuilt the way PDF viewers do it. Check the clean copy.</source>
        <translation>Chỉ mục bị hỏng của tệp đã được dựng lại theo cách các trình đọc PDF làm. Hãy kiểm tra bản sao sạch.</translation>
    </message>
    <message>
        <source>It was locked against copying, printing or changes, but opens without a password. The clean copy has no lock.</source>
        <translation>Tệp bị khóa không cho sao chép, in hoặc sửa, nhưng mở được mà không cần mật khẩu. Bản sao sạch không có khóa.</translation>
    </message>
    <message>
        <source>Its attached files are locked with a password (the pages are not). The clean copy has no attachments.</source>
        <translation>Các tệp đính kèm bị khóa bằng mật khẩu (các trang thì không). Bản sao sạch không có tệp đính kèm.</translation>
    </message>
    <message>
        <source>A cropped picture still held the part you cut away. It was removed.</source>
        <translation>Một hình đã cắt vẫn còn giữ phần bạn đã cắt bỏ. Phần đó đã bị xóa.</translation>
    </message>
    <message>
        <source>Pages were turned into pictures: text can no longer be selected or searched.</source>
        <translation>Các trang đã được chuyển thành hình ảnh: không thể chọn hoặc tìm kiếm chữ nữa.</translation>
    </message>
    <message>
        <source>{count} layers of this PDF are hidden when it opens. They are kept in the copy; to leave them out, choose to turn PDF pages into pictures.</source>
        <translation>{count} lớp của PDF này bị ẩn khi mở. Chúng vẫn được giữ trong bản sao; để bỏ chúng đi, hãy chọn chuyển trang PDF thành hình ảnh.</translation>
    </message>
    <message>
        <source>1 layer of this PDF is hidden when it opens. It is kept in the copy; to leave it out, choose to turn PDF pages into pictures.</source>
        <translation>1 lớp của PDF này bị ẩn khi mở. Lớp đó vẫn được giữ trong bản sao; để bỏ nó đi, hãy chọn chuyển trang PDF thành hình ảnh.</translation>
    </message>
    <message>
        <source>There is text in white, unseen on a white page, on {count} pages. It is kept in the copy; to leave it out, choose to turn PDF pages into pictures.</source>
        <translation>Có chữ màu trắng, không nhìn thấy trên trang trắng, ở {count} trang. Chữ đó vẫn được giữ trong bản sao; để bỏ nó đi, hãy chọn chuyển trang PDF thành hình ảnh.</translation>
    </message>
    <message>
        <source>There is text in white, unseen on a white page, on 1 page. It is kept in the copy; to leave it out, choose to turn PDF pages into pictures.</source>
        <translation>Có chữ màu trắng, không nhìn thấy trên trang trắng, ở 1 trang. Chữ đó vẫn được giữ trong bản sao; để bỏ nó đi, hãy chọn chuyển trang PDF thành hình ảnh.</translation>
    </message>
    <message>
        <source>There is text placed outside the page on {count} pages. It is kept in the copy; to leave it out, choose to turn PDF pages into pictures.</source>
        <translation>Có chữ đặt bên ngoài trang ở {count} trang. Chữ đó vẫn được giữ trong bản sao; để bỏ nó đi, hãy chọn chuyển trang PDF thành hình ảnh.</translation>
    </message>
    <message>
        <source>There is text placed outside the page on 1 page. It is kept in the copy; to leave it out, choose to turn PDF pages into pictures.</source>
        <translation>Có chữ đặt bên ngoài trang ở 1 trang. Chữ đó vẫn được giữ trong bản sao; để bỏ nó đi, hãy chọn chuyển trang PDF thành hình ảnh.</translation>
    </message>
    <message>
        <source>Embedded fonts were removed.</source>
        <translation>Phông chữ nhúng đã bị xóa.</translation>
    </message>
    <message>
        <source>Videos and sounds were removed: they could not be checked.</source>
        <translation>Video và âm thanh đã bị xóa: không kiểm tra được chúng.</translation>
    </message>
    <message>
        <source>Pictures in drawing formats that cannot be checked (EMF, WMF, SVG…) were removed.</source>
        <translation>Hình ở định dạng vẽ không kiểm tra được (EMF, WMF, SVG…) đã bị xóa.</translation>
    </message>
    <message>
        <source>The photo was saved again at high quality ({reason}).</source>
        <translation>Ảnh đã được lưu lại với chất lượng cao ({reason}).</translation>
    </message>
    <message>
        <source>The macros (programs) in this document were removed.</source>
        <translation>Các macro (chương trình) trong tài liệu này đã bị xóa.</translation>
    </message>
    <message>
        <source>This PDF asks for a password to open it. Remove the password first.</source>
        <translation>Tệp PDF này cần mật khẩu để mở. Hãy gỡ mật khẩu trước.</translation>
    </message>
    <message>
        <source>This PDF is damaged and cannot be cleaned safely.</source>
        <translation>Tệp PDF này bị hỏng và không thể làm sạch an toàn.</translation>
    </message>
    <message>
        <source>This PDF is damaged and cannot be cleaned safely: its end is missing.</source>
        <translation>Tệp PDF này bị hỏng và không thể làm sạch an toàn: thiếu phần cuối.</translation>
    </message>
    <message>
        <source>This PDF is damaged (cut off, or parts of it are broken) and cannot be cleaned safely. Saving it again from a PDF viewer may repair it.</source>
        <translation>Tệp PDF này bị hỏng (bị cắt mất, hoặc có phần bị hư) và không thể làm sạch an toàn. Lưu lại tệp từ một trình đọc PDF có thể sửa được nó.</translation>
    </message>
    <message>
        <source>This {format} picture is damaged and cannot be decoded: part of it is missing.</source>
        <translation>Hình {format} này bị hỏng và không giải mã được: thiếu một phần.</translation>
    </message>
    <message>
        <source>{count} slides are hidden. They are kept in the copy; to remove them, turn on removing hidden content.</source>
        <translation>Có {count} trang chiếu bị ẩn. Chúng vẫn được giữ trong bản sao; để xóa chúng, hãy bật tùy chọn xóa nội dung ẩn.</translation>
    </message>
    <message>
        <source>1 slide is hidden. It is kept in the copy; to remove it, turn on removing hidden content.</source>
        <translation>Có 1 trang chiếu bị ẩn. Trang đó vẫn được giữ trong bản sao; để xóa nó, hãy bật tùy chọn xóa nội dung ẩn.</translation>
    </message>
    <message>
        <source>There are speaker notes on {count} slides. They are kept in the copy; to remove them, turn on removing speaker notes.</source>
        <translation>Có ghi chú của người thuyết trình trên {count} trang chiếu. Chúng vẫn được giữ trong bản sao; để xóa chúng, hãy bật tùy chọn xóa ghi chú của người thuyết trình.</translation>
    </message>
    <message>
        <source>There are speaker notes on 1 slide. They are kept in the copy; to remove them, turn on removing speaker notes.</source>
        <translation>Có ghi chú của người thuyết trình trên 1 trang chiếu. Chúng vẫn được giữ trong bản sao; để xóa chúng, hãy bật tùy chọn xóa ghi chú của người thuyết trình.</translation>
    </message>
    <message>
        <source>{count} sheets are hidden. They are kept in the copy; to remove them, turn on removing hidden content.</source>
        <translation>Có {count} trang tính bị ẩn. Chúng vẫn được giữ trong bản sao; để xóa chúng, hãy bật tùy chọn xóa nội dung ẩn.</translation>
    </message>
    <message>
        <source>1 sheet is hidden. It is kept in the copy; to remove it, turn on removing hidden content.</source>
        <translation>Có 1 trang tính bị ẩn. Trang tính đó vẫn được giữ trong bản sao; để xóa nó, hãy bật tùy chọn xóa nội dung ẩn.</translation>
    </message>
    <message>
        <source>There is hidden text in {count} places. It is kept in the copy; to remove it, turn on removing hidden content.</source>
        <translation>Có văn bản ẩn ở {count} chỗ. Văn bản đó vẫn được giữ trong bản sao; để xóa, hãy bật tùy chọn xóa nội dung ẩn.</translation>
    </message>
    <message>
        <source>There is hidden text in 1 place. It is kept in the copy; to remove it, turn on removing hidden content.</source>
        <translation>Có văn bản ẩn ở 1 chỗ. Văn bản đó vẫn được giữ trong bản sao; để xóa, hãy bật tùy chọn xóa nội dung ẩn.</translation>
    </message>
    <message>
        <source>{count} sections are hidden. They are kept in the copy; to remove them, turn on removing hidden content.</source>
        <translation>Có {count} phần bị ẩn. Chúng vẫn được giữ trong bản sao; để xóa chúng, hãy bật tùy chọn xóa nội dung ẩn.</translation>
    </message>
    <message>
        <source>1 section is hidden. It is kept in the copy; to remove it, turn on removing hidden content.</source>
        <translation>Có 1 phần bị ẩn. Phần đó vẫn được giữ trong bản sao; để xóa nó, hãy bật tùy chọn xóa nội dung ẩn.</translation>
    </message>
    <message>
        <source>A cropped photo still held the part you cut away. It was removed.</source>
        <translation>Một ảnh đã cắt vẫn còn giữ phần bạn đã cắt bỏ. Phần đó đã bị xóa.</translation>
    </message>
    <message>
        <source>{count} cropped photos still held the parts you cut away. They were removed.</source>
        <translation>{count} ảnh đã cắt vẫn còn giữ những phần bạn đã cắt bỏ. Các phần đó đã bị xóa.</translation>
    </message>
    <message>
        <source>The camera fingerprint was weakened, not removed. The picture was resized from {before} to {after} pixels.</source>
        <translation>Dấu vân tay máy ảnh đã được làm yếu đi, chứ không bị xóa. Hình đã được đổi kích thước từ {before} thành {after} điểm ảnh.</translation>
    </message>
    <message>
        <source>This document is protected by a password. Remove the password first.</source>
        <translation>Tài liệu này được bảo vệ bằng mật khẩu. Hãy gỡ mật khẩu trước.</translation>
    </message>
    <message>
        <source>This document is damaged: its contents cannot be unpacked.</source>
        <translation>Tài liệu này bị hỏng: không giải nén được nội dung.</translation>
    </message>
    <message>
        <source>This document is damaged and cannot be read safely.</source>
        <translation>Tài liệu này bị hỏng và không thể đọc an toàn.</translation>
    </message>
    <message>
        <source>This TIFF file holds no picture.</source>
        <translation>Tệp TIFF này không chứa hình nào.</translation>
    </message>
    <message>
        <source>Camera RAW files are not supported. Export a TIFF or JPEG first.</source>
        <translation>Tệp RAW của máy ảnh không được hỗ trợ. Hãy xuất ra TIFF hoặc JPEG trước.</translation>
    </message>
    <message>
        <source>This TIFF file is damaged.</source>
        <translation>Tệp TIFF này bị hỏng.</translation>
    </message>
    <message>
        <source>Old-style JPEG TIFF files are not supported. Convert them first.</source>
        <translation>Tệp TIFF dùng JPEG kiểu cũ không được hỗ trợ. Hãy chuyển đổi chúng trước.</translation>
    </message>
    <message>
        <source>This TIFF file is cut off or damaged.</source>
        <translation>Tệp TIFF này bị cắt mất hoặc bị hỏng.</translation>
    </message>
    <message>
        <source>This {format} picture is encrypted.</source>
        <translation>Ảnh {format} này đã được mã hóa.</translation>
    </message>
    <message>
        <source>This {format} picture is damaged and cannot be decoded.</source>
        <translation>Ảnh {format} này bị hỏng và không giải mã được.</translation>
    </message>
    <message>
        <source>The description of this {format} picture is too large to check.</source>
        <translation>Phần mô tả của ảnh {format} này quá lớn để kiểm tra.</translation>
    </message>
    <message>
        <source>{format} picture sequences and videos are not supported.</source>
        <translation>Chuỗi ảnh và video {format} không được hỗ trợ.</translation>
    </message>
    <message>
        <source>This {format} file has too many parts to check safely.</source>
        <translation>Tệp {format} này có quá nhiều phần để kiểm tra an toàn.</translation>
    </message>
    <message>
        <source>This picture is AVIF, not HEIC. Rename it to end in .avif.</source>
        <translation>Ảnh này là AVIF, không phải HEIC. Hãy đổi tên để nó kết thúc bằng .avif.</translation>
    </message>
    <message>
        <source>The picture is too small to save as HEIC. Choose JPEG copies instead.</source>
        <translation>Hình quá nhỏ để lưu thành HEIC. Thay vào đó, hãy chọn bản sao JPEG.</translation>
    </message>
    <message>
        <source>The picture could not be saved as HEIC. Choose JPEG copies instead.</source>
        <translation>Không lưu được hình thành HEIC. Thay vào đó, hãy chọn bản sao JPEG.</translation>
    </message>
    <message>
        <source>The picture is too large to process ({size} pixels).</source>
        <translation>Hình quá lớn để xử lý ({size} điểm ảnh).</translation>
    </message>
    <message>
        <source>This is not a valid PNG file.</source>
        <translation>Đây không phải là tệp PNG hợp lệ.</translation>
    </message>
    <message>
        <source>This PNG file is damaged (a part of it is not valid).</source>
        <translation>Tệp PNG này bị hỏng (một phần của nó không hợp lệ).</translation>
    </message>
    <message>
        <source>This PNG file is damaged: its beginning is missing.</source>
        <translation>Tệp PNG này bị hỏng: thiếu phần đầu.</translation>
    </message>
    <message>
        <source>This PDF is too complex to be checked safely.</source>
        <translation>Tệp PDF này quá phức tạp để kiểm tra an toàn.</translation>
    </message>
    <message>
        <source>This PDF has too many levels, one inside another, to be checked safely.</source>
        <translation>Tệp PDF này có quá nhiều tầng lồng vào nhau để kiểm tra an toàn.</translation>
    </message>
    <message>
        <source>The drawings in this PDF are put one inside another too many times to be checked safely.</source>
        <translation>Các hình vẽ trong PDF này lồng vào nhau quá nhiều lần để kiểm tra an toàn.</translation>
    </message>
    <message>
        <source>This PDF has too many parts ({count}) to be checked safely.</source>
        <translation>Tệp PDF này có quá nhiều phần ({count}) để kiểm tra an toàn.</translation>
    </message>
    <message>
        <source>This PDF has too many pages ({count}) to turn them into pictures.</source>
        <translation>Tệp PDF này có quá nhiều trang ({count}) để chuyển thành hình ảnh.</translation>
    </message>
    <message>
        <source>This PDF could not be given a new document ID, so it was not cleaned.</source>
        <translation>Không gán được ID tài liệu mới cho PDF này, nên tệp không được làm sạch.</translation>
    </message>
    <message>
        <source>This PDF could not be copied faithfully, so it was not cleaned.</source>
        <translation>Không sao chép được PDF này một cách trung thực, nên tệp không được làm sạch.</translation>
    </message>
    <message>
        <source>A page of this PDF has pictures on it that cannot be checked. To clean this PDF, choose to turn PDF pages into pictures.</source>
        <translation>Một trang của PDF này có hình không kiểm tra được. Để làm sạch PDF này, hãy chọn chuyển trang PDF thành hình ảnh.</translation>
    </message>
    <message>
        <source>A picture in this PDF is shown through a shape that hides part of it, and it cannot be cut exactly. To clean this PDF, choose to turn PDF pages into pictures.</source>
        <translation>Một hình trong PDF này được hiển thị qua một hình dạng che mất một phần của nó, và không thể cắt chính xác. Để làm sạch PDF này, hãy chọn chuyển trang PDF thành hình ảnh.</translation>
    </message>
    <message>
        <source>A picture in this PDF has a hidden part, stored in a way that cannot be cut away. To clean this PDF, choose to turn PDF pages into pictures.</source>
        <translation>Một hình trong PDF này có một phần bị ẩn, được lưu theo cách không thể cắt bỏ. Để làm sạch PDF này, hãy chọn chuyển trang PDF thành hình ảnh.</translation>
    </message>
    <message>
        <source>A picture in this PDF has a hidden part and is too large to be cut. To clean this PDF, choose to turn PDF pages into pictures.</source>
        <translation>Một hình trong PDF này có một phần bị ẩn và quá lớn để cắt. Để làm sạch PDF này, hãy chọn chuyển trang PDF thành hình ảnh.</translation>
    </message>
    <message>
        <source>A picture in this PDF is stored in a way that cannot be checked.</source>
        <translation>Một hình trong PDF này được lưu theo cách không kiểm tra được.</translation>
    </message>
    <message>
        <source>A picture drawn inside a page of this PDF is stored in a way that cannot be checked.</source>
        <translation>Một hình vẽ ngay bên trong một trang của PDF này được lưu theo cách không kiểm tra được.</translation>
    </message>
    <message>
        <source>A colour profile in this PDF is stored in a way that cannot be checked.</source>
        <translation>Một hồ sơ màu trong PDF này được lưu theo cách không kiểm tra được.</translation>
    </message>
    <message>
        <source>A picture drawn inside a page of this PDF could not be saved again without its hidden data.</source>
        <translation>Không lưu lại được một hình vẽ ngay bên trong một trang của PDF này mà không kèm dữ liệu ẩn của nó.</translation>
    </message>
    <message>
        <source>A picture in this PDF is too large once unpacked (more than {mb} MB).</source>
        <translation>Một hình trong PDF này quá lớn khi giải nén (hơn {mb} MB).</translation>
    </message>
    <message>
        <source>A picture drawn inside a page of this PDF is too large once unpacked (more than {mb} MB).</source>
        <translation>Một hình vẽ ngay bên trong một trang của PDF này quá lớn khi giải nén (hơn {mb} MB).</translation>
    </message>
    <message>
        <source>A page of this PDF is too large once unpacked (more than {mb} MB).</source>
        <translation>Một trang của PDF này quá lớn khi giải nén (hơn {mb} MB).</translation>
    </message>
    <message>
        <source>A colour profile in this PDF is too large once unpacked (more than {mb} MB).</source>
        <translation>Một hồ sơ màu trong PDF này quá lớn khi giải nén (hơn {mb} MB).</translation>
    </message>
    <message>
        <source>A JPEG 2000 picture in this PDF has comments that cannot be removed.</source>
        <translation>Một hình JPEG 2000 trong PDF này có chú thích không xóa được.</translation>
    </message>
    <message>
        <source>There is a problem with a picture in this PDF. {problem}</source>
        <translation>Có vấn đề với một hình trong PDF này. {problem}</translation>
    </message>
    <message>
        <source>There is a problem with a picture drawn inside a page of this PDF. {problem}</source>
        <translation>Có vấn đề với một hình vẽ ngay bên trong một trang của PDF này. {problem}</translation>
    </message>
    <message>
        <source>Unpacked, this document would take more than {mb} MB: too much to be checked safely.</source>
        <translation>Khi giải nén, tài liệu này sẽ chiếm hơn {mb} MB: quá nhiều để kiểm tra an toàn.</translation>
    </message>
    <message>
        <source>A part of this document ({part}) holds an XML declaration used in attacks, so it was not opened.</source>
        <translation>Một phần của tài liệu này ({part}) chứa một khai báo XML được dùng trong các vụ tấn công, nên không được mở.</translation>
    </message>
    <message>
        <source>There is a problem with a picture in this document ({part}). {problem}</source>
        <translation>Có vấn đề với một hình trong tài liệu này ({part}). {problem}</translation>
    </message>
    <message>
        <source>There is a problem with a document inside this document ({part}). {problem}</source>
        <translation>Có vấn đề với một tài liệu nằm bên trong tài liệu này ({part}). {problem}</translation>
    </message>
    <message>
        <source>This document is packed in a way used to crash programs (a zip bomb), so it was not opened.</source>
        <translation>Tài liệu này được nén theo cách dùng để làm sập chương trình (bom zip), nên không được mở.</translation>
    </message>
    <message>
        <source>This zip file is not an OpenDocument file.</source>
        <translation>Tệp zip này không phải là tệp OpenDocument.</translation>
    </message>
    <message>
        <source>This kind of OpenDocument file is not supported.</source>
        <translation>Loại tệp OpenDocument này không được hỗ trợ.</translation>
    </message>
    <message>
        <source>This zip file is not an Office document.</source>
        <translation>Tệp zip này không phải là tài liệu Office.</translation>
    </message>
    <message>
        <source>This kind of Office document is not supported.</source>
        <translation>Loại tài liệu Office này không được hỗ trợ.</translation>
    </message>
    <message>
        <source>This is an old-style Office file (.doc, .xls, .ppt) or a document protected by a password. Open it in Office and save it as .docx, .xlsx or .pptx, without a password.</source>
        <translation>Đây là tệp Office kiểu cũ (.doc, .xls, .ppt) hoặc tài liệu được bảo vệ bằng mật khẩu. Hãy mở nó trong Office rồi lưu thành .docx, .xlsx hoặc .pptx, không đặt mật khẩu.</translation>
    </message>
    <message>
        <source>This document is saved as Strict Open XML, which is not supported. Save it again as an ordinary .docx, .xlsx or .pptx file.</source>
        <translation>Tài liệu này được lưu dưới dạng Strict Open XML, định dạng không được hỗ trợ. Hãy lưu lại thành tệp .docx, .xlsx hoặc .pptx thông thường.</translation>
    </message>
    <message>
        <source>Part of this document&apos;s text is stored inside it as a web page or in another format, which cannot be checked. Open it in Word and save it again.</source>
        <translation>Một phần văn bản của tài liệu này được lưu bên trong nó dưới dạng trang web hoặc ở định dạng khác, không kiểm tra được. Hãy mở nó trong Word rồi lưu lại.</translation>
    </message>
    <message>
        <source>The picture is too large to process.</source>
        <translation>Hình quá lớn để xử lý.</translation>
    </message>
    <message>
        <source>A cropped picture in it is too large to cut safely.</source>
        <translation>Một hình đã cắt trong tệp quá lớn để cắt an toàn.</translation>
    </message>
    <message>
        <source>Areas cannot be covered in {format} pictures.</source>
        <translation>Không thể che vùng trong hình {format}.</translation>
    </message>
    <message>
        <source>{format} files are not video clips.</source>
        <translation>Tệp {format} không phải là video.</translation>
    </message>
    <message>
        <source>Covering areas makes a new copy: the original is never changed. Save copies in a folder instead.</source>
        <translation>Che vùng sẽ tạo ra một bản sao mới: tệp gốc không bao giờ bị thay đổi. Thay vào đó, hãy lưu bản sao vào một thư mục.</translation>
    </message>
    <message>
        <source>This clip is turned by {degrees} degrees, which is not supported.</source>
        <translation>Video này bị xoay {degrees} độ, điều này không được hỗ trợ.</translation>
    </message>
    <message>
        <source>The clip is too large to process ({size} pixels).</source>
        <translation>Video quá lớn để xử lý ({size} điểm ảnh).</translation>
    </message>
    <message>
        <source>This HEIF picture uses a kind of compression that is not supported ({code}).</source>
        <translation>Ảnh HEIF này dùng một kiểu nén không được hỗ trợ ({code}).</translation>
    </message>
    <message>
        <source>The picture could not be saved as AVIF.</source>
        <translation>Không lưu được hình thành AVIF.</translation>
    </message>
    <message>
        <source>This {format} file is stored in pieces, as when it is streamed. This is not supported.</source>
        <translation>Tệp {format} này được lưu thành từng mảnh, như khi phát trực tuyến. Điều này không được hỗ trợ.</translation>
    </message>
    <message>
        <source>The header of this {format} file is split up or compressed. This is not supported.</source>
        <translation>Phần đầu của tệp {format} này bị chia nhỏ hoặc bị nén. Điều này không được hỗ trợ.</translation>
    </message>
    <message>
        <source>This {format} file plays sound or pictures stored in other files. This is not supported.</source>
        <translation>Tệp {format} này phát âm thanh hoặc hình ảnh được lưu trong các tệp khác. Điều này không được hỗ trợ.</translation>
    </message>
    <message>
        <source>This {format} file is copy-protected, so it cannot be cleaned.</source>
        <translation>Tệp {format} này được bảo vệ chống sao chép, nên không thể làm sạch.</translation>
    </message>
    <message>
        <source>This {format} file is too large to clean.</source>
        <translation>Tệp {format} này quá lớn để làm sạch.</translation>
    </message>
    <message>
        <source>The sound of this video is stored in a way that is not supported.</source>
        <translation>Âm thanh của video này được lưu theo cách không được hỗ trợ.</translation>
    </message>
    <message>
        <source>The sound of this video is in an old format that is not supported.</source>
        <translation>Âm thanh của video này ở định dạng cũ không được hỗ trợ.</translation>
    </message>
    <message>
        <source>This M4A file also holds video, chapters or text, which cannot be cleaned here.</source>
        <translation>Tệp M4A này còn chứa video, chương hoặc văn bản, những thứ không thể làm sạch ở đây.</translation>
    </message>
    <message>
        <source>This is copy-protected iTunes music. Its purchase record cannot be removed without breaking it.</source>
        <translation>Đây là nhạc iTunes được bảo vệ chống sao chép. Không thể xóa thông tin mua hàng của nó mà không làm hỏng tệp.</translation>
    </message>
    <message>
        <source>This FLAC file starts with an ID3 tag, which FLAC players do not expect, so it was not cleaned.</source>
        <translation>Tệp FLAC này bắt đầu bằng một thẻ ID3, điều mà trình phát FLAC không mong đợi, nên tệp không được làm sạch.</translation>
    </message>
    <message>
        <source>Bare AAC sound files are not supported, only AAC inside M4A files.</source>
        <translation>Tệp âm thanh AAC thuần không được hỗ trợ, chỉ hỗ trợ AAC nằm trong tệp M4A.</translation>
    </message>
    <message>
        <source>This Ogg file holds video or a kind of sound that cannot be cleaned. Only Vorbis and Opus are supported.</source>
        <translation>Tệp Ogg này chứa video hoặc một loại âm thanh không thể làm sạch. Chỉ hỗ trợ Vorbis và Opus.</translation>
    </message>
    <message>
        <source>This PNG has a part that is not standard ({part}), so it was not cleaned.</source>
        <translation>Tệp PNG này có một phần không theo chuẩn ({part}), nên không được làm sạch.</translation>
    </message>
    <message>
        <source>This animated PNG hides a still picture too large to replace, so it was not cleaned.</source>
        <translation>Tệp PNG động này giấu một hình tĩnh quá lớn để thay thế, nên không được làm sạch.</translation>
    </message>
    <message>
        <source>This TIFF has more than {count} pages.</source>
        <translation>Tệp TIFF này có hơn {count} trang.</translation>
    </message>
    <message>
        <source>This TIFF is damaged: its picture data adds up to more than the file.</source>
        <translation>Tệp TIFF này bị hỏng: dữ liệu hình cộng lại lớn hơn cả tệp.</translation>
    </message>
    <message>
        <source>The first page of this TIFF is only a preview. Such TIFF files are not supported.</source>
        <translation>Trang đầu của tệp TIFF này chỉ là hình xem trước. Các tệp TIFF như vậy không được hỗ trợ.</translation>
    </message>
    <message>
        <source>The clean TIFF would be larger than 4 GB.</source>
        <translation>Tệp TIFF sạch sẽ lớn hơn 4 GB.</translation>
    </message>
    <message>
        <source>a crop hid part of the picture</source>
        <extracomment>Why the photo was saved again, in &quot;The photo was saved again at high quality ({reason}).&quot;</extracomment>
        <translation>việc cắt ảnh đã ẩn đi một phần hình</translation>
    </message>
    <message>
        <source>colours under its see-through areas could hide a picture</source>
        <extracomment>Why the photo was saved again, in &quot;The photo was saved again at high quality ({reason}).&quot;</extracomment>
        <translation>màu dưới các vùng trong suốt có thể giấu một hình</translation>
    </message>
    <message>
        <source>it is made of layers that can cover one another</source>
        <extracomment>Why the photo was saved again, in &quot;The photo was saved again at high quality ({reason}).&quot;</extracomment>
        <translation>ảnh gồm nhiều lớp có thể che lên nhau</translation>
    </message>
    <message>
        <source>its tiles do not fit together in a regular grid</source>
        <extracomment>Why the photo was saved again, in &quot;The photo was saved again at high quality ({reason}).&quot;</extracomment>
        <translation>các ô ghép của ảnh không khớp thành một lưới đều</translation>
    </message>
    <message>
        <source>whole tiles of its picture were hidden</source>
        <extracomment>Why the photo was saved again, in &quot;The photo was saved again at high quality ({reason}).&quot;</extracomment>
        <translation>có những ô ghép của ảnh bị ẩn hoàn toàn</translation>
    </message>
    <message>
        <source>its picture is stored in another file</source>
        <extracomment>Why the photo was saved again, in &quot;The photo was saved again at high quality ({reason}).&quot;</extracomment>
        <translation>hình ảnh được lưu trong một tệp khác</translation>
    </message>
    <message>
        <source>its picture is built from data stored elsewhere in the file</source>
        <extracomment>Why the photo was saved again, in &quot;The photo was saved again at high quality ({reason}).&quot;</extracomment>
        <translation>hình ảnh được dựng từ dữ liệu lưu ở chỗ khác trong tệp</translation>
    </message>
    <message>
        <source>its picture data is not where it should be in the file</source>
        <extracomment>Why the photo was saved again, in &quot;The photo was saved again at high quality ({reason}).&quot;</extracomment>
        <translation>dữ liệu hình ảnh không nằm ở chỗ đáng lẽ phải nằm trong tệp</translation>
    </message>
</context>
<context>
    <name>plain</name>
    <message>
        <source>1 item</source>
        <translation>1 mục</translation>
    </message>
    <message>
        <source>{count} items</source>
        <translation>{count} mục</translation>
    </message>
    <message>
        <source>in the file name: {shown}</source>
        <translation>trong tên tệp: {shown}</translation>
    </message>
    <message>
        <source>{values} and {count} more</source>
        <translation>{values} và {count} mục khác</translation>
    </message>
    <message>
        <source>{deg}° N</source>
        <translation>{deg}° Bắc</translation>
    </message>
    <message>
        <source>{deg}° S</source>
        <translation>{deg}° Nam</translation>
    </message>
    <message>
        <source>{deg}° E</source>
        <translation>{deg}° Đông</translation>
    </message>
    <message>
        <source>{deg}° W</source>
        <translation>{deg}° Tây</translation>
    </message>
    <message>
        <source>serial {number}</source>
        <translation>số sê-ri {number}</translation>
    </message>
</context>
<context>
    <name>words</name>
    <message>
        <source>location</source>
        <translation>vị trí</translation>
    </message>
    <message>
        <source>phone/camera</source>
        <translation>điện thoại/máy ảnh</translation>
    </message>
    <message>
        <source>your name</source>
        <translation>tên của bạn</translation>
    </message>
    <message>
        <source>date</source>
        <translation>ngày</translation>
    </message>
    <message>
        <source>hidden extra image/video</source>
        <translation>ảnh/video phụ bị ẩn</translation>
    </message>
    <message>
        <source>editing history</source>
        <translation>lịch sử chỉnh sửa</translation>
    </message>
    <message>
        <source>other hidden data</source>
        <translation>dữ liệu ẩn khác</translation>
    </message>
    <message>
        <source>Reveals where it was taken or made</source>
        <translation>Để lộ nơi chụp hoặc tạo</translation>
    </message>
    <message>
        <source>Identifies your phone or camera</source>
        <translation>Nhận ra được điện thoại hoặc máy ảnh của bạn</translation>
    </message>
    <message>
        <source>Contains a name</source>
        <translation>Có chứa một cái tên</translation>
    </message>
    <message>
        <source>Tells when it was taken or made</source>
        <translation>Cho biết thời điểm chụp hoặc tạo</translation>
    </message>
    <message>
        <source>Hides an extra picture, video or file</source>
        <translation>Giấu thêm một hình, video hoặc tệp</translation>
    </message>
    <message>
        <source>Shows editing history or the apps used</source>
        <translation>Cho thấy lịch sử chỉnh sửa hoặc ứng dụng đã dùng</translation>
    </message>
    <message>
        <source>Other hidden data</source>
        <translation>Dữ liệu ẩn khác</translation>
    </message>
    <message>
        <source>Location</source>
        <translation>Vị trí</translation>
    </message>
    <message>
        <source>Phone or camera</source>
        <translation>Điện thoại hoặc máy ảnh</translation>
    </message>
    <message>
        <source>Names</source>
        <translation>Tên</translation>
    </message>
    <message>
        <source>Date and time</source>
        <translation>Ngày và giờ</translation>
    </message>
    <message>
        <source>Hidden extras</source>
        <translation>Nội dung phụ bị ẩn</translation>
    </message>
    <message>
        <source>Apps and editing</source>
        <translation>Ứng dụng và chỉnh sửa</translation>
    </message>
    <message>
        <source>Other data</source>
        <translation>Dữ liệu khác</translation>
    </message>
    <message>
        <source>Cleaned</source>
        <translation>Đã làm sạch</translation>
    </message>
    <message>
        <source>Nothing to remove</source>
        <translation>Không có gì để xóa</translation>
    </message>
    <message>
        <source>Not supported</source>
        <translation>Không hỗ trợ</translation>
    </message>
    <message>
        <source>Could not be cleaned</source>
        <translation>Không làm sạch được</translation>
    </message>
    <message>
        <source>Cancelled</source>
        <translation>Đã hủy</translation>
    </message>
    <message>
        <source>removed: {what}</source>
        <translation>đã xóa: {what}</translation>
    </message>
    <message>
        <source>still in the copy: {what}</source>
        <translation>vẫn còn trong bản sao: {what}</translation>
    </message>
    <message>
        <source>This file is damaged or incomplete.</source>
        <translation>Tệp này bị hỏng hoặc không đầy đủ.</translation>
    </message>
    <message>
        <source>This type of file is not supported yet.</source>
        <translation>Loại tệp này chưa được hỗ trợ.</translation>
    </message>
    <message>
        <source>This file cannot be found or is not a normal file.</source>
        <translation>Không tìm thấy tệp này, hoặc nó không phải là tệp thông thường.</translation>
    </message>
    <message>
        <source>Scrubber cannot clean this file safely (for example it is too large or protected by a password).</source>
        <translation>Scrubber không thể làm sạch tệp này một cách an toàn (ví dụ tệp quá lớn hoặc có mật khẩu bảo vệ).</translation>
    </message>
    <message>
        <source>The copy could not be written (is the disk full or the folder read-only?)</source>
        <translation>Không ghi được bản sao (ổ đĩa đầy hoặc thư mục chỉ cho đọc?)</translation>
    </message>
    <message>
        <source>The copy still contained identifying data, so it was deleted.</source>
        <translation>Bản sao vẫn còn dữ liệu nhận dạng, nên đã bị xóa.</translation>
    </message>
    <message>
        <source>Not done: cleaning was cancelled.</source>
        <translation>Chưa xử lý: việc làm sạch đã bị hủy.</translation>
    </message>
    <message>
        <source>The areas to cover do not fit this picture, so nothing was written.</source>
        <translation>Các vùng cần che không khớp với hình này, nên không có gì được ghi.</translation>
    </message>
    <message>
        <source>Finding faces automatically does not work on this computer.</source>
        <translation>Tính năng tự động tìm khuôn mặt không hoạt động trên máy tính này.</translation>
    </message>
    <message>
        <source>Photos with areas to cover or a weakened camera fingerprint need a copy: turn off “Replace the originals”.</source>
        <translation>Ảnh có vùng cần che hoặc đã làm yếu dấu vân tay máy ảnh cần một bản sao: hãy tắt “Thay thế tệp gốc”.</translation>
    </message>
    <message>
        <source>This is a link to another file or folder; it was not followed.</source>
        <translation>Đây là liên kết tới một tệp hoặc thư mục khác; không đi theo liên kết này.</translation>
    </message>
    <message>
        <source>There is not enough memory to clean this file.</source>
        <translation>Không đủ bộ nhớ để làm sạch tệp này.</translation>
    </message>
    <message>
        <source>This file made Scrubber&apos;s reader crash (the file may be damaged). It was not cleaned.</source>
        <translation>Tệp này làm trình đọc của Scrubber bị lỗi (tệp có thể bị hỏng). Tệp chưa được làm sạch.</translation>
    </message>
    <message>
        <source>Reading this file took far too long (it may be damaged), so it was stopped. It was not cleaned.</source>
        <translation>Đọc tệp này mất quá nhiều thời gian (có thể bị hỏng) nên đã dừng lại. Tệp chưa được làm sạch.</translation>
    </message>
    <message>
        <source>Something went wrong in Scrubber with this file. Nothing was written.</source>
        <translation>Scrubber gặp lỗi với tệp này. Không có gì được ghi.</translation>
    </message>
</context>
</TS>
