"""The writers of an opinion piece who tell, in the first person, a meeting they took part in; the writer of a social
media post who tells their own meeting (`post_author`, or who signs it off at its end: `signed_post`), and the sender
of an email who does (`email_sender`).

A debate piece reports the meeting its writers tell with its day ("Då vi møtte samferdselsminister NN i Molde i
september", `occasion_report.told_hits`). The "vi" of that clause are the writers: the persons its byline names
("NN, fylkesleiar i KS Møre og Romsdal" on a line of its own, "Av A, role, og B, role") took part, though no
sentence of the body names them at the meeting. Only an opinion piece's byline counts (`document_genre`), only
lines that open with a person's full name (after "Av"), and only when a first-person clause tells the meeting
(`occasion_report.told_in_first_person`): a letter's "Vi viser til møtet" places no signatory there.
"""
from __future__ import annotations

import re
from functools import lru_cache

from flows import lexicon
from flows.extract import roles as R
from flows.extract.document_genre import genre
from flows.extract.document_layout import Layout
from flows.extract.occasion_cues import any_cue
from flows.extract.occasion_report import told_in_first_person
from flows.extract.people import People, parse_person
from flows.extract.social_posts import TIME_HEADER
from flows.extract.person_names import name_candidates
from flows.model import Mention


@lru_cache(maxsize=1)
def first_person_meeting() -> re.Pattern[str]:
    """A meeting the writer tells in the first person (`first_person_meeting` in data/participant_patterns.yaml)."""
    return re.compile("|".join(f"(?:{p})" for p in lexicon.load("participant_patterns")["first_person_meeting"]),
                      re.IGNORECASE)

OPINION = "opinion"


def writers_present(text: str, layout: Layout, people: People) -> tuple[Mention, ...]:
    """The persons named on the byline of an opinion piece whose writers tell, in the first person, the meeting
    they took part in; () for any other text."""
    posted = post_author(text, people) or email_sender(text, layout, people) or signed_post(text, people) or \
        undersigned(text, people) or signed_piece(text, people)
    if posted is not None:
        return (posted,)
    if genre(layout) != OPINION or not told_in_first_person(text):
        return ()
    known = {p.name: p for p in people.persons}
    out: dict[str, Mention] = {}
    for line in layout.bylines:
        start, end = line.at + line.skip, line.at + len(line.text)
        spans = [(start, end)]
        if line.next_line and text.startswith(line.next_line, end + 1):  # "Tore Brandsegg, ordfører i Snåsa (Ap)"
            spans.append((end + 1, end + 1 + len(line.next_line)))  # under the first writer's line: the second
        for a, b in spans:
            on_line = [m for m in people.mentions if m.kind == "full" and a <= m.start < b]
            signed = _signed_with_office(text[a:b]) if not on_line and line.skip else None
            if signed is not None:  # "Av NN, ordførar i Tydal (Sp)": a credit the people of the text leave out
                out.setdefault(signed.name, signed)
                continue
            if not on_line or on_line[0].start != a:
                break  # the line does not open with a name: a title, a lead, a caption
            for mention in on_line:
                out.setdefault(mention.name, known.get(mention.name, Mention(mention.name, mention.role,
                                                                             mention.organisation)))
    return tuple(out.values())


# a post's own meeting told in the first person: "I dag har jeg, sammen med rådmann NN, hatt et godt møte med ..."
BY = re.compile(r"(?<![\w-])(?:v/|ved)\s+")  # an office's sender by the person writing for it
SENDER_TAIL = re.compile(r"\s*(?:,|<|\()")  # after the sender's name in the field: a role, an address
PROFILE_ROLE = re.compile(r"\s*(?:[–—-]|,)\s")  # "Trond Heggebø – ordfører i Hjelmeland": the name, then the role
PLATFORM_LINE = re.compile(r"\s[·•]\s")  # "Ordfører i Stange · 3. april kl. 16:42 · 🌍", "1 u • Redigert • 🌐"
DEGREE = re.compile(r"\s+•\s+\d\.?\s*$")  # a profile name's connection degree ("Hanne Lier Sørbø • 1.")


