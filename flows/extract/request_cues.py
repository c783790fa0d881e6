"""Request-verb cues: "KS ber regjeringen om å X" (`request_cue`), with the one asked,
the subject standing after the verb and the guards for requests that ask for nothing
(negated, a prediction, someone else's proposal, a situation under a subordinator).
"""
from __future__ import annotations

import re
from functools import lru_cache

from flows import lexicon
from flows.extract.actors import PERSON_ASKED, ActorHit, addressees_in
from flows.extract.actor_words import claimant_pointers
from flows.extract.organisation_names import organisations_in
from flows.extract.asked_parties import asked_body, asked_group, asked_noun, asked_you, recipient, subject_before, subject_end
from flows.extract.request_subjects import counted_wish, speaker_relative
from flows.extract.cue_patterns import Cue, additive_openers, patterns, cue_words
from flows.extract.roles import is_role
from flows.extract.request_negation import negated_request, skip_over


def in_document_clause(before: str) -> bool:
    """True when a verb stands in a relative clause on a decision or text of a body, after a short
    subject ("et vedtak der det ber ...", "ein uttale der kommunen krev ..."): the body asks."""
    return bool(patterns()["document_clause"].search(before))


def _subordinate_subject(before: str) -> bool:
    """True when a verb follows a subordinator and a short subject ("når andre departement ..."),
    unless the clause is on a decision or text of a body (`in_document_clause`)."""
    if in_document_clause(before):
        return False
    words = before.split()
    tail = [w.casefold().strip(",") for w in words[-8:]]
    for i, word in enumerate(tail[:-1]):
        subject = tail[i + 1:]  # a relative clause may lengthen it: "dersom kommunar som vart slått saman ønskjer"
        if patterns()["subordinate"].fullmatch(word) and 1 <= len(subject) <= (7 if "som" in subject[1:3] else 3) \
                and not any("," in w for w in words[len(words) - len(tail) + i:]):
            return True
    return False


BODY_OF = re.compile(r"\s*[a-zæøå]*(?:styret|rådet|tinget|leiinga|ledelsen)\s+(?:i|for)\s+")  # "fylkesstyret i KS X"


def inverted_subject_end(text: str, pos: int) -> int | None:
    """Where a subject right after the verb ends ("Det ber vi ...", "..., ba organisasjonen om ...",
    "ba KS-leiaren om at ..."): a pronoun of `inverted_subjects`, a claimant pointer, a plural noun for the
    organisations named together before ("ber organisasjonane om", `joint_pointers`), or an
    organisation that is no addressee, also a body of it ("krev fylkesstyret i KS Nordby at"); None when
    no subject stands at `pos`."""
    p = patterns()
    word = p["inverted"].match(text, pos) or p["pointer"].match(text, pos) or p["joint_pointer"].match(text, pos) \
        or _body_pointer().match(text, pos)
    rest = text[pos:pos + 80]
    hits = [h for h in organisations_in(rest) if rest[:h.start].strip() == "" or BODY_OF.fullmatch(rest[:h.start])]
    if hits and (word is None or pos + hits[0].end > word.end()) \
            and not [a for a in addressees_in(rest) if a.start == hits[0].start]:
        return pos + hits[0].end  # the whole name: "ber KS Agder om", not "KS" alone
    if word is None:
        word = ACRONYM_SUBJECT.match(text, pos)  # "I ei fråsegn krev LVK at X": a body by its acronym
    return word.end() if word else None


# an acronym no gazetteer knows right after the verb and before "at" (an addressee is asked "om"): the subject
ACRONYM_SUBJECT = re.compile(r"\s*(?-i:[A-ZÆØÅ]{2,6})(?=\s+at\s)")


def coordinated_addressees(text: str, pos: int) -> tuple[list[str], int]:
    """The ones asked right at `pos` ("Stortinget og regjeringen om ..."): their names in order and
    where they end; an empty list when no addressee stands there."""
    names: list[str] = []
    while True:
        asked = _asked_at(text, pos, bool(names))
        if not asked:
            return names, pos
        names.append(asked[0].name)
        pos += asked[0].end
        joint = re.match(r"\s*(?:,|og|eller|samt)\s+(?=\S)", text[pos:])
        if joint is None or not _asked_at(text, pos + joint.end(), True):
            return names, pos
        pos += joint.end()


