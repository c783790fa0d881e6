"""Round 38 (the misses of eval/unseen39 and eval/partset25, development material after stop 49), invented texts,
bokmål and nynorsk, with negatives:

- meetings: a day fronted before the verb and the names after it ("Måndag 7. april var fylkesordførar A, B og C i
  Kunnskapsdepartementet") dates the occasion and places those named; a day and month after "statsbudsjettet"
  ("konsultasjonsmøte om statsbudsjettet 12. mars") is the meeting's day, a year there is the budget's; a ministry's
  report of a minister's talk at a summit places the mayors who asked questions there; a talk's notes headed
  "Innlegg ved styreleder i KS, NN" are NN's, and the minister its opening greets by name ("Kjære helse- og
  omsorgsminister NN") heard it; a person invited to introduce at the meeting took part; a feature that tells the
  meeting only in a section of its own ("Møtet i Akersgata") after sections on mayors it visited has that
  section's people;
- statements: "svarte med å vise til at X" reports X ("åpnet med å takke for at X" stays the thanks); thanks for the
  effort ("takke kommunene for innsatsen"): a known failure, gold splits;
- demands: a list item whose clause of time has a verb of sending ("før nye krav sendes ut") asks; a road users'
  organisation (NAF) is a claimant of its own.
"""
from __future__ import annotations

from datetime import date

import pytest

from extract_kit import demands, extracted_meeting, statement_rows


def test_a_fronted_day_dates_the_visit_to_the_ministry_and_places_those_named_after_the_verb() -> None:
    raw = ("Fylkesleiinga møtte kunnskapsministeren\n\n"
           "Fleire læreplassar og pengar til skulehelsetenesta var bodskapen då fylkesordføraren og KS Vestland møtte "
           "Kunnskapsdepartementet.\n\n"
           "Måndag 7. april 2025 var fylkesordførar Marit Lunde, fylkesvaraordførar Jon Olav Hestenes og "
           "fylkesdirektør Terje Haugsnes i Kunnskapsdepartementet. Frå KS Vestland møtte fylkesstyreleiar Helge "
           "Bjørkevoll.\n")
    meeting = extracted_meeting(raw, "nn", published=date(2025, 4, 8))
    assert meeting is not None
    assert (meeting.date.year, meeting.date.month, meeting.date.day) == (2025, 4, 7)
    assert {"Marit Lunde", "Jon Olav Hestenes", "Terje Haugsnes", "Helge Bjørkevoll"} <= {
        p.name for p in meeting.participants}


def test_a_career_in_the_ministry_after_a_fronted_day_places_no_one() -> None:  # negative: "fram til 2021"
    raw = ("Ny kommunedirektør i Nordby\n\n"
           "Tysdag 8. april var det klart at Kari Vik, som var ekspedisjonssjef i Kunnskapsdepartementet fram til "
           "2021, blir ny kommunedirektør i Nordby kommune.\n")
    meeting = extracted_meeting(raw, "nn", published=date(2025, 4, 9))
    assert meeting is None or "Kari Vik" not in {p.name for p in meeting.participants}


def test_a_day_and_month_after_the_state_budget_is_the_meetings_day() -> None:
    raw = ("Kommunenes økonomi var hovedtema da KS møtte regjeringen til årets første konsultasjonsmøte om "
           "statsbudsjettet 12. mars. Fra KS møtte styreleder Kari Moe.\n")
    meeting = extracted_meeting(raw, published=date(2025, 4, 2))
    assert meeting is not None and (meeting.date.month, meeting.date.day) == (3, 12)


def test_a_year_after_the_state_budget_is_the_budgets() -> None:  # negative: the budget's year dates no meeting
    raw = ("KS møtte regjeringen til konsultasjonsmøte om statsbudsjettet 2026. Fra KS møtte styreleder Kari Moe.\n")
    meeting = extracted_meeting(raw, published=date(2025, 4, 2))
    assert meeting is not None and meeting.date.day is None and meeting.date.year != 2026


