"""Who must act, and whose words a demand is, when the actor stands outside the demand's main clause
(invented texts): the subject of a fronted condition whose main clause names nobody ("Når staten vedtar nye
plikter, må pengene følge med"), the subject after the modal of a later clause with a fronted object ("...,
og det må staten ta med i budsjettet"), an organisation named in a fronted condition inside someone else's
quotation (the one asked, not the claimant), and a lead-in of advice to someone ("Tre råd fra KS til
kommunene:"); and "krever" with a thing as subject ("Forskriften krever X") is no request. Also the police, the
police directorate and the employers as the body that must act (and as the object of what another body must do, which
keeps that body), and a minister's own words that the municipalities must act (a ministry's demand of them;
municipalities that are compensated are not asked)."""
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


SUBJECTS = [
    ("police_subject_nb",
     "Ordføreren i Lunde er bekymret for beredskapen.\n\n"
     "– Politiet må ha folk til stede i hele kommunen, sier ordfører Kari Li.",
     [("Lunde kommune", "politiet", "Politiet må ha folk til stede i hele kommunen")]),
    ("police_subject_nn",
     "Ordføraren i Lunde er uroa for beredskapen.\n\n"
     "– Politiet må vere til stades i heile kommunen, seier ordførar Kari Li.",
     [("Lunde kommune", "politiet", "Politiet må vere til stades i heile kommunen")]),
    ("employers_subject_nb",
     "Fagforbundet møtte statsråden i går.\n\n"
     "– Arbeidsgiverne må ta arbeidsbelastningen på alvor, sier forbundsleder Ola Vik.",
     [("Fagforbundet", "arbeidsgiverne", "Arbeidsgiverne må ta arbeidsbelastningen på alvor")]),
    ("employers_subject_nn",
     "Fagforbundet møtte statsråden i går.\n\n"
     "– Arbeidsgjevarane må ta arbeidsbelastninga på alvor, seier forbundsleiar Ola Vik.",
     [("Fagforbundet", "arbeidsgiverne", "Arbeidsgjevarane må ta arbeidsbelastninga på alvor")]),
    ("police_directorate_asked_nb",
     "Ordføreren i Lunde er bekymret.\n\n"
     "– Vi ber Politidirektoratet om å stanse nedleggingen av lensmannskontoret, sier ordfører Kari Li.",
     [("Lunde kommune", "Politidirektoratet", "stanse nedleggingen av lensmannskontoret")]),
]

NEGATIVES = [
    # the police receive: the state acts
    ("police_object_nb",
     "Ordføreren i Lunde er bekymret.\n\n"
     "– Staten må gi politiet flere stillinger i distriktene, sier ordfører Kari Li.",
     [("Lunde kommune", "staten", "Staten må gi politiet flere stillinger i distriktene")]),
    ("employers_receive_nb",
     "Fagforbundet møtte statsråden.\n\n"
     "– Staten må sørge for at arbeidsgiverne får råd til hele stillinger, sier forbundsleder Ola Vik.",
     [("Fagforbundet", "staten", "Staten må sørge for at arbeidsgiverne får råd til hele stillinger")]),
    ("police_object_nn",
     "Ordføraren i Lunde er uroa.\n\n"
     "– Regjeringa må gje politiet fleire stillingar i distrikta, seier ordførar Kari Li.",
     [("Lunde kommune", "regjeringen", "Regjeringa må gje politiet fleire stillingar i distrikta")]),
    # KS coordinated with the employers it speaks for: gold keeps KS (one document of u8); a strict known failure
    # until stop 54, when KS as the subject of a modal became the one asked (flows/extract/ks_asked.py)
    ("ks_and_employers_nb",
     "Fagforbundet møtte statsråden i går.\n\n"
     "– Nå må KS og arbeidsgiverne ute i kommunene rydde i turnusene, sier forbundsleder Ola Vik.",
     [("Fagforbundet", "KS", "må KS og arbeidsgiverne ute i kommunene rydde i turnusene")]),
]


