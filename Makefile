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

.PHONY: help test lint-spec spec-stats lint client check-generated vendor wheel sandbox demo bench

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

lint-spec: $(VENV_STAMP) $(NODE_STAMP) ## validate openapi.yaml (openapi-spec-validator + Spectral) and asyncapi.yaml (AsyncAPI parser), zero findings
	$(PY) -m openapi_spec_validator openapi.yaml
	$(SPECTRAL) lint openapi.yaml --ruleset .spectral.yaml --fail-severity=hint --display-only-failures
	node generator/lint_asyncapi.mjs asyncapi.yaml

spec-stats: $(VENV_STAMP) ## print what openapi.yaml contains (operations, schemas, webhooks, errors, examples)
	$(PY) -m generator.spec_stats openapi.yaml

# --- the generated client (generator/ is the only writer of generated/) -----------------------

client: $(VENV_STAMP) ## check the spec, regenerate generated/ from openapi.yaml + asyncapi.yaml (SPEC=, OUT=)
	$(PY) -m generator $(if $(SPEC),--spec "$(SPEC)") $(if $(OUT),--out "$(OUT)")

check-generated: $(VENV_STAMP) ## fail with a diff if generated/ is not what `make client` writes
	$(PY) -m generator --check

ifneq ($(filter vendor,$(MAKECMDGOALS)),)
ifeq ($(strip $(DEST)),)
$(error make vendor needs a destination: make vendor DEST=<dir>)
endif
endif

vendor: $(VENV_STAMP) ## copy openapi.yaml, overlay and generated packages into DEST=<dir>
	$(MAKE) --no-print-directory check-generated
	$(PY) -m generator.vendor "$(DEST)"

wheel: $(VENV_STAMP) ## build the wheel (assetpay + the generated packages) into dist/
	$(MAKE) --no-print-directory check-generated
	$(PY) -m build --wheel --outdir dist .

# --- the sandbox: a local AssetPay API (sandbox/assetpay_sandbox) ----------------------------

sandbox: $(VENV_STAMP) ## run the AssetPay sandbox on 127.0.0.1:8787 (more flags: ARGS="--speed 600 ...")
	$(PY) -m assetpay_sandbox $(ARGS)

demo: $(VENV_STAMP) ## see it work in 30 s: sandbox + callback receiver + client deposit/withdraw, then stop
	$(PY) -m assetpay_sandbox.demo

# --- performance (not part of make test; tests/bench/test_bench_smoke.py runs tiny counts) ----

bench: $(VENV_STAMP) ## measure the client against raw httpx: one table and a `bench:` summary line
	$(PY) tests/bench/run.py

# --- code quality -----------------------------------------------------------------------------

lint: $(VENV_STAMP) ## ruff and mypy --strict on overlay, generator, sandbox and tests; mypy --strict on generated/
	$(BIN)/ruff check overlay generator sandbox tests
	$(BIN)/ruff format --check overlay generator sandbox tests
	$(BIN)/mypy
	$(BIN)/mypy -p assetpay_client -p assetpay_schema -p assetpay_catalogue -p assetpay_resources \
		-p assetpay_events

# --- everything -------------------------------------------------------------------------------

# pytest-xdist: one worker per core (PYTEST_WORKERS=0 runs in this process). Fuzz budgets are full
# in CI; ASSETPAY_FUZZ=quick runs a tenth of each (tests/fuzzing.py).
PYTEST_WORKERS ?= auto

test: $(VENV_STAMP) $(NODE_STAMP) ## every check: spec gates, lint, tests on every core (ASSETPAY_FUZZ=quick: smaller fuzz runs)
	$(MAKE) --no-print-directory lint-spec
	$(MAKE) --no-print-directory lint
	$(MAKE) --no-print-directory check-generated
	$(BIN)/pytest -n $(PYTEST_WORKERS)
