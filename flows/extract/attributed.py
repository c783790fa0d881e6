"""Positions attributed to an organisation rather than a person (decision 11): "Ifølge KS må X", "X, ifølge KS", "Frå
Utdanningsforbundet si side vart det lagt vekt på at X" (the side it speaks from),
"X, heiter det i fråsegna", "I høringssvaret heter det at X" (the document of the organisation
named last), and a governing body named bare after the text named it with its organisation
("Fylkesstyret i KS Nordby møtte statsråden. ... Fylkesstyret bad også om at X"). The sentence is then
in that organisation's voice; no statement is made of it."""
from __future__ import annotations

import re
from functools import lru_cache

from flows import lexicon
from flows.extract.actors import claimants_in
from flows.extract.home_body import council_home
from flows.extract.organisation_names import organisations_in
from flows.extract.voice import Voice
from flows.model import Block

QUOTE_OPENERS = ("«", "\"", "“", "„")


@lru_cache(maxsize=1)
def _patterns() -> tuple[re.Pattern[str], re.Pattern[str]]:
    data = lexicon.load("request_verbs")
    according = lexicon.phrase_pattern(data["according_openers"], before=r"^\W*", after=r"\s+")
    documents = lexicon.alternation(data["statement_documents"])
    verbs, pointers = lexicon.alternation(data["fronted_document_verbs"]), lexicon.alternation(data["document_pointers"])
    adverbs = lexicon.alternation(data["document_formula_adverbs"])  # "Der heter det blant annet at X"
    named_document = rf"(?:i|in)\s+(?:(?:{lexicon.alternation(data['document_determiners'])})\s+)?(?:[\w-]+\s+)?" \
                     rf"(?:{documents})(?![\w-])"  # "i brevet", "i eit notat", "i et felles høringssvar"
    formula = re.compile(rf",\s*(?:{lexicon.alternation(data['document_attributions'])})\s+(?:{documents})(?![\w-])"
                         rf"|^\W*(?:{named_document}(?:\s+[^.!?:;«»\n]{{1,80}}?)??,?|(?:{pointers}))\s+(?:{verbs})"
                         rf"\s+det(?:\s+(?:{adverbs}))*(?:\s+{named_document})?(?:\s+(?:{adverbs}))*\s+(?:at\s|:)",
                         re.IGNORECASE)  # "I brevet som vart sendt, heiter det at X", "Der heter det at X",
    # "Vidare heiter det i uttalen at X": the document's words
    return according, formula


def attributed_voice(text: str, named: str | None, last: str | None = None) -> Voice | None:
    """The voice of an organisation a sentence is attributed to: the one after "Ifølge"; for a
    document formula ("heiter det i fråsegna"), the organisation named last (`named`). None when
    the sentence is attributed to nobody or to no organisation. `last`: the claimant the sentences before spoke for
    (whom "etter hennar syn" points back at)."""
    according, formula = _patterns()
    side = _side_voice(text)
    if side is not None:
        return side
    opener = according.match(text)
    if opener:
        rest = text[opener.end():opener.end() + 60]
        hits = [h for h in (claimants_in(rest) or organisations_in(rest)) if h.start == 0]
        if hits:
            return Voice((hits[0].name,), False, None, "reported")
        if _view(text, last or named) is None:
            return None  # "Etter KS' syn bør ...": the opener holds the organisation (the view, below)
    if named and formula.search(text):
        return Voice((named,), False, None, "reported")
    view = _view(text, last or named)
    if view is not None:  # "X må etter KS' mening Y", "Etter hans syn bør staten Z"
        return Voice((view,), False, None, "reported")
    closer = _closer().search(text)
    if closer:  # "Den gjennomgangen må nå komme, ifølge KS."
        rest = closer.group("who")
        hits = [h for h in (claimants_in(rest) or organisations_in(rest)) if h.start == 0 and h.end == len(rest)]
        return Voice((hits[0].name,), False, None, "reported") if hits else None
    return None


