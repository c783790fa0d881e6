"""Person names in running text.

- `name_candidates(text)`: every capitalised word sequence that can be a person's full
  name (two or more name words), without sentence openers, roles, organisations,
  places and venues before or in it, with its offsets;
- a first name alone with an age in brackets ("Martin (23)", "Ingrid (17)"), the way a story names a
  person it gives no surname: a name of its own (`aged_first_names`).

The role and organisation written around a name are read by `context_roles.context_role`.

Read by `flows.extract.people`, which builds the mentions of a document from them.
Word lists live in `flows/data/roles.yaml`.
"""
from __future__ import annotations

import re
from functools import lru_cache

from flows import lexicon
from flows.extract.role_table import roles_table
from flows.budget import check
from flows.extract import roles as R
from flows.extract.actors import counties, municipalities

UP = "A-ZÆØÅÉÜÖÄÁČĐŊŠŦŽĆÇŁŃŚŹĖĄĘĮŲŪŘĚŐŰŞŻ"  # also the Sámi capitals ("Ánte", "Čáhppe") and those of names from abroad
# ("Ćosić", "Šimkus", "Żak")
LOW = "a-zæøåéèüöäáóčđŋšŧžïćçëłńñśźíúýìòùâêîôûãõėąęįųūōāīēřěůťďňľőűșțğışż"  # also "Petrović", "Çelik", "Martínez",
# "Núñez", "Petrauskienė" (a Lithuanian colleague among the shop stewards, round 47), "Dvořák", "Kovács", "Öztürk"
# A surname of Irish or French shape keeps its apostrophe ("O'Neill", "D'Souza"): a capital, an apostrophe, a capital.
TOKEN = rf"(?:[{UP}]['’])?[{UP}][{LOW}]+(?:-[ ]?[{UP}][{LOW}]+)?"
# A surname's particle ("Anders von Krogh", "Maria de Lange", "Anja van der Meer"), written with a capital when it
# opens a sentence (`name_particles.yaml`; a phrase of two words is one particle).
PARTICLE_PHRASES: tuple[str, ...] = tuple(sorted((str(w) for w in lexicon.load("name_particles")),
                                                 key=lambda w: (-len(w), w)))
PARTICLES: frozenset[str] = frozenset(w.split(" ")[0] for w in PARTICLE_PHRASES)
PARTICLE = "|".join(re.escape(w) for w in PARTICLE_PHRASES)
# A middle initial between two name words ("Kari T. Dal", "Lars-Erik O. Breivik") is part of the name.
# Initials of several letters ("Kari Aa. Dal", "Johan Kr. Dal") are data (`name_initials.yaml`).
INITIAL = rf"(?:[{UP}]|{lexicon.alternation(sorted(str(w) for w in lexicon.load('name_initials')))})\."
NAME = re.compile(rf"(?<![\w-]){TOKEN}(?:[ ](?:(?:{PARTICLE})[ ])?(?:{INITIAL}[ ])?{TOKEN}){{0,4}}(?![\w-])")


# A name in capitals opening a line of a list, its role after a comma, a dash or a bar in lower case
# ("ASTRID DE LANGE, ekspedisjonssjef, ...", "TROND K. MYKLEBUST – nestleiar"): two to five words.
CAPS_WORD = rf"[{UP}]{{2,}}(?:-[{UP}]{{2,}})?"
# A title in lower case may stand before the name ("dr. SVERRE MOEN, ...", "professor KARI DAL, ...").
# After such a title the name's comma is enough ("professor KARI DAL, Universitetet i Bergen").
CAPS_LINE = re.compile(rf"(?m)^(?:(?P<title>[{LOW}]+\.?)[ ])?(?P<name>(?:{CAPS_WORD}|[{UP}]\.)(?:[ ](?:{CAPS_WORD}|"
                       rf"[{UP}]\.)){{1,4}})(?=(?(title),[ ]|(?:,| –| \|)[ ]+[{LOW}]))")
# Every word of a particle phrase ("van der": "van" and "der"), lower case inside a name after the first word.
PARTICLE_WORDS: frozenset[str] = frozenset(w for phrase in PARTICLE_PHRASES for w in phrase.split(" "))


