"""Round 47 (the misses of eval/unseen48, eval/partset33 and eval/demset14, development material after stop 58),
invented texts, bokmål and nynorsk, with negatives:

- meetings in short texts: a letter of thanks dated by its own date line ("møte oss den 4." under "Nordvik, 8. april
  2024"); an hour with a state secretary after a time word; a minister holding a meeting on a ferry and those on
  board with him; a gathering held ("som ble holdt på Gardermoen"); a meeting asked for with a time between ("bad i
  august om eit møte") is none; a job advertisement and a parish paper by their layout;
- short texts of a development set written for this round (eval/partset35): a mayor's weekly letter told day by day;
  a profile's "NN (52)" answering in the first person; "Ordføreren i X" for a place named only there; a post writer's
  role line under the name; who was represented by a deputy, sent one or got no place was not there;
- who was there: represented "med" its members; travelling there together; the letter writer's company ("A, B og
  meg"); a column's or a blog's writer who tells the meeting in the first person; the deputy who stayed home;
- persons and organisations: a company named with its form ("Nordvik Hydrogen AS") is no person, also without it;
  a dean by the role; an inter-municipal company ("Nordvik Brann IKS") as a speaker's organisation;
- dates: a post's stamp line ("10:42 · 6. feb. 2025") dates "I dag"; minutes dated in a field ("Møtedato:
  14.03.2025") place a season named elsewhere ("det bilaterale møtet ... i haust") at another time;
- statements: an interview's answer told over paragraphs is one statement; a lead-in on a pronoun of three words ("Ho var
  tydeleg:") or after a fronted word ("Samstundes kom ho med ei utfordring til oss:"); a title is the one of its holders
  named last, also by surname;
- demands: an editorial's label ("LEIAR") makes its "vi" the writer's organisation; a lead-in whose "at"-clause names
  who must act ("Der heter det at kommunene bør:"); a fact box titled "Dette krever forbundet" over its items, its
  source line no part of the last; a decision's point cut after "om å" over its lettered points, by a regional council
  named by its region; a county's name after a sentence adverb ("Også Møre og Romsdal
  fylkeskommune").
"""
from __future__ import annotations

from extract_kit import demands, extracted_meeting, participant_names_of as names, statement_rows

LETTER_OF_THANKS_NN = """Nordvik kommune
Ordføraren

Kunnskapsdepartementet
v/ kunnskapsminister Hege Lund
Postboks 8119 Dep
0032 Oslo

Vår ref. 24/2211-4                    Nordvik, 8. april 2024

Takk for godt møte om skulestrukturen i Nordvik

Kjære statsråd.

Eg vil takke for at du tok deg tid til å møte oss den 4. Det var nyttig for kommunedirektør Per Aas, \
oppvekstsjef Kari Bø og meg å få leggje fram tala våre.

Vi merka oss at du og rådgjevaren din, Ola Tveit, var opptekne av grendeskulane.

Med venleg helsing

Randi Myklebust
ordførar
"""


def test_a_letter_of_thanks_reports_the_meeting_on_the_day_its_date_line_places() -> None:
    meeting = extracted_meeting(LETTER_OF_THANKS_NN, "nn")
    assert meeting is not None and meeting.counterpart == "Kunnskapsdepartementet"
    assert (meeting.date.year, meeting.date.month, meeting.date.day) == (2024, 4, 4)
    assert {"Per Aas", "Kari Bø", "Randi Myklebust", "Ola Tveit"} <= names(meeting)


def test_a_day_after_the_date_line_is_in_the_month_before() -> None:
    raw = LETTER_OF_THANKS_NN.replace("møte oss den 4.", "møte oss den 28.")
    meeting = extracted_meeting(raw, "nn")
    assert meeting is not None and (meeting.date.year, meeting.date.month, meeting.date.day) == (2024, 3, 28)


def test_a_letter_that_thanks_for_a_letter_reports_no_meeting() -> None:
    raw = """Nordvik kommune

Vår ref. 24/2211-5                    Nordvik, 8. april 2024

Takk for brevet om skulestrukturen

Eg vil takke for brevet de sende oss den 4. Vi ser fram til vidare dialog.

Med venleg helsing

Randi Myklebust
ordførar
"""
    assert extracted_meeting(raw, "nn") is None


RADIO_NN = """Radio Nordfjord
NYHEITER

Departementet lova svar om øvingsfeltet

NORDVIK: Ordførarane fekk i går over ein time med statssekretær Jon Berge i Forsvarsdepartementet om øvingsfeltet.

Publisert 14.11.2024 kl. 07.12

Ordførar i Nordvik, Eva Hauge, og ordførar i Sørvik, Per Lid, reiste til Oslo saman med regionrådsleiar Geir \
Tangen. Dei ville ha svar på kva ei nedlegging vil bety.

– Vi fekk ikkje noko klart svar, seier Hauge.
"""


