"""Round 45 (the misses of eval/unseen46, eval/partset31 and eval/demset12, development material after stop 56),
invented texts, bokmål and nynorsk, with negatives:

- lists of demands: a heading that names the claims over the bullets under it ("KS' hovedbudskap til regjeringen")
  leads them in as if it ended with a colon, and the one it addresses after "til" is asked; a first-person lead-in
  ("Vi krever at KS:") under a union leader's byline is the union's, KS the one asked, the claimant not taken from
  the sentence before it; a research institute named by its region ("Vestlandsforsking tilrår:");
- who is asked: "kvar einaste kommune"; a minister's "vil derfor oppfordre"; "oppmodinga frå X om at";
- dates: a bare "3/2" inside its line, a title's date in figures, a table's "| Dato |" field, the first sentence
  under a heading ("I dag skreiv ..."), not a speaker's "i dag" in a quotation, not a note's own "Dato:" field
  when its header dates the meeting;
- meetings and who took part: a follow-up letter thanking the state secretary who received "oss", and its
  undersigned; a debate piece's writer seated at the ministry with an hour given by the minister; "med oss",
  "Vi som reiste var", "var der saman med", "delte erfaringer", "Tysdag i førre veke var ... i departementet";
- speakers: a municipality is no person ("i Øystre Slidre"); a paragraph between an interview's turns that tells of
  another party is the writer's; a paragraph of narrative that turns to one new person gives the unattributed
  quotation after it to them; a profile's post quoted as a page shows it (name, time, post, reactions).
"""
from __future__ import annotations

from datetime import date

from extract_kit import demands, extracted_meeting, participant_names_of as names, statement_rows

HEADED_LIST_NB = """KS møtte regjeringen i det første konsultasjonsmøtet tirsdag 4. mars.

KS' hovedbudskap til regjeringen

* Veksten i de frie inntektene må dekke demografi og pensjon.
* Nye lovkrav må fullfinansieres fra første dag.

Ressurskrevende tjenester

* Kostnadene har økt med 40 prosent på fem år.
"""


def test_a_heading_naming_the_claims_leads_in_its_bullets_and_asks_the_one_after_til() -> None:
    rows = demands(HEADED_LIST_NB)
    assert ("KS", "regjeringen", "Veksten i de frie inntektene må dekke demografi og pensjon") in rows
    assert ("KS", "regjeringen", "Nye lovkrav må fullfinansieres fra første dag") in rows
    assert not any("40 prosent" in text for _, _, text in rows)  # a heading of a subject: a fact under it


def test_a_heading_that_names_no_claim_leads_in_nothing() -> None:
    raw = ("KS møtte regjeringen tirsdag 4. mars.\n\nStatlige planer\n\n* Statlige planer må reduseres kraftig.\n"
           "* Rapporteringen må forenkles.\n")
    assert demands(raw) == []


UNION_BLOG_NB = """Av Trine Haugland, leder i Fagforbundet

Fredag 14. november satt vi rundt bordet med KS og Helse- og omsorgsdepartementet.

Våre krav til KS

KS er arbeidsgiverorganisasjonen til kommunene og har signert de samme avtalene som vi. Vi krever at KS:

sørger for at heltidsregelen i tariffavtalen følges opp i alle kommuner
går foran for å avvikle de små helgestillingene
"""


def test_a_first_person_lead_in_under_a_byline_is_the_writers_and_asks_the_body_after_at() -> None:
    rows = demands(UNION_BLOG_NB)
    assert ("Fagforbundet", "KS", "sørger for at heltidsregelen i tariffavtalen følges opp i alle kommuner") in rows
    assert ("Fagforbundet", "KS", "går foran for å avvikle de små helgestillingene") in rows
    assert not any(claimant in ("kommunene", "KS") for claimant, _, _ in rows)


def test_a_research_institute_named_by_its_region_recommends() -> None:
    raw = ("Rapporten om kulturskulen er laga av Vestlandsforsking.\n\nVestlandsforsking tilrår mellom anna:\n\n"
           "• at kommunane vedtek ein eigen plan for kulturskulen innan 2026\n"
           "• at Kunnskapsdepartementet set i gang eit program for kulturskulelærarar\n")
    rows = demands(raw, "nn")
    assert ("Vestlandsforsking", "kommunene", "at kommunane vedtek ein eigen plan for kulturskulen innan 2026") in rows
    assert ("Vestlandsforsking", "Kunnskapsdepartementet",
            "at Kunnskapsdepartementet set i gang eit program for kulturskulelærarar") in rows


