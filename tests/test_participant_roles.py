"""Participants named by their role at the occasion, by written names and by absence (invented texts, golden table):
middle initials, guest speakers and chairs, cancellations, greetings sent instead."""
from __future__ import annotations

import pytest

from extract_kit import cases, participant_names


# (id, text, language, participants' names)
NAMES = [
    ("middle_initial_nb",
     "Konsultasjonsmøte om skolebygg\n\n"
     "KS og Kunnskapsdepartementet møttes onsdag 5. mars til det faste bilaterale møtet. Departementet var "
     "representert ved statssekretær Eva Lund og ekspedisjonssjef Marit T. Berge. Fra KS møtte styreleder "
     "Ola-Petter K. Strand.",
     "nb", {"Eva Lund", "Marit T. Berge", "Ola-Petter K. Strand"}),
    ("middle_initial_nn",
     "Møte om barnevernet\n\n"
     "Barne- og familieminister Siri Å. Holm møtte KS torsdag 6. mars. Frå KS møtte nestleiar Lars-Erik O. Vik og "
     "fylkesleiar Kari Nes.",
     "nn", {"Siri Å. Holm", "Lars-Erik O. Vik", "Kari Nes"}),
    ("middle_initial_absent_nb",
     "Møte om legevakt\n\n"
     "Helse- og omsorgsminister Eva Lund møtte KS mandag 3. mars. Styreleder Kari T. Dal meldte forfall, og KS var "
     "representert ved nestleder Per Moe.",
     "nb", {"Eva Lund", "Per Moe"}),
    ("particle_opening_sentence_nb",
     "Møte om legevakt\n\n"
     "Helse- og omsorgsminister Jonas von Berg møtte styreleder Kari Dal i KS onsdag 5. mars.\n\n"
     "Von Berg sa at regjeringen vil se på finansieringen.",
     "nb", {"Jonas von Berg", "Kari Dal"}),
    ("particle_opening_sentence_nn",
     "Møte om skulen\n\n"
     "Kunnskapsminister Maria de Vik møtte fylkesstyret i KS Nordby tysdag 4. mars.\n\n"
     "De Vik sa at ho tek innspela med seg.",
     "nn", {"Maria de Vik"}),
    ("hans_first_name_nn",
     "Høyring i kommunalkomiteen\n\n"
     "Kommunalkomiteen heldt høyring om statsbudsjettet tysdag 4. mars. Høyringa vart leidd av komiteleiar Hans Olav "
     "Dal (KrF). Frå KS møtte fylkesleiar Kari Moen.\n\nHans innlegg handla om økonomien.",
     "nn", {"Hans Olav Dal", "Kari Moen"}),
    ("hans_first_name_nb",
     "Møte med statsråden\n\n"
     "Digitaliseringsminister Eva Lund møtte KS fredag 7. mars. Fra KS møtte styreleder Anne Vik og nestleder Hans "
     "Petter Moe.\n\nHans spørsmål gjaldt bredbånd.",
     "nb", {"Eva Lund", "Anne Vik", "Hans Petter Moe"}),
    ("hans_after_place_and_title_nb",
     "Delegasjon til finansministeren\n\n"
     "Finansminister Eva Lund møtte en delegasjon fra KS og Finnmark mandag 3. mars. Delegasjonen besto av ordfører i "
     "Nordvik Kari Moe og ordfører i Sørvik Hans Olav Berg.\n\nOrdfører Hans Olav Berg sa at kommunene trenger hjelp.",
     "nb", {"Eva Lund", "Kari Moe", "Hans Olav Berg"}),
]

