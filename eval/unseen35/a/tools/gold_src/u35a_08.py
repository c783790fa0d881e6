from _lib import *
KDD = "Kommunal- og distriktsdepartementet"
NET = "Innovasjonsnettverket i Agder"
DD = "Digitaliseringsdirektoratet"
KA = "KS Agder"
write("u35a_08_nyhetsbrev_innovasjonsnettverk",
 M("annet", ("26. mars", None, 3, 26), KDD, [
   P("Karoline Bjerkreim", "statssekretær", KDD),
   P("Per Arne Moland", "fylkesleder", KA),
   P("Jorunn Homme Tjomsland", "ordfører", "Åseral"),
   P("Tonje Ravnås", "nettverksleder", NET),
   P("Kristian Fossdal", "digitaliseringssjef", "Arendal kommune"),
   P("Henrik Sæveraas", "avdelingsdirektør", KDD),
 ], ["e_helse", "okonomi", "styring", "forskning_innovasjon"]),
 [
  S("indirect", "Bjørn Tore Aas", "kommunen har redusert antall fysiske nattbesøk med nesten en tredjedel, uten at brukerne opplever det som mindre trygt"),
  S("direct", "Bjørn Tore Aas", "Det viktigste vi lærte, var at teknologien er den enkle delen. Det vanskelige er å endre arbeidsmåter, og det tar tid. Ansatte må få være med fra starten"),
  S("indirect", "Mari Lunde", "små kommuner ofte mangler kapasitet til å drive flere innovasjonsprosjekter samtidig"),
  S("indirect", "Mari Lunde", "nettverket bør bruke mer tid på å dele ferdige maler for anskaffelser og avtaler"),
  S("direct", "Kristian Fossdal", "Vi ser at løsningene er gode, men at de ofte blir utviklet uten at kommunene er med tidlig nok. Da ender vi opp med å tilpasse oss i etterkant, og det koster"),
  S("indirect", "Ingrid Sollie", "direktoratet vil se på hvordan kommunene kan trekkes med i de kommende prosjektene"),
  S("direct", "Jonas Heggland", "Vi er helt avhengige av kommunene for at løsningene skal bli tatt i bruk. Vi tar gjerne imot konkrete forslag fra nettverket"),
  S("indirect", "Per Arne Moland", "kommunene i Agder har brukt til sammen over 120 millioner kroner på egne digitaliseringsprosjekter de siste fem årene, og at mye av dette er doble utviklingskostnader"),
  S("direct", "Per Arne Moland", "Det gir ingen mening at 25 kommuner skal utvikle hver sin løsning for det samme. Vi trenger en varig nasjonal finansiering av fellesløsninger, slik at kommunene ikke må ta hele regningen selv. Vi ber departementet om å se på en modell der staten tar en større del av utviklingskostnadene"),
  S("indirect", "Jorunn Homme Tjomsland", "Åseral ikke har en eneste ansatt som jobber med digitalisering på heltid"),
  S("direct", "Jorunn Homme Tjomsland", "For en kommune som vår er det ikke snakk om å ligge foran. Vi må henge med. Da må det være enkelt å ta i bruk løsningene, og det må ikke koste mer for oss enn for de store"),
  S("indirect", "Karoline Bjerkreim", "departementet er kjent med problemstillingen og at regjeringen arbeider med en ny digitaliseringsstrategi for offentlig sektor"),
  S("direct", "Karoline Bjerkreim", "Dette er nyttige innspill. Jeg kan ikke love penger i dag, men jeg tar med meg forslaget om en tilskuddsordning inn i det videre arbeidet"),
  S("direct", "Kristian Fossdal", "Vi fikk presentert det vi ville, og vi ble møtt med interesse. Nå må vi holde trykket oppe"),
 ],
 [
  D("Lillesand kommune", None, "Ansatte må få være med fra starten", "forskning_innovasjon", True),
  D("Vennesla kommune", NET, "nettverket bør bruke mer tid på å dele ferdige maler for anskaffelser og avtaler", "forskning_innovasjon", False),
  D(NET, DD, "involvere kommunene allerede i behovsfasen når nye nasjonale løsninger skal utvikles", "e_helse", False),
  D(NET, DD, "lage bedre veiledning for små kommuner", "e_helse", False),
  D(KA, None, "Vi trenger en varig nasjonal finansiering av fellesløsninger, slik at kommunene ikke må ta hele regningen selv", "okonomi", True),
  D(KA, KDD, "se på en modell der staten tar en større del av utviklingskostnadene", "okonomi", True),
  D(KA, None, "Da må det være enkelt å ta i bruk løsningene", "e_helse", True),
  D(KA, None, "det må ikke koste mer for oss enn for de store", "okonomi", True),
  D(NET, None, "en egen tilskuddsordning for interkommunale digitaliseringsprosjekter, forvaltet av statsforvalteren", "okonomi", False),
  D(NET, None, "videreføre og øke skjønnsmidlene til fornying og innovasjon", "okonomi", False),
  D(NET, None, "gjøre det enklere for kommuner å dele data med hverandre innenfor personvernregelverket", "styring", False),
 ])
