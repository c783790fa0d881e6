"""Scale: the same files whatever runs the extraction (this process, a local Dask cluster, a Dask
cluster started here), a daily run that touches only the new document's rows, streaming writers."""
from __future__ import annotations

import importlib.util
import json
import os
import shutil
import socket
import subprocess
import sys
import time
from collections.abc import Iterator
from pathlib import Path

import pyarrow.parquet as pq
import pytest

from flows import published_index, raw_stamps, work, writers
from flows.outputs.build import build_outputs
from flows.runner import LOCAL_CLUSTER_MIN_DOCUMENTS, MAX_BATCH, MIN_BATCH, RunnerError, batch_size, choose_runner
from flows.schema import TABLES
from conftest import stop_process

ROOT = Path(__file__).resolve().parent.parent
SPEC = importlib.util.spec_from_file_location("corpus", ROOT / "benchmarks" / "corpus.py")
corpus = importlib.util.module_from_spec(SPEC)
SPEC.loader.exec_module(corpus)  # type: ignore[union-attr]


def published_files(out: Path) -> dict[str, bytes]:
    """Every file a release publishes (the cache, lock and run state left out)."""
    return {p.relative_to(out).as_posix(): p.read_bytes() for p in sorted(out.rglob("*"))
            if p.is_file() and not p.relative_to(out).as_posix().startswith((".cache/", ".ksdata"))}


def cache_entries(out: Path) -> set[str]:
    return {p.relative_to(out / ".cache").as_posix() for p in (out / ".cache").rglob("*.json")
            if p.parent.name in ("extractions", "shards")}


@pytest.fixture()
def corpus_raw(tmp_path: Path) -> Path:
    """The seed texts and 12 generated documents (four with a regjeringen.no sidecar)."""
    raw = tmp_path / "raw"
    shutil.copytree(ROOT / "raw", raw)
    corpus.write_corpus(raw, 12)
    return raw


# ---- choosing the runner -------------------------------------------------------------------------

