"""Second review of round 29c: the narrowed Russian speaker rules (a man's genitive full name confirmed by his surname
alone, «— говорится в письме», «— просит она», «В Управлении ...» on a body's own page, a place after a preposition
and its noun) on ordinary Russian news text where they still must not fire. Each finding's test fails on main at
2afa589 and passes on 7bb841c (the code before round 29); the guards after them pass on main (four of them are round
29c's gains and fail on 7bb841c). The fixes: rule 3 (F1) and rule 5 (F2), rule 6 (F5) and the place rule (F6) are
kept, narrowed by a structural signal; rule 4 («— просит она», F3 and F4) is reverted to the behaviour before round 29,
so the guard that asserted its gain asserts the safe path instead, and a guard stands beside each narrowed fix. Names,
places and sentences are made up."""

from __future__ import annotations

import pytest

from tests.ingest.drafting import RU, draft, speaker_names

_BY = "\n\nАвтор: Анна Смирнова\n\n"


def _said(page: str) -> dict[str, list[str]]:
    """Each drafted quote's text -> its speakers' names (terms left out), of a whole page as given."""
    d = draft(page)
    return {q.text: speaker_names(d, q) for q in d.quotes if not q.is_term}


# --- F1: a woman in the nominative after a noun outside the closed list still becomes a man of her surname --------


@pytest.mark.parametrize("noun", ["заведующая", "супруга", "ведущая", "продавщица", "медсестра", "актриса",
                                  "спортсменка", "горожанка", "дежурная"])
def test_f1_a_womans_noun_outside_the_list_keeps_her_name_and_the_mans_quote(noun: str) -> None:
    said = _said(RU + "Глава района Лунин открыл школу. «Школа нужна», — сказал Лунин.\n\n«Дети рады», — говорит "
                 + noun + " Ирина Лунина.")
    assert said == {"Школа нужна": ["Лунин"], "Дети рады": ["Ирина Лунина"]}


def test_f1_a_woman_after_her_verb_and_a_mans_genitive_role_is_no_man() -> None:
    said = _said(RU + "В шторм пропал рыбак Сорокин. Его лодку нашли у мыса.\n\n«Мы ищем его третий день», — "
                 "рассказала дочь рыбака Анна Сорокина.")
    assert said["Мы ищем его третий день"] == ["Анна Сорокина"]


# --- F2: «— говорится в письме» goes to the person whose relatives, lawyers or supporters wrote it ----------------


@pytest.mark.parametrize("authors", ["родителей", "жены", "матери", "сторонников", "сотрудников завода"])
def test_f2_a_letter_of_someones_relatives_or_supporters_is_not_theirs(authors: str) -> None:
    said = _said(RU + "Редакция получила письмо " + authors + " Ивана Петрова. «Просим пересмотреть дело», — "
                 "говорится в письме.")
    assert said.get("Просим пересмотреть дело", []) == []


def test_f2_a_letter_of_support_or_an_appeal_of_the_defence_is_not_the_persons() -> None:
    said = _said(RU + "Опубликовано письмо поддержки Ивана Петрова. «Он честный человек», — говорится в письме.")
    assert said.get("Он честный человек", []) == []
    said = _said(RU + "Суд получил обращение защиты Ивана Петрова. «Приговор незаконен», — говорится в обращении.")
    assert said.get("Приговор незаконен", []) == []


# --- F3: «— просит она» goes to a named object when the subject is unnamed, or past an unnamed person ------------


def test_f3_an_unnamed_visitor_asking_is_not_the_named_official_she_came_to() -> None:
    said = _said(RU + "Пенсионерка из Ростада пришла на прием к депутату Анне Берг. «Дайте мне квартиру», — просит "
                 "она.")
    assert said.get("Дайте мне квартиру", []) == []
    said = _said(RU + "Пенсионер из Ростада пришел на прием к депутату Ивану Бергу. «Дайте мне квартиру», — просит "
                 "он.")
    assert said.get("Дайте мне квартиру", []) == []


@pytest.mark.parametrize("other", ["Ее помощница тоже недовольна.", "К ней присоединилась директор школы."])
def test_f3_a_woman_introduced_after_her_by_a_noun_outside_the_list_may_be_she(other: str) -> None:
    said = _said(RU + "Учительница Анна Лунд работает в школе двадцать лет. " + other + " «Дайте нам новую крышу», "
                 "— просит она.")
    assert said.get("Дайте нам новую крышу", []) == []


# --- F4: a man whose given name ends in -а/-я is read as «она» ---------------------------------------------------


@pytest.mark.parametrize("page", [
    "На прием к депутату пришел рыбак Илья Берг с женой. «Дайте нам квартиру», — просит она.",
    "У причала нас встретил рыбак Кузьма Лунд и его внучка. «Рыбы нет совсем», — жалуется она.",
    "Мы встретили Илью Берга у причала. «Рыбы нет совсем», — жалуется она.",
])
def test_f4_a_man_named_ilya_or_kuzma_is_never_she(page: str) -> None:
    d = draft(RU + page)
    for q in d.quotes:
        assert not any(n.startswith(("Илья", "Илью", "Кузьма")) for n in speaker_names(d, q))


# --- F5: «В Управлении ...» after another body of that noun in lower case or in the paragraph before ---------------