OCCASION_ROLES = [
    ("hearing_chair_and_question_nb",
     "Høring i helsekomiteen\n\n"
     "Stortingets helse- og omsorgskomité holdt høring om statsbudsjettet tirsdag 4. mars. Høringen ble ledet av "
     "komitéleder Per Aas (H). Komitémedlem Liv Berg (SV) ville vite hvor mange kommuner som mangler sykehjemsplasser. "
     "Fra KS møtte direktør Ola Strand.",
     "nb", {"Per Aas", "Liv Berg", "Ola Strand"}),
    ("guest_speaker_and_chair_nn",
     "Kommunekonferansen i Nordby\n\n"
     "Over 200 folkevalde var samla til kommunekonferansen til KS Nordby tysdag 4. mars. Fylkesstyreleiar Kari Moen "
     "opna konferansen. Møteleiar gjennom dagen var Odd Rye, rådgivar i KS Nordby.\n\n"
     "Gjestetalar var professor Eva Dahl frå Nordby universitet. Ho viste at talet på eldre aukar.",
     "nn", {"Kari Moen", "Odd Rye", "Eva Dahl"}),
    ("company_after_the_place_nb",
     "Statssekretæren på besøk\n\n"
     "Statssekretær Eva Lund i Arbeids- og inkluderingsdepartementet kom til Nordby tirsdag 4. februar sammen med "
     "regiondirektør Per Aas i IMDi. Ordfører Kari Dal tok imot ved rådhuset.",
     "nb", {"Eva Lund", "Per Aas", "Kari Dal"}),
    ("represented_at_the_hearing_nn",
     "Høyring i helsekomiteen\n\n"
     "Ordførar Kari Moen (Ap) og kommunalsjef Per Aas representerte Nordvik kommune på den opne høyringa i helse- og "
     "omsorgskomiteen på Stortinget onsdag 23. oktober.",
     "nn", {"Kari Moen", "Per Aas"}),
    ("debated_at_the_launch_nb",
     "Lansering av rapport\n\n"
     "KS lanserte rapporten om utskrivningsklare pasienter onsdag 5. mars. Prosjektleder Eva Lund fra Nordby Analyse "
     "presenterte hovedfunnene. Deretter debatterte statssekretær Per Aas (Ap) i Helse- og omsorgsdepartementet og "
     "KS-nestleder Liv Berg. Debatten ble ledet av kommunikasjonsdirektør Kari Dal.",
     "nb", {"Eva Lund", "Per Aas", "Liv Berg", "Kari Dal"}),
    ("represents_in_the_present_no_attendance_nb",
     "Møte om barnehager\n\n"
     "Kunnskapsminister Eva Lund møtte KS fredag 7. mars. Fra KS møtte styreleder Kari Dal.\n\n"
     "Rapporten er skrevet av forsker Per Aas, som representerer Nordby Analyse.",
     "nb", {"Eva Lund", "Kari Dal"}),
    ("signatories_one_party_a_line_nb",
     "Signerte ny avtale om lærlinger\n\n"
     "KS, arbeidstakerorganisasjonene og regjeringen signerte tirsdag 4. juni en ny avtale om lærlinger.\n\n"
     "Avtalen er signert av:\n\n"
     "For Kunnskapsdepartementet: Eva Lund, statsråd\n"
     "For KS: Kari Dal, styreleder\n"
     "For Fagforbundet: Per Aas, leder\n"
     "For Delta: Liv Berg, leder",
     "nb", {"Eva Lund", "Kari Dal", "Per Aas", "Liv Berg"}),
    ("signatories_nn",
     "Skreiv under ny avtale\n\n"
     "KS og regjeringa skreiv under ei ny avtale om busetjing fredag 6. juni.\n\n"
     "For Arbeids- og inkluderingsdepartementet: Eva Lund, statsråd\n"
     "For KS: Kari Moen, styreleiar",
     "nn", {"Eva Lund", "Kari Moen"}),
]

