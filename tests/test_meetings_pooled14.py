"""Meeting type, date and counterpart on invented texts, by the categories the first looks of six untouched sets
failed in (round 14, written before any change).

The categories, pooled over the first looks of u7..u12:
(A) an occasion the text reports but the code missed entirely: a question hour in the Storting, a state secretary's
    or minister's visit told by a local paper, a talk draft whose header names the meeting it is for, a board's
    statement adopted after a meeting with a ministry, a joint statement after a meeting;
(B) the counterpart of an occasion that is no meeting with a ministry: a Storting hearing (`Stortinget`), a question
    hour (the ministry of the minister who answers), a meeting with the county governor (`Statsforvaltaren i X`), a
    council's own session (none), a signing by two ministries (`regjeringen`);
(C) the date: a weekday in the lead and the full date later, a date line in a talk's header, another occasion's
    date before the one reported;
negatives: texts that report no occasion (an interview about a budget, a podcast-like conversation, a report on
figures) give no meeting.

Every text is invented (names, places and bodies made up); bokmål and nynorsk. Only the type, the day and month and
the counterpart are compared: participants are tested elsewhere. Cases that failed when written carry an xfail
marker with the reason; the marker goes when the case passes.
"""
from __future__ import annotations

from datetime import date

import pytest

from extract_kit import HOD, KD, KDD, AID, BFD, JD, FIN, SD, GOV, STORTING, cases, document, known_failure as _xf, published_after as _published
from flows.extract import extract


# (id, text, language, (type, (month, day) | None, counterpart) | None)
QUESTION_HOURS = [
    ("question_hour_nb_title_and_lead",
     "Spørretimen: Rassikring av kommunale veier\n\n"
     "Berit Tangen (Sp) spurte samferdselsminister Knut Ravnå om rassikring av kommunale veier i "
     "spørretimen på Stortinget onsdag 12. mars.\n\n"
     "– Kommunene kan ikke bære dette alene, sa Tangen.\n\n"
     "Samferdselsministeren svarte at regjeringen har satt av penger til de rammede veiene.",
     "nb", ("annet", (3, 12), SD)),
    ("question_hour_nn_minister_by_title",
     "Spørjetimen om barnevernet\n\n"
     "I Stortingets spørjetime onsdag 5. februar spurde Mona Sørli (SV) barne- og familieministeren om "
     "kommunane skal få dekt meirutgiftene til barnevernet.\n\n"
     "Statsråden svara at saka skal vurderast i kommuneproposisjonen.\n\n"
     "KS har lenge bede om full kompensasjon.",
     "nn", ("annet", (2, 5), BFD)),
    ("question_hour_nb_spontaneous",
     "Utfordret helseministeren om legevakt\n\n"
     "I spontanspørretimen onsdag 9. april utfordret Per Ola Lund (Frp) helseminister Siri Vang om "
     "legevakten i distriktene.\n\n"
     "– Kommunene står i en umulig situasjon, sa Lund.\n\n"
     "Vang svarte at regjeringen jobber med en ny legevaktplan.",
     "nb", ("annet", (4, 9), HOD)),
    ("question_hour_nn_follow_up_question",
     "Kommunalministeren fekk spørsmål om skjønsmidlar\n\n"
     "Kommunal- og distriktsminister Trond Eikrem svara på spørsmål frå Ingrid Vatne (KrF) i den munnlege "
     "spørjetimen onsdag 23. april.\n\n"
     "I tilleggsspørsmålet bad Vatne statsråden sjå på fordelinga av skjønsmidlane.\n\n"
     "– Eg skal sjå på det, svara Eikrem.",
     "nn", ("annet", (4, 23), KDD)),
]

