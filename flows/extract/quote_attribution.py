"""AttributionClause clauses: who a quotation or a reported statement belongs to.

Patterns are compiled from `data/speech_verbs.yaml`; the speaker phrase is
resolved with `flows.extract.people`.
"""
from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache

from flows import lexicon
from flows.extract import roles as R
from flows.extract import talk_leads
from flows.extract.people import People, resolve
from flows.model import Mention

SUBJECT_PRONOUN = r"(?:[Hh]an|[Hh]un|[Hh]o|[Hh]en)"
# the quotation opened again after the attribution: ", sier NN, «..." / ", sier NN, – ..."
REOPENED = re.compile(r",\s+(?:«|–\s)")
# a predicate coordinated after the attribution's subject: "«...», sa hun, og la til at ..."
COORDINATED = re.compile(r",\s+(?:og|men)\s")
# the subject right after the verb of an inverted lead-in: a pronoun or a capitalised name
INVERTED_SUBJECT = re.compile(rf"\s+({SUBJECT_PRONOUN}(?![\w-])|[A-ZÆØÅ][\wæøåÆØÅ-]+(?: [A-ZÆØÅ][\wæøåÆØÅ-]+){{0,3}})")
# a colon sentence opened by a personal pronoun and its verb ("Ho retter òg kritikk mot KS:")
PRONOUN_OPENING = re.compile(rf"^({SUBJECT_PRONOUN})\s+[a-zæøå]+\s")
# a coordinated main clause opens just before a person ("..., og NN gjentok bodskapen:")
CLAUSE_OPENING = re.compile(r"(?:,\s+(?:og|men|så)|\s(?:og|men))\s+$")
# "Det fikk NN til å sukke:", "Det fekk ordføraren til å reagere:": the causative's object does what the colon announces
CAUSATIVE_BEFORE = re.compile(r"(?<![\w-])(?:fikk|fekk|får)\s+(?:[^\s,.;:]+\s+){0,4}?(?:[^\s,.;:]+,\s+)?$", re.IGNORECASE)
CAUSATIVE_AFTER = re.compile(r"^[^.;:]{0,40}?\s+til\s+å\s")


@lru_cache(maxsize=1)
def _data() -> dict:
    return lexicon.load("speech_verbs")


# the definite object a lead verb may take before its particle: "innledet møtet med å", "opna innlegget med å"
LEAD_OBJECT = r"\s+(?:[a-zæøå]+(?:et|en|a)\s+)?"


def _phrase(items: list[str], gap: bool | str = True) -> str:
    """Alternation of verb phrases; between their words an adverb may stand (`gap`), or only a
    definite object after the first word (`gap="object"`), or nothing (`gap=False`)."""
    adverbs = lexicon.alternation(_data()["adverbs"])
    inner = _data().get("inner_adjunct") or r"(?!x)x"
    joiner = rf"\s+(?:(?:{adverbs}|{inner})\s+)?" if gap is True else r"\s+"
    if gap == "object":
        ordered = sorted({str(i) for i in items}, key=lambda s: (-len(s), s))
        return "|".join(re.escape(item.split()[0]) + (LEAD_OBJECT + r"\s+".join(re.escape(w) for w in item.split()[1:])
                                                     if len(item.split()) > 1 else "") for item in ordered)
    ordered = sorted({str(i) for i in items}, key=lambda s: (-len(s), s))
    return "|".join(joiner.join(re.escape(w) for w in item.split()) for item in ordered)


@lru_cache(maxsize=1)
def DIRECT_VERB() -> str:
    return _phrase(_data()["direct"], gap=False)


def _ADJUNCTS() -> str:
    """Prepositions of an adjunct between a verb and its "at" ("skriver i en e-post til NTB at")."""
    return lexicon.alternation(_data()["adjuncts"])


