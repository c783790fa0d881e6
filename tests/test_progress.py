"""What an operator sees: periodic progress lines without a terminal, a bar with one, and one line per stage."""
from __future__ import annotations

import logging
from collections.abc import Iterator

import pytest

from flows import progress
from flows.progress import Progress
from flows.report import log_documents, log_outcome, log_rows


class Lines(logging.Handler):
    def __init__(self) -> None:
        super().__init__(logging.INFO)
        self.lines: list[str] = []

    def emit(self, record: logging.LogRecord) -> None:
        self.lines.append(record.getMessage())


@pytest.fixture()
def logged() -> Iterator[list[str]]:
    """What the `ksdata` logger (the logger outside a Prefect run) says during the test."""
    handler, log = Lines(), logging.getLogger("ksdata")
    level = log.level
    log.setLevel(logging.INFO)
    log.addHandler(handler)
    yield handler.lines
    log.removeHandler(handler)
    log.setLevel(level)


def test_without_a_terminal_a_long_stage_logs_its_progress(logged: list[str],
                                                           monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(progress, "LOG_EVERY_SECONDS", 0.0)
    with Progress("extract", 300, bar=False) as bar:
        for _ in range(3):
            bar.advance(100)
    lines = logged
    assert lines[:2] == [line for line in lines[:2] if line.startswith("extract: ")]
    assert "extract: 100/300 documents (33 %)" in lines[0] and "documents/s, about" in lines[0]
    assert not any("300/300" in line for line in lines)  # the stage's own summary line says when it is done


def test_progress_lines_are_not_repeated_within_the_interval(logged: list[str],
                                                            monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(progress, "LOG_EVERY_SECONDS", 3600.0)
    with Progress("assemble", 1000, bar=False) as bar:
        for _ in range(999):
            bar.advance()
    assert logged == []


def test_on_a_terminal_a_bar_is_drawn_and_no_lines_logged(logged: list[str],
                                                          monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(progress, "LOG_EVERY_SECONDS", 0.0)
    with Progress("extract", 50, bar=True) as bar:
        bar.advance(25)
        assert bar._bar is not None and bar._bar.tasks[0].completed == 25
        bar.advance(25)
    assert logged == []


SUMMARY = {
    "status": "published", "published": True, "version": "1.1.0", "previous_version": "1.0.0",
    "documents": {"new": 1, "changed": 2, "unchanged": 7, "removed": 1, "quarantined": 1, "extracted": 3,
                  "from_cache": 7},
    "quarantined": [{"file": "bad.txt", "reason": "binary file (contains NUL bytes)"}],
    "rows": {"documents": 10, "demands": 40}, "delta": {"documents": {"added": 1, "modified": 2, "removed": 1}},
    "runner": {"kind": "local"}, "timings_seconds": {"extract": 2.0, "assemble": 0.5},
    "validation": {"valid": True, "errors": []},
}


def test_each_stage_says_what_it_did(logged: list[str]) -> None:
    log_documents(SUMMARY)
    log_rows(SUMMARY, {"version": "1.1.0", "compared_documents": 3, "published_index": "saved"})
    log_outcome(SUMMARY)
    log_outcome({**SUMMARY, "status": "unchanged", "published": False, "version": "1.0.0"})
    log_outcome({**SUMMARY, "status": "stopped", "published": False, "stopped": "release stopped, it would lose rows"})
    lines = logged
    assert lines[0].startswith("extract: 10 documents read: 1 new, 2 changed, 7 unchanged, 1 removed, 1 quarantined;")
    assert "3 extracted, 7 from the cache (local" in lines[0]
    assert lines[1] == "quarantined bad.txt: binary file (contains NUL bytes)"
    assert "documents 10 (+1 ~2 -1), demands 40" in lines[2] and "3 documents compared" in lines[2]
    assert lines[3].startswith("publish: released 1.1.0 (previous 1.0.0)")
    assert lines[4].startswith("publish: no change, 1.0.0 stays the published release")
    assert lines[5] == "publish: run stopped, nothing published: release stopped, it would lose rows"
