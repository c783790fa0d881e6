"""Round 29 (the misses of eval/unseen28), invented texts, bokmål and nynorsk, with negatives:

- a webinar is a seminar (GUIDELINES: `lansering`, "a launch, seminar or debate");
- a list under an agenda lead-in ("Departementet foreslår følgende dagsorden:") holds the meeting's topics, no
  demands; items asked onto the agenda ("Vi ber om at følgende saker settes opp på dagsordenen:") are matters too,
  a need raised among them ("Behovet for X") a demand of the meeting's counterpart (decision 2);
- a letter marker ("a) ", "b) ") opens a list item as a number does.
"""
from __future__ import annotations

import pytest

from extract_kit import HOD, KD, demands, extracted_meeting
from flows.normalise import normalise
from flows.segment import segment

WEBINAR_NB = ("Webinar: Statssekretæren svarte kommunene om lærermangel\n\n"
              "Over 400 deltakere fulgte KS-webinaret om rekruttering i skolen tirsdag 3. juni. Statssekretær Kari "
              "Vold i Kunnskapsdepartementet fikk mange spørsmål fra chatten.\n\n"
              "Webinaret ble ledet av direktør Per Lid i KS. I panelet satt også forsker Ola Brekke fra NIFU.\n\n"
              "– Vi må få flere lærere til distriktene, sa Vold.")
WEBINAR_NN = ("Webinar om barnevernet\n\n"
              "Over 200 deltakarar følgde webinaret til KS om barnevernsreforma onsdag 4. juni. Statssekretær Kari "
              "Vold i Barne- og familiedepartementet svarte på spørsmål frå kommunane.\n\n"
              "Webinaret vart leia av direktør Per Lid i KS.\n\n"
              "– Vi treng fleire tilsette i barnevernet, sa Vold.")


@pytest.mark.parametrize("text,language,counterpart,day", [
    (WEBINAR_NB, "nb", KD, 3),
    (WEBINAR_NN, "nn", "Barne- og familiedepartementet", 4),
], ids=["webinar_nb", "webinar_nn"])
def test_a_webinar_is_a_seminar_with_its_date_and_counterpart(text: str, language: str, counterpart: str,
                                                              day: int) -> None:
    meeting = extracted_meeting(text, language)
    assert meeting is not None and meeting.meeting_type == "lansering"
    assert meeting.counterpart == counterpart and (meeting.date.month, meeting.date.day) == (6, day)
    assert {"Kari Vold", "Per Lid"} <= {p.name for p in meeting.participants}


INVITATION_NB = ("Invitasjon til bilateralt møte\n\n"
                 "Helse- og omsorgsdepartementet inviterer KS til bilateralt møte mandag 2. juni.\n\n"
                 "Departementet foreslår følgende dagsorden:\n\n"
                 "1. Oppfølging av helsefellesskapene og samarbeidet med sykehusene\n"
                 "2. Status for arbeidet med ny finansieringsmodell for utskrivningsklare pasienter\n"
                 "3. Bemanning og kompetanse i de kommunale helse- og omsorgstjenestene\n")
INVITATION_NN = ("Invitasjon til bilateralt møte\n\n"
                 "Samferdselsdepartementet inviterer KS til bilateralt møte måndag 2. juni.\n\n"
                 "Departementet føreslår følgjande dagsorden:\n\n"
                 "1. Oppfølging av ferjeavløysinga og vedlikehaldet av fylkesvegane\n"
                 "2. Status for arbeidet med ny modell for tilskot til ferjedrifta\n")


@pytest.mark.parametrize("text,language", [(INVITATION_NB, "nb"), (INVITATION_NN, "nn")],
                         ids=["invitation_agenda_nb", "invitation_agenda_nn"])
def test_an_agenda_under_a_proposing_lead_in_holds_no_demands(text: str, language: str) -> None:
    assert demands(text, language) == []


ASKED_ONTO_AGENDA = ("Svar på invitasjon til bilateralt møte\n\n"
                     "KS takker for invitasjonen til møtet med Helse- og omsorgsdepartementet. Vi ber om at følgende "
                     "saker i tillegg settes opp på dagsordenen:\n\n"
                     "a) Behovet for full kompensasjon for kommunenes merutgifter til utskrivningsklare pasienter\n\n"
                     "b) Behovet for en forpliktende opptrappingsplan for investeringstilskudd til omsorgsplasser\n\n"
                     "c) Legevakt og vaktbelastning i distriktskommuner\n")


