"""Names a photo caption wraps over a line break ("... og sjukepleiar Kari\nDal framfor legevakta").

A caption is one paragraph; when its lines are wrapped at a fixed width, a name can run from the end of one line
into the next. Inside a caption span (`captions.caption_spans`), a single line break after a line of running text
(WRAP_WIDTH characters or more, not ending in punctuation) and before a capitalised word is read as the space it
stands for, so the name is found whole. The replacement keeps the text's length: every offset holds. A caption
listing one name a line ("Frå venstre:\\nKari Dal\\nPer Berg") has short lines and stays as written.
"""
from __future__ import annotations

import re

from flows.extract.captions import caption_spans
from flows.segment import segment

WRAP_WIDTH = 40  # the shortest line taken as wrapped running text
BREAK = re.compile(r"(?<=[^\W\d_])\n(?=[A-ZÆØÅÉÜÖÄÁ][^\W\d_])")


def unwrapped_captions(text: str) -> str:
    """`text` with the wrapped line breaks inside its captions written as spaces (the same length)."""
    if "\n" not in text:
        return text
    chars = list(text)
    for start, end in caption_spans(segment(text)):
        for match in BREAK.finditer(text, start, end):
            line_start = text.rfind("\n", 0, match.start()) + 1
            if match.start() - line_start >= WRAP_WIDTH:
                chars[match.start()] = " "
    return "".join(chars)
