"""The Norwegian language layer (flows/nlp): the shipped model, its tokenizer fixes,
the entity ruler fed from the gazetteers, and the cached loader. Invented sentences."""
from __future__ import annotations

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from spacy.tokens import Span

from flows.nlp import COMPONENTS, load_nlp, model_version
from flows.nlp.entities import is_role, person_after_role
from flows.nlp.ruler import gazetteer_names


@pytest.fixture(scope="module")
def nlp():
    return load_nlp()


def test_model_loads_with_every_component(nlp) -> None:
    assert nlp.lang == "nb"
    assert set(nlp.pipe_names) == set(COMPONENTS)
    assert nlp.pipe_names.index("entity_ruler") < nlp.pipe_names.index("ner")


def test_model_version_is_a_stable_hash() -> None:
    assert model_version() == model_version() and len(model_version()) == 16


def test_load_nlp_is_cached() -> None:
    assert load_nlp() is load_nlp()
    assert load_nlp(disable=["ner"]) is load_nlp(disable=("ner",))
    assert load_nlp(disable=["ner"]) is not load_nlp()


def test_disable_leaves_components_out() -> None:
    nlp = load_nlp(disable=["ner", "entity_ruler", "trainable_lemmatizer"])
    assert nlp.pipe_names == ["tok2vec", "morphologizer", "parser"]
    doc = nlp("Ordføraren sa at kommunen treng pengar.")
    assert doc.ents == ()
    assert doc.has_annotation("DEP") and doc.has_annotation("POS")


@pytest.mark.parametrize("disable", [["nre"], ["tok2vec"]])
def test_disable_rejects_impossible_sets(disable: list[str]) -> None:
    with pytest.raises(ValueError, match="load_nlp"):
        load_nlp(disable=disable)


# --- tokenizer: a number with a full stop at the end of a sentence -------------------------

@pytest.mark.parametrize("text, number", [
    ("Avtalen gjeld frå 2025. Kommunane får meir ansvar.", "2025"),
    ("Ordninga blei innført i 2019. – Det har vi venta på, sa ho.", "2019"),
    ("Tilskuddet økte med 3,5. Det holder ikke.", "3,5"),
    ("Møtet ble holdt 1.12.2024. Neste møte er i mars.", "1.12.2024"),
    ("«Vi har ventet siden 2020.» Det sa lederen.", "2020"),
])
def test_sentence_final_number_is_split_from_its_full_stop(nlp, text: str, number: str) -> None:
    doc = nlp(text)
    words = [t.text for t in doc]
    assert number in words and words[words.index(number) + 1] == "."
    assert len(list(doc.sents)) == 2


def test_number_at_the_end_of_the_text_is_split(nlp) -> None:
    assert [t.text for t in nlp.tokenizer("Planen gjelder til 2030.")][-2:] == ["2030", "."]


@pytest.mark.parametrize("text, kept", [
    ("Møtet er 3. desember i Oslo.", "3."),
    ("Fristen er den 15. i hver måned.", "15."),
    ("Saken står som nr. 5 på lista.", "nr."),
    ("1. Innledning", "1."),
    ("Innledning\n2. Bakgrunn for saken", "2."),
])
def test_ordinals_list_numbers_and_abbreviations_stay_whole(nlp, text: str, kept: str) -> None:
    assert kept in [t.text for t in nlp.tokenizer(text)]


def test_a_line_break_starts_a_sentence(nlp) -> None:
    doc = nlp("Nye krav til kommunane\n\nKommunane må rapportere kvart år.")
    starts = [t.text for t in doc if t.is_sent_start]
    assert "Kommunane" in starts


@settings(max_examples=60, deadline=None)
@given(st.lists(st.sampled_from(["i", "2025.", "3.", "desember", "Kommunen", "nr.", "5", "\n", " ", "«", "»",
                                 "sa", "at", "12,5.", "Ho", "–"]), max_size=12))
def test_tokenizer_keeps_every_character(nlp, parts: list[str]) -> None:
    text = " ".join(parts)
    assert nlp.tokenizer(text).text == text


# --- entity ruler from the gazetteers ------------------------------------------------------

@pytest.mark.parametrize("sentence, name, canonical", [
    ("Etter møtet sa KS at forslaget er for svakt.", "KS", "KS"),
    ("KS Vestland ønsker en ny ordning for skyss.", "KS Vestland", "KS Vestland"),
    ("Forslaget kom fra HOD i fjor.", "HOD", "Helse- og omsorgsdepartementet"),
    ("Helse- og omsorgsdepartementet har sendt saken på høring.", "Helse- og omsorgsdepartementet",
     "Helse- og omsorgsdepartementet"),
    ("I brevet peker Legeforeningen på mangelen på fastleger.", "Legeforeningen", "Legeforeningen"),
    ("LO Kommune og KS ble enige om et nytt forslag.", "LO Kommune", "LO Kommune"),
    ("Statsråden møtte Legeforeningens president.", "Legeforeningens", "Legeforeningen"),
])
def test_gazetteer_names_are_organisations(nlp, sentence: str, name: str, canonical: str) -> None:
    ents = {e.text: e for e in nlp(sentence).ents}
    assert name in ents and ents[name].label_ == "ORG"
    assert ents[name].ent_id_ == canonical


