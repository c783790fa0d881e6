import sys; sys.path.insert(0, __file__.rsplit('/specs/', 1)[0])
from goldlib import *

KUD = "Kultur- og likestillingsdepartementet"
EKB = "Eirin Kvåle Bjørkum"
HFD = "Håkon Frøysland Dahle"
write("u35b_07_kommune_frivilligheit_kulturminister_nn",
  meeting("konsultasjonsmote", D("26. november", None, 11, 26), KUD, [
    P(EKB, "ordførar", "Sogndal kommune"),
    P("Randi Skeie Nordgård", "styreleiar", "KS"),
    P(HFD, "kultur- og likestillingsminister", KUD),
    P("Mari Øyri Tangen", "statssekretær", KUD),
    P("Ragnhild Aas Moen", "generalsekretær", "Frivillighet Norge"),
  ], ["okonomi", "styring"]),
  [
    S("direct", EKB, "Eg vil starte med å seie at dette var eit godt møte. Statsråden var godt førebudd, og han var oppteken av at frivilligheita er limet i lokalsamfunna. Det er vi heilt samde i. Her i Sogndal har vi over 150 lag og organisasjonar, og utan dei hadde det ikkje vore fotballkampar, korpskonsertar eller besøksvener på sjukeheimen."),
    S("indirect", HFD, "frivilligheita er limet i lokalsamfunna"),
    S("indirect", EKB, "KS hadde tre hovudsaker med seg inn i møtet: momskompensasjonen til frivillige organisasjonar, finansieringa av frivilligsentralane og det ho kalla «rapporteringsbyråkratiet»"),
    S("direct", EKB, "Den første saka var momskompensasjonen. I dag får ikkje organisasjonane full kompensasjon for meirverdiavgifta dei betaler, og det rammar særleg dei små laga som byggjer klubbhus og kjøper utstyr. Eg sa til statsråden at momskompensasjonsordninga må bli regelstyrt og fullfinansiert, slik at laga veit kva dei får. Det er dette laga spør meg om når eg er ute og møter dei."),
    S("indirect", EKB, "Skeie Nordgård i møtet også bad departementet om å sjå på ei forenkling av søknadsprosessen for momskompensasjon for lag med små budsjett"),
    S("indirect", "Randi Skeie Nordgård", "sjå på ei forenkling av søknadsprosessen for momskompensasjon for lag med små budsjett"),
    S("indirect", EKB, "Sogndal ikkje har planar om det"),
    S("direct", EKB, "Men eg skjønar godt dei kommunane som står i ein vanskeleg situasjon. KS meiner at staten bør øyremerkje midlar til frivilligsentralane igjen i ein overgangsperiode, eller i det minste synleggjere tilskotet i inntektssystemet, slik at det blir lettare å forsvare det lokalt. Det er ein av dei få gongene KS faktisk ber om øyremerking"),
    S("indirect", "Ragnhild Aas Moen", "ein frivilligsentral kostar lite, men utløyser mykje dugnadsinnsats"),
    S("direct", EKB, "Vi har lag her i kommunen som brukar like mykje tid på å rapportere på eit tilskot på 20 000 kroner som dei brukar på sjølve aktiviteten. Det er ikkje rimeleg. Det må bli enklare å vere frivillig, og då må staten gå føre med eit godt døme"),
    S("indirect", HFD, "han deler bekymringa for byråkratiet, og at departementet arbeider med ein ny frivilligheitsstrategi der forenkling står sentralt"),
    S("indirect", HFD, "KS skal bli involvert i arbeidet"),
    S("indirect", "Per Olav Lunde", "ordføraren hadde teke opp situasjonen for idrettslaga, som slit med høge straumprisar i idrettshallane"),
    S("direct", EKB, "Det tok eg ikkje opp direkte i dette møtet, men eg tek det gjerne med meg vidare. Eg veit at KS har spelt dette inn til Energidepartementet tidlegare"),
    S("indirect", "Ingrid Sæle Hjelle", "kommunen sjølv kan gjere meir for å forenkle for laga"),
    S("indirect", "Ingrid Sæle Hjelle", "kommunen bør sjå på sine eigne tilskotsordningar først, før ein krev noko av staten"),
    S("direct", EKB, "Det er eit godt poeng, og eg er einig. Eg vil be kommunedirektøren om å gå gjennom dei kommunale tilskotsordningane våre og kome tilbake til kommunestyret med forslag til forenklingar før sommaren"),
    S("indirect", EKB, "ho ventar at regjeringa legg fram den nye frivilligheitsstrategien i løpet av våren, og at KS vil følgje opp saka i dei faste konsultasjonsmøta"),
    S("direct", EKB, "Frivilligheita treng ikkje store ord. Det var bodskapen vår, og den vil eg halde fram med å bere med meg"),
  ],
  [
    DM("KS", KUD, "momskompensasjonsordninga må bli regelstyrt og fullfinansiert, slik at laga veit kva dei får", "okonomi", True),
    DM("KS", KUD, "sjå på ei forenkling av søknadsprosessen for momskompensasjon for lag med små budsjett", "styring", False),
    DM("KS", "staten", "staten bør øyremerkje midlar til frivilligsentralane igjen i ein overgangsperiode", "okonomi", True),
    DM("KS", "staten", "synleggjere tilskotet i inntektssystemet, slik at det blir lettare å forsvare det lokalt", "okonomi", True),
    DM("KS", None, "Det må bli enklare å vere frivillig", "styring", True),
    DM("KS", "staten", "må staten gå føre med eit godt døme", "styring", True),
    DM("Høgre", "Sogndal kommune", "kommunen bør sjå på sine eigne tilskotsordningar først, før ein krev noko av staten", "styring", False),
    DM("Sogndal kommune", "kommunedirektøren", "gå gjennom dei kommunale tilskotsordningane våre og kome tilbake til kommunestyret med forslag til forenklingar før sommaren", "styring", True),
    DM("KS", "regjeringen", "regjeringa legg fram den nye frivilligheitsstrategien i løpet av våren", "styring", False),
  ])
