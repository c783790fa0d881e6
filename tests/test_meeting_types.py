"""The type of an occasion (invented texts): meeting, hearing, talk or other (annet), told by the event nouns, an
invitation to a coming meeting, a body's own session, other kinds left as they were, and the anchor a specific cue
gives over a plain meeting word."""
from __future__ import annotations

from datetime import date

import pytest

from extract_kit import FIN, KD, cases, extracted_meeting, meeting_in_may, meeting_of


TYPES_AND_PARTICIPANTS = [
    # (id, text, language, type, participants expected among)
    ("visit_nynorsk",
     "Kunnskapsministeren vitja Lia kommune\n\nKunnskapsminister Eva Ås vitja fredag Lia kommune saman med "
     "fylkesleiar i KS, Oda Lund.", "nn", "annet", {"Eva Ås", "Oda Lund"}),
    ("visit_received",
     "Fylkesstyret i KS Nordby fikk besøk av statssekretær Ola Bø fra Kunnskapsdepartementet fredag 7. mars.",
     "nb", "annet", {"Ola Bø"}),
    ("invitation_present_tense",
     "Presseinvitasjon: Møte om barnevern\n\nBarne- og familieminister Per Vik møter styreleder i KS, "
     "Kari Lund, mandag 10. mars kl. 10.\n\nTid og sted: KS-huset.", "nb", "konsultasjonsmote",
     {"Per Vik", "Kari Lund"}),
    ("received_in_ministry",
     "Kulturminister Eva Ås tok imot KS i departementet onsdag. Med seg hadde hun statssekretær Ola Bø.",
     "nb", "konsultasjonsmote", {"Eva Ås"}),
    ("talk_at_named_venue",
     "Innlegg på Barnehagekonferansen\n\nPer Li, fylkesleder i KS Nordby\n\nVi trenger flere "
     "barnehagelærere.", "nb", "foredrag", {"Per Li"}),
]


@pytest.mark.parametrize("text, language, meeting_type, persons", cases(TYPES_AND_PARTICIPANTS))
def test_type_and_participants(text: str, language: str, meeting_type: str, persons: set[str]) -> None:
    m = meeting_of(text, language=language)
    assert m is not None
    assert m.meeting_type == meeting_type
    assert persons <= {p.name for p in m.participants}


TYPES = [
    # (id, text, language, type)
    ("public_debate_as_subject_is_no_occasion",
     "Fra departementet møtte statssekretær Mona Berge KS og forbundene torsdag.\n\n"
     "Forbundslederen mener debatten handler for mye om lønn og for lite om arbeidstid.", "nb", "annet"),
    ("debate_with_parties_is_a_debate",
     "Kunnskapsministeren var i debatt med KS-leder Arne Fjellheim under Skoleuka.", "nb", "lansering"),
    ("invited_to_debate",
     "KS inviterte til debatt om sykehjemmene. Helseministeren deltok.", "nb", "lansering"),
    ("debate_meeting_nynorsk",
     "KS Nordby inviterte til debattmøte om skulebygg tysdag.", "nn", "lansering"),
    ("talk_notes_manuscript",
     "TALENOTAT\n\nArne Fjellheim, styreleder i KS\nSkoledagen, Nordby rådhus, 4. april 2025\n"
     "Det talte ord gjelder\n\nTakk for invitasjonen. Hver gang staten lanserer en reform, må kommunene "
     "rydde opp.", "nb", "foredrag"),
    ("talk_notes_nynorsk",
     "Talenotat\n\nLiv Sandaker, fylkesleiar i KS Nordby\nDet tala ordet gjeld\n\n"
     "[Lysark 1]\n\nTakk for at eg fekk kome.", "nn", "foredrag"),
    # a named kind of meeting: an input meeting, nynorsk and bokmål
    ("input_meeting_nynorsk",
     "Barneministeren inviterte KS og fagforbunda til eit innspelsmøte om barnevernet måndag 3. mars.", "nn",
     "annet"),
    ("input_meeting_bokmal",
     "Statsråden inviterte KS til et innspillsmøte om barnevernet mandag 3. mars.", "nb", "annet"),
]


@pytest.mark.parametrize("text,language,kind", cases(TYPES))
def test_occasion_types(text: str, language: str, kind: str) -> None:
    meeting = meeting_of(text, language)
    assert meeting is not None and meeting.meeting_type == kind


