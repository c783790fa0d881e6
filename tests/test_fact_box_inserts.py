"""A fact box set into a story (flows/extract/layout.py): it ends the demand list before it and does not
interrupt an interview around it. Invented texts, bokmål and nynorsk."""
from __future__ import annotations

import pytest
from extract_kit import result

BOXES = [
    "FAKTA: Kommunesektoren\n\n• Landet har 357 kommuner og 15 fylkeskommuner.\n• Sektoren har om lag 500 000 årsverk.\nKilde: SSB",
    "Fakta om ordninga\n\n• Ordninga vart oppretta i 2001.\n• Det er fire møte i året.",
    "Faktaboks: Tilskuddet\n\n- Tilskuddet ble innført i 2012.\n- Det forvaltes av Husbanken.",
]

NOTES = """Innlegg på regionmøtet i KS Nord
Hilde Sæterdal Rønning, fylkesleder i KS Nord

Staten må:
– finansiere flere lærlingplasser i helse- og omsorgstjenestene
– gi kommunene et eget tilskudd til rekruttering av sykepleiere i distriktene

{box}

Takk for oppmerksomheten.
"""


@pytest.mark.parametrize("box", BOXES)
def test_a_fact_box_after_a_demand_list_is_no_part_of_it(box: str) -> None:
    texts = [d.text for d in result(NOTES.format(box=box)).demands]
    assert any("lærlingplasser" in t for t in texts) and any("rekruttering av sykepleiere" in t for t in texts)
    assert not any(word in t for t in texts for word in ("357", "oppretta", "innført", "Husbanken", "årsverk"))


INTERVIEW_NB = """Ordføreren vil ha svar fra staten

Avisen snakket med ordfører Gunnar Eide Solheim etter møtet med helseministeren.

Hva tok dere opp i møtet?

– Legevakta. Vi har ikke råd til å drive den alene, og staten må ta en større del av regningen.

{box}

Fikk dere noe svar?

– Statsråden lyttet, men lovet ingenting. Vi kommer til å ta saken opp igjen i høst.
"""

INTERVIEW_NN = """Ordføraren vil ha svar frå staten

Avisa snakka med ordførar Gunnar Eide Solheim etter møtet med helseministeren.

Kva tok de opp i møtet?

– Legevakta. Vi har ikkje råd til å drive ho åleine, og staten må ta ein større del av rekninga.

{box}

Fekk de noko svar?

– Statsråden lytta, men lova ingenting. Vi kjem til å ta saka opp att i haust.
"""


@pytest.mark.parametrize("box", BOXES)
@pytest.mark.parametrize(("text", "language"), [(INTERVIEW_NB, "nb"), (INTERVIEW_NN, "nn")])
def test_an_interview_goes_on_after_a_fact_box(text: str, language: str, box: str) -> None:
    plain = {(s.speaker.name, s.text) for s in result(text.format(box=""), language).statements}
    boxed = {(s.speaker.name, s.text) for s in result(text.format(box=box), language).statements}
    assert plain and boxed == plain
    assert all(name == "Gunnar Eide Solheim" for name, _ in boxed)
