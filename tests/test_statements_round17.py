"""Golden tests for the statement phenomena of round 17: an interview of plain questions and answers
announced in the lead above a byline line, an interviewer's question followed by its background,
and what a quoted speaker reports another person said (an indirect statement after "han sa at", words
in «» after "hun sa"). Invented texts, bokmål and nynorsk, with negative cases."""
from __future__ import annotations

import pytest

from extract_kit import statements_of


def rows(raw: str, language: str = "nb") -> set[tuple[str, str, str]]:
    return {(s.kind, s.speaker.name, " ".join(s.text.split()[:4])) for s in statements_of(raw, language)}


PLAIN_UNDER_BYLINE_NB = """– Vi må tenke nytt om skolebyggene

KS tok opp skolebyggene i møtet med kunnskapsministeren tirsdag. Fagbladet tok en prat med styreleder i KS Nordvik, Liv Aasen Moe, etter møtet.

INTERVJU | Av Geir Lunde | Publisert 4.3. kl. 09:12

Moe er ordfører i Tangen og har sittet i fylkesstyret siden 2020.

Hva var det viktigste dere tok opp?

Vedlikeholdet. Halvparten av skolene våre er over femti år gamle, og vi har ikke råd til å pusse dem opp.

Hva med kollektivtrafikken? Mange elever har over en time hver vei.

Det stemmer. Fylket må prioritere skolerutene før alt annet, og staten må bidra mer.

Er du fornøyd med møtet?

Jeg er fornøyd med at vi ble hørt. Om jeg er fornøyd med resultatet, vet vi først når budsjettet kommer.
"""

PLAIN_UNDER_BYLINE_NN = """– Vi kan ikkje vente på staten

KS Vestfjord møtte helseministeren fredag. Bladet tok ein prat med fylkesleiar Jorunn Vatle Hauge etter møtet.

INTERVJU | Av Svein Rud | Oppdatert 12.5. kl. 14:30

Hauge er ordførar i Nesvik og har vore leiar i fylkesstyret sidan i fjor.

Kva var det viktigaste de tok opp?

Legevakta. Vi har éin lege på vakt for fire kommunar om natta, og det er ikkje forsvarleg lenger.

Kva med sjukeheimane? Fleire kommunar har stengt plassar i sommar.

Det stemmer dessverre. Vi treng fleire sjukepleiarar, og staten må gje oss rom til å prøve nye turnusar.

Er du nøgd med møtet?

Eg er nøgd med at vi vart høyrde. Resultatet får vi sjå når budsjettet ligg på bordet.
"""


@pytest.mark.parametrize("language,raw,speaker,answers,question", [
    ("nb", PLAIN_UNDER_BYLINE_NB, "Liv Aasen Moe", ("Vedlikeholdet. Halvparten av skolene", "Det stemmer. Fylket må",
                                                    "Jeg er fornøyd med"), "Hva med kollektivtrafikken? Mange"),
    ("nn", PLAIN_UNDER_BYLINE_NN, "Jorunn Vatle Hauge", ("Legevakta. Vi har éin", "Det stemmer dessverre. Vi",
                                                         "Eg er nøgd med"), "Kva med sjukeheimane? Fleire"),
], ids=["nb", "nn"])
def test_plain_interview_announced_above_a_byline(language: str, raw: str, speaker: str, answers: tuple[str, ...],
                                                  question: str) -> None:
    found = rows(raw, language)
    for answer in answers:
        assert ("direct", speaker, answer) in found
    assert not any(text.startswith(question) for _, _, text in found)  # the question with its background


def test_answer_opening_with_a_question_of_its_own_goes_on() -> None:
    raw = PLAIN_UNDER_BYLINE_NB.replace(
        "Er du fornøyd med møtet?",
        "Hvorfor er det så dyrt? Vi har for få elever til å dele kostnadene, og vi får ikke hjelp.\n\n"
        "Er du fornøyd med møtet?")
    assert ("direct", "Liv Aasen Moe", "Hvorfor er det så") in rows(raw)


def test_plain_questions_with_no_interview_announced_give_nothing() -> None:
    raw = PLAIN_UNDER_BYLINE_NB.replace("Fagbladet tok en prat med styreleder i KS Nordvik, Liv Aasen Moe, etter møtet.",
                                        "Styreleder i KS Nordvik, Liv Aasen Moe, var til stede.")
    assert not any(kind == "direct" for kind, _, _ in rows(raw))


BERG_NB = "Ordfører Kari Dal møtte statsråd Ola Berg i går.\n\n"
BERG_NN = "Ordførar Kari Dal møtte statsråd Ola Berg i går.\n\n"


