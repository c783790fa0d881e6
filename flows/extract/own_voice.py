"""Which cues of a sentence in an author's own voice are the author's demands.

In a document an organisation wrote (authorship.py: a talk, an opinion piece, a letter, a
statement) a sentence with no other voice is in the author's voice (voices `byline` and
`letter`). Its positions ("X må/bør ...", "det er behov for ...") are the author's; but the
author also tells what others want, need or require, asks questions and quotes. So, in the
author's voice only:

- a question asks for nothing ("Ønskjer du å skrive?", "Kvifor må kommunane betale?");
- a request or a request noun is the author's only when its subject is the author in the first
  person ("Vi ber om ...", "Det vi ber om, er ...", also after the verb a fronted opener puts first:
  "Difor ber eg ...", "For det første krev vi at ...") or the author's own board
  ("Fylkesstyret ber regjeringa om ...", `own_bodies`), or an imperative opening the sentence (talking
  points telling the speaker what to ask: "Foreslå oppfølgingsmøte innen juni"), not a third party
  ("Forskrifta stiller krav om ...", "Krava vil krevje meir kompetanse"), nor the author as the one
  asked ("Eg er beden om å snakke om ...");
- a need is the author's only in the first person ("Vi treng ...", "For det tredje treng vi
  ..."), not an evaluation of someone else's need ("Turistane treng òg legevakt");
- a modal is no position when its subject only points to what follows ("Vi meiner følgjande må på
  plass:") or stands in a clause that tells why or how ("... forstå kvifor vi må tenkje nytt");
- words inside «» are someone else's (or a slide title), and so is the content of a verb of saying
  whose subject is not the author ("Statsråden sa at X må vente").

Slide markers and stage notes on a line of their own in square brackets ("[Lysark 3 – Personell]"),
and the title of a numbered point or a section run into the sentence after it ("Saksbehandlingstid\n
Husbanken må ..."), are layout, never text: `without_stage_lines` cuts them off a sentence in every voice.
"""
from __future__ import annotations

import re
from dataclasses import replace
from functools import lru_cache

from flows import lexicon
from flows.extract.actors import is_ks_body
from flows.extract.cue_patterns import Cue, cue_words, patterns
from flows.extract.speech import SPEECH
from flows.model import Sentence

AUTHOR_VOICES = frozenset({"byline", "letter", "notes"})
CLAUSE_BREAK = re.compile(r"[,:;–—]|(?<![\w-])(?:at|som|og|men|eller)(?![\w-])", re.IGNORECASE)
STAGE_LINE = re.compile(r"\[[^\[\]\n]*\][ \t]*(?:\n|$)")  # "[LYSARK 2 – tall]" on a line of its own
# a title on a line of its own run into the sentence after it: up to eight words, no punctuation at its
# end, the next line opening with a capital ("Saksbehandlingstid\nHusbanken må ...")
RUN_IN_TITLE = re.compile(r"[^\n.!?:;,]*[^\n.!?:;,\s][ \t]*\n[ \t]*(?=[A-ZÆØÅ])")
MAX_TITLE_WORDS = 8
SENTENCE_END = re.compile(r"[.!?][»\"”')]?\s*$")


@lru_cache(maxsize=1)
def _first_person() -> frozenset[str]:
    return frozenset(w.casefold() for w in cue_words("speaker_pronouns"))


@lru_cache(maxsize=1)
def _own_bodies() -> frozenset[str]:
    return frozenset(w.casefold() for w in cue_words("own_bodies"))


def _author_speaks(words: list[str]) -> bool:
    """True when a clause's words name the author: a first-person pronoun, or the author's own board
    as its first word ("Fylkesstyret meiner ...", `own_bodies`)."""
    return any(w in _first_person() for w in words) or (bool(words) and words[0] in _own_bodies())


@lru_cache(maxsize=1)
def _cataphoric() -> frozenset[str]:
    return frozenset(" ".join(w.casefold().split()) for w in cue_words("cataphoric_objects"))


@lru_cache(maxsize=1)
def _embedded_opener() -> re.Pattern[str]:
    words = lexicon.alternation(lexicon.load("request_verbs")["embedded_clause_openers"])
    return re.compile(rf"(?<![\w-])(?:{words})\s+(?:\S+\s+){{0,2}}$", re.IGNORECASE)


@lru_cache(maxsize=1)
def _asked() -> re.Pattern[str]:
    data = lexicon.load("request_verbs")
    return re.compile(rf"(?<![\w-])(?:{lexicon.alternation(data['asked_auxiliaries'])})\s+(?:\w+\s+){{0,2}}?"
                      rf"(?:{lexicon.alternation(data['asked_participles'])})(?![\w-])", re.IGNORECASE)


def _words(text: str) -> list[str]:
    return [w.strip(",.:;«»\"'()").casefold() for w in text.split()]


def _first_person_subject(before: str) -> bool:
    """True when the clause before a verb of requesting names the author in the first person
    ("Vi forventer", "Det vi ber om", "Difor ber eg"): a speaker pronoun after the last clause break."""
    clause = CLAUSE_BREAK.split(before)[-1]
    return _author_speaks(_words(clause))


def _inverted_first_person(text: str, anchor: int) -> bool:
    """True when the author is the subject right after a verb of requesting that a fronted word or
    phrase put first ("For det første krev vi at ...", "Difor ber eg regjeringa om ..."): main-clause
    word order puts the subject after the finite verb; a verb opening its sentence asks a question."""
    if not text[:anchor].strip(" –—-«\"\n"):
        return False
    after = _words(text[anchor:anchor + 40])
    return len(after) > 1 and after[1] in _first_person()