@pytest.mark.parametrize("sentence, word", [
    ("Alle kan delta på møtet i morgen.", "delta"),
    ("Kommunene er parat til å ta ansvar.", "parat"),
])
def test_common_words_written_like_names_are_not_organisations(nlp, sentence: str, word: str) -> None:
    assert word not in {t.text for e in nlp(sentence).ents for t in e}


def test_descriptions_are_not_names() -> None:
    texts = {n.text for n in gazetteer_names()}
    assert "KS" in texts and "KS' styreleder" not in texts and "kommunene" not in texts


# --- a name after a role word is a person --------------------------------------------------

def _with_ents(nlp, text: str, ents: list[tuple[str, str]]):
    doc = nlp.make_doc(text)
    spans = []
    for name, label in ents:
        start = text.index(name)
        spans.append(doc.char_span(start, start + len(name), label=label))
    doc.ents = spans
    return person_after_role(doc)


@pytest.mark.parametrize("text, ents, expected", [
    ("Møtet ble ledet av styreleder Kari Nordmann i går.", [("Kari Nordmann", "ORG")], ["PER"]),
    ("Der møtte helseminister Ola Berg opp.", [("Ola Berg", "GPE_ORG")], ["PER"]),
    ("Ordførarane Siri Nes, Arne Bakke og Per Li kom.",
     [("Siri Nes", "ORG"), ("Arne Bakke", "ORG"), ("Per Li", "ORG")], ["PER", "PER", "PER"]),
    ("Med KS-leder Per Olsen og Kari Nes.", [("Per Olsen", "ORG"), ("Kari Nes", "PER")], ["PER", "PER"]),
    ("Helse- og omsorgsminister Ola Berg kom.", [("Helse- og omsorgsminister Ola Berg", "ORG")], ["PER"]),
    # not after a role word: unchanged
    ("Avtalen med Helse Bergen er klar.", [("Helse Bergen", "ORG")], ["ORG"]),
    ("Han er leder av Fagforbundet.", [("Fagforbundet", "ORG")], ["ORG"]),
    ("Rådmann og Helse Vest var enige.", [("Helse Vest", "ORG")], ["ORG"]),
    ("Møtet i Oslo og Bergen ble utsatt.", [("Oslo", "GPE_LOC"), ("Bergen", "GPE_LOC")], ["GPE_LOC", "GPE_LOC"]),
])
def test_person_after_role(nlp, text: str, ents: list[tuple[str, str]], expected: list[str]) -> None:
    assert [e.label_ for e in _with_ents(nlp, text, ents).ents] == expected


def test_a_role_inside_an_entity_is_cut_off(nlp) -> None:
    doc = _with_ents(nlp, "I dag kom Helse- og omsorgsminister Ola Berg.", [("Helse- og omsorgsminister Ola Berg", "ORG")])
    assert [(e.text, e.label_) for e in doc.ents] == [("Ola Berg", "PER")]


def test_a_gazetteer_name_after_a_role_word_stays_an_organisation(nlp) -> None:
    doc = nlp.make_doc("Han er styreleder Legeforeningen nå.")
    doc.ents = [Span(doc, 3, 4, label="ORG", span_id="Legeforeningen")]
    assert [e.label_ for e in person_after_role(doc).ents] == ["ORG"]


@pytest.mark.parametrize("text, expected", [
    ("Vi møtte styreleiar", True), ("Vi møtte kunnskapsminister", True), ("Vi møtte ordførarane", True),
    ("Vi møtte KS-leder", True), ("Styreleder", True),
    ("Vi møtte Leder", False), ("Vi møtte kommunen", False), ("Vi møtte Minister", False),
])
def test_role_words(nlp, text: str, expected: bool) -> None:
    assert is_role(nlp.make_doc(text)[-1]) is expected


# --- analysis ------------------------------------------------------------------------------

@pytest.mark.parametrize("sentence, verb, subject", [
    ("Styreleiaren sa at kommunane treng meir pengar til barnevernet.", "sa", "Styreleiaren"),
    ("Ordføreren mener at staten må ta regningen.", "mener", "Ordføreren"),
    ("Etter møtet sa statsråden at saken blir prioritert.", "sa", "statsråden"),
])
def test_subject_of_a_speech_verb(nlp, sentence: str, verb: str, subject: str) -> None:
    doc = nlp(sentence)
    head = next(t for t in doc if t.text == verb)
    assert [c.text for c in head.children if c.dep_ == "SUBJ"] == [subject]


def test_tokens_carry_pos_morph_lemma(nlp) -> None:
    doc = nlp("KS ba regjeringa om å endre regelverket.")
    endre = next(t for t in doc if t.text == "endre")
    assert endre.pos_ == "VERB" and "Inf" in endre.morph.get("VerbForm") and endre.lemma_ == "endre"
    ba = next(t for t in doc if t.text == "ba")
    assert ba.lemma_ == "be" and ba.morph.get("Tense") == ["Past"]
