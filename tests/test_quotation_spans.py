"""Where a quotation ends and whose it is (invented texts): fact boxes, "les også" lines, lost dashes, guillemets,
double quotes, a quotation cut off above a note or broken off with a dash."""
from __future__ import annotations

import pytest

from extract_kit import cases, rows_with_rule, rows_without_full_stop, statements_of


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
    found = rows_with_rule(raw, language)
    assert [r[0] for r in found] == ["direct"], found  # the quotation, and nothing from the box
    assert not any(r[2].startswith(("Hjemmetjenesten gir", "Ordninga vart", "Vi i fylket", "Innlandet har"))
                   for r in found)


def test_fact_box_label_after_a_quotation_is_no_continuation() -> None:
    raw = ("Styreleder Siv Aarstad i Museumsforeningen la fram planen.\n\n– Vi har samlet gjenstander fra "
           "hele dalen, sa Siv Aarstad.\n\nFAKTA: Utstillingen «Livet ved elva»\n- Åpner i juni\n"
           "- Viser verktøy, klær og bilder fra tre hundre år")
    found = rows_with_rule(raw)
    assert found == [("direct", "Siv Aarstad", "Vi har samlet gjenstander fra hele dalen",
                      "dash_quote_trailing_attribution")]


def test_les_ogsaa_line_quoting_someone_is_no_statement() -> None:
    raw = ("Rådmann Geir Tollefsrud i Nordmark ba om mer tid.\n\n– Vi rekker ikke å bygge nye plasser innen fristen, "
           "sier Geir Tollefsrud.\n\nLes også: Statsråden: – Vi skal se på fristene\n\n"
           "Han fortalte at byggestarten er flyttet til neste vår.")
    found = rows_with_rule(raw)
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
    found = rows_with_rule(raw, language)
    assert ("direct", speaker, first, "quote_before_continuation") in found
    assert ("direct", speaker, second, "continuation_closed_by_attribution") in found
    assert not [r for r in found if r[0] == "indirect"]


def test_third_person_paragraph_closed_by_attribution_does_not_claim_the_dash_paragraph() -> None:
    raw = ("Møtet varte i to timer.\n\n– Dette er en sak for hele landet, og den må løses nå.\n\n"
           "Kommunen har søkt om penger tre ganger uten å få svar, sa Ragnhild Solli.")
    found = rows_with_rule(raw)
    assert not any(r[2].startswith("Dette er en sak") and r[1] == "Ragnhild Solli" for r in found)


def test_dash_after_dash_keeps_its_own_attribution() -> None:
    raw = ("Ordfører Terje Bjørgen la fram saken.\n\n– Brua har vært stengt i et halvt år.\n\n– Nå må staten komme på banen, "
           "sier Anne Lise Fjell, leder i KS Nordby.")
    found = rows_with_rule(raw)
    assert ("direct", "Anne Lise Fjell", "Nå må staten komme på banen") in [r[:3] for r in found]
    assert not any(r[3] == "continuation_closed_by_attribution" for r in found)


DASH_LOST = [
    ("after_quote_nn", "nn",
     "Styreleiar Kari Dal la fram KS sine tal.\n\n– Vi har brukt meir på vikarar enn nokon gong, sa Dal.\n\n"
     "Ein kan ikkje berre rope på fleire folk, sa Dal.",
     ("direct", "Kari Dal", "Ein kan ikkje berre rope på fleire folk")),
    ("after_narrative_nn", "nn",
     "Styreleiar Kari Dal la fram KS sine tal.\n\nKommunane har brukt meir på vikarar enn nokon gong, sa Dal.",
     ("indirect", "Kari Dal", "Kommunane har brukt meir på vikarar enn nokon gong")),
    ("opening_paragraph_also_nb", "nb",
     "Statsråd Per Olav Lunde møtte KS.\n\n– Vi ser på ordningen, sa Lunde.\n\n"
     "Målet må være at pasienten får hjelp på rett sted, sa han også.",
     ("direct", "Per Olav Lunde", "Målet må være at pasienten får hjelp på rett sted")),
    ("inside_narrative_nb", "nb",
     "Ordfører Kari Dal la fram tall fra kommunen. I fjor måtte kommunen leie inn vikarer for tolv millioner "
     "kroner, fortalte hun.",
     ("indirect", "Kari Dal", "I fjor måtte kommunen leie inn vikarer for tolv millioner kroner")),
]


@pytest.mark.parametrize("language,raw,expected", cases(DASH_LOST))
def test_a_paragraph_closed_by_its_attribution_is_a_quotation(language: str, raw: str,
                                                              expected: tuple[str, str, str]) -> None:
    assert expected in rows_without_full_stop(raw, language)


@pytest.mark.parametrize("language,raw", [
    ("nb", "– Vi har fått nok av fine ord, sa ordfører Svein Aarvik i Nordby.\n\n«Pengene må komme nå»\n\n"
           "Statsråden svarte ikke på kravet."),
    ("nn", "– Vi har fått nok av fine ord, sa ordførar Svein Aarvik i Nordby.\n\n«Ikkje meir pengar»\n\n"
           "Statsråden svara ikkje på kravet."),
], ids=["title_nb", "title_nn"])
def test_guillemet_line_without_end_mark_is_a_title(language: str, raw: str) -> None:
    found = rows_with_rule(raw, language)
    assert [r[2] for r in found] == ["Vi har fått nok av fine ord"]


