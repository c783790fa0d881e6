"""A text printed in full inside a news report (invented texts): after a lead-in that announces it ("Under
følgjer fråsegna frå regionrådet.", "Her er uttalelsen fra forbundet i sin helhet:", "Her er innlegget til
ordføraren:"), the blocks are the named organisation's own words, as its letter would be: "X må ..." and
"vi ber ..." there are its demands (flows/extract/printed_in_full.py). The report's own "må" sentences, the
blocks after the closing » of a printed post, and a lead-in naming nobody give no
such demands. Each case is (id, text, language, expected rows)."""
from __future__ import annotations

import pytest

from extract_kit import STORTING, cases, demands
from flows.extract.printed_in_full import printed_lead

Row = tuple[str, str | None, str]

NEWS_NN = ("Ordførarane krev meir til skulebygg\n\n"
           "Dei fire ordførarane i Nordfjella regionråd møtte Kunnskapsdepartementet tysdag. "
           "Statssekretæren lova ingenting.\n\n")
STATEMENT_NN = ("Fråsegn frå Nordfjella regionråd etter møtet\n\n"
                "Regionrådet takkar for møtet.\n\n"
                "Rentekompensasjonen for skulebygg må aukast monaleg i neste statsbudsjett.\n\n"
                "Regionrådet ber ikkje om særbehandling. Men vi ber Stortinget om å sjå til at skulebygga får "
                "same merksemd som sjukehusa.")
NEWS_NB = ("Forbundet vil ha flere lærere\n\n"
           "Utdanningsforbundet møtte Kunnskapsdepartementet mandag. Statssekretæren lovet ingenting.\n\n")
STATEMENT_NB = ("Tilskuddet til videreutdanning må økes i neste statsbudsjett.\n\n"
                "Vi ber Stortinget om å sikre at alle skoler har nok lærere med fordypning.")

PRINTED = [
    ("statement_nn",
     NEWS_NN + "Under følgjer fråsegna frå regionrådet, slik ho vart send ut onsdag.\n\n" + STATEMENT_NN, "nn",
     [("Nordfjella regionråd", None, "Rentekompensasjonen for skulebygg må aukast monaleg i neste statsbudsjett"),
      ("Nordfjella regionråd", STORTING, "sjå til at skulebygga får same merksemd som sjukehusa")]),
    ("statement_nb",
     NEWS_NB + "Her er uttalelsen fra Utdanningsforbundet i sin helhet:\n\n" + STATEMENT_NB, "nb",
     [("Utdanningsforbundet", None, "Tilskuddet til videreutdanning må økes i neste statsbudsjett"),
      ("Utdanningsforbundet", STORTING, "sikre at alle skoler har nok lærere med fordypning")]),
    # the statement under a title that names it and its author ("Fråsegn frå Nordfjella regionråd etter møtet"), with no
    # lead-in: a regional council named by its region is a body since round 47, so its title prints it in full
    ("titled_nn", NEWS_NN + STATEMENT_NN, "nn",
     [("Nordfjella regionråd", None, "Rentekompensasjonen for skulebygg må aukast monaleg i neste statsbudsjett"),
      ("Nordfjella regionråd", STORTING, "sjå til at skulebygga får same merksemd som sjukehusa")]),
    ("post_nn",
     "Ordføraren skreiv på Facebook\n\nOrdførar Kari Nordmann (Sp) i Nordby kommune møtte statsråden onsdag. "
     "Etterpå skreiv ho eit innlegg på Facebook.\n\nHer er innlegget til ordføraren:\n\n"
     "«Eg er på veg heim frå Oslo. Staten må ta eit større ansvar for legevakta i distrikta.\n\n"
     "Vi gir oss ikkje.\n\nKari»\n\nInnlegget fekk mange kommentarar. Kommunen må truleg spare i år.", "nn",
     [("Nordby kommune", "staten", "Staten må ta eit større ansvar for legevakta i distrikta")]),
]

NOT_PRINTED = [
    # the statement's words under the report with no lead-in and no title of their own: the report's, no demands
    ("no_lead_nn", NEWS_NN + STATEMENT_NN.split("\n\n", 1)[1], "nn", []),
    ("lead_names_nobody_nb", NEWS_NB + "Her er uttalelsen i sin helhet:\n\n" + STATEMENT_NB, "nb", []),
]


# a regional council's bare word ("regionrådet ber ...") is written as the text names it with its place
REGIONAL_COUNCILS = [
    ("placed_nn", "Ordførarane i Nordfjella regionråd møtte statsråden. Regionrådet bad staten om å auke "
     "rentekompensasjonen for skulebygg.", "nn",
     [("Nordfjella regionråd", "staten", "auke rentekompensasjonen for skulebygg")]),
    ("placed_nb", "Ordførerne i Nordfjella regionråd møtte statsråden. Regionrådet ba staten om å øke "
     "rentekompensasjonen for skolebygg.", "nb",
     [("Nordfjella regionråd", "staten", "øke rentekompensasjonen for skolebygg")]),
    ("unplaced_nb", "NORDBY: Ordførerne møtte statsråden. Regionrådet ba staten om å øke rentekompensasjonen "
     "for skolebygg.", "nb", [("Regionrådet", "staten", "øke rentekompensasjonen for skolebygg")]),
]


@pytest.mark.parametrize("raw, language, expected", cases(PRINTED, NOT_PRINTED, REGIONAL_COUNCILS))
def test_printed_text(raw: str, language: str, expected: list[Row]) -> None:
    assert demands(raw, language) == expected


@pytest.mark.parametrize("line, words", [
    ("Under følgjer fråsegna frå regionrådet, slik ho vart send ut.", "frå regionrådet, slik ho vart send ut."),
    ("Her er innlegget til ordføraren:", "til ordføraren:"),
    ("Her er uttalelsen fra Fagforbundet i sin helhet:", "fra Fagforbundet i sin helhet:"),
    ("Fråsegna i sin heilskap:", "i sin heilskap:"),
    ("Avisa trykkjer fråsegna i sin heilskap nedanfor, etter at regionrådet vedtok ho i går.", None),
    ("Her er det viktigste fra møtet:", None),
    ("Regionrådet la fram ei fråsegn. Avisa trykkjer fråsegna i sin heilskap.", None),
])
def test_printed_lead(line: str, words: str | None) -> None:
    assert printed_lead(line) == words
