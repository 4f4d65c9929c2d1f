"""Names give nothing away: a file name with a date or a maker is reported, and copies get
a neutral name unless names are kept. Judged by the names on disk, contents by ExifTool
and the canary scan."""

from __future__ import annotations

import json
import re
from pathlib import Path
from typing import Any

import pytest
from factories import audio_seed, dirty_jpeg, dirty_mp3, dirty_video, run_cli, video_seed
from oracle import assert_clean, canary_in_bytes

from scrubber import Category, Outcome, clean, inspect, names

pytestmark = pytest.mark.exiftool

TIME, DEVICE, APP = Category.TIME, Category.DEVICE, Category.SOFTWARE


def rows(stdout: str) -> list[dict[str, Any]]:
    return [json.loads(line) for line in stdout.splitlines()]


NEUTRAL = re.compile(r"(photo|video|recording|document)-[0-9a-f]{8}")


def shape(name: str) -> str:
    """A name with its random part shown as *: photo-1f0c9a2e.jpg -> photo-*.jpg."""
    return re.sub(r"-[0-9a-f]{8}(?=[.-])", "-*", name)


def name_keys(row: dict[str, Any]) -> set[tuple[str, str]]:
    """(category, key) of the name findings among what a result removed."""
    return {(f["category"], f["key"]) for f in row["removed"] if f["key"].startswith("name:")}


@pytest.mark.parametrize(
    ("name", "expected"),
    [
        ("IMG_20240611_143207.jpg", {TIME, DEVICE}),
        ("IMG_1234.JPG", {DEVICE}),  # the iPhone's counter
        ("IMG_E1234.HEIC", {DEVICE}),
        ("PXL_20240611_143207123.jpg", {TIME, DEVICE}),
        ("VID_20240611_143207.mp4", {TIME, DEVICE}),
        ("MVIMG_20240611_143207.jpg", {TIME, DEVICE}),
        ("DSC_0001.JPG", {DEVICE}),
        ("DSCN0001.JPG", {DEVICE}),
        ("DSC01234.JPG", {DEVICE}),
        ("DJI_0001.JPG", {DEVICE}),
        ("GOPR0001.MP4", {DEVICE}),
        ("GH010034.MP4", {DEVICE}),
        ("P1000123.JPG", {DEVICE}),
        ("20240611_143207.jpg", {TIME}),
        ("Screenshot_20240702-231500.png", {TIME, APP}),
        ("Screen Shot 2024-07-02 at 23.15.00.png", {TIME, APP}),
        ("Снимок экрана 2024-07-02 в 23.15.00.png", {TIME, APP}),
        ("Captura de pantalla 2024-07-02 a las 23.15.00.png", {TIME, APP}),
        ("WhatsApp Image 2024-06-11 at 14.32.07.jpeg", {TIME, APP}),
        ("IMG-20240611-WA0001.jpg", {TIME, DEVICE, APP}),
        ("signal-2024-06-11-143207.jpg", {TIME, APP}),
        ("photo_2024-06-11_14-32-07.jpg", {TIME, APP}),  # Telegram
        ("Snapchat-123456789.jpg", {APP}),
        ("FB_IMG_1718116327123.jpg", {TIME, APP}),  # milliseconds since 1970
        ("scan 11.06.2024.pdf", {TIME}),
        ("at 14.32.07.jpg", {TIME}),
        # Names that show nothing: left alone.
        ("me.jpg", set()),
        ("holiday 2019.jpg", set()),
        ("photo.jpg", set()),
        ("photo-2.jpg", set()),
        ("flyer v1.2.3.pdf", set()),
        ("--version.jpg", set()),
    ],
)
def test_names_that_show_a_date_or_maker_are_recognised(name: str, expected: set[Category]) -> None:
    found = names.findings(name)
    assert {f.category for f in found} == expected
    assert all(f.value.startswith("the file name shows") for f in found)


