"""The demands of one sentence in a voice: a claimant's (`sentence_demands`: the cues of flows.extract.clauses,
each action made into rows by flows.extract.demand_rows), or a minister's or ministry's request that others act
(`government_demands`, government_voice.py).
"""
from __future__ import annotations

import re
from dataclasses import replace
from functools import lru_cache

from flows import lexicon
from flows.extract.actors import addressees_in, claimants_in
from flows.extract.ministry_actors import ministry_aliases
from flows.extract.clauses import find_cues, first_person_before, imperative_cue
from flows.extract.cue_patterns import cue_words, patterns
from flows.extract.demand_rows import RowContext, counterpart, make_demands, modal_infinitive
from flows.extract.own_items import action_item_cue, need_item, under_agenda
from flows.extract.own_voice import AUTHOR_VOICES, own_cues
from flows.extract.resolve import is_infinitive
from flows.extract.government_voice import asks_others, municipal_group, requests_others, speaker_ministry
from flows.extract.request_subjects import state_asks
from flows.extract.voice import Voice
from flows.model import Block, Demand, Sentence, Statement


COORDINATED = re.compile(r"(?<![\w-])og\s*$", re.IGNORECASE)  # a second request verb with the same subject
AFTER_INFINITIVE_MARK = re.compile(r"(?<![\w-])å\s+$")  # "ber regjeringa om å slå saman X, og om å gi Y": two
MARKED_INFINITIVE = re.compile(r"(?<![\w-])og\s+(?:om\s+|til\s+)?å\s")  # the second one marked by "å"


# the object of a need verb is a clause ("vi trenger at X, og at Y") or the need is a cleft ("Det vi trenger, er
# NP, og at Y"): a coordinated "og at" part is needed too; after a noun phrase object ("kommunen treng fleire
# plassar, og at ventelista er lang") it goes on with the verb of saying, a fact
CLAUSAL_NEED = re.compile(r"\s*(?:[\wæøå]+\s+){0,2}?at(?![\w-])|\s*(?:[\wæøå]+\s*)?,\s*er(?![\w-])", re.IGNORECASE)


def _clausal_need(text: str, start: int, end: int) -> bool:
    """True when the need verb of a cue takes a clause ("trenger også at X") or opens a cleft ("Det vi trenger
    nå, er ..."), or no need verb is found in it."""
    verb = patterns()["need_verb"].search(text, start, end)
    return verb is None or CLAUSAL_NEED.match(text, verb.end()) is not None


@lru_cache(maxsize=1)
def _raised_need() -> tuple[re.Pattern[str], re.Pattern[str]]:
    data = lexicon.load("request_verbs")["matters"]
    verbs = lexicon.alternation([str(w) for w in data["raised"] + data.get("raised_infinitive", [])])
    needs = lexicon.alternation([str(w) for w in data.get("raised_needs", [])])
    return (re.compile(rf"(?<![\w-])(?:{verbs})\s+(?:[\w']+\s+){{0,4}}?opp(?![\w-])", re.IGNORECASE),
            re.compile(rf"(?<![\w-])(?:{needs})\s+for\s+(?:at\s+)?$", re.IGNORECASE))


def raised_need(before: str) -> bool:
    """A need the sentence raises before the words asked ("KS tok også opp behovet for ", "vil ta opp
    behovet for at "): asked of the meeting's counterpart, as a list of matters raised is (decision 2)."""
    raised, need = _raised_need()
    return bool(need.search(before)) and bool(raised.search(before))


def met_nearby(ctx: RowContext, block: Block, sentence: Sentence) -> str | None:
    """The first ministry the paragraph before a sentence or its own words before it name ("Styreleiaren
    møtte statssekretæren ved Statsministerens kontor." then "KS tok opp behovet for X"), None for none."""
    names = set(ministry_aliases().values())
    before = ctx.blocks[block.index - 1].text if 0 < block.index <= len(ctx.blocks) else ""
    text = before + "\n\n" + ctx.document.text[block.start:sentence.start]
    return next((h.name for h in addressees_in(text) if h.name in names), None)


