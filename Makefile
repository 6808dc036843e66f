# Two commands matter: `make run` and `make test`. Both set up .venv first.
PYTHON ?= python3
VENV := .venv
BIN := $(VENV)/bin
STAMP := $(VENV)/.installed-$(shell cksum requirements.txt | cut -d' ' -f1)
PORT ?= 8501

.PHONY: setup run test bench lint browser postgres screenshots example clean corpus

# Byte-compile InfoView's own code as pip does an installed package's: each process then starts
# without compiling it (where PYTHONDONTWRITEBYTECODE is set, nothing else would keep it).
setup: $(STAMP)
	@$(BIN)/python -m compileall -q app.py pages infoview > /dev/null

$(STAMP): requirements.txt
	@test -x $(BIN)/python || { echo "Creating $(VENV) with $(PYTHON)..."; $(PYTHON) -m venv $(VENV); }
	@echo "Installing InfoView's packages into $(VENV) (the first time takes one to two minutes)..."
	@start=$$(date +%s); \
	  $(BIN)/python -m pip install --quiet --disable-pip-version-check -r requirements.txt \
	  && echo "Installed in $$(( $$(date +%s) - start )) s."
	@rm -f $(VENV)/.installed-*
	@touch $@

run: setup
	@echo "Starting InfoView. Open http://localhost:$(PORT) in your browser; Ctrl+C stops it."
	@$(BIN)/streamlit run app.py --server.port $(PORT)

browser:
	@scripts/ensure-chromium

postgres:
	@scripts/ensure-postgres

# Two workers, one test file each at a time: the files share their session fixtures.
test: setup browser postgres
	$(BIN)/python -m pytest -n 2 --dist loadfile

bench: setup browser postgres
	$(BIN)/python -m bench

# Refresh the README's screenshots from the browser test's run.
screenshots: setup browser
	INFOVIEW_REFRESH_SCREENSHOTS=1 $(BIN)/python -m pytest -q tests/browser

# Refresh docs/sheet-example.png: page 1 of a sheet from the sample research (needs pdftoppm).
example: setup
	$(BIN)/python -m infoview sheet data/sample_research.xlsx --seniority senior \
	  --specialty finance --org "Northwind Motors" --name "Łucja Wiśniewska" \
	  --title "VP Financial Planning & Analysis" --insider --referred-by "José Müller" \
	  --flag com-be804894 --flag tre-e7487a39 --flag org-0d3ee340 --format pdf --force -o docs/sheet-example.pdf
	pdftoppm -png -r 80 -f 1 -l 1 -singlefile docs/sheet-example.pdf docs/sheet-example
	rm docs/sheet-example.pdf

lint: setup
	$(BIN)/ruff check .
	$(BIN)/ruff format --check .

clean:
	rm -rf $(VENV) .pytest_cache .ruff_cache .hypothesis

# Score the importer against the shared corpus of real files, when one is there: under their
# real names and again copied to neutral names (fileNN.ext), so no rule can lean on a file name.
CORPUS ?= $(firstword $(wildcard ../shared/corpus ../../shared/corpus))
corpus: setup
	@if [ -n "$(CORPUS)" ]; then \
	  echo "== real file names"; \
	  $(BIN)/python $(dir $(CORPUS))tools/corpus_check.py $(CORPUS) --python $(BIN)/python; real=$$?; \
	  echo "== neutral file names (fileNN.ext)"; \
	  $(BIN)/python scripts/corpus_neutral.py $(CORPUS) $(dir $(CORPUS))tools/corpus_check.py --python $(BIN)/python; \
	  neutral=$$?; \
	  test $$real = 0 -a $$neutral = 0; \
	else echo "no ../shared/corpus next to the project: skipped"; fi
