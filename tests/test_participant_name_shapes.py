"""Participants by the shape of their written names (invented texts): a surname with an apostrophe ("O'Neill"),
a name in capitals heading an attendance line after a title in lower case ("dr. KARI DAL, ...") or with a particle
of two words ("VAN DER"), a name a photo caption wraps over a line break, a former office holder ("tidligere
KS-leder NN", "førre statsforvaltar, NN"), an absence told with an adverb ("var heller ikke til stede") or by a
pronoun ("Hun deltok ikke på selve møtet"), and persons under a press invitation after the report."""
from __future__ import annotations

import pytest

from extract_kit import cases, participant_names
from flows.extract.elsewhen import former_mention
from flows.extract.person_names import cased_lines, name_candidates

# (id, text, language, participants' names)
SHAPES = [
    ("apostrophe_surname_nb",
     "Ordfører og kommunedirektør møtte statsråden\n\n"
     "Ordfører Ola Berg og kommunedirektør Aoife O'Brien i Nordby kommune møtte mandag 11. august "
     "kommunal- og distriktsminister Kari Vik i departementet.\n\n"
     "– Vi ba om mer skjønnsmidler, sa O'Brien etter møtet.",
     "nb", {"Ola Berg", "Aoife O'Brien", "Kari Vik"}),
    ("caps_list_particles_and_titled_speakers_nn",
     "Referat frå arbeidsmøte mellom KS og Helsedirektoratet\n\n"
     "Dato: 11.08.2025\n\n"
     "Til stades:\n"
     "ANNE VAN DEN BERG, avdelingsdirektør, Helsedirektoratet\n"
     "dr. PER LUND, seniorrådgjevar, Helsedirektoratet\n"
     "professor KARI AF ROSEN, Universitetet i Bergen\n"
     "OLA DAL, rådgjevar, KS\n\n"
     "Sak 1: Legevakt\n"
     "Van den Berg orienterte om arbeidet. Lund orienterte om tidsplanen. Af Rosen la fram tal frå ei kartlegging.",
     "nn", {"Anne van den Berg", "Per Lund", "Kari af Rosen", "Ola Dal"}),
    # a listed person who says nothing later is there by the list alone
    pytest.param("caps_list_titled_silent_nn",
                 "Referat frå arbeidsmøte mellom KS og Helsedirektoratet\n\n"
                 "Dato: 11.08.2025\n\n"
                 "Til stades:\n"
                 "ANNE VAN DEN BERG, avdelingsdirektør, Helsedirektoratet\n"
                 "dr. PER LUND, seniorrådgjevar, Helsedirektoratet\n"
                 "OLA DAL, rådgjevar, KS\n\n"
                 "Sak 1: Legevakt\n"
                 "Van den Berg orienterte om arbeidet.",
                 "nn", {"Anne van den Berg", "Per Lund", "Ola Dal"}),
    ("caption_wrapped_name_nn",
     "Statsråden vitja legevakta\n\n"
     "Helse- og omsorgsminister Kari Vik vitja legevakta i Nordby måndag 11. august saman med ordførar Ola Berg.\n\n"
     "Frå venstre: ordførar Ola Berg, helse- og omsorgsminister Kari Vik og sjukepleiar Anne Lise\n"
     "Haugen framfor legevakta i Nordby.",
     "nn", {"Kari Vik", "Ola Berg", "Anne Lise Haugen"}),
    ("former_office_holder_nb",
     "KS møtte kunnskapsministeren\n\n"
     "KS møtte kunnskapsminister Kari Vik til konsultasjonsmøte tirsdag 12. august. Fra KS deltok styreleder "
     "Ola Berg.\n\n"
     "Berg viste til at saken ble tatt opp allerede da tidligere KS-leder Per Lund møtte departementet for fire "
     "år siden.",
     "nb", {"Kari Vik", "Ola Berg"}),
    ("former_office_holder_comma_nn",
     "Dialogmøte med Statsforvaltaren\n\n"
     "KS Innlandet møtte Statsforvaltaren i Innlandet til dialogmøte tysdag 12. august. Statsforvaltar Kari Vik "
     "og fylkesstyreleiar Ola Berg leidde møtet.\n\n"
     "Dialogmøta vart innførte av førre statsforvaltar, Per Lund, for fem år sidan.",
     "nn", {"Kari Vik", "Ola Berg"}),
    ("pronoun_absent_after_hosting_the_dinner_nb",
     "KS og departementet på todagersmøte\n\n"
     "KS møtte Kommunal- og distriktsdepartementet til todagersmøte i Nordby tirsdag 12. august. Fra KS "
     "deltok styreleder Ola Berg, og fra departementet møtte statssekretær Kari Vik.\n\n"
     "Middagen var åpen for lokale gjester, og ordfører i Nordby, Per Lund, ønsket velkommen. Han deltok ikke på "
     "selve møtet.",
     "nb", {"Ola Berg", "Kari Vik"}),
    ("pronoun_absent_nn",
     "Statsråden møtte KS Vestland\n\n"
     "Kunnskapsminister Kari Vik møtte fylkesstyret i KS Vestland til dialogmøte tysdag 12. august. Fylkesstyreleiar "
     "Ola Berg leidde møtet.\n\n"
     "Ordførar Per Lund ønskte velkomen til lunsj. Han var sjølv ikkje med på møtet.",
     "nn", {"Kari Vik", "Ola Berg"}),
    # a guard: a pronoun subject of a verb of saying with a content clause is not absent by what the clause tells
    ("pronoun_says_another_was_not_invited_nb",
     "KS møtte statsråden\n\n"
     "KS møtte kommunal- og distriktsminister Kari Vik til konsultasjonsmøte tirsdag 12. august. Fra KS deltok "
     "styreleder Ola Berg.\n\n"
     "Ordfører Per Lund ønsket velkommen til middagen. Han mener kommunen ikke ble invitert.",
     "nb", {"Kari Vik", "Ola Berg", "Per Lund"}),
    ("press_invitation_under_the_report_nn",
     "KS og departementet samde om rapport\n\n"
     "KS og Kommunal- og distriktsdepartementet heldt konsultasjonsmøte tysdag 12. august. Frå departementet møtte "
     "statssekretær Kari Vik, og KS stilte med styreleiar Ola Berg.\n\n"
     "PRESSEINVITASJON\n\n"
     "Førstkommande måndag besøkjer kommunal- og distriktsminister Anne Moe Nordby kommune. Ordførar Per Lund tek "
     "imot statsråden på omsorgssenteret.",
     "nn", {"Kari Vik", "Ola Berg"}),
    # a guard: an invitation to the very occasion the text announces (the same day named above it) keeps its persons
    ("press_invitation_to_the_announced_signing_nn",
     "Regjeringa og KS skriv under ny avtale\n\n"
     "Måndag 3. februar skriv regjeringa og KS under ein ny avtale om busetjing. Media er velkomne.\n\n"
     "– Kommunane har gjort ein formidabel jobb, seier arbeids- og inkluderingsminister Kari Vik.\n\n"
     "Presseinvitasjon\n\n"
     "Tid: Måndag 3. februar kl. 12.00\n\n"
     "Frå regjeringa møter arbeids- og inkluderingsminister Kari Vik og statssekretær Per Lund. Frå KS møter "
     "styreleiar Ola Berg og nestleiar Anne Moe.",
     "nn", {"Kari Vik", "Per Lund", "Ola Berg", "Anne Moe"}),
    ("absent_cue_shares_the_first_subject_nn",
     "Fylkesleiaren heldt innlegg på helsekonferansen\n\n"
     "Fylkesleiar i KS Vestland, Kari Vik, heldt i dag innlegg på Helsekonferansen i Vestland.\n\n"
     "Statssekretær Per Lund stod i programmet med eit innlegg rett etter Vik, men melde forfall på kort varsel.",
     "nn", {"Kari Vik"}),
    ("absent_with_adverb_nb",
     "Høring i komiteen\n\n"
     "KS møtte i høring i Stortingets helse- og omsorgskomité tirsdag 12. august. KS var representert ved "
     "direktør Ola Berg.\n\n"
     "Helse- og omsorgsminister Kari Vik var heller ikke til stede.",
     "nb", {"Ola Berg"}),
]



