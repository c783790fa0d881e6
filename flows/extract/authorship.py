"""Who wrote a document, when an organisation wrote it itself or it was written in its name.

A talk manuscript, an opinion piece signed by an organisation's officer, a letter or hearing
response it signs, a statement it adopted: the positions such a text takes in its own voice are
that organisation's demands (GUIDELINES rules 1, 3, 7, 11). Ordinary news, also news an
organisation's own staff wrote about it, has no author voice (rule 3). So an author is only
found from the document's own layout: a genre label in its header (a talk's header line, an
opinion marker, a statement's title "Uttalelse fra X") together with the line naming the author,
or a letter's signature at its end ("Med vennlig hilsen" and the organisation).

Only the first few and the last few lines of a document are read, line by line, as the layout
layer found them (`document_layout.Layout`, computed once per document): a header is several
short lines in one block as often as one line per block.
"""
from __future__ import annotations

import re
from dataclasses import dataclass
from flows.extract import roles as R
from flows.extract.actors import GOVERNMENT, ActorHit, addressees_in, claimants_in, generic_claimants, is_ks_body
from flows.extract.speaker_claimant import ks_office, named_organisation
from flows.extract.state_bodies import letterhead_body
from flows.extract.organisation_names import organisations_in
from flows.extract.counterpart import addressed_ministry
from flows.extract.home_body import PLACE, councils_in, is_council, kind_of
from flows.extract.voice import all_claimants
from flows.extract.document_layout import MAX_TITLE, META_SEPARATOR, SIGNED_LINES, Byline, Layout, pattern
from flows.extract.ministry_actors import ministry_aliases
from flows.extract.mentions import MentionLayer
from flows.extract.notes import notes_author, notes_recipient
from flows.extract.person_names import name_candidates
from flows.model import Mention

MAX_BYLINE_ROLE = 60
MAX_COSIGNER = 80  # a co-signing organisation's line, with a signer's name and role
ROLE_TAIL = re.compile(r"\s*(?:\([^()]{1,30}\))?\s*(?:og\s+[^.!?,:;]{1,60})?\s*[.]?\s*$")  # "og ordførar i Nordby (Sp)"
MAX_LETTERHEAD = 60  # a letterhead's line: the organisation's name, perhaps with a unit
LETTERHEAD_SLACK = 3  # characters of a letterhead line beyond the organisation's name
ADDRESS_LINES = 8  # a letter's header lines under its letterhead: the recipient's address
MAX_ADDRESS_LINE = 50
MIN_MUNICIPALITIES = 3  # mayors of this many municipalities on one byline write for the municipalities as a group
MUNICIPALITIES = "kommunene"
CO_AUTHOR = re.compile(r",(?=\s+(?:og|and)\s+[A-ZÆØÅ][\w-]+(?:\s+[A-ZÆØÅ][\w-]+)+(?:\s*\([^()]{1,20}\))?,)")  # ", og NN2, ..."
PARTY_AFTER_NAME = re.compile(r"\s*\([^()]{1,20}\)")  # a party after a byline's name: "Kari Nordmann (Sp), ordførar i Nordby"


@dataclass(frozen=True)
class Author:
    """The organisation a document is written by or for, and how that was seen (the demand voice)."""

    claimant: str
    rule: str  # "byline" (a talk or an opinion piece), "letter" (a letter, hearing response, statement) or "notes"
    addressed: str | None = None  # the ministry a talk's opening greets or a letter is sent to ("dere", "de")
    cosigners: tuple[str, ...] = ()  # the other organisations a joint statement or letter is sent by

    @property
    def claimants(self) -> tuple[str, ...]:
        """Every organisation the document speaks for: a joint letter's demands are each one's."""
        return (self.claimant, *self.cosigners)


def _government(text: str) -> bool:
    """True when a line names a government role or a ministry before any claimant ("Tale ved
    statsråd NN", "Helse- og omsorgsdepartementet"; not "Høringssvar fra KS til departementet")."""
    found = [m.start() for m in (R.GOVERNMENT_ROLE().search(text), re.search(r"(?i)departement", text)) if m]
    hits = claimants_in(text)
    return bool(found) and (not hits or min(found) < hits[0].start)


