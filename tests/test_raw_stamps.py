"""The stamp index: content keys of unchanged raw files come from their stat, any change is hashed again."""
from __future__ import annotations

import os
import time
from pathlib import Path

import pytest

from flows import raw_stamps, work
from flows.isolate import content_key
from flows.rawfiles import RawFile, scan

OLD = time.time_ns() - 3600 * 10**9  # an hour ago: past the racy window


def _raw(folder: Path, name: str = "a.txt", text: str = "KS ber regjeringen om mer penger.\n") -> RawFile:
    path = folder / name
    path.write_text(text, encoding="utf-8")
    os.utime(path, ns=(OLD, OLD))
    return scan(folder).files[0]


def _settle(monkeypatch: pytest.MonkeyPatch) -> None:
    """The files were changed just now: let the racy window (which looks at the change time) pass."""
    monkeypatch.setattr(raw_stamps, "RACY_SECONDS", -10.0**9)


def _index_after_one_run(raw: RawFile, out: Path) -> raw_stamps.StampIndex:
    outcome = work._keyed(raw, raw_stamps.load(out))
    raw_stamps.save(out, [outcome])
    return raw_stamps.load(out)


def _no_hashing(monkeypatch: pytest.MonkeyPatch) -> None:
    def refuse(raw: RawFile) -> tuple[str, str]:
        raise AssertionError(f"{raw.name} was hashed")

    monkeypatch.setattr(work, "content_key", refuse)


