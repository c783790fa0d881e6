"""Short quotations in «» inside a narrative sentence and who said them.

"NN beskriver budsjettet som «en bjørnetjeneste»", "Hun kaller forslaget «et steg i feil
retning»", "..., men at departementet «ser på saken», sier NN": the quoted words are a direct
statement of the person the sentence attributes them to. A name of a document or a project in «»
("reformen «Leve hele livet»") is a title, not speech (`title_heads` in speech_verbs.yaml).
"""
from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache

from flows import lexicon
from flows.extract.people import People
from flows.extract.quoted_titles import is_title
from flows.extract.quote_attribution import ADVERBS, DIRECT_VERB, subject_speaker, trailing
from flows.model import Mention, Sentence

INLINE = re.compile(r"«(?P<words>[^«»]+)»")


@dataclass(frozen=True)
class Inline:
    """A short quotation inside a narrative sentence, with its speaker."""

    start: int
    end: int
    speaker: Mention


@lru_cache(maxsize=1)
def SUBJECT_VERB() -> re.Pattern[str]:
    """'NN beskriver budsjettet som «...»' / 'Hun sa at det var «...»': a person subject before the quote."""
    data = lexicon.load("speech_verbs")
    verbs = f"{DIRECT_VERB()}|{lexicon.alternation(data['characterise'])}"
    return re.compile(rf"^(?P<subj>[^«»]{{2,140}}?),?\s+(?:(?:har|hadde)\s+)?(?:(?:{ADVERBS()})\s+)*(?:{verbs})(?![\w-])")


def inline_spans(sentence: Sentence) -> tuple[tuple[int, int], ...]:
    """(start, end) of the words of each «» phrase in a sentence that is not a title."""
    text = sentence.text
    if "«" not in text:
        return ()
    return tuple((sentence.start + m.start("words"), sentence.start + m.end("words")) for m in INLINE.finditer(text)
                 if not is_title(text, m.start(), m.group("words")))


def inline(sentence: Sentence, people: People) -> tuple[Inline, ...]:
    """Quoted phrases in «» inside a narrative sentence that a person is said to have said.

    The person is named by a closing attribution (", sier NN") or is the
    subject of a verb of saying or characterising before the quote ("NN
    beskriver budsjettet som «en bjørnetjeneste»"). Titles in «» are not speech.
    """
    text = sentence.text
    spans = [m for m in INLINE.finditer(text) if not is_title(text, m.start(), m.group("words"))]
    if not spans:
        return ()
    speaker: Mention | None = None
    closing = trailing(text[spans[-1].end():], sentence.start + spans[-1].end(), people, before=sentence.start)
    if closing is not None:
        speaker = closing.speaker
    else:
        subject = SUBJECT_VERB().match(text[:spans[0].start()])
        if subject:
            speaker = subject_speaker(subject.group("subj"), people, sentence.start)
    if speaker is None:
        return ()
    return tuple(Inline(sentence.start + m.start("words"), sentence.start + m.end("words"), speaker) for m in spans)
