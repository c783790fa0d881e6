"""Question-and-answer boxes, plain interviews and other statement constructions (invented texts, golden tables):
plain question lines, outlets and unnamed speakers, titles, datelines and colon lead-ins, and a plain interview
announced above a byline."""
from __future__ import annotations

import pytest

from extract_kit import rows_first_words, statements_of
from flows.extract.people import find_people, resolve
from flows.model import Statement


def run(raw: str) -> tuple[Statement, ...]:
    return statements_of(raw, "nb")


def rows(raw: str) -> set[tuple[str, str, str]]:
    return {(s.kind, s.speaker.name, s.text.rstrip(".!?")) for s in run(raw)}


DAL = "Ordfører i Nordby, Kari Dal, tok imot statsråden.\n\n"

LUND = "Ordførar i Fjordvik, Per Lund, tok imot statsråden.\n\n"

POSITIVE: list[tuple[str, str, set[tuple[str, str, str]]]] = [
    # quote styles: a dash with no space or a hyphen opening a quotation inside a paragraph
    ("dash_without_space_inside_paragraph",
     DAL + "Hun var tydelig. –Vi må få mer penger, sa hun.",
     {("direct", "Kari Dal", "Vi må få mer penger")}),
    ("nynorsk_hyphen_as_dash_inside_paragraph",
     LUND + "Han var klar. -Vi må få meir pengar, sa han.",
     {("direct", "Per Lund", "Vi må få meir pengar")}),
    ("reported_sentence_before_dash_in_same_paragraph",
     DAL + "Dal sier at skolen er for liten. – Vi må bygge nytt.",
     {("indirect", "Kari Dal", "skolen er for liten"), ("direct", "Kari Dal", "Vi må bygge nytt")}),
    # a quotation split inside a sentence by its attribution
    ("quote_split_mid_sentence_guillemets",
     DAL + "«Vi må,» sier Dal, «få mer penger til skolen.»",
     {("direct", "Kari Dal", "Vi må"), ("direct", "Kari Dal", "få mer penger til skolen")}),
    ("nynorsk_quote_split_mid_sentence_dash",
     LUND + "– Vi må, seier Lund, – få meir pengar til skulen.",
     {("direct", "Per Lund", "Vi må"), ("direct", "Per Lund", "få meir pengar til skulen")}),
    # a quotation over several paragraphs: « opened again at each one, closed at the last
    ("quote_over_paragraphs",
     DAL + "«Vi har ventet lenge. Nå må staten handle.\n\n«Kommunene kan ikke vente lenger», sier Dal.",
     {("direct", "Kari Dal", "Vi har ventet lenge. Nå må staten handle"),
      ("direct", "Kari Dal", "Kommunene kan ikke vente lenger")}),
    ("nynorsk_quote_over_three_paragraphs",
     "Statsråden kom.\n\n«Vi har venta lenge.\n\n«Det er alvorleg no.\n\n«Staten må kome på banen», seier "
     "ordførar Per Lund.",
     {("direct", "Per Lund", "Vi har venta lenge"), ("direct", "Per Lund", "Det er alvorleg no"),
      ("direct", "Per Lund", "Staten må kome på banen")}),
    # a colon sentence announcing the quotation reports nothing itself
    ("announcing_object_with_relative_clause",
     "Jeg besøkte Nordby i høst. Der sa ordfører Kari Dal noe jeg ikke har glemt:\n«Vi holder ut et år til. Ikke ti.»",
     {("direct", "Kari Dal", "Vi holder ut et år til. Ikke ti")}),
    # question-and-answer boxes: plain question lines, dash answers
    ("qa_plain_questions_title_lead",
     DAL + "Spørsmål og svar\n\nVi stilte ordføreren to spørsmål:\n\nHva er viktigst for dere?\n"
     "– Skolen. Vi har for få lærere.\n\nBlir det penger?\n– Det håper vi, men vi vet ikke.",
     {("direct", "Kari Dal", "Skolen. Vi har for få lærere"),
      ("direct", "Kari Dal", "Det håper vi, men vi vet ikke")}),
    ("nynorsk_qa_plain_questions_interview_lead",
     LUND + "Avisa spurde Lund:\n\nKva sa statsråden?\n– Ho lytta til oss.\n\nEr du nøgd?\n– Ikkje heilt enno.",
     {("direct", "Per Lund", "Ho lytta til oss"), ("direct", "Per Lund", "Ikkje heilt enno")}),
    ("qa_plain_questions_person_before",
     DAL + "Fakta om besøket\n\nNordby Avis fikk noen minutter med statsråd Ola Berg før han dro.\n\n"
     "Kommer det mer penger?\n– Det kan jeg ikke love i dag.",
     {("direct", "Ola Berg", "Det kan jeg ikke love i dag")}),
    # an outlet's name is the one spoken to, not the speaker
    ("outlet_after_surname",
     DAL + "– Vi trenger en ny skole, sier Dal til Nordby Avis.",
     {("direct", "Kari Dal", "Vi trenger en ny skole")}),
    ("nynorsk_outlet_after_surname",
     LUND + "– Vi treng ein ny skule, seier Lund til Fjordvik Budstikke etter møtet.",
     {("direct", "Per Lund", "Vi treng ein ny skule")}),
    # titles: the exact role before a wider one, and the place after the title
    ("title_exact_role_before_wider_one",
     "Styreleiar Kari Dal og forbundsleiar Eva Strand møtte statsråden.\n\n"
     "Skulen treng fleire lærarar, forklarte styreleiaren.",
     {("indirect", "Kari Dal", "Skulen treng fleire lærarar")}),
    ("title_with_place",
     "Ordfører i Nordby Kari Dal og fylkesordfører Eva Strand deltok.\n\n"
     "Strand snakket først.\n\n– Vi har ventet lenge nok, sa ordføreren i Nordby.",
     {("direct", "Kari Dal", "Vi har ventet lenge nok")}),
    # a dateline or place label before an attributed dash quotation
    ("dateline_before_attributed_quote",
     "Nordby: – Vi hadde nesten gitt opp, sier ordfører Kari Dal (Sp) da avisa møter henne.",
     {("direct", "Kari Dal", "Vi hadde nesten gitt opp")}),
    # a role word the lists lack before a name the text gives in full
    ("lower_case_role_word_before_known_name",
     DAL + "Departementet kommenterer ikke saken.\n\n«Statsråden gleder seg til besøket,» skriver pressevakt "
     "Eva Strand i en e-post.",
     {("direct", "Eva Strand", "Statsråden gleder seg til besøket")}),
    # colon lead-ins: inverted order, and a person opening a coordinated clause
    ("inverted_lead_in_pronoun_before_title",
     DAL + "Til statsråden sa hun:\n\n– Dere må lytte til kommunene.",
     {("direct", "Kari Dal", "Dere må lytte til kommunene")}),
    ("nynorsk_inverted_lead_in",
     LUND + "Til avisa seier han:\n\n– Vi gir oss ikkje.",
     {("direct", "Per Lund", "Vi gir oss ikkje")}),
    ("coordinated_clause_lead_in",
     DAL + "Kommunen har lenge vært bekymret, og Dal gjentok budskapet i møtet:\n\n– Regningen kan ikke sendes til oss alene.",
     {("direct", "Kari Dal", "Regningen kan ikke sendes til oss alene")}),
    # verbs of presenting: the content after the colon or "om at"
    ("presenting_verb_colon",
     DAL + "Dal la fram tre krav fra kommunen: flere lærere, ny skole og raskere svar.",
     {("indirect", "Kari Dal", "flere lærere, ny skole og raskere svar")}),
    ("nynorsk_presenting_verb_om_at_after_second_verb",
     LUND + "Han meiner staten må ta meir ansvar, og la fram eit forslag frå kommunen om at skulane skal få meir pengar.",
     {("indirect", "Per Lund", "staten må ta meir ansvar"),
      ("indirect", "Per Lund", "skulane skal få meir pengar")}),
    # a second verb of saying after a quotation's attribution
    ("reported_after_quote_attribution",
     DAL + "«Vi hører dere,» svarte statsråd Ola Berg, og la til at departementet skal se på saken.",
     {("direct", "Ola Berg", "Vi hører dere"),
      ("indirect", "Ola Berg", "departementet skal se på saken")}),
    # «» inside reported words
    ("quoted_phrase_inside_reported_content",
     DAL + "Dal understreker at kommunen skal få dekket utgiftene «på vanlig måte».",
     {("indirect", "Kari Dal", "kommunen skal få dekket utgiftene «på vanlig måte»"),
      ("direct", "Kari Dal", "på vanlig måte")}),
    ("nynorsk_whole_content_quoted_is_a_quotation",
     LUND + "I Stortinget sa Lund at «kommunane har fått nok pengar til dette».",
     {("direct", "Per Lund", "kommunane har fått nok pengar til dette")}),
    ("nynorsk_pronoun_after_at",
     "Takk til statssekretær Ola Berg for innlegget. Eg merka meg at han sa at samarbeidet er «det viktigaste vi gjer».",
     {("indirect", "Ola Berg", "samarbeidet er «det viktigaste vi gjer»"),
      ("direct", "Ola Berg", "det viktigaste vi gjer")}),
]


