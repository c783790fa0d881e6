"""Demands in narrative reported speech, lists of noun phrases, claimants that are not KS,
coordinated addressees, talks and slides, and what is not a demand (invented texts; each
phenomenon with its negatives). The whole extractor runs, with the language layer."""
from __future__ import annotations

import pytest

from flows.extract import extract
from extract_kit import Row, cases, demands, document


def rules(raw: str, language: str = "nb") -> list[str]:
    doc = document(raw, language)
    return [d.rule for d in extract(doc).demands]


NARRATIVE = [
    ("reminds_with_modal", "KS minnet om at forenklingene også må gjelde statlig regelverk.", "nb",
     [("KS", None, "forenklingene også må gjelde statlig regelverk")]),
    ("occupied_with_clause", "KS er opptatt av at rapportene blir offentlige.", "nb",
     [("KS", None, "rapportene blir offentlige")]),
    ("occupied_with_clause_nn", "KS er oppteken av at avtalen må innehalde konkrete tiltak for distrikta.", "nn",
     [("KS", None, "avtalen må innehalde konkrete tiltak for distrikta")]),
    ("pointed_out_therefore_important",
     "KS påpekte at kommunene har fått mange nye oppgaver, derfor er det viktig at staten tar regningen.", "nb",
     [("KS", "staten", "staten tar regningen")]),
    ("advocated_noun_phrase",
     "Styreleder i KS, Kari Nordmann, møtte statsråden. Hun tok til orde for en ny ordning for legevakt.", "nb",
     [("KS", None, "en ny ordning for legevakt")]),
    ("advocated_in_quote",
     "– Vi har lenge tatt til orde for en egen ordning for legevakt, sier styreleder i KS, Ola Nordmann.", "nb",
     [("KS", None, "en egen ordning for legevakt")]),
    ("went_in_for", "KS gikk inn for en felles journal for alle kommunene.", "nb",
     [("KS", None, "en felles journal for alle kommunene")]),
    ("asked_minister_to_help", "KS ba statsråden om å bidra til at flere fastleger blir rekruttert.", "nb",
     [("KS", None, "bidra til at flere fastleger blir rekruttert")]),
    ("we_expect_in_quote", "– Vi forventer at regjeringen følger opp avtalen, sier styreleder i KS, Ola Nordmann.", "nb",
     [("KS", "regjeringen", "regjeringen følger opp avtalen")]),
    ("great_expectations_clause", "KS har store forventninger til at regjeringen kompenserer kommunene fullt ut.", "nb",
     [("KS", "regjeringen", "regjeringen kompenserer kommunene fullt ut")]),
    ("called_for", "KS etterlyste en plan for rekruttering av sykepleiere.", "nb",
     [("KS", None, "en plan for rekruttering av sykepleiere")]),
    ("demanded", "KS krevde full kompensasjon for merutgiftene.", "nb",
     [("KS", None, "full kompensasjon for merutgiftene")]),
    ("stressed_the_need", "KS understreket behovet for en mer forutsigbar finansiering.", "nb",
     [("KS", None, "en mer forutsigbar finansiering")]),
    ("words_inside_the_verb", "KS la i møtet stor vekt på at forenklingsarbeidet må gi merkbare resultater.", "nb",
     [("KS", None, "forenklingsarbeidet må gi merkbare resultater")]),
    ("nynorsk_bed", "KS Vestland bed staten om å styrkje rammene til kommunane.", "nn",
     [("KS Vestland", "staten", "styrkje rammene til kommunane")]),
    ("larger_than_today_is_no_description",
     "Fra Legeforeningen møtte president Anne Berg.\n\nHun mener staten må ta et større ansvar for legevakten "
     "enn i dag.", "nb", [("Legeforeningen", "staten", "staten må ta et større ansvar for legevakten enn i dag")]),
    ("not_but_instead", "Kommunene ber ikke om å slippe ansvar, men om å få større frihet til å løse oppgavene.", "nb",
     [("kommunene", None, "få større frihet til å løse oppgavene")]),
    ("pronoun_object_whole_clause",
     "– Vi forventer at sykehuset ikke legger ned senger, og det ba jeg statsråden om å formidle, "
     "sa fylkesleder i KS Vestland Kari Nordmann.", "nb",
     [("KS Vestland", "spesialisthelsetjenesten", "sykehuset ikke legger ned senger"),
      ("KS Vestland", None, "det ba jeg statsråden om å formidle")]),
]


