"""Transcripts printed turn by turn under speaker labels: every turn of a named guest is a direct
statement of that guest, the host's turns and questions nobody's.

Layouts: names in capitals (full name, then surname), "Name Surname (KS):" with timestamps,
initials, labels on a line of their own, a plain paragraph going on with a turn, a stage direction
opening a turn. The host told by a cast list, by a host word in the lead, or by the questions.
Negative cases: a cast list in a news story, a chat log of the host's questions, the "Sak 3:"
labels of minutes and a labelled line of minutes, labels that are roles only. Every text is
invented for the test, in bokmål and nynorsk."""
from __future__ import annotations

import pytest

from extract_kit import cases, statements_of


def turns(raw: str, language: str = "nb") -> list[tuple[str, str]]:
    """(speaker, first four words) of each direct statement."""
    return [(s.speaker.name, " ".join(s.text.split()[:4])) for s in statements_of(raw, language) if s.kind == "direct"]


CAPS_NB = """Transkripsjon: Rådhuspodden, episode 40 – Skolebyggene forfaller

Medvirkende:
Programleder: Sindre Valle
Gjest: Marit Østby Lien, ordfører i Nordvik
Gjest: Petter Aas, statssekretær i Kunnskapsdepartementet

SINDRE VALLE: Velkommen hit. Marit, du har skrevet brev til departementet. Hvorfor?

MARIT ØSTBY LIEN: Fordi halvparten av skolene våre er over femti år gamle. Vi har ikke råd til å pusse dem opp selv.

VALLE: Petter Aas, hva svarer du?

PETTER AAS: Jeg forstår frustrasjonen. Vi har økt rammene to år på rad, og vi følger med.

ØSTBY LIEN: Det hjelper lite når byggekostnadene har steget mer enn rammene. Staten bør gi rentefrie lån til skolebygg.

VALLE: Det er mange kommuner som sier det samme. Hvor lenge kan de vente?

AAS: Lånene kan bli en del av neste års budsjett.
"""

CAPS_NB_EXPECTED = [("Marit Østby Lien", "Fordi halvparten av skolene"), ("Petter Aas", "Jeg forstår frustrasjonen. Vi"),
                    ("Marit Østby Lien", "Det hjelper lite når"), ("Petter Aas", "Lånene kan bli en")]

TIMESTAMPS_NN = """Utskrift av sendinga «Distrikta i dag»

Kva skjer med fødestova i Lyngvik? Vi har snakka med to som sat i møtet med helseministeren.

[00:00:12] Hallvard Nes: Kva sa statsråden til dykk i dag?

[00:00:20] Sigrid Haugland (KS Vestland): Ho lytta, og ho lova å sjå på finansieringa av fødestovene på nytt.

[00:01:05] Hallvard Nes: Og kva meiner du om det?

[00:01:09] Sigrid Haugland (KS Vestland): Det er ikkje nok å lytte. Staten må ta heile kostnaden for beredskapen.

[00:02:40] Hallvard Nes: Knut Bø, du er kommuneoverlege. Er du samd?

[00:02:44] Knut Bø (Lyngvik kommune): Ja, heilt. Vi har ikkje fagfolk nok til å dekkje vaktene aleine.
"""

TIMESTAMPS_NN_EXPECTED = [("Sigrid Haugland", "Ho lytta, og ho"), ("Sigrid Haugland", "Det er ikkje nok"),
                          ("Knut Bø", "Ja, heilt. Vi har")]

INITIALS_NB = """Debatten: Legevakten i distriktene

I studio er ordfører Kari Dal og overlege Ola Berg. Programleder er Siv Lunde.

SL: Kari Dal, hvorfor er legevakten så dyr for dere?

KD: Fordi vi har lange avstander og få leger. Vi betaler mer per innbygger enn byene.

OB: Det er riktig, men legene må også ha forsvarlige vakter.

SL: Hva er løsningen?

KD: Staten må gi et eget tilskudd til legevakt i distriktene.

OB: Vi trenger flere leger i vaktene, ikke bare mer penger.
"""

INITIALS_NB_EXPECTED = [("Kari Dal", "Fordi vi har lange"), ("Ola Berg", "Det er riktig, men"),
                        ("Kari Dal", "Staten må gi et"), ("Ola Berg", "Vi trenger flere leger")]

