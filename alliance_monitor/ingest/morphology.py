"""What a word's form says: a Russian word's dictionary form, and the sex a person's name or a pronoun gives them.

Russian forms are pymorphy3's (its OpenCorpora dictionary ships inside the `pymorphy3-dicts-ru` wheel: nothing is
downloaded). The analyser loads once per process, about 0.1 s and 16 MB, and only when a draft first needs it.

The sex matters to attribution: "he" or «она» refers back to a person of that sex, so a pronoun that the nearest
person cannot be (a man's «она», a woman's "he") refers to the person before them. A name's sex is read only where
the form is unambiguous, and None otherwise; the caller treats None as "either".
"""

from __future__ import annotations

import functools
import re
import threading
from typing import Any

PRONOUN_SEX = {"he": "m", "him": "m", "she": "f", "her": "f", "он": "m", "она": "f"}
"""The sex a third-person pronoun gives the person it refers to (lower case)."""

_LATIN_SURNAME_SEX = (
    (re.compile(r"[A-Z][a-z]{2,}(?:ova|eva|ska|skaya|tska|tskaya)"), "f"),
    (re.compile(r"[A-Z][a-z]{2,}(?:ov|ev|sky|ski|skiy|skii|tsky|tski)"), "m"),
)
"""Slavic surnames in Latin letters that only one sex bears (Volkova, Volkov; Kowalska, Kowalski), with a stem of three
letters or more: a short one is often another language's name that anyone bears (Skov, Hov, Lev)."""
_CYRILLIC_SURNAME_SEX = (
    (re.compile(r"[А-ЯЁ][а-яё]{2,}(?:ова|ева|ёва|ская|цкая)"), "f"),
    (re.compile(r"[А-ЯЁ][а-яё]{2,}(?:ов|ев|ёв|ский|цкий)"), "m"),
)
"""The same in Cyrillic, in the nominative (the cast's form of a name): Волкова, Волков; Белецкая, Белецкий. Not -ин,
which many other languages' surnames end in (Остин, Дарвин, Лундин)."""
_LATIN_FEMALE_LOOKING = re.compile(r"[A-Z][a-z]+a")
"""A given name in Latin letters ending in -a: most often a woman's, so it vetoes a man's surname (Marta Skov, Nikita
Orlov: no sign) and confirms a woman's (Irena Dobrova), but never gives a sex on its own (Ola, Luca are men's)."""
_CYRILLIC_WORD = re.compile(r"[А-ЯЁ][а-яё]+")

_LOADING = threading.Lock()


@functools.cache
def analyser() -> Any:
    """pymorphy3's analyser, loaded once (the lock keeps two sessions of the dashboard from loading it twice)."""
    with _LOADING:
        import pymorphy3

        return pymorphy3.MorphAnalyzer()


@functools.lru_cache(maxsize=4096)
def lemma(word: str) -> str:
    """The dictionary form of a Russian word (pymorphy3's most likely parse)."""
    return str(analyser().parse(word.lower())[0].normal_form)


@functools.lru_cache(maxsize=4096)
def given_name_sex(word: str) -> str | None:
    """"m" or "f" for a Russian given name in the dictionary when every singular reading of it as a given name has
    that gender (Карина, Ингрид: "f"; Марек, Никита, Богдан: "m"), in any case (Анны: "f"); None for a word the
    dictionary does not hold as a given name, or holds as both."""
    genders = {str(p.tag.gender) for p in analyser().parse(word)
               if "Name" in p.tag and p.tag.number == "sing" and p.tag.gender in ("masc", "femn")}
    return {"masc": "m", "femn": "f"}.get(genders.pop()) if len(genders) == 1 else None


def name_sex(name: str) -> str | None:
    """"m" or "f" for a person's name (given name first, surname last) when its form says so and nothing in it says
    the other: a Slavic surname's ending (Volkova, Волков) or a Russian given name (`given_name_sex`); None when it
    says nothing or both. A given name in Latin letters gives no sex (an ending in -a is a woman's in most languages
    but not in all: Ola, Luca are men's), but its -a vetoes a man's surname ending (Marta Skov)."""
    words = name.split()
    if len(words) < 2:
        return None  # a surname alone, or a one-word name: too little to tell (Ansel, Ода)
    signs = set()
    given, surname = words[0], words[-1]
    given_sex = given_name_sex(given) if _CYRILLIC_WORD.fullmatch(given) else None
    for pattern, sex in (*_LATIN_SURNAME_SEX, *_CYRILLIC_SURNAME_SEX):
        if pattern.fullmatch(surname):
            if sex == "f" and not (given_sex == "f" or _LATIN_FEMALE_LOOKING.fullmatch(given)):
                # a woman's ending only beside a woman's given name: «Ильхама Алиева» is a man's genitive, Jordi
                # Vilanova and Giacomo Casanova are men
                break
            signs.add(sex)
            break
    if given_sex is not None:
        signs.add(given_sex)
    elif signs == {"m"} and _LATIN_FEMALE_LOOKING.fullmatch(given):
        return None
    return signs.pop() if len(signs) == 1 else None


