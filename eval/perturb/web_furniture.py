"""Perturbations for what a scraped web article carries around and inside its story: the gold stays valid.

A share, cookie and newsletter block; a breadcrumb or menu trail above the title; a press release's
contact block at the end; a paywall notice in the middle; a table flattened to tab- or pipe-separated
lines; the headline repeated as the first paragraph; soft hyphens and zero-width spaces inside words;
typographic quotation marks („…“, “…”, ‚…‘) and curly apostrophes. Every inserted line is invented
here (none comes from an evaluation text), says nothing a gold row could be about, and names nobody of
the text (the contact person is picked among names none of whose words occur in it).
"""
from __future__ import annotations

import random
import re

from furniture import strangers
from text_ops import Gold, body_slots, join, paragraphs

Result = tuple[str, Gold] | None


LIST_ITEM = re.compile(r"^\s*(?:[-–•*]|\d+[.)])\s")
PROSE = re.compile(r"(?:\S+\s+){9,}\S+[.!?»]\s*$")  # a paragraph of running text: ten words or more, ended


def outside_quotes(paras: list[str]) -> list[int]:
    """The body slots (`text_ops.body_slots`) after the lead (the first paragraph of running text), not
    inside a quotation that runs over several paragraphs (a «...» opened and not yet closed) and not
    right before a list (its lead-in may have no colon): a table or a notice stands in the body, between
    two of its parts, not in a speaker's words, between a lead-in and its items or above the lead."""
    lead = next((i for i, p in enumerate(paras) if PROSE.search(p)), 0)
    slots, depth = [], 0
    allowed = set(body_slots(paras))
    for i in range(1, len(paras)):
        depth = max(0, depth + paras[i - 1].count("«") - paras[i - 1].count("»"))
        if i in allowed and depth == 0 and i > lead and not LIST_ITEM.match(paras[i]):
            slots.append(i)
    return slots or [len(paras)]

SHARE_LINES = ("Del på Facebook", "Del på LinkedIn", "Del på X", "Del artikkelen", "Del saka", "Kopier lenke",
               "Del denne saken", "Send på e-post")
NEWSLETTER = ("Abonner på nyhetsbrev", "Abonner på nyhetsbrevet vårt",
              "Meld deg på nyhetsbrevet og få de viktigste sakene rett i innboksen.",
              "Få nyhetsbrevet vårt! Skriv inn e-postadressa di og trykk på Meld på.",
              "Vil du ha nyheiter frå oss? Abonner på nyhendebrevet.")
COOKIES = ("Vi bruker informasjonskapsler (cookies) for å gi deg en bedre opplevelse av nettstedet.",
           "Vi bruker informasjonskapsler. Les mer om personvern og informasjonskapsler.",
           "Vi brukar informasjonskapslar for å forbetre tenestene våre.",
           "Godta alle", "Avvis", "Innstillinger for informasjonskapsler", "Jeg forstår")


def share_cookie(text: str, gold: Gold, rng: random.Random, meta: dict) -> Result:
    """A share block under the title or at the end, a newsletter line and a cookie banner (at the top, as
    a scraper finds it, or at the end)."""
    paras = paragraphs(text)
    share = "\n".join(rng.sample(SHARE_LINES, rng.randint(1, 3)))
    cookie = "\n".join([rng.choice(COOKIES[:3])] + rng.sample(COOKIES[3:], rng.randint(0, 2)))
    paras.insert(1 if rng.random() < 0.5 else len(paras), share)
    paras.append(rng.choice(NEWSLETTER))
    if rng.random() < 0.5:
        paras.insert(0, cookie)
    else:
        paras.append(cookie)
    return join(paras), gold


# the trail names the piece's own section: a news section, never the opinion section ("Meninger", "Debatt": a
# trail through it labels a debate piece, which reports no occasion), while a menu lists every section
CRUMBS = ("Forsiden", "Nyheter", "Aktuelt", "Kommuneøkonomi", "Helse og omsorg", "Politikk", "Innenriks",
          "Nyheiter", "Lokalt")
SEPARATORS = (" > ", " › ", " / ", " | ", " » ", " → ")
MENUS = ("Meny", "Søk", "Logg inn", "Abonnement", "Nyheter", "Sport", "Kultur", "Meninger", "Tips oss")