def test_every_single_municipality_is_asked() -> None:
    raw = ("KS Vestland hadde invitert Fylkesrådet til dialogmøte om busetjing tysdag.\n\n"
           "– Vi ber kvar einaste kommune sjå på om dei kan ta imot fleire enn i år, sa fylkesleiar Kari Nes i KS "
           "Vestland.\n")
    assert ("KS Vestland", "kommunene", "sjå på om dei kan ta imot fleire enn i år") in demands(raw, "nn")


def test_a_minister_urges_with_an_adverb_between_the_auxiliary_and_the_verb() -> None:
    raw = ("Kommunal- og distriktsminister Sigrid Bakke møtte KS tirsdag.\n\n– Jeg vil derfor oppfordre alle "
           "kommuner til å bruke hele handlingsrommet i ordningen, sier Bakke.\n")
    assert ("Kommunal- og distriktsdepartementet", "kommunene", "bruke hele handlingsrommet i ordningen") \
        in demands(raw)


def test_a_plea_named_by_its_noun_and_who_made_it() -> None:
    raw = ("KS møtte Helse- og omsorgsdepartementet tysdag.\n\nBakgrunnen er oppmodinga frå KS om at staten skal "
           "dekkje kostnadene til legevakt.\n")
    assert ("KS", "staten", "staten skal dekkje kostnadene til legevakt") in demands(raw, "nn")


def _date(raw: str, language: str = "nb", published: date | None = None) -> tuple[int | None, int | None]:
    meeting = extracted_meeting(raw, language, published)
    assert meeting is not None
    return meeting.date.month, meeting.date.day


def test_a_bare_day_and_month_inside_its_line_dates_the_meeting() -> None:
    raw = ("Ungdomsrådet i Volda\n\nFin dag i Oslo! 5/2 var tre av oss på besøk i Barne- og familiedepartementet og "
           "fekk sitje ned med statsråden.\n\nVi tok opp fritidskortet og ventetida hos BUP.\n")
    assert _date(raw, "nn") == (2, 5)


def test_a_titles_date_in_figures_dates_the_visit_at_the_board_meeting() -> None:
    raw = ("KS Viken\n\nKort referat fra fylkesstyremøtet 14.03.2025\n\nFylkesstyret var samlet i Drammen. Første "
           "del av møtet var satt av til besøk fra kulturminister Anne Lie, som kom sammen med politisk rådgiver "
           "Ola Berg.\n\nNeste møte: 9. mai, Teams.\n")
    assert _date(raw) == (3, 14)


def test_a_tables_date_field_dates_the_minutes() -> None:
    raw = ("Referat frå møte i fylkesstyret i KS Agder\n\n| Dato | 21.11.2024 |\n| Stad | Kristiansand |\n\n"
           "Til stades: fylkesleiar Kari Dal, statssekretær Per Moe (Nærings- og fiskeridepartementet)\n\n"
           "Sak 1: Havbruksfondet. Statssekretæren orienterte.\n")
    assert _date(raw, "nn") == (11, 21)


def test_the_first_sentence_under_the_heading_dates_a_signing_today() -> None:
    raw = ("Pressemelding\n\nDato: 12.06.2024\n\nKlima- og miljødepartementet\n\nStaten og KS skreiv under ny "
           "klimaavtale\n\nI dag skreiv klima- og miljøminister Eirik Holt og styreleiar i KS Marit Sæther under "
           "ein ny avtale om klimaomstilling i kommunesektoren.\n\nUnder signeringa i departementet var òg statssekretær "
           "Ragnar Ness og områdedirektør i KS Vibeke Sørby til stades.\n")
    assert _date(raw, "nn", date(2024, 6, 12)) == (6, 12)


