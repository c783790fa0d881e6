"""What a quoted speaker reports another person said: speech inside a quotation.

A quotation may tell what someone else said, the other person standing as a third-person pronoun
that is the subject of a verb of saying ("– Han lytta. Han sa at departementet ser på saka, seier
ordføraren.", "– Hun sa «vi skal se på dette». Det skal vi minne henne om."). The pronoun is never
the quoted speaker (who speaks of themself in the first person): it is the last person named before
the quotation other than the speaker, of the pronoun's gender when the name tells it. The reported
content is that person's indirect statement, the words in «» after the verb their direct statement;
both beside the quotation, which stays its speaker's. Nobody is found for "Jeg sa til ham: «...»"
(the speaker's own words) or "Ein rådmann sa til meg: «...»" (no pronoun, nobody named).
"""
from __future__ import annotations

import re
from functools import lru_cache

from flows import lexicon
from flows.extract import indirect
from flows.extract.attribution_layer import Attribution
from flows.extract.people import People
from flows.extract.pronoun_words import name_gender, pronoun_gender
from flows.extract.quote_attribution import ADVERBS, DIRECT_VERB
from flows.model import Block, Mention

__all__ = ["RULES", "inside"]

RULES = ("quoted_person_reported", "quoted_person_quote", "quoted_named_reported")


@lru_cache(maxsize=1)
def PRONOUN_SAYS() -> re.Pattern[str]:
    """A third-person pronoun as the subject of a verb of saying, its adverbs between ("han sa til og
    med", "ho sa òg"), up to the verb's end."""
    pronouns = lexicon.alternation(list(lexicon.load("pronouns")["subject"]))
    return re.compile(rf"(?<![\w-])(?P<pronoun>{pronouns})\s+(?:(?:{ADVERBS()}|til og med)\s+)*(?:{DIRECT_VERB()})(?![\w-])",
                      re.IGNORECASE)


QUOTED_AFTER = re.compile(r"(?:\s+[\w-]+){0,3}?\s*:?\s*«(?P<words>[^«»]+)»")


def _other(people: People, pronoun: str, position: int, speaker: Mention) -> Mention | None:
    """The person a pronoun inside `speaker`'s quotation stands for: the last one named before it who is
    not the speaker, of the pronoun's gender when the name tells it."""
    gender = pronoun_gender(pronoun.casefold())
    if gender is None:
        return None
    for m in reversed([m for m in people.mentions if m.start < position and not m.embedded]):
        if m.name == speaker.name:
            continue
        if gender == "any" or name_gender(m.name) in (None, gender):
            return next((p for p in people.persons if p.name == m.name), Mention(m.name))
    return None


def _in_quote(doc: str, quote: Attribution, block: Block, people: People) -> list[Attribution]:
    out: list[Attribution] = []
    for sentence in block.sentences:
        if sentence.end <= quote.start or sentence.start >= quote.end:
            continue
        for said in PRONOUN_SAYS().finditer(sentence.text):
            at = sentence.start + said.start()
            if at < quote.start:
                continue
            if at >= quote.end:
                break
            person = _other(people, said.group("pronoun"), at, quote.speaker)
            if person is None:
                continue
            quoted = QUOTED_AFTER.match(sentence.text, said.end())
            if quoted:
                start, end = sentence.start + quoted.start("words"), sentence.start + quoted.end("words")
                if end <= quote.end + 1:
                    out.append(Attribution("direct", person, doc[start:end], start, end, RULES[1], block.index))
                continue
            for found in indirect.find_all(sentence, people):
                if found.start >= sentence.start + said.end() and found.end <= quote.end + 1 \
                        and "«" not in doc[found.start:found.end]:
                    out.append(Attribution("indirect", person, doc[found.start:found.end], found.start, found.end,
                                           RULES[0], block.index))
                    break
        out += _named(doc, quote, block, sentence, people, {a.start for a in out})
    return out


def _named(doc: str, quote: Attribution, block: Block, sentence, people: People, taken: set[int]) -> list[Attribution]:
    """"– Statsråden sa at X", "– NN peika på at X": a person named (by name, surname or title) in the
    quoted sentence as the subject of its verb of saying, other than the quoted speaker: the content is
    that person's indirect statement."""
    out: list[Attribution] = []
    for found in indirect.find_all(sentence, people):
        if found.start < quote.start or found.end > quote.end + 1 or found.start in taken \
                or found.speaker.name == quote.speaker.name or "«" in doc[found.start:found.end]:
            continue
        opens = max(sentence.start, quote.start)
        if any(m.name == found.speaker.name and opens <= m.start < found.start and not m.aside
               and _subject_first(doc[opens:m.start]) for m in people.mentions):
            out.append(Attribution("indirect", found.speaker, doc[found.start:found.end], found.start, found.end,
                                   RULES[2], block.index))
            continue
        opening = _pronoun_opens().match(doc, max(sentence.start, quote.start))  # "Hun har vært tydelig på at X"
        person = _other(people, opening.group("pronoun"), opening.start(), quote.speaker) if opening else None
        if person is not None and person.name == found.speaker.name:
            out.append(Attribution("indirect", person, doc[found.start:found.end], found.start, found.end,
                                   RULES[0], block.index))
    return out


def _subject_first(before: str) -> bool:
    """The words before a person named in a quoted sentence leave them its subject: at most a conjunction and a role
    ("Men statsråden sa at", "Ordførar NN peika på at"), no subject of its own ("Vi bad statsråden om å", "KS ba NN
    om at") and no verb before them."""
    words = before.strip(" \t\n–—-").split()
    if len(words) > 4:
        return False
    pronouns, verbs = _subject_blockers()
    for i, word in enumerate(words):
        low = word.casefold().strip(",")
        if low in pronouns or low in verbs or (i > 0 and word[:1].isupper()) or (len(word) > 1 and word.isupper()):
            return False
    return True


@lru_cache(maxsize=1)
def _subject_blockers() -> tuple[frozenset[str], frozenset[str]]:
    """Subject pronouns of every person, and the verbs of saying and requesting (single words)."""
    words = lexicon.load("pronouns")
    pronouns = {str(w).casefold() for key in ("subject", "other_subjects") for w in words[key]}
    speech = lexicon.load("speech_verbs")
    requests = lexicon.load("request_verbs")["requests"]
    verbs = {str(w).casefold() for key in ("direct", "indirect") for w in speech.get(key) or () if " " not in str(w)}
    verbs |= {str(w).casefold() for forms in requests.values() for w in forms if " " not in str(w)}
    return frozenset(pronouns), frozenset(verbs)


@lru_cache(maxsize=1)
def _pronoun_opens() -> re.Pattern[str]:
    """A quoted sentence opening with a third person (`quote_openers` in pronouns.yaml)."""
    words = "|".join(re.escape(str(w)) for w in lexicon.load("pronouns")["quote_openers"])
    return re.compile(rf"[\s–—-]*(?P<pronoun>{words})\s")


def inside(doc: str, found: list[Attribution], blocks: tuple[Block, ...], people: People) -> list[Attribution]:
    """The statements of other persons that the direct statements in `found` report."""
    out: list[Attribution] = []
    for quote in found:
        if quote.kind == "direct" and quote.block < len(blocks):
            out += [a for a in _in_quote(doc, quote, blocks[quote.block], people)
                    if not any(b.start == a.start and b.kind == a.kind for b in found)]
    return out
