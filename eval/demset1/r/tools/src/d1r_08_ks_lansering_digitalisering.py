DFD = "Digitaliserings- og forvaltningsdepartementet"
JV = "Jorunn Mæland Vik"
AL = "Astrid Nyhus Lorentzen"
MB = "Morten Aaslid Berge"
KH = "Kristian Moe Hatling"
SN = "KS' storbynettverk"
NTNU = "NTNU Samfunnsforskning"
MEETING = ("lansering", ("tirsdag 4. februar", None, 2, 4), DFD, [
    (JV, "forsker", NTNU),
    (AL, "digitaliserings- og forvaltningsminister", DFD),
    (MB, "administrerende direktør", "KS"),
    (KH, "leder", SN),
    ("Mari Sundt Hove", "journalist", None),
], ["e_helse", "okonomi", "styring", "forskning_innovasjon"])
STATEMENTS = [
    ("indirect", JV, "gevinstene av digitaliseringen i stor grad tas ut hos staten, mens kostnadene blir liggende igjen i kommunene"),
    ("direct", JV, "Det mest slående funnet er kanskje hvor sent kommunene kommer inn i prosessene. I flere av sakene vi har sett på, ble kommunene først involvert etter at de viktigste valgene var tatt"),
    ("indirect", MB, "rapporten bekrefter det KS lenge har hevdet"),
    ("indirect", MB, "Kommunene er ikke en underleverandør til staten, men en likeverdig part som har ansvaret for de fleste tjenestene innbyggerne møter, og det må gjenspeiles i måten nasjonale løsninger styres på"),
    ("direct", MB, "Vi ber om at kommunesektoren får en formell plass i styringen av alle nasjonale fellesløsninger som kommunene er pålagt å bruke. Og vi ber regjeringen om å følge opp rapportens anbefaling om en felles finansieringsmodell allerede i neste statsbudsjett"),
    ("indirect", MB, "samarbeidet om Digi-ordningene og den nye digitaliseringsstrategien som eksempler på at staten og kommunene kan få det til når de jobber sammen"),
    ("indirect", AL, "regjeringen vil se nærmere på rapportens anbefalinger"),
    ("direct", AL, "Vi har ikke vært gode nok til å ta kommunene med tidlig nok. Det skal vi bli bedre på. Men jeg vil også utfordre kommunene: Skal vi få til dette, må kommunene samarbeide mer seg imellom og slutte å kjøpe 356 varianter av det samme systemet"),
    ("indirect", KH, "det var et godt poeng, men at kommunene trenger forutsigbare standarder fra staten for å kunne samarbeide om anskaffelser"),
    ("indirect", KH, "staten fastsetter felles krav til datadeling som gjelder for alle leverandører, slik at kommunene ikke blir låst til én leverandør"),
]
DEMANDS = [
    (NTNU, None, "det etableres en felles finansieringsmodell for nasjonale fellesløsninger, der kostnader og gevinster fordeles etter hvem som faktisk har nytte av løsningene", "okonomi", False),
    ("KS", None, "det må gjenspeiles i måten nasjonale løsninger styres på", "styring", False),
    ("KS", None, "kommunesektoren får en formell plass i styringen av alle nasjonale fellesløsninger som kommunene er pålagt å bruke", "styring", True),
    ("KS", "regjeringen", "følge opp rapportens anbefaling om en felles finansieringsmodell allerede i neste statsbudsjett", "okonomi", True),
    (DFD, "kommunene", "må kommunene samarbeide mer seg imellom og slutte å kjøpe 356 varianter av det samme systemet", "e_helse", True),
    (SN, "staten", "kommunene trenger forutsigbare standarder fra staten for å kunne samarbeide om anskaffelser", "e_helse", False),
    (SN, "staten", "staten fastsetter felles krav til datadeling som gjelder for alle leverandører, slik at kommunene ikke blir låst til én leverandør", "e_helse", False),
    (NTNU, None, "det opprettes et eget forskningsprogram for digitalisering i kommunesektoren", "forskning_innovasjon", False),
]
