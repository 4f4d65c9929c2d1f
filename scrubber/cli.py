"""Command line: `scrubber inspect`, `clean` and `redact`, over the same core as the GUI."""

from __future__ import annotations

import argparse
import dataclasses
import json
import sys
from pathlib import Path
from typing import TextIO

from scrubber import __version__, batch, core, registry
from scrubber.errors import InvalidRegions, LinkNotFollowed, ScrubberError
from scrubber.model import (
    Category,
    CleanOptions,
    CleanResult,
    ColourProfile,
    ErrorInfo,
    Orientation,
    Outcome,
    Report,
    escape,
)
from scrubber.names import Naming

# Plain words for each category, as a user would say it.
CATEGORY_TEXT = {
    Category.LOCATION: "reveals where it was taken",
    Category.DEVICE: "identifies your phone or camera",
    Category.PERSON: "contains a name",
    Category.TIME: "tells when it was made",
    Category.SOFTWARE: "shows editing history or apps used",
    Category.EMBEDDED: "hides an extra picture, video or data",
    Category.OTHER: "other details",
}
FACES_WARNING = "automatic detection can miss faces: check the results"
KEEP_NAMES_HELP = "keep file names even when they show a date, phone or app"
FAST_HELP = (
    "with --faces: a quicker search for faces that misses faces narrower than about 60 px "
    "in a 12 MP photo (the default search finds them from about 25 px)"
)


def _search(fast: bool) -> str:
    return "fast" if fast else "thorough"


def main(argv: list[str] | None = None) -> int:
    try:
        return _main(argv)
    except KeyboardInterrupt:
        print("\nStopped. Files not cleaned yet were left as they were.", file=sys.stderr)
        return 130


def _main(argv: list[str] | None) -> int:
    args = _parser().parse_args(argv)
    if args.command == "inspect":
        return _inspect(args.paths, args.json, sys.stdout)
    if args.command == "redact":
        if args.fast and not args.faces:
            _parser().error("--fast goes with --faces")
        return _redact(args, sys.stdout)
    if args.command == "faces":
        return _faces(args.photos, _search(args.fast), args.json, sys.stdout)
    if args.command == "selftest":
        from scrubber import selftest

        return selftest.run(sys.stdout)
    if args.in_place and args.output:
        _parser().error("use either --in-place or -o/--output, not both")
    if args.in_place and args.redact_faces:
        # Covering faces re-encodes and may change the format: the original stays as it was.
        _parser().error("--redact-faces writes new copies; use -o/--output, not --in-place")
    options = CleanOptions(
        orientation=Orientation(args.orientation),
        colour_profile=ColourProfile.REMOVE
        if args.remove_colour_profile
        else ColourProfile.STANDARD,
        heic_to_jpeg=args.heic_to_jpeg,
        flatten_pdf=args.flatten_pdf,
        remove_notes=args.remove_notes,
        remove_hidden=args.remove_hidden,
    )
    jobs = list(batch.plan(args.paths, args.output, args.in_place, _naming(args), options))
    if args.fast and not args.redact_faces:
        _parser().error("--fast goes with --redact-faces")
    if args.redact_faces:
        search = _search(args.fast)
        jobs = [dataclasses.replace(job, redact_faces=True, face_search=search) for job in jobs]
        print(f"note: {FACES_WARNING}", file=sys.stderr)  # once per batch
    return _clean(jobs, args.json, args.jobs, sys.stdout)


