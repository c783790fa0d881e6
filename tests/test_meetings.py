"""Golden tests for the meeting extractor: type, counterpart, date, evidence."""
from __future__ import annotations

from datetime import date

import pytest

from flows.extract.meetings import extract_meeting
from flows.model import Document, Meeting
from flows.segment import segment

from extract_kit import cases, document, meeting_of


def _doc(text: str, language: str = "nb", published: date | None = date(2023, 5, 2),
         title: str | None = None, url: str | None = None) -> Document:
    return document(text, language, published, title, url)


def _meeting(text: str, published: date | None = date(2023, 5, 2), **kwargs) -> Meeting | None:
    return meeting_of(text, published=published, **kwargs)


CASES = [
    # (id, text, language, type, counterpart)
    ("konsultasjon_nb",
     "I konsultasjonsmøtet mellom KS og Kunnskapsdepartementet 4. mars tok KS opp lærermangelen.\n\n"
     "- Vi trenger flere lærere, sa styreleder i KS, Kari Nordmann.", "nb", "konsultasjonsmote",
     "Kunnskapsdepartementet"),
    ("konsultasjon_nn",
     "KS og Samferdselsdepartementet hadde konsultasjonsmøte tysdag. Partane drøfta mellom anna vedlikehald av vegar.",
     "nn", "konsultasjonsmote", "Samferdselsdepartementet"),
    ("bilateral_regjeringen_then_minister",
     "Det sa styreleder Ola Hansen i det faste bilaterale møtet KS har med regjeringen.\n\n"
     "Kommunenes økonomi ble drøftet med finansministeren.", "nb", "konsultasjonsmote", "Finansdepartementet"),
    ("abbreviation",
     "På konsultasjonsmøtet med KDD 12. juni ba KS om et bedre inntektssystem.", "nb", "konsultasjonsmote",
     "Kommunal- og distriktsdepartementet"),
    ("plenum_regjeringen",
     "I plenumsmøtet mellom KS og regjeringen i dag la KS fram sine innspill til statsbudsjettet.", "nb",
     "konsultasjonsmote", "regjeringen"),
    ("several_ministers",
     "Tirsdag møtte KS, LO og YS kunnskapsministeren, finansministeren og helseministeren for å drøfte situasjonen.",
     "nb", "annet", "regjeringen"),
    ("ks_alone_meets_minister",
     "- Vi trenger virkemidler, sa styreleder i KS, Kari Nordmann i møte med ny kunnskapsminister Per Hansen (Ap).",
     "nb", "konsultasjonsmote", "Kunnskapsdepartementet"),
    ("launch",
     "Mandag 15. mars lanserte KS to forskningsrapporter om samhandling. I den anledning inviterte KS til debatt. "
     "Helse- og omsorgsminister Per Hansen deltok i debatten.", "nb", "lansering", "Helse- og omsorgsdepartementet"),
    ("frokostmote",
     "KS inviterte til frokostmøte om digitalisering onsdag 3. mai. Digitaliseringsminister Kari Hansen innledet.",
     "nb", "lansering", "Digitaliserings- og forvaltningsdepartementet"),
    ("conference_announcement_nn",
     "Samarbeidet skal i gang att, kunngjorde partane på Fastlegekonferansen fredag.\n\n"
     "– Dette er viktig, seier helse- og omsorgsminister Per Hansen (H).", "nn", "lansering",
     "Helse- og omsorgsdepartementet"),
    ("internal_network",
     "KS' storbynettverk møttes i april. Et av temaene på møtet var fastlegeordningen. I uttalelsen ber "
     "storbyene regjeringen styrke ordningen.", "nb", "annet", None),
    ("signing",
     "Kommunalministeren og KS signerte i dag en avtale om digitalisering.", "nb", "annet",
     "Kommunal- og distriktsdepartementet"),
    ("visit",
     "Justisministeren besøkte KS onsdag for å høre om beredskapen i kommunene.", "nb", "annet",
     "Justis- og beredskapsdepartementet"),
]


