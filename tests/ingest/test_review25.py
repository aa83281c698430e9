"""Issue 14: the review of rounds 25a, 25b and 25c (read-only, main at 2295de2). Each case below the guards failed on
the rules as those rounds left them (11 of the 12 passed before them; F7 failed before too, another way). F1-F4 gave
a date above low confidence that the page does not support (a reader's comment's line with a pictograph's counter
under the article, a most-read item's day and counter above the headline, a film's or a report's "Released:" box
line, a past month after "will" or "by" no longer in conflict with the printed date); F5-F8 a wrong speaker (a second
party after a commission's remit, a wife's words given to the genitive name of her husband, "по поручению" read as a
government's portfolio, a second predicate after «что» given to the sentence's opening role). All eight are fixed,
and the review's note (a name in apposition to "said a driver") too; beside each fix, ordinary text where it must not
fire. Fictional text only."""

from __future__ import annotations

import pytest

from tests.ingest.drafting import EN, RU, draft, speakers

BODY = "\"We will keep the ferry running,\" harbour master Ola Berg said.\n"
RU_BODY = "«Паром пойдет по расписанию», — сказал капитан порта Ильмар Тоот.\n"
HEAD = "ESKBY NOTES\n\nHarbour summit set for Tuesday\n\n"
LONG = "\"We will keep the ferry running all winter,\" "


def _date(page: str, url: str | None = None) -> tuple[str | None, str]:
    d = draft(page, url)
    return d.date.date, d.date.confidence


# Guards: right on main, keep them
def test_guard_a_most_read_box_with_counters_above_the_article_does_not_beat_the_page_date() -> None:
    page = ("ESKBY NOTES\n\nMost read\nFerry strike ends\n2 June 2027 | 👁 980\n\nHarbour summit set for Tuesday\n\n"
            "By Tove Lind\n5 June 2027\n\n" + BODY)
    assert _date(page) == ("2027-06-05", "high")


@pytest.mark.parametrize(("page", "name"), [
    (EN + "\"We will sail,\" said Ola Berg of the Tarnby Youth Centre.\n", "Ola Berg"),
    (RU + "«Мы остаемся», — сказал, улыбаясь, капитан Иван Петров.\n", "Иван Петров"),
    (RU + "«Мы остаемся», — рассказал один из резервистов Иван Петров.\n", "Иван Петров"),
    (RU + "Окружной суд Нурдбю отпустил экипаж. Капитан судна Иван Петров рад. В решении суда говорится, что "
          "«капитан не нарушал правил».\n", "Окружной суд Нурдбю"),
])
def test_guard_round25_speakers(page: str, name: str) -> None:
    assert speakers(draft(page)) == [[name]]


# F1 (25b dates.py _META_FIELD, the pictograph's counter): a reader's comment under the article ("name · date ·
# 👍 12") is now a date line; with no date above the article it dates the page at HIGH
def test_a_comments_like_counter_below_the_article_does_not_date_the_page() -> None:
    page = EN + BODY + "\nComments\nMarta Holm · 3 June 2027 · 👍 12\nGood news for the island.\n"
    date, confidence = _date(page)
    assert date is None or confidence == "low"


# F2 (25b dates.py _META_FIELD with parse_day + _year_for_day): a "most read" item's year-less day and counter above
# the headline is taken for the page's printed day; the URL's year lifts it to MEDIUM
def test_a_most_read_items_day_with_a_counter_above_the_headline_is_no_printed_day() -> None:
    page = ("ТАЛЛВИК.ИНФО\n\nПопулярное\nПаромы встали снова\n2 июня, 10:00   👁 980\n\nПаромы встали\n\n"
            "Автор: Анна Петрова\n\n" + RU_BODY)
    date, confidence = _date(page, "https://tallvik.example/2027/parom")
    assert date is None or confidence == "low"


# F3 (25b dates.py _LABEL "Released"/"Issued"): a film's or a report's box line "Released: <date>" is an event's date,
# no publication line; main gives it at HIGH, even over the page's own "Published" line at the foot
@pytest.mark.parametrize("page", [
    "ESKBY NOTES\n\nReview: Harbour Lights\n\nBy Tove Lind\n\nDirector: Jan Holm\nReleased: 12 March 2026\n\n"
    "The film opens on a ferry.\n\n" + BODY,
    "ESKBY NOTES\n\nReview: Harbour Lights\n\nBy Tove Lind\n\nReleased: 12 March 2026\n\nThe film opens on a ferry.\n\n"
    + BODY + "\nPublished 5 June 2027\n",
    HEAD + "By Tove Lind\n\nThe port authority's annual report came out this week.\n\nReleased: 12 March 2026\n\n"
    + BODY,
])
def test_a_released_box_line_is_no_publication_date(page: str) -> None:
    date, confidence = _date(page)
    assert date != "2026-03-12" or confidence == "low"


# F4 (25b dates.py time_clues: _WILL_BEFORE in 60 characters / _FUTURE_CUE "by" in 20): a month the text reports as
# PAST after the printed date no longer conflicts; main keeps the printed date at HIGH (round 25b's own rule: a past
# month after the printed date leaves the date at low)
@pytest.mark.parametrize("sentence", [
    "The ferry that will replace her was ordered in November 2027.",
    "The pier was closed by November 2027.",
])
def test_a_past_month_after_the_printed_date_conflicts_even_with_will_or_by_before_it(sentence: str) -> None:
    assert _date(EN + "14 June 2027\n\n" + sentence + "\n\n" + BODY)[1] == "low"


