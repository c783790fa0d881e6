"""Indirect statements (invented texts): verbs and frames of saying, a question asked, thanks, answers, concern with
a clause or a noun phrase, and the negatives beside them."""
from __future__ import annotations

import pytest

from extract_kit import cases_not_yet, rows_with_rule, rows_without_full_stop, statement_rows


DAL = "Ordfører i Nordby, Kari Dal, tok imot statsråden i går.\n\n"

DAL_NN = "Ordførar i Nordby, Kari Dal, tok imot statsråden i går.\n\n"


@pytest.mark.parametrize("raw,language,expected", [
    (DAL + "Dal skriver i en e-post til avisen at kommunen trenger en ny vei, og at hun vil ta saken opp igjen.",
     "nb", "kommunen trenger en ny vei, og at hun vil ta saken opp igjen"),
    (DAL_NN + "Dal skriv i ein e-post til avisa at kommunen treng ein ny veg.", "nn", "kommunen treng ein ny veg"),
    (DAL + "Hun presiserer at det ikke er aktuelt å legge ned skolen.", "nb", "det ikke er aktuelt å legge ned skolen"),
    (DAL_NN + "Ho fortel at kommunen brukte mykje i fjor, og ho reknar med at summen blir større i år.", "nn",
     "summen blir større i år"),
    (DAL_NN + "Dal kunne fortelje at kommunen har fått fleire legar i år.", "nn", "kommunen har fått fleire legar i år"),
    (DAL + "Dal kunne også fortelle at kommunen har fått flere leger i år.", "nb", "kommunen har fått flere leger i år"),
    (DAL_NN + "Ho bad departementet vurdere ei ny ordning for ferjene, og tok til orde for at ordninga også må "
     "gjelde bussane.", "nn", "ordninga også må gjelde bussane"),
    (DAL + "Hun tok til orde for at kommunene må få mer penger, og mente at dagens ordning koster for mye.", "nb",
     "dagens ordning koster for mye"),
    (DAL + "Dal innledet møtet med å vise til at kommunen lenge har ventet på en ny vei.", "nb",
     "kommunen lenge har ventet på en ny vei"),
    ("Helseminister Kari Dal heldt føredrag i Nordby i går. Ministeren nytta føredraget til å varsle at regjeringa "
     "vil leggje fram ein ny plan.", "nn", "regjeringa vil leggje fram ein ny plan"),
    ("Forbundsleder i Nordby Sykepleierforbund, Kari Dal, mener forslaget bommer.\n\nSykepleierforbundet krever at "
     "regjeringen innfører en norm. Hun understreker at forbundet har fremmet kravet i flere år.", "nb",
     "forbundet har fremmet kravet i flere år"),
], ids=["writes_adjunct_nb", "writes_nn", "specifies_nb", "expects_coordinated_nn", "could_tell_nn",
        "could_tell_nb", "second_after_request_nn", "second_after_advocating_nb", "lead_with_object_nb",
        "lead_with_occasion_nn", "neuter_association_nb"])
def test_reported_after_verbs_and_frames(raw: str, language: str, expected: str) -> None:
    rows = statement_rows(raw, language)
    assert ("indirect", "Kari Dal", expected) in rows


@pytest.mark.parametrize("raw,language", [
    (DAL_NN + "Dal avslutta med å takke for eit godt møte.", "nn"),
    (DAL + "Dal åpnet med å takke for at statsråden kom helt til Nordby.", "nb"),
    ("Helseminister Kari Dal besøkte Nordby. Hun pekte på at kommunen har fått mer penger, og takket KS for "
     "rapporten.", "nb"),
], ids=["thanks_for_meeting_nn", "thanks_for_coming_nb", "thanks_for_report_nb"])
def test_thanks_for_the_occasion_is_no_statement(raw: str, language: str) -> None:
    rows = statement_rows(raw, language)
    assert not any(text.casefold().startswith("takk") for _, _, text in rows)


