"""A read-only review of the attribution frame (ingest/frame.py, `Attributor.frame_speaker`, `_named_as_subject`,
`_named_with`) and of the pronoun's sex (ingest/morphology.py `name_sex`, `given_name_sex`; actors.py
`Cast.resolve(mention, sex)`; quotes.py `known_sex`, `sex_named_at`, `person_sex`), after 7b01af6: every test failed
there and passes since the fixes. All sentences, names and places are made up.

Left out, as known limits (the README's): a Russian noun before a genitive name that could be a nominative one
(«Мать Яна Берга ... — плачет мать», F1), a man's name the cast holds only in an oblique case or with a hyphenated
given name («Никола Пашиняна», «Касым-Жомарта Токаева», F7), a given name the dictionary gives the other sex
(«Андреа», an Italian man's, F8), and the one person of the paragraph for a noun the page never put beside a name
(F12: not built, since «— говорит жительница» is as often someone unnamed).
"""

from __future__ import annotations

from typing import Any

import pytest

from alliance_monitor.ingest import draft as draft_module
from alliance_monitor.ingest import frame
from alliance_monitor.ingest.draft import Known, build_draft
from alliance_monitor.ingest.morphology import analyser, name_sex
from alliance_monitor.ingest.quotes import mask_quotations
from tests.ingest.drafting import EN, RU, attributions, draft


def _who(page: str) -> list[list[str]]:
    """Per quote (terms left out), its speakers' names."""
    return [who for _, who, _, _ in attributions(draft(page))]


def _last(page: str) -> list[str]:
    return _who(page)[-1]


# =====================================================================================================================
# F1 (wrong speaker) `Attributor._named_with`: the noun's word is followed within four words by a person who is NOT
# the noun's holder: a relation ("the mother of X", «мать Яна Берга», «адвокат рыбака Яна Берга»: X is the genitive /
# "of" complement) or the object of the noun's own verb ("a farmer told inspector X", «фермер рассказал инспектору X»).
# The frame then gives the words to X: the dead fisherman speaks for his widow, the client for his lawyer.
# =====================================================================================================================


@pytest.mark.parametrize("page", [
    EN + "The mother of Jan Berg waited outside the court. \"My son did nothing wrong at all,\" the mother says.",
    EN + "The family of fisherman Jan Berg, who drowned in the storm, wants an inquiry. \"Nobody told him the port "
         "was closed,\" the family said.",
    EN + "A local farmer told inspector Jan Berg that the field was still flooded. \"Nobody has come to help us,\" the "
         "farmer says.",
    RU + "Вдова рыбака Яна Берга требует расследования. «Ему никто не сказал, что порт закрыт», — говорит вдова.",
    RU + "Адвокат рыбака Яна Берга обжаловала приговор. «Мой подзащитный ни в чем не виноват», — говорит адвокат.",
    RU + "Фермер рассказал инспектору Яну Бергу, что поле до сих пор затоплено. «Нам никто не помогает», — говорит "
         "фермер.",
])
def test_f1_a_name_after_the_noun_that_is_its_complement_or_object_is_not_the_noun(page: str) -> None:
    [who] = _who(page)
    assert not any("Берг" in n or "Berg" in n for n in who), who


# =====================================================================================================================
# F2 (wrong speaker; and a miss) `Attributor._named_with`: in English a title is part of the name's mention
# ("Inspector Jan Berg" starts at "Inspector"), so `cast.following(word.end(), 3)` skips the titled person and takes
# the NEXT person within four words ("Inspector Jan Berg and farmer Anton Pelle ... the inspector says" -> Pelle);
# with no one after, the titled person is missed ("Inspector Jan Berg ... the inspector says" -> no one).
# =====================================================================================================================


def test_f2_the_inspector_is_the_titled_person_not_the_next_one() -> None:
    page = (EN + "Inspector Jan Berg and farmer Anton Pelle walked the flooded field together. \"Nobody will pay for "
            "this field this year,\" the inspector says.")
    assert _who(page) == [["Jan Berg"]]


