"""Who demands and who is asked, round 11 (invented texts, bokmål and nynorsk, with negatives):

- an opinion piece by a mayor or a county mayor speaks for their municipality or county;
- a talk's own paragraphs after a quotation, and its dash section titles, stay in the author's voice;
- a council named after its place ("Nordvik fylkesting") is written so;
- a surname that is also a municipality's name is no place ("ordfører Kari Moss");
- a numbered point's title line run into its first sentence is layout, not the sentence's subject;
- "X som arbeidsgiver må ..." is an apposition: X must act, and X is asked when another organisation demands it;
- a Storting committee asked at a hearing is the Storting;
- a fact box's dash bullets quote nobody.
The whole extractor runs, with the language layer."""
from __future__ import annotations

import pytest

from extract_kit import Row, cases, demands

MAYOR_HEAD_NN = ("DEBATT\n\nLat kommunane styre sjølve\n\nIngrid Haugen Lie\nordførar i Nordvik kommune (Sp)\n\n"
                 "Publisert 3. mars\n\n")
MAYOR_HEAD_NB = ("Kronikk\n\nTillit må bety noe\n\nPer Arne Strand\nordfører i Vestnes (H)\n\n")
COUNTY_HEAD_NN = ("DEBATT\n\nVegane våre forfell\n\nOla Myrvang\nfylkesordførar i Nordfjell fylkeskommune (Ap)\n\n")

AUTHORS = [
    ("mayor_byline_modal_nn",
     MAYOR_HEAD_NN + "Vi rapporterer på altfor mange småtilskot.\n\nDifor meiner eg at regjeringa må slå saman "
     "tilskota til skulehelsetenesta.\n", "nn",
     [("Nordvik kommune", "regjeringen", "regjeringa må slå saman tilskota til skulehelsetenesta")]),
    ("mayor_byline_request_nn",
     MAYOR_HEAD_NN + "Eg vil difor be Stortinget om å stanse nye bemanningsnormer for barnehagane.\n",
     "nn", [("Nordvik kommune", "Stortinget", "stanse nye bemanningsnormer for barnehagane")]),
    ("mayor_byline_place_only_nb",
     MAYOR_HEAD_NB + "Vi i Vestnes gjør jobben vår.\n\nJeg ber derfor regjeringen om å innlemme tilskuddet til "
     "frivilligsentraler i rammen.\n", "nb",
     [("Vestnes kommune", "regjeringen", "innlemme tilskuddet til frivilligsentraler i rammen")]),
    ("county_mayor_byline_nn",
     COUNTY_HEAD_NN + "Staten må ta eit større ansvar for ferjene.\n", "nn",
     [("Nordfjell fylkeskommune", "staten", "Staten må ta eit større ansvar for ferjene")]),
]

TALK = ("Talen til styreleiar Kari Nordmann på Fylkesmøtet 2025\n\nDet talte ord gjeld.\n\n"
        "Kjære alle saman.\n\n"
        "Sist veke var eg i Nordvik. Der viste kommunedirektør Per Olav Berg meg rundt på sjukeheimen. "
        "«Vi får ikkje tak i folk lenger», sa han til meg. Eg har tenkt mykje på det.\n\n"
        "– Tillit og styring\n\n"
        "Vi har vunne fram med ein del saker i år, og vi skal vinne fram med fleire.\n\n"
        "Likevel veks skjemaveldet. Rapporteringskrava til kommunane må reduserast kraftig.\n")
TALK_NB = ("Talen til styreleder Kari Nordmann på Fylkesmøtet 2025\n\nDet talte ord gjelder.\n\n"
           "Forrige uke var jeg i Nordvik. Der viste rådmann Per Olav Berg meg skolen. "
           "«Vi mangler lærere i nesten hvert trinn», sa han til meg.\n\n"
           "– Kompetanse\n\n"
           "Vi har fått til mye i år, og vi skal få til mer.\n\n"
           "Regjeringen bør øke tilskuddet til videreutdanning av lærere.\n")

VOICES = [
    ("talk_after_a_quoted_director_nn", TALK, "nn",
     [("KS", None, "Rapporteringskrava til kommunane må reduserast kraftig")]),
    ("talk_after_a_quoted_director_nb", TALK_NB, "nb",
     [("KS", "regjeringen", "Regjeringen bør øke tilskuddet til videreutdanning av lærere")]),
]

