from __future__ import annotations

import json
from datetime import date
from pathlib import Path

import pytest

from flows.ingest import UnreadableFile, decode, guess_language, ingest, read_document

NORSK = "Styreleder i KS, Kari Nordmann, sier at kommunene trenger mer penger.\n"


def test_utf8_with_and_without_bom() -> None:
    assert decode(NORSK.encode("utf-8")) == (NORSK, "utf-8")
    assert decode(b"\xef\xbb\xbf" + NORSK.encode("utf-8")) == (NORSK, "utf-8-sig")


def test_cp1252_fallback_keeps_norwegian_letters() -> None:
    text, encoding = decode("Møte om økonomi på Ås – «viktig»".encode("cp1252"))
    assert encoding == "cp1252" and text == "Møte om økonomi på Ås – «viktig»"


@pytest.mark.parametrize(("data", "reason"), [
    (b"", "empty file"),
    (b"  \n\n ", "empty file"),
    (b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR", "binary file"),
    (bytes(range(1, 32)) * 20, "binary file"),
])
def test_unreadable_bytes(data: bytes, reason: str) -> None:
    with pytest.raises(UnreadableFile, match=reason):
        decode(data)


@pytest.mark.parametrize(("text", "language"), [
    ("Kommunane meiner at regjeringa ikkje har gjort nok, seier ho.", "nn"),
    ("Kommunene mener at regjeringen ikke har gjort nok, sier hun.", "nb"),
])
def test_language_guess(text: str, language: str) -> None:
    assert guess_language(text) == language


def test_sidecar_metadata_and_ids(tmp_path: Path) -> None:
    (tmp_path / "a.txt").write_text(NORSK, encoding="utf-8")
    (tmp_path / "a.meta.json").write_text(json.dumps({
        "url": "https://www.ks.no/a/", "title": "Tittel", "published": "2023-05-02", "language": "nn"}))
    doc = read_document(tmp_path / "a.txt")
    assert doc.meta.published == date(2023, 5, 2) and doc.language == "nn" and doc.title == "Tittel"
    assert doc.doc_id == read_document(tmp_path / "a.txt").doc_id and doc.doc_id.startswith("doc-")


def test_folder_with_bad_files_quarantines_them_and_keeps_the_rest(tmp_path: Path) -> None:
    (tmp_path / "good.txt").write_text(NORSK, encoding="utf-8")
    (tmp_path / "empty.txt").write_bytes(b"")
    (tmp_path / "image.txt").write_bytes(b"\x89PNG\x00\x00binary")
    (tmp_path / "bad-meta.txt").write_text(NORSK, encoding="utf-8")
    (tmp_path / "bad-meta.meta.json").write_text("{not json")
    (tmp_path / "notes.csv").write_text("ignored")
    documents, quarantined = ingest(tmp_path)
    assert [d.source_file for d in documents] == ["good.txt"]
    reasons = {q.source_file: q.reason for q in quarantined}
    assert set(reasons) == {"empty.txt", "image.txt", "bad-meta.txt"}
    assert "empty" in reasons["empty.txt"] and "binary" in reasons["image.txt"]
    assert "bad-meta.meta.json" in reasons["bad-meta.txt"]
