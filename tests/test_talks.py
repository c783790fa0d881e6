"""Talks (foredrag) (invented texts): a talk to the government, the talk nouns, a talk told by what it did or named
with a possessive, an agreement or a letter that is no talk, the talk cue read from the table, and the persons at a
talk's own occasion."""
from __future__ import annotations

from datetime import date

import pytest

from extract_kit import cases, meeting_in_may, meeting_of, participants_in
from flows import lexicon
from flows.extract import talk_labels
from flows.extract.people import find_people


def test_talk_thanking_two_ministers_speaks_to_no_single_ministry() -> None:
    text = ("Innlegg – Helsedagen 2025\nKari Nordmann, styreleder i KS\n\n"
            "Takk til helseministeren og til kunnskapsministeren for at dere kom.\n\nStaten må finansiere mer.")
    meeting = meeting_of(text, "nb", None)
    assert meeting is not None and meeting.meeting_type == "foredrag"
    assert meeting.counterpart not in ("Helse- og omsorgsdepartementet", "Kunnskapsdepartementet")


TALK_TO_GOVERNMENT = ("Talen til styreleder Kari Berg på Kommunekonferansen 2024\n\n{greeting}\n\n"
        "Det har vært et krevende år for kommunene. Derfor ber vi regjeringen om å styrke de frie inntektene.")


@pytest.mark.parametrize("greeting, counterpart", [
    ("Kjære ordførere, kjære statsråder og gode kolleger.", "regjeringen"),
    ("Kjære ordførere og gode kolleger.", None),
])
def test_talk_to_the_government(greeting: str, counterpart: str | None) -> None:
    m = meeting_of(TALK_TO_GOVERNMENT.format(greeting=greeting), published=date(2024, 2, 1))
    assert m is not None and m.meeting_type == "foredrag"
    assert m.counterpart == counterpart
    assert (m.date.text, m.date.year, m.date.month, m.date.day) == ("2024", 2024, None, None)


@pytest.mark.parametrize("text,language,mtype", [
    ("Statsråden heldt opningsføredraget på Nordbykonferansen i Nordby måndag 3. mars.", "nn", "foredrag"),
    ("Ministeren holdt åpningsforedraget på Skolekonferansen tirsdag.", "nb", "foredrag"),
    ("Etter føredraget svarte ho på spørsmål frå salen på Nordbykonferansen.", "nn", "foredrag"),
    # negative: a launch at a conference stays a launch
    ("KS lanserte rapporten på Nordbykonferansen tirsdag.", "nb", "lansering"),
], ids=["opening_talk_nn", "opening_talk_nb", "talk_nn", "launch_at_conference"])
def test_talk_nouns(text: str, language: str, mtype: str) -> None:
    meeting = meeting_of(text, language)
    assert meeting is not None and meeting.meeting_type == mtype


def test_talk_keeps_only_persons_at_its_own_occasion() -> None:
    """In talk notes dated by their header, a person the speaker met in another month is no
    participant."""
    text = ("TALENOTAT\n\nArne Fjellheim, styreleder i KS\nSkoledagen, Nordby rådhus, 4. april 2025\n"
            "Det talte ord gjelder\n\nDa jeg besøkte Nordvik i februar, sa ordfører Kari Lunde noe jeg husker.")
    assert participants_in(text, published=None) == {"Arne Fjellheim"}


@pytest.mark.parametrize("text,expected", [
    ("Statssekretæren lovet mer til legene\n\nHelse- og omsorgsdepartementets statssekretær talte på "
     "Nordbykonferansen.\n\nNORDBY: Statssekretær Per Hansen (Ap) holdt innlegg på Nordbykonferansen torsdag. "
     "Etter innlegget fikk direktør Kari Dal i KS ordet.", "Helse- og omsorgsdepartementet"),
    # negative: a talk at a conference where nobody of the ministry takes part has no counterpart
    ("KS-lederen talte på Nordbykonferansen\n\nKari Dal, styreleder i KS, holdt innlegg på Nordbykonferansen "
     "torsdag.\n\nHun ba Helse- og omsorgsdepartementet om mer penger til legevakt.", None),
], ids=["state_secretary_takes_part", "no_one_from_the_ministry"])
def test_talk_counterpart_through_a_ministry_person(text: str, expected: str | None) -> None:
    meeting = meeting_of(text, "nb")
    assert meeting is not None and meeting.meeting_type == "foredrag"
    assert meeting.counterpart == expected


