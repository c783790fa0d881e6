"""How a Norwegian place name is written, one pattern for the modules that read a bare place as a body.

A name opens with a capital and may have up to two more capitalised parts joined by a space, a hyphen or "og"
("Nordby", "Nord-Odal", "Evje og Hornnes", "Indre Fosen"); Sami letters are letters ("Kárášjohka"); an official
name in two languages is both, joined by a slash ("Guovdageaidnu/Kautokeino", "Snåase/Snåsa").
"""
from __future__ import annotations

import re

UPPER, LOWER = "A-ZÆØÅÁČĐŊŠŦŽ", "a-zæøåéáčđŋšŧžï"
ONE_NAME = rf"[{UPPER}][{LOWER}]+(?:[ -](?:og\s+)?[{UPPER}][{LOWER}]+){{0,2}}"
PLACE_NAME = rf"{ONE_NAME}(?:/{ONE_NAME})?"
PLACE = re.compile(PLACE_NAME)


def parts(name: str) -> tuple[str, ...]:
    """The names of a place written in two languages ("Guovdageaidnu/Kautokeino"), or the one name."""
    return tuple(p.strip() for p in name.split("/"))
