"""Accent-, case-, script- and transliteration-insensitive matching of names and quotes.

Every text is reduced to a "skeleton": taken to Unicode NFC, Cyrillic (Russian and Kazakh letters) transliterated
to Latin, accents removed, every other letter transliterated by anyascii (ISC licence, compatible with this MIT
project; Unidecode is GPL), and the spelling variants that separate romanisations of the same name merged (zh/ž/j,
kh/h, sh/š/s and ch/č/c, doubled letters, a glide y between vowels). "Tokayev", "Tokaev", "Токаев" and "Тоқаев" all
become "tokaev"; "Ašimbaev", "Ashimbayev" and "Asimbaev" become "asimbaev".
A query matches when every one of its words' skeletons occurs in the record's skeleton (its text, its speakers'
names and every alias); a one-character word must be a whole word.
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Iterable
from functools import lru_cache
from typing import TYPE_CHECKING

from anyascii import anyascii

from alliance_monitor.text import normalise_text

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
    (re.compile(r"(?<=[sc])h"), ""),  # Abišev / Abishev / Abisev, Čech / Chech / Cech: a caron dropped in typing
    (re.compile(r"x"), "ks"),  # Alexander / Aleksandr
    (re.compile(r"(?<=[aeiou])[yj](?=[aeiou])"), ""),  # Tokayev / Tokaev, Danijar / Daniyar
    (re.compile(r"(?<=i)y"), ""),  # Daniyar: "iy" glides
    (re.compile(r"([a-z])\1+"), r"\1"),  # Kassym / Kasym
]
_NON_WORD = re.compile(r"[^a-z0-9]+")
__all__ = ["fold", "haystack", "match_mask", "normalise_text", "query_terms", "skeleton"]

_INVISIBLE = dict.fromkeys(map(ord, "\u00ad\u200b\u200c\u200d\u2060\ufeff"), None)


def fold(text: str) -> str:
    """Lower-case ASCII of `text`: scripts transliterated, accents dropped, punctuation turned to spaces.

    The text is taken to NFC first (so a decomposed "š" folds like a composed one), then per word: the Cyrillic and
    Latin rules above, accents dropped (NFKD), and any letter still not ASCII transliterated with anyascii (Greek,
    Georgian, Armenian, Arabic, CJK, and Latin letters Unicode does not decompose: ı, ə, œ, þ...). A word made of
    letters never folds to nothing or to two words: a letter with no transliteration becomes `u<hex code point>`.
    Words are folded once each (cached): at 1000x the data, texts repeat their words far more than themselves.
    """
    if text.isascii():  # most English text: nothing to normalise, transliterate or drop
        return " ".join(_NON_WORD.sub(" ", text.lower()).split())
    return " ".join(folded for word in text.split() if (folded := _fold_word(word)))


@lru_cache(maxsize=1 << 17)
def _fold_word(word: str) -> str:
    """One blank-free word folded (see `fold`); may hold spaces where the word held punctuation."""
    cased = unicodedata.normalize("NFC", word).translate(_INVISIBLE).casefold()
    text = cased.translate(_TABLE)
    if not text.isascii():
        # NFKD spells a few ligatures out as phrases ("ﷺ"): blanks it brings into one word would split it
        text = "".join(ch for ch in unicodedata.normalize("NFKD", text) if not unicodedata.combining(ch)
                       and not ch.isspace())
        if not text.isascii():
            text = "".join(ch if ch.isascii() else _transliterate(ch) for ch in text)
    folded = " ".join(_NON_WORD.sub(" ", text.lower()).split())
    if not folded and any(ch.isalpha() for ch in word):
        # e.g. a lone soft sign "ь" (transliterated to nothing): keep a word that matches only itself
        folded = "u" + "u".join(f"{ord(ch):x}" for ch in cased if ch.isalpha())
    return folded


def _transliterate(ch: str) -> str:
    """ASCII for one non-ASCII character: anyascii's, and for a letter only its letters and digits (anyascii
    writes modifier letters such as the Uzbek "ʻ" as an apostrophe, which would split the word, and gives nothing
    for a few letters, such as the Arabic alef, that the romanisation leaves silent)."""
    ascii_text = anyascii(ch)
    return _NON_WORD.sub("", ascii_text.lower()) if ch.isalpha() else ascii_text


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
        # A one-character term (an initial, "ı" folded to "i") matches only a whole word: as a substring it would
        # match nearly every record, which is no filter at all. Longer terms match anywhere (the start of a name).
        needle = f" {term} " if len(term) == 1 else term
        hit = remaining.str.contains(needle, regex=False).to_numpy(dtype=bool, na_value=False)
        positions, remaining = positions[hit], remaining[hit]
        if not len(positions):
            break
    mask = np.zeros(len(haystacks), dtype=bool)
    mask[positions] = True
    return pd.Series(mask, index=haystacks.index)
