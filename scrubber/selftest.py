"""`scrubber selftest`: prove an installed or frozen app works, with no network and no files.

For every format in scrubber.registry.FORMATS it makes the small dirty sample its
descriptor names in a private temporary folder, checks that inspection finds something,
cleans it and checks the copy is clean. It also finds a face in a small photo and covers
it (model file, checksum, onnxruntime, redaction), and covers an area in a small clip
(PyAV's codecs). The GUI's `--selftest` adds its own checks (translations, icons, main
window) through `extra`.
One line per check; exit status 1 if any failed. Every format must name a sample, so a
new cleaner cannot go untested silently.
"""

from __future__ import annotations

import sys
import tempfile
import time
from collections.abc import Callable, Iterable
from dataclasses import dataclass
from functools import partial
from pathlib import Path
from typing import TextIO

from scrubber import __version__, core, registry, selftest_clip
from scrubber.formats.base import Cleaner, Format
from scrubber.model import Outcome


@dataclass(frozen=True)
class Check:
    name: str
    ok: bool
    detail: str = ""


Extra = Callable[[], Iterable[Check]]


def run(out: TextIO | None = None, extra: Extra | None = None) -> int:
    out = out or sys.stdout
    print(f"scrubber {__version__} self-test ({sys.platform})", file=out, flush=True)
    start = time.monotonic()
    failed = 0
    for check in _all_checks(extra):
        failed += not check.ok
        word = "ok  " if check.ok else "FAIL"
        print(f"{word} {check.name}{': ' + check.detail if check.detail else ''}", file=out)
    seconds = time.monotonic() - start
    verdict = f"{failed} check(s) failed" if failed else "all checks passed"
    print(f"{verdict} in {seconds:.1f} s", file=out, flush=True)
    return 1 if failed else 0


def _all_checks(extra: Extra | None) -> Iterable[Check]:
    with tempfile.TemporaryDirectory(prefix="scrubber-selftest-") as tmp:
        work = Path(tmp)
        yield from format_checks(work)
        yield _guarded("faces", lambda: _faces(work))
        yield _guarded("video clip", lambda: selftest_clip.check_clip(work))
        if extra is not None:
            try:
                yield from extra()
            except Exception as e:  # a crash in the GUI's checks is one more failure
                yield Check("gui", False, _why(e))


def format_checks(work: Path) -> Iterable[Check]:
    """One check per registered format, in the registry's order."""
    for fmt, cleaner in zip(registry.FORMATS, registry.CLEANERS, strict=True):
        yield _guarded(f"format {fmt.name}", partial(_clean_sample, fmt, cleaner, work))


def _clean_sample(fmt: Format, cleaner: Cleaner, work: Path) -> str:
    folder = work / fmt.id
    folder.mkdir()
    file_name = "sample" + fmt.extensions[0]
    src = fmt.sample(folder / file_name)
    # Read as this format: by its own cleaner, or the member it picks (DOCX, ODT).
    detected, expected = registry.detect(src), cleaner.pick(src)
    if (type(detected), detected.name) != (type(expected), expected.name):
        raise AssertionError(f"read as {detected.name}")
    before = core.inspect(src)
    if before.is_clean:
        raise AssertionError("nothing found in the dirty sample")
    result = core.clean(src, folder / "out" / file_name)
    if result.outcome is not Outcome.CLEANED or result.output is None:
        why = result.error.message if result.error else result.outcome.value
        raise AssertionError(f"not cleaned: {why}")
    after = core.inspect(result.output, name=False)
    if not after.is_clean:
        raise AssertionError(f"still holds {', '.join(f.key for f in after.findings)}")
    return f"{len(before.findings)} item(s) removed, copy re-read clean"


def _faces(work: Path) -> str:
    import io

    from PIL import Image

    from scrubber.model import CleanOptions
    from scrubber.redact import detect, pipeline
    from scrubber.selftest_face import FACE_JPEG

    found = detect.detect_faces(Image.open(io.BytesIO(FACE_JPEG)))
    if not found:
        raise AssertionError(f"no face found by {detect.model_path().name}")
    src = work / "face.jpg"
    src.write_bytes(FACE_JPEG)
    result = pipeline.redact(src, work / "covered.jpg", found, "fill", "#000000", CleanOptions())
    if not result.outcome.ok or result.output is None:
        raise AssertionError(f"not covered: {result.error.message if result.error else ''}")
    left = detect.raw_faces_in_file(result.output)
    if left:
        raise AssertionError(f"{len(left)} face(s) still found after covering")
    return f"{len(found)} face found, covered, none found in the copy"


def _guarded(name: str, body: Callable[[], str]) -> Check:
    try:
        return Check(name, True, body())
    except Exception as e:  # every failure is reported, and the others still run
        return Check(name, False, _why(e))


def _why(e: BaseException) -> str:
    return f"{type(e).__name__}: {e}"


def main() -> int:
    return run()


if __name__ == "__main__":
    sys.exit(main())
