import sys; sys.path.insert(0, __file__.rsplit('/specs/', 1)[0])
from goldlib import *

AID = "Arbeids- og inkluderingsdepartementet"
FT = "Fagforbundet Trøndelag"
write("u35b_05_debatt_fagforbund_pensjon",
  meeting("konsultasjonsmote", D("Forrige tirsdag"), AID, [
    P("Marte Linnerud Bakke", "arbeids- og inkluderingsminister", AID),
    P("Steinar Brekkå", "arbeidsgiverdirektør", "KS"),
  ], ["personell", "okonomi"]),
  [
    S("indirect", "Randi Skeie Nordgård", "pensjonskostnadene nå er blitt så store at de truer tjenestetilbudet i mange kommuner"),
    S("direct", "Randi Skeie Nordgård", "Vi kan ikke fortsette å la pensjonspremien vokse uten at noen tar et helhetlig grep. Det handler om å bruke pengene der de trengs mest"),
    S("indirect", "Steinar Brekkå", "kommunene allerede sliter med å rekruttere, og at det er viktig å holde på erfarne medarbeidere så lenge som mulig"),
    S("indirect", "Marte Linnerud Bakke", "hun er åpen for å se på helheten i pensjonssystemet, men at endringer i særaldersgrensene må avtales med partene i arbeidslivet"),
    S("indirect", "Marte Linnerud Bakke", "regjeringen ikke har planer om å endre særaldersgrensene i denne stortingsperioden"),
    S("indirect", "Oddvar Hjelmeland", "KS «selvsagt» vil respektere avtalene"),
  ],
  [
    DM("KS", AID, "sette ned et partssammensatt utvalg som skal gjennomgå særaldersgrensene i kommunal sektor", "personell", False),
    DM("KS", "staten", "staten må kompensere kommunene fullt ut for økte pensjonskostnader som følge av den nye offentlige tjenestepensjonen", "okonomi", False),
    DM("KS", "regjeringen", "regjeringen «vurderer om dagens særaldersgrenser er tilpasset arbeidslivet i 2030»", "personell", False),
    DM("KS", None, "pensjonsregelverket skal gjøre det lettere å kombinere pensjon og arbeid for dem som allerede har særaldersgrense, slik at kommunene kan beholde dem lenger", "personell", False),
    DM(FT, None, "det må være frivillig", "personell", False),
    DM(FT, None, "det må ikke brukes som et argument for å fjerne særaldersgrensen", "personell", False),
    DM("KS", None, "en bedre ordning for å fordele pensjonskostnadene mellom kommunene", "okonomi", False),
    DM("KS", None, "det er viktig å holde på erfarne medarbeidere så lenge som mulig", "personell", False),
    DM(FT, "KS", "må KS også si det høyt i møtene med regjeringen, ikke bare til lokalavisen", "personell", False),
    DM(FT, "KS", "KS må trekke forslaget om et utvalg som skal gjennomgå særaldersgrensene, og heller ta saken inn i de ordinære forhandlingene", "personell", False),
    DM(FT, "regjeringen", "Regjeringen må avvise ethvert forsøk på å svekke særaldersgrensene utenfor forhandlingsbordet", "personell", False),
    DM(FT, "kommunene", "kommunene må bruke kreftene på det som faktisk får folk til å stå lenger i jobb: hele stillinger, bedre turnuser og en arbeidsdag som ikke knekker ryggen før du er 55", "personell", False),
  ])