@pytest.mark.parametrize("raw,expected", [(r, e) for _, r, e in POSITIVE], ids=[n for n, _, _ in POSITIVE])
def test_round6_statements(raw: str, expected: set[tuple[str, str, str]]) -> None:
    assert rows(raw) == expected


NEGATIVE: list[tuple[str, str]] = [
    # a headline label with no attribution of its own is no quotation
    ("label_without_attribution", "KS: – Vi vil ha mer penger\n\nKS møtte regjeringen i går."),
    # unnamed speakers are nobody
    ("unnamed_speaker_colon", "Ein lærar sa det slik til oss: «Eg elskar jobben, men eg held ikkje ut.»"),
    ("unnamed_source", "Ei kjelde i departementet seier til avisa at møtet var «nyttig, men kort»."),
    # presenting a thing reports nothing
    ("presenting_a_report", DAL + "Dal la fram rapporten for kommunestyret i går."),
    ("nynorsk_presenting_a_plan", LUND + "Lund la fram planen for skulane på møtet."),
    # "at ho" after an organisation: the pronoun is the organisation
    ("nynorsk_pronoun_for_organisation", "Regjeringa må vise at ho meiner alvor med distriktspolitikken."),
    # a hyphen before a number after a colon is no quotation
    ("hyphen_before_number", "Resultatet for Nordby ble: -5 millioner i år."),
    # a paragraph opened with « and never continued is not given to a later speaker
    ("open_guillemet_not_continued", "«Ein open plan for alle\n\nStatsråden la fram planen. Ordførar Per Lund var med."),
    # a question line with no one named before it gets no interviewee
    ("question_without_interviewee", "Møtet var kort.\n\nKva skjer no?\n– Det veit ingen."),
]


