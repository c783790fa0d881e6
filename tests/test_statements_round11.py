"""Statements round 11: whose words a paragraph holds, and reporting forms the rules missed.

- a document in its author's own voice (an opinion piece, a talk manuscript, a letter): a first-person
  paragraph after a quotation is the author's comment, no continuation of the quoted words; neither is a
  paragraph that names the speaker by surname in a news report;
- "sa det treffende:", "sa det sjølv i talen sin:", "sa det slik, og eg har fått lov å sitere han:":
  the object only points to the quotation after the colon (no indirect statement), and the quotation is
  the person's;
- a subheading "Statsråden: – ..." over a section that quotes the same person is the editor's summary;
- an adjective used as an adverb inside a verb phrase ("var samtidig tydelig på at");
- a colon lead-in opened by a role and a name ("Forbundsleder NN var tydelig i møtet:");
- "«...», sa hun, og la til at ...": the quotation and the reported words after it;
- a title after a pronoun subject ("Hun fortalte statsråden at ...") is not the one a later "hun" means;
- "«...» – NN, styreleder i KS": a quotation credited after a dash;
- "legepresidenten" for the president of the doctors' association; a role with its field before a
  name in an attribution ("sa fylkesråd for samferdsel NN fra salen"); a subject with a title, a name
  and a relative clause before the verb ("Ordføraren i Nordby, NN, som òg sit i ..., tok opp X").
Every sentence is written for the test (bokmål and nynorsk), with negative cases."""
from __future__ import annotations

import pytest

from extract_kit import statement_rows

OPINION = ("DEBATT\n\nKommunene kan ikke gjøre alt\n\nPer Lund, fylkesleder i KS Nordby\n\n"
           "Dette er et debattinnlegg. Innlegget gir uttrykk for skribentens holdninger.\n\n")
OPINION_NN = ("DEBATT\n\nKommunane kan ikkje gjere alt\n\nPer Lund\nfylkesleiar i KS Nordby\n\n"
              "Dette er eit debattinnlegg. Innlegget gir uttrykk for skribenten sine meiningar.\n\n")
TALK = ("INNLEGG / TALEMANUS\nDet talte ord gjelder\n\nFagdagen 2025, Nordby, 4. mars 2025\n"
        "Per Lund, nestleder i KS\n\n")


@pytest.mark.parametrize("raw,language,quoted,comment", [
    (OPINION + "Næringsminister Kari Dal sa i Stortinget at ordningen virker:\n\n«Vi har gitt kommunene mer "
     "penger enn noen gang, og resten må de prioritere selv», sa Kari Dal i debatten.\n\nJeg skjønner at "
     "statsråden vil spare. Men det er vi som betaler når reglene blir strengere.", "nb",
     "Vi har gitt kommunene mer penger enn noen gang, og resten må de prioritere selv",
     "Jeg skjønner at statsråden vil spare"),
    (OPINION_NN + "Næringsminister Kari Dal sa det sjølv på ein konferanse i fjor:\n\n«Vi skal stole meir på "
     "kommunane. Staten veit ikkje best korleis ein skule i Nordby skal drivast.»\n\nVi tek henne på "
     "ordet. Difor har vi tre krav til regjeringa.", "nn",
     "Vi skal stole meir på kommunane. Staten veit ikkje best korleis ein skule i Nordby skal drivast.",
     "Vi tek henne på ordet"),
    (TALK + "Jeg vil starte med et sitat. Næringsminister Kari Dal sa det slik i fjor:\n\n«Ingen kommune skal "
     "stå alene når bedriften legger ned.»\n\nDet er vi helt enige i. Men vi har ikke sett pengene ennå.", "nb",
     "Ingen kommune skal stå alene når bedriften legger ned.", "Det er vi helt enige i"),
], ids=["opinion_nb", "opinion_nn", "talk_nb"])
def test_own_voice_comments_are_no_continuation(raw: str, language: str, quoted: str, comment: str) -> None:
    rows = statement_rows(raw, language)
    assert ("direct", "Kari Dal", quoted.rstrip(".")) in rows
    assert not any(text.startswith(comment) for _, _, text in rows)
    assert not [r for r in rows if r[0] == "indirect" and r[2].startswith("det ")]


def test_a_paragraph_naming_the_speaker_is_no_continuation() -> None:
    raw = ("Styreleder Kari Dal i KS møtte statsråden i går.\n\n– Vi har ikke fått dekket lønnsveksten på flere "
           "år. Det merker innbyggerne hver dag, sier Kari Dal til avisen.\n\nFra regjeringen møtte to statsråder. "
           "KS stilte med Dal og flere av oss i styret, og vi la fram kravene.")
    rows = statement_rows(raw)
    assert not any(text.startswith("Fra regjeringen") for _, _, text in rows)


