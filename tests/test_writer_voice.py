"""The writer's own voice (invented texts): an opinion writer reports their own view, comments in the writer's voice
are no continuation, and talk notes quote with leave to quote."""
from __future__ import annotations

import pytest

from extract_kit import cases_not_yet, rows_without_full_stop, statement_rows


# An opinion piece's writer reporting their own view in the first person singular ("Jeg vil understreke at X",
# "Difor meiner eg at X", "Eg vil oppfordre Stortinget til å X"): X is the writer's indirect statement. Not a
# hope, an expectation or a belief ("Jeg håper", "Eg trur"), not a negated verb, not in a news report.
OPINION_NB = ("DEBATT\n\nSkolene trenger ro\n\nKari Holm Dahl\nordfører i Nordby kommune (H)\n\n"
              "Hvert år kommer nye krav til skolene våre, og hvert år blir det mindre tid til elevene.\n\n")

OPINION_NN = ("KRONIKK\n\nSkulane treng ro\n\nKari Holm Dahl, ordførar i Nordby kommune (Sp)\n\n"
              "Kvart år kjem nye krav til skulane våre, og kvart år blir det mindre tid til elevane.\n\n")

WRITER = [
    ("understreke_nb", "nb", OPINION_NB + "Jeg vil understreke at lærerne i Nordby gjør en formidabel jobb hver dag.",
     "lærerne i Nordby gjør en formidabel jobb hver dag"),
    ("meiner_inverted_nn", "nn", OPINION_NN + "Difor meiner eg at staten må ta heile rekninga for dei nye krava.",
     "staten må ta heile rekninga for dei nye krava"),
    ("minne_om_nn", "nn", OPINION_NN + "Eg vil òg minne om at skulebygga i distrikta er gamle og dyre å drifte.",
     "skulebygga i distrikta er gamle og dyre å drifte"),
    ("oppfordre_nn", "nn", OPINION_NN + "Eg vil difor oppfordre fylkestinget til å prioritere skulevegane i "
                                       "distrikta.", "fylkestinget til å prioritere skulevegane i distrikta"),
    ("mener_nb", "nb", OPINION_NB + "Derfor mener jeg at staten må betale for de nye kravene til skolene.",
     "staten må betale for de nye kravene til skolene"),
    ("peke_paa_nb", "nb", OPINION_NB + "Jeg vil også peke på at mange små skoler mangler lærere med fordypning.",
     "mange små skoler mangler lærere med fordypning"),
]


@pytest.mark.parametrize("language,raw,words", cases_not_yet(WRITER))
def test_opinion_writer_reports_own_view(language: str, raw: str, words: str) -> None:
    assert ("indirect", "Kari Holm Dahl", words) in rows_without_full_stop(raw, language)


NOT_WRITER = [
    ("hope_nb", "nb", OPINION_NB + "Jeg håper at regjeringen tar med seg dette inn i budsjettarbeidet."),
    ("believe_nn", "nn", OPINION_NN + "Eg trur ikkje at nokon i departementa ønskjer det slik."),
    ("negated_nn", "nn", OPINION_NN + "Eg meiner ikkje at kommunane skal sleppe ansvaret for elevane."),
    ("news_nb", "nb", "Ordfører Kari Holm Dahl møtte statsråden i går.\n\nJeg mener at skolene trenger ro, "
                      "skriver en lærer i et leserbrev."),
]


@pytest.mark.parametrize("language,raw", cases_not_yet(NOT_WRITER))
def test_no_writer_statement(language: str, raw: str) -> None:
    assert not any(r[0] == "indirect" for r in rows_without_full_stop(raw, language)), rows_without_full_stop(raw, language)


OPINION_PIECE = ("DEBATT\n\nKommunene kan ikke gjøre alt\n\nPer Lund, fylkesleder i KS Nordby\n\n"
           "Dette er et debattinnlegg. Innlegget gir uttrykk for skribentens holdninger.\n\n")

OPINION_PIECE_NN = ("DEBATT\n\nKommunane kan ikkje gjere alt\n\nPer Lund\nfylkesleiar i KS Nordby\n\n"
              "Dette er eit debattinnlegg. Innlegget gir uttrykk for skribenten sine meiningar.\n\n")

TALK = ("INNLEGG / TALEMANUS\nDet talte ord gjelder\n\nFagdagen 2025, Nordby, 4. mars 2025\n"
        "Per Lund, nestleder i KS\n\n")


@pytest.mark.parametrize("raw,language,quoted,comment", [
    (OPINION_PIECE + "Næringsminister Kari Dal sa i Stortinget at ordningen virker:\n\n«Vi har gitt kommunene mer "
     "penger enn noen gang, og resten må de prioritere selv», sa Kari Dal i debatten.\n\nJeg skjønner at "
     "statsråden vil spare. Men det er vi som betaler når reglene blir strengere.", "nb",
     "Vi har gitt kommunene mer penger enn noen gang, og resten må de prioritere selv",
     "Jeg skjønner at statsråden vil spare"),
    (OPINION_PIECE_NN + "Næringsminister Kari Dal sa det sjølv på ein konferanse i fjor:\n\n«Vi skal stole meir på "
     "kommunane. Staten veit ikkje best korleis ein skule i Nordby skal drivast.»\n\nVi tek henne på "
     "ordet. Difor har vi tre krav til regjeringa.", "nn",
     "Vi skal stole meir på kommunane. Staten veit ikkje best korleis ein skule i Nordby skal drivast.",
     "Vi tek henne på ordet"),
    (TALK + "Jeg vil starte med et sitat. Næringsminister Kari Dal sa det slik i fjor:\n\n«Ingen kommune skal "
     "stå alene når bedriften legger ned.»\n\nDet er vi helt enige i. Men vi har ikke sett pengene ennå.", "nb",
     "Ingen kommune skal stå alene når bedriften legger ned.", "Det er vi helt enige i"),
], ids=["opinion_nb", "opinion_nn", "talk_nb"])
def test_own_voice_comments_are_no_continuation(raw: str, language: str, quoted: str, comment: str) -> None:
    rows = statement_rows(raw, language)
    assert ("direct", "Kari Dal", quoted.rstrip(".")) in rows
    assert not any(text.startswith(comment) for _, _, text in rows)
    assert not [r for r in rows if r[0] == "indirect" and r[2].startswith("det ")]


def test_talk_quoting_with_leave_to_quote() -> None:
    raw = (TALK + "I høst var jeg i Nordby. Der fortalte legen Ola Vik om vaktene sine. Han sa det slik, og jeg "
           "har fått lov å sitere ham: «Jeg liker å jobbe mye. Men jeg liker ikke å være alene på vakt hver "
           "fjerde natt.»")
    rows = statement_rows(raw)
    assert ("direct", "Ola Vik", "Jeg liker å jobbe mye. Men jeg liker ikke å være alene på vakt hver fjerde natt") \
        in rows
    assert not any(text.startswith("det slik") for _, _, text in rows)
