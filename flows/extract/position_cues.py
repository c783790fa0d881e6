"""Position cues: a modal, passive or need clause ("staten må X", "regelverket bør forenkles",
"vi trenger X") with its subject (`subject_clause_cue`), and the guards for clauses that
describe a situation rather than call for an action.
"""
from __future__ import annotations

import re
from functools import lru_cache

from flows import lexicon
from flows.extract.actors import addressees_in
from flows.extract.ministry_actors import is_state_side
from flows.extract.cue_patterns import Cue, Kind, patterns, cue_words


@lru_cache(maxsize=1)
def _embedded_subject() -> re.Pattern[str]:
    """A subject (`embedded_subjects`) and a verb right before an adverb after the modal: the adverb stands in a
    clause of the object's own ("skjønnsmidlene de har i dag", "tilskuddet vi får i dag"), not in the modal's."""
    return re.compile(rf"(?<![\w-])(?:{lexicon.alternation(cue_words('embedded_subjects'))})\s+[\wæøå]+\s+$",
                      re.IGNORECASE)


@lru_cache(maxsize=1)
def _embedded_opener() -> re.Pattern[str]:
    """A clause of time, cause or an indirect question inside the modal's clause (`embedded_clause_openers`)."""
    return lexicon.phrase_pattern(cue_words("embedded_clause_openers"))


def _described(text: str, start: int, cue: re.Match[str]) -> bool:
    """A modal clause that describes a situation, not a call for action: under a negated or
    evaluative main clause ("Det er ikke bærekraftig at kommunene må ...", "Vi kan ikke ha det
    slik at ..."), or with an adverb of present or habitual fact ("I dag må kommunene søke ...",
    "Vi må søke om tilskudd hvert år")."""
    p = patterns()
    head = text[:start]
    comp = re.search(r"(?<![\w-])at\s*$", head)
    main = re.split(r"[,;:–]", head[:comp.start()])[-1] if comp else ""
    if comp and (p["negation"].search(main) or p["consequence"].search(main)):
        return True  # "Det er ikke bærekraftig at ...", "budsjettet betyr at kommunene må kutte"
    if comp and _hearsay(main):
        return True  # "Vi høyrer stadig at kommunane må effektivisere": someone else's position, quoted
    if _figures().search(text, 0, cue.start()):
        return True  # "Ifølge KS' egne anslag må kommunene bruke ...": a projection from numbers
    clause_end = p["boundary"].search(text, cue.end())
    inner = _embedded_opener().search(text, cue.end())  # "ikke må økes før det er vurdert hvordan den virker i dag"
    ends = [m.start() for m in (clause_end, inner) if m is not None]
    clause = text[start:min(ends, default=len(text))]
    after_modal = cue.end() - start
    return any(not re.search(r"(?<![\w-])(?:enn|fra|frå|etter)\s+$", clause[:m.start()], re.IGNORECASE)
               and not (m.start() > after_modal and _embedded_subject().search(clause, after_modal, m.start()))
               for m in p["descriptive"].finditer(clause))  # "større enn i dag" compares, it does not describe;
    # "må få beholde skjønnsmidlene de har i dag": the adverb is the object's own clause's


@lru_cache(maxsize=1)
def _hearsay_patterns() -> tuple[re.Pattern[str], re.Pattern[str], re.Pattern[str]]:
    return (lexicon.phrase_pattern(cue_words("hearsay_verbs")), lexicon.phrase_pattern(cue_words("saying_verbs")),
            lexicon.phrase_pattern(cue_words("generic_subjects")))


@lru_cache(maxsize=1)
def _figures() -> re.Pattern[str]:
    """A source of figures in the sentence ("ifølge KS' egne anslag", `according_to`, `figure_sources`)."""
    return re.compile(rf"(?<![\w-])(?:{lexicon.alternation(cue_words('according_to'))})\s+(?:[^,.;:!?]{{0,40}}\s)?"
                      rf"(?:{lexicon.alternation(cue_words('figure_sources'))})(?![\w-])", re.IGNORECASE)


@lru_cache(maxsize=1)
def _empty_need() -> re.Pattern[str]:
    """What follows a need verb when it names no action (`empty_needs`), an inverted subject and adverbs before,
    the clause's end after."""
    subject = lexicon.alternation(cue_words("inverted_subjects"))
    adverb = lexicon.alternation(cue_words("adverbs"))
    return re.compile(rf"\s+(?:(?:{subject})\s+)?(?:(?:{adverb})\s+)*(?:{lexicon.alternation(cue_words('empty_needs'))})"
                      rf"\s*(?:[,.;:!?»”\"–]|$)", re.IGNORECASE)