@pytest.mark.parametrize(("page", "speaker"), [
    (EN + "Inspector Jan Berg walked the flooded field on Monday. \"Nobody will pay for this field this year,\" the "
          "inspector says.", "Jan Berg"),
    (EN + "Sergeant Jan Berg walked the flooded field on Monday. \"Nobody will pay for this field this year,\" the "
          "sergeant sighs.", "Jan Berg"),
    (EN + "Lieutenant Colonel Runa Westberg showed us the wall. \"We work two shifts on the wall every day,\" the "
          "colonel smiles.", "Runa Westberg"),
])
def test_f2_a_title_printed_before_the_name_is_a_noun_beside_the_name(page: str, speaker: str) -> None:
    assert _who(page) == [[speaker]]


# =====================================================================================================================
# F3 (wrong speaker) `Attributor._named_with`: the noun is mapped to the LAST person named with it even when the
# page has since brought in another, unnamed holder of the same noun ("another farmer", «другой фермер»). The pronoun
# path has this guard (`someone_else_between`); the noun path has none.
# =====================================================================================================================


@pytest.mark.parametrize("page", [
    EN + "Local farmer Anton Pelle lost his barn in the flood. Down the road, another farmer was clearing silt. "
         "\"Nobody has come to help us here,\" the farmer says.",
    EN + "Local farmer Anton Pelle met another farmer at the gate. \"They are saving what can still be saved,\" the "
         "farmer says.",
    RU + "Местный фермер Антон Пелле потерял сарай. На соседнем участке другой фермер разбирает завалы. «Нам никто "
         "не помогает», — говорит фермер.",
])
def test_f3_an_unnamed_holder_of_the_noun_brought_in_later_is_not_the_named_one(page: str) -> None:
    [who] = _who(page)
    assert "Anton Pelle" not in who and "Антон Пелле" not in who, who


# =====================================================================================================================
# F4 (wrong speaker) `frame._english` + `_named_with`: an English frame noun is never checked to be a person (the
# Russian side checks animacy). Bodies, collectives, couples and things become the person named with that word:
# "the police said" -> "Police spokesman Jan Berg"; "the court ruled" -> "witness Jan Berg" ("court heard from ...");
# "the crew said", "the committee concluded", "the team celebrated", "the couple says" (two people), "the ferry left".
# =====================================================================================================================


@pytest.mark.parametrize(("page", "not_speaker"), [
    (EN + "Police spokesman Jan Berg gave no details. \"The investigation is still at an early stage,\" the police "
          "said.", "Jan Berg"),
    (EN + "The court heard from witness Jan Berg on Monday. \"The claim is dismissed in full,\" the court ruled.",
     "Jan Berg"),
    (EN + "Crew member Jan Berg spoke to reporters on the quay. \"The ship will stay in port until the fuel "
          "arrives,\" the crew said.", "Jan Berg"),
    (EN + "Committee chair Jan Berg opened the hearing. \"The port authority has failed to answer our questions,\" "
          "the committee concluded.", "Jan Berg"),
    (EN + "Team captain Jan Berg lifted the trophy. \"This is the best day in the history of our club,\" the team "
          "celebrated.", "Jan Berg"),
    (EN + "Ferry operator Jan Berg waved from the quay. \"See you all next spring then,\" the ferry left.",
     "Jan Berg"),
])
def test_f4_an_english_noun_that_is_a_body_or_a_thing_is_no_person(page: str, not_speaker: str) -> None:
    [who] = _who(page)
    assert not_speaker not in who, who


def test_f4_a_couple_is_two_people_not_the_first_named() -> None:
    page = (EN + "The couple, Anton Pelle and Marta Skov, have run the cafe since 1998. \"The tourists stopped coming "
            "after the flood,\" the couple says.")
    assert _who(page) != [["Anton Pelle"]]


