"""Direct quotations: where a quotation starts and ends, and its attribution.

A quotation is a dash-led paragraph ("– ..."), a paragraph in «» (also one run over
several paragraphs, « opened again at each: `open_run_speaker`), a quotation opened
after a narrative sentence in the same paragraph ("... mener: – ...", "... sa ho. –Vi ..."),
or a pull quote above a byline ("NN, styreleder i KS"). The quoted words end
where the attribution clause begins (", sier NN.", "Det sa NN ..."); a quotation
opened again after it (", sier NN, «...»") goes on as a statement of its own. A
paragraph "Det sier NN til avisa." also attributes the plain paragraph(s) before
it (`points_back`, `prose_quote`). Short «» phrases inside narrative sentences are
`inline_quotes`.
"""
from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache

from flows import lexicon
from flows.extract import roles as R
from flows.extract.captions import without_credit
from flows.extract.layout import after_box, contact_line

from flows.extract.quote_attribution import AttributionClause, det_sa, subject_speaker, trailing
from flows.extract.mentions import MentionLayer
from flows.extract.people import People
from flows.model import Block, Mention, Sentence
from flows.segment import split_sentences

# a quotation opening after a sentence end: a dash with or without a space ("... sa ho. –Vi ..."), a
# hyphen right before a capital ("... sa ho. -Vi ..."), or «
OPENER = re.compile(r"(?<=[.!?:])\s+(?:–\s*|-(?=[A-ZÆØÅ])|«)(?=[«\"]?[A-ZÆØÅ0-9])")
REOPEN = re.compile(r",\s+(?:«|–\s)")  # the quotation opened again after its attribution
DASH_AFTER_END = re.compile(r"(?<=[.!?])\s+– ")
TERMINAL = re.compile(r"(?:[.!?»…]|\s[–—])\s*$")  # a dash at the end: speech broken off
INNER_TERMINAL = re.compile(r"(?:[.!?…]\s*»|»\s*[.!?])\s*$")  # «...» as a whole sentence: its end mark in or after it
WORDS = re.compile(r"[\wæøåÆØÅ]+")
TAGS_AT_END = re.compile(r"(?:\s+[@#][\w.]+)+(?=[»\"]?\s*$)")  # "... ikke staten. @Nordby @KSkommune»"
PULL_QUOTE_WORDS = 12
LABEL = re.compile(r"^(?P<label>[^:–«»\n]{2,60}?):\s+[–-]\s*(?=\S)")
LABEL_TAIL = re.compile(r"\s+(?:til|om|frå|fra|på|etter|mot)\s+")
LABEL_WORDS = 4
APPOSITION_AFTER = re.compile(r",\s+[a-zæøå][^,]*$")  # a role after the name, in lower case: not the label's words
CLOSED_THEN_NARRATIVE = re.compile(r"[.!?]?\s+[A-ZÆØÅ]")
THIRD_PERSON_START = re.compile(r"^(?:Han|Hun|Ho|Hen|De|Dei|KS|Det\s+(?:sa|sier|seier))\b")


@dataclass(frozen=True)
class Quoted:
    """One quotation: the quoted words and, when found, their attribution."""

    start: int
    end: int
    attribution: AttributionClause | None
    rest: tuple[Sentence, ...]  # sentences after the attribution in the same block


def opener(block: Block) -> tuple[int, int] | None:
    """(end of the narrative, start of the quotation) when a quotation opens inside a paragraph."""
    match = OPENER.search(block.text)
    if not match:
        return None
    return block.start + match.start(), block.start + match.end() - (1 if match.group(0).endswith("«") else 0)


def read(text: str, start: int, end: int, people: People) -> Quoted:
    """Split text[start:end] (a quotation with its dash removed) into quote and attribution."""
    sentences = _sentences(text, start, end)
    for i, sentence in enumerate(sentences):
        found = trailing(sentence.text, sentence.start, people, before=start)
        if found:
            rest = sentences[i + 1:]
            again = REOPEN.search(sentence.text, found.start + 1)
            if again:  # «Vi må,» sier NN, «få meir pengar.»: the quotation goes on after the attribution
                at = sentence.start + again.start() + len(again.group(0).rstrip()) - 1  # at the « or the dash
                rest = (Sentence(at, sentence.end, text[at:sentence.end]),) + rest
            return Quoted(start, sentence.start + found.start, found, rest)
        if i > 0:
            found = det_sa(sentence.text, sentence.start, people)
            if found and found.speaker is not None:
                return Quoted(start, sentences[i - 1].end, found, sentences[i + 1:])
    return Quoted(start, end, None, ())