def test_small_runs_stay_in_process_and_large_ones_use_every_core(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.delenv("KSDATA_DASK_ADDRESS", raising=False)
    monkeypatch.delenv("KSDATA_WORKERS", raising=False)
    monkeypatch.setattr("flows.runner.cores", lambda: 2)
    assert choose_runner(5).kind == "sequential"
    assert choose_runner(0).kind == "sequential"
    assert choose_runner(LOCAL_CLUSTER_MIN_DOCUMENTS - 1).kind == "sequential"
    big = choose_runner(LOCAL_CLUSTER_MIN_DOCUMENTS)
    assert (big.kind, big.workers) == ("local", 2)
    assert choose_runner(10_000, workers=1).kind == "sequential"
    assert choose_runner(10_000, runner="sequential").kind == "sequential"
    assert choose_runner(3, runner="local", workers=3).workers == 3
    monkeypatch.setattr("flows.runner.cores", lambda: 1)
    assert choose_runner(10_000).kind == "sequential"


def test_an_address_sends_the_run_to_that_cluster(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.delenv("KSDATA_DASK_ADDRESS", raising=False)
    assert choose_runner(1, address="tcp://10.1.2.3:8786").kind == "cluster"
    monkeypatch.setenv("KSDATA_DASK_ADDRESS", "tcp://127.0.0.1:8786")
    choice = choose_runner(1)
    assert (choice.kind, choice.address) == ("cluster", "tcp://127.0.0.1:8786")
    monkeypatch.setenv("KSDATA_WORKERS", "3")
    monkeypatch.delenv("KSDATA_DASK_ADDRESS")
    assert choose_runner(10_000).workers == 3


@pytest.mark.parametrize(("kwargs", "message"), [
    ({"workers": 0}, "workers must be 1 or more"),
    ({"runner": "threads"}, "not one of auto, sequential, local, cluster"),
    ({"runner": "cluster"}, "needs the scheduler's address"),
])
def test_bad_runner_settings_name_the_setting(monkeypatch: pytest.MonkeyPatch, kwargs: dict, message: str) -> None:
    monkeypatch.delenv("KSDATA_DASK_ADDRESS", raising=False)
    with pytest.raises(RunnerError, match=message):
        choose_runner(10, **kwargs)


def test_bad_workers_variable_is_refused(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("KSDATA_WORKERS", "many")
    with pytest.raises(RunnerError, match="KSDATA_WORKERS"):
        choose_runner(10)


@pytest.mark.parametrize(("documents", "workers"), [(1, 1), (5, 2), (199, 2), (1000, 2), (20_000, 2), (20_000, 64)])
def test_batches_are_large_enough_to_amortise_a_task_and_small_enough_to_balance(documents: int, workers: int) -> None:
    size = batch_size(documents, workers)
    assert MIN_BATCH <= size <= MAX_BATCH
    if documents >= MIN_BATCH * workers * 4:
        # every worker gets several batches (as many each: one batch fewer per worker where more would be too small)
        assert -(-documents // size) >= workers * 3 or size == MIN_BATCH


# ---- streaming writers ---------------------------------------------------------------------------

@pytest.mark.parametrize("table", TABLES)
def test_parquet_from_csv_equals_parquet_from_rows_in_several_row_groups(table: str, tmp_path: Path,
                                                                       monkeypatch: pytest.MonkeyPatch) -> None:
    rows = writers.read_csv(table, ROOT / "processed" / f"{table}.csv") * 7
    monkeypatch.setattr(writers, "ROW_GROUP_ROWS", 10)
    writers.write_csv(table, rows, tmp_path / "t.csv")
    writers.write_parquet(table, rows, tmp_path / "a.parquet")
    assert writers.write_parquet_from_csv(table, tmp_path / "t.csv", tmp_path / "b.parquet") == len(rows)
    assert (tmp_path / "a.parquet").read_bytes() == (tmp_path / "b.parquet").read_bytes()
    assert pq.ParquetFile(tmp_path / "b.parquet").metadata.num_row_groups == max(1, -(-len(rows) // 10))
    assert writers.read_parquet(tmp_path / "b.parquet") == rows


def test_a_table_is_its_header_and_its_fragments(tmp_path: Path) -> None:
    rows = writers.read_csv("statements", ROOT / "processed" / "statements.csv")
    text = writers.csv_header("statements") + "".join(writers.csv_fragment("statements", [r]) for r in rows)
    assert text == (ROOT / "processed" / "statements.csv").read_text(encoding="utf-8")
    assert writers.parse_fragment("statements", writers.csv_fragment("statements", rows)) == rows


def test_the_index_scanned_from_published_files_matches_each_document(tmp_path: Path) -> None:
    docs = published_index.scan(ROOT / "processed")
    published = writers.read_csv("documents", ROOT / "processed" / "documents.csv")
    assert sorted(docs) == sorted(r["source_file"] for r in published)
    reader = published_index.PublishedRows(ROOT / "processed")
    try:
        every = writers.read_csv("demands", ROOT / "processed" / "demands.csv")
        for doc in docs.values():
            assert reader.rows(doc, "demands") == [r for r in every if r["doc_id"] == doc.doc_id]
    finally:
        reader.close()


# ---- whole runs ----------------------------------------------------------------------------------

def _run(raw: Path, out: Path, **kwargs: object) -> dict:
    from flows.flow import publish_dataset

    return publish_dataset(raw_dir=raw, out_dir=out, **kwargs)


@pytest.mark.slow
def test_a_local_dask_cluster_publishes_the_same_bytes_as_one_process(prefect_harness: None, corpus_raw: Path,
                                                                      tmp_path: Path) -> None:
    one = _run(corpus_raw, tmp_path / "one", runner="sequential")
    two = _run(corpus_raw, tmp_path / "two", runner="local", workers=2)
    assert one["published"] and two["published"]
    assert one["runner"]["kind"] == "sequential" and two["runner"]["kind"] == "local"
    assert published_files(tmp_path / "one") == published_files(tmp_path / "two")


@pytest.fixture()
def dask_cluster(tmp_path: Path) -> Iterator[str]:
    """A `dask scheduler` and two `dask worker` processes on 127.0.0.1, stopped by pid afterwards."""
    dask = Path(sys.executable).parent / "dask"
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        port = s.getsockname()[1]
    address = f"tcp://127.0.0.1:{port}"
    log = (tmp_path / "dask.log").open("wb")
    procs = [subprocess.Popen([str(dask), "scheduler", "--host", "127.0.0.1", "--port", str(port),
                               "--dashboard-address", ":0", "--no-show"], cwd=ROOT, stdout=log, stderr=log)]
    try:
        for i in range(2):
            procs.append(subprocess.Popen([str(dask), "worker", address, "--nthreads", "1", "--nworkers", "1",
                                           "--name", f"test-worker-{i}", "--host", "127.0.0.1", "--no-dashboard"],
                                          cwd=ROOT, stdout=log, stderr=log))
        from distributed import Client

        deadline = time.monotonic() + 120
        while True:
            try:
                with Client(address, timeout=10) as client:
                    client.wait_for_workers(2, timeout=max(1.0, deadline - time.monotonic()))
                break
            except (OSError, TimeoutError):
                if time.monotonic() > deadline or any(p.poll() is not None for p in procs):
                    raise RuntimeError("the Dask cluster did not start: "
                                       + (tmp_path / "dask.log").read_text(errors="replace")[-2000:]) from None
                time.sleep(0.5)
        yield address
    finally:
        for proc in reversed(procs):
            stop_process(proc, timeout=20)
        log.close()


@pytest.mark.slow
def test_a_dask_cluster_given_by_address_publishes_the_same_bytes(prefect_harness: None, corpus_raw: Path,
                                                                  tmp_path: Path, dask_cluster: str) -> None:
    from distributed import Client

    one = _run(corpus_raw, tmp_path / "one", runner="sequential")
    remote = _run(corpus_raw, tmp_path / "remote", dask_address=dask_cluster, cache=str(tmp_path / "shared-cache"))
    assert one["published"] and remote["published"] and remote["runner"]["kind"] == "cluster"
    assert remote["documents"]["extracted"] == len(list(corpus_raw.glob("*.txt")))
    assert published_files(tmp_path / "one") == published_files(tmp_path / "remote")
    assert cache_entries(tmp_path / "remote") == set()  # the workers wrote the shared cache, not OUT/.cache
    assert len(list((tmp_path / "shared-cache" / "shards").glob("*.json"))) == remote["documents"]["extracted"]
    with Client(dask_cluster, timeout=10) as client:  # both workers took part, each warmed up once
        workers = client.scheduler_info()["workers"]
        assert len(workers) == 2
        assert all("ksdata-warm-up" in plugins for plugins in client.run(
            lambda dask_worker: list(dask_worker.plugins)).values())


@pytest.mark.slow
def test_the_daily_run_touches_only_the_new_documents_rows(prefect_harness: None, corpus_raw: Path,
                                                          tmp_path: Path) -> None:
    out = tmp_path / "out"
    first = _run(corpus_raw, out)
    before = cache_entries(out)
    corpus.write_corpus(corpus_raw, 1, start=100)
    daily = _run(corpus_raw, out)
    assert daily["published"] and daily["version"] == "1.1.0"
    assert daily["documents"]["extracted"] == 1 and daily["documents"]["from_cache"] == first["documents"]["new"]
    new_entries = cache_entries(out) - before
    assert sorted(e.split("/")[0] for e in new_entries) == ["extractions", "shards"]  # one extraction, one shard
    assert daily["assembly"]["compared_documents"] == 0  # a new document is not read back: all its rows are added
    assert daily["assembly"]["published_index"] == "saved"
    # only a document added: the incremental gate (flows.delta_gate); a first release has the full one
    assert daily["validation"]["gate"] == {"kind": "incremental"}
    assert first["validation"]["gate"]["kind"] == "full"
    added = {t: d["added"] for t, d in daily["delta"].items() if t != "persons"}
    assert added["documents"] == 1 and all(d["removed"] == 0 and d["modified"] == 0
                                           for t, d in daily["delta"].items() if t != "persons")
    changes = writers.read_csv("changes", out / "processed" / "changes.csv")
    new_doc = [r for r in writers.read_csv("documents", out / "processed" / "documents.csv")
               if r["source_file"] == "doc_000100.txt"][0]
    assert {r["row_id"] for r in changes if r["table_name"] == "documents"} == {new_doc["doc_id"]}
    # the derived outputs reused the published ones and are what a build from scratch gives
    reuse = daily["outputs"]["reuse"]
    assert reuse["previous"] == "reused" and reuse["sqlite_rows_copied"] > 0  # (17 documents: one xlsx chunk per table)
    again = tmp_path / "again"
    (again / "processed").mkdir(parents=True)
    shutil.copyfile(out / "datapackage.json", again / "datapackage.json")
    for path in [*(out / "processed").glob("*.csv"), *(out / "processed").glob("*.parquet")]:
        shutil.copyfile(path, again / "processed" / path.name)
    scratch = build_outputs(again / "datapackage.json")
    assert scratch["files"] == daily["outputs"]["built"]
    assert [f for f in scratch["files"] if (out / f).read_bytes() != (again / f).read_bytes()] == []
    # the merged package equals a package built from scratch on the same texts
    fresh = _run(corpus_raw, tmp_path / "fresh", runner="sequential", cache=str(tmp_path / "fresh-cache"))
    for table in TABLES[:-1]:
        assert (out / f"processed/{table}.csv").read_bytes() == (tmp_path / f"fresh/processed/{table}.csv").read_bytes()
        assert (out / f"processed/{table}.parquet").read_bytes() == \
            (tmp_path / f"fresh/processed/{table}.parquet").read_bytes()
    assert fresh["published"]


@pytest.mark.slow
def test_without_the_index_the_delta_is_the_same(prefect_harness: None, corpus_raw: Path, tmp_path: Path) -> None:
    """A fresh clone has no index: the published files are scanned once and the release is the same."""
    outs = {}
    for label in ("indexed", "scanned"):
        out = tmp_path / label
        raw = tmp_path / f"raw-{label}"
        shutil.copytree(corpus_raw, raw)
        _run(raw, out)
        (raw / "doc_000003.txt").unlink()
        (raw / "doc_000004.txt").write_text((raw / "doc_000004.txt").read_text(encoding="utf-8")
                                            .replace("KS", "KS Innlandet", 1), encoding="utf-8")
        corpus.write_corpus(raw, 1, start=200)
        if label == "scanned":
            (out / published_index.INDEX).unlink()
        second = _run(raw, out)
        assert second["assembly"]["published_index"] == label.replace("indexed", "saved")
        assert second["assembly"]["compared_documents"] == 2  # the changed and the removed document
        # a scanned index does not say which cache entry a document's rows came from: every shard is read
        assert (second["assembly"]["reused_documents"] == 0) == (label == "scanned")
        outs[label] = published_files(out)
    assert outs["indexed"] == outs["scanned"]
    report = json.loads(json.dumps(second))
    assert report["delta"]["documents"] == {"added": 1, "modified": 1, "removed": 1}


def _same_size_change(path: Path) -> None:
    """Change a file's bytes keeping its size and modification time (what a `touch -d` or `cp -p` leaves)."""
    st = path.stat()
    text = path.read_text(encoding="utf-8")
    changed = text.replace("KS", "SK", 1)
    assert changed != text
    path.write_text(changed, encoding="utf-8")
    os.utime(path, ns=(st.st_atime_ns, st.st_mtime_ns))


def _tables_equal_a_rebuild(raw: Path, out: Path, fresh: Path) -> None:
    """The published tables (CSV and Parquet) are those a first release from the same texts has."""
    rebuilt = _run(raw, fresh, runner="sequential", cache=str(out / ".cache"))
    assert rebuilt["published"] and rebuilt["version"] == "1.0.0"
    for table in TABLES[:-1]:  # `changes` lists what changed since the previous release: it differs by design
        for suffix in ("csv", "parquet"):
            assert (out / f"processed/{table}.{suffix}").read_bytes() == \
                (fresh / f"processed/{table}.{suffix}").read_bytes(), f"{table}.{suffix}"


@pytest.mark.slow
def test_daily_runs_from_the_stamp_index_publish_what_a_rebuild_does(prefect_harness: None, corpus_raw: Path,
                                                                     tmp_path: Path,
                                                                     monkeypatch: pytest.MonkeyPatch) -> None:
    """Added, changed (same size and modification time) and removed files found by their stat; with the
    stamp index damaged, every file is hashed and the release is the same as with it."""
    monkeypatch.setattr(raw_stamps, "RACY_SECONDS", -1e9)  # the test's files were all written just now
    out = tmp_path / "out"
    _run(corpus_raw, out)
    assert len(raw_stamps.load(out).entries) == len(list(corpus_raw.glob("*.txt")))
    hashed: list[str] = []
    content_key = work.content_key
    monkeypatch.setattr(work, "content_key", lambda raw: hashed.append(raw.name) or content_key(raw))
    corpus.write_corpus(corpus_raw, 1, start=300)
    _same_size_change(corpus_raw / "doc_000004.txt")
    (corpus_raw / "doc_000003.txt").unlink()
    daily = _run(corpus_raw, out)
    assert set(hashed) == {"doc_000004.txt", "doc_000300.txt"}  # every other key came from its stat
    assert daily["delta"]["documents"] == {"added": 1, "modified": 1, "removed": 1}
    assert daily["validation"]["gate"]["kind"] == "full"  # not only added: every row checked
    unchanged = len(list(corpus_raw.glob("*.txt"))) - 2
    assert daily["assembly"]["reused_documents"] == unchanged  # copied from the published files, shards not read
    _tables_equal_a_rebuild(corpus_raw, out, tmp_path / "fresh")
    # fallback: a damaged index is ignored, every file hashed
    (out / raw_stamps.INDEX).write_text("{not json", encoding="utf-8")
    hashed.clear()
    _same_size_change(corpus_raw / "doc_000005.txt")
    again = _run(corpus_raw, out)
    assert set(hashed) == {p.name for p in corpus_raw.glob("*.txt")}
    assert again["delta"]["documents"] == {"added": 0, "modified": 1, "removed": 0}
    assert again["assembly"]["reused_documents"] == unchanged + 1
    _tables_equal_a_rebuild(corpus_raw, out, tmp_path / "fresh-again")


@pytest.mark.slow
def test_new_documents_extracted_beside_the_assembly_publish_what_one_process_does(
        prefect_harness: None, corpus_raw: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """The daily run's new documents extracted in a helper process while the others are assembled
    (flows.beside; started before the listing, since files were added): the same files as extracting them in
    the run's process, a document the helper sets aside is set aside, and the tables are a rebuild's."""
    import flows.beside
    import flows.stage_extract

    out = tmp_path / "out"
    _run(corpus_raw, out)
    twin = tmp_path / "twin"
    shutil.copytree(out, twin)
    corpus.write_corpus(corpus_raw, 1, start=400)
    (corpus_raw / "doc_000004.txt").write_text((corpus_raw / "doc_000004.txt").read_text(encoding="utf-8")
                                               .replace("KS", "KS Viken", 1), encoding="utf-8")
    (corpus_raw / "broken.txt").write_bytes(b"\x00\x01\x02" * 50)
    started: list[object] = []
    real_helper = flows.beside.Helper
    monkeypatch.setattr(flows.stage_extract, "start_helper", lambda: started.append(1) or real_helper())
    monkeypatch.setattr(flows.beside, "MIN_UNCHANGED", 10)
    monkeypatch.setattr(flows.stage_extract, "allowed", lambda *args: True)  # this test process has the extractor loaded
    beside = _run(corpus_raw, out)
    monkeypatch.setattr(flows.stage_extract, "allowed", lambda *args: False)
    in_process = _run(corpus_raw, twin)
    assert beside["runner"]["kind"] == "beside" and in_process["runner"]["kind"] == "sequential"
    assert started == [1]  # files were added since the last run: the helper was started before the listing
    assert beside["documents"]["extracted"] == in_process["documents"]["extracted"] == 2
    assert [q["file"] for q in beside["quarantined"]] == [q["file"] for q in in_process["quarantined"]] == ["broken.txt"]
    assert beside["delta"] == in_process["delta"]
    assert published_files(out) == published_files(twin)
    _tables_equal_a_rebuild(corpus_raw, out, tmp_path / "fresh")


def test_a_failing_helper_leaves_the_extraction_to_the_run(tmp_path: Path) -> None:
    """A helper that fails in any way: the documents are extracted in the run's process, and the outcome says so."""
    import flows.beside

    class Broken:
        stopped = False

        def run(self, *args: object) -> list:
            raise OSError("the helper died")

        def stop(self) -> None:
            Broken.stopped = True

    raw = tmp_path / "raw"
    raw.mkdir()
    corpus.write_corpus(raw, 1)
    files = [{"path": str(p), "name": p.name} for p in sorted(raw.glob("*.txt"))]
    outcomes = flows.beside.extract_beside(files, str(tmp_path / "cache"), helper=Broken())  # type: ignore[arg-type]
    assert Broken.stopped and [o["source_file"] for o in outcomes] == ["doc_000000.txt"]
    assert "shard" in outcomes[0] and any("helper process failed" in w for w in outcomes[0]["warnings"])


def test_the_command_line_starts_a_helper_only_when_files_were_added(tmp_path: Path,
                                                                    monkeypatch: pytest.MonkeyPatch) -> None:
    """`start_early` (before Prefect starts) starts a helper when the raw folder changed after the last run's
    stamp index was written, the flow takes it by its folders, and `discard_early` ends one nobody took."""
    import flows.beside

    class Started:
        stopped: list[object] = []

        def stop(self) -> None:
            Started.stopped.append(self)

    monkeypatch.setattr(flows.beside, "Helper", Started)
    monkeypatch.setattr(flows.beside, "allowed", lambda *args: True)
    monkeypatch.setattr(flows.beside, "MIN_UNCHANGED", 1)
    raw, out = tmp_path / "raw", tmp_path / "out"
    raw.mkdir()
    flows.beside.start_early(raw, out, "auto", None, None)
    assert flows.beside.take_early(raw, out) is None  # no stamp index: a first run, nothing to guess from
    (out / raw_stamps.INDEX).parent.mkdir(parents=True)
    (out / raw_stamps.INDEX).write_text("{}", encoding="utf-8")
    os.utime(raw, ns=(1, 1))  # the folder last changed long before the index was written
    flows.beside.start_early(raw, out, "auto", None, None)
    assert flows.beside.take_early(raw, out) is None
    corpus.write_corpus(raw, 1)  # a file added since
    flows.beside.start_early(raw, out, "auto", None, None)
    taken = flows.beside.take_early(raw, out)
    assert isinstance(taken, Started) and flows.beside.take_early(raw, out) is None
    flows.beside.start_early(raw, out, "auto", None, None)
    flows.beside.discard_early()
    assert len(Started.stopped) == 1 and flows.beside.take_early(raw, out) is None
    monkeypatch.setattr(flows.beside, "MIN_UNCHANGED", 2000)  # a small raw folder: the helper would not pay off
    corpus.write_corpus(raw, 1, start=1)
    flows.beside.start_early(raw, out, "auto", None, None)
    assert flows.beside.take_early(raw, out) is None
