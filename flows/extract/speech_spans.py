"""Spans of a paragraph around quotations and reported speech, for the attribution pass.

- `narrative(block, head_end)`: the sentences before a quotation opens inside a paragraph;
- `after_attribution(...)`: reported words after a quotation's attribution clause
  ("«...», svarte NN, og la til at ...");
- `cut_off(blocks)`: a last paragraph cut off mid-sentence;
- `quoted_predicate(...)`: reported words closing with a «» quotation of their own predicate;
- `ANNOUNCING()`, `adjunct_only(...)`, `QUESTION()`: a colon sentence that only announces a quotation
  (also with only an adjunct before the colon: "sa på landsmøtet i mars:"), a verb of asking whose "om"
  clause is a question, not a statement.
"""
from __future__ import annotations

import re
from functools import lru_cache

from flows import lexicon
from flows.extract.indirect import RELATIVE, SECOND_VERB, Reported, _content
from flows.model import Block, Mention, Sentence

CUT_OFF_WORDS = 6


@lru_cache(maxsize=1)
def ANNOUNCING() -> re.Pattern[str]:
    """Content that only points forward to a quotation announced by a colon ("følgende til avisa")."""
    lex = lexicon.load("speech_verbs")
    words = lexicon.alternation(lex["announcing_objects"])
    adverbs = lexicon.alternation(lex["announcing_adverbs"])
    # "følgende til avisa", "noe jeg ikke har glemt", "noko som alle bør høyre", "det treffende på møtet",
    # "det slik, og eg har fått lov å sitere han"
    questions = lexicon.alternation(lex["announcing_questions"])  # "kva som trengst no:"
    return re.compile(rf"^(?:(?:{words})(?![\w-])(?:\s+(?:{adverbs})(?![\w-]))?"
                      rf"(?:(?:\s+(?:til|i|på|om|etter|under|med|som|jeg|eg|vi|me|då|da|når|før|ved|overfor)|,\s*(?:og|men))\b.*)?[\s:]*"
                      rf"|(?:{questions})\s.*)$", re.IGNORECASE | re.DOTALL)


@lru_cache(maxsize=1)
def QUESTION() -> re.Pattern[str]:
    """A verb of asking and the 'om' that opens the question it reports."""
    verbs = lexicon.alternation(lexicon.load("speech_verbs")["question_verbs"])
    return re.compile(rf"(?<![\w-])(?:{verbs})(?![\w-])[^.?!]{{0,60}}?\som\s")


@lru_cache(maxsize=1)
def _CONCERN() -> re.Pattern[str]:
    lex = lexicon.load("speech_verbs")
    frames = "|".join(f"(?:{f})" for f in lex["concern_frames"])
    return re.compile(rf"(?<![\w-])(?:{frames})\s*$", re.IGNORECASE)


@lru_cache(maxsize=1)
def _QUESTION_OPENER() -> re.Pattern[str]:
    lex = lexicon.load("speech_verbs")
    words = lexicon.alternation(list(lex["announcing_questions"]) + list(lex["question_openers"]))
    return re.compile(rf"^(?:{words})(?![\w-])", re.IGNORECASE)


@lru_cache(maxsize=1)
def _ADJUNCT() -> re.Pattern[str]:
    words = lexicon.alternation(lexicon.load("speech_verbs")["announcing_adjuncts"])
    return re.compile(rf"^(?:{words})\s(?!.*(?<![\w-])at\s)", re.IGNORECASE | re.DOTALL)


def adjunct_only(before: str, content: str) -> bool:
    """True for a content that is only an adjunct of the verb of saying ("sa på landsmøtet i mars", "sa til
    NTB etter møtet") where no complementiser opened it (`before`, the sentence up to the content, does not
    end in "at"): with a colon after it (the caller checks), the quotation it announces is what was said."""
    return _ADJUNCT().match(content) is not None and AT_BEFORE.search(before) is None


