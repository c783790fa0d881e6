"""The lexicons and metadata load through libyaml's safe loader when PyYAML has it
(`flows.lexicon.SAFE_LOADER`): the data must be the same as the pure-Python SafeLoader's,
value for value and type for type, in the same key order."""
from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest
import yaml

from flows import lexicon

ROOT = Path(__file__).resolve().parent.parent
FILES = sorted((ROOT / "flows" / "data").glob("*.yaml")) + sorted((ROOT / "metadata").glob("*.yaml"))


def _typed(value: Any) -> Any:
    """The value with every node's type spelt out, so 1 and True and 1.0 differ."""
    if isinstance(value, dict):
        return ("dict", [(_typed(k), _typed(v)) for k, v in value.items()])
    if isinstance(value, list):
        return ("list", [_typed(v) for v in value])
    return (type(value).__name__, value)


@pytest.mark.parametrize("path", FILES, ids=lambda p: p.name)
def test_the_loader_reads_what_the_python_safe_loader_reads(path: Path) -> None:
    text = path.read_text(encoding="utf-8")
    assert _typed(yaml.load(text, Loader=lexicon.SAFE_LOADER)) == _typed(yaml.load(text, Loader=yaml.SafeLoader))


def test_read_yaml_gives_the_same_lexicon(tmp_path: Path) -> None:
    """Invented entries in bokmål and nynorsk, a number, a flag and an empty value."""
    path = tmp_path / "words.yaml"
    path.write_text("verbs:\n  - sa\n  - meinte\n  - \"ba om\"\nscale: 1.5\nstrict: true\nnone:\nyear: 2025\n",
                    encoding="utf-8")
    loaded = lexicon.read_yaml(path, "missing")
    assert _typed(loaded) == _typed(yaml.safe_load(path.read_text(encoding="utf-8")))
    assert loaded["verbs"] == ["sa", "meinte", "ba om"] and loaded["none"] is None


def test_read_yaml_names_a_missing_file(tmp_path: Path) -> None:
    with pytest.raises(FileNotFoundError, match="no lexicon here"):
        lexicon.read_yaml(tmp_path / "absent.yaml", "no lexicon here")
