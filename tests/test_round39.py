"""Round 39 (the misses of eval/unseen40 and eval/partset26, development material after stop 50), invented texts,
bokmål and nynorsk, with negatives:

- meetings: a minister who is a guest of a board ("Da statsråden gjestet hovedstyret"), a visit named by a
  compound ("på gårdsbesøk"), a minister come to a place ("Søndag kom statsråden til Nordvik"), a trip made to
  meet ("var i Oslo for å møte energiministeren") and the meeting its writers had ("møtet vi hadde med
  departementet", in an email) tell the occasion; mayors named as a group beside KS keep a meeting with one
  ministry from being a bilateral consultation;
- participants: those seated at a kitchen table, a one-line sentence that opens with its party's label ("Frå KS:
  seniorrådgjevar NN."), a post's author on a profile line with a role ("NN – ordfører i X"); not a person in a
  relative clause after a participant ("A, som driver gården sammen med mannen B"), not one who "hadde dessverre
  forfall", not a commenter under a post's reactions line;
- statements: a talk told before an editor's pointer ("I møtet holdt NN et langt innlegg. Vi gjengir
  hovedpunktene her:") announces NN's words in the dash paragraphs after it, and they are quotations, not a list.
"""
from __future__ import annotations

from datetime import date

import pytest

from extract_kit import demands, extracted_meeting, statement_rows


def _names(raw: str, language: str = "nb", published: date | None = date(2025, 3, 12)) -> set[str]:
    meeting = extracted_meeting(raw, language, published)
    assert meeting is not None
    return {p.name for p in meeting.participants}


def test_a_minister_who_was_a_guest_of_the_board_met_it() -> None:
    raw = ("Barnevernet må fullfinansieres\n\n"
           "Tre år etter reformen har kommunene fått et større ansvar. Da statsråden gjestet hovedstyret tirsdag "
           "11. mars, la styreleder Kari Moe i KS fram nye tall.\n\n"
           "– Regningen har vokst, sa Moe til barne- og familieminister Lise Dahl.\n")
    meeting = extracted_meeting(raw, published=date(2025, 3, 12))
    assert meeting is not None and meeting.meeting_type == "annet"
    assert {"Kari Moe", "Lise Dahl"} <= {p.name for p in meeting.participants}


def test_a_visit_named_by_a_compound_is_a_visit() -> None:
    raw = ("Landbruksministeren på gårdsbesøk med KS Innlandet\n\n"
           "Landbruks- og matminister Guro Lie besøkte Stange 6. juni sammen med fylkesstyreleder i KS Innlandet, "
           "Per Moen.\n")
    meeting = extracted_meeting(raw, published=date(2025, 6, 7))
    assert meeting is not None and meeting.meeting_type == "annet"


def test_a_house_call_is_no_visit_of_the_government() -> None:  # negative: "hjemmebesøk" by a nurse
    raw = ("Helsesykepleierne i Nordby gjør hjemmebesøk hos alle nyfødte. Kommunen vil ansette to til, sier "
           "kommunalsjef Kari Moe.\n")
    assert extracted_meeting(raw, published=date(2025, 6, 7)) is None


def test_a_minister_come_to_a_place_to_meet_the_mayors_is_a_visit_not_a_consultation() -> None:
    raw = ("Dataangrepet i Nordvik\n\n"
           "Søndag kom digitaliseringsministeren til Nordvik for å møte ordførerne og KS. Digitaliseringsminister "
           "Kari Moe møtte ordførerne og KS' styreleder Per Lie på rådhuset.\n")
    meeting = extracted_meeting(raw, published=date(2025, 3, 11))
    assert meeting is not None and meeting.meeting_type == "annet"


