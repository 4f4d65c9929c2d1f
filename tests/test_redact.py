"""Redaction: covered areas cannot be recovered, the rest of the photo is untouched, and
the copy carries nothing of the original file (no thumbnail, preview or trailer)."""

from __future__ import annotations

import json
import random
import statistics
from pathlib import Path

import pytest
from factories import (
    SRGB_ICC,
    camera_exif,
    custom_icc,
    dirty_jpeg,
    motion_photo_trailer,
    mpf_jpeg,
    pattern,
    run_cli,
)
from oracle import assert_clean, exiftool_tags, leaks
from PIL import Image, ImageChops, ImageDraw, ImageStat
from test_heic import assert_heic_clean, phone_heic

from scrubber import CleanOptions, Outcome, inspect
from scrubber.errors import InvalidRegions
from scrubber.formats import pixels
from scrubber.redact import Mode, Region, grow, masks, pipeline, redact
from scrubber.redact import regions as rg

BOX = (16, 16, 112, 112)  # x0, y0, x1, y1 of the covered square in the 128x128 photos
AREA = [Region("rect", 16, 16, 96, 96)]
RED = (230, 20, 20)


def opened(path: Path) -> Image.Image:
    with Image.open(path) as im:
        im.load()
        return im.copy()


def noise_photo(size: tuple[int, int] = (128, 128), seed: int = 1) -> Image.Image:
    """Uniform random pixels: fine detail everywhere, nothing coarse to give away."""
    rnd = random.Random(seed)
    return Image.frombytes(
        "RGB", size, bytes(rnd.randrange(256) for _ in range(size[0] * size[1] * 3))
    )


