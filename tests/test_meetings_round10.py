"""Meetings round 10: a body meeting by itself, talking points for a meeting with a minister, and a
talk whose ministry takes part through a state secretary.

- A council, a board or a county assembly deciding a matter in its own session (the vote, the chamber,
  the body adopting) reports an occasion of type `annet`; the debate there is its deliberation, not a
  public debate (`lansering`).
- The definite "i debatten", "etter debatten" points back to a debate named before; alone (the public
  debate, "glemmes i debatten") it names no occasion.
- Talking points and speaking notes ("Snakkepunkter", "Talepunkt") written for a meeting with one
  minister are a talk (`foredrag`, GUIDELINES: "a talk ... by one person at a conference or meeting"),
  its counterpart the minister's ministry; the delegations listed in its header take part.
- A talk has the ministry as counterpart when a person of the ministry with a role held in one ministry
  ("statssekretær NN (Ap)") takes part.
Every sentence here is written for the test (bokmål and nynorsk), with negative cases."""
from __future__ import annotations

import pytest

from extract_kit import meeting_of

SESSION_NB = ("Bystyret krever ny ferjeavtale\n\nBystyret i Nordby vedtok tirsdag en uttalelse med krav til staten "
              "om ferjetilbudet.\n\nUttalelsen ble vedtatt med 31 mot 12 stemmer etter en lang debatt.\n\n"
              "Gruppeleder Per Hansen sa i debatten at partiet ville ha mer tid til saken.")
SESSION_NN = ("Kommunestyret krev ny ferjeavtale\n\nKommunestyret i Nordvik gjorde tysdag eit samrøystes vedtak om "
              "ferjetilbodet.\n\nOrdførar Kari Dal la fram saka i kommunestyresalen.\n\n"
              "Gruppeleiar Ola Berg sa i debatten at partiet ville ha meir tid til saka.")


@pytest.mark.parametrize("text,language", [(SESSION_NB, "nb"), (SESSION_NN, "nn")], ids=["session_nb", "session_nn"])
def test_a_body_deciding_in_its_own_session_is_annet(text: str, language: str) -> None:
    meeting = meeting_of(text, language)
    assert meeting is not None
    assert meeting.meeting_type == "annet"
    assert meeting.rule == "sesjon"


@pytest.mark.parametrize("text,language,expected", [
    # a public debate named as such stays a debate, and the definite "etter debatten" adds to it
    ("Statsråden i debatt med KS\n\nKunnskapsministeren var i debatt med KS-leder Kari Dal på Nordbydagene "
     "onsdag.\n\nEtter debatten sa Dal at hun var skuffet over svaret.", "nb", "lansering"),
    ("Statsråden i debatt med KS\n\nKunnskapsministeren var i debatt med KS-leiar Kari Dal på Nordbydagane "
     "onsdag.\n\nEtter debatten sa Dal at ho var skuffa over svaret.", "nn", "lansering"),
    # a council's decision told as background in a consultation report does not outweigh the consultation
    ("KS møtte helseministeren i konsultasjonsmøtet\n\nKS la fram krava sine i det bilaterale konsultasjonsmøtet "
     "med helseministeren tirsdag.\n\nStyreleder Kari Dal viste til at flere kommunestyrer vedtok kutt i fjor.",
     "nb", "konsultasjonsmote"),
], ids=["public_debate_nb", "public_debate_nn", "background_decision_nb"])
def test_debate_and_session_negatives(text: str, language: str, expected: str) -> None:
    meeting = meeting_of(text, language)
    assert meeting is not None and meeting.meeting_type == expected


@pytest.mark.parametrize("text,language", [
    ("Fastlegene må ikke glemmes\n\nKari Dal, direktør i KS, sier til avisen at fastlegene ikke må glemmes i "
     "debatten om helsetjenesten.\n\nHun mener ordningen trenger mer penger.", "nb"),
    ("Fastlegane må ikkje gløymast\n\nKari Dal, direktør i KS, seier til avisa at fastlegane ikkje må gløymast i "
     "debatten om helsetenesta.\n\nHo meiner ordninga treng meir pengar.", "nn"),
], ids=["public_debate_as_subject_nb", "public_debate_as_subject_nn"])
def test_the_debate_as_a_subject_is_no_occasion(text: str, language: str) -> None:
    meeting = meeting_of(text, language)
    assert meeting is None or meeting.meeting_type != "lansering"


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
