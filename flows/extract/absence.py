"""Absent persons: who the text says did not take part ("meldte forfall").

The cues are data (`absence` in `data/participant_patterns.yaml`). The person
or minister title named last before a cue in its sentence is the absent one;
names after the cue (a substitute "sendt ... i sitt sted") are not affected. `lead_calls_off`: the title or lead says the
occasion was put off or cancelled ("Konsultasjonsmøtet utsatt"): nobody took part (`lead_calls_off` in the same file).
"""
from __future__ import annotations

import re
from functools import lru_cache
from typing import Sequence

from flows import lexicon
from flows.extract.matcher import boundary_alternation
from flows.extract.memo import memoised


@lru_cache(maxsize=1)
def _cue() -> re.Pattern[str]:
    items = lexicon.load("participant_patterns").get("absence") or ()
    return re.compile(boundary_alternation(items), re.IGNORECASE)  # what (?:p1)|(?:p2)|... matches


@memoised  # the participant and party passes ask it of each sentence several times
def absence_cues(sentence: str) -> tuple[int, ...]:
    """Offsets (in `sentence`) where an absence cue starts."""
    return tuple(m.start() for m in _cue().finditer(sentence))


# Between two coordinated subjects: "A og B", "A, B", "A og finansminister B"
# (lower-case role words allowed, words that open a new clause such as "men", "sidan" not:
# "leia av A, sidan B var sjuk" makes only B absent; nor a verb of standing in: "A, stilte for nestleder B, som
# hadde meldt forfall" makes only B absent).
COORDINATED = re.compile(r"^\s*(?:,|og)\s+(?:(?!(?:men|mens|medan|sidan|siden|fordi|då|da|ettersom|når|som|stilte|"
                         r"stilde|stiller|møtte|møter|deltok|deltek|deltar|leia|leidde|ledet|ledde|kom|representerte)\b)"
                         r"[a-zæøå.-]+\s+){0,3}$")


# Between a name and an absence cue: a content clause of its own opens, with a subject that is not
# a pronoun for the name ("NN fortalde at fleire tilsette er sjukmelde"; not "NN melde at ho var
# sjuk"): the cue's subject is in that clause, not the name.
NEW_CLAUSE = re.compile(r"(?<![\w])(?:at|fordi|dersom|hvis|viss)\s+(?!(?:han|hun|ho|hen|de|dei)(?![\w]))",
                        re.IGNORECASE)


# A cue in a verb phrase coordinated with the one before it ("..., men melde forfall", "og måtte melde avbod"): it
# shares that clause's subject, the person named first, not a name inside the first phrase ("etter B").
# Only the conjunction stands between the second name and the cue: a clause of its own between ("B var på
# feltarbeid og deltok ikke", "mens B er i permisjon og ikke deltok") makes B the cue's subject.
SHARED_SUBJECT = re.compile(r"^,?\s*(?:men|og)\s+(?:(?:likevel|så|også|òg|dessverre|diverre)\s+)?$", re.IGNORECASE)
# Also after the rest of the first clause, when the second name is its object ("A viste statsråden rundt før
# møtet, men var ikkje med i sjølve møtet": A), that is when no comma or conjunction stands between the two names
LATER_SHARED = re.compile(r",\s*men\s+(?:(?:likevel|så|også|òg|dessverre|diverre)\s+)?$", re.IGNORECASE)
ONE_CLAUSE = re.compile(r"^[^,;:]*$")
NEW_SUBJECT = re.compile(r"\b(?:og|men|mens|medan|som|der|da|då)\b", re.IGNORECASE)


def _shares_subject(sentence: str, before: list[tuple[int, int]], sentence_start: int, cue: int) -> bool:
    """The cue's verb phrase is coordinated with the clause of the first name (`SHARED_SUBJECT`, `LATER_SHARED`)."""
    gap = sentence[before[-1][1] - sentence_start:cue]
    if SHARED_SUBJECT.search(gap):
        return True
    between = sentence[before[0][1] - sentence_start:before[-1][0] - sentence_start]
    return bool(LATER_SHARED.search(gap)) and bool(ONE_CLAUSE.match(between)) and not NEW_SUBJECT.search(between)