# F5 (25a actors.py _ORG "(?<=Commission\s)on ... (?P<joined>and X)"): a second party after "and" whom the page prints
# nowhere else joins the commission's name
def test_a_second_party_after_a_commissions_remit_is_no_part_of_its_name() -> None:
    d = draft(EN + LONG + "the Commission on Fisheries and Tarnby said.\n")
    assert "Commission on Fisheries and Tarnby" not in [n for names in speakers(d) for n in names]


# F6 (25c quotes.py range(8) with _RU_GENITIVE_CHAIN): past four words the chain reaches a genitive name that is
# only the owner of the speaker's tie ("жена капитана ... Ивана Петрова"): his wife speaks, not he
@pytest.mark.parametrize("tail", [
    "жена капитана парома Ивана Петрова.",
    "жена капитана Ивана Петрова Анна.",
])
def test_a_genitive_owner_past_four_words_is_not_the_speaker(tail: str) -> None:
    d = draft(RU + "«Мы останемся здесь до весны», — сказала журналистам вчера вечером " + tail + "\n")
    assert speakers(d) == [[]]


# F7 (25c actors.py _ORG "по <dative>" with its short list of exceptions): "по поручению президента" is no remit
def test_by_order_of_is_no_remit_of_a_body() -> None:
    d = draft(RU + "Правительство по поручению президента заявило: «Паром пойдет весной».\n")
    assert speakers(d) == [["Правительство"]]


# F8 (25c quotes.py rule 7, _AND_PREDICATE + _ROLE_OPENS): the second predicate joined by «и» belongs to the person
# quoted inside the subordinate clause ("Мэр напомнил, что Лена Ортис назвала ... и призвала ..."), not to the
# sentence's opening role
def test_a_second_predicate_in_a_subordinate_clause_keeps_its_own_subject() -> None:
    d = draft(RU + "Мэр Нурдбю Олаф Сунд выступил вечером. Мэр напомнил, что Лена Ортис назвала пирс «сердцем нашего "
              "города, которое мы обязаны сохранить» и призвала горожан «не допустить его продажи частной компании».\n")
    assert speakers(d) == [["Лена Ортис"], ["Лена Ортис"]]


# Beside each fix: ordinary text on which it must not fire, and the review's out-of-scope note
def test_a_counter_on_the_meta_line_under_the_headline_still_gives_the_day() -> None:
    page = ("ТАЛЛВИК.ИНФО\n\nНовости / Транспорт\n\nПаромы встали\n\n4 июня, 18:20   👁 1 305\n\n" + RU_BODY)
    assert _date(page, "https://tallvik.example/2027/parom") == ("2027-06-04", "medium")


def test_a_counter_on_the_date_line_under_the_headline_still_dates_the_page() -> None:
    assert _date(HEAD + "5 June 2027 · 👁 980\n\n" + BODY) == ("2027-06-05", "high")


def test_a_comment_under_the_article_leaves_the_printed_date_alone() -> None:
    page = HEAD + "5 June 2027\n\n" + BODY + "\nComments\nMarta Holm · 3 June 2027 · 👍 12\nGood news.\n"
    assert _date(page) == ("2027-06-05", "high")


def test_an_issued_line_under_a_press_release_label_still_dates_the_page() -> None:
    page = ("ESKBY STRAITS COUNCIL\n\nPress release No. 114\nIssued on 14 June 2027 11:30\n\n"
            "Ministers agree ferry rules\n\n" + BODY)
    assert _date(page) == ("2027-06-14", "high")


def test_a_released_box_line_leaves_the_page_s_date_line_alone() -> None:
    page = ("ESKBY NOTES\n\nReview: Harbour Lights\n\nBy Tove Lind\n5 June 2027\n\nReleased: 12 March 2026\n\n"
            "The film opens on a ferry.\n\n" + BODY)
    assert _date(page) == ("2027-06-05", "high")


@pytest.mark.parametrize("sentence", [
    "The new ferry will be delivered by November 2027.",
    "The ferry that was ordered last year will enter service in November 2027.",
])
def test_a_planned_month_after_will_or_by_still_leaves_the_printed_date_high(sentence: str) -> None:
    assert _date(EN + "14 June 2027\n\n" + sentence + "\n\n" + BODY) == ("2027-06-14", "high")


def test_a_remit_word_after_and_the_page_prints_in_lower_case_stays_in_the_name() -> None:
    d = draft(EN + LONG + "the Commission on Fisheries and Ports said. It inspects the ports twice a year.\n")
    assert speakers(d) == [["Commission on Fisheries and Ports"]]


def test_a_name_in_the_nominative_after_a_long_chain_still_speaks() -> None:
    d = draft(RU + "«Мы останемся здесь до весны», — сказала журналистам вчера вечером капитан парома "
              "«Скарвик» Анна Петрова.\n")
    assert speakers(d) == [["Анна Петрова"]]


def test_a_committee_s_portfolio_after_po_stays_in_its_name() -> None:
    d = draft(RU + "Комитет по обороне и безопасности заявил: «Паром пойдет весной».\n")
    assert speakers(d) == [["Комитет по обороне и безопасности"]]


def test_a_role_s_second_predicate_after_a_genitive_name_stays_the_role_s() -> None:
    d = draft(RU + "«Связь работает», — сказал министр Свен Окерлунд.\n\nМинистр повторил слова командующего "
              "Ингрид Сааль о том, что учения «никому не угрожают», и назвал их «обычной работой».\n")
    assert speakers(d) == [["Свен Окерлунд"], ["Ингрид Сааль"], ["Свен Окерлунд"]]


def test_a_name_in_apposition_to_an_unnamed_person_after_said_is_the_speaker() -> None:
    d = draft(EN + LONG + "said a driver, Ola Berg, 54.\n")
    assert speakers(d) == [["Ola Berg"]]
    d = draft(EN + LONG + "said a driver, adding that Ola Berg agreed.\n")
    assert speakers(d) == [[]]
