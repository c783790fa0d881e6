"""Reading the Norwegian Dependency Treebank (NDT) with NorNE entities.

One `Sentence` per CoNLL block, keeping the NDT columns as they are; `to_ud`
maps an NDT part of speech and its features to a Universal Dependencies part of
speech and UD-like morphological features (see `MORPH` and `upos`).
"""
from __future__ import annotations

import re
from dataclasses import dataclass
from pathlib import Path

# NDT feature -> UD feature (one NDT feature may set several).
MORPH: dict[str, tuple[str, ...]] = {
    "mask": ("Gender=Masc",), "fem": ("Gender=Fem",), "nøyt": ("Gender=Neut",),
    "ub": ("Definite=Ind",), "be": ("Definite=Def",), "bu": ("Definite=Def",),
    "ent": ("Number=Sing",), "eint": ("Number=Sing",), "fl": ("Number=Plur",),
    "gen": ("Case=Gen",), "nom": ("Case=Nom",), "akk": ("Case=Acc",),
    "pos": ("Degree=Pos",), "komp": ("Degree=Cmp",), "sup": ("Degree=Sup",),
    "inf": ("VerbForm=Inf",),
    "pres": ("Mood=Ind", "Tense=Pres", "VerbForm=Fin"),
    "pret": ("Mood=Ind", "Tense=Past", "VerbForm=Fin"),
    "imp": ("Mood=Imp", "VerbForm=Fin"),
    "perf-part": ("Tense=Past", "VerbForm=Part"),
    "<perf-part>": ("Tense=Past", "VerbForm=Part"),
    "<pres-part>": ("Tense=Pres", "VerbForm=Part"),
    "pass": ("Voice=Pass",), "st-form": ("Voice=Pass",),
    "1": ("Person=1",), "2": ("Person=2",), "3": ("Person=3",),
    "pers": ("PronType=Prs",), "refl": ("PronType=Prs", "Reflex=Yes"),
    "res": ("PronType=Rcp",), "sp": ("PronType=Int",), "dem": ("PronType=Dem",),
    "poss": ("Poss=Yes",), "fork": ("Abbr=Yes",),
    "<ordenstall>": ("NumType=Ord",), "<ordenstal>": ("NumType=Ord",),
}
# Features that only make sense on some parts of speech.
ONLY: dict[str, frozenset[str]] = {
    "Gender": frozenset({"NOUN", "PROPN", "PRON", "DET", "ADJ"}),
    "Definite": frozenset({"NOUN", "ADJ", "DET"}),
    "Number": frozenset({"NOUN", "PRON", "DET", "ADJ", "NUM"}),
    "Degree": frozenset({"ADJ", "ADV"}),
}
AUXILIARIES = frozenset({"være", "vere", "ha", "bli", "verte", "kunne", "skulle", "ville", "vilje", "måtte", "burde"})
NUMERALS = frozenset("""én éin ett eitt to tre fire fem seks sju syv åtte ni ti elleve tolv tretten fjorten femten
    seksten sytten søtten atten nitten tjue tjuge tretti tretti førti femti seksti sytti åtti nitti hundre tusen""".split())
NUMBER = re.compile(r"[\d.,:/%–-]*\d[\d.,:/%–-]*")
PUNCT = frozenset({"clb", "<komma>", "<strek>", "<anf>", "<parentes-beg>", "<parentes-slutt>"})
SIMPLE_POS = {"prep": "ADP", "konj": "CCONJ", "sbu": "SCONJ", "adv": "ADV", "inf-merke": "PART",
              "interj": "INTJ", "symb": "SYM", "ukjent": "X", "pron": "PRON", "adj": "ADJ"}


@dataclass(frozen=True)
class Token:
    form: str
    lemma: str
    pos: str  # NDT part of speech
    feats: tuple[str, ...]  # NDT features
    head: int  # 0-based index into the sentence, -1 for the root
    deprel: str
    ent: str  # IOB2: "O", "B-PER", "I-ORG", ...


Sentence = tuple[Token, ...]


def read_conll(path: Path) -> list[Sentence]:
    """The sentences of one NDT file, in order."""
    sentences: list[Sentence] = []
    rows: list[Token] = []
    for line in path.read_text(encoding="utf-8").splitlines() + [""]:
        if line.startswith("#"):
            continue
        if not line.strip():
            if rows:
                sentences.append(tuple(rows))
                rows = []
            continue
        cols = line.split("\t")
        if len(cols) != 10:
            raise ValueError(f"{path}: expected 10 tab-separated columns, got {len(cols)}: {line!r}")
        misc = dict(p.split("=", 1) for p in cols[9].split("|") if "=" in p)
        feats = tuple(f for f in cols[5].split("|") if f != "_")
        rows.append(Token(cols[1], cols[2], cols[3], feats, int(cols[6]) - 1, cols[7], misc.get("name", "O")))
    return sentences


def _has_child(sentence: Sentence, i: int, deprels: frozenset[str]) -> bool:
    return any(t.head == i and t.deprel in deprels for t in sentence)


def upos(sentence: Sentence, i: int) -> str:
    """The UD part of speech of token `i` (auxiliaries need the token's dependents)."""
    tok = sentence[i]
    if tok.pos in PUNCT:
        return "PUNCT"
    if tok.pos == "subst":
        return "PROPN" if "prop" in tok.feats else "SYM" if "symb" in tok.feats else "NOUN"
    if tok.pos == "verb":
        lemma = tok.lemma.lower()
        if lemma in AUXILIARIES and _has_child(sentence, i, frozenset({"INFV"})):
            return "AUX"
        if lemma in {"være", "vere"} and _has_child(sentence, i, frozenset({"SPRED"})):
            return "AUX"
        return "VERB"
    if tok.pos == "det":
        if "kvant" in tok.feats and (NUMBER.fullmatch(tok.form) or tok.lemma.lower() in NUMERALS):
            return "NUM"
        return "DET"
    return SIMPLE_POS.get(tok.pos, "X")


def morph(sentence: Sentence, i: int, pos: str) -> str:
    """UD-like features of token `i` as a spaCy morph string ("Feat=Val|..."), sorted."""
    tok = sentence[i]
    feats: dict[str, set[str]] = {}
    for f in tok.feats:
        for ud in MORPH.get(f, ()):
            name, value = ud.split("=")
            if pos in ONLY.get(name, frozenset({pos})):
                feats.setdefault(name, set()).add(value)
    if pos == "NUM":
        feats["NumType"] = {"Card"}
    if pos == "PROPN":
        feats.pop("Gender", None)
    return "|".join(f"{k}={','.join(sorted(v))}" for k, v in sorted(feats.items()))


def lemma(tok: Token) -> str:
    """NDT writes punctuation lemmas as "$." ; the lemma of punctuation is its form."""
    if tok.lemma.startswith("$") and len(tok.lemma) > 1:
        return tok.form
    return tok.lemma if tok.lemma not in {"", "_"} else tok.form