@pytest.mark.parametrize("raw,language,expected", cases(SHAPES))
def test_participants_by_name_shape(raw: str, language: str, expected: set[str]) -> None:
    assert participant_names(raw, language) == expected


@pytest.mark.parametrize("text,name", [
    ("Tidligere KS-leder Per Lund", "Per Lund"),
    ("under tidlegare helse- og omsorgsminister Kari Vik", "Kari Vik"),
    ("innført av førre statsforvaltar, Per Lund", "Per Lund"),
    ("da forrige styreleder Ola Berg", "Ola Berg"),
], ids=["tidligere_nb", "tidlegare_multiword_nn", "forre_comma_nn", "forrige_nb"])
def test_a_former_role_marks_the_name(text: str, name: str) -> None:
    assert former_mention(text, text.index(name))


@pytest.mark.parametrize("text,name", [
    ("Tidligere i dag sa statsråd Per Lund", "Per Lund"),
    ("Tidlegare har ordførar Kari Vik sagt", "Kari Vik"),
    ("Tidligere samme dag møtte statsråd Ola Berg", "Ola Berg"),
    ("Tidligere enn ventet kom statsråd Ola Berg", "Ola Berg"),
    ("styreleder Ola Berg", "Ola Berg"),
], ids=["earlier_today_nb", "earlier_has_nn", "same_day_nb", "earlier_than_nb", "plain_role"])
def test_tidligere_as_a_time_adverb_is_no_former_role(text: str, name: str) -> None:
    assert not former_mention(text, text.index(name))


