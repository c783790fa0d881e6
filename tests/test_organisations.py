"""Who makes a demand: organisation naming (organisations.yaml, organisations.py), names cut at a line
break, the genitive of a name, coordinated bodies, the site owner of a breadcrumb, a county leader's
county and a KS office written before the next person's name (invented texts, bokmål and nynorsk,
with negatives). Unit tests of actors.py, organisations.py and home_body.py, then the whole extractor."""
from __future__ import annotations

import pytest

from flows import lexicon
from flows.extract.actors import claimants_in
from flows.extract.organisation_names import organisations_in, site_owner
from flows.extract.speaker_claimant import named_organisation
from flows.extract.home_body import home_body
from flows.extract.organisations import organisations, written_name
from extract_kit import Row, cases, demands


def test_lexicon_forms_name_one_organisation_each() -> None:
    """A written form that names two organisations could not be resolved: every form is one entry's."""
    seen: dict[str, str] = {}
    for org in organisations():
        for form in org.forms:
            assert seen.setdefault(form.casefold(), org.name) == org.name, f"{form!r}: {seen[form.casefold()]} and {org.name}"
    ks_forms = {str(a).casefold() for al in lexicon.load("actors")["claimants"].values() for a in al}
    assert not ks_forms & set(seen), "a form is both in actors.yaml claimants and organisations.yaml: keep it in one"


NAMES = [
    ("ks_then_venue_line", "Kari Holm, nestleder i KS\nNordland kulturhus, tirsdag 4. mars", ["KS"]),
    ("ks_then_dateline_nn", "Av Per Lid, styreleiar i KS\nAgder (NPK): Statsråden kom i går", ["KS"]),
    ("ks_region_on_one_line", "Fylkesstyreleiar i KS Agder, Per Lid, seier", ["KS Agder"]),
    ("wrapped_full_name_stays_whole", "Kommunesektorens\norganisasjon mener", ["KS"]),
    ("genitive_of_a_union", "Fagforbundets leder Kari Holm sier", ["Fagforbundet"]),
    ("genitive_nn", "Sjukepleiarforbundets leiar seier", ["Sykepleierforbundet"]),
    ("no_genitive_of_a_group", "kommunenes økonomi er stram", []),
    ("acronym_as_written", "NSF og FFO krever", ["Sykepleierforbundet", "Funksjonshemmedes Fellesorganisasjon"]),
]


@pytest.mark.parametrize("text,expected", cases(NAMES))
def test_claimants_in(text: str, expected: list[str]) -> None:
    assert [h.name for h in claimants_in(text)] == expected


BODIES = [
    ("ks_board_and_county_council_nn", "KS Agder og Agder fylkeskommune ber statsråden", ["KS Agder", "Agder fylkeskommune"]),
    ("two_municipalities", "Nordby og Sørvik kommune", ["Sørvik kommune"]),
    ("county_named_with_og", "Møre og Romsdal fylkeskommune krever", ["Møre og Romsdal fylkeskommune"]),
    ("county_named_with_og_nn", "Vestfold og Telemark fylkeskommune krev", ["Vestfold og Telemark fylkeskommune"]),
]


@pytest.mark.parametrize("text,expected", cases(BODIES))
def test_organisations_in_splits_coordinated_bodies(text: str, expected: list[str]) -> None:
    assert [h.name for h in organisations_in(text)] == expected


WRITTEN = [
    ("full_name_in_document", "Sykepleierforbundet", "Norsk Sykepleierforbund (NSF) krever mer.", "Norsk Sykepleierforbund"),
    ("full_name_nn", "Sykepleierforbundet", "Norsk Sykepleierforbund meiner at NSF ...", "Norsk Sykepleierforbund"),
    ("only_acronym", "Sykepleierforbundet", "NSF krever mer.", "NSF"),  # no name written: as written (round 25)
    ("acronym_and_name", "Sykepleierforbundet", "Sykepleierforbundet (NSF) krever mer.", "Sykepleierforbundet"),
    ("county_branch", "Sykepleierforbundet Agder", "Norsk Sykepleierforbund Agder krever", "Norsk Sykepleierforbund Agder"),
    ("own_short_name_kept", "Legeforeningen", "Den norske legeforening mener", "Legeforeningen"),
    ("ks_unchanged", "KS", "Norsk Sykepleierforbund og KS", "KS"),
]


@pytest.mark.parametrize("claimant,text,expected", cases(WRITTEN))
def test_written_name(claimant: str, text: str, expected: str) -> None:
    assert written_name(claimant, text) == expected


