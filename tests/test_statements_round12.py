"""Statements round 12: where a quotation ends and whose it is across paragraphs.

- a fact box ("FAKTA: ...", "Fakta om ...", "Les også: ...") set into the story after a quotation: its
  label and its dash items are nobody's words, not the quotation going on;
- an unattributed dash paragraph followed by a first-person paragraph without a dash (the dash lost,
  guideline 12) that closes with ", sa NN.": both paragraphs are NN's quotations, the second a direct
  statement without its attribution (not reported speech);
- a line wholly in «» without an end mark is a title or a subheading, not a quotation of the speaker
  before it;
- a quotation opened with « and closed with a double quote («...," sa NN.) is still closed.
Every sentence is written for the test (bokmål and nynorsk), with negative cases."""
from __future__ import annotations

import pytest

from extract_kit import statements_of


def rows(raw: str, language: str = "nb") -> list[tuple[str, str, str, str]]:
    return [(s.kind, s.speaker.name, s.text, s.rule) for s in statements_of(raw, language)]


FACT_BOXES = [
    ("nb", "Ordfører Eva Brandvoll i Solbakken møtte statsråden i går.\n\n– Vi trenger flere bussjåfører på "
           "skoleruta, og fylket bør betale for de lengste turene, sier Eva Brandvoll.\n\n"
           "Formannskapet sendte samme dag et brev til fylkesrådet.\n\n"
           "FAKTA: Hjemmetjenesten\n- Hjemmetjenesten gir hjelp i eget hjem til om lag 200 000 personer i alle "
           "aldre over hele landet hvert eneste år.\n- Tjenesten er et kommunalt ansvar etter loven.\n"
           "- Behovet ventes å øke kraftig mot 2040."),
    ("nn", "Ordførar Eirik Vassenden i Lysefjord tok imot statssekretæren.\n\n– Skulebussen går for tidleg for "
           "dei minste elevane i bygda vår, seier Eirik Vassenden.\n\nFormannskapet sende same dag eit brev "
           "til fylkesrådet.\n\nFakta om ordninga\n- Ordninga vart innført i 2019 etter eit krav frå "
           "kommunane om meir hjelp til dei som har størst behov for assistanse.\n"
           "- Kommunane søkjer kvart år innan 1. mars.\n- Staten dekkjer om lag halvparten av kostnadene."),
    ("nb", "Fylkesleder Hanne Stakkestad i KS Vestfold var tydelig.\n\n– Vi kan ikke fortsette slik, og det må "
           "komme penger i revidert budsjett, sa Hanne Stakkestad.\n\nFaktaboks\n"
           "- Vi i fylket har 23 kommuner.\n- Halvparten har færre enn 5000 innbyggere."),
    ("nn", "Leiar Torbjørn Aasheim i KS Innlandet møtte ministeren.\n\n– Det trengst ei heilt ny ordning for "
           "dei minste kommunane, sa Torbjørn Aasheim.\n\nFAKTA\n- Innlandet har 46 kommunar, og dei fleste av "
           "dei har hatt nedgang i folketalet kvart einaste år sidan tidleg på 2000-talet.\n"
           "- Dei fleste har under 5000 innbyggjarar."),
]


@pytest.mark.parametrize("language,raw", FACT_BOXES, ids=["fakta_nb", "fakta_om_nn", "faktaboks_nb", "fakta_alone_nn"])
def test_fact_box_items_are_no_quotation(language: str, raw: str) -> None:
    found = rows(raw, language)
    assert [r[0] for r in found] == ["direct"], found  # the quotation, and nothing from the box
    assert not any(r[2].startswith(("Hjemmetjenesten gir", "Ordninga vart", "Vi i fylket", "Innlandet har"))
                   for r in found)


