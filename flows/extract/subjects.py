"""Subjects in the dependency parse: who a verb is said of.

The subject of a verb is its SUBJ, found through auxiliaries (INFV chains: "kunne
rådmannen fortelle") and coordination (a KOORD verb shares the subject of the first);
a relative clause ("NN, som mener ...") has the noun it modifies. Where the parse
gives none, or a likely wrong one, word order decides (Norwegian main clauses put
the finite verb second): a noun phrase opening the clause before its verb, else the
noun phrase right after the verb.
"""
from __future__ import annotations

from flows.extract.parse import Parsed, Token

SUBJECT = ("SUBJ",)
CONJUNCT = ("KOORD", "KOORD-ELL")  # NDT marks an elliptic conjunct KOORD-ELL
CHAIN = ("INFV",)  # an infinitive under an auxiliary (or under "å")
PUNCT = frozenset({"PUNCT"})
PHRASE_TOKENS = 8  # longest noun phrase taken by word order


def finite_of(parsed: Parsed, verb: Token) -> Token:
    """The finite verb of a verb's clause: up its INFV chain (auxiliaries, "å")."""
    token = verb
    while token.dep in CHAIN and token.head != token.i:
        token = parsed.tokens[token.head]
        if token.pos == "PART":  # "å": an infinitive clause has no subject of its own
            return verb
    return token


def subject_of(parsed: Parsed, verb: Token) -> tuple[Token, ...]:
    """The subject phrase of a verb: its SUBJ, its auxiliary's, or (for a second conjunct with
    none of its own) the first conjunct's. Kept with the parse: the passes ask it of the same verbs."""
    key = (subject_of, verb)
    found = parsed.memo.get(key)
    if found is None:
        found = parsed.memo[key] = _subject_of(parsed, verb)
    return found


def _subject_of(parsed: Parsed, verb: Token) -> tuple[Token, ...]:
    seen: set[int] = set()
    token: Token | None = verb
    while token is not None and token.i not in seen:
        seen.add(token.i)
        finite = finite_of(parsed, token)
        for candidate in (token, finite):
            subjects = [c for c in parsed.children(candidate.i) if c.dep in SUBJECT]
            fronted = [s for s in subjects if s.i < finite.i]
            subjects = fronted or subjects  # verb second: a subject before the verb is the one
            if subjects:  # two subjects after it: a name in apposition the parse took for a second one
                phrase = {t.i: t for s in subjects for t in _subject_phrase(parsed, s)}
                found = tuple(phrase[i] for i in sorted(phrase))
                return _fronted_noun_phrase(parsed, finite, found) or found
        if is_relative(parsed, finite):  # a relative clause: its subject is the noun it modifies, or none
            antecedent = _antecedent(parsed, finite)
            return _subject_phrase(parsed, antecedent) if antecedent is not None else ()
        if finite.dep not in CONJUNCT:
            return _preverbal_noun_phrase(parsed, finite) or _inverted_noun_phrase(parsed, finite)
        token = parsed.tokens[finite.head] if finite.head != finite.i else None
    return ()


def _preverbal_noun_phrase(parsed: Parsed, finite: Token) -> tuple[Token, ...]:
    """Word order when the parse gives no subject: a main clause that opens with a noun phrase
    (with its apposition: "Direktør i KS, NN, mener ...") right before its finite verb has that
    phrase as subject (verb second)."""
    if finite.head != finite.i or finite.i == 0:
        return ()
    before = parsed.tokens[:finite.i]
    if before[0].pos not in ("PROPN", "NOUN") or any(t.pos in ("VERB", "AUX", "SCONJ") for t in before):
        return ()
    return tuple(t for t in before if t.pos not in PUNCT)


def _inverted_noun_phrase(parsed: Parsed, finite: Token) -> tuple[Token, ...]:
    """Word order when the parse gives no subject: in a main clause with something before its
    finite verb ("Nå kunne rådmann NN fortelle ..."), the subject is the noun phrase right
    after the verb (verb second); empty when no noun phrase stands there."""
    if finite.head != finite.i or finite.i == 0:
        return ()
    phrase: list[Token] = []
    for t in parsed.tokens[finite.i + 1:finite.i + 1 + PHRASE_TOKENS]:
        if t.pos not in ("NOUN", "PROPN", "PRON", "DET", "ADJ"):
            break
        phrase.append(t)
    return tuple(phrase) if phrase and phrase[0].pos != "ADJ" else ()


def _fronted_noun_phrase(parsed: Parsed, finite: Token, subject: tuple[Token, ...]) -> tuple[Token, ...]:
    """Word order over a misparse: a main clause that opens with a noun phrase right before its
    finite verb ("KS ber statsråden om å ...") has that phrase as subject (verb second); a
    subject the parse puts after the verb is then an object. Empty when this does not apply."""
    if finite.head != finite.i or finite.i == 0 or not subject or subject[0].i < finite.i:
        return ()
    before = parsed.tokens[:finite.i]
    if before[0].pos not in ("PROPN", "NOUN") or any(t.pos in ("VERB", "AUX", "ADP", "SCONJ") for t in before):
        return ()
    return tuple(t for t in before if t.pos not in PUNCT)


def is_relative(parsed: Parsed, verb: Token) -> bool:
    return any(t.text.casefold() == "som" and t.i < verb.i for t in parsed.children(verb.i))


def _antecedent(parsed: Parsed, verb: Token) -> Token | None:
    """The noun a relative clause ("NN, som mener ...") modifies: the verb's head, or the noun
    right before "som" when the parse attached the clause elsewhere."""
    som = next((t for t in parsed.children(verb.i) if t.text.casefold() == "som" and t.i < verb.i), None)
    if som is None:
        return None
    if verb.head != verb.i and parsed.tokens[verb.head].pos in ("NOUN", "PROPN") and verb.head < som.i:
        return parsed.tokens[verb.head]
    before = som.i - 1
    while before >= 0 and parsed.tokens[before].pos in PUNCT:
        before -= 1
    if before >= 0 and parsed.tokens[before].pos in ("NOUN", "PROPN"):
        token = parsed.tokens[before]
        while token.dep == "FLAT" and token.head != token.i:  # "Kari Nordmann": the name's first token heads it
            token = parsed.tokens[token.head]
        return token
    return None


def _subject_phrase(parsed: Parsed, subj: Token) -> tuple[Token, ...]:
    """A subject's tokens: its subtree without relative clauses and coordinated verbs."""
    if subj.text.casefold() == "som" and subj.head != subj.i:  # "som" as subject: the noun before it
        found = _antecedent(parsed, parsed.tokens[subj.head])
        if found is None:
            return ()
        subj = found
    keep = [t for t in parsed.subtree(subj.i)
            if not any(a.pos in ("VERB", "AUX") and a.i != subj.i for a in _path(parsed, t, subj))]
    return tuple(keep)


def _path(parsed: Parsed, token: Token, top: Token) -> list[Token]:
    """Tokens from `token` up to (not including) `top`."""
    out: list[Token] = []
    while token.i != top.i and token.head != token.i:
        out.append(token)
        token = parsed.tokens[token.head]
    return out