VISITS_AND_DRAFTS = [
    ("local_visit_state_secretary_nb",
     "Statssekretæren fikk se helsehuset\n\n"
     "Statssekretær Lars Fjeld i Helse- og omsorgsdepartementet var tirsdag 4. mars i Vikvåg for å se det "
     "nye helsehuset. Ordfører Anne Stene og kommunedirektør Geir Moe viste ham rundt.\n\n"
     "– Vi trenger flere fastleger, sa Stene.",
     "nb", ("annet", (3, 4), HOD)),
    ("local_visit_minister_nn_kom_til",
     "Kunnskapsministeren kom til Dalsbygd\n\n"
     "Kunnskapsminister Helga Nes kom til Dalsbygd måndag 17. mars og møtte ordførar Jon Rud og rektorane i "
     "kommunen.\n\n"
     "– Vi manglar lærarar, sa Rud.",
     "nn", ("annet", (3, 17), KD)),
    ("talk_draft_header_meeting_with_state_secretary_nb",
     "Taleutkast – møte med statssekretær Eva Brun, Barne- og familiedepartementet, 3. april 2025\n"
     "Styreleder Kari Holm, KS\n\n"
     "Takk for at vi får komme hit i dag.\n\n"
     "Kommunene trenger mer penger til barnevernet.",
     "nb", ("foredrag", (4, 3), BFD)),
    ("talk_draft_header_nn_innlegg",
     "Innlegg – møte med Justis- og beredskapsdepartementet 12. mai 2025\n"
     "Fylkesleiar Tor Vik, KS Nordfjord\n\n"
     "Takk for invitasjonen.\n\n"
     "Kommunane treng meir pengar til beredskap.",
     "nn", ("foredrag", (5, 12), JD)),
]

STATEMENTS_AFTER_MEETINGS = [
    ("board_statement_after_consultation_nb",
     "Uttalelse fra hovedstyret i KS om kommuneøkonomien\n\n"
     "Hovedstyret i KS møtte finansministeren i konsultasjonsmøtet fredag 14. mars. Etter møtet vedtok "
     "hovedstyret denne uttalelsen:\n\n"
     "«Kommunene trenger økte frie inntekter i 2026.»",
     "nb", ("konsultasjonsmote", (3, 14), FIN)),
    ("joint_statement_after_meeting_nn",
     "Felles fråsegn frå KS, Fagforbundet og Sjukepleiarforbundet\n\n"
     "Tysdag 21. oktober møtte KS, Fagforbundet og Sjukepleiarforbundet arbeids- og inkluderingsministeren "
     "om heiltid. Etter møtet sende partane ut denne fråsegna:\n\n"
     "«Vi skal saman arbeide for ein heiltidskultur i kommunane.»",
     "nn", ("annet", (10, 21), AID)),
]

COUNTERPARTS = [
    ("storting_hearing_nb",
     "KS på høring om barnehageloven\n\n"
     "KS møtte utdannings- og forskningskomiteen på Stortinget i en åpen høring om barnehageloven tirsdag "
     "18. februar.\n\n"
     "– Kommunene trenger tid, sa områdedirektør Lise Aas.",
     "nb", ("annet", (2, 18), None)),  # round 25: a Storting hearing has no counterpart
    ("storting_hearing_nn_committee_held",
     "Høyring om ny lov\n\n"
     "Helse- og omsorgskomiteen heldt open høyring om pasientlova torsdag 6. mars. KS var ein av "
     "organisasjonane som fekk ordet.\n\n"
     "– Lova kostar meir enn staten trur, sa direktør Arne Lid.",
     "nn", ("annet", (3, 6), None)),  # round 25: a Storting hearing has no counterpart
    ("county_governor_meeting_nn",
     "Møte med statsforvaltaren om flyktningar\n\n"
     "Fylkesstyret i KS Nordland hadde eit møte med statsforvaltaren i Nordland onsdag 12. februar om "
     "busetjing av flyktningar.\n\n"
     "Statsforvaltar Kari Ness orienterte om situasjonen.",
     "nn", ("annet", (2, 12), "Statsforvaltaren i Nordland")),
    ("county_council_own_statement_nb",
     "Fylkestinget krever bedre veier\n\n"
     "Fylkestinget i Innlandet vedtok onsdag 11. juni en uttalelse om fylkesveiene med 40 mot 9 stemmer.\n\n"
     "– Staten må ta sin del av regningen, sa fylkesordfører Eli Berg.",
     "nb", ("annet", (6, 11), None)),
    ("signing_two_ministries_nb",
     "Ny avtale om bosetting\n\n"
     "Arbeids- og inkluderingsminister Tone Li og kommunal- og distriktsminister Per Dahl signerte torsdag "
     "5. juni en ny avtale om bosetting med KS. Styreleder Ola Rønning skrev under for KS.",
     "nb", ("annet", (6, 5), GOV)),
    ("signing_one_ministry_release_nn",
     "Ny intensjonsavtale om busetjing\n\n"
     "Arbeids- og inkluderingsdepartementet og KS skreiv fredag 9. mai under ein ny intensjonsavtale om "
     "busetjing av flyktningar.\n\n"
     "– Dette er eit viktig steg, sa statsråd Tone Li.",
     "nn", ("annet", (5, 9), AID)),
]

