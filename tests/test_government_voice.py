"""A minister or ministry asking the municipal side to act is the ministry's demand
(government_voice.py); the government's own plans, what it did and what it asks of itself or
its agencies are not. Invented texts, bokmål and nynorsk."""
from __future__ import annotations

import pytest

from extract_kit import demands


@pytest.mark.parametrize("raw,language,expected", [
    ("Legevakt i Nordby\n\nHelseminister Kari Nordmann besøkte Nordby legevakt tysdag.\n\n"
     "– Eg forventar at kommunane samarbeider meir om legevakta, seier Nordmann.", "nn",
     [("Helse- og omsorgsdepartementet", "kommunene", "kommunane samarbeider meir om legevakta")]),
    ("Skolebygg\n\nKunnskapsminister Per Hansen møtte KS mandag.\n\n"
     "Hansen ønsker at kommunene legger fram planer for vedlikehold av skolebyggene før sommeren.", "nb",
     [("Kunnskapsdepartementet", "kommunene", "kommunene legger fram planer for vedlikehold av skolebyggene før sommeren")]),
], ids=["expects_municipalities_nn", "wishes_municipalities_nb"])
def test_minister_asks_municipal_side(raw: str, language: str, expected: list) -> None:
    assert demands(raw, language) == expected


@pytest.mark.parametrize("raw,language", [
    # what the government did (perfect tense)
    ("Bosetting\n\nKommunalminister Per Hansen har bedt kommunene om å ta imot flere flyktninger i år.", "nb"),
    # what the government plans for itself
    ("Regelverk\n\nHelseminister Kari Nordmann møtte KS.\n\n– Vi må se på reglene for legevakt, sa Nordmann.", "nb"),
    # a minister asking the ministry's own agency
    ("Legevakt\n\nHelseminister Kari Nordmann ber Helsedirektoratet om å vurdere ein ny modell for legevakta.", "nn"),
    # "partene": both sides of a meeting, the minister's own among them
    ("Legevakt\n\nHelseminister Kari Nordmann møtte KS.\n\n– Eg forventar at partane finn gode løysingar, "
     "seier Nordmann.", "nn"),
], ids=["perfect_tense_nb", "own_plan_nb", "own_agency_nn", "both_parties_nn"])
def test_no_government_demand(raw: str, language: str) -> None:
    assert [row for row in demands(raw, language) if "departement" in row[0]] == []
