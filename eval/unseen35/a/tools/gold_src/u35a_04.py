from _lib import *
HOD = "Helse- og omsorgsdepartementet"
HK = "Hyllestad kommune"
KV = "KS Vestland"
write("u35a_04_radio_helseminister_hyllestad_nn",
 M("annet", ("torsdag", None, None, None), HOD, [
   P("Einar Lysne", "helse- og omsorgsminister", HOD),
   P("Randi Solheim Kvåle", "ordførar", HK),
   P("Håkon Brekke", "nestleiar", KV),
   P("Linn Therese Hope", "kommunalsjef for helse og omsorg", HK),
 ], ["allmennlege", "okonomi", "personell", "omsorg"]),
 [
  S("indirect", "Randi Solheim Kvåle", "meir pengar til legevakt i distrikta"),
  S("direct", "Randi Solheim Kvåle", "Vi har hatt tre fastlegar på fire år. Kvar gong nokon sluttar, byrjar vi på nytt med rekruttering, innleige og vikarbyrå, og det kostar oss fleire millionar i året. Det er pengar vi skulle ha brukt på skulen og på eldreomsorga"),
  S("indirect", "Randi Solheim Kvåle", "Hyllestad er ein av kommunane i fylket med lengst avstand til næraste sjukehus, og at legevaktsamarbeidet med nabokommunane er sårbart når éin lege fell ut"),
  S("direct", "Randi Solheim Kvåle", "Vi treng ei ordning der staten tek ein større del av rekninga for legevakt i kommunar med lang reiseveg. Det er ikkje rettferdig at innbyggjarane her skal betale meir for same tryggleiken som folk i byane har"),
  S("indirect", "Håkon Brekke", "fleire kommunar i fylket har same problem"),
  S("direct", "Håkon Brekke", "Dette er ikkje eit Hyllestad-problem. Vi ser det same frå Solund til Ulvik. KS meiner basistilskotet for fastlegar i distriktskommunar må aukast vesentleg, og at staten bør finansiere fleire ALIS-stillingar i dei kommunane som slit mest med å rekruttere"),
  S("indirect", "Håkon Brekke", "sjå på ordninga med legevakttilskot, slik at små kommunar kan få dekt ein større del av utgiftene til bakvakt"),
  S("direct", "Linn Therese Hope", "Vi har flinke folk, men vi er for få. Vi har ikkje fått ein einaste søkjar på den siste utlyste sjukepleiarstillinga"),
  S("indirect", "Einar Lysne", "han kjenner att skildringa frå mange distriktskommunar, og at regjeringa arbeider med ein plan for allmennlegetenesta som skal leggjast fram i vår"),
  S("indirect", "Einar Lysne", "han ikkje ventar raske løysingar"),
  S("direct", "Einar Lysne", "Vi kjem ikkje til å løyse legemangelen med eitt grep. Det tek tid å utdanne legar, og det tek tid å få dei til å bli verande. Men eg er oppteken av at distrikta ikkje skal hamne bakarst i køen"),
  S("direct", "Einar Lysne", "Eg har fått med meg mykje i dag, og eg tek det med heim til departementet"),
  S("direct", "Olav Hjelmeland", "Det er fint at han kjem hit, men vi har høyrt fine ord før. Det er ikkje ord vi treng, det er legar"),
  S("indirect", "Grete Nesse", "mange av dei eldre kundane hennar er uroa"),
  S("direct", "Grete Nesse", "Folk snakkar om det heile tida. Kven ringjer ein når det skjer noko på natta? Det er det folk lurer på"),
  S("direct", "Arnfinn Rysjedal", "Vi har skrive det ned slik at han ikkje kan gløyme det"),
  S("direct", "Randi Solheim Kvåle", "Det er noko anna å sjå det med eigne auge enn å lese det i ein rapport. No forventar vi at han tek med seg dette når budsjettet skal lagast"),
 ],
 [
  D(HK, None, "meir pengar til legevakt i distrikta", "okonomi", False),
  D(HK, "staten", "Vi treng ei ordning der staten tek ein større del av rekninga for legevakt i kommunar med lang reiseveg", "okonomi", True),
  D("KS", None, "basistilskotet for fastlegar i distriktskommunar må aukast vesentleg", "okonomi", True),
  D("KS", "staten", "staten bør finansiere fleire ALIS-stillingar i dei kommunane som slit mest med å rekruttere", "personell", True),
  D(KV, HOD, "sjå på ordninga med legevakttilskot, slik at små kommunar kan få dekt ein større del av utgiftene til bakvakt", "okonomi", False),
  D("Hyllestad pensjonistlag", "regjeringen", "sikre at det er lege i vakt innan ein time frå alle bygdene i kommunen", "allmennlege", False),
  D(HK, HOD, "No forventar vi at han tek med seg dette når budsjettet skal lagast", "okonomi", True),
 ])
