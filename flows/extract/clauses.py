"""Cue finding and action-clause cutting inside one sentence.

`find_cues(sentence)` returns where each demand cue of `data/request_verbs.yaml`
starts and where the demanded action's text runs (sentence-relative offsets).
It does not decide whose voice the sentence is in: the caller does.
"""
from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache

from flows import lexicon
from flows.extract.actors import addressees_in, claimant_pointers, claimants_in, organisations_in

Kind = str  # "request", "passive", "modal", "need", "need_verb", "noun", "after", "proposals", "claim"
NESTABLE = {"noun", "after", "need"}  # cues that stay inside an enclosing demand
WORD = re.compile(r"[\wÆØÅæøå'-]+")
GOVERNMENT_CLAIM = re.compile(r"(?i)(?:regjeringens|regjeringas|statens|departementets|ministerens|statsrådens)\s+$")


@dataclass(frozen=True)
class Cue:
    anchor: int  # where the cue's clause begins
    start: int  # where the demand text begins
    end: int  # where the demand text ends
    kind: Kind
    rule: str
    addressee: str | None = None  # the one asked, when the request names one
    subject: str = ""  # the clause subject (modal and need clauses)


def _words(key: str) -> list[str]:
    return [str(w) for w in lexicon.load("request_verbs")[key]]


def _rx(items: list[str], flags: int = re.IGNORECASE) -> re.Pattern[str]:
    return re.compile(rf"(?<![\w-])(?:{lexicon.alternation(items)})(?![\w-])", flags)


def gapped(items: list[str]) -> re.Pattern[str]:
    """Multi-word cues with an adverb allowed between their words ("det er også behov for",
    "det er difor viktig at")."""
    gap = rf"\s+(?:(?:{lexicon.alternation(_words('adverbs'))})\s+)?"
    ordered = sorted(set(items), key=lambda v: (-len(v), v))
    return re.compile(rf"(?<![\w-])(?:{'|'.join(re.escape(v).replace(chr(92) + ' ', gap) for v in ordered)})(?![\w-])",
                      re.IGNORECASE)


