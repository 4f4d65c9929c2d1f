<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="ja">
<context>
    <name>BatchModel</name>
    <message>
        <source>File</source>
        <translation>ファイル</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>種類</translation>
    </message>
    <message>
        <source>What it reveals</source>
        <translation>わかってしまうこと</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>状態</translation>
    </message>
    <message>
        <source>nothing found</source>
        <translation>見つかりませんでした</translation>
    </message>
    <message>
        <source>Link: not followed</source>
        <translation>リンク：たどっていません</translation>
    </message>
    <message>
        <source>Checking…</source>
        <translation>確認中…</translation>
    </message>
    <message>
        <source>Not supported</source>
        <translation>対応していません</translation>
    </message>
    <message>
        <source>Could not be read</source>
        <translation>読み込めませんでした</translation>
    </message>
    <message>
        <source>Cleaning… {percent}%</source>
        <translation>クリーン中… {percent}%</translation>
    </message>
    <message>
        <source>Cleaning…</source>
        <translation>クリーン中…</translation>
    </message>
    <message>
        <source>Ready; areas to cover: {count}</source>
        <translation>準備完了。隠す範囲：{count} か所</translation>
    </message>
    <message>
        <source>Ready</source>
        <translation>準備完了</translation>
    </message>
</context>
<context>
    <name>ClipEditor</name>
    <message>
        <source>&amp;Time in the clip</source>
        <translation>動画内の時間(&amp;T)</translation>
    </message>
    <message>
        <source>Time in the clip</source>
        <translation>動画内の時間</translation>
    </message>
    <message>
        <source>Frame of the clip</source>
        <translation>動画のコマ</translation>
    </message>
    <message>
        <source>From this f&amp;rame</source>
        <translation>このコマから(&amp;R)</translation>
    </message>
    <message>
        <source>The selected areas (or all) are covered from this frame on</source>
        <translation>選んだ範囲（またはすべての範囲）をこのコマから隠します</translation>
    </message>
    <message>
        <source>Until t&amp;his frame</source>
        <translation>このコマまで(&amp;H)</translation>
    </message>
    <message>
        <source>The selected areas (or all) are covered up to this frame</source>
        <translation>選んだ範囲（またはすべての範囲）をこのコマまで隠します</translation>
    </message>
    <message>
        <source>Whole cli&amp;p</source>
        <translation>動画全体(&amp;P)</translation>
    </message>
    <message>
        <source>The selected areas (or all) are covered in every frame</source>
        <translation>選んだ範囲（またはすべての範囲）をすべてのコマで隠します</translation>
    </message>
    <message>
        <source>{name} ({start} to {end} s)</source>
        <translation>{name}（{start}～{end} 秒）</translation>
    </message>
    <message>
        <source>Areas cover every frame of the clip. Faces move: to cover them in every frame, turn on “Cover the faces found in photos and clips” in the main window.</source>
        <translation>範囲は動画のすべてのコマで隠されます。顔は動きます。すべてのコマで顔を隠すには、メイン画面で「写真や動画で見つかった顔を隠す」をオンにしてください。</translation>
    </message>
    <message>
        <source>Face detection is not available ({reason}).</source>
        <translation>顔の検出は使えません（{reason}）。</translation>
    </message>
    <message>
        <source>Looking for faces…</source>
        <translation>顔を探しています…</translation>
    </message>
    <message>
        <source>Faces seen in this frame (dashed outlines): {count}.</source>
        <translation>このコマで見つかった顔（点線の枠）：{count}。</translation>
    </message>
</context>
<context>
    <name>DetailsPane</name>
    <message>
        <source>Details: {detail}</source>
        <translation>詳細：{detail}</translation>
    </message>
    <message>
        <source>Details of the selected file</source>
        <translation>選んだファイルの詳細</translation>
    </message>
    <message>
        <source>File type</source>
        <translation>ファイルの種類</translation>
    </message>
    <message>
        <source>Before</source>
        <translation>クリーン前</translation>
    </message>
    <message>
        <source>After</source>
        <translation>クリーン後</translation>
    </message>
    <message>
        <source>Picture before cleaning</source>
        <translation>クリーン前の画像</translation>
    </message>
    <message>
        <source>Picture of the clean copy</source>
        <translation>クリーンなコピーの画像</translation>
    </message>
    <message>
        <source>Before: what the file gives away</source>
        <translation>クリーン前：ファイルからわかってしまうこと</translation>
    </message>
    <message>
        <source>After: the clean copy</source>
        <translation>クリーン後：クリーンなコピー</translation>
    </message>
    <message>
        <source>Something that could identify you is still in the copy. Do not post it. The list below shows what remains.</source>
        <translation>コピーにはまだ、あなたが誰かわかってしまう情報が残っています。投稿しないでください。残っている内容は下の一覧のとおりです。</translation>
    </message>
    <message>
        <source>Found in the file before cleaning</source>
        <translation>クリーン前にファイルで見つかったもの</translation>
    </message>
    <message>
        <source>The clean copy: what was removed and what remains</source>
        <translation>クリーンなコピー：削除したものと残っているもの</translation>
    </message>
    <message>
        <source>What</source>
        <translation>項目</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>値</translation>
    </message>
    <message>
        <source>Select a file in the list to see what it gives away.</source>
        <translation>一覧からファイルを選ぶと、そのファイルから何がわかってしまうかが表示されます。</translation>
    </message>
    <message>
        <source>Technical details: every tag and value</source>
        <translation>技術的な詳細：すべてのタグと値</translation>
    </message>
    <message>
        <source>Result</source>
        <translation>結果</translation>
    </message>
    <message>
        <source>Areas to cover</source>
        <translation>隠す範囲</translation>
    </message>
    <message>
        <source>Details of the problem</source>
        <translation>問題の詳細</translation>
    </message>
    <message>
        <source>1 area will be covered</source>
        <translation>1 か所を隠します</translation>
    </message>
    <message>
        <source>{count} areas will be covered</source>
        <translation>{count} か所を隠します</translation>
    </message>
    <message>
        <source>Checking this file…</source>
        <translation>このファイルを確認しています…</translation>
    </message>
    <message>
        <source>Nothing found that could identify you.</source>
        <translation>あなたが誰かわかってしまう情報は見つかりませんでした。</translation>
    </message>
    <message>
        <source>1 thing found that could identify you.</source>
        <translation>あなたが誰かわかってしまう情報が 1 件見つかりました。</translation>
    </message>
    <message>
        <source>{count} things found that could identify you.</source>
        <translation>あなたが誰かわかってしまう情報が {count} 件見つかりました。</translation>
    </message>
    <message>
        <source>No clean copy can be made because the file could not be read.</source>
        <translation>ファイルを読み込めなかったため、クリーンなコピーを作れません。</translation>
    </message>
    <message>
        <source>Cleaning…</source>
        <translation>クリーン中…</translation>
    </message>
    <message>
        <source>Not cleaned yet. Press Clean to make a safe copy.</source>
        <translation>まだクリーンしていません。「クリーン」を押すと安全なコピーを作ります。</translation>
    </message>
    <message>
        <source>Saved as: {name}</source>
        <translation>保存したファイル名：{name}</translation>
    </message>
    <message>
        <source>Faces found and covered: {count}. Check the picture of the copy.</source>
        <translation>見つけて隠した顔：{count}。コピーの画像を確認してください。</translation>
    </message>
    <message>
        <source>Checked again: nothing that could identify you was found.</source>
        <translation>もう一度確認しました：あなたが誰かわかってしまう情報は見つかりませんでした。</translation>
    </message>
    <message>
        <source>Still in the copy</source>
        <translation>コピーにまだ残っているもの</translation>
    </message>
    <message>
        <source>Removed</source>
        <translation>削除済み</translation>
    </message>
    <message>
        <source>still in the copy</source>
        <translation>コピーにまだ残っています</translation>
    </message>
    <message>
        <source>removed</source>
        <translation>削除済み</translation>
    </message>
    <message>
        <source>removed, not checked</source>
        <translation>削除済み（再確認なし）</translation>
    </message>
    <message>
        <source>What the clean copy no longer gives away</source>
        <translation>クリーンなコピーからはもうわからないこと</translation>
    </message>
    <message>
        <source>will be removed</source>
        <translation>削除します</translation>
    </message>
    <message>
        <source>not removed</source>
        <translation>削除されていません</translation>
    </message>
    <message>
        <source>What the file gives away</source>
        <translation>ファイルからわかってしまうこと</translation>
    </message>
    <message>
        <source>kept</source>
        <translation>残しました</translation>
    </message>
    <message>
        <source>Good to know:</source>
        <translation>知っておきたいこと：</translation>
    </message>
    <message>
        <source>which way up the photo is</source>
        <translation>写真の向き</translation>
    </message>
    <message>
        <source>a standard colour profile</source>
        <translation>標準的なカラープロファイル</translation>
    </message>
    <message>
        <source>harmless technical data</source>
        <translation>害のない技術的なデータ</translation>
    </message>
    <message>
        <source>Hide technical details</source>
        <translation>技術的な詳細を隠す</translation>
    </message>
    <message>
        <source>Show technical details</source>
        <translation>技術的な詳細を表示</translation>
    </message>
    <message>
        <source>Kept: needed to show the photo the right way up</source>
        <translation>残しました：写真を正しい向きで表示するために必要です</translation>
    </message>
    <message>
        <source>Kept: a standard colour profile, so colours look right</source>
        <translation>残しました：標準的なカラープロファイルです（色を正しく表示するため）</translation>
    </message>
    <message>
        <source>Kept</source>
        <translation>残しました</translation>
    </message>
    <message>
        <source>Loading preview…</source>
        <translation>プレビューを読み込み中…</translation>
    </message>
    <message>
        <source>No preview for this kind of file</source>
        <translation>この種類のファイルはプレビューできません</translation>
    </message>
    <message>
        <source>This picture could not be read: the file may be damaged</source>
        <translation>この画像を読み込めませんでした：ファイルが壊れている可能性があります</translation>
    </message>
    <message>
        <source>The clean copy will appear here</source>
        <translation>クリーンなコピーはここに表示されます</translation>
    </message>
    <message>
        <source>No copy was made</source>
        <translation>コピーは作られませんでした</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>Photos and pictures ({patterns})</source>
        <translation>写真・画像 ({patterns})</translation>
    </message>
    <message>
        <source>Sound recordings ({patterns})</source>
        <translation>録音 ({patterns})</translation>
    </message>
    <message>
        <source>Videos ({patterns})</source>
        <translation>動画 ({patterns})</translation>
    </message>
    <message>
        <source>Documents ({patterns})</source>
        <translation>文書 ({patterns})</translation>
    </message>
    <message>
        <source>Files Scrubber can clean ({patterns})</source>
        <translation>Scrubber でクリーンできるファイル ({patterns})</translation>
    </message>
    <message>
        <source>All files (*)</source>
        <translation>すべてのファイル (*)</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>ファイル(&amp;F)</translation>
    </message>
    <message>
        <source>&amp;Language</source>
        <translation>言語(&amp;L)</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>ヘルプ(&amp;H)</translation>
    </message>
    <message>
        <source>&amp;Add files…</source>
        <translation>ファイルを追加(&amp;A)…</translation>
    </message>
    <message>
        <source>Add fold&amp;er…</source>
        <translation>フォルダーを追加(&amp;D)…</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>終了(&amp;Q)</translation>
    </message>
    <message>
        <source>&amp;Clean</source>
        <translation>クリーン(&amp;C)</translation>
    </message>
    <message>
        <source>Ca&amp;ncel</source>
        <translation>キャンセル(&amp;N)</translation>
    </message>
    <message>
        <source>Remo&amp;ve from list</source>
        <translation>一覧から外す(&amp;R)</translation>
    </message>
    <message>
        <source>H&amp;ide faces and areas…</source>
        <translation>顔や範囲を隠す(&amp;I)…</translation>
    </message>
    <message>
        <source>&amp;Why this matters</source>
        <translation>なぜ大切なのか(&amp;W)</translation>
    </message>
    <message>
        <source>&amp;About Scrubber</source>
        <translation>Scrubber について(&amp;B)</translation>
    </message>
    <message>
        <source>Scrubber: remove hidden data from photos</source>
        <translation>Scrubber：写真から隠れたデータを取り除く</translation>
    </message>
    <message>
        <source>Add files</source>
        <translation>ファイルを追加</translation>
    </message>
    <message>
        <source>Add a folder</source>
        <translation>フォルダーを追加</translation>
    </message>
    <message>
        <source>Why this matters</source>
        <translation>なぜ大切なのか</translation>
    </message>
    <message>
        <source>Hide faces and areas</source>
        <translation>顔や範囲を隠す</translation>
    </message>
    <message>
        <source>Remo&amp;ve</source>
        <translation>外す(&amp;R)</translation>
    </message>
    <message>
        <source>Remove the selected files</source>
        <translation>選んだファイルを一覧から外す</translation>
    </message>
    <message>
        <source>Clear lis&amp;t</source>
        <translation>一覧を空にする(&amp;E)</translation>
    </message>
    <message>
        <source>Clear the list</source>
        <translation>一覧を空にする</translation>
    </message>
    <message>
        <source>Cover faces, tattoos or anything else in the selected photo or clip (Enter)</source>
        <translation>選んだ写真や動画の顔、タトゥー、そのほか何でも隠す (Enter)</translation>
    </message>
    <message>
        <source>or drop photos and folders onto the list below.</source>
        <translation>または、写真やフォルダーを下の一覧にドロップしてください。</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>言語</translation>
    </message>
    <message>
        <source>Files to clean</source>
        <translation>クリーンするファイル</translation>
    </message>
    <message>
        <source>Drop photos or folders here.

