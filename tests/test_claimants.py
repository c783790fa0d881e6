"""Claimants (invented texts): associations of several words, acronyms spelled out, known names, body words that
point back, KS boards and offices, and parties as written."""
from __future__ import annotations

import pytest

from extract_kit import GOV, Row, STORTING, cases, demands
from flows.extract.actor_words import party_written
from flows.extract.speaker_claimant import ks_office


ASSOCIATIONS = [
    ("national_compound_subject_nb",
     "Kommunene møtte statsråden mandag. Norges Dykkerforbund har i sitt høringssvar foreslått en egen ordning "
     "for redningsdykkere.", "nb",
     [("Norges Dykkerforbund", None, "en egen ordning for redningsdykkere")]),
    ("national_compound_subject_nn",
     "Kommunane møtte statsråden måndag. Norsk Kystlagsforbund krev at staten tek over ansvaret for småbåthamnene.",
     "nn", [("Norsk Kystlagsforbund", "staten", "staten tek over ansvaret for småbåthamnene")]),
    ("genitive_landsforbund_speaker_nb",
     "– Skolene trenger forutsigbarhet, ikke enda en utredning, sier leder Kari Nordmann i Private Skolers "
     "Landsforbund.", "nb",
     [("Private Skolers Landsforbund", None, "Skolene trenger forutsigbarhet, ikke enda en utredning")]),
    ("national_two_words_speaker_nb",
     "KS og Norsk Fjellvann la fram en felles uttalelse tirsdag.\n\n– Staten må ta en større del av kostnadene, "
     "sier direktør Ola Nordmann i Norsk Fjellvann.", "nb",
     [("Norsk Fjellvann", "staten", "Staten må ta en større del av kostnadene")]),
    ("national_nynorsk_opener_nn",
     "Kommunane møtte statsråden måndag. Også Noregs Fiskarlag har engasjert seg. Organisasjonen meiner Stortinget "
     "bør sørgje for at hamnene blir rusta opp.", "nn",
     [("Noregs Fiskarlag", STORTING, "Stortinget bør sørgje for at hamnene blir rusta opp")]),
    ("national_head_for_nn",
     "Norsk forening for skulehelse meiner at kommunane må få pengar til fleire helsesjukepleiarar.", "nn",
     [("Norsk forening for skulehelse", None, "kommunane må få pengar til fleire helsesjukepleiarar")]),
    ("alliance_compound_nb",
     "Omsorgsalliansen krever at regjeringen innfører en tilskuddsordning for hele stillinger.", "nb",
     [("Omsorgsalliansen", GOV, "regjeringen innfører en tilskuddsordning for hele stillinger")]),
    ("alliance_compound_nn",
     "Omsorgsalliansen krev at regjeringa innfører ei tilskotsordning for heile stillingar.", "nn",
     [("Omsorgsalliansen", GOV, "regjeringa innfører ei tilskotsordning for heile stillingar")]),
]


@pytest.mark.parametrize("raw,language,expected", cases(ASSOCIATIONS))
def test_association_of_several_words_claims(raw: str, language: str, expected: list[Row]) -> None:
    assert demands(raw, language) == expected


ACRONYMS = [
    ("acronym_speaker_nb",
     "Norges Dykkerforbund (NDF) har sendt et høringssvar.\n\n– Staten må dekke utstyret til redningsdykkerne, "
     "sier leder Ola Nordmann i NDF.", "nb",
     [("Norges Dykkerforbund", "staten", "Staten må dekke utstyret til redningsdykkerne")]),
    ("acronym_speaker_nn",
     "Norsk Kystlagsforbund (NKF) har sendt ei høyringsfråsegn.\n\n– Staten må ta ansvaret for hamnene, seier "
     "leiar Kari Nordmann i NKF.", "nn",
     [("Norsk Kystlagsforbund", "staten", "Staten må ta ansvaret for hamnene")]),
]


@pytest.mark.parametrize("raw,language,expected", cases(ACRONYMS))
def test_acronym_spelled_out(raw: str, language: str, expected: list[Row]) -> None:
    assert demands(raw, language) == expected


CONTROLS = [
    # a capitalised adverb before a known association is no part of its name
    ("adverb_before_known_nb", "Nå krever Utdanningsforbundet at lærernormen blir fullfinansiert.", "nb",
     "Utdanningsforbundet"),
    # a place before a municipal body: the body, not a longer name
    ("place_body_nn", "Nordby kommune krev at staten dekkjer utgiftene til skuleskyss.", "nn", "Nordby kommune"),
]


@pytest.mark.parametrize("raw,language,claimant", cases(CONTROLS))
def test_known_names_kept(raw: str, language: str, claimant: str) -> None:
    assert {d[0] for d in demands(raw, language)} == {claimant}


def test_lower_case_norsk_names_nobody() -> None:
    from flows.extract.organisation_names import organisations_in

    assert organisations_in("Et norsk helsenett må bygges ut.") == []
    assert [h.name for h in organisations_in("Både Norsk Fjellvann og KS")] == ["Norsk Fjellvann", "KS"]


