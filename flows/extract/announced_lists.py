"""Lists of demands announced inside a narrative sentence by a noun and a colon ("la fram tre krav
frå forbundet: A, B og C", "ein uttale med fire konkrete forslag: A, at B, og at C", "Hun la frem
foreningens viktigste forslag: A, B og C"): one cue per member of the list.

The noun is a head of `list_cue_heads` (also at the end of a compound: "hovudkrav") or an
`announced_lists.nouns` form; it counts as announcing someone's list only when a numeral, a
possessive, a genitive or a superlative stands before it (`announced_lists.announcers`): "nye krav:"
or "krav:" alone may list what others demand of the claimant. A list owned by the government
("regjeringens tre forslag:") asks nothing of it. Members are the comma-separated parts after the
colon (a part that opens with a clause word goes on the member before it), the last part split at
its first "og" before a member opener ("og en X", "og at X") or, when the count is written and one
member is missing, at its first "og".
"""
from __future__ import annotations

import re
from functools import lru_cache

from flows import lexicon
from flows.extract.actors import addressees_in
from flows.extract.cue_patterns import GOVERNMENT_CLAIM, cue_words

RULE = "announced_list"


@lru_cache(maxsize=1)
def _data() -> dict:
    return lexicon.load("request_verbs")["announced_lists"]


@lru_cache(maxsize=1)
def _announcement() -> re.Pattern[str]:
    data = _data()
    heads = lexicon.alternation([*cue_words("list_cue_heads"), *data["nouns"]])
    announcers = lexicon.alternation([*data["announcers"], *data["counts"]])
    genitive = r"(?-i:[A-ZÆØÅ][\w-]*(?:s|'))"  # "Legeforeningens", "KS'"
    post = lexicon.alternation(data["postmodifiers"])
    return re.compile(
        rf"(?<![\w-])(?P<who>(?:{announcers})|{genitive}|\d+)\s+(?:[\w-]+\s+){{0,2}}?"
        rf"(?P<noun>[\w-]*?(?:{heads}))(?P<post>\s+(?:{post})\s+[^:,.;!?«»]{{1,60}}?)?\s*:\s+", re.IGNORECASE)


def asked_in_postmodifier(text: str, at: int) -> str | None:
    """The one asked named in the announcing noun's postmodifier after a preposition of direction
    (`announced_lists.directions`: "tre konkrete krav overfor departementet i møtet:", "tre krav som vart lagde
    fram for departementet:"): that actor, else None."""
    match = _announcement().match(text, at)
    post = match.group("post") if match is not None else None
    if not post:
        return None
    directions = lexicon.alternation(_data()["directions"])
    found = re.search(rf"(?<![\w-])(?:{directions})\s+(?P<rest>[^:]*)", post, re.IGNORECASE)
    hits = addressees_in(found.group("rest")) if found else []
    return hits[0].name if hits and hits[0].start == 0 else None


@lru_cache(maxsize=1)
def _opener() -> re.Pattern[str]:
    words = [*cue_words("list_member_openers"), *_data()["member_openers"]]
    return lexicon.phrase_pattern(words, before="")


@lru_cache(maxsize=1)
def _continuation() -> re.Pattern[str]:
    words = [*cue_words("clause_boundaries"), *cue_words("subordinators"), *_data()["continuations"]]
    return lexicon.phrase_pattern(words, before="")


def _count(words: str) -> int | None:
    """The number of members a list announces ("tre konkrete forslag": 3), or None."""
    counts = [str(c).casefold() for c in _data()["counts"]]
    for word in words.casefold().split():
        if word in counts:
            return counts.index(word) + 2  # the counts are listed from "to"
        if word.isdigit():
            return int(word)
    return None


@lru_cache(maxsize=1)
def _request_lead() -> re.Pattern[str]:
    """A request verb (`request_lead_verbs`) and a short object with no clause break, then a colon and a
    member in lower case on the same line ("ba statsråden ta med seg tre ting tilbake: en X, en Y og en Z")."""
    verbs = lexicon.alternation(_data()["request_lead_verbs"])
    return re.compile(rf"(?<![\w-])(?P<verb>{verbs})(?![\w-])(?P<object>[^,.;:!?«»\n–]{{0,90}}?):[ \t]+(?=[a-zæøå])",
                      re.IGNORECASE)


def _requested_list(text: str) -> tuple[int, int, list[tuple[int, int]]] | None:
    """A list of noun phrases after a request verb and its cataphoric object ("Hun ba statssekretæren ta med
    seg tre ting tilbake: A, B og C", "lister opp hva den savner i meldingen: A, B og C", "ba statsråden
    ta med seg eit ønske heim: X"): one member or more, each the thing asked for; not after a clause
    complement ("ba om at X:") nor after a long object."""
    match = _request_lead().search(text)
    if match is None or re.search(r"(?<![\w-])(?:at|om at|fordi|når|dersom|hvis|viss)(?![\w-])", match.group("object"),
                                  re.IGNORECASE):
        return None
    words = match.group("object").split()
    if len(words) > 12:
        return None
    members = _members(text, match.end(), _count(match.group("object")))
    return (match.start(), match.start(), members) if members else None


