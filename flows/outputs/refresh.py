"""Keep the published derived outputs in step with the published package when no rows changed.

A run that makes no release first asks the outputs' state (flows.outputs.state): when it
names the published datapackage.json, this code and metadata, and every derived file as it
is, the outputs are current and nothing is built. Otherwise it rebuilds the derived outputs
from the published package (they also depend on code, `eval/quality.json` and
`metadata/*.yaml`), in OUT/.staging, and stages them for the swap only when a file differs
or is missing: so `make run` after a change to the card brings the card up to date without
a new version, and a second run changes nothing.
"""
from __future__ import annotations

import json
import shutil
from pathlib import Path

from flows import published_index
from flows.outputs import state
from flows.outputs.build import DATASETTE_METADATA, build_outputs, check_outputs, derived_files, output_paths
from flows.publish import STAGING


def _derived_names(out_dir: Path) -> set[str]:
    name = json.loads((out_dir / "datapackage.json").read_text(encoding="utf-8")).get("name", "dataset")
    return {Path(p).name for p in output_paths(name).values() if p.startswith("processed/")} | {
        Path(DATASETTE_METADATA).name}


def stage_refresh(out_dir: Path) -> dict[str, list[str]]:
    """Build the derived outputs of the published package in OUT/.staging.

    Returns `changed` (derived files that differ from, or are missing in, OUT; empty when OUT is
    current and staging was removed) and `problems` (the outputs could not be built or checked).
    When `changed` is not empty, staging holds `processed/` (the published files plus the new
    outputs) and the top-level outputs, ready for flows.publish.swap_in.
    """
    staging = out_dir / STAGING
    if staging.exists():
        shutil.rmtree(staging)
    if state.load(out_dir) is not None:
        return {"changed": [], "problems": []}
    derived = _derived_names(out_dir)
    shutil.copytree(out_dir / "processed", staging / "processed", ignore=lambda _d, names: [n for n in names if n in derived])
    shutil.copyfile(out_dir / "datapackage.json", staging / "datapackage.json")
    try:
        index = published_index.load(out_dir)  # the copied CSV files are the published ones
        built = build_outputs(staging / "datapackage.json", index=list(index.values()) if index else None)
        problems = check_outputs(staging / "datapackage.json", built_here=True, sqlite_check=built["sqlite_check"])
    except (OSError, ValueError, KeyError) as exc:
        shutil.rmtree(staging)
        return {"changed": [], "problems": [f"derived outputs could not be built from the published package: {exc}"]}
    if problems:
        shutil.rmtree(staging)
        return {"changed": [], "problems": problems}
    name = json.loads((staging / "datapackage.json").read_text(encoding="utf-8")).get("name", "dataset")
    published = set(derived_files(out_dir, name))
    changed = [f for f in built["files"] if f not in published
               or (out_dir / f).read_bytes() != (staging / f).read_bytes()]
    changed += [f"{f} (removed)" for f in sorted(published - set(built["files"]))]
    if not changed:
        shutil.rmtree(staging)
        state.save(out_dir, state.record(out_dir, built["files"], built["state"].chunks))
        return {"changed": [], "problems": []}
    state.save_staged(staging, built["state"])  # recorded in staging: a swap keeps the files' times
    (staging / "datapackage.json").unlink()  # unchanged: not swapped
    return {"changed": changed, "problems": []}
