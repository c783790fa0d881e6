"""Cue finding and action-clause cutting inside one sentence.

`find_cues(sentence)` returns where each demand cue of `data/request_verbs.yaml`
starts and where the demanded action's text runs (sentence-relative offsets).
It does not decide whose voice the sentence is in: the caller does.
"""
from __future__ import annotations

import re
from dataclasses import replace
from functools import lru_cache

from flows import lexicon
from flows.extract.actors import addressees_in
from flows.extract.announced_lists import RULE as ANNOUNCED_RULE, announced_list, asked_in_lead, asked_in_postmodifier
from flows.extract.cue_patterns import NESTABLE, WORD, GOVERNMENT_CLAIM, Cue, Kind, enumerated_clause, enumeration_opener, gapped, patterns, cue_words
from flows.extract.position_cues import subject_clause_cue
from flows.extract.quoted_titles import title_spans
from flows.extract.asked_parties import recipient
from flows.extract.request_cues import request_cue, skip_over
from flows.extract.timing_clauses import timed
from flows.extract.no_action import no_action

__all__ = ["Cue", "Kind", "gapped", "find_cues", "imperative_cue", "claim_subject", "first_person_before", "has_position", "cut_end"]



INFINITIVE_OBJECT = re.compile(r"(?<![\w-])[Åå]\s+[a-zæøå-]+\s+(?:[a-zæøå-]+\s+)?$")  # "Å senke kravene"


@lru_cache(maxsize=1)
def _exempting_clause() -> re.Pattern[str]:
    return re.compile(rf"(?<![\w-])(?:{lexicon.alternation(cue_words('exempting_subjunctions'))})\s+(?:[\wæøå-]+\s+){{0,4}}$",
                      re.IGNORECASE)


def _exempting(before: str) -> bool:
    """A modal a few words into a clause opened by "uten at"/"utan at" (`exempting_subjunctions`)."""
    return _exempting_clause().search(before) is not None


@lru_cache(maxsize=1)
def _need_subordinator() -> re.Pattern[str]:
    return re.compile(rf"(?<![\w-])(?:{lexicon.alternation(cue_words('need_subordinators'))})\s*$", re.IGNORECASE)


def _conditional_need(before: str) -> bool:
    """A need phrase right after a subjunction ("når det trengs", "der det er behov for det")."""
    return _need_subordinator().search(before) is not None


