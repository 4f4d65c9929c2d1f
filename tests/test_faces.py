"""Face detection: real face photo found (also from a JPEG decoded at reduced scale), no
faces on patterns, boxes in displayed pixels, the small-face pass, the CLI's JSON shape,
`redact --faces` covers the face, and a missing model is a clear error."""

from __future__ import annotations

import hashlib
import itertools
import json
import tomllib
from collections.abc import Iterator
from pathlib import Path

import face_canvas
import numpy as np
import pytest
from hypothesis import given
from hypothesis import strategies as st
from PIL import Image, ImageOps
from test_heic import mad, phone_heic

from scrubber.cli import main
from scrubber.errors import DetectorUnavailable
from scrubber.redact import detect, pipeline
from scrubber.redact.detect import Search

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
    assert detect.raw_faces(im, Search.FAST) == []
    assert detect.raw_faces(im) == []  # the thorough search: candidates checked, none kept


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
    (found,) = detect.raw_faces_in_file(path, Search.FAST)
    assert iou(found.box(), face) > 0.5
    (grown,) = detect.faces_in_file(path, Search.FAST)
    assert grown.box()[2] > face[2] and grown.box()[3] > face[3]  # grown in full pixels
    # The thorough search: one box too, not two halves of a face cut by its tiles' edges.
    (whole,) = detect.raw_faces_in_file(path)
    assert iou(whole.box(), face) > 0.5


def test_thorough_search_finds_what_the_fast_one_misses(tmp_path: Path) -> None:
    im, face = astronaut_in(busy((4000, 3000)), 30, (1400, 900))  # 30 px wide in 12 MP
    path = tmp_path / "crowd.jpg"
    im.save(path, quality=92)
    assert detect.raw_faces_in_file(path, Search.FAST) == []
    (small,) = detect.raw_faces_in_file(path)  # thorough is the default
    assert iou(small.box(), face) > 0.4


