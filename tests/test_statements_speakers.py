"""Statements round 13: who the speaker is, and which words report speech.

- a news outlet named with its head first ("Avisa Nordland", "Avisen Agder") is no person: what it
  wrote is no statement (guideline 11);
- a role with its field and place before a name, set off by commas ("Byråd for eldre og helse i
  Tromsø, NN, fortalde om ..."), opens the person's subject; city and county government members
  ("byråd", "fylkesråd"), head teachers and union representatives are roles;
- a lead-in verb in any tense ("innleidde med å seie at", "avslutter med å si at");
- "sa det godt ... : «...»" announces the quotation after the colon: its words are no content of
  their own (the quotation is the statement).
Every sentence is written for the test (bokmål and nynorsk), with negative cases."""
from __future__ import annotations

import pytest

from extract_kit import statements_of


def rows(raw: str, language: str = "nb") -> list[tuple[str, str, str]]:
    return [(s.kind, s.speaker.name, s.text) for s in statements_of(raw, language)]


OUTLETS = [
    ("nb", "Ordfører Jonas Bratli i Hattfjell møtte komiteen. Avisa Vestlandet skrev i mars at skolen i bygda "
           "mangler fire lærere."),
    ("nb", "Rådmann Ellen Fosse i Lista la fram tallene. Avisen Agder meldte tirsdag at kommunen må kutte tretti "
           "stillinger neste år."),
    ("nn", "Ordførar Trond Vasshus i Kinn var på møtet. Avisa Sogn skreiv i haust at kommunen har leigd inn "
           "vikarar for fire millionar kroner."),
]


@pytest.mark.parametrize("language,raw", OUTLETS, ids=["avisa_nb", "avisen_nb", "avisa_nn"])
def test_an_outlet_is_no_speaker(language: str, raw: str) -> None:
    assert rows(raw, language) == []


ROLE_FIELD = [
    ("nn", "Byråd for eldre og helse i Tromsø, Katrine Lund Aasen, fortalde om fleire eldre som ventar på "
           "sjukeheimsplass i byen.",
     ("indirect", "Katrine Lund Aasen", "om fleire eldre som ventar på sjukeheimsplass i byen")),
    ("nb", "Direktør for oppvekst i Sandnes, Marit Lie Sandbu, pekte på at kommunene mangler sykepleiere "
           "i alle fylker.",
     ("indirect", "Marit Lie Sandbu", "kommunene mangler sykepleiere i alle fylker")),
    ("nb", "Fylkesråd for samferdsel i Nordland, Linn Kvalø Bø, viste til at fylket trenger mer penger til "
           "rassikring.",
     ("indirect", "Linn Kvalø Bø", "fylket trenger mer penger til rassikring")),
    ("nn", "Rektor Hallvard Teigen Sæle ved Bøverdal skule fortalde at skulen har hatt tre ufaglærte lærarar i år.",
     ("indirect", "Hallvard Teigen Sæle", "skulen har hatt tre ufaglærte lærarar i år")),
]


@pytest.mark.parametrize("language,raw,expected", ROLE_FIELD,
                         ids=["byraad_field_place_nn", "direktor_field_org_nb", "fylkesraad_nb", "rektor_nn"])
def test_role_with_field_before_the_name(language: str, raw: str, expected: tuple[str, str, str]) -> None:
    assert rows(raw, language) == [expected]


LEAD_TENSES = [
    ("nn", "Leiar Åse Marit Fagerli i KS Innlandet møtte fylkesrådet. Fagerli innleidde med å seie at skulane "
           "treng fleire miljøarbeidarar.",
     ("indirect", "Åse Marit Fagerli", "skulane treng fleire miljøarbeidarar")),
    ("nb", "Styreleder Kjell Arne Nygård i KS Agder har ordet. Nygård avslutter med å si at kommunene ikke klarer "
           "flere kutt i skolen.",
     ("indirect", "Kjell Arne Nygård", "kommunene ikke klarer flere kutt i skolen")),
    ("nn", "Ordførar Sissel Bø Hauge i Voll hadde ordet sist. Ho avsluttar med å peike på at vegen er stengd kvar "
           "vinter.",
     ("indirect", "Sissel Bø Hauge", "vegen er stengd kvar vinter")),
]


@pytest.mark.parametrize("language,raw,expected", LEAD_TENSES, ids=["innleidde_nn", "avslutter_nb", "avsluttar_nn"])
def test_lead_in_verbs_in_any_tense(language: str, raw: str, expected: tuple[str, str, str]) -> None:
    assert expected in rows(raw, language)


