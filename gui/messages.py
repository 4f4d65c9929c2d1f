"""The engine's messages in the user's language: one plain form per id of
scrubber.messages.CATALOGUE, looked up when shown (the language can change at any time).

An id this table does not know (an engine newer than the app's translations) and a plain
str without an id are shown in the engine's English: better untranslated than hidden.
"""

from __future__ import annotations

import string

from PySide6.QtCore import QCoreApplication, QLocale

from scrubber.messages import Message

# Called as translate("messages", "...") with literal strings, so lupdate extracts them.
translate = QCoreApplication.translate

# Parameters that are numbers: written the user's way (1 234,5 in French). Others are
# names, dates or file types and are shown as the file or the system gave them.
_DECIMALS = {"metres": 1}
_WHOLE = {"count", "pos", "frames", "mb"}


def text(message: str) -> str:
    """What the app shows for an engine message, in the current language."""
    if not isinstance(message, Message):
        return message
    template = plain(message.id)
    if template is None:
        return str(message)
    params = {k: _param(k, v) for k, v in message.params.items()}
    try:
        return template.format(**params)
    except (KeyError, IndexError, ValueError):  # a translation with a broken placeholder
        return str(message)


def in_user_language(message: str) -> bool:
    """Whether text(message) is in the current language: a known id, or English shown in
    English."""
    if QLocale().language() in (QLocale.Language.English, QLocale.Language.C):
        return True
    return isinstance(message, Message) and known(message.id)


def known(message_id: str) -> bool:
    return plain(message_id) is not None


def placeholders(template: str) -> set[str]:
    return {name for _, name, _, _ in string.Formatter().parse(template) if name}


def _param(name: str, value: str) -> str:
    if isinstance(value, Message):
        return text(value)
    locale = QLocale()
    try:
        if name in _DECIMALS:
            return locale.toString(float(value), "f", _DECIMALS[name])
        if name in _WHOLE:
            return locale.toString(int(value))
    except ValueError:
        pass
    return value