def test_a_small_picture_costs_one_look_no_larger_than_the_fast_one(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    seen: list[tuple[int, ...]] = []
    infer = detect._infer_batch

    def spy(pixels: np.ndarray, threshold: float) -> list[list[detect.Box]]:
        seen.append(pixels.shape)
        return infer(pixels, threshold)

    monkeypatch.setattr(detect, "_infer_batch", spy)
    im, face = astronaut_in(busy((640, 480)), 40, (300, 150))
    (found,) = detect.raw_faces(im)
    assert iou(found.box(), face) > 0.4
    pictures = [shape for shape in seen if shape[2:] != (detect.CHECK_WINDOW,) * 2]
    assert pictures == [(1, 3, 704, 960)]  # what the fast search sees, never 2.4 MP


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
    for search in Search:
        (found,) = detect.raw_faces_in_file(path, search)
        assert iou(found.box(), face) > 0.5
        (grown,) = detect.faces_in_file(path, search)
        assert grown.box()[2] <= 2800 and grown.box()[3] <= 1600


def test_cli_faces_json(face_png: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    blank = tmp_path / "blank.png"
    Image.new("RGB", (300, 200), "white").save(blank)
    assert main(["faces", "--json", str(face_png), str(blank)]) == 0
    out = capsys.readouterr()
    first, second = (json.loads(line) for line in out.out.splitlines())
    assert first["source"] == str(face_png) and first["search"] == "thorough"
    (face,) = first["faces"]
    assert set(face) == {"box", "score"}
    assert all(isinstance(v, int) for v in face["box"]) and len(face["box"]) == 4
    assert iou(tuple(face["box"]), FACE) > 0.6
    assert 0.5 < face["score"] <= 1
    assert second == {"source": str(blank), "search": "thorough", "faces": []}
    assert "can miss faces" in out.err
    assert main(["faces", "--json", "--fast", str(face_png)]) == 0
    fast = json.loads(capsys.readouterr().out)
    assert fast["search"] == "fast" and iou(tuple(fast["faces"][0]["box"]), FACE) > 0.6


def test_cli_faces_text(face_png: Path, capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["faces", str(face_png)]) == 0
    assert "1 face (thorough search)\n  box [" in capsys.readouterr().out


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


def test_model_ships_inside_scrubber() -> None:
    path = detect.model_path()
    assert path.parent == Path(detect.__file__).parent / "models"
    assert hashlib.sha256(path.read_bytes()).hexdigest() == detect.MODEL_SHA256
    assert (path.parent / "LICENSE-centerface.txt").read_text().count("MIT") >= 2


def test_model_is_package_data_in_pyproject() -> None:
    # `pip install .` (not only the checkout) must carry the model and its licence.
    config = tomllib.loads((Path(__file__).parents[1] / "pyproject.toml").read_text())
    data = config["tool"]["setuptools"]["package-data"]["scrubber.redact"]
    assert {"models/centerface.onnx", "models/LICENSE-centerface.txt"} <= set(data)


# --- covering small faces in a 12 MP photo (the default search) ----------------------------

SMALL_WIDTHS = (25, 30, 40, 60)  # px in a 4000x3000 photo; one light and one dark each
CUT_WIDTHS = (40, 60)  # faces a third outside the border


@pytest.fixture(scope="module")
def crowd_jpeg(tmp_path_factory: pytest.TempPathFactory) -> tuple[Path, list[face_canvas.Face]]:
    im, faces = face_canvas.crowd(SMALL_WIDTHS, CUT_WIDTHS)
    path = tmp_path_factory.mktemp("crowd") / "crowd.jpg"
    im.save(path, quality=92)
    return path, faces


def test_redact_faces_covers_every_face_from_25_px_by_default(
    crowd_jpeg: tuple[Path, list[face_canvas.Face]],
    tmp_path: Path,
    capsys: pytest.CaptureFixture[str],
) -> None:
    src, faces = crowd_jpeg
    assert {f.tone for f in faces} == {"light", "dark"} and any(f.cut for f in faces)
    out = tmp_path / "covered.jpg"
    assert (
        main(["redact", "--faces", str(src), "-o", str(out), "--color", "#ff00ff", "--json"]) == 0
    )
    row = json.loads(capsys.readouterr().out)
    assert row["face_search"] == "thorough" and row["faces_covered"] == len(faces)
    assert face_canvas.uncovered(src, out, faces, (255, 0, 255)) == []
    # The fast search is a choice, and it is what would have left faces uncovered.
    fast = tmp_path / "fast.jpg"
    assert (
        main(["redact", "--faces", "--fast", str(src), "-o", str(fast), "--color", "#ff00ff"]) == 0
    )
    assert "faces covered: " in capsys.readouterr().out
    missed = face_canvas.uncovered(src, fast, faces, (255, 0, 255))
    assert missed and all(f.width <= 60 for f in missed)


def test_clean_redact_faces_covers_every_face_from_25_px_and_counts_them(
    crowd_jpeg: tuple[Path, list[face_canvas.Face]],
    tmp_path: Path,
    capsys: pytest.CaptureFixture[str],
) -> None:
    src, faces = crowd_jpeg
    out_dir = tmp_path / "out"
    args = ["clean", str(src), "-o", str(out_dir), "--redact-faces", "--jobs", "1"]
    assert main([*args, "--json"]) == 0
    row = json.loads(capsys.readouterr().out)
    assert row["outcome"] == "cleaned"
    assert row["faces_covered"] == len(faces) and row["face_search"] == "thorough"
    assert face_canvas.uncovered(src, Path(row["output"]), faces, (0, 0, 0)) == []
    assert main(args) == 0  # the text row says it too
    assert f"  faces covered: {len(faces)} (thorough search)" in capsys.readouterr().out


# --- every format with a rotation: faces looked for in the picture as displayed -------------


def stored_upside_down(path: Path, shown: Image.Image) -> Path:
    """`shown` stored turned 180 degrees, with the format's own rotation (EXIF 3, or
    HEIC's irot) saying to turn it back."""
    stored = shown.transpose(Image.Transpose.ROTATE_180)
    exif = Image.Exif()
    exif[0x0112] = 3
    if path.suffix == ".heic":
        return phone_heic(path, stored, orientation=3, xmp=False, thumbnail=False)
    if path.suffix == ".png":
        stored.save(path, "PNG", exif=exif.tobytes())  # an eXIf chunk
    elif path.suffix == ".webp":
        stored.save(path, "WEBP", lossless=True, exif=exif.tobytes())
    else:
        stored.save(path, "TIFF", tiffinfo={0x0112: 3})
    return path


@pytest.mark.parametrize("suffix", [".png", ".webp", ".tif", ".heic"])
def test_rotated_photos_are_searched_and_covered_as_displayed(suffix: str, tmp_path: Path) -> None:
    shown, face = astronaut_in(busy((1200, 900)), 160, (500, 250))
    src = stored_upside_down(tmp_path / f"photo{suffix}", shown)
    with Image.open(src) as im:  # Pillow (and pillow-heif) as a viewer shows it: upright
        assert mad(ImageOps.exif_transpose(im), shown) < 3
    (found,) = detect.raw_faces_in_file(src)
    assert iou(found.box(), face) > 0.5  # in pixels of the picture as displayed
    result = pipeline.redact(
        src, tmp_path / "out" / src.name, detect.faces_in_file(src), "fill", "#ff00ff"
    )
    assert result.outcome.ok and result.output is not None, result.error
    with Image.open(result.output) as im:
        out = ImageOps.exif_transpose(im).convert("RGB")
    x0, y0, x1, y1 = (round(v) for v in face)
    inside = np.asarray(out.crop((x0, y0, x1, y1)), int)
    assert (np.abs(inside - (255, 0, 255)).max(axis=2) <= 40).all()
    corner = (0, 0, 200, 200)  # far from the face: as displayed before
    assert mad(out.crop(corner), shown.crop(corner)) < 3
    assert "EXIF data said to rotate" not in " ".join(result.warnings)  # it was done
