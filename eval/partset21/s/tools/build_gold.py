#!/usr/bin/env python3
"""Write the gold files of set p21s from the hand annotations below.

Every gold file has "statements": [] and "demands": [] on purpose: this set
tests only the meeting (type, date, counterpart, participants, topics).
"""
import json
from pathlib import Path

HOD = "Helse- og omsorgsdepartementet"
KDD = "Kommunal- og distriktsdepartementet"
AID = "Arbeids- og inkluderingsdepartementet"
FIN = "Finansdepartementet"
KD = "Kunnskapsdepartementet"


def p(name, role, org):
    return {"name": name, "role": role, "organisation": org}


def d(text=None, year=None, month=None, day=None):
    return {"text": text, "year": year, "month": month, "day": day}


def m(mtype, date, counterpart, participants, topics):
    return {"meeting_type": mtype, "date": date, "counterpart": counterpart,
            "participants": participants, "topics": topics}


GOLD = {
    "p21s_01_ks_fastlege_bildetekst": m(
        "konsultasjonsmote", d("torsdag 6. februar", None, 2, 6), HOD,
        [p("Eirik Vågsholm", "statssekretær", HOD),
         p("Tone Kvalheim Bratli", "helse- og omsorgsminister", HOD),
         p("Arve Solstad", "styreleder", "KS"),
         p("Hanne Mørch Løvås", "nestleder", "KS"),
         p("Rune Tveitan", "hovedstyremedlem", "KS")],
        ["allmennlege", "personell", "okonomi"]),
    "p21s_02_lokalavis_kvinnherad_fv_nn": m(
        "annet", d("måndag"), KDD,
        [p("Lars Inge Tvedt", "fylkesstyreleiar", "KS Vestland"),
         p("Marte Skeie Hovland", "ordførar", "Kvinnherad kommune"),
         p("Jon Arne Fløysvik", "statssekretær", KDD),
         p("Berit Nesse", "rådgjevar", "KS Vestland")],
        ["bpa", "okonomi"]),
    "p21s_03_regjeringen_digitalisering_radgivere": m(
        "konsultasjonsmote", d("tirsdag 2. april", None, 4, 2), HOD,
        [p("Vibeke Sandmo Holt", "helse- og omsorgsminister", HOD),
         p("Henrik Aasland", "politisk rådgiver", HOD),
         p("Mari Kristine Fossum", "politisk rådgiver", HOD),
         p("Arve Solstad", "styreleder", "KS"),
         p("Trine Melbø Kaasa", "administrerende direktør", "KS")],
        ["e_helse", "samhandling", "omsorg", "okonomi"]),
    "p21s_04_ks_flyktninger_kontakt": m(
        "konsultasjonsmote", d("19. november", None, 11, 19), AID,
        [p("Kjetil Rambøl Aune", "arbeids- og inkluderingsminister", AID),
         p("Hanne Mørch Løvås", "nestleder", "KS"),
         p("Siv Elin Hansvoll", "hovedstyremedlem", "KS")],
        ["flyktninger", "allmennlege", "psykisk_helse_rus", "okonomi"]),
    "p21s_05_npk_konsultasjon_avlyst_nn": None,
    "p21s_06_ks_to_statsrader_samme_dag": m(
        "konsultasjonsmote", d("Tirsdag 14. januar", None, 1, 14), HOD,
        [p("Tone Kvalheim Bratli", "helse- og omsorgsminister", HOD),
         p("Arve Solstad", "styreleder", "KS"),
         p("Per Gunnar Ødegård", "fylkesstyreleder", "KS Innlandet"),
         p("Eirik Vågsholm", "statssekretær", HOD)],
        ["omsorg", "okonomi"]),
    "p21s_07_ks_vestland_stortinget_nn": m(
        "annet", d("onsdag 12. mars", None, 3, 12), "Stortinget",
        [p("Kristine Lygre Hamre", "fylkesstyreleiar", "KS Vestland"),
         p("Øystein Brakstad", "nestleiar", "KS Vestland"),
         p("Aud Helen Teigland", "styremedlem", "KS Vestland"),
         p("Jostein Aarvik", "regiondirektør", "KS Vestland"),
         p("Einar Roaldset", "leiar", "kommunal- og forvaltningskomiteen"),
         p("Silje Myklebust", "komitémedlem", "kommunal- og forvaltningskomiteen"),
         p("Kåre Haugsvær", "komitémedlem", "kommunal- og forvaltningskomiteen")],
        ["okonomi", "personell"]),
    "p21s_08_stryn_denne_veka_nn": m(
        "konsultasjonsmote", d("tysdag denne veka"), HOD,
        [p("Eirik Nesdal Loen", "ordførar", "Stryn kommune"),
         p("Torgeir Vassbotn", "helse- og omsorgsminister", HOD),
         p("Ragnhild Opsal Brekke", "styreleiar", "KS"),
         p("Arnt Ove Skjelvik", "direktør for helse og velferd", "KS"),
         p("Linn Marie Furuseth", "statssekretær", HOD)],
        ["allmennlege", "personell", "omsorg"]),
    "p21s_09_kalender_iso_dato": m(
        "konsultasjonsmote", d("2025-03-04", 2025, 3, 4), HOD,
        [p("Tone Kvalheim Bratli", "helse- og omsorgsminister", HOD),
         p("Arve Solstad", "styreleder", "KS"),
         p("Margit Hals Strøm", "fylkesstyreleder", "KS Nordland"),
         p("Trine Melbø Kaasa", "direktør", "KS"),
         p("Eirik Vågsholm", "statssekretær", HOD)],
        ["allmennlege", "samhandling", "okonomi"]),
    "p21s_10_kdd_leiinga_i_ks_nn": m(
        "konsultasjonsmote", d("fredag 6. september", None, 9, 6), KDD,
        [p("Sigurd Heggem Nyland", "kommunal- og distriktsminister", KDD),
         p("Arve Solstad", "styreleiar", "KS"),
         p("Hanne Mørch Løvås", "første nestleiar", "KS"),
         p("Trine Melbø Kaasa", "administrerande direktør", "KS"),
         p("Anne Grete Mathiesen", "statssekretær", KDD),
         p("Ruth Eide Bjørgum", "ekspedisjonssjef", KDD)],
        ["okonomi", "styring", "bpa"]),
    "p21s_11_lokalavis_alta_ordforer": m(
        "annet", d("i går"), HOD,
        [p("Bjørnar Skjævik Isaksen", "fylkesstyreleder", "KS Troms og Finnmark"),
         p("Sissel Lyngmo", "regiondirektør", "KS Troms og Finnmark"),
         p("Mona Heitmann Rapp", "ordfører", "Alta kommune"),
         p("Tone Kvalheim Bratli", "helse- og omsorgsminister", HOD),
         p("Eirik Vågsholm", "statssekretær", HOD)],
        ["allmennlege", "personell", "samhandling"]),
    "p21s_12_direktorat_departement_legevakt_nn": m(
        "annet", d("måndag 21. oktober 2024", 2024, 10, 21), HOD,
        [p("Linn Marie Furuseth", "statssekretær", HOD),
         p("Gaute Rønneberg", "avdelingsdirektør", HOD),
         p("Hilde Strand Aakre", "direktør", "Helsedirektoratet"),
         p("Knut Ove Seim", "divisjonsdirektør", "Helsedirektoratet"),
         p("Ingvild Rusten Haga", "nestleiar", "KS"),
         p("Arnt Ove Skjelvik", "direktør for helse og velferd", "KS")],
        ["allmennlege", "personell", "styring"]),
    "p21s_13_sogndal_forhindra_helsing_nn": m(
        "foredrag", d("torsdag 23. januar", None, 1, 23), HOD,
        [p("Linn Marie Furuseth", "statssekretær", HOD),
         p("Kristine Lygre Hamre", "fylkesstyreleiar", "KS Vestland")],
        ["samhandling", "e_helse"]),
    "p21s_14_referat_statsforvalter_innlandet": m(
        "annet", d("18.09.2024", 2024, 9, 18), "Statsforvalteren i Innlandet",
        [p("Per Gunnar Ødegård", "fylkesstyreleder", "KS Innlandet"),
         p("Aslaug Kvisler Bøe", "nestleder", "KS Innlandet"),
         p("Terje Moland", "regiondirektør", "KS Innlandet"),
         p("Jorunn Flesland Tveit", "statsforvalter", "Statsforvalteren i Innlandet"),
         p("Halvor Skurdal", "assisterende statsforvalter", "Statsforvalteren i Innlandet"),
         p("Kari Mette Opheim", "helsedirektør", "Statsforvalteren i Innlandet")],
        ["psykisk_helse_rus", "personell", "samhandling"]),
    "p21s_15_facebook_bpa_mote": m(
        "konsultasjonsmote", d("i dag"), HOD,
        [p("Tone Kvalheim Bratli", "helse- og omsorgsminister", HOD),
         p("Arve Solstad", "styreleder", "KS"),
         p("Hanne Mørch Løvås", "nestleder", "KS"),
         p("Rune Tveitan", "hovedstyremedlem", "KS")],
        ["bpa", "okonomi", "styring"]),
    "p21s_16_presseinvitasjon_signering": m(
        "annet", d("torsdag 28. november", None, 11, 28), HOD,
        [p("Vibeke Sandmo Holt", "helse- og omsorgsminister", HOD),
         p("Arve Solstad", "styreleder", "KS"),
         p("Eirik Vågsholm", "statssekretær", HOD),
         p("Gaute Rønneberg", "avdelingsdirektør", HOD)],
        ["allmennlege", "personell", "okonomi"]),
    "p21s_17_npk_plenumsmote_nn": m(
        "konsultasjonsmote", d("måndag 13. mai", None, 5, 13), "regjeringen",
        [p("Halvard Strømsnes", "finansminister", FIN),
         p("Sigurd Heggem Nyland", "kommunal- og distriktsminister", KDD),
         p("Torgeir Vassbotn", "helse- og omsorgsminister", HOD),
         p("Ingrid Ulvestad", "statssekretær", KD),
         p("Ragnhild Opsal Brekke", "styreleiar", "KS"),
         p("Hanne Mørch Løvås", "første nestleiar", "KS"),
         p("Bård Hestnes", "andre nestleiar", "KS")],
        ["okonomi", "omsorg"]),
    "p21s_18_lillehammer_frokostmote": m(
        "lansering", d("Onsdag 9. oktober", None, 10, 9), HOD,
        [p("Grethe Haugseth Moen", "kommunedirektør", "Lillehammer kommune"),
         p("Arnt Ove Skjelvik", "områdedirektør for helse og velferd", "KS"),
         p("Eirik Vågsholm", "statssekretær", HOD),
         p("Britt Anita Kolstad", "leder", "Fagforbundet"),
         p("Per Arne Nymoen", "journalist", None)],
        ["omsorg", "e_helse", "forskning_innovasjon"]),
    "p21s_19_nyheitsbrev_more_og_romsdal_nn": m(
        "annet", d("27. august", None, 8, 27), KDD,
        [p("Anne Grete Mathiesen", "statssekretær", KDD),
         p("Randi Bjørkavåg Hoel", "fylkesstyreleiar", "KS Møre og Romsdal"),
         p("Oddbjørn Vatne", "nestleiar", "KS Møre og Romsdal"),
         p("Sunniva Hjelmeseth", "styremedlem", "KS Møre og Romsdal"),
         p("Arild Fiksdal", "styremedlem", "KS Møre og Romsdal"),
         p("Målfrid Stette Aure", "regiondirektør", "KS Møre og Romsdal"),
         p("Eldar Sylte", "rådgjevar", "KS Møre og Romsdal")],
        ["okonomi", "bpa", "styring", "personell"]),
    "p21s_20_foredrag_fastlegekonferansen_nn": m(
        "foredrag", d("fredag 29. november", None, 11, 29), None,
        [p("Ragnhild Opsal Brekke", "styreleiar", "KS")],
        ["allmennlege", "okonomi", "e_helse", "personell"]),
}


def main():
    out = Path(__file__).resolve().parent.parent / "gold"
    out.mkdir(exist_ok=True)
    for stem, meeting in GOLD.items():
        doc = {"doc": stem, "meeting": meeting, "statements": [], "demands": []}
        (out / f"{stem}.json").write_text(json.dumps(doc, ensure_ascii=False, indent=2) + "\n", encoding="utf-8")
    print(f"wrote {len(GOLD)} gold files to {out}")


if __name__ == "__main__":
    main()
