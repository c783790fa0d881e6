"""A point of a minutes' dash list opened by a speaker's label: "– KAS: KS mener lønnsanslaget må justeres ...",
"– SH: «Vi kommer ikke til å endre metoden ...»", "– TA (KDD): ...".

Minutes and memos summarise each speaker in a point of their own under the person's name, surname or the initials
a key spelled out earlier ("Kari Strand (KAS)", initials_keys.py), perhaps with the organisation in brackets. The
words after the colon are that person's: a quotation standing alone in «» is their direct statement, anything else
the note-taker's summary of what they said, an indirect one (GUIDELINES: reported speech of a named person). The
label must name a person of the text and be followed by words; a label that names no one ("– Oppfølging: ...",
"– KS: ...") is no speaker's (round 46).
"""
from __future__ import annotations

import re

from flows.extract.attribution_layer import Attribution
from flows.extract.credited_quotes import direct
from flows.extract.people import People
from flows.model import Block

RULE = "listed_label_speech"
DASH = re.compile(r"[–—-]\s*")
LABEL_END = re.compile(r"\s*(?:\([^()\n]{1,20}\)\s*)?:\s+")  # "SH:", "TA (KDD):"
QUOTED = re.compile(r"«[^«»]+»\.?\s*$")  # the words a quotation and nothing else
MIN_WORDS = 3


def labelled_item(doc: str, block: Block, people: People) -> Attribution | None:
    """The statement of a dash point opened by a person's label (see the module docstring); None for any other point."""
    dash = DASH.match(doc, block.start, block.end)
    at = dash.end() if dash else block.start
    mention = next((m for m in people.mentions if m.start == at and m.end <= block.end), None)
    if mention is None:
        return None
    label = LABEL_END.match(doc, mention.end, block.end)
    if label is None:
        return None
    speaker = next((p for p in people.persons if p.name == mention.name), None)
    words = doc[label.end():block.end].rstrip()
    if speaker is None or len(words.split()) < MIN_WORDS:
        return None
    if QUOTED.fullmatch(words):
        return direct(doc, label.end(), block.end, speaker, RULE, block)
    end = label.end() + len(words.rstrip("."))
    return Attribution("indirect", speaker, doc[label.end():end], label.end(), end, RULE, block.index)