@lru_cache(maxsize=1)
def _view_patterns() -> tuple[re.Pattern[str], re.Pattern[str]]:
    """"etter KS' mening", "etter fylkeskommunen sitt syn", "etter hans syn" (`view_nouns`, `view_pronouns`), and the
    same fronted with a verb of seeing, "Slik KS ser det, ...", "Slik han vurderer det, ..." (`view_verbs`)."""
    data = lexicon.load("request_verbs")
    nouns, pronouns = lexicon.alternation(data["view_nouns"]), lexicon.alternation(data["view_pronouns"])
    subjects, verbs = lexicon.alternation(data["view_pronoun_subjects"]), lexicon.alternation(data["view_verbs"])
    who = r"(?P<who>[A-ZÆØÅ][^,.!?;:«»]{0,60}?)"
    return (re.compile(rf"(?<![\w-])etter\s+(?:(?P<pronoun>{pronouns})|{who}(?:'s?|s|\s+(?:sitt|si|sin|sine))?)\s+"
                       rf"(?:{nouns})(?![\w-])", re.IGNORECASE),
            re.compile(rf"^\W*(?:slik|sånn)\s+(?:(?P<pronoun>{subjects})|{who})\s+(?:{verbs})\s+det\s*,", re.IGNORECASE))


VIEW_GENDER = {"hans": "m", "hennes": "f", "hennar": "f"}  # the possessive's person, for the pronoun's gender


def view_pronoun(text: str) -> tuple[int, str] | None:
    """(offset, gender) of the possessive in "etter hans/hennar syn" when a sentence gives a person's view so; None
    otherwise (also for "deira": a group)."""
    found = _view_patterns()[0].search(text)
    if found is None or not found.group("pronoun"):
        return None
    gender = VIEW_GENDER.get(found.group("pronoun").casefold())
    return (found.start("pronoun"), gender) if gender else None


def _view(text: str, named: str | None) -> str | None:
    """The organisation whose view a sentence gives ("Overføringen må etter KS' mening kompenseres", "Etter
    fylkeskommunen sitt syn bør ...", "Slik KS ser det, bør ..."), or, for a pronoun ("Etter hans syn bør staten ...",
    "Slik hun ser det, ..."), the one spoken for last (`named`: the speaker just quoted or introduced); None for no such
    phrase."""
    etter, slik = _view_patterns()
    found = etter.search(text) or slik.search(text)
    if found is None:
        return None
    if found.group("pronoun"):
        return named
    who = found.group("who")
    hits = [h for h in (claimants_in(who) or organisations_in(who)) if h.start == 0 and h.end >= len(who) - 1]
    return hits[0].name if hits else None


@lru_cache(maxsize=1)
def _closer() -> re.Pattern[str]:
    """The source after the sentence: ", ifølge KS." (`according_closers`), the organisation alone to its end."""
    words = lexicon.alternation(lexicon.load("request_verbs")["according_closers"])
    return re.compile(rf",\s+(?:{words})\s+(?P<who>[^,.!?;:«»]{{1,60}}?)\s*[.!?]?\s*$", re.IGNORECASE)


@lru_cache(maxsize=1)
def _side() -> tuple[re.Pattern[str], re.Pattern[str]]:
    data = lexicon.load("request_verbs")
    opener = lexicon.phrase_pattern(data["side_openers"], before=r"^\W*", after=r"\s+")
    possessive = "|".join(re.escape(str(w)) for w in data["side_possessives"])
    tail = re.compile(rf"\s*(?:{possessive})?\s*(?:{lexicon.alternation(data['side_nouns'])})(?![\w-])", re.IGNORECASE)
    return opener, tail


def _side_voice(text: str) -> Voice | None:
    """The voice of a sentence fronted by the side an organisation speaks from ("Frå Utdanningsforbundet si side
    vart det lagt stor vekt på at X", `side_openers`): that organisation; None otherwise."""
    opener, tail = _side()
    found = opener.match(text)
    if found is None:
        return None
    rest = text[found.end():found.end() + 80]
    hits = [h for h in (claimants_in(rest) or organisations_in(rest)) if h.start == 0]
    return Voice((hits[0].name,), False, None, "reported") if hits and tail.match(rest, hits[0].end) else None


@lru_cache(maxsize=1)
def _saying() -> re.Pattern[str]:
    words = lexicon.load("request_verbs")["attribution"]
    return lexicon.phrase_pattern(words)