def talk_author(layout: Layout, mentions: MentionLayer) -> str | None:
    """The organisation a talk manuscript is given for: a header line opening with a talk label
    ("Talen til styreleder NN på ...", "TALENOTAT", "Innlegg – Nordbykonferansen") or a talk note
    ("Det talte ord gjelder") among the first lines, and the speaker on that line or a few lines
    after it ("NN, styreleder i KS") (`layout.talk_lines`): the organisation that line names, else
    whom the document says the speaker speaks for, else its principal claimant. None for a
    government speaker. A delegation line of the government's side ("Fra JD: statsråd NN") names the
    meeting's other party, not the speaker, and is passed over."""
    for line in layout.talk_lines:
        person = mentions.person_in(line)
        if person is None or (pattern("party_field").match(line) is not None and _government(line)):
            continue
        known = mentions.office(person) or mentions.affiliation(person)
        if known == GOVERNMENT or R.GOVERNMENT_ROLE().search(line):
            return None  # a minister's speech speaks for no claimant
        return named_organisation(line) or known or mentions.principal
    return None


def byline_role(line: str, after: int, next_line: str | None) -> str | None:
    """The role written after the author's name on a byline: ", styreleiar i KS Nordby" on the same
    line (a co-author after ", og" cut off), or the whole next line."""
    rest = line[after:].rstrip()
    party = PARTY_AFTER_NAME.match(rest)  # "Kari Nordmann (Sp), ordførar i Nordby"
    rest = rest[party.end():] if party else rest
    if rest == "," and next_line is not None:  # "Kari Nordmann (Sp)," over "ordførar i Nordby kommune"
        rest = ""
    if rest.startswith(", "):
        role = re.split(r",\s*(?:og\s+)?", rest[2:], maxsplit=1)[0]
    elif not rest and next_line is not None:
        role = META_SEPARATOR.split(next_line.strip())[0]  # "Ordfører i Nordby · 4 t · 🌍": a post's age after it
    else:
        return None
    return role if 2 <= len(role) <= MAX_BYLINE_ROLE * 2 else None


def _name_end(line: str, at: int, skip: int, mentions: MentionLayer) -> int | None:
    """Where the author's name ends on a byline line that opens with it (after `skip` characters):
    a person the mention layer found there, else (after "Av", where the mention layer leaves out
    a journalist's credit) a name the name finder reads there."""
    person = mentions.full_mention_at(at + skip)
    if person is not None:
        return person.end - at
    if skip:
        found = [end for _, start, end in name_candidates(line[:MAX_TITLE]) if start == skip]
        return found[0] if found else None
    return None


def byline_author(layout: Layout, mentions: MentionLayer) -> str | None:
    """The organisation an opinion piece is written for (the first of `byline_authors`), None for none."""
    authors = byline_authors(layout, mentions)
    return authors[0] if authors else None


def byline_authors(layout: Layout, mentions: MentionLayer) -> tuple[str, ...]:
    """The organisations an opinion piece is written for: under an opinion marker ("DEBATT",
    "Kronikk") among the first lines, a byline line with the author's name, opened by "Av" or not,
    and their role after a comma or on the next line ("Av Kari Nordmann, styreleiar i KS Nordby og
    ordførar i Nordby (Sp)") (`layout.bylines`). The role names the organisation: a KS office
    first, else the first claimant. () without a marker (a line "NN, styreleiar i KS" also opens
    news and captions), and when the role is in government or names no claimant. Co-authors on the
    byline lines right under the first ("NN, leiar i Fagforbundet Nordby" over "NN2, styreleiar i KS
    Nordby") each add their own organisation: a piece written together is each one's (`cosigners`)."""
    found: list[str] = []
    roles: list[str] = []
    previous: Byline | None = None
    for byline in layout.bylines:
        listed = _listed_authors(byline, mentions)
        if listed:
            return listed
        organisation = _byline_organisation(byline, mentions)
        if found and (organisation is None or previous is None or previous.next_line != byline.text):
            break
        if organisation is not None:
            found.append(organisation)
            previous = byline
            roles.append(byline_role(byline.text, _name_end(byline.text, byline.at, byline.skip, mentions) or 0,
                                     byline.next_line) or "")
    shared = _shared_council(roles) if len(found) >= 2 else None
    return (shared,) if shared else tuple(dict.fromkeys(found))


