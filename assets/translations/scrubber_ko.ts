<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="ko">
<context>
    <name>BatchModel</name>
    <message>
        <source>File</source>
        <translation>파일</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>종류</translation>
    </message>
    <message>
        <source>What it reveals</source>
        <translation>드러나는 정보</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>상태</translation>
    </message>
    <message>
        <source>nothing found</source>
        <translation>발견된 것 없음</translation>
    </message>
    <message>
        <source>Link: not followed</source>
        <translation>링크: 따라가지 않음</translation>
    </message>
    <message>
        <source>Checking…</source>
        <translation>확인 중…</translation>
    </message>
    <message>
        <source>Not supported</source>
        <translation>지원하지 않음</translation>
    </message>
    <message>
        <source>Could not be read</source>
        <translation>읽을 수 없음</translation>
    </message>
    <message>
        <source>Cleaning… {percent}%</source>
        <translation>정리 중… {percent}%</translation>
    </message>
    <message>
        <source>Cleaning…</source>
        <translation>정리 중…</translation>
    </message>
    <message>
        <source>Ready; areas to cover: {count}</source>
        <translation>준비됨. 가릴 영역: {count}곳</translation>
    </message>
    <message>
        <source>Ready</source>
        <translation>준비됨</translation>
    </message>
</context>
<context>
    <name>ClipEditor</name>
    <message>
        <source>&amp;Time in the clip</source>
        <translation>영상 속 시간(&amp;T)</translation>
    </message>
    <message>
        <source>Time in the clip</source>
        <translation>영상 속 시간</translation>
    </message>
    <message>
        <source>Frame of the clip</source>
        <translation>영상의 한 장면</translation>
    </message>
    <message>
        <source>From this f&amp;rame</source>
        <translation>이 장면부터(&amp;R)</translation>
    </message>
    <message>
        <source>The selected areas (or all) are covered from this frame on</source>
        <translation>선택한 영역(또는 모든 영역)을 이 장면부터 가려요</translation>
    </message>
    <message>
        <source>Until t&amp;his frame</source>
        <translation>이 장면까지(&amp;H)</translation>
    </message>
    <message>
        <source>The selected areas (or all) are covered up to this frame</source>
        <translation>선택한 영역(또는 모든 영역)을 이 장면까지 가려요</translation>
    </message>
    <message>
        <source>Whole cli&amp;p</source>
        <translation>영상 전체(&amp;P)</translation>
    </message>
    <message>
        <source>The selected areas (or all) are covered in every frame</source>
        <translation>선택한 영역(또는 모든 영역)을 모든 장면에서 가려요</translation>
    </message>
    <message>
        <source>{name} ({start} to {end} s)</source>
        <translation>{name} ({start}~{end}초)</translation>
    </message>
    <message>
        <source>Areas cover every frame of the clip. Faces move: to cover them in every frame, turn on “Cover the faces found in photos and clips” in the main window.</source>
        <translation>영역은 영상의 모든 장면을 가려요. 얼굴은 움직이기 때문에, 모든 장면에서 얼굴을 가리려면 기본 창에서 “사진과 영상에서 찾은 얼굴 가리기”를 켜세요.</translation>
    </message>
    <message>
        <source>Face detection is not available ({reason}).</source>
        <translation>얼굴 인식을 사용할 수 없어요({reason}).</translation>
    </message>
    <message>
        <source>Looking for faces…</source>
        <translation>얼굴을 찾는 중…</translation>
    </message>
    <message>
        <source>Faces seen in this frame (dashed outlines): {count}.</source>
        <translation>이 장면에서 보이는 얼굴(점선 테두리): {count}.</translation>
    </message>
</context>
<context>
    <name>DetailsPane</name>
    <message>
        <source>Details: {detail}</source>
        <translation>자세히: {detail}</translation>
    </message>
    <message>
        <source>Details of the selected file</source>
        <translation>선택한 파일의 자세한 정보</translation>
    </message>
    <message>
        <source>File type</source>
        <translation>파일 종류</translation>
    </message>
    <message>
        <source>Before</source>
        <translation>정리 전</translation>
    </message>
    <message>
        <source>After</source>
        <translation>정리 후</translation>
    </message>
    <message>
        <source>Picture before cleaning</source>
        <translation>정리 전 사진</translation>
    </message>
    <message>
        <source>Picture of the clean copy</source>
        <translation>깨끗한 사본의 사진</translation>
    </message>
    <message>
        <source>Before: what the file gives away</source>
        <translation>정리 전: 파일에서 드러나는 정보</translation>
    </message>
    <message>
        <source>After: the clean copy</source>
        <translation>정리 후: 깨끗한 사본</translation>
    </message>
    <message>
        <source>Something that could identify you is still in the copy. Do not post it. The list below shows what remains.</source>
        <translation>사본에 아직 당신을 알아볼 수 있는 정보가 남아 있어요. 올리지 마세요. 남은 내용은 아래 목록에 있어요.</translation>
    </message>
    <message>
        <source>Found in the file before cleaning</source>
        <translation>정리 전 파일에서 찾은 것</translation>
    </message>
    <message>
        <source>The clean copy: what was removed and what remains</source>
        <translation>깨끗한 사본: 지운 것과 남은 것</translation>
    </message>
    <message>
        <source>What</source>
        <translation>항목</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>값</translation>
    </message>
    <message>
        <source>Select a file in the list to see what it gives away.</source>
        <translation>목록에서 파일을 선택하면 그 파일에서 어떤 정보가 드러나는지 볼 수 있어요.</translation>
    </message>
    <message>
        <source>Technical details: every tag and value</source>
        <translation>기술 정보: 모든 태그와 값</translation>
    </message>
    <message>
        <source>Result</source>
        <translation>결과</translation>
    </message>
    <message>
        <source>Areas to cover</source>
        <translation>가릴 영역</translation>
    </message>
    <message>
        <source>Details of the problem</source>
        <translation>문제의 자세한 내용</translation>
    </message>
    <message>
        <source>1 area will be covered</source>
        <translation>1곳을 가려요</translation>
    </message>
    <message>
        <source>{count} areas will be covered</source>
        <translation>{count}곳을 가려요</translation>
    </message>
    <message>
        <source>Checking this file…</source>
        <translation>이 파일을 확인하는 중…</translation>
    </message>
    <message>
        <source>Nothing found that could identify you.</source>
        <translation>당신을 알아볼 수 있는 정보를 찾지 못했어요.</translation>
    </message>
    <message>
        <source>1 thing found that could identify you.</source>
        <translation>당신을 알아볼 수 있는 정보를 1개 찾았어요.</translation>
    </message>
    <message>
        <source>{count} things found that could identify you.</source>
        <translation>당신을 알아볼 수 있는 정보를 {count}개 찾았어요.</translation>
    </message>
    <message>
        <source>No clean copy can be made because the file could not be read.</source>
        <translation>파일을 읽을 수 없어서 깨끗한 사본을 만들 수 없어요.</translation>
    </message>
    <message>
        <source>Cleaning…</source>
        <translation>정리 중…</translation>
    </message>
    <message>
        <source>Not cleaned yet. Press Clean to make a safe copy.</source>
        <translation>아직 정리하지 않았어요. “정리”를 누르면 안전한 사본을 만들어요.</translation>
    </message>
    <message>
        <source>Saved as: {name}</source>
        <translation>저장한 이름: {name}</translation>
    </message>
    <message>
        <source>Faces found and covered: {count}. Check the picture of the copy.</source>
        <translation>찾아서 가린 얼굴: {count}. 사본의 사진을 확인하세요.</translation>
    </message>
    <message>
        <source>Checked again: nothing that could identify you was found.</source>
        <translation>다시 확인했어요: 당신을 알아볼 수 있는 정보는 없어요.</translation>
    </message>
    <message>
        <source>Still in the copy</source>
        <translation>사본에 아직 남아 있음</translation>
    </message>
    <message>
        <source>Removed</source>
        <translation>지움</translation>
    </message>
    <message>
        <source>still in the copy</source>
        <translation>사본에 아직 남아 있음</translation>
    </message>
    <message>
        <source>removed</source>
        <translation>지움</translation>
    </message>
    <message>
        <source>removed, not checked</source>
        <translation>지움, 다시 확인하지 않음</translation>
    </message>
    <message>
        <source>What the clean copy no longer gives away</source>
        <translation>깨끗한 사본에서 더 이상 드러나지 않는 정보</translation>
    </message>
    <message>
        <source>will be removed</source>
        <translation>지울 예정</translation>
    </message>
    <message>
        <source>not removed</source>
        <translation>지우지 않음</translation>
    </message>
    <message>
        <source>What the file gives away</source>
        <translation>파일에서 드러나는 정보</translation>
    </message>
    <message>
        <source>kept</source>
        <translation>남김</translation>
    </message>
    <message>
        <source>Good to know:</source>
        <translation>알아 두면 좋은 점:</translation>
    </message>
    <message>
        <source>which way up the photo is</source>
        <translation>사진의 방향</translation>
    </message>
    <message>
        <source>a standard colour profile</source>
        <translation>표준 색상 프로필</translation>
    </message>
    <message>
        <source>harmless technical data</source>
        <translation>해롭지 않은 기술 데이터</translation>
    </message>
    <message>
        <source>Hide technical details</source>
        <translation>기술 정보 숨기기</translation>
    </message>
    <message>
        <source>Show technical details</source>
        <translation>기술 정보 보기</translation>
    </message>
    <message>
        <source>Kept: needed to show the photo the right way up</source>
        <translation>남김: 사진을 올바른 방향으로 보여 주는 데 필요해요</translation>
    </message>
    <message>
        <source>Kept: a standard colour profile, so colours look right</source>
        <translation>남김: 색이 제대로 보이게 하는 표준 색상 프로필이에요</translation>
    </message>
    <message>
        <source>Kept</source>
        <translation>남김</translation>
    </message>
    <message>
        <source>Loading preview…</source>
        <translation>미리 보기를 불러오는 중…</translation>
    </message>
    <message>
        <source>No preview for this kind of file</source>
        <translation>이 종류의 파일은 미리 볼 수 없어요</translation>
    </message>
    <message>
        <source>This picture could not be read: the file may be damaged</source>
        <translation>이 사진을 읽을 수 없어요. 파일이 손상되었을 수 있어요</translation>
    </message>
    <message>
        <source>The clean copy will appear here</source>
        <translation>깨끗한 사본이 여기에 나타나요</translation>
    </message>
    <message>
        <source>No copy was made</source>
        <translation>사본을 만들지 않았어요</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>Photos and pictures ({patterns})</source>
        <translation>사진과 이미지 ({patterns})</translation>
    </message>
    <message>
        <source>Sound recordings ({patterns})</source>
        <translation>녹음 ({patterns})</translation>
    </message>
    <message>
        <source>Videos ({patterns})</source>
        <translation>동영상 ({patterns})</translation>
    </message>
    <message>
        <source>Documents ({patterns})</source>
        <translation>문서 ({patterns})</translation>
    </message>
    <message>
        <source>Files Scrubber can clean ({patterns})</source>
        <translation>Scrubber로 정리할 수 있는 파일 ({patterns})</translation>
    </message>
    <message>
        <source>All files (*)</source>
        <translation>모든 파일 (*)</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>파일(&amp;F)</translation>
    </message>
    <message>
        <source>&amp;Language</source>
        <translation>언어(&amp;L)</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>도움말(&amp;H)</translation>
    </message>
    <message>
        <source>&amp;Add files…</source>
        <translation>파일 추가(&amp;A)…</translation>
    </message>
    <message>
        <source>Add fold&amp;er…</source>
        <translation>폴더 추가(&amp;D)…</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>끝내기(&amp;Q)</translation>
    </message>
    <message>
        <source>&amp;Clean</source>
        <translation>정리(&amp;C)</translation>
    </message>
    <message>
        <source>Ca&amp;ncel</source>
        <translation>취소(&amp;N)</translation>
    </message>
    <message>
        <source>Remo&amp;ve from list</source>
        <translation>목록에서 빼기(&amp;R)</translation>
    </message>
    <message>
        <source>H&amp;ide faces and areas…</source>
        <translation>얼굴과 영역 가리기(&amp;I)…</translation>
    </message>
    <message>
        <source>&amp;Why this matters</source>
        <translation>왜 중요한가요(&amp;W)</translation>
    </message>
    <message>
        <source>&amp;About Scrubber</source>
        <translation>Scrubber 정보(&amp;B)</translation>
    </message>
    <message>
        <source>Scrubber: remove hidden data from photos</source>
        <translation>Scrubber: 사진에서 숨은 데이터 지우기</translation>
    </message>
    <message>
        <source>Add files</source>
        <translation>파일 추가</translation>
    </message>
    <message>
        <source>Add a folder</source>
        <translation>폴더 추가</translation>
    </message>
    <message>
        <source>Why this matters</source>
        <translation>왜 중요한가요</translation>
    </message>
    <message>
        <source>Hide faces and areas</source>
        <translation>얼굴과 영역 가리기</translation>
    </message>
    <message>
        <source>Remo&amp;ve</source>
        <translation>빼기(&amp;R)</translation>
    </message>
    <message>
        <source>Remove the selected files</source>
        <translation>선택한 파일을 목록에서 빼기</translation>
    </message>
    <message>
        <source>Clear lis&amp;t</source>
        <translation>목록 비우기(&amp;E)</translation>
    </message>
    <message>
        <source>Clear the list</source>
        <translation>목록 비우기</translation>
    </message>
    <message>
        <source>Cover faces, tattoos or anything else in the selected photo or clip (Enter)</source>
        <translation>선택한 사진이나 영상에서 얼굴, 문신 등 무엇이든 가리기 (Enter)</translation>
    </message>
    <message>
        <source>or drop photos and folders onto the list below.</source>
        <translation>또는 아래 목록에 사진과 폴더를 끌어다 놓으세요.</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>언어</translation>
    </message>
    <message>
        <source>Files to clean</source>
        <translation>정리할 파일</translation>
    </message>
    <message>
        <source>Drop photos or folders here.

