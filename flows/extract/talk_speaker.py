"""Who gives the talk a text reports or prints: the person a line near the top names with their role (`byline`),
and the persons its opening greets by name (`greeted`), who were there to hear it.
"""
from __future__ import annotations

import re
from functools import lru_cache

from flows import lexicon
from flows.extract.mentions import MentionLayer
from flows.extract.people import PersonMention
from flows.model import Block, Mention


def byline(mentions: MentionLayer, blocks: tuple[Block, ...]) -> Mention | None:
    """The person with a role on a line of their own near the top ("NN, fylkesleder KS Nordby"),
    also under an occasion line in the same block ("Innlegg på X, Nordby 3. mars\nNN, leder"), or
    with the title before the name, alone on the line ("Helseminister NN", "Statsråd NN": a
    ministry's speech page), or on a line that says it gave the talk ("Innlegg ved styreleder i KS, NN",
    "Statsråd NN heldt denne talen på ...")."""
    for block in blocks[:4]:
        starts = (block.start, *(block.start + i + 1 for i, ch in enumerate(block.text) if ch == "\n"))
        for start in starts:
            found = _line_opener(mentions, block, start) or _after_label(mentions, block, start) \
                or _titled_line(mentions, block, start) or _talk_giver(mentions, block, start)
            if found is not None and found.role is not None:
                return Mention(found.name, found.role, found.organisation)
    return None


def _line_opener(mentions: MentionLayer, block: Block, start: int) -> PersonMention | None:
    """The person a line opens with, their role or nothing after the name ("NN, fylkesleder KS Nordby", "NN (Sp)"):
    not the subject of a sentence that runs on ("Arbeidsminister NN holdt innlegg på ...", a report's lead)."""
    found = mentions.full_mention_at(start)
    if found is None:
        return None
    rest = block.text[found.end - block.start:].split("\n", 1)[0].strip()
    return found if not rest or rest.startswith((",", "(", "–", "—", "-", "|", "/")) else None


def _titled_line(mentions: MentionLayer, block: Block, start: int) -> PersonMention | None:
    """The person a line holds alone after their title ("Helseminister NN", "Styreleiar NN"): the
    words before the name are the mention's title (up to four words: "Helse- og omsorgsminister NN") and nothing
    follows the name."""
    line = block.text[start - block.start:].split("\n", 1)[0]
    end = start + len(line.rstrip())
    for m in mentions.people.mentions:
        if m.kind != "full" or m.role is None or not start < m.start < end or m.end != end:
            continue
        title = line[:m.start - start].strip()
        if 0 < len(title.split()) <= 4 and re.fullmatch(r"[\w\s.-]+", title) \
                and title.casefold().endswith(m.role.casefold().split()[-1]):
            return m
    return None


def _after_label(mentions: MentionLayer, block: Block, start: int) -> PersonMention | None:
    """The speaker named after the label of a talk's header line ("Talenotat – styreleder NN",
    "Innlegg: NN")."""
    line = block.text[start - block.start:].split("\n", 1)[0]
    label = _HEADER_LABEL.match(line)
    return mentions.full_mention_at(start + label.end()) if label else None


def _talk_giver(mentions: MentionLayer, block: Block, start: int) -> PersonMention | None:
    """The person a line names as giving the talk it heads ("Innlegg ved styreleder i KS, NN"; "Statsråd NN heldt
    denne talen på ..."): the first person on the line."""
    line = block.text[start - block.start:].split("\n", 1)[0]
    if not _patterns()[1].search(line):
        return None
    end = start + len(line)
    return next((m for m in mentions.people.mentions if m.kind == "full" and start <= m.start < end), None)



# one or two words and a dash or colon, then the role in lower case: "Talenotat – styreleder "
# (a hyphen only as a dash, with a space before it: not the joined compound "Arbeids- og inkluderingsminister NN")
_HEADER_LABEL = re.compile(r"[A-ZÆØÅ][\wæøå]*(?:\s+[\wæøå]+)?(?:\s*[–—:]|\s+-)\s*(?:[a-zæøå-]+\s+){0,3}")


def greeted(mentions: MentionLayer, blocks: tuple[Block, ...]) -> tuple[Mention, ...]:
    """The persons a talk's opening greets by name ("Kjære helse- og omsorgsminister NN, kjære ordførarar"): the
    speaker addresses them in the hall. Only the first `GREETING_BLOCKS` blocks are read."""
    found: dict[str, Mention] = {}
    for block in blocks[:GREETING_BLOCKS]:
        for opener in _patterns()[0].finditer(block.text):
            at = block.start + opener.end()
            person = next((m for m in mentions.people.mentions if m.kind == "full" and at <= m.start <= at + 60
                           and "," not in block.text[opener.end():m.start - block.start]), None)
            if person is not None:
                found.setdefault(person.name, Mention(person.name, person.role, person.organisation))
    return tuple(found.values())


GREETING_BLOCKS = 8


def reported_talker(mentions: MentionLayer, blocks: tuple[Block, ...]) -> Mention | None:
    """The person a report's opening names as giving the talk ("Helse- og omsorgsminister NN holdt onsdag innlegg på
    ...", a line that opens with the person): the talker of a talk the text reports, not its notes' byline."""
    for block in blocks[:4]:
        line = block.text.split("\n", 1)[0]
        found = next((m for m in mentions.people.mentions if m.kind == "full" and block.start <= m.start
                      and m.end - block.start <= len(line)), None)
        if found is None or found.role is None:
            continue
        title = line[:found.start - block.start].strip()  # "Helse- og omsorgsminister" before the name, or nothing
        if (not title or (len(title.split()) <= 4 and title.casefold().endswith(found.role.casefold().split()[-1]))) \
                and _patterns()[2].match(line, found.end - block.start):
            return Mention(found.name, found.role, found.organisation)
    return None


@lru_cache(maxsize=1)
def _patterns() -> tuple[re.Pattern[str], re.Pattern[str], re.Pattern[str]]:
    """(a greeting, a line naming the talk's speaker, a talk held after a name), from `talk_speaker` in
    data/meeting_types.yaml."""
    conf = lexicon.load("meeting_types")["talk_speaker"]
    greetings = lexicon.alternation([str(w) for w in conf["greetings"]]).replace(" ", r"\s+")
    labels, verbs = lexicon.alternation(conf["given_labels"]), lexicon.alternation(conf["holding_verbs"])
    nouns = lexicon.alternation(conf["talk_nouns"])
    greeting = re.compile(rf"(?:^|(?<=[,–]\s))(?:{greetings})\s", re.IGNORECASE)
    given = re.compile(rf"^(?:{labels})\s+(?:ved|av)\s|(?<![\w-])(?:{verbs})\s+(?:denne|dette)\s+(?:{nouns})(?![\w-])")
    held = re.compile(rf"\s+(?:\([^()\n]{{1,12}}\)\s+)?(?:{verbs})\s+(?:[\w.]+\s+){{0,4}}?"
                      rf"(?:et\s+|eit\s+|en\s+|ein\s+)?(?:\w+\s+)?(?:{nouns})(?![\w-])")
    return greeting, given, held
