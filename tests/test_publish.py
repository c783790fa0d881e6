"""Publishing without Prefect: stage, validate, swap, recover, lock, releases."""
from __future__ import annotations

import json
import os
from pathlib import Path

import pyarrow as pa
import pyarrow.parquet as pq
import pytest

from flows.extract import extract
from flows.ingest import ingest
from flows.publish import LockedError, publish_lock, recover, stage, swap_in
from flows.release import change_rows, diff, next_version, read_published
from flows.schema import TABLES, arrow_schema
from flows.tables import build_tables
from flows.validate import check_parquet_types, sanity_checks, validate_package
from flows.writers import read_csv, read_parquet

ROOT = Path(__file__).resolve().parent.parent


@pytest.fixture(scope="module")
def seed_tables() -> dict:
    documents, quarantined = ingest(ROOT / "raw")
    assert not quarantined
    return build_tables([extract(d) for d in documents])


def publish(tables: dict, out: Path) -> Path:
    published = read_published(out)
    delta = diff(published.tables, tables)
    version = next_version(published, delta)
    assert version is not None
    tables = {**tables, "changes": change_rows(version, delta)}
    path = stage(tables, out, version, "# Changelog\n")
    assert validate_package(path) == []
    swap_in(out)
    return out / "datapackage.json"


def test_seed_tables_pass_the_sanity_checks(seed_tables: dict) -> None:
    assert sanity_checks(seed_tables, expected_documents=5) == []
    assert len(seed_tables["documents"]) == 5 and len(seed_tables["topics"]) == 12


def test_published_package_is_valid_and_csv_equals_parquet(seed_tables: dict, tmp_path: Path) -> None:
    package = publish(seed_tables, tmp_path)
    assert validate_package(package, full=True) == []  # frictionless row by row agrees with the fast check
    descriptor = json.loads(package.read_text(encoding="utf-8"))
    assert descriptor["version"] == "1.0.0"
    assert [r["name"] for r in descriptor["resources"]] == list(TABLES)
    for res in descriptor["resources"]:
        assert res["hash"].startswith("sha256:") and res["schema"]["fields"]
        assert res["parquet"]["path"] == f"processed/{res['name']}.parquet"
        assert res["parquet"]["hash"].startswith("sha256:") and res["parquet"]["bytes"] > 0
    for table in TABLES:
        csv_rows = read_csv(table, tmp_path / "processed" / f"{table}.csv")
        assert csv_rows == read_parquet(tmp_path / "processed" / f"{table}.parquet")
        assert len(csv_rows) == len(seed_tables[table]) or table == "changes"
        assert pq.read_schema(tmp_path / "processed" / f"{table}.parquet").equals(arrow_schema(table))
    assert arrow_schema("meetings").field("date").type == pa.date32()
    assert arrow_schema("demands").field("in_quote").type == pa.bool_()
    assert arrow_schema("statements").field("char_start").type == pa.int64()


def test_staging_is_deterministic(seed_tables: dict, tmp_path: Path) -> None:
    a = stage(seed_tables, tmp_path / "a", "1.0.0", "x").parent
    b = stage(seed_tables, tmp_path / "b", "1.0.0", "x").parent
    files = sorted(p.relative_to(a) for p in a.rglob("*") if p.is_file())
    assert files and all((a / f).read_bytes() == (b / f).read_bytes() for f in files)


def test_invalid_rows_are_caught_before_publishing(seed_tables: dict, tmp_path: Path) -> None:
    bad = {t: [dict(r) for r in rows] for t, rows in seed_tables.items()}
    bad["documents"][0]["language"] = "sv"  # not in the enum
    path = stage(bad, tmp_path, "1.0.0", "x")
    problems = validate_package(path)
    assert any("language" in p or "constraint" in p for p in problems)


def test_wrong_parquet_type_is_reported(tmp_path: Path) -> None:
    table = pa.table({"code": ["a"], "label_nb": ["b"], "label_en": ["c"], "description": [1]})
    pq.write_table(table, tmp_path / "topics.parquet")
    assert any("description" in p for p in check_parquet_types("topics", tmp_path / "topics.parquet"))


