"""A person the story brings in with their age in parentheses ("Ragnhild Øvrebø (71)") is a resident, a patient or a
young voice, not someone at the table: no participant for speaking (source_persons.aged_voices), unless they speak
for KS or hold a government role, a sentence naming them names a government person ("fortalde statsråden") or the
occasion. Invented texts, bokmål and nynorsk, with negatives."""
from __future__ import annotations

import pytest

from extract_kit import cases, participant_names

AGED = [
    ("resident_with_age_nn",
     "Statsråden på besøk etter rasa\n\n"
     "Justisminister Eirik Holm møtte ordførar Siri Lande i Nordvik tysdag 11. mars.\n\n"
     "– Vi skal hjelpe kommunen, seier Holm.\n\n"
     "Blant dei evakuerte er Ragnhild Ås (71), som har budd i bygda i førti år.\n\n"
     "– Eg vil berre heim, seier Ås.",
     "nn", {"Eirik Holm", "Siri Lande"}),
    ("patient_with_age_nb",
     "KS møtte helseministeren om legevakten\n\n"
     "KS-leder Tone Berg møtte helseminister Per Dahl tirsdag 11. mars.\n\n"
     "– Legevakten må styrkes, sa Berg.\n\n"
     "Pasienten Ole Strand (64) har kjørt to timer til nærmeste legevakt.\n\n"
     "– Det er ikke forsvarlig, sier Strand.",
     "nb", {"Tone Berg", "Per Dahl"}),
]

NOT_AGED_VOICES = [
    # a KS leader portrayed with an age speaks for KS
    ("ks_leader_with_age_nb",
     "KS møtte kommunalministeren\n\n"
     "KS-leder Tone Berg (52) møtte kommunalminister Per Dahl tirsdag 11. mars.\n\n"
     "– Vi trenger mer penger, sa Berg.",
     "nb", {"Tone Berg", "Per Dahl"}),
    # a young person who told the minister something met the minister there
    ("told_the_minister_nn",
     "Statsråden på besøk i Ørsta\n\n"
     "Justisminister Eirik Holm besøkte ordførar Siri Lande i Ørsta tysdag 11. mars.\n\n"
     "Martin (23) fortalde statsråden at politiet på ungdomsklubben hjelpte han.\n\n"
     "– Det var dei som fekk meg til å ta imot hjelp, seier Martin.",
     "nn", {"Eirik Holm", "Siri Lande", "Martin"}),
    # an age-like number in parentheses after a name that is no age ("(H)" is a party, not an age)
    ("party_not_age_nb",
     "KS møtte kommunalministeren\n\n"
     "Ordfører Kari Lund (H) møtte kommunalminister Per Dahl sammen med KS tirsdag 11. mars.\n\n"
     "– Vi trenger mer penger, sa Lund.",
     "nb", {"Kari Lund", "Per Dahl"}),
]


@pytest.mark.parametrize("raw,language,expected", cases(AGED, NOT_AGED_VOICES))
def test_aged_voices(raw: str, language: str, expected: set[str]) -> None:
    assert participant_names(raw, language) == expected
