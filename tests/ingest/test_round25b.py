"""Issue 14, round 25b: the source record (date, publisher), chrome and quotes, from fresh24's misses (and fresh23's).

Kinds: a press release's "Issued on" date line under its numbered label (f2403); a month planned in its own clause
("will be held ... in November 2027") taken for a clue that the text is later (f2403); a year-less time line beside a
view counter a pictograph labels (f2419); a time zone with its offset in brackets, "(GMT+2)" (fresh23/f2310). Beside
each rule, ordinary text where it must not fire; beside each date rule, ordinary pages where it must leave the date
alone."""

from __future__ import annotations

import pytest

from alliance_monitor.ingest.dates import parse_date, parse_day
from tests.ingest.drafting import EN, RU, draft

BODY = "\"We will keep the ferry running,\" harbour master Ola Berg said.\n"
RU_BODY = "«Паром пойдет по расписанию», — сказал капитан порта Ильмар Тоот.\n"


def _date(page: str, url: str | None = None) -> tuple[str | None, str]:
    d = draft(page, url)
    return d.date.date, d.date.confidence


# A press release's date line labelled "Issued on" (f2403; dev d560), under its numbered label
def test_an_issued_on_line_is_a_date_line() -> None:
    reading = parse_date("Issued on 07 May 2027 16:00")
    assert reading is not None and reading.readings == ("2027-05-07",) and not reading.updated


def test_a_press_release_under_its_number_gives_its_issue_date_and_headline() -> None:
    page = ("ORREBY STRAITS COUNCIL\nAbout   News   Contact\n\nPress Release (2027) 118\nIssued on 14 June 2027 11:30"
            "\n\nCouncil ministers agree ferry rules\n\n" + BODY)
    d = draft(page)
    assert (d.date.date, d.date.confidence) == ("2027-06-14", "high")
    assert d.layout.title is not None and d.layout.title.text == "Council ministers agree ferry rules"


@pytest.mark.parametrize("line", [
    "Issued by the ministry on 7 May 2027",  # a sentence's words before the date
    "The decree was issued on 7 May 2027.",  # a sentence
    "Issued on 7 May 2027, the decree calls up 4,000 reservists",  # a clause of prose
])
def test_issued_in_a_sentence_is_no_date_line(line: str) -> None:
    assert parse_date(line) is None


@pytest.mark.parametrize(("page", "expected"), [
    # a date line of its own; the body says when the decree was issued (an event's date in the prose)
    (EN + "5 June 2027\n\nThe decree was issued on 2 June 2027, the ministry said.\n\n" + BODY, ("2027-06-05", "high")),
    # an update line under the date line
    (EN + "5 June 2027 | Updated on 6 June 2027\n\n" + BODY, ("2027-06-05", "high")),
    # a related link's line with "Issued" below the article
    (EN + "5 June 2027\n\n" + BODY + "\nRelated\nIssued on 1 May 2027: the reservists' decree\n",
     ("2027-06-05", "high")),
    # a quote that names the day it was issued
    (EN + "5 June 2027\n\n\"It was issued on 1 June 2027 and nobody read it,\" Ola Berg said.\n",
     ("2027-06-05", "high")),
])
def test_issued_on_leaves_an_ordinary_pages_date_alone(page: str, expected: tuple[str, str]) -> None:
    assert _date(page) == expected


# A month planned in its own clause is no clue to when the text was written (f2403; dev d560)
def test_a_month_a_clause_plans_is_no_clue_against_the_printed_date() -> None:
    page = EN + "14 June 2027\n\nThe next meeting will be held in Skarholm in November 2027.\n\n" + BODY
    assert _date(page) == ("2027-06-14", "high")


@pytest.mark.parametrize("sentence", [
    # a month the text reports as past, after the printed date: the conflict stands (low)
    "The talks began in November 2027, officials said.",
    # a future verb in another clause, the month past in its own
    "The talks, which will resume, began in November 2027.",
    # a month in a quote the text reports, no future cue before it
    "\"We will never forget November 2027,\" Ola Berg said.",
])
def test_a_past_month_after_the_printed_date_still_conflicts(sentence: str) -> None:
    date, confidence = _date(EN + "14 June 2027\n\n" + sentence + "\n\n" + BODY)
    assert confidence == "low" and date != "2027-06-14"


# A year-less time line beside a view counter a pictograph labels (f2419; dev d561)
def test_a_view_counter_beside_a_year_less_time_keeps_the_day_line() -> None:
    day = parse_day("13 мая, 09:15   👁 2 417")
    assert day is not None and (day.month, day.day, day.text) == (5, 13, "13 мая, 09:15")


@pytest.mark.parametrize("line", [
    "13 мая, 09:15   👁 читать далее",  # a pictograph before words: a link, not a counter
    "13 мая: суд отпустил экипаж",  # a timeline's item
    "13 мая, 09:15   Суд отпустил экипаж траулера и назначил штраф капитану",  # a headline beside the time
])
def test_a_pictograph_or_words_beside_a_day_are_no_counter(line: str) -> None:
    assert parse_day(line) is None


