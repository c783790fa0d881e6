"""Meetings round 14: where a meeting and its people are told outside a plain news report. A statement the parties
adopted at a meeting and published under a frame that tells it; a ministry's speech page (the speaker under the
page header, with the title before the name, and the page's date between bars); a hearing, where every
organisation heard took part; the particle first ("Med var også NN"); a question asked at the occasion; a season
that places another occasion; a newspaper named like a person; a preview of a meeting still to come.

Every text here is written for the test, in bokmål and nynorsk, with other names, bodies, places and ministries
than any evaluation text."""
from __future__ import annotations

from datetime import date

import pytest

from extract_kit import extracted_meeting, meeting_of
from flows.extract.occasion_time import other_time
from flows.extract.participant_details import not_media
from flows.model import Mention


_meeting = extracted_meeting


def _names(meeting) -> set[str]:  # type: ignore[no-untyped-def]
    return {p.name for p in meeting.participants} if meeting is not None else set()


# --- a statement under a frame that tells the meeting ----------------------------------------------------------

FRAMED_NB = ("Felles uttalelse fra KS og Utdanningsforbundet om skolehelsetjenesten\n\n"
             "Onsdag 4. juni møtte styreleder Karin Ødegård i KS og forbundsleder Tor Arne Viken i "
             "Utdanningsforbundet barne- og familieminister Helge Strand i Barne- og familiedepartementet. "
             "Etter møtet ble partene enige om denne uttalelsen:\n\n"
             "«Skolehelsetjenesten må styrkes. Vi ber regjeringen om å øke tilskuddet til helsesykepleiere.»")
FRAMED_NN = ("Fellesfråsegn frå KS og Fagforbundet om bemanning\n\n"
             "Måndag 10. mars møttest fylkesleiar Oddny Lid i KS Vestfold og leiar Kåre Tveito i "
             "Fagforbundet og arbeids- og inkluderingsminister Siri Haug. Etter møtet sende partane ut denne "
             "fråsegna:\n\n"
             "«Kommunane treng fleire heile stillingar. Vi ber regjeringa om å endre regelverket for turnus.»")
FRAMED_TODAY = ("Uttalelse fra KS og NHO om lærlinger\n\n"
                "I dag hadde KS og NHO et møte med kunnskapsminister Eva Berg i Kunnskapsdepartementet. Etter "
                "møtet sendte partene ut følgende uttalelse:\n\n"
                "\"Flere lærlinger må få plass i kommunene. Vi ber regjeringen om å øke lærlingtilskuddet.\"")
UNFRAMED_NB = ("Felles uttalelse fra KS og Legeforeningen om legevakt\n\n"
               "Legevakten i distriktene er under press. I konsultasjonsmøtet i fjor tok vi opp dette med "
               "statsråden, uten at noe har skjedd. Vi ber regjeringen om å styrke basistilskuddet.")
FRAME_WITHOUT_MEETING = ("Felles uttalelse fra KS og Delta om heltid\n\n"
                         "KS og Delta har sendt en felles uttalelse til regjeringen. Her er den:\n\n"
                         "«Vi har et felles ansvar. Derfor ber vi om en nasjonal plan, slik vi sa i "
                         "konsultasjonsmøtet i fjor.»")


@pytest.mark.parametrize("text,language,day,counterpart,people", [
    (FRAMED_NB, "nb", (6, 4), "Barne- og familiedepartementet", {"Karin Ødegård", "Tor Arne Viken", "Helge Strand"}),
    (FRAMED_NN, "nn", (3, 10), "Arbeids- og inkluderingsdepartementet", {"Oddny Lid", "Kåre Tveito", "Siri Haug"}),
    (FRAMED_TODAY, "nb", (5, 20), "Kunnskapsdepartementet", {"Eva Berg"}),
], ids=["framed_nb", "framed_nn", "framed_today_straight_quotes"])
def test_a_statement_framed_by_its_meeting_reports_the_meeting(text: str, language: str, day: tuple[int, int],
                                                               counterpart: str, people: set[str]) -> None:
    meeting = _meeting(text, language, published=date(2025, 5, 20))
    assert meeting is not None and meeting.meeting_type in ("annet", "konsultasjonsmote")
    assert (meeting.date.month, meeting.date.day) == day
    assert meeting.counterpart == counterpart
    assert people <= _names(meeting)


