"""Which date phrase dates the occasion (invented texts): the opening paragraph, day and month, a weekday, a range, a
year left out, a year in the occasion's name, a time marker in another clause, a talk dated in its own sentence, a
series of meetings and a moved meeting."""
from __future__ import annotations

from datetime import date

import pytest

from extract_kit import cases, extracted_meeting, meeting_in_may, meeting_of
from flows.extract.date_year import year_for
from flows.extract.dates import find_dates


DATES = [
    # (id, text, language, published, (month, day))
    ("another_meeting_later_nynorsk",
     "Barneministeren inviterte KS til eit innspelsmøte om barnevernet måndag 3. mars.\n\n"
     "- Vi treng fleire plassar, sa nestleiar Liv Sandaker i møtet.\n\n"
     "Departementet vil kalle inn til eit nytt møte i mai.", "nn", None, (3, 3)),
    ("another_meeting_later_bokmal",
     "Statsråden inviterte KS til et innspillsmøte om barnevernet mandag 3. mars.\n\n"
     "- Vi trenger flere plasser, sa nestleder Liv Sandaker i møtet.\n\n"
     "Departementet vil kalle inn til et nytt møte i mai.", "nb", None, (3, 3)),
    ("talk_dated_by_its_header",
     "TALENOTAT\n\nArne Fjellheim, styreleder i KS\nSkoledagen for kommunene, Nordby rådhus, 4. april 2025\n"
     "Det talte ord gjelder\n\nDa jeg besøkte Nordvik i februar, sa ordføreren noe jeg husker.\n\n"
     "Vi har satt opp et møte med departementet 9. mai.", "nb", None, (4, 4)),
    # negative: the occasion's own sentence dates a talk even with a header date
    ("talk_sentence_date_outranks_header",
     "Nordby, 2. april 2025\n\nStyreleder Arne Fjellheim holdt foredrag på Skoledagen fredag 4. april.", "nb",
     None, (4, 4)),
]


@pytest.mark.parametrize("text,language,published,expected", cases(DATES))
def test_meeting_dates(text: str, language: str, published: date | None, expected: tuple[int, int]) -> None:
    meeting = meeting_of(text, language, published)
    assert meeting is not None
    assert (meeting.date.month, meeting.date.day) == expected


@pytest.mark.parametrize("text,language,expected", [
    ("KS og regjeringen møttes til konsultasjonsmøte den 14.5. i Oslo.", "nb", (5, 14)),
    ("KS og regjeringa møttest til konsultasjonsmøte tysdag 3.12. i Oslo.", "nn", (12, 3)),
    # the weekday of the occasion's sentence gives way to the day and month of another of its sentences
    ("KS møtte statsråden tirsdag.\n\nMøtet ble holdt i departementet 4. mars.", "nb", (3, 4)),
    ("KS møtte statsråden tysdag.\n\nMøtet vart halde i departementet 4. mars.", "nn", (3, 4)),
], ids=["figures_after_den", "figures_after_weekday_nn", "weekday_then_day_month_nb", "weekday_then_day_month_nn"])
def test_day_and_month(text: str, language: str, expected: tuple[int, int]) -> None:
    meeting = meeting_of(text, language, None)
    assert meeting is not None
    assert (meeting.date.month, meeting.date.day) == expected


@pytest.mark.parametrize("text", [
    # a deadline or another meeting does not replace the weekday of the occasion
    "KS møtte statsråden tirsdag.\n\nMøtet handlet om kommuneøkonomien. Fristen for innspill er 1. juni.",
    "KS møtte statsråden tirsdag.\n\nI møtet ble det avtalt et nytt møte 12. mai.",
], ids=["deadline", "another_meeting"])
def test_weekday_kept_against_other_dates(text: str) -> None:
    meeting = meeting_of(text, "nb", None)
    assert meeting is not None
    assert meeting.date.text == "tirsdag"


@pytest.mark.parametrize("title, expected", [
    ("Innlegg til fylkesleder Per Li på Vegdagen 2023", 2023),
    ("Talen til ordfører Per Li på Kommunekonferansen", None),  # no year written: none taken
    ("Talen til ordfører Per Li på Kommunekonferansen 12. mars", None),  # a day, not a year
])
def test_year_in_occasion_name(title: str, expected: int | None) -> None:
    m = meeting_of(f"{title}\n\nVi trenger flere lærere i kommunene.", published=None)
    assert m is not None
    assert m.date.year == expected


