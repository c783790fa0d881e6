"""The topic model's training: its material, its reproducibility, its honesty."""
from __future__ import annotations

import json

import pytest

from flows.extract import topic_model as tm
from flows.topic_corpus import SOURCES, SPENT, Example, check_sources, load
from flows.topic_cv import confusion, cross_validate, grouped_folds, layer, per_set, set_folds
from flows.topic_train import dumps, sources_digest, train


@pytest.fixture(scope="module")
def examples():  # type: ignore[no-untyped-def]
    return load()


# Demands a writer annotated in text the normaliser sets aside as page furniture: the comments under a mayor's Facebook
# post, after its reactions line ("👍❤️ 212 · 47 kommentarer · 18 delinger", boilerplate.yaml `tail_label`, stop 51).
# They train the model on the document alone (`located` "none"); keeping the comments was tried in stop 63 and moved
# one demand of that text and one participant of a partset (not taken).
IN_PAGE_FURNITURE = {
    ("unseen52b", "u52b_01_facebook_bardu_forsvaret", "legedekningen må være med i planleggingen fra dag én"),
    ("unseen52b", "u52b_01_facebook_bardu_forsvaret",
     "sørge for at det blir lys langs skoleveien i Kirkeveien før det kommer flere biler"),
    *(("unseen57a", "u57a_04_facebook_rovvilt_vang_nn", action) for action in (
        "Stortinget må revidere bestandsmåla for jerv når rovviltforliket skal opp att neste år",
        "KS må ta rovviltsaka opp i konsultasjonsmøta med regjeringa, ikkje berre snakke om kommuneøkonomi",
        "Miljødirektoratet må få ned sakshandsamingstida for erstatningssøknader til under tre månader",
        "Statens naturoppsyn må ha fast mannskap i Valdres heile beitesesongen, ikkje berre når det brenn")),
}


def test_every_annotated_demand_is_found_in_its_normalised_text(examples) -> None:  # type: ignore[no-untyped-def]
    assert len(examples) > 250
    assert {(e.set_name, e.doc, e.action) for e in examples if e.located == "none"} == IN_PAGE_FURNITURE
    assert all(e.sentence and e.action.casefold()[:20] in " ".join(e.sentence.split()).casefold()
               for e in examples if e.located == "exact")


@pytest.mark.parametrize("path", ["eval/unseen62/a/raw", "/work/unseen62/raw", "/work/unseen/raw", "eval/unseen/gold",
                                  "eval/UNSEEN62/b/gold", "eval/unseen63/a/gold"])
def test_training_never_reads_an_untouched_unseen_set(path: str) -> None:
    with pytest.raises(ValueError, match="unseen"):
        check_sources((("extra", path, path),))
    with pytest.raises(ValueError, match="unseen"):
        load((("extra", "eval/heldout1/gold", path),))


def test_training_reads_every_annotated_set_and_the_spent_unseen_sets() -> None:
    check_sources(SOURCES)
    folders = {gold for _, gold, _ in SOURCES}
    assert {f"eval/{name}/{half}/gold" for name in SPENT for half in "ab"} <= folders
    assert {"tests/golden", "eval/dev/gold", "eval/realistic-c/gold", "eval/heldout5/gold"} <= folders
    assert len({name for name, _, _ in SOURCES}) == len(SOURCES)  # one fold per source
    model = json.loads(tm.MODEL_PATH.read_text(encoding="utf-8"))
    assert model["training"]["sets"] == sorted(name for name, _, _ in SOURCES)


def test_committed_model_is_what_training_gives(examples) -> None:  # type: ignore[no-untyped-def]
    """`make topics` reproduces flows/data/topic_model.json byte for byte (retrain after changing
    topics.yaml, topic_features.yaml, topic_heads.yaml or the annotated sets)."""
    model = train(examples)
    model["training"]["sources_sha256"] = sources_digest()
    committed = tm.MODEL_PATH.read_text(encoding="utf-8")
    assert dumps(model) == committed, "the committed topic model is stale: run make topics"


def test_folds_keep_documents_whole(examples) -> None:  # type: ignore[no-untyped-def]
    for folds in (grouped_folds(examples), set_folds(examples)):
        docs = [doc for fold in folds for doc in fold]
        assert len(docs) == len(set(docs)) == len({f"{e.set_name}/{e.doc}" for e in examples})


def test_leave_one_source_out_scores_each_set_with_a_model_that_never_read_it(examples) -> None:  # type: ignore[no-untyped-def]
    small = [e for e in examples if e.set_name in ("seeds", "dev")]
    folds = set_folds(small)
    assert len(folds) == 2 and all(all(doc.split("/")[0] == next(iter(f)).split("/")[0] for doc in f) for f in folds)
    predicted = cross_validate(small, folds)
    assert len(predicted["model"]) == len(predicted["keyword vote"]) == len(small)
    rows = per_set(small, predicted)
    assert [name for name, _, _, _ in rows] == ["seeds", "dev"]
    assert all(0.0 < acc <= 1.0 and 0.0 < base <= 1.0 for _, _, acc, base in rows)


@pytest.mark.parametrize(("action", "expected"), [
    ("et varig tilskudd til svømmeopplæring", "money head"),
    ("eit eige tilskot til kystkommunar med mange øyar", "money head"),
    ("helseføretaka må tilsetje fleire sjukepleiarar", "body asked to act"),
    ("flere plasser i rusomsorgen, betalt av staten", "model"),
    ("departementet tar saken videre", "model + context prior"),
    ("no må staten ta grep", "model + context prior"),
])
def test_each_demand_is_coded_by_one_layer(action: str, expected: str) -> None:
    assert layer(Example("x", "x", "nb", action, "", "", "", "", "okonomi", "none")) == expected


def test_confusion_splits_each_error_by_layer() -> None:
    made = [Example("x", "x", "nb", a, "", "", "", "", gold, "none") for a, gold in (
        ("et varig tilskudd til svømmeopplæring", "omsorg"), ("departementet tar saken videre", "styring"),
        ("flere plasser i rusomsorgen", "psykisk_helse_rus"))]
    rows = confusion(made, ["okonomi", "okonomi", "psykisk_helse_rus"])
    assert rows == [("omsorg", "okonomi", 1, (1, 0, 0, 0)), ("styring", "okonomi", 1, (0, 0, 0, 1))]