COUNCILS = [
    ("county_council_after_place_nn",
     "Nordfjell fylkeskommune\n\nFråsegn om sjukehusa\n\nNordfjell fylkesting er uroa over nedbygginga.\n\n"
     "Fylkestinget krev at regjeringa held oppe akuttberedskapen ved lokalsjukehusa.\n", "nn",
     [("Nordfjell fylkesting", "regjeringen", "regjeringa held oppe akuttberedskapen ved lokalsjukehusa")]),
    ("municipal_council_after_place_nb",
     "Vedtak i Nordvik kommunestyre\n\nNordvik kommunestyre behandlet saken torsdag.\n\n"
     "Kommunestyret ber regjeringen om å styrke tilskuddet til lokalmedisinske sentre.\n", "nb",
     [("Nordvik kommune", "regjeringen", "styrke tilskuddet til lokalmedisinske sentre")]),  # home_councils
    ("council_placed_with_i_nn",
     "Fylkestinget i Nordfjell vedtok fråsegna samrøystes.\n\n"
     "Fylkestinget krev at regjeringa aukar løyvinga til fylkesvegane.\n", "nn",
     [("Fylkestinget i Nordfjell", "regjeringen", "regjeringa aukar løyvinga til fylkesvegane")]),
    ("bare_council_speaks_for_its_county_nn",
     "Nordfjell fylkeskommune\n\nFylkestinget vedtok fråsegna samrøystes.\n\n"
     "Fylkestinget krev at regjeringa aukar løyvinga til fylkesvegane.\n", "nn",
     [("Nordfjell fylkeskommune", "regjeringen", "regjeringa aukar løyvinga til fylkesvegane")]),
]

SURNAMES = [
    ("mayor_named_moss_nb",
     "Statsråd på besøk i Nordvik\n\nTirsdag fikk Nordvik kommune besøk av helseministeren.\n\n"
     "Ordfører Kari Moss og kommunedirektør Per Berg tok imot.\n\n"
     "– Staten må betale for de nye kravene til legevakt, sa ordfører Kari Moss.\n", "nb",
     [("Nordvik kommune", "staten", "Staten må betale for de nye kravene til legevakt")]),
    ("mayor_named_sandnes_nn",
     "Statsråden vitja Vikøy\n\nMåndag fekk Vikøy kommune besøk av statsråden.\n\n"
     "Ordførar Liv Sandnes tok imot saman med rådmannen.\n\n"
     "– Regjeringa må gi oss meir pengar til ferjene, sa ordførar Liv Sandnes.\n", "nn",
     [("Vikøy kommune", "regjeringen", "Regjeringa må gi oss meir pengar til ferjene")]),
]

LETTERS = [
    ("numbered_point_with_title_line_nb",
     "KS Innlandet\n\nKommunal- og distriktsdepartementet\n\nInnspill om tilskudd\n\n"
     "1. Behandlingstid\nHusbanken må korte ned behandlingstiden for søknader om startlån.\n\n"
     "Med hilsen\n\nKari Nordmann\nfylkesstyreleder, KS Innlandet\n", "nb",
     [("KS Innlandet", "Husbanken", "Husbanken må korte ned behandlingstiden for søknader om startlån")]),
    ("numbered_point_with_title_line_nn",
     "KS Innlandet\n\nHelse- og omsorgsdepartementet\n\nInnspel om legevakt\n\n"
     "2. Vaktbelastning\nStaten må dekkje utgiftene til interkommunale legevakter.\n\n"
     "Med helsing\n\nKari Nordmann\nfylkesstyreleiar, KS Innlandet\n", "nn",
     [("KS Innlandet", "staten", "Staten må dekkje utgiftene til interkommunale legevakter")]),
]