TALK_POSSESSIVE_NB = ("Nordby Medisin | Psykiatri\n\nKS: – Kommunene står alene\n\n"
           "På Nordbykonferansen om rus fikk departementet høre om ventelistene.\n\n"
           "Publisert 10.09.2024\n\n"
           "Rundt 500 deltakere var samlet i Nordby Spektrum. I sitt innlegg på konferansens andre dag gikk "
           "KS-nestleder Kari Dal rett på ventelistene.\n\n"
           "«Vi trenger flere plasser», sa Dal.\n\n"
           "Etter innlegget svarte statssekretær Per Lund i Helse- og omsorgsdepartementet fra scenen.\n\n"
           "«Vi hører hva KS sier», sa Lund.")


def test_a_talk_named_with_a_possessive_is_a_talk_and_the_answering_ministry_takes_part() -> None:
    meeting = meeting_of(TALK_POSSESSIVE_NB, published=date(2024, 9, 10))
    assert meeting is not None
    assert meeting.meeting_type == "foredrag"
    assert meeting.counterpart == "Helse- og omsorgsdepartementet"
    names = [p.name for p in meeting.participants]
    assert names[0] == "Kari Dal" and "Per Lund" in names
    assert not any("Spektrum" in n for n in names)


@pytest.mark.parametrize("text", [
    "Møtet ble holdt i Nordby Spektrum onsdag.",
    "Konferansen vart halden i Nordvik Messe tysdag.",
], ids=["spektrum_nb", "messe_nn"])
def test_an_arena_is_no_person(text: str) -> None:
    assert not {p.name for p in find_people(text).persons}


def test_a_letter_named_with_a_possessive_is_no_talk() -> None:
    meeting = meeting_of("Ordføreren skriver til statsråden\n\nI sitt brev ber ordfører Kari Dal om mer penger.")
    assert meeting is None or meeting.meeting_type != "foredrag"


def test_the_talk_cue_reads_the_table() -> None:
    table = lexicon.load("meeting_types")["talk_labels"]
    assert all(word in talk_labels.cue_pattern() for word in table["words"])
    assert "talk_labels" not in lexicon.load("request_verbs")


def test_a_board_leaders_talk_at_a_conference_stays_a_talk() -> None:
    text = ("Fylkesstyreleder holdt innlegg\n\nFylkesstyreleder i KS Nordland, Ida Moe, holdt innlegg på "
            "Samferdselskonferansen i Bodø torsdag 6. mars.")
    meeting = meeting_of(text, published=None)
    assert meeting is not None and meeting.meeting_type == "foredrag"


# --- a talk told by what it did -------------------------------------------------------------------------------

OPENED_NB = ("Kunnskapsministeren i Bodø: – Lærerne er viktigst\n\n"
             "Det var kunnskapsminister Eva Brattli som åpnet Nordlandskonferansen i Bodø onsdag 14. mai. Hun "
             "snakket om rekruttering av lærere og svarte på spørsmål fra salen.")

OPENED_NN = ("Helseministeren opna konferansen\n\n"
             "Helse- og omsorgsminister Jon Rud opna tysdag 13. mai Kommunehelsedagane i Ålesund. Han snakka om "
             "legevakta i distrikta.")

TALK_WITH_NN = ("Statsråden på Fjordkonferansen\n\n"
                "Kommunal- og distriktsminister Lars Holm avslutta fredag 16. mai Fjordkonferansen på Stryn med eit "
                "føredrag om busetjing.")


