"""Claimants and addressees from the misses of round 25 (invented texts): an op-ed written by two organisations,
names the patterns cut short, determiners before "kommune", two-word places, agencies as addressees and a need
raised in a meeting."""
from __future__ import annotations

import pytest

from extract_kit import KD, cases, demands
from flows.extract.organisation_names import organisations_in

CO_AUTHORED = (
    "DEBATT\n\nSkolene i distriktene trenger mer enn gode ord\n\n"
    "Lærermangelen rammer de minste kommunene hardest. Det er på tide at staten tar sin del av ansvaret.\n\n"
    "Kari Nordmann, fylkesleder i Utdanningsforbundet Agder\nOla Hansen, fylkesstyreleder i KS Agder\n\n"
    "Dette er et debattinnlegg. Innholdet gir uttrykk for skribentenes meninger.\n\nPublisert: 12.03.2025 07:00\n\n"
    "Vi kommer fra ulike sider av bordet. Den ene av oss forhandler lønn for lærerne, den andre sitter på "
    "arbeidsgiversiden. Vi er uenige om mye. Men vi er helt enige om at rekrutteringen av lærere til skolene i "
    "distriktene ikke fungerer godt nok, hverken for elevene eller for de ansatte.\n\n"
    "Vi ber staten om å fullfinansiere lærernormen i små kommuner.\n\n"
    "Vi inviterer statsråden til et møte i høst. Vi kommer gjerne til dere.")


def test_co_authored_op_ed_is_each_organisations() -> None:
    rows = demands(CO_AUTHORED)
    assert {r[0] for r in rows} == {"Utdanningsforbundet Agder", "KS Agder"}
    assert ("Utdanningsforbundet Agder", "staten", "fullfinansiere lærernormen i små kommuner") in rows
    assert ("KS Agder", "staten", "fullfinansiere lærernormen i små kommuner") in rows


def test_single_byline_keeps_one_organisation() -> None:
    text = CO_AUTHORED.replace("Ola Hansen, fylkesstyreleder i KS Agder\n", "")
    assert {r[0] for r in demands(text)} == {"Utdanningsforbundet Agder"}


NAMES = [
    ("definite_national_opener_nb",
     "Den norske fotterapeutforening krever at staten dekker behandlingen for alle med diabetes.", "nb",
     [("Den norske fotterapeutforening", "staten", "staten dekker behandlingen for alle med diabetes")]),
    ("association_for_what_nb",
     "Landsforeningen for hjertesyke mener at tilbudet er for dårlig.\n\n"
     "Foreningen ber Stortinget om å lovfeste retten til rehabilitering.", "nb",
     [("Landsforeningen for hjertesyke", "Stortinget", "lovfeste retten til rehabilitering")]),
    ("one_word_of_longer_name_nn",
     "Kommunane møtte departementet. Norske Fjellbønders Landsforbund (NFL) var ikkje invitert til møtet, noko "
     "leiar Nils Ola Brekke reagerer på. Han meiner beitelaga må få plass ved bordet.", "nn",
     [("Norske Fjellbønders Landsforbund", None, "beitelaga må få plass ved bordet")]),
]


@pytest.mark.parametrize("raw, language, expected", cases(NAMES))
def test_names_read_whole(raw: str, language: str, expected: list) -> None:
    assert demands(raw, language) == expected


def test_determiner_before_kommune_is_no_body() -> None:
    names = [h.name for h in organisations_in("– Ingen kommune kan stå alene. Kvar kommune må ha ein plan. "
                                              "Nordby kommune krev hjelp.")]
    assert names == ["Nordby kommune"]


def test_two_word_place_after_title() -> None:
    text = ("Kommunedirektør Ola Nordmann i Nordre Vikdal viste fram loggen.\n\n"
            "Nordmann mener staten må ha et eget utrykningsteam for kommunene.")
    assert [r[0] for r in demands(text)] == ["Nordre Vikdal kommune"]


