"""Round 16: demand categories pooled from the misses of texts by writers who never saw the code (invented
sentences, bokmål and nynorsk, several bodies, verbs and word orders; the whole extractor runs):

- a request verb whose complement follows an adverb of continuation ("ber videre om at", "ber regjeringa
  vidare om å", "krev vidare at"): the same request as without it;
- an association named by several words that no gazetteer lists ("Norges Dykkerforbund", "Private
  Skolers Landsforbund", "Norsk Fjellvann", "Norsk forening for skolehelse"), as the subject of a request verb
  or as the organisation of a quoted speaker: the claimant, written as the document writes it;
- an association named by a compound on "-alliansen" ("Omsorgsalliansen krever ..."): the claimant;
- an acronym the document spells out in brackets ("Norges Dykkerforbund (NDF)"): the full name.
Negative controls: a capitalised adverb before a known association keeps the known name; a place before a
municipal body stays a place; a lower-case "norsk" before a noun names nobody."""
from __future__ import annotations

import pytest

from extract_kit import GOV, Row, cases, demands

CONTINUED_REQUESTS = [
    ("ber_videre_om_at_nb",
     "Fylkesstyret i KS Agder møttes mandag. KS ber videre om at ordningen med vikarleger blir varig.", "nb",
     [("KS", None, "ordningen med vikarleger blir varig")]),
    ("ber_vidare_om_at_nn",
     "Hovudstyret i KS handsama saka fredag. KS ber vidare om at tilskotet til skuleskyss blir auka.", "nn",
     [("KS", None, "tilskotet til skuleskyss blir auka")]),
    ("council_ber_vidare_nn",
     "Kommunestyret i Nordby kommune ber vidare om at ordninga med rentekompensasjon blir ført vidare.", "nn",
     [("Nordby kommune", None, "ordninga med rentekompensasjon blir ført vidare")]),
    ("ber_asked_vidare_om_aa_nn",
     "KS ber regjeringa vidare om å auke tilskotet til ressurskrevjande tenester.", "nn",
     [("KS", GOV, "auke tilskotet til ressurskrevjande tenester")]),
    ("ber_videre_asked_om_aa_nb",
     "KS ber videre regjeringen om å øke tilskuddet til ressurskrevende tjenester.", "nb",
     [("KS", GOV, "øke tilskuddet til ressurskrevende tjenester")]),
    ("krever_videre_at_nb",
     "Utdanningsforbundet krever videre at lærernormen blir fullfinansiert.", "nb",
     [("Utdanningsforbundet", None, "lærernormen blir fullfinansiert")]),
]


@pytest.mark.parametrize("raw,language,expected", cases(CONTINUED_REQUESTS))
def test_request_after_continuation_adverb(raw: str, language: str, expected: list[Row]) -> None:
    assert demands(raw, language) == expected


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


HABITUAL_CONSEQUENCES = [
    # a modal after a fronted clause of time, its subject the speaker's own side or a service of theirs:
    # what has to be done when something happens, no call on anyone
    ("service_after_when_nn",
     "– Når siste buss går klokka ni, må heimetenesta i Nordbygda leggje om heile kveldsvakta, seier KS-leiar "
     "Kari Nordmann.", "nn", "heimetenesta"),
    ("legevakt_after_when_nb",
     "– Når en pasient blir syk en lørdag kveld, må legevakten begynne helt på nytt, sier fylkesleder Ola "
     "Nordmann i KS Innlandet.", "nb", "legevakten"),
    ("we_wait_after_when_nb",
     "– Hver gang vi søker om midler til sikring, må vi vente i fem år, sier KS-leder Kari Nordmann.", "nb",
     "vente"),
]


@pytest.mark.parametrize("raw,language,fragment", cases(HABITUAL_CONSEQUENCES))
def test_habitual_consequence_is_no_demand(raw: str, language: str, fragment: str) -> None:
    found = [d[2] for d in demands(raw, language)]
    assert not [t for t in found if fragment in t], found


