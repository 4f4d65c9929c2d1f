"""Entry point of both frozen executables (build.spec): one analysis, one set of libraries.

The executable's own name picks the program: `scrubber-cli` runs the command line, any
other name (scrubber-gui, Scrubber.app) the desktop app. Imports are lazy so the CLI
never loads Qt.
"""

import multiprocessing
import os
import sys


def _main() -> int:
    # A worker process (scrubber.isolation) or the fork server starting them runs this
    # executable too: freeze_support() runs what it was started for and exits.
    multiprocessing.freeze_support()
    name = os.path.basename(sys.executable).lower()
    if name.startswith("scrubber-cli"):
        from scrubber.cli import main as cli_main

        return cli_main()
    from gui.app import main as gui_main

    return gui_main()


if __name__ == "__main__":
    sys.exit(_main())