@lru_cache(maxsize=1)
def _patterns() -> dict[str, re.Pattern[str]]:
    data = lexicon.load("request_verbs")
    verbs = [v for forms in data["requests"].values() for v in forms]
    gap = lexicon.alternation([*_words("adverbs"), *_words("inverted_subjects"), *claimant_pointers()])
    inside = rf"\s+(?:(?:{gap}|(?-i:[A-ZÆØÅ][\w-]+))\s+){{0,2}}"  # "tok KS til orde for", "vil Fagforbundet også ha"
    requests = "|".join(re.escape(v).replace(r"\ ", inside, 1).replace(r"\ ", r"\s+")
                        for v in sorted(set(verbs), key=lambda v: (-len(v), v)))
    return {
        "request": re.compile(rf"(?<![\w-])(?:{requests})(?![\w-])", re.IGNORECASE),
        "gap_words": re.compile(rf"(?<=\s)(?:{gap})\s+", re.IGNORECASE),
        "passive": _rx(_words("passive_requests")),
        "modal": re.compile(rf"(?<![\w-])(?:{lexicon.alternation(_words('modals'))})(?![\w-])", re.IGNORECASE),
        "need": gapped(_words("need_clauses")),
        "need_verb": _rx(_words("need_verbs")),
        "noun": _rx(_words("request_nouns")),
        "after": gapped(_words("after_cues")),
        "not_need": _rx(_words("not_needs")),
        "adverb": re.compile(rf"\s*(?:{lexicon.alternation(_words('adverbs'))})(?![\w-])", re.IGNORECASE),
        "inverted": re.compile(rf"\s*(?:{lexicon.alternation(_words('inverted_subjects'))})(?![\w-])", re.IGNORECASE),
        "pointer": re.compile(rf"\s*(?:{lexicon.alternation(claimant_pointers())})(?![\w-])", re.IGNORECASE),
        "comp": re.compile(rf"\s*(?:{lexicon.alternation(_words('complementisers'))})(?![\w-])", re.IGNORECASE),
        "attribution": re.compile(rf"[»”\"]?,[»”\"]?\s+(?:{lexicon.alternation(_words('attribution'))})(?![\w-])",
                                  re.IGNORECASE),
        "descriptive": _rx(_words("descriptive_adverbs")),
        "request_negation": re.compile(rf"\s*(?:(?:{lexicon.alternation(_words('negation_adverbs'))})\s+)?"
                                       rf"(?:{lexicon.alternation(_words('request_negations'))})(?![\w-])",
                                       re.IGNORECASE),
        "contrast": re.compile(rf",?\s*(?:{lexicon.alternation(_words('request_contrasts'))})(?![\w-])\s*",
                               re.IGNORECASE),
        "clause_noun": _rx(_words("clause_only_nouns")),
        "consequence": _rx(_words("consequence_verbs")),
        "instead": re.compile(rf"(?<![\w-])(?:{lexicon.alternation(_words('instead_of'))})\s*$", re.IGNORECASE),
        "adjunct": re.compile(rf"(?:{lexicon.alternation(_words('adjunct_openers'))})\s+(?:[\wæøå]+\s+){{0,2}}?"
                              rf"(?:{lexicon.alternation(_words('adjunct_ends'))})\s*[,.;:!?]?\s*$", re.IGNORECASE),
        "proposals": re.compile(
            rf"(?<![\w-])(?:blant\s+)?(?:{lexicon.alternation(data['proposal_lists']['subjects'])})\s+(?:som\s+)?"
            rf"(?:[\w'-]+\s+){{0,4}}?(?:{lexicon.alternation(data['proposal_lists']['verbs'])})\s+"
            rf"(?:[\w'-]+\s+){{0,3}}?(?:er|var)\s+",  # "... meldt inn før statsbudsjettet er X, Y og Z"
            re.IGNORECASE),
        "negation": _rx(_words("negations")),
        "boundary": re.compile(
            rf"(?<![\w-])(?:{lexicon.alternation(_words('clause_boundaries'))})(?![\w-])|[:;–]|,\s*(?:og|så|samt)?(?![\w-])",
            re.IGNORECASE),
        "opener": _rx(_words("modal_openers")),
        "goal": _rx(_words("goal_subjects")),
        "rhetorical": re.compile(rf"\s*(?:(?:{lexicon.alternation(_words('speaker_pronouns'))})\s+)?"
                                 rf"(?:(?:{lexicon.alternation(_words('adverbs'))})\s+)?"
                                 rf"(?:{lexicon.alternation(_words('rhetorical_after_modal'))})(?![\w-])", re.IGNORECASE),
        "subordinate": _rx(_words("subordinators")),
        "noun_negation": re.compile(
            rf"(?<![\w-])(?:(?:{lexicon.alternation(data['noun_negations']['negations'])})\s+(?:[\wæøå]+\s+)?"
            rf"(?:{lexicon.alternation(data['noun_negations']['quantifiers'])})|"
            rf"(?:{lexicon.alternation(data['noun_negations']['denials'])}))\s+(?:[\wæøå]+\s+)?$", re.IGNORECASE),
        "recipient": re.compile(rf"(?<![\w-])(?:{lexicon.alternation(_words('statement_documents'))})\s+til\s+",
                                re.IGNORECASE),
        "document_clause": re.compile(rf"(?<![\w-])(?:{lexicon.alternation(_words('statement_documents'))})"
                                      rf"\s+(?:der|hvor|kor|som)(?:\s+[\w-]+){{1,2}}$", re.IGNORECASE),
        "claim": re.compile(rf"(?<![\w-])(?:{lexicon.alternation(_words('claim_nouns'))})"
                            rf"(?:\s+(?:fra|frå|til)\s+[^,.:;!?]{{1,60}}?)?\s+(?:er|var|blir)\s+"
                            rf"(?:(?:{lexicon.alternation(_words('claim_adverbs'))})\s*)?(?:at\s+|å\s+|:\s*)",
                            re.IGNORECASE),
        "quantified": re.compile(rf"^(?:{lexicon.alternation(_words('descriptive_quantifiers'))})(?:\s+[\w-]+){{1,2}}"
                                 rf"(?:\s+(?:{lexicon.alternation(_words('adverbs'))}))?$", re.IGNORECASE),
        "receiving": re.compile(rf"\s+(?:(?:{lexicon.alternation(_words('adverbs'))})\s+)?"
                                rf"(?:{lexicon.alternation(_words('receiving_verbs'))})(?![\w-])", re.IGNORECASE),
        "next_clause": re.compile(rf",\s+(?:og|men)\s+(?:{lexicon.alternation(_words('inverted_subjects'))})\s+"
                                  rf"(?:{lexicon.alternation(_words('next_clause_verbs'))})(?![\w-])"),
        "next_subject": re.compile(rf",?\s+(?:og|men)\s+(?:{lexicon.alternation(_words('inverted_subjects'))})\s*$",
                                   re.IGNORECASE),
        "and_speech": re.compile(rf",?\s+og\s+(?:(?:{lexicon.alternation(_words('adverbs'))})\s+)?"
                                 rf"(?:{lexicon.alternation(_words('speech_verbs'))})(?![\w-])", re.IGNORECASE),
    }


