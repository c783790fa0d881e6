"""Round 56 (the misses of eval/partset43, eval/unseen57 and eval/demset23, development material after stop 67),
invented texts, bokmål and nynorsk, with negatives:

- a member letter signed with a greeting that lists its people under "Desse var med:" reports that meeting;
- a meeting told by those who sat down with someone ("sette dei seg ned med dagleg leiar NN"), by a visitor received
  ("Han vart teken imot av leiar NN"), by the people around a table somewhere ("Rundt bordet på kommunehuset sat ..."),
  or by anyone chairing it ("NN leidde møtet"); a wish to sit down with someone is none;
- in a list of those present, a line of a group's persons after its label ("Gruppeleiarar: A (Sp), B (H)") and a line
  opening with a role ("Kommunedirektør NN") took part, an absence's label ("Forfall:") did not; a table's role and
  the body a member represents, joined by the normaliser ("leiar Pensjonistforbundet"), name no person;
- a press conference's transcript: a label whose aside names a news outlet ("KARI LUND, NRK:") is the press asking:
  their questions are said at the occasion (statements), but they took no part in the meeting told;
- a young person named by first name and age ("Tuva (14)") took part;
- a list's lead-in that opens with a possessive ("Innlegget hennar enda i tre tiltak for staten:") gives its items to
  the body of the person named last before ("brannsjef i Nordby brann og redning, NN");
- two ministers who came to the place to hear ("kom til Nordby for å høyre") took part, and with two ministries there
  the counterpart is the government.
"""
from __future__ import annotations

from datetime import date

import pytest

from extract_kit import demands, extracted_meeting, participant_names_of as names, result

MEMBER_LETTER = """Nordvik Fiskarlag
Medlemsbrev nr. 2

Møte med departementet om hamnane

Førre onsdag var laget i møte med Nærings- og fiskeridepartementet i Oslo. Vi la fram kva det kostar når
hamnane ikkje blir mudra.

Desse var med:
– leiar Tormod Kvalsund og skrivar Hilde Myrvang frå laget
– ordførar i Nordvik, Brynjar Ellingsen
– statssekretær Vegard Lium Aas frå Nærings- og fiskeridepartementet

Statssekretæren lova å sjå på saka før revidert budsjett.

Med helsing
Hilde Myrvang
skrivar
"""


def test_a_member_letter_listing_who_was_there_reports_the_meeting() -> None:
    meeting = extracted_meeting(MEMBER_LETTER, "nn", date(2025, 3, 14))
    assert meeting is not None and meeting.counterpart == "Nærings- og fiskeridepartementet"
    assert {"Tormod Kvalsund", "Hilde Myrvang", "Brynjar Ellingsen", "Vegard Lium Aas"} <= names(meeting)


SAT_DOWN = """Fjellby skisenter

Statsråden i bakken

Publisert 3. mars 2025

Det var kø i heisen i vinterferien, og ein av dei som stod der, var næringsminister Arnstein Kvåle. Etter nokre
turar sette han seg ned med dagleg leiar Gudmund Bryn og styreleiar Randi Sæle i kafeen.

Samtalen handla om husvære for sesongarbeidarane.
"""

SIT_DOWN_WISH = """Fjellby skisenter

Vi vil ha statsråden på besøk

Publisert 3. mars 2025

Dagleg leiar Gudmund Bryn meiner sesongarbeidarane treng fleire hyblar.

– Vi vil gjerne sette oss ned med statsråden og forklare korleis det er her, seier Bryn.
"""


def test_those_who_sat_down_with_the_minister_met_him() -> None:
    meeting = extracted_meeting(SAT_DOWN, "nn", date(2025, 3, 3))
    assert meeting is not None and meeting.meeting_type == "annet"
    assert {"Gudmund Bryn", "Randi Sæle"} <= names(meeting)


@pytest.mark.xfail(reason="the one who sat down is a pronoun ('sette han seg ned med') standing for the minister named "
                          "in the sentence before, outside an attendance clause; `pronoun_attendees` does not read it")
def test_the_minister_who_sat_down_took_part() -> None:
    meeting = extracted_meeting(SAT_DOWN, "nn", date(2025, 3, 3))
    assert "Arnstein Kvåle" in names(meeting)


def test_a_wish_to_sit_down_with_the_minister_is_no_meeting() -> None:
    assert extracted_meeting(SIT_DOWN_WISH, "nn", date(2025, 3, 3)) is None


