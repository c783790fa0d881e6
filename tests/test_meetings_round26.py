"""Meeting and participant constructions from the misses of round 26 (invented texts): minutes sent as an e-mail
whose fields name the party they list ("Til stede fra KS:"), a matter laid before a member of the government
("la fram analysen for statssekretæren"), and a plain meeting of KS with a ministry's staff alone, which stays
`annet`."""
from __future__ import annotations

import pytest

from extract_kit import FIN, HOD, KDD, meeting_of, participants_in

MINUTES_MAIL = (
    "Emne: Referat – møte med Husbanken om startlån 04.03.2025\n\n"
    "Hei alle,\n\n"
    "Her kommer et kort referat fra møtet med Husbanken 04.03.2025.\n\n"
    "Til stede fra Husbanken: regiondirektør Kari Bø og seniorrådgiver Per Lien.\n"
    "Til stede fra KS: spesialrådgiver Ola Nyhus og ordfører Eva Dahl (Nordby).\n\n"
    "1. Startlån\nHusbanken orienterte om rammene for neste år.\n\n"
    "Vennlig hilsen\n\nMarte Sund\nSeniorrådgiver, KS")


def test_minutes_sent_as_mail_record_their_meeting() -> None:
    meeting = meeting_of(MINUTES_MAIL, "nb", None)
    assert meeting is not None and meeting.meeting_type == "annet" and meeting.rule == "referat"
    assert (meeting.date.year, meeting.date.month, meeting.date.day) == (2025, 3, 4)


def test_party_fields_of_minutes_list_participants() -> None:
    assert {"Kari Bø", "Per Lien", "Ola Nyhus", "Eva Dahl"} <= participants_in(MINUTES_MAIL, "nb", None)


def test_a_letter_with_one_presence_line_is_no_minutes() -> None:
    text = ("Til Helse- og omsorgsdepartementet\n\n"
            "Vi viser til møtet i fjor og ber departementet om å vurdere saka på nytt.\n\n"
            "Til stede fra oss var den gang ordfører Eva Dahl.\n\n"
            "Vennlig hilsen\n\nOla Nyhus\nrådmann")
    meeting = meeting_of(text, "nb", None)
    assert meeting is None or meeting.rule != "referat"


def test_matter_laid_before_a_state_secretary_is_a_meeting() -> None:
    text = ("Skatten svikter\n\n"
            "Skatteinngangen til kommunene er lavere enn ventet, viser en ny analyse.\n\n"
            "KS la fram analysen for statssekretær Kari Holm i Finansdepartementet på et møte onsdag 14. mai. Fra KS "
            "deltok sjeføkonom Ola Nyhus og nestleder Eva Dahl.")
    meeting = meeting_of(text, "nb", None)
    assert meeting is not None and meeting.meeting_type == "annet" and meeting.counterpart == FIN
    assert (meeting.date.month, meeting.date.day) == (5, 14)
    assert {"Kari Holm", "Ola Nyhus", "Eva Dahl"} <= participants_in(text, "nb", None)


def test_laying_out_for_the_reader_is_no_meeting() -> None:
    text = ("Ny analyse\n\n"
            "KS la fram analysen av kommuneøkonomien for første gang i 2019. Tallene viser en svak utvikling for "
            "landets kommuner.")
    assert meeting_of(text, "nb", None) is None


def test_staff_alone_receiving_ks_is_no_consultation() -> None:
    text = ("To statssekretærer tok imot KS\n\n"
            "Kommunal- og distriktsminister Ola Berg var på reise, så det ble statssekretærene Kari Holm og Per Lien "
            "som tok imot KS i departementet 12/3.\n\n"
            "KS stilte med nestleder Eva Dahl.")
    meeting = meeting_of(text, "nb", None)
    assert meeting is not None and meeting.meeting_type == "annet" and meeting.counterpart == KDD


def test_minister_receiving_ks_is_still_a_consultation() -> None:
    text = ("Statsråden tok imot KS\n\n"
            "Helse- og omsorgsminister Kari Holm tok imot KS i departementet tirsdag 4. mars for å drøfte legevakt.\n\n"
            "KS stilte med styreleder Eva Dahl og nestleder Per Lien.")
    meeting = meeting_of(text, "nb", None)
    assert meeting is not None and meeting.meeting_type == "konsultasjonsmote" and meeting.counterpart == HOD


def test_name_with_initials_after_a_role_takes_part() -> None:
    text = ("KS møtte departementet\n\n"
            "KS møtte Helse- og omsorgsdepartementet tirsdag 4. mars. KS stilte med nestleder Eva Dahl og fagsjef "
            "K. T. Moe.")
    assert {"Eva Dahl", "K. T. Moe"} <= participants_in(text, "nb", None)


def test_initials_after_a_first_name_are_no_name_of_their_own() -> None:
    from flows.extract.person_names import initials_names
    assert initials_names("Med seg hadde han ekspedisjonssjef Eva M. H. Lunde og fagsjef K. T. Moe.") == [
        ("K. T. Moe", 62, 71)]


