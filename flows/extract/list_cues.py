"""The cue patterns of lists of demands: the lead-ins that only name who must act ("Staten må:",
"For å nå målet må staten:"), who needs ("Kommunene trenger:"), ordinal members of an announced list
("Det første kravet er at ..."), lists of matters raised or discussed ("Andre saker som ble tatt
opp:"), agenda lead-ins ("Departementet foreslår følgende dagsorden:"), and the demand cues a lead-in holds (request verbs, list cues and their compounds, wish
frames). Each is one regex compiled once per process from data/request_verbs.yaml; lists.py reads
them to find the lists and their contexts. A fact box's title of the demands under it ("Dette krever forbundet") and
its source line ("Kilde: ...") are no demands (`without_source_lines`, read by demands.py; round 47).
"""
from __future__ import annotations

import re
from dataclasses import replace
from functools import lru_cache

from flows import lexicon
from flows.model import Block, Demand

LABEL = re.compile(r"^[A-ZÆØÅ][\wæøå]{2,20}:\s")


# a title naming the demands under it with no colon ("Dette krever forbundet", "Dette ber KS om", "Dette vil vi ha";
# a union magazine's fact box, round 47)
DEMANDS_TITLE = re.compile(r"^(?:fakta\s*[|:–—-]\s*)?(?:dette|det|slik)\s+(?:krever|krev|ber|bad|ba|vil|ønsker|ønskjer|"
                           r"foreslår|føreslår)"  # also under a fact label ("FAKTA | Dette krever Utdanningsforbundet")
                           r"(?:\s+[\wæøå-]+){1,4}$", re.IGNORECASE)


# a lead-in the items complete ("KS ber departementet om å", a bare "om" too: the items are its objects; "KS tok mellom
# anna opp behovet for" over its bullets, round 58)
NEED_NOUN = r"behov(?:et|a|ene|ane)?"  # "behov(et) for X" in every form (bokmål and nynorsk): one word for the list
# cues here and for demand_items' items and lead-ins
DANGLING = re.compile(rf"(?<![\w-])(?:om\s+å|om\s+at|om|til\s+å|at|{NEED_NOUN}\s+for)$", re.IGNORECASE)


@lru_cache(maxsize=1)
def ACTOR_LEAD_IN() -> re.Pattern[str]:
    """'Staten må:', 'Fylkene må også:', 'Vi i kommunene må:': an actor (after the speaker's "vi i"),
    a modal, adverbs, a colon."""
    data = lexicon.load("request_verbs")
    adverbs = lexicon.alternation(data["lead_in_adverbs"])
    speaker = lexicon.alternation(data["lead_in_speakers"])
    return re.compile(rf"^(?:(?:{speaker})\s+)?(?P<actor>[\w' -]+?)\s+(?:må|bør|skal)(?:\s+(?:{adverbs}))*\s*:$",
                      re.IGNORECASE)


@lru_cache(maxsize=1)
def REPORTED_ACTOR_LEAD_IN() -> re.Pattern[str]:
    """'Der heter det at kommunene bør:', 'Forbundet meiner at staten må:': the actor of an "at"-clause closing the
    lead-in, a modal, adverbs, a colon (the one who says it stands before "at", or in the sentences before; round 47);
    also a list of what the actor should do, a relative clause after the actor ("la fram ei liste over kva
    departementet, som har ansvaret for gravferdslova, bør gjere:"; stop 65)."""
    adverbs = lexicon.alternation(lexicon.load("request_verbs")["lead_in_adverbs"])
    return re.compile(rf"(?<![\w-])(?:at|kva|hva)\s+(?P<actor>[\w' -]+?)(?:,\s+som\s+[^,:]{{1,80}},)?\s+(?:må|bør|skal)"
                      rf"(?:\s+(?:{adverbs}))*(?:\s+(?:gjøre|gjere|gjera))?\s*:$", re.IGNORECASE)


