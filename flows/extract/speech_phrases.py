"""Verb phrases of saying or thinking, as the parse shows them: which verbs report speech.

The lexicon (`flows/data/speech_verbs.yaml`) gives verbs and multi-word phrases
("peke på", "ta til orde for", "være opptatt av", "svare med å"); `phrase_at(parsed,
token)` finds the phrase a verb token heads with the token of its last word. Between
the words of a phrase may stand the subject (inverted order), adverbs, pronouns and
prepositional adjuncts, never another noun ("vise tillit til" is not "vise til").
Flags on a phrase say what it needs: an "at"-clause (`parse_verbs_clause`,
`indirect_at`), an object before its particle (`parse_verbs_object`: "ba statsråden
om"), the rest of the predicate as content (`parse_verbs_rest`), or a closing
position only (`direct`: ", fortsetter hun").

Read by `flows.extract.reported` (the contents) and `flows.extract.parsed_voice`
(the demand pass).
"""
from __future__ import annotations

from dataclasses import dataclass
from functools import lru_cache

from flows import lexicon
from flows.extract.parse import Parsed, Token
from flows.extract.subjects import subject_of

OBJECT = ("DOBJ",)
PHRASE_GAP = 4  # tokens that may stand between the words of a verb phrase (an inverted subject, adverbs)
GAP_POS = frozenset({"ADV", "PRON", "PROPN", "DET", "PART", "ADP"})

@dataclass(frozen=True)
class Phrase:
    head: str  # lemma or inflected form of the verb
    words: tuple[str, ...]  # words that must follow it, in order
    rule: str
    needs_clause: bool = False  # only with an "at"-clause ("ønsker at ...")
    closing_only: bool = False  # a verb that attributes only as a parenthetical (", fortsetter hun")
    object_first: bool = False  # the one asked or thanked stands before the particle ("ba statsråden om")
    rest: bool = False  # the content is the rest of the predicate ("kalte planen et steg i feil retning")


@lru_cache(maxsize=1)
def phrases() -> tuple[Phrase, ...]:
    data = lexicon.load("speech_verbs")
    out: dict[tuple[str, tuple[str, ...]], Phrase] = {}

    def add(item: str, rule: str, needs_clause: bool = False, closing_only: bool = False,
            object_first: bool = False, rest: bool = False) -> None:
        words = str(item).casefold().split()
        key = (words[0], tuple(words[1:]))
        out.setdefault(key, Phrase(words[0], tuple(words[1:]), rule, needs_clause, closing_only, object_first, rest))

    for item in data.get("parse_verbs_object") or ():
        add(item, "parse_subject_verb", object_first=True)
    for item in data.get("parse_verbs_rest") or ():
        add(item, "parse_subject_verb", rest=True)
    for item in data.get("parse_verbs_clause") or ():
        add(item, "parse_subject_verb", needs_clause=True)
    for key in ("parse_verbs", "indirect"):
        for item in data.get(key) or ():
            add(item, "parse_subject_verb")
    for item in data.get("direct") or ():
        if str(item).casefold() not in _according():
            add(item, "parse_subject_verb", closing_only=True)
    for item in data.get("indirect_at") or ():
        add(item, "parse_subject_verb", needs_clause=True)
    for item in data.get("parse_lead_verbs") or ():
        add(item, "parse_lead_verb")
    return tuple(out.values())


@lru_cache(maxsize=1)
def by_head() -> dict[str, tuple[Phrase, ...]]:
    table: dict[str, list[Phrase]] = {}
    for phrase in phrases():
        table.setdefault(phrase.head, []).append(phrase)
    for key in table:  # longest phrase first: "ta til orde for" before "ta"
        table[key].sort(key=lambda p: -len(p.words))
    return {k: tuple(v) for k, v in table.items()}


@lru_cache(maxsize=1)
def coordinated() -> frozenset[str]:
    return frozenset(str(w).casefold() for w in lexicon.load("speech_verbs").get("coordinated_predicates") or ())


@lru_cache(maxsize=1)
def infinitive_verbs() -> frozenset[str]:
    """Lemmas of `parse_verbs_clause` that report with an infinitive too ("lova å ...")."""
    return frozenset(str(w).casefold() for w in lexicon.load("speech_verbs").get("parse_verbs_infinitive") or ())


