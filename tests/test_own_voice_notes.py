"""Notes an organisation writes in its own voice (notes.py) and the action lines in them (own_items.py):
talking points, briefing notes and memos recognised from several signs of the layout, their author from
the letterhead, the memo's sender line or the signature, and the demands their bullets hold. Invented
texts, bokmål and nynorsk, with the near misses that are not such notes or not demands."""
from __future__ import annotations

import pytest

from extract_kit import demands, result
from flows.extract.document_layout import Layout, read_layout
from flows.extract.notes import is_notes, notes_author, notes_recipient
from flows.normalise import normalise
from flows.segment import segment


def layout(raw: str) -> Layout:
    text = normalise(raw)
    return read_layout(text, segment(text))


BULLETS_NB = "- Vi har mange gamle skolebygg.\n- Skolebyggene må rustes opp.\n- Vi trenger mer penger.\n"
BULLETS_NN = "- Me har mange gamle bruer.\n- Bruene må rustast opp.\n- Me treng meir pengar.\n"

NOTES = {
    "letterhead_label_nb": ("KS Agder – SNAKKEPUNKTER / INTERNT\n\nMøte med kunnskapsministeren\n\n" + BULLETS_NB,
                            "KS Agder"),
    "label_first_nn": ("TALEPUNKT\n\nKS Vestland\n\n" + BULLETS_NN, "KS Vestland"),  # a letterhead under the label
    "memo_nn": ("Internt notat\n\nTil: Samferdselsdepartementet\nFrå: KS Vestland\nDato: 3. april 2025\n\n"
                + BULLETS_NN, "KS Vestland"),
    "memo_without_label_nb": ("Til: Kunnskapsdepartementet\nFra: KS\nDato: 3. mars 2025\nSak: Skolebygg\n\n"
                              + BULLETS_NB, "KS"),
    # a letter cut off before its closing formula: its reference line and its letterhead
    "letter_cut_off_nb": ("KS Agder\n\nVår ref.: 25/123\n\nKunnskapsdepartementet\n\nVi viser til brevet. Vi ber om "
                          "at fristen utsettes, og vi ber om et møte.", "KS Agder"),
    "bodskap_nn": ("Nordby kommune – hovudbodskap til møtet\n\n" + BULLETS_NN, "Nordby kommune"),
}
NOT_NOTES = {
    # news: a title with a colon, "vi" only in dash quotations, bullets of links
    "news_nb": ("KS: Skolebyggene forfaller\n\nKS ber om mer penger.\n\n– Vi trenger hjelp, sier Kari Lid.\n\n"
                "– Vi har ventet lenge, sier hun.\n\n- Les også: Skoler\n- Les også: Bruer\n- Les også: Veier\n"),
    # a press invitation: fields, but no label and no sender and recipient
    "press_invitation_nn": ("Pressekonferanse om bruene\n\nTid: 3. april kl. 10\nStad: Departementet\n\n"
                            "Statsråden møter KS Vestland.\n\n- Bruer\n- Ferjer\n- Rassikring\n"),
    # a label alone, with no other sign of an own voice
    "label_alone_nb": ("KS – NOTAT\n\nSkolebyggene er gamle. Kommunene har brukt mye penger på dem.\n"),
    # notes a ministry wrote for its minister: no claimant's own voice
    "ministry_notes_nb": ("Kunnskapsdepartementet – TALEPUNKTER\n\nMøte med KS\n\n" + BULLETS_NB),
}


@pytest.mark.parametrize("raw,author", list(NOTES.values()), ids=list(NOTES))
def test_notes_and_their_author(raw: str, author: str | None) -> None:
    found = layout(raw)
    assert is_notes(found)
    assert notes_author(found) == author


@pytest.mark.parametrize("raw", list(NOT_NOTES.values()), ids=list(NOT_NOTES))
def test_not_notes(raw: str) -> None:
    assert notes_author(layout(raw)) is None