def _asked_at(text: str, pos: int, later: bool) -> list[ActorHit]:
    """The addressees named right at `pos`; after the first one also an organisation ("staten og KS om")."""
    asked = [h for h in addressees_in(text[pos:]) if h.start <= 1]
    if asked or not later:
        return asked
    return [h for h in organisations_in(text[pos:pos + 80]) if h.start <= 1]


BE_FORMS = frozenset({"ber", "ba", "bad", "bed", "bede", "bedt", "bedd", "be"})  # "be X Y": X asked, Y the action
ASKED_COMPLEMENT = re.compile(r"\s*(?:om|til)\s+(?:å|at)(?![\w-])", re.IGNORECASE)  # what follows the one asked
ASKED_PERSON = re.compile(r"\s*((?:[A-ZÆØÅ][\wæøåé-]+\s+){1,3}?)(?=om\s+(?:å|at)\s)")  # "bad Tangvald om å"


def request_cue(text: str, match: re.Match[str]) -> Cue | None:
    """'KS ber regjeringen om å X': text X, addressee regjeringen."""
    p = patterns()
    before = text[:match.start()].rstrip()
    prev = before.split()[-1] if before.split() else ""
    pos = skip_over(text, match.end(), p["adverb"])
    adjunct = p["inner_adjunct"].match(text, pos)
    pos = skip_over(text, adjunct.end(), p["adverb"]) if adjunct else pos  # "ba i møtet om at X": X
    if not before and re.match(r"\s+(?:fra|frå|om)\s", text[match.end():]):
        return None  # "Ønsket frå regionrådet om at X": the noun opening the sentence (the noun cue reads it)
    negated = negated_request(text, match, pos)
    if negated is not False:
        return negated  # "Vi ønsker ikke at ...": nothing asked; "ber ikke om X, men om Y": Y
    if not _wanting(text, match, before, prev):
        return None  # "kuttet vil ha store konsekvenser": a prediction, not a wish
    if _modal_asker(match.group(0), before):
        return None  # "Stortinget bør be om X": what another should ask for, the modal clause (subject kept) asks
    if counted_wish(match.group(0), before):
        return None  # "Mange av medlemmene ønsker å jobbe mer": a survey result, no party's demand
    if match.group(0).casefold() in cue_words("request_forms_not_speech") \
            and prev.casefold() in cue_words("noun_determiners"):
        return None  # "Vi har eit ønske til regjeringa:": the noun, not the verb; its sentence asks on its own
    if match.group(0)[:2].casefold() == "øn" and p["greeting"].match(text, match.end()):
        return None  # "vil ønske gjestene velkommen til ...": a greeting, nothing asked
    clausal = match.group(0).casefold().endswith(" at")  # "vil at han skal X": the clause's subject stays
    told = _subject_in_form(match.group(0))  # "vil eg be", "vil vi be": the subject stood inside the form
    inverted = None if clausal or told else inverted_subject_end(text, pos)
    words = before.split()
    if prev.casefold() in {"har", "hadde"} and len(words) >= 2:
        prev = words[-2]  # "som har bede om": the relative "som" before the auxiliary
    if prev.casefold() in {"som", "det", "dette", "noe", "hva", "kva", "den"} and inverted is None \
            and not in_document_clause(before) and not speaker_relative(before):
        return None
    if inverted is None and re.search(rf"(?<![\w-])(?:{lexicon.alternation(cue_words('question_words'))})\s+\S+\s*$",
                                      before, re.IGNORECASE) \
            and not re.match(r"[^,.;:!?]*,\s*(?:er|var)\s", text[match.end():]):  # "Kva KS krev, er at X": a cleft
        return None  # "er tydelig på hva hun vil ha ut av møtet": an indirect question asks for nothing
    if _subordinate_subject(before):
        return None  # "når et direktorat foreslår nye regler": a situation, not a request
    if inverted is None and _thing_requires(match.group(0), before, prev):
        return None  # "Forskriften krever flere skjemaer": what a thing needs, nobody's request
    if p["instead"].search(before):
        return None  # "i stedet for å be kommunene rapportere ...": what is not wanted
    ends = (len(before), subject_end(before))
    claimant_subject = any(h.end in ends for h in organisations_in(before))  # also
    # before auxiliaries and adverbs: "Luster kommune har i tillegg bede fylkeskommunen om å X"
    if _relative_proposal(before, prev) and not claimant_subject:
        return None  # "tiltakene Helsepersonellkommisjonen foreslår": someone else's proposal
    if inverted is None and not clausal and not told and _fronted_adverbial().fullmatch(before.strip(" –—-«»\"")):
        inverted = _person_subject_end(text, pos)  # "I møtet bad Lie Tveit departementet om å X": V2, a person
    whole = inverted is not None and prev.casefold() in {"det", "dette"} and _clause_opener(before)
    if whole and text.rstrip().endswith(":"):
        return None  # "Dette ber kommunestyret regjeringa om:": the pronoun points at the list that follows
    bare = match.group(0).casefold() in BE_FORMS
    body = asked_body(text, pos, before, claimant_subject, bare) if inverted is not None and not clausal else None
    if body is not None:  # "Delta ber KS om å": the subject stood before the verb, the body after it is asked
        inverted = None
    if inverted is not None:
        pos = skip_over(text, inverted, p["adverb"])
    addressee = None
    asked, after = coordinated_addressees(text, pos) if _wanting(text, match, before, prev, True) \
        and not clausal else ((), pos)
    if asked and inverted is None and not told and _fronted(before) and re.match(r"\s*om(?![\w-])", text[after:]):
        asked, pos = (), after  # "For det andre ber kommunen om at X": V2, the one after the verb is the subject
    if asked and inverted is None and body is None:
        second, end = coordinated_addressees(text, skip_over(text, after, p["adverb"]))
        if second and ASKED_COMPLEMENT.match(text, end):
            asked, after = second, end  # "Samstundes ber departementet kommunane om å X": V2, the first is the subject
    if body is not None:
        asked, after = [body[0]], body[1]
    named = None if asked or clausal else ASKED_PERSON.match(text, pos)
    if named:  # "Ho bad Tangvald om å X": a person asked by name, the ministry when a minister (demand_rows)
        asked, after = [PERSON_ASKED + named.group(1).split()[-1]], named.end(1)
    you = None if asked or clausal or named else asked_you(text, pos)
    if you is not None:  # "Eg ber dykk sørgje for X": the readers a letter speaks to are asked
        pos = skip_over(text, you, p["adverb"])
    group = None if asked or clausal or named or you is not None else asked_group(text, pos)
    if group is not None:  # "oppfordrar alle kystkommunane til å X": the group is asked, X is the action
        addressee, pos = group
    if asked:
        addressee, pos = joint_addressee(asked), after
        pos = skip_over(text, pos, p["adverb"])
        place = ASKED_PLACE.match(text, pos)  # "oppfordrer kommunene i Nordland til å X": the place is the group's
        pos = place.end() if place else pos
    elif bare and not named and you is None and group is None \
            and (inverted is not None or subject_before(before, claimant_subject, coordinated=True)):
        noun = asked_noun(text, pos)  # "KS bad direktoratet om å X", "Difor ber eg stortingsrepresentantane om å X": a
        # body named by a common noun is asked
        if noun is not None:
            addressee, pos = noun
    if addressee is None:
        addressee = recipient(before)  # "har i et brev til departementet bedt om at ...": the one written to
    comp = p["comp"].match(text, pos)
    verb = " ".join(p["gap_words"].sub("", match.group(0)).casefold().split()) if " " in match.group(0) \
        else match.group(0).casefold()
    if verb in cue_words("clause_only_requests") and not (comp and comp.group(0).strip().casefold() in ("at", "om at")):
        return None  # "kommunene venter underskudd": an expectation, not a request
    if verb in cue_words("infinitive_only_requests") and not (comp and comp.group(0).strip().casefold() == "til å"):
        return None  # "utfordrer statsråden på X": a challenge, not a request
    if verb in ("ønske", "ønskje") and prev.casefold() in ("skulle", "skulla") \
            and not (comp and comp.group(0).strip().casefold() == "at"):
        return None  # "Eg skulle ønskje dei som lagar reglane, kunne stå her": a sigh; "skulle ønske at staten X" asks
    if comp and verb in _concern_forms() and _negated_fact(text[comp.end():]):
        return None  # "var opptatt av at heltid alene ikke løser mangelen": a concern, no action asked
    if comp:
        pos = comp.end()
    elif verb in BE_FORMS and not asked and you is None:
        return None
    start = len(before) - len(prev) if whole else len(text) - len(text[pos:].lstrip())
    cleft = re.match(r",\s*(?:er|var)\s+(?:at\s+|å\s+)?", text[start:])
    if cleft and prev.casefold() in {"det", "vi", "me", "ks"} | claimant_pointers() | {w.casefold() for w in cue_words("inverted_subjects")}:
        start += cleft.end()  # "Det KS krev, er at X": X
    elif not whole and (p["adjunct"].match(text, start) or text[start:start + 1] in (",", ";", ".")):
        return None  # "slik KS har tatt til orde for i flere år", "svarene vi ønsket oss i dag, men": nothing follows
    return Cue(match.start(), start, len(text), "request", "request_verb", addressee)


