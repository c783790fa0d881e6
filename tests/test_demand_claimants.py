"""Whom a demand is made for, beyond KS and its county boards (invented texts): a politician holding a party
role speaks for the party (a mayor's party never), a municipal council for its municipality, and a speaker
the text describes right before the name ("klinikkdirektør ved Nordby sjukehus, NN") for the organisation the
description names, not for the article's principal organisation. Also an office or branch named by an acronym with a
role and a place ("NAV-leder i Nordby"), an association's branch with its county, an acronym the text spells out, the
staff of a municipal service speaking for the municipality, a place read as a speaker's organisation, and the county
governor asked."""
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
    # the party's bracket between the name and the role: the role after it still gives the municipality
    ("mayor_role_after_party_bracket_nb",
     "Ordførerne møtte departementet.\n\n– Staten må betale for legevakta, sier Ola Rasten (Ap), ordfører i Solnes.",
     [("Solnes kommune", "staten", "Staten må betale for legevakta")]),
    ("mayor_role_after_party_bracket_subject_nn",
     "Tre ordførarar møtte departementet.\n\nArnfinn Tveit (H), ordførar i Fjellstrand, brukte møtet på eitt "
     "døme.\n\n– Staten må ta ein del av meirkostnaden, seier Tveit.",
     [("Fjellstrand kommune", "staten", "Staten må ta ein del av meirkostnaden")]),
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


BRANCHES = [
    ("local_office_by_acronym_nb",
     "Debatten samlet flere parter.\n\nNAV-leder i Lillevik, Per Hansen, var også til stede.\n\n"
     "– Staten må gi oss flere veiledere, sa Hansen.",
     [("NAV Lillevik", "staten", "Staten må gi oss flere veiledere")]),
    ("local_office_after_role_nn",
     "Statsråden vitja kommunen.\n\nEiningsleiar i NAV Fjellvik, Ola Dale, var med på møtet.\n\n"
     "– Det bør vere mogleg å ta kurset på samisk, seier Dale.",
     [("NAV Fjellvik", None, "Det bør vere mogleg å ta kurset på samisk")]),
    ("union_branch_by_acronym",
     "Fellesorganisasjonen er kritisk.\n\nLeder i FO Innlandet, Per Li, er enig.\n\n"
     "– Regjeringen må rydde opp i rapporteringen, sier Li.",
     [("FO Innlandet", "regjeringen", "Regjeringen må rydde opp i rapporteringen")]),
    ("local_union_branch_nn",
     "Foreldra er uroa over skulebygget.\n\nLeiar i Utdanningsforbundet Fjellvik, Terje Dal, er samd.\n\n"
     "– Kommunen må lage ein plan for skulen no, seier Dal.",
     # round 18: "Kommunen" asked by the local branch is its municipality (one_municipality.py), no longer `kommunene`
     [("Utdanningsforbundet Fjellvik", "Fjellvik kommune", "Kommunen må lage ein plan for skulen no")]),
    ("union_branch_in_full",
     "Konferansen samlet mange.\n\nOgså leder i Norsk Sykepleierforbund Trøndelag, Eli Vik, satt i panelet. "
     "Hun mente at sykepleierne må involveres tidlig.",
     [("Norsk Sykepleierforbund Trøndelag", None, "sykepleierne må involveres tidlig")]),
]

SPELLED_OUT = [
    ("acronym_by_initials_nb",
     "Møtet samlet kommuner og Landssammenslutninga av Fjellkommunar (LFK).\n\n"
     "LFK-leder Kari Dahl sa at regjeringen må øke kompensasjonen.",
     [("Landssammenslutninga av Fjellkommunar", "regjeringen", "regjeringen må øke kompensasjonen")]),
    # letters that do not fit the name before the brackets: the acronym as written
    ("acronym_not_fitting",
     "Møtet samlet kommuner og Foreningen for Fjellbygder (LFK).\n\n"
     "LFK-leder Kari Dahl sa at regjeringen må øke kompensasjonen.",
     [("LFK", "regjeringen", "regjeringen må øke kompensasjonen")]),
]

MUNICIPAL_STAFF = [
    ("health_nurse_in_story_nb",
     "Statsråden besøkte Volda tirsdag. I Volda har skolen fått nye lokaler.\n\n"
     "På helsestasjonen møtte hun helsesykepleier Marte Lund.\n\n"
     "– Vi trenger en helsesykepleierstilling til, sa Lund.",
     [("Volda kommune", None, "Vi trenger en helsesykepleierstilling til")]),
    ("child_welfare_head_with_place_nn",
     "Mange barnevernstenester slit.\n\nBarnevernsleiar Janne Myr i Fjellvik har fått to nye stillingar.\n\n"
     "– Vi treng folk og føreseielegheit, seier Myr.",
     [("Fjellvik kommune", None, "Vi treng folk og føreseielegheit")]),
]