@pytest.mark.parametrize("text, language, meeting_type, counterpart", cases(CASES))
def test_type_and_counterpart(text: str, language: str, meeting_type: str, counterpart: str | None) -> None:
    m = _meeting(text, language=language)
    assert m is not None
    assert m.meeting_type == meeting_type
    assert m.counterpart == counterpart


@pytest.mark.parametrize("text", [
    # press release on a budget: no occasion
    "KS mener regjeringen burde satt av mer penger til fastlegeordningen i revidert nasjonalbudsjett. "
    "- Det trengs mer penger, sier Ola Hansen.",
    # a future meeting and a generic "i møte med"
    "KS vil ta dette opp i neste konsultasjonsmøte. Kommunene står sterkt i møte med de demografiske utfordringene.",
    # the government presented something: no occasion KS took part in
    "Regjeringen la fram statsbudsjettet for 2025. KS mener det er for lite til kommunene.",
])
def test_no_meeting(text: str) -> None:
    assert _meeting(text) is None


def test_other_ministries_listed_are_not_counterpart() -> None:
    text = ("Bilateralt konsultasjonsmøte mellom Kommunal- og moderniseringsdepartementet og KS fann stad "
            "11. november 2015.\n\nDet har i haust òg blitt halde bilaterale konsultasjonsmøter mellom KS og "
            "Finansdepartementet, Helse- og omsorgsdepartementet, Kulturdepartementet og Kunnskapsdepartementet.")
    m = _meeting(text, language="nn")
    assert m is not None
    assert m.counterpart == "Kommunal- og moderniseringsdepartementet"
    assert (m.date.year, m.date.month, m.date.day, m.date.source) == (2015, 11, 11, "text")


def test_slides_are_a_talk() -> None:
    text = ("# Hva må skje i nord?\n\nKari Nordmann, fylkesstyreleder KS Nordland\n\n## Utfordringer\n\n"
            "- Tilgang på personell\n- Samhandling\n\n# Hva må kommunene gjøre?\n\n- Sørge for gode planer\n")
    m = _meeting(text)
    assert m is not None
    assert m.meeting_type == "foredrag"
    assert m.counterpart is None
    assert m.rule == "foredrag_byline"


def test_evidence_points_at_the_type_sentence() -> None:
    text = "Det var mange saker. KS tok opp økonomien i konsultasjonsmøtet med Finansdepartementet."
    doc = _doc(text)
    m = extract_meeting(doc, segment(doc.text), ())
    assert m is not None and m.evidence_start is not None
    assert "konsultasjonsmøtet" in doc.text[m.evidence_start:m.evidence_end]


def test_metadata_title_decides_type() -> None:
    text = "Styreleder i KS, Kari Nordmann, møtte kunnskapsministeren og KS-representanter fra LO."
    m = _meeting(text, title="Konsultasjonsmøte med Kunnskapsdepartementet")
    assert m is not None and m.meeting_type == "konsultasjonsmote"


def test_relative_date_with_and_without_metadata() -> None:
    text = "KS møtte helseministeren i går til konsultasjonsmøte."
    with_meta = _meeting(text, published=date(2023, 5, 2))
    without = _meeting(text, published=None)
    assert with_meta is not None and without is not None
    assert (with_meta.date.year, with_meta.date.month, with_meta.date.day) == (2023, 5, 1)
    assert with_meta.date.source == "metadata"
    assert (without.date.year, without.date.month, without.date.day) == (None, None, None)
    assert without.date.text == "i går"


def test_statsraad_name_resolves_ministry_by_year() -> None:
    text = "Konsultasjonsmøtet med statsråd Jan Tore Sanner fann stad 11. november 2015."
    m = _meeting(text, language="nn", published=None)
    assert m is not None and m.counterpart == "Kommunal- og moderniseringsdepartementet"