Scrubber shows what each file gives away about you, then writes clean copies. Your originals are not changed.</source>
        <translation>여기에 사진이나 폴더를 끌어다 놓으세요.

Scrubber는 각 파일에서 당신에 대해 어떤 정보가 드러나는지 보여 준 다음, 깨끗한 사본을 저장해요. 원본은 바뀌지 않아요.</translation>
    </message>
    <message>
        <source>Stopping: files being cleaned now are left as they were…</source>
        <translation>중지하는 중: 지금 정리 중인 파일은 원래대로 남습니다…</translation>
    </message>
    <message>
        <source>Details of the selected file</source>
        <translation>선택한 파일의 자세한 정보</translation>
    </message>
    <message>
        <source>Language:</source>
        <translation>언어:</translation>
    </message>
    <message>
        <source>Add files to clean</source>
        <translation>정리할 파일 추가</translation>
    </message>
    <message>
        <source>Add a folder to clean</source>
        <translation>정리할 폴더 추가</translation>
    </message>
    <message>
        <source>About Scrubber</source>
        <translation>Scrubber 정보</translation>
    </message>
    <message>
        <source>Scrubber {version}

Removes hidden data from photos. Works offline: nothing is ever sent anywhere, and no list of your files is kept.</source>
        <translation>Scrubber {version}

사진에서 숨은 데이터를 지워요. 오프라인으로 작동해요. 어디로도 아무것도 보내지 않고, 파일 목록도 남기지 않아요.</translation>
    </message>
    <message>
        <source>Replace the original files?</source>
        <translation>원본 파일을 바꿀까요?</translation>
    </message>
    <message>
        <source>Your original files will be overwritten with the cleaned versions. This cannot be undone: the originals, with everything they contain, will be gone.

Photos with areas to cover still need a copy.

Replace the originals?</source>
        <translation>원본 파일이 정리된 파일로 덮어써져요. 되돌릴 수 없어요. 원본은 그 안의 모든 내용과 함께 사라져요.

가릴 영역이 있는 사진은 그래도 사본이 필요해요.

원본을 바꿀까요?</translation>
    </message>
    <message>
        <source>Choose where to save the clean copies</source>
        <translation>깨끗한 사본을 저장할 곳 선택</translation>
    </message>
    <message>
        <source>Every file in the list has been cleaned already.</source>
        <translation>목록의 모든 파일을 이미 정리했어요.</translation>
    </message>
    <message>
        <source>Cannot create the output folder</source>
        <translation>저장 폴더를 만들 수 없어요</translation>
    </message>
    <message>
        <source>The clean copies cannot be saved there ({reason}). Choose another folder with “Choose…”.</source>
        <translation>그곳에는 깨끗한 사본을 저장할 수 없어요({reason}). “선택…”으로 다른 폴더를 고르세요.</translation>
    </message>
    <message>
        <source>Cleaning…</source>
        <translation>정리 중…</translation>
    </message>
</context>
<context>
    <name>OptionsBox</name>
    <message>
        <source>Options</source>
        <translation>옵션</translation>
    </message>
    <message>
        <source>({count} on)</source>
        <translation>({count}개 켜짐)</translation>
    </message>
    <message>
        <source>&amp;More options</source>
        <translation>옵션 더 보기(&amp;M)</translation>
    </message>
    <message>
        <source>More options</source>
        <translation>옵션 더 보기</translation>
    </message>
    <message>
        <source>Show or hide the options for the copies</source>
        <translation>사본 옵션 보이기 또는 숨기기</translation>
    </message>
    <message>
        <source>&amp;Give the copies random file names</source>
        <translation>사본에 무작위 파일 이름 붙이기(&amp;G)</translation>
    </message>
    <message>
        <source>File names from phones often contain the date and time the photo was taken.</source>
        <translation>휴대폰 파일 이름에는 사진을 찍은 날짜와 시간이 들어 있는 경우가 많아요.</translation>
    </message>
    <message>
        <source>&amp;Keep file names that show the date or the phone</source>
        <translation>날짜나 휴대폰이 드러나는 파일 이름 그대로 두기(&amp;K)</translation>
    </message>
    <message>
        <source>Off: a copy of a file named like IMG_20240611_143207.jpg gets a name like photo-1f0c9a2e.jpg instead, so its name does not show when it was taken or with which phone.</source>
        <translation>끄면: IMG_20240611_143207.jpg 같은 이름의 파일 사본은 photo-1f0c9a2e.jpg 같은 이름이 돼요. 그래서 이름만 보고 언제, 어떤 휴대폰으로 찍었는지 알 수 없어요.</translation>
    </message>
    <message>
        <source>Convert HEIC photos to &amp;JPEG</source>
        <translation>HEIC 사진을 JPEG로 바꾸기(&amp;J)</translation>
    </message>
    <message>
        <source>Remove colour &amp;profiles (colours may shift slightly)</source>
        <translation>색상 프로필 지우기(&amp;P) (색이 조금 달라질 수 있어요)</translation>
    </message>
    <message>
        <source>T&amp;urn PDF pages into pictures (strongest; text can no longer be selected)</source>
        <translation>PDF 페이지를 이미지로 바꾸기(&amp;V) (가장 강력함, 글자를 더 이상 선택할 수 없음)</translation>
    </message>
    <message>
        <source>Removes everything hidden in a PDF&apos;s text and drawings too. The copy is larger and its text cannot be searched or copied.</source>
        <translation>PDF의 글자와 그림 속에 숨은 것도 모두 지워요. 사본이 더 커지고, 글자를 검색하거나 복사할 수 없어요.</translation>
    </message>
    <message>
        <source>Cover the faces found in photos and clips (check each cop&amp;y)</source>
        <translation>사진과 영상에서 찾은 얼굴 가리기 (사본을 하나하나 확인하세요)(&amp;Y)</translation>
    </message>
    <message>
        <source>Faces found automatically are covered in black in the copies. Detection can miss faces: look at each copy&apos;s picture in the details.</source>
        <translation>자동으로 찾은 얼굴은 사본에서 검게 가려져요. 인식이 얼굴을 놓칠 수 있으니 자세한 정보에서 각 사본의 사진을 보세요.</translation>
    </message>
    <message>
        <source>&amp;Quick face search (misses small faces)</source>
        <translation>빠른 얼굴 찾기 (작은 얼굴은 놓침)(&amp;Q)</translation>
    </message>
    <message>
        <source>Faster, but faces smaller than about 60 pixels in a large photo are not found. Used here and in Hide faces and areas.</source>
        <translation>더 빠르지만, 큰 사진에서 약 60픽셀보다 작은 얼굴은 찾지 못해요. 여기와 “얼굴과 영역 가리기”에서 쓰여요.</translation>
    </message>
    <message>
        <source>Remove hidden slides, sheets and te&amp;xt, and speaker notes, from documents</source>
        <translation>문서에서 숨겨진 슬라이드, 시트, 텍스트와 발표자 노트 지우기(&amp;X)</translation>
    </message>
    <message>
        <source>Documents can hold slides, sheets and text that are not shown, and notes only the speaker sees. Without this they are kept, and the summary says where they are.</source>
        <translation>문서에는 보이지 않는 슬라이드, 시트, 텍스트와 발표자만 보는 노트가 들어 있을 수 있어요. 이 옵션을 끄면 그대로 남고, 요약에 어디에 있는지 알려 줘요.</translation>
    </message>
    <message>
        <source>Weaken the camera fingerprint in photos (saved again, a &amp;bit smaller)</source>
        <translation>사진 속 카메라 지문 약하게 하기 (다시 저장, 조금 작아짐)(&amp;Z)</translation>
    </message>
    <message>
        <source>Every camera leaves a faint pattern in its photos that can link them to each other. This softens each photo slightly and makes it 3% smaller: the pattern gets weaker, but it is not removed. Photos are saved again instead of copied unchanged.</source>
        <translation>카메라마다 사진에 희미한 무늬를 남기고, 이 무늬로 사진들이 서로 연결될 수 있어요. 이 옵션은 사진을 살짝 부드럽게 하고 3퍼센트 작게 만들어요. 무늬는 약해지지만 없어지지는 않아요. 사진은 그대로 복사되지 않고 다시 저장돼요.</translation>
    </message>
    <message>
        <source>&amp;Replace the originals (no copies; cannot be undone)</source>
        <translation>원본 파일 바꾸기(&amp;T) (사본 없음, 되돌릴 수 없음)</translation>
    </message>
</context>
<context>
    <name>OutputBox</name>
    <message>
        <source>Save clean copies in:</source>
        <translation>깨끗한 사본 저장 위치:</translation>
    </message>
    <message>
        <source>Output folder</source>
        <translation>저장 폴더</translation>
    </message>
    <message>
        <source>Choo&amp;se…</source>
        <translation>선택(&amp;S)…</translation>
    </message>
    <message>
        <source>Choose the output folder</source>
        <translation>저장 폴더 선택</translation>
    </message>
    <message>
        <source>Use &amp;default</source>
        <translation>기본값 사용(&amp;U)</translation>
    </message>
    <message>
        <source>Use the default output folder</source>
        <translation>기본 저장 폴더 사용</translation>
    </message>
    <message>
        <source>The original files will be replaced.</source>
        <translation>원본 파일이 바뀌어요.</translation>
    </message>
    <message>
        <source>The folder “{name}” next to the originals, with the copies made so far.</source>
        <translation>원본 옆에 있는 “{name}” 폴더, 지금까지 만든 사본이 들어 있어요.</translation>
    </message>
    <message>
        <source>A new folder next to the originals, named “{name}”.</source>
        <translation>원본 옆에 새로 만드는 “{name}” 폴더.</translation>
    </message>
</context>
<context>
    <name>QAbstractFileIconProvider</name>
    <message>
        <source>Drive</source>
        <translation>드라이브</translation>
    </message>
    <message>
        <source>Folder</source>
        <translation>폴더</translation>
    </message>
</context>
<context>
    <name>QFileDialog</name>
    <message>
        <source>%1
Directory not found.
Please verify the correct directory name was given.</source>
        <translation>%1
디렉터리를 찾을 수 없습니다.
경로와 파일 이름을 확인하십시오.</translation>
    </message>
    <message>
        <source>%1
File not found.
Please verify the correct file name was given.</source>
        <translation>%1
