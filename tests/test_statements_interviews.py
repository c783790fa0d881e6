"""Interviews in every printed form: the answers are the interviewee's words, the questions nobody's.

Layouts: dash questions and dash answers; plain question lines and dash, «quoted» or plain answers
(answers running over several paragraphs); speaker labels (the medium's name, the interviewee's
surname, initials, "Spørsmål:" / "Svar:", with or without a dash). Negative cases: rhetorical
questions in a talk or an opinion piece, a question line with nobody announced, a fact line after
the last answer, a paragraph among the answers that speaks of the interviewee in the third person.
Every text is invented for the test, in bokmål and nynorsk."""
from __future__ import annotations

import pytest

from extract_kit import statements_of


def rows(raw: str, language: str = "nb") -> list[tuple[str, str, str]]:
    return [(s.kind, s.speaker.name, s.text) for s in statements_of(raw, language)]


def starts(raw: str, language: str = "nb") -> list[tuple[str, str]]:
    """(speaker, first four words) of each direct statement."""
    return [(s.speaker.name, " ".join(s.text.split()[:4])) for s in statements_of(raw, language) if s.kind == "direct"]


PLAIN_NB = """Ny leder vil ha mer penger til skolene

Torunn Lio Berge ble valgt til fylkesleder i forrige uke. Hun har vært ordfører i Kvamsøy i åtte år.

Lokalavisa slo av en prat med henne etter valget.

Hva blir den første saken du tar tak i?

Skolebyggene. Halvparten av dem er over femti år gamle, og vi har ikke råd til å pusse dem opp selv.

Staten bør gi rentefrie lån til skolebygg, slik det ble gjort for sykehjemmene for noen år siden.

Fylket har fått kritikk for dårlig samarbeid med kommunene. Er den fortjent?

Delvis. Vi har vært for dårlige til å lytte, og det skal jeg gjøre noe med.

Hva med kollektivtrafikken?

Den er et fylkesansvar, og vi må prioritere bussene til skolene før alt annet.

Torunn Lio Berge (51)
- Ordfører i Kvamsøy siden 2019
- Utdannet lærer
"""

PLAIN_NN = """Fødestova i Lyngvik står på spel

Ordførar Sigve Haugland i Lyngvik har sete i styret for KS Vestland sidan i vår.

Vi snakka med ordføraren før møtet med helseministeren.

Kva vil du seie til statsråden i dag?

At fødestova er det viktigaste tilbodet vi har for unge familiar i dalen. Utan henne flyttar folk.

Kva er det de ber om?

Vi ber om at staten gjev helseføretaket pengar nok til å halde fødestova open heile året.

Er det realistisk?

Eg trur det. Vi har fått med oss alle kommunane i regionen.

Haugland har med seg eit opprop med over 4000 underskrifter.
"""


def test_plain_answers_over_several_paragraphs_nb() -> None:
    assert starts(PLAIN_NB) == [
        ("Torunn Lio Berge", "Skolebyggene. Halvparten av dem"),
        ("Torunn Lio Berge", "Staten bør gi rentefrie"),
        ("Torunn Lio Berge", "Delvis. Vi har vært"),
        ("Torunn Lio Berge", "Den er et fylkesansvar,"),
    ]


def test_plain_answers_nn_end_at_the_writers_paragraph() -> None:
    found = starts(PLAIN_NN, "nn")
    assert found == [
        ("Sigve Haugland", "At fødestova er det"),
        ("Sigve Haugland", "Vi ber om at"),
        ("Sigve Haugland", "Eg trur det. Vi"),
    ], found


