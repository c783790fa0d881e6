"""The document's voice, decided once per document (document_voice.py): whether the layout shows a
text in its author's own voice, and the organisation that wrote it itself. Invented texts, bokmål
and nynorsk."""
from __future__ import annotations

import pytest

from flows.extract.context import analyse
from flows.extract.document_voice import DocumentVoice, find_voice
from flows.extract.mentions import find_mentions
from flows.model import Mention

from extract_kit import cases, document


def _voice(raw: str, language: str) -> tuple[DocumentVoice, object]:
    doc = document(raw, language)
    context = analyse(doc)
    mentions = find_mentions(context)
    return find_voice(context, mentions), mentions


OPINION_NB = ("KRONIKK\n\nBarnehagene trenger folk\n\nAv Ola Berg, styreleder i KS Innlandet\n\n"
              "Mange barnehager mangler fagfolk. Vi ber regjeringen om en egen rekrutteringsplan.")
LETTER_NN = ("Til Helse- og omsorgsdepartementet\n\nMe ber om eit møte om legevakta.\n\n"
             "Med venleg helsing\nKari Lund\nfylkesleiar i KS Vestland")
NEWS_NB = ("Ordførerne møtte statsråden\n\nOrdfører Ola Berg sa at kommunene må få mer penger.\n\n"
           "Møtet varte i to timer.")
DEBATE_NO_BODY_NN = ("DEBATT\n\nSkulen i bygda\n\nAv Per Dahl, pensjonist\n\n"
                     "Me må ta vare på grendeskulane.")

VOICES = [
    ("opinion_piece_nb", OPINION_NB, "nb", True, "KS Innlandet"),
    ("signed_letter_nn", LETTER_NN, "nn", True, "KS Vestland"),
    ("news_report_nb", NEWS_NB, "nb", False, None),
    ("debate_piece_by_a_private_person_nn", DEBATE_NO_BODY_NN, "nn", True, None),
]


@pytest.mark.parametrize("raw,language,own,claimant", cases(VOICES))
def test_document_voice(raw: str, language: str, own: bool, claimant: str | None) -> None:
    voice, _ = _voice(raw, language)
    assert voice.own is own
    assert (voice.author.claimant if voice.author else None) == claimant


AUTHORS_OWN = [  # (text, speaker quoted last, the first-person paragraph after it is the author's own)
    ("author_comments_on_a_minister", OPINION_NB, Mention("Eva Holm", "statsråd", None), True),
    ("author_quotes_its_own_officer", OPINION_NB, Mention("Ola Berg", "styreleder", "KS Innlandet"), False),
    ("private_debate_piece", DEBATE_NO_BODY_NN, Mention("Eva Holm", "statsråd", None), True),
    ("news_report", NEWS_NB, Mention("Eva Holm", "statsråd", None), False),
]


@pytest.mark.parametrize("raw,speaker,expected", cases(AUTHORS_OWN))
def test_authors_own(raw: str, speaker: Mention, expected: bool) -> None:
    voice, mentions = _voice(raw, "nb")
    assert voice.authors_own(mentions, speaker) is expected


def test_no_voice_by_default() -> None:
    assert DocumentVoice() == DocumentVoice(False, None)