def _parser() -> argparse.ArgumentParser:
    p = argparse.ArgumentParser(
        prog="scrubber",
        description="Remove identifying data (location, device, names, hidden pictures) "
        "from photos. Works offline; originals are never changed unless you ask.",
    )
    p.add_argument("--version", action="version", version=f"scrubber {__version__}")
    sub = p.add_subparsers(dest="command", required=True)
    ins = sub.add_parser("inspect", help="show what identifying data files hold")
    ins.add_argument("paths", nargs="+", type=Path, metavar="PATH")
    ins.add_argument("--json", action="store_true", help="one JSON object per file per line")
    cl = sub.add_parser("clean", help="write cleaned copies")
    cl.add_argument("paths", nargs="+", type=Path, metavar="PATH")
    cl.add_argument(
        "-o",
        "--output",
        type=Path,
        metavar="DIR",
        help="folder for the copies (folder layout is kept)",
    )
    cl.add_argument(
        "--in-place",
        action="store_true",
        help="replace the originals (only after the copy is verified)",
    )
    names = cl.add_mutually_exclusive_group()
    names.add_argument(
        "--rename",
        choices=[Naming.NEUTRAL.value, Naming.RANDOM.value],
        default=Naming.NEUTRAL.value,
        help="neutral (default): names that show a date, phone or app become "
        "photo-1f0c9a2e.jpg (video-, recording-, document-); "
        "random: every file and sub-folder gets a random name",
    )
    names.add_argument("--keep-names", action="store_true", help=KEEP_NAMES_HELP)
    cl.add_argument(
        "--orientation",
        choices=[o.value for o in Orientation],
        default=Orientation.KEEP_TAG.value,
        help="keep-tag: lossless, keeps only the rotation tag; "
        "bake: turns the pixels upright (saves the photo again)",
    )
    cl.add_argument(
        "--remove-colour-profile",
        action="store_true",
        help="also remove standard colour profiles (colours may shift)",
    )
    cl.add_argument("--heic-to-jpeg", action="store_true", help="write HEIC photos as JPEG")
    cl.add_argument(
        "--flatten-pdf",
        action="store_true",
        help="turn each PDF page into a picture: the strongest guarantee against hidden "
        "content, but text can no longer be selected or searched",
    )
    cl.add_argument(
        "--remove-notes",
        action="store_true",
        help="remove the speaker notes of presentations (they are kept and reported otherwise)",
    )
    cl.add_argument(
        "--remove-hidden",
        action="store_true",
        help="remove hidden slides, hidden sheets and hidden text or sections of documents "
        "(they are kept and reported otherwise)",
    )
    cl.add_argument(
        "--redact-faces",
        action="store_true",
        help="cover faces found automatically with black (saves those photos again); "
        "detection can miss faces: check the results",
    )
    cl.add_argument("--fast", action="store_true", help=FAST_HELP)
    cl.add_argument("--jobs", type=int, default=batch.default_workers(), help=argparse.SUPPRESS)
    cl.add_argument("--json", action="store_true", help="one JSON object per file per line")
    # `redact` covers areas the user names, plus detected faces with --faces.
    rd = sub.add_parser(
        "redact", help="write a copy of a photo or clip with areas covered (faces, tattoos)"
    )
    rd.add_argument("photo", type=Path, metavar="PHOTO_OR_CLIP")
    rd.add_argument("-o", "--output", type=Path, metavar="OUT", help="file (or folder) to write")
    rd.add_argument(
        "--region",
        action="append",
        default=[],
        metavar="X,Y,W,H[:ellipse][@START-END]",
        help="an area in pixels of the photo or clip as shown (repeat for more); "
        "in a clip, @START-END limits it to those seconds",
    )
    rd.add_argument("--regions", type=Path, metavar="FILE.json", help="areas from a JSON file")
    rd.add_argument(
        "--faces", action="store_true", help="also cover faces found automatically (check them)"
    )
    rd.add_argument("--fast", action="store_true", help=FAST_HELP)
    rd.add_argument(
        "--mode",
        choices=["fill", "mosaic", "blur"],
        default="fill",
        help="fill (default) covers with a solid colour; mosaic and blur are "
        "looks drawn over destroyed content",
    )
    rd.add_argument("--color", default="#000000", metavar="HEX", help="fill colour (#000000)")
    rd.add_argument("--heic-to-jpeg", action="store_true", help="write HEIC photos as JPEG")
    rd.add_argument(
        "--mute", action="store_true", help="clips: remove the sound (a voice can identify)"
    )
    rd.add_argument(
        "--reduce-fingerprint",
        action="store_true",
        help="mild denoise and a 0.97x resize: reduces, does not remove, the sensor-noise "
        "pattern that can link photos to one camera",
    )
    rd.add_argument("--keep-names", action="store_true", help=KEEP_NAMES_HELP)
    rd.add_argument("--json", action="store_true", help="print one JSON object")
    fc = sub.add_parser("faces", help="list the faces found automatically (may miss some)")
    fc.add_argument("photos", nargs="+", type=Path, metavar="PHOTO")
    fc.add_argument("--fast", action="store_true", help=FAST_HELP.replace("with --faces: ", ""))
    # The thorough search is the default now; --small (which asked for it) still works.
    fc.add_argument("--small", action="store_true", help=argparse.SUPPRESS)
    fc.add_argument("--json", action="store_true", help="one JSON object per photo per line")
    sub.add_parser("selftest", help="check this installation: clean made-up samples of each format")
    return p  # fmt: skip


def _naming(args: argparse.Namespace) -> Naming:
    return Naming.KEEP if args.keep_names else Naming(getattr(args, "rename", Naming.NEUTRAL))


