"""Round 25c: Russian speakers (fresh24's f2415-f2420): a speaker named behind a long role or an adverbial phrase, a
committee's portfolio, an embassy's seat, a court's decision, a body's letter, a second predicate's subject, unnamed
voices; each rule beside ordinary text where it must not fire."""

from __future__ import annotations

from tests.ingest.drafting import RU, draft, speakers


def test_a_speaker_behind_a_long_role_in_the_genitive_chain_is_named() -> None:
    d = draft(RU + "«Катер шел без огней», — сообщил журналистам капитан сторожевого катера пограничной охраны "
                   "Тарнии Эрик Норманн.\n")
    assert speakers(d) == [["Эрик Норманн"]]


def test_a_name_after_a_preposition_far_behind_the_verb_is_no_speaker() -> None:
    d = draft(RU + "Министр Иван Петров приехал в порт. «Мы готовы», — сказал он после долгой встречи с "
                   "министром Антоном Ивановым.\n")
    assert speakers(d) == [["Иван Петров"]]


def test_a_speaker_behind_an_adverbial_participle_phrase_is_named() -> None:
    d = draft(RU + "«Мы будем добиваться ясности», — заявил, отвечая на вопросы депутатов, Председатель "
                   "Парламента Юхан Бьерк.\n")
    assert speakers(d) == [["Юхан Бьерк"]]


def test_a_clause_of_time_after_the_verb_is_no_participle_phrase() -> None:
    d = draft(RU + "«Мы готовы», — сказал, когда закончилось совещание, Антон Иванов.\n")
    assert speakers(d) != [["Антон Иванов"]]


def test_a_committee_speaks_under_its_portfolio_of_two_nouns() -> None:
    d = draft(RU + "Комитет по транспорту и связи обсудил маяки. В документе Комитет по транспорту и связи "
                   "потребовал «полного списка маяков» к осени.\n")
    assert speakers(d) == [["Комитет по транспорту и связи"]]


def test_an_adverbial_po_phrase_after_a_council_is_not_its_portfolio() -> None:
    d = draft(RU + "«Мы поддерживаем закон», — сказал Совет по итогам встречи.\n")
    assert speakers(d) != [["Совет по итогам"]]


def test_an_embassy_in_the_prepositional_keeps_its_seat() -> None:
    d = draft(RU + "«Экипаж возвращается домой», — сообщили в посольстве Остравии в Оребю.\n")
    assert speakers(d) == [["посольство Остравии в Оребю"]]


def test_an_embassy_before_a_day_of_the_week_has_no_seat() -> None:
    d = draft(RU + "«Экипаж возвращается домой», — сообщили в посольстве Остравии в понедельник.\n")
    assert speakers(d) == [["посольство Остравии"]]


def test_a_court_s_decision_speaks_for_the_court_named_before() -> None:
    d = draft(RU + "Городской суд Тельмбю оштрафовал компанию. В решении суда говорится, что «перевозчик не "
                   "предупредил пассажиров».\n")
    assert speakers(d) == [["Городской суд Тельмбю"]]


def test_a_ship_is_no_court_for_a_court_s_decision() -> None:
    d = draft(RU + "Рыболовное судно вышло в море. В решении суда говорится, что «перевозчик не предупредил "
                   "пассажиров».\n")
    assert speakers(d) == [[]]


def test_a_ministry_s_statement_by_its_noun_speaks_for_the_ministry_named_before() -> None:
    d = draft(RU + "Министерство обороны Тарнии закрыло порт. В заявлении министерства отмечается, что «порт "
                   "закрыт до весны».\n")
    assert speakers(d) == [["Министерство обороны Тарнии"]]


def test_a_body_s_letter_in_the_genitive_speaks_for_it() -> None:
    d = draft(RU + "«Мы не можем держать паромы без экипажей», — говорится в письме Совета судовладельцев Тарнии "
                   "министру.\n")
    assert speakers(d) == [["Совет судовладельцев Тарнии"]]


def test_a_possessive_after_a_council_is_not_its_name() -> None:
    d = draft(RU + "«Мы уходим», — заявил Совет своей волей.\n")
    assert speakers(d) != [["Совет своей"]]


def test_a_second_predicate_joined_by_and_is_the_subject_s() -> None:
    d = draft(RU + "«Связь работает», — сказал министр обороны Тарнии Свен Окерлунд.\n\nМинистр повторил слова "
                   "командующего флотом Остравии Ингрид Сааль о том, что учения «никому не угрожают», и назвал их "
                   "«обычной работой флота».\n")
    assert speakers(d) == [["Свен Окерлунд"], ["Ингрид Сааль"], ["Свен Окерлунд"]]


def test_two_quotes_of_one_speaker_joined_by_and_stay_hers() -> None:
    d = draft(RU + "Министр Ингрид Сааль назвала учения «обычной работой» и добавила «без угроз».\n")
    assert speakers(d) == [["Ингрид Сааль"], ["Ингрид Сааль"]]


def test_one_of_a_group_after_the_verb_is_unnamed() -> None:
    d = draft(RU + "«Связь работает», — сказал министр Свен Окерлунд.\n\n«Нас подняли в четыре утра», — рассказал "
                   "нашему каналу один из матросов.\n")
    assert speakers(d) == [["Свен Окерлунд"], []]


def test_one_of_a_group_before_a_name_after_the_verb_leaves_the_name() -> None:
    d = draft(RU + "«Нас подняли в четыре утра», — рассказал Павел Рюд, один из матросов.\n")
    assert speakers(d) == [["Павел Рюд"]]


def test_a_person_tied_to_one_of_a_group_is_unnamed() -> None:
    d = draft(RU + "«Учения закончились», — сказал капитан Антон Сверд.\n\nМать одного из призывников, приехавшая "
                   "из Оребю, сказала корреспонденту: «Я его не узнала».\n")
    assert speakers(d) == [["Антон Сверд"], []]


def test_a_named_person_tied_to_one_of_a_group_keeps_the_name() -> None:
    d = draft(RU + "Мать одного из призывников Анна Лунд сказала корреспонденту: «Я его не узнала».\n")
    assert speakers(d) == [["Анна Лунд"]]
