"""A claimant's request told by the other side: the government's words that KS asked for something.

A minister or a ministry often reports what KS asked for ("– KS ba om at vi øker integreringstilskuddet, men det kan
vi ikke love, sa statsråden", "Statsråden bekreftet at KS ba om et eget tilskudd til tolketjenester", "Ifølge
statsråden ba KS også om at regjeringen gir kommunene lengre varsel"). The sentence is in the government's voice,
but the request is KS's: its verb of requesting has a claimant as its own subject, right before it ("KS ba om",
"KS har også bedt om") or right after it in a clause inverted after its source ("Ifølge statsråden ba KS også om";
not "Statsråden ba kommunene om å": the one after the verb is asked there). That claimant is the demand's
claimant (GUIDELINES: the organisation the demand is made for), whoever tells it. A pronoun ("de ba om") is left
to the voice of the sentence: it may be anyone's; only when the sentence before it in the paragraph opens with a
claimant ("KS var tydelege på X. Dei bad om at Y") is that claimant the pronoun's (`before`).
"""
from __future__ import annotations

import re
from functools import lru_cache

from flows import lexicon
from flows.extract.actors import claimants_in
from flows.extract.asked_parties import AUXILIARIES, subject_end
from flows.extract.clauses import find_cues
from flows.extract.cue_patterns import cue_words

def _gap_words() -> str:
    """Auxiliaries and adverbs between a request verb and its subject ("KS har også bedt om"), as `asked_parties`
    reads them before a request verb."""
    return lexicon.alternation([*sorted(AUXILIARIES), *cue_words("adverbs")])


@lru_cache(maxsize=1)
def _inverted_gap() -> re.Pattern[str]:
    return re.compile(rf"(?:\s+(?:{_gap_words()}))*\s+om(?![\w-])", re.IGNORECASE)


@lru_cache(maxsize=1)
def _fronted_source() -> re.Pattern[str]:
    """A source fronted before the verb ("Ifølge statsråden ba KS ...", `according_closers`)."""
    return re.compile(rf"^\W*(?:{lexicon.alternation(cue_words('according_closers'))})\s", re.IGNORECASE)


PLURAL_PRONOUNS = frozenset({"de", "dei"})


def _opening_claimant(sentence: str) -> str | None:
    """The claimant a sentence opens with ("KS var tydelige på ...", "Fylkesstyret meinte ..."), or None."""
    lead = len(sentence) - len(sentence.lstrip("–—- \t«"))
    hits = [h for h in claimants_in(sentence[:lead + 80]) if h.start == lead]
    return hits[0].name if hits else None


VERB = re.compile(r"[\wæøå]+(?:\s+om)?", re.IGNORECASE)


def told_claimant(text: str, before_text: str = "") -> str | None:
    """The claimant whose own request a sentence tells (see the module docstring), or None; `before_text`: the
    sentence before it in its paragraph, whose opening claimant a plural pronoun takes up."""
    asking = frozenset(w.casefold() for w in cue_words("told_request_verbs"))
    for cue in find_cues(text):
        verb = VERB.match(text, cue.anchor)
        if cue.kind != "request" or verb is None or verb.group(0).split()[0].casefold() not in asking:
            continue  # "eg har notert meg at kommunane ønskjer X": a wish acknowledged, not a request told
        before = text[:cue.anchor]
        head = before[:subject_end(before.rstrip())]  # before its auxiliaries and adverbs
        hits = [h for h in claimants_in(head) if h.end == len(head)]
        if hits:
            return hits[-1].name  # "KS ba om at ...", "KS har også bedt om ..."
        opener = _opening_claimant(before_text) if head.strip().casefold() in PLURAL_PRONOUNS else None
        if opener is not None:
            return opener  # "KS var veldig tydelige på X. De ba om at ...": the one the sentence before opened with
        if not _fronted_source().match(before):
            continue  # "Statsråden ba kommunene om å X": the subject stood first, the one after the verb is asked
        after = text[verb.end():]
        inverted = [h for h in claimants_in(after[:60]) if h.start == len(after) - len(after.lstrip())]
        if inverted and _inverted_gap().match(after, inverted[0].end):
            return inverted[0].name  # "Ifølge statsråden ba KS også om at ..."
    return None
