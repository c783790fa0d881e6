"""Round 17: demand constructions pooled from the false positives and misses of `unseen13`-`unseen15`
(invented sentences, bokmål and nynorsk; the whole extractor runs), each with negative controls:

- a person's yes/no question ("NN spurte KS om kommunene ikke burde ...", `indirect_question`): no demand;
- an opinion piece signed at its end (its last block: the author's name, a party in brackets, the role):
  the author's own requests are the organisation's; the same text without an opinion marker has no author;
- the readers asked in the second person ("Eg ber dykk sørgje for X", "Jeg ber dere om å X",
  `asked_second_person`); "ber deg om unnskyldning" asks for no action;
- the municipalities' need in the words of a municipality, a county or KS writing itself
  (`own_need_groups`); not in a union's words, nor another group's need;
- a request verb negated by two words ("at støtta ikkje lenger krev at X"): no request of its own;
- "Problemet er at X må ..." (`problem_frames`): what has to be borne, no action asked; a contrast after
  it still asks.
"""
from __future__ import annotations

import pytest

from extract_kit import GOV, STORTING, Row, cases, demands

OP_NN = "LESARINNLEGG\n\nSkulen i Nordby treng hjelp\n\n"
BODY_NN = ["Eg skriv til dykk fordi skulen vår manglar pengar.", "Bygget er frå 1962.", "Taket lek kvar vinter.",
           "Elevane har gymtimar i ein låve.", "Vi har søkt om midlar to gonger.", "Begge gongene fekk vi nei.",
           "Kva ber eg så om?", "Eg ber Stortinget om å setje av midlar til skulebygg i små kommunar."]
BODY_NB = ["Jeg skriver fordi skolen vår mangler penger.", "Bygget er fra 1962.", "Taket lekker hver vinter.",
           "Elevene har gymtimer i en låve.", "Vi har søkt om midler to ganger.", "Begge gangene fikk vi nei.",
           "Hva ber jeg så om?", "Jeg ber Stortinget om å sette av midler til skolebygg i små kommuner."]