ASKED = [
    ("union_asks_ks_as_employer_nb",
     "Forbundet vil ha hele stillinger\n\nLeder i Fagforbundet, Kari Nordmann, la fram kravene tirsdag.\n\n"
     "– KS som arbeidsgiver må ta et tydeligere ansvar for heltidskulturen, sa Nordmann.\n", "nb",
     [("Fagforbundet", "KS", "KS som arbeidsgiver må ta et tydeligere ansvar for heltidskulturen")]),
    ("union_asks_ks_as_employer_nn",
     "Forbundet vil ha heile stillingar\n\nLeiar i Utdanningsforbundet, Kari Nordmann, la fram krava tysdag.\n\n"
     "– KS som arbeidsgjevarorganisasjon må gjere meir for å halde på lærarane, sa Nordmann.\n", "nn",
     [("Utdanningsforbundet", "KS", "KS som arbeidsgjevarorganisasjon må gjere meir for å halde på lærarane")]),
    ("state_as_owner_nn",
     "Legane vil ha betre sjukehus\n\nLeiar i Legeforeninga, Kari Nordmann, talte på møtet.\n\n"
     "– Staten som eigar bør gi helseføretaka meir pengar til vedlikehald, sa Nordmann.\n", "nn",
     [("Legeforeningen", "staten", "Staten som eigar bør gi helseføretaka meir pengar til vedlikehald")]),
    ("storting_committee_at_a_hearing_nb",
     "Høring på Stortinget\n\nKS ble representert ved styremedlem Kari Nordmann.\n\n"
     "Hun ba komiteen sørge for at de nye beredskapskravene blir fullfinansiert.\n", "nb",
     [("KS", "Stortinget", "sørge for at de nye beredskapskravene blir fullfinansiert")]),
    ("named_storting_committee_nn",
     "Høyring på Stortinget\n\nKS var representert ved styremedlem Kari Nordmann.\n\n"
     "Ho bad helse- og omsorgskomiteen om å utsetje reforma til finansieringa er på plass.\n", "nn",
     [("KS", "Stortinget", "utsetje reforma til finansieringa er på plass")]),
]

PROPOSALS = [
    ("proposal_list_with_comma_before_copula_nb",
     "Regionen vil ha mer penger\n\nStyreleder i KS Innlandet, Kari Nordmann, var skuffet.\n\n"
     "– Blant forslagene vi har spilt inn, er statlig finansiering av nye legevakter, en egen pott til "
     "velferdsteknologi og raskere saksbehandling i Husbanken, sier Nordmann.\n", "nb",
     [("KS Innlandet", None, "statlig finansiering av nye legevakter"),  # "statlig" on a measure asks nobody
      ("KS Innlandet", None, "en egen pott til velferdsteknologi"),
      ("KS Innlandet", None, "raskere saksbehandling i Husbanken")]),
    ("organisation_asked_after_an_auxiliary_nb",
     "Forbundet møtte helseministeren\n\nForbundsleder i Fagforbundet, Kari Nordmann, møtte helseministeren tirsdag.\n\n"
     "«Vi har bedt helseministeren om å øke tilskuddet, og vi har også bedt KS om å lyse ut flere hele "
     "stillinger», sier Nordmann.\n", "nb",
     [("Fagforbundet", "Helse- og omsorgsdepartementet", "øke tilskuddet"),
      ("Fagforbundet", "KS", "lyse ut flere hele stillinger")]),
]

BODIES = [
    ("board_named_before_asks_nn",
     "Fylkesstyret møtte statsråden\n\nFylkesstyret i KS Innlandet møtte statssekretæren i Helse- og omsorgsdepartementet på Hamar.\n\n"
     "– Vi treng fleire legar i distrikta, sa fylkesstyreleiar Kari Nordmann.\n\n"
     "Ordføraren i Nordvik, Per Olsen, fortalde om ventelistene.\n\n"
     "Fylkesstyret bad også om at departementet ser på finansieringa av legevakta.\n", "nn",
     [("KS Innlandet", None, "Vi treng fleire legar i distrikta"),
      ("KS Innlandet", "Helse- og omsorgsdepartementet", "departementet ser på finansieringa av legevakta")]),
    ("central_board_named_before_nb",
     "Hovedstyret i KS samlet\n\nHovedstyret i KS behandlet budsjettet torsdag.\n\n"
     "Ordfører i Nordvik, Per Olsen, var også til stede.\n\n"
     "Hovedstyret krever at regjeringen kompenserer kommunene for lønnsveksten.\n", "nb",
     [("KS", "regjeringen", "regjeringen kompenserer kommunene for lønnsveksten")]),
]

