"""Issue 14, round 27c: the Russian speakers `fresh26/` missed (its lines in fresh26.scored.txt), each a case with
the shape it was written for, and beside it ordinary text on which the rule must not fire. Names, places and
sentences are made up."""

from __future__ import annotations

from tests.ingest.drafting import RU, draft, speaker_names


def _said(page: str) -> dict[str, list[str]]:
    """Each drafted quote's text -> its speakers' names (terms left out), of a whole page as given."""
    d = draft(page)
    return {q.text: speaker_names(d, q) for q in d.quotes if not q.is_term}


_OFFICE_SITE = "Президент Республики Кордания\nОфициальный сайт\n\nВстреча с губернаторами\n\n3 марта 2027 года\n\n"
"""The head of an office's own site: its masthead (the office, beginning with the role), a label, a heading, a date."""

_PAPER = "Северный курьер\n\nВстреча с губернаторами\n\n3 марта 2027 года\n\n"
"""The head of a newspaper's page: no office in its masthead."""


# --- a role alone on the office's own site: the person the page names first (f2616) -------------------------------


def test_a_role_alone_on_the_offices_own_site_is_the_person_named_first() -> None:
    said = _said(_OFFICE_SITE + "Лев Оранский провел встречу с губернаторами.\n\n«Связь должна работать всегда», — "
                 "сказал Президент.\n\n«Дамбы построены», — напомнил глава государства.")
    assert said["Связь должна работать всегда"] == ["Лев Оранский"]
    assert said["Дамбы построены"] == ["Лев Оранский"]


def test_a_role_alone_on_a_newspapers_page_is_not_the_person_named_first() -> None:
    said = _said(_PAPER + "Лев Оранский провел встречу с губернаторами.\n\n«Связь должна работать всегда», — "
                 "сказал президент.")
    assert said["Связь должна работать всегда"] != ["Лев Оранский"]


def test_a_role_alone_on_the_offices_site_is_not_a_person_named_first_as_an_object() -> None:
    # the first person named is no verb's subject («встретился с ...» names him after the verb): no office holder
    said = _said(_OFFICE_SITE + "На встрече выступил с докладом Лев Оранский.\n\n«Связь должна работать всегда», — "
                 "сказал Президент.")
    assert said["Связь должна работать всегда"] != ["Лев Оранский"]


def test_a_role_alone_on_the_offices_site_is_not_a_person_with_another_role() -> None:
    # the masthead's office is the president's, the role alone a minister's: the minister the page named before
    said = _said(_OFFICE_SITE + "Лев Оранский провел встречу. Министр финансов Кордании Ирма Вальд доложила о "
                 "бюджете.\n\n«Денег хватит», — сказала министр.")
    assert said["Денег хватит"] == ["Ирма Вальд"]


# --- «доложил», a verb of saying -------------------------------------------------------------------------------


def test_reported_is_a_verb_of_saying() -> None:
    said = _said(RU + "Губернатор области Ефим Сабуров доложил, что ремонт дамб идет «строго по графику».")
    assert said["строго по графику"] == ["Ефим Сабуров"]


# --- a name in the dative after a role whose body has a capital and lower-case words (f2616) ----------------------


def test_a_name_in_the_dative_after_a_role_and_its_capitalised_body_is_given_in_the_nominative() -> None:
    said = _said(RU + "Слово дали секретарю Совета обороны Инне Соколовой, которая заявила: «Учения нас тревожат».")
    assert said["Учения нас тревожат"] == ["Инна Соколова"]
    said = _said(RU + "Вопрос адресовали руководителю Службы гражданской обороны Дарье Ремез, которая ответила: "
                 "«Сирены проверены».")
    assert said["Сирены проверены"] == ["Дарья Ремез"]


def test_a_name_in_the_nominative_after_a_role_and_its_capitalised_body_stays_as_printed() -> None:
    said = _said(RU + "Секретарь Совета обороны Инна Соколова заявила: «Учения нас тревожат».")
    assert said["Учения нас тревожат"] == ["Инна Соколова"]
    # a verb between the dative role and the name: the name is its subject, in the nominative
    said = _said(RU + "Доклад секретарю Совета обороны представила Вера Климова, которая заявила: «Учения нас "
                 "тревожат».")
    assert said["Учения нас тревожат"] == ["Вера Климова"]


