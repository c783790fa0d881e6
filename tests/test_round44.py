"""Round 44 (the misses of eval/unseen45, eval/partset30 and eval/demset11, development material after stop 55),
invented texts, bokmål and nynorsk, with negatives:

- an interviewer's question that reports what a named body asks ("KS mener fylkesrådene bør få en større rolle. Er
  du enig?") holds that body's demand; a question on what the interviewee's side wants ("Dere har bedt om X") or a
  thing wanted ("vil ha en ny modell") holds none; a minister telling KS's request by a pronoun ("KS var tydelige
  på X. De ba om at ...") tells KS's;
- whom a person speaks for: an office compounded with a body and its place ("KS Agder-nestleder NN"), given at a
  later mention of the same office, the KS office before a municipal one in apposition ("fylkesstyreleder i KS
  Vestland, ordfører NN"), a list of names each with its title after it ("A, statssekretær, B, ekspedisjonssjef"),
  the head of a state agency by title ("Riksarkivar NN"); bodies by a genitive and "-organisasjon" ("Rusmisbrukernes
  interesseorganisasjon"), a council of municipalities ("Kommunerådet i X"), an acronym the text spells out
  ("Landssamanslutninga av vasskraftkommunar (LVK) ... krev LVK at");
- what a demand asks and of whom: a need measured is no demand ("at behovet for X i dag langt overstiger Y"), the
  subject after an inverted "vi" ("her mener vi NVE må X"), a clause inside a condition is part of its demand ("når
  svaret er at området må sikres"), the county council asked in the singular is the county the text names, an
  addressee after an adverbial of occasion ("bad i møtet Finansdepartementet om å"), "berre" between the verb and
  "om";
- meetings: a gathering held with a state secretary ("hadde samling med statssekretær NN"), an e-mail summing up
  "the meeting today" the writer took part in, and its recipients ("Kopi: A; B") not present.
"""
from __future__ import annotations

from extract_kit import demands, document, participant_names_of as names, statement_rows

from flows.extract import extract

QA_NB = """INTERVJUET

Statssekretær Live Moe i Justis- og beredskapsdepartementet møtte KS forrige uke. Vi spurte henne om beredskap.

Hva var det viktigste KS tok opp?

– KS var veldig tydelige på at kommunene får flere oppgaver uten penger. De ba om at regjeringen gjør en samlet \
gjennomgang av kostnadene. Det tar vi på alvor.

KS mener fylkesberedskapsrådene bør få en større rolle. Er du enig?

Ja, langt på vei.

Røde Kors har tatt til orde for at staten må dekke utstyret til hjelpekorpsene. Er det aktuelt?

Det ser vi på.

Dere har bedt om mer penger til tilfluktsrom. Blir dere hørt?

Det er for tidlig å si.
"""


def test_an_interviewers_question_reports_a_named_bodys_demand() -> None:
    rows = demands(QA_NB)
    assert ("KS", None, "fylkesberedskapsrådene bør få en større rolle") in rows
    assert ("Røde Kors", "staten", "staten må dekke utstyret til hjelpekorpsene") in rows
    assert not any("tilfluktsrom" in text for _, _, text in rows)  # the interviewee's side addressed


def test_a_ministers_pronoun_tells_the_request_of_the_body_the_sentence_before_opened_with() -> None:
    assert ("KS", "regjeringen", "regjeringen gjør en samlet gjennomgang av kostnadene") in demands(QA_NB)


def test_a_thing_wanted_in_a_question_is_no_demand() -> None:
    raw = ("Direktøren svarer på spørsmålene.\n\nLegeforeningen vil ha en ny statlig modell. Hvorfor er dere "
           "skeptiske?\n\nFordi den koster.\n\nHva med legevakten?\n\nDen er presset.\n\nOg sykehjemmene?\n\n"
           "Der går det bedre.\n")
    assert demands(raw) == []


