"""The parse layer: dependency parses of the sentences a structural rule needs.

Only sentences with a cue are parsed (`needs_parse`): a verb of saying,
thinking or requesting, a lead verb ("svarte med å", "tok til orde for") or
"ifølge", in a sentence that does not open a quotation. The cue check is a
cheap bag-of-words test over the lexicons (`data/speech_verbs.yaml`,
`data/request_verbs.yaml`); everything else is left unparsed, which keeps
extraction fast. Parses are plain frozen records (`Parsed`, `Token`) with
document offsets (`parsed.py`), so no spaCy object leaves this module and the layers stay
hashable and comparable.

The labels are those of the Norwegian Dependency Treebank (SUBJ, DOBJ, IOBJ,
INFV, PUTFYLL, KOORD, KONJ, APP, ATR, DET, ADV, SBU, FINV, PAR, ...): a
subordinate clause hangs from its verb, with the subjunction ("at") as SBU
under it; a second conjunct is KOORD under the first, "og" is KONJ under the
second; a preposition's object is PUTFYLL; an infinitive verb is INFV under
the auxiliary or under "å".
"""
from __future__ import annotations

import re
import threading
from collections import Counter
from collections.abc import Callable, Sequence
from typing import Any
from functools import lru_cache

from flows import budget, lexicon
from flows.extract.speech import attribution_of
from flows.extract.parsed import Parsed, Token
from flows.model import Block, Sentence

WORD = re.compile(r"[\wæøåÆØÅ]+")


# A parser turns (sentence text, document offset) pairs into parses, in order.
Parser = Callable[[Sequence[tuple[str, int]]], list[Parsed]]


@lru_cache(maxsize=1)
def _cues() -> tuple[frozenset[str], tuple[frozenset[str], ...]]:
    """(single cue words, multi-word cues as word sets) from the lexicons."""
    speech = lexicon.load("speech_verbs")
    requests = lexicon.load("request_verbs")
    phrases: set[str] = set()
    for key in ("direct", "indirect", "indirect_at", "request", "lead_ins", "parse_cues", "parse_verbs",
                "parse_lead_verbs", "parse_verbs_object", "parse_verbs_rest"):
        phrases |= {str(p).casefold() for p in speech.get(key) or ()}
    for forms in requests["requests"].values():
        phrases |= {str(p).casefold() for p in forms}
    common = {str(w).casefold() for w in speech.get("common_words") or ()}
    single = frozenset(p for p in phrases if " " not in p and p not in common)
    multi = tuple(frozenset(p.split()) - {"å"} for p in phrases if " " in p)
    return single, multi


@lru_cache(maxsize=1)
def _phrases_by_word() -> dict[str, tuple[frozenset[str], ...]]:
    """The multi-word cues under one of their words (the least common, so few are tried): a
    phrase can only be in a sentence that holds that word. An empty phrase is under ""."""
    multi = _cues()[1]
    count = Counter(w for phrase in multi for w in phrase)
    out: dict[str, list[frozenset[str]]] = {}
    for phrase in multi:
        key = min(phrase, key=lambda w: (count[w], w)) if phrase else ""
        out.setdefault(key, []).append(phrase)
    return {key: tuple(phrases) for key, phrases in out.items()}


def has_cue(text: str) -> bool:
    """True when a sentence holds a word (or all words of a phrase) that a structural rule starts from."""
    words = {w.casefold() for w in WORD.findall(text)}
    if words & _cues()[0]:
        return True
    index = _phrases_by_word()
    return any(phrase <= words for key in ("", *words) for phrase in index.get(key, ()))


@lru_cache(maxsize=1)
def _pronouns() -> frozenset[str]:
    pronouns = lexicon.load("pronouns")  # the object forms too: "ifølge henne" names her as the source
    return frozenset(str(p).casefold() for key in ("subject", "object") for p in pronouns.get(key) or ())


def may_name_a_speaker(sentence: Sentence, person_spans: Sequence[tuple[int, int]]) -> bool:
    """The sentence names a person (a name, a surname or a title the recogniser found) or holds a
    personal pronoun: only then can a structural rule give a person's statement."""
    if any(sentence.start <= start < sentence.end for start, _ in person_spans):
        return True
    return bool({w.casefold() for w in WORD.findall(budget.for_matching(sentence.text))} & _pronouns())


