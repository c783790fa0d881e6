KD = "Kunnskapsdepartementet"
KH = "Kjetil Holmefjord"
HV = "Hanne Vikøren Aasen"
ST = "Siv Tønnessen Kvåle"
MEETING = ("annet", ("fredag", None, None, None), KD, [
    (KH, "fylkesstyreleder", "KS Agder"),
    (HV, "statssekretær", KD),
], ["personell", "okonomi"])
STATEMENTS = [
    ("direct", KH, "Vi har lenge sagt at kompetansekravene for å undervise i norsk, matematikk og engelsk ble innført uten at noen tenkte gjennom hva det ville bety for små skoler i distriktene. Nå ser vi konsekvensene. Når vi ikke får tak i lærere med fordypning, står vi igjen med ufaglærte, og det kan ikke være meningen"),
    ("indirect", KH, "staten må gi kommunene større fleksibilitet i hvordan kravene praktiseres, blant annet ved at dispensasjonsadgangen utvides for skoler med færre enn 100 elever"),
    ("indirect", KH, "flere videreutdanningsplasser legges til Universitetet i Agder, slik at lærerne ikke må reise til Oslo eller Bergen for å ta fordypningen som kreves"),
    ("indirect", HV, "departementet kjenner godt til utfordringene, og at regjeringen allerede har økt antall studieplasser i desentralisert lærerutdanning"),
    ("direct", HV, "Kravene er innført fordi elevene fortjener lærere med god faglig kompetanse, og det står vi fortsatt ved. Men vi lytter til kommunene, og jeg ser at de minste skolene har særlige utfordringer"),
    ("indirect", ST, "mange kvalifiserte lærere har forlatt yrket de siste årene, og at søkertallene til lærerutdanningen ved universitetet har falt tre år på rad"),
    ("direct", ST, "Hvis kommunene vil ha flere lærere, må de sørge for at det lønner seg å ta videreutdanning, og at lærerne får tid til å gjøre jobben sin. Å senke kravene er å gi opp"),
    ("indirect", KH, "KS Agder ønsker å senke kravene til lærerne"),
    ("indirect", KH, "Det handler om å få en ordning som fungerer også i de minste kommunene"),
    ("indirect", KH, "lønn forhandles mellom partene i arbeidslivet og ikke hører hjemme i et møte med departementet"),
]
DEMANDS = [
    ("KS Agder", "staten", "staten må gi kommunene større fleksibilitet i hvordan kravene praktiseres, blant annet ved at dispensasjonsadgangen utvides for skoler med færre enn 100 elever", "personell", False),
    ("KS Agder", None, "flere videreutdanningsplasser legges til Universitetet i Agder, slik at lærerne ikke må reise til Oslo eller Bergen for å ta fordypningen som kreves", "personell", False),
    ("KS Agder", KD, "bidra til at kommunene får beholde tilskuddet til vikarutgifter når lærerne tar videreutdanning", "okonomi", False),
    ("KS Agder", None, "en egen rekrutteringsordning for lærere i distriktene, etter modell av ordningen med sletting av studielån i Finnmark og Nord-Troms", "personell", False),
    ("Utdanningsforbundet Agder", "kommunene", "må de sørge for at det lønner seg å ta videreutdanning", "personell", True),
    ("Utdanningsforbundet Agder", "kommunene", "lærerne får tid til å gjøre jobben sin", "personell", True),
]
