"""Reported speech from the dependency parse: who is said to say or think what.

Structural rules over one parsed sentence (`flows.extract.parse.Parsed`, NDT
labels), each registered in `data/rules.yaml`:

- `parse_subject_verb`: a verb of saying or thinking (`parse_verbs` by lemma,
  and the inflected forms of `direct`, `indirect`, `indirect_at`) with the words
  its phrase needs after it ("peke på", "ta til orde for", "være opptatt av");
  the subject comes from `flows.extract.subjects` (through auxiliaries,
  coordination and relative clauses, word order where the parse fails); the content is the complement of the phrase's last
  preposition (PUTFYLL), else the verb's object or clause (DOBJ), without the
  subjunction ("at", "om") or the infinitive mark ("å");
- `parse_lead_verb`: the same for verbs that lead into reported words without
  being verbs of saying (`parse_lead_verbs`: "svare med å ...", "gå inn for ...");
- `parse_coordinated_predicate`: a predicate coordinated with such a verb and
  sharing its subject ("pekte på X og takket for Y"), a verb of saying or one of
  `coordinated_predicates`; its content is the whole predicate;
- `parse_parenthetical`: a verb of saying attached as a parenthetical (PAR) to
  the main clause (", meiner ho."); the content is the main clause without it;
- `parse_according_to`: "ifølge NN" (`according_to`); the content is the clause.

The rules find spans and subject tokens only; whom a subject names (a person,
a pronoun, a title, an organisation) is decided by the attribution pass from
the mention layer.
"""
from __future__ import annotations

from dataclasses import dataclass
from functools import lru_cache

from flows import budget, lexicon
from flows.extract.parse import Parsed, Token
from flows.extract.subjects import CONJUNCT, PUNCT, SUBJECT, finite_of, is_relative, subject_of

OBJECT = ("DOBJ",)
COMPLEMENT = ("PUTFYLL",)
PARENTHETICAL = ("PAR",)
SUBJUNCTIONS = frozenset({"at", "om", "att"})
MIN_WORDS = 2
SOURCE_TOKENS = 8  # longest source phrase after "ifølge" ("ifølge styreleder i KS Kari Nordmann")
PHRASE_GAP = 4  # tokens that may stand between the words of a verb phrase (an inverted subject, adverbs)
GAP_POS = frozenset({"ADV", "PRON", "PROPN", "DET", "PART", "ADP"})
NEGATIONS = frozenset({"ikke", "ikkje", "aldri"})


@dataclass(frozen=True)
class Phrase:
    head: str  # lemma or inflected form of the verb
    words: tuple[str, ...]  # words that must follow it, in order
    rule: str
    needs_clause: bool = False  # only with an "at"-clause ("ønsker at ...")
    closing_only: bool = False  # a verb that attributes only as a parenthetical (", fortsetter hun")


@dataclass(frozen=True)
class Reported:
    """A reported content span and the subject tokens it is attributed to (document offsets)."""

    subject: tuple[Token, ...]  # the subject phrase ("ifølge": the source phrase)
    verb: Token
    start: int
    end: int
    rule: str
    bounded: bool = False  # the content ends where a coordinated predicate of the speaker begins


@lru_cache(maxsize=1)
def phrases() -> tuple[Phrase, ...]:
    data = lexicon.load("speech_verbs")
    out: dict[tuple[str, tuple[str, ...]], Phrase] = {}

    def add(item: str, rule: str, needs_clause: bool = False, closing_only: bool = False) -> None:
        words = str(item).casefold().split()
        key = (words[0], tuple(words[1:]))
        out.setdefault(key, Phrase(words[0], tuple(words[1:]), rule, needs_clause, closing_only))

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
def _by_head() -> dict[str, tuple[Phrase, ...]]:
    table: dict[str, list[Phrase]] = {}
    for phrase in phrases():
        table.setdefault(phrase.head, []).append(phrase)
    for key in table:  # longest phrase first: "ta til orde for" before "ta"
        table[key].sort(key=lambda p: -len(p.words))
    return {k: tuple(v) for k, v in table.items()}


@lru_cache(maxsize=1)
def _coordinated() -> frozenset[str]:
    return frozenset(str(w).casefold() for w in lexicon.load("speech_verbs").get("coordinated_predicates") or ())


