"""The versioned archive of every release: `releases/<version>/` and `releases/latest.json`.

`releases/<version>/` holds a self-contained copy of the release, enough to cite,
validate and load that exact version (`frictionless validate releases/<v>/datapackage.json`),
and `SHA256SUMS` for its files (`sha256sum -c SHA256SUMS` in that folder).
`releases/latest.json` points to the newest release.

The archive holds the text files uncompressed and leaves out the Parquet copies,
to keep the repository small as releases accumulate: git stores a file that did not
change between two releases once, and a changed CSV as a delta against its previous
version, so a release that corrects a few rows adds a few kB. A zip or the Parquet
files (compressed, so without deltas) would add their full size with every release.
The Parquet files of a version are in the repository at its release commit and are
rebuilt byte for byte from the archived CSV by the pipeline's writers.

Other files join a release by adding a pattern to ARCHIVED (paths relative to the
staged package, e.g. a SQLite build or a dataset card).
"""
from __future__ import annotations

import hashlib
import json
import shutil
from pathlib import Path

RELEASES = "releases"
LATEST = f"{RELEASES}/latest.json"
CHECKSUMS = "SHA256SUMS"
ARCHIVED: list[str] = ["datapackage.json", "CHANGELOG.md", "CITATION.cff", "LICENSE-DATA.md", "processed/*.csv"]


def release_dir(version: str) -> str:
    return f"{RELEASES}/{version}"


def _archived_files(staging: Path) -> list[Path]:
    files = {p for pattern in ARCHIVED for p in staging.glob(pattern) if p.is_file()}
    return sorted(files, key=lambda p: p.relative_to(staging).as_posix())


def _sha256(path: Path) -> str:
    digest = hashlib.sha256()
    with path.open("rb") as handle:
        while block := handle.read(1 << 20):
            digest.update(block)
    return digest.hexdigest()


def checksums_text(folder: Path) -> str:
    """`sha256sum` format for every file of a folder but the checksums file, sorted by path."""
    lines = []
    for path in sorted(p for p in folder.rglob("*") if p.is_file() and p.name != CHECKSUMS):
        lines.append(f"{_sha256(path)}  {path.relative_to(folder).as_posix()}")
    return "\n".join(lines) + "\n"


def write_archive(staging: Path, version: str, created: str) -> Path:
    """Copy the staged release's archived files into staging/releases/<version>/ with SHA256SUMS,
    and write staging/releases/latest.json; returns the release folder."""
    folder = staging / release_dir(version)
    if folder.exists():
        shutil.rmtree(folder)
    for path in _archived_files(staging):
        target = folder / path.relative_to(staging)
        target.parent.mkdir(parents=True, exist_ok=True)
        shutil.copyfile(path, target)
    (folder / CHECKSUMS).write_text(checksums_text(folder), encoding="utf-8")
    descriptor = (folder / "datapackage.json").read_bytes()
    latest = {
        "version": version,
        "created": created,
        "path": f"{release_dir(version)}/",
        "datapackage": f"{release_dir(version)}/datapackage.json",
        "datapackage_sha256": hashlib.sha256(descriptor).hexdigest(),
        "checksums": f"{release_dir(version)}/{CHECKSUMS}",
    }
    (staging / LATEST).write_text(json.dumps(latest, indent=2) + "\n", encoding="utf-8")
    return folder


def archive_entries(staging: Path) -> list[str]:
    """The archive entries a staged package holds (moved into OUT by the swap)."""
    root = staging / RELEASES
    if not root.exists():
        return []
    folders = sorted(p.relative_to(staging).as_posix() for p in root.iterdir() if p.is_dir())
    return folders + ([LATEST] if (staging / LATEST).exists() else [])


def verify_archive(folder: Path) -> list[str]:
    """Problems of an archived release folder: missing checksums or files that do not match them."""
    sums = folder / CHECKSUMS
    if not sums.exists():
        return [f"{folder}: no {CHECKSUMS}; the release archive is incomplete: re-run the pipeline"]
    problems = []
    listed = {}
    for line in sums.read_text(encoding="utf-8").splitlines():
        digest, _, rel = line.partition("  ")
        listed[rel] = digest
    for rel, digest in listed.items():
        path = folder / rel
        if not path.exists() or _sha256(path) != digest:
            problems.append(f"{folder / rel}: missing or different from {CHECKSUMS}; the archive was changed after "
                            "release: restore it from the commit that published the release (releases/ is under "
                            "version control)")
    extra = [p.relative_to(folder).as_posix() for p in folder.rglob("*")
             if p.is_file() and p.name != CHECKSUMS and p.relative_to(folder).as_posix() not in listed]
    problems += [f"{folder / rel}: not listed in {CHECKSUMS}; a file added to the archive after release: remove it"
                 for rel in sorted(extra)]
    return problems


def rebuild_parquet(folder: Path | str) -> list[str]:
    """Write the Parquet copies of an archived release from its CSV files and check them against
    the hashes its datapackage.json records; returns the problems (empty when all match).

    Works for a release whose schemas are the current ones (same major version) and with the
    pinned pyarrow and pandas; for an older major version, check out its release commit."""
    from flows.schema import load_schema
    from flows.writers import file_stats, read_csv, write_parquet

    folder = Path(folder)
    descriptor = json.loads((folder / "datapackage.json").read_text(encoding="utf-8"))
    problems = []
    for resource in descriptor["resources"]:
        table, companion = resource["name"], resource.get("parquet")
        if companion is None:
            continue
        if resource["schema"] != load_schema(table):
            problems.append(f"{table}: the release's schema is not the current one; check out the commit of "
                            f"release {descriptor['version']} to rebuild its Parquet files")
            continue
        target = folder / companion["path"]
        write_parquet(table, read_csv(table, folder / resource["path"]), target)
        size, digest = file_stats(target)
        if f"sha256:{digest}" != companion["hash"] or size != companion["bytes"]:
            problems.append(f"{target}: rebuilt, but differs from the release's hash (other pyarrow/pandas versions?)")
    return problems
