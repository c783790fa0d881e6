"""Round 48 (the misses of eval/unseen49, eval/partset34 and eval/demset15, development material after stop 59),
invented texts, bokmål and nynorsk, with negatives:

- what a document is: a case paper ("SAKSFRAMLEGG" over "Arkivsak: ...") and a memo ("NOTAT" over "Saksnr.:") report
  the meeting they orient about, though their reference line would read them as letters; a letter with a reference
  line still reports none;
- a commentary by the paper's own journalist ("Politisk redaktør" on a line of its own) reports the meeting it dates
  with a weekday or a date; one that names meetings by season or habit, or a day only inside a quotation, reports
  none, and neither does a dated piece by a party's own writer;
- cues: a meeting chaired in the state of the past ("Møtet var leia av statssekretær NN"); a writer seated in a
  meeting room together with people from a ministry; a member of the government coming "for å møte kommunane"; a
  letter that tells who attended ("Frå departementet møtte statssekretær NN") reports the meeting;
- collections: a list of captions each under its picture's number; a schedule's day heading over its appointments; a
  radio bulletin's briefs under upper-case labels ("LEGEVAKT: ...") with the meeting's brief its story;
- who was there: a pronoun meeting the one named in the present ("Dei møter statssekretær NN"); minutes listing those
  present a party a line, up to the line of absence; a weekly letter's writer signed with an office ("Av NN, ordførar");
  one who "kan ikkje vere med" is absent;
- names: a council's questioner by the role ("Interpellant NN"); "Eller" opening a sentence is no speaker;
- dates: a weekday cut short before a day and month in figures in a calendar's table ("Ti 11.03");
- demands: a pseudo-cleft names its action after "er å" ("Det staten heller bør gjøre, er å videreføre X"), the one
  who must act in the clause before it.
"""
from __future__ import annotations

from extract_kit import demands, extracted_meeting, participant_names_of as names, statement_rows

CASE_PAPER_NN = """Vestfjord fylkeskommune

SAKSFRAMLEGG

Saksbehandlar: Kari Lunde
Arkivsak: 2025/311-2

Saksgang          Møtedato     Saksnr.
Fylkesutvalet     02.04.2025   12/25

Orientering om møte med Samferdselsdepartementet

Samandrag
Fylkeskommunen hadde 12. mars 2025 møte med Samferdselsdepartementet om ferjetilbodet og vedlikehaldet av \
fylkesvegane. Saka orienterer om møtet.

Frå fylkeskommunen møtte fylkesordførar Per Nesje og fylkesdirektør Anne Rud. Frå departementet møtte \
statssekretær Ola Brekke.

Fylkesdirektøren rår fylkesutvalet til å ta orienteringa til vitande.
"""

MEMO = """Nordvik kommune
NOTAT

Fra: Rådmannens stab
Til: Formannskapet
Dato: 30.09.2024
Saksnr.: 24/1187-4

Møte om legedekningen

Møtet mellom Nordvik kommune og Helse- og omsorgsdepartementet ble holdt i Nordvik 24. september 2024. Fra \
departementet møtte statssekretær Lise Holm. Kommunen stilte med ordfører Tor Aas og kommuneoverlege Eva Berg.

Partene ble enige om å møtes igjen i februar.
"""

LETTER = """Nordvik kommune

Helse- og omsorgsdepartementet
Postboks 8011 Dep
0030 Oslo

Vår ref.: 24/1187-5                    Nordvik, 30. september 2024

Legedekningen i Nordvik

Vi har i mange år teke opp legedekningen med departementet, seinast i møtet med statsråden i fjor vår. Vi ber no \
departementet om å auke basistilskotet for kommunar med små lister.

Med venleg helsing

Tor Aas
ordførar
"""


def test_a_case_paper_reports_the_meeting_it_orients_about() -> None:
    meeting = extracted_meeting(CASE_PAPER_NN, "nn")
    assert meeting is not None and meeting.counterpart == "Samferdselsdepartementet"
    assert (meeting.date.year, meeting.date.month, meeting.date.day) == (2025, 3, 12)
    assert {"Per Nesje", "Anne Rud", "Ola Brekke"} <= names(meeting)


def test_a_memo_reports_the_meeting_it_tells() -> None:
    meeting = extracted_meeting(MEMO, "nb")
    assert meeting is not None and meeting.counterpart == "Helse- og omsorgsdepartementet"
    assert {"Lise Holm", "Tor Aas", "Eva Berg"} <= names(meeting)


def test_a_letter_with_a_reference_line_still_reports_no_meeting() -> None:
    assert extracted_meeting(LETTER, "nn") is None