def test_needs_asked_onto_the_agenda_are_demands_and_a_bare_topic_is_none() -> None:
    assert demands(ASKED_ONTO_AGENDA) == [
        ("KS", HOD, "full kompensasjon for kommunenes merutgifter til utskrivningsklare pasienter"),
        ("KS", HOD, "en forpliktende opptrappingsplan for investeringstilskudd til omsorgsplasser")]


@pytest.mark.parametrize("line,marker", [
    ("a) Behovet for full kompensasjon", "number"),
    ("1) Behovet for full kompensasjon", "number"),
    ("2. Behovet for full kompensasjon", "number"),
    ("Alle) er ikke en liste", ""),
    ("A) Store bokstaver er ingen markør her", ""),
], ids=["letter", "number_paren", "number_dot", "word_paren", "capital_letter"])
def test_a_letter_marker_opens_a_list_item(line: str, marker: str) -> None:
    block = segment(normalise(f"Innledning.\n\n{line}\n"))[-1]
    assert block.marker == marker


# --- the voice of a debate piece: a phrase of having a say reports no one's words ------------------------------

PIECE_NB = ("DEBATT\nKommunene regner\n\nIngrid Sæle, fylkesstyreleder i KS Vestland\n\n"
            "Pensjonskostnadene har økt mye.\n\n"
            "Svaret ligger et annet sted. Regjeringen må gi kommunene større frihet før kommunestyrene har fått sagt "
            "et ord.\n")
PIECE_NN = ("DEBATT\nKommunane reknar\n\nIngrid Sæle, fylkesstyreleiar i KS Vestland\n\n"
            "Pensjonskostnadene har auka mykje.\n\n"
            "Svaret ligg ein annan stad. Regjeringa må gi kommunane større fridom før kommunestyra har fått sagt "
            "sitt.\n")


@pytest.mark.parametrize("text,language", [(PIECE_NB, "nb"), (PIECE_NN, "nn")], ids=["say_nb", "say_nn"])
def test_having_a_say_is_no_verb_of_saying_and_the_author_claims(text: str, language: str) -> None:
    rows = demands(text, language)
    assert len(rows) == 1 and rows[0][0] == "KS Vestland"


def test_the_council_that_says_something_still_speaks() -> None:
    text = "Kommunestyret i Nordby har sagt at regjeringen må gi kommunene større frihet."
    assert [row[0] for row in demands(text)] == ["Nordby kommune"]


# --- no call: a modal in a title, a request by nobody -------------------------------------------------------------

@pytest.mark.parametrize("text,language", [
    ("Dette er et svar på lederartikkelen «Kommunene må ta ansvar selv» i BT 3. oktober.", "nb"),
    ("Rapporten «Staten må betale» kom i fjor, og han viste til kronikken «Kommunane bør slå seg saman».", "nn"),
    ("Kommunene har et ansvar for å drive effektivt, og ingen ordfører jeg kjenner, ønsker å bruke en krone mer enn "
     "nødvendig.", "nb"),
    ("Ingen kommunar krev at staten skal betale alt.", "nn"),
], ids=["title_nb", "titles_nn", "nobody_wishes_nb", "nobody_asks_nn"])
def test_no_demand(text: str, language: str) -> None:
    assert demands(text, language) == []


@pytest.mark.parametrize("text,expected", [
    ("KS viste til rapporten «Staten må betale», og regjeringen må nå følge den opp.",
     "regjeringen må nå følge den opp"),
    ("Ingen er uenige i målet, men KS ber regjeringen om å øke rammene.", "øke rammene"),
    ("KS sier «Staten må betale regningen».", "Staten må betale regningen"),
], ids=["title_then_call", "nobody_then_request", "quoted_call_no_title"])
def test_a_call_beside_a_title_or_a_nobody_still_counts(text: str, expected: str) -> None:
    assert [row[2] for row in demands(text)] == [expected]


# --- an institution named with its field: "Senter for ...", "institutt for ..." ----------------------------------