@pytest.mark.parametrize("raw", [r for _, r in NEGATIVE], ids=[n for n, _ in NEGATIVE])
def test_round6_not_statements(raw: str) -> None:
    assert rows(raw) == set()


@pytest.mark.parametrize("text,absent", [
    ("– Vi trenger en ny skole, sier Kari Dal til Nordby Avis.", "Nordby Avis"),
    ("Det seier Per Lund til Fjordvik Tidend.", "Fjordvik Tidend"),
    ("Ein kommunelege sa det slik til oss.", "Ein"),
])
def test_outlets_and_indefinites_are_no_persons(text: str, absent: str) -> None:
    people = find_people(text)
    assert absent not in {p.name for p in people.persons}
    assert resolve(people, absent, len(text)) is None or resolve(people, absent, len(text)).name != absent


KNOWN_FAILURES: list[tuple[str, str, set[tuple[str, str, str]], str]] = [
    ("parenthetical_generic_pronoun_is_direct",
     DAL + "Ein kan ikkje berre rope på fleire folk, sa Dal. Ein må også bruke dei vi har betre.",
     {("direct", "Kari Dal", "Ein kan ikkje berre rope på fleire folk"),
      ("direct", "Kari Dal", "Ein må også bruke dei vi har betre")},
     "a narrative-looking paragraph closed by ', sa NN.' is a quotation whose dash was lost only when it speaks "
     "in the first person or generically ('ein', 'man'); the parse rule reads it as reported speech"),
    ("speaker_named_after_quotation",
     "Eg vil sitere ein ordførar som sa dette til meg:\n\n«Vi får pasientane utan epikrise. Så står vi der heile helga.»\n\n"
     "Det var Kari Dal, ordførar i Nordby.",
     {("direct", "Kari Dal", "Vi får pasientane utan epikrise. Så står vi der heile helga")},
     "a speaker identified after the quotation ('Det var NN') is not read back onto it"),
]