DATES = [
    ("date_weekday_in_lead_full_date_later_nb",
     "KS møtte helseministeren om fastleger\n\n"
     "KS møtte helseministeren i et bilateralt møte torsdag.\n\n"
     "Møtet ble holdt i departementet torsdag 15. mai, og styreleder Kari Dahl tok opp fastlegeordningen.",
     "nb", ("konsultasjonsmote", (5, 15), HOD)),
    ("date_other_occasion_first_nn",
     "Nytt møte om barnevernet\n\n"
     "Sist KS og Barne- og familiedepartementet møttest, 3. februar, var stemninga god. Måndag 7. april "
     "hadde partane eit nytt bilateralt møte om barnevernet.\n\n"
     "– Vi kom eit stykke vidare, sa styreleiar Kari Aas.",
     "nn", ("konsultasjonsmote", (4, 7), BFD)),
    ("date_line_talk_header_figures_nb",
     "Tale ved kunnskapsminister Helga Nes\n"
     "Kompetansekonferansen, Hamar\n"
     "14.05.2025\n\n"
     "Kjære alle sammen. Takk for invitasjonen.\n\n"
     "Kommunene er viktige for kompetanse.",
     "nb", ("foredrag", (5, 14), KD)),
    ("date_weekday_and_date_in_title_nn",
     "Trepartsmøte om heiltid fredag 17. oktober\n\n"
     "KS, Fagforbundet og Arbeids- og inkluderingsdepartementet møttest til trepartsmøte om heiltid.\n\n"
     "– Vi må få fleire heile stillingar, sa styreleiar Rune Aas.",
     "nn", ("annet", (10, 17), AID)),
]

NEGATIVES = [
    ("no_meeting_interview_budget_nb",
     "– Kommuneøkonomien er for stram\n\n"
     "Styreleder i KS, Kari Dahl, mener regjeringen må øke rammene i revidert budsjett.\n\n"
     "– Vi ser at mange kommuner må kutte, sier Dahl til Kommunal Rapport.\n\n"
     "Hun viser til at finansministeren har varslet stramme budsjetter.",
     "nb", None),
    ("no_meeting_figures_report_nn",
     "Fleire kommunar går med underskot\n\n"
     "Tal frå SSB viser at 120 kommunar gjekk med underskot i fjor. KS meiner staten må ta eit større "
     "ansvar.\n\n"
     "– Dette er alvorleg, seier direktør Ola Rud i KS.",
     "nn", None),
    ("no_meeting_reaction_to_proposal_nb",
     "KS skuffet over kommuneproposisjonen\n\n"
     "Regjeringen la tirsdag fram kommuneproposisjonen. KS mener veksten i frie inntekter er for lav.\n\n"
     "– Dette holder ikke, sier styreleder Kari Dahl.",
     "nb", None),
    ("no_meeting_minister_answer_written_nn",
     "Statsråden svarar KS om skulebygg\n\n"
     "I eit brev til KS skriv kunnskapsministeren at departementet vil sjå på ordninga.\n\n"
     "KS meiner svaret er for vagt.",
     "nn", None),
]

