"""Round 29c review: the Russian speaker rules (a given name in a vowel stem, a place after a preposition and its
noun, a man's genitive full name confirmed by his surname alone, «— просит она», «— говорится в письме», «В
Управлении ...» on a body's own page, a word opening its sentence printed once) on ordinary Russian news text where
they must not fire. Each finding's test fails on main at 5f695d7; the guards after them pass. Names, places and
sentences are made up."""

from __future__ import annotations

from alliance_monitor.ingest.actors import russian_nominative
from alliance_monitor.ingest.draft import Known, build_draft
from alliance_monitor.models import Actor
from tests.ingest.drafting import RU, draft, speaker_names

_BY = "\n\nАвтор: Анна Смирнова\n\n"


def _said(page: str) -> dict[str, list[str]]:
    """Each drafted quote's text -> its speakers' names (terms left out), of a whole page as given."""
    d = draft(page)
    return {q.text: speaker_names(d, q) for q in d.quotes if not q.is_term}


# --- F1: a woman named in the nominative after a word in -а/-я becomes a man when a man with her surname is named --


def test_f1_a_woman_after_a_feminine_verb_keeps_her_name_beside_a_man_of_her_surname() -> None:
    said = _said(RU + "Депутат Иван Лунин голосовал против.\n\n«Закон нужен», — заявила Ирина Лунина.")
    assert said["Закон нужен"] == ["Ирина Лунина"]


def test_f1_a_wife_or_a_pensioner_is_not_merged_into_the_man_of_her_surname() -> None:
    said = _said(RU + "Фермер Олег Сорокин вышел в поле. «Все сгнило», — говорит Сорокин.\n\n«Помогите нам», — "
                 "рассказала пенсионерка Мария Сорокина.")
    assert said == {"Все сгнило": ["Олег Сорокин"], "Помогите нам": ["Мария Сорокина"]}
    said = _said(RU + "Министр транспорта Иван Петров уехал в отпуск. «Мы отдыхаем», — рассказала его жена Анна "
                 "Петрова.\n\n«Море теплое», — говорит Петров.")
    assert said == {"Мы отдыхаем": ["Анна Петрова"], "Море теплое": ["Иван Петров"]}


# --- F2: «— говорится в письме» goes to the letter's addressee or to a person the letter is about ----------------


def test_f2_the_letter_s_addressee_in_the_dative_is_not_its_author() -> None:
    said = _said(RU + "Рыбаки направили письмо Ивану Петрову. «Мы просим отменить сбор», — говорится в письме.")
    assert said["Мы просим отменить сбор"] == []
    said = _said(RU + "Рыбаки направили письмо главе района Ивану Петрову. «Мы просим отменить сбор», — говорится в "
                 "письме.")
    assert said["Мы просим отменить сбор"] == []


def test_f2_a_person_the_letter_is_about_is_not_its_author() -> None:
    said = _said(RU + "Жители направили губернатору письмо с требованием уволить министра Ивана Петрова. «Мы больше "
                 "не можем ждать», — говорится в письме.")
    assert said["Мы больше не можем ждать"] == []
    said = _said(RU + "Жители написали письмо против строительства завода бизнесмена Ивана Петрова. «Мы против "
                 "завода», — говорится в письме.")
    assert said.get("Мы против завода", []) == []


# --- F3: a surname or a one-word body printed once, opening its sentence, is dropped as a speaker ----------------


def test_f3_a_surname_opening_its_sentence_after_the_full_name_in_another_case_is_the_person() -> None:
    said = _said(RU + "Журналисты встретились с Иваном Петровым. Петров заявил: «Паромы пойдут в пятницу».")
    assert said["Паромы пойдут в пятницу"] in (["Иван Петров"], ["Петров"])
    said = _said(RU + "Журналисты расспросили Анну Сидорову. Сидорова заявила: «Паромы пойдут в пятницу».")
    assert said["Паромы пойдут в пятницу"] in (["Анна Сидорова"], ["Сидорова"])


def test_f3_a_surname_named_once_opening_its_sentence_is_a_name() -> None:
    said = _said(RU + "Паромы не ходят третью неделю.\n\nПетров заявил: «Паромы пойдут в пятницу».")
    assert said["Паромы пойдут в пятницу"] == ["Петров"]
    said = _said(RU + "Переговоры зашли в тупик.\n\nМакрон заявил: «Мы открыты к диалогу».")
    assert said["Мы открыты к диалогу"] == ["Макрон"]