TALK_REPORT = ("Regjeringen.no › Arbeids- og inkluderingsdepartementet › Aktuelt\n\n"
               "Nyhet | Dato: 06.02.2025\n\n"
               "Arbeids- og inkluderingsministerens innlegg for ordførerne\n\n"
               "Arbeids- og inkluderingsminister Jonas Tveiten holdt innlegg om arbeid og bosetting av flyktninger for "
               "ordførerne i Trøndelag i Trondheim torsdag 6. februar. Etterpå svarte han på spørsmål fra "
               "ordførere fra hele landet. Her er et sammendrag av innlegget og dialogen.\n\n"
               "Innlegget\n\n"
               "Statsråden åpnet innlegget med å vise til at kommunene har bosatt mange flyktninger.\n\n"
               "– Det dere har fått til, er ingen selvfølge, sa Tveiten.\n\n"
               "Dialog med salen\n\n"
               "Ove Rypdal (Ap), ordfører i Vefsn, sa at fem år med integreringstilskudd ikke er nok for dem som "
               "trenger lengst tid.\n\n"
               "Linn Oppedal (H), ordfører i Sandnes, tok opp regelverket for introduksjonsprogrammet.\n\n"
               "– Vil statsråden åpne for at kommunene kan kombinere programmet med lønnet arbeid? spurte Oppedal.\n")


def test_a_ministrys_report_of_a_talk_places_the_mayors_who_asked_there() -> None:
    meeting = extracted_meeting(TALK_REPORT, published=date(2025, 2, 6))
    assert meeting is not None and meeting.meeting_type == "foredrag"
    assert {"Jonas Tveiten", "Ove Rypdal", "Linn Oppedal"} <= {p.name for p in meeting.participants}


TALK_NOTES = ("TALENOTAT – Fastlegekonferansen\nOslo, 5.11.2024\nInnlegg ved styreleder i KS, Ingrid Bakke\n"
              "Ca. 12 min. Det talte ord gjelder.\n\n"
              "Kjære helse- og omsorgsminister Tone Hammer, kjære fastleger og ordførere – takk for invitasjonen.\n\n"
              "Jeg var i Vinje i høst. Der fortalte fastlege Ola Tveit meg hvordan en vanlig uke ser ut for ham.\n\n"
              "Fastlegeordningen må styrkes, og staten må ta et større ansvar for finansieringen.\n")


def test_talk_notes_given_by_the_one_named_after_innlegg_ved_and_heard_by_the_one_greeted() -> None:
    meeting = extracted_meeting(TALK_NOTES, published=date(2024, 11, 5))
    assert meeting is not None and meeting.meeting_type == "foredrag"
    names = {p.name for p in meeting.participants}
    assert {"Ingrid Bakke", "Tone Hammer"} <= names
    assert "Ola Tveit" not in names  # negative: told of from another day


def test_a_greeting_to_all_names_no_one() -> None:  # negative: no person greeted
    raw = TALK_NOTES.replace("Kjære helse- og omsorgsminister Tone Hammer, kjære", "Kjære alle sammen, kjære")
    meeting = extracted_meeting(raw, published=date(2024, 11, 5))
    assert meeting is not None and {p.name for p in meeting.participants} == {"Ingrid Bakke"}


def test_a_person_invited_to_introduce_at_the_meeting_took_part() -> None:
    raw = ("KS møtte kulturministeren om frivilligheita\n\n"
           "Styremedlem Eirin Bjørkum deltok i det bilaterale møtet mellom KS og Kultur- og "
           "likestillingsdepartementet 26. november. Frå departementet møtte kultur- og likestillingsminister Håkon "
           "Dahle. Generalsekretær i Frivillighet Norge, Ragnhild Moen, var invitert til å innleie om situasjonen i "
           "frivilligheita.\n\n"
           "Moen frå Frivillighet Norge støtta KS, og peika på at ein frivilligsentral kostar lite.\n")
    meeting = extracted_meeting(raw, "nn", published=date(2025, 11, 27))
    assert meeting is not None and "Ragnhild Moen" in {p.name for p in meeting.participants}