def test_a_trip_made_to_meet_the_minister_and_the_posts_author_with_a_role_on_the_profile_line() -> None:
    raw = ("Trond Haug – ordfører i Hjelmeland\n"
           "12. november kl. 18:43 · 🌍\n\n"
           "For en dag! I dag var varaordfører Kirsti Alme og jeg i Oslo for å møte energiminister Sverre Ulvestad. "
           "Vi la fram saken om konsesjonskraften direkte for statsråden.\n\n"
           "👍❤️ 214 · 37 kommentarer · 12 delinger\n\n"
           "Liv Aasland\n"
           "Godt jobba, Trond! Stå på videre\n")
    meeting = extracted_meeting(raw, published=date(2025, 11, 12))
    assert meeting is not None and meeting.counterpart == "Energidepartementet"
    names = {p.name for p in meeting.participants}
    assert {"Trond Haug", "Kirsti Alme", "Sverre Ulvestad"} <= names
    assert not any("Aasland" in n for n in names)  # a commenter under the reactions line


def test_a_plan_to_meet_in_an_article_is_told_by_its_own_cue() -> None:  # negative: no trip, no meeting word
    raw = "Kommunen har lenge arbeidet for å møte behovet for flere sykehjemsplasser, sier ordfører Kari Moe.\n"
    assert extracted_meeting(raw, published=date(2025, 11, 12)) is None


def test_the_meeting_the_writers_had_in_an_email_with_its_party_labels_and_an_apology() -> None:
    raw = ("Frå: Aslak Tveit\n"
           "Sendt: onsdag 27. november 2024 08:14\n"
           "Til: Formannskapet\n"
           "Kopi: Randi Gjerde\n"
           "Emne: Orientering – møte med Helse- og omsorgsdepartementet om legevakta\n\n"
           "Hei alle saman,\n\n"
           "Her kjem ei kort oppsummering frå møtet vi hadde med Helse- og omsorgsdepartementet om legevakta, "
           "tysdag 26. november.\n\n"
           "Frå Voss herad møtte ordførar Ingunn Flatebø og eg. Departementet stilte med statssekretær Kamilla "
           "Aasheim. Frå KS: seniorrådgjevar Tone Mjelde. Kommunalsjef Randi Gjerde hadde dessverre forfall.\n\n"
           "Helsing\n"
           "Aslak Tveit\n")
    meeting = extracted_meeting(raw, "nn", published=date(2024, 11, 27))
    assert meeting is not None and meeting.counterpart == "Helse- og omsorgsdepartementet"
    assert (meeting.date.month, meeting.date.day) == (11, 26)
    names = {p.name for p in meeting.participants}
    assert {"Ingunn Flatebø", "Kamilla Aasheim", "Tone Mjelde"} <= names
    assert "Randi Gjerde" not in names  # "hadde dessverre forfall"


@pytest.mark.parametrize("sentence,attends", [
    ("Frå KS: seniorrådgjevar Tone Mjelde.", True),  # a sentence of one line, closed by its stop
    ("Frå KS: seniorrådgjevar Tone Mjelde\nSaksbehandlar: Pål Vik, KS", False),  # a label line heads a list
    ("Fra KS: styreleder Kari Moe, områdedirektør Per Lie", False),  # no stop: attendance_lists reads it
])
def test_a_party_label_opens_an_attendance_sentence_only_on_one_line_closed_by_a_stop(sentence: str,
                                                                                       attends: bool) -> None:
    from flows.extract.participant_details import any_pattern

    assert (any_pattern("attendance").search(sentence) is not None) is attends


def test_those_seated_at_the_kitchen_table_took_part_but_not_one_told_of_in_a_relative_clause() -> None:
    raw = ("Landbruksministeren på gårdsbesøk\n\n"
           "Landbruks- og matminister Guro Lie besøkte Stange 6. juni sammen med ordfører i Stange, Lise Dahl.\n\n"
           "Rundt kjøkkenbordet på Nes gård satt også landbrukssjef i Stange, Arne Kjos, og gårdbruker Maria "
           "Engen, som driver gården sammen med mannen Henrik Engen.\n")
    names = _names(raw, published=date(2025, 6, 7))
    assert {"Guro Lie", "Lise Dahl", "Arne Kjos", "Maria Engen"} <= names
    assert "Henrik Engen" not in names