def test_present_tense_meeting_dates_the_invitation() -> None:
    text = ("Pressemelding\n\nOnsdag 5. mars 2025\n\nKS inviterer pressen til møte med kunnskapsministeren.\n\n"
            "Styreleder Kari Berg i KS og kunnskapsminister Ola Dahl møtes torsdag 13. mars i KS-huset.")
    m = meeting_of(text)
    assert m is not None
    assert (m.date.month, m.date.day) == (3, 13)
    assert {"Kari Berg", "Ola Dahl"} <= {p.name for p in m.participants}


VISIT_NB = ("Ministeren på besøk i Nordvik\n\nSamferdselsministeren brukte en hel dag i Nordvik. Ordføreren hadde "
            "spørsmålene klare.\n\nAv Per Hansen\n\nNORDVIK: Det blåste kraftig da samferdselsminister Kari Dal "
            "gikk "
            "av ferja onsdag 4. juni. På kaia ventet ordfører Ola Berg og kommunedirektøren med et kart over "
            "havna, og praten gikk lenge før de kom seg inn i varmen.\n\nBerg ba om penger til ny kai.")

VISIT_NN = ("Statsråden vitja Nordvik\n\nKommunalministeren fekk sjå dei nye kaiene. Ordføraren var nøgd.\n\n"
            "Av Per Hansen\n\nNORDVIK: Det regna då kommunalminister Kari Dal steig ut av bilen i går. Inne på "
            "rådhuset venta ordførar Ola Berg og kommunedirektøren med kaffi og ei lang liste over det "
            "kommunen treng.\n\nBerg bad om pengar til ny kai.")

VISIT_WEEKDAY = ("Ministeren på besøk i Nordvik\n\nSamferdselsministeren fikk se den nye kaia.\n\n"
                 "NORDVIK: Det var sol da samferdselsminister Kari Dal gikk av toget tirsdag. Ordfører Ola Berg tok "
                 "imot henne på perrongen og viste vei til rådhuset, der kommunestyret ventet.")


@pytest.mark.parametrize("text,language,expected_text,month_day", [
    (VISIT_NB, "nb", "onsdag 4. juni", (6, 4)),
    (VISIT_NN, "nn", "i går", (3, 4)),
    (VISIT_WEEKDAY, "nb", "tirsdag", (3, 4)),  # published on Wednesday 5 March
], ids=["daymonth_nb", "day_word_nn", "weekday_nb"])
def test_opening_paragraph_dates_the_visit(text: str, language: str, expected_text: str,
                                          month_day: tuple[int, int]) -> None:
    meeting = meeting_of(text, language, date(2025, 3, 5) if expected_text != "onsdag 4. juni" else None)
    assert meeting is not None and meeting.meeting_type == "annet"
    assert meeting.date.text == expected_text
    assert (meeting.date.month, meeting.date.day) == month_day


@pytest.mark.parametrize("text,language", [
    # a talk's own words: the speaker's "i går" is not the day of the talk
    ("Tale på Nordbydagen\n\nKari Nordmann, styreleder i KS\n\nKjære alle. Mange av dere kom hit allerede i går "
     "kveld, og jeg er glad for at salen er full.\n\nKommunene trenger mer penger til skolene.", "nb"),
    # "i dag" in the opening also means nowadays: it dates no visit
    ("Ministeren på besøk i Nordvik\n\nI dag har kommunen for få sykepleiere, og ventelistene vokser. "
     "Helseministeren ville høre hvordan kommunen løser det, og ordføreren tok henne med til sykehjemmet der "
     "de ansatte ventet med spørsmål.", "nb"),
    # a sentence placed at another time ("for to år sidan") in the opening dates nothing
    ("Statsråden vitja Nordvik\n\nHelseministeren kom att til Nordvik. For to år sidan var ho her onsdag 3. mai, "
     "og då lova ho ny legevakt til kommunen som no ventar på svar frå departementet om pengane.", "nn"),
], ids=["talk_first_person_nb", "nowadays_nb", "other_time_nn"])
def test_opening_gives_no_date(text: str, language: str) -> None:
    meeting = meeting_of(text, language, date(2025, 3, 5))
    assert meeting is not None
    assert meeting.date.text is None


