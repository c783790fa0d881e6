"""Demands listed as coordinated noun phrases, split by the parse (decision 5).

"KS krevde kortere lister, bedre veiledning og en stans i nye oppgaver" asks for
three things, each of which could be granted on its own: three demands. An action
is split here only when it is a noun phrase (its head in the parse is a noun, not
a verb: "innføre X og Y" and "X og Y må opp" stay whole) whose head has conjuncts
(KOORD, also when the parse hangs them on the verb outside the action), and
each conjunct follows a comma, "og" or "samt" (not "ikkje berre"). A list of
`LIST` or more members splits; a pair only when its second member is a noun
phrase of its own (a determiner or an adjective before its noun: "en stans",
"bedre veiledning") and nothing stands between the first noun and "og" ("færre
tilskot og ei forenkling"): after a postmodifier ("kapasitet på sykehus og private
laboratorier") the second noun may belong to the postmodifier, which the parse
does not tell reliably. "raskere vaksinering og testing av ansatte" (one measure,
a bare second noun) stays whole, and so does a noun coordinated inside a
prepositional phrase ("kompensasjon for lønns- og prisvekst").

Also which sentences the demand pass needs parsed beyond those the mention and
attribution passes need (`wanted`): quoted sentences and list items that may hold
such a list (a request cue or a lead-in before them, a comma or "og" in them).
"""
from __future__ import annotations

import re
from functools import lru_cache

from flows import lexicon
from flows.extract.matcher import trie_alternation
from flows.extract.parse import Parsed, Token
from flows.extract.resolve import is_infinitive
from flows.extract.subjects import CONJUNCT, PUNCT
from flows.model import Block

LIST = 3  # members from which a list splits even when its later members are bare nouns
SEPARATORS = frozenset({",", "og", "samt"})
NEGATIONS = frozenset({"ikke", "ikkje", "ikkje", "men"})
NOMINAL = frozenset({"NOUN", "PROPN"})
MODIFIERS = frozenset({"DET", "ATR"})
COMPARATIVE = re.compile(r"(?:re|st)$", re.IGNORECASE)  # bedre, større, færre, mindre; best, størst
CONNECTORS = re.compile(r"(?:[\s,;:]|(?<![\w-])(?:og|samt|eller)(?![\w-]))+$", re.IGNORECASE)


def _members(parsed: Parsed, tokens: list[Token], inside: set[int]) -> list[Token]:
    """The head noun of a nominal action and its conjuncts, in order; [] when the action is no
    noun phrase. A conjunct follows a comma or "og"/"samt" and no negation ("ikkje berre X"
    contrasts, it adds nothing)."""
    tops = [t for t in tokens if (t.head not in inside or t.head == t.i) and t.pos not in PUNCT
            and t.pos != "CCONJ"]
    if not tops:
        return []
    top = tops[0]
    first: Token | None = top
    if top.pos in ("ADJ", "DET"):  # "en mer fleksibel praktisering": the parse may head the phrase by its adjective
        first = next((c for c in parsed.children(top.i) if c.pos in NOMINAL and c.i > top.i), None)
    if first is None or first.pos not in NOMINAL:
        return []
    members = [first]
    seen = {first.i, top.i}
    for t in tokens:
        if t.i in seen or t.pos not in NOMINAL or t.i < first.i:
            continue
        sibling = t.dep == top.dep and t.head == top.head and t.head not in inside  # "er X, Y": two predicatives
        if not ((t.dep in CONJUNCT and (t.head in seen or t.head not in inside)) or sibling):
            continue
        edge = _left_edge(parsed, t, seen | {t.i}, inside)
        before = parsed.tokens[edge - 1] if edge > 0 else None
        if before is None or before.text.casefold() not in SEPARATORS:
            continue
        if any(w.text.casefold() in NEGATIONS for w in parsed.tokens[max(0, edge - 3):edge]):
            continue
        members.append(t)
        seen.add(t.i)
    return members


def _closed(parsed: Parsed, first: Token, second: Token, inside: set[int]) -> bool:
    """True when nothing stands between the first noun and the conjunction before the second
    ("færre tilskot og ei forenkling"), or "både" opens the list: a noun phrase after a
    postmodifier ("kapasitet på sykehus og private laboratorier") may belong to the postmodifier,
    and the parse cannot tell."""
    edge = _left_edge(parsed, second, {first.i, second.i}, inside)
    between = [t for t in parsed.tokens[first.i + 1:edge] if t.pos not in PUNCT and t.dep != "KONJ"]
    opener = any(t.text.casefold() in ("både", "baade") for t in parsed.tokens[max(0, first.i - 4):first.i])
    return not between or opener


def _left_edge(parsed: Parsed, member: Token, members: set[int], inside: set[int]) -> int:
    """Index of the first token of a member's own phrase (its determiners and adjectives), without
    other members, their phrases and the conjunction."""
    own = [member.i]
    stack = [member.i]
    while stack:
        current = stack.pop()
        for child in parsed.children(current):
            if child.i in members or child.i not in inside or child.dep == "KONJ" or child.pos in PUNCT:
                continue
            own.append(child.i)
            stack.append(child.i)
    return min(own)


def _independent(parsed: Parsed, member: Token) -> bool:
    """A conjunct that is a noun phrase of its own: a determiner or an adjective before its noun."""
    return any(c.dep in MODIFIERS and c.i < member.i for c in parsed.children(member.i))


