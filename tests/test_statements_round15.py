"""Statements round 15: categories read on texts written by people who never saw the code.

- a web page's subheading that lost the blank line under it ("Legeforeningen reagerer" right above the
  paragraph), and a live report's entry time ("10.20") over its entry, are blocks of their own, not the
  first words of the paragraph: the paragraph's sentences open with their subject again;
- a story cut off in the middle of a quotation, with a short note or a row of buttons under it
  ("(Saken oppdateres)", "Del | Tips oss"), still ends in that quotation;
- a colon sentence that makes a person act ("Det fikk NN til å sukke:") announces that person's quotation;
- names written with the Sámi letters ("Ánte", "Máret") are names; "sametingsråd" is a role;
- a subject with an apposition whose predicate has a comma clause of its own ("Leiar i X, NN, tok opp Y,
  der ...") is still the subject of the verb;
- a relative clause on the speaker of a quotation ("«...», sa NN, som etterlyste X") reports X;
- a paragraph right after a quotation of NN that opens with more words and closes their sentence with
  ", sa NN." (the dash lost) is a quotation; the same form after narrative, or further into a paragraph of
  narrative, stays reported speech;
- a title with a place after "frå/fra" ("ordføraren frå Nordby") and an organisation's body title
  ("KS Agder-lederen") refer to the person holding that office.
Every sentence is written for the test (bokmål and nynorsk), with negative cases."""
from __future__ import annotations

import pytest

from extract_kit import cases, statements_of
from flows.segment import segment
from flows.normalise import normalise


def rows(raw: str, language: str = "nb") -> list[tuple[str, str, str]]:
    return [(s.kind, s.speaker.name, s.text.rstrip(".")) for s in statements_of(raw, language)]


GLUED_SUBHEADINGS = [
    ("label_quote_nb", "nb",
     "Møtet om legevakten ble utsatt i går.\n\nLegeforeningen: – Dette koster\n"
     "Også legene er kritiske. Leder i Nordby legeforening, Kari Lunde Berg, sier utsettelsen gir et dårlig signal.",
     ("indirect", "Kari Lunde Berg", "utsettelsen gir et dårlig signal")),
    ("plain_subheading_nb", "nb",
     "Statsråden besøkte Nordby onsdag.\n\nLærermangel\n"
     "Berg, som til daglig er ordfører i Nordby, tok opp mangelen på lærere i de små skolene.",
     None),
    ("label_quote_nn", "nn",
     "Partane møttest i departementet måndag.\n\nStatsråden: – Vi lyttar\n"
     "Per Olav Dalen sa at regjeringa vil vidareføre tilskotet til heiltidsprosjekt i to år til.",
     ("indirect", "Per Olav Dalen", "regjeringa vil vidareføre tilskotet til heiltidsprosjekt i to år til")),
    ("plain_subheading_nn", "nn",
     "Ordførar Siri Haugen tok imot statsråden.\n\nVil ha meir pengar\n"
     "Haugen meinte at staten må ta ein større del av rekninga for nye skulebygg.",
     ("indirect", "Siri Haugen", "staten må ta ein større del av rekninga for nye skulebygg")),
    ("live_report_time_nn", "nn",
     "Statsråd Gunn Ellen Vik kom til Dalsbygd i dag.\n\n10.20\n"
     "Vik seier til NRK før ho gjekk i land at ho har kome for å lytte til folk.",
     ("indirect", "Gunn Ellen Vik", "ho har kome for å lytte til folk")),
]


@pytest.mark.parametrize("language,raw,expected", cases(GLUED_SUBHEADINGS))
def test_a_subheading_without_a_blank_line_is_no_part_of_the_paragraph(language: str, raw: str,
                                                                          expected: tuple[str, str, str] | None) -> None:
    found = rows(raw, language)
    if expected is None:  # the subheading alone: the paragraph is a block of its own
        blocks = segment(normalise(raw))
        assert [b.kind for b in blocks][-2:] == ["heading", "paragraph"]
        return
    assert expected in found


