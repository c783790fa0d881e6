"""Score extractions against gold annotations in the guidelines' format.

The matching rule is the guidelines': a predicted statement or demand matches a
gold one when the token F1 of their texts is at least 0.5 (lower-cased word
tokens), one-to-one, best pairs first; a statement is attributed correctly only
when the speaker's full name matches too. Works on Extraction records, so it
runs in-process without Prefect or a published package.
"""
from __future__ import annotations

import json
import re
import unicodedata
from collections import Counter
from collections.abc import Callable, Mapping, Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any, NotRequired, TypedDict, TypeVar

from flows.model import Extraction

TOKEN = re.compile(r"\w+", re.UNICODE)
ALIASES = {"hod": "helse- og omsorgsdepartementet", "helseministeren": "helse- og omsorgsdepartementet",
           "regjeringa": "regjeringen"}
THRESHOLD = 0.5


class StatementRow(TypedDict):
    """A statement as scored: a gold one (GUIDELINES.md) or a predicted one (with the rule that found it)."""

    kind: str
    speaker: str
    text: str
    rule: NotRequired[str]


class DemandRow(TypedDict):
    """A demand as scored: a gold one (GUIDELINES.md, also `in_quote`) or a predicted one (with its rule)."""

    claimant: str | None
    addressee: str | None
    topic: str | None
    text: str
    in_quote: NotRequired[bool]
    rule: NotRequired[str]


class GoldDate(TypedDict, total=False):
    year: int | None
    month: int | None
    day: int | None
    text: str | None


class GoldParticipant(TypedDict, total=False):
    name: str
    role: str | None
    organisation: str | None


class GoldMeeting(TypedDict, total=False):
    meeting_type: str
    date: GoldDate | None
    counterpart: str | None
    topics: list[str]
    participants: list[GoldParticipant]


R = TypeVar("R", StatementRow, DemandRow)


def norm(value: object) -> str:
    if value is None:
        return ""
    text = " ".join(unicodedata.normalize("NFC", str(value)).casefold().split())
    return ALIASES.get(text, text)


def token_f1(a: object, b: object) -> float:
    ta, tb = TOKEN.findall(norm(a)), TOKEN.findall(norm(b))
    if not ta or not tb:
        return 0.0
    overlap = sum((Counter(ta) & Counter(tb)).values())
    if not overlap:
        return 0.0
    p, r = overlap / len(ta), overlap / len(tb)
    return 2 * p * r / (p + r)


def match(pred: Sequence[Mapping[str, Any]], gold: Sequence[Mapping[str, Any]]) -> list[tuple[int, int]]:
    """One-to-one greedy matching on token F1 of `text`, best pairs first."""
    pairs = sorted(
        ((token_f1(p["text"], g["text"]), i, j) for i, p in enumerate(pred) for j, g in enumerate(gold)),
        reverse=True,
    )
    used_p: set[int] = set()
    used_g: set[int] = set()
    out: list[tuple[int, int]] = []
    for score, i, j in pairs:
        if score < THRESHOLD or i in used_p or j in used_g:
            continue
        used_p.add(i)
        used_g.add(j)
        out.append((i, j))
    return out


@dataclass
class Tally:
    tp: int = 0
    pred: int = 0
    gold: int = 0

    def add(self, tp: int, pred: int, gold: int) -> None:
        self.tp, self.pred, self.gold = self.tp + tp, self.pred + pred, self.gold + gold

    def scores(self) -> dict[str, float | int]:
        p = self.tp / self.pred if self.pred else float(self.gold == 0)
        r = self.tp / self.gold if self.gold else float(self.pred == 0)
        f = 2 * p * r / (p + r) if p + r else 0.0
        return {"tp": self.tp, "pred": self.pred, "gold": self.gold,
                "p": round(p, 3), "r": round(r, 3), "f1": round(f, 3)}


