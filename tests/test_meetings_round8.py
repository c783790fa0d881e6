"""Meetings round 8: what kind of document reports the occasion and which date a meeting sentence
refers to. Talk notes named by their header line, the ministry a talk speaks to, invitations to a
coming meeting (and who takes part in one), a cue after a quantifier ("i flere konsultasjonsmøter"),
"dagens møte" and the publication line, the date that opens the paragraph after the lead, a
newspaper that a speaker talks to, a news dateline that is no caption label. Every sentence here
is written for the test (bokmål and nynorsk); each rule has positive and negative cases."""
from __future__ import annotations

from datetime import date

import pytest

from extract_kit import cases, meeting_of
from flows.extract.layout import is_dateline
from flows.publication_line import stamp_date, with_stamp_date
from flows.model import Block, Metadata
from flows.segment import segment

TALK_NB = ("Innlegg – Skoledagen 2025\nKari Nordmann, styreleder i KS\nNordby rådhus, tirsdag 4. mars\n\n"
           "Takk for invitasjonen, og takk til kunnskapsministeren, som åpnet dagen.\n\n"
           "Jeg skal snakke om skolebygg. Husk: konsultasjonsmøtet med KD i mai.\n\n"
           "Staten må:\n- finansiere nye skolebygg\n- gi kommunene frihet")
TALK_NN = ("Talenotat – styreleiar Per Olav Vik\nFylkestinget i Nordby, onsdag 12. mars\n\n"
           "Takk til helseministeren, som sit på første rad i dag.\n\n"
           "Eg var på besøk hos kommuneoverlege Ola Dal i fjor. Der sa han noko eg hugsar.\n\n"
           "KS ber regjeringa om meir pengar til legevakt.")


@pytest.mark.parametrize("text,language,mtype,month_day,counterpart,participants", [
    (TALK_NB, "nb", "foredrag", (3, 4), "Kunnskapsdepartementet", {"Kari Nordmann"}),
    (TALK_NN, "nn", "foredrag", (3, 12), "Helse- og omsorgsdepartementet", {"Per Olav Vik"}),
    # negative: a word that only begins like the header label names no talk
    ("Innleggsfrist – 1. mars for alle kommunene.\n\nKS møtte kunnskapsministeren til konsultasjonsmøte tirsdag "
     "4. mars.", "nb", "konsultasjonsmote", (3, 4), "Kunnskapsdepartementet", set()),
], ids=["talk_header_nb", "talk_header_nn_byline_after_label", "label_prefix_is_no_header"])
def test_talk_notes_by_header(text: str, language: str, mtype: str, month_day: tuple[int, int],
                              counterpart: str, participants: set[str]) -> None:
    meeting = meeting_of(text, language, None)
    assert meeting is not None
    assert meeting.meeting_type == mtype
    assert (meeting.date.month, meeting.date.day) == month_day
    assert meeting.counterpart == counterpart
    assert participants <= {p.name for p in meeting.participants}
    assert "Ola Dal" not in {p.name for p in meeting.participants}  # told of in the talk, not present


def test_talk_thanking_two_ministers_speaks_to_no_single_ministry() -> None:
    text = ("Innlegg – Helsedagen 2025\nKari Nordmann, styreleder i KS\n\n"
            "Takk til helseministeren og til kunnskapsministeren for at dere kom.\n\nStaten må finansiere mer.")
    meeting = meeting_of(text, "nb", None)
    assert meeting is not None and meeting.meeting_type == "foredrag"
    assert meeting.counterpart not in ("Helse- og omsorgsdepartementet", "Kunnskapsdepartementet")


INVITATIONS = [
    ("invitation_nb",
     "KS Nordby inviterer kunnskapsministeren til et møte i Nordby tirsdag 14. oktober.\n\n"
     "– Vi vil vise fram skolene våre, sier fylkesleder Anne Berg.\n\n"
     "Med seg får hun ordfører i Nordby, Ola Strand.", "nb", (10, 14), "Kunnskapsdepartementet",
     {"Ola Strand"}, {"Anne Berg"}),
    ("invitation_nn",
     "KS Nordby ber klima- og miljøministeren kome til eit møte i Nordby onsdag 5. november.\n\n"
     "– Vi vil at han skal høyre på oss, seier fylkesleiar Anne Berg.\n\n"
     "Ho ventar ikkje at statsråden skal ha alle svara med seg.", "nn", (11, 5), "Klima- og miljødepartementet",
     set(), {"Anne Berg"}),
]