@pytest.mark.parametrize("text,language", [
    ("KS Nordby er skuffet over budsjettet. Fylkesstyret behandlet proposisjonen i et ekstraordinært møte "
     "samme dag.", "nb"),
    ("KS Nordby er skuffa over budsjettet. Fylkesstyret handsama proposisjonen i eit digitalt møte same dag.", "nn"),
], ids=["nb", "nn"])
def test_body_handling_a_matter_in_a_meeting(text: str, language: str) -> None:
    meeting = meeting_of(text, language)
    assert meeting is not None and meeting.meeting_type == "annet"


@pytest.mark.parametrize("text,language,kind", [
    ("Helsekomiteen holdt høring på Stortinget om fastlegeordningen. Høringen i helsekomiteen samlet KS og "
     "flere forbund.", "nb", "annet"),
    ("KS deltok på høyringsmøtet i departementet om den nye lova.", "nn", "annet"),
], ids=["hearing_in_committee", "hearing_meeting_nn"])
def test_hearings_are_occasions(text: str, language: str, kind: str) -> None:
    meeting = meeting_of(text, language)
    assert meeting is not None and meeting.meeting_type == kind


INVITATIONS = [
    ("invitation_nb",
     "KS Nordby inviterer kunnskapsministeren til et møte i Nordby tirsdag 14. oktober.\n\n"
     "– Vi vil vise fram skolene våre, sier fylkesleder Anne Berg.\n\n"
     "Med seg får hun ordfører i Nordby, Ola Strand.", "nb", (10, 14), "Kunnskapsdepartementet",
     {"Ola Strand"}, {"Anne Berg"}),
    ("invitation_nn",
     "KS Nordby ber klima- og miljøministeren kome til eit møte i Nordby onsdag 5. november.\n\n"
     "– Vi vil at han skal høyre på oss, seier fylkesleiar Anne Berg.\n\n"
     "Ho ventar ikkje at statsråden skal ha alle svara med seg.", "nn", (11, 5), "Klima- og miljødepartementet",
     set(), {"Anne Berg"}),
]


@pytest.mark.parametrize("text,language,month_day,counterpart,present,absent", cases(INVITATIONS))
def test_invitation_to_a_coming_meeting(text: str, language: str, month_day: tuple[int, int], counterpart: str,
                                        present: set[str], absent: set[str]) -> None:
    meeting = meeting_of(text, language, None)
    assert meeting is not None
    assert (meeting.meeting_type, meeting.rule) == ("annet", "invitasjon")
    assert (meeting.date.month, meeting.date.day) == month_day
    assert meeting.counterpart == counterpart
    names = {p.name for p in meeting.participants}
    assert present <= names and not absent & names  # who will go, not who speaks of it


@pytest.mark.parametrize("text,mtype", [
    ("Ordføreren møtte helseministeren i departementet tirsdag.\n\n"
     "KS har tatt opp saken i flere konsultasjonsmøter det siste året.", "annet"),
    ("Ordføraren møtte helseministeren i departementet tysdag.\n\n"
     "KS har teke opp saka i fleire konsultasjonsmøte det siste året.", "annet"),
    # negative: the one consultation meeting the text reports
    ("Ordføreren møtte helseministeren tirsdag.\n\nSaken ble tatt opp i konsultasjonsmøtet tirsdag.",
     "konsultasjonsmote"),
], ids=["quantifier_nb", "quantifier_nn", "one_meeting"])
def test_cue_after_a_quantifier_names_a_class_of_meetings(text: str, mtype: str) -> None:
    meeting = meeting_of(text, "nb")
    assert meeting is not None and meeting.meeting_type == mtype


INVITE_NB = ("Inviterer til skolemøte\n\nKunnskapsminister Kari Dal inviterer KS, Utdanningsforbundet og "
             "Skolenes landsforbund til et eget møte om lærermangel. Møtet holdes i departementet fredag "
             "7. mars.\n\n"
             "– Vi må finne svar sammen, sier Dal.\n\nKS tok opp lærermangelen i det bilaterale "
             "konsultasjonsmøtet med departementet i november.")

INVITE_NN = ("Inviterer til bustadmøte\n\nKommunalminister Per Vik (Ap) inviterer KS, fylkeskommunane og "
             "Husbanken til eit eige møte om bustadbygging. Møtet blir halde i departementet torsdag 6. mars.\n\n"
             "– Vi må byggje meir der folk vil bu, seier Vik.\n\nHusbanken skal leggje fram nye tal.\n\n"
             "KS tok opp bustadbygginga i det bilaterale konsultasjonsmøtet med departementet i november.")


