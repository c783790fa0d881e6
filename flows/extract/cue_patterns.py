"""The demand cues' compiled patterns, from `data/request_verbs.yaml`, and the `Cue` record.

Every pattern is built once (`patterns()`, cached); the modules that find cues
(`request_cues.py`, `position_cues.py`, `clauses.py`) read them from here.
"""
from __future__ import annotations

import re
from collections.abc import Iterable
from dataclasses import dataclass
from functools import lru_cache

from flows import lexicon
from flows.extract.actor_words import claimant_pointers
from flows.first_chars import guard
from flows.literal_gate import gated

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


def _need_changes() -> dict[str, str]:
    """The patterns of a forecast on a request noun (`need_changes` in data/request_verbs.yaml)."""
    return {str(k): str(v) for k, v in lexicon.load("request_verbs")["need_changes"].items()}


def cue_words(key: str) -> list[str]:
    """The words of one list of `data/request_verbs.yaml` (a fresh list; the strings are read once)."""
    return list(_cue_words(key))


@lru_cache(maxsize=None)
def _cue_words(key: str) -> tuple[str, ...]:
    return tuple(str(w) for w in lexicon.load("request_verbs")[key])


def gapped(items: list[str]) -> re.Pattern[str]:
    """Multi-word cues with an adverb allowed between their words ("det er også behov for",
    "det er difor viktig at")."""
    gap = rf"\s+(?:(?:{lexicon.alternation(cue_words('adverbs'))})\s+)?"
    ordered = sorted(set(items), key=lambda v: (-len(v), v))
    return re.compile(rf"(?<![\w-])(?:{'|'.join(re.escape(v).replace(chr(92) + ' ', gap) for v in ordered)})(?![\w-])",
                      re.IGNORECASE)


def additive_openers() -> list[str]:
    """Sentence openers that go on in the voice of the sentence before (`additive_openers`), the plain ordinal copulas
    among them (`enumeration_copulas`: "Det andre er at ...")."""
    return [*cue_words("additive_openers"), *cue_words("enumeration_copulas")]


@lru_cache(maxsize=1)
def enumeration_opener() -> str:
    """An enumeration's opener ("For det første", "Og til slutt"; `enumeration_openers`), a regex source."""
    return rf"(?:(?:og|men)\s+)?(?:{lexicon.alternation(cue_words('enumeration_openers'))})\s*,?"


@lru_cache(maxsize=1)
def enumerated_clause() -> re.Pattern[str]:
    """An enumeration's opener and "at" opening a verbless item ("For det første at ...", "Og til slutt at ..."), or an
    ordinal as the subject of a copula before "at" ("Det eine er at ...", "Det andre er at ...",
    `enumeration_copulas`)."""
    copulas = lexicon.alternation(cue_words("enumeration_copulas"))
    return re.compile(rf"^\W*(?:{enumeration_opener()}\s+at|(?:{copulas}))\s+", re.IGNORECASE)


# who a request noun comes from, between the noun and its preposition ("eit ønske frå KS Innlandet om at",
# "krav fra KS, Fagforbundet og Unio til"): up to four capitalised words, joined by commas or "og"
# ("kravet fra Nordby fylkeskommune om X": a place and the body's word after it)
SOURCE_NAME = (r"(?-i:[A-ZÆØÅ])[\w-]*(?:(?:,|\s+og)?\s+(?-i:[A-ZÆØÅ])[\w-]*){0,3}"
               r"(?:\s+(?-i:kommune|fylkeskommune|regionråd|kommunestyre|fylkesting|bystyre))?")
DEFINITE_SOURCE = r"(?-i:[a-zæøå])[\wæøå-]*(?:et|en|a|ane|ene)"  # "ønsket frå regionrådet om at": a body named before
NOUN_SOURCE = rf"(?:\s+(?:fra|frå)\s+(?:{SOURCE_NAME}|{DEFINITE_SOURCE}))?"


