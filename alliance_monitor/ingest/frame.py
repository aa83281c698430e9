"""The attribution frame after a quotation, whatever its verb: who the words are by when no rule named anyone.

A quote's closing mark, a comma (in Russian a comma and a dash), then a short clause that ends the sentence: a verb
and its subject, in either order. The frame itself says that the clause's subject speaks, so its verb need not be a
verb of saying ('"...," she smiles.', «...», — улыбается она.) and its subject may be a common noun that refers back
to someone the page named ('"...," the farmer says.', «...», — говорит фермер.). The rules (`quotes.Attributor`)
read attributions by their verbs and by closed lists of posts; on pages they had not seen, about two in five quotes
they left without a speaker had this frame (fresh14-fresh30 as each was scored: `benchmarks/speaker_rules.py
--at-scoring`).

`frame_subject` reads the clause and returns its subject: a third-person pronoun, or a common noun (its head word,
with the dictionary form for Russian: pymorphy3 through `morphology`). A capitalised word in the clause is a name,
which the rules read, so the frame gives None there, as it does for a plural subject, a clause with no verb, a
Russian subject that is no animate noun («— говорится в сообщении», «— пишет газета») and a Russian past verb whose
gender is not the subject's. Mapping the subject to an actor is the caller's (`Attributor.frame_speaker`).
"""

from __future__ import annotations

import functools
import re
from dataclasses import dataclass

from alliance_monitor.ingest.actors import _NOT_OCCUPATIONS
from alliance_monitor.ingest.morphology import PRONOUN_SEX, analyser

_CLAUSE = re.compile(r"[ \t\u00a0]*,?[ \t\u00a0]*(?:[—–-][ \t\u00a0]*)?(?P<clause>[^\n.!?…,;:«»\"“”„()\[\]]{2,80}?)"
                     r"[ \t\u00a0]*(?:[.!?…,;]|$)", re.MULTILINE)
"""After the closing mark: a comma, a dash, then the clause up to the sentence's end (or a comma: «— говорит фермер,
поднимая лопату.»)."""
MAX_WORDS = 6
"""A clause longer than this is a sentence of its own, not an attribution."""
_DETERMINERS = frozenset({"the", "a", "an", "our", "their", "one", "this", "that"})
_NOT_SAYING = frozenset({
    "to", "not", "never", "no", "nothing", "was", "were", "being", "been", "heard", "hears", "reads", "read", "learns",
    "learned", "learnt", "sees", "saw", "listens", "listened", "не", "ни", "отказался", "отказалась", "услышал",
    "услышала", "слышит", "прочитал", "прочитала", "читает", "узнал", "узнала", "промолчал", "промолчала", "молчит"})
"""Words that make the frame's subject someone who did not say the words: a negation or a refusal ("declined to
say", «не стал уточнять»), a passive ("he was told", "being told"), hearing, reading or silence ("the farmer said
nothing", «— услышал он», «— прочитал фермер», «— фермер промолчал»): the words are someone else's."""
_EN_COLLECTIVE = frozenset({
    "couple", "family", "families", "crew", "team", "police", "court", "committee", "government", "council", "board",
    "group", "pair", "staff", "audience", "crowd", "public", "jury", "panel", "ministry", "company", "union", "party",
    "statement", "report", "letter", "ferry", "ship", "agency", "office", "embassy", "army", "navy"})
"""English nouns that name a group, a body or a thing, never one person: the frame's noun cannot be one of them."""
_EN_NOT_PERSONS = (_NOT_OCCUPATIONS + r"|weather|computer|meter|minister|monitor|motor|sector|factor|error|floor|door"
                   r"|harbour|harbor|labour|labor|colour|plant|grant|want|giant|tenant")
"""Words shaped like a person's noun (-er, -or, -ant) that name none ("the border", "the water", "the winter"): the
cast's list (`actors._NOT_OCCUPATIONS`) and a few more a guard meets after an article."""
_EN_OTHER_PERSON = re.compile(
    r"(?<![\w'’])(?i:a|an|the|his|her|their|its|another|one)[ \t\u00a0]+(?:[a-z-]+[ \t\u00a0]+)?"
    r"(?:(?!(?:" + _EN_NOT_PERSONS + r")s?(?![\w'’]))[a-z]+(?:er|or|ist|ian|man|woman|person|ant)"
    r"|neighbou?r|son|daughter|wife|husband|mother|father|brother|sister|friend|colleague|child|resident|deputy|aide"
    r"|boss|partner|spouse|widow|widower|boy|girl|guest|client|patient|student|pupil|nurse|doctor|official|witness"
    r"|victim|survivor|relative|cousin|uncle|aunt|grandmother|grandfather|lawyer|spokesperson)s?(?![\w'’])")
