"""A quantified group asked right after a request verb (invented texts): "oppfordrar alle kystkommunane til å X",
"ber samtlige kommuner om å X", "utfordrer alle partiene på Stortinget til å X". The group is the one asked, the
action starts after "til å"/"om å", and the addressee is an actor the group names, else the municipal side when its
last word is a municipal plural or a compound of one (`asked_quantifiers`, asked_parties.asked_group)."""
from __future__ import annotations

import pytest

from extract_kit import STORTING, Row, cases, demands

GROUPS = [
    ("compound_municipal_nn",
     "– Vi står sterkare saman, sa fylkesleiar Kari Nordmann i KS Vestland.\n\n– Eg oppfordrar difor alle "
     "kystkommunane til å bli med i arbeidet med ein felles strandsoneplan, sa Nordmann.", "nn",
     [("KS Vestland", "kommunene", "bli med i arbeidet med ein felles strandsoneplan")]),
    ("indefinite_municipal_nb",
     "– Turnus lages sammen med de ansatte. Vi oppfordrer alle kommuner til å sette av tid til dette i vinter, "
     "sa KS-leder Kari Nordmann.", "nb",
     [("KS", "kommunene", "sette av tid til dette i vinter")]),
    ("storting_named_inside_nb",
     "KS-leder Ola Nordmann la fram avtalen på en pressekonferanse.\n\n– Vi utfordrer alle partiene på Stortinget "
     "til å slutte seg til prinsippene i avtalen, sa Nordmann.", "nb",
     [("KS", STORTING, "slutte seg til prinsippene i avtalen")]),
    ("samtlige_om_aa_nb", "KS ber samtlige kommuner om å rapportere inn tallene innen fredag.", "nb",
     [("KS", "kommunene", "rapportere inn tallene innen fredag")]),
    ("kvar_og_ein_nn",
     "Styreleiar Kari Nordmann i KS talte til ordførarane.\n\n– Eg bed kvar og ein av dykk om å ta dette opp i "
     "kommunestyret, sa ho.", "nn",
     [("KS", None, "ta dette opp i kommunestyret")]),
]


@pytest.mark.parametrize("raw,language,expected", cases(GROUPS))
def test_quantified_group_is_asked(raw: str, language: str, expected: list[Row]) -> None:
    assert demands(raw, language) == expected


NOT_GROUPS = [
    # no quantified group: the one asked is read as before
    ("plain_addressee_nb", "KS oppfordrer kommunene til å lyse ut hele stillinger.", "nb",
     [("KS", "kommunene", "lyse ut hele stillinger")]),
    # "utfordre" with no "til å" names a challenge, not a request
    ("challenge_on_nn", "KS utfordrar alle partia på Stortinget på finansieringa.", "nn", []),
    # a quantifier inside the action, not right after the verb, is part of the action
    ("quantifier_in_action_nb", "KS ber regjeringen om å gi alle kommuner et eget tilskudd.", "nb",
     [("KS", "regjeringen", "gi alle kommuner et eget tilskudd")]),
]


@pytest.mark.parametrize("raw,language,expected", cases(NOT_GROUPS))
def test_no_quantified_group(raw: str, language: str, expected: list[Row]) -> None:
    assert demands(raw, language) == expected
