"""Addressee resolution (decision 4) and splitting of coordinated actions (decision 5)."""
from __future__ import annotations

import re
from functools import lru_cache

import simplemma

from flows import lexicon
from flows.extract.clauses import gapped
from flows.extract.actors import MINISTRY, addressees_in
from flows.extract.ministry_actors import minister_ministry
from flows.extract.actor_words import pointer_words
from flows.extract.ks_asked import ks_subject

PREPOSITIONS = re.compile(r"(?<![\w-])(?:fra|frå|med|mellom|hos)\s+$", re.IGNORECASE)
DEFINITE = re.compile(r"(?<![\w-])([a-zæøå]{4,}?)(?:ene|ane|en|et|a|na)(?![\w-])", re.IGNORECASE)
CAPITALISED_WORD = re.compile(r"[A-ZÆØÅ][a-zæøåé]+(?:-[A-ZÆØÅ][a-zæøåé]+)?")


@lru_cache(maxsize=1)
def _not_verbs() -> frozenset[str]:
    return lexicon.words("request_verbs", "not_infinitives")


@lru_cache(maxsize=1)
def _vowel_infinitives() -> frozenset[str]:
    return lexicon.words("request_verbs", "vowel_infinitives")


@lru_cache(maxsize=1)
def _patterns() -> dict[str, re.Pattern[str]]:
    verbs = lexicon.load("request_verbs")
    actors = lexicon.load("actors")
    modals = lexicon.alternation([str(m) for m in verbs["modals"]])
    adverbs = lexicon.alternation([str(a) for a in verbs["adverbs"]])
    receive = lexicon.alternation([str(v) for v in verbs["receiving_verbs"]])
    needs = lexicon.alternation([str(v) for v in verbs["need_verbs"]])
    adverbs = lexicon.alternation([*(str(a) for a in verbs["adverbs"]), *(str(w) for w in verbs["self_words"])])
    held = lexicon.alternation([str(v) for v in verbs["holding_verbs"]])
    joining = lexicon.alternation([str(v) for v in verbs["joining_verbs"]])
    return {
        # "kommunene må få ...", "må fylkene være med ...", "skolene trenger ...": the subject
        # receives or takes part, someone else must act (but "være med å dra lasset": the subject acts)
        "receiver": re.compile(rf"^\s*(?:(?:{adverbs})\s+)*(?:(?:{modals})\s+(?:(?:{adverbs})\s+)*(?:{receive})|(?:{needs}))"
                               rf"(?![\w-])(?!\s+(?:å|og|på\s+å)\s)", re.IGNORECASE),
        # "Kommunene må ha handlingsrom", "Kommunane må kompenserast": the municipal side holds or is given
        "held": re.compile(rf"^\s*(?:(?:{adverbs})\s+)*(?:{modals})\s+(?:(?:{adverbs})\s+)*"
                           rf"(?:(?:{held})|[a-zæøå]{{3,}}(?:es|ast))(?![\w-])", re.IGNORECASE),
        # "må kommunane vere med frå starten": the municipal side is included (not "vere med og betale")
        "joined": re.compile(rf"^\s*(?:(?:{adverbs})\s+)*(?:{modals})\s+(?:(?:{adverbs})\s+)*(?:{joining})"
                             rf"(?![\w-])(?!\s+(?:å|og|på\s+å)\s)", re.IGNORECASE),
        "need_prefix": re.compile(rf"^(?:{gapped([str(v) for v in verbs['need_clauses']]).pattern})"
                                  rf"(?:\s+(?:at|å))?\s+", re.IGNORECASE),
        "adjective": lexicon.phrase_pattern([str(a) for a in actors["actor_adjectives"]], before=r"^"),
        "agent": re.compile(r"[a-zæøå]{3,}(?:es|ast|st)\s+(?:\w+\s+)?av\s+$", re.IGNORECASE),
    }