Scrubber shows what each file gives away about you, then writes clean copies. Your originals are not changed.</source>
        <translation>ここに写真やフォルダーをドロップしてください。

Scrubber は、それぞれのファイルからあなたについて何がわかってしまうかを表示し、クリーンなコピーを保存します。元のファイルは変更されません。</translation>
    </message>
    <message>
        <source>Stopping: files being cleaned now are left as they were…</source>
        <translation>停止中：いまクリーンしているファイルは元のままになります…</translation>
    </message>
    <message>
        <source>Details of the selected file</source>
        <translation>選んだファイルの詳細</translation>
    </message>
    <message>
        <source>Language:</source>
        <translation>言語：</translation>
    </message>
    <message>
        <source>Add files to clean</source>
        <translation>クリーンするファイルを追加</translation>
    </message>
    <message>
        <source>Add a folder to clean</source>
        <translation>クリーンするフォルダーを追加</translation>
    </message>
    <message>
        <source>About Scrubber</source>
        <translation>Scrubber について</translation>
    </message>
    <message>
        <source>Scrubber {version}

Removes hidden data from photos. Works offline: nothing is ever sent anywhere, and no list of your files is kept.</source>
        <translation>Scrubber {version}

写真から隠れたデータを取り除きます。オフラインで動作します。どこにも何も送信せず、あなたのファイルの一覧も保存しません。</translation>
    </message>
    <message>
        <source>Replace the original files?</source>
        <translation>元のファイルを置き換えますか？</translation>
    </message>
    <message>
        <source>Your original files will be overwritten with the cleaned versions. This cannot be undone: the originals, with everything they contain, will be gone.

Photos with areas to cover still need a copy.

Replace the originals?</source>
        <translation>元のファイルはクリーンしたものに上書きされます。元に戻すことはできません。元のファイルは、その中身ごとすべてなくなります。

隠す範囲がある写真は、この場合もコピーが必要です。

元のファイルを置き換えますか？</translation>
    </message>
    <message>
        <source>Choose where to save the clean copies</source>
        <translation>クリーンなコピーの保存先を選ぶ</translation>
    </message>
    <message>
        <source>Every file in the list has been cleaned already.</source>
        <translation>一覧のファイルはすべてクリーン済みです。</translation>
    </message>
    <message>
        <source>Cannot create the output folder</source>
        <translation>保存先フォルダーを作れません</translation>
    </message>
    <message>
        <source>The clean copies cannot be saved there ({reason}). Choose another folder with “Choose…”.</source>
        <translation>そこにはクリーンなコピーを保存できません（{reason}）。「選ぶ…」で別のフォルダーを選んでください。</translation>
    </message>
    <message>
        <source>Cleaning…</source>
        <translation>クリーン中…</translation>
    </message>
</context>
<context>
    <name>OptionsBox</name>
    <message>
        <source>Options</source>
        <translation>オプション</translation>
    </message>
    <message>
        <source>({count} on)</source>
        <translation>（オン：{count}）</translation>
    </message>
    <message>
        <source>&amp;More options</source>
        <translation>その他のオプション(&amp;M)</translation>
    </message>
    <message>
        <source>More options</source>
        <translation>その他のオプション</translation>
    </message>
    <message>
        <source>Show or hide the options for the copies</source>
        <translation>コピーのオプションを表示する／隠す</translation>
    </message>
    <message>
        <source>&amp;Give the copies random file names</source>
        <translation>コピーのファイル名をランダムにする(&amp;G)</translation>
    </message>
    <message>
        <source>File names from phones often contain the date and time the photo was taken.</source>
        <translation>スマホで撮った写真のファイル名には、撮影した日時が入っていることがよくあります。</translation>
    </message>
    <message>
        <source>&amp;Keep file names that show the date or the phone</source>
        <translation>日付やスマホがわかるファイル名をそのままにする(&amp;K)</translation>
    </message>
    <message>
        <source>Off: a copy of a file named like IMG_20240611_143207.jpg gets a name like photo-1f0c9a2e.jpg instead, so its name does not show when it was taken or with which phone.</source>
        <translation>オフのとき：IMG_20240611_143207.jpg のような名前のファイルのコピーは、photo-1f0c9a2e.jpg のような名前になります。名前から撮影日時や使ったスマホがわからなくなります。</translation>
    </message>
    <message>
        <source>Convert HEIC photos to &amp;JPEG</source>
        <translation>HEIC の写真を JPEG に変換する(&amp;J)</translation>
    </message>
    <message>
        <source>Remove colour &amp;profiles (colours may shift slightly)</source>
        <translation>カラープロファイルを削除する(&amp;P)（色が少し変わることがあります）</translation>
    </message>
    <message>
        <source>T&amp;urn PDF pages into pictures (strongest; text can no longer be selected)</source>
        <translation>PDF のページを画像にする(&amp;V)（最も強力。文字は選択できなくなります）</translation>
    </message>
    <message>
        <source>Removes everything hidden in a PDF&apos;s text and drawings too. The copy is larger and its text cannot be searched or copied.</source>
        <translation>PDF の文字や図形に隠れているものもすべて取り除きます。コピーのサイズは大きくなり、文字の検索やコピーはできなくなります。</translation>
    </message>
    <message>
        <source>Cover the faces found in photos and clips (check each cop&amp;y)</source>
        <translation>写真や動画で見つかった顔を隠す（コピーを1つずつ確認してください）(&amp;Y)</translation>
    </message>
    <message>
        <source>Faces found automatically are covered in black in the copies. Detection can miss faces: look at each copy&apos;s picture in the details.</source>
        <translation>自動で見つかった顔は、コピーでは黒く塗りつぶされます。検出では見落とす顔もあります。詳細でそれぞれのコピーの画像を見てください。</translation>
    </message>
    <message>
        <source>&amp;Quick face search (misses small faces)</source>
        <translation>顔をすばやく探す（小さな顔は見落とします）(&amp;Q)</translation>
    </message>
    <message>
        <source>Faster, but faces smaller than about 60 pixels in a large photo are not found. Used here and in Hide faces and areas.</source>
        <translation>速くなりますが、大きな写真でおよそ 60 ピクセルより小さい顔は見つかりません。ここと「顔や範囲を隠す」で使われます。</translation>
    </message>
    <message>
        <source>Remove hidden slides, sheets and te&amp;xt, and speaker notes, from documents</source>
        <translation>文書の隠れたスライド・シート・テキストと発表者ノートを削除する(&amp;X)</translation>
    </message>
    <message>
        <source>Documents can hold slides, sheets and text that are not shown, and notes only the speaker sees. Without this they are kept, and the summary says where they are.</source>
        <translation>文書には、表示されないスライド、シート、テキストや、発表者だけが見るノートが含まれていることがあります。オフのときは残され、どこにあるかを概要に表示します。</translation>
    </message>
    <message>
        <source>Weaken the camera fingerprint in photos (saved again, a &amp;bit smaller)</source>
        <translation>写真のカメラの指紋を弱める（保存し直して、少し小さくします）(&amp;Z)</translation>
    </message>
    <message>
        <source>Every camera leaves a faint pattern in its photos that can link them to each other. This softens each photo slightly and makes it 3% smaller: the pattern gets weaker, but it is not removed. Photos are saved again instead of copied unchanged.</source>
        <translation>カメラはどれも、撮った写真にかすかな模様を残します。この模様で写真どうしが結びつけられることがあります。このオプションは写真を少しぼかし、3 パーセント小さくします。模様は弱くなりますが、消えるわけではありません。写真はそのままコピーされず、保存し直されます。</translation>
    </message>
    <message>
        <source>&amp;Replace the originals (no copies; cannot be undone)</source>
        <translation>元のファイルを置き換える(&amp;T)（コピーなし。元に戻せません）</translation>
    </message>
</context>
<context>
    <name>OutputBox</name>
    <message>
        <source>Save clean copies in:</source>
        <translation>クリーンなコピーの保存先：</translation>
    </message>
    <message>
        <source>Output folder</source>
        <translation>保存先フォルダー</translation>
    </message>
    <message>
        <source>Choo&amp;se…</source>
        <translation>選ぶ(&amp;S)…</translation>
    </message>
    <message>
        <source>Choose the output folder</source>
        <translation>保存先フォルダーを選ぶ</translation>
    </message>
    <message>
        <source>Use &amp;default</source>
        <translation>標準に戻す(&amp;U)</translation>
    </message>
    <message>
        <source>Use the default output folder</source>
        <translation>標準の保存先フォルダーを使う</translation>
    </message>
    <message>
        <source>The original files will be replaced.</source>
        <translation>元のファイルが置き換えられます。</translation>
    </message>
    <message>
        <source>The folder “{name}” next to the originals, with the copies made so far.</source>
        <translation>元のファイルと同じ場所にあるフォルダー「{name}」（これまでに作ったコピーが入っています）。</translation>
    </message>
    <message>
        <source>A new folder next to the originals, named “{name}”.</source>
        <translation>元のファイルと同じ場所に作る新しいフォルダー「{name}」。</translation>
    </message>
</context>
<context>
    <name>QAbstractFileIconProvider</name>
    <message>
        <source>Drive</source>
        <translation>ドライブ</translation>
    </message>
    <message>
        <source>Folder</source>
        <translation>フォルダー</translation>
    </message>
</context>
<context>
    <name>QFileDialog</name>
    <message>
        <source>%1
Directory not found.
Please verify the correct directory name was given.</source>
        <translation>%1
ディレクトリが見つかりません。
正しいディレクトリ名が入力されているかを確認してください。</translation>
    </message>
    <message>
        <source>%1
File not found.
Please verify the correct file name was given.</source>
        <translation>%1
