"""Round 33 (the misses of eval/partset20 and eval/demset1, developed after their first looks), invented texts,
bokmål and nynorsk, with negatives:

- who took part: a state secretary who led the rest of the meeting ("leia resten av møtet"), a director who briefed
  it ("orienterte innleiingsvis om"); not a speaker whose own quotation says he was away ("Eg ... fekk ikkje vore
  med"), nor a press officer who confirms the meeting to the paper ("stadfestar at statsråden møtte ...");
- demands in narrative reported speech: a need with a degree adverb ("Det er heilt naudsynt at X, meinte ho"), a
  position whose source closes the sentence ("X må nå komme, ifølge KS"), a board that asks the state secretary
  ("Fylkesstyret ba statssekretæren om å X"), an ordinal item ("Det tredje og viktigaste er at staten må X"), a
  ministry urging KS at the meeting ("Departementet oppmoda på si side KS om å X");
- no demand in a denial ("avviser at KS ønsker å X"), an evaluation ("Å senke kravene er å gi opp") or an indirect
  question ("kva KS meiner må til").
"""
from __future__ import annotations

import pytest

from extract_kit import demands, participant_names

LED_REST_NN = ("Helseministeren måtte gå tidleg\n\n"
               "Konsultasjonsmøtet mellom KS og Helse- og omsorgsdepartementet vart halde torsdag 5. juni. "
               "Helse- og omsorgsminister Per Lid opna møtet, men måtte gå etter ein halv time. "
               "Statssekretær Eva Dal leia resten av møtet.\n\n"
               "KS var representert ved styreleiar Kari Moe.\n")
BRIEFED_NN = ("Konsultasjonsmøte om busetjing\n\n"
              "Arbeids- og inkluderingsminister Per Lid og KS hadde onsdag bilateralt konsultasjonsmøte om busetjing. "
              "KS stilte med styreleiar Kari Moe. "
              "Direktør i Integrerings- og mangfaldsdirektoratet (IMDi), Eva Dal, orienterte innleiingsvis om "
              "prognosane.\n")
SELF_AWAY_NN = ("Distriktsministeren vitja Fjaler\n\n"
                "Kommunal- og distriktsminister Per Lid var måndag 7. april på besøk i Fjaler. Ordførar Kari Moe tok "
                "imot statsråden i kommunestyresalen.\n\n"
                "Kommuneoverlege Ola Berg meiner besøket var viktig.\n\n"
                "– Eg var dessverre på legevakt og fekk ikkje vore med, men eg håpar statsråden tok med seg "
                "bodskapen, seier Berg til kommunen si nettside.\n")
CONFIRMS_NN = ("Ordføraren etter møtet med statsråden\n\n"
               "Ordførar i Luster, Kari Moe, er nøgd etter møtet med kommunal- og distriktsministeren i Oslo måndag.\n\n"
               "Kommunikasjonssjef Eva Dal i Kommunal- og distriktsdepartementet stadfestar at statsråd Per Lid møtte "
               "representantar for Luster kommune og KS Vestland.\n\n"
               "– Statsråden møter mange kommunar, seier Dal.\n")
PRESS_LISTED_NB = ("Møte om legevakt\n\n"
                   "KS møtte helse- og omsorgsminister Per Lid mandag om legevakt.\n\n"
                   "Til stede: styreleder Kari Moe (KS), kommunikasjonsrådgiver Eva Dal (KS)\n\n"
                   "Kommunikasjonsrådgiver Eva Dal bekrefter at møtet var nyttig.\n")


@pytest.mark.parametrize("raw,language,present,away", [
    (LED_REST_NN, "nn", {"Eva Dal", "Per Lid", "Kari Moe"}, set()),
    (BRIEFED_NN, "nn", {"Eva Dal", "Kari Moe"}, set()),
    (SELF_AWAY_NN, "nn", {"Per Lid", "Kari Moe"}, {"Ola Berg"}),
    (CONFIRMS_NN, "nn", {"Kari Moe"}, {"Eva Dal"}),
    (PRESS_LISTED_NB, "nb", {"Kari Moe", "Eva Dal"}, set()),  # negative: listed as present, the confirmation aside
], ids=["led_rest_nn", "briefed_nn", "self_away_nn", "press_confirms_nn", "press_listed_nb"])
def test_who_took_part(raw: str, language: str, present: set[str], away: set[str]) -> None:
    names = participant_names(raw, language)
    assert names is not None, "the text reports an occasion"
    assert present <= names, names
    assert not away & names, names


