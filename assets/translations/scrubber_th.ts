<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="th">
<context>
    <name>BatchModel</name>
    <message>
        <source>File</source>
        <translation>ไฟล์</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>ประเภท</translation>
    </message>
    <message>
        <source>What it reveals</source>
        <translation>สิ่งที่เปิดเผย</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>สถานะ</translation>
    </message>
    <message>
        <source>nothing found</source>
        <translation>ไม่พบอะไร</translation>
    </message>
    <message>
        <source>Link: not followed</source>
        <translation>ลิงก์: ไม่ได้ตามไป</translation>
    </message>
    <message>
        <source>Checking…</source>
        <translation>กำลังตรวจสอบ…</translation>
    </message>
    <message>
        <source>Not supported</source>
        <translation>ไม่รองรับ</translation>
    </message>
    <message>
        <source>Could not be read</source>
        <translation>อ่านไม่ได้</translation>
    </message>
    <message>
        <source>Cleaning… {percent}%</source>
        <translation>กำลังทำความสะอาด… {percent}%</translation>
    </message>
    <message>
        <source>Cleaning…</source>
        <translation>กำลังทำความสะอาด…</translation>
    </message>
    <message>
        <source>Ready; areas to cover: {count}</source>
        <translation>พร้อม พื้นที่ที่จะปิด: {count}</translation>
    </message>
    <message>
        <source>Ready</source>
        <translation>พร้อม</translation>
    </message>
</context>
<context>
    <name>ClipEditor</name>
    <message>
        <source>&amp;Time in the clip</source>
        <translation>เวลาในคลิป(&amp;T)</translation>
    </message>
    <message>
        <source>Time in the clip</source>
        <translation>เวลาในคลิป</translation>
    </message>
    <message>
        <source>Frame of the clip</source>
        <translation>เฟรมของคลิป</translation>
    </message>
    <message>
        <source>From this f&amp;rame</source>
        <translation>ตั้งแต่เฟรมนี้(&amp;R)</translation>
    </message>
    <message>
        <source>The selected areas (or all) are covered from this frame on</source>
        <translation>ปิดพื้นที่ที่เลือก (หรือทั้งหมด) ตั้งแต่เฟรมนี้เป็นต้นไป</translation>
    </message>
    <message>
        <source>Until t&amp;his frame</source>
        <translation>ถึงเฟรมนี้(&amp;H)</translation>
    </message>
    <message>
        <source>The selected areas (or all) are covered up to this frame</source>
        <translation>ปิดพื้นที่ที่เลือก (หรือทั้งหมด) จนถึงเฟรมนี้</translation>
    </message>
    <message>
        <source>Whole cli&amp;p</source>
        <translation>ทั้งคลิป(&amp;P)</translation>
    </message>
    <message>
        <source>The selected areas (or all) are covered in every frame</source>
        <translation>ปิดพื้นที่ที่เลือก (หรือทั้งหมด) ในทุกเฟรม</translation>
    </message>
    <message>
        <source>{name} ({start} to {end} s)</source>
        <translation>{name} ({start} ถึง {end} วินาที)</translation>
    </message>
    <message>
        <source>Areas cover every frame of the clip. Faces move: to cover them in every frame, turn on “Cover the faces found in photos and clips” in the main window.</source>
        <translation>พื้นที่จะปิดทุกเฟรมของคลิป ใบหน้าเคลื่อนไหวได้ หากต้องการปิดใบหน้าในทุกเฟรม ให้เปิด “ปิดใบหน้าที่พบในรูปภาพและคลิป” ในหน้าต่างหลัก</translation>
    </message>
    <message>
        <source>Face detection is not available ({reason}).</source>
        <translation>ใช้การตรวจจับใบหน้าไม่ได้ ({reason})</translation>
    </message>
    <message>
        <source>Looking for faces…</source>
        <translation>กำลังค้นหาใบหน้า…</translation>
    </message>
    <message>
        <source>Faces seen in this frame (dashed outlines): {count}.</source>
        <translation>ใบหน้าที่เห็นในเฟรมนี้ (กรอบเส้นประ): {count}</translation>
    </message>
</context>
<context>
    <name>DetailsPane</name>
    <message>
        <source>Details: {detail}</source>
        <translation>รายละเอียด: {detail}</translation>
    </message>
    <message>
        <source>Details of the selected file</source>
        <translation>รายละเอียดของไฟล์ที่เลือก</translation>
    </message>
    <message>
        <source>File type</source>
        <translation>ประเภทไฟล์</translation>
    </message>
    <message>
        <source>Before</source>
        <translation>ก่อน</translation>
    </message>
    <message>
        <source>After</source>
        <translation>หลัง</translation>
    </message>
    <message>
        <source>Picture before cleaning</source>
        <translation>ภาพก่อนทำความสะอาด</translation>
    </message>
    <message>
        <source>Picture of the clean copy</source>
        <translation>ภาพของสำเนาที่สะอาด</translation>
    </message>
    <message>
        <source>Before: what the file gives away</source>
        <translation>ก่อน: สิ่งที่ไฟล์เปิดเผย</translation>
    </message>
    <message>
        <source>After: the clean copy</source>
        <translation>หลัง: สำเนาที่สะอาด</translation>
    </message>
    <message>
        <source>Something that could identify you is still in the copy. Do not post it. The list below shows what remains.</source>
        <translation>ในสำเนายังมีสิ่งที่อาจระบุตัวคุณได้ อย่าโพสต์ รายการด้านล่างแสดงสิ่งที่ยังเหลืออยู่</translation>
    </message>
    <message>
        <source>Found in the file before cleaning</source>
        <translation>สิ่งที่พบในไฟล์ก่อนทำความสะอาด</translation>
    </message>
    <message>
        <source>The clean copy: what was removed and what remains</source>
        <translation>สำเนาที่สะอาด: สิ่งที่ลบออกและสิ่งที่ยังเหลือ</translation>
    </message>
    <message>
        <source>What</source>
        <translation>รายการ</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>ค่า</translation>
    </message>
    <message>
        <source>Select a file in the list to see what it gives away.</source>
        <translation>เลือกไฟล์ในรายการเพื่อดูว่าไฟล์นั้นเปิดเผยอะไรบ้าง</translation>
    </message>
    <message>
        <source>Technical details: every tag and value</source>
        <translation>รายละเอียดทางเทคนิค: ทุกแท็กและค่า</translation>
    </message>
    <message>
        <source>Result</source>
        <translation>ผลลัพธ์</translation>
    </message>
    <message>
        <source>Areas to cover</source>
        <translation>พื้นที่ที่จะปิด</translation>
    </message>
    <message>
        <source>Details of the problem</source>
        <translation>รายละเอียดของปัญหา</translation>
    </message>
    <message>
        <source>1 area will be covered</source>
        <translation>จะปิด 1 พื้นที่</translation>
    </message>
    <message>
        <source>{count} areas will be covered</source>
        <translation>จะปิด {count} พื้นที่</translation>
    </message>
    <message>
        <source>Checking this file…</source>
        <translation>กำลังตรวจสอบไฟล์นี้…</translation>
    </message>
    <message>
        <source>Nothing found that could identify you.</source>
        <translation>ไม่พบสิ่งที่อาจระบุตัวคุณได้</translation>
    </message>
    <message>
        <source>1 thing found that could identify you.</source>
        <translation>พบ 1 อย่างที่อาจระบุตัวคุณได้</translation>
    </message>
    <message>
        <source>{count} things found that could identify you.</source>
        <translation>พบ {count} อย่างที่อาจระบุตัวคุณได้</translation>
    </message>
    <message>
        <source>No clean copy can be made because the file could not be read.</source>
        <translation>สร้างสำเนาที่สะอาดไม่ได้ เพราะอ่านไฟล์ไม่ได้</translation>
    </message>
    <message>
        <source>Cleaning…</source>
        <translation>กำลังทำความสะอาด…</translation>
    </message>
    <message>
        <source>Not cleaned yet. Press Clean to make a safe copy.</source>
        <translation>ยังไม่ได้ทำความสะอาด กด “ทำความสะอาด” เพื่อสร้างสำเนาที่ปลอดภัย</translation>
    </message>
    <message>
        <source>Saved as: {name}</source>
        <translation>บันทึกเป็น: {name}</translation>
    </message>
    <message>
        <source>Faces found and covered: {count}. Check the picture of the copy.</source>
        <translation>ใบหน้าที่พบและปิดแล้ว: {count} โปรดตรวจดูภาพของสำเนา</translation>
    </message>
    <message>
        <source>Checked again: nothing that could identify you was found.</source>
        <translation>ตรวจซ้ำแล้ว: ไม่พบสิ่งที่อาจระบุตัวคุณได้</translation>
    </message>
    <message>
        <source>Still in the copy</source>
        <translation>ยังอยู่ในสำเนา</translation>
    </message>
    <message>
        <source>Removed</source>
        <translation>ลบออกแล้ว</translation>
    </message>
    <message>
        <source>still in the copy</source>
        <translation>ยังอยู่ในสำเนา</translation>
    </message>
    <message>
        <source>removed</source>
        <translation>ลบออกแล้ว</translation>
    </message>
    <message>
        <source>removed, not checked</source>
        <translation>ลบออกแล้ว แต่ยังไม่ได้ตรวจซ้ำ</translation>
    </message>
    <message>
        <source>What the clean copy no longer gives away</source>
        <translation>สิ่งที่สำเนาที่สะอาดไม่เปิดเผยอีกต่อไป</translation>
    </message>
    <message>
        <source>will be removed</source>
        <translation>จะถูกลบออก</translation>
    </message>
    <message>
        <source>not removed</source>
        <translation>ไม่ได้ลบออก</translation>
    </message>
    <message>
        <source>What the file gives away</source>
        <translation>สิ่งที่ไฟล์เปิดเผย</translation>
    </message>
    <message>
        <source>kept</source>
        <translation>เก็บไว้</translation>
    </message>
    <message>
        <source>Good to know:</source>
        <translation>ควรรู้:</translation>
    </message>
    <message>
        <source>which way up the photo is</source>
        <translation>ทิศทางของรูป</translation>
    </message>
    <message>
        <source>a standard colour profile</source>
        <translation>โปรไฟล์สีมาตรฐาน</translation>
    </message>
    <message>
        <source>harmless technical data</source>
        <translation>ข้อมูลทางเทคนิคที่ไม่เป็นอันตราย</translation>
    </message>
    <message>
        <source>Hide technical details</source>
        <translation>ซ่อนรายละเอียดทางเทคนิค</translation>
    </message>
    <message>
        <source>Show technical details</source>
        <translation>แสดงรายละเอียดทางเทคนิค</translation>
    </message>
    <message>
        <source>Kept: needed to show the photo the right way up</source>
        <translation>เก็บไว้: จำเป็นเพื่อให้รูปแสดงถูกทิศทาง</translation>
    </message>
    <message>
        <source>Kept: a standard colour profile, so colours look right</source>
        <translation>เก็บไว้: โปรไฟล์สีมาตรฐาน เพื่อให้สีแสดงถูกต้อง</translation>
    </message>
    <message>
        <source>Kept</source>
        <translation>เก็บไว้</translation>
    </message>
    <message>
        <source>Loading preview…</source>
        <translation>กำลังโหลดตัวอย่าง…</translation>
    </message>
    <message>
        <source>No preview for this kind of file</source>
        <translation>ไม่มีตัวอย่างสำหรับไฟล์ประเภทนี้</translation>
    </message>
    <message>
        <source>This picture could not be read: the file may be damaged</source>
        <translation>อ่านภาพนี้ไม่ได้ ไฟล์อาจเสียหาย</translation>
    </message>
    <message>
        <source>The clean copy will appear here</source>
        <translation>สำเนาที่สะอาดจะแสดงที่นี่</translation>
    </message>
    <message>
        <source>No copy was made</source>
        <translation>ไม่ได้สร้างสำเนา</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>Photos and pictures ({patterns})</source>
        <translation>รูปภาพ ({patterns})</translation>
    </message>
    <message>
        <source>Sound recordings ({patterns})</source>
        <translation>ไฟล์บันทึกเสียง ({patterns})</translation>
    </message>
    <message>
        <source>Videos ({patterns})</source>
        <translation>วิดีโอ ({patterns})</translation>
    </message>
    <message>
        <source>Documents ({patterns})</source>
        <translation>เอกสาร ({patterns})</translation>
    </message>
    <message>
        <source>Files Scrubber can clean ({patterns})</source>
        <translation>ไฟล์ที่ Scrubber ทำความสะอาดได้ ({patterns})</translation>
    </message>
    <message>
        <source>All files (*)</source>
        <translation>ไฟล์ทั้งหมด (*)</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>ไฟล์(&amp;F)</translation>
    </message>
    <message>
        <source>&amp;Language</source>
        <translation>ภาษา(&amp;L)</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>ช่วยเหลือ(&amp;H)</translation>
    </message>
    <message>
        <source>&amp;Add files…</source>
        <translation>เพิ่มไฟล์(&amp;A)…</translation>
    </message>
    <message>
        <source>Add fold&amp;er…</source>
        <translation>เพิ่มโฟลเดอร์(&amp;D)…</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>ออก(&amp;Q)</translation>
    </message>
    <message>
        <source>&amp;Clean</source>
        <translation>ทำความสะอาด(&amp;C)</translation>
    </message>
    <message>
        <source>Ca&amp;ncel</source>
        <translation>ยกเลิก(&amp;N)</translation>
    </message>
    <message>
        <source>Remo&amp;ve from list</source>
        <translation>เอาออกจากรายการ(&amp;R)</translation>
    </message>
    <message>
        <source>H&amp;ide faces and areas…</source>
        <translation>ซ่อนใบหน้าและพื้นที่(&amp;I)…</translation>
    </message>
    <message>
        <source>&amp;Why this matters</source>
        <translation>ทำไมเรื่องนี้จึงสำคัญ(&amp;W)</translation>
    </message>
    <message>
        <source>&amp;About Scrubber</source>
        <translation>เกี่ยวกับ Scrubber(&amp;B)</translation>
    </message>
    <message>
        <source>Scrubber: remove hidden data from photos</source>
        <translation>Scrubber: ลบข้อมูลที่ซ่อนอยู่ออกจากรูปภาพ</translation>
    </message>
    <message>
        <source>Add files</source>
        <translation>เพิ่มไฟล์</translation>
    </message>
    <message>
        <source>Add a folder</source>
        <translation>เพิ่มโฟลเดอร์</translation>
    </message>
    <message>
        <source>Why this matters</source>
        <translation>ทำไมเรื่องนี้จึงสำคัญ</translation>
    </message>
    <message>
        <source>Hide faces and areas</source>
        <translation>ซ่อนใบหน้าและพื้นที่</translation>
    </message>
    <message>
        <source>Remo&amp;ve</source>
        <translation>เอาออก(&amp;R)</translation>
    </message>
    <message>
        <source>Remove the selected files</source>
        <translation>เอาไฟล์ที่เลือกออกจากรายการ</translation>
    </message>
    <message>
        <source>Clear lis&amp;t</source>
        <translation>ล้างรายการ(&amp;E)</translation>
    </message>
    <message>
        <source>Clear the list</source>
        <translation>ล้างรายการ</translation>
    </message>
    <message>
        <source>Cover faces, tattoos or anything else in the selected photo or clip (Enter)</source>
        <translation>ปิดใบหน้า รอยสัก หรือสิ่งอื่นใดในรูปภาพหรือคลิปที่เลือก (Enter)</translation>
    </message>
    <message>
        <source>or drop photos and folders onto the list below.</source>
        <translation>หรือลากรูปภาพและโฟลเดอร์มาวางในรายการด้านล่าง</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>ภาษา</translation>
    </message>
    <message>
        <source>Files to clean</source>
        <translation>ไฟล์ที่จะทำความสะอาด</translation>
    </message>
    <message>
        <source>Drop photos or folders here.

