"""Round 55 (the misses of eval/unseen56, eval/partset42 and eval/demset22, development material after stop 66),
invented texts, bokmål and nynorsk, with negatives:

- a county governor's letter summing up a meeting it held with a municipality ("Statsforvaltaren i Nordfjord" as its
  letterhead, "Møtedato:" and "Til stede:" under the address block) reports that meeting: the governor is its
  counterpart and the sender whose "Vi forventer at kommunen ..." is its demand; a municipality's own letterhead
  makes no state body the counterpart;
- a list of those present told a party at a time, each party's line with no colon over its own items ("Fra Nordby
  kommune" over "– NN, kommunedirektør", then "Fra Statsforvalteren" over its items): every item took part;
- a machine transcript's numbered speakers ("[00:01:10] Speaker 1") are named by the turns: who says their own name,
  and whom a turn welcomes or greets just before another label speaks; the host's turns are no statements, a label
  no turn names is nobody's, and "Hei Sindre" is no person;
- an interview announced in a lead ("Vi snakket med henne etter møtet.") over a byline, with dash-led questions and
  answers: every answer is the interviewee's, not the minister's the lead names first.
"""
from __future__ import annotations

from datetime import date

from extract_kit import demands, extracted_meeting, participant_names_of as names, result
from flows.extract.people import find_people

GOVERNOR_LETTER = """Statsforvaltaren i Vestland
Helse- og sosialavdelinga

Nordby kommune
Postboks 12
6800 NORDBY

Vår dato: 12.05.2025                    Vår referanse: 2025/1234-5
Sakshandsamar: Kari Solheim Dale, 57 64 30 00

Oppsummering frå møtet – oppfølging av tilsyn med barnevernet i Nordby

Vi viser til tilsynsrapporten og til oppfølgingsmøtet, og sender med dette vår oppsummering.

Møtedato: 2025-04-29, kl. 10.00–12.00
Stad: Teams

Til stede:
Frå Nordby kommune
– Arne Vik Lunde, kommunedirektør
– Hege Bratland, barnevernsleiar

Frå Statsforvaltaren
– Per Olav Strand, fagdirektør
– Kari Solheim Dale, seniorrådgjevar (referent)

Forfall: Mona Fjeld, kommunalsjef, Nordby kommune

1. Innleiing
Fagdirektør Per Olav Strand ønskte velkommen og gjekk gjennom føremålet med møtet.

2. Kommunen si utgreiing
Kommunedirektør Arne Vik Lunde sa at kommunen tek funna på alvor, og at to nye stillingar er lyste ut.

3. Statsforvaltaren sine krav
Kommunen må sørgje for at alle undersøkingar blir avslutta innan fristen.

Vi forventar at kommunen orienterer kommunestyret om oppfølginga innan utgangen av juni.

Med helsing

Per Olav Strand
fagdirektør
                                        Kari Solheim Dale
                                        seniorrådgjevar
"""

MUNICIPAL_LETTER = GOVERNOR_LETTER.replace("Statsforvaltaren i Vestland\nHelse- og sosialavdelinga",
                                           "Nordby kommune\nRådmannen")


def test_a_county_governors_summary_of_its_meeting_is_that_meeting() -> None:
    meeting = extracted_meeting(GOVERNOR_LETTER, "nn", date(2025, 5, 12))
    assert meeting is not None and meeting.meeting_type == "annet"
    assert (meeting.date.year, meeting.date.month, meeting.date.day) == (2025, 4, 29)
    assert meeting.counterpart == "Statsforvaltaren i Vestland"


def test_each_party_and_its_items_under_til_stede_took_part() -> None:
    meeting = extracted_meeting(GOVERNOR_LETTER, "nn", date(2025, 5, 12))
    assert meeting is not None
    assert {"Arne Vik Lunde", "Hege Bratland", "Per Olav Strand", "Kari Solheim Dale"} <= names(meeting)
    assert "Mona Fjeld" not in names(meeting)