def find_cues(text: str) -> list[Cue]:
    """Every demand cue in one sentence, nested cues removed, ends cut."""
    p = patterns()
    cues: list[Cue] = []
    taken: list[tuple[int, int]] = []

    def open_at(start: int, end: int) -> bool:
        return not any(a < end and start < b for a, b in taken)

    def free(m: re.Match[str]) -> bool:
        return open_at(m.start(), m.end())

    for m in p["need"].finditer(text):
        if _conditional_need(text[:m.start()]):
            continue  # "når det trengs": a condition, no demand
        cues.append(Cue(m.start(), m.start(), len(text), "need", "need_clause"))
        taken.append(m.span())
    claims = [*p["claim"].finditer(text), *p["claim_inverted"].finditer(text)]  # "Etter møtet var beskjeden frå KS tydeleg: X"
    for m in claims:  # "KS' krav er at X", "Budskapet fra KS var klart: X"
        if INFINITIVE_OBJECT.search(text[:m.start()]):
            continue  # "Å senke kravene er å gi opp": the noun is what an infinitive acts on, no one's claim
        if free(m) and not addressees_in(m.group(0)) and not GOVERNMENT_CLAIM.search(text[:m.start()]):
            cues.append(Cue(m.start(), m.end(), len(text), "claim", "claim_copula"))
            taken.append(m.span())
    item = enumerated_clause().match(text)  # "For det andre at X": an enumerated item that is only its clause
    if item is not None and free(item):
        cues.append(Cue(item.start(), item.end(), len(text), "claim", "enumerated_clause"))
        taken.append(item.span())
    announced = announced_list(text) if ":" in text else None  # "la fram tre krav frå forbundet: A, B og C"
    if announced is not None:
        anchor, noun, members = announced
        asked = recipient(text[:noun]) or asked_in_lead(text, noun) or asked_in_postmodifier(text, noun)
        for n, (a, b) in enumerate(members):
            cues.append(Cue(anchor if n == 0 else a, a, b, "announced", ANNOUNCED_RULE, asked))
        taken.append((anchor, len(text)))
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
        if _modal_subject(text, m):
            continue  # "Kravet om X bør fjernes": the noun names a rule, the subject of the modal that asks
        if p["need_change"].match(text, m.end()) or (p["need_change_modal"].search(text, 0, m.start())
                                                     and p["need_change_verb"].match(text, m.end())):
            continue  # "behovet for plasser vil nesten dobles", "Ifølge KS vil behovet for X dobles": a forecast
        if m.group(0).split()[0].casefold() in _definite_needs() and p["need_measured"].match(text, m.end()):
            continue  # "at behovet for X i dag langt overstiger Y", "behovet for X er stort": a need measured
        if free(m) and not any(a <= m.start() < b for a, b in not_needs):
            pos = skip_over(text, m.end(), re.compile(r"\s*(?:å|at)(?![\w-])"))
            if pos == m.end() and p["clause_noun"].fullmatch(m.group(0)):
                continue  # "forventninger til møtet": an expectation of an event, nothing asked
            subject_end = _noun_subject_end(text, m.start(), pos, pos > m.end())  # "Kravet fra KS om X, ble avvist": X
            cues.append(Cue(m.start(), len(text) - len(text[pos:].lstrip()), subject_end, "noun", "request_noun"))
            taken.append(m.span())
    for question in _why_not_questions(text):  # "Hvorfor kan ikke staten X?": that staten X
        if open_at(question.anchor, question.end):
            cues.append(question)
            taken.append((question.anchor, question.end))
    denied: list[tuple[int, int]] = []  # the clauses of negated wishes ("KS ønskjer ikkje at kravet om X ...")
    for m in p["request"].finditer(text):
        if free(m):
            cue = request_cue(text, m)
            nobody = cue is not None and _nobody_asks(text[:m.start()])  # "ingen ordfører ønsker å X": nobody asks
            if cue and not nobody:
                cues.append(cue)
                taken.append(m.span())
            elif nobody or p["request_negation"].match(text, skip_over(text, m.end(), p["adverb"])):
                ends = [x.start() for x in (p["contrast"].search(text, m.end()), re.compile(r"[;:.!?]\s").search(text, m.end()))
                        if x is not None]
                denied.append((m.end(), min(ends, default=len(text))))
    cues = [c for c in cues if c.kind == "request" or not any(a <= c.anchor < b for a, b in denied)]
    titles = title_spans(text)  # "lederartikkelen «Kommunene må ta ansvar selv»": a modal in a title asks nothing
    for kind in ("passive", "modal", "need_verb"):
        for m in p[kind].finditer(text):
            if not free(m) or (kind == "modal" and text[m.end():m.end() + 1] == "t") \
                    or any(a < m.start() < b for a, b in titles) or (kind == "modal" and _exempting(text[:m.start()])):
                continue  # ... or "uten at hver elev må X": the condition of the action before it
            cue = subject_clause_cue(text, m, kind, any(c.anchor < m.start() for c in cues))
            if cue:
                cues.append(cue)
                taken.append(m.span())
    cut = timed(text, _cut(text, _unnest(text, sorted(cues, key=lambda c: (c.anchor, c.start)))))
    return [cleft_trimmed(text, c) for c in cut if not no_action(text, c)]


@lru_cache(maxsize=1)
def _pseudo_cleft() -> re.Pattern[str]:
    return re.compile(str(lexicon.load("request_verbs").get("pseudo_cleft") or r"(?!x)x"), re.IGNORECASE)


def cleft_trimmed(text: str, cue: Cue) -> Cue:
    """A modal cue of a pseudo-cleft ("Det staten heller bør gjøre, er å videreføre X"): its action starts after "er å"
    (`pseudo_cleft`), the clause before it only points to it; any other cue as it is."""
    if cue.kind != "modal":
        return cue
    cleft = _pseudo_cleft().match(text)
    if cleft is None or not cue.start < cleft.end() < cue.end:
        return cue
    named = addressees_in(text[:cleft.end()])  # "Det staten heller bør gjøre": the one who must act
    return replace(cue, start=cleft.end(), addressee=named[0].name if named else cue.addressee)


@lru_cache(maxsize=1)
def _why_not() -> re.Pattern[str]:
    conf = lexicon.load("request_verbs")["why_not_questions"]
    return re.compile(rf"(?<![\w-])(?:{lexicon.alternation(conf['words'])})\s+(?:{lexicon.alternation(conf['modals'])})\s+"
                      rf"(?:{lexicon.alternation(conf['negations'])})\s+", re.IGNORECASE)


