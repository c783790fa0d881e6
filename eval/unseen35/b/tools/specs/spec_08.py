import sys; sys.path.insert(0, __file__.rsplit('/specs/', 1)[0])
from goldlib import *

FIN = "Finansdepartementet"
RSN = "Randi Skeie Nordgård"
TH = "Trygve Haldorsen"
LTS = "Linn Therese Skogheim"
SAK = "Sindre Aune Kleppen"
write("u35b_08_ntb_finansminister",
  meeting("lansering", D("tirsdag"), FIN, [
    P(TH, "finansminister", FIN),
    P(RSN, "leder", "KS"),
    P(LTS, "ordfører", "Bærum kommune"),
    P(SAK, "forsker", "Telemarksforsking"),
  ], ["okonomi", "bpa", "styring"]),
  [
    S("direct", RSN, "Kommunene har strammet inn i flere år. Nå er det ikke mer å hente uten at det går ut over tjenestene til innbyggerne"),
    S("indirect", TH, "regjeringen tar situasjonen på alvor"),
    S("direct", RSN, "Kommunene går på felgen"),
    S("direct", RSN, "Kommunene går på felgen. Vi har kuttet i administrasjon, vi har slått sammen skoler og vi har utsatt vedlikehold. Nå står vi i en situasjon der neste kutt rammer det innbyggerne merker direkte: hjemmetjenesten, skolen og barnehagen"),
    S("indirect", RSN, "innslagspunktet må fryses på dagens nivå, og at kompensasjonsgraden må økes fra 80 til 85 prosent"),
    S("direct", RSN, "Dette er tjenester til mennesker med store behov, og det er tjenester staten har bestemt at vi skal gi. Da er det ikke rimelig at de minste kommunene skal bære risikoen alene. Én ny bruker kan velte budsjettet i en kommune med 3 000 innbyggere"),
    S("direct", TH, "Vi må prioritere"),
    S("indirect", TH, "han kjenner seg igjen i beskrivelsen av en krevende situasjon"),
    S("indirect", TH, "kommunene fikk en betydelig økning i rammetilskuddet i statsbudsjettet for i år"),
    S("direct", TH, "Jeg har stor respekt for jobben som gjøres i kommunene. Men handlingsrommet i statsbudsjettet er ikke ubegrenset, og vi kan ikke bruke mer oljepenger enn det handlingsregelen tillater. Da må både stat og kommune prioritere"),
    S("indirect", TH, "det er store forskjeller mellom kommunene, og at mange kommuner har bygget opp fond i de gode årene"),
    S("indirect", LTS, "Bærum har brukt opp store deler av fondet de to siste årene"),
    S("direct", LTS, "Vi er en kommune som mange tror har god råd. Men vi har brukt over 400 millioner av disposisjonsfondet på to år for å holde tjenestene oppe. Det går ikke lenger. Staten må slutte å pålegge kommunene nye oppgaver uten å følge dem opp med penger"),
    S("indirect", LTS, "regjeringen innfører et moratorium på nye statlige krav til kommunene fram til kommuneøkonomien er i balanse"),
    S("indirect", SAK, "tallene viser at veksten i de frie inntektene de siste årene i stor grad er spist opp av demografi og pensjonskostnader"),
    S("direct", SAK, "Når vi tar hensyn til befolkningsutviklingen og de økte pensjonskostnadene, har kommunene reelt sett hatt nullvekst i flere år. Det er ikke rart at driftsresultatene faller"),
    S("indirect", SAK, "han ikke ville ta stilling til hvor stor økningen bør være"),
    S("indirect", SAK, "forskjellen mellom kommunene er så stor at en ren rammeøkning ikke vil treffe alle like godt"),
    S("direct", RSN, "Vi ber ikke om gaver. Vi ber om at staten tar ansvar for de oppgavene den selv har lagt på oss. Jeg håper finansministeren tar med seg tallene fra i dag inn i budsjettarbeidet"),
    S("indirect", TH, "ta rapporten med seg inn i arbeidet med revidert nasjonalbudsjett, som legges fram i mai"),
  ],
  [
    DM("KS", "regjeringen", "øke kommunenes frie inntekter med seks milliarder kroner i revidert nasjonalbudsjett", "okonomi", False),
    DM("KS", "staten", "staten tar en større del av regningen for de ressurskrevende tjenestene", "okonomi", False),
    DM("KS", None, "innslagspunktet må fryses på dagens nivå", "okonomi", False),
    DM("KS", None, "kompensasjonsgraden må økes fra 80 til 85 prosent", "okonomi", False),
    DM("Bærum kommune", "staten", "Staten må slutte å pålegge kommunene nye oppgaver uten å følge dem opp med penger", "okonomi", True),
    DM("Bærum kommune", "regjeringen", "regjeringen innfører et moratorium på nye statlige krav til kommunene fram til kommuneøkonomien er i balanse", "styring", False),
    DM("KS", "staten", "staten tar ansvar for de oppgavene den selv har lagt på oss", "okonomi", True),
    DM("KS", FIN, "finansministeren tar med seg tallene fra i dag inn i budsjettarbeidet", "okonomi", True),
  ])