def _cased(word: str, first: bool, after_particle: bool = False) -> str:
    folded = word.casefold()
    if not first and (folded in PARTICLES or (after_particle and folded in PARTICLE_WORDS)):
        return folded
    return "-".join(part.capitalize() for part in word.split("-"))


def cased_lines(text: str) -> str:
    """`text` with each name written in capitals at the head of a list line (`CAPS_LINE`) written as a name
    ("ASTRID DE LANGE, ekspedisjonssjef" -> "Astrid de Lange, ekspedisjonssjef"): the same length, so every
    offset holds. A line of capitals with no role after it (a heading, a byline) stays as written."""
    out = text
    for match in CAPS_LINE.finditer(text):
        words = match.group("name").split(" ")
        if sum(1 for w in words if not w.endswith(".")) < 2:
            continue
        cased: list[str] = []
        for i, word in enumerate(words):
            cased.append(_cased(word, i == 0, bool(cased) and cased[-1].casefold() == cased[-1]))
        name = " ".join(cased)
        if len(name) == len(match.group("name")):
            out = out[:match.start("name")] + name + out[match.end("name"):]
    return out


# Between two names of one list: a comma or "og", after an optional party ("A (H), B og C").


def _clean_name(words: list[str]) -> list[str]:
    """Drop leading capitalised non-name words (sentence openers, roles, an organisation before a
    name: "leder i Allmennlegeforeningen Tormod Kvalvik", the genitive of a party or an organisation:
    "Senterpartiets Kari Dal", "Høyres Kari Dal", "Fagforbundets Kari Dal")."""
    dropped = False
    while words and (words[0] in R.not_names() or R.is_role(words[0].casefold())
                     or R.is_organisation_word(words[0]) or (len(words) > 2 and _body_genitive(words[0]))):
        if dropped and _name_word(words, 0):
            break  # "Ordfører Hans Berg": after the title, "Hans" is the first name
        words, dropped = words[1:], True
    return words


def _name_word(words: list[str], at: int) -> bool:
    """A word of its own that is also a first name ("Hans"), inside a name: not where the match opens, a name follows."""
    return at + 1 < len(words) and words[at] in R.not_names() and words[at].casefold() in first_names()


@lru_cache(maxsize=1)
def party_words() -> frozenset[str]:
    return frozenset(str(p) for p in lexicon.load("actors")["parties"] if " " not in str(p))


def _body_genitive(word: str) -> bool:
    """"Senterpartiets", "Høyres", "Fagforbundets": the genitive of a party or an organisation; a first
    name ending in -s ("Lars", "Hans", "Jonas") is none (its stem is neither)."""
    if not word.endswith("s") or len(word) < 4:
        return False
    stem = word[:-1]
    return stem in party_words() or R.is_organisation_word(stem)


@lru_cache(maxsize=1)
def _venue_endings() -> tuple[str, ...]:
    return tuple(str(w) for w in roles_table().get("venue_endings") or ())


@lru_cache(maxsize=1)
def _venue_words() -> frozenset[str]:
    return frozenset(str(w) for w in roles_table().get("venue_words") or ())


def _venue_compound(words: list[str]) -> bool:
    """A word of the phrase a compound ending in a venue word ("Høgevarde Fjellhotell", "Nordby Kultursenter":
    `venue_word_endings`), longer than the ending itself."""
    endings = tuple(str(w) for w in roles_table().get("venue_word_endings") or ())
    return any(len(w) > len(e) and w.casefold().endswith(e) for w in words for e in endings)


@lru_cache(maxsize=1)
def media_heads() -> frozenset[str]:
    return frozenset(str(w) for w in lexicon.load("speech_verbs").get("media_heads") or ())


def _place_after_role(before: str) -> bool:
    """A capitalised phrase right after "<role> i" names where the role is held ("varaordfører i
    Øvre Dal"), not a person; also the second name of a place joined by "og" ("fylkesordførar i Møre og
    Romsdal Kari Dal")."""
    found = re.search(r"([\wæøåÆØÅ-]+) (?:i|for|ved|på) (?:[A-ZÆØÅ][\wæøå-]+ og )?$", before)  # "ordførar på Stord"
    return bool(found) and R.is_role(found.group(1).casefold())


def _name_after_place(words: list[str]) -> list[str]:
    """The name after a place that follows "<role> i" with no comma ("ordfører i Nordby Kari Dal"):
    the place is one word, or two after a compass or position word ("Øvre", "Nord"); at least two
    words must remain."""
    skip = 2 if words and words[0] in R.place_prefixes() else 1
    return words[skip:] if len(words) - skip >= 2 else []


