"""Metamorphic robustness harness: score every evaluation set under each perturbation family.

    .venv/bin/python eval/perturb/run.py [--sets-root DIR] [--sets u8 h1 ...] [--families wrap70 ...]
        [--seed 0] [--work /tmp/perturb] [--report eval/PERTURB.md] [--scorer PATH] [--repo PATH] [--jobs 2]

A set is a folder with `raw/` and `gold/` (default: every such folder under eval/). For each family
(and "none", the unperturbed baseline) every gold document's raw text and gold are perturbed
(families.py), the documents extracted in-process (flows.ingest + flows.extract, as the flow does),
the tables built (flows.tables.build_tables) and written as a small CSV package, and the package
scored with the official scorer against the perturbed gold (`--jobs N`: N families at a time, each in
a process of its own; the same report). The report has one row per family:
the score on all sets together, and the drop from "none". Deterministic: the same seed, code and
sets give the same report.
"""
from __future__ import annotations

import argparse
import csv
import importlib.util
import json
import multiprocessing
import shutil
import sys
import time
from concurrent.futures import ProcessPoolExecutor, as_completed
from pathlib import Path
from typing import Any

HERE = Path(__file__).resolve().parent
ROOT = HERE.parent.parent
sys.path[:0] = [str(HERE), str(ROOT)]

from families import FAMILIES, perturb  # noqa: E402

SCORER = Path("/work/shared/tools/score.py")
TABLES = ("documents", "meetings", "participants", "statements", "demands")
FIELDS = (("stmt", "all_attr"), ("dem", "demands"), ("demfull", "demands_full"), ("part", "participants"))
CHECKS = ("meeting_type", "date", "counterpart", "claimant", "addressee", "topic")


def discover_sets(root: Path) -> dict[str, Path]:
    """`root` itself, its folders and theirs (links followed) that hold a raw/ and a gold/ folder, by
    relative name ("u8", "unseen8/a")."""
    def is_set(p: Path) -> bool:
        return (p / "raw").is_dir() and (p / "gold").is_dir()

    if is_set(root):
        return {root.name: root}
    out: dict[str, Path] = {}
    for child in sorted(p for p in root.iterdir() if p.is_dir()):
        if is_set(child):
            out[child.name] = child
        else:
            out.update({f"{child.name}/{g.name}": g for g in sorted(child.iterdir()) if g.is_dir() and is_set(g)})
    return out


def build(family: str, sets: dict[str, Path], work: Path, seed: int) -> tuple[dict[str, Path], int, int]:
    """Write the perturbed copy of every set under work/family/<set>; count documents and changed ones."""
    out: dict[str, Path] = {}
    docs = changed = 0
    for name, folder in sets.items():
        target = work / family / name.replace("/", "_")
        shutil.rmtree(target, ignore_errors=True)
        (target / "raw").mkdir(parents=True)
        (target / "gold").mkdir()
        for gold_file in sorted((folder / "gold").glob("*.json")):
            gold = json.loads(gold_file.read_text(encoding="utf-8"))
            doc = gold.get("doc", gold_file.stem)
            raw = folder / "raw" / f"{doc}.txt"
            if not raw.is_file():
                continue
            sidecar = folder / "raw" / f"{doc}.meta.json"
            meta = json.loads(sidecar.read_text(encoding="utf-8")) if sidecar.is_file() else {}
            text = raw.read_bytes().decode("utf-8")
            new_text, new_gold, did = perturb(family, doc, text, gold, meta, seed)
            (target / "raw" / raw.name).write_bytes(new_text.encode("utf-8"))
            if sidecar.is_file():
                shutil.copyfile(sidecar, target / "raw" / sidecar.name)
            (target / "gold" / gold_file.name).write_text(json.dumps(new_gold, ensure_ascii=False, indent=1),
                                                          encoding="utf-8")
            docs += 1
            changed += int(did)
        out[name] = target
    return out, docs, changed


