"""Who took part, by an attendance field on one line, by initials and their key, and beside an occasion called off
(invented texts); the names and fields of a list line in the people layer: a nickname inside a name, a role and a
body between commas or dashes."""
from __future__ import annotations

import pytest

from extract_kit import HOD, cases, extracted_meeting, participant_names_of
from flows.extract.called_off import held_all_the_same
from flows.extract.nicknames import nicknames_moved
from flows.extract.people import find_people

LINES = [
    # (id, text, language, expected among the participants, not expected)
    ("inline_field_semicolons_nn",
     "Dialogmøte med departementet om legevakt\n\n"
     "KS hadde dialogmøte med Helse- og omsorgsdepartementet onsdag.\n\n"
     "Til stades: Siri Hovda, statssekretær, Helse- og omsorgsdepartementet; Eirik Brenna, avdelingsdirektør, "
     "Helse- og omsorgsdepartementet; Marit Sølvberg, nestleiar, KS.\n\n"
     "Partane drøfta bemanninga i legevaktene.",
     "nn", {"Siri Hovda", "Eirik Brenna", "Marit Sølvberg"}, set()),
    ("inline_field_brackets_nb",
     "Møte om skolehelsetjenesten\n\n"
     "KS møtte Helsedirektoratet tirsdag om skolehelsetjenesten.\n\n"
     "Deltakere: Tone Rimstad (KS), Jon Arne Kleiva (Helsedirektoratet) og Lise Bø (KS).\n\n"
     "Direktoratet lovet en ny veileder.",
     "nb", {"Tone Rimstad", "Jon Arne Kleiva", "Lise Bø"}, set()),
    # the field ends at a sentence opening another field: the absent stay out
    ("inline_field_then_absence_field_nb",
     "Referat fra møte i fylkesstyret i KS Nordland\n\n"
     "Dato: 3. mars 2025\n"
     "Til stede: Tone Rimstad, Jon Arne Kleiva. Forfall: Lise Bø\n\n"
     "Fylkesstyret drøftet økonomien.",
     "nb", {"Tone Rimstad", "Jon Arne Kleiva"}, {"Lise Bø"}),
    ("initials_and_key_nn",
     "Referat frå møte mellom KS og Helsedirektoratet\n\n"
     "Dato: 4. mars\n"
     "Til stades: SH, EB, MS (referent)\n"
     "Forfall: TR\n\n"
     "Sak 1 Status\n"
     "SH orienterte om tilskota. EB meinte at søknadene er for tunge.\n\n"
     "Forkortingar:\n"
     "SH – Siri Hovda, avdelingsdirektør, Helsedirektoratet\n"
     "EB – Eirik Brenna, seniorrådgjevar, KS\n"
     "MS – Marit Sølvberg, rådgjevar, Helsedirektoratet\n"
     "TR – Tone Rimstad, fagleiar, KS",
     "nn", {"Siri Hovda", "Eirik Brenna", "Marit Sølvberg"}, {"Tone Rimstad"}),
    ("initials_and_key_nb",
     "Referat fra dialogmøte mellom KS og Kunnskapsdepartementet\n\n"
     "Dato: 12.05.\n"
     "Til stede: AL, PK, GN\n"
     "Forfall: OS\n\n"
     "Sak 1: Lærermangel\n"
     "AL orienterte om tall fra KS. PK svarte at departementet jobber med saken.\n\n"
     "Forklaring på forkortelser:\n"
     "AL – Anne Lie, styreleder, KS\n"
     "PK – Per Kvamme, statssekretær, Kunnskapsdepartementet\n"
     "GN – Gro Nyhus, rådgiver, Kunnskapsdepartementet\n"
     "OS – Ola Sund, direktør, KS",
     "nb", {"Anne Lie", "Per Kvamme", "Gro Nyhus"}, {"Ola Sund"}),
    # negative: a glossary of organisations' short names is no key of persons
    ("short_names_of_bodies_are_no_key_nb",
     "Referat fra møte mellom KS og Helsedirektoratet\n\n"
     "Dato: 12.05.\n"
     "Til stede: KS, HDIR\n\n"
     "Partene drøftet legevakten. Direktør Ola Sund i Nordby kommune har skrevet en kronikk om saken.\n\n"
     "Forkortelser:\n"
     "KS – Kommunesektorens organisasjon\n"
     "HDIR – Helsedirektoratet",
     "nb", set(), {"Ola Sund"}),
    # one meeting held, another put off: those present at the one held took part
    ("held_beside_one_put_off_title_nb",
     "Møte med HOD gjennomført – møtet med KD utsatt\n\n"
     "KS hadde onsdag bilateralt møte med Helse- og omsorgsdepartementet. Møtet med Kunnskapsdepartementet ble "
     "utsatt fordi statsråden var syk.\n\n"
     "Til stede:\n"
     "ANNE LIE – styreleder – KS\n"
     "PER KVAMME – statssekretær – Helse- og omsorgsdepartementet",
     "nb", {"Anne Lie", "Per Kvamme"}, set()),
    ("held_beside_one_put_off_sentence_nn",
     "Konsultasjonsmøtet vart utsett – men helsemøtet vart halde\n\n"
     "Konsultasjonsmøtet mellom KS og Kommunal- og distriktsdepartementet er utsett til mars.\n\n"
     "Det bilaterale møtet med Helse- og omsorgsdepartementet vart derimot halde som planlagt fredag.\n\n"
     "Til stades: Siri Hovda, statssekretær, Helse- og omsorgsdepartementet; Marit Sølvberg, nestleiar, KS.",
     "nn", {"Siri Hovda", "Marit Sølvberg"}, set()),
    # put off when the minister fell ill, held instead later: the minister named by the title in the call-off came
    ("put_off_by_the_title_held_later_nn",
     "Utsett konsultasjonsmøte vart halde i januar\n\n"
     "Konsultasjonsmøtet mellom KS og Helse- og omsorgsdepartementet skulle vore halde i desember, men vart utsett då "
     "statsråden vart sjuk. Møtet vart i staden halde torsdag 9. januar.\n\n"
     "Møtedeltakarar:\n"
     "Siri Hovda – helse- og omsorgsminister – Helse- og omsorgsdepartementet\n"
     "Marit Sølvberg – styreleiar – KS",
     "nn", {"Siri Hovda", "Marit Sølvberg"}, set()),
    # a nickname inside the name
    ("nickname_in_a_list_nn",
     "Kriseteam samla\n\n"
     "Regjeringa og KS møttest i natt. Rundt bordet sat: statsråd Siri Hovda, KS-leiar Marit Sølvberg og "
     "ordførar Bjørn «Bassen» Kvamme frå Nordby kommune.",
     "nn", {"Siri Hovda", "Marit Sølvberg", "Bjørn Kvamme"}, {"Bjørn «Bassen» Kvamme", "Bassen"}),
]