# a definite thing and a passive verb right after the negation ("helgetillegget økes", "ordninga utvidast")
WHY_NOT_PASSIVE = re.compile(r"[a-zæøå-]{3,}(?:en|et|a|ne)\s+(?:[a-zæøå]+\s+){0,2}?[a-zæøå]{2,}(?:es|ast)(?![\w-])")


def _why_not_questions(text: str) -> list[Cue]:
    """A question why an actor will not act, closed by its question mark ("Hvorfor kan ikke staten ta sin del av
    ansvaret?", `why_not_questions`): the demand that the actor named right after the negation acts; the text is the
    question from its question word, the addressee that actor. None without a known actor there ("Hvorfor kan ikke
    vi ..."). Only the cue: the caller decides whose voice the sentence is in."""
    out: list[Cue] = []
    for m in _why_not().finditer(text):
        actor = [h for h in addressees_in(text[m.end():]) if h.start == 0]
        close = text.find("?", m.end())
        if actor and close > m.end() + actor[0].end:
            out.append(Cue(m.start(), m.start(), close, "question", "why_not_question", actor[0].name))
        elif not actor and close > m.end() and WHY_NOT_PASSIVE.match(text, m.end(), close):
            out.append(Cue(m.start(), m.start(), close, "question", "why_not_question", None))  # "Hvorfor skal ikke
            # helgetillegget økes?": the thing named is asked to change, by no one named
    return out


@lru_cache(maxsize=1)
def _nobody() -> tuple[re.Pattern[str], re.Pattern[str]]:
    nobody = lexicon.phrase_pattern(cue_words("nobody_subjects"))
    opener = re.compile(rf"(?:^|[.;:!?]\s|(?<![\w-])(?:{lexicon.alternation(cue_words('clause_openers'))})\s)", re.IGNORECASE)
    return nobody, opener


def _nobody_asks(before: str) -> bool:
    """True when the clause before a request verb has a subject naming no one (`nobody_subjects`)."""
    nobody, opener = _nobody()
    if not nobody.search(before):
        return False
    start = max((m.end() for m in opener.finditer(before)), default=0)
    return bool(nobody.search(before, start))


@lru_cache(maxsize=1)
def _definite_needs() -> frozenset[str]:
    return frozenset(str(w).casefold() for w in lexicon.load("request_verbs")["need_changes"].get("definite_needs", []))


def _modal_subject(text: str, noun: re.Match[str]) -> bool:
    """True when a request noun opens the sentence as the subject of a modal in the same clause
    ("Kravet om netto tilvekst bør fjernes", "Kravet om rapportering må vekk"): a rule in force named
    by its noun, which the modal clause asks to change; the modal is the cue."""
    if text[:noun.start()].strip(" –—-«»\"“„"):
        return False
    clause = re.split(r"[,;:.!?]", text[noun.end():], maxsplit=1)[0]
    return patterns()["modal"].search(clause) is not None



@lru_cache(maxsize=1)
def _imperative() -> re.Pattern[str]:
    """An imperative opening a sentence, also after an enumeration's opener and a colon ("For det andre: Gi ...")."""
    return re.compile(rf"^[\s«“\"„–—-]*(?P<opener>{enumeration_opener()}\s*:\s*)?"
                      rf"(?:{lexicon.alternation(cue_words('imperatives'))})(?=\s+[\wæøåÆØÅ])", re.IGNORECASE)


@lru_cache(maxsize=1)
def _hortative() -> re.Pattern[str]:
    """"La meg ...", "La oss ...": the speakers' imperative to themselves (`hortatives`)."""
    return re.compile(rf"^[\s«“\"„–—-]*(?:{lexicon.alternation(cue_words('hortatives'))})(?![\w-])", re.IGNORECASE)


