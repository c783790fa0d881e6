"""The warm extractor of daily runs: a standing cluster (`python -m flows cluster`) whose workers load the
extractor once; a run with nothing new never imports it; a run sent to workers that run other code
publishes the same bytes all the same."""
from __future__ import annotations

import os
import shutil
import socket
import subprocess
import sys
import time
from collections.abc import Iterator
from pathlib import Path

import pytest

from flows import work
from flows.runner import WORKER_CONFIG, batch_size

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT / "tests"))
from conftest import stop_process  # noqa: E402
from test_scale import cache_entries, corpus, published_files  # noqa: E402


def _run(raw: Path, out: Path, **kwargs: object) -> dict:
    from flows.flow import publish_dataset

    return publish_dataset(raw_dir=raw, out_dir=out, **kwargs)


def test_the_extractor_version_needs_neither_spacy_nor_the_extractor() -> None:
    """What a run with nothing new does before it publishes: import the flow, compute the versions."""
    code = ("import sys; import flows.flow; from flows import work; print(work.versions()['rows']); "
            "print(sorted(m for m in ('spacy', 'thinc', 'flows.extract', 'flows.nlp.language', 'simplemma') "
            "if m in sys.modules))")
    done = subprocess.run([sys.executable, "-c", code], cwd=ROOT, capture_output=True, text=True, timeout=300,
                          env={**os.environ, "PREFECT_SERVER_ANALYTICS_ENABLED": "false"})
    assert done.returncode == 0, done.stderr[-2000:]
    version, loaded = done.stdout.split("\n")[:2]
    assert version == work.versions()["rows"]  # the same version as a process that loaded the extractor
    assert loaded == "[]"


def test_the_model_version_read_from_files_is_the_language_layers() -> None:
    from flows.nlp import language, model_version

    assert model_version() == language.model_version()


def test_a_batch_for_other_code_is_refused(tmp_path: Path) -> None:
    raw = tmp_path / "raw"
    corpus.write_corpus(raw, 1)
    files = [{"path": str(p), "name": p.name} for p in sorted(raw.glob("*.txt"))]
    stale = {**work.versions(), "extractor": "0" * 16}
    with pytest.raises(work.StaleWorker, match="restart the Dask cluster"):
        work.process_batch(files, str(tmp_path / "cache"), expected=stale)
    assert not (tmp_path / "cache").exists()  # nothing written
    assert work.process_batch(files, str(tmp_path / "cache"), expected=work.versions())[0]["extracted"]


