"""Round 50 (the misses of eval/unseen51, eval/partset37 and eval/demset17, development material after stop 61),
invented texts, bokmål and nynorsk, with negatives:

- cues: a meeting named by its kind with a ministry or a member of the government ("eit krisemøte med Justis- og
  beredskapsdepartementet", "i telefonmøte med statsråden"), not the consultations still to come; a member of the
  government receiving with no object ("Statssekretær NN tok imot, flankert av ..."); a sentence opening on the meeting
  and its place ("Møtet på rådhuset i Florø samla ..."), not a press invitation's "Møtet i seg selv er lukket";
- a debate piece whose writers sat "rundt samme bord som" the minister, with its day, reports that meeting;
- who was there: a minutes table with no heading above it ("Namn | Rolle | Verksemd | Oppmøte"), but the rows marked
  absent in a cell ("forfall", "nei, forfall"); company kept "i selskap med";
- quotations: a council's question and its answer quoted whole under "Spørsmål frå NN (Sp) til ordføraren, levert
  skriftleg 6. mars:" and "Svar frå ordførar NN (Ap):", opened once with « and closed paragraphs later, each paragraph
  the member's, a quotation inside the answer its own speaker's; a statement the council adopted, quoted the same way,
  is no person's words;
- who was there: a signed piece's writer with an office ("Av NN, områdedirektør i KS") who tells the occasion in the
  first person singular ("Sist torsdag satt jeg i panelet da departementet inviterte til frokostmøte"), not one who
  tells only what others did;
- who was there: not one who would have liked to be ("hadde gjerne vore med, men sit i finanskomiteen sitt møte");
- names: a shopkeeper's trade before a name ("Kjøpmann NN") is no first name; a party's or the Red Cross's local
  branch by its place ("Voss Senterparti", "Stord Raudekross") is no person;
- names: a compound on a noun of a figure or a proposal ("Skatteanslaget", "Lovforslaget") is no organisation and no
  speaker's body; a body's initials in brackets between a role and a name ("direktør i Integrerings- og
  mangfaldsdirektoratet (IMDi), NN") keep the role and the body.
"""
from __future__ import annotations

from datetime import date

import pytest

from extract_kit import cases, demands, extracted_meeting, participant_names_of as names, statement_rows

CRISIS_CALL = """Brannsjefen si blogg

Ei lang natt

Av brannsjef Odd Moen, Voss brann

Søndag 11. august kopla vi oss på eit krisemøte med Justis- og beredskapsdepartementet. Frå departementet deltok \
statssekretær Ida Rønning. Ordførar i Voss, Hans Lid, sat saman med meg i kriseleiinga.
"""

PHONE_CALL_NB = """Flommen: Ordføreren i telefonmøte med justisministeren

Ordfører i Drammen, Marit Berg, hadde tirsdag 4. juni et telefonmøte med justisminister Per Dahl om flommen.
"""

CONSULTATION_TO_COME = """KS-styret i Agder

Hun legger til at KS vil ta saken opp i neste konsultasjonsmøte med Justis- og beredskapsdepartementet.
"""

RECEIVED_NO_OBJECT = """Vest-Telemark Blad

Ordføreren til Oslo

Torsdag 23. januar tok ordfører Halvor Lunde (Sp) nattoget til Oslo med regnestykkene sine. Statssekretær Eirik \
Lote tok imot, flankert av to rådgivere. Tema var inntektssystemet.
"""

MEETING_AND_PLACE = """Ferja var tema

Onsdag 7. februar var ein travel dag i Florø.

Møtet på rådhuset i Florø samla ordførarane i Kinn og Bremanger. Tema var ferjetilbodet. Terje Nygård (Kinn), \
Anne Skavøy (Bremanger) og statsråd Ingrid Solbakk var der.
"""

PRESS_INVITATION = """Til redaksjonene

Statsråden holder pressekonferanse etter lunsj. Møtet i seg selv er lukket for pressen.
"""

SAME_TABLE_OPINION = """Kronikk

Av Ragnhild Vik, styreleder i KS, og Per Nes, leder i Fagforbundet

Tirsdag forrige uke satt vi rundt samme bord som kommunal- og distriktsminister Siri Tveten. Vi diskuterte \
tillitsreformen. Regjeringen må fjerne rapporteringskrav som ikke brukes til noe.
"""

HEADLESS_TABLE = """Barne- og familiedepartementet

REFERAT FRÅ MØTE

Møte: Bilateralt møte mellom Barne- og familiedepartementet og KS
Dato: 12.09.2024

Namn | Rolle | Verksemd | Oppmøte
Martin Hage | statssekretær | BFD | til stades
Eirin Sand | barne- og familieminister | BFD | forfall
Anne Fosse | nestleiar | KS | til stades
Siv Hauge | avdelingsdirektør | KS | nei, forfall

Sak 1: Barnevernsreforma
KS viste til at mange kommunar har fått større utgifter.
"""

