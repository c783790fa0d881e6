"""Participants by how the text tells presence or absence (invented texts, golden table): persons of another meeting
or time, an occasion called off, lists under a lead-in line, and the many ways of being there."""
from __future__ import annotations

import pytest

from extract_kit import cases, participant_names


# (id, text, language, participants' names)
ELSEWHEN = [
    ("former_role_earlier_meeting_nb",
     "Nytt møte om barnevernet\n\n"
     "KS møtte barne- og familieminister Petter Sand tirsdag 12. august. Fra KS deltok styreleder Inger Holm og "
     "nestleder Ove Rud.\n\n"
     "Sist partene var samlet, i mars, representerte daværende statssekretær Lars Teig departementet.",
     "nb", {"Petter Sand", "Inger Holm", "Ove Rud"}),
    ("former_role_speaks_then_nn",
     "KS møtte regjeringa om kommuneøkonomien\n\n"
     "KS møtte regjeringa til konsultasjonsmøte tysdag 12. august. Kommunal- og distriktsminister Anne Brekk "
     "leidde møtet, og KS stilte med styreleiar Odd Vik.\n\n"
     "Finansdepartementet var i vinter representert ved dåverande finansminister Eirik Lode, som lova å sjå "
     "på saka.",
     "nn", {"Anne Brekk", "Odd Vik"}),
    ("former_role_negotiation_nb",
     "Avtale om legevakt underskrevet\n\n"
     "Helse- og omsorgsminister Siv Hauge og KS-leder Tor Myhre signerte avtalen tirsdag 12. august.\n\n"
     "Arbeidet med avtalen ble påbegynt for to år siden av daværende ekspedisjonssjef Nina Fjell.",
     "nb", {"Siv Hauge", "Tor Myhre"}),
    ("other_meeting_chair_nn",
     "Digitalt møte om lærarutdanninga\n\n"
     "KS Agder hadde tysdag 12. august eit digitalt møte med statssekretær Mona Eik i Kunnskapsdepartementet. "
     "Fylkesstyreleiar Rune Dale leidde delegasjonen frå KS.\n\n"
     "I mai var fylkesstyret samla med statsråden i Arendal. Det møtet vart leidd av fylkesordførar Gro Li.",
     "nn", {"Mona Eik", "Rune Dale"}),
    ("other_meeting_same_morning_nb",
     "Debatt om eldreomsorgen\n\n"
     "KS inviterte til frokostmøte tirsdag 12. august. I panelet satt statssekretær Eva Strand og KS-styreleder "
     "Kjell Bø.\n\n"
     "Fagforbundet hadde sitt eget frokostseminar en etasje lenger ned, med forbundsleder Hanne Vold i panelet. "
     "Det møtet ble ledet av journalist Per Lund.",
     "nb", {"Eva Strand", "Kjell Bø"}),
    # a guard: the meeting reported, told by "Møtet", keeps its chair
    ("this_meeting_kept_nb",
     "Konsultasjonsmøte om helse\n\n"
     "KS møtte helse- og omsorgsminister Liv Tangen tirsdag 12. august. Møtet ble ledet av statssekretær Ola Fosse. "
     "Fra KS deltok styreleder Berit Nes.",
     "nb", {"Liv Tangen", "Ola Fosse", "Berit Nes"}),
]

