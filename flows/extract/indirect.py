"""Indirect statements: a person (name, pronoun or title) as the subject of a verb
of saying or thinking, with the reported content following.

- subject first: "Gram viste til behovet for ...", "Mette Nord, leder i LO
  Kommune, mener kommunenes innsats er underfinansiert.", "Høie har tidlegare
  sagt at ...", "Statsråden har selv erfaring ..., og viste forståelse for at ...";
- inverted: "I sitt innlegg trakk KS' styreleder frem ...", "Samtidig
  understreket Gram at ...".

Organisations as subjects ("KS mener ...") are not statements (guideline 11).
"""
from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache

from flows.budget import check
from flows import lexicon
from flows.extract.actors import addressees_in, claimants_in
from flows.extract.quote_attribution import ADVERBS, INDIRECT_VERB, SUBJECT_PRONOUN, TOLD
from flows.extract.people import People, resolve
from flows.extract.indirect_subjects import subject_at, subject_ends
from flows.model import Mention, Sentence

AUX = r"(?:har|hadde|har\s+også|vil|ville|kan|kunne)"
MIN_WORDS = 3


@dataclass(frozen=True)
class Reported:
    speaker: Mention
    start: int
    end: int
    rule: str


@lru_cache(maxsize=1)
def _separable() -> dict[str, list[str]]:
    return {str(k): [str(p) for p in v] for k, v in lexicon.load("speech_verbs")["separable"].items()}


@lru_cache(maxsize=1)
def VERB_AFTER_SUBJECT() -> re.Pattern[str]:
    return re.compile(rf",?\s+(?:{AUX}\s+)?(?:(?:{ADVERBS()})\s+)*(?P<verb>{INDIRECT_VERB()})(?![\w-])")


@lru_cache(maxsize=1)
def REQUEST() -> re.Pattern[str]:
    """'ba statsråden vurdere å', 'bad regjeringa om å', 'oppfordret Stortinget til å': the action follows."""
    data = lexicon.load("speech_verbs")
    pronouns = lexicon.alternation(data["object_pronouns"])
    obj = (rf"(?:[A-ZÆØÅ][\w-]*(?:\s+(?:og\s+)?[A-ZÆØÅ][\w-]*){{0,3}}|[a-zæøå-]+(?:en|et|a|ne)|(?:{pronouns}))"
           rf"(?:\s+(?:i|på|ved|frå|fra|rundt)\s+[\wæøå-]+(?=\s+(?:om|til)\s+å\s))?")  # "skulane i regionen om å"
    return re.compile(rf",?\s+(?:{AUX}\s+)?(?:(?:{ADVERBS()})\s+)*(?P<verb>{lexicon.alternation(data['request'])})"
                      rf"\s+(?:(?:{ADVERBS()})\s+)*{obj}\s+(?:(?:{ADVERBS()})\s+)*(?:(?:om|til)\s+)?(?:å\s+)?"
                      rf"(?=(?!(?:i|på|til|for|med|om|og|at|som|fra|frå|av)\s)[a-zæøå])")


@lru_cache(maxsize=1)
def COORDINATED() -> re.Pattern[str]:
    return re.compile(rf"[^.;:«»–]{{0,100}}?,?\s+og\s+(?:{AUX}\s+)?(?:(?:{ADVERBS()})\s+)*(?P<verb>{INDIRECT_VERB()})(?![\w-])")


@lru_cache(maxsize=1)
def INVERTED_HEAD() -> re.Pattern[str]:
    heads = {str(v).split()[0] for v in lexicon.load("speech_verbs")["indirect"] if " " not in str(v)}
    heads |= set(_separable())
    return re.compile(rf"^(?P<adverbial>[A-ZÆØÅ][^,.;:«»–]{{0,70}}?)\s(?P<verb>{lexicon.alternation(sorted(heads))})\s+")