def _shared_council(roles: list[str]) -> str | None:
    """The one council every co-author's role names besides their own municipality ("ordfører i Båtsfjord og leder
    av Øst-Finnmark regionråd" over "ordfører i Berlevåg og nestleder i Øst-Finnmark regionråd"): the leaders of a
    council writing together write for it."""
    named = [set(councils_in(role)) for role in roles]
    common = set.intersection(*named) if named else set()
    return min(common, key=lambda c: roles[0].find(c)) if len(common) == 1 else None


def _listed_authors(byline: Byline, mentions: MentionLayer) -> tuple[str, ...]:
    """The organisations a byline lists authors for between semicolons ("Av NN, ordførar i A; NN2, ordførar i
    B; og NN3, ordførar i C"): each part read as a byline of its own. Mayors of `MIN_MUNICIPALITIES` or more
    municipalities writing together speak for the municipalities as a group (`kommunene`, GUIDELINES
    "claimant"); a KS body's officer writing with a mayor or a municipal director speaks for the KS body
    (its members' association), with another organisation ("NN, leiar i Fagforbundet") for both; () for a
    line with one author or when a part names no organisation."""
    parts = _author_parts(byline.text, byline.skip)
    if len(parts) < 2:
        return ()
    found: list[str] = []
    at = byline.at
    for part in parts:
        lead = len(part) - len(part.lstrip())
        opener = re.match(r"(?:og|and)\s+", part[lead:]) if found else None
        skip = lead + (opener.end() if opener else 0) + (byline.skip if not found else 0)
        organisation = _byline_organisation(Byline(at, part.rstrip(), skip, None), mentions)
        if organisation is None:
            return ()
        found.append(organisation)
        at += len(part) + 1
    found = list(dict.fromkeys(found))
    if any(is_ks_body(o) for o in found):  # a KS body's leader with a mayor of one of its members: the KS body's piece
        found = [o for o in found if not o.endswith((" kommune", " fylkeskommune"))]
    municipalities = [o for o in found if o.endswith(" kommune")]
    if len(municipalities) >= MIN_MUNICIPALITIES and len(municipalities) == len(found):
        return (MUNICIPALITIES,)
    return tuple(found)


def _author_parts(line: str, skip: int) -> list[str]:
    """A byline cut into one part per author: at semicolons ("Av NN, ordførar i A; NN2, ordførar i B"),
    else at ", og" before a capitalised word that a comma follows later ("Av NN, styreleiar i KS, og
    NN2, leiar i Fagforbundet"), each cut leaving one character (the ";" or ",") out of the parts."""
    if ";" in line[skip:]:
        return line.split(";")
    cuts = [m.start() for m in CO_AUTHOR.finditer(line, skip)]
    if not cuts:
        return [line]
    bounds = [0, *cuts, len(line)]
    return [line[a + (1 if i else 0):b] for i, (a, b) in enumerate(zip(bounds, bounds[1:]))]


def _byline_organisation(byline: Byline, mentions: MentionLayer) -> str | None:
    name_end = _name_end(byline.text, byline.at, byline.skip, mentions)
    if name_end is None:
        return None
    role = byline_role(byline.text, name_end, byline.next_line) or _closing_role(byline, name_end)
    if role is None or R.is_government_role(role):
        return None
    hits = claimants_in(role) or local_bodies(role) or [h for h in organisations_in(role)  # "leder i Norges
                                                        if h.name not in generic_claimants()]  # Handikapforbund Agder"
    if not hits or re.search(r"[.!?:;]", role[:hits[0].start]):
        return None  # a sentence, not a role
    return (ks_office(role) or hits[0].name) if ROLE_TAIL.fullmatch(role[hits[0].end:]) else None


