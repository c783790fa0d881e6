"""Golden tests: each seed text in, its hand-annotated rows out.

Every gold statement, demand and meeting fact is its own test case; known
failures are listed in tests/golden/known_failures.yaml and run as strict xfails.
"""
from __future__ import annotations

import json
from functools import lru_cache
from pathlib import Path

import pytest
import yaml

from flows.evaluate import match, norm
from flows.extract import extract
from flows.ingest import read_document
from flows.model import Extraction

ROOT = Path(__file__).resolve().parent.parent
GOLDEN = Path(__file__).resolve().parent / "golden"
KNOWN = yaml.safe_load((GOLDEN / "known_failures.yaml").read_text(encoding="utf-8")) or {}


@lru_cache(maxsize=None)
def extraction(stem: str) -> Extraction:
    return extract(read_document(ROOT / "raw" / f"{stem}.txt"))


def gold_files() -> list[Path]:
    return sorted(GOLDEN.glob("*.json"))


def cases(kind: str) -> list:
    out = []
    for path in gold_files():
        gold = json.loads(path.read_text(encoding="utf-8"))
        for i, row in enumerate(gold[kind]):
            case_id = f"{path.stem[:3]}-{kind[0]}{i}"
            marks = [pytest.mark.xfail(strict=True, reason=KNOWN[case_id])] if case_id in KNOWN else []
            out.append(pytest.param(path.stem, row, id=case_id, marks=marks))
    return out


def _found(pred: list[dict], gold_row: dict, same: tuple[str, ...]) -> bool:
    candidates = [p for p in pred if all(norm(p[k]) == norm(gold_row[k]) for k in same)]
    return bool(match(candidates, [gold_row]))


@pytest.mark.parametrize(("stem", "gold"), cases("statements"))
def test_gold_statement_is_extracted_with_its_speaker(stem: str, gold: dict) -> None:
    pred = [{"text": s.text, "speaker": s.speaker.name, "kind": s.kind} for s in extraction(stem).statements]
    assert _found(pred, gold, ("speaker", "kind")), f"missing {gold['kind']} statement by {gold['speaker']}"


@pytest.mark.parametrize(("stem", "gold"), cases("demands"))
def test_gold_demand_is_extracted_with_claimant_and_addressee(stem: str, gold: dict) -> None:
    pred = [{"text": d.text, "claimant": d.claimant, "addressee": d.addressee} for d in extraction(stem).demands]
    assert _found(pred, gold, ("claimant", "addressee")), f"missing demand {gold['text'][:60]!r}"


@pytest.mark.parametrize("path", gold_files(), ids=lambda p: p.stem[:3])
def test_meeting_type_date_counterpart_and_participants(path: Path) -> None:
    gold = json.loads(path.read_text(encoding="utf-8"))["meeting"]
    meeting = extraction(path.stem).meeting
    assert meeting is not None
    assert meeting.meeting_type == gold["meeting_type"]
    assert norm(meeting.counterpart) == norm(gold["counterpart"])
    assert (meeting.date.year, meeting.date.month, meeting.date.day) == tuple(
        gold["date"][k] for k in ("year", "month", "day"))
    assert {norm(p.name) for p in meeting.participants} == {norm(p["name"]) for p in gold["participants"]}


@pytest.mark.parametrize("path", gold_files(), ids=lambda p: p.stem[:3])
def test_no_spurious_statements_or_demands(path: Path) -> None:
    """Negative side of the golden test: nothing extracted that the annotators did not mark."""
    gold = json.loads(path.read_text(encoding="utf-8"))
    ex = extraction(path.stem)
    for kind, rows in (("statements", [{"text": s.text} for s in ex.statements]),
                       ("demands", [{"text": d.text} for d in ex.demands])):
        matched = {i for i, _ in match(rows, gold[kind])}
        spurious = [r["text"][:70] for i, r in enumerate(rows) if i not in matched]
        allowed = KNOWN.get(f"{path.stem[:3]}-spurious-{kind}", 0)
        assert len(spurious) <= (allowed if isinstance(allowed, int) else 0), spurious