def sentence_demands(ctx: RowContext, block: Block, index: int, voice: Voice, matters: bool,
                     earlier: list[tuple[str, str | None]], slides: bool, sentence: Sentence,
                     announced: bool = False) -> list[Demand]:
    """The demands of one sentence (the `index`th of `block`) in a claimant's `voice`: `matters`, in a list of
    matters raised (a need is asked of the meeting's counterpart); `slides`, on a slide; `announced`, in a
    paragraph a count of calls announced (it may open with an imperative)."""
    before = [s.text for s in block.sentences[:index]]
    out: list[Demand] = []
    asked_before: str | None = None
    cues = find_cues(sentence.text)
    if voice.rule in AUTHOR_VOICES and block.kind == "item" and index == 0 and need_item(sentence.text):
        matters = True  # "- Behov for en uavhengig evaluering av X" in the author's notes: a matter raised
    elif voice.rule in AUTHOR_VOICES:
        cues = own_cues(sentence.text, cues, voice.claimants[0])  # the author's own positions, not what others want (own_voice.py)
        if block.kind == "item" and index == 0 and not under_agenda(ctx.blocks, block.index):
            cues = action_item_cue(sentence.text, cues, ctx.document.language,  # "- Fullfinansiere X"
                                   ctx.parses.get(sentence.start)) + cues
    if (voice.in_quote or announced) and not matters and not slides:
        cues = imperative_cue(sentence.text, cues) + cues  # also a call a count announced: "tre oppfordringer:"
    elif voice.rule in AUTHOR_VOICES and not matters and not slides:  # the author's own voice: an imperative only as
        cues = imperative_cue(sentence.text, cues, enumerated=True) + cues  # an item ("For det andre: Gi kommunene X")
    for cue in cues:
        if matters and cue.kind != "noun":
            continue
        if cue.kind == "request" and voice.rule != "government" and state_asks(sentence.text[:cue.anchor]):
            continue  # "Direktoratet har bedt kommunene om å X": what the state asks, told (request_subjects.py)
        if cue.kind == "request":
            named = claimants_in(sentence.text[cue.anchor:cue.start]) if cue.addressee is None else []
            if named and voice.rule == "government":
                cue = replace(cue, addressee=named[0].name)  # "forventer at alle kommuner X, og ber KS om å Y": the
                # ministry asks the one it names (round 60)
            elif cue.addressee is None and asked_before and COORDINATED.search(sentence.text[:cue.anchor]):
                cue = replace(cue, addressee=asked_before)  # "oppfordrer regjeringen til å X, og ber om at Y"
            asked_before = cue.addressee
        if slides and not (cue.kind in ("modal", "passive") and addressees_in(cue.subject)[:1]
                           and addressees_in(cue.subject)[0].start <= 4) \
                and not (cue.kind == "request" and first_person_before(sentence.text[:cue.anchor])):
            continue  # in slides: "Staten må ...", or the author's own request ("Vi forventer at ...")
        end = cue.end
        asked = cue.addressee
        if matters:
            stop = re.search(r",\s|\s(?:og|ble|vart|var)\s", sentence.text[cue.start:end])
            end = cue.start + stop.start() if stop else end
            asked = counterpart(sentence.text, ctx.document)
        elif asked is None and cue.kind == "noun" and raised_need(sentence.text[:cue.start]) \
                and not [h for h in addressees_in(sentence.text[cue.start:end]) if h.start == 0]:
            asked = met_nearby(ctx, block, sentence) or counterpart(sentence.text, ctx.document)  # "KS tok også opp
            # behovet for X": the one met, named in the paragraph or the one before ("KS møtte X ved SMK")
        if cue.kind == "proposals" and asked is None and voice.rule == "continued" and before:
            named = {h.name for h in addressees_in(before[-1])}  # "Eit brev med forslag går til departementet.
            asked = named.pop() if len(named) == 1 else None  # Blant forslaga er ...": the letter's recipient
        rule = ("matters_need" if matters else cue.rule)
        start = cue.start + 2 if cue.kind == "proposals" and sentence.text.startswith("å ", cue.start) else cue.start
        infinitival = (cue.kind == "request" and (bool(re.match(r"[a-zæøå]+e\b", sentence.text[cue.start:]))
                                                  or (bool(AFTER_INFINITIVE_MARK.search(sentence.text[:cue.start]))
                                                      and bool(MARKED_INFINITIVE.search(sentence.text, cue.start))))) \
            or (cue.kind == "proposals" and sentence.text.startswith("å ", cue.start))  # "Blant krava var å X, og å Y"
        infinitival = infinitival or (cue.kind == "modal" and  # "Regjeringa bør auke X og opne for Y": two
                                      modal_infinitive(sentence.text, cue.start, end, ctx.document.language))
        rows = make_demands(ctx, block, sentence.start, sentence.text, start, end, voice.claimants, asked, voice,
                            f"{voice.rule}:{rule}", earlier, before, infinitival,
                            position=cue.kind in ("modal", "passive") or (cue.kind == "need_verb" and not
                                                                           _clausal_need(sentence.text, start, end)))
        if cue.kind == "request" and cue.addressee is None and rows and rows[-1].addressee:
            asked_before = rows[-1].addressee  # "krever at regjeringen X, og vil ha Y": Y asked of regjeringen too
        if cue.kind == "request" and len(rows) == len(voice.claimants) \
                and pronoun_action(rows[0].text, ctx.document.language):
            rows = [_whole_sentence(d, sentence) for d in rows]  # "vi har bedt om at det utredes" (decision 6)
        out += rows
    return out