def face_like(size: tuple[int, int] = (128, 128)) -> Image.Image:
    """A smooth gradient (coarse layout) plus random texture (the detail that identifies)."""
    return ImageChops.add(
        pattern(size).point(lambda v: v * 3 // 4), noise_photo(size).point(lambda v: v // 4)
    )


def channel(im: Image.Image, box: tuple[int, int, int, int], band: int) -> list[int]:
    return list(im.crop(box).getchannel(band).tobytes())


def correlation(a: list[int], b: list[int]) -> float:
    """Pearson's r; 0 when either side is constant (nothing of the other is in it)."""
    if len(set(a)) < 2 or len(set(b)) < 2:
        return 0.0
    return statistics.correlation(a, b)


def outside(a: Image.Image, b: Image.Image, box: tuple[int, int, int, int], margin: int) -> float:
    """Largest per-channel mean difference outside the box grown by a margin."""
    keep = Image.new("L", a.size, 255)
    x0, y0, x1, y1 = box
    ImageDraw.Draw(keep).rectangle((x0 - margin, y0 - margin, x1 + margin - 1, y1 + margin - 1), 0)
    diff = ImageChops.difference(a.convert("RGB"), b.convert("RGB"))
    return max(ImageStat.Stat(diff, keep).mean)


def redacted(src: Path, tmp_path: Path, mode: str = "fill", **kw: object) -> Path:
    res = redact(src, tmp_path / "out" / src.name, kw.pop("areas", AREA), mode, **kw)  # type: ignore[arg-type]
    assert res.outcome is Outcome.CLEANED, res.error
    assert res.output is not None and res.output.is_file()
    return res.output


def png(tmp_path: Path, im: Image.Image, name: str = "p.png") -> Path:
    path = tmp_path / name
    im.save(path)
    return path


# --- irreversibility ------------------------------------------------------------------------


def test_fill_leaves_one_colour_and_the_rest_exact(tmp_path: Path) -> None:
    src = png(tmp_path, face_like())
    out = opened(redacted(src, tmp_path, color="#e61414"))
    assert out.crop(BOX).getcolors() == [(96 * 96, RED)]
    assert ImageChops.difference(out, opened(src)).getbbox() == BOX  # nothing else changed


@pytest.mark.parametrize("mode", ["mosaic", "blur"])
def test_look_has_no_correlation_with_the_original(tmp_path: Path, mode: str) -> None:
    original = noise_photo()
    out = opened(redacted(png(tmp_path, original), tmp_path, mode))
    for band in range(3):
        before, after = channel(original, BOX, band), channel(out, BOX, band)
        assert abs(correlation(before, after)) < 0.1
        assert sum(x == y for x, y in zip(before, after, strict=True)) < len(before) // 100
    assert ImageChops.difference(out, original).getbbox() == BOX


@pytest.mark.parametrize("mode", ["mosaic", "blur"])
def test_only_the_coarse_layout_survives(tmp_path: Path, mode: str) -> None:
    # face_like = smooth layout (gradient) + texture; the texture stands for the detail
    # that identifies a face. Only the layout may survive, as at most 3x3 block means.
    texture = noise_photo()
    out = opened(redacted(png(tmp_path, face_like()), tmp_path, mode))
    for band in range(3):
        assert abs(correlation(channel(texture, BOX, band), channel(out, BOX, band))) < 0.1
    # The check can see detail: an unredacted copy correlates strongly with the texture.
    assert correlation(channel(texture, BOX, 0), channel(face_like(), BOX, 0)) > 0.3


@pytest.mark.parametrize("mode", ["mosaic", "blur"])
def test_two_redactions_differ_by_random_noise(tmp_path: Path, mode: str) -> None:
    src = png(tmp_path, face_like())
    one, two = opened(redacted(src, tmp_path, mode)), opened(redacted(src, tmp_path, mode))
    diff = ImageChops.difference(one, two)
    bbox = diff.getbbox()
    assert bbox is not None and BOX[0] <= bbox[0] and bbox[2] <= BOX[2]  # only inside the area
    assert max(ImageStat.Stat(diff.crop(BOX)).mean) > 1


def test_mosaic_without_noise_has_at_most_nine_colours(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    # Byte 128 is zero noise: what remains is all that came from the original.
    monkeypatch.setattr(masks.secrets, "token_bytes", lambda n: bytes([128]) * n)
    out = opened(redacted(png(tmp_path, face_like()), tmp_path, "mosaic"))
    colours = out.crop(BOX).getcolors()
    assert colours is not None and len(colours) <= 9


@pytest.mark.parametrize("mode", ["fill", "mosaic", "blur"])
def test_output_depends_on_the_area_only_through_nine_means(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, mode: str
) -> None:
    # Without noise, a photo and its twin whose area holds only its 3x3 block means
    # (all detail gone) must redact to the very same pixels.
    monkeypatch.setattr(masks.secrets, "token_bytes", lambda n: bytes([128]) * n)
    photo = face_like()
    twin = photo.copy()
    area = photo.crop(BOX)
    means = masks.block_means(area, Image.new("L", area.size, 255), 3, 3)
    for by, row in enumerate(means):
        for bx, colour in enumerate(row):
            twin.paste(colour, (16 + bx * 32, 16 + by * 32, 48 + bx * 32, 48 + by * 32))
    assert len(twin.crop(BOX).getcolors() or []) <= 9
    assert max(ImageStat.Stat(ImageChops.difference(photo, twin)).mean) > 10
    one = opened(redacted(png(tmp_path, photo, "a.png"), tmp_path, mode))
    two = opened(redacted(png(tmp_path, twin, "b.png"), tmp_path, mode))
    assert ImageChops.difference(one, two).getbbox() is None


def test_destroy_keeps_block_means_only() -> None:
    patch = face_like((100, 40))
    mask = Image.new("L", patch.size, 255)
    ruined = masks.destroy(patch, mask, masks.cell_size(patch.size))
    # 40 pixels high: two mean rows of >= 16 pixels; 8 cells across, 4 down.
    assert len(ruined.getcolors() or []) <= 8 * 4
    assert ruined.size == patch.size
    assert masks.block_means(patch, mask, 1, 1)[0][0] == tuple(
        round(v) for v in ImageStat.Stat(patch).mean
    )


def test_transparent_png_area_becomes_opaque(tmp_path: Path) -> None:
    im = face_like().convert("RGBA")
    alpha = Image.new("L", im.size, 0)
    ImageDraw.Draw(alpha).ellipse((30, 30, 90, 90), 255)  # a silhouette in the alpha plane
    im.putalpha(alpha)
    out = opened(redacted(png(tmp_path, im), tmp_path, "mosaic"))
    assert out.mode == "RGBA"
    assert out.getchannel("A").crop(BOX).getextrema() == (255, 255)
    assert ImageChops.difference(out.getchannel("A"), alpha).getbbox() == (16, 16, 112, 112)


# --- JPEG: copies of the picture and the orientation ---------------------------------------


@pytest.mark.exiftool
def test_jpeg_copy_has_no_thumbnail_preview_or_trailer(tmp_path: Path) -> None:
    src = dirty_jpeg(tmp_path / "a.jpg", size=(128, 128), trailer=motion_photo_trailer())
    assert leaks(src) and any("Thumbnail" in k for k in exiftool_tags(src))
    assert not inspect(src).is_clean
    res = redact(src, tmp_path / "out" / "a.jpg", AREA, color="#e61414")
    assert res.outcome is Outcome.CLEANED and res.output is not None
    assert_clean(res.output)
    data = res.output.read_bytes()
    assert b"Exif\x00\x00" not in data and b"MPF\x00" not in data and b"ns.adobe.com" not in data
    assert data.endswith(b"\xff\xd9") and data.count(b"\xff\xd9") == 1
    keys = {f.key for f in res.removed}
    assert "redaction:regions" in keys and "EXIF:ThumbnailImage" in keys
    assert any("re-encode" in w for w in res.warnings)
    out, before = opened(res.output), opened(src)
    inner = out.crop((20, 20, 108, 108))
    assert max(abs(a - b) for a, b in zip(ImageStat.Stat(inner).mean, RED, strict=True)) < 3
    assert outside(out, before, BOX, margin=8) < 3  # one high-quality generation


@pytest.mark.exiftool
def test_mpf_preview_is_not_carried_over(tmp_path: Path) -> None:
    src = mpf_jpeg(tmp_path / "m.jpg")
    out = redacted(src, tmp_path, areas=[Region("ellipse", 8, 8, 40, 30)])
    assert_clean(out)
    assert b"MPF\x00" not in out.read_bytes()


@pytest.mark.exiftool
def test_rotated_jpeg_areas_are_in_displayed_pixels(tmp_path: Path) -> None:
    src = dirty_jpeg(tmp_path / "r.jpg", size=(64, 48), orientation=6)
    shown = pixels.transpose(opened(src), 6)
    assert shown.size == (48, 64)
    # y + h = 62 is outside the stored 64x48 picture but inside the displayed 48x64 one.
    area = [Region("rect", 30, 50, 16, 12)]
    out_path = redacted(src, tmp_path, areas=area, color="#e61414")
    assert_clean(out_path)
    out = opened(out_path)
    assert out.size == (48, 64) and not out.getexif()
    assert not any(k.endswith(":Orientation") for k in exiftool_tags(out_path))
    inner = ImageStat.Stat(out.crop((32, 52, 44, 60))).mean
    assert max(abs(a - b) for a, b in zip(inner, RED, strict=True)) < 4
    assert outside(out, shown, (30, 50, 46, 62), margin=8) < 3  # upright, not turned twice
    stored = redact(src, tmp_path / "x.jpg", [Region("rect", 50, 10, 10, 10)])
    assert stored.outcome is Outcome.REFUSED and stored.error is not None
    assert "outside the 48x64 picture" in stored.error.message


# --- other formats --------------------------------------------------------------------------


@pytest.mark.exiftool
@pytest.mark.parametrize("to_jpeg", [False, True])
def test_heic_gives_the_chosen_format(tmp_path: Path, to_jpeg: bool) -> None:
    src = phone_heic(tmp_path / "p.heic", pattern((256, 192)))
    area = [Region("rect", 64, 32, 128, 96)]
    res = redact(src, tmp_path / "out" / "p.heic", area, "fill", "#e61414",
                 CleanOptions(heic_to_jpeg=to_jpeg))  # fmt: skip
    assert res.outcome is Outcome.CLEANED and res.output is not None, res.error
    assert res.format == "HEIC"
    assert res.output.suffix == (".jpg" if to_jpeg else ".heic")
    (assert_clean if to_jpeg else assert_heic_clean)(res.output)
    out = opened(res.output)
    assert out.size == (256, 192)
    inner = ImageStat.Stat(out.crop((72, 40, 184, 120))).mean
    assert max(abs(a - b) for a, b in zip(inner, RED, strict=True)) < 6


def test_webp_stays_lossless(tmp_path: Path) -> None:
    src = tmp_path / "w.webp"
    face_like().save(src, "WEBP", lossless=True, exif=camera_exif(thumbnail=False))
    out_path = redacted(src, tmp_path, "blur")
    assert out_path.suffix == ".webp"
    assert ImageChops.difference(opened(out_path), opened(src)).getbbox() == BOX


def test_animated_gif_keeps_the_first_frame_as_png(tmp_path: Path) -> None:
    src = tmp_path / "a.gif"
    first = face_like().convert("P")
    first.save(src, save_all=True, append_images=[pattern((128, 128)).convert("P")])
    res = redact(src, tmp_path / "out" / "a.gif", AREA)
    assert res.outcome is Outcome.CLEANED and res.output is not None
    assert res.output.suffix == ".png"
    assert any("first frame" in w for w in res.warnings)
    out = opened(res.output)
    assert out.crop(BOX).getcolors() == [(96 * 96, (0, 0, 0))]
    assert ImageChops.difference(out, first.convert("RGB")).getbbox() == BOX


def test_multipage_tiff_keeps_the_first_page_as_png(tmp_path: Path) -> None:
    src = tmp_path / "t.tif"
    face_like().save(src, save_all=True, append_images=[pattern((128, 128))])
    res = redact(src, tmp_path / "out" / "t.tif", AREA, "mosaic")
    assert res.outcome is Outcome.CLEANED and res.output is not None, res.error
    assert res.output.suffix == ".png" and any("first page" in w for w in res.warnings)
    assert ImageChops.difference(opened(res.output), face_like()).getbbox() == BOX


@pytest.mark.exiftool
def test_only_a_standard_colour_profile_is_kept(tmp_path: Path) -> None:
    standard, custom = tmp_path / "s.jpg", tmp_path / "c.png"
    face_like().save(standard, quality=95, icc_profile=SRGB_ICC)
    face_like().save(custom, icc_profile=custom_icc())
    res = redact(standard, tmp_path / "out" / "s.jpg", AREA)
    assert res.output is not None and [k.key for k in res.kept] == ["ICC:Profile"]
    assert_clean(res.output, allow_icc=True)
    res = redact(custom, tmp_path / "out" / "c.png", AREA)
    assert res.output is not None and not res.kept and "ICC:Profile" in {f.key for f in res.removed}
    assert_clean(res.output)


def test_a_copy_that_fails_the_recheck_is_deleted(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    def leaky(im: Image.Image, out: object, picture: object, options: object) -> None:
        im.save(out, "JPEG", exif=camera_exif())

    monkeypatch.setattr(pipeline, "_encode", leaky)
    src = dirty_jpeg(tmp_path / "a.jpg", with_exiftool=False)
    res = redact(src, tmp_path / "out" / "a.jpg", [Region("rect", 1, 1, 5, 5)])
    assert res.outcome is Outcome.FAILED and res.error is not None
    assert res.error.code == "verification"
    assert not any((tmp_path / "out").iterdir())


# --- areas as data --------------------------------------------------------------------------


def test_regions_round_trip_through_json(tmp_path: Path) -> None:
    areas = [
        Region("rect", 1, 2, 3, 4),
        Region("ellipse", 5.5, 6, 7, 8, source="detector", score=0.93),
        Region("polygon", points=((0, 0), (10, 0), (5, 9))),
        Region("brush", points=((1, 1), (20, 5)), width=4),
    ]
    text = json.dumps(rg.to_json(areas))
    assert rg.from_json(json.loads(text)) == areas
    assert rg.from_json(json.loads(text)["regions"]) == areas
    (tmp_path / "r.json").write_text(text)
    assert rg.load(tmp_path / "r.json") == areas
    assert rg.parse_arg("1,2,3,4:ellipse") == Region("ellipse", 1, 2, 3, 4)


def test_masks_cover_every_touched_pixel() -> None:
    size = (40, 30)
    assert rg.mask(Region("rect", 2.5, 3.2, 4, 4), size).getbbox() == (2, 3, 7, 8)
    tri = rg.mask(Region("polygon", points=((0, 0), (20, 0), (0, 20))), size)
    assert tri.getpixel((2, 2)) == 255 and tri.getpixel((19, 19)) == 0
    stroke = rg.mask(Region("brush", points=((5, 15), (35, 15)), width=6), size)
    assert stroke.getbbox() == (2, 12, 39, 19)
    assert stroke.getpixel((20, 15)) == 255 and stroke.getpixel((20, 5)) == 0


def test_grow_takes_in_hair_and_chin_and_stays_on_the_picture() -> None:
    big = grow(Region("rect", 100, 100, 40, 40, source="detector", score=0.9), (1000, 1000))
    assert (big.x, big.w, big.h) == (90, 60, 60)
    assert big.y == pytest.approx(100 - 20 * 0.6)  # more room above (hair) than below
    assert big.source == "detector" and big.score == 0.9
    edge = grow(Region("ellipse", 0, 0, 40, 40), (45, 45))
    assert (edge.x, edge.y) == (0, 0) and edge.x + edge.w == 45 and edge.y + edge.h <= 45


def test_a_face_cut_by_the_border_grows_away_from_it_by_its_whole_size() -> None:
    # The visible part of a face cut at the top: 47 px wide, 42 px of it showing.
    cut = grow(Region("rect", 1228, 0, 47, 42, source="detector"), (4000, 3000))
    whole = grow(Region("rect", 1228, 100, 47, 42, source="detector"), (4000, 3000))
    assert cut.y == 0 and cut.y + cut.h == pytest.approx(42 + 47 * 0.75)  # all downward
    assert cut.y + cut.h > whole.y + whole.h - 100  # reaches further below than a whole face
    assert cut.x < 1228 and cut.x + cut.w > 1275  # and sideways by as much each side
    right = grow(Region("rect", 3979, 824, 21, 35), (4000, 3000))
    assert right.x + right.w == 4000 and right.x == pytest.approx(3979 - 35 * 0.75)


BAD = [
    ([{"kind": "rect", "x": 120, "y": 0, "w": 20, "h": 20}], "outside the 128x128 picture"),
    ([{"kind": "rect", "x": 10, "y": 10, "w": -5, "h": 20}], "positive width and height"),
    ([{"kind": "circle", "x": 1, "y": 1, "w": 2, "h": 2}], "unknown kind"),
    ([{"kind": "rect", "x": 1, "y": 1, "w": 2}], "needs h"),
    ([{"kind": "polygon", "points": [[0, 0], [5, 5]]}], "3 to"),
    ([{"kind": "rect", "x": "1", "y": 1, "w": 2, "h": 2}], "expected a number"),
    ([], "no areas"),
    ({"faces": []}, "JSON list"),
]


@pytest.mark.parametrize(("areas", "words"), BAD)
def test_bad_areas_are_refused_plainly(tmp_path: Path, areas: object, words: str) -> None:
    src = png(tmp_path, face_like())
    res = redact(src, tmp_path / "out" / "p.png", areas)
    assert res.outcome is Outcome.REFUSED and res.error is not None
    assert res.error.code == "regions" and words in res.error.message
    assert "\n" not in res.error.message
    assert not (tmp_path / "out").exists() or not any((tmp_path / "out").iterdir())


def test_bad_json_file_and_bad_photos(tmp_path: Path) -> None:
    (tmp_path / "r.json").write_text('[{"kind": "rect",')
    with pytest.raises(InvalidRegions, match="not valid JSON"):
        rg.load(tmp_path / "r.json")
    (tmp_path / "broken.jpg").write_bytes(b"\xff\xd8\xff\xe0\x00\x10JFIF\x00" + bytes(20))
    res = redact(tmp_path / "broken.jpg", tmp_path / "out" / "b.jpg", AREA)
    assert res.outcome is Outcome.FAILED and res.error is not None and res.error.code == "corrupt"
    (tmp_path / "notes.txt").write_text("hello")
    res = redact(tmp_path / "notes.txt", tmp_path / "out" / "n.txt", AREA)
    assert res.outcome is Outcome.REFUSED
    res = redact(png(tmp_path, face_like()), tmp_path / "out" / "p.png", AREA, "smudge")
    assert res.outcome is Outcome.REFUSED and res.error is not None and "mode" in res.error.message
    assert not (tmp_path / "out").exists() or not any((tmp_path / "out").iterdir())


# --- command line ---------------------------------------------------------------------------


@pytest.mark.exiftool
def test_cli_redact_end_to_end(tmp_path: Path) -> None:
    src = dirty_jpeg(tmp_path / "me.jpg", size=(128, 128))
    (tmp_path / "areas.json").write_text(
        json.dumps([{"kind": "ellipse", "x": 60, "y": 60, "w": 40, "h": 30}])
    )
    args = ("redact", src, "--region", "16,16,40,40", "--region", "5,70,30,30:ellipse",
            "--regions", tmp_path / "areas.json", "--mode", "mosaic", "--json")  # fmt: skip
    first, second = run_cli(*args), run_cli(*args)
    assert first.returncode == 0, first.stderr
    (row,) = [json.loads(line) for line in first.stdout.splitlines()]
    assert row["outcome"] == "cleaned" and row["format"] == "JPEG" and row["error"] is None
    assert row["output"] == str(tmp_path / "me-copy.jpg")
    assert {"category": "other", "key": "redaction:regions"} in row["removed"]
    assert json.loads(second.stdout)["output"] == str(tmp_path / "me-copy-2.jpg")  # no overwrite
    assert_clean(tmp_path / "me-copy.jpg")
    assert src.read_bytes()[:2] == b"\xff\xd8" and not inspect(src).is_clean  # original intact

    bad = run_cli("redact", src, "--region", "1,2,3", "--json")
    assert bad.returncode == 1
    err = json.loads(bad.stdout)
    assert err["outcome"] == "refused" and "x,y,w,h" in err["error"]["message"]
    out = tmp_path / "o.png"
    text = run_cli("redact", src, "-o", out, "--region", "1,1,9,9", "--color", "#fff")
    assert text.returncode == 0 and "o.jpg" in text.stdout  # the extension says what it is
    assert min(opened(tmp_path / "o.jpg").getpixel((4, 4))) > 245  # type: ignore[arg-type]


def test_modes_are_the_documented_ones() -> None:
    assert [m.value for m in Mode] == ["fill", "mosaic", "blur"]
    assert masks.parse_color("#fff") == (255, 255, 255) and masks.parse_color("0a0B0c") == (
        10,
        11,
        12,
    )
    with pytest.raises(InvalidRegions):
        masks.parse_color("red")


# --- clean --redact-faces -------------------------------------------------------------------

ASTRONAUT = Path(__file__).parent / "data" / "astronaut.jpg"
FACE = (170, 40, 280, 190)  # where the face is in astronaut.jpg (see test_faces.py)


@pytest.mark.exiftool
def test_cli_clean_redact_faces_batch(tmp_path: Path) -> None:
    src = tmp_path / "in"
    src.mkdir()
    (src / "astronaut.jpg").write_bytes(ASTRONAUT.read_bytes())
    dirty_jpeg(src / "pattern.jpg", size=(128, 96))  # a photo with no face
    (src / "notes.txt").write_text("hello")
    proc = run_cli("clean", src, "-o", tmp_path / "out", "--redact-faces", "--json", "--jobs", "2")
    assert proc.returncode == 1  # the text file is refused; the photos are fine
    assert proc.stderr.count("automatic detection can miss faces: check the results") == 1
    rows = {Path(r["source"]).name: r for r in map(json.loads, proc.stdout.splitlines())}

    face = rows["astronaut.jpg"]
    assert face["outcome"] == "cleaned" and face["error"] is None
    assert {"category": "other", "key": "redaction:regions"} in face["removed"]
    covered = opened(Path(face["output"])).convert("RGB").crop(FACE)
    assert covered.getcolors() == [(covered.width * covered.height, (0, 0, 0))]
    assert len(opened(ASTRONAUT).convert("RGB").crop(FACE).getcolors(100_000) or []) > 1000
    assert_clean(Path(face["output"]))

    plain = rows["pattern.jpg"]
    assert plain["outcome"] == "cleaned" and "no faces were found" in plain["warnings"]
    assert all(item["key"] != "redaction:regions" for item in plain["removed"])
    out = Path(plain["output"])
    assert_clean(out)
    assert opened(out).tobytes() == opened(src / "pattern.jpg").tobytes()  # lossless clean
    assert rows["notes.txt"]["outcome"] == "refused"


def test_cli_clean_redact_faces_refuses_in_place(tmp_path: Path) -> None:
    photo = tmp_path / "a.jpg"
    photo.write_bytes(ASTRONAUT.read_bytes())
    proc = run_cli("clean", photo, "--in-place", "--redact-faces")
    assert proc.returncode == 2 and "--redact-faces" in proc.stderr
    assert photo.read_bytes() == ASTRONAUT.read_bytes()


def test_clean_redact_faces_without_the_model_writes_nothing(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    from scrubber.cli import main
    from scrubber.redact import detect

    detect._session.cache_clear()
    monkeypatch.setattr(detect, "model_path", lambda: tmp_path / "gone" / "centerface.onnx")
    photo = tmp_path / "a.jpg"
    photo.write_bytes(ASTRONAUT.read_bytes())
    try:
        code = main(["clean", str(photo), "-o", str(tmp_path / "out"), "--redact-faces",
                     "--json", "--jobs", "1"])  # fmt: skip
    finally:
        detect._session.cache_clear()
    row = json.loads(capsys.readouterr().out)
    assert code == 1 and row["outcome"] == "failed" and row["error"]["code"] == "detector"
    assert not (tmp_path / "out").exists() or not any((tmp_path / "out").iterdir())
