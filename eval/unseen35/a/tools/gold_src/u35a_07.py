from _lib import *
NFD = "Nærings- og fiskeridepartementet"
KV = "KS Vestland"
T = "Ingvild Hamre Tveit"
L = "Arne Sæbø Lien"
write("u35a_07_npk_havbruksskatt_nn",
 M("annet", ("Onsdag", None, None, None), NFD, [
   P("Petter Bø Sandvik", "statssekretær", NFD),
   P(T, "fylkesleiar", KV),
   P(L, "ordførar", "Bømlo"),
   P("Kjersti Myklebust", "regiondirektør", KV),
   P("Trond Vedvik", "ordførar", "Kinn"),
 ], ["okonomi", "styring"]),
 [
  S("direct", T, "Vi gav frå oss areal i sjøen i god tru. No opplever vi at staten tek ein stadig større del av verdiskapinga, medan kommunane sit att med kostnadene. Det heng ikkje på greip"),
  S("indirect", T, "kommunane som legg til rette for havbruk, må få ein fast og føreseieleg del av grunnrenteinntektene"),
  S("direct", T, "Det er ikkje nok med lovnader om at det skal bli betre neste år. Vi krev at ein vesentleg del av grunnrenteskatten blir ført tilbake til vertskommunane gjennom Havbruksfondet, og at fordelinga blir lovfesta"),
  S("indirect", L, "Bømlo har fått redusert inntektene frå fondet med over 60 prosent på to år"),
  S("indirect", L, "å innføre ei overgangsordning for kommunane som har tapt mest, og å sjå på om produksjonsavgifta kan aukast og gå direkte til kommunane"),
  S("indirect", "Petter Bø Sandvik", "regjeringa er oppteken av at kommunane skal ha ein rettferdig del av verdiskapinga, men at det er for tidleg å endre ordninga før ein har sett verknadene over fleire år"),
  S("direct", "Petter Bø Sandvik", "Vi har forståing for at dette er krevjande for mange kommunar. Samstundes er det viktig at vi ikkje gjer nye endringar før vi har eit godt kunnskapsgrunnlag. Vi kjem til å følgje utviklinga tett"),
  S("direct", T, "Dei sa mykje fint, men vi fekk ingen konkrete svar. Vi har venta i to år allereie. Kommunane kan ikkje planleggje med pengar som kanskje kjem og kanskje ikkje kjem"),
  S("indirect", T, "fleire av kommunane i fylket har sett investeringar på vent"),
  S("direct", T, "I Austevoll hadde vi planlagt ny kai og utbetring av ein fylkesveg saman med fylkeskommunen. Det er lagt på is. Vi veit rett og slett ikkje kva vi får. Staten må kome på banen før neste budsjettår, elles blir det ikkje bygd noko som helst langs kysten her"),
  S("indirect", T, "kommunane må få vere med når gjennomgangen av Havbruksfondet skal gjerast"),
  S("direct", T, "Det er vi som kjenner kvardagen langs kysten, og det er vi som ser kva pengane har betydd. Eg har bede om at KS får ein plass i arbeidsgruppa"),
  S("indirect", L, "han er einig"),
  S("direct", L, "Vi er ikkje imot at næringa skal betale skatt. Men det er eit spørsmål om rettferd at lokalsamfunna som gjer det mogleg, får noko att. Slik det er no, får vi nesten ingenting"),
  S("indirect", "Trond Vedvik", "han er uroa for at motstanden mot nye konsesjonar vil auke i kommunane dersom inntektene ikkje kjem att"),
  S("direct", "Trond Vedvik", "Dersom vertskommunane ikkje ser noko igjen for å gje frå seg sjøareal, vil det bli vanskelegare å seie ja til ny vekst. Det bør regjeringa ta på alvor"),
 ],
 [
  D(KV, None, "kommunane som legg til rette for havbruk, må få ein fast og føreseieleg del av grunnrenteinntektene", "okonomi", False),
  D(KV, None, "ein vesentleg del av grunnrenteskatten blir ført tilbake til vertskommunane gjennom Havbruksfondet", "okonomi", True),
  D(KV, None, "fordelinga blir lovfesta", "styring", True),
  D(KV, NFD, "innføre ei overgangsordning for kommunane som har tapt mest", "okonomi", False),
  D(KV, NFD, "sjå på om produksjonsavgifta kan aukast og gå direkte til kommunane", "okonomi", False),
  D(KV, "staten", "Staten må kome på banen før neste budsjettår", "okonomi", True),
  D(KV, None, "kommunane må få vere med når gjennomgangen av Havbruksfondet skal gjerast", "styring", False),
  D(KV, None, "KS får ein plass i arbeidsgruppa", "styring", True),
  D(KV, "regjeringen", "Det bør regjeringa ta på alvor", "okonomi", True),
  D("KS", None, "kommunane må få ein større del av grunnrenteskatten", "okonomi", False),
 ])