@pytest.mark.parametrize("line,claimant", [
    ("Seniorforsker Håkon Lunde ved CICERO Senter for klimaforskning sier at kommunene må få mer penger.",
     "CICERO Senter for klimaforskning"),
    ("Forsker Kari Holm ved Norsk institutt for by- og regionforskning sier at staten må betale.",
     "Norsk institutt for by- og regionforskning"),
    ("Forsker Per Dahl ved Senter for økonomisk forskning seier at staten bør betale.", "Senter for økonomisk forskning"),
    ("Dagleg leiar Siv Lie i Nasjonalt senter for distriktsutvikling meiner at staten må betale.",
     "Nasjonalt senter for distriktsutvikling"),
], ids=["cicero_nb", "nibr_nb", "senter_nn", "nasjonalt_senter_nn"])
def test_an_institution_is_read_to_the_end_of_its_field(line: str, claimant: str) -> None:
    rows = demands(f"Klima\n\n{line}\n")
    assert [row[0] for row in rows] == [claimant]



# --- a need verb with a noun phrase object: a coordinated "og at" part is the speaker's fact ----------------------

@pytest.mark.parametrize("text,language,expected", [
    ("KS-leiar Kari Holm la til at kommunen også treng fleire omsorgsplassar, og at ventelista no er lengre enn "
     "nokon gong.", "nn", ["kommunen også treng fleire omsorgsplassar"]),
    ("KS understreket at kommunene trenger forutsigbare avtaler, og at prisene har økt uten forvarsel.",
     "nb", ["kommunene trenger forutsigbare avtaler"]),
    ("– Men vi trenger også at Nav følger opp tidligere, og at regjeringen gjør det enklere å bruke gradert "
     "sykmelding, sier KS-leder Kari Holm.", "nb",
     ["vi trenger også at Nav følger opp tidligere", "regjeringen gjør det enklere å bruke gradert sykmelding"]),
    ("– Det kommunene trenger, er handlingsrom lokalt, og at staten tar sin del av regningen, sier KS-leder Kari "
     "Holm.", "nb", ["Det kommunene trenger, er handlingsrom lokalt", "staten tar sin del av regningen"]),
], ids=["np_object_fact_nn", "np_object_fact_nb", "clause_object_both_nb", "cleft_keeps_the_second_nb"])
def test_a_need_verb_shares_its_og_at_part_only_with_a_clause(text: str, language: str, expected: list[str]) -> None:
    assert [row[2] for row in demands(text, language)] == expected


# --- an organisation's own words after ", og" end a person's indirect statement ----------------------------------

@pytest.mark.parametrize("text,language,expected", [
    ("Styreleder Randi Brekke i KS møtte statsråden. Hun tok også opp etterslepet på kommunale bygg og veier, og KS "
     "ba om at regjeringen legger fram en plan.", "nb", "etterslepet på kommunale bygg og veier"),
    ("Styreleiar Randi Brekke i KS møtte statsråden. Ho tok òg opp etterslepet på kommunale bygg og vegar, og KS "
     "bad om at regjeringa legg fram ein plan.", "nn", "etterslepet på kommunale bygg og vegar"),
], ids=["organisation_ends_content_nb", "organisation_ends_content_nn"])
def test_an_organisations_words_end_the_persons_content(text: str, language: str, expected: str) -> None:
    from extract_kit import statement_rows

    assert [row[2] for row in statement_rows(text, language) if row[1] == "Randi Brekke"] == [expected]
    assert [row[0] for row in demands(text, language)] == ["KS"]


# --- thanks for coming, the parse giving the arrival as the content -------------------------------------------------

@pytest.mark.parametrize("text,language,expected", [
    ("Fylkesstyreleiar i KS Vestland, Torbjørn Lid, takka statssekretæren for at ho kom til Førde, men var tydeleg "
     "på at pengane ikkje strekk til.", "nn", ["pengane ikkje strekk til"]),
    ("Fylkesstyreleder i KS Vestland, Torbjørn Lid, takket statssekretæren for at hun kom til Førde, men var tydelig "
     "på at pengene ikke strekker til.", "nb", ["pengene ikke strekker til"]),
    ("Fylkesstyreleder i KS Vestland, Torbjørn Lid, takket statssekretæren for at kommunene har fått mer penger.",
     "nb", ["kommunene har fått mer penger"]),
], ids=["thanks_for_coming_nn", "thanks_for_coming_nb", "thanks_with_a_view_nb"])
def test_thanks_for_coming_is_no_statement(text: str, language: str, expected: list[str]) -> None:
    from extract_kit import statement_rows

    assert [row[2] for row in statement_rows(text, language)] == expected


