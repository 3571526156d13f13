# phonehome: `make demo` runs the whole pipeline on the bundled synthetic demo, `make test` runs
# the test suite. Both create the virtual environment and install everything they need.
PYTHON ?= python3
VENV ?= .venv
BIN := $(VENV)/bin
STAMP := $(VENV)/.installed

.PHONY: demo test lint install clean

$(STAMP): pyproject.toml
	test -x $(BIN)/python || $(PYTHON) -m venv $(VENV)
	$(BIN)/python -m pip install --quiet --upgrade pip
	$(BIN)/python -m pip install --quiet -e '.[test]'
	touch $(STAMP)

install: $(STAMP)

demo: $(STAMP)
	$(BIN)/phonehome demo --out captures/demo/report

test: $(STAMP)
	$(BIN)/python -m pytest -q

lint: $(STAMP)
	$(BIN)/ruff check analysis addons tests scripts
	$(BIN)/mypy

clean:
	rm -rf $(VENV) captures/demo/report captures/demo/*.db*
