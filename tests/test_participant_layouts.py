"""Participants by layout, names, roles and absence (invented texts, golden table)."""
from __future__ import annotations

import pytest

from extract_kit import cases, participant_names


# (id, text, language, participants' names)
LAYOUT = [
    ("caption_rows_nn",
     "Fylkesstyret møtte statsforvaltaren\n\n"
     "Fylkesstyret i KS Nordby hadde tysdag 4. mars det årlege møtet sitt med Statsforvaltaren i Nordby.\n\n"
     "Bak frå venstre: ordførar i Sørvik kommune Per Aas, rådgjevar Liv Berg og fylkesstyremedlem Odd Rye.\n"
     "Framme: fylkesleiar Kari Moen og statsforvaltar Ola Strand.",
     "nn", {"Per Aas", "Liv Berg", "Odd Rye", "Kari Moen", "Ola Strand"}),
    ("caption_rows_nb",
     "KS møtte departementet\n\n"
     "KS og Kunnskapsdepartementet holdt konsultasjonsmøte onsdag 5. mars.\n\n"
     "Fra venstre: styreleder Kari Dal og kunnskapsminister Eva Lund.\n"
     "Bak fra venstre: direktør Per Moe og ekspedisjonssjef Ola Berg.",
     "nb", {"Kari Dal", "Eva Lund", "Per Moe", "Ola Berg"}),
    # a line opening "Framme:" with no caption above it is no caption
    ("row_word_alone_no_caption_nb",
     "KS møtte departementet\n\n"
     "KS og Kunnskapsdepartementet holdt konsultasjonsmøte onsdag 5. mars. Fra KS møtte styreleder Kari Dal.\n\n"
     "Framme: Per Moe og Ola Berg har gitt ut en bok om skolen.",
     "nb", {"Kari Dal"}),
]

NAMES = [
    ("vaar_first_name_nn",
     "Debatt om eldreomsorga\n\n"
     "KS inviterte til debattmøte om eldreomsorga torsdag 14. august. Etter innleiinga leidde journalist Vår Dalen "
     "ein panelsamtale med statssekretær Per Aas og ordførar Kari Moen.",
     "nn", {"Vår Dalen", "Per Aas", "Kari Moen"}),
    ("vaar_first_name_in_list_nb",
     "Konsultasjon om vaksiner\n\n"
     "KS og Helse- og omsorgsdepartementet holdt konsultasjonsmøte onsdag 5. mars om vaksinasjonen.\n\n"
     "Fra KS:\nspesialrådgiver Eva Lund\nkommuneoverlege i Nordby kommune, Vår Irene Berg",
     "nb", {"Eva Lund", "Vår Irene Berg"}),
]

ROLES = [
    ("host_by_role_nb",
     "Fylkesmøtet i KS Nordby\n\n"
     "Over 100 politikere møttes til KS Nordbys fylkesmøte 10. og 11. april. Fylkesstyreleder Kari Dal åpnet møtet. "
     "Konferansier begge dagene var Per Aas fra NRK Nordby.",
     "nb", {"Kari Dal", "Per Aas"}),
    ("chair_by_role_before_name_nn",
     "Debatt om skulen\n\n"
     "KS inviterte til debattmøte under Arendalsuka torsdag 14. august. Styreleiar Kari Moen opna møtet. Deretter tok "
     "ordstyrar Liv Berg over, og i panelet sat statssekretær Ola Strand.",
     "nn", {"Kari Moen", "Liv Berg", "Ola Strand"}),
    ("indefinite_debate_led_by_nb",
     "KS lanserte rapport\n\n"
     "Torsdag 16. januar lanserte KS en rapport på et frokostmøte. Etter presentasjonen var det debatt ledet av "
     "kommunikasjonsdirektør i KS, Eva Lund. I panelet satt statssekretær Per Aas.",
     "nb", {"Eva Lund", "Per Aas"}),
    ("conversation_led_by_nn",
     "Invitasjon til lansering\n\n"
     "KS og departementet lanserer ein rettleiar torsdag 6. mars.\n\n"
     "Program:\n09.00 Velkomen ved Kari Moen\n09.30 Samtale mellom Kari Moen og Per Aas, leidd av journalist Liv Berg",
     "nn", {"Kari Moen", "Per Aas", "Liv Berg"}),
    # the chair of a study or a committee is its author, no participant
    ("study_led_by_is_source_nb",
     "Møte om legevakt\n\n"
     "Helse- og omsorgsminister Eva Lund møtte KS onsdag 5. mars. Fra KS møtte styreleder Kari Dal. Rapporten bygger "
     "på en utredning fra 2021, som ble ledet av professor Ola Berg.",
     "nb", {"Eva Lund", "Kari Dal"}),
    ("raising_with_role_and_body_nn",
     "Trepartsmøte om heiltid\n\n"
     "Fagforbundet, KS og departementet møttest måndag 2. juni til trepartsmøte om heiltid. Deretter la "
     "arbeidsgivardirektør Per Aas i KS fram tal frå heiltidsmonitoren. Departementet stilte med statssekretær "
     "Eva Lund.",
     "nn", {"Per Aas", "Eva Lund"}),
    ("minutes_writer_nn",
     "KS møtte statssekretæren\n\n"
     "Det faste bilaterale møtet mellom KS og Helse- og omsorgsdepartementet vart halde tysdag 9. september. "
     "Statssekretær Per Aas leidde møtet frå departementet si side. Rådgjevar Liv Berg i KS skreiv referat frå møtet.",
     "nn", {"Per Aas", "Liv Berg"}),
    ("minutes_written_by_nb",
     "Konsultasjon om bosetting\n\n"
     "KS og Arbeids- og inkluderingsdepartementet holdt det faste bilaterale møtet fredag 16. mai. Fra KS møtte "
     "styreleder Kari Dal. Referatet fra møtet ble skrevet av seniorrådgiver Ola Berg i departementet.",
     "nb", {"Kari Dal", "Ola Berg"}),
    # a report written by someone is still a source
    ("report_written_by_is_source_nn",
     "Konsultasjon om bosetjing\n\n"
     "KS og Arbeids- og inkluderingsdepartementet heldt det faste bilaterale møtet fredag 16. mai. Frå KS møtte "
     "styreleiar Kari Moen. Ho viste til ein rapport skriven av forskar Ola Berg.",
     "nn", {"Kari Moen"}),
    ("company_first_nn",
     "Statssekretær på vitjing\n\n"
     "Torsdag 22. mai fekk kommunen besøk av statssekretær Per Aas frå departementet. Saman med ordførar i Nordby "
     "kommune, Kari Moen, og kommuneoverlege Liv Berg gjekk han ein runde på legesenteret.",
     "nn", {"Per Aas", "Kari Moen", "Liv Berg"}),
    ("company_after_particle_nb",
     "Ministeren på besøk\n\n"
     "Helse- og omsorgsminister Eva Lund besøkte Nordby sykehjem onsdag 17. september. Hun ble tatt imot av ordfører "
     "Per Aas. Med statsråden var også politisk rådgiver Liv Berg.",
     "nb", {"Eva Lund", "Per Aas", "Liv Berg"}),
]