@lru_cache(maxsize=1)
def _held_subjects() -> frozenset[str]:
    return frozenset(str(w) for w in lexicon.load("request_verbs")["held_subjects"])


JOINED_ACTOR = re.compile(r"\s+og\s+(?:de|dei|alle)?\s*[a-zæøåA-ZÆØÅ-]+(?=\s+(?:må|bør|skal|får|treng|trenger))")


def _receiver(text: str, hit_start: int, hit_end: int, name: str = "") -> bool:
    """True when the actor at text[hit_start:hit_end] is the subject of a verb of receiving or needing, or follows
    one in an inverted clause ("må fylkene være med"); for the municipal side (`held_subjects`, by the actor's
    `name`) also of a verb of holding or a passive after a modal ("Kommunene må ha handlingsrom")."""
    patterns = [_patterns()["receiver"]] + ([_patterns()["held"], _patterns()["joined"]] if name in _held_subjects() else [])
    before = text[:hit_start]
    inverted = re.search(r"(?:^|\s)(\S+)\s+$", before)  # the word before the actor: the modal of an inverted clause
    joined = JOINED_ACTOR.match(text[hit_end:])  # "Helse Vest og kommunane må få X": the pair receives
    rests = [text[hit_end:]] + ([text[hit_end + joined.end():]] if joined else [])
    return any(p.match(rest) or (inverted and p.match(inverted.group(1) + rest)) for p in patterns for rest in rests)


def _adjective_actor(text: str) -> str | None:
    """A subject made of an actor's adjective and a noun ("Statlege krav må ...",
    "statlige pålegg bør ..."): the actor behind the adjective."""
    match = _patterns()["adjective"].match(text)
    if not match:
        return None
    rest = text[match.end():].split()
    modal = re.compile(r"^(?:må|bør|burde)$", re.IGNORECASE)
    if any(modal.match(w) for w in rest[:3]):
        return str(lexicon.load("actors")["actor_adjectives"][match.group(0).casefold()])
    return None


INVERTED_MODAL = re.compile(r"^\S+(?:\s+\S+){0,2}\s+(?:må|bør|burde|skal)\s+$", re.IGNORECASE)  # an opener ("For det første"), then the modal


def _subject_actor(text: str, document_text: str) -> str | None:
    """An actor opening the action clause ("regjeringen fremmer ...", "Kjerkol sørger ...",
    "må kommuner og fylkeskommuner være ..."); not one that receives ("kommunene må få ...")."""
    text = re.sub(r"^(?:og|men|så|då|da)\s+", "", text, flags=re.IGNORECASE)  # "Og sykehusene må ..."
    head = " ".join(text.split()[:5])
    hits = [h for h in addressees_in(head) if h.start <= len(head.split()[0]) + 8
            or INVERTED_MODAL.search(head[:h.start])]  # "For det første må staten ..."
    own = [h for h in addressees_in(text) if hits and h.name == hits[0].name]
    if own and _receiver(text, own[0].start, own[0].end, own[0].name):
        return None
    adjective = _adjective_actor(text)
    if adjective:
        return adjective
    if hits and (hits[0].start == 0 or re.match(r"^(?:må|bør|burde|skal)\s+", head, re.IGNORECASE)
                 or INVERTED_MODAL.search(head[:hits[0].start])  # "No må staten ...", "Derfor bør regjeringa ..."
                 or head[:hits[0].start].split()[0].casefold() in {"de", "dei", "den", "det"}):
        return hits[0].name
    later = _later_subject(text)
    if later:
        return later
    first = CAPITALISED_WORD.match(text)
    if first:  # a minister by surname ("Hansen sørger for ..."): the gazetteer's ministry
        return minister_ministry(first.group(0), document_text)
    return None


LATER_INVERTED = re.compile(r",\s*(?:og|men)\s+(?:det|dette|den|så|da|då|nå|no)\s+(?:må|bør|burde)\s+", re.IGNORECASE)
FRONTED_WHEN = re.compile(r"^(?:når|hvis|viss|dersom)\s+", re.IGNORECASE)
MAIN_MODAL = re.compile(r",\s*(?:så\s+)?(?:må|bør|burde)\s+", re.IGNORECASE)


