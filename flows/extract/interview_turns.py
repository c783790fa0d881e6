"""Transcripts: a conversation printed turn by turn under speaker labels (a podcast, a radio
programme, a debate, an edited talk between a host and guests).

A turn opens a paragraph with a label naming its speaker and a colon, in any of the printed forms:
"ANNE DAL:", "Anne Dal:", "DAL:", "Dal:", "AD:" (initials), "Anne Dal (KS):", "Anne Dal, KS:",
"Programleder Per Lie:", with a timestamp before or after the name ("[00:12:31] DAL:",
"Dal [12:31]:") and with or without a dash after the colon; or the label stands on its own line
and the turn is the paragraph under it. A label names a person when it is that person's full name,
surname, first name or initials as the text writes them (case aside), or, failing that, reads as
a full name of its own (two to four capitalised words, none a role, an organisation or a news outlet's
last word: "Nordby Avis:" is the interviewer's medium, `interview_labels`; who a label names is read by
`transcript_labels`). A label
that is a role alone ("Ordfører:", "Statsråden:"), a number ("Sak 3:") or a heading word names
nobody and opens no turn.

A text is a transcript when it has three or more turns of two or more named speakers, one of them
with two or more turns. Every turn of a named speaker is a direct statement of that speaker
(guidelines: a quotation), and so is each plain paragraph under it up to the next label, but:

- the host's turns are nobody's statements: the host is the speaker a host word names
  ("Programleder: NN", "programleiar NN", "Programleder er NN", "NN (vert)") before the first turn or in the label,
  failing that the one speaker whose turns are mostly questions;
- a turn (or paragraph) that is only questions is no statement (questions never are);
- a stage direction opening a turn ("(ler)", "[latter]") is no part of the words;
- a paragraph under a short label that names nobody ("Presidenten:", "Programleder:") ends the turn
  before it: it is another voice's;
- the words of a turn end like a sentence or run on (a programme's "09:00 NN: Velkommen og innledning"
  is no turn);
- a turn whose words open with a verb of the minutes ("Foreslo at ...", "Viste til ...") is a
  summary in the writer's voice, not the speaker's words;
- a label in a heading ("Dal: – Vi held fram") counts towards the transcript but opens no turn: a
  news report's section title quoting its speaker, the paragraphs under it are the writer's.

A hearing's record or a panel's printed contributions name each speaker on a line of their own, with
no colon: "Einar Dal, 1. nestleder i KS", "Kari Li (KS Agder)". Such a line names a speaker when it
names a person of the text and its rest holds a role or an organisation. With two or more persons named
so, a name line is a label when the paragraph under it is the speaker's own words (`own_words`: in the
first person, no dash or « of its own, no surname, "hun" or attribution of the writer's report), even
when every speaker has one contribution; the paragraphs under it are the turns until one is the writer's.

Word lists: `transcripts` in speech_verbs.yaml.
"""
from __future__ import annotations

import re
from dataclasses import dataclass, field
from functools import lru_cache
from types import MappingProxyType
from typing import Mapping

from flows import lexicon
from flows.extract import roles as R
from flows.extract.matcher import word_at
from flows.extract.captions import host_label
from flows.extract.generic_speakers import numbered_turns
from flows.extract.organisation_names import organisations_in
from flows.extract.people import People
from flows.extract.quotes import first_person
from flows.extract.speech import attribution_of
from flows.extract.transcript_hosts import hosted
from flows.extract.transcript_labels import LABEL, label_of, label_person
from flows.model import Block, Mention
from flows.segment import host_words

RULES = ("transcript_turn", "transcript_turn_continuation")

NAME_LINE = re.compile(r"^(?P<label>[A-ZÆØÅ][\wæøåÆØÅ'’-]*(?:\s+[A-ZÆØÅ][\wæøåÆØÅ'’.-]*){1,3})"
                       r"(?:,\s*(?P<comma>[^:\n]{2,80}?)|\s*\((?P<aside>[^()\n]{1,60})\))\s*$")
STAGE = re.compile(r"\s*(?:\([^()\n]{1,30}\)|\[[^\[\]\n]{1,30}\])\s*")
MIN_TURNS = 3
SPEAKERS = 2
SPEECH_WORDS = 3
LONG_WORDS = 8
LABEL_REACH = 90  # a label's colon stands within this many characters of the paragraph's start
SENTENCE_END = re.compile(r"[.!?…»\"”]\s*$")
LABEL_WORDS = 3  # a label naming no speaker ends the turn before it when it is this short


@dataclass(frozen=True)
class Turn:
    speaker: Mention
    start: int  # where the turn's words begin (after the label, its dash and a stage direction)
    rule: str


@dataclass(frozen=True)
class Transcript:
    """Block index -> the turn it holds (None: a block of the transcript that is nobody's statement:
    a host's turn, a question, a label on its own line)."""

    turns: Mapping[int, Turn | None] = field(default_factory=lambda: MappingProxyType({}))


@lru_cache(maxsize=1)
def _data() -> dict:
    return lexicon.load("speech_verbs")["transcripts"]


