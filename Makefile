# Two commands matter: `make run` and `make test`. Both set up .venv first.
PYTHON ?= python3
VENV := .venv
BIN := $(VENV)/bin
STAMP := $(VENV)/.installed-$(shell cksum requirements.txt | cut -d' ' -f1)
PORT ?= 8501

.PHONY: setup run test bench lint browser screenshots clean

setup: $(STAMP)

$(STAMP): requirements.txt
	@test -x $(BIN)/python || $(PYTHON) -m venv $(VENV)
	$(BIN)/python -m pip install --quiet --disable-pip-version-check -r requirements.txt
	@rm -f $(VENV)/.installed-*
	@touch $@

run: setup
	$(BIN)/streamlit run app.py --server.port $(PORT)

browser:
	@scripts/ensure-chromium

test: setup browser
	$(BIN)/python -m pytest

bench: setup
	$(BIN)/python -m bench

# Refresh the README's screenshots from the browser test's run.
screenshots: setup browser
	INFOVIEW_REFRESH_SCREENSHOTS=1 $(BIN)/python -m pytest -q tests/browser/test_flow_in_browser.py

lint: setup
	$(BIN)/ruff check .
	$(BIN)/ruff format --check .

clean:
	rm -rf $(VENV) .pytest_cache .ruff_cache .hypothesis