def _later_subject(text: str) -> str | None:
    """The actor of a demand whose action comes after a clause of its own: the subject right after
    the modal of a later clause with a fronted object ("X er dyrt, og det må staten ta med i budsjettet")."""
    later = LATER_INVERTED.search(text)
    if later:
        hits = addressees_in(text[later.end():later.end() + 60])
        if hits and hits[0].start == 0 and not _receiver(text, later.end(), later.end() + hits[0].end, hits[0].name):
            return hits[0].name
    return None


@lru_cache(maxsize=1)
def _receiving_finite() -> frozenset[str]:
    return frozenset(str(w).casefold() for w in lexicon.load("request_verbs")["receiving_finite"] if " " not in str(w))


def condition_actor(text: str) -> str | None:
    """The subject of a fronted condition whose main clause holds the modal and names nobody who acts
    ("Når staten vedtek nye plikter, må pengane følgje med": the one that sets the condition must pay)."""
    fronted = FRONTED_WHEN.match(text)
    main = MAIN_MODAL.search(text) if fronted else None
    if fronted and main:
        hits = addressees_in(text[fronted.end():main.start()])
        at = fronted.end() + hits[0].start if hits else 0
        after = text[at + hits[0].end - hits[0].start:].casefold().split() if hits else []
        if hits and hits[0].start == 0 and not addressees_in(text[main.end():]) \
                and not _receiver(text, at, at + hits[0].end - hits[0].start, hits[0].name) \
                and not (after and after[0] in _receiving_finite()):
            return hits[0].name  # not "Når kommunane får nye oppgåver, ...": they receive
    return None


def _prepositional(text: str) -> str | None:
    """An actor after 'fra/med/mellom' ("oppfølging fra regjeringen"), not the municipalities."""
    for hit in addressees_in(text):
        if hit.name != "kommunene" and (PREPOSITIONS.search(text[:hit.start])
                                        or _patterns()["agent"].search(text[:hit.start])):
            return hit.name  # also the agent of a passive ("må dekkes av staten")
    return None


@lru_cache(maxsize=1)
def _subject_pronouns() -> frozenset[str]:
    return frozenset(str(w) for w in lexicon.load("actors").get("subject_pronouns", []))


def _pronoun_subject(words: list[str]) -> bool:
    """A personal pronoun as the clause subject: first word, or right after an opening modal."""
    low = [w.casefold().strip(",") for w in words[:2]]
    return bool(low) and (low[0] in _subject_pronouns()
                          or (low[0] in {"må", "bør", "burde"} and len(low) > 1 and low[1] in _subject_pronouns()))


S_PASSIVE = re.compile(r"[a-zæøå]{3,}(?:es|ast)")  # "vurderes", "settes", "vurderast"


NAMING_PREPOSITIONS = frozenset({"med", "for", "om", "til", "av"})  # a complement that names the scheme itself