OWN_LINE_NN = """Podkast: Kommunepraten, episode 9

Programleiar Tone Vik har invitert ordførar Eirik Lunde og rådmann Anne Strand til studio.

TONE VIK

Korleis står det til med økonomien i kommunen?

EIRIK LUNDE

Det er stramt. Vi har kutta i alt vi kan kutte utan å røre skulane.

ANNE STRAND

Eg er samd. Vi treng at staten kompenserer for dei nye oppgåvene.

TONE VIK

Kva vil de seie til kommunalministeren?

EIRIK LUNDE

At vi ikkje klarer fleire oppgåver utan pengar.
"""

OWN_LINE_NN_EXPECTED = [("Eirik Lunde", "Det er stramt. Vi"), ("Anne Strand", "Eg er samd. Vi"),
                        ("Eirik Lunde", "At vi ikkje klarer")]

CONTINUED_NB = """Rådhusradioen: Vann og avløp i distriktene

Programleder Mona Holm snakker med Jon Rud og Lise Eng.

MONA HOLM: Jon Rud, hvor gamle er rørene hos dere?

JON RUD: (ler) Noen av dem ble lagt før krigen.

Og hvert år sprekker flere av dem. Det koster oss dyrt hver vinter.

MONA HOLM: Lise Eng?

LISE ENG: Hos oss er det verre. Staten må gi rentefrie lån til nye rør.

MONA HOLM: Da må vi runde av her.
"""

CONTINUED_NB_EXPECTED = [("Jon Rud", "Noen av dem ble"), ("Jon Rud", "Og hvert år sprekker"),
                         ("Lise Eng", "Hos oss er det")]

LAYOUTS = [
    ("caps_cast_list_nb", CAPS_NB, "nb", CAPS_NB_EXPECTED),
    ("timestamps_aside_questions_host_nn", TIMESTAMPS_NN, "nn", TIMESTAMPS_NN_EXPECTED),
    ("initials_host_in_lead_nb", INITIALS_NB, "nb", INITIALS_NB_EXPECTED),
    ("labels_on_own_line_nn", OWN_LINE_NN, "nn", OWN_LINE_NN_EXPECTED),
    ("continuation_and_stage_direction_nb", CONTINUED_NB, "nb", CONTINUED_NB_EXPECTED),
]


@pytest.mark.parametrize("raw,language,expected", cases(LAYOUTS))
def test_transcript_turns_are_the_guests_statements(raw: str, language: str, expected: list[tuple[str, str]]) -> None:
    assert turns(raw, language) == expected


def test_transcript_rules() -> None:
    rules = [s.rule for s in statements_of(CONTINUED_NB) if s.kind == "direct"]
    assert rules == ["transcript_turn", "transcript_turn_continuation", "transcript_turn"]


CAST_LIST_NB = """Ny podkast om kommuneøkonomi

Kommunenes Sentralforbund lanserer en ny podkast denne uken. Første episode handler om statsbudsjettet.

Medvirkende:
Programleder: Sindre Valle
Gjest: Marit Østby Lien
Gjest: Petter Aas

Episoden kan lyttes til der du hører på podkaster.
"""

CHAT_LOG_NB = """Spørsmål fra direktesendingen

Under sendingen stilte programlederen spørsmål fra lytterne.

Sindre Valle [19:02]: Hvor mye får kommunene i år?

Sindre Valle [19:05]: Hvem betaler for skolebyggene?

Marit Lien [19:06]: Kan dere svare på det?

Sindre Valle [19:09]: Hva skjer med eiendomsskatten?
"""

MINUTES_NN = """Protokoll frå formannskapet

Sak 3: Budsjett 2026

Sak 4: Skulebruksplan

Kari Dal (Sp): Foreslo at saka blir utsett til neste møte.

Ola Berg (H): Viste til at fristen er i desember.

Kari Dal (Sp): Fremja nytt forslag om å dele saka i to.

Sak 5: Eventuelt
"""

ROLES_ONLY_NB = """Fra kommunestyret i Nordvik

Ordfører Kari Dal og rådmann Ola Berg la fram budsjettet.

Ordfører: Vi må ha mer penger fra staten for å drive skolene.

Rådmann: Budsjettet er stramt, men det går i balanse.

Ordfører: Vi kommer til å ta dette opp med departementet.

Rådmann: Det har vi allerede gjort i et brev.
"""

NEGATIVE = [
    ("cast_list_in_a_news_story_nb", CAST_LIST_NB, "nb"),
    ("chat_log_of_questions_nb", CHAT_LOG_NB, "nb"),
    ("minutes_labels_nn", MINUTES_NN, "nn"),
    ("role_only_labels_nb", ROLES_ONLY_NB, "nb"),
]


