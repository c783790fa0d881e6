"""Perturbations after the widgets a scraped article page carries around its story: the gold stays valid.

An image gallery's captions and credits ("Bilde 2 av 5", "Foto: NN") between paragraphs; an author box
at the end ("Om forfatteren", a title, an e-mail address); an audio player and a reading time under the
title ("Lytt til saken", "Les opp", "Lesetid: 4 min"); a comment section after the story ("Kommentarer
(12)", user names, times, comments that demand things); a list of related articles whose titles carry
quotations and dashes; the story's intertitles in capitals, and invented capital subheadings.

Every inserted line is invented here (none comes from an evaluation text), and names nobody of the text
(people are picked among names none of whose words occur in it). A comment or a related title may ask
for something: that is what real pages carry, and the gold, which counts the story's rows, stays as it is.
"""
from __future__ import annotations

import random
import re

from furniture import strangers
from text_ops import Gold, gold_strings, is_heading, join, paragraphs
from web_furniture import PROSE, outside_quotes

Result = tuple[str, Gold] | None

PEOPLE = ("Kari Bakkevik", "Per Ivar Tønnesen", "Ragnhild Sæther", "Henrik Vollan", "Solveig Brattli",
          "Eivind Lauvstad", "Torunn Aasland Meek", "Gunnar Ødegård Rye")
GALLERY_CAPTIONS = ("Utsikt over sentrum en vinterdag.", "Kaianlegget ble bygd på 1970-tallet.",
                    "Skulebygget står tomt i sommarferien.", "Fra befaringen i fjor høst.",
                    "Illustrasjonsbilde.", "Den nye brua opna i vår.", "Møterommet i rådhuset.")
GALLERY_LINES = ("Vis bildegalleri", "Forstørr bildet", "Neste bilde", "Forrige bilde", "Lukk")


def gallery(text: str, gold: Gold, rng: random.Random, meta: dict) -> Result:
    """An image gallery between two paragraphs of the body: two to four pictures, each a counter ("Bilde
    2 av 5", "2/5"), a caption and a credit ("Foto: NN / NTB", "FOTO: NN", "Fotograf: NN"), on lines of
    their own or one paragraph each, now and then the gallery's buttons."""
    paras = paragraphs(text)
    names = strangers(PEOPLE, text)
    if not names:
        return None
    total = rng.randint(2, 4)
    counter = rng.choice(("Bilde {n} av {m}", "{n}/{m}", "Bilete {n} av {m}", "Bilde {n} av {m}"))
    credit = rng.choice(("Foto: {p}", "Foto: {p} / NTB", "FOTO: {p}", "Fotograf: {p}", "(Foto: {p})"))
    pictures = []
    for n in range(1, total + 1):
        lines = [counter.format(n=n, m=total)]
        caption = rng.choice(GALLERY_CAPTIONS)
        who = credit.format(p=rng.choice(names))
        lines += [f"{caption} {who}"] if rng.random() < 0.5 else [caption, who]
        pictures.append("\n".join(lines))
    if rng.random() < 0.3:
        pictures.insert(0, rng.choice(GALLERY_LINES))
    block = pictures if rng.random() < 0.5 else ["\n".join(pictures)]
    at = rng.choice(outside_quotes(paras))
    paras[at:at] = block
    return join(paras), gold


AUTHOR_HEADS = ("Om forfatteren", "Om forfattaren", "Om skribenten", "Om artikkelforfatteren", "Skribenten")
AUTHOR_ROLES = ("seniorrådgiver i Kommunesektorens organisasjon", "journalist i avisa og skriv om kommuneøkonomi",
                "kommunikasjonsrådgiver og har tidligere jobbet i kommunal sektor",
                "frilansjournalist med bakgrunn fra lokalpolitikken", "fagleiar for samfunnsutvikling")