@lru_cache(maxsize=1)
def INVERTED_LEAD_IN() -> re.Pattern[str]:
    """'For å nå målet må staten:', 'Difor bør regjeringa også:': an opener of up to four words, the
    modal, then the actor (main-clause word order puts the subject after the verb), adverbs, a colon."""
    adverbs = lexicon.alternation(lexicon.load("request_verbs")["lead_in_adverbs"])
    return re.compile(rf"^(?:[\w'-]+\s+){{1,4}}?(?:må|bør|skal)\s+(?P<actor>[\w' -]+?)(?:\s+(?:{adverbs}))*\s*:$",
                      re.IGNORECASE)


@lru_cache(maxsize=1)
def ORDINAL_ITEM() -> re.Pattern[str]:
    """'Det første kravet er at ...', 'Det andre er å ...': a paragraph that is one member of a list
    its lead-in announced (`ordinal_items` in data/request_verbs.yaml); the match ends where the
    member's action begins."""
    data = lexicon.load("request_verbs")["ordinal_items"]
    return re.compile(rf"^(?:det|den)\s+(?:{lexicon.alternation(data['ordinals'])})"
                      rf"(?:\s+(?:{lexicon.alternation(data['nouns'])}))?\s+(?:er|var)\s+(?:at|å)\s+", re.IGNORECASE)


def ordinal_paragraph(block: Block) -> bool:
    return block.kind == "paragraph" and bool(ORDINAL_ITEM().match(block.text))


@lru_cache(maxsize=1)
def _counted_lead() -> tuple[re.Pattern[str], dict[str, int]]:
    data = lexicon.load("request_verbs")
    counts = {str(k): int(v) for k, v in data["announced_counts"].items()}
    adjectives = lexicon.alternation([str(w) for w in data["count_adjectives"]])
    return re.compile(rf"(?<![\w-])({lexicon.alternation(list(counts))})\s+(?:(?:{adjectives})\s+)?"
                      rf"(?:{lexicon.alternation(data['counted_line_nouns'])})(?![\w-])[^:]*:\s*$", re.IGNORECASE), counts


def counted_lines(blocks: tuple[Block, ...], i: int) -> tuple[int, ...]:
    """The indices of the plain lines a lead-in counts ("la ho fram «tre enkle krav» til regjeringa:" over three
    one-line paragraphs, no markers): as many single-line paragraphs as it counts, each opening with a capital and
    short (at most 40 words), none a quotation; () when the blocks after it are not that."""
    pattern, counts = _counted_lead()
    found = pattern.search(blocks[i].text) if blocks[i].kind == "paragraph" else None
    n = counts[found.group(1).casefold()] if found else 0
    lines = blocks[i + 1:i + 1 + n]
    if n < 2 or len(lines) < n or not all(b.kind == "paragraph" and b.marker != "dash" and "\n" not in b.text.strip()
                                          and b.text.lstrip()[:1].isupper() and len(b.text.split()) <= 40
                                          and "|" not in b.text and not ORDINAL_ITEM().match(b.text) for b in lines):
        return ()
    return tuple(b.index for b in lines)


@lru_cache(maxsize=1)
def NEED_LEAD_IN() -> re.Pattern[str]:
    """'Kommunene trenger:': who needs the items, a need verb, a colon. Those named need, they do
    not act: the items have no addressee of their own."""
    data = lexicon.load("request_verbs")
    return re.compile(rf"^[\w' -]+?\s+(?:{lexicon.alternation(data['need_verbs'])})(?:\s+(?:{lexicon.alternation(data['lead_in_adverbs'])}))*\s*:$",
                      re.IGNORECASE)