@lru_cache(maxsize=1)
def _clause_only() -> frozenset[str]:
    """Lemmas that report speech only with a clause, whatever form matched the phrase."""
    return frozenset(str(w).casefold() for w in lexicon.load("speech_verbs").get("parse_verbs_clause") or ())


@lru_cache(maxsize=1)
def _according() -> frozenset[str]:
    return frozenset(str(w).casefold() for w in lexicon.load("speech_verbs").get("according_to") or ())


def _words_after(parsed: Parsed, head: Token, words: tuple[str, ...]) -> Token | None:
    """The token of the phrase's last word when `words` follow `head` in order. Between them may
    stand the subject (inverted order), adverbs, pronouns and prepositional adjuncts ("la i
    innlegget vekt på"), but no other noun: "vise tillit til" is not "vise til"."""
    position = head.i
    last: Token | None = None
    subject = {t.i for t in subject_of(parsed, head)}
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
    head = parsed.tokens[token.head]
    return token.dep in ("PUTFYLL", "DET", "ATR") and head.pos in ("ADP", "NOUN") and head.i < token.i


def _phrase_at(parsed: Parsed, token: Token) -> tuple[Phrase, Token | None] | None:
    """The verb phrase a token heads (with the token of its last word), or None."""
    if token.pos not in ("VERB", "AUX", "ADP"):
        return None
    clause_only = token.lemma.casefold() in _clause_only()
    for key in dict.fromkeys((token.text.casefold(), token.lemma.casefold())):
        for phrase in _by_head().get(key, ()):
            if clause_only and not phrase.needs_clause:
                phrase = Phrase(phrase.head, phrase.words, phrase.rule, True, phrase.closing_only)
            if not phrase.words:
                return phrase, None
            last = _words_after(parsed, token, phrase.words)
            if last is not None:
                return phrase, last
    return None


def _span(parsed: Parsed, tokens: tuple[Token, ...], stop: int | None = None) -> tuple[int, int] | None:
    """Document offsets of a content: contiguous, without a leading subjunction or "å" and
    without trailing punctuation; cut before token `stop` when it falls inside."""
    if not tokens:
        return None
    first, last = tokens[0].i, tokens[-1].i
    if stop is not None and first < stop <= last:
        last = stop - 1
    while first <= last and (parsed.tokens[first].text.casefold() in SUBJUNCTIONS | {"å"}
                             or parsed.tokens[first].pos in PUNCT):
        first += 1
    while last >= first and parsed.tokens[last].pos in PUNCT:
        last -= 1
    if last - first + 1 < MIN_WORDS:
        return None
    return parsed.tokens[first].start, parsed.tokens[last].end


def _content(parsed: Parsed, verb: Token, last: Token | None, needs_clause: bool) -> tuple[Token, ...]:
    """The reported content of a verb phrase: the complement of its last preposition, else its object."""
    if last is not None and last.pos == "ADP":
        comp = parsed.child(last.i, *COMPLEMENT)
        return parsed.subtree(comp.i) if comp is not None else ()
    obj = parsed.child(verb.i, *OBJECT)
    if obj is None and last is not None:
        obj = parsed.child(last.i, *OBJECT)
    if obj is None:  # a clause under the verb with another label: it is still what was said
        obj = next((c for c in parsed.children(verb.i) if c.i > verb.i and c.pos in ("VERB", "AUX")
                    and any(s.text.casefold() in SUBJUNCTIONS and s.i < c.i for s in parsed.children(c.i))), None)
    if obj is None:
        return ()
    if needs_clause and not any(c.text.casefold() in SUBJUNCTIONS for c in parsed.children(obj.i)):
        return ()
    return parsed.subtree(obj.i)


def _infinitive(token: Token) -> bool:
    return "VerbForm=Inf" in token.morph


def _negated(parsed: Parsed, verb: Token) -> bool:
    finite = finite_of(parsed, verb)
    return any(c.text.casefold() in NEGATIONS for v in {verb.i, finite.i} for c in parsed.children(v))


def _conjuncts(parsed: Parsed, verb: Token) -> list[Token]:
    """Predicates coordinated with `verb` that share its subject (no SUBJ of their own): verbs
    that are no infinitives and open no relative clause ("pekte på X og takket for Y"); an
    infinitive after "samt" or "og" belongs to the content ("et tiltak kan være å justere X,
    samt finne Y")."""
    out: list[Token] = []
    for child in parsed.children(verb.i):
        if child.dep in CONJUNCT and child.pos in ("VERB", "AUX") and parsed.child(child.i, *SUBJECT) is None \
                and not _infinitive(child) and not _infinitive(verb) and not is_relative(parsed, child):
            out.append(child)
            out += _conjuncts(parsed, child)
    return out