def absent_spans(spans: Sequence[tuple[int, int]], sentence_start: int, sentence: str,
                 own_clause: bool = False, cues: tuple[int, ...] | None = None) -> frozenset[int]:
    """Indexes of `spans` (document offsets of the mentions in one sentence) that
    stand for absent persons: the last mention ending before each cue, and the
    mentions coordinated with it ("A og B meldte forfall"); not when a content or relative
    clause opens between the name and the cue ("NN sa at mange er sjukmelde") when `own_clause` (for
    persons; `cues`: other cue offsets than the absence cues, `written_cues`; an organisation is often taken up again by a noun: "Forbundet er skuffa over at
    forbundet ikkje vart invitert")."""
    out: set[int] = set()
    order = sorted(range(len(spans)), key=lambda i: spans[i])
    for cue in absence_cues(sentence) if cues is None else cues:
        at = sentence_start + cue
        before = [i for i in order if spans[i][1] <= at and spans[i][0] >= sentence_start]
        if before and own_clause:
            gap = sentence[spans[before[-1]][1] - sentence_start:cue]
            openers = list(re.finditer(r"(?<![\w])(?:at|fordi|dersom|hvis|viss)(?![\w])", gap, re.IGNORECASE))
            if openers and NEW_CLAUSE.match(gap, openers[-1].start()):
                continue
        if own_clause and len(before) >= 2 and _shares_subject(sentence, [spans[i] for i in before], sentence_start, cue) \
                and len(sentence[:spans[before[0]][0] - sentence_start].split()) <= 4 \
                and not re.search(r"[;:]|\b(?:mens|medan|som)\b", sentence[:cue]):
            out.add(before[0])  # "Statssekretær A stod i programmet rett etter B, men melde forfall": A's verb
            for prev, nxt in zip(before, before[1:]):  # and those coordinated with A ("A og B var invitert, men")
                if not COORDINATED.match(sentence[spans[prev][1] - sentence_start:spans[nxt][0] - sentence_start]):
                    break
                out.add(nxt)
            continue
        while before:
            last = before.pop()
            out.add(last)
            if not before:
                break
            gap = sentence[spans[before[-1]][1] - sentence_start:spans[last][0] - sentence_start]
            if not COORDINATED.match(gap):
                break
    return frozenset(out)


@lru_cache(maxsize=1)
def _lead_call_off() -> tuple[re.Pattern[str], int]:
    data = lexicon.load("participant_patterns")
    return re.compile(str(data["lead_calls_off"]), re.IGNORECASE), int(data.get("lead_calls_off_sentences", 3))


def lead_calls_off(sentences: Sequence[str]) -> bool:
    """The title or the lead (the first sentences) says the occasion was put off or cancelled ("Møtet med
    departementet er utsatt", "Besøket vart avlyst"): it did not take place, so nobody took part."""
    pattern, count = _lead_call_off()
    return any(pattern.search(s) for s in sentences[:count])


@lru_cache(maxsize=1)
def _written() -> re.Pattern[str]:
    items = lexicon.load("participant_patterns").get("written_instead") or ()
    return re.compile(boundary_alternation(items), re.IGNORECASE)


def written_cues(sentence: str) -> tuple[int, ...]:
    """Offsets where a person's input in writing instead of attendance is told ("sendte skriftlige innspill", "sende
    eit skriftleg innspel"): the person named last before it took no part (persons only: a body that writes to the
    ministry may still be its counterpart)."""
    if "skrift" not in sentence.casefold():
        return ()  # the cheap check: every cue has the word
    return tuple(m.start() for m in _written().finditer(sentence))