FEATURE = ("REPORTASJE | KOMMUNEØKONOMI\n\n"
           "Regnestykket som ikke går opp\n\n"
           "Flere eldre og dyrere tjenester spiser opp inntektsveksten før den når kommunekassa. Ordførerne sier de "
           "har kuttet det de kan.\n\n"
           "Det er tidlig i april i Lyngen. Ordfører Ragnhild Bakkevoll (Ap) har lagt budsjettet på bordet.\n\n"
           "– Tre brukere koster mer enn hele kulturbudsjettet vårt, sier Bakkevoll.\n\n"
           "Sykehjemmet som ble for dyrt\n\n"
           "I Vinje har ordfører Halvor Aamlid (Sp) et annet problem: et nytt sykehjem og renter som har steget.\n\n"
           "– Vi bygde for eldrebølgen, sier Aamlid.\n\n"
           "Møtet i Akersgata\n\n"
           "Kommunenes økonomi var hovedtema da KS møtte regjeringen til konsultasjonsmøte 12. mars. Rundt bordet "
           "satt kommunal- og distriktsminister Ingrid Bruheim. Fra KS møtte styreleder Torunn Lyngstad.\n\n"
           "Bruheim sa i møtet at regjeringen er opptatt av handlingsrommet.\n\n"
           "Venter på mai\n\n"
           "Kommuneproposisjonen legges fram i mai.\n")


def test_a_feature_that_tells_the_meeting_in_a_section_of_its_own_has_that_sections_people() -> None:
    meeting = extracted_meeting(FEATURE, published=date(2025, 4, 10))
    assert meeting is not None
    assert {p.name for p in meeting.participants} == {"Ingrid Bruheim", "Torunn Lyngstad"}


def test_a_section_that_does_not_name_the_meeting_leaves_the_people_of_the_text() -> None:  # negative
    raw = FEATURE.replace("Møtet i Akersgata", "Tallene fra KS")
    meeting = extracted_meeting(raw, published=date(2025, 4, 10))
    assert meeting is not None and {"Ragnhild Bakkevoll", "Halvor Aamlid"} & {p.name for p in meeting.participants}


def test_answering_by_pointing_to_a_clause_reports_the_clause() -> None:
    raw = ("Statsforvaltar Liv Hæreid møtte ordførarane i Sunnfjord. Statsforvaltaren svarte med å vise til at "
           "embetet har styrkt beredskapsavdelinga.\n")
    rows = statement_rows(raw, "nn")
    assert ("indirect", "Liv Hæreid", "embetet har styrkt beredskapsavdelinga") in rows


def test_answering_by_pointing_to_a_thing_reports_the_phrase() -> None:  # negative: no clause to report
    raw = ("Helseminister Anders Vik møtte ordførerne. På spørsmål om satsene vil bli justert, svarte statsråden med å "
           "vise til budsjettprosessen.\n")
    assert ("indirect", "Anders Vik", "vise til budsjettprosessen") in statement_rows(raw)


@pytest.mark.xfail(strict=True, reason="gold splits: unseen30 and unseen39 leave 'takke kommunene for innsatsen' out as "
                   "courtesy, realistic-c and unseen1 (and the older tests of 'takket for samarbeidet') keep it as a "
                   "statement; the courtesy objects stay as they were")
def test_thanks_for_the_effort_are_courtesy() -> None:
    raw = ("Statsminister Jonas Lie møtte KS på toppmøtet. Statsministeren åpnet med å takke kommunene for innsatsen "
           "de siste årene. Han sa at kommunene har bosatt flere flyktninger enn noen gang.\n")
    rows = statement_rows(raw)
    assert not any(r[2].startswith(("takke", "kommunene for innsatsen")) for r in rows)
    assert any(r[2].startswith("kommunene har bosatt") for r in rows)  # the view after the thanks is reported


def test_a_list_item_with_a_verb_of_sending_in_its_clause_of_time_asks() -> None:
    raw = ("KS la fram fire forventninger i møtet. KS ber om at staten:\n\n"
           "• tar et varig finansieringsansvar for nasjonale fellesløsninger\n"
           "• involverer kommunesektoren som likeverdig part før nye digitale krav sendes ut\n\n"
           "Statsråden lovet å se på saken.\n")
    texts = [d[2] for d in demands(raw)]
    assert "involverer kommunesektoren som likeverdig part før nye digitale krav sendes ut" in texts