@pytest.mark.parametrize("text,language,month_day,counterpart,present,absent", cases(INVITATIONS))
def test_invitation_to_a_coming_meeting(text: str, language: str, month_day: tuple[int, int], counterpart: str,
                                        present: set[str], absent: set[str]) -> None:
    meeting = meeting_of(text, language, None)
    assert meeting is not None
    assert (meeting.meeting_type, meeting.rule) == ("annet", "invitasjon")
    assert (meeting.date.month, meeting.date.day) == month_day
    assert meeting.counterpart == counterpart
    names = {p.name for p in meeting.participants}
    assert present <= names and not absent & names  # who will go, not who speaks of it


def test_invitation_to_a_consultation_meeting_is_a_consultation() -> None:
    meeting = meeting_of("KS er invitert til konsultasjonsmøte med helseministeren torsdag.", "nb")
    assert meeting is not None and meeting.meeting_type == "konsultasjonsmote"


@pytest.mark.parametrize("text,mtype", [
    ("Ordføreren møtte helseministeren i departementet tirsdag.\n\n"
     "KS har tatt opp saken i flere konsultasjonsmøter det siste året.", "annet"),
    ("Ordføraren møtte helseministeren i departementet tysdag.\n\n"
     "KS har teke opp saka i fleire konsultasjonsmøte det siste året.", "annet"),
    # negative: the one consultation meeting the text reports
    ("Ordføreren møtte helseministeren tirsdag.\n\nSaken ble tatt opp i konsultasjonsmøtet tirsdag.",
     "konsultasjonsmote"),
], ids=["quantifier_nb", "quantifier_nn", "one_meeting"])
def test_cue_after_a_quantifier_names_a_class_of_meetings(text: str, mtype: str) -> None:
    meeting = meeting_of(text, "nb")
    assert meeting is not None and meeting.meeting_type == mtype


@pytest.mark.parametrize("text,expected", [
    ("I dagens konsultasjonsmøte ba KS om mer penger. Det neste møtet holdes i september.", (2025, 3, 5)),
    ("På dagsens møte med statsråden kravde KS meir pengar.", (2025, 3, 5)),
    # negative: "dagens" before a word that names no occasion dates nothing
    ("I konsultasjonsmøtet ba KS om å endre dagens ordning.", (None, None, None)),
], ids=["dagens_nb", "dagsens_nn", "dagens_ordning"])
def test_todays_meeting_is_dated_by_publication(text: str, expected: tuple) -> None:
    meeting = meeting_of(text, "nb", date(2025, 3, 5))
    assert meeting is not None
    assert (meeting.date.year, meeting.date.month, meeting.date.day) == expected


@pytest.mark.parametrize("raw,expected", [
    ("Forside\n\nTittel\n\nPublisert: 13.05.2025\nSist oppdatert: 14.05.2025 kl. 10.12\n\nTekst.", date(2025, 5, 13)),
    ("Tittel\n\nPublisert 3. mars 2025 kl. 10.12\n\nTekst.", date(2025, 3, 3)),
    ("Tittel\n\n04.06.2025 | Tekst: Kari Nordmann\n\nTekst.", date(2025, 6, 4)),
    # negatives: no year; a date opening a sentence of the story; a line too far down
    ("Tittel\n\nPublisert 17. september\n\nTekst.", None),
    ("Tittel\n\n04.06.2025 var en fin dag for kommunene.", None),
    ("\n".join(["Linje"] * 20) + "\nPublisert: 13.05.2025", None),
], ids=["label_numeric", "label_words", "date_and_bar", "no_year", "story_sentence", "too_far_down"])
def test_publication_line(raw: str, expected: date | None) -> None:
    assert stamp_date(raw) == expected


def test_sidecar_date_outranks_the_publication_line() -> None:
    sidecar = Metadata(published=date(2024, 1, 2))
    assert with_stamp_date(sidecar, "Publisert: 13.05.2025\n").published == date(2024, 1, 2)
    assert with_stamp_date(Metadata(), "Publisert: 13.05.2025\n").published == date(2025, 5, 13)


