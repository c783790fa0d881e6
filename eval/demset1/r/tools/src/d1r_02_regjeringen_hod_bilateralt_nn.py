HOD = "Helse- og omsorgsdepartementet"
ØS = "Siri Kvamme Østby"
TH = "Torbjørn Hagevik"
RE = "Ragnhild Sæbø Eikrem"
IF = "Ingrid Falck-Hansen"
MEETING = ("konsultasjonsmote", ("tysdag", None, None, None), HOD, [
    (IF, "helse- og omsorgsminister", HOD),
    ("Jon Ivar Rabben", "statssekretær", HOD),
    (ØS, "styreleiar", "KS"),
    (TH, "nestleiar", "KS"),
    (RE, "fylkesstyreleiar", "KS Vestland"),
], ["personell", "allmennlege", "omsorg", "okonomi", "e_helse"])
STATEMENTS = [
    ("direct", IF, "Kommunane og staten står overfor den same utfordringa: Det blir fleire eldre og færre hender til å ta vare på dei. Vi har eit felles ansvar for å finne løysingane, og eg forventar at kommunane tek i bruk dei moglegheitene som ligg i ny teknologi og nye måtar å organisere arbeidet på"),
    ("indirect", ØS, "mange kommunar ikkje lenger klarer å fylle vaktlistene på legevakta, og at kompetansekrava som vart innførte for legevaktlegar har gjort situasjonen vanskelegare i distrikta"),
    ("indirect", ØS, "vurdere ei mellombels oppmjuking av krava for kommunar som kan dokumentere at dei ikkje får tilsett legar som oppfyller dei"),
    ("indirect", IF, "departementet no går gjennom erfaringane med kompetansekrava, og at ei vurdering vil liggje føre før sommaren"),
    ("indirect", RE, "situasjonen for investeringstilskotet til sjukeheimar og omsorgsbustader"),
    ("indirect", RE, "har fleire kommunar i Vestland lagt planane for nye sjukeheimsplassar på is fordi tilskotet ikkje har halde tritt med byggjekostnadene"),
    ("indirect", RE, "Det er heilt naudsynt at tilskotet blir justert, og at staten ser på korleis kommunar med svak økonomi kan få ein større del av kostnadene dekte"),
    ("direct", RE, "Vi veit kva som kjem. Talet på innbyggjarar over 80 år vil meir enn doble seg i mange av kommunane våre fram mot 2040, og då er det for seint å byrje å byggje"),
    ("indirect", "Jon Ivar Rabben", "regjeringa har sett ned ei arbeidsgruppe som skal sjå på innretninga av tilskotsordninga, og at KS vil bli invitert inn i arbeidet"),
    ("indirect", TH, "KS har signert samarbeidsavtalen om nasjonale e-helseløysingar, og at kommunane er innstilte på å ta løysingane i bruk"),
    ("indirect", TH, "Men då må det finnast ein finansieringsmodell som ikkje legg heile kostnaden på kommunane"),
    ("indirect", TH, "Kommunane kan ikkje betale for løysingar der gevinsten i hovudsak hamnar i sjukehusa"),
]
DEMANDS = [
    (HOD, "kommunene", "kommunane tek i bruk dei moglegheitene som ligg i ny teknologi og nye måtar å organisere arbeidet på", "e_helse", True),
    ("KS", HOD, "vurdere ei mellombels oppmjuking av krava for kommunar som kan dokumentere at dei ikkje får tilsett legar som oppfyller dei", "allmennlege", False),
    ("KS Vestland", None, "tilskotet blir justert", "okonomi", False),
    ("KS Vestland", "staten", "staten ser på korleis kommunar med svak økonomi kan få ein større del av kostnadene dekte", "okonomi", False),
    (HOD, "KS", "hjelpe kommunane med å ta i bruk dei nasjonale e-helseløysingane raskare", "e_helse", False),
    ("KS", None, "då må det finnast ein finansieringsmodell som ikkje legg heile kostnaden på kommunane", "e_helse", False),
]
