"""Demands made jointly by several organisations (joint_claimants.py): a plural pronoun or noun
pointing back at organisations named together gives one demand per organisation; a plural noun
for ministries named together gives all of them as addressee. Invented texts, bokmål and nynorsk,
with negatives."""
from __future__ import annotations

import pytest

from flows.extract import extract
from flows.extract.joint_claimants import pointed

from extract_kit import document

FILLER = "Saken har vært diskutert lenge i mange fora rundt om i landet, uten at noe har skjedd. " * 10


def claims(raw: str, language: str = "nb") -> list[tuple[str, str | None, str]]:
    doc = document(raw, language)
    return sorted((d.claimant, d.addressee, d.text) for d in extract(doc).demands)


@pytest.mark.parametrize("raw,language,expected", [
    ("Skolebygg trenger løft\n\nUtdanningsforbundet og KS har sendt et felles brev til kunnskapsministeren. "
     "I brevet ber de om en egen låneordning for rehabilitering av skolebygg.", "nb",
     [("KS", None, "en egen låneordning for rehabilitering av skolebygg"),
      ("Utdanningsforbundet", None, "en egen låneordning for rehabilitering av skolebygg")]),
    ("Felles brev om etterutdanning\n\nKS og Utdanningsforbundet har skrive eit felles brev om etterutdanning. "
     "Organisasjonane foreslår at det blir oppretta ei eiga ordning for vidareutdanning av assistentar.", "nn",
     [("KS", None, "det blir oppretta ei eiga ordning for vidareutdanning av assistentar"),
      ("Utdanningsforbundet", None, "det blir oppretta ei eiga ordning for vidareutdanning av assistentar")]),
], ids=["pronoun_nb", "noun_nn"])
def test_pointer_gives_each_organisation(raw: str, language: str, expected: list) -> None:
    assert claims(raw, language) == expected


def test_lead_in_with_joint_subject_and_ministries_nb() -> None:
    raw = ("Felles brev om skolehelse\n\n"
           "KS og Utdanningsforbundet sendte mandag et brev til Kunnskapsdepartementet og "
           "Helse- og omsorgsdepartementet.\n\n"
           "I brevet heter det at partene ber departementene om å:\n"
           "- opprette en nasjonal ordning for skolehelsetjenesten\n"
           "- sikre varig finansiering av helsesykepleiere i skolen")
    asked = "Kunnskapsdepartementet og Helse- og omsorgsdepartementet"
    assert claims(raw) == [
        ("KS", asked, "opprette en nasjonal ordning for skolehelsetjenesten"),
        ("KS", asked, "sikre varig finansiering av helsesykepleiere i skolen"),
        ("Utdanningsforbundet", asked, "opprette en nasjonal ordning for skolehelsetjenesten"),
        ("Utdanningsforbundet", asked, "sikre varig finansiering av helsesykepleiere i skolen")]


@pytest.mark.parametrize("raw,language", [
    # one organisation named before: "de" is no group of organisations
    ("KS har sendt et brev til kunnskapsministeren. I brevet ber de om en egen låneordning for skolebygg.", "nb"),
    # the group was named far back: a pronoun only looks a few paragraphs back
    ("Utdanningsforbundet og KS har lenge samarbeidet om skolebygg.\n\n" + FILLER +
     "\n\nI brevet ber de om en egen låneordning for skolebygg.", "nb"),
    # "dei" as a determiner ("dei fleste kommunane") is no pointer
    ("KS og Utdanningsforbundet møttest i går. Dei fleste kommunane ber om ei eiga låneordning for skulebygg.",
     "nn"),
], ids=["one_organisation", "group_far_back", "determiner_nn"])
def test_no_joint_claimant(raw: str, language: str) -> None:
    found = claims(raw, language)
    texts = [text for _, _, text in found]
    assert len(texts) == len(set(texts))  # no demand given to several organisations
    assert "Utdanningsforbundet" not in {claimant for claimant, _, _ in found}


@pytest.mark.parametrize("region,rest,expected", [
    (" de om en ny ordning", "", "plural"), ("Organisasjonene", "", "noun"), ("at partane", "", "noun"),
    ("I brevet,", " ber dei to organisasjonane om at", "noun"), ("I brevet,", " ber dei om at", "plural"),
    ("De fleste kommunene", "", None), ("Ordføreren", "", None), ("I brevet,", " ber KS om at", None),
], ids=["pronoun", "noun", "noun_after_at", "inverted_noun", "inverted_pronoun", "determiner", "person",
        "inverted_name"])
def test_pointed(region: str, rest: str, expected: str | None) -> None:
    assert pointed(region, rest) == expected


@pytest.mark.xfail(strict=True, reason="a request verb with its subject after it and 'om at' ('I brevet ber dei "
                                       "to organisasjonane om at ...') gives no request cue, so no demand at all")
def test_inverted_joint_request_nn() -> None:
    raw = ("KS og Utdanningsforbundet skriv sjeldan under på same brev. Men i eit brev sendt i går, ber dei to "
           "organisasjonane om at det blir oppretta ei eiga ordning for vidareutdanning av assistentar.")
    assert [c for c, _, _ in claims(raw, "nn")] == ["KS", "Utdanningsforbundet"]


EARLIER = [("departementet må rydde opp i regelverket", "Kunnskapsdepartementet")]


@pytest.mark.parametrize("text,expected", [
    ("dette må skje før sommeren", "Kunnskapsdepartementet"),  # a pointer back: the one asked before
    ("det vurderes en ny ordning for skolebygg", None),  # an s-passive's formal subject points at no actor
    ("den evaluerast etter to år", None),
], ids=["pointer", "s_passive_nb", "s_passive_nn"])
def test_pointer_subject_of_passive(text: str, expected: str | None) -> None:
    from flows.extract.resolve import addressee
    assert addressee(text, None, "", EARLIER, []) == expected


@pytest.mark.parametrize("text,parts", [
    ("det settes i gang en prøveordning i noen kommuner, og at den evalueres etter to år", 1),
    ("det blir oppretta ei prøveordning, og at den evaluerast etter to år", 1),
    ("det settes i gang en prøveordning, og at staten betaler for den", 2),  # negative: a new actor, a new action
], ids=["passive_nb", "passive_nn", "new_subject"])
def test_passive_continuation_is_one_action(text: str, parts: int) -> None:
    from flows.extract.resolve import split_actions
    assert len(split_actions(text, False)) == parts


@pytest.mark.parametrize("raw,language,claimant", [
    ("Økonomi\n\nKS møtte kommunalministeren i går. Kommunene sliter med å få budsjettene til å gå opp. "
     "Organisasjonen ber om en vekst i de frie inntektene neste år.", "nb", "KS"),
    ("Økonomi\n\nFagforbundet møtte statsråden i går. Kommunane slit med å få budsjetta til å gå opp. "
     "Forbundet ber om ein vekst i dei frie inntektene neste år.", "nn", "Fagforbundet"),
], ids=["organisation_after_group_nb", "union_after_group_nn"])
def test_singular_pointer_skips_a_group(raw: str, language: str, claimant: str) -> None:
    """"Organisasjonen", "forbundet" point back to one organisation, not to a group named in between."""
    assert {c for c, _, _ in claims(raw, language)} == {claimant}
