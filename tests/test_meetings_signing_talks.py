"""Signings in every tense and word order, and the people at a talk besides its speaker.
Every sentence here is written for the test; each rule has positive and negative cases."""
from __future__ import annotations


import pytest

from extract_kit import cases, meeting_of


_meeting = meeting_of


SIGNINGS = [
    # (id, text, language, meeting type, (month, day) of the date or None)
    ("present_nn_particle_after_subject",
     "Partane skriv under avtalen\n\nTysdag 11. mars skriv staten og KS under ein ny avtale om "
     "barnehagebygg. Det blir ein kort seremoni.",
     "nn", "annet", (3, 11)),
    ("present_nb_adjacent",
     "KS og staten skriver under avtale om kompetanse\n\nOnsdag 12. mars skriver KS og staten under "
     "avtalen om kompetanse i helsetjenesten.", "nb", "annet", (3, 12)),
    ("past_nn_date_between",
     "KS og regjeringa skreiv under avtale\n\nStyreleiar Kari Dal og statsråd Per Vik skreiv torsdag "
     "6. mars under ei ny intensjonsavtale om digitalisering. Signeringa skjedde i Oslo.",
     "nn", "annet", (3, 6)),
    ("noun_nb",
     "Undertegning av ny avtale\n\nUndertegningen skjer mandag 10. mars i departementet.",
     "nb", "annet", (3, 10)),
    # negatives: "under" as a preposition after a writing verb is no signing
    ("writes_during_conference", "Styreleder Kari Dal skriver under ferien en kronikk om skolebygg.",
     "nb", None, None),
    ("wrote_under_heading", "Ordføraren skreiv under overskrifta «Vi treng vegar» om rassikring.",
     "nn", None, None),
]


@pytest.mark.parametrize(("text", "language", "meeting_type", "month_day"), cases(SIGNINGS))
def test_signing(text: str, language: str, meeting_type: str | None, month_day: tuple[int, int] | None) -> None:
    m = _meeting(text, language)
    assert (m.meeting_type if m else None) == meeting_type
    if month_day is not None:
        assert m is not None and (m.date.month, m.date.day) == month_day


TALK_PEOPLE = [
    # (id, text, language, participants expected, names that must not be participants)
    ("floor_and_took_the_word",
     "Samferdselsminister Per Vik holdt foredrag på Vegkonferansen i Nordby torsdag.\n\n"
     "Kommunedirektør Eva Lund fikk ordet etter ministeren og fortalte om stengte veier.\n\n"
     "– Vi trenger mer penger, sa fylkesråd Ola Berg fra salen.",
     "nb", {"Per Vik", "Eva Lund", "Ola Berg"}, set()),
    ("floor_nn",
     "Kommunalminister Kari Li heldt foredrag på Fylkeskonferansen i Nordby.\n\n"
     "– Kven skal betale? spurde ordførar Nils Haug frå salen.",
     "nn", {"Kari Li", "Nils Haug"}, set()),
    # negatives: an earlier visit told in the talk, a person only quoted from a newspaper
    ("earlier_visit_in_talk",
     "Talen til styreleder Kari Dal på Toppmøtet 2025\n\nKjære alle.\n\n"
     "For noen uker siden var jeg på besøk i Nordby. Der viste kommunedirektør Eva Lund meg rundt.",
     "nb", {"Kari Dal"}, {"Eva Lund"}),
    ("newspaper_is_no_person",
     "Samferdselsminister Per Vik holdt foredrag på Vegkonferansen i Nordby torsdag.\n\n"
     "Til Bergens Tidende sa Vik etter foredraget at han tar med seg innspillene.",
     "nb", {"Per Vik"}, {"Bergens Tidende"}),
    ("only_mentioned_person",
     "Styreleder Kari Dal holdt foredrag på Skolekonferansen.\n\n"
     "Hun viste til en rapport som rådgiver Eva Lund skrev i fjor.",
     "nb", {"Kari Dal"}, {"Eva Lund"}),
]


@pytest.mark.parametrize(("text", "language", "expected", "absent"), cases(TALK_PEOPLE))
def test_people_at_a_talk(text: str, language: str, expected: set[str], absent: set[str]) -> None:
    m = _meeting(text, language)
    assert m is not None and m.meeting_type == "foredrag"
    names = {p.name for p in m.participants}
    assert expected <= names
    assert not (absent & names)


BYLINES = [
    # (id, text, speaker or None)
    ("byline_under_occasion_line",
     "Skolebygg i nord\n\nInnlegg på Skolekonferansen Nordby, Nordby 3. mars\n"
     "Kari Dal, fylkesleder KS Nordby\n\nDagsorden\n\nUtfordringer\n\nVi trenger mer penger til skolebygg.",
     "Kari Dal"),
    ("byline_own_block",
     "Skolebygg i nord\n\nKari Dal, fylkesleder KS Nordby\n\nInnlegg på Skolekonferansen Nordby\n\n"
     "Vi trenger mer penger til skolebygg.", "Kari Dal"),
]


@pytest.mark.parametrize(("text", "speaker"), cases(BYLINES))
def test_talk_speaker_from_byline(text: str, speaker: str) -> None:
    m = _meeting(text)
    assert m is not None and m.meeting_type == "foredrag"
    assert m.participants[0].name == speaker
    assert m.participants[0].role is not None


def test_no_byline_no_invented_speaker() -> None:
    m = _meeting("Skolebygg i nord\n\nInnlegg på Skolekonferansen Nordby, Nordby 3. mars\n\n"
                 "Vi trenger mer penger til skolebygg.")
    assert m is not None and m.meeting_type == "foredrag"
    assert m.participants == ()
