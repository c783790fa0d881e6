"""Participants on invented texts, by category of the errors new texts made at their first look (round 15).

The categories come from the first looks of six untouched sets (pooled, not one document each): a title read into
the name ("Statsforvaltar NN"), a place or a medium read as a person, people named only in a caption or by first
name at a visit, people quoted or mentioned who took no part (a union leader reacting, a report's author, a
programme's host, someone met at another time), and people present whom the text places there in a list, a later
paragraph, "også til stades", "med seg hadde" or a panel. Every text is invented for this test (other names, places,
bodies and ministries), in bokmål and nynorsk, in several layouts. Expected: the exact set of participants' names
(GUIDELINES.md: every named person the text says took part; persons only mentioned are not participants). Cases that
failed when written carry an xfail marker with the reason; the marker goes when the case passes.
"""
from __future__ import annotations

import pytest

from extract_kit import cases, known_failure as _xf, participant_names


# (id, text, language, participants' names)
TITLES = [
    ("title_statsforvaltar_first_nn",
     "Dialogmøte om rus i Rogaland\n\n"
     "Statsforvaltar Kari Aasen opna dialogmøtet med kommunane i Rogaland onsdag 3. april. Frå KS Rogaland møtte "
     "fylkesstyreleiar Oddny Vatne.\n\n"
     "– Vi må sjå kommunane og spesialisthelsetenesta under eitt, sa Aasen.",
     "nn", {"Kari Aasen", "Oddny Vatne"}),
    ("title_statsforvalter_welcomes_nb",
     "Statsforvalteren samlet ordførerne\n\n"
     "Statsforvalter Tone Lunde ønsket velkommen til dialogmøtet om bosetting tirsdag 11. mars. KS Innlandet var "
     "representert ved fylkesstyreleder Helge Stubberud.\n\n"
     "– Vi trenger flere boliger, sa Stubberud.",
     "nb", {"Tone Lunde", "Helge Stubberud"}),
    ("title_fylkeslege_list_nb",
     "Møte om legevakt i Valdres\n\n"
     "KS møtte Statsforvalteren i Innlandet torsdag 6. februar om legevakten. Fylkeslege Anne Berg og "
     "assisterende statsforvalter Jon Rud deltok fra statsforvalteren.",
     "nb", {"Anne Berg", "Jon Rud"}),
    ("title_politimeister_quote_nn",
     "Statsråden møtte politi og kommunar\n\n"
     "Justisministeren vitja Sunndal fredag 14. mars. Politimeister Hilde Moe og ordførar Per Kvendset tok imot "
     "statsråden på rådhuset.\n\n"
     "– Vi treng fleire patruljar i distriktet, sa Moe.",
     "nn", {"Hilde Moe", "Per Kvendset"}),
    ("title_kommunedirektor_caption_nb",
     "Helseministeren på besøk i Tynset\n\n"
     "Helseministeren besøkte Tynset mandag 3. mars.\n\n"
     "Kommunedirektør Geir Hole tok imot statsråden ved omsorgssenteret.\n\n"
     "– Vi mangler sykepleiere hver eneste helg, sa Hole.",
     "nb", {"Geir Hole"}),
    ("title_rektor_guide_nn",
     "Kunnskapsministeren på skulebesøk\n\n"
     "Kunnskapsministeren vitja Volda vidaregåande skule tysdag 8. april. Rektor Siri Haugland tok imot "
     "statsråden og viste fram verkstadene.",
     "nn", {"Siri Haugland"}),
    ("title_helsedirektor_panel_nb",
     "Debatt om fastlegene\n\n"
     "Frokostmøtet om fastlegeordningen ble holdt onsdag 5. mars. I panelet satt Helsedirektør Marte Lien, "
     "styreleder i KS Trond Aslaksen og legeforeningens president Ole Nyhus.",
     "nb", {"Marte Lien", "Trond Aslaksen", "Ole Nyhus"}),
    ("title_fylkesordforar_signing_nn",
     "Avtale om kompetanse\n\n"
     "Fylkesordførar Torill Sætre og statsråd Knut Hovland signerte avtala om kompetanseløft måndag 12. mai.",
     "nn", {"Torill Sætre", "Knut Hovland"}),
    ("title_politimester_nb",
     "Justisministeren besøkte Hamar\n\n"
     "Justisministeren besøkte Hamar fredag 14. mars. Politimester Gunn Sæter og ordfører Rune Tveit tok imot "
     "statsråden på rådhuset.",
     "nb", {"Gunn Sæter", "Rune Tveit"}),
    ("title_barneombud_nb",
     "Barneministeren møtte ombudet\n\n"
     "Barne- og familieministeren møtte KS og ombudet til et møte om barnevernet tirsdag 4. mars. "
     "Barneombud Ida Lorentzen og styreleder i KS Per Nygård deltok.",
     "nb", {"Ida Lorentzen", "Per Nygård"}),
    ("title_laerar_caption_nn",
     "Statsråden vitja Nesbyen\n\n"
     "Statsråd Eva Holm vitja Nesbyen fredag 14. mars.\n\n"
     "BILETE: Lærar Guri Bøe (t.v.) viste statsråden korleis elevane lærer norsk på arbeidsplassen. Foto: Ola Nes",
     "nn", {"Eva Holm", "Guri Bøe"}),
]

