"""Meetings round 7: lists of those present, absence in the perfect tense, debates as occasions
versus the public debate, speech manuscripts, named kinds of meeting, dates of another meeting and
the header date of talk notes. Every sentence here is written for the test (bokmål and nynorsk);
each rule has positive and negative cases."""
from __future__ import annotations

from datetime import date

import pytest

from extract_kit import cases, meeting_of


def _names(text: str, language: str = "nb", published: date | None = date(2025, 3, 5)) -> set[str]:
    meeting = meeting_of(text, language, published)
    assert meeting is not None, "the text reports an occasion"
    return {p.name for p in meeting.participants}


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
    found = _names(text, language)
    assert expected <= found, expected - found
    assert not (not_expected & found), not_expected & found


@pytest.mark.parametrize("text,language", [
    ("KS og regjeringen møttes til konsultasjonsmøte. Helseminister Siv Engen hadde meldt forfall, og "
     "departementet var representert ved statssekretær Mona Berge.", "nb"),
    ("KS og regjeringa møttest til konsultasjonsmøte. Helseminister Siv Engen hadde meldt forfall, og "
     "departementet var representert ved statssekretær Mona Berge.", "nn"),
], ids=["nb", "nn"])
def test_reported_absence_in_the_perfect_tense(text: str, language: str) -> None:
    found = _names(text, language)
    assert "Mona Berge" in found
    assert "Siv Engen" not in found


TYPES = [
    # (id, text, language, type)
    ("public_debate_as_subject_is_no_occasion",
     "Fra departementet møtte statssekretær Mona Berge KS og forbundene torsdag.\n\n"
     "Forbundslederen mener debatten handler for mye om lønn og for lite om arbeidstid.", "nb", "annet"),
    ("debate_with_parties_is_a_debate",
     "Kunnskapsministeren var i debatt med KS-leder Arne Fjellheim under Skoleuka.", "nb", "lansering"),
    ("invited_to_debate",
     "KS inviterte til debatt om sykehjemmene. Helseministeren deltok.", "nb", "lansering"),
    ("debate_meeting_nynorsk",
     "KS Nordby inviterte til debattmøte om skulebygg tysdag.", "nn", "lansering"),
    ("talk_notes_manuscript",
     "TALENOTAT\n\nArne Fjellheim, styreleder i KS\nSkoledagen, Nordby rådhus, 4. april 2025\n"
     "Det talte ord gjelder\n\nTakk for invitasjonen. Hver gang staten lanserer en reform, må kommunene "
     "rydde opp.", "nb", "foredrag"),
    ("talk_notes_nynorsk",
     "Talenotat\n\nLiv Sandaker, fylkesleiar i KS Nordby\nDet tala ordet gjeld\n\n"
     "[Lysark 1]\n\nTakk for at eg fekk kome.", "nn", "foredrag"),
    # a named kind of meeting: an input meeting, nynorsk and bokmål
    ("input_meeting_nynorsk",
     "Barneministeren inviterte KS og fagforbunda til eit innspelsmøte om barnevernet måndag 3. mars.", "nn",
     "annet"),
    ("input_meeting_bokmal",
     "Statsråden inviterte KS til et innspillsmøte om barnevernet mandag 3. mars.", "nb", "annet"),
]


@pytest.mark.parametrize("text,language,kind", cases(TYPES))
def test_occasion_types(text: str, language: str, kind: str) -> None:
    meeting = meeting_of(text, language)
    assert meeting is not None and meeting.meeting_type == kind


def test_public_debate_alone_reports_no_occasion() -> None:
    assert meeting_of("Forbundslederen mener debatten handler for mye om lønn. Debatten om arbeidstid vil "
                      "fortsette.") is None


DATES = [
    # (id, text, language, published, (month, day))
    ("another_meeting_later_nynorsk",
     "Barneministeren inviterte KS til eit innspelsmøte om barnevernet måndag 3. mars.\n\n"
     "- Vi treng fleire plassar, sa nestleiar Liv Sandaker i møtet.\n\n"
     "Departementet vil kalle inn til eit nytt møte i mai.", "nn", None, (3, 3)),
    ("another_meeting_later_bokmal",
     "Statsråden inviterte KS til et innspillsmøte om barnevernet mandag 3. mars.\n\n"
     "- Vi trenger flere plasser, sa nestleder Liv Sandaker i møtet.\n\n"
     "Departementet vil kalle inn til et nytt møte i mai.", "nb", None, (3, 3)),
    ("talk_dated_by_its_header",
     "TALENOTAT\n\nArne Fjellheim, styreleder i KS\nSkoledagen for kommunene, Nordby rådhus, 4. april 2025\n"
     "Det talte ord gjelder\n\nDa jeg besøkte Nordvik i februar, sa ordføreren noe jeg husker.\n\n"
     "Vi har satt opp et møte med departementet 9. mai.", "nb", None, (4, 4)),
    # negative: the occasion's own sentence dates a talk even with a header date
    ("talk_sentence_date_outranks_header",
     "Nordby, 2. april 2025\n\nStyreleder Arne Fjellheim holdt foredrag på Skoledagen fredag 4. april.", "nb",
     None, (4, 4)),
]


