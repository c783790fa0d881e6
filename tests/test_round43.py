"""Round 43 (the misses of eval/unseen44, eval/partset29 and eval/demset10, development material after stop 54),
invented texts, bokmål and nynorsk, with negatives:

- a minister's visit told by a clause of their coming ("venta statsråd NN då han kom til Lom måndag") or by being
  shown around ("viser statsråden beiteområdet"); those seated at the place the sentence opens with ("På tunet til
  A sat ordførar B, leiar C og D") took part; a trade or office written first ("Sauebonde NN", "Kirkeverge NN") is
  no part of the name;
- a resolution printed under the news of its adoption, pointed at by "Uttalelsen under ble vedtatt ...": the
  gathering that adopted it is the occasion;
- a radio transcript: a sound clip credited with the speaker's role ("KLIPP, NN, leiar i X: – ...") is theirs;
  the host's turn ("PROGRAMLEIAR: ...") is no photo caption, and the reporter sent along ("Reporter NN var med")
  took no part; a guest labelled by office ("KS-LEIAR:") speaks in each turn so labelled, greetings are no
  statement, and the host's closing turn is no continuation of the guest's words; a caption label in capitals
  ("STILLBILDE FRA VIDEO:") names no speaker.
"""
from __future__ import annotations

from extract_kit import KDD, demands, document, known_failure, participant_names_of as names, result, statement_rows

from flows.extract import extract

VISIT_NN = ("Ulven tok 40 sauer i Lom i fjor. Måndag fekk statsråden høyre korleis det er.\n\n"
            "Foto: Sauebonde Kari Bøen viser statsråden beiteområdet ovanfor garden.\n\n"
            "Det var eit alvorleg møte som venta klima- og miljøminister Per Dalen då han kom til Lom måndag. "
            "På tunet til Kari Bøen sat ordførar Åse Lie, leiar i regionrådet Odd Haug og Tor Nes frå Sau og Geit.\n\n"
            "– Dersom staten vil ha ulv, må staten betale, sa Lie.\n")


def test_a_ministers_coming_and_those_seated_at_the_place() -> None:
    meeting = extract(document(VISIT_NN, "nn")).meeting
    assert meeting is not None and meeting.meeting_type == "annet"
    assert meeting.counterpart == "Klima- og miljødepartementet"
    assert {"Per Dalen", "Kari Bøen", "Åse Lie", "Odd Haug", "Tor Nes"} <= names(meeting)
    assert "Sauebonde Kari Bøen" not in names(meeting)


def test_a_ministers_coming_to_do_something_is_no_visit() -> None:
    raw = ("Statsråd Per Dalen sa då han kom til å snakke om budsjettet at kommunane må vente.\n\n"
           "Kommunane i Valdres er skuffa over budsjettet.\n")
    meeting = extract(document(raw, "nn")).meeting
    assert meeting is None or meeting.rule != "besok"


def test_a_trade_written_first_is_no_part_of_the_speakers_name() -> None:
    raw = ("Kirkeverge Arne Li i Nordby er bekymret for kapasiteten på gravplassene.\n\n"
           "– Vi trenger en ny gravplass innen fem år, sier Li.\n")
    assert {speaker for _, speaker, _ in statement_rows(raw)} == {"Arne Li"}


RESOLUTION = ("Nærbutikken må leve\n\n"
              "Uttalelse fra fylkesmøtet i KS Nordby, vedtatt i Vik 20. mars 2026\n\n"
              "Fylkesmøtet i KS Nordby samlet ordførere fra hele fylket til to dagers møte i Vik. Møtet ble ledet "
              "av fylkesstyreleder Trond Li. Uttalelsen under ble vedtatt mot to stemmer.\n\n"
              "Fylkesmøtet mener staten har et ansvar for at butikkene overlever. Vi ber regjeringen om å øke "
              "støtten til nærbutikkene.\n\n"
              "For KS Nordby\nTrond Li, fylkesstyreleder\n")


def test_a_resolution_pointed_at_by_the_news_of_its_adoption_gives_the_gathering() -> None:
    meeting = extract(document(RESOLUTION)).meeting
    assert meeting is not None and meeting.meeting_type == "annet"
    assert (meeting.date.year, meeting.date.month, meeting.date.day) == (2026, 3, 20)
    assert "Trond Li" in names(meeting)