def _skip(text: str, pos: int, pattern: re.Pattern[str]) -> int:
    while True:
        match = pattern.match(text, pos)
        if not match or match.end() == pos:
            return pos
        pos = match.end()


def in_document_clause(before: str) -> bool:
    """True when a verb stands in a relative clause on a decision or text of a body, after a short
    subject ("et vedtak der det ber ...", "ein uttale der kommunen krev ..."): the body asks."""
    return bool(_patterns()["document_clause"].search(before))


def _subordinate_subject(before: str) -> bool:
    """True when a verb follows a subordinator and a short subject ("når andre departement ..."),
    unless the clause is on a decision or text of a body (`in_document_clause`)."""
    if in_document_clause(before):
        return False
    words = before.split()
    tail = [w.casefold().strip(",") for w in words[-5:]]
    for i, word in enumerate(tail[:-1]):
        if _patterns()["subordinate"].fullmatch(word) and 1 <= len(tail) - i - 1 <= 3 \
                and not any("," in w for w in words[len(words) - len(tail) + i:]):
            return True
    return False


def _negated_request(text: str, match: re.Match[str], pos: int) -> Cue | None | bool:
    """False when the request at `match` is not negated; else None (it asks for nothing: "Vi
    ønsker ikke at ...") or the cue of what a contrast after it asks for instead ("kommunene
    ber ikke om X, men om å Y": Y)."""
    p = _patterns()
    before = text[:match.start()].rstrip()
    prev = before.split()[-1].casefold() if before.split() else ""
    if not (p["request_negation"].match(text, pos) or p["request_negation"].fullmatch(" " + prev)):
        return False
    contrast = p["contrast"].search(text, match.end())
    if contrast is None:
        return None
    return Cue(match.start(), contrast.end(), len(text), "request", "request_verb")


def inverted_subject_end(text: str, pos: int) -> int | None:
    """Where a subject right after the verb ends ("Det ber vi ...", "..., ba organisasjonen om ...",
    "ba KS-leiaren om at ..."): a pronoun of `inverted_subjects`, a claimant pointer, or an
    organisation that is no addressee; None when no subject stands at `pos`."""
    p = _patterns()
    word = p["inverted"].match(text, pos) or p["pointer"].match(text, pos)
    if word:
        return word.end()
    rest = text[pos:pos + 80]
    hits = [h for h in organisations_in(rest) if rest[:h.start].strip() == ""]
    if hits and not [a for a in addressees_in(rest) if a.start == hits[0].start]:
        return pos + hits[0].end
    return None


def coordinated_addressees(text: str, pos: int) -> tuple[list[str], int]:
    """The ones asked right at `pos` ("Stortinget og regjeringen om ..."): their names in order and
    where they end; an empty list when no addressee stands there."""
    names: list[str] = []
    while True:
        asked = [h for h in addressees_in(text[pos:]) if h.start <= 1]
        if not asked:
            return names, pos
        names.append(asked[0].name)
        pos += asked[0].end
        joint = re.match(r"\s*(?:,|og|eller|samt)\s+(?=\S)", text[pos:])
        if joint is None or not [h for h in addressees_in(text[pos + joint.end():]) if h.start <= 1]:
            return names, pos
        pos += joint.end()