@pytest.mark.xfail(strict=True, reason="a meeting referred to only by 'statsråden' with no ministry named cannot "
                                       "be resolved to a ministry")
def test_statsraden_alone() -> None:
    m = _meeting("KS hadde konsultasjonsmøte med statsråden i går.")
    assert m is not None and m.counterpart is not None


# A person giving a talk (innlegg, foredrag, appell, presentasjon) at a conference:
# the conference is the venue, the occasion is a talk.
TALK_CASES = [
    ("innlegg_nb", "Styreleder i KS, Kari Nordmann, holdt innlegg på Kommunalkonferansen i Bodø onsdag.", "nb",
     "foredrag"),
    ("innlegg_nn", "Fylkesstyreleiar i KS Vestland, Ola Dal, heldt eit innlegg på Helsekonferansen i Førde fredag.",
     "nn", "foredrag"),
    ("appell", "KS-leder Kari Nordmann holdt appell under Barnehagekonferansen i Oslo.", "nb", "foredrag"),
    ("presentasjon_nn", "Ola Dal hadde ein presentasjon om økonomien på Kommunekonferansen i Molde.", "nn",
     "foredrag"),
    # negatives: a launch stays a launch even when someone gives a talk there
    ("launch_with_talk", "KS lanserte rapporten på et lanseringsseminar mandag. Helseminister Per Hansen holdt et "
     "innlegg.", "nb", "lansering"),
    ("conference_without_talk", "KS og Legeforeningen kunngjorde et nytt samarbeid på Fastlegekonferansen fredag.",
     "nb", "lansering"),
]


@pytest.mark.parametrize("text, language, meeting_type", cases(TALK_CASES))
def test_talk_at_conference(text: str, language: str, meeting_type: str) -> None:
    m = _meeting(text, language=language)
    assert m is not None and m.meeting_type == meeting_type


# An absent minister ("meldte forfall", "kunne ikkje delta", "var forhindret")
# is not the counterpart.
ABSENCE_CASES = [
    ("forfall_nb", "Styreleder i KS, Kari Nordmann, holdt innlegg på Samferdselskonferansen torsdag.\n\n"
     "Samferdselsminister Per Hansen skulle etter planen ha deltatt, men meldte forfall.", "nb", "foredrag", None),
    ("forhindra_nn", "Styreleiar i KS, Ola Dal, heldt foredrag på Kommunekonferansen. Kommunalminister Kari Li var "
     "forhindra.", "nn", "foredrag", None),
    ("kunne_ikkje_delta_nn", "Leiar i KS Vestland, Ola Dal, heldt innlegg på Kulturkonferansen i Førde. "
     "Kulturminister Kari Li kunne ikkje delta.", "nn", "foredrag", None),
    # the present minister is the counterpart, the absent one in the same sentence is not
    ("present_and_absent", "Helseminister Per Hansen møtte KS til konsultasjonsmøte, mens finansminister Kari Li "
     "meldte forfall.", "nb", "konsultasjonsmote", "Helse- og omsorgsdepartementet"),
    # a statssekretær sent in the minister's place: the ministry is still the counterpart
    ("substitute", "KS hadde konsultasjonsmøte tirsdag. Kunnskapsminister Per Hansen var forhindret og hadde sendt "
     "statssekretær Kari Li i sitt sted.", "nb", "konsultasjonsmote", "Kunnskapsdepartementet"),
    ("uteble_substitute", "Statsråd Per Hansen uteble fra konsultasjonsmøtet med KS. Statssekretær Kari Li møtte "
     "for Kunnskapsdepartementet.", "nb", "konsultasjonsmote", "Kunnskapsdepartementet"),
]


@pytest.mark.parametrize("text, language, meeting_type, counterpart", cases(ABSENCE_CASES))
def test_absent_minister_is_not_counterpart(text: str, language: str, meeting_type: str,
                                            counterpart: str | None) -> None:
    m = _meeting(text, language=language)
    assert m is not None
    assert (m.meeting_type, m.counterpart) == (meeting_type, counterpart)


