from __future__ import annotations

import re
import unicodedata

import pytest
from hypothesis import given
from hypothesis import strategies as st

from flows.normalise import normalise, normalise_line


@pytest.mark.parametrize(("raw", "expected"), [
    ("- Vi ber om mer.", "– Vi ber om mer."),
    ("-Vi ber om mer.", "– Vi ber om mer."),
    ("– Vi ber om mer.", "– Vi ber om mer."),
    ("—Vi ber om mer.", "– Vi ber om mer."),
    ("\u2212 Vi ber om mer.", "– Vi ber om mer."),
    ("Kommunene vil - men det krever mer.", "Kommunene vil – men det krever mer."),
    ("helse- og omsorgstjenesten", "helse- og omsorgstjenesten"),
    ("e-helse og Covid-19", "e-helse og Covid-19"),
    ("Han sa \u201dnei\u201d i dag", "Han sa «nei» i dag"),
    ("Han sa \u201cnei\u201d i dag", "Han sa «nei» i dag"),
    ('Han sa "nei" og "ja"', "Han sa «nei» og «ja»"),
    ("«*vår felles helsetjeneste*»", "«vår felles helsetjeneste»"),
    ("*-Vi ber om mer.*", "– Vi ber om mer."),  # a dash inside emphasis is a leading dash too
    ("to\u00a0ord  her ", "to ord her"),
    ("ska\u00adde", "skade"),
])
def test_normalise_line(raw: str, expected: str) -> None:
    assert normalise_line(raw) == expected


def test_boilerplate_lines_are_dropped_without_merging_paragraphs() -> None:
    raw = "Første avsnitt. Les mer\n\nLenkeblokk Icon Noe annet\n\nSe opptaket av lanseringen\n\nAndre avsnitt.\n"
    assert normalise(raw) == "Første avsnitt.\n\nAndre avsnitt.\n"


def test_headings_and_list_indentation_are_kept() -> None:
    raw = "# Tittel\n\n- punkt\n  - underpunkt\n"
    assert normalise(raw) == "# Tittel\n\n– punkt\n  – underpunkt\n"


def test_crlf_and_blank_runs() -> None:
    assert normalise("a\r\n\r\n\r\n\r\nb\r\n") == "a\n\nb\n"


def test_nfc() -> None:
    decomposed = unicodedata.normalize("NFD", "Høie og Følling på møtet")
    assert normalise(decomposed) == "Høie og Følling på møtet\n"


TEXT = st.lists(st.sampled_from(list("abcæøå ÆØÅ-–—\"«»“”\u00a0\n\t.,*_#") + ["Les mer", "\r\n"]), max_size=80).map("".join)


@given(TEXT)
def test_normalise_is_idempotent(text: str) -> None:
    once = normalise(text)
    assert normalise(once) == once


@given(TEXT)
def test_normalised_text_is_clean(text: str) -> None:
    out = normalise(text)
    assert unicodedata.is_normalized("NFC", out)
    assert "\r" not in out and "\u00a0" not in out and "\t" not in out
    assert "\n\n\n" not in out
    assert all(line == line.rstrip() for line in out.split("\n"))
    assert not any(re.match(r"\s*[-—]\s*\w", line) for line in out.split("\n"))