def write_package(tables: dict[str, list[dict[str, Any]]], folder: Path) -> Path:
    """The tables the scorer reads, as CSV files and a minimal datapackage.json."""
    folder.mkdir(parents=True, exist_ok=True)
    resources = []
    for table in TABLES:
        rows = tables.get(table, [])
        columns = list(rows[0]) if rows else ["doc_id"]
        with (folder / f"{table}.csv").open("w", encoding="utf-8", newline="") as fh:
            writer = csv.DictWriter(fh, fieldnames=columns)
            writer.writeheader()
            for row in rows:
                writer.writerow({k: ";".join(v) if isinstance(v, list) else ("" if v is None else v)
                                 for k, v in row.items()})
        resources.append({"name": table, "path": f"{table}.csv"})
    package = folder / "datapackage.json"
    package.write_text(json.dumps({"name": "perturbed", "resources": resources}), encoding="utf-8")
    return package


def load_scorer(path: Path):
    spec = importlib.util.spec_from_file_location("official_score", path)
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def extract_sets(perturbed: dict[str, Path]) -> dict[str, list]:
    from flows.extract import extract
    from flows.ingest import ingest

    out = {}
    for name, folder in perturbed.items():
        documents, _ = ingest(folder / "raw")
        out[name] = [extract(d) for d in documents]
    return out


def summarise(result: dict) -> dict[str, float | None]:
    row: dict[str, float | None] = {k: result[key]["f1"] for k, key in FIELDS}
    row["meet"] = result["meetings_acc"]
    for k in CHECKS:
        row[k] = result["accuracy"].get(k)
    return row


def score_family(family: str, sets: dict[str, Path], work: Path, seed: int, scorer) -> dict[str, Any]:
    from flows.tables import build_tables

    started = time.perf_counter()
    perturbed, docs, changed = build(family, sets, work, seed)
    extracted = extract_sets(perturbed)
    per_set = {}
    all_gold = work / family / "_all" / "gold"
    shutil.rmtree(all_gold.parent, ignore_errors=True)
    all_gold.mkdir(parents=True)
    for name, folder in perturbed.items():
        package = write_package(build_tables(extracted[name]), folder / "package")
        per_set[name] = summarise(scorer.score(package, folder / "gold"))
        for g in (folder / "gold").glob("*.json"):
            shutil.copyfile(g, all_gold / g.name)
    everything = [ex for name in perturbed for ex in extracted[name]]
    package = write_package(build_tables(everything), all_gold.parent / "package")
    overall = summarise(scorer.score(package, all_gold))
    return {"family": family, "docs": docs, "changed": changed, "overall": overall, "per_set": per_set,
            "seconds": round(time.perf_counter() - started, 1)}


COLUMNS = ("stmt", "dem", "demfull", "meet", "part", "meeting_type", "date", "counterpart", "claimant",
           "addressee", "topic")


def _cell(value: float | None, base: float | None) -> str:
    if value is None or base is None:
        return "–"
    drop = value - base
    return f"{value:.3f}" if abs(drop) < 0.0005 else f"{value:.3f} ({drop:+.3f})"


def report(results: list[dict[str, Any]], seed: int) -> str:
    base = next(r for r in results if r["family"] == "none")
    lines = [f"Seed {seed}; score on all sets together (drop from `none` in brackets).", "",
             "| family | docs changed | " + " | ".join(COLUMNS) + " |",
             "|---|---|" + "---|" * len(COLUMNS)]
    for r in results:
        cells = [_cell(r["overall"][c], base["overall"][c]) if r is not base else f"{r['overall'][c]:.3f}"
                 if r["overall"][c] is not None else "–" for c in COLUMNS]
        lines.append(f"| {r['family']} | {r['changed']}/{r['docs']} | " + " | ".join(cells) + " |")
    lines += ["", "Per set, statements / demands F1 drop from `none` (only cells that moved):", "",
              "| family | " + " | ".join(base["per_set"]) + " |", "|---|" + "---|" * len(base["per_set"])]
    for r in results:
        if r is base:
            continue
        cells = []
        for name, row in r["per_set"].items():
            b = base["per_set"][name]
            ds, dd = row["stmt"] - b["stmt"], row["dem"] - b["dem"]
            cells.append("" if abs(ds) < 0.0005 and abs(dd) < 0.0005 else f"{ds:+.2f}/{dd:+.2f}")
        lines.append(f"| {r['family']} | " + " | ".join(cells) + " |")
    return "\n".join(lines) + "\n"