def _closing_role(byline: Byline, name_end: int) -> str | None:
    """What the author is, told on the piece's last line when no byline opened it ("NN (Sp) er ordfører i Nord-Fron
    og medlem av KS' hovedstyre.": "ordfører i Nord-Fron og medlem av KS' hovedstyre")."""
    rest = byline.text[name_end:].rstrip()
    party = PARTY_AFTER_NAME.match(rest)
    rest = rest[party.end():] if party else rest
    return rest[4:-1] if byline.next_line is None and rest.startswith(" er ") and rest.endswith(".") else None


def local_bodies(role: str) -> list[ActorHit]:
    """The municipality or county a byline's role names when it names no claimant: "ordførar i Nordby
    kommune", "fylkesordfører i Nordby fylkeskommune", or the leader's role and a place ("ordfører i
    Nordby": Nordby kommune, home_body.kind_of; also with the party between: "fylkesordførar (Sp) i Møre og
    Romsdal"), or a council with its place ("leiar i Eldrerådet i Nordby"). A
    mayor writing an opinion piece speaks for their municipality (GUIDELINES: the organisation the demand is
    made for), a council's leader for the council."""
    bodies = [h for h in organisations_in(role) if h.name.endswith((" kommune", " fylkeskommune"))
              or (" i " in h.name and is_council(h.name.partition(" i ")[0]))]  # "leiar i Eldrerådet i Nordby"
    if bodies:
        return bodies[:1]
    found = re.match(rf"\s*([\w-]+(?:\s[\w-]+)?)(?:{PARTY_AFTER_NAME.pattern})?\s+i\s+({PLACE})(?![\w-])", role)
    kind = kind_of(found.group(1)) if found else None
    return [ActorHit(found.start(2), found.end(2), f"{found.group(2)} {kind}")] if found and kind else []


def statement_author(layout: Layout) -> tuple[str, ...]:
    """The organisations a statement, hearing response or letter names as its senders in its title
    line ("Høringssvar fra KS", "Fråsegn frå fylkesmøtet i KS Nordby", "Felles uttalelse fra KS og
    Fagforbundet": both) (`layout.titles`)."""
    for sender in layout.titles:
        if _government(sender):
            continue
        body = named_organisation(sender)
        if body is not None:
            joint = [n for n in all_claimants(sender) if n not in generic_claimants() and n != body]
            return (body, *joint) if len(all_claimants(sender)) > 1 else (body,)
    return ()


def _cosigner(line: str) -> str | None:
    """Another organisation signing a letter on a line of its own ("Fagforbundet", "Kari Nordmann,
    leiar i Fagforbundet"): a claimant, not a group word, not on an address or copy line."""
    if ":" in line or len(line) > MAX_COSIGNER:
        return None
    hits = [h for h in claimants_in(line) if h.name not in generic_claimants()]
    return (ks_office(line) or hits[0].name) if hits else None


def signature_author(layout: Layout, mentions: MentionLayer) -> tuple[str, ...]:
    """The organisations that sign a letter: right under its closing formula ("Med vennlig hilsen",
    "Med helsing"; `layout.signed`) the organisation ("KS") or the person who signs with their role
    ("Kari Nordmann\\nstyreleiar i KS Nordby"), then any other organisation signing with it on the
    lines after ("KS\\nFagforbundet"). () when a ministry or a government role signs."""
    for i, signed in enumerate(layout.signed[:SIGNED_LINES]):
        if _government(signed):
            return ()
        body = named_organisation(signed)
        if body is not None:
            others = (_cosigner(line) for line in layout.signed[i + 1:])
            return tuple(dict.fromkeys([body, *(o for o in others if o is not None)]))
        person = mentions.person_in(signed)
        known = (mentions.office(person) or mentions.affiliation(person)) if person else None
        if known == GOVERNMENT:
            return ()
    return ()