# where a clause with a subject of its own opens: after a coordinating conjunction, or after "at"
# when a pronoun follows ("Eg merka meg at ho sa at ...": the pronoun is a person reported)
CLAUSE = re.compile(rf",?\s(?:og|men|mens|samtidig som|at(?=\s{SUBJECT_PRONOUN}\s))\s")
@lru_cache(maxsize=1)
def COMPLEMENT() -> re.Pattern[str]:
    """'at' (after an optional adjunct such as 'til NTB') that opens the reported content."""
    data = lexicon.load("speech_verbs")
    adjuncts = lexicon.alternation(data["adjuncts"])
    return re.compile(rf"^(?:(?:{adjuncts})\s+[^,.;:«»]{{1,40}}?\s+)?(?:{lexicon.alternation(data['complementisers'])})\s+")


def _content(text: str, start: int) -> tuple[int, int] | None:
    rest = text[start:]
    lead = re.match(rf"\s*(?:(?:{ADVERBS()})\s+)*", rest)
    begin = start + (lead.end() if lead else 0)
    told = TOLD().match(text[begin:])  # "fortalde meg korleis ...": the one told is no part of it
    begin += told.end() if told else 0
    complement = COMPLEMENT().match(text[begin:])
    if complement:
        begin += complement.end()
    end = len(text.rstrip().rstrip(".!?:;"))
    body = text[begin:end]
    if not body or body[0] in "–«:" or len(body.split()) < MIN_WORDS:
        return None
    return begin, end


@lru_cache(maxsize=1)
def SECOND_VERB() -> re.Pattern[str]:
    """', og viste til at ...', ', men sa seg samd i at ...': a second verb of saying with the same subject."""
    return re.compile(rf"(?:,?\s+og|,\s+men)\s+(?:{AUX}\s+)?(?:(?:{ADVERBS()})\s+)*(?P<verb>{INDIRECT_VERB()})(?![\w-])")


def find_all(sentence: Sentence, people: People) -> tuple[Reported, ...]:
    """The indirect statements of one sentence: one, or two when a second verb of
    saying is coordinated with the first ("Ho meiner X, og viste til at Y")."""
    first = find(sentence, people)
    if first is None:
        return ()
    first = _nested(sentence, people, first)
    later = _later_clause(sentence, people, first)
    if later is not None:
        return later
    text = sentence.text
    local = first.start - sentence.start
    second = SECOND_VERB().search(text, local, first.end - sentence.start)
    if second is None or second.start() - local < 1:
        return (first,)
    if not second.group(0).startswith(",") and not re.match(r"\s+at\s", text[second.end():]):
        return (first,)  # "... tar imot flyktningar og peikar på ...": the verb may belong to the content
    span = _content(text, second.end())
    head = text[local:second.start()].rstrip(" ,")
    if span is None or len(head.split()) < MIN_WORDS:
        return (first,)
    if text.startswith("å ", span[0]):  # ", men åtvara mot å svekkje X": the infinitive without its mark
        span = (span[0] + 2, span[1])
    cut = Reported(first.speaker, first.start, sentence.start + local + len(head), first.rule)
    return cut, Reported(first.speaker, sentence.start + span[0], sentence.start + span[1], "indirect_second_verb")


NESTED_RULE = "indirect_nested"


def _nested(sentence: Sentence, people: People, first: Reported) -> Reported:
    """"Han fortel at Rønningen la vekt på at X": a content that is itself a named person's report, their name
    as its subject and a verb of saying after it: X is that person's statement (a pronoun there is left as it is)."""
    text = sentence.text
    local = first.start - sentence.start
    if not text[local:local + 1].isupper() or re.match(rf"{SUBJECT_PRONOUN}(?![\w-])", text[local:]):
        return first
    subject = subject_at(text, local, sentence.start, people)
    verb = VERB_AFTER_SUBJECT().match(text, subject[1]) if subject else None
    span = _content(text, verb.end()) if verb else None
    if subject is None or span is None:
        return first
    return Reported(subject[0], sentence.start + span[0], sentence.start + span[1], NESTED_RULE)


SECOND_CLAUSE = re.compile(r",\s(?:og|men)\s")


