"""A plain meeting of KS alone with one ministry is a consultation (`ks_ministry_upgrade`).

KS's meetings with one ministry are its bilateral consultations (GUIDELINES, "Meeting":
`konsultasjonsmote` also for "det faste bilaterale møtet"). The decision of
`meeting_type.decide_type` says a meeting took place (rule `mote`); once the counterpart is known,
a meeting of KS centrally and alone with one ministry becomes `konsultasjonsmote`. Another party or a
body of KS (a county board) keeps it `annet`, and so does a text that says the meeting is no part of the
consultation scheme ("Møtet kom i stand utenom konsultasjonsordningen", `outside_scheme`), that names the
consultation meetings as another occasion ("Neste konsultasjonsmøte er i mai", `other_consultation`) or a second
ministry in the meeting's sentence, title or lead, or that KS was not at the
meeting ("KS var ikkje med på møtet", `ks_absent`: a municipality's own meeting with a minister). A named meeting
(`scheme_rules`: "kontaktmøte") becomes one too when the text places it in the scheme ("Kontaktmøtet er ein del av
konsultasjonsordninga", `inside_scheme`), under the same conditions. The words are data (`ks_ministry_meeting` in
`data/meeting_types.yaml`).
"""
from __future__ import annotations

import re
from functools import lru_cache

from flows import lexicon
from flows.extract.meeting_type import TypeDecision
from flows.extract.ministry_gazetteer import find_ministries


@lru_cache(maxsize=1)
def _config() -> dict:
    return lexicon.load("meeting_types")


@lru_cache(maxsize=1)
def _not_ks_alone() -> re.Pattern[str]:
    conf = _config()["ks_ministry_meeting"]
    others = "|".join(re.escape(o) for o in conf["other_parties"])
    bodies = "|".join(f"(?:{b})" for b in conf.get("ks_bodies") or ())
    return re.compile(rf"(?<![\w])(?:{others})(?![\w])" + (f"|{bodies}" if bodies else ""), re.IGNORECASE)


@lru_cache(maxsize=1)
def _outside_scheme() -> re.Pattern[str]:
    items = _config()["ks_ministry_meeting"].get("outside_scheme") or ()
    return re.compile("|".join(f"(?:{p})" for p in items) or r"(?!x)x", re.IGNORECASE)


def outside_scheme(text: str) -> bool:
    """The text says its meeting is no part of the consultation scheme ("utenom konsultasjonsordningen", "ikkje
    eit konsultasjonsmøte")."""
    return bool(_outside_scheme().search(text))


@lru_cache(maxsize=1)
def _inside_scheme() -> re.Pattern[str]:
    items = _config()["ks_ministry_meeting"].get("inside_scheme") or ()
    return re.compile("|".join(f"(?:{p})" for p in items) or r"(?!x)x", re.IGNORECASE)


@lru_cache(maxsize=1)
def _ks_absent() -> re.Pattern[str]:
    items = _config()["ks_ministry_meeting"].get("ks_absent") or ()
    return re.compile("|".join(f"(?:{p})" for p in items) or r"(?!x)x")


def ks_absent(text: str) -> bool:
    """The text says KS was not at the meeting ("KS var ikkje med på møtet", "utan KS"): no consultation."""
    return bool(_ks_absent().search(text))


def inside_scheme(text: str) -> bool:
    """The text places its meeting in the consultation scheme ("Kontaktmøtet er ein del av konsultasjonsordninga",
    "eitt av dei faste bilaterale møta i konsultasjonsordninga") and nowhere outside it."""
    return bool(_inside_scheme().search(text)) and not outside_scheme(text)


