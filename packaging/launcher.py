"""Entry point of both frozen executables (build.spec): one analysis, one set of libraries.

The executable's own name picks the program: `scrubber-cli` runs the command line, any
other name (scrubber-gui, Scrubber.app) the desktop app. Imports are lazy so the CLI
never loads Qt.
"""

import os
import sys


def _main() -> int:
    name = os.path.basename(sys.executable).lower()
    if name.startswith("scrubber-cli"):
        from scrubber.cli import main as cli_main

        return cli_main()
    from gui.app import main as gui_main

    return gui_main()


if __name__ == "__main__":
    sys.exit(_main())
