"""Whose words a sentence holds: a claimant quoted, reported, or named as subject.

A sentence is in a claimant's voice when it lies inside a Statement of a
claimant's representative (direct: in_quote), inside a dash quotation whose
attribution names one (fallback when no Statement covers it; also
organisation-attributed quotes, decision 11), or when its subject is a claimant
or a claimant's representative with a verb of saying, thinking or requesting.
Government speakers (ministers, state secretaries) never give a claimant voice.
"""
from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache

from flows.budget import check
from flows import lexicon
from flows.extract.actors import (GOVERNMENT, claimant_of, claimant_pointers, claimants_in, government_role, is_party,
                                  ks_office, organisations_in)
from flows.model import Document, Sentence, Statement

NAME = re.compile(r"(?<![\w-])[A-ZÆØÅ][a-zæøåéü]+(?:-[A-ZÆØÅ][a-zæøåéü]+)?(?:\s+[A-ZÆØÅ][a-zæøåéü]+(?:-[A-ZÆØÅ][a-zæøåéü]+)?){1,3}")
PRONOUNS = {"han", "hun", "ho", "hen"}
FIRST_PERSON = re.compile(r"(?<![\w-])(?:vi|jeg|eg|me|oss|vår|våre|vårt)(?![\w-])", re.IGNORECASE)
NOT_NAME_START = {"Det", "Dette", "Den", "De", "Dei", "Vi", "Han", "Hun", "Ho", "I", "På", "For", "Til", "Med", "Etter",
                  "Andre", "Både", "Blant", "Også", "Samtidig", "Da", "Då", "Men", "Og", "Som", "Når", "Hvis", "Les",
                  "Helse", "Nasjonal", "Nasjonale", "Norske", "Norge", "Mandag", "Tirsdag", "Onsdag", "Torsdag",
                  "Fredag", "Lørdag", "Søndag", "Statsråd", "Styreleder", "Kommunal", "Se", "Lite", "Etterlyst"}


@dataclass(frozen=True)
class Voice:
    claimants: tuple[str, ...]
    in_quote: bool
    statement: tuple[int, int] | None
    rule: str


@lru_cache(maxsize=1)
def _speech() -> re.Pattern[str]:
    verbs = lexicon.load("request_verbs")["speech_verbs"]
    gap = r"\s+(?:(?:også|òg|derfor|difor|ikke|ikkje|lenge|tidligere|tidlegare|særlig|spesielt)\s+)?"
    return re.compile(rf"(?<![\w-])(?:{lexicon.alternation(verbs).replace(chr(92) + 's+', gap)})(?![\w-])")


@lru_cache(maxsize=1)
def _attribution() -> re.Pattern[str]:
    verbs = lexicon.load("request_verbs")["attribution"]
    return re.compile(rf"(?:^|[,.!?»]\s*|^Det\s+)(?:{lexicon.alternation(verbs)})\s+(?P<who>[^.!?]*)[.!?]?\s*$")


def people(document: Document) -> dict[str, str | None]:
    """Name (full and surname) -> claimant, GOVERNMENT or None, from each name's
    nearest organisation or government title in its sentence."""
    out: dict[str, str | None] = {}
    for match in NAME.finditer(document.text):
        check()
        words = match.group(0).split()
        if words[0] in NOT_NAME_START or claimants_in(match.group(0)):
            continue
        line_start = max(document.text.rfind("\n", 0, match.start()), document.text.rfind(". ", 0, match.start()))
        line_end = min(x for x in (document.text.find("\n", match.end()), document.text.find(". ", match.end()),
                                   len(document.text)) if x >= 0)
        before = document.text[max(0, line_start, match.start() - 70):match.start()]
        after = document.text[match.end():min(line_end, match.end() + 50)]
        verb = _speech().search(after)
        after = after[:verb.start()] if verb else after  # "NN sier kommunene må ...": not NN's organisation
        after = re.split(r"\s+og\s+", after)[0]  # "NN og ordførar i X kommune, MM": MM's organisation
        value = _nearest(before, after)
        if value is None:
            value = _previous_subject(document.text, line_start)
        known = [v for k, v in out.items() if k.endswith(" " + match.group(0)) and len(k.split()) > 1]
        if known:
            value = known[0]
        for key in (match.group(0), words[-1]):
            out.setdefault(key, value)
    return out


