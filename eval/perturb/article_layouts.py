"""Perturbations after layouts real articles have: a quotation as the headline, a fact box right after a
quotation, a minutes or letter header, a publication line with a byline that gives a role and an
e-mail address, photo credits at the end of a paragraph, an English summary, Windows line ends with
non-breaking spaces, bulleted lists.

Each family is `(text, gold, rng, meta) -> (text, gold)`, or None when it does not apply to the text.
The gold stays valid as it is: an inserted line repeats what the gold already says (the headline
quotation, the participants of a header) or says nothing a gold row could be about. Every inserted
line is invented here; none comes from an evaluation text.
"""
from __future__ import annotations

import random
import re
from collections import Counter

from furniture import strangers
from text_ops import Gold, body_slots, join, paragraphs

Result = tuple[str, Gold] | None

QUOTE_PARA = re.compile(r"^(?:[-–—] ?\S|«)")
SENTENCE = re.compile(r"(?<=[.!?])\s+(?=[A-ZÆØÅ«])")
MAX_HEADLINE_WORDS = 14


def _headline_quote(gold: Gold) -> list[str]:
    """Sentences of the gold's direct statements short enough for a headline (3 to 14 words)."""
    out = []
    for row in gold.get("statements", []):
        if row.get("kind") != "direct":
            continue
        for sentence in SENTENCE.split(row.get("text", "").strip()):
            words = sentence.split()
            if 3 <= len(words) <= MAX_HEADLINE_WORDS:
                out.append(sentence.rstrip(".,;: "))
    return out


def quote_headline(text: str, gold: Gold, rng: random.Random, meta: dict) -> Result:
    """A quotation from the body as the headline ("– Vi må ...", «Vi må ...» or bare), the attribution
    only in the body; the old title stays under it as the lead-in line."""
    quotes = _headline_quote(gold)
    if not quotes:
        return None
    quote = rng.choice(quotes)
    form = rng.choice(("– {q}", "«{q}»", "{q}", "– {q}!"))
    paras = paragraphs(text)
    paras.insert(0, form.format(q=quote))
    return join(paras), gold


FACT_HEADS = (
    ("Fakta:", ["Ordninga vart innført i 2004 og blir evaluert kvart femte år.",
                "Om lag 1200 tilsette arbeider med tenestene i fylket."]),
    ("FAKTA", ["• Kommunesektoren har rundt 500 000 tilsette.", "• Det er 357 kommunar i landet."]),
    ("Dette er konsultasjonsordningen:", ["Faste møter mellom regjeringen og KS, fire ganger i året.",
                                          "Ordningen ble etablert i 2000."]),
    ("Fakta om saken", ["- Rapporten ble lagt fram i fjor høst.", "- Utvalget hadde ni medlemmer."]),
)


def fact_box_after_quote(text: str, gold: Gold, rng: random.Random, meta: dict) -> Result:
    """A fact box ("Fakta:", "FAKTA", "Dette er ...") right after a quotation paragraph; a quotation
    paragraph followed by another is chosen first (the box then splits a quotation's paragraphs)."""
    paras = paragraphs(text)
    quoted = [i for i in range(1, len(paras)) if QUOTE_PARA.match(paras[i])]
    if not quoted:
        return None
    inner = [i for i in quoted if i + 1 < len(paras) and QUOTE_PARA.match(paras[i + 1])]
    at = rng.choice(inner or quoted) + 1
    head, lines = rng.choice(FACT_HEADS)
    box = [f"{head} {' '.join(lines)}"] if head.endswith(":") and rng.random() < 0.5 else [head, "\n".join(lines)]
    paras[at:at] = box
    return join(paras), gold


PLACES = ("Oslo", "Bergen", "Trondheim", "Teams", "Hamar", "Bodø")


def _full_date(gold: Gold) -> tuple[int, int, int] | None:
    date = (gold.get("meeting") or {}).get("date") or {}
    if date.get("year") and date.get("month") and date.get("day"):
        return date["year"], date["month"], date["day"]
    return None


