"""Benchmark only: keep one published 20,000-document package and put it back before each daily run, for any code.

    .venv/bin/python benchmarks/daily_base.py save W          # after a run of `scale.py N --keep W`: W/base = W/out's release
    .venv/bin/python benchmarks/daily_base.py restore W [--repo DIR]

`restore` puts W/base back into W/out (the release, its `.cache/*.json`), removes the documents a daily run
of `scale.py --incremental` added to W/raw (doc_0NNNNN.* beyond those of the saved release) and their cache
entries, and renames the cache entries and the saved index's shard names to the extractor's and rows'
versions of the checkout DIR (default: this one), marking the saved outputs' state as built by its code.
The rows in the cache stay those of the code that extracted them: the daily run then costs what it costs
with DIR's code on that cache, and publishes the same bytes whichever code restored it (the comparison of
benchmarks/RESULTS.md). Run it with this interpreter; DIR's code is imported to compute its versions.
"""
from __future__ import annotations

import argparse
import json
import os
import re
import shutil
import subprocess
import sys
from pathlib import Path

RELEASE = ("processed", "releases", "datapackage.json", "CHANGELOG.md", "CITATION.cff", "LICENSE-DATA.md",
           "DATASET.md", "charts", "catalog")
VERSIONS = ("from flows import records, shards; from flows.outputs.state import code_version; "
            "print(records.extractor_version(), shards.rows_version(), code_version())")


def save(work: Path) -> None:
    base = work / "base"
    shutil.rmtree(base, ignore_errors=True)
    (base / ".cache").mkdir(parents=True)
    for name in RELEASE:
        (shutil.copytree if (work / "out" / name).is_dir() else shutil.copy2)(work / "out" / name, base / name)
    for path in (work / "out" / ".cache").glob("*.json"):
        shutil.copy2(path, base / ".cache" / path.name)
    descriptor = json.loads((base / "datapackage.json").read_text(encoding="utf-8"))
    print(f"saved release {descriptor['version']} of {work / 'out'} in {base}")


def restore(work: Path, repo: Path) -> None:
    out, base = work / "out", work / "base"
    for name in (*RELEASE, ".staging", ".previous"):
        target = out / name
        if target.is_dir():
            shutil.rmtree(target)
        elif target.exists():
            target.unlink()
    for name in RELEASE:
        (shutil.copytree if (base / name).is_dir() else shutil.copy2)(base / name, out / name)
    for path in (out / ".cache").glob("*.json"):
        path.unlink()
    for path in (base / ".cache").glob("*.json"):
        shutil.copy2(path, out / ".cache" / path.name)
    index = json.loads((base / ".cache" / "published-index.json").read_text(encoding="utf-8"))
    saved = {entry[0] for entry in index["documents"]}  # the saved release's files (flows.published_index)
    newer = (base / ".cache" / "published-index.json").stat().st_mtime
    for path in (work / "raw").glob("doc_*"):  # what daily runs added after the saved release
        if path.name.split(".")[0] + ".txt" not in saved and path.suffix in (".txt", ".json"):
            path.unlink()
    for sub in ("shards", "extractions"):
        for path in (out / ".cache" / sub).iterdir():
            if path.stat().st_mtime > newer:
                path.unlink()
    extractor, rows, code = subprocess.run([sys.executable, "-c", VERSIONS], cwd=repo, check=True,
                                           capture_output=True, text=True).stdout.split()
    for sub, version in (("extractions", extractor), ("shards", rows)):
        for path in (out / ".cache" / sub).iterdir():
            stem, old = path.name[:-len(".json")].rsplit("-", 1)
            if old != version:
                path.rename(path.with_name(f"{stem}-{version}.json"))
    extras = out / ".cache" / "published-extras.json"
    text = extras.read_text(encoding="utf-8")
    text = re.sub(r'-[0-9a-f]{16}\.json"', f'-{rows}.json"', text)
    st = os.stat(extras)
    extras.write_text(text, encoding="utf-8")
    os.utime(extras, ns=(st.st_atime_ns, st.st_mtime_ns))
    state = out / ".cache" / "outputs-state.json"
    data = json.loads(state.read_text(encoding="utf-8"))
    data["code"] = code
    state.write_text(json.dumps(data, ensure_ascii=False, separators=(",", ":"), sort_keys=True), encoding="utf-8")
    print(f"restored {base} into {out} for {repo} (extractor {extractor}, rows {rows}, outputs code {code})")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("action", choices=("save", "restore"))
    parser.add_argument("work", type=Path, help="the --keep folder of benchmarks/scale.py")
    parser.add_argument("--repo", type=Path, default=Path(__file__).resolve().parent.parent)
    args = parser.parse_args()
    if args.action == "save":
        save(args.work)
    else:
        restore(args.work, args.repo.resolve())


if __name__ == "__main__":
    main()
