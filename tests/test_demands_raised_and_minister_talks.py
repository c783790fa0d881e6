"""Demands in lists of matters a body raised with a bare colon and in a minister's own talk (invented
texts, bokmål and nynorsk, each phenomenon with its negatives):

- "KS tok også opp:" / "Dette tok forbundet opp:" and bullets: a list of matters raised (decision 2),
  whose "behov(et) for X" items are demands asked of the meeting's counterpart; bare subjects are not;
- a minister's speech manuscript (a talk's header naming a minister): the minister asking the
  municipalities to act is the ministry's demand ("Eg vil be kommunane om å X", "Jeg ønsker at
  kommunene Y", "vil utfordre kommunane til å X og til å Y": two), and a count of calls announced
  to them ("tre oppfordringer til dere i kommunene:") makes each paragraph opening with an imperative
  one; what the government did or plans, or asks of its own agencies, is no demand;
- "utfordre" asks only with "til å" ("utfordret statsråden på X" is a challenge).
"""
from __future__ import annotations

import pytest

from extract_kit import Row, demands

RAISED = [
    ("raised_bare_colon_nb",
     "KS møtte Kunnskapsdepartementet i dag.\n\nKS tok også opp:\n\n- behovet for en varig finansiering av "
     "skolehelsetjenesten\n- skolebygg og vedlikehold\n- behov for å forenkle rapporteringen til direktoratet\n",
     "nb",
     [("KS", "Kunnskapsdepartementet", "en varig finansiering av skolehelsetjenesten"),
      ("KS", "Kunnskapsdepartementet", "forenkle rapporteringen til direktoratet")]),
    ("raised_with_adverbs_nn",
     "Fylkesstyret i KS Nordland møtte Helse- og omsorgsdepartementet.\n\nKS Nordland tok i tillegg opp:\n"
     "• behovet for at staten dekkjer dei faktiske kostnadene ved nye oppgåver\n• kapasiteten i barnehagane\n",
     "nn",
     [("KS Nordland", "staten", "staten dekkjer dei faktiske kostnadene ved nye oppgåver")]),
    ("raised_object_first_nb",
     "Fagforbundet møtte Arbeids- og inkluderingsdepartementet.\n\nDette tok forbundet opp:\n\n"
     "- behov for flere hele stillinger i omsorgstjenesten\n- arbeidstid og turnus\n",
     "nb",
     [("Fagforbundet", "Arbeids- og inkluderingsdepartementet", "flere hele stillinger i omsorgstjenesten")]),
    ("raised_at_a_plenary_meeting_nb",
     "Regjeringen møtte KS i konsultasjonsmøtet. Kommunal- og distriktsministeren, finansministeren og helse- og "
     "omsorgsministeren deltok.\n\nKS tok også opp:\n\n- behov for å forenkle rapporteringen i helsetjenestene\n"
     "- digitalisering\n", "nb",
     [("KS", "regjeringen", "forenkle rapporteringen i helsetjenestene")]),
    ("raised_at_a_bilateral_meeting_nb",
     "Det bilaterale møtet mellom KS og Helse- og omsorgsdepartementet ble holdt i dag. Finansdepartementet og "
     "Kommunal- og distriktsdepartementet var ikke med, sier regjeringen.\n\nKS tok også opp:\n\n"
     "- behov for å forenkle rapporteringen i helsetjenestene\n", "nb",
     [("KS", "Helse- og omsorgsdepartementet", "forenkle rapporteringen i helsetjenestene")]),
    ("raised_subjects_only_nb",
     "KS møtte Kunnskapsdepartementet i dag.\n\nKS tok også opp:\n\n- skolebygg og vedlikehold\n"
     "- digitalisering i skolen\n", "nb", []),
]


@pytest.mark.parametrize("name,raw,language,expected", RAISED, ids=[c[0] for c in RAISED])
def test_matters_raised_with_a_bare_colon(name: str, raw: str, language: str, expected: list[Row]) -> None:
    assert demands(raw, language) == expected


TALK_NB = """Tale ved Nordbykonferansen om helsepersonell

Tale/artikkel | Dato: 12.03.2025 | Helse- og omsorgsdepartementet
Helse- og omsorgsminister Kari Lunde

Kjære alle sammen,

Takk for invitasjonen. Vi har bedt helseforetakene om å lage flere praksisplasser, og regjeringen vil legge fram en ny plan til høsten.

Staten kan ikke gjøre alt. Derfor har jeg tre oppfordringer til dere i kommunene:

Opprett flere lærlingplasser i helsefag. Mange unge står uten læreplass i dag.

Tilby faste stillinger til nyutdannede sykepleiere. Det lønner seg.

La de ansatte ta etterutdanning i arbeidstiden. Midlene finnes allerede.

Jeg ønsker også at kommunene deler erfaringene sine med hverandre.

Takk for oppmerksomheten!
"""