def test_a_talk_before_an_editors_pointer_announces_the_dash_paragraphs_after_it() -> None:
    raw = ("Revidert budsjett\n\n"
           "Mandag møtte KS' styreleder Ragnhild Sveen finansminister Håkon Lied.\n\n"
           "I møtet holdt Sveen et langt innlegg om situasjonen i kommunene. Vi gjengir hovedpunktene her:\n\n"
           "– Kommunene har gjort det de skal. Vi har holdt igjen og vi har kuttet.\n\n"
           "– Derfor må kommunene kompenseres fullt ut for lønnsoppgjøret i år.\n\n"
           "– Investeringstilskuddet må økes, sa Sveen.\n")
    rows = statement_rows(raw)
    assert ("direct", "Ragnhild Sveen", "Kommunene har gjort det de skal. Vi har holdt igjen og vi har kuttet") in rows
    assert ("direct", "Ragnhild Sveen", "Derfor må kommunene kompenseres fullt ut for lønnsoppgjøret i år") in rows
    assert any("kompenseres fullt ut" in text and claimant == "KS" for claimant, _, text in demands(raw))


def test_an_editors_pointer_after_no_talk_leaves_a_list() -> None:  # negative: a list of demands, nobody's talk
    raw = ("KS møtte finansministeren mandag. Vi gjengir hovedkravene her:\n\n"
           "– Full kompensasjon for lønnsveksten\n"
           "– Vekst i de frie inntektene\n")
    assert not [r for r in statement_rows(raw) if r[0] == "direct"]
    assert len(demands(raw)) == 2


# A known failure of stop 51 (tried and taken out: the word is far more often an addressee or a party beside KS);
# fixed in stop 52: the counties ask alone, beside KS they leave the demand to KS (demands._without_joined_counties).
def test_the_counties_as_a_group_are_a_claimant() -> None:
    raw = ("KS og fylkeskommunene møtte samferdselsministeren i går.\n\n"
           "Fylkeskommunene krever at staten fullt ut kompenserer merkostnadene ved nullutslippsferjer.\n")
    assert ("fylkeskommunene", "staten", "staten fullt ut kompenserer merkostnadene ved nullutslippsferjer") in \
        demands(raw)


def test_an_opinion_pieces_last_line_tells_its_author_and_the_body_they_write_for() -> None:
    raw = ("KRONIKK\n\n"
           "Klimatilpasning kan ikke vente\n\n"
           "Da KS møtte klima- og miljøminister Åse Dahl forrige uke, satt jeg ved bordet.\n\n"
           "Derfor ber vi om at staten tar en langt større del av regningen for klimatilpasning i kommunene.\n\n"
           "Kari Moe (Sp) er ordfører i Nord-Fron og medlem av KS' hovedstyre.\n")
    assert ("KS", "staten", "staten tar en langt større del av regningen for klimatilpasning i kommunene") in \
        demands(raw)


def test_a_committee_that_heard_the_organisations_held_a_hearing_with_no_counterpart() -> None:
    raw = ("Høring om kommuneproposisjonen: Dette ba organisasjonene Stortinget om\n\n"
           "Kommunal- og forvaltningskomiteen hørte torsdag 22. mai innspill fra 14 organisasjoner om "
           "kommuneproposisjonen.\n\n"
           "Høringen i Stortingets kommunal- og forvaltningskomité ble holdt i komiteens møterom. "
           "Høringen kom bare tre dager etter at KS hadde møtt kommunal- og distriktsminister Kari Dahl i "
           "konsultasjonsmøtet mandag.\n\n"
           "Først ut var KS, representert ved styreleder Ragnhild Sveen. Fagforbundets leder Gro Lie tok opp "
           "heltid.\n")
    meeting = extracted_meeting(raw, published=date(2025, 5, 23))
    assert meeting is not None and meeting.meeting_type == "annet" and meeting.counterpart is None
    names = {p.name for p in meeting.participants}
    assert "Ragnhild Sveen" in names and "Kari Dahl" not in names  # the minister was met three days before


