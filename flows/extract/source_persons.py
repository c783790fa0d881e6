"""Who the text names as a source from elsewhere, not as one who took part in the occasion.

A news text names people it draws on: the author of a report ("skrevet av NN"), someone quoted from an
interview or another newspaper ("sa NN til NRK", "ifølge NN"), a voice that reacts to a medium in a later
paragraph ("sier NN til Fagbladet"). Their names stand near verbs of saying, so `participants` asks this
module first:

- `source_before`: a name after "skrevet av", "ledet av", "ifølge" (`not_participant_before`), unless a
  delegation or the meeting is what was led (`participant_before`);
- `source_context`: the sentence is a source context (`not_participant_context`), for a person named
  before the words that name a source after them;
- `sourced_elsewhere`: persons whose first mention stands in such a context outside the occasion's sentences;
- `told_a_medium`: persons a sentence has speak to a medium (`told_media.tellings`) outside the occasion,
  whom no attendance sentence places there.

Patterns from `data/participant_patterns.yaml`.
"""
from __future__ import annotations

import re
from functools import lru_cache

from flows.extract.matcher import trie_alternation
from flows.extract.participant_details import any_pattern as _any, pattern_data as _data
from flows.extract.people import People, PersonMention
from flows.extract.told_media import Tellings
from flows.literal_gate import Searchable
from flows.extract import roles as R
from flows.model import Mention, Sentence

SOURCE_WINDOW = 140  # characters before a name where "skrevet av" may make it a source (a list of names between)


def sentence_of(sentences: tuple[Sentence, ...], offset: int) -> Sentence | None:
    """The sentence that holds `offset`, or None."""
    for s in sentences:
        if s.start <= offset < s.end:
            return s
    return None


@lru_cache(maxsize=4096)
def is_attendance(sentence: str) -> bool:
    """The sentence holds an attendance cue (`attendance`: "deltok", "møtte", "Med seg hadde han"); asked of one
    sentence by several passes (the meeting's spans, the sources, the participants), read once."""
    return bool(_any("attendance").search(sentence))


@lru_cache(maxsize=1)
def _not_before_words() -> re.Pattern[str]:
    words = trie_alternation(_data()["not_participant_before"], ignore_case=True)
    # the names before this one in the same list are sources too: "skrevet av forskerne A B, C D og E F"
    listed = r"(?:(?-i:[A-ZÆØÅ])[\w-]+(?:\s+(?-i:[A-ZÆØÅ])[\w-]+){0,3}\s*(?:,\s*|\s+og\s+|,\s+og\s+))"
    return re.compile(rf"(?<![\w])(?:{words})\s+(?:[\w-]+\s+){{0,2}}{listed}{{0,5}}$", re.IGNORECASE)


def source_before(before: str) -> bool:
    """'ledet av NN' before a name makes NN a source, except after a delegation or
    the meeting ("KS-delegasjonen, som ble ledet av NN")."""
    return bool(_not_before_words().search(before)) and not _any("participant_before").search(before)


def source_context(sentence: Sentence, mention: PersonMention) -> bool:
    """The sentence makes the person a source from elsewhere (`not_participant_context`: "sier
    til NRK", "i et intervju", "skrevet av"). A context that names the source after it
    ("skrevet av NN", "ifølge NN": the `not_participant_before` words) makes only a person named
    after it a source: "Lund viste til en rapport skrevet av NN" keeps Lund."""
    forward = _not_before_words()
    for match in _any("not_participant_context").finditer(sentence.text):
        starts_source = forward.search(sentence.text[:match.end()] + " x ")
        if starts_source and sentence.start + match.start() > mention.start:
            continue
        return True
    return False


def first_mentions(people: People) -> dict[str, PersonMention]:
    """Each person's first mention in the text."""
    first: dict[str, PersonMention] = {}
    for mention in sorted(people.mentions, key=lambda m: m.start):
        first.setdefault(mention.name, mention)
    return first


def sourced_elsewhere(people: People, sentences: tuple[Sentence, ...], text: str,
                      occasion: Searchable) -> frozenset[str]:
    """Persons the text introduces as a source from elsewhere: their first mention
    stands in a source context (speaking to a newspaper, author of a report,
    "ifølge") in a sentence that does not speak of the occasion. Their later
    quotes ("sier Lien") do not place them at the meeting."""
    out: set[str] = set()
    named = first_mentions(People(people.persons, tuple(m for m in people.mentions if m.kind != "title")))
    for name, mention in first_mentions(people).items():
        mention = named.get(name, mention)  # by name: a title resolved ahead of the name ("leiaren") is no introduction
        sentence = sentence_of(sentences, mention.start)
        if sentence is None or occasion.search(sentence.text):
            continue
        if source_context(sentence, mention) or \
                source_before(text[max(sentence.start, mention.start - SOURCE_WINDOW):mention.start]):
            out.add(name)
    return frozenset(out)


