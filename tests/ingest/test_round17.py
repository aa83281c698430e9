"""Issue 14, round 17: the kinds `fresh16/` showed (its lines in fresh16.scored.txt), each a case with the shape
it was written for, and beside it ordinary text on which the rule must not fire."""

from __future__ import annotations

import pytest

from alliance_monitor.ingest.dates import find_dates, parse_date, propose_date, time_clues
from alliance_monitor.ingest.gazetteer import load_gazetteer
from tests.ingest.drafting import draft


def _propose(page: str, line: str) -> tuple[str | None, str]:
    printed = parse_date(line, page.index(line))
    assert printed is not None
    spans = [(0, len(page))]
    clues = time_clues(page, spans, load_gazetteer())
    proposal = propose_date(printed, find_dates(page), clues, None, text=page)
    return proposal.date, proposal.confidence


# --- a weekday the text names is the day of its events: the page's day or the day before ---------------------

@pytest.mark.parametrize(("body", "expected"), [
    # fresh16/f1603: "06/11/2026" is Friday 6 November or Thursday 11 June; "on Thursday evening" fits both (the
    # Friday paper reports the evening before): nothing settles the order, never medium
    ("The committee voted against the plan on Thursday evening.", ("2026-11-06", "low")),
    ("Задание обсуждали в четверг вечером.", ("2026-11-06", "high")),  # a Russian page settles it: day first
])
def test_a_weekday_of_the_events_the_day_before_settles_nothing(body: str, expected: tuple[str, str]) -> None:
    page = f"Harbour news\nPublished: 06/11/2026 17:32\n\n{body}"
    assert _propose(page, "Published: 06/11/2026 17:32") == expected


@pytest.mark.parametrize(("body", "expected"), [
    # the ordinary case the rule keeps: a weekday that is the page's day (or the day before) under one reading only
    ("The minister said on Thursday that the talks would resume.", ("2026-11-05", "medium")),  # 5 Nov: Thursday
    ("The minister said on Wednesday that the talks would resume.", ("2026-11-05", "medium")),  # the day before
    # a weekday printed beside a date is that date's day, not the news's: it does not blur the lede's weekday
    ("The minister said on Thursday that the talks would resume.\nEvents: Sunday 10/5, harbour hall",
     ("2026-11-05", "medium")),
    # a weekday neither reading is, nor the day after: nothing settled
    ("The minister said on Saturday that the talks would resume.", ("2026-05-11", "low")),
])
def test_a_weekday_of_the_page_or_the_day_before_under_one_reading_still_settles(
        body: str, expected: tuple[str, str]) -> None:
    page = f"Harbour news\nPosted: 11/05/2026\n\n{body}"
    assert _propose(page, "Posted: 11/05/2026") == expected


# --- bare years in the text against a day, month and year printed as one date ----------------------------------

def test_bare_plan_years_do_not_overturn_a_printed_full_date() -> None:
    # fresh16/f1606: "30th November 2026" printed, "with deliveries in 2029 and 2030" in the text
    page = ("Varnia picks yard\n30th November 2026\n\nThe contract covers two vessels with deliveries in 2029 and "
            "2030.")
    assert _propose(page, "30th November 2026") == ("2026-11-30", "medium")


def test_a_month_and_year_later_than_the_printed_date_still_conflicts() -> None:
    # ordinary text the rule must leave alone: a month and year the text treats as past is a stronger record
    page = "Varnia picks yard\n30th November 2026\n\nThe tender closed in March 2028, two years late."
    date, confidence = _propose(page, "30th November 2026")
    assert (date, confidence) == ("2028", "low")


def test_a_printed_full_date_within_its_year_stays_high() -> None:
    page = "Varnia picks yard\n30th November 2026\n\nThe tender opened in 2024."
    assert _propose(page, "30th November 2026") == ("2026-11-30", "high")


def test_the_dev_article_drafts_the_day_first_reading_at_low() -> None:
    text = ("BREVIK GAZETTE\n\nPosted: 09/10/2026 16:05\n\nLanding repairs approved\n\nThe council approved the "
            "repairs on Thursday night.\n")
    d = draft(text)
    assert (d.date.date, d.date.confidence) == ("2026-10-09", "low")