def ks_ministry_upgrade(
    decision: TypeDecision, counterpart: str | None, text: str, ministries: frozenset[str],
    context: tuple[str, ...] = (), minister_met: bool = True,
) -> TypeDecision:
    """A generic meeting of KS alone with one ministry is a (bilateral) consultation. KS must
    be KS centrally and alone: another party or a body of KS (a county board) named in the
    meeting's sentences or in `context` (the title and the lead) keeps it annet, as does a text that puts the
    meeting outside the consultation scheme (`outside_scheme`) or says KS was not there (`ks_absent`). A text that places its meeting in the scheme
    (`inside_scheme`) makes a named meeting (`scheme_rules`) a consultation too, and then only the meeting's own
    sentence and `context` are read for another party (a county leader in KS's delegation further down is KS's)."""
    conf = _config()["ks_ministry_meeting"]
    generic = set(conf.get("meeting_rules") or ["mote"])
    placed = inside_scheme(text)  # the text itself places its meeting in the scheme
    if decision.rule in set(conf.get("scheme_rules") or ()) and placed:
        generic.add(decision.rule)
    if decision.meeting_type != "annet" or decision.rule not in generic or counterpart not in ministries:
        return decision
    if decision.start is None or outside_scheme(text) or ks_absent(text):
        return decision
    if not placed and (_other_consultation().search(text) or _second_ministry((text[decision.start:decision.end], *context))):
        return decision  # the text names the consultations as another occasion, or a second ministry takes part
    sentence = text[decision.start:decision.end]
    if not placed and not minister_met:
        return decision  # only the ministry's staff received KS ("To statssekretærer tok imot KS"): no consultation
        # (`minister_met`: a minister of the ministry takes part, or no person of it is named)
    if not re.search(r"(?<![\w])KS(?![\w])", sentence):
        return decision
    meeting = [] if placed else [text[h.start:h.end] for h in decision.hits
                                 if h.meeting_type == "annet" and h.start is not None and h.end is not None]
    if any(_not_ks_alone().search(t) for t in (sentence, *meeting, *context)) or _joint_party(sentence, ministries):
        return decision
    return TypeDecision("konsultasjonsmote", str(conf["rule"]), decision.score, decision.start, decision.end,
                        decision.hits)


@lru_cache(maxsize=1)
def _other_consultation() -> re.Pattern[str]:
    items = _config()["ks_ministry_meeting"].get("other_consultation") or ()
    return re.compile("|".join(f"(?:{p})" for p in items) or r"(?!x)x", re.IGNORECASE)


def _second_ministry(texts: tuple[str, ...]) -> bool:
    """The meeting's sentence, the title and the lead name two ministries ("Kommunalministeren tok imot KS. Også
    Helse- og omsorgsdepartementet var representert", "KS møtte to departementer", `two_ministries`): a meeting of KS with two ministries is no bilateral one."""
    two = re.compile("|".join(f"(?:{p})" for p in _config()["ks_ministry_meeting"].get("two_ministries") or ())
                     or r"(?!x)x", re.IGNORECASE)
    return len({m.ministry for t in texts for m in find_ministries(t)}) >= 2 or any(two.search(t) for t in texts)


# KS coordinated with another body named in capitals ("KS og Norsk Vann møtte ...", "Legeforeningen og KS")
_COORDINATED = re.compile(r"(?<![\w-])KS\s+og\s+((?-i:[A-ZÆØÅ])[\w-]*(?:\s+(?-i:[A-ZÆØÅ])[\w-]*)*)"
                          r"|((?-i:[A-ZÆØÅ])[\w-]*(?:\s+(?-i:[A-ZÆØÅ])[\w-]*)*)\s+og\s+KS(?![\w-])")


def _joint_party(sentence: str, ministries: frozenset[str]) -> bool:
    """KS meets together with another organisation named beside it in the meeting's sentence ("KS og Norsk Vann
    møtte statsråden", "Fagforbundet og KS"): a joint meeting of two parties, no bilateral consultation of KS. A
    ministry, the government or the state beside KS is the one met, not a second party."""
    for match in _COORDINATED.finditer(sentence):
        group = 1 if match.group(1) else 2
        other, start = match.group(group) or "", match.start(group)
        named = find_ministries(sentence[start:start + len(other) + 60])  # "Kommunal- og distriktsdepartementet"
        if other and not any(m.start == 0 for m in named) and not _government_word(other) and other not in ministries:
            return True
    return False


def _government_word(name: str) -> bool:
    """The name is the government's side: a word of `government_heads` ("Staten", "Regjeringa") or a person by a
    government title ("Statsråd NN", "Statssekretær NN")."""
    words = [w.casefold() for w in name.split()]
    heads = _config().get("ks_ministry_meeting", {}).get("government_heads", ())
    return words[-1] in heads or words[0].endswith(("minister", "ministar", "statsråd", "statssekretær"))
