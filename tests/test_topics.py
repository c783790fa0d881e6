"""Topic codes from keywords, lemmas and compound parts."""
from __future__ import annotations

import pytest

from flows.extract.topics import topic_codes, topic_of, topics_in


def test_codes_fixed() -> None:
    assert topic_codes() == ("allmennlege", "psykisk_helse_rus", "personell", "samhandling", "e_helse", "covid19",
                             "omsorg", "bpa", "okonomi", "forskning_innovasjon", "flyktninger", "styring")


CASES = [
    ("redusere listelengden for fastlegene", "nb", "", "allmennlege"),
    ("fleire døgnplassar i psykisk helsevern", "nn", "", "psykisk_helse_rus"),
    ("rekruttere flere sykepleiere gjennom utdanningsstillinger", "nb", "", "personell"),
    ("ta imot utskrivningsklare pasienter raskere", "nb", "", "samhandling"),
    ("en felles kommunal journal", "nb", "", "e_helse"),
    ("testing ved grensene", "nb", "", "covid19"),
    ("bygge flere heldøgns omsorgsplasser", "nb", "", "omsorg"),
    ("utvide brukerstyrt personlig assistanse", "nb", "", "bpa"),
    ("kompensere kommunene fullt ut for merutgiftene", "nb", "", "okonomi"),
    ("prioritere forskning på kommunehelsetenesta", "nn", "", "forskning_innovasjon"),
    ("helsetilbud til flyktninger fra Ukraina", "nb", "", "flyktninger"),
    ("mindre detaljstyring og større lokalt handlingsrom", "nb", "", "styring"),
    ("tvangslovgivningen må forenkles", "nb", "", "styring"),  # compound part
    ("tiltak for legevaktsleger og rekruttering", "nb", "Handlingsplan for allmennlegetjenesten", "allmennlege"),
    ("tiltak for legevaktsleger og rekruttering", "nb", "Mangel på helsepersonell og rekruttering", "personell"),
    ("se på dette snarest", "nb", "Psykisk helse og rus", "psykisk_helse_rus"),  # no hit: context decides
    ("dekkje utgiftene til ressurskrevjande tenester", "nn", "", "okonomi"),  # the head noun: the costs
    ("staten må ta regningen for flomsikring", "nb", "", "okonomi"),
    ("staten må ta rekninga for reforma", "nn", "", "okonomi"),
    ("kommunene får delta i arbeidet med en ny finansieringsmodell", "nb", "", "styring"),
    ("det trengs klare regler for hvem som gjør hva", "nb", "", "styring"),
    ("en forenkling av statlige rapporteringskrav", "nb", "", "styring"),
    ("samordne planleggingen med fylkeskommunen", "nb", "", "styring"),
    ("at lærernormen gjøres mer fleksibel", "nb", "", "styring"),
    ("vidareføre dispensasjonen til det finst nok utdanna barnehagelærarar", "nn", "", "personell"),
    ("åpne for at Husbanken gir tilskudd til rehabilitering av sykehjem", "nb", "", "okonomi"),
    ("øke kommunenes frie inntekter", "nb", "", "okonomi"),
    ("gjøre det attraktivt å bosette seg i distriktene", "nb", "", "personell"),
    ("en tydelig plan for sykehjem", "nb", "", "omsorg"),  # negative: no weight for a single word
    # the head of the demand (its noun, or the verb after a modal) outweighs the words that modify it
    ("ei ny investeringsordning for omsorgsbustader og sjukeheimsplassar", "nn", "", "okonomi"),
    ("et nytt tilskudd til omsorgsboliger", "nb", "", "okonomi"),
    ("mer forskning på sykehjemsdrift", "nb", "", "forskning_innovasjon"),
    ("meir forsking på kva som skjer i heimetenestene", "nn", "", "forskning_innovasjon"),
    ("en utvidelse av retten til psykologhjelp må fullfinansieres av staten", "nb", "", "okonomi"),
    ("sørge for en opptrapping av utdanningsstillinger i allmennmedisin", "nb", "", "personell"),  # transparent words
    ("ein større del av kostnadene til legevakt", "nn", "", "okonomi"),
    # adjectives before the head are not heads ("de økonomiske konsekvensene")
    ("vurdere de økonomiske og administrative konsekvensene av lovforslaget", "nb", "", "styring"),
    # an inflected adjective is no compound ("statlege" is not a kind of "lege")
    ("statlege motsegner må brukast med varsemd", "nn", "", "styring"),
    ("statlige innsigelser bør brukes sjeldnere", "nb", "", "styring"),
    # a whole keyword beats a compound head ("stimuleringstilskudd" is a recruitment measure)
    ("et stimuleringstilskudd for sykepleiere i distriktene", "nb", "", "personell"),
    # general vocabulary of each code, bokmål and nynorsk
    ("større fridom til å organisere tenestene etter lokale tilhøve", "nn", "", "styring"),
    ("mer frihet til å organisere tjenestene etter lokale forhold", "nb", "", "styring"),
    ("betre digitale fagsystem i landbruksforvaltninga", "nn", "", "e_helse"),
    ("bedre koordinering av hjelpemidler til personer med funksjonsnedsettelse", "nb", "", "bpa"),
    ("ein felles arealplan for kysten", "nn", "", "styring"),
    ("et øremerket tilskudd til fritidsaktiviteter", "nb", "", "okonomi"),
]


