#!/usr/bin/env python3
"""Named people in each text of set p21s who did NOT take part in the meeting.

These names occur in the raw texts but must not appear among the gold
participants. check.py verifies both facts. Run this file to print the list.
"""

NONPARTICIPANTS = {
    "p21s_01_ks_fastlege_bildetekst": [
        ("Kari Aasen Dybvik", "photographer in the «Foto:» credit of the caption"),
    ],
    "p21s_02_lokalavis_kvinnherad_fv_nn": [
        ("Sigrid Haugland Vik", "byline: the journalist"),
        ("Geir Ove Sandvik", "invited but «måtte melde forfall»"),
    ],
    "p21s_03_regjeringen_digitalisering_radgivere": [
        ("Per Ivar Lindtvedt", "will lead the follow-up work; not said to attend the meeting"),
    ],
    "p21s_04_ks_flyktninger_kontakt": [
        ("Ingvild Sæbø Krogh", "KS secretariat, named only in the «Kontakt:» lines"),
        ("Torkel Amundsen", "KS secretariat, named only in the «Kontakt:» lines"),
    ],
    "p21s_05_npk_konsultasjon_avlyst_nn": [
        ("Torgeir Vassbotn", "meeting cancelled (no meeting); the minister was needed in Stortinget"),
        ("Ragnhild Opsal Brekke", "meeting cancelled; she only comments on the cancellation"),
        ("Linn Marie Furuseth", "meeting cancelled; «skulle òg ha delteke»"),
    ],
    "p21s_06_ks_to_statsrader_samme_dag": [
        ("Hanne Mørch Løvås", "took part only in the second meeting the same day (KDD)"),
        ("Sigurd Heggem Nyland", "second meeting the same day (KDD), not the reported first one"),
        ("Anne Grete Mathiesen", "second meeting the same day (KDD), not the reported first one"),
    ],
    "p21s_07_ks_vestland_stortinget_nn": [
        ("Torbjørn Gjerde", "board member «forhindra og deltok ikkje»"),
        ("Liv Ørnes", "board member «forhindra og deltok ikkje»"),
        ("Helge Sunde", "«sende helsing», sat in another committee meeting"),
    ],
    "p21s_08_stryn_denne_veka_nn": [
        ("Siri Flølo Hjelle", "kommunedirektør commenting at home; not at the meeting"),
    ],
    "p21s_09_kalender_iso_dato": [
        ("Kjersti Myhren Lie", "another statssekretær with her own calendar; not listed for the KS meeting"),
    ],
    "p21s_10_kdd_leiinga_i_ks_nn": [],
    "p21s_11_lokalavis_alta_ordforer": [
        ("Jonas Myrvang Eira", "byline: the journalist"),
        ("Tor Inge Mathisen", "varaordfører commenting to the paper; not at the meeting"),
    ],
    "p21s_12_direktorat_departement_legevakt_nn": [
        ("Mette Bakke Grinde", "author of the report presented; not said to attend"),
    ],
    "p21s_13_sogndal_forhindra_helsing_nn": [
        ("Torgeir Vassbotn", "statsråden «var forhindra» and sent greetings through the statssekretær"),
        ("Oddvar Kvamme", "«hadde meldt forfall», «sende helsing» by video"),
    ],
    "p21s_14_referat_statsforvalter_innlandet": [
        ("Anders Ringsrud", "listed under «Forfall:» in the minutes"),
    ],
    "p21s_15_facebook_bpa_mote": [
        ("Nora Halvorsen Lie", "byline: the journalist"),
        ("Karianne Fjeld Stavik", "thanked in the post, prepared the meeting, «var ikke selv til stede»"),
        ("Bente Kasin Rønning", "ordfører commenting on the post"),
    ],
    "p21s_16_presseinvitasjon_signering": [
        ("Ellen Marie Sørbø", "«Pressekontakt:» line"),
    ],
    "p21s_17_npk_plenumsmote_nn": [],
    "p21s_18_lillehammer_frokostmote": [
        ("Olav Tinnå Berg", "report author; «Forskerne presenterte ikke selv»"),
        ("Siri Kveim", "report author; «Forskerne presenterte ikke selv»"),
    ],
    "p21s_19_nyheitsbrev_more_og_romsdal_nn": [
        ("Jon Ivar Sæter", "board member «var forhindra»"),
        ("Trine Ellingsen Hustad", "fylkesordførar who «sende helsing»"),
        ("Trine Melbø Kaasa", "main speaker at a future conference (another item of the newsletter)"),
        ("Gunnhild Ekrem Fure", "new network coordinator (another item of the newsletter)"),
    ],
    "p21s_20_foredrag_fastlegekonferansen_nn": [
        ("Torgeir Vassbotn", "spoke the day before; «Han var ikkje til stades fredag»"),
        ("Gro Helene Aasmundstad", "led the panel debate on Thursday, not the Friday talk"),
    ],
}


if __name__ == "__main__":
    for stem, people in NONPARTICIPANTS.items():
        print(stem)
        for name, reason in people or [("(none)", "")]:
            print(f"  - {name}: {reason}" if reason else f"  - {name}")
