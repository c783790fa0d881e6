"""Unit tests of the PDF-text and page-widget perturbation families (eval/perturb/pdf_text.py,
eval/perturb/page_widgets.py): each is a pure seeded function that makes the layout it names, leaves the
story's words as they are (broken at line ends or cut by page furniture in the PDF families) and keeps its
gold valid. Invented texts."""
from __future__ import annotations

import re
import sys
from pathlib import Path

import perturb_kit as kit
import pytest

sys.path.insert(0, str(Path(__file__).resolve().parent.parent / "eval" / "perturb"))

from text_ops import paragraphs, squashed  # noqa: E402

TEXT = """Fylka krev betre vedlikehald av fylkesvegane

Fylkesordføraren i Austvoll, Marit Lindeland Oppheim, møtte samferdselsministeren i Bergen tysdag 8. april saman med leiaren i KS Vestland.

«Etterslepet på fylkesvegane veks kvart år. Staten må kompensere fylka for dei auka kostnadene til vedlikehald og opprusting av tunnelane», sa Lindeland Oppheim etter møtet.

– Vi har ikkje lenger råd til å vente. Kvar vinter stengjer vi fleire vegar på grunn av ras og flaum, og det rammar både næringslivet og innbyggjarane i distrikta våre, la ho til.

Statsråden sa at departementet skal vurdere fordelinga av midlane i samband med neste nasjonale transportplan.

Fylkeskommunen har rekna ut at det vil kosta meir enn fire milliardar kroner å ta igjen etterslepet på vegnettet i fylket, og talet har auka med nesten ein tredel sidan førre utrekning for fem år sidan.

I fleire år har mange av tunnelane i fylket vore stengde i lange periodar medan arbeidet med nye krav til tryggleik har gått føre seg, og omkøyringsvegane har vore smale og bratte.

Ordføraren i ein av kommunane langs vegen fortel at skulebussen må køyra ein omveg på over ein time kvar dag når tunnelen er stengd om natta.

Fylka ba om:
– ei eiga ordning for tunnelutbetring
– raskare behandling av søknader om rassikring

Partane skal møtast att til hausten.
"""
GOLD = {
    "doc": "x",
    "meeting": {"meeting_type": "annet", "date": {"text": "tysdag 8. april", "year": 2025, "month": 4, "day": 8},
                "counterpart": "Samferdselsdepartementet",
                "participants": [{"name": "Marit Lindeland Oppheim"}]},
    "statements": [
        {"kind": "direct", "speaker": "Marit Lindeland Oppheim",
         "text": "Etterslepet på fylkesvegane veks kvart år. Staten må kompensere fylka for dei auka kostnadene "
                 "til vedlikehald og opprusting av tunnelane"},
        {"kind": "indirect", "speaker": "Statsråden",
         "text": "departementet skal vurdere fordelinga av midlane i samband med neste nasjonale transportplan"}],
    "demands": [{"claimant": "Austvoll fylkeskommune", "addressee": "staten", "topic": "samferdsel",
                 "text": "Staten må kompensere fylka for dei auka kostnadene til vedlikehald og opprusting av "
                         "tunnelane"},
                {"claimant": "Austvoll fylkeskommune", "addressee": None, "topic": "samferdsel",
                 "text": "ei eiga ordning for tunnelutbetring"}],
}
META = {"published": "2025-04-09"}
NEW = ("pdf_hyphens", "pdf_pages", "crlf_nbsp", "gallery", "author_box", "audio_widgets", "comments",
       "related_list", "caps_subheads")
PAGE_LINE = re.compile(r"^(?:ks\.no \| )?(?:Side \d+(?: av \d+)?|\d+(?: av |/)\d+|- \d+ -|\d+)$", re.M)


def _plain(text: str) -> str:
    """The text with the PDF's breaks undone (page lines and form feeds out, a word broken at a hyphen at a
    line's end put together, hyphens out), quote marks and spacing flattened."""
    text = PAGE_LINE.sub(" ", text.replace("\f", "").replace("\r\n", "\n"))
    text = text.replace(paragraphs(TEXT)[0], " ") if text.count(paragraphs(TEXT)[0]) > 1 else text
    text = re.sub(r"-\n", "", text).replace("-", "")
    return squashed(re.sub("[«»\"]", " ", text))


def _run(family: str, seed: int = 0):
    return kit.run(family, TEXT, GOLD, META, seed)


test_registered_deterministic_and_applies, test_gold_stays_as_it_is_and_in_the_text = kit.family_tests(
    NEW, TEXT, GOLD, META, _plain, gold_kept_except=("pdf_pages",))  # its own test below, the header out


