"""An opinion piece's writer reporting their own view in the first person singular: "Jeg vil understreke
at X", "Difor meiner eg at X", "Eg vil òg minne om at X", "Eg vil oppfordre fylkestinget til å X".

In a text under an opinion marker with a byline (`document_voice.DocumentVoice.writer`), the writer is
a named person and "jeg"/"eg" is that person: a verb of saying or thinking with "jeg"/"eg" as its
subject reports the writer's words as any third-person report does (guidelines: reported speech of a
named person, "a pronoun standing for one"). Only the verbs of `writer_reporting` (speech_verbs.yaml):
a hope, an expectation or a belief ("Jeg håper", "Eg trur") puts forward no position; a negated verb
("Eg meiner ikkje at ...") neither. The content is the rest of the sentence, without "at"; the verb may also open a
clause joined after a comma (", og jeg mener det er riktig at X": `IN_CLAUSE`).
"""
from __future__ import annotations

import re
from functools import lru_cache

from flows import lexicon
from flows.extract.indirect import MIN_WORDS
from flows.model import Sentence

RULE = "indirect_writer"
FIRST = r"(?:[Jj]eg|[Ee]g)"
TOLD = r"(?:(?:til|overfor)\s+(?:[\w-]+\s+){0,2}?[\w-]+\s+(?=at\s))?"  # "Eg sa til statsråden at": the one told
# the writer's yes-no question at the meeting, "om" right after the verb and "eg" ("Så spurde eg om departementet har
# rekna på X": X; not a question of how or what, "Jeg spurte departementet om hvordan de vurderer X")
WHETHER = re.compile(rf"^(?:(?:Så|Da|Då|Og|Men)\s+)?(?:(?:spurde|spurte)\s+{FIRST}|{FIRST}\s+(?:spurde|spurte))\s+om\s+"
                     r"(?!(?:hva|kva|hvordan|korleis|kor|hvor|hvorfor|kvifor|når|kven|hvem|hvilke|kva\s+for)(?![\w-]))")



@lru_cache(maxsize=1)
def _lex() -> dict[str, str]:
    data = lexicon.load("speech_verbs")["writer_reporting"]
    out = {k: lexicon.alternation([str(w) for w in data[k]]) for k in ("finite", "after_modal", "adverbs", "asking")}
    # a phrase of place, time or matter put first ("I møtet", "Om sjukepleiarutdanninga", "Til statsråden"): a
    # preposition of `fronted_prepositions` and up to four words, no comma
    prepositions = lexicon.alternation(lexicon.load("speech_verbs")["fronted_prepositions"])
    out["fronted"] = rf"(?:{prepositions})\s+(?:[\w-]+\s+){{0,3}}?[\w-]+"
    # what may stand first before the verb and "eg": an adverb, a connective or a fronted phrase
    out["opener"] = rf"(?:{out['adverbs']}|Difor|Derfor|Samtidig|Samstundes|Likevel|Til slutt|Så|Da|Då|{out['fronted']})"
    return out


@lru_cache(maxsize=1)
def SUBJECT_FIRST() -> re.Pattern[str]:
    """"(Men) jeg vil også understreke at ", "Eg meiner at ", "Eg sa til statsråden at "."""
    lex = _lex()
    adv = rf"(?:(?:{lex['adverbs']})\s+)*"
    return re.compile(rf"^(?:(?:Men|Og|Så)\s+)?{FIRST}\s+{adv}(?:(?:{lex['finite']})|vil\s+{adv}(?:{lex['after_modal']}))"
                      rf"(?![\w-])\s+{adv}{TOLD}(?:at\s+)?")


@lru_cache(maxsize=1)
def INVERTED() -> re.Pattern[str]:
    """"Difor meiner eg at ", "Derfor vil jeg understreke at ": an adverb first, the verb before "jeg"."""
    lex = _lex()
    adv = rf"(?:(?:{lex['adverbs']})\s+)*"
    return re.compile(rf"^{lex['opener']}\s+"
                      rf"(?:(?P<finite>{lex['finite']})|vil)\s+{FIRST}\s+{adv}"
                      rf"(?(finite)|(?:{lex['after_modal']})(?![\w-])\s+{adv})(?:at\s+)?", re.IGNORECASE)


@lru_cache(maxsize=1)
def ASKED() -> re.Pattern[str]:
    """"Jeg ba statsråden om å ", "Eg bad departementet om at ", "I møtet bad eg departementet om å ": the one
    asked between the verb and "om", or none named ("Jeg ba om at ...")."""
    lex = _lex()
    adv = rf"(?:(?:{lex['adverbs']})\s+)*"
    return re.compile(rf"^(?:(?:(?:Men|Og|Så)\s+)?{FIRST}\s+{adv}(?:{lex['asking']})|(?i:{lex['opener']})\s+(?:{lex['asking']})"
                      rf"\s+{FIRST})\s+(?:[\w-]+\s+){{0,3}}?(?:om|til)\s+(?:å|at)\s+")


@lru_cache(maxsize=1)
def IN_CLAUSE() -> re.Pattern[str]:
    """", og jeg mener det er riktig at ", "; men eg meiner at ": the writer's verb opening a clause joined to the
    sentence after a comma (an opinion piece: "Noen av dem er et bevisst politisk valg, og jeg mener det er riktig at
    Stortinget setter en minstestandard"); its content runs to the end of the sentence."""
    lex = _lex()
    adv = rf"(?:(?:{lex['adverbs']})\s+)*"
    return re.compile(rf"[,;]\s+(?:og|men)\s+{FIRST}\s+{adv}(?:{lex['finite']})(?![\w-])\s+{adv}{TOLD}(?:at\s+)?")


def cue(text: str) -> bool:
    return re.search(rf"(?<![\w-]){FIRST}(?![\w-])", text) is not None


def find(sentence: Sentence) -> tuple[int, int] | None:
    """Document offsets of what the writer reports in `sentence`, or None."""
    text = sentence.text
    if not cue(text):
        return None
    head = SUBJECT_FIRST().match(text) or INVERTED().match(text) or ASKED().match(text) or WHETHER.match(text) \
        or IN_CLAUSE().search(text)
    if head is None:
        return None
    end = len(text.rstrip().rstrip(".!?:;"))
    body = text[head.end():end]
    if len(body.split()) < MIN_WORDS or body[:1] in "«–-\"" or re.match(r"(?:ikke|ikkje|aldri)(?![\w-])", body):
        return None
    return sentence.start + head.end(), sentence.start + end