@pytest.mark.parametrize("raw,expected", [pytest.param(r, e, marks=pytest.mark.xfail(strict=True, reason=why))
                                          for _, r, e, why in KNOWN_FAILURES], ids=[n for n, *_ in KNOWN_FAILURES])
def test_round6_known_failures(raw: str, expected: set[tuple[str, str, str]]) -> None:
    assert rows(raw) == expected


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
    found = rows_first_words(raw, language)
    for answer in answers:
        assert ("direct", speaker, answer) in found
    assert not any(text.startswith(question) for _, _, text in found)  # the question with its background


def test_answer_opening_with_a_question_of_its_own_goes_on() -> None:
    raw = PLAIN_UNDER_BYLINE_NB.replace(
        "Er du fornøyd med møtet?",
        "Hvorfor er det så dyrt? Vi har for få elever til å dele kostnadene, og vi får ikke hjelp.\n\n"
        "Er du fornøyd med møtet?")
    assert ("direct", "Liv Aasen Moe", "Hvorfor er det så") in rows_first_words(raw)


def test_plain_questions_with_no_interview_announced_give_nothing() -> None:
    raw = PLAIN_UNDER_BYLINE_NB.replace("Fagbladet tok en prat med styreleder i KS Nordvik, Liv Aasen Moe, etter møtet.",
                                        "Styreleder i KS Nordvik, Liv Aasen Moe, var til stede.")
    assert not any(kind == "direct" for kind, _, _ in rows_first_words(raw))


REACTIONS = [
    ("nb", "Dette sa de etter møtet\n\nKS møtte regjeringen onsdag.\n\n"
     "Per Lund, kommunalminister\n– Jeg forstår at kommunene har det tøft, men jeg kan ikke love noe i dag, sa Lund "
     "etter møtet.\n\n"
     "Kari Dal, nestleder i KS\nDal var opptatt av de små kommunene.\n– Vi har kommuner der hjemmetjenesten kjører "
     "fire mil mellom to brukere, sa hun.\n\n"
     "Ola Berg, leder i Pensjonistforbundet\nBerg sier at ventetiden på sykehjemsplass er uverdig.",
     {"Jeg forstår at kommunene": "Per Lund", "Vi har kommuner der": "Kari Dal"}),
    ("nn", "Dette sa dei etter møtet\n\nKS møtte regjeringa onsdag.\n\n"
     "Per Lund, kommunalminister\n– Eg forstår at kommunane har det tøft, men eg kan ikkje love noko i dag, sa Lund "
     "etter møtet.\n\n"
     "Kari Dal, nestleiar i KS\nDal var oppteken av dei små kommunane.\n– Vi har kommunar der heimetenesta køyrer "
     "fire mil mellom to brukarar, sa ho.\n\n"
     "Ola Berg, leiar i Pensjonistforbundet\nBerg seier at ventetida på sjukeheimsplass er uverdig.",
     {"Eg forstår at kommunane": "Per Lund", "Vi har kommunar der": "Kari Dal"}),
]


@pytest.mark.parametrize("language,raw,expected", REACTIONS, ids=["nb", "nn"])
def test_a_quotation_with_its_own_attribution_is_no_pull_quote_of_the_speaker_line_under_it(
        language: str, raw: str, expected: dict[str, str]) -> None:
    """Reactions each under a speaker line "NN, role": a quotation closed by ", sa NN." is NN's, not the
    next section's speaker's."""
    found = {" ".join(s.text.split()[:4]): s.speaker.name for s in statements_of(raw, language) if s.kind == "direct"}
    assert found == expected
