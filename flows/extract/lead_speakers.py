"""Who a list's lead-in names as its subject when that is a person ("Grinaker hadde med seg tre konkrete
ønsker til statsråden:", "Ho la fram fire krav:"): the claimant that person speaks for, read from the mention
layer the way a sentence's subject is (`voice.resolve`). The demands pass hands the result to `lists.list_items`
as the voice of those lead-ins; a lead-in whose subject is an organisation names it itself (lists.py).
"""
from __future__ import annotations

from collections.abc import Mapping

from flows.extract.actors import GOVERNMENT
from flows.extract.list_cues import demand_cue
from flows.extract.mentions import MentionLayer
from flows.extract.people import recent_person
from flows.extract.pronoun_words import possessive_gender, pronoun_gender
from flows.extract.voice import resolve, speaks_for
from flows.model import Block


def _opens_with(text: str, name: str) -> bool:
    """True when a sentence opens with the person's name or surname ("Sverre Grinaker hadde ...", "Grinaker la ...")."""
    first = text.lstrip(" –—-«\"").split(" ", 1)[0].strip(",")
    return first in name.split()


def lead_speakers(blocks: tuple[Block, ...], mentions: MentionLayer,
                  homes: Mapping[str, str] | None = None) -> dict[int, tuple[str, ...]]:
    """Block index of each lead-in (a paragraph ending with ':' over list items, with a demand cue) whose last
    sentence opens with a person, by name or pronoun -> (the claimant that person speaks for,). A member of the
    government ("Statsråden hadde med seg tre lovnader:") asks nothing: left out. A local leader with no
    organisation of their own speaks for the municipality or county `homes` places them in (home_body.py)."""
    out: dict[int, tuple[str, ...]] = {}
    for i, block in enumerate(blocks[:-1]):
        if block.kind != "paragraph" or blocks[i + 1].kind != "item" or not block.sentences:
            continue
        if blocks[i + 1].marker == "dash" and len(blocks[i + 1].sentences) > 1:
            continue  # "Han er tydelig på hva han vil ha:" over "– Staten må X. Og vi trenger Y.": his quotation
        sentence = block.sentences[-1]
        if not sentence.text.rstrip().endswith(":") or demand_cue().search(sentence.text) is None:
            continue
        first = sentence.text.split(" ", 1)[0].casefold()
        gender = pronoun_gender(first) or _possessive(sentence.text)
        if gender is not None:
            person = recent_person(mentions.people, sentence.start, gender)
            name = person.name if person is not None else None
        else:
            name = mentions.person_in(" ".join(sentence.text.split()[:3]))
            name = name if name is not None and _opens_with(sentence.text, name) else None
        if name is None:
            continue
        known = speaks_for(mentions, name)
        claimant = known or (homes or {}).get(name) or resolve(name, mentions, None)
        if claimant is not None and claimant != GOVERNMENT:
            out[i] = (claimant,)
    return out


def _possessive(sentence: str) -> str | None:
    """The gender of a possessive pronoun among a lead-in's first three words ("Innlegget hennar enda i fem tiltak for
    staten:", "Hans krav til regjeringa:"): her or his demands, the person named last before."""
    return next((g for w in sentence.split()[:3] if (g := possessive_gender(w.strip(",.:"))) is not None), None)
