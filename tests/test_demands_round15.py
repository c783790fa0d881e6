"""Round 15: demand look-alikes and joined measures pooled by phenomenon from the misses of texts written by
people who never saw the code (invented sentences, bokmål and nynorsk, several bodies and layouts; the whole
extractor runs):

- a clause whose subject is a pronoun for the measure just asked for ("X, og den må være statlig finansiert",
  "og det må betales over statsbudsjettet", "og det trengst straks"): a condition on the same measure, one
  demand whose text holds both (decision 5; the annotated texts join them); "det" before a new noun phrase
  ("og det må etableres flere plasser") is an expletive, and that is a second demand;
- a request negated after a subject that follows the verb ("Egentlig forventer jeg ikke stort") or before
  its auxiliary ("ho ikkje hadde forventa noko betre"): nothing asked; "ikke bare ..., men" still asks;
- a modal clause under what one hears or what the government says ("Vi høyrer stadig at kommunane må
  effektivisere", "Når departementet seier at vi må slå saman tenestene"): someone else's position, quoted;
- "kreve" after an auxiliary with a thing as its subject ("reformen vil kreve nye årsverk"): what a thing
  requires, nobody's request;
- a modal after a source of figures ("Ifølge KS' egne anslag må kommunene bruke ..."): a projection;
- a need or a copula that names no action ("kommunane treng handling", "Det burde være helt naturlig");
- a wish of a member of the government by title ("statssekretær Ola Hansen vil ha et nytt digitalt møte"): the
  government's plan, told, no claimant's demand;
- a minister's own quoted words that the municipalities must act ("Kommunane må òg samarbeide meir om innkjøp"): the
  ministry's demand of the municipalities.
Each phenomenon has controls that must stay demands."""
from __future__ import annotations

import pytest

from extract_kit import Row, cases, demands, known_failure

JOINED_MEASURES = [
    ("pronoun_fully_funded",
     "– Vi ber om en ny ordning for vikarleger i distriktene, og den må være statlig finansiert, sier leder Kari "
     "Nordmann i Legeforeningen.", "nb",
     [("Legeforeningen", None, "en ny ordning for vikarleger i distriktene, og den må være statlig finansiert")]),
    ("det_funded_over_budget",
     "– Kommunene trenger et eget løft for barnevernet, og det må betales over statsbudsjettet, sa KS-leder Kari "
     "Nordmann.", "nb",
     [("KS", None, "Kommunene trenger et eget løft for barnevernet, og det må betales over statsbudsjettet")]),
    ("need_now_nn",
     "– Det trengst eit eige fond for skredsikring, og det trengst straks, sa KS-leiar Kari Nordmann.", "nn",
     [("KS", None, "Det trengst eit eige fond for skredsikring, og det trengst straks")]),
    ("det_followed_up",
     "– Staten må lage en plan for rassikring, og det må følges opp, sa fylkesleder Ola Nordmann i KS Nordland.",
     "nb", [("KS Nordland", "staten", "Staten må lage en plan for rassikring, og det må følges opp")]),
    ("need_now_nb",
     "– Det trengs en egen pott til flomsikring, og det trengs nå, sier fylkesleder Ola Nordmann i KS Innlandet.",
     "nb", [("KS Innlandet", None, "Det trengs en egen pott til flomsikring, og det trengs nå")]),
    ("dei_lasting_nn",
     "– Staten må auke satsane for tilskotet, og dei må vere varige, sa KS-leiar Kari Nordmann.", "nn",
     [("KS", "staten", "Staten må auke satsane for tilskotet, og dei må vere varige")]),
    ("det_be_lasting_nn",
     "– Regjeringa bør gje kommunane eit eige tilskot til beredskap, og det må vere varig, seier KS-leiar Kari "
     "Nordmann.", "nn",
     [("KS", "regjeringen", "Regjeringa bør gje kommunane eit eige tilskot til beredskap, og det må vere varig")]),
    ("det_paid_by_state_opinion",
     "Kommunene ble lovet en ny ordning. Staten bør innføre en kompensasjon for økte renter, og det bør skje "
     "allerede i år, skriver KS-leder Kari Nordmann.", "nb",
     [("KS", "staten", "Staten bør innføre en kompensasjon for økte renter, og det bør skje allerede i år")]),
]