CALLED_OFF = [
    ("postponed_title_nb",
     "Legevaktmøtet med departementet blir utsatt\n\n"
     "KS og Helse- og omsorgsdepartementet skulle ha konsultasjonsmøte torsdag 14. august, men møtet er utsatt "
     "til september fordi statsråden er på reise.\n\n"
     "– Dette setter kommunene i en vanskelig situasjon, sier nestleder i KS, Ivar Holt, til Nordby Tidende.\n\n"
     "Pressevakt Mari Aune i departementet sier at statsråden beklager.",
     "nb", set()),
    ("cancelled_visit_nn",
     "Besøket til statsråden vart avlyst\n\n"
     "Kommunal- og distriktsminister Jon Vatne skulle vitje Sogndal onsdag 13. august, men besøket vart avlyst "
     "same morgon.\n\n"
     "– Vi hadde mykje vi ville ta opp, seier ordførar Kari Nesse.",
     "nn", None),  # since round 30 a cancelled occasion is no meeting at all (gold of every set), so nobody took part
    # a guard: a project put off is no meeting put off
    ("project_postponed_meeting_held_nb",
     "Ministerbesøk i Nordby\n\n"
     "Kunnskapsminister Elin Aas besøkte Nordby skole tirsdag 12. august. Ordfører Geir Tangen tok imot "
     "statsråden.\n\n"
     "– Vi har utsatt dette bygget i seks år, sa Tangen.",
     "nb", {"Elin Aas", "Geir Tangen"}),
    # a guard: something put off told in the meeting's lead is no meeting put off
    ("told_at_meeting_postponed_plan_nn",
     "Helseministeren møtte ordførarane\n\n"
     "Helse- og omsorgsminister Siri Lund møtte ordførar Odd Berg i Stryn tysdag 12. august. På møtet fortalde "
     "Berg at kommunen har utsett utbygginga av sjukeheimen.",
     "nn", {"Siri Lund", "Odd Berg"}),
]

LISTS = [
    ("lead_in_delegation_dashes_nn",
     "Ordførarane møtte samferdselsministeren\n\n"
     "Ein delegasjon frå Valdres møtte samferdselsminister Ola Brekke i Oslo tysdag 12. august.\n\n"
     "I delegasjonen var:\n"
     "– Anne Kvam, ordførar i Vang\n"
     "– Per Hovda, ordførar i Vestre Slidre\n"
     "– Siri Bø, rådmann i Etnedal\n\n"
     "– Vegen er livsnerva vår, seier Kvam.",
     "nn", {"Ola Brekke", "Anne Kvam", "Per Hovda", "Siri Bø"}),
    ("lead_in_delegation_bullets_nb",
     "Ordførerne fra Namdal i departementet\n\n"
     "Fire ordførere møtte tirsdag 12. august statssekretær Kari Foss i Kommunal- og distriktsdepartementet.\n\n"
     "Delegasjonen:\n"
     "• Lars Moe (Sp), ordfører i Grong\n"
     "• Eva Lie (Ap), ordfører i Namsos\n"
     "• Jon Berg, fylkesleder i KS Trøndelag\n\n"
     "– Statssekretæren lyttet, sa Moe etter møtet.",
     "nb", {"Kari Foss", "Lars Moe", "Eva Lie", "Jon Berg"}),
    ("lead_in_present_var_nb",
     "Møte om heltidskultur\n\n"
     "KS, Fagforbundet og regjeringen hadde møte om deltid tirsdag 12. august.\n\n"
     "Med på møtet var:\n"
     "- Tone Rise, arbeids- og inkluderingsminister\n"
     "- Harald Lyng, styreleder i KS\n"
     "- Mette Dal, leder i Fagforbundet",
     "nb", {"Tone Rise", "Harald Lyng", "Mette Dal"}),
    ("party_lines_one_name_each_nn",
     "Referat frå møte med Kunnskapsdepartementet 12. august\n\n"
     "Frå KS: styreleiar Per Vik\n"
     "Frå departementet: statssekretær Ola Nes\n\n"
     "Møtet handla om skulebygg.",
     "nn", {"Per Vik", "Ola Nes"}),
    ("party_lines_one_name_each_blocks_nb",
     "Møte med Kunnskapsdepartementet 12. august\n\n"
     "Fra KS: styreleder Kari Lie\n\n"
     "Fra departementet: statssekretær Jon Dahl\n\n"
     "Møtet handlet om skolebygg.",
     "nb", {"Kari Lie", "Jon Dahl"}),
    ("heading_with_names_in_same_block_nn",
     "Referat frå dialogmøte med Statsforvaltaren i Vestland 12. august\n\n"
     "Til stades\n"
     "Per Lie, KS Vestland\n"
     "Kari Holm, Statsforvaltaren\n"
     "Ola Nes, Bergen kommune\n\n"
     "Sak 1: Rus",
     "nn", {"Per Lie", "Kari Holm", "Ola Nes"}),
    # a guard: a lead-in that places nobody ("Les også:") opens no list
    ("lead_in_read_also_nb",
     "Statsråden besøkte Nordby\n\n"
     "Helse- og omsorgsminister Anne Sletten besøkte Nordby sykehjem tirsdag 12. august. Ordfører Bjørn Vik tok "
     "imot statsråden.\n\n"
     "Les også:\n"
     "- Kari Haug om fastlegene\n"
     "- Per Aasen om legevakten",
     "nb", {"Anne Sletten", "Bjørn Vik"}),
]