def test_an_hour_with_a_state_secretary_after_a_time_word_is_a_meeting_and_those_who_travelled_were_there() -> None:
    meeting = extracted_meeting(RADIO_NN, "nn")
    assert meeting is not None and meeting.counterpart == "Forsvarsdepartementet"
    assert {"Jon Berge", "Eva Hauge", "Per Lid", "Geir Tangen"} <= names(meeting)


FERRY_NN = """Fjordferjer AS – Nyheiter

Samferdselsministeren heldt møte om bord på ferja

Måndag 7. oktober vart salongen på ferja gjort om til møterom. Samferdselsminister Nils Brekke tok ferja frå \
Nordvik til Sørvik saman med leiaren i KS Vestland, Anne Dale, og ordførarane i Nordvik og Sørvik, Ole Fet og \
Siv Haug.

Møtet handla om takstane og kven som skal betale for elektrifiseringa.
"""


def test_a_minister_holding_a_meeting_on_a_ferry_and_those_on_board_with_him() -> None:
    meeting = extracted_meeting(FERRY_NN, "nn")
    assert meeting is not None and meeting.counterpart == "Samferdselsdepartementet"
    assert (meeting.date.month, meeting.date.day) == (10, 7)
    assert {"Nils Brekke", "Anne Dale", "Ole Fet", "Siv Haug"} <= names(meeting)


YOUTH_COUNCIL_NB = """RAPPORT FRA UNGDOMSRÅDET I NORDBY

Til: Hovedutvalg for oppvekst

Ungdomsrådet var representert med leder Sara Holm og medlem Jonas Vik på KS sin nasjonale samling for \
ungdomsråd, som ble holdt på Gardermoen 2.–3. mars.

Første dag åpnet barne- og familieminister Kari Moen samlingen og snakket om unges psykiske helse.

For ungdomsrådet
Jonas Vik, referent
"""


def test_a_gathering_held_is_the_occasion_and_a_council_represented_med_its_members() -> None:
    meeting = extracted_meeting(YOUTH_COUNCIL_NB)
    assert meeting is not None and meeting.meeting_type == "annet"
    assert (meeting.date.month, meeting.date.day) == (3, 2)
    assert {"Sara Holm", "Jonas Vik"} <= names(meeting)


def test_a_meeting_asked_for_with_a_time_between_is_none() -> None:
    raw = ("NORDVIK: Ordføraren i Nordvik, Eva Hauge, bad i august om eit møte med barne- og familieministeren om "
           "nedlegginga av ungdomsheimen. No har departementet svart at statsråden ikkje har tid.\n\n"
           "– Eg er skuffa, seier Hauge.\n")
    assert extracted_meeting(raw, "nn") is None


def test_a_job_advertisement_reports_no_meeting() -> None:
    raw = """KS – Kommunesektorens organisasjon
Ledig stilling

Seniorrådgiver – konsultasjonsordningen

Søknadsfrist: 10. januar
Stillingsprosent: 100

Avdelingen søker en seniorrådgiver som skal bidra i arbeidet med konsultasjonsordningen. Ordningen består av \
fire plenumsmøter i året og en rekke bilaterale møter med departementene.
"""
    assert extracted_meeting(raw) is None


def test_a_parish_paper_signed_by_its_priest_reports_its_meeting() -> None:
    raw = """KYRKJEBLADET FOR NORDVIK
Nr. 3 – sommar

Kyrkjebygga på dagsordenen

I midten av mai var kyrkjeverje Berit Aune med då KS og KA møtte Barne- og familiedepartementet til dialogmøte \
om kyrkjebygg. Frå departementet møtte statssekretær Odd Lien.

Helsing
Per Fjørtoft, sokneprest
"""
    meeting = extracted_meeting(raw, "nn")
    assert meeting is not None and meeting.counterpart == "Barne- og familiedepartementet"
    assert {"Berit Aune", "Odd Lien"} <= names(meeting)


def test_a_company_named_with_its_form_is_no_person_also_without_it() -> None:
    raw = ("Nordvik Hydrogen og Nordvik kommune i møte med Energidepartementet\n\nOnsdag 26. februar møtte "
           "Nordvik Hydrogen AS, sammen med Nordvik kommune, energiminister Per Olav Lunde.\n")
    meeting = extracted_meeting(raw)
    assert meeting is not None and "Nordvik Hydrogen" not in names(meeting)
    assert "Per Olav Lunde" in names(meeting)