PLACES_AND_MEDIA = [
    ("venue_forum_participants_nb",
     "KS: – Kommunene trenger forutsigbarhet\n\n"
     "Rundt 700 deltakere var samlet i Stavanger Forum da KS åpnet konferansen tirsdag 4. februar. "
     "Styreleder i KS, Åse Lind, holdt åpningsforedraget.\n\n"
     "– Vi kan ikke planlegge fra år til år, sa Lind.",
     "nb", {"Åse Lind"}),
    ("venue_kulturhus_nn",
     "Konferanse om eldreomsorg\n\n"
     "Om lag 300 deltakarar var samla i Molde Kulturhus då konferansen opna onsdag 9. april. Helseministeren "
     "deltok digitalt, medan nestleiar i KS, Eva Rindal, heldt innlegg.",
     "nn", {"Eva Rindal"}),
    ("venue_hotel_seminar_nb",  # fixed in round 17: "Hans" after a title is the first name
     "Seminar om heltid\n\n"
     "Seminaret om heltidskultur ble holdt på Clarion Hotel Bergen torsdag 13. mars. Statssekretær Hans Ravn og "
     "KS-direktør Lene Brun innledet.",
     "nb", {"Hans Ravn", "Lene Brun"}),
    ("opened_by_speakers_nn",
     "Seminar om heltid\n\n"
     "Seminaret om heltidskultur vart halde på Quality Hotel Ålesund torsdag 13. mars. Statssekretær Ivar Bakken og "
     "KS-direktør Lene Brun innleidde.",
     "nn", {"Ivar Bakken", "Lene Brun"}),
    ("medium_two_words_nn",
     "Statsråden vitja Lærdal\n\n"
     "Kommunalministeren vitja Lærdal fredag 7. mars og møtte ordførar Anne Torsnes.\n\n"
     "– Vi fekk lagt fram det vi ville, seier Torsnes til Sogn Dagblad.",
     "nn", {"Anne Torsnes"}),
    ("medium_unknown_newspaper_nb",
     "Statsråden besøkte Alvdal\n\n"
     "Helseministeren besøkte Alvdal fredag 7. mars og møtte ordfører Kjell Rønning.\n\n"
     "– Vi fikk sagt det vi ville, sier Rønning til Østlendingen Nord.",
     "nb", {"Kjell Rønning"}),
    ("medium_as_subject_nb",
     "KS på høring i Stortinget\n\n"
     "KS deltok tirsdag 1. april på høringen i Stortingets helse- og omsorgskomité om legevakten. KS ble "
     "representert ved nestleder Are Skog.\n\n"
     "Glåmdalen Avis skrev i mars at legevakten i regionen mangler leger.",
     "nb", {"Are Skog"}),
    ("place_from_municipality_nn",
     "Statsråden møtte ordførarane\n\n"
     "Statsråden møtte ordførarane i Hallingdal tysdag 4. mars. Frå Nore og Uvdal møtte ordførar Lars Bakke, "
     "frå Flå ordførar Kari Nes.",
     "nn", {"Lars Bakke", "Kari Nes"}),
]