def concern_question(before: str, content: str) -> bool:
    """True for an indirect question after a phrase of concern or attention ("var særlig opptatt av hvem som
    skal drive badet", "la ikke skjul på hvorfor brua ..."): what the person cared about, no statement."""
    return _QUESTION_OPENER().match(content) is not None and _CONCERN().search(before) is not None


def narrative(block: Block, head_end: int) -> tuple[Sentence, ...]:
    """The sentences of a paragraph before a quotation opens in it; a sentence the opening dash did
    not split from the quotation ("Hun sier at X. – Vi ...") is cut where the quotation opens."""
    out: list[Sentence] = []
    for sentence in block.sentences:
        if sentence.end <= head_end:
            out.append(sentence)
        elif sentence.start < head_end:
            text = sentence.text[:head_end - sentence.start].rstrip()
            out.append(Sentence(sentence.start, sentence.start + len(text), text))
    return tuple(out)


def after_attribution(text: str, start: int, end: int, speaker: Mention) -> Reported | None:
    """«...», svarte NN, og la til at ...": a second verb of saying coordinated with the verb of a
    quotation's attribution clause (text[start:end]), or one in a relative clause on the speaker ("«...», sa
    NN, som etterlyste ..."), reports more of the same speaker's words."""
    second = SECOND_VERB().search(text, start, end)
    if second is None or not second.group(0).startswith(","):
        second = RELATIVE().search(text, start, end)  # "«...», sa NN, som etterlyste ...": a relative clause
        if second is None:
            return None
    span = _content(text[:end], second.end())
    return Reported(speaker, span[0], span[1], "indirect_after_quote") if span else None


@lru_cache(maxsize=1)
def _tail_note() -> re.Pattern[str]:
    """A short note or a row of buttons after a story cut off ("(Saken oppdateres)", "(NTB)", "Del | Tips oss":
    `tail_notes` in speech_verbs.yaml)."""
    return re.compile("|".join(f"(?:{p})" for p in lexicon.load("speech_verbs")["tail_notes"]), re.IGNORECASE)


def cut_off(blocks: tuple[Block, ...]) -> int:
    """The index of the last block when the text ends in the middle of a sentence (an article cut
    off by a paywall or a copy): a paragraph of at least CUT_OFF_WORDS words with no closing
    punctuation, also with a short note or a row of buttons under it (`_tail_note`); -1 otherwise."""
    end = len(blocks)
    while end > 1 and _tail_note().fullmatch(blocks[end - 1].text.strip()):
        end -= 1
    blocks = blocks[:end]
    if not blocks or blocks[-1].kind == "heading" and blocks[-1].marker != "dash":
        return -1
    last = blocks[-1]
    text = last.text.rstrip()
    if text.endswith((".", "!", "?", "»", ":", ")", "…", '"')) or len(text.split()) < CUT_OFF_WORDS:
        return -1
    return last.index


AT_BEFORE = re.compile(r"(?<![\w-])at\s*$")


@lru_cache(maxsize=1)
def _copulas() -> frozenset[str]:
    return frozenset(str(w).casefold() for w in lexicon.load("speech_verbs")["quoted_complement_verbs"])


def quoted_predicate(words: str, before: str) -> bool:
    """Reported words that close with a «» quotation after a short subject ("understreka at regjeringa
    «har ingen planar om ...»", "sa at kommunane «druknar i ...»"): the quotation is the content's own
    predicate, so the reported words, quotation and all, are one indirect statement. Not the whole content
    in «» ("sa at «...»") and not a quotation after a copula ("sa at samhandling er «det viktigaste ...»"):
    those are quotations of their own; nor a naming ("kallar forslaget «...»": `before`, the sentence up to the
    words, must end in the complementiser "at")."""
    if not AT_BEFORE.search(before):
        return False
    opened = words.find("«")
    before = words[:opened].split()
    return words.count("«") == 1 and 1 <= len(before) <= 2 and before[-1].casefold() not in _copulas() \
        and (words.count("»") == 0 or words.rstrip(" .!?").endswith("»"))