COMMENTARY = """KOMMENTAR

Hyggelig møte, tomme lommer

Statsråden lyttet. Spørsmålet er om noe av det havner i kommuneproposisjonen.

Jon Lie
Politisk redaktør

Publisert 14.03.2025 06:00

Hver vår møter KS-toppene kommunalministeren i det første konsultasjonsmøtet. Onsdag 12. mars var intet unntak.

KS-leder Anne Dahl hadde med seg sjeføkonom Per Holm da de møtte kommunal- og distriktsminister Kari Nes i \
departementet.

– Vi ber om en vekst i de frie inntektene på minst seks milliarder, sa Dahl etter møtet.
"""

COMMENTARY_BY_SEASON_NN = """KOMMENTAR

Høfleg, men på kvar sin planet

Jon Lie
Politisk redaktør

KS og regjeringa møtest oftare enn nokon gong. Då KS møtte regjeringa til konsultasjonsmøtet i vår, var tonen \
uvanleg skarp.

– Vi fekk mykje forståing i dag, men forståing betaler ikkje løn. Vi møtest igjen på tysdag, sa KS-leiar Anne Dahl.
"""

COMMENTARY_BY_A_PARTY = """KOMMENTAR

Sykehjemmene kan ikke drives på vikarer

Kari Berg, forbundsleder i Norsk Sykepleierforbund

Onsdag 12. mars møtte helseministeren KS og kommunene i departementet. Vi var ikke invitert.

Det er på tide at regjeringen lytter til sykepleierne.
"""


def test_a_journalists_commentary_reports_the_meeting_it_dates() -> None:
    meeting = extracted_meeting(COMMENTARY, "nb")
    assert meeting is not None and meeting.meeting_type == "konsultasjonsmote"
    assert (meeting.date.month, meeting.date.day) == (3, 12)
    assert {"Anne Dahl", "Per Holm", "Kari Nes"} <= names(meeting)


def test_a_commentary_that_names_meetings_by_season_or_a_quoted_day_reports_none() -> None:
    assert extracted_meeting(COMMENTARY_BY_SEASON_NN, "nn") is None


def test_a_dated_commentary_by_a_partys_own_writer_reports_none() -> None:
    assert extracted_meeting(COMMENTARY_BY_A_PARTY, "nb") is None


BLOG_NN = """Felles løysingar – eller felles rekning?

Kommunedirektøren sin blogg | Randi Vik, kommunedirektør i Nordvik kommune
Publisert 9. september 2025

Førre tysdag sat eg i eit møterom i Akersgata saman med fem andre kommunedirektørar, folk frå KS og ein god gjeng \
frå Digitaliserings- og forvaltningsdepartementet. Tema: felles digitale løysingar.

Det var mykje å snakke om, og vi fekk god tid.
"""

CHAIRED_NN = """Digitale fellesløysingar

Møtet var leia av statssekretær Mats Ruud i Digitaliserings- og forvaltningsdepartementet. Frå KS deltok \
direktør Elin Fagerli, som la fram eit notat om finansieringa.
"""

RADIO_NN = """NRK Vestland – Distriktsnyhende kl. 07.30

LEGEVAKT: I morgon kjem helse- og omsorgsminister Per Kleiv til Florø for å møte kommunane i Sunnfjord om \
legevakta. Frå kommunane stiller mellom andre ordførar i Kinn, Lise Hjelle.

VÊR: Sørvestleg kuling på kysten.
"""

TOURING_KS = """KS på turné

KS-leder Anne Dahl reiser denne høsten rundt i fylket for å møte kommunene og høre hva de er opptatt av.
"""


def test_a_writer_seated_in_a_meeting_room_with_people_from_a_ministry_tells_a_meeting() -> None:
    meeting = extracted_meeting(BLOG_NN, "nn")
    assert meeting is not None and meeting.counterpart == "Digitaliserings- og forvaltningsdepartementet"


def test_a_meeting_chaired_in_the_state_of_the_past_is_a_meeting() -> None:
    meeting = extracted_meeting(CHAIRED_NN, "nn")
    assert meeting is not None and "Mats Ruud" in names(meeting)


def test_a_minister_coming_to_meet_the_municipalities_is_a_meeting() -> None:
    meeting = extracted_meeting(RADIO_NN, "nn")
    assert meeting is not None and meeting.counterpart == "Helse- og omsorgsdepartementet"
    assert {"Per Kleiv", "Lise Hjelle"} <= names(meeting)


def test_ks_touring_to_meet_the_municipalities_is_no_meeting_with_the_government() -> None:
    assert extracted_meeting(TOURING_KS, "nb") is None