@pytest.mark.parametrize("raw,language", cases(NEGATIVE))
def test_no_transcript_turns_without_named_speakers_speaking(raw: str, language: str) -> None:
    assert not [s for s in statements_of(raw, language) if s.rule.startswith("transcript_")]


COMMA_DASH_NN = """Radiodebatt om eldreomsorga

Programleiar Astrid Moe: Velkomne. Kva er det største problemet i eldreomsorga no?

Per Hovland, KS: – Vi manglar sjukepleiarar. Utan dei kan vi ikkje opne dei nye plassane.

Liv Sande, Helsedepartementet: – Vi har sett i gang eit rekrutteringsprogram saman med KS.

Programleiar Astrid Moe: Er det nok?

Per Hovland, KS: – Nei. Staten må også finansiere fleire studieplassar i distrikta.
"""


def test_comma_labels_with_a_dash_and_a_host_word_in_the_label_nn() -> None:
    assert turns(COMMA_DASH_NN, "nn") == [("Per Hovland", "Vi manglar sjukepleiarar. Utan"),
                                          ("Liv Sande", "Vi har sett i"), ("Per Hovland", "Nei. Staten må også")]


DEBATE_NB = """Fra Stortingets debatt om kommuneøkonomien

Presidenten: Neste taler er Kari Dal.

Kari Dal (Sp) [10:15:32]: Kommunene har fått flere oppgaver uten at pengene har fulgt med. Vi trenger en full kompensasjon.

Presidenten: Det blir replikkordskifte.

Statsråd Ola Berg [10:21:05]: Regjeringen har økt de frie inntektene to år på rad.

Presidenten: Kari Dal, replikk.

Kari Dal (Sp) [10:22:40]: Det er ikke nok når prisene stiger mer enn rammene.

Statsråd Ola Berg [10:23:30]: Vi følger utviklingen nøye og kommer tilbake i revidert budsjett.
"""


def test_chairs_role_labels_end_the_turn_before_them_nb() -> None:
    assert turns(DEBATE_NB) == [("Kari Dal", "Kommunene har fått flere"), ("Ola Berg", "Regjeringen har økt de"),
                                ("Kari Dal", "Det er ikke nok"), ("Ola Berg", "Vi følger utviklingen nøye")]


PROGRAMME_NN = """Program for haustkonferansen

09:00 Kari Dal: Velkomen og innleiing

09:30 Ola Berg, KS: Kommuneøkonomien framover

10:15 Kari Dal: Spørsmål og oppsummering

11:00 Ola Berg, KS: Lunsj og vegen vidare
"""


def test_a_programme_of_speakers_and_times_has_no_turns_nn() -> None:
    assert not [s for s in statements_of(PROGRAMME_NN, "nn") if s.rule.startswith("transcript_")]


def test_a_news_outlets_label_is_no_speaker_of_a_transcript_nn() -> None:
    raw = ("Statsråden på vitjing\n\nDalbladet tok ein prat med statsråd Kari Dal etter møtet.\n\n"
           "Dalen Avis: Kva lova du ordføraren?\n\nDal: Ingenting i dag, men vi ser på satsane.\n\n"
           "Dalen Avis: Og bussane?\n\nDal: Dei er fylket sitt ansvar.\n\nDalen Avis: Kva tek du med deg heim?\n\n"
           "Dal: At dei tilsette gjer ein stor jobb her.\n")
    found = [(s.speaker.name, s.rule) for s in statements_of(raw, "nn") if s.kind == "direct"]
    assert found and all(rule == "interview_labelled_answer" and name == "Kari Dal" for name, rule in found)


def test_a_headline_label_over_a_news_section_opens_no_turn_nb() -> None:
    raw = ("Spørretimen: Dal presset statsråden\n\n"
           "Stortingsrepresentant Kari Dal (Sp) utfordret statsråd Per Lund (Ap) i spørretimen onsdag.\n\n"
           "Lund: – Vi har økt rammene\n\n"
           "Statsråd Per Lund svarte at regjeringen har økt de frie inntektene to år på rad.\n\n"
           "Han la til at departementet vil se på ordningen i høst.\n\n"
           "Fra referatet:\n\n"
           "Kari Dal (Sp) [10:21:47]: Kommunene trenger ikke flere utredninger, de trenger penger nå.\n\n"
           "Per Lund (Ap) [10:22:31]: Jeg kommer ikke til å forskuttere budsjettet fra denne talerstolen.")
    assert turns(raw) == [("Kari Dal", "Kommunene trenger ikke flere"), ("Per Lund", "Jeg kommer ikke til")]