PASSIVE = re.compile(r"[a-zæøå]{3,}(?:es|ast|st)$")  # "utredes", "greiast", "vurderast"


def pronoun_action(text: str, language: str) -> bool:
    """True when a request's action is only a pronoun and a verb: a passive after it ("at det utredes", "at dette blir
    gjort") or an infinitive before it ("om å følgje det", "om å gjere dette"): what it stands for was named before, so
    the demand is the whole sentence (decision 6); not a determiner before a noun ("dette tilskotet")."""
    words = [w.casefold() for w in re.findall(r"[\wæøå-]+", text)]
    pronouns = set(cue_words("pronoun_objects"))
    if len(words) == 2 and words[0] in pronouns:
        return bool(PASSIVE.search(words[1]))
    if len(words) == 3 and words[0] in pronouns and words[1] in cue_words("passive_auxiliaries"):
        return True
    return len(words) == 2 and words[1] in pronouns and is_infinitive(words[0], language)


def _whole_sentence(demand: Demand, sentence: Sentence) -> Demand:
    """The demand widened to its whole sentence, without a list's or a quotation's opening marks and the end mark."""
    text = sentence.text
    lead = len(text) - len(text.lstrip(" -–—→•*«\"\n"))
    end = len(text.rstrip(" .!?»\"\n"))
    return replace(demand, text=text[lead:end], start=sentence.start + lead, end=sentence.start + end)


def government_demands(ctx: RowContext, block: Block, index: int, voice: Voice | None,
                        earlier: list[tuple[str, str | None]], sentence: Sentence,
                        statements: tuple[Statement, ...], ministry: str | None = None,
                        asked_of: str | None = None) -> list[Demand]:
    """A minister's or ministry's request that others act (government_voice.py), or a position on what the
    municipalities must do in a minister's quoted words or own talk ("Kommunane må òg samarbeide meir om innkjøp"): the
    ministry's demand;
    `ministry`: the one of a minister's own talk (demand_minister_talk.py), `asked_of`: the one a count of
    calls announced ("tre oppfordringer til dere i kommunene:"), whose paragraphs open with an imperative."""
    imperative = asked_of is not None and index == 0 and asks_others(asked_of, "") and \
        bool(imperative_cue(sentence.text, []))
    spoken = ministry is not None or (voice is not None and voice.in_quote)  # a quotation or the minister's own talk
    municipal = (spoken and _municipal_modal().search(sentence.text) is not None) or _reported_municipal(sentence.text)
    if not imperative and not municipal and not requests_others(sentence.text):
        return []
    ministry = ministry or speaker_ministry(sentence, statements, ctx.document.text)
    if ministry is None:
        return []
    own = Voice((ministry,), voice.in_quote if voice else False, voice.statement if voice else None, "government")
    rows = sentence_demands(ctx, block, index, own, False, earlier, False, sentence, imperative)
    rows = [replace(d, addressee=asked_of) if imperative and d.rule.endswith(":imperative") else d for d in rows]
    rows = [replace(d, addressee="kommunene") if d.addressee is None and (municipal_group(d.text) or (
        municipal and _second_person().match(d.text))) else d for d in rows]  # "Dere må X" to the mayors (round 60)
    return [d for d in rows if (d.rule.endswith(":request_verb") or (imperative and d.rule.endswith(":imperative"))
                                or (municipal and d.rule.endswith(":modal") and _municipal_acts(d.text)))
            and asks_others(d.addressee, d.text)]