def _modal_asker(verb: str, before: str) -> bool:
    """True when a request form opening with a modal ("bør be", `modal_request_forms`) has one who would act as its
    subject ("Departementet bør be TBU om å X", "Stortinget bør be om Y"): the claimant's position that they
    should ask, read by the modal cue with its subject (GUIDELINES rule 6); not "Vi bør be om", "KS bør be om"."""
    if verb.split()[0].casefold() not in cue_words("modal_request_forms"):
        return False
    stripped = before.rstrip(" ,")
    return any(h.end == len(stripped) and not stripped[:h.start].strip(" –—-«»\"") or
               h.end == len(stripped) and stripped[:h.start].rstrip().endswith((",", "at", "og"))
               for h in addressees_in(stripped))


def _wanting(text: str, match: re.Match[str], before: str, prev: str, other: bool = False) -> bool:
    """False when a "vil ha X" (`want_verbs`) is no wish of a party: its subject is a thing or
    "det" ("kuttet vil ha", "Det vil ha"), or X is an effect or a pronoun ("vil ha konsekvenser"); a
    predicate coordinated after a comma (", og vil ha X") shares the subject of the clause before;
    True for every other request verb. With `other`: True only when the verb is not "vil ha"."""
    words = match.group(0).split()
    if f"{words[0]} {words[-1]}".casefold() not in cue_words("want_verbs"):
        return True
    if other:
        return False  # "vil ha staten med på X": the one who would act stays in the text
    inverted = len(words) > 2  # "vil vi ha", "vil KS også ha": the subject stands inside
    subject = prev.strip(",").casefold()
    coordinated = subject == "og" and before[:len(before) - len(prev)].rstrip().endswith(",")  # ", og vil ha X":
    if not inverted and not (prev.endswith(",") or prev[:1].isupper() or subject in cue_words("want_subjects")
                             or subject in claimant_pointers() or coordinated):  # the main clause's subject wants
        return False
    rest = text[match.end():]
    obj = re.match(r"\s*(?:(?:ikke|ikkje|også|òg|store?|mye|mykje)\s+)*([\w-]+(?:\s+[\w-]+)?)", rest)
    if obj is None:
        return False
    first = obj.group(1).split()[0].casefold()
    return first not in cue_words("want_not_objects") and obj.group(1).casefold() not in cue_words("want_not_objects")


