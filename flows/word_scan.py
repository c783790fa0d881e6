"""Which of many words a text holds, in one regex scan (the word gates of `flows.literal_gate`).

`word_scanner(words, masks)` builds a regex that finds, at each position of a text, the longest of the words that
starts there (a trie of their characters, each branch taken as far as it goes), and for each word the bits of
every word inside it. A word found anywhere in the text is a prefix of the longest word starting at its position,
so or-ing the bits of the longest words found gives the bits of all the words the text holds: what testing
`word in text` for each word gives, at a fraction of the cost for a long list.
"""
from __future__ import annotations

import re

WordMasks = tuple[tuple[str, int], ...]


def word_scanner(words: tuple[str, ...], masks: tuple[int, ...]) -> tuple[re.Pattern[str], dict[str, int]]:
    """A regex finding, at each position of a text, the longest of `words` that starts there (a trie of
    their characters, each branch taken as far as it goes), and for each word the bits of every word
    inside it: a word found at some position is a prefix of the longest word starting there, so the
    bits of the longest words found are the bits of all words the text holds (`word in text`)."""
    root: dict[str, dict] = {}
    for word in words:
        node = root
        for char in word:
            node = node.setdefault(char, {})
        node[""] = {}

    def branch(node: dict[str, dict]) -> str:
        parts = [re.escape(char) + branch(child) for char, child in sorted(node.items()) if char]
        if not parts:
            return ""
        inner = parts[0] if len(parts) == 1 else "(?:" + "|".join(parts) + ")"
        return f"(?:{inner})?" if "" in node else inner

    implied = {w: 0 for w in words}
    for word in words:
        for other, mask in zip(words, masks):
            if other in word:
                implied[word] |= mask
    return re.compile(f"(?=({branch(root)}))", re.DOTALL) if words else re.compile("(?!)"), implied


def held_among(low: str, among: WordMasks) -> int:
    """The bits of the (word, bits) pairs whose word `low` holds, word by word (a short list of a text's own)."""
    held = 0
    for word, mask in among:
        if word in low:
            held |= mask
    return held
