"""Demands in talk drafts, in lists of matters raised and in a quotation whose dash was lost (invented
texts, bokmål and nynorsk, each phenomenon with its negatives):

- talk drafts with numbered sections: a lead-in on the line under a section's title ("3. Våre krav"
  then "Staten må:"), the bullets of a lead-in ending at the next numbered section, "Taleutkast" as a
  talk's header label, a bullet "Behov for X" in the author's notes (a matter raised, decision 2), the
  author's own request in a bullet ("KS ønsker ...");
- a list of matters raised ("X la fram disse punktene:", "Hovedpunkter i Xs innspill:") whose items
  state a position of their own ("Staten må ...", "Det er behov for ...", "X anbefaler at ..."): the
  claimant's demands; items that are facts, subjects or another's plans are not;
- a first-person paragraph after a quotation, closed by its speaker's attribution ("..., sa hun."):
  the speaker's words (decision 12).
"""
from __future__ import annotations

import pytest

from extract_kit import Row, demands

TALK_NB = """Innspill til møte med statssekretær i Kunnskapsdepartementet
Taleutkast – Kari Lunde, seniorrådgiver, KS
Møte 3. mars 2025

1. Åpning
- Takk for invitasjonen
- KS har spurt 90 kommuner om skolebyggene

2. Budskap
- Skolebyggene forfaller raskere enn før
- Behov for en nasjonal kartlegging av vedlikeholdsetterslepet i skolene
- Behov for forutsigbarhet

3. Våre krav
Staten må:
- Innføre en egen rentekompensasjon for skolebygg
- Dekke merkostnadene ved nye krav til inneklima

Kommunene bør også:
- Planlegge vedlikeholdet over flere år

4. Avslutning
- Elevtallet går ned i mange distriktskommuner
- KS ønsker et årlig møte med departementet om skolebyggene
"""

TALK_NN = """Innspel til møte med statssekretær i Kunnskapsdepartementet
Taleutkast – Kari Lunde, seniorrådgjevar, KS Vestland
Møte 3. mars 2025

1. Opning
- Takk for invitasjonen

2. Krava våre
Staten må:
- Innføre ei eiga rentekompensasjon for skulebygg
- Dekkje meirkostnadene ved nye krav til inneklima

Kommunane bør òg:
- Planleggje vedlikehaldet over fleire år

3. Avslutning
- Elevtalet går ned i mange distriktskommunar
- Behovet for ei nasjonal kartlegging av vedlikehaldsetterslepet i skulane
"""


def test_talk_draft_with_numbered_sections_nb() -> None:
    rows = demands(TALK_NB)
    assert ("KS", "staten", "Innføre en egen rentekompensasjon for skolebygg") in rows
    assert ("KS", "staten", "Dekke merkostnadene ved nye krav til inneklima") in rows
    assert ("KS", "kommunene", "Planlegge vedlikeholdet over flere år") in rows
    assert ("KS", "Kunnskapsdepartementet", "en nasjonal kartlegging av vedlikeholdsetterslepet i skolene") in rows
    assert ("KS", "Kunnskapsdepartementet", "et årlig møte med departementet om skolebyggene") in rows
    texts = [t for _, _, t in rows]
    for negative in ("Avslutning", "Elevtallet går ned i mange distriktskommuner", "Kommunene bør også",
                     "forutsigbarhet", "Takk for invitasjonen", "Skolebyggene forfaller raskere enn før"):
        assert not [t for t in texts if negative in t]
    assert len(rows) == 5


def test_talk_draft_with_numbered_sections_nn() -> None:
    rows = demands(TALK_NN, "nn")
    assert ("KS Vestland", "staten", "Innføre ei eiga rentekompensasjon for skulebygg") in rows
    assert ("KS Vestland", "staten", "Dekkje meirkostnadene ved nye krav til inneklima") in rows
    assert ("KS Vestland", "kommunene", "Planleggje vedlikehaldet over fleire år") in rows
    assert [r for r in rows if r[2].startswith("ei nasjonal kartlegging")]
    assert not [r for r in rows if "Elevtalet" in r[2] or "Avslutning" in r[2] or "Kommunane bør" in r[2]]


def test_lead_in_bullets_end_at_the_next_numbered_section() -> None:
    text = ("Regjeringen må:\n- Øke rammetilskuddet til kommunene\n- Utsette fristen for nye krav\n\n"
            "2. Bakgrunn\n- Kostnadene har steget i mange år\n- Flere kommuner har underskudd\n")
    rows = demands(text)
    assert {t for _, _, t in rows} >= {"Øke rammetilskuddet til kommunene", "Utsette fristen for nye krav"}
    assert not [r for r in rows if "Kostnadene" in r[2] or "underskudd" in r[2] or "Bakgrunn" in r[2]]


