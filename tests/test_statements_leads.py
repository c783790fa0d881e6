"""Golden tests for quotations announced by a lead-in paragraph, interview questions and answers,
pull quotes and speakers named in unusual places. Invented texts (bokmål and nynorsk), one
phenomenon each, with negative cases."""
from __future__ import annotations

import pytest


from extract_kit import statement_rows_of as rows


LEADS: list[tuple[str, str, list[tuple[str, str, str]]]] = [
    ("colon_paragraph_then_guillemets_nn",
     "Møtet var i Førde.\n\nFylkesordførar Kari Nordheim seier:\n\n"
     "«Vi har venta lenge på dette. No må staten ta sin del av rekninga.»",
     [("direct", "Kari Nordheim", "Vi har venta lenge på dette. No må staten ta sin del av rekninga")]),
    ("colon_paragraph_then_dash_nb",
     "Møtet var i Bodø.\n\nDirektør i KS, Per Solberg, sier følgende til Kommunal Rapport:\n\n"
     "– Vi har ikke fått nok tid. Fristen må utsettes med et halvt år.",
     [("direct", "Per Solberg", "Vi har ikke fått nok tid. Fristen må utsettes med et halvt år")]),
    ("colon_paragraph_seier_det_slik_nn",
     "Leiaren for skulen i Vik, Åse Lunde, var med.\n\nLunde seier det slik:\n\n"
     "– Vi gjer det vi kan. Men vi manglar folk i alle ledda.",
     [("direct", "Åse Lunde", "Vi gjer det vi kan. Men vi manglar folk i alle ledda")]),
    ("colon_paragraph_inverted_verb",
     "Da jeg var i Nordby i vår, sa ordfører Kari Berg noe til meg som jeg har tenkt mye på:\n\n"
     "«Vi har flere fagsystemer enn ansatte. Hver ny løsning krever nye folk.»",
     [("direct", "Kari Berg", "Vi har flere fagsystemer enn ansatte. Hver ny løsning krever nye folk")]),
    ("colon_paragraph_person_opens_no_speech_verb_nn",
     "Finansminister Ola Dahl møtte KS.\n\nFinansministeren var klar då han møtte pressa etterpå:\n\n"
     "– Det er ikkje rom for nye løyvingar. Alle må prioritere.",
     [("direct", "Ola Dahl", "Det er ikkje rom for nye løyvingar. Alle må prioritere")]),
    ("guillemets_closed_then_narrative",
     "Takk til kommunalminister Per Hansen for talen. Statsråden sa: «Vi skal gjøre dette sammen, og "
     "kommunene skal ikke stå alene.» Den setningen skal jeg huske.",
     [("direct", "Per Hansen", "Vi skal gjøre dette sammen, og kommunene skal ikke stå alene")]),
    ("ordinal_deputy_is_no_list_item_nn",
     "Møtet var i går.\n\n1. nestleiar i KS, Kari Nordheim, trekte fram at mange små kommunar manglar fagfolk.\n\n"
     "– Vi seier ikkje nei. Men då må pengane følgje med.",
     [("indirect", "Kari Nordheim", "mange små kommunar manglar fagfolk"),
      ("direct", "Kari Nordheim", "Vi seier ikkje nei. Men då må pengane følgje med")]),
    ("name_after_role_and_place_without_comma",
     "Møtet var i går med ordfører Kari Dal.\n\nOrdfører i Nordby Åsta Lien fulgte møtet fra salen. "
     "Hun sier til avisa at hun er fornøyd med at statsråden kom.",
     [("indirect", "Åsta Lien", "hun er fornøyd med at statsråden kom")]),
    ("interview_question_by_title_and_pronoun_answer",
     "Ordfører Marte Lie og kommunalminister Ingrid Holm møttes i går.\n\nAvisa spurte statsråden etter møtet:\n\n"
     "– Kommer det mer penger?\n\n– Det skal jeg ikke forskuttere. Men jeg har hørt hva dere sier.\n\n"
     "– Ordføreren sier kommunen betaler for tomme boliger. Er det rimelig?\n\n"
     "– Nei, det er ikke rimelig, og det ser vi på, svarte hun.",
     [("direct", "Ingrid Holm", "Det skal jeg ikke forskuttere. Men jeg har hørt hva dere sier"),
      ("direct", "Ingrid Holm", "Nei, det er ikke rimelig, og det ser vi på")]),
    ("pronoun_passes_over_title_object_nn",
     "Statssekretær Per Lie kom til Førde. Fylkesleiar Kari Reite var der.\n\n"
     "Reite meiner at møtet er ein god sjanse til å vise statssekretæren kvardagen. Ho seier at ho ikkje ventar nye pengar.",
     [("indirect", "Kari Reite", "møtet er ein god sjanse til å vise statssekretæren kvardagen"),
      ("indirect", "Kari Reite", "ho ikkje ventar nye pengar")]),
    ("pronoun_passes_over_title_object_nb",
     "Forbundsleder Hilde Moe talte først.\n\nFylkesleder Kari Nygård kjenner seg igjen i bildet forbundslederen tegner. "
     "Hun forteller at sykepleiere går doble vakter.",
     [("indirect", "Kari Nygård", "sykepleiere går doble vakter")]),
    ("title_resolves_to_person_named_last_by_surname_nn",
     "Kommunalminister Ingrid Holm og finansminister Per Dahl møtte KS.\n\nDahl var klar. Holm seier ho har forståing "
     "for at kommunane har det trongt.\n\n– Vi er ikkje ferdige med denne samtalen, seier statsråden.",
     [("indirect", "Ingrid Holm", "ho har forståing for at kommunane har det trongt"),
      ("direct", "Ingrid Holm", "Vi er ikkje ferdige med denne samtalen")]),
    ("split_cue_with_role_before_name_nn",
     "Leiar Per Strand var ikkje med.\n\n– For tre år sidan hadde vi seks legar. No har vi fire, kunne legevaktsjef "
     "Ola Skretting fortelje i møtet.",
     [("direct", "Ola Skretting", "For tre år sidan hadde vi seks legar. No har vi fire")]),
    ("colon_sentence_with_content_clause_keeps_it",
     "Ordfører Kari Berg var tydelig på at handlingsrommet er lite:\n\n– Vi må velge mellom sykehjem og skole, sa hun.",
     [("indirect", "Kari Berg", "handlingsrommet er lite"),
      ("direct", "Kari Berg", "Vi må velge mellom sykehjem og skole")]),
    ("samd_i_at_nn",
     "Leiar i FO, Kari Lund, var med.\n\nLund var samd i at økonomien er eit problem for kommunane.",
     [("indirect", "Kari Lund", "økonomien er eit problem for kommunane")]),
    ("headline_label_title_nn",
     "Statsråden: – Vi tek dette på alvor\n\nKommunalminister Per Dahl møtte KS Vestland i Førde tysdag.",
     [("direct", "Per Dahl", "Vi tek dette på alvor")]),
    ("headline_label_title_with_addressee_nb",
     "Ordføreren til statsråden: – Vi kan ikke betale for flommen alene\n\nOrdfører Kari Berg tok imot "
     "justisminister Per Dahl i går.",
     [("direct", "Kari Berg", "Vi kan ikke betale for flommen alene")]),
    ("split_cue_role_and_surname",
     "Legevaktsjef Ola Skretting og leiar Per Strand var med.\n\n– Det er mangel på legar, seier Strand.\n\n"
     "– No har vi fire legar, kunne legevaktsjef Skretting fortelje.",
     [("direct", "Per Strand", "Det er mangel på legar"), ("direct", "Ola Skretting", "No har vi fire legar")]),
    ("org_prefixed_role_and_surname_subject",
     "KS-leder Kari Løvås møtte statsråden.\n\nKS-leder Løvås la i møtet vekt på at to av tre kommuner bruker av fondene.",
     [("indirect", "Kari Løvås", "to av tre kommuner bruker av fondene")]),
    ("wanting_with_clause_nn",
     "Ordførar Kari Lund var med.\n\nHo vil at Stortinget set av eigne midlar til arbeidet med heiltid.",
     [("indirect", "Kari Lund", "Stortinget set av eigne midlar til arbeidet med heiltid")]),
    ("wanting_an_object_nn",
     "Ordførar Kari Lund var med.\n\nLund vil ha ei eiga låneramme i Husbanken til utleigebustader.",
     [("indirect", "Kari Lund", "ei eiga låneramme i Husbanken til utleigebustader")]),
    ("wanting_an_object_inverted_nn",
     "Ordførar Kari Lund var med.\n\nFor Stord sin del vil Lund ha ei eiga låneramme i Husbanken.\n\n"
     "I år vil kommunen ha nye bustader.",
     [("indirect", "Kari Lund", "ei eiga låneramme i Husbanken")]),
    ("warning_about_nn",
     "Styreleiar Kari Lund åtvarar om at mange kommunestyre må kutte i tenestene.",
     [("indirect", "Kari Lund", "mange kommunestyre må kutte i tenestene")]),
    ("fronted_content_parenthetical_nn",
     "Kommunedirektør Hanne Berg var med.\n\nFylkesvegen var stengt 42 gonger i fjor på grunn av ras, kunne "
     "kommunedirektøren fortelje då ho fekk ordet etter ministeren.",
     [("indirect", "Hanne Berg", "Fylkesvegen var stengt 42 gonger i fjor på grunn av ras")]),
    ("fronted_content_parenthetical_nb",
     "Rådmann Per Holm var til stede.\n\nSkolen har mistet tre lærere i år, kunne Holm fortelle.",
     [("indirect", "Per Holm", "Skolen har mistet tre lærere i år")]),
    ("dash_quote_after_organisation_keeps_section_speaker",
     "Leder Kari Moe i forbundet er kritisk.\n\n– Vi er skuffet, sier Moe.\n\nForbundet understreker at det ikke vil "
     "straffe kommunene.\n\n– Vi vet at kommunene har det vanskelig. Men staten har et ansvar.",
     [("direct", "Kari Moe", "Vi er skuffet"),
      ("direct", "Kari Moe", "Vi vet at kommunene har det vanskelig. Men staten har et ansvar")]),
    ("pull_quote_subheading_repeated_below",
     "Ordfører Kari Berg møtte statsråden.\n\n«Vi ber ikke om mer»\n\nBerg var tydelig.\n\n"
     "– Vi ber ikke om mer. Vi ber om å få betalt for jobben, sa Berg.",
     [("direct", "Kari Berg", "Vi ber ikke om mer. Vi ber om å få betalt for jobben")]),
]