def imperative_cue(text: str, cues: list[Cue], enumerated: bool = False) -> list[Cue]:
    """A sentence in a quotation that opens with a verb in the imperative ("Gi kommunane meir
    fridom", "Inviter oss inn før planen skrives"): the whole sentence, as one cue (none when
    another cue starts the sentence or it is a question); `enumerated`: only after an enumeration's
    opener and a colon ("For det andre: Gi kommunane X")."""
    opener = _imperative().match(text)
    if opener is None or _hortative().match(text) or (enumerated and not opener.group("opener")) or text.rstrip().endswith("?") or any(c.anchor < 3 for c in cues) \
            or re.search(r"(?<![\w-])(?:du|deg|dykk)(?![\w-])", text, re.IGNORECASE):
        return []  # "Ta en titt på tallene, så ser du det": said to the listener, nothing asked
    start = opener.end("opener") if opener.group("opener") else len(text) - len(text.lstrip(" «“\"„–—-"))
    end = cut_end(text, start, len(text))
    if len(WORD.findall(text[start:end])) < 3:
        return []
    return [Cue(start, start, end, "imperative", "imperative")]


def claim_subject(text: str) -> str | None:
    """The words naming whose claim a sentence states ("KS' krav er at ...", "Kravet frå KS er at
    ..."): the sentence up to the copula, or the claim's noun phrase after an inverted copula ("Etter
    møtet var beskjeden fra KS tydelig: ..."); None when it states no claim."""
    match = patterns()["claim"].search(text)
    if match is None:
        inverted = patterns()["claim_inverted"].search(text)
        return re.sub(r"^\S+\s+", "", inverted.group(0)) if inverted else None
    copula = re.search(r"\s(?:er|var|blir)\s", text[match.start():match.end()])
    return text[:match.start() + copula.start()] if copula else None


def _unnest(text: str, cues: list[Cue]) -> list[Cue]:
    kept: list[Cue] = []
    for cue in cues:
        if kept and cue.kind == kept[-1].kind == "noun" and re.search(r",\s|\s(?:og|samt)\s", text[kept[-1].start:cue.anchor]):
            kept.append(cue)  # "behovet for X, Y og behovet for Z": coordinated requests
            continue
        if kept and cue.kind in NESTABLE and cue.anchor >= kept[-1].start and kept[-1].start < cue.anchor \
                and not patterns()["and_speech"].search(text, kept[-1].start, cue.anchor) \
                and not (cue.kind == "need" and COORDINATED_MAIN.search(text, kept[-1].start, cue.anchor)):
            continue  # (not when "..., og mener det er behov for X" starts a statement of its own)
        if kept and cue.anchor < kept[-1].start:  # a clause inside the previous cue's subject
            continue
        if kept and cue.kind in ("modal", "passive", "need_verb") and kept[-1].kind in ("modal", "request", "noun") \
                and _clause_preposition().search(text, kept[-1].start, cue.anchor) \
                and not re.search(r"[,;:]\s", text[kept[-1].start:cue.anchor]):
            continue  # "bevilger nok til at ingen kommuner må kutte": the clause is part of the action asked (not
            # after a comma: "..., og minte om at kommunane treng X" is a statement of its own)
        if kept and cue.kind == "need_verb" and kept[-1].kind in ("modal", "request") \
                and re.search(r"(?<![\w-])at\s+$", text[kept[-1].start:cue.anchor]) \
                and not re.search(r"[,;:]\s", text[kept[-1].start:cue.anchor]):
            continue  # "Regjeringa må sjå at kommunane treng X": the need is what the addressee must see
        kept.append(cue)
    return kept


@lru_cache(maxsize=1)
def _clause_preposition() -> re.Pattern[str]:
    """A preposition and "at" right before a clause's subject (`clause_prepositions`), no clause break between."""
    words = lexicon.alternation(cue_words("clause_prepositions"))
    return re.compile(rf"(?<![\w-])(?:{words})\s+at\s+$", re.IGNORECASE)


# ", og det trengs X" after a modal clause: a main clause of its own coordinated with it (two
# demands, each could be granted alone: decision 5), not a need inside the first one's action
COORDINATED_MAIN = re.compile(r",\s+(?:og|men|samt)\s+$")


def _cut(text: str, cues: list[Cue]) -> list[Cue]:
    out: list[Cue] = []
    for i, cue in enumerate(cues):
        end = min(cues[i + 1].anchor, cues[i + 1].start) if i + 1 < len(cues) else len(text)
        end = cut_end(text, cue.start, min(end, cue.end) if cue.kind in ("question", "noun") else end)  # at its
        # question mark; a noun subject's content at its predicate ("Kravet fra KS om X, ble avvist")
        if len(WORD.findall(text[cue.start:end])) >= 2:
            out.append(Cue(cue.anchor, cue.start, end, cue.kind, cue.rule, cue.addressee, cue.subject))
    return out