def _verb_first(tokens: list[Token]) -> bool:
    """True when the action opens with an infinitive the tagger read as a name or a noun
    ("Prioritere skole og barnehage", a list item's capitalised first word) directly before the
    noun phrase it governs: the action is a verb phrase, which stays whole. An adjective reading
    counts too ("Styrke ..."), but not a comparative ("Bedre veiledning, kortere frister og ...")."""
    if len(tokens) < 2 or not (tokens[0].pos in NOMINAL or (tokens[0].pos == "ADJ" and not COMPARATIVE.search(tokens[0].text))):
        return False
    return tokens[1].pos in (*NOMINAL, "DET", "ADJ", "PRON") and is_infinitive(tokens[0].text)


def nominal_parts(parsed: Parsed, start: int, end: int) -> list[tuple[int, int]]:
    """Document spans of the separately grantable noun phrases the action at [start, end) lists;
    [(start, end)] when it lists none."""
    tokens = [t for t in parsed.tokens if start <= t.start and t.end <= end]
    if _verb_first(tokens):
        return [(start, end)]
    inside = {t.i for t in tokens}
    members = _members(parsed, tokens, inside)
    if len(members) < 2 or (len(members) < LIST and not (all(_independent(parsed, m) for m in members[1:])
                                                         and _closed(parsed, members[0], members[1], inside))):
        return [(start, end)]
    ids = {m.i for m in members}
    edges = [start] + [parsed.tokens[_left_edge(parsed, m, ids, inside)].start for m in members[1:]] + [end]
    text = parsed.text
    parts: list[tuple[int, int]] = []
    for a, b in zip(edges, edges[1:]):
        piece = text[a - parsed.start:b - parsed.start]
        b = a + len(CONNECTORS.sub("", piece))
        if len(text[a - parsed.start:b - parsed.start].split()) < 2:
            return [(start, end)]
        parts.append((a, b))
    return parts


@lru_cache(maxsize=1)
def _member_start() -> re.Pattern[str]:
    words = lexicon.alternation(lexicon.load("request_verbs")["list_member_openers"])
    return re.compile(rf"(?:,\s*(?:og\s+|samt\s+)?|\s+(?:og|samt)\s+)(?=(?:{words})\s)", re.IGNORECASE)


def listed_parts(text: str) -> list[tuple[int, int]]:
    """Spans of the members of an announced list of proposals ("Blant tiltakene vi har spilt inn er
    en X, et Y og bedre Z"), by its surface: a new member starts after a comma, "og" or "samt" with
    a determiner or a comparative (`list_member_openers`). For the lists the parse leaves whole
    (it may hang the second member on the preposition before the list); one span when it lists
    fewer than two members."""
    cuts = [(m.start(), m.end()) for m in _member_start().finditer(text)]
    edges = [0] + [c for cut in cuts for c in cut] + [len(text)]
    spans = [(edges[i], edges[i + 1]) for i in range(0, len(edges), 2)]
    spans = [(a, b) for a, b in spans if len(text[a:b].split()) >= 2]
    return spans if len(spans) >= 2 else [(0, len(text))]


@lru_cache(maxsize=1)
def _list_cue() -> re.Pattern[str]:
    """A request or proposal cue ("ber om", "Blant tiltakene vi har spilt inn er")."""
    data = lexicon.load("request_verbs")
    verbs = list(lexicon.request_verb_forms())
    words = [*verbs, *data["request_nouns"], *data["proposal_lists"]["subjects"]]
    return re.compile(rf"(?<![\w-])(?:{trie_alternation(words, ignore_case=True)})(?![\w-])", re.IGNORECASE)


def _coordinated(text: str) -> bool:
    return bool(re.search(r"(?<![\w-])(?:og|samt)(?![\w-])", text))


def wanted(blocks: tuple[Block, ...]) -> frozenset[int]:
    """Starts of the sentences the demand pass needs parsed to split lists of noun phrases: those
    with a request or proposal cue and a coordination (quoted ones too), and the items of a list
    whose lead-in ends with a colon."""
    out: set[int] = set()
    lead = False
    for block in blocks:
        item = block.kind == "item"
        for sentence in block.sentences:
            if _coordinated(sentence.text) and ((item and lead) or _list_cue().search(sentence.text)):
                out.add(sentence.start)
        if not item:
            lead = block.text.rstrip().endswith(":")
    return frozenset(out)


@lru_cache(maxsize=1)
def _pair() -> tuple[re.Pattern[str], re.Pattern[str]]:
    data = lexicon.load("request_verbs")["paired_noun_phrases"]
    cut = re.compile(rf"\s+og\s+(?=(?:{lexicon.alternation(data['articles'])})\s+\S)", re.IGNORECASE)
    blocker = re.compile(rf"(?<![\w-])(?:{lexicon.alternation(data['blockers'])})(?![\w-])", re.IGNORECASE)
    return cut, blocker


def paired_parts(text: str) -> list[tuple[int, int]]:
    """Two noun phrases joined by "og" and an indefinite article ("et nasjonalt vikarbyråtak og en
    basisfinansiering som ...", "må vi ha fleire lærlingplassar og ein rett til heiltid"; `paired_noun_phrases`):
    each can be granted alone (decision 5), so two spans; one span when the first part holds a clause or
    a word that takes two members ("utan full finansiering og ei utgreiing" under "om at", "mellom X og
    en Y"), or either part is shorter than two words."""
    cut, blocker = _pair()
    found = cut.search(text)
    if found is None or blocker.search(text, 0, found.start()) or cut.search(text, found.end()):
        return [(0, len(text))]
    first, second = (0, found.start()), (found.end(), len(text))
    if len(text[first[0]:first[1]].split()) < 2 or len(text[second[0]:second[1]].split()) < 2:
        return [(0, len(text))]
    return [first, second]
