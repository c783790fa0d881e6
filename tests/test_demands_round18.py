"""Round 18: demand constructions pooled from the misses and false positives of the long texts of `unseen16`
(with `unseen13`-`unseen15` and every older set with full gold; invented sentences, bokmål and nynorsk; the
whole extractor runs), each with negative controls:

- a relative clause on the speaker a verb of saying has just named ("..., sier Nordmann, som etterlyser X",
  `speaker_relative_verbs`): X is the speaker's request; a relative clause on anyone else asks nothing;
- a list of noun phrases after a request verb and its cataphoric object, on the same line ("Hun ba
  statssekretæren ta med seg tre ting tilbake: A, B og C", "lister opp hva den savner: A, B og C", "ba
  statsråden ta med seg eit ønske heim: X"; `announced_lists.request_lead_verbs`): one demand per member;
  a count of things to talk about ("snakke om tre ting: A, B og C") asks nothing;
- two noun phrases joined by "og" and an indefinite article ("Vi trenger et X og en Y", "må vi ha fleire X og
  ein Y"; `paired_noun_phrases`): two demands; not under a word that takes both ("mellom X og ein Y") nor
  inside a clause ("om at ... uten X og en Y");
- a partitive subject after ", og" ("X, og flere av kommunene har bedt om Y", `cut_before`) ends the demand before it;
- a pronoun clause naming who must act after a demand in the same sentence ("X må få Y, og det må regjeringen
  sørge for"): a demand of its own from "det" on, not the whole sentence (which swallowed the demand before
  it and kept the condition fronted before that, "Skal vi få folk til å bli, må de få X", as a demand); a
  pronoun clause after a sentence with no demand still takes the whole sentence (decision 6).
"""
from __future__ import annotations

import pytest

from extract_kit import GOV, Row, cases, demands

RELATIVE = [
    ('rel_nb',
     "– Omsorg er ikke noe man kan planlegge med, sier Kari Nordmann, generalsekretær i Pensjonistforbundet. "
     "– Vi er lei av å vente, sier Nordmann, som etterlyser en styrket ordning for avlastning.",
     "nb", [('Pensjonistforbundet', None, 'en styrket ordning for avlastning')]),
    ('rel_nn',
     "– Det er vanskeleg å få tak i folk, sa ordførar Ola Nordmann i Nordby kommune. – Vi har ikkje bustader, "
     "sa Nordmann, som etterlyste fleire utleigebustader for helsepersonell.",
     "nn", [('Nordby kommune', None, 'fleire utleigebustader for helsepersonell')]),
    ('rel_neg_other',
     "– Det er vanskelig, sa ordfører Ola Nordmann i Nordby kommune, som har mange ansatte som ønsker hele "
     "stillinger.",
     "nb", []),
    ('rel_neg_body',
     "Saken gjelder Helsedirektoratet, som foreslår nye regler for legevakt.",
     "nb", []),
]

LISTS = [
    ('list_nb',
     "Fylkesleder i KS Innlandet, Kari Nordmann, fulgte opp fra talerstolen. Hun ba statssekretæren ta med "
     "seg tre ting tilbake til departementet: en reell vekst i rammene, en full gjennomgang av ordningen og "
     "en stans i nye statlige pålegg.",
     "nb", [('KS Innlandet', None, 'en reell vekst i rammene'), ('KS Innlandet', None, 'en full gjennomgang av ordningen'),
            ('KS Innlandet', None, 'en stans i nye statlige pålegg')]),
    ('list_nn',
     "I eit notat KS sende til medlemmene, listar organisasjonen opp kva den saknar i meldinga: ein "
     "forpliktande plan for rekruttering, eit tilskot som òg dekkjer teknologi, og klare rammer for sjukehusa.",
     "nn", [('KS', None, 'ein forpliktande plan for rekruttering'), ('KS', None, 'eit tilskot som òg dekkjer teknologi'),
            ('KS', None, 'klare rammer for sjukehusa')]),
    ('list_one',
     "– Dette gjeld mange kommunar, sa ordføraren i Nordby kommune, Ola Nordmann. Han bad statsråden om å ta "
     "med seg eit konkret ønske heim til Oslo: ei ny ordning for rentekompensasjon til skulebygg.",
     "nn", [('Nordby kommune', None, 'ei ny ordning for rentekompensasjon til skulebygg')]),
    ('list_neg_talk',
     "Ordfører Ola Nordmann i Nordby kommune har bestemt seg for å snakke om tre ting: legevakta, bredbåndet "
     "og elva.",
     "nb", []),
]