def _request(text: str, match: re.Match[str]) -> Cue | None:
    """'KS ber regjeringen om å X': text X, addressee regjeringen."""
    p = _patterns()
    before = text[:match.start()].rstrip()
    prev = before.split()[-1] if before.split() else ""
    pos = _skip(text, match.end(), p["adverb"])
    negated = _negated_request(text, match, pos)
    if negated is not False:
        return negated  # "Vi ønsker ikke at ...": nothing asked; "ber ikke om X, men om Y": Y
    if not _wanting(text, match, before, prev):
        return None  # "kuttet vil ha store konsekvenser": a prediction, not a wish
    inverted = inverted_subject_end(text, pos)
    if prev.casefold() in {"som", "det", "dette", "noe", "hva", "kva", "den"} and inverted is None \
            and not in_document_clause(before):
        return None
    if _subordinate_subject(before):
        return None  # "når et direktorat foreslår nye regler": a situation, not a request
    if p["instead"].search(before):
        return None  # "i stedet for å be kommunene rapportere ...": what is not wanted
    claimant_subject = any(h.end == len(before) for h in organisations_in(before))
    if _relative_proposal(before, prev) and not claimant_subject:
        return None  # "tiltakene Helsepersonellkommisjonen foreslår": someone else's proposal
    whole = inverted is not None and prev.casefold() in {"det", "dette"} and _clause_opener(before)
    if inverted is not None:
        pos = _skip(text, inverted, p["adverb"])
    addressee = None
    asked, after = coordinated_addressees(text, pos) if _wanting(text, match, before, prev, True) else ((), pos)
    if asked:
        addressee, pos = joint_addressee(asked), after
        pos = _skip(text, pos, p["adverb"])
    if addressee is None:
        addressee = _recipient(before)  # "har i et brev til departementet bedt om at ...": the one written to
    comp = p["comp"].match(text, pos)
    verb = " ".join(p["gap_words"].sub("", match.group(0)).casefold().split()) if " " in match.group(0) \
        else match.group(0).casefold()
    if verb in _words("clause_only_requests") and not (comp and comp.group(0).strip().casefold() in ("at", "om at")):
        return None  # "kommunene venter underskudd": an expectation, not a request
    if comp:
        pos = comp.end()
    elif verb in {"ber", "ba", "bad", "bed", "bede", "bedt", "bedd", "be"} and not asked:
        return None
    start = len(before) - len(prev) if whole else len(text) - len(text[pos:].lstrip())
    cleft = re.match(r",\s*(?:er|var)\s+(?:at\s+|å\s+)?", text[start:])
    if cleft and prev.casefold() in {"det", "vi", "me", "ks"} | claimant_pointers() | {w.casefold() for w in _words("inverted_subjects")}:
        start += cleft.end()  # "Det KS krev, er at X": X
    elif not whole and (p["adjunct"].match(text, start) or text[start:start + 1] in (",", ";", ".")):
        return None  # "slik KS har tatt til orde for i flere år", "svarene vi ønsket oss i dag, men": nothing follows
    return Cue(match.start(), start, len(text), "request", "request_verb", addressee)


def _wanting(text: str, match: re.Match[str], before: str, prev: str, other: bool = False) -> bool:
    """False when a "vil ha X" (`want_verbs`) is no wish of a party: its subject is a thing or
    "det" ("kuttet vil ha", "Det vil ha"), or X is an effect or a pronoun ("vil ha konsekvenser");
    True for every other request verb. With `other`: True only when the verb is not "vil ha"."""
    words = match.group(0).split()
    if f"{words[0]} {words[-1]}".casefold() not in _words("want_verbs"):
        return True
    if other:
        return False  # "vil ha staten med på X": the one who would act stays in the text
    inverted = len(words) > 2  # "vil vi ha", "vil KS også ha": the subject stands inside
    subject = prev.strip(",").casefold()
    if not inverted and not (prev.endswith(",") or prev[:1].isupper() or subject in _words("want_subjects")
                             or subject in claimant_pointers()):
        return False
    rest = text[match.end():]
    obj = re.match(r"\s*(?:(?:ikke|ikkje|også|òg|store?|mye|mykje)\s+)*([\w-]+(?:\s+[\w-]+)?)", rest)
    if obj is None:
        return False
    first = obj.group(1).split()[0].casefold()
    return first not in _words("want_not_objects") and obj.group(1).casefold() not in _words("want_not_objects")