NOT_SUBHEADINGS = [
    ("credit_over_caption_nb",
     "Statsråden kom til Nordby.\n\nTekst: Kari Berg\nGLAD: Ordfører Per Dal viser fram den nye skolen til statsråden.",
     "Tekst: Kari Berg\nGLAD: Ordfører Per Dal viser fram den nye skolen til statsråden."),
    ("wrapped_sentence_nb",
     "Statsråden kom til Nordby, og hun hadde med seg\nstatssekretæren og to rådgivere fra\ndepartementet.\n\n"
     "Møtet ble ledet av ordfører\nPer Dal og varte i to timer på rådhuset.",
     "Møtet ble ledet av ordfører\nPer Dal og varte i to timer på rådhuset."),
    ("short_second_line_nn",
     "Statsråden kom til Dalsbygd.\n\nKontaktperson\nKari Berg, rådgjevar",
     "Kontaktperson\nKari Berg, rådgjevar"),
]


@pytest.mark.parametrize("raw,paragraph", cases(NOT_SUBHEADINGS))
def test_a_credit_a_wrapped_sentence_or_a_short_line_stays_one_block(raw: str, paragraph: str) -> None:
    assert segment(normalise(raw))[-1].text == paragraph


CUT_OFF = [
    ("update_note_nb", "nb",
     "Møtet ble utsatt.\n\nLeder Kari Holm sier utsettelsen sender et dårlig signal.\n\n"
     "– Vi har mange uten fastlege. Det haster.\n\nHun mener departementet bør invitere foreningen inn.\n\n"
     "– Vi er jo de som kjenner legene best. Det burde være en selvfølge\n\n(Saken oppdateres)",
     ("direct", "Kari Holm", "Vi er jo de som kjenner legene best. Det burde være en selvfølge")),
    ("buttons_nn", "nn",
     "Ordførar Siri Haugen tok imot statsråden.\n\n– Vi treng fleire sjukepleiarar, sa Haugen.\n\n"
     "Ho meiner staten må hjelpe dei minste kommunane.\n\n"
     "– Vi kan ikkje love pengar i dag. Men vi kan love at vi skal sjå på\n\nDel artikkelen | Tips oss",
     ("direct", "Siri Haugen", "Vi kan ikkje love pengar i dag. Men vi kan love at vi skal sjå på")),
]


@pytest.mark.parametrize("language,raw,expected", cases(CUT_OFF))
def test_a_quotation_cut_off_above_a_note_is_still_one(language: str, raw: str, expected: tuple[str, str, str]) -> None:
    assert expected in rows(raw, language)


CAUSATIVE_LEAD_INS = [
    ("sigh_nb", "nb",
     "Finansministeren meldte forfall til panelet. Det fikk ordfører i Dalby, Eva Sletten Moe (Sp), til å sukke høyt "
     "fra salen:\n\n– Det er han som har pengene. Det sier mye om hvor viktig de synes dette er.",
     ("direct", "Eva Sletten Moe", "Det er han som har pengene. Det sier mye om hvor viktig de synes dette er")),
    ("react_nn", "nn",
     "Statssekretæren kom ikkje. Det fekk ordførar Ola Dyrnes til å reagere:\n\n"
     "– Vi har venta i eitt år på eit svar frå departementet.",
     ("direct", "Ola Dyrnes", "Vi har venta i eitt år på eit svar frå departementet")),
]


@pytest.mark.parametrize("language,raw,expected", cases(CAUSATIVE_LEAD_INS))
def test_a_colon_sentence_that_makes_a_person_act_announces_their_quotation(language: str, raw: str,
                                                                              expected: tuple[str, str, str]) -> None:
    assert expected in rows(raw, language)


def test_a_colon_sentence_that_names_an_object_only_announces_nobody() -> None:
    raw = "Ordføreren har skrevet et brev til statsråd Kari Dal om saken:\n\n– Vi ber om et møte før sommeren."
    assert not any(r[1] == "Kari Dal" for r in rows(raw))