@pytest.mark.parametrize("text, language, expected, not_expected", cases(LINES))
def test_attendance_lines(text: str, language: str, expected: set[str], not_expected: set[str]) -> None:
    found = participant_names_of(extracted_meeting(text, language))
    assert expected <= found
    assert not (not_expected & found)


def test_a_list_line_keeps_the_counterpart() -> None:
    text = ("Konsultasjonsmøtet med kommunal- og distriktsministeren vart utsett til mars.\n\n"
            "Det bilaterale møtet med Helse- og omsorgsdepartementet vart derimot halde fredag.\n\n"
            "Til stades: Siri Hovda, statssekretær, Helse- og omsorgsdepartementet; Eirik Brenna, ekspedisjonssjef, "
            "Helse- og omsorgsdepartementet; Marit Sølvberg, nestleiar, KS.")
    meeting = extracted_meeting(text, "nn")
    assert meeting is not None and meeting.counterpart == HOD


@pytest.mark.parametrize("text, language, counterpart", [
    # two ministries named as the parties of a joint consultation: the government, though one sent its minister
    ("Tysdag møttest KS, Barne- og familiedepartementet og Helse- og omsorgsdepartementet til eit felles "
     "konsultasjonsmøte om barn med store behov.\n\n"
     "Til stades:\n"
     "ANNE LIE, styreleiar, KS\n"
     "PER KVAMME, barne- og familieminister, Barne- og familiedepartementet\n"
     "ELIN KVALSVIK, statssekretær, Helse- og omsorgsdepartementet", "nn", "regjeringen"),
    # one minister and another ministry's state secretary met KS: the minister's ministry
    ("Arbeids- og inkluderingsminister Per Kvamme og statssekretær Elin Kvalsvik i Helse- og omsorgsdepartementet "
     "møtte tysdag KS til konsultasjonsmøte om busetjing.\n\n"
     "Til stades:\n"
     "ANNE LIE, styreleiar, KS\n"
     "PER KVAMME, arbeids- og inkluderingsminister, Arbeids- og inkluderingsdepartementet\n"
     "ELIN KVALSVIK, statssekretær, Helse- og omsorgsdepartementet", "nn",
     "Arbeids- og inkluderingsdepartementet"),
], ids=["ministries_as_parties_nn", "minister_with_other_staff_nn"])
def test_list_line_bodies_and_the_counterpart(text: str, language: str, counterpart: str) -> None:
    meeting = extracted_meeting(text, language)
    assert meeting is not None and meeting.counterpart == counterpart


