"""A council's or a board's resolution printed as a numbered list under its lead-in ("Kommunestyret i X gjorde
slikt vedtak:", "Styret i KS fattet følgende vedtak:"): each item is the body's demand (a municipal council
speaks for its municipality), an item asking in its own words names the one asked ("1. KS ber departementet
snarest ..."), and the procedural items (sent on, noted) ask for nothing (invented texts). Each case is
(id, text, language, expected rows)."""
from __future__ import annotations

import pytest

from extract_kit import cases, demands

Row = tuple[str, str | None, str]

RESOLUTIONS = [
    ("municipal_council_nn",
     "Kommunestyret i Fjellvik har handsama saka og gjer slikt vedtak:\n\n"
     "1. Kommunestyret ber Stortinget auke tilskotet til skuleskyss.\n"
     "2. Regjeringa må sjå på ei ny ordning for skuleskyss.\n"
     "3. Uttalen vert send til departementet og KS.", "nn",
     [("Fjellvik kommune", "Stortinget", "auke tilskotet til skuleskyss"),
      ("Fjellvik kommune", "regjeringen", "Regjeringa må sjå på ei ny ordning for skuleskyss")]),
    ("county_council_nn",
     "Fylkestinget i Nordland handsama saka i dag.\n\nFylkestinget gjorde slikt vedtak:\n\n"
     "1. Fylkestinget ber Samferdselsdepartementet snarast auke tilskotet til ferjene.\n"
     "2. Regjeringa må sjå på ei ny ordning for fylkesvegane.", "nn",
     [("Fylkestinget i Nordland", "Samferdselsdepartementet", "snarast auke tilskotet til ferjene"),
      ("Fylkestinget i Nordland", "regjeringen", "Regjeringa må sjå på ei ny ordning for fylkesvegane")]),
    ("ks_board_nb",
     "Styret i KS behandlet saken i dag.\n\nStyret i KS fattet følgende vedtak:\n\n"
     "1. KS ber Kunnskapsdepartementet snarest legge fram en plan for skolebygg.\n"
     "2. Staten må ta ansvar for at flere lærere utdannes.\n"
     "3. Vedtaket oversendes Kunnskapsdepartementet.", "nb",
     [("KS", "Kunnskapsdepartementet", "snarest legge fram en plan for skolebygg"),
      ("KS", "staten", "Staten må ta ansvar for at flere lærere utdannes")]),
    ("board_notes_report_nb",
     "Styret i KS behandlet saken i dag.\n\nStyret i KS fattet følgende vedtak:\n\n"
     "1. Styret tar orienteringen til etterretning.\n"
     "2. KS ber regjeringen øke rammetilskuddet.", "nb",
     [("KS", "regjeringen", "øke rammetilskuddet")]),
]


@pytest.mark.parametrize("raw, language, expected", cases(RESOLUTIONS))
def test_resolution(raw: str, language: str, expected: list[Row]) -> None:
    assert demands(raw, language) == expected
