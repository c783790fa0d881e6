"""Who a request is made to when the verb's object is an organisation or a letter's recipient.

- `asked_body`: an organisation right after the verb when the clause's subject stood before it ("Delta
  ber KS om å:", "Forbundet oppfordrar KS til å ...", "Vi ber KS om at ...", also after an auxiliary:
  "vi har bedt KS om å ..."): the organisation is the one asked, not an inverted subject;
- `asked_organisation`: the organisation a lead-in asks, for the items under it;
- `recipient`: the one a body's letter or statement before a request verb is sent to, or the one a
  request is made to face to face;
- `asked_you`: the readers or listeners asked in the second person ("Eg ber dykk sørgje for X", "Jeg ber
  dere om å X"): what follows them is the action.
"""
from __future__ import annotations

import re
from functools import lru_cache

from flows import lexicon
from flows.extract.actors import addressees_in
from flows.extract.actor_words import claimant_pointers
from flows.extract.organisation_names import organisations_in
from flows.extract.cue_patterns import patterns, cue_words

AUXILIARIES = frozenset({"har", "hadde", "vil", "skal"})  # "vi har bedt KS om å": the subject before them

ASKED_AFTER = re.compile(r"\s+(?:om|til)\s+(?:å|at)?", re.IGNORECASE)
ASKED_NOUN = re.compile(r"\s*([a-zæøå][\wæøå-]{2,}(?:et|en|a|ne))(?:\s+(?:(frå|fra)|i|på)\s+[A-ZÆØÅ][\wæøå-]+)?"
                        r"(?=\s+om\s+(?:å|at)(?![\w-]))")  # "direktoratet om å", "stortingsrepresentantane frå Innlandet om å"
BARE_VERB = re.compile(r"\s+([a-zæøå][\wæøå-]*)(?=\s)(?!\s+(?:om|at|til)(?![\w-]))")  # "bad KS Vestland ta dette opp"


def asked_body(text: str, pos: int, before: str, claimant_subject: bool,
               bare: bool = False) -> tuple[str, int] | None:
    """(name, end) of an organisation asked right after the verb when the clause's subject stood
    before it ("Delta ber KS om å:", "Forbundet oppfordrar KS til å ...", "Vi ber KS om at ..."): the
    organisation is the one asked, not an inverted subject; None otherwise ("Difor ber KS om ..."). With `bare`
    (a verb "be"), an organisation followed by a bare infinitive is asked whatever stands before the verb
    ("..., og bad KS Vestland ta dette opp", "Vi har bede Sametinget sjå på X")."""
    hits = [h for h in organisations_in(text[pos:pos + 80]) if not text[pos:pos + h.start].strip()]
    if hits and bare and _bare_infinitive(text, pos + hits[0].end):
        return hits[0].name, pos + hits[0].end  # "bad KS Vestland ta dette opp": no subject takes a bare infinitive
    if not subject_before(before, claimant_subject):
        return None
    if not hits:
        return None
    end = _coordinated_end(text, pos + hits[0].end)
    if not ASKED_AFTER.match(text, end):
        return None
    return hits[0].name, end  # the first named, as for the state's bodies (request_cues.joint_addressee)


def _coordinated_end(text: str, end: int) -> int:
    """The end of one more body asked, coordinated with "og" after the first ("ber KS og regjeringen om å"), else `end`."""
    joined = re.match(r"\s+og\s+", text[end:])
    if joined is None:
        return end
    at = end + joined.end()
    window = text[at:at + 80]
    second = [h for h in (*organisations_in(window), *addressees_in(window)) if h.start == 0]
    return at + max(h.end for h in second) if second else end


def subject_before(before: str, claimant_subject: bool, coordinated: bool = False) -> bool:
    """True when a request verb's subject stood before it: a claimant ending right there, or a pronoun or pointer
    before any auxiliaries and adverbs ("vi har også bedt"); with `coordinated`, also a verb coordinated after a
    predicate with "og" ("Ho etterlyste X og bad direktoratet om å Y": the subject of the first verb asks)."""
    words = [w.strip(",").casefold() for w in before.split()]
    while len(words) > 1 and words[-1] in AUXILIARIES | _adverbs():
        words.pop()  # "vi har også bedt KS om å": the subject before the auxiliary and adverbs
    last = words[-1] if words else ""
    return claimant_subject or last in _subject_words() or (coordinated and last == "og" and len(words) > 2) \
        or _definite_subject(before, words)