@pytest.mark.parametrize("raw,language,expected", cases(NARRATIVE))
def test_narrative_reported_demands(raw: str, language: str, expected: list[Row]) -> None:
    assert demands(raw, language) == expected


CLAIMANTS = [
    ("doctors_association_president",
     "Legeforeningen var kritisk. President Anne Berg krevde at staten øker basistilskuddet.",
     [("Legeforeningen", "staten", "staten øker basistilskuddet")]),
    ("trade_union", "Fagforbundet krever at bemanningsnormen innføres i alle sykehjem.",
     [("Fagforbundet", None, "bemanningsnormen innføres i alle sykehjem")]),
    ("association_compound", "Utdanningsforbundet krever at staten finansierer flere lærere.",
     [("Utdanningsforbundet", "staten", "staten finansierer flere lærere")]),
    ("municipality", "Nordby kommune ber staten om å forlenge fristen.",
     [("Nordby kommune", "staten", "forlenge fristen")]),
    ("mayor_of_a_bare_place", "Ordfører i Nordby, Kari Nordmann, mener staten må dekke kostnadene ved legevakt.",
     [("Nordby kommune", "staten", "staten må dekke kostnadene ved legevakt")]),
    ("county_mayor", "Fylkesordfører i Nordland, Kari Nordmann, mener staten må kompensere fergekostnadene.",
     [("Nordland fylkeskommune", "staten", "staten må kompensere fergekostnadene")]),
    ("county_council", "Fylkestinget i Nordland krever at staten tar over ansvaret for fergene.",
     [("Fylkestinget i Nordland", "staten", "staten tar over ansvaret for fergene")]),
    ("organisation_pointer",
     "Funksjonshemmedes Fellesorganisasjon (FFO) var også til stede. Organisasjonen mener retten til BPA må styrkes.",
     [("Funksjonshemmedes Fellesorganisasjon", None, "retten til BPA må styrkes")]),
    ("claimant_named_in_a_clause_before",
     "Kommunene har fått nye oppgaver, og KS minnet om at oppgavene må følges av penger.",
     [("KS", None, "oppgavene må følges av penger")]),
    ("joined_claimants", "Både KS og Fagforbundet krever at staten tar regningen.",
     [("KS", "staten", "staten tar regningen"), ("Fagforbundet", "staten", "staten tar regningen")]),
    ("caption_title_is_the_next_persons",
     "Legeforeningen møtte statsråden.\n\n"
     "Leder Anne Berg (t.v.), helseminister Per Hansen og KS-leder Ola Nordmann. Foto: NN\n\n"
     "Berg mener staten må betale mer for legevakten.",
     [("Legeforeningen", "staten", "staten må betale mer for legevakten")]),
]


@pytest.mark.parametrize("raw,expected", cases(CLAIMANTS))
def test_claimants_beyond_ks(raw: str, expected: list[Row]) -> None:
    assert demands(raw) == expected


ADDRESSEES = [
    ("coordinated_first_named", "KS har bedt Stortinget og regjeringen om at kommunene blir kompensert for lønnsveksten.",
     [("KS", "Stortinget", "kommunene blir kompensert for lønnsveksten")]),
    ("coordinated_three", "KS ber regjeringen, Stortinget og sykehusene om å prioritere psykisk helse.",
     [("KS", "regjeringen", "prioritere psykisk helse")]),
    ("after_og_the_subject_acts", "– Og sykehusene må ta sin del av ansvaret, sier styreleder i KS, Ola Nordmann.",
     [("KS", "spesialisthelsetjenesten", "Og sykehusene må ta sin del av ansvaret")]),
]