PRESENCE = [
    ("came_with_nb",
     "Dialogmøte med statsforvalteren\n\n"
     "Horten kommune fikk besøk av Statsforvalteren i Vestfold til dialogmøte mandag 11. august. "
     "Statsforvalter Anne Moen kom sammen med to av sine direktører, Per Aas og Liv Ødegård.\n\n"
     "Ordfører Geir Strand tok imot gjestene.",
     "nb", {"Anne Moen", "Per Aas", "Liv Ødegård", "Geir Strand"}),
    ("came_with_nn",
     "Statsforvaltaren på dialogmøte\n\n"
     "Statsforvaltaren i Vestland vitja Luster måndag 11. august. Statsforvaltar Ola Nes kom saman med "
     "fagdirektør Kari Vik.\n\n"
     "Frå kommunen møtte ordførar Siv Hauge.",
     "nn", {"Ola Nes", "Kari Vik", "Siv Hauge"}),
    ("opened_passive_nb",
     "Innspillsmøte om rusreformen\n\n"
     "Kunnskapsdepartementet samlet skoleeiere til innspillsmøte om leksehjelp tirsdag 12. august.\n\n"
     "Møtet ble åpnet av statsråd Eva Lunde. KS var representert ved seniorrådgiver Tor Bakke.",
     "nb", {"Eva Lunde", "Tor Bakke"}),
    ("opened_passive_nn",
     "Fagdag om legevakt\n\n"
     "KS Innlandet inviterte til konferanse om legevakt tysdag 12. august, og statssekretær Nils Haug frå "
     "Helse- og omsorgsdepartementet kom.\n\n"
     "Konferansen vart opna av statssekretær Nils Haug. Frå KS møtte fylkesstyreleiar Anne Rye.",
     "nn", {"Nils Haug", "Anne Rye"}),
    ("chaired_hearing_nn",
     "KS på høyring i Stortinget\n\n"
     "Utdannings- og forskingskomiteen på Stortinget hadde høyring om lærarmangelen tysdag 12. august.\n\n"
     "Komitéleiar Mari Sunde (H) leidde høyringa, og nestleiar Ola Fjell la fram synet til KS.",
     "nn", {"Ola Fjell", "Mari Sunde"}),
    ("chaired_hearing_nb",
     "KS på høring i Stortinget\n\n"
     "Kommunal- og forvaltningskomiteen holdt tirsdag 12. august åpen høring om inntektssystemet.\n\n"
     "Komitéleder Jan Aasen (Ap) ledet høringen. KS var representert ved styreleder Kari Lie.",
     "nb", {"Jan Aasen", "Kari Lie"}),
    ("seated_meeting_room_nn",
     "Justisministeren på flaumbesøk\n\n"
     "Landbruks- og matminister Eva Tveit vitja Voss etter skogbrannen tysdag 12. august.\n\n"
     "Inne i møterommet sit ordførar Per Lid, varaordførar Kari Ness og brannsjef Ola Kvam.",
     "nn", {"Eva Tveit", "Per Lid", "Kari Ness", "Ola Kvam"}),
    ("seated_same_table_nb",
     "KS møtte kunnskapsministeren om skolebygg\n\n"
     "KS møtte kunnskapsministeren tirsdag 12. august. Under møtet satt rektor Kari Holm og KS-styreleder "
     "Per Sand ved samme bord som kunnskapsminister Eva Vik.",
     "nb", {"Kari Holm", "Per Sand", "Eva Vik"}),
    ("signed_passive_place_between_nb",
     "Stat, KS og leger signerte avtale\n\n"
     "Samarbeidsavtalen om digitalisering ble signert på Nordby rådhus onsdag formiddag av "
     "digitaliseringsminister Ola Strand, KS-leder Anne Lie og rådmann Per Dahl.",
     "nb", {"Ola Strand", "Anne Lie", "Per Dahl"}),
    ("signed_passive_nn",
     "Avtale om bustader underteikna\n\n"
     "Avtalen vart underteikna på Stortinget tysdag av kommunal- og distriktsminister Siri Nes og KS-leiar "
     "Tor Vik.",
     "nn", {"Siri Nes", "Tor Vik"}),
    ("written_input_instead_nn",
     "KS på høyring i Stortinget\n\n"
     "Helse- og omsorgskomiteen heldt tysdag 12. august open høyring om helsepersonell.\n\n"
     "KS var representert ved nestleiar Ola Fjell. Fylkeslege Kari Lund sende eit skriftleg innspel til "
     "komiteen.",
     "nn", {"Ola Fjell"}),
    ("written_input_instead_nb",
     "Innspillsmøte om rusreformen\n\n"
     "Helse- og omsorgsdepartementet inviterte tirsdag 12. august til innspillsmøte om rusreformen. For KS "
     "deltok seniorrådgiver Tor Bakke.\n\n"
     "Daglig leder Anne Vik i Nordby Rusforening sendte skriftlige innspill.",
     "nb", {"Tor Bakke"}),
    # a guard: a body writes first, the person after it took part
    ("written_input_body_then_person_nb",
     "KS møtte kunnskapsministeren\n\n"
     "KS sendte skriftlige innspill før møtet, og styreleder Per Lie møtte kunnskapsminister Eva Dahl tirsdag "
     "12. august.",
     "nb", {"Per Lie", "Eva Dahl"}),
    ("substitute_pronoun_nb",
     "KS møtte helseministeren\n\n"
     "KS møtte helse- og omsorgsminister Eva Dahl tirsdag 12. august. Fra KS deltok styreleder Per Lie.\n\n"
     "Nestleder Kari Holm var invitert. Hun ble erstattet av styremedlem Ola Berg.",
     "nb", {"Eva Dahl", "Per Lie", "Ola Berg"}),
    ("substitute_minister_nn",
     "KS møtte regjeringa\n\n"
     "KS møtte kommunal- og distriktsminister Siri Vik tysdag 12. august. Frå KS møtte styreleiar Odd Nes.\n\n"
     "Finansminister Lars Aune melde forfall og vart erstatta av statssekretær Mona Lid.",
     "nn", {"Siri Vik", "Odd Nes", "Mona Lid"}),
    ("names_between_var_med_nb",
     "KS møtte helseministeren\n\n"
     "KS møtte helse- og omsorgsminister Eva Dahl tirsdag 12. august om fastlegene.\n\n"
     "Fra KS var styreleder Per Lie og direktør Kari Holm med.",
     "nb", {"Eva Dahl", "Per Lie", "Kari Holm"}),
    ("names_between_var_med_nn",
     "KS møtte statsråden\n\n"
     "KS møtte kunnskapsminister Ola Brekke tysdag 12. august.\n\n"
     "Frå KS var òg nestleiar Anne Fossen med.",
     "nn", {"Ola Brekke", "Anne Fossen"}),
    ("party_genitive_reaction_nb",
     "Stat, KS og leger signerte avtale\n\n"
     "Helse- og omsorgsminister Ola Strand og KS-leder Anne Lie signerte avtalen tirsdag 12. august.\n\n"
     "Senterpartiets helsepolitiske talsperson Geir Moe mener avtalen er for svak.\n\n"
     "– Dette er for lite, og det kommer for seint, sier Moe.",
     "nb", {"Ola Strand", "Anne Lie"}),
    ("party_genitive_reaction_nn",
     "KS møtte statsråden\n\n"
     "KS møtte kommunal- og distriktsminister Siri Vik tysdag 12. august. Frå KS møtte styreleiar Odd Nes.\n\n"
     "Frps kommunalpolitiske talsperson Kari Lunde meiner møtet ikkje gav noko.\n\n"
     "– Dette var eit skodespel, seier Lunde.",
     "nn", {"Siri Vik", "Odd Nes"}),
    # a guard: a party's politician on the panel of a debate, reported in the past tense, took part
    ("party_genitive_on_panel_nb",
     "Debatt om eldreomsorgen\n\n"
     "KS inviterte til frokostmøte om eldreomsorgen tirsdag 12. august. I panelet satt statssekretær Eva Strand.\n\n"
     "Høyres stortingsrepresentant Kari Lunde mente kommunene trenger mer penger.\n\n"
     "– Vi må gjøre noe nå, sa Lunde i debatten.",
     "nb", {"Eva Strand", "Kari Lunde"}),
    ("arrived_at_meeting_nn",
     "KS møtte helseministeren\n\n"
     "KS møtte helse- og omsorgsminister Eva Dahl tysdag 12. august. Frå KS møtte styreleiar Per Lie.\n\n"
     "Seinare kom òg statssekretær Ola Nes til møtet.",
     "nn", {"Eva Dahl", "Per Lie", "Ola Nes"}),
    ("dropped_in_nb",
     "KS møtte helseministeren\n\n"
     "KS møtte helse- og omsorgsminister Eva Dahl tirsdag 12. august. Fra KS deltok styreleder Per Lie.\n\n"
     "Statssekretær Kari Bakken var innom møtet en halvtime.",
     "nb", {"Eva Dahl", "Per Lie", "Kari Bakken"}),
    ("title_first_in_sentence_nn",
     "Frokostmøte om eldreomsorga\n\n"
     "KS inviterte til frokostmøte tysdag 12. august. I panelet sat statssekretær Eva Dahl og styreleiar Per Lie. "
     "Journalist Kari Holm leidde samtalen.",
     "nn", {"Eva Dahl", "Per Lie", "Kari Holm"}),
    ("union_genitive_reaction_nb",
     "KS møtte helseministeren\n\n"
     "KS møtte helse- og omsorgsminister Eva Dahl tirsdag 12. august om fastlegene. Fra KS deltok styreleder "
     "Per Lie.\n\n"
     "Fagforbundets leder Kari Holm reagerer på at forbundet ikke var invitert.",
     "nb", {"Eva Dahl", "Per Lie"}),
    ("union_genitive_at_three_party_meeting_nn",
     "Trepartsmøte om heiltid\n\n"
     "Fagforbundet, KS og arbeids- og inkluderingsminister Tone Rise møttest tysdag 12. august om heiltid.\n\n"
     "Fagforbundets leiar Kari Holm la fram tala for statsråden.\n\n"
     "– Vi treng heile stillingar, sa Holm.",
     "nn", {"Tone Rise", "Kari Holm"}),
    ("list_mark_absent_nb",
     "Referat fra møte med Helse- og omsorgsdepartementet 12. august\n\n"
     "Til stede: Per Lie (KS), Eva Dahl (HOD), Kari Holm (KS) (forfall)",
     "nb", {"Per Lie", "Eva Dahl"}),
    ("list_mark_absent_dash_nn",
     "Referat frå møte med Kunnskapsdepartementet 12. august\n\n"
     "Til stades:\n"
     "- Ola Vik, KS\n"
     "- Siri Dahl, KD\n"
     "- Kari Holm – meldt forfall",
     "nn", {"Ola Vik", "Siri Dahl"}),
    ("sami_parliament_title_first_nb",
     "Helseministeren møtte Sametinget\n\n"
     "Helse- og omsorgsminister Eva Dahl møtte Sametinget og KS Finnmark i Karasjok tirsdag 12. august.\n\n"
     "Sametingsråd Inga Berit Sara deltok i møtet sammen med fylkesstyreleder Per Lie.",
     "nb", {"Eva Dahl", "Inga Berit Sara", "Per Lie"}),
    ("names_between_var_til_stades_nn",
     "KS møtte helseministeren\n\n"
     "KS møtte helse- og omsorgsminister Eva Dahl tysdag 12. august. Frå KS møtte styreleiar Per Lie.\n\n"
     "Elles var rådgjevar Kari Holm og seniorrådgjevar Ola Nes til stades.",
     "nn", {"Eva Dahl", "Per Lie", "Kari Holm", "Ola Nes"}),
    ("names_between_var_til_stede_nb",
     "KS møtte kunnskapsministeren\n\n"
     "KS møtte kunnskapsminister Siri Aas tirsdag 12. august. I tillegg var direktør Geir Moe til stede.",
     "nb", {"Siri Aas", "Geir Moe"}),
    ("present_adjective_nn",
     "KS møtte helseministeren\n\n"
     "KS møtte helse- og omsorgsminister Eva Dahl tysdag 12. august. Frå KS møtte styreleiar Per Lie.\n\n"
     "Også nærverande var fagdirektør Kari Holm.",
     "nn", {"Eva Dahl", "Per Lie", "Kari Holm"}),
    ("brought_without_seg_nb",
     "KS møtte helseministeren\n\n"
     "Styreleder Per Lie møtte helse- og omsorgsminister Eva Dahl tirsdag 12. august. Han hadde med direktør "
     "Kari Holm.",
     "nb", {"Eva Dahl", "Per Lie", "Kari Holm"}),
    # a guard: "var ikke til stede" is absence, not presence
    ("not_present_guard_nb",
     "Avtale signert\n\n"
     "Helse- og omsorgsminister Ola Strand og KS-leder Anne Lie signerte avtalen tirsdag 12. august. Nestleder "
     "Kari Holm var ikke til stede da avtalen ble underskrevet.",
     "nb", {"Ola Strand", "Anne Lie"}),
    ("followed_online_nb",
     "KS møtte helseministeren\n\n"
     "KS møtte helse- og omsorgsminister Eva Dahl tirsdag 12. august. Fra KS deltok styreleder Per Lie.\n\n"
     "Ordfører Jon Aas fulgte møtet digitalt fra Hammerfest.",
     "nb", {"Eva Dahl", "Per Lie", "Jon Aas"}),
    ("connected_nn",
     "KS møtte helseministeren\n\n"
     "KS møtte helse- og omsorgsminister Eva Dahl tysdag 12. august. Frå KS møtte styreleiar Per Lie.\n\n"
     "Ordførar Jon Aas var kopla på frå Vardø.",
     "nn", {"Eva Dahl", "Per Lie", "Jon Aas"}),
    ("presented_nb",
     "KS møtte helseministeren\n\n"
     "KS møtte helse- og omsorgsminister Eva Dahl tirsdag 12. august. Fra KS deltok styreleder Per Lie.\n\n"
     "Seniorrådgiver Kari Holm presenterte KS' beregninger.",
     "nb", {"Eva Dahl", "Per Lie", "Kari Holm"}),
    ("was_there_nb",
     "KS møtte helseministeren\n\n"
     "KS møtte helse- og omsorgsminister Eva Dahl tirsdag 12. august. Fra KS deltok styreleder Per Lie.\n\n"
     "Også rådgiver Kari Holm var der.",
     "nb", {"Eva Dahl", "Per Lie", "Kari Holm"}),
    ("dropped_in_nn",
     "KS møtte helseministeren\n\n"
     "KS møtte helse- og omsorgsminister Eva Dahl tysdag 12. august. Frå KS møtte styreleiar Per Lie.\n\n"
     "Statssekretær Ola Nes kom innom mot slutten av møtet.",
     "nn", {"Eva Dahl", "Per Lie", "Ola Nes"}),
    # a guard: a spectator in a parliament's gallery takes no part in its debate
    ("gallery_spectator_nn",
     "Spørjetime om legevakt\n\n"
     "Helse- og omsorgsminister Eva Dahl svarte på spørsmål om legevakta i Stortinget onsdag 13. august. "
     "Stortingsrepresentant Kari Nes (Sp) stilte spørsmålet.\n\n"
     "KS-leiar Per Lie følgde debatten frå galleriet.",
     "nn", {"Eva Dahl", "Kari Nes"}),
    ("origin_body_not_person_nb",
     "Frokostmøte om eldreomsorgen\n\n"
     "KS inviterte til frokostmøte tirsdag 12. august.\n\n"
     "Fra venstre: statssekretær Ola Berg, KS-styreleder Kari Moe og forsker Per Aune fra Nordby Analyse. "
     "Foto: KS\n\n"
     "– Eldreomsorgen må tenkes nytt, sa Moe i debatten.",
     "nb", {"Ola Berg", "Kari Moe", "Per Aune"}),
    ("fact_box_label_above_lead_in_nn",
     "Statsråden møtte KS om heildøgnsomsorg\n\n"
     "Helse- og omsorgsministeren møtte KS-leiinga til konsultasjonsmøte tysdag 12. august.\n\n"
     "– Vi treng fleire plassar, sa styreleiaren.\n\n"
     "FAKTA\nDesse deltok:\n"
     "– Kari Vik, helse- og omsorgsminister\n"
     "– Per Lund, statssekretær, Helse- og omsorgsdepartementet\n"
     "– Ola Berg, styreleiar i KS\n"
     "– Anne Moe, nestleiar i KS",
     "nn", {"Kari Vik", "Per Lund", "Ola Berg", "Anne Moe"}),
    ("with_the_named_one_and_body_first_nb",
     "Nestlederen møtte for styrelederen\n\n"
     "Konsultasjonsmøtet mellom KS og Helse- og omsorgsdepartementet ble holdt tirsdag 12. august. Første nestleder "
     "Ola Berg møtte for KS, og statssekretær Kari Vik ledet møtet.\n\n"
     "Med Berg fra KS var styremedlem Anne Moe og fagdirektør Per Lund.",
     "nb", {"Ola Berg", "Kari Vik", "Anne Moe", "Per Lund"}),
    ("came_in_for_the_last_hour_and_secretary_nn",
     "Semje om legevakt etter nattmøte\n\n"
     "KS og departementet møttest til forhandlingsmøte om legevakt torsdag 13. august. Rundt bordet sat "
     "forhandlingsleiar Ola Berg frå KS og ekspedisjonssjef Kari Vik frå departementet. I tillegg til desse kom "
     "statssekretær Per Lund frå departementet inn den siste timen, og dessutan var juridisk rådgjevar Anne Moe frå "
     "departementet sekretær for forhandlingane.",
     "nn", {"Ola Berg", "Kari Vik", "Per Lund", "Anne Moe"}),
    ("given_the_floor_speaker_between_nb",
     "Statsråden talte til ordførerne\n\n"
     "Helse- og omsorgsminister Kari Vik holdt onsdag 13. august innlegg på KS' vårkonferanse.\n\n"
     "Etter innlegget fikk styreleder i KS, Ola Berg, ordet for en kort kommentar.",
     "nb", {"Kari Vik", "Ola Berg"}),
    ("opened_the_hearing_nb",
     "Høring om eldremeldingen\n\n"
     "KS møtte i høring i Stortingets helse- og omsorgskomité tirsdag 12. august.\n\n"
     "Komiteens leder, Kari Vik, åpnet høringen. KS var representert ved direktør Ola Berg.",
     "nb", {"Kari Vik", "Ola Berg"}),
    # guards: taking someone at their word, or not taking the floor, is no speech at the occasion
    ("taken_at_the_word_nb",
     "KS møtte statsråden\n\n"
     "KS møtte kommunal- og distriktsminister Kari Vik til konsultasjonsmøte tirsdag 12. august. Fra KS deltok "
     "styreleder Ola Berg.\n\n"
     "– Vi tar statsråden på ordet, sa Berg. Rådmann Per Lund i Nordby tok imidlertid ikke ordet i debatten om "
     "saken i kommunestyret i fjor.",
     "nb", {"Kari Vik", "Ola Berg"}),
]



@pytest.mark.parametrize("raw,language,expected", cases(ELSEWHEN, CALLED_OFF, LISTS, PRESENCE))
def test_round15_participants(raw: str, language: str, expected: set[str] | None) -> None:
    assert participant_names(raw, language) == expected