# A second batch, written before any change like the first, varying the layouts and verbs of the same categories.
HARDER = [
    ("question_hour_nb_interpellation",
     "Interpellasjon om ressurskrevende tjenester\n\n"
     "Torsdag 27. mars tok Hanne Berg (H) opp toppfinansieringen i en interpellasjon til kommunal- og "
     "distriktsministeren i Stortinget.\n\n"
     "Statsråd Trond Eikrem svarte at ordningen skal vurderes.",
     "nb", ("annet", (3, 27), KDD)),
    ("question_hour_nn_answer_only_in_body",
     "Fekk ikkje lovnad om meir pengar\n\n"
     "Justisministeren ville ikkje love kommunane meir til beredskap då ho svara på spørsmål i spørjetimen "
     "onsdag 14. mai.\n\n"
     "Spørsmålet kom frå Jorunn Li (Sp), som viste til at fleire kommunar har tomme fond etter flaumen.",
     "nn", ("annet", (5, 14), JD)),
    ("visit_nn_var_i_place",
     "Helseministeren var i Lindvik\n\n"
     "Helseminister Siri Vang var i Lindvik fredag 16. mai. Ho møtte ordførar Per Haug og tilsette ved "
     "legevakta.\n\n"
     "– Vi treng fleire legar, sa Haug.",
     "nn", ("annet", (5, 16), HOD)),
    ("visit_nb_var_innom",
     "Statsråden var innom rådhuset\n\n"
     "Digitaliseringsminister Jon Ask var innom rådhuset i Brekke onsdag 7. mai og fikk høre om "
     "kommunens digitale tjenester av ordfører Liv Nes.",
     "nb", ("annet", (5, 7), "Digitaliserings- og forvaltningsdepartementet")),
    ("visit_nb_state_secretary_shown_round",
     "Statssekretæren fikk omvisning\n\n"
     "Statssekretær Lars Fjeld i Arbeids- og inkluderingsdepartementet var i Sørby tirsdag 10. juni. "
     "Ordfører Anne Stene viste ham rundt.",
     "nb", ("annet", (6, 10), AID)),
    ("ks_in_ministry_nb",
     "KS la fram krav i departementet\n\n"
     "Styreleder Kari Dahl og direktør Ola Rud var i Kunnskapsdepartementet tirsdag 20. mai for å legge "
     "fram KS' syn på lærermangelen for statsråden.",
     "nb", ("konsultasjonsmote", (5, 20), KD)),
    pytest.param("talk_notes_for_meeting_nb",
     "Snakkepunkter til møtet med statsråd Tone Li, 2. juni 2025\n\n"
     "- Takke for møtet\n"
     "- Bosetting av flyktninger krever forutsigbare tilskudd\n"
     "- Kommunene trenger bedre integreringstilskudd",
     "nb", ("foredrag", (6, 2), AID),
                 marks=_xf("'statsråd NN' alone implies no ministry: the expected counterpart may be too much to ask")),
    pytest.param("date_line_place_and_date_talk_nn",
     "Helsing til landsmøtet\n"
     "Kommunal- og distriktsminister Trond Eikrem\n"
     "Lillehammer, 22. mai 2025\n\n"
     "Kjære alle saman. Takk for at eg fekk kome.",
     "nn", ("foredrag", (5, 22), KDD),
                 marks=_xf("a greeting to a national assembly ('Helsing til landsmøtet') is typed as the gathering, not a talk")),
    ("date_lead_weekday_body_full_nn",
     "KS møtte kunnskapsministeren\n\n"
     "Leiinga i KS hadde tysdag eit møte med kunnskapsministeren om lærarmangel.\n\n"
     "Møtet tysdag 3. juni var det første etter at statsråden tok over.",
     "nn", ("konsultasjonsmote", (6, 3), KD)),
    pytest.param("no_meeting_future_only_nb",
     "KS vil ta opp legevakten\n\n"
     "KS mener legevakten i distriktene er underfinansiert. Styreleder Kari Dahl vil ta opp saken når KS "
     "møter helseministeren til konsultasjonsmøte i høst.\n\n"
     "– Vi har ventet lenge nok, sier Dahl.",
     "nb", None,
                 marks=_xf("a consultation still to come named in the lead counts in full: the lead is not discounted for the future")),
]