def test_only_the_speakers_own_absence_makes_them_absent() -> None:
    from flows.extract.absent_persons import self_absent
    from flows.model import Mention, Statement
    quote = Statement("direct", Mention("Ola Berg"), "Eg var med heile møtet, og eg håpar statsråden tok med seg "
                      "bodskapen", 0, 10, "r", 0)
    away = Statement("direct", Mention("Ola Berg"), "Eg var dessverre på legevakt og fekk ikkje vore med", 0, 10, "r", 0)
    other = Statement("direct", Mention("Ola Berg"), "Eg trur at statsråden ikkje kunne kome", 0, 10, "r", 0)
    assert self_absent((quote,)) == frozenset()
    assert self_absent((away,)) == frozenset({"Ola Berg"})
    assert self_absent((other,)) == frozenset()  # negative: someone else's absence in his words


NEED_NN = ("KS Vestland møtte statssekretæren\n\n"
           "Fylkesstyret i KS Vestland møtte statssekretær Per Lid i Helse- og omsorgsdepartementet tysdag.\n\n"
           "Fylkesstyreleiar Kari Moe tok opp investeringstilskotet. Det er heilt naudsynt at tilskotet blir justert, "
           "meinte ho.\n")
ACCORDING_NB = ("KS møtte kommunalministeren\n\n"
                "KS møtte kommunal- og distriktsminister Per Lid mandag.\n\n"
                "Organisasjonen minnet om at departementet selv har varslet en gjennomgang av kostnadene. Den "
                "gjennomgangen må nå komme, og kommunesektoren må involveres før konklusjonene trekkes, ifølge KS.\n")
BOARD_NB = ("KS Agder møtte statssekretæren\n\n"
            "Fylkesstyret i KS Agder møtte statssekretær Per Lid i Kunnskapsdepartementet mandag.\n\n"
            "Fylkesstyret ba dessuten statssekretæren om å bidra til at kommunene får beholde tilskuddet til "
            "vikarutgifter.\n")
ORDINAL_NN = ("Tre krav frå KS Rogaland\n\n"
              "Fylkesleiar Kari Moe i KS Rogaland heldt innlegg då helse- og omsorgsminister Per Lid vitja Stavanger "
              "måndag.\n\n"
              "Ho var klar på kva KS Rogaland meiner må til. For det første må sjukehusa slutte å skrive ut pasientar "
              "for tidleg. Det tredje og viktigaste er at staten må finansiere dei nye oppgåvene kommunane har fått.\n")
URGED_NN = ("Bilateralt møte om e-helse\n\n"
            "KS møtte Helse- og omsorgsdepartementet til bilateralt møte tysdag.\n\n"
            "Departementet oppmoda på si side KS om å hjelpe kommunane med å ta i bruk dei nasjonale "
            "e-helseløysingane raskare.\n")
DENIED_NB = ("Lærermangel i Agder\n\n"
             "KS Agder møtte statssekretær Per Lid i Kunnskapsdepartementet mandag.\n\n"
             "Fylkesleder Kari Moe avviser at KS Agder ønsker å senke kravene til lærerne.\n\n"
             "– Å senke kravene er å gi opp, sier Moe.\n")


@pytest.mark.parametrize("raw,language,expected", [
    (NEED_NN, "nn", ("KS Vestland", None, "tilskotet blir justert")),
    (ACCORDING_NB, "nb", ("KS", None, "Den gjennomgangen må nå komme")),
    (ACCORDING_NB, "nb", ("KS", None, "kommunesektoren må involveres før konklusjonene trekkes")),
    (BOARD_NB, "nb", ("KS Agder", "Kunnskapsdepartementet",
                      "bidra til at kommunene får beholde tilskuddet til vikarutgifter")),
    (ORDINAL_NN, "nn", ("KS Rogaland", "staten", "staten må finansiere dei nye oppgåvene kommunane har fått")),
    (URGED_NN, "nn", ("Helse- og omsorgsdepartementet", "KS",
                      "hjelpe kommunane med å ta i bruk dei nasjonale e-helseløysingane raskare")),
], ids=["need_degree_nn", "according_closer_1", "according_closer_2", "board_asks_secretary", "ordinal_copula_nn",
        "ministry_urged_nn"])
def test_demands_in_narrative_reported_speech(raw: str, language: str, expected: tuple[str, str | None, str]) -> None:
    found = demands(raw, language)
    claimant, addressee, text = expected
    hits = [d for d in found if d[0] == claimant and text in d[2]]
    assert hits, found
    assert addressee is None or hits[0][1] == addressee, hits
    assert not any(t.rstrip().endswith(("meinte ho", "ifølge KS")) for _, _, t in found), found  # the source cut off


@pytest.mark.parametrize("raw,language,absent", [
    (DENIED_NB, "nb", "senke kravene"),  # a denial of what KS is said to want
    (DENIED_NB, "nb", "gi opp"),  # an evaluation: the noun is what an infinitive acts on
    (ORDINAL_NN, "nn", "må til"),  # an indirect question: what is asked follows
], ids=["denied_wish", "infinitive_subject", "indirect_question_nn"])
def test_no_demand(raw: str, language: str, absent: str) -> None:
    assert not any(absent in text for _, _, text in demands(raw, language)), demands(raw, language)