def test_a_speakers_today_in_a_quotation_is_not_the_meetings_day() -> None:
    raw = ("Fjellposten\n\nStatssekretær Ingrid Moe frå Landbruks- og matdepartementet møtte KS-leiarar og bønder "
           "i Vang.\n\nPublisert 16.10.2025 kl. 06.00\n\nDet var fullt i møterommet på kommunehuset tysdag 14. "
           "oktober. Bøndene hadde teke med seg lister.\n\nIkkje alle var nøgde med møtet.\n\n– Det er typisk. "
           "I dag er vakta så dårleg løna at ingen vil ha ho, seier veterinær Tone Lien.\n")
    assert _date(raw, "nn", date(2025, 10, 16)) == (10, 14)


def test_a_notes_own_date_field_does_not_date_the_meeting_its_header_names() -> None:
    raw = ("NOTAT TIL MØTE\n\nTil: Styreleiar Kari Dal\nFrå: KS, avdeling for samfunnsutvikling\nDato: 25.11.2025\n"
           "Sak: Bilateralt møte mellom KS og Nærings- og fiskeridepartementet tysdag 2. desember – havbruk\n\n"
           "Bakgrunn\n\nKommunane får i dag inntekter frå havbruksfondet.\n")
    assert _date(raw, "nn") == (12, 2)


FOLLOW_UP_NN = """Lærdal kommune
Ordføraren

Helse- og omsorgsdepartementet
v/ statssekretær Kari Mæland

Dykkar ref.:          Vår ref.: 2024/55-2          Dato: 15.05.2024

Oppfølging av møtet 6. mai om legevakt

Vi takkar for at statssekretæren tok imot oss i departementet 6. mai. Frå kommunane møtte underteikna, \
kommunedirektør Rune Hauge og ordførar i Aurland Eirik Sperle.

Kommunane ber om at departementet vurderer ei tilskotsordning for legevakter med lang reiseavstand.

Med helsing

Astrid Tenold
ordførar
"""


def test_a_follow_up_letter_tells_its_meeting_and_its_undersigned_took_part() -> None:
    meeting = extracted_meeting(FOLLOW_UP_NN, "nn")
    assert meeting is not None and (meeting.date.month, meeting.date.day) == (5, 6)
    assert {"Astrid Tenold", "Rune Hauge", "Eirik Sperle"} <= names(meeting)


def test_a_letter_that_places_no_undersigned_at_its_meeting_adds_no_signatory() -> None:
    raw = FOLLOW_UP_NN.replace("Frå kommunane møtte underteikna, kommunedirektør", "Frå kommunane møtte kommunedirektør")
    assert "Astrid Tenold" not in names(extracted_meeting(raw, "nn"))


DEBATE_NB = """KRONIKK

Hvorfor må hver kommune kjøpe det samme systemet?

Eva Skjelvik
styreleder i KS Nordland

Forrige torsdag satt jeg sammen med to kommunedirektører i et møterom i Digitaliserings- og \
forvaltningsdepartementet. Vi hadde fått en time med statsråd Henrik Aune og statssekretær Mona Rist.

Kommunedirektøren i Vefsn, Ketil Aarnes, sa det slik i møtet: «Vi bruker mer tid på leverandører enn på tjenester.»
"""


def test_a_debate_piece_tells_the_writers_hour_at_the_ministry() -> None:
    meeting = extracted_meeting(DEBATE_NB)
    assert meeting is not None and meeting.rule == "mote"
    assert {"Eva Skjelvik", "Henrik Aune", "Mona Rist"} <= names(meeting)


def test_the_writers_company_and_those_who_went() -> None:
    raw = ("Ungdomsrådet i Volda\n\n5/2 var vi på besøk i Barne- og familiedepartementet og fekk sitje ned med "
           "statsråd Hanne Strand.\n\nVi som reiste var leiar Amalie Hjelle, nestleiar Sander Kvist og Eirik Bjørk. "
           "Vi hadde òg med oss ungdomskoordinator i kommunen, Trond Vass.\n")
    assert {"Amalie Hjelle", "Sander Kvist", "Eirik Bjørk", "Trond Vass"} <= names(extracted_meeting(raw, "nn"))


