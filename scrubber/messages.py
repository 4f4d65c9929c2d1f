"""Sentences the engine says to the user, each with a stable id and its parameters.

The command line prints the English sentence; the app looks the id up and says it in the
user's language (gui/messages.py), with the parameters put back in. A `Message` is a `str`
holding the English sentence, so everything that printed, compared or wrote it to JSON
before still does, and a message built before this module existed (a plain str) is simply
shown in English.

Adding a message: one line in CATALOGUE below, `Message("its.id", name=value)` where it
is raised or warned, and its plain form in gui/messages.py (a test fails until it is
there, and `make lupdate` then asks every language for it).
"""

from __future__ import annotations

from typing import Any

_PDF_KEPT = "it is kept: turn pages into pictures (--flatten-pdf) to leave it out"

# id -> English template; {name} is a parameter. Ids never change once released: the app
# and its translations find the sentence by id.
CATALOGUE: dict[str, str] = {
    # Values of findings, where the engine (not the file) wrote the words.
    "value.altitude_above": "{metres} m above sea level",
    "value.altitude_below": "{metres} m below sea level",
    "value.bytes": "{count} bytes",
    # What a file name gives away (scrubber.names).
    "name.date": "the file name shows when it was taken: {shown}",
    "name.device": "the file name shows the phone or camera that made it: {shown}",
    "name.app": "the file name shows the app that made it: {apps}",
    "name.kept": "{finding} (the name was kept)",
    # Why a file could not be read or cleaned (ScrubberError messages).
    "file.missing": "the file could not be found (moved or deleted?)",
    "file.not_regular": "this is not a regular file (a folder, device or pipe)",
    "file.folder": "this is a folder, not a file",
    "file.empty": "the file is empty",
    "file.unreadable": "cannot read the file: {reason}",
    "file.not_as_named": "the file name says {format}, but it could not be read as {format}",
    "file.unsupported": "this type of file is not supported, so it was not cleaned",
    "file.link": "this is a link; it was not followed",
    "file.read_failed": "this file could not be read ({kind})",
    "file.too_deep": "it holds documents inside documents too many levels deep",
    "memory.read": "not enough memory to read this file",
    "memory.clean": "not enough memory",
    "io.failed": "could not read or write a file: {reason}",
    "internal.failed": "unexpected error ({kind}); nothing was written",
    "clean.would_replace": "the output would replace the original; use in-place cleaning",
    "clean.in_place_type": "in-place cleaning cannot change the file type; use an output folder",
    "clean.in_place_link": "this file is a link; clean it with an output folder instead",
    "verify.unreadable": "the cleaned copy could not be re-checked: {reason}",
    "verify.left": "the cleaned copy still held data ({left}); it was deleted",
    "output.folder_create": "cannot create the output folder: {reason}",
    "output.folder_write": "cannot write to the output folder: {reason}",
    "output.finish": "could not finish writing: {reason}",
    "output.sync": "could not save the copies to disk: {reason}",
    "output.no_name": "could not find a free name for the cleaned copy",
    "output.save": "could not save the cleaned copy: {reason}",
    "output.replace": "could not replace the earlier copy: {reason}",
    "jpeg.no_start": "this JPEG has no start-of-image marker",
    "jpeg.bad_length": "this JPEG is damaged (bad segment length at byte {pos})",
    "jpeg.scan_end": "this JPEG's picture data does not end where it was written to end",
    "jpeg.no_marker": "this JPEG is damaged (no marker where one should be, byte {pos})",
    "jpeg.cut_before_picture": "this JPEG is cut off before its picture data",
    "jpeg.too_many_parts": "this JPEG has an implausible number of parts; it is damaged",
    "jpeg.unsupported_kind": "this kind of JPEG (hierarchical or JPEG-LS) is not supported",
    "jpeg.no_picture": "this JPEG holds no picture",
    "jpeg.scan_moved": "this JPEG's picture data is not where it was written",
    "jpeg.many_frames": "this JPEG holds more than one picture frame; it is damaged",
    "jpeg.hidden_in_picture": "this JPEG has other data hidden in its picture; not cleaned",
    "jpeg.profile_too_large": "the colour profile is too large",
    # Warnings: cleaned, but the user should know this.
    "jpeg.cut_off": "the image data is incomplete (the file was cut off)",
    "jpeg.damaged_in_places": "this JPEG is damaged in places; the copy shows it as viewers did",
    "gif.cut_short": "the GIF file was cut short; its complete frames were kept",
    "picture.saved_as_png": "the {format} picture was saved as PNG",
    "picture.first_frame_only": (
        "only the first frame of the animation was kept ({frames} in the file)"
    ),
    "picture.first_page_only": "only the first page was kept ({frames} in the file)",
    "picture.8_bits": "the picture was saved with 8 bits per colour (it had more)",
    "picture.colours_rgb": "colours may look slightly different ({mode} was turned into RGB)",
    "picture.transparent_white": "transparent areas were filled with white (JPEG)",
    "picture.animation_not_turned": (
        "an animation keeps its rotation tag; its frames were not turned"
    ),
    "tiff.pages": (
        "this TIFF has {count} pages; many viewers show only the first - check the others too"
    ),
    "tiff.tag_kept": "the TIFF keeps its orientation tag; its pixels were not turned",
    "heic.transparent_white": "transparent areas were filled with white (JPEG has no transparency)",
    "heic.colours": "colours may look slightly different in the JPEG copy",
    "png.cut_before_picture": "the PNG file is cut short before any picture data",
    "png.cut_short": "the file was cut short; the cleaned copy keeps the part that is there",
    "webp.rotation_removed": (
        "the removed EXIF data said to rotate the picture; check it is the right way up"
    ),
    "apng.blank_still": (
        "viewers that do not play animations now show a blank picture instead of a hidden one"
    ),
    "video.muted": "the sound was removed",
    "video.deep": (
        "the clip had more than 8 bits per colour (HDR); the copy has 8, colours may look flatter"
    ),
    "pdf.password": "this PDF asks for a password to open it; remove the password first",
    "pdf.damaged": "this PDF is damaged and cannot be cleaned safely",
    "pdf.cut_off": (
        "this PDF is damaged and cannot be cleaned safely (it is cut off: its end is missing)"
    ),
    "pdf.damaged_repairable": (
        "this PDF is damaged and cannot be cleaned safely (it is cut off or parts of it are "
        "broken); saving it again from a PDF viewer may repair it"
    ),
    "heif.damaged": (
        "this {format} picture is damaged and could not be decoded (its coded data is cut short)"
    ),
    "hidden.slides": (
        "{count} slides are hidden: kept in the copy (choose to remove hidden content to remove it)"
    ),
    "hidden.slides_one": (
        "1 slide is hidden: kept in the copy (choose to remove hidden content to remove it)"
    ),
    "hidden.notes": (
        "speaker notes on {count} slides: kept in the copy "
        "(choose to remove hidden content to remove it)"
    ),
    "hidden.notes_one": (
        "speaker notes on 1 slide: kept in the copy (choose to remove hidden content to remove it)"
    ),
    "hidden.sheets": (
        "{count} sheets are hidden: kept in the copy (choose to remove hidden content to remove it)"
    ),
    "hidden.sheets_one": (
        "1 sheet is hidden: kept in the copy (choose to remove hidden content to remove it)"
    ),
    "hidden.text": (
        "hidden text in {count} places: kept in the copy "
        "(choose to remove hidden content to remove it)"
    ),
    "hidden.text_one": (
        "hidden text in 1 place: kept in the copy (choose to remove hidden content to remove it)"
    ),
    "hidden.sections": (
        "{count} hidden sections: kept in the copy (choose to remove hidden content to remove it)"
    ),
    "hidden.sections_one": (
        "1 hidden section: kept in the copy (choose to remove hidden content to remove it)"
    ),
    # Content a PDF holds but does not show (pdf_hidden); the remedy names the option.
    "pdf.hidden_layers": ("{count} layers hidden when the document opens; " + _PDF_KEPT),
    "pdf.hidden_layers_one": "1 layer hidden when the document opens; " + _PDF_KEPT,
    "pdf.white_text": "text in white on {count} pages (unseen on white); " + _PDF_KEPT,
    "pdf.white_text_one": "text in white on 1 page (unseen on white); " + _PDF_KEPT,
    "pdf.off_page_text": "text placed off the page on {count} pages; " + _PDF_KEPT,
    "pdf.off_page_text_one": "text placed off the page on 1 page; " + _PDF_KEPT,
    "crop.removed_one": "a cropped photo still held the part you cut away: removed",
    "crop.removed": "{count} cropped photos still held the parts you cut away: removed",
    "fingerprint.resized": (
        "camera fingerprint: this reduces, does not remove, the sensor-noise pattern that can "
        "link photos to one camera; the picture was resized from {before} to {after}"
    ),
    "doc.password": "this document is password-protected; remove the password",
    "doc.zip_unreadable": "the document is damaged (its zip structure cannot be read)",
    "doc.damaged": "the document is damaged and cannot be read safely",
    "tiff.no_picture": "the TIFF file holds no picture",
    "tiff.raw": "camera RAW files are not supported; export a TIFF or JPEG",
    "tiff.damaged": "the TIFF file is damaged",
    "tiff.old_jpeg": "old-style JPEG TIFF files are not supported; convert them first",
    "tiff.cut_short": "the TIFF file is cut short or damaged",
    "heic.encrypted": "this {format} picture is encrypted",
    "heic.is_avif": "this AV1 picture is not a HEIC file (name it .avif)",
    "heic.undecodable": "this {format} picture is damaged and could not be decoded",
    "heic.too_small": "the picture is too small to save as HEIC; choose JPEG output",
    "heic.save_failed": "the picture could not be saved as HEIC; choose JPEG output",
    "picture.too_large": "the picture is too large to process ({size} pixels)",
    "png.invalid": "this is not a valid PNG file",
    "png.bad_chunk": "the PNG file is damaged (a chunk header is not valid)",
    "png.no_header": "the PNG file is damaged (it does not start with an image header)",
    "pdf.form_xml": "the form's XML layer was removed",
    "pdf.repaired": (
        "its broken index was rebuilt the way PDF viewers do it; check the cleaned copy"
    ),
    "pdf.lock_removed": (
        "it is locked against copying, printing or changes but opens without a password: "
        "the cleaned copy has no lock"
    ),
    "pdf.attachments_locked": (
        "its attached files are locked with a password (the pages are not): "
        "the cleaned copy has no attachments"
    ),
    "pdf.crop_removed": "a cropped picture still held the part you cut away: removed",
    "pdf.flattened": "pages were turned into pictures: text can no longer be selected or searched",
    "doc.macros_removed": "the macros (programs) in this document were removed",
    "pdf.signature": "a digital signature was removed",
    "doc.objects_removed": "embedded objects (files inside the document) were removed",
    "doc.drawings_removed": (
        "pictures in drawing formats that cannot be checked (SVG, WMF...) were removed"
    ),
    "doc.fonts_removed": "embedded fonts were removed",
    "doc.media_removed": "videos and sounds were removed: they could not be checked",
    "doc.office_drawings_removed": (
        "pictures in drawing formats that cannot be checked (EMF, WMF, SVG...) were removed"
    ),
    "heic.saved_again": "the photo was saved again at high quality ({reason})",
    "doc.saved_without_macros": "it is saved as {ext}, the same document without macros",
    # Why a document was not cleaned (PDF, Office, OpenDocument).
    "pdf.too_complex": "this PDF is too complex to check safely",
    "pdf.too_deep": "this PDF is nested too deeply to check safely",
    "pdf.drawings_too_deep": "this PDF's drawings are nested too deeply to check safely",
    "pdf.too_many_parts": "this PDF has too many parts to check safely ({count})",
    "pdf.too_many_pages": "this PDF has too many pages to flatten ({count})",
    "pdf.new_id_failed": "this PDF could not be given a new document ID; not cleaned",
    "pdf.rewrite_unfaithful": "this PDF could not be rewritten faithfully; not cleaned",
    "pdf.page_unchecked": (
        "a page with pictures on it cannot be checked; "
        "turn pages into pictures (--flatten-pdf) to clean it"
    ),
    "pdf.shape_uncuttable": (
        "a picture in this PDF is shown through a shape that hides part of it, which cannot "
        "be cut exactly; turn pages into pictures (--flatten-pdf) to clean it"
    ),
    "pdf.hidden_part_uncuttable": (
        "a picture inside this PDF has a hidden part stored in a way we cannot cut; "
        "turn pages into pictures (--flatten-pdf) to clean it"
    ),
    "pdf.hidden_part_too_large": (
        "a picture inside this PDF with a hidden part is too large to cut; "
        "turn pages into pictures (--flatten-pdf) to clean it"
    ),
    "pdf.picture_unchecked": "a picture inside this PDF is stored in a way that cannot be checked",
    "pdf.inline_picture_unchecked": (
        "a picture drawn inside a page is stored in a way that cannot be checked"
    ),
    "pdf.profile_unchecked": (
        "a colour profile inside this PDF is stored in a way that cannot be checked"
    ),
    "pdf.inline_picture_not_rewritten": (
        "a picture drawn inside a page could not be rewritten without its metadata"
    ),
    "pdf.picture_too_big": "a picture inside this PDF unpacks to more than {mb} MB",
    "pdf.inline_picture_too_big": "a picture drawn inside a page unpacks to more than {mb} MB",
    "pdf.page_too_big": "a page of this PDF unpacks to more than {mb} MB",
    "pdf.profile_too_big": "a colour profile inside this PDF unpacks to more than {mb} MB",
    "pdf.jpx_comments": "a JPEG 2000 picture in this PDF has comments we cannot remove",
    # {problem} is the picture's own message (a JPEG's), translated on its own.
    "pdf.in_picture": "a picture inside this PDF: {problem}",
    "pdf.in_inline_picture": "a picture drawn inside a page: {problem}",
    "doc.too_big": (
        "this document unpacks to more than {mb} MB, which is more than we can check safely"
    ),
    "doc.xml_attack": "{part} holds an XML declaration used in attacks; not opened",
    # {problem} is the inner file's own message, translated on its own.
    "doc.in_picture": "a picture in this document ({part}): {problem}",
    "doc.in_document": "a document in this document ({part}): {problem}",
    "zip.bomb": (
        "this document is packed in a way used to crash programs (a zip bomb); it was not opened"
    ),
    "odf.not_odf": "this zip file is not an OpenDocument file",
    "odf.unsupported_kind": "this kind of OpenDocument file is not supported",
    "office.not_office": "this zip file is not an Office document",
    "office.unsupported_kind": "this kind of Office document is not supported",
    "office.old_or_locked": (
        "this is an old-style Office file (.doc, .xls, .ppt) or a password-protected document;"
        " open it in Office and save it as .docx, .xlsx or .pptx without a password"
    ),
    "office.strict": (
        "this document is saved as 'Strict Open XML', which is not supported;"
        " save it again as an ordinary .docx, .xlsx or .pptx"
    ),
    "office.alt_chunk": (
        "part of this document's text is stored as a web page or another format inside it"
        " (an 'altChunk'), which cannot be checked; open it in Word and save it again"
    ),
    # (end of documents' refusals)
    #
    # Why a picture, sound or video was not cleaned, or was saved again.
    "picture.too_large_no_size": "the picture is too large to process",
    "crop.too_large": "a cropped picture in it is too large to cut safely",
    "redact.unsupported": "{format} pictures cannot be redacted",
    "redact.not_a_clip": "{format} files are not video clips",
    "redact.would_replace": "the output would replace the original; choose another name",
    "redact.needs_copy": "covering areas needs a copy; the original is never written over",
    "clip.turned": "the clip is turned by {degrees} degrees, which is not supported",
    "clip.too_large": "the clip is too large to process ({size} pixels)",
    "heic.description_too_large": "this {format} file's picture description is too large",
    "heic.sequence": "{format} image sequences and videos are not supported",
    "heic.too_many_parts": "this {format} file has too many parts to check safely",
    "heif.compression": "this HEIF picture uses a kind of compression ({code})",
    "avif.save_failed": "the picture could not be saved as AVIF",
    # Why a HEIC or AVIF was saved again rather than copied: the {reason} of heic.saved_again.
    "heic.again_crop": "a crop hid part of the picture",
    "heic.again_alpha": "colour under its transparent areas could hide a picture",
    "heic.again_layers": "it is made of layers, which can cover one another",
    "heic.again_grid": "its grid of tiles is irregular",
    "heic.again_grid_hides": "its grid hides whole tiles",
    "heic.again_elsewhere": "the picture's data is stored outside the file",
    "heic.again_borrowed": "the picture is built from another item's data",
    "heic.again_outside": "the picture's data lies outside the media data box",
    "movie.fragments": (
        "this {format} file is stored in fragments (as streamed), which is not supported"
    ),
    "movie.header_packed": (
        "this {format} file's header is fragmented or compressed, which is not supported"
    ),
    "movie.external_media": (
        "this {format} file plays media stored in other files, which is not supported"
    ),
    "movie.protected": "this {format} file is copy-protected and cannot be cleaned",
    "movie.too_large": "this {format} file is too large to clean",
    "video.sound_layout": "this video's sound is stored in a way that is not supported",
    "video.sound_old": "this video's sound is in an old format that is not supported",
    "m4a.other_tracks": (
        "this M4A file also holds video, chapters or text, which cannot be cleaned here"
    ),
    "m4a.protected": (
        "this is copy-protected iTunes audio: its purchase record cannot be removed "
        "without breaking it"
    ),
    "flac.id3": (
        "this FLAC file starts with an ID3 tag, which FLAC players do not expect; "
        "it was not cleaned"
    ),
    "aac.raw": "raw AAC audio is not supported (only AAC inside M4A files)",
    "ogg.unsupported": (
        "this Ogg file holds video or a kind of audio that cannot be cleaned "
        "(only Vorbis and Opus are supported)"
    ),
    "png.unknown_part": "this PNG uses a non-standard part ({part}), so it was not cleaned",
    "apng.still_too_large": (
        "this animated PNG hides a still picture too large to replace; it was not cleaned"
    ),
    "tiff.too_many_pages": "the TIFF has more than {count} pages",
    "tiff.data_too_large": "the TIFF's image data adds up to more than the file; it is damaged",
    "tiff.preview_first": "the first page is only a preview; this TIFF is not supported",
    "tiff.over_4gb": "the cleaned TIFF would be larger than 4 GB",
    # (end of media refusals)
}


