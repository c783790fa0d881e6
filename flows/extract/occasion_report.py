"""Whether a text reports the occasion its cues name, or only mentions meetings.

`meeting_type.cue_hits` scores every cue; this module says which of them tell the occasion
the document reports (GUIDELINES, "Meeting": the occasion the document reports, `null` when
it reports none):

- `plural_factor`: a plural meeting noun ("i dei bilaterale møta i fjor", "konsultasjonsmøtene i
  vår") names a class of meetings, not one occasion, unless a partitive picks one
  out ("det siste av disse plenumsmøtene"): it counts less;
- `reported_hits`: what the document is (`document_genre`): a letter, a hearing response or a
  debate piece is its author's own utterance and reports no occasion, except an invitation it
  sends; and where the cues stand: a text that names its occasion only in its last part (after
  `tail.fraction` of its characters, none in the title) mentions a meeting in closing or
  background ("Det kjem eit nytt konsultasjonsmøte i haust") and reports none;
- minutes (`minutes.is_minutes`: a minutes title and a field, or two fields, in the header) record the meeting
  they are the minutes of, even when filed with a letter's reference line ("Arkivsak: 24/123", `minutes.over_genres`);
- `framed_hits`: a statement the parties adopted at a meeting is published with a frame that tells
  the meeting before it quotes the statement in full ("Onsdag 4. juni møtte A og B statsråden. Etter
  møtet sende partane ut denne fråsegna: «...»"): the cues of that frame, before the first paragraph
  that opens with a quotation mark, tell the occasion the document reports; the statement's own
  words after it do not (`statement_frame` in `data/meeting_types.yaml`);
- a text that tells who attended, a party a clause or under a list's label ("Frå departementet møtte statssekretær NN",
  "Til stades:"; `listed_attendance`), reports that meeting whatever its genre: a letter or an email to the council
  that orients about a meeting, a statement's frame;
- `dated_in_commentary`: a commentary by the paper's own journalist (a role line of its own, "Politisk redaktør") tells
  what others did: the cues of the writer's paragraphs that date a meeting with a weekday or a date count
  (`commentary`); one named by season or habit does not; in a reader's letter or a debate piece, only a meeting's own
  cue in a dated paragraph that names a person;
- `told_hits`: a debate piece whose writer tells, in the first person and with its day, a meeting they took part in
  ("Tysdag 4. mars sat eg rundt bordet i Kunnskapsdepartementet") reports it: the cues of that paragraph count
  (`own_attendance` in `data/meeting_types.yaml`);
- `under_news`: a news story that prints a letter or a hearing response in full below its own report ("KS møtte
  statsråden 9. oktober ... Brevet er gjengitt under.") reports the occasion its own part tells: the cues before the
  letter's first reference line ("Vår ref.:") count when the story above it has at least
  `printed_under_news.min_words` words (`printed_under_news` in `data/meeting_types.yaml`).

Settings are data (`plural`, `tail`, `coming_rules` in `data/meeting_types.yaml`).
"""
from __future__ import annotations

import re
from dataclasses import replace
from functools import lru_cache
from typing import TYPE_CHECKING

from flows import lexicon
from flows.extract.dates import find_dates
from flows.extract.document_genre import REPORT, genre
from flows.extract.document_layout import Layout, read_layout
from flows.extract.minutes import is_minutes
from flows.extract.occasion_time import is_invitation

if TYPE_CHECKING:
    from flows.extract.occasion_cues import Hit


@lru_cache(maxsize=1)
def _config() -> dict:
    return lexicon.load("meeting_types")


@lru_cache(maxsize=1)
def _plural() -> tuple[re.Pattern[str], re.Pattern[str], float]:
    conf = _config().get("plural") or {}
    return (re.compile(str(conf.get("nouns") or r"(?!x)x"), re.IGNORECASE),
            re.compile(str(conf.get("partitive") or r"(?!x)x"), re.IGNORECASE), float(conf.get("factor", 1.0)))


def plural_factor(text: str, start: int, end: int) -> float:
    """The weight factor of the cue `text[start:end]`: `plural.factor` for a plural meeting noun
    not picked out by a partitive, else 1."""
    nouns, partitive, factor = _plural()
    if not nouns.search(text[start:end]):
        return 1.0
    return 1.0 if partitive.search(text[max(0, start - 60):start]) else factor


BEFORE_PARTY = re.compile(r"(\S+)\s+(?:med|mellom\s+\w+\s+og)\s+(?:\w+\s+){0,2}$", re.IGNORECASE)


def meetings_in_general_before(text: str) -> bool:
    """`text` ends on a plural meeting noun and the party it is held with ("eit fast tema i dei bilaterale
    konsultasjonsmøta med"): the class of meetings, not one occasion (unless a partitive picks one out)."""
    found = BEFORE_PARTY.search(text)
    return found is not None and plural_factor(text, found.start(1), found.end(1)) != 1.0


