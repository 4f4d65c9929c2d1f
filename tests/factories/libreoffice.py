"""Files made by LibreOffice itself (headless, with a private profile): conversions and
PDF exports with its own settings."""

from __future__ import annotations

import subprocess
from pathlib import Path

from oracle import CANARY

from factories.pdf import PDF_LINK
from factories.pictures import crop_photo


def soffice_convert(src: Path, out_dir: Path, to: str = "pdf") -> Path:
    """LibreOffice's own export of `src` (a private profile, never the user's); `to` may
    carry filter options ("pdf:writer_pdf_Export:{...}")."""
    import os
    import shutil

    import pytest

    soffice = shutil.which("soffice")
    if soffice is None:
        if os.environ.get("CI"):  # .ci/run installs it: missing there is a failure
            pytest.fail("LibreOffice (soffice) is not installed")
        pytest.skip("LibreOffice is not installed (apt-get install libreoffice-writer-nogui)")
    profile = (out_dir / "lo-profile").as_uri()
    command = [soffice, f"-env:UserInstallation={profile}", "--headless", "--convert-to", to]
    proc = subprocess.run(
        [*command, "--outdir", str(out_dir), str(src)],
        capture_output=True,
        text=True,
        timeout=180,
        check=False,
    )
    out = out_dir / f"{src.stem}.{to.split(':')[0]}"
    assert out.exists(), proc.stderr or proc.stdout
    return out


# Writer's PDF export locked against printing and copying (an owner password only).
LOCKED_PDF = (
    'pdf:writer_pdf_Export:{"RestrictPermissions":{"type":"boolean","value":"true"},'
    '"PermissionPassword":{"type":"string","value":"owner-secret"},'
    '"Printing":{"type":"long","value":"0"},'
    '"EnableCopyingOfContent":{"type":"boolean","value":"false"}}'
)


def libreoffice_cropped_pdf(tmp: Path, to: str = "pdf") -> Path:
    """A Writer document with the crop photo cropped by a quarter on the right
    (fo:clip), exported to PDF by LibreOffice itself (with `to`'s settings)."""
    import base64

    photo = base64.b64encode(crop_photo()).decode()
    fodt = tmp / "cropped.fodt"
    fodt.write_text(
        '<?xml version="1.0" encoding="UTF-8"?>\n'
        '<office:document xmlns:office="urn:oasis:names:tc:opendocument:xmlns:office:1.0" '
        'xmlns:style="urn:oasis:names:tc:opendocument:xmlns:style:1.0" '
        'xmlns:text="urn:oasis:names:tc:opendocument:xmlns:text:1.0" '
        'xmlns:draw="urn:oasis:names:tc:opendocument:xmlns:drawing:1.0" '
        'xmlns:fo="urn:oasis:names:tc:opendocument:xmlns:xsl-fo-compatible:1.0" '
        'xmlns:svg="urn:oasis:names:tc:opendocument:xmlns:svg-compatible:1.0" '
        'office:version="1.3" office:mimetype="application/vnd.oasis.opendocument.text">'
        '<office:automatic-styles><style:style style:name="fr1" style:family="graphic">'
        '<style:graphic-properties fo:clip="rect(0cm, 1.25cm, 0cm, 0cm)"/></style:style>'
        "</office:automatic-styles><office:body><office:text><text:p>Flyer: call me "
        '<draw:frame draw:style-name="fr1" draw:name="Image1" text:anchor-type="as-char" '
        'svg:width="3.75cm" svg:height="2.5cm"><draw:image><office:binary-data>'
        f"{photo}</office:binary-data></draw:image></draw:frame></text:p>"
        "</office:text></office:body></office:document>",
        encoding="utf-8",
    )
    return soffice_convert(fodt, tmp, to)


# Writer's PDF export settings: tagged (pictures get their descriptions as /Alt), PDF/A-1b.
TAGGED_PDFA = (
    'pdf:writer_pdf_Export:{"UseTaggedPDF":{"type":"boolean","value":"true"},'
    '"SelectPdfVersion":{"type":"long","value":"1"}}'
)
ONE_PIXEL_PNG = (
    "iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAIAAACQd1PeAAAADElEQVR4nGP4z8AAAAMBAQDJ/pLvAAAAAElFTkSuQmCC"
)


def libreoffice_tagged_pdf(tmp: Path) -> Path:
    """A Writer document with a link to a file in the home folder, a web link, and a
    picture whose title and description are its camera file name and path, exported by
    LibreOffice as a tagged PDF/A-1b."""
    fodt = tmp / "tagged.fodt"
    photo = f"C:\\Users\\{CANARY}\\Pictures\\IMG_20240315_221530.jpg"
    fodt.write_text(
        '<?xml version="1.0" encoding="UTF-8"?>\n'
        '<office:document xmlns:office="urn:oasis:names:tc:opendocument:xmlns:office:1.0" '
        'xmlns:text="urn:oasis:names:tc:opendocument:xmlns:text:1.0" '
        'xmlns:draw="urn:oasis:names:tc:opendocument:xmlns:drawing:1.0" '
        'xmlns:svg="urn:oasis:names:tc:opendocument:xmlns:svg-compatible:1.0" '
        'xmlns:xlink="http://www.w3.org/1999/xlink" office:version="1.3" '
        'office:mimetype="application/vnd.oasis.opendocument.text"><office:body><office:text>'
        f'<text:p>See <text:a xlink:type="simple" xlink:href="file:///home/{CANARY}/cv.odt">'
        f'my CV</text:a> and <text:a xlink:type="simple" xlink:href="{PDF_LINK}">the flyer'
        '</text:a>. <draw:frame draw:name="IMG_20240315_221530.jpg" text:anchor-type="as-char" '
        'svg:width="2cm" svg:height="1cm"><draw:image><office:binary-data>'
        f"{ONE_PIXEL_PNG}</office:binary-data></draw:image>"
        f"<svg:title>IMG_20240315_221530.jpg</svg:title><svg:desc>{photo}</svg:desc>"
        "</draw:frame></text:p></office:text></office:body></office:document>",
        encoding="utf-8",
    )
    return soffice_convert(fodt, tmp, TAGGED_PDFA)