def test_fact_box_label_after_a_quotation_is_no_continuation() -> None:
    raw = ("Styreleder Siv Aarstad i Museumsforeningen la fram planen.\n\n– Vi har samlet gjenstander fra "
           "hele dalen, sa Siv Aarstad.\n\nFAKTA: Utstillingen «Livet ved elva»\n- Åpner i juni\n"
           "- Viser verktøy, klær og bilder fra tre hundre år")
    found = rows(raw)
    assert found == [("direct", "Siv Aarstad", "Vi har samlet gjenstander fra hele dalen",
                      "dash_quote_trailing_attribution")]


def test_les_ogsaa_line_quoting_someone_is_no_statement() -> None:
    raw = ("Rådmann Geir Tollefsrud i Nordmark ba om mer tid.\n\n– Vi rekker ikke å bygge nye plasser innen fristen, "
           "sier Geir Tollefsrud.\n\nLes også: Statsråden: – Vi skal se på fristene\n\n"
           "Han fortalte at byggestarten er flyttet til neste vår.")
    found = rows(raw)
    assert not any("se på fristene" in r[2] for r in found)
    assert ("indirect", "Geir Tollefsrud", "byggestarten er flyttet til neste vår") in [r[:3] for r in found]


LOST_DASH = [
    ("nb", "Turistsjef Marit Kvamsdal åpnet sesongen på kaia i Bodø tirsdag.\n\n– Cruiseskipene kommer tidligere "
           "hvert år. I mai ligger det tre skip her samme dag.\n\nVi kan ikke ta imot flere uten nye "
           "toaletter. Vi vil ha en plan fra havnestyret nå, sa Kvamsdal.",
     "Marit Kvamsdal", "Cruiseskipene kommer tidligere hvert år. I mai ligger det tre skip her samme dag.",
     "Vi kan ikke ta imot flere uten nye toaletter. Vi vil ha en plan fra havnestyret nå"),
    ("nn", "Fylkesstyret i KS Sogn fekk besøk av statsråden. Oddvar Helleland leidde møtet.\n\n– Ferjene "
           "på fjorden er for gamle. Det har vi klaga på i mange år.\n\nVi treng ikkje fleire "
           "pålegg, vi treng pengar, sa Helleland etter møtet.",
     "Oddvar Helleland", "Ferjene på fjorden er for gamle. Det har vi klaga på i mange år.",
     "Vi treng ikkje fleire pålegg, vi treng pengar"),
    ("nb", "Samlingen i rådhuset varte hele dagen. Nestleder Ragnhild Solli ledet panelet.\n\n– Bibliotekene "
           "i distriktet stenger om kveldene, og det rammer ungdommen først.\n\nVi la fram et forslag om "
           "felles åpningstider i regionen, sa hun til avisen etterpå.",
     "Ragnhild Solli", "Bibliotekene i distriktet stenger om kveldene, og det rammer ungdommen først.",
     "Vi la fram et forslag om felles åpningstider i regionen"),
]


@pytest.mark.parametrize("language,raw,speaker,first,second", LOST_DASH, ids=["surname_nb", "surname_nn", "pronoun_nb"])
def test_lost_dash_continuation_closed_by_attribution(language: str, raw: str, speaker: str, first: str,
                                                      second: str) -> None:
    found = rows(raw, language)
    assert ("direct", speaker, first, "quote_before_continuation") in found
    assert ("direct", speaker, second, "continuation_closed_by_attribution") in found
    assert not [r for r in found if r[0] == "indirect"]


def test_third_person_paragraph_closed_by_attribution_does_not_claim_the_dash_paragraph() -> None:
    raw = ("Møtet varte i to timer.\n\n– Dette er en sak for hele landet, og den må løses nå.\n\n"
           "Kommunen har søkt om penger tre ganger uten å få svar, sa Ragnhild Solli.")
    found = rows(raw)
    assert not any(r[2].startswith("Dette er en sak") and r[1] == "Ragnhild Solli" for r in found)


