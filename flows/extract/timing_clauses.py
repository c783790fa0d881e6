"""A timing clause coordinated after a demand ("X, og den må komme før sommeren", `timing_clauses` of
`data/request_verbs.yaml`), or a clause whose subject is a pronoun for that demand ("X, og den må vere
statleg finansiert", "og det må betales over statsbudsjettet", "og det trengs nå"): part of the demand before
it, not a second one (the same measure: decision 5)."""
from __future__ import annotations

import re
from dataclasses import replace
from functools import lru_cache

from flows import lexicon
from flows.extract.cue_patterns import Cue, cue_words


def _timing_clause(subjects: list[str], verbs: list[str], objects: list[str], adverb_before_time: bool) -> re.Pattern[str]:
    """A subject, a verb, an object or second verb and a time ("vi må gjøre det nå", "vi trenger den nå"): an
    adverb may stand after the verb and, where `adverb_before_time`, before the time."""
    data = lexicon.load("request_verbs")["timing_clauses"]
    adverb = rf"(?:(?:{lexicon.alternation(cue_words('adverbs'))})\s+)?"
    return re.compile(rf"(?:{lexicon.alternation(subjects)})\s+(?:{lexicon.alternation(verbs)})\s+{adverb}"
                      rf"(?:{lexicon.alternation(objects)})\s+{adverb if adverb_before_time else ''}"
                      rf"(?:{lexicon.alternation(data['times'])})(?![\w-])", re.IGNORECASE)


@lru_cache(maxsize=1)
def _timing() -> re.Pattern[str]:
    data = lexicon.load("request_verbs")["timing_clauses"]
    return _timing_clause(data["subjects"], cue_words("modals"), data["verbs"], adverb_before_time=False)


@lru_cache(maxsize=1)
def _need_timing() -> re.Pattern[str]:
    data = lexicon.load("request_verbs")["timing_clauses"]
    return _timing_clause(data["need_subjects"], cue_words("need_verbs"), data["need_objects"], adverb_before_time=True)


@lru_cache(maxsize=1)
def _anaphoric() -> re.Pattern[str]:
    """A pronoun ("det", `continuing_subjects`) and a modal, then a verb and the word after it: the pronoun, the
    verb and the word as groups."""
    data = lexicon.load("request_verbs")["timing_clauses"]
    adverb = rf"(?:(?:{lexicon.alternation(cue_words('adverbs'))})\s+)?"
    return re.compile(rf"(det|{lexicon.alternation(data['continuing_subjects'])})\s+"
                      rf"(?:{lexicon.alternation(cue_words('modals'))})\s+{adverb}([a-zæøå]+)(?:\s+([\wæøå]+))?",
                      re.IGNORECASE)


@lru_cache(maxsize=1)
def _new_phrase() -> frozenset[str]:
    return frozenset(w.casefold() for w in lexicon.load("request_verbs")["timing_clauses"]["new_phrase_openers"])


@lru_cache(maxsize=1)
def _need_now() -> re.Pattern[str]:
    """A need clause with nothing but a time after it ("det trengs nå", "det trengst no òg")."""
    data = lexicon.load("request_verbs")["timing_clauses"]
    adverb = rf"(?:\s+(?:{lexicon.alternation(cue_words('adverbs'))}))*"
    return re.compile(rf"det\s+trengs?t?{adverb}(?:\s+(?:{lexicon.alternation(data['times'])}))?{adverb}[\s.!,»”\"]*$",
                      re.IGNORECASE)


def continues(clause: str) -> bool:
    """True when a clause is about the measure asked for just before it: a pronoun for it as the subject of a
    modal and a copula ("den må vere statleg finansiert", "dei bør vere varige"), "det" before a passive or a copula
    with no new noun phrase ("det må betales over statsbudsjettet", "det må være varig"), or a bare need
    with a time ("det trengs nå"). A pronoun for a thing named before with a verb of its own ("den må justeres
    hvert år") is a second action of its own."""
    clause = clause.strip()
    if _need_now().match(clause):
        return True
    found = _anaphoric().match(clause)
    if found is None:
        return False
    subject, verb = found.group(1).casefold(), found.group(2).casefold()
    after = (found.group(3) or "").casefold()
    copulas = {w.casefold() for w in lexicon.load("request_verbs")["timing_clauses"]["copulas"]}
    if after in _new_phrase() or after.isdigit():
        return False
    if subject != "det":
        return verb in copulas
    if verb in copulas:
        return True
    passive = verb.endswith(("es", "ast", "st")) or (verb.endswith("s") and not verb.endswith("ss"))
    if not passive or not after:
        return passive
    data = lexicon.load("request_verbs")["timing_clauses"]
    if after in {w.casefold() for w in data["passive_adjuncts"]}:
        return True  # "det må betales over statsbudsjettet"
    rest = clause[found.end():].strip(" .,;:!?»”\"")
    return after in {w.casefold() for w in data["passive_particles"]} and not rest  # "og det må følges opp."


def joined(text: str, parts: list[tuple[int, int]]) -> list[tuple[int, int]]:
    """The parts of an action text (offsets into `text`) with each part that `continues` the one before
    after ", og" made part of it: "X, og det må betales over statsbudsjettet" is one action."""
    out: list[tuple[int, int]] = []
    for a, b in parts:
        if out and re.fullmatch(r"[\s,]*og\s*", text[out[-1][1]:a]) and continues(text[a:b]):
            out[-1] = (out[-1][0], b)
            continue
        out.append((a, b))
    return out


def timed(text: str, cues: list[Cue]) -> list[Cue]:
    """The cues with a timing clause coordinated after a demand ("X, og den må komme før sommeren",
    `timing_clauses`) made part of that demand: the same measure, when it must come, no second action; a
    need repeated with a pronoun to say when ("X, og vi trenger den nå") is left out, the need is X."""
    out: list[Cue] = []
    for cue in cues:
        if out and cue.kind == "need_verb" and _need_timing().match(text, cue.start) \
                and re.fullmatch(r"[\s,]*og\s*", text[out[-1].end:cue.start]):
            continue
        if out and cue.kind in ("modal", "need") and (_timing().match(text, cue.start) or continues(text[cue.start:cue.end])) \
                and re.fullmatch(r"[\s,]*og\s*", text[out[-1].end:cue.start]):
            out[-1] = replace(out[-1], end=cue.end)
            continue
        out.append(cue)
    return out