@lru_cache(maxsize=1)
def _minutes_openers() -> frozenset[str]:
    return frozenset(str(w).casefold() for w in _data()["minutes_openers"])


def _is_question(text: str) -> bool:
    """Every sentence of the words ends in a question mark ("Turid?", "Hva svarer du på det?")."""
    parts = [p for p in re.split(r"(?<=[.!?])\s+", text.strip()) if p]
    return bool(parts) and all(p.rstrip("»\")").endswith("?") for p in parts)


@lru_cache(maxsize=1)
def _greetings() -> re.Pattern[str]:
    words = lexicon.alternation(list(_data()["greetings"]))
    return re.compile(rf"^(?:\s*(?:og\s+)?(?:{words})\s*[,.!]*)+\s*$", re.IGNORECASE)


def _greeting(text: str) -> bool:
    """A turn of greetings and thanks only ("Takk, og god morgon.", "Takk skal du ha."): no view (`greetings`)."""
    return _greetings().match(text) is not None


def _speech(text: str) -> bool:
    words = text.split()
    if not words or words[0].rstrip(".,").casefold() in _minutes_openers():
        return False
    if _is_question(text):
        return True
    # words that end like a sentence, or run long (a turn cut off): not an item of a programme ("09:00 NN: Velkommen")
    return len(words) >= SPEECH_WORDS and (bool(SENTENCE_END.search(text)) or len(words) >= LONG_WORDS)


def find(text: str, blocks: tuple[Block, ...], people: People) -> Transcript:
    """The turns of a transcript (none in most texts)."""
    labelled: dict[int, tuple[Mention, bool, int]] = {}
    for i, block in enumerate(blocks):
        if ":" in block.text[:LABEL_REACH] or block.text[:2].isupper():  # a cheap cue before the patterns
            found = label_of(block, people)
            if found is not None:
                labelled[i] = found  # type: ignore[assignment]
    numbered = numbered_turns(text, blocks, people)  # a machine transcript's "Speaker 1", "Speaker 2"
    labelled.update({i: (speaker, False, start) for i, (speaker, start) in numbered.items() if speaker is not None})
    unnamed = {i for i, (speaker, _) in numbered.items() if speaker is None}
    named, persons_lined = _name_lines(blocks, people, labelled)
    labelled.update(named)
    labelled = _shortened(labelled)
    counts: dict[str, int] = {}
    for speaker, _, _ in labelled.values():
        counts[speaker.name] = counts.get(speaker.name, 0) + 1
    lined = {s.name for s, _, _ in named.values()}
    by_lines = bool(lined) and persons_lined >= SPEAKERS
    voices = len(counts) + int(len(counts) == 1 and _host_turns(blocks) >= 2)  # a host under a label of their
    # office ("PROGRAMLEIAR:") as the second voice, counted only where it decides
    if not by_lines and (len(labelled) < MIN_TURNS or voices < SPEAKERS or max(counts.values()) < 2):
        return Transcript()
    first = min(labelled)
    speakers = {s.name: s for s, _, _ in labelled.values()}
    hosts = hosted(text, blocks[first].start, speakers) | {s.name for s, host, _ in labelled.values() if host}
    turns: dict[int, Turn | None] = {}
    current: Mention | None = None
    asked: dict[str, list[bool]] = {}
    last = max(labelled)
    for i in range(first, len(blocks)):
        block = blocks[i]
        if i in labelled:
            current, _, start = labelled[i]
            if block.kind == "heading" and start >= 0:  # "Dal: – Vi held fram" over a section: a report under it
                turns[i], current = None, None
                continue
            if start < 0:  # the label on its own line: the words are the paragraph under it
                turns[i] = None
                continue
            rule = "transcript_turn"
        elif i in unnamed:  # "Speaker 4" that no turn names: nobody's statement, and the turn before it ends
            turns[i], current = None, None
            continue
        elif _other_label(block):  # "Presidenten:", "Programleder:", "Sak 3:": another voice, the turn ends
            current = None
            if _host_label(block):
                turns[i] = None  # the host's turn: nobody's statement, and no quotation of the last speaker going on
            continue
        elif current is None or block.kind != "paragraph" or block.marker in ("bullet", "number") \
                or block.text.startswith(("[", "(")) or (i > last and not _continues(block.text)):
            current = None if i > last or block.kind == "heading" else current
            continue
        elif current.name in lined and not own_words(block.text, current):  # the writer's report under a name line
            current = None
            continue
        elif not (i - 1 in labelled and labelled[i - 1][2] < 0) and _narrates_other(block, current, people):
            current = None  # "Til Kommunal Rapport skriver finansminister NN at ...": the writer's report between the
            continue  # turns, not the speaker's words
        else:
            start, rule = block.start, ("transcript_turn" if (i - 1) in labelled and labelled[i - 1][2] < 0
                                        else "transcript_turn_continuation")
        stage = STAGE.match(text, start, block.end)
        start = stage.end() if stage else start
        words = text[start:block.end]
        asked.setdefault(current.name, []).append(_is_question(words))
        turns[i] = Turn(current, start, rule) if _speech(words) and not _is_question(words) \
            and not _greeting(words) else None
    if not hosts:
        share = {n: sum(q) / len(q) for n, q in asked.items() if len(q) >= 2}
        mostly = [n for n, s in share.items() if s >= 0.5]
        hosts = set(mostly) if len(mostly) == 1 else set()
    return Transcript(MappingProxyType({i: (None if t is not None and t.speaker.name in hosts else t)
                                        for i, t in turns.items()}))


