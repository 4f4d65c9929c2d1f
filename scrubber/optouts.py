"""The libraries' own telemetry, switched off before any of them is imported.

Imported first by `scrubber/__init__.py` (so every entry point that touches the core: the
CLI, the app, the self-tests, pool workers, fuzz and bench) and by the frozen bundle's
runtime hook (packaging/rthook_optouts.py). Values are forced, not defaulted: a user's
shell setting one of these to "0" must not turn phoning home back on. Child processes
inherit the environment, so worker processes are covered too.

Checked, native dependency by dependency (run-time proof: tests/test_silence.py):
- onnxruntime 1.30-1.32 on Linux write a device id and a database under ~/.cache, a
  `.ses` file in the temp folder, and look up a Microsoft telemetry host every few
  seconds. ORT_DISABLE_TELEMETRY=1 stops all of it (and pyproject keeps us below 1.30).
- Qt (PySide6), Pillow, pillow-heif (libheif, x265, libde265), pikepdf (qpdf), pypdfium2
  (PDFium), lxml (libxml2: network access is off in every parser we make), numpy: no
  telemetry or update check; nothing to set.
DO_NOT_TRACK is the cross-tool convention some libraries honour; it costs nothing.
"""

from __future__ import annotations

import os

OPT_OUTS = {
    "ORT_DISABLE_TELEMETRY": "1",
    "DO_NOT_TRACK": "1",
}


def apply() -> None:
    os.environ.update(OPT_OUTS)


apply()