CAPTIONS_AND_VISITS = [
    ("caption_single_guide_nn",
     "Statssekretæren vitja Hemsedal\n\n"
     "Statssekretær Ola Fjeld vitja Hemsedal torsdag 6. mars for å sjå på busetjinga av flyktningar.\n\n"
     "BILETE: Einingsleiar Kari Sunde (t.v.) viste statssekretæren rundt på sjukeheimen. Foto: Per Vik\n\n"
     "– Vi har fått til mykje med lite, sa Sunde.",
     "nn", {"Ola Fjeld", "Kari Sunde"}),
    pytest.param("caption_single_guide_nb",
     "Statsråden besøkte Ringebu\n\n"
     "Statsråd Eva Holm besøkte Ringebu onsdag 2. april.\n\n"
     "FOTO: Virksomhetsleder Per Lund (t.h.) viste statsråden det nye helsehuset. Foto: Liv Sand",
     "nb", {"Eva Holm", "Per Lund"}),  # a known failure until stop 52: the normaliser dropped a line that opens
    # with 'FOTO:' as a credit; it keeps a caption the credit opens since
    ("caption_guide_credit_after_nb",
     "Statsråden besøkte Ringebu\n\n"
     "Statsråd Eva Holm besøkte Ringebu onsdag 2. april.\n\n"
     "Virksomhetsleder Per Lund (t.h.) viste statsråden det nye helsehuset. Foto: Liv Sand",
     "nb", {"Eva Holm", "Per Lund"}),
    ("visit_guide_prose_nn",
     "Statssekretæren på besøk\n\n"
     "Statssekretær Ola Fjeld vitja Hemsedal torsdag 6. mars.\n\n"
     "Etter lunsj gjekk turen vidare til helsehuset, der avdelingsleiar Nina Grøv viste fram den nye "
     "dagavdelinga.",
     "nn", {"Ola Fjeld", "Nina Grøv"}),
    ("visit_guide_prose_nb",
     "Statsråden besøkte Nord-Fron\n\n"
     "Statsråd Eva Holm besøkte Nord-Fron onsdag 2. april.\n\n"
     "På skolen viste rektor Hanne Bø statsråden hvordan elevene lærer norsk og fag samtidig.",
     "nb", {"Eva Holm", "Hanne Bø"}),
    ("visit_first_name_told_minister_nb",
     "Helseministeren besøkte Ringsaker\n\n"
     "Helseministeren Tor Aune besøkte Ringsaker fredag 4. april og møtte ungdom i kommunens botilbud.\n\n"
     "Sara (17) fortalte statsråden at det var helsesykepleieren som fikk henne til å søke hjelp.",
     "nb", {"Tor Aune", "Sara"}),
    ("visit_first_name_told_minister_nn",
     "Statsråden vitja Stryn\n\n"
     "Barne- og familieministeren Lene Vik vitja Stryn måndag 10. mars.\n\n"
     "Jonas (19), som bur i ein av dei kommunale bustadene, fortalde statsråden om kvardagen sin.",
     "nn", {"Lene Vik", "Jonas"}),
    ("caption_photographer_only_nb",
     "Konsultasjonsmøte om helse\n\n"
     "KS og Helse- og omsorgsdepartementet møttes til konsultasjonsmøte torsdag 6. mars. Styreleder Nils Dahl "
     "ledet KS-delegasjonen.\n\n"
     "Foto: Karin Beate Nøsterud",
     "nb", {"Nils Dahl"}),
    ("caption_archive_other_occasion_nb",
     "KS møtte kunnskapsministeren\n\n"
     "KS møtte kunnskapsministeren i det bilaterale møtet tirsdag 8. april. Fra KS deltok styreleder Nils Dahl.\n\n"
     "ARKIV: Tidligere styreleder Gro Moe under et møte i 2019.",
     "nb", {"Nils Dahl"}),
]

