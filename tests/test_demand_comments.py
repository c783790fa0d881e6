"""Sentences in a claimant's words that ask for nothing (invented texts): a need negated after its inverted
subject ("Da trenger vi ikke X") and a modal that only comments on what the speaker says ("Her må jeg bare si
at ..."); their positive counterparts stay demands."""
from __future__ import annotations

import pytest

from extract_kit import cases, demands

Row = tuple[str, str | None, str]

NEGATED_NEEDS = [
    ("inverted_negated_need_nb", "– Da trenger vi ikke enda en ny veileder, sier styreleder Kari Holm i KS.", []),
    ("inverted_negated_need_nn", "– No treng vi ikkje fleire utgreiingar, seier leiar Kari Holm i KS Vestland.", []),
    ("inverted_need_asks", "– Nå trenger vi flere sykepleiere, sier styreleder Kari Holm i KS.",
     [("KS", None, "Nå trenger vi flere sykepleiere")]),
    ("not_only_money", "– Da trenger vi ikke bare penger, men også folk, sier styreleder Kari Holm i KS.",
     [("KS", None, "Da trenger vi ikke bare penger")]),
]

COMMENTS = [
    ("must_just_say_nb", "– Her må jeg bare si at det er en sak for Stortinget, sier styreleder Kari Holm i KS.", []),
    ("must_just_say_nn", "– Her må eg berre seie at vi har venta lenge nok, seier leiar Kari Holm i KS Vestland.", []),
    ("must_say_nn", "– Eg må seie at staten har svikta, seier leiar Kari Holm i KS Vestland.", []),
    ("must_act_stays", "– Staten må bare betale regningen, sier styreleder Kari Holm i KS.",
     [("KS", "staten", "Staten må bare betale regningen")]),
]


@pytest.mark.parametrize("raw, expected", cases(NEGATED_NEEDS, COMMENTS))
def test_no_demand(raw: str, expected: list[Row]) -> None:
    language = "nn" if " seier " in raw else "nb"
    assert demands(raw, language) == expected
