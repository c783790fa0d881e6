"""Reported speech where the parse decides: a second predicate "men la til at", an adjective
inside a phrase of saying ("la stor vekt på at"), and a person named inside a clause or
participle phrase of a body's subject, who does not speak for it ("Utvalget, som ledes av NN,
slår fast at"). Invented texts, positives and negatives; the whole extractor runs."""
from __future__ import annotations

import pytest

from extract_kit import cases, statement_rows as rows


CASES = [
    ("but_added_that", "Statsråd Per Hansen møtte KS. Han sa at han forstår uroen, men la til at det ikke er "
     "aktuelt å endre ordningen nå.", "nb",
     [("indirect", "Per Hansen", "han forstår uroen"),
      ("indirect", "Per Hansen", "det ikke er aktuelt å endre ordningen nå")]),
    ("and_added_that_nn", "Statssekretær Kari Lid møtte KS. Ho sa at ho forstår uroa, og la til at det ikkje er "
     "aktuelt å endre ordninga i år.", "nn",
     [("indirect", "Kari Lid", "ho forstår uroa"), ("indirect", "Kari Lid", "det ikkje er aktuelt å endre ordninga i år")]),
    ("adjective_inside_phrase", "Styreleder i KS, Kari Lund, la i møtet stor vekt på at mange kommuner nå bruker av "
     "fondene sine.", "nb", [("indirect", "Kari Lund", "mange kommuner nå bruker av fondene sine")]),
    # "la til rette for" is no verb of saying, with or without a clause after it
    ("arranged_for_is_no_speech", "Ordfører Kari Lund la til rette for at flere kan jobbe hjemmefra.", "nb", []),
    # a body speaks when the person is named in a clause or participle phrase inside its subject
    ("person_in_relative_clause", "Utvalget, som ledes av professor Kari Lund, slår fast at økonomien er svak.", "nb",
     []),
    ("person_in_participle_phrase_nn", "Kommisjonen, leidd av Ola Berg, peika i fjor på at det ikkje er nok folk.",
     "nn", []),
    ("promise_infinitive_nn", "Statssekretær Kari Lid vitja Nordby. Ho lova å kome tilbake til fylket i løpet av "
     "hausten.", "nn", [("indirect", "Kari Lid", "kome tilbake til fylket i løpet av hausten")]),
    ("promise_infinitive", "Statsråd Per Hansen lovet å se på saken før sommeren.", "nb",
     [("indirect", "Per Hansen", "se på saken før sommeren")]),
    # a promise of a thing reports no words
    ("promise_of_a_thing", "Statsråd Per Hansen lovet mer penger.", "nb", []),
    # the person as head of the subject, with a clause after the name, still speaks
    ("person_with_relative_clause", "Ola Berg, som er ordfører i Nordby, sa at økonomien er svak.", "nb",
     [("indirect", "Ola Berg", "økonomien er svak")]),
    ("title_of_a_body_in_apposition", "Lederen av utvalget, Kari Lund, mener at økonomien er svak.", "nb",
     [("indirect", "Kari Lund", "økonomien er svak")]),
]


@pytest.mark.parametrize("raw,language,expected", cases(CASES))
def test_reported_speech_structure(raw: str, language: str, expected: list[tuple[str, str, str]]) -> None:
    assert rows(raw, language) == expected


def test_place_in_a_body_name_is_no_surname() -> None:
    """A newspaper named after a place ("Avisa Nordby") is read as a person by its last word; the same
    word opening a body's name ("Nordby fylkeskommune") is the body, which gives no statement."""
    raw = ("Leder Kari Lund sier til Avisa Nordby at fergene er viktige. Nordby fylkeskommune har i sitt innspill "
           "krevd at staten dekker kostnadene fullt ut.")
    assert rows(raw) == [("indirect", "Kari Lund", "fergene er viktige")]
