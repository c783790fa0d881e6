HOD = "Helse- og omsorgsdepartementet"
IF = "Ingrid Falck-Hansen"
MK = "Marte Flatøy Kvisle"
AE = "Åsmund Ruud Eggen"
OB = "Ola Tangen Bjørke"
LN = "Liv Tofte Nyhaug"
NF = "Nord-Fron"
KI = "KS Innlandet"
MEETING = ("annet", ("tirsdag", None, None, None), HOD, [
    (IF, "helse- og omsorgsminister", HOD),
    (MK, "enhetsleder", None),
    (AE, "ordfører", NF),
    (OB, "fylkesstyreleder", KI),
    (LN, "hovedtillitsvalgt", "Fagforbundet"),
], ["omsorg", "okonomi", "personell", "e_helse"])
STATEMENTS = [
    ("indirect", MK, "Kommunen har i dag 14 personer på venteliste til langtidsplass"),
    ("indirect", AE, "kommunen har et problem. Et nytt omsorgssenter er ferdig prosjektert, men prislappen har økt med over 30 prosent siden planleggingen startet, og med dagens tilskuddssats tør ikke kommunestyret ta beslutningen"),
    ("indirect", AE, "Investeringstilskuddet må økes og justeres årlig i takt med byggekostnadene"),
    ("direct", AE, "Vi har gjort jobben vår. Tomta er regulert, tegningene er klare og vi vet hvor mange plasser vi trenger fram mot 2035. Det som mangler er en finansiering som gjør det mulig for en kommune på vår størrelse å bygge uten å kutte i skole og barnehage"),
    ("indirect", OB, "Nord-Fron ikke er alene, og at KS Innlandet har oversikt over minst elleve kommuner i fylket som har lagt byggeprosjekter på is det siste året"),
    ("direct", OB, "Vi ber regjeringen om å sørge for at Husbanken får nok midler til å innvilge alle søknader som kommer inn, og at det åpnes for tilskudd også til rehabilitering av eldre bygg. Mange kommuner trenger ikke nye bygg, de trenger å gjøre de gamle brukbare"),
    ("indirect", OB, "er det også behov for en egen ordning for små kommuner der investeringskostnaden per plass blir høyere fordi byggene er mindre"),
    ("indirect", IF, "hun hadde stor respekt for det arbeidet som gjøres i Nord-Fron, og at hun tar med seg innspillene når regjeringen skal behandle neste års budsjett"),
    ("indirect", IF, "tilskuddssatsen allerede er økt to ganger i denne stortingsperioden"),
    ("direct", IF, "Jeg skal ikke love noe her i korridoren. Men jeg hører hva dere sier, og jeg ser at byggekostnadene har løpt fra oss. Det skal vi se på"),
    ("indirect", IF, "se på muligheten for mer samarbeid over kommunegrensene om nye plasser, og til å satse mer på velferdsteknologi som kan gjøre det mulig for flere å bo hjemme lenger"),
    ("indirect", LN, "bemanningen på senteret"),
    ("indirect", LN, "en eventuell utbygging også må ta høyde for flere fagstillinger"),
    ("indirect", AE, "kommunestyret kan ta en beslutning om nytt omsorgssenter innen jul"),
]
DEMANDS = [
    (NF, None, "Investeringstilskuddet må økes og justeres årlig i takt med byggekostnadene", "okonomi", False),
    (NF, None, "en finansiering som gjør det mulig for en kommune på vår størrelse å bygge uten å kutte i skole og barnehage", "okonomi", True),
    (KI, "regjeringen", "sørge for at Husbanken får nok midler til å innvilge alle søknader som kommer inn", "okonomi", True),
    (KI, "regjeringen", "det åpnes for tilskudd også til rehabilitering av eldre bygg", "okonomi", True),
    (KI, None, "er det også behov for en egen ordning for små kommuner der investeringskostnaden per plass blir høyere fordi byggene er mindre", "okonomi", False),
    (HOD, "kommunene", "se på muligheten for mer samarbeid over kommunegrensene om nye plasser", "omsorg", False),
    (HOD, "kommunene", "satse mer på velferdsteknologi som kan gjøre det mulig for flere å bo hjemme lenger", "e_helse", False),
    ("Fagforbundet", None, "en eventuell utbygging også må ta høyde for flere fagstillinger", "personell", False),
]
