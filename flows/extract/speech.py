"""Where a sentence says who speaks: the subject region of a verb of saying or
requesting, and the attribution region closing a quotation paragraph.

These are plain string functions over one sentence or paragraph; the verbs are
`speech_verbs` and `attribution` in `data/request_verbs.yaml`. Whom a region
names (a claimant, a person) is decided by the caller from the mention layer.
"""
from __future__ import annotations

import re
from functools import lru_cache

from flows import lexicon
from flows.extract import roles as R
from flows.extract.actor_words import claimant_pointers
from flows.extract.cue_patterns import enumeration_opener
from flows.extract.organisation_names import organisations_in

PRONOUNS = frozenset(str(p) for p in lexicon.load("pronouns")["subject"])  # han, hun, ho, hen
CAPITALISED = r"[A-ZÆØÅ][a-zæøåéü]+(?:-[A-ZÆØÅ][a-zæøåéü]+)?"
TWO_CAPITALISED = re.compile(rf"(?<![\w-]){CAPITALISED}\s+{CAPITALISED}")  # the shape of a full name


@lru_cache(maxsize=1)
def SPEECH() -> re.Pattern[str]:
    """A verb of saying, thinking or requesting; an adverb may stand inside a multi-word verb."""
    data = lexicon.load("request_verbs")
    words = lexicon.alternation([*data["speech_gap_adverbs"], *data["inverted_subjects"]])
    gap = rf"\s+(?:(?:{words}|[A-ZÆØÅ][\w-]+)\s+){{0,2}}"  # "tok også til orde for", "vil Fagforbundet ha"
    nouns = {str(w).casefold() for w in data["request_forms_not_speech"]}
    requests = [v for forms in data["requests"].values() for v in forms if str(v).casefold() not in nouns]
    verbs = lexicon.alternation([*data["speech_verbs"], *requests])  # every form of a request verb too ("kravde")
    return re.compile(rf"(?<![\w-])(?:{verbs.replace(chr(92) + 's+', gap)})(?![\w-])")


@lru_cache(maxsize=1)
def _enumeration() -> re.Pattern[str]:
    """An enumeration's opener before the verb ("For det første", "Og til slutt"; `cue_patterns.enumeration_opener`)."""
    return re.compile(enumeration_opener(), re.IGNORECASE)


# a clause of its own inside the words before the verb ("I brevet heter det at partane ber", "ein uttale der kommunen
# krev"): the verb is that clause's, its subject before it
RELATIVE_TAIL = re.compile(r",\s+som\s+[^,;:]+,?$")  # a relative clause closing a fronted phrase, set off by commas
SUBORDINATE = re.compile(r"(?<![\w-])(?:at|som|der|når|fordi|dersom|hvis|viss|da|då|om)(?![\w-])", re.IGNORECASE)


@lru_cache(maxsize=1)
def _fronted_phrase() -> re.Pattern[str]:
    """A prepositional phrase put first, no comma in it ("I et brev til Helse- og omsorgsdepartementet", "Etter møtet
    med statsråden"; `fronted_prepositions`): the verb comes second and its subject after it, so the names inside the
    phrase are none of the subject's."""
    words = lexicon.alternation(lexicon.load("speech_verbs")["fronted_prepositions"])
    return re.compile(rf"(?:{words})\s+[^,;:]+", re.IGNORECASE)


@lru_cache(maxsize=1)
def _PASSIVE() -> re.Pattern[str]:
    """A passive auxiliary right before a verb of requesting (`passive_auxiliaries`)."""
    data = lexicon.load("request_verbs")
    auxiliaries, adverbs = lexicon.alternation(data["passive_auxiliaries"]), lexicon.alternation(data["speech_gap_adverbs"])
    return re.compile(rf"(?<![\w-])(?:{auxiliaries})(?:\s+(?:{adverbs}))?$", re.IGNORECASE)


@lru_cache(maxsize=1)
def _attribution() -> re.Pattern[str]:
    verbs = lexicon.load("request_verbs")["attribution"]
    return re.compile(rf"(?:^|[,.!?»]\s*|^Det\s+)(?:{lexicon.alternation(verbs)})\s+(?P<who>[^.!?]*)[.!?]?\s*$")


def attribution_of(text: str) -> str | None:
    """The attribution region of a quotation paragraph ("sier styreleder i KS, NN")."""
    for sentence in reversed(re.split(r"(?<=[.!?])\s+", text.strip())):
        match = _attribution().search(sentence)
        if match:
            return match.group("who") or ""
    return None


@lru_cache(maxsize=1)
def _speaker_pronouns() -> frozenset[str]:
    return frozenset(str(w).casefold() for w in lexicon.load("request_verbs")["speaker_pronouns"])


@lru_cache(maxsize=1)
def _idioms() -> re.Pattern[str]:
    """Phrases holding a verb of saying that report no one's words (`not_saying` in request_verbs.yaml: "før
    kommunestyrene har fått sagt et ord", "have a say")."""
    return re.compile("|".join(f"(?:{p})" for p in lexicon.load("request_verbs")["not_saying"]), re.IGNORECASE)


def not_saying_spans(text: str) -> list[tuple[int, int]]:
    """The spans of the phrases of `_idioms` in a text: a verb of saying inside one reports no words."""
    return [m.span() for m in _idioms().finditer(text)] if "sagt" in text else []