# --- a second infinitive after "og" and an adverb, short ones too ---------------------------------------------------

@pytest.mark.parametrize("text,language,expected", [
    ("– Vi har bedt regjeringen om å trappe opp handlingsplanen for allmennlegetjenesten raskere, og særlig gi et "
     "ekstra løft til kommuner som sliter med å rekruttere, sier fylkesleder i KS Nordland, Kari Holm.", "nb",
     ["trappe opp handlingsplanen for allmennlegetjenesten raskere",
      "særlig gi et ekstra løft til kommuner som sliter med å rekruttere"]),
    ("– Vi har bede regjeringa om å trappe opp handlingsplanen for allmennlegetenesta raskare, og særleg gje eit "
     "ekstra løft til kommunar som slit med å rekruttere, seier fylkesleiar i KS Nordland, Kari Holm.", "nn",
     ["trappe opp handlingsplanen for allmennlegetenesta raskare",
      "særleg gje eit ekstra løft til kommunar som slit med å rekruttere"]),
    ("– Vi ber departementet om å innføre en unntaksordning for kommuner med lange avstander og få leger, sier "
     "fylkesleder i KS Nordland, Kari Holm.", "nb",
     ["innføre en unntaksordning for kommuner med lange avstander og få leger"]),
    ("– Departementet må ta brevet på alvor og svare raskt, sier fylkesleder i KS Nordland, Kari Holm.", "nb",
     ["Departementet må ta brevet på alvor og svare raskt"]),
], ids=["adverb_short_verb_nb", "adverb_short_verb_nn", "few_is_no_verb_nb", "modal_one_measure_nb"])
def test_a_second_infinitive_after_og_and_an_adverb(text: str, language: str, expected: list[str]) -> None:
    assert [row[2] for row in demands(text, language)] == expected


# --- the side an organisation speaks from ------------------------------------------------------------------------

@pytest.mark.parametrize("text,language,expected", [
    ("Frå Utdanningsforbundet si side vart det i møtet lagt stor vekt på at arbeidsvilkåra må betrast dersom yrket "
     "skal bli attraktivt igjen.", "nn", [("Utdanningsforbundet", "arbeidsvilkåra må betrast dersom yrket skal bli "
                                           "attraktivt igjen")]),
    ("Fra KS' side ble det understreket at staten må betale hele regningen.", "nb",
     [("KS", "staten må betale hele regningen")]),
    ("Fra KS kom det ingen kommentar, men staten må betale hele regningen.", "nb", []),
    ("Fra side til side må staten betale hele regningen.", "nb", []),
], ids=["side_nn", "side_nb", "from_ks_no_side_nb", "no_organisation_nb"])
def test_the_side_an_organisation_speaks_from(text: str, language: str, expected: list[tuple[str, str]]) -> None:
    assert [(row[0], row[2]) for row in demands(text, language)] == expected


# --- a second verb of saying after ", men" -------------------------------------------------------------------------

@pytest.mark.parametrize("text,language,expected", [
    ("Statssekretær Oddbjørn Klepsvik møtte KS. Klepsvik viste til at regjeringa allereie har auka midlane i "
     "statsbudsjettet, men sa seg samd i at det trengst eit betre kunnskapsgrunnlag om kostnadene.", "nn",
     ["regjeringa allereie har auka midlane i statsbudsjettet", "det trengst eit betre kunnskapsgrunnlag om kostnadene"]),
    ("Statssekretær Oddbjørn Klepsvik møtte KS. Klepsvik viste til at regjeringen allerede har økt midlene i "
     "statsbudsjettet, men advarte mot å svekke kompetansekravene for legevakt.", "nb",
     ["regjeringen allerede har økt midlene i statsbudsjettet", "svekke kompetansekravene for legevakt"]),
    ("Statssekretær Oddbjørn Klepsvik møtte KS. Klepsvik viste til at regjeringen allerede har økt midlene i "
     "statsbudsjettet, men at det tar tid.", "nb",
     ["regjeringen allerede har økt midlene i statsbudsjettet, men at det tar tid"]),
], ids=["men_samd_nn", "men_warned_nb", "men_at_same_verb_nb"])
def test_a_second_verb_of_saying_after_men(text: str, language: str, expected: list[str]) -> None:
    from extract_kit import statement_rows

    assert [row[2] for row in statement_rows(text, language)] == expected
