"""Whose words a pronoun or a quotation gives (invented texts): the antecedent of a pronoun after a person, an
organisation, an unnamed person or a photo caption, and a quoted speaker reporting another person."""
from __future__ import annotations

import pytest

from extract_kit import cases_not_yet, rows_first_words, rows_with_rule, rows_without_full_stop, statement_rows


@pytest.mark.parametrize("language,raw,speaker,contents", [
    ("nn", "Legeforeningen sende nestleiar Håvard Lyngstad til møtet. Han peika på at mange gardsvegar er i dårleg "
           "stand, og kravde at fylket set av meir pengar til grusing.", "Håvard Lyngstad",
     ["mange gardsvegar er i dårleg stand", "fylket set av meir pengar til grusing"]),
    ("nb", "Sykepleierforeningen sendte nestleder Vigdis Lauvås. Hun pekte på at mange slutter etter få år i "
           "yrket.", "Vigdis Lauvås", ["mange slutter etter få år i yrket"]),
], ids=["org_stilte_med_nn", "org_sendte_nb"])
def test_pronoun_after_an_organisation_and_a_person_is_the_person(language: str, raw: str, speaker: str,
                                                                  contents: list[str]) -> None:
    found = [r[:3] for r in rows_with_rule(raw, language)]
    for content in contents:
        assert ("indirect", speaker, content) in found


def test_pronoun_after_an_actor_alone_is_the_actor() -> None:
    raw = ("Ordførar Randi Dal var nøgd med møtet. Regjeringa har lagt fram ein plan for eldreomsorga. Ho meiner "
           "at kommunane må gjere meir sjølve.")
    assert not [r for r in rows_with_rule(raw, "nn") if r[2].startswith("kommunane må")]


@pytest.mark.parametrize("language,raw,speaker,content", [
    ("nb", "Varaordfører Ingrid Vasshaug åpnet den nye skolen.\n\n– Elevene har ventet på denne gymsalen i ti år, sa "
           "Ingrid Vasshaug under åpningen.\n\nBildetekst: Ingrid Vasshaug (t.v.) og Marte Lysaker foran "
           "skolen. Foto: Per Dahl\n\nHun understreket at skolen skal være åpen for lag og foreninger.",
     "Ingrid Vasshaug", "skolen skal være åpen for lag og foreninger"),
    ("nn", "Kulturleiar Oddny Skare opna festivalen.\n\n– Vi har aldri selt så mange billettar før, sa Oddny Skare."
           "\n\nOddny Skare og Randi Lote framfor scena. Foto: Kari Fet\n\nHo la til at festivalen treng "
           "eit nytt telt til neste år.", "Oddny Skare", "festivalen treng eit nytt telt til neste år"),
], ids=["bildetekst_nb", "foto_credit_nn"])
def test_pronoun_after_a_photo_caption_is_the_story_speaker(language: str, raw: str, speaker: str,
                                                            content: str) -> None:
    assert ("indirect", speaker, content) in [r[:3] for r in rows_with_rule(raw, language)]


def test_title_after_a_pronoun_is_not_the_next_pronoun() -> None:
    raw = ("Næringsminister Kari Dal besøkte Nordby i går.\n\nOla Vik er lærling og 19 år. Han fortalte statsråden "
           "at han fikk mye ansvar de første ukene.\n\n– Det beste med jobben er at jeg trengs, sa han.")
    rows = statement_rows(raw)
    assert ("direct", "Ola Vik", "Det beste med jobben er at jeg trengs") in rows
    assert ("indirect", "Ola Vik", "han fikk mye ansvar de første ukene") in rows  # the one told left out


UNNAMED = [
    ("nurse_after_author_nb", "nb",
     "KOMMENTAR\n\nHjemmetjenesten trenger folk\n\nKari Nordahl Sæther, forbundsleder i Fagforbundet\n\n"
     "Forrige måned ringte jeg en hjelpepleier i en hjemmetjeneste i Telemark. Hun hadde kjørt alene i fire "
     "timer. «Det var ingen andre på jobb», sa hun.\n\nSlik kan vi ikke ha det.", "Det var ingen andre på jobb"),
    ("director_after_minister_nn", "nn",
     "Statsråd Ingrid Fjell Aasen talte på konferansen i går.\n\nEin rektor i Sunnfjord sa til meg at ho "
     "brukar kvar fredag på skjema til direktoratet.\n\n«Skjemaa et opp heile veka,» sa ho.",
     "Skjemaa et opp heile veka,"),
    ("mother_after_mayor_nb", "nb",
     "Ordfører Anne Lise Dahl tok imot statsråden i går.\n\nEn mor i bygda fortalte at hun har ventet i to år "
     "på avlastning.\n\n– Vi står helt alene med dette, sa hun.", "Vi står helt alene med dette"),
]


@pytest.mark.parametrize("language,raw,words", cases_not_yet(UNNAMED))
def test_pronoun_after_an_unnamed_person_is_not_the_named_one(language: str, raw: str, words: str) -> None:
    found = rows_without_full_stop(raw, language)
    assert not any(r[2].startswith(words[:15]) for r in found), found


