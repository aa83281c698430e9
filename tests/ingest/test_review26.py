"""Issue 14: the review of rounds 26b and 26c (read-only, main at 68ffb87). Each case below the guards failed on the
rules as those rounds left them and passed before them (5b25cab): every one a regression of round 26. F1 gave a date
at high confidence the page does not support (an event box's date and " / " time under the story); F2-F4 lost the
story's words (a paragraph opening "Storm warning:" with a quote in single marks taken for an alert's banner, a
sentence ending on a title "under the title", «под заголовком» taken for a print edition's line, a subheading over one
comment-shaped line or an op-ed's "Two responses to" ending the article); F5-F9 a wrong Russian speaker or name form
(the lawyer's letter given to the captain named after him, a letter's addressee after «направили», a deputy given the
head's words, a given name in -ие/-ая taken for a place's adjective, a man's genitive before an undeclined surname in
-ых/-их). All nine are fixed by narrowing each rule to the structure that justifies it; beside each, the rule still
fires where it should (the dev articles d670, d671, d674, d675, d701-d704 and the last tests here). Fictional text
only."""

from __future__ import annotations

import pytest

from tests.ingest.drafting import EN, RU, draft, speakers

BODY = "\"We will keep the ferry running,\" harbour master Ola Berg said.\n"
RU_BODY = "«Паром пойдет по расписанию», — сказал капитан порта Ильмар Тоот.\n"
BRIN = "\"We can afford a ferry if we drop the tunnel,\" councillor Ada Brin said.\n"


def _quotes(page: str) -> list[str]:
    return [q.text for q in draft(page).quotes if not q.is_term]


def _all(page: str) -> list[str]:
    return [q.text for q in draft(page).quotes]


# Guards: right on main, keep them
def test_guard_an_events_slash_time_under_a_printed_date_leaves_the_page_date() -> None:
    d = draft(EN + "5 June 2027\n\n" + BODY + "\nConcert on the pier\n14 June 2027 / 19:30\n")
    assert (d.date.date, d.date.confidence) == ("2027-06-05", "high")


def test_guard_a_group_subject_with_a_named_speaker_after_the_quote_keeps_the_speaker() -> None:
    page = RU + "Рыбаки требуют «вернуть паром к прежнему расписанию», — заявил глава профсоюза Ола Берг.\n"
    assert speakers(draft(page)) == [["Ола Берг"]]


# F1 (26b dates._TIME " / "): an event box's date and time below the story ("When:" / "14 June 2027 / 19:30") is now
# a date line and dates the page at HIGH (5b25cab: none, low)
def test_an_events_date_and_slash_time_below_the_story_does_not_date_the_page() -> None:
    page = EN + BODY + "\nWhen:\n14 June 2027 / 19:30\n\nThe ferry will run late that night.\n"
    d = draft(page)
    assert d.date.date != "2027-06-14" or d.date.confidence == "low"


# F2 (26b chrome._BOX_LINE alert banner): a short paragraph of the story opening "Storm warning:" with a quote in
# single marks is taken for a banner; the quote is lost
@pytest.mark.parametrize(("paragraph", "quote"), [
    ("Storm warning: the coast guard told skippers to 'stay in port until Friday'.", "stay in port until Friday"),
    ("Storm warning: Ola Berg said 'we stay in port until Friday' on Monday.", "we stay in port until Friday"),
])
def test_a_story_paragraph_opening_storm_warning_keeps_its_quote(paragraph: str, quote: str) -> None:
    page = EN + "The coast guard issued a notice on Monday.\n\n" + paragraph + "\n\n" + BODY
    assert quote in _quotes(page)


# F3 (26b chrome._BOX_LINE print line): "issue"/"edition" anywhere and "под заголовком" after any word holding
# "выпуск"/"номер" (Выпускники, номере гостиницы) make a story's sentence a print line; its quoted title is lost
@pytest.mark.parametrize(("page", "title"), [
    (EN + BODY + "The issue came up again when Mayor Tove Lind spoke under the title \"We will not sell the pier\".\n"
     "\nMore text follows here.\n", "We will not sell the pier"),
    (RU + RU_BODY + "Выпускники школы вышли на митинг под заголовком «Мы остаемся на острове».\n\nАкция прошла "
     "мирно.\n", "Мы остаемся на острове"),
    (RU + RU_BODY + "Мэр Ола Берг выступил в номере гостиницы с речью под заголовком «Паром нужен всем нам».\n\n"
     "Акция прошла мирно.\n", "Паром нужен всем нам"),
])
def test_a_story_sentence_ending_on_a_title_under_a_heading_is_no_print_line(page: str, title: str) -> None:
    assert title in _all(page)


