"""Issue 14, round 26c: the Russian speakers `fresh25/` missed (its lines in fresh25.scored.txt) and the Russian kinds
rounds 24-25 left on `fresh23/`, each a case with the shape it was written for, and beside it ordinary text on which
the rule must not fire. Names, places and sentences are made up."""

from __future__ import annotations

from alliance_monitor.ingest.actors import russian_nominative
from tests.ingest.drafting import RU, draft, speaker_names


def _said(text: str) -> dict[str, list[str]]:
    """Each drafted quote's text -> its speakers' names (terms left out)."""
    d = draft(RU + text)
    return {q.text: speaker_names(d, q) for q in d.quotes if not q.is_term}


def _terms(text: str) -> list[str]:
    return [q.text for q in draft(RU + text).quotes if q.is_term]


# --- a name in the instrumental after a participle's role, its body and a rank (f2516) ---------------------------


def test_a_name_after_a_participles_role_and_a_rank_in_the_instrumental_is_given_in_the_nominative() -> None:
    said = _said("Мэр провел встречу с командующим флотом Остравии вице-адмиралом Ларсом Эклундом. «Причал нужен "
                 "до зимы, иначе корабли будут стоять на рейде», — сказал командующий.")
    assert said["Причал нужен до зимы, иначе корабли будут стоять на рейде"] == ["Ларс Эклунд"]


def test_a_name_in_the_nominative_after_a_participles_role_stays_as_printed() -> None:
    # ordinary text: the commander as the verb's subject, in the nominative, is not read back from an instrumental
    said = _said("Командующий флотом Остравии вице-адмирал Ларс Эклунд сказал: «Причал нужен до зимы, иначе корабли "
                 "будут стоять на рейде».")
    assert said["Причал нужен до зимы, иначе корабли будут стоять на рейде"] == ["Ларс Эклунд"]


def test_a_name_after_a_body_by_its_initials_in_the_instrumental_is_given_in_the_nominative() -> None:
    said = _said("Министр провел переговоры с главой МИД Кесселя Анникой Стрём. Стрём добавила, что Кессель «готов "
                 "выделить два корабля для патруля».")
    assert said["готов выделить два корабля для патруля"] == ["Анника Стрём"]


# --- a name in the nominative after a role's genitive (f2516's «заместитель губернатора Ольга Веер») --------------


def test_a_given_name_in_a_before_an_undeclined_surname_is_already_the_nominative() -> None:
    assert russian_nominative("Ольга Сандер") is None
    said = _said("Работу возглавит заместитель мэра Ольга Сандер. Как отметила Ольга Сандер, город «найдет деньги "
                 "на первую очередь».")
    assert said["найдет деньги на первую очередь"] == ["Ольга Сандер"]


def test_a_mans_name_in_the_genitive_is_still_given_in_the_nominative() -> None:
    # ordinary text: a man's genitive declines both words (Павла Сорина), a woman's given name ends in -ы/-и
    assert russian_nominative("Павла Сорина") == "Павел Сорин"
    assert russian_nominative("Ирины Вальд") == "Ирина Вальд"


# --- a place's adjective is no given name; a group opening its sentence speaks for no one named (f2516) -----------


def test_a_place_named_by_an_adjective_and_a_noun_is_no_speaker_and_residents_are_unnamed() -> None:
    said = _said("«Маршрут свяжет порт с больницей», — сказал глава района Антон Реве.\n\nЖители поселка Верхняя "
                 "Лука в письмах в администрацию просят оставить «остановку у старой школы на прежнем месте».")
    assert said["остановку у старой школы на прежнем месте"] == []


def test_a_person_whose_given_name_ends_in_ij_still_speaks() -> None:
    # ordinary text: Юрий, Дмитрий end in -ий like an adjective; -ий is no place's mark
    said = _said("Дмитрий Корнев заявил, что «причал откроют весной».")
    assert said["причал откроют весной"] == ["Дмитрий Корнев"]


def test_a_short_scare_quote_after_a_plural_subject_stays_a_term() -> None:
    # ordinary text: "Министры ... обещают «новую эпоху сотрудничества»" is a phrase in marks, not a group's words
    assert "новую эпоху сотрудничества" in _terms(
        "Каждую зиму министры приезжают на побережье. Министры фотографируются на палубах и обещают «новую эпоху "
        "сотрудничества».")


# --- a letter of a person given in the genitive, its addressee in the dative (f2518) -----------------------------


def test_a_letter_of_a_role_and_a_name_in_the_genitive_is_that_persons() -> None:
    said = _said("Директор администрации Вера Тамм называет это «вынужденной экономией». В письме губернатора Орнского "
                 "края Матиаса Брандта министру транспорта сказано, что «маяк нужен рыбакам больше любого отчета».")
    assert said["маяк нужен рыбакам больше любого отчета"] == ["Матиас Брандт"]