def test_a_dean_is_named_without_the_role() -> None:
    raw = ("Høgskolen i Nordby la fram rapporten for statssekretær Kari Lie fra Helse- og "
           "omsorgsdepartementet. Dekan Lene Fjeld ledet møtet.\n")
    meeting = extracted_meeting(raw)
    assert meeting is not None and "Lene Fjeld" in names(meeting)
    assert not any(n.startswith("Dekan") for n in names(meeting))


THREAD_NN = """Nordvik fylkeskommune @nordvikfylke

1/3 I dag har fylkesordførar Ingrid Vik og fylkesdirektør Rune Hol møtt kommunal- og distriktsministeren i Bergen.
10:42 · 6. feb. 2025 · 1 812 visningar

2/3 Med oss hadde vi også leiaren i hovudutval for samferdsel, Marit Gjøen.

3/3 Vi følgjer opp saman med KS.
"""


def test_a_threads_stamp_line_dates_i_dag_and_its_company_was_there() -> None:
    meeting = extracted_meeting(THREAD_NN, "nn")
    assert meeting is not None
    assert (meeting.date.year, meeting.date.month, meeting.date.day) == (2025, 2, 6)
    assert {"Ingrid Vik", "Rune Hol", "Marit Gjøen"} <= names(meeting)


COLUMN_NN = """ORDFØRAREN HAR ORDET

Kommuneøkonomien kan ikkje berre handlast i Oslo

Måndag 13. mai sat eg rundt bordet i Kommunal- og distriktsdepartementet då regjeringa og KS heldt det andre \
konsultasjonsmøtet i år. Eg var med i delegasjonen saman med styreleiar Hanne Grimstad.

Varaordføraren vår, Liv Heggem, heldt fortet heime medan eg var i Oslo.

Eg vil oppmode alle til å kome på folkemøtet.

Geir Tveiten
ordførar i Nordvik
"""


def test_a_columns_signed_writer_who_sat_at_the_table_was_there_and_the_deputy_at_home_was_not() -> None:
    meeting = extracted_meeting(COLUMN_NN, "nn")
    assert meeting is not None
    assert {"Geir Tveiten", "Hanne Grimstad"} <= names(meeting)
    assert "Liv Heggem" not in names(meeting)


def test_a_blogs_writer_in_its_header_who_was_in_the_delegation_was_there() -> None:
    raw = """Kommunestyrebloggen – Eldrid Nes

Notat frå Akersgata

Sist fredag var eg med i delegasjonen frå Nordvik kommune som møtte Kultur- og likestillingsdepartementet. Vi \
vart tekne imot av statssekretær Tor Haug.

Kommentarfeltet er ope.
"""
    meeting = extracted_meeting(raw, "nn")
    assert meeting is not None and {"Eldrid Nes", "Tor Haug"} <= names(meeting)


EDITORIAL_NN = """LEIAR

Budsjettet må henge saman med oppdraget

Åse Tveit, styreleiar i KS

Onsdag 22. oktober sat eg saman med resten av KS-delegasjonen rundt bordet i Kommunal- og \
distriktsdepartementet.

Difor var bodskapen vår enkel. Vi bad regjeringa om å auke dei frie inntektene med fire milliardar kroner.
"""


def test_an_editorials_we_is_the_writers_organisation() -> None:
    assert ("KS", "regjeringen", "auke dei frie inntektene med fire milliardar kroner") in demands(EDITORIAL_NN, "nn")


def test_a_leader_as_a_role_opens_no_editorial() -> None:
    raw = EDITORIAL_NN.replace("LEIAR\n\n", "")
    assert ("KS", "regjeringen", "auke dei frie inntektene med fire milliardar kroner") not in demands(raw, "nn")


def test_a_lead_in_whose_at_clause_names_who_must_act() -> None:
    raw = ("Bibliotekarforbundet har sendt et brev til alle landets kommuner. Der heter det at kommunene bør:\n\n"
           "• fastsette en minste betjent åpningstid\n• sørge for at barn ikke er alene i lokalene\n")
    rows = demands(raw)
    assert ("Bibliotekarforbundet", "kommunene", "fastsette en minste betjent åpningstid") in rows
    assert not any(c == "kommunene" for c, _, _ in rows)


def test_a_countys_name_after_a_sentence_adverb() -> None:
    raw = ("Også Møre og Romsdal fylkeskommune har krevd at kompensasjonen blir beregnet ut fra faktisk "
           "trafikk.\n")
    assert [c for c, _, _ in demands(raw)] == ["Møre og Romsdal fylkeskommune"]


