"""Who a transcript's speaker label names (`flows.extract.interview_turns`): a label before a colon at a paragraph's
start ("ANNE DAL:", "Dal:", "AD:", "Anne Dal (KS):", "Anne Dal, ordførar i Nordby (Sp):", "Programleder Per Lie:", a timestamp before or after it) or a
name in capitals on a line of its own, read as a person of the text by full name, surname, first name or initials
(case aside), as the holder of a role label in capitals ("KS-LEIAR:"), or failing that as a full name of its own (two
to four capitalised words, none a role, an organisation, a news outlet's last word or a word of `not_name_words`).
A role label in plain case ("Ordfører:", "Statsråden:") names nobody. A label whose aside names a news outlet
("ANNE-LISE TVERBERG, NRK:") is the press asking (`press_speakers`): their questions are said at the occasion, but
the journalists took no part in the meeting a press conference tells of. Word lists: `transcripts` in speech_verbs.yaml.
"""
from __future__ import annotations

import re
from functools import lru_cache

from flows import lexicon
from flows.extract import interview_labels as L
from flows.extract import roles as R
from flows.extract.people import People, resolve
from flows.extract.person_names import media_heads
from flows.model import Block, Mention
from flows.segment import host_words

TIME = r"(?:\[\s*\d{1,2}(?::\d{2}){1,2}\s*\]|\(\s*\d{1,2}(?::\d{2}){1,2}\s*\)|\d{1,2}(?::\d{2}){1,2})"
LABEL = re.compile(rf"^(?:{TIME}\s*)?(?P<label>[A-ZÆØÅ][\wæøåÆØÅ.'’ -]{{0,50}}?)"
                   rf"(?:\s*\((?P<aside>[^()\n]{{1,40}})\)|,\s*(?P<comma>[^:,\n()]{{1,60}}(?:\s*\([^():\n]{{1,20}}\))?))?"
                   rf"(?:\s*{TIME})?\s*:(?:[ \t]+|\n|$)(?:[–—-]\s*)?")
CAPS_LINE = re.compile(rf"^(?:{TIME}\s*)?(?P<label>[A-ZÆØÅ][A-ZÆØÅ.'’ -]{{1,50}}?)(?:\s*{TIME})?[ \t]*(?:\n\s*|$)")
NAME_WORD = re.compile(r"^[A-ZÆØÅ][a-zæøåA-ZÆØÅ'’-]*\.?$")


@lru_cache(maxsize=1)
def _not_name_words() -> frozenset[str]:
    return frozenset(str(w).casefold() for w in lexicon.load("speech_verbs")["transcripts"]["not_name_words"])


@lru_cache(maxsize=1)
def _news_outlets() -> frozenset[str]:
    return frozenset(str(w).casefold() for w in lexicon.load("speech_verbs")["transcripts"].get("news_outlets") or ())


def _press(aside: str) -> bool:
    """A label's aside naming a news outlet ("NRK", "Dagens Næringsliv", "Fjordens Avis"): the press asking."""
    parts = [p.strip(" .") for p in re.split(r"[,/]| og ", aside) if p.strip(" .")]
    return any(p.casefold() in _news_outlets() or p.split()[-1].capitalize() in media_heads() for p in parts)


def words_of(label: str) -> list[str]:
    return [w for w in label.replace(".", ". ").split() if w]


def label_person(people: People, label: str, new: bool = True, at: int | None = None) -> tuple[Mention | None, bool]:
    """(the person a label names, whether the label calls them the host); `new`: a label that names
    no person of the text may read as a name of its own; `at`: where the label stands, for a role label."""
    words = words_of(label)
    host = False
    while len(words) > 1 and (words[0].casefold() in host_words() or R.is_role(words[0].casefold())):
        host = host or words[0].casefold() in host_words()
        words = words[1:]  # "Programleder Per Lie": Per Lie, the host
    if not words or any(not NAME_WORD.match(w) for w in words):
        return None, False
    key = " ".join(words).casefold()
    if key.replace(".", "").replace(" ", "") in L.label_words()[0] | L.label_words()[1] or key in host_words():
        return None, False
    exact = [p for p in people.persons if p.name.casefold() == key]
    part = [p for p in people.persons if f" {key} " in f" {p.name.casefold()} "]
    longer = {p.name: p for p in part if p.name.casefold().startswith(f"{key} ")}
    if exact and len(longer) == 1:  # a double first name read as a person of its own ("Per Gunnar:") opens the one
        exact = list(longer.values())  # full name that begins with it ("Per Gunnar Tveit")
    for found in (exact, part):
        if len({p.name for p in found}) == 1:
            return found[0], host
    if L.INITIALS.match(label.strip()):
        return L.initials_of(people, re.sub(r"[.\s]", "", label).casefold()), host
    if len(words) == 1 and words[0].isupper() and R.is_role(key) and at is not None:  # a broadcast's label in
        return role_holder(people, key, at), host  # capitals ("KS-LEIAR:"): the one the text calls "KS-leiaren";
    # a role label in plain case ("Ordfører:", "Statsråden:") names nobody, as the module docstring says
    if new and 2 <= len(words) <= 4 and not any(R.is_role(w.casefold()) or R.is_organisation_word(w) or w in R.not_names()
                                                or w.capitalize() in media_heads() or w.casefold() in _not_name_words()
                                                for w in words) and not part:
        return Mention(" ".join(w if not w.isupper() else w.capitalize() for w in words)), host
    return None, host


def role_holder(people: People, role: str, at: int) -> Mention | None:
    """The person a role label names ("KS-LEIAR", "STATSRÅDEN"), the way the text refers to them by the definite
    title ("KS-leiaren", "statsråden"); None when no person of the text holds it."""
    acronym = re.sub(r"^([a-zæøå]{2,3})-", lambda m: m.group(1).upper() + "-", role)  # "ks-leiar": "KS-leiar"
    for form in (acronym, *R.definite_of(acronym)):
        found = resolve(people, form, at)
        if found is not None and found.name in {p.name for p in people.persons}:
            return found
    return None


def label_of(block: Block, people: People) -> tuple[Mention | None, bool, int] | None:
    """(speaker, host, where the words begin; -1 when the label stands alone) of a labelled block."""
    if block.kind not in ("paragraph", "heading") or block.marker not in ("", "dash") or block.level > 0:
        return None
    match = LABEL.match(block.text)
    line = CAPS_LINE.match(block.text) if match is None else None  # a name in capitals on a line of its own
    match = match or line
    if match is None:
        return None
    speaker, host = label_person(people, match.group("label").strip(), new=line is None, at=block.start)
    if speaker is None:
        return None
    aside = (match.groupdict().get("aside") or "") + " " + (match.groupdict().get("comma") or "")
    host = host or any(w.casefold().strip(".,") in host_words() for w in aside.split())
    body = match.end()
    return speaker, host, (-1 if body >= len(block.text.rstrip()) else block.start + body)


def press_speakers(blocks: tuple[Block, ...], people: People) -> frozenset[str]:
    """The persons whose speaker labels name a news outlet in their aside ("KARI LUND, NRK:", "Per Dahl (Nordby
    Avis):"): the press asking at a press conference."""
    out: set[str] = set()
    for block in blocks:
        match = LABEL.match(block.text) if block.kind in ("paragraph", "heading") else None
        if match is None or not _press((match.group("aside") or "") + " " + (match.group("comma") or "")):
            continue
        found = label_of(block, people)
        if found is not None and found[0] is not None:
            out.add(found[0].name)
    return frozenset(out)
