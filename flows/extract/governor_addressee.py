"""The county governor as the one asked, written as the document names the office: "Statsforvaltaren i
Vestland" when the text names it with its county (at the demand first, else anywhere), else the office in
the document's language ("Statsforvaltaren" in nynorsk, "Statsforvalteren" in bokmål). The addressee
gazetteer (`agencies` in state_bodies.yaml) gives every form of the office the one name `Statsforvalteren`.
"""
from __future__ import annotations

from flows.extract.state_bodies import _counties, _data, _governor_named

GOVERNOR = "Statsforvalteren"


def governor_written(addressee: str | None, text: str, at: int, language: str) -> str | None:
    """The addressee as written for this document when it is the county governor; any other unchanged."""
    if addressee != GOVERNOR:
        return addressee
    for where in (text[at:at + 200], text):
        found = _governor_named().search(where)
        if found and found.group("county") in _counties():
            office = found.group("office")
            return f"{office[0].upper()}{office[1:]} i {found.group('county')}"
    return str(_data()["county_governor"]["office"]["nn" if language == "nn" else "nb"])
