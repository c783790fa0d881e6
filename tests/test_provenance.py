"""Provenance per document: sidecars, licences per publisher, excerpts that keep every offset."""
from __future__ import annotations

import json
import shutil
from datetime import date
from pathlib import Path

import pytest
from hypothesis import given
from hypothesis import strategies as st

from flows.extract import extract
from flows.ingest import UnreadableFile, ingest, read_document
from flows.provenance import MASK, excerpt, find_publisher, kept_spans, license_of, licenses, source_rows
from flows.schema import load_schema
from flows.tables import build_tables
from flows.validate import sanity_check_offsets, sanity_check_texts

ROOT = Path(__file__).resolve().parent.parent
NORSK = "Styreleder i KS, Kari Nordmann, sier at kommunene trenger mer penger.\n"


def test_sidecar_gives_accessed_licence_and_note(tmp_path: Path) -> None:
    (tmp_path / "a.txt").write_text(NORSK, encoding="utf-8")
    (tmp_path / "a.meta.json").write_text(json.dumps({
        "url": "https://www.ks.no/a/", "publisher": "KS", "fetched_at": "2026-11-24T05:00:03Z",
        "license": "CC-BY-4.0", "note": "Lagt ut med CC BY."}))
    meta = read_document(tmp_path / "a.txt").meta
    assert (meta.accessed, meta.license, meta.note) == (date(2026, 11, 24), "CC-BY-4.0", "Lagt ut med CC BY.")


@pytest.mark.parametrize(("sidecar", "reason"), [
    ({"license": "GPL-3.0"}, "'license' 'GPL-3.0' is not a licence code"),
    ({"accessed": "i går"}, "'accessed' 'i går' is not a real ISO date"),
    ({"note": 7}, "'note' must be a string"),
    (["not", "an", "object"], "must hold a JSON object"),
])
def test_bad_sidecar_values_quarantine_the_text(tmp_path: Path, sidecar: object, reason: str) -> None:
    (tmp_path / "a.txt").write_text(NORSK, encoding="utf-8")
    (tmp_path / "a.meta.json").write_text(json.dumps(sidecar))
    with pytest.raises(UnreadableFile, match=reason):
        read_document(tmp_path / "a.txt")


@pytest.mark.parametrize(("url", "publisher", "override", "expected"), [
    ("https://www.regjeringen.no/no/aktuelt/x/id1/", None, None, "NLOD-2.0"),
    ("https://regjeringen.no/nn/dokument/x/", "KS", None, "NLOD-2.0"),  # the url wins over the name
    (None, "regjeringen (Kommunalnytt nr. 8 2015)", None, "NLOD-2.0"),
    ("https://www.ks.no/fagomrader/x/", None, None, "all-rights-reserved"),
    (None, "KS Troms", None, "all-rights-reserved"),
    ("https://www.parat.com/krever-x", "Parat", None, "all-rights-reserved"),
    ("https://www.ks.no/x/", "KS", "CC-BY-4.0", "CC-BY-4.0"),  # a text's own licence overrides
    ("https://eksempel.no/x", "Ukjent forlag", None, "all-rights-reserved"),  # the default
    (None, None, None, "all-rights-reserved"),
])
def test_licence_per_text(url: str | None, publisher: str | None, override: str | None, expected: str) -> None:
    assert license_of(url, publisher, override) == expected


@pytest.mark.parametrize(("url", "publisher", "name"), [
    ("https://nyheter.regjeringen.no/x", None, "regjeringen.no"),  # a subdomain
    ("https://fakeregjeringen.no/x", None, None),  # not a subdomain
    (None, "Loftet forlag", None),  # 'lo' only as a whole word
    (None, "LO Stat", "Trade unions and professional associations"),
    (None, "NPK (via Fjordabladet)", "Newspapers and news agencies"),
])
def test_publisher_matching(url: str | None, publisher: str | None, name: str | None) -> None:
    found = find_publisher(url, publisher)
    assert (found.name if found else None) == name


def test_licence_codes_equal_the_schema_enum() -> None:
    field = next(f for f in load_schema("documents")["fields"] if f["name"] == "license")
    assert field["constraints"]["enum"] == list(licenses()) == [c["value"] for c in field["categories"]]


TEXT = "Første setning her. KS ber staten om mer penger. Tredje setning.\n\nNytt avsnitt med æøå. Siste."


def test_excerpt_keeps_the_sentences_rows_point_to_and_the_length() -> None:
    start = TEXT.index("mer penger")
    out = excerpt(TEXT, [(start, start + len("mer penger"))])
    assert len(out) == len(TEXT)
    assert out[TEXT.index("KS ber"):TEXT.index(" Tredje")] == "KS ber staten om mer penger."
    assert "Første" not in out and "Tredje" not in out and "æøå" not in out
    assert out.count("\n") == TEXT.count("\n")  # the layout stays
    assert set(out[:TEXT.index("KS ber")]) == {MASK}


