# `make run` and `make test` do all the set-up on a fresh machine (Python 3.11+ needed).
PYTHON ?= python3
VENV := .venv
BIN := $(VENV)/bin
STAMP := $(VENV)/.installed

.PHONY: run test lint lock check bench bench-gui fuzz screenshots translations lupdate clean-venv bundle packages

$(BIN)/python:
	$(PYTHON) -m venv $(VENV)
	$(BIN)/python -m pip install -q --disable-pip-version-check -U pip

# Every package, the bundle's included, comes from requirements.lock: exact versions with
# their hashes, so an upstream release (a new telemetry, a changed default) cannot reach
# the app, CI or the bundle unnoticed. `make lock` refreshes it after pyproject.toml changes.
$(STAMP): pyproject.toml requirements.lock | $(BIN)/python
	$(BIN)/python -m pip install -q --disable-pip-version-check --require-hashes --no-deps -r requirements.lock
	$(BIN)/python -m pip install -q --disable-pip-version-check --no-deps --no-build-isolation -e .
	touch $(STAMP)

lock: | $(BIN)/python
	$(BIN)/python -m pip install -q --disable-pip-version-check uv
	$(BIN)/uv pip compile pyproject.toml requirements-build.in --extra dev --extra bundle \
	  --universal --fork-strategy fewest --python-version 3.11 --generate-hashes --no-header \
	  -q -o requirements.lock

# Compiled translations (.qm) are built here, never committed; the .ts sources are.
TS := $(wildcard assets/translations/*.ts)
QM := $(TS:.ts=.qm)

assets/translations/%.qm: assets/translations/%.ts $(STAMP)
	$(BIN)/pyside6-lrelease -silent $< -qm $@

translations: $(QM)

# Refresh the .ts files from the source after changing user-visible strings.
lupdate: $(STAMP)
	$(BIN)/pyside6-lupdate -no-obsolete -locations none $(sort $(wildcard gui/*.py)) -ts $(TS)

run: $(STAMP) translations
	$(BIN)/scrubber-gui

lint: $(STAMP)
	$(BIN)/ruff check scrubber gui tests bench scripts fuzz packaging
	$(BIN)/ruff format --check scrubber gui tests bench scripts fuzz packaging
	$(BIN)/mypy

test: lint translations
	$(BIN)/python -m pytest -q -p no:cacheprovider

bench: $(STAMP)
	$(BIN)/python bench/bench_clean.py

# One 12 MP phone-like HEIC and AVIF cleaned losslessly, against a plain copy and ExifTool.
.PHONY: bench-heif
bench-heif: $(STAMP)
	$(BIN)/python bench/bench_heif.py

# The event-loop stalls of the app while 500 photos are added and cleaned (offscreen).
bench-gui: $(STAMP)
	$(BIN)/python bench/bench_gui.py

# The long fuzzing run whose figures are in the README (a short one is part of `make test`).
fuzz: $(STAMP)
	$(BIN)/python fuzz/fuzz_formats.py --count 12000 --seed 1

# The README's pictures of the app, from files made and removed by the script, and the
# main window at 1024x600, 1366x768 and 1920x1080 at 200 % in each of SCREENSHOT_LANGS
# (docs/screenshots/main-<lang>-<size>.png; a language not shipped yet is skipped).
SCREENSHOT_LANGS ?= en ar de
screenshots: $(STAMP) translations
	$(BIN)/python scripts/screenshots.py --langs "$(SCREENSHOT_LANGS)"

# The frozen app, dist/scrubber/ (scrubber-gui, scrubber-cli), with its licence notices;
# `packages` wraps it as .tar.zst and .deb with SHA256SUMS (packaging/linux/packages.sh).
bundle: $(STAMP) translations
	$(BIN)/pyinstaller --noconfirm --clean --log-level WARN build.spec
	cp LICENSE dist/scrubber/LICENSE.txt
	$(BIN)/python scripts/notices.py dist/scrubber/THIRD_PARTY_NOTICES.txt

packages: bundle
	bash packaging/linux/packages.sh

clean-venv:
	rm -rf $(VENV)