@pytest.mark.parametrize("raw,language,expected", [
    # thanks that carry a view are still reported
    (DAL + "Dal avsluttet med å takke for at kommunene har tatt imot så mange flyktninger.", "nb",
     "takke for at kommunene har tatt imot så mange flyktninger"),
    # a masculine or feminine noun in nynorsk takes "han"/"ho": the pronoun may stand for it
    (DAL_NN + "Regjeringa har lagt fram ein plan. Ho meiner planen vil hjelpe kommunane.", "nn", None),
    # "skriver" without "at" reports nothing ("skriver under på avtalen")
    (DAL + "Dal skriver under på avtalen i morgen.", "nb", None),
], ids=["thanks_with_a_view_nb", "feminine_noun_nn", "signs_nb"])
def test_negatives(raw: str, language: str, expected: str | None) -> None:
    rows = statement_rows(raw, language)
    if expected is None:
        assert not [r for r in rows if r[0] == "indirect"]
    else:
        assert ("indirect", "Kari Dal", expected) in rows


@pytest.mark.parametrize("raw,language,expected", [
    # a denial negated reports a view; a verb of saying negated does not
    ("Leder i KS Nordby, Kari Dal, møtte statsråden.\n\nDal avviser ikke at det kan bli behov for en ny ordning.",
     "nb", "det kan bli behov for en ny ordning"),
    ("Leiar i KS Nordby, Kari Dal, møtte statsråden.\n\nDal utelukkar ikkje at kommunane kan få meir pengar.",
     "nn", "kommunane kan få meir pengar"),
    # a title refers to the person whose role has a field after "for" ("områdedirektør for helse")
    ("Områdedirektør for helse i KS, Kari Dal, møtte statsråden.\n\nKS-direktøren mener at kommunene trenger "
     "flere leger.", "nb", "kommunene trenger flere leger"),
], ids=["denial_negated_nb", "ruling_out_negated_nn", "title_to_role_with_field_nb"])
def test_negated_denials_and_titles(raw: str, language: str, expected: str) -> None:
    assert ("indirect", "Kari Dal", expected) in statement_rows(raw, language)


def test_a_negated_denial_needs_its_clause() -> None:
    rows = statement_rows("Leder i KS Nordby, Kari Dal, møtte statsråden.\n\nDal avviser ikke forslaget.", "nb")
    assert not [r for r in rows if r[0] == "indirect"]


@pytest.mark.parametrize("raw,language", [
    ("Helseminister Kari Dal møtte KS i går.\n\nStatsråden takka KS for ein open og konstruktiv dialog, og partane "
     "vart samde om å halde fram arbeidet.", "nn"),
    ("Forbundsleder Kari Dal i Delta møter statsråden i dag.\n\nForbundslederen er tydelig på hva hun vil ha ut av "
     "møtet:\n\n– Vi vil ha en plan for heltid, og vi vil ha den nå.", "nb"),
    ("Fylkesleiar Kari Dal i KS Nordby talte i går.\n\nDal var tydeleg på kva som trengst no:\n\n– Staten må ta "
     "ein større del av rekninga for barnevernet.", "nn"),
], ids=["thanks_for_dialogue_nn", "what_she_wants_colon_nb", "what_is_needed_colon_nn"])
def test_no_indirect_statement(raw: str, language: str) -> None:
    assert not [r for r in statement_rows(raw, language) if r[0] == "indirect"]


def test_a_question_without_colon_still_reports() -> None:
    rows = statement_rows("Helseminister Kari Dal møtte KS i går.\n\nDal er tydelig på hvordan kommunene kan få til "
                          "mer heltid.")
    assert ("indirect", "Kari Dal", "hvordan kommunene kan få til mer heltid") in rows


@pytest.mark.xfail(strict=True, reason="thanks with a view in a two-paragraph text: the parse rule finds no content "
                   "(found when another paragraph follows); a miss before this round too")
def test_thanks_with_a_view_still_report() -> None:
    rows = statement_rows("Helseminister Kari Dal møtte KS i går.\n\nDal takket kommunene for at de har tatt imot så "
                          "mange flyktninger de siste årene.")
    assert ("indirect", "Kari Dal", "de har tatt imot så mange flyktninger de siste årene") in rows