def test_dash_after_dash_keeps_its_own_attribution() -> None:
    raw = ("Ordfører Terje Bjørgen la fram saken.\n\n– Brua har vært stengt i et halvt år.\n\n– Nå må staten komme på banen, "
           "sier Anne Lise Fjell, leder i KS Nordby.")
    found = rows(raw)
    assert ("direct", "Anne Lise Fjell", "Nå må staten komme på banen") in [r[:3] for r in found]
    assert not any(r[3] == "continuation_closed_by_attribution" for r in found)


@pytest.mark.parametrize("language,raw", [
    ("nb", "– Vi har fått nok av fine ord, sa ordfører Svein Aarvik i Nordby.\n\n«Pengene må komme nå»\n\n"
           "Statsråden svarte ikke på kravet."),
    ("nn", "– Vi har fått nok av fine ord, sa ordførar Svein Aarvik i Nordby.\n\n«Ikkje meir pengar»\n\n"
           "Statsråden svara ikkje på kravet."),
], ids=["title_nb", "title_nn"])
def test_guillemet_line_without_end_mark_is_a_title(language: str, raw: str) -> None:
    found = rows(raw, language)
    assert [r[2] for r in found] == ["Vi har fått nok av fine ord"]


def test_guillemet_sentence_after_a_quotation_still_continues() -> None:
    raw = ("– Vi har fått nok av fine ord, sa ordfører Svein Aarvik i Nordby.\n\n«Nå må staten betale for "
           "reformene den vedtar.»\n\nStatsråden svarte ikke.")
    found = rows(raw)
    assert ("direct", "Svein Aarvik", "Nå må staten betale for reformene den vedtar.") in [r[:3] for r in found]


@pytest.mark.parametrize("language,raw,speaker,words", [
    ("nb", "Leder Karin Mjøs i Idrettsrådet satt i panelet.\n\n«Hallene må holde åpent lenger på "
           "lørdagene,\" sa Mjøs.", "Karin Mjøs", "Hallene må holde åpent lenger på lørdagene"),
    ("nn", "Leiar Arne Myklebust i KS Møre var med.\n\n«Hamna treng ei ny kai før neste sommar”, "
           "seier Myklebust.", "Arne Myklebust", "Hamna treng ei ny kai før neste sommar"),
], ids=["straight_nb", "typographic_nn"])
def test_quotation_closed_by_a_double_quote(language: str, raw: str, speaker: str, words: str) -> None:
    assert ("direct", speaker, words) in [r[:3] for r in rows(raw, language)]


@pytest.mark.parametrize("language,raw,speaker,content", [
    ("nn", "Ordførar Tove Heggdal var på høyringa i Stortinget. Heggdal svara at fylket kan ta over vegen, men berre "
           "dersom bruene blir sikra og vedlikehaldet er betalt.", "Tove Heggdal",
     "fylket kan ta over vegen, men berre dersom bruene blir sikra og vedlikehaldet er betalt"),
    ("nb", "Statssekretær Jon Ove Lien møtte kommunene i Bodø. Lien svarte at flyplassen holdes åpen, og at "
           "rutene blir lyst ut på nytt.", "Jon Ove Lien",
     "flyplassen holdes åpen, og at rutene blir lyst ut på nytt"),
    ("nb", "Rådmann Liv Grøtte ble spurt om budsjettet. Hun svarer at kommunen har kuttet så langt det går, men "
           "at skolene blir skjermet.", "Liv Grøtte",
     "kommunen har kuttet så langt det går, men at skolene blir skjermet"),
], ids=["svara_nn", "svarte_nb", "svarer_pronoun_nb"])
def test_answering_with_a_clause_reports_it_whole(language: str, raw: str, speaker: str, content: str) -> None:
    assert ("indirect", speaker, content) in [r[:3] for r in rows(raw, language)]


def test_answering_a_question_reports_nothing() -> None:
    raw = "Ordfører Liv Grøtte var på høringen. Hun svarte på spørsmålet fra komiteen om budsjettet."
    assert rows(raw) == []