def test_a_road_users_organisation_is_a_claimant_of_its_own() -> None:
    raw = ("Hos NAF Møre og Romsdal er tolmodet i ferd med å ta slutt. Distriktsleiar Ingebjørg Stavseng fortel om "
           "fleire klager enn nokon gong.\n\n"
           "NAF Møre og Romsdal vil at staten innfører ei eiga øyremerkt ordning for vedlikehald av fylkesvegar.\n")
    assert any(d[0] == "NAF Møre og Romsdal" and "øyremerkt ordning" in d[2] for d in demands(raw, "nn"))


def test_a_negated_modal_before_a_clause_of_time_asks() -> None:
    raw = ("Styreleder Torunn Brekke i KS møtte helseministeren. Hun sa at betalingsplikten for utskrivningsklare "
           "pasienter ikke må økes før det er gjort en grundig vurdering av hvordan ordningen virker i dag.\n")
    assert any(d[0] == "KS" and d[2].startswith("betalingsplikten for utskrivningsklare pasienter ikke må økes")
               for d in demands(raw))


def test_a_modal_of_present_fact_asks_nothing() -> None:  # negative: "I dag må kommunene søke" describes
    raw = "– I dag må kommunene søke om tilskudd hvert år, sa styreleder Torunn Brekke i KS.\n"
    assert demands(raw) == []


def test_a_view_fronted_with_slik_x_ser_det_is_the_organisations() -> None:
    raw = "Slik KS ser det, bør det åpnes for at partene i helsefellesskapene kan inngå forpliktende avtaler.\n"
    assert any(d[0] == "KS" and "åpnes for at partene" in d[2] for d in demands(raw))


def test_a_view_fronted_with_etter_x_syn_is_the_organisations() -> None:
    raw = "Etter KS' syn bør staten åpne for at partene kan inngå forpliktende avtaler.\n"
    assert any(d[0] == "KS" and d[1] == "staten" for d in demands(raw))


def test_a_party_spokesperson_named_after_partiets_speaks_for_the_party_named_before() -> None:
    raw = ("Senterpartiet mener proposisjonen rammer distriktskommunene hardest. Partiets kommunalpolitiske talsperson, "
           "stortingsrepresentant Marte Øvrebø, sier at partiet krever at regjeringen øker de frie inntektene med minst "
           "fem milliarder kroner.\n\n"
           "– Regjeringen må også skjerme de minste kommunene, sier Øvrebø til NTB.\n")
    rows = demands(raw)
    assert ("Senterpartiet", "regjeringen", "regjeringen øker de frie inntektene med minst fem milliarder kroner") in rows
    assert ("Senterpartiet", "regjeringen", "Regjeringen må også skjerme de minste kommunene") in rows


def test_a_mayor_with_a_party_speaks_for_no_party() -> None:  # negative: a mayor's party is no claimant
    raw = ("Senterpartiet mener proposisjonen rammer distriktene. Ordfører Kari Dal (Sp) i Nordby sier at regjeringen "
           "må skjerme de minste kommunene.\n")
    assert not any(d[0] in ("Senterpartiet", "Sp") for d in demands(raw))


def test_a_committee_member_speaks_for_her_party() -> None:
    raw = ("Fra komiteen deltok komitémedlem Bente Moldskred (SV).\n\n"
           "– Fylkene trenger også mer penger til buss og båt, sa Moldskred.\n")
    assert any(d[0] in ("SV", "Sosialistisk Venstreparti") for d in demands(raw))


def test_a_mayors_post_places_her_at_the_meeting_she_tells_in_the_first_person() -> None:
    raw = ("Kari Anne Sletten\n"
           "Ordfører i Stange · 3. april kl. 16:42 · 🌍\n\n"
           "I dag har jeg, sammen med rådmann Torbjørn Lier og leder i Stange Bondelag Per Arne Skaug, hatt et godt møte "
           "med landbruks- og matminister Oddrun Hegstad på Hoberg gård.\n")
    meeting = extracted_meeting(raw, published=date(2025, 4, 3))
    assert meeting is not None
    assert {"Kari Anne Sletten", "Torbjørn Lier", "Per Arne Skaug", "Oddrun Hegstad"} <= {
        p.name for p in meeting.participants}
    assert not any(p.name.startswith("Bondelag") for p in meeting.participants)