def test_a_resolution_with_no_news_of_its_adoption_reports_no_occasion() -> None:
    raw = ("Uttalelse fra KS Nordby\n\nFylkesmøtet mener staten har et ansvar for butikkene. Vi ber regjeringen om "
           "å øke støtten til nærbutikkene.\n\nFor KS Nordby\nTrond Li, fylkesstyreleder\n")
    assert extract(document(raw)).meeting is None


RADIO = ("NRK Vestland – Distriktsnyheiter\nTranskripsjon av radioinnslag.\n\n"
         "PROGRAMLEIAR: God morgon. I går fekk kommunalminister Eva Berg sjå studentbustadene i Volda. "
         "Reporter Siri Dal var med.\n\n"
         "REPORTAR: Ministeren møtte ordførar Hege Rise og studentleiar Ola Lunde.\n\n"
         "KLIPP, Ola Lunde: – Staten må byggje fleire hyblar her, og det må skje no.\n\n"
         "KLIPP, Ina Moe, leiar i ungdomsrådet: – Vi treng ein fastlege her i Volda, ikkje i Bergen.\n\n"
         "PROGRAMLEIAR: Siri Dal rapporterte.\n")


def test_a_radio_clip_credited_with_a_role_and_a_reporter_sent_along() -> None:
    res = result(RADIO, "nn")
    rows = {(s.kind, s.speaker.name, s.text.rstrip(".")) for s in res.statements}
    assert ("direct", "Ina Moe", "Vi treng ein fastlege her i Volda, ikkje i Bergen") in rows
    assert res.meeting is not None
    assert "Siri Dal" not in names(res.meeting)
    assert {"Eva Berg", "Hege Rise", "Ola Lunde"} <= names(res.meeting)


INTERVIEW = ("NRK P2 – Politisk kvarter\nTranskripsjon av intervju. Programleiar: Ingrid Fosse\n\n"
             "PROGRAMLEIAR: KS hadde i dag det bilaterale møtet med Finansdepartementet. Eg har med meg "
             "styreleiar i KS, Rune Tveit, på telefon. Velkomen.\n\n"
             "KS-LEIAR: Takk, og god morgon.\n\n"
             "PROGRAMLEIAR: Kva var det viktigaste de sa til finansministeren?\n\n"
             "KS-LEIAR: Vi sa at kommunane ikkje kan halde fram med å gjere meir med mindre. Vi bad om full "
             "kompensasjon for lønnsveksten.\n\n"
             "PROGRAMLEIAR: Og kva svara han?\n\n"
             "KS-LEIAR: Han lytta, men han lova ingenting. Det er vel slik desse møta er.\n\n"
             "PROGRAMLEIAR: Vi har spurt departementet om ein kommentar. Vi har ikkje fått svar.\n")


def test_a_guest_labelled_by_office_in_a_radio_interview() -> None:
    res = result(INTERVIEW, "nn")
    rows = [(s.speaker.name, s.text) for s in res.statements]
    assert ("Rune Tveit", "Han lytta, men han lova ingenting. Det er vel slik desse møta er.") in rows
    assert any(text.startswith("Vi sa at kommunane") for _, text in rows)
    assert not any(text.startswith(("Takk", "Vi har spurt")) for _, text in rows)  # greetings; the host's turn
    assert res.meeting is not None and "Rune Tveit" in names(res.meeting)


def test_a_caption_label_in_capitals_names_no_speaker() -> None:
    raw = ("Kystkanalen\n\nSTILLBILDE FRA VIDEO: Biblioteksjef Kai Rønning låser opp døra i Vik bibliotek.\n\n"
           "PROGRAMLEDER: Bibliotekene i kystkommunene stenger. Kulturministeren besøkte Vik i går.\n\n"
           "STILLBILDE FRA VIDEO: Amira Haddad (17) leser til eksamen i lesesalen i Vik.\n\n"
           "RØNNING: Vi har ikke råd til å holde åpent lenger. Staten må hjelpe oss.\n\n"
           "PROGRAMLEDER: Departementet svarer at saken vurderes.\n")
    assert not any("Stillbilde" in s.speaker.name for s in result(raw).statements)


