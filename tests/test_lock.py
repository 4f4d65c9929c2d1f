"""What runs is what is pinned: requirements.lock, with hashes, matches pyproject and the venv.

An upstream release can change behaviour (onnxruntime 1.30 started phoning home), so the
app, CI and the bundle install exact versions from the lock (`make`); these tests fail
when the lock falls behind pyproject.toml or the environment was installed some other way.
"""

from __future__ import annotations

import re
import tomllib
from importlib import metadata
from pathlib import Path

from packaging.requirements import Requirement

ROOT = Path(__file__).resolve().parents[1]
PIN = re.compile(r"^([A-Za-z0-9_.\-]+)==([^\s;]+)\s*(?:;\s*([^\\]+?))?\s*\\?$")


def _norm(name: str) -> str:
    return re.sub(r"[-_.]+", "-", name).lower()


def pins() -> dict[str, list[tuple[str, str | None]]]:
    found: dict[str, list[tuple[str, str | None]]] = {}
    for line in (ROOT / "requirements.lock").read_text().splitlines():
        match = PIN.match(line)
        if match:
            found.setdefault(_norm(match[1]), []).append((match[2], match[3]))
    return found


def test_every_pin_has_a_hash() -> None:
    text = (ROOT / "requirements.lock").read_text()
    blocks = re.split(r"\n(?=[A-Za-z0-9])", text)
    pinned = [b for b in blocks if PIN.match(b.splitlines()[0])]
    assert len(pinned) >= 40
    assert all("--hash=sha256:" in b for b in pinned)


def test_the_lock_covers_every_dependency_of_pyproject() -> None:
    project = tomllib.loads((ROOT / "pyproject.toml").read_text())["project"]
    wanted = list(project["dependencies"])
    for extra in ("dev", "bundle"):
        wanted += project["optional-dependencies"][extra]
    locked = pins()
    for text in wanted:
        req = Requirement(text)
        assert _norm(req.name) in locked, f"{req.name} is not in requirements.lock: make lock"
        versions = [v for v, _marker in locked[_norm(req.name)]]
        assert any(req.specifier.contains(v, prereleases=True) for v in versions), (
            f"requirements.lock pins {req.name} {versions}, outside {req.specifier}: make lock"
        )


def test_the_environment_runs_the_pinned_versions() -> None:
    from packaging.markers import Marker

    checked = 0
    for name, entries in pins().items():
        for version, marker in entries:
            if marker and not Marker(marker).evaluate():
                continue
            installed = metadata.version(name)  # `make` installs every pin for this platform
            assert installed == version, f"{name} {installed} is installed, the lock says {version}"
            checked += 1
    assert checked >= 30
