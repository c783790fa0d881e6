"""Speakers' names and titles (invented texts): a role is no name, a genitive or an office before a name is no part
of it, titles with a place or body, Sami names, and titles that name their holder."""
from __future__ import annotations

import pytest

from extract_kit import (cases, cases_not_yet, result as _result, rows_first_words, rows_with_rule,
    rows_without_full_stop, statement_rows)


@pytest.mark.parametrize("raw,language", [
    ("Fylkestannlege Kari Dal har peika på at pasientane kjem for seint til tannlegen.", "nn"),
    ("Kommuneoverlege Kari Dal har pekt på at pasientene kommer for sent til legen.", "nb"),
], ids=["county_dentist_nn", "municipal_doctor_nb"])
def test_a_doctor_by_post_is_a_role_not_a_name(raw: str, language: str) -> None:
    rows = statement_rows(raw, language)
    assert rows and all(speaker == "Kari Dal" for _, speaker, _ in rows)


@pytest.mark.parametrize("raw,language,expected", [
    ("Nestleder Kari Dal i KS talte på konferansen.\n\nHun var samtidig tydelig på at kommunene ikke vil overta "
     "ansvaret for rusomsorgen.", "nb", ("indirect", "kommunene ikke vil overta ansvaret for rusomsorgen")),
    ("Forbundsleder Kari Dal i Fagforbundet var med på møtet.\n\nForbundsleder Kari Dal var tydelig i møtet:\n\n"
     "– Vi kan ikke snakke om mangel på folk når så mange jobber deltid mot sin vilje.", "nb",
     ("direct", "Vi kan ikke snakke om mangel på folk når så mange jobber deltid mot sin vilje")),
    ("Styreleder Kari Dal i KS møtte statsråden.\n\n«Det er ikke kommunene som har valgt at systemene skal være "
     "så tungvinte», sa hun, og la til at kommunene ikke kan betale for nye løsninger alene.", "nb",
     ("direct", "Det er ikke kommunene som har valgt at systemene skal være så tungvinte")),
    ("Styreleder Kari Dal i KS møtte statsråden.\n\n«Det er ikke kommunene som har valgt at systemene skal være "
     "så tungvinte», sa hun, og la til at kommunene ikke kan betale for nye løsninger alene.", "nb",
     ("indirect", "kommunene ikke kan betale for nye løsninger alene")),
    ("Møtet var i Nordby rådhus.\n\n«Kommunene vil gjerne ta ansvar. Men da må staten betale, ikke bare stille "
     "krav.» – Kari Dal, styreleder i KS", "nb",
     ("direct", "Kommunene vil gjerne ta ansvar. Men da må staten betale, ikke bare stille krav")),
    ("Møtet var i går.\n\n– Vi er for nye ferjer. Men når staten stiller kravene, må staten også betale, sa "
     "fylkesråd for samferdsel Kari Dal fra salen.", "nb",
     ("direct", "Vi er for nye ferjer. Men når staten stiller kravene, må staten også betale")),
    ("Ordføraren i Nordby, Kari Dal, som òg sit i fylkesstyret, tok opp det aukande talet på tilsyn frå staten.",
     "nn", ("indirect", "det aukande talet på tilsyn frå staten")),
], ids=["adverb_adjective_nb", "role_name_lead_in_nb", "quote_then_added_direct_nb", "quote_then_added_indirect_nb",
        "dash_credit_nb", "role_with_field_nb", "title_name_relative_nn"])
def test_found_with_speaker(raw: str, language: str, expected: tuple[str, str]) -> None:
    assert (expected[0], "Kari Dal", expected[1]) in statement_rows(raw, language)


def test_doctors_president_by_title() -> None:
    raw = ("Foreningens president, Kari Dal, sier at brevet kommer etter lang tids venting.\n\nLegepresidenten "
           "understreker at foreningen ikke ber om en ny statlig ordning.")
    assert ("indirect", "Kari Dal", "foreningen ikke ber om en ny statlig ordning") in statement_rows(raw)


def test_organisation_title_prefers_its_own_leader_to_a_county_leader() -> None:
    raw = ("Styreleder Kari Dal og helseministeren før møtet. Foto: KS\n\nMed seg hadde KS-lederen nestleder Ola Vik og "
           "fylkesstyreleder i KS Nordby, Per Lund.\n\nKS-lederen pekte på at kommunene bruker mye tid på manuelle rutiner.")
    assert ("indirect", "Kari Dal", "kommunene bruker mye tid på manuelle rutiner") in statement_rows(raw)


@pytest.mark.parametrize("language,raw,speaker", [
    ("nn", "Gjest: statsforvaltar Gunnar Lien, Statsforvaltaren i Nordland.\n\nStatsforvaltar Gunnar Lien heldt ei "
           "innleiing. Lien sa at flaumsikringa langs elva må bli ferdig før hausten.", "Gunnar Lien"),
    ("nb", "Statsforvalter Gunnar Lien innledet møtet. Han sa at flomsikringen langs elva må bli ferdig før høsten.",
     "Gunnar Lien"),
], ids=["statsforvaltar_nn", "statsforvalter_nb"])
def test_county_governor_title_is_no_part_of_the_name(language: str, raw: str, speaker: str) -> None:
    assert {r[1] for r in rows_with_rule(raw, language)} == {speaker}