def test_first_person_continuation_still_holds_in_news() -> None:
    raw = ("Styreleder Kari Dal i KS møtte statsråden i går.\n\n– Vi har ikke fått dekket lønnsveksten, sier Dal."
           "\n\nVi ser at det går ut over tjenestene folk trenger hver dag.")
    assert ("direct", "Kari Dal", "Vi ser at det går ut over tjenestene folk trenger hver dag") in statement_rows(raw)


def test_talk_quoting_with_leave_to_quote() -> None:
    raw = (TALK + "I høst var jeg i Nordby. Der fortalte legen Ola Vik om vaktene sine. Han sa det slik, og jeg "
           "har fått lov å sitere ham: «Jeg liker å jobbe mye. Men jeg liker ikke å være alene på vakt hver "
           "fjerde natt.»")
    rows = statement_rows(raw)
    assert ("direct", "Ola Vik", "Jeg liker å jobbe mye. Men jeg liker ikke å være alene på vakt hver fjerde natt") \
        in rows
    assert not any(text.startswith("det slik") for _, _, text in rows)


SECTIONS = ("Ordfører i Nordby Kari Dal tok imot helseministeren i går.\n\nDal viste fram sykehjemmet.\n\n"
            "– Vi trenger nye plasser, og vi klarer ikke å bygge dem alene, sa Dal.\n\n")


def test_subheading_summary_is_no_statement() -> None:
    raw = (SECTIONS + "Statsråden: – Tar det med meg\n\nHelseminister Per Lund sa han hadde lært mye.\n\n"
           "– Jeg ser at bygget er gammelt. Jeg skal ta med meg det jeg har hørt her i dag, sa Lund.")
    rows = statement_rows(raw)
    assert not any(text.startswith("Tar det med meg") for _, _, text in rows)
    assert ("direct", "Per Lund", "Jeg ser at bygget er gammelt. Jeg skal ta med meg det jeg har hørt her i dag") \
        in rows


def test_title_label_quote_is_kept() -> None:
    raw = ("Ordføreren til statsråden: – Vi kan ikke betale for flommen alene\n\nJustisminister Per Lund "
           "besøkte Nordby i går.\n\nOrdfører Kari Dal viste ham skadene langs elva.")
    assert ("direct", "Kari Dal", "Vi kan ikke betale for flommen alene") in statement_rows(raw)


@pytest.mark.parametrize("raw,language,expected", [
    ("Nestleder Kari Dal i KS talte på konferansen.\n\nHun var samtidig tydelig på at kommunene ikke vil overta "
     "ansvaret for rusomsorgen.", "nb", ("indirect", "kommunene ikke vil overta ansvaret for rusomsorgen")),
    ("Forbundsleder Kari Dal i Fagforbundet var med på møtet.\n\nForbundsleder Kari Dal var tydelig i møtet:\n\n"
     "– Vi kan ikke snakke om mangel på folk når så mange jobber deltid mot sin vilje.", "nb",
     ("direct", "Vi kan ikke snakke om mangel på folk når så mange jobber deltid mot sin vilje")),
    ("Styreleder Kari Dal i KS møtte statsråden.\n\n«Det er ikke kommunene som har valgt at systemene skal være "
     "så tungvinte», sa hun, og la til at kommunene ikke kan betale for nye løsninger alene.", "nb",
     ("direct", "Det er ikke kommunene som har valgt at systemene skal være så tungvinte")),
    ("Styreleder Kari Dal i KS møtte statsråden.\n\n«Det er ikke kommunene som har valgt at systemene skal være "
     "så tungvinte», sa hun, og la til at kommunene ikke kan betale for nye løsninger alene.", "nb",
     ("indirect", "kommunene ikke kan betale for nye løsninger alene")),
    ("Møtet var i Nordby rådhus.\n\n«Kommunene vil gjerne ta ansvar. Men da må staten betale, ikke bare stille "
     "krav.» – Kari Dal, styreleder i KS", "nb",
     ("direct", "Kommunene vil gjerne ta ansvar. Men da må staten betale, ikke bare stille krav")),
    ("Møtet var i går.\n\n– Vi er for nye ferjer. Men når staten stiller kravene, må staten også betale, sa "
     "fylkesråd for samferdsel Kari Dal fra salen.", "nb",
     ("direct", "Vi er for nye ferjer. Men når staten stiller kravene, må staten også betale")),
    ("Ordføraren i Nordby, Kari Dal, som òg sit i fylkesstyret, tok opp det aukande talet på tilsyn frå staten.",
     "nn", ("indirect", "det aukande talet på tilsyn frå staten")),
], ids=["adverb_adjective_nb", "role_name_lead_in_nb", "quote_then_added_direct_nb", "quote_then_added_indirect_nb",
        "dash_credit_nb", "role_with_field_nb", "title_name_relative_nn"])
