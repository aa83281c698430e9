"""Issue 14, round 24a: the speaker kinds `fresh23/` showed (its lines in fresh23.scored.txt), each a case with the
shape it was written for, and beside it ordinary text on which the rule must not fire."""

from __future__ import annotations

from tests.ingest.drafting import EN, RU, draft, speakers

SAID = "\"We will keep every channel open and tell the public what we know,\" "

# --- a capitalised role's body or portfolio run on into the name (fresh23/f2306, f2307) -------------------------


def test_a_role_of_a_body_run_on_into_the_name_is_the_names_apposition() -> None:
    d = draft(EN + SAID + "Speaker of the Senate Arman Tokbayev noted.\n")
    assert speakers(d) == [["Arman Tokbayev"]]


def test_a_portfolio_whose_words_are_no_names_is_cut_from_the_name() -> None:
    d = draft(EN + SAID + "says Minister for Foreign Affairs Elise Varg.\n\nThe Minister says Lindmark \"will keep "
              "every channel to Solmar open\".\n")
    assert speakers(d) == [["Elise Varg"], ["Elise Varg"]]


def test_a_role_for_a_body_then_a_name_in_apposition_keeps_the_name_after_the_comma() -> None:
    # ordinary text: the body's words look like a name; the role's person is the name after the comma
    d = draft(EN + "The state operator, Varnia Ferry Lines, has said nothing.\n\nA spokesperson for Varnia Ferry "
              "Lines, Janne Holt, said the route \"will continue as long as the budget allows\".\n")
    assert speakers(d) == [["Janne Holt"]]


def test_a_role_of_a_place_between_commas_still_joins_the_name() -> None:
    # ordinary text: the apposition the rule had before
    d = draft(EN + SAID + "the mayor of Astrell, Brita Moen, said.\n")
    assert speakers(d) == [["Brita Moen"]]


def test_a_three_word_name_after_for_without_a_role_stays_whole() -> None:
    # ordinary text: "for" after a verb, no role before it
    d = draft(EN + "Tove Lind spoke for Anna Maria Holt.\n\n" + SAID + "Anna Maria Holt said.\n")
    assert speakers(d) == [["Anna Maria Holt"]]


# --- an embassy is named with its seat (fresh23/f2307, f2318) ----------------------------------------------------


def test_an_embassy_speaks_with_its_seat() -> None:
    d = draft(EN + "The Embassy of the Kingdom of Kessel in Vellin welcomed the vote. In a message, it called the "
              "ratification \"a good day for engineers and lawyers alike\".\n")
    assert speakers(d) == [["Embassy of the Kingdom of Kessel in Vellin"]]


def test_a_russian_embassy_in_the_genitive_speaks_in_the_nominative_with_its_seat() -> None:
    d = draft(RU + "«Хороший день для инженеров и для юристов», — говорится в сообщении Посольства Королевства "
              "Кессель в Веллине, опубликованном после голосования.\n")
    assert speakers(d) == [["Посольство Королевства Кессель в Веллине"]]


def test_a_ministry_in_a_city_is_named_without_the_city() -> None:
    # ordinary text: only an embassy's seat is part of its name
    d = draft(EN + "The Ministry of Defence in Vellin said the flight had been \"routine and announced\".\n")
    assert speakers(d) == [["Ministry of Defence"]]


def test_a_russian_embassy_before_a_lower_case_time_takes_no_seat() -> None:
    # ordinary text: "в среду" is when, not where
    d = draft(RU + "«Хороший день для инженеров и для юристов», — говорится в сообщении Посольства Кесселя в среду.\n")
    assert speakers(d) == [["Посольство Кесселя"]]


# --- a given name after МИД is no place of the ministry (fresh23/f2316) -----------------------------------------


def test_a_given_name_in_a_after_the_ministrys_acronym_is_the_representatives() -> None:
    d = draft(RU + "Об этом заявила официальный представитель МИД Ирма Келло.\n\n«Никаких данных нам не передано, "
              "и мы ждем ответа от коллег», — сказала Келло.\n")
    assert speakers(d) == [["Ирма Келло"]]


def test_a_place_in_the_genitive_after_the_ministrys_acronym_stays_the_ministrys() -> None:
    # ordinary text: "МИД Кесселя" is the ministry of Kessel, and speaks so
    d = draft(RU + "«Никаких данных нам не передано, и мы ждем ответа от коллег», — говорится в заявлении МИД "
              "Кесселя.\n")
    assert speakers(d) == [["МИД Кесселя"]]


def test_a_place_before_a_dative_name_after_the_ministrys_acronym_stays_the_ministrys() -> None:
    # ordinary text: "главе МИД Варнии Лене Ортис": the place in -ии, the person in the dative
    d = draft(RU + "Лена Ортис выступила первой.\n\n«Компакт должен снова научиться слушать своих членов». Эти слова "
              "принадлежат главе МИД Варнии Лене Ортис.\n")
    assert speakers(d) == [["Лена Ортис"]]


# --- a title stands before three different words, a double given name before two (review 23 R4) -----------------


def test_a_title_before_two_people_is_still_no_part_of_their_names() -> None:
    # ordinary text: round 22a's case, the title before two judges' names and their surnames alone
    d = draft(EN + "The bench was Justice Mira Tolvanen and Justice Oskar Lindqvist.\n\nJustice Tolvanen writes "
              "that \"a licence to dig is not a licence to dig in the dark\".\n")
    assert speakers(d) == [["Mira Tolvanen"]]