def _pointer(text: str, earlier: list[tuple[str, str | None]], sentences_before: list[str]) -> str | None:
    """An actor named just before that a word of the text points back to."""
    words = text.split()
    first = words[0].casefold() if words else ""
    previous = [a for _, a in earlier if a]
    named = len(words) > 1 and words[1].casefold() in NAMING_PREPOSITIONS  # "ordninga med lærlingtilskot"
    if first in pointer_words() and previous and not named \
            and not (len(words) > 1 and S_PASSIVE.fullmatch(words[1].casefold())):
        return previous[-1]  # not the subject of an s-passive ("det settes i gang", "den evalueres"): no actor
    stems = [m.group(1).casefold() for m in DEFINITE.finditer(text)]
    if words and stems:
        lead = DEFINITE.match(words[0])
        if lead and not addressees_in(words[0]):  # "kommunane bør få X": an actor itself, pointing back to none
            for prior_text, actor in reversed(earlier):
                if actor and lead.group(1).casefold() in prior_text.casefold():
                    return actor
    if _pronoun_subject(words) and sentences_before:
        hits = addressees_in(sentences_before[-1])
        if hits and hits[0].start <= 2 and hits[0].name not in ("kommunene", MINISTRY):
            return hits[0].name  # "Regjeringa har lagt fram ein plan. Då må ho ...": the actor just named
    for sentence in reversed(sentences_before[-2:]):
        hits = addressees_in(sentence)
        if not hits or hits[0].start > 2 or hits[0].name in ("kommunene", MINISTRY):
            continue
        low = sentence.casefold()
        if any(re.search(rf"{re.escape(stem)}\w*(?![\w-])", low) and len(stem) >= 5 for stem in stems):
            return hits[0].name
    return None


def addressee(text: str, asked: str | None, document_text: str,
              earlier: list[tuple[str, str | None]], sentences_before: list[str]) -> str | None:
    """Who must act: the one asked, the clause's subject, an actor after fra/med/mellom,
    or an actor a pointer word refers back to; else None."""
    text = _patterns()["need_prefix"].sub("", text)  # "det er behov for at staten ...": the clause after it
    return (asked or ks_subject(text, _receiver) or _subject_actor(text, document_text) or _prepositional(text)
            or _pointer(text, earlier, sentences_before))


@lru_cache(maxsize=1)
def _splitters() -> tuple[str, ...]:
    return tuple(lexicon.load("request_verbs")["splitters"])


@lru_cache(maxsize=2048)
@lru_cache(maxsize=1)
def _short_infinitives() -> frozenset[str]:
    return frozenset(str(w).casefold() for w in lexicon.load("request_verbs")["short_infinitives"])


def is_infinitive(word: str, language: str = "nb") -> bool:
    """A bare infinitive verb: ends in -e (or -a in nynorsk) and is its own lemma (in nynorsk, an
    e-infinitive whose lemma is the a-form: "opne", lemma "opna"), or a prefixed verb ending in another vowel
    (`vowel_infinitives`: "tilby")."""
    low = word.casefold()
    if low in _not_verbs() or len(low) < 4 or not low.isalpha():
        return False
    if low in _vowel_infinitives():
        return True  # "tilby", "forby", "oppnå"
    if not (low.endswith("e") or (language == "nn" and low.endswith("a"))):
        return False
    lemma = simplemma.lemmatize(low, lang=language if language in ("nb", "nn") else "nb").casefold()
    return lemma == low or (language == "nn" and lemma == low[:-1] + "a")  # nynorsk e-infinitive, a-form lemma


@lru_cache(maxsize=1)
def _not_infinitive_endings() -> tuple[str, ...]:
    return tuple(str(e) for e in lexicon.load("request_verbs")["not_infinitive_endings"])


@lru_cache(maxsize=1)
def _continuing() -> re.Pattern[str]:
    data = lexicon.load("request_verbs")
    words = lexicon.alternation([str(w) for w in data["continuing_subjects"]])
    verbs = lexicon.alternation([str(w) for w in data["continuing_verbs"]])
    return re.compile(rf"^\s*(?:{words})\s+(?:[\wæøå]+\s+)?(?:{verbs}|{S_PASSIVE.pattern})(?![\w-])", re.IGNORECASE)


def _continues(rest: str) -> bool:
    """True when a clause after 'og at' has a pronoun pointing back as subject ("legger fram en
    plan, og at den kommer før ...", also of an s-passive: "og at den evaluerast"): it says more of
    the same measure (decision 5)."""
    return bool(_continuing().match(rest))


@lru_cache(maxsize=1)
def _reporting_back() -> re.Pattern[str]:
    return lexicon.phrase_pattern(lexicon.load("request_verbs")["reporting_back"], before=r"^")


