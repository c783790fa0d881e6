HOD = "Helse- og omsorgsdepartementet"
IF = "Ingrid Falck-Hansen"
ØS = "Siri Kvamme Østby"
LA = "Lene Marie Aasgaard"
NSF = "Norsk Sykepleierforbund"
MEETING = ("annet", ("torsdag", None, None, None), HOD, [
    (IF, "helse- og omsorgsminister", HOD),
    (ØS, "styreleder", "KS"),
    (LA, "forbundsleder", NSF),
], ["personell", "okonomi"])
STATEMENTS = [
    ("direct", IF, "Vi kommer ikke til å løse dette med ett enkelt grep. Det handler om utdanning, om arbeidstid, om hvordan vi organiserer tjenestene og om lønn. Her har alle parter et ansvar"),
    ("indirect", IF, "legge til rette for flere hele stillinger i helse- og omsorgstjenestene"),
    ("indirect", IF, "over halvparten av sykepleierne i kommunene fortsatt jobber deltid"),
    ("indirect", LA, "sykepleierne i kommunene har hatt svakere lønnsutvikling enn sammenlignbare grupper over flere år, og at det er hovedgrunnen til at mange slutter etter kort tid"),
    ("direct", LA, "Vi kan snakke om studieplasser og turnusordninger så lenge vi vil. Men så lenge en sykepleier tjener mer på å jobbe i et vikarbyrå enn i en fast stilling på sykehjemmet, vil folk gå"),
    ("indirect", ØS, "lønn forhandles i tariffoppgjøret og ikke i møter med departementet"),
    ("indirect", ØS, "kommunene trenger flere utdannede sykepleiere, og at det ikke holder å konkurrere om de samme folkene"),
    ("direct", ØS, "Vi ber regjeringen om å øke antallet studieplasser i sykepleie, særlig desentraliserte og deltidsbaserte utdanninger som gjør det mulig å ta utdanning der man bor. Og vi trenger flere praksisplasser i kommunene, med en finansiering som står i forhold til hva det faktisk koster å veilede studentene"),
    ("indirect", ØS, "kommunene selv gjør mye. Flere kommuner har innført ordninger med lønnet utdanning for helsefagarbeidere som vil bli sykepleiere, og KS har i flere år drevet et nasjonalt program for heltidskultur sammen med fagforeningene"),
    ("indirect", ØS, "Det arbeidet må staten støtte opp om, ikke bare applaudere"),
    ("indirect", IF, "regjeringen vil gå inn i lønnsdannelsen"),
    ("direct", IF, "Lønn er partenes ansvar, og slik skal det være. Men staten har et ansvar for at kommunene har økonomi til å drive gode tjenester, og det tar vi på alvor"),
]
DEMANDS = [
    (HOD, "kommunene", "legge til rette for flere hele stillinger i helse- og omsorgstjenestene", "personell", False),
    (NSF, "KS", "KS går inn i neste lønnsoppgjør med et eget lønnsløft for sykepleiere", "personell", False),
    (NSF, "staten", "staten setter av penger til å finansiere det", "okonomi", False),
    ("KS", None, "kommunene trenger flere utdannede sykepleiere", "personell", False),
    ("KS", "regjeringen", "øke antallet studieplasser i sykepleie, særlig desentraliserte og deltidsbaserte utdanninger som gjør det mulig å ta utdanning der man bor", "personell", True),
    ("KS", None, "vi trenger flere praksisplasser i kommunene, med en finansiering som står i forhold til hva det faktisk koster å veilede studentene", "personell", True),
    ("KS", "staten", "Det arbeidet må staten støtte opp om, ikke bare applaudere", "personell", False),
]