def told_a_medium(people: People, sentences: tuple[Sentence, ...], told: Tellings,
                  occasion: Searchable) -> set[str]:
    """Persons a later sentence has speak to a medium ("sier NN til Fagbladet", `told_media.tellings`) in a sentence
    that does not name the occasion and is a source context, when no sentence naming them places them there (an
    attendance cue): a reaction or an interview elsewhere, not words at the occasion. Only a voice that stands apart
    from the occasion's parties is left out by it (a KS leader telling a news agency of the meeting took part)."""
    spoken = {(start, verb) for _, start, verb in told.speakers}
    told_names: set[str] = set()
    present: set[str] = set()
    for mention in people.mentions:
        sentence = sentence_of(sentences, mention.start)
        if sentence is None:
            continue
        if any(start == mention.start and verb >= sentence.start for start, verb in spoken) \
                and not occasion.search(sentence.text) and source_context(sentence, mention):
            told_names.add(mention.name)  # the words told (a quote before) may hold any cue ("der dei ikkje var med")
        elif is_attendance(sentence.text):
            present.add(mention.name)
    return told_names - present


def local_voices(people: People, sentences: tuple[Sentence, ...], occasion: Searchable, text: str = "") -> frozenset[str]:
    """Persons a sentence places in a municipality of their own as it opens ("I Storvik kommune ... er
    kommunedirektør NN positiv", `local_setting`), or the text brings in with their age (`aged_voices`), whom no
    sentence naming them places at the occasion: voices that illustrate the story, not participants."""
    setting = re.compile(str(_data()["local_setting"]))
    placed = {m.name for m in people.mentions if m.kind == "full"
              and (s := sentence_of(sentences, m.start)) is not None and setting.match(s.text)}
    placed |= {name for name in aged_voices(people, text) if not _meets_government(name, people, sentences)}
    return frozenset(name for name in placed
                     if not any((s := sentence_of(sentences, m.start)) is not None and occasion.search(s.text)
                                for m in people.mentions if m.name == name))


def aged_voices(people: People, text: str) -> frozenset[str]:
    """Persons named with their age in parentheses ("Ragnhild Øvrebø (71)", `aged_name`) who speak for neither KS nor
    the government: residents, patients and young voices a story brings in."""
    if "(" not in text:
        return frozenset()
    aged = re.compile(str(_data()["aged_name"]))
    roles = {p.name: p for p in people.persons}
    return frozenset(m.name for m in people.mentions
                     if m.kind == "full" and aged.match(text, m.end) and not _official(roles.get(m.name))
                     and not _profile_line(text, m.start, aged.match(text, m.end)))


def _profile_line(text: str, start: int, aged: re.Match[str] | None) -> bool:
    """The name and the age make a line of their own: a profile's headline ("DAGENS NAVN" over "NN (52)"; round 47),
    whose person the profile is about, not a voice the story brings in."""
    opens = start == 0 or text[start - 1] == "\n"
    return aged is not None and opens and text[aged.end():aged.end() + 1] in ("\n", "")


def _meets_government(name: str, people: People, sentences: tuple[Sentence, ...]) -> bool:
    """A sentence naming the person names a government person or office too ("Martin (23) fortalde statsråden at
    ..."): the person met the government there."""
    persons = {p.name: p for p in people.persons}
    named_in = {s for m in people.mentions if m.name == name if (s := sentence_of(sentences, m.start)) is not None}
    if any(R.is_government_role(word.strip(",.;:!?«»\"")) for s in named_in for word in s.text.split()):
        return True
    return any(s.start <= m.start < s.end and m.name != name and _official(persons.get(m.name), ks=False)
               for m in people.mentions for s in named_in)


def _official(person: Mention | None, ks: bool = True) -> bool:
    """The person holds a government role or (with `ks`) speaks for KS or a KS body."""
    if person is None:
        return False
    return (ks and bool(re.match(r"KS(?![\w-])", person.organisation or ""))) or R.is_government_role(person.role or "")


CONFIRM_REACH = 80  # characters between a press officer's name and the verb of confirming


def press_confirmers(people: People, sentences: tuple[Sentence, ...]) -> frozenset[str]:
    """Press officers (`press_roles`) a sentence has confirm the occasion to the paper (`confirming`: "Kommunikasjonssjef
    NN i departementet stadfestar at statsråden møtte ...", "bekrefter pressevakt NN"): a source about the occasion,
    not a voice at it."""
    data = _data()
    roles = tuple(str(r).casefold() for r in data["press_roles"])
    confirm = re.compile(str(data["confirming"]), re.IGNORECASE)
    role_of = {p.name: (p.role or "").casefold() for p in people.persons}
    out: set[str] = set()
    for mention in people.mentions:
        role = (mention.role or role_of.get(mention.name) or "").casefold()
        if not role.endswith(roles):
            continue
        sentence = sentence_of(sentences, mention.start)
        if sentence is None:
            continue
        at, end = mention.start - sentence.start, mention.end - sentence.start
        if any(end <= v.start() <= end + CONFIRM_REACH or 0 <= at - v.end() <= 40
               for v in confirm.finditer(sentence.text)):
            out.add(mention.name)
    return frozenset(out)