ABSENT = [
    ("cancelled_nb",
     "Debattmøte om eldreomsorgen\n\n"
     "KS arrangerte debattmøte om eldreomsorgen onsdag 13. august. Statssekretær Eva Lund deltok i panelet sammen "
     "med styreleder Kari Dal. Stortingsrepresentant Per Aas (Frp) var invitert til å delta i panelet, men meldte "
     "avbud samme morgen.",
     "nb", {"Eva Lund", "Kari Dal"}),
    ("video_greeting_nn",
     "Kommunekonferansen\n\n"
     "Over 200 folkevalde var samla til kommunekonferansen til KS Nordby tysdag 28. januar. Fylkesstyreleiar Kari "
     "Moen opna konferansen.\n\n"
     "Kommunal- og distriktsminister Eva Lund hadde ikkje høve til å kome, men sende ei videohelsing der ho takka "
     "kommunane.",
     "nn", {"Kari Moen"}),
    ("greeting_instead_planned_nn",
     "Statssekretæren på synfaring\n\n"
     "Statssekretær Eva Lund vitja Nordby omsorgssenter tysdag 4. mars saman med ordførar Per Aas. Helse- og "
     "omsorgsminister Kari Moen hadde planlagt å kome sjølv, men sende i staden ei helsing som vart lesen opp.",
     "nn", {"Eva Lund", "Per Aas"}),
    ("not_along_nb",
     "Ordførerne møtte statsråden\n\n"
     "Ordfører Per Aas og ordfører Liv Berg møtte kunnskapsminister Eva Lund i departementet mandag 3. mars. Møtet "
     "var organisert av regionrådet ved daglig leder Ola Strand, som ikke selv var med til Oslo.",
     "nb", {"Per Aas", "Liv Berg", "Eva Lund"}),
    ("substitute_for_nn",
     "Trepartsmøte om legevakt\n\n"
     "Helse- og omsorgsminister Eva Lund møtte KS og Legeforeininga onsdag 5. mars. KS var representert ved "
     "nestleiar Odd Vik, som møtte for styreleiar Kari Moen.",
     "nn", {"Eva Lund", "Odd Vik"}),
    ("substitute_for_in_list_nb",
     "Møte med benken\n\n"
     "KS Nordby møtte stortingsbenken på Teams fredag 7. mars.\n\n"
     "Til stede: fylkesstyreleder Per Aas; nestleder Liv Berg; vara Ola Strand (møtte for Kari Moen).",
     "nb", {"Per Aas", "Liv Berg", "Ola Strand"}),
    ("day_after_nb",
     "Debattmøte i Arendal\n\n"
     "KS arrangerte debattmøte om eldreomsorgen onsdag 13. august. Statssekretær Eva Lund og styreleder Kari Dal "
     "deltok i panelet.\n\n"
     "Dagen etter ledet KS-direktør Per Aas et frokostmøte om kommuneøkonomi, der blant andre sjeføkonom Liv Berg "
     "innledet.",
     "nb", {"Eva Lund", "Kari Dal"}),
]

MEDIA = [
    ("medium_after_speaker_nb",
     "Møte om sykehjem\n\n"
     "Helse- og omsorgsminister Eva Lund møtte KS onsdag 5. mars. Fra KS møtte styreleder Kari Dal.\n\n"
     "– Vi fikk gehør, sa styreleder Kari Dal til Nordby Tidende etter møtet.",
     "nb", {"Eva Lund", "Kari Dal"}),
    ("voice_apart_told_a_medium_nn",
     "Møte om legevakt\n\n"
     "Helse- og omsorgsminister Eva Lund møtte KS onsdag 5. mars. Frå KS møtte styreleiar Kari Dal.\n\n"
     "Forbundsleiar Per Aas i Fagforbundet er ikkje nøgd. – Dette er for lite, seier Per Aas til Fagbladet.",
     "nn", {"Eva Lund", "Kari Dal"}),
]


@pytest.mark.parametrize("raw,language,expected", cases(NAMES, OCCASION_ROLES, ABSENT, MEDIA))
def test_round17_participants(raw: str, language: str, expected: set[str]) -> None:
    assert participant_names(raw, language) == expected
