"""The Prefect flow end to end (one temporary Prefect server for the whole session)."""
from __future__ import annotations

import hashlib
import json
from pathlib import Path

import pytest

from flows.flow import publish_dataset
from flows.outputs.build import check_outputs
from flows.validate import validate_package
from flows.writers import read_csv

pytestmark = pytest.mark.slow

NEW_TEXT = """I konsultasjonsmøtet med Kunnskapsdepartementet 4. mai tok KS opp lærermangelen.

– Vi ber regjeringen om å styrke rekrutteringen av lærere, sier styreleder i KS, Kari Nordmann.
"""


def digests(out: Path) -> dict[str, str]:
    """Every published file: the package, its citation and licence files and the release archive."""
    files = [out / name for name in ("datapackage.json", "CHANGELOG.md", "CITATION.cff", "LICENSE-DATA.md")]
    files += sorted((out / "processed").iterdir()) + sorted(p for p in (out / "releases").rglob("*") if p.is_file())
    return {f.relative_to(out).as_posix(): hashlib.sha256(f.read_bytes()).hexdigest() for f in files}


def test_flow_publishes_then_runs_incrementally(prefect_harness: None, seed_raw: Path, tmp_path: Path) -> None:
    out = tmp_path / "out"
    first = publish_dataset(raw_dir=seed_raw, out_dir=out, report_path=tmp_path / "report.json", full_validation=True)
    assert first["status"] == "published" and first["version"] == "1.0.0"
    assert first["documents"]["new"] == 5 and first["documents"]["extracted"] == 5
    assert "processed/ks-demands.sqlite" in first["outputs"]["built"]
    assert check_outputs(out / "datapackage.json") == []
    assert json.loads((tmp_path / "report.json").read_text())["rows"]["documents"] == 5
    assert validate_package(out / "datapackage.json") == []
    before = digests(out)

    second = publish_dataset(raw_dir=seed_raw, out_dir=out)
    assert second["status"] == "unchanged" and second["version"] == "1.0.0"
    assert second["documents"]["unchanged"] == 5 and second["documents"]["from_cache"] == 5
    assert second["documents"]["extracted"] == 0
    assert digests(out) == before
    assert second["outputs"] is None  # the derived outputs were current: nothing swapped

    (out / "DATASET.md").unlink()
    (out / "processed" / "ks-demands.sqlite").write_bytes(b"not a database")
    repaired = publish_dataset(raw_dir=seed_raw, out_dir=out)
    assert repaired["status"] == "unchanged" and repaired["version"] == "1.0.0"
    assert {"DATASET.md", "processed/ks-demands.sqlite"} <= set(repaired["outputs"]["refreshed"])
    assert digests(out) == before

    (seed_raw / "zz_nytt_dokument.txt").write_text(NEW_TEXT, encoding="utf-8")
    third = publish_dataset(raw_dir=seed_raw, out_dir=out)
    assert third["status"] == "published" and third["version"] == "1.1.0"
    assert third["documents"]["new"] == 1 and third["documents"]["unchanged"] == 5
    assert third["documents"]["extracted"] == 1
    changes = read_csv("changes", out / "processed" / "changes.csv")
    assert {c["version"] for c in changes} == {"1.1.0"}
    assert [c["change"] for c in changes if c["table_name"] == "documents"] == ["added"]
    assert "1.1.0" in (out / "CHANGELOG.md").read_text(encoding="utf-8")
    assert sorted(p.name for p in (out / "releases").iterdir()) == ["1.0.0", "1.1.0", "latest.json"]
    assert json.loads((out / "releases" / "latest.json").read_text())["version"] == "1.1.0"

    (seed_raw / "bilde.txt").write_bytes(b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR\x00\x00")
    fourth = publish_dataset(raw_dir=seed_raw, out_dir=out)
    assert fourth["documents"]["quarantined"] == 1
    assert fourth["quarantined"][0]["file"] == "bilde.txt" and "binary" in fourth["quarantined"][0]["reason"]
    assert fourth["status"] == "unchanged" and validate_package(out / "datapackage.json") == []

    (seed_raw / "zz_nytt_dokument.txt").unlink()
    fifth = publish_dataset(raw_dir=seed_raw, out_dir=out)
    assert fifth["documents"]["removed"] == 1 and fifth["version"] == "1.2.0"
