"""Whom a demand is made for, beyond KS and its county boards (invented texts): a politician holding a party
role speaks for the party (a mayor's party never), a municipal council for its municipality, and a speaker
the text describes right before the name ("klinikkdirektør ved Nordby sjukehus, NN") for the organisation the
description names, not for the article's principal organisation."""
from __future__ import annotations

import pytest

from extract_kit import cases, demands

Row = tuple[str, str | None, str]

PARTY_ROLES = [
    ("party_bracket_nb",
     "Fagforbundet er kritisk til forslaget fra KS.\n\n"
     "Stortingsrepresentant Ola Brekkestø (SV), som sitter i kommunalkomiteen, er enig med forbundet.\n\n"
     "– Regjeringen må si nei til forslaget, sier Brekkestø.",
     [("SV", "regjeringen", "Regjeringen må si nei til forslaget")]),
    ("party_bracket_nn",
     "Utdanningsforbundet er kritisk til KS.\n\n"
     "– Staten må betale for fleire lærarar, seier stortingsrepresentant Siri Vangsnes (KrF).",
     [("KrF", "staten", "Staten må betale for fleire lærarar")]),
    ("party_group_leader_reported",
     "Fylkestinget i Nordland behandlet saken i går.\n\n"
     "Gruppeleder Tor Arne Holm (Frp) mener staten må overta ansvaret for fylkesveiene.",
     [("Frp", "staten", "staten må overta ansvaret for fylkesveiene")]),
    ("spokesperson_nb",
     "KS la fram sin rapport i går.\n\n"
     "– Regjeringen bør gi kommunene friere tøyler, sier helsepolitisk talsperson Kari Moen (H).",
     [("H", "regjeringen", "Regjeringen bør gi kommunene friere tøyler")]),
]

PARTY_GENITIVE = [
    ("party_genitive_nb",
     "KS la fram sin rapport i går.\n\nOgså opposisjonen reagerer. Venstres helsepolitiske talsperson, "
     "stortingsrepresentant Jonas Lie, mener regjeringen må gi kommunene friere tøyler.",
     [("Venstre", "regjeringen", "regjeringen må gi kommunene friere tøyler")]),
    ("party_genitive_nn",
     "KS Vestland er nøgd med vedtaket.\n\nSenterpartiets kommunalpolitiske talsperson, Marit Fosse, "
     "meiner staten må betale for ferjene.",
     [("Senterpartiet", "staten", "staten må betale for ferjene")]),
]

NOT_PARTY = [
    # a mayor's party is no claimant: the mayor speaks for the municipality
    ("mayor_keeps_municipality",
     "Ordfører i Lillevik, Kari Moen (Sp), tok imot statsråden.\n\n– Staten må betale for legevakten, sier Moen.",
     [("Lillevik kommune", "staten", "Staten må betale for legevakten")]),
    # a KS board member who is also a Storting candidate speaks for KS
    ("ks_office_outranks_party",
     "Per Lund (Ap) sitter i KS' styre og er stortingsrepresentant.\n\n– Staten må ta regningen, sier Lund.",
     [("KS", "staten", "Staten må ta regningen")]),
]

COUNCILS = [
    ("council_with_place_nn",
     "Kommunestyret i Fjellvik krev at staten dekkjer utgiftene til ressurskrevjande tenester.",
     [("Fjellvik kommune", "staten", "staten dekkjer utgiftene til ressurskrevjande tenester")]),
    ("city_council_nb",
     "Bystyret i Lillevik ber regjeringen øke rammetilskuddet til skolene.",
     [("Lillevik kommune", "regjeringen", "øke rammetilskuddet til skolene")]),
    ("council_named_before_bare_after",
     "Nordvik kommunestyre behandlet saken i går. Kommunestyret ber Stortinget øke tilskuddet til barnevernet.",
     [("Nordvik kommune", "Stortinget", "øke tilskuddet til barnevernet")]),
    ("executive_committee",
     "Formannskapet i Vestby mener staten må ta en større del av regningen for skoleskyss.",
     [("Vestby kommune", "staten", "staten må ta en større del av regningen for skoleskyss")]),
    # a county council keeps its name as written
    ("county_council_as_written",
     "Fylkestinget i Nordland ber regjeringen styrke ferjetilbudet.",
     [("Fylkestinget i Nordland", "regjeringen", "styrke ferjetilbudet")]),
]

DESCRIBED = [
    ("clinic_director_nn",
     "KS Vestland var med på møtet om legevakta.\n\n"
     "Klinikkdirektør ved Nordvik sjukehus, Are Solheim, seier samarbeidet er godt.\n\n"
     "– Vi treng fleire kommunale korttidsplassar, seier Solheim.",
     [("Nordvik sjukehus", None, "Vi treng fleire kommunale korttidsplassar")]),
    ("hospital_trust_director_nb",
     "Møtet var kalt inn av KS Agder.\n\n"
     "Administrerende direktør i Helse Nordvik, Lise Haugen, var også til stede.\n\n"
     "– Vi må bygge flere felles plasser med kommunene, sa Haugen.",
     [("Helse Nordvik", None, "Vi må bygge flere felles plasser med kommunene")]),
    ("service_of_a_place_nn",
     "KS tok imot statsråden saman med ordføraren og leiar for PP-tenesta i Nordvik, Sindre Lie.\n\n"
     "– Departementet må opne for meir vidareutdanning, seier Lie.",
     [("PP-tenesta i Nordvik", None, "Departementet må opne for meir vidareutdanning")]),
    ("workplace_after_ved",
     "KS la fram rapporten om forskning.\n\n"
     "Blant de frammøtte var professor i sykepleie ved Nordvik universitet, Hanne Solberg.\n\n"
     "– Det trengs flere stipender til forskning i kommunene, sa Solberg.",
     [("Nordvik universitet", None, "Det trengs flere stipender til forskning i kommunene")]),
    ("union_written_in_full",
     "På scenen satt KS' styreleder og forbundsleder i Vaktenes Fellesforbund, Geir Holm.\n\n"
     "– Vi trenger en legevakt som er åpen hele døgnet, sa Holm.",
     [("Vaktenes Fellesforbund", None, "Vi trenger en legevakt som er åpen hele døgnet")]),
    ("city_executive_is_municipality",
     "KS Vestland leidde møtet.\n\n"
     "Byråd for helse i Storvik, Mona Fjell, fortalde om situasjonen.\n\n"
     "– Vi treng eit akuttilbod som er ope heile døgnet, seier Fjell.",
     [("Storvik kommune", None, "Vi treng eit akuttilbod som er ope heile døgnet")]),
]

NOT_DESCRIBED = [
    # a KS officer described with a KS body keeps it
    ("ks_county_leader",
     "Fylkesleiar i KS Vestland, Åse Lid, var òg med.\n\n– Staten må ta rekninga, seier Lid.",
     [("KS Vestland", "staten", "Staten må ta rekninga")]),
    # no description before the name: the document's organisation
    ("no_description",
     "Fagforbundet møtte statsråden i går.\n\n– Turnusene må endres, sier Per Hansen.",
     [("Fagforbundet", None, "Turnusene må endres")]),
]


@pytest.mark.parametrize("raw, expected", cases(PARTY_ROLES, PARTY_GENITIVE, NOT_PARTY, COUNCILS, DESCRIBED, NOT_DESCRIBED))
def test_claimant(raw: str, expected: list[Row]) -> None:
    language = "nn" if any(w in raw for w in (" seier ", " krev ", " treng ", " fortalde ", " meiner ")) else "nb"
    assert demands(raw, language) == expected
