"""Statements round 10: reported speech after verbs and frames that the surface rules missed, and
words that report no view.

- writing, stating precisely and expecting report a person's words with a clause ("skriver i en
  e-post at", "presiserer at", "regner med at"), also with an adjunct before "at";
- "kunne fortelle at" (a modal before the verb of saying);
- a second content under one speaker after a request ("ba departementet vurdere X, og tok til orde
  for at Y") and after "tok til orde for at X, og mente at Y";
- a lead verb with the occasion as its object ("innledet møtet med å vise til at", "nytta
  føredraget til å varsle at");
- a pronoun after a sentence whose subject is a neuter noun (an association's name): the noun takes
  "det", so "hun"/"ho" is the person named before;
- not statements: thanks for the occasion itself ("takke for et godt møte", "takke for at statsråden
  kom", "takket KS for rapporten").
Every sentence is written for the test (bokmål and nynorsk), with negative cases."""
from __future__ import annotations

import pytest

from extract_kit import statement_rows

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


@pytest.mark.parametrize("raw,language", [
    ("Fylkestannlege Kari Dal har peika på at pasientane kjem for seint til tannlegen.", "nn"),
    ("Kommuneoverlege Kari Dal har pekt på at pasientene kommer for sent til legen.", "nb"),
], ids=["county_dentist_nn", "municipal_doctor_nb"])
def test_a_doctor_by_post_is_a_role_not_a_name(raw: str, language: str) -> None:
    rows = statement_rows(raw, language)
    assert rows and all(speaker == "Kari Dal" for _, speaker, _ in rows)


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
