"""A minister or ministry asking others to act: the ministry's demand.

The government's own plans and positions are no demands (GUIDELINES: "what the government plans
or did"), but a minister who asks the municipalities, KS or "the parties" to do something makes
a call for action on someone else who would have to act, for the ministry ("Statsråden ønskjer
at kommunane legg fram planar", "– Eg forventar at kommunane ser på ...", "Ministeren ber
kommunane om å ..."). Only a verb of expecting or urging counts, in the present tense or, for urging, in the
simple past that tells the request made at the occasion ("Departementet oppmoda på si side KS om å ...", round 33);
a modal "vi må sjå på" is the government's own plan, the perfect "har bedt kommunene om" what it did before. And only
when the one asked, or the subject of the action, is on the municipal side (the municipalities,
the county councils, KS), not the government itself or its agencies, nor "partane" (both sides,
the minister's own among them). The words are
data (`government_requests` in `data/request_verbs.yaml`).

The claimant is the speaker's ministry: the statement's organisation when it is a ministry, the
ministry the speaker's title names ("helseministeren"), else the ministry the sentence or the
document names.
"""
from __future__ import annotations

import re
from functools import lru_cache

from flows import lexicon
from flows.extract.actors import addressees_in, document_ministry
from flows.extract.ministry_actors import ministry_aliases
from flows.model import Sentence, Statement


def _ministry_in(text: str | None) -> str | None:
    """The one ministry a speaker's organisation or role names ("helse- og omsorgsminister")."""
    if not text:
        return None
    names = set(ministry_aliases().values())
    found = {h.name for h in addressees_in(text) if h.name in names}
    return found.pop() if len(found) == 1 else None


def speaker_ministry(sentence: Sentence, statements: tuple[Statement, ...], document_text: str) -> str | None:
    """The ministry a government speaker of the sentence speaks for (see the module docstring)."""
    for st in statements:
        if min(st.end, sentence.end) > max(st.start, sentence.start):
            found = _ministry_in(st.speaker.organisation) or _ministry_in(st.speaker.role)
            if found:
                return found
    return document_ministry(sentence.text, document_text)


@lru_cache(maxsize=1)
def _conf() -> tuple[re.Pattern[str], frozenset[str]]:
    conf = lexicon.load("request_verbs")["government_requests"]
    verbs = lexicon.phrase_pattern(conf["verbs"], before=r"(?<![\w-])(?<!har\s)")
    return verbs, frozenset(str(w).casefold() for w in conf["asked"])


def requests_others(text: str) -> bool:
    """True when a sentence holds a verb of expecting or urging (present tense, or the past of urging: a cheap gate)."""
    return bool(_conf()[0].search(text))


def municipal_group(action: str) -> bool:
    """True when an action opens with a count of municipalities ("flere kommuner går sammen om X", "kvar kommune lagar
    ein plan", `government_requests.asked_groups`): the municipal side is asked."""
    return bool(_groups().match(action))


@lru_cache(maxsize=1)
def _groups() -> re.Pattern[str]:
    conf = lexicon.load("request_verbs")["government_requests"]
    return lexicon.phrase_pattern(conf.get("asked_groups") or [], before=r"\s*")


def asks_others(addressee: str | None, action: str) -> bool:
    """True when the one asked, or the subject opening the action, is on the municipal side."""
    asked = _conf()[1]
    first = action.split()[0].casefold() if action.split() else ""
    return (addressee or "").casefold() in asked or (addressee is None and first in asked)