NOT_PRESENT = [
    ("reacting_union_leader_nb",
     "KS og regjeringen enige om kommuneøkonomien\n\n"
     "KS møtte regjeringen i konsultasjonsmøtet tirsdag 6. mai. Styreleder Nils Dahl ledet KS-delegasjonen.\n\n"
     "– Vi fikk gjennomslag for mye, sa Dahl etter møtet.\n\n"
     "Forbundsleder i Fagforbundet, Ragnhild Berg, er ikke fornøyd med resultatet.\n\n"
     "– Dette er for lite til de ansatte, sier Berg.",
     "nb", {"Nils Dahl"}),
    ("reacting_union_leader_nn",
     "KS og regjeringa samde om kommuneøkonomien\n\n"
     "KS møtte regjeringa i konsultasjonsmøtet tysdag 6. mai. Styreleiar Nils Dahl leia KS-delegasjonen.\n\n"
     "– Vi fekk gjennomslag for mykje, sa Dahl etter møtet.\n\n"
     "Leiar i Utdanningsforbundet, Ragnhild Berg, er ikkje nøgd med resultatet.\n\n"
     "– Dette er for lite til lærarane, seier Berg.",
     "nn", {"Nils Dahl"}),
    ("reacting_opposition_mp_nb",
     "Helseministeren møtte KS\n\n"
     "Helseminister Tor Aune møtte KS-leder Kari Moe i konsultasjonsmøtet torsdag 6. mars.\n\n"
     "Stortingsrepresentant Lars Tveit (Frp) mener møtet ikke ga noe.\n\n"
     "– Dette er bare prat, sier Tveit.",
     "nb", {"Tor Aune", "Kari Moe"}),
    ("report_authors_launch_nb",
     "Rapport om barnevern lansert\n\n"
     "Rapporten om barnevernsreformen ble lansert på et frokostmøte onsdag 12. mars. Rapporten er skrevet av "
     "forskerne Siri Lange og Per Hovde.\n\n"
     "Statssekretær Jon Aas åpnet møtet.\n\n"
     "– Dette tar vi på alvor, sa Aas.",
     "nb", {"Jon Aas"}),
    ("report_researchers_found_nn",
     "KS la fram rapport for departementet\n\n"
     "KS møtte Barne- og familiedepartementet i det faste bilaterale møtet fredag 14. mars. Styreleiar Eli Nes "
     "la fram krava.\n\n"
     "Forskarane Gunn Lie og Ola Berge fann i rapporten at kommunane ikkje har fått full kompensasjon.",
     "nn", {"Eli Nes"}),
    ("met_another_time_speech_nb",
     "Tale ved åpningen av konferansen\n\n"
     "Kunnskapsminister Anne Haug\n\n"
     "Kjære alle sammen, takk for invitasjonen til konferansen. Da jeg møtte KS-leder Geir Lunde i februar, sa han "
     "noe jeg har tenkt på siden: «Gi oss handlingsrom.»",
     "nb", {"Anne Haug"}),
    ("met_another_time_speech_nn",
     "Tale på skuleleiarkonferansen\n\n"
     "Kunnskapsminister Anne Haug\n\n"
     "Kjære alle saman. Styreleiaren i KS, Geir Lunde, sa det godt då eg møtte han i haust: «Gi oss "
     "handlingsrom.»",
     "nn", {"Anne Haug"}),
    pytest.param("feature_interviewee_elsewhere_nb",
     "Barnevernet sprenger budsjettene\n\n"
     "KS tok opp barnevernet med statsråden i konsultasjonsmøtet tirsdag 8. april. Styreleder Nils Dahl ba om "
     "full kompensasjon.\n\n"
     "Det er tidlig morgen på barneverntjenesten i Elverum, og barnevernleder Jørn Haugstad har allerede hatt to "
     "telefonmøter.\n\n"
     "– Vi betaler det dobbelte for en plass nå, sier Haugstad.",
     "nb", {"Nils Dahl"},
                 marks=_xf("a feature's interviewee at another place is taken for a participant")),
    ("former_leader_earlier_meeting_nb",
     "Barnevernet igjen på dagsordenen\n\n"
     "KS møtte statsråden i konsultasjonsmøtet tirsdag 9. september. Styreleder Nils Dahl ledet møtet for KS.\n\n"
     "Allerede i april krevde daværende KS-leder Berit Sand en ny beregning av kostnadene.",
     "nb", {"Nils Dahl"}),
    ("report_authors_listed_with_cue_nb",
     "Legevaktrapport lansert\n\n"
     "Rapporten om legevakt ble lansert på et frokostmøte tirsdag 11. mars. Rapporten er skrevet av forskerne "
     "Siri Lange, Tor Bjerke og Per Hovde, og bygger på svar fra leger som deltar i legevakt.\n\n"
     "Statssekretær Jon Aas åpnet møtet.",
     "nb", {"Jon Aas"}),
    ("report_authors_listed_with_cue_nn",
     "Rapport om rus lansert\n\n"
     "Rapporten om rusomsorga vart lansert på eit frokostmøte tysdag 11. mars. Rapporten er skriven av forskarane "
     "Siri Lange og Per Hovde, og byggjer på svar frå tilsette som deltek i tenestene.\n\n"
     "Statssekretær Jon Aas opna møtet.",
     "nn", {"Jon Aas"}),
    ("researchers_found_opinion_nb",
     "Konsultasjonsmøte om barnevern\n\n"
     "KS møtte Barne- og familiedepartementet i konsultasjonsmøtet tirsdag 11. mars. Styreleder Eli Nes la fram "
     "kravene.\n\n"
     "Forskerne Gunn Lie og Ola Berge fant at to av tre kommuner mener de ikke har fått full kompensasjon.",
     "nb", {"Eli Nes"}),
    ("researchers_found_opinion_nn",
     "Konsultasjonsmøte om barnevern\n\n"
     "KS møtte Barne- og familiedepartementet i konsultasjonsmøtet tysdag 11. mars. Styreleiar Eli Nes la fram "
     "krava.\n\n"
     "Forskarane Gunn Lie og Ola Berge fann at to av tre kommunar meiner dei ikkje har fått full kompensasjon.",
     "nn", {"Eli Nes"}),
    ("earlier_meeting_previous_sentence_nb",
     "Barnevernet igjen på dagsordenen\n\n"
     "KS møtte statsråden i konsultasjonsmøtet tirsdag 9. september. Nestleder Nils Dahl ledet møtet for KS.\n\n"
     "I mars var barnevernet tema i det første konsultasjonsmøtet. Der ba daværende styreleder Berit Sand om en ny "
     "beregning av kostnadene.",
     "nb", {"Nils Dahl"}),
    ("earlier_meeting_previous_sentence_nn",
     "Barnevernet att på dagsordenen\n\n"
     "KS møtte statsråden i konsultasjonsmøtet tysdag 9. september. Nestleiar Nils Dahl leia møtet for KS.\n\n"
     "I mars var barnevernet tema i det første konsultasjonsmøtet. Der kravde dåverande styreleiar Berit Sand ei ny "
     "utrekning av kostnadene.",
     "nn", {"Nils Dahl"}),
    pytest.param("podcast_host_nb",
     "Kommunepodden: Barnevernet\n\n"
     "Programleder: Eirik Strand\n"
     "Gjest: Kari Moe, styreleder i KS\n\n"
     "EIRIK STRAND: Velkommen. Kari, du kommer rett fra møtet med statsråden?\n\n"
     "KARI MOE: Ja, vi hadde konsultasjonsmøte i dag.",
     "nb", {"Kari Moe"}),  # placed there since stop 68: the host's "Kari, du kommer rett fra møtet" names her
]

