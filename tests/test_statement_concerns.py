"""Concern and lead-ins before a colon (invented texts): concern with a clause or a noun phrase, an adjunct before a
colon, a colon sentence that makes a person act, relative clauses on a speaker, appositions and nynorsk verb forms."""
from __future__ import annotations

import pytest

from extract_kit import cases, cases_not_yet, rows_with_rule, rows_without_full_stop


@pytest.mark.parametrize("language,raw", [
    ("nn", "Leiar Birgit Lunde var på opninga. Lunde var særleg oppteken av korleis det nye badet skal driftast."),
    ("nb", "Ordfører Jon Skaret tok imot statsråden. Skaret la ikke skjul på hvorfor brua ble prioritert."),
    ("nb", "Samferdselsråd Tone Aasen var opptatt av hvordan tunnelen kan holdes åpen mens den "
           "blir rehabilitert."),
    ("nn", "Ordførar Jon Skaret tok imot statsråden. Han var uroleg for korleis ferja skal gå i vinter."),
], ids=["oppteken_av_kven_nn", "skjul_paa_hvorfor_nb", "opptatt_av_hvordan_nb", "uroleg_for_korleis_nn"])
def test_concern_before_an_indirect_question_reports_nothing(language: str, raw: str) -> None:
    assert rows_with_rule(raw, language) == []


@pytest.mark.parametrize("language,raw,speaker,content", [
    ("nb", "Ordfører Jon Skaret tok imot statsråden. Skaret var opptatt av at tunnelen må stenges om natta.",
     "Jon Skaret", "tunnelen må stenges om natta"),
    ("nn", "Ordførar Jon Skaret tok imot statsråden. Skaret la ikkje skjul på at brua var viktigast.",
     "Jon Skaret", "brua var viktigast"),
], ids=["opptatt_av_at_nb", "skjul_paa_at_nn"])
def test_concern_with_a_content_clause_still_reports(language: str, raw: str, speaker: str, content: str) -> None:
    assert ("indirect", speaker, content) in [r[:3] for r in rows_with_rule(raw, language)]


# "være opptatt av" reports a view only with a clause ("var opptatt av at X"): with a noun phrase ("var mest
# opptatt av finansieringen") or an infinitive it names what the person cared about, not what they said.
CONCERN_NP = [
    ("np_nb", "nb", "Helseminister Kari Holm Dahl deltok på møtet.\n\nKari Holm Dahl var mest opptatt av "
                    "rekrutteringen til legevaktene i de minste kommunene i regionen."),
    ("np_nn", "nn", "Helseminister Kari Holm Dahl deltok på møtet.\n\nKari Holm Dahl var mest oppteken av "
                    "rekrutteringa til legevaktene i dei minste kommunane i regionen."),
    ("np_pronoun_nb", "nb", "Helseminister Kari Holm Dahl deltok på møtet.\n\nHun var særlig opptatt av de ansatte "
                            "som står i jobben hver dag."),
    ("infinitive_nn", "nn", "Helseminister Kari Holm Dahl deltok på møtet.\n\nHo er oppteken av å redusere den "
                            "statlege detaljstyringa av kommunane."),
]


@pytest.mark.parametrize("language,raw", cases_not_yet(CONCERN_NP))
def test_concern_with_a_noun_phrase_is_no_statement(language: str, raw: str) -> None:
    assert rows_without_full_stop(raw, language) == []


@pytest.mark.parametrize("language,raw,words", [
    pytest.param("nb", "Helseminister Kari Holm Dahl deltok på møtet.\n\nHun var opptatt av at kommunene må få "
                       "beholde handlingsrommet sitt.", "kommunene må få beholde handlingsrommet sitt", id="clause_nb"),
    pytest.param("nn", "Helseminister Kari Holm Dahl deltok på møtet.\n\nHo var særleg oppteken av at fleire "
                       "studieplassar ikkje hjelper utan praksisplassar.",
                 "fleire studieplassar ikkje hjelper utan praksisplassar", id="clause_nn"),
])
def test_concern_with_a_clause_is_a_statement(language: str, raw: str, words: str) -> None:
    assert ("indirect", "Kari Holm Dahl", words) in rows_without_full_stop(raw, language)