def test_a_post_that_tells_no_meeting_of_its_own_places_no_writer() -> None:  # negative
    raw = ("Kari Anne Sletten\n"
           "Ordfører i Stange · 3. april kl. 16:42 · 🌍\n\n"
           "Landbruks- og matminister Oddrun Hegstad møtte Bondelaget i dag. Godt at jordvernet står høyt på "
           "dagsordenen!\n")
    meeting = extracted_meeting(raw, published=date(2025, 4, 3))
    assert meeting is None or "Kari Anne Sletten" not in {p.name for p in meeting.participants}


def test_the_meeting_that_gathered_the_ministers_places_them() -> None:
    raw = ("Kravet ble lagt fram da regjeringen og kommunesektoren møttes til konsultasjonsmøte i går.\n\n"
           "Møtet i statsministerens kontor samlet statsminister Arild Kvalheim, finansminister Trine Lie og kommunal- og "
           "distriktsminister Ragnhild Eidsvik. Fra KS deltok styreleder Marianne Fjell.\n")
    meeting = extracted_meeting(raw, published=date(2025, 4, 15))
    assert meeting is not None and meeting.counterpart == "regjeringen"
    assert {"Arild Kvalheim", "Trine Lie", "Ragnhild Eidsvik", "Marianne Fjell"} <= {p.name for p in meeting.participants}


def test_a_ks_office_named_before_a_mayors_office_is_the_persons_organisation() -> None:
    raw = ("KS møtte statssekretæren torsdag. Der møtte hun KS' nestleder Eirik Vedvik og KS-styremedlem og ordfører i "
           "Drammen, Ingvild Sæbø.\n\n"
           "Sæbø mente at kommunene må få større frihet til å kombinere introduksjonsprogrammet med arbeid.\n")
    assert any(d[0] == "KS" and "større frihet" in d[2] for d in demands(raw))


def test_a_mayors_office_alone_is_her_municipalitys() -> None:  # negative: no KS office named
    raw = ("KS møtte statssekretæren torsdag. Der møtte hun ordfører i Drammen, Ingvild Sæbø.\n\n"
           "Sæbø mente at kommunene må få større frihet til å kombinere introduksjonsprogrammet med arbeid.\n")
    assert not any(d[0] == "KS" for d in demands(raw))


def test_a_person_asking_after_a_fronted_adverbial_asks() -> None:
    raw = ("Ordførar i Fyresdal, Gunhild Tveit, møtte statssekretæren måndag. I møtet bad Tveit òg departementet om å "
           "opprette ei eiga tilskotsordning for kommunar som byggjer utleigebustader.\n")
    assert any(d[0] == "Fyresdal kommune" and d[2].startswith("opprette ei eiga tilskotsordning") for d in demands(raw, "nn"))


def test_a_body_asked_right_after_the_verb_is_no_subject() -> None:  # negative: "bad departementet om" asks it
    raw = ("Ordførar i Fyresdal, Gunhild Tveit, møtte statssekretæren måndag. I møtet bad ho departementet om å "
           "opprette ei eiga tilskotsordning for kommunar som byggjer utleigebustader.\n")
    assert any(d[2].startswith("opprette ei eiga tilskotsordning") for d in demands(raw, "nn"))


def test_why_a_thing_is_not_changed_asks_for_the_change() -> None:
    raw = ("– Hvorfor skal ikke helgetillegget økes, slik at det lønner seg å ta flere helgevakter? spurte fylkesleder "
           "Anne Lien i NSF.\n")
    assert any(d[2].startswith("Hvorfor skal ikke helgetillegget økes") for d in demands(raw))


def test_why_a_group_is_not_heard_asks_nothing_named() -> None:  # negative: no thing and passive after the negation
    raw = "– Hvorfor skal ikke pasientene bli hørt? spurte fylkesleder Anne Lien i NSF.\n"
    assert demands(raw) == []


