"""Round 49 (the misses of eval/unseen50, eval/partset36 and eval/demset16, development material after stop 60),
invented texts, bokmål and nynorsk, with negatives:

- minutes: a meeting summary whose header lists those taking part under "Deltakere (Teams):" and those who sent word
  under "Meldt avbud:" records its meeting, the absent one not among its people, and the last name above the field of
  absence is no absent one;
- cues: a member of the government making the trip to a place ("la tirsdag turen innom mottaket"), the verb before or
  after the title, and it places the traveller at the occasion; many making the trip is no visit; a member of the
  government chairing the meeting ("ledet møtet fra departementets side"), not one who chaired a meeting called off;
- who was there: the names before "var den 27.5. i Justis- og beredskapsdepartementet"; the writer's companions
  ("Sammen med meg fra KS var styreleder NN"), not those the writer thanks;
- names: a trade or station before a name is a role ("Vernepleier NN", "Sykepleierstudent NN", "Pensjonist NN",
  "Næringsdrivande NN"), not the first name, while a first name stays one ("Kristin Vik"); a place joined to a role
  before a surname ("sier Sirdal-ordfører Tjørhom") names the office's place, not the speaker; a welfare office by
  its place ("Nav Sunnfjord"), a body's department ("Kommunikasjonsavdelinga") and the Red Cross ("Røde Kors") are no
  persons, nor a local paper ("Arbeidets Rett");
  an adverb opening a sentence before a quotation ("Videre skriver departementet at det «ber ...»") is no speaker;
- a ministry's reply letter that tells who took part, the party after the verb ("der statssekretær NN deltok fra
  departementet"), reports its meeting;
"""
from __future__ import annotations

import pytest

from extract_kit import cases, extracted_meeting, participant_names_of as names, statement_rows

TEAMS_SUMMARY = """Oppsummering – Teams-møte KS/KDD om bredbånd i distriktene
Ref.: KS-DIG/2025-03-11-02

Deltakere (Teams): Per Lian (statssekretær, KDD), Eva Bratt (avdelingsdirektør, KDD), Siri Holm (direktør, KS), \
Tor Nesje (spesialrådgiver, KS)
Meldt avbud: Kari Fjell (Digdir)

1. Bakgrunn
KS la fram tallene fra kartleggingen i januar. 30 kommuner har ikke søkt om tilskudd i år.

2. Oppfølging
- KS sender kartleggingen til departementet innen fredag
"""

NOTE_WITHOUT_FIELDS = """Oppsummering – bredbånd i distriktene

KS la fram tallene fra kartleggingen i januar. 30 kommuner har ikke søkt om tilskudd i år, og KS vil følge opp \
saken overfor departementet i vår.
"""

VISIT_V2 = """Lofoten Fiskarlag
Nyheiter

Statsråden på kaia

Tysdag 10/3 la fiskeri- og havminister Oddvar Lien turen innom mottaket vårt i Ballstad. Med seg hadde han \
statssekretær Mari Skog. Styreleiar Arne Pedersen og ordførar Line Hagen tok opp kvotane og hamnene.
"""

MANY_MADE_THE_TRIP = """Lofoten Fiskarlag
Nyheiter

Rekordsesong på kaia

Tysdag 10/3 la mange turen innom mottaket vårt i Ballstad for å sjå fangsten. Styreleiar Arne Pedersen seier \
sesongen kan bli den beste sidan 2019.
"""


def test_a_summary_listing_those_taking_part_and_those_who_sent_word_records_its_meeting() -> None:
    meeting = extracted_meeting(TEAMS_SUMMARY, "nb")
    assert meeting is not None and meeting.meeting_type == "annet"
    assert {"Per Lian", "Eva Bratt", "Siri Holm", "Tor Nesje"} <= names(meeting)
    assert "Kari Fjell" not in names(meeting)


def test_a_note_without_fields_records_no_meeting() -> None:
    assert extracted_meeting(NOTE_WITHOUT_FIELDS, "nb") is None


def test_a_minister_making_the_trip_to_a_place_is_a_visit() -> None:
    meeting = extracted_meeting(VISIT_V2, "nn")
    assert meeting is not None and meeting.meeting_type == "annet"
    assert (meeting.date.month, meeting.date.day) == (3, 10)
    assert {"Oddvar Lien", "Mari Skog", "Arne Pedersen", "Line Hagen"} <= names(meeting)