class Message(str):
    """An English sentence for the user that also carries its catalogue id and parameters.

    Parameters are kept as given when they are themselves messages (a warning that wraps
    a finding), so the app can translate both; anything else is kept as text.
    """

    id: str
    params: dict[str, str]

    def __new__(cls, id: str, **params: Any) -> Message:
        values = {k: v if isinstance(v, str) else str(v) for k, v in params.items()}
        self = super().__new__(cls, CATALOGUE[id].format(**values))
        self.id, self.params = id, values
        return self

    def __reduce__(self) -> tuple[Any, ...]:
        # Results cross process boundaries (the app's workers): keep the id on the way.
        return (_rebuild, (self.id, self.params))


def _rebuild(id: str, params: dict[str, str]) -> Message:
    return Message(id, **params)


def renamed(said: str, old: str, new: str) -> str:
    """`said` naming `new` where it named `old` (the HEIF reader says HEIC of an AVIF). A
    message keeps its id when only its parameters name `old` (str.replace would return a
    plain str, shown in English by the app); one whose own sentence names `old` can say
    `new` only in English."""
    if old not in said:
        return said
    if isinstance(said, Message):
        params = {k: renamed(v, old, new) for k, v in said.params.items()}
        again = Message(said.id, **params)
        if old not in again:
            return again
    return said.replace(old, new)