def author_box(text: str, gold: Gold, rng: random.Random, meta: dict) -> Result:
    """An author box closing the page: a label ("Om forfatteren", "Om skribenten"), the writer's name and
    title in a sentence or on lines of their own, an e-mail address, now and then a phone or a profile line."""
    paras = paragraphs(text)
    names = strangers(PEOPLE, text)
    if not names:
        return None
    name = rng.choice(names)
    first, last = name.split()[0].lower(), name.split()[-1].lower()
    mail = f"{first}.{last}@avisa.no".replace("ø", "o").replace("æ", "ae").replace("å", "a")
    role = rng.choice(AUTHOR_ROLES)
    if rng.random() < 0.5:
        body = [f"{name} er {role}.", f"E-post: {mail}"]
    else:
        body = [name, role[0].upper() + role[1:], mail]
    if rng.random() < 0.4:
        body.append(rng.choice(("Tlf. 90 12 34 56", "Følg på X: @" + first + last, "Alle artikler av " + name)))
    head = rng.choice(AUTHOR_HEADS)
    paras += [head, "\n".join(body)] if rng.random() < 0.5 else ["\n".join([head] + body)]
    return join(paras), gold


AUDIO = ("Lytt til saken", "Lytt til saka", "Les opp", "Les opp saken", "Hør saken", "Lytt til artikkelen",
         "▶ Lytt", "Lytt til artikkelen (4 min)", "Spill av", "00:00 / 03:12",
         "Artikkelen blir lest opp med syntetisk stemme.")
READING = ("Lesetid: 4 min", "Lesetid ca. 3 minutter", "4 min lesetid", "Lesetid: 2 minutt", "⏱ 5 min",
           "Lesetid 6 min.")


def audio_widgets(text: str, gold: Gold, rng: random.Random, meta: dict) -> Result:
    """An audio player and a reading time under the title (or above the lead): one to three player lines
    ("Lytt til saken", "Les opp", "00:00 / 03:12") and a reading-time line ("Lesetid: 4 min", "4 min lesetid"),
    on one paragraph or each its own."""
    paras = paragraphs(text)
    lines = rng.sample(AUDIO, rng.randint(1, 3)) + [rng.choice(READING)]
    rng.shuffle(lines)
    block = ["\n".join(lines)] if rng.random() < 0.5 else lines
    at = 1 if rng.random() < 0.7 or len(paras) < 3 else 2
    paras[at:at] = block
    return join(paras), gold


COMMENT_HEADS = ("Kommentarer ({n})", "{n} kommentarer", "Kommentarar ({n})", "Vis {n} kommentarer",
                 "Kommentarfeltet ({n})")
HANDLES = ("kommunefan77", "Bygdegutt", "Nordlending_1", "skeptikeren", "Anne K.", "Ola N.", "trønder63")
TIMES = ("for 2 timer siden", "3 t", "for 1 time sidan", "i går 21:14", "for 12 minutter siden", "5 d")
COMMENTS = ("Staten må snart ta regningen for dette!", "Typisk. Kommunene burde rydde i egen økonomi først.",
            "Endelig noen som sier det som det er.", "Regjeringa må lytte til distrikta no, ikkje berre til byane.",
            "«Vi må ha mer penger» – det har vi hørt før.", "Hvem skal betale for dette til slutt?",
            "Einig! Dette har vore eit problem i mange år.", "Kommunesammenslåing er svaret. Punktum.")
COMMENT_TAILS = ("Svar", "Lik (3)", "Rapporter", "Svar · Lik")