PRESENT_ELSEWHERE = [
    ("panel_second_paragraph_nb",
     "Debatt om normen\n\n"
     "Frokostmøtet om bemanningsnormen ble holdt onsdag 5. mars. I panelet satt statssekretær Jon Aas og "
     "styreleder i KS Kari Moe.\n\n"
     "Generalsekretær i Virke, Hanne Lyng, var mest opptatt av finansieringen.\n\n"
     "– Private aktører må behandles likt, sa Lyng.",
     "nb", {"Jon Aas", "Kari Moe", "Hanne Lyng"}),
    ("hearing_other_organisation_nn",
     "Høyring om rus\n\n"
     "KS deltok tysdag 4. mars på høyringa i Stortinget si helse- og omsorgskomité om rusreforma. KS var "
     "representert ved nestleiar Per Ness.\n\n"
     "Leiar i Fagforbundet, Sigrid Ulve, minte komiteen om at dei tilsette må bemanne tenestene.",
     "nn", {"Per Ness", "Sigrid Ulve"}),
    ("hearing_other_organisation_nb",
     "KS på høring i Stortinget\n\n"
     "KS deltok torsdag 6. mars på høringen i Stortingets justiskomité om beredskap. KS ble representert ved "
     "styreleder Kari Moe.\n\n"
     "Forbundsleder i Delta, Tone Bakke, minnet komiteen om at de ansatte i kommunene skal bemanne "
     "krisestabene.",
     "nb", {"Kari Moe", "Tone Bakke"}),
    ("also_present_nn",
     "KS møtte statsråden\n\n"
     "KS møtte kommunalministeren i det faste bilaterale møtet måndag 3. mars. Styreleiar Eli Nes leia møtet. "
     "Også til stades var direktør Kjell Hauge.",
     "nn", {"Eli Nes", "Kjell Hauge"}),
    ("companion_second_paragraph_nb",
     "Helseministeren i møte med KS\n\n"
     "Helseminister Tor Aune møtte KS i konsultasjonsmøtet onsdag 9. april.\n\n"
     "Med seg hadde han statssekretær Lise Dahl og ekspedisjonssjef Arne Bø.",
     "nb", {"Tor Aune", "Lise Dahl", "Arne Bø"}),
    ("round_table_unions_nn",
     "Møte om sjukepleiarmangelen\n\n"
     "Helseministeren kalla inn partane til møte i departementet tysdag 11. mars. Rundt bordet sat "
     "helseminister Tor Aune, KS-leiar Kari Moe og forbundsleiar Per Lie i Fagforbundet.\n\n"
     "– No må vi ta grep, seier Lie til NPK etter møtet.",
     "nn", {"Tor Aune", "Kari Moe", "Per Lie"}),
    ("stage_union_leader_nb",
     "Arendalsuka: Hvem skal hjelpe de syke?\n\n"
     "Debattmøtet ble holdt onsdag 13. august. På scenen satt helseminister Tor Aune, styreleder i KS Kari Moe "
     "og forbundsleder i Politiets Fellesforbund, Ola Brenna.\n\n"
     "Brenna fortalte at politiet bruker stadig mer tid på slike oppdrag.",
     "nb", {"Tor Aune", "Kari Moe", "Ola Brenna"}),
    ("committee_chair_asked_nn",
     "Høyring om psykisk helse\n\n"
     "KS deltok onsdag 2. april på høyringa i Stortinget si helse- og omsorgskomité om opptrappingsplanen. KS "
     "var representert ved nestleiar Per Ness.\n\n"
     "Komitéleiar Anne Sletten (Sp) spurde KS om kommunane er klare for fleire oppgåver.",
     "nn", {"Per Ness", "Anne Sletten"}),
    ("list_later_paragraph_nb",
     "Konsultasjonsmøte om digitalisering\n\n"
     "KS møtte Digitaliserings- og forvaltningsdepartementet i konsultasjonsmøtet tirsdag 8. april.\n\n"
     "– Vi må dele data, sa styreleder Kari Moe.\n\n"
     "Fra departementet deltok statsråd Lars Holm, statssekretær Eva Lund og avdelingsdirektør Tom Ruud.",
     "nb", {"Kari Moe", "Lars Holm", "Eva Lund", "Tom Ruud"}),
    ("answered_by_minister_nb",
     "Møte om legevakt\n\n"
     "KS møtte helseministeren i det bilaterale møtet torsdag 6. mars. Styreleder Kari Moe tok opp legevakten. "
     "Helseminister Tor Aune svarte at departementet ser på saken.",
     "nb", {"Kari Moe", "Tor Aune"}),
]


