import sys; sys.path.insert(0, __file__.rsplit('/specs/', 1)[0])
from goldlib import *

RSN = "Randi Skeie Nordgård"
PM = "Anders Tveit Sunde"
write("u35b_06_ks_intervju_statsminister",
  meeting("konsultasjonsmote", D("Mandag 3. mars", None, 3, 3), "regjeringen", [
    P(PM, "statsminister", "Statsministerens kontor"),
    P("Siri Øvergaard Lie", "kommunal- og distriktsminister", "Kommunal- og distriktsdepartementet"),
    P("Trygve Haldorsen", "finansminister", "Finansdepartementet"),
    P(RSN, "styreleder", "KS"),
    P("Oddvar Hjelmeland", "første nestleder", "KS"),
    P("Kari Marstein Holm", "administrerende direktør", "KS"),
  ], ["okonomi", "styring", "flyktninger", "personell"]),
  [
    S("direct", RSN, "Vi kan ikke være statens forlengede arm uten å ha råd til det"),
    S("indirect", RSN, "hun gikk inn i møtet med én hovedbeskjed: at kommunene ikke lenger klarer å løse stadig flere oppgaver med de samme pengene, og at regjeringen må velge mellom å gi kommunene mer frihet eller mer penger"),
    S("direct", RSN, "Det viktigste var økonomien, rett og slett. Vi har lagt fram tall som viser at over halvparten av kommunene gikk med underskudd i fjor. Det er ikke fordi kommunene driver dårlig, men fordi utgiftene til helse, omsorg og barnevern vokser mye raskere enn inntektene. Jeg sa til statsministeren at dersom staten fortsetter å legge nye oppgaver på kommunene uten full finansiering, må regjeringen også være ærlig om at tjenestetilbudet vil bli dårligere."),
    S("indirect", RSN, "KS har bedt regjeringen om å legge fram en plan for å styrke de frie inntektene med minst fire milliarder kroner neste år, og at dette må komme i tillegg til kompensasjon for lønns- og prisvekst"),
    S("direct", RSN, "Han var tydelig på at han har forståelse for situasjonen, og at regjeringen ser at mange kommuner har det tøft. Tveit Sunde sa at regjeringen vil prioritere kommuneøkonomien i revidert nasjonalbudsjett, men at han ikke ville gå inn på konkrete tall nå. Det respekterer jeg, men vi kommer til å følge nøye med."),
    S("indirect", PM, "han har forståelse for situasjonen, og at regjeringen ser at mange kommuner har det tøft"),
    S("indirect", PM, "regjeringen vil prioritere kommuneøkonomien i revidert nasjonalbudsjett, men at han ikke ville gå inn på konkrete tall nå"),
    S("indirect", PM, "regjeringen ønsker å redusere detaljstyringen av kommunene, og at den varslede gjennomgangen av øremerkede tilskudd skal være ferdig før sommeren"),
    S("direct", RSN, "Vi ba om tre ting. For det første at alle nye lovforslag som berører kommunene, skal ha en skikkelig vurdering av økonomiske og administrative konsekvenser før de sendes på høring. For det andre at regjeringen stopper innføringen av nye individuelle rettigheter i helse- og omsorgstjenesten til vi har fått en samlet oversikt over hva de koster. Og for det tredje at flere øremerkede tilskudd innlemmes i rammetilskuddet."),
    S("indirect", RSN, "KS ikke er imot rettigheter for innbyggerne, men at kommunene trenger handlingsrom til å prioritere"),
    S("direct", RSN, "Kommunene har tatt et stort ansvar for å bosette flyktninger fra Ukraina, og det er vi stolte av. Men integreringstilskuddet har ikke fulgt kostnadene. Dersom staten ber kommunene bosette like mange også i år, må integreringstilskuddet økes slik at det dekker de faktiske utgiftene. Det sa jeg veldig tydelig."),
    S("indirect", "Siri Øvergaard Lie", "regjeringen har satt ned en arbeidsgruppe med KS og IMDi som skal se på tilskuddet"),
    S("indirect", RSN, "hun er glad for arbeidsgruppen, men at den må levere raskt"),
    S("direct", RSN, "Det henger sammen med alt det andre. Vi mangler sykepleiere, vi mangler lærere, og vi mangler ingeniører. Vi ønsker at regjeringen gjør det mulig for kommunene å prøve ut nye måter å organisere tjenestene på, blant annet med forsøk der kommunene får fritak fra enkelte bemanningskrav."),
    S("indirect", RSN, "det er et av de tiltakene som kan gi størst effekt på kort sikt"),
    S("direct", RSN, "Hvis vi ikke får lov til å tenke nytt, kommer vi ikke til å klare det. Vi kan ikke utdanne oss ut av personellkrisen alene."),
    S("direct", RSN, "Jeg gikk fra møtet med en følelse av at vi ble hørt. Det er ikke alltid tilfellet. Men det er budsjettene som viser om vi faktisk ble lyttet til, og det får vi svar på i mai."),
  ],
  [
    DM("KS", "regjeringen", "regjeringen må velge mellom å gi kommunene mer frihet eller mer penger", "okonomi", False),
    DM("KS", "regjeringen", "må regjeringen også være ærlig om at tjenestetilbudet vil bli dårligere", "okonomi", True),
    DM("KS", "regjeringen", "legge fram en plan for å styrke de frie inntektene med minst fire milliarder kroner neste år", "okonomi", False),
    DM("KS", "regjeringen", "dette må komme i tillegg til kompensasjon for lønns- og prisvekst", "okonomi", False),
    DM("KS", None, "alle nye lovforslag som berører kommunene, skal ha en skikkelig vurdering av økonomiske og administrative konsekvenser før de sendes på høring", "styring", True),
    DM("KS", "regjeringen", "regjeringen stopper innføringen av nye individuelle rettigheter i helse- og omsorgstjenesten til vi har fått en samlet oversikt over hva de koster", "styring", True),
    DM("KS", None, "flere øremerkede tilskudd innlemmes i rammetilskuddet", "okonomi", True),
    DM("KS", None, "kommunene trenger handlingsrom til å prioritere", "styring", False),
    DM("KS", None, "må integreringstilskuddet økes slik at det dekker de faktiske utgiftene", "flyktninger", True),
    DM("KS", "regjeringen", "den må levere raskt", "flyktninger", False),
    DM("KS", "regjeringen", "regjeringen gjør det mulig for kommunene å prøve ut nye måter å organisere tjenestene på, blant annet med forsøk der kommunene får fritak fra enkelte bemanningskrav", "personell", True),
  ])