ANNOUNCED = [
    ("nn", "Fylkesleiar Randi Søvde Nes sa det godt då vi snakka saman i fjor: «Ingen kommune klarer seg utan "
           "lærlingar i helsefag.» Det står eg for.",
     [("direct", "Randi Søvde Nes", "Ingen kommune klarer seg utan lærlingar i helsefag.")]),
    ("nb", "Fylkesleder Arne Vikhammer sa det klart da vi møttes i Bodø: «Vi må ha flere lærlingplasser i "
           "kommunene.»",
     [("direct", "Arne Vikhammer", "Vi må ha flere lærlingplasser i kommunene.")]),
    # a content of its own before the colon stays a statement
    ("nb", "Fylkesleder Arne Vikhammer sa at kommunene trenger flere lærlinger: – Vi må ha flere plasser i år.",
     [("indirect", "Arne Vikhammer", "kommunene trenger flere lærlinger"),
      ("direct", "Arne Vikhammer", "Vi må ha flere plasser i år.")]),
]


@pytest.mark.parametrize("language,raw,expected", ANNOUNCED, ids=["sa_det_godt_nn", "sa_det_klart_nb",
                                                                   "content_before_colon_nb"])
def test_said_it_well_announces_the_quotation(language: str, raw: str, expected: list[tuple[str, str, str]]) -> None:
    assert rows(raw, language) == expected


NEWS_VERBS = [
    ("nb", "Ordfører Kari Haugen Lie synes det er urimelig at kommunene må betale for legevakten.",
     ("indirect", "Kari Haugen Lie", "det er urimelig at kommunene må betale for legevakten")),
    ("nn", "Ordførar Kari Haugen Lie synest det er urimeleg at kommunane må betale for legevakta.",
     ("indirect", "Kari Haugen Lie", "det er urimeleg at kommunane må betale for legevakta")),
    ("nb", "Rådmann Per Strand Aasen fastslo at kommunen ikke har råd til flere kutt i skolen.",
     ("indirect", "Per Strand Aasen", "kommunen ikke har råd til flere kutt i skolen")),
    ("nn", "Fylkesleiar Ingrid Moe Bakken gjentok at kommunane treng meir pengar til skulane.",
     ("indirect", "Ingrid Moe Bakken", "kommunane treng meir pengar til skulane")),
    ("nb", "Styreleder Nils Ove Hatle tviler på at staten vil betale hele regningen for flommen.",
     ("indirect", "Nils Ove Hatle", "staten vil betale hele regningen for flommen")),
    ("nb", "Statssekretær Eva Lunde Brekke betonte at departementet vil følge saken tett.",
     ("indirect", "Eva Lunde Brekke", "departementet vil følge saken tett")),
]


@pytest.mark.parametrize("language,raw,expected", NEWS_VERBS,
                         ids=["synes_nb", "synest_nn", "fastslo_nb", "gjentok_nn", "tviler_paa_nb", "betonte_nb"])
def test_more_verbs_of_saying_and_thinking(language: str, raw: str, expected: tuple[str, str, str]) -> None:
    assert rows(raw, language) == [expected]


@pytest.mark.parametrize("language,raw", [
    ("nb", "Ordfører Kari Haugen Lie møtte statsråden. Det synes klart at kommunene må vente på svar."),
    ("nb", "KS synes det er urimelig at kommunene må betale for legevakten."),
    ("nn", "Kommunestyret gjentok at kommunane treng meir pengar til skulane."),
], ids=["impersonal_det_nb", "organisation_nb", "body_nn"])
def test_no_person_no_statement_with_the_new_verbs(language: str, raw: str) -> None:
    assert rows(raw, language) == []


@pytest.mark.parametrize("language,raw,expected", [
    ("nb", "Styreleder Hallgeir Tvedt mener normer binder kommunene. Tvedt gjentok det overfor avisa.",
     [("indirect", "Hallgeir Tvedt", "normer binder kommunene")]),
    ("nn", "Leiar Torhild Brekkeli i KS Agder gjentok bodskapen på møtet i Kristiansand:",
     []),
], ids=["gjentok_det_nb", "gjentok_bodskapen_nn"])
def test_repeating_points_back_without_a_clause(language: str, raw: str,
                                                expected: list[tuple[str, str, str]]) -> None:
    assert rows(raw, language) == expected