@dataclass
class Report:
    tallies: dict[str, Tally] = field(default_factory=lambda: {
        k: Tally() for k in ("statements_attributed", "direct_attributed", "indirect_attributed",
                             "demands", "demands_full", "participants")})
    checks: dict[str, list[int]] = field(default_factory=lambda: {
        k: [0, 0] for k in ("meeting_type", "date", "counterpart", "claimant", "addressee", "topic")})
    errors: dict[str, list[str]] = field(default_factory=dict)
    rules: dict[tuple[str, str], list[int]] = field(default_factory=dict)  # (table, rule) -> [correct, predicted]

    def count_rule(self, table: str, rule: str, correct: bool) -> None:
        tally = self.rules.setdefault((table, rule), [0, 0])
        tally[0] += int(correct)
        tally[1] += 1

    def rule_scores(self) -> dict[str, dict[str, dict[str, float | int]]]:
        """Per table and rule: correct, predicted, precision, and recall as the share of all gold rows
        of the table that the rule found (the rules' recalls add up to the table's recall)."""
        gold = {"statements": self.tallies["statements_attributed"].gold, "demands": self.tallies["demands"].gold,
                "meetings": self.checks["meeting_type"][1]}
        out: dict[str, dict[str, dict[str, float | int]]] = {}
        for (table, rule), (correct, pred) in sorted(self.rules.items()):
            out.setdefault(table, {})[rule] = {
                "tp": correct, "pred": pred, "p": round(correct / pred, 3) if pred else 0.0,
                "r": round(correct / gold[table], 3) if gold[table] else 0.0}
        return out

    def summary(self) -> dict[str, Any]:
        out: dict[str, Any] = {k: t.scores() for k, t in self.tallies.items()}
        out["accuracy"] = {k: round(a / n, 3) if n else None for k, (a, n) in self.checks.items()}
        acc = [out["accuracy"][k] for k in ("meeting_type", "date", "counterpart") if out["accuracy"][k] is not None]
        out["meetings_acc"] = round(sum(acc) / len(acc), 3) if acc else 0.0
        out["rules"] = self.rule_scores()
        return out


def _statement_rows(ex: Extraction) -> list[StatementRow]:
    return [{"kind": s.kind, "speaker": s.speaker.name, "text": s.text, "rule": s.rule} for s in ex.statements]


def _demand_rows(ex: Extraction) -> list[DemandRow]:
    return [{"claimant": d.claimant, "addressee": d.addressee, "topic": d.topic, "text": d.text, "rule": d.rule}
            for d in ex.demands]


def _count_rules(report: Report, table: str, pred: Sequence[StatementRow] | Sequence[DemandRow],
                 correct: set[int]) -> None:
    for i, p in enumerate(pred):
        report.count_rule(table, p.get("rule", "?"), i in correct)


def _unmatched(pairs: list[tuple[int, int]], pred: Sequence[R], gold: Sequence[R], letter: str,
               label: Callable[[R], str]) -> list[str]:
    """An error line for every gold row no predicted row matched and every predicted row that matched none."""
    matched_p, matched_g = {i for i, _ in pairs}, {j for _, j in pairs}
    return ([f"missed {letter}   {label(g)}: {g['text'][:90]}" for j, g in enumerate(gold) if j not in matched_g]
            + [f"spurious {letter} {label(p)}: {p['text'][:90]}" for i, p in enumerate(pred) if i not in matched_p])


def _check(report: Report, key: str, ok: bool) -> None:
    report.checks[key][0] += int(ok)
    report.checks[key][1] += 1


def _score_statements(report: Report, errors: list[str], pred: list[StatementRow], gold: list[StatementRow]) -> None:
    pairs = match(pred, gold)
    ok = [(i, j) for i, j in pairs if norm(pred[i]["speaker"]) == norm(gold[j]["speaker"])]
    report.tallies["statements_attributed"].add(len(ok), len(pred), len(gold))
    _count_rules(report, "statements", pred, {i for i, _ in ok})
    for kind in ("direct", "indirect"):
        p = [s for s in pred if s["kind"] == kind]
        g = [s for s in gold if s["kind"] == kind]
        m = match(p, g)
        report.tallies[f"{kind}_attributed"].add(
            sum(norm(p[i]["speaker"]) == norm(g[j]["speaker"]) for i, j in m), len(p), len(g))
    for i, j in pairs:
        if (i, j) not in ok:
            errors.append(f"speaker    {pred[i]['speaker']!r} should be {gold[j]['speaker']!r}: {gold[j]['text'][:70]}")
    errors += _unmatched(pairs, pred, gold, "S", lambda s: f"{s['kind']} {s['speaker']}")


def _score_demands(report: Report, errors: list[str], pred: list[DemandRow], gold: list[DemandRow]) -> None:
    pairs = match(pred, gold)
    full = 0
    for i, j in pairs:
        p, g = pred[i], gold[j]
        results = {k: norm(p[k]) == norm(g[k]) for k in ("claimant", "addressee", "topic")}
        for key, ok in results.items():
            _check(report, key, ok)
            if not ok:
                errors.append(f"{key:<10} {p[key]!r} should be {g[key]!r}: {g['text'][:60]}")
        full += int(results["claimant"] and results["addressee"])
    report.tallies["demands"].add(len(pairs), len(pred), len(gold))
    _count_rules(report, "demands", pred, {i for i, _ in pairs})
    report.tallies["demands_full"].add(full, len(pred), len(gold))
    errors += _unmatched(pairs, pred, gold, "D", lambda d: f"{d['claimant']}->{d['addressee']}")


