"""spaCy's Norwegian (`nb`) tokenizer with two fixes for the project's texts.

1. A number with a full stop attached ("2025.", "3,5.", "1.12.2025.") is split
   into the number and the stop when it ends a sentence: when the next token
   opens a new sentence (a capital letter, a dash, an opening quote or bracket),
   closes one (a closing quote or bracket), is a line break, or there is no next
   token. It stays one token when a lower-case word follows ("3. desember", "den
   5. i måneden": in Norwegian a number with a stop before a lower-case word is
   an ordinal) or when it opens a line (a numbered list item, "1. Innledning").
   Abbreviations ("nr.", "kl.", "bl.a.") are not numbers and are untouched.
2. A token that follows a line break is marked as the start of a sentence: in
   the project's normalised texts a line is a headline, a paragraph or a list
   item, and no sentence runs across a line break. The parser keeps the marks.

Registered as `ks_demands.nb_tokenizer.v1` (the `[nlp.tokenizer]` of
`training/config.cfg`); importing this module registers it, so load the model
with `flows.nlp.load_nlp()`.
"""
from __future__ import annotations

import re
from typing import Callable

import spacy
from spacy.attrs import IS_SPACE
from spacy.language import Language
from spacy.tokenizer import Tokenizer
from spacy.tokens import Doc

NUMBER_WITH_STOP = re.compile(r"\d+(?:[.,:]\d+)*\.")
SENTENCE_OPENERS = frozenset("–—-«\"“(['")
SENTENCE_CLOSERS = frozenset("»\"”)]'")


def _ends_sentence(doc: Doc, i: int) -> bool:
    """Whether the number-with-stop token doc[i] ends its sentence (see the module docstring)."""
    if i == 0 or (doc[i - 1].is_space and "\n" in doc[i - 1].text):
        return False  # a list number opening a line
    if i + 1 == len(doc):
        return True
    nxt = doc[i + 1]
    if nxt.is_space:
        return "\n" in nxt.text
    first = nxt.text[0]
    return first.isupper() or first in SENTENCE_OPENERS or first in SENTENCE_CLOSERS


class NbTokenizer(Tokenizer):
    """The `nb` tokenizer, then the two fixes. Serialises like spaCy's Tokenizer."""

    def __call__(self, text: str) -> Doc:  # type: ignore[override]
        doc = super().__call__(text)
        split = [t.i for t in doc if NUMBER_WITH_STOP.fullmatch(t.text) and _ends_sentence(doc, t.i)] \
            if NUMBER_WITH_STOP.search(text) else []  # no token can be one when the text holds none
        if split:
            with doc.retokenize() as retok:
                for i in split:
                    tok = doc[i]
                    retok.split(tok, [tok.text[:-1], "."], heads=[(tok, 0), (tok, 1)])
        if "\n" in text:
            spaces = doc.to_array([IS_SPACE])  # only the whitespace tokens are looked at
            for i in spaces[:-1].nonzero()[0].tolist():
                if "\n" in doc[i].text and not spaces[i + 1]:
                    doc[i + 1].is_sent_start = True
        return doc


@spacy.registry.tokenizers("ks_demands.nb_tokenizer.v1")
def create_nb_tokenizer() -> Callable[[Language], Tokenizer]:
    def make(nlp: Language) -> Tokenizer:
        base = spacy.blank("nb").tokenizer
        return NbTokenizer(nlp.vocab, rules=base.rules, prefix_search=base.prefix_search,
                           suffix_search=base.suffix_search, infix_finditer=base.infix_finditer,
                           token_match=base.token_match, url_match=base.url_match)
    return make
