"""The counterpart of the occasion held when the text also tells another occasion (invented texts): a meeting with
another ministry called off or put off beside the one held, a plenary meeting to come in a press invitation below a
bilateral meeting, a plenary meeting named in the sentence after the occasion's own, the ministry met named in the
sentence after a heading, a quote in a heading that names the government."""
from __future__ import annotations

from datetime import date

import pytest

from extract_kit import GOV, HOD, KD, KDD, cases, extracted_meeting

PUBLISHED = date(2025, 3, 14)

CASES = [
    # (id, text, language, counterpart)
    # a meeting with another ministry called off, in the heading beside the meeting held
    ("called_off_in_heading_nb",
     "Bilateralt møte med HOD gjennomført – møtet med AID utsatt\n\n"
     "KS hadde tirsdag 11. mars bilateralt møte med Helse- og omsorgsdepartementet om legevakten. Det planlagte "
     "møtet med Arbeids- og inkluderingsdepartementet samme uke ble utsatt fordi statsråden var syk.\n\n"
     "Statssekretær Ola Brenna ledet møtet.", "nb", HOD),
    ("called_off_in_heading_nn",
     "Bilateralt møte med KD halde – møtet med HOD utsett\n\n"
     "KS hadde tysdag 11. mars bilateralt møte med Kunnskapsdepartementet om lærarmangelen. Det planlagde "
     "møtet med Helse- og omsorgsdepartementet same veke vart utsett til april.\n\n"
     "Statssekretær Kari Holm leidde møtet.", "nn", KD),
    # ... in a clause of contrast in the sentence after the heading, the other minister named as asking to move it
    ("called_off_after_contrast_nb",
     "Konsultasjonsmøte 11/3: KS tok opp legevakten\n\n"
     "Konsultasjonsmøtet mellom KS og Helse- og omsorgsdepartementet ble gjennomført som planlagt, mens møtet med "
     "Kunnskapsdepartementet som skulle vært holdt samme uke, er utsatt til etter påske. Kunnskapsminister Per "
     "Skoglund ba om å få flytte møtet.\n\n"
     "Helse- og omsorgsminister Siri Alvheim møtte sammen med en politisk rådgiver.", "nb", HOD),
    ("called_off_after_contrast_nn",
     "Konsultasjonsmøte 11/3: KS tok opp legevakta\n\n"
     "Konsultasjonsmøtet mellom KS og Helse- og omsorgsdepartementet vart halde som planlagt, medan møtet med "
     "Kunnskapsdepartementet same veke er utsett til etter påske.\n\n"
     "Helse- og omsorgsminister Siri Alvheim møtte saman med ein politisk rådgjevar.", "nn", HOD),
    # negative: a text that tells only the call-off keeps the ministry it names
    ("only_called_off_keeps_its_ministry_nb",
     "Konsultasjonsmøtet med Kunnskapsdepartementet utsatt\n\n"
     "Det bilaterale konsultasjonsmøtet mellom KS og Kunnskapsdepartementet tirsdag 11. mars er utsatt. KS "
     "beklager at møtet ikke blir holdt.", "nb", KD),
    # a bilateral meeting reported, a plenary meeting to come in a press invitation below it
    ("plenary_invitation_below_bilateral_nn",
     "Konsultasjonsmøte 11. mars: KS og kunnskapsministeren vil ha fleire lærarar\n\n"
     "KS og Kunnskapsdepartementet heldt bilateralt konsultasjonsmøte i lokala til departementet.\n\n"
     "PRESSEINVITASJON\n\nPlenumsmøte i konsultasjonsordninga\n\n"
     "Regjeringa og KS møtest til plenumsmøte i konsultasjonsordninga. Pressa er velkomen.", "nn", KD),
    ("plenary_invitation_below_bilateral_nb",
     "Konsultasjonsmøte 11. mars: KS og kunnskapsministeren vil ha flere lærere\n\n"
     "KS og Kunnskapsdepartementet holdt bilateralt konsultasjonsmøte i departementets lokaler.\n\n"
     "PRESSEINVITASJON\n\nPlenumsmøte i konsultasjonsordningen\n\n"
     "Regjeringen og KS møtes til plenumsmøte i konsultasjonsordningen. Pressen er velkommen.", "nb", KD),
    # negative: a plenary meeting with the government and no bilateral meeting stays the government's
    ("plenary_with_government_nb",
     "Møte om kommuneøkonomien\n\n"
     "KS la tirsdag 11. mars fram tallene sine. Regjeringen og KS møttes i plenumsmøtet i konsultasjonsordningen. "
     "Kommunal- og distriktsminister Lars Holm orienterte.", "nb", GOV),
    # the sentence after the occasion's own names it a plenary meeting
    ("plenary_in_next_sentence_nb",
     "Avskjed etter mange år\n\n"
     "Forrige tirsdag satt direktøren i sitt siste konsultasjonsmøte. Det var årets tredje plenumsmøte, tirsdag "
     "11. mars, med kommunal- og distriktsminister Lars Holm og finansminister Eva Dahl på den andre siden av "
     "bordet.\n\nKommunal- og distriktsminister Lars Holm takket ham i en SMS.", "nb", GOV),
    ("plenary_in_next_sentence_nn",
     "Avskil etter mange år\n\n"
     "Førre tysdag sat direktøren i sitt siste konsultasjonsmøte. Det var det tredje plenumsmøtet i år, tysdag "
     "11. mars, med kommunal- og distriktsminister Lars Holm og finansminister Eva Dahl.\n\n"
     "Kommunal- og distriktsminister Lars Holm takka han i ei melding.", "nn", GOV),
    # a heading, then the sentence naming the one ministry met; a minister of another ministry told elsewhere
    ("ministry_met_after_heading_nb",
     "Konsultasjonsmøte på Teams om økonomien\n\n"
     "Tirsdag 11. mars holdt KS og Kommunal- og distriktsdepartementet årets andre konsultasjonsmøte. Kommunal- og "
     "distriktsminister Randi Aas ledet møtet.\n\n"
     "KS-lederen viste til at finansminister Gunnar Rød samme morgen hadde sagt på en pressekonferanse at det ikke "
     "blir nye satsinger.", "nb", KDD),
    # negative: a caption after the occasion's sentence names one minister beside KS's leader; the ministers of three
    # ministries take part
    ("caption_after_occasion_names_one_minister_nb",
     "KS til regjeringen: – Kommunene har ikke mer å gå på\n\n"
     "I dagens konsultasjonsmøte om statsbudsjettet var budskapet fra KS klart.\n\n"
     "[Bilde] KS-leder Kari Berg og kommunal- og distriktsminister Lars Holm før møtet. Foto: KS\n\n"
     "Det var det andre av årets plenumsmøter. Fra regjeringen stilte kommunal- og distriktsminister Lars Holm, "
     "finansminister Eva Dahl og helse- og omsorgsminister Per Lund.", "nb", GOV),
    # a quote after a heading's colon names what a party demands, not whom KS met
    ("heading_quote_names_the_government_nb",
     "Trepartsmøte om lærermangelen: – KS og regjeringen må ta ansvar\n\n"
     "Utdanningsforbundet, KS og Kunnskapsdepartementet møttes til trepartsmøte tirsdag 11. mars. "
     "Kunnskapsdepartementet stilte med kunnskapsminister Eva Brattli og statssekretær Per Dahl.", "nb", KD),
    ("heading_quote_names_the_government_nn",
     "Trepartsmøte om lærarmangelen: – KS og regjeringa må ta ansvar\n\n"
     "Utdanningsforbundet, KS og Kunnskapsdepartementet møttest til trepartsmøte tysdag 11. mars. "
     "Kunnskapsdepartementet stilte med kunnskapsminister Eva Brattli og statssekretær Per Dahl.", "nn", KD),
    # negative: the government named before the colon is the party met
    ("heading_names_the_government_before_its_quote_nb",
     "Konsultasjonsmøte med regjeringen: – Vi er skuffet\n\n"
     "KS la fram tallene sine tirsdag 11. mars. Kommunal- og distriktsminister Lars Holm orienterte.", "nb", GOV),
]


@pytest.mark.parametrize("text, language, counterpart", cases(CASES))
def test_counterpart_of_the_occasion_held(text: str, language: str, counterpart: str) -> None:
    meeting = extracted_meeting(text, language, PUBLISHED)
    assert meeting is not None
    assert meeting.counterpart == counterpart