@lru_cache(maxsize=1)
def _concern_forms() -> frozenset[str]:
    """The forms of "være opptatt av", as `request_cue` writes a verb (casefolded, gap words out)."""
    return frozenset(" ".join(str(f).casefold().split()) for f in lexicon.load("request_verbs")["requests"]
                     ["være opptatt av"])


def _negated_fact(clause: str) -> bool:
    """True when a content clause is an evaluation that something alone is not enough ("heltid alene
    ikke løser mangelen", "løn åleine ikkje løyser problemet", `alone_words`): what the speaker is
    concerned about, not an action asked for ("at barn ikke blir kasteballer" still asks)."""
    head = " " + " ".join(re.split(r"[,;:.!?]", clause, maxsplit=1)[0].casefold().split()) + " "
    alone = lexicon.alternation(cue_words("alone_words"))
    negation = lexicon.alternation(cue_words("request_negations"))
    return re.search(rf"\s(?:{alone})\s+(?:{negation})\s", head) is not None


def _subject_in_form(form: str) -> bool:
    """True when a request form holds its subject between the modal and the verb ("For det første vil eg be
    kommunane om å X", "I tillegg vil vi be departementet om Y"): the one after the verb is the one asked."""
    words = form.split()
    return len(words) >= 3 and any(w.casefold() in SUBJECT_PRONOUNS() for w in words[1:-1])


