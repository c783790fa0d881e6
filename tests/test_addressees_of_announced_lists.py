"""Addressees of a list announced on its line (invented texts): a request verb that announces its list on the same
line ("ba KS departementet om tre ting: A, B og C") asks each member of the one in its object, as a lead-in
announcing paragraphs does; a verb that asks no one ("krev", "foreslår") gives its members no addressee."""
from __future__ import annotations

import pytest

from extract_kit import KD, cases, demands

Row = tuple[str, str | None, str]

ASKED_IN_LEAD = [
    ("asked_ministry_nb",
     "KS møtte Kunnskapsdepartementet i går.\n\nI høringen ba KS departementet om tre ting: en ny "
     "finansieringsmodell, tydelige krav til skolebyggene og reell innflytelse for kommunene.",
     [("KS", KD, "en ny finansieringsmodell"), ("KS", KD, "tydelige krav til skolebyggene"),
      ("KS", KD, "reell innflytelse for kommunene")]),
    ("asked_ministry_nn",
     "KS møtte Kunnskapsdepartementet i går.\n\nI høyringa bad KS departementet om tre ting: ein ny "
     "finansieringsmodell, tydelege krav til skulebygga og reell innverknad for kommunane.",
     [("KS", KD, "ein ny finansieringsmodell"), ("KS", KD, "tydelege krav til skulebygga"),
      ("KS", KD, "reell innverknad for kommunane")]),
    ("asked_government_nb",
     "KS la fram budsjettinnspillet i går.\n\nKS ba regjeringen om tre ting: en økning i frie inntekter, "
     "en ny ordning for ressurskrevende tjenester og full kompensasjon for pensjonskostnadene.",
     [("KS", "regjeringen", "en økning i frie inntekter"),
      ("KS", "regjeringen", "en ny ordning for ressurskrevende tjenester"),
      ("KS", "regjeringen", "full kompensasjon for pensjonskostnadene")]),
]


@pytest.mark.parametrize("text,expected", cases(ASKED_IN_LEAD))
def test_addressees(request: pytest.FixtureRequest, text: str, expected: list[Row]) -> None:
    language = "nn" if request.node.callspec.id.endswith("_nn") else "nb"
    assert demands(text, language) == expected


@pytest.mark.parametrize("text", [
    "KS la fram innspillet i går.\n\nKS krever tre ting: en økning i frie inntekter, en ny ordning for "
    "ressurskrevende tjenester og full kompensasjon for pensjonen.",
])
def test_no_addressee_for_verbs_asking_no_one(text: str) -> None:
    assert all(addressee is None for _, addressee, _ in demands(text))
