"""The counterpart of a meeting (invented texts): the government or one ministry, the ministry of the minister met
(as object or in the occasion's sentence), of a person's staff, the host of a joint meeting, a minister who declined,
and an office named alone."""
from __future__ import annotations

from datetime import date

import pytest

from extract_kit import HOD, KD, KDD, cases, extracted_meeting, meeting_in_may, meeting_of, result
from flows.extract.counterpart import greets_government


COUNTERPARTS = [
    # (id, text, language, counterpart)
    ("plenary_sentence_after_lead",
     "KS er skuffa over budsjettet. Under konsultasjonsmøtet med regjeringa onsdag la KS fram tala sine.\n\n"
     "Leiinga i KS møtte regjeringa til plenumsmøtet i Oslo. Frå regjeringa møtte mellom andre "
     "finansministeren og kommunal- og distriktsministeren.", "nn", "regjeringen"),
    ("met_government_minister_quoted_later",
     "Regjeringen og KS møttes til konsultasjonsmøte om kommuneøkonomien torsdag.\n\n"
     "- Vi lytter til kommunene, sa kommunal- og distriktsminister Per Olav Dal.", "nb", "regjeringen"),
    ("heading_then_met_government",
     "Konsultasjonsmøte om skatteinngangen\n\nRegjeringa og KS møttest til årets tredje "
     "konsultasjonsmøte. Finansminister Kari Vik orienterte om skatteinngangen.", "nn", "regjeringen"),
    # negative: a fixed or bilateral meeting "with the government" on one sector is with one ministry
    ("fixed_meeting_with_government_is_one_ministry",
     "Rekruttering var tema da KS møtte regjeringen til det faste konsultasjonsmøtet om skole.\n\n"
     "Lærermangelen ble også drøftet med kunnskapsministeren.", "nb", "Kunnskapsdepartementet"),
    ("bilateral_with_government_is_one_ministry",
     "KS hadde bilateralt møte med regjeringen fredag.\n\nSaken ble drøftet med kulturministeren.", "nb",
     "Kultur- og likestillingsdepartementet"),
    # negative: the meeting sentence names the ministry
    ("ministry_named_in_meeting_sentence",
     "KS møtte regjeringen ved helseministeren til konsultasjonsmøte tirsdag.", "nb",
     "Helse- og omsorgsdepartementet"),
    ("staff_of_ministry_definite",
     "Statssekretær Lise Holm møtte fylkesstyret i KS Nordby tirsdag.\n\n"
     "Statssekretæren i Kunnskapsdepartementet kom fra et besøk på en skole.", "nb", "Kunnskapsdepartementet"),
    ("staff_of_ministry_nynorsk",
     "Statssekretær Lise Holm møtte fylkesstyret i KS Nordby tysdag.\n\n"
     "Statssekretæren frå Samferdselsdepartementet hadde med seg to rådgjevarar.", "nn",
     "Samferdselsdepartementet"),
    # negative: a ministry named after a role no participant holds
    ("staff_role_of_nobody",
     "Fylkesstyret i KS Nordby møtte ordførarane i fylket tysdag.\n\n"
     "Departementsråden i Kunnskapsdepartementet har tidlegare skrive om saka.", "nn", None),
    ("typo_in_minister_title",
     "KS møtte helseminsiteren onsdag for å drøfte legevakt.\n\n- Vi trenger flere leger, sa styreleder Ola Berg.",
     "nb", "Helse- og omsorgsdepartementet"),
]


@pytest.mark.parametrize("text, language, counterpart", cases(COUNTERPARTS))
def test_counterpart(text: str, language: str, counterpart: str | None) -> None:
    m = meeting_of(text, language=language)
    assert m is not None
    assert m.counterpart == counterpart


@pytest.mark.parametrize("text, expected", [
    ("Kjære ordførere, kjære statsråder og gode kolleger.", True),
    ("Kjære statsråd, kjære alle sammen.", True),
    ("Gode statsrådar og kjære ordførarar.", True),
    ("Statsråden sa i går at hun vil se på saken.", False),
    ("Kjære ordførere og kommunedirektører.", False),
])
def test_greets_government(text: str, expected: bool) -> None:
    assert greets_government(text) is expected


