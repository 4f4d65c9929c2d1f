"""The README's layout section matches the tree: every module and subfolder of the code
packages and every top-level folder is listed, and nothing listed is gone."""

from __future__ import annotations

import fnmatch
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[1]
HEADING = "### Layout"
# Packages whose every module and subfolder the layout must list.
COMPLETE = ("scrubber", "scrubber/formats", "scrubber/redact", "gui")


def layout_entries(readme: str) -> list[str]:
    """Paths listed in the layout section's tree: a code block, two spaces of indent per
    level, the name first on each line (a folder ends in /), then words about it."""
    section = readme.split(f"\n{HEADING}\n", 1)[1]
    block = section.split("```\n", 2)[1]
    entries: list[str] = []
    folders: list[str] = []  # the open folder at each depth
    for line in block.splitlines():
        if not line.strip():
            continue
        indent = len(line) - len(line.lstrip(" "))
        assert indent % 2 == 0, f"README layout: odd indent in {line!r}"
        depth = indent // 2
        assert depth <= len(folders), f"README layout: {line!r} is indented too deep"
        del folders[depth:]
        name = line.split()[0]
        path = "/".join([*folders, name.rstrip("/")])
        entries.append(path + ("/" if name.endswith("/") else ""))
        if name.endswith("/"):
            folders.append(name.rstrip("/"))
    return entries


def ignored(name: str) -> bool:
    """Whether .gitignore keeps a top-level name out of the project (.venv, build...)."""
    patterns = (ROOT / ".gitignore").read_text().split()
    return any(fnmatch.fnmatch(name, p.strip("/")) for p in patterns if "/" not in p.strip("/"))


def tree_entries() -> set[str]:
    """What the layout must list: the code packages' modules and subfolders, and the
    top-level folders (hidden ones only if listed; generated ones never)."""
    found = {f"{d.name}/" for d in ROOT.iterdir() if d.is_dir() and not d.name.startswith(".")}
    found = {f for f in found if not ignored(f.rstrip("/"))}
    for package in COMPLETE:
        for child in (ROOT / package).iterdir():
            if child.is_dir() and child.name != "__pycache__":
                found.add(f"{package}/{child.name}/")
            elif child.suffix == ".py" and child.name != "__init__.py":
                found.add(f"{package}/{child.name}")
    return found


def test_layout_parser_reads_nesting() -> None:
    readme = (
        f"intro\n{HEADING}\n\ntext\n\n```\na/     x\n  b.py   y\n  c/     z\n    d.py\n"
        "  e.py\nf.txt\n```\n"
    )
    assert layout_entries(readme) == ["a/", "a/b.py", "a/c/", "a/c/d.py", "a/e.py", "f.txt"]


def test_readme_layout_matches_the_tree() -> None:
    listed = layout_entries((ROOT / "README.md").read_text(encoding="utf-8"))
    twice = sorted({e for e in listed if listed.count(e) > 1})
    missing = sorted(tree_entries() - set(listed))
    gone = sorted(e for e in listed if not (ROOT / e).exists())
    problems = [
        *(f"  not in the README's layout: {e}" for e in missing),
        *(f"  in the README's layout but no longer in the tree: {e}" for e in gone),
        *(f"  listed twice: {e}" for e in twice),
    ]
    if problems:
        pytest.fail(
            f"README.md '{HEADING}' is out of date; add or remove these lines:\n"
            + "\n".join(problems),
            pytrace=False,
        )
