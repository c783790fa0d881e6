"""Participants on new writers' constructions (invented texts, golden table): lists, persons elsewhere, plans,
substitutes, media and persons at the occasion."""
from __future__ import annotations

import pytest

from extract_kit import cases, participant_names


# (id, text, language, participants' names)
LISTS = [
    ("party_lines_alone_nn",
     "Referat frå dialogmøte mellom Helse- og omsorgsdepartementet og KS\n\n"
     "Møtedato: 3. april 2025\n\n"
     "Frå departementet:\nHelse- og omsorgsminister Eva Dahl\nEkspedisjonssjef Nils Berg\n\n"
     "Frå KS:\nStyreleiar Kari Moen\nDirektør Ola Strand\n\n"
     "Sak 1: Legevakt\nKS peika på at legevaktene manglar folk.",
     "nn", {"Eva Dahl", "Nils Berg", "Kari Moen", "Ola Strand"}),
    ("party_lines_alone_nb",
     "Referat fra konsultasjonsmøte mellom Kunnskapsdepartementet og KS\n\n"
     "Dato: 9. mai 2025\n\n"
     "Fra KS:\nStyreleder Anne Vold\nNestleder Geir Hovda\n\n"
     "Fra departementet:\nKunnskapsminister Tor Lunde\n\n"
     "Sak 1: Skolebygg\nKS ba om en ny rentekompensasjonsordning.",
     "nb", {"Anne Vold", "Geir Hovda", "Tor Lunde"}),
    ("lead_in_closing_paragraph_nb",
     "Innspillsmøte om barnehagen\n\n"
     "Kunnskapsminister Tor Lunde møtte partene i sektoren onsdag 8. oktober.\n\n"
     "Møtet fant sted i departementet. Til stede var blant andre:\n"
     "- Anne Vold, styreleder i KS\n- Per Aune, leder i Utdanningsforbundet\n- Liv Sande, rådmann i Nordby kommune\n\n"
     "Møtet varte i to timer.",
     "nb", {"Tor Lunde", "Anne Vold", "Per Aune", "Liv Sande"}),
    ("lead_in_closing_paragraph_nn",
     "Innspelsmøte om sjukeheimane\n\n"
     "Helse- og omsorgsminister Eva Dahl møtte partane i sektoren onsdag 8. oktober.\n\n"
     "Møtet vart halde i departementet. Til stades var mellom andre:\n"
     "- Kari Moen, styreleiar i KS\n- Odd Rye, leiar i Fagforbundet Vest\n\n"
     "Møtet varte i to timar.",
     "nn", {"Eva Dahl", "Kari Moen", "Odd Rye"}),
]

ELSEWHERE = [
    ("similar_meeting_there_nb",
     "Statsråden møtte kommunene\n\n"
     "Digitaliseringsminister Siv Lie møtte KS og kommunene torsdag 7. november. Fra KS deltok styreleder "
     "Anne Vold.\n\n"
     "Et tilsvarende møte med fylkeskommunene ble holdt 2. oktober. Der deltok blant andre fylkesordfører Knut Berge.",
     "nb", {"Siv Lie", "Anne Vold"}),
    ("own_meeting_day_before_nn",
     "Vinje på høyring\n\n"
     "Ordførar Sigrid Aas representerte kommunen på høyringa i finanskomiteen onsdag 23. oktober.\n\n"
     "Dagen før hadde ordføraren eit eige møte med benken frå fylket, der mellom andre Jon Tveit (H) var til stades.",
     "nn", {"Sigrid Aas"}),
    ("opened_day_before_nb",
     "KS-lederen holdt foredrag\n\n"
     "KS-leder Anne Vold holdt foredrag på landsmøtet til Utdanningsforbundet torsdag.\n\n"
     "Landsmøtet ble åpnet dagen før av forbundsleder Kjell Rud.",
     "nb", {"Anne Vold"}),
]

