"""Claimants read from places and bodies (invented texts): a mayor written with the place compounded before
the role ("Nordby-ordfører Kari Nordli") or with the party between name and place ("ordfører Kari Nordli (Sp)
i Nordby") speaks for that municipality, also when the text names several; the seat of government where local
leaders go to meet a ministry ("møtet i Oslo", "toget til Oslo") places no mayor there, and a municipality the
gazetteer does not know counts for the story's place when its council or its body names it ("Kommunestyret i
Nordvik")."""
from __future__ import annotations

import pytest

from extract_kit import cases, demands

Row = tuple[str, str | None, str]

BESIDE = [
    ("compound_before_name_nb",
     "Tre ordførere møtte statsråden.\n\nOrdførerne i Lunde, Dalbygd og Kvitnes fikk en time i departementet.\n\n"
     "– Staten må sikre at lensmannskontoret blir, sier Dalbygd-ordfører Kari Nordli (Sp).",
     [("Dalbygd kommune", "staten", "Staten må sikre at lensmannskontoret blir")]),
    ("compound_before_name_nn",
     "Tre ordførarar møtte statsråden.\n\nOrdførarane i Lunde, Dalbygd og Kvitnes fekk ein time i departementet.\n\n"
     "– Staten må sikre at lensmannskontoret blir verande, seier Kvitnes-ordførar Per Dale (Ap).",
     [("Kvitnes kommune", "staten", "Staten må sikre at lensmannskontoret blir verande")]),
    ("party_between_name_and_place_nb",
     "Tre ordførere møtte statsråden.\n\nOrdførerne i Lunde, Dalbygd og Kvitnes fikk en time i departementet.\n\n"
     "Ifølge ordfører Per Dale (Ap) i Kvitnes har ambulansen vært opptatt flere ganger i høst.\n\n"
     "– Staten må sikre at legevakta får penger, sier Dale.",
     [("Kvitnes kommune", "staten", "Staten må sikre at legevakta får penger")]),
]

SEAT = [
    ("seat_visited_nn",
     "Kommunestyret i Nordvik fekk torsdag ei orientering om møtet i departementet.\n\n"
     "Ordførar Per Dale (Sp) orienterte om møtet i Oslo. Kommunestyret i Nordvik var ikkje nøgd.\n\n"
     "– Staten må sikre at legevakta blir verande, sa Dale. Han skal til Oslo igjen i desember.",
     [("Nordvik kommune", "staten", "Staten må sikre at legevakta blir verande")]),
    ("seat_visited_nb",
     "Kommunestyret i Nordvik fikk torsdag en orientering om møtet i departementet.\n\n"
     "Ordfører Per Dale (Sp) orienterte om møtet i Oslo. Kommunestyret i Nordvik var ikke fornøyd.\n\n"
     "– Staten må sikre at legevakta blir, sa Dale. Han skal til Oslo igjen i desember.",
     [("Nordvik kommune", "staten", "Staten må sikre at legevakta blir")]),
    # negative: the capital's own mayor, written beside the name, still speaks for it
    ("seat_own_mayor",
     "Byrådsleder i Oslo, Kari Nordli, møtte statsråden.\n\n"
     "– Staten må ta regningen for de nye oppgavene, sier Nordli. Hun har møtt ministeren i Oslo før.",
     [("Oslo kommune", "staten", "Staten må ta regningen for de nye oppgavene")]),
]


@pytest.mark.parametrize("text,expected", cases(BESIDE, SEAT))
def test_claimants(request: pytest.FixtureRequest, text: str, expected: list[Row]) -> None:
    language = "nn" if request.node.callspec.id.endswith("_nn") else "nb"
    assert demands(text, language) == expected


POINTERS = [
    ("union_pointer_after_employer_nb",
     "Statsråden samlet partene.\n\nRundt bordet satt leder i Utdanningsforbundet Geir Lien og KS' direktør Bjørn "
     "Dahl.\n\n– KS må ta ansvar som arbeidsgiver, sier Lien.\n\nForbundet ber dessuten regjeringen om å øke "
     "bevilgningene til videreutdanning.",
     [("Utdanningsforbundet", "KS", "KS må ta ansvar som arbeidsgiver"),
      ("Utdanningsforbundet", "regjeringen", "øke bevilgningene til videreutdanning")]),
    ("union_pointer_after_employer_nn",
     "Statsråden samla partane.\n\nRundt bordet sat leiar i Utdanningsforbundet Geir Lien og KS-direktør Bjørn "
     "Dahl.\n\n– KS må ta ansvar som arbeidsgjevar, seier Lien.\n\nForbundet ber dessutan regjeringa om å auke "
     "løyvingane til vidareutdanning.",
     [("Utdanningsforbundet", "KS", "KS må ta ansvar som arbeidsgjevar"),
      ("Utdanningsforbundet", "regjeringen", "auke løyvingane til vidareutdanning")]),
    ("association_pointer_nb",
     "Legeforeningen møtte statsråden.\n\n– KS må ta ansvar for legevakta, sier Kari Holm i Legeforeningen.\n\n"
     "Foreningen krever også at staten finansierer flere ALIS-stillinger.",
     [("Legeforeningen", "KS", "KS må ta ansvar for legevakta"),
      ("Legeforeningen", "staten", "staten finansierer flere ALIS-stillinger")]),
]


@pytest.mark.parametrize("text,expected", cases(POINTERS))
def test_body_pointers(request: pytest.FixtureRequest, text: str, expected: list[Row]) -> None:
    language = "nn" if request.node.callspec.id.endswith("_nn") else "nb"
    assert demands(text, language) == expected
