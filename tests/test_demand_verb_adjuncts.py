"""A request verb with an adverbial of occasion or document between it and its complement (invented texts):
"KS ba i møtet om at X", "Forbundet krev i brevet at X", "tok i møtet til orde for X", "ber i uttalelsen
regjeringen om å X": the adverbial is skipped, X is the demand. An adverbial that is no such definite noun
("i dag", "i bruk"), one that judges ("i realiteten": a critic's reading) and a request verb that asks nothing
keep their readings. "Heradsstyret" is a municipal
council (nynorsk) and speaks for its municipality. Each case is (id, text, language, expected rows)."""
from __future__ import annotations

import pytest

from extract_kit import GOV, cases, demands

Row = tuple[str, str | None, str]

ADJUNCTS = [
    ("ba_i_moetet_nb", "KS ba i møtet om at fristen for rapporteringen blir utsatt.", "nb",
     [("KS", None, "fristen for rapporteringen blir utsatt")]),
    ("krev_i_brevet_nn", "Fagforbundet krev i brevet at grunnbemanninga blir auka.", "nn",
     [("Fagforbundet", None, "grunnbemanninga blir auka")]),
    ("tok_til_orde_nb", "KS tok i møtet til orde for en ny finansieringsmodell for barnevernet.", "nb",
     [("KS", None, "en ny finansieringsmodell for barnevernet")]),
    ("tek_til_orde_nn", "KS tek i fråsegna til orde for ei årleg rapportering til Stortinget.", "nn",
     [("KS", None, "ei årleg rapportering til Stortinget")]),
    ("asked_after_nb", "Utdanningsforbundet ber i uttalelsen regjeringen om å øke tilskuddet til videreutdanning.",
     "nb", [("Utdanningsforbundet", GOV, "øke tilskuddet til videreutdanning")]),
    ("gikk_inn_for_nb", "Fagforbundet gikk i møtet inn for at alle nyutdannede skal få hele stillinger.", "nb",
     [("Fagforbundet", None, "alle nyutdannede skal få hele stillinger")]),
    ("heradsstyret_nn", "Heradsstyret i Nordby krev i brevet at helseføretaket held fram med å drifte fødestova.",
     "nn", [("Nordby kommune", "spesialisthelsetjenesten", "helseføretaket held fram med å drifte fødestova")]),
]

NOT_ADJUNCTS = [
    ("tok_i_bruk_nb", "KS tok i bruk en ny modell for budsjettarbeidet.", "nb", []),
    ("object_noun_nn", "KS tok i fjor ein ny modell i bruk.", "nn", []),
    # a critic's reading of what KS asks ("ber i realiteten om"): no request of KS's own
    ("in_reality_nb", "Fagforbundet mener KS ber i realiteten om lov til å bruke flere ufaglærte.", "nb", []),
    ("in_reality_nn", "Forbundet meiner KS i røynda ber om lov til å bruke fleire ufaglærte.", "nn", []),
]


@pytest.mark.parametrize("raw, language, expected", cases(ADJUNCTS, NOT_ADJUNCTS))
def test_verb_adjunct(raw: str, language: str, expected: list[Row]) -> None:
    assert demands(raw, language) == expected