@pytest.mark.parametrize("raw,expected", [pytest.param(r, e, id=i) for i, r, e in LEADS])
def test_lead_ins(raw: str, expected: list[tuple[str, str, str]]) -> None:
    assert rows(raw) == expected


NOT_STATEMENTS: list[tuple[str, str]] = [
    ("colon_lead_then_dash_list",
     "Styreleder Per Hansen la fram tre forslag:\n\n– kortere frister\n\n– mer penger\n\n– færre rapporter"),
    ("bracketed_colon_lead_then_questions",
     "Styreleder Per Hansen talte.\n\n– Vi må samarbeide mer, sa Hansen.\n\n[Stikkord til spørsmål, hvis tid:]\n"
     "- Hvorfor ikke én etat? → Nei. Vi tror på samarbeid.\n- Hva med KI? → Veileder kommer i vår."),
    ("reported_question_nn",
     "KS-leiar Per Lund var med.\n\nAvisa spurde KS-leiaren om han meiner regjeringa lyttar til kommunane."),
    ("reported_question_nb",
     "Ordfører Kari Berg var med.\n\nHun ble spurt om hun mener staten har gjort nok, men ville ikke svare."),
    ("wanting_without_clause",
     "Ordfører Kari Berg vil gjerne komme tilbake til saken senere i år."),
    ("agreeing_with_a_noun_is_no_statement",
     "Nestleder Kari Berg er enig i beskrivelsen, men ikke i løsningen."),
    ("headline_label_organisation",
     "Høringssvar: – Normen må styrkes\n\nForbundet har sendt sitt svar til departementet."),
    ("headline_label_place",
     "Fra Vestland: – Vi ser det hver dag\n\nFylkesleder Kari Berg kjenner seg igjen."),
    ("headline_label_quote_repeated_in_body",
     "Statsråden: – Vi kan ikke love mer\n\nKommunalminister Per Dahl møtte KS.\n\n"
     "– Vi kan ikke love mer enn det, sa Dahl."),
    ("colon_sentence_naming_two_people",
     "Ordfører Kari Berg og rådmann Per Lie var enige om én ting:\n\n"
     "– Staten må ta regningen for flommen i år."),
]


