"""Topic codes of demands and meetings.

A demand's topic comes from the trained topic model (`topic_model.py`, weights in
`data/topic_model.json`, trained by `make topics`): lemma features of the demand, its sentence and
its section's heading, and the codebook (`data/topics.yaml`) hits in the demand, its paragraph (the
block holding it: `paragraph`), its heading and the whole document, scored by a multinomial logistic regression. Over the model sit two decisions of the
codebook (`decided`, data in `data/topic_heads.yaml`): a demand whose head names money only (a
grant, funding, compensation, a budget) is `okonomi`, whatever service the money is for
(`money_head`, `decides`); a demand whose subject is a body asked to act (a hospital, Husbanken)
has the one code the rest of it names (`acted_on`, `actors`).
`classify` is the typed entry point; `rank` and `topic_of` keep the older call shapes.

A meeting's topics come from the codebook alone (`discussed_topics`): codes mentioned at least
twice in the text, and the topics of the demands raised.
"""
from __future__ import annotations

import re
from bisect import bisect_left
from functools import lru_cache

from flows import lexicon
from flows.extract import topic_context
from flows.extract import topic_model as tm
from flows.model import Block
from flows.extract.memo import segmented

SPACE = re.compile(r"\s+")
DISCUSSED_MIN_MENTIONS = 2  # one passing keyword does not make a topic of the meeting
# nor do two in a long text about other things: a code's mentions must also be at least this share
# of all the document's codebook hits (chosen on the gold meeting topics of 17 sets: precision
# 0.815 -> 0.847, recall 0.937 -> 0.921; higher shares cost more recall than they gain precision)
DISCUSSED_MIN_SHARE = 0.05


def topic_codes() -> tuple[str, ...]:
    """The fixed code list, in the order of the data file."""
    return tuple(lexicon.load("topics"))


def classify(action: str, sentence: str = "", heading: str = "", document: str = "", language: str = "nb",
             paragraph: str = "") -> str:
    """The topic code of a demand: `action` is the demanded action, `sentence` the sentence holding
    it, `heading` the heading of its section, `document` the whole normalised text, `language` "nb"
    or "nn", `paragraph` the block holding it (its codebook hits are read there; "": the sentence)."""
    model = tm.load()
    return decided(action, language) or predict(
        model, tm.features(action, sentence, heading, document, language, model.known, paragraph), action, sentence,
        document, language)


def predict(model: tm.TopicModel, x: tm.Features, action: str, sentence: str, document: str, language: str,
            start: int = -1) -> str:
    """The model's code for a demand with features `x` (no decision of the codebook): their scores,
    plus the context prior of its section (`topic_context`) when its own words name no code.
    `start` is the demand's offset in `document` (-1: found from `sentence`, then from `action`)."""
    if not model.evidence(x):
        return model.fallback
    scores = model.scores(x)
    if document and topic_context.silent(action, language):
        if start < 0:
            start = locate(sentence, document)[0] if sentence else -1
        if start < 0:
            start = locate(action, document)[0]
        if start >= 0:
            scores = topic_context.with_prior(scores, topic_context.section_prior(
                model, document, _blocks(document), start, language))
    return model.codes[max(range(len(scores)), key=lambda i: (scores[i], -i))]


def decided(action: str, language: str) -> str | None:
    """The code the codebook decides over the model, or None: the money head (`money_head`), or
    the code of what a body asked to act must do (`acted_on`)."""
    return money_head(action, language) or acted_on(action, language)


@lru_cache(maxsize=1)
def _actor_subject() -> re.Pattern[str] | None:
    data = lexicon.load("topic_heads")
    actors = data.get("actors", ())
    if not actors:
        return None
    determiners = data.get("actor_determiners", ())
    lead = rf"(?:(?:{lexicon.alternation(determiners)})\s+)*" if determiners else ""
    return re.compile(rf"\s*{lead}((?:{lexicon.alternation(actors)})[\w-]*)(?![\w-])", re.IGNORECASE)


def acted_on(action: str, language: str) -> str | None:
    """The code of a demand whose subject is a body asked to act (`actors` in data/topic_heads.yaml:
    "sjukehusa må opne fleire rusplassar", "Husbanken bør gi forrang til omsorgsboliger"): the one
    code the rest of the demand names, when it is another than the body's own keyword code. The
    body is who acts; the topic is what it must do."""
    pattern = _actor_subject()
    match = pattern.match(action) if pattern else None
    if match is None:
        return None
    own = {code for _, code in tm.mentions(match.group(1), language)}
    rest = {code for _, code in tm.mentions(action[match.end():], language)}
    if len(rest) == 1 and not rest & own:
        return next(iter(rest))
    return None


def money_head(action: str, language: str) -> str | None:
    """The code a demand's head decides by itself, or None (then the model decides): when every
    codebook hit in the head (`topic_model.head_spans`: the noun it opens with, the verb after a
    modal and its object) names one and the same code, and that code is one of `decides` in
    data/topic_heads.yaml. "et nytt tilskudd til sykehjem" is a grant (okonomi); "flere
    sykehjemsplasser med statlig tilskudd" names its money after the head and stays with the model,
    and so does a money head whose object names another code ("finansieringa av journalsystema",
    `object_prepositions` in data/topic_heads.yaml): the service is the thing acted on."""
    decides = frozenset(lexicon.load("topic_heads").get("decides", ()))
    if not decides:
        return None
    spans = tm.head_spans(action.casefold())
    if tm.opens_with_adverbial(action):
        spans = spans[1:]  # "i budsjettet for neste år sørger for ...": a fronted adverbial, not the head
    heads = " ".join(action[a:b] for a, b in spans)
    codes = {code for _, code in tm.mentions(heads, language)}
    if not (len(codes) == 1 and codes <= decides):
        return None
    if governed_codes(action, language) - codes:
        return None  # "finansiering av lærlingplassar": the money acts on a service, the model weighs both
    return next(iter(codes))