def _later_clause(sentence: Sentence, people: People, first: Reported) -> tuple[Reported, ...] | None:
    """", og hun ba departementet vurdere ...": a main clause after a comma and "og"/"men" inside the
    first content, with a person (or a pronoun for one) as its own subject and its own verb of
    saying or requesting, ends the first content and reports the second."""
    text = sentence.text
    local = first.start - sentence.start
    for joint in SECOND_CLAUSE.finditer(text, local, first.end - sentence.start):
        subject = subject_at(text, joint.end(), sentence.start, people)
        if not subject:
            body = [h for h in claimants_in(text[joint.end():joint.end() + 60]) if h.start == 0]
            head = text[local:joint.start()].rstrip(" ,")
            if body and len(head.split()) >= MIN_WORDS and (VERB_AFTER_SUBJECT().match(text, joint.end() + body[0].end)
                                                            or REQUEST().match(text, joint.end() + body[0].end)):
                # ", og KS ba om at ...": an organisation's own words end the first content; they are no
                # person's statement (decision 11), its demand is read by the demand pass
                return (Reported(first.speaker, first.start, first.start + len(head), first.rule),)
            continue
        speaker, end = subject
        verb = VERB_AFTER_SUBJECT().match(text, end) or REQUEST().match(text, end)
        span = _content(text, verb.end()) if verb else None
        head = text[local:joint.start()].rstrip(" ,")
        if span is None or len(head.split()) < MIN_WORDS:
            continue
        rule = "indirect_subject_verb" if verb.re is VERB_AFTER_SUBJECT() else "indirect_request"
        return (Reported(first.speaker, first.start, first.start + len(head), first.rule),
                Reported(speaker, sentence.start + span[0], sentence.start + span[1], rule))
    return None


def _actor_before(text: str) -> bool:
    """An organisation or a body named before "at": a pronoun after it ("regjeringa må vise at ho
    meiner ...") may stand for that actor, not for a person."""
    return bool(claimants_in(text) or addressees_in(text))


def find(sentence: Sentence, people: People) -> Reported | None:
    """The indirect statement of one sentence, or None."""
    text = sentence.text
    starts = [0] + [m.end() for m in CLAUSE.finditer(text)
                    if not m.group(0).endswith("at ") or not _actor_before(text[:m.start()])]
    for clause in starts:
        check()
        subject = subject_ends(text, clause, sentence.start, people)
        if not subject:
            continue
        speaker, ends = subject
        verb = next((v for end in ends for v in [VERB_AFTER_SUBJECT().match(text, end) or REQUEST().match(text, end)
                                                 or (COORDINATED().match(text, end) if clause == 0 else None)] if v),
                    None)
        if verb:
            span = _content(text, verb.end())
            if span:
                rule = {VERB_AFTER_SUBJECT(): "indirect_subject_verb", REQUEST(): "indirect_request"}.get(
                    verb.re, "indirect_coordinated_verb")
                return Reported(speaker, sentence.start + span[0], sentence.start + span[1], rule)
    return _inverted(sentence, people) or _relative(sentence, people) or _parenthetical(sentence, people)


@lru_cache(maxsize=1)
def PARENTHETICAL() -> re.Pattern[str]:
    """', kunne rådmann NN fortelle da ho fekk ordet.': a two-word verb of saying around its subject
    closing a narrative sentence; the sentence before it is what the person said."""
    pairs = [str(v).split() for v in lexicon.load("speech_verbs")["direct"] if len(str(v).split()) == 2]
    verbs = "|".join(rf"{re.escape(a)}\s+(?P<s{i}>{SUBJECT_PRONOUN}|(?:[\wæøå-]+\s+)?[A-ZÆØÅ][\wæøå-]*"
                     rf"(?:\s+[A-ZÆØÅ][\wæøå-]+){{0,2}}|[a-zæøå-]+(?:en|a|et))\s+{re.escape(b)}"
                     for i, (a, b) in enumerate(pairs))
    adjunct = r"(?:\s+(?:da|då|når|etter|i|under|på|til|før|om|ved)\s+[^,.;:«»]{1,60})?"
    return re.compile(rf",\s+(?:{verbs}){adjunct}\s*[.!]?\s*$")


