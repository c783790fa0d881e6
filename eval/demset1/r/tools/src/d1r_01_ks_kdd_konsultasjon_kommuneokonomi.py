KDD = "Kommunal- og distriktsdepartementet"
ØS = "Siri Kvamme Østby"
TH = "Torbjørn Hagevik"
MEETING = ("konsultasjonsmote", ("onsdag 9. oktober", None, 10, 9), KDD, [
    ("Eirik Solstad Moen", "kommunal- og distriktsminister", KDD),
    (ØS, "styreleder", "KS"),
    (TH, "nestleder", "KS"),
    ("Morten Aaslid Berge", "administrerende direktør", "KS"),
    ("Live Brattli Skoglund", "statssekretær", KDD),
], ["okonomi", "styring"])
STATEMENTS = [
    ("indirect", ØS, "over 130 kommuner nå har lagt fram budsjetter med kutt i tjenestene, og at utgiftene til ressurskrevende tjenester, barnevern og sosialhjelp har vokst langt raskere enn de frie inntektene"),
    ("indirect", ØS, "situasjonen i mange kommunestyresaler er alvorlig. Det er ikke lenger snakk om å effektivisere seg ut av problemene, og kommunene trenger et handlingsrom som står i forhold til oppgavene Stortinget har gitt dem"),
    ("direct", ØS, "Vi ber ikke om særbehandling. Vi ber om at staten tar regningen for de reformene den selv vedtar, og at den beregner kompensasjonen ut fra hva tjenestene faktisk koster i kommunene, ikke ut fra hva noen i et departement anslår at de burde koste"),
    ("indirect", TH, "ressurskrevende tjenester som den enkeltposten som bekymrer kommunene mest"),
    ("indirect", TH, "Innslagspunktet i toppfinansieringsordningen er de siste årene økt mer enn lønnsveksten, og det betyr i praksis at kommunene sitter igjen med en stadig større del av regningen for brukere med omfattende behov"),
    ("indirect", TH, "sørge for at innslagspunktet ikke økes mer enn lønnsveksten i neste års budsjett"),
    ("indirect", "Eirik Solstad Moen", "regjeringen i revidert nasjonalbudsjett økte de frie inntektene med 2,4 milliarder kroner, og at et forslag til nytt inntektssystem skal sendes på høring neste år"),
    ("direct", "Eirik Solstad Moen", "Vi vet at mange kommuner har det tøft, og jeg tar med meg innspillene fra KS inn i budsjettarbeidet. Samtidig må kommunene også se på hvordan de organiserer tjenestene sine, og her kan et tettere interkommunalt samarbeid gi mye"),
    ("indirect", ØS, "en eventuell omfordeling mellom kommunene må skje gradvis, med en overgangsordning som gjør det mulig for kommuner som taper på endringene å tilpasse seg"),
    ("indirect", ØS, "Det er avgjørende at kostnadsnøklene bygger på oppdaterte data"),
    ("direct", "Morten Aaslid Berge", "Det er et godt signal at departementet er villig til å se på dette sammen med oss. Nå forventer vi at arbeidsgruppen får et mandat som gjør at den faktisk kan endre praksis, og ikke bare beskrive den"),
]
DEMANDS = [
    ("KS", None, "kommunene trenger et handlingsrom som står i forhold til oppgavene Stortinget har gitt dem", "okonomi", False),
    ("KS", "staten", "staten tar regningen for de reformene den selv vedtar", "okonomi", True),
    ("KS", "staten", "den beregner kompensasjonen ut fra hva tjenestene faktisk koster i kommunene, ikke ut fra hva noen i et departement anslår at de burde koste", "okonomi", True),
    ("KS", None, "finansieringsprinsippet følges konsekvent", "okonomi", False),
    ("KS", KDD, "Den gjennomgangen må nå komme", "okonomi", False),
    ("KS", None, "kommunesektoren må involveres før konklusjonene trekkes", "styring", False),
    ("KS", KDD, "sørge for at innslagspunktet ikke økes mer enn lønnsveksten i neste års budsjett", "okonomi", False),
    (KDD, "kommunene", "må kommunene også se på hvordan de organiserer tjenestene sine", "styring", True),
    ("KS", "regjeringen", "regjeringen lytter til kommunesektoren før forslaget sendes på høring", "styring", False),
    ("KS", None, "en eventuell omfordeling mellom kommunene må skje gradvis, med en overgangsordning som gjør det mulig for kommuner som taper på endringene å tilpasse seg", "okonomi", False),
    ("KS", None, "kostnadsnøklene bygger på oppdaterte data", "okonomi", False),
    ("KS", None, "arbeidsgruppen får et mandat som gjør at den faktisk kan endre praksis, og ikke bare beskrive den", "okonomi", True),
]
