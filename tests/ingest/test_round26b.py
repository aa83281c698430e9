"""Issue 14, round 26b: the page furniture `fresh25/` let through as quotes and the date line it could not read (its
lines in fresh25.scored.txt), each a case with the shape it was written for, and beside it ordinary text on which
the rule must not fire; the date rule has three ordinary pages on which it must leave the date alone."""

from __future__ import annotations

from alliance_monitor.ingest.chrome import analyse_layout
from alliance_monitor.ingest.dates import parse_date
from tests.ingest.drafting import EN, RU, draft


def _quotes(text: str) -> list[str]:
    return [q.text for q in draft(text).quotes if not q.is_term]


def _drafted(text: str) -> list[str]:
    """Every quotation drafted, quotes and the author's terms alike."""
    return [q.text for q in draft(text).quotes]


def _date(text: str, url: str | None = None) -> tuple[str | None, str]:
    published = draft(text, url).document["source"]["published"]
    return published["date"], published["confidence"]


STORY = ("The council met on Tuesday night and the pier came up again, as it does every spring, for the fourth year "
         "running.\n\n\"Every storm we wait costs us a plank,\" harbour master Ivo Strand told the meeting.\n\n")
RU_STORY = ("Глава района Олег Варнов на встрече с жителями сказал: «Рейс отменили из-за нехватки экипажа, а не "
            "из-за денег». Жители ему не поверили.\n\nКапитан парома Инга Ламм считает иначе. «Люди есть, нет только "
            "решения», — сказала она.\n\n")

# --- a blog's comments headed by the post's title in marks (f2511) ------------------------------------------------


def test_a_comments_heading_repeating_the_posts_title_in_marks_ends_the_article() -> None:
    page = (EN + STORY + "3 thoughts on \"Pier money, still missing\"\n\nLena K. says:\nMay 20, 2027 at 9:41 pm\n"
            "The \"list\" has been the same list since my father's time!\nReply\n")
    assert _drafted(page) == ["Every storm we wait costs us a plank,"]


def test_a_sentence_with_thoughts_on_a_quoted_phrase_stays_content() -> None:
    # ordinary text: "thoughts on" inside a sentence of the article, with more words around it, is no heading
    page = (EN + STORY + "Asked for his thoughts on \"the pier question\", the mayor said only that he had read "
            "the engineer's report twice.\n")
    assert "the pier question" in _drafted(page)


# --- a petition's signers' reasons under a heading, each under its signer's name and time (f2520) ------------------


def test_signers_reasons_under_a_name_and_a_relative_time_are_chrome() -> None:
    page = (RU + RU_STORY + "Что пишут подписавшие\nМарина С. · 3 дня назад\nМой сын учится в городе, и без рейса он "
            "ночует у знакомых уже целый месяц подряд.\nАртем Д. · неделю назад\nОбещали «временно», а вышло "
            "«навсегда».\n")
    assert _drafted(page) == ["Рейс отменили из-за нехватки экипажа, а не из-за денег", "Люди есть, нет только решения"]


def test_a_subheading_over_a_paragraph_naming_a_person_stays_content() -> None:
    # ordinary text: a short subheading over the story's next paragraph (a name, a comma, words, no time after a
    # separator) is the article's, and so is the quote under it
    page = (RU + RU_STORY + "Что дальше\nМарина Серова, депутат совета, пообещала вынести вопрос на сессию: «Мы "
            "проголосуем до лета», — сказала она.\n")
    assert "Мы проголосуем до лета" in _quotes(page)
    page = (EN + STORY + "What comes next\nMarta Holm | Works committee\n\"We vote in September,\" she said.\n")
    assert "We vote in September," in _quotes(page)


# --- a sticky bar, a quote box, a print edition's line, an alert's banner (f2513, f2517, f2508, f2502) -------------


def test_a_sticky_bar_repeating_the_headline_is_chrome() -> None:
    page = ("Brann to Lindmark: 'Keep your trawlers north of the buoy'\n\nYou are reading: Brann to Lindmark: 'Keep "
            "your trawlers north of the buoy'\n\nBy Tove Arn\n\n" + STORY)
    assert _drafted(page) == ["Every storm we wait costs us a plank,"]


def test_you_are_reading_in_a_sentence_stays_content() -> None:
    page = EN + STORY + "\"You are reading: that is all I ask of the council,\" Strand added.\n"
    assert "You are reading: that is all I ask of the council," in _quotes(page)


def test_a_quote_of_the_day_box_is_chrome_and_the_bodys_quote_stays() -> None:
    page = ("Мэр Тарны пообещал открыть причал\n\nЦитата дня: «Причал будет, даже если я сам буду забивать сваи» — "
            "Роман Лесков\n\nМэр Тарны Роман Лесков в среду заявил, что новый причал откроется до конца сентября.\n\n"
            "«Причал будет, даже если я сам буду забивать сваи», — сказал Лесков журналистам.\n")
    layout = analyse_layout(page)
    box = page.index("Цитата дня")
    assert layout.in_chrome(box, box + 10)
    assert _quotes(page) == ["Причал будет, даже если я сам буду забивать сваи"]