def test_an_inter_municipal_company_is_the_speakers_organisation() -> None:
    raw = ("Brannsjef Nils Bø i Nordvik Brann IKS tok opp utrykningene. Han mente helseforetakene må betale for "
           "oppdragene brannvesenet gjør som akutthjelpere.\n")
    assert [c for c, _, _ in demands(raw)] == ["Nordvik Brann IKS"]


INTERVIEW_NN = """INTERVJUET

Fylkesordførar Randi Lie (Ap) kom heim frå departementet med få lovnader.

Vi møtte Lie på fylkeshuset.

Kom du heim med tomme hender?

– Eg vil ikkje seie tomme hender. Ministeren lytta, men han lova ingenting.

For oss er dette ikkje småpengar. Vi har brukt fondsmidlane på vegar og hamner.

Kva bad de om?

– At regjeringa trekkjer forslaget.
"""


def test_an_interview_answer_over_paragraphs_is_one_statement() -> None:
    texts = [t for kind, speaker, t in statement_rows(INTERVIEW_NN, "nn") if speaker == "Randi Lie"]
    assert any(t.startswith("Eg vil ikkje seie tomme hender") and t.endswith("vegar og hamner") for t in texts)
    assert not any(t.startswith("For oss er dette") for t in texts)


def test_a_fact_box_titled_with_its_demands_and_its_source_line() -> None:
    raw = ("Fagforbundet møtte arbeidsministeren om sykefraværet.\n\nFAKTA\nDette krever forbundet\n"
           "• Hele, faste stillinger som hovedregel\n• En nasjonal bemanningsnorm for sykehjem\nKilde: Fagforbundet\n")
    rows = [(c, t) for c, _, t in demands(raw)]
    assert ("Fagforbundet", "Hele, faste stillinger som hovedregel") in rows
    assert ("Fagforbundet", "En nasjonal bemanningsnorm for sykehjem") in rows
    assert not any("Kilde" in t or t == "Dette krever forbundet" for _, t in rows)


def test_a_three_word_lead_in_on_a_pronoun_announces_the_quotation() -> None:
    raw = ("Digitaliseringsdirektør Kari Lie i Bergen kommune fortalde om avtalen. Ho var tydeleg:\n\n"
           "«Vi treng ikkje fleire pilotar. Nav må opne API-a sine for kommunane.»\n")
    assert ("direct", "Kari Lie", "Vi treng ikkje fleire pilotar. Nav må opne API-a sine for kommunane") in \
        statement_rows(raw, "nn")


WEEKLY_LETTER_NN = """Ordføraren si veke – veke 41

Hei alle saman!

Måndag hadde vi formannskapsmøte. Takk til kommunedirektør Sigrid Holm for godt arbeid.

Onsdag var eg i Oslo saman med varaordførar Knut Vik og flyktningkoordinator Ahmad Rahimi. Vi hadde møte med \
statssekretær Linn Berg i Arbeids- og inkluderingsdepartementet om busetjing av flyktningar.

Fredag var eg på haustkonferansen til KS Møre og Romsdal i Molde, der fylkesstyreleiar Tove Hel la fram KS sine \
prioriteringar.

Helsing
Ingrid Sæbø
ordførar
"""


def test_a_weekly_letters_day_with_the_government_is_the_meeting() -> None:
    meeting = extracted_meeting(WEEKLY_LETTER_NN, "nn")
    assert meeting is not None and meeting.meeting_type == "annet"
    assert meeting.counterpart == "Arbeids- og inkluderingsdepartementet" and meeting.date.text == "Onsdag"
    assert {"Knut Vik", "Ahmad Rahimi", "Linn Berg"} <= names(meeting)
    assert "Tove Hel" not in names(meeting)


def test_a_profiles_person_answering_in_the_first_person_was_there() -> None:
    raw = """DAGENS NAVN

Sigrun Tveit (52)

Aktuell: Var onsdag med da KS Vestfold og Telemark hadde møte med barne- og familieministeren.

Hva tok dere opp med statsråden?
– Vi fikk en drøy time med Marit Lund og statssekretær Omar Jama. Poenget vårt er enkelt.

Hvem var med fra kommunene?
– Fylkesstyreleder Per Hegg ledet delegasjonen, og jeg stilte sammen med ordfører Linn Sand fra Tokke.
"""
    meeting = extracted_meeting(raw)
    assert meeting is not None
    assert {"Sigrun Tveit", "Marit Lund", "Omar Jama", "Per Hegg", "Linn Sand"} <= names(meeting)


