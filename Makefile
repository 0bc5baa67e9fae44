# werkplaats — the two commands a new user needs are `make run` and `make test`.
#
# Works on a fresh machine with only Python 3.11+ and make: uv is installed into .venv-tools/
# when it is not on the PATH, the locked dependencies into .venv/, the database lives in var/.

SHELL := /bin/bash
.SHELLFLAGS := -eu -o pipefail -c
.DEFAULT_GOAL := help

PYTHON ?= python3
HOST ?= 127.0.0.1
PORT ?= 8000
VENV := .venv
BIN := $(VENV)/bin
TOOLS := .venv-tools

# Use a working uv from the PATH; otherwise our own copy (installed by the $(TOOLS)/bin/uv rule).
UV ?= $(shell uv --version >/dev/null 2>&1 && command -v uv || echo $(TOOLS)/bin/uv)
export UV_PROJECT_ENVIRONMENT := $(abspath $(VENV))
export UV_PYTHON_DOWNLOADS ?= never

.PHONY: help install migrate demo run test lint format bench loadtest clean

help:  ## List the targets.
	@grep -E '^[a-z]+:.*## ' $(MAKEFILE_LIST) | awk -F':.*## ' '{printf "  make %-9s %s\n", $$1, $$2}'

$(TOOLS)/bin/uv:
	@echo "uv not found: installing it into $(TOOLS)/ (no root needed)"
	$(PYTHON) -m venv $(TOOLS)
	$(TOOLS)/bin/python -m pip install --quiet --disable-pip-version-check uv

install: $(if $(filter $(TOOLS)/bin/uv,$(UV)),$(TOOLS)/bin/uv)  ## Install the locked dependencies into .venv and compile translations.
	$(UV) sync --frozen --python $(PYTHON)
	$(BIN)/werkplaats compiletranslations

migrate: install  ## Create or update the database (SQLite under var/ unless DATABASE_URL is set).
	$(BIN)/werkplaats migrate --noinput

demo: migrate  ## Load the demo network (once; running it again changes nothing).
	$(BIN)/werkplaats demo

run: demo  ## Install, migrate, load the demo, serve on 127.0.0.1:PORT (8000) with a task worker.
	$(BIN)/werkplaats serve --host $(HOST) --port $(PORT)

# One process by default. PYTEST_WORKERS=2 runs two (pytest-xdist, each with its own test database;
# work goes out a module at a time, see pytest_xdist_make_scheduler in conftest.py): about twice as
# fast, but a few modules there still meet a test database emptied by another (being tracked down).
PYTEST_WORKERS ?= 0
PYTEST_PARALLEL := $(if $(filter-out 0,$(PYTEST_WORKERS)),-n $(PYTEST_WORKERS) --dist loadgroup)

test: install  ## Run the whole test suite, browser tests included.
	$(BIN)/pytest $(PYTEST_PARALLEL) $(PYTEST_ARGS)

lint: install  ## Check code style with ruff.
	$(BIN)/ruff check src
	$(BIN)/ruff format --check src

format: install  ## Fix what ruff can fix.
	$(BIN)/ruff check --fix src
	$(BIN)/ruff format src

bench: install  ## Run the benchmarks in bench/ (when there are any).
	@if [ -f bench/run.py ]; then \
		$(BIN)/python bench/run.py; \
	elif [ -d bench ]; then \
		$(BIN)/pytest bench -q; \
	else \
		echo "No benchmarks yet: add bench/run.py (build a larger network with 'werkplaats demo --scale N')."; \
	fi

# Not part of 'make test': two minutes of 50 users against gunicorn on a temporary database with the
# demo (PostgreSQL when DATABASE_URL names one). See loadtest/README.md.
loadtest: install  ## Load test: 50 users for 2 minutes against the production set-up on loopback.
	$(BIN)/python loadtest/run.py $(LOADTEST_ARGS)

clean:  ## Remove the virtual environments and compiled files (keeps var/, the database).
	rm -rf $(VENV) $(TOOLS)
	find src -name '*.mo' -delete
	find src -name __pycache__ -type d -prune -exec rm -rf {} +