TALK_NN = """Tale ved kunnskapsminister Ola Berge, Fjordkonferansen, 4. mars 2025.

Sjekkast mot framføring.

Kjære ordførarar og kommunedirektørar.

Regjeringa har auka talet på studieplassar, og vi har gitt universiteta eit oppdrag om å tilby meir desentralisert utdanning.

Eg vil utfordre kommunane til å ta imot fleire lærlingar og til å gi rettleiarane betre tid. Eg vil òg be kommunane om å melde inn behova sine tidleg.

Lukke til med konferansen!
"""


def test_minister_talk_calls_on_the_municipalities_nb() -> None:
    assert demands(TALK_NB) == [
        ("Helse- og omsorgsdepartementet", "kommunene", "Opprett flere lærlingplasser i helsefag"),
        ("Helse- og omsorgsdepartementet", "kommunene", "Tilby faste stillinger til nyutdannede sykepleiere"),
        ("Helse- og omsorgsdepartementet", "kommunene", "La de ansatte ta etterutdanning i arbeidstiden"),
        ("Helse- og omsorgsdepartementet", "kommunene", "kommunene deler erfaringene sine med hverandre"),
    ]


def test_minister_talk_calls_on_the_municipalities_nn() -> None:
    assert demands(TALK_NN, "nn") == [
        ("Kunnskapsdepartementet", "kommunene", "ta imot fleire lærlingar"),
        ("Kunnskapsdepartementet", "kommunene", "gi rettleiarane betre tid"),
        ("Kunnskapsdepartementet", "kommunene", "melde inn behova sine tidleg"),
    ]


NOT_CALLS = [
    ("minister_own_plans_nb",
     "Tale ved helse- og omsorgsminister Kari Lunde på Nordbykonferansen\n\nKjære alle sammen,\n\n"
     "Vi har bedt helseforetakene om å lage flere praksisplasser. Regjeringen vil legge fram en plan til høsten, "
     "og vi må bli bedre til å samarbeide.\n\nTakk for oppmerksomheten!\n", "nb"),
    ("minister_asks_agencies_nn",
     "Tale ved kunnskapsminister Ola Berge, Fjordkonferansen, 4. mars 2025.\n\nKjære alle.\n\n"
     "Eg vil be universiteta om å tilby fleire studieplassar i sjukepleie.\n\nLukke til!\n", "nn"),
    ("challenge_on_a_matter_nb",
     "KS-leder Kari Lunde utfordret statsråden på finansieringen av de nye oppgavene.", "nb"),
    ("imperatives_with_no_count_announced_nb",
     "Tale ved helse- og omsorgsminister Kari Lunde på Nordbykonferansen\n\nKjære alle sammen,\n\n"
     "La meg starte med et tall. Ta sykehjemmene: der mangler det folk.\n\nTakk for oppmerksomheten!\n", "nb"),
]


@pytest.mark.parametrize("name,raw,language", NOT_CALLS, ids=[c[0] for c in NOT_CALLS])
def test_what_a_minister_plans_or_asks_of_agencies_is_no_demand(name: str, raw: str, language: str) -> None:
    assert demands(raw, language) == []


BODY_LEAD_INS = [
    ("bare_board_lead_in_after_a_quotation_nb",
     "Helseministeren besøkte fylkesstyret i KS Nordland.\n\n- Vi har strukket oss langt, sa fylkesstyreleder "
     "Kari Lunde.\n\nFylkesstyret la fram følgende innspill til statsråden:\n\n- behov for at legevakten i "
     "distriktene finansieres særskilt\n- behov for flere utdanningsplasser i sykepleie\n", "nb",
     [("KS Nordland", "Helse- og omsorgsdepartementet", "legevakten i distriktene finansieres særskilt"),
      ("KS Nordland", "Helse- og omsorgsdepartementet", "flere utdanningsplasser i sykepleie")]),
    ("bare_board_lead_in_nn",
     "Helseministeren vitja hovudstyret i KS Vestland.\n\n– Vi har strekt oss langt, sa leiar Ola Berge.\n\n"
     "Hovudstyret ber statsråden om å:\n\n- sikre finansieringa av legevakta i distrikta\n", "nn",
     [("KS Vestland", "Helse- og omsorgsdepartementet", "sikre finansieringa av legevakta i distrikta")]),
]


@pytest.mark.parametrize("name,raw,language,expected", BODY_LEAD_INS, ids=[c[0] for c in BODY_LEAD_INS])
def test_a_bare_board_leads_in_for_its_organisation(name: str, raw: str, language: str, expected: list[Row]) -> None:
    assert demands(raw, language) == expected


