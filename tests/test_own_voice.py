"""Demands in documents an organisation wrote itself or in its name (authorship.py, own_voice.py):
talk manuscripts, opinion pieces, signed letters and hearing responses, adopted statements; and
the news, press releases and captions that must not get an author's voice. Invented texts,
bokmål and nynorsk."""
from __future__ import annotations

import pytest

from flows.extract.authorship import Author, document_author
from flows.extract.context import analyse
from flows.extract.mentions import find_mentions
from flows.extract.own_voice import without_stage_lines
from flows.model import Sentence

from extract_kit import Row, cases, demands, document


def author(raw: str, language: str = "nb") -> Author | None:
    context = analyse(document(raw, language))
    return document_author(context.layout, find_mentions(context))


TALK_NB = ("TALEMANUS – utkast 2 (ikke for publisering)\nKari Nordmann, styreleder i KS Troms\n"
           "Skolekonferansen, Nordby kulturhus, 3. mars 2025\n\n"
           "[LYSARK 1 – tittel: «Vi må tenke nytt om skolebygg»]\n\nTakk for invitasjonen.\n\n"
           "[LYSARK 2 – krav]\nStaten bør dekke merkostnadene ved de nye kravene til skolebygg.\n\n"
           "Vi trenger flere lærere i grendeskolene.\n\nElevene trenger også mer tid til lesing.\n\n"
           "[LYSARK 3 – avslutning]\nMålet må være at alle elever får gode skolebygg.")
OPINION_NN = ("DEBATT\n\nVegane forfell\n\nAv Per Hansen, fylkesleiar i KS Agder og ordførar i Nordvik (Sp)\n\n"
              "Kvar vår opnar nye hol seg i fylkesvegane. Statsråden sa i Stortinget at «fylka må prioritere "
              "betre».\n\nDifor ber eg regjeringa om to ting:\n\n"
              "For det første må vedlikehaldsetterslepet på fylkesvegane takast inn i rammetilskotet.\n\n"
              "For det andre trengst det ei eiga ordning for rassikring.\n\n"
              "Ønskjer du å skrive i Nordvik-Posten? Send innlegget ditt til redaksjonen.")
HEARING_NN = ("Kunnskapsdepartementet\nPostboks 1 Dep\n\nDykkar ref.: 25/101 Vår ref.: 25/7\n\n"
              "Høyringssvar – nye krav til skulebygg\n\nKS viser til høyringsbrevet om nye krav til skulebygg.\n\n"
              "Etter vår vurdering vil krava krevje meir fagleg kompetanse i kommunane. "
              "Departementet bør utsetje fristen for dei nye krava.\n\n"
              "Det er behov for ei eiga tilskotsordning for små kommunar.\n\n"
              "Med helsing\nKS\n\nKari Nordmann\nadministrerande direktør")
STATEMENT_NB = ("Uttalelse fra fylkesmøtet i KS Troms\n\nFylkesmøtet er bekymret for tilstanden i skolebyggene.\n\n"
                "Staten må dekke merkostnadene ved de nye kravene.")

OWN_VOICE = [
    ("talk_manuscript_nb", TALK_NB, "nb", [
        ("KS Troms", "staten", "Staten bør dekke merkostnadene ved de nye kravene til skolebygg"),
        ("KS Troms", None, "Vi trenger flere lærere i grendeskolene")]),
    ("opinion_piece_av_byline_nn", OPINION_NN, "nn", [
        ("KS Agder", "regjeringen", "For det første må vedlikehaldsetterslepet på fylkesvegane takast inn i "
                                         "rammetilskotet"),
        ("KS Agder", "regjeringen", "trengst det ei eiga ordning for rassikring")]),
    ("hearing_response_signed_nn", HEARING_NN, "nn", [
        ("KS", "Kunnskapsdepartementet", "Departementet bør utsetje fristen for dei nye krava"),
        ("KS", None, "Det er behov for ei eiga tilskotsordning for små kommunar")]),
    ("statement_titled_nb", STATEMENT_NB, "nb", [
        ("KS Troms", "staten", "Staten må dekke merkostnadene ved de nye kravene")]),
]


@pytest.mark.parametrize("raw,language,expected", cases(OWN_VOICE))
def test_own_voice_demands(raw: str, language: str, expected: list[Row]) -> None:
    assert demands(raw, language) == expected


