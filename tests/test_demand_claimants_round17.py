"""Claimants and addressees from the misses of round 17 (invented texts): an office or branch named by an
acronym compounded with the role and a place ("NAV-leder i Nordby"), an association's branch by acronym or
full name with its county ("leder i FO Innlandet", "Norsk Sykepleierforbund Trøndelag"), an acronym the text
spells out in a name no gazetteer knows, the staff of a municipal service speaking for the municipality, a
place read as a speaker's organisation, and the county governor as the one asked."""
from __future__ import annotations

import pytest

from extract_kit import cases, demands

Row = tuple[str, str | None, str]

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
