#!/usr/bin/env bash
# Checks of the frozen app in dist/scrubber/ (after `make bundle`), each run with no
# network (unshare -n: a new, empty network namespace; needs root or user namespaces)
# and an empty environment (env -i: no venv, no PATH, no HOME):
#  1. both self-tests (every format cleaner, the face detector, icons, translations);
#  2. the frozen CLI cleans real files (the self-test's samples, made by the venv's
#     Python; the committed audio and video seeds, the videos tagged by ExifTool) and
#     finds the face in tests/data/astronaut.jpg;
#  3. ExifTool, the oracle, finds no GPS, Make, Model, Artist, Author or Creator tag in
#     what it wrote, while it does find them in the originals (so this check can fail);
#  4. with the network there, traced by strace in an empty HOME and TMPDIR
#     (scripts/silence.py): both self-tests and a batch covering faces open no internet
#     socket and leave nothing behind (the runtime hook switches telemetry off).
set -euo pipefail
cd "$(dirname "$0")/.."
app=$PWD/dist/scrubber
offline() { unshare -n env -i "$@"; }
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT

# No networking library of Qt's (build.spec leaves out the plugins that need one), and no
# link left pointing at a file that was left out.
if find "$app" -iname '*Qt6Network*' -o -iname '*qgtk3*' -o -iname '*desktopportal*' -o -xtype l | grep .; then
  echo "check-bundle: a networking library, a recording platform theme or a dangling link is in the bundle" >&2
  exit 1
fi
offline "$app/scrubber-cli" selftest
offline LANG=C.UTF-8 QT_QPA_PLATFORM=offscreen "$app/scrubber-gui" --selftest

mkdir "$tmp/in"
.venv/bin/python - "$tmp/in" <<'PY'
import sys
from pathlib import Path
from scrubber.registry import FORMATS
for fmt in FORMATS:  # each format's self-test sample
    fmt.sample(Path(sys.argv[1]) / f"sample-{fmt.id}{fmt.extensions[0]}")
PY
mkdir "$tmp/in/seeds"
cp tests/data/audio/*.flac tests/data/audio/*.ogg tests/data/audio/*.opus tests/data/audio/tone.m4a \
  tests/data/video/clip.mp4 tests/data/video/clip.mov "$tmp/in/seeds/"
exiftool -q -overwrite_original "-Keys:GPSCoordinates=52.37, 4.89, 1" -Keys:Make=cam \
  -Keys:Model=cam-1 -UserData:Make=cam "$tmp/in/seeds/clip.mp4" "$tmp/in/seeds/clip.mov"
offline "$app/scrubber-cli" clean "$tmp/in" -o "$tmp/out"
offline "$app/scrubber-cli" faces --json "$PWD/tests/data/astronaut.jpg" | grep -q '"box"'

exiftool -q -j -a -G1 -ee -r "$tmp/in" >"$tmp/before.json"
exiftool -q -j -a -G1 -ee -r "$tmp/out" >"$tmp/after.json"
.venv/bin/python - "$tmp/before.json" "$tmp/after.json" <<'PY'
import json, re, sys
BAD = re.compile(r":(GPS.*|Make|Model|Artist|Author|Creator)$")
def flagged(path):
    return {f["SourceFile"].split("/in/")[-1].split("/out/")[-1]: sorted(k for k in f if BAD.search(k))
            for f in json.load(open(path))}
before, after = flagged(sys.argv[1]), flagged(sys.argv[2])
dirty = [n for n, keys in before.items() if keys]
left = {n: keys for n, keys in after.items() if keys}
print(f"oracle: {len(dirty)} of {len(before)} originals hold GPS/Make/Model/Artist/Author/Creator; "
      f"{len(after)} cleaned copies, {len(left)} still do")
assert len(dirty) >= 18, f"the originals should be dirty: {before}"
assert len(after) == len(before), "a file was not cleaned"
assert not left, left
PY

# 4. Nothing leaves, nothing stays: the frozen programs traced, network namespace as usual.
mkdir "$tmp/faces"
.venv/bin/python - "$tmp/faces" <<'PY'
import sys
from pathlib import Path
from PIL import Image
with Image.open("tests/data/astronaut.jpg") as im:
    big = im.convert("RGB").resize((2048, 2048))
for n in range(24):
    big.save(Path(sys.argv[1]) / f"face-{n:02}.jpg", quality=90)
PY
silent() { .venv/bin/python scripts/silence.py --env LANG=C.UTF-8 --env QT_QPA_PLATFORM=offscreen "$@"; }
silent --label "frozen CLI selftest" -- "$app/scrubber-cli" selftest
silent --label "frozen GUI selftest" -- "$app/scrubber-gui" --selftest
start=$SECONDS
silent --label "frozen CLI clean --redact-faces (24 photos)" -- \
  "$app/scrubber-cli" clean --redact-faces -o "$tmp/faces-out" "$tmp/faces"
echo "check-bundle: the traced batch took $((SECONDS - start)) s"