"""An English person introduced by a common noun ("a fisherman", "her assistant", "his son", "a neighbour")."""
_EN_IRREGULAR_PAST = frozenset({
    "said", "told", "wrote", "spoke", "thought", "felt", "began", "went", "put", "sent", "read", "made", "came",
    "gave", "knew", "saw", "stood", "sat", "kept", "meant", "held", "left", "took", "got", "found", "bit", "broke"})
"""English verbs' past forms not in -ed (the clause's verb: "the farmer said", "the miner wrote")."""


@dataclass(frozen=True)
class FrameSubject:
    """The subject of the clause after a quote: `start`-`end` in the article, `kind` "pronoun" or "noun", `word` as
    printed (a noun's head word), `lemma` (lower case; a Russian noun's dictionary form, an English noun as printed)
    and `sex`, the one a Russian past verb gives the speaker ("m", "f"; None for any other verb)."""

    start: int
    end: int
    kind: str
    word: str
    lemma: str
    sex: str | None = None


def frame_subject(text: str, after: int) -> FrameSubject | None:
    """The subject of the attribution clause starting at `after` (right after a quote's closing mark), or None when
    the words there are no such clause. The clause is joined to the quote: a comma or a dash after the mark, or a
    comma, "?" or "!" before it ('"...," she smiles', '"...?" he asks'); after a quote closed with a full stop the
    next words open a sentence of their own ('"...." The farmer nodded.')."""
    inside = text[max(0, after - 2):after - 1]
    joined = re.match(r"[ \t\u00a0]*(?:,|[—–-])", text[after:after + 4]) is not None or inside in (",", "?", "!")
    if not joined:
        return None
    m = _CLAUSE.match(text, after)
    if m is None:
        return None
    words = [(w.start(), w.end(), w.group(0)) for w in re.finditer(r"[^\W\d_]+(?:-[^\W\d_]+)*", m.group("clause"))]
    if not 2 <= len(words) <= MAX_WORDS or any(w[:1].isupper() for _, _, w in words):
        return None
    if any(w.lower() in _NOT_SAYING for _, _, w in words):
        return None  # "she refused to say", "he was told", «— услышал он»: the frame says they did not speak them
    offset = m.start("clause")
    found = _russian(words) if re.search(r"[а-яё]", words[0][2].lower()) else _english(words)
    if found is None:
        return None
    index, kind, lemma, sex = found
    s, e, word = words[index]
    return FrameSubject(offset + s, offset + e, kind, word, lemma, sex)


def _english_verb(word: str) -> bool:
    return word in _EN_IRREGULAR_PAST or (len(word) > 3 and word.endswith(("s", "ed")) and not word.endswith("ss"))


def _english(words: list[tuple[int, int, str]]) -> tuple[int, str, str, None] | None:
    """(index of the subject's word, kind, lemma) for '"...," she smiles' / 'the farmer says' / 'says the farmer'."""
    low = [w.lower() for _, _, w in words]
    if low[0] in ("he", "she") and _english_verb(low[1]) and len(low) <= 4:
        return 0, "pronoun", low[0], None
    if len(low) == 2 and low[1] in ("he", "she") and _english_verb(low[0]):
        return 1, "pronoun", low[1], None
    if low[0] in _DETERMINERS:
        # the noun group, then the first verb-like word after one word at least ("the old farmer adds")
        verb = next((i for i in range(2, len(low)) if _english_verb(low[i])), None)
        if verb is not None and verb <= 4 and not low[verb - 1].endswith("s") and low[verb - 1] not in _EN_COLLECTIVE:
            return verb - 1, "noun", low[verb - 1], None
        return None
    if (_english_verb(low[0]) and low[1] in _DETERMINERS and len(low) <= 5 and not low[-1].endswith("s")
            and low[-1] not in _EN_COLLECTIVE):
        return len(low) - 1, "noun", low[-1], None
    return None


