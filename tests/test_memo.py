"""`memo.per_document`: repeated pure lookups are answered once per document, and nothing is kept
from one document to the next."""
from __future__ import annotations

import threading

import pytest

from flows.extract import extract
from flows.extract.organisation_names import organisations_in
from flows.extract.memo import memoised, per_document
from flows.model import Document

CALLS: list[str] = []


@memoised
def _shout(text: str) -> str:
    CALLS.append(text)
    return text.upper()


@pytest.fixture(autouse=True)
def _fresh() -> None:
    CALLS.clear()


def test_outside_a_document_every_call_computes() -> None:
    assert [_shout("ks"), _shout("ks")] == ["KS", "KS"]
    assert CALLS == ["ks", "ks"]


def test_inside_a_document_a_repeated_call_is_answered_from_the_memo() -> None:
    with per_document():
        assert [_shout("ks"), _shout("kommunane"), _shout("ks")] == ["KS", "KOMMUNANE", "KS"]
    assert CALLS == ["ks", "kommunane"]


def test_nothing_is_kept_from_one_document_to_the_next() -> None:
    for _ in range(2):
        with per_document():
            _shout("ks")
    assert CALLS == ["ks", "ks"]


def test_each_thread_has_its_own_memo() -> None:
    with per_document():
        _shout("ks")
        worker = threading.Thread(target=_shout, args=("ks",))
        worker.start()
        worker.join()
    assert CALLS == ["ks", "ks"]  # the other thread opened no document: it computed


@pytest.mark.parametrize("text", ["Fagforbundet og KS møtte Nordby kommune.", "Fylkestinget i Vestland sa nei.", ""])
def test_a_memoised_lookup_gives_what_it_gives_outside(text: str) -> None:
    outside = organisations_in(text)
    with per_document():
        first = organisations_in(text)
        first.append(None)  # a caller changing its list does not change the memo's answer
        second = organisations_in(text)
    assert first[:-1] == second == outside


def test_extract_gives_the_same_rows_twice() -> None:
    text = ("KS møtte kommunalministeren tysdag.\n\n– Vi ber regjeringa om å styrkje kommuneøkonomien, "
            "seier styreleiar Kari Nordmann i KS.\n")
    document = Document("doc-test", "x.txt", "0" * 64, "utf-8", text, "nn")
    assert extract(document) == extract(document)