@pytest.mark.parametrize("text, held", [
    ("Møte med HOD gjennomført – møtet med KD utsatt", True),
    ("Konsultasjonsmøtet vart utsett, men helsemøtet vart halde.", True),
    ("Møtet med direktoratet ble derimot holdt som planlagt.", True),
    ("Møtet som skulle vore halde tysdag, er utsett.", False),
    ("Møtet er utsatt og blir holdt i mai.", False),
    ("Møtet vart ikkje halde.", False),
    ("Møtet skulle vært gjennomført – nå er det utsatt.", False),
], ids=["title_participle_nb", "sentence_nn", "after_all_nb", "to_be_held_nn", "moved_nb", "denied_nn",
        "would_have_been_nb"])
def test_an_occasion_held_beside_one_called_off(text: str, held: bool) -> None:
    assert held_all_the_same(text) is held


@pytest.mark.parametrize("text, moved", [
    ("ordførar Bjørn «Bassen» Kvamme frå Nordby", "ordførar Bjørn Kvamme «Bassen» frå Nordby"),
    ('statssekretær Kari "Kiki" Dal sa', 'statssekretær Kari Dal "Kiki" sa'),
    ("boka «Nordlys» Kari Dal skreiv", "boka «Nordlys» Kari Dal skreiv"),  # a title after a word in lower case
    ("Rapporten «Barnet først» kom", "Rapporten «Barnet først» kom"),  # words in lower case: no nickname
], ids=["guillemets_nn", "straight_quotes_nb", "title_not_nickname_nn", "report_title_nb"])
def test_a_nickname_moves_after_the_surname(text: str, moved: str) -> None:
    assert nicknames_moved(text) == moved
    assert len(nicknames_moved(text)) == len(text)


@pytest.mark.parametrize("text, person", [
    ("Til stades: Siri Hovda, statssekretær, Helse- og omsorgsdepartementet; Marit Sølvberg, nestleiar, KS.",
     ("Siri Hovda", "statssekretær", HOD)),
    ("Til stades: Siri Hovda, statssekretær, Helse- og omsorgsdepartementet; Marit Sølvberg, nestleiar, KS.",
     ("Marit Sølvberg", "nestleiar", "KS")),
    ("Til stede:\nPER KVAMME – statssekretær – Helse- og omsorgsdepartementet\nANNE LIE – styreleder – KS (referent)\n",
     ("Anne Lie", "styreleder", "KS")),
    ("SH – Siri Hovda, avdelingsdirektør, Helsedirektoratet\nEB – Eirik Brenna, seniorrådgjevar, KS\n",
     ("Eirik Brenna", "seniorrådgjevar", "KS")),
    # negative: a role between commas inside a sentence gives no body
    ("Per Vik, nestleder, KS. Han sa at Kari Dal, statssekretær, ikke kom.", ("Kari Dal", "statssekretær", None)),
], ids=["semicolons_nn", "last_of_line_nn", "dashes_caps_nb", "key_line_nn", "role_in_sentence_nb"])
def test_a_list_line_gives_role_and_body(text: str, person: tuple[str, str, str | None]) -> None:
    found = {(p.name, p.role, p.organisation) for p in find_people(text).persons}
    assert person in found


