"""Date lines in the forms of real pages sampled for fresh39 (read after it was scored; the pages are made up): a
date printed with dots is day first whatever the prose's order ("May 14"), a time in square brackets and the site's
name after a dash, a date and the place it was given, a Russian month capitalised, and the headline's own date line
under it over a site's day line above it."""

from __future__ import annotations

import pytest

from alliance_monitor.ingest.dates import parse_date
from tests.ingest.drafting import draft, source_record

BODY = ("The Compact starts its drills on Thursday, the agency reported. Bright Anchor is set for May 14-18, the "
        "deputy secretary general said.\n")


def _published(page: str) -> dict[str, str]:
    published = source_record(draft(page))["published"]
    assert isinstance(published, dict)
    return published


def test_a_date_printed_with_dots_is_day_first_though_the_prose_writes_may_14() -> None:
    # fresh39/f3912: an English service's "13:10, 05.04.2029 | Region" read as 4 May at medium, from "May 14" in a quote
    published = _published("KALVO NEWS\n\nCompact starts spring drills\n\n13:10, 05.04.2029 | Region\n\n" + BODY)
    assert published["date"] == "2029-04-05"
    assert published["confidence"] == "low"  # nothing on the page settles the order


def test_a_date_printed_with_slashes_still_follows_the_prose_s_order() -> None:
    published = _published("KALVO NEWS\n\nCompact starts spring drills\n\n13:10, 05/04/2029 | Region\n\n" + BODY)
    assert published["date"] == "2029-05-04"


@pytest.mark.parametrize(("line", "iso"), [
    ("11 March 2029 [10:26] - ArdeshToday", "2029-03-11"),  # fresh39/f3918
    ("28 March 2029, Sarnova", "2029-03-28"),  # fresh39/f3902
    ("Вторник, 13 Марта, 2029 года, 13:18", "2029-03-13"),  # fresh39/f3910
])
def test_date_lines_of_sampled_pages(line: str, iso: str) -> None:
    reading = parse_date(line)
    assert reading is not None and reading.readings == (iso,)


@pytest.mark.parametrize("line", [
    "2 Mar. 2027 - Ferry Strike Ends",  # a timeline's entry: no time before the dash
    "12 May 2029, Tarvik Port Authority",  # an event's place and host, more than a place
    "11 March 2029 - the day the ferry sank",
])
def test_lines_that_are_no_date_line(line: str) -> None:
    assert parse_date(line) is None


def test_the_headline_s_own_date_line_beats_the_site_s_day_above_it() -> None:
    # fresh39/f3910: a regional site prints today's day over its masthead; the item's own date is under its headline
    page = ("Четверг, 12 Апреля, 2029 года\n|\nВ Калво:   +11 °C\n\n"
            "Начальник штаба заявил о напряжённой обстановке\n\n1204\nВторник, 13 Марта, 2029 года, 13:18\n\n"
            "У берегов государств пакта по-прежнему неспокойно, заявил начальник штаба.\n")
    d = draft(page)
    assert source_record(d)["title"] == "Начальник штаба заявил о напряжённой обстановке"
    assert source_record(d)["published"]["date"] == "2029-03-13"  # type: ignore[index]