@pytest.mark.parametrize("text,language,published,expected", cases(DATES))
def test_meeting_dates(text: str, language: str, published: date | None, expected: tuple[int, int]) -> None:
    meeting = meeting_of(text, language, published)
    assert meeting is not None
    assert (meeting.date.month, meeting.date.day) == expected


def test_talk_keeps_only_persons_at_its_own_occasion() -> None:
    """In talk notes dated by their header, a person the speaker met in another month is no
    participant."""
    text = ("TALENOTAT\n\nArne Fjellheim, styreleder i KS\nSkoledagen, Nordby rådhus, 4. april 2025\n"
            "Det talte ord gjelder\n\nDa jeg besøkte Nordvik i februar, sa ordfører Kari Lunde noe jeg husker.")
    assert _names(text, published=None) == {"Arne Fjellheim"}


ATTENDANCE = [
    # (id, text, language, expected among the participants, not expected)
    ("with_at_the_meeting_verb_last_nb",
     "KS møtte helseministeren til konsultasjonsmøte tirsdag. Med på møtet var også statssekretær Anne Holm og "
     "rådgiver Per Vik.", "nb", {"Anne Holm", "Per Vik"}, set()),
    ("with_at_the_meeting_verb_last_nn",
     "KS møtte helseministeren til konsultasjonsmøte tysdag. Med på møtet var òg statssekretær Anne Holm og "
     "rådgjevar Per Vik.", "nn", {"Anne Holm", "Per Vik"}, set()),
    ("accompanied_by",
     "KS møtte helseministeren til konsultasjonsmøte tirsdag. Helseminister Kari Dal ble fulgt av statssekretær "
     "Anne Holm.", "nb", {"Kari Dal", "Anne Holm"}, set()),
    ("came_with_her",
     "Helseminister Kari Dal tok imot KS-leder Per Vik i departementet onsdag. Sammen med ham kom direktør Ola Berg.",
     "nb", {"Kari Dal", "Per Vik", "Ola Berg"}, set()),
    ("meeting_led_by_passive",
     "KS og regjeringen møttes til konsultasjonsmøte tirsdag. Møtet ble ledet av kommunalminister Kari Dal.",
     "nb", {"Kari Dal"}, set()),
    # negative: a committee led by someone is a source, not the meeting's leader
    ("committee_led_by_is_no_participant",
     "KS møtte helseministeren til konsultasjonsmøte tirsdag. Utvalget ble ledet av professor Siri Lund.",
     "nb", set(), {"Siri Lund"}),
    # negative: a person with no verb of attendance in a "med i" phrase that is not the occasion
    ("member_of_committee_is_no_participant",
     "KS møtte helseministeren til konsultasjonsmøte tirsdag. Med i utvalget var også professor Siri Lund.",
     "nb", set(), {"Siri Lund"}),
]


@pytest.mark.parametrize("text,language,expected,not_expected", cases(ATTENDANCE))
def test_attendance_phrasings(text: str, language: str, expected: set[str], not_expected: set[str]) -> None:
    found = _names(text, language)
    assert expected <= found, expected - found
    assert not (not_expected & found), not_expected & found


@pytest.mark.parametrize("text,language", [
    ("KS og departementet møttes til konsultasjonsmøte mandag. Nordbyforbundet var ikke part i møtet.\n\n"
     "- Dette er skuffende, sier forbundsleder Kari Lund i Nordbyforbundet.", "nb"),
    ("KS og departementet møttest til konsultasjonsmøte måndag. Nordbyforbundet var ikkje part i møtet.\n\n"
     "- Dette er skuffande, seier forbundsleiar Kari Lund i Nordbyforbundet.", "nn"),
], ids=["nb", "nn"])
def test_organisation_not_party_to_the_meeting(text: str, language: str) -> None:
    assert "Kari Lund" not in _names(text, language)


@pytest.mark.parametrize("text,language,present,absent", [
    # the absence cue belongs to the content clause's own subject
    ("Statsråd Kari Dal besøkte Nordby kommune onsdag. Beredskapssjef Per Vik kunne fortelle at flere ansatte "
     "nå er sykmeldt.", "nb", {"Per Vik"}, set()),
    ("Statsråd Kari Dal vitja Nordby kommune onsdag. Beredskapssjef Per Vik kunne fortelje at fleire tilsette "
     "no er sjukmelde.", "nn", {"Per Vik"}, set()),
    # negative: a pronoun for the person keeps the person absent
    ("KS møtte statsråd Kari Dal onsdag. Styreleder Per Vik meldte at han var syk, og nestleder Ola Berg "
     "møtte i hans sted.", "nb", {"Ola Berg"}, {"Per Vik"}),
], ids=["content_clause_nb", "content_clause_nn", "pronoun_subject_stays_absent"])
def test_absence_cue_in_a_content_clause(text: str, language: str, present: set[str], absent: set[str]) -> None:
    found = _names(text, language)
    assert present <= found, present - found
    assert not (absent & found), absent & found


