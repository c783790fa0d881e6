"""Who took part, told by attendance and absence (invented texts): attendance phrasings, absence in the perfect tense
or a subordinate clause, hosts, companions, those at the table, a party sending a person, and a substitute's
principal."""
from __future__ import annotations

from datetime import date

import pytest

from extract_kit import (cases, extracted_meeting, meeting_in_october, meeting_of, participant_names_of,
    participants_in, result)
from flows.extract.participant_details import any_pattern


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
    # present for a part: coming in once the meeting had begun, leaving it early
    ("came_in_late_nn",
     "KS møtte kunnskapsministeren til konsultasjonsmøte tysdag. Direktør Ola Berg kom inn då møtet alt hadde "
     "vart ein halvtime.", "nn", {"Ola Berg"}, set()),
    ("logged_off_early_nn",
     "KS møtte kunnskapsministeren til konsultasjonsmøte på Teams tysdag. Nestleiar Anne Holm i KS måtte logge av "
     "etter ein time for å rekke eit anna møte.", "nn", {"Anne Holm"}, set()),
    ("left_the_meeting_nb",
     "KS møtte kunnskapsministeren til konsultasjonsmøte tirsdag. Statssekretær Per Vik forlot møtet etter en "
     "halvtime.", "nb", {"Per Vik"}, set()),
    ("followed_the_whole_meeting_nb",
     "KS møtte kunnskapsministeren til konsultasjonsmøte tirsdag. Rådgiver Siri Lund fulgte hele møtet.", "nb",
     {"Siri Lund"}, set()),
    ("notes_from_the_meeting_nn",
     "KS møtte kunnskapsministeren til konsultasjonsmøte tysdag. Rådgjevar Siri Lund i KS skreiv notat frå møtet.",
     "nn", {"Siri Lund"}, set()),
    # negatives: a note written about a matter, logging off a system outside a meeting sentence
    ("note_about_a_matter_is_no_attendance",
     "KS møtte kunnskapsministeren til konsultasjonsmøte tirsdag. Forsker Siri Lund skrev et notat om "
     "lærermangelen i fjor.", "nb", set(), {"Siri Lund"}),
]


@pytest.mark.parametrize("text,language,expected,not_expected", cases(ATTENDANCE))
def test_attendance_phrasings(text: str, language: str, expected: set[str], not_expected: set[str]) -> None:
    found = participants_in(text, language)
    assert expected <= found, expected - found
    assert not (not_expected & found), not_expected & found


@pytest.mark.parametrize("text,language", [
    ("KS og regjeringen møttes til konsultasjonsmøte. Helseminister Siv Engen hadde meldt forfall, og "
     "departementet var representert ved statssekretær Mona Berge.", "nb"),
    ("KS og regjeringa møttest til konsultasjonsmøte. Helseminister Siv Engen hadde meldt forfall, og "
     "departementet var representert ved statssekretær Mona Berge.", "nn"),
], ids=["nb", "nn"])
def test_reported_absence_in_the_perfect_tense(text: str, language: str) -> None:
    found = participants_in(text, language)
    assert "Mona Berge" in found
    assert "Siv Engen" not in found


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
    found = participants_in(text, language)
    assert present <= found, present - found
    assert not (absent & found), absent & found


# --- participants: absence told in a subordinate clause; an office first named alone -------------------------

@pytest.mark.parametrize("text,language,absent", [
    ("KS møtte kunnskapsministeren tirsdag 4. mars. Leder i Utdanningsforbundet, Eva Lunde, som ikke var til "
     "stede, mener møtet kom for sent. Styreleder Per Vang møtte for KS.", "nb", "Eva Lunde"),
    ("KS Vestland møtte helseministeren fredag 7. mars. Ordførar Nils Aasen, som ikkje kunne delta, sende ei "
     "helsing. Fylkesstyreleiar Kari Myr møtte for KS.", "nn", "Nils Aasen"),
], ids=["som_ikke_var_til_stede", "som_ikkje_kunne_delta"])
def test_absence_in_a_subordinate_clause(text: str, language: str, absent: str) -> None:
    meeting = result(text, language).meeting
    assert meeting is not None
    assert absent not in {p.name for p in meeting.participants}


