# leadwatch: `make report` runs the main job, `make test` runs every check.
# Both set themselves up on a fresh machine (virtualenv, Python packages, Debian chromium for tests).

PYTHON   ?= python3
VENV     ?= .venv
SNAPSHOT ?= ../shared/data
EXTRA    ?= ../shared/data-extra
ARTICLES ?= ../shared/articles
OUT      ?= leadwatch-report
BIN      := $(VENV)/bin
PYTEST_ARGS ?= -m "not live"
# Test processes (pytest-xdist): one per core; modules stay whole so module fixtures run once.
PYTEST_WORKERS ?= auto

.PHONY: report test lint typecheck pytest browser bench clean

$(BIN)/python:
	$(PYTHON) -m venv $(VENV)
	$(BIN)/python -m pip install --quiet --upgrade pip

$(VENV)/.installed: pyproject.toml | $(BIN)/python
	$(BIN)/python -m pip install --quiet -e .
	touch $@

$(VENV)/.installed-dev: pyproject.toml | $(BIN)/python
	$(BIN)/python -m pip install --quiet -e '.[dev]'
	touch $@ $(VENV)/.installed

## The main job: import the CSV snapshot into the store and write the HTML report.
report: $(VENV)/.installed
	$(BIN)/leadwatch data import "$(SNAPSHOT)"
	if [ -d "$(EXTRA)" ]; then $(BIN)/leadwatch data import "$(EXTRA)"; fi
	$(BIN)/leadwatch report --out "$(OUT)" $$([ -d "$(ARTICLES)" ] && echo --articles "$(ARTICLES)")

## Every check: lint, format, types, then the whole test suite (browser tests included).
test: lint typecheck browser pytest

lint: $(VENV)/.installed-dev
	$(BIN)/ruff check src tests bench
	$(BIN)/ruff format --check src tests bench

typecheck: $(VENV)/.installed-dev
	$(BIN)/mypy src

## Bytecode caches on even where the environment turns them off (PYTHONDONTWRITEBYTECODE):
## without them every run compiles and assertion-rewrites all modules again, in every worker
## (collection 12 s -> 7 s a worker on a second run). __pycache__/ is git-ignored.
pytest: $(VENV)/.installed-dev browser
	env -u PYTHONDONTWRITEBYTECODE $(BIN)/python -m pytest -n $(PYTEST_WORKERS) --dist loadscope --no-loadscope-reorder $(PYTEST_ARGS)

## Debian chromium for the headless-browser tests (Playwright drives it; it downloads nothing).
browser:
	@if ! command -v chromium >/dev/null 2>&1; then \
	  echo "installing Debian chromium for the browser tests"; \
	  if [ "$$(id -u)" = 0 ]; then SUDO=; else SUDO=sudo; fi; \
	  $$SUDO apt-get update -qq && \
	  DEBIAN_FRONTEND=noninteractive $$SUDO apt-get install -y -qq --no-install-recommends chromium fonts-dejavu-core >/dev/null; \
	fi

bench: $(VENV)/.installed-dev
	$(BIN)/python bench/import_snapshot.py --snapshot "$(SNAPSHOT)"
	$(BIN)/python bench/leadlag.py
	$(BIN)/python bench/connectedness.py
	$(BIN)/python bench/kernels.py
	$(BIN)/python bench/scan.py --quick
	$(BIN)/python bench/verdict_oc.py --runs 20 --n-boot 99 --no-check
	$(BIN)/python bench/cli_startup.py --snapshot "$(SNAPSHOT)"

clean:
	rm -rf $(VENV) $(OUT) test-artifacts .pytest_cache .mypy_cache .ruff_cache