def in_tail(text: str, hits: list[Hit]) -> bool:
    """True when every hit stands in the text's last part and none in the metadata or title, and together they
    weigh less than `tail.min_told` (a last part that tells the occasion at length reports it)."""
    if not hits or not text:
        return False
    conf = _config().get("tail") or {}
    cut = float(conf.get("fraction", 1.0)) * len(text)
    return all(h.start is not None and h.start >= cut for h in hits) \
        and sum(h.score for h in hits) < float(conf.get("min_told", float("inf")))


def reported_hits(text: str, hits: list[Hit], layout: Layout | None = None,
                  names: tuple[int, ...] = ()) -> list[Hit]:
    """The hits that may tell the occasion the document reports: none in a text that only
    mentions meetings in its last part; all in a report, in minutes and in a text that tells who attended; in a
    letter, a hearing response or a debate piece only an invitation it sends, a statement's frame, the meeting its
    writers tell in the first person with its day, or the one a journalist's commentary dates."""
    if in_tail(text, hits):
        return []
    kind = genre(text if layout is None else layout)
    if kind == REPORT or (kind in _minutes_genres() and is_minutes(text)) or _listed_attendance().search(text):
        return hits  # minutes filed with a reference line ("Arkivsak: 24/123") record their meeting; a text that tells
        # who attended ("Frå departementet møtte statssekretær NN") reports it
    if is_invitation(text):
        return hits  # an invitation, also one sent as an e-mail with its time and place, announces its occasion
    coming = frozenset(str(r) for r in _config().get("coming_rules") or ())
    framed = framed_hits(text, hits) if kind in _frame()[0] else under_news(text, hits)
    told = told_hits(text, hits) if kind in _own_attendance()[0] else []
    told += dated_in_commentary(text, hits, layout, names) if kind in _commentary()[0] else []
    floor = float(lexicon.load("meeting_types")["min_score"])  # the writers were there: their meeting is the one told,
    # however long ago ("Da vi møtte helseministeren i Vadsø i januar" in a piece of October)
    return [replace(h, score=max(h.score, floor)) if h in told else h
            for h in hits if h.rule in coming or h in framed or h in told]


@lru_cache(maxsize=1)
def _own_attendance() -> tuple[frozenset[str], tuple[re.Pattern[str], ...], tuple[re.Pattern[str], ...],
                               re.Pattern[str], re.Pattern[str]]:
    """(genres, first-person clauses, a letter's follow-up clauses, a day, a month) of `own_attendance`."""
    conf = _config().get("own_attendance") or {}

    def compiled(key: str) -> tuple[re.Pattern[str], ...]:
        return tuple(re.compile(str(p), re.IGNORECASE) for p in conf.get(key) or ())

    return (frozenset(str(g) for g in conf.get("genres") or ()), compiled("clauses"), compiled("follow_up"),
            re.compile(str(conf.get("day") or r"(?!x)x")), re.compile(str(conf.get("month") or r"(?!x)x")))


def _told(paragraph: str, follow_up: bool = True, before: str = "") -> bool:
    """A paragraph telling a meeting its writers took part in: a first-person clause with the meeting's day or
    month ("Då vi møtte samferdselsministeren i Molde i september"), or (`follow_up`) a letter's follow-up
    clause with its day ("Vi viser til møtet 21. oktober"; a month is too vague there: "i mars"). The day of a
    first-person clause may stand in the paragraph `before` it, that sets the scene ("I førre veke sette eg meg på
    bussen til Oslo." and then "Eg skulle møte statssekretær NN i Samferdselsdepartementet.")."""
    _, clauses, follow, day, month = _own_attendance()
    if any(c.search(paragraph) for c in clauses):
        return bool(day.search(paragraph) or month.search(paragraph) or day.search(before))
    return follow_up and bool(day.search(paragraph)) and any(c.search(paragraph) for c in follow)


def told_hits(text: str, hits: list[Hit]) -> list[Hit]:
    """The hits of the paragraphs in which a debate piece's writer tells, in the first person and with its day,
    a meeting they took part in, or a letter follows a meeting up with its day (`own_attendance`)."""
    out: list[Hit] = []
    start, before = 0, ""
    for paragraph in text.split("\n\n"):
        end = start + len(paragraph)
        if _told(paragraph, before=before):
            out += [h for h in hits if h.start is not None and start <= h.start < end]
        start, before = end + 2, paragraph
    return out


@lru_cache(maxsize=1)
def _listed_attendance() -> re.Pattern[str]:
    return re.compile(str(_config().get("listed_attendance") or r"(?!x)x"))


@lru_cache(maxsize=1)
def _commentary() -> tuple[frozenset[str], re.Pattern[str], frozenset[str], re.Pattern[str]]:
    """(genres, the journalist's role line, the kinds of date that give a day, a quotation's opening) of
    `commentary`."""
    conf = _config().get("commentary") or {}
    return (frozenset(str(g) for g in conf.get("genres") or ()), re.compile(str(conf.get("writer_roles") or r"(?!x)x")),
            frozenset(str(k) for k in conf.get("day_kinds") or ()),
            re.compile(str(conf.get("quote_opens") or r"(?!x)x")))