@pytest.mark.parametrize("language,raw,expected", [
    ("nb", BERG_NB + "– Han lyttet. Han lovet ingenting, men han sa at departementet ser på saken. Det er et "
                     "lite steg, sier Dal.", ("indirect", "Ola Berg", "departementet ser på saken")),
    ("nn", BERG_NN + "– Han lytta. Han sa at departementet vil sjå på tilskotet i haust. Det tek eg med meg, "
                     "seier Dal.", ("indirect", "Ola Berg", "departementet vil sjå på")),
    ("nb", BERG_NB + "– Han sa «vi skal se på finansieringen». Det skal vi minne ham om, sier Dal.",
     ("direct", "Ola Berg", "vi skal se på")),
    ("nn", BERG_NN + "– Han lytta. Han sa til og med: «Eg har sjølv budd i ein liten kommune.» Det var godt å "
                     "høyre, seier Dal.", ("direct", "Ola Berg", "Eg har sjølv budd")),
], ids=["reported_nb", "reported_nn", "quoted_nb", "quoted_nn"])
def test_a_quoted_speaker_reports_another_person(language: str, raw: str, expected: tuple[str, str, str]) -> None:
    found = rows(raw, language)
    assert expected in found
    assert any(kind == "direct" and speaker == "Kari Dal" for kind, speaker, _ in found)  # the quotation stays hers


@pytest.mark.parametrize("language,raw", [
    # the speaker's own words to the other person
    ("nb", BERG_NB + "– Jeg sa til ham: «Dere må slutte å måle oss med samme linjal.» Det gjelder fortsatt, sier Dal."),
    # an unnamed person in the quotation
    ("nn", BERG_NN + "– Ein rådmann sa det slik til meg: «Vi skriv meir rapportar enn vi leier.» Det seier alt, "
                     "seier Dal."),
    # nobody but the speaker named before
    ("nb", "Ordfører Kari Dal var til stede.\n\n– Han sa at saken er viktig, sier Dal."),
], ids=["first_person_nb", "unnamed_nn", "nobody_else_nb"])
def test_no_other_person_in_the_quotation(language: str, raw: str) -> None:
    assert {speaker for _, speaker, _ in rows(raw, language)} <= {"Kari Dal"}


@pytest.mark.parametrize("language,raw,speaker", [
    # a minister of a ministry with two fields, named by the first field's short title: the linking s stays in
    # the ministry's name ("likestillingsminister" -> "...likestillingsdepartementet")
    ("nb", "Ordfører Kari Dal møtte kultur- og likestillingsminister Eva Holm Rud (Ap) mandag.\n\n"
           "– Bibliotekene er viktige møteplasser. Strategien kommer før sommeren, sier kulturministeren.",
     "Eva Holm Rud"),
    ("nn", "Ordførar Kari Dal møtte arbeids- og inkluderingsminister Eva Holm Rud (Ap) måndag.\n\n"
           "– Vi skal sjå på ordninga før hausten. Det lovar eg, seier arbeidsministeren.",
     "Eva Holm Rud"),
], ids=["kulturministeren_nb", "arbeidsministeren_nn"])
def test_short_minister_title_names_the_speaker(language: str, raw: str, speaker: str) -> None:
    assert any(kind == "direct" and who == speaker for kind, who, _ in rows(raw, language))


@pytest.mark.parametrize("language,raw,words", [
    ("nb", "Ordfører Kari Dal sier til avisa at kuttet i tilskuddet er «helt uforståelig».", "helt uforståelig"),
    ("nb", "Ordfører Kari Dal sier at økningen i rammen «forsvinner i lønnsoppgjøret».", "forsvinner i lønnsoppgjøret"),
    ("nn", "Ordførar Per Lund sa at staten og kommunane må «slutte å byggje kvar sine system».",
     "slutte å byggje kvar sine system"),
], ids=["adjective_nb", "verb_nb", "verb_nn"])
def test_guillemets_going_on_with_the_reported_predicate_are_no_quotation(language: str, raw: str, words: str) -> None:
    found = [(s.kind, s.text) for s in statements_of(raw, language)]
    assert not any(kind == "direct" for kind, _ in found)
    assert any(kind == "indirect" and words in text for kind, text in found)


@pytest.mark.parametrize("language,raw,words", [
    ("nb", "Ordfører Kari Dal sier at planen er «et dokument med mange fine ord og lite penger».",
     "et dokument med mange fine ord og lite penger"),
    ("nn", "Ordførar Per Lund sa at han vil kome tilbake til saka «i løpet av våren».", "i løpet av våren"),
], ids=["noun_phrase_nb", "adverbial_nn"])
def test_guillemets_quoting_a_phrase_inside_reported_words_stay_a_quotation(language: str, raw: str,
                                                                             words: str) -> None:
    assert any(s.kind == "direct" and s.text == words for s in statements_of(raw, language))