def test_noun_content_keeps_the_adjunct_the_parse_hangs_on_the_verb() -> None:
    raw = ("Styreleder Kari Dal i KS var med.\n\nDal etterlyser større fleksibilitet i kravene om fordypning for lærere "
           "med lang erfaring, og advarer mot at staten innfører nye normer.")
    rows = statement_rows(raw)
    assert ("indirect", "Kari Dal", "større fleksibilitet i kravene om fordypning for lærere med lang erfaring") in rows


@pytest.mark.parametrize("language,raw,speaker,content", [
    ("nn", "Ordførar Tove Heggdal var på høyringa i Stortinget. Heggdal svara at fylket kan ta over vegen, men berre "
           "dersom bruene blir sikra og vedlikehaldet er betalt.", "Tove Heggdal",
     "fylket kan ta over vegen, men berre dersom bruene blir sikra og vedlikehaldet er betalt"),
    ("nb", "Statssekretær Jon Ove Lien møtte kommunene i Bodø. Lien svarte at flyplassen holdes åpen, og at "
           "rutene blir lyst ut på nytt.", "Jon Ove Lien",
     "flyplassen holdes åpen, og at rutene blir lyst ut på nytt"),
    ("nb", "Rådmann Liv Grøtte ble spurt om budsjettet. Hun svarer at kommunen har kuttet så langt det går, men "
           "at skolene blir skjermet.", "Liv Grøtte",
     "kommunen har kuttet så langt det går, men at skolene blir skjermet"),
], ids=["svara_nn", "svarte_nb", "svarer_pronoun_nb"])
def test_answering_with_a_clause_reports_it_whole(language: str, raw: str, speaker: str, content: str) -> None:
    assert ("indirect", speaker, content) in [r[:3] for r in rows_with_rule(raw, language)]


def test_answering_a_question_reports_nothing() -> None:
    raw = "Ordfører Liv Grøtte var på høringen. Hun svarte på spørsmålet fra komiteen om budsjettet."
    assert rows_with_rule(raw) == []


@pytest.mark.parametrize("language,raw,speaker,content", [
    ("nn", "Til stades: Randi Dal (leiar), Rune Heggvik.\n\nI ordskiftet peika Rune Heggvik, ordførar i Nordby, på "
           "at tilskotet ikkje dekkjer kostnadane.", "Rune Heggvik", "tilskotet ikkje dekkjer kostnadane"),
    ("nn", "Til stades: Randi Dal (leiar), Rune Heggvik.\n\nI møtet bad Rune Heggvik, ordførar i Nordby, om at "
           "staten dekkjer heile rekninga.", "Rune Heggvik", "staten dekkjer heile rekninga"),
    ("nn", "Ordførar Rune Heggvik i Nordby var klar. Difor legg Heggvik vekt på at kostnadane må dekkjast av "
           "staten.", "Rune Heggvik", "kostnadane må dekkjast av staten"),
], ids=["peika_paa", "bad_om", "legg_vekt_paa"])
def test_nynorsk_inverted_particle_verbs(language: str, raw: str, speaker: str, content: str) -> None:
    assert ("indirect", speaker, content) in [r[:3] for r in rows_with_rule(raw, language)]