# Initials before a surname, after a word in lower case (the role: "fagsjef H. K. Lunde", "seniorrådgiver T. O.
# Brenden"): a full name written with its first names as initials; two or three of them, so that a single capital
# with a period (a list letter, an abbreviation) makes no name.
INITIALS_NAME = re.compile(rf"(?<=[{LOW}] )(?:[{UP}]\.[ ]){{2,3}}{TOKEN}(?![\w-])")


def initials_names(text: str) -> list[tuple[str, int, int]]:
    """Names whose first names are initials, after a word in lower case ("fagsjef H. K. Lunde")."""
    return [(m.group(0), m.start(), m.end()) for m in INITIALS_NAME.finditer(text)
            if not R.is_organisation_word(m.group(0).rsplit(" ", 1)[-1]) and _lower_word_before(text, m.start())]


def _lower_word_before(text: str, start: int) -> bool:
    """The word before `start` is written in lower case (a role: "fagsjef"), not a first name ("Eva M. H. Lunde")."""
    before = re.search(r"(\S+) $", text[max(0, start - 40):start])
    return before is not None and before.group(1)[0].islower()


# a company's form after its name ("Sunndal Hydrogen AS", "Nordby Energi ASA", "Vestvatn IKS"): the name, written
# with or without it anywhere in the text, is the company's (a company's news, round 47)
@lru_cache(maxsize=1)
def _company() -> re.Pattern[str]:
    forms = "|".join(re.escape(str(f)) for f in roles_table().get("company_forms") or ()) or "(?!x)x"
    return re.compile(rf"(?<![\w-])((?:[A-ZÆØÅ][\wæøå-]+ ){{1,3}})(?:{forms})(?![\w-])")


class _Run:
    """A run of name words in the text, as `re.Match` gives it (`group(0)`, `start()`, `end()`)."""

    def __init__(self, words: str, start: int) -> None:
        self._words, self._start = words, start

    def group(self, _: int = 0) -> str:
        return self._words

    def start(self) -> int:
        return self._start

    def end(self) -> int:
        return self._start + len(self._words)


def _first_name(word: str) -> bool:
    """A known first name, also each part of a hyphenated one ("Per-Ivar", "Anne-Lise")."""
    return all(part.casefold() in first_names() for part in word.split("-"))


def _runs(words: list[str], start: int) -> list[_Run]:
    """A run of name words, or the names it joins: two full names whose separator the normalised text has lost (the
    columns of a signature line or a list of tags: "Torbjørn Risnes  Siri Haugland Vik" -> "Torbjørn Risnes Siri
    Haugland Vik"). A first name after a surname that follows a first name opens a second name of two words or more."""
    for i in range(2, len(words) - 1):
        if _first_name(words[0]) and _first_name(words[i]) and not _first_name(words[i - 1]):
            head = " ".join(words[:i])
            return [_Run(head, start), *_runs(words[i:], start + len(head) + 1)]
    return [_Run(" ".join(words), start)]