def test_random_and_neutral_names_show_nothing() -> None:
    stems = {names.random_stem() for _ in range(5000)}
    assert len(stems) == 5000
    assert not [s for s in stems if names.findings(s + ".jpg")]
    neutral = {names.neutral_stem(Path("IMG_1234.JPG")) for _ in range(5000)}
    assert all(NEUTRAL.fullmatch(s) and s.startswith("photo-") for s in neutral)
    assert not [s for s in neutral if names.findings(s + ".jpg")]


def test_inspect_reports_the_name_in_plain_words(tmp_path: Path) -> None:
    src = dirty_jpeg(tmp_path / "WhatsApp Image 2024-06-11 at 14.32.07.jpeg")
    proc = run_cli("inspect", src, "--json")
    assert proc.returncode == 0, proc.stderr
    (row,) = rows(proc.stdout)
    by_key = {f["key"]: f for f in row["findings"]}
    assert by_key["name:date"]["category"] == "time"
    assert by_key["name:date"]["value"] == (
        "the file name shows when it was taken: 2024-06-11, 14.32.07"
    )
    assert by_key["name:app"]["category"] == "software"
    assert "WhatsApp" in by_key["name:app"]["value"]
    text = run_cli("inspect", src).stdout
    assert "the file name shows when it was taken" in text


def test_copies_get_neutral_names_by_default(tmp_path: Path) -> None:
    src = tmp_path / "in"
    (src / "sub").mkdir(parents=True)
    dirty_jpeg(src / "IMG_20240611_143207.jpg")
    dirty_jpeg(src / "PXL_20240611_151000123.jpg")
    dirty_jpeg(src / "sub" / "WhatsApp Image 2024-06-11 at 14.32.07.jpeg")
    dirty_jpeg(src / "me.jpg")
    dirty_mp3(audio_seed("tone.mp3", src, "voice 11.06.2024.mp3"))
    dirty_video(video_seed("clip.mp4", src, "VID_20240611_143207.mp4"))
    out = tmp_path / "out"

    proc = run_cli("clean", src, "-o", out, "--json")

    assert proc.returncode == 0, proc.stderr
    on_disk = sorted(shape(str(p.relative_to(out))) for p in out.rglob("*") if p.is_file())
    assert on_disk == [
        "me.jpg",
        "photo-*.jpg",
        "photo-*.jpg",
        "recording-*.mp3",
        "sub/photo-*.jpeg",
        "video-*.mp4",
    ]
    for copy in out.rglob("*.jp*g"):
        assert_clean(copy)
    for copy in [*out.glob("*.mp3"), *out.glob("*.mp4")]:  # tags are stored, not packed
        assert not canary_in_bytes(copy)
    by_source = {Path(str(r["source"])).name: r for r in rows(proc.stdout)}
    whatsapp = by_source["WhatsApp Image 2024-06-11 at 14.32.07.jpeg"]
    assert name_keys(whatsapp) == {("time", "name:date"), ("software", "name:app")}
    assert whatsapp["warnings"] == []
    assert name_keys(by_source["me.jpg"]) == set()


def test_copy_beside_the_original_gets_a_neutral_name_too(tmp_path: Path) -> None:
    src = dirty_jpeg(tmp_path / "IMG_20240611_143207.jpg")
    proc = run_cli("clean", src)
    assert proc.returncode == 0, proc.stderr
    (copy,) = [p for p in tmp_path.iterdir() if p != src]
    assert shape(copy.name) == "photo-*-copy.jpg"
    assert_clean(copy)


def test_keep_names_keeps_them_and_says_what_they_show(tmp_path: Path) -> None:
    src = dirty_jpeg(tmp_path / "IMG_20240611_143207.jpg")
    proc = run_cli("clean", src, "-o", tmp_path / "out", "--keep-names", "--json")
    assert proc.returncode == 0, proc.stderr
    assert [p.name for p in (tmp_path / "out").iterdir()] == ["IMG_20240611_143207.jpg"]
    assert_clean(tmp_path / "out" / "IMG_20240611_143207.jpg")
    (row,) = rows(proc.stdout)
    assert name_keys(row) == set()
    kept = "the file name shows when it was taken: 20240611_143207 (the name was kept)"
    assert kept in row["warnings"]