def test_a_county_governors_letter_asks_in_its_own_name() -> None:
    rows = demands(GOVERNOR_LETTER, "nn")
    asked = {text: claimant for claimant, _, text in rows}
    assert any(t.startswith("kommunen orienterer kommunestyret") and c == "Statsforvaltaren i Vestland"
               for t, c in asked.items())


def test_a_municipalitys_own_letterhead_makes_no_state_body_the_counterpart() -> None:
    meeting = extracted_meeting(MUNICIPAL_LETTER, "nn", date(2025, 5, 12))
    assert meeting is None or meeting.counterpart != "Nordby kommune"


PODCAST = """Kommunepodden
Episode 12: Etter konsultasjonsmøtet

Publisert 14. februar · 35 min

Regjeringen og KS møttes tirsdag til konsultasjonsmøte om kommuneøkonomien.

Transkripsjonen er maskingenerert.

[00:01:10] Speaker 1
Hei og velkommen til Kommunepodden. Jeg heter Ola Brekke Nes, og i studio har jeg med meg direktør i KS, \
Anne Marie Lund. Velkommen.

[00:01:18] Speaker 2
Takk, hyggelig å være her.

[00:01:20] Speaker 1
Og på telefonen har vi Sindre Aas, journalist i Kommuneavisa. Hei Sindre.

[00:01:24] Speaker 3
Hei.

[00:01:26] Speaker 1
Anne Marie, hvordan gikk møtet?

[00:01:30] Speaker 2
Det var et godt møte, men vi sa tydelig at rammen må økes med minst fire milliarder kroner neste år.

[00:02:05] Speaker 3
Jeg snakket med folk i departementet etterpå, og inntrykket mitt er at Finansdepartementet har satt ned foten.

[00:02:30] Speaker 4
Og så er det reklame her, så vi tar en pause og kommer straks tilbake med mer om saken.

[00:02:40] Speaker 1
Hva svarte statsråden?

[00:02:44] Speaker 2
Han sa at regjeringen har styrket kommuneøkonomien, men vi fikk ikke noe svar på det viktigste spørsmålet.
"""


def test_a_machine_transcripts_numbered_speakers_are_named_by_their_turns() -> None:
    said = [(s.speaker.name, s.text) for s in result(PODCAST, "nb").statements if s.kind == "direct"]
    assert ("Anne Marie Lund", "Det var et godt møte, men vi sa tydelig at rammen må økes med minst fire milliarder "
            "kroner neste år.") in said
    assert any(name == "Sindre Aas" and text.startswith("Jeg snakket med folk i departementet") for name, text in said)
    assert any(name == "Anne Marie Lund" and text.startswith("Han sa at regjeringen") for name, text in said)
    assert not any(name == "Ola Brekke Nes" for name, _ in said)  # the host
    assert not any("reklame" in text for _, text in said)  # "Speaker 4": no turn names them
    assert not any(name == "Sindre Aas" and "reklame" in text for name, text in said)


def test_a_greeting_before_a_first_name_is_no_person() -> None:
    assert [p.name for p in find_people("Og på telefonen har vi Sindre Aas, journalist. Hei Sindre.").persons] == \
        ["Sindre Aas"]
    assert [p.name for p in find_people("Velkommen, Kari Dal. Hallo Kari, hører du oss?").persons] == ["Kari Dal"]


def test_numbered_labels_in_a_text_that_names_nobody_stay_unnamed() -> None:
    plain = PODCAST.replace("Jeg heter Ola Brekke Nes, og i studio har jeg med meg direktør i KS, \nAnne Marie Lund. "
                            "Velkommen.", "Vi er i studio.").replace("Og på telefonen har vi Sindre Aas, journalist i "
                                                                    "Kommuneavisa. Hei Sindre.", "Vi ringer ut.")
    said = [s.speaker.name for s in result(plain, "nb").statements if s.kind == "direct"]
    assert "Sindre Aas" not in said


