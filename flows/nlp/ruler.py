"""Entity ruler patterns from the project's gazetteers (`flows/data/entity_ruler.yaml`
says which files and which entries).

Each pattern is a token pattern built with the model's own tokenizer, so that
"Helse- og omsorgsdepartementet" matches as the tokenizer splits it; its `id` is
the canonical name (`ent.ent_id_`: "Helse- og omsorgsdepartementet" for "HOD").
"""
from __future__ import annotations

from dataclasses import dataclass
from typing import Any, Callable, Iterator

from flows import lexicon


@dataclass(frozen=True)
class Name:
    text: str  # as written in the gazetteer
    label: str  # entity type
    canonical: str  # the name it stands for
    any_case: bool  # match regardless of case (ministry names) or as written


def _starts_upper(text: str) -> bool:
    return text[:1].isupper()


def gazetteer_names() -> list[Name]:
    """Every name the ruler marks, in file order, without duplicates."""
    config = lexicon.load("entity_ruler")
    skip = set(config.get("not_names", []))
    names: list[Name] = []
    for ministry in lexicon.load("ministries")["ministries"]:
        canonical = ministry["name"]
        for text in [canonical, *ministry.get("aliases", [])]:
            names.append(Name(text, "ORG", canonical, any_case=True))
        for abbr in ministry.get("abbreviations", []):
            if not abbr.endswith("-"):
                names.append(Name(abbr, "ORG", canonical, any_case=False))
    actors = lexicon.load("actors")
    from flows.extract.actors import addressee_lexicon, claimant_lexicon  # with organisations.yaml, state_bodies.yaml

    for group, entries in (("claimants", claimant_lexicon()), ("addressees", addressee_lexicon())):
        for canonical, aliases in entries.items():
            for text in [canonical, *aliases] if group == "claimants" else aliases:
                if _starts_upper(text) and text not in skip:
                    names.append(Name(text, "ORG", canonical, any_case=False))
    for region in actors.get("ks_regions", []):
        names.append(Name(f"KS {region}", "ORG", f"KS {region}", any_case=False))
    for label, texts in (config.get("names") or {}).items():
        for text in texts:
            names.append(Name(text, label, text, any_case=False))
    seen: set[tuple[str, str]] = set()
    out = []
    for n in names:
        if (n.text, n.label) not in seen:
            seen.add((n.text, n.label))
            out.append(n)
    return out


def _genitives(word: str) -> list[str]:
    if word.endswith(("s", "x", "z", "S", "X", "Z")):
        return [word + "'", word + "’"]
    return [word + "s"]


def _variants(words: list[str]) -> Iterator[list[str]]:
    yield words
    for gen in _genitives(words[-1]):
        yield [*words[:-1], gen]


def patterns(tokenize: Callable[[str], Any]) -> list[dict[str, Any]]:
    """EntityRuler token patterns; `tokenize` is the pipeline's tokenizer."""
    out: list[dict[str, Any]] = []
    for name in gazetteer_names():
        words = [t.text for t in tokenize(name.text) if not t.is_space]
        for variant in _variants(words):
            attr = "LOWER" if name.any_case else "ORTH"
            pattern = [{attr: w.lower() if name.any_case else w} for w in variant]
            out.append({"label": name.label, "pattern": pattern, "id": name.canonical})
    return out