Scrubber shows what each file gives away about you, then writes clean copies. Your originals are not changed.</source>
        <translation>ลากรูปภาพหรือโฟลเดอร์มาวางที่นี่

Scrubber จะแสดงว่าแต่ละไฟล์เปิดเผยอะไรเกี่ยวกับคุณ แล้วบันทึกสำเนาที่สะอาด ไฟล์ต้นฉบับของคุณจะไม่ถูกเปลี่ยนแปลง</translation>
    </message>
    <message>
        <source>Details of the selected file</source>
        <translation>รายละเอียดของไฟล์ที่เลือก</translation>
    </message>
    <message>
        <source>Language:</source>
        <translation>ภาษา:</translation>
    </message>
    <message>
        <source>Add files to clean</source>
        <translation>เพิ่มไฟล์ที่จะทำความสะอาด</translation>
    </message>
    <message>
        <source>Add a folder to clean</source>
        <translation>เพิ่มโฟลเดอร์ที่จะทำความสะอาด</translation>
    </message>
    <message>
        <source>About Scrubber</source>
        <translation>เกี่ยวกับ Scrubber</translation>
    </message>
    <message>
        <source>Scrubber {version}

Removes hidden data from photos. Works offline: nothing is ever sent anywhere, and no list of your files is kept.</source>
        <translation>Scrubber {version}

ลบข้อมูลที่ซ่อนอยู่ออกจากรูปภาพ ทำงานแบบออฟไลน์: ไม่มีการส่งอะไรไปที่ใดเลย และไม่เก็บรายชื่อไฟล์ของคุณ</translation>
    </message>
    <message>
        <source>Replace the original files?</source>
        <translation>แทนที่ไฟล์ต้นฉบับไหม</translation>
    </message>
    <message>
        <source>Your original files will be overwritten with the cleaned versions. This cannot be undone: the originals, with everything they contain, will be gone.

Photos with areas to cover still need a copy.

Replace the originals?</source>
        <translation>ไฟล์ต้นฉบับของคุณจะถูกเขียนทับด้วยไฟล์ที่ทำความสะอาดแล้ว ย้อนกลับไม่ได้: ไฟล์ต้นฉบับและทุกอย่างที่อยู่ในนั้นจะหายไป

รูปภาพที่มีพื้นที่ต้องปิดยังต้องทำเป็นสำเนา

แทนที่ไฟล์ต้นฉบับไหม</translation>
    </message>
    <message>
        <source>Choose where to save the clean copies</source>
        <translation>เลือกที่บันทึกสำเนาที่สะอาด</translation>
    </message>
    <message>
        <source>Every file in the list has been cleaned already.</source>
        <translation>ทุกไฟล์ในรายการทำความสะอาดแล้ว</translation>
    </message>
    <message>
        <source>Cannot create the output folder</source>
        <translation>สร้างโฟลเดอร์ปลายทางไม่ได้</translation>
    </message>
    <message>
        <source>The clean copies cannot be saved there ({reason}). Choose another folder with “Choose…”.</source>
        <translation>บันทึกสำเนาที่สะอาดที่นั่นไม่ได้ ({reason}) เลือกโฟลเดอร์อื่นด้วย “เลือก…”</translation>
    </message>
    <message>
        <source>Cleaning…</source>
        <translation>กำลังทำความสะอาด…</translation>
    </message>
    <message>
        <source>Stopping: files being cleaned now are left as they were…</source>
        <translation>กำลังหยุด: ไฟล์ที่กำลังทำความสะอาดอยู่จะคงไว้เหมือนเดิม…</translation>
    </message>
</context>
<context>
    <name>OptionsBox</name>
    <message>
        <source>Options</source>
        <translation>ตัวเลือก</translation>
    </message>
    <message>
        <source>({count} on)</source>
        <translation>(เปิดอยู่ {count})</translation>
    </message>
    <message>
        <source>&amp;More options</source>
        <translation>ตัวเลือกเพิ่มเติม(&amp;M)</translation>
    </message>
    <message>
        <source>More options</source>
        <translation>ตัวเลือกเพิ่มเติม</translation>
    </message>
    <message>
        <source>Show or hide the options for the copies</source>
        <translation>แสดงหรือซ่อนตัวเลือกสำหรับสำเนา</translation>
    </message>
    <message>
        <source>&amp;Give the copies random file names</source>
        <translation>ตั้งชื่อไฟล์แบบสุ่มให้สำเนา(&amp;G)</translation>
    </message>
    <message>
        <source>File names from phones often contain the date and time the photo was taken.</source>
        <translation>ชื่อไฟล์จากโทรศัพท์มักมีวันที่และเวลาที่ถ่ายรูป</translation>
    </message>
    <message>
        <source>&amp;Keep file names that show the date or the phone</source>
        <translation>เก็บชื่อไฟล์ที่บอกวันที่หรือโทรศัพท์ไว้(&amp;K)</translation>
    </message>
    <message>
        <source>Off: a copy of a file named like IMG_20240611_143207.jpg gets a name like photo-1f0c9a2e.jpg instead, so its name does not show when it was taken or with which phone.</source>
        <translation>เมื่อปิด: สำเนาของไฟล์ที่ชื่อแบบ IMG_20240611_143207.jpg จะได้ชื่อแบบ photo-1f0c9a2e.jpg แทน ชื่อไฟล์จึงไม่บอกว่าถ่ายเมื่อไรหรือด้วยโทรศัพท์เครื่องไหน</translation>
    </message>
    <message>
        <source>Convert HEIC photos to &amp;JPEG</source>
        <translation>แปลงรูป HEIC เป็น JPEG(&amp;J)</translation>
    </message>
    <message>
        <source>Remove colour &amp;profiles (colours may shift slightly)</source>
        <translation>ลบโปรไฟล์สี(&amp;P) (สีอาจเปลี่ยนไปเล็กน้อย)</translation>
    </message>
    <message>
        <source>T&amp;urn PDF pages into pictures (strongest; text can no longer be selected)</source>
        <translation>เปลี่ยนหน้า PDF เป็นภาพ(&amp;V) (ปลอดภัยที่สุด เลือกข้อความไม่ได้อีก)</translation>
    </message>
    <message>
        <source>Removes everything hidden in a PDF&apos;s text and drawings too. The copy is larger and its text cannot be searched or copied.</source>
        <translation>ลบทุกสิ่งที่ซ่อนอยู่ในข้อความและภาพวาดของ PDF ด้วย สำเนาจะใหญ่ขึ้น และค้นหาหรือคัดลอกข้อความไม่ได้</translation>
    </message>
    <message>
        <source>Cover the faces found in photos and clips (check each cop&amp;y)</source>
        <translation>ปิดใบหน้าที่พบในรูปภาพและคลิป (ตรวจดูทุกสำเนา)(&amp;Y)</translation>
    </message>
    <message>
        <source>Faces found automatically are covered in black in the copies. Detection can miss faces: look at each copy&apos;s picture in the details.</source>
        <translation>ใบหน้าที่พบอัตโนมัติจะถูกปิดด้วยสีดำในสำเนา การตรวจจับอาจพลาดบางใบหน้า ดูภาพของแต่ละสำเนาในรายละเอียด</translation>
    </message>
    <message>
        <source>&amp;Quick face search (misses small faces)</source>
        <translation>ค้นหาใบหน้าแบบเร็ว (พลาดใบหน้าเล็ก)(&amp;Q)</translation>
    </message>
    <message>
        <source>Faster, but faces smaller than about 60 pixels in a large photo are not found. Used here and in Hide faces and areas.</source>
        <translation>เร็วกว่า แต่จะไม่พบใบหน้าที่เล็กกว่าประมาณ 60 พิกเซลในรูปขนาดใหญ่ ใช้ที่นี่และใน “ซ่อนใบหน้าและพื้นที่”</translation>
    </message>
    <message>
        <source>Remove hidden slides, sheets and te&amp;xt, and speaker notes, from documents</source>
        <translation>ลบสไลด์ ชีต และข้อความที่ซ่อนอยู่ รวมถึงบันทึกของผู้บรรยาย ออกจากเอกสาร(&amp;X)</translation>
    </message>
    <message>
        <source>Documents can hold slides, sheets and text that are not shown, and notes only the speaker sees. Without this they are kept, and the summary says where they are.</source>
        <translation>เอกสารอาจมีสไลด์ ชีต และข้อความที่ไม่แสดง และบันทึกที่มีแต่ผู้บรรยายเห็น ถ้าไม่เลือกตัวเลือกนี้ สิ่งเหล่านี้จะถูกเก็บไว้ และสรุปจะบอกว่าอยู่ที่ไหน</translation>
    </message>
    <message>
        <source>Weaken the camera fingerprint in photos (saved again, a &amp;bit smaller)</source>
        <translation>ลดลายนิ้วมือกล้องในรูป (บันทึกใหม่ เล็กลงนิดหน่อย)(&amp;Z)</translation>
    </message>
    <message>
        <source>Every camera leaves a faint pattern in its photos that can link them to each other. This softens each photo slightly and makes it 3% smaller: the pattern gets weaker, but it is not removed. Photos are saved again instead of copied unchanged.</source>
        <translation>กล้องทุกตัวทิ้งลวดลายจาง ๆ ไว้ในรูป ซึ่งใช้เชื่อมโยงรูปเหล่านั้นเข้าด้วยกันได้ ตัวเลือกนี้ทำให้แต่ละรูปนุ่มลงเล็กน้อยและเล็กลงร้อยละ 3: ลวดลายจะจางลง แต่ไม่ได้หายไป รูปจะถูกบันทึกใหม่แทนการคัดลอกแบบเดิม</translation>
    </message>
    <message>
        <source>&amp;Replace the originals (no copies; cannot be undone)</source>
        <translation>แทนที่ไฟล์ต้นฉบับ(&amp;T) (ไม่มีสำเนา ย้อนกลับไม่ได้)</translation>
    </message>
</context>
<context>
    <name>OutputBox</name>
    <message>
        <source>Save clean copies in:</source>
        <translation>บันทึกสำเนาที่สะอาดใน:</translation>
    </message>
    <message>
        <source>Output folder</source>
        <translation>โฟลเดอร์ปลายทาง</translation>
    </message>
    <message>
        <source>Choo&amp;se…</source>
        <translation>เลือก(&amp;S)…</translation>
    </message>
    <message>
        <source>Choose the output folder</source>
        <translation>เลือกโฟลเดอร์ปลายทาง</translation>
    </message>
    <message>
        <source>Use &amp;default</source>
        <translation>ใช้ค่าเริ่มต้น(&amp;U)</translation>
    </message>
    <message>
        <source>Use the default output folder</source>
        <translation>ใช้โฟลเดอร์ปลายทางเริ่มต้น</translation>
    </message>
    <message>
        <source>The original files will be replaced.</source>
        <translation>ไฟล์ต้นฉบับจะถูกแทนที่</translation>
    </message>
    <message>
        <source>The folder “{name}” next to the originals, with the copies made so far.</source>
        <translation>โฟลเดอร์ “{name}” ข้างไฟล์ต้นฉบับ ซึ่งมีสำเนาที่สร้างไว้แล้ว</translation>
    </message>
    <message>
        <source>A new folder next to the originals, named “{name}”.</source>
        <translation>โฟลเดอร์ใหม่ข้างไฟล์ต้นฉบับ ชื่อ “{name}”</translation>
    </message>
</context>
<context>
    <name>QAbstractFileIconProvider</name>
    <message>
        <source>Drive</source>
        <translation>ไดรฟ์</translation>
    </message>
    <message>
        <source>Folder</source>
        <translation>โฟลเดอร์</translation>
    </message>
</context>
<context>
    <name>QFileDialog</name>
    <message>
        <source>%1
Directory not found.
Please verify the correct directory name was given.</source>
        <translation>%1
ไม่พบไดเรกทอรี
โปรดตรวจสอบว่าชื่อไดเรกทอรีถูกต้อง</translation>
    </message>
    <message>
        <source>%1
File not found.
Please verify the correct file name was given.</source>
        <translation>%1