@pytest.mark.parametrize("text,language,day", [
    (OPENED_NB, "nb", (5, 14)), (OPENED_NN, "nn", (5, 13)), (TALK_WITH_NN, "nn", (5, 16)),
], ids=["opened_with_a_talk_nb", "opened_a_conference_nn", "closed_with_a_talk_nn"])
def test_a_talk_told_by_what_it_did(text: str, language: str, day: tuple[int, int]) -> None:
    meeting = meeting_in_may(text, language)
    assert meeting is not None and meeting.meeting_type == "foredrag"
    assert (meeting.date.month, meeting.date.day) == day


ALLOWS_NB = ("Ny lov om tvang\n\n"
             "KS er kritisk til den nye loven. – Loven åpner for mer tvang i hverdagen, sier direktør Ola Nyhus i KS.")

CHAIR_NB = ("Møte om beredskap\n\n"
            "KS møtte justisministeren tirsdag 13. mai. Styreleder Ola Nyhus åpnet møtet.")


@pytest.mark.parametrize("text,expected", [(ALLOWS_NB, None), (CHAIR_NB, "konsultasjonsmote")],
                         ids=["allows_is_no_talk", "opening_a_meeting_is_chairing"])
def test_opening_something_else_is_no_talk(text: str, expected: str | None) -> None:
    meeting = meeting_in_may(text)
    assert (meeting.meeting_type if meeting is not None else None) == expected


# --- a talk held, told with the definite noun or as a speech --------------------------------------------------------

TALKS_HELD = [
    ("held_the_introduction_at_a_conference_nn",
     "Statssekretæren bad kommunane tenkje nytt\n\n"
     "Statssekretær Per Olsen i Kunnskapsdepartementet heldt innleiinga på haustkonferansen til KS Nordland i Bodø "
     "onsdag 8. oktober. Ein panelsamtale om skulebygg følgde.\n\n"
     "– Vi må bruke pengane klokt, sa Olsen.", "nn", (10, 8)),
    ("held_the_speech_at_a_conference_nb",
     "Ministeren talte til ordførerne\n\n"
     "Kommunal- og distriktsminister Eli Dahl holdt åpningstalen på vinterkonferansen til KS Innlandet på Hamar "
     "torsdag 6. februar.\n\n"
     "– Kommunene er grunnmuren, sa Dahl.", "nb", (2, 6)),
    ("held_a_speech_nb",
     "Ministeren talte til ordførerne\n\n"
     "Kunnskapsminister Eva Brattli holdt en tale på skolekonferansen i Bergen tirsdag 11. mars.\n\n"
     "– Lærerne er viktigst, sa Brattli.", "nb", (3, 11)),
]


@pytest.mark.parametrize("text,language,day", cases(TALKS_HELD))
def test_a_talk_held_is_a_talk(text: str, language: str, day: tuple[int, int]) -> None:
    meeting = meeting_in_may(text, language)
    assert meeting is not None and meeting.meeting_type == "foredrag" and (meeting.date.month, meeting.date.day) == day


@pytest.mark.parametrize("text,language", [
    ("Avtale om skolebygg\n\nKS og Kunnskapsdepartementet hadde en avtale om skolebygg som gikk ut i fjor.", "nb"),
    ("Avtale om ferjer\n\nFylket hadde ein avtale med reiarlaget som no er sagt opp.", "nn"),
], ids=["an_agreement_is_no_speech_nb", "an_agreement_is_no_speech_nn"])
def test_an_agreement_is_no_talk(text: str, language: str) -> None:
    meeting = meeting_in_may(text, language)
    assert meeting is None or meeting.meeting_type != "foredrag"


# --- a talk told with its time or its title between ----------------------------------------------------------------

TALKS = [
    ("date_between_nb",
     "Kommunene kan ikke bære alt alene\n\n"
     "Styreleder i KS, Kari Lunde, holdt 12. mars 2025 innlegget «Kommunenes ansvar» på Nordbyforumets lederseminar "
     "i Bodø.\n\nSeminaret ble ledet av generalsekretær Per Vik. Etter innlegget var det spørsmål fra salen.", "nb"),
    ("weekday_between_nn",
     "Kommunane treng tillit\n\n"
     "Nestleiar i KS, Ola Berg, heldt torsdag innlegget «Tillit først» på leiarseminaret til Nordbyforbundet.\n\n"
     "Seminaret vart leidd av generalsekretær Eli Dahl. Etter innlegget fekk salen stille spørsmål.", "nn"),
]