@functools.lru_cache(maxsize=4096)
def body_head_nominative(word: str) -> str | None:
    """The nominative of a capitalised Russian word that the dictionary holds as an inanimate common noun in the
    prepositional case, the head of a body's name after «в» («Управлении» -> «Управление», «Департаменте» ->
    «Департамент»), capitalised as printed; None for a place, a person's name, a word the dictionary does not hold
    (a made-up place, «Кесселе») or any other reading."""
    morph = analyser()
    if not morph.word_is_known(word.lower()):
        return None
    for p in morph.parse(word.lower()):
        if ("Geox" in p.tag or "Name" in p.tag or "Surn" in p.tag or "Orgn" in p.tag or "Trad" in p.tag
                or p.tag.POS != "NOUN" or p.tag.animacy != "inan"):
            return None  # any reading as a place or a name: not a body's head for sure
    for p in morph.parse(word.lower()):
        if p.tag.case in ("loct", "loc2") and p.tag.number == "sing":
            nominative = p.inflect({"nomn", "sing"})
            if nominative is not None:
                return str(nominative.word).capitalize()
    return None


@functools.lru_cache(maxsize=8192)
def _cases(word: str) -> frozenset[str]:
    """Every case a Russian word may be in (pymorphy3's readings)."""
    return frozenset(str(p.tag.case) for p in analyser().parse(word.lower()) if p.tag.case)


def _has_case(word: str, *cases: str) -> bool:
    return not _cases(word).isdisjoint(cases)


def can_be_nominative(word: str) -> bool:
    """Whether pymorphy3 reads a Russian word as nominative in any of its readings (or knows no case for it: an
    unknown name is not taken for an oblique one). «Оберг» yes, «Обергу» no."""
    cases = _cases(word)
    return not cases or "nomn" in cases


_CIRCUMSTANCES = frozenset({
    "итогам", "словам", "данным", "мнению", "поводу", "причине", "просьбе", "результатам", "сообщениям", "информации",
    "времени", "мере", "поручению", "инициативе", "приглашению", "требованию", "оценкам", "случаю", "сути",
    "традиции", "телефону", "видеосвязи", "радио", "телевидению"})
"""Nouns after «по» that make a circumstance («по итогам проверки», «по словам»), never a body's remit."""


def genitive_chain(words: list[str]) -> int:
    """How many of `words` (those after a body's head noun) still name the body: adjectives and nouns in the
    genitive («гражданской авиации»), a remit after «по» in the dative («по Товикскому округу», «по обороне и
    безопасности»), then a place's name («Варнии»), which ends it. Never a pronoun («этой информации»), a
    circumstance («по итогам проверки») or a person's name («Сольвейг Хаген»). 0 when the first word is none of
    these."""
    taken = 0
    while taken < len(words):
        word = words[taken]
        if word == "по" and taken + 1 < len(words) and words[taken + 1].lower() not in _CIRCUMSTANCES:
            remit = taken + 1
            while remit < len(words) and (words[remit] == "и" or _has_case(words[remit], "datv")):
                remit += 1
            if remit == taken + 1 or words[remit - 1] == "и":
                break
            taken = remit
        elif word == "и" and taken + 1 < len(words) and _genitive_word(words[taken + 1]):
            taken += 1
        elif word[:1].isupper():
            # a place's name closes the chain: in the dictionary as a place, or a made-up one it does not hold that no
            # second capitalised word follows (a person's given name and surname would); or a person's given name and
            # surname both in the genitive, whom the body is named after («Фонд Ивана Петрова»)
            following = words[taken + 1] if taken + 1 < len(words) else ""
            if _is_place(word) or (not analyser().word_is_known(word.lower()) and not following[:1].isupper()
                                   and not _is_name(word)):
                taken += 1
            elif following[:1].isupper() and _genitive_name(word, "Name") and _genitive_name(following, "Surn"):
                taken += 2
            break
        elif _genitive_word(word) or (taken and _instrumental_noun(word) and _genitive_word(words[taken - 1])):
            # (and a deverbal noun's complement in the instrumental: «Центр управления полетами»)
            taken += 1
        else:
            break
    return taken


@functools.lru_cache(maxsize=8192)
def _genitive_name(word: str, kind: str) -> bool:
    return any(kind in p.tag and p.tag.case == "gent" for p in analyser().parse(word.lower()))


@functools.lru_cache(maxsize=8192)
def _instrumental_noun(word: str) -> bool:
    return word[:1].islower() and any(p.tag.POS == "NOUN" and p.tag.case == "ablt" for p in analyser().parse(word))


@functools.lru_cache(maxsize=8192)
def _genitive_word(word: str) -> bool:
    """A lower-case adjective or noun that may be in the genitive (no pronoun: «этой», «никаких»; no preposition an
    indeclinable abbreviation shares its letters with: «по», «ПО»)."""
    readings = analyser().parse(word.lower())
    return not any(p.tag.POS in ("PREP", "CONJ", "PRCL") for p in readings) and any(
        p.tag.case == "gent" and p.tag.POS in ("NOUN", "ADJF") and "Apro" not in p.tag and "Fixd" not in p.tag
        for p in readings)


@functools.lru_cache(maxsize=8192)
def _is_place(word: str) -> bool:
    return any("Geox" in p.tag for p in analyser().parse(word.lower()))


@functools.lru_cache(maxsize=8192)
def _is_name(word: str) -> bool:
    return any("Name" in p.tag or "Surn" in p.tag or "Patr" in p.tag for p in analyser().parse(word.lower()))


def personal_name(word: str) -> bool:
    """Whether pymorphy3 reads a Russian word as a given name, a surname or a patronymic in any reading («Анна»,
    «Петрова»); a made-up place («Варнии») it does not."""
    return _is_name(word)


@functools.lru_cache(maxsize=8192)
def plural_finite_verb(word: str) -> bool:
    """Whether a Russian word reads as a finite verb in the plural, the impersonal «they» a body speaks by
    («сообщили», «заявили», «считают», «уточняют»)."""
    return any(p.tag.POS == "VERB" and p.tag.number == "plur" for p in analyser().parse(word.lower()))