INTERVIEW = """KOMMUNEBLADET

INTERVJU

KS-lederen etter møtet: – Anerkjennelse betaler ingen regninger

I går møtte KS barne- og familieminister Jon Arne Moen til konsultasjonsmøte om barnevernet. Styreleder i KS, \
Lise Marie Hovde, kom ut med et løfte, men uten penger. Vi snakket med henne på flyet hjem.

Av Trine Aasen
Publisert 27.11.2025 06:30

Med i møtet fra KS var også nestleder Geir Olsen.

– Hva fikk dere ut av møtet?

– Vi fikk en statsråd som anerkjente at kostnadene har blitt høyere enn staten la til grunn.

– Hva sa statsråden om tidsplanen?

– Han var tydelig på at han ikke kan love noe før budsjettet er klart. Det respekterer jeg.

– Hvor trykker skoen mest?

– På de statlige institusjonsplassene. Staten må bygge opp kapasiteten igjen.
"""


def test_dash_answers_under_a_lead_and_a_byline_are_the_interviewees() -> None:
    said = {s.text: s.speaker.name for s in result(INTERVIEW, "nb").statements if s.kind == "direct"}
    answers = [name for text, name in said.items() if text.startswith(("Vi fikk en statsråd", "Han var tydelig",
                                                                         "På de statlige"))]
    assert answers and set(answers) == {"Lise Marie Hovde"}
    assert not any(text.startswith("Hva ") for text in said)


LOG = """Nordvik kommune – Kommunalt beredskapsråd
LOGG FRA MØTE
Fil: beredskapsraad_logg.pdf · Gradering: Åpen · Loggfører: SBO

Deltakere
Navn	Rolle	Virksomhet
Kari Strøm Hagen	ordfører, leder av rådet	Nordvik kommune
Geir Lyngmo	kommunedirektør	Nordvik kommune
Siri Bakke	beredskapskoordinator	Nordvik kommune
Terje Vollan	seniorrådgiver	Statsforvalteren i Nordland
Marianne Fjeld Sandvik	statssekretær	Justis- og beredskapsdepartementet (Teams, pkt. 2–3)

Forfall: Karl Johan Ørnes (Sivilforsvaret Nordland), Linn Myrvoll (Nordlandssykehuset)

Tid	Hendelse / sak	Ansvar
10.00	Møtet satt. Ordfører ønsket særlig statssekretæren velkommen.	KSH
10.05	Pkt. 1: Status etter uværet i oktober. Strømbrudd i 31 timer på Ballstad, mobilnettet nede i 19 timer.	SB
10.20	Pkt. 2: Statssekretæren orienterte om arbeidet med ny sivilbeskyttelseslov og forventningene til kommunene.	MFS
10.40	Pkt. 3: Kommunedirektøren ba om at staten dekker en større del av utgiftene til nødstrøm ved sykehjemmet.	GL
11.20	Møtet hevet. Neste møte avtales på e-post.	KSH
"""


def test_a_councils_log_of_its_meeting_is_minutes_and_its_table_rows_took_part() -> None:
    meeting = extracted_meeting(LOG, "nb", date(2025, 11, 21))
    assert meeting is not None and meeting.meeting_type == "annet"
    assert {"Kari Strøm Hagen", "Geir Lyngmo", "Siri Bakke", "Terje Vollan", "Marianne Fjeld Sandvik"} <= names(meeting)
    assert "Karl Johan Ørnes" not in names(meeting)


NOTICE = """OPPSLAG · Nordvik Handel

FRUKOSTMØTE I BUTIKKEN – I MORGON TIDLEG!
Kl. 07.30–09.00 i kafékroken

Vi får besøk av statssekretær Åse Lothe Berg frå Kommunal- og distriktsdepartementet! Ho vil høyre korleis det går \
med nærbutikkane.

Desse har sagt ja til å kome:
• Gunnhild Vevle, dagleg leiar her på butikken
• Ordførar i Nordvik, Jenny Klakegg Hovland
• Magne Espeland frå Merkur-programmet

Tore Øvrebø, som dreiv butikken i 31 år, er dessverre bortreist denne veka.
"""


