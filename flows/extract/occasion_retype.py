"""Hits that count for another type than their cue's: the occasion a cue names depends on what stands
beside it (`meeting_type.decide_type` applies these in turn).

- `retype_title`: in one title a venue cue counts for the talk the title names;
- `retype_venues`: a venue (a conference) counts for the talk given there;
- `retype_generic`: a generic meeting word counts for the specific occasion its sentence names;
- `retype_unspecific`: plain meeting words count for the kind the text's specific cues name;
- `retype_minutes`: in minutes, a talk cue (a guest's introduction under an item) is part of the meeting;
- `retype_board`: a talk given at a board's own meeting is part of that meeting;
- `retype_talk_header`: in a talk manuscript, the occasion its header names is where the talk is given;
- `retype_summit`: a summit with a debate is a debate meeting;
- `drop_talking_points`: talking points for a meeting are notes for it, not a talk: the meeting their header
  names decides.
"""
from __future__ import annotations

import re
from functools import lru_cache

from flows import lexicon
from flows.extract.minutes import is_minutes, title_block
from flows.extract.occasion_cues import Hit, config, cues, first_offset, totals
from flows.model import Block


def retype_title(hits: list[Hit]) -> list[Hit]:
    """In one title, a venue cue counts for the talk the title names ("Talen til NN på
    landstinget")."""
    conf = config().get("venues") or {}
    rules, by = set(conf.get("rules") or ()), list(conf.get("by") or ())
    host = next((t for t in by for h in hits if h.meeting_type == t and h.rule not in rules), None)
    if host is None:
        return hits
    return [Hit(host, h.rule, h.score, h.start, h.end) if h.rule in rules else h for h in hits]


def retype_venues(hits: list[Hit], text: str = "") -> list[Hit]:
    """A venue cue (a conference) counts for the type of an occasion cue in its own
    sentence (a talk given there): "holdt innlegg på Skolekonferansen" is a talk. When the
    sentence of a talk names the venue itself ("I sitt innlegg på konferansens første dag",
    `venues.nouns`), the venue is that talk's wherever the text names it."""
    conf = config().get("venues") or {}
    rules, by = set(conf.get("rules") or ()), list(conf.get("by") or ())
    nouns = re.compile(str(conf.get("nouns") or r"(?!x)x"), re.IGNORECASE)
    support = {c.rule for c in cues() if c.support}
    owners = set(conf.get("own_types") or ())
    owned = {h.start: h.meeting_type for h in hits if h.meeting_type in owners and h.rule not in rules | support
             and h.start is not None}  # "lanserte rettleiaren på eit frukostseminar": a launch seminar
    placed = next((h.meeting_type for t in by for h in hits if h.meeting_type == t and h.rule not in rules | support
                   and h.start is not None and nouns.search(text[h.start:h.end])), None)
    if any(h.rule in rules and h.start in owned for h in hits):
        placed = None  # the venue is the launch's: a talk that opens it is given at the launch
    out: list[Hit] = []
    for hit in hits:
        if hit.rule in rules and hit.start in owned:
            hit = Hit(owned[hit.start], hit.rule, hit.score, hit.start, hit.end)
        elif hit.rule in rules and hit.start is not None:
            host = next((h.meeting_type for t in by for h in hits
                         if h.meeting_type == t and h.start == hit.start and h.rule not in rules), placed)
            if host is not None:
                hit = Hit(host, hit.rule, hit.score, hit.start, hit.end)
        out.append(hit)
    return out