def test_named_person_after_unnamed_one_still_speaks() -> None:
    raw = ("En sykepleier på sykehjemmet viste oss rundt.\n\nOrdfører Anne Lise Dahl tok imot statsråden.\n\n"
           "– Vi trenger flere hender på sykehjemmene, sa hun.")
    assert ("direct", "Anne Lise Dahl", "Vi trenger flere hender på sykehjemmene") in rows_without_full_stop(raw)


@pytest.mark.parametrize("language,raw,speaker", [
    pytest.param("nb", "Direktør Siv Marte Grønnli i KS møtte departementet.\n\nGrønnli vil at kommunene skal skrive "
                       "med når direktoratet lager en ny veileder for skolehelsetjenesten.\n\n– Vi kjenner elevene best, "
                       "sier hun.", "Siv Marte Grønnli", id="guide_nb"),
    pytest.param("nn", "Nestleiar Oddvar Myklebust tok ordet i møtet.\n\nMyklebust sa at skulane har fått ein ny "
                       "rettleiar i år. Han etterlyste eit eige tilskot til skuleskyss i distrikta.", "Oddvar Myklebust",
                 id="guide_nn"),
])
def test_a_thing_named_like_a_role_is_no_unnamed_person(language: str, raw: str, speaker: str) -> None:
    found = rows_without_full_stop(raw, language)
    assert found and found[-1][1] == speaker and found[-1][2].startswith(("Vi kjenner", "eit eige")), found


def test_unnamed_person_in_the_named_ones_sentence_does_not_block() -> None:
    raw = ("Ordfører Kari Holm Dahl deltok i debatten.\n\nEtterpå sa Dahl at hun ikke hadde trodd at en statsråd "
           "ville love penger i et valgår.\n\n– Vi kommer tilbake med saken i neste konsultasjonsmøte, sa hun.")
    assert ("direct", "Kari Holm Dahl", "Vi kommer tilbake med saken i neste konsultasjonsmøte") in rows_without_full_stop(raw)


def test_unnamed_person_inside_a_quotation_is_no_antecedent() -> None:
    raw = ("Nestleiar Marte Lie Holm leidde delegasjonen.\n\n– Når ein liten kommune får ein ny pasient med store "
           "behov, er budsjettet sprengt, seier Holm.\n\nHo understrekar at kommunane ikkje ber staten ta over "
           "tenestene.")
    assert ("indirect", "Marte Lie Holm", "kommunane ikkje ber staten ta over tenestene") in rows_without_full_stop(raw, "nn")


BERG_NB = "Ordfører Kari Dal møtte statsråd Ola Berg i går.\n\n"

BERG_NN = "Ordførar Kari Dal møtte statsråd Ola Berg i går.\n\n"


@pytest.mark.parametrize("language,raw,expected", [
    ("nb", BERG_NB + "– Han lyttet. Han lovet ingenting, men han sa at departementet ser på saken. Det er et "
                     "lite steg, sier Dal.", ("indirect", "Ola Berg", "departementet ser på saken")),
    ("nn", BERG_NN + "– Han lytta. Han sa at departementet vil sjå på tilskotet i haust. Det tek eg med meg, "
                     "seier Dal.", ("indirect", "Ola Berg", "departementet vil sjå på")),
    ("nb", BERG_NB + "– Han sa «vi skal se på finansieringen». Det skal vi minne ham om, sier Dal.",
     ("direct", "Ola Berg", "vi skal se på")),
    ("nn", BERG_NN + "– Han lytta. Han sa til og med: «Eg har sjølv budd i ein liten kommune.» Det var godt å "
                     "høyre, seier Dal.", ("direct", "Ola Berg", "Eg har sjølv budd")),
], ids=["reported_nb", "reported_nn", "quoted_nb", "quoted_nn"])
def test_a_quoted_speaker_reports_another_person(language: str, raw: str, expected: tuple[str, str, str]) -> None:
    found = rows_first_words(raw, language)
    assert expected in found
    assert any(kind == "direct" and speaker == "Kari Dal" for kind, speaker, _ in found)  # the quotation stays hers


@pytest.mark.parametrize("language,raw", [
    # the speaker's own words to the other person
    ("nb", BERG_NB + "– Jeg sa til ham: «Dere må slutte å måle oss med samme linjal.» Det gjelder fortsatt, sier Dal."),
    # an unnamed person in the quotation
    ("nn", BERG_NN + "– Ein rådmann sa det slik til meg: «Vi skriv meir rapportar enn vi leier.» Det seier alt, "
                     "seier Dal."),
    # nobody but the speaker named before
    ("nb", "Ordfører Kari Dal var til stede.\n\n– Han sa at saken er viktig, sier Dal."),
], ids=["first_person_nb", "unnamed_nn", "nobody_else_nb"])
def test_no_other_person_in_the_quotation(language: str, raw: str) -> None:
    assert {speaker for _, speaker, _ in rows_first_words(raw, language)} <= {"Kari Dal"}
