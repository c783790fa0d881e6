"""Demand rows of one action text: split into separately grantable actions, each given
its addressee and topic (`make_demands`), for every claimant of the voice it is in.
"""
from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache

from flows import lexicon
from flows.extract.actors import MINISTRY, PERSON_ASKED, addressees_in, document_ministry
from flows.extract.ministry_actors import is_state_side, ministry_aliases, titled_ministry
from flows.extract.clause_tails import own_clause_end
from flows.extract.clauses import cut_end, find_cues, has_position
from flows.extract.cue_patterns import patterns
from flows.extract.position_cues import without_condition
from flows.extract.request_cues import skip_over
from flows.extract.coordination import paired_parts, listed_parts, nominal_parts
from flows.extract.embedded_addressee import claimant_subject, embedded_addressee
from flows.extract.parse import Parsed
from flows.extract.resolve import addressee as resolve_addressee
from flows.extract.resolve import condition_actor, is_infinitive, split_actions
from flows.extract.roles import GOVERNMENT_ROLE
from flows.extract.speech import TWO_CAPITALISED
from flows.extract.timing_clauses import joined
from flows.extract.topics import rank
from flows.extract.voice import Voice
from flows.model import Block, Demand, Document

PERFECT = re.compile(r"^(?:[\w-]+\s+){1,3}?(?:har|hadde)\s+(?:[\w-]+\s+)?[\wæøå]+(?:et|t|a|d|dd|tt)(?![\w-])",
                     re.IGNORECASE)  # a clause in the perfect tense ("forbundet har levert innspill")


@dataclass(frozen=True)
class RowContext:
    document: Document
    blocks: tuple[Block, ...]
    heading: dict[int, str]
    principal: str  # the document's principal claimant (mention layer)
    parses: dict[int, Parsed]  # by sentence start


PLENARY_MINISTRIES = 3  # ministries a text names that make a meeting with the government one with regjeringen
OPENING = 1500  # characters of a text's title and lead, where a bilateral meeting is announced (not a fact box)


def counterpart(sentence: str, document: Document) -> str | None:
    """The one a matter raised is asked of (decision 2): the ministry the sentence names, else the one the
    document names; `regjeringen` when the document names the government and `PLENARY_MINISTRIES` ministries
    or more (a plenary meeting: "KS tok opp:" after three ministers), unless its opening calls the meeting
    bilateral (with one ministry); `regjeringen` also when it names the government and no ministry."""
    names = ministry_aliases().values()
    found = [hit.name for hit in addressees_in(sentence) if hit.name in names]
    if found:
        return found[0]
    named = list(dict.fromkeys(hit.name for hit in addressees_in(document.text) if hit.name in names))
    text = document.text.casefold()
    if len(named) >= PLENARY_MINISTRIES and "regjering" in text and "bilateral" not in text[:OPENING]:
        return "regjeringen"
    return named[0] if named else ("regjeringen" if "regjering" in text else None)


def _topic(text: str, ctx: RowContext, block: Block, extra: str = "") -> str:
    near = " ".join((ctx.heading.get(block.section, ""), extra, block.text))
    return rank(text, ctx.document.language, near, ctx.document.text) or "styring"


@lru_cache(maxsize=1)
def relative_tail() -> re.Pattern[str]:
    """A relative clause after a comma (request_verbs.yaml: relative_tail_openers)."""
    return lexicon.phrase_pattern(lexicon.load("request_verbs")["relative_tail_openers"], before=r",\s+",
                                  after=r"\s")