# Written after the first fixes, before any change for them: the categories again, in other words and layouts.
SECOND_LOOK = [
    ("title_statsadvokat_hearing_nb",
     "KS på høring i Stortinget\n\n"
     "KS deltok tirsdag 4. mars på høringen i Stortingets justiskomité om vold i nære relasjoner. KS ble representert "
     "ved nestleder Arne Vik.\n\n"
     "Statsadvokat Lars Holm minnet komiteen om at sakene tar for lang tid.",
     "nb", {"Arne Vik", "Lars Holm"}),
    ("title_helsesoster_visit_nn",
     "Helseministeren på besøk i Sauda\n\n"
     "Helseminister Tor Aune vitja Sauda fredag 7. mars.\n\n"
     "Helsesøster Kari Nes viste statsråden korleis skulehelsetenesta arbeider.",
     "nn", {"Tor Aune", "Kari Nes"}),
    ("title_ordstyrar_debate_nn",
     "Debatt om eldreomsorga\n\n"
     "Debattmøtet om eldreomsorga vart halde onsdag 5. mars. Ordstyrar Mari Lunde leia debatten mellom helseminister "
     "Tor Aune og styreleiar i KS, Nils Dahl.",
     "nn", {"Mari Lunde", "Tor Aune", "Nils Dahl"}),
    pytest.param("venue_as_subject_nb",
     "KS-konferansen åpnet\n\n"
     "Bodø Kulturpark var fylt av 600 deltakere da KS åpnet konferansen tirsdag 4. februar. Styreleder i KS, Åse "
     "Lind, holdt åpningsforedraget.",
     "nb", {"Åse Lind"},
                 marks=_xf("no meeting is found in this text (the occasion detection); the venue as a subject is untested")),
    ("venue_outside_prep_nn",
     "Statsråden vitja Førde\n\n"
     "Kommunalministeren vitja Førde fredag 7. mars. Utanfor Førde Rådhus tok ordførar Lise Vang imot statsråden.",
     "nn", {"Lise Vang"}),
    ("reaction_present_tense_at_seminar_nb",
     "Seminar om heltid\n\n"
     "KS holdt seminar om heltidskultur torsdag 13. mars. Styreleder Nils Dahl åpnet seminaret.\n\n"
     "– Vi må gjøre heltid til normalen, sa Dahl.\n\n"
     "Leder i Fagforbundet, Ragnhild Berg, er ikke imponert.\n\n"
     "– Dette har vi hørt før, sier Berg.",
     "nb", {"Nils Dahl"}),
    ("reaction_in_press_release_nn",
     "Konsultasjonsmøte om barnevern\n\n"
     "KS møtte Barne- og familiedepartementet i konsultasjonsmøtet tysdag 11. mars. Styreleiar Eli Nes la fram "
     "krava.\n\n"
     "Fylkesleiar i Fagforbundet, Per Lie, minte statsråden om lovnaden i ei pressemelding.",
     "nn", {"Eli Nes"}),
    ("talk_story_of_earlier_visit_nb",
     "Tale på helsekonferansen\n\n"
     "Helseminister Tor Aune\n\n"
     "Kjære alle sammen. Da jeg besøkte Nordby i fjor, viste kommunedirektør Eva Holm meg rundt på sykehjemmet.",
     "nb", {"Tor Aune"}),
    ("seminar_other_org_indirect_past_nn",
     "Seminar om rekruttering\n\n"
     "KS heldt seminar om rekruttering onsdag 12. mars. Direktør Lene Brun i KS innleidde.\n\n"
     "Dagleg leiar i NHO Geneo, Hilde Bakke, meinte at private og offentlege tenester må samarbeide betre.",
     "nn", {"Lene Brun", "Hilde Bakke"}),
    ("panel_relative_clause_nb",
     "Debatt om legevakt\n\n"
     "Debattmøtet om legevakten ble holdt onsdag 5. mars.\n\n"
     "– Vi trenger flere leger på vakt, sier Eirik Hov, generalsekretær i Virke, som satt i panelet.",
     "nb", {"Eirik Hov"}),
    ("list_after_colon_line_nn",
     "Møte med Kunnskapsdepartementet\n\n"
     "KS møtte Kunnskapsdepartementet i det faste bilaterale møtet torsdag 6. mars.\n\n"
     "Frå KS: styreleiar Nils Dahl, nestleiar Eli Nes og direktør Lene Brun.",
     "nn", {"Nils Dahl", "Eli Nes", "Lene Brun"}),
    ("floor_question_nb",
     "Frokostmøte om boliger\n\n"
     "Husbanken og KS inviterte til frokostmøte om boligsosialt arbeid onsdag 12. mars. Statssekretær Jon Aas "
     "innledet.\n\n"
     "Fra salen spurte rådmann Kari Dal i Nordby om ordningen gjelder små kommuner.",
     "nb", {"Jon Aas", "Kari Dal"}),
]


