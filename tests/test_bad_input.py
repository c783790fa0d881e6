"""The fault campaign (issue 10), fast cases: bad input never stops the daily run.

Every case starts from a valid package published from the five seed texts.
The bad input files (tests/fault_inputs.py) are all dropped into one raw folder
beside a good new text and published in one run: the good texts must publish,
each bad file must be set aside with its reason or read correctly. The other
cases (tests/fault_state.py: command line, damaged package, cache, lock, disk)
each get a run of their own. benchmarks/bad_input.py runs every case one by one,
plus the slow ones, and writes the report table benchmarks/BAD_INPUT.md.
"""
from __future__ import annotations

import os
import re
from pathlib import Path

import pytest

import fault_inputs
import fault_state
from fault_kit import GOOD_NAME, Env, Run, assert_package_intact, copy_env, good_text, make_base, run_flow
from fault_steps_kit import Case
from flows.rawfiles import is_text_name, printable_name

pytestmark = pytest.mark.slow

FEED = [c for c in fault_inputs.CASES if not c.slow]
STATE = [c for c in fault_state.CASES if not c.slow]


def case_id(case: Case) -> str:
    return re.sub(r"[^a-z0-9]+", "-", case.name.lower()).strip("-")


@pytest.fixture(scope="session")
def fault_base(prefect_harness: None, tmp_path_factory: pytest.TempPathFactory) -> Env:
    return make_base(tmp_path_factory.mktemp("fault-base"))


@pytest.fixture(scope="module")
def feed_run(fault_base: Env, tmp_path_factory: pytest.TempPathFactory) -> Run:
    env = copy_env(fault_base, tmp_path_factory.mktemp("feed") / "env")
    for case in FEED:
        assert case.add is not None
        case.add(env.raw)
    (env.raw / GOOD_NAME).write_text(good_text(99), encoding="utf-8")
    return run_flow(env)


def test_the_feed_with_every_bad_case_publishes_its_good_documents(feed_run: Run) -> None:
    summary = feed_run.summary
    assert summary["status"] == "published" and summary["version"] == "1.1.0", summary["status"]
    assert_package_intact(feed_run.env)
    published = feed_run.published_files()
    assert GOOD_NAME in published and sum(f.startswith("00") for f in published) == 5
    aside = {q["file"] for q in summary["quarantined"]}
    listed = {printable_name(n) for n in os.listdir(feed_run.env.raw) if is_text_name(n)}
    import unicodedata
    listed = {unicodedata.normalize("NFC", n) if n in published or unicodedata.normalize("NFC", n) in published else n
              for n in listed}
    assert listed == published | aside, f"neither published nor set aside: {sorted(listed - published - aside)}"
    assert all(q["reason"] for q in summary["quarantined"])


@pytest.mark.parametrize("case", FEED, ids=case_id)
def test_bad_input_file(case: Case, feed_run: Run) -> None:
    case.check(feed_run)


@pytest.mark.parametrize("case", STATE, ids=case_id)
def test_bad_state(case: Case, fault_base: Env, tmp_path: Path) -> None:
    assert case.run is not None
    case.check(case.run(copy_env(fault_base, tmp_path / "env")))


def test_every_runner_sets_aside_the_same_files(fault_base: Env, tmp_path: Path) -> None:
    """The feed with every bad case, extracted in the flow's process and on a local Dask cluster of two
    worker processes: the same files set aside with the same reasons, the same package byte for byte."""
    runs = {}
    for runner in ("sequential", "local"):
        env = copy_env(fault_base, tmp_path / runner)
        for case in FEED:
            assert case.add is not None
            case.add(env.raw)
        (env.raw / GOOD_NAME).write_text(good_text(99), encoding="utf-8")
        runs[runner] = run_flow(env, runner=runner, workers=2 if runner == "local" else None)
    one, two = runs["sequential"], runs["local"]
    assert two.summary["runner"]["kind"] == "local" and one.summary["runner"]["kind"] == "sequential"
    assert one.summary["status"] == two.summary["status"] == "published"
    def reasons(run: Run) -> list[dict[str, str]]:  # paths inside each run's own folder written alike
        return [{k: v.replace(str(run.env.root), "ENV") for k, v in q.items()} for q in run.summary["quarantined"]]

    assert reasons(one) == reasons(two) and reasons(one)
    for table in ("documents", "statements", "demands", "persons"):
        assert (one.env.out / f"processed/{table}.csv").read_bytes() == \
            (two.env.out / f"processed/{table}.csv").read_bytes(), table
