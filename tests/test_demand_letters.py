"""Demands in letters and opinion pieces (invented texts): letters, letterheads and their sender, and the demand
constructions pooled with them."""
from __future__ import annotations

import pytest

from extract_kit import GOV, Row, STORTING, cases, demands, document
from flows.extract.context import analyse
from flows.extract.document_voice import find_voice
from flows.extract.mentions import find_mentions


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


LETTER_NN = ("NORDBY KOMMUNE\nRådmannen\n\nArbeids- og inkluderingsdepartementet\nPostboks 1 Dep\n0030 OSLO\n\n"
             "HØYRINGSSVAR – NYE REGLAR FOR BUSETJING\n\n"
             "Nordby kommune viser til høyringsbrevet. Kommunen har busett mange flyktningar dei siste åra.\n\n"
             "Vi ber om at dagens tilskot blir vidareført.\n\n"
             "Med helsing\n\nKari Nordmann\nordførar\n\nOla Berg\nrådmann")

LETTER_NB = ("SØRVIK KOMMUNE\n\nKommunal- og distriktsdepartementet\nPostboks 2 Dep\n0030 OSLO\n\n"
             "Innspill til kommuneproposisjonen\n\n"
             "Sørvik kommune har lenge hatt vansker med å rekruttere fagfolk til helsetjenestene.\n\n"
             "Vi ber om at rammetilskuddet økes neste år.\n\n"
             "Med vennlig hilsen\n\nPer Hansen\nordfører")

LETTERHEADS = [
    ('letterhead_nn', LETTER_NN, "nn", [('Nordby kommune', None, 'dagens tilskot blir vidareført')]),
    ('letterhead_nb', LETTER_NB, "nb", [('Sørvik kommune', None, 'rammetilskuddet økes neste år')]),
]


@pytest.mark.parametrize("raw,language,expected", cases(LETTERHEADS))
def test_round19_demands(raw: str, language: str, expected: list[Row]) -> None:
    assert demands(raw, language) == expected


UNSIGNED_NB = ("FAGFORBUNDET\n\nMange kommuner sliter med økonomien i år\n\n"
               "Ordfører Per Hansen sier at kommunene må få mer penger.")

VOICES = [  # (id, text, language, the sender the letter's voice is in)
    ('letterhead_capitals_nn', LETTER_NN, "nn", "Nordby kommune"),
    ('letterhead_capitals_nb', LETTER_NB, "nb", "Sørvik kommune"),
    ('letterhead_without_signature_nb', UNSIGNED_NB, "nb", None),
    ('signed_in_government_nb', LETTER_NB.replace("Per Hansen\nordfører", "Per Hansen\nstatsråd"), "nb", None),
]


@pytest.mark.parametrize("raw,language,sender", cases(VOICES))
def test_letterhead_sender(raw: str, language: str, sender: str | None) -> None:
    context = analyse(document(raw, language))
    voice = find_voice(context, find_mentions(context))
    assert (voice.author.claimant if voice.author else None) == sender