SECOND_DEMANDS = [
    # controls: "det" before a new noun phrase opens a second demand; a new named subject too; a pronoun for a thing
    # with a verb of its own is a second action (the annotated texts split "og den må justeres ...")
    ("den_indexed_second",
     "– Tilskuddet må økes, og den må prisjusteres årlig, sier KS-leder Kari Nordmann.", "nb",
     [("KS", None, "Tilskuddet må økes"), ("KS", None, "den må prisjusteres årlig")]),
    pytest.param("den_indexed_every_year",
                 "– Tilskuddet må økes, og den må prisjusteres hvert år, sier KS-leder Kari Nordmann.",
                 "nb", [("KS", None, "Tilskuddet må økes"), ("KS", None, "den må prisjusteres hvert år")],
                 marks=known_failure("'hvert år' reads the second modal as a habitual description "
                                     "(descriptive_adverbs), so the first demand runs on over it")),
    ("den_funded_second_nn",
     "– Staten må ta ansvaret for ei nasjonal løysing for journaldeling, og den må finansierast over "
     "statsbudsjettet, sa KS-leiar Kari Nordmann.", "nn",
     [("KS", "staten", "Staten må ta ansvaret for ei nasjonal løysing for journaldeling"),
      ("KS", "staten", "den må finansierast over statsbudsjettet")]),
    ("expletive_new_places_nn",
     "– Staten må betale for reforma, og det må opprettast fleire lærlingplassar, sa KS-leiar Kari Nordmann.", "nn",
     [("KS", "staten", "Staten må betale for reforma"), ("KS", "staten", "det må opprettast fleire lærlingplassar")]),
    ("expletive_set_aside_funds",
     "– Staten må bære kostnadene ved beredskapen, og det må settes av midler til flomsikring, sa KS-leder Kari "
     "Nordmann.", "nb",
     [("KS", "staten", "Staten må bære kostnadene ved beredskapen"),
      ("KS", "staten", "det må settes av midler til flomsikring")]),
    ("expletive_possible",
     "– Staten må betale for reformen, og det må bli mulig å søke om tilskudd hele året, sa KS-leder Kari "
     "Nordmann.", "nb",
     [("KS", "staten", "Staten må betale for reformen"),
      ("KS", "staten", "det må bli mulig å søke om tilskudd hele året")]),
    ("new_subject_state",
     "– Kommunene må få dekket utgiftene, og staten må ta ansvar for beredskapen, sa KS-leder Kari Nordmann.", "nb",
     [("KS", None, "Kommunene må få dekket utgiftene"), ("KS", "staten", "staten må ta ansvar for beredskapen")]),
]


@pytest.mark.parametrize("raw,language,expected", cases(JOINED_MEASURES, SECOND_DEMANDS))
def test_pronoun_clause_joins_measure(raw: str, language: str, expected: list[Row]) -> None:
    assert demands(raw, language) == expected