@lru_cache(maxsize=1)
def _evaluation() -> re.Pattern[str]:
    """"Det" and a modal's copula, a short predicate and the clause's end, no "å", "at" or question word."""
    copula = lexicon.alternation(cue_words("evaluation_copulas"))
    return re.compile(rf"\s+(?:{copula})\s+(?:[\wæøå]+\s+){{0,2}}[\wæøå]+\s*(?:[,.;!»”\"]|$)", re.IGNORECASE)


def _hearsay(main: str) -> bool:
    """True when the main clause before "at" reports what one hears (`hearsay_verbs`) or what a government body
    or people in general say (`saying_verbs` after "staten", "regjeringa", "ein"): the clause under it is
    someone else's position, not the speaker's demand."""
    hears, says, generic = _hearsay_patterns()
    if hears.search(main):
        return True
    verb = says.search(main)
    if verb is None:
        return False
    after = [w for w in main[verb.end():].split() if w.casefold() not in _adverbs()]
    # the subject after the verb when one stands there ("Etter møtet med statsråden meiner KS-leiar NN at":
    # NN), else the words right before it ("Regjeringa meiner at", "Når staten no seier at")
    inverted = " ".join(after)
    named = any(w[:1].isupper() for w in after) or bool(addressees_in(inverted))
    subject = inverted if named else " ".join(re.split(r"[,;:]", main[:verb.start()])[-1].split()[-3:])
    return bool(generic.search(subject)) or any(h.name != "kommunene" for h in addressees_in(subject))


@lru_cache(maxsize=1)
def _adverbs() -> frozenset[str]:
    return frozenset(w.casefold() for w in cue_words("adverbs"))


def _self_directed(text: str, start: int, cue: re.Match[str], inverted: bool) -> bool:
    """A first-person modal clause with a reflexive of the subject ("Dette må vi ordne selv", "Me
    må rydde i eigne rekker sjølve"): the speaker's side takes a duty on itself; not when an infinitive or a
    receiving verb stands before the reflexive ("må vi få rom til å styre budsjettet selv")."""
    p = patterns()
    if not p["self"].search(text, cue.end()):
        return False  # the cheap check first: most modal clauses have no reflexive
    before = text[start:cue.start()].split()
    after = re.match(r"\s*([\wæøå]+)", text[cue.end():])
    first_person = (bool(before) and p["speaker"].fullmatch(before[-1].strip(",")) is not None) or \
        (after is not None and p["speaker"].fullmatch(after.group(1)) is not None)  # "Det må vi ..."
    if not first_person:
        return False
    boundary = re.search(r"[,;:.!?–]", text[cue.end():])
    clause = text[cue.end():cue.end() + boundary.start()] if boundary else text[cue.end():]
    own = p["self"].search(clause)
    if own is None:
        return False
    inside = clause[:own.start()]
    return not re.search(r"(?<![\w-])å(?![\w-])", inside) and not p["receiving"].search(" " + inside)


CLEFT_AFTER_ADVERB = re.compile(r"(?:\s+[\wæøå]+){1,3}\s*,\s*(?:er|var)\s")  # "Det vi trenger nå, er X"


@lru_cache(maxsize=1)
def _negations() -> frozenset[str]:
    return frozenset(w.casefold() for w in cue_words("request_negations") if " " not in w)


@lru_cache(maxsize=1)
def _singular() -> frozenset[str]:
    return frozenset(w.casefold() for w in cue_words("singular_speakers"))


def _singular_speaker(text: str, start: int, cue: re.Match[str], inverted: bool) -> bool:
    """True when the subject of a modal is the speaker alone, in the first person singular ("jeg må
    forholde meg til ...", or right after the modal: "Kvar haust må eg fortelje ...", `singular_speakers`)
    and no receiving verb follows ("eg må få svar" asks)."""
    after = re.match(r"\s*([\wæøå]+)", text[cue.end():])
    if after is not None and after.group(1).casefold() in _singular():
        return not patterns()["receiving"].match(text, cue.end() + after.end())  # "Hver høst må jeg ...": V2
    words = text[start:cue.start()].split()
    return not inverted and len(words) == 1 and words[0].strip("–—-«»\"“„,").casefold() in _singular() \
        and not patterns()["receiving"].match(text, cue.end())


