"""Lists of those present and the persons holding a meeting (invented texts): lists under a lead-in line, a long
heading that opens no list, and persons raising a matter at the meeting."""
from __future__ import annotations

import pytest

from extract_kit import cases, meeting_of, participants_in


@pytest.mark.parametrize("text, present", [
    ("Referat fra møte mellom KS og Kunnskapsdepartementet 14. mai 2024\n\nTil stede: Kari Lund (KS), Per Vik (KD).",
     {"Kari Lund", "Per Vik"}),
    ("Møte mellom KS og Kulturdepartementet 2. juni\n\nDeltakarar: Kari Lund, Per Vik.", {"Kari Lund", "Per Vik"}),
])
def test_list_of_those_present(text: str, present: set[str]) -> None:
    m = meeting_of(text)
    assert m is not None
    assert present <= {p.name for p in m.participants}


LISTS = [
    # (id, text, language, expected participants among the found, persons that must not be found)
    ("heading_and_group_lines_nb",
     "KS og regjeringen møttes til konsultasjonsmøte tirsdag.\n\n"
     "- Vi ser alvoret, sa kommunalminister Tora Lindvik.\n\n"
     "Til stede på møtet\n\n"
     "Fra regjeringen: kommunalminister Tora Lindvik, finansminister Eivind Strand og statssekretær Mona Berge.\n\n"
     "Fra KS: styreleder Arne Fjellheim, nestleder Liv Sandaker og administrerende direktør Jon Torp.\n\n"
     "Kontakt: Kommunikasjonsavdelingen",
     "nb", {"Tora Lindvik", "Eivind Strand", "Mona Berge", "Arne Fjellheim", "Liv Sandaker", "Jon Torp"}, set()),
    ("heading_and_group_lines_nn",
     "Regjeringa og KS møttest til plenumsmøte tysdag.\n\n"
     "Til stades i møtet\n\n"
     "Frå regjeringa: kommunalminister Tora Lindvik og helseminister Siv Engen.\n\n"
     "Frå KS: styreleiar Arne Fjellheim og 2. nestleiar Liv Sandaker.",
     "nn", {"Tora Lindvik", "Siv Engen", "Arne Fjellheim", "Liv Sandaker"}, set()),
    ("participants_heading_without_groups",
     "KS møtte helseministeren til konsultasjonsmøte fredag.\n\n"
     "Deltakere:\n\n"
     "- styreleder Arne Fjellheim (KS)\n"
     "- helseminister Siv Engen\n"
     "- statssekretær Mona Berge",
     "nb", {"Arne Fjellheim", "Siv Engen", "Mona Berge"}, set()),
    # a group line without a heading names two persons or more
    ("group_line_alone",
     "KS møtte kunnskapsministeren til konsultasjonsmøte onsdag.\n\n"
     "Fra KS deltok: styreleder Arne Fjellheim og direktør Liv Sandaker.",
     "nb", {"Arne Fjellheim", "Liv Sandaker"}, set()),
    # negative: a "Fra X:" line naming one person opens a statement, not a list; the person named
    # under a heading that is not about attendance is only mentioned
    ("one_name_after_group_label_is_no_list",
     "KS møtte kunnskapsministeren til konsultasjonsmøte onsdag.\n\n"
     "Fra rapporten: forsker Pål Aune fant at skolene forfaller.\n\n"
     "Bakgrunn\n\n"
     "Utvalget ble ledet av professor Siri Dal og la fram innstillingen i fjor.",
     "nb", set(), {"Pål Aune", "Siri Dal"}),
]


@pytest.mark.parametrize("text,language,expected,not_expected", cases(LISTS))
def test_lists_of_those_present(text: str, language: str, expected: set[str], not_expected: set[str]) -> None:
    found = participants_in(text, language)
    assert expected <= found, expected - found
    assert not (not_expected & found), not_expected & found


def test_long_heading_about_other_participants_opens_no_list() -> None:
    text = ("KS møtte kunnskapsministeren til konsultasjonsmøte onsdag.\n\n"
            "Deltakerne i undersøkelsen om skolebygg fra i fjor\n\n"
            "Blant dem var rektor Siri Lund og lærer Pål Aune.")
    assert not ({"Siri Lund", "Pål Aune"} & participants_in(text))