def retype_generic(hits: list[Hit], not_hosts: frozenset[tuple[int | None, str]] = frozenset()) -> list[Hit]:
    """A generic meeting cue counts for the type of a specific cue in its own sentence:
    "KS møtte statsråden til bilateralt konsultasjonsmøte" is a consultation. `not_hosts` ((start, rule) of hits):
    cues that name an occasion called off ("Konsultasjonsmøtet utsett – KS møtte X i staden"), which give the
    sentence's meeting word no type."""
    generic = set((config().get("generic") or {}).get("rules") or ())
    support = {c.rule for c in cues() if c.support}  # a supporting cue names no occasion of its own
    out: list[Hit] = []
    for hit in hits:
        if hit.rule in generic and hit.start is not None:
            host = next((h.meeting_type for h in hits if h.start == hit.start and h.rule not in generic | support
                         and h.meeting_type != hit.meeting_type and (h.start, h.rule) not in not_hosts), None)
            if host is not None:
                hit = Hit(host, hit.rule, hit.score, hit.start, hit.end)
        out.append(hit)
    return out


def retype_unspecific(hits: list[Hit]) -> list[Hit]:
    """A plain meeting word ("møtte", "i møtet") says there was an occasion, not what kind: when
    the text names the kind with specific cues strong enough (`unspecific.min_specific`: one
    cue not discounted), the plain words count for the strongest such kind."""
    conf = config().get("unspecific") or {}
    rules = set(conf.get("rules") or ())
    specific = totals([h for h in hits if h.rule not in rules])
    if not specific:
        return hits
    kind = max(specific, key=lambda t: (specific[t], -first_offset(hits, t)))
    if specific[kind] < float(conf.get("min_specific", 0.0)):
        return hits
    return [Hit(kind, h.rule, h.score, h.start, h.end) if h.rule in rules else h for h in hits]


def retype_minutes(hits: list[Hit], text: str, blocks: tuple[Block, ...] = ()) -> list[Hit]:
    """Minutes record a meeting (`minutes.is_minutes`): their title names it (a hit of `annet` under the rule
    `referat`, `minutes.weight` at the title's position, which a consultation the minutes name outweighs),
    and a talk cue in them (a guest's introduction under an item, "Direktøren heldt ei innleiing") tells what
    happened at that meeting, so it counts for `annet` under the same rule."""
    if not is_minutes(text):
        return hits
    conf = config().get("minutes") or {}
    rule = str(conf.get("rule") or "referat")
    out = [Hit("annet", rule, h.score, h.start, h.end) if h.meeting_type == "foredrag" else h for h in hits]
    title = title_block(blocks)
    if title is not None:
        factor = float(config()["position"]["first_block" if title.index == 0 else "early"])
        out.insert(0, Hit("annet", rule, float(conf.get("weight", 1.5)) * factor, title.start, title.end))
    return out


@lru_cache(maxsize=1)
def _board() -> tuple[str, re.Pattern[str]]:
    conf = config().get("board_meetings") or {}
    return str(conf.get("rule") or "styremote"), re.compile(str(conf.get("pattern") or r"(?!x)x"), re.IGNORECASE)


def retype_board(hits: list[Hit], text: str) -> list[Hit]:
    """A talk whose own sentence places it at a board's meeting ("heldt eit innlegg på fylkesstyremøtet i KS
    Nordvik", `board_meetings`) is part of that meeting: the board met its guest, so it counts for `annet`."""
    rule, board = _board()
    return [Hit("annet", rule, h.score, h.start, h.end)
            if h.meeting_type == "foredrag" and h.start is not None and board.search(text, h.start, h.end) else h
            for h in hits]


def _header_spans(talk_lines: tuple[str, ...], text: str) -> list[tuple[int, int]]:
    """Where the header lines of a talk or of talking points (`Layout.talk_lines`) stand in the text."""
    return [(at, at + len(line)) for line in talk_lines if line and (at := text.find(line)) >= 0]


def _on_header(hit: Hit, spans: list[tuple[int, int]]) -> bool:
    """True when a hit overlaps one of the header lines (`_header_spans`)."""
    return hit.start is not None and any(hit.start < b and a < (hit.end or hit.start) for a, b in spans)


