"""Citable releases: package metadata, CITATION.cff, LICENSE-DATA.md and the versioned archive."""
from __future__ import annotations

import json
import os
from datetime import date
from pathlib import Path

import jsonschema
import pytest
import yaml

from flows.archive import ARCHIVED, rebuild_parquet, verify_archive
from flows.extract import extract
from flows.ingest import ingest
from flows.package_meta import created, missing_metadata, package_metadata
from flows.publish import recover, stage, swap_in
from flows.release import change_rows, diff, next_version, read_published
from flows.tables import build_tables
from flows.validate import validate_package

ROOT = Path(__file__).resolve().parent.parent
CFF_SCHEMA = ROOT / "tests" / "fixtures" / "cff" / "schema-1.2.0.json"


@pytest.fixture(scope="module")
def seed_tables() -> dict:
    documents, _ = ingest(ROOT / "raw")
    return build_tables([extract(d) for d in documents])


def release(tables: dict, out: Path) -> Path:
    """Publish `tables` into `out` as the pipeline does; returns the descriptor's path."""
    published = read_published(out)
    delta = diff(published.tables, tables)
    version = next_version(published, delta, package_metadata(tables["documents"], published.created))
    assert version is not None
    path = stage({**tables, "changes": change_rows(version, delta)}, out, version, f"# {version}\n",
                 previous_created=published.created)
    assert validate_package(path) == []
    swap_in(out)
    return out / "datapackage.json"


def _doc(accessed: str | None = None, published: str | None = None) -> dict:
    return {"accessed": date.fromisoformat(accessed) if accessed else None,
            "published": date.fromisoformat(published) if published else None}


@pytest.mark.parametrize(("documents", "previous", "expected"), [
    ([_doc("2026-11-24"), _doc("2026-11-20", "2026-11-19")], None, "2026-11-24T00:00:00Z"),
    ([_doc(None, "2021-03-16")], None, "2021-03-16T00:00:00Z"),  # a publication date is an input date too
    ([_doc("2026-11-24")], "2026-12-01T00:00:00Z", "2026-12-01T00:00:00Z"),  # never before the last release
    ([_doc("2026-12-24")], "2026-12-01T00:00:00Z", "2026-12-24T00:00:00Z"),
    ([_doc()], None, "2026-11-23T00:00:00Z"),  # no dated input: metadata/package.yaml `since`
    ([], "2026-12-01T00:00:00Z", "2026-12-01T00:00:00Z"),
])
def test_created_comes_from_the_inputs_and_the_previous_release(documents: list, previous: str | None,
                                                                 expected: str) -> None:
    assert created(documents, previous) == expected


def test_descriptor_is_citable(seed_tables: dict, tmp_path: Path) -> None:
    descriptor = json.loads(release(seed_tables, tmp_path).read_text(encoding="utf-8"))
    for key in ("id", "created", "licenses", "sources", "contributors", "keywords", "version"):
        assert descriptor[key], key
    assert descriptor["id"].startswith("urn:uuid:") and descriptor["licenses"][0]["name"] == "CC-BY-4.0"
    source = descriptor["sources"][0]
    assert {"title", "path", "publisher", "licenses", "fullText", "documents", "citation"} <= set(source)
    assert "0 of 5 may be republished" in descriptor["description"]