GENITIVE = [
    ("sp_nn", "nn",
     "Senterpartiets Ingrid Fossli Vik tok opp saka.\n\n– Kommunane kan ikkje vente, sa Fossli Vik.\n\n"
     "Ho viste til at utgiftene har auka mykje dei siste åra.", "Ingrid Fossli Vik"),
    ("h_nb", "nb", "Høyres Tone Brattli Aas mener at staten må ta en større del av regningen for skolebyggene.",
     "Tone Brattli Aas"),
    ("ap_nb", "nb", "Arbeiderpartiets Per Olav Lund sa at kommunene trenger mer penger til barnevernet.",
     "Per Olav Lund"),
    ("krf_nb", "nb", "KrFs Lise Myhre Holm sa at kommunene trenger mer penger til barnevernet.", "Lise Myhre Holm"),
    ("frp_nn", "nn", "Framstegspartiets Arne Sølvberg meiner at staten må betale for dei nye krava til skulane.",
     "Arne Sølvberg"),
    ("org_nb", "nb", "Fagforbundets Randi Aune Kvam sa at kommunene må lyse ut flere hele stillinger.",
     "Randi Aune Kvam"),
]


@pytest.mark.parametrize("language,raw,speaker", cases_not_yet(GENITIVE))
def test_genitive_before_a_name_is_no_part_of_it(language: str, raw: str, speaker: str) -> None:
    found = rows_without_full_stop(raw, language)
    assert found and all(r[1] == speaker for r in found), found


# A public office written before a name ("Politimeister NN", "Barneombud NN", "Sjukeheimslege NN") is no part
# of the name.
OFFICES = [
    ("politimester_nb", "nb", "Politimester"), ("politimeister_nn", "nn", "Politimeister"),
    ("barneombud_nb", "nb", "Barneombud"), ("sivilombud_nb", "nb", "Sivilombud"),
    ("riksrevisor_nb", "nb", "Riksrevisor"), ("lensmann_nn", "nn", "Lensmann"),
    ("sykehjemslege_nb", "nb", "Sykehjemslege"), ("sjukeheimslege_nn", "nn", "Sjukeheimslege"),
    ("sokneprest_nn", "nn", "Sokneprest"),
]


@pytest.mark.parametrize("language,office", cases_not_yet(OFFICES))
def test_office_before_a_name_is_no_part_of_it(language: str, office: str) -> None:
    raw = (f"{office} Gunnar Ødegård Lie sa at kommunene har gjort en stor jobb med bosettingen.\n\n"
           "– Vi trenger mer hjelp nå, sa Ødegård Lie.")
    found = rows_without_full_stop(raw, language)
    assert len(found) == 2 and all(r[1] == "Gunnar Ødegård Lie" for r in found), found


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
    found = rows_without_full_stop(raw, language)
    assert all(e in found for e in expected)


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
    assert expected in rows_without_full_stop(raw, language)


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
    assert any(kind == "direct" and who == speaker for kind, who, _ in rows_first_words(raw, language))


def statements(raw: str, language: str = "nb") -> set[tuple[str, str, str]]:
    return {(s.kind, s.speaker.name, s.text.rstrip(".!?")) for s in _result(raw, language).statements}


SPEAKERS: list[tuple[str, str, str, set[tuple[str, str, str]]]] = [
    ("place_title_compound_nn",
     "Helseministeren vitjar kommunane i fjorden i morgon. – No er tolmodet slutt, seier "
     "Nordby-ordføraren.\n\nOrdførar i Nordby, Randi Berg (Sp), leier regionrådet.", "nn",
     {("direct", "Randi Berg", "No er tolmodet slutt")}),
    ("pronoun_after_two_titles_nn",
     "Ordføraren i Fjordvik tok imot då helse- og omsorgsministeren vitja kommunen. – Vi treng svar no, sa "
     "ho.\n\nOrdførar i Fjordvik, Marte Lie, viste fram legekontoret til helse- og omsorgsminister "
     "Ingrid Dal.", "nn",
     {("direct", "Marte Lie", "Vi treng svar no")}),
    ("pronoun_in_colon_lead_in",
     "Statsråd Per Lund kommer etter meg. I vinter besøkte jeg ordføreren i Nordby, Eva Berg. Hun "
     "sa:\n\n«Husene står klare. Det er folkene jeg mangler.»\n\nDet sitatet bør vi merke oss.",
     "nb",
     {("direct", "Eva Berg", "Husene står klare. Det er folkene jeg mangler")}),
    ("first_person_after_quote_still_continues",
     "Ordfører i Nordby, Eva Berg, var tydelig.\n\n«Husene står klare,» sa Berg.\n\n"
     "Jeg har sagt det før, og jeg sier det igjen: Vi trenger folk.", "nb",
     {("direct", "Eva Berg", "Husene står klare"),
      ("direct", "Eva Berg", "Jeg har sagt det før, og jeg sier det igjen: Vi trenger folk")}),
    ("quote_woven_into_reported_words_nn",
     "Helse- og omsorgsminister Ingrid Dal var til stades. På konferansen sa statsråden at ho «vil sjå "
     "nærare på» ordninga til hausten.", "nn",
     {("indirect", "Ingrid Dal", "ho «vil sjå nærare på» ordninga til hausten")}),
    # round 13: reported words closing with their own predicate in «» after a short subject are one indirect
    # statement, the quoted words in it (the annotations of five texts in four sets read them so, one otherwise)
    ("quote_closing_reported_words_is_indirect",
     "Kunnskapsminister Per Lund svarte at departementet «vurderer saken grundig».", "nb",
     {("indirect", "Per Lund", "departementet «vurderer saken grundig»")}),
]


@pytest.mark.parametrize("raw,language,expected", cases(SPEAKERS))
def test_speakers(raw: str, language: str, expected: set[tuple[str, str, str]]) -> None:
    assert statements(raw, language) == expected