def needs_parse(sentence: Sentence, in_quotation: bool = False,
                person_spans: Sequence[tuple[int, int]] | None = None) -> bool:
    """A sentence a structural rule may need: it is not quoted words, it has a cue and (when
    `person_spans` are given) it may name a speaker."""
    if in_quotation or sentence.text.startswith(("–", "-", "«", '"')) or not has_cue(budget.for_matching(sentence.text)):
        return False
    return person_spans is None or may_name_a_speaker(sentence, person_spans)


def quoted_sentences(blocks: tuple[Block, ...]) -> frozenset[int]:
    """Starts of the sentences that are quoted words: those of a quotation paragraph (dash or «)
    up to and including the one that closes with its attribution; the narrative after it is not."""
    out: set[int] = set()
    for block in blocks:
        if block.marker != "dash" and not block.text.startswith("«"):
            continue
        for sentence in block.sentences:
            out.add(sentence.start)
            if attribution_of(budget.for_matching(sentence.text)) is not None:
                break
    return frozenset(out)


def parse_selected(sentences: tuple[Sentence, ...], parser: Parser | None, quoted: frozenset[int] = frozenset(),
                   person_spans: Sequence[tuple[int, int]] | None = None,
                   also: frozenset[int] = frozenset()) -> tuple[Parsed | None, ...]:
    """A parse for each sentence that needs one (None for the others, and for all without a parser);
    `quoted`: starts of sentences that are quoted words; `person_spans`: where persons (and
    organisations) are named; `also`: starts of sentences a later pass wants parsed whatever
    `needs_parse` says (lists of noun phrases for the demand pass)."""
    if parser is None:
        return tuple(None for _ in sentences)
    chosen = [i for i, s in enumerate(sentences)
              if s.start in also or needs_parse(s, s.start in quoted, person_spans)]
    parsed = parser([(budget.for_matching(sentences[i].text), sentences[i].start) for i in chosen])
    out: list[Parsed | None] = [None] * len(sentences)
    for i, p in zip(chosen, parsed):
        out[i] = p
    return tuple(out)


PIPELINE_LEAVE_OUT = ("ner", "entity_ruler", "person_after_role")  # nothing reads entities: persons and organisations come from the mention layer


SUSPENDED = re.compile(r"(?<=\w)- (og|eller) (?=\w)")  # "helse- og omsorgsminister"


def respell(text: str) -> tuple[str, tuple[int, ...]]:
    """The sentence as the parser reads it, and for every character of it (and its end) the offset
    in `text`. A suspended compound ("Helse- og omsorgsminister") is joined into one word
    ("Helse-og-omsorgsminister"): the model reads its parts as a coordination and the role word as
    a verb, and loses the sentence's subject."""
    out: list[str] = []
    where: list[int] = []
    pos = 0
    for match in SUSPENDED.finditer(text):
        out.append(text[pos:match.start()])
        where.extend(range(pos, match.start()))
        joined = f"-{match.group(1)}-"
        out.append(joined)
        where.extend([match.start()] + list(range(match.start(1), match.end(1))) + [match.end(1)])
        pos = match.end()
    out.append(text[pos:])
    where.extend(range(pos, len(text) + 1))
    return "".join(out), tuple(where)


def _to_parsed(rows: Sequence[tuple[int, int, int, str, str, str, int, str]], text: str, start: int, offset: int,
               where: tuple[int, ...]) -> Parsed:
    """A Parsed sentence from the token rows (doc index, character offset, length, lemma, part of speech,
    relation, head's doc index, morphology; `_token_rows`) of the sentence beginning at character
    `start` of the parsed text; `offset` is the sentence's document offset, `where` maps a
    character of the parsed sentence to one of `text` (`respell`). Heads outside the sentence
    (there should be none) make the token its own head."""
    local = {row[0]: n for n, row in enumerate(rows)}
    out = []
    for n, (_, idx, length, lemma, pos, dep, head, morph) in enumerate(rows):
        a, b = where[idx - start], where[idx - start + length - 1] + 1
        out.append(Token(n, text[a:b], lemma, pos, dep, local.get(head, n), offset + a, offset + b, morph))
    return Parsed(offset, offset + len(text), text, tuple(out))


