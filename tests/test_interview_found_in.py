"""`interview.found_in`: the interviews of the same blocks and people asked again answer as `find`
(a pass asks once per paragraph; the last answer is kept for the very same objects)."""
from __future__ import annotations

from dataclasses import replace

from flows.extract import interview
from flows.extract.people import find_people
from flows.segment import segment

TEXTS = [
    "Intervju med ordføraren\n\nKari Nordmann er ordførar i Fjellbygd.\n\n– Kva ventar du av staten?\n\n"
    "– Vi treng meir pengar til skulen, seier Nordmann.\n\n– Kva no?\n\n– Vi ventar på svar.",
    "Ola Dunseth, styreleder i KS, møtte statsråden i går.\n\nHan sa at kommunene trenger mer penger.",
]


def test_found_in_answers_as_find() -> None:
    for text in TEXTS:
        blocks, people = tuple(segment(text)), find_people(text)
        first = interview.found_in(blocks, people)
        assert first == interview.find(blocks, people)
        assert interview.found_in(blocks, people) is first
        for i in range(len(blocks)):
            assert interview.asked(blocks, i, people) == (
                i in first.questions or (i + 1 < len(blocks) and interview.question(blocks[i], people)
                                         and interview.dash_led(blocks[i + 1])))


def test_other_blocks_are_asked_anew() -> None:
    """Equal blocks that are other objects, and other blocks, are not answered from the last call."""
    a, b = (tuple(segment(t)) for t in TEXTS)
    pa, pb = find_people(TEXTS[0]), find_people(TEXTS[1])
    assert interview.found_in(a, pa) == interview.find(a, pa)
    assert interview.found_in(b, pb) == interview.find(b, pb)
    copy = tuple(replace(block) for block in a)
    assert interview.found_in(copy, pa) == interview.find(a, pa)
