"""Write THIRD_PARTY_NOTICES.txt for a bundle from the installed packages' own metadata.

`python scripts/notices.py dist/scrubber/THIRD_PARTY_NOTICES.txt` (run by `make bundle`
and the release workflow; the output is not committed). It lists every distribution the
app depends on at run time, found by walking `scrubber`'s requirements (extras left out),
with version, licence and every licence or notice file the wheel carries, plus the face
model that ships inside scrubber (scrubber/redact/models/). Wheels that carry none (PySide6,
flatbuffers) get the standard text from packaging/licenses/. Python and PyInstaller's
bootloader, which are in every bundle, come last.
"""

from __future__ import annotations

import importlib.metadata as md
import re
import sys
import sysconfig
from pathlib import Path

from packaging.requirements import Requirement

ROOT = Path(__file__).resolve().parent.parent
MODEL_LICENCE = ROOT / "scrubber" / "redact" / "models" / "LICENSE-centerface.txt"
NOTICE_FILE = re.compile(r"(LICEN[CS]E|COPYING|NOTICE|ThirdPartyNotices|AUTHORS)", re.I)
STANDARD_TEXTS = {"LGPL-3.0": "LGPL-3.0.txt", "Apache": "Apache-2.0.txt"}  # by licence words
# Native libraries a wheel bundles whose licences its metadata does not name. PyAV's
# wheel carries FFmpeg (its libavcodec reports "LGPL version 3 or later") linked with
# libx264 and libx265 (GPL-2.0-or-later): together they are conveyed under the GPL,
# version 3 (LICENSE), which Scrubber's own licence is.
NATIVE_NOTES = {
    "av": (
        "Its av.libs folder holds FFmpeg's libraries (LGPL-3.0-or-later; text below) and\n"
        "the libraries they use, among them libx264 and libx265 (GPL-2.0-or-later; the GPL,\n"
        "version 3, is in LICENSE), libopus, libvpx, libwebp, dav1d, SVT-AV1 (BSD-style),\n"
        "GnuTLS, Nettle, GMP and libunistring (LGPL). Files:\n",
        "LGPL-3.0.txt",
    )
}


def runtime_dists(top: str = "scrubber") -> list[md.Distribution]:
    seen: dict[str, md.Distribution] = {}
    todo = [top]
    while todo:
        name = todo.pop()
        key = re.sub(r"[-_.]+", "-", name).lower()
        if key in seen:
            continue
        dist = md.distribution(name)
        seen[key] = dist
        for text in dist.requires or []:
            req = Requirement(text)
            if req.marker is None or req.marker.evaluate({"extra": ""}):
                todo.append(req.name)
    seen.pop(top)
    return sorted(seen.values(), key=lambda d: d.metadata["Name"].lower())


def licence_of(dist: md.Distribution) -> str:
    meta = dist.metadata
    text = meta.get("License-Expression") or meta.get("License") or ""
    if not text or len(text) > 80:  # some put the whole licence text in this field
        classifiers = [c.split(" :: ")[-1] for c in meta.get_all("Classifier") or []]
        text = "; ".join(c for c in classifiers if "License" in c) or "see the files below"
    return text.replace("\n", " ")


def notice_files(dist: md.Distribution) -> list[tuple[str, str]]:
    out = []
    for f in dist.files or []:
        name = str(f)
        in_dist_info = ".dist-info/" in name
        top_level_file = name.count("/") == 1  # e.g. onnxruntime/ThirdPartyNotices.txt
        if name.endswith((".py", ".pyc")):
            continue
        named = NOTICE_FILE.search(Path(name).name) and (in_dist_info or top_level_file)
        if named or (in_dist_info and "/licenses/" in name):  # PEP 639 licence folder
            path = Path(str(dist.locate_file(f)))
            if path.is_file():
                out.append((name, path.read_text(encoding="utf-8", errors="replace")))
    return out


def section(title: str, body: str) -> str:
    return f"{'=' * 78}\n{title}\n{'=' * 78}\n{body.rstrip()}\n\n"


def render() -> str:
    parts = [
        "Scrubber is free software under the GNU General Public License, version 3 or\n"
        "later (LICENSE). It ships the following components, each under its own licence.\n"
        "Source code of every component is available from its project page.\n\n"
    ]
    for dist in runtime_dists():
        meta = dist.metadata
        home = meta.get("Home-page") or next(
            (u.split(", ", 1)[-1] for u in meta.get_all("Project-URL") or []), ""
        )
        head = f"{meta['Name']} {dist.version}\nLicence: {licence_of(dist)}\n"
        head += f"Project: {home}\n" if home else ""
        files = notice_files(dist)
        if not files:
            files = [
                (f"standard text ({key})", (ROOT / "packaging" / "licenses" / name).read_text())
                for key, name in STANDARD_TEXTS.items()
                if key.lower() in licence_of(dist).lower()
            ]
        key = meta["Name"].lower()
        if key in NATIVE_NOTES:
            words, standard = NATIVE_NOTES[key]
            libs = sorted(Path(str(f)).name for f in dist.files or [] if ".libs/" in str(f))
            words += "".join(f"  {name}\n" for name in libs)
            text = (ROOT / "packaging" / "licenses" / standard).read_text()
            files = [*files, ("bundled native libraries", words), (standard, text)]
        body = head + "".join(f"\n--- {name} ---\n{text.rstrip()}\n" for name, text in files)
        parts.append(section(meta["Name"], body))
    parts.append(section("CenterFace face detection model", MODEL_LICENCE.read_text()))
    python_licence = Path(sysconfig.get_paths()["stdlib"]) / "LICENSE.txt"
    if python_licence.is_file():
        parts.append(section(f"Python {sys.version.split()[0]}", python_licence.read_text()))
    try:
        bootloader = md.distribution("pyinstaller")
        files = notice_files(bootloader)
        text = "".join(t for n, t in files if "COPYING" in n)
        parts.append(section(f"PyInstaller bootloader {bootloader.version}", text))
    except md.PackageNotFoundError:
        pass  # not a frozen bundle: nothing of PyInstaller is shipped
    return "".join(parts)


def main() -> int:
    if len(sys.argv) != 2:
        print("usage: notices.py OUTPUT", file=sys.stderr)
        return 2
    out = Path(sys.argv[1])
    out.write_text(render(), encoding="utf-8")
    print(f"{out}: {out.stat().st_size // 1024} KB")
    return 0


if __name__ == "__main__":
    sys.exit(main())