WISHES = [
    ("counterfactual_wish_nn",
     "– Eg skulle ønskje at staten oppretta eit regionalt kompetansesenter, seier ordførar Kari Lunde i Nordby "
     "kommune.", "nn", [("Nordby kommune", "staten", "staten oppretta eit regionalt kompetansesenter")]),
    ("counterfactual_wish_nb",
     "– Jeg skulle ønske at staten dekket hele kostnaden, sier ordfører Kari Lunde i Nordby kommune.", "nb",
     [("Nordby kommune", "staten", "staten dekket hele kostnaden")]),
    ("counterfactual_sigh_nn",
     "– Eg skulle ønskje dei som lagar reglane, kunne stå ein helg her, sa ordførar Kari Lunde i Nordby kommune.",
     "nn", []),
    ("counterfactual_sigh_nb",
     "– Jeg skulle ønske byråkratene kunne jobbe en helg her, sa ordfører Kari Lunde i Nordby kommune.", "nb", []),
    ("greeting_nn", "– Vi vil ønskje alle velkomne til møtet, seier ordførar Kari Lunde i Nordby kommune.", "nn", []),
    ("negated_wish_nn", "– Eg ønskjer ikkje at staten tek over legevakta, seier ordførar Kari Lunde i Nordby kommune.",
     "nn", []),
]


@pytest.mark.parametrize("name,raw,language,expected", WISHES, ids=[c[0] for c in WISHES])
def test_wishes_and_greetings(name: str, raw: str, language: str, expected: list[Row]) -> None:
    assert demands(raw, language) == expected


SHARED_OBJECT = [
    ("two_verbs_one_object_nn",
     "– Helseføretaka må halde oppe og byggje ut døgnkapasiteten, sa leiar Kari Lunde i KS Vestland.", "nn",
     [("KS Vestland", "spesialisthelsetjenesten", "Helseføretaka må halde oppe og byggje ut døgnkapasiteten")]),
    ("two_verbs_one_object_nb", "– Staten må videreføre og styrke tilskuddet, sa leder Kari Lunde i KS.", "nb",
     [("KS", "staten", "Staten må videreføre og styrke tilskuddet")]),
    ("two_actions_each_with_object_nb",
     "– Staten må styrke tilskuddet og utvide ordningen til flere kommuner, sa leder Kari Lunde i KS.", "nb",
     [("KS", "staten", "Staten må styrke tilskuddet"), ("KS", "staten", "utvide ordningen til flere kommuner")]),
]


@pytest.mark.parametrize("name,raw,language,expected", SHARED_OBJECT, ids=[c[0] for c in SHARED_OBJECT])
def test_verbs_sharing_an_object_are_one_action(name: str, raw: str, language: str, expected: list[Row]) -> None:
    assert demands(raw, language) == expected


QA_NB = """Direktøren i Nordbyforbundet svarer på spørsmålene etter budsjettet.

Legeforeningen vil ha en ny statlig fastlegemodell. Hvorfor er dere skeptiske?

Fastlegen er en del av kommunens tjeneste, og slik bør det være.

Hva med legevakten?

Den er presset i mange distriktskommuner.

Og sykehjemmene?

Der går det bedre enn før.
"""


def test_plain_interview_questions_hold_no_demand() -> None:
    assert demands(QA_NB) == []


QA_ANSWERS_NB = """INTERVJU

Direktøren i KS: Legevakten og journalene

Kari Lunde har ledet KS' arbeid med helse i tre år. Nordby Avis tok en prat med henne etter budsjettet.

Budsjettet ga mer til fastlegene. Er dere fornøyd?

Det er et steg i riktig retning. Vi mener basistilskuddet må økes igjen neste år.

Hva med legevakten?

Den er presset i mange distriktskommuner. Vi ber Helsedirektoratet om å revidere forskriften om bakvakt.

Sykehusene må også ta sin del av ansvaret for pasientene.

Og journalene?

Det går sakte, og vi jobber med saken.
"""

QA_ANSWERS_NN = """INTERVJU

Leiaren i KS Vestland: Sjukeheimane og pengane

Ola Berge har leia KS Vestland i to år. Vi tok ein prat med han.

Kva ventar du av budsjettet?

Ikkje mykje. Staten bør ta eit større ansvar for legevakta i distrikta.

Kva med sjukeheimane?

Investeringstilskotet må aukast.

Og rekrutteringa?

Ho er krevjande, men vi får det til.
"""


def test_plain_interview_answers_nb() -> None:
    assert demands(QA_ANSWERS_NB) == [
        ("KS", None, "basistilskuddet må økes igjen neste år"),
        ("KS", "Helsedirektoratet", "revidere forskriften om bakvakt"),
        ("KS", "spesialisthelsetjenesten", "Sykehusene må også ta sin del av ansvaret for pasientene"),
    ]


def test_plain_interview_answers_nn() -> None:
    assert demands(QA_ANSWERS_NN, "nn") == [
        ("KS Vestland", "staten", "Staten bør ta eit større ansvar for legevakta i distrikta"),
        ("KS Vestland", None, "Investeringstilskotet må aukast"),
    ]