def test_there_together_with_them_and_a_day_last_week_at_the_ministry() -> None:
    raw = ("Ordførar Mona Husby orienterte om møtet med Landbruks- og matdepartementet førre veke. Ordføraren var "
           "der saman med leiar i landbruksutvalet Ivar Kvernes og landbrukssjef Guro Bjerke. Dei møtte "
           "statssekretær Håkon Frøy.\n")
    assert {"Ivar Kvernes", "Guro Bjerke"} <= names(extracted_meeting(raw, "nn"))
    raw = ("Tysdag i førre veke var forbundsleiar Terje Rise i Kunnskapsdepartementet saman med leiarane i KS. "
           "Kunnskapsminister Astrid Nilsen hadde invitert partane til eit trepartsmøte.\n")
    assert "Terje Rise" in names(extracted_meeting(raw, "nn"))


def test_a_presenter_who_shared_experiences() -> None:
    raw = ("KS-nettverket for beredskap samlet kommunene 14.–15. mars, med besøk av statssekretær Kristian Vang fra "
           "Justis- og beredskapsdepartementet.\n\nBeredskapssjef i Asker, Nils Krogh, delte erfaringer fra "
           "ekstremværet.\n")
    assert "Nils Krogh" in names(extracted_meeting(raw))


def test_a_municipality_is_no_person_and_the_pronoun_after_it_is_the_farmers() -> None:
    raw = ("Statssekretær Ingrid Moe møtte bønder i Vang tysdag.\n\nSigrid Haugen, som driv gard i Øystre Slidre, "
           "meiner jordvernet blir brukt mot bøndene.\n\n– Eg får ikkje setje opp ein kårbustad på eigen teig, "
           "seier ho.\n")
    speakers = {speaker for _, speaker, _ in statement_rows(raw, "nn")}
    assert "Sigrid Haugen" in speakers and "Øystre Slidre" not in speakers


INTERVIEW_NB = """KS-direktøren om gjelden

Administrerende direktør i KS, Sindre Havik, møtte finansministeren torsdag. Journalist Eirik Haugen snakket med ham.

Haugen: Hvordan gikk møtet med finansministeren?

Havik: Han var lyttende. Vi ba om at regjeringen ikke innfører en gjeldsbrems.

Haugen: Revisorene mener noe annet.

Havik: Ja, og jeg har respekt for det.

Norges Kommunerevisorforening har tidligere bedt Finansdepartementet om å innføre en handlingsregel for gjeld.

Haugen: Hva med rentene?

Havik: De har spist opp handlingsrommet.

Til Kommunal Rapport skriver finansminister Per Rønning i en e-post at han setter pris på innspillene fra KS.
"""


def test_a_paragraph_between_the_turns_that_tells_of_another_party_is_the_writers() -> None:
    rows = statement_rows(INTERVIEW_NB)
    assert not any(speaker.endswith("Havik") and ("Kommunerevisorforening" in text or "Kommunal Rapport" in text)
                   for _, speaker, text in rows)
    assert any(speaker.endswith("Havik") and text.startswith("De har spist opp") for _, speaker, text in rows)


def test_the_narrative_turns_to_a_new_person_whose_quotation_follows() -> None:
    raw = ("Helseminister Jon Aas møtte ordførerne på Helgeland tirsdag.\n\n– Jeg hører hva ordførerne sier, sa "
           "Aas.\n\nHan la til at det ikke er aktuelt å omgjøre vedtaket.\n\nFor Vefsn-ordfører Tor Solheim var "
           "det akkurat det svaret han hadde fryktet.\n\n– Vi har fått høre at de tar det med seg i årevis. Nå må "
           "departementet sette en frist.\n")
    assert ("direct", "Tor Solheim", "Vi har fått høre at de tar det med seg i årevis. Nå må departementet sette "
            "en frist") in statement_rows(raw)


def test_a_profiles_post_quoted_as_the_page_shows_it() -> None:
    raw = ("Helseminister Jon Aas møtte ordførerne i Mosjøen tirsdag.\n\nOrdfører Hilde Kvale var skuffet. Før "
           "ministeren hadde reist, hadde hun lagt ut dette på Facebook:\n\nHilde Kvale\n12. mars kl. 16:20\n"
           "Godt møte med helseministeren i dag. Men akuttkirurgien må bestå til nytt sykehus står ferdig.\n"
           "1,2 k reaksjoner · 214 kommentarer · 356 delinger\n")
    rows = statement_rows(raw)
    assert any(kind == "direct" and speaker == "Hilde Kvale" and text.startswith("Godt møte med helseministeren")
               and "reaksjoner" not in text for kind, speaker, text in rows)