def offices(document: Document) -> dict[str, str]:
    """Name (full and surname) -> the KS body the document says the person acts for
    ("NN, som sitter i KS' styre", "NN (Sp) er leiar i KS Vestland"): that body, not the
    person's municipality or party, is the claimant of the person's demands."""
    out: dict[str, str] = {}
    text = document.text
    names = list(NAME.finditer(text))
    for n, match in enumerate(names):
        check()
        words = match.group(0).split()
        if words[0] in NOT_NAME_START or claimants_in(match.group(0)):
            continue
        end = min(x for x in (text.find("\n", match.end()), text.find(". ", match.end()), len(text)) if x >= 0)
        later = [m.start() for m in names[n + 1:] if m.start() < end and m.group(0).split()[0] not in NOT_NAME_START
                 and not claimants_in(m.group(0))]
        office = ks_office(text[match.end():later[0] if later else end])
        if office:
            for key in (match.group(0), words[-1]):
                out.setdefault(key, office)
    return out


BYLINE = re.compile(r"^(?P<name>[A-ZÆØÅ][\w.-]+(?:\s+[A-ZÆØÅ][\w.-]+){1,3}),\s+(?P<role>[^,\n]{2,60})$")


def byline_claimant(lines: list[str]) -> str | None:
    """The organisation an opinion piece is written for, from a byline among its first lines
    ("Solveig Dyrøy Nesse, styreleiar i KS"): the whole text is then in the author's voice."""
    for line in lines[:3]:
        match = BYLINE.match(line.strip())
        if not match or government_role(match.group("role")):
            continue
        hits = claimants_in(match.group("role"))
        if hits and hits[-1].end >= len(match.group("role").rstrip(" .")) - 1:
            return ks_office(match.group("role")) or hits[-1].name
    return None


def _previous_subject(text: str, sentence_start: int) -> str | None:
    """The organisation that opens the sentence before, in the same paragraph
    ("Fagforbundet deltok ikke i møtet. Forbundsleder NN sier ...")."""
    if sentence_start <= 0 or text[sentence_start] == "\n":
        return None
    start = max(text.rfind("\n", 0, sentence_start), text.rfind(". ", 0, sentence_start))
    previous = text[start + 1:sentence_start].strip(" .")
    hits = organisations_in(previous)
    return hits[0].name if hits and hits[0].start == 0 else None


def _nearest(before: str, after: str) -> str | None:
    """The cue nearest to a name: a government title or a claimant (or a named municipality)."""
    cands: list[tuple[int, str]] = []
    for hit in organisations_in(before):
        cands.append((len(before) - hit.end, hit.name))
    for hit in organisations_in(after):
        cands.append((hit.start, hit.name))
    for m in re.finditer(r"(?:minister|ministar|statsråd|statssekretær)\w*", before, re.IGNORECASE):
        cands.append((len(before) - m.end(), GOVERNMENT))
    for m in re.finditer(r"(?:minister|ministar|statsråd|statssekretær)\w*", after, re.IGNORECASE):
        cands.append((m.start(), GOVERNMENT))
    return min(cands)[1] if cands else None


def resolve(region: str, index: dict[str, str | None], last: str | None, named: str | None = None) -> str | None:
    """Claimant (or GOVERNMENT) a subject or attribution region refers to: a pronoun refers to
    the last speaker (`last`), "Organisasjonen" to the organisation named last (`named`)."""
    first = region.split()[0].casefold().strip(",") if region.split() else ""
    if first in PRONOUNS:
        return last
    if first in claimant_pointers():
        return named or last
    hits = claimants_in(region)
    if hits and last and last.startswith(hits[0].name + " ") and region[hits[0].end:hits[0].end + 1] == "-":
        return last  # "KS-fylkesleiaren": the speaker of the county board named before (decision 8)
    gov = re.search(r"(?:minister|ministar|statsråd|statssekretær)", region, re.IGNORECASE)
    if gov and (not hits or gov.start() < hits[0].start):
        return GOVERNMENT
    if hits:
        return hits[0].name
    for match in NAME.finditer(region):
        words = match.group(0).split()
        keys = [k for k in (match.group(0), " ".join(words[-2:]), words[-1]) if k in index]
        if keys:  # "Ordfører Kari Nordmann": the organisation known for "Kari Nordmann"
            return next((index[k] for k in keys if index[k]), None) or "KS"
    single = re.findall(r"(?<![\w-])[A-ZÆØÅ][a-zæøåé]+", region)
    for word in single:
        if word in index:
            return index[word] or "KS"
    return None