def compare(before: list[dict[str, Any]], after: list[dict[str, Any]], columns=("stmt", "dem", "meet", "part",
                                                                              "date", "claimant", "topic")) -> str:
    """Per family and field: the drop from `none` in an earlier run (e.g. main) -> the drop now."""
    def drops(results: list[dict[str, Any]]) -> dict[str, dict[str, float]]:
        base = next(r for r in results if r["family"] == "none")["overall"]
        return {r["family"]: {c: (r["overall"][c] or 0) - (base[c] or 0) for c in columns} for r in results}

    old, new = drops(before), drops(after)
    lines = ["| family | " + " | ".join(columns) + " |", "|---|" + "---|" * len(columns)]
    for family in new:
        if family == "none" or family not in old:
            continue
        cells = []
        for c in columns:
            a, b = old[family][c], new[family][c]
            cells.append("0" if abs(a) < 0.0005 and abs(b) < 0.0005 else f"{a:+.3f} → {b:+.3f}")
        lines.append(f"| {family} | " + " | ".join(cells) + " |")
    return "\n".join(lines) + "\n"


def _score_in_worker(family: str, sets: dict[str, Path], work: Path, seed: int, scorer: Path) -> dict[str, Any]:
    return score_family(family, sets, work, seed, load_scorer(scorer))


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("--sets-root", type=Path, default=ROOT / "eval")
    ap.add_argument("--sets", nargs="*", default=None, help="set names under --sets-root (default: all)")
    ap.add_argument("--families", nargs="*", default=None, help="families (default: all); `none` always runs")
    ap.add_argument("--seed", type=int, default=0)
    ap.add_argument("--work", type=Path, default=Path("/tmp/perturb"))
    ap.add_argument("--report", type=Path, default=None, help="write the markdown table here")
    ap.add_argument("--json", type=Path, default=None, help="write every score here")
    ap.add_argument("--scorer", type=Path, default=SCORER, help="the official scorer (score.py)")
    ap.add_argument("--baseline-json", type=Path, default=None,
                    help="the --json of an earlier run: the report then compares its drops with this run's")
    ap.add_argument("--jobs", type=int, default=1, help="families scored in this many processes at once")
    ap.add_argument("--repo", type=Path, default=None,
                    help="extract with the flows package of this checkout (default: this one), e.g. main's")
    args = ap.parse_args(argv)
    if args.repo:
        sys.path.insert(0, str(args.repo.resolve()))
    sets = discover_sets(args.sets_root)
    if args.sets:
        sets = {k: v for k, v in sets.items() if k in args.sets}
    families = ["none"] + [f for f in (args.families or FAMILIES) if f != "none"]
    unknown = [f for f in families[1:] if f not in FAMILIES]
    if unknown or not sets:
        print(f"unknown families {unknown}" if unknown else "no sets found", file=sys.stderr)
        return 2
    done: dict[str, dict[str, Any]] = {}

    def finished(r: dict[str, Any]) -> None:
        done[r["family"]] = r
        if args.json:  # written after every family, so that a long run can be read before it ends
            ordered = [done[f] for f in families if f in done]
            args.json.write_text(json.dumps(ordered, indent=1, ensure_ascii=False) + "\n", encoding="utf-8")
        o = r["overall"]
        print(f"{r['family']:16} {r['changed']:>3}/{r['docs']:<3} stmt {o['stmt']:.3f} dem {o['dem']:.3f} "
              f"meet {o['meet']:.3f} part {o['part']:.3f} ({r['seconds']} s)", flush=True)

    if args.jobs > 1:  # families in parallel processes; the report is the same as one process gives
        context = multiprocessing.get_context("fork")
        with ProcessPoolExecutor(max_workers=args.jobs, mp_context=context) as pool:
            futures = [pool.submit(_score_in_worker, f, sets, args.work, args.seed, args.scorer) for f in families]
            for future in as_completed(futures):
                finished(future.result())
    else:
        scorer = load_scorer(args.scorer)
        for family in families:
            finished(score_family(family, sets, args.work, args.seed, scorer))
    results = [done[f] for f in families]
    text = report(results, args.seed)
    if args.baseline_json:
        before = json.loads(args.baseline_json.read_text(encoding="utf-8"))
        text = ("Drop from `none` on all sets together, baseline run → this run:\n\n"
                + compare(before, results) + "\n" + text)
    print(text)
    if args.report:
        args.report.write_text(text, encoding="utf-8")
    if args.json:
        args.json.write_text(json.dumps(results, indent=1, ensure_ascii=False) + "\n", encoding="utf-8")
    return 0


if __name__ == "__main__":
    sys.exit(main())