def test_f3_the_quote_of_a_name_printed_once_is_not_lost() -> None:
    said = _said(RU + "Переговоры зашли в тупик. Лавров заявил, что Москва «открыта к диалогу».")
    assert said.get("открыта к диалогу") == ["Лавров"]
    said = _said(RU + "Учения прошли на севере страны. Минобороны сообщило, что «все задачи выполнены».")
    assert said.get("все задачи выполнены") == ["Минобороны"]


# --- F4: «— просит она» when the paragraph names two women, or an unnamed woman after the named one ---------------


def test_f4_a_pronoun_after_the_dash_with_two_women_in_the_paragraph_names_no_one() -> None:
    said = _said(RU + "Директор школы Ильва Сорн встретилась с министром Анной Лунд. «Дайте нам квартиру», — просит "
                 "она.")
    assert said.get("Дайте нам квартиру") != ["Анна Лунд"]


def test_f4_a_pronoun_after_an_unnamed_woman_is_not_the_named_one() -> None:
    said = _said(RU + "Директор школы Ильва Сорн считает, что учителя не поедут. Ее коллега тоже недовольна. «Дайте "
                 "нам квартиру», — просит она.")
    assert said.get("Дайте нам квартиру") != ["Ильва Сорн"]


# --- F5: «В Департаменте ...» under a news headline, or with another body of that noun named ---------------------


def test_f5_a_news_headline_is_not_a_body_s_name() -> None:
    said = _said("Департамент образования проверил школы Ростада" + _BY + "Проверка шла месяц. В Департаменте "
                 "заявили, что нарушения «будут устранены».")
    assert said.get("будут устранены") != ["Департамент образования проверил школы Ростада"]


def test_f5_another_body_of_that_noun_named_just_before_is_not_the_page_s_body() -> None:
    said = _said("Управление гражданской авиации Варнии\n\n24.10.2027\n\nАэропорт закрыт\n\nУправление МЧС по Товику "
                 "сообщило о буре. В Управлении подчеркнули, что «ветер усилится».")
    assert said.get("ветер усилится") != ["Управление гражданской авиации Варнии"]


# --- F6: a surname after a preposition and any lower-case noun («в интервью Петров») is taken for a place -------


def test_f6_a_surname_after_in_an_interview_is_the_speaker() -> None:
    said = _said(RU + "Министр Петров посетил порт.\n\n«Паромы пойдут по графику», — заявил в интервью Петров.")
    assert said["Паромы пойдут по графику"] == ["Петров"]


# --- guards: the rules where they are right, and neighbours they leave alone -------------------------------------


def test_guard_given_names_in_other_declensions() -> None:
    assert russian_nominative("Наталии Ким") == "Наталия Ким"
    assert russian_nominative("Юлии Ким") == "Юлия Ким"
    assert russian_nominative("Майи Ким") == "Майя Ким"
    assert russian_nominative("Ильи Петрова") == "Илья Петров"
    assert russian_nominative("Никиты Сорина") == "Никита Сорин"


def test_guard_a_letter_by_a_minister_to_a_governor_is_the_minister_s() -> None:
    said = _said(RU + "Совет обсудил письмо министра финансов Ивана Петрова губернатору Олегу Сидорову. «Денег "
                 "нет», — говорится в письме.")
    assert said["Денег нет"] == ["Иван Петров"]


def test_guard_a_pronoun_after_the_dash_with_a_man_and_a_woman_is_never_the_man() -> None:
    # (the «— просит она» rule was reverted by the second review of round 29c: no one is named, never the man)
    said = _said(RU + "Министр Иван Петров встретился с учительницей Ильвой Сорн. «Дайте нам служебную квартиру», — "
                 "просит она.")
    assert said["Дайте нам служебную квартиру"] in ([], ["Ильва Сорн"])


def test_guard_another_ministry_named_before_keeps_its_quote() -> None:
    said = _said("Министерство обороны Варнии\n\n24.10.2027\n\nУчения завершены\n\nМинистерство финансов Варнии "
                 "выделило средства на учения. В Министерстве подчеркнули, что деньги «пришли вовремя».")
    assert said["пришли вовремя"] == ["Министерство финансов Варнии"]


def test_guard_a_full_name_before_a_weekday_after_a_preposition() -> None:
    said = _said("Иван Петров: паромы пойдут" + _BY + "Министр посетил порт.\n\n«Паромы пойдут по графику», — "
                 "заявил в среду Петров.")
    assert said["Паромы пойдут по графику"] == ["Иван Петров"]