# =====================================================================================================================
# F5 (wrong speaker) `frame.frame_subject` ("whatever its verb"): a frame whose verb says the subject HEARD, READ,
# was TOLD or kept SILENT gives them the words they heard: "the farmer says he was told", "he remembers being told",
# "he reads aloud" (a sign), "the farmer said nothing", «— услышал он», «— услышал фермер», «— фермер промолчал»,
# «— прочитал фермер в ответе». `_NOT_SAYING` covers only negation words.
# =====================================================================================================================

_APPLIED_EN = "Local farmer Anton Pelle applied for compensation in May. "
_APPLIED_RU = "Местный фермер Антон Пелле подал заявку на компенсацию в мае. "


@pytest.mark.parametrize("page", [
    EN + _APPLIED_EN + "\"You will get no money for this field this year,\" the farmer says he was told.",
    EN + _APPLIED_EN + "\"You will get no money for this field this year,\" he remembers being told.",
    EN + _APPLIED_EN + "\"You will get no money for this field this year,\" the farmer said nothing.",
    EN + "Local farmer Anton Pelle stopped at the new sign by the road. \"Welcome to Rostad, the city of peace,\" he "
         "reads aloud.",
    RU + _APPLIED_RU + "«Денег за это поле в этом году не будет», — услышал он.",
    RU + _APPLIED_RU + "«Денег за это поле в этом году не будет», — услышал фермер.",
    RU + _APPLIED_RU + "«Денег за это поле в этом году не будет», — прочитал фермер в ответе.",
    RU + "Инспектор Ян Берг и фермер Антон Пелле вместе обошли затопленное поле. «Денег за это поле в этом году не "
         "будет», — фермер промолчал.",
])
def test_f5_a_frame_of_hearing_reading_or_silence_does_not_make_its_subject_the_speaker(page: str) -> None:
    [who] = _who(page)
    assert "Anton Pelle" not in who and "Антон Пелле" not in who, who


# =====================================================================================================================
# F6 (wrong speaker) `frame._CLAUSE`: the comma (and in Russian the dash) is optional, and nothing checks that the
# quote ended with its own full stop and the next word opens a sentence, so a NEW sentence after the quote ('"...." The
# farmer nodded.') is read as the frame: the listener who nods gets the inspector's words.
# =====================================================================================================================


@pytest.mark.parametrize("after", ["The farmer nodded.", "The farmer listened."])
def test_f6_a_new_sentence_after_a_full_stop_is_no_frame(after: str) -> None:
    page = (EN + "Inspector Jan Berg and farmer Anton Pelle walked the flooded field together. \"You will get no money "
            "for this field, I am afraid.\" " + after)
    [who] = _who(page)
    assert "Anton Pelle" not in who, who


# =====================================================================================================================
# F7 (wrong speaker; and a miss) `Attributor.sex_named_at` -> `morphology.name_sex` on the PRINTED form: a man's
# name in the genitive or accusative reads as a woman's (the surname's -а looks like -ова/-ева/-ина) whenever his given
# name's oblique form is not a dictionary man's name: «Ильхама Алиева», «Касым-Жомарта Токаева» (hyphen: no given-name
# reading at all), «Никола Пашиняна» (pymorphy holds «Никола» as a woman's name), «Эркина Сабирова». The printed sign
# overrides the cast's nominative name (which says "m"). f3019's own shape then fails for exactly the CSTO leaders.
# =====================================================================================================================

_OSTERMAN = ("«Решение принято демократически», — сказала официальный представитель МИД Карина Остерман.\n\nПо словам "
             "Остерман, ответа на письмо {whom} пока нет. О саммите она сказала: «Саммит станет саммитом практических "
             "решений».")


@pytest.mark.parametrize("whom", ["президента Ильхама Алиева", "президента Касым-Жомарта Токаева",
                                  "президента Эркина Сабирова"])
def test_f7_she_after_a_man_named_in_the_genitive_is_still_the_woman_before_him(whom: str) -> None:
    assert _last(RU + _OSTERMAN.format(whom=whom)) == ["Карина Остерман"]


def test_f7_he_after_a_man_named_in_the_genitive_is_him() -> None:
    # (the same page with «Марека Волкова» gives Марек Волков)
    page = (RU + "Посол Анна Крылова зачитала письмо президента Ильхама Алиева. «Мы готовы продолжить переговоры в "
            "мае», — сказал он.")
    assert _who(page) == [["Ильхам Алиев"]]