HOLDING = [
    ("held_the_fixed_meeting", "Kunnskapsminister Kari Dal og KS-leder Per Vik hadde det faste bilaterale møtet om "
     "skole onsdag.", "nb", {"Kari Dal", "Per Vik"}, set()),
    ("held_consultation_nn", "Helseminister Kari Dal og styreleiar i KS, Per Vik, var samde om mykje då dei hadde "
     "konsultasjonsmøte tysdag.", "nn", {"Kari Dal", "Per Vik"}, set()),
    ("in_the_named_meeting_with", "I konsultasjonsmøtet med helseminister Kari Dal la KS-leder Per Vik vekt på "
     "bemanningen.", "nb", {"Kari Dal", "Per Vik"}, set()),
    # negative: a person in a sentence about the meeting who is a report's author stays a source
    ("report_author_in_meeting_sentence", "KS hadde konsultasjonsmøte med helseministeren tirsdag om rapporten "
     "skrevet av forsker Siri Lund.", "nb", set(), {"Siri Lund"}),
]


@pytest.mark.parametrize("text,language,expected,not_expected", cases(HOLDING))
def test_persons_holding_the_meeting(text: str, language: str, expected: set[str], not_expected: set[str]) -> None:
    found = participants_in(text, language)
    assert expected <= found, expected - found
    assert not (not_expected & found), not_expected & found


RAISING = [
    ("raised_a_matter_v2", "KS møtte helseministeren til konsultasjonsmøte tirsdag.\n\nI møtet tok styreleder Per Vik "
     "opp bemanningen.", "nb", {"Per Vik"}, set()),
    ("presented_demands", "KS møtte helseministeren til konsultasjonsmøte tirsdag.\n\nStyreleder Per Vik la fram "
     "kravene for statsråden.", "nb", {"Per Vik"}, set()),
    ("asked_the_minister_nn", "KS møtte helseministeren til konsultasjonsmøte tysdag.\n\nStyreleiar Per Vik bad "
     "statsråden om fleire plassar.", "nn", {"Per Vik"}, set()),
    # negative: a person inside what someone else raised, and the author of a report, are no participants
    ("name_inside_the_matter", "KS møtte helseministeren til konsultasjonsmøte tirsdag.\n\nKS la fram at forsker "
     "Siri Lund har funnet store mangler.", "nb", set(), {"Siri Lund"}),
    ("report_author", "KS møtte helseministeren til konsultasjonsmøte tirsdag.\n\nKS tok opp rapporten, skrevet av "
     "forsker Siri Lund.", "nb", set(), {"Siri Lund"}),
]


@pytest.mark.parametrize("text,language,expected,not_expected", cases(RAISING))
def test_raising_a_matter_at_the_meeting(text: str, language: str, expected: set[str], not_expected: set[str]) -> None:
    found = participants_in(text, language)
    assert expected <= found, expected - found
    assert not (not_expected & found), not_expected & found


@pytest.mark.parametrize("text,language,present,absent", [
    ("KS møtte regjeringen i konsultasjonsmøtet tirsdag. Til stede var helseminister Kari Dal, finansminister "
     "Ola Berg-Lie og styreleder Per Vik.", "nb", {"Kari Dal", "Ola Berg-Lie", "Per Vik"}, set()),
    ("KS møtte regjeringa i konsultasjonsmøtet tysdag. Til stades var helseminister Kari Dal og styreleiar "
     "Per Vik.", "nn", {"Kari Dal", "Per Vik"}, set()),
    ("Etter foredraget satt statsråden i panel på Nordbykonferansen. Debatten ble ledet av journalist Kari Holm.",
     "nb", {"Kari Holm"}, set()),
    ("Etter føredraget sat statsråden i panel på Nordbykonferansen. Debatten vart leia av journalist Kari Holm.",
     "nn", {"Kari Holm"}, set()),
    # negative: a committee led by someone is no occasion's chair
    ("KS møtte statsråden tirsdag. Utvalget som skrev rapporten, ble ledet av professor Ola Dal.", "nb",
     set(), {"Ola Dal"}),
    # negative: an answer in writing is no attendance
    ("KS møter helseministeren i Nordby tirsdag.\n\n– Statsråden gleder seg til å møte kommunene, skriver "
     "rådgiver Kari Holm i en e-post.", "nb", set(), {"Kari Holm"}),
], ids=["present_inverted_nb", "present_inverted_nn", "chair_nb", "chair_nn", "committee_leader", "email"])
def test_who_was_there(text: str, language: str, present: set[str], absent: set[str]) -> None:
    meeting = meeting_of(text, language)
    assert meeting is not None
    names = {p.name for p in meeting.participants}
    assert present <= names and not absent & names