LOOKALIKES = [
    # a request negated after its inverted subject or before its auxiliary
    ("expect_i_not_much",
     "– Egentlig forventer jeg ikke stort av dette budsjettet. Likevel forventer jeg at staten dekker lønnsveksten, "
     "sier KS-leder Kari Nordmann.", "nb", "mye av dette"),
    ("want_we_not_nn",
     "– No ønskjer vi ikkje fleire utgreiingar av ordninga, sa KS-leiar Kari Nordmann.", "nn", "utgreiingar"),
    ("ask_we_not_more_money",
     "– Her ber vi ikke om mer penger til drift, sier fylkesleder Ola Nordmann i KS Agder.", "nb", "mer penger"),
    ("had_not_expected_other_answer",
     "Etter møtet sa KS-leder Kari Nordmann at ho ikkje hadde forventa et bedre tilbud fra departementet.", "nb",
     "bedre tilbud"),
    ("would_not_ask_nn",
     "Ordføraren i Nordby, Ola Nordmann, seier at han ikkje vil be om ekstra pengar til vegane.", "nn",
     "ekstra pengar"),
    # a modal under what one hears or what the government says
    ("hear_often_prioritise_nn",
     "– Vi høyrer stadig at kommunane må effektivisere meir. Det har vi gjort lenge, seier KS-leiar Kari Nordmann.",
     "nn", "effektivisere"),
    ("told_must_cut",
     "– Vi får stadig høre at kommunene må kutte i administrasjonen, sier KS-leder Kari Nordmann.", "nb",
     "kutte i administrasjonen"),
    ("government_thinks_must_streamline",
     "– Regjeringen mener at kommunene må effektivisere driften. Det har vi gjort i ti år, sier KS-leder Kari "
     "Nordmann.", "nb", "effektivisere"),
    ("one_says_must_merge_nn",
     "– Ein seier gjerne at små kommunar må slå seg saman, sa ordførar Ola Nordmann i Nordby.", "nn", "slå seg"),
    # "kreve" after an auxiliary with a thing as its subject
    ("directive_will_require",
     "Leder Kari Nordmann i Fagforbundet sa at reformen vil kreve mange nye årsverk i hjemmetjenesten.", "nb",
     "årsverk"),
    ("reform_can_require_nn",
     "KS-leiar Kari Nordmann sa at reforma kan krevje fleire tilsette i barnevernet.", "nn", "tilsette"),
    ("rules_will_require_quote",
     "– Regelverket vil kreve mye mer dokumentasjon fra sykehjemmene, sier KS-leder Kari Nordmann.", "nb",
     "dokumentasjon"),
    # a modal after a source of figures: a projection
    ("calculations_must_invest",
     "KS-leder Kari Nordmann pekte på skolebyggene. Ifølge KS' egne anslag må kommunene bruke 80 milliarder kroner "
     "på vedlikehold.", "nb", "vedlikehold"),
    ("figures_must_build_reported",
     "KS-leder Kari Nordmann sa at fylkeskommunene etter KS sine tall må ruste opp 3000 kilometer vei.", "nb",
     "ruste opp"),
    ("figures_nn",
     "Ifølgje tala frå SSB må kommunane tilsetje 10 000 fleire i omsorga innan 2030, seier KS-leiar Kari "
     "Nordmann.".replace("Ifølgje", "Ifylgje"), "nn", "tilsetje"),
    # a need that names no action
    ("need_action_now_nn",
     "– Møtet var hyggeleg, men kommunane treng handling, seier KS-leiar Kari Nordmann.", "nn", "handling"),
    ("need_more_than_understanding",
     "– Vi trenger mer enn velvilje, sier KS-leder Kari Nordmann.", "nb", "velvilje"),
    ("need_more_than_words_nn",
     "– Kommunane treng meir enn fine ord, sa fylkesleiar Ola Nordmann i KS Nordland.", "nn", "fine ord"),
    # an evaluation with "det" and a copula
    ("should_be_obvious",
     "– Kommunene må få være med når planen lages. Det burde være helt naturlig, sier leder Kari Nordmann i "
     "Legeforeningen.", "nb", "naturlig"),
    ("should_be_obvious_nn", "– Det bør vere openbert, sa KS-leiar Kari Nordmann.", "nn", "openbert"),
    # the government's own wish by title
    ("state_secretary_wants_meeting",
     "KS-leder Kari Nordmann sa at møtet er flyttet. Hun forteller at statssekretær Ola Hansen vil ha et nytt "
     "digitalt møte med fylkesstyret før jul.", "nb", "digitalt"),
    ("minister_wants_report_nn",
     "Fylkesleiar Kari Nordmann i KS Vestland fortel at statsråden vil ha ein rapport frå kommunane innan jul.", "nn",
     "rapport"),
]


