"""Issue 14, round 22a: the speaker kinds `fresh21/` showed (its lines in fresh21.scored.txt), each a case with the
shape it was written for, and beside it ordinary text on which the rule must not fire."""

from __future__ import annotations

from tests.ingest.drafting import EN, RU, draft, speakers

# --- a title the page also puts before the surname alone (fresh21/f2111) ----------------------------------------


def test_a_title_the_page_puts_before_the_surname_alone_is_no_part_of_the_name() -> None:
    d = draft(EN + "The bench was Justice Mira Tolvanen and Justice Oskar Lindqvist.\n\n"
              "Justice Tolvanen writes that \"a licence to dig is not a licence to dig in the dark\". Justice "
              "Lindqvist dissents: \"The ban punishes the careful dredger.\"\n")
    assert speakers(d) == [["Mira Tolvanen"], ["Oskar Lindqvist"]]


def test_a_three_word_name_whose_first_word_never_stands_before_the_surname_alone_stays_whole() -> None:
    # ordinary text: a middle name; the page then writes the surname alone, never the first word with it
    d = draft(EN + "\"The choice made itself,\" Anna Maria Holt told reporters. Holt said: \"We are ready.\"\n")
    assert speakers(d) == [["Anna Maria Holt"], ["Anna Maria Holt"]]


# --- a party in brackets after a person (fresh21/f2105) ---------------------------------------------------------


def test_a_party_in_brackets_after_a_person_does_not_take_his_words() -> None:
    d = draft(EN + "The rapporteur, Mats Orrevik (Social Democrats), said the amendment had been \"the price of a "
              "broad majority\".\n")
    assert speakers(d) == [["Mats Orrevik"]]


def test_a_party_named_as_the_subject_still_speaks() -> None:
    # ordinary text: the party itself, no person before it, is the subject
    d = draft(EN + "The Fjord Party said the amendment had been \"the price of a broad majority\".\n")
    assert speakers(d) == [["Fjord Party"]]


# --- a Russian genitive attribute is no subject (fresh21/f2114, f2116, f2117) -----------------------------------


def test_a_place_in_the_genitive_after_a_noun_is_not_the_subject() -> None:
    d = draft(RU + "Собеседник в делегации Кастелии сообщил агентству, что причал построят «не раньше осени».\n")
    assert speakers(d) == [[]]


def test_a_body_in_the_genitive_after_a_noun_is_not_the_subject() -> None:
    d = draft(RU + "Официальный представитель МИД Ольмы Вера Сандстрём провела брифинг. Говоря о ремонте пирса "
              "Северного союза «Якорь», официальный представитель назвала его «делом одного лета».\n")
    assert speakers(d) == [["Вера Сандстрём"]]


def test_a_person_in_the_nominative_after_a_genitive_still_speaks() -> None:
    # ordinary text: the subject is the person after the place in the genitive
    d = draft(RU + "Министр финансов Кастелии Элиас Норд сообщил, что причал построят «не раньше осени».\n")
    assert speakers(d) == [["Элиас Норд"]]


# --- a role's apposition ends at a clause's edge (fresh21/f2117) -------------------------------------------------


def test_a_role_before_a_clause_is_not_the_apposition_of_the_person_in_the_clause() -> None:
    d = draft(RU + "Официальный представитель МИД Ольмы Вера Сандстрём провела брифинг.\n\n"
              "Официальный представитель напомнила, что министр финансов Кастелии Элиас Норд обещал деньги. "
              "О ремонте пирса официальный представитель сказала так: «Это дело одного лета».\n")
    assert speakers(d) == [["Вера Сандстрём"]]


# --- a place's adjective and its noun after a role (fresh21/f2118) -----------------------------------------------


def test_a_regions_adjective_after_a_role_qualifies_the_role() -> None:
    d = draft(RU + "«Мы ждали этих причалов десять лет», — сказал губернатор Ольмского края Тарьей Вик.\n")
    assert speakers(d) == [["Тарьей Вик"]]


def test_a_regions_adjective_after_a_role_without_a_name_is_no_speaker() -> None:
    # ordinary text: no name follows; the region is not the speaker
    d = draft(RU + "«Мы ждали этих причалов десять лет», — сказал губернатор Ольмского края на церемонии.\n")
    assert speakers(d) == [[]]
