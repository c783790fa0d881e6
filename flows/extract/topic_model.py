"""The topic model: lemma and codebook features of a demand, scored by a trained linear model.

Features (settings in `data/topic_features.yaml`):
- words: the lemmas of the demand, of its head (`head_spans`: its first noun, the verb after a
  modal; `data/topic_heads.yaml`), of its sentence and of its section's heading, each word with
  its compound parts ("legevaktslege" also gives "lege" and "legevakt"); one weight per code;
- codebook: hits of each code's keywords (`data/topics.yaml`, matched on lemmas and compound
  parts) in the demand, its head, sentence, heading and the document's title, and each code's
  share of the document's hits (`SHARED`); one weight per feature, shared by all codes.

The weights (`data/topic_model.json`) are a multinomial logistic regression without intercepts,
trained by `flows.topic_train` (`make topics`) on every annotated demand the repository holds;
the model is loaded once per process. A demand with no known word and no codebook hit gets the
model's fallback code.
"""
from __future__ import annotations

import json
import math
import re
from collections import Counter
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path

import simplemma

from flows import lexicon

WORD = re.compile(r"[^\W\d_]+(?:-[^\W\d_]+)*", re.UNICODE)
MODEL_PATH = lexicon.DATA_DIR / "topic_model.json"
MIN_HEAD = 4  # shortest keyword matched as the end of a compound
MIN_INNER = 5  # shortest '*' keyword matched inside a compound
GROUPS = ("action", "sentence", "heading")


def settings() -> dict:
    """Feature and training settings (`data/topic_features.yaml`)."""
    return lexicon.load("topic_features")


@lru_cache(maxsize=262144)
def lemma(word: str, language: str) -> str:
    """simplemma's lemma, the document's written standard first."""
    langs = ("nn", "nb") if language == "nn" else ("nb", "nn")
    try:
        return simplemma.lemmatize(word, lang=langs).casefold()
    except (ValueError, KeyError):
        return word


@lru_cache(maxsize=262144)
def word_features(word: str, language: str, known: frozenset[str]) -> tuple[str, ...]:
    """The lemma of a word and its compound parts (head and modifier) among `known` words."""
    conf = settings()
    out: list[str] = []
    for piece in word.casefold().split("-"):
        if not piece:
            continue
        base = lemma(piece, language)
        if base == piece and base not in known:
            for ending in conf["endings"]:
                stem = base[:-len(ending)]
                if base.endswith(ending) and len(stem) >= conf["min_part"] and stem in known:
                    base = stem
                    break
        out.append(base)
        for i in range(conf["min_modifier"], len(base) - conf["min_part"] + 1):
            if base[i:] in known:
                out.append(base[i:])
                modifier = base[:i]
                if modifier not in known and modifier[-1:] in conf["joints"]:
                    modifier = modifier[:-1]
                if modifier in known:
                    out.append(modifier)
                break
    return tuple(dict.fromkeys(out))


def bag(text: str, language: str, known: frozenset[str]) -> tuple[str, ...]:
    """Every lemma and compound part of a text, once each, in order of first occurrence."""
    stop = _stopwords()
    out: dict[str, None] = {}
    for match in WORD.finditer(text):
        for feature in word_features(match.group(0), language, known):
            if feature not in stop:
                out.setdefault(feature, None)
    return tuple(out)


def _words(items: list, where: str) -> list[str]:
    """A word list from a data file; YAML reads bare no/yes/on/off as booleans, which would
    silently become other words."""
    for item in items:
        if not isinstance(item, str):
            raise ValueError(f"{where}: {item!r} is not a word (YAML reads bare no/yes/on/off as booleans): quote it")
    return items


@lru_cache(maxsize=1)
def _stopwords() -> frozenset[str]:
    return frozenset(w.casefold() for w in _words(settings()["stopwords"], "topic_features.yaml stopwords"))


# --- the codebook: keywords of each code in topics.yaml ---------------------------------------