@pytest.mark.parametrize("text,language,expected", [
    ("KS og regjeringen møttes til konsultasjonsmøte den 14.5. i Oslo.", "nb", (5, 14)),
    ("KS og regjeringa møttest til konsultasjonsmøte tysdag 3.12. i Oslo.", "nn", (12, 3)),
    # the weekday of the occasion's sentence gives way to the day and month of another of its sentences
    ("KS møtte statsråden tirsdag.\n\nMøtet ble holdt i departementet 4. mars.", "nb", (3, 4)),
    ("KS møtte statsråden tysdag.\n\nMøtet vart halde i departementet 4. mars.", "nn", (3, 4)),
], ids=["figures_after_den", "figures_after_weekday_nn", "weekday_then_day_month_nb", "weekday_then_day_month_nn"])
def test_day_and_month(text: str, language: str, expected: tuple[int, int]) -> None:
    meeting = meeting_of(text, language, None)
    assert meeting is not None
    assert (meeting.date.month, meeting.date.day) == expected


@pytest.mark.parametrize("text", [
    # a deadline or another meeting does not replace the weekday of the occasion
    "KS møtte statsråden tirsdag.\n\nMøtet handlet om kommuneøkonomien. Fristen for innspill er 1. juni.",
    "KS møtte statsråden tirsdag.\n\nI møtet ble det avtalt et nytt møte 12. mai.",
], ids=["deadline", "another_meeting"])
def test_weekday_kept_against_other_dates(text: str) -> None:
    meeting = meeting_of(text, "nb", None)
    assert meeting is not None
    assert meeting.date.text == "tirsdag"


@pytest.mark.parametrize("text,language", [
    ("KS Nordby er skuffet over budsjettet. Fylkesstyret behandlet proposisjonen i et ekstraordinært møte "
     "samme dag.", "nb"),
    ("KS Nordby er skuffa over budsjettet. Fylkesstyret handsama proposisjonen i eit digitalt møte same dag.", "nn"),
], ids=["nb", "nn"])
def test_body_handling_a_matter_in_a_meeting(text: str, language: str) -> None:
    meeting = meeting_of(text, language)
    assert meeting is not None and meeting.meeting_type == "annet"


def test_matter_handled_without_a_meeting_is_no_occasion() -> None:
    assert meeting_of("Fylkesstyret behandlet proposisjonen i går og vedtok en uttalelse.") is None


@pytest.mark.parametrize("text,language,kind", [
    ("Helsekomiteen holdt høring på Stortinget om fastlegeordningen. Høringen i helsekomiteen samlet KS og "
     "flere forbund.", "nb", "annet"),
    ("KS deltok på høyringsmøtet i departementet om den nye lova.", "nn", "annet"),
], ids=["hearing_in_committee", "hearing_meeting_nn"])
def test_hearings_are_occasions(text: str, language: str, kind: str) -> None:
    meeting = meeting_of(text, language)
    assert meeting is not None and meeting.meeting_type == kind


@pytest.mark.parametrize("text,language", [
    ("Forslaget ble sendt på høring torsdag. KS vil svare på høringen innen fristen.", "nb"),
    ("Forslaget vart sendt på høyring torsdag. I høyringa har KS peika på kostnadene.", "nn"),
    # a matter to be raised at a meeting to come, outside the lead
    ("KS har skrevet brev til departementet om klimatilpasning.\n\nBrevet ble sendt torsdag.\n\n"
     "KS vil ta opp saken i det bilaterale møtet med statsråden i juni.", "nb"),
], ids=["written_consultation_nb", "written_consultation_nn", "meeting_to_come"])
def test_no_occasion_reported(text: str, language: str) -> None:
    assert meeting_of(text, language) is None


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
    found = _names(text, language)
    assert expected <= found, expected - found
    assert not (not_expected & found), not_expected & found


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
    found = _names(text, language)
    assert expected <= found, expected - found
    assert not (not_expected & found), not_expected & found


def test_long_heading_about_other_participants_opens_no_list() -> None:
    text = ("KS møtte kunnskapsministeren til konsultasjonsmøte onsdag.\n\n"
            "Deltakerne i undersøkelsen om skolebygg fra i fjor\n\n"
            "Blant dem var rektor Siri Lund og lærer Pål Aune.")
    assert not ({"Siri Lund", "Pål Aune"} & _names(text))