PLANNED = [
    ("fell_ill_nn",
     "Frukostmøte om e-helse\n\n"
     "KS Vest heldt frukostmøte om e-helse tysdag 4. mars. Rådgjevar Ola Strand innleidde, og ordførar Liv Sande "
     "sat i panelet.\n\n"
     "Fylkesstyreleiar Brit Nes skulle sitje i panelet, men vart sjuk.",
     "nn", {"Ola Strand", "Liv Sande"}),
    ("fell_ill_nb",
     "Frokostmøte om velferdsteknologi\n\n"
     "KS Øst holdt frokostmøte om velferdsteknologi tirsdag 4. mars. Rådgiver Ola Strand innledet, og ordfører "
     "Liv Sande satt i panelet.\n\n"
     "Fylkesstyreleder Brit Nes ble syk og måtte stå over.",
     "nb", {"Ola Strand", "Liv Sande"}),
    ("could_not_travel_nb",
     "Ordførere møtte statsråden\n\n"
     "En delegasjon fra Nordby-regionen møtte finansminister Arne Dal i Oslo onsdag 12. mars. Delegasjonen besto "
     "av ordfører Eva Lind og regiondirektør Kåre Holt.\n\n"
     "Ordfører Per Myr tok initiativ til møtet, men kunne ikke reise på grunn av et kommunestyremøte.",
     "nb", {"Arne Dal", "Eva Lind", "Kåre Holt"}),
    ("could_not_travel_nn",
     "Ordførarar møtte statsråden\n\n"
     "Ein delegasjon frå Nordby-regionen møtte finansminister Arne Dal i Oslo onsdag 12. mars. Delegasjonen var "
     "ordførar Eva Lind og regiondirektør Kåre Holt.\n\n"
     "Ordførar Per Myr kunne ikkje vere med fordi han var på reise.",
     "nn", {"Arne Dal", "Eva Lind", "Kåre Holt"}),
    ("was_to_have_nb",
     "KS møtte kulturministeren\n\n"
     "KS møtte kultur- og likestillingsminister Mona Bakke mandag 3. februar. Fra KS deltok styreleder Anne Vold.\n\n"
     "Nestleder Geir Hovda skulle også ha deltatt.",
     "nb", {"Mona Bakke", "Anne Vold"}),
    ("invited_to_speak_ahead_nn",
     "Protokoll frå fylkesstyret i KS Nordby\n\n"
     "Fylkesstyret i KS Nordby møtte statssekretær Lars Vik måndag 3. februar. Fylkesstyreleiar Tone Bø leidde "
     "møtet.\n\n"
     "Sak 3: Fylkesmøtet\nFylkesmøtet vert halde i april. Styreleiar Anne Vold er invitert som innleiar.",
     "nn", {"Lars Vik", "Tone Bø"}),
    ("invited_to_speak_ahead_nb",
     "KS Nordby møtte statssekretæren\n\n"
     "Fylkesstyret i KS Nordby møtte statssekretær Lars Vik mandag 3. februar. Fylkesstyreleder Tone Bø ledet "
     "møtet.\n\n"
     "Til høstens fylkesmøte er styreleder Anne Vold invitert til å innlede.",
     "nb", {"Lars Vik", "Tone Bø"}),
]

SUBSTITUTES = [
    ("substitute_in_absence_field_nn",
     "Protokoll frå fylkesstyremøte i KS Nordby\n\n"
     "Møtedato: 6. mars 2025\n"
     "Til stades: Fylkesstyreleiar Tone Bø, nestleiar Arne Skog\n"
     "Forfall: Styremedlem Per Myr. Vararepresentant Kari Lunde møtte for han.\n"
     "\n"
     "Sak 1: Kommuneøkonomi\nFylkesstyret drøfta budsjettet.",
     "nn", {"Tone Bø", "Arne Skog", "Kari Lunde"}),
]