def test_found_with_speaker(raw: str, language: str, expected: tuple[str, str]) -> None:
    assert (expected[0], "Kari Dal", expected[1]) in statement_rows(raw, language)


def test_title_after_a_pronoun_is_not_the_next_pronoun() -> None:
    raw = ("Næringsminister Kari Dal besøkte Nordby i går.\n\nOla Vik er lærling og 19 år. Han fortalte statsråden "
           "at han fikk mye ansvar de første ukene.\n\n– Det beste med jobben er at jeg trengs, sa han.")
    rows = statement_rows(raw)
    assert ("direct", "Ola Vik", "Det beste med jobben er at jeg trengs") in rows
    assert ("indirect", "Ola Vik", "han fikk mye ansvar de første ukene") in rows  # the one told left out


def test_doctors_president_by_title() -> None:
    raw = ("Foreningens president, Kari Dal, sier at brevet kommer etter lang tids venting.\n\nLegepresidenten "
           "understreker at foreningen ikke ber om en ny statlig ordning.")
    assert ("indirect", "Kari Dal", "foreningen ikke ber om en ny statlig ordning") in statement_rows(raw)


def test_organisation_title_prefers_its_own_leader_to_a_county_leader() -> None:
    raw = ("Styreleder Kari Dal og helseministeren før møtet. Foto: KS\n\nMed seg hadde KS-lederen nestleder Ola Vik og "
           "fylkesstyreleder i KS Nordby, Per Lund.\n\nKS-lederen pekte på at kommunene bruker mye tid på manuelle rutiner.")
    assert ("indirect", "Kari Dal", "kommunene bruker mye tid på manuelle rutiner") in statement_rows(raw)


@pytest.mark.parametrize("raw,language", [
    ("Helseminister Kari Dal møtte KS i går.\n\nStatsråden takka KS for ein open og konstruktiv dialog, og partane "
     "vart samde om å halde fram arbeidet.", "nn"),
    ("Forbundsleder Kari Dal i Delta møter statsråden i dag.\n\nForbundslederen er tydelig på hva hun vil ha ut av "
     "møtet:\n\n– Vi vil ha en plan for heltid, og vi vil ha den nå.", "nb"),
    ("Fylkesleiar Kari Dal i KS Nordby talte i går.\n\nDal var tydeleg på kva som trengst no:\n\n– Staten må ta "
     "ein større del av rekninga for barnevernet.", "nn"),
], ids=["thanks_for_dialogue_nn", "what_she_wants_colon_nb", "what_is_needed_colon_nn"])
def test_no_indirect_statement(raw: str, language: str) -> None:
    assert not [r for r in statement_rows(raw, language) if r[0] == "indirect"]


def test_a_question_without_colon_still_reports() -> None:
    rows = statement_rows("Helseminister Kari Dal møtte KS i går.\n\nDal er tydelig på hvordan kommunene kan få til "
                          "mer heltid.")
    assert ("indirect", "Kari Dal", "hvordan kommunene kan få til mer heltid") in rows


@pytest.mark.xfail(strict=True, reason="thanks with a view in a two-paragraph text: the parse rule finds no content "
                   "(found when another paragraph follows); a miss before this round too")
def test_thanks_with_a_view_still_report() -> None:
    rows = statement_rows("Helseminister Kari Dal møtte KS i går.\n\nDal takket kommunene for at de har tatt imot så "
                          "mange flyktninger de siste årene.")
    assert ("indirect", "Kari Dal", "de har tatt imot så mange flyktninger de siste årene") in rows


def test_noun_content_keeps_the_adjunct_the_parse_hangs_on_the_verb() -> None:
    raw = ("Styreleder Kari Dal i KS var med.\n\nDal etterlyser større fleksibilitet i kravene om fordypning for lærere "
           "med lang erfaring, og advarer mot at staten innfører nye normer.")
    rows = statement_rows(raw)
    assert ("indirect", "Kari Dal", "større fleksibilitet i kravene om fordypning for lærere med lang erfaring") in rows