@pytest.mark.parametrize("language,raw,speaker,content", [
    ("nn", "Til stades: Randi Dal (leiar), Rune Heggvik.\n\nI ordskiftet peika Rune Heggvik, ordførar i Nordby, på "
           "at tilskotet ikkje dekkjer kostnadane.", "Rune Heggvik", "tilskotet ikkje dekkjer kostnadane"),
    ("nn", "Til stades: Randi Dal (leiar), Rune Heggvik.\n\nI møtet bad Rune Heggvik, ordførar i Nordby, om at "
           "staten dekkjer heile rekninga.", "Rune Heggvik", "staten dekkjer heile rekninga"),
    ("nn", "Ordførar Rune Heggvik i Nordby var klar. Difor legg Heggvik vekt på at kostnadane må dekkjast av "
           "staten.", "Rune Heggvik", "kostnadane må dekkjast av staten"),
], ids=["peika_paa", "bad_om", "legg_vekt_paa"])
def test_nynorsk_inverted_particle_verbs(language: str, raw: str, speaker: str, content: str) -> None:
    assert ("indirect", speaker, content) in [r[:3] for r in rows(raw, language)]


@pytest.mark.parametrize("language,raw,speaker,contents", [
    ("nn", "Legeforeningen sende nestleiar Håvard Lyngstad til møtet. Han peika på at mange gardsvegar er i dårleg "
           "stand, og kravde at fylket set av meir pengar til grusing.", "Håvard Lyngstad",
     ["mange gardsvegar er i dårleg stand", "fylket set av meir pengar til grusing"]),
    ("nb", "Sykepleierforeningen sendte nestleder Vigdis Lauvås. Hun pekte på at mange slutter etter få år i "
           "yrket.", "Vigdis Lauvås", ["mange slutter etter få år i yrket"]),
], ids=["org_stilte_med_nn", "org_sendte_nb"])
def test_pronoun_after_an_organisation_and_a_person_is_the_person(language: str, raw: str, speaker: str,
                                                                  contents: list[str]) -> None:
    found = [r[:3] for r in rows(raw, language)]
    for content in contents:
        assert ("indirect", speaker, content) in found


def test_pronoun_after_an_actor_alone_is_the_actor() -> None:
    raw = ("Ordførar Randi Dal var nøgd med møtet. Regjeringa har lagt fram ein plan for eldreomsorga. Ho meiner "
           "at kommunane må gjere meir sjølve.")
    assert not [r for r in rows(raw, "nn") if r[2].startswith("kommunane må")]


@pytest.mark.parametrize("language,raw,speaker", [
    ("nn", "Gjest: statsforvaltar Gunnar Lien, Statsforvaltaren i Nordland.\n\nStatsforvaltar Gunnar Lien heldt ei "
           "innleiing. Lien sa at flaumsikringa langs elva må bli ferdig før hausten.", "Gunnar Lien"),
    ("nb", "Statsforvalter Gunnar Lien innledet møtet. Han sa at flomsikringen langs elva må bli ferdig før høsten.",
     "Gunnar Lien"),
], ids=["statsforvaltar_nn", "statsforvalter_nb"])
def test_county_governor_title_is_no_part_of_the_name(language: str, raw: str, speaker: str) -> None:
    assert {r[1] for r in rows(raw, language)} == {speaker}


@pytest.mark.parametrize("language,raw,speaker,content", [
    ("nb", "Varaordfører Ingrid Vasshaug åpnet den nye skolen.\n\n– Elevene har ventet på denne gymsalen i ti år, sa "
           "Ingrid Vasshaug under åpningen.\n\nBildetekst: Ingrid Vasshaug (t.v.) og Marte Lysaker foran "
           "skolen. Foto: Per Dahl\n\nHun understreket at skolen skal være åpen for lag og foreninger.",
     "Ingrid Vasshaug", "skolen skal være åpen for lag og foreninger"),
    ("nn", "Kulturleiar Oddny Skare opna festivalen.\n\n– Vi har aldri selt så mange billettar før, sa Oddny Skare."
           "\n\nOddny Skare og Randi Lote framfor scena. Foto: Kari Fet\n\nHo la til at festivalen treng "
           "eit nytt telt til neste år.", "Oddny Skare", "festivalen treng eit nytt telt til neste år"),
], ids=["bildetekst_nb", "foto_credit_nn"])
def test_pronoun_after_a_photo_caption_is_the_story_speaker(language: str, raw: str, speaker: str,
                                                            content: str) -> None:
    assert ("indirect", speaker, content) in [r[:3] for r in rows(raw, language)]