@lru_cache(maxsize=1)
def INDIRECT_VERB() -> str:
    """A verb of saying or thinking, or one led into ("åpnet med å vise til")."""
    return (rf"{_phrase(_data()['indirect'] + _data()['indirect_wanting'] + _data().get('indirect_modal', []))}|(?:{_phrase(_data()['lead_ins'], gap='object')})\s+(?:{_phrase(_data()['infinitive'])})"
            rf"|(?:{_phrase(_data().get('indirect_at') or [])})(?=\s+(?:(?:{_ADJUNCTS()})\s+[^,.;:«»]{{1,40}}?\s+)?at\s)"
            rf"|(?:{_phrase(_data().get('presenting') or [])})\s+[^.:;«»–]{{1,60}}?(?::|\s+om(?=\s+at\s))(?=\s)"
            rf"|(?:{_phrase(_data().get('reminding') or [], gap=False)})\s+(?:[^\s,.;:«»–]+\s+){{1,3}}?om(?=\s+at\s)")


@lru_cache(maxsize=1)
def ADVERBS() -> str:
    return lexicon.alternation(_data()["adverbs"])


@lru_cache(maxsize=1)
def CUE() -> re.Pattern[str]:
    """', sier ' / '? spør ' / ' – sa ' before the subject of a closing attribution."""
    return re.compile(rf"(?:,|(?<=[?!»])|\s–)\s+(?P<verb>{DIRECT_VERB()})\s+(?=\S)")


@lru_cache(maxsize=1)
def SPLIT_CUE() -> re.Pattern[str]:
    """', la hun til.' / ', legger Gram til.' / ', kunne Dal fortelle etter møtet.' / ', kunne
    rådmann Dal fortelle.' / ', heldt ordføraren fram.': a two-word verb around its subject (a pronoun, a name a role
    word may open, or a definite title), with at most a short adjunct after it."""
    pairs = [str(v).split() for v in _data()["direct"] if len(str(v).split()) == 2]
    title = rf"(?:[a-zæøå][\wæøå-]*?)?(?:{R.definite_titles()})"  # ", heldt ordføraren fram."
    alternation = "|".join(rf"{re.escape(a)}\s+(?P<s{i}>{SUBJECT_PRONOUN}|{title}|(?:[a-zæøå][\wæøå-]+ )?[A-ZÆØÅ][\wæøå-]+(?: [A-ZÆØÅ][\wæøå-]+){{0,2}})"
                           rf"\s+{re.escape(b)}" for i, (a, b) in enumerate(pairs))
    adjunct = r"(?:\s+(?:i|etter|under|på|til|før|om)\s+[\wæøå-]+){0,2}"  # ", kunne Dal fortelle etter møtet."
    return re.compile(rf"(?:,|(?<=[?!»])|\s–)\s+(?:{alternation}){adjunct}\s*[.!?]?\s*$")


@lru_cache(maxsize=1)
def IMPERSONAL() -> re.Pattern[str]:
    """', heter det i uttalelsen.': attributed to a document, not a person (the formula ends its clause or a place
    or an adverb follows it)."""
    return lexicon.phrase_pattern(_data()["impersonal"], before=r"(?:,|(?<=[?!»]))\s+",  # not ", står det elevar
                                  after=r"\b(?=\s*(?:[.,:;!?]|$|\s(?:i|på|under|om|videre|vidare|blant|også|òg)\b))",
                                  flags=0)  # framfor ein lærar": there stand pupils


@lru_cache(maxsize=1)
def DET_SA() -> re.Pattern[str]:
    """'Det sa styreleder i KS NN i møtet.' as a sentence of its own after a quotation."""
    return re.compile(rf"^(?:Det|Dette|Slik)\s+(?P<verb>{DIRECT_VERB()})\s+(?P<subj>.+?)\s*[.!]?$")


@lru_cache(maxsize=1)
def LEAD_IN() -> re.Pattern[str]:
    """'Gram sier:' / 'Styreleder i KS, NN, sier følgende:' / 'NN mener:' at the end of a paragraph, also
    with a clause coordinated after it ('Han sa det slik, og jeg har fått lov å sitere ham:')."""
    return re.compile(rf"^(?P<subj>.{{2,120}}?)\s+(?:(?:{ADVERBS()})\s+)?(?P<verb>{DIRECT_VERB()})\b[^.:!?]{{0,30}}"
                      rf"(?:,\s+(?:og|men)\s[^.:!?]{{0,50}})?:\s*$")  # "Han sa det slik, og eg har fått lov å sitere han:"