SPEAKERS_NB = ("(Oppdatert: Saken er oppdatert med kommentarer fra FO Agder.)\n\n"
               "Fylkesstyreleder i KS Agder, Siri Berge, hadde med seg nestleder Arne Tveit til departementet.\n\n"
               "En kommune, én sykepleier\n\n"
               "KS Agder-nestleder Arne Tveit tok opp de minste kommunene.\n\n"
               "– Det er ikke nok, og staten må ta regningen for oppstarten, sa Tveit.\n\n"
               "Også Rusmisbrukernes interesseorganisasjon har meninger om møtet. Regionleder Tom Eik mener "
               "brukerne ble glemt.\n\n"
               "– Vi ber om at brukerne får en fast plass når tjenestene planlegges, sier Eik.\n")


def test_an_office_compounded_with_a_body_and_its_place_names_the_body() -> None:
    assert ("KS Agder", "staten", "staten må ta regningen for oppstarten") in demands(SPEAKERS_NB)


def test_a_genitive_and_an_organisation_compound_name_a_body() -> None:
    assert ("Rusmisbrukernes interesseorganisasjon", None,
            "brukerne får en fast plass når tjenestene planlegges") in demands(SPEAKERS_NB)


def test_the_municipalities_organisation_described_is_no_body_of_its_own() -> None:
    from flows.extract.organisation_names import organisations_in
    assert "Kommunenes interesseorganisasjon" not in {h.name for h in organisations_in(
        "Kommunenes interesseorganisasjon KS meiner staten må betale.")}


def test_a_need_measured_is_no_demand_a_need_pointed_to_is() -> None:
    measured = "Lie pekte på at behovet for sikringstiltak mot flom i dag langt overstiger de statlige midlene."
    assert demands(f"– Det er krevende, sa styreleder Kari Lie i KS.\n\n{measured}\n") == []
    raw = "Styreleder Kari Lie i KS pekte på behovet for et øremerket tilskudd til sikringstiltak.\n"
    assert [text for _, _, text in demands(raw)] == ["et øremerket tilskudd til sikringstiltak"]


def test_the_subject_after_an_inverted_we_and_a_clause_inside_a_condition() -> None:
    raw = ("– Vi trenger fagmiljøer, og her mener vi NVE må spille en tydeligere rolle. Vi trenger at staten stiller "
           "opp når svaret er at området må sikres, sa nestleder Kari Lie i KS.\n")
    rows = demands(raw)
    assert ("KS", "NVE", "NVE må spille en tydeligere rolle") in rows
    assert ("KS", "staten", "staten stiller opp når svaret er at området må sikres") in rows
    assert not any(text.startswith("området") for _, _, text in rows)


def test_the_ks_office_before_a_municipal_one_in_apposition() -> None:
    raw = ("KS møtte klimaministeren tirsdag. Blant deltakerne var fylkesstyreleder i KS Vestland, ordfører Sindre "
           "Nes.\n\n– Vi trenger at staten stiller opp, sa Nes.\n")
    assert [claimant for claimant, _, _ in demands(raw)] == ["KS Vestland"]


def test_a_ks_leaders_title_before_her_role_is_no_ks_office_in_apposition() -> None:
    raw = ("KS-leiaren hadde venta å møte statsråden sjølv då KS og departementet heldt konsultasjonsmøte tysdag.\n\n"
           "KS-leiaren, styreleiar Tone Haugli, sa etter møtet at ho var nøgd.\n\n"
           "Saka var oppe i juni. Då møtte dåverande nestleiar i KS, Per Sveen, statssekretæren.\n")
    rows = statement_rows(raw)
    assert {speaker for _, speaker, _ in rows} == {"Tone Haugli"}


MINUTES_NN = """REFERAT

Møte mellom Kommunerådet i Nordfjell og Samferdselsdepartementet

Til stades:
Frå departementet: Tor Vik, statssekretær, Lise Evjen, ekspedisjonssjef

Sak 1/25 Ferjene

Statssekretær Vik sa at ordninga skal evaluerast. Ekspedisjonssjef Evjen orienterte om tidsplanen.

Konklusjon:
Kommunerådet ber Samferdselsdepartementet om at kommunane blir involverte i evalueringa.

Kommunedirektør Anita Rekdal meinte at fylkeskommunen må prioritere dei rasutsette strekningane. Fylkesordføraren i Nordfjell var samd.
Fylkeskommunen må få ein tydelegare plass i arbeidet, sa ho.
"""