@pytest.mark.parametrize("raw,expected", cases(ADDRESSEES))
def test_addressees(raw: str, expected: list[Row]) -> None:
    assert demands(raw) == expected


LISTS = [
    ("proposal_list_three",
     "– Blant tiltakene vi har meldt inn er kortere lister, bedre veiledning og en stans i nye oppgaver, "
     "sier styreleder i KS, Ola Nordmann.",
     [("KS", None, "kortere lister"), ("KS", None, "bedre veiledning"), ("KS", None, "en stans i nye oppgaver")]),
    ("request_noun_phrases", "Fylkesrådet i Nordland krevde kortere køer, bedre veiledning og en stans i nye oppgaver.",
     [("Fylkesrådet i Nordland", None, "kortere køer"), ("Fylkesrådet i Nordland", None, "bedre veiledning"),
      ("Fylkesrådet i Nordland", None, "en stans i nye oppgaver")]),
    ("bullet_pair_split", "I uttalelsen ber KS regjeringen om:\n\n• reell vekst i de frie inntektene\n"
     "• færre øremerkede tilskudd og en forenkling av rapporteringskravene",
     [("KS", "regjeringen", "reell vekst i de frie inntektene"), ("KS", "regjeringen", "færre øremerkede tilskudd"),
      ("KS", "regjeringen", "en forenkling av rapporteringskravene")]),
    ("nynorsk_bed_lead_in", "I fråsegna bed KS Vestland Stortinget og regjeringa om:\n\n• full kompensasjon for "
     "lønns- og prisvekst\n• eit løft for rekruttering av legar\n\n– Vi er klare, sa fylkesleiar Kari Nordmann.",
     [("KS Vestland", "Stortinget", "full kompensasjon for lønns- og prisvekst"),
      ("KS Vestland", "Stortinget", "eit løft for rekruttering av legar")]),
    # one measure: a bare second noun, a noun inside a prepositional phrase, a contrast
    ("bare_second_noun_one_measure", "KS krevde raskere vaksinering og testing av ansatte.",
     [("KS", None, "raskere vaksinering og testing av ansatte")]),
    ("noun_inside_pp_one_measure", "KS ber om full kompensasjon for lønns- og prisvekst.",
     [("KS", None, "full kompensasjon for lønns- og prisvekst")]),
    ("postmodifier_before_og_one_measure", "KS etterlyste økt kapasitet på sykehus og private laboratorier.",
     [("KS", None, "økt kapasitet på sykehus og private laboratorier")]),
    ("contrast_not_split", "KS ber om en ny ordning for omsorgsboliger, ikke bare sykehjemsplasser.",
     [("KS", None, "en ny ordning for omsorgsboliger, ikke bare sykehjemsplasser")]),
    ("verb_phrase_not_split", "KS ba regjeringen innføre en pause for nye oppgaver og en plan for finansiering.",
     [("KS", "regjeringen", "innføre en pause for nye oppgaver og en plan for finansiering")]),
    ("same_measure_pronoun",
     "KS ber om at regjeringen legger fram en plan for færre normer, og at den kommer før budsjettet.",
     [("KS", "regjeringen", "regjeringen legger fram en plan for færre normer, og at den kommer før budsjettet")]),
]


@pytest.mark.parametrize("raw,expected", cases(LISTS))
def test_lists_of_demands(raw: str, expected: list[Row]) -> None:
    assert demands(raw) == expected


SLIDES = ("# Kommunene og staten\n\nInnlegg ved styreleder i KS, Kari Nordmann\n\n## Kommunene trenger:\n\n"
          "- Forutsigbare rammer for investeringstilskudd\n\n## Staten må:\n\n- Gi en varig løsning for legevakt\n\n"
          "## Vi i kommunene må:\n\n- Samarbeide mer på tvers av kommunegrensene\n\n## Oppsummering\n\n"
          "- Vi forventer at regjeringen bruker konsultasjonsordningen\n- Neste møte er i mai")