@pytest.mark.parametrize("text,expected", [
    ("KS og FO møtte barneministeren for å snakke om barnevernet.\n\n"
     "Onsdag 4. juni satt lederne ved samme bord som statsråden.", (6, 4)),
    ("KS og FO møtte barneministeren for å snakke om barnevernet.\n\n"
     "Tysdag 3. juni sat leiarane ved same bord som statsråden.", (6, 3)),
    # negatives: a publication line; a date with its year is history
    ("KS og FO møtte barneministeren for å snakke om barnevernet.\n\n04.06.2025 | Tekst: Kari Nordmann", (None, None)),
    ("KS og FO møtte barneministeren for å snakke om barnevernet.\n\n"
     "1. januar 2022 trådte reformen i kraft.", (None, None)),
], ids=["opening_date_nb", "opening_date_nn", "byline_date", "historic_date"])
def test_date_opening_the_paragraph_after_the_lead(text: str, expected: tuple) -> None:
    meeting = meeting_of(text, "nb", None)
    assert meeting is not None
    assert (meeting.date.month, meeting.date.day) == expected


@pytest.mark.parametrize("text,medium,person", [
    ("KS møtte helseministeren til konsultasjonsmøte tirsdag.\n\n"
     "– Vi er fornøyde, sa styreleder Kari Nordmann til Nordby Tidende etter møtet.", "Nordby Tidende",
     "Kari Nordmann"),
    ("KS møtte helseministeren til konsultasjonsmøte tysdag.\n\n"
     "– Vi er nøgde, seier styreleiar Kari Nordmann overfor Vestlandsposten Nord etter møtet.",
     "Vestlandsposten Nord", "Kari Nordmann"),
    ("KS møtte helseministeren til konsultasjonsmøte tirsdag. Styreleder Kari Nordmann var fornøyd.\n\n"
     "Overfor Nordby Tidende sa Nordmann etterpå at hun tar med seg innspillene.", "Overfor Nordby Tidende",
     "Kari Nordmann"),
], ids=["medium_nb", "medium_nn", "preposition_led_phrase"])
def test_a_medium_spoken_to_is_no_participant(text: str, medium: str, person: str) -> None:
    meeting = meeting_of(text, "nb")
    assert meeting is not None
    names = {p.name for p in meeting.participants}
    assert person in names and medium not in names


def _blocks(text: str) -> tuple[Block, ...]:
    return segment(text)


@pytest.mark.parametrize("label,text,expected", [
    ("NORDBY: ", "NORDBY: Brevet ble sendt mandag.\n\nOrdføreren i Nordby er fornøyd.", True),
    ("STRANDA: ", "STRANDA: Brevet vart sendt måndag.\n\nOrdføraren på Stranda er nøgd.", True),
    # negatives: a caption label of several words; one word the text never uses as a place
    ("I MØTE: ", "I MØTE: Kari Nordmann og Ola Dal.\n\nDe møttes i Nordby.", False),
    ("ENGASJERT: ", "ENGASJERT: Kari Nordmann.\n\nHun bor i Nordby.", False),
], ids=["dateline_nb", "dateline_nn", "caption_label", "one_word_caption"])
def test_news_dateline_is_no_caption_label(label: str, text: str, expected: bool) -> None:
    assert is_dateline(label, _blocks(text)) is expected


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


@pytest.mark.parametrize("name,role,text,kept", [
    ("Nordby Tidende", None, "– Bra, sa hun til Nordby Tidende etter møtet.", False),
    ("Overfor Nordby Tidende", None, "Overfor Nordby Tidende sa hun at det var bra.", False),
    # negatives: a person with a role spoken to; a name after "til" with no verb of saying before it
    ("Kari Berg", "statsråd", "– Bra, sa hun til Kari Berg etter møtet.", True),
    ("Kari Berg", None, "Ordet gikk til Kari Berg.", True),
], ids=["medium_after_speech", "preposition_led", "person_with_role", "no_speech_verb"])
def test_not_media(name: str, role: str | None, text: str, kept: bool) -> None:
    from flows.extract.participant_details import not_media
    from flows.model import Mention

    assert (not_media((Mention(name, role, None),), text) != ()) is kept