@pytest.mark.parametrize("text,language,month_day,host", [
    (INVITE_NB, "nb", (3, 7), "Kari Dal"),
    (INVITE_NN, "nn", (3, 6), "Per Vik"),
], ids=["invitation_list_nb", "invitation_list_nn"])
def test_ministry_invitation_to_a_list(text: str, language: str, month_day: tuple[int, int], host: str) -> None:
    meeting = meeting_of(text, language, None)
    assert meeting is not None
    assert (meeting.meeting_type, meeting.rule) == ("annet", "invitasjon")
    assert (meeting.date.month, meeting.date.day) == month_day
    assert host in {p.name for p in meeting.participants}  # who invites hosts the meeting


@pytest.mark.parametrize("text,language,outsider", [
    ("KS Nordby inviterer kunnskapsministeren til et møte i Nordby tirsdag 14. oktober.\n\n"
     "Fylkesleder Anne Berg sa at hun inviterer alle ordførerne til et formøte.", "nb", "Anne Berg"),
    # a state secretary answering a letter sends the invitation, and may send it for others
    ("Ordførarane skreiv til departementet. No svarar statssekretær Anne Berg: ho inviterer ordførarane til eit "
     "møte i Oslo torsdag 13. november.\n\nStatssekretær Anne Berg inviterer ordførarane til eit møte i Oslo "
     "torsdag 13. november.", "nn", "Anne Berg"),
], ids=["speaker_about_it_nb", "state_secretary_sends_nn"])
def test_invitation_host_is_a_minister_as_subject(text: str, language: str, outsider: str) -> None:
    meeting = meeting_of(text, language, None)
    assert meeting is not None
    assert outsider not in {p.name for p in meeting.participants}


SESSION_NB = ("Bystyret krever ny ferjeavtale\n\nBystyret i Nordby vedtok tirsdag en uttalelse med krav til staten "
              "om ferjetilbudet.\n\nUttalelsen ble vedtatt med 31 mot 12 stemmer etter en lang debatt.\n\n"
              "Gruppeleder Per Hansen sa i debatten at partiet ville ha mer tid til saken.")

SESSION_NN = ("Kommunestyret krev ny ferjeavtale\n\nKommunestyret i Nordvik gjorde tysdag eit samrøystes vedtak om "
              "ferjetilbodet.\n\nOrdførar Kari Dal la fram saka i kommunestyresalen.\n\n"
              "Gruppeleiar Ola Berg sa i debatten at partiet ville ha meir tid til saka.")


@pytest.mark.parametrize("text,language", [(SESSION_NB, "nb"), (SESSION_NN, "nn")], ids=["session_nb", "session_nn"])
def test_a_body_deciding_in_its_own_session_is_annet(text: str, language: str) -> None:
    meeting = meeting_of(text, language)
    assert meeting is not None
    assert meeting.meeting_type == "annet"
    assert meeting.rule == "sesjon"


@pytest.mark.parametrize("text,language,expected", [
    # a public debate named as such stays a debate, and the definite "etter debatten" adds to it
    ("Statsråden i debatt med KS\n\nKunnskapsministeren var i debatt med KS-leder Kari Dal på Nordbydagene "
     "onsdag.\n\nEtter debatten sa Dal at hun var skuffet over svaret.", "nb", "lansering"),
    ("Statsråden i debatt med KS\n\nKunnskapsministeren var i debatt med KS-leiar Kari Dal på Nordbydagane "
     "onsdag.\n\nEtter debatten sa Dal at ho var skuffa over svaret.", "nn", "lansering"),
    # a council's decision told as background in a consultation report does not outweigh the consultation
    ("KS møtte helseministeren i konsultasjonsmøtet\n\nKS la fram krava sine i det bilaterale konsultasjonsmøtet "
     "med helseministeren tirsdag.\n\nStyreleder Kari Dal viste til at flere kommunestyrer vedtok kutt i fjor.",
     "nb", "konsultasjonsmote"),
], ids=["public_debate_nb", "public_debate_nn", "background_decision_nb"])
def test_debate_and_session_negatives(text: str, language: str, expected: str) -> None:
    meeting = meeting_of(text, language)
    assert meeting is not None and meeting.meeting_type == expected


# --- the kinds that were right: a bilateral meeting, a visit, a consultation ---------------------------------