HEADLESS_TABLE_NO_ROLES = """Fotballturnering

Lag | Poeng | Mål
Brann | 12 | 8
Rosenborg | 9 | 7
Molde | 7 | 5
"""

IN_COMPANY = """Vest-Telemark Blad

Ordføreren til Oslo

Torsdag 23. januar satt ordfører Halvor Lunde (Sp) i et møterom i Finansdepartementet, i selskap med \
fylkesstyreleder i KS Vestfold og Telemark, Turid Øie, og kommunedirektør i Nissedal, Gro Rue. Statssekretær Eirik \
Lote tok imot.

Tema var inntektssystemet og skjønnsmidlene. Lunde hadde med seg et regneark på elleve sider.
"""

ESTIMATE_HEADING = """KS-styret møtte finansministeren

Finansminister Sigrid Berge (Ap) var til stades i om lag ein time på styremøtet tysdag 13. mai.

Styret: Skatteanslaget må justerast

Styreleiar Torunn Vik la fram KS sine vurderingar for finansministeren.

– Skal vi unngå nye kutt, må skatteanslaget for i år justerast ned, sa Vik.
"""

INITIALS_IN_BRACKETS = """Tolkane i kommunane

Statssekretær Lars Reitan møtte KS tysdag 4. mars. Med seg hadde han direktør i Integrerings- og \
mangfaldsdirektoratet (IMDi), Samira Nygård.

– Vi forventar at kommunane berre brukar tolkar frå registeret, sa Nygård.
"""

MEETING_CUES = [
    ("crisis_meeting_nn", CRISIS_CALL, "nn", (8, 11)),
    ("phone_meeting_nb", PHONE_CALL_NB, "nb", (6, 4)),
    ("received_no_object_nb", RECEIVED_NO_OBJECT, "nb", (1, 23)),
    ("meeting_and_place_nn", MEETING_AND_PLACE, "nn", (2, 7)),
]


@pytest.mark.parametrize(("text", "language", "month_day"), cases(MEETING_CUES))
def test_a_meeting_told_by_its_kind_its_host_or_its_place_is_reported(text: str, language: str,
                                                                      month_day: tuple[int, int]) -> None:
    meeting = extracted_meeting(text, language, published=date(2025, 3, 5))
    assert meeting is not None and meeting.meeting_type == "annet"
    assert (meeting.date.month, meeting.date.day) == month_day


@pytest.mark.parametrize(("text", "language"), cases([
    ("consultation_to_come_nb", CONSULTATION_TO_COME, "nb"),
    ("press_invitation_nb", PRESS_INVITATION, "nb"),
]))
def test_a_meeting_to_come_or_an_invitation_reports_none(text: str, language: str) -> None:
    assert extracted_meeting(text, language, published=date(2025, 3, 5)) is None


def test_a_debate_piece_whose_writers_sat_at_the_ministers_table_reports_the_meeting() -> None:
    meeting = extracted_meeting(SAME_TABLE_OPINION, "nb", published=date(2025, 3, 5))
    assert meeting is not None and meeting.counterpart == "Kommunal- og distriktsdepartementet"


def test_a_table_of_those_present_needs_no_heading_and_its_absent_rows_are_left_out() -> None:
    meeting = extracted_meeting(HEADLESS_TABLE, "nn")
    assert meeting is not None
    assert {"Martin Hage", "Anne Fosse"} <= names(meeting)
    assert not {"Eirin Sand", "Siv Hauge"} & names(meeting)


def test_a_table_of_no_persons_is_no_list_of_those_present() -> None:
    assert extracted_meeting(HEADLESS_TABLE_NO_ROLES, "nb") is None


def test_company_kept_in_a_meeting_room_took_part() -> None:
    meeting = extracted_meeting(IN_COMPANY, "nb", published=date(2025, 1, 25))
    assert meeting is not None and {"Turid Øie", "Gro Rue"} <= names(meeting)


def test_a_figure_named_in_a_heading_is_no_speakers_body() -> None:
    claimants = {claimant for claimant, _, _ in demands(ESTIMATE_HEADING, "nn")}
    assert claimants and "Skatteanslaget" not in claimants


def test_a_bodys_initials_between_role_and_name_keep_the_body() -> None:
    claimants = {claimant for claimant, _, text in demands(INITIALS_IN_BRACKETS, "nn") if "registeret" in text}
    assert claimants == {"IMDi"}