SAMI_NAMES = [
    ("mayor_apposition_nb", "nb",
     "Ordfører i Karasjok, Ánte Mikkel Balto, var også med.\n\n"
     "«Det hjelper lite med nye stillinger hvis folk ikke har et sted å bo», sa Balto, som etterlyste flere "
     "utleieboliger for helsepersonell i indre Finnmark.",
     [("direct", "Ánte Mikkel Balto", "Det hjelper lite med nye stillinger hvis folk ikke har et sted å bo"),
      ("indirect", "Ánte Mikkel Balto", "flere utleieboliger for helsepersonell i indre Finnmark")]),
    ("council_member_nn", "nn",
     "Sametingsråd Máret Inga Sara sa at språkopplæringa i helsetenesta må lovfestast.",
     [("indirect", "Máret Inga Sara", "språkopplæringa i helsetenesta må lovfestast")]),
]


@pytest.mark.parametrize("language,raw,expected", cases(SAMI_NAMES))
def test_sami_names_and_titles(language: str, raw: str, expected: list[tuple[str, str, str]]) -> None:
    found = rows(raw, language)
    assert all(e in found for e in expected)


RELATIVE_AFTER_QUOTE = [
    ("wanted_nb", "nb",
     "«Vi klarer ikke dette alene», sa ordfører Per Dal, som etterlyste en egen ordning for små kommuner.",
     ("indirect", "Per Dal", "en egen ordning for små kommuner")),
    ("thinks_nn", "nn",
     "– Vi har venta lenge nok, sa leiar Kari Haugen, som meiner staten må kome med pengar i vår.",
     ("indirect", "Kari Haugen", "staten må kome med pengar i vår")),
]


@pytest.mark.parametrize("language,raw,expected", cases(RELATIVE_AFTER_QUOTE))
def test_a_relative_clause_on_a_quotations_speaker_reports_more(language: str, raw: str,
                                                                 expected: tuple[str, str, str]) -> None:
    assert expected in rows(raw, language)


def test_a_relative_clause_without_a_verb_of_saying_reports_nothing() -> None:
    raw = "«Vi klarer ikke dette alene», sa ordfører Per Dal, som har ledet kommunen i ti år."
    assert [r[0] for r in rows(raw)] == ["direct"]


APPOSITION_PREDICATES = [
    ("raised_where_nb", "nb",
     "Fylkesleder i KS Nordland, Rune Holm Isaksen, tok opp legesituasjonen i Vesterålen, der flere kommuner har "
     "vært uten fast lege.",
     ("indirect", "Rune Holm Isaksen", "legesituasjonen i Vesterålen, der flere kommuner har vært uten fast lege")),
    ("pointed_where_nn", "nn",
     "Leiar i KS Vestland, Siri Vik Lunde, peika på rassikringa langs fylkesvegane, der fleire bruer er stengde.",
     ("indirect", "Siri Vik Lunde", "rassikringa langs fylkesvegane, der fleire bruer er stengde")),
]


@pytest.mark.parametrize("language,raw,expected", cases(APPOSITION_PREDICATES))
def test_an_apposition_subject_before_a_predicate_with_a_comma_clause(language: str, raw: str,
                                                                      expected: tuple[str, str, str]) -> None:
    assert expected in rows(raw, language)


DASH_LOST = [
    ("after_quote_nn", "nn",
     "Styreleiar Kari Dal la fram KS sine tal.\n\n– Vi har brukt meir på vikarar enn nokon gong, sa Dal.\n\n"
     "Ein kan ikkje berre rope på fleire folk, sa Dal.",
     ("direct", "Kari Dal", "Ein kan ikkje berre rope på fleire folk")),
    ("after_narrative_nn", "nn",
     "Styreleiar Kari Dal la fram KS sine tal.\n\nKommunane har brukt meir på vikarar enn nokon gong, sa Dal.",
     ("indirect", "Kari Dal", "Kommunane har brukt meir på vikarar enn nokon gong")),
    ("opening_paragraph_also_nb", "nb",
     "Statsråd Per Olav Lunde møtte KS.\n\n– Vi ser på ordningen, sa Lunde.\n\n"
     "Målet må være at pasienten får hjelp på rett sted, sa han også.",
     ("direct", "Per Olav Lunde", "Målet må være at pasienten får hjelp på rett sted")),
    ("inside_narrative_nb", "nb",
     "Ordfører Kari Dal la fram tall fra kommunen. I fjor måtte kommunen leie inn vikarer for tolv millioner "
     "kroner, fortalte hun.",
     ("indirect", "Kari Dal", "I fjor måtte kommunen leie inn vikarer for tolv millioner kroner")),
]