def _recipient(before: str) -> str | None:
    """The one a body's letter or statement before a request verb is sent to ("i et brev til
    departementet bedt om", "i ei fråsegn til Stortinget kravd"): the addressee; None when the
    words before name no such text with its recipient."""
    found = list(_patterns()["recipient"].finditer(before))
    if not found:
        return None
    hits = [h for h in addressees_in(before[found[-1].end():]) if h.start == 0]
    return hits[0].name if hits else None


def _clause_opener(before: str) -> bool:
    """True when the last word before a verb opens its clause: the sentence's first word, or the
    first after a comma and "og"/"men" ("..., og det ba jeg statsråden om å ...")."""
    words = before.split()
    return len(words) == 1 or bool(re.search(r",\s*(?:og|men|så)?\s*\S+$", before))


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
    if head.casefold() in {"i", "fra", "frå", "for"} and len(words) >= 3 and words[-3][:1].isupper():
        return False  # "Fylkesordfører Kari Nordmann i Nordland krever": a person and the place she speaks for
    return head[:1].islower() and head.casefold() not in {"at", "og", "men", "da", "då", "så", "der", "når", "no", "nå"}


def _described(text: str, start: int, cue: re.Match[str]) -> bool:
    """A modal clause that describes a situation, not a call for action: under a negated or
    evaluative main clause ("Det er ikke bærekraftig at kommunene må ...", "Vi kan ikke ha det
    slik at ..."), or with an adverb of present or habitual fact ("I dag må kommunene søke ...",
    "Vi må søke om tilskudd hvert år")."""
    p = _patterns()
    head = text[:start]
    comp = re.search(r"(?<![\w-])at\s*$", head)
    main = re.split(r"[,;:–]", head[:comp.start()])[-1] if comp else ""
    if comp and (p["negation"].search(main) or p["consequence"].search(main)):
        return True  # "Det er ikke bærekraftig at ...", "budsjettet betyr at kommunene må kutte"
    clause_end = p["boundary"].search(text, cue.end())
    clause = text[start:clause_end.start() if clause_end else len(text)]
    return any(not re.search(r"(?<![\w-])(?:enn|fra|frå|etter)\s+$", clause[:m.start()], re.IGNORECASE)
               for m in p["descriptive"].finditer(clause))  # "større enn i dag" compares, it does not describe


def _relative_subject(found: list[tuple[int, int, str]]) -> list[tuple[int, int, str]]:
    """The boundaries before a subject that ends in a relative clause set off by a comma
    (", bør ..." after "X som ..."); unchanged when there is no such clause."""
    if len(found) >= 2 and found[-2][2] == "som" and found[-1][2] == "":
        rest = found[:-2]
        return rest if not rest or rest[-1][1] < found[-2][0] else found
    return found