STILL_ASKED_AFTER_WHEN = [
    # controls: the state or a receiving after the same clause of time still asks
    ("state_after_when_nb",
     "– Når staten vedtar nye plikter, må staten også betale for dem, sier KS-leder Kari Nordmann.", "nb",
     "må staten også betale for dem"),
    ("we_receive_after_when_nn",
     "– Når staten gir oss nye oppgåver, må vi få pengar til dei, seier KS-leiar Kari Nordmann.", "nn",
     "vi få pengar til dei"),
    ("we_may_after_when_nn",
     "– Når det ikkje finst søkjarar, må vi kunne gje dispensasjon frå kravet, seier KS-leiar Kari Nordmann.", "nn",
     "vi kunne gje dispensasjon"),
    ("financing_after_when_nb",
     "– Når staten innfører nye rettigheter, må finansieringen følge med, sier KS-leder Kari Nordmann.", "nb",
     "finansieringen følge med"),
]


@pytest.mark.parametrize("raw,language,fragment", cases(STILL_ASKED_AFTER_WHEN))
def test_still_asked_after_when(raw: str, language: str, fragment: str) -> None:
    assert [d for d in demands(raw, language) if d[0] == "KS" and fragment in d[2]], demands(raw, language)


TOLD = [
    # a modal clause under what one is told ("får vi svar om at", "fikk beskjed om at"): someone else's answer
    ("told_answer_nn",
     "– Når vi søkjer om pengar til flaumsikring, får vi svar om at vi må vente på den nasjonale lista, seier "
     "ordførar Kari Nordmann i Nordby kommune.", "nn", "vente"),
    ("told_message_nb",
     "– Vi fikk beskjed om at kommunene må vente til neste år, sier KS-leder Kari Nordmann.", "nb", "vente"),
]


@pytest.mark.parametrize("raw,language,fragment", cases(TOLD))
def test_what_one_is_told_is_no_demand(raw: str, language: str, fragment: str) -> None:
    found = [d[2] for d in demands(raw, language)]
    assert not [t for t in found if fragment in t], found


ATTRIBUTION_TAILS = [
    # an attribution that goes on ("held ho fram", "heldt han fram", "la hun til") ends the demanded action
    ("held_ho_fram_nn",
     "Fylkesleiar Kari Nordmann i KS Vestland møtte statsråden.\n\n– Staten må ta rekninga, sa Nordmann.\n\n"
     "– Vi ber om ei eiga ordning for grøne kontraktar, held ho fram.", "nn", "ei eiga ordning for grøne kontraktar"),
    ("heldt_han_fram_nn",
     "Fylkesleiar Ola Nordmann i KS Vestland møtte statsråden.\n\n– Staten må ta rekninga, sa Nordmann.\n\n"
     "– Vi ber om fleire studieplassar i Sogn, heldt han fram.", "nn", "fleire studieplassar i Sogn"),
    ("la_hun_til_nb",
     "Fylkesleder Kari Nordmann i KS Agder møtte statsråden.\n\n– Staten må ta regningen, sa Nordmann.\n\n"
     "– Vi ber om flere studieplasser i Agder, la hun til.", "nb", "flere studieplasser i Agder"),
    ("held_ho_fram_same_paragraph_nn",
     "Fylkesleiar Kari Nordmann i KS Vestland møtte statsråden.\n\n– Vi står i ein vanskeleg situasjon, sa "
     "Nordmann.\n\n– Staten må ta rekninga. Vi ber om ei eiga ordning for grøne kontraktar, held ho fram.", "nn",
     "ei eiga ordning for grøne kontraktar"),
]


@pytest.mark.parametrize("raw,language,text", cases(ATTRIBUTION_TAILS))
def test_attribution_tail_ends_action(raw: str, language: str, text: str) -> None:
    assert text in [d[2] for d in demands(raw, language)], demands(raw, language)