@pytest.mark.parametrize("text", [UNFRAMED_NB, FRAME_WITHOUT_MEETING], ids=["unframed", "frame_without_meeting"])
def test_a_statement_without_a_meeting_in_its_frame_reports_none(text: str) -> None:
    assert _meeting(text) is None


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
    meeting = _meeting(text, language, published=date(*day))
    assert meeting is not None and meeting.meeting_type == "foredrag"
    assert speaker in _names(meeting)
    assert other not in _names(meeting)  # met at another time, told in the talk
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
    meeting = _meeting(text, published=date(2025, 3, 11))
    assert meeting is not None and meeting.meeting_type == "foredrag"
    assert speaker in _names(meeting)


def test_a_talk_dated_in_its_own_sentence_keeps_that_date() -> None:
    text = ("Innlegg på Vestlandskonferansen\n\n"
            "Tale/artikkel | Dato: 20.03.2025 | Kunnskapsdepartementet\n"
            "Kunnskapsminister Per Aune\n\n"
            "Jeg holdt dette innlegget på Vestlandskonferansen tirsdag 18. mars 2025.\n\n"
            "Skolen trenger flere lærere.")
    meeting = _meeting(text, published=date(2025, 3, 20))
    assert meeting is not None and (meeting.date.month, meeting.date.day) == (3, 18)


@pytest.mark.parametrize("sentence,published,expected", [
    ("fortalde det tydeleg då vi møttest i sommar: «Vi treng folk.»", date(2024, 10, 2), True),
    ("Da jeg møtte ham i vinter, sa han det samme.", date(2025, 5, 14), True),
    ("Vi møttes i høst.", date(2025, 3, 3), True),
    ("Vi møttes i vår.", date(2025, 4, 3), False),
    ("I vår kommune er det god kontakt med departementet.", date(2025, 9, 3), False),
    ("Møtet i haust var det første.", date(2025, 10, 3), False),
], ids=["summer_in_october_nn", "winter_in_may", "autumn_in_march", "spring_in_april", "possessive_vaar",
        "autumn_in_october_nn"])
def test_a_season_other_than_the_season_of_publication_is_another_time(sentence: str, published: date,
                                                                       expected: bool) -> None:
    assert other_time(sentence, published) is expected


# --- a hearing: every organisation heard took part ---------------------------------------------------------

HEARING_NB = ("KS og pasientorganisasjonene uenige i høringen\n\n"
              "Helse- og omsorgskomiteen holdt torsdag 6. mars åpen høring om forslaget til ny lov om "
              "pasientreiser.\n\n"
              "– Kommunene kan ikke ta regningen alene, sa nestleder i KS, Ola Brekken, under høringen.\n\n"
              "Leder i Pasientforeningen Nord, Lise Kvam, sa at loven kommer for sent.\n\n"
              "Komitéleder Arne Fjell (Sp) spurte KS om kommunene har regnet på kostnadene.")
HEARING_NN = ("Usemje i høyringa om rusreforma\n\n"
              "Helse- og omsorgskomiteen heldt tysdag 8. april open høyring om rusreforma.\n\n"
              "– Kommunane manglar pengar, sa områdedirektør i KS, Randi Vik, under høyringa.\n\n"
              "Forbundsleiar i Rusforeininga Vest, Per Hovland, sa at reforma er altfor forsiktig.")
MEETING_WITH_REACTION = ("KS møtte helseministeren om pasientreiser\n\n"
                         "Styreleder i KS, Ola Brekken, møtte torsdag 6. mars helseminister Jon Dahl i "
                         "departementet.\n\n"
                         "– Vi fikk gehør, sa Brekken etter møtet.\n\n"
                         "Leder i Pasientforeningen Nord, Lise Kvam, sa til NRK at hun er skuffet over at "
                         "foreningen ikke ble invitert.")