@lru_cache(maxsize=1)
def MATTERS() -> re.Pattern[str]:
    """Matters raised or discussed (`matters` in data/request_verbs.yaml): a noun ("sakene"), a
    passive ("ble drøftet"), a verb of raising before a colon ("Dette tok forbundet opp:") or of holding a view
    ("KS mener blant annet at:": positions)."""
    data = lexicon.load("request_verbs")["matters"]
    alt = lexicon.alternation
    return re.compile(rf"(?<![\w-])(?:{alt(data['nouns'])})(?![\w-])|"
                      rf"(?<![\w-])(?:ble|vart|var|blei)\s+(?:også\s+|òg\s+)?(?:{alt(data['discussed'])})|"
                      rf"(?<![\w-])(?:{alt([*data['raised'], *data['raised_infinitive']])})\s+(?:[\w']+\s+){{0,2}}?(?:opp|fram)"
                      rf"(?:\s+(?:{alt(data['raised_where'])}))?\s*:|"  # "KS tok også opp:"
                      rf"(?<![\w-])(?:{alt(data['opinions'])})\s+(?:(?:{alt(data['opinion_adverbs'])})\s+)?(?:at\s*)?:\s*$",
                      re.IGNORECASE)  # "KS mener blant annet at:"


@lru_cache(maxsize=1)
def demand_cue() -> re.Pattern[str]:
    data = lexicon.load("request_verbs")
    frames = [rf"{re.escape(a)}(?:\s+\S+){{0,2}}\s+{re.escape(b)}" for a, b in data["wish_frames"]]
    verbs = list(lexicon.request_verb_forms())  # every request verb ("bed ... om:")
    cues = lexicon.alternation([*data["list_cues"], *verbs, *data["need_verbs"]])
    heads = rf"[\wæøå]{{3,}}(?:{lexicon.alternation(data['list_cue_heads'])})"  # "hovudkrav", "budsjettinnspillet"
    return re.compile(rf"(?<![\w-])(?:{cues}|{heads}|{'|'.join(frames)})(?![\w-])", re.IGNORECASE)


@lru_cache(maxsize=1)
def NEED_HEAD_END() -> re.Pattern[str]:
    """A lead-in cut after a need noun and its preposition ("I møtet tok KS opp behovet for:"): the items
    complete the noun phrase, each one the thing needed (`matters.need_item_heads`)."""
    heads = lexicon.load("request_verbs")["matters"]["need_item_heads"]
    return re.compile(rf"(?<![\w-])(?:{lexicon.alternation(heads)})\s*:$", re.IGNORECASE)


@lru_cache(maxsize=1)
def AGENDA() -> re.Pattern[str]:
    """A lead-in line ending with an agenda label and its colon ("Dagsorden:", "Departementet foreslår følgende
    dagsorden:", "Tema for møtet:"; `agenda_labels`): its items are the meeting's topics."""
    words = lexicon.alternation(lexicon.load("request_verbs")["agenda_labels"])
    return re.compile(rf"(?<![\w-])(?:{words})\s*:\s*$", re.IGNORECASE)


def is_agenda(text: str) -> bool:
    """True when the last line of a lead-in ends with an agenda label (`AGENDA`)."""
    return bool(AGENDA().search(text.rstrip().split("\n")[-1]))


def is_matters(text: str) -> bool:
    """A lead-in of matters raised or discussed ("Andre saker som ble tatt opp:") with no demand cue;
    a word that only announces the list ("Følgende saker ble drøftet:", `announcing_only`) is none."""
    if not MATTERS().search(text):
        return False
    neutral = _announcing_only()
    return not any(m.group(0).casefold() not in neutral for m in demand_cue().finditer(text))


@lru_cache(maxsize=1)
def _announcing_only() -> frozenset[str]:
    return frozenset(w.casefold() for w in lexicon.load("request_verbs")["matters"]["announcing_only"])


@lru_cache(maxsize=1)
def _asking() -> re.Pattern[str]:
    """A verb of asking someone ("ber", "bad", `requests: be`) with the one asked and "om" closing a lead-in."""
    data = lexicon.load("request_verbs")
    return re.compile(rf"(?<![\w-])(?:{lexicon.alternation(data['requests']['be'])})\s+(?P<rest>.+?)"
                      rf"\s+om(?:\s+(?:å|at))?\s*:\s*$", re.IGNORECASE)


