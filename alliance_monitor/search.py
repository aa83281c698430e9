"""Accent-, case-, script- and transliteration-insensitive matching of names and quotes.

Every text is reduced to a "skeleton": Cyrillic (Russian and Kazakh letters) transliterated to Latin, accents
removed, and the spelling variants that separate romanisations of the same name merged (zh/ž/j, kh/h, doubled
letters, a glide y between vowels). "Tokayev", "Tokaev", "Токаев" and "Тоқаев" all become "tokaev"; "Ašimbaev"
and "Ashimbayev" become "ashimbaev". A query matches when every one of its words' skeletons occurs in the
record's skeleton (its text, its speakers' names and every alias).
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Iterable

import pandas as pd

_CYRILLIC = {
    "а": "a", "б": "b", "в": "v", "г": "g", "д": "d", "е": "e", "ё": "e", "ж": "zh", "з": "z", "и": "i",
    "й": "y", "к": "k", "л": "l", "м": "m", "н": "n", "о": "o", "п": "p", "р": "r", "с": "s", "т": "t",
    "у": "u", "ф": "f", "х": "kh", "ц": "ts", "ч": "ch", "ш": "sh", "щ": "shch", "ъ": "", "ы": "y", "ь": "",
    "э": "e", "ю": "yu", "я": "ya",
    # Kazakh, Belarusian, Ukrainian, Kyrgyz, Tajik letters
    "ә": "a", "ғ": "g", "қ": "k", "ң": "n", "ө": "o", "ұ": "u", "ү": "u", "һ": "h", "і": "i", "ї": "yi",
    "є": "ye", "ў": "u", "ґ": "g", "ҳ": "h", "ҷ": "j", "ӣ": "i", "ӯ": "u",
}
# Latin letters whose diacritic stands for a digraph in English romanisation (before accents are stripped).
_LATIN_DIGRAPHS = {"š": "sh", "ž": "zh", "č": "ch", "ć": "ch", "ß": "ss", "æ": "ae", "ø": "o", "đ": "d", "ł": "l"}
_TABLE = str.maketrans({**_CYRILLIC, **_LATIN_DIGRAPHS})

_VARIANTS = [
    (re.compile(r"dzh|zh|dj"), "j"),  # Zhomart / Jomart / Žomart
    (re.compile(r"kh"), "h"),  # Khan / Han
    (re.compile(r"x"), "ks"),  # Alexander / Aleksandr
    (re.compile(r"(?<=[aeiou])[yj](?=[aeiou])"), ""),  # Tokayev / Tokaev, Danijar / Daniyar
    (re.compile(r"(?<=i)y"), ""),  # Daniyar: "iy" glides
    (re.compile(r"([a-z])\1+"), r"\1"),  # Kassym / Kasym
]
_NON_WORD = re.compile(r"[^a-z0-9]+")
_INVISIBLE = dict.fromkeys(map(ord, "\u00ad\u200b\u200c\u200d\u2060\ufeff"), None)


def fold(text: str) -> str:
    """Lower-case ASCII of `text`: scripts transliterated, accents dropped, punctuation turned to spaces."""
    text = text.translate(_INVISIBLE).casefold().translate(_TABLE)
    text = unicodedata.normalize("NFKD", text)
    text = "".join(ch for ch in text if not unicodedata.combining(ch))
    return " ".join(_NON_WORD.sub(" ", text).split())


def skeleton(text: str) -> str:
    """`fold` plus the merging of romanisation variants; words stay separated by single spaces."""
    words = []
    for word in fold(text).split():
        for pattern, repl in _VARIANTS:
            word = pattern.sub(repl, word)
        words.append(word)
    return " ".join(words)


def query_terms(query: str) -> list[str]:
    """The skeletons a record must all contain; empty for a blank (or all-punctuation) query."""
    return skeleton(query).split()


def haystack(parts: Iterable[str | None]) -> str:
    """The searchable skeleton of a record, padded with spaces so word starts can be matched."""
    return " " + " ".join(skeleton(p) for p in parts if p) + " "


def match_mask(haystacks: pd.Series, query: str) -> pd.Series:
    """Boolean mask of the records whose haystack holds every term of the query (all rows for no terms)."""
    mask = pd.Series(True, index=haystacks.index)
    for term in query_terms(query):
        mask &= haystacks.str.contains(term, regex=False)
    return mask