@lru_cache(maxsize=1)
def MEDIA_TAIL() -> re.Pattern[str]:
    return lexicon.phrase_pattern(_data()["media_tails"], before=r"\s+", after=r"\b.*$", flags=0)


@lru_cache(maxsize=1)
def RECIPIENT() -> re.Pattern[str]:
    """The one spoken to after the speaker ("seier NN til Nordby Avis etter møtet", "sa ho overfor
    statsråden"): no part of the speaker's name."""
    return re.compile(r"\s+(?:til|overfor)\s+\S.*$")


@dataclass(frozen=True)
class AttributionClause:
    speaker: Mention | None  # None: attributed, but not to a person (an organisation, a document)
    start: int  # offset of the clause (after the quoted words) in the text searched
    rule: str


def speaker_of(phrase: str, people: People, position: int) -> Mention | None:
    """The person a subject phrase names; None for organisations and documents."""
    phrase = RECIPIENT().sub("", MEDIA_TAIL().sub("", phrase.strip())).strip(" ,")
    if not phrase:
        return None
    return resolve(people, phrase, position)


@lru_cache(maxsize=1)
def _modifier() -> re.Pattern[str]:
    """A word dating or qualifying an office at a subject's start, before its role (`role_modifiers`)."""
    return re.compile(rf"^(?:{lexicon.alternation(lexicon.load('roles')['role_modifiers'])})\s+(?=[\wæøå])",
                      re.IGNORECASE)


@lru_cache(maxsize=1)
def _role_phrase() -> re.Pattern[str]:
    """`R.ROLE_PHRASE`, compiled once: re's own cache drops it among a long text's one-off patterns."""
    return re.compile(R.ROLE_PHRASE(), re.IGNORECASE)


CONTENT_AFTER = re.compile(r"(?<![\w-])at(?![\w-])")  # a content clause after the subject: no closing attribution


def trailing(sentence: str, offset: int, people: People, before: int | None = None) -> AttributionClause | None:
    """The attribution clause closing a quoted sentence, if any.

    The subject runs to the end of the sentence: a pronoun, a name, a title, or
    an organisation or document (then the speaker is None). Pronouns resolve to
    a person mentioned before `before` (the start of the quotation).
    """
    for match in CUE().finditer(sentence):
        subject = REOPENED.split(sentence[match.end():])[0].strip().rstrip(".!?").strip()
        subject = COORDINATED.split(subject)[0]  # "sa hun, og la til at ...": the subject ends at the clause
        subject = _modifier().sub("", subject, count=1)  # "sa daværende styreleder i KS, NN": the role names NN
        if not subject or len(subject.split()) > 25:
            continue
        if CONTENT_AFTER.search(subject.split(",")[0]):
            continue  # "– Når X, sier han i praksis at Y. Det godtar vi ikke, sier hun.": words he is said to say
        first = subject.split()[0]
        if first.casefold().strip(",") in R.collective():
            return AttributionClause(None, match.start(), "collective")
        if _unnamed(subject, people):  # ", sier en ambulansearbeider som ikke vil stå fram": nobody the text names
            return AttributionClause(None, match.start(), "unnamed")
        named = (first[0].isupper() or re.match(r"\d", first) or R.TITLE().match(subject)
                 or _role_phrase().match(subject)
                 or _names_person(subject, people))  # "skriv pressevakt NN": a role word the lists lack
        if not (re.fullmatch(SUBJECT_PRONOUN, first) or named):
            continue  # ", mener vi": the quoted words go on
        position = before if before is not None else offset + match.start()
        speaker = speaker_of(subject, people, position)
        return AttributionClause(speaker, match.start(), "dash_quote_trailing_attribution")
    split = SPLIT_CUE().search(sentence)
    if split:
        subject = next(v for k, v in split.groupdict().items() if v)
        position = before if before is not None else offset + split.start()
        return AttributionClause(speaker_of(subject, people, position), split.start(), "dash_quote_trailing_attribution")
    match = IMPERSONAL().search(sentence)
    if match:
        return AttributionClause(None, match.start(), "impersonal")
    return None


