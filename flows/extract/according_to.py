"""Reported speech attributed with "ifølge NN": the rule `parse_according_to`.

"Ifølge NN" (`according_to` in `data/speech_verbs.yaml`) is a preposition, not a verb of saying,
but it gives the rest of its sentence as what NN said: "Ifølge ordføraren har kommunen venta i
to år", "Skulen manglar tre lærarar, ifølge rektor Kari Nordmann", "Kostnaden tilsvarer, ifølge
henne, ei halv årsløn". The annotators of the recent full-gold sets (since unseen16) mark these as
indirect statements of the person; a source that names no person ("ifølge tal frå SSB", "ifølge
KS' eigne utrekningar", "ifølge referatet") gives none, which the attribution pass decides from
the mention layer as for any subject.

Where the sentence holds a reported speaker of its own ("Ifølge NTB sa statsråden at X"), the
parse rules report it and "ifølge" adds nothing. The source phrase runs from "ifølge" to the
finite verb or a comma (at most `SOURCE_TOKENS` tokens): word order, not the parse, decides, so a
misparsed role word does not break it.
"""
from __future__ import annotations

from dataclasses import replace
from functools import lru_cache

from flows import lexicon
from flows.extract.parse import Parsed, Token
from flows.extract.subjects import PUNCT

SOURCE_TOKENS = 8  # longest source phrase after "ifølge" ("ifølge styreleiar i KS Kari Nordmann")
MIN_WORDS = 3  # words the reported content holds at least
OPENERS = frozenset({"ADV", "CCONJ"})  # "Men ifølge NN ...", "Og ifølgje NN ..."


@lru_cache(maxsize=1)
def _object_pronouns() -> dict[str, str]:
    """Object forms of the personal pronouns by their subject forms ("henne": "hun")."""
    return {str(k).casefold(): str(v) for k, v in (lexicon.load("pronouns").get("object") or {}).items()}


@lru_cache(maxsize=1)
def _according() -> frozenset[str]:
    return frozenset(str(w).casefold() for w in lexicon.load("speech_verbs").get("according_to") or ())


def according_to(parsed: Parsed, token: Token) -> tuple[tuple[Token, ...], int, int] | None:
    """The source phrase after "ifølge" at `token` and the document offsets of the content it is
    the source of, or None. Opening the sentence ("Ifølge NN har X ..."), the content is the rest
    of the sentence from its verb; closing it (", ifølge NN."), what stands before; inside it
    between commas (", ifølge henne, ..."), the whole sentence."""
    if token.text.casefold() not in _according():
        return None
    tokens = parsed.tokens
    source: list[Token] = []
    for t in tokens[token.i + 1:token.i + 1 + SOURCE_TOKENS]:
        if t.pos in PUNCT or t.pos == "AUX" or (t.pos == "VERB" and t.dep == "ROOT"):
            break
        source.append(t)
    if not source:
        return None
    if len(source) == 1 and source[0].text.casefold() in _object_pronouns():
        # "ifølge henne": the object form stands for the person as the subject form would
        source = [replace(source[0], text=_object_pronouns()[source[0].text.casefold()])]
    after = source[-1].i + 1
    opening = token.i == 0 or (token.i == 1 and tokens[0].pos in OPENERS)
    if opening:
        if after < len(tokens) and tokens[after].text == ",":
            closing = next((t.i for t in tokens[after + 1:after + 1 + SOURCE_TOKENS] if t.text == ","), None)
            after = (closing if closing is not None else after) + 1  # "Ifølge NN, direktør i KS, har ..."
        content = tokens[after:]
    elif token.i > 0 and tokens[token.i - 1].text == "," and after < len(tokens) and tokens[after].text == ",":
        content = tokens  # "X tilsvarer, ifølge henne, Y": the sentence is her words
    elif token.i > 0 and tokens[token.i - 1].text == "," and (after >= len(tokens) or tokens[after].pos in PUNCT):
        content = tokens[:token.i - 1]  # "X, ifølge NN.": what stands before
    else:
        return None
    words = [t for t in content if t.pos not in PUNCT]
    if len(words) < MIN_WORDS:
        return None
    first, last = content[0], content[-1]
    while last.pos in PUNCT and last.i > first.i:
        last = tokens[last.i - 1]
    while first.pos in PUNCT and first.i < last.i:
        first = tokens[first.i + 1]
    return tuple(source), first.start, last.end