CAPITALS_PARTICLES_TABLES = [
    # (id, text, language, expected participants among the found, persons that must not be found)
    # a name in capitals opening a list line, its role after a comma
    ("names_in_capitals_nn",
     "KS møtte Kunnskapsdepartementet til bilateralt møte tysdag 4. mars.\n\n"
     "Møtedeltakarar:\n"
     "SIGRID HOLTE BERG, statssekretær, Kunnskapsdepartementet\n"
     "JON-ERIK VANG, nestleiar, KS\n"
     "ODD K. RUSTAD, fagdirektør, KS\n\n"
     "Møtet handla om lærarmangel.",
     "nn", {"Sigrid Holte Berg", "Jon-Erik Vang", "Odd K. Rustad"}, set()),
    ("names_in_capitals_with_a_particle_nb",
     "KS møtte Kommunal- og distriktsdepartementet til bilateralt møte mandag 3. mars.\n\n"
     "Til stede:\n"
     "MARTE DE VRIES, ekspedisjonssjef, Kommunal- og distriktsdepartementet\n"
     "LARS NÆSS, styreleder, KS\n\n"
     "Ekspedisjonssjef de Vries orienterte om saken.",
     "nb", {"Marte de Vries", "Lars Næss"}, {"de Vries"}),
    # a surname with two particles, in a table under a line that says who took part
    ("table_under_a_lead_in_nb",
     "Nordby kommune møtte Digitaliserings- og forvaltningsdepartementet fredag 7. februar.\n\n"
     "Følgende deltok i møtet:\n\n"
     "Navn | Rolle | Organisasjon\n"
     "Hanne van der Berg | ordfører | Nordby kommune\n"
     "Ole de Wit | kommunedirektør | Nordby kommune\n"
     "Siri Moe Lund | rådgiver | Nordby kommune\n\n"
     "Ordfører van der Berg viste til stormene i vinter.",
     "nb", {"Hanne van der Berg", "Ole de Wit", "Siri Moe Lund"}, {"van der Berg"}),
    ("table_under_a_lead_in_nn",
     "Nordby kommune møtte Kunnskapsdepartementet fredag 7. februar.\n\n"
     "Desse deltok på møtet:\n\n"
     "Namn | Rolle | Organisasjon\n"
     "Hanne van den Berg | ordførar | Nordby kommune\n"
     "Ola Nes | kommunedirektør | Nordby kommune\n\n"
     "Møtet handla om skulebygg.",
     "nn", {"Hanne van den Berg", "Ola Nes"}, set()),
    # a box "Til stede på møtet" with a party line under it, then each party's bullets (the party lines inside them)
    ("attendance_box_with_bullets_nb",
     "KS møtte Arbeids- og inkluderingsdepartementet til konsultasjonsmøte onsdag 5. mars.\n\n"
     "Styreleder Kari Dal sa at kommunene trenger mer handlingsrom.\n\n"
     "Til stede på møtet\nFra Arbeids- og inkluderingsdepartementet:\n"
     "• Ola Berg, arbeidsminister\n"
     "• Siv Lie, statssekretær\nFra KS:\n"
     "• Kari Dal, styreleder\n"
     "• Per Moe, områdedirektør\n\n"
     "Kontaktperson i KS: Per Moe",
     "nb", {"Ola Berg", "Siv Lie", "Kari Dal", "Per Moe"}, set()),
    ("attendance_box_with_bullets_nn",
     "KS møtte Kunnskapsdepartementet til konsultasjonsmøte onsdag 5. mars.\n\n"
     "Til stades på møtet\nFrå Kunnskapsdepartementet:\n"
     "• Ola Berg, kunnskapsminister\n"
     "• Siv Lie, statssekretær\nFrå KS:\n"
     "• Kari Dal, styreleiar\n\n"
     "Møtet handla om skulebygg.",
     "nn", {"Ola Berg", "Siv Lie", "Kari Dal"}, set()),
    # negative: a heading in capitals with no role after it is no name; a table with no lead-in lists nobody
    ("capitals_without_a_role_nb",
     "KS møtte Kunnskapsdepartementet til bilateralt møte mandag 3. mars.\n\n"
     "BARN OG UNGE\n\n"
     "Styreleder Lars Næss sa at saken haster.\n\n"
     "Tall fra rapporten:\n\n"
     "Kommune | Andel | Endring\n"
     "Nordby Vest | 12 | 3",
     "nb", {"Lars Næss"}, {"Barn Og Unge", "Nordby Vest"}),
]


@pytest.mark.parametrize("text,language,expected,not_expected", cases(CAPITALS_PARTICLES_TABLES))
def test_lists_in_capitals_with_particles_and_tables(text: str, language: str, expected: set[str],
                                                     not_expected: set[str]) -> None:
    found = participants_in(text, language)
    assert expected <= found, expected - found
    assert not (not_expected & found), not_expected & found