def test_open_guillemet_paragraph_continued_without_marks() -> None:
    raw = ("Klubbleder Tone Refsnes var på årsmøtet.\n\n«Banen er full av hull etter vinteren, og barna snubler "
           "hver trening. Slik kan det ikke fortsette.\n\nVi har søkt kommunen om penger til nytt dekke i "
           "år», sier Refsnes.")
    found = rows(raw)
    assert ("direct", "Tone Refsnes", "Banen er full av hull etter vinteren, og barna snubler hver trening. Slik kan "
            "det ikke fortsette.", "quote_before_continuation") in found
    assert ("direct", "Tone Refsnes", "Vi har søkt kommunen om penger til nytt dekke i år",
            "continuation_closed_by_attribution") in found


@pytest.mark.parametrize("language,raw", [
    ("nn", "Leiar Birgit Lunde var på opninga. Lunde var særleg oppteken av korleis det nye badet skal driftast."),
    ("nb", "Ordfører Jon Skaret tok imot statsråden. Skaret la ikke skjul på hvorfor brua ble prioritert."),
    ("nb", "Samferdselsråd Tone Aasen var opptatt av hvordan tunnelen kan holdes åpen mens den "
           "blir rehabilitert."),
    ("nn", "Ordførar Jon Skaret tok imot statsråden. Han var uroleg for korleis ferja skal gå i vinter."),
], ids=["oppteken_av_kven_nn", "skjul_paa_hvorfor_nb", "opptatt_av_hvordan_nb", "uroleg_for_korleis_nn"])
def test_concern_before_an_indirect_question_reports_nothing(language: str, raw: str) -> None:
    assert rows(raw, language) == []


@pytest.mark.parametrize("language,raw,speaker,content", [
    ("nb", "Ordfører Jon Skaret tok imot statsråden. Skaret var opptatt av at tunnelen må stenges om natta.",
     "Jon Skaret", "tunnelen må stenges om natta"),
    ("nn", "Ordførar Jon Skaret tok imot statsråden. Skaret la ikkje skjul på at brua var viktigast.",
     "Jon Skaret", "brua var viktigast"),
], ids=["opptatt_av_at_nb", "skjul_paa_at_nn"])
def test_concern_with_a_content_clause_still_reports(language: str, raw: str, speaker: str, content: str) -> None:
    assert ("indirect", speaker, content) in [r[:3] for r in rows(raw, language)]


@pytest.mark.parametrize("language,raw,speaker,start", [
    ("nb", "Ordfører Gunn Lie talte på festmøtet. Hun fortalte at stadion fyller hundre år i høst.\n\n"
           "– Denne tribunen har sett mange kamper, og den skal stå i hundre år til. Men først må "
           "vi skifte taket før snøen kommer og —\n\nLie ble avbrutt av jubel fra salen.",
     "Gunn Lie", "Denne tribunen har sett mange kamper"),
    ("nn", "Ordførar Gunn Lie tala på festmøtet. Ho fortalde at stadion fyller hundre år i haust.\n\n"
           "– Denne tribunen har sett mange kampar, og han skal stå i hundre år til. Men først må "
           "vi skifte taket før snøen kjem og –\n\nLie vart avbroten av jubel frå salen.",
     "Gunn Lie", "Denne tribunen har sett mange kampar"),
], ids=["broken_off_nb", "broken_off_nn"])
def test_quotation_broken_off_with_a_dash(language: str, raw: str, speaker: str, start: str) -> None:
    assert any(r[0] == "direct" and r[1] == speaker and r[2].startswith(start) for r in rows(raw, language))