@pytest.fixture()
def metadata_dir(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    """A private copy of metadata/ that the pipeline reads instead of the repository's."""
    from flows import provenance

    folder = tmp_path / "metadata"
    folder.mkdir()
    for name in ("package.yaml", "licenses.yaml"):
        (folder / name).write_bytes((provenance.METADATA_DIR / name).read_bytes())
    monkeypatch.setattr(provenance, "METADATA_DIR", folder)
    provenance.load_metadata.cache_clear()
    yield folder
    provenance.load_metadata.cache_clear()


def _edit_package_yaml(folder: Path, **changes: object) -> None:
    meta = yaml.safe_load((folder / "package.yaml").read_text(encoding="utf-8"))
    meta.update(changes)
    (folder / "package.yaml").write_text(yaml.safe_dump(meta, allow_unicode=True), encoding="utf-8")


def test_homepage_and_contact_are_written_once_set(seed_tables: dict, metadata_dir: Path) -> None:
    _edit_package_yaml(metadata_dir, homepage=None, contributors=[{"title": "Vedlikeholdere", "roles": ["creator"]}])
    assert "homepage" not in package_metadata(seed_tables["documents"])
    assert [w.split(":")[1].strip().split()[0] for w in missing_metadata()] == ["homepage", "no"]
    from flows import provenance

    provenance.load_metadata.cache_clear()
    _edit_package_yaml(metadata_dir, homepage="https://example.org/ks-demands", contributors=[
        {"title": "Vedlikeholdere", "roles": ["creator", "maintainer"], "email": "data@example.org"}])
    out = package_metadata(seed_tables["documents"])
    assert out["homepage"] == "https://example.org/ks-demands"
    assert out["contributors"] == [{"title": "Vedlikeholdere", "email": "data@example.org",
                                    "roles": ["creator", "maintainer"]}]
    assert missing_metadata() == []


def test_a_metadata_edit_alone_republishes_as_a_patch(seed_tables: dict, tmp_path: Path, metadata_dir: Path) -> None:
    from flows import provenance

    out = tmp_path / "out"
    release(seed_tables, out)
    provenance.load_metadata.cache_clear()
    _edit_package_yaml(metadata_dir, homepage="https://example.org/ks-demands")
    descriptor = json.loads(release(seed_tables, out).read_text(encoding="utf-8"))
    assert descriptor["version"] == "1.0.1" and descriptor["homepage"] == "https://example.org/ks-demands"
    cff = yaml.safe_load((out / "CITATION.cff").read_text(encoding="utf-8"))
    assert cff["url"] == cff["repository-code"] == "https://example.org/ks-demands"


def test_citation_cff_is_valid_cff_1_2_and_names_the_version(seed_tables: dict, tmp_path: Path) -> None:
    release(seed_tables, tmp_path)
    cff = yaml.safe_load((tmp_path / "CITATION.cff").read_text(encoding="utf-8"))
    jsonschema.validate(cff, json.loads(CFF_SCHEMA.read_text(encoding="utf-8")))
    descriptor = json.loads((tmp_path / "datapackage.json").read_text(encoding="utf-8"))
    assert (cff["version"], cff["date-released"], cff["license"]) == (
        descriptor["version"], descriptor["created"][:10], "CC-BY-4.0")
    assert cff["type"] == "dataset" and cff["identifiers"][0]["value"] == descriptor["id"]


def test_a_broken_citation_fails_the_cff_schema() -> None:
    with pytest.raises(jsonschema.ValidationError):
        jsonschema.validate({"cff-version": "1.2.0", "message": "x", "title": "t"},  # no authors
                            json.loads(CFF_SCHEMA.read_text(encoding="utf-8")))


def test_licence_file_lists_every_licence_and_source(seed_tables: dict, tmp_path: Path) -> None:
    release(seed_tables, tmp_path)
    text = (tmp_path / "LICENSE-DATA.md").read_text(encoding="utf-8")
    assert "Creative Commons Attribution 4.0" in text and "NLOD-2.0" in text and "all-rights-reserved" in text
    assert "KS (Kommunesektorens organisasjon)" in text and "MIT" in text


def test_every_release_is_archived_with_checksums_and_latest_points_to_it(seed_tables: dict, tmp_path: Path) -> None:
    release(seed_tables, tmp_path)
    fewer = {t: rows[1:] if t == "documents" else rows for t, rows in seed_tables.items()}
    fewer = {**fewer, **{t: [r for r in fewer[t] if r["doc_id"] != seed_tables["documents"][0]["doc_id"]]
                         for t in ("meetings", "participants", "statements", "demands")}}
    release(fewer, tmp_path)
    latest = json.loads((tmp_path / "releases" / "latest.json").read_text(encoding="utf-8"))
    assert latest["version"] == "1.1.0" and latest["path"] == "releases/1.1.0/"
    for version in ("1.0.0", "1.1.0"):
        folder = tmp_path / "releases" / version
        assert verify_archive(folder) == []
        names = sorted(p.relative_to(folder).as_posix() for p in folder.rglob("*") if p.is_file())
        assert "SHA256SUMS" in names and "datapackage.json" in names and "processed/demands.csv" in names
        assert not any(n.endswith(".parquet") for n in names)  # compact: text files only
        descriptor = json.loads((folder / "datapackage.json").read_text(encoding="utf-8"))
        assert descriptor["version"] == version
    assert (tmp_path / "releases/1.1.0/datapackage.json").read_bytes() == (tmp_path / "datapackage.json").read_bytes()
    assert (tmp_path / "releases/1.0.0/processed/documents.csv").read_bytes() != \
        (tmp_path / "processed/documents.csv").read_bytes()  # the old version is kept as it was


def test_a_changed_archive_fails_its_checksums(seed_tables: dict, tmp_path: Path) -> None:
    release(seed_tables, tmp_path)
    folder = tmp_path / "releases" / "1.0.0"
    with (folder / "processed" / "topics.csv").open("a", encoding="utf-8") as handle:
        handle.write("x,y,z,w\n")
    (folder / "extra.txt").write_text("ikke med", encoding="utf-8")
    problems = verify_archive(folder)
    assert any("topics.csv" in p and "different" in p for p in problems)
    assert any("extra.txt" in p and "not listed" in p for p in problems)
    assert any("topics.csv" in p for p in validate_package(tmp_path / "datapackage.json"))


def test_an_interrupted_swap_takes_the_new_archive_out_again(seed_tables: dict, tmp_path: Path) -> None:
    release(seed_tables, tmp_path)
    before = (tmp_path / "releases" / "latest.json").read_bytes()
    corrected = {t: [dict(r) for r in rows] for t, rows in seed_tables.items()}
    corrected["documents"][0]["title"] = "Rettet tittel"
    stage(corrected, tmp_path, "1.0.1", "x")
    # the process dies in the middle of the swap: latest.json moved aside, the new archive moved in
    (tmp_path / ".previous" / "releases").mkdir(parents=True)
    (tmp_path / ".publish-journal").write_text(json.dumps({
        "entries": ["processed", "datapackage.json", "releases/1.0.1", "releases/latest.json"],
        "existed": ["processed", "datapackage.json", "releases/latest.json"]}))
    os.replace(tmp_path / "releases" / "latest.json", tmp_path / ".previous" / "releases" / "latest.json")
    os.replace(tmp_path / ".staging" / "releases" / "1.0.1", tmp_path / "releases" / "1.0.1")
    assert recover(tmp_path) is not None
    assert not (tmp_path / "releases" / "1.0.1").exists()
    assert (tmp_path / "releases" / "latest.json").read_bytes() == before
    assert validate_package(tmp_path / "datapackage.json") == []


def test_parquet_of_an_archived_release_rebuilds_byte_for_byte(seed_tables: dict, tmp_path: Path) -> None:
    release(seed_tables, tmp_path)
    assert rebuild_parquet(tmp_path / "releases" / "1.0.0") == []
    assert (tmp_path / "releases/1.0.0/processed/demands.parquet").read_bytes() == \
        (tmp_path / "processed/demands.parquet").read_bytes()


def test_archive_patterns_take_more_files(seed_tables: dict, tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """Another output (e.g. a SQLite build) joins every release by adding its pattern to ARCHIVED."""
    import flows.archive as archive

    monkeypatch.setattr(archive, "ARCHIVED", ARCHIVED + ["extra/*.txt"])
    path = stage(seed_tables | {"changes": []}, tmp_path, "1.0.0", "x")
    (path.parent / "extra").mkdir()
    (path.parent / "extra" / "card.txt").write_text("kort", encoding="utf-8")
    archive.write_archive(path.parent, "1.0.0", "2026-11-23T00:00:00Z")
    folder = path.parent / "releases" / "1.0.0"
    assert (folder / "extra" / "card.txt").read_text(encoding="utf-8") == "kort" and verify_archive(folder) == []