@pytest.mark.parametrize("raw", [pytest.param(r, id=i) for i, r in NOT_STATEMENTS])
def test_not_statements(raw: str) -> None:
    found = rows(raw)
    assert all(kind == "direct" and text.startswith(("Vi må samarbeide mer", "Vi kan ikke love mer enn det"))
               for kind, _, text in found), found


def test_interview_questions_are_not_statements_nn() -> None:
    raw = ("Avisa snakka med fylkesordførar Kari Nordheim etter møtet.\n\n– Fekk de gjennomslag?\n\n"
           "– Nei, men vi gir oss ikkje. Vi kjem tilbake i haust.\n\n– Kva skjer no?\n\n"
           "– No ventar vi på budsjettet, seier ho.")
    found = rows(raw)
    assert [t for _, _, t in found] == ["Nei, men vi gir oss ikkje. Vi kjem tilbake i haust",
                                       "No ventar vi på budsjettet"]
    assert {s for _, s, _ in found} == {"Kari Nordheim"}


KNOWN_MISSES: list[tuple[str, str, list[tuple[str, str, str]], str]] = [
    ("cleft_reported_content",
     "Forbundsleder Kari Moe var skuffet.\n\nDet Moe reagerer sterkest på, er at lønn ikke er nevnt i avtalen.",
     [("indirect", "Kari Moe", "lønn ikke er nevnt i avtalen")],
     "a cleft ('Det NN reagerer på, er at ...') puts the speaker inside a relative clause; no rule reads it"),
]


@pytest.mark.parametrize("raw,expected", [
    pytest.param(r, e, id=i, marks=pytest.mark.xfail(strict=True, reason=why)) for i, r, e, why in KNOWN_MISSES])
def test_known_misses(raw: str, expected: list[tuple[str, str, str]]) -> None:
    assert rows(raw) == expected