def _clause_start(text: str, cue_start: int, cues_before: bool) -> tuple[int, bool] | None:
    """Start of the clause whose verb is at `cue_start`, and whether it is inverted.
    None when the clause is relative ("som ... må") or a goal ("Målet må være")."""
    p = _patterns()
    start, boundary = 0, ""
    found = [(m.start(), m.end(), m.group(0).strip(" ,").casefold()) for m in p["boundary"].finditer(text, 0, cue_start)]
    for _, end, word in found:
        start, boundary = end, word
    if found and not boundary and not text[start:cue_start].strip():
        found = _relative_subject(found)  # "Planar som ikkje gir verdi, bør fjernast": the noun before 'som'
        start, boundary = (found[-1][1], found[-1][2]) if found else (0, "")
    if cues_before:
        for match in re.finditer(r"(?<![-\w])(?<!-\s)og(?![\w-])", text[:cue_start]):
            if match.end() > start:
                start, boundary = match.end(), "og"
    segment = text[start:cue_start].strip()
    if boundary == "som" or (segment and p["subordinate"].fullmatch(boundary)):
        return None  # a relative, temporal or conditional clause describes ("når ein veterinær må ...")
    if not segment or p["opener"].fullmatch(segment) or segment.casefold() in {"så", "da", "då"}:
        return len(text) - len(text[cue_start:]), True
    if p["goal"].search(segment.lstrip("–—-«»\"“„ ").split()[0] if segment.split() else ""):
        return None
    if segment.split()[0].casefold() in {"hva", "kva", "hvem", "kven", "hvordan", "korleis"}:
        return None
    return len(text[:start]) + len(text[start:]) - len(text[start:].lstrip()), False


def _subject_clause(text: str, match: re.Match[str], kind: Kind, cues_before: bool) -> Cue | None:
    found = _clause_start(text, match.start(), cues_before)
    if found is None:
        return None
    start, inverted = found
    if kind in ("modal", "passive") and _described(text, start, match):
        return None
    if kind == "modal" and _patterns()["rhetorical"].match(text, match.end()):
        return None  # "vi må innrømme at ...": a comment on what is said, not an action
    if kind == "modal" and _patterns()["quantified"].match(text[start:match.start()].strip()) \
            and not _patterns()["receiving"].match(text, match.end()):
        return None  # "Mange kommuner må kutte i tilbudet": what many are forced to do, a situation
    negated = _patterns()["request_negation"].match(text, match.end())
    if kind == "need_verb" and negated and not re.match(r"\s+(?:bare|berre)(?![\w-])", text[negated.end():]) \
            and not _patterns()["contrast"].search(text, match.end()):
        return None  # "Vi trenger ikke flere utredninger": a negated need asks for nothing
    if kind == "need_verb":
        after = [w for w in re.split(r"[\s.,;:!?»«]+", text[match.end():]) if w]
        if not after or after[0].casefold() in {"i", "på", "til", "for", "med", "av", "ved", "når", "nå", "no", "å",
                                                   "hver", "kvar", "daglig", "dagleg", "alltid", "ofte"}:
            return None  # "tjenestene folk trenger hver dag": the thing needed stands before, in a description
        if inverted and start == match.start():
            start = max(0, text.rfind(" ", 0, max(0, match.start() - 1)) + 1)  # keep the opener ("Da trenger vi")
        if not inverted and text[start:match.start()].strip().casefold() in _words("pronoun_objects"):
            return None  # "Det trenger kommunesektoren": an evaluation of what was said, no action named
        clause = re.match(r"\s+at\s+", text[match.end():])
        if clause and not inverted:  # "Vi trenger at staten ser hele bildet": the clause is the action
            start = match.end() + clause.end()
            return Cue(start, start, len(text), kind, kind, None, text[start:start + 40])
    subject = text[match.end():match.end() + 40] if inverted else text[start:match.start()]
    if kind == "modal" and text[start:match.start()].strip().casefold() in _words("pronoun_objects") \
            and [h for h in addressees_in(text[match.end():match.end() + 40]) if h.start <= 1]:
        start = 0  # "..., og det må staten ta innover seg": the action is only a pronoun, take the sentence (decision 6)
    return Cue(start, start, len(text), kind, kind, None, subject)