# Ministers of several ministries at one meeting (a plenary consultation): the
# counterpart is the government, not one of their ministries.
PLENARY_CASES = [
    ("plenary_nb", "Konsultasjonsmøtet mellom regjeringen og KS ble holdt 3. mai. Fra regjeringen deltok "
     "kommunalminister Per Hansen, finansminister Kari Li og helseminister Eva Ås. KS var representert ved "
     "styreleder Ola Dal.\n\nKommunalministeren sa at regjeringen vil se på tallene.", "nb", "regjeringen"),
    ("plenary_nn", "Konsultasjonsmøtet mellom regjeringa og KS vart halde 3. mai. Frå regjeringa møtte "
     "finansminister Per Hansen og kunnskapsminister Kari Li. KS var representert ved styreleiar Ola Dal.", "nn",
     "regjeringen"),
    ("statsraad_fra_nn", "På konsultasjonsmøtet deltok statsråd Per Hansen frå Kunnskapsdepartementet og statsråd "
     "Kari Li frå Finansdepartementet.", "nn", "regjeringen"),
    # negatives: one ministry with its minister and statssekretær; a minister only quoted from elsewhere
    ("one_ministry_two_people", "KS og Helse- og omsorgsdepartementet hadde bilateralt møte. Helseminister Per Hansen "
     "og statssekretær Kari Li møtte KS ved styreleder Ola Dal.", "nb", "Helse- og omsorgsdepartementet"),
    ("other_minister_only_mentioned", "KS og Helse- og omsorgsdepartementet hadde bilateralt møte. Helseminister "
     "Per Hansen møtte KS. Finansminister Kari Li har tidligere sagt at det ikke er rom for mer.", "nb",
     "Helse- og omsorgsdepartementet"),
]


@pytest.mark.parametrize("text, language, counterpart", cases(PLENARY_CASES))
def test_ministers_of_several_ministries(text: str, language: str, counterpart: str) -> None:
    m = _meeting(text, language=language)
    assert m is not None and m.counterpart == counterpart


# Round 2: plenary consultations and talks (examples written for the tests).
ROUND2 = [
    # a plenary consultation is with the government, even when only one minister is named
    ("plenum_one_minister_named",
     "KS møtte regjeringen til konsultasjonsmøte i plenum i går.\n\n"
     "- Vi trenger mer penger, sa styreleder Ola Dal.\n\nFinansminister Kari Li lovte å se på tallene.",
     "nb", "konsultasjonsmote", "regjeringen"),
    ("plenumsmote_nn",
     "Plenumsmøtet i konsultasjonsordninga vart halde tysdag. Kommunalministeren opna møtet, og "
     "kommunalminister Per Hansen svarte på spørsmåla frå KS.",
     "nn", "konsultasjonsmote", "regjeringen"),
    # negative: a bilateral meeting that mentions the plenary meetings in the background
    ("bilateral_mentions_plenum",
     "KS og Kunnskapsdepartementet hadde bilateralt konsultasjonsmøte tirsdag.\n\n"
     "I tillegg til de faste plenumsmøtene holdes det bilaterale møter mellom KS og departementene.",
     "nb", "konsultasjonsmote", "Kunnskapsdepartementet"),
    ("bilateral_after_plenum_same_sentence",
     "KS og Kunnskapsdepartementet hadde eit bilateralt konsultasjonsmøte etter plenumsmøtet tysdag.",
     "nn", "konsultasjonsmote", "Kunnskapsdepartementet"),
    # a talk at a conference where a minister is only mentioned
    ("talk_minister_only_mentioned_nn",
     "Fylkesstyreleiar i KS Vestland, Eva Ås, heldt foredrag på Havbruksdagane tysdag.\n\n"
     "Ho meiner Nærings- og fiskeridepartementet må lytte til kystkommunane. Fiskeriminister Per Hansen har "
     "tidlegare sagt at regjeringa vil sjå på saka. Hansen var ikkje til stades på konferansen.",
     "nn", "foredrag", None),
    ("talk_minister_only_mentioned_nb",
     "Styreleder i KS Nordland, Kari Moe, holdt foredrag på Nordlandskonferansen.\n\n"
     "Hun mener Kunnskapsdepartementet må gjøre mer for lærerrekrutteringen.",
     "nb", "foredrag", None),
]