def quoted_document_voice(block: Block, before: Block | None) -> Voice | None:
    """The voice of a paragraph quoted from an organisation's document after a lead-in that says
    so ("Dette skriver KS i brevet:" and then «...»): that organisation (decision 11); None for
    any other paragraph."""
    if before is None or before.kind == "heading" or not block.text.lstrip().startswith(QUOTE_OPENERS):
        return None
    lead = before.text.rstrip()
    if not lead.endswith(":") or not _saying().search(lead):
        return None
    hits = claimants_in(lead) or organisations_in(lead)
    return Voice((hits[0].name,), False, None, "reported") if hits else None


@lru_cache(maxsize=1)
def _bodies() -> re.Pattern[str]:
    return re.compile(rf"^\W*({lexicon.alternation(lexicon.load('request_verbs')['own_bodies'])})(?![\w-])",
                      re.IGNORECASE)


def body_voice(text: str, document_text: str) -> Voice | None:
    """The voice of a sentence whose subject is a bare governing body ("Fylkesstyret bad også om at
    X", "Hovudstyret meiner ..."): the one organisation the document names that body with
    ("Fylkesstyret i KS Nordby", "hovedstyret i KS"); None when the sentence opens otherwise or the
    document names the body with no organisation or with several."""
    opener = _bodies().match(text)
    if opener is None:
        return None
    word = re.escape(opener.group(1))
    named = {hits[0].name for m in re.finditer(rf"(?<![\w-])(?i:{word})\s+(?:i|for|til)\s+", document_text)
             if (hits := [h for h in claimants_in(document_text[m.end():m.end() + 40]) if h.start == 0])}
    return Voice((named.pop(),), False, None, "reported") if len(named) == 1 else None


@lru_cache(maxsize=1)
def _noun_source() -> re.Pattern[str]:
    """A request noun and who it came from ("Kravet fra KS om at", "Ønsket frå regionrådet om at", `request_nouns`
    whose last word is "om"/"at"/"til" with a source before it)."""
    nouns = lexicon.alternation(sorted({str(n).rsplit(" ", 1)[0] for n in lexicon.load("request_verbs")["request_nouns"]}))
    return re.compile(rf"(?<![\w-])(?:{nouns})\s+(?:fra|frå)\s+(?P<who>[^,.!?;:«»]{{1,60}}?)\s+(?:om|at|til)(?![\w-])",
                      re.IGNORECASE)


@lru_cache(maxsize=1)
def _noun_owner() -> re.Pattern[str]:
    """A request noun after the genitive of who made it ("Fylkeskommunens ønske om", "KS' krav om", "KS sitt krav
    om")."""
    nouns = lexicon.alternation(sorted({str(n).rsplit(" ", 1)[0] for n in lexicon.load("request_verbs")["request_nouns"]}))
    return re.compile(rf"(?P<who>(?-i:[A-ZÆØÅ])[^,.!?;:«»]{{0,60}}?)(?:'|(?<=[^s])s|\s+sitt|\s+sin|\s+si|\s+sine)\s+"
                      rf"(?:{nouns})\s+(?:om|at|til)(?![\w-])", re.IGNORECASE)


def noun_source_voice(text: str, document_text: str) -> Voice | None:
    """The voice of a sentence naming a request by the one it came from ("Kravet fra KS om at staten X, ble avvist",
    "Ønsket frå regionrådet om at Y, fekk ei kjølig mottaking", "Fylkeskommunens ønske om X står fast"): that
    organisation, a bare governing body as the
    document names it ("Regionrådet for Hallingdal"); None when no request noun has a source."""
    found = _noun_source().search(text)
    if found is None:
        owned = _noun_owner().search(text)  # the owner opening the sentence: not "kritisk til KS' krav om X" (a voice
        head = text[:owned.start("who")] if owned else ""  # on the demand)
        who = owned.group("who") if owned else ""
        hits = [h for h in (claimants_in(who) or organisations_in(who))
                if h.end == len(who) and not (head + who[:h.start]).strip(" «\"–-")]
        return Voice((council_home(hits[-1].name, document_text, 0),), False, None, "reported") if hits else None
    who = found.group("who")
    hits = [h for h in (claimants_in(who) or organisations_in(who)) if h.start == 0 and h.end == len(who)]
    if not hits:
        return None
    return Voice((council_home(hits[0].name, document_text, 0),), False, None, "reported")