def find_cues(text: str) -> list[Cue]:
    """Every demand cue in one sentence, nested cues removed, ends cut."""
    p = _patterns()
    cues: list[Cue] = []
    taken: list[tuple[int, int]] = []

    def free(m: re.Match[str]) -> bool:
        return not any(a < m.end() and m.start() < b for a, b in taken)

    for m in p["need"].finditer(text):
        cues.append(Cue(m.start(), m.start(), len(text), "need", "need_clause"))
        taken.append(m.span())
    for m in p["claim"].finditer(text):  # "KS' krav er at X", "Budskapet fra KS var klart: X"
        if free(m) and not addressees_in(m.group(0)) and not GOVERNMENT_CLAIM.search(text[:m.start()]):
            cues.append(Cue(m.start(), m.end(), len(text), "claim", "claim_copula"))
            taken.append(m.span())
    for m in p["proposals"].finditer(text):  # "Blant tiltakene vi har spilt inn er X, Y og Z"
        cues.append(Cue(m.start(), m.end(), len(text), "proposals", "proposal_list"))
        taken.append(m.span())
    for m in p["after"].finditer(text):
        if free(m):
            cues.append(Cue(m.start(), m.end() + len(text[m.end():]) - len(text[m.end():].lstrip()), len(text), "after", "position_cue"))
            taken.append(m.span())
    not_needs = [m.span() for m in p["not_need"].finditer(text)]
    for m in p["noun"].finditer(text):
        if p["noun_negation"].search(text, 0, m.start()):
            continue  # "har ikke noe ønske om å X": nothing asked
        if free(m) and not any(a <= m.start() < b for a, b in not_needs):
            pos = _skip(text, m.end(), re.compile(r"\s*(?:å|at)(?![\w-])"))
            if pos == m.end() and p["clause_noun"].fullmatch(m.group(0)):
                continue  # "forventninger til møtet": an expectation of an event, nothing asked
            cues.append(Cue(m.start(), len(text) - len(text[pos:].lstrip()), len(text), "noun", "request_noun"))
            taken.append(m.span())
    for m in p["request"].finditer(text):
        if free(m):
            cue = _request(text, m)
            if cue:
                cues.append(cue)
                taken.append(m.span())
    for kind in ("passive", "modal", "need_verb"):
        for m in p[kind].finditer(text):
            if not free(m) or (kind == "modal" and text[m.end():m.end() + 1] == "t"):
                continue
            cue = _subject_clause(text, m, kind, any(c.anchor < m.start() for c in cues))
            if cue:
                cues.append(cue)
                taken.append(m.span())
    return [c for c in _cut(text, _unnest(text, sorted(cues, key=lambda c: (c.anchor, c.start))))
            if not _no_action(text, c)]


QUESTION_KINDS = frozenset({"modal", "passive", "need_verb"})


def _no_action(text: str, cue: Cue) -> bool:
    """True for a cue that names no action (decision 3): a modal with nothing after it (a lead-in
    line "Staten må:" whose items follow), a request for "tre ting:" (the items follow), a position in a question ("Er ikke dette noe kommunene
    må ta selv?"), the clause under a goal ("Målet må være at ...")."""
    words = text[cue.start:cue.end].split()
    if cue.kind == "modal" and words and _patterns()["modal"].fullmatch(words[-1]):
        return True
    if cue.kind == "request" and " ".join(words).casefold() in _words("cataphoric_objects") \
            and text[cue.end:].lstrip().startswith(":"):
        return True  # "vi ber regjeringa om tre ting:": the items that follow are the demands
    if cue.kind in QUESTION_KINDS and text.rstrip(" »”\"").endswith("?"):
        return True
    opening = text.lstrip("–—-«»\"“„ ").split()
    return cue.kind in QUESTION_KINDS and bool(opening) and bool(_patterns()["goal"].fullmatch(opening[0])) \
        and cue.start > 0


@lru_cache(maxsize=1)
def _imperative() -> re.Pattern[str]:
    return re.compile(rf"^[\s«“\"„–—-]*(?:{lexicon.alternation(_words('imperatives'))})(?=\s+[\wæøåÆØÅ])", re.IGNORECASE)


def imperative_cue(text: str, cues: list[Cue]) -> list[Cue]:
    """A sentence in a quotation that opens with a verb in the imperative ("Gi kommunane meir
    fridom", "Inviter oss inn før planen skrives"): the whole sentence, as one cue (none when
    another cue starts the sentence or it is a question)."""
    opener = _imperative().match(text)
    if opener is None or text.rstrip().endswith("?") or any(c.anchor < 3 for c in cues) \
            or re.search(r"(?<![\w-])(?:du|deg|dykk)(?![\w-])", text, re.IGNORECASE):
        return []  # "Ta en titt på tallene, så ser du det": said to the listener, nothing asked
    start = len(text) - len(text.lstrip(" «“\"„–—-"))
    end = cut_end(text, start, len(text))
    if len(WORD.findall(text[start:end])) < 3:
        return []
    return [Cue(start, start, end, "imperative", "imperative")]


