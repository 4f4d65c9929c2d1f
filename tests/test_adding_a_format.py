"""Adding a format: one module holding its cleaner and descriptor, one line in
registry.FORMATS, one test module. Everything else that lists formats derives from the
descriptors, proven here with a toy format (tests/toyformat.py) listed the documented way:
the registry, detection by content and by name, the names of cleaned copies, the file
dialog's filters, the desktop entry, the self-test and the fuzzer take it with no other
change. The registered formats' descriptors are checked against their cleaners too.
"""

from __future__ import annotations

import importlib.util
import random
import re
from collections.abc import Iterator
from pathlib import Path
from types import ModuleType

import pytest
import toyformat

from scrubber import core, names, registry, selftest
from scrubber.errors import CorruptFile
from scrubber.model import Outcome

ROOT = Path(__file__).resolve().parent.parent
CANARY = re.compile(rb"toy-canary")


def _load(path: Path) -> ModuleType:
    spec = importlib.util.spec_from_file_location(path.stem, path)
    assert spec and spec.loader
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


@pytest.fixture
def toy(monkeypatch: pytest.MonkeyPatch) -> Iterator[None]:
    # What the one line in registry.FORMATS does, at run time: the table, and its cleaners.
    formats = (*registry.FORMATS, toyformat.FORMAT)
    monkeypatch.setattr(registry, "FORMATS", formats)
    monkeypatch.setattr(registry, "CLEANERS", tuple(f.cleaner(registry.NESTED) for f in formats))
    yield


@pytest.mark.usefixtures("toy")
def test_a_registered_toy_is_detected_and_cleaned(tmp_path: Path) -> None:
    src = toyformat.sample(tmp_path / "notes.toy")
    assert registry.detect(src).name == "Toy"
    assert len(core.inspect(src).findings) == 2
    result = core.clean(src, tmp_path / "out" / "notes.toy")
    assert result.outcome is Outcome.CLEANED and result.output is not None
    out = result.output.read_bytes()
    assert not CANARY.search(out) and out == toyformat.MAGIC + b"text=hello\n"
    # By name: a damaged .toy is damaged, and copies are named by the kind it declares.
    broken = tmp_path / "broken.toy"
    broken.write_bytes(b"not a toy")
    with pytest.raises(CorruptFile, match="the file name says Toy"):
        registry.detect(broken)
    assert ".toy" in registry.supported_extensions()
    assert names.neutral_stem(src).startswith("document-")
    # Redaction lists what its descriptor says it covers: not this one.
    assert "Toy" in registry.display_names("document")
    assert "Toy" not in registry.display_names("document", redactable=True)


@pytest.mark.usefixtures("toy")
def test_the_file_dialog_and_the_desktop_entry_list_a_registered_toy() -> None:
    from gui import adding

    every, *by_kind = adding.dialog_filters()
    assert "*.toy *.TOY" in every
    documents = next(f for f in by_kind if f.startswith("Documents"))
    assert "*.toy *.TOY" in documents
    desktop = _load(ROOT / "packaging" / "linux" / "desktop_entry.py")
    entry = desktop.entry(desktop.TEMPLATE.read_text(encoding="utf-8"))
    mime = next(line for line in entry.splitlines() if line.startswith("MimeType="))
    assert mime.endswith(";application/x-scrubber-toy;")


@pytest.mark.usefixtures("toy")
def test_the_selftest_cleans_a_sample_of_a_registered_toy(tmp_path: Path) -> None:
    checks = {c.name: c for c in selftest.format_checks(tmp_path)}
    assert list(checks)[-1] == "format Toy"
    assert checks["format Toy"].ok, checks["format Toy"].detail
    assert checks["format Toy"].detail == "2 item(s) removed, copy re-read clean"


@pytest.mark.usefixtures("toy")
def test_the_fuzzer_mutates_a_registered_toy(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.syspath_prepend(ROOT / "fuzz")
    import fuzz_formats as fuzz
    import seeds

    toy_seeds = [(fid, name) for fid, name, _ in seeds.seed_makers() if fid == "toy"]
    assert toy_seeds == [("toy", "sample.toy")]  # no rich seeds: its self-test sample
    seed = toyformat.sample(tmp_path / "seed.toy").read_bytes()
    rng = random.Random(1)
    outcomes = set()
    for index in range(40):  # in this process, where the toy is registered
        data, mutation = fuzz.mutate(seed, rng)
        result = fuzz._check_case(index, "toy", "case.toy", data, mutation, tmp_path)
        assert result.problems == [], (mutation, result.problems)
        outcomes.add(result.outcome)
    assert "cleaned" in outcomes and "failed" in outcomes


def test_every_format_describes_its_cleaner() -> None:
    formats = registry.FORMATS
    assert len({f.id for f in formats}) == len({f.name for f in formats}) == len(formats)
    for fmt, cleaner in zip(formats, registry.CLEANERS, strict=True):
        assert (cleaner.name, cleaner.extensions) == (fmt.name, fmt.extensions), fmt.id
        assert all(re.fullmatch(r"\.[a-z0-9]+", e) for e in fmt.extensions), fmt.id
        assert all(re.fullmatch(r"[a-z]+/[a-z0-9.+-]+", m.lower()) for m in fmt.mime_types)
        assert fmt.mime_types, fmt.id
        assert not fmt.embeddable or fmt.kind in ("image", "document"), fmt.id
        assert not fmt.redactable or fmt.kind in ("image", "video"), fmt.id