def _reports_back(rest: str) -> bool:
    """'og komme tilbake til Stortinget': the reporting-back formula closes the request before it."""
    return bool(_reporting_back().match(rest))


SHARED_OBJECT = re.compile(r"(?<![\w-])(?:må|bør|skal|kan|får|å)\s+(?:(?:også|òg|heller|derfor|difor|nå|no)\s+)?[a-zæøå]+"
                           r"(?:\s+(?:opp|oppe|ut|inn|ned|fram|på))?$")  # a verb (and its particle) with no object


NOUN_JOINT = re.compile(r"(?:,\s*og|\s+og)\s+om\s+(?=(?:en|et|ei|eit|ein)\s)")  # "og om et eget tilskudd"


@lru_cache(maxsize=1)
def _infinitive_joint() -> re.Pattern[str]:
    """"og" before a second infinitive, an adverb that may stand between ("og særlig gi et ekstra løft",
    `split_adverbs`: the second part opens with it) and "om å"/"til å" (group 2: the word read as the verb)."""
    adverbs = lexicon.alternation(lexicon.load("request_verbs")["split_adverbs"])
    return re.compile(rf"(?:,\s*og|\s+og)\s+(?P<adverb>(?:{adverbs})\s+)?(?P<mark>(?:om\s+|til\s+)?å\s+)?(?P<verb>[a-zæøå]+)(?=\s)")


def split_actions(text: str, infinitival: bool, language: str = "nb", modal: bool = False) -> list[tuple[int, int]]:
    """(start, end) of each separately grantable action in `text` (decision 5): split at
    'samt' and 'og at'; in an infinitival request also at 'og (særlig) <infinitive>' (a word after
    'og (om) å' is one whatever the lemmatiser says) when the first part is at least three words long,
    except before a reporting-back formula ('og komme tilbake til Stortinget'); under a modal (`modal`)
    not at a word with a noun's or participle's ending (`not_infinitive_endings`)."""
    cuts: list[tuple[int, int]] = []  # (cut start, next part start)
    for splitter in _splitters():
        for m in re.finditer(re.escape(splitter), text):
            if not _continues(text[m.end():]):
                cuts.append((m.start(), m.end()))
    if infinitival:
        for m in _infinitive_joint().finditer(text):
            left = text[:m.start()]
            last_cut = max([c[1] for c in cuts if c[1] <= m.start()], default=0)
            marked = m.group("mark") is not None and m.group("verb") not in _not_verbs()  # "og om å opne": after "å"
            if _reports_back(text[m.start("verb"):]):
                continue
            if modal and m.group("verb").endswith(_not_infinitive_endings()):
                continue  # "må føre til tiltak og målrettede ordninger": an adjective or noun, no second action
            if SHARED_OBJECT.search(left):
                continue  # "må halde oppe og byggje ut kapasiteten", "får behalde og styrkje X": two verbs of one
                # object, one action
            short = not modal and m.group("verb") in _short_infinitives()  # "og særlig gi": after a request verb
            if ((marked or short or is_infinitive(m.group("verb"), language)) and len(text[last_cut:m.start()].split()) >= 3
                    and not re.search(r"(?:for|ved|til|med)\s+å\s+\S+$", left)):
                cuts.append((m.start(), m.start("adverb") if m.group("adverb") else m.start("verb")))
    if infinitival:
        for m in NOUN_JOINT.finditer(text):  # "om å finansiere X og om et eget tilskudd til Y": a thing asked too
            if len(text[:m.start()].split()) >= 3:
                cuts.append((m.start(), m.end()))
    cuts = sorted(set(cuts))
    parts: list[tuple[int, int]] = []
    pos = 0
    for cut_start, next_start in cuts:
        if cut_start > pos:
            parts.append((pos, cut_start))
            pos = next_start
    parts.append((pos, len(text)))
    return [(a, b) for a, b in parts if len(text[a:b].split()) >= 2]