# --- a body by its common noun and a place after «сообщили в» (f2615) ---------------------------------------------


def test_said_in_the_police_of_a_district_is_the_police_of_that_place() -> None:
    said = _said(RU + "Водитель задержан.\n\n«Он был за рулем девятнадцать часов», — сообщили в полиции района "
                 "Нижнеречье.")
    assert said["Он был за рулем девятнадцать часов"] == ["Полиция района Нижнеречье"]


def test_a_person_who_said_something_to_the_police_is_no_body() -> None:
    said = _said(RU + "Водитель задержан.\n\n«Я ехал медленно», — сообщил в полиции района водитель Марк Гальцев.")
    assert said["Я ехал медленно"] == ["Марк Гальцев"]


# --- the release of the body whose own site the page is (f2619) ---------------------------------------------------


def test_the_ministrys_release_on_its_own_site_is_the_ministry_heading_the_page() -> None:
    said = _said("Министерство по чрезвычайным ситуациям Республики Кордания\nНовости\n\nСпасатели завершили "
                 "учения\n\n14 июня 2027 года\n\nСпасатели завершили учения на реке.\n\n«Жителям ничего не угрожает», "
                 "— говорится в сообщении министерства.")
    assert said["Жителям ничего не угрожает"] == ["Министерство по чрезвычайным ситуациям Республики Кордания"]


def test_a_ministrys_release_on_a_newspapers_page_is_not_the_newspaper() -> None:
    said = _said(_PAPER + "Спасатели завершили учения на реке.\n\n«Жителям ничего не угрожает», — говорится в "
                 "сообщении министерства.")
    assert said["Жителям ничего не угрожает"] != ["Северный курьер"]
    assert said["Жителям ничего не угрожает"] == []


# --- a company by its common noun opening a sentence, after its name in marks (f2615) ----------------------------


def test_a_companys_noun_opening_a_sentence_is_the_company_named_in_marks_before() -> None:
    said = _said(RU + "Паромы вернутся к летнему расписанию, сообщила компания «Сожская Переправа».\n\nКомпания "
                 "уточнила, что «первый рейс отправится в шесть утра».")
    assert said["первый рейс отправится в шесть утра"] == ["Сожская Переправа"]


def test_a_capitalised_noun_with_no_company_named_in_marks_is_left_alone() -> None:
    # no «компания «...»» before: the rule has no body to give (and a surname opening a sentence is a person)
    said = _said(RU + "Паромы вернутся к летнему расписанию.\n\nКомпания уточнила, что «первый рейс отправится в "
                 "шесть утра».")
    assert said["первый рейс отправится в шесть утра"] != ["Сожская Переправа"]
    said = _said(RU + "Паромы вернутся к расписанию, сообщила компания «Сожская Переправа». Глава района Тимур "
                 "Ковальчук высказался тоже.\n\nКовальчук сообщил, что «билеты подорожают».")
    assert said["билеты подорожают"] == ["Тимур Ковальчук"]


# --- someone who asked not to be named, after a paper in the dative (fresh23's f2317) ----------------------------


def test_a_worker_who_asked_not_to_be_named_is_no_one_named() -> None:
    said = _said(RU + "Директор завода Арсений Пахомов заявил: «Заказов хватит».\n\n«В цеху холодно», — рассказал "
                 "«Северному курьеру» токарь завода, попросивший не называть его фамилию.")
    assert said["Заказов хватит"] == ["Арсений Пахомов"]
    assert said["В цеху холодно"] == []


def test_a_named_person_who_asked_not_to_give_a_detail_is_still_named() -> None:
    said = _said(RU + "«В цеху холодно», — рассказал «Северному курьеру» токарь Игнат Ровный, попросивший не "
                 "называть его завод.")
    assert said["В цеху холодно"] == ["Игнат Ровный"]
