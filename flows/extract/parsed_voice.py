"""Who speaks or asks in a sentence, from its parse: the subject of a verb of saying or requesting.

The demand pass gives a sentence a claimant's voice when the subject of its verb
of saying or requesting names the claimant ("KS ber ...", "Fylkesrådet meiner
..."). The surface rules (`flows.extract.speech.speech_subject`) read the words
before the verb; where they find no subject (a multi-word verb with words inside
it: "KS la i møtet stor vekt på at ..."), this reads it from the parse: the verb
is a verb of saying or thinking of the structural rules (`flows.extract.reported`),
a request verb by lemma (`request_lemmas` in `data/request_verbs.yaml`), or the
first word of a multi-word verb of saying (`speech_verbs`) whose other words
follow it in order with at most `GAP` tokens before each; its subject comes from
`flows.extract.subjects` (through auxiliaries and coordination, word order where
the parse gives none). Pure functions of one `Parsed` sentence.
"""
from __future__ import annotations

from functools import lru_cache

from flows import lexicon
from flows.extract.parse import Parsed, Token
from flows.extract.speech import not_saying_spans
from flows.extract.speech_phrases import verb_phrase_at
from flows.extract.subjects import PUNCT, subject_of

GAP = 3  # tokens that may stand before each further word of a multi-word verb ("la i møtet stor vekt på")


@lru_cache(maxsize=1)
def _request_lemmas() -> frozenset[str]:
    return lexicon.words("request_verbs", "request_lemmas")


@lru_cache(maxsize=1)
def _speech_phrases() -> dict[str, tuple[tuple[str, ...], ...]]:
    """First word -> the words that follow it, of every multi-word verb of saying or requesting."""
    table: dict[str, list[tuple[str, ...]]] = {}
    for item in lexicon.load("request_verbs")["speech_verbs"]:
        words = str(item).casefold().split()
        if len(words) > 1:
            table.setdefault(words[0], []).append(tuple(words[1:]))
    return {k: tuple(sorted(v, key=len, reverse=True)) for k, v in table.items()}


def _follows(parsed: Parsed, token: Token, words: tuple[str, ...]) -> bool:
    position = token.i
    for word in words:
        window = parsed.tokens[position + 1:position + 2 + GAP]
        found = next((t for t in window if t.text.casefold() == word), None)
        if found is None or any(t.pos in PUNCT for t in window if t.i < found.i):
            return False
        position = found.i
    return True


PASSIVE_AUXILIARIES = frozenset({"bli", "verte", "vere", "være"})


def _passive(parsed: Parsed, token: Token) -> bool:
    """A verb in the passive ("bes", "ble bedt", "vart oppmoda"): its subject is the one asked."""
    if "Voice=Pass" in token.morph:
        return True
    if "VerbForm=Part" not in token.morph or token.head == token.i:
        return False
    head = parsed.tokens[token.head]
    return head.pos == "AUX" and head.lemma.casefold() in PASSIVE_AUXILIARIES and head.i < token.i


def is_speaking_verb(parsed: Parsed, token: Token) -> bool:
    """True when the token heads a verb of saying, thinking or requesting."""
    if token.pos not in ("VERB", "AUX") or _passive(parsed, token):
        return False
    if token.lemma.casefold() in _request_lemmas() or verb_phrase_at(parsed, token) is not None:
        return True
    return any(_follows(parsed, token, rest) for rest in _speech_phrases().get(token.text.casefold(), ()))


def speaker_region(parsed: Parsed) -> str | None:
    """The words of the subject of the first verb of saying or requesting that has one, as written
    in the sentence; None when there is none."""
    idioms = not_saying_spans(parsed.text)  # "før kommunestyrene har fått sagt et ord": no one's words
    for token in parsed.tokens:
        if not is_speaking_verb(parsed, token) or any(s <= token.start - parsed.start < e for s, e in idioms):
            continue
        subject = subject_of(parsed, token)
        if subject:
            start, end = subject[0].start - parsed.start, subject[-1].end - parsed.start
            return parsed.text[start:end]
    return None
