"""Statement constructions from the misses of round 27 (invented texts, bokmål and nynorsk, with negatives): points
of a list set with dashes, as minutes and fact boxes set them, are read as sentences (reported speech in them is a
statement) and never as quotations of the story's last speaker; a dash point with its own attribution, and a lone
dash paragraph, stay quotations; a body written like a name ("rådgjevar NN i Digi Vestland") is no person."""
from __future__ import annotations

import pytest

from extract_kit import statement_rows_of

LIDE = "Ordførar Kari Lide i Fjordvik tok imot statsråden.\n\n"

POSITIVE: list[tuple[str, str, str, set[tuple[str, str, str]]]] = [
    ("minutes_points_nynorsk", "nn",
     "Referat frå kontaktmøtet\n\nSak 2 Økonomi\n\n"
     "- Statssekretær Eva Lie Brekke viste til at kommunane får meir i rammetilskot neste år.\n"
     "- Ordførar Per Olav Dal understreka at auken ikkje dekkjer kostnadsveksten i omsorga.\n",
     {("indirect", "Eva Lie Brekke", "kommunane får meir i rammetilskot neste år"),
      ("indirect", "Per Olav Dal", "auken ikkje dekkjer kostnadsveksten i omsorga")}),
    ("minutes_points_bokmal_en_dash", "nb",
     "Referat fra møtet\n\nSak 1 Digitalisering\n\n"
     "– Direktør Siri Holm Aune opplyste at direktoratet har satt av midler til veiledning.\n"
     "– Styreleder Tor Egil Vik pekte på at små kommuner mangler kapasitet til å følge opp.\n",
     {("indirect", "Siri Holm Aune", "direktoratet har satt av midler til veiledning"),
      ("indirect", "Tor Egil Vik", "små kommuner mangler kapasitet til å følge opp")}),
    ("point_with_its_own_attribution_stays_a_quotation", "nb",
     "Dette sa de etter møtet\n\n"
     "– Vi fikk gjennomslag for det viktigste, sier Kari Lund Moe.\n"
     "– Vi er ikke fornøyd med tempoet, sier Per Dahl Hauge.\n",
     {("direct", "Kari Lund Moe", "Vi fikk gjennomslag for det viktigste"),
      ("direct", "Per Dahl Hauge", "Vi er ikke fornøyd med tempoet")}),
    ("a_body_written_like_a_name_is_no_person", "nn",
     "Fylkesleiar i KS Vestfold, Randi Mo Aker, opna møtet med å minne om at kommunane har hatt tre tunge år.\n\n"
     "Rådgjevar Tor Lid Hamre i Digi Vestfold fortalde om felles innkjøp. Han meiner små kommunar taper åleine.",
     {("indirect", "Randi Mo Aker", "kommunane har hatt tre tunge år"),
      ("indirect", "Tor Lid Hamre", "om felles innkjøp"),
      ("indirect", "Tor Lid Hamre", "små kommunar taper åleine")}),
    ("lone_dash_paragraph_stays_the_speakers_quotation", "nn",
     LIDE + "Lide meiner fristen er for kort.\n\n– Vi har ikkje fått nok tid til å planleggje dette.",
     {("indirect", "Kari Lide", "fristen er for kort"),
      ("direct", "Kari Lide", "Vi har ikkje fått nok tid til å planleggje dette")}),
]

NEGATIVE: list[tuple[str, str, str, set[tuple[str, str, str]]]] = [
    ("fact_box_points_are_no_quotation", "nn",
     LIDE + "– Vi treng fleire bustader, seier Lide.\n\nDETTE ER SAKA\n"
     "- Kvart år oppmodar direktoratet kommunane om å busetje flyktningar.\n"
     "- Kommunane vedtek sjølve kor mange dei tek imot.\n",
     {("direct", "Kari Lide", "Vi treng fleire bustader")}),
    ("agenda_points_are_no_quotation", "nb",
     "Kari Lund Moe ledet møtet. Hun sa at dagsordenen var lang.\n\nPå dagsordenen:\n"
     "- Status for arbeidet med ny kommunelov og veien videre\n- Økonomien i kommunene neste år\n",
     {("indirect", "Kari Lund Moe", "dagsordenen var lang")}),
]


@pytest.mark.parametrize("name,language,raw,expected", POSITIVE, ids=[p[0] for p in POSITIVE])
def test_round27_statements(name: str, language: str, raw: str, expected: set[tuple[str, str, str]]) -> None:
    assert set(statement_rows_of(raw, language)) == expected


@pytest.mark.parametrize("name,language,raw,expected", NEGATIVE, ids=[n[0] for n in NEGATIVE])
def test_round27_not_statements(name: str, language: str, raw: str, expected: set[tuple[str, str, str]]) -> None:
    assert set(statement_rows_of(raw, language)) == expected
