"""The independent check: ExifTool, a reader we did not write, plus a raw canary scan.

Every planted value in the fixtures contains CANARY. A cleaned file passes only if
ExifTool reports nothing beyond the harmless structural tags listed here, and the canary
appears nowhere in its bytes (UTF-8 or UTF-16).
"""

from __future__ import annotations

import io
import json
import shutil
import subprocess
import zipfile
from pathlib import Path

CANARY = "SCRUBCANARY"
EXIFTOOL = shutil.which("exiftool")

# Groups about the file on disk or ExifTool itself: never content of the file.
HARMLESS_GROUPS = {"ExifTool", "System"}
# Tags any decoder needs to show the picture as intended (lower-case names). Everything
# else ExifTool reports, in any group (File:Comment included), counts as a leak.
HARMLESS_TAGS = set(
    """
    filetype filetypeextension mimetype imagewidth imageheight megapixels imagesize
    orientation bitdepth colortype compression filter interlace gamma srgbrendering
    whitepointx whitepointy redx redy greenx greeny bluex bluey palette transparency
    backgroundcolor pixelsperunitx pixelsperunity pixelunits significantbits
    animationframes animationplays vp8version horizontalscale verticalscale
    alphapreprocessing alphafiltering alphacompression webp_flags gifversion hascolormap
    colorresolutiondepth bitsperpixel animationiterations framecount duration
    transparentcolor pixelaspectratio jfifversion resolutionunit xresolution yresolution
    bitspersample photometricinterpretation stripoffsets samplesperpixel rowsperstrip
    stripbytecounts planarconfiguration tilewidth tilelength tileoffsets tilebytecounts
    predictor extrasamples sampleformat ycbcrsubsampling ycbcrpositioning colorcomponents
    encodingprocess exifbyteorder dctencodeversion app14flags0 app14flags1 colortransform
    subfiletype colormap fillorder thresholding animationloopcount jpegtables
    hevcconfigurationversion generalprofilespace generaltierflag generalprofileidc
    genprofilecompatibilityflags constraintindicatorflags generallevelidc
    minspatialsegmentationidc parallelismtype chromaformat bitdepthluma bitdepthchroma
    averageframerate constantframerate numtemporallayers temporalidnested
    imagespatialextent rotation primaryitemreference handlertype majorbrand minorversion
    compatiblebrands colorprofiles colorprimaries transfercharacteristics
    matrixcoefficients videofullrangeflag imagepixeldepth mediadatasize mediadataoffset
    metaimagesize av1configurationversion seqprofile seqlevelidx0 seqtier0 highbitdepth
    twelvebit monochrome chromasubsamplingx chromasubsamplingy chromasampleposition
    initialdelaysamples
    """.split()  # noqa: SIM905
)
# Colour profile tags: allowed only where the test expects a standard profile to be kept.
ICC_GROUPS = {"ICC-header", "ICC_Profile", "ICC-meas", "ICC-view", "ICC-chrm"}


def exiftool_tags(path: Path) -> dict[str, object]:
    assert EXIFTOOL, "exiftool is required for the oracle"
    out = subprocess.run(
        [EXIFTOOL, "-j", "-a", "-u", "-G1", "-ee", "-api", "LargeFileSupport=1", str(path)],
        capture_output=True,
        text=True,
        check=False,
    )
    return json.loads(out.stdout)[0]


def leaks(path: Path, allow_icc: bool = False) -> dict[str, object]:
    """Tags ExifTool still sees that a cleaned file must not have (warnings included:
    ExifTool warns about trailers and stray chunks)."""
    found: dict[str, object] = {}
    for key, value in exiftool_tags(path).items():
        group, _, tag = key.rpartition(":")
        if isinstance(value, str) and CANARY in value:
            found[key] = value
        elif (
            key == "SourceFile"
            or (group in HARMLESS_GROUPS and tag != "Warning")
            or tag.lower() in HARMLESS_TAGS
            or (allow_icc and (group in ICC_GROUPS or key == "PNG:ProfileName"))
        ):
            continue
        else:
            found[key] = value
    return found


def canary_in_bytes(path: Path) -> bool:
    data = path.read_bytes()
    return any(CANARY.encode(enc) in data for enc in ("utf-8", "utf-16-le", "utf-16-be"))


def assert_clean(path: Path, allow_icc: bool = False) -> None:
    left = leaks(path, allow_icc=allow_icc)
    assert not left, f"ExifTool still sees: {left}"
    assert not canary_in_bytes(path), "a canary string survived in the raw bytes"


# What ExifTool says about the zip container itself: structure, not content.
ZIP_STRUCTURE = {
    "ZIP:ZipRequiredVersion",
    "ZIP:ZipBitFlag",
    "ZIP:ZipCompression",
    "ZIP:ZipCRC",
    "ZIP:ZipCompressedSize",
    "ZIP:ZipUncompressedSize",
    "ZIP:ZipFileName",
}


def canary_in_package(path: Path | bytes, where: str = "") -> list[str]:
    """Where the canary is: 'raw' for the file's bytes, else the names of unpacked parts
    (parts that are zips themselves, like a chart's workbook, are unpacked too)."""
    codecs = ("utf-8", "utf-16-le", "utf-16-be")
    data = path if isinstance(path, bytes) else path.read_bytes()
    found = [where or "raw"] if any(CANARY.encode(c) in data for c in codecs) else []
    with zipfile.ZipFile(io.BytesIO(data)) as z:
        for name in z.namelist():
            part = z.read(name)
            if part.startswith(b"PK\x03\x04"):
                found += canary_in_package(part, f"{where}{name}/")
            elif any(CANARY.encode(c) in part for c in codecs):
                found.append(where + name)
    return found


def office_leaks(path: Path, file_type: str) -> dict[str, object]:
    """What ExifTool still sees; it must have recognised the document, not a bare zip."""
    tags = exiftool_tags(path)
    assert tags.get("File:FileType") == file_type, tags.get("File:FileType")
    found = {k: v for k, v in leaks(path).items() if k not in ZIP_STRUCTURE}
    if found.get("ZIP:ZipModifyDate") == "1980:01:01 00:00:00":
        del found["ZIP:ZipModifyDate"]  # the fixed time every part gets
    return found