CHAIRS = [
    # (id, text, language, expected among the participants, not expected)
    ("chair_from_a_third_body_where_and_when_between_nn",
     "Dialogmøte om samisk språk\n\n"
     "KS og Kommunal- og distriktsdepartementet hadde dialogmøte om samiske tenester. Møtet i Tromsø tysdag vart "
     "leidd av statsforvaltar i Troms, Elin Kvalsvik, som partane hadde bede om å leie det.",
     "nn", {"Elin Kvalsvik"}, set()),
    ("chair_by_role_after_the_name_nn",
     "KS og Helse- og omsorgsdepartementet hadde dialogmøte i Bergen onsdag. Statsforvaltar i Vestland, Elin "
     "Kvalsvik, var møteleiar.",
     "nn", {"Elin Kvalsvik"}, set()),
    ("chair_with_own_role_between_nb",
     "Statssekretær Per Kvamme holdt foredrag på helselederkonferansen i Bodø torsdag. Han ble introdusert av "
     "konferansens møteleder, kommunaldirektør Elin Kvalsvik fra Nordby kommune.",
     "nb", {"Elin Kvalsvik"}, set()),
    # negative: a committee led by someone is a source, not the occasion's chair
    ("committee_led_by_is_no_chair_nb",
     "KS møtte helseministeren til konsultasjonsmøte tirsdag. Utvalget i fjor høst ble ledet av professor Siri Lund.",
     "nb", set(), {"Siri Lund"}),
    ("interpreter_at_the_meeting_nn",
     "KS og Kommunal- og distriktsdepartementet hadde dialogmøte i Karasjok tysdag. Samisk tolk Ánne Sara tolka "
     "mellom nordsamisk og norsk gjennom heile møtet.",
     "nn", {"Ánne Sara"}, set()),
    ("sign_language_interpreter_nb",
     "Fylkesleder Per Kvamme holdt foredrag på helsekonferansen i Bodø torsdag. Tegnspråktolk Elin Kvalsvik tolket "
     "innlegget.",
     "nb", {"Elin Kvalsvik"}, {"Tegnspråktolk Elin Kvalsvik"}),
    # negative: a rule interpreted is no interpreter at the occasion
    ("a_rule_interpreted_is_no_interpreter_nb",
     "KS møtte helseministeren til konsultasjonsmøte tirsdag. Jurist Siri Lund i Nordby kommune tolket regelen "
     "strengt i fjor.",
     "nb", set(), {"Siri Lund"}),
    ("on_one_partys_side_nn",
     "KS møtte helse- og omsorgsministeren til dialogmøte i Hamar måndag. Med på KS-sida var òg nestleiar Elin "
     "Kvalsvik og regiondirektør Per Kvamme.",
     "nn", {"Elin Kvalsvik", "Per Kvamme"}, set()),
    ("representing_the_municipalities_nn",
     "KS og Kommunal- og distriktsdepartementet hadde dialogmøte i Karasjok tysdag. Ordførar i Nordby, Elin "
     "Kvalsvik, og ordførar i Sørby, Per Kvamme, representerte kommunane i forvaltningsområdet.",
     "nn", {"Elin Kvalsvik", "Per Kvamme"}, set()),
]


@pytest.mark.parametrize("text, language, expected, not_expected", cases(CHAIRS))
def test_chairs_interpreters_and_sides(text: str, language: str, expected: set[str], not_expected: set[str]) -> None:
    found = participant_names_of(extracted_meeting(text, language))
    assert expected <= found
    assert not (not_expected & found)


