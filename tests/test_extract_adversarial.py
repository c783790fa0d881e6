"""extract() on adversarial text (issue 10): no exception, valid offsets, a deadline per text.

Written against the extractor's interface only, `flows.extract.extract(Document) -> Extraction`,
on texts normalised as the pipeline normalises them, so that it keeps holding when the
extractor is replaced. Hypothesis feeds 10,000 generated texts (pathological runs of «,
dashes, 'sa', emphasis markers; control, zero-width and bidi characters; HTML and
script; spreadsheet formula prefixes; bokmål and nynorsk words; quotes and dashes mixed),
each within a deadline; the named giant inputs of the issue run once each; and the
time budget stops an extraction that would run long.
"""
from __future__ import annotations

import time
from datetime import date, timedelta
from pathlib import Path

import pytest
from hypothesis import HealthCheck, example, given, settings
from hypothesis import strategies as st

from flows.budget import BudgetExceeded, time_budget
from flows.extract import extract
from flows.ingest import read_document
from flows.model import Document, Extraction, Metadata
from flows.normalise import normalise
from flows.tables import build_tables
from flows.validate import sanity_check_offsets

pytestmark = pytest.mark.slow

ROOT = Path(__file__).resolve().parent.parent
EXAMPLES = 10_000
DEADLINE = timedelta(seconds=10)  # a text of a few thousand characters takes milliseconds
GIANT_SECONDS = 60.0  # the campaign's bound for one case

PUNCTUATION = ["«", "»", "\"", "“", "”", "„", "'", "– ", "- ", "—", " – ", "-", ". ", "!", "?", "...", ", ", ": ",
               "; ", "(", ")", "[", "]", "#", "# ", "1. ", "2) ", "• ", "* ", "_", "*", "**", "__", "/"]
WORDS = ["KS", "ber", "regjeringen", "regjeringa", "om å", "om at", "sier", "seier", "sa", "mener", "meiner", "må",
         "bør", "krever", "krev", "kommunene", "kommunane", "staten", "Stortinget", "styreleder", "styreleiar",
         "statsråd", "statsråden", "helseministeren", "kommunalminister", "Kari Nordmann", "Ola Hansen", "Nordmann",
         "han", "hun", "ho", "vi", "ikke", "ikkje", "og", "også", "òg", "møtte", "konsultasjonsmøtet",
         "Kommunal- og distriktsdepartementet", "Helse- og omsorgsdepartementet", "4. mai", "tysdag", "i 2024",
         "mer penger", "kommuneøkonomien", "behov for", "det trengs", "la til", "understreket", "Foto: NTB"]
HOSTILE = ["\x00", "\x07", "\x1b[31m", "\x7f", "\x85", "\u200b", "\u200d", "\ufeff", "\u00ad", "\u202e", "\u202d",
           "\u2066", "\u2069", "\u200f", "\u2028", "\u2029", "<script>", "</script>", "<b>", "&amp;", "<!--",
           "=cmd|' /C calc'!A0", "=HYPERLINK(\"http://x\")", "+", "-1", "@SUM(A1)", "\t=", "😀", "ﬁ", "é", "Å"]
LAYOUT = ["\n", "\n\n", "\r\n", "\r", " ", "  ", "\t", "\n- ", "\n– ", "\n# "]
RUN_UNITS = ["«", "»", "–", "- ", "—", "sa ", "_", "*", "_x ", "**x ", ". ", "a", "A", "Kari ", "og ", ", ", "\n",
             "«a» ", "– «", "KS ber regjeringen om å ", "sier Ola Hansen. ", "(", "1", "#"]

runs = st.tuples(st.sampled_from(RUN_UNITS), st.integers(1, 300)).map(lambda t: t[0] * t[1])
pieces = st.one_of(st.sampled_from(PUNCTUATION), st.sampled_from(WORDS), st.sampled_from(HOSTILE),
                   st.sampled_from(LAYOUT), runs, st.text(max_size=8))
texts = st.lists(pieces, max_size=60).map(" ".join) | st.lists(pieces, max_size=60).map("".join)


def document(raw: str, language: str = "nb", published: date | None = None) -> Document:
    return Document(doc_id="doc-0000000000000000", source_file="t.txt", sha256="0" * 64, encoding="utf-8",
                    text=normalise(raw), language=language, meta=Metadata(published=published))


