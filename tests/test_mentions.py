"""The mention layer: persons, whom they speak for, the principal claimant (invented texts)."""
from __future__ import annotations

import pytest

from flows.extract.context import analyse
from flows.extract.mentions import MentionLayer, find_mentions

from extract_kit import document


def mentions(raw: str) -> MentionLayer:
    doc = document(raw)
    return find_mentions(analyse(doc, parser=None))


@pytest.mark.parametrize("raw, principal", [
    ("Fagforbundet og KS møttes i går. Begge var fornøyde.", "Fagforbundet"),
    ("Kommunene venter på svar. KS har bedt om et møte.", "KS"),  # "kommunene" is a group, not one organisation
    ("Statsråden la fram planen i går.", "KS"),  # no claimant named: the dataset's own subject
])
def test_principal_claimant(raw: str, principal: str) -> None:
    assert mentions(raw).principal == principal


@pytest.mark.parametrize("raw, name, expected", [
    ("Per Hansen, leder i Fagforbundet, mener turnusene må endres.", "Per Hansen", "Fagforbundet"),
    ("Kunnskapsminister Kari Nordmann var til stede.", "Kari Nordmann", "__government__"),
    ("Fagforbundet deltok ikke. Forbundsleder Per Hansen sier at det var et feil valg.", "Per Hansen",
     "Fagforbundet"),
    ("Bondelaget var òg til stades. Leiar Ola Berg meiner fylka må få større fridom.", "Ola Berg", "Bondelaget"),
])
def test_affiliation(raw: str, name: str, expected: str) -> None:
    assert mentions(raw).affiliation(name) == expected


def test_ks_office_outranks_the_municipality() -> None:
    layer = mentions("Ordfører i Nordby kommune, Kari Nordmann, er leiar i KS Nordland. Ho møtte statsråden.")
    assert layer.office("Kari Nordmann") == "KS Nordland"


def test_person_found_in_a_phrase_by_any_written_form() -> None:
    layer = mentions("Styreleder Kari Nordmann møtte statsråden. Nordmann var fornøyd.")
    assert layer.person_in("sier Nordmann til avisa") == "Kari Nordmann"
    assert layer.person_in("sier styrelederen") is None


def test_credits_are_no_persons_and_role_without_organisation_takes_claimant_before() -> None:
    layer = mentions("Foto: Ola Fotograf\n\nLegeforeningen er kritisk.\n\nPresident Anne Berg sier at forslaget "
                     "er dårlig.")
    assert [(p.name, p.role, p.organisation) for p in layer.people.persons] == [
        ("Anne Berg", "president", "Legeforeningen")]


def test_role_without_organisation_takes_an_association_named_before() -> None:
    layer = mentions("Tannlegeforeningen var kritisk.\n\nLeder Ola Berg sier at ordningen er for dyr.")
    assert layer.person("Ola Berg").organisation == "Tannlegeforeningen"


# Round 5: a role naming the kind of organisation it is held in, and a pointer back ("NN i forbundet").
@pytest.mark.parametrize("raw, name, expected", [
    ("KS og Fagforbundet møttes i går.\n\nForbundsleder Ola Berg sier at ordningen er for dyr.", "Ola Berg",
     "Fagforbundet"),
    ("Fagforbundet og KS møttes i går.\n\nLeder Ola Berg sier at ordningen er for dyr.", "Ola Berg", "KS"),
    ("Fagforbundet og Tannlegeforeningen møttes i går.\n\nNestleder Ola Berg i forbundet sier at ordningen er "
     "for dyr.", "Ola Berg", "Fagforbundet"),
])
def test_round5_role_kind_and_pointer_choose_the_organisation(raw: str, name: str, expected: str) -> None:
    assert mentions(raw).person(name).organisation == expected