def make_demands(ctx: RowContext, block: Block, base: int, text: str, start: int, end: int, claimants: tuple[str, ...],
          asked: str | None, voice: Voice, rule: str, earlier: list[tuple[str, str | None]],
          before: list[str], infinitival: bool, extra: str = "", position: bool = False) -> list[Demand]:
    """Demands of one action text; `position`: a modal or passive clause, whose coordinated
    'og at' parts are actions only when they hold a modal of their own."""
    out: list[Demand] = []
    previous: str | None = None  # the addressee of the part before
    listed = rule.endswith(":proposal_list")
    nominal = rule.endswith((":request_verb", ":request_noun")) and not infinitival
    pieces, paired = _pieces(ctx, base, text, start, end, infinitival, listed, nominal, position)
    for n, (s, e) in enumerate(pieces):  # `paired`: starts of the second of two noun phrases split apart
        piece = text[s:e]
        if placeholder().fullmatch(piece.strip(" .:,;")):
            continue  # "ba om to ting": the two things follow as demands of their own
        if position and n > 0 and s not in paired and not has_position(piece) \
                and not (infinitival and is_infinitive(piece.split()[0], ctx.document.language)):
            own = _own_request(piece)
            if own is None:
                continue  # "staten må betale, og at ordningen ikke er egnet": a fact, not an action
            s, e = s + own[0], s + own[1]  # "X må skje, og at KS forventer at Y": Y, asked for in its own words
            piece = text[s:e]
            piece_rule = f"{rule.split(':')[0]}:{own[2]}"
        else:
            piece_rule = rule
        if n > 0 and PERFECT.match(piece):
            continue  # "bedt om X, og at forbundet har levert innspill": what was done, not an action
        scope = relative_tail().split(piece, 1)[0]  # "en plan for X, der staten og kommunene Y": the one asked is
        # named before the relative clause that describes the thing asked for, not in it
        who = resolve_addressee(without_condition(scope), asked, ctx.document.text, earlier, before) \
            or condition_actor(scope)  # "Når staten vedtek nye plikter, må pengane følgje med": staten
        subject = addressees_in(scope)[:1] if asked is None and who is not None else []
        if subject and subject[0].start == 0 and subject[0].name == who and receives(scope[subject[0].end:]):
            who = None  # "ber om at kommunane får ein plass": the subject benefits, nobody named acts
        if who is None and n > 0 and previous is not None and not listed and not addressees_in(scope):
            who = previous  # "krever at regjeringen sørger for X, og at Y heves": Y asked of the same actor
        if who is None:
            who = embedded_addressee(scope)  # "en ordning der staten dekker X", "et nytt statlig tilskudd"
        if who is None:
            who = claimant_subject(scope, claimants)  # a union's "KS som arbeidsgiver må X": KS must act
        if who is None:
            who = pronoun_minister(scope, ctx.document.text[max(0, base + s - LOOKBACK):base + s])
        if who is None:
            who = fronted_actor(scope, text[:s])  # "Dersom staten meiner alvor med X, må den Y": staten
        if who == MINISTRY:
            who = document_ministry(text, ctx.document.text)
        elif who is not None and who.startswith(PERSON_ASKED):  # "bad Tangvald om å": the minister's ministry
            who = titled_ministry(who[len(PERSON_ASKED):], ctx.document.text)
        previous = who
        earlier.append((piece, who))
        for claimant in claimants:
            out.append(Demand(claimant=claimant, addressee=who, text=piece, topic=_topic(piece, ctx, block, extra),
                              in_quote=voice.in_quote, start=base + s, end=base + e, rule=piece_rule,
                              statement=voice.statement))
    return out


@lru_cache(maxsize=1)
def placeholder() -> re.Pattern[str]:
    """An object that counts the demands to come ("to ting", "tre konkrete saker"): `placeholder_numerals` and
    `placeholder_nouns` in request_verbs.yaml."""
    data = lexicon.load("request_verbs")
    return re.compile(rf"(?:{lexicon.alternation(data['placeholder_numerals'])})\s+(?:[\w-]+\s+)?"
                      rf"(?:{lexicon.alternation(data['placeholder_nouns'])})", re.IGNORECASE)


def modal_infinitive(text: str, start: int, end: int, language: str) -> bool:
    """True when the modal of a modal clause is followed by a bare infinitive ("Regjeringa bør auke
    satsane og opne for ..."): the infinitives coordinated under it are actions of their own when each
    could be granted alone (decision 5, `split_actions`); False for an inverted clause ("må staten") and
    for a pair under a verb with its own infinitive ("må slutte å X og begynne å Y")."""
    modal = patterns()["modal"].search(text, start, end)
    if modal is None:
        return False
    rest = text[skip_over(text, modal.end(), patterns()["adverb"]):end]
    word = re.match(r"\s*([a-zæøå]+)", rest)
    if word is None or not is_infinitive(word.group(1), language):
        return False
    joint = re.search(r"(?<![\w-])og\s", rest)  # "må slutte å X og begynne å Y": a catenative verb's pair, one measure
    return joint is None or not re.search(r"(?<![\w-])å(?![\w-])", rest[:joint.start()])


LOOKBACK = 400  # characters before a demand searched for the minister a pronoun points back to


INVERTED_PRONOUN = re.compile(r"^\W*(?:må|bør|skal|burde)\s+(?:den|ho|hun|han|de|dei)(?![\w-])", re.IGNORECASE)


def fronted_actor(piece: str, before: str) -> str | None:
    """The state's side named in the clause fronted before an inverted modal whose subject is a pronoun ("Dersom
    regjeringa meiner alvor med X, må ho òg sørgje for Y", "Når staten vedtek nye plikter, må den også betale"): the
    one the pronoun points back at; None otherwise."""
    if not INVERTED_PRONOUN.match(piece):
        return None
    named = [h.name for h in addressees_in(before) if is_state_side(h.name)]
    return named[-1] if named else None