LABELLED = [
    ("nb", """Statsråden lovet ingenting i Nordby

Kommunal- og distriktsminister Eirik Vaage Lunde besøkte Nordby rådhus tirsdag.

Nordby Avis: Kommer det mer penger til kommunen?

Vaage Lunde: – Det kan jeg ikke love i dag. Men jeg tar med meg det ordføreren har sagt.

Nordby Avis: Er skjønnsmidlene store nok?

Vaage Lunde: – De ble økt i fjor, og vi følger med på om de treffer.
""", "Eirik Vaage Lunde", ["Det kan jeg ikke", "De ble økt i"]),
    ("nn", """Statsråden lova ingenting i Nordby

Helseminister Gunvor Bryne Aas vitja sjukeheimen i Nordby onsdag.

Fjordabladet: Kjem det meir pengar til sjukeheimane?

Bryne Aas: Eg lovar ingenting i dag. Men eg har høyrt kva de seier.

Fjordabladet: Kva tek du med deg heim?

Bryne Aas: At dei tilsette her gjer ein stor jobb kvar dag.
""", "Gunvor Bryne Aas", ["Eg lovar ingenting i", "At dei tilsette her"]),
    ("nb", """Fem spørsmål til fylkeslederen

Fylkesleder Randi Moe Solvang i KS Nordland svarer på spørsmål om budsjettet.

NA: Hva betyr budsjettet for kommunene i Nordland?

RMS: Det betyr færre lærere og lengre ventetid på sykehjemsplass. Det er alvorlig.

NA: Hva ber dere om?

RMS: Vi ber om at frie inntekter økes med minst to milliarder kroner.
""", "Randi Moe Solvang", ["Det betyr færre lærere", "Vi ber om at"]),
    ("nb", """Intervju: Ordføreren om legevakten

Avisa har snakket med ordfører Per Olav Tveit i Bjørkvik.

Spørsmål: Hvorfor vil dere ha legevakten tilbake?

Svar: Fordi folk må kjøre i to timer for å komme til lege om natten. Det er ikke forsvarlig.

Spørsmål: Hva har dere bedt helseministeren om?

Svar: Vi har bedt om at staten tar en større del av kostnadene til legevakt i små kommuner.
""", "Per Olav Tveit", ["Fordi folk må kjøre", "Vi har bedt om"]),
    ("nn", """Intervju: Leiaren om rekrutteringa

Vi snakka med leiar Oddny Rustøen i KS Møre og Romsdal.

Spørsmål: Kvifor manglar kommunane sjukepleiarar?

Svar: Fordi utdanninga ligg langt unna, og dei unge blir verande der dei studerer.

Spørsmål: Kva må staten gjere?

Svar: Staten må gje fleire studieplassar ute i distrikta, og det må skje no.
""", "Oddny Rustøen", ["Fordi utdanninga ligg langt", "Staten må gje fleire"]),
]


@pytest.mark.parametrize("language,raw,speaker,expected", LABELLED,
                         ids=["medium_surname_dash_nb", "medium_surname_no_dash_nn", "initials_nb",
                              "sporsmal_svar_nb", "sporsmal_svar_nn"])
def test_labelled_answers(language: str, raw: str, speaker: str, expected: list[str]) -> None:
    found = starts(raw, language)
    assert found == [(speaker, e) for e in expected], found


QUOTED = [
    ("nb", """Avisa snakket med styreleder Marte Kilen Aas etter konsultasjonsmøtet.

Fikk dere gjennomslag?

«Delvis. Regjeringen lyttet, men pengene kom ikke.»

Hva skjer nå?

«Vi tar saken opp igjen i neste møte, og vi gir oss ikke.»
""", "Marte Kilen Aas", ["Delvis. Regjeringen lyttet, men", "Vi tar saken opp"]),
    ("nn", """Avisa snakka med fylkesleiar Jostein Fardal etter møtet.

– Fekk de svar frå departementet?

«Nei, men vi fekk lova eit nytt møte før sommaren.»

– Er de nøgde?

«Ikkje før vi ser pengane på bordet.»
""", "Jostein Fardal", ["Nei, men vi fekk", "Ikkje før vi ser"]),
]


@pytest.mark.parametrize("language,raw,speaker,expected", QUOTED, ids=["plain_question_quoted_answer_nb",
                                                                       "dash_question_quoted_answer_nn"])
def test_quoted_answers(language: str, raw: str, speaker: str, expected: list[str]) -> None:
    found = starts(raw, language)
    assert found == [(speaker, e) for e in expected], found


def test_labelled_answer_goes_on_in_a_plain_first_person_paragraph() -> None:
    raw = """Budsjettet er for stramt, mener KS

Styreleder Helga Marstein i KS møtte avisa i Oslo.

Avisa: Er budsjettet godt nok?

Marstein: – Nei. Kostnadene har vokst langt mer enn regjeringen har lagt til grunn.

Derfor ber vi om at kommunene blir kompensert fullt ut for lønnsveksten i revidert budsjett.

Avisa: Hva gjør dere nå?

Marstein: – Vi tar det opp i konsultasjonsmøtet.
"""
    found = starts(raw)
    assert ("Helga Marstein", "Derfor ber vi om") in found, found
    assert len(found) == 3, found


NEGATIVE = [
    # a talk with rhetorical questions, answered by the speaker in her own words: no interview
    ("talk_rhetorical_nb", "nb", """Tale av fylkesleder Ingrid Solnes på fylkestinget

Kjære alle sammen.

Hva trenger kommunene nå?

Vi trenger forutsigbarhet. Vi trenger at staten holder det den lover.

Hva gjør vi hvis det ikke skjer?

Da må vi stå sammen, slik vi har gjort før, og kreve at løftene blir holdt.
"""),
    # an opinion piece: one question, then the writer's answer
    ("opinion_one_question_nn", "nn", """Kronikk: Kven skal betale for rassikringa?

Av Ragnvald Tverberg, ordførar i Fjellbygd

Vegen til bygda vår var stengd i elleve døgn i vinter. Kven skal betale for at det ikkje skjer att?

Svaret er enkelt. Staten har ansvaret for riksvegane, og staten må ta rekninga.
"""),
    # plain question lines and plain paragraphs, but no interview announced
    ("no_one_announced_nb", "nb", """Møtet i kommunestyret

Kommunestyret behandlet budsjettet torsdag. Rådmann Geir Vatne la fram saken.

Hva betyr det for skolene?

Skolene får mindre penger neste år, og to av dem kan bli lagt ned.

Hva med eldreomsorgen?

Eldreomsorgen skjermes, men det blir færre plasser på dagsenteret.
"""),
]