RECEIVED = """Dalen Røde Kors
Nyheiter

Statssekretæren på leksehjelpa

Publisert 12. februar 2025

I går kom statssekretær Øyvind Brekke Lie i Arbeids- og inkluderingsdepartementet for å sjå korleis vi driv
leksehjelp. Han vart teken imot av leiar Solfrid Haugen og koordinator Ali Rahimi.

Dei frivillige fortalde om familiane dei har følgt i fleire år, og om kor viktig det er at tilbodet held fram
etter introduksjonsprogrammet.

Leksehjelpa er open kvar tysdag og torsdag frå klokka 17. Alle er velkomne, og det kostar ingenting.

Vi treng fleire frivillige til hausten. Ta kontakt med oss om du har lyst til å vere med.
"""


def test_a_visitor_received_by_the_branch_met_it() -> None:
    meeting = extracted_meeting(RECEIVED, "nn", date(2025, 2, 12))
    assert meeting is not None and meeting.counterpart == "Arbeids- og inkluderingsdepartementet"
    assert {"Øyvind Brekke Lie", "Solfrid Haugen", "Ali Rahimi"} <= names(meeting)


AROUND_THE_TABLE = """Nordby fylkeskommune
Aktuelt

Statsråden ville høre det fra lærlingene selv

Digitaliseringsminister Kristin Moe Ramstad hadde bedt om å få snakke med lærlingene.

Rundt bordet på opplæringskontoret i Nordby satt lærlingene Jonas Vik og Oda Fjell Lunde sammen med instruktør
Rune Haga.
"""


def test_those_around_the_table_somewhere_met() -> None:
    meeting = extracted_meeting(AROUND_THE_TABLE, "nb", date(2025, 3, 5))
    assert meeting is not None
    assert {"Jonas Vik", "Oda Fjell Lunde", "Rune Haga"} <= names(meeting)


CHAIRED = """Sandvik 4H
Klubbnytt

Frukost med statsråden

Seks medlemer reiste til Oslo. Frå Landbruks- og matdepartementet kom landbruksminister Ingrid Lauvås Hovde.
Generalsekretær i 4H Noreg, Kjersti Nesheim, leidde møtet.
"""


def test_a_meeting_someone_chaired_took_place() -> None:
    meeting = extracted_meeting(CHAIRED, "nn", date(2025, 3, 5))
    assert meeting is not None
    assert {"Ingrid Lauvås Hovde", "Kjersti Nesheim"} <= names(meeting)


GROUP_LEADERS = """NORDBY KOMMUNE

Referat – gruppeleiarmøte

Møtedato: 20.01.2025

Tid: 09.00–11.30

Stad: Formannskapssalen, Nordby rådhus

Til stades:

Astrid Helle, ordførar (KrF)

Gruppeleiarar: Odd Bakke (Sp), Trude Lien Ose (H), Geir Ove Dale (Ap)

Kommunedirektør Arne Hovland

Frå regjeringa: statssekretær Tor Ulvik, Finansdepartementet

Referent: Aud Steinsvik

Forfall: Lise Hareide (SV), Anders Mykle (V)

Sak 1/25 Skattekontoret

Bakgrunn: Skattedirektøren har varsla at kontoret i Nordby kan bli lagt ned når regionkontora skal samlast.

Ordføraren innleidde, og kommunedirektøren orienterte om kva ei nedlegging vil bety for kompetansemiljøet i kommunen. Statssekretæren gjorde greie for prosessen og kriteria som blir lagde til grunn. Gruppeleiarane var samde om å stå saman i saka.

Oppfølging: Referenten sender oppsummering til departementet innan fredag.

Sak 2/25 Godkjenning av protokoll frå møtet 10.12.2024

Vedtak: Godkjent.

Sak 3/25 Eventuelt

Bakke tok opp vintervedlikehaldet på fylkesvegane. Saka blir sett opp til neste møte.

Møtet vart heva kl. 11.25.

Ref. AS
"""


def test_a_group_line_and_a_role_line_under_til_stades_took_part() -> None:  # every line a paragraph of its own
    meeting = extracted_meeting(GROUP_LEADERS, "nn", date(2025, 1, 21))
    assert meeting is not None
    assert {"Astrid Helle", "Odd Bakke", "Trude Lien Ose", "Geir Ove Dale", "Arne Hovland", "Tor Ulvik"} <= names(meeting)
    assert not {"Lise Hareide", "Anders Mykle"} & names(meeting)


ELDERLY_COUNCIL = """NORDBY KOMMUNE
Eldrerådet

MØTEPROTOKOLL

Møtedato: 2025-02-04

Til stades:
Namn                    Funksjon      Representerer
Astrid Loen             leiar         Pensjonistforbundet
Knut Ryssdal            nestleiar     Pensjonistforbundet
Olav Hope               medlem        Kommunestyret

Sak 1/25 Orientering frå statsforvaltaren
Seniorrådgjevar Marit Aasen frå Statsforvaltaren orienterte.
"""