@pytest.mark.parametrize("text,language,kind,counterpart", [
    ("KS og Helse- og omsorgsdepartementet hadde bilateralt møte mandag 3. februar om legevakta.", "nb",
     "konsultasjonsmote", "Helse- og omsorgsdepartementet"),
    ("Det faste bilaterale møtet mellom KS og Barne- og familiedepartementet vart halde tysdag 8. april.", "nn",
     "konsultasjonsmote", "Barne- og familiedepartementet"),
    ("Samferdselsministeren besøkte Nordby kommune torsdag 15. mai og fikk se den nye bussterminalen.", "nb",
     "annet", "Samferdselsdepartementet"),
    ("Statsråden vitja Nordvik\n\nKulturministeren vitja Nordvik fredag 9. mai og møtte ordføraren.", "nn",
     "annet", "Kultur- og likestillingsdepartementet"),
    ("I konsultasjonsmøtet med regjeringen onsdag 7. mai la KS fram kravene til kommuneøkonomien.", "nb",
     "konsultasjonsmote", "regjeringen"),
], ids=["bilateral_nb", "fixed_bilateral_nn", "visit_nb", "visit_nn", "consultation_with_government"])
def test_other_kinds_of_occasion_stay_as_they_were(text: str, language: str, kind: str, counterpart: str) -> None:
    meeting = meeting_of(text, language=language, published=date(2025, 5, 20))
    assert meeting is not None and meeting.meeting_type == kind
    assert meeting.counterpart == counterpart


# --- a plain meeting word in the title does not anchor a consultation the text names -------------------------------

ANCHOR = [
    ("title_meeting_word_heading_bilateral_nb",
     "KS i møte med finansministeren: – Vi trenger mer\n\n"
     "Våren har vært travel for kommuneøkonomien.\n\n"
     "Under høringen i Stortingets finanskomité 12. mai møtte KS med økonomidirektør Per Lie.\n\n"
     "Bilateralt møte i Finansdepartementet\n\n"
     "Onsdag 4. juni møtte KS finansminister Eva Holm i et bilateralt konsultasjonsmøte i departementet.\n\n"
     "– Vi ba om forståelse, sa styreleder Ola Berg etter møtet.", "nb", FIN, (6, 4)),
    ("title_meeting_word_lead_bilateral_nn",
     "KS i møte med kunnskapsministeren\n\n"
     "Då KS møtte Utdanningsforbundet 3. april, var lærarmangelen tema.\n\n"
     "Det faste bilaterale møtet\n\n"
     "Måndag 12. mai møtte KS kunnskapsminister Kari Dahl til det faste bilaterale møtet om skule.\n\n"
     "– Vi treng fleire lærarar, sa styreleiar Per Vik.", "nn", KD, (5, 12)),
]


@pytest.mark.parametrize("text,language,counterpart,day", cases(ANCHOR))
def test_a_specific_cue_anchors_the_occasion_over_a_plain_meeting_word(text: str, language: str, counterpart: str,
                                                                     day: tuple[int, int]) -> None:
    meeting = extracted_meeting(text, language)
    assert meeting is not None and meeting.meeting_type == "konsultasjonsmote"
    assert meeting.counterpart == counterpart and (meeting.date.month, meeting.date.day) == day


def test_a_plain_meeting_of_its_own_kind_keeps_its_anchor() -> None:
    text = ("Ordføreren møtte statsråden\n\n"
            "Ordfører Ola Berg møtte helseminister Eva Lie i Nordby fredag 7. mars.\n\n"
            "Statsråden besøkte også sykehjemmet i Sørby 2. april.")
    meeting = extracted_meeting(text, "nb", date(2025, 3, 8))
    assert meeting is not None and (meeting.date.month, meeting.date.day) == (3, 7)


# --- the meeting held, with its time and the definite noun; an occasion after it is another --------------------------

def test_a_meeting_held_with_its_time_between_outranks_a_seminar_after_it_nn() -> None:
    meeting = meeting_in_may(
        "KS Nordland og Statsforvaltaren drøfta tilsyn\n\n"
        "Fylkesstyret i KS Nordland hadde måndag 10. mars det årlege møtet sitt med Statsforvaltaren i Nordland. "
        "Hovudtemaet var tilsyna med omsorgstenestene.\n\n"
        "Statsforvaltaren orienterte om ein ny modell for tilsyn.\n\n"
        "Etter møtet heldt kommunedirektør Eli Dahl eit innlegg om tilsyn på eit seminar for kommunedirektørane.", "nn")
    assert meeting is not None
    assert (meeting.meeting_type, meeting.counterpart) == ("annet", "Statsforvaltaren i Nordland")
    assert (meeting.date.month, meeting.date.day) == (3, 10)