@pytest.mark.parametrize("raw,expected", [
    ("KS – TALEPUNKTER\n\nTil: Kunnskapsdepartementet\nFra: KS\n\n" + BULLETS_NB, "Kunnskapsdepartementet"),
    ("KS Vestland – SNAKKEPUNKT\n\nMøte med samferdselsministeren\n\n" + BULLETS_NN, "Samferdselsdepartementet"),
    ("KS – TALEPUNKTER\n\nMøte med ordførerne\n\n" + BULLETS_NB, None),  # negative: no ministry named
], ids=["memo_recipient_nb", "meeting_line_nn", "no_ministry"])
def test_notes_recipient(raw: str, expected: str | None) -> None:
    assert notes_recipient(layout(raw)) == expected


HEAD_NB = "KS Agder – TALEPUNKTER / INTERNT\n\nTil: Kunnskapsdepartementet\nFra: KS Agder\nDato: 12. mars 2025\n\n"
HEAD_NN = "KS Vestland – SNAKKEPUNKT\n\nTil: Samferdselsdepartementet\nFrå: KS Vestland\nDato: 3. april 2025\n\n"


@pytest.mark.parametrize("raw,language,expected", [
    (HEAD_NB + "- Vi har fjorten skoler som må pusses opp.\n- Fullfinansiere rentekompensasjonen for skolebygg\n",
     "nb", ("KS Agder", None, "Fullfinansiere rentekompensasjonen for skolebygg")),
    (HEAD_NN + "- Me har mange bruer.\n- Auke rammene til fylkesvegane i neste statsbudsjett\n",
     "nn", ("KS Vestland", None, "Auke rammene til fylkesvegane i neste statsbudsjett")),
    (HEAD_NB + "- Vi har mange skoler.\n- Sørg for at tilskuddet også kan brukes til vedlikehold.\n",
     "nb", ("KS Agder", "Kunnskapsdepartementet", "Sørg for at tilskuddet også kan brukes til vedlikehold")),
    (HEAD_NN + "- Me har mange bruer.\n- Gje oss eit eige løyve til rassikring.\n",
     "nn", ("KS Vestland", "Samferdselsdepartementet", "Gje oss eit eige løyve til rassikring")),
    (HEAD_NB + "- Vi har mange skoler.\n- Det trengs en egen ordning for små kommuner.\n",
     "nb", ("KS Agder", None, "Det trengs en egen ordning for små kommuner")),
    (HEAD_NN + "- Me har mange bruer.\n- Det er behov for betre kart over rasfarlege vegar.\n",
     "nn", ("KS Vestland", None, "Det er behov for betre kart over rasfarlege vegar")),
    (HEAD_NB + "- Vi har mange skoler.\n- Styrke og utvide ordningen med tilskudd til skolebygg\n",
     "nb", ("KS Agder", None, "Styrke og utvide ordningen med tilskudd til skolebygg")),
], ids=["infinitive_nb", "infinitive_nn", "imperative_nb", "imperative_nn", "det_trengs_nb", "behov_nn",
        "coordinated_infinitives_nb"])
def test_demands_in_notes(raw: str, language: str, expected: tuple[str, str | None, str]) -> None:
    assert expected in demands(raw, language)


@pytest.mark.parametrize("raw,language,expected", [
    (HEAD_NB + "- Vi har mange skoler.\n- Vi ber om at:\n   – fristen for søknader forlenges\n"
     "   – rapporteringen forenkles\n- Vi ser fram til møtet.\n", "nb",
     [("KS Agder", None, "fristen for søknader forlenges"), ("KS Agder", None, "rapporteringen forenkles")]),
    (HEAD_NN + "1. Våre innspel:\n- kortare fristar for søknader\n- mindre rapportering til staten\n", "nn",
     [("KS Vestland", None, "kortare fristar for søknader"), ("KS Vestland", None, "mindre rapportering til staten")]),
], ids=["nested_bullets_nb", "numbered_lead_in_nn"])
def test_lead_ins_nested_in_notes(raw: str, language: str, expected: list[tuple[str, str | None, str]]) -> None:
    assert demands(raw, language) == expected