# A third batch, written before running it: more dates and the type (D) of occasions that hold cues of two types.
DATES_AND_TYPES = [
    ("date_dateline_weekday_nb",
     "KS og Delta i møte med statsråden\n\n"
     "Oslo, fredag 24. oktober\n\n"
     "KS og Delta møtte arbeids- og inkluderingsministeren for å drøfte heltidskultur.",
     "nb", ("annet", (10, 24), AID)),
    ("date_figures_line_nn",
     "Referat frå dialogmøte med Helse- og omsorgsdepartementet\n\n"
     "Dato: 12.03.2025\n"
     "Til stades: Kari Moe (KS), Per Lie (HOD)\n\n"
     "Sak 1: Legevakt. KS la fram behovet for meir pengar.",
     "nn", ("annet", (3, 12), HOD)),
    ("date_previous_month_mentioned_nb",
     "Nytt konsultasjonsmøte om skole\n\n"
     "KS og Kunnskapsdepartementet hadde konsultasjonsmøte tirsdag 20. mai. Forrige møte, i februar, handlet om "
     "skolebygg.\n\n"
     "Styreleder Kari Dahl tok opp lærermangelen.",
     "nb", ("konsultasjonsmote", (5, 20), KD)),
    ("date_body_full_date_after_weekday_in_title_nn",
     "KS møtte statsråden onsdag\n\n"
     "Kommunal- og distriktsministeren tok imot KS i departementet.\n\n"
     "Møtet onsdag 11. juni handla om kommuneøkonomien, fortel styreleiar Kari Aas.",
     "nn", ("konsultasjonsmote", (6, 11), KDD)),
    ("type_talk_at_launch_is_talk_nb",
     "Innlegg ved lanseringen av veilederen\n"
     "Styreleder Kari Dahl, KS\n\n"
     "Kjære alle. Det er en glede å være her når vi lanserer veilederen for helsefellesskap.\n\n"
     "Kommunene trenger mer støtte.",
     "nb", ("foredrag", None, None)),
    ("type_guest_talk_in_board_minutes_nn",
     "Referat frå møte i fylkesstyret i KS Innlandet 4. mars 2025\n\n"
     "Til stades: Kari Moe, Per Lie, Ola Rud\n\n"
     "Sak 3: Statsforvaltar Liv Haug heldt eit innlegg om busetjing av flyktningar.",
     "nn", ("annet", (3, 4), "Statsforvaltaren i Innlandet")),
    ("type_county_council_statement_naming_ministry_nn",
     "Fylkestinget krev meir til fylkesvegane\n\n"
     "Fylkestinget i Nordland vedtok tysdag 10. juni ei fråsegn til Samferdselsdepartementet om fylkesvegane. "
     "Fråsegna vart vedteken med 40 mot 5 røyster.",
     "nn", ("annet", (6, 10), SD)),
]

# The counterpart when one minister and another ministry's staff take part (written before the change): the minister's
# ministry; ministers of two ministries make it the government, and so do two ministries' staff with no minister.
ONE_MINISTER_AND_STAFF = [
    ("one_minister_other_ministry_state_secretary_nb",
     "KS og staten signerer avtale om skolehelse\n\n"
     "Helseminister Siri Vang og styreleder i KS Kari Dahl signerte tirsdag 13. mai en avtale om "
     "skolehelsetjenesten.\n\n"
     "Statssekretær Ole Brun i Kunnskapsdepartementet var også til stede.",
     "nb", ("annet", (5, 13), HOD)),
    pytest.param("one_minister_other_ministry_state_secretary_nn",
     "Møte om busetjing\n\n"
     "Arbeids- og inkluderingsminister Tone Li møtte leiinga i KS fredag 16. mai for å drøfte busetjing. "
     "Statssekretær Per Dahl i Kommunal- og distriktsdepartementet deltok òg.\n\n"
     "– Vi treng føreseielege rammer, sa styreleiar Kari Aas.",
     "nn", ("konsultasjonsmote", (5, 16), AID),
     marks=_xf("round 25: a second ministry in the lead keeps a meeting of KS and a minister `annet` (partset9 gold: a "
               "minister with another ministry's state secretary is no bilateral consultation); this invented case "
               "expects the upgrade")),
    ("two_state_secretaries_nb",
     "Møte om digitalisering\n\n"
     "Statssekretær Ole Brun i Kommunal- og distriktsdepartementet og statssekretær Eva Lie i Digitaliserings- og "
     "forvaltningsdepartementet møtte KS onsdag 21. mai om digitalisering i kommunene.",
     "nb", ("annet", (5, 21), GOV)),
]