@pytest.mark.parametrize("text,language,context,expected", CASES)
def test_topic_of(text: str, language: str, context: str, expected: str) -> None:
    assert topic_of(text, language, context) == expected


def test_topic_of_nothing() -> None:
    assert topic_of("gjøre noe med situasjonen", "nb") is None


def test_topics_in_order_of_first_mention() -> None:
    text = "Partane drøfta covid-19, fastlegeordninga og økonomien i kommunane. Fastlegane igjen."
    assert topics_in(text, "nn") == ("covid19", "allmennlege", "okonomi")


@pytest.mark.xfail(strict=True, reason="keywords cannot tell that a budget in a list of doctor measures is about doctors")
def test_budget_word_in_doctor_measure() -> None:
    assert topic_of("Distriktspakken bør varsles i revidert nasjonalbudsjett", "nb") == "allmennlege"


@pytest.mark.xfail(strict=True, reason="examples after 'som' ('funksjoner som sykehjem') outweigh the measure itself")
def test_examples_do_not_decide_topic() -> None:
    assert topic_of("et nasjonalt system for nødstrøm til kritiske funksjoner som sykehjem og vannverk", "nb") is None


@pytest.mark.xfail(strict=True, reason="the head noun decides; annotators coded this measure by the service it pays for")
def test_compensation_for_a_service() -> None:
    assert topic_of("full kompensasjon for ressurskrevende tjenester", "nb") == "bpa"


@pytest.mark.xfail(strict=True, reason="the head noun ('kompetansekravet') outweighs the domain the context gives")
def test_requirement_for_doctors_in_doctor_context() -> None:
    assert topic_of("justere kompetansekravet for legevaktsleger", "nb", "Handlingsplan for allmennlegetjenesten") == \
        "allmennlege"


VOCABULARY = [
    ("tydeligere ansvarsdeling mellom kommunene og staten", "nb", "", "styring"),
    ("ein gjennomgang av plankrava i særlovgivinga", "nn", "", "styring"),
    ("integreringstilskotet må aukast", "nn", "", "okonomi"),
    ("kommunane treng anmodningstala tidlegare", "nn", "", "flyktninger"),
    ("staten må sørge for verktøyene og ressursene som trengs", "nb", "", "okonomi"),
]


@pytest.mark.parametrize("text,language,context,expected", VOCABULARY)
def test_general_vocabulary(text: str, language: str, context: str, expected: str) -> None:
    test_topic_of(text, language, context, expected)


def test_preparedness_is_not_the_pandemic() -> None:
    assert topic_of("styrke beredskapen i kommunene", "nb") != "covid19"
    assert topic_of("styrke pandemiberedskapen", "nb") == "covid19"


def test_meeting_topics_need_repeated_mentions_or_a_demand() -> None:
    from flows.extract.topics import discussed_topics

    text = ("Møtet handlet om fastlegeordningen. Fastlegene er for få, og legevakten er presset. "
            "Ett sykehjem ble nevnt i forbifarten.")
    assert discussed_topics(text, "nb") == ("allmennlege",)
    assert discussed_topics(text, "nb", ("omsorg",)) == ("allmennlege", "omsorg")
    assert discussed_topics(text, "nb", ("flyktninger",)) == ("allmennlege", "flyktninger")
