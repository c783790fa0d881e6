from _lib import *
KD = "Kunnskapsdepartementet"
UDF = "Utdanningsforbundet"
LID = "Tone Bergheim Lid"
write("u35a_03_kd_laerermangel",
 M("annet", ("tirsdag 14. januar", None, 1, 14), KD, [
   P(LID, "kunnskapsminister", KD),
   P("Marte Kolbeinsen", "styreleder", "KS"),
   P("Eivind Nordhus", "direktør for arbeidsgiverpolitikk", "KS"),
   P("Jorunn Sæther Dahle", "leder", UDF),
   P("Sindre Holtet", "nestleder", UDF),
   P("Henrik Aasland Moe", "statssekretær", KD),
 ], ["personell", "styring", "okonomi"]),
 [
  S("direct", LID, "Vi har for mange ukvalifiserte i klasserommene, og for mange lærere som slutter de første årene. Det er ikke en situasjon noen av oss kan leve med. Derfor er jeg glad for at vi i dag har blitt enige om å jobbe sammen om dette, både staten, kommunene som skoleeiere og lærerne selv"),
  S("direct", LID, "Jeg har tro på at de beste løsningene finnes ute i kommunene og på skolene. Vi skal lytte til dem som står i det hver dag"),
  S("indirect", LID, "regjeringen allerede har økt antall studieplasser i lærerutdanningen, og at det er satt av midler til flere desentraliserte utdanningstilbud"),
  S("indirect", "Marte Kolbeinsen", "mange kommuner har svært få søkere til ledige stillinger, og at kompetansekravene for undervisning i norsk, matematikk og engelsk gjør det vanskelig å bemanne små skoler"),
  S("indirect", "Marte Kolbeinsen", "det trengs flere fleksible utdanningsløp for assistenter og andre ansatte i skolen som ønsker å ta lærerutdanning ved siden av jobben"),
  S("indirect", "Jorunn Sæther Dahle", "lærerne opplever at de får stadig flere oppgaver som ikke har med undervisning å gjøre"),
  S("indirect", LID, "lønnsspørsmål hører hjemme i forhandlingene mellom partene i arbeidslivet"),
  S("indirect", LID, "departementet vil se på rapporteringskravene"),
  S("direct", LID, "Lærerne skal bruke tiden sin på elevene, ikke på skjemaer. Det er jeg helt enig med Utdanningsforbundet i. Vi kommer til å gå gjennom kravene i løpet av våren, og jeg vet at også mange kommuner som skoleeiere ser på hva de selv pålegger skolene"),
  S("indirect", LID, "hun vil invitere partene til et nytt møte når arbeidsgruppen har kommet i gang"),
  S("direct", LID, "Dette er en sak vi bare kan løse sammen. Det viktigste vi kan gjøre nå, er å sørge for at de lærerne vi har, ønsker å bli"),
 ],
 [
  D("KS", KD, "vurdere en mer fleksibel praktisering av kompetansekravene for lærere som ble ansatt før 2014", "styring", False),
  D("KS", KD, "forlenge fristen for å oppfylle kravene", "styring", False),
  D("KS", "staten", "staten bør ta en større del av kostnadene ved videreutdanning, slik at kommunene ikke må velge mellom å sende lærere på videreutdanning og å ha nok lærere i klasserommene", "okonomi", False),
  D("KS", None, "det trengs flere fleksible utdanningsløp for assistenter og andre ansatte i skolen som ønsker å ta lærerutdanning ved siden av jobben", "personell", False),
  D(UDF, None, "en gjennomgang av dokumentasjons- og rapporteringskravene i skolen", "styring", False),
  D(UDF, None, "lønnsnivået for lærere må heves dersom yrket skal bli attraktivt for unge", "personell", False),
  D("KS", KD, "sikre at den nye arbeidsgruppen får et tydelig mandat og nødvendig sekretariatsstøtte", "styring", False),
  D(UDF, KD, "sikre at den nye arbeidsgruppen får et tydelig mandat og nødvendig sekretariatsstøtte", "styring", False),
  D("KS", "regjeringen", "regjeringen legger fram en samlet strategi for rekruttering til læreryrket i løpet av året", "personell", False),
  D(UDF, "regjeringen", "regjeringen legger fram en samlet strategi for rekruttering til læreryrket i løpet av året", "personell", False),
 ])