MEDIA = [
    ("told_a_paper_later_nb",
     "Ny avtale om heltid\n\n"
     "Fagforbundet og KS skrev onsdag 5. februar under på en avtale om heltid. Avtalen ble signert av "
     "forbundsleder Randi Sund og KS-leder Anne Vold.\n\n"
     "Forsker Lise Hauge ved NOVA mener avtalen er for vag.\n\n"
     "– Målene må bli tydeligere, sier Hauge til Fjordabladet.",
     "nb", {"Randi Sund", "Anne Vold"}),
    ("told_a_paper_later_nn",
     "Ny avtale om heiltid\n\n"
     "Fagforbundet og KS skreiv onsdag 5. februar under på ein avtale om heiltid. Avtalen vart signert av "
     "forbundsleiar Randi Sund og KS-leiar Anne Vold.\n\n"
     "Forskar Lise Hauge ved NOVA meiner avtalen er for vag.\n\n"
     "– Måla må bli tydelegare, seier Hauge til lokalavisa.",
     "nn", {"Randi Sund", "Anne Vold"}),
    # a guard: a party's own leader who tells a news agency of the meeting took part
    ("party_leader_told_agency_nn",
     "KS møtte kunnskapsministeren om lærarmangel\n\n"
     "KS møtte kunnskapsminister Tor Lunde om lærarmangelen tysdag 4. mars. Styreleiar i KS, Anne Vold, seier at "
     "kommunane har venta lenge på ein plan.\n\n"
     "– Staten må betale for fleire studieplassar, seier Vold til NTB.",
     "nn", {"Tor Lunde", "Anne Vold"}),
]

AT_THE_OCCASION = [
    ("raised_in_the_meeting_nb",
     "Innspillsmøte om idrettsanlegg\n\n"
     "Kultur- og likestillingsminister Mona Bakke møtte KS og kommunene om idrettsanlegg mandag 10. februar. Fra KS "
     "deltok styreleder Anne Vold.\n\n"
     "Generalsekretær i Norges Padleforbund, Odd Rye, tok i møtet opp at klubbene mangler lagerplass.",
     "nb", {"Mona Bakke", "Anne Vold", "Odd Rye"}),
    ("raised_in_the_meeting_nn",
     "Innspelsmøte om idrettsanlegg\n\n"
     "Kultur- og likestillingsminister Mona Bakke møtte KS og kommunane om idrettsanlegg måndag 10. februar. Frå KS "
     "deltok styreleiar Anne Vold.\n\n"
     "Dagleg leiar i Vestlandske Padlarlag, Odd Rye, tok på møtet opp at klubbane manglar lagerplass.",
     "nn", {"Mona Bakke", "Anne Vold", "Odd Rye"}),
    # a guard: a body's voice with no placement at the occasion stays apart
    ("body_apart_not_placed_nb",
     "Innspillsmøte om idrettsanlegg\n\n"
     "Kultur- og likestillingsminister Mona Bakke møtte KS om idrettsanlegg mandag 10. februar. Fra KS "
     "deltok styreleder Anne Vold.\n\n"
     "Generalsekretær i Norges Padleforbund, Odd Rye, sier at klubbene mangler lagerplass.",
     "nb", {"Mona Bakke", "Anne Vold"}),
    # a guard: a matter to be taken into a meeting ahead places no one at the occasion reported
    ("taken_into_meeting_ahead_nn",
     "Fylkestinget vedtok fråsegn om skulebygg\n\n"
     "Fylkestinget i Nordby vedtok tysdag 11. mars ei fråsegn om skulebygg. Fylkesordførar Liv Sande la fram "
     "saka.\n\n"
     "Fylkesstyreleiar i KS Nordby, Per Myr, seier at KS vil ta fråsegna med seg inn i dialogmøtet med departementet.",
     "nn", {"Liv Sande"}),
]


@pytest.mark.parametrize("raw,language,expected", cases(LISTS, ELSEWHERE, PLANNED, SUBSTITUTES, MEDIA, AT_THE_OCCASION))
def test_round16_participants(raw: str, language: str, expected: set[str]) -> None:
    assert participant_names(raw, language) == expected