def offset_problems(extraction: Extraction) -> list[str]:
    """Every statement, demand and meeting offset inside the text and covering its own text."""
    text = extraction.document.text
    problems = sanity_check_offsets(build_tables([extraction]))
    meeting = extraction.meeting
    if meeting is not None:
        for start, end in ((meeting.evidence_start, meeting.evidence_end), (meeting.date.start, meeting.date.end)):
            if start is not None and not (0 <= start <= (end if end is not None else start) <= len(text)):
                problems.append(f"meeting offsets ({start}, {end}) outside the text of {len(text)} characters")
    for demand in extraction.demands:
        if demand.statement is not None and not (0 <= demand.statement[0] < demand.statement[1] <= len(text)):
            problems.append(f"demand's statement span {demand.statement} outside the text")
    return problems


def setup_module() -> None:
    """Compile every pattern the extractor builds lazily, so the deadline measures extraction only."""
    for path in sorted((ROOT / "raw").glob("*.txt")) + sorted((ROOT / "eval").glob("*/raw/*.txt")):
        extract(read_document(path))


@settings(max_examples=EXAMPLES, deadline=DEADLINE, suppress_health_check=[HealthCheck.too_slow,
                                                                           HealthCheck.data_too_large])
@given(raw=texts, language=st.sampled_from(["nb", "nn"]),
       published=st.none() | st.dates(min_value=date(1990, 1, 1), max_value=date(2040, 12, 31)))
@example(raw="« må KS ber regjeringen om å ", language="nb", published=None)  # a clause of quotation marks alone
def test_extract_survives_adversarial_text(raw: str, language: str, published: date | None) -> None:
    doc = document(raw, language, published)
    extraction = extract(doc)
    assert extraction.document == doc
    assert offset_problems(extraction) == []


def _with_article(tail: str) -> str:
    return ("KS møtte Kommunal- og distriktsdepartementet 3. mars.\n\n– Vi ber regjeringen om å styrke "
            "kommuneøkonomien, sier styreleder i KS, Kari Nordmann.\n\n" + tail + "\n")


GIANTS = {
    "100k «": "«" * 100_000,
    "100k dashes": "–" * 50_000 + "\n" + "- " * 25_000 + "—" * 25_000,
    "50k 'sa'": "sa " * 50_000,
    "100k emphasis markers": "_x *y " * 25_000 + "*" * 25_000 + "_" * 25_000,
    "one 50k-word sentence": "Kommunene " + "og staten " * 25_000 + "sier Ola Hansen.",
    "100k quotes and dashes mixed": "– «» – " * 15_000 + "«–»" * 10_000,
}


@pytest.mark.parametrize("name", list(GIANTS))
def test_giant_pathological_input(name: str) -> None:
    doc = document(_with_article(GIANTS[name]))
    start = time.perf_counter()
    extraction = extract(doc)
    elapsed = time.perf_counter() - start
    assert offset_problems(extraction) == []
    assert elapsed < GIANT_SECONDS, f"{name}: {elapsed:.0f} s"


QUADRATIC = {  # inputs that made the pre-budget extractor loop for minutes
    "2,000 dash quotations": "– Vi må få mer penger, sier styreleder Kari Nordmann.\n\n" * 2_000,
    "6,000 names on a line": "Kari Nordmann og Ola Hansen, " * 3_000,
    "20,000 capitalised words": "Kari " * 20_000,
}


@pytest.mark.parametrize("name", list(QUADRATIC))
def test_time_budget_stops_a_long_extraction(name: str) -> None:
    """Under a budget, extraction finishes or raises BudgetExceeded soon after the deadline."""
    doc = document(QUADRATIC[name])
    seconds = 0.5
    start = time.perf_counter()
    try:
        with time_budget(seconds):
            extraction = extract(doc)
        assert offset_problems(extraction) == []
    except BudgetExceeded as exc:
        assert str(exc) == "extraction exceeded 0.5 s"
    assert time.perf_counter() - start < seconds + 10, "the extractor does not check its budget often enough"


def test_no_budget_outside_a_budget_block() -> None:
    extraction = extract(document(QUADRATIC["20,000 capitalised words"][:5000]))
    assert offset_problems(extraction) == []