def _speech(sentence: str) -> list[re.Match[str]]:
    """The verbs of saying or requesting of a sentence, those inside a phrase of `_idioms` left out."""
    found = list(SPEECH().finditer(sentence))
    if not found:
        return found
    spans = not_saying_spans(sentence)
    return [m for m in found if not any(s <= m.start() < e for s, e in spans)]


def speech_subject(sentence: str) -> str | None:
    """The region holding the subject of a verb of saying or requesting, or None."""
    verbs = _speech(sentence)
    if not verbs:
        return None
    match = verbs[0]
    for later in verbs[1:]:
        joined = re.fullmatch(r"\s*,?\s*(?:og|men|mens)\s+(?P<who>[^,.;:]{1,40}?)\s*", sentence[match.end():later.start()])
        if joined:  # "Sykehusene advarer, og forbundet mener X": the subject of the verb that has content
            return joined.group("who")
        break
    before = sentence[:match.start()].strip()
    if _PASSIVE().search(before):
        return None  # "Kommunene ble bedt om å svare": the one asked, not the one who asks
    if re.search(r"[,»”\"]\s*$", before) and len(before.split()) > 2 and _postposed(sentence[match.end():]):
        return _window(sentence, match.end())  # postposed: "X må økes, mener KS"
    if len(before.split()) == 1 and before[:1].isupper() and before not in R.not_names():
        return before  # a surname: "Hansen viste til ..."
    if before.casefold() in _speaker_pronouns():
        return before  # "Jeg mener at kommunene må ...": the speaker, not an inverted subject after the verb
    if _enumeration().fullmatch(before):
        return _window(sentence, match.end())  # "For det andre ber organisasjonane om ...": the subject after the verb
    core = RELATIVE_TAIL.sub("", before)  # "I et felles brev til X, som NTB har fått se, ber ...": the phrase
    if len(core.split()) > 2 and _fronted_phrase().fullmatch(core) and not SUBORDINATE.search(core) \
            and not match.group(0).casefold().endswith(" at"):
        inner = match.group(0).split()[1:-1]  # "I et brev til HOD og FIN ber Vestland fylkeskommune om at"
        if any(w[:1].isupper() for w in inner):
            return " ".join(inner)
        return _window(sentence, match.end())
    if len(before.split()) <= 2 and not organisations_in(before) and not TWO_CAPITALISED.search(before) \
            and before.casefold() not in PRONOUNS and not match.group(0).casefold().endswith(" at"):
        # (a verb that ends in its complementiser, "vil at", has its subject before it)
        inner = match.group(0).split()[1:-1]
        if any(w[:1].isupper() or w.casefold() in PRONOUNS for w in inner):
            return " ".join(inner)  # the subject inside a multi-word verb: "Nå vil KS ha ..."
        return _window(sentence, match.end())  # inverted: "I uttalelsen ber storbyene ..."
    return before


WINDOW = 30  # characters after a verb read as its postposed or inverted subject


LONG_NAME = re.compile(r"\s(?:for|av|og)\s")  # a name of several words joined inside ("Nettverk for fjord- og
# kystkommuner"), not two names side by side ("ber Statsforvalteren Askøy kommune om å": the one who asks, the one asked)


def _window(sentence: str, start: int) -> str:
    """The words after a verb that may hold its subject: `WINDOW` characters, or up to the end of an
    organisation's name the window cuts ("krev fylkesstyret i KS Nordby og Omland at ...": not "KS Nordby"), also one
    that opens the window;
    a name that only begins inside the window ("... når kommu") is left out."""
    end = start + WINDOW
    cut = {h.start for h in organisations_in(sentence[start:end])}  # names the window already holds, maybe cut
    for hit in organisations_in(sentence[start:start + 3 * WINDOW]):
        opens = not sentence[start:start + hit.start].strip() and LONG_NAME.search(hit.name) is not None
        if (hit.start in cut or opens) and hit.start < WINDOW < hit.end:
            end = start + hit.end  # "KS Vestfold" of "KS Vestfold og Telemark"; a long name right after the verb
            # whose cut start names nothing ("ber Nettverk for fjord- og kystkommuner regjeringen om"; round 59)
    return sentence[start:end]


def _postposed(after: str) -> bool:
    """The rest of a sentence after a verb of saying is its subject and not its content
    ("..., mener KS.", "..., skriver KS i brevet.")."""
    words = after.split()
    if words and words[0].casefold().strip(".,") in claimant_pointers():
        return True  # "..., skriver forbundet i ei fråsegn, og krev at ...": the organisation named before
    if not words or len(words) > 10:
        return False
    head = " ".join(words[:3])
    return bool(organisations_in(head) and organisations_in(head)[0].start <= 1 or TWO_CAPITALISED.match(head)
                or words[0].casefold().strip(".,") in PRONOUNS)


@lru_cache(maxsize=1)
def FIRST_PERSON() -> re.Pattern[str]:
    """A first-person word of the speaker's own voice (`first_person_voice` in data/pronouns.yaml)."""
    words = lexicon.load("pronouns")["first_person_voice"]
    return lexicon.phrase_pattern(words)


def is_first_person(text: str) -> bool:
    return bool(FIRST_PERSON().search(text))