ファイルが見つかりません。
正しいファイル名が入力されているかを確認してください。</translation>
    </message>
    <message>
        <source>&amp;Choose</source>
        <translation>選択(&amp;C)</translation>
    </message>
    <message>
        <source>&amp;Delete</source>
        <translation>削除(&amp;D)</translation>
    </message>
    <message>
        <source>&amp;Look in:</source>
        <translation>場所(&amp;L):</translation>
    </message>
    <message>
        <source>&amp;New Folder</source>
        <translation>新しいフォルダ(&amp;N)</translation>
    </message>
    <message>
        <source>&amp;Open</source>
        <translation>開く(&amp;O)</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>開く</translation>
    </message>
    <message>
        <source>&amp;Rename</source>
        <translation>名前の変更(&amp;R)</translation>
    </message>
    <message>
        <source>All Files (*)</source>
        <translation>すべてのファイル(*)</translation>
    </message>
    <message>
        <source>Are you sure you want to delete &apos;%1&apos;?</source>
        <translation>&apos;%1&apos; を本当に削除しますか?</translation>
    </message>
    <message>
        <source>Back</source>
        <translation>戻る</translation>
    </message>
    <message>
        <source>Change to detail view mode</source>
        <translation>詳細表示モードへ変更</translation>
    </message>
    <message>
        <source>Change to list view mode</source>
        <translation>リスト表示モードへ変更</translation>
    </message>
    <message>
        <source>Create New Folder</source>
        <translation>新しいフォルダの作成</translation>
    </message>
    <message>
        <source>Create a New Folder</source>
        <translation>新しいフォルダの作成</translation>
    </message>
    <message>
        <source>Detail View</source>
        <translation>詳細表示</translation>
    </message>
    <message>
        <source>Directories</source>
        <translation>ディレクトリ</translation>
    </message>
    <message>
        <source>Directory:</source>
        <translation>ディレクトリ:</translation>
    </message>
    <message>
        <source>File &amp;name:</source>
        <translation>ファイル名(&amp;N):</translation>
    </message>
    <message>
        <source>Files</source>
        <translation>ファイル</translation>
    </message>
    <message>
        <source>Files of &amp;type:</source>
        <translation>ファイルの種類(&amp;T):</translation>
    </message>
    <message>
        <source>Forward</source>
        <translation>進む</translation>
    </message>
    <message>
        <source>Go back</source>
        <translation>戻る</translation>
    </message>
    <message>
        <source>Go forward</source>
        <translation>進む</translation>
    </message>
    <message>
        <source>Go to the parent directory</source>
        <translation>親ディレクトリへ移動</translation>
    </message>
    <message>
        <source>List View</source>
        <translation>一覧表示</translation>
    </message>
    <message>
        <source>List of places and bookmarks</source>
        <translation>アドレスやブックマークのリスト</translation>
    </message>
    <message>
        <source>Parent Directory</source>
        <translation>親ディレクトリ</translation>
    </message>
    <message>
        <source>Show &amp;hidden files</source>
        <translation>隠しファイルの表示(&amp;H)</translation>
    </message>
    <message>
        <source>Show </source>
        <translation>表示</translation>
    </message>
    <message>
        <source>Sidebar</source>
        <translation>サイドバー</translation>
    </message>
</context>
<context>
    <name>QFileSystemModel</name>
    <message>
        <source>Computer</source>
        <translation>コンピュータ</translation>
    </message>
    <message>
        <source>Date Modified</source>
        <translation>更新日</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>名前</translation>
    </message>
    <message>
        <source>Size</source>
        <translation>サイズ</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>タイプ</translation>
    </message>
</context>
<context>
    <name>QLineEdit</name>
    <message>
        <source>&amp;Copy</source>
        <translation>コピー(&amp;C)</translation>
    </message>
    <message>
        <source>&amp;Paste</source>
        <translation>貼り付け(&amp;P)</translation>
    </message>
    <message>
        <source>&amp;Redo</source>
        <translation>やり直す(&amp;R)</translation>
    </message>
    <message>
        <source>&amp;Undo</source>
        <translation>元に戻す(&amp;U)</translation>
    </message>
    <message>
        <source>Cu&amp;t</source>
        <translation>切り取り(&amp;T)</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>削除</translation>
    </message>
    <message>
        <source>Select All</source>
        <translation>すべてを選択</translation>
    </message>
</context>
<context>
    <name>QMessageBox</name>
    <message>
        <source>Show Details...</source>
        <translation>詳細を表示...</translation>
    </message>
</context>
<context>
    <name>QPlatformTheme</name>
    <message>
        <source>&amp;No</source>
        <translation>いいえ(&amp;N)</translation>
    </message>
    <message>
        <source>&amp;Yes</source>
        <translation>はい(&amp;Y)</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>キャンセル</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>閉じる</translation>
    </message>
    <message>
        <source>OK</source>
        <translation>OK</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>開く</translation>
    </message>
</context>
<context>
    <name>RedactionEditor</name>
    <message>
        <source>Press Esc again to close without your changes, or Enter to use them.</source>
        <translation>変更せずに閉じるにはもう一度 Esc を、変更を使うには Enter を押してください。</translation>
    </message>
    <message>
        <source>Hide faces and areas — {name}</source>
        <translation>顔や範囲を隠す — {name}</translation>
    </message>
    <message>
        <source>Select and move</source>
        <translation>選択と移動</translation>
    </message>
    <message>
        <source>Rectangle</source>
        <translation>四角形</translation>
    </message>
    <message>
        <source>Ellipse</source>
        <translation>楕円</translation>
    </message>
    <message>
        <source>Brush</source>
        <translation>ブラシ</translation>
    </message>
    <message>
        <source>Add area</source>
        <translation>範囲を追加</translation>
    </message>
    <message>
        <source>Add an area in the middle of the view, to move with the arrow keys (N)</source>
        <translation>表示の中央に範囲を追加します。矢印キーで動かせます (N)</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>削除</translation>
    </message>
    <message>
        <source>Del</source>
        <translation>Del</translation>
    </message>
    <message>
        <source>Undo</source>
        <translation>元に戻す</translation>
    </message>
    <message>
        <source>Redo</source>
        <translation>やり直す</translation>
    </message>
    <message>
        <source>Zoom out</source>
        <translation>縮小</translation>
    </message>
    <message>
        <source>Zoom in</source>
        <translation>拡大</translation>
    </message>
    <message>
        <source>Fit</source>
        <translation>全体を表示</translation>
    </message>
    <message>
        <source>Preview</source>
        <translation>プレビュー</translation>
    </message>
    <message>
        <source>Show exactly what will be written (P)</source>
        <translation>保存される内容をそのまま表示 (P)</translation>
    </message>
    <message>
        <source>Brush &amp;width</source>
        <translation>ブラシの太さ(&amp;W)</translation>
    </message>
    <message>
        <source>Brush width</source>
        <translation>ブラシの太さ</translation>
    </message>
    <message>
        <source>Drawing tools</source>
        <translation>描画ツール</translation>
    </message>
    <message>
        <source>Undo, zoom and preview</source>
        <translation>元に戻す・拡大縮小・プレビュー</translation>
    </message>
    <message>
        <source>Photo</source>
        <translation>写真</translation>
    </message>
    <message>
        <source>Draw areas to cover with the mouse or the keyboard. Ctrl and the mouse wheel zoom; hold Space to pan.</source>
        <translation>隠す範囲をマウスかキーボードで描いてください。Ctrl を押しながらマウスホイールで拡大縮小、スペースキーを押したままで表示を動かせます。</translation>
    </message>
    <message>
        <source>&amp;Areas to cover (untick to leave uncovered)</source>
        <translation>隠す範囲(&amp;A)（チェックを外すと隠しません）</translation>
    </message>
    <message>
        <source>Areas to cover</source>
        <translation>隠す範囲</translation>
    </message>
    <message>
        <source>Automatic detection can miss faces — check every face yourself, including faces in mirrors, pictures and screens.</source>
        <translation>自動検出では見落とす顔もあります。鏡や写真、画面に映った顔も含めて、すべての顔を自分で確認してください。</translation>
    </message>
    <message>
        <source>Find &amp;small faces</source>
        <translation>小さな顔を探す(&amp;S)</translation>
    </message>
    <message>
        <source>Find small faces</source>
        <translation>小さな顔を探す</translation>
    </message>
    <message>
        <source>Look again for small faces, for group photos (slower)</source>
        <translation>集合写真のために、小さな顔をもう一度探します（時間がかかります）</translation>
    </message>
    <message>
        <source>How to cover</source>
        <translation>隠し方</translation>
    </message>
    <message>
        <source>Solid &amp;fill (safest)</source>
        <translation>塗りつぶし(&amp;F)（最も安全）</translation>
    </message>
    <message>
        <source>Strong &amp;mosaic</source>
        <translation>粗いモザイク(&amp;M)</translation>
    </message>
    <message>
        <source>B&amp;lur (wiped first; a few average colours stay)</source>
        <translation>ぼかし(&amp;L)（先に消去。平均的な色がいくつか残ります）</translation>
    </message>
    <message>
        <source>Fill &amp;colour…</source>
        <translation>塗りつぶしの色(&amp;C)…</translation>
    </message>
    <message>
        <source>Fill colour</source>
        <translation>塗りつぶしの色</translation>
    </message>
    <message>
        <source>&amp;Use these areas</source>
        <translation>この範囲を使う(&amp;U)</translation>
    </message>
    <message>
        <source>Use these areas</source>
        <translation>この範囲を使う</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>キャンセル</translation>
    </message>
    <message>
        <source>{action} ({key})</source>
        <translation>{action} ({key})</translation>
    </message>
    <message>
        <source>Keyboard: N adds an area, arrows move it (Shift: further), Ctrl+arrows resize it, [ and ] pick another, Delete removes it.</source>
        <translation>キーボード：N で範囲を追加、矢印キーで移動（Shift で大きく移動）、Ctrl+矢印キーでサイズ変更、[ と ] で別の範囲を選択、Del で削除。</translation>
    </message>
    <message>
        <source>Face {n} (found automatically)</source>
        <translation>顔 {n}（自動で検出）</translation>
    </message>
    <message>
        <source>Rectangle {n}</source>
        <translation>四角形 {n}</translation>
    </message>
    <message>
        <source>Ellipse {n}</source>
        <translation>楕円 {n}</translation>
    </message>
    <message>
        <source>Brush stroke {n}</source>
        <translation>ブラシの線 {n}</translation>
    </message>
    <message>
        <source>Shape {n}</source>
        <translation>図形 {n}</translation>
    </message>
    <message>
        <source>Loading…</source>
        <translation>読み込み中…</translation>
    </message>
    <message>
        <source>Making the preview…</source>
        <translation>プレビューを作成中…</translation>
    </message>
    <message>
        <source>Preview: this is what will be written.</source>
        <translation>プレビュー：このとおりに保存されます。</translation>
    </message>
    <message>
        <source>Draw over anything that could identify you: faces, tattoos, marks.</source>
        <translation>あなたが誰かわかってしまうものは、すべて塗りつぶしてください：顔、タトゥー、あざや傷あと。</translation>
    </message>
    <message>
        <source>Looking for faces…</source>
        <translation>顔を探しています…</translation>
    </message>
    <message>
        <source>Looking for small faces… this takes longer.</source>
        <translation>小さな顔を探しています…少し時間がかかります。</translation>
    </message>
    <message>
        <source>Face detection is not available ({reason}). Mark faces yourself.</source>
        <translation>顔の検出は使えません（{reason}）。顔は自分で囲んでください。</translation>
    </message>
    <message>
        <source>No faces were found automatically.</source>
        <translation>自動では顔が見つかりませんでした。</translation>
    </message>
    <message>
        <source>Faces found automatically: {count}.</source>
        <translation>自動で見つかった顔：{count}。</translation>
    </message>
    <message>
        <source>its files are missing or damaged</source>
        <translation>必要なファイルがないか、壊れています</translation>
    </message>
    <message>
        <source>There is not enough memory to open this photo.</source>
        <translation>メモリが足りないため、この写真を開けません。</translation>
    </message>
    <message>
        <source>The photo could not be opened.</source>
        <translation>写真を開けませんでした。</translation>
    </message>