def _relative_subject(found: list[tuple[int, int, str]]) -> list[tuple[int, int, str]]:
    """The boundaries before a subject that ends in a relative clause set off by a comma
    (", bør ..." after "X som ..."); unchanged when there is no such clause."""
    if len(found) >= 2 and found[-2][2] == "som" and found[-1][2] == "":
        rest = found[:-2]
        if rest and patterns()["subordinate"].fullmatch(rest[-1][2]):
            return found  # "når X koster like mye som Y, må staten ...": the comma ends a fronted subordinate clause
        return rest if not rest or rest[-1][1] < found[-2][0] else found
    return found


def _kept_condition(condition: str, text: str, cue_start: int) -> bool:
    """True when a condition fronted before an inverted modal is part of the demand's text: the
    condition of a rule ("Kvar gong ei oppgåve blir flytta ut, må ...", `rule_conditions`), or one no
    longer than twice the main clause (a long one is the circumstance, the main clause the demand)."""
    if re.match(rf"(?:{lexicon.alternation(cue_words('rule_conditions'))})(?![\w-])", condition, re.IGNORECASE):
        return True
    end = patterns()["boundary"].search(text, cue_start + 3)
    main = text[cue_start:end.start() if end else len(text)]
    return len(condition.split()) <= 2 * len(main.split())


AND = re.compile(r"(?<![-\w])(?<!-\s)og(?![\w-])")  # "og" as a word of its own


# a subject noun that opens the sentence with its own clause, closed by a comma before the modal ("Forslaget om at
# Helsedirektoratet skal kunne pålegge kommunene X, må tas ut av lovforslaget", "Kravet om å rapportere hver måned, bør
# fjernes")
SUBJECT_WITH_CLAUSE = re.compile(r"^[\s–—\-«»\"“„•*]*[A-Za-zÆØÅæøå][\wæøå-]*(?:en|et|a|ne|ene|ane)\s+(?:om|til)\s+(?:at|å)\s"
                                 r"[^.;:!?]{5,200},\s*$")


def _clause_start(text: str, cue_start: int, cues_before: bool) -> tuple[int, bool] | None:
    """Start of the clause whose verb is at `cue_start`, and whether it is inverted.
    None when the clause is relative ("som ... må") or a goal ("Målet må være")."""
    p = patterns()
    start, boundary = 0, ""
    found = [(m.start(), m.end(), m.group(0).strip(" ,").casefold()) for m in p["boundary"].finditer(text, 0, cue_start)]
    if found and found[-1][2] == "som" and p["apposition"].match(text[found[-1][1]:cue_start]):
        found = found[:-1]  # "KS som arbeidsgiver må ...": an apposition, the noun before "som" is the subject
    for _, end, word in found:
        start, boundary = end, word
    if found and not boundary and not text[start:cue_start].strip():
        found = _relative_subject(found)  # "Planar som ikkje gir verdi, bør fjernast": the noun before 'som'
        start, boundary = (found[-1][1], found[-1][2]) if found else (0, "")
    if found and not boundary:
        start = _listed_subject(text, found, start, cue_start)
    if cues_before:
        for match in AND.finditer(text[:cue_start]):
            if match.end() > start:
                start, boundary = match.end(), "og"
    segment = text[start:cue_start].strip()
    if boundary == "som" or (segment and p["subordinate"].fullmatch(boundary)):
        return None  # a relative, temporal or conditional clause describes ("når ein veterinær må ...")
    if boundary == "at" and len(found) > 1 and found[-2][2] in CONDITIONS \
            and "," not in text[found[-2][1]:found[-1][0]]:
        return None  # "når svaret er at området må sikres": a clause inside a condition describes it
    if not segment and SUBJECT_WITH_CLAUSE.match(text[:cue_start]):
        lead = len(text) - len(text.lstrip(" –—-«»\"“„•*"))
        return lead, False  # "forslaget om at direktoratet skal kunne pålegge X, må tas ut": the noun and its clause
    if not segment or p["opener"].fullmatch(segment) or segment.casefold() in {"så", "da", "då"}:
        condition = p["fronted_condition"].search(text, 0, start) if not segment else None
        if condition is not None and _kept_condition(condition.group(1), text, cue_start):
            return condition.start(1), True  # "Når staten vedtar nye rettar, må finansieringa følgje med"
        return len(text) - len(text[cue_start:]), True
    words = segment.lstrip("–—-«»\"“„ ").split()  # a segment of quotation marks alone has no first word
    if p["goal"].search(words[0] if words else ""):
        return None
    if _question(segment.split()[0].casefold(), text, cue_start + len(text[cue_start:].split(None, 1)[0])):
        return None  # "Hva må til?", "Om regjeringen bør gi mer, er et politisk spørsmål": a question, no call
    if boundary.isalpha() and boundary not in NOT_VERB_BOUNDARIES and len(words) > 1 \
            and words[0].casefold() in {w.casefold() for w in cue_words("inverted_subjects")}:
        start = text.index(words[0], start) + len(words[0])  # "her mener vi NVE må X": the subject after "vi"
    return len(text[:start]) + len(text[start:]) - len(text[start:].lstrip()), False


