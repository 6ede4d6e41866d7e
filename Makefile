# The two set-up commands: `make run` (install, then report on the sample article)
# and `make test` (install with test tools, then run the tests). Both create .venv.
PYTHON ?= python3
VENV := .venv
BIN := $(VENV)/bin
SAMPLE := ../shared/samples/moscow-times-2022-09-14.md

SHARED := ../shared/benchmarks

.PHONY: run test lint install dev bench train clean

$(BIN)/python:
	$(PYTHON) -m venv $(VENV)
	$(BIN)/python -m pip install --quiet --upgrade pip

install: $(BIN)/python
	$(BIN)/python -m pip install --quiet -e .

dev: $(BIN)/python
	$(BIN)/python -m pip install --quiet -e '.[dev]'

run: install
	$(BIN)/reportedly analyze $(SAMPLE)

# The tests, after the checks the code must pass: ruff (lint, format) and mypy --strict.
test: lint
	$(BIN)/python -m pytest -q

lint: dev
	$(BIN)/ruff check src tests benchmarks
	$(BIN)/ruff format --check src tests benchmarks
	$(BIN)/mypy

bench: install
	$(BIN)/reportedly bench records --data $(SHARED)/records
	$(BIN)/reportedly bench polnear --data $(SHARED)/polnear/data --split dev
	$(BIN)/reportedly bench timeml --data $(SHARED)/timeml/te3-platinum
	$(BIN)/reportedly bench timeml --data $(SHARED)/timeml/aquaint
	$(BIN)/python benchmarks/speed.py

# Reproduces the shipped attribution model from PolNeAR train (seed fixed): fine-tunes the
# encoder, trains the tagger on it, then prints its dev scores (about 100 minutes on 2 cores).
train: dev
	$(BIN)/python -m reportedly.learned.training --data $(SHARED)/polnear/data --out src/reportedly/models/attribution_minilm_2026-12-02

clean:
	rm -rf $(VENV) build dist src/*.egg-info
