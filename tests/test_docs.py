"""The documentation: README.md is the front door, docs/*.md the reference; links resolve, and
docs/rules.md is what the rule registry (flows/data/rules.yaml) renders."""
from __future__ import annotations

import re
import unicodedata
from pathlib import Path

import pytest

from flows import docs_rules

ROOT = Path(__file__).resolve().parent.parent
DOCS = ROOT / "docs"
PAGES = [ROOT / "README.md", *sorted(DOCS.glob("*.md"))]
LINK = re.compile(r"(?<!!)\[(?:[^\]\[]|\[[^\]]*\])*\]\(([^)\s]+)\)")
HEADING = re.compile(r"^(#{1,6}) +(.+?) *#*$")


def slug(heading: str) -> str:
    """The anchor GitHub gives a heading: lower case, markup and punctuation dropped, spaces to hyphens."""
    text = re.sub(r"`|\*\*|__|\[([^\]]*)\]\([^)]*\)", lambda m: m.group(1) or "", heading).strip().lower()
    text = "".join(c for c in text if c in " -_" or unicodedata.category(c)[0] in "LN")
    return text.replace(" ", "-")


def prose(text: str) -> list[str]:
    """The lines of a markdown text outside fenced code blocks."""
    out, fenced = [], False
    for line in text.splitlines():
        if line.lstrip().startswith("```"):
            fenced = not fenced
            continue
        if not fenced:
            out.append(line)
    return out


def anchors(path: Path) -> set[str]:
    """Every anchor the headings of a markdown file give (a repeated heading gets -1, -2 ...)."""
    seen: dict[str, int] = {}
    out: set[str] = set()
    for line in prose(path.read_text(encoding="utf-8")):
        match = HEADING.match(line)
        if not match:
            continue
        base = slug(match.group(2))
        count = seen.get(base, 0)
        seen[base] = count + 1
        out.add(base if count == 0 else f"{base}-{count}")
    return out


def links(path: Path) -> list[str]:
    """The relative link targets of a markdown file (web and mail links left out), code spans aside."""
    targets = []
    for line in prose(path.read_text(encoding="utf-8")):
        line = re.sub(r"`[^`]*`", "", line)
        targets += [t for t in LINK.findall(line) if not re.match(r"[a-z][a-z0-9+.-]*:", t)]
    return targets


def test_slugs_follow_github() -> None:
    assert slug("Scale: every core, a Dask cluster, seconds for a daily run") == \
        "scale-every-core-a-dask-cluster-seconds-for-a-daily-run"
    assert slug("Catalogue record (DCAT-AP-NO)") == "catalogue-record-dcat-ap-no"
    assert slug("Documents in their author's own voice") == "documents-in-their-authors-own-voice"
    assert slug("`flows/data` files") == "flowsdata-files"


@pytest.mark.parametrize("page", PAGES, ids=lambda p: str(p.relative_to(ROOT)))
def test_every_relative_link_and_anchor_resolves(page: Path) -> None:
    broken = []
    for target in links(page):
        file_part, _, anchor = target.partition("#")
        destination = (page.parent / file_part).resolve() if file_part else page
        if not destination.exists():
            broken.append(f"{target}: no file {destination.relative_to(ROOT) if destination.is_relative_to(ROOT) else destination}")
        elif anchor and destination.suffix == ".md" and anchor not in anchors(destination):
            broken.append(f"{target}: no heading gives #{anchor} in {destination.relative_to(ROOT)}")
    assert not broken, f"{page.relative_to(ROOT)}: " + "; ".join(broken)


def test_the_rules_page_is_what_the_registry_renders() -> None:
    """docs/rules.md is generated: after a change to flows/data/rules.yaml run `make docs`."""
    assert (DOCS / "rules.md").read_text(encoding="utf-8") == docs_rules.current(), \
        "docs/rules.md is out of date: run `make docs` (python -m flows.docs_rules)"


def test_the_rules_page_lists_every_registered_rule() -> None:
    from flows.extract import rules
    page = (DOCS / "rules.md").read_text(encoding="utf-8")
    for rule in rules.registry().values():
        assert f"| `{rule.name}` |" in page, rule


def test_render_escapes_pipes_and_keeps_one_row_per_rule() -> None:
    data = {"statements": {"a_rule": {"description": "A | B.", "example": "Linje ein.\n\nLinje to.\nTre."}},
            "demand_voices": {}, "demand_cues": None, "meetings": {}}
    page = docs_rules.render(data)
    row = [line for line in page.splitlines() if line.startswith("| `a_rule` |")]
    assert row == ["| `a_rule` | A \\| B. | `Linje ein. ¶ Linje to. ⏎ Tre.` |"]
    assert "| [Statement rules](#statement-rules) (`statements`) | 1 |" in page
    assert docs_rules.render(data) == page


def test_check_mode_reports_a_stale_page(tmp_path: Path) -> None:
    stale = tmp_path / "rules.md"
    stale.write_text("# old\n", encoding="utf-8")
    assert docs_rules.main(["--check", "--out", str(stale)]) == 1
    assert docs_rules.main(["--out", str(stale)]) == 0
    assert docs_rules.main(["--check", "--out", str(stale)]) == 0


def test_the_readme_is_a_front_door() -> None:
    """Short, with the sections a reader of the dataset needs, and a way into every page of docs/."""
    text = (ROOT / "README.md").read_text(encoding="utf-8")
    assert len(text.splitlines()) <= 650
    titles = {m.group(2) for line in prose(text) if (m := HEADING.match(line))}
    for section in ("Two commands", "Using the data", "Quality", "How extraction works", "Rules"):
        assert section in titles, section
    assert "| set | texts | statements F1 | demands F1 | meetings acc. | participants F1 |" in text
    linked = {Path(t.partition("#")[0]).name for t in links(ROOT / "README.md")}
    assert {p.name for p in DOCS.glob("*.md")} <= linked, "every page of docs/ is linked from the README"