def test_a_list_of_names_each_with_the_title_after_it() -> None:
    meeting = extract(document(MINUTES_NN, "nn")).meeting
    assert meeting is not None
    roles = {p.name: p.role for p in meeting.participants}
    assert roles.get("Lise Evjen") == "ekspedisjonssjef" and roles.get("Tor Vik") == "statssekretær"


def test_a_council_of_municipalities_asks_in_its_own_name() -> None:
    assert ("Kommunerådet i Nordfjell", "Samferdselsdepartementet",
            "kommunane blir involverte i evalueringa") in demands(MINUTES_NN, "nn")


def test_the_county_council_asked_in_the_singular_is_the_county_the_text_names() -> None:
    rows = demands(MINUTES_NN, "nn")
    addressees = {text: addressee for _, addressee, text in rows}
    assert addressees.get("fylkeskommunen må prioritere dei rasutsette strekningane") == "Nordfjell fylkeskommune"
    assert all(addressee is None for text, addressee in addressees.items() if "få ein tydelegare" in text)


def test_an_addressee_after_an_adverbial_of_occasion() -> None:
    raw = ("KS bad i møtet Finansdepartementet om å ikkje endre eigedomsskatten utan at verknadene er greidde ut, og "
           "om å sikre full kompensasjon. Dagen etter bad KS i går departementet om å svare.\n")
    rows = demands(raw, "nn")
    assert ("KS", "Finansdepartementet",
            "ikkje endre eigedomsskatten utan at verknadene er greidde ut") in rows
    assert ("KS", "Finansdepartementet", "sikre full kompensasjon") in rows


def test_only_between_the_verb_and_om() -> None:
    raw = "– Vi ber ikkje om meir enn andre. Vi ber berre om å få behalde inntektene, seier ordførar Kari Lie i Vinje.\n"
    assert [text for _, _, text in demands(raw, "nn")] == ["få behalde inntektene"]


def test_an_acronym_the_text_spells_out_names_the_body_asking() -> None:
    raw = ("Også Landssamanslutninga av vasskraftkommunar (LVK) har engasjert seg i saka. I ei fråsegn krev LVK at "
           "Stortinget slår fast at inntektene ikkje skal reduserast.\n")
    assert demands(raw, "nn") == [("Landssamanslutninga av vasskraftkommunar", "Stortinget",
                                   "Stortinget slår fast at inntektene ikkje skal reduserast")]


def test_an_agency_heads_title_names_the_agency() -> None:
    raw = ("KS møtte Arkivverket til konsultasjonsmøte tysdag. Riksarkivar Marit Lund leia møtet.\n\n"
           "– Vi ber alle kommunar sørgje for at arkivplanen er oppdatert, sa Lund.\n")
    meeting = extract(document(raw, "nn")).meeting
    assert meeting is not None and "Marit Lund" in names(meeting) and "Riksarkivar Marit Lund" not in names(meeting)
    assert [claimant for claimant, _, _ in demands(raw, "nn")] == ["Arkivverket"]


def test_a_gathering_held_with_a_state_secretary_is_a_meeting() -> None:
    raw = ("KS Nordland – ukebrev uke 11\n\nStatssekretær på samling\n\nFylkesstyret i KS Nordland hadde samling med "
           "statssekretær Tone Lysvoll fra Helse- og omsorgsdepartementet i Mo i Rana 11. mars.\n")
    meeting = extract(document(raw)).meeting
    assert meeting is not None and meeting.counterpart == "Helse- og omsorgsdepartementet"


EMAIL = """Fra: Hanne Aune <hanne.aune@ks.no>
Sendt: fredag 7. juni 2024 15:48
Til: Fylkesstyret KS Trøndelag
Kopi: Ola Teigen; Randi Lyng
Emne: Kort oppsummering – møte med KLD om klimatilpasning

Hei alle,

Som lovet en kort oppsummering fra møtet med Klima- og miljødepartementet i dag.

Jeg deltok sammen med fylkesstyreleder Arne Wold. Fra departementet møtte statssekretær Marius Dahle.

Vennlig hilsen
Hanne Aune
"""


