#!/usr/bin/env python3
"""Named people in each text who did NOT take part in the reported meeting.

For every text of part set p16y this lists each named person who is not a
participant in the gold file, with the reason. Run it to print the list, or to
check it against the raw texts and the gold (`--check`): every name must occur
in its raw text and must not be a gold participant.
"""
import json
import sys
from pathlib import Path

NONPARTICIPANTS = {
    "p16y_01_ks_konsultasjon_legevakt": [
        ("Lise Kvamme", "photographer in the caption byline"),
        ("Sverre Holmgren", "author of a report referred to; text says he was not present"),
        ("Ingrid Teigen", "local voice (age in parentheses) interviewed by KS after the meeting"),
        ("Anne Lise Brudvik", "genitive apposition; will join the NEXT meeting (announced for February)"),
        ("Birgitte Nyland", "name in a «Les også:» link"),
    ],
    "p16y_02_regjeringen_bilateralt_kdd_nn": [
        ("Petter Grønvold", "was in the planned delegation but «melde forfall»"),
        ("Gunnar Rimstad", "leads an expert committee that «var ikkje representert i møtet»"),
        ("Tor Inge Haugland", "minister in ANOTHER bilateral meeting this autumn"),
        ("Liv Marit Sæther", "minister in ANOTHER bilateral meeting this autumn"),
        ("Øystein Kolbu", "contact person in the closing line; not said to take part"),
    ],
    "p16y_03_lokalavis_ordforer_video": [
        ("Kristoffer Alm", "journalist in the byline"),
        ("Silje Rønning", "photographer in the byline"),
        ("Torunn Myrvang", "local voice, interviewed by the paper afterwards"),
        ("Ole Kristian Bakken", "local voice with age in parentheses"),
        ("Geir Fagerli", "opposition leader reacting; criticises that no professional came along"),
    ],
    "p16y_04_npk_legevakt_nn": [
        ("Ragnhild Aasen Myklebust", "chair replaced by the deputy (substitute); «var bortreist»"),
        ("Åse Lindtner", "researcher quoted to NPK about a survey"),
        ("Kristin Vaage Hole", "text says «var ikkje med i møtet»; reaction by comment"),
    ],
    "p16y_05_fagforbundet_frokostmote": [
        ("Stein Arve Rød", "quoted from an EARLIER meeting; text says he did not attend"),
        ("Turid Aasland", "author of the report; «var forhindret»"),
        ("Jorunn Bakke", "moderator of ANOTHER (future) event in Trondheim"),
        ("Marius Holte", "byline («Tekst:»)"),
    ],
    "p16y_06_nyhetsbrev_ks_agder_benken_nn": [
        ("Frode Skjævesland", "representative who «hadde meldt forfall»"),
        ("Elin Marie Hauge", "her figures were used in the presentation; not said to attend"),
        ("Trond Egil Lia", "minister announced for the NEXT meeting (10. oktober)"),
        ("Maren Vigeland", "contact person in the newsletter footer"),
    ],
    "p16y_07_referat_fylkesstyre_mr": [
        ("Randi Nakken", "listed under «Forfall»; replaced by a substitute (vara)"),
        ("Ole Martin Skjelbred", "listed under «Forfall»"),
        ("Brit Ulvestad", "signed the minutes of the PREVIOUS meeting"),
        ("Sverre Holmgren", "committee leader whose input was referred to"),
        ("Torbjørn Aure", "copy recipient («Kopi:»)"),
    ],
    "p16y_08_facebook_helseministeren_stryn_nn": [
        ("Marit Hjelle", "social-media commenter with age in parentheses"),
        ("Sissel Nesdal", "union representative; union «ikkje var invitert»"),
        ("Kåre Sunde", "deputy mayor; text says he was at the county council and not at the visit"),
        ("Eirik Bøe", "byline («Tekst:»)"),
    ],
    "p16y_09_ks_pressemelding_rapport": [
        ("Ragnhild Aasen Myklebust", "no meeting reported: press release about a report; the consultation meeting lies in the future"),
        ("Gro Elin Sande", "report author quoted to NTB"),
        ("Jarle Lysne", "expert reacting"),
        ("Tor Inge Haugland", "minister who will meet KS later in the month (future)"),
        ("Bjørg Tøndel Sletten", "mayor reacting"),
        ("Even Sletten", "press contact in the closing line"),
    ],
    "p16y_10_kalender_dialogmote_vestland_nn": [
        ("Jon Askeland Heggheim", "programme item of a meeting announced for later (no meeting held)"),
        ("Mariann Solstad", "programme item of a meeting announced for later"),
        ("Trude Vassbotn", "programme item of a meeting announced for later"),
        ("Solveig Hovden", "programme item of a meeting announced for later"),
        ("Arne Kleppe", "programme item of a meeting announced for later"),
        ("Ingvild Grønli", "moderator of the announced meeting"),
        ("Liv Torill Fossheim", "contact person"),
    ],
    "p16y_11_ks_digitalisering_dfd": [
        ("Ola Vaage", "photographer in the caption"),
        ("Kjell Arne Vindenes", "former minister at the PREVIOUS consultation meeting in May"),
        ("Elisabeth Nordbø", "genitive apposition; author of a background report"),
        ("Anders Grimstad", "genitive («Tveits forgjenger»); predecessor, only mentioned"),
        ("Trine Hammerø", "name in a «Les også:» link"),
    ],
    "p16y_12_lokalavis_volda_velferdsteknologi_nn": [
        ("Astrid Eikrem", "relative with age in parentheses; text says «var ikkje til stades»"),
        ("Gudrun Eikrem", "resident with age in parentheses; only mentioned"),
        ("Karen Støylen", "expert reacting"),
        ("Rune Bjørnstad", "mayor of Ørsta whom the state secretary met LATER, in another meeting"),
        ("Ingeborg Aam", "byline («Tekst og foto:»)"),
    ],
    "p16y_13_ntb_plenum_budsjett": [
        ("Liv Marit Sæther", "minister «var i Brussel», represented by a state secretary (substitute)"),
        ("Magnus Brekken", "opposition spokesman; text says «ikke var til stede»"),
        ("Tove Lindeberg", "economist reacting"),
    ],
    "p16y_14_nsf_trepartsmote_nn": [
        ("Maria Lunde Hatlevik", "member quoted with age in parentheses (survey)"),
        ("Jonas Fjeld Aarø", "student leader; «var ikkje invitert»"),
        ("Grethe Sandvik", "former union leader who started the cooperation last autumn"),
        ("Heidi Rønnevik", "contact person in the closing line"),
    ],
    "p16y_15_ks_lansering_fastlegerapport": [
        ("Thomas Aulie", "co-author; «var syk og deltok ikke»"),
        ("Tormod Bjerkeli", "GP with age in parentheses quoted FROM the report"),
        ("Kari Sørbø-Nilsen", "led an earlier expert committee; only mentioned"),
        ("Ola Rosvold", "name in a «Les også:» link"),
    ],
    "p16y_16_helsekonferansen_foredrag_nn": [
        ("Henrik Aaslund", "speaks on the conference's SECOND day, not at the talk reported"),
        ("Lars Inge Skogen", "speaks on the conference's second day"),
        ("Trond Ivar Thorsen", "mayor; «var ikkje på konferansen», reacts to the paper"),
        ("Åslaug Brekke", "author of the report the talk was based on"),
        ("Tor Helge Nes", "author of the report the talk was based on"),
    ],
    "p16y_17_ks_nyhetsbrev_barnevern_bfd": [
        ("Eivind Sørli", "planned delegate who «måtte melde forfall»"),
        ("Sigrid Hoel", "led an evaluation referred to (apposition)"),
        ("Kjersti Aam", "genitive («Morkens forgjenger»); former minister, only mentioned"),
        ("Kari Stenhammer", "contact person in the closing line"),
    ],
    "p16y_18_austevoll_kommune_konsultasjon_nn": [
        ("Sindre Bakkebø", "provided figures; «ikkje var med til Oslo»"),
        ("Leif Arne Bolstad", "in a photo caption from another meeting; chaired the local committee meanwhile"),
        ("Tuva Hjelmeland", "contact person in the closing line"),
    ],
    "p16y_19_nyhetsbrev_aid_flyktninger": [
        ("Nora Vestrheim", "invited but «hadde ikke anledning til å delta»"),
        ("Gro Elin Sande", "name in the «Les også» list"),
        ("Ola Rosvold", "name in the «Les også» list"),
        ("Kjell Arne Vindenes", "archive item about a 2023 meeting"),
        ("Åse Lindtner", "speaker at a FUTURE event in the calendar"),
        ("Lene Thorsrud", "newsletter editor in the closing line"),
    ],
    "p16y_20_sunnhordland_rus_statssekretaer_nn": [
        ("Else Marie Syslak", "mayor on holiday, replaced by the deputy mayor (substitute)"),
        ("Geir Tveit", "quoted from an earlier public meeting; «ikkje invitert»"),
        ("Kristian Hope", "local voice with age in parentheses"),
        ("Vegard Meling", "byline («Tekst:»)"),
    ],
}


def check(root: Path) -> list[str]:
    errors = []
    for stem, people in NONPARTICIPANTS.items():
        raw = (root / "raw" / f"{stem}.txt").read_text(encoding="utf-8")
        gold = json.loads((root / "gold" / f"{stem}.json").read_text(encoding="utf-8"))
        gold_names = {q["name"] for q in (gold["meeting"] or {}).get("participants", [])}
        for name, _reason in people:
            if name not in raw:
                errors.append(f"{stem}: non-participant {name!r} not in raw text")
            if name in gold_names:
                errors.append(f"{stem}: {name!r} is both participant and non-participant")
    missing = {p.stem for p in (root / "gold").glob("*.json")} - set(NONPARTICIPANTS)
    errors += [f"{stem}: no non-participant entry" for stem in sorted(missing)]
    return errors


def main(argv):
    root = Path(__file__).resolve().parent.parent
    if "--check" in argv:
        errors = check(root)
        for e in errors:
            print("ERROR", e)
        print("nonparticipants: OK" if not errors else f"nonparticipants: {len(errors)} errors")
        return 1 if errors else 0
    for stem, people in NONPARTICIPANTS.items():
        print(stem)
        for name, reason in people:
            print(f"  - {name}: {reason}")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
