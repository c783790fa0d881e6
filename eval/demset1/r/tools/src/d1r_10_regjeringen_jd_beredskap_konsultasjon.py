JD = "Justis- og beredskapsdepartementet"
PV = "Per Kristian Vatne"
TH = "Torbjørn Hagevik"
OB = "Ola Tangen Bjørke"
MEETING = ("konsultasjonsmote", ("mandag 2. juni", None, 6, 2), JD, [
    (PV, "justis- og beredskapsminister", JD),
    (TH, "nestleder", "KS"),
    (OB, "fylkesstyreleder", "KS Innlandet"),
    ("Tove Lindrupsen Aas", "områdedirektør", "KS"),
    ("Sindre Hagli Sveen", "statssekretær", JD),
], ["styring", "okonomi"])
STATEMENTS = [
    ("direct", PV, "Kommunene er ryggraden i norsk beredskap. Når uværet kommer, er det ordføreren, brannvesenet og de ansatte i kommunen som står i første rekke. Jeg er imponert over hvordan kommunene i Innlandet og Buskerud håndterte flommen i fjor"),
    ("indirect", PV, "totalberedskapsmeldingen stiller nye forventninger til kommunene, blant annet om øvelser, forsyningssikkerhet og lokale beredskapslagre"),
    ("indirect", PV, "prioritere oppdaterte risiko- og sårbarhetsanalyser"),
    ("indirect", PV, "Direktoratet for samfunnssikkerhet og beredskap (DSB) har funnet mangler i analysene i nesten en tredjedel av kommunene som ble fulgt opp med tilsyn i fjor"),
    ("indirect", OB, "hvordan flommen rammet veier, vannverk og bygninger i kommunen, og hvordan ansatte sto på døgnet rundt i over en uke"),
    ("indirect", OB, "Mange kommuner har fortsatt ikke fått dekket utgiftene"),
    ("indirect", OB, "Ordningen med skjønnsmidler er for uforutsigbar, og kommunene kan ikke vente i halvannet år på å få vite hva staten vil bidra med"),
    ("indirect", TH, "forslaget om nye krav til dimensjonering av brann- og redningsvesenet, som har vært på høring"),
    ("direct", TH, "Vi er ikke imot strengere krav. Men da må kostnadene beregnes ordentlig før forskriften vedtas, og kommunene må kompenseres for de merutgiftene som kommer"),
    ("indirect", PV, "departementet vil gå grundig gjennom høringsinnspillene, og at en endelig forskrift tidligst vil komme på nyåret"),
]
DEMANDS = [
    (JD, "kommunene", "prioritere oppdaterte risiko- og sårbarhetsanalyser", "styring", False),
    ("KS", JD, "bidra til at det etableres en fast ordning for kompensasjon av kommunenes utgifter etter naturhendelser, med klare kriterier og en saksbehandlingstid som gjør det mulig for kommunene å planlegge", "okonomi", False),
    ("KS", "staten", "staten tar ansvar for sikring av kritisk infrastruktur som går på tvers av kommunegrensene, som fylkesveier og kraftforsyning", "styring", False),
    ("KS", None, "da må kostnadene beregnes ordentlig før forskriften vedtas", "okonomi", True),
    ("KS", None, "kommunene må kompenseres for de merutgiftene som kommer", "okonomi", True),
]