@pytest.mark.parametrize("text,language,expected", [
    ("Statsråden møtte partene\n\nHelseministeren kalte i går inn KS og Fagforbundet til et møte om "
     "sykepleiermangelen.\n\nRundt bordet satt helse- og omsorgsminister Per Lund, KS-leder Kari Dal og leder "
     "Ola Berg i Fagforbundet.", "nb", {"Per Lund", "Kari Dal", "Ola Berg"}),
    ("Statsråden møtte partane\n\nHelseministeren kalla i går inn KS til eit møte om sjukepleiarmangelen.\n\n"
     "Møtet i departementet varte i to timar. På den andre sida av bordet sat KS-leiar Kari Dal og "
     "direktør Ola Berg.", "nn", {"Kari Dal", "Ola Berg"}),
], ids=["around_the_table_nb", "other_side_of_the_table_nn"])
def test_those_seated_at_the_table_take_part(text: str, language: str, expected: set[str]) -> None:
    meeting = meeting_of(text, language)
    assert meeting is not None
    assert expected <= {p.name for p in meeting.participants}


@pytest.mark.parametrize("sentence,seated", [
    ("Rundt bordet satt A og B.", True),
    ("Kring bordet sat A og B.", True),
    ("A og B satt rundt møtebordet i to timer.", True),
    ("Ordføreren meiner at bordet står klart for ein ny avtale.", False),
    ("Saka ligg no på bordet til statsråden.", False),
], ids=["around_nb", "around_nn", "verb_first", "table_as_metaphor", "on_the_table"])
def test_only_sitting_at_the_table_is_attendance(sentence: str, seated: bool) -> None:
    assert bool(any_pattern("attendance").search(sentence)) is seated


@pytest.mark.parametrize("sentence,attends", [
    ("Frå Arbeids- og inkluderingsdepartementet kjem statssekretær Per Lund.", True),
    ("Fra KS Nordby stiller fylkesleder Kari Dal.", True),
    ("Fra departementet kom det ingen svar.", False),
    ("Fra Nordby kommer mange turister om sommeren.", False),
], ids=["ministry_comes_nn", "ks_body_sends_nb", "no_answer", "no_name"])
def test_a_party_sending_a_named_person_is_attendance(sentence: str, attends: bool) -> None:
    assert bool(any_pattern("attendance").search(sentence)) is attends


# --- hosts receiving a visitor -----------------------------------------------------------------------

@pytest.mark.parametrize("text,language,names", [
    ("Statsråden besøkte Nordby\n\nKommunalminister Per Lund besøkte Nordby fredag. Han ble møtt av ordfører "
     "Kari Dal (H), rådmann Ola Berg og leder for helsetjenesten, Mona Lie.", "nb",
     {"Per Lund", "Kari Dal", "Ola Berg", "Mona Lie"}),
    ("Ministeren vitja Nordvik\n\nHelseminister Jon Bakke vitja Nordvik tysdag. Han vart teken imot av "
     "ordførar Siri Vik og leiar for legevakta, Lars Moe.", "nn", {"Jon Bakke", "Siri Vik", "Lars Moe"}),
], ids=["moett_av_nb", "teken_imot_nn"])
def test_the_hosts_who_receive_a_visitor_take_part(text: str, language: str, names: set[str]) -> None:
    meeting = meeting_of(text, language=language)
    assert meeting is not None
    assert names <= {p.name for p in meeting.participants}


def test_a_person_only_mentioned_beside_the_hosts_is_no_participant() -> None:
    text = ("Statsråden besøkte Nordby\n\nKommunalminister Per Lund besøkte Nordby fredag og ble møtt av "
            "ordfører Kari Dal.\n\nRapporten om sykehjemmene ble skrevet av professor Mona Lie i fjor.")
    meeting = meeting_of(text)
    assert meeting is not None
    assert "Mona Lie" not in {p.name for p in meeting.participants}


@pytest.mark.parametrize("text,expected,not_expected", [
    ("KS møtte helseministeren til konsultasjonsmøte tirsdag. Med seg hadde styreleder Kari Nordmann "
     "nestleder Ola Dal.", {"Ola Dal"}, set()),
    # negative: an object brought along is no company
    ("KS møtte helseministeren til konsultasjonsmøte tirsdag.\n\nStyreleder Kari Nordmann sa at hun "
     "ikke venter at rådgiver Ola Dal skal ha alle svarene med seg.", set(), {"Ola Dal"}),
], ids=["companion", "object_brought_along"])
def test_companions(text: str, expected: set[str], not_expected: set[str]) -> None:
    meeting = meeting_of(text, "nb")
    assert meeting is not None
    names = {p.name for p in meeting.participants}
    assert expected <= names and not not_expected & names


