"""Demands from the misses of round 26 (invented texts): a blog post is its writer's own text, and a byline that
lists several mayors between semicolons speaks for the municipalities as a group."""
from __future__ import annotations

import pytest

from extract_kit import cases, demands

BLOG_NB = ("Nordby-bloggen | Økonomi\n\nHvorfor skolene mangler penger\n\nAv Kari Nordmann, rådgiver i KS\n\n"
           "Dette blogginnlegget bygger på et innlegg jeg holdt i fjor.\n\n"
           "Skolebyggene i landet er gamle, og mange av dem trenger nytt tak.\n\n"
           "For det første må vedlikeholdsfondet for skolebygg økes.")
BLOG_CTRL = ("Nyheter | Økonomi\n\nHvorfor skolene mangler penger\n\nAv Kari Nordmann, rådgiver i KS\n\n"
             "Saken bygger på et innlegg hun holdt i fjor.\n\n"
             "Skolebyggene i landet er gamle, og mange av dem trenger nytt tak.\n\n"
             "For det første må vedlikeholdsfondet for skolebygg økes.")
MAYORS_NN = ("DEBATT\n\nSkulane våre treng tak\n\nAv Kari Nordmann, ordførar i Nordby; Ola Nordmann, ordførar i "
             "Sørby; og Per Nordmann, ordførar i Austby\n\nVi skriv til deg som ordførarar i tre kommunar. "
             "Skulane våre er gamle.\n\nDifor må vedlikehaldsfondet for skulebygg aukast.")
MAYORS_TWO = ("DEBATT\n\nSkulane våre treng tak\n\nAv Kari Nordmann, ordførar i Nordby; og Ola Nordmann, "
              "styreleiar i KS Vestland\n\nSkulane våre er gamle.\n\nDifor må vedlikehaldsfondet for skulebygg aukast.")

CASES = [
    ('blog_nb', BLOG_NB, "nb", [('KS', None, 'For det første må vedlikeholdsfondet for skolebygg økes')]),
    ('blog_ctrl', BLOG_CTRL, "nb", []),  # a news page with a credit line: nobody's demand
    ('mayors_nn', MAYORS_NN, "nn", [('kommunene', None, 'må vedlikehaldsfondet for skulebygg aukast')]),
    ('mayors_two', MAYORS_TWO, "nn", [('Nordby kommune', None, 'må vedlikehaldsfondet for skulebygg aukast'),
                                      ('KS Vestland', None, 'må vedlikehaldsfondet for skulebygg aukast')]),
]


@pytest.mark.parametrize("raw,language,expected", cases(CASES))
def test_round26_demands(raw: str, language: str, expected: list) -> None:
    assert demands(raw, language) == expected
