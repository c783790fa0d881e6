"""A request whose subject is a word for a kind of body ("Fylket krev også at X", "I brevet kravde nettverket
at Y", `body_pointers` in data/actors.yaml): the body of that kind the document named last before the sentence
(its name holds the kind, "Nordby fylkeskommune", an apposition gives it, "Kystkommunane, eit nettverk
av 40 kommunar", or the kind's word stands before it, "nettverket Fjellregionens hyttekommuner"). The pointer must be the request verb's subject: the sentence opens with it before the verb,
or it follows the verb right after a fronted phrase (verb second)."""
from __future__ import annotations

import re
from functools import lru_cache

from flows.extract.actors import _data, generic_claimants
from flows.extract.cue_patterns import cue_words, patterns
from flows.extract.organisation_names import organisations_in
from flows.extract.request_subjects import AUXILIARIES
from flows.extract.voice import Voice

CAPITALISED = re.compile(r"(?<![\w-])[A-ZÆØÅ][a-zæøå]+(?![\w-])")
APPOSITION = 60  # characters after a name its apposition may take
# a name right after the kind's word, up to a comma, a stop or a verb ("nettverket Fjellregionens hyttekommuner, som
# også hadde med ..."; stop 66): a capitalised first word and at most two more
TITLED_NAME = (r"(?-i:[A-ZÆØÅ])[\w'’-]+(?:[ \t]+(?!(?:som|og|har|hadde|var|er|ble|blei|vart|i|på|med|til|fra|frå)(?![\w-]))"
               r"[\w'’-]+){0,2}(?=\s*[,.;:]|[ \t]+(?:som|og|har|hadde|var|er|ble|blei|vart|i|på|med|til|fra|frå)(?![\w-]))")


@lru_cache(maxsize=1)
def _pointers() -> dict[str, str]:
    return {str(k).casefold(): str(v).casefold() for k, v in (_data().get("body_pointers") or {}).items()}


OBJECT_FIRST = re.compile(r"\s*(?:Dette|Det|Slik)\s+[\wæøå]+\s+")  # "Dette krever forbundet" (a fact box's title)
FRONTED = re.compile(r"\s*(?:I|På|Under|Etter|Før|Til)\s+[\wæøå-]+\s+[\wæøå]+\s+")  # "I møtet la "


@lru_cache(maxsize=1)
def _pointer_word() -> re.Pattern[str]:
    words = "|".join(re.escape(w) for w in sorted(_pointers(), key=len, reverse=True))
    return re.compile(rf"(?<![\w-])({words})(?![\w-])", re.IGNORECASE)


@lru_cache(maxsize=1)
def _leader_places() -> re.Pattern[str]:
    return re.compile(str(_data()["municipal_leader_places"]), re.IGNORECASE)


@lru_cache(maxsize=1)
def _adverbs() -> re.Pattern[str]:
    words = "|".join(re.escape(w) for w in sorted(cue_words("adverbs"), key=len, reverse=True))
    return re.compile(rf"\s*(?:(?:{words})\s+)*", re.IGNORECASE)


def _subject_pointer(text: str) -> str | None:
    """The pointer word that is the subject of the sentence's first request verb; None otherwise."""
    found = _pointer_word().search(text)
    if found is None:
        return None
    request = patterns()["request"]
    if not text[:found.start()].strip(" \t«»\"–-"):  # "Fylket krev (også) at ..."
        at = _adverbs().match(text, found.end()).end()
        verb = request.match(text, at)
        auxiliary = re.match(r"([\wæøå]+)\s+", text[at:]) if verb is None else None
        if auxiliary and auxiliary.group(1).casefold() in AUXILIARIES:  # "Regionrådet har òg bede KS om å"
            verb = request.match(text, _adverbs().match(text, at + auxiliary.end()).end())
        return found.group(1).casefold() if verb is not None else None
    for verb in request.finditer(text, 0, found.start() + 1):
        if verb.end() <= found.start() and not text[verb.end():found.start()].strip() \
                and _no_subject_before(text[:verb.start()]):
            return found.group(1).casefold()  # "I brevet kravde nettverket at ...": verb second
        if verb.start() < found.start() < verb.end() and _no_subject_before(text[:verb.start()]):
            return found.group(1).casefold()  # "ber fylket om": the verb's gap holds the subject (not after a
            # subject of its own: "Forbundet har bede kommunen om å": the one asked)
        break
    return None


def _no_subject_before(before: str) -> bool:
    """The words before a request verb are a phrase put first, so the verb is finite and second and its subject follows
    it; not a subject of their own ("Forbundet har bede kommunen om å": the one asked) nor an auxiliary before it."""
    words = before.split()
    return not organisations_in(before) and not (words and words[-1].casefold() in AUXILIARIES)