OWNERS = [
    ("county_council_site_nn", "Agder fylkeskommune  ›  Nyheiter  ›  Samferdsel\n\nTekst.", "Agder fylkeskommune"),
    ("union_site", "Fagforbundet > Aktuelt > Helse\n\nTekst.", "Fagforbundet"),
    ("home_page_no_owner", "Forside > Aktuelt > Nyheter\n\nTekst.", None),
    # one separator before a short section's name is a breadcrumb too ("Ål kommune › Aktuelt", stop 52); before a
    # sentence it is none
    ("one_separator_before_a_section", "Fagforbundet > Aktuelt\n\nTekst.", "Fagforbundet"),
    ("one_separator_before_a_sentence", "Fagforbundet > krever heltid for alle i kommunene\n\nTekst.", None),
    ("title_line", "Fagforbundet krever heltid\n\nTekst.", None),
]


@pytest.mark.parametrize("text,expected", cases(OWNERS))
def test_site_owner(text: str, expected: str | None) -> None:
    assert site_owner(text) == expected


def test_county_leader_speaks_for_the_one_county_named() -> None:
    text = "Møtet med KS Agder var i går.\n\nFylkesordførar Per Lid (Sp) var klar."
    assert home_body(text, "fylkesordførar", ["Per Lid", "Lid"], text.find("Per Lid")) == "Agder fylkeskommune"


@pytest.mark.parametrize("text", ["KS Agder og KS Rogaland møtte statsråden.\n\nFylkesordfører Per Lid var klar.",
                                  "Fylkesordfører Per Lid var klar."], ids=["two_counties", "no_county"])
def test_county_leader_without_one_county(text: str) -> None:
    assert home_body(text, "fylkesordfører", ["Per Lid", "Lid"], text.find("Per Lid")) is None


def test_municipal_leader_gets_no_county() -> None:
    text = "Møtet med KS Agder var i går.\n\nOrdfører Per Lid (Sp) var klar."
    assert home_body(text, "ordfører", ["Per Lid", "Lid"], text.find("Per Lid")) is None


END_TO_END = [
    ("union_leader_in_genitive",
     "Fagforbundets leder Kari Holm mener regjeringen må lytte.\n\n– Staten må betale for heltidsreformen, "
     "sier Holm.", "nb", [("Fagforbundet", "regjeringen", "regjeringen må lytte"),
                          ("Fagforbundet", "staten", "Staten må betale for heltidsreformen")]),
    ("organisation_named_as_subject_in_quote",
     "Fylkesstyreleder i KS Agder Kari Holm møtte statsråden.\n\n– Det er dyrt. KS forventer at staten dekker "
     "lønnsveksten, sa Holm.", "nb", [("KS", "staten", "staten dekker lønnsveksten")]),
    ("organisation_named_as_subject_in_quote_nn",
     "Fylkesstyreleiar i KS Agder Kari Holm møtte statsråden.\n\n– Det er dyrt. Fagforbundet krev at staten "
     "dekkjer lønnsveksten, sa Holm.", "nn", [("Fagforbundet", "staten", "staten dekkjer lønnsveksten")]),
    ("group_as_subject_keeps_the_speaker",
     "Fylkesstyreleder i KS Agder Kari Holm møtte statsråden.\n\n– Det er dyrt. Kommunene krever at staten "
     "dekker lønnsveksten, sa Holm.", "nb", [("KS Agder", "staten", "staten dekker lønnsveksten")]),
    ("ks_office_written_before_next_name",
     "Statsråden møtte fylkesordfører Kari Holm (Sp), leder i KS Agder, Per Lid, og andre.\n\n"
     "Fylkesordføreren krever at staten dekker ferjekostnadene, sier Holm.", "nb",
     [("Agder fylkeskommune", "staten", "staten dekker ferjekostnadene")]),
]


@pytest.mark.parametrize("raw,language,expected", cases(END_TO_END))
def test_claimants_end_to_end(raw: str, language: str, expected: list[Row]) -> None:
    assert demands(raw, language) == expected


LINES = [
    ("letterhead", "Fra KS Agder", "KS Agder"),
    ("municipality", "Nordby kommune, Rådhuset", "Nordby kommune"),
    ("first_claimant", "Fagforbundet og KS", "Fagforbundet"),
    ("ks_office_first", "medlem av KS sitt styre, Fagforbundet", "KS"),
    ("no_organisation_nn", "Med vennleg helsing", None),
]


@pytest.mark.parametrize("line,expected", cases(LINES))
def test_named_organisation_of_a_header_or_signature_line(line: str, expected: str | None) -> None:
    assert named_organisation(line) == expected