def governed_codes(action: str, language: str) -> set[str]:
    """The codes named in the objects of a demand's money heads (`topic_heads.governed`): the
    thing its money is an action on."""
    decides = frozenset(lexicon.load("topic_heads").get("decides", ()))
    out: set[str] = set()
    for a, b, c, d in tm.governed(action):
        if {code for _, code in tm.mentions(action[a:b], language)} & decides:
            out |= {code for _, code in tm.mentions(action[c:d], language)}
    return out


def context(text: str, blocks: tuple[Block, ...], start: int, end: int) -> tuple[str, str]:
    """(sentence, heading) of the span text[start:end] of a segmented document: the sentences of
    its block that it overlaps and the heading of its section (training uses the same function)."""
    headings = {b.section: b.text for b in blocks if b.kind == "heading"}
    for block in blocks:
        if block.kind != "heading" and block.start <= start <= block.end:
            parts = [s for s in block.sentences if s.start < end and s.end > start] or list(block.sentences)
            return (text[parts[0].start:parts[-1].end] if parts else block.text), headings.get(block.section, "")
    return text[start:end], ""


def paragraph(blocks: tuple[Block, ...], start: int) -> str:
    """The text of the block holding offset `start` ("" when none does): the paragraph whose
    codebook hits a demand's features read (training uses the same function)."""
    return next((b.text for b in blocks if b.kind != "heading" and b.start <= start <= b.end), "")


@lru_cache(maxsize=8)
def _blocks(document: str) -> tuple[Block, ...]:
    return segmented(document)  # the segmentation the document's context read (memo.segmented)


RUN = re.compile(r"\s{2,}")  # a run of spaces that folds into one
SPACES = re.compile(r"\s+")


@lru_cache(maxsize=8)
def _folded(document: str) -> tuple[str, tuple[int, ...], tuple[int, ...]] | None:
    """The document lower-cased with every run of spaces as one space, and where its runs of two or more spaces stand
    (their folded offsets, with the characters removed up to and including each) to map an offset back; None when
    lower-casing changes the document's length (then the words are searched for with a pattern)."""
    low = document.lower()
    if len(low) != len(document):
        return None
    starts: list[int] = []
    removed: list[int] = []
    gone = 0
    for match in RUN.finditer(low):
        starts.append(match.start() - gone)
        gone += match.end() - match.start() - 1
        removed.append(gone)
    return SPACES.sub(" ", low), tuple(starts), tuple(removed)


def _original(at: int, starts: tuple[int, ...], removed: tuple[int, ...]) -> int:
    """The document offset of the folded offset `at` (a character that is no space)."""
    k = bisect_left(starts, at) - 1
    return at + (removed[k] if k >= 0 else 0)


def locate(action: str, document: str) -> tuple[int, int]:
    """Offsets of a demand's text in the document (case and spacing folded); (-1, -1) if absent. The first match, as a
    search for the words with any spacing between them gives; read from the folded document, no pattern built."""
    words = action.split()
    if not words or not document:
        return -1, -1
    folded = _folded(document)
    needle = " ".join(words).lower()
    if folded is None or len(needle) != len(" ".join(words)):
        pattern = r"\s+".join(re.escape(word) for word in words)
        match = re.search(pattern, document, re.IGNORECASE)
        return match.span() if match else (-1, -1)
    text, starts, removed = folded
    at = text.find(needle)
    if at < 0:
        return -1, -1
    return _original(at, starts, removed), _original(at + len(needle) - 1, starts, removed) + 1


def rank(text: str, language: str = "nb", *contexts: str) -> str | None:
    """The topic of a demand `text` with the contexts the rules pass: the text around it (its
    block, with its heading) and the whole document. When the document holds the text, its
    sentence and heading are taken from the document, as in training. None when neither the text
    nor its contexts say anything the model knows."""
    near = contexts[0] if contexts else ""
    document = contexts[1] if len(contexts) > 1 else ""
    sentence, heading, block = near, "", ""
    start, end = locate(text, document)
    if start >= 0:
        sentence, heading = context(document, _blocks(document), start, end)
        block = paragraph(_blocks(document), start)
    model = tm.load()
    x = tm.features(text, sentence, heading, document, language, model.known, block)
    return decided(text, language) or (predict(model, x, text, sentence, document, language, start)
                                        if model.evidence(x) else None)


def topic_of(text: str, language: str = "nb", context_text: str = "") -> str | None:
    """The topic of a short text (a demand) with the text around it; see `rank`."""
    return rank(text, language, context_text)


def topics_in(text: str, language: str = "nb") -> tuple[str, ...]:
    """Every code the codebook finds in the text, in order of first mention."""
    return tuple(dict.fromkeys(code for _, code in tm.mentions(text, language)))


def discussed_topics(text: str, language: str = "nb", demand_topics: tuple[str, ...] = ()) -> tuple[str, ...]:
    """Topics of a document's meeting, in order of first mention: codes mentioned at least
    DISCUSSED_MIN_MENTIONS times and making up at least DISCUSSED_MIN_SHARE of the document's
    codebook hits, and the topic of every demand raised."""
    counts: dict[str, int] = {}
    for _, code in tm.mentions(text, language):
        counts[code] = counts.get(code, 0) + 1
    least = max(DISCUSSED_MIN_MENTIONS, DISCUSSED_MIN_SHARE * sum(counts.values()))
    return tuple(c for c in counts if counts[c] >= least or c in demand_topics) + tuple(
        sorted({c for c in demand_topics if c not in counts}))