# --- one minister, another ministry's staff -------------------------------------------------------------------

LEAD_SIGNING_NB = ("Regjeringen og KS signerer avtale om lærlinger\n\n"
                   "Kunnskapsminister Eva Brattli og styreleder i KS Ola Nyhus signerte mandag 12. mai en ny avtale "
                   "om læreplasser i kommunene.\n\n"
                   "– Dette gir flere unge en vei inn i arbeidslivet, sier kunnskapsministeren.\n\n"
                   "Fra Arbeids- og inkluderingsdepartementet deltok statssekretær Per Olav Lid, som følger "
                   "ordningen for de unge flyktningene.")

LEAD_MEETING_NN = ("KS og Fagforbundet møtte samferdselsministeren\n\n"
                   "KS og Fagforbundet møtte onsdag 14. mai samferdselsminister Kjell Arne Vatne og statssekretær "
                   "Randi Hoel i Kommunal- og distriktsdepartementet for å drøfte ferjedrifta i kommunane.\n\n"
                   "– Vi hadde eit godt møte, sa styreleiar Oddvar Lie i KS etter møtet.")

CONSULTATION_NN = ("Konsultasjonsmøte om økonomien\n\n"
                   "Regjeringa og KS møttest tysdag 13. mai til konsultasjonsmøte om kommuneøkonomien. Frå regjeringa "
                   "møtte kommunal- og distriktsminister Lars Holm og statssekretær Eli Dahl i Finansdepartementet.")

TWO_MINISTERS_NB = ("Regjeringen og KS signerer avtale om bosetting\n\n"
                    "Arbeids- og inkluderingsminister Siri Moen og kommunal- og distriktsminister Lars Holm signerte "
                    "mandag 12. mai en ny avtale med styreleder i KS Ola Nyhus.")


@pytest.mark.parametrize("text,language,counterpart", [
    (LEAD_SIGNING_NB, "nb", "Kunnskapsdepartementet"),
    (LEAD_MEETING_NN, "nn", "Samferdselsdepartementet"),
    (TWO_MINISTERS_NB, "nb", "regjeringen"),
    (CONSULTATION_NN, "nn", "regjeringen"),
], ids=["signing_minister_and_other_staff_nb", "meeting_minister_and_other_staff_nn", "two_ministers_nb",
        "consultation_with_the_government_nn"])
def test_one_minister_with_other_staff_leads(text: str, language: str, counterpart: str) -> None:
    meeting = meeting_in_may(text, language)
    assert meeting is not None and meeting.counterpart == counterpart


# --- the ministry the occasion's sentence names as the party met ----------------------------------------------------

MET = [
    ("bilateral_with_one_ministry_two_ministers_nb",
     "Tre møter på en uke\n\n"
     "Mandag møtte styreleder Ola Nyhus justisministeren om beredskapen.\n\n"
     "Men det var torsdagens bilaterale konsultasjonsmøte med Kunnskapsdepartementet som ga resultater. "
     "Kunnskapsminister Eva Brattli deltok den første timen.\n\n"
     "Mandagens møte ga mindre. Justisminister Per Olsen lovet å komme tilbake til saken.", "nb", KD),
    ("bilateral_with_one_ministry_two_ministers_nn",
     "To møte same veke\n\n"
     "Tysdag møtte styreleiar Kari Lunde samferdselsministeren om ferjene.\n\n"
     "Fredag var det bilateralt møte med Kommunal- og distriktsdepartementet om kommuneøkonomien. Kommunal- og "
     "distriktsminister Lars Holm leidde møtet.\n\n"
     "Samferdselsminister Per Olsen lova på tysdag å sjå på ferjetilskotet.", "nn", KDD),
]


@pytest.mark.parametrize("text,language,counterpart", cases(MET))
def test_the_ministry_met_in_the_occasions_sentence_leads(text: str, language: str, counterpart: str) -> None:
    meeting = meeting_in_may(text, language)
    assert meeting is not None and meeting.counterpart == counterpart