def _unnamed(subject: str, people: People) -> bool:
    """A subject brought in without a name: an indefinite opener and a word in lower case ("en ambulansearbeider
    på Nordby", "ein tilsett"), with no name of the text in it."""
    words = subject.split()
    return len(words) >= 2 and words[0] in _indefinite() and words[1][:1].islower() \
        and not _names_person(subject, people)


@lru_cache(maxsize=1)
def _indefinite() -> frozenset[str]:
    return frozenset(str(w) for w in lexicon.load("pronouns").get("indefinite_openers") or ())


def _names_person(subject: str, people: People) -> bool:
    """The subject holds the full name of a person the text names (after a lower-case role word, also one
    with its field: "fylkesråd for samferdsel NN")."""
    head = " ".join(subject.split()[:6])
    return any(" " in p.name and p.name in head for p in people.persons)


def det_sa(sentence: str, offset: int, people: People) -> AttributionClause | None:
    """'Det sa NN.' closing a run of quoted sentences."""
    match = DET_SA().match(sentence)
    if not match:
        return None
    return AttributionClause(speaker_of(match.group("subj"), people, offset), 0, "dash_quote_det_sa")


# the pronoun after a fronted word and the verb ("Samstundes kom ho med ei utfordring til oss:"; round 47)
INVERTED_PRONOUN = re.compile(r"^[A-ZÆØÅ][\wæøå]*\s+[a-zæøå]+\s+(han|hun|ho|hen)\s")


def lead_in(text: str, offset: int, people: People) -> Mention | None:
    """The speaker announced by a lead-in ending in ':' ('Gram sier:'); failing that, the one
    person the colon sentence names when it has a verb of saying in any order ("Da jeg var der,
    sa ordføreren noe til meg:") or opens with that person ("Ministeren var klar etterpå:", also after
    a role word: "Forbundsleder NN var tydelig i møtet:"), or makes that person act ("Det fikk NN til å
    sukke høyt:")."""
    stripped = text.rstrip()
    sentence = re.split(r"(?<=[.!?])\s+(?![a-zæøå\d§])", stripped.strip())[-1]  # not after a day's number: "levert 6. mars"
    end = offset + len(stripped)
    start = end - len(sentence)
    match = LEAD_IN().match(sentence)
    if match:
        found = subject_speaker(match.group("subj"), people, start)  # a pronoun: the last one named before
        # its own sentence ("Eg snakka med NN. Ho sa:"), not before the paragraph
        if found is not None:
            return found
        # "Til avisa seier ho:" / "Etter møtet sa Dal:": an adverbial first, the subject after the verb
        after = sentence[match.end("verb"):].rstrip(" :")
        inverted = INVERTED_SUBJECT.match(after)
        return subject_speaker(inverted.group(1), people, start) if inverted else None  # "hun": before the sentence
    talk = talk_leads.talk_before_pointer(stripped)
    if talk is not None:  # "I møtet holdt NN et langt innlegg. Vi gjengir hovedpunktene her:"
        return lead_in(talk, offset, people)
    pronoun = PRONOUN_OPENING.match(sentence) or INVERTED_PRONOUN.match(sentence)  # also after a fronted adverb
    if pronoun and sentence.endswith(":") and len(sentence.split()) >= 3:  # "Hun retter også kritikk mot KS:", "Ho var
        return subject_speaker(pronoun.group(1), people, start)  # tydeleg:": the person last named (round 47: three words)
    if not sentence.endswith(":") or len(sentence.split()) < 4:
        return None  # "Statsråden: – ...": a headline label, not a lead-in
    named = [m for m in people.mentions if start <= m.start < end]
    motion, entry = _minutes_leads()
    if named and entry.search(sentence[:named[0].start - start]) and not motion.search(sentence[named[0].end - start:]):
        # the entry's member, whoever else the line names: "Spørsmål frå NN (Sp) til ordføraren, levert skriftleg:"
        return next((p for p in people.persons if p.name == named[0].name), Mention(named[0].name))
    if len({m.name for m in named}) != 1:
        return None
    before = sentence[:named[0].start - start]
    after = sentence[named[0].end - start:]
    if motion.search(after):
        return None  # "NN (H), endringsframlegg:": the motion's text follows, no words of theirs
    if not (named[0].start == start or VERB_IN_SENTENCE().search(sentence) or talk_leads.tells_a_talk(sentence)
            or _labelled_byline(before, after) or CLAUSE_OPENING.search(before)
            or R.ROLE_BEFORE().match(before)  # "Forbundsleder NN var tydelig i møtet:"
            or (CAUSATIVE_BEFORE.search(before) and CAUSATIVE_AFTER.match(after))):  # "Det fikk NN til å sukke:"
        return None  # the person must be the subject: first in the sentence or in a clause of it, or a causative's
    return next((p for p in people.persons if p.name == named[0].name), Mention(named[0].name))