def test_many_making_the_trip_is_no_visit_by_the_government() -> None:
    assert extracted_meeting(MANY_MADE_THE_TRIP, "nn") is None


CHAIRED = """Nordfjell brann og redning IKS
Nyheter

Tok opp nødnettet med statsråden

Brannsjef Rune Holm og styreleder Eva Dahl var den 27.5. i Justis- og beredskapsdepartementet sammen med \
representanter for eierkommunene.

Justis- og beredskapsminister Mari Brekke ledet møtet fra departementets side, og med seg hadde hun \
ekspedisjonssjef Fredrik Olsen.
"""

CHAIR_OF_A_MEETING_CALLED_OFF_NN = """Møtet med Kunnskapsdepartementet er avlyst

Det planlagde møtet mellom KS Vestland og Kunnskapsdepartementet 12. mars er avlyst. Førre gong KS og departementet \
møttest, i april, var det statssekretær Brage Nygård som leia møtet frå departementet si side.
"""

REPLY_LETTER = """ARBEIDS- OG INKLUDERINGSDEPARTEMENTET

KS
Postboks 1378 Vika
0114 OSLO

Deres ref.: 25/00311-2
Vår ref.: 25/1187-4
Dato: 8. mai 2025

Svar på brev om sosialhjelp

Vi viser til brev fra KS av 22. april og til møtet mellom departementet og KS i dag, der statssekretær Kjetil \
Øyen og seniorrådgiver Petter Hove deltok fra departementet. KS var representert ved nestleder Håkon Brevik.

Departementet ser ikke grunnlag for å endre fordelingen av utgiftene nå.

Med hilsen

Kjetil Øyen
statssekretær
"""

LETTER_WITHOUT_ATTENDANCE = """ARBEIDS- OG INKLUDERINGSDEPARTEMENTET

KS
Postboks 1378 Vika
0114 OSLO

Deres ref.: 25/00311-2
Dato: 8. mai 2025

Svar på brev om sosialhjelp

Vi viser til brev fra KS av 22. april. Departementet ser ikke grunnlag for å endre fordelingen av utgiftene nå, \
men tar gjerne saken opp i møtet med KS til høsten.

Med hilsen

Kjetil Øyen
statssekretær
"""


def test_a_member_of_the_government_chairing_the_meeting_tells_it() -> None:
    meeting = extracted_meeting(CHAIRED, "nb")
    assert meeting is not None and meeting.counterpart == "Justis- og beredskapsdepartementet"
    assert (meeting.date.month, meeting.date.day) == (5, 27)
    assert {"Mari Brekke", "Fredrik Olsen", "Rune Holm", "Eva Dahl"} <= names(meeting)


def test_the_chair_of_a_former_meeting_when_the_meeting_is_called_off_tells_none() -> None:
    assert extracted_meeting(CHAIR_OF_A_MEETING_CALLED_OFF_NN, "nn") is None


def test_a_reply_letter_telling_who_took_part_reports_its_meeting() -> None:
    meeting = extracted_meeting(REPLY_LETTER, "nb")
    assert meeting is not None and meeting.counterpart == "Arbeids- og inkluderingsdepartementet"
    assert {"Kjetil Øyen", "Petter Hove", "Håkon Brevik"} <= names(meeting)


def test_a_reply_letter_naming_a_meeting_to_come_reports_none() -> None:
    assert extracted_meeting(LETTER_WITHOUT_ATTENDANCE, "nb") is None


COMPANIONS = """Dagens plenumsmøte i konsultasjonsordningen er unnagjort.

Fra regjeringen møtte finansminister Kristian Hope og kommunal- og distriktsminister Bjarne Solum. Sammen med meg \
fra KS var styreleder Turid Brekke og nestlederne Eivind Salte og Gro Lysne.

Spesielt takk til Ingrid Sande og Martin Aasheim i avdeling for økonomi for tallgrunnlaget!
"""


def test_the_writers_companions_were_there_not_those_thanked() -> None:
    meeting = extracted_meeting(COMPANIONS, "nb")
    assert meeting is not None and meeting.meeting_type == "konsultasjonsmote"
    assert {"Kristian Hope", "Bjarne Solum", "Turid Brekke", "Eivind Salte", "Gro Lysne"} <= names(meeting)
    assert not {"Ingrid Sande", "Martin Aasheim"} & names(meeting)