ไม่พบไฟล์
โปรดตรวจสอบว่าชื่อไฟล์ถูกต้อง</translation>
    </message>
    <message>
        <source>&amp;Choose</source>
        <translation>เลือก(&amp;C)</translation>
    </message>
    <message>
        <source>&amp;Delete</source>
        <translation>ลบ(&amp;D)</translation>
    </message>
    <message>
        <source>&amp;Look in:</source>
        <translation>ค้นหาใน(&amp;L):</translation>
    </message>
    <message>
        <source>&amp;New Folder</source>
        <translation>โฟลเดอร์ใหม่(&amp;N)</translation>
    </message>
    <message>
        <source>&amp;Open</source>
        <translation>เปิด(&amp;O)</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>เปิด</translation>
    </message>
    <message>
        <source>&amp;Rename</source>
        <translation>เปลี่ยนชื่อ(&amp;R)</translation>
    </message>
    <message>
        <source>All Files (*)</source>
        <translation>ไฟล์ทั้งหมด (*)</translation>
    </message>
    <message>
        <source>Are you sure you want to delete &apos;%1&apos;?</source>
        <translation>แน่ใจไหมว่าต้องการลบ “%1”</translation>
    </message>
    <message>
        <source>Back</source>
        <translation>ย้อนกลับ</translation>
    </message>
    <message>
        <source>Change to detail view mode</source>
        <translation>เปลี่ยนเป็นมุมมองรายละเอียด</translation>
    </message>
    <message>
        <source>Change to list view mode</source>
        <translation>เปลี่ยนเป็นมุมมองรายการ</translation>
    </message>
    <message>
        <source>Create New Folder</source>
        <translation>สร้างโฟลเดอร์ใหม่</translation>
    </message>
    <message>
        <source>Create a New Folder</source>
        <translation>สร้างโฟลเดอร์ใหม่</translation>
    </message>
    <message>
        <source>Detail View</source>
        <translation>มุมมองรายละเอียด</translation>
    </message>
    <message>
        <source>Directories</source>
        <translation>ไดเรกทอรี</translation>
    </message>
    <message>
        <source>Directory:</source>
        <translation>ไดเรกทอรี:</translation>
    </message>
    <message>
        <source>File &amp;name:</source>
        <translation>ชื่อไฟล์(&amp;N):</translation>
    </message>
    <message>
        <source>Files</source>
        <translation>ไฟล์</translation>
    </message>
    <message>
        <source>Files of &amp;type:</source>
        <translation>ประเภทไฟล์(&amp;T):</translation>
    </message>
    <message>
        <source>Forward</source>
        <translation>ไปข้างหน้า</translation>
    </message>
    <message>
        <source>Go back</source>
        <translation>ย้อนกลับ</translation>
    </message>
    <message>
        <source>Go forward</source>
        <translation>ไปข้างหน้า</translation>
    </message>
    <message>
        <source>Go to the parent directory</source>
        <translation>ไปยังไดเรกทอรีระดับบน</translation>
    </message>
    <message>
        <source>List View</source>
        <translation>มุมมองรายการ</translation>
    </message>
    <message>
        <source>List of places and bookmarks</source>
        <translation>รายการตำแหน่งและที่คั่นหน้า</translation>
    </message>
    <message>
        <source>Parent Directory</source>
        <translation>ไดเรกทอรีระดับบน</translation>
    </message>
    <message>
        <source>Show &amp;hidden files</source>
        <translation>แสดงไฟล์ที่ซ่อน(&amp;H)</translation>
    </message>
    <message>
        <source>Show </source>
        <translation>แสดง </translation>
    </message>
    <message>
        <source>Sidebar</source>
        <translation>แถบด้านข้าง</translation>
    </message>
</context>
<context>
    <name>QFileSystemModel</name>
    <message>
        <source>Computer</source>
        <translation>คอมพิวเตอร์</translation>
    </message>
    <message>
        <source>Date Modified</source>
        <translation>วันที่แก้ไข</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>ชื่อ</translation>
    </message>
    <message>
        <source>Size</source>
        <translation>ขนาด</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>ประเภท</translation>
    </message>
</context>
<context>
    <name>QLineEdit</name>
    <message>
        <source>&amp;Copy</source>
        <translation>คัดลอก(&amp;C)</translation>
    </message>
    <message>
        <source>&amp;Paste</source>
        <translation>วาง(&amp;P)</translation>
    </message>
    <message>
        <source>&amp;Redo</source>
        <translation>ทำซ้ำ(&amp;R)</translation>
    </message>
    <message>
        <source>&amp;Undo</source>
        <translation>เลิกทำ(&amp;U)</translation>
    </message>
    <message>
        <source>Cu&amp;t</source>
        <translation>ตัด(&amp;T)</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>ลบ</translation>
    </message>
    <message>
        <source>Select All</source>
        <translation>เลือกทั้งหมด</translation>
    </message>
</context>
<context>
    <name>QMessageBox</name>
    <message>
        <source>Show Details...</source>
        <translation>แสดงรายละเอียด...</translation>
    </message>
</context>
<context>
    <name>QPlatformTheme</name>
    <message>
        <source>&amp;No</source>
        <translation>ไม่(&amp;N)</translation>
    </message>
    <message>
        <source>&amp;Yes</source>
        <translation>ใช่(&amp;Y)</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>ยกเลิก</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>ปิด</translation>
    </message>
    <message>
        <source>OK</source>
        <translation>ตกลง</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>เปิด</translation>
    </message>
</context>
<context>
    <name>RedactionEditor</name>
    <message>
        <source>Press Esc again to close without your changes, or Enter to use them.</source>
        <translation>กด Esc อีกครั้งเพื่อปิดโดยไม่ใช้สิ่งที่คุณเปลี่ยน หรือกด Enter เพื่อใช้</translation>
    </message>
    <message>
        <source>Hide faces and areas — {name}</source>
        <translation>ซ่อนใบหน้าและพื้นที่ — {name}</translation>
    </message>
    <message>
        <source>Select and move</source>
        <translation>เลือกและย้าย</translation>
    </message>
    <message>
        <source>Rectangle</source>
        <translation>สี่เหลี่ยม</translation>
    </message>
    <message>
        <source>Ellipse</source>
        <translation>วงรี</translation>
    </message>
    <message>
        <source>Brush</source>
        <translation>แปรง</translation>
    </message>
    <message>
        <source>Add area</source>
        <translation>เพิ่มพื้นที่</translation>
    </message>
    <message>
        <source>Add an area in the middle of the view, to move with the arrow keys (N)</source>
        <translation>เพิ่มพื้นที่ตรงกลางมุมมอง แล้วเลื่อนด้วยปุ่มลูกศร (N)</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>ลบ</translation>
    </message>
    <message>
        <source>Del</source>
        <translation>Del</translation>
    </message>
    <message>
        <source>Undo</source>
        <translation>เลิกทำ</translation>
    </message>
    <message>
        <source>Redo</source>
        <translation>ทำซ้ำ</translation>
    </message>
    <message>
        <source>Zoom out</source>
        <translation>ย่อ</translation>
    </message>
    <message>
        <source>Zoom in</source>
        <translation>ขยาย</translation>
    </message>
    <message>
        <source>Fit</source>
        <translation>พอดีหน้าต่าง</translation>
    </message>
    <message>
        <source>Preview</source>
        <translation>ดูตัวอย่าง</translation>
    </message>
    <message>
        <source>Show exactly what will be written (P)</source>
        <translation>แสดงสิ่งที่จะบันทึกจริงทุกประการ (P)</translation>
    </message>
    <message>
        <source>Brush &amp;width</source>
        <translation>ความกว้างแปรง(&amp;W)</translation>
    </message>
    <message>
        <source>Brush width</source>
        <translation>ความกว้างแปรง</translation>
    </message>
    <message>
        <source>Drawing tools</source>
        <translation>เครื่องมือวาด</translation>
    </message>
    <message>
        <source>Undo, zoom and preview</source>
        <translation>เลิกทำ ซูม และดูตัวอย่าง</translation>
    </message>
    <message>
        <source>Photo</source>
        <translation>รูปภาพ</translation>
    </message>
    <message>
        <source>Draw areas to cover with the mouse or the keyboard. Ctrl and the mouse wheel zoom; hold Space to pan.</source>
        <translation>วาดพื้นที่ที่จะปิดด้วยเมาส์หรือแป้นพิมพ์ กด Ctrl แล้วหมุนล้อเมาส์เพื่อซูม กดสเปซบาร์ค้างไว้เพื่อเลื่อนภาพ</translation>
    </message>
    <message>
        <source>&amp;Areas to cover (untick to leave uncovered)</source>
        <translation>พื้นที่ที่จะปิด(&amp;A) (เอาเครื่องหมายออกเพื่อไม่ปิด)</translation>
    </message>
    <message>
        <source>Areas to cover</source>
        <translation>พื้นที่ที่จะปิด</translation>
    </message>
    <message>
        <source>Automatic detection can miss faces — check every face yourself, including faces in mirrors, pictures and screens.</source>
        <translation>การตรวจจับอัตโนมัติอาจพลาดบางใบหน้า ตรวจดูทุกใบหน้าด้วยตัวเอง รวมถึงใบหน้าในกระจก ในภาพ และบนหน้าจอ</translation>
    </message>
    <message>
        <source>Find &amp;small faces</source>
        <translation>ค้นหาใบหน้าเล็ก(&amp;S)</translation>
    </message>
    <message>
        <source>Find small faces</source>
        <translation>ค้นหาใบหน้าเล็ก</translation>
    </message>
    <message>
        <source>Look again for small faces, for group photos (slower)</source>
        <translation>ค้นหาใบหน้าเล็กอีกครั้ง สำหรับรูปหมู่ (ช้ากว่า)</translation>
    </message>
    <message>
        <source>How to cover</source>
        <translation>วิธีปิด</translation>
    </message>
    <message>
        <source>Solid &amp;fill (safest)</source>
        <translation>เติมสีทึบ(&amp;F) (ปลอดภัยที่สุด)</translation>
    </message>
    <message>
        <source>Strong &amp;mosaic</source>
        <translation>โมเสกหยาบ(&amp;M)</translation>
    </message>
    <message>
        <source>B&amp;lur (wiped first; a few average colours stay)</source>
        <translation>เบลอ(&amp;L) (ลบก่อน เหลือสีเฉลี่ยไม่กี่สี)</translation>
    </message>
    <message>
        <source>Fill &amp;colour…</source>
        <translation>สีที่เติม(&amp;C)…</translation>
    </message>
    <message>
        <source>Fill colour</source>
        <translation>สีที่เติม</translation>
    </message>
    <message>
        <source>&amp;Use these areas</source>
        <translation>ใช้พื้นที่เหล่านี้(&amp;U)</translation>
    </message>
    <message>
        <source>Use these areas</source>
        <translation>ใช้พื้นที่เหล่านี้</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>ยกเลิก</translation>
    </message>
    <message>
        <source>{action} ({key})</source>
        <translation>{action} ({key})</translation>
    </message>
    <message>
        <source>Keyboard: N adds an area, arrows move it (Shift: further), Ctrl+arrows resize it, [ and ] pick another, Delete removes it.</source>
        <translation>แป้นพิมพ์: N เพิ่มพื้นที่ ปุ่มลูกศรเลื่อนพื้นที่ (Shift: เลื่อนไกลขึ้น) Ctrl+ลูกศรปรับขนาด [ และ ] เลือกพื้นที่อื่น Del ลบพื้นที่</translation>
    </message>
    <message>
        <source>Face {n} (found automatically)</source>
        <translation>ใบหน้า {n} (พบอัตโนมัติ)</translation>
    </message>
    <message>
        <source>Rectangle {n}</source>
        <translation>สี่เหลี่ยม {n}</translation>
    </message>
    <message>
        <source>Ellipse {n}</source>
        <translation>วงรี {n}</translation>
    </message>
    <message>
        <source>Brush stroke {n}</source>
        <translation>รอยแปรง {n}</translation>
    </message>
    <message>
        <source>Shape {n}</source>
        <translation>รูปทรง {n}</translation>
    </message>
    <message>
        <source>Loading…</source>
        <translation>กำลังโหลด…</translation>
    </message>
    <message>
        <source>Making the preview…</source>
        <translation>กำลังสร้างตัวอย่าง…</translation>
    </message>
    <message>
        <source>Preview: this is what will be written.</source>
        <translation>ตัวอย่าง: นี่คือสิ่งที่จะบันทึก</translation>
    </message>
    <message>
        <source>Draw over anything that could identify you: faces, tattoos, marks.</source>
        <translation>วาดทับทุกสิ่งที่อาจระบุตัวคุณได้: ใบหน้า รอยสัก ปาน และแผลเป็น</translation>
    </message>
    <message>
        <source>Looking for faces…</source>
        <translation>กำลังค้นหาใบหน้า…</translation>
    </message>
    <message>
        <source>Looking for small faces… this takes longer.</source>
        <translation>กำลังค้นหาใบหน้าเล็ก… ใช้เวลานานขึ้น</translation>
    </message>
    <message>
        <source>Face detection is not available ({reason}). Mark faces yourself.</source>
        <translation>ใช้การตรวจจับใบหน้าไม่ได้ ({reason}) ทำเครื่องหมายใบหน้าด้วยตัวเอง</translation>
    </message>
    <message>
        <source>No faces were found automatically.</source>
        <translation>ไม่พบใบหน้าโดยอัตโนมัติ</translation>
    </message>
    <message>
        <source>Faces found automatically: {count}.</source>
        <translation>ใบหน้าที่พบอัตโนมัติ: {count}</translation>
    </message>
    <message>
        <source>its files are missing or damaged</source>
        <translation>ไฟล์ของส่วนนี้หายไปหรือเสียหาย</translation>
    </message>
    <message>
        <source>There is not enough memory to open this photo.</source>
        <translation>หน่วยความจำไม่พอที่จะเปิดรูปนี้</translation>
    </message>
    <message>
        <source>The photo could not be opened.</source>
        <translation>เปิดรูปไม่ได้</translation>
    </message>
</context>
<context>
    <name>RunBar</name>
    <message>
        <source>Ca&amp;ncel</source>
        <translation>ยกเลิก(&amp;N)</translation>
    </message>
    <message>
        <source>Cancel cleaning</source>
        <translation>ยกเลิกการทำความสะอาด</translation>
    </message>
    <message>
        <source>&amp;Clean</source>
        <translation>ทำความสะอาด(&amp;C)</translation>
    </message>
    <message>
        <source>Clean all files in the list</source>
        <translation>ทำความสะอาดทุกไฟล์ในรายการ</translation>
    </message>
    <message>
        <source>&amp;Open output folder</source>
        <translation>เปิดโฟลเดอร์ปลายทาง(&amp;O)</translation>
    </message>
    <message>
        <source>Open output folder</source>
        <translation>เปิดโฟลเดอร์ปลายทาง</translation>
    </message>
    <message>
        <source>Write clean copies of all files (Ctrl+Enter)</source>
        <translation>บันทึกสำเนาที่สะอาดของทุกไฟล์ (Ctrl+Enter)</translation>
    </message>
    <message>
        <source>Stop now; files not finished are left as they were (Esc)</source>
        <translation>หยุดเดี๋ยวนี้ ไฟล์ที่ยังไม่เสร็จจะคงไว้เหมือนเดิม (Esc)</translation>
    </message>
    <message>
        <source>Cleaning progress</source>
        <translation>ความคืบหน้าการทำความสะอาด</translation>
    </message>
    <message>
        <source>%v of %m files</source>
        <translation>%v จาก %m ไฟล์</translation>
    </message>
    <message>
        <source>Summary</source>
        <translation>สรุป</translation>
    </message>
