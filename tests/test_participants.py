"""Golden tests for meeting participants (names, roles, organisations)."""
from __future__ import annotations

from datetime import date

import pytest

from flows.extract.meetings import extract_meeting
from flows.model import Document, Mention, Metadata
from flows.normalise import normalise
from flows.segment import segment


def _participants(text: str, language: str = "nb") -> tuple[Mention, ...]:
    doc = Document(doc_id="d", source_file="t.txt", sha256="", encoding="utf-8", text=normalise(text),
                   language=language, meta=Metadata(published=date(2023, 5, 2)))
    m = extract_meeting(doc, segment(doc.text), ())
    assert m is not None
    return m.participants


CASES = [
    ("attendance_nn",
     "Konsultasjonsmøte mellom KS og Kunnskapsdepartementet fann stad 4. mars. Statsråd Per Hansen og "
     "statssekretærane Kari Li og Ola Dal møtte KS ved leiar Anne Berg, nestleiar Jon Vik, Eva Ås og Tor Lund.",
     "nn",
     {"Per Hansen": ("statsråd", "Kunnskapsdepartementet"), "Kari Li": ("statssekretær", "Kunnskapsdepartementet"),
      "Ola Dal": ("statssekretær", "Kunnskapsdepartementet"), "Anne Berg": ("leiar", "KS"),
      "Jon Vik": ("nestleiar", "KS"), "Eva Ås": (None, "KS"), "Tor Lund": (None, "KS")}),
    ("debate_list",
     "Mandag lanserte KS en rapport og inviterte til debatt. Helse- og omsorgsminister Per Hansen, styreleder i KS, "
     "Anne Berg og Kari Moe (SP) og ordførerne Ola Dal, Eva Ås og Tor Lund deltok i debatten.",
     "nb",
     {"Per Hansen": ("helse- og omsorgsminister", "Helse- og omsorgsdepartementet"), "Anne Berg": ("styreleder", "KS"),
      "Kari Moe": (None, "SP"), "Ola Dal": ("ordfører", None), "Eva Ås": ("ordfører", None),
      "Tor Lund": ("ordfører", None)}),
    ("meeting_with_new_minister",
     "- Vi trenger virkemidler, innledet styreleder i KS, Anne Berg i møte med ny klima- og miljøminister "
     "Per Hansen (Ap).",
     "nb",
     {"Anne Berg": ("styreleder", "KS"), "Per Hansen": ("klima- og miljøminister", "Klima- og miljødepartementet")}),
    ("quoted_speakers_fallback",
     "I konsultasjonsmøtet med Helse- og omsorgsdepartementet tok KS opp legevakt.\n\n"
     "- Det haster, sier styreleder i KS, Anne Berg.\n\n"
     "Mette Nord, rådmann i Melhus kommune, mener situasjonen er krevende.",
     "nb",
     {"Anne Berg": ("styreleder", "KS"), "Mette Nord": ("rådmann", "Melhus kommune")}),
    ("signatories",
     "I konsultasjonsmøtet med Helse- og omsorgsdepartementet 3. desember ble pandemien diskutert. "
     "I forbindelse med møtet signerte Ingvild Kjerkol og Anne Berg en samarbeidsavtale.",
     "nb",
     {"Ingvild Kjerkol": ("helse- og omsorgsminister", "Helse- og omsorgsdepartementet"), "Anne Berg": (None, None)}),
    ("minister_by_surname",
     "Personell var tema da KS møtte regjeringen til det faste konsultasjonsmøtet om helse. Yngre brukere ble "
     "drøftet med helseministeren. KS ba også om at Kjerkol sørger for flere døgnplasser.",
     "nb",
     {"Kjerkol": ("helseminister", "Helse- og omsorgsdepartementet")}),
]


@pytest.mark.parametrize("case_id, text, language, expected", CASES, ids=[c[0] for c in CASES])
def test_participants(case_id: str, text: str, language: str, expected: dict) -> None:
    got = {p.name: (p.role, p.organisation) for p in _participants(text, language)}
    assert got == expected


@pytest.mark.parametrize("text, not_expected", [
    ("I konsultasjonsmøtet med KD tok KS opp lærermangelen. Hør podcast-episoden med forsker Tarald Rohde, "
     "som sier mye klokt.", "Tarald Rohde"),
    ("KS møtte kunnskapsministeren om rapporten fra utvalget, ledet av professor Gunnar Bovim.", "Gunnar Bovim"),
    ("I konsultasjonsmøtet med KD tok KS opp lærermangelen. Statsminister Erna Solberg har tidligere sagt at dette "
     "er viktig.", "Erna Solberg"),
])
def test_only_mentioned_are_not_participants(text: str, not_expected: str) -> None:
    names = {p.name for p in _participants(text)}
    assert not_expected not in names


def test_full_name_kept_for_later_surname() -> None:
    text = ("I konsultasjonsmøtet med Finansdepartementet tok styreleder i KS, Anne Marie Berg, opp økonomien.\n\n"
            "- Rammene må økes, sier Berg.")
    names = [p.name for p in _participants(text)]
    assert names == ["Anne Marie Berg"]


@pytest.mark.xfail(strict=True, reason="a participant referred to only by pronoun or title with no name "
                                       "('statsråden') cannot be listed")
def test_unnamed_minister() -> None:
    text = "KS hadde konsultasjonsmøte med Kunnskapsdepartementet. Statsråden lovte å se på saken."
    assert _participants(text)
