"""GIF: block walk with an allowlist, frames copied byte for byte, judged by ExifTool."""

from __future__ import annotations

import io
from pathlib import Path

import pytest
from factories import custom_icc, pattern, rgba_frames
from oracle import CANARY, assert_clean, canary_in_bytes, leaks
from PIL import Image, ImageSequence

from scrubber import Category, Outcome, clean, inspect

pytestmark = pytest.mark.exiftool

XMP_PACKET = (
    '<?xpacket begin="\ufeff" id="W5M0MpCehiHzreSzNTczkc9d"?>'
    '<x:xmpmeta xmlns:x="adobe:ns:meta/">'
    '<rdf:RDF xmlns:rdf="http://www.w3.org/1999/02/22-rdf-syntax-ns#">'
    '<rdf:Description rdf:about="" xmlns:dc="http://purl.org/dc/elements/1.1/"'
    ' xmlns:xmp="http://ns.adobe.com/xap/1.0/">'
    f"<xmp:CreatorTool>{CANARY}-tool</xmp:CreatorTool>"
    f"<dc:creator><rdf:Seq><rdf:li>{CANARY}-creator</rdf:li></rdf:Seq></dc:creator>"
    '</rdf:Description></rdf:RDF></x:xmpmeta><?xpacket end="w"?>'
).encode()


def sub_blocks(data: bytes) -> bytes:
    return b"".join(bytes((len(c),)) + c for c in _chunks(data, 255)) + b"\x00"


def _chunks(data: bytes, size: int) -> list[bytes]:
    return [data[i : i + size] for i in range(0, len(data), size)]


def xmp_extension() -> bytes:
    """XMP the way Adobe stores it in GIF: raw text, then the 'magic trailer' whose
    bytes steer any sub-block reader landing in it onto the terminator."""
    trailer = bytes((1, *range(255, 0, -1), 0, 0))
    return b"\x21\xff\x0bXMP DataXMP" + XMP_PACKET + trailer


def icc_extension() -> bytes:
    return b"\x21\xff\x0bICCRGBG1012" + sub_blocks(custom_icc())


def other_app_extension() -> bytes:
    return b"\x21\xff\x0bSCRUBAPP1.0" + sub_blocks(f"{CANARY}-app-data".encode())


def frames(n: int = 3) -> list[Image.Image]:
    return [pattern().rotate(90 * i).convert("P") for i in range(n)]


def first_block(data: bytes) -> int:
    """Offset just after the header, screen descriptor and global colour table."""
    packed = data[10]
    return 13 + (3 << ((packed & 7) + 1) if packed & 0x80 else 0)


def gif_bytes(animated: bool = False, **params: object) -> bytes:
    buf = io.BytesIO()
    ims = frames(3 if animated else 1)
    if animated:
        params.update(save_all=True, append_images=ims[1:], loop=0, duration=[80, 120, 160])
    ims[0].save(buf, "GIF", **params)
    return buf.getvalue()


def dirty_gif(path: Path, animated: bool = False, trailer: bytes = b"") -> Path:
    data = gif_bytes(animated, comment=f"{CANARY}-comment".encode())
    at = first_block(data)
    extra = xmp_extension() + icc_extension() + other_app_extension()
    path.write_bytes(data[:at] + extra + data[at:] + trailer)
    return path


def test_single_gif_loses_comment_xmp_icc_and_trailer(tmp_path: Path) -> None:
    src = dirty_gif(tmp_path / "a.gif", trailer=f"PK\x03\x04{CANARY}-zip".encode())
    assert leaks(src) and canary_in_bytes(src)
    report = inspect(src)
    keys = {f.key for f in report.findings}
    assert {"GIF:Comment", "XMP:CreatorTool", "XMP:creator", "ICC:Profile"} <= keys
    assert {"GIF:ApplicationExtension", "GIF:TrailingData"} <= keys
    assert {f.category for f in report.findings} >= {Category.EMBEDDED, Category.PERSON}

    result = clean(src, tmp_path / "out.gif")

    assert result.outcome is Outcome.CLEANED, result.error
    assert result.output is not None
    assert_clean(result.output)
    assert rgba_frames(result.output) == rgba_frames(src)
    assert result.output.read_bytes().endswith(b";")
    again = clean(result.output, tmp_path / "again.gif")
    assert again.outcome is Outcome.ALREADY_CLEAN, again.error