CAPTION_LIST = """Tirsdag 21. oktober: Bilateralt møte med Finansdepartementet

Bildetekster til nettsak. Alle foto: Kari Lund / KS

Bilde 1
Finansminister Trond Eik (t.h.) tar imot KS-delegasjonen i Akersgata.

Bilde 2
Rundt bordet, f.v.: statssekretær Mira Sørby (Finansdepartementet), ekspedisjonssjef Per Lindtner, KS-styreleder \
Halvor Tang og direktør Sigrun Rud.
"""

SCHEDULE_NN = """Ordføraren si veke – veke 11

Her er kalenderen til ordførar Marit Hovde (Sp).

Måndag 9. mars
Kl. 09.00: Formannskapsmøte, rådhuset

Tysdag 10. mars
Heile dagen: Oslo. Møte i Finansdepartementet om grunnrenteskatten. Ordføraren reiser saman med kommunedirektør \
Geir Steine. Dei møter statssekretær Håkon Brenne.

Onsdag 11. mars
Kl. 10.00: Besøk i Aurland barnehage, avdeling Blåbær

Torsdag 12. mars
Kl. 09.30: Regionrådet i Sogn, Lærdal.
"""

WEEKLY_LETTER_NN = """Ordføraren si veke – veke 11

Måndag opna vi den nye barnehagen på Nesset.

Onsdag 13. mars var eg i Oslo og møtte kommunal- og distriktsminister Håvard Moe i departementet. Med meg hadde eg \
kommunedirektør Arvid Brekke.

Varaordførar Kjell Myrvang var heime og leidde formannskapsmøtet same dag.

Torsdag var eg i bursdagsselskapet til tidlegare ordførar Gunvor Tjeldstø.

Oddbjørg Rimstad, ordførar i Fjellvik kommune
"""


def test_a_list_of_numbered_captions_places_those_pictured_round_the_table() -> None:
    meeting = extracted_meeting(CAPTION_LIST, "nb")
    assert meeting is not None
    assert {"Trond Eik", "Mira Sørby", "Per Lindtner", "Halvor Tang", "Sigrun Rud"} <= names(meeting)


def test_a_schedules_day_heading_names_the_government_in_the_appointments_under_it() -> None:
    meeting = extracted_meeting(SCHEDULE_NN, "nn")
    assert meeting is not None and meeting.counterpart == "Finansdepartementet"
    assert (meeting.date.month, meeting.date.day) == (3, 10)
    assert "Håkon Brenne" in names(meeting)


def test_a_weekly_letters_day_paragraph_is_its_own_item_not_the_deputy_at_home_after_it() -> None:
    meeting = extracted_meeting(WEEKLY_LETTER_NN, "nn")
    assert meeting is not None and (meeting.date.month, meeting.date.day) == (3, 13)
    assert {"Håvard Moe", "Arvid Brekke"} <= names(meeting)
    assert "Kjell Myrvang" not in names(meeting)


MINUTES_BY_PARTY_NN = """KS Vestfjord

PROTOKOLL FRÅ FYLKESMØTET

Møtedato: 8. november 2024
Møtestad: Molde

Til stades:
Fylkesstyret: fylkesstyreleiar Odd Rekdal (ordførar i Hareid), nestleiar Ingrid Sætre (ordførar i Surnadal).
Helse- og omsorgsdepartementet: statssekretær Marte Sunde, seniorrådgjevar Kristoffer Aune.
KS: regiondirektør Randi Vik, spesialrådgjevar Hallvard Bø (referent).

Meldt fråfall: fylkesordførar Eirik Berg

Sak 1/24 Helse- og omsorgstenestene i kommunane

Innleiing ved statssekretær Marte Sunde. Fylkesmøtet drøfta saka.
"""

WEEKLY_LETTER_SIGNED_NN = """Ordføraren si veke – veke 43

Av Synnøve Lid, ordførar i Voss herad

Kjære vossingar!

Tysdag gjekk turen til Oslo. Saman med kommunedirektør Arne Fjell møtte eg statssekretær Håkon Aasen i \
Klima- og miljødepartementet.

Torsdag var eg på Voss vidaregåande skule.
"""


def test_minutes_listing_those_present_a_party_a_line_and_not_the_absent_after_it() -> None:
    meeting = extracted_meeting(MINUTES_BY_PARTY_NN, "nn")
    assert meeting is not None
    assert {"Odd Rekdal", "Ingrid Sætre", "Marte Sunde", "Kristoffer Aune", "Randi Vik", "Hallvard Bø"} <= names(meeting)
    assert "Eirik Berg" not in names(meeting)


