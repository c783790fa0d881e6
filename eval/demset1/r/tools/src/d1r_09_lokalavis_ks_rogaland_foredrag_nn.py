BS = "Bente Thorsen Skjold"
TV = "Trond Ekrem Vågen"
KR = "KS Rogaland"
MEETING = ("foredrag", ("torsdag", None, None, None), None, [
    (BS, "fylkesstyreleiar", KR),
    (TV, "administrerande direktør", "Helse Fonna"),
], ["samhandling", "personell", "okonomi"])
STATEMENTS = [
    ("indirect", BS, "korleis talet på utskrivingsklare pasientar som blir verande i kommunale korttidsplassar har auka, samstundes som liggjetida i sjukehusa har gått ned"),
    ("indirect", BS, "tal frå kommunane i Nord-Rogaland og Sunnhordland som syner at pasientane som blir skrivne ut i dag er langt sjukare enn for ti år sidan. Mange treng intravenøs behandling, avansert sårstell eller tett oppfølging av lege dei første dagane, og det krev sjukepleiarar med kompetanse som mange små kommunar ikkje har"),
    ("direct", BS, "Vi tek gjerne imot pasientane våre. Det er der dei høyrer heime. Men vi kan ikkje vere sjukehusa sitt venterom, og vi kan ikkje gjere jobben utan at kompetansen og pengane følgjer med"),
    ("indirect", BS, "For det første må sjukehusa slutte å skrive ut pasientar før dei er ferdigbehandla, og det må få økonomiske konsekvensar for helseføretaka når det skjer. For det andre bør helseføretaka ta eit større ansvar for å lære opp kommunalt personell, mellom anna gjennom ambulerande team som kan rettleie sjukepleiarar i heimetenesta. Det tredje og viktigaste er at staten må finansiere dei nye oppgåvene kommunane har fått, ikkje berre i oppstartsåret"),
    ("indirect", BS, "har kommunane i regionen opplevd fleire døme på at pasientar er sende heim ein fredag ettermiddag utan at epikrisa har kome fram"),
    ("indirect", BS, "Det er uverdig for pasienten og ein risiko for tryggleiken"),
    ("indirect", TV, "han var samd i mykje av det som kom fram, men åtvara mot å gjere samhandlinga til ein kamp om pengar"),
    ("direct", TV, "Vi har ei felles oppgåve, og pasientane bryr seg ikkje om kven som betaler. Eg ønskjer at kommunane og sjukehuset set seg ned saman og lagar felles planar for dei pasientgruppene som går att, i staden for å sende rekningar fram og tilbake"),
    ("indirect", TV, "helseføretaket frå hausten av vil utvide ordninga med ambulerande team til å gjelde alle kommunane i opptaksområdet"),
    ("indirect", BS, "eit prosjekt ikkje er det same som ei varig ordning, og at teama må bli fast finansierte"),
]
DEMANDS = [
    (KR, "spesialisthelsetjenesten", "må sjukehusa slutte å skrive ut pasientar før dei er ferdigbehandla", "samhandling", False),
    (KR, None, "det må få økonomiske konsekvensar for helseføretaka når det skjer", "samhandling", False),
    (KR, "spesialisthelsetjenesten", "bør helseføretaka ta eit større ansvar for å lære opp kommunalt personell, mellom anna gjennom ambulerande team som kan rettleie sjukepleiarar i heimetenesta", "samhandling", False),
    (KR, "staten", "staten må finansiere dei nye oppgåvene kommunane har fått, ikkje berre i oppstartsåret", "okonomi", False),
    ("Helse Fonna", "kommunene", "kommunane og sjukehuset set seg ned saman og lagar felles planar for dei pasientgruppene som går att, i staden for å sende rekningar fram og tilbake", "samhandling", True),
    (KR, None, "teama må bli fast finansierte", "samhandling", False),
]