TRADE_BEFORE_NAME = (
    ("vernepleier", "nb", "Vernepleier Sara Nymoen har jobbet i boligen i tolv år.\n\n– Vi går for ofte i små stillinger, "
     "sier Vernepleier Sara Nymoen.\n", "Sara Nymoen"),
    ("sykepleierstudent", "nb", "[Bilde] Sykepleierstudent Ida Marie Strøm (til venstre) fortalte statsråden om studiet."
     "\n\n– Jeg hadde aldri tatt utdanningen om jeg måtte flytte, sier Sykepleierstudent Ida Marie Strøm.\n", "Ida Marie Strøm"),
    ("pensjonist", "nb", "– Vi venter fortsatt på svar fra kommunen, sier Pensjonist Olav Sørbotten.\n", "Olav Sørbotten"),
    ("naeringsdrivande_nn", "nn", "– Bygda treng ein ferjefri veg, seier Næringsdrivande Kristoffer Myrvang.\n",
     "Kristoffer Myrvang"),
    ("a_first_name_stays", "nb", "– Skolen må prioriteres, sier Kristin Marie Vik.\n", "Kristin Marie Vik"),
)


@pytest.mark.parametrize(("language", "text", "speaker"), cases(TRADE_BEFORE_NAME))
def test_a_trade_before_a_name_is_no_first_name(language: str, text: str, speaker: str) -> None:
    assert {name for _, name, _ in statement_rows(text, language)} == {speaker}


PLACE_ROLE = """Kraftkommunene møtte energiministeren

Fra kommunesektoren stilte styreleder i KS Hilde Vik og ordfører i Sirdal, Gunhild Tjørhom. Fra departementet \
deltok energiminister Per Halvorsrud.

– I Sirdal er dette penger som går til sykehjem og skole, sier Sirdal-ordfører Tjørhom.
"""


def test_a_place_joined_to_a_role_before_a_surname_is_no_speaker() -> None:
    assert {name for _, name, _ in statement_rows(PLACE_ROLE, "nb")} == {"Gunhild Tjørhom"}


OFFICES_NN = """Møte om bustader for vanskelegstilte

Ordførar Kari Vik og kommunedirektør Per Lund møtte statssekretær Ola Dal i Kommunal- og distriktsdepartementet \
tysdag 8. oktober. Med på møtet var òg Nav Sunnfjord og Røde Kors i Florø.

Nav Sunnfjord peika på at dei treng fleire mellombelse bustader. Kommunikasjonsavdelinga seier at kommunen «tek \
situasjonen på største alvor».
"""


def test_a_welfare_office_and_the_red_cross_are_no_persons() -> None:
    meeting = extracted_meeting(OFFICES_NN, "nn")
    assert meeting is not None and {"Kari Vik", "Per Lund", "Ola Dal"} <= names(meeting)
    assert not {"Nav Sunnfjord", "Røde Kors"} & names(meeting)
    assert not {"Nav Sunnfjord", "Røde Kors", "Kommunikasjonsavdelinga"} & {name for _, name, _ in
                                                                          statement_rows(OFFICES_NN, "nn")}


PAPER_FOLLOWS = """Røros-ordfører Ragnhild Aas reiste til Oslo med én beskjed: Legevakta må reddes. Arbeidets Rett fulgte \
henne gjennom dagen.

Dagen etter ringer Arbeidets Rett ordføreren for å høre om turen var verdt det.

– Ja. Vi har ikke fått noe løfte, men departementet vet nå hva som står på spill, sier hun.
"""


def test_a_local_paper_is_no_speaker() -> None:
    assert {name for _, name, _ in statement_rows(PAPER_FOLLOWS, "nb")} == {"Ragnhild Aas"}


FURTHER = """Gruppeleder Eirik Sand mener ordføreren forteller halve historien.

I brevet fra departementet står det ingenting om at saken er lagt bort. Videre skriver departementet at det «ber de \
to kommunene om å gjennomføre en felles innbyggerhøring», og at kommunene bør «innhente en vurdering fra \
Statsforvalteren».
"""


def test_an_adverb_opening_a_sentence_is_no_speaker() -> None:
    assert "Videre" not in {name for _, name, _ in statement_rows(FURTHER, "nb")}
