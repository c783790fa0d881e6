"""Who must act, and whose words a demand is, when the actor stands outside the demand's main clause
(invented texts): the subject of a fronted condition whose main clause names nobody ("Når staten vedtar nye
plikter, må pengene følge med"), the subject after the modal of a later clause with a fronted object ("...,
og det må staten ta innover seg"), an organisation named in a fronted condition inside someone else's
quotation (the one asked, not the claimant), and a lead-in of advice to someone ("Tre råd fra KS til
kommunene:"); and "krever" with a thing as subject ("Loven krever X") is no request."""
from __future__ import annotations

import pytest

from extract_kit import cases, demands

Row = tuple[str, str | None, str]

CONDITIONS = [
    ("when_state_passive_main_nb",
     "– Når staten vedtar nye rettigheter, må pengene følge med fra første dag, sier styreleder Kari Holm i KS.",
     [("KS", "staten", "Når staten vedtar nye rettigheter, må pengene følge med fra første dag")]),
    ("when_state_nn",
     "– Når staten innfører nye plikter, må dei følgjast av friske midlar, seier fylkesleiar Per Lie i KS Vestland.",
     [("KS Vestland", "staten", "Når staten innfører nye plikter, må dei følgjast av friske midlar")]),
    ("if_government_nb",
     "– Hvis regjeringen vil ha flere lærere, må lønna opp, sier leder Kari Holm i Utdanningsforbundet.",
     [("Utdanningsforbundet", "regjeringen", "Hvis regjeringen vil ha flere lærere, må lønna opp")]),
    # the municipalities receiving in the condition are not asked
    ("when_municipalities_receive",
     "– Når kommunene får nye oppgaver, må pengene følge med, sier styreleder Kari Holm i KS.",
     [("KS", None, "Når kommunene får nye oppgaver, må pengene følge med")]),
    ("no_actor_in_condition",
     "– Dersom loven vedtas, må nye plikter fullfinansieres, sier styreleder Kari Holm i KS.",
     [("KS", None, "Dersom loven vedtas, må nye plikter fullfinansieres")]),
]

LATER_CLAUSE = [
    ("fronted_object_nb",
     "– Tidlig hjelp er billigere, og det bør staten ta konsekvensen av i budsjettet, sier styreleder Kari Holm i KS.",
     [("KS", "staten", "Tidlig hjelp er billigere, og det bør staten ta konsekvensen av i budsjettet")]),
    ("fronted_object_nn",
     "– Det kostar meir å byggje i nord, og det må regjeringa ta omsyn til, seier fylkesleiar Per Lie i KS Vestland.",
     [("KS Vestland", "regjeringen", "Det kostar meir å byggje i nord, og det må regjeringa ta omsyn til")]),
]

NAMED_IN_CONDITION = [
    ("union_conditions_ks_nb",
     "Fagforbundet er kritisk til KS.\n\n– Hvis KS mener alvor med dette, må de slutte å lyse ut små "
     "stillinger, sier forbundsleder Kari Holm i Fagforbundet.",
     [("Fagforbundet", None, "Hvis KS mener alvor med dette, må de slutte å lyse ut små stillinger")]),
    ("union_conditions_ks_nn",
     "Utdanningsforbundet er kritisk.\n\n– Viss KS meiner noko med dette, må dei betale lærarane meir, "
     "seier leiar Per Lie i Utdanningsforbundet.",
     [("Utdanningsforbundet", None, "Viss KS meiner noko med dette, må dei betale lærarane meir")]),
    # an organisation that is the subject of the demand's own verb still speaks
    ("organisation_own_request",
     "Fagforbundet var på møtet.\n\n– KS forventer at staten tar regningen, sier fylkesleder Kari Holm i KS Agder.",
     [("KS", "staten", "staten tar regningen")]),
]

ADVICE = [
    ("advice_to_municipalities_nb",
     "Intervju med direktøren.\n\nTre råd fra KS til kommunene:\n• Gå sammen med nabokommunene om innkjøp.\n"
     "• Still krav om åpne standarder i nye avtaler.",
     [("KS", "kommunene", "Gå sammen med nabokommunene om innkjøp"),
      ("KS", "kommunene", "Still krav om åpne standarder i nye avtaler")]),
    ("advice_to_municipalities_nn",
     "Fire råd frå KS Vestland til kommunane:\n• Samarbeid med nabokommunane om innkjøp.\n"
     "• Still krav om opne standardar i nye avtalar.",
     [("KS Vestland", "kommunene", "Samarbeid med nabokommunane om innkjøp"),
      ("KS Vestland", "kommunene", "Still krav om opne standardar i nye avtalar")]),
    ("recommendations_to_government",
     "KS har disse anbefalingene til regjeringen:\n- Øk rammetilskuddet.\n- Fullfinansier reformen.",
     [("KS", "regjeringen", "Øk rammetilskuddet"), ("KS", "regjeringen", "Fullfinansier reformen")]),
    # a council's agenda is no list of advice
    ("agenda_is_no_advice",
     "Regionrådet i Nordvik møttes i går. Dette sto på sakskartet for regionrådet:\n- Budsjett.\n- Valg.",
     []),
]


REQUIRES = [
    # "krever" with a thing as subject: what it needs, nobody's request
    ("law_requires_nb",
     "– Loven krever mer dokumentasjon, flere vedtak og mer kompetanse, sa leder Kari Holm i Fagforbundet.", []),
    ("situation_requires_nn", "Fylkestinget i Nordland meiner situasjonen krev nasjonale grep.", []),
    ("reform_requires_nb", "– Reformen krever at kommunene har flere psykologer, sa leder Kari Holm i KS.", []),
    # an organisation, a pointer to one, or a statement document still asks
    ("union_pointer_requests",
     "Fagforbundet er på banen. Forbundet krever at regjeringen øker lønna.",
     [("Fagforbundet", "regjeringen", "regjeringen øker lønna")]),
    ("named_body_requests_nn",
     "Fylkestinget i Nordland krev at regjeringa aukar tilskotet.",
     [("Fylkestinget i Nordland", "regjeringen", "regjeringa aukar tilskotet")]),
]


@pytest.mark.parametrize("raw, expected", cases(CONDITIONS, LATER_CLAUSE, NAMED_IN_CONDITION, ADVICE, REQUIRES))
def test_addressee(raw: str, expected: list[Row]) -> None:
    language = "nn" if any(w in raw for w in (" seier ", " frå ", " kostar ", " krev ")) else "nb"
    assert demands(raw, language) == expected
