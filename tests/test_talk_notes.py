"""Talk notes and speech pages (invented texts): notes named by their header or label, drafts and key words written
for a meeting, talking points, and the speaker and date of a speech page."""
from __future__ import annotations

from datetime import date

import pytest

from extract_kit import extracted_meeting, meeting_of, participant_names_of
from flows.extract import document_layout, meeting_type


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


TALK_NOTES = ("Talenotat – styreleder Kari Nordmann\nNordbykonferansen, Nordby Hotel Sentrum, 4. mars 2025\n"
              "Innleder før meg: helseminister Per Vik. Ordstyrer: Anne Holm.\n\n"
              "Takk til statssekretær Ola Dal for et godt innlegg før meg. Jeg vil også ønske velkommen til "
              "kommunalminister Eva Lund.\n\nJeg vil takke professor Lars Berg for rapporten han skrev i fjor.\n\n"
              "Kommunene trenger mer penger.")


def test_talk_notes_name_the_speakers_around_the_talk() -> None:
    meeting = meeting_of(TALK_NOTES, "nb", None)
    assert meeting is not None and meeting.meeting_type == "foredrag"
    names = {p.name for p in meeting.participants}
    assert {"Kari Nordmann", "Per Vik", "Anne Holm", "Ola Dal", "Eva Lund"} <= names
    assert "Lars Berg" not in names  # thanked for a report, not for a talk at the occasion
    assert not any("Hotel" in n for n in names)  # a venue


TALKING_POINTS_NB = ("KS – SNAKKEPUNKTER / INTERNT\n\nMøte med helseministeren\nDato: 3. mars 2025\n"
                     "Sted: Helse- og omsorgsdepartementet\n\n"
                     "Fra KS: styreleder Kari Dal (innlegg), nestleder Ola Berg, direktør Anne Lie\n"
                     "Fra HOD: statsråd Per Hansen, statssekretær Eva Moen\n\n"
                     "Innlegg ved styreleder – ca. 6 minutter.\n\n"
                     "- Takk for at vi fikk komme.\n- Kommunene trenger flere sykepleiere.\n"
                     "- Obs: Ta ikke opp eiendomsskatt i dette møtet (tas i plenumsmøtet).")

TALKING_POINTS_NN = ("KS – TALEPUNKT\n\nMøte med helseministeren\nDato: 3. mars 2025\n"
                     "Stad: Helse- og omsorgsdepartementet\n\n"
                     "Frå KS: styreleiar Kari Dal (innlegg), nestleiar Ola Berg, direktør Anne Lie\n"
                     "Frå HOD: statsråd Per Hansen, statssekretær Eva Moen\n\n"
                     "Innlegg ved styreleiar – om lag 6 minutt.\n\n"
                     "- Takk for at vi fekk kome.\n- Kommunane treng fleire sjukepleiarar.\n"
                     "- Obs: Ikkje ta opp eigedomsskatt i dette møtet (vert teke i plenumsmøtet).")


@pytest.mark.parametrize("text,language", [(TALKING_POINTS_NB, "nb"), (TALKING_POINTS_NN, "nn")],
                         ids=["talking_points_nb", "talking_points_nn"])
def test_talking_points_for_a_meeting_with_a_minister(text: str, language: str) -> None:
    meeting = meeting_of(text, language, published=None)
    assert meeting is not None
    assert meeting.meeting_type == "foredrag"
    assert meeting.counterpart == "Helse- og omsorgsdepartementet"
    assert {"Kari Dal", "Ola Berg", "Per Hansen", "Eva Moen"} <= {p.name for p in meeting.participants}


# --- talk drafts for a meeting with a ministry -------------------------------------------------------

DRAFT_NB = ("Innspill til møte med statssekretær i Kunnskapsdepartementet\n"
            "Taleutkast – Kari Dal, seniorrådgiver, KS\n"
            "Møte 12. mai 2025 kl. 10.00, KD\n"
            "Deltakere: statssekretær Per Lund (KD), Kari Dal og Ola Berg (KS)\n\n"
            "1. Innledning\n- Takk for invitasjonen\n\n"
            "2. Våre budskap\n- Skolebyggene forfaller\n- Kommunene må få et rentekompensasjonstilskudd\n"
            "- Staten må ta ansvar for lærerutdanningen")

DRAFT_NN = ("Utkast til innlegg i møte med helseministeren\n"
            "Stikkord – Siri Vik, styreleiar i KS Nordvik\n"
            "Nordvik, 3. april 2025\n"
            "Deltakarar: helse- og omsorgsminister Jon Bakke, Siri Vik og Lars Moe (KS Nordvik)\n\n"
            "- Legevakta i distrikta manglar folk\n- Me ber om ei ny tilskotsordning\n- Staten må kome på banen")

DRAFT_KEYWORDS = ("Stikkord til innlegget på møtet med Barne- og familiedepartementet\n"
                  "Innlegg ved Mona Lie, direktør, KS\n"
                  "Møte 20. januar 2025, BFD\n\n"
                  "- Barnevernet trenger flere fosterhjem\n- Kommunene må få dekket utgiftene\n"
                  "- Vi ber om et fast møte hvert kvartal")


@pytest.mark.parametrize("text,language,counterpart,day,names", [
    (DRAFT_NB, "nb", "Kunnskapsdepartementet", (5, 12), {"Kari Dal", "Per Lund", "Ola Berg"}),
    (DRAFT_NN, "nn", "Helse- og omsorgsdepartementet", (4, 3), {"Siri Vik", "Jon Bakke", "Lars Moe"}),
    (DRAFT_KEYWORDS, "nb", "Barne- og familiedepartementet", (1, 20), {"Mona Lie"}),
], ids=["taleutkast_nb", "utkast_stikkord_nn", "stikkord_til_innlegget"])
def test_a_talk_draft_for_a_ministry_meeting_is_a_talk(text: str, language: str, counterpart: str,
                                                         day: tuple[int, int], names: set[str]) -> None:
    meeting = meeting_of(text, language=language, published=None)
    assert meeting is not None and meeting.meeting_type == "foredrag"
    assert meeting.counterpart == counterpart
    assert (meeting.date.month, meeting.date.day) == day
    assert names <= {p.name for p in meeting.participants}