@pytest.mark.parametrize("name", ["Ильхама Алиева", "Касым-Жомарта Токаева", "Эркина Сабирова",
                                  "Ерлана Карина", "Сердара Бердымухамедова"])
def test_f7_a_man_s_name_in_an_oblique_case_gives_no_woman_s_sex(name: str) -> None:
    assert name_sex(name) != "f"


# =====================================================================================================================
# F8 (wrong speaker) `morphology.name_sex`: surnames that only look Slavic, and dictionary readings of given names
# that other languages do not share: Latin -ova is Catalan/Italian for men (Jordi Vilanova, Giacomo Casanova, Marco
# Terranova: "f"); Cyrillic -ин is English for women (Туве Остин, Ясмин Дарвин: "m"); pymorphy's «Андреа» is a woman
# (Italian Andrea is a man). And `sex_named_at` lets the name's form override a Russian verb that says the opposite
# («Министр Андреа Ронки остался до конца»: `known_sex` would say None, `name_sex(printed)` says "f" and wins).
# =====================================================================================================================


@pytest.mark.parametrize(("name", "wrong"), [
    ("Jordi Vilanova", "f"), ("Giacomo Casanova", "f"), ("Marco Terranova", "f"),
    ("Туве Остин", "m"), ("Ясмин Дарвин", "m"),
])
def test_f8_a_name_that_only_looks_slavic_or_russian_gives_no_sex(name: str, wrong: str) -> None:
    assert name_sex(name) != wrong


def test_f8_he_after_a_catalan_man_named_last_is_his() -> None:
    page = (EN + "Ambassador Ivan Sidorov left the talks early. Foreign Minister Jordi Vilanova stayed until the end. "
            "\"We agreed to meet again in May,\" he said.")
    assert _who(page) == [["Jordi Vilanova"]]


def test_f8_the_frame_s_he_after_an_italian_man_named_last_is_his() -> None:
    page = (EN + "Ambassador Ivan Sidorov left the talks early. Defence Minister Giacomo Casanova stayed until the "
            "end. \"We agreed to meet again in May,\" he smiles.")
    assert "Ivan Sidorov" not in _who(page)[0]


def test_f8_a_russian_verb_beside_the_name_outweighs_the_name_s_form() -> None:
    page = (RU + "Посол Иван Сидоров ушел с переговоров рано. Министр Андреа Ронки остался до конца.\n\n«Мы "
            "договорились встретиться снова в мае», — сказал он.")
    assert _who(page) == [["Андреа Ронки"]]


# =====================================================================================================================
# F9 (wrong speaker) `Cast.resolve(mention, sex)` / `sex_named_at`: the sex the page states outright is never read:
# an honorific (Mr, Ms, Mrs; «господин», «госпожа») or a kinship noun in apposition ("his daughter Ada Holm", «его
# дочь Нино Бурджанадзе», "his wife"). With names in Latin letters (or a Georgian/Armenian given name not in
# pymorphy's dictionary) "he" then goes to the woman named last, in the frame ("he sighs") and in the rules ("he said").
# =====================================================================================================================


@pytest.mark.parametrize("frame_", ["he sighs", "he said"])
def test_f9_he_is_not_the_woman_called_ms(frame_: str) -> None:
    page = (EN + "Mr Tomas Grell opened the cafe in 1998. Ms Ada Holm took over last year. \"The tourists stopped "
            f"coming after the flood,\" {frame_}.")
    assert "Ada Holm" not in _who(page)[0]