@pytest.mark.parametrize("text,language,expected", [
    ("KS la fram kravene i konsultasjonsmøtet om statsbudsjettet tirsdag.", "nb", "tirsdag"),
    ("KS la fram krava i konsultasjonsmøtet om statsbudsjettet tysdag.", "nn", "tysdag"),
    ("Møtet med helseministeren er satt til tirsdag 12. mai i Nordby.", "nb", "tirsdag 12. mai"),
    ("Møtet med helseministeren er sett til onsdag 13. mai i Nordby.", "nn", "onsdag 13. mai"),
    # negative: a budget word before a month makes a budget period; a deadline set is no meeting date
    ("Konsultasjonsmøtet drøftet statsbudsjettet i oktober.", "nb", None),
    ("Fristen for innspill til møtet med statsråden er satt til 1. mars.", "nb", None),
], ids=["budget_weekday_nb", "budget_weekday_nn", "scheduled_nb", "scheduled_nn", "budget_month", "deadline_set"])
def test_words_before_the_date(text: str, language: str, expected: str | None) -> None:
    meeting = meeting_of(text, language, date(2025, 3, 5))
    assert meeting is not None
    assert meeting.date.text == expected


@pytest.mark.xfail(strict=True, reason="a date told only in a caption or paragraph after the body's first long "
                   "paragraph (the opening) is not found when no sentence with a meeting word carries it")
def test_date_after_the_opening() -> None:
    text = ("Ministeren på besøk i Nordvik\n\nSamferdselsministeren fikk se den nye kaia, og ordføreren fikk "
            "legge fram planene for havna og den nye ferjekaia som kommunen har ventet på i mange år nå, "
            "sammen med et ønske om mer penger til veiene rundt sentrum og en ny bussterminal ved kaia.\n\n"
            "Ordfører Ola Berg hadde mye på hjertet og viste statsråden rundt på kaia og i sentrum av byen, "
            "der butikkene har slitt siden ferja sluttet å gå dit.\n\nDet regnet da statsråden dro videre "
            "onsdag 4. juni.")
    meeting = meeting_of(text, "nb", None)
    assert meeting is not None and (meeting.date.month, meeting.date.day) == (6, 4)


@pytest.mark.parametrize("text,expected", [
    ("KS og FO møtte barneministeren for å snakke om barnevernet.\n\n"
     "Onsdag 4. juni satt lederne ved samme bord som statsråden.", (6, 4)),
    ("KS og FO møtte barneministeren for å snakke om barnevernet.\n\n"
     "Tysdag 3. juni sat leiarane ved same bord som statsråden.", (6, 3)),
    # negatives: a publication line; a date with its year is history
    ("KS og FO møtte barneministeren for å snakke om barnevernet.\n\n04.06.2025 | Tekst: Kari Nordmann", (None, None)),
    ("KS og FO møtte barneministeren for å snakke om barnevernet.\n\n"
     "1. januar 2022 trådte reformen i kraft.", (None, None)),
], ids=["opening_date_nb", "opening_date_nn", "byline_date", "historic_date"])
def test_date_opening_the_paragraph_after_the_lead(text: str, expected: tuple) -> None:
    meeting = meeting_of(text, "nb", None)
    assert meeting is not None
    assert (meeting.date.month, meeting.date.day) == expected


@pytest.mark.parametrize("text,day,month", [
    ("Fylkesmøtet i KS Nordby vart halde 3.–4. mars i Nordvik.", 3, 3),
    ("Landstinget samlet ordførere 3. og 4. mars.", 3, 3),
], ids=["range_dash_nn", "range_og_nb"])
def test_a_range_dates_its_first_day(text: str, day: int, month: int) -> None:
    found = find_dates(text)
    assert [(f.day, f.month) for f in found] == [(day, month)]


@pytest.mark.parametrize("month,day,weekday,published,year", [
    (6, 12, 3, date(2025, 3, 7), 2025),  # an invitation in March to "torsdag 12. juni" of the same year
    (12, 3, 1, date(2025, 1, 10), 2024),  # a report in January of "tysdag 3. desember" the year before
    (12, 3, None, date(2025, 1, 10), 2024),  # no weekday: the month after the publication's by more than one
    (6, 12, None, date(2025, 3, 7), 2024),
], ids=["weekday_coming", "weekday_past", "no_weekday_past", "no_weekday_default"])
def test_the_weekday_fixes_the_year_left_out(month: int, day: int, weekday: int | None, published: date,
                                             year: int) -> None:
    assert year_for(month, day, weekday, published) == year


# --- dates -------------------------------------------------------------------------------------------

