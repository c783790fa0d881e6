"""Unit tests of the pieces that keep bad input from stopping a run (issue 10): decoding,
raw file listing, sidecar schema, language detection, row screening, row-count assertions,
the cache, the extractor's version, strict sources files, the published package check."""
from __future__ import annotations

import dataclasses
import json
import os
import unicodedata
from datetime import date
from pathlib import Path

import pytest

from flows.assertions import shrink_problems
from flows.budget import MAX_SENTENCE_CHARS
from flows.cache import ExtractionCache, prune
from flows.extract import extract
from flows.fetch_sources import SourcesError, read_sources
from flows.imports import module_closure
from flows.ingest import UnreadableFile, decode
from flows.language import foreign_language, written_standard
from flows.model import Statement
from flows.normalise import normalise
from flows.published import read_published
from flows.rawfiles import document_id, scan
from flows.records import EXTRACTION_ENTRY_POINTS
from flows.screen import screen
from flows.segment import segment
from flows.sidecar import SidecarError, read_sidecar
from flows.store import Store

from conftest import make_document

NORSK = "Styreleder i KS, Kari Nordmann, sier at kommunene trenger mer penger. Hun mener også at staten må betale.\n"


@pytest.mark.parametrize(("data", "encoding"), [
    (NORSK.encode("utf-16"), "utf-16"),
    (b"\xfe\xff" + NORSK.encode("utf-16-be"), "utf-16"),
    (NORSK.encode("utf-16-le"), "utf-16-le"),
    (NORSK.encode("utf-16-be"), "utf-16-be"),
    (b"\xef\xbb\xbf" + NORSK.encode("utf-8"), "utf-8-sig"),
    (NORSK.encode("cp1252"), "cp1252"),
])
def test_decodings(data: bytes, encoding: str) -> None:
    assert decode(data) == (NORSK, encoding)


@pytest.mark.parametrize(("data", "reason"), [
    (b"\xff\xfe" + NORSK.encode("utf-16-le")[:-1], "starts like utf-16"),
    (b"abc\x00def", "NUL"),
    (bytes([0x81, 0x8d, 0x8f]) * 10, "neither UTF-8 nor cp1252"),
])
def test_undecodable(data: bytes, reason: str) -> None:
    with pytest.raises(UnreadableFile, match=reason):
        decode(data)


def test_scan_refuses_what_does_not_belong_to_raw(tmp_path: Path) -> None:
    raw, outside = tmp_path / "raw", tmp_path / "outside.txt"
    raw.mkdir()
    outside.write_text(NORSK, encoding="utf-8")
    (raw / "a.txt").write_text(NORSK, encoding="utf-8")
    os.symlink(outside, raw / "link.txt")
    os.symlink(raw / "a.txt", raw / "inside.txt")
    (raw / "dir.txt").mkdir()
    os.mkfifo(raw / "pipe.md")
    (raw / unicodedata.normalize("NFD", "å.txt")).write_text(NORSK, encoding="utf-8")
    (raw / unicodedata.normalize("NFC", "å.txt")).write_text(NORSK, encoding="utf-8")
    (raw / "notes.csv").write_text("x", encoding="utf-8")
    listing = scan(raw)
    assert {f.name for f in listing.files} == {"a.txt", "inside.txt", "å.txt"}
    reasons = {q.source_file: q.reason for q in listing.refused}
    assert "outside the raw folder" in reasons["link.txt"]
    assert "directory" in reasons["dir.txt"] and "named pipe" in reasons["pipe.md"]
    assert "NFC" in reasons[unicodedata.normalize("NFC", "å.txt")]


def test_document_ids_keep_txt_ids_and_separate_other_suffixes() -> None:
    assert document_id("x.txt") == document_id(unicodedata.normalize("NFD", "x.txt"))
    assert document_id("x.txt") != document_id("x.md") != document_id("x.TXT")


def sidecar(tmp_path: Path, data: object) -> Path:
    path = tmp_path / "a.meta.json"
    path.write_text(data if isinstance(data, str) else json.dumps(data), encoding="utf-8")
    return path


def test_valid_sidecar(tmp_path: Path) -> None:
    meta = read_sidecar(sidecar(tmp_path, {"url": "https://www.ks.no/a/", "title": "T", "published": "2024-05-02T10:00:00Z",
                                           "publisher": "KS", "language": "nn", "fetched_at": "2024-05-03T06:00:00Z",
                                           "license": "CC-BY-4.0", "note": "Line one.\nLine two.", "feed": "ks"}))
    assert meta.metadata.published == date(2024, 5, 2) and meta.metadata.language == "nn" and meta.warnings == ()
    assert meta.metadata.accessed == date(2024, 5, 3) and meta.metadata.note == "Line one.\nLine two."