파일을 찾을 수 없습니다.
경로와 파일 이름을 확인하십시오.</translation>
    </message>
    <message>
        <source>&amp;Choose</source>
        <translation>선택(&amp;C)</translation>
    </message>
    <message>
        <source>&amp;Delete</source>
        <translation>삭제(&amp;D)</translation>
    </message>
    <message>
        <source>&amp;Look in:</source>
        <translation>찾는 위치(&amp;L):</translation>
    </message>
    <message>
        <source>&amp;New Folder</source>
        <translation>새 폴더(&amp;N)</translation>
    </message>
    <message>
        <source>&amp;Open</source>
        <translation>열기(&amp;O)</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>열기</translation>
    </message>
    <message>
        <source>&amp;Rename</source>
        <translation>이름 바꾸기(&amp;R)</translation>
    </message>
    <message>
        <source>All Files (*)</source>
        <translation>모든 파일 (*)</translation>
    </message>
    <message>
        <source>Are you sure you want to delete &apos;%1&apos;?</source>
        <translation>&apos;%1&apos;을(를) 삭제하시겠습니까?</translation>
    </message>
    <message>
        <source>Back</source>
        <translation>뒤로</translation>
    </message>
    <message>
        <source>Change to detail view mode</source>
        <translation>자세히 보기 모드로 전환</translation>
    </message>
    <message>
        <source>Change to list view mode</source>
        <translation>목록 보기 모드로 전환</translation>
    </message>
    <message>
        <source>Create New Folder</source>
        <translation>새 폴더 만들기</translation>
    </message>
    <message>
        <source>Create a New Folder</source>
        <translation>새 폴더 만들기</translation>
    </message>
    <message>
        <source>Detail View</source>
        <translation>자세히 보기</translation>
    </message>
    <message>
        <source>Directories</source>
        <translation>디렉터리</translation>
    </message>
    <message>
        <source>Directory:</source>
        <translation>디렉터리:</translation>
    </message>
    <message>
        <source>File &amp;name:</source>
        <translation>파일 이름(&amp;N):</translation>
    </message>
    <message>
        <source>Files</source>
        <translation>파일</translation>
    </message>
    <message>
        <source>Files of &amp;type:</source>
        <translation>파일 형식(&amp;T):</translation>
    </message>
    <message>
        <source>Forward</source>
        <translation>앞으로</translation>
    </message>
    <message>
        <source>Go back</source>
        <translation>뒤로 이동</translation>
    </message>
    <message>
        <source>Go forward</source>
        <translation>앞으로 이동</translation>
    </message>
    <message>
        <source>Go to the parent directory</source>
        <translation>부모 디렉터리로 이동</translation>
    </message>
    <message>
        <source>List View</source>
        <translation>목록으로 보기</translation>
    </message>
    <message>
        <source>List of places and bookmarks</source>
        <translation>장소와 책갈피 목록</translation>
    </message>
    <message>
        <source>Parent Directory</source>
        <translation>부모 디렉터리</translation>
    </message>
    <message>
        <source>Show &amp;hidden files</source>
        <translation>숨김 파일 표시(&amp;H)</translation>
    </message>
    <message>
        <source>Show </source>
        <translation>표시 </translation>
    </message>
    <message>
        <source>Sidebar</source>
        <translation>사이드바</translation>
    </message>
</context>
<context>
    <name>QFileSystemModel</name>
    <message>
        <source>Computer</source>
        <translation>컴퓨터</translation>
    </message>
    <message>
        <source>Date Modified</source>
        <translation>수정한 날짜</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>이름</translation>
    </message>
    <message>
        <source>Size</source>
        <translation>크기</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>형식</translation>
    </message>
</context>
<context>
    <name>QLineEdit</name>
    <message>
        <source>&amp;Copy</source>
        <translation>복사(&amp;C)</translation>
    </message>
    <message>
        <source>&amp;Paste</source>
        <translation>붙여넣기(&amp;P)</translation>
    </message>
    <message>
        <source>&amp;Redo</source>
        <translation>다시 실행(&amp;R)</translation>
    </message>
    <message>
        <source>&amp;Undo</source>
        <translation>실행 취소(&amp;U)</translation>
    </message>
    <message>
        <source>Cu&amp;t</source>
        <translation>잘라내기(&amp;T)</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>삭제</translation>
    </message>
    <message>
        <source>Select All</source>
        <translation>모두 선택</translation>
    </message>
</context>
<context>
    <name>QMessageBox</name>
    <message>
        <source>Show Details...</source>
        <translation>자세한 정보 표시...</translation>
    </message>
</context>
<context>
    <name>QPlatformTheme</name>
    <message>
        <source>&amp;No</source>
        <translation>아니요(&amp;N)</translation>
    </message>
    <message>
        <source>&amp;Yes</source>
        <translation>예(&amp;Y)</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>취소</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>닫기</translation>
    </message>
    <message>
        <source>OK</source>
        <translation>확인</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>열기</translation>
    </message>
</context>
<context>
    <name>RedactionEditor</name>
    <message>
        <source>Press Esc again to close without your changes, or Enter to use them.</source>
        <translation>변경 내용 없이 닫으려면 Esc를 한 번 더, 변경 내용을 사용하려면 Enter를 누르세요.</translation>
    </message>
    <message>
        <source>Hide faces and areas — {name}</source>
        <translation>얼굴과 영역 가리기 — {name}</translation>
    </message>
    <message>
        <source>Select and move</source>
        <translation>선택하고 옮기기</translation>
    </message>
    <message>
        <source>Rectangle</source>
        <translation>사각형</translation>
    </message>
    <message>
        <source>Ellipse</source>
        <translation>타원</translation>
    </message>
    <message>
        <source>Brush</source>
        <translation>브러시</translation>
    </message>
    <message>
        <source>Add area</source>
        <translation>영역 추가</translation>
    </message>
    <message>
        <source>Add an area in the middle of the view, to move with the arrow keys (N)</source>
        <translation>화면 가운데에 영역을 추가하고 화살표 키로 옮기기 (N)</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>삭제</translation>
    </message>
    <message>
        <source>Del</source>
        <translation>Del</translation>
    </message>
    <message>
        <source>Undo</source>
        <translation>실행 취소</translation>
    </message>
    <message>
        <source>Redo</source>
        <translation>다시 실행</translation>
    </message>
    <message>
        <source>Zoom out</source>
        <translation>축소</translation>
    </message>
    <message>
        <source>Zoom in</source>
        <translation>확대</translation>
    </message>
    <message>
        <source>Fit</source>
        <translation>창에 맞추기</translation>
    </message>
    <message>
        <source>Preview</source>
        <translation>미리 보기</translation>
    </message>
    <message>
        <source>Show exactly what will be written (P)</source>
        <translation>저장될 모습 그대로 보기 (P)</translation>
    </message>
    <message>
        <source>Brush &amp;width</source>
        <translation>브러시 굵기(&amp;W)</translation>
    </message>
    <message>
        <source>Brush width</source>
        <translation>브러시 굵기</translation>
    </message>
    <message>
        <source>Drawing tools</source>
        <translation>그리기 도구</translation>
    </message>
    <message>
        <source>Undo, zoom and preview</source>
        <translation>실행 취소, 확대/축소, 미리 보기</translation>
    </message>
    <message>
        <source>Photo</source>
        <translation>사진</translation>
    </message>
    <message>
        <source>Draw areas to cover with the mouse or the keyboard. Ctrl and the mouse wheel zoom; hold Space to pan.</source>
        <translation>마우스나 키보드로 가릴 영역을 그리세요. Ctrl을 누른 채 마우스 휠을 돌리면 확대/축소하고, 스페이스바를 누르고 있으면 화면을 옮길 수 있어요.</translation>
    </message>
    <message>
        <source>&amp;Areas to cover (untick to leave uncovered)</source>
        <translation>가릴 영역(&amp;A) (체크를 해제하면 가리지 않아요)</translation>
    </message>
    <message>
        <source>Areas to cover</source>
        <translation>가릴 영역</translation>
    </message>
    <message>
        <source>Automatic detection can miss faces — check every face yourself, including faces in mirrors, pictures and screens.</source>
        <translation>자동 인식은 얼굴을 놓칠 수 있어요. 거울, 사진, 화면 속 얼굴까지 모든 얼굴을 직접 확인하세요.</translation>
    </message>
    <message>
        <source>Find &amp;small faces</source>
        <translation>작은 얼굴 찾기(&amp;S)</translation>
    </message>
    <message>
        <source>Find small faces</source>
        <translation>작은 얼굴 찾기</translation>
    </message>
    <message>
        <source>Look again for small faces, for group photos (slower)</source>
        <translation>단체 사진을 위해 작은 얼굴을 다시 찾기 (더 느림)</translation>
    </message>
    <message>
        <source>How to cover</source>
        <translation>가리는 방법</translation>
    </message>
    <message>
        <source>Solid &amp;fill (safest)</source>
        <translation>단색 채우기(&amp;F) (가장 안전)</translation>
    </message>
    <message>
        <source>Strong &amp;mosaic</source>
        <translation>강한 모자이크(&amp;M)</translation>
    </message>
    <message>
        <source>B&amp;lur (wiped first; a few average colours stay)</source>
        <translation>흐림(&amp;L) (먼저 지움, 평균 색 몇 가지가 남음)</translation>
    </message>
    <message>
        <source>Fill &amp;colour…</source>
        <translation>채우기 색(&amp;C)…</translation>
    </message>
    <message>
        <source>Fill colour</source>
        <translation>채우기 색</translation>
    </message>
    <message>
        <source>&amp;Use these areas</source>
        <translation>이 영역 사용(&amp;U)</translation>
    </message>
    <message>
        <source>Use these areas</source>
        <translation>이 영역 사용</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>취소</translation>
    </message>
    <message>
        <source>{action} ({key})</source>
        <translation>{action} ({key})</translation>
    </message>
    <message>
        <source>Keyboard: N adds an area, arrows move it (Shift: further), Ctrl+arrows resize it, [ and ] pick another, Delete removes it.</source>
        <translation>키보드: N은 영역 추가, 화살표 키는 옮기기(Shift: 더 멀리), Ctrl+화살표 키는 크기 조절, [ 와 ]는 다른 영역 선택, Del 키는 삭제.</translation>
    </message>
    <message>
        <source>Face {n} (found automatically)</source>
        <translation>얼굴 {n} (자동으로 찾음)</translation>
    </message>
    <message>
        <source>Rectangle {n}</source>
        <translation>사각형 {n}</translation>
    </message>
    <message>
        <source>Ellipse {n}</source>
        <translation>타원 {n}</translation>
    </message>
    <message>
        <source>Brush stroke {n}</source>
        <translation>브러시 획 {n}</translation>
    </message>
    <message>
        <source>Shape {n}</source>
        <translation>도형 {n}</translation>
    </message>
    <message>
        <source>Loading…</source>
        <translation>불러오는 중…</translation>
    </message>
    <message>
        <source>Making the preview…</source>
        <translation>미리 보기를 만드는 중…</translation>
    </message>
    <message>
        <source>Preview: this is what will be written.</source>
        <translation>미리 보기: 이대로 저장돼요.</translation>
    </message>
    <message>
        <source>Draw over anything that could identify you: faces, tattoos, marks.</source>
        <translation>당신을 알아볼 수 있는 것은 모두 덮어 그리세요: 얼굴, 문신, 점이나 흉터.</translation>
    </message>
    <message>
        <source>Looking for faces…</source>
        <translation>얼굴을 찾는 중…</translation>
    </message>
    <message>
        <source>Looking for small faces… this takes longer.</source>
        <translation>작은 얼굴을 찾는 중… 시간이 더 걸려요.</translation>
    </message>
    <message>
        <source>Face detection is not available ({reason}). Mark faces yourself.</source>
        <translation>얼굴 인식을 사용할 수 없어요({reason}). 얼굴을 직접 표시하세요.</translation>
    </message>
    <message>
        <source>No faces were found automatically.</source>
        <translation>자동으로 찾은 얼굴이 없어요.</translation>
    </message>
    <message>
        <source>Faces found automatically: {count}.</source>
        <translation>자동으로 찾은 얼굴: {count}.</translation>
    </message>
    <message>
        <source>its files are missing or damaged</source>
        <translation>필요한 파일이 없거나 손상되었어요</translation>
    </message>
    <message>
        <source>There is not enough memory to open this photo.</source>
        <translation>메모리가 부족해서 이 사진을 열 수 없어요.</translation>
    </message>
    <message>
        <source>The photo could not be opened.</source>
        <translation>사진을 열 수 없어요.</translation>
    </message>
</context>
<context>
    <name>RunBar</name>
    <message>
        <source>Ca&amp;ncel</source>
        <translation>취소(&amp;N)</translation>
    </message>
    <message>
        <source>Cancel cleaning</source>
        <translation>정리 취소</translation>
    </message>
    <message>
        <source>&amp;Clean</source>
        <translation>정리(&amp;C)</translation>
    </message>
    <message>
        <source>Clean all files in the list</source>
        <translation>목록의 모든 파일 정리</translation>
    </message>
    <message>
        <source>&amp;Open output folder</source>
        <translation>저장 폴더 열기(&amp;O)</translation>
    </message>
    <message>
        <source>Open output folder</source>
        <translation>저장 폴더 열기</translation>
    </message>
    <message>
        <source>Write clean copies of all files (Ctrl+Enter)</source>
        <translation>모든 파일의 깨끗한 사본 저장 (Ctrl+Enter)</translation>
    </message>
    <message>
        <source>Stop now; files not finished are left as they were (Esc)</source>
        <translation>지금 중지합니다. 끝나지 않은 파일은 원래대로 남습니다 (Esc)</translation>
    </message>
    <message>
        <source>Cleaning progress</source>
        <translation>정리 진행 상황</translation>
    </message>
    <message>
        <source>%v of %m files</source>
        <translation>파일 %v / %m개</translation>
    </message>
    <message>
        <source>Summary</source>
        <translation>요약</translation>
    </message>