def post_author(text: str, people: People) -> Mention | None:
    """The writer of a social media post as the platform shows it (their full name on the first line, alone or with a
    dash and their role; a line of role, time and audience joined by "·" under it) who tells, in the first person, a meeting they had; None
    otherwise."""
    lines = [line.strip() for line in text.strip().split("\n", 2)]
    lines[0] = DEGREE.sub("", lines[0])
    role_line = None
    if len(lines) == 3 and not PLATFORM_LINE.search(lines[1]) and _role_line(lines[1]):
        role_line = lines[1].split("|", 1)[0].strip()
        rest = lines[2].split("\n", 1)  # "Per Holm" over "Ordførar i Nordby" over "12. mars kl. 14:02": the role on a
        if len(rest) == 2 and (TIME_HEADER.search(rest[0]) or PLATFORM_LINE.search(rest[0])):  # line of its own, the
            # time under it ("12. mars kl. 14:02", "3 t · Offentlig")
            lines = [lines[0], rest[0], rest[1]]
    if len(lines) < 3 or not (PLATFORM_LINE.search(lines[1]) or TIME_HEADER.search(lines[1])) \
            or not first_person_meeting().search(lines[2]):
        return None
    author = next((p for p in people.persons if " " in p.name and (p.name == lines[0] or (
        lines[0].startswith(p.name) and PROFILE_ROLE.match(lines[0], len(p.name))))), None)
    if author is not None and author.role is None and role_line is not None:  # "Statssekretær i Barne- og
        profiled = parse_person(f"{author.name}, {role_line}")  # familiedepartementet" under the name: the office
        return profiled if profiled.name == author.name and profiled.role else author
    return author


def _role_line(line: str) -> bool:
    """A profile's short line that opens with a role ("Ordførar i Nordby", the roles lexicon)."""
    words = line.split("|", 1)[0].split()  # "Kommunedirektør i Nord-Fron kommune | Opptatt av ...": the headline's role
    return 0 < len(words) <= 8 and R.is_role(words[0].strip(",").casefold())


@lru_cache(maxsize=1)
def _sender_fields() -> frozenset[str]:
    conf = lexicon.load("document_genres")["own_voice"]
    return frozenset(" ".join(w.casefold().split()) for w in conf["sender_fields"])


def email_sender(text: str, layout: Layout, people: People) -> Mention | None:
    """The sender of an email (a memo field of its header naming the sender, "Frå: Per Holm", beside another field;
    `Layout.memo`) whose body tells, in the first person, a meeting they had ("I går var eg og rådmann NN i
    departementet og møtte statssekretær MM"); None otherwise."""
    sender = next((value.strip() for field, value in layout.memo if field in _sender_fields()), None)
    if sender is not None and (by := BY.search(sender)) is not None:
        sender = sender[by.end():].strip()  # "Frå: Regionkontoret v/ NN": the person who writes for the office
    if sender is None or len(layout.memo) < 2 or not first_person_meeting().search(text[text.find(sender) + len(sender):]):
        return None
    return next((p for p in people.persons if " " in p.name and (p.name == sender or (
        sender.startswith(p.name) and SENDER_TAIL.match(sender, len(p.name))))), None)  # "Frå: NN, ordførar", "NN <e-post>"


SIGN_OFF = re.compile(r"^[ \t]*[–—-][ \t]*(?P<who>[^\n]{3,80}?)[ \t]*$", re.MULTILINE)  # "– Ordførar NN" on its own line
SIGN_OFF_LINES = 8  # a sign-off stands among a post's last lines (its credit, hashtags and comments under it)
SIGN_OFF_WORDS = 6


def signed_post(text: str, people: People) -> Mention | None:
    """The writer who signs a post off on a line of their own near its end ("– Ordførar Aslaug Vaage Sandvik": a
    role and a full name after a dash, the line ending with the name) and whose post tells, in the first person, a
    meeting they had ("Takk for eit godt møte"); None otherwise."""
    lines = [m for m in SIGN_OFF.finditer(text)]
    tail = text.rstrip().rsplit("\n", SIGN_OFF_LINES)[0] if text.count("\n") > SIGN_OFF_LINES else ""
    for line in reversed(lines):
        if line.start() < len(tail) or len(line.group("who").split()) > SIGN_OFF_WORDS:
            continue
        end = line.end("who")
        named = next((m for m in people.mentions if m.kind == "full" and line.start("who") <= m.start and m.end == end),
                     None)
        if named is not None and first_person_meeting().search(text[:line.start()]):
            return next((p for p in people.persons if p.name == named.name), None)
    return None


# the letter's writer placed at the meeting by the word for the signatory ("Frå kommunane møtte underteikna, ..."), or
# among the company in the first person ("Det var verdfullt for kommunedirektør A, kommunalsjef B og meg å få leggje
# fram ...", "takke for at du tok deg tid til å møte oss"; a letter of thanks, round 47)
UNDERSIGNED = re.compile(r"(?<![\w-])(?:møtte|deltok|delteke|var|og|,)\s+(?:underteikna|undertegnede|undertegnet)"
                         r"(?![\w-])|(?-i:[A-ZÆØÅ])[\wæøå-]+\s+og\s+meg\s+(?:å|til\s+å)\s"
                         r"|(?<![\w-])tid\s+til\s+å\s+møte\s+(?:oss|meg)(?![\w-])", re.IGNORECASE)