@pytest.mark.parametrize(("data", "words"), [
    ("{", "not valid JSON"),
    ([1], "JSON object"),
    ({"url": 1}, "'url' must be a string"),
    ({"url": "ftp://x.no/a"}, "http(s)"),
    ({"url": "https:///nohost"}, "http(s)"),
    ({"published": "2023-13-01"}, "not a real ISO date"),
    ({"published": "1066-10-14"}, "outside the years"),
    ({"published": 20230502}, "'published' must be a string"),
    ({"language": "sv"}, "'language'"),
    ({"title": "x" * 501}, "501 characters"),
    ({"publisher": "KS\u0007"}, "control characters"),
    ('{"url": "https://a.no/", "url": "https://b.no/"}', "appears more than once"),
    ({"title": "x" * 70_000}, "a sidecar holds at most 64 KB"),
])
def test_bad_sidecars_name_the_field(tmp_path: Path, data: object, words: str) -> None:
    with pytest.raises(SidecarError, match=words.replace("(", r"\(").replace(")", r"\)")) as error:
        read_sidecar(sidecar(tmp_path, data))
    assert "a.meta.json" in str(error.value)


def test_unknown_sidecar_keys_are_a_warning(tmp_path: Path) -> None:
    assert "'colour'" in read_sidecar(sidecar(tmp_path, {"colour": "red"})).warnings[0]


@pytest.mark.parametrize(("text", "language"), [
    ("The municipalities say that the government has not done enough, and they would like more money from it.", "en"),
    ("Kommunerna säger att regeringen inte har gjort tillräckligt och att staten måste betala för det.", "sv"),
    ("Nu siger kommunerne efter mødet, at regeringen af og til glemmer dem. Hvad skal de gøre? Nogle af dem vil have "
     "mere, siger formanden.", "da"),
    ("Die Gemeinden sagen, dass die Regierung nicht genug getan hat und auch mehr zahlen muss, sagt der Verband.", "de"),
    ("漢字 " * 60, "und"),
])
def test_other_languages_are_detected(text: str, language: str) -> None:
    found = foreign_language(text)
    assert found is not None and found.language == language


@pytest.mark.parametrize("text", [
    NORSK,
    "Kommunane meiner at regjeringa ikkje har gjort nok, seier ho. Dei vil ha meir pengar frå staten.",
    "KS sier: «The municipalities have a problem», og legger til at staten må betale mer, og at det haster.",
    "Kort tekst.",
])
def test_norwegian_is_not_foreign(text: str) -> None:
    assert foreign_language(text) is None and written_standard(text) in ("nb", "nn")


def test_normalise_removes_controls_and_bidi() -> None:
    assert normalise("K\u202eS\u200f sier\x07 \x1bnei\u2028Ny linje\x85") == "KS sier nei\nNy linje\n"


def test_overlong_sentences_are_cut_with_exact_offsets() -> None:
    text = normalise("Kommunene " + "og staten " * 1000 + "sier nei.")
    sentences = [s for b in segment(text) for s in b.sentences]
    assert len(sentences) > 1 and all(len(s.text) <= MAX_SENTENCE_CHARS for s in sentences)
    assert all(text[s.start:s.end] == s.text for s in sentences)


def test_screen_sets_aside_duplicates_and_runaway_documents() -> None:
    first = extract(dataclasses.replace(make_document(NORSK), source_file="a.txt", doc_id=document_id("a.txt")))
    copy = dataclasses.replace(first, document=dataclasses.replace(first.document, source_file="b.txt",
                                                                   doc_id=document_id("b.txt")))
    speaker = first.statements[0].speaker if first.statements else None
    many = tuple(Statement("indirect", speaker, "Kari", 21 + 0 * i, 25, "r", 0) for i in range(1))
    runaway = dataclasses.replace(copy, document=dataclasses.replace(copy.document, source_file="c.txt", text=NORSK * 300,
                                                                     doc_id=document_id("c.txt")),
                                  statements=tuple(Statement("indirect", speaker or many[0].speaker, "Styreleder",
                                                             i * len(NORSK), i * len(NORSK) + 10, "r", 0)
                                                   for i in range(201)))
    screened = screen([runaway, copy, first])
    assert [e.document.source_file for e in screened.kept] == ["a.txt"]
    reasons = {q.source_file: q.reason for q in screened.set_aside}
    assert "duplicate: same text as a.txt" in reasons["b.txt"]
    assert "201 rows from c.txt" in reasons["c.txt"] and "more than 200" in reasons["c.txt"]


@pytest.mark.parametrize(("previous", "new", "removed", "words"), [
    ({"documents": 5}, {"documents": 0}, {"documents": 5}, ["remove all 5 published documents", "--allow-shrink"]),
    ({}, {"documents": 0}, {}, ["empty package"]),
    ({"documents": 5, "meetings": 5}, {"documents": 5, "meetings": 0}, {"meetings": 5}, ["meetings: 5 published rows"]),
    ({"documents": 100, "demands": 1000}, {"documents": 100, "demands": 700}, {"demands": 300}, ["300 of 1000", "30%"]),
])
def test_shrinkage_stops(previous: dict[str, int], new: dict[str, int], removed: dict[str, int], words: list[str]) -> None:
    problems = " ".join(shrink_problems(previous, new, removed))
    assert all(w in problems for w in words), problems