</context>
<context>
    <name>SafetyGuide</name>
    <message>
        <source>Why this matters</source>
        <translation>ทำไมเรื่องนี้จึงสำคัญ</translation>
    </message>
    <message>
        <source>Safety guide</source>
        <translation>คู่มือความปลอดภัย</translation>
    </message>
    <message>
        <source>&amp;Close</source>
        <translation>ปิด(&amp;C)</translation>
    </message>
    <message>
        <source>Close the safety guide</source>
        <translation>ปิดคู่มือความปลอดภัย</translation>
    </message>
    <message>
        <source>What your photos and files can give away</source>
        <translation>รูปภาพและไฟล์ของคุณเปิดเผยอะไรได้บ้าง</translation>
    </message>
    <message>
        <source>Photos from phones and cameras carry hidden details. Anyone who gets the file can read them:</source>
        <translation>รูปจากโทรศัพท์และกล้องมีรายละเอียดที่ซ่อนอยู่ ใครก็ตามที่ได้ไฟล์ไปก็อ่านได้:</translation>
    </message>
    <message>
        <source>Where the photo was taken, often to within a few metres.</source>
        <translation>สถานที่ที่ถ่ายรูป ซึ่งมักแม่นยำถึงระดับไม่กี่เมตร</translation>
    </message>
    <message>
        <source>Which phone or camera took it, sometimes with its serial number.</source>
        <translation>โทรศัพท์หรือกล้องที่ใช้ถ่าย บางครั้งมีหมายเลขเครื่องด้วย</translation>
    </message>
    <message>
        <source>Your name, if it is set in the phone, camera or editing app.</source>
        <translation>ชื่อของคุณ ถ้าตั้งไว้ในโทรศัพท์ กล้อง หรือแอปแต่งรูป</translation>
    </message>
    <message>
        <source>The date and time it was taken.</source>
        <translation>วันที่และเวลาที่ถ่าย</translation>
    </message>
    <message>
        <source>A hidden small copy of the original photo. It can show what you cropped out or covered.</source>
        <translation>สำเนาขนาดเล็กของรูปต้นฉบับที่ซ่อนอยู่ อาจแสดงส่วนที่คุณครอปออกหรือปิดไว้</translation>
    </message>
    <message>
        <source>Scrubber removes these details from a copy of the file. Your original stays as it is, unless you choose to replace it.</source>
        <translation>Scrubber ลบรายละเอียดเหล่านี้ออกจากสำเนาของไฟล์ ไฟล์ต้นฉบับของคุณยังคงเหมือนเดิม เว้นแต่คุณเลือกแทนที่</translation>
    </message>
    <message>
        <source>Documents such as PDF and Word files can hold the author&apos;s name, the computer&apos;s name and the editing history. Videos and voice recordings can hold the place and the device.</source>
        <translation>เอกสารอย่างไฟล์ PDF และ Word อาจมีชื่อผู้เขียน ชื่อคอมพิวเตอร์ และประวัติการแก้ไข วิดีโอและไฟล์บันทึกเสียงอาจมีสถานที่และอุปกรณ์</translation>
    </message>
    <message>
        <source>If Scrubber says a file is not supported or could not be cleaned, do not share that file as it is.</source>
        <translation>ถ้า Scrubber บอกว่าไฟล์ไม่รองรับหรือทำความสะอาดไม่ได้ อย่าแชร์ไฟล์นั้นทั้งอย่างนั้น</translation>
    </message>
    <message>
        <source>Blur in other apps can be undone</source>
        <translation>ภาพเบลอจากแอปอื่นย้อนกลับได้</translation>
    </message>
    <message>
        <source>Blur and small pixelation made by other apps can be undone by software. Scrubber&apos;s blur and mosaic wipe the area first, but they still show its average colours.</source>
        <translation>การเบลอและการทำพิกเซลเล็ก ๆ จากแอปอื่นอาจถูกซอฟต์แวร์ย้อนกลับได้ การเบลอและโมเสกของ Scrubber ลบพื้นที่นั้นก่อน แต่ยังแสดงสีเฉลี่ยของพื้นที่นั้นอยู่</translation>
    </message>
    <message>
        <source>To hide a face, a tattoo or anything else, use solid fill. Cover a little more than you think you need.</source>
        <translation>หากต้องการซ่อนใบหน้า รอยสัก หรือสิ่งอื่นใด ให้ใช้การเติมสีทึบ ปิดให้กว้างกว่าที่คิดว่าต้องใช้เล็กน้อย</translation>
    </message>
    <message>
        <source>Your photos can be matched</source>
        <translation>รูปของคุณอาจถูกจับคู่ได้</translation>
    </message>
    <message>
        <source>Reverse image search finds other places where the same photo, or one like it, is online.</source>
        <translation>การค้นหาด้วยภาพจะพบที่อื่นบนอินเทอร์เน็ตที่มีรูปเดียวกันหรือรูปที่คล้ายกัน</translation>
    </message>
    <message>
        <source>Face recognition exists and is easy to use. A face, a tattoo or a room that people can recognise can link your ad photos to your personal accounts.</source>
        <translation>ระบบจดจำใบหน้ามีอยู่จริงและใช้ง่าย ใบหน้า รอยสัก หรือห้องที่คนจำได้ อาจเชื่อมรูปโฆษณาของคุณเข้ากับบัญชีส่วนตัวของคุณ</translation>
    </message>
    <message>
        <source>Search for your own ad photos now and then, with a reverse image search and a face search. Then you see where they turn up.</source>
        <translation>ค้นหารูปโฆษณาของตัวเองเป็นระยะ ๆ ด้วยการค้นหาด้วยภาพและการค้นหาใบหน้า แล้วคุณจะเห็นว่ารูปไปปรากฏที่ไหน</translation>
    </message>
    <message>
        <source>Tattoos, birthmarks, jewellery, nails, bedding and furniture can link your ads to each other. Cover them or change them.</source>
        <translation>รอยสัก ปาน เครื่องประดับ เล็บ ผ้าปูที่นอน และเฟอร์นิเจอร์ อาจเชื่อมโฆษณาต่าง ๆ ของคุณเข้าด้วยกัน ปิดไว้หรือเปลี่ยน</translation>
    </message>
    <message>
        <source>Each camera leaves a faint pattern in its photos that can link them to each other. The option “Weaken the camera fingerprint” makes it weaker, but does not remove it.</source>
        <translation>กล้องทุกตัวทิ้งลวดลายจาง ๆ ไว้ในรูป ซึ่งใช้เชื่อมโยงรูปเหล่านั้นเข้าด้วยกันได้ ตัวเลือก “ลดลายนิ้วมือกล้อง” ทำให้ลวดลายจางลง แต่ไม่ได้ลบออก</translation>
    </message>
    <message>
        <source>Tips from sex workers&apos; digital safety advice</source>
        <translation>เคล็ดลับจากคำแนะนำด้านความปลอดภัยดิจิทัลสำหรับพนักงานบริการทางเพศ</translation>
    </message>
    <message>
        <source>Keep work and personal life apart. Use a separate phone, email and accounts for work if you can.</source>
        <translation>แยกงานออกจากชีวิตส่วนตัว ถ้าทำได้ ให้ใช้โทรศัพท์ อีเมล และบัญชีแยกสำหรับงาน</translation>
    </message>
    <message>
        <source>Take ad photos with a different phone or camera. If you cannot, turn off location, Live Photos and Motion Photos in the camera before you take them.</source>
        <translation>ถ่ายรูปโฆษณาด้วยโทรศัพท์หรือกล้องอีกเครื่อง ถ้าทำไม่ได้ ให้ปิดตำแหน่งที่ตั้ง ภาพถ่ายไลฟ์ และภาพเคลื่อนไหวในกล้องก่อนถ่าย</translation>
    </message>
    <message>
        <source>Never use photos from your personal social media in ads, not even old ones.</source>
        <translation>อย่าใช้รูปจากโซเชียลมีเดียส่วนตัวในโฆษณาเด็ดขาด แม้แต่รูปเก่า</translation>
    </message>
    <message>
        <source>Cloud backups and shared albums keep your originals, with the place they were taken, and sort them by face. Keep work photos out of them.</source>
        <translation>การสำรองข้อมูลบนคลาวด์และอัลบั้มที่แชร์จะเก็บรูปต้นฉบับของคุณพร้อมสถานที่ที่ถ่าย และจัดกลุ่มตามใบหน้า อย่าเอารูปงานไปไว้ในนั้น</translation>
    </message>
    <message>
        <source>Clean last: after cropping and editing in other apps. Editing apps can add hidden data again.</source>
        <translation>ทำความสะอาดเป็นขั้นสุดท้าย: หลังจากครอปและแต่งรูปในแอปอื่นแล้ว แอปแต่งรูปอาจใส่ข้อมูลที่ซ่อนอยู่กลับเข้าไปอีก</translation>
    </message>
    <message>
        <source>Screenshots can show your name, your number and your notifications. Check them before you share them.</source>
        <translation>ภาพหน้าจออาจแสดงชื่อ เบอร์โทร และการแจ้งเตือนของคุณ ตรวจดูก่อนแชร์</translation>
    </message>
    <message>
        <source>Check the background: letters, papers, photos on the wall, anything with a name or address.</source>
        <translation>ตรวจดูฉากหลัง: จดหมาย เอกสาร รูปบนผนัง และสิ่งใดก็ตามที่มีชื่อหรือที่อยู่</translation>
    </message>
    <message>
        <source>Check mirrors and reflections: sunglasses, windows, screens and shiny surfaces.</source>
        <translation>ตรวจดูกระจกและเงาสะท้อน: แว่นกันแดด หน้าต่าง หน้าจอ และพื้นผิวมันวาว</translation>
    </message>
    <message>
        <source>Check what can be seen through windows. Streets, signs and buildings can show where you are.</source>
        <translation>ตรวจดูสิ่งที่มองเห็นผ่านหน้าต่าง ถนน ป้าย และอาคารอาจบอกได้ว่าคุณอยู่ที่ไหน</translation>
    </message>
    <message>
        <source>Do not post the same photo on your personal and your work accounts.</source>
        <translation>อย่าโพสต์รูปเดียวกันทั้งในบัญชีส่วนตัวและบัญชีงาน</translation>
    </message>
    <message>
        <source>Sending a photo “as a file” or by email keeps its hidden data. Send only the clean copy.</source>
        <translation>การส่งรูป “เป็นไฟล์” หรือทางอีเมลจะเก็บข้อมูลที่ซ่อนอยู่ไว้ ส่งเฉพาะสำเนาที่สะอาด</translation>
    </message>
    <message>
        <source>When you are done, delete the originals from Downloads and from shared folders.</source>
        <translation>เมื่อเสร็จแล้ว ให้ลบไฟล์ต้นฉบับออกจากโฟลเดอร์ดาวน์โหลดและโฟลเดอร์ที่แชร์</translation>
    </message>
    <message>
        <source>Before you post, open the clean copy and check it again.</source>
        <translation>ก่อนโพสต์ เปิดสำเนาที่สะอาดแล้วตรวจดูอีกครั้ง</translation>
    </message>
    <message>
        <source>What your computer may still keep</source>
        <translation>สิ่งที่คอมพิวเตอร์ของคุณอาจยังเก็บไว้</translation>
    </message>
    <message>
        <source>Scrubber keeps no list of the files you open, but your computer may:</source>
        <translation>Scrubber ไม่เก็บรายชื่อไฟล์ที่คุณเปิด แต่คอมพิวเตอร์ของคุณอาจเก็บ:</translation>
    </message>
    <message>
        <source>small previews (thumbnails) made by the file manager or photo viewer;</source>
        <translation>ภาพตัวอย่างขนาดเล็ก (ภาพย่อ) ที่ตัวจัดการไฟล์หรือโปรแกรมดูรูปสร้างขึ้น</translation>
    </message>
    <message>
        <source>lists of recent files in other apps;</source>
        <translation>รายการไฟล์ล่าสุดในแอปอื่น</translation>
    </message>
    <message>
        <source>the originals in Downloads, in the trash and in cloud backups.</source>
        <translation>ไฟล์ต้นฉบับในโฟลเดอร์ดาวน์โหลด ในถังขยะ และในข้อมูลสำรองบนคลาวด์</translation>
    </message>
    <message>
        <source>To clear them:</source>
        <translation>วิธีล้าง:</translation>
    </message>
    <message>
        <source>Empty the trash.</source>
        <translation>ล้างถังขยะ</translation>
    </message>
    <message>
        <source>Clear the recent files in your file manager.</source>
        <translation>ล้างรายการไฟล์ล่าสุดในตัวจัดการไฟล์</translation>
    </message>
    <message>
        <source>Delete the thumbnail cache. Linux: the .cache/thumbnails folder in your home folder. Windows: Disk Cleanup, then Thumbnails. macOS: restart the Mac.</source>
        <translation>ลบแคชภาพย่อ Linux: โฟลเดอร์ .cache/thumbnails ในโฟลเดอร์บ้านของคุณ Windows: “การล้างข้อมูลบนดิสก์” แล้วเลือก “ภาพย่อ” macOS: รีสตาร์ต Mac</translation>
    </message>
    <message>
        <source>Scrubber works offline</source>
        <translation>Scrubber ทำงานแบบออฟไลน์</translation>
    </message>
    <message>
        <source>Scrubber never connects to the internet. Your files stay on this computer.</source>
        <translation>Scrubber ไม่เชื่อมต่ออินเทอร์เน็ตเลย ไฟล์ของคุณอยู่บนคอมพิวเตอร์เครื่องนี้</translation>
    </message>
</context>
<context>
    <name>Summary</name>
    <message>
        <source>Cancelled.</source>
        <translation>ยกเลิกแล้ว</translation>
    </message>
    <message>
        <source>{n} cleaned.</source>
        <translation>ทำความสะอาดแล้ว: {n}</translation>
    </message>
    <message>
        <source>{n} had nothing to remove.</source>
        <translation>ไม่มีอะไรต้องลบ: {n}</translation>
    </message>
    <message>
        <source>{n} could not be cleaned.</source>
        <translation>ทำความสะอาดไม่ได้: {n}</translation>
    </message>
    <message>
        <source>{n} not done (cancelled).</source>
        <translation>ยังไม่ได้ทำ (ยกเลิกแล้ว): {n}</translation>
    </message>
    <message>
        <source>Nothing was cleaned.</source>
        <translation>ไม่ได้ทำความสะอาดไฟล์ใด</translation>
    </message>
    <message>
        <source>Clean copies are in: {folder}</source>
        <translation>สำเนาที่สะอาดอยู่ใน: {folder}</translation>
    </message>
    <message>
        <source>{name}: {reason}</source>
        <translation>{name}: {reason}</translation>
    </message>
    <message>
        <source>…and {n} more: see the list.</source>
        <translation>…และอีก {n} ไฟล์: ดูในรายการ</translation>
    </message>