@pytest.mark.parametrize("raw,language", [
    (HEAD_NB + "- Takke for invitasjonen og for et godt samarbeid.\n- Vise til rapporten fra utvalget i fjor.\n", "nb"),
    (HEAD_NN + "- Nemne eksempelet frå Nordby kommune.\n- Takk for invitasjonen til møtet i dag.\n", "nn"),
    (HEAD_NB + "Dagsorden:\n- Drøfte skolebygg og skoleskyss\n- Orientere om budsjettet for neste år\n", "nb"),
    (HEAD_NN + "- Auke rammene?\n- Kort om tala.\n- Obs: Ikkje ta opp eigedomsskatten i dag.\n", "nn"),
    (HEAD_NB + "2. Skolebygg – må prioriteres\n- Vi har mange gamle skoler.\n- Mange av dem er fra 1970-tallet.\n", "nb"),
    (HEAD_NB + "- Tørke, hete og sein vår gjør avlingene mindre\n- Flom og ras i mange kommuner\n", "nb"),
    pytest.param(HEAD_NB + "- Leire og bratte lier rundt sentrum i mange kommuner\n", "nb", marks=pytest.mark.xfail(
        strict=True, reason="'bratte' is its own lemma to simplemma, so 'Leire og bratte' reads as two infinitives")),
    (HEAD_NN + "- Tørke og storm rammar kysten oftare enn før\n", "nn"),
    (HEAD_NB + "- Disse skolene fra sytti- og åttitallet i hele fylket\n", "nb"),
], ids=["stage_directions_nb", "stage_directions_nn", "agenda_nb", "question_short_label_nn", "section_title_nb",
        "nouns_in_e_nb", "noun_and_adjective_in_e_nb", "finite_verb_nn", "determiner_nb"])
def test_no_demands_in_notes(raw: str, language: str) -> None:
    assert demands(raw, language) == []


@pytest.mark.parametrize("raw,language", [
    ("Skolene forfaller\n\nKS ber om mer penger til skolebygg.\n\nFølgende tiltak er foreslått:\n\n"
     "Utvalget la fram rapporten i går.\n\n- Fullfinansiere rentekompensasjonen\n- Gi kommunene mer frihet\n", "nb"),
    ("Bruene forfell\n\nKS Vestland er uroa for bruene.\n\n- Auke rammene til fylkesvegane\n"
     "- Gje kommunane meir fridom\n", "nn"),
], ids=["news_nb", "news_nn"])
def test_news_bullets_are_no_own_voice(raw: str, language: str) -> None:
    assert not any(d.rule.endswith(":action_item") for d in result(raw, language).demands)


@pytest.mark.parametrize("raw,language,expected", [
    ("Uttale frå fylkesstyret i KS Vestland\n\nFylkesstyret meiner staten må auke rammene til fylkesvegane.", "nn",
     [("KS Vestland", "staten", "staten må auke rammene til fylkesvegane")]),
    ("Uttalelse fra hovedstyret i KS\n\nHovedstyret ber regjeringen om å øke rammene til skolebygg.", "nb",
     [("KS", "regjeringen", "øke rammene til skolebygg")]),
    # negative: news, where the board of another body speaks; no own voice takes it over
    ("Idrettslaget vil ha ny hall\n\nStyret i Nordby IL mener staten må betale mer, sa leder Kari Lid til avisa.", "nb",
     []),
], ids=["board_resolution_nn", "board_request_nb", "news_board_nb"])
def test_own_board_speaks_for_the_author(raw: str, language: str,
                                         expected: list[tuple[str, str | None, str]]) -> None:
    own = [(c, a, t) for c, a, t, rule in ((d.claimant, d.addressee, d.text, d.rule)
                                            for d in result(raw, language).demands)
           if rule.split(":")[0] in ("letter", "byline", "notes")]
    assert own == expected


def test_input_with_a_from_line_under_its_label() -> None:
    raw = ("Innspill til statsbudsjettet 2026\n\nFra KS Agder\n\nVi ber om at rammen til fylkesveiene økes. "
           "Staten bør dekke hele kostnaden ved nye oppgaver. Vi trenger også flere lærere.")
    assert ("KS Agder", "staten", "Staten bør dekke hele kostnaden ved nye oppgaver") in demands(raw, "nb")