def _sentences(text: str, start: int, end: int) -> tuple[Sentence, ...]:
    """Sentences of a quotation; a dash after a sentence end opens a new one ('Gram. – Men ...')."""
    out: list[Sentence] = []
    for sentence in split_sentences(text[start:end], start):
        pieces = [0] + [m.end() - 2 for m in DASH_AFTER_END.finditer(sentence.text)] + [len(sentence.text)]
        for a, b in zip(pieces, pieces[1:]):
            piece = sentence.text[a:b]
            lead = len(piece) - len(piece.lstrip())
            if piece.strip():
                out.append(Sentence(sentence.start + a + lead, sentence.start + a + len(piece.rstrip()), piece.strip()))
    return tuple(out)


def open_run_speaker(blocks: tuple[Block, ...], i: int, doc: str, people: People) -> Mention | None:
    """A paragraph that opens with « and leaves it open goes on in the next paragraph, which opens
    with « again (the Norwegian way of quoting over several paragraphs); the speaker is the person
    the paragraph that closes the run attributes it to."""
    def still_open(block: Block) -> bool:
        return block.text.startswith("«") and block.text.count("«") > block.text.count("»")
    j = i
    while j < len(blocks) and blocks[j].section == blocks[i].section and still_open(blocks[j]):
        j += 1
    if j == i or j >= len(blocks) or blocks[j].section != blocks[i].section or not blocks[j].text.startswith("«"):
        return None
    found = read(doc, blocks[j].start, blocks[j].end, people).attribution
    return found.speaker if found is not None else None


def continuation_speaker(blocks: tuple[Block, ...], i: int, doc: str, people: People) -> Mention | None:
    """The person a dash paragraph with no attribution of its own belongs to when the paragraph
    right after it goes on in the first person without a dash (the dash lost, guideline 12) and
    closes with an attribution ("– X." then "Vi krev Y, sa NN."): the run is NN's. A table or a fact box
    between them is stepped over (`layout.after_box`)."""
    j = after_box(blocks, i + 1)
    if j >= len(blocks) or blocks[j].section != blocks[i].section or blocks[j].kind != "paragraph" \
            or blocks[j].marker != "" or blocks[j].level > 0:
        return None
    text = blocks[j].text
    if reopens(text) or not continues_quote(text):
        return None
    found = read(doc, blocks[j].start, blocks[j].end, people).attribution
    return found.speaker if found is not None else None


def labelled_attributed(doc: str, head: str, opens: int, end: int, people: People) -> bool:
    """A short label before a colon and a dash ("Nordby: – ...", a dateline or a place) opens a
    quotation when the quoted words close with an attribution naming a person ("..., seier NN");
    without one the label is a headline's ("KS: – Vi vil ha meir")."""
    if len(head.split()) > LABEL_WORDS:
        return False
    found = read(doc, opens, end, people).attribution
    return found is not None and found.speaker is not None


def clean(text: str, start: int, end: int) -> tuple[str, int, int]:
    """The quoted words without dash, quote marks and a trailing comma."""
    while start < end and text[start] in "–«\"' ":
        start += 1
    while end > start and text[end - 1] in " ,»\"":
        end -= 1
    return text[start:end], start, end


def points_back(block: Block, people: People) -> Mention | None:
    """The person a paragraph opening "Det sier NN (til avisa)." / "Det seier ho til NPK."
    attributes the paragraph(s) before it to; None when the subject is not a person
    ("Det sier seg selv.")."""
    sentence = block.sentences[0] if block.sentences else None
    if sentence is None:
        return None
    found = det_sa(sentence.text, sentence.start, people)
    if found is not None and found.speaker is not None:
        return found.speaker
    cut = re.match(r"^(?P<head>[^,]+?),\s+som\s", sentence.text)  # "Det fortel NN, som meiner ..."
    if cut:
        found = det_sa(cut.group("head"), sentence.start, people)
        return found.speaker if found is not None else None
    return None


def prose_quote(text: str, nearest: bool) -> bool:
    """A paragraph without dash or quote marks that an attribution paragraph after it
    points back to: the nearest one needs only read like speech; one further back
    must go on in the first person."""
    if text.startswith(("–", "-", "«", "\"")) or text.rstrip().endswith(":"):
        return False
    if nearest:
        return looks_like_speech(text)
    return first_person(text) and not THIRD_PERSON_START.match(text) and looks_like_speech(text)


def looks_like_speech(text: str) -> bool:
    """A quotation paragraph ends like a sentence and has a few words; one in «»
    is quoted as a whole (not a title or a phrase in quotes)."""
    text = TAGS_AT_END.sub("", without_credit(text.strip()))  # a post closing with handles or hashtags
    if text.startswith("«") and not (text.count("»") == 1 and re.search(r"»[.!?]?$", text)):
        return False
    if text.startswith("«") and not INNER_TERMINAL.search(text):
        return False  # «Nye tider i dalen»: a title or a subheading in quote marks, no sentence
    return bool(TERMINAL.search(text)) and len(WORDS.findall(text)) >= 4