MATTERS: dict[str, tuple[str, str, list[Row]]] = {
    "points_nb": ("nb", "Kommunal Rapport\n\nKS møtte Kunnskapsdepartementet tirsdag.\n\n"
                        "KS la fram disse punktene for departementet:\n\n"
                        "• Staten må ta en større del av kostnadene ved skoleskyss\n"
                        "• Det er behov for en egen ordning for små skoler i distriktene\n"
                        "• Elevtallet har falt med ti prosent\n"
                        "• Skoleskyss og lærerdekning\n",
                  [("KS", "staten", "Staten må ta en større del av kostnadene ved skoleskyss"),
                   ("KS", "Kunnskapsdepartementet", "Det er behov for en egen ordning for små skoler i distriktene")]),
    "main_points_nb": ("nb", "Fagforbundet deltok på møtet i Helse- og omsorgsdepartementet.\n\n"
                             "Hovedpunkter i Fagforbundets høringssvar:\n"
                             "- Fagforbundet anbefaler at bemanningsnormen innføres trinnvis\n"
                             "- Sykehjemmene bør få flere fagarbeidere\n"
                             "- Regjeringen har varslet en ny handlingsplan\n",
                       [("Fagforbundet", None, "bemanningsnormen innføres trinnvis"),
                        ("Fagforbundet", None, "Sykehjemmene bør få flere fagarbeidere")]),
    "points_nn": ("nn", "KS Vestland møtte Samferdselsdepartementet.\n\n"
                        "KS Vestland la fram desse punkta for departementet:\n\n"
                        "• Staten må ta ein større del av kostnadene ved ferjedrifta\n"
                        "• Ferjene har vorte elektriske\n",
                  [("KS Vestland", "staten", "Staten må ta ein større del av kostnadene ved ferjedrifta")]),
}


@pytest.mark.parametrize("language,text,expected", list(MATTERS.values()), ids=list(MATTERS))
def test_positions_in_a_list_of_matters(language: str, text: str, expected: list[Row]) -> None:
    assert demands(text, language) == expected


QUOTE_NB = ("Ordfører Kari Nordmann i Nordby møtte statsråden.\n\n"
            "– Vi har ventet lenge nok på svar, sa Nordmann.\n\n"
            "Vi sa klart fra om at staten må betale for de nye kravene til skolene. Vi kan ikke ta regningen alene, "
            "sa hun etter møtet.\n")
QUOTE_NN = ("Ordførar Kari Nordmann i Nordby møtte statsråden.\n\n"
            "– Me har venta lenge nok på svar, sa Nordmann.\n\n"
            "Me sa klart frå om at staten må betale for dei nye krava til skulane. Me kan ikkje ta rekninga åleine, "
            "sa ho etter møtet.\n")


@pytest.mark.parametrize("text,language,expected", [
    (QUOTE_NB, "nb", "staten må betale for de nye kravene til skolene"),
    (QUOTE_NN, "nn", "staten må betale for dei nye krava til skulane"),
])
def test_first_person_paragraph_closed_by_the_speaker(text: str, language: str, expected: str) -> None:
    assert [t for _, _, t in demands(text, language)] == [expected]


@pytest.mark.parametrize("text", [
    # not in the first person: the article's own voice, a goal
    "Ordfører Kari Nordmann møtte statsråden.\n\n– Vi har ventet lenge, sa Nordmann.\n\n"
    "Målet må være at elevene får en god skole, sa hun også.\n",
    # the minister closes it: no claimant's words
    "Ordfører Kari Nordmann møtte kunnskapsminister Per Hansen.\n\n– Vi har ventet lenge, sa Nordmann.\n\n"
    "Vi må se på kostnadene før vi bestemmer oss, sa kunnskapsminister Hansen.\n",
])
def test_no_continued_quotation(text: str) -> None:
    assert demands(text) == []


LETTER = """Kommunal- og distriktsdepartementet
Postboks 1 Dep
0030 Oslo

Vår ref.: 25/0001-2

Høringssvar – endringer i plan- og bygningsloven

{org} viser til høringsbrevet. {org} støtter målet om enklere regler.

{org} mener fristen for å vedta planen er for kort. Det er behov for en overgangsordning for små kommuner.

Departementet foreslår at kommunene skal rapportere hvert år. Rapporteringen bør samordnes med andre krav.

Med vennlig hilsen

Ola Bakken
administrerende direktør
"""