def test_caps_lines_keep_offsets_and_lower_every_particle_word() -> None:
    text = "Til stades:\nANNE VAN DER MEER, rådgjevar\ndr. PER LUND, lege\nOVERSKRIFT I STORE BOKSTAVAR\n"
    cased = cased_lines(text)
    assert len(cased) == len(text)
    assert "Anne van der Meer, rådgjevar" in cased and "dr. Per Lund, lege" in cased
    assert "OVERSKRIFT I STORE BOKSTAVAR" in cased  # a heading with no role after it stays


@pytest.mark.parametrize("text,names", [
    ("kommunedirektør Aoife O'Brien og rådgiver Sean D'Arcy", ["Aoife O'Brien", "Sean D'Arcy"]),
    ("KS' styreleder Ola Berg", ["Ola Berg"]),
], ids=["apostrophe_surnames", "genitive_apostrophe_no_name"])
def test_name_candidates_with_apostrophes(text: str, names: list[str]) -> None:
    assert [n for n, _, _ in name_candidates(text)] == names


@pytest.mark.parametrize("sentence,names,absent", [
    ("Statssekretær Kari Vik stod i programmet rett etter Ola Berg, men melde forfall.", ["Kari Vik", "Ola Berg"],
     ["Kari Vik"]),
    ("Kari Vik og Ola Berg var invitert, men meldte forfall.", ["Kari Vik", "Ola Berg"], ["Kari Vik", "Ola Berg"]),
    ("Kari Vik møtte, men Ola Berg meldte forfall.", ["Kari Vik", "Ola Berg"], ["Ola Berg"]),
    ("Det var Kari Vik som presenterte funnene; Ola Berg var på feltarbeid og deltok ikke.", ["Kari Vik", "Ola Berg"],
     ["Ola Berg"]),
    ("Kari Vik presenterte hovedfunnene, mens Ola Berg er i foreldrepermisjon og ikke deltok.",
     ["Kari Vik", "Ola Berg"], ["Ola Berg"]),
], ids=["after_another_name_nn", "coordinated_subjects_nb", "own_subject_after_men_nb", "own_clause_before_og_nb",
        "mens_clause_nb"])
def test_an_absence_cue_after_men_shares_the_subject(sentence: str, names: list[str], absent: list[str]) -> None:
    from flows.extract.absence import absent_spans
    spans = [(sentence.index(n), sentence.index(n) + len(n)) for n in names]
    assert sorted(names[i] for i in absent_spans(spans, 0, sentence, own_clause=True)) == absent