@pytest.mark.parametrize("text,language,day", [
    ("Fagforbundet i trepartsmøte om heltid\n\nFagforbundet møtte KS og departementet i trepartssamarbeidet.\n\n"
     "Møtet torsdag 9. oktober var det fjerde siden partene skrev under avtalen i fjor.", "nb", (10, 9)),
    ("Sjukepleiarane i dialogmøte\n\nNSF møtte KS og Helse- og omsorgsdepartementet i eit dialogmøte.\n\n"
     "Møtet tysdag 4. november var det andre sidan partane vart samde om planen i fjor.", "nn", (11, 4)),
], ids=["siden_nb", "sidan_nn"])
def test_a_time_marker_in_a_following_clause_does_not_move_the_date(text: str, language: str,
                                                                     day: tuple[int, int]) -> None:
    meeting = meeting_of(text, language=language, published=None)
    assert meeting is not None
    assert (meeting.date.month, meeting.date.day) == day


def test_a_date_in_a_sentence_of_another_time_still_dates_nothing() -> None:
    text = ("Delta i trepartsmøte\n\nDelta møtte KS og departementet i trepartssamarbeidet.\n\n"
            "Forrige gang møttes partene 3. mars i fjor.")
    meeting = meeting_of(text, published=None)
    assert meeting is not None and meeting.date.day is None


@pytest.mark.parametrize("text,language", [
    ("– Vi trenger en felles journal\n\nKS-direktør Kari Dal brukte foredraget sitt på Nordbykonferansen til å "
     "kreve fart i digitaliseringen.\n\nDet var fullt i salen i Nordby onsdag 22. mai da Dal gikk på scenen.\n\n"
     "– Staten må ta ansvaret, sa Dal.\n\nKonferansen fortsetter torsdag med forskning.", "nb"),
    ("– Me treng ein felles journal\n\nKS-direktør Kari Dal nytta føredraget sitt på Nordvikkonferansen til å "
     "krevje fart i digitaliseringa.\n\nSalen i Nordvik var full onsdag 22. mai då Dal gjekk på scena.\n\n"
     "– Staten må ta ansvaret, sa Dal.\n\nKonferansen held fram torsdag med forsking.", "nn"),
], ids=["nb", "nn"])
def test_the_openings_day_and_month_outrank_a_later_bare_weekday(text: str, language: str) -> None:
    meeting = meeting_of(text, language=language, published=None)
    assert meeting is not None and meeting.meeting_type == "foredrag"
    assert (meeting.date.month, meeting.date.day) == (5, 22)


def test_a_weekday_in_the_occasions_own_sentence_still_dates_it() -> None:
    text = ("Statsråden besøkte Nordby\n\nDet var fint vær i Nordby 3. mars.\n\n"
            "Kommunalminister Per Lund besøkte Nordby tirsdag og møtte ordfører Kari Dal.")
    meeting = meeting_of(text, published=date(2025, 3, 5))
    assert meeting is not None
    assert meeting.date.text == "tirsdag"


def test_a_talk_dated_in_its_own_sentence_keeps_that_date() -> None:
    text = ("Innlegg på Vestlandskonferansen\n\n"
            "Tale/artikkel | Dato: 20.03.2025 | Kunnskapsdepartementet\n"
            "Kunnskapsminister Per Aune\n\n"
            "Jeg holdt dette innlegget på Vestlandskonferansen tirsdag 18. mars 2025.\n\n"
            "Skolen trenger flere lærere.")
    meeting = extracted_meeting(text, published=date(2025, 3, 20))
    assert meeting is not None and (meeting.date.month, meeting.date.day) == (3, 18)


# --- a series of meetings -------------------------------------------------------------------------------------

SERIES_NB = ("Lærlinger i kommunene\n\n"
             "KS, Unio og Arbeids- og inkluderingsdepartementet møttes torsdag 9. oktober til et nytt møte om "
             "lærlingordningen.\n\n"
             "Det ble enighet om en felles kartlegging.\n\n"
             "Forrige møte i gruppa fant sted i april, med færre deltakere.")

SERIES_NN = ("Dialogmøte om busetjing\n\n"
             "KS Vestland og statsforvaltaren møttest måndag 6. oktober til eit nytt dialogmøte om busetjinga.\n\n"
             "Partane vart samde om å halde fram arbeidet.\n\n"
             "På det førre møtet i mai var bustadmangelen tema.")


@pytest.mark.parametrize("text,language", [(SERIES_NB, "nb"), (SERIES_NN, "nn")], ids=["series_nb", "series_nn"])
def test_a_meeting_of_a_series_is_dated_by_its_own_day(text: str, language: str) -> None:
    meeting = meeting_in_may(text, language, published=None)
    assert meeting is not None and meeting.date.month == 10 and meeting.date.day in (6, 9)