def test_an_imperative_to_let_go_asks() -> None:
    raw = ("– Vi har mange dyktige folk i kommunene. Slipp dem fri, og gi dem pengene uten for mange bindinger, sier "
           "styreleder Torunn Brekke i KS.\n")
    assert ("KS", None, "Slipp dem fri, og gi dem pengene uten for mange bindinger") in demands(raw)


def test_a_subject_noun_with_its_own_clause_is_part_of_the_demand() -> None:
    raw = ("KS mener følgende:\n\n"
           "- forslaget om at Helsedirektoratet skal kunne pålegge kommunene å ta i bruk bestemte løsninger, må tas ut av "
           "lovforslaget\n")
    assert any(d[2].startswith("forslaget om at Helsedirektoratet skal kunne pålegge kommunene") for d in demands(raw))


def test_a_fronted_condition_is_no_subject_noun() -> None:  # negative: "Dersom X, må staten Y" keeps the modal's clause
    raw = ("– Dersom staten pålegger kommunene å ta i bruk løsningen innen en fast frist, må staten også bære den "
           "økonomiske risikoen, sier styreleder Kari Dal i KS.\n")
    assert ("KS", "staten", "må staten også bære den økonomiske risikoen") in demands(raw)


PROGRAMME = ("Statsrådens program uke 41\n\n"
             "Arbeids- og inkluderingsminister Henrik Moen\nOppdatert 04.10.2024\n\n"
             "Mandag 7. oktober\n"
             "Kl. 13.00 Besøk hos Fretex på Alnabru. Statsråden møter daglig leder Tone Bergvik.\n\n"
             "Tirsdag 8. oktober\n"
             "Kl. 10.00–11.30 Bilateralt konsultasjonsmøte med KS om bosetting av flyktninger. Fra KS møter styreleder "
             "Marianne Fjell og ordfører i Kristiansand Jan Erik Tjomsland.\n\n"
             "Onsdag 9. oktober\n"
             "Kl. 12.00 Muntlig spørretime i Stortinget\n")


def test_a_programme_dates_the_meeting_by_the_day_above_its_entry_and_keeps_other_days_people_out() -> None:
    meeting = extracted_meeting(PROGRAMME, published=date(2024, 10, 4))
    assert meeting is not None and (meeting.date.month, meeting.date.day) == (10, 8)
    names = {p.name for p in meeting.participants}
    assert {"Marianne Fjell", "Jan Erik Tjomsland"} <= names
    assert "Tone Bergvik" not in names


def test_one_day_heading_makes_no_programme() -> None:  # negative: a dated report keeps its people
    raw = ("Tirsdag 8. oktober\n"
           "KS møtte arbeids- og inkluderingsministeren til bilateralt konsultasjonsmøte. Dagen før møtte statsråden "
           "daglig leder Tone Bergvik i Fretex, som også var med tirsdag.\n")
    meeting = extracted_meeting(raw, published=date(2024, 10, 9))
    assert meeting is not None and (meeting.date.month, meeting.date.day) == (10, 8)


def test_findings_presented_by_a_consultant_place_her_there() -> None:
    raw = ("Barne- og familiedepartementet og KS lanserte evalueringen av barnevernsreformen tirsdag. Funnene ble lagt "
           "fram av prosjektleder Tove Ødegård fra Oslo Economics. Styreleder Kari Lunde i KS deltok.\n")
    meeting = extracted_meeting(raw, published=date(2025, 9, 24))
    assert meeting is not None and "Tove Ødegård" in {p.name for p in meeting.participants}


def test_a_labelled_item_of_a_list_of_remarks_states_its_position_after_the_label() -> None:
    raw = ("KS har særleg merknader til desse punkta:\n\n"
           "1. Kompetansekrav. Kravet om mastergrad vil vere umogleg å oppfylle i mange små kommunar. KS ber "
           "departementet opne for at vedtak kan fattast av personell med relevant vidareutdanning.\n"
           "2. Digitale verktøy. Dersom lova skal innførast med eit felles digitalt vedtakssystem, må staten finansiere "
           "og drifte systemet.\n")
    texts = [d[2] for d in demands(raw, "nn")]
    assert "opne for at vedtak kan fattast av personell med relevant vidareutdanning" in texts
    assert any(t.endswith("må staten finansiere og drifte systemet") for t in texts)