@pytest.mark.parametrize("name,language,raw", NEGATIVE, ids=[n[0] for n in NEGATIVE])
def test_no_interview_without_one(name: str, language: str, raw: str) -> None:
    assert [r for r in rows(raw, language) if r[0] == "direct"] == []


def test_questions_are_never_statements() -> None:
    raw = """Avisa snakket med ordfører Liv Haugen Bråten etter møtet.

Statsråden sa i går at det ikke kommer mer penger. Hva tenker du om det?

Det er skuffende, men vi gir oss ikke.

Hva gjør dere nå?

Vi sender et nytt brev til departementet og ber om et møte.
"""
    found = rows(raw)
    assert [r[0] for r in found] == ["direct", "direct"], found
    assert all(r[1] == "Liv Haugen Bråten" for r in found)


def test_third_person_paragraph_ends_a_plain_answer() -> None:
    raw = """Avisa tok en prat med rådmann Nils Rødal i Bergvik.

Hvor mye mangler kommunen?

Rundt tretti millioner kroner neste år, og det er mer enn vi klarer å kutte.

Rødal viser til at kommunen har kuttet i fem år på rad.

Hva ber dere om?

Vi ber om at staten gir et ekstra skjønnstilskudd til kommuner med store utgifter.
"""
    found = rows(raw)
    assert ("direct", "Nils Rødal", "Rundt tretti millioner kroner neste år, og det er mer enn vi klarer å kutte.") \
        in found or ("direct", "Nils Rødal", "Rundt tretti millioner kroner neste år, og det er mer enn vi klarer å "
                     "kutte") in found, found
    assert not any(r[0] == "direct" and r[2].startswith("Rødal viser") for r in found), found
    assert ("indirect", "Nils Rødal", "kommunen har kuttet i fem år på rad") in found, found


ANNOUNCED = [
    # the interviewee answers: "NN svarer på spørsmål"; a long question with its background after an answer
    ("nb", """Fem spørsmål om eldreomsorgen

Helse- og omsorgsdirektør Siri Vold Hamre i KS svarer på spørsmål om statsbudsjettet.

Får kommunene nok penger til eldreomsorgen?

Nei. Veksten i frie inntekter dekker ikke engang den demografiske utviklingen.

Regjeringen har lovet en egen satsing på heltid. Mange ansatte i hjemmetjenesten jobber likevel deltid mot sin vilje. Hva må til?

Arbeidsgiverne må lyse ut flere hele stillinger, og staten må betale for turnusforsøkene.
""", "Siri Vold Hamre", ["Nei. Veksten i frie", "Arbeidsgiverne må lyse ut"]),
    # the interviewee asked: "Vi stilte ordføraren tre spørsmål"
    ("nn", """Tre spørsmål til ordføraren

Ordførar Åsmund Lien Tveit i Fjellbygd møtte statsråden i går. Vi stilte ordføraren tre spørsmål etter møtet.

Kva sa statsråden om vegen?

Ho lova å sjå på saka, men ho lova ingen pengar.

Er du nøgd?

Nei. Vi treng ei løysing før neste vinter.
""", "Åsmund Lien Tveit", ["Ho lova å sjå", "Nei. Vi treng ei"]),
]


@pytest.mark.parametrize("language,raw,speaker,expected", ANNOUNCED, ids=["answers_questions_nb", "asked_questions_nn"])
def test_interviews_announced_by_the_questions(language: str, raw: str, speaker: str, expected: list[str]) -> None:
    found = starts(raw, language)
    assert found == [(speaker, e) for e in expected], found


def test_plain_answer_closed_by_its_speaker_announces_the_interviewee() -> None:
    raw = """Rektoren om kuttene

Kommunestyret i Ålvik vedtok budsjettet i går.

Hvor mye må skolen spare?

Rundt to millioner kroner, og det rammer spesialundervisningen hardest, sier rektor Ole Brattås Nygaard.

Kan staten hjelpe?

Staten kan gi et ekstra skjønnstilskudd, og det har vi bedt om i et brev til departementet.

Hva skjer hvis dere ikke får det?

Da må vi slå sammen to klasser til høsten.
"""
    found = rows(raw)
    assert [(r[0], r[1]) for r in found] == [("direct", "Ole Brattås Nygaard")] * 3, found
    assert found[0][2] == "Rundt to millioner kroner, og det rammer spesialundervisningen hardest"