def asks_someone(text: str) -> bool:
    """The lead-in's last line asks someone with a verb of asking and "om" before its colon ("Departementet ber
    kommunane særleg om å:"), not a title of proposals ("Dette foreslår departementet")."""
    return _asking().search(text.rstrip().split("\n")[-1]) is not None


def asking_lead_in(text: str) -> bool:
    """True when a lead-in asks one named party with no organisation of its own as subject: the text's
    own voice ("Vi ber statsråden om å:" in talking points) or a body or gathering the text names no
    organisation for ("Der ber toppmøtet regjeringa om:", "Styret ber departementet om:"). Its items are
    demands; the claimant comes from the voice around it (the caller's fallback). A subject that is itself
    one who may be asked ("Der ber regjeringa kommunane om:", "Regjeringen ber KS om:") asks nothing of
    the text's own."""
    from flows.extract.actors import addressees_in, claimants_in  # actors import nothing of the lists

    lead = text.rstrip().split("\n")[-1]
    found = _asking().search(lead)
    if found is None:
        return False
    before, rest = lead[:found.start()], found.group("rest")
    asked = addressees_in(rest)
    if len(asked) != 1 or addressees_in(before) or claimants_in(before) or claimants_in(rest):
        return False
    pointers = {w.casefold() for w in lexicon.load("request_verbs")["document_pointers"]}
    opener = before.split()[-1].casefold() if before.split() else ""
    return asked[0].start > 0 or (bool(opener) and opener not in pointers)  # "Der ber regjeringa om:": its subject


def named_asker(text: str) -> str | None:
    """The name an asking lead-in gives its subject after the verb when that is a proper name the lexicons do
    not know ("I brevet ber Nordfjordrådet departementet om å:"): the claimant as written; None otherwise."""
    from flows.extract.actors import addressees_in

    found = _asking().search(text.rstrip().split("\n")[-1])
    if found is None:
        return None
    rest = found.group("rest")
    asked = addressees_in(rest)
    words = rest[:asked[0].start].split() if asked else []
    return words[0].strip(",") if len(words) == 1 and words[0][:1].isupper() and words[0][1:2].islower() else None


@lru_cache(maxsize=1)
def _conditional() -> re.Pattern[str]:
    return re.compile(rf"^\W*(?:{lexicon.alternation(lexicon.load('request_verbs')['conditional_leads'])})\s",
                      re.IGNORECASE)


def conditional_lead(text: str) -> bool:
    """True when a lead-in opens with a condition ("Hvis statsråden viser til at kravene er justert:"): its
    items answer an objection that may come, they ask nothing (`conditional_leads`)."""
    return bool(_conditional().match(text))


@lru_cache(maxsize=1)
def _agreed() -> re.Pattern[str]:
    return re.compile(rf"(?<![\w-])(?:{lexicon.alternation(lexicon.load('request_verbs')['agreed_leads'])})(?![\w-])",
                      re.IGNORECASE)


def agreed_lead(text: str) -> bool:
    """True when a lead-in tells what the parties agreed on ("Partane vart einige om følgjande oppfølging:",
    `agreed_leads`): its items are a joint plan, they ask nothing."""
    return bool(_agreed().search(text))


SOURCE_LINE = re.compile(r"\n[ \t]*(?:kilde|kjelde|kilder|kjelder)[ \t]*:.*$", re.IGNORECASE | re.DOTALL)


def without_source_lines(demands: tuple[Demand, ...]) -> tuple[Demand, ...]:
    """The demands less a fact box's source line read into its last item ("• Ingen endringer i sykelønnsordningen"
    over "Kilde: Fagforbundet"; a union magazine's fact box, round 47), and less a title of the demands under it read
    as one ("Dette krever forbundet")."""
    out = []
    for d in demands:
        cut = SOURCE_LINE.search(d.text)
        if cut is not None:
            kept = d.text[:cut.start()].rstrip()
            d = replace(d, text=kept, end=d.end - (len(d.text) - len(kept)))
        if not DEMANDS_TITLE.match(d.text.strip()):
            out.append(d)
    return tuple(out)