def test_the_round_keeps_the_ministry_of_a_visit_to_a_municipality() -> None:
    raw = ("Kommunal- og distriktsminister Per Dalen kom til Vik tysdag. Han møtte ordførar Åse Lie på rådhuset.\n")
    meeting = extract(document(raw, "nn")).meeting
    assert meeting is not None and meeting.counterpart == KDD and "Åse Lie" in names(meeting)


INVITATION = ("Invitasjon til pressen: Signering av avtale om barnevernet\n\n"
              "Barne- og familieminister Kari Holm og styreleder i KS Per Vik signerer mandag 14. april en ny "
              "samarbeidsavtale om barnevernet.\n\n"
              "Ordfører i Nordby, Anne Strand, vil fortelle om kommunens erfaringer med barnevernssamarbeid.\n\n"
              "Tid: Mandag 14. april kl. 10.00\nSted: Barne- og familiedepartementet, Oslo.\n\n"
              "Kontaktpersoner:\nKommunikasjonsrådgiver Lise Berg, Barne- og familiedepartementet, tlf. 976 54 321\n")


def test_a_press_invitation_names_who_signs_and_who_will_speak() -> None:
    meeting = extract(document(INVITATION)).meeting
    assert meeting is not None
    assert {"Kari Holm", "Per Vik", "Anne Strand"} <= names(meeting)
    assert "Lise Berg" not in names(meeting)  # the press contact


PROGRAMME_NN = ("Pressinvitasjon: Lansering av rapport om kulturskulen\n\n"
                "KS og Kultur- og likestillingsdepartementet inviterer pressa til lansering av rapporten måndag "
                "2. juni kl. 10.00 i KS-huset.\n\n"
                "Program\n- Opning ved kultur- og likestillingsminister Siv Lunde\n"
                "- Hovudfunn i rapporten ved prosjektleiar Ola Tveit, Telemarksforsking\n"
                "- Kommentar frå KS ved nestleiar Mona Haug\n- Spørsmål frå pressa\n\n"
                "Rapporten er skriven av Ola Tveit og Gro Sand.\n")


def test_a_programme_with_no_times_under_its_heading() -> None:
    meeting = extract(document(PROGRAMME_NN, "nn")).meeting
    assert meeting is not None
    assert {"Siv Lunde", "Ola Tveit", "Mona Haug"} <= names(meeting)
    assert "Gro Sand" not in names(meeting)  # the report's co-author only
    assert {p.organisation for p in meeting.participants if p.name == "Siv Lunde"} == {
        "Kultur- og likestillingsdepartementet"}  # not "Opning", the slot


def test_the_chair_after_a_relative_clause_one_represented_and_the_question_round() -> None:
    raw = ("KS Vestland heldt fylkesmøte med statssekretær Nora Eik i Arbeids- og inkluderingsdepartementet. "
           "Møtet, som samla rundt 80 ordførarar på Hotell Ørnen i Bergen, vart leidd av fylkesstyreleiar "
           "Solveig Haug.\n\n"
           "Fylkeskommunane var representerte ved fylkesordførar Linn Eide.\n\n"
           "I spørsmålsrunden tok ordførar i Alta, Mona Vik, opp mangelen på helsepersonell.\n")
    meeting = extract(document(raw, "nn")).meeting
    assert meeting is not None
    assert {"Nora Eik", "Solveig Haug", "Linn Eide", "Mona Vik"} <= names(meeting)


def test_a_notes_own_date_gives_way_to_the_meetings_time_field() -> None:
    raw = ("Notat frå møte\n\nTil: Fylkesstyret i KS Innlandet\nFrå: Regionkontoret v/ Tor Berg\nDato: 5. mai 2025\n\n"
           "Møte med Landbruks- og matdepartementet om jordvern\n\nTid: 2. mai 2025 kl. 13.00–14.30\nStad: Teams\n\n"
           "Deltakarar:\nFrå departementet: politisk rådgjevar Siv Holm\nFrå KS Innlandet: fylkesleiar Eva Hage\n")
    meeting = extract(document(raw, "nn")).meeting
    assert meeting is not None and (meeting.date.month, meeting.date.day) == (5, 2)