def test_a_talk_draft_for_an_internal_event_has_no_ministry() -> None:
    text = ("Taleutkast – Kari Dal, styreleder i KS Nordby\nFylkesmøtet i KS Nordby, 14. mars 2025\n\n"
            "- Kommunene i fylket har gjort en stor jobb\n- Vi må stå sammen om kravene\n- Takk til alle")
    meeting = meeting_of(text, published=None)
    assert meeting is not None and meeting.meeting_type == "foredrag"
    assert meeting.counterpart is None
    assert [p.name for p in meeting.participants] == ["Kari Dal"]


@pytest.mark.parametrize("text", [
    "Styret har fått et utkast til uttalelse om skolebyggene. Utkastet sendes på høring i kommunene.",
    "Kommunene får stikkord til hvordan de kan søke om midlene. Fristen er 1. mai.",
], ids=["utkast_til_uttalelse", "stikkord_til_soknad"])
def test_a_draft_or_key_words_for_anything_but_a_talk_name_no_talk(text: str) -> None:
    assert meeting_of(text) is None


# --- one table of talk labels -------------------------------------------------------------------------------

@pytest.mark.parametrize("line", ["TALENOTAT", "Taleutkast – styreleiar", "Utkast til innlegg", "Stikkord til talen",
                                  "Talepunkta", "Forslag til tale"])
def test_a_talk_label_is_a_header_label_and_a_cue(line: str) -> None:
    assert document_layout.pattern("talk_label").match(line)
    assert any(c.rule == "talenotat" and c.pattern.search(line) for c in meeting_type.cues())


@pytest.mark.parametrize("line", ["Manus", "Stikkord:", "Manuskriptet"])
def test_a_common_word_labels_a_talk_only_in_the_header(line: str) -> None:
    assert document_layout.pattern("talk_label").match(line)
    assert not any(c.rule == "talenotat" and c.pattern.search(f"Han las {line.lower()} til filmen.")
                   for c in meeting_type.cues())


# --- a ministry's speech page --------------------------------------------------------------------------------

SPEECH_NB = ("Tale ved Nordbykonferansen om eldreomsorg\n\n"
             "Tale/artikkel | Dato: 11.03.2025 | Helse- og omsorgsdepartementet\n"
             "Helseminister Jorunn Bakke Eide\n\n"
             "Det talte ord gjelder\n\n"
             "Kjære ordførere,\n\n"
             "Takk for at jeg fikk komme. Da jeg møtte KS' styreleder Anders Holm i januar, sa han at "
             "kommunene trenger forutsigbarhet. Det er jeg enig i.\n\n"
             "Vi skal bygge flere sykehjemsplasser de neste årene.")

SPEECH_NN = ("Tale på fylkesmøtet i KS Innlandet\n\n"
             "Tale/innlegg | Dato: 05.11.2024 | Kommunal- og distriktsdepartementet\n"
             "Statsråd Marit Solheim Berg\n\n"
             "Det tala ordet gjeld\n\n"
             "Gode tilhøyrarar,\n\n"
             "Fylkesleiaren i KS Innlandet, Torbjørn Myhre, fortalde meg då vi møttest i sommar at "
             "kommunane treng føreseielege rammer. Det har eg teke med meg.\n\n"
             "Regjeringa vil styrkje dei frie inntektene.")


@pytest.mark.parametrize("text,language,speaker,other,day", [
    (SPEECH_NB, "nb", "Jorunn Bakke Eide", "Anders Holm", (2025, 3, 11)),
    (SPEECH_NN, "nn", "Marit Solheim Berg", "Torbjørn Myhre", (2024, 11, 5)),
], ids=["speech_page_nb", "speech_page_nn"])
def test_a_speech_page_gives_its_speaker_and_its_date(text: str, language: str, speaker: str, other: str,
                                                      day: tuple[int, int, int]) -> None:
    meeting = extracted_meeting(text, language, published=date(*day))
    assert meeting is not None and meeting.meeting_type == "foredrag"
    assert speaker in participant_names_of(meeting)
    assert other not in participant_names_of(meeting)  # met at another time, told in the talk
    assert (meeting.date.year, meeting.date.month, meeting.date.day) == day


@pytest.mark.parametrize("line,speaker", [
    ("Helse- og omsorgsminister Jorunn Bakke Eide", "Jorunn Bakke Eide"),
    ("Statssekretær Lars Myr", "Lars Myr"),
    ("Kommunal- og distriktsminister Odd Heggen", "Odd Heggen"),
], ids=["long_title", "state_secretary", "long_title_nn"])
def test_the_speaker_under_a_speech_page_header(line: str, speaker: str) -> None:
    text = ("Tale på Nordbykonferansen\n\nTale/artikkel | Dato: 11.03.2025 | Departementet\n" + line +
            "\n\nDet talte ord gjelder\n\nKjære ordførere,\n\nTakk for at jeg fikk komme. Kommunene gjør en stor "
            "jobb.\n\nVi skal bygge flere sykehjemsplasser.")
    meeting = extracted_meeting(text, published=date(2025, 3, 11))
    assert meeting is not None and meeting.meeting_type == "foredrag"
    assert speaker in participant_names_of(meeting)
