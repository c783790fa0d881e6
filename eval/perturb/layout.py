"""Perturbations of typography and line layout: the gold stays valid as it is.

Each family is `(text, gold, rng) -> (text, gold)`, or None when it does not apply to the text.
"""
from __future__ import annotations

import random
import re
import textwrap

from text_ops import Gold, body_slots, is_heading, join, paragraphs

Result = tuple[str, Gold] | None

SPEECH_AFTER_QUOTE = re.compile(
    r",? (?=(?:sa|sier|seier|skriv|skriver|understreker|understrekar|legger til|legg til|mener|meiner|"
    r"fortsetter|held fram|påpeker|peikar på|ifølge|ifølgje|forteller|fortel|svarer|svarar)\b)")
LEADING_DASH = re.compile(r"^[-–—] ?(?=\S)")


def quotes_straight(text: str, gold: Gold, rng: random.Random, meta: dict) -> Result:
    if "«" not in text:
        return None
    return text.replace("«", '"').replace("»", '"'), gold


def quotes_curly(text: str, gold: Gold, rng: random.Random, meta: dict) -> Result:
    if "«" not in text and '"' not in text:
        return None
    out, open_ = [], False
    for ch in text.replace("«", "\u201c").replace("»", "\u201d"):
        if ch == '"':
            ch = "\u201d" if open_ else "\u201c"
            open_ = not open_
        elif ch in "\u201c\u201d":
            open_ = ch == "\u201c"
        out.append(ch)
    return "".join(out), gold


def _guillemet_to_dash(para: str) -> str:
    if not para.startswith("«") or para.count("»") != 1 or para.count("«") != 1:
        return para
    body = para[1:]
    at = body.index("»")
    rest = body[at + 1:]
    if rest.startswith(","):
        rest = rest[1:]
        return "– " + body[:at] + "," + rest
    return "– " + body[:at] + rest


def quotes_to_dash(text: str, gold: Gold, rng: random.Random, meta: dict) -> Result:
    """Paragraphs that open with a «quote» open with a dash instead (the news convention)."""
    paras = paragraphs(text)
    out = [_guillemet_to_dash(p) for p in paras]
    return (join(out), gold) if out != paras else None


def _dash_to_guillemet(para: str) -> str:
    m = LEADING_DASH.match(para)
    if not m or "\n" in para:
        return para
    body = para[m.end():]
    cut = None
    for cut in SPEECH_AFTER_QUOTE.finditer(body):
        pass
    if cut is None:
        return f"«{body}»"
    return f"«{body[:cut.start()]}», {body[cut.end():]}"


def dash_to_quotes(text: str, gold: Gold, rng: random.Random, meta: dict) -> Result:
    """Paragraphs led by a dash become «quote», sa NN. (the magazine convention)."""
    paras = paragraphs(text)
    out = [_dash_to_guillemet(p) for p in paras]
    return (join(out), gold) if out != paras else None


DASH_FORMS = ("- ", "—", "— ", "-", "–")


def dash_variants(text: str, gold: Gold, rng: random.Random, meta: dict) -> Result:
    """Every leading dash takes another form (hyphen, em dash, with or without a space)."""
    lines = text.split("\n")
    out = [LEADING_DASH.sub(rng.choice(DASH_FORMS), line) if LEADING_DASH.match(line) else line for line in lines]
    out = [re.sub(r"(?<=\S) – (?=\S)", rng.choice((" - ", " — ")), line) for line in out]
    return ("\n".join(out), gold) if out != lines else None


def wrap70(text: str, gold: Gold, rng: random.Random, meta: dict) -> Result:
    """Paragraphs hard-wrapped at about 70 columns (plain-text e-mail and wire layout)."""
    width = rng.choice((68, 70, 72))
    paras = paragraphs(text)
    out = [p if is_heading(p) else "\n".join(
        wrapped for line in p.split("\n")
        for wrapped in textwrap.wrap(line, width=width, break_long_words=False, break_on_hyphens=False))
        for p in paras]
    return join(out), gold


def single_newlines(text: str, gold: Gold, rng: random.Random, meta: dict) -> Result:
    """Paragraphs separated by one line end, no blank line (text scraped from HTML)."""
    return "\n".join(paragraphs(text)) + "\n", gold


INVISIBLE = ("\u00ad", "\u200b", "\u2060")


def invisible_chars(text: str, gold: Gold, rng: random.Random, meta: dict) -> Result:
    """Windows line ends, non-breaking spaces, soft hyphens and zero-width characters."""
    def word(m: re.Match[str]) -> str:
        w = m.group(0)
        if len(w) > 9 and rng.random() < 0.3:
            at = rng.randrange(3, len(w) - 3)
            return w[:at] + rng.choice(INVISIBLE) + w[at:]
        return w

    text = re.sub(r"\w+", word, text)
    text = re.sub(r"(?<=\d) (?=\w)|(?<=kl\.) |(?<=\bnr\.) ", "\u00a0", text)
    text = re.sub(r"(?<=[a-zæøå]) (?=[A-ZÆØÅ])", lambda m: "\u00a0" if rng.random() < 0.3 else " ", text)
    text = re.sub(r"(?<=\S)\n", lambda m: (" " if rng.random() < 0.2 else "") + "\n", text)
    return text.replace("\n", "\r\n"), gold


PHOTOGRAPHERS = ("Heiko Junge / NTB", "Ole Berg-Rusten / NTB", "Privat", "Ingvild Skaar / KS",
                 "Lise Åserud / NTB", "Torstein Bøe / NTB", "Departementet", "Terje Pedersen / NTB")
CAPTIONS = (
    "Møtet ble holdt i departementets lokaler i Oslo. Foto: {p}",
    "Illustrasjonsbilde. Foto: {p}",
    "Fra møtet. (Foto: {p})",
    "Kommunene har store utfordringer framover. Foto: {p}",
    "FOTO: {p}",
    "Biletet er frå eit tidlegare møte. Foto: {p}",
    "Bildet: Representantar frå kommunesektoren samla til møte. Foto: {p}",
)


def captions(text: str, gold: Gold, rng: random.Random, meta: dict) -> Result:
    """Photo captions with credits after the lead paragraph and further down."""
    paras = paragraphs(text)
    slots = body_slots(paras)
    picks = sorted({slots[0], rng.choice(slots)}, reverse=True)
    for at in picks:
        paras.insert(at, rng.choice(CAPTIONS).format(p=rng.choice(PHOTOGRAPHERS)))
    return join(paras), gold
