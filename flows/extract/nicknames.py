"""A nickname in quotes between a person's first name and surname ("Bjørn «Bjønnen» Aas", "Kari "Kiki" Dal").

Reports name a person known by a nickname with the nickname in quotes inside the full name. The person's name is
the first name and the surname ("Bjørn Aas"); the nickname is no part of it. `nicknames_moved` writes each such
name with its nickname after the surname ("Bjørn Aas «Bjønnen»"): the same characters, the same length, so every
offset outside the name holds and the name is read whole by the name recogniser (`person_names.NAME`).
The nickname is one or two capitalised words in quotes, between two capitalised name words; a quoted title ("boka
«Nordlys»") stands after a word in lower case and is left alone.
"""
from __future__ import annotations

import re

from flows.extract.person_names import TOKEN

NICK_WORDS = r"[«\"“][A-ZÆØÅ][\wæøå'’-]*(?: [A-ZÆØÅ][\wæøå'’-]*)?[»\"”]"
NICKNAMED = re.compile(rf"(?<![\w-])(?P<first>{TOKEN}) (?P<nick>{NICK_WORDS}) (?P<last>{TOKEN}(?: {TOKEN}){{0,2}})"
                       rf"(?![\w-])")


def nicknames_moved(text: str) -> str:
    """`text` with each nickname inside a full name moved after the surname (see the module docstring)."""
    if "«" not in text and '"' not in text and "“" not in text:
        return text
    return NICKNAMED.sub(lambda m: f"{m.group('first')} {m.group('last')} {m.group('nick')}", text)