@pytest.mark.parametrize(("documents", "workers", "size"), [(98, 2, 25), (82, 2, 21), (1000, 2, 125), (20_001, 2, 197)])
def test_every_worker_gets_as_many_batches(documents: int, workers: int, size: int) -> None:
    assert batch_size(documents, workers) == size
    assert -(-documents // size) % workers == 0


@pytest.fixture()
def warm_cluster(tmp_path: Path, prefect_harness: None) -> Iterator[str]:
    """`python -m flows cluster` with one worker on a free port (the test's Prefect API given, as `make cluster`
    would have the standing server's), stopped by its pid."""
    from prefect.settings import PREFECT_API_URL

    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        port = s.getsockname()[1]
    log_path = tmp_path / "cluster.log"
    env = {**os.environ, "PREFECT_API_URL": str(PREFECT_API_URL.value()), "PREFECT_SERVER_ANALYTICS_ENABLED": "false"}
    with log_path.open("wb") as log:
        proc = subprocess.Popen([sys.executable, "-m", "flows", "cluster", "--workers", "1", "--port", str(port)],
                                cwd=ROOT, stdout=log, stderr=subprocess.STDOUT, env=env)
    try:
        deadline = time.monotonic() + 240
        while "Dask cluster ready" not in log_path.read_text(errors="replace"):
            if proc.poll() is not None or time.monotonic() > deadline:
                raise RuntimeError("the warm cluster did not start: " + log_path.read_text(errors="replace")[-2000:])
            time.sleep(0.5)
        yield f"tcp://127.0.0.1:{port}"
    finally:
        stop_process(proc)
    assert "Dask cluster stopped" in log_path.read_text(errors="replace")


def _worker_state(address: str) -> dict:
    from distributed import Client

    def state(dask_worker: object) -> dict:
        import dask

        import flows.dask_worker

        return {"pid": os.getpid(), "warm": flows.dask_worker._warm, "spacy": "spacy" in sys.modules,
                "plugins": sorted(dask_worker.plugins),  # type: ignore[attr-defined]
                "environment": {k: os.environ.get(k) for k in ("MALLOC_TRIM_THRESHOLD_", "OMP_NUM_THREADS")},
                "tick": dask.config.get("distributed.admin.tick.interval")}

    with Client(address, timeout=30) as client:
        return next(iter(client.run(state).values()))


@pytest.mark.slow
def test_a_daily_run_through_the_warm_cluster_publishes_what_one_process_does(
        corpus_raw: Path, tmp_path: Path, warm_cluster: str) -> None:
    """The same history twice: every run in this process, and daily runs sent to the warm cluster."""
    from distributed import Client

    before = _worker_state(warm_cluster)
    assert before["warm"] and before["spacy"] and "ksdata-warm-up" in before["plugins"]  # loaded at its start
    # one BLAS thread, glibc's adaptive malloc thresholds, an event loop that wakes up less often
    assert before["environment"] == {"MALLOC_TRIM_THRESHOLD_": None, "OMP_NUM_THREADS": "1"}
    assert before["tick"] == WORKER_CONFIG["distributed.admin.tick.interval"]
    out, alone = tmp_path / "out", tmp_path / "alone"
    first = _run(corpus_raw, out, runner="sequential")
    _run(corpus_raw, alone, runner="sequential")
    entries = cache_entries(out)
    corpus.write_corpus(corpus_raw, 1, start=100)
    daily = _run(corpus_raw, out, dask_address=warm_cluster)
    assert daily["published"] and daily["runner"]["kind"] == "cluster"
    assert daily["documents"]["extracted"] == 1 and daily["documents"]["from_cache"] == first["documents"]["new"]
    assert sorted(e.split("/")[0] for e in cache_entries(out) - entries) == ["extractions", "shards"]
    assert _worker_state(warm_cluster)["pid"] == before["pid"]  # the same warm process did the work
    assert _run(corpus_raw, alone, runner="sequential")["published"]
    assert published_files(out) == published_files(alone)

    # the worker now runs other code than the flow: the run sees it, extracts here, publishes the same bytes
    def pretend_stale(dask_worker: object) -> None:
        import flows.work

        flows.work.versions = lambda: {"extractor": "0" * 16, "rows": "0" * 16}

    with Client(warm_cluster, timeout=30) as client:
        client.run(pretend_stale)
    corpus.write_corpus(corpus_raw, 1, start=101)
    stale = _run(corpus_raw, out, dask_address=warm_cluster)
    assert stale["published"] and stale["documents"]["extracted"] == 1
    assert _run(corpus_raw, alone, runner="sequential")["published"]
    assert published_files(out) == published_files(alone)


@pytest.mark.slow
def test_a_cluster_that_cannot_be_reached_leaves_the_run_to_this_process(corpus_raw: Path, tmp_path: Path,
                                                                         prefect_harness: None) -> None:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        port = s.getsockname()[1]  # nothing listens there once the socket is closed
    one = _run(corpus_raw, tmp_path / "one", runner="sequential")
    down = _run(corpus_raw, tmp_path / "down", dask_address=f"tcp://127.0.0.1:{port}")
    assert down["published"] and down["documents"]["extracted"] == one["documents"]["extracted"]
    assert published_files(tmp_path / "one") == published_files(tmp_path / "down")


@pytest.fixture()
def corpus_raw(tmp_path: Path) -> Path:
    raw = tmp_path / "raw"
    shutil.copytree(ROOT / "raw", raw)
    corpus.write_corpus(raw, 6)
    return raw
