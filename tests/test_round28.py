"""Constructions from the misses of round 28 (invented texts, bokmål and nynorsk, with negatives).

Statements: an interview announced with "Vi møter NN" opening a sentence gives NN the answers; a person named
inside a quotation as the subject of a verb of saying ("– Statsråden sa at X") has an indirect statement of their
own; a quotation printed over paragraphs the Norwegian way (each paragraph opens with «, only the last closes) after
a colon lead-in is the announced speaker's; a medium written like a name ("sa NN til Kanal Vest") is no person and
no antecedent; a pronoun right after a quotation goes on with the quoted speaker, not with a person the quotation
names; in minutes, a motion under a member's name is no quotation, a protocol entry is.
Meetings: a calendar of coming events names no occasion, date or counterpart of the one reported; a meeting with an
agency "og departementet" is with the ministry; a launch seminar opened by a minister stays a launch."""
from __future__ import annotations

import pytest

from extract_kit import meeting_of, statement_rows_of

STATEMENTS: list[tuple[str, str, str, set[tuple[str, str, str]]]] = [
    ("interview_announced_by_vi_moter", "nb",
     "«Vi må slutte å være høflige»\n\n"
     "Kari Lund Moe har ledet KS Agder i tre år.\n\n"
     "Vi møter Moe på kontoret en grå tirsdag, fire uker etter at statsråden var på besøk.\n\n"
     "Hva var det viktigste som kom ut av møtet?\n\n"
     "– At hun hørte hva vi sa. Det er ikke gitt at en statsråd gjør det.\n\n"
     "Og fylkesmannen?\n\n"
     "– Statsforvalter Eva Holm Berg og jeg har faste møter hver måned. Hun har vært tydelig på at tilsynene skal "
     "bli færre. Det setter jeg pris på.\n\n"
     "Hva skjer nå?\n\n"
     "– Vi venter på kommuneproposisjonen i mai. Da får vi se om de har lyttet.",
     {("direct", "Kari Lund Moe", "At hun hørte hva vi sa. Det er ikke gitt at en statsråd gjør det."),
      ("direct", "Kari Lund Moe", "Statsforvalter Eva Holm Berg og jeg har faste møter hver måned. Hun har vært "
                                  "tydelig på at tilsynene skal bli færre. Det setter jeg pris på."),
      ("direct", "Kari Lund Moe", "Vi venter på kommuneproposisjonen i mai. Da får vi se om de har lyttet.")}),
    ("named_person_reported_inside_a_quotation", "nb",
     "Ordfører Kari Dal møtte kommunalminister Ola Berg i Hamar.\n\n"
     "– Statsråden sa at det ikke kommer flere penger i år. Det respekterer jeg, sier Dal.",
     {("direct", "Kari Dal", "Statsråden sa at det ikke kommer flere penger i år. Det respekterer jeg"),
      ("indirect", "Ola Berg", "det ikke kommer flere penger i år")}),
    ("quotation_over_paragraphs_after_a_colon_lead_in", "nb",
     "Helseminister Eva Lie Brekke har svart på brevet fra KS.\n\n"
     "Om legevakten er svaret avvisende. Brekke skriver:\n\n"
     "«Kravene ble innført for å sikre pasientene forsvarlig hjelp. Vi ser ikke grunnlag for å endre dem nå.\n\n"
     "«Departementet vil likevel se på overgangsordninger for enkeltkommuner.»\n\n"
     "Ifølge tall fra Husbanken ble det gitt færre tilsagn i fjor.",
     {("direct", "Eva Lie Brekke",
       "Kravene ble innført for å sikre pasientene forsvarlig hjelp. Vi ser ikke grunnlag for å endre dem nå."),
      ("direct", "Eva Lie Brekke", "Departementet vil likevel se på overgangsordninger for enkeltkommuner.")}),
    ("a_medium_written_like_a_name_is_no_antecedent", "nn",
     "Kanal Vest | Nyheiter | Vestland\n\n"
     "Skular i distrikta står utan lærarar\n\n"
     "– Staten må ta ansvar for at det blir utdanna nok lærarar, sa styreleiar Kari Nes Bø til Kanal Vest "
     "etter møtet.\n\n"
     "Ho understreka at kommunane ikkje ønskjer å leggje ned skular for å spare pengar.",
     {("direct", "Kari Nes Bø", "Staten må ta ansvar for at det blir utdanna nok lærarar"),
      ("indirect", "Kari Nes Bø", "kommunane ikkje ønskjer å leggje ned skular for å spare pengar")}),
    ("pronoun_after_a_quotation_goes_on_with_its_speaker", "nn",
     "Kunnskapsminister Hilde Våge Lid møtte ordførarane i Sogn.\n\n"
     "– Vi kan ikkje vente lenger, seier ordførar Solveig Nybø Aas.\n\n"
     "– Eg har sagt det til statsråden, og eg seier det til deg: Ein skule utan lærarar er ingen skule.\n\n"
     "Ho legg til at kommunestyret ikkje har gjort noko vedtak om skulestruktur.",
     {("direct", "Solveig Nybø Aas", "Vi kan ikkje vente lenger"),
      ("direct", "Solveig Nybø Aas",
       "Eg har sagt det til statsråden, og eg seier det til deg: Ein skule utan lærarar er ingen skule."),
      ("indirect", "Solveig Nybø Aas", "kommunestyret ikkje har gjort noko vedtak om skulestruktur")}),
    ("minutes_motion_is_no_quotation_a_protocol_entry_is", "nn",
     "Møtebok for Fjordvik kommunestyre\n\n"
     "Ola Hovde Lie (H), endringsframlegg, nytt punkt 4 i uttalen:\n"
     "«Kommunestyret ber KS ta opp toppfinansieringa i neste konsultasjonsmøte.»\n\n"
     "Protokolltilførsel frå Per Arne Skog (FrP):\n"
     "«Eg er samd i at staten må ta større ansvar, men uttalen burde ha vore send seinare.»",
     {("direct", "Per Arne Skog", "Eg er samd i at staten må ta større ansvar, men uttalen burde ha vore send "
                                  "seinare.")}),
]