ASKING = [
    ("asked_minister_nb", "nb",
     "Ministeren møtte KS i Oslo.\n\nOrdstyrer Kari Lunde Berg spurte helseministeren om departementet vil "
     "legge fram legevaktplanen i vår.",
     ("indirect", "Kari Lunde Berg", "departementet vil legge fram legevaktplanen i vår")),
    ("asked_minister_party_nb", "nb",
     "Statsråden svarte på spørsmål i Stortinget.\n\nStortingsrepresentant Jon Haugen (H) spurte ministeren om "
     "regjeringen vil øke tilskuddet til skolebygg i år.",
     ("indirect", "Jon Haugen", "regjeringen vil øke tilskuddet til skolebygg i år")),
    ("asked_minister_nn", "nn",
     "Statsråden svara på spørsmål i Stortinget.\n\nKomitéleiar Gunhild Reite (Sp) spurde statsråden om "
     "departementet vil sjå på kostnadene for dei minste kommunane.",
     ("indirect", "Gunhild Reite", "departementet vil sjå på kostnadene for dei minste kommunane")),
    ("asked_inverted_surname_nn", "nn",
     "Gunhild Reite (Sp) tok ordet i spørjetimen.\n\n– Kommunane kan ikkje bere dette åleine, sa Reite.\n\n"
     "I replikkordskiftet spurde Reite om regjeringa vil kome med pengar før sommaren.",
     ("indirect", "Gunhild Reite", "regjeringa vil kome med pengar før sommaren")),
    ("asked_pronoun_nb", "nb",
     "Ordfører Per Bakken møtte statsråden.\n\n– Vi trenger hjelp nå, sa Bakken.\n\n"
     "Han spurte også om staten vil ta regningen for de nye kravene.",
     ("indirect", "Per Bakken", "staten vil ta regningen for de nye kravene")),
    ("wanted_to_know_nb", "nb",
     "Ordfører Per Bakken ville vite om departementet har regnet på kostnadene for kommunene.",
     ("indirect", "Per Bakken", "departementet har regnet på kostnadene for kommunene")),
]


@pytest.mark.parametrize("language,raw,expected", cases_not_yet(ASKING))
def test_a_yes_no_question_is_the_askers_statement(language: str, raw: str, expected: tuple[str, str, str]) -> None:
    assert expected in rows_without_full_stop(raw, language)


NOT_ASKING = [
    ("organisation_asks_nb", "nb", "NTB spurte statsråden om hun vil love mer penger til kommunene."),
    ("unnamed_asks_nn", "nn", "Statsråd Eva Holm Dahl var til stades.\n\nDebattleiaren spurde statsråden om ho "
                              "meiner regjeringa lyttar til kommunane."),
    ("outlet_asks_named_nb", "nb", "Ordfører Kari Holm Dahl deltok på møtet.\n\nNordvik Tidende spurte Dahl om "
                                   "møtet hadde gitt kommunen noe konkret."),
    ("outlet_asks_named_nn", "nn", "Ordførar Kari Holm Dahl var med på møtet.\n\nSogn Avis spurde Dahl om kommunen "
                                   "vil klage på vedtaket frå direktoratet."),
    ("question_word_nb", "nb", "Ordfører Per Bakken spurte hva departementet vil gjøre med saken framover."),
    ("question_word_nn", "nn", "Ordførar Åse Lien spurde kvifor staten ikkje har sett av pengar til vegen."),
]


@pytest.mark.parametrize("language,raw", cases_not_yet(NOT_ASKING))
def test_no_question_statement(language: str, raw: str) -> None:
    assert rows_without_full_stop(raw, language) == []


# a body word opening the sentence is the subject of the verb, not an adverbial before an inverted person subject:
# the person after the verb is the one asked, and nobody's words are reported
BODY_ASKS = [
    ("board_asks_minister_nb", "nb",
     "Landbruksminister Per Dahl møtte fylkesstyret i KS Nordby.\n\n"
     "Fylkesstyret ba statsråden om å øke tilskuddet til veterinærvakt."),
    ("board_placed_asks_minister_nn", "nn",
     "Landbruksminister Per Dahl møtte fylkesstyret i KS Nordby.\n\n"
     "Styret i KS Nordby bad statsråden om å auke tilskotet til veterinærvakta."),
    ("union_asks_minister_nb", "nb",
     "Helseminister Per Dahl møtte Fagforbundet.\n\nForbundet ba statsråden om å se på turnusene."),
]


@pytest.mark.parametrize("language,raw", cases_not_yet(BODY_ASKS))
def test_a_body_asking_a_minister_reports_no_minister(language: str, raw: str) -> None:
    assert not [r for r in rows_with_rule(raw, language) if r[0] == "indirect"]


def test_a_body_asking_a_minister_is_a_demand_nb() -> None:
    from extract_kit import demands

    raw = ("Landbruksminister Per Dahl møtte fylkesstyret i KS Innlandet.\n\n"
           "Fylkesstyret ba statsråden om å øke tilskuddet til veterinærvakt.")
    assert demands(raw) == [("KS Innlandet", "Landbruks- og matdepartementet", "øke tilskuddet til veterinærvakt")]


