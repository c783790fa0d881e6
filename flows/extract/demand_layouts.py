"""Layouts that tell the demand pass whose words a paragraph holds and who is asked in it, beyond the
quotation and attribution layers: an interview printed as plain questions and answers with no dashes (the
questions are the interviewer's, no claimant's; the paragraphs after them are the interviewee's answers), and a
paragraph that announces a count of things asked of someone ("Difor ber eg regjeringa om tre ting:"), whose
next paragraphs are each one asked of the one it names, and an editor's correction note, which asks nothing. Pure
functions of the blocks and the mention layer."""
from __future__ import annotations

import re
from functools import lru_cache

from flows import lexicon
from flows.extract import interview, lists as lists_
from flows.extract.actors import GOVERNMENT, addressees_in
from flows.extract.mentions import MentionLayer
from flows.extract.voice import Voice, speaks_for
from flows.model import Block, Mention, Statement

QUESTION_RUN = 3  # plain question paragraphs that make a text an interview printed as questions and answers


def plain_questions(blocks: tuple[Block, ...], mentions: MentionLayer) -> frozenset[int]:
    """The plain question paragraphs of an interview printed as questions and answers with no dashes
    (`interview.question`: a short paragraph ending in "?"), when a text has at least `QUESTION_RUN`
    of them: the interviewer's words, no claimant's ("Legeforeningen vil ha X. Hvorfor er KS skeptisk?")."""
    found = frozenset(b.index for b in blocks if b.marker != "dash" and b.text.rstrip().endswith("?")
                      and interview.question(b, mentions.people))
    return found if len(found) >= QUESTION_RUN else frozenset()


def plain_answers(blocks: tuple[Block, ...], questions: frozenset[int], statements: tuple[Statement, ...],
                   mentions: MentionLayer) -> dict[int, str]:
    """Block index -> the interviewee's claimant, for the plain paragraphs (no dash, no heading) from a plain
    question of an interview printed as questions and answers (`plain_questions`) up to the next question
    or heading: the answers, the interviewee's words. The interviewee speaks for the organisation of a
    direct statement found in those paragraphs, else for the document's principal claimant."""
    if not questions:
        return {}
    runs: list[int] = []
    for block in blocks:
        if block.index in questions or block.kind == "heading":
            continue
        if block.kind == "paragraph" and block.marker != "dash" and (block.index - 1 in questions or
                                                                      (runs and runs[-1] == block.index - 1)):
            runs.append(block.index)
    spans = [(blocks[i].start, blocks[i].end) for i in runs]
    speakers = [st.speaker for st in statements if st.kind == "direct"
                and any(a <= st.start < b for a, b in spans)]
    known = (_answering_for(sp, mentions) for sp in speakers)
    claimant = next((k for k in known if k and k != GOVERNMENT), None) or mentions.principal
    return {i: claimant for i in runs}


def _answering_for(speaker: Mention, mentions: MentionLayer) -> str | None:
    """Whom an interviewee answers for: the body the mentions give them, else the speaker's organisation; a member of
    the government interviewed ("Fem spørsmål til statssekretær NN") answers for the ministry, not "the government"."""
    known = speaks_for(mentions, speaker.name) or speaker.organisation
    return speaker.organisation if known == GOVERNMENT else known


def reports_third_party(sentence: str, voice: Voice | None, region: str | None) -> bool:
    """In an interviewer's question, a sentence that reports what a body named there asks ("KS mener fylkesrådene
    bør få en større rolle. Er du enig?", "Legeforeningen har teke til orde for at staten skal overta X. Kva tenkjer
    du?"): its voice is a named subject of a verb of saying or requesting (`reported`), not the interviewee's side
    addressed ("Dere ville ha X"), and the sentence is no question itself."""
    words = (region or "").split()
    return not sentence.rstrip().endswith("?") and voice is not None and voice.rule == "reported" \
        and bool(voice.claimants) and bool(words) and words[0].casefold() not in _ADDRESSED


def clause_asked(text: str, start: int, rule: str) -> bool:
    """A demand reported in a question is a clause ("ba om at X", "mener X bør Y", "tatt til orde for at X"), not a
    thing wanted ("Legeforeningen vil ha en ny modell. Hvorfor er KS skeptisk?": the interviewer's framing)."""
    return rule.endswith(":modal") or bool(_CLAUSE_BEFORE.search(text[max(0, start - 12):start]))


_CLAUSE_BEFORE = re.compile(r"(?<![\w])(?:at|om|å)\s*$", re.IGNORECASE)
_ADDRESSED = frozenset({"du", "dere", "dykk", "deg", "dykkar", "deres"})  # the interviewee's side, addressed


@lru_cache(maxsize=1)
def _announcing() -> tuple[re.Pattern[str], dict[str, int]]:
    data = lexicon.load("request_verbs")
    counts = {str(k): int(v) for k, v in data["announced_counts"].items()}
    return re.compile(rf"(?<![\w-])({lexicon.alternation(list(counts))})\s+(?:{lexicon.alternation(data['announced_nouns'])})"
                      r"(?:\s+(?P<to>til\s+[^:.!?]{1,60}?))?\s*:\s*$", re.IGNORECASE), counts  # "tre oppfordringer til dere i X:"


def announced(block: Block) -> tuple[str, int] | None:
    """(the one asked, how many paragraphs) when a paragraph ends by announcing a count of things
    asked of someone ("Difor ber eg regjeringa om tre ting:")."""
    pattern, counts = _announcing()
    found = pattern.search(block.text) if block.kind == "paragraph" and block.text.rstrip().endswith(":") else None
    to = addressees_in(found.group("to") or "") if found else []
    asked = (to[0].name if to else lists_.actor_addressee(block.text[:found.start()])) if found else None  # "tre oppfordringer til dere i kommunene:", else "ber eg regjeringa om tre ting:"
    return (asked, counts[found.group(1).casefold()]) if found and asked else None


@lru_cache(maxsize=1)
def _correction() -> re.Pattern[str]:
    return lexicon.phrase_pattern(lexicon.load("request_verbs")["correction_labels"], before=r"^\W*", after=r"\s*:")


def correction_note(block: Block) -> bool:
    """True for an editor's correction note under a news story ("Rettelse: I en tidligere versjon av saken sto det
    at X. Det riktige er Y.", `correction_labels`): what an earlier version said wrongly, no one's demand."""
    return block.kind == "paragraph" and bool(_correction().match(block.text))
