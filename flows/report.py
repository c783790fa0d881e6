"""The run report: what a run saw, extracted, validated and published."""
from __future__ import annotations

import json
from dataclasses import dataclass, field
from pathlib import Path
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from flows.isolate import Outcome
    from flows.merge import AssemblySummary, SetAside


@dataclass
class RunReport:
    raw_dir: str
    out_dir: str
    documents: dict[str, int] = field(default_factory=lambda: dict.fromkeys(
        ("new", "changed", "unchanged", "removed", "quarantined", "extracted", "from_cache"), 0))
    quarantined: list[SetAside] = field(default_factory=list)  # every document left out, with the reason
    rows: dict[str, int] = field(default_factory=dict)
    delta: dict[str, dict[str, int]] = field(default_factory=dict)
    version: str | None = None
    previous_version: str | None = None
    validation: list[str] = field(default_factory=list)
    published: bool = False
    recovered: str | None = None
    timings: dict[str, float] = field(default_factory=dict)
    fetch: dict[str, Any] | None = None
    discover: dict[str, Any] | None = None
    runner: dict[str, Any] | None = None
    assembly: dict[str, Any] | None = None  # how the delta was found: documents compared, published index
    outputs: dict[str, Any] | None = None  # derived outputs built with a release, or refreshed without one
    warnings: list[str] = field(default_factory=list)
    damaged: list[str] = field(default_factory=list)  # published files found damaged at the start
    repaired: bool = False  # the same version republished to restore damaged files
    stopped: str | None = None  # why the run stopped before publishing (one line)
    cache_pruned: int = 0  # extraction cache entries deleted because this run did not use them
    gate: dict[str, str] | None = None  # which publish gate ran: incremental or full (and why)

    def warn(self, message: str) -> None:
        if message not in self.warnings:
            self.warnings.append(message)

    def add_documents(self, outcomes: list[Outcome], assembled: AssemblySummary) -> None:
        """Count the documents of a run: set aside (with reasons), new, changed, unchanged, removed."""
        previous: dict[str, str] = assembled["previous_documents"]
        kept = set(assembled["kept"])
        aside = {q["file"]: q["reason"] for q in assembled["set_aside"]}
        for o in outcomes:
            for message in o.get("warnings", []):
                self.warn(f"{o['source_file']}: {message}")
            name = o["source_file"]
            reason = o.get("quarantined") or aside.get(name)
            if reason is not None or name not in kept:
                self.quarantined.append({"file": name, "reason": reason or "not published"})
                continue
            self.documents["extracted" if o["extracted"] else "from_cache"] += 1
            if name not in previous:
                self.documents["new"] += 1
            elif previous[name] != o["sha256"]:
                self.documents["changed"] += 1
            else:
                self.documents["unchanged"] += 1
        self.quarantined.sort(key=lambda q: q["file"])
        self.documents["quarantined"] = len(self.quarantined)
        self.documents["removed"] = len(set(previous) - kept)

    def add_assembly(self, assembled: AssemblySummary) -> None:
        self.rows = assembled["rows"]
        self.delta = assembled["delta"]
        self.version = assembled["version"]
        self.previous_version = assembled["previous_version"]
        self.damaged = list(assembled["damaged"])
        self.repaired = bool(assembled["repair"])
        self.assembly = {k: assembled[k] for k in ("compared_documents", "reused_documents", "published_index")
                         if k in assembled}

    def status(self) -> str:
        if self.stopped:
            return "stopped"
        if self.published:
            return "repaired" if self.repaired else "published"
        if self.validation:
            return "failed"
        return "unchanged" if self.version is None else "not published"

    def as_dict(self) -> dict[str, Any]:
        status = self.status()
        return {
            "status": status, "published": self.published, "unchanged": status == "unchanged",
            "version": self.version or self.previous_version, "previous_version": self.previous_version,
            "raw_dir": self.raw_dir, "out_dir": self.out_dir, "documents": self.documents,
            "quarantined": self.quarantined, "rows": self.rows, "delta": self.delta,
            "validation": {"valid": not self.validation, "errors": self.validation, "gate": self.gate},
            "stopped": self.stopped, "damaged": self.damaged, "repaired": self.repaired,
            "warnings": self.warnings, "recovered": self.recovered, "discover": self.discover, "fetch": self.fetch,
            "runner": self.runner, "assembly": self.assembly, "outputs": self.outputs,
            "cache_pruned": self.cache_pruned,
            "timings_seconds": {k: round(v, 3) for k, v in self.timings.items()},
        }


