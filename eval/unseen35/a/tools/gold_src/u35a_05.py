from _lib import *
KLD = "Klima- og miljødepartementet"
MO = "Tarjei Mølstad"
write("u35a_05_kronikk_klima_ks",
 M("konsultasjonsmote", ("Tirsdag 22. oktober", None, 10, 22), KLD, [
   P("Ragnhild Aune", "nestleder", "KS"),
   P("Jon Erik Storbekk", "fylkesordfører", "Troms"),
   P(MO, "klima- og miljøminister", KLD),
 ], ["okonomi", "styring"]),
 [
  S("indirect", MO, "han er opptatt av at tilskuddsordningene skal gi mest mulig klimaeffekt for pengene"),
  S("direct", MO, "Kommunene er helt avgjørende for at vi skal nå klimamålene, og jeg vil ha en tett dialog med KS om hvordan vi innretter virkemidlene"),
  S("indirect", MO, "han vil komme tilbake til saken i forbindelse med oppfølgingen av klimatilpasningsmeldingen"),
 ],
 [
  D("KS", "regjeringen", "øke bevilgningen til Klimasats til minst 300 millioner kroner i neste års budsjett", "okonomi", False),
  D("KS", None, "ordningen gjøres flerårig, slik at kommunene kan planlegge prosjekter som strekker seg over mer enn ett budsjettår", "okonomi", False),
  D("KS", "staten", "må staten også anerkjenne at mange av de viktigste tiltakene i kommunene, som omlegging av kollektivtrafikk, lading i distriktene og energieffektivisering av gamle skolebygg, tar tid og har en høy startkostnad", "okonomi", False),
  D("KS", "regjeringen", "regjeringen lager regler som tar hensyn til at landet er ulikt", "styring", False),
  D("KS", "regjeringen", "kommunene får en reell mulighet til å veie naturhensyn mot andre samfunnshensyn", "styring", False),
  D("KS", "regjeringen", "konsultere KS før den legger fram nye statlige planretningslinjer for arealbruk", "styring", False),
  D("KS", None, "Det er også behov for et bedre kunnskapsgrunnlag", "styring", False),
  D("KS", "staten", "staten bør finansiere kartlegging av natur i de kommunene som ikke har råd til å gjøre det selv", "okonomi", False),
  D("KS", None, "Kommunene trenger en egen statlig tilskuddsordning for klimatilpasning, på linje med det som finnes for skredsikring av fylkesveier", "okonomi", False),
  D("KS", KLD, "departementet setter ned et partssammensatt utvalg som skal se på finansieringen av klimatilpasning i kommunesektoren", "okonomi", False),
  D("KS", "kommunene", "Kommunene må bli flinkere til å bruke innkjøpsmakten sin", "styring", False),
  D("KS", "kommunene", "vi må dele erfaringer på tvers av kommunegrensene", "forskning_innovasjon", False),
  D("KS", None, "samarbeidet mellom stat og kommune må være likeverdig", "styring", False),
  D("KS", "staten", "må den også sørge for at kommunene har verktøyene og økonomien til å nå dem", "okonomi", False),
  D("KS", None, "handling i budsjettet", "okonomi", False),
 ])
