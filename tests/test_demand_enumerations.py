"""Demands in an enumeration (invented texts): "For det første ..., For det andre ..." after a sentence that
announces the demands ("KS la fram tre krav i møtet."). An item that is only its "at" clause ("For det første at
X.") is the announcing claimant's demand; an item with a verb has its subject after the verb ("For det første ber
organisasjonane om at X": the organisations named together before). Negatives: an enumeration in the report's
own voice or in the government's. Each case is (id, text, language, expected rows)."""
from __future__ import annotations

import pytest

from extract_kit import cases, demands

Row = tuple[str, str | None, str]

ENUMERATED = [
    ("clauses_nb",
     "KS møtte Kunnskapsdepartementet tirsdag. Ifølge styreleder Per Lien la KS fram tre krav i møtet. For det "
     "første at skolebudsjettet økes med en milliard kroner. For det andre at staten tar ansvar for flere "
     "lærerplasser i distriktene. Og for det tredje at kompetansemidlene videreføres.", "nb",
     [("KS", None, "skolebudsjettet økes med en milliard kroner"),
      ("KS", "staten", "staten tar ansvar for flere lærerplasser i distriktene"),
      ("KS", None, "kompetansemidlene videreføres")]),
    ("clauses_nn",
     "Fagforbundet møtte Helse- og omsorgsdepartementet måndag. Forbundet la fram to krav i møtet. For det fyrste "
     "at grunnbemanninga i heimetenesta blir auka. For det andre at staten tek ansvar for fleire "
     "læreplassar.", "nn",
     [("Fagforbundet", None, "grunnbemanninga i heimetenesta blir auka"),
      ("Fagforbundet", "staten", "staten tek ansvar for fleire læreplassar")]),
    ("joint_noun_nb",
     "KS og Fagforbundet har sendt et felles brev til Kunnskapsdepartementet. Kjernen i brevet er to krav. For "
     "det første ber organisasjonene om at lærlingtilskuddet økes med 20 000 kroner.", "nb",
     [("KS", None, "lærlingtilskuddet økes med 20 000 kroner"),
      ("Fagforbundet", None, "lærlingtilskuddet økes med 20 000 kroner")]),
    ("joint_noun_nn",
     "KS og Fagforbundet har sendt eit felles brev til Kunnskapsdepartementet. Difor ber organisasjonane om at "
     "lærlingtilskotet blir auka med 20 000 kroner.", "nn",
     [("KS", None, "lærlingtilskotet blir auka med 20 000 kroner"),
      ("Fagforbundet", None, "lærlingtilskotet blir auka med 20 000 kroner")]),
]

NOT_ENUMERATED = [
    ("report_voice_nb",
     "Kommuneøkonomien har bedret seg. For det første at skatteinngangen ble høyere enn ventet. For det andre at "
     "rentene har falt.", "nb", []),
    ("government_nb",
     "Statsråd Kari Nordmann la fram to forslag på pressekonferansen. For det første at kommunene får mer "
     "frihet. For det andre at tilskuddet samles i rammen.", "nb", []),
]


@pytest.mark.parametrize("raw, language, expected", cases(ENUMERATED, NOT_ENUMERATED))
def test_enumeration(raw: str, language: str, expected: list[Row]) -> None:
    assert demands(raw, language) == expected