def test_guard_a_curated_person_by_surname_alone_opening_a_sentence() -> None:
    known = Known(actors=[Actor.model_validate({"id": "sergei-lavrov", "name": "Сергей Лавров", "kind": "person"})])
    text = RU + "Переговоры зашли в тупик.\n\nЛавров заявил: «Мы открыты к диалогу»."
    d = build_draft(text, text.encode(), known)
    assert [d.speakers_of(q) for q in d.quotes if not q.is_term] == [["sergei-lavrov"]]


# --- guards beside each fix: the narrowed rules still fire where they are right ---------------------------------


def test_guard_f1_a_man_s_genitive_confirmed_by_his_surname_alone_is_named_in_the_nominative() -> None:
    said = _said(RU + "Третий день у причала стоит катер рыбака Оскара Линдгрена.\n\n«Кредит никто не отменял», — "
                 "говорит Линдгрен.")
    assert said["Кредит никто не отменял"] == ["Оскар Линдгрен"]


def test_guard_f1_a_woman_after_a_woman_s_noun_keeps_her_name_beside_a_surname_alone() -> None:
    said = _said(RU + "Поле затопило. «Все сгнило», — говорит Сорокин.\n\n«Помогите нам», — рассказала пенсионерка "
                 "Мария Сорокина.")
    assert said["Помогите нам"] == ["Мария Сорокина"]


def test_guard_f2_a_curated_author_by_surname_after_a_chain_of_genitives() -> None:
    known = Known(actors=[Actor.model_validate({"id": "tokbayev", "name": "Arman Tokbayev", "kind": "person"})])
    text = RU + ("Комитет получил письмо спикера Сената Варнии Армана Токбаева, который поблагодарил депутатов. "
                 "«Спасибо за поддержку», — говорится в письме.")
    d = build_draft(text, text.encode(), known)
    assert [d.speakers_of(q) for q in d.quotes if not q.is_term] == [["tokbayev"]]
    said = _said(RU + "Копия письма главы Сената Ивана Петрова есть в редакции. «Денег нет», — говорится в письме.")
    assert said["Денег нет"] == ["Иван Петров"]


def test_guard_f2_a_letter_to_a_woman_in_the_dative_is_not_hers() -> None:
    said = _said(RU + "Рыбаки направили письмо министру Анне Лунд. «Мы просим отменить сбор», — говорится в письме.")
    assert said["Мы просим отменить сбор"] == []


def test_guard_f3_a_word_of_kinship_opening_its_sentence_is_no_name() -> None:
    said = _said(RU + "Рыба ушла. Сват говорит: «Рыба ушла туда, где тише». Брат заявил: «Вернется весной, когда "
                 "вода остынет».")
    assert said == {"Рыба ушла туда, где тише": [], "Вернется весной, когда вода остынет": []}


def test_guard_f4_the_pronoun_is_not_hers_when_she_quotes_another() -> None:
    said = _said(RU + "Директор школы Ильва Сорн вспоминает слова министра. «Учитель найдется», — цитирует она.")
    assert said.get("Учитель найдется") != ["Ильва Сорн"]


def test_guard_f4_a_pronoun_after_the_dash_is_never_the_man_named_last() -> None:
    # (the «— просит она» rule was reverted by the second review of round 29c: no one is named, never the man)
    said = _said(RU + "Директор школы Ильва Сорн и глава района Иван Петров осмотрели здание. «Дайте нам служебную "
                 "квартиру», — просит она.")
    assert said.get("Дайте нам служебную квартиру") != ["Иван Петров"]


def test_guard_f5_the_own_body_named_in_full_before_its_noun_alone_is_still_the_body() -> None:
    said = _said("Департамент рыболовства Сольвии\n\n24.10.2027\n\nЛов возобновится\n\nДепартамент рыболовства "
                 "продлил сезон. В Департаменте напомнили, что запрет «действовал только на время нереста».")
    assert said["действовал только на время нереста"] == ["Департамент рыболовства Сольвии"]


def test_guard_f6_a_word_after_a_preposition_and_a_settlement_s_noun_is_a_place() -> None:
    said = _said(RU + "Рыбаки недовольны.\n\n«Воды нет», — рассказала пенсионерка из деревни Лейдо.")
    assert said["Воды нет"] == []