def letter_header(text: str, gold: Gold, rng: random.Random, meta: dict) -> Result:
    """A minutes or letter header block (Dato:/Stad:/Til stades: or Frå:/Til:) before the text. Only
    what the gold says goes into it: the meeting's full date, its participants, its counterpart, the
    demands' most frequent claimant as the sender. No
    reference line ("Vår ref.: 25/123"): that makes the text a letter, which reports no occasion."""
    meeting = gold.get("meeting") or {}
    lines = []
    when = _full_date(gold)
    nynorsk = rng.random() < 0.5
    if rng.random() < 0.5:  # minutes
        if when:
            lines.append(f"Dato: {when[2]:02d}.{when[1]:02d}.{when[0]}")
        lines.append(f"{'Stad' if nynorsk else 'Sted'}: {rng.choice(PLACES)}")
        names = [p["name"] for p in meeting.get("participants", []) if p.get("name")]
        if names:
            lines.append(f"{'Til stades' if nynorsk else 'Til stede'}: {', '.join(names)}")
        lines.append(f"{'Referent' if rng.random() < 0.5 else 'Skrivar'}: sekretariatet")
    else:  # letter
        claimants = sorted(Counter(d.get("claimant") for d in gold.get("demands", []) if d.get("claimant")).items(),
                           key=lambda kv: (-kv[1], kv[0]))
        lines.append(f"{'Frå' if nynorsk else 'Fra'}: {claimants[0][0] if claimants else 'KS'}")
        lines.append(f"Til: {meeting.get('counterpart') or 'Medlemmene'}")
        if when:
            lines.append(f"Dato: {when[2]:02d}.{when[1]:02d}.{when[0]}")
    paras = paragraphs(text)
    at = rng.choice((0, 1))
    paras.insert(at, "\n".join(lines))
    return join(paras), gold


WRITERS = (("Kari Bakkevik", "journalist", "avisa.no"), ("Henrik Vollan", "kommunikasjonsrådgiver", "ks.no"),
           ("Solveig Brattli", "seniorrådgiver", "ks.no"), ("Eivind Lauvstad", "redaktør", "kommunal-rapport.no"))


def _stamp(meta: dict, gold: Gold) -> tuple[int, int, int] | None:
    stamp = str(meta.get("published") or "")
    if len(stamp) >= 10 and stamp[4] == "-":
        return int(stamp[:4]), int(stamp[5:7]), int(stamp[8:10])
    when = _full_date(gold)
    return (when[0], when[1], min(when[2] + 1, 28)) if when else None


STAMPED = re.compile(r"^(?:Publisert|Oppdatert|Sist oppdatert|Sist endret)\b", re.M | re.I)


def byline_role(text: str, gold: Gold, rng: random.Random, meta: dict) -> Result:
    """A "Publisert"/"Oppdatert" line and a byline with the writer's role and e-mail under the title."""
    name, role, domain = rng.choice([w for w in WRITERS if strangers((w[0],), text)])
    mail = f"{name.split()[0].lower()}.{name.split()[-1].lower()}@{domain}"
    forms = (f"{name}\n{role.capitalize()}\n{mail}", f"Av {name}, {role}\n{mail}", f"{name}, {role} – {mail}",
             f"Tekst: {name}, {role} ({mail})", f"{name} | {role.capitalize()} | E-post: {mail}")
    block = [rng.choice(forms)]
    when = _stamp(meta, gold)
    if when and not STAMPED.search(text):  # a second publication line with another date would contradict it
        y, m, d = when
        hh, mm = rng.randrange(6, 22), rng.randrange(60)
        block.append(rng.choice((f"Publisert {d:02d}.{m:02d}.{y} kl. {hh:02d}.{mm:02d}",
                                 f"Oppdatert {d}.{m}.{y}, {hh:02d}:{mm:02d}",
                                 f"Publisert: {d:02d}.{m:02d}.{y} Oppdatert: {d:02d}.{m:02d}.{y}")))
    paras = paragraphs(text)
    for line in reversed(block if rng.random() < 0.5 else block[::-1]):
        paras.insert(1, line)
    return join(paras), gold