@lru_cache(maxsize=1)
def SUBJECT_PRONOUNS() -> frozenset[str]:
    data = lexicon.load("pronouns")
    return frozenset(w.casefold() for w in (*data["subject"], *data["other_subjects"]))


ASKED_PLACE = re.compile(r"\s*i\s+[A-ZÆØÅ][\wæøå-]+(?:\s+og\s+[A-ZÆØÅ][\wæøå-]+)?(?=\s+(?:til|om)\s)")


@lru_cache(maxsize=1)
def _fronted_adverbial() -> re.Pattern[str]:
    return re.compile(str(lexicon.load("request_verbs")["fronted_adverbials"]), re.IGNORECASE)


PERSON_SUBJECT = re.compile(r"\s*(?:(?-i:[A-ZÆØÅ])[\wæøåé-]+(?:\s+(?-i:[A-ZÆØÅ])[\wæøåé-]+){0,3}|(?P<role>[a-zæøå-]+))(?=[\s,])")


def _person_subject_end(text: str, pos: int) -> int | None:
    """Where a person named right after the verb ends (a name, "Lie Tveit", or a definite role, "ordføraren"), when
    the one asked or "om" follows: the subject of a clause inverted after a fronted adverbial; None otherwise."""
    found = PERSON_SUBJECT.match(text, pos)
    if found is None or (found.group("role") and not is_role(found.group("role"))) \
            or [h for h in addressees_in(text[pos:pos + 80]) if h.start <= len(text[pos:found.end()]) - len(found.group(0).lstrip())]:
        return None  # no person, or the one asked stands right after the verb ("ba departementet om")
    follows = coordinated_addressees(text, skip_over(text, found.end(), patterns()["adverb"]))[0]
    return found.end() if follows or re.match(r"\s+(?:om|til\s+å)\s", text[found.end():]) else None


def _fronted(before: str) -> bool:
    """True when all that stands before the verb is an additive or ordinal opener ("For det andre",
    "I tillegg"): the clause is inverted and its subject follows the verb."""
    return bool(before) and _additive_lead().fullmatch(before) is not None


@lru_cache(maxsize=1)
def _additive_lead() -> re.Pattern[str]:
    words = "|".join(re.escape(w) for w in sorted(additive_openers(), key=len, reverse=True))
    return re.compile(rf"\W*(?:{words})\s*,?", re.IGNORECASE)


def _clause_opener(before: str) -> bool:
    """True when the last word before a verb opens its clause: the sentence's first word, or the
    first after a comma and "og"/"men" ("..., og det ba jeg statsråden om å ...")."""
    words = before.split()
    return len(words) == 1 or bool(re.search(r",\s*(?:og|men|så)?\s*\S+$", before))


BODY_ENDINGS = ("styret", "rådet", "tinget", "utvalet", "utvalget", "skapet")  # elected and governing bodies
DEFINITE = re.compile(r"[a-zæøå][a-zæøå-]{2,}(?:en|et|a|ne)")  # "loven", "situasjonen", "ordninga", "reglane"