def test_two_ministers_in_the_occasions_sentence_stay_the_government() -> None:
    meeting = meeting_in_may("Møte om beredskap\n\n"
                       "KS møtte tirsdag justisminister Per Olsen og helseminister Eli Dahl til et møte om "
                       "beredskapen i kommunene.", "nb")
    assert meeting is not None and meeting.counterpart == "regjeringen"


# --- a party in brackets between a staff member's name and the ministry -------------------------------------------

STAFF = [
    ("launch_state_secretary_party_nb",
     "Ny rapport om eldreomsorgen\n\n"
     "KS lanserte onsdag 5. mars rapporten «Omsorg i endring» på et frokostmøte i Oslo. Deretter debatterte "
     "statssekretær Per Olsen (Sp) i Helse- og omsorgsdepartementet, direktør Eli Dahl i Helse Vest og nestleder "
     "Kari Lunde i KS.\n\n"
     "– Vi må planlegge for flere eldre, sa Lunde.\n\n"
     "Olsen varslet at departementet vil se på finansieringen.", "nb", HOD),
    ("visit_state_secretary_party_nn",
     "Statssekretæren på besøk\n\n"
     "Statssekretær Eli Dahl (Ap) frå Kunnskapsdepartementet besøkte Nordvik skule tysdag. Fylkesleiar Per Berg i "
     "KS Vestland tok imot.\n\n"
     "– Skulen er eit godt døme, sa Berg.", "nn", KD),
]


@pytest.mark.parametrize("text,language,counterpart", cases(STAFF))
def test_a_party_in_brackets_keeps_the_staffs_ministry(text: str, language: str, counterpart: str) -> None:
    meeting = meeting_in_may(text, language)
    assert meeting is not None and meeting.counterpart == counterpart


MET_OBJECT = [
    ("travelled_to_meet_nb",
     "Ordførerne tok saken til departementet\n\n"
     "Tre ordførere reiste torsdag til Oslo for å møte kommunal- og distrisktminister Per Holm. Med i delegasjonen "
     "var Eli Sand (Sp), ordfører i Nordby, og Ola Li (H), ordfører i Sørby.\n\n"
     "Møtet i departementet varte i en time. Statsråden hadde med seg politisk rådgiver Line Kvam.\n\n"
     "– Vi ble lyttet til, sier Sand etter møtet.", "nb", KDD),
    ("delegation_met_nn",
     "Ordførarane tok saka til departementet\n\n"
     "Tre ordførarar reiste tysdag til Oslo for å møte helse- og omsorgsminster Kari Dahl. Med i delegasjonen var "
     "Eli Sand (Sp), ordførar i Nordby, og Ola Li (H), ordførar i Sørby.\n\n"
     "Møtet i departementet varte i ein time. Statsråden hadde med seg politisk rådgjevar Line Kvam.\n\n"
     "– Vi vart lytta til, seier Sand etter møtet.", "nn", HOD),
]


@pytest.mark.parametrize("text,language,expected", cases(MET_OBJECT))
def test_the_minister_met_as_object_is_the_counterpart(text: str, language: str, expected: str) -> None:
    meeting = meeting_in_may(text, language)
    assert meeting is not None
    assert meeting.counterpart == expected


# --- two ministries at one meeting: the host is the party met -------------------------------------------------------

HOST = [
    ("host_after_nn",
     "Felles møte om skulehelsetenesta\n\n"
     "Helse- og omsorgsdepartementet og Kunnskapsdepartementet hadde onsdag 5. mars eit felles bilateralt møte med KS "
     "om skulehelsetenesta. Kunnskapsdepartementet var vertskap for møtet.\n\n"
     "Frå KS møtte styreleiar Ola Nyhus.", "nn", "Kunnskapsdepartementet"),
    ("host_after_nb",
     "Felles møte om økonomien\n\n"
     "KS møtte tirsdag 4. mars Helse- og omsorgsdepartementet og Kommunal- og distriktsdepartementet til et felles "
     "bilateralt møte. Helse- og omsorgsdepartementet var vert for møtet.\n\n"
     "Fra KS deltok styreleder Kari Lunde.", "nb", HOD),
]


