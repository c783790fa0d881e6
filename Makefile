# Two commands for a newcomer:  make run   (set up + run the pipeline on raw/)
#                               make test  (set up + run the tests)
PYTHON ?= python3
VENV := .venv
BIN := $(VENV)/bin
STAMP := $(VENV)/.installed
PIP := $(BIN)/pip --disable-pip-version-check

# Prefect in local mode: a temporary server per run, state kept inside the project.
export PREFECT_HOME ?= $(CURDIR)/.prefect
export PREFECT_SERVER_ANALYTICS_ENABLED := false
export PREFECT_SERVER_EPHEMERAL_STARTUP_TIMEOUT_SECONDS := 180

.PHONY: setup run test evaluate bench bench-validation campaign lock clean datasette model topics topics-cv

$(STAMP): requirements.lock pyproject.toml
	$(PYTHON) -m venv $(VENV)
	$(PIP) install -q -r requirements.lock
	$(PIP) install -q --no-deps -e .
	touch $(STAMP)

setup: $(STAMP)

run: setup
	$(BIN)/python -m flows run --report .prefect/last-run.json

test: setup
	$(BIN)/python -m pytest -q

evaluate: setup
	$(BIN)/python -m flows evaluate ../shared/gold --raw raw
	$(BIN)/python -m flows evaluate ../shared/dev/gold --raw ../shared/dev/raw
	for s in eval/heldout*; do echo "== $$s"; $(BIN)/python -m flows evaluate $$s/gold --raw $$s/raw | sed -n 1,9p; done

# The demand topic model: retrain flows/data/topic_model.json from every annotated demand in the
# repository (deterministic), and its cross-validated accuracy (tables written to eval/topics-cv.md).
topics: setup
	$(BIN)/python -m flows.topic_train

topics-cv: setup
	$(BIN)/python -m flows.topic_cv --markdown eval/topics-cv.md

bench: setup
	$(BIN)/python benchmarks/bench.py
	$(BIN)/python benchmarks/incremental.py

# The bad-input fault campaign, every case on its own plus the slow ones: benchmarks/BAD_INPUT.md
campaign: setup
	$(BIN)/python benchmarks/bad_input.py

# The Norwegian language layer (flows/nlp/model/, committed): retrain it from the treebank
# (../shared/corpora/ndt, or NDT=DIR), evaluate it on the held-out split (training/RESULTS.md)
# and install it. Single-threaded and seeded, as in training/config.cfg.
NDT ?= ../shared/corpora/ndt
MODEL_OUT := training/output
model: setup
	$(BIN)/python training/convert.py --ndt $(NDT) --out training/corpus
	rm -rf $(MODEL_OUT)
	OMP_NUM_THREADS=1 $(BIN)/python -m spacy train training/config.cfg --code flows/nlp/tokenizer.py --output $(MODEL_OUT)
	$(BIN)/python training/install.py $(MODEL_OUT)/model-best flows/nlp/model
	OMP_NUM_THREADS=1 $(BIN)/python training/evaluate.py --model flows/nlp/model --corpus training/corpus --out training/RESULTS.md

# The publish gate against frictionless and the previous gate on 2k to 380k rows (about 10 minutes on 2 cores).
bench-validation: setup
	$(BIN)/python benchmarks/validation.py

# Browse the published SQLite build in Datasette on http://127.0.0.1:8001 (read-only; Ctrl-C stops it).
DATASETTE_PORT ?= 8001
datasette: setup
	$(BIN)/datasette serve --immutable processed/ks-demands.sqlite --metadata processed/datasette-metadata.json \
	  --host 127.0.0.1 --port $(DATASETTE_PORT)

# Scheduled runs: `make server` in one terminal (Prefect server + UI on http://127.0.0.1:4200),
# `make serve` in a second (registers ks-demands-publish/daily, 06:00 Europe/Oslo, and runs it).
.PHONY: server serve

server: setup
	PREFECT_HOME=$(CURDIR)/.prefect $(BIN)/prefect server start --host 127.0.0.1 --port 4200

serve: setup
	PREFECT_API_URL=http://127.0.0.1:4200/api $(BIN)/python -m flows serve

# Re-pin everything after changing a direct pin in pyproject.toml (checks a fresh venv installs it).
lock:
	rm -rf /tmp/ksdata-lock && $(PYTHON) -m venv /tmp/ksdata-lock
	/tmp/ksdata-lock/bin/pip install -q -e '.[test]'
	( echo "# Exact versions of everything installed, seen to install and run in a fresh venv (Python 3.11)."; \
	  echo "# Regenerate after changing a pin: make lock"; \
	  /tmp/ksdata-lock/bin/pip freeze --exclude-editable | grep -v '^ks-demands' ) > requirements.lock

clean:
	rm -rf $(VENV) .prefect .cache .pytest_cache .hypothesis
