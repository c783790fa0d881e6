"""Who must act, and whose words a demand is, when the actor stands outside the demand's main clause
(invented texts): the subject of a fronted condition whose main clause names nobody ("Når staten vedtar nye
plikter, må pengene følge med"), the subject after the modal of a later clause with a fronted object ("...,
og det må staten ta med i budsjettet"), an organisation named in a fronted condition inside someone else's
quotation (the one asked, not the claimant), and a lead-in of advice to someone ("Tre råd fra KS til
kommunene:"); and "krever" with a thing as subject ("Forskriften krever X") is no request."""
from __future__ import annotations

import pytest

from extract_kit import cases, demands

Row = tuple[str, str | None, str]

CONDITIONS = [
    ("when_state_passive_main_nb",
     "– Når staten pålegger oss nye oppgaver, må pengene komme samtidig, sier styreleder Kari Holm i KS.",
     [("KS", "staten", "Når staten pålegger oss nye oppgaver, må pengene komme samtidig")]),
    ("when_state_nn",
     "– Når staten gir oss nye plikter, må det kome pengar med dei, seier fylkesleiar Per Lie i KS Vestland.",
     [("KS Vestland", "staten", "Når staten gir oss nye plikter, må det kome pengar med dei")]),
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
     "– Forebygging lønner seg, og det bør staten ta hensyn til i budsjettet, sier styreleder Kari Holm i KS.",
     [("KS", "staten", "Forebygging lønner seg, og det bør staten ta hensyn til i budsjettet")]),
    ("fronted_object_nn",
     "– Vegane i fjellet er dyre å halde opne, og det må regjeringa ta omsyn til, seier fylkesleiar Per Lie i KS Vestland.",
     [("KS Vestland", "regjeringen", "Vegane i fjellet er dyre å halde opne, og det må regjeringa ta omsyn til")]),
]

NAMED_IN_CONDITION = [
    ("union_conditions_ks_nb",
     "Fagforbundet er kritisk til KS.\n\n– Hvis KS vil ha flere søkere, må de betale bedre for "
     "kveldsvakter, sier forbundsleder Kari Holm i Fagforbundet.",
     [("Fagforbundet", None, "Hvis KS vil ha flere søkere, må de betale bedre for kveldsvakter")]),
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
     "Intervju med direktøren.\n\nTre råd fra KS til kommunene:\n• Del erfaringer med nabokommunene.\n"
     "• Lag en plan for opplæring av de ansatte.",
     [("KS", "kommunene", "Del erfaringer med nabokommunene"),
      ("KS", "kommunene", "Lag en plan for opplæring av de ansatte")]),
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
     "– Forskriften krever flere skjemaer og mer rapportering, sa leder Kari Holm i Fagforbundet.", []),
    ("situation_requires_nn", "Fylkestinget i Nordland meiner ordninga krev tett oppfølging.", []),
    ("reform_requires_nb", "– Reformen krever at kommunene har flere psykologer, sa leder Kari Holm i KS.", []),
    # an organisation, a pointer to one, or a statement document still asks
    ("union_pointer_requests",
     "Fagforbundet er på banen. Forbundet krever at regjeringen øker lønna.",
     [("Fagforbundet", "regjeringen", "regjeringen øker lønna")]),
    ("named_body_requests_nn",
     "Fylkestinget i Nordland krev at regjeringa aukar tilskotet.",
     [("Fylkestinget i Nordland", "regjeringen", "regjeringa aukar tilskotet")]),
    # a person named by a definite role asks ("Fylkesordføreren krever", "Leiaren krev"): no thing
    ("definite_role_requests_nb",
     "Ordfører Kari Holm i Nordvik kommune møtte statsråden.\n\n"
     "Ordføreren krever at staten betaler for skolebussene, sier Holm.",
     [("Nordvik kommune", "staten", "staten betaler for skolebussene")]),
    ("definite_role_requests_nn",
     "Leiar Kari Holm i Fagforbundet møtte statsråden.\n\nLeiaren krev at staten aukar lønna, seier Holm.",
     [("Fagforbundet", "staten", "staten aukar lønna")]),
]


@pytest.mark.parametrize("raw, expected", cases(CONDITIONS, LATER_CLAUSE, NAMED_IN_CONDITION, ADVICE, REQUIRES))
def test_addressee(raw: str, expected: list[Row]) -> None:
    language = "nn" if any(w in raw for w in (" seier ", " frå ", " kostar ", " krev ")) else "nb"
    assert demands(raw, language) == expected