@lru_cache(maxsize=2)
def _predicate(after_comma: bool) -> re.Pattern[str]:
    """The predicate after a request noun that opens its sentence (`subject_noun_predicates`): after a comma (",
    ble avvist"), or with none before it (" ble ikke hørt")."""
    verbs = lexicon.alternation([str(v) for v in lexicon.load("request_verbs")["subject_noun_predicates"]])
    return re.compile(rf"{',' if after_comma else ''}\s+(?:{verbs})(?![\w-])", re.IGNORECASE)


def _noun_subject_end(text: str, anchor: int, pos: int, clausal: bool = False) -> int:
    """Where a request noun's content ends when the noun (after its owner's genitive or not) opens the sentence as its
    subject ("Kravet fra KS om at
    staten skal betale, ble avvist av statsråden": at the comma before the predicate, `subject_noun_predicates`);
    the sentence's end otherwise."""
    before = text[:anchor].strip(" \t\n«\"–-")
    if before and not OWNER_BEFORE.fullmatch(before):
        return len(text)
    found = _predicate(True).search(text, pos)
    bare = None if clausal else _predicate(False).search(text, pos)  # `clausal`: "om at"/"om å" (its verbs its own)
    if bare is not None and not CLAUSE_WORD.search(text, pos, bare.start()) and (found is None or bare.start() < found.start()):
        return bare.start()  # a noun phrase asked for, the predicate with no comma: "Kravet fra KS om nye penger til
        # skolene ble ikke hørt"
    return found.start() if found else len(text)


OWNER_BEFORE = re.compile(r"(?:[A-ZÆØÅ][\w-]*\s+){0,4}[\w-]*(?:'|s|\s+sitt|\s+sin|\s+si|\s+sine)")  # the noun's owner:
# "KS' krav om X", "Nordland fylkeskommunes ønske om Y"
CLAUSE_WORD = re.compile(r"(?<![\w-])(?:som|der|når|og|eller)(?![\w-])", re.IGNORECASE)  # a clause or a second
# noun phrase inside the content ("midler som kan brukes", "penger og folk"): its verb may be the content's


def first_person_before(text: str) -> bool:
    """True when the words before a verb end in the speaker's own pronoun ("Vi forventer",
    "Derfor ber vi", "Vi har lenge bedt"), adverbs and auxiliaries aside."""
    words = [w.casefold().strip(",") for w in text.split()]
    skip = {w.casefold() for w in cue_words("adverbs")} | {"har", "hadde", "vil", "ville", "skal"}
    while words and words[-1] in skip:
        words.pop()
    return bool(words) and words[-1] in {w.casefold() for w in cue_words("speaker_pronouns")}


def has_position(text: str) -> bool:
    """True when a text holds a modal or passive of its own ("regelverket bør forenkles")."""
    p = patterns()
    return bool(p["modal"].search(text) or p["passive"].search(text))


def cut_end(text: str, start: int, end: int) -> int:
    """Cut a demand text at an attribution, a contrast or a dash; trim connectors."""
    p = patterns()
    for marker in cue_words("cut_before"):
        at = text.find(marker, start, end)
        if at > start:
            end = at
    speech = p["and_speech"].search(text, start, end)
    if speech and speech.start() > start:
        end = speech.start()  # "staten må betale ..., og viste til at ...": the subject's next statement
    attribution = p["attribution"].search(text, start, end)
    if attribution and attribution.start() > start:
        end = attribution.start()
    occasion = p["occasion_tail"].search(text, start, end)
    if occasion and occasion.start() > start:
        end = occasion.start()  # "en felles vurdering av X da organisasjonen møtte statsråden": when it was asked
    clause = p["next_clause"].search(text, start, end)
    if clause and clause.start() > start:
        end = clause.start()  # "sette ned ei gruppe, og KS vil kome tilbake til saka": what the subject does next
    piece = text[start:end]
    subject = p["next_subject"].search(piece)
    if subject and subject.start() > 0:
        piece = piece[:subject.start()]  # "X, og dei vil ha Y": the subject of the next request is no part of X
    trimmed = re.sub(r"(?:[\s,;:.!?»«(]|(?<![\w-])(?:og|samt|men|eller|derfor|difor|at|om|då|da|så)(?![\w-]))+$", "",
                     piece)  # "vi treng fleire hender, og då" before "må utdanningskapasiteten aukast"
    return start + len(trimmed)