AUTHORS = [
    ("talk_label_then_speaker_line", TALK_NB, "nb", Author("KS Troms", "byline")),
    ("talk_note_caveat_nn", "Samlinga i Fjellvik, 4. mai\nPer Hansen, nestleiar i KS\nDet tala ordet gjeld.\n\n"
                            "God morgon.", "nn", Author("KS", "byline")),
    ("opinion_av_byline_two_offices", OPINION_NN, "nn", Author("KS Agder", "byline")),
    ("hearing_signed_by_organisation", HEARING_NN, "nn", Author("KS", "letter", "Kunnskapsdepartementet")),
    ("letter_signed_by_person_with_role", "Til Samferdselsdepartementet\n\nVi ber om eit møte om ferjene.\n\n"
                                          "Med vennleg helsing\nPer Hansen\nfylkesleiar i KS Agder",
     "nn", Author("KS Agder", "letter", "Samferdselsdepartementet")),
    ("statement_title_names_sender", STATEMENT_NB, "nb", Author("KS Troms", "letter")),
]


@pytest.mark.parametrize("raw,language,expected", cases(AUTHORS))
def test_document_author(raw: str, language: str, expected: Author) -> None:
    assert author(raw, language) == expected


NOT_AUTHORED = [
    ("news_journalist_byline", "Skolebyggene forfaller\n\nAv Per Hansen, journalist\n\n"
                               "Mange skolebygg er i dårlig stand. Staten må ta et større ansvar for vedlikeholdet."),
    ("ks_news_staff_byline_without_marker", "Nye krav til skolebygg\n\nKari Nordmann, kommunikasjonsrådgiver i KS\n\n"
                                            "Kommunene må bruke mer på vedlikehold de neste årene."),
    ("minister_speech", "Tale ved kunnskapsminister Ola Berg på KS' skolekonferanse\nDet talte ord gjelder.\n\n"
                        "Kommunene må prioritere lesing i småskolen."),
    ("ministry_letter_nn", "Til KS\n\nDepartementet viser til brevet frå KS.\n\nKommunane bør søkje innan mai.\n\n"
                           "Med helsing\nKunnskapsdepartementet"),
    ("news_about_a_hearing_response", "Høringssvar: – Skolebyggene må prioriteres\n\nAv Per Hansen\n\n"
                                      "Nordby kommune har sendt sitt høringssvar. Staten må ta regningen."),
]


@pytest.mark.parametrize("raw", cases(NOT_AUTHORED))
def test_news_and_government_texts_have_no_author(raw: str) -> None:
    assert author(raw) is None


def test_news_with_unattributed_modals_gives_no_demands() -> None:
    raw = ("Nye krav til skolebygg\n\nAv Per Hansen, journalist\n\nKommunene må bruke mer på vedlikehold. "
           "Staten bør se på finansieringen.\n\nMed vennlig hilsen\nNordby Avis")
    assert demands(raw) == []


NOT_OWN = [
    ("question_nn", "Kvifor må kommunane betale for vegane til staten?"),
    ("third_party_request_noun_nb", "Forskriften stiller krav om at lærerne skal ha videreutdanning."),
    ("third_party_need_nb", "Turistene som kommer om sommeren, trenger også legevakt."),
    ("author_asked_passive_nn", "Eg er beden om å snakke om skulebygga i dag."),
    ("announcing_modal_nb", "Vi mener følgende må på plass:"),
    ("modal_in_why_clause_nb", "Dette er tall for å forstå hvorfor vi må tenke nytt."),
    ("minister_reported_nn", "Statsråden sa i Stortinget at vedlikehaldet må vente."),
    ("minister_quoted_nn", "Statsråden sa i Stortinget at «vedlikehaldet må vente»."),
]


@pytest.mark.parametrize("sentence", cases(NOT_OWN))
def test_what_is_not_the_authors_demand(sentence: str) -> None:
    raw = f"DEBATT\n\nSkulane våre\n\nAv Per Hansen, fylkesleiar i KS Agder\n\n{sentence}"
    assert demands(raw, "nn") == []


@pytest.mark.parametrize("text,expected", [
    ("[LYSARK 2 – krav]\nStaten må betale.", "Staten må betale."),
    ("[Lysbilde 1]\n[Pause]\nVi trenger folk.", "Vi trenger folk."),
    ("Staten må betale [se lysark 2].", "Staten må betale [se lysark 2]."),
])
def test_stage_lines_cut_off_a_sentence(text: str, expected: str) -> None:
    cut = without_stage_lines(Sentence(start=10, end=10 + len(text), text=text))
    assert cut is not None and cut.text == expected
    assert text.endswith(cut.text) and cut.start == 10 + len(text) - len(cut.text)


def test_stage_line_alone_is_no_sentence() -> None:
    assert without_stage_lines(Sentence(start=0, end=24, text="[LYSARK 1 – «Vi må mer»]")) is None


