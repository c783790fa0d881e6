HOD = "Helse- og omsorgsdepartementet"
KM = "KS Møre og Romsdal"
HA = "Hilde Strøm Aakre"
MEETING = None
STATEMENTS = [
    ("direct", "Ingrid Falck-Hansen", "fastlegekrisa er over, og no handlar det om å byggje vidare"),
    ("indirect", HA, "arbeidsbelastninga framleis er for høg"),
    ("indirect", HA, "gjennomsnittleg listelengd må ned mot 800 pasientar dersom ordninga skal vere attraktiv for nye legar"),
]
DEMANDS = [
    (KM, "staten", "må staten ta eit større ansvar for legevakta i distrikta", "allmennlege", False),
    (KM, "regjeringen", "Regjeringa bør difor greie ut ei statleg finansiert legevaktordning for dei mest spreiddbygde områda, der kommunane framleis har ansvaret for drifta", "allmennlege", False),
    (KM, None, "ALIS-tilskotet må vere føreseieleg over fleire år, slik at kommunane kan planleggje og lyse ut stillingar med visse om at finansieringa er på plass også om tre år", "okonomi", False),
    (KM, "staten", "staten tek sin del av den rekninga", "okonomi", False),
    ("Allmennlegeforeningen", None, "gjennomsnittleg listelengd må ned mot 800 pasientar dersom ordninga skal vere attraktiv for nye legar", "allmennlege", False),
    (KM, HOD, "statsråden lyttar til kommunane når den nye handlingsplanen for allmennlegetenesta skal utformast", "allmennlege", False),
    (KM, HOD, "planen får ei eiga satsing på distrikta", "allmennlege", False),
]