# An occasion still to come, placed by a relative time in the body ("neste uke", "seinare i år"), is not the one the
# text reports (written before the change): the reaction to a proposal reports none.
COMING_IN_BODY = [
    ("coming_seminar_next_week_nb",
     "Ordførere reagerer på statsbudsjettet\n\n"
     "Regjeringen la tirsdag fram statsbudsjettet. Mange ordførere er skuffet over veksten i frie inntekter.\n\n"
     "– Dette rekker ikke, sier ordfører Liv Haug i Brekke.\n\n"
     "Fylkesleder Per Moe i KS Vestfold sier kommunene må kutte.\n\n"
     "KS vil presentere sine egne beregninger på et seminar neste uke.",
     "nb", None),
    ("coming_conference_later_this_year_nn",
     "Kommunane ventar på inntektssystemet\n\n"
     "Regjeringa la fram forslaget til nytt inntektssystem måndag. Fleire ordførarar er kritiske.\n\n"
     "– Vi taper fem millionar, seier ordførar Kari Lid i Dalsbygd.\n\n"
     "Fylkesleiar Ola Vik i KS Vestland meiner systemet rammar små kommunar.\n\n"
     "Saka skal drøftast på ein konferanse seinare i år.",
     "nn", None),
]

# Negatives for the cues added in this round: a passing mention of a question hour in a news body, a career told with
# "var i", a state secretary in doubt. Written after the cues, so they are guards, not a measure.
GUARDS = [
    ("guard_question_hour_mentioned_in_body_nb",
     "KS vil ha mer til ressurskrevende tjenester\n\n"
     "KS mener toppfinansieringen må styrkes. Styreleder Kari Dahl sier kommunene får en stadig større regning.\n\n"
     "– Vi har bedt om dette i mange år, sier Dahl.\n\n"
     "Hun peker på at kommunene har fått økte utgifter de siste årene.\n\n"
     "Kommunalministeren har tidligere sagt i spørretimen at ordningen skal vurderes.",
     "nb", None),
    ("guard_career_in_ministry_nn",
     "Ny direktør i KS\n\n"
     "Kari Moe er tilsett som ny direktør i KS. Ho var i Finansdepartementet i ti år og kjem frå ei stilling "
     "som avdelingsdirektør.",
     "nn", None),
    ("guard_state_secretary_in_doubt_nb",
     "Usikkert om tilskuddet\n\n"
     "Statssekretær Lars Fjeld var i tvil om tilskuddet kunne økes, skriver han i et svar til KS.\n\n"
     "KS mener staten må ta regningen.",
     "nb", None),
    ("guard_minister_former_mayor_nn",
     "Kommunane ventar på svar\n\n"
     "Helseminister Siri Vang var i mange år ordførar i Lindvik. No ventar kommunane på svar frå henne om "
     "legevakta.",
     "nn", None),
    ("guard_next_year_beside_the_date_nb",
     "Nyhet | Kommuneøkonomi\n\n"
     "KS i plenumsmøte med regjeringen\n\n"
     "I plenumsmøtet mellom regjeringen og KS onsdag 14. mai advarte KS om at skoletilbudet vil svekkes neste år "
     "uten mer penger.\n\n"
     "Styreleder Kari Dahl møtte finansministeren og kommunalministeren.",
     "nb", ("konsultasjonsmote", (5, 14), GOV)),
]


def _row(raw: str, language: str, published: date):  # type: ignore[no-untyped-def]
    meeting = extract(document(raw, language, published)).meeting
    if meeting is None:
        return None
    day = (meeting.date.month, meeting.date.day) if meeting.date.day or meeting.date.month else None
    return (meeting.meeting_type, day, meeting.counterpart)


@pytest.mark.parametrize("raw,language,expected",
                         cases(QUESTION_HOURS, VISITS_AND_DRAFTS, STATEMENTS_AFTER_MEETINGS, COUNTERPARTS, DATES,
                               NEGATIVES, HARDER, DATES_AND_TYPES, ONE_MINISTER_AND_STAFF, COMING_IN_BODY, GUARDS))
def test_pooled_category(raw: str, language: str, expected) -> None:  # type: ignore[no-untyped-def]
    assert _row(raw, language, _published(expected)) == expected