def comments(text: str, gold: Gold, rng: random.Random, meta: dict) -> Result:
    """A comment section after the story: a count ("Kommentarer (12)", "12 kommentarer"), now and then a
    "Logg inn for å kommentere" line, and two to four comments, each a user name, a time ("for 2 timer
    siden"), a comment (some ask things of the state) and now and then its buttons ("Svar", "Lik (3)")."""
    paras = paragraphs(text)
    n = rng.randint(2, 4)
    out = [rng.choice(COMMENT_HEADS).format(n=n + rng.randrange(0, 20))]
    if rng.random() < 0.3:
        out.append(rng.choice(("Logg inn for å kommentere", "Skriv en kommentar", "Du må være innlogget for å kommentere.")))
    for handle, said in zip(rng.sample(HANDLES, n), rng.sample(COMMENTS, n)):
        lines = [f"{handle} · {rng.choice(TIMES)}" if rng.random() < 0.5 else f"{handle}\n{rng.choice(TIMES)}", said]
        if rng.random() < 0.4:
            lines.append(rng.choice(COMMENT_TAILS))
        out.append("\n".join(lines))
    paras += out if rng.random() < 0.5 else ["\n".join(out)]
    return join(paras), gold


RELATED_HEADS = ("Relaterte saker", "Les også", "Mer om saken", "Flere saker", "Mest lest", "Siste nytt",
                 "Anbefalt for deg", "Sjå òg", "Les meir", "Fleire saker")
RELATED_TITLES = ("– Vi må få flere lærere i skolen", "«Dette er et svik mot distriktene»",
                  "Ordfører: – Staten må ta regningen for flommen", "Ny rapport: Kommunene sliter med rekruttering",
                  "– Eg er skuffa over statsbudsjettet", "Krever svar fra statsråden om sykehusstrukturen",
                  "«Vi har ikke råd til flere reformer» – sier rådmannen", "Fylket vil ha ny veg – må vente til 2030",
                  "Bompengestriden: «Nok er nok»", "– Kommunene må få beholde eiendomsskatten")
STAMPS = ("", "", " 12.03.2025", " (3 dager siden)", " | Nyheter", " · 2 min lesetid")


def related_list(text: str, gold: Gold, rng: random.Random, meta: dict) -> Result:
    """A list of related articles (a heading "Relaterte saker", "Les også", "Mest lest" and three to five
    titles that carry quotations and dashes, maybe a date or a section after each) at the end of the story
    or between two of its paragraphs; the titles on lines of their own under the heading or one paragraph
    each."""
    paras = paragraphs(text)
    titles = [t + rng.choice(STAMPS) for t in rng.sample(RELATED_TITLES, rng.randint(3, 5))]
    head = rng.choice(RELATED_HEADS)
    block = [head] + titles if rng.random() < 0.5 else ["\n".join([head] + titles)]
    at = len(paras) if rng.random() < 0.6 else rng.choice(outside_quotes(paras))
    paras[at:at] = block
    return join(paras), gold


SUBHEADS = ("STORE UTFORDRINGER", "BEKYMRA FOR ØKONOMIEN", "VENTER PÅ SVAR", "LANG PROSESS", "NESTE STEG",
            "UENIGE OM TALLENE", "KRITISK TIL FORSLAGET", "SKAL MØTES IGJEN")


def caps_subheads(text: str, gold: Gold, rng: random.Random, meta: dict) -> Result:
    """The story's intertitles in capitals (a heading paragraph after the lead, no comma or digit in it: not
    a byline or a publication line, and holding no gold string), and one or two invented capital subheadings
    between paragraphs of the body (after the lead, outside quotations)."""
    paras = paragraphs(text)
    wanted = gold_strings(gold)
    lead = next((i for i, p in enumerate(paras) if PROSE.search(p)), len(paras))
    for i in range(lead + 1, len(paras)):
        if is_heading(paras[i]) and not re.search(r"[,\d@|]", paras[i]) and \
                not any(s in paras[i] or paras[i] in s for s in wanted):
            paras[i] = paras[i].upper()
    for head in rng.sample(SUBHEADS, rng.randint(1, 2)):
        at = rng.choice(outside_quotes(paras))
        if at < len(paras):
            paras.insert(at, head)
    new = join(paras)
    return (new, gold) if new != text else None
