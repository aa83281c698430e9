"""Issue 14: the review of round 26a (English speakers; read-only, main at 1d76688). Each case below the guards failed
on the rules as that round left them: F1-F4 passed before it (89b68f8), every one a regression of round 26a; F5's
input lost its quote before the round, which turned it into a wrong speaker. F1-F2 gave an English pronoun to the
sentence's subject with no sign it is the subject's (a "she" after a man met a woman; the reply of the person asked or
interviewed); F3 lost a real quote ('"...," X said, adding "..."' read as words describing the next quote); F4 named
the last of two offices for "a spokesperson for the office"; F5 gave the words to the client of "a lawyer for". All
five are fixed by narrowing each rule to the sentence structure that justifies it; the guards and the dev articles
d640-d642 keep each rule firing where it should. Fictional text only."""

from __future__ import annotations

import pytest

from tests.ingest.drafting import EN, RU, draft, speakers


def _quotes(page: str) -> list[str]:
    return [q.text for q in draft(page).quotes if not q.is_term]


# Guards: right on main, keep them
def test_guard_a_russian_pronoun_of_the_other_sex_keeps_the_object() -> None:
    page = RU + ("Мэр Йонас Экк встретился с капитаном порта Анной Грелль. «Причал слишком мелкий», — сказала "
                 "она.\n")
    assert speakers(draft(page)) == [["Анна Грелль"]]


def test_guard_a_persons_possessive_before_a_role_gives_the_name_in_apposition() -> None:
    page = EN + "Ola Berg was charged on Monday. \"We will appeal,\" Berg's lawyer, Ada Holm, said.\n"
    assert speakers(draft(page)) == [["Ada Holm"]]


def test_guard_a_name_of_a_place_then_the_verb() -> None:
    assert speakers(draft(EN + "\"We will appeal,\" Tomas Grell of Veska said on Monday.\n")) == [["Tomas Grell"]]


def test_guard_a_relative_clause_about_a_body_that_did_not_speak() -> None:
    page = EN + ("The Kessel Ministry of Transport, which was founded in 1990, has ten staff. \"We need more,\" said "
                 "director Ada Lind.\n")
    assert speakers(draft(page)) == [["Ada Lind"]]


def test_guard_the_prime_ministers_office_keeps_its_name() -> None:
    page = EN + "\"We have received it,\" the Prime Minister's Office said.\n"
    assert speakers(draft(page)) == [["Prime Minister's Office"]]


# F1 (quotes.py Attributor._subject_not_object): an English "she" goes to the sentence's male subject; no sex check
# outside Russian, so the pronoun's sex is ignored (89b68f8: the woman)
@pytest.mark.parametrize(("page", "index", "expected"), [
    (EN + "Mayor Jonas Ekk met councillor Ylva Renk on Tuesday. \"We agreed on nothing,\" she said.\n", 0,
     ["Ylva Renk"]),
    (EN + "Mayor Jonas Ekk told Veska Post about councillor Ylva Renk. \"She is wrong,\" he said. \"I am not,\" she "
     "said.\n", 1, ["Ylva Renk"]),
])
def test_an_english_pronoun_of_the_objects_sex_stays_with_the_object(page: str, index: int,
                                                                     expected: list[str]) -> None:
    assert speakers(draft(page))[index] == expected


# F2 (same rule): a verb that asks the object for an answer (asked, interviewed) is followed by the object's reply
@pytest.mark.parametrize("page", [
    EN + "Mayor Jonas Ekk asked harbour master Tomas Grell about the slipway. \"It is too shallow,\" he replied.\n",
    EN + "Reporter Ada Lind interviewed harbour master Tomas Grell on Tuesday. \"The slipway is too shallow,\" he "
         "told her.\n",
])
def test_the_reply_of_the_person_asked_is_theirs(page: str) -> None:
    assert speakers(draft(page)) == [["Tomas Grell"]]


# F3 (quotes.py _VERB_BEFORE_QUOTE in the after-quote rule): '"...," X said, adding "..."' ends in a verb right
# before the next quote, so the first quote loses its speaker and is dropped; with no comma it keeps no speaker
@pytest.mark.parametrize("page", [
    EN + "\"We are ready,\" Mayor Jonas Ekk said, adding \"we will not wait for the ministry.\"\n",
    EN + "\"We are ready,\" said Mayor Jonas Ekk, adding \"we will not wait.\"\n",
    EN + "\"We are ready,\" Mayor Jonas Ekk said and added \"we will not wait.\"\n",
    EN + "\"We are ready,\" Mayor Jonas Ekk told reporters, saying \"we will not wait.\"\n",
])
def test_a_speaker_adding_a_second_quote_keeps_the_first(page: str) -> None:
    d = draft(page)
    assert "We are ready," in _quotes(page)
    assert speakers(d) == [["Jonas Ekk"], ["Jonas Ekk"]]


def test_a_speaker_between_two_quotes_with_no_comma_speaks_both() -> None:
    page = EN + "\"We will not close the bridge\" Mayor Jonas Ekk said \"not this winter.\"\n"
    assert speakers(draft(page)) == [["Jonas Ekk"], ["Jonas Ekk"]]


# F4 (quotes.py voice rule, _VOICED_NOUN): "a spokesperson for the office" after two offices picks the last one
def test_a_spokesperson_for_the_office_after_two_offices_is_no_one_of_them() -> None:
    for page in (
        EN + "The Harbour Office and the Mayor's Office met on Monday. A spokesperson for the office said \"talks "
             "went well\".\n",
        EN + "The Harbour Office wrote to the Mayor's Office on Monday. A spokesperson for the office said \"talks "
             "went well\".\n",
    ):
        assert speakers(draft(page)) in ([], [[]])


# F5 (quotes.py employer between name and verb): "a lawyer for Tomas Grell of Veska Shipping said" gives the
# client, who is the object of "for", not the speaker
def test_the_client_after_a_lawyer_for_is_not_the_speaker() -> None:
    page = EN + "\"We will appeal,\" a lawyer for Tomas Grell of Veska Shipping said.\n"
    assert speakers(draft(page)) != [["Tomas Grell"]]
