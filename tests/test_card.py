"""The dataset card DATASET.md and its charts: generated from the schemas and the data, deterministic."""
from __future__ import annotations

import json
import struct
from pathlib import Path

import pytest

from flows.outputs.build import CARD, CHARTS_DIR, build_outputs, card_missing_fields, check_outputs, output_paths
from flows.outputs.charts import CHARTS, draw_charts
from flows.outputs.package import categories, read_package
from flows.schema import TABLES, load_schema
from tests.conftest import ROOT, copy_published_package



def score_cell(value: float | None) -> str:
    """A quality cell as the README and the card print it: two decimals, or a dash where a set annotates
    nothing of that table (partset holds meetings and participants only)."""
    return "—" if value is None else f"{value:.2f}"

def card_of(descriptor: Path) -> str:
    return (descriptor.parent / CARD).read_text(encoding="utf-8")


def section(card: str, table: str) -> str:
    """The card's section for one table (up to the next heading of the same level)."""
    return card.split(f"\n### {table}\n", 1)[1].split("\n### ", 1)[0]


@pytest.mark.parametrize("table", TABLES)
def test_every_schema_field_appears_with_type_and_meaning(built_outputs: Path, table: str) -> None:
    text = section(card_of(built_outputs), table)
    for f in load_schema(table)["fields"]:
        line = next((row for row in text.splitlines() if row.startswith(f"| `{f['name']}` |")), None)
        assert line is not None, f"{table}.{f['name']} is not in DATASET.md"
        assert f"| {f['type']}" in line
        assert " ".join(f["description"].split())[:40].replace("|", "\\|") in line


def test_the_committed_card_lists_every_schema_field() -> None:
    package = read_package(ROOT / "datapackage.json")
    assert card_missing_fields(package, (ROOT / CARD).read_text(encoding="utf-8")) == []


def test_a_card_without_a_field_is_caught(built_outputs: Path) -> None:
    package = read_package(built_outputs)
    card = card_of(built_outputs).replace("| `topic` |", "| `subject` |")
    assert card_missing_fields(package, card) == ["demands.topic"]


def test_counts_examples_and_code_labels_come_from_the_data(built_outputs: Path) -> None:
    package = read_package(built_outputs)
    card = card_of(built_outputs)
    for table in package.tables:
        assert f"| [{table.name}](#{table.name}) | {len(table.rows):,} |" in card
    demands = package.table("demands")
    first = demands.rows[0]
    assert f"`{first['demand_id']}`" in section(card, "demands")
    topic = next(f for f in demands.fields if f["name"] == "topic")
    codes = section(card, "demands.topic")
    for value, label in categories(topic):
        count = sum(1 for r in demands.rows if r["topic"] == value)
        assert f"| `{value}` | {label} | {count:,} |" in codes


def test_quality_and_limitations_are_shown(built_outputs: Path) -> None:
    card = card_of(built_outputs)
    quality = json.loads((ROOT / "eval" / "quality.json").read_text(encoding="utf-8"))
    for s in quality["sets"]:
        assert f"| {s['set']} | {s['texts']} | {score_cell(s['statements_f1'])} | {score_cell(s['demands_f1'])} |" in card
    assert "## Known limitations" in card and "## Extraction quality" in card


def test_charts_are_linked_and_exist(built_outputs: Path) -> None:
    card = card_of(built_outputs)
    for chart in CHARTS:
        assert f"]({CHARTS_DIR}/{chart.file})" in card
        data = (built_outputs.parent / CHARTS_DIR / chart.file).read_bytes()
        assert data.startswith(b"\x89PNG\r\n\x1a\n")


def png_chunks(data: bytes) -> list[bytes]:
    kinds, at = [], 8
    while at < len(data):
        length, kind = struct.unpack(">I4s", data[at:at + 8])
        kinds.append(kind)
        at += 12 + length
    return kinds


def test_charts_carry_no_software_or_time_stamps(built_outputs: Path) -> None:
    for chart in CHARTS:
        kinds = png_chunks((built_outputs.parent / CHARTS_DIR / chart.file).read_bytes())
        assert b"tIME" not in kinds and b"tEXt" not in kinds and b"iTXt" not in kinds, chart.file


def test_charts_are_byte_identical_across_runs(built_outputs: Path, tmp_path: Path) -> None:
    database = built_outputs.parent / output_paths(read_package(built_outputs).name)["sqlite"]
    draw_charts(database, tmp_path / "again")
    for chart in CHARTS:
        assert (tmp_path / "again" / chart.file).read_bytes() == (built_outputs.parent / CHARTS_DIR / chart.file).read_bytes()


def test_the_whole_build_is_byte_identical_and_checks_clean(tmp_path: Path) -> None:
    one, two = copy_published_package(tmp_path / "one"), copy_published_package(tmp_path / "two")
    files = build_outputs(one)["files"]
    assert build_outputs(two)["files"] == files
    for rel in files:
        assert (one.parent / rel).read_bytes() == (two.parent / rel).read_bytes(), rel
    assert check_outputs(one) == []


def test_an_empty_table_gives_an_empty_chart_not_an_error(tmp_path: Path) -> None:
    descriptor = copy_published_package(tmp_path / "p")
    demands = descriptor.parent / "processed" / "demands.csv"
    demands.write_text(demands.read_text(encoding="utf-8").splitlines()[0] + "\n", encoding="utf-8")
    changes = descriptor.parent / "processed" / "changes.csv"
    changes.write_text(changes.read_text(encoding="utf-8").splitlines()[0] + "\n", encoding="utf-8")
    build_outputs(descriptor)
    assert "Top claimants (who demands are made for): no rows yet." in card_of(descriptor)


def test_readme_quality_table_equals_the_quality_file() -> None:
    """README's Quality table and eval/quality.json (what the card shows) hold the same scores."""
    readme = (ROOT / "README.md").read_text(encoding="utf-8").split("\n## Quality\n", 1)[1].split("\n## ", 1)[0]
    readme = readme.split("\n### ", 1)[0]  # the subsections (demand topics) have tables of their own
    rows = [[c.strip() for c in line.strip("|").split("|")] for line in readme.splitlines()
            if line.startswith("| ") and not line.startswith("| set ")]
    quality = json.loads((ROOT / "eval" / "quality.json").read_text(encoding="utf-8"))
    expected = [[s["set"], str(s["texts"])] + [score_cell(s[k]) for k in quality["metrics"]]
                for s in quality["sets"]]
    assert rows == expected
