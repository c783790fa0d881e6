"""Who spoke at an open occasion: a debate, a seminar, a breakfast meeting, a conference, a launch.

At such an occasion organisations other than KS and the government speak from the panel or the floor, so a
speaker does not stand apart for the organisation they speak for when the text reports their words in the past
tense ("..., sa hun", "NN mente at ...", "NN var mest opptatt av ..."): news reports tell what was said at the
occasion in the past tense and a reaction given to the reporter afterwards in the present ("sier NN"). A meeting of
KS and the government alone (a consultation) has no open floor: there an outsider's words are a reaction whatever
the tense. Cues are data (`open_occasion` and `past_speech` in `data/participant_patterns.yaml`). `party_voices_of`:
the persons first introduced by a party's genitive ("Senterpartiets helsepolitiske talsperson NN mener ...") whom the
occasion's sentences do not name react from outside it.
"""
from __future__ import annotations

import re
from functools import lru_cache

from flows.extract.occasion_parties import Occasion
from flows.extract.participant_details import pattern_data
from flows.extract.participant_names import party_voice
from flows.extract.people import People
from flows.model import Statement
from flows import lexicon

BEFORE = 80  # characters before a statement where its reporting verb may stand ("NN mente at ...")
AFTER = 40  # characters after a quotation where its attribution stands ("«...», sa hun.")


@lru_cache(maxsize=1)
def _open_cue() -> re.Pattern[str]:
    return re.compile("|".join(f"(?:{p})" for p in pattern_data()["open_occasion"]), re.IGNORECASE)


@lru_cache(maxsize=1)
def _past_verb() -> re.Pattern[str]:
    words = [str(w) for w in pattern_data()["past_speech"]]
    return re.compile(rf"(?<![\w-])(?:{lexicon.alternation(words)})(?![\w-])", re.IGNORECASE)


def is_open_occasion(core: str) -> bool:
    """The occasion's own sentences (the title, the lead, the evidence) name an open occasion: a debate, a panel,
    a seminar, a breakfast meeting, a conference, a launch."""
    return bool(_open_cue().search(core))


def spoke_in_past(name: str, statements: tuple[Statement, ...], text: str) -> bool:
    """Some statement of `name` is reported with a verb of saying in the past tense, in the words before it (an
    indirect statement: "NN mente at ...") or in its attribution after it ("«...», sa hun")."""
    for statement in statements:
        if statement.speaker.name != name:
            continue
        before = text[max(0, statement.start - BEFORE):statement.start]
        before = re.split(r"\n|[.!?»]\s", before)[-1]  # the statement's own sentence: not the speaker before
        after = re.split(r"\n|[.!?]\s", text[statement.end:statement.end + AFTER])[0]
        around = before + " " + after
        if _past_verb().search(around):
            return True
    return False


AFTER_NAME = 16  # a verb of saying right after the name ("NN spurte", "NN sa at")


def party_voices_of(people: People, text: str, parties: Occasion | None,
                    statements: tuple[Statement, ...]) -> frozenset[str]:
    """Persons first introduced by a party's genitive before their role ("Senterpartiets helsepolitiske talsperson
    NN mener ...", `participant_names.party_voice`) whom the occasion's own sentences do not name: a party's
    reaction from outside, unless the occasion is an open one where they spoke in the past tense (a debate's panel)."""
    if parties is None:
        return frozenset()
    out: set[str] = set()
    seen: set[str] = set()
    for mention in sorted(people.mentions, key=lambda m: m.start):
        name = mention.name
        if name in seen:
            continue
        seen.add(name)  # the first mention only
        if not party_voice(text, mention.start):
            continue
        surname = name.split()[-1]
        if re.search(rf"(?<![\w-]){re.escape(surname)}(?![\w-])", f"{parties.core}\n{parties.attending}"):
            continue
        if is_open_occasion(parties.core) and (spoke_in_past(name, statements, text) or _past_verb().search(
                text, mention.end, mention.end + AFTER_NAME)):  # "SVs NN spurte Fagforbundet om ...": asked there
            continue
        out.add(name)
    return frozenset(out)