# F4 (26b chrome.analyse_layout `commented` + _is_comment_head / _COMMENTS_HEADING "N responses to"): a short
# subheading over a line shaped like a comment's header, or an op-ed's "Two responses to “...”", ends the article;
# every quote after it is lost
@pytest.mark.parametrize(("page", "quote"), [
    (EN + BODY + "The council met on Monday.\n\nTwo responses to \"We cannot afford it\"\n\n" + BRIN,
     "We can afford a ferry if we drop the tunnel,"),
    (EN + BODY + "The council met on Monday.\n\nOn the tunnel\n\nAda Brin says:\n\n\"We can afford a ferry if we "
     "drop the tunnel,\" she said.\n", "We can afford a ferry if we drop the tunnel,"),
    (EN + BODY + "The council met on Monday.\n\nDay two\nTarnby · 6 June 2027\n\n" + BRIN,
     "We can afford a ferry if we drop the tunnel,"),
    (RU + RU_BODY + "Совет собрался в понедельник.\n\nРеакция\nОльга Петрова · 2 часа назад\n«Мы ждем паром уже "
     "неделю», — сказала жительница Ольга Петрова.\n", "Мы ждем паром уже неделю"),
])
def test_a_subheading_over_a_comment_shaped_line_does_not_end_the_article(page: str, quote: str) -> None:
    assert quote in _quotes(page)


# F5 (26c quotes._DOCUMENT_OF_PERSON_BEFORE, rule 2c'): "В письме адвоката капитана Ивана Сорина": the lawyer wrote
# it; main gives the captain (5b25cab: no one)
def test_a_letter_of_a_role_of_a_named_person_is_not_that_persons() -> None:
    page = (RU + "Капитан Иван Сорин арестован в порту. В письме адвоката капитана Ивана Сорина говорится, что "
            "«экипаж не нарушал никаких правил».\n")
    assert speakers(draft(page)) != [["Иван Сорин"]]


# F6 (26c quotes._LETTER_SIGNED_BY "направили"): "которое рыбаки направили мэру Оскару Линду": the mayor received it;
# main gives him (5b25cab: no one)
def test_the_addressee_after_the_verb_of_sending_does_not_say_the_letters_words() -> None:
    page = (RU + "«Без буя у входа в гавань мы идем вслепую каждую ночь», — говорится в письме, которое рыбаки "
            "направили мэру Оскару Линду.\n")
    assert speakers(draft(page)) != [["Оскар Линд"]]


# F7 (26c quotes.holder_of_body_role stems): "глава линдмаркского МИД" matched by stems in "Заместитель главы МИД
# Линдмарка Ола Берг": the deputy gets the head's words (5b25cab: the body)
def test_the_head_of_a_places_ministry_is_not_its_deputy_named_before() -> None:
    page = (RU + "Заместитель главы МИД Линдмарка Ола Берг прибыл в порт. Позже к нему присоединилась министр Элисе "
            "Варг. «Мы откроем консульство в Таллвике», — добавила глава линдмаркского МИД.\n")
    assert speakers(draft(page)) != [["Ола Берг"]]


# F8 (26c actors._RU_ADJECTIVE_FIRST): a given name ending -ие/-ая (Софие, Аглая) is taken for a place's adjective;
# the name is cut to one word
@pytest.mark.parametrize("page", [
    RU + "«Паром пойдет по расписанию», — сказала Софие Ларсен, глава портовой службы.\n",
    RU + "Глава портовой службы Софие Ларсен сказала: «Паром пойдет по расписанию».\n",
])
def test_a_given_name_shaped_like_an_adjective_keeps_the_full_name(page: str) -> None:
    assert speakers(draft(page)) == [["Софие Ларсен"]]


# F9 (26c actors.russian_nominative, given name in -а before a consonant): a man's genitive before an undeclined
# surname in -ых/-их ("Ивана Черных") is left in the genitive
def test_a_mans_genitive_before_an_undeclined_surname_is_given_in_the_nominative() -> None:
    page = RU + "По словам Ивана Черных, «паром пойдет по расписанию с понедельника».\n"
    assert speakers(draft(page)) == [["Иван Черных"]]


# The narrowed rules still fire on their own structure
def test_a_labelled_meta_lines_slash_time_still_dates_the_page() -> None:
    d = draft(EN + "Posted: Jun 14, 2027 / 06:45 PM CEST\n\n" + BODY)
    assert (d.date.date, d.date.confidence) == ("2027-06-14", "high")


def test_a_short_alert_banner_over_the_headline_is_still_chrome() -> None:
    page = "Storm warning: Gale force winds on the Tarn crossing until 9 p.m.\n\n" + EN + BODY
    assert not any("Gale force" in q for q in _all(page))


def test_a_subheading_over_two_readers_comments_still_ends_the_article() -> None:
    page = (RU + RU_BODY + "\nСовет собрался в понедельник.\n\nЧто пишут читатели\nМарина С. · 3 дня назад\nОбещали "
            "«временно», а вышло «навсегда».\nАртем Д. · неделю назад\nНам говорили «потерпите».\n")
    assert "временно" not in _all(page) and "потерпите" not in _all(page)


def test_a_place_adjective_agreeing_with_its_noun_is_still_no_person() -> None:
    page = RU + "Жители поселка Нижняя Аска просят «вернуть вечерний рейс до конца лета», — пишет газета.\n"
    assert ["Нижняя Аска"] not in speakers(draft(page))