def _shortened(labelled: dict[int, tuple[Mention, bool, int]]) -> dict[int, tuple[Mention, bool, int]]:
    """Labels that shorten another label's name to its last words ("LENE MOEN SAASTAD (programleder):", then
    "MOEN SAASTAD:") name that speaker, host or not, when only one speaker's name ends so; the people of the
    text may not know a name that stands only in capitals."""
    names = {s.name for s, _, _ in labelled.values()}
    fuller: dict[str, str] = {}
    for name in names:
        words = name.casefold().split()
        longer = {n for n in names if len(n.split()) > len(words) and n.casefold().split()[-len(words):] == words}
        if len(longer) == 1:
            fuller[name] = longer.pop()
    if not fuller:
        return labelled
    persons = {s.name: s for s, _, _ in labelled.values()}
    hosts = {s.name for s, host, _ in labelled.values() if host}
    out: dict[int, tuple[Mention, bool, int]] = {}
    for i, (speaker, host, start) in labelled.items():
        name = fuller.get(speaker.name, speaker.name)
        out[i] = (persons[name], host or name in hosts, start)
    return out


def _name_lines(blocks: tuple[Block, ...], people: People,
                labelled: dict[int, tuple[Mention, bool, int]]) -> tuple[dict[int, tuple[Mention, bool, int]], int]:
    """Speakers named on a line of their own with their role, over first-person paragraphs
    ("Einar Dal, 1. nestleder i KS" / "Takk for muligheten. Jeg vil ..."): (block -> (speaker, host, -1),
    the number of persons the text names on such lines, whatever follows them)."""
    out: dict[int, tuple[Mention, bool, int]] = {}
    lined: set[str] = set()
    for i, block in enumerate(blocks[:-1]):
        if i in labelled or block.kind not in ("paragraph", "heading") or block.marker != "" or "\n" in block.text:
            continue
        match = NAME_LINE.match(block.text)
        nxt = blocks[i + 1]
        if match is None or nxt.kind != "paragraph" or nxt.marker != "":
            continue
        rest = (match.group("comma") or "") + " " + (match.group("aside") or "")
        if not any(R.is_role(w.casefold().strip(".,")) or R.is_organisation_word(w.strip(".,")) for w in rest.split()):
            continue
        speaker, host = label_person(people, match.group("label").strip(), new=False)
        if speaker is not None:
            lined.add(speaker.name)
        if speaker is not None and own_words(nxt.text, speaker):
            out[i] = (speaker, host or any(w.casefold().strip(".,") in host_words() for w in rest.split()), -1)
    return out, len(lined)


THIRD_PERSON = re.compile(r"(?<![\w-])(?:han|hun|ho|hen)(?![\w-])", re.IGNORECASE)


def _narrates_other(block: Block, speaker: Mention, people: People) -> bool:
    """A paragraph between turns that tells of another party in the third person: no first person, and another
    person named in full or an organisation opening it ("Norges Kommunerevisorforening har tidligere bedt ...")."""
    if first_person(block.text):
        return False
    other = any(m.kind == "full" and m.name != speaker.name and block.start <= m.start < block.end
                for m in people.mentions)
    return other or any(h.start == 0 for h in organisations_in(block.text[:80]))


def own_words(text: str, speaker: Mention) -> bool:
    """A paragraph under a speaker's name line that is their words: in the first person, neither a quotation
    of its own (a dash, «) nor the writer's report of them (their surname, "hun", an attribution: "Dal mente at
    ...", "– X, sa hun.")."""
    surnames = [w for w in speaker.name.split()[1:] if len(w) > 1]
    return first_person(text) and not text.startswith(("–", "—", "-", "«", '"')) \
        and THIRD_PERSON.search(text) is None and not any(word_at(text, w) >= 0 for w in surnames) \
        and attribution_of(text) is None


def _host_label(block: Block) -> bool:
    """A paragraph opening with a host's label that names no one ("PROGRAMLEIAR:", "Programleder:")."""
    match = LABEL.match(block.text)
    return match is not None and host_label(match.group("label"))  # the host words, read as a caption's label is


def _host_turns(blocks: tuple[Block, ...]) -> int:
    return sum(1 for b in blocks if _host_label(b))


def _other_label(block: Block) -> bool:
    """A paragraph opening with a short label that names no speaker of the transcript (a role, the chair)."""
    match = LABEL.match(block.text)
    return match is not None and len(match.group("label").split()) <= LABEL_WORDS


def _continues(text: str) -> bool:
    """A paragraph after the last turn that goes on with it: in the first person."""
    return first_person(text) and _speech(text)