def test_an_email_summing_up_todays_meeting_and_its_recipients() -> None:
    meeting = extract(document(EMAIL)).meeting
    assert meeting is not None and meeting.counterpart == "Klima- og miljødepartementet"
    assert {"Hanne Aune", "Arne Wold", "Marius Dahle"} <= names(meeting)
    assert not {"Ola Teigen", "Randi Lyng"} & names(meeting)


def test_a_municipality_that_has_asked_the_county_council_in_the_singular() -> None:
    raw = ("Vestland fylkeskommune har fått mange innspel. Luster kommune har i tillegg bede fylkeskommunen om å "
           "prioritere gang- og sykkelvegen mellom Gaupne og Hafslo.\n")
    assert demands(raw, "nn") == [("Luster kommune", "Vestland fylkeskommune",
                                   "prioritere gang- og sykkelvegen mellom Gaupne og Hafslo")]


COUNTED_NN = ("I innlegget la fylkesleiar Astrid Vik fram det ho kalla «tre enkle krav» frå KS Møre og Romsdal til "
              "regjeringa:\n\n"
              "Kommunane i fylket må framleis liggje i sone 3 i retningslinjene.\n"
              "Statsforvaltaren si motsegnsrett må avgrensast til saker av nasjonal interesse.\n"
              "Kommunar med oppdaterte planar må sleppe å søkje dispensasjon.\n\n"
              "– Vi seier ikkje at alt skal byggjast ned, sa fylkesleiaren.\n")


def test_plain_lines_a_lead_in_counts_are_its_items() -> None:
    rows = demands(COUNTED_NN, "nn")
    assert [claimant for claimant, _, _ in rows] == ["KS Møre og Romsdal"] * 3
    assert [text for _, _, text in rows] == [
        "Kommunane i fylket må framleis liggje i sone 3 i retningslinjene",
        "Statsforvaltaren si motsegnsrett må avgrensast til saker av nasjonal interesse",
        "Kommunar med oppdaterte planar må sleppe å søkje dispensasjon"]


def test_paragraphs_a_count_of_things_announces_keep_their_own_voice() -> None:
    raw = ("Difor ber eg regjeringa om tre ting:\n\nFør det første må talet på døgnplassar aukast.\n\n"
           "Dessutan treng vi fleire psykologar.\n\nKommunane har gjort sitt.\n")
    assert all(text != "Kommunane har gjort sitt" for _, _, text in demands(raw, "nn"))


def test_a_bodys_genitive_before_a_role_names_the_body() -> None:
    raw = ("Til stede var statsråd Tone Brekke, KS' styreleder Hanne Lied, Fagforbundets leder Randi Solberg og "
           "Delta-leder Trude Hovland.\n\n– KS må gå inn i oppgjøret med et mål om hele stillinger, sa Solberg.\n")
    assert [claimant for claimant, _, _ in demands(raw)] == ["Fagforbundet"]


def test_bodies_asking_together_each_ask() -> None:
    raw = "KS og Fagforbundet ba i fellesskap regjeringen om å sette ned et partssammensatt utvalg for heltid.\n"
    assert demands(raw) == [("KS", "regjeringen", "sette ned et partssammensatt utvalg for heltid"),
                            ("Fagforbundet", "regjeringen", "sette ned et partssammensatt utvalg for heltid")]


def test_an_action_and_a_thing_asked_for_after_og_om() -> None:
    raw = ("Direktør Helge Nerland i KS ba departementet om å finansiere flere studieplasser i spesialpedagogikk og om "
           "et eget rekrutteringstilskudd for PPT i distriktene.\n")
    assert [text for _, _, text in demands(raw)] == ["finansiere flere studieplasser i spesialpedagogikk",
                                                    "et eget rekrutteringstilskudd for PPT i distriktene"]


def test_a_named_county_council_goes_on_with_no_og() -> None:
    raw = ("KS, Innlandet fylkeskommune og Mental Helse Ungdom talte i høringen.\n\n"
           "Fylkesvaraordfører Siv Mørk (Ap) i Innlandet fylkeskommune var tydelig.\n\n"
           "– Staten bør finansiere psykologer i alle videregående skoler, sa Mørk.\n")
    assert [claimant for claimant, _, _ in demands(raw)] == ["Innlandet fylkeskommune"]