def test_slide_headings_lead_in_their_bullets() -> None:
    assert demands(SLIDES) == [
        ("KS", None, "Forutsigbare rammer for investeringstilskudd"),
        ("KS", "staten", "Gi en varig løsning for legevakt"),
        ("KS", "kommunene", "Samarbeide mer på tvers av kommunegrensene"),
        ("KS", "regjeringen", "regjeringen bruker konsultasjonsordningen"),
    ]


TALK = ("Talen til styreleder Kari Nordmann på Kommunalpolitisk toppmøte\n\nKjære ordførere.\n\n"
        "La meg være tydelig: Vi ber ikke om flere øremerkede tilskudd. Kommunene må få dekket utgiftene.\n\n"
        "Derfor ber vi regjeringen om å:\n\n- fullfinansiere alle nye oppgaver\n- kompensere kommunene for lønnsveksten\n\n"
        "Jeg vet at budsjettet er stramt.")


def test_talk_is_in_the_speakers_voice() -> None:
    assert demands(TALK) == [
        ("KS", None, "Kommunene må få dekket utgiftene"),
        ("KS", "regjeringen", "fullfinansiere alle nye oppgaver"),
        ("KS", "regjeringen", "kompensere kommunene for lønnsveksten"),
    ]
    assert set(rules(TALK)) == {"byline:modal", "list_item:lead_in"}


NOT_DEMANDS = [
    ("wish_negated", "– Vi ønsker ikke at staten skal detaljstyre kommunene, sier styreleder i KS, Ola Nordmann."),
    ("request_negated_nn", "KS Vestland bed ikkje om fleire øyremerkte tilskot."),
    ("evaluation_pronoun_object", "– Det trenger kommunesektoren, sier styreleder i KS, Ola Nordmann."),
    ("goal", "– Målet er at alle skal få en fastlege, sier styreleder i KS, Ola Nordmann."),
    ("goal_modal", "– Målet må være at alle får en fastlege, sier styreleder i KS, Ola Nordmann."),
    ("government_plans", "Regjeringen vil at kommunene skal ta et større ansvar. Departementet mener kommunene bør "
     "samarbeide mer."),
    ("consequence", "– Budsjettet betyr at kommunene må kutte stillinger, sier forbundsleder i Fagforbundet, Per Hansen."),
    ("consequence_nn", "– For ein liten kommune kan det bety at ein skule må leggjast ned, sa styreleiar i KS, Kari Nordmann."),
    ("otherwise", "Fylkesordførar i Nordland, Kari Nordmann, sa at fylkeskommunen elles må kutte i vedlikehaldet."),
    ("expectation_of_an_event", "KS har store forventninger til møtet med statsråden."),
    ("occupied_with_a_noun", "KS er opptatt av rekruttering til helsetjenestene."),
    ("time_adjunct_only", "KS-lederen mener det er en god løsning, slik KS har tatt til orde for i flere år."),
    ("agenda_bullets", "Dagsorden for møtet:\n\n- Investeringstilskudd til omsorgsplasser\n- Samhandling med sykehusene\n"
     "- Behovet for flere fastleger"),
    ("topic_bullets", "Tema for møtet var:\n\n- Kommuneøkonomi\n- Digitalisering"),
    ("headline", "Staten må ta regningen for legevakten\n\nKS møtte departementet i går."),
    ("minister_expects", "Helseminister Per Hansen møtte KS.\n\n– Jeg forventer at partene finner gode løsninger, "
     "sier Hansen."),
]


@pytest.mark.parametrize("raw", cases(NOT_DEMANDS))
def test_not_demands(raw: str) -> None:
    assert demands(raw) == []