def test_a_meeting_held_with_its_time_between_nb() -> None:
    meeting = meeting_in_may(
        "KS Vestfold og Statsforvalteren drøftet beredskap\n\n"
        "Fylkesstyret i KS Vestfold hadde tirsdag det årlige møtet sitt med Statsforvalteren i Vestfold. Temaet var "
        "beredskapen i kommunene.\n\n"
        "Etter møtet holdt fylkesleder Ola Berg et innlegg på et seminar for ordførerne.", "nb")
    assert meeting is not None
    assert meeting.meeting_type == "annet"


def test_after_the_meeting_said_keeps_the_meeting_nb() -> None:
    meeting = meeting_in_may(
        "Godt møte om legevakt\n\n"
        "KS hadde tirsdag 4. mars et bilateralt møte med Helse- og omsorgsdepartementet om legevakten.\n\n"
        "Fra KS deltok styreleder Kari Lunde.\n\n"
        "Etter møtet sa Lunde at konsultasjonsmøtet hadde vært nyttig.", "nb")
    assert meeting is not None
    assert meeting.meeting_type == "konsultasjonsmote"
    assert (meeting.date.month, meeting.date.day) == (3, 4)


# --- an occasion called off beside the one held in its place ------------------------------------------------

CALLED_OFF = [
    # (id, text, language, type, counterpart)
    ("visit_instead_nynorsk",
     "Konsultasjonsmøtet utsett – statsråden kom til Nordvik i staden\n\n"
     "Det planlagde konsultasjonsmøtet mellom KS og Kunnskapsdepartementet er utsett på ubestemt tid.\n\n"
     "KS Nordby fekk likevel snakke med departementet, då kunnskapsminister Eva Ås var på besøk i Nordvik.",
     "nn", "annet", KD),
    ("directorate_instead_bokmal",
     "Konsultasjonsmøtet med Kunnskapsdepartementet utsatt – KS møtte Utdanningsdirektoratet i stedet\n\n"
     "Det planlagte konsultasjonsmøtet mellom KS og Kunnskapsdepartementet er utsatt til høsten.\n\n"
     "KS-delegasjonen brukte i stedet dagen til et møte med ledelsen i Utdanningsdirektoratet.",
     "nb", "annet", "Utdanningsdirektoratet"),
    # negatives: a call-off alone is still the occasion the text is about; a meeting moved to Teams is held
    ("call_off_alone_bokmal",
     "Konsultasjonsmøtet om skolebygg utsatt – KS reagerer\n\n"
     "Konsultasjonsmøtet mellom KS og Kunnskapsdepartementet 12. mars er utsatt. Nytt møte er satt til 2. april.",
     "nb", "konsultasjonsmote", KD),
    ("moved_to_teams_nynorsk",
     "Konsultasjonsmøtet flytta over på Teams\n\n"
     "KS og Kunnskapsdepartementet heldt tysdag konsultasjonsmøte på Teams i staden for i departementet.",
     "nn", "konsultasjonsmote", KD),
]


@pytest.mark.parametrize("text,language,kind,counterpart", cases(CALLED_OFF))
def test_the_occasion_held_in_place_of_one_called_off(text: str, language: str, kind: str, counterpart: str) -> None:
    meeting = meeting_of(text, language)
    assert meeting is not None
    assert (meeting.meeting_type, meeting.counterpart) == (kind, counterpart)


def test_a_person_standing_in_for_another_is_no_occasion_held_instead() -> None:
    from flows.extract.called_off import held_instead
    assert not held_instead("Nestleiar Ola Bø møtte i staden for styreleiaren, som var sjuk.")
    assert held_instead("KS møtte direktoratet i staden.")


def test_the_people_of_the_occasion_held_instead_take_part() -> None:
    text = ("Konsultasjonsmøtet med Kunnskapsdepartementet utsett – KS møtte Utdanningsdirektoratet i staden\n\n"
            "Det planlagde konsultasjonsmøtet mellom KS og Kunnskapsdepartementet er utsett til hausten.\n\n"
            "KS-delegasjonen nytta i staden dagen til eit møte med leiinga i Utdanningsdirektoratet. Direktør Ola "
            "Berg tok imot KS saman med avdelingsdirektør Siri Lund. For KS møtte styreleiar Anne Holm.")
    meeting = meeting_of(text, "nn")
    assert meeting is not None
    assert {"Ola Berg", "Anne Holm"} <= {p.name for p in meeting.participants}