@lru_cache(maxsize=1)
def _keywords() -> tuple[tuple[str, str, bool], ...]:
    """(code, keyword without '*', is_prefix) for single-word keywords."""
    return tuple((code, kw.casefold().rstrip("*"), kw.endswith("*"))
                 for code, entry in lexicon.load("topics").items()
                 for kw in _words(entry.get("keywords", []), f"topics.yaml {code}") if " " not in kw)


@lru_cache(maxsize=1)
def _phrases() -> tuple[tuple[str, re.Pattern[str]], ...]:
    out: list[tuple[str, re.Pattern[str]]] = []
    for code, entry in lexicon.load("topics").items():
        for kw in (str(k).casefold() for k in entry.get("keywords", [])):
            if " " in kw:
                stem = re.escape(kw.rstrip("*")).replace(r"\ ", r"\s+")
                out.append((code, re.compile(rf"(?<!\w){stem}\w*" if kw.endswith("*") else rf"(?<!\w){stem}(?!\w)")))
    return tuple(out)


def keyword_stems() -> frozenset[str]:
    """Every single-word keyword stem: known words for compound splitting."""
    return frozenset(kw for _, kw, _ in _keywords())


def _part_match(word: str, kw: str, prefix: bool, head_ok: bool) -> bool:
    if word == kw or (prefix and word.startswith(kw)):
        return True
    if head_ok and len(kw) >= MIN_HEAD and word.endswith(kw) and len(word) > len(kw):
        return True
    if prefix and len(kw) >= MIN_INNER:
        at = word.find(kw, 1)
        return at > 0 and (word[at - 1] in "s-e" or at >= 4)
    return False


@lru_cache(maxsize=1)
def _keyword_index() -> tuple[dict[str, tuple[int, ...]], int]:
    """The codebook as one lookup table: keyword -> its positions in `_keywords()`, and the
    longest keyword. Every way a keyword matches a word (whole, prefix, compound head, inside a
    compound) makes it a substring of the word, so a word is checked only against the keywords
    among its substrings instead of against every keyword."""
    index: dict[str, list[int]] = {}
    for n, (_, kw, _) in enumerate(_keywords()):
        index.setdefault(kw, []).append(n)
    return {kw: tuple(ns) for kw, ns in index.items()}, max((len(kw) for kw in index), default=0)


def _candidates(form: str) -> set[int]:
    """Positions in `_keywords()` of the keywords that occur in `form`."""
    index, longest = _keyword_index()
    found: set[int] = set()
    for i in range(len(form)):
        for j in range(i + 1, min(len(form), i + longest) + 1):
            found.update(index.get(form[i:j], ()))
    return found


def _reach(form: str, kw: str) -> int:
    """How far into `form` the keyword's last match reaches, counted from the word's end (0: it
    ends the word; an inflection ending after it counts as part of it, so "-tilskuddet" ends the
    word as "tilskudd" does)."""
    at = form.rfind(kw)
    rest = form[at + len(kw):] if at >= 0 else form
    return 0 if rest in _endings() else len(rest)


@lru_cache(maxsize=1)
def _endings() -> frozenset[str]:
    return frozenset(["", *settings()["endings"]])


@lru_cache(maxsize=65536)
def word_codes(word: str, language: str) -> tuple[str, ...]:
    """The codes of the keyword that heads a word, its lemma or a hyphen part. Norwegian compounds
    are right-headed (an "integreringstilskudd" is a kind of "tilskudd", a "legevaktslege" a kind
    of "lege"), so of the keywords a word holds the one reaching nearest its end wins, and of
    those the longest ("stimuleringstilskudd*" over "tilskudd*"). A compound head must end the
    lemma too ("statlege", lemma "statleg", is no kind of "lege")."""
    base = lemma(word, language)
    forms = {word, base} | {part for part in word.split("-") if part}
    keywords = _keywords()
    head = bool(settings()["compound_head"])
    best: dict[str, tuple[int, int]] = {}
    for n in sorted(set().union(*(_candidates(form) for form in forms))):  # the codebook's order
        code, kw, prefix = keywords[n]
        matched = [form for form in forms if _part_match(form, kw, prefix, base == word or form != word)]
        if matched:
            rank = (-min(_reach(form, kw) for form in matched) if head else 0, len(kw))
            best[code] = max(best.get(code, rank), rank)
    top = max(best.values(), default=None)
    return tuple(code for code, rank in best.items() if rank == top)