CONDITIONS = frozenset({"når", "dersom", "hvis", "viss"})  # not "der": "Der heiter det at X" points to a text
NOT_VERB_BOUNDARIES = frozenset({"at", "som", "fordi", "når", "hvis", "viss", "dersom", "der", "hvor", "kor", "men"})
LIST_END = re.compile(r"\s*[\w'’-]+(?:\s+[\w'’-]+){0,3}\s+(?:og|eller|samt)\s+[\w'’-]+(?:\s+[\w'’-]+){0,3}\s*",
                      re.IGNORECASE)  # "reformer og rettighetsfestinger": the list's last two pieces
LIST_PIECE = re.compile(r"[\w'’-]+(?:\s+[\w'’-]+){0,3}")


def _listed_subject(text: str, found: list[tuple[int, int, str]], start: int, cue_start: int) -> int:
    """The start of a coordinated subject the commas of a list split ("Nye lovkrav, reformer og
    rettingar må fullfinansierast"): when the words after the last comma end the list ("X og Y", a few
    words each side) and every piece before it back to the clause's opening is a short phrase of its own,
    the clause opens at the list's first piece; else `start`. A piece opening with a preposition ("For
    kommunene, ...") is a fronted phrase, no subject (`not_list_subjects`)."""
    if not LIST_END.fullmatch(text, start, cue_start):
        return start
    first = start
    for k in range(len(found) - 1, -1, -1):
        before = found[k - 1] if k else None
        piece_start = before[1] if before is not None else 0
        piece = text[piece_start:found[k][0]].strip(" –—-«»\"“„")
        if not LIST_PIECE.fullmatch(piece) or piece.split()[0].casefold() in cue_words("not_list_subjects"):
            return start
        first = piece_start
        if before is None or before[2]:  # the sentence or a clause word ("at") opens the list
            break
    return len(text[:first]) + len(text[first:]) - len(text[first:].lstrip(" –—-«»\"“„"))


@lru_cache(maxsize=1)
def _question_openers() -> tuple[frozenset[str], frozenset[str], frozenset[str]]:
    """Words opening a question or an indirect question, those of them that also open a time adverbial
    (`question_openers`, `adverbial_question_openers` in request_verbs.yaml), and the subjects of an inverted clause."""
    return (frozenset(str(w).casefold() for w in cue_words("question_openers")),
            frozenset(str(w).casefold() for w in cue_words("adverbial_question_openers")),
            frozenset(str(w).casefold() for w in cue_words("inverted_subjects")))


def _question(first: str, text: str, cue_end: int) -> bool:
    """The clause of the modal ending at `cue_end` opens with `first`, a question word; an opener that also starts a
    time adverbial ("Om kort tid må regjeringen ...") asks only when no subject follows the modal."""
    openers, adverbial, subjects = _question_openers()
    if first not in openers:
        return False
    if first not in adverbial:
        return True
    after = text[cue_end:cue_end + 80]
    words = after.split()
    if words and words[0].casefold().strip(",.") in subjects:
        return False
    return not any(hit.start <= len(after) - len(after.lstrip()) for hit in addressees_in(after))


def without_condition(piece: str) -> str:
    """A demand's text less the short condition fronted before its inverted modal ("Når staten vedtar
    nye rettar, må finansieringa følgje med": "må finansieringa følgje med"): who must act is read from
    the main clause, not from the condition."""
    comma = piece.find(",")
    if comma < 0 or patterns()["fronted_condition"].search(piece, 0, comma + 1) is None:
        return piece
    return piece[comma + 1:].lstrip()


def _government_subject(subject: str) -> bool:
    """True when a modal's subject is the state's side ("regjeringen må velge mellom X og Y": a call on it)."""
    hits = addressees_in(subject)
    return bool(hits) and is_state_side(hits[0].name)