def _score_meeting(report: Report, errors: list[str], ex: Extraction, gold: GoldMeeting | None) -> None:
    if not gold:
        if ex.meeting is not None:
            errors.append(f"spurious M {ex.meeting.meeting_type}")
            report.count_rule("meetings", ex.meeting.rule, False)
        return
    m = ex.meeting
    pred_type = m.meeting_type if m else None
    _check(report, "meeting_type", norm(pred_type) == norm(gold["meeting_type"]))
    if m is not None:
        report.count_rule("meetings", m.rule, norm(pred_type) == norm(gold["meeting_type"]))
    gd = gold.get("date") or {}
    if any(gd.get(k) for k in ("year", "month", "day")):
        pd = m.date if m else None
        ok = all(getattr(pd, k, None) == gd.get(k) for k in ("month", "day") if gd.get(k) is not None)
        if gd.get("year") is not None:
            ok = ok and getattr(pd, "year", None) == gd["year"]
        _check(report, "date", ok)
        if not ok:
            errors.append(f"date       {pd} should be {gd}")
    pred_cp = m.counterpart if m else None
    _check(report, "counterpart", norm(pred_cp) == norm(gold.get("counterpart")))
    if norm(pred_cp) != norm(gold.get("counterpart")):
        errors.append(f"counterpart {pred_cp!r} should be {gold.get('counterpart')!r}")
    if norm(pred_type) != norm(gold["meeting_type"]):
        errors.append(f"type       {pred_type!r} should be {gold['meeting_type']!r}")
    pred_names = {norm(p.name) for p in (m.participants if m else ())}
    gold_names = {norm(p["name"]) for p in gold.get("participants", [])}
    report.tallies["participants"].add(len(pred_names & gold_names), len(pred_names), len(gold_names))
    errors += [f"missed P   {n}" for n in sorted(gold_names - pred_names)]
    errors += [f"spurious P {n}" for n in sorted(pred_names - gold_names)]


def score(extractions: list[Extraction], gold_dir: Path) -> Report:
    """Score extractions of the documents that have a gold file in `gold_dir`."""
    by_stem = {Path(ex.document.source_file).stem: ex for ex in extractions}
    report = Report()
    for gold_file in sorted(gold_dir.glob("*.json")):
        gold = json.loads(gold_file.read_text(encoding="utf-8"))
        doc = gold.get("doc", gold_file.stem)
        ex = by_stem.get(doc)
        errors: list[str] = []
        if ex is None:
            errors.append("document not extracted")
            report.errors[doc] = errors
            continue
        _score_statements(report, errors, _statement_rows(ex), gold.get("statements", []))
        _score_demands(report, errors, _demand_rows(ex), gold.get("demands", []))
        _score_meeting(report, errors, ex, gold.get("meeting"))
        report.errors[doc] = errors
    return report


def format_report(report: Report) -> str:
    summary = report.summary()
    lines = [f"{'table':<24}{'tp':>5}{'pred':>6}{'gold':>6}{'P':>7}{'R':>7}{'F1':>7}"]
    for key in report.tallies:
        s = summary[key]
        lines.append(f"{key:<24}{s['tp']:>5}{s['pred']:>6}{s['gold']:>6}{s['p']:>7}{s['r']:>7}{s['f1']:>7}")
    lines.append("accuracy: " + json.dumps(summary["accuracy"]))
    lines.append(f"meetings_acc: {summary['meetings_acc']}")
    lines.append(f"\n{'rule':<48}{'tp':>5}{'pred':>6}{'P':>7}{'R':>7}")
    for table, rules in summary["rules"].items():
        for rule, s in sorted(rules.items(), key=lambda kv: -kv[1]["pred"]):
            lines.append(f"{table + '/' + rule:<48}{s['tp']:>5}{s['pred']:>6}{s['p']:>7}{s['r']:>7}")
    for doc, errors in report.errors.items():
        lines.append(f"\n{doc}: {len(errors)} issue(s)")
        lines += [f"  {e}" for e in errors]
    return "\n".join(lines)