# Written after the second look, before any change for them: other ways Norwegian says someone was there.
PRESENCE_WORDS = [
    ("on_the_spot_nb",
     "KS møtte statsråden\n\n"
     "KS møtte kommunalministeren i det bilaterale møtet tirsdag 4. mars. Styreleder Kari Moe ledet KS-delegasjonen. "
     "Også statssekretær Jon Aas var på plass.",
     "nb", {"Kari Moe", "Jon Aas"}),
    ("on_the_spot_nn",
     "Statsråden vitja Voss\n\n"
     "Kommunalministeren vitja Voss fredag 7. mars. Ordførar Eli Haug tok imot. Fylkesleiar i KS, Per Lie, var òg "
     "på plass.",
     "nn", {"Eli Haug", "Per Lie"}),
    ("had_made_the_trip_nb",
     "Helseministeren på besøk\n\n"
     "Helseministeren besøkte Tynset mandag 3. mars. Også fylkesleder i KS Innlandet, Ola Brenna, hadde tatt turen.",
     "nb", {"Ola Brenna"}),
    ("among_those_present_nn",
     "Dialogmøte om busetjing\n\n"
     "Statsforvaltaren heldt dialogmøte om busetjing onsdag 12. mars. Blant dei frammøtte var ordførar Lise Vang og "
     "kommunedirektør Tor Bø.",
     "nn", {"Lise Vang", "Tor Bø"}),
    ("in_the_hall_nb",
     "Frokostmøte om heltid\n\n"
     "KS inviterte til frokostmøte om heltid onsdag 12. mars. Statssekretær Jon Aas innledet. I salen satt blant andre "
     "ordfører Kari Dal.",
     "nb", {"Jon Aas", "Kari Dal"}),
    ("gathered_among_them_nb",
     "Samling for ordførere\n\n"
     "Statsråden møtte ordførerne i Viken på en samling torsdag 13. mars. Samlingen samlet ordførere fra hele "
     "fylket, blant dem Eva Lund fra Nordby.",
     "nb", {"Eva Lund"}),
]