def _redact(args: argparse.Namespace, out: TextIO) -> int:
    from scrubber.redact import pipeline, regions  # only this command needs them

    source: Path = args.photo
    if args.output is not None and not args.output.is_dir():
        target = args.output  # a name the user chose
    else:
        target = batch.output_name(source, Path(source.name), args.output, _naming(args))
    if _is_clip(source):
        result = _redact_clip(args, source, target)
        return _print_one(result, args.json, out)
    faces: tuple[int, str] | None = None  # how many were found, by which search
    try:
        if args.mute:
            raise InvalidRegions("--mute is for video clips; this is not one")
        if any("@" in text for text in args.region):
            raise InvalidRegions("a time range (@START-END) is for video clips; this is not one")
        areas = [regions.parse_arg(text) for text in args.region]
        if args.regions is not None:
            areas += regions.load(args.regions)
        if args.faces:
            from scrubber.redact import detect

            print(f"note: {FACES_WARNING}", file=sys.stderr)
            search = detect.Search(_search(args.fast))
            found = detect.faces_in_file(source, search)
            areas += found
            faces = len(found), search.value
        result = pipeline.redact(
            source,
            target,
            areas,
            args.mode,
            args.color,
            CleanOptions(
                heic_to_jpeg=args.heic_to_jpeg, reduce_fingerprint=args.reduce_fingerprint
            ),
        )
    except ScrubberError as e:  # areas the user wrote badly: nothing was read or written
        result = CleanResult(source, Outcome.REFUSED, error=ErrorInfo(e.code, e.message))
    if result.outcome.ok and faces:
        result = dataclasses.replace(result, faces_covered=faces[0], face_search=faces[1])
    return _print_one(result, args.json, out)


def _is_clip(source: Path) -> bool:
    from scrubber.formats.video_mp4 import VideoCleaner

    try:
        return source.is_file() and isinstance(registry.detect(source), VideoCleaner)
    except (ScrubberError, OSError):
        return False  # the photo path says what is wrong with the file


def _redact_clip(args: argparse.Namespace, source: Path, target: Path) -> CleanResult:
    from scrubber.redact import regions, video  # loads PyAV: only for clips

    try:
        if args.heic_to_jpeg or args.reduce_fingerprint:
            raise InvalidRegions("--heic-to-jpeg and --reduce-fingerprint are for photos")
        areas = [video.parse_arg(text) for text in args.region]
        if args.regions is not None:
            areas += [video.TimedArea(r) for r in regions.load(args.regions)]
    except ScrubberError as e:
        return CleanResult(source, Outcome.REFUSED, error=ErrorInfo(e.code, e.message))
    if args.faces:
        print(f"note: {FACES_WARNING}", file=sys.stderr)
    progress = _ClipProgress(source) if sys.stderr.isatty() and not args.json else None
    try:
        return video.redact_video(
            source,
            target,
            areas,
            faces=args.faces,
            mode=args.mode,
            color=args.color,
            mute=args.mute,
            progress=progress,
        )
    finally:
        if progress:
            progress.clear()


def _print_one(result: CleanResult, as_json: bool, out: TextIO) -> int:
    """A single result (redact), with the exit status it gives."""
    _print_result(result, as_json, out, None)
    return 0 if result.outcome.ok else 1


def _faces(photos: list[Path], search_name: str, as_json: bool, out: TextIO) -> int:
    from scrubber.redact import detect  # loads the model: only this command needs it

    print(f"note: {FACES_WARNING}", file=sys.stderr)
    search = detect.Search(search_name)
    bad = 0
    for photo in photos:
        error: ErrorInfo | None = None
        try:
            found = detect.raw_faces_in_file(photo, search)
        except ScrubberError as e:
            found, error = [], ErrorInfo(e.code, e.message)
        except Exception as e:  # one bad photo never stops the batch
            found, error = [], ErrorInfo("internal", f"could not be read ({type(e).__name__})")
        bad += error is not None
        faces = [
            {"box": [round(v) for v in r.box()], "score": round(r.score or 0.0, 3)} for r in found
        ]
        if as_json:
            item: dict[str, object] = {"source": str(photo), "search": search.value}
            item["faces"] = faces
            if error:
                item["error"] = {"code": error.code, "message": error.message}
            print(json.dumps(item, ensure_ascii=False), file=out, flush=True)
        elif error:
            print(f"{escape(str(photo))}: {escape(error.message)}", file=out)
        else:
            n = f"{len(faces)} face{'s' if len(faces) != 1 else ''}"
            lines = [f"{escape(str(photo))}: {n} ({search.value} search)"]
            lines += [f"  box {f['box']} score {f['score']}" for f in faces]
            print("\n".join(lines), file=out, flush=True)
    return 1 if bad else 0