</context>
<context>
    <name>RunBar</name>
    <message>
        <source>Ca&amp;ncel</source>
        <translation>キャンセル(&amp;N)</translation>
    </message>
    <message>
        <source>Cancel cleaning</source>
        <translation>クリーンをキャンセル</translation>
    </message>
    <message>
        <source>&amp;Clean</source>
        <translation>クリーン(&amp;C)</translation>
    </message>
    <message>
        <source>Clean all files in the list</source>
        <translation>一覧のファイルをすべてクリーン</translation>
    </message>
    <message>
        <source>&amp;Open output folder</source>
        <translation>保存先フォルダーを開く(&amp;O)</translation>
    </message>
    <message>
        <source>Open output folder</source>
        <translation>保存先フォルダーを開く</translation>
    </message>
    <message>
        <source>Write clean copies of all files (Ctrl+Enter)</source>
        <translation>すべてのファイルのクリーンなコピーを保存 (Ctrl+Enter)</translation>
    </message>
    <message>
        <source>Stop now; files not finished are left as they were (Esc)</source>
        <translation>今すぐ停止します。終わっていないファイルは元のままです (Esc)</translation>
    </message>
    <message>
        <source>Cleaning progress</source>
        <translation>クリーンの進み具合</translation>
    </message>
    <message>
        <source>%v of %m files</source>
        <translation>%v / %m ファイル</translation>
    </message>
    <message>
        <source>Summary</source>
        <translation>概要</translation>
    </message>
</context>
<context>
    <name>SafetyGuide</name>
    <message>
        <source>Why this matters</source>
        <translation>なぜ大切なのか</translation>
    </message>
    <message>
        <source>Safety guide</source>
        <translation>安全ガイド</translation>
    </message>
    <message>
        <source>&amp;Close</source>
        <translation>閉じる(&amp;C)</translation>
    </message>
    <message>
        <source>Close the safety guide</source>
        <translation>安全ガイドを閉じる</translation>
    </message>
    <message>
        <source>What your photos and files can give away</source>
        <translation>写真やファイルからわかってしまうこと</translation>
    </message>
    <message>
        <source>Photos from phones and cameras carry hidden details. Anyone who gets the file can read them:</source>
        <translation>スマホやカメラで撮った写真には、隠れた情報が入っています。ファイルを手に入れた人なら誰でも読めます：</translation>
    </message>
    <message>
        <source>Where the photo was taken, often to within a few metres.</source>
        <translation>写真を撮った場所。数メートル以内までわかることもよくあります。</translation>
    </message>
    <message>
        <source>Which phone or camera took it, sometimes with its serial number.</source>
        <translation>撮影に使ったスマホやカメラ。製造番号まで入っていることもあります。</translation>
    </message>
    <message>
        <source>Your name, if it is set in the phone, camera or editing app.</source>
        <translation>あなたの名前（スマホ、カメラ、編集アプリに設定している場合）。</translation>
    </message>
    <message>
        <source>The date and time it was taken.</source>
        <translation>撮影した日時。</translation>
    </message>
    <message>
        <source>A hidden small copy of the original photo. It can show what you cropped out or covered.</source>
        <translation>元の写真の小さなコピーが隠れて入っています。切り取ったところや隠したところが見えてしまうことがあります。</translation>
    </message>
    <message>
        <source>Scrubber removes these details from a copy of the file. Your original stays as it is, unless you choose to replace it.</source>
        <translation>Scrubber は、ファイルのコピーからこうした情報を取り除きます。置き換えることを選ばない限り、元のファイルはそのままです。</translation>
    </message>
    <message>
        <source>Documents such as PDF and Word files can hold the author&apos;s name, the computer&apos;s name and the editing history. Videos and voice recordings can hold the place and the device.</source>
        <translation>PDF や Word などの文書には、作成者の名前、パソコンの名前、編集の履歴が入っていることがあります。動画や録音には、場所や機器の情報が入っていることがあります。</translation>
    </message>
    <message>
        <source>If Scrubber says a file is not supported or could not be cleaned, do not share that file as it is.</source>
        <translation>Scrubber が「対応していません」や「クリーンできませんでした」と表示したファイルは、そのまま共有しないでください。</translation>
    </message>
    <message>
        <source>Blur in other apps can be undone</source>
        <translation>ほかのアプリのぼかしは元に戻せることがあります</translation>
    </message>
    <message>
        <source>Blur and small pixelation made by other apps can be undone by software. Scrubber&apos;s blur and mosaic wipe the area first, but they still show its average colours.</source>
        <translation>ほかのアプリで付けたぼかしや細かいモザイクは、ソフトウェアで元に戻せることがあります。Scrubber のぼかしとモザイクは先にその部分を消しますが、平均的な色は残ります。</translation>
    </message>
    <message>
        <source>To hide a face, a tattoo or anything else, use solid fill. Cover a little more than you think you need.</source>
        <translation>顔やタトゥーなどを隠すときは、塗りつぶしを使ってください。必要だと思うより少し広めに隠しましょう。</translation>
    </message>
    <message>
        <source>Your photos can be matched</source>
        <translation>写真は照合されることがあります</translation>
    </message>
    <message>
        <source>Reverse image search finds other places where the same photo, or one like it, is online.</source>
        <translation>画像検索（逆画像検索）を使うと、同じ写真や似た写真がネット上のどこにあるかがわかります。</translation>
    </message>
    <message>
        <source>Face recognition exists and is easy to use. A face, a tattoo or a room that people can recognise can link your ad photos to your personal accounts.</source>
        <translation>顔認識はすでにあり、簡単に使えます。顔、タトゥー、見ればわかる部屋から、広告の写真と個人のアカウントが結びつけられることがあります。</translation>
    </message>
    <message>
        <source>Search for your own ad photos now and then, with a reverse image search and a face search. Then you see where they turn up.</source>
        <translation>ときどき、画像検索と顔検索で自分の広告写真を探してみましょう。どこに出ているかがわかります。</translation>
    </message>
    <message>
        <source>Tattoos, birthmarks, jewellery, nails, bedding and furniture can link your ads to each other. Cover them or change them.</source>
        <translation>タトゥー、あざ、アクセサリー、ネイル、寝具、家具から、別々の広告が結びつけられることがあります。隠すか、変えてください。</translation>
    </message>
    <message>
        <source>Each camera leaves a faint pattern in its photos that can link them to each other. The option “Weaken the camera fingerprint” makes it weaker, but does not remove it.</source>
        <translation>カメラはどれも、撮った写真にかすかな模様を残します。この模様で写真どうしが結びつけられることがあります。「カメラの指紋を弱める」オプションで模様は弱くなりますが、消えるわけではありません。</translation>
    </message>
    <message>
        <source>Tips from sex workers&apos; digital safety advice</source>
        <translation>セックスワーカー向けのデジタル安全対策からのヒント</translation>
    </message>
    <message>
        <source>Keep work and personal life apart. Use a separate phone, email and accounts for work if you can.</source>
        <translation>仕事とプライベートを分けましょう。できれば、仕事用に別のスマホ、メールアドレス、アカウントを使ってください。</translation>
    </message>
    <message>
        <source>Take ad photos with a different phone or camera. If you cannot, turn off location, Live Photos and Motion Photos in the camera before you take them.</source>
        <translation>広告の写真は別のスマホやカメラで撮りましょう。それができないときは、撮影前にカメラの位置情報、ライブフォト、モーションフォトをオフにしてください。</translation>
    </message>
    <message>
        <source>Never use photos from your personal social media in ads, not even old ones.</source>
        <translation>個人のソーシャルメディアに載せた写真は、古いものでも広告に使わないでください。</translation>
    </message>
    <message>
        <source>Cloud backups and shared albums keep your originals, with the place they were taken, and sort them by face. Keep work photos out of them.</source>
        <translation>クラウドのバックアップや共有アルバムには、撮影場所の入った元の写真が保存され、顔ごとに分類されます。仕事の写真は入れないでください。</translation>
    </message>
    <message>
        <source>Clean last: after cropping and editing in other apps. Editing apps can add hidden data again.</source>
        <translation>クリーンは最後に：ほかのアプリで切り取りや編集をした後にしてください。編集アプリが隠れたデータをまた追加することがあります。</translation>
    </message>
    <message>
        <source>Screenshots can show your name, your number and your notifications. Check them before you share them.</source>
        <translation>スクリーンショットには、あなたの名前、電話番号、通知が写ることがあります。共有する前に確認してください。</translation>
    </message>
    <message>
        <source>Check the background: letters, papers, photos on the wall, anything with a name or address.</source>
        <translation>背景を確認しましょう：手紙、書類、壁の写真など、名前や住所が書かれたものすべて。</translation>
    </message>
    <message>
        <source>Check mirrors and reflections: sunglasses, windows, screens and shiny surfaces.</source>
        <translation>鏡や映り込みを確認しましょう：サングラス、窓、画面、光る表面。</translation>
    </message>
    <message>
        <source>Check what can be seen through windows. Streets, signs and buildings can show where you are.</source>
        <translation>窓の外に何が見えるか確認しましょう。通り、看板、建物から居場所がわかることがあります。</translation>
    </message>
    <message>
        <source>Do not post the same photo on your personal and your work accounts.</source>
        <translation>同じ写真を個人のアカウントと仕事のアカウントの両方に投稿しないでください。</translation>
    </message>
    <message>
        <source>Sending a photo “as a file” or by email keeps its hidden data. Send only the clean copy.</source>
        <translation>写真を「ファイルとして」送ったりメールで送ったりすると、隠れたデータはそのまま残ります。送るのはクリーンなコピーだけにしてください。</translation>
    </message>
    <message>
        <source>When you are done, delete the originals from Downloads and from shared folders.</source>
        <translation>終わったら、元のファイルを「ダウンロード」フォルダーと共有フォルダーから削除してください。</translation>
    </message>
    <message>
        <source>Before you post, open the clean copy and check it again.</source>
        <translation>投稿する前に、クリーンなコピーを開いてもう一度確認してください。</translation>
    </message>
    <message>
        <source>What your computer may still keep</source>
        <translation>パソコンにまだ残っているかもしれないもの</translation>
    </message>
    <message>
        <source>Scrubber keeps no list of the files you open, but your computer may:</source>
        <translation>Scrubber は開いたファイルの一覧を保存しませんが、パソコンには残っていることがあります：</translation>
    </message>
    <message>
        <source>small previews (thumbnails) made by the file manager or photo viewer;</source>
        <translation>ファイルマネージャーや写真ビューアーが作った小さなプレビュー（サムネイル）</translation>
    </message>
    <message>
        <source>lists of recent files in other apps;</source>
        <translation>ほかのアプリの「最近使ったファイル」の一覧</translation>
    </message>
    <message>
        <source>the originals in Downloads, in the trash and in cloud backups.</source>
        <translation>「ダウンロード」フォルダー、ごみ箱、クラウドのバックアップにある元のファイル</translation>
    </message>
    <message>
        <source>To clear them:</source>
        <translation>消すには：</translation>
    </message>
    <message>
        <source>Empty the trash.</source>
        <translation>ごみ箱を空にします。</translation>
    </message>
    <message>
        <source>Clear the recent files in your file manager.</source>
        <translation>ファイルマネージャーの「最近使ったファイル」を消去します。</translation>
    </message>
    <message>
        <source>Delete the thumbnail cache. Linux: the .cache/thumbnails folder in your home folder. Windows: Disk Cleanup, then Thumbnails. macOS: restart the Mac.</source>
        <translation>サムネイルのキャッシュを削除します。Linux：ホームフォルダーの .cache/thumbnails フォルダー。Windows：「ディスク クリーンアップ」で「縮小表示」を選びます。macOS：Mac を再起動します。</translation>
    </message>
    <message>
        <source>Scrubber works offline</source>
        <translation>Scrubber はオフラインで動作します</translation>
    </message>
    <message>
        <source>Scrubber never connects to the internet. Your files stay on this computer.</source>
        <translation>Scrubber はインターネットに一切接続しません。ファイルはこのパソコンから出ていきません。</translation>
    </message>