def all_claimants(region: str) -> tuple[str, ...]:
    """Coordinated claimants of a subject ("Både KS og Legeforeningen")."""
    names: list[str] = []
    for hit in claimants_in(region):
        if hit.name not in names:
            names.append(hit.name)
    return tuple(names)


def _speaker_claimant(name: str, index: dict[str, str | None]) -> str | None:
    """The organisation the document names next to a speaker ("Kommunedirektør i Sunnfjord
    kommune, NN"), by full name, else by surname."""
    for key in (name, name.split()[-1] if name.split() else name):
        if index.get(key):
            return index[key]
    return None


def statement_voice(sentence: Sentence, statements: tuple[Statement, ...],
                    index: dict[str, str | None] | None = None,
                    office: dict[str, str] | None = None) -> Voice | None:
    """Voice from the Statement covering most of the sentence, if any. A speaker without an
    organisation takes the one the document names next to the name (`index`), else KS."""
    best: tuple[int, Statement] | None = None
    for st in statements:
        overlap = min(st.end, sentence.end) - max(st.start, sentence.start)
        if overlap > 0 and (best is None or overlap > best[0]):
            best = (overlap, st)
    if best is None or best[0] < (sentence.end - sentence.start) * 0.4:
        return None
    st = best[1]
    organisation = None if is_party(st.speaker.organisation) else st.speaker.organisation
    known = _speaker_claimant(st.speaker.name, index) if organisation is None and index else None
    claimant = claimant_of(organisation or (known if known != GOVERNMENT else None), st.speaker.role)
    held = _speaker_office(st.speaker.name, office or {})
    other = bool(claimant and claimants_in(claimant)) and not (claimant or "").startswith("KS")
    if held and claimant != GOVERNMENT and not other:
        claimant = held  # a mayor on a KS board speaks for KS, not for the municipality (nor a party)
    if claimant == GOVERNMENT:
        return Voice((), st.kind == "direct", None, "government")
    direct = st.kind == "direct"
    return Voice((claimant or "KS",), direct, (st.start, st.end) if direct else None, f"statement_{st.kind}")


def _speaker_office(name: str, office: dict[str, str]) -> str | None:
    for key in (name, name.split()[-1] if name.split() else name):
        if key in office:
            return office[key]
    return None


def attribution_of(text: str) -> str | None:
    """The attribution region of a quotation paragraph ("sier styreleder i KS, NN")."""
    for sentence in reversed(re.split(r"(?<=[.!?])\s+", text.strip())):
        match = _attribution().search(sentence)
        if match:
            return match.group("who") or ""
    return None


def speech_subject(sentence: str) -> str | None:
    """The region holding the subject of a verb of saying or requesting, or None."""
    match = _speech().search(sentence)
    if not match:
        return None
    before = sentence[:match.start()].strip()
    if re.search(r"[,»”\"]\s*$", before) and len(before.split()) > 2 and _postposed(sentence[match.end():]):
        return sentence[match.end():match.end() + 30]  # postposed: "X må økes, mener KS"
    if len(before.split()) == 1 and before[:1].isupper() and before not in NOT_NAME_START:
        return before  # a surname: "Gram viste til ..."
    if len(before.split()) <= 2 and not claimants_in(before) and not NAME.search(before) \
            and before.casefold() not in PRONOUNS:
        return sentence[match.end():match.end() + 30]  # inverted: "I uttalelsen ber storbyene ..."
    return before


def _postposed(after: str) -> bool:
    """The rest of a sentence after a verb of saying is its subject and not its content
    ("..., mener KS.", "..., skriver KS i høringssvaret.")."""
    words = after.split()
    if not words or len(words) > 10:
        return False
    head = " ".join(words[:3])
    return bool(claimants_in(head) and claimants_in(head)[0].start <= 1 or NAME.match(head)
                or words[0].casefold().strip(".,") in PRONOUNS)


def is_first_person(text: str) -> bool:
    return bool(FIRST_PERSON.search(text))


def government(text: str) -> bool:
    return government_role(text)