def test_seated_round_a_table_in_the_ministry_took_part() -> None:
    raw = ("Ordføraren orienterte kommunestyret\n\n"
           "Ordførar Marta Nes møtte Helse- og omsorgsdepartementet om legevakta.\n\n"
           "Måndag sat ho rundt eit bord i departementskvartalet saman med statssekretær Ivar "
           "Tenden i Helse- og omsorgsdepartementet.\n")
    assert {"Marta Nes", "Ivar Tenden"} <= _names(raw, "nn", published=date(2025, 3, 12))


def test_one_who_did_not_go_to_the_ministry_and_the_chair_of_a_committee_that_reported_took_no_part() -> None:
    raw = ("Fylket møtte samferdselsministeren\n\n"
           "Torsdag 5. september møtte fylkesordførar Synnøve Vik og fylkesdirektør Arve Tonheim "
           "samferdselsminister Håkon Rygg i Samferdselsdepartementet.\n\n"
           "Fylkestinget vedtok ein uttale om ferjeøkonomien 18. juni. Saksordførar var Kjell Sørbø (Sp), som ikkje "
           "var med til departementet.\n\n"
           "Ferjeutvalet, leidd av professor Gunnar Tvedt, la fram utgreiinga si rett før jul.\n")
    names = _names(raw, "nn", published=date(2025, 9, 6))
    assert {"Synnøve Vik", "Arve Tonheim", "Håkon Rygg"} <= names
    assert "Kjell Sørbø" not in names and "Gunnar Tvedt" not in names


def test_a_ministers_talk_at_a_conference_in_a_calendar_with_its_moderator_but_not_a_predecessor() -> None:
    raw = ("Kalender – Klima- og miljødepartementet\n\n"
           "Klima- og miljøministeren innleder på KS' klimakonferanse\n\n"
           "Når: 12.–13. november 2025\n"
           "Hvor: Clarion Hotel The Hub, Oslo\n\n"
           "Klima- og miljøminister Tarjei Holm holder innlegget «Klimamål og lokalt handlingsrom» når KS samler "
           "kommuner til klimakonferanse i Oslo. Statsråden vil snakke om klimameldingen, som forgjengeren Eline "
           "Rustad la fram i vår.\n\n"
           "Etter innlegget blir det samtale med styreleder i KS, Torunn Brekke. Samtalen ledes av Silje Bratberg, "
           "journalist i Kommunal Rapport.\n")
    meeting = extracted_meeting(raw, published=date(2025, 11, 1))
    assert meeting is not None and meeting.meeting_type == "foredrag"
    names = {p.name for p in meeting.participants}
    assert {"Tarjei Holm", "Torunn Brekke", "Silje Bratberg"} <= names and "Eline Rustad" not in names


def test_a_field_of_absence_alone_on_its_line_heads_the_list_of_those_absent() -> None:
    from flows.extract.minutes import absent_field_spans

    text = ("PROTOKOLL\n\nMøtt:\nOddbjørn Hestad, leiar\nIvar Hovland, varamedlem (for Turid Sande)\n\n"
            "Forfall:\nTurid Sande, medlem\nNils Fjærestad, medlem\n\nSak 01/25 Godkjenning av innkalling\n")
    spans = [text[a:b] for a, b in absent_field_spans(text)]
    assert spans == ["Forfall:\nTurid Sande, medlem\nNils Fjærestad, medlem"]
    inline = "Forfall: Kari Moe\nMøtt: Per Lie\n"  # a field with its value on its line: that line only
    assert [inline[a:b] for a, b in absent_field_spans(inline)] == ["Forfall: Kari Moe"]


@pytest.mark.parametrize("raw,asked", [
    ("Ifølge KS vil behovet for heldøgns plasser nesten dobles fram mot 2040.\n", False),  # a forecast
    ("Behovet for lærarar i Nordby kjem til å auke kraftig dei neste åra, seier ordførar Kari Moe i KS.\n", False),
    ("KS krev at behovet for fleire lærarar blir dekt i statsbudsjettet.\n", True),  # negative: asked, not forecast
])
def test_a_request_noun_that_a_forecast_is_about_asks_nothing(raw: str, asked: bool) -> None:
    texts = [text for _, _, text in demands("KS møtte kunnskapsministeren i går.\n\n" + raw)]
    assert any("lærar" in t or "plasser" in t for t in texts) is asked