def _russian(words: list[tuple[int, int, str]]) -> tuple[int, str, str, str | None] | None:
    """(index, kind, lemma) for «— говорит фермер», «— улыбается она», «— подчеркнула официальный представитель»,
    «— фермер говорит»: a finite verb first or last, and the subject, an animate noun in the nominative or a
    pronoun, whose gender a past verb agrees with."""
    morph = analyser()

    def finite(word: str) -> object | None:
        return next((p for p in morph.parse(word.lower()) if p.tag.POS == "VERB" and p.tag.mood == "indc"), None)

    if len(words) > 4:
        return None
    verb_at = 0 if finite(words[0][2]) is not None else len(words) - 1 if finite(words[-1][2]) is not None else None
    if verb_at is None:
        return None
    verb = finite(words[verb_at][2])
    rest = [i for i in range(len(words)) if i != verb_at]
    sex = {"masc": "m", "femn": "f"}.get(str(getattr(getattr(verb, "tag", None), "gender", None)))
    if len(rest) == 1 and words[rest[0]][2].lower() in PRONOUN_SEX:
        pronoun = words[rest[0]][2].lower()
        if sex is not None and sex != PRONOUN_SEX[pronoun]:
            return None
        return rest[0], "pronoun", pronoun, sex
    for i in rest:
        noun = next((p for p in morph.parse(words[i][2].lower()) if p.tag.POS == "NOUN" and p.tag.case == "nomn"
                     and p.tag.number == "sing" and p.tag.animacy == "anim"), None)
        if noun is not None:
            # (a post's gender need not be its holder's, «подчеркнула официальный представитель», but a past verb's
            # is the speaker's: the noun is kept, the caller checks the person)
            return i, "noun", str(noun.normal_form), sex
    return None


def someone_else_between(text: str, start: int, end: int, sex: str | None) -> bool:
    """Whether text[start:end] (from the end of a person's name to a quote the frame's pronoun follows) brings in
    another person the pronoun (of `sex`, "m" or "f") may refer to, named by a common noun: in Russian an animate
    singular noun in the nominative, a woman's or a post's for «она» («Ее помощница тоже недовольна», «К ней
    присоединилась директор школы»), a man's for «он»; in English a determiner and a noun shaped like a person's
    ("a fisherman", "her assistant")."""
    between = text[max(start, end - GUARD_REACH):end]
    # (the person's own apposition or predicate right after their name is no one else: «Анна Лунд — мать троих
    # детей», «Анна Лунд, мать троих детей, работает»)
    own = re.match(r"[ \t\u00a0]*(?:—|,)[^,.;:!?—\n]*(?:,|(?=[.;:!?—\n]))", between) if start >= end - GUARD_REACH \
        else None
    if own is not None:
        between = between[own.end():]
    if re.search(r"[а-яё]", between, re.IGNORECASE):
        genders = {"f": ("femn", "masc", "ms-f"), "m": ("masc", "ms-f")}.get(sex or "", ("femn", "masc", "ms-f"))
        return any(_person_noun_gender(word.group(0).lower()) in genders
                   for word in re.finditer(r"[а-яёА-ЯЁ]+(?:-[а-яёА-ЯЁ]+)*", between)
                   if word.group(0).lower() not in PRONOUN_SEX)
    return _EN_OTHER_PERSON.search(between) is not None


GUARD_REACH = 1500
"""How far before a quote (characters) `someone_else_between` looks: a paste that lost its paragraph breaks keeps
each quote's look-back bounded, so the page stays linear."""


@functools.lru_cache(maxsize=8192)
def _person_noun_gender(word: str) -> str | None:
    """The gender ("masc", "femn", "ms-f" for «коллега») of a Russian word read as an animate singular common noun in
    the nominative (a person: «помощница», «директор»), or None."""
    for p in analyser().parse(word):
        if (p.tag.POS == "NOUN" and p.tag.case == "nomn" and p.tag.number == "sing" and p.tag.animacy == "anim"
                and "Name" not in p.tag and "Surn" not in p.tag and "Patr" not in p.tag and p.score >= 0.1):
            return "ms-f" if "ms-f" in p.tag else str(p.tag.gender)
    return None


def russian_finite_verb(words: str) -> bool:
    """Whether Russian `words` hold a finite verb (a word whose likeliest reading is one): «пришла», «считает»."""
    return any(_likeliest_pos(w.group(0).lower()) == "VERB" for w in re.finditer(r"[а-яёА-ЯЁ]+", words))


@functools.lru_cache(maxsize=8192)
def _likeliest_pos(word: str) -> str:
    return str(analyser().parse(word)[0].tag.POS)