OTHERS = [
    # (id, text, language, expected among the participants, not expected)
    ("joined_for_the_afternoon_part_nb",
     "KS og Helse- og omsorgsdepartementet hadde konsultasjonsmøte torsdag. Styreleder Anne Lie møtte statsråd "
     "Per Kvamme. Til ettermiddagsdelen kom også kommunedirektør Elin Kvalsvik fra Nordby kommune og "
     "ekspedisjonssjef Ola Sund fra departementet.",
     "nb", {"Anne Lie", "Per Kvamme", "Elin Kvalsvik", "Ola Sund"}, set()),
    ("came_to_speak_on_the_second_day_nn",
     "KS og Helse- og omsorgsdepartementet hadde eit todagars arbeidsmøte i Bergen. Styreleiar Anne Lie leidde "
     "KS-delegasjonen. Andre dagen kom også direktør i Helsedirektoratet, Ola Sund, til for å orientere om "
     "pasientforløpa.",
     "nn", {"Anne Lie", "Ola Sund"}, set()),
    # negatives: a letter signed is no agreement signed; a press release's contact lines list no delegation
    ("letter_signed_is_no_signing_nn",
     "KS og Helsedirektoratet hadde dialogmøte om kompetanseløftet tysdag. Rådgjevar Anne Lie la fram tala. KS har "
     "òg sendt eit brev til departementet om saka. Brevet er signert av administrerande direktør Ola Sund.",
     "nn", {"Anne Lie"}, {"Ola Sund"}),
    ("agreement_signed_nb",
     "KS og Kunnskapsdepartementet signerte en avtale om lærerutdanning mandag. Avtalen ble signert av "
     "kunnskapsminister Per Kvamme og styreleder Anne Lie.",
     "nb", {"Per Kvamme", "Anne Lie"}, set()),
    ("contact_lines_of_a_press_release_nb",
     "KS og Kunnskapsdepartementet hadde trepartsmøte om lærermangel tirsdag. Kunnskapsminister Per Kvamme "
     "møtte styreleder Anne Lie.\n\n"
     "For mer informasjon, kontakt:\n"
     "Elin Kvalsvik, leder, tlf. 900 00 000\n"
     "Kommunikasjonsrådgiver Ola Sund, tlf. 911 11 111",
     "nb", {"Per Kvamme", "Anne Lie"}, {"Ola Sund"}),
    ("at_the_dinner_not_at_the_meeting_nb",
     "KS og Helse- og omsorgsdepartementet hadde dialogmøte om e-helse onsdag. Ekspedisjonssjef Per Kvamme møtte "
     "direktør Anne Lie. Direktør i Norsk helsenett, Elin Kvalsvik, var med på middagen, men ikke på selve møtet.",
     "nb", {"Per Kvamme", "Anne Lie"}, {"Elin Kvalsvik"}),
    ("along_on_the_trip_nn",
     "Regionrådet møtte statssekretær Per Kvamme i Samferdselsdepartementet tysdag. Med på turen var også ordførar "
     "Anne Lie (H) frå Nordby og ordførar Elin Kvalsvik (KrF) frå Sørby.",
     "nn", {"Per Kvamme", "Anne Lie", "Elin Kvalsvik"}, set()),
    ("a_name_with_accents_from_abroad_nb",
     "KS hadde bilateralt møte med Arbeids- og inkluderingsdepartementet torsdag. Statssekretær Per Kvamme møtte "
     "styreleder Anne Lie. Ordfører José Martínez Lie i Nordby kommune la fram erfaringer fra helsestasjonen.",
     "nb", {"Per Kvamme", "Anne Lie", "José Martínez Lie"}, set()),
    ("former_office_with_its_body_nb",
     "KS og Finansdepartementet hadde konsultasjonsmøte tirsdag. Styreleder Anne Lie møtte finansminister Per "
     "Kvamme. Tidligere styreleder i KS, Elin Kvalsvik, beskriver den nye direktøren som en god forhandler.",
     "nb", {"Anne Lie", "Per Kvamme"}, {"Elin Kvalsvik"}),
]


@pytest.mark.parametrize("text, language, expected, not_expected", cases(OTHERS))
def test_parts_letters_contacts_and_former_offices(text: str, language: str, expected: set[str],
                                                   not_expected: set[str]) -> None:
    found = participant_names_of(extracted_meeting(text, language))
    assert expected <= found
    assert not (not_expected & found)
