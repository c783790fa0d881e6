"""The topic model's training: its material, its reproducibility, its honesty."""
from __future__ import annotations

import json

import pytest

from flows.extract import topic_model as tm
from flows.topic_corpus import EVALUATION, SOURCES, check_sources, load
from flows.topic_cv import evaluate_unseen, grouped_folds, per_set, set_folds
from flows.topic_train import dumps, sources_digest, train


@pytest.fixture(scope="module")
def examples():  # type: ignore[no-untyped-def]
    return load()


def test_every_annotated_demand_is_found_in_its_normalised_text(examples) -> None:  # type: ignore[no-untyped-def]
    assert len(examples) > 250
    assert [e.action for e in examples if e.located == "none"] == []
    assert all(e.sentence and e.action.casefold()[:20] in " ".join(e.sentence.split()).casefold()
               for e in examples if e.located == "exact")


def test_training_never_reads_the_unseen_sets() -> None:
    assert not any("unseen" in path for source in SOURCES for path in source)
    with pytest.raises(ValueError, match="unseen"):
        check_sources((("unseen1", "eval/unseen1/gold", "eval/unseen1/raw"),))
    with pytest.raises(ValueError, match="unseen"):
        load((("extra", "eval/heldout1/gold", "/work/unseen/raw"),))
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


def test_evaluation_sets_are_never_training_material() -> None:
    check_sources(EVALUATION)
    trained = {path for source in SOURCES for path in source}
    assert EVALUATION and not any(path in trained for source in EVALUATION for path in source)


def test_evaluation_sets_are_scored_with_the_model_trained_on_the_sources(examples) -> None:  # type: ignore[no-untyped-def]
    seeds = [e for e in examples if e.set_name == "seeds"]
    evaluation = load(EVALUATION[:1])
    predicted = evaluate_unseen(seeds, evaluation)
    assert len(predicted["model"]) == len(predicted["keyword vote"]) == len(evaluation) > 0
    [(name, n, acc, base)] = per_set(evaluation, predicted)
    assert name == EVALUATION[0][0] and n == len(evaluation) and 0.0 < acc <= 1.0 and 0.0 < base <= 1.0