@pytest.mark.parametrize("text, language, meeting_type, counterpart", cases(ROUND2))
def test_round2_type_and_counterpart(text: str, language: str, meeting_type: str, counterpart: str | None) -> None:
    m = _meeting(text, language=language)
    assert m is not None
    assert (m.meeting_type, m.counterpart) == (meeting_type, counterpart)


def test_talk_with_minister_present_keeps_counterpart() -> None:
    text = ("Styreleder i KS, Kari Moe, holdt foredrag for kunnskapsminister Per Hansen på et møte i "
            "Kunnskapsdepartementet tirsdag. Hansen deltok i samtalen etterpå.")
    m = _meeting(text)
    assert m is not None and m.meeting_type == "foredrag"
    assert m.counterpart == "Kunnskapsdepartementet"


# Round 3: a generic meeting word in the headline does not outvote the named
# consultation in the text; "bilateralt konsultasjonsmøte" is a consultation.
@pytest.mark.parametrize("text, language", [
    ("Beredskap på agendaen i møte med justisministeren\n\n"
     "KS møtte justis- og beredskapsminister Per Hansen til bilateralt konsultasjonsmøte 23. april.\n\n"
     "Dette tok KS opp i møtet:\n\n- brannvesenet\n- nødnett", "nb"),
    ("Skule på dagsordenen i møte med kunnskapsministeren\n\n"
     "KS møtte kunnskapsminister Kari Li til bilateralt konsultasjonsmøte 4. mars.\n\n"
     "I møtet tok KS opp lærarmangelen.", "nn"),
    ("KS og Kunnskapsdepartementet hadde et bilateralt kontaktmøte tirsdag.", "nb"),
])
def test_round3_bilateral_consultation_wording(text: str, language: str) -> None:
    m = _meeting(text, language=language)
    assert m is not None and m.meeting_type == "konsultasjonsmote"


def test_round3_generic_meeting_alone_stays_annet() -> None:
    m = _meeting("Fagforbundet og KS møtte LO i møte med partene tirsdag.")
    assert m is not None and m.meeting_type == "annet"


# Round 4: occasions other than a consultation, launch or talk (a minister's
# visit to a KS body, a named meeting with a ministry, a hand-over to a minister)
# are meetings of type annet, with date, counterpart and participants.
OTHER_OCCASIONS = [
    # (id, text, language, counterpart, date text, participants)
    ("guest_of_ks_body_nn",
     "Statsråden fekk beskjed\n\n"
     "Samferdselsminister Per Dal (Ap) var torsdag 3. oktober gjest hos fylkesstyret i KS Agder i Arendal.\n\n"
     "– Vegane forfell, sa fylkesstyreleiar i KS Agder, Kari Holm.\n\n"
     "– Eg tek det med meg, sa Dal.",
     "nn", "Samferdselsdepartementet", "torsdag 3. oktober", {"Per Dal", "Kari Holm"}),
    ("visit_nb",
     "Kunnskapsminister Eva Lie besøkte styret i KS Viken mandag. – Vi mangler lærere, sa styreleder i KS Viken, "
     "Ola Moe.",
     "nb", "Kunnskapsdepartementet", "mandag", {"Eva Lie", "Ola Moe"}),
    ("trepartsmote_handover_nb",
     "KS og Delta la onsdag fram en felles plan for beredskap. Planen ble overlevert justisministeren i et "
     "trepartsmøte i departementet.\n\n– Dette haster, sa direktør i KS, Berit Sand.",
     "nb", "Justis- og beredskapsdepartementet", "onsdag", {"Berit Sand"}),
    ("dialogmote_nn",
     "KS og Fagforbundet hadde dialogmøte med Arbeids- og inkluderingsdepartementet fredag.\n\n"
     "– Vi treng fleire heile stillingar, sa nestleiar i KS, Jon Rud.",
     "nn", "Arbeids- og inkluderingsdepartementet", "fredag", {"Jon Rud"}),
]


