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
from functools import lru_cache
from typing import TYPE_CHECKING

if TYPE_CHECKING:  # pandas is imported where it is used: ingest needs only fold/skeleton (0.44 s saved per run)
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
    if not text.isascii():  # ASCII has nothing to decompose (most English text: skip the per-character pass)
        text = unicodedata.normalize("NFKD", text)
        text = "".join(ch for ch in text if not unicodedata.combining(ch))
    return " ".join(_NON_WORD.sub(" ", text).split())


@lru_cache(maxsize=1 << 17)
def _word_skeleton(word: str) -> str:
    for pattern, repl in _VARIANTS:
        word = pattern.sub(repl, word)
    return word


def skeleton(text: str) -> str:
    """`fold` plus the merging of romanisation variants; words stay separated by single spaces."""
    # Words repeat across records far more than texts do: the variants are applied once per distinct word.
    return " ".join(map(_word_skeleton, fold(text).split()))


def query_terms(query: str) -> list[str]:
    """The skeletons a record must all contain; empty for a blank (or all-punctuation) query."""
    return skeleton(query).split()


def haystack(parts: Iterable[str | None]) -> str:
    """The searchable skeleton of a record, padded with spaces so word starts can be matched."""
    return " " + " ".join(skeleton(p) for p in parts if p) + " "


def match_mask(haystacks: pd.Series, query: str) -> pd.Series:
    """Boolean mask of the records whose haystack holds every term of the query (all rows for no terms)."""
    import numpy as np
    import pandas as pd

    terms = query_terms(query)
    if not terms:
        return pd.Series(True, index=haystacks.index)
    # Each term is looked for only among the records that hold the terms before it, the longest (and so usually
    # the rarest) first: a second term over 18,000 quotes cost as much as the first, now it costs what is left.
    positions = np.arange(len(haystacks))
    remaining = haystacks
    for term in sorted(set(terms), key=len, reverse=True):
        hit = remaining.str.contains(term, regex=False).to_numpy(dtype=bool, na_value=False)
        positions, remaining = positions[hit], remaining[hit]
        if not len(positions):
            break
    mask = np.zeros(len(haystacks), dtype=bool)
    mask[positions] = True
    return pd.Series(mask, index=haystacks.index)