def _predicate(parsed: Parsed, verb: Token) -> tuple[Token, ...]:
    """A coordinated predicate: the verb and its complements, without the conjunction and
    without further conjuncts."""
    nested = {t.i for c in parsed.children(verb.i) if c.dep in CONJUNCT for t in parsed.subtree(c.i)}
    return tuple(t for t in parsed.subtree(verb.i)
                 if t.i not in nested and not (t.dep == "KONJ" and t.head == verb.i))


def _parenthetical(parsed: Parsed, verb: Token, subject: tuple[Token, ...]) -> tuple[int, int] | None:
    """", meiner ho.": the main clause the parenthetical hangs from, without it."""
    if verb.head == verb.i:
        return None
    main = parsed.tokens[verb.head]
    inside = {t.i for t in parsed.subtree(verb.i)}
    tokens = tuple(t for t in parsed.subtree(main.i) if t.i not in inside and t.i < verb.i)
    return _span(parsed, tokens) if tokens else None


def find_reported(parsed: Parsed) -> tuple[Reported, ...]:
    """Every reported content of one parsed sentence, in order."""
    out: list[Reported] = []
    taken: set[int] = set()  # verbs already used as a conjunct
    for token in parsed.tokens:
        budget.check()
        if token.text.casefold() in _according() and token.pos == "ADP":
            found = _according_to(parsed, token)
            if found:
                out.append(found)
            continue
        match = _phrase_at(parsed, token)
        if match is None or token.i in taken:
            continue
        phrase, last = match
        if _negated(parsed, token):
            continue  # "sa ikke at ...": no content is reported as said
        subject = subject_of(parsed, token)
        if token.dep in PARENTHETICAL and parsed.child(token.i, *OBJECT) is None:
            span = _parenthetical(parsed, token, subject)
            if span and subject:
                out.append(Reported(subject, token, span[0], span[1], "parse_parenthetical"))
            continue
        if phrase.closing_only:
            continue
        conjuncts = _conjuncts(parsed, token)
        stop = conjuncts[0].i if conjuncts else None
        span = _span(parsed, _content(parsed, token, last, phrase.needs_clause), stop)
        if span and subject:
            out.append(Reported(subject, token, span[0], span[1], phrase.rule, bool(conjuncts)))
        for conjunct in conjuncts:
            taken.add(conjunct.i)
            inner = _phrase_at(parsed, conjunct)
            if inner is not None and not inner[0].closing_only:
                content = _content(parsed, conjunct, inner[1], inner[0].needs_clause)
            elif conjunct.lemma.casefold() in _coordinated() or conjunct.text.casefold() in _coordinated():
                content = _predicate(parsed, conjunct)
            else:
                continue
            part = _span(parsed, content)
            if part and subject:
                out.append(Reported(subject, conjunct, part[0], part[1], "parse_coordinated_predicate"))
    return tuple(out)


def _according_to(parsed: Parsed, token: Token) -> Reported | None:
    """"Ifølge NN er ...", "..., ifølge NN.": NN is the source of the rest of the sentence. The
    source runs from "ifølge" to the finite verb or a comma (at most `SOURCE_TOKENS` tokens);
    word order, not the parse, decides, so a misparsed role word does not break it."""
    tokens = parsed.tokens
    source: list[Token] = []
    for t in tokens[token.i + 1:token.i + 1 + SOURCE_TOKENS]:
        if t.pos in PUNCT or t.pos == "AUX" or t.dep == "ROOT":
            break
        source.append(t)
    if not source:
        return None
    if token.i == 0 or (token.i == 1 and tokens[0].pos in ("ADV", "CCONJ")):
        rest = tokens[source[-1].i + 1:]
        if rest and rest[0].pos in ("AUX", "VERB") and len(rest) > 1 and rest[1].pos in ("NOUN", "PROPN", "PRON", "DET"):
            rest = rest[1:]  # "Ifølge NN er situasjonen ...": the verb put before its subject stays out
    else:
        rest = tokens[:token.i]
    span = _span(parsed, tuple(rest))
    if span is None:
        return None
    return Reported(tuple(source), token, span[0], span[1], "parse_according_to")
