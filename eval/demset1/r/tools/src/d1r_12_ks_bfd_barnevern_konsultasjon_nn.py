BFD = "Barne- og familiedepartementet"
ØS = "Siri Kvamme Østby"
TA = "Tove Lindrupsen Aas"
MR = "Mona Tjelle Rustad"
MEETING = ("konsultasjonsmote", ("fredag 14. november", None, 11, 14), BFD, [
    (MR, "barne- og familieminister", BFD),
    (ØS, "styreleiar", "KS"),
    (TA, "områdedirektør", "KS"),
    ("Øyvind Brekke Tangen", "statssekretær", BFD),
], ["okonomi", "styring", "personell"])
STATEMENTS = [
    ("direct", ØS, "Intensjonen i reforma er god, og mange kommunar har fått til mykje. Men vi ser at eigendelane har auka meir enn det kommunane vart kompenserte for, og at det er dei minste kommunane som ber den største risikoen. Éin tung barnevernssak kan velte eit heilt budsjett"),
    ("indirect", ØS, "ei kartlegging KS har gjort blant kommunane, der to av tre svarar at dei har fått auka utgifter som ikkje er dekte"),
    ("indirect", ØS, "Det er avgjerande at evalueringa er ferdig før statsbudsjettet for 2027 blir lagt fram"),
    ("indirect", TA, "mangelen på statlege institusjonsplassar for barn med store og samansette behov"),
    ("indirect", MR, "ho deler uroa for institusjonstilbodet, og at regjeringa har sett av midlar til å opprette 40 nye statlege plassar i løpet av neste år"),
    ("direct", MR, "Eg forstår frustrasjonen. Samtidig vil eg minne om at reforma handlar om at barn skal få hjelp tidlegare, og då er det viktig at kommunane prioriterer det førebyggjande arbeidet også når økonomien er stram"),
]
DEMANDS = [
    ("KS", BFD, "departementet set i gang ei uavhengig evaluering av dei økonomiske verknadene av reforma", "okonomi", False),
    ("KS", None, "kommunesektoren blir med på å utforme mandatet", "styring", False),
    ("KS", None, "evalueringa er ferdig før statsbudsjettet for 2027 blir lagt fram", "okonomi", False),
    ("KS", "staten", "staten må byggje ut tilbodet", "styring", False),
    (BFD, "kommunene", "kommunane prioriterer det førebyggjande arbeidet også når økonomien er stram", "styring", True),
]
