"""A modal inside a question is no call on anyone: "Om regjeringen bør gi mer, er et politisk spørsmål", "Hvorvidt
staten må betale, er uklart" (`question_openers` in request_verbs.yaml, position_cues._question); "om" that opens a
time adverbial before an inverted modal ("Om kort tid må regjeringen legge fram ...") still opens a demand. Invented
texts, bokmål and nynorsk, with negatives."""
from __future__ import annotations

import pytest

from extract_kit import cases, demands

QUESTIONS = [
    ("whether_clause_nb",
     "KS møtte finansministeren.\n\n– Om regjeringen bør gi mer, er et politisk spørsmål, sier forsker Per Lie.",
     "nb", []),
    ("whether_clause_then_demand_nn",
     "KS møtte landbruksministeren.\n\n– Om vi får det vi treng, veit vi først i juni. Staten må ta heile kostnaden "
     "med veterinærvakta, seier ordførar Kari Lid.",
     "nn", [("KS", "staten", "Staten må ta heile kostnaden med veterinærvakta")]),
    ("hvorvidt_clause_nb",
     "KS møtte kommunalministeren.\n\n– Hvorvidt staten må betale, er uklart, men regjeringen må avklare det før "
     "sommeren, sier KS-leder Kari Lund.",
     "nb", [("KS", "regjeringen", "regjeringen må avklare det før sommeren")]),
]

NOT_QUESTIONS = [
    ("time_adverbial_nb",
     "KS møtte kommunalministeren.\n\n– Om kort tid må regjeringen legge fram en plan for vannsektoren, sier "
     "KS-leder Kari Lund.",
     "nb", [("KS", "regjeringen", "Om kort tid må regjeringen legge fram en plan for vannsektoren")]),
    ("condition_before_inverted_modal_nb",
     "KS møtte kommunalministeren.\n\n– Om staten vil ha flere barnehageplasser, må staten betale for dem, sier "
     "KS-leder Kari Lund.",
     "nb", [("KS", "staten", "må staten betale for dem")]),
]


@pytest.mark.parametrize("raw,language,expected", cases(QUESTIONS, NOT_QUESTIONS))
def test_questions_are_no_demands(raw: str, language: str, expected: list[tuple[str, str | None, str]]) -> None:
    assert demands(raw, language) == expected