def test_single_initial_or_list_letter_is_no_name() -> None:
    text = ("KS møtte departementet\n\n"
            "KS møtte Helse- og omsorgsdepartementet tirsdag 4. mars. Punkt B. Moe ble ikke drøftet.")
    assert not any(name.endswith("Moe") for name in participants_in(text, "nb", None))


def test_away_with_the_adverb_after_the_negation() -> None:
    text = ("KS møtte direktoratet\n\n"
            "KS møtte Helsedirektoratet onsdag 15. januar. Rådgjevar Kari Holm viste til forgjengaren Per Lien. "
            "Lien var ikkje sjølv med på møtet.\n\n"
            "Rapporten er skriven av Ola Nyhus og Eva Dahl. Dahl presenterte funna, medan Nyhus ikkje kunne vere til "
            "stades.")
    names = participants_in(text, "nn", None)
    assert "Per Lien" not in names and "Ola Nyhus" not in names


def test_substitute_for_an_ordinal_title() -> None:
    text = ("Konsultasjonsmøte om helse\n\n"
            "KS møtte Helse- og omsorgsdepartementet i konsultasjonsmøtet tysdag 12. november.\n\n"
            "Frå KS: styreleiar Kari Holm, fylkesleiar Ola Nyhus (stilte for 2. nestleiar Eva Dahl) og "
            "områdedirektør Per Lien.")
    names = participants_in(text, "nn", None)
    assert {"Kari Holm", "Ola Nyhus", "Per Lien"} <= names and "Eva Dahl" not in names


def test_letter_underskrive_av_is_no_attendance() -> None:
    text = ("KS møtte direktoratet\n\n"
            "KS og Helsedirektoratet hadde onsdag 15. januar eit møte om e-helse. Nestleiar Kari Holm la fram KS sitt "
            "syn.\n\nBrevet frå KS var underskrive av administrerande direktør Per Lien.")
    assert "Per Lien" not in participants_in(text, "nn", None)


def test_table_under_a_participants_heading_ends_the_list() -> None:
    text = ("KS møtte direktoratet\n\n"
            "KS og Helsedirektoratet hadde onsdag 15. januar eit møte om e-helse.\n\n"
            "Deltakarar:\n\n"
            "| Namn | Rolle | Organisasjon |\n|---|---|---|\n| Kari Holm | direktør | Helsedirektoratet |\n"
            "| Ola Nyhus | nestleiar | KS |\n\n"
            "Direktoratet har òg fått innspel frå Legeforeningen, der presidenten Per Lien åtvarar mot for rask "
            "innføring.")
    names = participants_in(text, "nn", None)
    assert {"Kari Holm", "Ola Nyhus"} <= names and "Per Lien" not in names


@pytest.mark.xfail(strict=True, reason="the weight for a ministry named at another time (mp26) was taken out on merge: "
                   "its time cues also matched the meeting's own sentences and cost a counterpart in p4, unseen2 and "
                   "unseen7 for 2 in partset11")
def test_ministry_of_a_meeting_at_another_time_is_no_counterpart() -> None:
    text = ("KS og Legeforeningen samlet om legevakt\n\n"
            "KS og Legeforeningen møttes mandag 24. februar for å se på vaktbelastningen for fastlegene.\n\n"
            "Fra KS møtte områdedirektør Kari Holm. Legeforeningen var representert ved president Per Lien.\n\n"
            "Helseminister Ola Nyhus har tidligere sagt at han venter på et felles forslag.\n\n"
            "KS og Legeforeningen vil legge fram forslaget for helseministeren i konsultasjonsmøtet i mai.")
    meeting = meeting_of(text, "nb", None)
    assert meeting is not None and meeting.meeting_type == "annet" and meeting.counterpart is None


def test_ministry_in_the_meeting_sentence_stays_the_counterpart() -> None:
    text = ("KS møtte departementet\n\n"
            "KS møtte Helse- og omsorgsdepartementet mandag 24. februar om legevakt.\n\n"
            "Partane skal møtast att i konsultasjonsmøtet med Helse- og omsorgsdepartementet i mai.")
    meeting = meeting_of(text, "nb", None)
    assert meeting is not None and meeting.counterpart == HOD


def test_represented_with_ved_abbreviated() -> None:
    text = ("Dialogmøte med statsforvaltaren\n\n"
            "KS Nordland møtte Statsforvaltaren i Nordland onsdag 4. juni for å drøfte tilsyn.\n\n"
            "Statsforvaltaren var representert v/ statsforvaltar Kari Holm og assisterande statsforvaltar Per Lien.")
    assert {"Kari Holm", "Per Lien"} <= participants_in(text, "nn", None)


def test_modal_opening_a_conditional_is_no_first_name() -> None:
    text = ("KS møtte statsråden\n\n"
            "Ordførar Kari Holm møtte kommunalministeren i Oslo tysdag 2. september.\n\n"
            "– Skal Nordvik bli høyrd, må nokon frå Nordvik vere der det vert bestemt, sa Holm.")
    assert "Skal Nordvik" not in participants_in(text, "nn", None)