# --- a meeting called off or moved ----------------------------------------------------------------------------

MOVED_NB = ("Skolemøtet må vente\n\n"
            "Konsultasjonsmøtet om skolebygg, som skulle vært holdt mellom KS og Kunnskapsdepartementet 11. mars, "
            "ble utsatt etter ønske fra statsråden. Møtet holdes i stedet 8. april.\n\n"
            "– Vi venter spent, sier direktør Ola Nyhus i KS.")

MOVED_NN = ("Nyttårsmøtet vart flytta\n\n"
            "Landbruksministeren og KS skulle ha hatt bilateralt møte 20. mai, men møtet vart flytta av "
            "departementet. Partane møtest no tysdag 10. juni i Oslo.")

MOVED_INLINE_NB = ("Møtet utsatt\n\n"
                   "Konsultasjonsmøtet mellom KS og Helse- og omsorgsdepartementet 12. mars er utsatt til 26. mars.")


@pytest.mark.parametrize("text,language,day", [
    (MOVED_NB, "nb", (4, 8)), (MOVED_NN, "nn", (6, 10)), (MOVED_INLINE_NB, "nb", (3, 26)),
], ids=["new_meeting_set_nb", "new_date_proposed_nn", "moved_to_nb"])
def test_a_moved_meeting_is_dated_by_its_new_date(text: str, language: str, day: tuple[int, int]) -> None:
    meeting = meeting_in_may(text, language, published=date(2025, 3, 1))
    assert meeting is not None and (meeting.date.month, meeting.date.day) == day


# --- a bare day and month in figures ("12.03.", "12/3") -------------------------------------------------------

BARE_NUMERIC = [
    ("dot_nynorsk", "KS og Landbruksdepartementet møttest 14.02. for å drøfte jordvernet.\n\n"
                    "- Vi treng klarare reglar, sa styreleiar Kari Nordbø.", "nn", (2, 14)),
    ("dot_bokmal", "KS og Husbanken møttes 5.11. for å gå gjennom startlånet.\n\n"
                   "- Ordningen må styrkes, sa nestleder Ola Fjeldvik.", "nb", (11, 5)),
    ("slash_bokmal", "Kunnskapsdepartementet og KS møttes 27/9 til et møte om lærermangelen.", "nb", (9, 27)),
    ("slash_nynorsk", "KS og Barne- og familiedepartementet møttest 8/4 til eit møte om fosterheimar.", "nn", (4, 8)),
]


@pytest.mark.parametrize("text,language,expected", cases(BARE_NUMERIC))
def test_a_bare_numeric_day_and_month_dates_the_meeting(text: str, language: str, expected: tuple[int, int]) -> None:
    meeting = meeting_of(text, language, None)
    assert meeting is not None
    assert (meeting.date.month, meeting.date.day) == expected


@pytest.mark.parametrize("text", [
    "Møtet starta klokka 10.15. Deretter kom statsråden.",  # a time
    "Møtet starter kl. 9.30. Pressen er velkommen.",
    "Publisert: 16.03. kl. 08:00",  # a stamp
    "Om lag 1/3 av kommunane manglar lege.",  # a share
    "Vakttelefonen er open 24/7.",  # a fixed figure
    "Veksten var 2,5 prosent i fjor.",
    "Sjå punkt 4.6. i avtalen.",  # a section's number
    "Innleiing\n\n4.6. Bakgrunn for saka",  # a number first on its line
])
def test_a_figure_that_is_no_bare_date(text: str) -> None:
    assert [f for f in find_dates(text) if f.kind == "daymonth"] == []


# --- a horizon year ("fram mot 2040") places no occasion at another time --------------------------------------

HORIZON = [
    ("horizon_bokmal", "Frokostmøte om eldreboliger\n\nTirsdag 4. mars inviterte KS til frokostmøte for å lansere en "
                       "rapport om behovet for boliger fram mot 2040.", "nb", (3, 4)),
    ("horizon_nynorsk", "Frukostmøte om eldrebustader\n\nTysdag 4. mars inviterte KS til frukostmøte for å lansere ein "
                        "rapport om behovet for bustader fram mot året 2035.", "nn", (3, 4)),
]


@pytest.mark.parametrize("text,language,expected", cases(HORIZON))
def test_a_horizon_year_does_not_move_the_date_elsewhere(text: str, language: str, expected: tuple[int, int]) -> None:
    meeting = meeting_of(text, language, None)
    assert meeting is not None
    assert (meeting.date.month, meeting.date.day) == expected


