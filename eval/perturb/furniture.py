"""Perturbations that add page furniture around the article, or cut it off: the gold stays valid.

Publication lines, bylines, share and menu lines, fact boxes, "Les også" teasers and a text cut
off at the end. Every inserted line is invented here (none comes from an evaluation text), says
nothing a gold row could be about, and names nobody in the text.
"""
from __future__ import annotations

import random
import re

from text_ops import Gold, body_slots, join, last_gold_end, paragraphs, squashed

Result = tuple[str, Gold] | None

MONTHS = ("januar", "februar", "mars", "april", "mai", "juni", "juli", "august", "september", "oktober",
          "november", "desember")


def _published(gold: Gold, meta: dict) -> tuple[int, int, int] | None:
    """The publication date: the sidecar's, else the day after a fully dated meeting."""
    stamp = str(meta.get("published") or "")
    if len(stamp) >= 10 and stamp[4] == "-":
        return int(stamp[:4]), int(stamp[5:7]), int(stamp[8:10])
    date = (gold.get("meeting") or {}).get("date") or {}
    if date.get("year") and date.get("month") and date.get("day"):
        return date["year"], date["month"], min(date["day"] + 1, 28)
    return None


def dateline(text: str, gold: Gold, rng: random.Random, meta: dict) -> Result:
    """A "Publisert ... / Oppdatert ..." line under the title (only where the date is known)."""
    if "Publisert" in text or "Oppdatert" in text:
        return None
    when = _published(gold, meta)
    if when is None:
        return None
    y, m, d = when
    hh, mm = rng.randrange(6, 22), rng.randrange(60)
    forms = (f"Publisert {d:02d}.{m:02d}.{y} {hh:02d}:{mm:02d} | Oppdatert {d:02d}.{m:02d}.{y} {hh + 1:02d}:{mm:02d}",
             f"Publisert: {d}. {MONTHS[m - 1]} {y} kl. {hh:02d}.{mm:02d}",
             f"Oppdatert {d:02d}.{m:02d}.{y}, {hh:02d}:{mm:02d}",
             f"Publisert {d:02d}.{m:02d}.{y} – Sist oppdatert {d:02d}.{m:02d}.{y}",
             f"{d:02d}.{m:02d}.{y} kl. {hh:02d}:{mm:02d}")
    paras = paragraphs(text)
    paras.insert(1, rng.choice(forms))
    return join(paras), gold


JOURNALISTS = ("Kari Bakkevik", "Per Ivar Tønnesen", "Ragnhild Sæther", "Henrik Vollan", "Solveig Brattli",
               "Eivind Lauvstad")


def strangers(names: tuple[str, ...], text: str) -> list[str]:
    """The names none of whose words occur in the text: an invented writer who shares a surname with a
    person of the story would make "sa Sæther" ambiguous, an artefact of the family, not of the layout."""
    words = set(re.findall(r"\w+", text))
    return [n for n in names if not any(w in words for w in n.split())]


def byline(text: str, gold: Gold, rng: random.Random, meta: dict) -> Result:
    """A byline under the title (and a wire credit at the end now and then)."""
    a, b = rng.sample(strangers(JOURNALISTS, text), 2)
    forms = (f"Av {a}", f"Tekst: {a} og {b}", f"Av {a}, NTB", f"Skrevet av: {a}", f"{a}\nJournalist",
             f"{a} {a.split()[0].lower()}@avisa.no", "NTB")
    paras = paragraphs(text)
    paras.insert(1, rng.choice(forms))
    if rng.random() < 0.4:
        paras.append(rng.choice(("(©NTB)", "(NPK)", f"{a.split()[0][0]}{b.split()[-1][0]}".lower())))
    return join(paras), gold


MENU_TOP = ("Hopp til hovedinnhold", "Meny Søk Logg inn", "Forsiden > Nyheter > Aktuelt", "Hopp til innhald")
MENU_UNDER = ("Del på Facebook Del på X Del på LinkedIn Kopier lenke", "Del artikkelen", "Skriv ut | Del | Tips oss",
              "Lytt til artikkelen", "Del Facebook Twitter E-post", "Lesetid: 3 minutter")


def share_menu(text: str, gold: Gold, rng: random.Random, meta: dict) -> Result:
    """A navigation line above the title and a share line under it."""
    paras = paragraphs(text)
    paras.insert(1, rng.choice(MENU_UNDER))
    if rng.random() < 0.5:
        paras.insert(0, rng.choice(MENU_TOP))
    return join(paras), gold


FACT_BOXES = (
    ("FAKTA: Konsultasjonsordningen",
     ["• Ordningen mellom staten og kommunesektoren ble etablert i 2000.",
      "• Det holdes fire plenumsmøter i året, i tillegg til bilaterale møter med departementene.",
      "• KS representerer alle landets kommuner og fylkeskommuner.", "Kilde: KS"]),
    ("Fakta om kommunesektoren",
     ["- 357 kommuner og 15 fylkeskommuner", "- Om lag 500 000 årsverk",
      "- Sektoren står for om lag en sjettedel av verdiskapingen i Norge"]),
    ("Dette er saka",
     ["Kommunane har over tid fått fleire oppgåver.", "Kommuneproposisjonen blir lagd fram i mai kvart år.",
      "Statsbudsjettet blir lagt fram i oktober."]),
)


def fact_box(text: str, gold: Gold, rng: random.Random, meta: dict) -> Result:
    """A fact box (a heading and a few lines) between two paragraphs of the body."""
    paras = paragraphs(text)
    slots = body_slots(paras)
    head, lines = rng.choice(FACT_BOXES)
    at = slots[len(slots) // 2]
    paras[at:at] = [head, "\n".join(lines)]
    return join(paras), gold


TEASERS = ("Les også: Kommunene frykter nye kutt i neste års budsjett",
           "LES OGSÅ: – Vi trenger flere hender i eldreomsorgen",
           "Les også\nSlik fungerer konsultasjonsordningen",
           "Relaterte saker:\nKommuneøkonomien strammes inn\nNy rapport om fastlegeordningen",
           "Se også: Dette er kommuneproposisjonen",
           "Les meir: Kommunane ventar svar frå staten")


def read_more(text: str, gold: Gold, rng: random.Random, meta: dict) -> Result:
    """"Les også" teasers: one in the body, one at the end."""
    paras = paragraphs(text)
    first, last = rng.sample(TEASERS, 2)
    paras.append(last)
    paras.insert(rng.choice(body_slots(paras[:-1])), first)
    return join(paras), gold


def truncated(text: str, gold: Gold, rng: random.Random, meta: dict) -> Result:
    """The text cut off mid-word after the last gold row (a paywall or a feed excerpt)."""
    flat = squashed(text)
    end = last_gold_end(text, gold)
    if end is None or len(flat) - end < 60:
        return None
    cut = end + int((len(flat) - end) * rng.uniform(0.3, 0.7))
    # cut the original text at the same squashed offset: walk it counting squashed characters
    seen, i, space = 0, 0, False
    while i < len(text) and seen < cut:
        if text[i].isspace():
            if not space:
                seen += 1
            space = True
        else:
            seen += 1
            space = False
        i += 1
    return text[:i].rstrip() + "\n", gold


def page_clutter(text: str, gold: Gold, rng: random.Random, meta: dict) -> Result:
    """All the furniture at once: menu, share line, byline, publication line, captions, fact box, teasers."""
    from layout import captions

    out = text
    for family in (fact_box, read_more, captions, byline, dateline, share_menu):
        result = family(out, gold, rng, meta)
        if result is not None:
            out = result[0]
    return out, gold