def _unsigned_sender(layout: Layout, mentions: MentionLayer) -> tuple[str, ...]:
    """The sender of a letter signed by persons only ("Med vennlig hilsen" and a director's name and
    title, the organisation left to the letterhead), when a closing formula stands over the signers and no
    signer is in government: the organisation its letterhead names (`letterhead`), else, when the address
    names one ministry, the document's principal claimant."""
    if not layout.signed or any(_government(line) for line in layout.signed[:SIGNED_LINES]):
        return ()
    if not [line for line in layout.signed[:SIGNED_LINES] if mentions.person_in(line)]:
        return ()
    head = letterhead(layout)
    if head is not None:
        return (head,)
    if _recipient(layout) is None or mentions.principal in (None, GOVERNMENT):
        return ()
    return (mentions.principal,)


def letterhead(layout: Layout) -> str | None:
    """The organisation a letter's first line names as a whole, as a letterhead does, often in capitals
    ("NORDBY KOMMUNE", "Fagforbundet Nordby"): the sender when persons sign the letter; None when the
    line says more than a name (a title, a genre label) or names the government."""
    line = layout.head[0].strip() if layout.head else ""
    if not line or len(line) > MAX_LETTERHEAD or _government(line):
        return None
    state_body = letterhead_body(line)  # "Statsforvaltaren i Vestland" over a summary of its meeting with a municipality
    if state_body is not None:
        return state_body
    for form in (line, line.capitalize()) if line.isupper() else (line,):
        body = named_organisation(form)
        if body is not None and len(body) >= len(form) - LETTERHEAD_SLACK:
            return body
    return None


def _recipient(layout: Layout) -> str | None:
    """The ministry a letter is sent to: the one ministry its first block names (the address), else the
    one its short header lines name (an address under a letterhead)."""
    ministries = ministry_aliases().values()
    named = {h.name for h in addressees_in(layout.address) if h.name in ministries}
    if not named:
        address = "\n".join(line for line in layout.head[:ADDRESS_LINES] if len(line) <= MAX_ADDRESS_LINE)
        named = {h.name for h in addressees_in(address) if h.name in ministries}
    return named.pop() if len(named) == 1 else None


def speaks_for_author(author: str, mentions: MentionLayer, speaker: Mention | None) -> bool:
    """True when the speaker quoted last in a document `author` wrote itself speaks for that author.
    When not, a first-person paragraph after the quotation, with no quotation mark of its own, is the
    author's own text ("«...», sa statsråden." then "Vi tek henne på ordet. Difor krev vi ..."), not
    the speaker's words going on (attributions.py)."""
    if speaker is None:
        return True
    known = mentions.office(speaker.name) or mentions.affiliation(speaker.name) or speaker.organisation
    return bool(known) and (known == author or author.startswith(known + " ") or known.startswith(author + " "))


def document_author(layout: Layout, mentions: MentionLayer, text: str = "") -> Author | None:
    """The organisation the whole document speaks for, if it is written by or for one: a talk, an
    opinion piece (voice `byline`), a statement or a signed letter (voice `letter`), talking points,
    briefing notes or a memo (voice `notes`, notes.py); with the
    ministry it speaks to, if it names one (`text`: the document's text, for a talk's opening)."""
    talk = talk_author(layout, mentions)
    if talk is not None:
        return Author(talk, "byline", addressed_ministry(text) if text else None)
    opinion = byline_authors(layout, mentions)
    if opinion:
        return Author(opinion[0], "byline", cosigners=opinion[1:])
    sent = statement_author(layout) or signature_author(layout, mentions) or _unsigned_sender(layout, mentions)
    if sent:
        return Author(sent[0], "letter", _recipient(layout), sent[1:])
    notes = notes_author(layout)  # talking points, briefing notes, memos (notes.py)
    return Author(notes, "notes", notes_recipient(layout)) if notes is not None else None
