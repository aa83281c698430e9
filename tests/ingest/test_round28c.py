"""Issue 14, round 28c: the Russian speakers `fresh27/` missed (its lines in fresh27.scored.txt), each a case with
the shape it was written for, and beside it ordinary text on which the rule must not fire. Names, places and
sentences are made up."""

from __future__ import annotations

from tests.ingest.drafting import RU, draft, speaker_names


def _said(page: str) -> dict[str, list[str]]:
    """Each drafted quote's text -> its speakers' names (terms left out), of a whole page as given."""
    d = draft(page)
    return {q.text: speaker_names(d, q) for q in d.quotes if not q.is_term}


# --- verbs of saying in the present and of remembering (f2717, f2720) --------------------------------------------


def test_a_verb_of_saying_in_the_present_before_a_colon_is_the_pronouns_person() -> None:
    said = _said(RU + "Заместитель мэра Павел Грон с этим не согласен. Он возражает: «Крыши были старые».")
    assert said["Крыши были старые"] == ["Павел Грон"]


def test_a_verb_of_remembering_after_the_dash_is_a_verb_of_saying() -> None:
    said = _said(RU + "«Ветер выл всю ночь», — вспоминает глава Мирска Ольга Тарн.")
    assert said["Ветер выл всю ночь"] == ["Ольга Тарн"]


def test_a_verb_in_the_present_with_its_own_object_gives_no_one_the_next_quote() -> None:
    # «отвечает за ремонт»: a verb of the lexicon, but its sentence holds no quote; the next sentence's speaker speaks
    said = _said(RU + "Инженер Иван Рест отвечает за ремонт дамбы. «Работы идут по плану», — сказала мэр Ольга Тарн.")
    assert said["Работы идут по плану"] == ["Ольга Тарн"]


# --- after the quote's dash, a verb the lexicon does not hold (f2720, f2718) --------------------------------------


def test_an_unknown_verb_after_the_dash_then_a_person_in_the_nominative_is_the_speaker() -> None:
    said = _said(RU + "«Вода ледяная», — усмехается капитан буксира Игорь Сарн.")
    assert said["Вода ледяная"] == ["Игорь Сарн"]


def test_an_unknown_verb_after_the_dash_then_one_of_a_group_is_no_one() -> None:
    said = _said(RU + "МИД Соседии назвал учения «провокацией у границы».\n\n«Вода ледяная, но мы привыкли», — "
                 "признался нашему корреспонденту один из курсантов.")
    assert said["Вода ледяная, но мы привыкли"] == []


def test_an_unknown_verb_after_the_dash_then_a_common_noun_alone_is_no_one() -> None:
    said = _said(RU + "«Ветер выл всю ночь», — сказала мэр Мирска Ольга Тарн.\n\n«Мне уже не страшно», — улыбается "
                 "учительница из Мирска.")
    assert said["Мне уже не страшно"] == []


def test_an_unknown_verb_after_the_dash_then_a_person_in_another_case_is_not_the_speaker() -> None:
    # the verb's object in the accusative, its subject after it: never the person in the object's case
    said = _said(RU + "«Спасибо за новый мост через реку», — поблагодарили министра Ивана Петрова жители Мирска.")
    assert said["Спасибо за новый мост через реку"] != ["Иван Петров"]


# --- someone's words reported by another: «слова X о том, что «...»» (f2719) -------------------------------------


def test_the_words_of_a_person_in_the_genitive_about_that_are_that_persons() -> None:
    said = _said(RU + "Комментируя слова министра транспорта Соседии Карла Эрдмана о том, что «река не может ждать "
                 "дипломатов», Вера Ранц подчеркнула, что график встреч согласован.")
    assert said["река не может ждать дипломатов"] == ["Карл Эрдман"]


def test_words_commented_on_without_about_that_leave_the_quote_to_the_subject() -> None:
    said = _said(RU + "Комментируя слова министра транспорта Соседии Карла Эрдмана, Вера Ранц сказала: «Спешка "
                 "вредит договору».")
    assert said["Спешка вредит договору"] == ["Вера Ранц"]


# --- a body in the prepositional opening the sentence, a plural verb of saying (f2715, f2717) ---------------------


def test_a_body_in_the_prepositional_with_its_place_then_a_plural_verb_speaks_in_the_nominative() -> None:
    said = _said(RU + "В Управлении гражданской обороны по Дубравскому району напомнили: «Трогать обломки нельзя».")
    assert said["Трогать обломки нельзя"] == ["Управление гражданской обороны по Дубравскому району"]
    said = _said(RU + "В полиции Дубравы предупредили, что «вывозить обломки запрещено».")
    assert said["вывозить обломки запрещено"] == ["Полиция Дубравы"]


def test_a_body_in_the_prepositional_with_a_plural_subject_of_its_own_does_not_speak() -> None:
    # «жители» is the verb's subject: the residents told it in the police, not the police
    said = _said(RU + "В полиции Дубравы жители рассказали, что «обломки лежат в лесу».")
    assert said["обломки лежат в лесу"] != ["Полиция Дубравы"]


def test_a_place_in_the_prepositional_then_a_plural_verb_is_no_body() -> None:
    said = _said(RU + "В Дубраве напомнили, что «трогать обломки в лесу нельзя».")
    assert said["трогать обломки в лесу нельзя"] == []


# --- a company in apposition, its name in marks, the subject of the verb (f2716) --------------------------------


def test_a_company_in_apposition_between_commas_is_the_subject_of_the_verb() -> None:
    said = _said(RU + "«Каждая неделя стоит клиентов», — считает аналитик Игнат Вересов.\n\nВладелец терминала, "
                 "компания «Сельца Ойл Логистик», заявил, что работы идут «в срок».")
    assert said["в срок"] == ["Сельца Ойл Логистик"]


def test_a_book_in_apposition_between_commas_is_not_the_subject_of_the_verb() -> None:
    said = _said(RU + "Историк Игнат Вересов, автор книги «Море и люди», заявил, что порт «живет прошлым».")
    assert said["живет прошлым"] == ["Игнат Вересов"]