CREDITS = ("Foto: Heiko Junge / NTB", "Foto: Privat", "Foto: Ingvild Skaar", "Foto: Lise Åserud, NTB",
           "Foto: KS", "Foto: Terje Pedersen / NTB", "foto: Colourbox")
CAPTION_TEXTS = ("Rådhuset i kommunen.", "Fra møtet i departementet.", "Frå møtet i Oslo.", "Illustrasjonsbilde.")


def photo_credits(text: str, gold: Gold, rng: random.Random, meta: dict) -> Result:
    """Photo credits "(Foto: ...)" at the end of a body paragraph (a caption run into the text), and a
    caption paragraph ending with one."""
    paras = paragraphs(text)
    body = [i for i in range(1, len(paras)) if paras[i].rstrip().endswith((".", "!", "?", "»"))
            and "\n" not in paras[i]]
    if not body:
        return None
    for i in sorted(rng.sample(body, min(2, len(body)))):
        paras[i] = f"{paras[i]} ({rng.choice(CREDITS)})"
    slots = body_slots(paras)
    paras.insert(rng.choice(slots), f"{rng.choice(CAPTION_TEXTS)} ({rng.choice(CREDITS)})")
    return join(paras), gold


SUMMARIES = (
    "English summary: The association of Norwegian municipalities met the ministry to discuss funding and "
    "staffing in the municipal health services. Both parties agreed to continue the dialogue.",
    "Summary in English: Local authorities say that the new reform will cost more than the state has "
    "budgeted for. The minister promised to look into the figures before the next meeting.",
    "In English: The meeting covered primary care, digital health records and the situation for refugees. "
    "No decisions were made.",
)


def english_summary(text: str, gold: Gold, rng: random.Random, meta: dict) -> Result:
    """A paragraph in English (a summary for foreign readers) after the lead or at the end."""
    paras = paragraphs(text)
    paras.insert(rng.choice((2, len(paras))) if len(paras) > 2 else len(paras), rng.choice(SUMMARIES))
    return join(paras), gold


NBSP = "\u00a0"


def windows_nbsp(text: str, gold: Gold, rng: random.Random, meta: dict) -> Result:
    """Windows line ends and non-breaking spaces where word processors put them: after a leading
    dash, inside names, numbers and dates, before a closing mark, and at the end of a line."""
    text = re.sub(r"^([-–—]) ", lambda m: m.group(1) + NBSP, text, flags=re.M)
    text = re.sub(r"\b([A-ZÆØÅ][a-zæøå]+) (?=[A-ZÆØÅ][a-zæøå])", lambda m: m.group(1) + NBSP, text)  # Kari Holm
    text = re.sub(r"(?<=\d) (?=\d{3}\b)|(?<=\d\.) (?=[a-zæøå]+ \d{4})|(?<=\d\.) (?=\w)", NBSP, text)
    text = re.sub(r" (?=[–:;?!])", lambda m: NBSP if rng.random() < 0.5 else " ", text)
    text = re.sub(r"(?<=\S)\n", lambda m: (NBSP if rng.random() < 0.15 else "") + "\n", text)
    return text.replace("\n", "\r\n"), gold


LIST_LINE = re.compile(r"^(?:[-–—]\s?|\d{1,2}[.)]\s|•\s?)(?=\S)")


def bullets(text: str, gold: Gold, rng: random.Random, meta: dict) -> Result:
    """The items of a list (two or more item lines in a row) marked with "•" or "*" instead of a dash,
    number or other bullet. One dash line under a lead-in ("Ho sa det slik:\n– ...") is a quotation."""
    lines = text.split("\n")
    mark = rng.choice(("• ", "* ", "•\t", "*\t"))
    out = list(lines)
    for i, line in enumerate(lines):
        if not LIST_LINE.match(line):
            continue
        near = [lines[j] for j in (i - 1, i + 1) if 0 <= j < len(lines)]
        if any(LIST_LINE.match(n) for n in near):
            out[i] = LIST_LINE.sub(mark, line, count=1)
    return ("\n".join(out), gold) if out != lines else None