def test_a_year_less_time_beside_a_counter_takes_the_copyright_ranges_year_at_low() -> None:
    page = RU + "4 июня, 18:20   👁 1 305\n\n" + RU_BODY + "\n© Таллвик.инфо, 2012–2027\n"
    assert _date(page) == ("2027-06-04", "low")


@pytest.mark.parametrize(("page", "url", "expected"), [
    # a full date line with the counter as its field: its date (and the body's day is an event's)
    (RU + "4 июня 2027, 18:20 | 👁 1 305\n\nПаром вышел 1 июня.\n\n" + RU_BODY + "\n© Таллвик.инфо, 2012–2027\n",
     None, ("2027-06-04", "high")),
    # the URL's date: it gives the year of the same day (high), never the copyright's
    (RU + "4 июня, 18:20   👁 1 305\n\n" + RU_BODY + "\n© Таллвик.инфо, 2012–2026\n",
     "https://tallvik.example/news/2027/06/04/parom", ("2027-06-04", "high")),
    # the URL carries another day: the signals disagree, the date stays at low
    (RU + "4 июня, 18:20   👁 1 305\n\n" + RU_BODY, "https://tallvik.example/news/2027/06/09/parom",
     ("2027-06-04", "low")),
    # a related link's day with a counter below the article: no date line of the page's own
    (RU + RU_BODY + "\nЧитайте также\n2 июня, 10:00   👁 980\n", None, (None, "low")),
])
def test_a_counter_beside_a_day_leaves_other_signals_alone(page: str, url: str | None,
                                                           expected: tuple[str | None, str]) -> None:
    assert _date(page, url) == expected


# A time zone with its offset in brackets (fresh23/f2310; dev d562)
def test_a_bracketed_zone_with_its_offset_ends_a_date_line() -> None:
    reading = parse_date("May 6, 2027 3:41 PM (GMT+2)")
    assert reading is not None and reading.readings == ("2027-05-06",)


@pytest.mark.parametrize("line", [
    "May 6, 2027 3:41 PM (GMT+2) ferry leaves",  # words after the zone
    "May 6, 2027 (GMT+2)",  # a zone with no time
    "May 6, 2027 3:41 PM (Kessel harbour office)",  # brackets of another kind
])
def test_brackets_of_another_kind_are_no_zone(line: str) -> None:
    assert parse_date(line) is None


@pytest.mark.parametrize(("page", "expected"), [
    # the zone on an update's line: the first line's date stays
    (EN + "May 6, 2027\nUpdated May 7, 2027 9:10 AM (GMT+2)\n\n" + BODY, ("2027-05-06", "high")),
    # a departure time with its zone in the body (an event's)
    (EN + "May 6, 2027\n\nThe ferry leaves on May 9, 2027 3:41 PM (GMT+2), the port said.\n\n" + BODY,
     ("2027-05-06", "high")),
    # a related link's stamp below the article
    (EN + "May 6, 2027\n\n" + BODY + "\nMore on this story\nMay 2, 2027 1:00 PM (GMT+2)\nFerry strike ends\n",
     ("2027-05-06", "high")),
])
def test_a_bracketed_zone_leaves_an_ordinary_pages_date_alone(page: str, expected: tuple[str, str]) -> None:
    assert _date(page) == expected


# A Russian footer naming the company's form or the agency's kind before the name in marks (f2414, f2415; dev d563)
def _publisher(page: str) -> str | None:
    publisher = draft(page).document["source"]["publisher"]
    assert publisher is None or isinstance(publisher, str)
    return publisher


RU_PAGE = "Паромы встали\n\nАнна Петрова\n3 июня 2027, 17:05\n\n" + RU_BODY


def test_a_footers_company_form_before_the_mastheads_name_gives_the_footers_spelling() -> None:
    assert _publisher("СЕВЕРНЫЙ МАЯК\nГлавная   Город   Мнения\n\n" + RU_PAGE
                      + "\n© ООО «Северный маяк», 2027\n") == "Северный маяк"
    assert _publisher("СЕВЕРНАЯ ЛИНИЯ\nинформационное агентство\n\n" + RU_PAGE
                      + "\n© ИА «Северная линия», 2027. Все права защищены.\n") == "Северная линия"


@pytest.mark.parametrize(("page", "expected"), [
    # the company that owns the paper, another name than the masthead's: not the publisher (round 29d took the
    # masthead alone over the site's menu; the review of round 29d asks an organisation's sign of such a first line,
    # and a name in capitals that the page prints nowhere else carries none: as before round 29d, none)
    ("СЕВЕРНЫЙ МАЯК\nГлавная   Город   Мнения\n\n" + RU_PAGE + "\n© ООО «Медиа-Север», 2027\n", None),
    # a company's footer on a page with no masthead: the company is not taken for the publication
    (RU_PAGE + "\n© ООО «Медиа-Север», 2027\n", None),
    # an ordinary footer with the name alone keeps working
    (RU_PAGE + "\n© «Вечерний Веллин», 2027\n", "Вечерний Веллин"),
])
def test_a_company_form_in_a_footer_gives_no_other_name(page: str, expected: str | None) -> None:
    assert _publisher(page) == expected