@lru_cache(maxsize=1)
def _proposals_from() -> re.Pattern[str]:
    subjects = lexicon.alternation(lexicon.load("request_verbs")["proposal_lists"]["subjects"])
    return re.compile(rf"(?<![\w-])blant\s+(?:{subjects})\s+(?:fra|frå)\s+(?P<source>{SOURCE_NAME})\s+(?:er|var)\s",
                      re.IGNORECASE)


def proposals_source(text: str) -> str | None:
    """Who made the proposals a sentence lists after "Blant innspela frå KS var ...": the words naming them."""
    match = _proposals_from().search(text)
    return match.group("source") if match else None


def _request_nouns(items: Iterable[str]) -> re.Pattern[str]:
    """The request nouns (`request_nouns`), each with its source allowed before its last word (`NOUN_SOURCE`)."""
    alternatives = []
    for item in sorted({str(i) for i in items}, key=lambda s: (-len(s), s)):
        head, _, last = item.rpartition(" ")
        alternatives.append(re.escape(item) if not head else
                            r"\s+".join(re.escape(w) for w in head.split()) + NOUN_SOURCE + r"\s+" + re.escape(last))
    return re.compile(rf"{lexicon.WORD_START}(?:{'|'.join(alternatives)}){lexicon.WORD_END}", re.IGNORECASE)