@given(st.lists(st.tuples(st.integers(0, len(TEXT)), st.integers(0, len(TEXT))), max_size=4))
def test_excerpt_property_every_span_slices_the_same_text(pairs: list[tuple[int, int]]) -> None:
    spans = [(min(a, b), max(a, b)) for a, b in pairs]
    out = excerpt(TEXT, spans)
    assert len(out) == len(TEXT)
    for a, b in spans:
        assert out[a:b] == TEXT[a:b]
    kept = kept_spans(TEXT, spans)
    for i, (original, masked) in enumerate(zip(TEXT, out)):
        inside = any(a <= i < b for a, b in kept)
        assert masked == original if inside or original == "\n" else masked == MASK


@pytest.fixture(scope="module")
def mixed_tables(tmp_path_factory: pytest.TempPathFactory) -> dict:
    """The seed texts (KS: all rights reserved) plus one marked as regjeringen.no (NLOD)."""
    raw = tmp_path_factory.mktemp("raw")
    for path in (ROOT / "raw").iterdir():
        shutil.copy(path, raw / path.name)
    (raw / "004_8c0d8c14a1ed8e8f.meta.json").write_text(json.dumps({
        "url": "https://www.regjeringen.no/no/aktuelt/test/id1/", "publisher": "regjeringen.no",
        "published": "2021-03-16", "accessed": "2026-11-25"}))
    documents, quarantined = ingest(raw)
    assert not quarantined
    return build_tables([extract(d) for d in documents])


def test_texts_are_excerpts_exactly_where_the_licence_forbids_the_full_text(mixed_tables: dict) -> None:
    by_file = {d["source_file"]: d for d in mixed_tables["documents"]}
    nlod = by_file.pop("004_8c0d8c14a1ed8e8f.txt")
    assert (nlod["license"], nlod["full_text"]) == ("NLOD-2.0", True)
    assert nlod["text"] == read_document(ROOT / "raw" / "004_8c0d8c14a1ed8e8f.txt").text
    for doc in by_file.values():
        assert (doc["license"], doc["full_text"], doc["publisher"]) == ("all-rights-reserved", False, "KS")
        original = read_document(ROOT / "raw" / doc["source_file"]).text
        assert len(doc["text"]) == len(original) == doc["characters"] and doc["text"] != original
    assert sanity_check_texts(mixed_tables) == []


def test_every_offset_still_slices_its_text_in_an_excerpt(mixed_tables: dict) -> None:
    texts = {d["doc_id"]: d["text"] for d in mixed_tables["documents"]}
    rows = mixed_tables["statements"] + mixed_tables["demands"]
    assert rows and sanity_check_offsets(mixed_tables) == []
    assert all(texts[r["doc_id"]][r["char_start"]:r["char_end"]] == r["text"] for r in rows)  # every text verbatim


def test_a_full_text_flag_that_contradicts_the_licence_is_caught(mixed_tables: dict) -> None:
    bad = dict(mixed_tables, documents=[dict(mixed_tables["documents"][0], full_text=True)])
    assert any("full_text is True" in p for p in sanity_check_texts(bad))
    short = dict(mixed_tables, documents=[dict(mixed_tables["documents"][0], text="kort")])
    assert any("must keep the text's length" in p for p in sanity_check_texts(short))


def test_sources_name_each_publisher_with_licence_counts_and_dates(mixed_tables: dict) -> None:
    sources = {s["publisher"]: s for s in source_rows(mixed_tables["documents"])}
    assert set(sources) == {"KS", "regjeringen.no"}
    gov = sources["regjeringen.no"]
    assert gov["path"] == "https://www.regjeringen.no/" and gov["licenses"][0]["name"] == "NLOD-2.0"
    assert (gov["fullText"], gov["documents"], gov["published"], gov["accessed"]) == (True, 1, "2021-03-16", "2026-11-25")
    assert sources["KS"]["documents"] == 4 and sources["KS"]["fullText"] is False
    assert "published" not in sources["KS"] and "accessed" not in sources["KS"]  # unknown: left out


def test_seed_sidecars_say_what_is_not_known() -> None:
    for sidecar in sorted((ROOT / "raw").glob("*.meta.json")):
        meta = json.loads(sidecar.read_text(encoding="utf-8"))
        assert meta["publisher"] == "KS" and meta["url"] is None and meta["published"] is None
        assert "not recorded" in meta["note"] or "not known" in meta["note"]
    assert len(list((ROOT / "raw").glob("*.meta.json"))) == len(list((ROOT / "raw").glob("*.txt")))