def test_guillemet_sentence_after_a_quotation_still_continues() -> None:
    raw = ("– Vi har fått nok av fine ord, sa ordfører Svein Aarvik i Nordby.\n\n«Nå må staten betale for "
           "reformene den vedtar.»\n\nStatsråden svarte ikke.")
    found = rows_with_rule(raw)
    assert ("direct", "Svein Aarvik", "Nå må staten betale for reformene den vedtar.") in [r[:3] for r in found]


def test_open_guillemet_paragraph_continued_without_marks() -> None:
    raw = ("Klubbleder Tone Refsnes var på årsmøtet.\n\n«Banen er full av hull etter vinteren, og barna snubler "
           "hver trening. Slik kan det ikke fortsette.\n\nVi har søkt kommunen om penger til nytt dekke i "
           "år», sier Refsnes.")
    found = rows_with_rule(raw)
    assert ("direct", "Tone Refsnes", "Banen er full av hull etter vinteren, og barna snubler hver trening. Slik kan "
            "det ikke fortsette.", "quote_before_continuation") in found
    assert ("direct", "Tone Refsnes", "Vi har søkt kommunen om penger til nytt dekke i år",
            "continuation_closed_by_attribution") in found


@pytest.mark.parametrize("language,raw,speaker,words", [
    ("nb", "Leder Karin Mjøs i Idrettsrådet satt i panelet.\n\n«Hallene må holde åpent lenger på "
           "lørdagene,\" sa Mjøs.", "Karin Mjøs", "Hallene må holde åpent lenger på lørdagene"),
    ("nn", "Leiar Arne Myklebust i KS Møre var med.\n\n«Hamna treng ei ny kai før neste sommar”, "
           "seier Myklebust.", "Arne Myklebust", "Hamna treng ei ny kai før neste sommar"),
], ids=["straight_nb", "typographic_nn"])
def test_quotation_closed_by_a_double_quote(language: str, raw: str, speaker: str, words: str) -> None:
    assert ("direct", speaker, words) in [r[:3] for r in rows_with_rule(raw, language)]


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
    assert any(r[0] == "direct" and r[1] == speaker and r[2].startswith(start) for r in rows_with_rule(raw, language))


CUT_OFF = [
    ("update_note_nb", "nb",
     "Møtet ble utsatt.\n\nLeder Kari Holm sier utsettelsen sender et dårlig signal.\n\n"
     "– Vi har mange uten fastlege. Det haster.\n\nHun mener departementet bør invitere foreningen inn.\n\n"
     "– Vi er jo de som kjenner legene best. Det burde være en selvfølge\n\n(Saken oppdateres)",
     ("direct", "Kari Holm", "Vi er jo de som kjenner legene best. Det burde være en selvfølge")),
    ("buttons_nn", "nn",
     "Ordførar Siri Haugen tok imot statsråden.\n\n– Vi treng fleire sjukepleiarar, sa Haugen.\n\n"
     "Ho meiner staten må hjelpe dei minste kommunane.\n\n"
     "– Vi kan ikkje love pengar i dag. Men vi kan love at vi skal sjå på\n\nDel artikkelen | Tips oss",
     ("direct", "Siri Haugen", "Vi kan ikkje love pengar i dag. Men vi kan love at vi skal sjå på")),
]


@pytest.mark.parametrize("language,raw,expected", cases(CUT_OFF))
def test_a_quotation_cut_off_above_a_note_is_still_one(language: str, raw: str, expected: tuple[str, str, str]) -> None:
    assert expected in rows_without_full_stop(raw, language)


@pytest.mark.parametrize("language,raw,words", [
    ("nb", "Ordfører Kari Dal sier til avisa at kuttet i tilskuddet er «helt uforståelig».", "helt uforståelig"),
    ("nb", "Ordfører Kari Dal sier at økningen i rammen «forsvinner i lønnsoppgjøret».", "forsvinner i lønnsoppgjøret"),
    ("nn", "Ordførar Per Lund sa at staten og kommunane må «slutte å byggje kvar sine system».",
     "slutte å byggje kvar sine system"),
], ids=["adjective_nb", "verb_nb", "verb_nn"])
def test_guillemets_going_on_with_the_reported_predicate_are_no_quotation(language: str, raw: str, words: str) -> None:
    found = [(s.kind, s.text) for s in statements_of(raw, language)]
    assert not any(kind == "direct" for kind, _ in found)
    assert any(kind == "indirect" and words in text for kind, text in found)


@pytest.mark.parametrize("language,raw,words", [
    ("nb", "Ordfører Kari Dal sier at planen er «et dokument med mange fine ord og lite penger».",
     "et dokument med mange fine ord og lite penger"),
    ("nn", "Ordførar Per Lund sa at han vil kome tilbake til saka «i løpet av våren».", "i løpet av våren"),
], ids=["noun_phrase_nb", "adverbial_nn"])
def test_guillemets_quoting_a_phrase_inside_reported_words_stay_a_quotation(language: str, raw: str,
                                                                             words: str) -> None:
    assert any(s.kind == "direct" and s.text == words for s in statements_of(raw, language))
