"""The rule registry: every rule documented, every emitted rule registered."""
from __future__ import annotations

from pathlib import Path

import pytest

from flows import lexicon
from flows.extract import extract
from flows.extract import rules
from flows.ingest import ingest

from extract_kit import statements_of

ROOT = Path(__file__).resolve().parent.parent


@pytest.mark.parametrize("key", sorted(rules.registry()))
def test_every_registered_rule_is_documented(key: str) -> None:
    rule = rules.registry()[key]
    assert len(rule.description.split()) >= 4, f"{key}: describe the rule in flows/data/rules.yaml"
    assert len(rule.example.split()) >= 2, f"{key}: give an invented example in flows/data/rules.yaml"


def test_rule_names_are_unique_across_groups() -> None:
    seen: dict[str, str] = {}
    for rule in rules.registry().values():
        if rule.group in ("demand_voices", "demand_cues"):
            continue  # parts of a composed name "<voice>:<cue>"
        assert rule.name not in seen, f"{rule.name} is registered in {seen[rule.name]} and {rule.group}"
        seen[rule.name] = rule.group


def test_meeting_cue_rules_are_registered() -> None:
    config = lexicon.load("meeting_types")
    named = {str(c["rule"]) for items in config["types"].values() for c in items}
    named |= {str(config["foredrag_layout"]["rule"]), str(config["ks_ministry_meeting"]["rule"])}
    assert named <= rules.names("meetings"), named - rules.names("meetings")


def test_check_raises_with_the_fix() -> None:
    assert rules.check("inline_quote", "statement") == "inline_quote"
    assert rules.check("reported:modal", "demand") == "reported:modal"
    with pytest.raises(rules.UnregisteredRule, match="rules.yaml"):
        rules.check("no_such_rule", "statement")
    with pytest.raises(rules.UnregisteredRule):
        rules.check("reported:no_such_cue", "demand")


@pytest.mark.parametrize("name", sorted(n for n in rules.names("statements") if n.startswith("parse_")))
def test_structural_rule_examples_give_their_rule(name: str) -> None:
    """The invented example of each structural rule, as a text of its own, gives a statement by that rule."""
    example = next(r.example for r in rules.registry().values() if r.group == "statements" and r.name == name)
    assert name in {s.rule for s in statements_of(example)}


def test_every_emitted_rule_is_registered() -> None:
    documents, _ = ingest(ROOT / "raw")
    for folder in sorted(f for pattern in ("heldout*/raw", "realistic-*/raw", "unseen*/*/raw", "partset*/*/raw")
                         for f in (ROOT / "eval").glob(pattern)):
        documents += ingest(folder)[0]
    assert documents
    for document in documents:
        found = extract(document)
        for s in found.statements:
            assert rules.is_registered(s.rule, "statement"), (document.source_file, s.rule)
        for d in found.demands:
            assert rules.is_registered(d.rule, "demand"), (document.source_file, d.rule)
        if found.meeting is not None:
            assert rules.is_registered(found.meeting.rule, "meeting"), (document.source_file, found.meeting.rule)