</context>
<context>
    <name>messages</name>
    <message>
        <source>{metres} m above sea level</source>
        <translation>สูงจากระดับน้ำทะเล {metres} เมตร</translation>
    </message>
    <message>
        <source>{metres} m below sea level</source>
        <translation>ต่ำกว่าระดับน้ำทะเล {metres} เมตร</translation>
    </message>
    <message>
        <source>{count} bytes of data</source>
        <translation>ข้อมูล {count} ไบต์</translation>
    </message>
    <message>
        <source>The file name shows when it was taken: {shown}</source>
        <translation>ชื่อไฟล์บอกว่าถ่ายเมื่อไร: {shown}</translation>
    </message>
    <message>
        <source>The file name shows the phone or camera that made it: {shown}</source>
        <translation>ชื่อไฟล์บอกโทรศัพท์หรือกล้องที่สร้างไฟล์: {shown}</translation>
    </message>
    <message>
        <source>The file name shows the app that made it: {apps}</source>
        <translation>ชื่อไฟล์บอกแอปที่สร้างไฟล์: {apps}</translation>
    </message>
    <message>
        <source>{finding} (the name was kept)</source>
        <translation>{finding} (เก็บชื่อไว้ตามเดิม)</translation>
    </message>
    <message>
        <source>The file cannot be found. Was it moved or deleted?</source>
        <translation>ไม่พบไฟล์ ไฟล์ถูกย้ายหรือถูกลบไปหรือเปล่า</translation>
    </message>
    <message>
        <source>This is not a normal file (it is a folder, a device or a pipe).</source>
        <translation>นี่ไม่ใช่ไฟล์ปกติ (เป็นโฟลเดอร์ อุปกรณ์ หรือไปป์)</translation>
    </message>
    <message>
        <source>This is a folder, not a file.</source>
        <translation>นี่คือโฟลเดอร์ ไม่ใช่ไฟล์</translation>
    </message>
    <message>
        <source>The file is empty.</source>
        <translation>ไฟล์ว่างเปล่า</translation>
    </message>
    <message>
        <source>The file cannot be read: {reason}</source>
        <translation>อ่านไฟล์ไม่ได้: {reason}</translation>
    </message>
    <message>
        <source>The file name says {format}, but the file cannot be read as {format}.</source>
        <translation>ชื่อไฟล์บอกว่าเป็น {format} แต่อ่านไฟล์เป็น {format} ไม่ได้</translation>
    </message>
    <message>
        <source>This type of file is not supported, so it was not cleaned.</source>
        <translation>ไม่รองรับไฟล์ประเภทนี้ จึงไม่ได้ทำความสะอาด</translation>
    </message>
    <message>
        <source>This is a link; it was not followed.</source>
        <translation>นี่คือลิงก์ ไม่ได้ตามลิงก์นี้ไป</translation>
    </message>
    <message>
        <source>This file could not be read ({kind}).</source>
        <translation>อ่านไฟล์นี้ไม่ได้ ({kind})</translation>
    </message>
    <message>
        <source>It holds documents inside documents, too many levels deep.</source>
        <translation>มีเอกสารซ้อนอยู่ในเอกสารลึกหลายชั้นเกินไป</translation>
    </message>
    <message>
        <source>There is not enough memory to read this file.</source>
        <translation>หน่วยความจำไม่พอที่จะอ่านไฟล์นี้</translation>
    </message>
    <message>
        <source>There is not enough memory.</source>
        <translation>หน่วยความจำไม่พอ</translation>
    </message>
    <message>
        <source>A file could not be read or written: {reason}</source>
        <translation>อ่านหรือเขียนไฟล์ไม่ได้: {reason}</translation>
    </message>
    <message>
        <source>Unexpected error ({kind}). Nothing was written.</source>
        <translation>เกิดข้อผิดพลาดที่ไม่คาดคิด ({kind}) ไม่ได้เขียนอะไร</translation>
    </message>
    <message>
        <source>The copy would replace the original. Choose another name or folder.</source>
        <translation>สำเนาจะแทนที่ไฟล์ต้นฉบับ เลือกชื่อหรือโฟลเดอร์อื่น</translation>
    </message>
    <message>
        <source>Replacing the original cannot change the file type. Save copies in a folder instead.</source>
        <translation>การแทนที่ไฟล์ต้นฉบับเปลี่ยนประเภทไฟล์ไม่ได้ ให้บันทึกสำเนาไว้ในโฟลเดอร์แทน</translation>
    </message>
    <message>
        <source>This file is a link. Save copies in a folder instead.</source>
        <translation>ไฟล์นี้เป็นลิงก์ ให้บันทึกสำเนาไว้ในโฟลเดอร์แทน</translation>
    </message>
    <message>
        <source>The clean copy could not be checked again, so it was deleted: {reason}</source>
        <translation>ตรวจสำเนาที่สะอาดซ้ำไม่ได้ จึงลบสำเนานั้นทิ้งแล้ว: {reason}</translation>
    </message>
    <message>
        <source>The clean copy still held data ({left}), so it was deleted.</source>
        <translation>สำเนาที่สะอาดยังมีข้อมูลอยู่ ({left}) จึงลบสำเนานั้นทิ้งแล้ว</translation>
    </message>
    <message>
        <source>The folder for the copies cannot be created: {reason}</source>
        <translation>สร้างโฟลเดอร์สำหรับสำเนาไม่ได้: {reason}</translation>
    </message>
    <message>
        <source>Nothing can be saved in the folder for the copies: {reason}</source>
        <translation>บันทึกอะไรลงในโฟลเดอร์สำหรับสำเนาไม่ได้: {reason}</translation>
    </message>
    <message>
        <source>The copy could not be finished: {reason}</source>
        <translation>ทำสำเนาให้เสร็จไม่ได้: {reason}</translation>
    </message>
    <message>
        <source>The copies could not be saved to the disk: {reason}</source>
        <translation>บันทึกสำเนาลงดิสก์ไม่ได้: {reason}</translation>
    </message>
    <message>
        <source>No free name was found for the clean copy.</source>
        <translation>ไม่พบชื่อที่ยังว่างสำหรับสำเนาที่สะอาด</translation>
    </message>
    <message>
        <source>The clean copy could not be saved: {reason}</source>
        <translation>บันทึกสำเนาที่สะอาดไม่ได้: {reason}</translation>
    </message>
    <message>
        <source>The earlier copy could not be replaced: {reason}</source>
        <translation>แทนที่สำเนาก่อนหน้าไม่ได้: {reason}</translation>
    </message>
    <message>
        <source>This JPEG is damaged: its beginning is missing.</source>
        <translation>JPEG นี้เสียหาย: ส่วนต้นของไฟล์หายไป</translation>
    </message>
    <message>
        <source>This JPEG is damaged (a wrong length at byte {pos}).</source>
        <translation>JPEG นี้เสียหาย (ความยาวผิดที่ไบต์ {pos})</translation>
    </message>
    <message>
        <source>This JPEG is damaged: its picture does not end where it should.</source>
        <translation>JPEG นี้เสียหาย: ภาพไม่ได้จบในตำแหน่งที่ควรจบ</translation>
    </message>
    <message>
        <source>This JPEG is damaged (a missing marker at byte {pos}).</source>
        <translation>JPEG นี้เสียหาย (ไม่พบตัวกำกับที่ไบต์ {pos})</translation>
    </message>
    <message>
        <source>This JPEG is cut off before the picture starts.</source>
        <translation>JPEG นี้ถูกตัดขาดก่อนที่ภาพจะเริ่ม</translation>
    </message>
    <message>
        <source>This JPEG is damaged: it has far too many parts.</source>
        <translation>JPEG นี้เสียหาย: มีส่วนประกอบมากเกินไป</translation>
    </message>
    <message>
        <source>This rare kind of JPEG (hierarchical or JPEG-LS) is not supported.</source>
        <translation>ไม่รองรับ JPEG ชนิดที่พบได้ยากนี้ (แบบลำดับชั้นหรือ JPEG-LS)</translation>
    </message>
    <message>
        <source>This JPEG holds no picture.</source>
        <translation>JPEG นี้ไม่มีภาพ</translation>
    </message>
    <message>
        <source>This JPEG is damaged: its picture is not where the file says.</source>
        <translation>JPEG นี้เสียหาย: ภาพไม่ได้อยู่ในตำแหน่งที่ไฟล์ระบุ</translation>
    </message>
    <message>
        <source>This JPEG is damaged: it holds more than one picture frame.</source>
        <translation>JPEG นี้เสียหาย: มีเฟรมภาพมากกว่าหนึ่งเฟรม</translation>
    </message>
    <message>
        <source>This JPEG has other data hidden inside its picture, so it was not cleaned.</source>
        <translation>JPEG นี้มีข้อมูลอื่นซ่อนอยู่ในภาพ จึงไม่ได้ทำความสะอาด</translation>
    </message>
    <message>
        <source>The colour profile is too large.</source>
        <translation>โปรไฟล์สีใหญ่เกินไป</translation>
    </message>
    <message>
        <source>The picture is incomplete: the file was cut off.</source>
        <translation>ภาพไม่สมบูรณ์: ไฟล์ถูกตัดขาด</translation>
    </message>
    <message>
        <source>This JPEG is damaged in places; the copy looks the same as the original did.</source>
        <translation>JPEG นี้เสียหายบางจุด สำเนาจะดูเหมือนกับที่ต้นฉบับเคยแสดง</translation>
    </message>
    <message>
        <source>The GIF file was cut short; its complete frames were kept.</source>
        <translation>ไฟล์ GIF ถูกตัดขาด เก็บเฉพาะเฟรมที่สมบูรณ์ไว้</translation>
    </message>
    <message>
        <source>The {format} picture was saved as PNG.</source>
        <translation>บันทึกภาพ {format} เป็น PNG แล้ว</translation>
    </message>
    <message>
        <source>Only the first frame of the animation was kept ({frames} in the file).</source>
        <translation>เก็บไว้เฉพาะเฟรมแรกของภาพเคลื่อนไหว (ในไฟล์มี {frames} เฟรม)</translation>
    </message>
    <message>
        <source>Only the first page was kept ({frames} in the file).</source>
        <translation>เก็บไว้เฉพาะหน้าแรก (ในไฟล์มี {frames} หน้า)</translation>
    </message>
    <message>
        <source>The picture was saved with 8 bits per colour (it had more).</source>
        <translation>บันทึกภาพเป็น 8 บิตต่อสี (เดิมมีมากกว่านั้น)</translation>
    </message>
    <message>
        <source>Colours may look slightly different ({mode} was turned into RGB).</source>
        <translation>สีอาจดูต่างไปเล็กน้อย (เปลี่ยน {mode} เป็น RGB แล้ว)</translation>
    </message>
    <message>
        <source>Transparent areas were filled with white (JPEG has no transparency).</source>
        <translation>เติมสีขาวในพื้นที่โปร่งใสแล้ว (JPEG ไม่มีความโปร่งใส)</translation>
    </message>
    <message>
        <source>The form&apos;s XML layer was removed.</source>
        <translation>ลบชั้น XML ของแบบฟอร์มออกแล้ว</translation>
    </message>
    <message>
        <source>A digital signature was removed.</source>
        <translation>ลบลายเซ็นดิจิทัลออกแล้ว</translation>
    </message>
    <message>
        <source>Embedded objects (files inside the document) were removed.</source>
        <translation>ลบออบเจกต์ที่ฝังไว้ (ไฟล์ที่อยู่ในเอกสาร) ออกแล้ว</translation>
    </message>
    <message>
        <source>Pictures in drawing formats that cannot be checked (SVG, WMF…) were removed.</source>
        <translation>ลบภาพในรูปแบบภาพวาดที่ตรวจสอบไม่ได้ (SVG, WMF…) ออกแล้ว</translation>
    </message>
    <message>
        <source>It is saved as {ext}: the same document without macros.</source>
        <translation>บันทึกเป็น {ext}: เอกสารเดิมแต่ไม่มีมาโคร</translation>
    </message>
    <message>
        <source>The animation keeps its rotation tag; its frames were not turned.</source>
        <translation>ภาพเคลื่อนไหวยังคงมีแท็กการหมุน เฟรมไม่ได้ถูกหมุน</translation>
    </message>
    <message>
        <source>This TIFF has {count} pages. Many viewers show only the first: check the others too.</source>
        <translation>TIFF นี้มี {count} หน้า โปรแกรมดูภาพหลายตัวแสดงแค่หน้าแรก: ตรวจดูหน้าอื่นด้วย</translation>
    </message>
    <message>
        <source>The TIFF keeps its orientation tag; its pixels were not turned.</source>
        <translation>TIFF ยังคงมีแท็กทิศทาง พิกเซลไม่ได้ถูกหมุน</translation>
    </message>
    <message>
        <source>Colours may look slightly different in the JPEG copy.</source>
        <translation>สีในสำเนา JPEG อาจดูต่างไปเล็กน้อย</translation>
    </message>
    <message>
        <source>This PNG is cut off before the picture starts.</source>
        <translation>PNG นี้ถูกตัดขาดก่อนที่ภาพจะเริ่ม</translation>
    </message>
    <message>
        <source>The file was cut off; the clean copy keeps the part that is there.</source>
        <translation>ไฟล์ถูกตัดขาด สำเนาที่สะอาดเก็บส่วนที่มีอยู่ไว้</translation>
    </message>
    <message>
        <source>The removed data said to turn the picture. Check that it is the right way up.</source>
        <translation>ข้อมูลที่ลบออกบอกให้หมุนภาพ ตรวจดูว่าภาพหันถูกทิศทาง</translation>
    </message>
    <message>
        <source>Viewers that do not play animations now show a blank picture instead of a hidden one.</source>
        <translation>โปรแกรมดูภาพที่เล่นภาพเคลื่อนไหวไม่ได้จะแสดงภาพว่างแทนภาพที่ซ่อนอยู่</translation>
    </message>
    <message>
        <source>The sound was removed.</source>
        <translation>ลบเสียงออกแล้ว</translation>
    </message>
    <message>
        <source>The clip had more than 8 bits per colour (HDR); the copy has 8, so colours may look flatter.</source>
        <translation>คลิปมีมากกว่า 8 บิตต่อสี (HDR) สำเนามี 8 บิต สีจึงอาจดูจืดลง</translation>
    </message>
    <message>
        <source>Its broken index was rebuilt the way PDF viewers do it. Check the clean copy.</source>
        <translation>สร้างดัชนีที่เสียหายขึ้นใหม่แบบเดียวกับที่โปรแกรมดู PDF ทำ ตรวจดูสำเนาที่สะอาด</translation>
    </message>
    <message>
        <source>It was locked against copying, printing or changes, but opens without a password. The clean copy has no lock.</source>
        <translation>ไฟล์นี้ถูกล็อกไม่ให้คัดลอก พิมพ์ หรือแก้ไข แต่เปิดได้โดยไม่ต้องใช้รหัสผ่าน สำเนาที่สะอาดไม่มีการล็อก</translation>
    </message>
    <message>
        <source>Its attached files are locked with a password (the pages are not). The clean copy has no attachments.</source>
        <translation>ไฟล์แนบถูกล็อกด้วยรหัสผ่าน (หน้าเอกสารไม่ได้ถูกล็อก) สำเนาที่สะอาดไม่มีไฟล์แนบ</translation>
    </message>
    <message>
        <source>A cropped picture still held the part you cut away. It was removed.</source>
        <translation>ภาพที่ครอปแล้วยังมีส่วนที่คุณตัดออกอยู่ ลบส่วนนั้นออกแล้ว</translation>
    </message>
    <message>
        <source>Pages were turned into pictures: text can no longer be selected or searched.</source>
        <translation>เปลี่ยนหน้าเป็นภาพแล้ว: เลือกหรือค้นหาข้อความไม่ได้อีก</translation>
    </message>
    <message>
        <source>{count} layers of this PDF are hidden when it opens. They are kept in the copy; to leave them out, choose to turn PDF pages into pictures.</source>
        <translation>PDF นี้มีเลเยอร์ที่ซ่อนอยู่เมื่อเปิด {count} เลเยอร์ เลเยอร์เหล่านี้ยังอยู่ในสำเนา หากไม่ต้องการให้มี ให้เลือกเปลี่ยนหน้า PDF เป็นภาพ</translation>
    </message>
    <message>
        <source>1 layer of this PDF is hidden when it opens. It is kept in the copy; to leave it out, choose to turn PDF pages into pictures.</source>
        <translation>PDF นี้มีเลเยอร์ที่ซ่อนอยู่เมื่อเปิด 1 เลเยอร์ เลเยอร์นี้ยังอยู่ในสำเนา หากไม่ต้องการให้มี ให้เลือกเปลี่ยนหน้า PDF เป็นภาพ</translation>
    </message>
    <message>
        <source>There is text in white, unseen on a white page, on {count} pages. It is kept in the copy; to leave it out, choose to turn PDF pages into pictures.</source>
        <translation>มีข้อความสีขาวซึ่งมองไม่เห็นบนหน้าสีขาวอยู่ใน {count} หน้า ข้อความนี้ยังอยู่ในสำเนา หากไม่ต้องการให้มี ให้เลือกเปลี่ยนหน้า PDF เป็นภาพ</translation>
    </message>
    <message>
        <source>There is text in white, unseen on a white page, on 1 page. It is kept in the copy; to leave it out, choose to turn PDF pages into pictures.</source>
        <translation>มีข้อความสีขาวซึ่งมองไม่เห็นบนหน้าสีขาวอยู่ใน 1 หน้า ข้อความนี้ยังอยู่ในสำเนา หากไม่ต้องการให้มี ให้เลือกเปลี่ยนหน้า PDF เป็นภาพ</translation>
    </message>
    <message>
        <source>There is text placed outside the page on {count} pages. It is kept in the copy; to leave it out, choose to turn PDF pages into pictures.</source>
        <translation>มีข้อความที่วางไว้นอกหน้าอยู่ใน {count} หน้า ข้อความนี้ยังอยู่ในสำเนา หากไม่ต้องการให้มี ให้เลือกเปลี่ยนหน้า PDF เป็นภาพ</translation>
    </message>
    <message>
        <source>There is text placed outside the page on 1 page. It is kept in the copy; to leave it out, choose to turn PDF pages into pictures.</source>
        <translation>มีข้อความที่วางไว้นอกหน้าอยู่ใน 1 หน้า ข้อความนี้ยังอยู่ในสำเนา หากไม่ต้องการให้มี ให้เลือกเปลี่ยนหน้า PDF เป็นภาพ</translation>
    </message>
    <message>
        <source>Embedded fonts were removed.</source>
        <translation>ลบฟอนต์ที่ฝังไว้ออกแล้ว</translation>
    </message>
    <message>
        <source>Videos and sounds were removed: they could not be checked.</source>
        <translation>ลบวิดีโอและเสียงออกแล้ว เพราะตรวจสอบไม่ได้</translation>
    </message>
    <message>
        <source>Pictures in drawing formats that cannot be checked (EMF, WMF, SVG…) were removed.</source>
        <translation>ลบภาพในรูปแบบภาพวาดที่ตรวจสอบไม่ได้ (EMF, WMF, SVG…) ออกแล้ว</translation>
    </message>
    <message>
        <source>The photo was saved again at high quality ({reason}).</source>
        <translation>บันทึกภาพใหม่อีกครั้งด้วยคุณภาพสูง ({reason})</translation>
    </message>
    <message>
        <source>The macros (programs) in this document were removed.</source>
        <translation>ลบมาโคร (โปรแกรม) ในเอกสารนี้ออกแล้ว</translation>
    </message>
    <message>
        <source>This PDF asks for a password to open it. Remove the password first.</source>
        <translation>PDF นี้ต้องใช้รหัสผ่านในการเปิด ให้เอารหัสผ่านออกก่อน</translation>
    </message>
    <message>
        <source>This PDF is damaged and cannot be cleaned safely.</source>
        <translation>PDF นี้เสียหาย ทำความสะอาดอย่างปลอดภัยไม่ได้</translation>
    </message>
    <message>
        <source>This PDF is damaged and cannot be cleaned safely: its end is missing.</source>
        <translation>PDF นี้เสียหาย ทำความสะอาดอย่างปลอดภัยไม่ได้: ส่วนท้ายของไฟล์หายไป</translation>
    </message>
    <message>
        <source>This PDF is damaged (cut off, or parts of it are broken) and cannot be cleaned safely. Saving it again from a PDF viewer may repair it.</source>
        <translation>PDF นี้เสียหาย (ถูกตัดขาด หรือบางส่วนเสีย) ทำความสะอาดอย่างปลอดภัยไม่ได้ การบันทึกใหม่จากโปรแกรมดู PDF อาจซ่อมไฟล์ได้</translation>
    </message>
    <message>
        <source>This {format} picture is damaged and cannot be decoded: part of it is missing.</source>
        <translation>ภาพ {format} นี้เสียหายและถอดรหัสไม่ได้: บางส่วนหายไป</translation>
    </message>
    <message>
        <source>{count} slides are hidden. They are kept in the copy; to remove them, turn on removing hidden content.</source>
        <translation>มีสไลด์ที่ซ่อนอยู่ {count} สไลด์ สไลด์เหล่านี้ยังอยู่ในสำเนา หากต้องการลบ ให้เปิดตัวเลือกลบเนื้อหาที่ซ่อนอยู่</translation>
    </message>
    <message>
        <source>1 slide is hidden. It is kept in the copy; to remove it, turn on removing hidden content.</source>
        <translation>มีสไลด์ที่ซ่อนอยู่ 1 สไลด์ สไลด์นี้ยังอยู่ในสำเนา หากต้องการลบ ให้เปิดตัวเลือกลบเนื้อหาที่ซ่อนอยู่</translation>
    </message>
    <message>
        <source>There are speaker notes on {count} slides. They are kept in the copy; to remove them, turn on removing speaker notes.</source>
        <translation>มีบันทึกของผู้บรรยายใน {count} สไลด์ บันทึกเหล่านี้ยังอยู่ในสำเนา หากต้องการลบ ให้เปิดตัวเลือกลบบันทึกของผู้บรรยาย</translation>
    </message>
    <message>
        <source>There are speaker notes on 1 slide. They are kept in the copy; to remove them, turn on removing speaker notes.</source>
        <translation>มีบันทึกของผู้บรรยายใน 1 สไลด์ บันทึกนี้ยังอยู่ในสำเนา หากต้องการลบ ให้เปิดตัวเลือกลบบันทึกของผู้บรรยาย</translation>
    </message>
    <message>
        <source>{count} sheets are hidden. They are kept in the copy; to remove them, turn on removing hidden content.</source>
        <translation>มีชีตที่ซ่อนอยู่ {count} ชีต ชีตเหล่านี้ยังอยู่ในสำเนา หากต้องการลบ ให้เปิดตัวเลือกลบเนื้อหาที่ซ่อนอยู่</translation>
    </message>
    <message>
        <source>1 sheet is hidden. It is kept in the copy; to remove it, turn on removing hidden content.</source>
        <translation>มีชีตที่ซ่อนอยู่ 1 ชีต ชีตนี้ยังอยู่ในสำเนา หากต้องการลบ ให้เปิดตัวเลือกลบเนื้อหาที่ซ่อนอยู่</translation>
    </message>
    <message>
        <source>There is hidden text in {count} places. It is kept in the copy; to remove it, turn on removing hidden content.</source>
        <translation>มีข้อความที่ซ่อนอยู่ {count} แห่ง ข้อความเหล่านี้ยังอยู่ในสำเนา หากต้องการลบ ให้เปิดตัวเลือกลบเนื้อหาที่ซ่อนอยู่</translation>
    </message>
    <message>
        <source>There is hidden text in 1 place. It is kept in the copy; to remove it, turn on removing hidden content.</source>
        <translation>มีข้อความที่ซ่อนอยู่ 1 แห่ง ข้อความนี้ยังอยู่ในสำเนา หากต้องการลบ ให้เปิดตัวเลือกลบเนื้อหาที่ซ่อนอยู่</translation>
    </message>
    <message>
        <source>{count} sections are hidden. They are kept in the copy; to remove them, turn on removing hidden content.</source>
        <translation>มีส่วนที่ซ่อนอยู่ {count} ส่วน ส่วนเหล่านี้ยังอยู่ในสำเนา หากต้องการลบ ให้เปิดตัวเลือกลบเนื้อหาที่ซ่อนอยู่</translation>
    </message>
    <message>
        <source>1 section is hidden. It is kept in the copy; to remove it, turn on removing hidden content.</source>
        <translation>มีส่วนที่ซ่อนอยู่ 1 ส่วน ส่วนนี้ยังอยู่ในสำเนา หากต้องการลบ ให้เปิดตัวเลือกลบเนื้อหาที่ซ่อนอยู่</translation>
    </message>
    <message>
        <source>A cropped photo still held the part you cut away. It was removed.</source>
        <translation>รูปที่ครอปแล้วยังมีส่วนที่คุณตัดออกอยู่ ลบส่วนนั้นออกแล้ว</translation>
    </message>
    <message>
        <source>{count} cropped photos still held the parts you cut away. They were removed.</source>
        <translation>รูปที่ครอปแล้ว {count} รูปยังมีส่วนที่คุณตัดออกอยู่ ลบส่วนเหล่านั้นออกแล้ว</translation>
    </message>
    <message>
        <source>The camera fingerprint was weakened, not removed. The picture was resized from {before} to {after} pixels.</source>
        <translation>ลดลายนิ้วมือกล้องแล้ว แต่ไม่ได้ลบออก ปรับขนาดภาพจาก {before} เป็น {after} พิกเซล</translation>
    </message>
    <message>
        <source>This document is protected by a password. Remove the password first.</source>
        <translation>เอกสารนี้มีรหัสผ่านป้องกัน ให้เอารหัสผ่านออกก่อน</translation>
    </message>
    <message>
        <source>This document is damaged: its contents cannot be unpacked.</source>
        <translation>เอกสารนี้เสียหาย: แตกเนื้อหาออกมาไม่ได้</translation>
    </message>
    <message>
        <source>This document is damaged and cannot be read safely.</source>
        <translation>เอกสารนี้เสียหาย อ่านอย่างปลอดภัยไม่ได้</translation>
    </message>
    <message>
        <source>This TIFF file holds no picture.</source>
        <translation>ไฟล์ TIFF นี้ไม่มีภาพ</translation>
    </message>
    <message>
        <source>Camera RAW files are not supported. Export a TIFF or JPEG first.</source>
        <translation>ไม่รองรับไฟล์ RAW จากกล้อง ให้ส่งออกเป็น TIFF หรือ JPEG ก่อน</translation>
    </message>
    <message>
        <source>This TIFF file is damaged.</source>
        <translation>ไฟล์ TIFF นี้เสียหาย</translation>
    </message>
    <message>
        <source>Old-style JPEG TIFF files are not supported. Convert them first.</source>
        <translation>ไม่รองรับไฟล์ TIFF ที่ใช้ JPEG แบบเก่า ให้แปลงไฟล์ก่อน</translation>
    </message>
    <message>
        <source>This TIFF file is cut off or damaged.</source>
        <translation>ไฟล์ TIFF นี้ถูกตัดขาดหรือเสียหาย</translation>
    </message>
    <message>
        <source>This {format} picture is encrypted.</source>
        <translation>ภาพ {format} นี้ถูกเข้ารหัส</translation>
    </message>
    <message>
        <source>This {format} picture is damaged and cannot be decoded.</source>
        <translation>ภาพ {format} นี้เสียหายและถอดรหัสไม่ได้</translation>
    </message>
    <message>
        <source>The description of this {format} picture is too large to check.</source>
        <translation>คำอธิบายของภาพ {format} นี้ใหญ่เกินกว่าจะตรวจสอบได้</translation>
    </message>
    <message>
        <source>{format} picture sequences and videos are not supported.</source>
        <translation>ไม่รองรับชุดภาพต่อเนื่องและวิดีโอแบบ {format}</translation>
    </message>
    <message>
        <source>This {format} file has too many parts to check safely.</source>
        <translation>ไฟล์ {format} นี้มีส่วนประกอบมากเกินกว่าจะตรวจสอบได้อย่างปลอดภัย</translation>
    </message>
    <message>
        <source>This picture is AVIF, not HEIC. Rename it to end in .avif.</source>
        <translation>ภาพนี้เป็น AVIF ไม่ใช่ HEIC เปลี่ยนชื่อให้ลงท้ายด้วย .avif</translation>
    </message>
    <message>
        <source>The picture is too small to save as HEIC. Choose JPEG copies instead.</source>
        <translation>ภาพเล็กเกินกว่าจะบันทึกเป็น HEIC ให้เลือกทำสำเนาเป็น JPEG แทน</translation>
    </message>
    <message>
        <source>The picture could not be saved as HEIC. Choose JPEG copies instead.</source>
        <translation>บันทึกภาพเป็น HEIC ไม่ได้ ให้เลือกทำสำเนาเป็น JPEG แทน</translation>
    </message>
    <message>
        <source>The picture is too large to process ({size} pixels).</source>
        <translation>ภาพใหญ่เกินกว่าจะประมวลผลได้ ({size} พิกเซล)</translation>
    </message>
    <message>
        <source>This is not a valid PNG file.</source>
        <translation>นี่ไม่ใช่ไฟล์ PNG ที่ถูกต้อง</translation>
    </message>
    <message>
        <source>This PNG file is damaged (a part of it is not valid).</source>
        <translation>ไฟล์ PNG นี้เสียหาย (บางส่วนไม่ถูกต้อง)</translation>
    </message>
    <message>
        <source>This PNG file is damaged: its beginning is missing.</source>
        <translation>ไฟล์ PNG นี้เสียหาย: ส่วนต้นของไฟล์หายไป</translation>
    </message>
    <message>
        <source>This PDF is too complex to be checked safely.</source>
        <translation>PDF นี้ซับซ้อนเกินกว่าจะตรวจสอบได้อย่างปลอดภัย</translation>
    </message>
    <message>
        <source>This PDF has too many levels, one inside another, to be checked safely.</source>
        <translation>PDF นี้มีชั้นที่ซ้อนกันอยู่ข้างในหลายชั้นเกินกว่าจะตรวจสอบได้อย่างปลอดภัย</translation>
    </message>
    <message>
        <source>The drawings in this PDF are put one inside another too many times to be checked safely.</source>
        <translation>ภาพวาดใน PDF นี้ซ้อนอยู่ข้างในกันหลายชั้นเกินกว่าจะตรวจสอบได้อย่างปลอดภัย</translation>
    </message>
    <message>
        <source>This PDF has too many parts ({count}) to be checked safely.</source>
        <translation>PDF นี้มีส่วนประกอบมากเกินไป ({count}) จนตรวจสอบอย่างปลอดภัยไม่ได้</translation>
    </message>
    <message>
        <source>This PDF has too many pages ({count}) to turn them into pictures.</source>
        <translation>PDF นี้มีหน้ามากเกินไป ({count}) จนเปลี่ยนหน้าเป็นภาพไม่ได้</translation>
    </message>
    <message>
        <source>This PDF could not be given a new document ID, so it was not cleaned.</source>
        <translation>ตั้ง ID เอกสารใหม่ให้ PDF นี้ไม่ได้ จึงไม่ได้ทำความสะอาด</translation>
    </message>
    <message>
        <source>This PDF could not be copied faithfully, so it was not cleaned.</source>
        <translation>ทำสำเนา PDF นี้ให้ตรงตามต้นฉบับไม่ได้ จึงไม่ได้ทำความสะอาด</translation>
    </message>
    <message>
        <source>A page of this PDF has pictures on it that cannot be checked. To clean this PDF, choose to turn PDF pages into pictures.</source>
        <translation>หน้าหนึ่งของ PDF นี้มีภาพที่ตรวจสอบไม่ได้ หากต้องการทำความสะอาด PDF นี้ ให้เลือกเปลี่ยนหน้า PDF เป็นภาพ</translation>
    </message>
    <message>
        <source>A picture in this PDF is shown through a shape that hides part of it, and it cannot be cut exactly. To clean this PDF, choose to turn PDF pages into pictures.</source>
        <translation>ภาพหนึ่งใน PDF นี้แสดงผ่านรูปทรงที่ซ่อนบางส่วนของภาพไว้ และตัดให้ตรงพอดีไม่ได้ หากต้องการทำความสะอาด PDF นี้ ให้เลือกเปลี่ยนหน้า PDF เป็นภาพ</translation>
    </message>
    <message>
        <source>A picture in this PDF has a hidden part, stored in a way that cannot be cut away. To clean this PDF, choose to turn PDF pages into pictures.</source>
        <translation>ภาพหนึ่งใน PDF นี้มีส่วนที่ซ่อนอยู่ ซึ่งเก็บไว้ในแบบที่ตัดออกไม่ได้ หากต้องการทำความสะอาด PDF นี้ ให้เลือกเปลี่ยนหน้า PDF เป็นภาพ</translation>
    </message>
    <message>
        <source>A picture in this PDF has a hidden part and is too large to be cut. To clean this PDF, choose to turn PDF pages into pictures.</source>
        <translation>ภาพหนึ่งใน PDF นี้มีส่วนที่ซ่อนอยู่ และใหญ่เกินกว่าจะตัดได้ หากต้องการทำความสะอาด PDF นี้ ให้เลือกเปลี่ยนหน้า PDF เป็นภาพ</translation>
    </message>
    <message>
        <source>A picture in this PDF is stored in a way that cannot be checked.</source>
        <translation>ภาพหนึ่งใน PDF นี้เก็บไว้ในแบบที่ตรวจสอบไม่ได้</translation>
    </message>
    <message>
        <source>A picture drawn inside a page of this PDF is stored in a way that cannot be checked.</source>
        <translation>ภาพหนึ่งที่วาดไว้ภายในหน้าของ PDF นี้เก็บไว้ในแบบที่ตรวจสอบไม่ได้</translation>
    </message>
    <message>
        <source>A colour profile in this PDF is stored in a way that cannot be checked.</source>
        <translation>โปรไฟล์สีหนึ่งใน PDF นี้เก็บไว้ในแบบที่ตรวจสอบไม่ได้</translation>
    </message>
    <message>
        <source>A picture drawn inside a page of this PDF could not be saved again without its hidden data.</source>
        <translation>ภาพหนึ่งที่วาดไว้ภายในหน้าของ PDF นี้ บันทึกใหม่โดยเอาข้อมูลที่ซ่อนอยู่ออกไม่ได้</translation>
    </message>
    <message>
        <source>A picture in this PDF is too large once unpacked (more than {mb} MB).</source>
        <translation>ภาพหนึ่งใน PDF นี้ใหญ่เกินไปเมื่อแตกออกมา (มากกว่า {mb} MB)</translation>
    </message>
    <message>
        <source>A picture drawn inside a page of this PDF is too large once unpacked (more than {mb} MB).</source>
        <translation>ภาพหนึ่งที่วาดไว้ภายในหน้าของ PDF นี้ใหญ่เกินไปเมื่อแตกออกมา (มากกว่า {mb} MB)</translation>
    </message>
    <message>
        <source>A page of this PDF is too large once unpacked (more than {mb} MB).</source>
        <translation>หน้าหนึ่งของ PDF นี้ใหญ่เกินไปเมื่อแตกออกมา (มากกว่า {mb} MB)</translation>
    </message>
    <message>
        <source>A colour profile in this PDF is too large once unpacked (more than {mb} MB).</source>
        <translation>โปรไฟล์สีหนึ่งใน PDF นี้ใหญ่เกินไปเมื่อแตกออกมา (มากกว่า {mb} MB)</translation>
    </message>
    <message>
        <source>A JPEG 2000 picture in this PDF has comments that cannot be removed.</source>
        <translation>ภาพ JPEG 2000 ใน PDF นี้มีความคิดเห็นที่ลบออกไม่ได้</translation>
    </message>
    <message>
        <source>There is a problem with a picture in this PDF. {problem}</source>
        <translation>มีปัญหากับภาพหนึ่งใน PDF นี้ {problem}</translation>
    </message>
    <message>
        <source>There is a problem with a picture drawn inside a page of this PDF. {problem}</source>
        <translation>มีปัญหากับภาพหนึ่งที่วาดไว้ภายในหน้าของ PDF นี้ {problem}</translation>
    </message>
    <message>
        <source>Unpacked, this document would take more than {mb} MB: too much to be checked safely.</source>
        <translation>เมื่อแตกออกมา เอกสารนี้จะใช้พื้นที่มากกว่า {mb} MB: มากเกินกว่าจะตรวจสอบได้อย่างปลอดภัย</translation>
    </message>
    <message>
        <source>A part of this document ({part}) holds an XML declaration used in attacks, so it was not opened.</source>
        <translation>ส่วนหนึ่งของเอกสารนี้ ({part}) มีการประกาศ XML แบบที่ใช้ในการโจมตี จึงไม่ได้เปิด</translation>
    </message>
    <message>
        <source>There is a problem with a picture in this document ({part}). {problem}</source>
        <translation>มีปัญหากับภาพหนึ่งในเอกสารนี้ ({part}) {problem}</translation>
    </message>
    <message>
        <source>There is a problem with a document inside this document ({part}). {problem}</source>
        <translation>มีปัญหากับเอกสารที่อยู่ภายในเอกสารนี้ ({part}) {problem}</translation>
    </message>
    <message>
        <source>This document is packed in a way used to crash programs (a zip bomb), so it was not opened.</source>
        <translation>เอกสารนี้ถูกบีบอัดในแบบที่ใช้ทำให้โปรแกรมล่ม (zip bomb) จึงไม่ได้เปิด</translation>
    </message>
    <message>
        <source>This zip file is not an OpenDocument file.</source>
        <translation>ไฟล์ zip นี้ไม่ใช่ไฟล์ OpenDocument</translation>
    </message>
    <message>
        <source>This kind of OpenDocument file is not supported.</source>
        <translation>ไม่รองรับไฟล์ OpenDocument ประเภทนี้</translation>
    </message>
    <message>
        <source>This zip file is not an Office document.</source>
        <translation>ไฟล์ zip นี้ไม่ใช่เอกสาร Office</translation>
    </message>
    <message>
        <source>This kind of Office document is not supported.</source>
        <translation>ไม่รองรับเอกสาร Office ประเภทนี้</translation>
    </message>
    <message>
        <source>This is an old-style Office file (.doc, .xls, .ppt) or a document protected by a password. Open it in Office and save it as .docx, .xlsx or .pptx, without a password.</source>
        <translation>นี่คือไฟล์ Office แบบเก่า (.doc, .xls, .ppt) หรือเอกสารที่มีรหัสผ่านป้องกัน ให้เปิดใน Office แล้วบันทึกเป็น .docx, .xlsx หรือ .pptx โดยไม่ใส่รหัสผ่าน</translation>
    </message>
    <message>
        <source>This document is saved as Strict Open XML, which is not supported. Save it again as an ordinary .docx, .xlsx or .pptx file.</source>
        <translation>เอกสารนี้บันทึกเป็น Strict Open XML ซึ่งไม่รองรับ ให้บันทึกใหม่เป็นไฟล์ .docx, .xlsx หรือ .pptx แบบปกติ</translation>
    </message>
    <message>
        <source>Part of this document&apos;s text is stored inside it as a web page or in another format, which cannot be checked. Open it in Word and save it again.</source>
        <translation>ข้อความบางส่วนของเอกสารนี้เก็บไว้ข้างในเป็นหน้าเว็บหรือในรูปแบบอื่น ซึ่งตรวจสอบไม่ได้ ให้เปิดใน Word แล้วบันทึกใหม่</translation>
    </message>
    <message>
        <source>The picture is too large to process.</source>
        <translation>ภาพใหญ่เกินกว่าจะประมวลผลได้</translation>
    </message>
    <message>
        <source>A cropped picture in it is too large to cut safely.</source>
        <translation>ภาพที่ครอปแล้วภาพหนึ่งในไฟล์นี้ใหญ่เกินกว่าจะตัดได้อย่างปลอดภัย</translation>
    </message>
    <message>
        <source>Areas cannot be covered in {format} pictures.</source>
        <translation>ปิดพื้นที่ในภาพ {format} ไม่ได้</translation>
    </message>
    <message>
        <source>{format} files are not video clips.</source>
        <translation>ไฟล์ {format} ไม่ใช่คลิปวิดีโอ</translation>
    </message>
    <message>
        <source>Covering areas makes a new copy: the original is never changed. Save copies in a folder instead.</source>
        <translation>การปิดพื้นที่จะสร้างสำเนาใหม่: ไฟล์ต้นฉบับจะไม่ถูกเปลี่ยนแปลงเลย ให้บันทึกสำเนาไว้ในโฟลเดอร์แทน</translation>
    </message>
    <message>
        <source>This clip is turned by {degrees} degrees, which is not supported.</source>
        <translation>คลิปนี้ถูกหมุนไว้ {degrees} องศา ซึ่งไม่รองรับ</translation>
    </message>
    <message>
        <source>The clip is too large to process ({size} pixels).</source>
        <translation>คลิปใหญ่เกินกว่าจะประมวลผลได้ ({size} พิกเซล)</translation>
    </message>
    <message>
        <source>This HEIF picture uses a kind of compression that is not supported ({code}).</source>
        <translation>ภาพ HEIF นี้ใช้การบีบอัดแบบที่ไม่รองรับ ({code})</translation>
    </message>
    <message>
        <source>The picture could not be saved as AVIF.</source>
        <translation>บันทึกภาพเป็น AVIF ไม่ได้</translation>
    </message>
    <message>
        <source>This {format} file is stored in pieces, as when it is streamed. This is not supported.</source>
        <translation>ไฟล์ {format} นี้เก็บไว้เป็นชิ้น ๆ แบบตอนสตรีม ไม่รองรับไฟล์แบบนี้</translation>
    </message>
    <message>
        <source>The header of this {format} file is split up or compressed. This is not supported.</source>
        <translation>ส่วนหัวของไฟล์ {format} นี้ถูกแบ่งเป็นส่วน ๆ หรือถูกบีบอัดไว้ ไม่รองรับไฟล์แบบนี้</translation>
    </message>
    <message>
        <source>This {format} file plays sound or pictures stored in other files. This is not supported.</source>
        <translation>ไฟล์ {format} นี้เล่นเสียงหรือภาพที่เก็บไว้ในไฟล์อื่น ไม่รองรับไฟล์แบบนี้</translation>
    </message>
    <message>
        <source>This {format} file is copy-protected, so it cannot be cleaned.</source>
        <translation>ไฟล์ {format} นี้มีการป้องกันการคัดลอก จึงทำความสะอาดไม่ได้</translation>
    </message>
    <message>
        <source>This {format} file is too large to clean.</source>
        <translation>ไฟล์ {format} นี้ใหญ่เกินกว่าจะทำความสะอาดได้</translation>
    </message>
    <message>
        <source>The sound of this video is stored in a way that is not supported.</source>
        <translation>เสียงของวิดีโอนี้เก็บไว้ในแบบที่ไม่รองรับ</translation>
    </message>
    <message>
        <source>The sound of this video is in an old format that is not supported.</source>
        <translation>เสียงของวิดีโอนี้อยู่ในรูปแบบเก่าที่ไม่รองรับ</translation>
    </message>
    <message>
        <source>This M4A file also holds video, chapters or text, which cannot be cleaned here.</source>
        <translation>ไฟล์ M4A นี้มีวิดีโอ บท หรือข้อความอยู่ด้วย ซึ่งทำความสะอาดที่นี่ไม่ได้</translation>
    </message>
    <message>
        <source>This is copy-protected iTunes music. Its purchase record cannot be removed without breaking it.</source>
        <translation>นี่คือเพลง iTunes ที่มีการป้องกันการคัดลอก ลบข้อมูลการซื้อออกไม่ได้โดยไม่ทำให้ไฟล์เสีย</translation>
    </message>
    <message>
        <source>This FLAC file starts with an ID3 tag, which FLAC players do not expect, so it was not cleaned.</source>
        <translation>ไฟล์ FLAC นี้ขึ้นต้นด้วยแท็ก ID3 ซึ่งโปรแกรมเล่น FLAC ไม่คาดว่าจะพบ จึงไม่ได้ทำความสะอาด</translation>
    </message>
    <message>
        <source>Bare AAC sound files are not supported, only AAC inside M4A files.</source>
        <translation>ไม่รองรับไฟล์เสียง AAC เปล่า ๆ รองรับเฉพาะ AAC ที่อยู่ในไฟล์ M4A</translation>
    </message>
    <message>
        <source>This Ogg file holds video or a kind of sound that cannot be cleaned. Only Vorbis and Opus are supported.</source>
        <translation>ไฟล์ Ogg นี้มีวิดีโอหรือเสียงชนิดที่ทำความสะอาดไม่ได้ รองรับเฉพาะ Vorbis และ Opus</translation>
    </message>
    <message>
        <source>This PNG has a part that is not standard ({part}), so it was not cleaned.</source>
        <translation>PNG นี้มีส่วนที่ไม่เป็นมาตรฐาน ({part}) จึงไม่ได้ทำความสะอาด</translation>
    </message>
    <message>
        <source>This animated PNG hides a still picture too large to replace, so it was not cleaned.</source>
        <translation>PNG ภาพเคลื่อนไหวนี้ซ่อนภาพนิ่งที่ใหญ่เกินกว่าจะแทนที่ได้ จึงไม่ได้ทำความสะอาด</translation>
    </message>
    <message>
        <source>This TIFF has more than {count} pages.</source>
        <translation>TIFF นี้มีมากกว่า {count} หน้า</translation>
    </message>
    <message>
        <source>This TIFF is damaged: its picture data adds up to more than the file.</source>
        <translation>TIFF นี้เสียหาย: ข้อมูลภาพรวมกันแล้วมากกว่าขนาดของไฟล์</translation>
    </message>
    <message>
        <source>The first page of this TIFF is only a preview. Such TIFF files are not supported.</source>
        <translation>หน้าแรกของ TIFF นี้เป็นแค่ภาพตัวอย่าง ไม่รองรับไฟล์ TIFF แบบนี้</translation>
    </message>
    <message>
        <source>The clean TIFF would be larger than 4 GB.</source>
        <translation>ไฟล์ TIFF ที่สะอาดจะใหญ่กว่า 4 GB</translation>
    </message>
    <message>
        <source>a crop hid part of the picture</source>
        <extracomment>Why the photo was saved again, in &quot;The photo was saved again at high quality ({reason}).&quot;</extracomment>
        <translation>การครอปซ่อนบางส่วนของภาพไว้</translation>
    </message>
    <message>
        <source>colours under its see-through areas could hide a picture</source>
        <extracomment>Why the photo was saved again, in &quot;The photo was saved again at high quality ({reason}).&quot;</extracomment>
        <translation>สีใต้พื้นที่โปร่งใสอาจซ่อนภาพไว้</translation>
    </message>
    <message>
        <source>it is made of layers that can cover one another</source>
        <extracomment>Why the photo was saved again, in &quot;The photo was saved again at high quality ({reason}).&quot;</extracomment>
        <translation>ภาพประกอบด้วยเลเยอร์ที่ปิดทับกันได้</translation>
    </message>
    <message>
        <source>its tiles do not fit together in a regular grid</source>
        <extracomment>Why the photo was saved again, in &quot;The photo was saved again at high quality ({reason}).&quot;</extracomment>
        <translation>ชิ้นส่วนของภาพไม่ได้ต่อกันเป็นตารางที่สม่ำเสมอ</translation>
    </message>
    <message>
        <source>whole tiles of its picture were hidden</source>
        <extracomment>Why the photo was saved again, in &quot;The photo was saved again at high quality ({reason}).&quot;</extracomment>
        <translation>ชิ้นส่วนของภาพถูกซ่อนไว้ทั้งชิ้น</translation>
    </message>
    <message>
        <source>its picture is stored in another file</source>
        <extracomment>Why the photo was saved again, in &quot;The photo was saved again at high quality ({reason}).&quot;</extracomment>
        <translation>ภาพเก็บไว้ในไฟล์อื่น</translation>
    </message>
    <message>
        <source>its picture is built from data stored elsewhere in the file</source>
        <extracomment>Why the photo was saved again, in &quot;The photo was saved again at high quality ({reason}).&quot;</extracomment>
        <translation>ภาพสร้างจากข้อมูลที่เก็บไว้ที่อื่นในไฟล์</translation>
    </message>
    <message>
        <source>its picture data is not where it should be in the file</source>
        <extracomment>Why the photo was saved again, in &quot;The photo was saved again at high quality ({reason}).&quot;</extracomment>
        <translation>ข้อมูลภาพไม่ได้อยู่ในตำแหน่งที่ควรอยู่ในไฟล์</translation>
    </message>
