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
    # round 7 (fresh6/f602): an order nothing settles is a guess, never above low confidence
    proposal = propose_date(parse_date("07/02/2019 17:28"), [], [])
    assert proposal.date == "2019-02-07" and proposal.confidence == "low"
    assert proposal.warnings[0][0] == "date_ambiguous" and "unconfirmed" in proposal.warnings[0][1]
    assert "nothing on the page settles the order" in proposal.warnings[0][1]


def _propose_on(page: str, line: str, url: str | None = None) -> tuple[str | None, str]:
    start = page.index(line)
    printed = parse_date(line, start)
    assert printed is not None and printed.ambiguous
    proposal = propose_date(printed, find_dates(page), [], url, text=page)
    assert [k for k, _ in proposal.warnings][:1] == ["date_ambiguous"]
    return proposal.date, proposal.confidence


@pytest.mark.parametrize(("page", "line", "expected"), [
    # unsettled, in each separator: low, day first, whatever the truth
    ("Harbour news\nPosted: 11/4/2025 09:12 a.m.\n\nThe pilots met the board.", "Posted: 11/4/2025 09:12 a.m.",
     ("2025-04-11", "low")),
    ("Harbour news\n04.11.2025\n\nThe pilots met the board.", "04.11.2025", ("2025-11-04", "low")),
    ("Harbour news\n4-11-2025\n\nThe pilots met the board.", "4-11-2025", ("2025-11-04", "low")),
    # a weekday on the date's own line that fits one reading only: settled
    ("Harbour news\nTuesday, 11/4/2025\n\nThe pilots met the board.", "11/4/2025", ("2025-11-04", "high")),
    # the lede's weekday and the page's other days written month first ("Dec. 1"): settled, not strongly
    ("Harbour news\nPublished: 11/4/2025\n\nThe general said on Tuesday that the drills begin on Dec. 1.",
     "Published: 11/4/2025", ("2025-11-04", "medium")),
    # the same day with its month's name in the dateline
    ("Harbour news\n04.11.2025\n\nDREMMIN, 4 November (VPA) - The pilots met the board.", "04.11.2025",
     ("2025-11-04", "medium")),
    # clues that disagree settle nothing
    ("Harbour news\nPublished: 11/4/2025\n\nThe general said on Friday that the drills begin on Dec. 1.",
     "Published: 11/4/2025", ("2025-04-11", "low")),
    # a Russian page: day first is its convention
    ("Вестник порта\n04.11.2025 14:20\n\nЛоцманы встретились с советом порта.", "04.11.2025 14:20",
     ("2025-11-04", "high")),
    ("Вестник порта\n04.11.2025\n\nВо вторник лоцманы встретились с советом порта.", "04.11.2025",
     ("2025-11-04", "high")),
])
def test_an_ambiguous_numeric_date_is_low_unless_the_page_settles_the_order(
        page: str, line: str, expected: tuple[str, str]) -> None:
    assert _propose_on(page, line) == expected


def test_a_url_date_settles_an_ambiguous_numeric_date() -> None:
    page = "Harbour news\nPosted: 11/4/2025\n\nThe pilots met the board."
    proposal = propose_date(parse_date("11/4/2025"), find_dates(page), [], "https://news.example/2025/11/04/pilots",
                            text=page)
    assert (proposal.date, proposal.confidence) == ("2025-11-04", "high")


def test_a_year_a_budget_is_for_is_no_clue_against_the_printed_date() -> None:
    for text in ("Сенат увеличит расходы в бюджете на 2026 год.",
                 "The Senate passed the budget for 2026.", "The 2026 budget adds two patrol boats."):
        assert clues(text) == [], text
    assert [c.text for c in clues("Сенат на 2019 заседании принял закон.")] == ["2019"]


def test_a_section_name_before_the_date_is_a_date_line() -> None:
    reading = parse_date("Новости  27 ноября 2025 года, 11:05")
    assert reading is not None and reading.readings == ("2025-11-27",)
    assert parse_date("Politics  12 May 2025") is not None
    assert parse_date("Новости о 27 ноября 2025") is None


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


# --- round 15: a date under an update's label is never the publication date (fresh14's f1403, f1406) -------------


@pytest.mark.parametrize(("line", "iso", "updated"), [
    ("Last updated: 26.11.2026", "2026-11-26", True),
    ("Last updated November 24, 2026", "2026-11-24", True),
    ("Updated 4:12 PM GMT, October 7, 2024", "2024-10-07", True),
    ("Modified on 3 May 2025", "2025-05-03", True),
    ("Edited: 2025-05-03", "2025-05-03", True),
    ("This page was last updated on 24 November 2026", "2026-11-24", True),
    ("Date updated: 2026-11-24", "2026-11-24", True),
    ("Обновлено: 26.11.2026", "2026-11-26", True),
    ("Изменено 24 ноября 2026", "2026-11-24", True),
    ("Дата обновления: 24.11.2026", "2026-11-24", True),
    ("Последнее обновление: 24.11.2026, 12:00", "2026-11-24", True),
    ("Материал изменен 24.11.2026 в 12:00", "2026-11-24", True),
    ("Posted 19 November 2026", "2026-11-19", False),
    ("Posted by Irene Falk on November 22, 2026 · 6 min read", "2026-11-22", False),
    ("Published 22 November 2026, last updated 24 November 2026", "2026-11-22", False),
    ("Опубликовано: 25.11.2026 | Обновлено: 26.11.2026", "2026-11-25", False),
    ("November 26, 2026 5:48 PM GMT+1 · Updated 2 hours ago", "2026-11-26", False),
    ("Date: 24.11.2026", "2026-11-24", False),
])
def test_an_update_label_marks_its_date_as_an_update(line: str, iso: str, updated: bool) -> None:
    reading = parse_date(line)
    assert reading is not None and reading.readings[0] == iso and reading.updated is updated


def test_an_update_date_alone_is_proposed_only_at_low_confidence() -> None:
    update = parse_date("Last updated: 26.11.2026")
    proposal = propose_date(None, [], [], updated=update)
    assert (proposal.date, proposal.confidence) == ("2026-11-26", "low")
    assert [k for k, _ in proposal.warnings] == ["date_only_updated"]
    # handed in as the printed date by mistake, it is still only an update's
    assert propose_date(update, [], []).confidence == "low"
    # the URL's date beats it
    assert propose_date(None, [], [], url="https://x.example/2026/11/25/story", updated=update).date == "2026-11-25"


@pytest.mark.parametrize(("day", "iso", "confidence"), [
    ((3, 18), "2025-03-18", "medium"),  # the update's own day: its year
    ((3, 17), "2025-03-17", "low"),
    ((12, 30), "2024-12-30", "low"),  # a day later in the year than the update: the year before
])
def test_a_yearless_dateline_takes_its_year_from_the_update(day: tuple[int, int], iso: str, confidence: str) -> None:
    update = parse_date("Updated 6:41 AM GMT+1, March 18, 2025")
    proposal = propose_date(None, [], [], dateline_day=day, page_year=2026, updated=update)
    assert (proposal.date, proposal.confidence) == (iso, confidence)
