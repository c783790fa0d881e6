#!/usr/bin/env python3
"""Writes gold/*.json from the hand annotations below (one place to edit).

Every gold file has empty "statements" and "demands" on purpose: this part set
tests only the meeting layer (type, date, counterpart, participants, topics).
"""
import json
from pathlib import Path

HOD = "Helse- og omsorgsdepartementet"
KDD = "Kommunal- og distriktsdepartementet"


def d(text=None, year=None, month=None, day=None):
    return {"text": text, "year": year, "month": month, "day": day}


def p(name, role, org):
    return {"name": name, "role": role, "organisation": org}


MEETINGS = {
    "p16y_01_ks_konsultasjon_legevakt": {
        "meeting_type": "konsultasjonsmote",
        "date": d("torsdag 7. november", None, 11, 7),
        "counterpart": HOD,
        "participants": [
            p("Ragnhild Aasen Myklebust", "styreleder", "KS"),
            p("Eivind Sørli", "nestleder", "KS"),
            p("Tor Inge Haugland", "helse- og omsorgsminister", HOD),
            p("Mariann Solstad", "statssekretær", HOD),
        ],
        "topics": ["allmennlege", "omsorg", "okonomi"],
    },
    "p16y_02_regjeringen_bilateralt_kdd_nn": {
        "meeting_type": "konsultasjonsmote",
        "date": d("15. oktober 2024", 2024, 10, 15),
        "counterpart": KDD,
        "participants": [
            p("Solveig Ekrheim Lunde", "kommunal- og distriktsminister", KDD),
            p("Aslak Brende", "statssekretær", KDD),
            p("Ragnhild Aasen Myklebust", "styreleiar", "KS"),
            p("Eivind Sørli", "nestleiar", "KS"),
            p("Turid Hovland Eik", "styremedlem", "KS"),
            p("Hanne Lothe", "områdedirektør", "KS"),
        ],
        "topics": ["styring", "okonomi"],
    },
    "p16y_03_lokalavis_ordforer_video": {
        "meeting_type": "annet",
        "date": d("i går"),
        "counterpart": HOD,
        "participants": [
            p("Vigdis Aune Strand", "ordfører", "Hattfjelldal kommune"),
            p("Henrik Aaslund", "statssekretær", HOD),
            p("Bjørnar Kvalnes", "fylkesstyreleder", "KS Nordland"),
            p("Marte Haugseth", "ordfører", "Vefsn kommune"),
            p("Arnt Ove Lien", "ordfører", "Grane kommune"),
        ],
        "topics": ["personell", "allmennlege"],
    },
    "p16y_04_npk_legevakt_nn": {
        "meeting_type": "konsultasjonsmote",
        "date": d("tysdag"),
        "counterpart": HOD,
        "participants": [
            p("Eivind Sørli", "nestleiar", "KS"),
            p("Tor Inge Haugland", "helse- og omsorgsminister", HOD),
            p("Mariann Solstad", "statssekretær", HOD),
        ],
        "topics": ["allmennlege", "psykisk_helse_rus"],
    },
    "p16y_05_fagforbundet_frokostmote": {
        "meeting_type": "lansering",
        "date": d("onsdag 22. januar", None, 1, 22),
        "counterpart": HOD,
        "participants": [
            p("Henrik Aaslund", "statssekretær", HOD),
            p("Hilde Engen Tvedt", "nestleder", "Fagforbundet"),
            p("Lars Ove Nyhus", "direktør for arbeidsgiverpolitikk", "KS"),
            p("Kari Anne Solheim", "hovedtillitsvalgt", "Bodø kommune"),
            p("Camilla Reitan", "journalist", None),
        ],
        "topics": ["personell"],
    },
    "p16y_06_nyhetsbrev_ks_agder_benken_nn": {
        "meeting_type": "annet",
        "date": d("førre veke"),
        "counterpart": None,
        "participants": [
            p("Odd Harald Tønnessen", "fylkesstyreleiar", "KS Agder"),
            p("Ingvild Tofte Skaar", "stortingsrepresentant", "H"),
            p("Ronny Kvåle", "stortingsrepresentant", "Ap"),
            p("Anette Birkeland", "stortingsrepresentant", "Sp"),
            p("Line Omdal Sletta", "nestleiar", "KS Agder"),
            p("Svein Arne Grødem", "ordførar", "Lindesnes kommune"),
        ],
        "topics": ["okonomi", "bpa"],
    },
    "p16y_07_referat_fylkesstyre_mr": {
        "meeting_type": "annet",
        "date": d("12.03.2025", 2025, 3, 12),
        "counterpart": HOD,
        "participants": [
            p("Anne Grete Rødahl", "fylkesstyreleder", "KS Møre og Romsdal"),
            p("Per Inge Vestad", "nestleder", "KS Møre og Romsdal"),
            p("Siv Hallaråker", None, "KS Møre og Romsdal"),
            p("Jon Tore Eidsvik", "vara", "KS Møre og Romsdal"),
            p("Kjell Magne Årseth", None, "KS Møre og Romsdal"),
            p("Tone Wiik Aarflot", "rådgiver", "KS Møre og Romsdal"),
            p("Mariann Solstad", "statssekretær", HOD),
        ],
        "topics": ["allmennlege", "personell"],
    },
    "p16y_08_facebook_helseministeren_stryn_nn": {
        "meeting_type": "annet",
        "date": d("måndag"),
        "counterpart": HOD,
        "participants": [
            p("Nils Inge Tenden", "ordførar", "Stryn kommune"),
            p("Tor Inge Haugland", "helse- og omsorgsminister", HOD),
            p("Randi Skåden", "kommunedirektør", "Stryn kommune"),
            p("Hege Flo", "einingsleiar", "Stryn kommune"),
            p("Jon Askeland Heggheim", "leiar", "KS Vestland"),
        ],
        "topics": ["omsorg", "allmennlege"],
    },
    "p16y_09_ks_pressemelding_rapport": None,
    "p16y_10_kalender_dialogmote_vestland_nn": None,
    "p16y_11_ks_digitalisering_dfd": {
        "meeting_type": "konsultasjonsmote",
        "date": d("mandag 2. desember", None, 12, 2),
        "counterpart": "Digitaliserings- og forvaltningsdepartementet",
        "participants": [
            p("Eline Brattås Fjeld", "digitaliseringsminister", "Digitaliserings- og forvaltningsdepartementet"),
            p("Ragnhild Aasen Myklebust", "styreleder", "KS"),
            p("Karianne Strøm Nilsen", "styremedlem", "KS"),
            p("Håkon Tveit", "direktør", "KS"),
            p("Simen Lykke Ask", "politisk rådgiver", "Digitaliserings- og forvaltningsdepartementet"),
        ],
        "topics": ["e_helse", "okonomi"],
    },
    "p16y_12_lokalavis_volda_velferdsteknologi_nn": {
        "meeting_type": "annet",
        "date": d("i går"),
        "counterpart": HOD,
        "participants": [
            p("Henrik Aaslund", "statssekretær", HOD),
            p("Siri Rusten Moldskred", "ordførar", "Volda kommune"),
            p("Per Olav Bjørdal", "kommunedirektør", "Volda kommune"),
            p("Ragna Hovden", "avdelingsleiar", "Volda kommune"),
            p("Anne Grete Rødahl", "leiar", "KS Møre og Romsdal"),
        ],
        "topics": ["e_helse", "okonomi", "personell"],
    },
    "p16y_13_ntb_plenum_budsjett": {
        "meeting_type": "konsultasjonsmote",
        "date": d("onsdag"),
        "counterpart": "regjeringen",
        "participants": [
            p("Ingrid Dahle Voll", "finansminister", "Finansdepartementet"),
            p("Solveig Ekrheim Lunde", "kommunal- og distriktsminister", KDD),
            p("Tor Inge Haugland", "helse- og omsorgsminister", HOD),
            p("Jonas Hval", "statssekretær", "Kunnskapsdepartementet"),
            p("Ragnhild Aasen Myklebust", "styreleder", "KS"),
            p("Eivind Sørli", "nestleder", "KS"),
            p("Berit Skjølberg", "administrerende direktør", "KS"),
        ],
        "topics": ["okonomi", "bpa", "omsorg"],
    },
    "p16y_14_nsf_trepartsmote_nn": {
        "meeting_type": "annet",
        "date": d("fredag 14. februar", None, 2, 14),
        "counterpart": HOD,
        "participants": [
            p("Tone Mørkved Lied", "forbundsleiar", "Norsk Sykepleierforbund"),
            p("Bjørn Vegard Strand", "nestleiar", "Norsk Sykepleierforbund"),
            p("Eivind Sørli", "nestleiar", "KS"),
            p("Mariann Solstad", "statssekretær", HOD),
        ],
        "topics": ["personell"],
    },
    "p16y_15_ks_lansering_fastlegerapport": {
        "meeting_type": "lansering",
        "date": d("tirsdag 11. mars", None, 3, 11),
        "counterpart": HOD,
        "participants": [
            p("Tor Inge Haugland", "helse- og omsorgsminister", HOD),
            p("Mari Helland Vik", "prosjektleder", "Oslo Economics"),
            p("Eivind Sørli", "nestleder", "KS"),
            p("Sunniva Rygh", "leder", "Norsk forening for allmennmedisin"),
            p("Øyvind Helle", "kommunikasjonsdirektør", "KS"),
        ],
        "topics": ["allmennlege", "okonomi"],
    },
    "p16y_16_helsekonferansen_foredrag_nn": {
        "meeting_type": "foredrag",
        "date": d("torsdag"),
        "counterpart": None,
        "participants": [
            p("Jon Askeland Heggheim", "fylkesstyreleiar", "KS Vestland"),
            p("Margunn Tveit Aase", "administrerande direktør", "Helse Førde"),
        ],
        "topics": ["samhandling", "personell"],
    },
    "p16y_17_ks_nyhetsbrev_barnevern_bfd": {
        "meeting_type": "konsultasjonsmote",
        "date": d("i forrige uke"),
        "counterpart": "Barne- og familiedepartementet",
        "participants": [
            p("Hedda Sunde Morken", "barne- og familieminister", "Barne- og familiedepartementet"),
            p("Erlend Tvedt", "statssekretær", "Barne- og familiedepartementet"),
            p("Ragnhild Aasen Myklebust", "styreleder", "KS"),
            p("Ulrik Fossum", "ordfører", "Hamar kommune"),
            p("Tina Brekkå Lund", "fylkesordfører", "Agder fylkeskommune"),
            p("Anita Ruud Kvernmo", "barnevernleder", "Kongsberg kommune"),
        ],
        "topics": ["okonomi", "styring"],
    },
    "p16y_18_austevoll_kommune_konsultasjon_nn": {
        "meeting_type": "konsultasjonsmote",
        "date": d("28. mai", None, 5, 28),
        "counterpart": "regjeringen",
        "participants": [
            p("Gunnhild Aarvik Rognaldsen", "ordførar", "Austevoll kommune"),
            p("Solveig Ekrheim Lunde", "kommunal- og distriktsminister", KDD),
            p("Ingrid Dahle Voll", "finansminister", "Finansdepartementet"),
            p("Ragnhild Aasen Myklebust", "styreleiar", "KS"),
        ],
        "topics": ["okonomi", "allmennlege"],
    },
    "p16y_19_nyhetsbrev_aid_flyktninger": {
        "meeting_type": "konsultasjonsmote",
        "date": d("5. februar", None, 2, 5),
        "counterpart": "Arbeids- og inkluderingsdepartementet",
        "participants": [
            p("Ahmed Rashid Farah", "arbeids- og inkluderingsminister", "Arbeids- og inkluderingsdepartementet"),
            p("Kristine Heggen", "statssekretær", "Arbeids- og inkluderingsdepartementet"),
            p("Eivind Sørli", "nestleder", "KS"),
            p("Mona Haugsbø Hatle", "styremedlem", "KS"),
        ],
        "topics": ["flyktninger", "psykisk_helse_rus", "okonomi"],
    },
    "p16y_20_sunnhordland_rus_statssekretaer_nn": {
        "meeting_type": "annet",
        "date": d("sist torsdag"),
        "counterpart": HOD,
        "participants": [
            p("Henrik Aaslund", "statssekretær", HOD),
            p("Hanne Brekke Ulvik", "ordførar", "Stord kommune"),
            p("Magnus Fitje", "ordførar", "Fitjar kommune"),
            p("Ingrid Sæbø", "ordførar", "Kvinnherad kommune"),
            p("Torstein Hagesæter", "varaordførar", "Bømlo kommune"),
            p("Asbjørn Rommetveit", "dagleg leiar", "Sunnhordland interkommunale politiske råd"),
        ],
        "topics": ["psykisk_helse_rus"],
    },
}


def main():
    root = Path(__file__).resolve().parent.parent
    out = root / "gold"
    out.mkdir(exist_ok=True)
    for stem, meeting in MEETINGS.items():
        gold = {"doc": stem, "meeting": meeting, "statements": [], "demands": []}
        (out / f"{stem}.json").write_text(
            json.dumps(gold, ensure_ascii=False, indent=2) + "\n", encoding="utf-8")
    print(f"wrote {len(MEETINGS)} gold files to {out}")


if __name__ == "__main__":
    main()
