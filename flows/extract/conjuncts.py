"""Predicates coordinated with a verb of saying that share its speaker ("pekte på X og takket for
Y", "meiner X, men peikar på at Y"), read through the parse's usual errors: a conjunct the tagger
took for a noun, an object after the conjunction read as an inverted subject, a predicate of the
speaker hung on the content's verb. Read by `flows.extract.reported`.
"""
from __future__ import annotations

from flows.extract.parse import Parsed, Token
from flows.extract.speech_phrases import OBJECT, known_predicate
from flows.extract.subjects import CONJUNCT, SUBJECT, finite_of, is_relative


def infinitive(token: Token) -> bool:
    return "VerbForm=Inf" in token.morph


def conjuncts(parsed: Parsed, verb: Token) -> list[Token]:
    """Predicates coordinated with `verb` that share its subject (no SUBJ of their own): verbs
    that are no infinitives and open no relative clause ("pekte på X og takket for Y"); an
    infinitive after "samt" or "og" belongs to the content ("et tiltak kan være å justere X,
    samt finne Y")."""
    out: list[Token] = []
    for child in parsed.children(verb.i):
        if child.dep in CONJUNCT and predicate_word(parsed, child) and _own_subject(parsed, child) is None \
                and not infinitive(child) and not infinitive(verb) and not is_relative(parsed, child):
            out.append(child)
            out += conjuncts(parsed, child)
    for obj in parsed.children(verb.i):  # "etterlyste X og bad Y om ...": the parse hangs the verb from the noun
        if obj.dep in OBJECT and obj.pos in ("NOUN", "PROPN"):
            out += [c for c in parsed.children(obj.i) if c.dep in CONJUNCT and c.pos == "VERB"
                    and known_predicate(c) and parsed.child(c.i, *SUBJECT) is None]
    return sorted(out, key=lambda t: t.i)


def _own_subject(parsed: Parsed, conjunct: Token) -> Token | None:
    """The subject of a coordinated predicate, or None when it shares the first one's. A noun right
    after a conjunct that opens its clause ("og takket KS for ...") is its object: with nothing
    before the finite verb but the conjunction, Norwegian word order (verb second) leaves no room
    for an inverted subject, so the parse's SUBJ there is a misreading."""
    subject = parsed.child(conjunct.i, *SUBJECT)
    if subject is None or subject.i < conjunct.i or conjunct.i == 0:
        return subject
    before = parsed.tokens[conjunct.i - 1]
    return None if before.pos == "CCONJ" and before.head == conjunct.i else subject


def _tense(token: Token) -> str | None:
    return next((f for f in token.morph.split("|") if f.startswith("Tense=")), None)


def stray_conjuncts(parsed: Parsed, verb: Token, content: tuple[Token, ...]) -> list[Token]:
    """Predicates of the speaker that the parse hung on the content's verb ("meiner X er Y, men
    peikar på at Z": "peikar" coordinated with "er"): a verb of saying or a coordinated
    predicate after a comma and "og"/"men", finite in the tense of the verb of saying, with no
    subject of its own."""
    tense = _tense(finite_of(parsed, verb))
    if tense is None or not content:
        return []
    inside = {t.i for t in content}
    out: list[Token] = []
    for t in content:
        if t.dep not in CONJUNCT or t.head not in inside or "VerbForm=Fin" not in t.morph or _tense(t) != tense:
            continue
        konj = parsed.child(t.i, "KONJ")
        if konj is None or konj.i != t.i - 1 or konj.i < 1 or parsed.tokens[konj.i - 1].text != ",":
            continue
        if known_predicate(t) and _own_subject(parsed, t) is None and not is_relative(parsed, t):
            out.append(t)
    return out


def predicate_word(parsed: Parsed, token: Token) -> bool:
    """A verb, or a word the tagger took for a noun whose lemma is a reporting verb or a coordinated
    predicate ("og takka for ...": nynorsk past tense read as the noun "takka")."""
    if token.pos in ("VERB", "AUX"):
        return True
    return token.pos == "NOUN" and known_predicate(token) and parsed.child(token.i, "DET") is None