def test_a_letter_to_a_person_in_the_dative_is_not_the_addressees() -> None:
    # ordinary text: the person in the dative is whom the letter was sent to; they did not write it
    said = _said("В письме губернатору Матиасу Брандту сказано, что «маяк нужен рыбакам больше любого отчета».")
    assert "Матиас Брандт" not in said["маяк нужен рыбакам больше любого отчета"]


# --- a letter's signer after it; a body by its common noun after «по данным» (f2519) -----------------------------


def test_the_one_who_signed_the_letter_says_its_words() -> None:
    said = _said("«Без буя у входа в гавань мы идем вслепую каждую ночь», — говорится в обращении, которое от имени "
                 "артели подписал шкипер Тимур Ольсен.")
    assert said["Без буя у входа в гавань мы идем вслепую каждую ночь"] == ["Тимур Ольсен"]


def test_the_one_who_received_the_letter_does_not_say_its_words() -> None:
    # ordinary text: "которое получил ..." names the addressee, not the author
    said = _said("«Без буя у входа в гавань мы идем вслепую каждую ночь», — говорится в обращении, которое вчера "
                 "получил мэр Тимур Ольсен.")
    assert said["Без буя у входа в гавань мы идем вслепую каждую ночь"] != ["Тимур Ольсен"]


def test_a_coast_guard_by_its_common_noun_after_po_dannym_says_a_short_quote() -> None:
    said = _said("Морская охрана Кесселя сообщила, что заявка рассмотрена. По данным ведомства, буй «появится "
                 "весной».")
    assert said["появится весной"] == ["Морская охрана Кесселя"]


def test_po_dannym_of_a_plural_common_noun_is_not_read_as_the_body() -> None:
    # ordinary text: "По данным метеорологов" names no body by its common noun; the rule leaves it alone
    assert "появится весной" not in _said("Морская охрана Кесселя сообщила, что заявка рассмотрена. По данным "
                                          "метеорологов, шторм «закончится к утру».")


# --- «глава кессельского МИД»: the place as an adjective between the role and the body (f2314) -------------------


def test_the_head_of_a_places_ministry_by_adjective_is_its_holder_named_before() -> None:
    said = _said("Министр обороны Остравии Йорген Сайм провел переговоры с главой МИД Кесселя Анникой Стрём. "
                 "«Патруль начнется в мае», — сказал Йорген Сайм.\n\n«Мы обсуждали это еще год назад, и теперь все "
                 "готово», — подчеркнула глава кессельского МИД.")
    assert said["Мы обсуждали это еще год назад, и теперь все готово"] == ["Анника Стрём"]


def test_the_head_of_another_places_ministry_is_not_the_holder_named_before() -> None:
    # ordinary text: the holder named before heads Kessel's ministry; «глава остравского МИД» is someone else
    said = _said("Министр провел переговоры с главой МИД Кесселя Анникой Стрём.\n\n«Мы обсуждали это еще год назад, "
                 "и теперь все готово», — подчеркнула глава остравского МИД.")
    assert said["Мы обсуждали это еще год назад, и теперь все готово"] != ["Анника Стрём"]


# --- a paper in marks inside «Как заявил ...,»; a feminine body in the prepositional (f2315, f2317) ---------------


def test_a_papers_name_in_marks_inside_kak_zayavil_keeps_the_speaker_after_it() -> None:
    said = _said("Как заявил в интервью «Вечерней Остраве» министр финансов Карл Беккер, «досмотр парома займет не "
                 "больше часа».")
    assert said["досмотр парома займет не больше часа"] == ["Карл Беккер"]


def test_kak_zayavil_with_a_clause_of_its_own_after_the_comma_is_not_the_first_speakers() -> None:
    # ordinary text: the clause after the comma has its own speaker and verb of saying
    said = _said("Как заявил в интервью «Вечерней Остраве» министр финансов Карл Беккер, его заместитель Олег Рунд "
                 "сказал, что «досмотр парома займет не больше часа».")
    assert said["досмотр парома займет не больше часа"] == ["Олег Рунд"]


def test_a_feminine_body_in_the_prepositional_is_named_in_the_nominative() -> None:
    said = _said("В Таможенной службе Кесселя уточнили, что сканеры доставлены. «Сканеры установлены на обоих "
                 "причалах», — говорится в сообщении ведомства.")
    assert said["Сканеры установлены на обоих причалах"] == ["Таможенная служба Кесселя"]


def test_a_feminine_body_in_the_nominative_keeps_its_name() -> None:
    # ordinary text: the name already in the nominative is not changed
    said = _said("Таможенная служба Кесселя сообщила, что «сканеры установлены на обоих причалах».")
    assert said["сканеры установлены на обоих причалах"] == ["Таможенная служба Кесселя"]