def breadcrumb(text: str, gold: Gold, rng: random.Random, meta: dict) -> Result:
    """A breadcrumb trail ("Forsiden > Nyheter > ...", with any of the usual separators) above the title,
    now and then a menu line of one-word links (one per line or in a row) above it."""
    paras = paragraphs(text)
    trail = rng.choice(SEPARATORS).join([rng.choice(CRUMBS[:2])] + rng.sample(CRUMBS[2:], rng.randint(1, 3)))
    top = [trail]
    if rng.random() < 0.5:
        menu = rng.sample(MENUS, rng.randint(3, 5))
        top.insert(0, "\n".join(menu) if rng.random() < 0.5 else "  ".join(menu))
    return join(top + paras), gold


CONTACTS = ("Kari Bakkevik", "Per Ivar Tønnesen", "Ragnhild Sæther", "Henrik Vollan", "Solveig Brattli",
            "Eivind Lauvstad", "Torunn Aasland Meek", "Gunnar Ødegård Rye")
CONTACT_TITLES = ("kommunikasjonsrådgiver", "seniorrådgiver", "kommunikasjonssjef", "pressekontakt",
                  "kommunikasjonsrådgjevar", "fagleiar")


def _phone(rng: random.Random) -> str:
    digits = f"{rng.choice('49')}{rng.randrange(10**7):07d}"
    return f"{digits[:3]} {digits[3:5]} {digits[5:]}" if rng.random() < 0.5 else f"{digits[:2]} {digits[2:4]} {digits[4:6]} {digits[6:]}"


def contact_block(text: str, gold: Gold, rng: random.Random, meta: dict) -> Result:
    """A press release's contact block at the end: "Kontaktperson:"/"Kontakt:"/"For mer informasjon,
    kontakt:" with a name, a title, a phone number and an e-mail address, on lines of their own or in one."""
    paras = paragraphs(text)
    names = strangers(CONTACTS, text)
    people = rng.sample(names, min(len(names), rng.randint(1, 2)))
    if not people:
        return None
    head = rng.choice(("Kontaktperson:", "Kontakt:", "Kontaktpersonar:", "For mer informasjon, kontakt:",
                       "Kontaktpersoner", "Spørsmål om saken kan rettes til:"))
    out = [head]
    for name in people:
        first, last = name.split()[0].lower(), name.split()[-1].lower()
        mail = f"{first}.{last}@ks.no".replace("ø", "o").replace("æ", "ae").replace("å", "a")
        title = rng.choice(CONTACT_TITLES)
        if rng.random() < 0.5:
            out += [name, title.capitalize(), f"Tlf.: {_phone(rng)}", f"E-post: {mail}"]
        else:
            out.append(f"{name}, {title}, tlf. {_phone(rng)}, {mail}")
    paras.append("\n".join(out))
    return join(paras), gold


PAYWALL = ("Denne artikkelen er for abonnenter.", "Denne saka er for abonnentar.",
           "Denne artikkelen er kun for abonnenter. Allerede abonnent? Logg inn.",
           "Les resten av saken med abonnement.", "For å lese hele artikkelen må du være abonnent.")
PAYWALL_TAIL = ("Kjøp abonnement", "Logg inn", "Allerede abonnent? Logg inn", "Prøv 1 måned for 1 kr",
                "Se våre tilbud")