DEFINITE_NOUN = re.compile(r"[A-ZÆØÅ][a-zæøå-]{2,}(?:et|en|a|ane|ene)")  # "Fylkesstyret", "Kommunen", "Styret"


def _definite_subject(before: str, words: list[str]) -> bool:
    """The sentence opens with one capitalised noun in the definite form right before the verb or its auxiliaries
    and adverbs ("Fylkesstyret ba
    statssekretæren om å X", "Kommunen ber departementet om at Y"), no adverb ("Dessuten ba statssekretæren om X":
    the adverb fronted, the one after the verb its subject)."""
    stripped = before.strip(" –—-«»\"").split()  # "Regionrådet har òg bede KS om": the auxiliary and adverb popped
    return len(words) == 1 and bool(stripped) and DEFINITE_NOUN.fullmatch(stripped[0]) is not None and words[0] not in _adverbs() \
        and words[0] not in _not_subject_openers()


@lru_cache(maxsize=1)
def _not_subject_openers() -> frozenset[str]:
    """Fronted adverbs with a noun's ending (`fronted_adverbs`: "Dessuten", "Igjen", "Etterpå")."""
    return frozenset(w.casefold() for w in cue_words("fronted_adverbs"))


def asked_noun(text: str, pos: int) -> tuple[str | None, int] | None:
    """(the addressee, as the gazetteer names it or else as written, and the end) of one noun in the definite form
    asked right after "be" when "om å"/"om at" follows it ("bad direktoratet om å X", "ber fylkesstyret om å Y"); None
    otherwise."""
    found = ASKED_NOUN.match(text, pos)
    if found is None or found.group(1).casefold() in _not_infinitives():
        return None
    hits = [h for h in addressees_in(found.group(1)) if h.start == 0 and h.end == len(found.group(1))]
    if not hits and found.group(1).casefold() in _singular_county():
        return SINGULAR_COUNTY, found.end()  # "bad fylkeskommunen om å X": the county the text names (one_county)
    if not hits and found.group(1).casefold() == SINGULAR_DIRECTORATE:
        return SINGULAR_DIRECTORATE, found.end()  # "ba direktoratet om å X": the one the text names (one_directorate)
    if hits or found.group(1).casefold() in _pointer_nouns():
        return (hits[0].name if hits else None), found.end()
    written = found.group(0) if found.group(2) else found.group(1)  # "frå Innlandet": whose; "på Stortinget": where
    return " ".join(written.split()), found.end()  # unknown to the gazetteer: the body as written
    # ("stortingsrepresentantane frå Innlandet", "kommunestyret", "vestlandsbenken")


@lru_cache(maxsize=1)
def _pointer_nouns() -> frozenset[str]:
    return frozenset(str(w).casefold() for w in lexicon.load("actors").get("asked_pointer_nouns") or ())


SINGULAR_COUNTY = "fylkeskommunen"
SINGULAR_DIRECTORATE = "direktoratet"


@lru_cache(maxsize=1)
def _singular_county() -> frozenset[str]:
    return frozenset(str(w).casefold() for w in lexicon.load("actors").get("singular_county") or ())


def _bare_infinitive(text: str, pos: int) -> bool:
    """True when a verb in the infinitive follows at `pos` (after "be X": "bede Sametinget sjå på om ...", "bad
    KS Vestland ta dette opp"): a lower-case word that is no function word, adverb or one asked, with no "om"/"at"
    after it ("ber KS derfor om": the adverb, KS the subject; "ber KS regjeringa om": regjeringa asked)."""
    found = BARE_VERB.match(text, pos)
    if found is None or found.group(1).casefold() in _not_infinitives():
        return False
    return not [a for a in addressees_in(text[found.start(1):found.start(1) + 60]) if a.start == 0]


@lru_cache(maxsize=1)
def _not_infinitives() -> frozenset[str]:
    """Words after an organisation following "be" that name no action: adverbs and `bare_request_blockers`."""
    return _adverbs() | frozenset(w.casefold() for w in cue_words("bare_request_blockers"))


def asked_organisation(text: str) -> str | None:
    """The organisation a lead-in asks after its subject ("Delta ber KS om å:", "Vi oppfordrar KS
    til å:"), for the items under it; None when it asks none."""
    p = patterns()
    for match in p["request"].finditer(text):
        before = text[:match.start()].rstrip()
        subject = any(h.end == len(before) for h in organisations_in(before))
        body = asked_body(text, _after_adverbs(text, match.end()), before, subject)
        if body is not None:
            return body[0]
    return None