</context>
<context>
    <name>SafetyGuide</name>
    <message>
        <source>Why this matters</source>
        <translation>왜 중요한가요</translation>
    </message>
    <message>
        <source>Safety guide</source>
        <translation>안전 안내</translation>
    </message>
    <message>
        <source>&amp;Close</source>
        <translation>닫기(&amp;C)</translation>
    </message>
    <message>
        <source>Close the safety guide</source>
        <translation>안전 안내 닫기</translation>
    </message>
    <message>
        <source>What your photos and files can give away</source>
        <translation>사진과 파일에서 드러날 수 있는 정보</translation>
    </message>
    <message>
        <source>Photos from phones and cameras carry hidden details. Anyone who gets the file can read them:</source>
        <translation>휴대폰과 카메라로 찍은 사진에는 숨은 정보가 들어 있어요. 파일을 가진 사람은 누구나 읽을 수 있어요:</translation>
    </message>
    <message>
        <source>Where the photo was taken, often to within a few metres.</source>
        <translation>사진을 찍은 장소. 몇 미터 안까지 정확한 경우가 많아요.</translation>
    </message>
    <message>
        <source>Which phone or camera took it, sometimes with its serial number.</source>
        <translation>사진을 찍은 휴대폰이나 카메라. 일련번호까지 들어 있기도 해요.</translation>
    </message>
    <message>
        <source>Your name, if it is set in the phone, camera or editing app.</source>
        <translation>당신의 이름 (휴대폰, 카메라, 편집 앱에 설정되어 있다면).</translation>
    </message>
    <message>
        <source>The date and time it was taken.</source>
        <translation>사진을 찍은 날짜와 시간.</translation>
    </message>
    <message>
        <source>A hidden small copy of the original photo. It can show what you cropped out or covered.</source>
        <translation>원본 사진의 작은 사본이 숨어 있어요. 잘라 내거나 가린 부분이 보일 수 있어요.</translation>
    </message>
    <message>
        <source>Scrubber removes these details from a copy of the file. Your original stays as it is, unless you choose to replace it.</source>
        <translation>Scrubber는 파일의 사본에서 이런 정보를 지워요. 원본을 바꾸기로 선택하지 않는 한 원본은 그대로예요.</translation>
    </message>
    <message>
        <source>Documents such as PDF and Word files can hold the author&apos;s name, the computer&apos;s name and the editing history. Videos and voice recordings can hold the place and the device.</source>
        <translation>PDF, Word 파일 같은 문서에는 작성자 이름, 컴퓨터 이름, 편집 기록이 들어 있을 수 있어요. 동영상과 음성 녹음에는 장소와 기기 정보가 들어 있을 수 있어요.</translation>
    </message>
    <message>
        <source>If Scrubber says a file is not supported or could not be cleaned, do not share that file as it is.</source>
        <translation>Scrubber가 파일을 지원하지 않는다고 하거나 정리할 수 없었다고 하면, 그 파일을 그대로 공유하지 마세요.</translation>
    </message>
    <message>
        <source>Blur in other apps can be undone</source>
        <translation>다른 앱의 흐림 효과는 되돌릴 수 있어요</translation>
    </message>
    <message>
        <source>Blur and small pixelation made by other apps can be undone by software. Scrubber&apos;s blur and mosaic wipe the area first, but they still show its average colours.</source>
        <translation>다른 앱으로 만든 흐림 효과와 작은 픽셀화는 소프트웨어로 되돌릴 수 있어요. Scrubber의 흐림과 모자이크는 먼저 그 부분을 지우지만, 평균 색은 여전히 보여요.</translation>
    </message>
    <message>
        <source>To hide a face, a tattoo or anything else, use solid fill. Cover a little more than you think you need.</source>
        <translation>얼굴, 문신 등 무엇이든 숨기려면 단색 채우기를 쓰세요. 필요하다고 생각하는 것보다 조금 더 넓게 가리세요.</translation>
    </message>
    <message>
        <source>Your photos can be matched</source>
        <translation>사진이 대조될 수 있어요</translation>
    </message>
    <message>
        <source>Reverse image search finds other places where the same photo, or one like it, is online.</source>
        <translation>이미지 역검색으로 같은 사진이나 비슷한 사진이 인터넷의 다른 어디에 있는지 찾을 수 있어요.</translation>
    </message>
    <message>
        <source>Face recognition exists and is easy to use. A face, a tattoo or a room that people can recognise can link your ad photos to your personal accounts.</source>
        <translation>얼굴 인식은 실제로 있고, 쓰기도 쉬워요. 사람들이 알아볼 수 있는 얼굴, 문신, 방 하나로도 광고 사진이 개인 계정과 연결될 수 있어요.</translation>
    </message>
    <message>
        <source>Search for your own ad photos now and then, with a reverse image search and a face search. Then you see where they turn up.</source>
        <translation>가끔 이미지 역검색과 얼굴 검색으로 자기 광고 사진을 찾아보세요. 어디에 나타나는지 알 수 있어요.</translation>
    </message>
    <message>
        <source>Tattoos, birthmarks, jewellery, nails, bedding and furniture can link your ads to each other. Cover them or change them.</source>
        <translation>문신, 모반, 장신구, 손톱, 침구, 가구로 여러 광고가 서로 연결될 수 있어요. 가리거나 바꾸세요.</translation>
    </message>
    <message>
        <source>Each camera leaves a faint pattern in its photos that can link them to each other. The option “Weaken the camera fingerprint” makes it weaker, but does not remove it.</source>
        <translation>카메라마다 사진에 희미한 무늬를 남기고, 이 무늬로 사진들이 서로 연결될 수 있어요. “카메라 지문 약하게 하기” 옵션은 무늬를 약하게 하지만 없애지는 못해요.</translation>
    </message>
    <message>
        <source>Tips from sex workers&apos; digital safety advice</source>
        <translation>성노동자를 위한 디지털 안전 조언에서 가져온 팁</translation>
    </message>
    <message>
        <source>Keep work and personal life apart. Use a separate phone, email and accounts for work if you can.</source>
        <translation>일과 개인 생활을 나누세요. 가능하면 일할 때는 따로 휴대폰, 이메일, 계정을 쓰세요.</translation>
    </message>
    <message>
        <source>Take ad photos with a different phone or camera. If you cannot, turn off location, Live Photos and Motion Photos in the camera before you take them.</source>
        <translation>광고 사진은 다른 휴대폰이나 카메라로 찍으세요. 그럴 수 없다면 찍기 전에 카메라에서 위치, 라이브 포토, 모션 포토를 끄세요.</translation>
    </message>
    <message>
        <source>Never use photos from your personal social media in ads, not even old ones.</source>
        <translation>개인 소셜 미디어의 사진은 오래된 것이라도 광고에 절대 쓰지 마세요.</translation>
    </message>
    <message>
        <source>Cloud backups and shared albums keep your originals, with the place they were taken, and sort them by face. Keep work photos out of them.</source>
        <translation>클라우드 백업과 공유 앨범은 찍은 장소가 담긴 원본을 보관하고, 얼굴별로 분류해요. 일 사진은 넣지 마세요.</translation>
    </message>
    <message>
        <source>Clean last: after cropping and editing in other apps. Editing apps can add hidden data again.</source>
        <translation>정리는 마지막에: 다른 앱에서 자르고 편집한 뒤에 하세요. 편집 앱이 숨은 데이터를 다시 넣을 수 있어요.</translation>
    </message>
    <message>
        <source>Screenshots can show your name, your number and your notifications. Check them before you share them.</source>
        <translation>스크린숏에는 이름, 전화번호, 알림이 보일 수 있어요. 공유하기 전에 확인하세요.</translation>
    </message>
    <message>
        <source>Check the background: letters, papers, photos on the wall, anything with a name or address.</source>
        <translation>배경을 확인하세요: 편지, 서류, 벽에 걸린 사진 등 이름이나 주소가 있는 모든 것.</translation>
    </message>
    <message>
        <source>Check mirrors and reflections: sunglasses, windows, screens and shiny surfaces.</source>
        <translation>거울과 비친 모습을 확인하세요: 선글라스, 창문, 화면, 반짝이는 표면.</translation>
    </message>
    <message>
        <source>Check what can be seen through windows. Streets, signs and buildings can show where you are.</source>
        <translation>창밖으로 보이는 것을 확인하세요. 거리, 간판, 건물로 당신이 있는 곳이 드러날 수 있어요.</translation>
    </message>
    <message>
        <source>Do not post the same photo on your personal and your work accounts.</source>
        <translation>같은 사진을 개인 계정과 일 계정에 함께 올리지 마세요.</translation>
    </message>
    <message>
        <source>Sending a photo “as a file” or by email keeps its hidden data. Send only the clean copy.</source>
        <translation>사진을 “파일로” 보내거나 이메일로 보내면 숨은 데이터가 그대로 남아요. 깨끗한 사본만 보내세요.</translation>
    </message>
    <message>
        <source>When you are done, delete the originals from Downloads and from shared folders.</source>
        <translation>다 끝나면 ‘다운로드’ 폴더와 공유 폴더에서 원본을 지우세요.</translation>
    </message>
    <message>
        <source>Before you post, open the clean copy and check it again.</source>
        <translation>올리기 전에 깨끗한 사본을 열어서 한 번 더 확인하세요.</translation>
    </message>
    <message>
        <source>What your computer may still keep</source>
        <translation>컴퓨터에 아직 남아 있을 수 있는 것</translation>
    </message>
    <message>
        <source>Scrubber keeps no list of the files you open, but your computer may:</source>
        <translation>Scrubber는 당신이 연 파일 목록을 남기지 않지만, 컴퓨터에는 남아 있을 수 있어요:</translation>
    </message>
    <message>
        <source>small previews (thumbnails) made by the file manager or photo viewer;</source>
        <translation>파일 관리자나 사진 뷰어가 만든 작은 미리 보기(썸네일)</translation>
    </message>
    <message>
        <source>lists of recent files in other apps;</source>
        <translation>다른 앱의 최근 파일 목록</translation>
    </message>
    <message>
        <source>the originals in Downloads, in the trash and in cloud backups.</source>
        <translation>‘다운로드’ 폴더, 휴지통, 클라우드 백업에 있는 원본</translation>
    </message>
    <message>
        <source>To clear them:</source>
        <translation>지우는 방법:</translation>
    </message>
    <message>
        <source>Empty the trash.</source>
        <translation>휴지통을 비우세요.</translation>
    </message>
    <message>
        <source>Clear the recent files in your file manager.</source>
        <translation>파일 관리자에서 최근 파일 목록을 지우세요.</translation>
    </message>
    <message>
        <source>Delete the thumbnail cache. Linux: the .cache/thumbnails folder in your home folder. Windows: Disk Cleanup, then Thumbnails. macOS: restart the Mac.</source>
        <translation>썸네일 캐시를 지우세요. Linux: 홈 폴더의 .cache/thumbnails 폴더. Windows: ‘디스크 정리’에서 ‘미리 보기 사진’. macOS: Mac을 다시 시작하세요.</translation>
    </message>
    <message>
        <source>Scrubber works offline</source>
        <translation>Scrubber는 오프라인으로 작동해요</translation>
    </message>
    <message>
        <source>Scrubber never connects to the internet. Your files stay on this computer.</source>
        <translation>Scrubber는 인터넷에 절대 연결하지 않아요. 파일은 이 컴퓨터에만 있어요.</translation>
    </message>
</context>
<context>
    <name>Summary</name>
    <message>
        <source>Cancelled.</source>
        <translation>취소했어요.</translation>
    </message>
    <message>
        <source>{n} cleaned.</source>
        <translation>정리함: {n}개</translation>
    </message>
    <message>
        <source>{n} had nothing to remove.</source>
        <translation>지울 것이 없음: {n}개</translation>
    </message>
    <message>
        <source>{n} could not be cleaned.</source>
        <translation>정리할 수 없음: {n}개</translation>
    </message>
    <message>
        <source>{n} not done (cancelled).</source>
        <translation>하지 못함(취소됨): {n}개</translation>
    </message>
    <message>
        <source>Nothing was cleaned.</source>
        <translation>정리한 파일이 없어요.</translation>
    </message>
    <message>
        <source>Clean copies are in: {folder}</source>
        <translation>깨끗한 사본 위치: {folder}</translation>
    </message>
    <message>
        <source>{name}: {reason}</source>
        <translation>{name}: {reason}</translation>
    </message>
    <message>
        <source>…and {n} more: see the list.</source>
        <translation>…그 밖에 {n}개: 목록을 보세요.</translation>
    </message>
