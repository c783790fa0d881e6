"""The context prior of a demand that names no code, and money heads that act on a service.

Every text here is invented for the test (none comes from the evaluation texts)."""
from __future__ import annotations

import pytest

from flows.extract import topic_context as tc
from flows.extract import topic_model as tm
from flows.extract.topics import classify, decided, governed_codes, predict, rank
from flows.segment import segment

DOCUMENT = """# Assistanse i hverdagen

Brukerstyrt personlig assistanse gir mange et friere liv. Ordningen med BPA er viktig for kommunene,
og flere brukere søker om BPA hvert år. KS vil at staten følger opp saken raskt.

KS mener brukerne av BPA må få et godt tilbud i alle kommuner.
"""


@pytest.mark.parametrize("language,action", [
    ("nb", "sikre finansiering av lærlingplasser i helsefagarbeiderfaget"),
    ("nn", "statleg medfinansiering av nye journalsystem i kommunane"),
])
def test_money_acting_on_a_service_is_left_to_the_model(language: str, action: str) -> None:
    assert decided(action, language) is None
    assert governed_codes(action, language) - {"okonomi"}


@pytest.mark.parametrize("language,action", [
    ("nb", "et eget tilskudd til dagaktivitetstilbud"),  # "til": the grant's purpose, still a grant
    ("nb", "en varig finansiering av prosjektet"),  # the object names no code
    ("nn", "auke rammetilskotet til kommunane"),
])
def test_money_heads_without_a_service_object_stay_okonomi(language: str, action: str) -> None:
    assert decided(action, language) == "okonomi"


def test_silent_demand_takes_its_section_topic() -> None:
    action = "staten følger opp saken raskt"
    assert tc.silent(action, "nb")
    assert rank(action, "nb", "", DOCUMENT) == "bpa"


def test_prior_is_only_for_demands_that_name_no_code() -> None:
    model = tm.load()
    action = "flere fastleger i kommunene"
    assert not tc.silent(action, "nb")
    x = tm.features(action, action, "", DOCUMENT, "nb", model.known)
    assert predict(model, x, action, action, DOCUMENT, "nb") == model.predict(x) == "allmennlege"


def test_section_prior_is_a_distribution_and_cached_per_model() -> None:
    model = tm.load()
    blocks = segment(DOCUMENT)
    start = DOCUMENT.index("KS vil at")
    prior = tc.section_prior(model, DOCUMENT, blocks, start, "nb")
    assert prior is not None and abs(sum(prior) - 1.0) < 1e-9
    assert max(range(len(prior)), key=prior.__getitem__) == model.codes.index("bpa")
    assert tc.section_prior(model, DOCUMENT, blocks, start, "nb") == prior
    rows = tc._section_rows(model, DOCUMENT, blocks, start, "nb")
    assert tc._section_rows(model, DOCUMENT, blocks, start, "nb") is rows  # sentences scored once per section
    assert tc.section_prior(model, DOCUMENT, blocks, -5, "nb") is None  # outside every block


NEAR = """# Kommunene og staten

Brukerstyrt personlig assistanse er viktig. BPA-ordningen gir mange et friere liv.
Mange brukere venter på BPA. Ordningen med BPA må bli bedre for brukerne.
Mange kommuner mangler fastleger. Det må staten se på snart. Legevakten er også dyr for små kommuner.
"""


@pytest.mark.parametrize("language", ["nb", "nn"])
def test_near_sentences_weigh_more_than_the_rest_of_the_section(language: str) -> None:
    """A demand that names no code leans on the sentences next to it ("det" points back)."""
    model = tm.load()
    blocks = segment(NEAR)
    start = NEAR.index("Det må staten")
    with_near = tc.section_prior(model, NEAR, blocks, start, language)
    conf = tm.settings()["context_prior"]
    assert conf["window"] >= 1 and 0.0 < conf["local_share"] < 1.0
    saved = dict(conf)
    try:
        conf["local_share"] = 0.0
        section_only = tc.section_prior(model, NEAR, blocks, start, language)
    finally:
        conf.clear()
        conf.update(saved)
    assert with_near is not None and section_only is not None
    gp, bpa = model.codes.index("allmennlege"), model.codes.index("bpa")
    assert with_near[gp] - with_near[bpa] > section_only[gp] - section_only[bpa]


def test_without_prior_scores_are_unchanged() -> None:
    assert tc.with_prior([1.0, 2.0], None) == [1.0, 2.0]
    assert classify("gjøre det") == tm.load().fallback
