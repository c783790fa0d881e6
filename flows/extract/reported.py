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
- `parse_according_to`: "ifølge NN" on a person (`flows.extract.according_to`); the content is the
  rest of the sentence, unless a verb of saying inside it reports a person of its own.

The rules find spans and subject tokens only; whom a subject names (a person,
a pronoun, a title, an organisation) is decided by the attribution pass from
the mention layer. Which verbs and phrases report speech is `flows.extract.speech_phrases`.
"""
from __future__ import annotations

from dataclasses import dataclass

from flows import budget
from flows.extract.parse import Parsed, Token
from flows.extract import conjuncts as C
from flows.extract.according_to import according_to
from flows.extract.speech_phrases import (OBJECT, Phrase, coordinated, denials, infinitive_verbs, known_predicate,
                                          phrase_at)
from flows.extract.subjects import CHAIN, CONJUNCT, PUNCT, SUBJECT, finite_of, subject_of

COMPLEMENT = ("PUTFYLL",)
PARENTHETICAL = ("PAR",)
SUBJUNCTIONS = frozenset({"at", "om", "att"})
MIN_WORDS = 2
NEGATIONS = frozenset({"ikke", "ikkje", "aldri"})


@dataclass(frozen=True)
class Reported:
    """A reported content span and the subject tokens it is attributed to (document offsets)."""

    subject: tuple[Token, ...]  # the subject phrase
    verb: Token
    start: int
    end: int
    rule: str
    bounded: bool = False  # the content ends where a coordinated predicate of the speaker begins
    opens: int | None = None  # a coordinated predicate: where it begins, with its conjunction ("og takket ...")


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
    while last >= first and (parsed.tokens[last].pos in PUNCT or parsed.tokens[last].pos == "CCONJ"):
        last -= 1
    if last - first + 1 < MIN_WORDS:
        return None
    return parsed.tokens[first].start, parsed.tokens[last].end


def _content(parsed: Parsed, verb: Token, last: Token | None, phrase: Phrase) -> tuple[Token, ...]:
    """The reported content of a verb phrase: the complement of its last preposition, else its object;
    with the content clauses coordinated with it ("sa at X, og at Y": one content, X and Y); for a
    verb of characterising, the rest of its predicate."""
    needs_clause = phrase.needs_clause
    if phrase.rest:
        return tuple(t for t in _predicate(parsed, verb) if t.i > verb.i)
    if last is not None and last.pos == "ADP":
        comp = parsed.child(last.i, *COMPLEMENT)
        infinitive = comp is not None and comp.text.casefold() == "å" and verb.lemma.casefold() in infinitive_verbs()
        if comp is not None and needs_clause and not infinitive and not _is_clause(parsed, comp):
            return ()  # "åpnet for publikum": no clause, nothing said
        if comp is not None:
            return _with_coordinated_clauses(parsed, comp, (verb, last))
        clause = parsed.child(verb.i, *OBJECT)  # "la til at X": the parse hangs the clause on the verb, not the particle
        if clause is None or clause.i < last.i or not _is_clause(parsed, clause):
            return ()
        return _with_coordinated_clauses(parsed, clause, (verb, last))
    obj = parsed.child(verb.i, *OBJECT)
    if obj is None and last is not None:
        obj = parsed.child(last.i, *OBJECT)
    if obj is None:  # a clause under the verb with another label: it is still what was said
        obj = next((c for c in parsed.children(verb.i) if c.i > verb.i and _is_clause(parsed, c)), None)
    if obj is None:
        return ()
    promise = obj.text.casefold() == "å" and verb.lemma.casefold() in infinitive_verbs()  # "lova å kome"
    if needs_clause and not promise and not any(c.text.casefold() in SUBJUNCTIONS for c in parsed.children(obj.i)):
        return ()
    return _with_coordinated_clauses(parsed, obj, (verb,) if last is None else (verb, last))


def _is_clause(parsed: Parsed, token: Token) -> bool:
    """A verb that opens a subordinate clause with its subjunction ("at X", "om X")."""
    return token.pos in ("VERB", "AUX") and any(s.text.casefold() in SUBJUNCTIONS and s.i < token.i
                                                 for s in parsed.children(token.i))


def _with_coordinated_clauses(parsed: Parsed, content: Token, heads: tuple[Token, ...]) -> tuple[Token, ...]:
    """The content's tokens and those of the subordinate clauses coordinated with it after it, which the
    parse may hang from the verb ("sa at X, og at Y": "og at Y" a conjunct of "sa")."""
    tokens = {t.i: t for t in parsed.subtree(content.i)}
    if content.pos in ("NOUN", "PROPN") and heads and len(tokens) >= MIN_WORDS:  # "etterlyser større fleksibilitet
        for c in parsed.children(heads[0].i):  # i kravene om X": the adjunct the parse hangs on the verb right
            if c.i == max(tokens) + 1 and c.pos == "ADP" and c.dep == "ADV" and not any(  # after the noun is its
                    t.text == "å" for t in parsed.children(c.i)):  # own; not a purpose ("for å sjå ...")
                tokens.update({t.i: t for t in parsed.subtree(c.i)})
    if _is_clause(parsed, content):
        for head in (*heads, content):
            for c in parsed.children(head.i):
                if c.i > content.i and _is_clause(parsed, c) and c.i not in tokens \
                        and (c.dep in CONJUNCT or _opens_with_conjunction(parsed, c)):
                    tokens.update({t.i: t for t in parsed.subtree(c.i)})
    return tuple(tokens[i] for i in sorted(tokens))


def _subject_gap(parsed: Parsed, content: tuple[Token, ...]) -> bool:
    """A content clause that is finite but has no subject: the subject was taken out by a relative
    clause on a noun or pronoun ("det hun mener er kjernen i saka", "planen, som han mener er for dyr")."""
    inside = {t.i for t in content}
    top = next((t for t in content if t.head not in inside or t.head == t.i), None)
    return top is not None and top.pos in ("VERB", "AUX") and "VerbForm=Fin" in top.morph \
        and parsed.child(top.i, *SUBJECT, "FSUBJ") is None \
        and not any(c.text.casefold() in SUBJUNCTIONS for c in parsed.children(top.i))


def _leads_to_speech(parsed: Parsed, content: tuple[Token, ...]) -> bool:
    """A lead verb's content reports words only when its infinitive is a verb of saying or a
    predicate that reports ("svarte med å vise til at ...", "åpnet med å takke for ...")."""
    verb = next((t for t in content if t.pos in ("VERB", "AUX")), None)
    return verb is not None and (phrase_at(parsed, verb, conjunct=True) is not None
                                 or verb.lemma.casefold() in coordinated())


def _inner_content(parsed: Parsed, content: tuple[Token, ...]) -> tuple[Token, ...] | None:
    """The clause a lead verb's infinitive of saying reports ("svarte med å vise til at X": X), None when the
    infinitive is no verb of saying with words of its own ("åpnet med å takke for ...": the predicate is the content)
    or reports a thing ("svarte med å vise til budsjettprosessen": the infinitive's phrase is the content)."""
    verb = next((t for t in content if t.pos in ("VERB", "AUX")), None)
    inner = phrase_at(parsed, verb, conjunct=True) if verb is not None else None
    if inner is None or inner[0].closing_only or inner[0].rule == "parse_lead_verb" \
            or verb.lemma.casefold() in coordinated():  # "åpnet med å takke for at X": the thanks are the content
        return None
    found = _content(parsed, verb, inner[1], inner[0])
    clause = any(t.pos in ("VERB", "AUX") for t in found)  # "vise til at X", not "vise til budsjettprosessen"
    return found if found and clause and set(t.i for t in found) < set(t.i for t in content) else None


def _opens_with_conjunction(parsed: Parsed, clause: Token) -> bool:
    """A clause that opens with "og"/"men" ("pekte på at X og at Y": the parse may hang "og at Y"
    as a second object of the verb rather than as a conjunct of X)."""
    first = parsed.subtree(clause.i)[0]
    return first.pos == "CCONJ" and first.i < clause.i


def _negated(parsed: Parsed, verb: Token) -> bool:
    finite = finite_of(parsed, verb)
    return any(c.text.casefold() in NEGATIONS for v in {verb.i, finite.i} for c in parsed.children(v))


def _main_verb(parsed: Parsed, token: Token) -> Token:
    """The verb an auxiliary carries (down its INFV chain), or the token itself."""
    seen = {token.i}
    while True:
        below = next((c for c in parsed.children(token.i) if c.dep in CHAIN and c.pos in ("VERB", "AUX")
                      and c.i not in seen), None)
        if below is None:
            return token
        seen.add(below.i)
        token = below


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
        match = phrase_at(parsed, token, conjunct=token.dep in CONJUNCT)  # a conjunct the tagger misread ("svarte": ADJ)
        if match is None or token.i in taken:
            continue
        phrase, last = match
        if _negated(parsed, token) and not NEGATIONS & set(phrase.words) and token.lemma.casefold() not in denials():
            continue  # "sa ikke at ...": no content is reported as said ("la ikke skjul på" is a phrase;
            # a denial negated, "avviser ikke at ...", "utelukkar ikkje at ...", reports a view)
        subject = subject_of(parsed, token)
        if token.dep in PARENTHETICAL and parsed.child(token.i, *OBJECT) is None:
            span = _parenthetical(parsed, token, subject)
            if span and subject:
                out.append(Reported(subject, token, span[0], span[1], "parse_parenthetical"))
            continue
        if phrase.closing_only:
            continue
        content = _content(parsed, token, last, phrase)
        if token.dep == "ATR" and _subject_gap(parsed, content):
            # a relative clause whose content's subject is the gap: "lærarmangelen, som ho meiner heng
            # saman med X" reports the noun with its clause; "det hun mener er kjernen" reports nothing
            if parsed.tokens[token.head].pos not in ("NOUN", "PROPN"):
                continue
            content = parsed.subtree(token.head)
        if phrase.rule == "parse_lead_verb" and not _leads_to_speech(parsed, content):
            continue  # "åpnet med å gå rett på saken": the lead goes on to no words of hers
        if phrase.rule == "parse_lead_verb":
            content = _inner_content(parsed, content) or content  # "svarte med å vise til at X": X
        conjuncts = sorted({t.i: t for t in C.conjuncts(parsed, token) + C.stray_conjuncts(parsed, token, content)}
                           .values(), key=lambda t: t.i)
        stop = conjuncts[0].i if conjuncts else None
        span = _span(parsed, content, stop)
        if span and subject:
            out.append(Reported(subject, token, span[0], span[1], phrase.rule, bool(conjuncts)))
        for conjunct in conjuncts:
            taken.add(conjunct.i)
            main = _main_verb(parsed, conjunct)  # "og kunne fortelle at ...": the verb under the auxiliary
            taken.add(main.i)
            if any(c.text.casefold() in NEGATIONS for v in (conjunct, main) for c in parsed.children(v.i)):
                continue  # "men ville ikke love ...": nothing reported as said
            inner = phrase_at(parsed, main, conjunct=True)
            if inner is not None and not inner[0].closing_only:
                content = _content(parsed, main, inner[1], inner[0])
            elif conjunct.lemma.casefold() in coordinated() or conjunct.text.casefold() in coordinated():
                content = _predicate(parsed, conjunct)
            else:
                continue
            part = _span(parsed, content)
            if part is None and known_predicate(main) and main.lemma.casefold() in coordinated():
                part = _span(parsed, _predicate(parsed, main))  # "og takket for samarbeidet med X": the predicate
            konj = parsed.child(conjunct.i, "KONJ")
            opens = konj.start if konj is not None and konj.i < conjunct.i else conjunct.start
            if part and subject:
                out.append(Reported(subject, conjunct, part[0], part[1], "parse_coordinated_predicate", opens=opens))
    return tuple(out) + _according_to(parsed)


def _according_to(parsed: Parsed) -> tuple[Reported, ...]:
    """"Ifølge NN har X ...", "X, ifølge NN." (`flows.extract.according_to`); where a verb of saying
    inside the content reports a person of its own ("Ifølge NTB sa statsråden at X"), the
    attribution pass keeps that one (`flows.extract.parsed_speech`)."""
    out: list[Reported] = []
    for token in parsed.tokens:
        hit = according_to(parsed, token)
        if hit is not None:
            out.append(Reported(hit[0], token, hit[1], hit[2], "parse_according_to"))
    return tuple(out)
