"""Who the text says did not take part in the occasion (`absent_names`).

A person is absent when a sentence says so ("NN meldte forfall", `absence.absent_spans`), a header field of absence
names them ("Forfall: NN", `minutes.absent_field_spans`), a list marks them ("NN (KS) (forfall)", `absence_mark` in
`data/participant_patterns.yaml`), they gave input in writing instead ("NN sendte skriftlige innspill",
`absence.written_cues`), the text names them only for another meeting or time ("daværende statssekretær NN", "Det
møtet vart leidd av NN": `elsewhen.elsewhere_only`), or the title or lead says the occasion was put off or cancelled
(`absence.lead_calls_off`: then nobody took part, unless the text tells one held all the same,
`called_off.held_all_the_same`; in such a text, an office named by its title alone in the sentence that calls the
occasion off, "utsett då statsråden vart sjuk", is no absent person: its holder came to the one held).
"""
from __future__ import annotations

import re
from functools import lru_cache

from flows import lexicon
from flows.extract.absence import absence_cues, absent_spans, lead_calls_off, written_cues
from flows.extract.called_off import calls_off, held_all_the_same
from flows.extract.elsewhen import elsewhere_only
from flows.extract.minutes import absent_field_spans
from flows.extract.participant_details import any_pattern, pattern_data as _data
from flows.extract.people import People, PersonMention, resolve
from flows.model import Sentence, Statement


@lru_cache(maxsize=1)
def _absence_mark() -> re.Pattern[str]:
    return re.compile(str(_data()["absence_mark"]), re.IGNORECASE)


@lru_cache(maxsize=1)
def _substituted() -> re.Pattern[str]:
    return re.compile(str(_data()["substituted_for"]), re.IGNORECASE)


@lru_cache(maxsize=1)
def _substituted_row() -> re.Pattern[str]:
    return re.compile(str(_data()["substituted_row"]), re.IGNORECASE)


def _without_substitutes(text: str, span: tuple[int, int]) -> tuple[int, int]:
    """A field of absence up to the sentence in it that places someone at the occasion, a substitute ("Forfall: NN.
    Vararepresentant MM møtte for han."): the names before it were away, the substitute came."""
    start, end = span
    cut = start
    while True:
        stop = text.find(". ", cut, end)
        if stop < 0:
            return span
        if any_pattern("attendance").search(text[stop + 2:end]):
            return (start, stop + 1)
        cut = stop + 2


@lru_cache(maxsize=1)
def _pronoun_substitute() -> re.Pattern[str]:
    return re.compile(str(_data()["substituted_pronoun"]), re.IGNORECASE)


def _came_for(inside: list[PersonMention], sentence: Sentence) -> set[str]:
    """The person named first in the sentence when a substitute named later came for them by a pronoun ("MM var på
    eit EU-møte, og nestleiar NN møtte for henne", `substituted_pronoun`)."""
    cue = _pronoun_substitute().search(sentence.text)
    if cue is None:
        return set()
    before = [m for m in inside if m.start < sentence.start + cue.start()]
    return {before[0].name} if len(before) >= 2 and before[0].name != before[-1].name else set()


# A sentence whose subject is a personal pronoun right before an absence cue ("Hun deltok ikke på selve møtet", "Ho
# var ikkje med på besøket", "Han hadde forfall"), with at most adverbs between ("Hun selv deltok ikke").
@lru_cache(maxsize=1)
def _pronoun_subject() -> tuple[re.Pattern[str], frozenset[str]]:
    """A personal pronoun opening a sentence (`absence_pronouns`) and the words it and an absence cue may have
    between them (`absence_pronoun_adverbs`)."""
    data = _data()
    return (lexicon.phrase_pattern(data["absence_pronouns"], before="^", after=r"\s+"),
            frozenset(str(w).casefold() for w in data["absence_pronoun_adverbs"]))


def _pronoun_absent(people: People, inside: list[PersonMention], sentence: Sentence) -> set[str]:
    """The person a sentence-opening pronoun points back to when an absence cue follows it with no name between ("NN
    ønskte velkommen til middagen. Hun deltok ikke på selve møtet.")."""
    pronoun, between = _pronoun_subject()
    opener = pronoun.match(sentence.text)
    if opener is None or not any(cue >= opener.end() and all(w.casefold() in between
                                                             for w in sentence.text[opener.end():cue].split())
                                 for cue in absence_cues(sentence.text)):
        return set()
    if any(m.start < sentence.start + opener.end() for m in inside if m.kind != "title"):
        return set()
    found = resolve(people, sentence.text.split(" ", 1)[0], sentence.start)
    return {found.name} if found is not None else set()