def test_animation_keeps_frames_timing_and_loop(tmp_path: Path) -> None:
    src = dirty_gif(tmp_path / "anim.gif", animated=True)
    assert leaks(src)
    result = clean(src, tmp_path / "out.gif")
    assert result.outcome is Outcome.CLEANED, result.error
    assert result.output is not None
    assert_clean(result.output)
    assert rgba_frames(result.output) == rgba_frames(src)
    with Image.open(result.output) as im:
        assert im.info.get("loop") == 0
        durations = []
        for frame in ImageSequence.Iterator(im):
            durations.append(frame.info["duration"])
    assert durations == [80, 120, 160]
    # The image blocks themselves are copied verbatim: the output is the source minus
    # the dropped blocks, so each frame's LZW data is found unchanged.
    clean_src = gif_bytes(animated=True)
    assert result.output.read_bytes() == clean_src


def test_pillow_gif_without_metadata_is_already_clean(tmp_path: Path) -> None:
    src = tmp_path / "plain.gif"
    src.write_bytes(gif_bytes(animated=True))
    assert not leaks(src)
    assert inspect(src).is_clean
    result = clean(src, tmp_path / "out.gif")
    assert result.outcome is Outcome.ALREADY_CLEAN, result.error
    assert result.output is not None
    assert result.output.read_bytes() == src.read_bytes()


def graphic_control(delay: int, transparent: int = 0) -> bytes:
    return b"\x21\xf9\x04\x01" + delay.to_bytes(2, "little") + bytes((transparent, 0))


def insert_before_frame(data: bytes, extra: bytes) -> bytes:
    at = data.index(b"\x2c", first_block(data))  # Pillow's single frame has no extensions
    return data[:at] + extra + data[at:]


def test_plain_text_extension_dropped_and_reported(tmp_path: Path) -> None:
    """No browser draws GIF plain text, so it is a place to hide words."""
    data = gif_bytes()
    header = bytes((12,)) + bytes(12)  # grid position/size, cell size, colours
    plain = b"\x21\x01" + header + sub_blocks(f"{CANARY} hello".encode())
    src = tmp_path / "text.gif"
    src.write_bytes(insert_before_frame(data, graphic_control(7) + plain))
    findings = [(f.category, f.key, f.value) for f in inspect(src).findings]
    assert findings == [(Category.OTHER, "GIF:PlainText", f"{CANARY} hello")]
    result = clean(src, tmp_path / "out.gif")
    assert result.outcome is Outcome.CLEANED and result.output is not None
    # Decoders apply the timing block before the text to the next frame: it stays.
    assert result.output.read_bytes() == insert_before_frame(data, graphic_control(7))
    assert rgba_frames(result.output) == rgba_frames(src)


def test_extra_graphic_control_blocks_dropped(tmp_path: Path) -> None:
    data = gif_bytes()
    hidden = b"".join(
        b"\x21\xf9\x04\x00" + CANARY.encode()[i : i + 2].ljust(2, b"_") + b"\x00\x00"
        for i in range(0, len(CANARY), 2)
    )
    last = graphic_control(9)
    src = tmp_path / "gce.gif"
    src.write_bytes(insert_before_frame(data, hidden + last))
    assert [f.key for f in inspect(src).findings] == ["GIF:GraphicControl"] * 6
    result = clean(src, tmp_path / "out.gif")
    assert result.outcome is Outcome.CLEANED and result.output is not None
    out = result.output.read_bytes()
    assert out == insert_before_frame(data, last)  # the one decoders use is kept
    assert rgba_frames(result.output) == rgba_frames(src)
    assert clean(result.output, tmp_path / "again.gif").outcome is Outcome.ALREADY_CLEAN