def test_an_unchanged_file_is_not_read_again(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    _settle(monkeypatch)
    (tmp_path / "raw").mkdir()
    raw = _raw(tmp_path / "raw")
    index = _index_after_one_run(raw, tmp_path / "out")
    expected = content_key(raw)
    _no_hashing(monkeypatch)
    outcome = work._keyed(raw, index)
    assert (outcome["key"], outcome["sha256"]) == expected


@pytest.mark.parametrize("change", ["same size, other bytes", "old modification time restored", "sidecar added",
                                    "sidecar changed", "sidecar removed", "replaced by rename"])
def test_any_change_is_hashed_again(tmp_path: Path, monkeypatch: pytest.MonkeyPatch, change: str) -> None:
    _settle(monkeypatch)
    (tmp_path / "raw").mkdir()
    raw = _raw(tmp_path / "raw")
    if change in ("sidecar changed", "sidecar removed"):
        raw.sidecar.write_text('{"publisher": "KS"}', encoding="utf-8")
    index = _index_after_one_run(raw, tmp_path / "out")
    before = content_key(raw)
    if change == "same size, other bytes":
        raw.path.write_text("KS ber regjeringen om mer pengar.\n", encoding="utf-8")
    elif change == "old modification time restored":
        raw.path.write_text("KS ber regjeringen om mer pengar.\n", encoding="utf-8")
        os.utime(raw.path, ns=(OLD, OLD))  # `touch -d`, `cp -p`: only the change time tells
    elif change == "sidecar added":
        raw.sidecar.write_text('{"publisher": "KS"}', encoding="utf-8")
    elif change == "sidecar changed":
        raw.sidecar.write_text('{"publisher": "NTB"}', encoding="utf-8")
    elif change == "sidecar removed":
        raw.sidecar.unlink()
    else:
        other = tmp_path / "raw" / "b.tmp"
        other.write_text("KS ber regjeringen om mer pengar.\n", encoding="utf-8")
        os.replace(other, raw.path)
    outcome = work._keyed(raw, index)
    assert (outcome["key"], outcome["sha256"]) == content_key(raw) != before


def test_a_file_changed_just_now_is_not_remembered(tmp_path: Path) -> None:
    (tmp_path / "raw").mkdir()
    raw = _raw(tmp_path / "raw")  # its change time is now, whatever the modification time says
    outcome = work._keyed(raw, None)
    assert outcome["stamp"] is None
    raw_stamps.save(tmp_path / "out", [outcome])
    assert raw_stamps.load(tmp_path / "out").entries == {}


@pytest.mark.parametrize("content", ["", "not json", '{"version": 0, "files": {}}', '{"version": 1, "files": []}'])
def test_a_damaged_index_is_ignored(tmp_path: Path, content: str) -> None:
    path = tmp_path / raw_stamps.INDEX
    path.parent.mkdir(parents=True)
    path.write_text(content, encoding="utf-8")
    assert raw_stamps.load(tmp_path).entries == {}


def test_an_unchanged_sidecars_warnings_are_remembered_not_read_again(tmp_path: Path,
                                                                      monkeypatch: pytest.MonkeyPatch) -> None:
    """Every run reports a sidecar's warnings (an unknown key); an unchanged sidecar is not parsed for them."""
    _settle(monkeypatch)
    (tmp_path / "raw").mkdir()
    raw = _raw(tmp_path / "raw")
    raw.sidecar.write_text('{"publisher": "KS", "colour": "blå"}', encoding="utf-8")
    cache = work.ExtractionCache(work.Store(str(tmp_path / "cache")))
    first = work.process(raw, cache)
    assert any("colour" in w for w in first["warnings"]), first["warnings"]
    again = work.cached_shard(raw, cache, raw_stamps.load(tmp_path / "out"))  # no stamps yet: sidecar read
    assert again is not None and again["warnings"] == [w for w in first["warnings"] if "colour" in w]
    raw_stamps.save(tmp_path / "out", [again])

    def refuse(raw: RawFile) -> list[str]:
        raise AssertionError("the sidecar was read again")

    monkeypatch.setattr(work, "sidecar_warnings", refuse)
    remembered = work.cached_shard(raw, cache, raw_stamps.load(tmp_path / "out"))
    assert remembered is not None and remembered["warnings"] == again["warnings"]
    raw.sidecar.write_text('{"publisher": "KS"}', encoding="utf-8")  # changed: read again, no warning now
    monkeypatch.undo()
    _settle(monkeypatch)
    changed = work.cached_shard(raw, cache, raw_stamps.load(tmp_path / "out"))
    assert changed is None or changed["warnings"] == []


@pytest.mark.parametrize("change", [None, "text changed", "sidecar added", "sidecar removed", "no shard"])
def test_the_listing_fast_path_finds_what_the_file_by_file_path_finds(tmp_path: Path, monkeypatch: pytest.MonkeyPatch,
                                                                      change: str | None) -> None:
    """`cached_shards` (one stat per file, sidecars and shards found in listings) gives the outcomes
    `cached_shard` gives, and leaves every file whose stamp or shard is not the remembered one to it."""
    _settle(monkeypatch)
    folder = tmp_path / "raw"
    folder.mkdir()
    for name in ("a.txt", "b.txt", "c.md"):
        (folder / name).write_text(f"KS ber regjeringen om mer penger til {name}.\n", encoding="utf-8")
    (folder / "b.meta.json").write_text('{"publisher": "KS", "colour": "blå"}', encoding="utf-8")
    files = [work.ref(f) for f in scan(folder).files]
    cache = work.ExtractionCache(work.Store(str(tmp_path / "cache")))
    first = [work.process(work.raw_file(f), cache) for f in files]
    raw_stamps.save(tmp_path / "out", first)
    if change == "text changed":
        (folder / "a.txt").write_text("KS ber staten om mer penger.\n", encoding="utf-8")
    elif change == "sidecar added":
        (folder / "a.meta.json").write_text('{"publisher": "KS"}', encoding="utf-8")
    elif change == "sidecar removed":
        (folder / "b.meta.json").unlink()
    elif change == "no shard":
        os.unlink(first[0]["shard"])
    stamps = raw_stamps.load(tmp_path / "out")
    found, rest = work.cached_shards(files, cache, stamps)
    slow = {f["name"]: work.cached_shard(work.raw_file(f), cache, stamps) for f in files}
    assert {o["source_file"]: o for o in found} == {n: o for n, o in slow.items()
                                                   if n not in {f["name"] for f in rest}}
    changed = {None: set(), "text changed": {"a.txt"}, "sidecar added": {"a.txt"}, "sidecar removed": {"b.txt"},
               "no shard": {"a.txt"}}[change]
    assert {f["name"] for f in rest} == changed
    assert any("colour" in w for o in found if o["source_file"] == "b.txt" for w in o["warnings"]) == \
        (change != "sidecar removed")