POINTED_BODIES = [
    # a word for a kind of body as the subject of a request: the body of that kind named before
    ("fylket_opens_nn",
     "Nordland fylkeskommune møtte samferdselsministeren tysdag.\n\nFylket krev i tillegg at staten tek over "
     "ansvaret for fylkesvegbruene.", "nn",
     [("Nordland fylkeskommune", "staten", "staten tek over ansvaret for fylkesvegbruene")]),
    ("fylkeskommunen_opens_nb",
     "Troms fylkeskommune og KS Troms møtte ministeren mandag.\n\nFylkeskommunen krever at regionale planer får "
     "større vekt.", "nb",
     [("Troms fylkeskommune", None, "regionale planer får større vekt")]),
    ("nettverket_inverted_nb",
     "Torsdag møtte Fjellkommunene, et nettverk av 30 kommuner, statsråden.\n\nI et brev før møtet krevde "
     "nettverket at avgiften blir prisjustert hvert år.", "nb",
     [("Fjellkommunene", None, "avgiften blir prisjustert hvert år")]),
    ("nettverket_opens_nn",
     "Fjellkommunane, eit nettverk av 30 kommunar, møtte statsråden.\n\nNettverket ber om at avgifta blir "
     "prisjustert kvart år.", "nn",
     [("Fjellkommunane", None, "avgifta blir prisjustert kvart år")]),
]


@pytest.mark.parametrize("raw,language,expected", cases(POINTED_BODIES))
def test_body_word_points_back(raw: str, language: str, expected: list[Row]) -> None:
    assert demands(raw, language) == expected


POINTER_LOOKALIKES = [
    # the body word as an object or a beneficiary, not the one asking: no claimant from it
    ("fylket_object_nn", "Nordland fylkeskommune møtte ministeren.\n\nStaten må gi fylket meir pengar, sa "
     "statsråden.", "nn"),
    # nothing of that kind named before
    ("nettverket_unnamed_nb", "Ordførerne møtte statsråden.\n\nNettverket krever at avgiften blir prisjustert.",
     "nb"),
]


@pytest.mark.parametrize("raw,language", cases(POINTER_LOOKALIKES))
def test_body_word_lookalike(raw: str, language: str) -> None:
    assert demands(raw, language) == []


ASSOCIATION_TEXTS = [
    ("Norges Dykkerforbund og Private Skolers Landsforbund møtte Norsk forening for skolehelse.",
     ["Norges Dykkerforbund", "Private Skolers Landsforbund", "Norsk forening for skolehelse"]),
    ("Kommunene møtte statsråden mandag i Nordby.", []),  # no head or national word: the pattern need not run
    ("Frå Norsk Fjellvann møtte leiaren.", ["Norsk Fjellvann"]),
]


@pytest.mark.parametrize("text,expected", ASSOCIATION_TEXTS)
def test_association_names_after_the_literal_check(text: str, expected: list[str]) -> None:
    from flows.extract.organisation_names import _association, _associations

    assert [h.name for h in _associations(text)] == expected
    assert [" ".join(m.group(0).split()) for m in _association().finditer(text)] == expected


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


DELEGATIONS = [  # a local leader listed in a KS delegation speaks for KS, not for their municipality
    ("mayor_in_ks_delegation_nb",
     "Møtet ble holdt i departementet tirsdag. Fra KS deltok nestleder Kari Dal, ordfører i Lunde Per Vik og "
     "rådgiver Eli Li.\n\n– Vi trenger en løsning før sommeren, sa Vik.",
     [("KS", None, "Vi trenger en løsning før sommeren")]),
    ("mayor_in_ks_region_delegation_nn",
     "Møtet vart halde i departementet tysdag. KS Vestland stilte med styreleiar Kari Dal og ordførar i Lunde "
     "Per Vik.\n\n– Staten må ta ein større del av rekninga, seier Vik.",
     [("KS Vestland", "staten", "Staten må ta ein større del av rekninga")]),
    # a mayor in a municipality's own delegation, or beside a KS delegation, speaks for the municipality
    ("mayor_beside_ks_delegation_nb",
     "Møtet ble holdt i departementet tirsdag. Fra KS deltok nestleder Kari Dal, mens ordfører i Lunde Per Vik "
     "møtte for kommunen.\n\n– Vi trenger en løsning før sommeren, sa Vik.",
     [("Lunde kommune", None, "Vi trenger en løsning før sommeren")]),
    # a county mayor in a KS delegation speaks for the county
    ("county_mayor_in_ks_delegation_nb",
     "Møtet ble holdt i departementet tirsdag. Fra KS møtte nestleder Kari Dal og fylkesordfører i Nordby "
     "Per Vik.\n\n– Staten må ta en større del av regningen, sa Vik.",
     [("Nordby fylkeskommune", "staten", "Staten må ta en større del av regningen")]),
]


@pytest.mark.parametrize("raw, expected", cases(BOARDS, PARTIES, COUNCIL, OPENERS, SINGULAR, ASKED_TO_ASK, DELEGATIONS))
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
