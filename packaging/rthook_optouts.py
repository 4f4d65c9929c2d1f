# PyInstaller runtime hook (build.spec): runs before the frozen program's first import, so
# the libraries' telemetry is off even in code paths that do not start from `scrubber`.
import scrubber.optouts  # noqa: F401
