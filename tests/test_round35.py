"""Round 35 (the misses of eval/unseen36, eval/partset22 and eval/demset3, developed after their first looks),
invented texts, bokmål and nynorsk, with negatives:

- demands: a list's lead-in naming several claimants together ("Felles krav fra A, B og C til regjeringen:") gives
  each item once per claimant; a request noun with its source before its preposition ("et ønske fra KS Agder om at");
  a municipal employee in KS's delegation speaks for KS;
- statements: an opinion piece's writer telling what they said at the meeting ("Jeg pekte på at X", "Om X sa jeg at
  Y", "Jeg ba statsråden om å Z"); a report inside a report is the inner speaker's ("Han fortel at NN la vekt på at
  X"); a sentence opening with a subjunction names no person ("At Delta og KS gjorde det");
- meetings: a debate piece whose writer sat at the table "i forrige uke" reports that meeting; the ministry that
  called a joint meeting of two ministries is the one KS met; a date the meeting was moved from gives way to the
  lead's day and month;
- participants: a deputy ("møtte som vara for ordfører MM") stands in for MM, who took no part; a person who showed
  the minister round but was not at the meeting itself took no part, the minister did.
"""
from __future__ import annotations

import pytest

from extract_kit import demands, extracted_meeting, statement_rows

JOINT_LEAD_IN_NB = ("Partene samlet om heltid\n\n"
                    "KS, Delta og Fagforbundet møtte arbeidsministeren mandag 3. februar.\n\n"
                    "Felles krav fra KS, Delta og Fagforbundet til regjeringen:\n\n"
                    "- Videreføre tilskuddet til heltidsprosjekter i kommunene\n"
                    "- Opprette et nasjonalt kunnskapssenter for turnusplanlegging\n")
JOINT_LEAD_IN_NN = ("Felles innspel om barnehagelærarar\n\n"
                    "KS og Utdanningsforbundet møtte kunnskapsministeren torsdag 6. mars.\n\n"
                    "Krav frå KS og Utdanningsforbundet til departementet:\n\n"
                    "- Auke talet på studieplassar i barnehagelærarutdanninga\n"
                    "- Gje tilsette rett til permisjon med løn under vidareutdanning\n")


@pytest.mark.parametrize("raw,language,claimants,items", [
    (JOINT_LEAD_IN_NB, "nb", {"KS", "Delta", "Fagforbundet"}, 2),
    (JOINT_LEAD_IN_NN, "nn", {"KS", "Utdanningsforbundet"}, 2),
], ids=["three_claimants_nb", "two_claimants_nn"])
def test_a_lead_in_naming_claimants_together_gives_each_item_to_each(raw: str, language: str, claimants: set[str],
                                                                     items: int) -> None:
    rows = [r for r in demands(raw, language) if r[2].startswith(("Videreføre", "Opprette", "Auke", "Gje"))]
    assert {r[0] for r in rows} == claimants
    assert len(rows) == items * len(claimants)


def test_a_lead_in_naming_one_claimant_gives_each_item_once() -> None:  # negative: one claimant, another named after
    raw = ("Heltid\n\nKS møtte arbeidsministeren mandag 3. februar.\n\n"
           "KS sine krav til regjeringen etter møtet med Delta:\n\n"
           "- Videreføre tilskuddet til heltidsprosjekter i kommunene\n")
    rows = [r for r in demands(raw) if r[2].startswith("Videreføre")]
    assert [r[0] for r in rows] == ["KS"]


@pytest.mark.parametrize("raw,language,expected", [
    ("Kultur\n\nKS Agder møtte kulturministeren tirsdag 4. mars.\n\nFylkesleder Kari Moe la fram et ønske fra KS Agder "
     "om at regjeringen fastsetter et tak for egenbetalingen i kulturskolen.\n", "nb",
     ("KS Agder", "regjeringen", "regjeringen fastsetter et tak for egenbetalingen i kulturskolen")),
    ("Vegar\n\nKS Vestland møtte samferdselsministeren tysdag 4. mars.\n\nFylkesleiar Per Lid la fram eit krav frå "
     "KS Vestland om at staten tek over dei mest trafikkerte fylkesvegane.\n", "nn",
     ("KS Vestland", "staten", "staten tek over dei mest trafikkerte fylkesvegane")),
], ids=["wish_from_nb", "claim_from_nn"])
def test_a_request_noun_with_its_source_before_the_preposition(raw: str, language: str,
                                                               expected: tuple[str, str, str]) -> None:
    assert expected in demands(raw, language)


def test_a_municipal_employee_in_the_ks_delegation_speaks_for_ks() -> None:
    raw = ("KS til digitaliseringsministeren\n\n"
           "KS møtte digitaliseringsministeren tirsdag 14. oktober. Fra KS stilte styreleder Kari Moe og "
           "IKT-direktør i Asker kommune, Per Lid.\n\n"
           "– Staten må ta ansvaret for de felles løsningene, sa Lid.\n")
    assert ("KS", "staten", "Staten må ta ansvaret for de felles løsningene") in demands(raw)


BLOG_NB = ("Blogg: Lærerne må utdannes der de bor\n\n"
           "Kari Moe, direktør for arbeidsgiverpolitikk i KS\n"
           "Publisert 9. februar\n\n"
           "Torsdag 5. februar møtte jeg forsknings- og høyere utdanningsminister Per Lid.\n\n"
           "Jeg pekte på at mange skoler i distriktene mangler lærere med godkjent utdanning. Om praksisstudiene sa "
           "jeg at kommunene trenger bedre betalt veiledning. Jeg ba statsråden om å se på en egen "
           "kompensasjonsordning for praksisveiledere.\n")