NOT_STATEMENTS: list[tuple[str, str, str, set[tuple[str, str, str]]]] = [
    ("the_quoted_speaker_is_not_reported_twice", "nb",
     "– Jeg sa til statsråden at dette haster, sier ordfører Kari Dal.",
     {("direct", "Kari Dal", "Jeg sa til statsråden at dette haster")}),
    ("a_pronoun_after_narrative_keeps_its_antecedent", "nb",
     "Ordfører Per Dal møtte helseminister Eva Lie Berg.\n\n"
     "– Vi trenger flere leger, sier Dal.\n\n"
     "Statsråden svarte ikke på kravet. Hun mener at kommunene har fått nok.",
     {("direct", "Per Dal", "Vi trenger flere leger"),
      ("indirect", "Eva Lie Berg", "kommunene har fått nok")}),
]


def _texts(rows: list[tuple[str, str, str]]) -> set[tuple[str, str, str]]:
    return {(kind, speaker, text.rstrip(".")) for kind, speaker, text in rows}


@pytest.mark.parametrize("name,language,raw,expected", STATEMENTS + NOT_STATEMENTS,
                         ids=[c[0] for c in STATEMENTS + NOT_STATEMENTS])
def test_round28_statements(name: str, language: str, raw: str, expected: set[tuple[str, str, str]]) -> None:
    assert _texts(statement_rows_of(raw, language)) == {(k, s, t.rstrip(".")) for k, s, t in expected}


NEWSLETTER = (
    "KS Europabrev\nNyhetsbrev fra KS' Brusselkontor\n\n"
    "1. Møte med EØS-statssekretæren\n\n"
    "Tirsdag 11. mars møtte KS statssekretær Anders Fjell i Utenriksdepartementet. Fra KS deltok styremedlem "
    "Hallvard Bøe Sand.\n\n"
    "2. Kalender\n\n"
    "8. april: Webinar om avløpsdirektivet (digitalt)\n"
    "14.–15. mai: Plenumsmøte i Regionkomiteen, Brussel\n"
    "3. juni: KS' europakonferanse, Oslo\n")


