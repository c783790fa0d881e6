"""What is no demand (invented texts): look-alikes of requests, habitual consequences, what one is told, a denied
request noun, a modal announcing a count, the government's saying, and lead-in lines in talk notes; with the demands
kept beside them."""
from __future__ import annotations

import pytest

from extract_kit import Row, cases, demands


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


def test_government_saying_is_no_demand_of_the_speaker() -> None:
    # "Når departementet seier at vi må X, må departementet Y": Y is asked (with its condition), X is not
    found = [d[2] for d in demands("– Når departementet seier at vi må slå saman tenestene, må departementet òg "
                                   "betale for det, sa KS-leiar Kari Nordmann.", "nn")]
    assert found and not [t for t in found if t.startswith("vi må")], found


HABITUAL_CONSEQUENCES = [
    # a modal after a fronted clause of time, its subject the speaker's own side or a service of theirs:
    # what has to be done when something happens, no call on anyone
    ("service_after_when_nn",
     "– Når siste buss går klokka ni, må heimetenesta i Nordbygda leggje om heile kveldsvakta, seier KS-leiar "
     "Kari Nordmann.", "nn", "heimetenesta"),
    ("legevakt_after_when_nb",
     "– Når en pasient blir syk en lørdag kveld, må legevakten begynne helt på nytt, sier fylkesleder Ola "
     "Nordmann i KS Innlandet.", "nb", "legevakten"),
    ("we_wait_after_when_nb",
     "– Hver gang vi søker om midler til sikring, må vi vente i fem år, sier KS-leder Kari Nordmann.", "nb",
     "vente"),
]


@pytest.mark.parametrize("raw,language,fragment", cases(HABITUAL_CONSEQUENCES))
def test_habitual_consequence_is_no_demand(raw: str, language: str, fragment: str) -> None:
    found = [d[2] for d in demands(raw, language)]
    assert not [t for t in found if fragment in t], found


TOLD = [
    # a modal clause under what one is told ("får vi svar om at", "fikk beskjed om at"): someone else's answer
    ("told_answer_nn",
     "– Når vi søkjer om pengar til flaumsikring, får vi svar om at vi må vente på den nasjonale lista, seier "
     "ordførar Kari Nordmann i Nordby kommune.", "nn", "vente"),
    ("told_message_nb",
     "– Vi fikk beskjed om at kommunene må vente til neste år, sier KS-leder Kari Nordmann.", "nb", "vente"),
]


@pytest.mark.parametrize("raw,language,fragment", cases(TOLD))
def test_what_one_is_told_is_no_demand(raw: str, language: str, fragment: str) -> None:
    found = [d[2] for d in demands(raw, language)]
    assert not [t for t in found if fragment in t], found


NOT_DEMANDS: list[tuple[str, str, str]] = [
    ("denied_request", "– Det er ikke slik at vi krever at staten skal overta skolene, "
                       "sier styreleder i KS, Per Hansen.", "nb"),
    ("denied_wish_nn", "– Det er ikkje sånn at vi ønskjer ei ny reform no, "
                       "seier styreleiar i KS, Kari Dal.", "nn"),
    ("denied_position", "– Det betyr ikke at staten må betale alt, sier styreleder i KS, Per Hansen.", "nb"),
    ("denied_wish_noun", "– Dette er ikke et ønske om luksus, sier styreleder i KS, Per Hansen.", "nb"),
    ("denied_request_nn", "– Det er ikkje noko vi krev at staten skal ordne for oss, "
                          "seier styreleiar i KS, Kari Dal.", "nn"),
    ("greeting", "– Jeg vil ønske statsråd Kari Lund hjertelig velkommen til Nordby, sier styreleder i "
                 "KS, Per Hansen.", "nb"),
    ("greeting_nn", "– Eg vil ønskje alle hjarteleg velkomen til Loen, seier styreleiar i KS, Kari Dal.", "nn"),
    ("own_duty", "– Opplæringen er noe vi må ordne selv, sier styreleder i KS, Per Hansen.", "nb"),
    ("own_duty_inverted_nn", "– Dette må vi rydde opp i sjølv, seier styreleiar i KS, Kari Dal.", "nn"),
    ("own_duty_reflexive", "– Vi må også gå kritisk gjennom oss selv, sier styreleder i KS, Per Hansen.", "nb"),
    ("interviewer_question",
     "Kommunal Avis snakket med styreleder i KS, Per Hansen, etter møtet.\n\n"
     "– Dere ville ha en ny ordning for skolebygg. Ble dere hørt?\n\n"
     "– Delvis. Statsråden lovet å se på saken."),
]


@pytest.mark.parametrize("name,raw,language", [(n, r, "nb") if len(t) == 0 else (n, r, t[0])
                                               for n, r, *t in NOT_DEMANDS], ids=[d[0] for d in NOT_DEMANDS])
def test_not_demands(name: str, raw: str, language: str) -> None:
    assert demands(raw, language) == []


@pytest.mark.xfail(strict=True, reason="a negation several words before a request noun ('Vi kjem ikkje til å "
                                       "fremje krav om X') is not read as denying it: a verb between may "
                                       "also keep the request ('gir ikke opp kravet om')")
def test_distant_negation_of_request_noun() -> None:
    assert demands("– Vi kjem ikkje til å fremje krav om ekstra midlar i dag, seier styreleiar i KS, "
                   "Kari Dal.", "nn") == []


@pytest.mark.parametrize("sentence,expected", [
    ("Skal vi lykkes, må staten og fylkene gjøre to ting:", []),
    ("Difor må regjeringa gjere tre ting:", []),
    ("Staten må ta to ting på alvor: økonomi og folk.", ["Staten må ta to ting på alvor: økonomi og folk"]),
], ids=["modal_announcing_items", "modal_announcing_items_nn", "items_in_the_sentence"])
def test_modal_announcing_a_count_asks_nothing(sentence: str, expected: list[str]) -> None:
    from flows.extract.clauses import find_cues
    assert [sentence[c.start:c.end] for c in find_cues(sentence)] == expected


@pytest.mark.parametrize("text", [
    "Taleutkast – Kari Dal, styreleder i KS\n\nKommunene bør samtidig:\n\n- Samarbeide tettere med sykehusene\n"
    "- Bygge kompetanse i barnevernet",
    "Stikkord – Siri Vik, styreleiar i KS Nordvik\n\nKommunane må òg:\n\n- Samarbeide tettare med sjukehusa\n"
    "- Byggje kompetanse i barnevernet",
], ids=["samtidig_nb", "og_nn"])
def test_a_lead_in_line_with_an_adverb_is_no_demand_in_talk_notes(text: str) -> None:
    from extract_kit import demands

    found = [row[2] for row in demands(text)]
    assert not any(t.rstrip(":").endswith(("samtidig", "òg")) for t in found)
    assert any(t.startswith("Samarbeide") for t in found)