@pytest.mark.parametrize("raw, expected", cases(SUBJECTS, NEGATIVES))
def test_round19_addressees(raw: str, expected: list[Row]) -> None:
    language = "nn" if any(w in raw for w in ("seier", "Ordføraren", "Arbeidsgjevarane")) else "nb"
    assert demands(raw, language) == expected


# a minister's own quoted words that the municipalities must act ("Kommunane må òg samarbeide meir om innkjøp"): the ministry's
# demand of the municipalities; not when they receive ("Kommunene må få mer penger")
MINISTER_ASKS_MUNICIPALITIES = [
    ("finance_minister_use_solutions_nn",
     "KS og regjeringa møttest til konsultasjonsmøte.\n\n– Vi treng meir pengar, sa KS-leiar Kari Nordmann.\n\n"
     "– Eg forstår frustrasjonen. Kommunane må òg samarbeide meir om innkjøp av fagsystem, i staden for å kjøpe "
     "kvar for seg, svarte finansminister Ola Hansen.", "nn",
     [("KS", None, "Vi treng meir pengar"),
      ("Finansdepartementet", "kommunene",
       "Kommunane må òg samarbeide meir om innkjøp av fagsystem, i staden for å kjøpe kvar for seg")]),
    ("local_minister_cooperate",
     "KS møtte kommunalministeren tirsdag.\n\n– Vi trenger et løft for digitalisering, sa KS-leder Kari Nordmann."
     "\n\n– Staten skal bidra. Men kommunene selv må samordne seg bedre om digitale innkjøp, sa kommunal- og "
     "distriktsminister Ola Hansen.", "nb",
     [("KS", None, "Vi trenger et løft for digitalisering"),
      ("Kommunal- og distriktsdepartementet", "kommunene",
       "kommunene selv må samordne seg bedre om digitale innkjøp")]),
    ("minister_municipalities_receive",
     "KS møtte kommunalministeren tirsdag.\n\n– Vi trenger et løft for digitalisering, sa KS-leder Kari Nordmann."
     "\n\n– Kommunene må få mer penger neste år, sa kommunal- og distriktsminister Ola Hansen.", "nb",
     [("KS", None, "Vi trenger et løft for digitalisering")]),
]


@pytest.mark.parametrize("raw,language,expected", cases(MINISTER_ASKS_MUNICIPALITIES))
def test_minister_asks_municipalities(raw: str, language: str, expected: list[Row]) -> None:
    assert demands(raw, language) == expected


# the municipal side compensated or paid for ("ber om at kommunane blir kompenserte for meirutgiftene"): someone else pays, the
# municipalities are not the ones asked (the annotated texts give no addressee); a verb of acting keeps them
COMPENSATED = [
    ("compensated_nn", "KS ber om at kommunane blir kompenserte for meirutgiftene for meirutgiftene til skuleskyss.", "nn",
     [("KS", None, "kommunane blir kompenserte for meirutgiftene for meirutgiftene til skuleskyss")]),
    ("compensated_quote", "– Vi forventer at kommunene blir fullt kompensert for de nye pensjonskostnadene, sier "
     "KS-leder Kari Nordmann.", "nb", [("KS", None, "kommunene blir fullt kompensert for de nye pensjonskostnadene")]),
    ("refunded", "KS Agder krever at kommunene blir refundert for utgiftene til beredskap.", "nb",
     [("KS Agder", None, "kommunene blir refundert for utgiftene til beredskap")]),
    ("municipalities_act_control", "KS ber om at kommunene tar i bruk de nasjonale løsningene.", "nb",
     [("KS", "kommunene", "kommunene tar i bruk de nasjonale løsningene")]),
]


@pytest.mark.parametrize("raw,language,expected", cases(COMPENSATED))
def test_compensated_municipalities_not_asked(raw: str, language: str, expected: list[Row]) -> None:
    assert demands(raw, language) == expected