@pytest.mark.parametrize("text, language, counterpart, date_text, people", cases(OTHER_OCCASIONS))
def test_round4_other_occasion_is_annet(text: str, language: str, counterpart: str, date_text: str,
                                        people: set[str]) -> None:
    m = _meeting(text, language=language)
    assert m is not None
    assert m.meeting_type == "annet"
    assert m.counterpart == counterpart
    assert m.date is not None and m.date.text == date_text
    assert people <= {p.name for p in m.participants}


@pytest.mark.parametrize("text, language", [
    # a minister's statement in the press, no occasion
    ("Helseminister Per Dal sier til NRK at kommunene får mer penger neste år. KS mener det er for lite.", "nb"),
    ("Kommunalministeren seier til NPK at regjeringa vil sjå på inntektssystemet. KS er skeptisk.", "nn"),
    # a future meeting
    ("KS skal møte kunnskapsministeren neste uke for å ta opp lærermangelen.", "nb"),
    ("KS skal ha eit dialogmøte med helseministeren neste veke.", "nn"),
    # a budget press release
    ("KS: Statsbudsjettet gir for lite til kommunene\n\nRegjeringen la fram statsbudsjettet tirsdag. "
     "- Kommunene får for lite, sier styreleder i KS, Kari Holm.", "nb"),
])
def test_round4_no_occasion(text: str, language: str) -> None:
    assert _meeting(text, language=language) is None


# Round 5 (realistic layouts): gatherings of a body, talks named with their speaker, fact boxes, occasions
# at another time, press invitations, plain meeting words next to a named kind, KS bodies.
@pytest.mark.parametrize("case_id, text, title, meeting_type, rule", [
    ("gathering", "Årsmøtet i KS Nordby ble holdt i Nordby i går. Ordførerne drøftet økonomien.", None,
     "annet", "samling"),
    ("talk_in_title", "Kari Nordmann snakket om skolen og økonomien.",
     "Talen til styreleder Kari Nordmann på landstinget", "foredrag", "tale"),
    ("talk_with_speaker", "Innlegg av fylkesleder i KS Nordby, Kari Nordmann, på Skolekonferansen.\n\n"
     "Kjære alle. Skolen trenger mer penger.", None, "foredrag", "tale"),
    ("fact_box_ignored", "KS og Kunnskapsdepartementet møttes i dag til dialogmøte om skolen.\n\n"
     "FAKTA: Konsultasjonsordningen\n\n- Konsultasjonsmøtene mellom staten og KS holdes fire ganger i året.\n"
     "- Konsultasjonsmøtene har en fast dagsorden.", None, "annet", "navngitt_mote"),
    # (singular: a plural "Konsultasjonsmøtene ..." names a class of meetings and counts little anyway)
    ("no_fact_label_counts", "KS og Kunnskapsdepartementet møttes i dag til dialogmøte om skolen.\n\n"
     "Konsultasjonsordningen\n\n- Konsultasjonsmøtet mellom staten og KS holdes i dag.\n"
     "- Konsultasjonsmøtet har en fast dagsorden.", None, "konsultasjonsmote", "konsultasjonsmote"),
    ("past_occasion_discounted", "KS møtte Kunnskapsdepartementet og Nordby fylkeskommune i dag til dialogmøte om "
     "skolen.\n\nKS tok opp lærermangelen.\n\nDa KS og regjeringen hadde konsultasjonsmøte i fjor, var tonen en "
     "annen.", None, "annet", "navngitt_mote"),
    ("same_time_counts", "KS møtte Kunnskapsdepartementet og Nordby fylkeskommune i dag til dialogmøte om "
     "skolen.\n\nKS tok opp lærermangelen.\n\nKS og regjeringen hadde konsultasjonsmøte om saken.", None,
     "konsultasjonsmote", "konsultasjonsmote"),
    ("plain_words_follow_named_kind", "KS møtte regjeringen i går. I møtet tok KS opp økonomien. Etter møtet sa "
     "styreleder Kari Nordmann at møtet var godt.\n\nMøtet var årets første konsultasjonsmøte.", None,
     "konsultasjonsmote", "konsultasjonsmote"),
    ("ks_county_board_stays_annet", "Fylkesstyret i KS Nordby møtte statssekretær Per Hansen i "
     "Kunnskapsdepartementet i et møte om skolen.", None, "annet", "mote"),
    ("ks_centrally_is_consultation", "KS møtte Kunnskapsdepartementet i et møte om skolen.", None,
     "konsultasjonsmote", "ks_ministry_meeting"),
])
def test_round5_type_and_rule(case_id: str, text: str, title: str | None, meeting_type: str, rule: str) -> None:
    m = _meeting(text, title=title)
    assert m is not None
    assert (m.meeting_type, m.rule) == (meeting_type, rule)


