"""Line layout (flows/line_layout.py): hard-wrapped and one-line-per-paragraph texts read as the
ordinary layout, and give the same rows as the same text laid out with blank lines between paragraphs.
Invented texts, bokmål and nynorsk."""
from __future__ import annotations

import textwrap

import pytest
from extract_kit import result

from flows.line_layout import line_layout
from flows.normalise import normalise

ARTICLE_NB = """Kommunene vil ha mer penger til skolebygg

Ordførerne i Vestfjord-regionen møtte kunnskapsminister Tora Lindholm Vik i Bergen onsdag for å diskutere etterslepet på vedlikeholdet av skolebyggene i distriktet.

– Vi har skoler som ble bygget på sekstitallet, og mange av dem trenger en full rehabilitering. Staten må ta en større del av regningen, sa ordfører Kjetil Brandsæter Holm.

Holm mener kommunene ikke kan finansiere rehabiliteringen alene, og ba statsråden om en egen rentekompensasjonsordning for skolebygg.

Lindholm Vik sa at regjeringen vil se på saken i arbeidet med kommuneproposisjonen.
"""

ARTICLE_NN = """Kommunane vil ha meir pengar til omsorgsbustader

Leiaren i KS Sogn, Ragnhild Øvrebø Lunde, møtte kommunal- og distriktsministeren i Førde måndag saman med fleire ordførarar frå regionen.

– Vi manglar bustader for eldre som treng tilsyn heile døgnet, og byggjekostnadene har auka kraftig dei siste åra. Staten må auke investeringstilskotet, sa Øvrebø Lunde.

Ho meiner òg at kommunane må få meir fridom til å organisere tenestene sjølve, og bad om at fleire øyremerkte tilskot blir lagde inn i rammetilskotet.

Statsråden svarte at departementet vil sjå nærare på tilskotsordninga før kommuneproposisjonen blir lagd fram til våren.
"""


def _wrapped(text: str, width: int) -> str:
    paras = text.strip().split("\n\n")
    return "\n\n".join("\n".join(textwrap.wrap(p, width=width, break_long_words=False, break_on_hyphens=False))
                       for p in paras) + "\n"


def _one_line_each(text: str) -> str:
    return "\n".join(text.strip().split("\n\n")) + "\n"


def _rows(raw: str, language: str) -> tuple[list, list]:
    ex = result(raw, language)
    return ([(s.kind, s.speaker.name, s.text) for s in ex.statements],
            [(d.claimant, d.addressee, d.text) for d in ex.demands])


@pytest.mark.parametrize(("text", "language"), [(ARTICLE_NB, "nb"), (ARTICLE_NN, "nn")])
@pytest.mark.parametrize("width", [60, 68, 72, 79])
def test_a_hard_wrapped_text_reads_as_its_paragraphs(text: str, language: str, width: int) -> None:
    assert normalise(_wrapped(text, width)) == normalise(text)
    assert _rows(_wrapped(text, width), language) == _rows(text, language)


@pytest.mark.parametrize(("text", "language"), [(ARTICLE_NB, "nb"), (ARTICLE_NN, "nn")])
def test_one_paragraph_per_line_reads_as_its_paragraphs(text: str, language: str) -> None:
    assert normalise(_one_line_each(text)) == normalise(text)
    assert _rows(_one_line_each(text), language) == _rows(text, language)


def test_a_dash_that_opens_a_wrapped_line_continues_the_sentence() -> None:
    raw = ("Statsråden sa at dette er et arbeid som vil ta tid, og at departementet\n"
           "– i samarbeid med KS og fylkeskommunene – skal legge fram en plan for\n"
           "hvordan ordningen kan bli enklere for kommunene innen utgangen av året.\n"
           "Det ble også tatt opp at kommunene trenger mer forutsigbare rammer for\n"
           "arbeidet med beredskap og klimatilpasning i årene som kommer framover,\n"
           "og at de små kommunene i innlandet trenger mer hjelp enn de får i dag.\n")
    text = normalise(raw)
    assert text.count("\n") == 1 and "departementet – i samarbeid" in text  # one paragraph: every line was full


def test_quotes_are_paired_over_a_wrapped_line() -> None:
    raw = ('Lederen i KS Agder, Sigrun Tveit Haugen, var tydelig etter møtet i går:\n'
           '"Vi kan ikke fortsette å finansiere statlige reformer med kommunale\n'
           'midler. Det må staten ta ansvar for," sa Tveit Haugen til avisen etter at\n'
           'møtet med statsråden var over. Hun vil ta saken opp igjen i neste møte,\n'
           'og hun regner med at flere av ordførerne i regionen vil stille seg bak\n'
           'kravet om at staten dekker de fulle kostnadene ved nye lovpålagte oppgaver.\n')
    assert "«Vi kan ikke fortsette" in normalise(raw) and "for,» sa Tveit Haugen" in normalise(raw)


@pytest.mark.parametrize("raw", [
    ARTICLE_NB, ARTICLE_NN,
    # a talk's notes: short lines, lists and headings, not wrapped
    "Innlegg på fylkesmøtet\nTorgeir Lunde, fylkesleder\n\nTema\n\n- Økonomi\n- Beredskap\n- Rekruttering\n",
    # an unmarked list after a lead-in, and an address block
    "KS ber om:\nat fristen utsettes\nat kravet gjøres veiledende\n\nKunnskapsdepartementet\nPostboks 8119 Dep\n0032 Oslo\n",
    # long bullet items one after the other are a list, not one paragraph per line
    "Dette trenger vi:\n\n" + "".join(f"- Et punkt som er langt nok til å fylle mer enn hundre tegn på en linje, "
                                       f"slik lister i talenotater ofte er, nummer {i}\n" for i in range(5)),
])
def test_ordinary_layouts_are_left_as_they_are(raw: str) -> None:
    lines = normalise(raw).rstrip("\n").split("\n")
    assert line_layout(lines).kind == "blocks"


def test_relayout_is_idempotent() -> None:
    for text in (_wrapped(ARTICLE_NB, 66), _one_line_each(ARTICLE_NN)):
        once = normalise(text)
        assert normalise(once) == once