CASES = [
    ('q_nb',
     "KS og Fagforbundet møtte helsekomiteen tirsdag. Stortingsrepresentant Kari Nordmann (H) spurte KS "
     "om kommunene ikke selv burde spare mer før de ber om mer penger.",
     "nb", []),
    ('q_nn', "Komitéleiar Ola Nordmann (Ap) spurde Fagforbundet om turnusane burde lovfestast.", "nn", []),
    ('q_ctrl',
     "Komitéleiar Ola Nordmann (Ap) spurde Fagforbundet om turnusane burde lovfestast. Forbundsleiar Kari "
     "Nordmann svarte at staten må lovfeste retten til heiltid.",
     "nn", [('Fagforbundet', 'staten', 'staten må lovfeste retten til heiltid')]),
    ('sig_nn',
     OP_NN + "\n\n".join(BODY_NN) + "\n\nKari Nordmann (Sp),\nordførar i Nordby kommune",
     "nn", [('Nordby kommune', STORTING, 'setje av midlar til skulebygg i små kommunar')]),
    ('sig_nb',
     "LESERINNLEGG\n\nSkolen i Nordby trenger hjelp\n\n" + "\n\n".join(BODY_NB) + "\n\nKari Nordmann (Sp), ordfører i Nordby kommune",
     "nb", [('Nordby kommune', STORTING, 'sette av midler til skolebygg i små kommuner')]),
    ('sig_news_ctrl',
     "Skulen i Nordby treng hjelp\n\n" + "\n\n".join(BODY_NN) + "\n\nKari Nordmann (Sp),\nordførar i Nordby kommune",
     "nn", []),
    ('you_nn',
     "LESARINNLEGG\n\nSkulen i Nordby må få hjelp\n\nKari Nordmann, ordførar i Nordby (Sp)\n\nSkulen vår "
     "manglar pengar til vedlikehald. Eg ber dykk sørgje for at skulebygg blir ein del av "
     "investeringstilskotet.",
     "nn", [('Nordby kommune', None, 'sørgje for at skulebygg blir ein del av investeringstilskotet')]),
    ('you_nb',
     "LESERINNLEGG\n\nSkolen i Nordby må få hjelp\n\nKari Nordmann, ordfører i Nordby (Sp)\n\nSkolen vår "
     "mangler penger til vedlikehold. Jeg ber dere om å sørge for at skolebygg blir en del av "
     "investeringstilskuddet.",
     "nb", [('Nordby kommune', None, 'sørge for at skolebygg blir en del av investeringstilskuddet')]),
    ('you_ctrl',
     "LESERINNLEGG\n\nSkolen i Nordby må få hjelp\n\nKari Nordmann, ordfører i Nordby (Sp)\n\nSkolen vår "
     "mangler penger til vedlikehold. Jeg ber deg om unnskyldning.",
     "nb", []),
    ('need_nn',
     "LESARINNLEGG\n\nLegevakta i Nordby\n\nKari Nordmann, ordførar i Nordby (Sp)\n\nLegane gjer ein god "
     "jobb, men dei er for få. Kommunane treng ei nasjonal ordning for legevakt i spreiddbygde strok.",
     "nn", [('Nordby kommune', None, 'Kommunane treng ei nasjonal ordning for legevakt i spreiddbygde strok')]),
    ('need_nb',
     "DEBATT\n\nLegevakten i distriktene\n\nKari Nordmann, fylkesleder i KS Nordland\n\nLegene gjør en "
     "god jobb, men de er for få. Kommunene trenger en nasjonal ordning for legevakt i spredtbygde strøk.",
     "nb", [('KS Nordland', None, 'Kommunene trenger en nasjonal ordning for legevakt i spredtbygde strøk')]),
    ('need_ctrl_union',
     "DEBATT\n\nLegevakten i distriktene\n\nKari Nordmann, leder i Fagforbundet\n\nLegene gjør en god "
     "jobb, men de er for få. Kommunene trenger en nasjonal ordning for legevakt i spredtbygde strøk.",
     "nb", []),
    ('need_ctrl_lead_in',
     "DEBATT\n\nLegevakten i distriktene\n\nKari Nordmann, fylkesleder i KS Nordland\n\nKommunene trenger tre ting "
     "fra staten:\n\n1. Flere leger i distriktene",
     "nb", [('KS Nordland', 'staten', 'Flere leger i distriktene')]),  # the item asks, the lead-in does not
    ('need_ctrl_tourists',
     "LESARINNLEGG\n\nLegevakta i Nordby\n\nKari Nordmann, ordførar i Nordby (Sp)\n\nTuristane treng òg "
     "legevakt om sommaren.",
     "nn", []),
    ('neg2_nb',
     "– Vi ber regjeringen om å sørge for at alle husstandene får fiber innen 2027, og at "
     "bredbåndsstøtten ikke lenger krever at kommunen legger på en egenandel, sier ordfører Kari Nordmann "
     "i Nordby kommune.",
     "nb", [('Nordby kommune', GOV, 'sørge for at alle husstandene får fiber innen 2027'), ('Nordby kommune', GOV, 'bredbåndsstøtten ikke lenger krever at kommunen legger på en egenandel')]),
    ('neg2_nn',
     "– Vi ber regjeringa om å sørgje for at tilskotet ikkje lenger krev at kommunen legg på ein "
     "eigendel, seier ordførar Kari Nordmann i Nordby kommune.",
     "nn", [('Nordby kommune', GOV, 'sørgje for at tilskotet ikkje lenger krev at kommunen legg på ein eigendel')]),
    ('neg2_ctrl', "Fagforbundet krever ikke lenger at staten betaler alt.", "nb", []),
    ('prob_nn',
     "– Problemet er at kommunen i år må betale to millionar kroner meir sjølv, seier Kari Nordmann, leiar i KS.",
     "nn", []),
    ('prob_nb', "– Problemet er at hver kommune må finne ut av dette selv, sier Kari Nordmann, leder i KS.", "nb", []),
    ('prob_ctrl',
     "– Problemet er at kommunen må betale, men staten må ta regninga, seier Kari Nordmann, leiar i KS.",
     "nn", [('KS', 'staten', 'staten må ta regninga')]),
]


@pytest.mark.parametrize("raw,language,expected", cases(CASES))
def test_round17_demands(raw: str, language: str, expected: list[Row]) -> None:
    assert demands(raw, language) == expected


ASSOCIATION_TEXTS = [
    ("Norges Dykkerforbund og Private Skolers Landsforbund møtte Norsk forening for skolehelse.",
     ["Norges Dykkerforbund", "Private Skolers Landsforbund", "Norsk forening for skolehelse"]),
    ("Kommunene møtte statsråden mandag i Nordby.", []),  # no head or national word: the pattern need not run
    ("Frå Norsk Fjellvann møtte leiaren.", ["Norsk Fjellvann"]),
]


@pytest.mark.parametrize("text,expected", ASSOCIATION_TEXTS)
def test_association_names_after_the_literal_check(text: str, expected: list[str]) -> None:
    from flows.extract.organisation_names import _association, _associations

    assert [h.name for h in _associations(text)] == expected
    assert [" ".join(m.group(0).split()) for m in _association().finditer(text)] == expected