</context>
<context>
    <name>messages</name>
    <message>
        <source>{metres} m above sea level</source>
        <translation>해발 {metres}m</translation>
    </message>
    <message>
        <source>{metres} m below sea level</source>
        <translation>해수면 아래 {metres}m</translation>
    </message>
    <message>
        <source>{count} bytes of data</source>
        <translation>데이터 {count}바이트</translation>
    </message>
    <message>
        <source>The file name shows when it was taken: {shown}</source>
        <translation>파일 이름에 찍은 때가 드러나요: {shown}</translation>
    </message>
    <message>
        <source>The file name shows the phone or camera that made it: {shown}</source>
        <translation>파일 이름에 이 파일을 만든 휴대폰이나 카메라가 드러나요: {shown}</translation>
    </message>
    <message>
        <source>The file name shows the app that made it: {apps}</source>
        <translation>파일 이름에 이 파일을 만든 앱이 드러나요: {apps}</translation>
    </message>
    <message>
        <source>{finding} (the name was kept)</source>
        <translation>{finding} (이름은 그대로 둠)</translation>
    </message>
    <message>
        <source>The file cannot be found. Was it moved or deleted?</source>
        <translation>파일을 찾을 수 없어요. 옮겨졌거나 삭제되었나요?</translation>
    </message>
    <message>
        <source>This is not a normal file (it is a folder, a device or a pipe).</source>
        <translation>일반 파일이 아니에요(폴더, 장치 또는 파이프예요).</translation>
    </message>
    <message>
        <source>This is a folder, not a file.</source>
        <translation>파일이 아니라 폴더예요.</translation>
    </message>
    <message>
        <source>The file is empty.</source>
        <translation>파일이 비어 있어요.</translation>
    </message>
    <message>
        <source>The file cannot be read: {reason}</source>
        <translation>파일을 읽을 수 없어요: {reason}</translation>
    </message>
    <message>
        <source>The file name says {format}, but the file cannot be read as {format}.</source>
        <translation>파일 이름으로는 {format} 파일인데, {format} 파일로 읽을 수 없어요.</translation>
    </message>
    <message>
        <source>This type of file is not supported, so it was not cleaned.</source>
        <translation>이 종류의 파일은 지원하지 않아서 정리하지 않았어요.</translation>
    </message>
    <message>
        <source>This is a link; it was not followed.</source>
        <translation>링크예요. 따라가지 않았어요.</translation>
    </message>
    <message>
        <source>This file could not be read ({kind}).</source>
        <translation>이 파일을 읽을 수 없었어요({kind}).</translation>
    </message>
    <message>
        <source>It holds documents inside documents, too many levels deep.</source>
        <translation>문서 안에 문서가 너무 여러 단계로 들어 있어요.</translation>
    </message>
    <message>
        <source>There is not enough memory to read this file.</source>
        <translation>메모리가 부족해서 이 파일을 읽을 수 없어요.</translation>
    </message>
    <message>
        <source>There is not enough memory.</source>
        <translation>메모리가 부족해요.</translation>
    </message>
    <message>
        <source>A file could not be read or written: {reason}</source>
        <translation>파일을 읽거나 쓸 수 없었어요: {reason}</translation>
    </message>
    <message>
        <source>Unexpected error ({kind}). Nothing was written.</source>
        <translation>예상하지 못한 오류가 생겼어요({kind}). 아무것도 쓰지 않았어요.</translation>
    </message>
    <message>
        <source>The copy would replace the original. Choose another name or folder.</source>
        <translation>사본이 원본을 덮어쓰게 돼요. 다른 이름이나 폴더를 고르세요.</translation>
    </message>
    <message>
        <source>Replacing the original cannot change the file type. Save copies in a folder instead.</source>
        <translation>원본을 바꾸는 방식으로는 파일 형식을 바꿀 수 없어요. 대신 폴더에 사본을 저장하세요.</translation>
    </message>
    <message>
        <source>This file is a link. Save copies in a folder instead.</source>
        <translation>이 파일은 링크예요. 대신 폴더에 사본을 저장하세요.</translation>
    </message>
    <message>
        <source>The clean copy could not be checked again, so it was deleted: {reason}</source>
        <translation>깨끗한 사본을 다시 확인할 수 없어서 사본을 지웠어요: {reason}</translation>
    </message>
    <message>
        <source>The clean copy still held data ({left}), so it was deleted.</source>
        <translation>깨끗한 사본에 아직 데이터가 남아 있어서({left}) 사본을 지웠어요.</translation>
    </message>
    <message>
        <source>The folder for the copies cannot be created: {reason}</source>
        <translation>사본을 저장할 폴더를 만들 수 없어요: {reason}</translation>
    </message>
    <message>
        <source>Nothing can be saved in the folder for the copies: {reason}</source>
        <translation>사본을 저장할 폴더에 아무것도 저장할 수 없어요: {reason}</translation>
    </message>
    <message>
        <source>The copy could not be finished: {reason}</source>
        <translation>사본을 끝까지 만들 수 없었어요: {reason}</translation>
    </message>
    <message>
        <source>The copies could not be saved to the disk: {reason}</source>
        <translation>사본을 디스크에 저장할 수 없었어요: {reason}</translation>
    </message>
    <message>
        <source>No free name was found for the clean copy.</source>
        <translation>깨끗한 사본에 쓸 수 있는 이름을 찾지 못했어요.</translation>
    </message>
    <message>
        <source>The clean copy could not be saved: {reason}</source>
        <translation>깨끗한 사본을 저장할 수 없었어요: {reason}</translation>
    </message>
    <message>
        <source>The earlier copy could not be replaced: {reason}</source>
        <translation>이전 사본을 바꿀 수 없었어요: {reason}</translation>
    </message>
    <message>
        <source>This JPEG is damaged: its beginning is missing.</source>
        <translation>이 JPEG는 손상되었어요: 앞부분이 없어요.</translation>
    </message>
    <message>
        <source>This JPEG is damaged (a wrong length at byte {pos}).</source>
        <translation>이 JPEG는 손상되었어요({pos}바이트 위치의 길이가 잘못됨).</translation>
    </message>
    <message>
        <source>This JPEG is damaged: its picture does not end where it should.</source>
        <translation>이 JPEG는 손상되었어요: 이미지가 끝나야 할 곳에서 끝나지 않아요.</translation>
    </message>
    <message>
        <source>This JPEG is damaged (a missing marker at byte {pos}).</source>
        <translation>이 JPEG는 손상되었어요({pos}바이트 위치에 마커가 없음).</translation>
    </message>
    <message>
        <source>This JPEG is cut off before the picture starts.</source>
        <translation>이 JPEG는 이미지가 시작되기 전에 잘려 있어요.</translation>
    </message>
    <message>
        <source>This JPEG is damaged: it has far too many parts.</source>
        <translation>이 JPEG는 손상되었어요: 부분이 너무 많아요.</translation>
    </message>
    <message>
        <source>This rare kind of JPEG (hierarchical or JPEG-LS) is not supported.</source>
        <translation>이런 드문 종류의 JPEG(계층형 또는 JPEG-LS)는 지원하지 않아요.</translation>
    </message>
    <message>
        <source>This JPEG holds no picture.</source>
        <translation>이 JPEG에는 이미지가 없어요.</translation>
    </message>
    <message>
        <source>This JPEG is damaged: its picture is not where the file says.</source>
        <translation>이 JPEG는 손상되었어요: 이미지가 파일에 적힌 위치에 없어요.</translation>
    </message>
    <message>
        <source>This JPEG is damaged: it holds more than one picture frame.</source>
        <translation>이 JPEG는 손상되었어요: 이미지 프레임이 두 개 이상이에요.</translation>
    </message>
    <message>
        <source>This JPEG has other data hidden inside its picture, so it was not cleaned.</source>
        <translation>이 JPEG는 이미지 안에 다른 데이터가 숨어 있어서 정리하지 않았어요.</translation>
    </message>
    <message>
        <source>The colour profile is too large.</source>
        <translation>색상 프로필이 너무 커요.</translation>
    </message>
    <message>
        <source>The picture is incomplete: the file was cut off.</source>
        <translation>이미지가 완전하지 않아요: 파일이 잘렸어요.</translation>
    </message>
    <message>
        <source>This JPEG is damaged in places; the copy looks the same as the original did.</source>
        <translation>이 JPEG는 군데군데 손상되어 있어요. 사본은 원본과 똑같아 보여요.</translation>
    </message>
    <message>
        <source>The GIF file was cut short; its complete frames were kept.</source>
        <translation>GIF 파일이 중간에 잘려 있어요. 온전한 프레임은 남겼어요.</translation>
    </message>
    <message>
        <source>The {format} picture was saved as PNG.</source>
        <translation>{format} 이미지를 PNG로 저장했어요.</translation>
    </message>
    <message>
        <source>Only the first frame of the animation was kept ({frames} in the file).</source>
        <translation>애니메이션의 첫 프레임만 남겼어요(파일에는 {frames}개).</translation>
    </message>
    <message>
        <source>Only the first page was kept ({frames} in the file).</source>
        <translation>첫 페이지만 남겼어요(파일에는 {frames}페이지).</translation>
    </message>
    <message>
        <source>The picture was saved with 8 bits per colour (it had more).</source>
        <translation>이미지를 색마다 8비트로 저장했어요(원래는 더 많았어요).</translation>
    </message>
    <message>
        <source>Colours may look slightly different ({mode} was turned into RGB).</source>
        <translation>색이 조금 다르게 보일 수 있어요({mode}에서 RGB로 바꿨어요).</translation>
    </message>
    <message>
        <source>Transparent areas were filled with white (JPEG has no transparency).</source>
        <translation>투명한 부분을 흰색으로 채웠어요(JPEG는 투명을 지원하지 않아요).</translation>
    </message>
    <message>
        <source>The form&apos;s XML layer was removed.</source>
        <translation>양식의 XML 계층을 지웠어요.</translation>
    </message>
    <message>
        <source>A digital signature was removed.</source>
        <translation>디지털 서명을 하나 지웠어요.</translation>
    </message>
    <message>
        <source>Embedded objects (files inside the document) were removed.</source>
        <translation>포함된 개체(문서 안의 파일)를 지웠어요.</translation>
    </message>
    <message>
        <source>Pictures in drawing formats that cannot be checked (SVG, WMF…) were removed.</source>
        <translation>확인할 수 없는 그리기 형식(SVG, WMF…)의 이미지를 지웠어요.</translation>
    </message>
    <message>
        <source>It is saved as {ext}: the same document without macros.</source>
        <translation>{ext} 형식으로 저장했어요: 매크로만 없는 같은 문서예요.</translation>
    </message>
    <message>
        <source>The animation keeps its rotation tag; its frames were not turned.</source>
        <translation>애니메이션에 회전 태그가 그대로 있어요. 프레임은 돌리지 않았어요.</translation>
    </message>
    <message>
        <source>This TIFF has {count} pages. Many viewers show only the first: check the others too.</source>
        <translation>이 TIFF는 {count}페이지예요. 첫 페이지만 보여 주는 뷰어가 많으니 나머지 페이지도 확인하세요.</translation>
    </message>
    <message>
        <source>The TIFF keeps its orientation tag; its pixels were not turned.</source>
        <translation>TIFF에 방향 태그가 그대로 있어요. 픽셀은 돌리지 않았어요.</translation>
    </message>
    <message>
        <source>Colours may look slightly different in the JPEG copy.</source>
        <translation>JPEG 사본에서는 색이 조금 다르게 보일 수 있어요.</translation>
    </message>
    <message>
        <source>This PNG is cut off before the picture starts.</source>
        <translation>이 PNG는 이미지가 시작되기 전에 잘려 있어요.</translation>
    </message>
    <message>
        <source>The file was cut off; the clean copy keeps the part that is there.</source>
        <translation>파일이 잘려 있어요. 깨끗한 사본에는 남아 있는 부분이 들어 있어요.</translation>
    </message>
    <message>
        <source>The removed data said to turn the picture. Check that it is the right way up.</source>
        <translation>지운 데이터에는 이미지를 돌리라는 정보가 있었어요. 방향이 올바른지 확인하세요.</translation>
    </message>
    <message>
        <source>Viewers that do not play animations now show a blank picture instead of a hidden one.</source>
        <translation>애니메이션을 재생하지 않는 뷰어에서는 이제 숨은 이미지 대신 빈 이미지가 보여요.</translation>
    </message>
    <message>
        <source>The sound was removed.</source>
        <translation>소리를 지웠어요.</translation>
    </message>
    <message>
        <source>The clip had more than 8 bits per colour (HDR); the copy has 8, so colours may look flatter.</source>
        <translation>영상은 색마다 8비트가 넘었어요(HDR). 사본은 8비트라서 색이 더 밋밋해 보일 수 있어요.</translation>
    </message>
    <message>
        <source>Its broken index was rebuilt the way PDF viewers do it. Check the clean copy.</source>
        <translation>손상된 색인을 PDF 뷰어와 같은 방식으로 다시 만들었어요. 깨끗한 사본을 확인하세요.</translation>
    </message>
    <message>
        <source>It was locked against copying, printing or changes, but opens without a password. The clean copy has no lock.</source>
        <translation>복사, 인쇄, 수정이 잠겨 있었지만 암호 없이 열려요. 깨끗한 사본에는 잠금이 없어요.</translation>
    </message>
    <message>
        <source>Its attached files are locked with a password (the pages are not). The clean copy has no attachments.</source>
        <translation>첨부 파일이 암호로 잠겨 있어요(페이지는 잠겨 있지 않아요). 깨끗한 사본에는 첨부 파일이 없어요.</translation>
    </message>
    <message>
        <source>A cropped picture still held the part you cut away. It was removed.</source>
        <translation>자른 이미지에 잘라 낸 부분이 아직 남아 있었어요. 그 부분을 지웠어요.</translation>
    </message>
    <message>
        <source>Pages were turned into pictures: text can no longer be selected or searched.</source>
        <translation>페이지를 이미지로 바꿨어요: 글자를 더 이상 선택하거나 검색할 수 없어요.</translation>
    </message>
    <message>
        <source>{count} layers of this PDF are hidden when it opens. They are kept in the copy; to leave them out, choose to turn PDF pages into pictures.</source>
        <translation>이 PDF에는 열 때 숨겨지는 레이어가 {count}개 있어요. 사본에 그대로 남아요. 빼려면 PDF 페이지를 이미지로 바꾸도록 선택하세요.</translation>
    </message>
    <message>
        <source>1 layer of this PDF is hidden when it opens. It is kept in the copy; to leave it out, choose to turn PDF pages into pictures.</source>
        <translation>이 PDF에는 열 때 숨겨지는 레이어가 1개 있어요. 사본에 그대로 남아요. 빼려면 PDF 페이지를 이미지로 바꾸도록 선택하세요.</translation>
    </message>
    <message>
        <source>There is text in white, unseen on a white page, on {count} pages. It is kept in the copy; to leave it out, choose to turn PDF pages into pictures.</source>
        <translation>{count}개 페이지에 흰 페이지에서는 보이지 않는 흰색 글자가 있어요. 사본에 그대로 남아요. 빼려면 PDF 페이지를 이미지로 바꾸도록 선택하세요.</translation>
    </message>
    <message>
        <source>There is text in white, unseen on a white page, on 1 page. It is kept in the copy; to leave it out, choose to turn PDF pages into pictures.</source>
        <translation>1개 페이지에 흰 페이지에서는 보이지 않는 흰색 글자가 있어요. 사본에 그대로 남아요. 빼려면 PDF 페이지를 이미지로 바꾸도록 선택하세요.</translation>
    </message>
    <message>
        <source>There is text placed outside the page on {count} pages. It is kept in the copy; to leave it out, choose to turn PDF pages into pictures.</source>
        <translation>{count}개 페이지에 페이지 밖에 놓인 글자가 있어요. 사본에 그대로 남아요. 빼려면 PDF 페이지를 이미지로 바꾸도록 선택하세요.</translation>
    </message>
    <message>
        <source>There is text placed outside the page on 1 page. It is kept in the copy; to leave it out, choose to turn PDF pages into pictures.</source>
        <translation>1개 페이지에 페이지 밖에 놓인 글자가 있어요. 사본에 그대로 남아요. 빼려면 PDF 페이지를 이미지로 바꾸도록 선택하세요.</translation>
    </message>
    <message>
        <source>Embedded fonts were removed.</source>
        <translation>포함된 글꼴을 지웠어요.</translation>
    </message>
    <message>
        <source>Videos and sounds were removed: they could not be checked.</source>
        <translation>동영상과 소리를 지웠어요. 확인할 수 없었기 때문이에요.</translation>
    </message>
    <message>
        <source>Pictures in drawing formats that cannot be checked (EMF, WMF, SVG…) were removed.</source>
        <translation>확인할 수 없는 그리기 형식(EMF, WMF, SVG…)의 이미지를 지웠어요.</translation>
    </message>
    <message>
        <source>The photo was saved again at high quality ({reason}).</source>
        <translation>사진을 높은 품질로 다시 저장했어요({reason}).</translation>
    </message>
    <message>
        <source>The macros (programs) in this document were removed.</source>
        <translation>이 문서의 매크로(프로그램)를 지웠어요.</translation>
    </message>
    <message>
        <source>This PDF asks for a password to open it. Remove the password first.</source>
        <translation>이 PDF는 열 때 암호가 필요해요. 먼저 암호를 해제하세요.</translation>
    </message>
    <message>
        <source>This PDF is damaged and cannot be cleaned safely.</source>
        <translation>이 PDF는 손상되어서 안전하게 정리할 수 없어요.</translation>
    </message>
    <message>
        <source>This PDF is damaged and cannot be cleaned safely: its end is missing.</source>
        <translation>이 PDF는 손상되어서 안전하게 정리할 수 없어요: 끝부분이 없어요.</translation>
    </message>
    <message>
        <source>This PDF is damaged (cut off, or parts of it are broken) and cannot be cleaned safely. Saving it again from a PDF viewer may repair it.</source>
        <translation>이 PDF는 손상되어서(잘렸거나 일부가 망가짐) 안전하게 정리할 수 없어요. PDF 뷰어에서 다시 저장하면 고쳐질 수도 있어요.</translation>
    </message>
    <message>
        <source>This {format} picture is damaged and cannot be decoded: part of it is missing.</source>
        <translation>이 {format} 이미지는 손상되어서 디코딩할 수 없어요: 일부가 없어요.</translation>
    </message>
    <message>
        <source>{count} slides are hidden. They are kept in the copy; to remove them, turn on removing hidden content.</source>
        <translation>숨겨진 슬라이드가 {count}개 있어요. 사본에 그대로 남아요. 지우려면 숨겨진 내용 지우기 옵션을 켜세요.</translation>
    </message>
    <message>
        <source>1 slide is hidden. It is kept in the copy; to remove it, turn on removing hidden content.</source>
        <translation>숨겨진 슬라이드가 1개 있어요. 사본에 그대로 남아요. 지우려면 숨겨진 내용 지우기 옵션을 켜세요.</translation>
    </message>
    <message>
        <source>There are speaker notes on {count} slides. They are kept in the copy; to remove them, turn on removing speaker notes.</source>
        <translation>발표자 노트가 있는 슬라이드가 {count}개예요. 노트는 사본에 그대로 남아요. 지우려면 발표자 노트 지우기 옵션을 켜세요.</translation>
    </message>
    <message>
        <source>There are speaker notes on 1 slide. They are kept in the copy; to remove them, turn on removing speaker notes.</source>
        <translation>발표자 노트가 있는 슬라이드가 1개예요. 노트는 사본에 그대로 남아요. 지우려면 발표자 노트 지우기 옵션을 켜세요.</translation>
    </message>
    <message>
        <source>{count} sheets are hidden. They are kept in the copy; to remove them, turn on removing hidden content.</source>
        <translation>숨겨진 시트가 {count}개 있어요. 사본에 그대로 남아요. 지우려면 숨겨진 내용 지우기 옵션을 켜세요.</translation>
    </message>
    <message>
        <source>1 sheet is hidden. It is kept in the copy; to remove it, turn on removing hidden content.</source>
        <translation>숨겨진 시트가 1개 있어요. 사본에 그대로 남아요. 지우려면 숨겨진 내용 지우기 옵션을 켜세요.</translation>
    </message>
    <message>
        <source>There is hidden text in {count} places. It is kept in the copy; to remove it, turn on removing hidden content.</source>
        <translation>숨겨진 텍스트가 {count}곳에 있어요. 사본에 그대로 남아요. 지우려면 숨겨진 내용 지우기 옵션을 켜세요.</translation>
    </message>
    <message>
        <source>There is hidden text in 1 place. It is kept in the copy; to remove it, turn on removing hidden content.</source>
        <translation>숨겨진 텍스트가 1곳에 있어요. 사본에 그대로 남아요. 지우려면 숨겨진 내용 지우기 옵션을 켜세요.</translation>
    </message>
    <message>
        <source>{count} sections are hidden. They are kept in the copy; to remove them, turn on removing hidden content.</source>
        <translation>숨겨진 구역이 {count}개 있어요. 사본에 그대로 남아요. 지우려면 숨겨진 내용 지우기 옵션을 켜세요.</translation>
    </message>
    <message>
        <source>1 section is hidden. It is kept in the copy; to remove it, turn on removing hidden content.</source>
        <translation>숨겨진 구역이 1개 있어요. 사본에 그대로 남아요. 지우려면 숨겨진 내용 지우기 옵션을 켜세요.</translation>
    </message>
    <message>
        <source>A cropped photo still held the part you cut away. It was removed.</source>
        <translation>자른 사진에 잘라 낸 부분이 아직 남아 있었어요. 그 부분을 지웠어요.</translation>
    </message>
    <message>
        <source>{count} cropped photos still held the parts you cut away. They were removed.</source>
        <translation>자른 사진 {count}장에 잘라 낸 부분이 아직 남아 있었어요. 그 부분을 지웠어요.</translation>
    </message>
    <message>
        <source>The camera fingerprint was weakened, not removed. The picture was resized from {before} to {after} pixels.</source>
        <translation>카메라 지문을 약하게 했지만 없애지는 못했어요. 이미지 크기를 {before}픽셀에서 {after}픽셀로 바꿨어요.</translation>
    </message>
    <message>
        <source>This document is protected by a password. Remove the password first.</source>
        <translation>이 문서는 암호로 보호되어 있어요. 먼저 암호를 해제하세요.</translation>
    </message>
    <message>
        <source>This document is damaged: its contents cannot be unpacked.</source>
        <translation>이 문서는 손상되었어요: 내용의 압축을 풀 수 없어요.</translation>
    </message>
    <message>
        <source>This document is damaged and cannot be read safely.</source>
        <translation>이 문서는 손상되어서 안전하게 읽을 수 없어요.</translation>
    </message>
    <message>
        <source>This TIFF file holds no picture.</source>
        <translation>이 TIFF 파일에는 이미지가 없어요.</translation>
    </message>
    <message>
        <source>Camera RAW files are not supported. Export a TIFF or JPEG first.</source>
        <translation>카메라 RAW 파일은 지원하지 않아요. 먼저 TIFF나 JPEG로 내보내세요.</translation>
    </message>
    <message>
        <source>This TIFF file is damaged.</source>
        <translation>이 TIFF 파일은 손상되었어요.</translation>
    </message>
    <message>
        <source>Old-style JPEG TIFF files are not supported. Convert them first.</source>
        <translation>옛날 방식 JPEG를 쓴 TIFF 파일은 지원하지 않아요. 먼저 변환하세요.</translation>
    </message>
    <message>
        <source>This TIFF file is cut off or damaged.</source>
        <translation>이 TIFF 파일은 잘렸거나 손상되었어요.</translation>
    </message>
    <message>
        <source>This {format} picture is encrypted.</source>
        <translation>이 {format} 이미지는 암호화되어 있어요.</translation>
    </message>
    <message>
        <source>This {format} picture is damaged and cannot be decoded.</source>
        <translation>이 {format} 이미지는 손상되어서 디코딩할 수 없어요.</translation>
    </message>
    <message>
        <source>The description of this {format} picture is too large to check.</source>
        <translation>이 {format} 이미지의 설명 부분이 너무 커서 확인할 수 없어요.</translation>
    </message>
    <message>
        <source>{format} picture sequences and videos are not supported.</source>
        <translation>{format} 연속 이미지와 동영상은 지원하지 않아요.</translation>
    </message>
    <message>
        <source>This {format} file has too many parts to check safely.</source>
        <translation>이 {format} 파일은 부분이 너무 많아서 안전하게 확인할 수 없어요.</translation>
    </message>
    <message>
        <source>This picture is AVIF, not HEIC. Rename it to end in .avif.</source>
        <translation>이 이미지는 HEIC가 아니라 AVIF예요. 이름이 .avif로 끝나도록 바꾸세요.</translation>
    </message>
    <message>
        <source>The picture is too small to save as HEIC. Choose JPEG copies instead.</source>
        <translation>이미지가 너무 작아서 HEIC로 저장할 수 없어요. 대신 JPEG 사본을 선택하세요.</translation>
    </message>
    <message>
        <source>The picture could not be saved as HEIC. Choose JPEG copies instead.</source>
        <translation>이미지를 HEIC로 저장할 수 없었어요. 대신 JPEG 사본을 선택하세요.</translation>
    </message>
    <message>
        <source>The picture is too large to process ({size} pixels).</source>
        <translation>이미지가 너무 커서 처리할 수 없어요({size}픽셀).</translation>
    </message>
    <message>
        <source>This is not a valid PNG file.</source>
        <translation>올바른 PNG 파일이 아니에요.</translation>
    </message>
    <message>
        <source>This PNG file is damaged (a part of it is not valid).</source>
        <translation>이 PNG 파일은 손상되었어요(일부가 올바르지 않아요).</translation>
    </message>
    <message>
        <source>This PNG file is damaged: its beginning is missing.</source>
        <translation>이 PNG 파일은 손상되었어요: 앞부분이 없어요.</translation>
    </message>
    <message>
        <source>This PDF is too complex to be checked safely.</source>
        <translation>이 PDF는 너무 복잡해서 안전하게 확인할 수 없어요.</translation>
    </message>
    <message>
        <source>This PDF has too many levels, one inside another, to be checked safely.</source>
        <translation>이 PDF는 겹겹이 들어간 단계가 너무 많아서 안전하게 확인할 수 없어요.</translation>
    </message>
    <message>
        <source>The drawings in this PDF are put one inside another too many times to be checked safely.</source>
        <translation>이 PDF의 그림이 겹겹이 너무 여러 번 들어가 있어서 안전하게 확인할 수 없어요.</translation>
    </message>
    <message>
        <source>This PDF has too many parts ({count}) to be checked safely.</source>
        <translation>이 PDF는 부분이 너무 많아서({count}개) 안전하게 확인할 수 없어요.</translation>
    </message>
    <message>
        <source>This PDF has too many pages ({count}) to turn them into pictures.</source>
        <translation>이 PDF는 페이지가 너무 많아서({count}페이지) 페이지를 이미지로 바꿀 수 없어요.</translation>
    </message>
    <message>
        <source>This PDF could not be given a new document ID, so it was not cleaned.</source>
        <translation>이 PDF에 새 문서 ID를 붙일 수 없어서 정리하지 않았어요.</translation>
    </message>
    <message>
        <source>This PDF could not be copied faithfully, so it was not cleaned.</source>
        <translation>이 PDF를 원래 그대로 복사할 수 없어서 정리하지 않았어요.</translation>
    </message>
    <message>
        <source>A page of this PDF has pictures on it that cannot be checked. To clean this PDF, choose to turn PDF pages into pictures.</source>
        <translation>이 PDF의 한 페이지에 확인할 수 없는 이미지가 있어요. 이 PDF를 정리하려면 PDF 페이지를 이미지로 바꾸도록 선택하세요.</translation>
    </message>
    <message>
        <source>A picture in this PDF is shown through a shape that hides part of it, and it cannot be cut exactly. To clean this PDF, choose to turn PDF pages into pictures.</source>
        <translation>이 PDF의 한 이미지는 일부를 가리는 모양을 통해 보이는데, 정확히 잘라 낼 수 없어요. 이 PDF를 정리하려면 PDF 페이지를 이미지로 바꾸도록 선택하세요.</translation>
    </message>
    <message>
        <source>A picture in this PDF has a hidden part, stored in a way that cannot be cut away. To clean this PDF, choose to turn PDF pages into pictures.</source>
        <translation>이 PDF의 한 이미지에 숨은 부분이 있는데, 잘라 낼 수 없는 방식으로 저장되어 있어요. 이 PDF를 정리하려면 PDF 페이지를 이미지로 바꾸도록 선택하세요.</translation>
    </message>
    <message>
        <source>A picture in this PDF has a hidden part and is too large to be cut. To clean this PDF, choose to turn PDF pages into pictures.</source>
        <translation>이 PDF의 한 이미지에 숨은 부분이 있는데, 너무 커서 잘라 낼 수 없어요. 이 PDF를 정리하려면 PDF 페이지를 이미지로 바꾸도록 선택하세요.</translation>
    </message>
    <message>
        <source>A picture in this PDF is stored in a way that cannot be checked.</source>
        <translation>이 PDF의 한 이미지는 확인할 수 없는 방식으로 저장되어 있어요.</translation>
    </message>
    <message>
        <source>A picture drawn inside a page of this PDF is stored in a way that cannot be checked.</source>
        <translation>이 PDF의 페이지 안에 그려진 한 이미지는 확인할 수 없는 방식으로 저장되어 있어요.</translation>
    </message>
    <message>
        <source>A colour profile in this PDF is stored in a way that cannot be checked.</source>
        <translation>이 PDF의 한 색상 프로필은 확인할 수 없는 방식으로 저장되어 있어요.</translation>
    </message>
    <message>
        <source>A picture drawn inside a page of this PDF could not be saved again without its hidden data.</source>
        <translation>이 PDF의 페이지 안에 그려진 한 이미지를 숨은 데이터 없이 다시 저장할 수 없었어요.</translation>
    </message>
    <message>
        <source>A picture in this PDF is too large once unpacked (more than {mb} MB).</source>
        <translation>이 PDF의 한 이미지는 압축을 풀면 너무 커요({mb}MB 초과).</translation>
    </message>
    <message>
        <source>A picture drawn inside a page of this PDF is too large once unpacked (more than {mb} MB).</source>
        <translation>이 PDF의 페이지 안에 그려진 한 이미지는 압축을 풀면 너무 커요({mb}MB 초과).</translation>
    </message>
    <message>
        <source>A page of this PDF is too large once unpacked (more than {mb} MB).</source>
        <translation>이 PDF의 한 페이지는 압축을 풀면 너무 커요({mb}MB 초과).</translation>
    </message>
    <message>
        <source>A colour profile in this PDF is too large once unpacked (more than {mb} MB).</source>
        <translation>이 PDF의 한 색상 프로필은 압축을 풀면 너무 커요({mb}MB 초과).</translation>
    </message>
    <message>
        <source>A JPEG 2000 picture in this PDF has comments that cannot be removed.</source>
        <translation>이 PDF의 한 JPEG 2000 이미지에 지울 수 없는 주석이 있어요.</translation>
    </message>
    <message>
        <source>There is a problem with a picture in this PDF. {problem}</source>
        <translation>이 PDF의 한 이미지에 문제가 있어요. {problem}</translation>
    </message>
    <message>
        <source>There is a problem with a picture drawn inside a page of this PDF. {problem}</source>
        <translation>이 PDF의 페이지 안에 그려진 한 이미지에 문제가 있어요. {problem}</translation>
    </message>
    <message>
        <source>Unpacked, this document would take more than {mb} MB: too much to be checked safely.</source>
        <translation>이 문서는 압축을 풀면 {mb}MB가 넘어서 안전하게 확인하기에는 너무 커요.</translation>
    </message>
    <message>
        <source>A part of this document ({part}) holds an XML declaration used in attacks, so it was not opened.</source>
        <translation>이 문서의 한 부분({part})에 공격에 쓰이는 XML 선언이 들어 있어서 열지 않았어요.</translation>
    </message>
    <message>
        <source>There is a problem with a picture in this document ({part}). {problem}</source>
        <translation>이 문서의 한 이미지({part})에 문제가 있어요. {problem}</translation>
    </message>
    <message>
        <source>There is a problem with a document inside this document ({part}). {problem}</source>
        <translation>이 문서 안에 든 문서({part})에 문제가 있어요. {problem}</translation>
    </message>
    <message>
        <source>This document is packed in a way used to crash programs (a zip bomb), so it was not opened.</source>
        <translation>이 문서는 프로그램을 다운시키는 데 쓰이는 방식(zip 폭탄)으로 압축되어 있어서 열지 않았어요.</translation>
    </message>
    <message>
        <source>This zip file is not an OpenDocument file.</source>
        <translation>이 zip 파일은 OpenDocument 파일이 아니에요.</translation>
    </message>
    <message>
        <source>This kind of OpenDocument file is not supported.</source>
        <translation>이 종류의 OpenDocument 파일은 지원하지 않아요.</translation>
    </message>
    <message>
        <source>This zip file is not an Office document.</source>
        <translation>이 zip 파일은 Office 문서가 아니에요.</translation>
    </message>
    <message>
        <source>This kind of Office document is not supported.</source>
        <translation>이 종류의 Office 문서는 지원하지 않아요.</translation>
    </message>
    <message>
        <source>This is an old-style Office file (.doc, .xls, .ppt) or a document protected by a password. Open it in Office and save it as .docx, .xlsx or .pptx, without a password.</source>
        <translation>옛날 방식의 Office 파일(.doc, .xls, .ppt)이거나 암호로 보호된 문서예요. Office에서 열어 암호 없이 .docx, .xlsx 또는 .pptx로 저장하세요.</translation>
    </message>
    <message>
        <source>This document is saved as Strict Open XML, which is not supported. Save it again as an ordinary .docx, .xlsx or .pptx file.</source>
        <translation>이 문서는 Strict Open XML 형식으로 저장되어 있는데, 이 형식은 지원하지 않아요. 일반 .docx, .xlsx 또는 .pptx 파일로 다시 저장하세요.</translation>
    </message>
    <message>
        <source>Part of this document&apos;s text is stored inside it as a web page or in another format, which cannot be checked. Open it in Word and save it again.</source>
        <translation>이 문서의 글 일부가 웹 페이지나 다른 형식으로 문서 안에 저장되어 있어서 확인할 수 없어요. Word에서 열어 다시 저장하세요.</translation>
    </message>
    <message>
        <source>The picture is too large to process.</source>
        <translation>이미지가 너무 커서 처리할 수 없어요.</translation>
    </message>
    <message>
        <source>A cropped picture in it is too large to cut safely.</source>
        <translation>안에 있는 자른 이미지가 너무 커서 안전하게 잘라 낼 수 없어요.</translation>
    </message>
    <message>
        <source>Areas cannot be covered in {format} pictures.</source>
        <translation>{format} 이미지에서는 영역을 가릴 수 없어요.</translation>
    </message>
    <message>
        <source>{format} files are not video clips.</source>
        <translation>{format} 파일은 영상이 아니에요.</translation>
    </message>
    <message>
        <source>Covering areas makes a new copy: the original is never changed. Save copies in a folder instead.</source>
        <translation>영역을 가리면 새 사본이 만들어져요. 원본은 절대 바뀌지 않아요. 대신 폴더에 사본을 저장하세요.</translation>
    </message>
    <message>
        <source>This clip is turned by {degrees} degrees, which is not supported.</source>
        <translation>이 영상은 {degrees}도 회전되어 있어요. 이런 회전은 지원하지 않아요.</translation>
    </message>
    <message>
        <source>The clip is too large to process ({size} pixels).</source>
        <translation>영상이 너무 커서 처리할 수 없어요({size}픽셀).</translation>
    </message>
    <message>
        <source>This HEIF picture uses a kind of compression that is not supported ({code}).</source>
        <translation>이 HEIF 이미지는 지원하지 않는 종류의 압축을 사용해요({code}).</translation>
    </message>
    <message>
        <source>The picture could not be saved as AVIF.</source>
        <translation>이미지를 AVIF로 저장할 수 없었어요.</translation>
    </message>
    <message>
        <source>This {format} file is stored in pieces, as when it is streamed. This is not supported.</source>
        <translation>이 {format} 파일은 스트리밍할 때처럼 여러 조각으로 나뉘어 저장되어 있어요. 이런 파일은 지원하지 않아요.</translation>
    </message>
    <message>
        <source>The header of this {format} file is split up or compressed. This is not supported.</source>
        <translation>이 {format} 파일의 헤더가 나뉘어 있거나 압축되어 있어요. 이런 파일은 지원하지 않아요.</translation>
    </message>
    <message>
        <source>This {format} file plays sound or pictures stored in other files. This is not supported.</source>
        <translation>이 {format} 파일은 다른 파일에 저장된 소리나 이미지를 재생해요. 이런 파일은 지원하지 않아요.</translation>
    </message>
    <message>
        <source>This {format} file is copy-protected, so it cannot be cleaned.</source>
        <translation>이 {format} 파일은 복사 방지가 되어 있어서 정리할 수 없어요.</translation>
    </message>
    <message>
        <source>This {format} file is too large to clean.</source>
        <translation>이 {format} 파일은 너무 커서 정리할 수 없어요.</translation>
    </message>
    <message>
        <source>The sound of this video is stored in a way that is not supported.</source>
        <translation>이 동영상의 소리는 지원하지 않는 방식으로 저장되어 있어요.</translation>
    </message>
    <message>
        <source>The sound of this video is in an old format that is not supported.</source>
        <translation>이 동영상의 소리는 지원하지 않는 옛날 형식이에요.</translation>
    </message>
    <message>
        <source>This M4A file also holds video, chapters or text, which cannot be cleaned here.</source>
        <translation>이 M4A 파일에는 동영상, 챕터 또는 텍스트도 들어 있는데, 여기서는 정리할 수 없어요.</translation>
    </message>
    <message>
        <source>This is copy-protected iTunes music. Its purchase record cannot be removed without breaking it.</source>
        <translation>복사 방지가 된 iTunes 음악이에요. 파일을 망가뜨리지 않고는 구매 기록을 지울 수 없어요.</translation>
    </message>
    <message>
        <source>This FLAC file starts with an ID3 tag, which FLAC players do not expect, so it was not cleaned.</source>
        <translation>이 FLAC 파일은 ID3 태그로 시작하는데, FLAC 플레이어는 이를 예상하지 않아서 정리하지 않았어요.</translation>
    </message>
    <message>
        <source>Bare AAC sound files are not supported, only AAC inside M4A files.</source>
        <translation>단독 AAC 소리 파일은 지원하지 않고, M4A 파일 안의 AAC만 지원해요.</translation>
    </message>
    <message>
        <source>This Ogg file holds video or a kind of sound that cannot be cleaned. Only Vorbis and Opus are supported.</source>
        <translation>이 Ogg 파일에는 동영상이나 정리할 수 없는 종류의 소리가 들어 있어요. Vorbis와 Opus만 지원해요.</translation>
    </message>
    <message>
        <source>This PNG has a part that is not standard ({part}), so it was not cleaned.</source>
        <translation>이 PNG에는 표준이 아닌 부분({part})이 있어서 정리하지 않았어요.</translation>
    </message>
    <message>
        <source>This animated PNG hides a still picture too large to replace, so it was not cleaned.</source>
        <translation>이 애니메이션 PNG에는 너무 커서 바꿀 수 없는 정지 이미지가 숨어 있어서 정리하지 않았어요.</translation>
    </message>
    <message>
        <source>This TIFF has more than {count} pages.</source>
        <translation>이 TIFF는 {count}페이지가 넘어요.</translation>
    </message>
    <message>
        <source>This TIFF is damaged: its picture data adds up to more than the file.</source>
        <translation>이 TIFF는 손상되었어요: 이미지 데이터를 합치면 파일보다 커요.</translation>
    </message>
    <message>
        <source>The first page of this TIFF is only a preview. Such TIFF files are not supported.</source>
        <translation>이 TIFF의 첫 페이지는 미리 보기일 뿐이에요. 이런 TIFF 파일은 지원하지 않아요.</translation>
    </message>
    <message>
        <source>The clean TIFF would be larger than 4 GB.</source>
        <translation>깨끗한 TIFF는 4GB를 넘게 돼요.</translation>
    </message>
    <message>
        <source>a crop hid part of the picture</source>
        <extracomment>Why the photo was saved again, in &quot;The photo was saved again at high quality ({reason}).&quot;</extracomment>
        <translation>자르기로 이미지 일부가 가려져 있었음</translation>
    </message>
    <message>
        <source>colours under its see-through areas could hide a picture</source>
        <extracomment>Why the photo was saved again, in &quot;The photo was saved again at high quality ({reason}).&quot;</extracomment>
        <translation>투명한 부분 아래의 색에 이미지가 숨어 있을 수 있음</translation>
    </message>
    <message>
        <source>it is made of layers that can cover one another</source>
        <extracomment>Why the photo was saved again, in &quot;The photo was saved again at high quality ({reason}).&quot;</extracomment>
        <translation>서로 가릴 수 있는 레이어로 이루어져 있음</translation>
    </message>
    <message>
        <source>its tiles do not fit together in a regular grid</source>
        <extracomment>Why the photo was saved again, in &quot;The photo was saved again at high quality ({reason}).&quot;</extracomment>
        <translation>타일이 규칙적인 격자로 맞춰져 있지 않음</translation>
    </message>
    <message>
        <source>whole tiles of its picture were hidden</source>
        <extracomment>Why the photo was saved again, in &quot;The photo was saved again at high quality ({reason}).&quot;</extracomment>
        <translation>이미지의 타일이 통째로 가려져 있었음</translation>
    </message>
    <message>
        <source>its picture is stored in another file</source>
        <extracomment>Why the photo was saved again, in &quot;The photo was saved again at high quality ({reason}).&quot;</extracomment>
        <translation>이미지가 다른 파일에 저장되어 있음</translation>
    </message>
    <message>
        <source>its picture is built from data stored elsewhere in the file</source>
        <extracomment>Why the photo was saved again, in &quot;The photo was saved again at high quality ({reason}).&quot;</extracomment>
        <translation>이미지가 파일 안의 다른 곳에 저장된 데이터로 만들어져 있음</translation>
    </message>
    <message>
        <source>its picture data is not where it should be in the file</source>
        <extracomment>Why the photo was saved again, in &quot;The photo was saved again at high quality ({reason}).&quot;</extracomment>
        <translation>이미지 데이터가 파일 안의 제자리에 있지 않음</translation>
    </message>