</context>
<context>
    <name>Summary</name>
    <message>
        <source>Cancelled.</source>
        <translation>キャンセルしました。</translation>
    </message>
    <message>
        <source>{n} cleaned.</source>
        <translation>クリーン済み：{n}。</translation>
    </message>
    <message>
        <source>{n} had nothing to remove.</source>
        <translation>取り除くものがなかったファイル：{n}。</translation>
    </message>
    <message>
        <source>{n} could not be cleaned.</source>
        <translation>クリーンできなかったファイル：{n}。</translation>
    </message>
    <message>
        <source>{n} not done (cancelled).</source>
        <translation>未処理（キャンセル）：{n}。</translation>
    </message>
    <message>
        <source>Nothing was cleaned.</source>
        <translation>何もクリーンしませんでした。</translation>
    </message>
    <message>
        <source>Clean copies are in: {folder}</source>
        <translation>クリーンなコピーの保存先：{folder}</translation>
    </message>
    <message>
        <source>{name}: {reason}</source>
        <translation>{name}：{reason}</translation>
    </message>
    <message>
        <source>…and {n} more: see the list.</source>
        <translation>…ほか {n} 件：一覧を見てください。</translation>
    </message>
</context>
<context>
    <name>messages</name>
    <message>
        <source>{metres} m above sea level</source>
        <translation>海抜 {metres} m</translation>
    </message>
    <message>
        <source>{metres} m below sea level</source>
        <translation>海面下 {metres} m</translation>
    </message>
    <message>
        <source>{count} bytes of data</source>
        <translation>{count} バイトのデータ</translation>
    </message>
    <message>
        <source>The file name shows when it was taken: {shown}</source>
        <translation>撮影日時がファイル名からわかります：{shown}</translation>
    </message>
    <message>
        <source>The file name shows the phone or camera that made it: {shown}</source>
        <translation>作成したスマホやカメラがファイル名からわかります：{shown}</translation>
    </message>
    <message>
        <source>The file name shows the app that made it: {apps}</source>
        <translation>作成したアプリがファイル名からわかります：{apps}</translation>
    </message>
    <message>
        <source>{finding} (the name was kept)</source>
        <translation>{finding}（名前はそのままにしました）</translation>
    </message>
    <message>
        <source>The file cannot be found. Was it moved or deleted?</source>
        <translation>ファイルが見つかりません。移動または削除されていませんか？</translation>
    </message>
    <message>
        <source>This is not a normal file (it is a folder, a device or a pipe).</source>
        <translation>通常のファイルではありません（フォルダー、デバイス、パイプのいずれかです）。</translation>
    </message>
    <message>
        <source>This is a folder, not a file.</source>
        <translation>これはファイルではなく、フォルダーです。</translation>
    </message>
    <message>
        <source>The file is empty.</source>
        <translation>ファイルが空です。</translation>
    </message>
    <message>
        <source>The file cannot be read: {reason}</source>
        <translation>ファイルを読み込めません：{reason}</translation>
    </message>
    <message>
        <source>The file name says {format}, but the file cannot be read as {format}.</source>
        <translation>ファイル名は {format} ですが、{format} として読み込めません。</translation>
    </message>
    <message>
        <source>This type of file is not supported, so it was not cleaned.</source>
        <translation>この種類のファイルには対応していないため、クリーンしていません。</translation>
    </message>
    <message>
        <source>This is a link; it was not followed.</source>
        <translation>これはリンクです。リンク先はたどっていません。</translation>
    </message>
    <message>
        <source>This file could not be read ({kind}).</source>
        <translation>このファイルを読み込めませんでした（{kind}）。</translation>
    </message>
    <message>
        <source>It holds documents inside documents, too many levels deep.</source>
        <translation>文書の中に文書が入っていて、階層が深すぎます。</translation>
    </message>
    <message>
        <source>There is not enough memory to read this file.</source>
        <translation>メモリが足りないため、このファイルを読み込めません。</translation>
    </message>
    <message>
        <source>There is not enough memory.</source>
        <translation>メモリが足りません。</translation>
    </message>
    <message>
        <source>A file could not be read or written: {reason}</source>
        <translation>ファイルの読み込みまたは書き込みができませんでした：{reason}</translation>
    </message>
    <message>
        <source>Unexpected error ({kind}). Nothing was written.</source>
        <translation>予期しないエラーです（{kind}）。何も書き込んでいません。</translation>
    </message>
    <message>
        <source>The copy would replace the original. Choose another name or folder.</source>
        <translation>コピーが元のファイルを置き換えてしまいます。別の名前かフォルダーを選んでください。</translation>
    </message>
    <message>
        <source>Replacing the original cannot change the file type. Save copies in a folder instead.</source>
        <translation>元のファイルを置き換える場合、ファイルの種類は変えられません。代わりに、フォルダーにコピーを保存してください。</translation>
    </message>
    <message>
        <source>This file is a link. Save copies in a folder instead.</source>
        <translation>このファイルはリンクです。代わりに、フォルダーにコピーを保存してください。</translation>
    </message>
    <message>
        <source>The clean copy could not be checked again, so it was deleted: {reason}</source>
        <translation>クリーンなコピーをもう一度確認できなかったため、削除しました：{reason}</translation>
    </message>
    <message>
        <source>The clean copy still held data ({left}), so it was deleted.</source>
        <translation>クリーンなコピーにまだデータが残っていたため（{left}）、削除しました。</translation>
    </message>
    <message>
        <source>The folder for the copies cannot be created: {reason}</source>
        <translation>コピーの保存先フォルダーを作れません：{reason}</translation>
    </message>
    <message>
        <source>Nothing can be saved in the folder for the copies: {reason}</source>
        <translation>コピーの保存先フォルダーに何も保存できません：{reason}</translation>
    </message>
    <message>
        <source>The copy could not be finished: {reason}</source>
        <translation>コピーを最後まで作れませんでした：{reason}</translation>
    </message>
    <message>
        <source>The copies could not be saved to the disk: {reason}</source>
        <translation>コピーをディスクに保存できませんでした：{reason}</translation>
    </message>
    <message>
        <source>No free name was found for the clean copy.</source>
        <translation>クリーンなコピーに使える名前が見つかりませんでした。</translation>
    </message>
    <message>
        <source>The clean copy could not be saved: {reason}</source>
        <translation>クリーンなコピーを保存できませんでした：{reason}</translation>
    </message>
    <message>
        <source>The earlier copy could not be replaced: {reason}</source>
        <translation>前のコピーを置き換えられませんでした：{reason}</translation>
    </message>
    <message>
        <source>This JPEG is damaged: its beginning is missing.</source>
        <translation>この JPEG は壊れています：先頭の部分がありません。</translation>
    </message>
    <message>
        <source>This JPEG is damaged (a wrong length at byte {pos}).</source>
        <translation>この JPEG は壊れています（{pos} バイト目の長さが正しくありません）。</translation>
    </message>
    <message>
        <source>This JPEG is damaged: its picture does not end where it should.</source>
        <translation>この JPEG は壊れています：画像が本来の位置で終わっていません。</translation>
    </message>
    <message>
        <source>This JPEG is damaged (a missing marker at byte {pos}).</source>
        <translation>この JPEG は壊れています（{pos} バイト目にあるはずのマーカーがありません）。</translation>
    </message>
    <message>
        <source>This JPEG is cut off before the picture starts.</source>
        <translation>この JPEG は画像が始まる前で途切れています。</translation>
    </message>
    <message>
        <source>This JPEG is damaged: it has far too many parts.</source>
        <translation>この JPEG は壊れています：部分の数が多すぎます。</translation>
    </message>
    <message>
        <source>This rare kind of JPEG (hierarchical or JPEG-LS) is not supported.</source>
        <translation>この珍しい種類の JPEG（階層型または JPEG-LS）には対応していません。</translation>
    </message>
    <message>
        <source>This JPEG holds no picture.</source>
        <translation>この JPEG には画像が入っていません。</translation>
    </message>
    <message>
        <source>This JPEG is damaged: its picture is not where the file says.</source>
        <translation>この JPEG は壊れています：画像がファイルに書かれた位置にありません。</translation>
    </message>
    <message>
        <source>This JPEG is damaged: it holds more than one picture frame.</source>
        <translation>この JPEG は壊れています：画像が 2 つ以上入っています。</translation>
    </message>
    <message>
        <source>This JPEG has other data hidden inside its picture, so it was not cleaned.</source>
        <translation>この JPEG は画像の中にほかのデータが隠れているため、クリーンしていません。</translation>
    </message>
    <message>
        <source>The colour profile is too large.</source>
        <translation>カラープロファイルが大きすぎます。</translation>
    </message>
    <message>
        <source>The picture is incomplete: the file was cut off.</source>
        <translation>画像が不完全です：ファイルが途中で切れています。</translation>
    </message>
    <message>
        <source>This JPEG is damaged in places; the copy looks the same as the original did.</source>
        <translation>この JPEG は一部が壊れています。コピーの見た目は元のファイルと同じです。</translation>
    </message>
    <message>
        <source>The GIF file was cut short; its complete frames were kept.</source>
        <translation>GIF ファイルが途中で切れていました。最後まであるコマは残しました。</translation>
    </message>
    <message>
        <source>The {format} picture was saved as PNG.</source>
        <translation>{format} の画像を PNG で保存しました。</translation>
    </message>
    <message>
        <source>Only the first frame of the animation was kept ({frames} in the file).</source>
        <translation>アニメーションの最初のコマだけを残しました（ファイル内のコマ数：{frames}）。</translation>
    </message>
    <message>
        <source>Only the first page was kept ({frames} in the file).</source>
        <translation>最初のページだけを残しました（ファイル内のページ数：{frames}）。</translation>
    </message>
    <message>
        <source>The picture was saved with 8 bits per colour (it had more).</source>
        <translation>画像を 1 色あたり 8 ビットで保存しました（元はそれより多くありました）。</translation>
    </message>
    <message>
        <source>Colours may look slightly different ({mode} was turned into RGB).</source>
        <translation>色が少し違って見えることがあります（{mode} を RGB に変換しました）。</translation>
    </message>
    <message>
        <source>Transparent areas were filled with white (JPEG has no transparency).</source>
        <translation>透明な部分を白で塗りつぶしました（JPEG は透明に対応していません）。</translation>
    </message>
    <message>
        <source>The form&apos;s XML layer was removed.</source>
        <translation>フォームの XML レイヤーを削除しました。</translation>
    </message>
    <message>
        <source>A digital signature was removed.</source>
        <translation>デジタル署名を削除しました。</translation>
    </message>
    <message>
        <source>Embedded objects (files inside the document) were removed.</source>
        <translation>埋め込みオブジェクト（文書の中のファイル）を削除しました。</translation>
    </message>
    <message>
        <source>Pictures in drawing formats that cannot be checked (SVG, WMF…) were removed.</source>
        <translation>確認できない描画形式（SVG、WMF など）の画像を削除しました。</translation>
    </message>
    <message>
        <source>It is saved as {ext}: the same document without macros.</source>
        <translation>{ext} として保存しました：マクロを除いた同じ文書です。</translation>
    </message>
    <message>
        <source>The animation keeps its rotation tag; its frames were not turned.</source>
        <translation>アニメーションには回転のタグが残っています。コマは回転していません。</translation>
    </message>
    <message>
        <source>This TIFF has {count} pages. Many viewers show only the first: check the others too.</source>
        <translation>この TIFF には {count} ページあります。多くのビューアーは最初のページしか表示しません。ほかのページも確認してください。</translation>
    </message>
    <message>
        <source>The TIFF keeps its orientation tag; its pixels were not turned.</source>
        <translation>TIFF には向きのタグが残っています。ピクセルは回転していません。</translation>
    </message>
    <message>
        <source>Colours may look slightly different in the JPEG copy.</source>
        <translation>JPEG のコピーでは、色が少し違って見えることがあります。</translation>
    </message>
    <message>
        <source>This PNG is cut off before the picture starts.</source>
        <translation>この PNG は画像が始まる前で途切れています。</translation>
    </message>
    <message>
        <source>The file was cut off; the clean copy keeps the part that is there.</source>
        <translation>ファイルが途中で切れていました。クリーンなコピーには、残っている部分が入っています。</translation>
    </message>
    <message>
        <source>The removed data said to turn the picture. Check that it is the right way up.</source>
        <translation>削除したデータには、画像を回転させる指示が入っていました。正しい向きになっているか確認してください。</translation>
    </message>
    <message>
        <source>Viewers that do not play animations now show a blank picture instead of a hidden one.</source>
        <translation>アニメーションを再生しないビューアーでは、隠れた画像の代わりに空白の画像が表示されるようになりました。</translation>
    </message>
    <message>
        <source>The sound was removed.</source>
        <translation>音声を削除しました。</translation>
    </message>
    <message>
        <source>The clip had more than 8 bits per colour (HDR); the copy has 8, so colours may look flatter.</source>
        <translation>動画は 1 色あたり 8 ビットを超えていました（HDR）。コピーは 8 ビットなので、色が平坦に見えることがあります。</translation>
    </message>
    <message>
        <source>Its broken index was rebuilt the way PDF viewers do it. Check the clean copy.</source>
        <translation>壊れていた索引を、PDF ビューアーと同じ方法で作り直しました。クリーンなコピーを確認してください。</translation>
    </message>
    <message>
        <source>It was locked against copying, printing or changes, but opens without a password. The clean copy has no lock.</source>
        <translation>コピー、印刷、変更ができないようロックされていましたが、パスワードなしで開けます。クリーンなコピーにはロックがありません。</translation>
    </message>
    <message>
        <source>Its attached files are locked with a password (the pages are not). The clean copy has no attachments.</source>
        <translation>添付ファイルがパスワードでロックされています（ページはロックされていません）。クリーンなコピーには添付ファイルがありません。</translation>
    </message>
    <message>
        <source>A cropped picture still held the part you cut away. It was removed.</source>
        <translation>切り取った画像に、切り取った部分がまだ残っていました。その部分は削除しました。</translation>
    </message>
    <message>
        <source>Pages were turned into pictures: text can no longer be selected or searched.</source>
        <translation>ページを画像にしました：文字は選択も検索もできなくなりました。</translation>
    </message>
    <message>
        <source>{count} layers of this PDF are hidden when it opens. They are kept in the copy; to leave them out, choose to turn PDF pages into pictures.</source>
        <translation>この PDF には、開いたときに非表示になるレイヤーが {count} 個あります。コピーにも残ります。取り除くには、PDF のページを画像にするよう選んでください。</translation>
    </message>
    <message>
        <source>1 layer of this PDF is hidden when it opens. It is kept in the copy; to leave it out, choose to turn PDF pages into pictures.</source>
        <translation>この PDF には、開いたときに非表示になるレイヤーが 1 個あります。コピーにも残ります。取り除くには、PDF のページを画像にするよう選んでください。</translation>
    </message>
    <message>
        <source>There is text in white, unseen on a white page, on {count} pages. It is kept in the copy; to leave it out, choose to turn PDF pages into pictures.</source>
        <translation>{count} ページに、白いページでは見えない白い文字があります。コピーにも残ります。取り除くには、PDF のページを画像にするよう選んでください。</translation>
    </message>
    <message>
        <source>There is text in white, unseen on a white page, on 1 page. It is kept in the copy; to leave it out, choose to turn PDF pages into pictures.</source>
        <translation>1 ページに、白いページでは見えない白い文字があります。コピーにも残ります。取り除くには、PDF のページを画像にするよう選んでください。</translation>
    </message>
    <message>
        <source>There is text placed outside the page on {count} pages. It is kept in the copy; to leave it out, choose to turn PDF pages into pictures.</source>
        <translation>{count} ページに、ページの外に置かれた文字があります。コピーにも残ります。取り除くには、PDF のページを画像にするよう選んでください。</translation>
    </message>
    <message>
        <source>There is text placed outside the page on 1 page. It is kept in the copy; to leave it out, choose to turn PDF pages into pictures.</source>
        <translation>1 ページに、ページの外に置かれた文字があります。コピーにも残ります。取り除くには、PDF のページを画像にするよう選んでください。</translation>
    </message>
    <message>
        <source>Embedded fonts were removed.</source>
        <translation>埋め込みフォントを削除しました。</translation>
    </message>
    <message>
        <source>Videos and sounds were removed: they could not be checked.</source>
        <translation>動画と音声を削除しました。確認できなかったためです。</translation>
    </message>
    <message>
        <source>Pictures in drawing formats that cannot be checked (EMF, WMF, SVG…) were removed.</source>
        <translation>確認できない描画形式（EMF、WMF、SVG など）の画像を削除しました。</translation>
    </message>
    <message>
        <source>The photo was saved again at high quality ({reason}).</source>
        <translation>写真を高画質で保存し直しました（{reason}）。</translation>
    </message>
    <message>
        <source>The macros (programs) in this document were removed.</source>
        <translation>この文書のマクロ（プログラム）を削除しました。</translation>
    </message>
    <message>
        <source>This PDF asks for a password to open it. Remove the password first.</source>
        <translation>この PDF は開くときにパスワードが必要です。先にパスワードを外してください。</translation>
    </message>
    <message>
        <source>This PDF is damaged and cannot be cleaned safely.</source>
        <translation>この PDF は壊れているため、安全にクリーンできません。</translation>
    </message>
    <message>
        <source>This PDF is damaged and cannot be cleaned safely: its end is missing.</source>
        <translation>この PDF は壊れているため、安全にクリーンできません：末尾がありません。</translation>
    </message>
    <message>
        <source>This PDF is damaged (cut off, or parts of it are broken) and cannot be cleaned safely. Saving it again from a PDF viewer may repair it.</source>
        <translation>この PDF は壊れている（途中で切れている、または一部が壊れている）ため、安全にクリーンできません。PDF ビューアーで保存し直すと直ることがあります。</translation>
    </message>
    <message>
        <source>This {format} picture is damaged and cannot be decoded: part of it is missing.</source>
        <translation>この {format} 画像は壊れていて、読み込めません：一部が欠けています。</translation>
    </message>
    <message>
        <source>{count} slides are hidden. They are kept in the copy; to remove them, turn on removing hidden content.</source>
        <translation>{count} 枚のスライドが非表示になっています。コピーにも残ります。削除するには、隠れた内容を削除するオプションをオンにしてください。</translation>
    </message>
    <message>
        <source>1 slide is hidden. It is kept in the copy; to remove it, turn on removing hidden content.</source>
        <translation>1 枚のスライドが非表示になっています。コピーにも残ります。削除するには、隠れた内容を削除するオプションをオンにしてください。</translation>
    </message>
    <message>
        <source>There are speaker notes on {count} slides. They are kept in the copy; to remove them, turn on removing speaker notes.</source>
        <translation>{count} 枚のスライドに発表者ノートがあります。コピーにも残ります。削除するには、発表者ノートを削除するオプションをオンにしてください。</translation>
    </message>
    <message>
        <source>There are speaker notes on 1 slide. They are kept in the copy; to remove them, turn on removing speaker notes.</source>
        <translation>1 枚のスライドに発表者ノートがあります。コピーにも残ります。削除するには、発表者ノートを削除するオプションをオンにしてください。</translation>
    </message>
    <message>
        <source>{count} sheets are hidden. They are kept in the copy; to remove them, turn on removing hidden content.</source>
        <translation>{count} 枚のシートが非表示になっています。コピーにも残ります。削除するには、隠れた内容を削除するオプションをオンにしてください。</translation>
    </message>
    <message>
        <source>1 sheet is hidden. It is kept in the copy; to remove it, turn on removing hidden content.</source>
        <translation>1 枚のシートが非表示になっています。コピーにも残ります。削除するには、隠れた内容を削除するオプションをオンにしてください。</translation>
    </message>
    <message>
        <source>There is hidden text in {count} places. It is kept in the copy; to remove it, turn on removing hidden content.</source>
        <translation>{count} か所に隠れたテキストがあります。コピーにも残ります。削除するには、隠れた内容を削除するオプションをオンにしてください。</translation>
    </message>
    <message>
        <source>There is hidden text in 1 place. It is kept in the copy; to remove it, turn on removing hidden content.</source>
        <translation>1 か所に隠れたテキストがあります。コピーにも残ります。削除するには、隠れた内容を削除するオプションをオンにしてください。</translation>
    </message>
    <message>
        <source>{count} sections are hidden. They are kept in the copy; to remove them, turn on removing hidden content.</source>
        <translation>{count} 個のセクションが非表示になっています。コピーにも残ります。削除するには、隠れた内容を削除するオプションをオンにしてください。</translation>
    </message>
    <message>
        <source>1 section is hidden. It is kept in the copy; to remove it, turn on removing hidden content.</source>
        <translation>1 個のセクションが非表示になっています。コピーにも残ります。削除するには、隠れた内容を削除するオプションをオンにしてください。</translation>
    </message>
    <message>
        <source>A cropped photo still held the part you cut away. It was removed.</source>
        <translation>切り取った写真に、切り取った部分がまだ残っていました。その部分は削除しました。</translation>
    </message>
    <message>
        <source>{count} cropped photos still held the parts you cut away. They were removed.</source>
        <translation>切り取った写真 {count} 枚に、切り取った部分がまだ残っていました。その部分は削除しました。</translation>
    </message>
    <message>
        <source>The camera fingerprint was weakened, not removed. The picture was resized from {before} to {after} pixels.</source>
        <translation>カメラの指紋は弱めましたが、消えてはいません。画像のサイズを {before} ピクセルから {after} ピクセルに変えました。</translation>
    </message>
    <message>
        <source>This document is protected by a password. Remove the password first.</source>
        <translation>この文書はパスワードで保護されています。先にパスワードを外してください。</translation>
    </message>
    <message>
        <source>This document is damaged: its contents cannot be unpacked.</source>
        <translation>この文書は壊れています：中身を展開できません。</translation>
    </message>
    <message>
        <source>This document is damaged and cannot be read safely.</source>
        <translation>この文書は壊れているため、安全に読み込めません。</translation>
    </message>
    <message>
        <source>This TIFF file holds no picture.</source>
        <translation>この TIFF ファイルには画像が入っていません。</translation>
    </message>
    <message>
        <source>Camera RAW files are not supported. Export a TIFF or JPEG first.</source>
        <translation>カメラの RAW ファイルには対応していません。先に TIFF か JPEG に書き出してください。</translation>
    </message>
    <message>
        <source>This TIFF file is damaged.</source>
        <translation>この TIFF ファイルは壊れています。</translation>
    </message>
    <message>
        <source>Old-style JPEG TIFF files are not supported. Convert them first.</source>
        <translation>古い形式の JPEG 圧縮を使った TIFF ファイルには対応していません。先に変換してください。</translation>
    </message>
    <message>
        <source>This TIFF file is cut off or damaged.</source>
        <translation>この TIFF ファイルは途中で切れているか、壊れています。</translation>
    </message>
    <message>
        <source>This {format} picture is encrypted.</source>
        <translation>この {format} 画像は暗号化されています。</translation>
    </message>
    <message>
        <source>This {format} picture is damaged and cannot be decoded.</source>
        <translation>この {format} 画像は壊れていて、読み込めません。</translation>
    </message>
    <message>
        <source>The description of this {format} picture is too large to check.</source>
        <translation>この {format} 画像の説明部分が大きすぎるため、確認できません。</translation>
    </message>
    <message>
        <source>{format} picture sequences and videos are not supported.</source>
        <translation>{format} の連続画像や動画には対応していません。</translation>
    </message>
    <message>
        <source>This {format} file has too many parts to check safely.</source>
        <translation>この {format} ファイルは部分の数が多すぎるため、安全に確認できません。</translation>
    </message>
    <message>
        <source>This picture is AVIF, not HEIC. Rename it to end in .avif.</source>
        <translation>この画像は HEIC ではなく AVIF です。名前の最後を .avif に変えてください。</translation>
    </message>
    <message>
        <source>The picture is too small to save as HEIC. Choose JPEG copies instead.</source>
        <translation>画像が小さすぎるため、HEIC で保存できません。代わりに JPEG のコピーを選んでください。</translation>
    </message>
    <message>
        <source>The picture could not be saved as HEIC. Choose JPEG copies instead.</source>
        <translation>画像を HEIC で保存できませんでした。代わりに JPEG のコピーを選んでください。</translation>
    </message>
    <message>
        <source>The picture is too large to process ({size} pixels).</source>
        <translation>画像が大きすぎるため処理できません（{size} ピクセル）。</translation>
    </message>
    <message>
        <source>This is not a valid PNG file.</source>
        <translation>有効な PNG ファイルではありません。</translation>
    </message>
    <message>
        <source>This PNG file is damaged (a part of it is not valid).</source>
        <translation>この PNG ファイルは壊れています（一部が正しくありません）。</translation>
    </message>
    <message>
        <source>This PNG file is damaged: its beginning is missing.</source>
        <translation>この PNG ファイルは壊れています：先頭の部分がありません。</translation>
    </message>
    <message>
        <source>This PDF is too complex to be checked safely.</source>
        <translation>この PDF は複雑すぎるため、安全に確認できません。</translation>
    </message>
    <message>
        <source>This PDF has too many levels, one inside another, to be checked safely.</source>
        <translation>この PDF は入れ子になった階層が多すぎるため、安全に確認できません。</translation>
    </message>
    <message>
        <source>The drawings in this PDF are put one inside another too many times to be checked safely.</source>
        <translation>この PDF の描画は入れ子の重なりが多すぎるため、安全に確認できません。</translation>
    </message>
    <message>
        <source>This PDF has too many parts ({count}) to be checked safely.</source>
        <translation>この PDF は部分の数が多すぎるため（{count} 個）、安全に確認できません。</translation>
    </message>
    <message>
        <source>This PDF has too many pages ({count}) to turn them into pictures.</source>
        <translation>この PDF はページ数が多すぎるため（{count} ページ）、ページを画像にできません。</translation>
    </message>
    <message>
        <source>This PDF could not be given a new document ID, so it was not cleaned.</source>
        <translation>この PDF に新しい文書 ID を付けられなかったため、クリーンしていません。</translation>
    </message>
    <message>
        <source>This PDF could not be copied faithfully, so it was not cleaned.</source>
        <translation>この PDF を正確にコピーできなかったため、クリーンしていません。</translation>
    </message>
    <message>
        <source>A page of this PDF has pictures on it that cannot be checked. To clean this PDF, choose to turn PDF pages into pictures.</source>
        <translation>この PDF のあるページに、確認できない画像があります。この PDF をクリーンするには、PDF のページを画像にするよう選んでください。</translation>
    </message>
    <message>
        <source>A picture in this PDF is shown through a shape that hides part of it, and it cannot be cut exactly. To clean this PDF, choose to turn PDF pages into pictures.</source>
        <translation>この PDF のある画像は、一部を隠す形を通して表示されていて、正確に切り取れません。この PDF をクリーンするには、PDF のページを画像にするよう選んでください。</translation>
    </message>
    <message>
        <source>A picture in this PDF has a hidden part, stored in a way that cannot be cut away. To clean this PDF, choose to turn PDF pages into pictures.</source>
        <translation>この PDF のある画像には隠れた部分があり、切り取れない方法で保存されています。この PDF をクリーンするには、PDF のページを画像にするよう選んでください。</translation>
    </message>
    <message>
        <source>A picture in this PDF has a hidden part and is too large to be cut. To clean this PDF, choose to turn PDF pages into pictures.</source>
        <translation>この PDF のある画像には隠れた部分があり、大きすぎて切り取れません。この PDF をクリーンするには、PDF のページを画像にするよう選んでください。</translation>
    </message>
    <message>
        <source>A picture in this PDF is stored in a way that cannot be checked.</source>
        <translation>この PDF のある画像は、確認できない方法で保存されています。</translation>
    </message>
    <message>
        <source>A picture drawn inside a page of this PDF is stored in a way that cannot be checked.</source>
        <translation>この PDF のページの中に描かれた画像が、確認できない方法で保存されています。</translation>
    </message>
    <message>
        <source>A colour profile in this PDF is stored in a way that cannot be checked.</source>
        <translation>この PDF のカラープロファイルが、確認できない方法で保存されています。</translation>
    </message>
    <message>
        <source>A picture drawn inside a page of this PDF could not be saved again without its hidden data.</source>
        <translation>この PDF のページの中に描かれた画像を、隠れたデータなしで保存し直せませんでした。</translation>
    </message>
    <message>
        <source>A picture in this PDF is too large once unpacked (more than {mb} MB).</source>
        <translation>この PDF のある画像は、展開すると大きすぎます（{mb} MB を超えます）。</translation>
    </message>
    <message>
        <source>A picture drawn inside a page of this PDF is too large once unpacked (more than {mb} MB).</source>
        <translation>この PDF のページの中に描かれた画像は、展開すると大きすぎます（{mb} MB を超えます）。</translation>
    </message>
    <message>
        <source>A page of this PDF is too large once unpacked (more than {mb} MB).</source>
        <translation>この PDF のあるページは、展開すると大きすぎます（{mb} MB を超えます）。</translation>
    </message>
    <message>
        <source>A colour profile in this PDF is too large once unpacked (more than {mb} MB).</source>
        <translation>この PDF のカラープロファイルは、展開すると大きすぎます（{mb} MB を超えます）。</translation>
    </message>
    <message>
        <source>A JPEG 2000 picture in this PDF has comments that cannot be removed.</source>
        <translation>この PDF の JPEG 2000 画像に、削除できないコメントが入っています。</translation>
    </message>
    <message>
        <source>There is a problem with a picture in this PDF. {problem}</source>
        <translation>この PDF のある画像に問題があります。{problem}</translation>
    </message>
    <message>
        <source>There is a problem with a picture drawn inside a page of this PDF. {problem}</source>
        <translation>この PDF のページの中に描かれた画像に問題があります。{problem}</translation>
    </message>
    <message>
        <source>Unpacked, this document would take more than {mb} MB: too much to be checked safely.</source>
        <translation>この文書は展開すると {mb} MB を超えるため、大きすぎて安全に確認できません。</translation>
    </message>
    <message>
        <source>A part of this document ({part}) holds an XML declaration used in attacks, so it was not opened.</source>
        <translation>この文書の一部（{part}）に、攻撃に使われる XML 宣言が入っているため、開いていません。</translation>
    </message>
    <message>
        <source>There is a problem with a picture in this document ({part}). {problem}</source>
        <translation>この文書の画像（{part}）に問題があります。{problem}</translation>
    </message>
    <message>
        <source>There is a problem with a document inside this document ({part}). {problem}</source>
        <translation>この文書の中にある文書（{part}）に問題があります。{problem}</translation>
    </message>
    <message>
        <source>This document is packed in a way used to crash programs (a zip bomb), so it was not opened.</source>
        <translation>この文書は、プログラムをクラッシュさせるのに使われる方法（zip 爆弾）で圧縮されているため、開いていません。</translation>
    </message>
    <message>
        <source>This zip file is not an OpenDocument file.</source>
        <translation>この zip ファイルは OpenDocument ファイルではありません。</translation>
    </message>
    <message>
        <source>This kind of OpenDocument file is not supported.</source>
        <translation>この種類の OpenDocument ファイルには対応していません。</translation>
    </message>
    <message>
        <source>This zip file is not an Office document.</source>
        <translation>この zip ファイルは Office 文書ではありません。</translation>
    </message>
    <message>
        <source>This kind of Office document is not supported.</source>
        <translation>この種類の Office 文書には対応していません。</translation>
    </message>
    <message>
        <source>This is an old-style Office file (.doc, .xls, .ppt) or a document protected by a password. Open it in Office and save it as .docx, .xlsx or .pptx, without a password.</source>
        <translation>古い形式の Office ファイル（.doc、.xls、.ppt）か、パスワードで保護された文書です。Office で開いて、パスワードなしで .docx、.xlsx、.pptx のいずれかとして保存してください。</translation>
    </message>
    <message>
        <source>This document is saved as Strict Open XML, which is not supported. Save it again as an ordinary .docx, .xlsx or .pptx file.</source>
        <translation>この文書は Strict Open XML 形式で保存されていますが、これには対応していません。通常の .docx、.xlsx、.pptx ファイルとして保存し直してください。</translation>
    </message>
    <message>
        <source>Part of this document&apos;s text is stored inside it as a web page or in another format, which cannot be checked. Open it in Word and save it again.</source>
        <translation>この文書の文章の一部が、Web ページまたは別の形式で文書の中に保存されていて、確認できません。Word で開いて保存し直してください。</translation>
    </message>
    <message>
        <source>The picture is too large to process.</source>
        <translation>画像が大きすぎるため処理できません。</translation>
    </message>
    <message>
        <source>A cropped picture in it is too large to cut safely.</source>
        <translation>中にある切り取った画像が大きすぎるため、安全に切り取れません。</translation>
    </message>
    <message>
        <source>Areas cannot be covered in {format} pictures.</source>
        <translation>{format} 画像では範囲を隠せません。</translation>
    </message>
    <message>
        <source>{format} files are not video clips.</source>
        <translation>{format} ファイルは動画ではありません。</translation>
    </message>
    <message>
        <source>Covering areas makes a new copy: the original is never changed. Save copies in a folder instead.</source>
        <translation>範囲を隠すと新しいコピーが作られます。元のファイルは決して変更されません。代わりに、フォルダーにコピーを保存してください。</translation>
    </message>
    <message>
        <source>This clip is turned by {degrees} degrees, which is not supported.</source>
        <translation>この動画は {degrees} 度回転しています。この回転には対応していません。</translation>
    </message>
    <message>
        <source>The clip is too large to process ({size} pixels).</source>
        <translation>動画が大きすぎるため処理できません（{size} ピクセル）。</translation>
    </message>
    <message>
        <source>This HEIF picture uses a kind of compression that is not supported ({code}).</source>
        <translation>この HEIF 画像は、対応していない種類の圧縮を使っています（{code}）。</translation>
    </message>
    <message>
        <source>The picture could not be saved as AVIF.</source>
        <translation>画像を AVIF で保存できませんでした。</translation>
    </message>
    <message>
        <source>This {format} file is stored in pieces, as when it is streamed. This is not supported.</source>
        <translation>この {format} ファイルは、ストリーミング配信のときのように細切れで保存されています。これには対応していません。</translation>
    </message>
    <message>
        <source>The header of this {format} file is split up or compressed. This is not supported.</source>
        <translation>この {format} ファイルのヘッダーは分割または圧縮されています。これには対応していません。</translation>
    </message>
    <message>
        <source>This {format} file plays sound or pictures stored in other files. This is not supported.</source>
        <translation>この {format} ファイルは、ほかのファイルに保存された音声や画像を再生します。これには対応していません。</translation>
    </message>
    <message>
        <source>This {format} file is copy-protected, so it cannot be cleaned.</source>
        <translation>この {format} ファイルはコピー保護されているため、クリーンできません。</translation>
    </message>
    <message>
        <source>This {format} file is too large to clean.</source>
        <translation>この {format} ファイルは大きすぎるため、クリーンできません。</translation>
    </message>
    <message>
        <source>The sound of this video is stored in a way that is not supported.</source>
        <translation>この動画の音声は、対応していない方法で保存されています。</translation>
    </message>
    <message>
        <source>The sound of this video is in an old format that is not supported.</source>
        <translation>この動画の音声は、対応していない古い形式です。</translation>
    </message>
    <message>
        <source>This M4A file also holds video, chapters or text, which cannot be cleaned here.</source>
        <translation>この M4A ファイルには動画、チャプター、テキストのいずれかも入っていて、ここではクリーンできません。</translation>
    </message>
    <message>
        <source>This is copy-protected iTunes music. Its purchase record cannot be removed without breaking it.</source>
        <translation>これはコピー保護された iTunes の音楽です。ファイルを壊さずに購入記録を削除することはできません。</translation>
    </message>
    <message>
        <source>This FLAC file starts with an ID3 tag, which FLAC players do not expect, so it was not cleaned.</source>
        <translation>この FLAC ファイルは ID3 タグで始まっています。FLAC プレーヤーはこれを想定していないため、クリーンしていません。</translation>
    </message>
    <message>
        <source>Bare AAC sound files are not supported, only AAC inside M4A files.</source>
        <translation>単体の AAC 音声ファイルには対応していません。対応しているのは M4A ファイルに入った AAC だけです。</translation>
    </message>
    <message>
        <source>This Ogg file holds video or a kind of sound that cannot be cleaned. Only Vorbis and Opus are supported.</source>
        <translation>この Ogg ファイルには、動画か、クリーンできない種類の音声が入っています。対応しているのは Vorbis と Opus だけです。</translation>
    </message>
    <message>
        <source>This PNG has a part that is not standard ({part}), so it was not cleaned.</source>
        <translation>この PNG には標準ではない部分（{part}）があるため、クリーンしていません。</translation>
    </message>
    <message>
        <source>This animated PNG hides a still picture too large to replace, so it was not cleaned.</source>
        <translation>このアニメーション PNG には、大きすぎて置き換えられない静止画が隠れているため、クリーンしていません。</translation>
    </message>
    <message>
        <source>This TIFF has more than {count} pages.</source>
        <translation>この TIFF のページ数は {count} を超えています。</translation>
    </message>
    <message>
        <source>This TIFF is damaged: its picture data adds up to more than the file.</source>
        <translation>この TIFF は壊れています：画像データの合計がファイルより大きくなっています。</translation>
    </message>
    <message>
        <source>The first page of this TIFF is only a preview. Such TIFF files are not supported.</source>
        <translation>この TIFF の最初のページはプレビューにすぎません。このような TIFF ファイルには対応していません。</translation>
    </message>
    <message>
        <source>The clean TIFF would be larger than 4 GB.</source>
        <translation>クリーンな TIFF が 4 GB を超えてしまいます。</translation>
    </message>
    <message>
        <source>a crop hid part of the picture</source>
        <extracomment>Why the photo was saved again, in &quot;The photo was saved again at high quality ({reason}).&quot;</extracomment>
        <translation>切り取りで画像の一部が隠れていたため</translation>
    </message>
    <message>
        <source>colours under its see-through areas could hide a picture</source>
        <extracomment>Why the photo was saved again, in &quot;The photo was saved again at high quality ({reason}).&quot;</extracomment>
        <translation>透明な部分の下の色に画像が隠れている可能性があったため</translation>
    </message>
    <message>
        <source>it is made of layers that can cover one another</source>
        <extracomment>Why the photo was saved again, in &quot;The photo was saved again at high quality ({reason}).&quot;</extracomment>
        <translation>互いに重なって隠し合えるレイヤーでできているため</translation>
    </message>
    <message>
        <source>its tiles do not fit together in a regular grid</source>
        <extracomment>Why the photo was saved again, in &quot;The photo was saved again at high quality ({reason}).&quot;</extracomment>
        <translation>タイルが規則正しい格子状に並んでいないため</translation>
    </message>
    <message>
        <source>whole tiles of its picture were hidden</source>
        <extracomment>Why the photo was saved again, in &quot;The photo was saved again at high quality ({reason}).&quot;</extracomment>
        <translation>画像のタイルがまるごと隠れていたため</translation>
    </message>
    <message>
        <source>its picture is stored in another file</source>
        <extracomment>Why the photo was saved again, in &quot;The photo was saved again at high quality ({reason}).&quot;</extracomment>
        <translation>画像が別のファイルに保存されているため</translation>
    </message>
    <message>
        <source>its picture is built from data stored elsewhere in the file</source>
        <extracomment>Why the photo was saved again, in &quot;The photo was saved again at high quality ({reason}).&quot;</extracomment>
        <translation>画像がファイル内の別の場所にあるデータから作られているため</translation>
    </message>
    <message>
        <source>its picture data is not where it should be in the file</source>
        <extracomment>Why the photo was saved again, in &quot;The photo was saved again at high quality ({reason}).&quot;</extracomment>
        <translation>画像データがファイル内の本来の位置にないため</translation>
    </message>