def claim_subject(text: str) -> str | None:
    """The words naming whose claim a sentence states ("KS' krav er at ...", "Kravet frå KS er at
    ..."): the sentence up to the copula; None when it states no claim."""
    match = _patterns()["claim"].search(text)
    if match is None:
        return None
    copula = re.search(r"\s(?:er|var|blir)\s", text[match.start():match.end()])
    return text[:match.start() + copula.start()] if copula else None


def _unnest(text: str, cues: list[Cue]) -> list[Cue]:
    kept: list[Cue] = []
    for cue in cues:
        if kept and cue.kind == kept[-1].kind == "noun" and re.search(r",\s|\s(?:og|samt)\s", text[kept[-1].start:cue.anchor]):
            kept.append(cue)  # "behovet for X, Y og behovet for Z": coordinated requests
            continue
        if kept and cue.kind in NESTABLE and cue.anchor >= kept[-1].start and kept[-1].start < cue.anchor \
                and not _patterns()["and_speech"].search(text, kept[-1].start, cue.anchor):
            continue  # (not when "..., og mener det er behov for X" starts a statement of its own)
        if kept and cue.anchor < kept[-1].start:  # a clause inside the previous cue's subject
            continue
        kept.append(cue)
    return kept


def _cut(text: str, cues: list[Cue]) -> list[Cue]:
    out: list[Cue] = []
    for i, cue in enumerate(cues):
        end = min(cues[i + 1].anchor, cues[i + 1].start) if i + 1 < len(cues) else len(text)
        end = cut_end(text, cue.start, end)
        if len(WORD.findall(text[cue.start:end])) >= 2:
            out.append(Cue(cue.anchor, cue.start, end, cue.kind, cue.rule, cue.addressee, cue.subject))
    return out


def first_person_before(text: str) -> bool:
    """True when the words before a verb end in the speaker's own pronoun ("Vi forventer",
    "Derfor ber vi", "Vi har lenge bedt"), adverbs and auxiliaries aside."""
    words = [w.casefold().strip(",") for w in text.split()]
    skip = {w.casefold() for w in _words("adverbs")} | {"har", "hadde", "vil", "ville", "skal"}
    while words and words[-1] in skip:
        words.pop()
    return bool(words) and words[-1] in {w.casefold() for w in _words("speaker_pronouns")}


def has_position(text: str) -> bool:
    """True when a text holds a modal or passive of its own ("regelverket bør forenkles")."""
    p = _patterns()
    return bool(p["modal"].search(text) or p["passive"].search(text))


def cut_end(text: str, start: int, end: int) -> int:
    """Cut a demand text at an attribution, a contrast or a dash; trim connectors."""
    p = _patterns()
    for marker in _words("cut_before"):
        at = text.find(marker, start, end)
        if at > start:
            end = at
    speech = p["and_speech"].search(text, start, end)
    if speech and speech.start() > start:
        end = speech.start()  # "staten må betale ..., og viste til at ...": the subject's next statement
    attribution = p["attribution"].search(text, start, end)
    if attribution and attribution.start() > start:
        end = attribution.start()
    clause = p["next_clause"].search(text, start, end)
    if clause and clause.start() > start:
        end = clause.start()  # "sette ned ei gruppe, og KS vil kome tilbake til saka": what the subject does next
    piece = text[start:end]
    subject = p["next_subject"].search(piece)
    if subject and subject.start() > 0:
        piece = piece[:subject.start()]  # "X, og dei vil ha Y": the subject of the next request is no part of X
    trimmed = re.sub(r"(?:[\s,;:.!?»«(]|(?<![\w-])(?:og|samt|men|eller|derfor|at|om)(?![\w-]))+$", "", piece)
    return start + len(trimmed)
