"""Issue 14, after round 22: the one date `fresh22/` drafted wrong above low confidence (f2219, scored once in
fresh22.scored.txt). A business daily printed its print issue's line ("... №41 от 10.03.2027, стр. 3": the next
morning's paper) over its online time ("09.03.2027, 22:15"), and its URL carried the 9th; the draft took the issue's
date at medium. The kind, on every page: two records of publication that disagree are never kept above low
confidence, and a date over the article that the URL confirms is the page's."""

from __future__ import annotations

import pytest

from tests.ingest.drafting import draft

ISSUE_OVER_ONLINE_TIME = [
    ("ТАРНСКИЙ КУРЬЕР\n\nПолитика\n\nВерфь просит отсрочки\n\nГазета «Тарнский курьер» №77 от 15.04.2027, стр. 2\n"
     "14.04.2027, 21:05\n\nАвтор: Ольга Стрем\n\nДиректор верфи Павел Рунге попросил у города отсрочки. «Мы сдадим "
     "паром к лету, если нам дадут еще месяц», — сказал он.\n",
     "https://tarnkurier.example/doc/2027/04/14/verf-prosit-otsrochki-77120", "2027-04-14"),
    ("THE LINDMARK COURIER\n\nYard asks council for more time\n\nThe Lindmark Courier, No. 4,812, 9 December 2026, "
     "p. 3\n8 December 2026, 21:40\n\nBy Tove Lunde\n\n\"We will deliver the ferry by summer if we are given another "
     "month,\" yard director Mats Ekholm said.\n",
     "https://lindmarkcourier.example/news/2026/12/08/yard-asks-for-time", "2026-12-08"),
]


@pytest.mark.parametrize(("page", "url", "published"), ISSUE_OVER_ONLINE_TIME)
def test_the_date_over_the_article_the_url_confirms_is_the_publication(page: str, url: str, published: str) -> None:
    proposal = draft(page, url).date
    assert proposal.date == published and proposal.confidence == "high"


def test_the_issue_line_alone_is_still_the_pages_date() -> None:
    # ordinary: the same page without its online time and with a URL carrying no day keeps the issue's date
    page, _, _ = ISSUE_OVER_ONLINE_TIME[0]
    page = page.replace("14.04.2027, 21:05\n", "")
    proposal = draft(page, "https://tarnkurier.example/doc/verf-prosit-otsrochki-77120").date
    assert proposal.date == "2027-04-15" and proposal.confidence == "high"


@pytest.mark.parametrize("url", ["https://eskbynotes.example/2027/03/04/ramp-opens",
                                 "https://eskbynotes.example/news/2027-03-06/ramp-opens"])
def test_one_printed_date_the_url_contradicts_is_kept_at_low_confidence(url: str) -> None:
    # ordinary: one printed date and a URL carrying another day (minted the eve, or moved the day after); no other
    # date sides with either, so the printed one is proposed, never above low (it was medium)
    page = ("ESKBY HARBOUR NOTES\n\nNew ferry ramp opens\n\n5 March 2027\n\nBy Tove Lindqvist\n\n\"It was worth the "
            "wait,\" harbour master Ola Berg said.\n")
    proposal = draft(page, url).date
    assert proposal.date == "2027-03-05" and proposal.confidence == "low"
    assert "date_url_disagrees" in [code for code, _ in proposal.warnings]


def test_a_printed_date_the_url_repeats_stays_high() -> None:
    page = ("ESKBY HARBOUR NOTES\n\nNew ferry ramp opens\n\n5 March 2027\n\nBy Tove Lindqvist\n\n\"It was worth the "
            "wait,\" harbour master Ola Berg said.\n")
    proposal = draft(page, "https://eskbynotes.example/2027/03/05/ramp-opens").date
    assert proposal.date == "2027-03-05" and proposal.confidence == "high"
