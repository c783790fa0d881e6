"""Round 35 (the misses of eval/unseen36, eval/partset22 and eval/demset3, developed after their first looks),
invented texts, bokmål and nynorsk, with negatives:

- demands: a list's lead-in naming several claimants together ("Felles krav fra A, B og C til regjeringen:") gives
  each item once per claimant; a request noun with its source before its preposition ("et ønske fra KS Agder om at");
  a municipal employee in KS's delegation speaks for KS; a phrase put first leaves the subject after the verb ("I et
  brev til HOD og FIN ber Vestland fylkeskommune om at"); the proposals after "Blant innspela frå KS var"; urgency and
  priority in inverted order ("No er tida inne for at", "Nå er det viktigste at"); "Kommunen ber om" pointing back to
  the municipality of its leader; an imperative item in the author's own voice ("For det andre: Gi kommunene X"); two
  bodies asked together, one an organisation ("ber KS og regjeringen om å");
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


@pytest.mark.parametrize("raw,language,expected", [
    ("Tannhelse\n\nFylkesordførarane møtte helseministeren måndag.\n\nI eit brev til Helse- og omsorgsdepartementet og "
     "Finansdepartementet ber Vestland fylkeskommune om at kostnadene ved reforma blir rekna ut på nytt.\n", "nn",
     "Vestland fylkeskommune"),
    ("Skyss\n\nFylkesordførerne møtte samferdselsministeren mandag.\n\nI et brev til KS og Samferdselsdepartementet ber "
     "Nordland fylkeskommune om at tilskuddet til ferjene økes.\n", "nb", "Nordland fylkeskommune"),
], ids=["two_ministries_written_to_nn", "ks_written_to_nb"])
def test_a_phrase_put_first_leaves_the_subject_after_the_verb(raw: str, language: str, expected: str) -> None:
    assert [row[0] for row in demands(raw, language)] == [expected]


def test_a_clause_before_the_verb_keeps_its_own_subject() -> None:  # negative: "heter det at partane ber"
    raw = ("Rekruttering\n\nFagforbundet og KS har sendt et felles brev til helseministeren.\n\n"
           "I brevet heter det at partene ber departementet om å innføre en nasjonal ordning med lønnet praksis.\n")
    assert all(row[0] != "departementet" and row[2] != "departementet om å innføre en nasjonal ordning med lønnet praksis"
               for row in demands(raw))


@pytest.mark.parametrize("raw,language,expected", [
    ("Legevakt\n\nKS møtte helseministeren tirsdag 4. mars.\n\nBlant innspillene fra KS var en varig finansiering av de "
     "akutte døgnplassene og en raskere avklaring av regelverket for deling av journaler.\n", "nb",
     [("KS", "en varig finansiering av de akutte døgnplassene"),
      ("KS", "en raskere avklaring av regelverket for deling av journaler")]),
    ("Ferjer\n\nKS Vestland møtte samferdselsministeren tysdag.\n\nBlant innspela frå KS Vestland var ei ny ordning for "
     "ferjedrift i distrikta.\n", "nn", [("KS Vestland", "ei ny ordning for ferjedrift i distrikta")]),
], ids=["proposals_from_ks_nb", "proposals_from_county_nn"])
def test_proposals_listed_after_blant_innspela_fra(raw: str, language: str, expected: list[tuple[str, str]]) -> None:
    assert [(row[0], row[2]) for row in demands(raw, language)] == expected


@pytest.mark.parametrize("raw,language,expected", [
    ("Sjukepleiarar\n\nNSF møtte helseministeren onsdag.\n\n– No er tida inne for at Stortinget tek ansvar for "
     "bemanninga, seier forbundsleiar Kari Moe i Norsk Sykepleierforbund.\n", "nn",
     "Stortinget tek ansvar for bemanninga"),
    ("Tannhelse\n\nFylkene møtte helseministeren mandag.\n\n– Nå er det viktigste at pengene kommer før pasientene, sier "
     "fylkesordfører Kari Moe i Innlandet fylkeskommune.\n", "nb", "pengene kommer før pasientene"),
], ids=["tida_inne_nn", "det_viktigste_inverted_nb"])
def test_urgency_and_priority_cues_in_inverted_order(raw: str, language: str, expected: str) -> None:
    assert expected in [row[2] for row in demands(raw, language)]


def test_kommunen_points_back_to_the_municipality_of_its_leader() -> None:
    raw = ("Omsorgssenter\n\nKari Moe (Ap) har vært ordfører i Nordby i fire år.\n\n"
           "Kommunen ber om at investeringstilskuddet økes fra 55 til 65 prosent.\n")
    assert [row[0] for row in demands(raw)] == ["Nordby kommune"]


def test_a_body_word_after_a_participle_is_the_one_asked() -> None:  # negative: "har bede kommunen om å"
    raw = ("Barnehage\n\nOrdførar Kari Moe i Nordby møtte statsråden.\n\n"
           "Han fortel at Utdanningsforbundet lokalt har bede kommunen om å tilby fleire heile stillingar.\n")
    assert all(row[0] != "Nordby kommune" for row in demands(raw, "nn"))


def test_an_imperative_item_in_the_authors_own_voice() -> None:
    raw = ("KRONIKK\n\nEldrebølgen krever en plan\n\nKari Moe\nstyreleder i KS\n\nDette er en kronikk.\n\n"
           "For det første må staten lage en nasjonal plan.\n\n"
           "For det andre: Gi kommunene større frihet til å organisere tjenestene.\n\n"
           "Se bare på tallene fra i fjor.\n")
    texts = [row[2] for row in demands(raw)]
    assert "Gi kommunene større frihet til å organisere tjenestene" in texts
    assert not any(t.startswith("Se bare") for t in texts)  # negative: an imperative that is no item


@pytest.mark.parametrize("asked,expected", [
    ("KS og regjeringen", "KS"), ("staten og KS", "staten"),
], ids=["ks_first", "ks_second"])
def test_two_bodies_asked_together_one_an_organisation(asked: str, expected: str) -> None:
    raw = (f"BPA\n\nFagforbundet møtte helseministeren tirsdag.\n\n"
           f"Fagforbundet ber {asked} om å sette ned en partssammensatt arbeidsgruppe.\n")
    assert ("Fagforbundet", expected, "sette ned en partssammensatt arbeidsgruppe") in demands(raw)