@pytest.mark.parametrize("before", ["Управление МЧС по Товику сообщило о буре.\n\n",
                                    "В Товике ожидается буря, сообщило управление МЧС по Товику. "])
def test_f5_another_body_of_the_noun_named_before_takes_the_own_heading_away(before: str) -> None:
    said = _said("Управление гражданской авиации Варнии" + _BY + before + "В Управлении подчеркнули, что «ветер "
                 "усилится к вечеру».")
    assert said.get("ветер усилится к вечеру") != ["Управление гражданской авиации Варнии"]


# --- F6: a surname after a preposition and a place's noun, with no other subject for the verb, is the speaker -------


@pytest.mark.parametrize("tail", ["сказал в порту Петров.", "заявил на острове Лунин.",
                                  "сказал на станции Петров, начальник вокзала."])
def test_f6_a_surname_after_a_place_noun_is_the_verbs_only_subject(tail: str) -> None:
    d = draft(RU + "Паромы снова ходят.\n\n«Паромы пойдут по графику», — " + tail)
    assert [speaker_names(d, q) for q in d.quotes if not q.is_term] in ([["Петров"]], [["Лунин"]])


# --- Guards: where the narrowed rules must keep firing or keep silent (pass on main) --------------------------------


def test_guard_a_womans_reflexive_past_makes_her_the_pronouns_person() -> None:
    said = _said(RU + "Министр Анна Лунд встретилась с мэром Иваном Петровым. «Паромы пойдут в пятницу», — сказала "
                 "она.")
    assert said["Паромы пойдут в пятницу"] == ["Анна Лунд"]


def test_guard_a_letter_of_a_governor_is_his() -> None:
    said = _said(RU + "Опубликовано письмо губернатора области Ивана Петрова. «Мы готовы к диалогу», — говорится в "
                 "письме.")
    assert said["Мы готовы к диалогу"] == ["Иван Петров"]


def test_guard_a_surname_after_a_place_noun_named_before_in_full_is_the_person() -> None:
    said = _said(RU + "Капитан Олег Петров привел паром.\n\n«Паромы пойдут по графику», — сказал в порту Петров.")
    assert said["Паромы пойдут по графику"] == ["Олег Петров"]


def test_guard_the_own_heading_body_with_no_other_body_named() -> None:
    said = _said("Управление гражданской авиации Варнии" + _BY + "Полеты отменены. В Управлении подчеркнули, что "
                 "«ветер усилится к вечеру».")
    assert said["ветер усилится к вечеру"] == ["Управление гражданской авиации Варнии"]


def test_guard_a_kin_word_with_a_name_after_it_keeps_the_name() -> None:
    said = _said(RU + "Ночью загорелся дом. Друг семьи Олег Лунин заявил: «Пожар начался в сарае, мы ничего не "
                 "успели».")
    assert said["Пожар начался в сарае, мы ничего не успели"] == ["Олег Лунин"]


def test_guard_a_woman_alone_in_her_paragraph_is_never_the_man_she_met() -> None:
    # (the review's guard asserted the «— просит она» rule's gain; the rule is reverted (F3, F4), so the guard
    # asserts the safe path: no one, never the man named with her)
    said = _said(RU + "Министр Анна Лунд встретилась с рыбаком Иваном Петровым. «Дайте нам кредит на лодки», — "
                 "просит она.")
    assert said["Дайте нам кредит на лодки"] in ([], ["Анна Лунд"])


def test_guard_a_person_named_after_the_bodys_noun_is_no_other_body() -> None:
    # (F5's fix reads the whole page for another body of the noun; «директор Управления Олег Лунд» names a person
    # after it, not another body, so «В Управлении ...» is still the heading's)
    said = _said("Управление гражданской авиации Варнии" + _BY + "«Полеты возобновятся утром», — сказал директор "
                 "Управления Олег Лунд.\n\nВ Управлении подчеркнули, что «ветер усилится к вечеру».")
    assert said["ветер усилится к вечеру"] == ["Управление гражданской авиации Варнии"]


def test_guard_a_surname_after_an_addressee_and_a_place_noun_is_the_speaker() -> None:
    # (F6's fix: a dative addressee between the verb and the place is no subject)
    d = draft(RU + "Паромы снова ходят.\n\n«Паромы пойдут по графику», — сказал нашему корреспонденту в порту Петров.")
    assert [speaker_names(d, q) for q in d.quotes if not q.is_term] == [["Петров"]]


def test_guard_a_letter_of_a_minister_with_his_ministrys_genitives_is_his() -> None:
    # (F2's fix: the chain opens with a role in the genitive singular; its complements may follow)
    said = _said(RU + "Совет обсудил письмо министра иностранных дел Варнии Ивана Петрова. «Мы готовы к диалогу», — "
                 "говорится в письме.")
    assert said["Мы готовы к диалогу"] == ["Иван Петров"]


def test_guard_a_foreign_surname_alone_still_confirms_a_mans_genitive() -> None:
    # (F1's fix: a surname that does not decline by sex, «Кросса» -> Кросс, is still read as his genitive)
    said = _said(RU + "У дороги стоит трактор фермера Юхана Кросса.\n\n«Зерно сгнило», — говорит Кросс.")
    assert said["Зерно сгнило"] == ["Юхан Кросс"]