def test_fram_mot_a_season_is_still_a_time_to_come() -> None:
    from flows.extract.occasion_time import is_future
    assert is_future("Departementet vil arbeide med saka fram mot sommaren.")
    assert not is_future("Rapporten viser behovet for plassar fram mot 2040.")


# --- a day alone, closing its sentence ("den 3.") -------------------------------------------------------------

@pytest.mark.parametrize("text,language", [
    ("Konsultasjonsmøtet mellom KS og Kunnskapsdepartementet vart halde på video den 4. Møtet tok til klokka 9.",
     "nn"),
    ("Bilateralt møte mellom KS og Kunnskapsdepartementet ble holdt i departementet den 4. Hovedsaken var "
     "lærermangelen.", "nb"),
    # a place after the day closes its clause ("den 4. i departementet", "den 4. på Teams")
    ("Det faste konsultasjonsmøtet mellom KS og Kunnskapsdepartementet vart halde den 4. i lokala til departementet.",
     "nn"),
    ("Det bilaterale konsultasjonsmøtet mellom KS og Kunnskapsdepartementet ble holdt den 4. på Teams.", "nb"),
], ids=["day_alone_nn", "day_alone_nb", "day_before_place_nn", "day_before_place_nb"])
def test_a_day_alone_dates_the_meeting(text: str, language: str) -> None:
    meeting = meeting_of(text, language, None)
    assert meeting is not None
    assert (meeting.date.month, meeting.date.day) == (None, 4)
    dated = meeting_of(text, language, date(2025, 3, 5))  # the month from the publication, said as metadata
    assert dated is not None and (dated.date.month, dated.date.day, dated.date.source) == (3, 4, "metadata")


@pytest.mark.parametrize("text,kinds", [
    ("Møtet var for den 3. gongen i år.", []),
    ("Det er den 3. største kommunen.", []),
    ("Møtet ble holdt den 3. mars.", ["daymonth"]),
    ("Møtet ble holdt den 3. Mars kom de igjen.", ["daymonth"]),
    ("Kommunen er den 3. i rekken av kommuner som har fått besøk.", []),
    ("Oslo kom på den 3. plassen i landet.", []),
    ("Ho vart den 3. på lista over dei mest synlege ordførarane.", []),
    ("Kommunen er den 3. i landet med slik ordning.", []),
    ("Møtet vart halde den 3. i Oslo.", ["dayonly"]),
], ids=["ordinal_nn", "ordinal_nb", "day_and_month", "month_capitalised", "rank_in_row_nb", "rank_noun_nb",
        "rank_on_list_nn", "rank_in_country_nb", "day_before_place_nn"])
def test_a_day_alone_is_no_ordinal(text: str, kinds: list[str]) -> None:
    assert [f.kind for f in find_dates(text)] == kinds


# --- the old date of a meeting called off is no date of the occasion held ---------------------------------------

@pytest.mark.parametrize("text,language", [
    ("Konsultasjonsmøtet utsett – KS møtte Helsedirektoratet\n\n"
     "Det bilaterale møtet mellom KS og Helse- og omsorgsdepartementet, som var sett til 3. april, er utsett.\n\n"
     "Måndag møttest i staden KS og Helsedirektoratet i Oslo for å drøfte legevakta.", "nn"),
    ("Konsultasjonsmøtet utsatt – KS møtte Helsedirektoratet\n\n"
     "Det bilaterale møtet mellom KS og Helse- og omsorgsdepartementet, som var satt til 3. april, er utsatt.\n\n"
     "Mandag møttes i stedet KS og Helsedirektoratet i Oslo for å drøfte legevakten.", "nb"),
], ids=["held_instead_nn", "held_instead_nb"])
def test_the_old_date_of_a_meeting_called_off_dates_nothing(text: str, language: str) -> None:
    meeting = meeting_of(text, language, None)
    assert meeting is not None
    assert meeting.counterpart == "Helsedirektoratet" and meeting.meeting_type == "annet"
    assert (meeting.date.month, meeting.date.day) != (4, 3)


def test_a_new_date_a_meeting_is_set_to_dates_it() -> None:
    text = ("Konsultasjonsmøtet mellom KS og Helse- og omsorgsdepartementet er utsatt til 3. april.\n\n"
            "KS vil ta opp legevakten i møtet.")
    meeting = meeting_of(text, "nb", None)
    assert meeting is not None and (meeting.date.month, meeting.date.day) == (4, 3)
