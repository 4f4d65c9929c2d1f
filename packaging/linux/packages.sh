#!/usr/bin/env bash
# Linux artifacts from the frozen app in dist/scrubber/ (`make bundle` first), with local
# tools only: dist/scrubber-VERSION-linux-ARCH.tar.zst, dist/scrubber_VERSION_DEBARCH.deb
# and dist/SHA256SUMS. zstd keeps this to seconds on 2 cores (xz takes minutes).
# ZSTD_LEVEL=19 for a smaller release file (slower).
set -euo pipefail
cd "$(dirname "$0")/../.."
bundle=dist/scrubber
[ -x "$bundle/scrubber-cli" ] && [ -x "$bundle/scrubber-gui" ] || {
  echo "packages.sh: $bundle is not built; run 'make bundle'" >&2
  exit 1
}
version=$(sed -n 's/^__version__ = "\(.*\)"$/\1/p' scrubber/__init__.py)
arch=$(uname -m)
debarch=$(dpkg --print-architecture)
level=${ZSTD_LEVEL:-3}
tarball=dist/scrubber-$version-linux-$arch.tar.zst
deb=dist/scrubber_${version}_$debarch.deb

# The tarball unpacks to scrubber/ and runs from anywhere: scrubber/scrubber-gui.
rm -f "$tarball"
tar -C dist --owner=0 --group=0 -I "zstd -q -T0 -$level" -cf "$tarball" scrubber

# The .deb: the same folder in /opt/scrubber, launchers in /usr/bin, menu entry and icon.
root=build/deb
rm -rf "$root"
mkdir -p "$root/DEBIAN" "$root/opt" "$root/usr/bin" "$root/usr/share/applications" \
  "$root/usr/share/icons/hicolor/scalable/apps" "$root/usr/share/doc/scrubber"
cp -al "$bundle" "$root/opt/scrubber" 2>/dev/null || cp -a "$bundle" "$root/opt/scrubber"
for name in scrubber:scrubber-cli scrubber-gui:scrubber-gui; do
  # A script, not a symlink: the frozen launcher picks CLI or GUI by its own file name.
  printf '#!/bin/sh\nexec /opt/scrubber/%s "$@"\n' "${name#*:}" >"$root/usr/bin/${name%%:*}"
  chmod 755 "$root/usr/bin/${name%%:*}"
done
.venv/bin/python packaging/linux/desktop_entry.py >"$root/usr/share/applications/scrubber.desktop"
cp assets/icons/scrubber.svg "$root/usr/share/icons/hicolor/scalable/apps/scrubber.svg"
cp LICENSE "$root/usr/share/doc/scrubber/copyright"
size_kb=$(du -sk --exclude=DEBIAN "$root" | cut -f1)
# glibc 2.36 (Debian 12, Ubuntu 23.04+) because the bundle is built on Debian 12; GL/EGL
# and libxcb come from the system, every other library is inside /opt/scrubber.
cat >"$root/DEBIAN/control" <<CONTROL
Package: scrubber
Version: $version
Architecture: $debarch
Maintainer: Scrubber maintainers <scrubber@localhost>
Installed-Size: $size_kb
Depends: libc6 (>= 2.36), libegl1, libgl1, libxcb1, libfontconfig1
Recommends: libwayland-client0, libwayland-cursor0
Section: graphics
Priority: optional
Description: remove hidden location, device and personal data from files
 Scrubber removes GPS positions, camera and phone details, names and hidden
 pictures from photos, PDFs, audio, video and office documents, offline.
 It never connects to the network.
CONTROL
rm -f "$deb"
dpkg-deb --root-owner-group -Zzstd "-z$level" --build "$root" "$deb" >/dev/null
rm -rf "$root"

# The package as installed works: its files unpacked elsewhere, the CLI's self-test run.
check=$(mktemp -d)
dpkg-deb -x "$deb" "$check"
grep -q 'exec /opt/scrubber/scrubber-cli' "$check/usr/bin/scrubber"
env -i "$check/opt/scrubber/scrubber-cli" selftest | tail -n 1
if command -v desktop-file-validate >/dev/null; then
  desktop-file-validate "$check/usr/share/applications/scrubber.desktop"
fi
rm -rf "$check"

(cd dist && sha256sum "$(basename "$tarball")" "$(basename "$deb")" >SHA256SUMS)
ls -l "$tarball" "$deb" dist/SHA256SUMS