PRONOUN = [
    ('pron_nb',
     "Fagforbundets leder Kari Nordmann er skuffet. – Om heltid står det to avsnitt. To! Skal vi få folk til å "
     "bli i yrket, må de få hele, faste stillinger, og det må regjeringen sørge for at kommunene har råd til, "
     "sier hun.",
     "nb", [('Fagforbundet', None, 'må de få hele, faste stillinger'),
            ('Fagforbundet', GOV, 'det må regjeringen sørge for at kommunene har råd til')]),
    ('pron_nn',
     "– Skal vi halde på folka, må dei få heile stillingar, og det må staten sørgje for at kommunane har råd "
     "til, seier Kari Nordmann, leiar i Fagforbundet.",
     "nn", [('Fagforbundet', None, 'må dei få heile stillingar'),
            ('Fagforbundet', 'staten', 'det må staten sørgje for at kommunane har råd til')]),
    ('pron_ctrl',
     "– Det koster mer å bygge her, og det må staten ta innover seg, sier Kari Nordmann, leder i KS.",
     "nb", [('KS', 'staten', 'Det koster mer å bygge her, og det må staten ta innover seg')]),
]


PAIRS = [
    ('pair_nb',
     "– Vi har leid inn vikarer for ni millioner kroner. Vi trenger et nasjonalt vikarbyråtak og en "
     "basisfinansiering som speiler hva det koster å drive legekontor, sa Kari Nordmann, leder i KS.",
     "nb", [('KS', None, 'Vi trenger et nasjonalt vikarbyråtak'),
            ('KS', None, 'en basisfinansiering som speiler hva det koster å drive legekontor')]),
    ('pair_nn',
     "– Skal vi klare oss dei neste tjue åra, må vi ha fleire lærlingplassar og ein rett til heiltid for alle "
     "som vil ha det, sa Kari Nordmann, leiar i Fagforbundet.",
     "nn", [('Fagforbundet', None, 'må vi ha fleire lærlingplassar'),
            ('Fagforbundet', None, 'ein rett til heiltid for alle som vil ha det')]),
    ('pair_neg_between',
     "– Vi vil ha eit samarbeid mellom staten og ein kommune i kvar region, sa Kari Nordmann, leiar i KS.",
     "nn", [('KS', 'staten', 'eit samarbeid mellom staten og ein kommune i kvar region')]),
    ('pair_neg_clause',
     "KS ber regjeringen vedta en regel om at ingen nye oppgaver skal innføres uten full finansiering og en "
     "konsekvensutredning.",
     "nb", [('KS', GOV, 'vedta en regel om at ingen nye oppgaver skal innføres uten full finansiering og en '
                       'konsekvensutredning')]),
]


PARTITIVE = [
    ('part_nb',
     "KS vil kreve en egen plan for tilskuddet, og flere av medlemmene som har uttalt seg, er enige.",
     "nb", [('KS', None, 'en egen plan for tilskuddet')]),
    ('part_nn',
     "KS krev ein eigen plan for tilskotet, og mange av kommunane er samde.",
     "nn", [('KS', None, 'ein eigen plan for tilskotet')]),
]


@pytest.mark.parametrize("raw,language,expected", cases(RELATIVE, LISTS, PRONOUN, PAIRS, PARTITIVE))
def test_round18_demands(raw: str, language: str, expected: list[Row]) -> None:
    assert demands(raw, language) == expected