def test_a_minutes_date_field_alone_still_dates_the_meeting() -> None:
    raw = ("Referat frå kontaktmøte mellom KS Vestland og Statsforvaltaren\n\nDato: 14. mars 2025\nStad: Bergen\n\n"
           "Til stades: fylkesleiar Eva Hage (KS Vestland), statsforvaltar Lars Sande\n\n"
           "Sak 1: Økonomi\nPartane drøfta kommuneøkonomien.\n")
    meeting = extract(document(raw, "nn")).meeting
    assert meeting is not None and (meeting.date.month, meeting.date.day) == (3, 14)


def test_an_associations_name_in_full_as_the_document_writes_it() -> None:
    raw = ("Nasjonalforeininga for eldrehelse krev meir pengar til demensomsorga.\n\n"
           "Generalsekretær Kari Tveit i Nasjonalforeininga var ikkje nøgd. Foreininga vil at Stortinget "
           "øyremerkjer midlar til pårørandeskular, sa ho.\n\n"
           "Tor Haugen frå Norsk Hest og Geit i Valdres møtte òg statsråden.\n\n"
           "– Vi ber Statsforvaltaren om å gje løyve same dag, sa Haugen.\n")
    claimants = {claimant for claimant, _, _ in demands(raw, "nn")}
    assert "Nasjonalforeininga for eldrehelse" in claimants
    assert "Norsk Hest og Geit" in claimants
    assert not claimants & {"Nasjonalforeininga", "Norsk Hest"}


def test_two_bodies_joined_by_og_stay_two() -> None:
    raw = ("KS Vestland og Statsforvaltaren heldt dialogmøte i Førde.\n\n"
           "– Staten må kompensere kommunane fullt ut, sa fylkesleiar Eva Li i KS Vestland.\n")
    assert {claimant for claimant, _, _ in demands(raw, "nn")} == {"KS Vestland"}


def test_a_church_council_after_its_place() -> None:
    raw = ("Kirkeverge Arne Li i Nordby kirkelige fellesråd er bekymret.\n\n"
           "– Statsforvalteren må veie hensynene på en annen måte, sier Li.\n")
    assert [claimant for claimant, _, _ in demands(raw)] == ["Nordby kirkelige fellesråd"]


def test_a_list_led_in_by_a_body_after_a_fronted_phrase() -> None:
    raw = ("Fagforbundet tok boligkrisa opp med KS torsdag.\n\n"
           "I møtet la forbundet fram tre konkrete krav:\n\n"
           "1. Kommunene må sette av tomter til utleieboliger for ansatte i helse og omsorg.\n"
           "2. Husbanken må opprette et eget låneprogram for arbeidstakerboliger.\n"
           "3. KS må ta boligspørsmålet inn i sin arbeidsgiverpolitikk.\n")
    rows = {(claimant, addressee) for claimant, addressee, _ in demands(raw)}
    assert {("Fagforbundet", "kommunene"), ("Fagforbundet", "Husbanken"), ("Fagforbundet", "KS")} <= rows


STATEMENT_INVERTED = ("Uttalelse fra fylkesmøtet i KS Nordby\n\n"
                      "Fylkesmøtet i KS Nordby samlet ordførere fra hele fylket. Uttalelsen under ble vedtatt.\n\n"
                      "Fylkesmøtet ber regjeringen om å øke rammen for Merkur-programmet.\n\n"
                      "Til slutt ber fylkesmøtet KS om å ta opp saka med departementet.\n")


def test_the_adopting_body_as_an_inverted_subject_asks() -> None:
    assert any(text.startswith("ta opp saka med departementet") for _, _, text in demands(STATEMENT_INVERTED))


@known_failure("round 43: after an inverted body subject the request cue does not read the addressee ('ber "
               "fylkesmøtet KS om å', 'ber fylkesmøtet regjeringen om å' gives no demand at all)")
def test_the_one_asked_after_an_inverted_body_subject() -> None:
    rows = {(addressee, text[:20]) for _, addressee, text in demands(STATEMENT_INVERTED)}
    assert ("KS", "ta opp saka med depa") in rows


def test_a_demand_named_by_the_body_it_came_from_with_its_place() -> None:
    raw = ("KS Nordby hadde fylkesmøte i Bodø.\n\n"
           "Fylkesmøtet støtter kravet fra Nordby fylkeskommune om et eget statlig tilskudd til vareruter med båt.\n")
    assert ("Nordby fylkeskommune", "et eget statlig tilskudd til vareruter med båt") in {
        (claimant, text) for claimant, _, text in demands(raw)}