def test_those_who_accepted_an_invitation_take_part() -> None:
    meeting = extracted_meeting(NOTICE, "nn", date(2025, 3, 4))
    assert meeting is not None
    assert {"Gunnhild Vevle", "Jenny Klakegg Hovland", "Magne Espeland"} <= names(meeting)
    assert "Tore Øvrebø" not in names(meeting)


NEWSLETTER = """Skogbrynet borettslag
BEBOERINFO nr. 9/2025 – desember

1. Styret i møte i Finansdepartementet

Torsdag 4. desember 2025 var styreleder Reidun Aas og nestleder Kenneth Bakke med på et innspillsmøte i \
Finansdepartementet om fellesgjeld i borettslag. Møtet var invitert av NBBL, og fra boligbyggelagene møtte også \
NBBLs fagsjef Henriette Lysne Grøtting.

Departementet stilte med statssekretær Simen Borg Kvarme.

2. Vinterrutiner

Biler må flyttes når det brøytes.

Med vennlig hilsen
Reidun Aas
Styreleder, Skogbrynet borettslag
"""


def test_a_signed_newsletter_that_tells_who_met_reports_the_meeting() -> None:
    meeting = extracted_meeting(NEWSLETTER, "nb", date(2025, 12, 10))
    assert meeting is not None and meeting.counterpart == "Finansdepartementet"
    assert (meeting.date.year, meeting.date.month, meeting.date.day) == (2025, 12, 4)
    assert {"Reidun Aas", "Kenneth Bakke", "Henriette Lysne Grøtting", "Simen Borg Kvarme"} <= names(meeting)


def test_a_signed_letter_naming_a_meeting_in_passing_reports_none() -> None:
    letter = """Nordby kommune

Til Finansdepartementet

Vi viser til tidlegare møte om saka og ber departementet vurdere reglane for eigedomsskatt på nytt.

Med helsing
Kari Dal
ordførar
"""
    assert extracted_meeting(letter, "nn", date(2025, 3, 4)) is None


def test_a_title_of_a_field_before_a_name_is_no_first_name() -> None:
    assert [p.name for p in find_people("Kulturskulerektor Arne Fosse kom innom og fortalde om samarbeidet.").persons] \
        == ["Arne Fosse"]
    assert [p.name for p in find_people("Arealplanleggjar Sindre Stadheim (sak 14/25) var med.").persons] == \
        ["Sindre Stadheim"]


def test_those_who_showed_the_visitor_round_took_part() -> None:
    text = """Like før jul fikk sykehjemmet besøk av statssekretær Åse Marit Vollan fra Helse- og omsorgsdepartementet. \
Hun ble vist rundt av virksomhetsleder Geir Ove Lundemo og kommunalsjef i Nordby kommune, Kristin Bakke Sørum.

Pårørenderådets leder Solveig Rusten takket for besøket.
"""
    meeting = extracted_meeting(text, "nb", date(2025, 1, 10))
    assert meeting is not None
    assert {"Åse Marit Vollan", "Geir Ove Lundemo", "Kristin Bakke Sørum"} <= names(meeting)


def test_a_fact_box_titled_with_what_a_union_demands_lists_its_demands() -> None:
    text = """Utdanningsforbundet møtte KS og departementet om arbeidstid tirsdag.

– Vi trenger mer tid til hver elev, sa leder Amund Myhre etter møtet.

FAKTA | Dette krever Utdanningsforbundet
• Et tak på hvor mange timer av lærernes arbeidstid som kan bindes av skoleledelsen
• At lærere over 60 år beholder dagens reduserte undervisningstid
"""
    rows = demands(text, "nb")
    assert any(c == "Utdanningsforbundet" and t.startswith("Et tak på hvor mange timer") for c, _, t in rows)
    assert any(c == "Utdanningsforbundet" and "over 60 år beholder" in t for c, _, t in rows)


def test_a_fact_box_with_no_demands_title_asks_nothing() -> None:
    text = """Utdanningsforbundet møtte KS og departementet om arbeidstid tirsdag.

FAKTA | Arbeidstidsavtalen
• Avtalen gjelder alle lærere i grunnskolen
• Den ble sist forhandlet i 2024
"""
    assert not any("Avtalen gjelder" in t or "sist forhandlet" in t for _, _, t in demands(text, "nb"))