@pytest.mark.parametrize("org", ["KS", "Fagforbundet"])
def test_letter_signed_by_persons_only_speaks_for_its_sender(org: str) -> None:
    rows = demands(LETTER.format(org=org))
    assert (org, None, "Det er behov for en overgangsordning for små kommuner") in rows
    assert (org, None, "Rapporteringen bør samordnes med andre krav") in rows
    assert not [r for r in rows if "rapportere hvert år" in r[2] or "målet" in r[2]]


def test_letter_signed_in_government_is_no_claimants() -> None:
    text = LETTER.format(org="KS").replace("administrerende direktør", "statssekretær")
    assert not [r for r in demands(text) if r[2].startswith("Rapporteringen bør")]


@pytest.mark.parametrize("text,language,expected", [
    # a negated wish: nothing inside it is asked, also not a request noun or a modal
    ("KS ønsker ikke at kravet om to fagarbeidere på hver vakt gjøres absolutt, fordi det er dyrt.", "nb", []),
    ("KS ønskjer ikkje at kravet om to fagarbeidarar på kvar vakt blir absolutt.", "nn", []),
    ("Fagforbundet vil ikke at kommunene må betale alt selv.", "nb", []),
    # what comes after a contrast or a new clause still asks
    ("KS ønsker ikke at kravet om bemanning skjerpes; det er behov for en ny vurdering av normen.", "nb",
     [("KS", None, "det er behov for en ny vurdering av normen")]),
])
def test_negated_wish_asks_for_nothing_inside_it(text: str, language: str, expected: list[Row]) -> None:
    assert demands(text, language) == expected


@pytest.mark.parametrize("text,language", [
    # matters raised that state no position: facts, subjects, the government's own plans
    ("Kommunal Rapport\n\nKS møtte departementet.\n\nFølgende saker ble drøftet:\n"
     "- Regjeringen har varslet en ny plan for skolebygg\n- Departementet skal legge fram en ny modell i høst\n"
     "- Digitalisering i skolen\n- Kommunene har fått flere oppgaver de siste årene\n", "nb"),
    ("KS Vestland møtte departementet.\n\nKS Vestland la fram desse punkta for departementet:\n\n"
     "• Ferjene har vorte elektriske\n• Skuleskyss og lærardekning\n• Regjeringa vil leggje fram ein plan\n", "nn"),
])
def test_no_positions_in_a_list_of_matters(text: str, language: str) -> None:
    assert demands(text, language) == []


def test_agenda_bullets_in_a_talk_draft_are_no_demands() -> None:
    text = ("Taleutkast – Kari Lunde, seniorrådgiver, KS\nMøte med Kunnskapsdepartementet\n\n"
            "1. Dagsorden\n- Skolebygg\n- Skoleskyss og lærerdekning\n- Behov for\n\n"
            "2. Avslutning\n- Takk for samtalen\n- Vi sender notatet innen fredag\n")
    assert demands(text) == []


VISIT = """Statsråden fikk se skadene i Nordre Land

Kommunal- og distriktsministeren kom til Nordre Land onsdag for å se skadene etter uværet.

Ordfører Kari Nordmann (Sp) tok imot ved rådhuset sammen med fylkesstyreleder i KS Innlandet, Per Hansen.

– Nordre Land kan ikke bære denne regningen alene, sa Nordmann.

Nordmann krever at staten dekker alle utgiftene kommunen har hatt etter uværet.

Hansen mener staten må lage en egen ordning for kommuner som rammes av flom.
"""


def test_mayor_speaks_for_the_municipality_the_story_names_most() -> None:
    rows = demands(VISIT)
    assert ("Nordre Land kommune", "staten", "staten dekker alle utgiftene kommunen har hatt etter uværet") in rows
    assert ("KS Innlandet", "staten", "staten må lage en egen ordning for kommuner som rammes av flom") in rows


def test_two_municipalities_named_as_often_place_no_mayor() -> None:
    text = VISIT.replace("– Nordre Land kan", "– Vestre Toten kan").replace(
        "etter uværet.\n\nOrdfører", "etter uværet. Også Vestre Toten har fått skader.\n\nOrdfører")
    rows = demands(text)
    assert not [r for r in rows if r[0].endswith("kommune")]


def test_mayor_placed_by_the_municipality_of_her_paragraph() -> None:
    text = ("Talenotat\n\nKari Lunde, styreleder i KS\nKonferansen i Trondheim, Trondheim Spektrum\n\n"
            "Da jeg besøkte Masfjorden i høst, sa ordfører Eva Berg noe jeg har tenkt på siden:\n\n"
            "– Vi trenger at staten tar regningen for de nye kravene, sa hun.\n")
    rows = demands(text)
    assert rows and all(r[0] == "Masfjorden kommune" for r in rows)
