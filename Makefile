# assetpay-python: every verb of the project. `make help` lists them.
SHELL := /bin/bash
.DEFAULT_GOAL := help

PYTHON ?= python3
VENV := .venv
BIN := $(VENV)/bin
PY := $(BIN)/python
VENV_STAMP := $(VENV)/.installed
NODE_STAMP := node_modules/.installed
SPECTRAL := node_modules/.bin/spectral

.PHONY: help test lint-spec spec-stats lint

help: ## list the targets
	@grep -E '^[a-z-]+:.*## ' $(MAKEFILE_LIST) | sed -E 's/:.*## /\t/' | expand -t 18

# --- bootstrap: a fresh machine needs nothing but Python >= 3.11 and npm ---------------------

$(VENV_STAMP): pyproject.toml
	@$(PYTHON) -c 'import sys; sys.exit(0 if sys.version_info >= (3, 11) else "assetpay-python needs Python >= 3.11: run make PYTHON=python3.11 ...")'
	$(PYTHON) -m venv $(VENV)
	$(PY) -m pip install --quiet --disable-pip-version-check -e '.[dev]'
	@touch $@

$(NODE_STAMP): package.json package-lock.json
	npm ci --no-audit --no-fund --loglevel=error
	@touch $@

# --- the spec ---------------------------------------------------------------------------------

lint-spec: $(VENV_STAMP) $(NODE_STAMP) ## validate openapi.yaml (openapi-spec-validator + Spectral, zero findings)
	$(PY) -m openapi_spec_validator openapi.yaml
	$(SPECTRAL) lint openapi.yaml --ruleset .spectral.yaml --fail-severity=hint --display-only-failures

spec-stats: $(VENV_STAMP) ## print what openapi.yaml contains (operations, schemas, webhooks, errors, examples)
	$(PY) -m generator.spec_stats openapi.yaml

# --- code quality -----------------------------------------------------------------------------

lint: $(VENV_STAMP) ## ruff and mypy --strict on overlay, generator and tests
	$(BIN)/ruff check overlay generator tests
	$(BIN)/ruff format --check overlay generator tests
	$(BIN)/mypy

# --- everything -------------------------------------------------------------------------------

test: $(VENV_STAMP) $(NODE_STAMP) ## every check: spec gates, lint, tests (bootstraps .venv and node_modules)
	$(MAKE) --no-print-directory lint-spec
	$(MAKE) --no-print-directory lint
	$(BIN)/pytest