MEMO_NB = """NOTAT

Fra: KS Forhandlingsenheten
Tema: Teknisk møte med Finansdepartementet om pensjon og deflator, tirsdag 22. oktober

Til stede:
KS: Kari A. Sand (KAS), Tor Lie (TL)
FIN: Ekspedisjonssjef Per Holm (PH)

1. Pensjonskostnadene
- PH orienterte om anslaget for pensjonspremien i 2025.
- KAS påpekte at anslaget ligger 1,2 mrd. under KS' beregning.

2. Deflatoren
- TL mente lønnsanslaget i deflatoren er for lavt, og at staten må korrigere for merkostnaden i etterkant.
"""


def test_a_lone_dash_item_under_a_sections_title_is_a_note_not_a_quotation() -> None:
    rows = statement_rows(MEMO_NB)
    assert ("indirect", "Tor Lie", "lønnsanslaget i deflatoren er for lavt, og at staten må korrigere for "
            "merkostnaden i etterkant") in rows


def test_a_lone_dash_paragraph_after_a_blank_line_is_still_a_quotation() -> None:
    raw = ("Helseminister Jon Aas møtte KS tirsdag.\n\nKompetanse\n\n– Vi må ha flere sykepleiere, sa KS-leder "
           "Kari Dal.\n")
    assert ("direct", "Kari Dal", "Vi må ha flere sykepleiere") in statement_rows(raw)


LETTER_TO_EDITOR_NN = """LESARINNLEGG

Kor lenge skal vi vente på brua?

Av Oddvar Nesje, ordførar i Tydal (Sp)

I førre veke sat eg og rådmannen vår i Samferdselsdepartementet saman med statssekretær Kari Holm. Vi hadde med \
oss bilete av brua over Nea.

Kva fekk vi? Ein kopp kaffi og ei forsikring om at saka var «godt kjend».
"""


def test_a_letter_to_the_editors_writer_signing_with_an_office_took_part() -> None:
    assert {"Oddvar Nesje", "Kari Holm"} <= names(extracted_meeting(LETTER_TO_EDITOR_NN, "nn"))


def test_a_journalists_byline_places_nobody_at_the_meeting() -> None:
    raw = LETTER_TO_EDITOR_NN.replace("LESARINNLEGG\n\n", "").replace("Av Oddvar Nesje, ordførar i Tydal (Sp)",
                                                                        "Av Oddvar Nesje, journalist")
    assert "Oddvar Nesje" not in names(extracted_meeting(raw, "nn"))


def test_a_sami_parliament_councillor_speaks_for_the_sami_parliament() -> None:
    raw = ("Sametinget og KS i møte med KDD\n\nSametingsråd Márjá Gaup og fylkesleder i KS Troms og Finnmark, Arne "
           "Heika, møtte mandag 10. februar statssekretær Ola Bakken i Kommunal- og distriktsdepartementet.\n\n– "
           "Språkkommunene får ikke dekket kostnadene ved tospråklighet. Det må staten rette opp i årets budsjett, "
           "sier sametingsråd Gaup.\n")
    assert ("Sametinget", "staten", "Det må staten rette opp i årets budsjett") in demands(raw)


def test_what_the_parties_agreed_on_is_a_joint_plan_not_a_demand() -> None:
    raw = ("Digitaliseringsminister Kari Tung og administrerande direktør i KS, Sigrid Lie, leia onsdag 5. mars møtet "
           "i digitaliseringsrådet.\n\nKS-direktøren meinte staten må ta større del av kostnadene til felles "
           "løysingar.\n\nPartane vart einige om følgjande oppfølging:\n\n- Digdir lagar ei oversikt over "
           "felleskomponentane innan juni.\n- Kommunane melder inn behova sine før sommaren.\n")
    rows = demands(raw, "nn")
    assert ("KS", "staten", "staten må ta større del av kostnadene til felles løysingar") in rows
    assert not any("Digdir" in text or "behova" in text for _, _, text in rows)
