"""Claimants from the misses of round 18 (invented texts): a person who leads or sits on a KS county board
written with the board before the KS body ("har ledet fylkesstyret i KS Nordby"), a party in brackets written
in full where the text names the party in full, and a union leader after a sentence that opens with an adverb
and the union ("Også Forbundet er skuffet. Forbundsleder NN ..."), a council representative with only a party in
brackets speaking for the party, and "kommunen" asked by a local claimant as the one municipality the story is
about; the Storting asked to ask the government ("ber Stortinget om å be regjeringen X")."""
from __future__ import annotations

import pytest

from extract_kit import STORTING, cases, demands
from flows.extract.actor_words import party_written
from flows.extract.speaker_claimant import ks_office

Row = tuple[str, str | None, str]

BOARDS = [
    ("board_led_nb",
     "Kommunene sliter med økonomien.\n\nKari Nordli (Sp) har vært ordfører i ti år, og i fjor har hun også "
     "ledet fylkesstyret i KS Nordland. Hun er ikke fornøyd.\n\n"
     "– Staten må ta en større del av regningen for de tyngste brukerne, sier Nordli.",
     [("KS Nordland", "staten", "Staten må ta en større del av regningen for de tyngste brukerne")]),
    ("board_member_nn",
     "Kommunane slit med økonomien.\n\nPer Dale er ordførar og sit i fylkesstyret i KS Vestland. "
     "Han er ikkje nøgd.\n\n– Staten må ta ein større del av rekninga, seier Dale.",
     [("KS Vestland", "staten", "Staten må ta ein større del av rekninga")]),
    # a board visited, not held: no office (the mayor speaks for the municipality named with her role)
    ("board_visited_no_office",
     "Statsråden besøkte Lunde i går.\n\nOrdfører i Lunde, Kari Nordli, møtte fylkesstyret i KS Nordland.\n\n"
     "– Staten må ta en større del av regningen, sier Nordli.",
     [("Lunde kommune", "staten", "Staten må ta en større del av regningen")]),
]

PARTIES = [
    ("party_in_full_nb",
     "Stortinget behandlet meldingen i går.\n\nStortingsrepresentant Per Lie (H) er kritisk. "
     "Han mener regjeringen må legge fram en plan for eldreomsorgen, og sier Høyre vil fremme et forslag.",
     [("Høyre", "regjeringen", "regjeringen må legge fram en plan for eldreomsorgen")]),
    ("party_abbreviation_kept",
     "Stortinget behandlet meldingen i går.\n\nStortingsrepresentant Per Lie (H) er kritisk. "
     "Han mener regjeringen må legge fram en plan for eldreomsorgen.",
     [("H", "regjeringen", "regjeringen må legge fram en plan for eldreomsorgen")]),
]

COUNCIL = [
    ("representative_with_party_only_nn",
     "Kommunestyret i Lunde handsama saka om legevakta.\n\nKari Li (SV) meinte at staten må ta ansvar for "
     "rekrutteringa av legar i distrikta.",
     [("SV", "staten", "staten må ta ansvar for rekrutteringa av legar i distrikta")]),
    # a mayor's party is no claimant
    ("mayor_party_not_claimant_nn",
     "Kommunestyret i Lunde handsama saka om legevakta.\n\nOrdførar i Lunde, Kari Li (Sp), meinte at staten må ta ansvar for "
     "rekrutteringa av legar i distrikta.",
     [("Lunde kommune", "staten", "staten må ta ansvar for rekrutteringa av legar i distrikta")]),
]

OPENERS = [
    ("union_after_adverb_nb",
     "Arbeidsgruppen har levert rapporten.\n\nOgså Fellesorganisasjonen (FO) er skuffet. Forbundsleder Ola Vik "
     "viser til at det mangler folk.\n\n– Vi trenger en bemanningsplan for barnevernet, sier Vik.",
     [("Fellesorganisasjonen", None, "Vi trenger en bemanningsplan for barnevernet")]),
]


SINGULAR = [
    ("local_branch_asks_its_municipality_nn",
     "Foreldra i Lunde er uroa.\n\nLeiar i Utdanningsforbundet Lunde, Terje Dal, er samd.\n\n"
     "– Kommunen må lage ein plan for skulen no, seier Dal.",
     [("Utdanningsforbundet Lunde", "Lunde kommune", "Kommunen må lage ein plan for skulen no")]),
    ("union_in_the_one_municipality_nb",
     "Holtby kommune har kuttet i hjemmetjenesten.\n\nHovedtillitsvalgt i Fagforbundet, Eli Vik, er bekymret. "
     "Hun mener kommunen må slutte å holde stillinger vakante.",
     [("Fagforbundet", "Holtby kommune", "kommunen må slutte å holde stillinger vakante")]),
    # KS's "kommunen" is every municipality
    ("ks_singular_is_every_municipality",
     "Holtby kommune har kuttet i hjemmetjenesten.\n\nStyreleder i KS, Eli Vik, er bekymret. "
     "Hun mener kommunen må slutte å holde stillinger vakante.",
     [("KS", "kommunene", "kommunen må slutte å holde stillinger vakante")]),
]


ASKED_TO_ASK = [
    ("storting_asked_to_ask_nb",
     "Finanskomiteen holdt høring om kommuneproposisjonen.\n\n– Vi ber Stortinget om å be regjeringen utrede en "
     "statlig låneordning for skolebygg, sa Kari Li, leder i Fagforbundet.",
     [("Fagforbundet", STORTING, "utrede en statlig låneordning for skolebygg")]),
    ("storting_asked_to_ask_nn",
     "Helse- og omsorgskomiteen heldt open høyring.\n\nLeiar i Fagforbundet, Kari Li, bad Stortinget be regjeringa "
     "kome tilbake med ein plan før sommaren.",
     [("Fagforbundet", STORTING, "kome tilbake med ein plan før sommaren")]),
    # the government asked directly stays the one asked
    ("government_asked_directly",
     "Finanskomiteen holdt høring om kommuneproposisjonen.\n\n– Vi ber regjeringen utrede en statlig låneordning "
     "for skolebygg, sa Kari Li, leder i Fagforbundet.",
     [("Fagforbundet", "regjeringen", "utrede en statlig låneordning for skolebygg")]),
]


@pytest.mark.parametrize("raw, expected", cases(BOARDS, PARTIES, COUNCIL, OPENERS, SINGULAR, ASKED_TO_ASK))
def test_round18_claimants(raw: str, expected: list[Row]) -> None:
    language = "nn" if any(w in raw for w in (" seier ", " sit ", " ikkje ", " meinte ", " bad ")) else "nb"
    assert demands(raw, language) == expected


@pytest.mark.parametrize("description, office", [
    ("har hun også ledet fylkesstyret i KS Nordland", "KS Nordland"),
    ("leiar av fylkesstyret i KS Vestland frå 2025", "KS Vestland"),
    ("sit i hovudstyret i KS", "KS"),
    ("møtte fylkesstyret i KS Vestland", None),
    ("var gjest hos fylkesstyret i KS Nordland", None),
])
def test_board_office(description: str, office: str | None) -> None:
    assert ks_office(description) == office


@pytest.mark.parametrize("claimant, text, written", [
    ("H", "Høyres forslag fekk fleirtal.", "Høyre"),
    ("FrP", "Framstegspartiet røysta imot.", "Framstegspartiet"),
    ("SV", "Partiet røysta imot.", "SV"),
    ("KS", "Høyre røysta imot.", "KS"),
])
def test_party_written(claimant: str, text: str, written: str) -> None:
    assert party_written(claimant, text) == written