def _municipal_acts(text: str) -> bool:
    """True when a demand's text opens with the municipal side and a modal, or a fronted adverb and the inverted
    modal ("Samtidig må kommunene"), and a verb of acting after it (not "Kommunene må få mer penger": they receive)."""
    adverb = patterns()["adverb"].match(text)
    found = _municipal_modal().match(text, len(text) - len(text[adverb.end():].lstrip()) if adverb else 0)
    return found is not None and not patterns()["receiving"].match(text, found.end())


@lru_cache(maxsize=1)
def _reported_at() -> re.Pattern[str]:
    """A verb of saying and "at" right before a clause (`indirect` in speech_verbs.yaml): "Han understreket at"."""
    data = lexicon.load("speech_verbs")
    verbs = lexicon.alternation([str(w) for w in [*data["indirect"], *(data.get("writing_at") or ())]])
    return re.compile(rf"(?<![\w-])(?:{verbs})\s+(?:[\wæøå-]+\s+){{0,4}}?at\s+", re.IGNORECASE)


def _reported_municipal(text: str) -> bool:
    """What the municipalities must do, in a member of the government's reported words ("Han understreket at kommunene
    må tilpasse tjenestene til endringer i befolkningen"; round 60): as in their quoted words."""
    found = (_municipal_modal().match(text, m.end()) for m in _reported_at().finditer(text))
    return any(f is not None and not _state_verb().match(text, f.end()) for f in found)  # not "må vere førebudde på X"


@lru_cache(maxsize=1)
def _state_verb() -> re.Pattern[str]:
    """A verb of a state right after the modal (`state_verbs`): a state, not an act."""
    words = lexicon.alternation([str(w) for w in lexicon.load("request_verbs")["state_verbs"]])
    return re.compile(rf"\s+(?:{words})(?![\w-])", re.IGNORECASE)


@lru_cache(maxsize=1)
def _second_person() -> re.Pattern[str]:
    """The second person opening an action (`second_person_subjects`): "Dere må X"."""
    words = lexicon.alternation([str(w) for w in lexicon.load("request_verbs")["second_person_subjects"]])
    return re.compile(rf"\s*(?:{words})\s", re.IGNORECASE)


@lru_cache(maxsize=1)
def _municipal_modal() -> re.Pattern[str]:
    """The municipal side as a modal's subject ("Kommunane må òg samarbeide meir om innkjøp", `municipal_subjects`), also
    after it in an inverted clause ("Samtidig må kommunene ta i bruk X"): in a minister's quoted words, the ministry's
    demand of the municipalities."""
    data = lexicon.load("request_verbs")
    gap = lexicon.alternation(data["municipal_subject_gap"])
    subjects, modals = lexicon.alternation(data['municipal_subjects']), lexicon.alternation(cue_words('modals'))
    return re.compile(rf"(?<![\w-])(?:(?:{subjects})(?:\s+(?:{gap}))*\s+(?:{modals})"
                      rf"|(?:{modals})(?:\s+(?:{gap}))*\s+(?:{subjects}))(?![\w-])", re.IGNORECASE)  # and inverted: "Samstundes
    # må kommunane X", "Da må også kommunene se grundig på X" (round 59)
