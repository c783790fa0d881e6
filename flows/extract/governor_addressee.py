"""The county governor as the one asked, written as the document names the office: "Statsforvaltaren i
Vestland" when the text names it with its county (within 200 characters from the demand first, else
anywhere), else the office in the document's language ("Statsforvaltaren" in nynorsk, "Statsforvalteren" in
bokmål). The addressee gazetteer (`agencies` in state_bodies.yaml) gives every form of the office the one name
`Statsforvalteren`. The naming itself is `state_bodies.governor_name`, shared with the occasion's counterpart.
"""
from __future__ import annotations

from flows.extract.state_bodies import governor_name

GOVERNOR = "Statsforvalteren"


def governor_written(actor: str | None, text: str, at: int, language: str, county_of_text: bool = False) -> str | None:
    """The addressee (or the claimant) as written for this document when it is the county governor; any other
    unchanged. `county_of_text`: failing a county named with the office, the one county the text names (a claimant:
    "Statsforvaltaren" asking in a text about Vestland's municipalities is Statsforvaltaren i Vestland)."""
    if actor != GOVERNOR:
        return actor
    return governor_name(text[at:], text, language, window=200, county_of_text=county_of_text)