QUESTION_TIME = """NESBYEN KOMMUNE
Kommunestyret

PS 14/24 Spørjetime

Spørsmål frå Gunnhild Rue (Sp) til ordføraren, levert skriftleg 6. mars 2024 i samsvar med reglementet:

«Kva kom ut av møtet i departementet om tingretten?

Vi i Nesbyen Senterparti meiner kommunen må stå hardt på kravet om at rettsstaden skal haldast oppe.»

Svar frå ordførar Ola Sletten (Ap):

«Takk for spørsmålet, som er viktig for heile Hallingdal.

Møtet vart halde i departementet onsdag 28. februar. Vi la fram tal som viser at sakene må handsamast lokalt.

Statssekretær Eirik Skjervheim sa i møtet: «Vi høyrer kva de seier, og vi tek det med oss.» Det er eit godt teikn.

Til det tredje spørsmålet: Regionrådet vil sende ei skriftleg fråsegn til departementet.»

Kommunestyret tok svaret til orientering.
"""

ADOPTED_STATEMENT = """Luster kommunestyre

Vedtak: Luster kommunestyre vedtek følgjande uttale:

«Luster kommune har dei siste åra fått fleire oppgåver utan at pengane har følgt med.

Luster kommunestyre ber regjeringa auke rammetilskotet.»

Vedtaket var samrøystes.
"""


def test_a_question_and_its_answer_quoted_over_paragraphs_are_the_members_words() -> None:
    rows = statement_rows(QUESTION_TIME, "nn")
    by = {(speaker, text.split()[0]) for kind, speaker, text in rows if kind == "direct"}
    assert {("Gunnhild Rue", "Kva"), ("Gunnhild Rue", "Vi"), ("Ola Sletten", "Takk"), ("Ola Sletten", "Møtet"),
            ("Ola Sletten", "Til")} <= by
    assert ("Eirik Skjervheim", "Vi") in by  # the quotation inside the answer
    assert not any(speaker == "Eirik Skjervheim" and text.startswith("Til") for _, speaker, text in rows)


def test_a_statement_a_council_adopted_is_no_persons_words() -> None:
    assert statement_rows(ADOPTED_STATEMENT, "nn") == []


PANEL_BLOG = """KS-bloggen

Hvem skal gjøre hva?

Av Håkon Rud, områdedirektør for helse og velferd i KS

Sist torsdag 6. mars satt jeg i panelet da Helse- og omsorgsdepartementet inviterte til frokostmøte for å lansere en \
ny rapport om oppgavedeling. Statssekretær Ingvild Hammer la fram hovedfunnene.

Rapporten viser at mange kommuner allerede deler oppgaver på nye måter.
"""

OTHERS_BLOG = """KS-bloggen

Hvem skal gjøre hva?

Av Håkon Rud, områdedirektør for helse og velferd i KS

Torsdag 6. mars inviterte Helse- og omsorgsdepartementet til frokostmøte for å lansere en ny rapport om \
oppgavedeling. Statssekretær Ingvild Hammer la fram hovedfunnene.

Jeg mener rapporten viser at mange kommuner allerede deler oppgaver på nye måter.
"""


def test_a_signed_pieces_writer_who_tells_the_occasion_in_the_first_person_was_there() -> None:
    meeting = extracted_meeting(PANEL_BLOG, "nb", published=date(2025, 3, 10))
    assert meeting is not None and "Håkon Rud" in names(meeting)


def test_a_signed_pieces_writer_who_tells_what_others_did_was_not_there() -> None:
    meeting = extracted_meeting(OTHERS_BLOG, "nb", published=date(2025, 3, 10))
    assert meeting is not None and "Håkon Rud" not in names(meeting)


SHOP_VISIT = """Nærbutikken i Aurland

Tysdag 4. mars fekk Joker Aurland besøk av landbruks- og matminister Sigrun Aarset. Kjøpmann Ola Bøyum viste fram \
hylla med lokalmat frå bønder i bygda, og ordførar Tone Mundal var med på besøket.

Statsråden lova å ta med seg innspela om distriktsbutikkane.
"""

BRANCHES = """Frukostmøte om lærarmangelen

Fredag 7. mars møtte statssekretær i Kunnskapsdepartementet, Torbjørn Hauge, Voss Senterparti og Stord Raudekross \
til frukostmøte på Voss. Margit Lægreid leidde samtalen.

Stortingsrepresentant Anders Bryn hadde gjerne vore med, men sit i finanskomiteen sitt møte same morgon.

Innspela tek gruppa med seg inn i budsjettarbeidet.
"""


def test_a_shopkeepers_trade_before_a_name_is_no_first_name() -> None:
    meeting = extracted_meeting(SHOP_VISIT, "nn", published=date(2025, 3, 5))
    assert meeting is not None and "Ola Bøyum" in names(meeting) and "Kjøpmann Ola Bøyum" not in names(meeting)


def test_local_branches_are_no_persons_and_one_who_would_have_liked_to_come_was_not_there() -> None:
    meeting = extracted_meeting(BRANCHES, "nn", published=date(2025, 3, 10))
    assert meeting is not None and "Torbjørn Hauge" in names(meeting)
    assert not {"Voss Senterparti", "Stord Raudekross", "Anders Bryn"} & names(meeting)