_MORPHS: dict[int, str] = {}  # a morphological analysis's key -> str(token.morph)


def _token_rows(doc: Any) -> list[tuple[int, int, int, str, str, str, int, str]]:
    """(doc index, character offset, length, lemma, part of speech, relation, head's doc index,
    morphology) of every token of a parsed Doc that is not whitespace: what reading the same
    attributes token by token gives, read as one array."""
    from spacy.attrs import DEP, HEAD, IDX, IS_SPACE, LEMMA, LENGTH, MORPH, POS
    from spacy.parts_of_speech import NAMES

    strings = doc.vocab.strings
    rows = []
    array = doc.to_array([IDX, LENGTH, LEMMA, POS, DEP, HEAD, MORPH, IS_SPACE]).tolist()
    for i, (idx, length, lemma, pos, dep, head, morph, space) in enumerate(array):
        if space:
            continue
        if morph not in _MORPHS:
            _MORPHS[morph] = str(doc[i].morph)
        head = head - 2 ** 64 if head >= 2 ** 63 else head  # HEAD is the offset to the head, stored unsigned
        rows.append((i, idx, length, strings[lemma], NAMES[pos], strings[dep], i + head, _MORPHS[morph]))
    return rows


_LOCK = threading.Lock()  # one pipeline per process, shared by the flow's task threads
# Sentences of one call are parsed in one pipeline pass up to this many characters (every real article
# fits in one); a longer input (a hostile file of thousands of cue sentences) is parsed in pieces of whole
# sentences, the document's time budget (flows.budget) checked after each.
PARSE_CHUNK_CHARS = 50_000
PIPE_BATCH = 64  # sentences per batch of the pipeline


def _chunks(sentences: Sequence[tuple[str, int]], limit: int) -> list[Sequence[tuple[str, int]]]:
    out: list[Sequence[tuple[str, int]]] = []
    start, size = 0, 0
    for i, (text, _) in enumerate(sentences):
        if size and size + len(text) + 1 > limit:
            out.append(sentences[start:i])
            start, size = i, 0
        size += len(text) + 1
    out.append(sentences[start:])
    return out


def spacy_parser(sentences: Sequence[tuple[str, int]]) -> list[Parsed]:
    """Parse sentences with the project's language layer (`flows.nlp`), loaded once per process.

    The sentences of one call go through the pipeline in one pass, each a Doc of its own
    (`Language.pipe`, PIPE_BATCH at a time): a sentence is parsed as the model was trained, on
    its own, and the parser steps through a batch side by side, which costs less than one text
    of all of them (stop 51: 7% faster extraction on the benchmark corpus). Each sentence is
    parsed as `respell` spells it; tokens keep the offsets and words of the text. Inputs over
    PARSE_CHUNK_CHARS are parsed in pieces, the time budget checked between them."""
    if not sentences:
        return []
    out: list[Parsed] = []
    for part in _chunks(sentences, PARSE_CHUNK_CHARS):
        out += _parse_lines(part)
        budget.check()
    return out


def _parse_lines(sentences: Sequence[tuple[str, int]]) -> list[Parsed]:
    """One pipeline pass over `sentences`, each a Doc of its own (`Language.pipe`): no sentence's
    neighbours reach into its parse, and the parser steps through the sentences side by side."""
    from flows.nlp import load_nlp  # spaCy loads only when something is parsed

    spelled = [respell(text) for text, _ in sentences]
    with _LOCK:
        docs = list(load_nlp(disable=PIPELINE_LEAVE_OUT).pipe([text for text, _ in spelled], batch_size=PIPE_BATCH))
    out: list[Parsed] = []
    for (text, offset), (_, where), doc in zip(sentences, spelled, docs):
        rows = _token_rows(doc)
        out.append(_to_parsed(rows, text, 0, offset, where) if rows else Parsed(offset, offset + len(text), text, ()))
    return out