# --- the particle first: "Med var også NN" -------------------------------------------------------------------

@pytest.mark.parametrize("text,language,guest", [
    ("Statsråden besøkte Nordvik\n\nArbeidsminister Tone Lie besøkte onsdag Nordvik sykehjem, der ordfører "
     "Kari Sunde tok imot. Med var også politimester Svein Rød i Nordland politidistrikt.", "nb", "Svein Rød"),
    ("Statsråden vitja Fjordvik\n\nKommunalminister Odd Heggen vitja tysdag Fjordvik, der ordførar Berit Nes "
     "tok imot. Med var òg fylkesleiar Gunn Aase i KS Vestland.", "nn", "Gunn Aase"),
    ("Statssekretæren på besøk\n\nStatssekretær Lars Myr var mandag på besøk i Sørby kommune. Også med var "
     "kommunalsjef Eva Strand.", "nb", "Eva Strand"),
], ids=["med_var_ogsa_nb", "med_var_og_nn", "ogsa_med_var"])
def test_a_companion_named_after_the_particle_took_part(text: str, language: str, guest: str) -> None:
    assert guest in participant_names_of(extracted_meeting(text, language))


@pytest.mark.parametrize("text,expected", [
    ("Portrett\n\nJournalisten møter styreleder Berit Hauge i KS-huset en kald mandag morgen. Hun har mye å gjøre.",
     False),
    ("Portrettintervju\n\nDirektør Eva Lund tok imot oss i KS-huset før lunsj. Hun er ny i jobben.", False),
    ("Statsråden møtte KS\n\nKommunalministeren tok imot KS-delegasjonen i departementet onsdag 5. mars.", True),
], ids=["reporter_meets_in_ks_house", "receives_in_ks_house", "receives_ks_delegation"])
def test_the_ks_building_is_a_place_not_the_party_met(text: str, expected: bool) -> None:
    assert (meeting_of(text, published=date(2025, 3, 6)) is not None) is expected


SUBSTITUTES = [
    ("substitute_nn",
     "Konsultasjonsmøte om psykisk helse\n\n"
     "KS hadde tysdag eit bilateralt konsultasjonsmøte med Helse- og omsorgsdepartementet. Statssekretær Eva Nes "
     "møtte i staden for helse- og omsorgsminister Per Lund, som var på ein konferanse i Bergen.\n\n"
     "Frå KS møtte styreleiar Kari Dal.", "nn"),
    ("substitute_nb",
     "Konsultasjonsmøte om psykisk helse\n\n"
     "KS hadde tirsdag et bilateralt konsultasjonsmøte med Helse- og omsorgsdepartementet. Statssekretær Eva Nes "
     "møtte i stedet for helse- og omsorgsminister Per Lund, som var på en konferanse i Bergen.\n\n"
     "Fra KS møtte styreleder Kari Dal.", "nb"),
]


@pytest.mark.parametrize("text,language", cases(SUBSTITUTES))
def test_the_minister_a_substitute_came_for_took_no_part(text: str, language: str) -> None:
    meeting = meeting_in_october(text, language)
    assert meeting is not None
    names = {p.name for p in meeting.participants}
    assert "Eva Nes" in names and "Kari Dal" in names
    assert "Per Lund" not in names


HELD_AFTER_ALL = [
    # (id, text, language, expected among the participants, not expected)
    # one meeting called off in the lead, the other held after all: its people took part
    ("held_after_all_nb",
     "Ett møte avlyst, men KS fikk likevel møtt helseministeren\n\n"
     "Møtet med Kunnskapsdepartementet ble avlyst tirsdag. Helse- og omsorgsminister Kari Dal kunne likevel "
     "gjennomføre det bilaterale møtet med KS. KS var representert ved styreleder Per Vik og nestleder Liv Moe.",
     "nb", {"Kari Dal", "Per Vik", "Liv Moe"}, set()),
    ("held_as_planned_nn",
     "Eitt møte utsett, det andre gjennomført\n\n"
     "Møtet med Kunnskapsdepartementet vart utsett tysdag. Helse- og omsorgsminister Kari Dal kunne halde "
     "det bilaterale møtet med KS som planlagt. Frå KS møtte styreleiar Per Vik og nestleiar Liv Moe.",
     "nn", {"Kari Dal", "Per Vik", "Liv Moe"}, set()),
    # one who could not get there did not take part
    ("did_not_get_there_nb",
     "KS møtte helseministeren til konsultasjonsmøte tirsdag. Statssekretær Ola Berg kom seg ikke fram på grunn "
     "av uværet. Fra KS møtte styreleder Per Vik.",
     "nb", {"Per Vik"}, {"Ola Berg"}),
    # negative: a call-off with nothing held after all leaves nobody present
    ("called_off_and_nothing_held_nn",
     "Konsultasjonsmøtet avlyst\n\n"
     "Konsultasjonsmøtet mellom KS og Helse- og omsorgsdepartementet tysdag er avlyst. Styreleiar Per Vik i KS "
     "seier at KS er skuffa, men likevel vil halde fram dialogen.",
     "nn", set(), {"Per Vik"}),
]


