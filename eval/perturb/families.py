"""The registry of perturbation families and the function that perturbs one document.

A family maps (raw text, gold, seeded rng, sidecar metadata) to a new (raw text, gold), or None when
it does not apply (the document is then scored unperturbed). The rng is seeded from the run's seed,
the family and the document, so every run builds the same perturbed sets.
"""
from __future__ import annotations

import copy
import random
from collections.abc import Callable

import article_layouts
import entities
import furniture
import layout
import page_widgets
import pdf_text
import web_furniture
import wording
from text_ops import Gold

Family = Callable[[str, Gold, random.Random, dict], tuple[str, Gold] | None]

FAMILIES: dict[str, Family] = {
    "quotes_straight": layout.quotes_straight,
    "quotes_curly": layout.quotes_curly,
    "quotes_to_dash": layout.quotes_to_dash,
    "dash_to_quotes": layout.dash_to_quotes,
    "dash_variants": layout.dash_variants,
    "wrap70": layout.wrap70,
    "single_newlines": layout.single_newlines,
    "invisible_chars": layout.invisible_chars,
    "captions": layout.captions,
    "dateline": furniture.dateline,
    "byline": furniture.byline,
    "share_menu": furniture.share_menu,
    "fact_box": furniture.fact_box,
    "read_more": furniture.read_more,
    "truncated": furniture.truncated,
    "page_clutter": furniture.page_clutter,
    "rename_people": entities.rename_people,
    "swap_ministries": entities.swap_ministries,
    "quote_headline": article_layouts.quote_headline,
    "fact_box_after_quote": article_layouts.fact_box_after_quote,
    "letter_header": article_layouts.letter_header,
    "byline_role": article_layouts.byline_role,
    "photo_credits": article_layouts.photo_credits,
    "english_summary": article_layouts.english_summary,
    "windows_nbsp": article_layouts.windows_nbsp,
    "bullets": article_layouts.bullets,
    "nn_nb_swap": wording.nn_nb_swap,
    "share_cookie": web_furniture.share_cookie,
    "breadcrumb": web_furniture.breadcrumb,
    "contact_block": web_furniture.contact_block,
    "paywall": web_furniture.paywall,
    "flat_table": web_furniture.flat_table,
    "headline_repeat": web_furniture.headline_repeat,
    "soft_hyphens": web_furniture.soft_hyphens,
    "typographic_quotes": web_furniture.typographic_quotes,
    "pdf_hyphens": pdf_text.pdf_hyphens,
    "pdf_pages": pdf_text.pdf_pages,
    "crlf_nbsp": pdf_text.crlf_nbsp,
    "gallery": page_widgets.gallery,
    "author_box": page_widgets.author_box,
    "audio_widgets": page_widgets.audio_widgets,
    "comments": page_widgets.comments,
    "related_list": page_widgets.related_list,
    "caps_subheads": page_widgets.caps_subheads,
}


def perturb(family: str, doc: str, text: str, gold: Gold, meta: dict, seed: int = 0) -> tuple[str, Gold, bool]:
    """The document's text and gold under `family` ("none": unchanged), and whether anything changed."""
    if family == "none":
        return text, gold, False
    rng = random.Random(f"{seed}|{family}|{doc}")
    result = FAMILIES[family](text, copy.deepcopy(gold), rng, meta)
    if result is None:
        return text, gold, False
    return result[0], result[1], result[0] != text or result[1] != gold