</context>
<context>
    <name>plain</name>
    <message>
        <source>1 item</source>
        <translation>항목 1개</translation>
    </message>
    <message>
        <source>{count} items</source>
        <translation>항목 {count}개</translation>
    </message>
    <message>
        <source>in the file name: {shown}</source>
        <translation>파일 이름에 있음: {shown}</translation>
    </message>
    <message>
        <source>{values} and {count} more</source>
        <translation>{values} 외 {count}개</translation>
    </message>
    <message>
        <source>{deg}° N</source>
        <translation>북위 {deg}°</translation>
    </message>
    <message>
        <source>{deg}° S</source>
        <translation>남위 {deg}°</translation>
    </message>
    <message>
        <source>{deg}° E</source>
        <translation>동경 {deg}°</translation>
    </message>
    <message>
        <source>{deg}° W</source>
        <translation>서경 {deg}°</translation>
    </message>
    <message>
        <source>serial {number}</source>
        <translation>일련번호 {number}</translation>
    </message>
</context>
<context>
    <name>words</name>
    <message>
        <source>location</source>
        <translation>위치</translation>
    </message>
    <message>
        <source>phone/camera</source>
        <translation>휴대폰/카메라</translation>
    </message>
    <message>
        <source>your name</source>
        <translation>당신의 이름</translation>
    </message>
    <message>
        <source>date</source>
        <translation>날짜</translation>
    </message>
    <message>
        <source>hidden extra image/video</source>
        <translation>숨은 추가 이미지/영상</translation>
    </message>
    <message>
        <source>editing history</source>
        <translation>편집 기록</translation>
    </message>
    <message>
        <source>other hidden data</source>
        <translation>그 밖의 숨은 데이터</translation>
    </message>
    <message>
        <source>Reveals where it was taken or made</source>
        <translation>찍거나 만든 장소가 드러나요</translation>
    </message>
    <message>
        <source>Identifies your phone or camera</source>
        <translation>당신의 휴대폰이나 카메라를 알아볼 수 있어요</translation>
    </message>
    <message>
        <source>Contains a name</source>
        <translation>이름이 들어 있어요</translation>
    </message>
    <message>
        <source>Tells when it was taken or made</source>
        <translation>찍거나 만든 때가 드러나요</translation>
    </message>
    <message>
        <source>Hides an extra picture, video or file</source>
        <translation>추가 이미지, 영상, 파일이 숨어 있어요</translation>
    </message>
    <message>
        <source>Shows editing history or the apps used</source>
        <translation>편집 기록이나 사용한 앱이 드러나요</translation>
    </message>
    <message>
        <source>Other hidden data</source>
        <translation>그 밖의 숨은 데이터</translation>
    </message>
    <message>
        <source>Location</source>
        <translation>위치</translation>
    </message>
    <message>
        <source>Phone or camera</source>
        <translation>휴대폰 또는 카메라</translation>
    </message>
    <message>
        <source>Names</source>
        <translation>이름</translation>
    </message>
    <message>
        <source>Date and time</source>
        <translation>날짜와 시간</translation>
    </message>
    <message>
        <source>Hidden extras</source>
        <translation>숨은 추가 항목</translation>
    </message>
    <message>
        <source>Apps and editing</source>
        <translation>앱과 편집</translation>
    </message>
    <message>
        <source>Other data</source>
        <translation>그 밖의 데이터</translation>
    </message>
    <message>
        <source>Cleaned</source>
        <translation>정리함</translation>
    </message>
    <message>
        <source>Nothing to remove</source>
        <translation>지울 것 없음</translation>
    </message>
    <message>
        <source>Not supported</source>
        <translation>지원하지 않음</translation>
    </message>
    <message>
        <source>Could not be cleaned</source>
        <translation>정리할 수 없음</translation>
    </message>
    <message>
        <source>Cancelled</source>
        <translation>취소됨</translation>
    </message>
    <message>
        <source>removed: {what}</source>
        <translation>지움: {what}</translation>
    </message>
    <message>
        <source>still in the copy: {what}</source>
        <translation>사본에 아직 남아 있음: {what}</translation>
    </message>
    <message>
        <source>This file is damaged or incomplete.</source>
        <translation>이 파일은 손상되었거나 완전하지 않아요.</translation>
    </message>
    <message>
        <source>This type of file is not supported yet.</source>
        <translation>이 종류의 파일은 아직 지원하지 않아요.</translation>
    </message>
    <message>
        <source>This file cannot be found or is not a normal file.</source>
        <translation>이 파일을 찾을 수 없거나 일반 파일이 아니에요.</translation>
    </message>
    <message>
        <source>Scrubber cannot clean this file safely (for example it is too large or protected by a password).</source>
        <translation>Scrubber가 이 파일을 안전하게 정리할 수 없어요(예: 너무 크거나 암호로 보호되어 있음).</translation>
    </message>
    <message>
        <source>The copy could not be written (is the disk full or the folder read-only?)</source>
        <translation>사본을 쓸 수 없었어요(디스크가 가득 찼거나 폴더가 읽기 전용인가요?)</translation>
    </message>
    <message>
        <source>The copy still contained identifying data, so it was deleted.</source>
        <translation>사본에 아직 신원을 알 수 있는 데이터가 있어서 사본을 지웠어요.</translation>
    </message>
    <message>
        <source>Not done: cleaning was cancelled.</source>
        <translation>하지 못함: 정리를 취소했어요.</translation>
    </message>
    <message>
        <source>The areas to cover do not fit this picture, so nothing was written.</source>
        <translation>가릴 영역이 이 사진과 맞지 않아서 아무것도 쓰지 않았어요.</translation>
    </message>
    <message>
        <source>Finding faces automatically does not work on this computer.</source>
        <translation>이 컴퓨터에서는 얼굴 자동 찾기가 작동하지 않아요.</translation>
    </message>
    <message>
        <source>Photos with areas to cover or a weakened camera fingerprint need a copy: turn off “Replace the originals”.</source>
        <translation>가릴 영역이 있거나 카메라 지문을 약하게 한 사진은 사본이 필요해요. “원본 파일 바꾸기”를 끄세요.</translation>
    </message>
    <message>
        <source>This is a link to another file or folder; it was not followed.</source>
        <translation>다른 파일이나 폴더로 가는 링크예요. 따라가지 않았어요.</translation>
    </message>
    <message>
        <source>There is not enough memory to clean this file.</source>
        <translation>메모리가 부족해서 이 파일을 정리할 수 없어요.</translation>
    </message>
    <message>
        <source>This file made Scrubber&apos;s reader crash (the file may be damaged). It was not cleaned.</source>
        <translation>이 파일 때문에 Scrubber의 읽기 기능이 멈췄습니다(파일이 손상되었을 수 있습니다). 정리하지 않았습니다.</translation>
    </message>
    <message>
        <source>Reading this file took far too long (it may be damaged), so it was stopped. It was not cleaned.</source>
        <translation>이 파일을 읽는 데 너무 오래 걸려서(손상되었을 수 있습니다) 중지했습니다. 정리하지 않았습니다.</translation>
    </message>
    <message>
        <source>Something went wrong in Scrubber with this file. Nothing was written.</source>
        <translation>이 파일을 처리하다가 Scrubber에서 문제가 생겼어요. 아무것도 쓰지 않았어요.</translation>
    </message>
</context>
</TS>