def test_a_calendar_names_no_occasion_of_the_text() -> None:
    meeting = meeting_of(NEWSLETTER, "nb", None)
    assert meeting is not None
    assert (meeting.meeting_type, meeting.counterpart) == ("annet", "Utenriksdepartementet")
    assert (meeting.date.month, meeting.date.day) == (3, 11)


def test_a_single_dated_line_is_no_calendar() -> None:
    from flows.extract.layout import calendar_block

    assert calendar_block("8. april: Webinar om avløpsdirektivet\n14.–15. mai: Plenumsmøte i Brussel")
    assert not calendar_block("8. april: Webinar om avløpsdirektivet")
    assert not calendar_block("Møtet var 8. april.\nDet neste blir i mai.")


def test_an_agency_and_the_ministry_meet_ks_the_ministry_is_the_counterpart() -> None:
    text = ("KS etter møte med Husbanken og departementet: – Startlånet må treffe\n\n"
            "Mandag 17. mars møttes KS, Kommunal- og distriktsdepartementet og Husbanken til det årlige dialogmøtet "
            "om boligsosialt arbeid, i Husbankens lokaler i Drammen. Fra KS deltok første nestleder Arvid Tøsse. "
            "Departementet stilte med statssekretær Hanne Mørk Aas, mens Husbanken var representert ved "
            "administrerende direktør Jørund Bekke.")
    meeting = meeting_of(text, "nb", None)
    assert meeting is not None and meeting.counterpart == "Kommunal- og distriktsdepartementet"


def test_an_agency_met_alone_stays_the_counterpart() -> None:
    text = ("KS møtte Husbanken om startlån\n\n"
            "Mandag 17. mars møtte KS Husbanken i Drammen. Fra KS deltok første nestleder Arvid Tøsse, og Husbanken "
            "var representert ved administrerende direktør Jørund Bekke.")
    meeting = meeting_of(text, "nb", None)
    assert meeting is not None and meeting.counterpart == "Husbanken"


def test_a_launch_seminar_opened_by_a_minister_stays_a_launch() -> None:
    text = ("Dataangrepa mot kommunane aukar\n\n"
            "På eit seminar i Oslo la KS og Nasjonal sikkerheitsmyndigheit fram ein ny rettleiar.\n\n"
            "Ho var ei av innleiarane då KS og NSM onsdag 22. januar lanserte rettleiaren «Digital tryggleik» på eit "
            "frukostseminar i Oslo. Justis- og beredskapsminister Per Ivar Stue opna seminaret.\n\n"
            "På seminaret understreka ho at alle kommunar må ha tofaktorautentisering.")
    meeting = meeting_of(text, "nn", None)
    assert meeting is not None and meeting.meeting_type == "lansering"


def test_a_talk_opening_a_conference_is_still_a_talk() -> None:
    text = ("Statsråden opna konferansen\n\n"
            "Kommunalminister Per Ivar Stue heldt opningsinnlegget på KS-konferansen i Bergen tysdag 4. mars. "
            "I innlegget sitt på konferansen snakka han om kommuneøkonomien.")
    meeting = meeting_of(text, "nn", None)
    assert meeting is not None and meeting.meeting_type == "foredrag"


@pytest.mark.parametrize("sentence,name", [("Vi møter Moe på kontoret en grå tirsdag.", "Moe"),
                                           ("Vi traff henne på Hamar.", "henne"),
                                           ("Då vi møtte ordføraren, var ho sliten.", "ordføraren")])
def test_an_interview_lead_may_open_its_sentence(sentence: str, name: str) -> None:
    from flows.extract.interview import LEAD

    found = LEAD().search(sentence)
    assert found is not None and found.group("name").startswith(name)


def test_a_meeting_verb_without_the_writer_is_no_interview_lead() -> None:
    from flows.extract.interview import LEAD

    assert LEAD().search("Styret møter statsråden i mai.") is None