@pytest.mark.parametrize(("page", "woman"), [
    (EN + "Tomas Grell opened the cafe in 1998. His daughter Ada Holm took over last year. \"The tourists stopped "
          "coming after the flood,\" he sighs.", "Ada Holm"),
    (EN + "Tamaz Gelashvili opened the cafe in 1998. His daughter Nino Burjanadze runs it now. \"The tourists "
          "stopped coming after the flood,\" he sighs.", "Nino Burjanadze"),
    (RU + "Тамаз Гелашвили открыл кафе в 1998 году. Его дочь Нино Бурджанадзе теперь управляет им. «Туристы "
          "перестали приезжать после наводнения», — вздыхает он.", "Нино Бурджанадзе"),
    (RU + "Тамаз Гелашвили открыл кафе в 1998 году. Его дочь Нино Бурджанадзе теперь управляет им. «Туристы "
          "перестали приезжать после наводнения», — сказал он.", "Нино Бурджанадзе"),
])
def test_f9_he_is_not_the_daughter(page: str, woman: str) -> None:
    assert woman not in _who(page)[0]


# =====================================================================================================================
# F10 (wrong speaker) `frame.someone_else_between`: the guard against "someone the page brings in after the person by
# a common noun" misses ordinary people: in English only "a/the/his/her ... -er/-or/-ist/-ian/-man/-woman/-person/-ant"
# counts ("a neighbour", "his son", "a nurse", "a colleague", "her husband" do not); in Russian a noun of common gender
# («коллега», tagged ms-f) never counts for «он».
# =====================================================================================================================


@pytest.mark.parametrize("page", [
    EN + "Harbour chief Tomas Grell says the ferry will run. A neighbour watching from the quay is less sure. "
         "\"Nobody has paid for the fuel yet,\" he shrugs.",
    EN + "Harbour chief Tomas Grell says the ferry will run. His neighbour is less sure. \"Nobody has paid for the "
         "fuel yet,\" he shrugs.",
    EN + "Fisherman Jon Lind has lost half his catch this year. His son is less worried. \"The fish will come back "
         "next spring,\" he laughs.",
    RU + "Директор Иван Сидоров работает в школе двадцать лет. Его коллега тоже недоволен. «Нам не платят уже три "
         "месяца», — вздыхает он.",
    RU + "Судья Иван Сидоров отложил заседание. Рядом стоит его коллега. «Дело слишком сложное для одного дня», — "
         "вздыхает он.",
])
def test_f10_someone_brought_in_by_an_ordinary_noun_may_be_the_pronoun_s(page: str) -> None:
    assert _who(page) == [[]]


# =====================================================================================================================
# F11 (missed where the feature claims to work) the pronoun frame's guards over-fire:
#  - `frame._EN_OTHER_PERSON` takes any "the/a + word in -er/-or/..." for a person: "the border", "the winter",
#    "the water", "the river", "the floor", "a tractor", "the other";
#  - `_named_as_subject` refuses any comma before the name: "On Monday, Colonel ..." (a fronted adverbial);
#  - Russian `someone_else_between` takes the person's own predicate or apposition noun for someone else («Анна Лунд —
#    мать троих детей», «— учитель истории», «Анна Лунд, мать троих детей, работает»).
# =====================================================================================================================


@pytest.mark.parametrize("first", [
    "Lieutenant Colonel Runa Westberg says the border will stay open.",
    "Lieutenant Colonel Runa Westberg says the wall will be ready before the winter.",
    "Lieutenant Colonel Runa Westberg says the water in the river is still rising.",
    "On Monday, Lieutenant Colonel Runa Westberg showed us the wall.",
])
def test_f11_a_thing_in_er_or_a_fronted_adverbial_does_not_block_the_pronoun(first: str) -> None:
    page = EN + first + " \"We work two shifts on the wall,\" she smiles."
    assert _who(page) == [["Runa Westberg"]]


@pytest.mark.parametrize("first", ["Учительница Анна Лунд — мать троих детей.",
                                   "Анна Лунд — учитель истории в местной школе.",
                                   "Учительница Анна Лунд, мать троих детей, работает в школе."])
def test_f11_a_russian_predicate_noun_is_the_person_herself(first: str) -> None:
    page = RU + first + " «Дайте нам новую крышу для школы», — улыбается она."
    assert _who(page) == [["Анна Лунд"]]


