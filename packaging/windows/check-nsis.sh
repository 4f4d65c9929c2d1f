#!/usr/bin/env bash
# CI check on Linux: packaging/windows/scrubber.nsi compiles (makensis from Debian's nsis)
# against a stand-in of the Windows bundle. The real installer is built on a Windows
# runner (.github/workflows/release.yml) from the real dist\scrubber.
set -euo pipefail
cd "$(dirname "$0")"
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT
mkdir -p "$tmp/scrubber/_internal"
for f in scrubber-gui.exe scrubber-cli.exe _internal/python311.dll THIRD_PARTY_NOTICES.txt; do
  echo "stand-in" >"$tmp/scrubber/$f"
done
cp ../../LICENSE "$tmp/scrubber/LICENSE.txt"
version=$(sed -n 's/^__version__ = "\(.*\)"$/\1/p' ../../scrubber/__init__.py)
makensis -V2 -WX "-DVERSION=$version" "-DSRCDIR=$tmp/scrubber" "-DOUTFILE=$tmp/Scrubber-$version-setup.exe" scrubber.nsi
ls -l "$tmp/Scrubber-$version-setup.exe"