def test_concern_without_its_preposition_still_reports_a_clause() -> None:
    raw = "Styremedlem Kari Holm Dahl var også opptatt at nye krav kan gi press på budsjettene i kommunene."
    assert any(r[0] == "indirect" and r[2].startswith("nye krav kan gi press") for r in rows_without_full_stop(raw))


# A verb of saying with only an adjunct before the colon that opens a quotation ("sa i Stortinget i januar:
# «...»", "uttalte under åpningen:", "sa til NTB etter møtet: – ..."): the adjunct is not what was said.
ANNOUNCED = [
    ("storting_nb", "nb", "Helseminister Per Olav Rønning sa på Kommunekonferansen i mars: «Vi skal lytte mer "
                          "til ordførerne.» Nå må ordene følges opp."),
    ("storting_nn", "nn", "Helseminister Per Olav Rønning sa på Kommunekonferansen i mars: «Vi skal lytte meir "
                          "til ordførarane.» No må orda følgjast opp."),
    ("opening_nb", "nb", "Statsråd Kari Holm Dahl uttalte under åpningen av konferansen: «Kommunene er vår "
                         "viktigste partner.» Det merker vi lite til."),
    ("meeting_nn", "nn", "Statsråd Kari Holm Dahl sa på møtet med KS i fjor haust: «Kommunane er den viktigaste "
                         "partnaren vår.» Det merkar vi lite til."),
    ("to_ntb_dash_nb", "nb", "Statsråd Kari Holm Dahl sa til NTB etter møtet: – Vi har hørt kommunene og tar med oss "
                             "innspillene."),
]


@pytest.mark.parametrize("language,raw", cases_not_yet(ANNOUNCED))
def test_adjunct_before_a_colon_is_not_said(language: str, raw: str) -> None:
    found = rows_without_full_stop(raw, language)
    assert [r[0] for r in found] == ["direct"], found


def test_content_with_at_before_colon_still_reported() -> None:
    raw = "Statsråd Kari Holm Dahl sa i møtet at kommunene skal få mer frihet: Øremerkingen skal ned."
    assert any(r[0] == "indirect" and r[2].startswith("kommunene skal få mer frihet") for r in rows_without_full_stop(raw))


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
    assert expected in rows_without_full_stop(raw, language)


def test_a_colon_sentence_that_names_an_object_only_announces_nobody() -> None:
    raw = "Ordføreren har skrevet et brev til statsråd Kari Dal om saken:\n\n– Vi ber om et møte før sommeren."
    assert not any(r[1] == "Kari Dal" for r in rows_without_full_stop(raw))


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
    assert expected in rows_without_full_stop(raw, language)


def test_a_relative_clause_without_a_verb_of_saying_reports_nothing() -> None:
    raw = "«Vi klarer ikke dette alene», sa ordfører Per Dal, som har ledet kommunen i ti år."
    assert [r[0] for r in rows_without_full_stop(raw)] == ["direct"]


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
    assert expected in rows_without_full_stop(raw, language)


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
    assert expected in rows_without_full_stop(raw, language)


NOT_REPORTING = [
    ("waited_nn", "nn", "Ordførar Ola Vik venta på svar frå departementet i tre veker."),
    ("sent_apologies_nb", "nb", "Ordfører Per Dal meldte forfall til møtet i Oslo på tirsdag."),
    ("regretted_object_nb", "nb", "Rådmann Kari Berg beklaget hendelsen på vegne av kommunen i går."),
    ("commented_object_nb", "nb", "Statsråd Per Lunde kommenterte forslaget fra KS i talen sin på landstinget."),
]


@pytest.mark.parametrize("language,raw", cases(NOT_REPORTING))
def test_the_same_verbs_without_a_clause_report_nothing(language: str, raw: str) -> None:
    assert rows_without_full_stop(raw, language) == []
