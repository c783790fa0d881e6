"""A machine transcript's numbered speakers: who "Speaker 1", "Speaker 2" are.

An automatic transcript (a podcast's, a webinar's) labels its turns by number, not by name: "[00:02:10] Speaker 1"
on a line of its own over the words. The turns name the speakers themselves, as people do on air:

- a speaker who says their own name ("Jeg heter Jon-Erik Vatnedal", "Eg heiter ...") is that person;
- a turn that names a person and welcomes or greets them ("... har jeg med meg administrerende direktør i KS, Ragnhild
  Toft Myrvang. Velkommen.", "Og på linja har vi Sindre Aasland. Hei Sindre.") hands over to them: the next turn
  under another label, not yet named, is theirs.

`numbered_turns(text, blocks, people)` gives block index -> (the speaker, where the words begin) for every labelled
turn whose label is named so; a label left unnamed is None (its turns are nobody's statements, and end the turn before
them). The label pattern and the words are data (`transcripts` in speech_verbs.yaml: `generic_label`, `own_name`,
`welcome`). The turns are read by `interview_turns` as any other labelled turn.
"""
from __future__ import annotations

import re
from functools import lru_cache

from flows import lexicon
from flows.extract.people import People
from flows.model import Block, Mention

MIN_TURNS = 3
OWN_NAME_REACH = 20  # characters before a name where "Jeg heter" stands
STAMP = r"(?:\[?\(?\d{1,2}:\d{2}(?::\d{2})?\)?\]?\s*)?"


@lru_cache(maxsize=1)
def _patterns() -> tuple[re.Pattern[str], re.Pattern[str], re.Pattern[str]]:
    data = lexicon.load("speech_verbs")["transcripts"]
    label = re.compile(rf"^\s*{STAMP}(?P<label>{data['generic_label']})\s*{STAMP}:?[ \t]*\n", re.IGNORECASE)
    own = re.compile(rf"(?<![\w-])(?:{lexicon.alternation([str(w) for w in data['own_name']])})\s+$", re.IGNORECASE)
    welcome = re.compile(rf"(?<![\w-])(?:{lexicon.alternation([str(w) for w in data['welcome']])})(?![\w-])",
                         re.IGNORECASE)
    return label, own, welcome


def _key(label: str) -> str:
    return re.sub(r"[\s_]+", " ", label.casefold()).strip()


def numbered_turns(text: str, blocks: tuple[Block, ...], people: People) -> dict[int, tuple[Mention | None, int]]:
    """Block index -> (the speaker a numbered label names, or None; where the turn's words begin)."""
    label, own, welcome = _patterns()
    turns: list[tuple[int, str, int]] = []
    for block in blocks:
        found = label.match(block.text) if block.kind == "paragraph" else None
        if found is not None:
            turns.append((block.index, _key(found.group("label")), block.start + found.end()))
    if len(turns) < MIN_TURNS or len({k for _, k, _ in turns}) < 2:
        return {}
    known = {p.name: p for p in people.persons}
    names: dict[str, Mention] = {}
    for n, (index, key, start) in enumerate(turns):
        end = blocks[index].end
        named = [m for m in people.mentions if start <= m.start < end and m.kind == "full" and m.name in known]
        for m in named:
            if own.search(text[max(start, m.start - OWN_NAME_REACH):m.start]) and key not in names \
                    and m.name not in {p.name for p in names.values()}:
                names[key] = known[m.name]  # "Jeg heter NN"
        handed = [m for m in named if names.get(key) is None or m.name != names[key].name]
        if not handed or not welcome.search(text, handed[-1].end, end):
            continue
        nxt = next((k for _, k, _ in turns[n + 1:] if k != key), None)
        person = known[handed[-1].name]
        if nxt is not None and nxt not in names and person.name not in {p.name for p in names.values()}:
            names[nxt] = person  # "... har jeg med meg NN. Velkommen." over the next label's "Takk takk"
    return {index: (names.get(key), start) for index, key, start in turns}