def pointed_voice(text: str, document_text: str, start: int) -> Voice | None:
    """The voice of a sentence (at `start` in the document) whose request has a body word as subject: the
    body of that kind named last before it; None when there is none or the sentence is no such request."""
    word = _subject_pointer(text)
    if word is None:
        return None
    named = _named_before(_pointers()[word], document_text, start)
    return Voice((named,), False, None, "reported") if named else None


def pointed_lead(text: str, document_text: str, start: int) -> str | None:
    """The body a list's lead-in opens with a word for ("Forbundet har tre konkrete krav til kommunen:",
    "Regionrådets krav til statsforvalteren:", its genitive too, or inverted after a fronted phrase: "I eit brev til
    styret, som avisa har fått sjå, listar regionrådet opp fleire krav:"): the one of that kind named last before
    `start`; None when the lead-in opens otherwise or nothing of that kind was named."""
    found = _pointer_word().match(text.lstrip(" \t«»\"–-"))
    inverted = re.search(rf",\s+[\wæøå]+\s+{_pointer_word().pattern}", text)  # "I eit brev til X, som Y har fått
    at = inverted.start(1) if inverted else (fronted.end() if (fronted := FRONTED.match(text)) else None)  # sjå,
    # listar regionrådet"; "I møtet la forbundet fram tre krav:": a short phrase first, then the verb, the body
    found = found or (_pointer_word().match(text, at) if at is not None else None)
    second = OBJECT_FIRST.match(text)  # "Dette krever forbundet": the object first, the verb, then the body
    found = found or (_pointer_word().match(text, second.end()) if second else None)
    if found is None:
        rest = text.lstrip(" \t«»\"–-")
        genitive = re.match(r"([\wæøå]+)s(?![\w-])", rest)
        word = genitive.group(1).casefold() if genitive else None
        if word not in _pointers():
            return None
    else:
        word = found.group(1).casefold()
    return _named_before(_pointers()[word], document_text, start)


@lru_cache(maxsize=1)
def _endings() -> dict[str, str]:
    return {str(k).casefold(): str(v).casefold() for k, v in (_data().get("body_pointer_endings") or {}).items()}


@lru_cache(maxsize=1)
def _other_councils() -> frozenset[str]:
    return frozenset(str(k).casefold() for k in _data().get("council_indefinite") or {})


def _on_ending(kind: str, name: str) -> bool:
    """A one-word name on the shorter ending of its kind ("Nordfjordrådet" for "regionråd"), not a council of
    another kind ("Eldrerådet")."""
    ending = _endings().get(kind)
    low = name.casefold()
    return ending is not None and " " not in name and low.endswith(ending) and len(low) > len(ending) + 2 \
        and low not in _other_councils()


def _named_before(kind: str, document_text: str, start: int) -> str | None:
    """The last body before `start` whose name (or apposition) holds `kind` ("fylke", "forbund")."""
    named = proper = None
    for line in document_text[:start].splitlines():  # line by line: a name never runs over a line break
        found: list[tuple[int, str]] = []
        for hit in organisations_in(line):
            apposition = line[hit.end:hit.end + APPOSITION]
            if hit.name not in generic_claimants() and (kind in hit.name.casefold() or _on_ending(kind, hit.name) or re.match(
                    rf",\s+(?:en|ei|et|eit|ein)\s+[^,.;:]*?{re.escape(kind)}", apposition, re.IGNORECASE)):
                found.append((hit.start, hit.name))
        for described in re.finditer(rf"(?<![\w-])((?-i:[A-ZÆØÅ])[\w-]+(?:[ \t]+(?-i:[A-ZÆØÅ])[\w-]+)*),\s+"
                                     rf"(?:en|ei|et|eit|ein)\s+[^,.;:]*?{re.escape(kind)}", line, re.IGNORECASE):
            found.append((described.start(), described.group(1)))  # "Kystkommunane, eit nettverk av 40 kommunar"
        for titled in re.finditer(rf"(?<![\w-]){re.escape(kind)}(?:et|en|a)?[ \t]+({TITLED_NAME})", line, re.IGNORECASE):
            found.append((titled.start(1), titled.group(1)))  # "nettverket Fjellregionens hyttekommuner, som ..."
        if kind in _endings():  # "Leiar i Nordfjordrådet": a name on the kind's shorter ending
            compounds = [(m.start(), m.group(0)) for m in CAPITALISED.finditer(line) if _on_ending(kind, m.group(0))]
            found += compounds
            proper = compounds[-1][1] if compounds else proper
        if kind == "kommune":  # "ordfører i Stange": Stange kommune
            found += [(m.start(), f"{m.group(1)} kommune") for m in _leader_places().finditer(line)]
        if found:
            named = max(found)[1]
    if named is not None and named.casefold() in _pointers() and proper is not None:
        return proper  # "Regionrådet vil at X" after "Leiar i Nordfjordrådet": the body the pointer word stood for
    return named