@pytest.mark.parametrize("seed", range(8))
def test_pdf_pages_keeps_the_gold_once_its_furniture_is_out(seed: int) -> None:
    text, gold, _ = _run("pdf_pages", seed)
    assert gold == GOLD
    body = _plain("\n".join(paragraphs(text)[1:]))  # the running header repeats the title
    for s in kit.gold_strings(GOLD):
        assert _plain(s) in body, s


def test_pdf_hyphens_breaks_words_at_a_syllable_and_wraps_every_paragraph() -> None:
    broken = set()
    for seed in range(6):
        text = _run("pdf_hyphens", seed)[0]
        lines = [line for line in text.split("\n") if line]
        width = max(len(line) for line in lines[1:])
        assert 60 <= width <= 91
        broken |= set(re.findall(r"(\w+)-\n(\w+)", text))
    assert broken and all(len(a) >= 3 and len(b) >= 3 or a in ("e",) for a, b in broken)


def test_pdf_pages_numbers_its_pages_and_cuts_sentences() -> None:
    forms, cut, paged = set(), 0, 0
    for seed in range(12):
        text = _run("pdf_pages", seed)[0]
        found = PAGE_LINE.findall(text)
        if not found:  # a page is 700 to 1400 characters: a short text may fit on one
            continue
        paged += 1
        forms.add(re.sub(r"\d+", "n", found[0]))
        lines = text.split("\n")
        cut += any(PAGE_LINE.match(line) and re.search(r"[a-zæøå,]$", next((x for x in reversed(lines[:i]) if x), ""))
                   for i, line in enumerate(lines))
    assert paged >= 8 and len(forms) >= 3 and cut >= 2


def test_crlf_nbsp_puts_non_breaking_spaces_between_most_words() -> None:
    text = _run("crlf_nbsp")[0]
    assert "\r\n" in text and "\n" not in text.replace("\r\n", "")
    assert text.count("\u00a0") > 5 * text.count(" ")


def _caps_folded(family: str, paragraph: str) -> str:
    """An intertitle may come in capitals: caps_subheads is compared in capitals."""
    return paragraph.upper() if family == "caps_subheads" else paragraph


test_widgets_only_add_paragraphs = kit.adds_only_tests(
    ["gallery", "author_box", "audio_widgets", "comments", "related_list", "caps_subheads"], TEXT, GOLD, META,
    _caps_folded)


def _added(family: str, seed: int) -> str:
    return "\n".join(p for p in paragraphs(_run(family, seed)[0]) if p not in paragraphs(TEXT))


def test_gallery_has_counters_and_credits() -> None:
    for seed in range(6):
        added = _added("gallery", seed)
        assert re.search(r"^(?:Bilde|Bilete) \d av \d$|^\d/\d$", added, re.M)
        assert re.search(r"(?:Foto|FOTO|Fotograf): ", added)


def test_author_box_closes_the_page_with_a_label_and_an_address() -> None:
    for seed in range(6):
        paras = paragraphs(_run("author_box", seed)[0])
        tail = "\n".join(paras[len(paragraphs(TEXT)):])
        assert tail.startswith(("Om ", "Skribenten")) and "@avisa.no" in tail


def test_audio_widgets_stand_under_the_title() -> None:
    for seed in range(6):
        paras = paragraphs(_run("audio_widgets", seed)[0])
        assert paras[0] == paragraphs(TEXT)[0]
        added = _added("audio_widgets", seed)
        assert re.search(r"[Ll]esetid|min", added) and re.search(r"Lytt|Les opp|Hør|Spill|\d\d:\d\d|lest opp", added)


def test_comments_follow_the_story_with_names_and_times() -> None:
    for seed in range(6):
        text = _run("comments", seed)[0]
        story_end = text.index(paragraphs(TEXT)[-1])
        tail = text[story_end:]
        assert re.search(r"[Kk]ommentar", tail) and re.search(r"siden|sidan|\d t\b|\d d\b|i går", tail)


def test_related_list_titles_carry_quotes_and_dashes() -> None:
    for seed in range(6):
        added = _added("related_list", seed)
        assert re.search(r"«|– ", added)
        assert len([line for line in added.split("\n") if line.strip()]) >= 4


def test_caps_subheads_are_in_capitals_between_paragraphs() -> None:
    for seed in range(6):
        heads = [p for p in paragraphs(_run("caps_subheads", seed)[0]) if p.isupper()]
        assert heads and all("\n" not in h and len(h.split()) <= 5 for h in heads)