def asked_in_lead(text: str, at: int) -> str | None:
    """The one asked by a request verb that announces a list at `at` ("I brevet ba KS departementet om tre
    ting: A, B og C", "ba statsråden ta med seg tre ting tilbake: ..."): the actor right before "om" or
    right after the verb and its subject (`asking_lead_verbs`); None for a verb that asks no one ("krev",
    "foreslår") or an object naming no actor."""
    match = _request_lead().match(text, at)
    if match is None or match.group("verb").casefold() not in {str(v) for v in _data()["asking_lead_verbs"]}:
        return None
    obj = re.split(r"(?<![\w-])om(?![\w-])", match.group("object"), maxsplit=1)[0]
    hits = addressees_in(" ".join(obj.split()[:4]))
    return hits[-1].name if hits else None


def announced_list(text: str) -> tuple[int, int, list[tuple[int, int]]] | None:
    """(where the clause announcing the list starts, where the announcing noun phrase starts, the
    members' spans) of a list announced in `text` (offsets into `text`); None when the sentence
    announces no list of two or more members. The clause starts after the last ", og"/", men"
    before the noun phrase ("bedt om X, og sendte et brev med tre krav: ..."), else at the noun phrase.
    Else a list after a request verb and its cataphoric object (`_requested_list`)."""
    match = _announcement().search(text)
    if match is None:
        return _requested_list(text)
    if match is None or GOVERNMENT_CLAIM.search(text[:match.end("who")] + " ") \
            or GOVERNMENT_CLAIM.search(text[:match.start("noun")]) \
            or addressees_in(text[match.start():match.start("noun")]):
        return None  # "regjeringens tre forslag:", "statens krav:": what the government proposes
    members = _members(text, match.end(), _count(text[match.start():match.end()]))
    joins = list(re.finditer(r",\s+(?:og|men|samt)\s+", text[:match.start()]))
    clause = joins[-1].start() + 1 if joins else match.start()
    return (clause, match.start(), members) if len(members) >= 2 else None


def _members(text: str, start: int, count: int | None) -> list[tuple[int, int]]:
    end = len(text.rstrip(" .!?»”\""))
    parts: list[tuple[int, int]] = []
    pos = start
    for comma in [*re.finditer(r",\s+|;\s+", text[start:end]), None]:
        a, b = (start + comma.start(), start + comma.end()) if comma else (end, end)
        if parts and _continuation().match(text, pos) and not _opener().match(text, pos):
            parts[-1] = (parts[-1][0], a)  # "X, slik at Y": one member
        else:
            parts.append((pos, a))
        pos = b
    parts = _closed(text, _adjectives_joined(text, parts, count), count)
    last_start, last_end = parts[-1]
    joins = [m for m in re.finditer(r"(?<!-)\s+og\s+", text[last_start:last_end])]
    marked = [m for m in joins if _opener().match(text, last_start + m.end())]
    split = marked[0] if marked else joins[0] if joins and count == len(parts) + 1 else None
    if split is not None:
        parts[-1:] = [(last_start, last_start + split.start()), (last_start + split.end(), last_end)]
    return [_trim(text, a, b) for a, b in parts if len(text[a:b].split()) >= 2]


def _adjectives_joined(text: str, parts: list[tuple[int, int]], count: int | None) -> list[tuple[int, int]]:
    """The comma parts with a determiner and an adjective alone joined to the part after it, when there are more
    parts than the count announced and that part opens with no determiner ("tre krav: ei eiga, øyremerkt ramme
    for X, ..."): adjectives in a row, one member (`announced_lists.determiners`)."""
    if count is None or len(parts) <= count:
        return parts
    determiners = {str(w).casefold() for w in _data()["determiners"]}
    out: list[tuple[int, int]] = []
    for n, (a, b) in enumerate(parts):
        if out and len(out) + len(parts) - n > count:  # still more parts than announced
            words, nxt = text[out[-1][0]:out[-1][1]].split(), text[a:b].split()
            if len(words) == 2 and words[0].casefold() in determiners and nxt and nxt[0].casefold() not in determiners \
                    and nxt[0].casefold() != "og" and nxt[0][:1].islower():
                out[-1] = (out[-1][0], b)
                continue
        out.append((a, b))
    return out


def _closed(text: str, parts: list[tuple[int, int]], count: int | None) -> list[tuple[int, int]]:
    """The comma parts with those after the announced last member joined to it: when there are more
    parts than the count announced and one opens with "og" ("tre ting: A, B, og C på kveld, natt og
    helg"), that one is the last member and the parts after it belong to it."""
    if count is None or len(parts) <= count:
        return parts
    last = next((n for n in range(len(parts) - 1, 0, -1) if re.match(r"og\s", text[parts[n][0]:parts[n][1]])), None)
    if last is None or last + 1 != count:
        return parts
    return [*parts[:last], (parts[last][0], parts[-1][1])]


def _trim(text: str, a: int, b: int) -> tuple[int, int]:
    """A member without the words that join it to the list ("og at X", "å X"): X."""
    lead = re.match(r"(?:og\s+|samt\s+)?(?:om\s+)?(?:at\s+|å\s+)?", text[a:b], re.IGNORECASE)
    return a + (lead.end() if lead else 0), b