MINUTES_NB = ("REFERAT\nKontaktmøte KS – Helse- og omsorgsdepartementet\n\n"
              "Dato: 03.02.2025\nSted: Helse- og omsorgsdepartementet\n\n"
              "Til stede:\n"
              "HOD: ekspedisjonssjef Bergersen, avdelingsdirektør Hatlestad\n"
              "KS: områdedirektør Sandvik, spesialrådgiver Rød-Larsen (på telefon)\n\n"
              "Sak 1 Utskrivningsklare pasienter\n"
              "Partene er enige om å se nærmere på datagrunnlaget før neste møte.\n")
MINUTES_NN = ("REFERAT\nKontaktmøte KS – Kunnskapsdepartementet\n\n"
              "Dato: 4. mars 2025\n\n"
              "Til stades:\n"
              "Frå KD: statssekretær Kari Moe, seniorrådgjevar Haugland\n"
              "Frå KS: direktør Eva Dal og rådgjevar Bø\n\n"
              "Sak 1 Lærarmangel\nPartane drøfta kompetansekrava.\n")


@pytest.mark.parametrize("raw,language,expected", [
    (MINUTES_NB, "nb", {"Bergersen", "Hatlestad", "Sandvik", "Rød-Larsen"}),
    (MINUTES_NN, "nn", {"Kari Moe", "Haugland", "Eva Dal", "Bø"}),  # full names stay whole, surnames as written
], ids=["minutes_surnames_nb", "minutes_mixed_nn"])
def test_a_list_of_those_present_by_role_and_surname(raw: str, language: str, expected: set[str]) -> None:
    assert participant_names(raw, language) == expected


def test_surname_rows_read_only_inside_lists_of_those_present() -> None:
    from flows.extract.listed_surnames import listed_surnames
    from flows.extract.people import find_people
    text = "Til stede:\nKS: direktør Eva Dal, rådgiver Berg\n\nSaken ble lagt fram av rådgiver Lie.\n"
    people = find_people(text)
    found = listed_surnames(text, ((11, text.index("\n\n")),), people)
    assert [(m.name, m.role, m.organisation) for m in found] == [("Berg", "rådgiver", "KS")]  # not "Lie": outside
    assert listed_surnames(text, (), people) == ()  # negative: no list, no surname read


TOLD_NB = ("Statsråden sier nei til KS\n\n"
           "KS møtte arbeids- og inkluderingsminister Per Lid til konsultasjonsmøte mandag.\n\n"
           "– KS ba om at vi øker integreringstilskuddet allerede i revidert nasjonalbudsjett. Det kan vi ikke love, "
           "sa Lid.\n\n"
           "Statsråden bekreftet at KS ba om et eget tilskudd til tolketjenester i helse og omsorg.\n\n"
           "Ifølge statsråden ba KS også om at regjeringen gir kommunene lengre varsel før nye anmodninger.\n")
ASKED_NB = ("Trepartsmøte om heltid\n\n"
            "Helse- og omsorgsminister Per Lid møtte KS og Fagforbundet onsdag.\n\n"
            "Statsråden ba kommunene om å legge til rette for flere hele stillinger.\n\n"
            "– Jeg har notert meg at kommunene ønsker en mer stabil ordning, sa Lid.\n")


@pytest.mark.parametrize("text", [
    "vi øker integreringstilskuddet allerede i revidert nasjonalbudsjett",
    "et eget tilskudd til tolketjenester i helse og omsorg",
    "regjeringen gir kommunene lengre varsel før nye anmodninger",
])
def test_a_request_the_minister_tells_is_the_claimants(text: str) -> None:
    found = demands(TOLD_NB, "nb")
    assert any(c == "KS" and t.startswith(text) for c, _, t in found), found


def test_the_one_a_minister_asks_and_a_wish_noted_are_no_told_request() -> None:
    found = demands(ASKED_NB, "nb")
    assert not any(c == "kommunene" for c, _, _ in found), found  # asked, not asking; a wish acknowledged
    assert any(c == "Helse- og omsorgsdepartementet" and t.startswith("legge til rette") for c, _, t in found), found


def test_an_absence_in_a_relative_clause_of_the_speakers_words_is_anothers() -> None:
    from flows.extract.absent_persons import self_absent
    from flows.model import Mention, Statement
    thanks = Statement("direct", Mention("Kari Moe"), "Jeg vil først takke helseministeren, som dessverre ikke kunne "
                       "komme i dag", 0, 10, "r", 0)
    assert self_absent((thanks,)) == frozenset()