def test_a_labelled_item_that_only_describes_asks_nothing() -> None:  # negative
    raw = ("KS har særleg merknader til desse punkta:\n\n"
           "1. Kompetansekrav. Kravet om mastergrad vil vere umogleg å oppfylle i mange små kommunar.\n"
           "2. Økonomi. Departementet reknar med at lova ikkje vil gi auka kostnader.\n")
    assert demands(raw, "nn") == []


STATEMENT_UNDER_NEWS = ("Uttalelse fra fylkesmøtet i KS Nordland: Helsetjenesten i nord må henge sammen\n\n"
                        "Fylkesmøtet i KS Nordland samlet ordførere fra hele fylket i Bodø 24. april 2025. Statssekretær "
                        "Kristoffer Aasen fra Helse- og omsorgsdepartementet orienterte om samhandlingsplanen. Etter en "
                        "lang debatt vedtok fylkesmøtet uttalelsen nedenfor.\n\n"
                        "UTTALELSE\n\n"
                        "Fylkesmøtet ber Stortinget om å bevilge et eget budsjett til helsefellesskapene. Fylkesmøtet "
                        "oppfordrer kommunene i Nordland til å samarbeide tettere om felles stillinger.\n")


def test_a_statement_printed_under_the_news_of_its_meeting_reports_that_meeting() -> None:
    meeting = extracted_meeting(STATEMENT_UNDER_NEWS, published=date(2025, 4, 25))
    assert meeting is not None and meeting.meeting_type == "annet"
    assert (meeting.date.month, meeting.date.day) == (4, 24)
    assert "Kristoffer Aasen" in {p.name for p in meeting.participants}


def test_the_place_of_the_group_asked_is_no_part_of_the_action() -> None:
    assert ("KS Nordland", "kommunene", "samarbeide tettere om felles stillinger") in demands(STATEMENT_UNDER_NEWS)


def test_a_regional_council_of_two_places_keeps_the_second_places_two_words() -> None:
    raw = "Regionrådet i Sunnfjord og Ytre Sogn krev at staten finansierer ein fast legevaktbil.\n"
    assert any(d[0] == "Regionrådet i Sunnfjord og Ytre Sogn" for d in demands(raw, "nn"))


def test_a_budget_hearing_of_a_storting_committee_is_an_occasion_with_no_ministry() -> None:
    raw = ("Kommunene bygger for få sykehjemsplasser, fikk helsekomiteen høre under budsjetthøringen torsdag.\n\n"
           "– Tilskuddet må dekke minst 60 prosent av anleggskostnaden, sa områdedirektør i KS, Helga Rønning.\n")
    meeting = extracted_meeting(raw, published=date(2025, 10, 24))
    assert meeting is not None and meeting.meeting_type == "annet" and meeting.counterpart is None
    assert "Helga Rønning" in {p.name for p in meeting.participants}


def test_a_minister_taken_along_on_a_night_shift_is_a_visit() -> None:
    raw = ("Ordføraren i Sunnfjord tok helseministeren med på nattevakt. Der fekk han ei lang ønskjeliste.\n\n"
           "Klokka var halv ti tysdag kveld då helse- og omsorgsminister Eirik Sønstebø steig inn døra på Sunnfjord "
           "legevakt.\n")
    meeting = extracted_meeting(raw, "nn", published=date(2025, 10, 14))
    assert meeting is not None and meeting.counterpart == "Helse- og omsorgsdepartementet"


def test_a_minister_named_as_taking_part_in_nothing_is_no_visit() -> None:  # negative: no arrival, no host
    raw = "Helse- og omsorgsminister Eirik Sønstebø har tatt med seg innspela frå kommunane i arbeidet med planen.\n"
    meeting = extracted_meeting(raw, "nn", published=date(2025, 10, 14))
    assert meeting is None or meeting.meeting_type != "annet" or meeting.rule != "besok"