@lru_cache(maxsize=8192)
def mentions(text: str, language: str) -> tuple[tuple[int, str], ...]:
    """(position, code) for every keyword hit in a text, one per word and code."""
    low = text.casefold()
    hits = [(m.start(), code) for m in WORD.finditer(low) for code in word_codes(m.group(0), language)]
    hits += [(m.start(), code) for code, pattern in _phrases() for m in pattern.finditer(low)]
    return tuple(sorted(hits))


@lru_cache(maxsize=64)
def _document_shares(document: str, language: str) -> tuple[tuple[str, float], ...]:
    counts = Counter(code for _, code in mentions(document, language))
    total = sum(counts.values())
    return tuple(sorted((code, n / total) for code, n in counts.items())) if total else ()


# --- the head of a demand: what it names first ------------------------------------------------

@lru_cache(maxsize=1)
def _head_patterns() -> tuple[re.Pattern[str], re.Pattern[str], re.Pattern[str]]:
    data = lexicon.load("topic_heads")
    boundary = re.compile(rf"(?<![\w-])(?:{lexicon.alternation(data['boundaries'])})(?![\w-])|[,;:(«»]",
                          re.IGNORECASE)
    transparent = re.compile(rf"(?<![\w-])(?:{lexicon.alternation(data['transparent'])})(?![\w-])", re.IGNORECASE)
    modal = re.compile(rf"(?<![\w-])(?:{lexicon.alternation(data['modals'])})\s+", re.IGNORECASE)
    return boundary, transparent, modal


def _head_end(text: str, start: int) -> int:
    """End of the head region that starts at `start`: the first boundary word after a content
    word, skipping transparent words with the boundary after them."""
    boundary, transparent, _ = _head_patterns()
    pos = start
    while True:
        match = boundary.search(text, pos)
        if match is None:
            return len(text)
        before = text[start:match.start()].split()
        last = " ".join(before[-3:]).casefold()
        if before and not any(last.endswith(t.group(0).casefold())
                              for t in transparent.finditer(last) if t.end() == len(last)):
            return match.start()
        pos = match.end()


def head_spans(text: str) -> list[tuple[int, int]]:
    """The regions that name what a demand is about: its opening noun or verb phrase and the
    verb phrase after a modal."""
    _, _, modal = _head_patterns()
    spans = [_last_word(text, 0, _head_end(text, 0))]
    for match in modal.finditer(text):
        verb = WORD.match(text, match.end())
        if verb:
            spans.append(verb.span())
        spans.append(_last_word(text, match.end(), _head_end(text, match.end())))
    return spans


def opens_with_adverbial(text: str) -> bool:
    """True when a demand opens with a preposition (a fronted adverbial: "i budsjettet ...")."""
    boundary = _head_patterns()[0]
    match = boundary.match(text.lstrip())
    return match is not None and match.group(0)[:1].isalpha()


def _last_word(text: str, start: int, end: int) -> tuple[int, int]:
    """The span of the last word in text[start:end] (the head of a noun phrase)."""
    words = list(WORD.finditer(text, start, end))
    return words[-1].span() if words else (start, start)


# --- features and the model -------------------------------------------------------------------

# Codebook features, one value per code; their weights are shared by all codes, so the codebook
# speaks for codes with few annotated demands too.
SHARED = ("action_hits", "action_top", "head_hits", "sentence_hits", "heading_hits", "title_hits", "document_share",
          "document_top", "silent_sentence_hits", "silent_document_share")


@dataclass(frozen=True)
class Features:
    words: dict[str, float]  # lemma features (name -> value), weighted per code
    codebook: dict[str, tuple[float, ...]]  # code -> values of SHARED