@pytest.mark.parametrize("raw,language,fragment", cases(LOOKALIKES))
def test_lookalike_is_no_demand(raw: str, language: str, fragment: str) -> None:
    found = [d[2] for d in demands(raw, language)]
    assert not [t for t in found if fragment in t], found


KEPT = [
    # controls: the speaker's own saying, a person (no government body) who says, "not only ... but", a body's
    # own "krev"/"vil krevje", the claimant asking a minister
    ("we_say_state_must_pay",
     "– Vi sier at staten må betale hele regningen, sa KS-leder Kari Nordmann.", "nb",
     [("KS", "staten", "staten må betale hele regningen")]),
    ("person_said_government_must_nn",
     "Leiar Kari Nordmann i Fagforbundet sa at regjeringa også må heve minstelønna i omsorga.", "nn",
     [("Fagforbundet", "regjeringen", "regjeringa også må heve minstelønna i omsorga")]),
    ("body_will_demand",
     "KS vil kreve at staten betaler hele regningen for reformen.", "nb",
     [("KS", "staten", "staten betaler hele regningen for reformen")]),
    ("county_will_demand_nn",
     "Fylkestinget vil krevje at staten dekkjer utgiftene etter flaumen.", "nn",
     [("Fylkestinget", "staten", "staten dekkjer utgiftene etter flaumen")]),
    ("fronted_meeting_with_minister_leader_says",
     "Etter møtet med kunnskapsministeren mener KS-leder Kari Nordmann at staten må betale mer for skolebyggene.",
     "nb", [("KS", "staten", "staten må betale mer for skolebyggene")]),
    ("fronted_after_minister_nn",
     "Etter samtalen med statsråden meiner fylkesleiar Ola Nordmann i KS Vestland at staten må ta heile rekninga.",
     "nn", [("KS Vestland", "staten", "staten må ta heile rekninga")]),
    ("need_more_nurses",
     "– Vi trenger flere sykepleiere i hjemmetjenesten, sier KS-leder Kari Nordmann.", "nb",
     [("KS", None, "Vi trenger flere sykepleiere i hjemmetjenesten")]),
    ("must_be_possible_to_apply",
     "– Det må være mulig å søke om tilskudd hele året, sier KS-leder Kari Nordmann.", "nb",
     [("KS", None, "Det må være mulig å søke om tilskudd hele året")]),
    ("expect_we_state_compensates",
     "– Vi forventer at regjeringen kompenserer kommunene fullt ut, sier KS-leder Kari Nordmann.", "nb",
     [("KS", "regjeringen", "regjeringen kompenserer kommunene fullt ut")]),
]


@pytest.mark.parametrize("raw,language,expected", cases(KEPT))
def test_demand_kept(raw: str, language: str, expected: list[Row]) -> None:
    assert demands(raw, language) == expected


NOT_ONLY = [
    # "ikke bare X, men også Y" negates nothing: a demand stays (its text is cut at the contrast)
    ("not_only_but_also",
     "– Vi ønsker ikke bare flere hender, men også bedre lønn til helsefagarbeiderne, sa KS-leder Kari Nordmann.",
     "nb", "flere hender"),
    ("not_only_inverted_nn",
     "– Difor ønskjer vi ikkje berre fleire hender, men òg betre løn til helsefagarbeidarane, sa KS-leiar Kari "
     "Nordmann.", "nn", "fleire hender"),
]


@pytest.mark.parametrize("raw,language,fragment", cases(NOT_ONLY))
def test_not_only_still_asks(raw: str, language: str, fragment: str) -> None:
    assert [d for d in demands(raw, language) if d[0] == "KS" and fragment in d[2]]


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


def test_government_saying_is_no_demand_of_the_speaker() -> None:
    # "Når departementet seier at vi må X, må departementet Y": Y is asked (with its condition), X is not
    found = [d[2] for d in demands("– Når departementet seier at vi må slå saman tenestene, må departementet òg "
                                   "betale for det, sa KS-leiar Kari Nordmann.", "nn")]
    assert found and not [t for t in found if t.startswith("vi må")], found