@pytest.mark.parametrize("raw,language,expected", [
    ("Innlegg – Skoledagen 2025\nKari Nordmann, styreleder i KS\n\nTakk til kunnskapsministeren, som sitter på "
     "første rad.\n\nDet vi trenger fra dere, er forutsigbare rammer for skolebyggene.", "nb",
     [("KS", "Kunnskapsdepartementet", "Det vi trenger fra dere, er forutsigbare rammer for skolebyggene")]),
    ("Innlegg – Skuledagen 2025\nPer Hansen, nestleiar i KS\n\nTakk til kunnskapsministeren for eit godt innlegg.\n\n"
     "Vi ber om at de reparerer skulebygga vi har.", "nn",
     [("KS", "Kunnskapsdepartementet", "de reparerer skulebygga vi har")]),
], ids=["dere_nb", "de_nn"])
def test_second_person_in_a_talk_is_the_greeted_ministry(raw: str, language: str, expected: list[Row]) -> None:
    assert demands(raw, language) == expected


def test_bokmal_de_is_not_the_audience() -> None:
    raw = ("Innlegg – Skoledagen 2025\nKari Nordmann, styreleder i KS\n\nTakk til kunnskapsministeren.\n\n"
           "Vi ber om at de får bedre rammer.")
    assert demands(raw) == [("KS", None, "de får bedre rammer")]


@pytest.mark.xfail(strict=True, reason="'rå til' / 'råde til' (advise) is not a verb of requesting in the cue lists, "
                                       "so a hearing response's 'Vi rår departementet til å ...' gives nothing")
def test_advise_in_a_hearing_response_nn() -> None:
    assert demands(HEARING_NN.replace("Departementet bør utsetje fristen for dei nye krava.",
                                      "Vi rår departementet til å utsetje fristen for dei nye krava."), "nn")[0] == \
        ("KS", "Kunnskapsdepartementet", "utsetje fristen for dei nye krava")


@pytest.mark.parametrize("raw,language", [
    ("Innlegg – Skoledagen 2025\nKari Nordmann, styreleder i KS\n\nJeg mener at kommunene selv må ta et større "
     "ansvar for skolebyggene.", "nb"),
    ("Innlegg – Skuledagen 2025\nPer Hansen, nestleiar i KS\n\nEg meiner at kommunane sjølve må ta eit større "
     "ansvar for skulebygga.", "nn"),
], ids=["jeg_mener_nb", "eg_meiner_nn"])
def test_first_person_speaker_is_the_author_not_the_subject_after_at(raw: str, language: str) -> None:
    assert [claimant for claimant, _, _ in demands(raw, language)] == ["KS"]


JOINT_LETTER_NN = ("Kunnskapsdepartementet\nPostboks 1 Dep\n\nDykkar ref.: 25/101\n\nSkulebygg\n\n"
                   "Vi ber departementet om å setje av midlar til ei eiga låneordning for skulebygg.\n\n"
                   "Med helsing\nKS\nUtdanningsforbundet")
JOINT_STATEMENT_NB = ("Felles uttalelse fra KS og Utdanningsforbundet\n\nVi er bekymret for skolebyggene.\n\n"
                      "Staten må dekke merkostnadene ved de nye kravene.")
SIGNED_WITH_ADDRESS_NB = ("Kunnskapsdepartementet\n\nVi ber departementet om en egen låneordning for skolebygg.\n\n"
                          "Med vennlig hilsen\nKS\nKari Nordmann\nadministrerende direktør\n"
                          "Kopi: Utdanningsforbundet")


@pytest.mark.parametrize("raw,language,expected", [
    (JOINT_LETTER_NN, "nn", ("KS", "Utdanningsforbundet")),
    (JOINT_STATEMENT_NB, "nb", ("KS", "Utdanningsforbundet")),
    (SIGNED_WITH_ADDRESS_NB, "nb", ("KS",)),  # negative: a copy line names no co-signer
    (HEARING_NN, "nn", ("KS",)),  # negative: a signer's name and role under the organisation
], ids=["joint_letter_nn", "joint_statement_nb", "copy_line_nb", "one_signer_nn"])
def test_cosigners(raw: str, language: str, expected: tuple[str, ...]) -> None:
    written = author(raw, language)
    assert written is not None and written.claimants == expected


def test_joint_letter_demand_for_each_signer_nn() -> None:
    found = demands(JOINT_LETTER_NN, "nn")
    assert sorted(claimant for claimant, _, _ in found) == ["KS", "Utdanningsforbundet"]
    assert len({text for _, _, text in found}) == 1