def _parenthetical(sentence: Sentence, people: People) -> Reported | None:
    text = sentence.text
    if text.startswith(("–", "-", "«", '"')):
        return None
    match = PARENTHETICAL().search(text)
    if not match or len(text[:match.start()].split()) < MIN_WORDS + 2:
        return None
    subject = next(v for k, v in match.groupdict().items() if v)
    speaker = resolve(people, subject, sentence.start + match.start())
    if speaker is None:
        return None
    return Reported(speaker, sentence.start, sentence.start + match.start(), "indirect_parenthetical")


@lru_cache(maxsize=1)
def RELATIVE() -> re.Pattern[str]:
    """', som mener ...' right after a person's name: the relative clause reports the person."""
    return re.compile(rf",\s+som\s+(?:{AUX}\s+)?(?:(?:{ADVERBS()})\s+)*(?P<verb>{INDIRECT_VERB()})(?![\w-])")


def _relative(sentence: Sentence, people: People) -> Reported | None:
    """"Det forteller Hansen, som mener staten må ...": a verb of saying in a
    relative clause on a person's name."""
    text = sentence.text
    for mention in people.mentions:
        if not (sentence.start <= mention.start and mention.end <= sentence.end):
            continue
        verb = RELATIVE().match(text, mention.end - sentence.start)
        if verb:
            span = _content(text, verb.end())
            if span:
                speaker = next((p for p in people.persons if p.name == mention.name), Mention(mention.name))
                return Reported(speaker, sentence.start + span[0], sentence.start + span[1], "indirect_relative")
    return None


@lru_cache(maxsize=1)
def _body_words() -> frozenset[str]:
    """Words for an organisation or its body ("fylkesstyret", "regionrådet", "forbundet", "kommunen"): the
    boards, elected bodies, pointers and municipal words of data/actors.yaml."""
    data = lexicon.load("actors")
    words = [*data["ks_boards"], *data["organisation_bodies"], *data["claimant_pointers"], *data["body_pointers"],
             *data["singular_municipal"], *data["plural_municipal"]]
    return frozenset(str(w).casefold() for w in words)


def _body_word(adverbial: str) -> bool:
    """True when an inverted sentence's opening is an organisation's body word, alone or placed ("Styret i
    KS Nordby"), so the subject of its verb."""
    words = adverbial.split()
    return bool(words) and words[0].casefold() in _body_words() and (len(words) == 1 or words[1] in ("i", "for"))


PERSONAL_SUBJECTS = frozenset({"eg", "jeg", "vi", "me", "han", "hun", "ho", "hen", "de", "dei"})


def _inverted(sentence: Sentence, people: People) -> Reported | None:
    text = sentence.text
    head = INVERTED_HEAD().match(text)
    if not head or head.group("adverbial").split()[0] in ("Det", "Dette", "Slik"):
        return None
    if head.group("adverbial").split()[-1].casefold() in PERSONAL_SUBJECTS:
        return None  # "Eg ber statsråden om å ...": the pronoun is the subject, the one after the verb the one asked
    opening = claimants_in(head.group("adverbial"))
    if (opening and opening[0].start == 0) or _body_word(head.group("adverbial")):
        return None  # "KS ber statsråden om ...", "Fylkesstyret (i KS Nordby) bad statsråden om ...": the
        # organisation or its body is the subject, not an adverbial, and the person after the verb the one asked

    subject = subject_at(text, head.end(), sentence.start, people)
    if not subject:
        return None
    speaker, end = subject
    particles = _separable().get(head.group("verb"))
    after = text[end:]
    if particles:
        found = re.match(rf"\s+(?:(?:{ADVERBS()})\s+)*(?:{lexicon.alternation(particles)})(?![\w-])", after)
        if not found:
            return None
        end += found.end()
    span = _content(text, end)
    if not span:
        return None
    return Reported(speaker, sentence.start + span[0], sentence.start + span[1], "indirect_inverted")