def test_a_body_in_a_table_joined_to_a_role_is_no_person() -> None:
    meeting = extracted_meeting(ELDERLY_COUNCIL, "nn", date(2025, 2, 5))
    assert meeting is not None
    assert {"Astrid Loen", "Knut Ryssdal", "Olav Hope"} <= names(meeting)
    assert not {"Pensjonistforbundet", "Kommunestyret"} & names(meeting)


PRESS_CONFERENCE = """Transkripsjon: pressekonferanse etter konsultasjonsmøtet

På podiet:
Kommunal- og distriktsminister Solrun Aasvik
Styreleder i KS Terje Holm

STATSRÅD AASVIK: Vi har nettopp avsluttet det første konsultasjonsmøtet i år. Kommuneøkonomien er stram.

STYRELEDER HOLM: Vi ber regjeringen om å kompensere fullt ut for lønnsoppgjøret.

KARI LUND, NRK: Statsråd, kommunene sier at de må kutte i skolen. Kan du love full kompensasjon?

STATSRÅD AASVIK: Det kan jeg ikke love i dag.

PER DAHL, Nordby Avis: Holm, KS har sagt dette hvert år. Fikk dere noe konkret?

STYRELEDER HOLM: Vi fikk en arbeidsgruppe, og det er en start.
"""


def test_journalists_asking_at_a_press_conference_took_no_part_in_the_meeting() -> None:
    extracted = result(PRESS_CONFERENCE)
    assert {"Solrun Aasvik", "Terje Holm"} <= names(extracted.meeting)
    assert not {"Kari Lund", "Per Dahl"} & names(extracted.meeting)


def test_a_journalists_question_at_a_press_conference_is_said_there() -> None:
    speakers = {s.speaker.name for s in result(PRESS_CONFERENCE).statements}  # GUIDELINES: "said at the occasion"
    assert {"Solrun Aasvik", "Terje Holm", "Kari Lund", "Per Dahl"} <= speakers


YOUTH_COUNCIL = """Ungdomsnytt

Ungdomsrådet møtte statsråden

Måndag møtte ungdomsrådet i Nordby barne- og familieminister Lene Skjold Aas på rådhuset.

– Det er ingen stad å vere på fredagskvelden, sa leiar Ingrid Vik Fosse.

Tuva (14) var den yngste rundt bordet. Ho ville snakke om ungdomsklubben.

Amir (15) tok opp at mange ungdomar ikkje veit kvar dei skal gå.
"""


def test_young_people_named_by_first_name_and_age_took_part() -> None:
    meeting = extracted_meeting(YOUTH_COUNCIL, "nn", date(2025, 3, 5))
    assert meeting is not None
    assert {"Tuva", "Ingrid Vik Fosse", "Lene Skjold Aas"} <= names(meeting)


@pytest.mark.xfail(reason="a young person named by first name and age who only raises a point ('Amir (15) tok opp at "
                          "...') reads as a source from elsewhere (`sourced_elsewhere`), not one at the meeting")
def test_a_young_person_raising_a_point_took_part() -> None:
    meeting = extracted_meeting(YOUTH_COUNCIL, "nn", date(2025, 3, 5))
    assert "Amir" in names(meeting)


HER_MEASURES = """Brannsjefen: – Vi er ikkje budde

Brannfolk frå heile fylket samla seg i Nordby førre veke.

– Sist sommar hadde vi tre brannar samstundes, sa brannsjef i Nordby brann og redning, Kari Holm Vik, då ho
heldt innlegg på konferansen.

Innlegget hennar enda i tre tiltak for staten:

– eit øyremerkt tilskot til utstyr i små kommunar
– fleire studieplassar ved Brann- og redningsskolen
– ein gjennomgang av dimensjoneringsforskrifta

Ordførar i Nordby, Per Dale, støttar brannsjefen.
"""


def test_her_measures_under_a_possessive_lead_in_are_her_bodys_demands() -> None:
    rows = demands(HER_MEASURES, "nn")
    listed = [(c, a) for c, a, t in rows if t.startswith(("eit øyremerkt", "fleire studieplassar", "ein gjennomgang"))]
    assert listed == [("Nordby brann og redning", "staten")] * 3