@pytest.mark.parametrize("language,raw,expected", cases(DASH_LOST))
def test_a_paragraph_closed_by_its_attribution_is_a_quotation(language: str, raw: str,
                                                              expected: tuple[str, str, str]) -> None:
    assert expected in rows(raw, language)


TITLES = [
    ("mayor_from_place_nn", "nn",
     "Ordførar i Nordby, Solfrid Vik, møtte statsråden.\n\nOrdføraren frå Nordby tok opp bustadmangelen i kommunen.",
     ("indirect", "Solfrid Vik", "bustadmangelen i kommunen")),
    ("body_title_caption_nb", "nb",
     "KREVER PENGER: Fylkesleder i KS Agder, Bente Moe Skaug. Foto: Per Dal\n\nStatsråden kom på besøk.\n\n"
     "KS Agder-lederen, som også var med på omvisningen, mener staten må ta en større del av regningen.",
     ("indirect", "Bente Moe Skaug", "staten må ta en større del av regningen")),
]


@pytest.mark.parametrize("language,raw,expected", cases(TITLES))
def test_a_title_with_its_place_or_body_refers_to_the_office_holder(language: str, raw: str,
                                                                     expected: tuple[str, str, str]) -> None:
    assert expected in rows(raw, language)


VERB_FORMS = [
    ("announced_nn", "nn", "Statsråd Lars Hauge talte på konferansen.\n\nHan varsla òg at direktoratet skal få eit "
     "større ansvar for innkjøp i kommunane.", ("indirect", "Lars Hauge",
                                              "direktoratet skal få eit større ansvar for innkjøp i kommunane")),
    ("reminded_nn", "nn", "Ordførar Siri Dal minna om at kommunane har venta på svar sidan i fjor.",
     ("indirect", "Siri Dal", "kommunane har venta på svar sidan i fjor")),
    ("convinced_nb", "nb", "Ordfører Per Dal er overbevist om at staten må betale for reformen.",
     ("indirect", "Per Dal", "staten må betale for reformen")),
    ("afraid_nn", "nn", "Leiar Kari Haugen er redd for at dei minste kommunane ikkje får pengar nok.",
     ("indirect", "Kari Haugen", "dei minste kommunane ikkje får pengar nok")),
    ("expects_nn", "nn", "Ordførar Ola Vik ventar at staten tek rekninga for dei nye krava.",
     ("indirect", "Ola Vik", "staten tek rekninga for dei nye krava")),
    ("no_doubt_nn", "nn", "Ordførar Ola Vik er ikkje i tvil om at kommunane treng fleire sjukepleiarar.",
     ("indirect", "Ola Vik", "kommunane treng fleire sjukepleiarar")),
    ("regretted_nb", "nb", "Rådmann Kari Berg beklaget at kommunen har gjort feil i saken.",
     ("indirect", "Kari Berg", "kommunen har gjort feil i saken")),
    ("commented_nb", "nb", "Statsråd Per Lunde kommenterte at regjeringen vil se på ordningen i høst.",
     ("indirect", "Per Lunde", "regjeringen vil se på ordningen i høst")),
]


@pytest.mark.parametrize("language,raw,expected", cases(VERB_FORMS))
def test_nynorsk_forms_and_verbs_that_report_with_a_clause(language: str, raw: str,
                                                           expected: tuple[str, str, str]) -> None:
    assert expected in rows(raw, language)


NOT_REPORTING = [
    ("waited_nn", "nn", "Ordførar Ola Vik venta på svar frå departementet i tre veker."),
    ("sent_apologies_nb", "nb", "Ordfører Per Dal meldte forfall til møtet i Oslo på tirsdag."),
    ("regretted_object_nb", "nb", "Rådmann Kari Berg beklaget hendelsen på vegne av kommunen i går."),
    ("commented_object_nb", "nb", "Statsråd Per Lunde kommenterte forslaget fra KS i talen sin på landstinget."),
]


@pytest.mark.parametrize("language,raw", cases(NOT_REPORTING))
def test_the_same_verbs_without_a_clause_report_nothing(language: str, raw: str) -> None:
    assert rows(raw, language) == []