def name_candidates(text: str) -> list[tuple[str, int, int]]:
    out: list[tuple[str, int, int]] = initials_names(text)
    companies = {m.group(1).strip() for m in _company().finditer(text)}
    for match in (run for found in NAME.finditer(text) for run in _runs(found.group(0).split(" "), found.start())):
        check()
        words = match.group(0).split(" ")
        joined = " ".join(words)
        first = _first_name_inside(text, match.start(), words)
        kept = [first, *_clean_name(_merge_hyphen(words[1:]))] if first else _clean_name(_merge_hyphen(words))
        while len(kept) > 2 and R.is_role(kept[-1].casefold()):
            kept = kept[:-1]  # a table's role column joined to the name ("Arve Dingen Medlem", "Eva Dal Ordførar")
        inner = len(words) - len(kept)  # where `kept` opens in the match: a first name after it is no pronoun
        if kept and kept[0] in PARTICLES:
            continue  # "ekspedisjonssjef de Lange": a surname with its particle, the full name written elsewhere
        if len(kept) < 2 or any(w in R.not_names() and not (i + inner > 0 and _name_word(kept, i))
                                for i, w in enumerate(kept[bool(first):], start=bool(first))) \
                or R.is_organisation_word(kept[-1]) \
                or kept[-1] in media_heads() or kept[0] in media_heads():
            continue  # "Nordby Avis", "Avisa Nordland": the outlet a person speaks to, not a person
        name = " ".join(kept)
        if name in municipalities() or name in companies:
            continue  # "i Øystre Slidre", "Nord-Aurdal": a municipality the gazetteer knows; "Sunndal Hydrogen (AS)"
        start = match.start() + joined.rfind(name) if name in joined else match.start()
        if R.PLACE_FOLLOWER().match(text, match.end()):
            continue  # "Øvre Dal kommune": a place, not a person
        before = text[max(0, start - 30):start]
        after_role = _place_after_role(before)
        if kept[0].endswith(_venue_endings()) or (kept[0] in R.place_prefixes() and not after_role) \
                or not _venue_words().isdisjoint(kept) or _venue_compound(kept):
            continue  # "Kulturhuset Nordby", "Nordby Hotel Sentrum": a venue; "Indre Nordby": a place
        if after_role:
            rest = _name_after_place(kept)
            while rest and R.is_organisation_word(rest[0]):
                rest = rest[1:]  # "leder i Stange Bondelag Per Dal": the place's body too
            if len(rest) < 2:
                continue  # "varaordfører i Øvre Dal": a place
            kept, name = rest, " ".join(rest)  # "ordfører i Nordby Kari Dal": the place, then the name
            start = match.start() + joined.rfind(name)
        joined_county = re.search(r"([A-ZÆØÅ][\wæøå-]+) og $", before)
        if joined_county and f"{joined_county.group(1)} og {kept[0]}" in counties():
            kept = kept[1:]  # "Leiar i KS Møre og Romsdal Geir Inge Rekdal, tlf.": Romsdal ends the county's name
            if len(kept) < 2:
                continue
            name = " ".join(kept)
            start = match.start() + joined.rfind(name)
        if re.search(r"[A-ZÆØÅ]{2,}[ ]$", before) and kept[0] in R.organisation_suffixes():
            kept = kept[1:]  # "KS Troms Geir Sivertsen": Troms belongs to the organisation
            if len(kept) < 2:
                continue
            name = " ".join(kept)
            start = match.start() + joined.rfind(name)
        out.append((name, start, start + len(name)))
    return out


def _first_name_inside(text: str, start: int, words: list[str]) -> str | None:
    """A first name that is also a word of its own ("Hans", a possessive when it opens a sentence) inside a sentence,
    after a word in lower case ("komiteleiar Hans Inge Dal", "og Hans Berg"): the person's first name."""
    word = words[0]
    if len(words) < 2 or word not in R.not_names() or word.casefold() not in first_names():
        return None
    return word if re.search(rf"[{LOW},][ ]$", text[max(0, start - 2):start]) else None


AGE = re.compile(r" \(\d{1,2}(?: år)?\)")
AGED = re.compile(rf"(?<![\w-])({TOKEN})$")


@lru_cache(maxsize=1)
def first_names() -> frozenset[str]:
    """The known first names (`female_names`, `male_names` in pronouns.yaml), lower case as written there."""
    data = lexicon.load("pronouns")
    return frozenset(str(w) for key in ("female_names", "male_names") for w in data.get(key) or ())


def aged_first_names(text: str) -> list[tuple[str, int, int]]:
    """A known first name alone, an age in brackets after it ("Martin (23)"): a person the story names
    without a surname. Not a surname after a first name ("Kari Dal (52)" is a full name)."""
    out = []
    for age in AGE.finditer(text):
        match = AGED.search(text, max(0, age.start() - 30), age.start())
        if match is None or match.group(1).casefold() not in first_names():
            continue
        before = text[max(0, match.start() - 30):match.start()]
        if not re.search(rf"(?<![\w-])[{UP}][{LOW}]+ $", before):
            out.append((match.group(1), match.start(1), match.end(1)))
    return out


def _merge_hyphen(words: list[str]) -> list[str]:
    """'Geir-' 'Inge' stay one token when the raw had a hyphen and a space."""
    out: list[str] = []
    for word in words:
        if out and out[-1].endswith("-"):
            out[-1] = out[-1] + " " + word
        else:
            out.append(word)
    return out