def subject_clause_cue(text: str, match: re.Match[str], kind: Kind, cues_before: bool) -> Cue | None:
    found = _clause_start(text, match.start(), cues_before)
    if found is None:
        return None
    start, inverted = found
    if kind in ("modal", "passive") and _described(text, start, match):
        return None
    if kind == "modal" and _self_directed(text, start, match, inverted):
        return None  # "Dette må vi ordne selv": a duty the speaker's side takes on, no call on anyone
    if kind == "modal" and _singular_speaker(text, start, match, inverted):
        return None  # "jeg må forholde meg til budsjettet": the speaker's own obligation, no call on anyone
    if kind == "modal" and patterns()["empty_action"].match(text, match.end()):
        return None  # "Nå må det bli mer enn fine ord", "Det må skje noe nå": urging, no action named
    if kind == "modal" and text[start:match.start()].strip(" –—-«»\"“„").casefold() == "det" \
            and _evaluation().match(text, match.end()):
        return None  # "Det burde være helt naturlig": an evaluation, no action named
    if kind == "need_verb" and _empty_need().match(text, match.end()):
        return None  # "Kommunane treng handling", "vi trenger mer enn velvilje": urging, no action named
    if kind == "modal" and inverted and patterns()["objectless"].match(text, match.end()):
        return None  # "Men då må vi også få" (a text cut off mid-sentence): no action named
    if kind == "modal" and patterns()["forced"].match(text, match.end()) \
            and not _government_subject(text[start:match.start()]):
        return None  # "Resten må kommunen låne", "dei må kutte i skulen": what someone is forced to, a consequence
    if kind == "modal" and patterns()["rhetorical"].match(text, match.end()):
        return None  # "vi må innrømme at ...": a comment on what is said, not an action
    if kind == "modal" and patterns()["quantified"].match(text[start:match.start()].strip()) \
            and not match.group(0).casefold().startswith(tuple(cue_words("recommending_modals"))) \
            and not patterns()["receiving"].match(text, match.end()) and not patterns()["needed"].match(text, match.end()):
        return None  # "Mange kommuner må kutte i tilbudet": what many are forced to do, a situation ("Fleire
        # plassar må til": what is needed); "flere av tilskuddene bør innlemmes" recommends
    subject = re.match(rf"\s+(?:{'|'.join(map(re.escape, cue_words('inverted_subjects')))})(?![\w-])", text[match.end():],
                       re.IGNORECASE) if kind == "need_verb" else None
    negated = patterns()["request_negation"].match(text, match.end() + (subject.end() if subject else 0))
    # "Da trenger vi ikke X": the negation after the inverted subject
    if kind == "need_verb" and negated and not re.match(r"\s+(?:bare|berre)(?![\w-])", text[negated.end():]) \
            and not patterns()["contrast"].search(text, match.end()):
        return None  # "Vi trenger ikke flere utredninger": a negated need asks for nothing
    if kind == "need_verb":
        after = [w for w in re.split(r"[\s.,;:!?»«]+", text[match.end():]) if w]
        opening = [w.casefold() for w in text[start:match.start()].split()]
        cleft = bool(CLEFT_AFTER_ADVERB.match(text, match.end())) and opening[:1] == ["det"] \
            and not set(opening) & _negations()  # "Det vi trenger nå, er X": X follows ("Det vi ikke trenger nå" denies)
        if not cleft and (not after or after[0].casefold() in {"i", "på", "til", "for", "med", "av", "ved", "når", "nå",
                                                               "no", "å", "hver", "kvar", "daglig", "dagleg", "alltid",
                                                               "ofte"}):
            return None  # "tjenestene folk trenger hver dag": the thing needed stands before, in a description
        if inverted and start == match.start():
            start = max(0, text.rfind(" ", 0, max(0, match.start() - 1)) + 1)  # keep the opener ("Da trenger vi")
        if not inverted and text[start:match.start()].strip().casefold() in cue_words("pronoun_objects"):
            return None  # "Det trenger kommunesektoren": an evaluation of what was said, no action named
        clause = re.match(r"\s+at\s+", text[match.end():])
        if clause and not inverted:  # "Vi trenger at staten ser hele bildet": the clause is the action, the
            action = match.end() + clause.end()  # need's own clause ("vi trenger at") its anchor
            return Cue(start, action, len(text), kind, kind, None, text[action:action + 40])
    subject = text[match.end():match.end() + 40] if inverted else text[start:match.start()]
    if kind == "modal" and text[start:match.start()].strip().casefold() in cue_words("pronoun_objects") \
            and [h for h in addressees_in(text[match.end():match.end() + 40]) if h.start <= 1]:
        if not cues_before:  # "X må få Y, og det må regjeringen sørge for": the clause, the demand before ends there
            start = 0  # "..., og det må staten ta innover seg": the action is only a pronoun, take the sentence (decision 6)
    return Cue(start, start, len(text), kind, kind, None, subject)
