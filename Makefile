# The README's commands. Only python3 (>= 3.11) and make are needed: everything else goes into .venv.
PYTHON ?= python3
VENV   := .venv
BIN    := $(VENV)/bin
SAMPLE := sample_articles/musk-zuckerberg-openai.txt
ARTICLE ?= $(SAMPLE)  # make run ARTICLE=path/to/your-article.txt
# Textual animations make Pilot tests wait out smooth scrolling; they are off for tests and benches.
export TEXTUAL_ANIMATIONS := none

.PHONY: run test lint bench bench-smoke eval clean sync-server

# The team sync tests talk to a real CouchDB-protocol server on 127.0.0.1: PouchDB Server from npm,
# installed into .venv/node when npm is there (else those tests are skipped, saying why; CI
# requires them: READER_REQUIRE_SYNC_TESTS=1 in .ci/run).
POUCHDB_SERVER := pouchdb-server@4.2.0
NODE_DIR := $(VENV)/node

# One stamp per install flavour; a second run reuses the environment until pyproject.toml changes.
$(BIN)/python:
	$(PYTHON) -c 'import sys; sys.exit(0 if sys.version_info >= (3, 11) else "reader needs Python >= 3.11")'
	@echo "setting up $(VENV): a virtual environment and reader's dependencies (a minute or two, once)"
	$(PYTHON) -m venv $(VENV)
	$(BIN)/python -m pip install --quiet --upgrade pip

$(VENV)/.installed-run: pyproject.toml | $(BIN)/python
	@echo "installing reader and its dependencies into $(VENV) …"
	$(BIN)/python -m pip install --quiet -e .
	touch $@

$(VENV)/.installed-test: pyproject.toml | $(BIN)/python
	@echo "installing reader with its test tools into $(VENV) …"
	$(BIN)/python -m pip install --quiet -e '.[test]'
	touch $@ $(VENV)/.installed-run

run: $(VENV)/.installed-run
	$(BIN)/reader $(ARTICLE)

$(NODE_DIR)/.installed: | $(BIN)/python
	@if command -v npm >/dev/null 2>&1; then \
	  echo "installing $(POUCHDB_SERVER) into $(NODE_DIR) (for the team sync tests)"; \
	  npm install --prefix $(NODE_DIR) --no-audit --no-fund --ignore-scripts --loglevel=error \
	    $(POUCHDB_SERVER) && touch $@; \
	else echo "npm not found: the team sync tests will be skipped"; fi

sync-server: $(NODE_DIR)/.installed

test: $(VENV)/.installed-test sync-server
	$(BIN)/python -m pytest

lint: $(VENV)/.installed-test
	$(BIN)/ruff check .
	$(BIN)/ruff format --check .
	$(BIN)/mypy

bench: $(VENV)/.installed-test
	$(BIN)/python -m bench

bench-smoke: $(VENV)/.installed-test
	$(BIN)/python -m bench --smoke

eval: $(VENV)/.installed-test
	$(BIN)/python -m bench.suggest_eval

clean:
	rm -rf $(VENV) .pytest_cache .ruff_cache dist build