def _clean(jobs: list[batch.Job], as_json: bool, workers: int, out: TextIO) -> int:
    progress = _Progress(len(jobs)) if sys.stderr.isatty() and not as_json else None
    failed = 0
    try:
        for result in batch.run_all(jobs, workers):
            failed += not result.outcome.ok
            _print_result(result, as_json, out, progress)
    except ScrubberError as e:  # the copies could not be synced to disk at the end
        print(f"error: {escape(e.message)}", file=sys.stderr)
        return 1
    if progress:
        progress.clear()
    if not as_json:
        print(f"{len(jobs) - failed} of {len(jobs)} files cleaned.", file=sys.stderr)
    return 1 if failed else 0


def _print_result(
    result: CleanResult, as_json: bool, out: TextIO, progress: _Progress | None
) -> None:
    if progress:
        progress.clear()
    if as_json:
        print(json.dumps(result.to_json(), ensure_ascii=False), file=out, flush=True)
    else:
        print(_clean_line(result), file=out, flush=True)
    if progress:
        progress.step()


def _inspect(paths: list[Path], as_json: bool, out: TextIO) -> int:
    bad = 0
    for path, _rel, link in batch.walk(paths):
        try:
            if link:
                raise LinkNotFollowed()
            report: Report | None = core.inspect(path)
            error = None
        except ScrubberError as e:
            report, error = None, ErrorInfo(e.code, e.message)
            bad += 1
        except Exception as e:  # one bad file never stops the batch
            message = f"could not be read ({type(e).__name__})"
            report, error = None, ErrorInfo("internal", message)
            bad += 1
        if as_json:
            print(json.dumps(_inspect_json(path, report, error), ensure_ascii=False), file=out)
        else:
            print(_inspect_text(path, report, error), file=out)
    return 1 if bad else 0


def _inspect_json(path: Path, report: Report | None, error: ErrorInfo | None) -> dict[str, object]:
    return {
        "source": str(path),
        "format": report.format if report else None,
        "findings": [f.to_json() for f in report.findings] if report else [],
        "kept": [f.to_json() for f in report.kept] if report else [],
        "warnings": list(report.warnings) if report else [],
        "error": {"code": error.code, "message": error.message} if error else None,
    }


def _inspect_text(path: Path, report: Report | None, error: ErrorInfo | None) -> str:
    if report is None:
        assert error is not None
        return f"{escape(str(path))}: {escape(error.message)}"
    lines = [f"{escape(str(path))} ({report.format})"]
    if report.is_clean:
        lines.append("  nothing identifying found")
    for cat in Category:
        items = [f for f in report.findings if f.category is cat]
        if items:
            lines.append(f"  {CATEGORY_TEXT[cat]}:")
            lines.extend(f"    {escape(f.key)}: {escape(f.value)}" for f in items)
    for f in report.kept:
        lines.append(f"  kept (harmless): {escape(f.key)} {escape(f.value)}")
    # Keys, notes and messages may quote the file's own bytes or its name: escaped too.
    lines.extend(f"  note: {escape(w)}" for w in report.warnings)
    return "\n".join(lines)


def _clean_line(r: CleanResult) -> str:
    src = escape(str(r.source))
    if r.outcome in (Outcome.CLEANED, Outcome.ALREADY_CLEAN):
        counts: dict[Category, int] = {}
        for f in r.removed:
            counts[f.category] = counts.get(f.category, 0) + 1
        what = "; ".join(f"{CATEGORY_TEXT[c]} ({counts[c]})" for c in Category if c in counts)
        word = "cleaned" if r.outcome is Outcome.CLEANED else "already clean"
        line = f"{word}: {src} -> {escape(str(r.output))}"
        if what:
            line += f"\n  removed what {what}"
        if r.faces_covered is not None:
            line += f"\n  faces covered: {r.faces_covered} ({r.face_search} search)"
        return line + "".join(f"\n  note: {escape(w)}" for w in r.warnings)
    message = r.error.message if r.error else "unknown error"
    return f"{r.outcome.value}: {src}: {escape(message)}"


class _Progress:
    def __init__(self, total: int) -> None:
        self.total, self.done = total, 0

    def step(self) -> None:
        self.done += 1
        print(f"\r{self.done}/{self.total} files", end="", file=sys.stderr, flush=True)

    def clear(self) -> None:
        print("\r\x1b[K", end="", file=sys.stderr, flush=True)


class _ClipProgress:
    """One line on stderr, rewritten as the clip's frames are done (whole percents)."""

    def __init__(self, source: Path) -> None:
        self.name, self.shown = escape(source.name), -1

    def __call__(self, fraction: float) -> None:
        percent = int(fraction * 100)
        if percent != self.shown:
            self.shown = percent
            print(f"\r{self.name}: {percent}%", end="", file=sys.stderr, flush=True)

    def clear(self) -> None:
        print("\r\x1b[K", end="", file=sys.stderr, flush=True)