def test_a_guests_thanks_for_being_there_is_no_statement() -> None:
    said = [s.text for s in result(PODCAST.replace("Takk, hyggelig å være her.", "Takk takk, hyggelig å være her."),
                                   "nb").statements]
    assert not any(text.startswith("Takk takk") for text in said)


def test_a_care_workers_title_is_no_first_name() -> None:
    assert [p.name for p in find_people("Ambulansearbeider Kristoffer Nordvik Hansen sier at det er krevende.").persons] \
        == ["Kristoffer Nordvik Hansen"]


def test_a_farmers_branch_named_by_its_place_asks_in_its_own_name() -> None:
    text = """Ulven har teke 40 sauer i Hallingdal i sommar.

Buskerud Sau og Geit krev full erstatning for tapte beitedyr, også når kadaveret ikkje blir funne.

– Staten må ta ansvaret for rovviltpolitikken, seier leiar Svein Bergstrøm i Vestland Bondelag.
"""
    rows = demands(text, "nn")
    assert any(c == "Buskerud Sau og Geit" and t.startswith("full erstatning") for c, _, t in rows)
    from flows.extract.organisation_names import organisations_in
    assert [h.name for h in organisations_in("KS Vestland og Vestland fylkeskommune krev")] == \
        ["KS Vestland", "Vestland fylkeskommune"]
    assert [h.name for h in organisations_in("Vågå sau og geit krev at staten")] == ["Vågå sau og geit"]


def test_a_ministry_asking_the_municipalities_under_a_lead_in_is_the_claimant() -> None:
    text = """Arbeids- og inkluderingsdepartementet

Vil ha fleire flyktningar raskare ut i arbeid

Regjeringa legg fram nye mål for introduksjonsprogrammet.

Departementet ber kommunane særleg om å:

• sørgje for at alle deltakarar har ein individuell plan innan tre månader
• rapportere resultat kvart halvår til IMDi
"""
    rows = demands(text, "nn")
    assert ("Arbeids- og inkluderingsdepartementet", "kommunene",
            "rapportere resultat kvart halvår til IMDi") in rows


def test_the_municipalities_asking_the_ministry_under_a_lead_in_stay_the_claimant() -> None:
    text = """Kommunane i Sunnfjord møtte Arbeids- og inkluderingsdepartementet i går.

Kommunane ber departementet om å:

• auke integreringstilskotet
• forenkle rapporteringa til IMDi
"""
    rows = demands(text, "nn")
    assert any(c == "kommunene" and a == "Arbeids- og inkluderingsdepartementet" and t.startswith("auke") for c, a, t in rows)


def test_a_business_park_is_no_person() -> None:
    text = "Energiminister Tor Einar Halsvik besøkte i går Glomfjord Industripark. Dagleg leiar Line Rørvik tok imot."
    assert [p.name for p in find_people(text).persons] == ["Tor Einar Halsvik", "Line Rørvik"]


def test_a_ministrys_proposals_under_a_fact_label_are_no_demands() -> None:
    text = """KS slakter forslaget fra Kunnskapsdepartementet om krav til vikarer.

Fakta: Dette foreslår departementet
• Krav om lærerutdanning for vikarer etter tre uker
• Endringene skal tre i kraft fra skoleåret 2026–2027

KS ber departementet om å utrede de økonomiske konsekvensene på nytt.
"""
    rows = demands(text, "nb")
    assert not any("Krav om lærerutdanning" in t or "tre i kraft" in t for _, _, t in rows)
    assert any(c == "KS" and t.startswith("utrede de økonomiske") for c, _, t in rows)


def test_the_municipality_a_place_named_branch_means() -> None:
    from flows.extract.one_municipality import one_municipality
    text = "Siri Nes er leiar i Vågå sau og geit. Vågå kommune har mista mange lam til rovdyr."
    assert one_municipality("kommunene", "Vågå sau og geit", "kommunen må kome raskare på plass", text) == \
        "Vågå kommune"