@lru_cache(maxsize=1)
def _minutes_leads() -> tuple[re.Pattern[str], re.Pattern[str]]:
    """A motion after a member's name ("NN (H), endringsframlegg"), a protocol entry before it ("Protokolltilførsel
    frå NN"): `minutes_leads` in speech_verbs.yaml."""
    data = lexicon.load("speech_verbs")["minutes_leads"]
    motion = re.compile(rf"^\s*(?:\([^)]{{1,20}}\))?\s*,\s*(?:{lexicon.alternation(data['motion_nouns'])})(?![\w-])",
                        re.IGNORECASE)
    entry = re.compile(rf"^\s*(?:{lexicon.alternation(data['entry_nouns'])})\s+(?:frå|fra|av)\s+"
                       rf"(?:(?-i:[a-zæøå])[\wæøå-]*\s+){{0,2}}$", re.IGNORECASE)  # the role between: "Svar frå ordførar NN"
    return motion, entry


def _labelled_byline(before: str, after: str) -> bool:
    """A label in capitals before a name with its role and a colon ("KLIPP NN, styreleder i KS:", a radio script's
    sound clip): the line credits the quotation under it."""
    return re.fullmatch(r"[A-ZÆØÅ]{2,}\s+", before) is not None \
        and re.fullmatch(r"(?:\s*\([^()]*\))?(?:,\s+[^,:.]+)?:", after) is not None


@lru_cache(maxsize=1)
def VERB_IN_SENTENCE() -> re.Pattern[str]:
    """A verb of saying anywhere in a sentence."""
    return re.compile(rf"(?<![\w-])(?:{DIRECT_VERB()})(?![\w-])")


def subject_speaker(subject: str, people: People, position: int) -> Mention | None:
    """A sentence subject that names a person: pronoun, name (with apposition) or title."""
    subject = subject.strip(" ,")
    if re.fullmatch(SUBJECT_PRONOUN, subject):
        return resolve(people, subject, position)
    words = subject.split()
    if not words or len(words) > 14:
        return None
    if R.TITLE().fullmatch(subject):
        return resolve(people, subject, position)
    found = resolve(people, subject, position)
    if found is None or found.name.split(" ")[-1] not in subject:
        return None
    return found


@lru_cache(maxsize=1)
def TOLD() -> re.Pattern[str]:
    """The one told, a pronoun or a definite noun, before "at" or a question word ("fortalte statsråden at")."""
    told = lexicon.load("speech_verbs")["told"]
    return re.compile(rf"(?:{lexicon.alternation(told['objects'])}|[a-zæøå]{{3,}}(?:en|et|ne|na))\s+"
                      rf"(?=(?:{lexicon.alternation(told['openers'])})\s)")