# A report's author who speaks at its launch took part; one only named or quoted to a medium did not. Written before
# the change for them.
AUTHORS_AT_LAUNCH = [
    ("author_presents_at_launch_nb",
     "Ny rapport om fastlegene\n\n"
     "Rapporten om fastlegeordningen ble lansert på et frokostmøte onsdag 12. mars. Forsker Hanne Vik ved NIBR er en "
     "av forfatterne bak rapporten.\n\n"
     "– Vi fant store forskjeller mellom kommunene, sa Vik.\n\n"
     "Statssekretær Jon Aas åpnet møtet.",
     "nb", {"Hanne Vik", "Jon Aas"}),
    ("author_presents_at_launch_nn",
     "Ny rapport om eldreomsorga\n\n"
     "Rapporten om eldreomsorga vart lansert på eit seminar tysdag 11. mars. Rapporten er skriven av forskar Eli Lund "
     "ved Høgskulen på Vestlandet.\n\n"
     "– Kommunane har ulike føresetnader, sa Lund.\n\n"
     "Statssekretær Jon Aas opna seminaret.",
     "nn", {"Eli Lund", "Jon Aas"}),
    ("author_quoted_to_medium_nb",
     "Ny rapport om fastlegene\n\n"
     "Rapporten om fastlegeordningen ble lansert på et frokostmøte onsdag 12. mars. Statssekretær Jon Aas åpnet "
     "møtet.\n\n"
     "Rapporten er skrevet av forsker Hanne Vik ved NIBR.\n\n"
     "– Vi fant store forskjeller, sier Vik til Dagens Medisin.",
     "nb", {"Jon Aas"}),
]


# Guards of the rules this round added, written with them: what they must not do.
GUARDS = [
    ("guard_carried_time_same_meeting_nb",
     "KS møtte statsråden\n\n"
     "KS møtte kommunalministeren i det bilaterale møtet tirsdag 4. mars. Der la styreleder Kari Moe fram kravene "
     "om mer til barnevernet.",
     "nb", {"Kari Moe"}),
    ("guard_journalist_line_is_no_speaker_nb",
     "KS møtte helseministeren\n\n"
     "Journalist Per Lund\n\n"
     "KS møtte helseministeren i det bilaterale møtet onsdag 5. mars. Styreleder Kari Moe tok opp legevakten.",
     "nb", {"Kari Moe"}),
    ("guard_person_after_preposition_with_role_nn",
     "Statsråden vitja Gol\n\n"
     "Statsråden vitja Gol fredag 7. mars. I møtet med ordførar Eli Haug på rådhuset tok ho opp busetjinga.",
     "nn", {"Eli Haug"}),
    ("guard_thing_in_place_nn",
     "KS møtte statsråden\n\n"
     "KS møtte kommunalministeren i det bilaterale møtet tysdag 4. mars. Styreleiar Kari Moe leia delegasjonen.\n\n"
     "– Pengane er ikkje på plass, seier Per Lie, leiar i Fagforbundet, til NRK.",
     "nn", {"Kari Moe"}),
    ("guard_viste_til_is_a_reference_nb",
     "KS møtte statsråden\n\n"
     "KS møtte kunnskapsministeren i det faste bilaterale møtet torsdag 6. mars. Styreleder Kari Moe viste til at "
     "forsker Per Bø har funnet store forskjeller mellom kommunene.",
     "nb", {"Kari Moe"}),
]



@pytest.mark.parametrize("raw,language,expected",
                         cases(TITLES, PLACES_AND_MEDIA, CAPTIONS_AND_VISITS, NOT_PRESENT, PRESENT_ELSEWHERE,
                               SECOND_LOOK, PRESENCE_WORDS, AUTHORS_AT_LAUNCH, GUARDS))
def test_invented_participants(raw: str, language: str, expected: set[str]) -> None:
    assert participant_names(raw, language) == expected