@pytest.mark.parametrize("text", [
    "Hun ga en tale til ære for jubilanten i rådhuset.",
    "Kommunen holdt en presentasjon av budsjettet for innbyggerne.",
])
def test_round5_talk_words_without_a_named_speaker(text: str) -> None:
    m = _meeting(text)
    assert m is None or m.rule != "tale"


@pytest.mark.parametrize("invitation, expected", [
    ("\n\nPressen er velkommen.", "konsultasjonsmote"),
    ("", "annet"),
])
def test_round5_press_invitation_reports_a_coming_occasion(invitation: str, expected: str) -> None:
    """Outside the lead, a cue placed in the future counts less, except in a press invitation."""
    m = _meeting("KS og Nordby kommune hadde et dialogmøte i dag.\n\nKS tok opp skolen.\n\nKS og regjeringen skal "
                 "møtes igjen senere i et konsultasjonsmøte om saken.\n\nTema: skolen." + invitation)
    assert m is not None and m.meeting_type == expected


@pytest.mark.parametrize("text, date_text", [
    # a dateline under the byline dates talk notes whose sentences give no date
    ("# Skolen i Nordby\n\nInnlegg av fylkesleder i KS Nordby, Kari Nordmann, på Skolekonferansen\n\n"
     "Nordby, 3. mars 2025\n\n## Tema\n\n- Lærere\n\nSkolen trenger flere lærere.", "3. mars 2025"),
    ("Innlegg av styreleder i KS, Kari Nordmann, på Skolekonferansen.\n\nØvre Dal, 4. april 2024.\n\n"
     "Skolen trenger flere lærere.", "4. april 2024"),
    # a date inside a sentence is no dateline
    ("# Skolen i Nordby\n\nInnlegg av fylkesleder i KS Nordby, Kari Nordmann, på Skolekonferansen\n\n"
     "Fristen er 3. mars 2025 for søknaden.\n\n## Tema\n\n- Lærere", None),
    # a dateline far down the text is no dateline
    ("Innlegg av styreleder i KS, Kari Nordmann, på Skolekonferansen.\n\n" + "Skolen trenger lærere.\n\n" * 7
     + "Nordby, 3. mars 2025", None),
])
def test_round5_dateline_dates_a_talk(text: str, date_text: str | None) -> None:
    m = _meeting(text, published=date(2025, 3, 3))
    assert m is not None and m.meeting_type == "foredrag"
    assert m.date.text == date_text