def test_party_reactions_with_no_role_and_a_parties_spokesperson_stand_apart() -> None:
    raw = ("Etter tirsdagens konsultasjonsmøte står KS og regjeringen langt fra hverandre. Styreleder Liv Dal i KS "
           "møtte kommunal- og distriktsminister Eirik Solberg.\n\n"
           "– Dette holder ikke, sa Dal etter møtet.\n\n"
           "Kommunalpolitisk talsperson i Senterpartiet, Ingvild Moen, mener regjeringen må øke rammene.\n\n"
           "Høyres Mats Ødegård sier partiet vil se nøye på tallene.\n")
    meeting = extract(document(raw)).meeting
    assert meeting is not None and {"Liv Dal", "Eirik Solberg"} <= names(meeting)
    assert not names(meeting) & {"Ingvild Moen", "Mats Ødegård"}


def test_party_members_asking_at_a_hearing_took_part() -> None:
    raw = ("Høring i kommunalkomiteen om kommuneproposisjonen\n\n"
           "KS og Fagforbundet møtte kommunal- og forvaltningskomiteen på Stortinget tirsdag. Styreleder Liv Dal "
           "la fram KS' syn.\n\n"
           "Flere av komiteens medlemmer stilte spørsmål underveis. SVs Marte Aas spurte Fagforbundet om hvor mye en "
           "heltidssatsing ville koste.\n")
    meeting = extract(document(raw)).meeting
    assert meeting is not None and "Marte Aas" in names(meeting)


def test_a_councils_resolution_asks_in_its_own_name() -> None:
    raw = ("Kommunestyret krever at politiet blir i Vik\n\nTirsdag vedtok Vik kommunestyre enstemmig en uttalelse. "
           "Her er vedtaket i sin helhet:\n\n"
           "«Vik kommunestyre ber Justis- og beredskapsdepartementet om å:\n\n"
           "1. sikre at politikontoret holdes åpent med fast bemanning\n"
           "2. sørge for at politiet deltar fast i kommunens beredskapsråd»\n")
    rows = {(claimant, addressee) for claimant, addressee, _ in demands(raw)}
    assert rows == {("Vik kommunestyre", "Justis- og beredskapsdepartementet")}


def test_a_verb_of_saying_with_a_content_clause_inside_a_quotation_is_no_attribution() -> None:
    raw = ("Forbundsleder Lill Dal i Norsk Sykepleierforbund er skuffet over statsråden.\n\n"
           "– Når statsråden skyver alt over på partene, sier han i praksis at mangelen ikke er hans problem. "
           "Det godtar vi ikke, sier hun.\n")
    assert [(speaker, text[:20]) for _, speaker, text in statement_rows(raw)] == [("Lill Dal", "Når statsråden skyve")]


def test_the_notes_writer_listed_as_the_undersigned() -> None:
    raw = ("Notat frå møte\n\nTil: Fylkesstyret i KS Innlandet\nFrå: Regionkontoret v/ Tor Berg\nDato: 5. mai 2025\n\n"
           "Møte med Landbruks- og matdepartementet om jordvern\n\nTid: 2. mai 2025 kl. 13.00\n\n"
           "Deltakarar:\nFrå departementet: politisk rådgjevar Siv Holm\n"
           "Frå KS Innlandet: fylkesleiar Eva Hage og underteikna\n")
    meeting = extract(document(raw, "nn")).meeting
    assert meeting is not None and {"Siv Holm", "Eva Hage", "Tor Berg"} <= names(meeting)


def test_an_offices_sender_who_tells_no_meeting_is_no_participant() -> None:
    raw = ("Notat\n\nTil: Fylkesstyret i KS Innlandet\nFrå: Regionkontoret v/ Tor Berg\nDato: 5. mai 2025\n\n"
           "Statsråd Kari Li møtte fylkesleiar Eva Hage i departementet 2. mai om jordvern.\n")
    meeting = extract(document(raw, "nn")).meeting
    assert meeting is not None and "Tor Berg" not in names(meeting)