@pytest.mark.parametrize("text,language", cases(TALKS))
def test_a_talk_with_its_time_or_title_between_is_a_talk(text: str, language: str) -> None:
    meeting = meeting_in_may(text, language)
    assert meeting is not None
    assert meeting.meeting_type == "foredrag"


REPORTED_TALKS = [
    # (id, text, language, expected participants, not expected)
    # a talk reported by a third party: those reported speaking there in the past tense took part
    ("reported_talk_voices_nb",
     "Statsministeren fikk klar beskjed fra kommunene\n\n"
     "Statsminister Eva Strand lovet mer tillit da hun talte til Kommuneforum tirsdag 6. mai.\n\n"
     "Av Tone Vik, NPK\n\n"
     "– Vi skal gi kommunene større frihet, sa Strand fra talerstolen.\n\n"
     "KS-styreleder Ola Berg takket statsministeren for talen, men la ikke skjul på at kommunene hadde ventet mer "
     "enn ord om tillit og frihet.\n\n"
     "– Tillit må følges av penger, sa Berg.\n\n"
     "Fra salen kom flere innlegg.\n\n– Vi har fått tre nye tilsyn bare i år, sa ordfører Kari Lie i Nordvik.",
     "nb", {"Eva Strand", "Ola Berg", "Kari Lie"}, set()),
    ("reported_talk_voices_nn",
     "Statsministeren fekk klar tale frå kommunane\n\n"
     "Statsminister Eva Strand lova meir tillit då ho tala til Kommuneforum tysdag 6. mai.\n\n"
     "Av Tone Vik, NPK\n\n"
     "– Vi skal gi kommunane større fridom, sa Strand frå talarstolen.\n\n"
     "KS-styreleiar Ola Berg takka statsministeren for talen, men la ikkje skjul på at kommunane hadde venta meir "
     "enn ord om tillit og fridom.\n\n"
     "– Tillit må følgjast av pengar, sa Berg.",
     "nn", {"Eva Strand", "Ola Berg"}, set()),
    # negative: a voice placed at another time ("i fjor") is no participant of this talk
    ("reported_talk_voice_last_year_nb",
     "Statsministeren fikk klar beskjed fra kommunene\n\n"
     "Statsminister Eva Strand lovet mer tillit da hun talte til Kommuneforum tirsdag 6. mai.\n\n"
     "– Vi skal gi kommunene større frihet, sa Strand fra talerstolen.\n\n"
     "Fjorårets forum ble åpnet av tidligere KS-leder Per Dahl, som den gang lovet tettere samarbeid.\n\n"
     "– Vi skal samarbeide bedre, sa Dahl i fjor.",
     "nb", {"Eva Strand"}, {"Per Dahl"}),
    # negative: in a talk's own text, a person the speaker met before ("Der viste NN meg rundt") is not there
    ("talk_text_person_met_before_nb",
     "Talen til styreleder Kari Berg på Kommuneforum 2025\n\n"
     "Det talte ord gjelder.\n\n"
     "Kjære ordførere og gode kolleger fra hele landet.\n\n"
     "For noen uker siden var jeg på besøk i Nordvik. Der viste kommunedirektør Per Dahl meg rundt på sykehjemmet. "
     "«Vi har ikke lenger tid til de gamle», sa han til meg.\n\n"
     "Derfor ber vi regjeringen om å styrke kommuneøkonomien.",
     "nb", set(), {"Per Dahl"}),
]


@pytest.mark.parametrize("text,language,expected,not_expected", cases(REPORTED_TALKS))
def test_reported_talk_keeps_the_voices_there(text: str, language: str, expected: set[str],
                                              not_expected: set[str]) -> None:
    meeting = meeting_in_may(text, language)
    assert meeting is not None and meeting.meeting_type == "foredrag"
    found = {p.name for p in meeting.participants}
    assert expected <= found, expected - found
    assert not (not_expected & found), not_expected & found