def write_json(path: Path, summary: dict[str, Any]) -> None:
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text(json.dumps(summary, indent=2, ensure_ascii=False) + "\n", encoding="utf-8")


def render_markdown(summary: dict[str, Any]) -> str:
    docs = summary["documents"]
    lines = [
        f"# KS demands run: {summary['status']} (version {summary['version']})",
        "",
        "| documents | new | changed | unchanged | removed | quarantined |",
        "|---|---|---|---|---|---|",
        f"| {docs['new'] + docs['changed'] + docs['unchanged']} | {docs['new']} | {docs['changed']} | "
        f"{docs['unchanged']} | {docs['removed']} | {docs['quarantined']} |",
        "",
        "| table | rows | added | modified | removed |",
        "|---|---|---|---|---|",
    ]
    for table, n in summary["rows"].items():
        d = summary["delta"].get(table, {})
        lines.append(f"| {table} | {n} | {d.get('added', '')} | {d.get('modified', '')} | {d.get('removed', '')} |")
    if summary["stopped"]:
        lines += ["", f"**Stopped, nothing was published:** {summary['stopped']}"]
    if summary["damaged"]:
        lines += ["", "## Damaged published files (republished)", ""] + [f"- {d}" for d in summary["damaged"]]
    if summary["warnings"]:
        lines += ["", "## Warnings", ""] + [f"- {w}" for w in summary["warnings"]]
    if summary["quarantined"]:
        lines += ["", "## Quarantined files", ""] + [f"- `{q['file']}`: {q['reason']}" for q in summary["quarantined"]]
    discovered = summary.get("discover") or {}
    if discovered.get("summary") or discovered.get("error"):
        lines += ["", f"Discovery: {discovered.get('summary') or discovered['error']}"]
        lines += [f"- set aside `{f['feed']}`: {f['reason']}" for f in discovered.get("failures", [])]
    errors = summary["validation"]["errors"]
    lines += ["", f"Validation: {'valid' if not errors else 'FAILED'}"] + [f"- {e}" for e in errors]
    lines += ["", "Timings (s): " + ", ".join(f"{k} {v}" for k, v in summary["timings_seconds"].items())]
    return "\n".join(lines) + "\n"


def log_documents(summary: dict[str, Any]) -> None:
    """The operator's line after extraction: documents read, new, changed, quarantined and how they were extracted."""
    from flows.progress import log

    d = summary["documents"]
    runner = summary.get("runner") or {}
    seconds = summary["timings_seconds"].get("extract", 0.0)
    log(f"extract: {d['new'] + d['changed'] + d['unchanged']} documents read: {d['new']} new, {d['changed']} "
        f"changed, {d['unchanged']} unchanged, {d['removed']} removed, {d['quarantined']} quarantined; "
        f"{d['extracted']} extracted, {d['from_cache']} from the cache ({runner.get('kind', '?')}, {seconds:.1f} s)")
    for q in summary["quarantined"]:
        log(f"quarantined {q['file']}: {q['reason']}")


def log_rows(summary: dict[str, Any], assembled: dict[str, Any]) -> None:
    """The operator's line after assembling: rows per table and the release's delta."""
    from flows.progress import log

    parts = []
    for table, n in summary["rows"].items():
        d = summary["delta"].get(table, {})
        parts.append(f"{table} {n}" + (f" (+{d['added']} ~{d['modified']} -{d['removed']})" if d else ""))
    log(f"assemble: staged {assembled['version']} ({assembled.get('compared_documents', 0)} documents compared "
        f"row by row, published index {assembled.get('published_index', '?')}): " + ", ".join(parts))


def log_outcome(summary: dict[str, Any]) -> None:
    """The run's last line: the released version, "no change", or why nothing was published."""
    from flows.progress import log

    timings = summary["timings_seconds"]
    # the gate runs beside the derived outputs (flows.stage_publish.publish_staged): its time is inside theirs
    total = sum(v for k, v in timings.items() if not (k == "validate" and "outputs" in timings))
    if summary["published"]:
        log(f"publish: released {summary['version']} (previous {summary['previous_version']}) in {total:.1f} s")
    elif summary.get("stopped"):
        log(f"publish: run stopped, nothing published: {summary['stopped']}")
    elif summary["status"] == "unchanged":
        log(f"publish: no change, {summary['version']} stays the published release ({total:.1f} s)")
    else:
        log(f"publish: nothing published ({summary['status']}): "
            + "; ".join(summary["validation"]["errors"][:3]))