</context>
<context>
    <name>plain</name>
    <message>
        <source>1 item</source>
        <translation>1 รายการ</translation>
    </message>
    <message>
        <source>{count} items</source>
        <translation>{count} รายการ</translation>
    </message>
    <message>
        <source>in the file name: {shown}</source>
        <translation>ในชื่อไฟล์: {shown}</translation>
    </message>
    <message>
        <source>{values} and {count} more</source>
        <translation>{values} และอีก {count} รายการ</translation>
    </message>
    <message>
        <source>{deg}° N</source>
        <translation>{deg}° เหนือ</translation>
    </message>
    <message>
        <source>{deg}° S</source>
        <translation>{deg}° ใต้</translation>
    </message>
    <message>
        <source>{deg}° E</source>
        <translation>{deg}° ตะวันออก</translation>
    </message>
    <message>
        <source>{deg}° W</source>
        <translation>{deg}° ตะวันตก</translation>
    </message>
    <message>
        <source>serial {number}</source>
        <translation>หมายเลขเครื่อง {number}</translation>
    </message>
</context>
<context>
    <name>words</name>
    <message>
        <source>location</source>
        <translation>ตำแหน่ง</translation>
    </message>
    <message>
        <source>phone/camera</source>
        <translation>โทรศัพท์/กล้อง</translation>
    </message>
    <message>
        <source>your name</source>
        <translation>ชื่อของคุณ</translation>
    </message>
    <message>
        <source>date</source>
        <translation>วันที่</translation>
    </message>
    <message>
        <source>hidden extra image/video</source>
        <translation>ภาพ/วิดีโอเพิ่มเติมที่ซ่อนอยู่</translation>
    </message>
    <message>
        <source>editing history</source>
        <translation>ประวัติการแก้ไข</translation>
    </message>
    <message>
        <source>other hidden data</source>
        <translation>ข้อมูลที่ซ่อนอยู่อื่น ๆ</translation>
    </message>
    <message>
        <source>Reveals where it was taken or made</source>
        <translation>เปิดเผยสถานที่ที่ถ่ายหรือสร้าง</translation>
    </message>
    <message>
        <source>Identifies your phone or camera</source>
        <translation>ระบุโทรศัพท์หรือกล้องของคุณได้</translation>
    </message>
    <message>
        <source>Contains a name</source>
        <translation>มีชื่อบุคคล</translation>
    </message>
    <message>
        <source>Tells when it was taken or made</source>
        <translation>บอกเวลาที่ถ่ายหรือสร้าง</translation>
    </message>
    <message>
        <source>Hides an extra picture, video or file</source>
        <translation>ซ่อนภาพ วิดีโอ หรือไฟล์เพิ่มเติม</translation>
    </message>
    <message>
        <source>Shows editing history or the apps used</source>
        <translation>แสดงประวัติการแก้ไขหรือแอปที่ใช้</translation>
    </message>
    <message>
        <source>Other hidden data</source>
        <translation>ข้อมูลที่ซ่อนอยู่อื่น ๆ</translation>
    </message>
    <message>
        <source>Location</source>
        <translation>ตำแหน่ง</translation>
    </message>
    <message>
        <source>Phone or camera</source>
        <translation>โทรศัพท์หรือกล้อง</translation>
    </message>
    <message>
        <source>Names</source>
        <translation>ชื่อ</translation>
    </message>
    <message>
        <source>Date and time</source>
        <translation>วันที่และเวลา</translation>
    </message>
    <message>
        <source>Hidden extras</source>
        <translation>สิ่งที่ซ่อนอยู่เพิ่มเติม</translation>
    </message>
    <message>
        <source>Apps and editing</source>
        <translation>แอปและการแก้ไข</translation>
    </message>
    <message>
        <source>Other data</source>
        <translation>ข้อมูลอื่น ๆ</translation>
    </message>
    <message>
        <source>Cleaned</source>
        <translation>ทำความสะอาดแล้ว</translation>
    </message>
    <message>
        <source>Nothing to remove</source>
        <translation>ไม่มีอะไรต้องลบ</translation>
    </message>
    <message>
        <source>Not supported</source>
        <translation>ไม่รองรับ</translation>
    </message>
    <message>
        <source>Could not be cleaned</source>
        <translation>ทำความสะอาดไม่ได้</translation>
    </message>
    <message>
        <source>Cancelled</source>
        <translation>ยกเลิกแล้ว</translation>
    </message>
    <message>
        <source>removed: {what}</source>
        <translation>ลบออกแล้ว: {what}</translation>
    </message>
    <message>
        <source>still in the copy: {what}</source>
        <translation>ยังอยู่ในสำเนา: {what}</translation>
    </message>
    <message>
        <source>This file is damaged or incomplete.</source>
        <translation>ไฟล์นี้เสียหายหรือไม่สมบูรณ์</translation>
    </message>
    <message>
        <source>This type of file is not supported yet.</source>
        <translation>ยังไม่รองรับไฟล์ประเภทนี้</translation>
    </message>
    <message>
        <source>This file cannot be found or is not a normal file.</source>
        <translation>ไม่พบไฟล์นี้ หรือไม่ใช่ไฟล์ปกติ</translation>
    </message>
    <message>
        <source>Scrubber cannot clean this file safely (for example it is too large or protected by a password).</source>
        <translation>Scrubber ทำความสะอาดไฟล์นี้อย่างปลอดภัยไม่ได้ (เช่น ใหญ่เกินไปหรือมีรหัสผ่านป้องกัน)</translation>
    </message>
    <message>
        <source>The copy could not be written (is the disk full or the folder read-only?)</source>
        <translation>เขียนสำเนาไม่ได้ (ดิสก์เต็ม หรือโฟลเดอร์อ่านได้อย่างเดียวหรือเปล่า)</translation>
    </message>
    <message>
        <source>The copy still contained identifying data, so it was deleted.</source>
        <translation>สำเนายังมีข้อมูลที่ระบุตัวตนได้ จึงลบสำเนานั้นทิ้งแล้ว</translation>
    </message>
    <message>
        <source>Not done: cleaning was cancelled.</source>
        <translation>ยังไม่ได้ทำ: ยกเลิกการทำความสะอาดแล้ว</translation>
    </message>
    <message>
        <source>The areas to cover do not fit this picture, so nothing was written.</source>
        <translation>พื้นที่ที่จะปิดไม่ตรงกับภาพนี้ จึงไม่ได้เขียนอะไร</translation>
    </message>
    <message>
        <source>Finding faces automatically does not work on this computer.</source>
        <translation>การค้นหาใบหน้าอัตโนมัติใช้ไม่ได้บนคอมพิวเตอร์เครื่องนี้</translation>
    </message>
    <message>
        <source>Photos with areas to cover or a weakened camera fingerprint need a copy: turn off “Replace the originals”.</source>
        <translation>รูปที่มีพื้นที่ต้องปิดหรือลดลายนิ้วมือกล้องต้องทำเป็นสำเนา: ปิด “แทนที่ไฟล์ต้นฉบับ”</translation>
    </message>
    <message>
        <source>This is a link to another file or folder; it was not followed.</source>
        <translation>นี่คือลิงก์ไปยังไฟล์หรือโฟลเดอร์อื่น ไม่ได้ตามลิงก์นี้ไป</translation>
    </message>
    <message>
        <source>There is not enough memory to clean this file.</source>
        <translation>หน่วยความจำไม่พอที่จะทำความสะอาดไฟล์นี้</translation>
    </message>
    <message>
        <source>This file made Scrubber&apos;s reader crash (the file may be damaged). It was not cleaned.</source>
        <translation>ไฟล์นี้ทำให้ตัวอ่านของ Scrubber หยุดทำงาน (ไฟล์อาจเสียหาย) ไม่ได้ทำความสะอาด</translation>
    </message>
    <message>
        <source>Reading this file took far too long (it may be damaged), so it was stopped. It was not cleaned.</source>
        <translation>การอ่านไฟล์นี้ใช้เวลานานเกินไป (ไฟล์อาจเสียหาย) จึงหยุดอ่าน ไม่ได้ทำความสะอาด</translation>
    </message>
    <message>
        <source>Something went wrong in Scrubber with this file. Nothing was written.</source>
        <translation>เกิดข้อผิดพลาดใน Scrubber กับไฟล์นี้ ไม่ได้เขียนอะไร</translation>
    </message>
</context>
</TS>