def title(document: str) -> str:
    """The document's first line (its title in the raw texts), without a heading marker."""
    for line in document.split("\n"):
        if line.strip():
            return line.lstrip("#").strip()
    return ""


def _unit(names: tuple[str, ...], scale: float) -> dict[str, float]:
    return {name: scale / math.sqrt(len(names)) for name in names} if names else {}


def _top(counts: Counter[str]) -> set[str]:
    best = max(counts.values(), default=0)
    return {code for code, n in counts.items() if n == best and best}


def features(action: str, sentence: str, heading: str, document: str, language: str,
             known: frozenset[str]) -> Features:
    """The features of a demand in its context."""
    scales = settings()["scales"]
    words: dict[str, float] = {}
    for group, text in zip(GROUPS, (action, sentence, heading)):
        words.update(_unit(tuple(f"{group[0]}:{w}" for w in bag(text, language, known)), scales[group]))
    heads = " ".join(action[a:b] for a, b in head_spans(action.casefold()))
    words.update(_unit(tuple(f"d:{w}" for w in bag(heads, language, known)), scales["head"]))
    hits = [Counter(code for _, code in mentions(text, language))
            for text in (action, sentence, heading, heads, title(document))]
    shares = dict(_document_shares(document, language))
    top_action, top_document = _top(hits[0]), {c for c, v in shares.items() if v == max(shares.values())}
    silent = float(not hits[0])  # the demand names no code: its context has to speak
    codebook = {code: (math.log1p(hits[0][code]), float(code in top_action), math.log1p(hits[3][code]),
                       math.log1p(hits[1][code]), math.log1p(hits[2][code]), math.log1p(hits[4][code]),
                       shares.get(code, 0.0), float(code in top_document),
                       silent * math.log1p(hits[1][code]), silent * shares.get(code, 0.0))
                for code in lexicon.load("topics")}
    return Features(words, {c: v for c, v in codebook.items() if any(v)})


@dataclass(frozen=True)
class TopicModel:
    codes: tuple[str, ...]
    weights: dict[str, tuple[float, ...]]  # lemma feature -> weight per code
    shared: tuple[float, ...]  # weight of each SHARED codebook feature
    known: frozenset[str]
    fallback: str  # the code of a demand the model knows nothing about: the commonest in training

    def scores(self, x: Features) -> list[float]:
        out = [0.0] * len(self.codes)
        for name, value in x.words.items():
            row = self.weights.get(name)
            if row is not None:
                for i, w in enumerate(row):
                    out[i] += value * w
        for i, code in enumerate(self.codes):
            out[i] += sum(v * w for v, w in zip(x.codebook.get(code, ()), self.shared))
        return out

    def evidence(self, x: Features) -> bool:
        """True when the text says anything the model knows: a codebook hit or a weighted word."""
        return bool(x.codebook) or any(name in self.weights for name in x.words)

    def predict(self, x: Features) -> str:
        if not self.evidence(x):
            return self.fallback
        scores = self.scores(x)
        return self.codes[max(range(len(scores)), key=lambda i: (scores[i], -i))]


def from_dict(data: dict) -> TopicModel:
    if tuple(data["shared_features"]) != SHARED:
        raise ValueError(f"topic model has codebook features {data['shared_features']}, the code {SHARED}: "
                         "run `make topics`")
    return TopicModel(codes=tuple(data["codes"]),
                      weights={k: tuple(v) for k, v in data["weights"].items()},
                      shared=tuple(data["shared"]), known=frozenset(data["known"]), fallback=data["fallback"])


@lru_cache(maxsize=1)
def load(path: Path = MODEL_PATH) -> TopicModel:
    """The committed model; a missing or stale file names the command that rebuilds it."""
    if not path.exists():
        raise FileNotFoundError(f"topic model {path} is missing: run `make topics` to train it")
    model = from_dict(json.loads(path.read_text(encoding="utf-8")))
    codes = tuple(lexicon.load("topics"))
    if model.codes != codes:
        raise ValueError(f"topic model {path} has codes {model.codes}, topics.yaml has {codes}: run `make topics`")
    return model