def test_an_adverbial_before_an_inverted_person_still_reports() -> None:
    raw = "Ordfører Kari Dal var i møtet.\n\nI møtet ba Kari Dal statsråden om å se på vegen."
    assert [r[:2] for r in rows_with_rule(raw, "nb") if r[0] == "indirect"] == [("indirect", "Kari Dal")]


# "Ifølge NN ...": the source of the rest of the sentence, when it names a person (a name, a surname, a title,
# a pronoun), opening the sentence, closing it or between commas inside it
ACCORDING_TO = [
    ("opening_surname_nb", "nb", DAL + "Ifølge Dal har kommunen ventet på svar fra departementet i to år.",
     ("indirect", "Kari Dal", "har kommunen ventet på svar fra departementet i to år")),
    ("opening_surname_nn", "nn", DAL_NN + "Ifølgje Dal var møtet nyttig, men statsråden lova ingenting.",
     ("indirect", "Kari Dal", "var møtet nyttig, men statsråden lova ingenting")),
    ("opening_role_and_name_nb", "nb", "Ifølge rektor Ola Berg mangler skolen tre lærere til høsten.",
     ("indirect", "Ola Berg", "mangler skolen tre lærere til høsten")),
    ("opening_apposition_nn", "nn", "Ifølgje Ola Berg, rektor ved Nordby skule, manglar skulen tre lærarar.",
     ("indirect", "Ola Berg", "manglar skulen tre lærarar")),
    ("closing_title_nn", "nn", DAL_NN + "Kommunen har betalt to millionar for vikarar i år, ifølgje ordføraren.",
     ("indirect", "Kari Dal", "Kommunen har betalt to millionar for vikarar i år")),
    ("inside_object_pronoun_nb", "nb", DAL + "Regningen tilsvarer, ifølge henne, en halv årslønn for en lærer.",
     ("indirect", "Kari Dal", "Regningen tilsvarer, ifølge henne, en halv årslønn for en lærer")),
]


@pytest.mark.parametrize("language,raw,expected", [(lang, raw, exp) for _, lang, raw, exp in ACCORDING_TO],
                         ids=[n for n, *_ in ACCORDING_TO])
def test_according_to_a_person_reports_the_sentence(language: str, raw: str, expected: tuple[str, str, str]) -> None:
    assert expected in statement_rows(raw, language)


ACCORDING_TO_NOBODY = [
    ("figures_nb", "nb", DAL + "Ifølge tall fra byrået jobber halvparten av sykepleierne deltid."),
    ("calculations_nn", "nn", DAL_NN + "Ifølgje KS sine utrekningar går kvar fjerde kommune med underskot."),
    ("minutes_nb", "nb", DAL + "Ifølge referatet var partene enige om å møtes igjen i mai."),
    ("organisation_nn", "nn", DAL_NN + "Ifølgje fylkeskommunen er vegen stengd til over helga."),
]


@pytest.mark.parametrize("language,raw", [(lang, raw) for _, lang, raw in ACCORDING_TO_NOBODY],
                         ids=[n for n, *_ in ACCORDING_TO_NOBODY])
def test_according_to_no_person_reports_nothing(language: str, raw: str) -> None:
    last = raw.split("\n\n")[-1]
    assert not [r for r in statement_rows(raw, language) if r[2] in last]


def test_according_to_a_medium_leaves_the_speaker_it_reports_nb() -> None:
    raw = "Ifølge avisen sa statsråd Per Dahl etter møtet at regjeringen vil se på ordningen."
    assert [r for r in statement_rows(raw, "nb") if r[0] == "indirect"] == [
        ("indirect", "Per Dahl", "regjeringen vil se på ordningen")]


def test_according_to_a_person_over_an_organisations_request_is_the_persons_nn() -> None:
    raw = "Rådgjevar Ola Berg var med.\n\nIfølgje Berg bad KS også departementet om å halde fram med tilskotet."
    assert ("indirect", "Ola Berg", "bad KS også departementet om å halde fram med tilskotet") in statement_rows(raw, "nn")