@lru_cache(maxsize=1)
def _first_person() -> re.Pattern[str]:
    return lexicon.phrase_pattern(_data()["first_person_pronouns"], before=r"(?<![\w-])", after=r"(?![\w-])")


SELF_REACH = 8  # words between the speaker's "eg" and the absence cue ("Eg var dessverre på legevakt og fekk ikkje")


def self_absent(statements: tuple[Statement, ...]) -> frozenset[str]:
    """Speakers whose own quoted words say they were away ("– Eg var dessverre på legevakt og fekk ikkje vore med,
    seier NN"): a first-person subject (`first_person_pronouns`) with an absence cue after it in the same sentence,
    at most `SELF_REACH` words on, with no clause of its own between (`self_absence_breaks`: "eg trur at statsråden
    ikkje kunne kome", "Eg vil takke statsråden, som ikkje kunne kome" are not)."""
    out: set[str] = set()
    for statement in statements:
        if statement.kind != "direct" or not statement.speaker.name:
            continue
        text = statement.text
        for cue in absence_cues(text):
            clause = re.split(r"[.!?]\s", text[:cue])[-1]
            pronoun = [m for m in _first_person().finditer(clause)]
            if not pronoun:
                continue
            between = clause[pronoun[-1].end():]
            if len(between.split()) <= SELF_REACH and not any_pattern("self_absence_breaks").search(between):
                out.add(statement.speaker.name)
    return frozenset(out)


def _before_fields(sentence: Sentence, fields: tuple[tuple[int, int], ...]) -> str:
    """The sentence's text up to the first field of absence inside it: a sentence the splitter runs over a header's
    lines ("Deltakere: A, B" and "Meldt avbud: C", no stop between) ends where the field begins."""
    cuts = [a - sentence.start for a, _ in fields if sentence.start < a < sentence.start + len(sentence.text)]
    return sentence.text[:min(cuts)] if cuts else sentence.text


def absent_names(people: People, sentences: tuple[Sentence, ...], text: str = "") -> frozenset[str]:
    """Persons the text says did not take part ("NN meldte forfall"), also those a header field of absence
    names ("Forfall: NN", `minutes.absent_field_spans`) or a list marks ("NN (KS) (forfall)", `absence_mark`), those a
    substitute came for ("NN møtte for styreleiar MM", `substituted_for`) and those
    named only for another meeting or time
    ("daværende statssekretær NN", "Det møtet vart leidd av NN": `elsewhen.elsewhere_only`), when `text` is given;
    everyone, when the title or lead says the occasion was put off or cancelled (`absence.lead_calls_off`)."""
    fields = tuple(_without_substitutes(text, span) for span in absent_field_spans(text)) if text else ()
    out: set[str] = {m.name for m in people.mentions if any(a <= m.start < b for a, b in fields)}
    if text:
        mark = _absence_mark()  # "Kari Holm (KS) (forfall)"
        out |= {m.name for m in people.mentions if "(" in text[m.end:m.end + 60] or "forfall" in text[m.end:m.end + 60]
                if mark.match(text, m.end)}
        out |= elsewhere_only(people, sentences, text)
        substituted = _substituted()  # "NN, som møtte for styreleiar MM": MM was away
        out |= {m.name for m in people.mentions if m.kind == "full" and substituted.search(text[max(0, m.start - 100):m.start])}
        row = _substituted_row()  # "Oddvar Hestad varamedlem ja (for Lunde)": Lunde was away
        out |= {m.name for m in people.mentions
                if m.kind in ("full", "surname") and row.search(text[max(0, m.start - 20):m.start])}
        if lead_calls_off([s.text for s in sentences]) and not held_all_the_same(text):
            out |= {m.name for m in people.mentions}  # the occasion was put off: nobody took part (unless one was
            # held in its place: "Konsultasjonsmøtet utsett – KS møtte direktoratet i staden")
    for sentence in sentences:
        inside = [m for m in people.mentions if sentence.start <= m.start < sentence.end]
        if text and calls_off(sentence.text) and held_all_the_same(text):  # why the occasion was put off ("utsett då statsråden vart sjuk"), and
            inside = [m for m in inside if m.kind != "title"]  # it was held later: the office's holder then came
        out |= _came_for(inside, sentence) | _pronoun_absent(people, inside, sentence)
        body = _before_fields(sentence, fields)  # a field of absence on the next line ("Meldt avbud: C") names its
        inside = [m for m in inside if m.start < sentence.start + len(body)]  # own: not the last name above it
        spans = [(m.start, m.end) for m in inside]
        hits = set(absent_spans(spans, sentence.start, body, own_clause=True))
        written = written_cues(body)  # input in writing instead: "NN sendte skriftlige innspill"
        if written:
            hits |= absent_spans(spans, sentence.start, body, True, written)
        out |= {inside[i].name for i in hits}
    return frozenset(out)