def pronoun_minister(piece: str, before: str) -> str | None:
    """The ministry when a demand's subject is a pronoun for a person ("Vi vil at han skal lytte") and
    the last person the text named before it is a minister by title ("ventar at statsråden skal ..."):
    the pronoun points back to the minister (decision 4); None otherwise."""
    first = piece.split()[0].casefold() if piece.split() else ""
    if first not in {"han", "ho", "hun"}:
        return None
    titles = list(GOVERNMENT_ROLE().finditer(before))
    if not titles or TWO_CAPITALISED.search(before[titles[-1].end():]):
        return None  # no minister named before, or another person named after them
    return MINISTRY


def _own_request(piece: str) -> tuple[int, int, str] | None:
    """Where the action of a request verb or noun, or a need clause, inside a coordinated 'og at' part
    runs ("og at KS har store forventninger til at staten Y": Y; "og at det er behov for Y": the
    clause), as offsets into the part; None when the part asks for nothing of its own."""
    for cue in find_cues(piece):
        if cue.kind in ("request", "noun", "need") and cue.end > cue.start:
            return cue.start, cut_end(piece, cue.start, cue.end), cue.rule
    return None


def _noun_list(text: str) -> list[tuple[int, int]]:
    """The members of a list of three or more noun phrases that each open with a determiner or a
    comparative ("et høyere tilskudd, en egen ordning og lengre frister"), the first also when it is a
    bare noun ("unntak fra kravene, en ny ordning og en felles vurdering": the later members, after a
    comma or "og", show the list); the whole text otherwise."""
    parts = listed_parts(text)
    return parts if len(parts) >= 3 else [(0, len(text))]


def _pieces(ctx: RowContext, base: int, text: str, start: int, end: int, infinitival: bool,
            listed: bool = False, nominal: bool = False, modal: bool = False) -> tuple[list[tuple[int, int]], set[int]]:
    """The separately grantable actions in text[start:end] (offsets into `text`, which begins at
    document offset `base`): coordinated clauses and infinitives (`split_actions`), then lists of
    noun phrases in the parse of the sentence (`coordination.nominal_parts`), then two noun phrases
    with an article (`coordination.paired_parts`); with the starts of the second of each such pair."""
    parsed = ctx.parses.get(base)  # `text` is mostly one sentence, and the parses are keyed by its start
    if parsed is None or not parsed.start <= base + start < parsed.end:
        parsed = next((p for p in ctx.parses.values() if p.start <= base + start < p.end), None)
    out: list[tuple[int, int]] = []
    paired: set[int] = set()
    actions = joined(text[start:end], split_actions(text[start:end], infinitival, ctx.document.language, modal))
    for a, b in actions:  # "X, og det må betales over statsbudsjettet": one action (timing_clauses.py)
        s, e = start + a, start + a + len(text[start + a:start + b].rstrip(" ,.;:»”\""))
        s += len(text[s:e]) - len(text[s:e].lstrip("«“\"„ "))  # an opening quotation mark is not part of the action
        e = own_clause_end(parsed, base + s, base + e) - base  # "X, og det har vi sagt lenge" (clause_tails.py)
        tail = _attribution_tail().search(text, s, e)  # "..., skriv Tveitnes i ein e-post til NPK": the quotation's
        e = tail.start() if tail else e  # attribution, no part of the action
        parts = [(s, e)] if parsed is None else [(x - base, y - base) for x, y in nominal_parts(parsed, base + s, base + e)]
        if listed:  # members of an announced list the parse left together
            parts = [(x + a, x + b) for x, y in parts for a, b in listed_parts(text[x:y])]
        elif nominal:  # "tok til orde for et X, en Y og lengre Z": three or more noun phrases the parse left together
            parts = [(x + a, x + b) for x, y in parts for a, b in _noun_list(text[x:y])]
        first = text[parts[0][0]:parts[0][1]].split()[:1] if len(parts) == 1 else []
        if first and not is_infinitive(first[0], ctx.document.language):  # "Vi trenger et X og en Y": two noun
            # phrases with an article, each grantable alone; not the objects of one infinitive ("innføre en X og en Y")
            parts = [(parts[0][0] + a, parts[0][0] + b) for a, b in paired_parts(text[parts[0][0]:parts[0][1]])]
            if len(parts) == 2:
                paired.add(parts[1][0])
        out += parts
    return out, paired


@lru_cache(maxsize=1)
def _attribution_tail() -> re.Pattern[str]:
    """A quotation's attribution after a comma: a verb of saying and a name or a personal pronoun."""
    verbs = lexicon.alternation(lexicon.load("request_verbs")["attribution"])
    return re.compile(rf",\s+(?:{verbs})\s+(?:(?-i:[A-ZÆØÅ])[\wæøå-]+|han|hun|ho)\b[^.!?]*$", re.IGNORECASE)


@lru_cache(maxsize=1)
def _receiving() -> re.Pattern[str]:
    return lexicon.phrase_pattern(lexicon.load("request_verbs")["receiving_finite"], before=r"^\s+")


def receives(rest: str) -> bool:
    """True when the words after an item's subject make it the one who receives ("kommunene får hjelp")."""
    return bool(_receiving().match(rest))
