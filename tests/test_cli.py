from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

import pytest

from flows.cli import build_parser, main

ROOT = Path(__file__).resolve().parent.parent


@pytest.mark.parametrize("verb", ["run", "discover", "fetch", "evaluate", "serve"])
def test_every_verb_has_help(verb: str, capsys: pytest.CaptureFixture[str]) -> None:
    with pytest.raises(SystemExit) as exit_:
        build_parser().parse_args([verb, "--help"])
    assert exit_.value.code == 0 and "--" in capsys.readouterr().out


def test_evaluate_scores_the_seed_gold(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    out = tmp_path / "scores.json"
    assert main(["evaluate", str(ROOT / "tests" / "golden"), "--raw", str(ROOT / "raw"), "--json", str(out)]) == 0
    printed = capsys.readouterr().out
    assert "statements_attributed" in printed and "missed" not in printed.split("accuracy")[0]
    scores = json.loads(out.read_text())
    assert scores["statements_attributed"]["f1"] >= 0.9 and scores["demands"]["f1"] >= 0.75


def test_fetch_with_a_missing_sources_file_says_so(tmp_path: Path) -> None:
    result = subprocess.run([sys.executable, "-m", "flows", "fetch", "--sources", str(tmp_path / "nope.csv"),
                             "--raw", str(tmp_path)], capture_output=True, text=True, cwd=ROOT)
    assert result.returncode == 2 and "nope.csv" in result.stderr


def test_run_takes_the_full_check_option() -> None:
    assert build_parser().parse_args(["run", "--full-check"]).full_check is True
    assert build_parser().parse_args(["run"]).full_check is False


def test_run_takes_the_full_validation_option() -> None:
    assert build_parser().parse_args(["run", "--full-validation"]).full_validation is True
    assert build_parser().parse_args(["run"]).full_validation is False


def test_discover_with_a_broken_feeds_file_says_so(tmp_path: Path) -> None:
    feeds = tmp_path / "feeds.yaml"
    feeds.write_text("feeds:\n  - url: https://www.ks.no/rss\n    language: de\n", encoding="utf-8")
    result = subprocess.run([sys.executable, "-m", "flows", "discover", "--feeds", str(feeds), "--raw", str(tmp_path),
                             "--state", str(tmp_path / "state.json")], capture_output=True, text=True, cwd=ROOT)
    assert result.returncode == 2
    assert result.stderr.strip() == (f"error: {feeds}: feed 1 (https://www.ks.no/rss): "
                                     "language must be one of nb, nn, not 'de'")
    assert not (tmp_path / "discovered.csv").exists()