@pytest.mark.parametrize("text,language,heard", [
    (HEARING_NB, "nb", {"Ola Brekken", "Lise Kvam", "Arne Fjell"}),
    (HEARING_NN, "nn", {"Randi Vik", "Per Hovland"}),
], ids=["hearing_nb", "hearing_nn"])
def test_every_organisation_heard_at_a_hearing_took_part(text: str, language: str, heard: set[str]) -> None:
    meeting = _meeting(text, language)
    assert meeting is not None
    assert heard <= _names(meeting)


@pytest.mark.parametrize("tail,absent", [
    ("Fagforbundet ble ikke invitert til høringen. – Vi er skuffet, sier leder i Fagforbundet, Mona Dal.",
     "Mona Dal"),
    ("Leder i Fagforbundet Nord, Mona Dal, sier til NRK at hun følger saken.", "Mona Dal"),
], ids=["organisation_not_invited", "source_to_a_medium"])
def test_at_a_hearing_the_absent_and_the_sources_took_no_part(tail: str, absent: str) -> None:
    meeting = _meeting(HEARING_NB + "\n\n" + tail, "nb")
    assert meeting is not None and "Ola Brekken" in _names(meeting)
    assert absent not in _names(meeting)


def test_an_organisation_reacting_to_a_meeting_took_no_part() -> None:
    meeting = _meeting(MEETING_WITH_REACTION)
    assert meeting is not None
    assert "Ola Brekken" in _names(meeting) and "Lise Kvam" not in _names(meeting)


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
    assert guest in _names(_meeting(text, language))


# --- an agency's head by title alone -----------------------------------------------------------------------------

@pytest.mark.parametrize("text,language,body", [
    ("Husbanksjefen gjesta fylkesstyret\n\nHusbanksjef Kari Lunde heldt innlegg for fylkesstyret i KS Troms tysdag "
     "4. mars om bustader.", "nn", "Husbanken"),
    ("Direktøren for Helsedirektoratet hos KS Vest\n\nHelsedirektør Nils Aas holdt en innledning for "
     "fylkesstyret i KS Vest fredag 14. mars.", "nb", "Helsedirektoratet"),
], ids=["husbank_head_nn", "health_director_nb"])
def test_an_agency_head_by_title_gives_the_agency(text: str, language: str, body: str) -> None:
    meeting = meeting_of(text, language=language, published=None)
    assert meeting is not None and meeting.counterpart == body


def test_an_agency_head_beside_a_minister_leaves_the_ministry() -> None:
    text = ("Statsråden og helsedirektøren i møte med KS\n\nHelseminister Jon Dahl og helsedirektør Nils Aas møtte "
            "styreleder i KS, Ola Brekken, torsdag 6. mars.")
    meeting = meeting_of(text, published=None)
    assert meeting is not None and meeting.counterpart == "Helse- og omsorgsdepartementet"


# --- a newspaper named like a person ---------------------------------------------------------------------------

def test_a_newspaper_by_its_name_is_no_person() -> None:
    people = (Mention("Nordby Tidende", None, None), Mention("Fjordabladet", None, None),
              Mention("Avisa Sørland", None, None), Mention("Kari Blad Hansen", "ordfører", "Nordby kommune"),
              Mention("Ola Davis", None, None))
    assert [p.name for p in not_media(people, "")] == ["Kari Blad Hansen", "Ola Davis"]