def test_duplicate_keys_and_bad_offsets_fail_sanity_checks(seed_tables: dict) -> None:
    bad = {t: [dict(r) for r in rows] for t, rows in seed_tables.items()}
    bad["documents"].append(dict(bad["documents"][0]))
    problems = sanity_checks(bad, expected_documents=5)
    assert any("duplicate primary key" in p for p in problems)
    assert any("6 rows but 5 readable" in p for p in problems)


def test_interrupted_swap_is_rolled_back(seed_tables: dict, tmp_path: Path) -> None:
    package = publish(seed_tables, tmp_path)
    before = package.read_bytes()
    # a second release staged, then the process dies after moving the old package aside
    changed = {t: [dict(r) for r in rows] for t, rows in seed_tables.items()}
    changed["documents"][0]["title"] = "Endret tittel"
    stage(changed, tmp_path, "1.0.1", "x")
    (tmp_path / ".previous").mkdir()
    (tmp_path / ".publish-journal").write_text("swapping\n")
    os.replace(tmp_path / "datapackage.json", tmp_path / ".previous" / "datapackage.json")
    os.replace(tmp_path / "processed", tmp_path / ".previous" / "processed")
    assert recover(tmp_path) is not None
    assert package.read_bytes() == before and validate_package(package) == []
    assert not (tmp_path / ".staging").exists() and not (tmp_path / ".previous").exists()


def test_a_second_run_refuses_while_the_lock_is_held(tmp_path: Path) -> None:
    with publish_lock(tmp_path):
        with pytest.raises(LockedError, match="another run is publishing"):
            with publish_lock(tmp_path, wait_seconds=0.3):
                pass
    with publish_lock(tmp_path):  # released again
        pass


def test_versions_follow_the_kind_of_change(seed_tables: dict, tmp_path: Path) -> None:
    publish(seed_tables, tmp_path)
    published = read_published(tmp_path)
    assert next_version(published, diff(published.tables, seed_tables)) is None
    corrected = {t: [dict(r) for r in rows] for t, rows in seed_tables.items()}
    corrected["documents"][0]["title"] = "Rettet tittel"
    delta = diff(published.tables, corrected)
    assert next_version(published, delta) == "1.0.1"
    assert delta.modified["documents"][0][1] == ["title"]
    fewer = {t: rows[1:] if t == "documents" else rows for t, rows in seed_tables.items()}
    assert next_version(published, diff(published.tables, fewer)) == "1.1.0"


def test_a_metadata_change_alone_is_a_patch_release(seed_tables: dict, tmp_path: Path) -> None:
    from flows.package_meta import package_metadata

    publish(seed_tables, tmp_path)
    published = read_published(tmp_path)
    unchanged = diff(published.tables, seed_tables)
    meta = package_metadata(seed_tables["documents"], published.created)
    assert next_version(published, unchanged, meta) is None
    assert next_version(published, unchanged, {**meta, "homepage": "https://example.org/ks-demands"}) == "1.0.1"
    assert next_version(published, unchanged, {**meta, "created": "2099-01-01T00:00:00Z"}) is None


def test_modified_rows_list_their_changed_columns_as_a_list(seed_tables: dict) -> None:
    corrected = {t: [dict(r) for r in rows] for t, rows in seed_tables.items()}
    corrected["persons"][0]["roles"] = ["ordfører", "styreleder"]
    rows = change_rows("1.0.1", diff(seed_tables, corrected))
    assert rows == [{"version": "1.0.1", "table_name": "persons", "row_id": corrected["persons"][0]["person_id"],
                     "change": "modified", "columns": ["roles"]}]


@pytest.mark.parametrize(("text", "ok"), [
    ("Vi mangler leger", True),
    ("Vi mangler leger … Staten må ta ansvar", True),   # a quotation cut around its attribution
    ("Staten må ta ansvar … Vi mangler leger", False),  # pieces out of order
    ("Vi mangler sykepleiere", False),
])
def test_offsets_check_accepts_only_text_from_its_span(seed_tables: dict, text: str, ok: bool) -> None:
    doc = dict(seed_tables["documents"][0], text="– Vi mangler leger, sa hun. – Staten må ta ansvar.\n")
    row = {"statement_id": "stm-0", "doc_id": doc["doc_id"], "text": text, "char_start": 2, "char_end": 50}
    tables = {"documents": [doc], "statements": [row], "demands": []}
    from flows.validate import sanity_check_offsets
    assert (sanity_check_offsets(tables) == []) is ok
