"""The writers of an opinion piece who tell, in the first person, a meeting they took part in; the writer of a social
media post who tells their own meeting (`post_author`).

A debate piece reports the meeting its writers tell with its day ("Då vi møtte samferdselsminister NN i Molde i
september", `occasion_report.told_hits`). The "vi" of that clause are the writers: the persons its byline names
("NN, fylkesleiar i KS Møre og Romsdal" on a line of its own, "Av A, role, og B, role") took part, though no
sentence of the body names them at the meeting. Only an opinion piece's byline counts (`document_genre`), only
lines that open with a person's full name (after "Av"), and only when a first-person clause tells the meeting
(`occasion_report.told_in_first_person`): a letter's "Vi viser til møtet" places no signatory there.
"""
from __future__ import annotations

import re

from flows.extract.document_genre import genre
from flows.extract.document_layout import Layout
from flows.extract.occasion_report import told_in_first_person
from flows.extract.people import People
from flows.model import Mention

OPINION = "opinion"


def writers_present(text: str, layout: Layout, people: People) -> tuple[Mention, ...]:
    """The persons named on the byline of an opinion piece whose writers tell, in the first person, the meeting
    they took part in; () for any other text."""
    posted = post_author(text, people)
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
            if not on_line or on_line[0].start != a:
                break  # the line does not open with a name: a title, a lead, a caption
            for mention in on_line:
                out.setdefault(mention.name, known.get(mention.name, Mention(mention.name, mention.role,
                                                                             mention.organisation)))
    return tuple(out.values())


# a post's own meeting told in the first person: "I dag har jeg, sammen med rådmann NN, hatt et godt møte med ..."
FIRST_PERSON_MEETING = re.compile(r"(?<![\w-])(?:jeg|eg|vi)(?![\w-])[^.!?\n]{0,100}?(?:(?<![\w-])(?:møtte|møtt|hatt|hadde|"
                                  r"deltok|delteke|deltatt)(?![\w-])[^.!?\n]{0,60}?møte|(?<![\w-])for\s+å\s+møte(?![\w-]))",
                                  re.IGNORECASE)  # "... og jeg i Oslo for å møte energiministeren"
PROFILE_ROLE = re.compile(r"\s*(?:[–—-]|,)\s")  # "Trond Heggebø – ordfører i Hjelmeland": the name, then the role
PLATFORM_LINE = re.compile(r"\s·\s")  # "Ordfører i Stange · 3. april kl. 16:42 · 🌍"


def post_author(text: str, people: People) -> Mention | None:
    """The writer of a social media post as the platform shows it (their full name on the first line, alone or with a
    dash and their role; a line of role, time and audience joined by "·" under it) who tells, in the first person, a meeting they had; None
    otherwise."""
    lines = [line.strip() for line in text.strip().split("\n", 2)]
    if len(lines) < 3 or not PLATFORM_LINE.search(lines[1]) or not FIRST_PERSON_MEETING.search(lines[2]):
        return None
    return next((p for p in people.persons if " " in p.name and (p.name == lines[0] or (
        lines[0].startswith(p.name) and PROFILE_ROLE.match(lines[0], len(p.name))))), None)
