"""The writers of an opinion piece who tell, in the first person, a meeting they took part in.

A debate piece reports the meeting its writers tell with its day ("Då vi møtte samferdselsminister NN i Molde i
september", `occasion_report.told_hits`). The "vi" of that clause are the writers: the persons its byline names
("NN, fylkesleiar i KS Møre og Romsdal" on a line of its own, "Av A, role, og B, role") took part, though no
sentence of the body names them at the meeting. Only an opinion piece's byline counts (`document_genre`), only
lines that open with a person's full name (after "Av"), and only when a first-person clause tells the meeting
(`occasion_report.told_in_first_person`): a letter's "Vi viser til møtet" places no signatory there.
"""
from __future__ import annotations

from flows.extract.document_genre import genre
from flows.extract.document_layout import Layout
from flows.extract.occasion_report import told_in_first_person
from flows.extract.people import People
from flows.model import Mention

OPINION = "opinion"


def writers_present(text: str, layout: Layout, people: People) -> tuple[Mention, ...]:
    """The persons named on the byline of an opinion piece whose writers tell, in the first person, the meeting
    they took part in; () for any other text."""
    if genre(layout) != OPINION or not told_in_first_person(text):
        return ()
    known = {p.name: p for p in people.persons}
    out: dict[str, Mention] = {}
    for line in layout.bylines:
        start, end = line.at + line.skip, line.at + len(line.text)
        on_line = [m for m in people.mentions if m.kind == "full" and start <= m.start < end]
        if not on_line or on_line[0].start != start:
            continue  # the line does not open with a name: a title, a lead, a caption
        for mention in on_line:
            out.setdefault(mention.name, known.get(mention.name, Mention(mention.name, mention.role,
                                                                         mention.organisation)))
    return tuple(out.values())