@pytest.mark.parametrize(("previous", "new", "removed"), [
    ({"documents": 5, "demands": 52}, {"documents": 4, "demands": 38}, {"documents": 1, "demands": 14}),
    ({"documents": 100, "demands": 1000}, {"documents": 110, "demands": 1050}, {"demands": 150}),
    ({}, {"documents": 1}, {}),
])
def test_normal_releases_pass(previous: dict[str, int], new: dict[str, int], removed: dict[str, int]) -> None:
    assert shrink_problems(previous, new, removed) == []


def test_cache_failures_are_warnings(tmp_path: Path) -> None:
    blocked = tmp_path / "file"
    blocked.write_text("x")
    cache = ExtractionCache(Store(str(blocked)))
    extraction = extract(make_document(NORSK))
    assert cache.load("extractions/k.json") == (None, cache.load("extractions/k.json")[1])
    assert "cannot read" in str(cache.load("extractions/k.json")[1])
    path, warning = cache.store_extraction("extractions/k.json", extraction)
    assert path is None and "cannot write" in str(warning)
    good = ExtractionCache(Store(str(tmp_path / "c")))
    assert good.load("extractions/k.json") == (None, None)  # a miss is no warning
    good.store_extraction("extractions/k.json", extraction)
    assert good.load("extractions/k.json") == (extraction, None)
    Path(good.path("extractions/k.json")).write_text("{", encoding="utf-8")
    assert good.load("extractions/k.json")[0] is None and "damaged" in str(good.load("extractions/k.json")[1])


def test_prune_deletes_only_unused_entries_of_a_local_cache(tmp_path: Path) -> None:
    store = Store(str(tmp_path))
    used = store.write("shards/a.json", "{}")
    unused = store.write("extractions/b.json", "{}")
    other = store.write("published-index.json", "{}")
    assert prune(store, {used}) == 1
    assert Path(used).exists() and not Path(unused).exists() and Path(other).exists()


def test_extractor_version_covers_every_module_extraction_imports() -> None:
    names = {p.name for p in module_closure(EXTRACTION_ENTRY_POINTS)}
    assert {"lexicon.py", "ids.py", "normalise.py", "segment.py", "budget.py", "records.py", "people.py"} <= names
    assert not {"flow.py", "publish.py", "cli.py", "fetch.py"} & names


@pytest.mark.parametrize(("text", "line", "words"), [
    ('url,slug\nhttps://a.no/x,"ab\nhttps://b.no/y,c\n', 2, "quote"),
    ('url,slug\n"https://a.no/x"x,a\n', 2, "not valid CSV"),
    ("url\nhttps://a.no/x\n" + "https://b.no/" + "y" * 200_000 + "\n", 3, "200,013 characters"),
    ("url,slug\nhttps://a.no/x,a\nnot-a-url,b\n", 3, "http(s)"),
])
def test_sources_errors_name_the_line(tmp_path: Path, text: str, line: int, words: str) -> None:
    path = tmp_path / "sources.csv"
    path.write_text(text, encoding="utf-8")
    with pytest.raises(SourcesError, match=words.replace("(", r"\(").replace(")", r"\)")) as error:
        read_sources(path)
    assert f"sources.csv:{line}:" in str(error.value)


def test_nothing_published_reads_as_nothing(tmp_path: Path) -> None:
    assert read_published(tmp_path).version is None


def test_a_long_parse_is_cut_into_pieces_of_whole_sentences_and_checks_the_budget(monkeypatch: pytest.MonkeyPatch) -> None:
    from flows.budget import BudgetExceeded, time_budget
    from flows.extract import parse

    sentences = [(f"Kari Nordmann sa at kommunane må få {n} kroner.", 100 * n) for n in range(6)]
    assert [len(c) for c in parse._chunks(sentences, 100)] == [2, 2, 2]
    assert [len(c) for c in parse._chunks(sentences, 10)] == [1] * 6  # a sentence longer than the limit is one piece
    whole = parse.spacy_parser(sentences)
    monkeypatch.setattr(parse, "PARSE_CHUNK_CHARS", 100)
    pieces = parse.spacy_parser(sentences)
    assert [(p.start, p.end, len(p.tokens)) for p in pieces] == [(p.start, p.end, len(p.tokens)) for p in whole]
    calls: list[int] = []
    real = parse._parse_lines
    monkeypatch.setattr(parse, "_parse_lines", lambda part: calls.append(len(part)) or real(part))
    with pytest.raises(BudgetExceeded), time_budget(0.0):
        parse.spacy_parser(sentences)
    assert calls == [2], "the budget was not checked after the first piece"