def test_a_weekly_letters_writer_signed_with_an_office_who_met_the_state_secretary() -> None:
    meeting = extracted_meeting(WEEKLY_LETTER_SIGNED_NN, "nn")
    assert meeting is not None and {"Synnøve Lid", "Arne Fjell", "Håkon Aasen"} <= names(meeting)


COUNCIL_REPORT = """Interpellasjon om fiskerihavna

Interpellant Frank Nilsen (H) viste til at det er snart ti år sidan utdjupinga vart lova.

– Dette har vi høyrt før. Det er fint med gode møte, men det er spadetak vi treng, sa Nilsen.
"""

BLOG_ASIDE_NN = """Felles løysingar

Førre tysdag sat eg i eit møterom i Akersgata. Eller, som ein kollega frå Nordland sa det på veg inn døra: «Kven \
skal betale, og kven skal bestemme?»
"""


def test_a_council_questioner_by_the_role_is_named_without_it() -> None:
    speakers = {speaker for _, speaker, _ in statement_rows(COUNCIL_REPORT, "nn")}
    assert "Frank Nilsen" in speakers and not any(s.startswith("Interpellant") for s in speakers)


def test_a_conjunction_opening_a_sentence_is_no_speaker() -> None:
    assert "Eller" not in {speaker for _, speaker, _ in statement_rows(BLOG_ASIDE_NN, "nn")}


BULLETIN_NN = """NRK Vestland – Distriktsnyhende kl. 07.30

LEGEVAKT: I morgon kjem helse- og omsorgsminister Per Kleiv til Florø for å møte kommunane i Sunnfjord om \
legevakta. Frå kommunane stiller ordførar i Kinn, Lise Hjelle. Ordførar i Stad, Tore Bakke, kan ikkje vere med på \
grunn av kommunestyremøte.

VEG: Riksveg 15 over Strynefjellet er stengd på grunn av uvêr.

FISKERI: Fiskebåtreiarlaga er nøgde med kvoten. Dagleg leiar i reiarlaget Fjordfangst, Kåre Myk, kallar det ei \
gledeleg nyheit.

VÊR: Sørvestleg kuling på kysten.
"""


def test_a_bulletins_item_under_its_label_is_the_story_and_who_cannot_come_is_absent() -> None:
    meeting = extracted_meeting(BULLETIN_NN, "nn")
    assert meeting is not None and {"Per Kleiv", "Lise Hjelle"} <= names(meeting)
    assert not {"Tore Bakke", "Kåre Myk"} & names(meeting)


LETTER_TO_COUNCIL_NN = """Nordvik kommune

Kommunestyret i Nordvik

Vår ref.: 25/311-2                    Nordvik, 6. mars 2025

Møte om barnevernet

Barne- og familiedepartementet tok imot kommunen 4. mars. Frå departementet møtte statssekretær Lise Holm. Frå \
kommunen møtte ordførar Tor Moen og kommunedirektør Per Aas.

Kommunen la fram tala for barnevernet.

Med helsing
Kari Lunde
rådgjevar
"""


def test_a_letter_that_tells_who_attended_reports_the_meeting() -> None:
    meeting = extracted_meeting(LETTER_TO_COUNCIL_NN, "nn")
    assert meeting is not None and meeting.counterpart == "Barne- og familiedepartementet"
    assert {"Lise Holm", "Per Aas"} <= names(meeting)


CLEFT = """KS møtte helseministeren i går.

– Det staten heller bør gjøre, er å videreføre tilskuddet til dagaktivitetsplasser, sa KS-leder Kari Moe.

– Det vi må gjere no, er å sikre fleire lærlingplassar, sa Moe.
"""


def test_a_pseudo_cleft_names_its_action_after_er_aa() -> None:
    rows = {(addressee, text) for _, addressee, text in demands(CLEFT, "nb")}
    assert ("staten", "videreføre tilskuddet til dagaktivitetsplasser") in rows
    assert any(text == "sikre fleire lærlingplassar" for _, text in rows)


PROGRAMME = """Statsrådens program – uke 11

Dag\tTid\tAktivitet\tSted
Man 10.03\t12.00\tMuntlig spørretime i Stortinget\tStortinget
Ti 11.03\t09.00–11.00\tBilateralt konsultasjonsmøte med KS. Fra KS møter styreleder Tora Brekke.\tR5
Fr 14.03\t11.00\tBesøk i Tynset kommune\tTynset
"""


def test_a_weekday_cut_short_before_figures_dates_a_programmes_meeting() -> None:
    meeting = extracted_meeting(PROGRAMME, "nb")
    assert meeting is not None and meeting.meeting_type == "konsultasjonsmote"
    assert (meeting.date.month, meeting.date.day) == (3, 11)