@lru_cache(maxsize=1)
def denials() -> frozenset[str]:
    """Lemmas of denying or ruling out: negated, they report a view ("avviser ikke at ...")."""
    return frozenset(str(w).casefold() for w in lexicon.load("speech_verbs").get("negated_affirms") or ())


@lru_cache(maxsize=1)
def clause_only_lemmas() -> frozenset[str]:
    """Lemmas that report speech only with a clause, whatever form matched the phrase."""
    return frozenset(str(w).casefold() for w in lexicon.load("speech_verbs").get("parse_verbs_clause") or ())


@lru_cache(maxsize=1)
def _according() -> frozenset[str]:
    return frozenset(str(w).casefold() for w in lexicon.load("speech_verbs").get("according_to") or ())


def _words_after(parsed: Parsed, head: Token, words: tuple[str, ...], object_first: bool = False) -> Token | None:
    """The token of the phrase's last word when `words` follow `head` in order. Between them may
    stand the subject (inverted order), adverbs, pronouns and prepositional adjuncts ("la i
    innlegget vekt på"), adjectives used as adverbs ("var samtidig tydelig på"), but no other noun: "vise tillit til" is not "vise til"; a phrase that
    takes an object before its particle lets the object stand there ("ba statsråden om")."""
    position = head.i
    last: Token | None = None
    subject = {t.i for t in subject_of(parsed, head)}
    if object_first:
        subject |= {t.i for o in parsed.children(head.i) if o.dep in OBJECT + ("IOBJ",) and o.i > head.i
                    for t in parsed.subtree(o.i) if t.i < o.i + PHRASE_GAP}
    for word in words:
        found: Token | None = None
        for t in parsed.tokens[position + 1:position + 2 + PHRASE_GAP]:
            if t.text.casefold() == word:
                found = t
                break
            if not _may_stand_between(parsed, t, subject):
                return None
        if found is None:
            return None
        position, last = found.i, found
    return last


def _may_stand_between(parsed: Parsed, token: Token, subject: set[int]) -> bool:
    if token.i in subject or token.pos in GAP_POS:
        return True
    if token.pos == "ADJ" and token.dep == "ADV":
        return True  # an adjective as an adverb: "var samtidig tydelig på at"
    head = parsed.tokens[token.head]
    if token.pos == "ADJ" and token.dep == "ATR" and head.pos == "NOUN" and head.i == token.i + 1:
        return True  # "la stor vekt på": an adjective on the phrase's own noun
    return token.dep in ("PUTFYLL", "DET", "ATR") and head.pos in ("ADP", "NOUN") and head.i < token.i


def phrase_at(parsed: Parsed, token: Token, conjunct: bool = False) -> tuple[Phrase, Token | None] | None:
    """The verb phrase a token heads (with the token of its last word), or None; a coordinated
    predicate may be a verb the tagger took for a noun (`flows.extract.reported`)."""
    if token.pos not in ("VERB", "AUX") and not conjunct:
        return None
    clause_only = token.lemma.casefold() in clause_only_lemmas()
    found: list[tuple[Phrase, Token | None]] = []
    for key in dict.fromkeys((token.text.casefold(), token.lemma.casefold())):
        for phrase in by_head().get(key, ()):
            if clause_only and not phrase.needs_clause and not phrase.words:
                phrase = Phrase(phrase.head, phrase.words, phrase.rule, True, phrase.closing_only,
                                phrase.object_first, phrase.rest)
            last = _words_after(parsed, token, phrase.words, phrase.object_first) if phrase.words else None
            if not phrase.words or last is not None:
                found.append((phrase, last))
    # the longest phrase that reports ("sa seg enig i" before "sa"); "svarte" closes quotations, and
    # its lemma "svare" reports too
    found.sort(key=lambda f: (f[0].closing_only, -len(f[0].words)))
    return found[0] if found else None


def verb_phrase_at(parsed: Parsed, token: Token) -> tuple[Phrase, Token | None] | None:
    """The verb phrase of saying or thinking a token heads, with the token of its last word; None
    when it heads none (read by the demand pass, `flows.extract.parsed_voice`)."""
    return phrase_at(parsed, token)


def known_predicate(token: Token) -> bool:
    lemma, text = token.lemma.casefold(), token.text.casefold()
    return lemma in coordinated() or lemma in by_head() or text in coordinated() or text in by_head()
