"""Derived outputs without a release: rebuilt from the published package, swapped in only when they differ."""
from __future__ import annotations

import shutil
from pathlib import Path

from flows.outputs.build import TOP_LEVEL, build_outputs, derived_files
from flows.outputs.refresh import stage_refresh
from flows.publish import PUBLISHED, STAGING, swap_in
from tests.conftest import ROOT, copy_published_package


def published_copy(target: Path) -> Path:
    descriptor = copy_published_package(target)
    build_outputs(descriptor)
    return target


def snapshot(out: Path) -> dict[str, bytes]:
    return {rel: (out / rel).read_bytes() for rel in derived_files(out, "ks-demands")}


def test_swap_moves_every_top_level_output() -> None:
    assert set(TOP_LEVEL) <= set(PUBLISHED)


def test_current_outputs_are_left_alone(tmp_path: Path) -> None:
    out = published_copy(tmp_path / "out")
    before = snapshot(out)
    assert stage_refresh(out) == {"changed": [], "problems": []}
    assert not (out / STAGING).exists() and snapshot(out) == before


def test_the_committed_outputs_are_current(tmp_path: Path) -> None:
    """What `make run` would publish for the committed package is what is committed (as CI checks)."""
    out = tmp_path / "out"
    copy_published_package(out)
    for rel in derived_files(ROOT, "ks-demands"):
        (out / rel).parent.mkdir(parents=True, exist_ok=True)
        shutil.copyfile(ROOT / rel, out / rel)
    assert stage_refresh(out) == {"changed": [], "problems": []}


def test_missing_or_damaged_outputs_are_rebuilt_and_swapped_in(tmp_path: Path) -> None:
    out = published_copy(tmp_path / "out")
    before = snapshot(out)
    (out / "DATASET.md").unlink()
    shutil.rmtree(out / "charts")
    (out / "processed" / "ks-demands.xlsx").write_bytes(b"PK broken")
    (out / "processed" / "stray.txt").write_text("kept", encoding="utf-8")
    result = stage_refresh(out)
    assert result["problems"] == []
    assert {"DATASET.md", "processed/ks-demands.xlsx", "charts/top_claimants.png"} <= set(result["changed"])
    assert not (out / STAGING / "datapackage.json").exists()  # the descriptor is not touched
    swap_in(out)
    assert snapshot(out) == before
    assert (out / "processed" / "stray.txt").read_text(encoding="utf-8") == "kept"
    assert not (out / STAGING).exists()


def test_a_broken_published_package_is_reported_not_raised(tmp_path: Path) -> None:
    out = published_copy(tmp_path / "out")
    (out / "processed" / "demands.csv").write_text("not,the,header\n", encoding="utf-8")
    result = stage_refresh(out)
    assert result["changed"] == [] and result["problems"] and "demands.csv" in result["problems"][0]
    assert not (out / STAGING).exists()
