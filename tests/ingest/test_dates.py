"""Printed dates in every form met in the wild, their ambiguity, and their agreement with the text."""

from __future__ import annotations

import pytest

from alliance_monitor.ingest.dates import find_dates, parse_date, propose_date, time_clues
from alliance_monitor.ingest.gazetteer import load_gazetteer


@pytest.mark.parametrize(
    ("printed", "readings"),
    [
        ("03/11/2022, 09.45", ("2022-11-03", "2022-03-11")),  # day/month ambiguous, time with a dot
        ("07/02/2019 17:28", ("2019-02-07", "2019-07-02")),
        ("17/10/2022 09:30", ("2022-10-17",)),  # only day first is possible
        ("10/17/2022", ("2022-10-17",)),  # only month first is possible
        ("Feb 23, 2024", ("2024-02-23",)),
        ("Feb. 23, 2024", ("2024-02-23",)),
        ("February 23rd, 2024 at 10:30 am", ("2024-02-23",)),
        ("2024-02-23", ("2024-02-23",)),
        ("2024-02-23T08:15:00Z", ("2024-02-23",)),
        ("23 November 2023", ("2023-11-23",)),
        ("Thursday, 23 November 2023", ("2023-11-23",)),
        ("Published: 23 Nov 2023", ("2023-11-23",)),
        ("05/05/2021", ("2021-05-05",)),  # the same either way: not ambiguous
    ],
)
def test_date_forms(printed: str, readings: tuple[str, ...]) -> None:
    reading = parse_date(printed)
    assert reading is not None and reading.readings == readings
    assert reading.ambiguous == (len(readings) > 1)


@pytest.mark.parametrize("text", ["2024-02-30", "31/31/2020", "Feb 30, 2024", "see 23 November 2023", "2023"])
def test_not_a_date_line(text: str) -> None:
    assert parse_date(text) is None


def test_printed_date_offsets_skip_the_label() -> None:
    reading = parse_date("  Published: 23 Nov 2023", offset=100)
    assert reading is not None and (reading.start, reading.end, reading.text) == (113, 124, "23 Nov 2023")


def clues(text: str) -> list:  # type: ignore[type-arg]
    return time_clues(text, [(0, len(text))], load_gazetteer())


def test_ambiguous_date_read_day_first_from_the_page_convention() -> None:
    page = "03/11/2022, 09.45\nRelated\nOther story\n17/10/2022 09:30"
    printed = parse_date("03/11/2022, 09.45")
    proposal = propose_date(printed, find_dates(page), [])
    assert proposal.date == "2022-11-03" and proposal.confidence == "high" and proposal.method == "as_printed"
    assert [k for k, _ in proposal.warnings] == ["date_ambiguous"]
    assert "17/10/2022" in proposal.evidence


def test_ambiguous_date_read_month_first_from_the_page_convention() -> None:
    page = "03/11/2022\n10/17/2022"
    proposal = propose_date(parse_date("03/11/2022"), find_dates(page), [])
    assert proposal.date == "2022-03-11" and proposal.confidence == "high"


def test_ambiguous_date_without_evidence_is_flagged() -> None:
    proposal = propose_date(parse_date("07/02/2019 17:28"), [], [])
    assert proposal.date == "2019-02-07" and proposal.confidence == "medium"
    assert proposal.warnings[0][0] == "date_ambiguous" and "unconfirmed" in proposal.warnings[0][1]


def test_text_settles_an_ambiguous_date() -> None:
    text = "The talks resumed in October 2022 after a long pause."
    proposal = propose_date(parse_date("03/11/2022"), [], clues(text))
    assert proposal.date == "2022-11-03"


def test_printed_date_conflicting_with_the_text_is_kept_and_flagged() -> None:
    text = ("The deployment of January 2022 is long past, and so is the invasion of Ukraine; the alliance was "
            "founded in 1992.")
    proposal = propose_date(parse_date("07/02/2019 17:28"), [], clues(text))
    kinds = [k for k, _ in proposal.warnings]
    assert kinds == ["date_ambiguous", "date_conflict"]
    assert proposal.conflict is not None and "2022-02-24" in proposal.conflict and "January 2022" in proposal.conflict
    assert proposal.method == "inferred_from_text" and proposal.date == "2022" and proposal.confidence == "low"


def test_future_years_are_not_a_conflict() -> None:
    text = "By 2030 the plan will double the force; in 2031 it will be reviewed."
    assert clues(text) == []
    proposal = propose_date(parse_date("Feb 23, 2024"), [], clues(text))
    assert proposal.conflict is None and proposal.date == "2024-02-23" and proposal.confidence == "high"


def test_text_agreeing_with_the_date_is_cited() -> None:
    proposal = propose_date(parse_date("23 November 2023"), [], clues("Since 2004 the body has met yearly."))
    assert proposal.warnings == [] and "2004" in proposal.evidence


def test_no_printed_date() -> None:
    # Issue 14, kind 1: a year the text mentions dates events, not the article: "not found", the year as evidence.
    proposal = propose_date(None, [], clues("In March 2021 the ministers met."))
    assert proposal.date is None and proposal.method == "inferred_from_text" and "2021-03" in proposal.evidence
    assert proposal.warnings[0][0] == "no_printed_date"
    assert propose_date(None, [], []).date is None
