"""A bare weekday in the occasion's sentence and the same weekday written out in full elsewhere (invented texts,
round 25): the day and month of the fuller phrase date the occasion; another weekday, a second day under the same
weekday, a deadline or a meeting placed at another time do not."""
from __future__ import annotations

import pytest

from extract_kit import meeting_of

FULLER = [
    ("lead_weekday_body_full_nn",
     "KS og tre fylke møtte Samferdselsdepartementet torsdag. Dei reiste heim utan lovnader.\n\n"
     "Det var ein stram delegasjon som gjekk inn i departementet i Oslo torsdag 13. mars. Dei hadde med seg tal "
     "frå fylka.", "nn", (3, 13)),
    ("lead_weekday_body_full_nb",
     "KS møtte kunnskapsministeren tirsdag for å snakke om lærermangelen.\n\n"
     "Det var en lang dag i departementet tirsdag 4. mars, og mange tall ble lagt på bordet.", "nb", (3, 4)),
    ("figures_after_weekday",
     "KS møtte helseministeren onsdag.\n\nDelegasjonen kom til Oslo onsdag 12.3. med en lang liste.", "nb", (3, 12)),
]

KEPT = [
    # another weekday written out in full: the bare weekday stays
    ("other_weekday_full",
     "KS møtte kunnskapsministeren tirsdag.\n\nTallene kom torsdag 6. mars.", "nb"),
    # two different days under the same weekday: no telling which
    ("same_weekday_twice",
     "KS møtte kunnskapsministeren tirsdag.\n\nTirsdag 4. mars kom tallene, og tirsdag 11. mars kommer "
     "rapporten.", "nb"),
    # a meeting placed at another time ("Neste møte"): its date dates nothing
    ("next_meeting_same_weekday",
     "KS møtte kunnskapsministeren tirsdag.\n\nNeste møte blir tirsdag 18. mars.", "nb"),
    # a deadline
    ("deadline_same_weekday",
     "KS møtte kunnskapsministeren tirsdag.\n\nFristen for innspill er tirsdag 1. april.", "nb"),
]


@pytest.mark.parametrize("text,language,expected", [c[1:] for c in FULLER], ids=[c[0] for c in FULLER])
def test_weekday_written_out_elsewhere(text: str, language: str, expected: tuple[int, int]) -> None:
    meeting = meeting_of(text, language, None)
    assert meeting is not None
    assert (meeting.date.month, meeting.date.day) == expected


@pytest.mark.parametrize("text,language", [c[1:] for c in KEPT], ids=[c[0] for c in KEPT])
def test_weekday_kept(text: str, language: str) -> None:
    meeting = meeting_of(text, language, None)
    assert meeting is not None
    assert meeting.date.text.casefold() == "tirsdag" and meeting.date.day is None