def test_the_mayor_of_a_place_named_only_there_is_another_mayor() -> None:
    raw = ("Helseministeren besøkte Nordby\n\nHelse- og omsorgsminister Ragnhild Iversen kom til Nordby kommune.\n\n"
           "Ordfører Nils Eira tok imot statsråden på rådhuset.\n\nOrdføreren i Kautokeino var også invitert, men var "
           "forhindret.\n")
    meeting = extracted_meeting(raw)
    assert meeting is not None and "Nils Eira" in names(meeting)


def test_a_post_writers_role_line_gives_the_ministry_met() -> None:
    raw = """Marius Hansen
Statssekretær i Barne- og familiedepartementet
12. februar kl. 15:04 · 🌐

I dag har jeg besøkt barneverntjenesten i Steinkjer sammen med ordfører Anita Lund. Vi snakket om reformen.
"""
    meeting = extracted_meeting(raw)
    assert meeting is not None and meeting.counterpart == "Barne- og familiedepartementet"
    assert {"Marius Hansen", "Anita Lund"} <= names(meeting)


def test_the_mayor_by_title_is_the_one_named_last_also_by_surname() -> None:
    raw = ("Ordførar Jorunn Lægreid gjorde greie for møtet med Klima- og miljødepartementet.\n\n"
           "Med på møtet var òg ordførar i Aurland Marit Hovland.\n\n"
           "– Staten må ta ein del av kostnaden, sa Lægreid til kommunestyret.\n\n"
           "Ordføraren fortalde at kommunane bad departementet om lengre fristar.\n")
    rows = statement_rows(raw, "nn")
    assert any(s == "Jorunn Lægreid" and t.startswith("kommunane bad departementet") for _, s, t in rows)


def test_a_lead_in_with_the_pronoun_after_a_fronted_word_announces_the_quotation() -> None:
    raw = ("Statssekretær Marte Sølvberg var open om at departementet ikkje har alle svara. Samstundes kom ho med ei "
           "utfordring til oss:\n\n«Kommunane må òg rydde i eigne data. Det hjelper lite med ein heimel.»\n")
    assert ("direct", "Marte Sølvberg", "Kommunane må òg rydde i eigne data. Det hjelper lite med ein heimel") in \
        statement_rows(raw, "nn")


def test_a_decisions_point_cut_after_om_aa_leads_in_its_lettered_points() -> None:
    raw = """Vedtak (samrøystes):
1. Vesterålen regionråd ber regjeringa om å
   a) sikre at leveringsplikta for trålflåten vert handheva,
   b) gjere fordelinga frå Havbruksfondet meir føreseieleg for kommunane.
2. Regionrådet ber Stortinget om å sjå til at vedtaket ikkje vert svekka.
"""
    rows = demands(raw, "nn")
    assert ("Vesterålen regionråd", "regjeringen", "sikre at leveringsplikta for trålflåten vert handheva") in rows
    assert ("Vesterålen regionråd", "regjeringen",
            "gjere fordelinga frå Havbruksfondet meir føreseieleg for kommunane") in rows


def test_who_was_represented_by_a_deputy_or_sent_one_or_got_no_place_was_not_there() -> None:
    raw = ("Landbruksministeren vitja Nordvik\n\nLandbruks- og matminister Ragnhild Sunde vitja garden i Nordvik "
           "tysdag. Til stades var òg ordførar Anders Hjelm. Leiaren i Bondelaget, Håvard Bakke, var i slåttonna og "
           "blei representert ved nestleiaren. Ordføraren i Sørvik, Per Lerøy, hadde sendt varaordføraren, Hilde Nese. "
           "Fylkesleiar Liv Heggland hadde bede om å få vere med, men fekk ikkje plass.\n")
    meeting = extracted_meeting(raw, "nn")
    assert meeting is not None and {"Ragnhild Sunde", "Anders Hjelm"} <= names(meeting)
    assert not {"Håvard Bakke", "Per Lerøy", "Liv Heggland"} & names(meeting)


def test_minutes_dated_in_a_field_place_a_season_elsewhere_at_another_time() -> None:
    raw = """NORDVIK REGIONRÅD

MØTEPROTOKOLL

Møtedato: 14.03.2025
Møtestad: Nordvik rådhus

Sak 12/25 Møte med fiskeri- og havministeren

Fiskeri- og havminister Per Nybakk deltok på video. Regionrådet møtte statsråden om leveringsplikta.

Seniorrådgjevar Lene Paulsen frå KS Nordland orienterte om at KS har teke opp havbruksinntektene i det bilaterale \
møtet med departementet i haust.
"""
    meeting = extracted_meeting(raw, "nn")
    assert meeting is not None and meeting.meeting_type == "annet"