# =====================================================================================================================
# F12 (missed where the docstring claims it) `Attributor.frame_speaker`: its docstring promises "else the one person
# named in the quote's paragraph before it, or in the paragraph before when its own names no one («Гидролог Лукас
# Ферроу ... «...», — считает ученый»)", but that branch is not written (`previous_paragraph` is never read).
# `_named_with`'s comma form also misses the commonest English apposition, an age first ("Anton Pelle, 54, a farmer").
# =====================================================================================================================


def test_f12_an_age_before_the_apposition() -> None:
    page = (EN + "Anton Pelle, 54, a farmer from Lower Osmark, lost his barn in the flood. \"Nobody has come to help "
            "us here,\" the farmer says.")
    assert _who(page) == [["Anton Pelle"]]


# =====================================================================================================================
# F13 (slowdown) two scans from far back per quote:
#  (a) `Attributor._named_as_subject`: `self.masked.rfind(stop, 0, named)` for ". ", "! ", "? ", "\n" scans back to the
#      page's TOP whenever one of them (usually "! " or "? ") is absent: quadratic in characters on a page of repeated
#      paragraphs (the shape of tests/ingest/test_linear_pages.py; its counters do not see `str.rfind`).
#  (b) `frame.someone_else_between` parses (pymorphy3, uncached) every word from the person's name to each quote: in
#      one long paragraph (a paste whose paragraph breaks were lost) 800 «— улыбается она» quotes take ~16 s against
#      ~0.3 s for the same page with «— сказала она» (the rules' index, `_unnamed_between`).
# =====================================================================================================================


class _RfindPage(str):
    """A masked page counting the characters its `rfind` calls scan (from the end of the range back to the hit)."""

    scanned = 0

    def rfind(self, sub: str, start: Any = None, end: Any = None) -> int:
        found = str.rfind(self, sub, start, end)
        stop = len(self) if end is None else min(end, len(self))
        _RfindPage.scanned += stop - (found if found >= 0 else (start or 0))
        return found


def _rfind_scanned(times: int, monkeypatch: pytest.MonkeyPatch) -> int:
    mask = mask_quotations
    page = EN + ("Lieutenant Colonel Runa Westberg says the work will be finished soon. \"We work two shifts on the "
                 "wall,\" she smiles.\n\n") * times
    _RfindPage.scanned = 0
    with monkeypatch.context() as m:
        m.setattr(draft_module, "mask_quotations", lambda text, found: _RfindPage(mask(text, found)))
        d = build_draft(page, page.encode(), Known())
    assert sum(1 for q in d.quotes if q.attribution and "frame" in (q.attribution.rule or "")) == times
    return _RfindPage.scanned


def test_f13a_the_sentence_s_start_is_not_looked_for_from_the_page_s_top(monkeypatch: pytest.MonkeyPatch) -> None:
    small, large = _rfind_scanned(40, monkeypatch), _rfind_scanned(160, monkeypatch)
    assert large <= 5 * small, (small, large)


class _CountingAnalyser:
    """pymorphy3's analyser as `frame` sees it, counting the words it parses."""

    parsed = 0

    def __init__(self, real: Any) -> None:
        self.real = real

    def parse(self, word: str) -> Any:
        _CountingAnalyser.parsed += 1
        return self.real.parse(word)


def _parsed(times: int, monkeypatch: pytest.MonkeyPatch) -> int:
    real = analyser()
    page = (RU + "Учительница Анна Лунд работает в школе двадцать лет. "
            + "«Дайте нам новую крышу для нашей школы», — улыбается она. " * times)
    _CountingAnalyser.parsed = 0
    with monkeypatch.context() as m:
        m.setattr(frame, "analyser", lambda: _CountingAnalyser(real))
        build_draft(page, page.encode(), Known())
    return _CountingAnalyser.parsed


def test_f13b_one_long_paragraph_of_frame_pronouns_stays_linear(monkeypatch: pytest.MonkeyPatch) -> None:
    small, large = _parsed(40, monkeypatch), _parsed(160, monkeypatch)
    assert large <= 5 * small, (small, large)