def test_frame_outside_the_picture_dropped(tmp_path: Path) -> None:
    data = gif_bytes()
    frame = b"\x2c" + (1000).to_bytes(2, "little") * 2 + (4).to_bytes(2, "little") * 2
    frame += b"\x00\x02" + sub_blocks(CANARY.encode())
    src = tmp_path / "hidden.gif"
    src.write_bytes(data[:-1] + graphic_control(5) + frame + b";")
    findings = [(f.category, f.key, f.value) for f in inspect(src).findings]
    assert findings == [(Category.EMBEDDED, "GIF:HiddenFrame", "a frame outside the picture")]
    result = clean(src, tmp_path / "out.gif")
    assert result.outcome is Outcome.CLEANED and result.output is not None
    assert result.output.read_bytes() == data
    assert not canary_in_bytes(result.output)


def test_looping_extension_with_extra_data_is_rebuilt(tmp_path: Path) -> None:
    data = gif_bytes(animated=True)
    loop = b"\x21\xff\x0bNETSCAPE2.0\x03\x01\x00\x00\x00"
    assert loop in data
    hidden = sub_blocks(f"\x02{CANARY}".encode())[:-1]  # an extra sub-block inside it
    src = tmp_path / "loop.gif"
    src.write_bytes(data.replace(loop, loop[:-1] + hidden + b"\x00"))
    assert canary_in_bytes(src)
    assert "GIF:ApplicationExtension" in {f.key for f in inspect(src).findings}
    result = clean(src, tmp_path / "out.gif")
    assert result.output is not None
    assert result.output.read_bytes() == data
    assert_clean(result.output)


def test_cut_short_animation_keeps_complete_frames_with_a_warning(tmp_path: Path) -> None:
    data = gif_bytes(animated=True)
    src = tmp_path / "cut.gif"
    src.write_bytes(data[: len(data) - 40])  # inside the last frame's data
    result = clean(src, tmp_path / "out.gif")
    assert result.outcome.ok, result.error
    assert result.output is not None
    assert any("cut short" in w for w in result.warnings)
    assert len(rgba_frames(result.output)) == 2
    full = tmp_path / "full.gif"
    full.write_bytes(data)
    assert rgba_frames(result.output) == rgba_frames(full)[:2]
    assert_clean(result.output)


@pytest.mark.parametrize(
    "damage",
    [
        pytest.param(lambda d: d[: first_block(d) + 30], id="cut-in-first-frame"),
        pytest.param(lambda d: d[:20], id="cut-in-colour-table"),
        pytest.param(lambda d: d[: first_block(d)] + b"\x99" + bytes(50), id="unknown-block"),
        pytest.param(lambda d: d[:6] + b"\x01", id="header-only"),
    ],
)
def test_damaged_gif_fails_with_a_clear_message_and_no_output(
    tmp_path: Path, damage: object
) -> None:
    assert callable(damage)
    src = tmp_path / "bad.gif"
    src.write_bytes(damage(gif_bytes()))
    result = clean(src, tmp_path / "out" / "bad.gif")
    assert result.outcome is Outcome.FAILED
    assert result.error is not None and "GIF" in result.error.message
    assert "Traceback" not in result.error.message
    assert not (tmp_path / "out").exists() or not any((tmp_path / "out").iterdir())


def test_gif87a_is_supported(tmp_path: Path) -> None:
    data = bytearray(gif_bytes())
    data[:6] = b"GIF87a"
    src = tmp_path / "old.gif"
    src.write_bytes(bytes(data) + f"{CANARY}".encode())
    result = clean(src, tmp_path / "out.gif")
    assert result.outcome is Outcome.CLEANED, result.error
    assert result.output is not None
    assert result.output.read_bytes().startswith(b"GIF87a")
    assert_clean(result.output)