AGENCIES = [
    ("nsm_subject_nb", "KS møtte justisministeren. – NSM bør ha et eget utrykningsteam, sier direktør Kari Lund i KS.",
     "Nasjonal sikkerhetsmyndighet"),
    ("research_council_nb", "– Vi ber om at Forskningsrådet setter av en egen pott til forskning på omsorg, sier "
     "direktør Kari Lund i KS.", "Forskningsrådet"),
    ("national_library_nn", "Kari Lund i KS bad òg Nasjonalbiblioteket om å vidareføre utviklingsmidlane til "
     "folkebiblioteka.", "Nasjonalbiblioteket"),
]


@pytest.mark.parametrize("raw, addressee", [pytest.param(r, a, id=i) for i, r, a in AGENCIES])
def test_agency_addressees(raw: str, addressee: str) -> None:
    assert {r[1] for r in demands(raw, "nn" if raw.count("òg") else "nb")} == {addressee}


MEETING = "KS møtte Kunnskapsdepartementet til et bilateralt møte tirsdag.\n\n"

RAISED = [
    ("raised_need_nb", MEETING + "KS tok også opp behovet for flere studieplasser i lærerutdanningen.",
     [("KS", KD, "flere studieplasser i lærerutdanningen")]),
    ("raised_need_reported_nb", MEETING + "Styreleder Kari Lund fortalte at KS i møtet tok opp behovet for at "
     "staten finansierer videreutdanningen.", [("KS", "staten", "staten finansierer videreutdanningen")]),
    # a need the sentence only states, raised by nobody: no one asked
    ("stated_need_nb", MEETING + "Utdanningsforbundet mener det er behov for flere lærere i små kommuner.",
     [("Utdanningsforbundet", None, "det er behov for flere lærere i små kommuner")]),
]


@pytest.mark.parametrize("raw, expected", cases(RAISED))
def test_raised_need_asked_of_counterpart(raw: str, expected: list) -> None:
    assert demands(raw) == expected


@pytest.mark.xfail(strict=True, reason="a leader's own role with one place elsewhere in the text ('Hun har vært "
                   "kommunedirektør i Sørvika i fire år') was tried in round 25 and taken out: it placed another "
                   "municipality's mayor from a line about a different mayor (unseen2: claimant 0.956 -> 0.929)")
def test_own_role_with_place_elsewhere_places_leader() -> None:
    text = ("Klokka er sju, og kommunedirektør Kari Lund er allerede på kontoret. Hun har vært kommunedirektør i "
            "Sørvika i fire år.\n\nBudsjettet har et gap på 30 millioner kroner.\n\n"
            "Lund forteller at hun ba departementet om å utsette kompetansekravene for lærere i små kommuner.")
    assert [r[0] for r in demands(text)] == ["Sørvika kommune"]


def test_press_officer_title_is_no_part_of_the_name() -> None:
    from extract_kit import statement_rows
    rows = statement_rows("Departementet ønsker ikke å kommentere saken. Pressevakt Ola Nordby Lie skriver i en "
                          "e-post at departementet planlegger et møte med KS før meldingen legges fram.")
    assert ("indirect", "Ola Nordby Lie", "departementet planlegger et møte med KS før meldingen legges fram") in rows


def test_numbered_section_with_prose_reports_speech() -> None:
    from extract_kit import statement_rows
    text = ("Kortreferat fra styremøtet i KS\n\nHer er et kort sammendrag av sakene.\n\n"
            "5. Eventuelt\nStyremedlem Kari Nordlund Berg tok opp situasjonen for kommunene etter flommen, og ba om "
            "at KS følger opp at staten dekker utgiftene. Styret sluttet seg til dette.")
    assert ("indirect", "Kari Nordlund Berg", "KS følger opp at staten dekker utgiftene") in statement_rows(text)


def test_numbered_items_without_prose_report_nothing() -> None:
    from extract_kit import statement_rows
    text = ("Vedtak i styret\n\nStyret gjorde dette vedtaket:\n\n1. Styreleder Kari Lund sier at saken tas til "
            "orientering.\n2. Saken sendes departementet.")
    assert not [r for r in statement_rows(text) if r[1] == "Kari Lund"]