def _thing_requires(verb: str, before: str, prev: str) -> bool:
    """True when a form of "kreve" that also means "require" (`requirement_forms`) has a thing as its subject:
    a definite common noun right before it (lower case, or capitalised opening the sentence) that names no actor, body, pronoun or statement document
    ("Forskriften krever ...", "ordninga krev ..."; not "kommunen krev", "forbundet krever", "fråsegna krev", nor a
    person named by a definite role, "Fylkesordføreren krever", "leiaren krev")."""
    auxiliary = re.search(rf"\s(?:{lexicon.alternation(cue_words('requirement_auxiliaries'))})$", before, re.IGNORECASE)
    if verb.casefold() in cue_words("requirement_infinitives") and auxiliary is not None:
        before = before[:auxiliary.start()]  # "reformen vil kreve X": the subject before the auxiliary
        prev = before.split()[-1] if before.split() else ""
        verb = cue_words("requirement_forms")[0]
    low = prev.casefold()
    compound = "-" in prev and prev.rsplit("-", 1)[1][:1].islower()  # "BPA-ordningen": an abbreviation, then the noun
    if verb.casefold() not in cue_words("requirement_forms") or not DEFINITE.fullmatch(low) \
            or (prev[:1].isupper() and before.rstrip() != prev and not compound):
        return False  # a capitalised word inside a sentence is a name ("Bondelaget krev")
    if low in claimant_pointers() or low in {w.casefold() for w in cue_words("statement_documents")} \
            or low in {w.casefold() for w in cue_words("own_bodies")} or low.endswith(BODY_ENDINGS) or is_role(low) \
            or low in _body_pointers():
        return False  # "Hovedstyret krever ...", "fylkesstyret krev ...", "Fylkesordføreren krever ...", "Fylket krev": one who asks
    return not any(h.end == len(before) for h in organisations_in(before) + addressees_in(before))


@lru_cache(maxsize=1)
def _body_pointers() -> frozenset[str]:
    """Words for a kind of body that point back to one named before ("fylket", "nettverket"; actors.yaml)."""
    return frozenset(str(w).casefold() for w in (lexicon.load("actors").get("body_pointers") or {}))


@lru_cache(maxsize=1)
def _body_pointer() -> re.Pattern[str]:
    """A body word as the subject right after the verb, before "at" ("kravde nettverket at"); not an object
    ("vil ha fylket med på ...") nor the one asked ("ber fylket om ...")."""
    return lexicon.phrase_pattern(sorted(_body_pointers()), before=r"\s*", after=r"(?=\s+at(?![\w-]))")


def joint_addressee(names: list[str]) -> str:
    """The addressee of a request to several actors ("ber Stortinget og regjeringen om ..."): the
    first one named. The guidelines' addressee is one body; the first named is the one asked
    first, and the others stay in the text the demand points to."""
    return names[0]


def _relative_proposal(before: str, prev: str) -> bool:
    """'tiltakene Helsepersonellkommisjonen foreslår': a named body right after a noun, with no
    'som' (a relative clause), not a person named with title and first name ("Ordfører Ola Nordmann ba")."""
    words = before.split()
    if not prev[:1].isupper() or prev.isupper() or addressees_in(prev) or len(words) < 2 or prev.endswith(","):
        return False  # "Rønning, som er ordfører i Hitra, ba ...": a relative clause closed by a comma
    head = words[-2]
    if head.endswith((":", "–", "—")) or prev.casefold() in {w.casefold() for w in cue_words("speaker_pronouns")}:
        return False  # "For det første: Eg vil be ...": a label before the subject, a pronoun is no named body
    if head.casefold() in {"i", "fra", "frå", "for"} and len(words) >= 3 and words[-3][:1].isupper():
        return False  # "Fylkesordfører Kari Nordmann i Nordland krever": a person and the place she speaks for
    return head[:1].islower() and head.casefold() not in {"at", "og", "men", "da", "då", "så", "der", "når", "no", "nå"}