@pytest.mark.parametrize("text,language,expected", cases(HOST))
def test_the_host_of_a_joint_meeting_is_the_counterpart(text: str, language: str, expected: str) -> None:
    meeting = meeting_in_may(text, language)
    assert meeting is not None
    assert meeting.counterpart == expected


def test_two_ministries_without_a_host_stay_the_government() -> None:
    meeting = meeting_in_may(
        "Felles møte om skulehelsetenesta\n\n"
        "Helse- og omsorgsdepartementet og Kunnskapsdepartementet møtte onsdag 5. mars KS til eit felles møte om "
        "skulehelsetenesta.\n\nFrå KS møtte styreleiar Ola Nyhus.", "nn")
    assert meeting is not None
    assert meeting.counterpart != "Kunnskapsdepartementet"


# --- a minister who declined is not the counterpart ----------------------------------------------------------------

DECLINED = [
    ("invited_but_declined_nb",
     "Forbundet og KS enige om heltid\n\n"
     "Sykepleierforbundet og KS møttes tirsdag 4. mars til et eget møte om heltid i omsorgen.\n\n"
     "– Vi må se resultater, sier leder Kari Berg.\n\n"
     "Helse- og omsorgsminister Per Lund var invitert til møtet, men takket nei.", "nb"),
    ("could_not_come_nn",
     "Kommunekonferansen: – Vi må prioritere\n\n"
     "Over 200 folkevalde var samla til KS Troms sin kommunekonferanse i Tromsø tysdag 4. mars.\n\n"
     "Fylkesstyreleiar Liv Haug opna konferansen.\n\n"
     "Helse- og omsorgsminister Per Lund hadde ikkje høve til å kome, men sende ei videohelsing.", "nn"),
]


@pytest.mark.parametrize("text,language", cases(DECLINED))
def test_a_minister_who_declined_is_no_counterpart(text: str, language: str) -> None:
    meeting = extracted_meeting(text, language, date(2025, 3, 5))
    assert meeting is not None and meeting.counterpart is None


def test_declining_something_else_is_no_absence() -> None:
    text = ("Helseministeren møtte KS\n\n"
            "Helse- og omsorgsminister Per Lund møtte styreleder Ola Berg i KS torsdag 6. mars.\n\n"
            "Lund takket nei til forslaget om en egen pott til legevakt, men lovet å se på saken.")
    meeting = extracted_meeting(text, "nb", date(2025, 3, 7))
    assert meeting is not None and meeting.counterpart == HOD


def test_an_office_named_alone_takes_the_ministry_a_later_mention_gives() -> None:
    text = ("Statssekretær lovet ny plan for skolebygg\n\n"
            "Skolestatssekretær Ole Brun holdt foredrag på KS' skolekonferanse onsdag. Det var godt oppmøte.\n\n"
            "– Vi skal ha en plan før jul, sa statssekretær i Kunnskapsdepartementet Ole Brun fra scenen.")
    meeting = result(text).meeting
    assert meeting is not None and meeting.meeting_type == "foredrag"
    assert meeting.counterpart == "Kunnskapsdepartementet"
    assert any(p.name == "Ole Brun" and p.organisation == "Kunnskapsdepartementet" for p in meeting.participants)


def test_the_split_keeps_counterpart_names_importable() -> None:
    from flows.extract import counterpart as cp
    from flows.extract import government_side, talk_counterpart
    assert cp.for_talk is talk_counterpart.for_talk
    assert cp.addressed_ministry is talk_counterpart.addressed_ministry
    assert cp.greets_government is talk_counterpart.greets_government
    assert cp.minister_with_staff is government_side.minister_with_staff
    assert cp.participant_ministries is government_side.participant_ministries
    assert cp.leading_ministries is government_side.leading_ministries