@lru_cache(maxsize=1)
def patterns() -> dict[str, re.Pattern[str]]:
    data = lexicon.load("request_verbs")
    # a claim noun ("beskjeden", "kravet"), who it came from or went to, and an adverb ("tydelig"):
    # read in both orders, "beskjeden fra KS var tydelig: ..." and "var beskjeden fra KS tydelig: ..."
    claim_nouns = lexicon.alternation(cue_words("claim_nouns"))
    claim_source = r"\s+(?:fra|frå|til)\s+[^,.:;!?]{1,60}?"
    claim_adverbs = lexicon.alternation(cue_words("claim_adverbs"))
    verbs = list(lexicon.request_verb_forms())
    joint = [str(w) for w in lexicon.load("pronouns")["joint_pointers"]["nouns"]]  # "Difor ber organisasjonane om"
    gap = lexicon.alternation([*cue_words("adverbs"), *cue_words("inverted_subjects"), *claimant_pointers(), *joint])
    adjunct = lexicon.load("speech_verbs")["inner_adjunct"]  # "tok i møtet til orde for", "tek i brevet til orde for"
    judged = lexicon.alternation(cue_words("evaluative_adjuncts"))  # "i realiteten": no adverbial of occasion
    inside = rf"\s+(?:(?:{gap}|(?-i:[A-ZÆØÅ][\w-]+)|(?!(?:i|på)\s+(?:{judged})(?![\w-])){adjunct})\s+){{0,2}}"  # "tok KS til orde for", "vil Fagforbundet også ha"
    requests = "|".join(re.escape(v).replace(r"\ ", inside, 1).replace(r"\ ", r"\s+")
                        for v in sorted(set(verbs), key=lambda v: (-len(v), v)))
    compiled = {
        "request": re.compile(rf"(?<![\w-])(?:{requests})(?![\w-])", re.IGNORECASE),
        "gap_words": re.compile(rf"(?<=\s)(?:{gap})\s+", re.IGNORECASE),
        "passive": lexicon.phrase_pattern(cue_words("passive_requests")),
        "modal": lexicon.phrase_pattern(cue_words("modals")),
        "need": gapped(cue_words("need_clauses")),
        "need_verb": lexicon.phrase_pattern(cue_words("need_verbs")),
        "noun": _request_nouns(cue_words("request_nouns")),
        "after": gapped(cue_words("after_cues")),
        "not_need": lexicon.phrase_pattern(cue_words("not_needs")),
        "need_change": re.compile(_need_changes()["after"], re.IGNORECASE),
        "need_change_modal": re.compile(_need_changes()["modal_before"], re.IGNORECASE),
        "need_change_verb": re.compile(_need_changes()["verb_after"], re.IGNORECASE),
        "need_measured": re.compile(_need_changes()["measured"], re.IGNORECASE),
        "adverb": lexicon.phrase_pattern(cue_words("adverbs"), before=r"\s*"),
        "inverted": lexicon.phrase_pattern(cue_words("inverted_subjects"), before=r"\s*"),
        # an adverbial of occasion or document right after the verb, before its complement or the one asked
        # ("KS ba i møtet om at X", "krev i brevet at X", "ber i uttalelsen regjeringen om å X")
        "inner_adjunct": re.compile(rf"\s*(?!(?:i|på)\s+(?:{lexicon.alternation(cue_words('evaluative_adjuncts'))})(?![\w-]))"
                                    rf"(?:{adjunct})(?=\s+(?:(?:{lexicon.alternation(cue_words('adverbs'))})\s+)*"
                                    rf"(?:{lexicon.alternation(cue_words('inner_adjunct_followers'))}|(?-i:[A-ZÆØÅ])[\wæøå-]*)(?![\w-]))",
                                    re.IGNORECASE),
        "pointer": lexicon.phrase_pattern(claimant_pointers(), before=r"\s*"),
        "joint_pointer": lexicon.phrase_pattern(joint, before=r"\s*"),  # "ber organisasjonane om": the group named before
        "comp": lexicon.phrase_pattern(cue_words("complementisers"), before=r"\s*"),
        "attribution": re.compile(rf"[»”\"]?,[»”\"]?\s+(?:{lexicon.alternation(cue_words('attribution'))})(?![\w-])",
                                  re.IGNORECASE),
        "descriptive": lexicon.phrase_pattern(cue_words("descriptive_adverbs")),
        "request_negation": re.compile(rf"\s*(?:(?:{lexicon.alternation(cue_words('negation_adverbs'))})\s+)?"
                                       rf"(?:{lexicon.alternation(cue_words('request_negations'))})(?![\w-])",
                                       re.IGNORECASE),
        "future_negation": re.compile(  # "kommer ikke til å", "ikkje kjem til å" before a request verb
            rf"(?<![\w-])(?:(?:{lexicon.alternation(cue_words('request_negations'))})\s+"
            rf"(?:{lexicon.alternation(cue_words('future_auxiliaries'))})|"
            rf"(?:{lexicon.alternation(cue_words('future_auxiliaries'))})\s+"
            rf"(?:{lexicon.alternation(cue_words('request_negations'))}))\s+til\s+å$", re.IGNORECASE),
        "contrast": lexicon.phrase_pattern(cue_words("request_contrasts"), before=r",?\s*", after=r"(?![\w-])\s*"),
        "clause_noun": lexicon.phrase_pattern(cue_words("clause_only_nouns")),
        "consequence": lexicon.phrase_pattern(cue_words("consequence_verbs")),
        "instead": lexicon.phrase_pattern(cue_words("instead_of"), after=r"\s*$"),
        "adjunct": re.compile(rf"(?:{lexicon.alternation(cue_words('adjunct_openers'))})\s+(?:[\wæøå]+\s+){{0,2}}?"
                              rf"(?:{lexicon.alternation(cue_words('adjunct_ends'))})\s*[,.;:!?]?\s*$", re.IGNORECASE),
        "proposals": re.compile(
            rf"(?<![\w-])(?:blant\s+)?(?:{lexicon.alternation(data['proposal_lists']['subjects'])})\s+(?:som\s+)?"
            rf"(?:[\w'-]+\s+){{0,4}}?(?:{lexicon.alternation(data['proposal_lists']['verbs'])}),?\s+"
            rf"(?:[\w'-]+,?\s+){{0,3}}?(?:er|var)\s+"  # "... meldt inn før statsbudsjettet(,) er X, Y og Z"
            rf"|(?<![\w-])blant\s+(?:{lexicon.alternation(data['proposal_lists']['subjects'])}){NOUN_SOURCE}\s+(?:er|var)\s+",
            re.IGNORECASE),  # "Blant krava var å X og å Y": the proposals named before; "Blant innspela frå KS var X"
        "negation": lexicon.phrase_pattern(cue_words("negations")),
        "denial": gapped(cue_words("denial_frames") + cue_words("problem_frames")),  # "Problemet er at X må"
        "self": lexicon.phrase_pattern(cue_words("self_words")),
        "speaker": lexicon.phrase_pattern(cue_words("speaker_pronouns")),
        "greeting": lexicon.phrase_pattern(cue_words("greetings"), before=r"\s*(?:[\w-]+\s+){0,4}?"),
        "boundary": re.compile(
            rf"(?<![\w-])(?:{lexicon.alternation(cue_words('clause_boundaries'))})(?![\w-])|[:;–]|,\s*(?:og|så|samt)?(?![\w-])",
            re.IGNORECASE),
        "opener": lexicon.phrase_pattern(cue_words("modal_openers")),
        "apposition": lexicon.phrase_pattern(cue_words("appositive_roles"), before=r"\s+", after=r"\s*,?\s*$"),
        "goal": lexicon.phrase_pattern(cue_words("goal_subjects")),
        "rhetorical": re.compile(rf"\s*(?:(?:{lexicon.alternation(cue_words('speaker_pronouns'))})\s+)?"
                                 rf"(?:(?:{lexicon.alternation(cue_words('adverbs') + cue_words('rhetorical_adverbs'))})\s+)?"
                                 rf"(?:{lexicon.alternation(cue_words('rhetorical_after_modal'))})(?![\w-])", re.IGNORECASE),
        "forced": re.compile(rf"\s*(?:(?!(?:regjeringen|regjeringa|staten)\s)[\wæøå-]+\s+){{0,2}}?"
                             rf"(?:(?:{lexicon.alternation(cue_words('adverbs'))})\s+)*"
                             rf"(?:{lexicon.alternation(cue_words('forced_actions'))})(?![\w-])", re.IGNORECASE),
        "subordinate": lexicon.phrase_pattern(cue_words("subordinators")),
        "noun_negation": re.compile(
            rf"(?<![\w-])(?:(?:{lexicon.alternation(data['noun_negations']['negations'])})\s+(?:[\wæøå]+\s+)?"
            rf"(?:{lexicon.alternation(data['noun_negations']['quantifiers'])})|"
            rf"(?:{lexicon.alternation(data['noun_negations']['denials'])})|"
            rf"(?:{lexicon.alternation(data['noun_negations']['hedges'])})|"
            rf"(?:{lexicon.alternation(data['noun_negations'].get('granted') or ['(?!x)x'])}))\s+(?:[\wæøå]+\s+)?$|"
            rf"(?<![\w-])(?:{lexicon.alternation(data['noun_negations']['rules'])})\s+$", re.IGNORECASE),
        "posture_negation": re.compile(rf"(?<![\w-])(?:{lexicon.alternation(cue_words('posture_verbs'))})\s+"
                                       rf"(?:[\wæøå]+\s+)?(?:{lexicon.alternation(cue_words('request_negations'))})"
                                       rf"(?:\s+[\wæøå]+){{0,2}}\s+og\s*$", re.IGNORECASE),
        "recipient": re.compile(rf"(?<![\w-])(?:(?:{lexicon.alternation(cue_words('statement_documents'))})\s+til|"
                                rf"{lexicon.alternation(cue_words('facing_prepositions'))})\s+", re.IGNORECASE),
        "document_clause": re.compile(rf"(?<![\w-])(?:{lexicon.alternation(cue_words('statement_documents'))})"
                                      rf"(?:\s+(?:til|om|med)(?:\s+[\w-]+){{1,2}})?"  # "et notat til departementet der"
                                      rf",?\s+(?:der|hvor|kor|som)(?:\s+[\w-]+){{1,2}}$", re.IGNORECASE),
        "claim": re.compile(rf"(?<![\w-])(?:{claim_nouns})(?:{claim_source})?\s+(?:er|var|blir)\s+"
                            rf"(?:(?:{claim_adverbs})\s*)?(?:at\s+|å\s+|:\s*)", re.IGNORECASE),
        "claim_inverted": re.compile(rf"(?<![\w-])(?:er|var|blir)\s+(?:{claim_nouns})(?:{claim_source})\s+"
                                     rf"(?:{claim_adverbs})\s*:\s*", re.IGNORECASE),
        "quantified": re.compile(rf"^(?:{lexicon.alternation(cue_words('descriptive_quantifiers'))})(?:\s+[\w-]+){{1,2}}"
                                 rf"(?:\s+(?:{lexicon.alternation(cue_words('adverbs'))}))?$", re.IGNORECASE),
        "needed": re.compile(rf"\s+(?:{lexicon.alternation(cue_words('needed_after_modal'))})"  # clause-final
                             r"(?=\s*(?:[,.;:!?»”\"–]|$|(?:og|i|på|før)\s))", re.IGNORECASE),  # ("må til Oslo" moves)
        "receiving": re.compile(rf"\s+(?:(?:{lexicon.alternation(cue_words('adverbs'))})\s+)?"
                                rf"(?:{lexicon.alternation(cue_words('receiving_verbs') + cue_words('joining_verbs'))})(?![\w-])",
                                re.IGNORECASE),
        "objectless": re.compile(rf"\s+(?:(?:{lexicon.alternation([*cue_words('inverted_subjects'), *cue_words('adverbs')])})"
                                 rf"\s+){{1,3}}(?:{lexicon.alternation(cue_words('objectless_verbs'))})\s*[.!]?\s*$",
                                 re.IGNORECASE),
        "empty_action": re.compile(
            rf"\s+(?:(?:{lexicon.alternation([*cue_words('inverted_subjects'), *cue_words('adverbs'), 'det'])})\s+){{0,3}}"
            rf"(?:{lexicon.alternation(cue_words('empty_actions'))})(?:\s+(?:{lexicon.alternation(cue_words('adverbs'))}))*"
            r"(?=\s*(?:[,.;:!?–»”\"]|$))", re.IGNORECASE),
        "fronted_condition": re.compile(  # a short condition opening the sentence or a part after a colon
            rf"(?:^|[:;]\s*|[«\"“–—-]\s*)(?:(?:men|og)\s+)?((?:{lexicon.alternation(cue_words('fronted_conditions'))})"
            rf"\s(?:[^\s,;:]+\s+){{0,10}}?[^\s,;:]+),\s*$", re.IGNORECASE),
        "next_clause": re.compile(rf",\s+(?:og|men)\s+(?:{lexicon.alternation(cue_words('inverted_subjects'))})\s+"
                                  rf"(?:{lexicon.alternation(cue_words('next_clause_verbs'))})(?![\w-])"),
        "next_subject": lexicon.phrase_pattern(cue_words("inverted_subjects"), before=r",?\s+(?:og|men)\s+",
                                               after=r"\s*$"),
        # "ba om X da organisasjonen møtte statsråden": the time the demand was made, no part of the action
        "occasion_tail": re.compile(rf",?\s+(?:da|då)\s+(?:[\w'’-]+\s+){{0,6}}?"
                                    rf"(?:{lexicon.alternation(cue_words('occasion_tail_verbs'))})(?![\w-])"),
        "and_speech": re.compile(rf",?\s+og\s+(?:(?:{lexicon.alternation(cue_words('adverbs'))})\s+)?"
                                 rf"(?:{lexicon.alternation(cue_words('speech_verbs'))})(?![\w-])", re.IGNORECASE),
    }
    # a sentence without the words a pattern's every match holds is not scanned (flows.literal_gate),
    # and a position before any other character than a match can start with is given up at once
    return {kind: gated(_first_char_guarded(pattern)) for kind, pattern in compiled.items()}


GUARDED_AFTER = ("(?<![\\w-])", "(?<=\\s)", "\\s*", "\\s+")  # the openings a guard goes after


def _first_char_guarded(compiled: re.Pattern[str]) -> re.Pattern[str]:
    """`compiled` with a lookahead of the characters its match (after an opening lookbehind or
    leading whitespace) can begin with (`flows.first_chars.guard`): the same matches, fewer tries."""
    source = compiled.pattern
    opening = next((o for o in GUARDED_AFTER if source.startswith(o)), "")
    lookahead = guard(source[len(opening):])
    return re.compile(opening + lookahead + source[len(opening):], compiled.flags) if lookahead else compiled
