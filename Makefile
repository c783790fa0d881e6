# Two commands for a newcomer:  make run   (set up + run the pipeline on raw/)
#                               make test  (set up + run the tests)
#
# The interpreter (tools/pick-python): PYTHON=/path/to/python3.x if given; else python3 if it is a
# version that pyproject.toml's requires-python allows (3.11 to 3.13); else the newest of python3.13,
# python3.12, python3.11 on PATH. None fits: one line naming what was found and what is needed.
PYTHON ?=
VENV := .venv
BIN := $(VENV)/bin
STAMP := $(VENV)/.installed
PIP := $(BIN)/pip --disable-pip-version-check
# "ok VERSION EXECUTABLE" or "no MESSAGE", computed once on first use (so `make clean` needs no Python).
PICKED = $(eval PICKED := $(shell sh tools/pick-python $(PYTHON)))$(PICKED)
PY = $(if $(filter ok,$(firstword $(PICKED))),$(word 3,$(PICKED)),$(error $(or $(wordlist 2,999,$(PICKED)),\
  tools/pick-python printed nothing: it needs sh and sed)))
PY_VERSION = $(word 2,$(PICKED))

# Prefect in local mode: a temporary server per run, state kept inside the project.
export PREFECT_HOME ?= $(CURDIR)/.prefect
export PREFECT_SERVER_ANALYTICS_ENABLED := false
export PREFECT_SERVER_EPHEMERAL_STARTUP_TIMEOUT_SECONDS := 180

.PHONY: setup run test evaluate bench bench-validation campaign lock clean datasette model topics topics-cv docs FORCE

# .venv records the interpreter it was made from (pyvenv.cfg: home, version); when another one is
# picked, .venv is made anew. The file changes only then, so only then does the install below rerun.
$(VENV)/pyvenv.cfg: FORCE
	@if [ "$$(sed -n 's/^version *= *//p' $@ 2>/dev/null)" != "$(PY_VERSION)" ] \
	   || [ "$$(sed -n 's/^home *= *//p' $@ 2>/dev/null)" != "$(patsubst %/,%,$(dir $(PY)))" ]; then \
	  echo "make: building $(VENV) with Python $(PY_VERSION) ($(PY))"; \
	  rm -rf $(VENV) && $(PY) -m venv $(VENV); fi

# requirements.lock serves every supported Python (markers select the few packages that differ).
# The stamp records the interpreter and the lock it was installed from.
$(STAMP): $(VENV)/pyvenv.cfg requirements.lock pyproject.toml
	$(PIP) install -q -r requirements.lock
	$(PIP) install -q --no-deps -e .
	$(BIN)/python -c 'import hashlib, sys; print("Python", sys.argv[1], sys.argv[2], "requirements.lock sha256", \
	  hashlib.sha256(open("requirements.lock", "rb").read()).hexdigest())' $(PY_VERSION) $(PY) > $(STAMP)

setup: $(STAMP)

run: setup
	$(BIN)/python -m flows run --report .prefect/last-run.json

test: setup
	$(BIN)/python -m pytest -q

evaluate: setup
	$(BIN)/python -m flows evaluate ../shared/gold --raw raw
	$(BIN)/python -m flows evaluate ../shared/dev/gold --raw ../shared/dev/raw
	for s in eval/heldout* eval/realistic-* eval/unseen*/a eval/unseen*/b eval/partset*/*; do echo "== $$s"; $(BIN)/python -m flows evaluate $$s/gold --raw $$s/raw | sed -n 1,9p; done

# The demand topic model: retrain flows/data/topic_model.json from every annotated demand in the
# repository (deterministic), and its cross-validated accuracy (tables written to eval/topics-cv.md).
topics: setup
	$(BIN)/python -m flows.topic_train

topics-cv: setup
	$(BIN)/python -m flows.topic_cv --markdown eval/topics-cv.md

# docs/rules.md, generated from the rule registry flows/data/rules.yaml (a test fails while it is stale).
docs: setup
	$(BIN)/python -m flows.docs_rules

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
# `make cluster` (optional, a third): a standing Dask cluster on tcp://127.0.0.1:$(DASK_PORT) whose workers keep
# the extractor loaded; runs use it when given its address: `KSDATA_DASK_ADDRESS=tcp://127.0.0.1:8786 make serve`.
.PHONY: server serve cluster
DASK_PORT ?= 8786

server: setup
	PREFECT_HOME=$(CURDIR)/.prefect $(BIN)/prefect server start --host 127.0.0.1 --port 4200

serve: setup
	PREFECT_API_URL=http://127.0.0.1:4200/api $(BIN)/python -m flows serve

cluster: setup
	PREFECT_API_URL=http://127.0.0.1:4200/api $(BIN)/python -m flows cluster --host 127.0.0.1 --port $(DASK_PORT)

# Re-pin everything after changing a pin in pyproject.toml: resolves on every supported Python (3.11 to
# 3.13: python3.X on PATH or pyenv's; else LOCK_PYTHONS="/path/python3.11 ..."), keeping the versions
# already locked where they still resolve (UPGRADE=1: all afresh), and writes requirements.lock once a
# fresh venv of each installed it with `pip check` clean. About 10 minutes.
LOCK_PYTHONS ?=
lock:
	$(PY) tools/lock.py $(if $(UPGRADE),--upgrade) $(if $(LOCK_PYTHONS),--python "$(LOCK_PYTHONS)")

clean:
	rm -rf $(VENV) .prefect .cache .pytest_cache .hypothesis

FORCE:
