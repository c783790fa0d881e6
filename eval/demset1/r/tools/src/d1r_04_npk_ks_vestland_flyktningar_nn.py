AID = "Arbeids- og inkluderingsdepartementet"
RE = "Ragnhild Sæbø Eikrem"
JS = "Jostein Hatlevoll Sande"
TV = "Tarjei Vollan Dahle"
GH = "Geir Atle Hovland"
MEETING = ("annet", ("måndag", None, None, None), AID, [
    (RE, "fylkesstyreleiar", "KS Vestland"),
    (TV, "arbeids- og inkluderingsminister", AID),
    (JS, "ordførar", "Stryn"),
], ["flyktninger", "okonomi", "styring"])
STATEMENTS = [
    ("direct", RE, "Vestlandskommunane har stilt opp kvar gong staten har bede om det, og det kjem vi til å gjere no òg. Men vi må vere ærlege om at kapasiteten ikkje er uendeleg. Mange av dei som kjem har store helseutfordringar, og det tek tid å byggje opp eit tilbod som fungerer"),
    ("indirect", RE, "integreringstilskotet må aukast, og at det må bli enklare å få dekt ekstra utgifter til flyktningar med alvorlege sjukdommar eller funksjonsnedsetjingar. Slik ordninga er i dag, tek det ofte meir enn eit år før kommunane får refusjon, og mange små kommunar har ikkje økonomi til å leggje ut for slike summar"),
    ("direct", RE, "Vi har hatt familiar der vi først etter fleire månader har oppdaga at eit barn treng omfattande oppfølging frå spesialisthelsetenesta. Det er ikkje godt for nokon"),
    ("indirect", JS, "erfaringane frå kommunen, som i fjor busette fleire flyktningar per innbyggjar enn nokon annan kommune i fylket"),
    ("indirect", JS, "skulane og barnehagane har klart seg godt, men at det er bustadene som er flaskehalsen"),
    ("indirect", JS, "Staten må bidra med meir startlån og tilskot til utleigebustader i distrikta"),
    ("indirect", TV, "han har forståing for at kommunane er pressa, og at regjeringa følgjer situasjonen tett"),
    ("indirect", TV, "integreringstilskotet vart auka med seks prosent i år"),
    ("direct", TV, "Eg er imponert over innsatsen i kommunane. Samtidig må vi sjå på korleis vi kan forenkle regelverket, slik at meir av tida går med til dei som kjem og mindre til skjema og rapportering. Det har KS heilt rett i"),
    ("indirect", TV, "vurdere å busetje fleire einslege mindreårige, der behovet for plassar no er størst"),
    ("indirect", GH, "det er dei tilsette i helse- og omsorgstenestene som tek støyten når kommunane blir pressa"),
    ("direct", GH, "Vi treng fleire faste heile stillingar i omsorgstenestene, ikkje fleire prosjektmidlar som forsvinn etter to år"),
]
DEMANDS = [
    ("Integrerings- og mangfaldsdirektoratet", "kommunene", "busetje 2650 flyktningar neste år", "flyktninger", False),
    ("KS Vestland", None, "integreringstilskotet må aukast", "okonomi", False),
    ("KS Vestland", None, "det må bli enklare å få dekt ekstra utgifter til flyktningar med alvorlege sjukdommar eller funksjonsnedsetjingar", "okonomi", False),
    ("KS Vestland", "staten", "staten gjennomfører ei første helsekartlegging av flyktningane før dei blir busette, slik at kommunane veit kva behov dei har når dei kjem", "flyktninger", False),
    ("KS Vestland", "staten", "Staten må bidra med meir startlån og tilskot til utleigebustader i distrikta", "okonomi", False),
    (AID, "kommunene", "vurdere å busetje fleire einslege mindreårige, der behovet for plassar no er størst", "flyktninger", False),
    ("Fagforbundet Vestland", None, "Vi treng fleire faste heile stillingar i omsorgstenestene, ikkje fleire prosjektmidlar som forsvinn etter to år", "personell", True),
]