def test_a_year_the_meeting_sentence_states_dates_the_meeting() -> None:
    text = ("Konsultasjonsordningen i 2024\n\n"
            "Det første konsultasjonsmøtet i 2024 ble holdt 6. februar i Kommunal- og distriktsdepartementet. "
            "Regjeringen var representert ved kommunal- og distriktsminister Eirik Stor.")
    meeting = meeting_of(text, "nb", None)
    assert meeting is not None and (meeting.date.year, meeting.date.month, meeting.date.day) == (2024, 2, 6)


def test_no_year_is_taken_from_another_sentence() -> None:
    text = ("KS i 2024\n\nI 2024 ble det holdt fire plenumsmøter. "
            "Det første konsultasjonsmøtet ble holdt 6. februar i Kommunal- og distriktsdepartementet.")
    meeting = meeting_of(text, "nb", None)
    assert meeting is not None and (meeting.date.year, meeting.date.month, meeting.date.day) == (None, 2, 6)


DEMAND_CLAIMANTS: list[tuple[str, str, str, set[tuple[str, str]]]] = [
    ("a_state_agencys_director_asks_for_the_agency", "nn",
     "Møtet vart leia av statssekretær Jon Erik Myr. Frå IMDi møtte direktør Arvid Heggem Sol, og KS var "
     "representert ved direktør Hilde Nordbø Strand.\n\n"
     "– Vi oppmodar difor alle kommunane om å gjere vedtak før 1. oktober, seier Heggem Sol.",
     {("IMDi", "gjere vedtak før 1. oktober")}),
    ("a_reindeer_district_speaks_for_itself", "nn",
     "For Saanti reinbeitedistrikt handlar saka om noko anna enn pengar. Distriktsleiar Aslak Jåma Kapp "
     "understreka at turbinane vil gå gjennom kalvingslandet.\n\n"
     "– Vi ber Energidepartementet om å stanse handsaminga av søknadene, sa Kapp.",
     {("Saanti reinbeitedistrikt", "stanse handsaminga av søknadene")}),
]


@pytest.mark.parametrize("name,language,raw,expected", DEMAND_CLAIMANTS, ids=[c[0] for c in DEMAND_CLAIMANTS])
def test_round28_claimants(name: str, language: str, raw: str, expected: set[tuple[str, str]]) -> None:
    from extract_kit import demands

    assert {(claimant, text.rstrip(".")) for claimant, _, text in demands(raw, language)} == expected


def test_a_counted_placeholder_is_no_demand() -> None:
    from extract_kit import demands

    raw = ("– Vi ba konkret om to ting. For det første at departementet øker skjønnsrammen i år. For det andre at "
           "regjeringen gir kommunene seks år på å dekke inn underskuddet, sier fylkesleder Kari Dal i KS Agder.")
    texts = {text for _, _, text in demands(raw, "nb")}
    assert "to ting" not in texts and len(texts) == 2


def test_a_studio_debate_is_a_debate() -> None:
    text = ("NRK Vestland · Debatt\n\n«Kven skal betale for eldrebølgja?»\n\n"
            "Sendt torsdag 23. januar i NRK1 Vestland. Programleiar: Solveig Hatle. I studio: styreleiar i KS, "
            "Hilde Marit Brekk, og kommunal- og distriktsminister Eirik Stor (Ap).\n\n"
            "HATLE: God kveld. Kva ber KS regjeringa om?\n\nBREKK: Vi ber om meir pengar.")
    meeting = meeting_of(text, "nn", None)
    assert meeting is not None and meeting.meeting_type == "lansering"
    assert (meeting.date.month, meeting.date.day) == (1, 23)


def test_a_pronoun_opening_a_quoted_sentence_reports_the_person_named_before() -> None:
    raw = ("Ordførar Tor Skjær frå Elverum var med i møtet med statsråden.\n\n"
           "– Skjær peika på at Elverum har vakse mykje. Han bad statsråden sjå på vekstkommunetilskotet. Det "
           "støttar vi, seier fylkesleiar Kari Dal i KS Innlandet.")
    rows = set(statement_rows_of(raw, "nn"))
    assert ("indirect", "Tor Skjær", "Elverum har vakse mykje") in rows
    assert any(kind == "indirect" and speaker == "Tor Skjær" and text.startswith("sjå på vekstkommunetilskotet")
               for kind, speaker, text in rows)