@pytest.mark.parametrize("text,language,expected,not_expected", cases(HELD_AFTER_ALL))
def test_occasion_held_after_all(text: str, language: str, expected: set[str], not_expected: set[str]) -> None:
    found = participant_names_of(meeting_in_october(text, language))
    assert expected <= found, expected - found
    assert not (not_expected & found), not_expected & found


ROLE_FIRST = [
    # (id, text, language, expected among the participants, not expected)
    # a person brought in by role, unnamed, and named in a later sentence opening with that role in apposition
    ("role_first_then_named_nb",
     "KS møtte helseministeren til konsultasjonsmøte tirsdag. Fra KS møtte styreleder Per Vik. Statsrådens "
     "politiske rådgiver fulgte hele møtet og noterte innspillene. Rådgiveren, Anne Holm, skal følge opp saken.",
     "nb", {"Per Vik", "Anne Holm"}, set()),
    ("role_first_then_named_nn",
     "KS møtte helseministeren til konsultasjonsmøte tysdag. Frå KS møtte styreleiar Per Vik. Statsrådens "
     "politiske rådgjevar tok notat gjennom heile møtet. Den politiske rådgjevaren, Anne Holm, skal lage eit "
     "samandrag.",
     "nn", {"Per Vik", "Anne Holm"}, set()),
    # negative: a role in apposition that the text never brought in before is no reference to someone there
    ("role_in_apposition_not_brought_in_before_nb",
     "KS møtte helseministeren til konsultasjonsmøte tirsdag. Fra KS møtte styreleder Per Vik.\n\n"
     "Forskeren, Ola Dal, har skrevet en rapport om saken for Nordby Analyse.",
     "nb", {"Per Vik"}, {"Ola Dal"}),
]


@pytest.mark.parametrize("text,language,expected,not_expected", cases(ROLE_FIRST))
def test_person_brought_in_by_role_first(text: str, language: str, expected: set[str],
                                         not_expected: set[str]) -> None:
    found = participant_names_of(meeting_in_october(text, language))
    assert expected <= found, expected - found
    assert not (not_expected & found), not_expected & found


CAME_FOR_HER = [
    # (id, text, language, expected among the participants, not expected)
    # a substitute came for the person the sentence named first, by a pronoun
    ("came_for_her_nb",
     "Helseminister Eva Lund møtte KS til konsultasjonsmøte tirsdag. Styreleder Kari Dal var på et EU-møte i "
     "Brussel, og nestleder Per Vik møtte for henne.",
     "nb", {"Per Vik", "Eva Lund"}, {"Kari Dal"}),
    ("came_for_him_nn",
     "Helseminister Eva Lund møtte KS til konsultasjonsmøte tysdag. Styreleiar Ola Dal var på eit anna møte, og "
     "nestleiar Siv Vik stilte for han.",
     "nn", {"Siv Vik", "Eva Lund"}, {"Ola Dal"}),
    # negative: with one person named before the cue, nobody else is marked away
    ("came_for_her_named_before_nb",
     "KS møtte helseministeren til konsultasjonsmøte tirsdag. Helseminister Eva Lund ledet møtet. Styreleder "
     "Kari Dal var syk. Nestleder Per Vik møtte for henne.",
     "nb", {"Per Vik", "Eva Lund"}, set()),
]


@pytest.mark.parametrize("text,language,expected,not_expected", cases(CAME_FOR_HER))
def test_substitute_came_for_a_person_by_pronoun(text: str, language: str, expected: set[str],
                                                 not_expected: set[str]) -> None:
    found = participant_names_of(meeting_in_october(text, language))
    assert expected <= found, expected - found
    assert not (not_expected & found), not_expected & found