EXPECTATIONS = """Bruene forfell

Fleire kommunar har stengt bruer dei siste åra.

– Vegeigaren har ansvaret for vedlikehaldet. Eg forventar at kommunane prioriterer bruene i eigne budsjett og sørgjer for jamlege inspeksjonar, skriv statssekretær Lars Tveit i Samferdselsdepartementet i ein e-post til NPK.
"""

def test_a_quotations_attribution_after_a_comma_is_no_part_of_the_action() -> None:
    texts = [t for _, _, t in demands(EXPECTATIONS, "nn")]
    assert any(t.startswith("kommunane prioriterer bruene") for t in texts)
    assert not any("skriv statssekretær" in t for t in texts)


@pytest.mark.xfail(reason="two finite predicates of one subject in a request's clause are one demand here: split by "
                          "the parse (stop 68), they matched 3 more annotated demands of the older sets for 24 more "
                          "rows, whose writers mostly kept such a pair as one measure (decision 5)")
def test_a_request_for_two_predicates_of_one_subject_is_two_demands() -> None:
    texts = [t for _, _, t in demands(EXPECTATIONS, "nn")]
    assert "kommunane prioriterer bruene i eigne budsjett" in texts
    assert "sørgjer for jamlege inspeksjonar" in texts


SHOULD_SET_AND_OFFER = """Kulturskulen

Fylkesleiar i KS Vestland, Per Olav Moe, meiner det trengst tiltak. Han meiner kommunane bør setje eit tak på eigenbetalinga og tilby friplassar til barn i familiar med låg inntekt.
"""


def test_a_prefixed_infinitive_ending_in_y_opens_a_second_action_under_a_modal() -> None:
    texts = [t for _, _, t in demands(SHOULD_SET_AND_OFFER, "nn")]
    assert "kommunane bør setje eit tak på eigenbetalinga" in texts
    assert "tilby friplassar til barn i familiar med låg inntekt" in texts


FIRST_NAMES = """Nyttårstale 2026

Difor reiste eg til Oslo saman med kommunedirektør Eirik Sæbø Lunde og kommuneoverlege Marte Vangen. Vi møtte statssekretær Hanne Kristin Berg i Helse- og omsorgsdepartementet.

Eirik la fram tala. Han viste til at kommunen brukte fire millionar meir på legetenesta enn han fekk att.

Marte fortalde om ei natt i januar, då ho hadde vakt for tre kommunar.
"""


def test_a_first_name_alone_is_the_one_person_it_opens() -> None:
    from extract_kit import statement_rows
    speakers = {(speaker, text[:20]) for _, speaker, text in statement_rows(FIRST_NAMES, "nn")}
    assert ("Eirik Sæbø Lunde", "kommunen brukte fire") in speakers
    assert ("Marte Vangen", "om ei natt i januar,") in speakers


CASE_PAPER = """Saksframlegg

Møte i departementet

Etter anmodning fra kommunen ble det holdt et møte i Energidepartementet 14.5. Fra kommunen møtte ordfører Terje Moe og kommunedirektør Hanne Lid. Departementet var representert ved statssekretær Ane Sørvik.

Statssekretær Sørvik informerte om at departementet tar sikte på å fatte vedtak innen utgangen av året.

KS Nordland har sendt et brev til departementet om saken. Fylkesstyreleder i KS Nordland, Lisbeth Gran, skriver i brevet: «Det er kommunene som bærer ulempene ved nettutbyggingen.»
"""


def test_one_who_writes_in_a_letter_took_no_part_in_the_meeting() -> None:
    meeting = extracted_meeting(CASE_PAPER, "nb", date(2025, 6, 1))
    assert meeting is not None
    assert {"Terje Moe", "Hanne Lid", "Ane Sørvik"} <= names(meeting)
    assert "Lisbeth Gran" not in names(meeting)


TWO_MINISTERS = """Nordby Bondelag
Nyheiter

Besøk frå regjeringa

Andre veka i februar fekk vi endeleg besøk frå regjeringa. Landbruks- og matminister Siri Øye og kommunal- og distriktsminister Bjørn Tore Mæland kom til Nordby for å høyre korleis det står til med jordbruket i indre Nordfjord.

Leiar Ingebjørg Sande tok imot dei på garden til Ola Gimle.

– Vi er glade for at dei tok seg tid, seier Sande.
"""


def test_two_ministers_coming_to_the_place_to_hear_met_as_the_government() -> None:
    meeting = extracted_meeting(TWO_MINISTERS, "nn", date(2025, 2, 20))
    assert meeting is not None
    assert {"Siri Øye", "Bjørn Tore Mæland"} <= names(meeting)
    assert meeting.counterpart == "regjeringen"