PLACES = [
    ("librarian_from_a_place",
     "Holtby bibliotek mister pengene til søndagsåpent.\n\n"
     "Biblioteksjef Hanne Myr fra Holtby satt ved samme bord som statsråden.\n\n"
     "– Vi trenger faste driftsmidler, sa Myr.",
     [("Holtby bibliotek", None, "Vi trenger faste driftsmidler")]),
    ("board_member_from_a_municipality_nn",
     "KS Vestland møtte justisministeren.\n\nFylkesstyremedlem Per Dale frå Stryn tok opp naudnettet. "
     "Han bad om at staten etablerer ei tilskotsordning for reservestraum.",
     [("KS Vestland", "staten", "staten etablerer ei tilskotsordning for reservestraum")]),
    # an organisation no gazetteer knows, written like a place, is left as it is
    ("unknown_organisation_kept",
     "Frivillighet Nordby møtte statsråden.\n\nLeder i Frivillighet Nordby, Kari Lie, var med.\n\n"
     "– Momskompensasjonen må styrkes, sa Lie.",
     [("Frivillighet Nordby", None, "Momskompensasjonen må styrkes")]),
]

GOVERNOR = [
    ("governor_named_with_county_nn",
     "Kontaktmøte mellom KS Vestland og Statsforvaltaren i Vestland\n\n"
     "Vedtak: KS Vestland ber Statsforvaltaren setje ned ei rettleiingsgruppe for små kommunar.",
     [("KS Vestland", "Statsforvaltaren i Vestland", "setje ned ei rettleiingsgruppe for små kommunar")]),
    ("governor_bare_nb",
     "KS har sendt brev til departementet.\n\nKS mener Statsforvalteren bør samordne tilsynene bedre.",
     [("KS", "Statsforvalteren", "Statsforvalteren bør samordne tilsynene bedre")]),
]

JOINT = [
    # an association no gazetteer knows joins KS in a subject and in the group a plural noun points back at
    ("joint_subject_unknown_association",
     "KS og Norsk Avfall møtte statsråden i går.\n\n"
     "I uttalelsen heter det at KS og Norsk Avfall ber regjeringen om å etablere en tilskuddsordning for små anlegg.",
     [("KS", "regjeringen", "etablere en tilskuddsordning for små anlegg"),
      ("Norsk Avfall", "regjeringen", "etablere en tilskuddsordning for små anlegg")]),
    ("joint_lead_in_by_plural_noun_nn",
     "KS og Norsk Avfall sende ut ei felles fråsegn etter møtet.\n\n"
     "Vidare peikar organisasjonane på to tiltak:\n\n"
     "- Staten må ta ein større del av kostnadene ved nye krav.\n"
     "- Fristane bør tilpassast kapasiteten i kommunane.",
     [("KS", "staten", "Staten må ta ein større del av kostnadene ved nye krav"),
      ("Norsk Avfall", "staten", "Staten må ta ein større del av kostnadene ved nye krav"),
      ("KS", None, "Fristane bør tilpassast kapasiteten i kommunane"),
      ("Norsk Avfall", None, "Fristane bør tilpassast kapasiteten i kommunane")]),
]


@pytest.mark.parametrize("raw, expected", cases(BRANCHES, SPELLED_OUT, MUNICIPAL_STAFF, PLACES, GOVERNOR, JOINT))
def test_round17_claimants(raw: str, expected: list[Row]) -> None:
    language = "nn" if any(w in raw for w in (" seier ", " treng ", " bad ", " ber Statsforvaltaren", " sende ")) else "nb"
    assert demands(raw, language) == expected


COPULAR_ROLES = [  # a role and its body given in a copular clause right after the name (roles.COPULA_ROLE)
    ("copular_county_mayor_nb", "Per Hansen er fylkesordfører i Nordland. Han krever at staten tar regningen for ferjene.",
     "nb", [("Nordland fylkeskommune", "staten", "staten tar regningen for ferjene")]),
    ("copular_branch_leader_nb",
     "Astrid Moe er leder i LHL Nordby. Hun har fulgt saken.\n\n– Ambulansetjenesten må styrkes, sier Moe.", "nb",
     [("LHL Nordby", None, "Ambulansetjenesten må styrkes")]),
    ("copular_mayor_nn", "Kari Lie er ordførar i Fjellvik.\n\n– Staten må ta rekninga for rassikringa, seier Lie.", "nn",
     [("Fjellvik kommune", "staten", "Staten må ta rekninga for rassikringa")]),
    # no body after the role: no office read, the claimant as before
    ("copular_no_body_nb", "Styreleder Per Hansen i KS møtte statsråden. Hansen er skeptisk. – Staten må betale, sier Hansen.",
     "nb", [("KS", "staten", "Staten må betale")]),
]


@pytest.mark.parametrize("raw,language,expected", cases(COPULAR_ROLES))
def test_copular_role(raw: str, language: str, expected: list[Row]) -> None:
    assert demands(raw, language) == expected
