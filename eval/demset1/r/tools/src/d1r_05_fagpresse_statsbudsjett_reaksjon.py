FIN = "Finansdepartementet"
ØS = "Siri Kvamme Østby"
GN = "Gaute Nergaard Lysne"
IB = "Ivar Strand Bekkevold"
MEETING = None
STATEMENTS = [
    ("direct", ØS, "Regjeringen sier den vil styrke kommuneøkonomien, men tallene forteller en annen historie. Når veksten ikke en gang dekker økte kostnader til flere eldre, betyr det i praksis kutt i tjenestene mange steder"),
    ("indirect", ØS, "kommunesektoren i fjor hadde et samlet netto driftsresultat på under én prosent, langt under det anbefalte nivået på to prosent"),
    ("indirect", ØS, "er det ikke realistisk at kommunene skal bygge opp buffere når rammene er så stramme"),
    ("indirect", ØS, "Stortinget må derfor øke rammene i budsjettforhandlingene, og en betydelig del av økningen bør komme som frie inntekter, ikke som øremerkede tilskudd"),
    ("indirect", ØS, "regjeringen for tredje år på rad trekker inn penger fra kommunene gjennom et såkalt effektiviseringskutt i flere øremerkede tilskudd"),
    ("indirect", ØS, "Det er et prinsipp kommunene ikke kan akseptere"),
    ("direct", ØS, "Det er et viktig grep, og det skal regjeringen ha ros for"),
    ("indirect", GN, "regjeringen har prioritert kommunene i et budsjett der handlingsrommet er lite, og at kommunene må tilpasse driften til lavere befolkningsvekst i mange distriktskommuner"),
    ("direct", GN, "Dette er et stramt budsjett for hele offentlig sektor, ikke bare for kommunene. Vi forventer at kommunene fortsetter arbeidet med å effektivisere, og at de tar i bruk de mulighetene som ligger i digitalisering"),
    ("indirect", IB, "budsjettet er stramt, men ikke dramatisk"),
    ("indirect", IB, "kommunene også får skatteinntekter utover det som er anslått i år, noe som vil gi et visst handlingsrom"),
]
DEMANDS = [
    ("KS", "Stortinget", "Stortinget må derfor øke rammene i budsjettforhandlingene", "okonomi", False),
    ("KS", "Stortinget", "en betydelig del av økningen bør komme som frie inntekter, ikke som øremerkede tilskudd", "okonomi", False),
    ("KS", "Stortinget", "kompensasjonen for økte pensjonskostnader holdes utenfor veksten i frie inntekter, slik praksis var fram til 2021", "okonomi", False),
    (FIN, "kommunene", "kommunene må tilpasse driften til lavere befolkningsvekst i mange distriktskommuner", "okonomi", False),
    (FIN, "kommunene", "kommunene fortsetter arbeidet med å effektivisere", "okonomi", True),
    (FIN, "kommunene", "de tar i bruk de mulighetene som ligger i digitalisering", "e_helse", True),
    ("KS' storbynettverk", "regjeringen", "kompensere kommunene fullt ut for de økte utgiftene til økonomisk sosialhjelp", "okonomi", False),
]