def test_in_place_keeps_the_name_and_warns(tmp_path: Path) -> None:
    src = dirty_jpeg(tmp_path / "IMG_1234.jpg")
    result = clean(src, in_place=True)
    assert result.outcome is Outcome.CLEANED and result.output == src
    assert [p.name for p in tmp_path.iterdir()] == ["IMG_1234.jpg"]
    assert_clean(src)
    assert any("phone or camera" in w for w in result.warnings)
    # The content is clean now; inspect still names what the name shows.
    assert [f.key for f in inspect(src).findings] == ["name:device"]


def test_rename_random_replaces_folder_names_and_keeps_the_layout(tmp_path: Path) -> None:
    src = tmp_path / "in"
    hotel = src / "2024-03-15 Hilton room 512"
    (hotel / "evening").mkdir(parents=True)
    (src / "Anna").mkdir()
    dirty_jpeg(hotel / "a.jpg")
    dirty_jpeg(hotel / "b.jpg")
    dirty_jpeg(hotel / "evening" / "c.jpg")
    dirty_jpeg(src / "Anna" / "d.jpg")
    dirty_jpeg(src / "top.jpg")
    out = tmp_path / "out"

    proc = run_cli("clean", src, "-o", out, "--rename", "random", "--json")

    assert proc.returncode == 0, proc.stderr
    where = {
        Path(str(r["source"])).relative_to(src): Path(str(r["output"])).relative_to(out)
        for r in rows(proc.stdout)
    }
    for source, copy in where.items():
        assert len(copy.parts) == len(source.parts)  # same depth
        assert not set(copy.parts) & {"2024-03-15 Hilton room 512", "evening", "Anna"}
        assert copy.stem not in source.stem and len(copy.stem) == 16
        assert (out / copy).is_file()
        assert_clean(out / copy)
    hotel_rel = hotel.relative_to(src)
    a, b, c = (where[hotel_rel / n] for n in ("a.jpg", "b.jpg", "evening/c.jpg"))
    assert a.parent == b.parent  # one folder stays one folder
    assert c.parent.parent == a.parent
    assert where[Path("Anna", "d.jpg")].parent != a.parent
    on_disk = {str(p.relative_to(out)) for p in out.rglob("*")}
    assert not [n for n in on_disk if "Hilton" in n or "Anna" in n or "evening" in n]


def test_keep_names_and_random_names_do_not_mix(tmp_path: Path) -> None:
    src = dirty_jpeg(tmp_path / "a.jpg")
    proc = run_cli("clean", src, "-o", tmp_path / "out", "--rename", "random", "--keep-names")
    assert proc.returncode == 2
    assert not (tmp_path / "out").exists()


def test_redact_names_its_copy_neutrally(tmp_path: Path) -> None:
    src = dirty_jpeg(tmp_path / "PXL_20240611_143207123.jpg")
    proc = run_cli("redact", src, "--region", "2,2,10,10", "--json")
    assert proc.returncode == 0, proc.stderr
    (copy,) = [p for p in tmp_path.iterdir() if p != src]
    assert shape(copy.name) == "photo-*-copy.jpg"
    assert_clean(copy)
    assert name_keys(json.loads(proc.stdout)) == {("time", "name:date"), ("device", "name:device")}
    (tmp_path / "k").mkdir()
    kept = run_cli("redact", src, "--region", "2,2,10,10", "--keep-names", "-o", tmp_path / "k")
    assert kept.returncode == 0, kept.stderr
    assert [p.name for p in (tmp_path / "k").iterdir()] == [src.name]
    assert "(the name was kept)" in kept.stdout
