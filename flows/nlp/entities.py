"""A fix over the trained NER: a name right after a role word is a person.

The NER sometimes labels the name in "styreleiar Kari Nordmann" or
"helseminister Jan Olsen" as an organisation, taking the role word as a hint.
`person_after_role` relabels as PER an entity that

- is not one of the gazetteer's names (the entity ruler gives those an id),
- (or holds a lower-case role word followed by capitalised words only, as in
  "Helse- og omsorgsminister Jan Olsen" taken as one organisation: the entity
  becomes the words after the role),
- is made of capitalised words only, and
- follows a role word from `flows/data/roles.yaml` (a role, a word ending in a
  role head such as "-minister" or "-leiar", or a plural such as "ordførarane";
  in lower case unless it opens the sentence),
  or follows ", " / "og" / "and" after a name this rule or the NER made a person
  in the same list ("ordførarane A, B og C").
"""
from __future__ import annotations

from functools import lru_cache

from spacy.language import Language
from spacy.tokens import Doc, Span, Token

from flows import lexicon

LIST_GLUE = frozenset({",", "og", "eller", "samt"})


@lru_cache(maxsize=1)
def _roles() -> tuple[frozenset[str], tuple[str, ...]]:
    data = lexicon.load("roles")
    words = {str(r).casefold() for r in data.get("roles", [])}
    words |= {str(p).casefold() for p in (data.get("plurals") or {})}
    heads = tuple(str(h).casefold() for h in data.get("role_heads", []))
    return frozenset(words), heads


def is_role(token: Token) -> bool:
    """A role word: "styreleiar", "helseminister", "ordførarane"; in lower case, after an
    organisation prefix ("KS-leder"), or capitalised as the first word of a sentence."""
    words, heads = _roles()
    text = token.text.casefold()
    if not (text in words or text.endswith(heads)):
        return False
    return token.text[:1].islower() or "-" in token.text or token.i == 0 or bool(token.is_sent_start)


def _name_like(span: Span) -> bool:
    return all(t.text[:1].isupper() and t.is_alpha or t.text == "-" for t in span)


def _role_inside(ent: Span) -> int | None:
    """The index after the last role word inside `ent`, when capitalised words follow it
    ("Helse- og omsorgsminister Jan Olsen" taken as one organisation)."""
    for tok in reversed(ent[:-1]):
        if is_role(tok) and tok.text[:1].islower():
            rest = ent.doc[tok.i + 1:ent.end]
            return tok.i + 1 if _name_like(rest) else None
    return None


@Language.component("person_after_role")
def person_after_role(doc: Doc) -> Doc:
    ents = list(doc.ents)
    changed = False
    for n, ent in enumerate(ents):
        if ent.label_ == "PER" or ent.ent_id_:
            continue
        start = _role_inside(ent)
        if start is not None:
            ents[n] = Span(doc, start, ent.end, label="PER")
            changed = True
            continue
        if ent.start == 0 or not _name_like(ent):
            continue
        before = doc[ent.start - 1]
        after_role = is_role(before)
        in_list = (before.text in LIST_GLUE and n > 0 and ents[n - 1].label_ == "PER"
                   and ents[n - 1].end == ent.start - 1 and _follows_role(doc, ents, n - 1))
        if after_role or in_list:
            ents[n] = Span(doc, ent.start, ent.end, label="PER")
            changed = True
    if changed:
        doc.ents = ents
    return doc


def _follows_role(doc: Doc, ents: list[Span], n: int) -> bool:
    """Whether entity n heads or continues a list of names after a role word."""
    while n >= 0:
        ent = ents[n]
        if ent.start > 0 and is_role(doc[ent.start - 1]):
            return True
        before = doc[ent.start - 1] if ent.start > 0 else None
        if before is None or before.text not in LIST_GLUE or n == 0 or ents[n - 1].end != ent.start - 1:
            return False
        n -= 1
    return False