def retype_talk_header(hits: list[Hit], talk_lines: tuple[str, ...], text: str) -> list[Hit]:
    """A document whose layout opens with a talk's header (`document_layout.Layout.talk_lines`: "Innlegg ved
    lanseringen av X", "Taleutkast – møte med statssekretæren", the speaker's line under it) is the talk: a cue of
    another type on those header lines (the launch, the seminar, the meeting it is given at) names where the talk is
    given and counts for the talk (`foredrag`), when a talk cue stands there too. Hits on a minutes' or a board's
    rule keep their type (`retype_minutes`, `retype_board` have placed the talk in a meeting)."""
    if not talk_lines:
        return hits
    spans = _header_spans(talk_lines, text)
    on_header = [h for h in hits if _on_header(h, spans)]
    if not any(h.meeting_type == "foredrag" for h in on_header):
        return hits
    keep = {_board()[0], str((config().get("minutes") or {}).get("rule") or "")}
    return [Hit("foredrag", h.rule, h.score, h.start, h.end) if h in on_header and h.meeting_type != "foredrag"
            and h.rule not in keep else h for h in hits]


@lru_cache(maxsize=1)
def _talking_points() -> tuple[re.Pattern[str], re.Pattern[str]]:
    """(a label of talking points, a word that names a talk itself) from `talk_labels` in meeting_types.yaml."""
    table = config()["talk_labels"]
    points = lexicon.alternation([str(w) for w in table.get("talking_points") or ()]) or r"(?!x)x"
    talk = lexicon.alternation([str(w) for w in (*table.get("words", ()), *table.get("draft_nouns", ()))
                                if not re.match(points, str(w))]) or r"(?!x)x"
    return re.compile(rf"\b(?:{points})\w*", re.IGNORECASE), re.compile(rf"\b(?:{talk})\w*", re.IGNORECASE)


def drop_talking_points(hits: list[Hit], talk_lines: tuple[str, ...], text: str, rule: str = "talenotat") -> list[Hit]:
    """Talking points ("TALEPUNKTER – INTERNT", "KS – SNAKKEPUNKTER") are notes for a meeting, not a talk: when
    their header (`talk_lines`) also names the meeting (a cue of another type), the `rule` hits that stand on
    a label of talking points and name no talk ("talenotat", "innlegg") are dropped, so the meeting named
    decides ("Bilateralt konsultasjonsmøte KS – JD" is a consultation meeting). A header that names no meeting
    keeps them: the points are then read as a talk's."""
    spans = _header_spans(talk_lines, text)
    if not spans:
        return hits
    points, talk = _talking_points()

    def only_points(h: Hit) -> bool:
        words = text[h.start or 0:h.end or 0]
        return h.rule == rule and bool(points.search(words)) and not talk.search(points.sub(" ", words))

    if not any(_on_header(h, spans) and h.meeting_type != "foredrag" for h in hits):
        return hits
    return [h for h in hits if not (h.start is not None and only_points(h))]


@lru_cache(maxsize=1)
def _summit() -> tuple[str, re.Pattern[str], frozenset[str]]:
    conf = config().get("summit") or {}
    return (str(conf.get("rule") or ""), re.compile(str(conf.get("words") or r"(?!x)x")),
            frozenset(str(r) for r in conf.get("debate_rules") or ()))


def retype_summit(hits: list[Hit], text: str) -> list[Hit]:
    """A summit or a congress with a debate (`summit` in meeting_types.yaml): its gathering hits whose words name
    the conference ("toppmøtet", "landstinget") count for `lansering` when a debate hit of that type is in the text."""
    rule, words, debates = _summit()
    if not any(h.rule in debates and h.meeting_type == "lansering" for h in hits):
        return hits
    return [Hit("lansering", h.rule, h.score, h.start, h.end)
            if h.rule == rule and h.meeting_type == "annet" and h.start is not None
            and words.search(text, h.start, h.end or h.start) else h for h in hits]