def context_quote(text: str, after_quote: bool) -> bool:
    """An unattributed dash paragraph reads as the current speaker's words: it
    follows a quotation, is in the first person, or is a long sentence."""
    return looks_like_speech(text) and (after_quote or first_person(text) or len(WORDS.findall(text)) >= 15)


def closed_end(doc: str, start: int, end: int) -> int:
    """Where a quotation opened with « at `start` ends: after its closing » when the narrator's
    own sentences follow in the paragraph ("NN sa: «...» Den setningen ..."); else `end`."""
    if doc[start:start + 1] != "«":
        return end
    close = doc.find("»", start, end)
    if close < 0 or "«" in doc[start + 1:close] or not CLOSED_THEN_NARRATIVE.match(doc, close + 1, end):
        return end
    return close + 1


def label_quote(block: Block, doc: str, people: People) -> tuple[int, Mention] | None:
    """(start of the quoted words, speaker) of a headline that quotes a person under a short label
    ("Statsråden: – Vi lyttar", "Ordføreren til statsråden: – ..."): the label's subject names a
    person (title, name or surname), and the quoted words are not quoted again in the text (a
    repeated headline quote gives the body's statement)."""
    match = LABEL.match(block.text)
    label = APPOSITION_AFTER.sub("", match.group("label")) if match else ""  # "KLIPP, NN, leiar i ungdomsrådet"
    if not match or len(label.split()) > LABEL_WORDS:
        return None
    subject = LABEL_TAIL.split(label)[0]
    speaker = subject_speaker(subject, people, block.start)
    start = block.start + match.end()
    words = doc[start:block.end].strip().rstrip(".!?»").strip().casefold()
    if speaker is None or speaker.name not in {p.name for p in people.persons}:
        return None  # "Høringssvar: – ...": a label, not a person the text names
    if not words or _quoted_again(WORDS.findall(words), WORDS.findall(doc[:block.start] + " " + doc[block.end:])):
        return None
    return start, speaker


def _quoted_again(words: list[str], rest: list[str], slack: int = 2) -> bool:
    """The words occur again in order in `rest`, with at most `slack` words inserted among them
    ("Vi kan ikke ansette oss ut av krisen" in "... ansette oss ut av denne krisen")."""
    words = [w.casefold() for w in words]
    rest = [w.casefold() for w in rest]
    for i, word in enumerate(rest):
        if word != words[0]:
            continue
        k, j = 1, i + 1
        while k < len(words) and j < len(rest) and j - i < len(words) + slack:
            k, j = (k + 1, j + 1) if rest[j] == words[k] else (k, j + 1)
        if k == len(words):
            return True
    return False


def repeated_later(doc: str, words: str, after: int) -> bool:
    """Short quoted words that the text quotes again further on: a pull quote or a subheading
    taken from a later quotation, which gives that quotation's statement, not one of its own."""
    words = words.strip().strip("«»\"").rstrip(".!?").strip()
    return 0 < len(WORDS.findall(words)) <= PULL_QUOTE_WORDS and doc.find(words, after) >= 0


def first_person(text: str) -> bool:
    return any(w.casefold() in R.first_person() for w in WORDS.findall(text))


def reopens(text: str) -> bool:
    """The passage opens the quotation again with a dash or a quote mark."""
    return text.startswith(("– ", "«", '"'))


def continues_quote(text: str) -> bool:
    """A passage that plainly goes on with the speaker's words: it opens a new
    quotation with a dash or «, or it is in the first person and does not open by naming
    the quoted words ("Det sitatet bør vi merke oss.": the writer's comment)."""
    if text.startswith(("– ", "«")):
        return True
    return first_person(text) and not THIRD_PERSON_START.match(text) and not _QUOTE_REFERENCE().match(text) \
        and looks_like_speech(text)


def names_speaker(text: str, speaker: Mention | None) -> bool:
    """True when a passage names the speaker by their surname: it speaks of them in the third person
    ("KS stilte med Dal og fleire styremedlemer."), so it is the writer's, not more of their words."""
    if speaker is None or " " not in speaker.name:
        return False
    surname = speaker.name.split()[-1]
    return re.search(rf"(?<![\w-]){re.escape(surname)}(?![\w-])", text) is not None


@lru_cache(maxsize=1)
def _QUOTE_REFERENCE() -> re.Pattern[str]:
    words = lexicon.load("speech_verbs")["quotation_references"]
    return lexicon.phrase_pattern(words, before="")


def byline(block: Block, mentions: MentionLayer) -> Mention | None:
    """'NN, styreleder i KS' on a line of its own (under a pull quote)."""
    text = block.text.strip()
    if TERMINAL.search(text) and not text.endswith(")") or len(text.split()) > 12 or ", " not in text \
            or contact_line(text):
        return None
    return mentions.byline(block)