def plain(message_id: str) -> str | None:
    """The translated template of a message id, {name} marking its parameters."""
    match message_id:
        case "value.altitude_above":
            return translate("messages", "{metres} m above sea level")
        case "value.altitude_below":
            return translate("messages", "{metres} m below sea level")
        case "value.bytes":
            return translate("messages", "{count} bytes of data")
        case "name.date":
            return translate("messages", "The file name shows when it was taken: {shown}")
        case "name.device":
            return translate(
                "messages", "The file name shows the phone or camera that made it: {shown}"
            )
        case "name.app":
            return translate("messages", "The file name shows the app that made it: {apps}")
        case "name.kept":
            return translate("messages", "{finding} (the name was kept)")
        case "file.missing":
            return translate("messages", "The file cannot be found. Was it moved or deleted?")
        case "file.not_regular":
            return translate(
                "messages", "This is not a normal file (it is a folder, a device or a pipe)."
            )
        case "file.folder":
            return translate("messages", "This is a folder, not a file.")
        case "file.empty":
            return translate("messages", "The file is empty.")
        case "file.unreadable":
            return translate("messages", "The file cannot be read: {reason}")
        case "file.not_as_named":
            return translate(
                "messages", "The file name says {format}, but the file cannot be read as {format}."
            )
        case "file.unsupported":
            return translate(
                "messages", "This type of file is not supported, so it was not cleaned."
            )
        case "file.link":
            return translate("messages", "This is a link; it was not followed.")
        case "file.read_failed":
            return translate("messages", "This file could not be read ({kind}).")
        case "file.too_deep":
            return translate(
                "messages", "It holds documents inside documents, too many levels deep."
            )
        case "memory.read":
            return translate("messages", "There is not enough memory to read this file.")
        case "memory.clean":
            return translate("messages", "There is not enough memory.")
        case "io.failed":
            return translate("messages", "A file could not be read or written: {reason}")
        case "internal.failed":
            return translate("messages", "Unexpected error ({kind}). Nothing was written.")
        case "clean.would_replace":
            return translate(
                "messages", "The copy would replace the original. Choose another name or folder."
            )
        case "clean.in_place_type":
            return translate(
                "messages",
                "Replacing the original cannot change the file type. "
                "Save copies in a folder instead.",
            )
        case "clean.in_place_link":
            return translate("messages", "This file is a link. Save copies in a folder instead.")
        case "verify.unreadable":
            return translate(
                "messages", "The clean copy could not be checked again, so it was deleted: {reason}"
            )
        case "verify.left":
            return translate(
                "messages", "The clean copy still held data ({left}), so it was deleted."
            )
        case "output.folder_create":
            return translate("messages", "The folder for the copies cannot be created: {reason}")
        case "output.folder_write":
            return translate(
                "messages", "Nothing can be saved in the folder for the copies: {reason}"
            )
        case "output.finish":
            return translate("messages", "The copy could not be finished: {reason}")
        case "output.sync":
            return translate("messages", "The copies could not be saved to the disk: {reason}")
        case "output.no_name":
            return translate("messages", "No free name was found for the clean copy.")
        case "output.save":
            return translate("messages", "The clean copy could not be saved: {reason}")
        case "output.replace":
            return translate("messages", "The earlier copy could not be replaced: {reason}")
        case "jpeg.no_start":
            return translate("messages", "This JPEG is damaged: its beginning is missing.")
        case "jpeg.bad_length":
            return translate("messages", "This JPEG is damaged (a wrong length at byte {pos}).")
        case "jpeg.scan_end":
            return translate(
                "messages", "This JPEG is damaged: its picture does not end where it should."
            )
        case "jpeg.no_marker":
            return translate("messages", "This JPEG is damaged (a missing marker at byte {pos}).")
        case "jpeg.cut_before_picture":
            return translate("messages", "This JPEG is cut off before the picture starts.")
        case "jpeg.too_many_parts":
            return translate("messages", "This JPEG is damaged: it has far too many parts.")
        case "jpeg.unsupported_kind":
            return translate(
                "messages", "This rare kind of JPEG (hierarchical or JPEG-LS) is not supported."
            )
        case "jpeg.no_picture":
            return translate("messages", "This JPEG holds no picture.")
        case "jpeg.scan_moved":
            return translate(
                "messages", "This JPEG is damaged: its picture is not where the file says."
            )
        case "jpeg.many_frames":
            return translate(
                "messages", "This JPEG is damaged: it holds more than one picture frame."
            )
        case "jpeg.hidden_in_picture":
            return translate(
                "messages",
                "This JPEG has other data hidden inside its picture, so it was not cleaned.",
            )
        case "jpeg.profile_too_large":
            return translate("messages", "The colour profile is too large.")
        case "jpeg.cut_off":
            return translate("messages", "The picture is incomplete: the file was cut off.")
        case "jpeg.damaged_in_places":
            return translate(
                "messages",
                "This JPEG is damaged in places; the copy looks the same as the original did.",
            )
        case "gif.cut_short":
            return translate(
                "messages", "The GIF file was cut short; its complete frames were kept."
            )
        case "picture.saved_as_png":
            return translate("messages", "The {format} picture was saved as PNG.")
        case "picture.first_frame_only":
            return translate(
                "messages", "Only the first frame of the animation was kept ({frames} in the file)."
            )
        case "picture.first_page_only":
            return translate("messages", "Only the first page was kept ({frames} in the file).")
        case "picture.8_bits":
            return translate(
                "messages", "The picture was saved with 8 bits per colour (it had more)."
            )
        case "picture.colours_rgb":
            return translate(
                "messages", "Colours may look slightly different ({mode} was turned into RGB)."
            )
        case "picture.transparent_white":
            return translate(
                "messages", "Transparent areas were filled with white (JPEG has no transparency)."
            )
        case "pdf.form_xml":
            return translate("messages", "The form's XML layer was removed.")
        case "pdf.signature":
            return translate("messages", "A digital signature was removed.")
        case "doc.objects_removed":
            return translate(
                "messages", "Embedded objects (files inside the document) were removed."
            )
        case "doc.drawings_removed":
            return translate(
                "messages",
                "Pictures in drawing formats that cannot be checked (SVG, WMF…) were removed.",
            )
        case "doc.saved_without_macros":
            return translate("messages", "It is saved as {ext}: the same document without macros.")
        case "picture.animation_not_turned":
            return translate(
                "messages",
                "The animation keeps its rotation tag; its frames were not turned.",
            )
        case "tiff.pages":
            return translate(
                "messages",
                "This TIFF has {count} pages. Many viewers show only the first: check the "
                "others too.",
            )
        case "tiff.tag_kept":
            return translate(
                "messages",
                "The TIFF keeps its orientation tag; its pixels were not turned.",
            )
        case "heic.transparent_white":
            return translate(
                "messages",
                "Transparent areas were filled with white (JPEG has no transparency).",
            )
        case "heic.colours":
            return translate(
                "messages",
                "Colours may look slightly different in the JPEG copy.",
            )
        case "png.cut_before_picture":
            return translate(
                "messages",
                "This PNG is cut off before the picture starts.",
            )
        case "png.cut_short":
            return translate(
                "messages",
                "The file was cut off; the clean copy keeps the part that is there.",
            )
        case "webp.rotation_removed":
            return translate(
                "messages",
                "The removed data said to turn the picture. Check that it is the right way up.",
            )
        case "apng.blank_still":
            return translate(
                "messages",
                "Viewers that do not play animations now show a blank picture instead of a "
                "hidden one.",
            )
        case "video.muted":
            return translate(
                "messages",
                "The sound was removed.",
            )
        case "video.deep":
            return translate(
                "messages",
                "The clip had more than 8 bits per colour (HDR); the copy has 8, so colours "
                "may look flatter.",
            )
        case "pdf.repaired":
            return translate(
                "messages",
                "Its broken index was rebuilt the way PDF viewers do it. Check the clean copy.",
            )
        case "pdf.lock_removed":
            return translate(
                "messages",
                "It was locked against copying, printing or changes, but opens without a "
                "password. The clean copy has no lock.",
            )
        case "pdf.attachments_locked":
            return translate(
                "messages",
                "Its attached files are locked with a password (the pages are not). The clean"
                " copy has no attachments.",
            )
        case "pdf.crop_removed":
            return translate(
                "messages",
                "A cropped picture still held the part you cut away. It was removed.",
            )
        case "pdf.flattened":
            return translate(
                "messages",
                "Pages were turned into pictures: text can no longer be selected or searched.",
            )
        case "pdf.hidden_layers":
            return translate(
                "messages",
                "{count} layers of this PDF are hidden when it opens. They are kept in the copy; "
                "to leave them out, choose to turn PDF pages into pictures.",
            )
        case "pdf.hidden_layers_one":
            return translate(
                "messages",
                "1 layer of this PDF is hidden when it opens. It is kept in the copy; to leave "
                "it out, choose to turn PDF pages into pictures.",
            )
        case "pdf.white_text":
            return translate(
                "messages",
                "There is text in white, unseen on a white page, on {count} pages. "
                "It is kept in the copy; to leave it out, choose to turn PDF pages into pictures.",
            )
        case "pdf.white_text_one":
            return translate(
                "messages",
                "There is text in white, unseen on a white page, on 1 page. "
                "It is kept in the copy; to leave it out, choose to turn PDF pages into pictures.",
            )
        case "pdf.off_page_text":
            return translate(
                "messages",
                "There is text placed outside the page on {count} pages. "
                "It is kept in the copy; to leave it out, choose to turn PDF pages into pictures.",
            )
        case "pdf.off_page_text_one":
            return translate(
                "messages",
                "There is text placed outside the page on 1 page. "
                "It is kept in the copy; to leave it out, choose to turn PDF pages into pictures.",
            )
        case "doc.fonts_removed":
            return translate("messages", "Embedded fonts were removed.")
        case "doc.media_removed":
            return translate(
                "messages", "Videos and sounds were removed: they could not be checked."
            )
        case "doc.office_drawings_removed":
            return translate(
                "messages",
                "Pictures in drawing formats that cannot be checked (EMF, WMF, SVG…) were removed.",
            )
        case "heic.saved_again":
            return translate("messages", "The photo was saved again at high quality ({reason}).")
        case "doc.macros_removed":
            return translate(
                "messages",
                "The macros (programs) in this document were removed.",
            )
        case "pdf.password":
            return translate(
                "messages",
                "This PDF asks for a password to open it. Remove the password first.",
            )
        case "pdf.damaged":
            return translate(
                "messages",
                "This PDF is damaged and cannot be cleaned safely.",
            )
        case "pdf.cut_off":
            return translate(
                "messages",
                "This PDF is damaged and cannot be cleaned safely: its end is missing.",
            )
        case "pdf.damaged_repairable":
            return translate(
                "messages",
                "This PDF is damaged (cut off, or parts of it are broken) and cannot be "
                "cleaned safely. Saving it again from a PDF viewer may repair it.",
            )
        case "heif.damaged":
            return translate(
                "messages",
                "This {format} picture is damaged and cannot be decoded: part of it is missing.",
            )
        case "hidden.slides":
            return translate(
                "messages",
                "{count} slides are hidden. They are kept in the copy; to remove them, turn "
                "on removing hidden content.",
            )
        case "hidden.slides_one":
            return translate(
                "messages",
                "1 slide is hidden. It is kept in the copy; to remove it, turn on removing "
                "hidden content.",
            )
        case "hidden.notes":
            return translate(
                "messages",
                "There are speaker notes on {count} slides. They are kept in the copy; to "
                "remove them, turn on removing speaker notes.",
            )
        case "hidden.notes_one":
            return translate(
                "messages",
                "There are speaker notes on 1 slide. They are kept in the copy; to remove "
                "them, turn on removing speaker notes.",
            )
        case "hidden.sheets":
            return translate(
                "messages",
                "{count} sheets are hidden. They are kept in the copy; to remove them, turn "
                "on removing hidden content.",
            )
        case "hidden.sheets_one":
            return translate(
                "messages",
                "1 sheet is hidden. It is kept in the copy; to remove it, turn on removing "
                "hidden content.",
            )
        case "hidden.text":
            return translate(
                "messages",
                "There is hidden text in {count} places. It is kept in the copy; to remove "
                "it, turn on removing hidden content.",
            )
        case "hidden.text_one":
            return translate(
                "messages",
                "There is hidden text in 1 place. It is kept in the copy; to remove it, turn "
                "on removing hidden content.",
            )
        case "hidden.sections":
            return translate(
                "messages",
                "{count} sections are hidden. They are kept in the copy; to remove them, turn"
                " on removing hidden content.",
            )
        case "hidden.sections_one":
            return translate(
                "messages",
                "1 section is hidden. It is kept in the copy; to remove it, turn on removing "
                "hidden content.",
            )
        case "crop.removed_one":
            return translate(
                "messages",
                "A cropped photo still held the part you cut away. It was removed.",
            )
        case "crop.removed":
            return translate(
                "messages",
                "{count} cropped photos still held the parts you cut away. They were removed.",
            )
        case "fingerprint.resized":
            return translate(
                "messages",
                "The camera fingerprint was weakened, not removed. The picture was resized "
                "from {before} to {after} pixels.",
            )
        case "doc.password":
            return translate(
                "messages",
                "This document is protected by a password. Remove the password first.",
            )
        case "doc.zip_unreadable":
            return translate(
                "messages",
                "This document is damaged: its contents cannot be unpacked.",
            )
        case "doc.damaged":
            return translate(
                "messages",
                "This document is damaged and cannot be read safely.",
            )
        case "tiff.no_picture":
            return translate(
                "messages",
                "This TIFF file holds no picture.",
            )
        case "tiff.raw":
            return translate(
                "messages",
                "Camera RAW files are not supported. Export a TIFF or JPEG first.",
            )
        case "tiff.damaged":
            return translate(
                "messages",
                "This TIFF file is damaged.",
            )
        case "tiff.old_jpeg":
            return translate(
                "messages",
                "Old-style JPEG TIFF files are not supported. Convert them first.",
            )
        case "tiff.cut_short":
            return translate(
                "messages",
                "This TIFF file is cut off or damaged.",
            )
        case "heic.encrypted":
            return translate(
                "messages",
                "This {format} picture is encrypted.",
            )
        case "heic.is_avif":
            return translate(
                "messages",
                "This picture is AVIF, not HEIC. Rename it to end in .avif.",
            )
        case "heic.undecodable":
            return translate(
                "messages",
                "This {format} picture is damaged and cannot be decoded.",
            )
        case "heic.too_small":
            return translate(
                "messages",
                "The picture is too small to save as HEIC. Choose JPEG copies instead.",
            )
        case "heic.save_failed":
            return translate(
                "messages",
                "The picture could not be saved as HEIC. Choose JPEG copies instead.",
            )
        case "picture.too_large":
            return translate(
                "messages",
                "The picture is too large to process ({size} pixels).",
            )
        case "png.invalid":
            return translate(
                "messages",
                "This is not a valid PNG file.",
            )
        case "png.bad_chunk":
            return translate(
                "messages",
                "This PNG file is damaged (a part of it is not valid).",
            )
        case "png.no_header":
            return translate(
                "messages",
                "This PNG file is damaged: its beginning is missing.",
            )
        # Why a document was not cleaned (PDF, Office, OpenDocument).
        case "pdf.too_complex":
            return translate("messages", "This PDF is too complex to be checked safely.")
        case "pdf.too_deep":
            return translate(
                "messages",
                "This PDF has too many levels, one inside another, to be checked safely.",
            )
        case "pdf.drawings_too_deep":
            return translate(
                "messages",
                "The drawings in this PDF are put one inside another too many "
                "times to be checked safely.",
            )
        case "pdf.too_many_parts":
            return translate(
                "messages", "This PDF has too many parts ({count}) to be checked safely."
            )
        case "pdf.too_many_pages":
            return translate(
                "messages", "This PDF has too many pages ({count}) to turn them into pictures."
            )
        case "pdf.new_id_failed":
            return translate(
                "messages", "This PDF could not be given a new document ID, so it was not cleaned."
            )
        case "pdf.rewrite_unfaithful":
            return translate(
                "messages", "This PDF could not be copied faithfully, so it was not cleaned."
            )
        case "pdf.page_unchecked":
            return translate(
                "messages",
                "A page of this PDF has pictures on it that cannot be checked. To clean this "
                "PDF, choose to turn PDF pages into pictures.",
            )
        case "pdf.shape_uncuttable":
            return translate(
                "messages",
                "A picture in this PDF is shown through a shape that hides part of it, and it "
                "cannot be cut exactly. To clean this PDF, choose to turn PDF pages into "
                "pictures.",
            )
        case "pdf.hidden_part_uncuttable":
            return translate(
                "messages",
                "A picture in this PDF has a hidden part, stored in a way that cannot be cut "
                "away. To clean this PDF, choose to turn PDF pages into pictures.",
            )
        case "pdf.hidden_part_too_large":
            return translate(
                "messages",
                "A picture in this PDF has a hidden part and is too large to be cut. To clean "
                "this PDF, choose to turn PDF pages into pictures.",
            )
        case "pdf.picture_unchecked":
            return translate(
                "messages", "A picture in this PDF is stored in a way that cannot be checked."
            )
        case "pdf.inline_picture_unchecked":
            return translate(
                "messages",
                "A picture drawn inside a page of this PDF is stored in a "
                "way that cannot be checked.",
            )
        case "pdf.profile_unchecked":
            return translate(
                "messages",
                "A colour profile in this PDF is stored in a way that cannot be checked.",
            )
        case "pdf.inline_picture_not_rewritten":
            return translate(
                "messages",
                "A picture drawn inside a page of this PDF could not "
                "be saved again without its hidden data.",
            )
        case "pdf.picture_too_big":
            return translate(
                "messages", "A picture in this PDF is too large once unpacked (more than {mb} MB)."
            )
        case "pdf.inline_picture_too_big":
            return translate(
                "messages",
                "A picture drawn inside a page of this PDF is too large "
                "once unpacked (more than {mb} MB).",
            )
        case "pdf.page_too_big":
            return translate(
                "messages", "A page of this PDF is too large once unpacked (more than {mb} MB)."
            )
        case "pdf.profile_too_big":
            return translate(
                "messages",
                "A colour profile in this PDF is too large once unpacked (more than {mb} MB).",
            )
        case "pdf.jpx_comments":
            return translate(
                "messages", "A JPEG 2000 picture in this PDF has comments that cannot be removed."
            )
        case "pdf.in_picture":
            return translate("messages", "There is a problem with a picture in this PDF. {problem}")
        case "pdf.in_inline_picture":
            return translate(
                "messages",
                "There is a problem with a picture drawn inside a page of this PDF. {problem}",
            )
        case "doc.too_big":
            return translate(
                "messages",
                "Unpacked, this document would take more than {mb} MB: too much to be "
                "checked safely.",
            )
        case "doc.xml_attack":
            return translate(
                "messages",
                "A part of this document ({part}) holds an XML declaration used in "
                "attacks, so it was not opened.",
            )
        case "doc.in_picture":
            return translate(
                "messages", "There is a problem with a picture in this document ({part}). {problem}"
            )
        case "doc.in_document":
            return translate(
                "messages",
                "There is a problem with a document inside this document ({part}). {problem}",
            )
        case "zip.bomb":
            return translate(
                "messages",
                "This document is packed in a way used to crash programs (a zip bomb), so "
                "it was not opened.",
            )
        case "odf.not_odf":
            return translate("messages", "This zip file is not an OpenDocument file.")
        case "odf.unsupported_kind":
            return translate("messages", "This kind of OpenDocument file is not supported.")
        case "office.not_office":
            return translate("messages", "This zip file is not an Office document.")
        case "office.unsupported_kind":
            return translate("messages", "This kind of Office document is not supported.")
        case "office.old_or_locked":
            return translate(
                "messages",
                "This is an old-style Office file (.doc, .xls, .ppt) or a "
                "document protected by a password. Open it in Office and save it "
                "as .docx, .xlsx or .pptx, without a password.",
            )
        case "office.strict":
            return translate(
                "messages",
                "This document is saved as Strict Open XML, which is not supported. "
                "Save it again as an ordinary .docx, .xlsx or .pptx file.",
            )
        case "office.alt_chunk":
            return translate(
                "messages",
                "Part of this document's text is stored inside it as a web page or "
                "in another format, which cannot be checked. Open it in Word and "
                "save it again.",
            )
        # (end of documents' refusals)
        #
        # Why a picture, sound or video was not cleaned, or was saved again.
        case "picture.too_large_no_size":
            return translate("messages", "The picture is too large to process.")
        case "crop.too_large":
            return translate("messages", "A cropped picture in it is too large to cut safely.")
        case "redact.unsupported":
            return translate("messages", "Areas cannot be covered in {format} pictures.")
        case "redact.not_a_clip":
            return translate("messages", "{format} files are not video clips.")
        case "redact.would_replace":
            return translate(
                "messages", "The copy would replace the original. Choose another name or folder."
            )
        case "redact.needs_copy":
            return translate(
                "messages",
                "Covering areas makes a new copy: the original is never changed. Save copies in a "
                "folder instead.",
            )
        case "clip.turned":
            return translate(
                "messages", "This clip is turned by {degrees} degrees, which is not supported."
            )
        case "clip.too_large":
            return translate("messages", "The clip is too large to process ({size} pixels).")
        case "heic.description_too_large":
            return translate(
                "messages", "The description of this {format} picture is too large to check."
            )
        case "heic.sequence":
            return translate("messages", "{format} picture sequences and videos are not supported.")
        case "heic.too_many_parts":
            return translate("messages", "This {format} file has too many parts to check safely.")
        case "heif.compression":
            return translate(
                "messages",
                "This HEIF picture uses a kind of compression that is not supported ({code}).",
            )
        case "avif.save_failed":
            return translate("messages", "The picture could not be saved as AVIF.")
        case "movie.fragments":
            return translate(
                "messages",
                "This {format} file is stored in pieces, as when it is streamed. This is not "
                "supported.",
            )
        case "movie.header_packed":
            return translate(
                "messages",
                "The header of this {format} file is split up or compressed. This is not "
                "supported.",
            )
        case "movie.external_media":
            return translate(
                "messages",
                "This {format} file plays sound or pictures stored in other files. This is not "
                "supported.",
            )
        case "movie.protected":
            return translate(
                "messages", "This {format} file is copy-protected, so it cannot be cleaned."
            )
        case "movie.too_large":
            return translate("messages", "This {format} file is too large to clean.")
        case "video.sound_layout":
            return translate(
                "messages", "The sound of this video is stored in a way that is not supported."
            )
        case "video.sound_old":
            return translate(
                "messages", "The sound of this video is in an old format that is not supported."
            )
        case "m4a.other_tracks":
            return translate(
                "messages",
                "This M4A file also holds video, chapters or text, which cannot be cleaned here.",
            )
        case "m4a.protected":
            return translate(
                "messages",
                "This is copy-protected iTunes music. Its purchase record cannot be removed "
                "without breaking it.",
            )
        case "flac.id3":
            return translate(
                "messages",
                "This FLAC file starts with an ID3 tag, which FLAC players do not expect, so it "
                "was not cleaned.",
            )
        case "aac.raw":
            return translate(
                "messages", "Bare AAC sound files are not supported, only AAC inside M4A files."
            )
        case "ogg.unsupported":
            return translate(
                "messages",
                "This Ogg file holds video or a kind of sound that cannot be cleaned. Only Vorbis "
                "and Opus are supported.",
            )
        case "png.unknown_part":
            return translate(
                "messages",
                "This PNG has a part that is not standard ({part}), so it was not cleaned.",
            )
        case "apng.still_too_large":
            return translate(
                "messages",
                "This animated PNG hides a still picture too large to replace, so it was not "
                "cleaned.",
            )
        case "tiff.too_many_pages":
            return translate("messages", "This TIFF has more than {count} pages.")
        case "tiff.data_too_large":
            return translate(
                "messages", "This TIFF is damaged: its picture data adds up to more than the file."
            )
        case "tiff.preview_first":
            return translate(
                "messages",
                "The first page of this TIFF is only a preview. Such TIFF files are not supported.",
            )
        case "tiff.over_4gb":
            return translate("messages", "The clean TIFF would be larger than 4 GB.")
        case "heic.again_crop":
            #: Why the photo was saved again, in "The photo was saved again at high
            #: quality ({reason})."
            return translate("messages", "a crop hid part of the picture")
        case "heic.again_alpha":
            #: Why the photo was saved again, in "The photo was saved again at high
            #: quality ({reason})."
            return translate("messages", "colours under its see-through areas could hide a picture")
        case "heic.again_layers":
            #: Why the photo was saved again, in "The photo was saved again at high
            #: quality ({reason})."
            return translate("messages", "it is made of layers that can cover one another")
        case "heic.again_grid":
            #: Why the photo was saved again, in "The photo was saved again at high
            #: quality ({reason})."
            return translate("messages", "its tiles do not fit together in a regular grid")
        case "heic.again_grid_hides":
            #: Why the photo was saved again, in "The photo was saved again at high
            #: quality ({reason})."
            return translate("messages", "whole tiles of its picture were hidden")
        case "heic.again_elsewhere":
            #: Why the photo was saved again, in "The photo was saved again at high
            #: quality ({reason})."
            return translate("messages", "its picture is stored in another file")
        case "heic.again_borrowed":
            #: Why the photo was saved again, in "The photo was saved again at high
            #: quality ({reason})."
            return translate(
                "messages", "its picture is built from data stored elsewhere in the file"
            )
        case "heic.again_outside":
            #: Why the photo was saved again, in "The photo was saved again at high
            #: quality ({reason})."
            return translate("messages", "its picture data is not where it should be in the file")
        # (end of media refusals)
        case _:
            return None
