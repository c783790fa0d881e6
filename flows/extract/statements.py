"""Pass 3, statements: the attributed spans that are statements of named persons.

A statement is an attribution whose speaker has a name and whose words are
more than a word or two (guidelines, "Statements"); two attributions of the same
span keep the first found (a statement is identified by its kind and span). `extract_statements(document, blocks)` runs the
passes up to this one for a single document (tests, tools); the pipeline calls
`find_statements` on its shared context.
"""
from __future__ import annotations

import re
from functools import lru_cache

from flows import lexicon
from flows.extract.organisation_names import organisations_in
from flows.extract.attributions import AttributionLayer, find_attributions
from flows.extract.courtesy import courtesy
from flows.extract.context import analyse
from flows.extract.mentions import find_mentions
from flows.model import Block, Document, Statement

MIN_WORDS = 2


@lru_cache(maxsize=1)
def _pronoun_only() -> re.Pattern[str]:
    """Content that is only a pronoun, with at most a short adverbial ("det same", "dette etter
    møtet"): it points back to what was said before and reports nothing of its own."""
    pronouns = lexicon.alternation(lexicon.load("request_verbs")["pronoun_objects"])
    return re.compile(rf"^(?:{pronouns})(?:\s+(?:også|òg|igjen|etter|i|på|under|før|ved)(?:\s+[\w-]+)?)?[\s.,]*$",
                      re.IGNORECASE)


def _organisation(name: str) -> bool:
    """A 'speaker' that is an organisation's one-word name ("Bondelaget", "Pensjonistforbundet"):
    its words are no person's statement (decision 11)."""
    hits = organisations_in(name)
    return " " not in name.strip() and bool(hits) and hits[0].start == 0 and hits[0].end == len(name.strip())


def _says_nothing(kind: str, text: str) -> bool:
    return kind == "indirect" and (bool(_pronoun_only().match(text.strip())) or bool(courtesy().match(text.strip())))


# quotations that are another person's words inside a quotation ("– Hun sa «X»"): a repeat there is a new statement
REPEATABLE_RULES = frozenset({"quoted_person_quote"})
WORD = re.compile(r"\w+")


def _words(text: str) -> str:
    return " " + " ".join(WORD.findall(text.casefold())) + " "


def _repeated(later: Statement, earlier: list[Statement]) -> bool:
    """Words the same speaker's earlier statement already holds (a caption or a bulletin quoting or reporting
    again what the story gave above: "– X, sier NN." and later "– X, sier NN."; "NN sier at X" after "– X."):
    the same statement, given once. A quotation repeats only a quotation (reported words quoted later are
    the speaker's own wording)."""
    if later.rule in REPEATABLE_RULES:
        return False
    words = _words(later.text)
    return any(s.speaker.name == later.speaker.name and (later.kind == "indirect" or s.kind == "direct")
               and words in _words(s.text) for s in earlier)


def once(statements: tuple[Statement, ...]) -> tuple[Statement, ...]:
    """The statements of the published table: a quotation its speaker repeats is given once (`_repeated`). The
    demand pass reads them all (a demand in a repeated quotation keeps its quotation's voice)."""
    out: list[Statement] = []
    for statement in statements:
        if not _repeated(statement, out):
            out.append(statement)
    return tuple(out)


def find_statements(attributions: AttributionLayer) -> tuple[Statement, ...]:
    """Statements in text order."""
    out: list[Statement] = []
    seen: set[tuple[str, int, int]] = set()
    for a in attributions.persons:
        if not a.speaker.name or len(a.text.split()) < MIN_WORDS or (a.kind, a.start, a.end) in seen \
                or _says_nothing(a.kind, a.text) or _organisation(a.speaker.name):
            continue
        seen.add((a.kind, a.start, a.end))
        out.append(Statement(a.kind, a.speaker, a.text, a.start, a.end, a.rule, a.block))
    return tuple(sorted(out, key=lambda s: s.start))


def extract_statements(document: Document, blocks: tuple[Block, ...]) -> tuple[Statement, ...]:
    """Direct and indirect statements of named persons, in text order."""
    context = analyse(document, blocks=blocks)
    return once(find_statements(find_attributions(context, find_mentions(context))))