ABSENT = [
    ("got_absence_nb",
     "Fylkesmøtet i KS Nordby\n\n"
     "Over 100 politikere møttes til KS Nordbys fylkesmøte i Bodø 10. april. Fylkesstyreleder Kari Dal åpnet møtet. "
     "Også administrerende direktør i KS, Per Aas, hadde sagt ja til å delta, men fikk forfall.",
     "nb", {"Kari Dal"}),
    ("not_at_the_meeting_nn",
     "Fylkesmøtet i KS Nordby\n\n"
     "Over 100 politikarar møttest til fylkesmøtet til KS Nordby 10. april. Fylkesstyreleiar Kari Moen opna møtet.\n\n"
     "Leiar i Fagforbundet Nordby, Per Aas, var ikkje på fylkesmøtet. – Det blir snakka mykje om strategiar, seier "
     "Aas.",
     "nn", {"Kari Moen"}),
    ("did_not_follow_the_hearing_nn",
     "Høyring på Stortinget\n\n"
     "KS la onsdag 22. januar fram synet sitt i ei open høyring i helse- og omsorgskomiteen på Stortinget. For KS "
     "møtte nestleiar Per Aas.\n\n"
     "Legevaktlege Liv Berg i Nordby følgde ikkje høyringa, men seier til KS at ho kjenner seg att.",
     "nn", {"Per Aas"}),
    ("said_before_in_the_perfect_nb",
     "Møte om legevakt\n\n"
     "KS og Helse- og omsorgsdepartementet holdt det faste bilaterale møtet tirsdag 9. september. Fra KS møtte "
     "styreleder Kari Dal, og statssekretær Per Aas ledet møtet.\n\n"
     "Kommunedirektør Eva Lund i Nordby har selv sagt at hun mener forslaget er godt finansiert.",
     "nb", {"Kari Dal", "Per Aas"}),
    ("warned_long_in_the_perfect_nn",
     "Møte om legevakt\n\n"
     "KS og Helse- og omsorgsdepartementet heldt det faste bilaterale møtet tysdag 9. september. Frå KS møtte "
     "styreleiar Kari Moen.\n\n"
     "Kommunedirektør Liv Berg i Nordby har lenge åtvara mot situasjonen.",
     "nn", {"Kari Moen"}),
    # the past of the same verb at the occasion places the speaker
    ("said_in_the_past_at_the_meeting_nb",
     "Møte om legevakt\n\n"
     "KS og Helse- og omsorgsdepartementet holdt det faste bilaterale møtet tirsdag 9. september. Fra KS møtte "
     "styreleder Kari Dal.\n\n"
     "Statssekretær Per Aas sa i møtet at forslaget er godt finansiert.",
     "nb", {"Kari Dal", "Per Aas"}),
    # a word that only opens with "forfall" is no absence
    ("absence_word_inside_a_word_nb",
     "Møte om legevakt\n\n"
     "Helse- og omsorgsminister Eva Lund møtte KS mandag 3. mars. Fra KS møtte styreleder Kari Dal. Hun fikk "
     "forfallsmeldinger fra tre ordførere.",
     "nb", {"Eva Lund", "Kari Dal"}),
]


@pytest.mark.parametrize("raw,language,expected", cases(LAYOUT, NAMES, ROLES, ABSENT))
def test_round18_participants(raw: str, language: str, expected: set[str]) -> None:
    assert participant_names(raw, language) == expected
