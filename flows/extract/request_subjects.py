"""Subjects that make a request verb no claimant's demand, whatever voice the sentence is in.

- `state_asks`: the state asks others ("Direktoratet har bedt kommunene om å rapportere ...",
  "Staten ber kommunene om å ...", nynorsk "Statsforvaltaren har bede kommunane ..."): what the
  government did, told by a claimant or in a report, is no demand of the claimant's nor of the ones
  asked. The subject is an addressee of actors.yaml that is no state body (`not_state_addressees`:
  "Kommunane bed regjeringa ..." and "Sykehuset ønsker ..." ask), or a generic state body
  (`state_subjects`), or a member of the government by title ("statssekretær Kari Nordmann vil ha
  eit møte"). A minister's or ministry's own request is read by government_voice.py, in a
  voice of its own, and is not checked here.
- `counted_wish`: a wish whose subject counts people ("Over halvparten av de ansatte svarte at de
  ønsker ...", "Mange av medlemmene ønskjer å jobbe meir", "Sju av ti ... vil ha ..."): a survey
  result or a description of a group, not a party's demand; a count of municipalities or bodies
  ("Mange kommuner ønsker at staten ...") still asks.
- `speaker_relative`: the other way round, a relative "som" that does not hide the claimant: a relative
  clause on the speaker a verb of saying has just named ("..., sier Nordmann, som etterlyser X").
"""
from __future__ import annotations

import re
from functools import lru_cache

from flows import lexicon
from flows.extract.actors import addressees_in
from flows.extract.cue_patterns import cue_words
from flows.extract.organisation_names import organisations_in
from flows.extract.roles import GOVERNMENT_ROLE

CLAUSE_BREAK = re.compile(r"[,:;–—]|(?<![\w-])(?:at|som|og|men|eller|der|når)(?![\w-])", re.IGNORECASE)
# no "og" for the state's subject: "i brev til fylkeskommunen og departementet bedt om" coordinates the ones written to
SUBJECT_BREAK = re.compile(r"[,:;–—]|(?<![\w-])(?:at|som|men|eller|der|når)(?![\w-])", re.IGNORECASE)
AUXILIARIES = frozenset({"har", "hadde", "vil", "ville", "skal", "skulle", "kan", "kunne"})
COUNT = re.compile(r"(?<![\w-])(?:\d+|ein|en|to|tre|fire|fem|seks|sju|syv|åtte|ni)\s+av\s+\w+", re.IGNORECASE)
PRONOUNS = frozenset({"de", "dei"})


@lru_cache(maxsize=1)
def _skipped() -> frozenset[str]:
    return AUXILIARIES | frozenset(w.casefold() for w in cue_words("adverbs"))


@lru_cache(maxsize=1)
def _state_words() -> re.Pattern[str]:
    return lexicon.phrase_pattern(cue_words("state_subjects"), before="")


def _subject(before: str, breaks: re.Pattern[str] = CLAUSE_BREAK) -> str:
    """The words of the clause before a verb (after the last of `breaks`), auxiliaries and adverbs at its
    end and a conjunction at its start left out ("..., og Helsedirektoratet har også bedt": "Helsedirektoratet")."""
    clause = breaks.split(before)[-1]
    words = clause.split()
    if words and words[0].casefold() in {"og", "men", "så"}:
        words = words[1:]
    while words and words[-1].strip(",").casefold() in _skipped():
        words.pop()
    return " ".join(words).strip(" –—-«»\"“„")


def state_asks(before: str) -> bool:
    """True when the subject of the clause a request verb ends (`before`: the sentence up to the verb)
    is a state body: an addressee other than the municipal side, or a generic state body."""
    subject = _subject(before, SUBJECT_BREAK)
    if not subject or len(subject.split()) > 4:
        return False
    if _state_words().fullmatch(subject.casefold()):
        return True
    if _titled_official(subject):
        return True  # "statssekretær Kari Nordmann vil ha eit nytt digitalt møte": the government's own plan or wish
    hits = addressees_in(subject)  # the subject is the name alone ("Overfor statsråden tok hun" is no subject)
    others = {w.casefold() for w in cue_words("not_state_addressees")}
    return len(hits) == 1 and hits[0].start == 0 and hits[0].end == len(subject) \
        and hits[0].name.casefold() not in others and not organisations_in(subject)


def _titled_official(subject: str) -> bool:
    """True when a subject is a government role with or without a name after it ("statssekretær Kari
    Nordmann", "statsråden", "helseministeren"): a member of the government."""
    role = GOVERNMENT_ROLE().match(subject)
    if role is None:
        return False
    rest = subject[role.end():].split()
    return all(w[:1].isupper() for w in rest)


@lru_cache(maxsize=1)
def _counting() -> re.Pattern[str]:
    words = [*cue_words("descriptive_quantifiers"), *cue_words("counting_words")]
    return re.compile(rf"(?<![\w-])(?:{lexicon.alternation(words)})(?![\w-])|{COUNT.pattern}", re.IGNORECASE)


@lru_cache(maxsize=1)
def _wish_forms() -> frozenset[str]:
    return frozenset(" ".join(w.casefold().split()) for w in cue_words("wish_verbs"))


def counted_wish(verb: str, before: str) -> bool:
    """True when a wish verb (`wish_verbs`; `verb` as matched, gap words and all) has a subject that
    counts people ("mange av medlemmene", "sju av ti tilsette", "70 prosent"), or a pronoun "de"/"dei"
    in a sentence that counted them before ("... svarte over halvparten at de ønsker ..."), and names
    no organisation nor the municipalities."""
    words = verb.casefold().split()
    if not {" ".join(words), words[0], f"{words[0]} {words[-1]}"} & _wish_forms():  # "ønsker seg", "vil vi ha"
        return False
    subject = _subject(before)
    if subject.casefold() in PRONOUNS:
        clauses = [c for c in CLAUSE_BREAK.split(before) if c.strip()]
        subject = clauses[-2] if len(clauses) > 1 else ""  # "svarte over halvparten av dei tilsette at dei"
    return bool(_counting().search(subject)) and not organisations_in(subject) and not addressees_in(subject)


@lru_cache(maxsize=1)
def _speaker_relative() -> re.Pattern[str]:
    verbs = lexicon.alternation(cue_words("speaker_relative_verbs"))
    return re.compile(rf"(?<![\w-])(?:{verbs})\s+(?:[A-ZÆØÅ][\wæøåé.-]*\s+){{0,3}}[A-ZÆØÅ][\wæøåé-]*,\s+som$")


def speaker_relative(before: str) -> bool:
    """True when a request verb stands in a relative clause on the speaker a verb of saying has just named
    ("..., sier Nordmann, som etterlyser X", `speaker_relative_verbs`): the speaker asks, as in a sentence of
    her own (the text before the verb is `before`)."""
    return bool(_speaker_relative().search(before))