TIMING = [
    ("timing_clause_after_a_request_nb",
     "Forbundet la fram rapport\n\nLeder i Fagforbundet, Kari Nordmann, åpnet seminaret.\n\n"
     "– Vi krever at regjeringen legger fram en opptrappingsplan for helsefagarbeidere, og den må komme før "
     "jul, sa Nordmann.\n", "nb",
     [("Fagforbundet", "regjeringen",
       "regjeringen legger fram en opptrappingsplan for helsefagarbeidere, og den må komme før jul")]),
    ("timing_clause_after_a_modal_nn",
     "Ordføraren vil ha pengar\n\nOrdførar i Nordvik, Kari Nordmann (Sp), tok imot statsråden.\n\n"
     "– Tilskotet til ferjene må aukast, og det må skje i år, sa Nordmann.\n", "nn",
     [("Nordvik kommune", None, "Tilskotet til ferjene må aukast, og det må skje i år")]),
    ("expletive_subject_is_an_action_nn",
     "Ordføraren vil ha pengar\n\nOrdførar i Nordvik, Kari Nordmann (Sp), tok imot statsråden.\n\n"
     "– Det må kome eit eige tilskot til ferjekommunane, sa Nordmann.\n", "nn",
     [("Nordvik kommune", None, "Det må kome eit eige tilskot til ferjekommunane")]),
]

RULES = [
    ("rule_named_by_its_noun_must_go_nb",
     "Forbundet vil ha endringer\n\nLeder i Fagforbundet, Kari Nordmann, la fram kravene.\n\n"
     "– Kravet om rapportering hver måned bør fjernes for små kommuner, sa Nordmann.\n", "nb",
     [("Fagforbundet", None, "Kravet om rapportering hver måned bør fjernes for små kommuner")]),
    ("rule_named_by_its_noun_must_go_nn",
     "Forbundet vil ha endringar\n\nLeiar i Fagforbundet, Kari Nordmann, la fram krava.\n\n"
     "– Kravet om dobbel bemanning på natt må opphevast for dei minste sjukeheimane, sa Nordmann.\n", "nn",
     [("Fagforbundet", None, "Kravet om dobbel bemanning på natt må opphevast for dei minste sjukeheimane")]),
    ("request_noun_after_a_verb_stays_nb",
     "Forbundet vil ha endringer\n\nLeder i Fagforbundet, Kari Nordmann, la fram kravene.\n\n"
     "– Vi har fremmet krav om flere hele stillinger i sykehjemmene, sa Nordmann.\n", "nb",
     [("Fagforbundet", None, "flere hele stillinger i sykehjemmene")]),
]

BOXES = [
    ("fact_box_bullet_after_a_minister_nb",
     "Ny rapport om legevakt\n\nLegeforeningen la fram en rapport onsdag.\n\n"
     "– Vi ser på saken, men jeg kan ikke love noe, sa statssekretær Per Olsen.\n\n"
     "FAKTA: Rapporten\n- Laget av Sintef\n- Legeforeningen anbefaler blant annet en nasjonal vaktordning for "
     "små kommuner\n", "nb",
     [("Legeforeningen", None, "en nasjonal vaktordning for små kommuner")]),
]

NONE = [
    ("board_of_two_organisations_nb",
     "To styrer møttes\n\nStyret i KS Innlandet og styret i Fagforbundet møttes tirsdag.\n\n"
     "Styret krever at regjeringen kompenserer kommunene for lønnsveksten.\n", "nb"),
    ("cleft_describes_who_pays_nb",
     "Forbundet vil ha bedre lønn\n\nLeder i Fagforbundet, Kari Nordmann, talte tirsdag.\n\n"
     "– Når Stortinget vedtar nye plikter, er det alltid kommunen som må bære kostnaden, sa Nordmann.\n", "nb"),
    ("mayor_byline_without_an_opinion_marker_nb",
     "Nordvik bygger nytt sykehjem\n\nKari Nordmann\nordfører i Nordvik kommune\n\n"
     "Byggingen av sykehjemmet starter i mai.\n", "nb"),
    ("talk_section_title_is_not_a_quote_goal_nn",
     TALK.replace("Rapporteringskrava til kommunane må reduserast kraftig.", "Målet må vere færre rapportar."), "nn"),
    ("fact_box_bullet_describes_nb",
     "Ny rapport om legevakt\n\nLegeforeningen la fram en rapport onsdag.\n\n"
     "FAKTA: Rapporten\n- Laget av Sintef\n- Bygger på svar fra 400 leger\n", "nb"),
]


@pytest.mark.parametrize("raw,language,expected", cases(AUTHORS + VOICES + COUNCILS + SURNAMES + LETTERS + ASKED + PROPOSALS + BODIES + TIMING + RULES + BOXES))
def test_demands(raw: str, language: str, expected: list[Row]) -> None:
    assert demands(raw, language) == expected


@pytest.mark.parametrize("raw,language", cases(NONE))
def test_no_demand(raw: str, language: str) -> None:
    assert demands(raw, language) == []