@lru_cache(maxsize=1)
def _meeting_rules() -> frozenset[str]:
    """The cues of a meeting itself (`commentary.meeting_rules`), that a commentary by others than the paper's journalist
    may report: not a written piece ("innlegg her i avisa") nor the Storting's question time."""
    return frozenset(str(r) for r in (_config().get("commentary") or {}).get("meeting_rules") or ())


def dated_in_commentary(text: str, hits: list[Hit], layout: Layout | None = None,
                        names: tuple[int, ...] = ()) -> list[Hit]:
    """The hits of the writer's paragraphs that date a meeting with its weekday or date (the date layer's
    `find_dates`, of a kind in `commentary.day_kinds`) in a commentary by the paper's journalist (a role line of
    `commentary.writer_roles` in the header): the occasion it reports, as a news story's. A paragraph that opens a
    quotation is the speaker's, not the writer's. In any other opinion piece (a reader's letter, a debate piece) the
    paragraph must also name a person (`names`: the offsets of full-name mentions) and the cue be one of a meeting
    itself (`commentary.meeting_rules`): "Møtet var 3. september. ... møtte ordføraren statssekretær NN" reports it,
    "Onsdag møtte helseministeren KS. Vi var ikke invitert" and "NN hadde 3. mars eit innlegg her i avisa" do not."""
    _, writer, kinds, quote = _commentary()
    journalist = writer.search("\n".join(read_layout(text).head if layout is None else layout.head)) is not None
    out: list[Hit] = []
    start = 0
    for paragraph in text.split("\n\n"):
        end = start + len(paragraph)
        if (journalist or any(start <= n < end for n in names)) and not quote.search(paragraph) \
                and any(f.kind in kinds for f in find_dates(paragraph)):
            out += [h for h in hits if h.start is not None and start <= h.start < end
                    and (journalist or h.rule in _meeting_rules())]
        start = end + 2
    return out


@lru_cache(maxsize=1)
def _printed() -> tuple[re.Pattern[str], int]:
    conf = _config().get("printed_under_news") or {}
    lines = "|".join(str(p) for p in conf.get("starts") or ()) or r"(?!x)x"
    return re.compile(rf"^(?:{lines})", re.IGNORECASE | re.MULTILINE), int(conf.get("min_words", 150))


def under_news(text: str, hits: list[Hit]) -> list[Hit]:
    """The hits of a news story that prints a letter in full below it: before the letter's first reference line, when
    at least `printed_under_news.min_words` words of the story stand above it (its own report of the meeting)."""
    start_line, least = _printed()
    letter = start_line.search(text)
    if letter is None or len(text[:letter.start()].split()) < least:
        return []
    return [h for h in hits if h.start is not None and h.start < letter.start()]


@lru_cache(maxsize=1)
def _minutes_genres() -> frozenset[str]:
    """The genres whose header cue a minutes layout outranks (`minutes.over_genres`): a reference line belongs to
    the minutes' filing as much as to a letter's."""
    return frozenset(str(g) for g in (_config().get("minutes") or {}).get("over_genres") or ())


@lru_cache(maxsize=1)
def _frame() -> tuple[frozenset[str], re.Pattern[str]]:
    conf = _config().get("statement_frame") or {}
    opens = "".join(re.escape(str(o)) for o in conf.get("opens") or ())
    headings = "|".join(re.escape(str(h)) for h in conf.get("headings") or ()) or r"(?!x)x"
    announcing = str(conf.get("announcing") or r"(?!x)x")
    return (frozenset(str(g) for g in conf.get("genres") or ()),
            re.compile(rf"(?:^|\n)[ \t]*(?:[{opens}]|(?:{headings})[ \t]*:?[ \t]*\n)|{announcing}" if opens else r"(?!x)x"))


def framed_hits(text: str, hits: list[Hit]) -> list[Hit]:
    """The hits in the frame of a statement quoted in full: before the first paragraph that opens with a
    quotation mark or a heading line that names the statement ("UTTALELSE"), or after a sentence that announces it
    ("vedtok samrøystes denne uttalen:"); none when nothing does: the whole text is the statement."""
    quoted = _frame()[1].search(text)
    if quoted is None:
        return []
    return [h for h in hits if h.start is not None and h.start < quoted.start()]


def told_in_first_person(text: str) -> bool:
    """True when a paragraph tells, in the first person and with its day or month, a meeting its writers took part
    in ("Då vi møtte samferdselsministeren i Molde i september": `own_attendance.clauses`, not a letter's
    follow-up)."""
    paragraphs = text.split("\n\n")
    return any(_told(p, follow_up=False, before=b) for p, b in zip(paragraphs, ("", *paragraphs)))