</context>
<context>
    <name>plain</name>
    <message>
        <source>1 item</source>
        <translation>1 件</translation>
    </message>
    <message>
        <source>{count} items</source>
        <translation>{count} 件</translation>
    </message>
    <message>
        <source>in the file name: {shown}</source>
        <translation>ファイル名に含まれています：{shown}</translation>
    </message>
    <message>
        <source>{values} and {count} more</source>
        <translation>{values} ほか {count} 件</translation>
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
        <translation>東経 {deg}°</translation>
    </message>
    <message>
        <source>{deg}° W</source>
        <translation>西経 {deg}°</translation>
    </message>
    <message>
        <source>serial {number}</source>
        <translation>製造番号 {number}</translation>
    </message>
</context>
<context>
    <name>words</name>
    <message>
        <source>location</source>
        <translation>位置情報</translation>
    </message>
    <message>
        <source>phone/camera</source>
        <translation>スマホ/カメラ</translation>
    </message>
    <message>
        <source>your name</source>
        <translation>あなたの名前</translation>
    </message>
    <message>
        <source>date</source>
        <translation>日付</translation>
    </message>
    <message>
        <source>hidden extra image/video</source>
        <translation>隠れた追加の画像/動画</translation>
    </message>
    <message>
        <source>editing history</source>
        <translation>編集の履歴</translation>
    </message>
    <message>
        <source>other hidden data</source>
        <translation>そのほかの隠れたデータ</translation>
    </message>
    <message>
        <source>Reveals where it was taken or made</source>
        <translation>撮影・作成した場所がわかります</translation>
    </message>
    <message>
        <source>Identifies your phone or camera</source>
        <translation>あなたのスマホやカメラが特定されます</translation>
    </message>
    <message>
        <source>Contains a name</source>
        <translation>名前が入っています</translation>
    </message>
    <message>
        <source>Tells when it was taken or made</source>
        <translation>撮影・作成した日時がわかります</translation>
    </message>
    <message>
        <source>Hides an extra picture, video or file</source>
        <translation>追加の画像、動画、ファイルが隠れています</translation>
    </message>
    <message>
        <source>Shows editing history or the apps used</source>
        <translation>編集の履歴や使ったアプリがわかります</translation>
    </message>
    <message>
        <source>Other hidden data</source>
        <translation>そのほかの隠れたデータ</translation>
    </message>
    <message>
        <source>Location</source>
        <translation>位置情報</translation>
    </message>
    <message>
        <source>Phone or camera</source>
        <translation>スマホやカメラ</translation>
    </message>
    <message>
        <source>Names</source>
        <translation>名前</translation>
    </message>
    <message>
        <source>Date and time</source>
        <translation>日時</translation>
    </message>
    <message>
        <source>Hidden extras</source>
        <translation>隠れた追加データ</translation>
    </message>
    <message>
        <source>Apps and editing</source>
        <translation>アプリと編集</translation>
    </message>
    <message>
        <source>Other data</source>
        <translation>そのほかのデータ</translation>
    </message>
    <message>
        <source>Cleaned</source>
        <translation>クリーン済み</translation>
    </message>
    <message>
        <source>Nothing to remove</source>
        <translation>取り除くものなし</translation>
    </message>
    <message>
        <source>Not supported</source>
        <translation>対応していません</translation>
    </message>
    <message>
        <source>Could not be cleaned</source>
        <translation>クリーンできませんでした</translation>
    </message>
    <message>
        <source>Cancelled</source>
        <translation>キャンセルしました</translation>
    </message>
    <message>
        <source>removed: {what}</source>
        <translation>削除済み：{what}</translation>
    </message>
    <message>
        <source>still in the copy: {what}</source>
        <translation>コピーにまだ残っている：{what}</translation>
    </message>
    <message>
        <source>This file is damaged or incomplete.</source>
        <translation>このファイルは壊れているか、不完全です。</translation>
    </message>
    <message>
        <source>This type of file is not supported yet.</source>
        <translation>この種類のファイルにはまだ対応していません。</translation>
    </message>
    <message>
        <source>This file cannot be found or is not a normal file.</source>
        <translation>このファイルが見つからないか、通常のファイルではありません。</translation>
    </message>
    <message>
        <source>Scrubber cannot clean this file safely (for example it is too large or protected by a password).</source>
        <translation>Scrubber ではこのファイルを安全にクリーンできません（大きすぎる、パスワードで保護されている、など）。</translation>
    </message>
    <message>
        <source>The copy could not be written (is the disk full or the folder read-only?)</source>
        <translation>コピーを書き込めませんでした（ディスクがいっぱいか、フォルダーが読み取り専用ではありませんか？）</translation>
    </message>
    <message>
        <source>The copy still contained identifying data, so it was deleted.</source>
        <translation>コピーにまだ身元がわかるデータが残っていたため、コピーを削除しました。</translation>
    </message>
    <message>
        <source>Not done: cleaning was cancelled.</source>
        <translation>未処理：クリーンはキャンセルされました。</translation>
    </message>
    <message>
        <source>The areas to cover do not fit this picture, so nothing was written.</source>
        <translation>隠す範囲がこの画像に合わないため、何も書き込みませんでした。</translation>
    </message>
    <message>
        <source>Finding faces automatically does not work on this computer.</source>
        <translation>このパソコンでは、顔を自動で探す機能が使えません。</translation>
    </message>
    <message>
        <source>Photos with areas to cover or a weakened camera fingerprint need a copy: turn off “Replace the originals”.</source>
        <translation>隠す範囲がある写真や、カメラの指紋を弱めた写真にはコピーが必要です：「元のファイルを置き換える」をオフにしてください。</translation>
    </message>
    <message>
        <source>This is a link to another file or folder; it was not followed.</source>
        <translation>これは別のファイルやフォルダーへのリンクです。リンク先はたどっていません。</translation>
    </message>
    <message>
        <source>There is not enough memory to clean this file.</source>
        <translation>メモリが足りないため、このファイルをクリーンできません。</translation>
    </message>
    <message>
        <source>This file made Scrubber&apos;s reader crash (the file may be damaged). It was not cleaned.</source>
        <translation>このファイルで Scrubber の読み込みが異常終了しました（ファイルが壊れている可能性があります）。クリーンしていません。</translation>
    </message>
    <message>
        <source>Reading this file took far too long (it may be damaged), so it was stopped. It was not cleaned.</source>
        <translation>このファイルの読み込みに時間がかかりすぎたため（壊れている可能性があります）、停止しました。クリーンしていません。</translation>
    </message>
    <message>
        <source>Something went wrong in Scrubber with this file. Nothing was written.</source>
        <translation>このファイルの処理中に Scrubber で問題が起きました。何も書き込んでいません。</translation>
    </message>
</context>
</TS>