def paywall(text: str, gold: Gold, rng: random.Random, meta: dict) -> Result:
    """A paywall notice and its buttons in the middle of the body, the text going on after it (a scraper
    that got the subscriber's full text under the notice)."""
    paras = paragraphs(text)
    slots = outside_quotes(paras)
    at = slots[len(slots) // 3]
    block = [rng.choice(PAYWALL)] + rng.sample(PAYWALL_TAIL, rng.randint(0, 2))
    paras[at:at] = ["\n".join(block)] if rng.random() < 0.5 else block
    return join(paras), gold


TABLES = (
    ("Kommune", "Innbyggere", "Frie inntekter (mill. kr)", "Endring"),
    ("Fylke", "Ferjesamband", "Kostnad 2024", "Kostnad 2025"),
    ("År", "Driftsresultat", "Lånegjeld", "Fond"),
)
ROW_NAMES = ("Nordby", "Sørvik", "Austvoll", "Vestre Lia", "Midtdal", "Elvestad")


def flat_table(text: str, gold: Gold, rng: random.Random, meta: dict) -> Result:
    """A table flattened to lines of tab- or pipe-separated cells (a header and three to five rows)
    between two paragraphs of the body, sometimes under a "Tabell:" caption."""
    paras = paragraphs(text)
    header = rng.choice(TABLES)
    sep = rng.choice(("\t", " | ", "|"))
    rows = [header]
    for name in rng.sample(ROW_NAMES, rng.randint(3, 5)):
        rows.append((name, f"{rng.randrange(1, 90)} {rng.randrange(100, 999)}", f"{rng.randrange(10, 900)},{rng.randrange(10)}",
                     f"{rng.choice('+-')}{rng.randrange(1, 9)},{rng.randrange(10)} %"))
    lines = [sep.join(r) for r in rows]
    if sep == "|":
        lines = [f"|{line}|" for line in lines]
        lines.insert(1, "|" + "|".join("---" for _ in header) + "|")
    block = "\n".join(lines)
    if rng.random() < 0.4:
        block = rng.choice(("Tabell: Nøkkeltall", "Tabell 1", "Kilde: SSB")) + "\n" + block
    paras.insert(rng.choice(outside_quotes(paras)), block)
    return join(paras), gold


def headline_repeat(text: str, gold: Gold, rng: random.Random, meta: dict) -> Result:
    """The headline repeated as the first paragraph (a page's <title> and its <h1> both scraped), now and
    then with the site's name after it ("... – KS", "... | Kommunal Rapport")."""
    paras = paragraphs(text)
    if len(paras) < 2 or "\n" in paras[0]:
        return None
    copy = paras[0]
    if rng.random() < 0.4:
        copy = copy + rng.choice((" – KS", " | ks.no", " - Kommunal Rapport", " | NRK"))
    paras.insert(rng.choice((0, 1)), copy)
    return join(paras), gold


SOFT = ("\u00ad", "\u200b", "\u200c", "\u2060", "\ufeff")
VOWELS = set("aeiouyæøåAEIOUYÆØÅ")


def soft_hyphens(text: str, gold: Gold, rng: random.Random, meta: dict) -> Result:
    """Soft hyphens at the syllable breaks of long words (a CMS hyphenating for narrow columns) and
    zero-width spaces and joiners inside words, names included."""
    def word(m: re.Match[str]) -> str:
        w = m.group(0)
        if len(w) < 7:
            return w if len(w) < 4 or rng.random() > 0.1 else w[:2] + rng.choice(SOFT[1:]) + w[2:]
        out, last = [], 0
        for i in range(3, len(w) - 2):  # a break after a vowel followed by a consonant: "kom\xadmu\xadne"
            if w[i - 1] in VOWELS and w[i] not in VOWELS and i - last >= 3 and rng.random() < 0.7:
                out.append(w[last:i])
                last = i
        out.append(w[last:])
        return "\u00ad".join(out) if rng.random() < 0.8 else rng.choice(SOFT).join(out)

    new = re.sub(r"[^\W\d_]+", word, text)  # letters only: a CMS hyphenates words, not numbers
    return (new, gold) if new != text else None


APOSTROPHE = re.compile(r"(?<=\w)'(?=\w|\s)")
STYLES = (("\u201e", "\u201c"), ("\u201c", "\u201d"), ("\u201d", "\u201d"), ("\u201a", "\u2018"))


def typographic_quotes(text: str, gold: Gold, rng: random.Random, meta: dict) -> Result:
    """Quotations marked with typographic quotes instead of «»: German „…“, English “…”, Swedish ”…”, or
    the single low-high ‚…‘ (one style per document), quotations inside them ‹…›/'…' with ‚…‘ or ‘…’,
    and apostrophes curly (KS’ leiar)."""
    if "«" not in text and "'" not in text:
        return None
    opening, closing = rng.choice(STYLES)
    inner = ("\u2018", "\u2019") if opening == "\u201c" else ("\u201a", "\u2018")
    out, depth, single = [], 0, False
    for i, ch in enumerate(text):
        before, after = text[i - 1] if i else " ", text[i + 1] if i + 1 < len(text) else " "
        if ch == "«":
            out.append(opening if depth == 0 else inner[0])
            depth += 1
        elif ch == "»":
            depth = max(0, depth - 1)
            out.append(closing if depth == 0 else inner[1])
        elif ch == "'" and not single and not before.isalnum() and after.isalnum():
            out.append(inner[0])  # a quotation inside one: 'den gamle' -> ‚den gamle‘
            single = True
        elif ch == "'" and single and before.isalnum() and not after.isalnum():
            out.append(inner[1])
            single = False
        else:
            single = single and ch != "\n"
            depth = 0 if ch == "\n" else depth
            out.append(ch)
    new = APOSTROPHE.sub("\u2019", "".join(out))
    return (new, gold) if new != text else None
