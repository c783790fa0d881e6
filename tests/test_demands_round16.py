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