@lru_cache(maxsize=1)
def _salutation() -> re.Pattern[str]:
    """A letter's closing salutation on a line of its own ("Med helsing": the letter genre's `tail` in
    data/document_genres.yaml)."""
    tail = lexicon.load("document_genres")["genres"]["letter"]["tail"]
    return re.compile("|".join(f"(?:{p})" for p in tail), re.IGNORECASE | re.MULTILINE)


def undersigned(text: str, people: People) -> Mention | None:
    """The signatory of a letter that places "underteikna" (the undersigned) at its meeting: the first person named
    in full after its closing salutation ("Med helsing" over "Astrid Nes Tenold" over "ordførar"); None otherwise."""
    said = UNDERSIGNED.search(text)
    closing = [m for m in _salutation().finditer(text)]
    if said is None or not closing or closing[-1].start() < said.end():
        return None
    end = closing[-1].end()
    named = next((m for m in sorted(people.mentions, key=lambda m: m.start) if m.kind == "full" and m.start >= end),
                 None)
    return next((p for p in people.persons if named is not None and p.name == named.name), None)


I_WORDS = re.compile(r"(?<![\w-])(?:eg|jeg|meg)(?![\w-])", re.IGNORECASE)
SENTENCE_END = re.compile(r"(?<=[.!?])\s+")


def _i_at_occasion(text: str) -> bool:
    """A sentence in the writer's first person singular that tells an occasion ("Sist torsdag satt jeg i panelet da
    departementet inviterte til frokostmøte", "foredraget jeg holdt på KS' kommuneøkonomikonferanse"): a signed
    piece's writer was there (stop 62: of the bylines with an office in all sets, 7 pieces have such a sentence and 6
    of their writers are gold participants)."""
    return any(I_WORDS.search(s) and any_cue().search(s) for s in SENTENCE_END.split(text))


OFFICE_AFTER = re.compile(r"\s*,\s*(?P<office>[a-zæøå][\wæøå-]*)")


def _signed_with_office(line: str) -> Mention | None:
    """The writer a byline names after "Av" with an office ("Oddvar Nes, ordførar i Tydal (Sp)": the author of a
    debate piece); None for a journalist's credit ("Av NN", "Av NN, journalist")."""
    found = name_candidates(line)
    if not found or found[0][1] != 0:
        return None
    name, _, end = found[0]
    office = OFFICE_AFTER.match(line, end)
    if office is None or not R.is_role(office.group("office").casefold()) \
            or office.group("office").casefold() in _press():
        return None
    return parse_person(line)


@lru_cache(maxsize=1)
def _press() -> frozenset[str]:
    data = lexicon.load("participant_patterns")
    return frozenset(str(w).casefold() for w in (*data.get("press_roles", ()), *data.get("name_titles", ())))



# a column's or a blog's writer: the name that closes the text on a line of its own, a role under it ("Geir Ove
# Tveiten" over "ordførar i Aurland"), or follows the blog's name on the first line ("Kommunestyrebloggen – Eldbjørg
# Nes"; a mayor's column and a councillor's blog, round 47)
BLOG_HEADER = re.compile(r"^[^\n]*blogg\w*[ \t]*[–—|-][ \t]*(?P<who>[^\n]{3,60}?)[ \t]*$", re.IGNORECASE)


SECOND_WRITER = re.compile(r"\sog\s+[A-ZÆØÅ]")  # "Av A, leiar i KS Vestland, og B (Sp), fylkesordførar": two writers
HEAD_LINES = 5  # the lines under the title where a signed piece names its writer with an office ("Av NN, ordførar")


def signed_piece(text: str, people: People) -> Mention | None:
    """The writer of a column or a blog post that tells, in the first person, a meeting they took part in: the full
    name closing the text on its own line (a role line under it, or nothing), the name after the blog's name on
    the first line, or the writer with an office on a line under the title ("Av NN, ordførar i X", round 48); None
    otherwise."""
    lines = [line.strip() for line in text.strip().split("\n") if line.strip()]
    if len(lines) < 4:
        return None
    header = BLOG_HEADER.match(lines[0])
    candidates = [header.group("who")] if header else []
    signed = next((m for m in (_signed_with_office(line[3:]) for line in lines[1:HEAD_LINES]
                               if line.startswith("Av ") and not SECOND_WRITER.search(line)) if m is not None), None)
    if signed is not None and (first_person_meeting().search(text) or _i_at_occasion(text)):
        return signed  # "Av Synnøve Brekke Lid, ordførar i Voss herad" under a weekly letter's title
    if len(lines[-1].split()) <= 8 and R.is_role(lines[-1].split()[0].strip(",").casefold()):
        candidates.append(lines[-2])  # "Geir Ove Tveiten" over "ordførar i Aurland"
    candidates.append(lines[-1])
    for who in candidates:
        person = next((p for p in people.persons if " " in p.name and p.name == who), None)
        if person is not None and first_person_meeting().search(text):
            return person
    return None
