"""Issue 14, round 18: chrome taken as the title or as a quote, the kinds `fresh17/` (and `fresh16/`) showed (their
lines in fresh17.scored.txt and fresh16.scored.txt), each a case with the shape it was written for, and beside it
ordinary text on which the rule must not fire."""

from __future__ import annotations

from alliance_monitor.ingest.chrome import analyse_layout
from tests.ingest.drafting import draft


def title(text: str, url: str | None = None) -> str | None:
    layout = analyse_layout(text, url)
    return layout.title.text if layout.title else None


BODY = ("The defence committee of Kessel's parliament held its first hearing on the bill on Thursday, and its chair "
        "promised a report by Christmas.\n")


# --- a question over the date block is the headline, however long --------------------------------------------

def test_a_long_question_over_the_date_block_is_the_headline() -> None:
    # fresh17/f1713 (d300): a fact-check's headline of fourteen words was read as the first paragraph
    page = ("FactDesk\nFact checks | Explainers | About\n\n"
            "Fact check: Does Kessel pay more into the Compact than Varnia and Lindmark combined?\n\n"
            "By Ruth Okonjo | Published 16 November 2026\n\n" + BODY)
    assert title(page) == "Fact check: Does Kessel pay more into the Compact than Varnia and Lindmark combined?"


def test_an_opening_question_of_two_sentences_or_without_a_date_block_stays_prose() -> None:
    # ordinary text: a first paragraph that asks after a sentence, or a long question not over any date line
    page = ("Harbour Times\n\nKessel bill reaches committee\n\n"
            "The committee met on Thursday. Will the bill pass before Christmas, as the chair hopes it will?\n\n"
            + BODY)
    assert title(page) == "Kessel bill reaches committee"
    lead = "Does Kessel pay more into the Compact than Varnia and Lindmark combined, as the MP says it does?"
    layout = analyse_layout(f"Kessel bill reaches committee\n\n{lead}\n\n{BODY}")
    assert layout.title is not None and layout.title.text == "Kessel bill reaches committee"


# --- the page's own name, repeated in its footer, is never the headline ---------------------------------------

NEWSLETTER = ("View this email in your browser\n\nHARBOURLINE\nBay Security Brief\nFriday 6 November 2026 | Issue 212"
              "\n\nKessel's bill, Sorvia's vote and a radar race\n\n" + BODY +
              "\nForward this brief to a colleague.\n"
              "You are receiving this email because you subscribed to Bay Security Brief.\nUnsubscribe\n")


def test_a_series_name_the_footer_repeats_is_not_the_headline_even_when_the_slug_names_it() -> None:
    # fresh17/f1711, fresh12/f1209 (d301): the URL's path names the series, and the footer repeats it
    assert title(NEWSLETTER) == "Kessel's bill, Sorvia's vote and a radar race"
    url = "https://harbourline.example/newsletters/bay-security-brief/212"
    assert title(NEWSLETTER, url) == "Kessel's bill, Sorvia's vote and a radar race"


def test_a_headline_the_footer_does_not_repeat_keeps_the_slug_and_the_rules() -> None:
    # ordinary pages: the footer names the outlet, not the headline; the slug still names a headline it shares
    page = ("Harbour Times\n\nKessel bill reaches committee\n\n"
            "By Lena Ortis | 6 November 2026\n\n" + BODY + "\nSubscribe to Harbour Times for more.\n")
    assert title(page) == "Kessel bill reaches committee"
    sectioned = ("Politics | Defence | World\nFriday 6 November 2026 | Issue 212\n\nKessel bill reaches committee\n"
                 "Varnia watches\n\n" + BODY)
    assert title(sectioned, "https://paper.example/2026/11/06/varnia-watches-kessel-bill-committee") == (
        "Kessel bill reaches committee")


# --- furniture: a web view's line, a video player's label, an agency's description, a two-digit-year stamp ------

def test_a_video_players_label_is_chrome_not_a_quote() -> None:
    # fresh17/f1706 (d304): the clip's title in marks on the player's line
    page = ("Kessel MPs back bill\n\n28 October 2026\nTomas Greve\n\n"
            'Play video, "MPs clash over Compact bill", duration 2:14\nMedia caption, MPs clash over Compact bill\n\n'
            + BODY)
    assert all(q.text != "MPs clash over Compact bill" for q in draft(page).quotes)


def test_a_sentence_about_playing_a_video_keeps_its_quote() -> None:
    # ordinary text: a sentence that mentions a video and quotes someone is the article's
    page = ("Kessel MPs back bill\n\n28 October 2026\n\n" + BODY +
            'Play video, the minister told his staff, and "watch what the committee does next," he said.\n')
    assert any(q.text.startswith("watch what the committee") for q in draft(page).quotes)


def test_an_agencys_description_under_its_name_is_a_masthead_line() -> None:
    # fresh17/f1717 (d302): "Информационное агентство" under the agency's name, menus, then the date
    page = ("ИНТЕРСЕВЕР\nИнформационное агентство\nГлавное  Политика  Экономика  В мире\n"
            "RSS | Мобильная версия | Вход для подписчиков\n\n12 ноября 2026 года, 11:20\n\n"
            "Варния не будет отводить зенитные комплексы со Скарры - МИД\n\n"
            "Веллин. 12 ноября. ИНТЕРСЕВЕР - Варния не намерена отводить комплексы с острова Скарра, заявил в "
            "четверг заместитель министра иностранных дел Олег Ранта.\n")
    assert title(page) == "Варния не будет отводить зенитные комплексы со Скарры - МИД"


def test_a_headline_about_an_agency_stays_the_headline() -> None:
    # ordinary text: a headline naming an agency, with no masthead above it, is still the headline
    page = "Агентство по рыболовству закрыло залив\n\n12 ноября 2026\n\n" + (
        "Агентство по рыболовству Кесселя закрыло северную часть залива для промысла до весны, сообщили в "
        "четверг в ведомстве.\n")
    assert title(page) == "Агентство по рыболовству закрыло залив"


def test_a_two_digit_year_stamp_is_the_date_block_not_the_title() -> None:
    # fresh16/f1616 (d303): "02.11.26 09:15" under the headline was taken for the title
    page = ("ГАВАНСКИЙ КУРЬЕР | Деловая газета\nРынки  Компании  Финансы\nКомпании\n"
            "Грузооборот Харлского порта упал на 14% из-за ранних льдов\n02.11.26 09:15\nАвтор: Илья Ростов\n\n"
            "Грузооборот Харлского морского порта в октябре снизился на 14% в годовом выражении, сообщила в "
            "понедельник компания.\n")
    assert title(page) == "Грузооборот Харлского порта упал на 14% из-за ранних льдов"


def test_a_number_line_that_is_no_stamp_is_not_the_date_block() -> None:
    # ordinary text: a score or a version number is not a time stamp, and a sentence with a stamp is prose
    from alliance_monitor.ingest.chrome import _kind_of
    assert _kind_of("02.11.26 09:15") == "reltime"
    assert _kind_of("Счет 2.1.3 на 09:15") is None
    assert _kind_of("Версия 1.2.3") is None