def test_an_opinion_writer_tells_what_they_said_at_the_meeting() -> None:
    rows = [(kind, speaker, text) for kind, speaker, text in statement_rows(BLOG_NB)]
    assert ("indirect", "Kari Moe", "mange skoler i distriktene mangler lærere med godkjent utdanning") in rows
    assert ("indirect", "Kari Moe", "kommunene trenger bedre betalt veiledning") in rows
    assert ("indirect", "Kari Moe", "se på en egen kompensasjonsordning for praksisveiledere") in rows


def test_a_writers_hope_is_still_no_statement() -> None:  # negative: "Jeg håper" puts forward no position
    raw = BLOG_NB.replace("Jeg pekte på at", "Jeg håper at")
    assert not any(text.startswith("mange skoler") for _, _, text in statement_rows(raw))


@pytest.mark.parametrize("raw,language,expected", [
    ("Barnevern\n\nOrdførar Kari Moe møtte statsråden i Oslo. Statssekretær Per Lid leidde møtet.\n\n"
     "Ho fortel at Lid la vekt på at reforma i hovudsak er rett.\n", "nn",
     ("indirect", "Per Lid", "reforma i hovudsak er rett")),
    ("Skole\n\nOrdfører Kari Moe møtte statsråden i Oslo. Statssekretær Per Lid ledet møtet.\n\n"
     "Moe forteller at Lid understreket at ordningen skal evalueres neste år.\n", "nb",
     ("indirect", "Per Lid", "ordningen skal evalueres neste år")),
], ids=["nested_nn", "nested_nb"])
def test_a_report_inside_a_report_is_the_inner_speakers(raw: str, language: str,
                                                         expected: tuple[str, str, str]) -> None:
    assert expected in statement_rows(raw, language)


def test_a_subjunction_opens_no_name() -> None:
    raw = ("Delta og KS hos helseministeren\n\n"
           "Delta og KS møtte helseminister Per Lid onsdag 12. november. Forbundsleder i Delta, Kari Moe, mener "
           "regjeringen må gjøre mer for heltid.\n\n"
           "At Delta og KS gjorde det sammen, sier noe om alvoret, mener Moe.\n")
    meeting = extracted_meeting(raw)
    assert meeting is not None
    assert {p.name for p in meeting.participants} == {"Per Lid", "Kari Moe"}
    assert all(speaker != "At Delta" for _, speaker, _ in statement_rows(raw))


OPINION_LAST_WEEK_NB = ("DEBATT\n\n"
                        "Statsråden svarte på noe annet\n\n"
                        "Kari Moe, kommunedirektør i Nordby kommune\n\n"
                        "I forrige uke satt jeg rundt bordet da KS hadde sitt bilaterale konsultasjonsmøte med "
                        "kunnskapsminister Per Lid. Jeg var invitert for å fortelle om skolene i Nordby.\n\n"
                        "Jeg ber regjeringen om å beregne kostnadene ved den nye loven.\n")


def test_a_debate_piece_whose_writer_sat_at_the_table_last_week() -> None:
    meeting = extracted_meeting(OPINION_LAST_WEEK_NB)
    assert meeting is not None
    assert (meeting.meeting_type, meeting.counterpart) == ("konsultasjonsmote", "Kunnskapsdepartementet")
    assert {"Kari Moe", "Per Lid"} <= {p.name for p in meeting.participants}


def test_a_debate_piece_about_meetings_last_year_reports_none() -> None:  # negative: no day, no week, only a habit
    raw = OPINION_LAST_WEEK_NB.replace("I forrige uke satt jeg", "Mange ganger har jeg sittet")
    assert extracted_meeting(raw) is None


def test_the_ministry_that_called_a_joint_meeting_is_the_counterpart() -> None:
    raw = ("KS i møte med to departement\n\n"
           "Kunnskapsdepartementet og Barne- og familiedepartementet møtte KS onsdag 2. april i eit felles "
           "konsultasjonsmøte om barnevernet i skulen. Kunnskapsdepartementet kalla inn til møtet.\n\n"
           "Kunnskapsminister Kari Moe og statssekretær Per Lid frå Barne- og familiedepartementet leidde møtet.\n")
    meeting = extracted_meeting(raw, "nn")
    assert meeting is not None and meeting.counterpart == "Kunnskapsdepartementet"


def test_the_date_a_meeting_was_moved_from_gives_way_to_the_leads() -> None:
    raw = ("Konsultasjonsmøte mellom Helse- og omsorgsdepartementet og KS\n\n"
           "Helseminister Kari Moe og KS drøftet onsdag 19. november bemanningen i eldreomsorgen.\n\n"
           "Møtet var opprinnelig satt opp 5. november, men ble utsatt to uker fordi statsråden var på reise.\n")
    meeting = extracted_meeting(raw)
    assert meeting is not None and (meeting.date.month, meeting.date.day) == (11, 19)


def test_a_deputy_and_a_guide_who_left_before_the_meeting() -> None:
    raw = ("Varaordføraren møtte helseministeren\n\n"
           "Nordby kommune | Aktuelt | 12.05.2025\n\n"
           "Varaordførar Kari Moe møtte som vara for ordførar Per Lid då fylkesstyret i KS Vestland møtte helse- og "
           "omsorgsminister Eva Dal i Nordby fredag 9. mai.\n\n"
           "Kommunedirektør Ola Berg viste statsråden rundt i lokala før møtet, men var ikkje med i sjølve møtet.\n")
    meeting = extracted_meeting(raw, "nn")
    assert meeting is not None
    names = {p.name for p in meeting.participants}
    assert {"Kari Moe", "Eva Dal"} <= names
    assert not names & {"Per Lid", "Ola Berg"}