@lru_cache(maxsize=1)
def _subject_words() -> frozenset[str]:
    """Pronouns and pointers that stand as a clause's subject before its verb ("Vi ber ...", "Dei ber ...")."""
    words = [*cue_words("inverted_subjects"), *claimant_pointers()]
    return frozenset(w.casefold() for w in words if w.casefold() != "ks")


@lru_cache(maxsize=1)
def _adverbs() -> frozenset[str]:
    return frozenset(w.casefold() for w in cue_words("adverbs"))


@lru_cache(maxsize=1)
def _trailing_gap() -> re.Pattern[str]:
    words = lexicon.alternation(sorted(AUXILIARIES | _adverbs(), key=len, reverse=True))
    return re.compile(rf"(?:\s+(?:{words}))+\s*$", re.IGNORECASE)


def subject_end(before: str) -> int:
    """Where a request verb's subject ends before it: before its auxiliaries and adverbs ("Luster kommune har i
    tillegg bede": after "kommune")."""
    tail = before[-100:]  # the auxiliaries and adverbs stand right before the verb: no need to scan further back
    gap = _trailing_gap().search(tail)
    return len(before) - len(tail) + gap.start() if gap else len(before)


def _after_adverbs(text: str, pos: int) -> int:
    """The position after the adverbs at `pos` ("ber også KS om å": after "også")."""
    while (found := patterns()["adverb"].match(text, pos)) is not None and found.end() > pos:
        pos = found.end()
    return pos


def recipient(before: str) -> str | None:
    """The one a body's letter or statement before a request verb is sent to ("i et brev til
    departementet bedt om", "i ei fråsegn til Stortinget kravd"), or the one a request is made
    to face to face ("Overfor statsråden tok hun til orde for"): the addressee; None when the
    words before name no such text with its recipient."""
    source = re.match(rf"\W*(?:{lexicon.alternation(cue_words('source_prepositions'))})\s+", before, re.IGNORECASE)
    if source:  # "Av regjeringen forventer Delta at X": the actor fronted alone before the verb
        hits = [h for h in addressees_in(before[source.end():]) if h.start == 0]
        if hits and not before[source.end() + hits[0].end:].strip():
            return hits[0].name
    found = list(patterns()["recipient"].finditer(before))
    if not found:
        return None
    hits = [h for h in addressees_in(before[found[-1].end():]) if h.start == 0]
    return hits[0].name if hits else None


@lru_cache(maxsize=1)
def _you() -> re.Pattern[str]:
    return re.compile(rf"\s*(?:{lexicon.alternation(cue_words('asked_second_person'))})(?![\w-])", re.IGNORECASE)


def asked_you(text: str, pos: int) -> int | None:
    """The end of a second-person object right after a request verb ("ber dykk", "ber dere"), else None;
    not "de", which is also the third person in bokmål."""
    found = _you().match(text, pos)
    return found.end() if found else None


@lru_cache(maxsize=1)
def _group() -> re.Pattern[str]:
    quantifiers = lexicon.alternation(sorted(cue_words("asked_quantifiers"), key=len, reverse=True))
    return re.compile(rf"\s*(?:{quantifiers})\s+((?:[\wæøåÆØÅ-]+\s+){{1,5}}?)(?=(?:til|om)\s+å\s)", re.IGNORECASE)


@lru_cache(maxsize=1)
def _municipal_plural() -> re.Pattern[str]:
    forms = lexicon.load("actors").get("plural_municipal") or ["kommunene"]
    return re.compile(rf"(?:{lexicon.alternation(forms)})$", re.IGNORECASE)


def asked_group(text: str, pos: int) -> tuple[str | None, int] | None:
    """(addressee, start of "til å"/"om å") when a quantified group stands right after a request verb
    ("oppfordrar alle kystkommunane til å X", "ber samtlige kommuner om å X", "utfordrer alle partiene på
    Stortinget til å X", `asked_quantifiers`): the group is asked and the action follows; the addressee is an
    actor the group names ("Stortinget"), else the municipal side when its last word is a municipal plural or a
    compound of one ("kystkommunane"), else None ("hver og en av dere"). None when no such group stands there."""
    found = _group().match(text, pos)
    if found is None:
        return None
    group = found.group(1).strip()
    hits = addressees_in(group)
    if hits:
        return hits[0].name, found.end()
    last = group.split()[-1]
    return ("kommunene" if _municipal_plural().search(last) else None), found.end()