def _own_need(text: str, cue: Cue, author: str = "") -> bool:
    """True when a need is the author's: a first-person subject ("Vi treng"), also inverted after
    the verb ("For det tredje treng vi"), or the municipalities when a municipality, a county or KS
    writes ("Kommunane treng ei nasjonal ordning ...": the side the author speaks for, `own_need_groups`)."""
    if any(w in _first_person() for w in _words(cue.subject)):
        return True
    if _municipal(author) and " ".join(_words(cue.subject)) in _need_groups() and not text.rstrip().endswith(":"):
        return True  # not a lead-in announcing its items ("Kommunene trenger tre ting fra staten:")
    after = _words(text[cue.start + len(cue.subject):cue.end])
    return len(after) > 1 and after[1] in _first_person()


@lru_cache(maxsize=1)
def _need_groups() -> frozenset[str]:
    return frozenset(w.casefold() for w in cue_words("own_need_groups"))


def _municipal(author: str) -> bool:
    """True when the author is on the municipal side: KS or a branch of it, a municipality or a county."""
    return is_ks_body(author) or author.endswith((" kommune", " fylkeskommune"))


def _own_position(text: str, cue: Cue) -> bool:
    """False when a modal's subject only points forward ("følgjande må på plass:") or stands in a
    clause telling why or how ("... kvifor vi må tenkje nytt")."""
    subject = " ".join(_words(cue.subject))
    return subject not in _cataphoric() and not _embedded_opener().search(text[:cue.start + len(cue.subject)])


def _reported(text: str, cue: Cue) -> bool:
    """True when the cue stands in what someone else said or thinks ("Statsråden sa i Stortinget at
    X må vente"): a verb of saying before it whose clause names no first person ("Vi meiner at")."""
    verbs = [m for m in SPEECH().finditer(text, 0, cue.start)]
    if not verbs:
        return False
    if patterns()["subordinate"].match(text, len(text) - len(text.lstrip(" –—-«»\"“„"))) \
            and "," in text[verbs[-1].end():cue.start]:
        return False  # "Dersom regjeringa meiner alvor med X, må ho Y": the verb stands in the fronted condition
    clause = _words(CLAUSE_BREAK.split(text[:verbs[-1].start()])[-1])
    return bool(clause) and not _author_speaks(clause) and not _inverted_first_person(text, verbs[-1].start())


def _quoted(text: str, at: int) -> bool:
    """True when a position lies inside «» (an unclosed « before it)."""
    return text.count("«", 0, at) > text.count("»", 0, at)


def own_cues(text: str, cues: list[Cue], author: str = "") -> list[Cue]:
    """The cues of a sentence in an author's own voice (`author`: the organisation) that are the author's demands."""
    if text.rstrip().endswith("?"):
        return []
    kept: list[Cue] = []
    for cue in cues:
        if _quoted(text, cue.start + 1) or _reported(text, cue):  # "at «X må ...»": the cue may start at the «
            continue
        own = _first_person_subject(text[:cue.anchor]) or \
            (cue.kind == "request" and _inverted_first_person(text, cue.anchor)) or \
            (cue.kind == "request" and not text[:cue.anchor].strip())  # "Difor krev vi at ...", an imperative
        # opening the sentence ("Foreslå oppfølgingsmøte innen juni": notes telling the speaker what to ask)
        if cue.kind in ("request", "noun") and (not own or _asked().search(text[:cue.start])):
            continue  # someone else's request, or the author as the one asked ("Eg er beden om å ...")
        if cue.kind == "need_verb" and not _own_need(text, cue, author):
            continue
        if cue.kind == "modal" and not _own_position(text, cue):
            continue
        kept.append(cue)
    return kept


def without_stage_lines(sentence: Sentence) -> Sentence | None:
    """The sentence without the slide markers and stage notes in square brackets that open it on
    lines of their own ("[LYSARK 7 – avslutning]\\nMålet må ..."), and without a run-in title on the
    line before it (a numbered point's or a section's title: "2. Saksbehandlingstid\\nHusbanken må
    ..."; `RUN_IN_TITLE`); None when nothing else is left."""
    if not sentence.text.startswith("["):
        title = RUN_IN_TITLE.match(sentence.text)
        if title is None or len(title.group(0).split()) > MAX_TITLE_WORDS or not SENTENCE_END.search(sentence.text):
            return sentence
        return replace(sentence, start=sentence.start + title.end(), text=sentence.text[title.end():])
    cut = 0
    while (found := STAGE_LINE.match(sentence.text, cut)) is not None:
        cut = found.end()
    if cut == 0:
        return sentence
    rest = sentence.text[cut:]
    if not rest.strip():
        return None
    lead = len(rest) - len(rest.lstrip())
    return replace(sentence, start=sentence.start + cut + lead, text=rest.lstrip())


@lru_cache(maxsize=2)
def _second_person(language: str) -> re.Pattern[str]:
    words = lexicon.load("request_verbs")["second_person"].get(language) or ["dere"]
    return lexicon.phrase_pattern(words)


def speaks_to(text: str, language: str) -> bool:
    """True when a sentence in the author's voice speaks to its audience in the second person
    plural ("Det vi trenger fra dere, er ...", nynorsk "Vi ber om at de ...")."""
    return bool(_second_person(language).search(text))

