"""Claimants and addressees from the misses of round 26 (invented texts): the holder of a KS county body's office
named under plain "KS", health trusts by name, and the actor of a plan asked for ("en plan for hvordan X skal")."""
from __future__ import annotations

import pytest

from extract_kit import cases, demands
from flows.extract.actors import addressees_in
from flows.extract.embedded_addressee import embedded_addressee

COUNTY_NEWSLETTER = (
    "KS Nordland – nyheitsbrev mars 2025\n\n"
    "Fylkesstyret møtte statsforvaltaren\n\n"
    "Fylkesstyret i KS Nordland møtte statsforvaltaren i Bodø måndag. Frå KS deltok fylkesstyreleiar Kari Dal og "
    "nestleiar Per Lund.\n\n"
    "– Vi ber statsforvaltaren om å samordne tilsyna med kommunane betre, sa Dal.")


def test_county_office_under_plain_ks_is_the_county_body() -> None:
    rows = demands(COUNTY_NEWSLETTER, "nn")
    assert [r[0] for r in rows] == ["KS Nordland"]


def test_county_office_with_two_county_bodies_stays_ks() -> None:
    text = COUNTY_NEWSLETTER.replace("Fylkesstyret i KS Nordland", "Fylkesstyra i KS Nordland og KS Troms")
    assert {r[0] for r in demands(text, "nn")} == {"KS"}


def test_national_leader_stays_ks() -> None:
    text = COUNTY_NEWSLETTER.replace("fylkesstyreleiar Kari Dal", "styreleiar Kari Dal")
    assert {r[0] for r in demands(text, "nn")} == {"KS"}


TRUSTS = [
    ("local_trust_is_the_hospital", "Helse Nordvik må ikkje leggje ned døgnplassane.", []),
    ("named_local_trust", "Helse Førde må ta eit større ansvar for rehabilitering.", ["spesialisthelsetjenesten"]),
    ("paid_by_trust", "ein koordinator finansiert av Helse Bergen", ["spesialisthelsetjenesten"]),
    ("regional_authority_as_written", "Helse Vest må stanse vedtaket.", ["Helse Vest"]),
    ("regional_authority_rhf", "Helse Nord må sørge for ein felles plan.", ["Helse Nord RHF"]),
]


@pytest.mark.parametrize("text, expected", cases(TRUSTS))
def test_health_trusts(text: str, expected: list[str]) -> None:
    assert [h.name for h in addressees_in(text)] == expected


PLANS = [
    ("plan_how_state_nb", "en plan for hvordan staten skal dekke de økte utgiftene til barnevern", "staten"),
    ("plan_how_government_nn", "ein plan for korleis regjeringa vil finansiere fleire sjukeheimsplassar", "regjeringen"),
    ("two_acting_together", "en plan for hvordan staten og kommunene sammen skal løse personellmangelen", None),
    ("no_actor", "en plan for hvordan tjenestene kan bli bedre", None),
]


@pytest.mark.parametrize("text, expected", cases(PLANS))
def test_plan_for_how_names_the_actor(text: str, expected: str | None) -> None:
    assert embedded_addressee(text) == expected


def test_plan_for_how_in_a_demand() -> None:
    rows = demands("KS krever en plan for hvordan staten skal dekke de økte utgiftene til ressurskrevende tjenester.")
    assert rows == [("KS", "staten", "en plan for hvordan staten skal dekke de økte utgiftene til ressurskrevende "
                                     "tjenester")]


TWO_MAYORS = (
    "Reaksjoner på budsjettet\n\n"
    "(Saken er oppdatert med reaksjon fra ordføreren i Sørvik.)\n\n"
    "Nordvik-ordføreren: – Vi må kutte\n\n"
    "I Nordvik har bystyret allerede vedtatt en kuttpakke. Ordfører Per Holm (Ap) sier at budsjettet ikke endrer på det.\n\n"
    "– Staten må ta ansvaret for de ekstra kostnadene til legevakt, sier Holm.\n\n"
    "Ordfører i Sørvik, Kari Lund (H), er mer positiv.\n\n"
    "– Det er et skritt i riktig retning, sier Lund.")


def test_definite_mayor_place_tied_to_another_mayor() -> None:
    rows = demands(TWO_MAYORS)
    assert rows == [("Nordvik kommune", "staten", "Staten må ta ansvaret for de ekstra kostnadene til legevakt")]


LOCAL_STORY = (
    "Budsjettuka i Fjellbygd\n\n"
    "Hun har vært kommunedirektør i Fjellbygd i fire år, og denne uka skal budsjettet legges fram.\n\n"
    "Fagforbundet krever at kommunen ikke kutter i grunnbemanningen på sykehjemmet.")


def test_kommunen_is_the_municipality_its_leader_is_named_with() -> None:
    assert demands(LOCAL_STORY) == [("Fagforbundet", "Fjellbygd kommune",
                                     "kommunen ikke kutter i grunnbemanningen på sykehjemmet")]


def test_kommunen_with_two_places_stays_the_municipal_side() -> None:
    text = LOCAL_STORY.replace("i fire år", "i fire år, og ordfører i Dalvik har sagt det samme")
    assert demands(text)[0][1] == "kommunene"


@pytest.mark.parametrize("text, expected", cases([
    ("pair_receives", "Helse Vest og kommunane må få eit felles ansvar for beredskapen", None),
    ("pair_acts", "Helse Vest og kommunane må lage ein felles plan for beredskapen", "Helse Vest"),
]))
def test_joined_subject_that_receives(text: str, expected: str | None) -> None:
    from flows.extract.resolve import _subject_actor
    assert _subject_actor(text, "") == expected
