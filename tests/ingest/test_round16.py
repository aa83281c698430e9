"""Issue 14, round 16: the kinds `fresh15/` showed (its lines in fresh15.scored.txt), each a case with the shape
it was written for, and beside it ordinary text on which the rule must not fire."""

from __future__ import annotations

import pytest

from alliance_monitor.ingest.actors import russian_nominative
from tests.ingest.drafting import EN, RU, draft, speakers


@pytest.mark.parametrize(("title", "name"), [
    ("Chief Executive", "Ragna Stell"),  # fresh15/f1505
    ("Managing Director", "Petter Lind"),
    ("Chief Operating Officer", "Sana Berg"),
    ("Executive Producer", "Jon Marr"),
])
def test_a_compound_job_title_before_a_name_is_no_part_of_it(title: str, name: str) -> None:
    d = draft(EN + f'"The quarter went well," {title} {name} said on a call with analysts.\n')
    assert speakers(d) == [[name]]


@pytest.mark.parametrize("name", ["Mary Ann Clarke", "Vincent Laurent Dupont", "Anna Lee Chen", "Jan van Berg"])
def test_a_three_word_name_without_a_title_keeps_every_word(name: str) -> None:
    # ordinary text: a name of three words (no title's head noun among them) stays whole
    d = draft(EN + f'"The quarter went well," {name} said on a call with analysts.\n')
    assert speakers(d) == [[name]]


@pytest.mark.parametrize(("oblique", "nominative"), [
    ("Ильи Грина", "Илья Грин"),  # fresh15/f1519
    ("Никиты Лорина", "Никита Лорин"),
    ("Луки Бойко", "Лука Бойко"),
])
def test_a_mans_given_name_of_the_first_declension_returns_to_the_nominative(oblique: str, nominative: str) -> None:
    assert russian_nominative(oblique) == nominative


@pytest.mark.parametrize(("oblique", "nominative"), [
    ("Ольги Грин", "Ольга Грин"), ("Марии Ивановой", "Мария Иванова"), ("Павла Сорина", "Павел Сорин"),
])
def test_women_and_men_of_the_other_declensions_keep_their_forms(oblique: str, nominative: str) -> None:
    # ordinary names: a woman's -и/-ы given name (her surname undeclined or in -ой) stays a woman's
    assert russian_nominative(oblique) == nominative


def test_a_speaker_named_only_in_the_genitive_after_a_common_noun_is_in_the_nominative() -> None:
    d = draft(RU + "По словам моряка Ильи Грина, в порту «никто не объяснил, сколько нам здесь стоять».\n")
    assert speakers(d) == [["Илья Грин"]]


def test_the_head_of_a_body_is_the_person_given_that_role_before() -> None:
    # fresh15/f1514: «Глава МИД Линдмарка, в свою очередь, сказал: «...»» after «глава МИД Линдмарка Йонас Хильд»
    d = draft(RU + "Министр иностранных дел Варнии Лена Ортис и глава МИД Линдмарка Йонас Хильд провели переговоры.\n\n"
              "Глава МИД Линдмарка, в свою очередь, сказал: «Линдмарк не будет платить за проход».\n")
    assert speakers(d) == [["Йонас Хильд"]]


def test_a_body_with_no_head_named_before_still_speaks() -> None:
    # ordinary text: no one was given the role with that body, so the body's own statement stays the body's
    d = draft(RU + "Министр иностранных дел Варнии Лена Ортис провела переговоры.\n\n"
              "МИД Линдмарка, в свою очередь, заявил: «Линдмарк не будет платить за проход».\n")
    assert speakers(d) == [["МИД Линдмарка"]]


def test_a_statement_of_a_body_named_after_it_is_that_bodys() -> None:
    # fresh15/f1514: «В заявлении МИД Варнии, распространенном ..., отмечается, что ... «...»»
    d = draft(RU + "Глава МИД Линдмарка Йонас Хильд уехал домой.\n\nВ заявлении МИД Варнии, распространенном по "
              "итогам встречи, отмечается, что переговоры «продолжатся на уровне экспертов».\n")
    assert speakers(d) == [["МИД Варнии"]]


def test_a_statement_without_its_owner_is_not_given_an_owner() -> None:
    # ordinary text: «В заявлении также говорится» names no owner after the document: the owner rule does not fire
    d = draft(RU + "МИД Варнии провел брифинг.\n\nВ заявлении также говорится, что переговоры «продолжатся».\n")
    att = d.quotes[0].attribution
    assert att is None or att.rule != "before: the statement of X says"


def test_a_paper_in_marks_after_the_verb_is_the_addressee_not_the_end_of_the_attribution() -> None:
    # fresh15/f1517: «...», — сказал «Вестнику» рыбак Петр Ануфриев.
    d = draft(RU + "«Про этот причал нам обещают с моего детства», — сказал «Вестнику» рыбак Петр Ануфриев.\n")
    assert speakers(d) == [["Петр Ануфриев"]]


def test_a_second_quote_after_the_verb_still_ends_the_first_attribution() -> None:
    # ordinary text: a quotation of several words after the verb is a quote of its own, no addressee
    d = draft(RU + "«Мы готовы», — сказала Лена Ортис. «Но не сегодня», — добавила она.\n")
    assert speakers(d) == [["Лена Ортис"], ["Лена Ортис"]]


def test_a_press_service_that_said_in_a_statement_speaks() -> None:
    # fresh15/f1508: "The presidential press service said in a statement that ... '...'"
    d = draft(EN + 'President Marek Volkov opened the terminal. "It will last," he said.\n\nThe presidential press '
              'service said in a statement that the president had also discussed "the future of the winter routes" '
              "with the mayor.\n")
    assert speakers(d) == [["Marek Volkov"], ["presidential press service"]]


def test_a_person_who_said_in_a_statement_still_speaks() -> None:
    # ordinary text: a named person's statement stays the person's
    d = draft(EN + "Marek Volkov said in a statement that the president had also discussed \"the future of the "
              'winter routes" with the mayor.\n')
    assert speakers(d) == [["Marek Volkov"]]


def test_the_rest_of_an_institutions_name_is_no_person() -> None:
    # fresh15/f1507: "at the Tarn Institute for Maritime Affairs" then "she said"
    d = draft(EN + "Kaja Berg, who follows the talks at the Tarn Institute for Maritime Affairs, said the positions "
              'were close. "Both sides want the ships to move," she said.\n')
    assert speakers(d) == [["Kaja Berg"]]


def test_a_person_named_after_an_institution_and_a_role_stays_a_person() -> None:
    # ordinary text: a role word ends the institution's name; the name after it is a person
    d = draft(EN + 'The Institute for Harbour Studies hosted the talks. "We listened," Director Mira Holt said.\n')
    assert speakers(d) == [["Mira Holt"]]