def test_a_quote_of_the_day_in_a_sentence_stays_content() -> None:
    # ordinary text: the phrase inside a sentence, the quotation the article's own
    page = (EN + STORY + "The mayor's quote of the day came at the end: \"We will find the money,\" Ola Berg said.\n")
    assert "We will find the money," in _quotes(page)


def test_a_print_edition_line_naming_its_headline_is_chrome() -> None:
    page = (EN + "This article appeared in the print edition of 9 May 2027 under the headline \"A light for sale\"\n\n"
            + STORY)
    assert _drafted(page) == ["Every storm we wait costs us a plank,"]
    page = (RU + "Материал опубликован в печатном номере от 9 мая 2027 года под заголовком «Маяк на продажу»\n\n"
            + RU_STORY)
    assert "Маяк на продажу" not in _drafted(page)


def test_under_the_headline_in_the_story_stays_content() -> None:
    # ordinary text: a story about another paper's headline, a sentence of the article
    page = (EN + STORY + "The Courier ran the story in its weekend edition under the headline \"Pier sinks council\", "
            "which Strand called \"unfair to the pier\".\n")
    assert "unfair to the pier" in _quotes(page)
    assert analyse_layout(page).in_chrome(page.index("The Courier"), page.index("The Courier") + 5) is False


def test_an_alert_banner_over_the_headline_is_no_headline() -> None:
    page = ("RIVER 7\nNews  Weather  Traffic  Sports\nTraffic alert: Skelde bridge closed to trucks until Sunday\n\n"
            "Harbour cranes stand idle as dockers vote\n\nBy Ada Holm\n\n" + STORY)
    assert draft(page).document["source"]["title"] == "Harbour cranes stand idle as dockers vote"


def test_an_alert_in_the_story_stays_content() -> None:
    page = (EN + STORY + "Weather alert: the coastguard said a \"strong wind warning\" would stay in force until the "
            "evening, and the ferries would run late.\n")
    assert analyse_layout(page).in_chrome(page.index("Weather alert"), page.index("Weather alert") + 5) is False


# --- a date line with a slash before its time (f2502): the rule reads a time after " / " -------------------------


def test_a_posted_line_with_a_slash_before_the_time_is_the_printed_date() -> None:
    page = ("Harbour cranes stand idle\n\nPosted: Apr 14, 2027 / 05:30 PM CEST\nUpdated: Apr 14, 2027 / 08:05 PM CEST"
            "\n\nby: Ada Holm\n\n" + STORY)
    assert _date(page) == ("2027-04-14", "high")
    reading = parse_date("Posted: Apr 14, 2027 / 05:30 PM CEST")
    assert reading is not None and reading.readings == ("2027-04-14",)


def test_a_slash_joining_two_dates_is_not_a_time() -> None:
    # a range or a pair of dates with a slash ("June 1, 2027 / June 2, 2027") is no date and a time
    assert parse_date("June 1, 2027 / June 2, 2027") is None
    assert parse_date("Apr 14, 2027/05:30") is None  # (no blanks around the slash: a date run into a number)


def test_an_events_date_with_a_slash_in_the_prose_leaves_the_date_alone() -> None:
    # ordinary page 1: the event's date and time with a slash in a sentence; the printed date line is the page's
    page = ("Harbour cranes stand idle\n\nBy Ada Holm\n12 April 2027\n\n" + STORY
            + "The strike vote closes on Apr 16, 2027 / 06:00 PM, the union said.\n")
    assert _date(page) == ("2027-04-12", "high")


def test_an_update_line_with_a_slash_time_leaves_the_date_alone() -> None:
    # ordinary page 2: only an update's line with a slash before its time: never the publication date above low
    page = "Harbour cranes stand idle\n\nUpdated: Apr 14, 2027 / 08:05 PM CEST\n\nBy Ada Holm\n\n" + STORY
    _, confidence = _date(page)
    assert confidence == "low"


def test_a_quoted_date_and_a_related_links_date_with_slash_times_leave_the_date_alone() -> None:
    # ordinary page 3: a date in a quote and a related link's date line with a slash time, under the page's own
    page = ("Harbour cranes stand idle\n\nBy Ada Holm\n3 May 2027\n\n" + STORY
            + "\"Since Apr 14, 2027 / 05:30 PM the cranes have not moved,\" Strand said.\n\nRelated\n"
            "Bridge repairs to last all summer\nApr 2, 2027 / 11:00 AM CEST\n")
    assert _date(page) == ("2027-05-03", "high")