@pytest.mark.parametrize("text", [
    ("KS møtte statsråden om legevakt\n\nStyreleder i KS, Ola Brekken, møtte torsdag 6. mars helseminister Jon "
     "Dahl.\n\nOrdfører i Sørby, Kari Moen, sier til Sørby Avis at hun følger saken tett.\n\n"
     "– Vi trenger hjelp, sier Moen."),
    ("KS møtte statsråden om legevakt\n\nStyreleder i KS, Ola Brekken, møtte torsdag 6. mars helseminister Jon "
     "Dahl.\n\nOrdfører i Sørby, Kari Moen, sier til Fjordabladet at hun følger saken tett.\n\n"
     "– Vi trenger hjelp, sier Moen."),
], ids=["sorby_avis", "fjordabladet"])
def test_a_mayor_speaking_to_a_newspaper_is_a_source(text: str) -> None:
    assert "Kari Moen" not in _names(_meeting(text))


# --- a preview of a meeting still to come ------------------------------------------------------------------------

@pytest.mark.parametrize("text", [
    ("Intervju\n\nKS-leder Berit Hauge forbereder seg til høstens konsultasjonsmøte med regjeringen. Hun mener "
     "kommunene trenger mer penger.\n\nKommunal Rapport: Hvorfor?\n\nHauge: – Kostnadene vokser."),
    ("Intervju\n\nKS-leiar Berit Hauge førebur seg til haustens konsultasjonsmøte med regjeringa.\n\n"
     "Kva forventar du deg av konsultasjonsmøtet i november?\n\nHauge: – Meir pengar til kommunane."),
], ids=["preparing_nb", "expecting_nn"])
def test_a_preview_of_a_coming_consultation_is_no_consultation_held(text: str) -> None:
    meeting = meeting_of(text, published=date(2025, 9, 2))
    assert meeting is None or meeting.meeting_type != "konsultasjonsmote"


@pytest.mark.parametrize("text,expected", [
    ("Portrett\n\nJournalisten møter styreleder Berit Hauge i KS-huset en kald mandag morgen. Hun har mye å gjøre.",
     False),
    ("Portrettintervju\n\nDirektør Eva Lund tok imot oss i KS-huset før lunsj. Hun er ny i jobben.", False),
    ("Statsråden møtte KS\n\nKommunalministeren tok imot KS-delegasjonen i departementet onsdag 5. mars.", True),
], ids=["reporter_meets_in_ks_house", "receives_in_ks_house", "receives_ks_delegation"])
def test_the_ks_building_is_a_place_not_the_party_met(text: str, expected: bool) -> None:
    assert (meeting_of(text, published=date(2025, 3, 6)) is not None) is expected


# --- the fields of municipal minutes: "Møtt:", "Møtende medlemmer:", "Fravær:" ------------------------------------

MINUTES_NN = ("Referat frå møte i fylkesstyret i KS Nordvest\n\nDato: 3. mars 2025\nStad: Nordby rådhus\n"
              "Møtt: fylkesstyreleiar Kari Nes, nestleiar Ola Berg og statssekretær Eva Dal\nForfall: Per Lie\n\n"
              "Sak 1: Busetjing av flyktningar\n\nStatssekretæren orienterte om busetjinga.")
MINUTES_NB = ("Protokoll fra møte i fylkesstyret i KS Sørøst\n\nMøtedato: 4. april 2025\n"
              "Møtende medlemmer: fylkesstyreleder Kari Nes, nestleder Ola Berg\nMøtende varamedlemmer: Lise Dahl\n"
              "Fravær: Per Lie\n\nSak 3: Legevakt\n\nFylkesstyret drøftet legevakten.")


@pytest.mark.parametrize("text,language,present,day", [
    (MINUTES_NN, "nn", {"Kari Nes", "Ola Berg", "Eva Dal"}, (3, 3)),
    (MINUTES_NB, "nb", {"Kari Nes", "Ola Berg", "Lise Dahl"}, (4, 4)),
], ids=["mott_nn", "motende_medlemmer_nb"])
def test_minutes_fields_list_who_met_and_who_was_absent(text: str, language: str, present: set[str],
                                                        day: tuple[int, int]) -> None:
    meeting = _meeting(text, language)
    assert meeting is not None and (meeting.date.month, meeting.date.day) == day
    assert _names(meeting) == present  # "Forfall:"/"Fravær:" names no participant
