"""A portal's interview with each question and its answer on one line ("- How do the first weeks feel? - Like a
ship's first watch: ..."), an answer going on in undashed paragraphs: each answer and each of its paragraphs is a
quote of the interviewee the page names (fresh40/f4003, read after it was scored; the pages are made up)."""

from __future__ import annotations

from tests.ingest.drafting import attributions, draft

PAGE = ("OpenHarbour\n\nNadia Ferrin became Deputy Secretary General of the Compact: interview\n\n"
        "23 April 2029 10:40\n\n"
        "- You took up your duties on 2 April. How do the first weeks feel? - Like a ship's first watch: busy.\n"
        "First of all, I want to thank the member governments for their trust.\n"
        "- Brask says it has frozen its participation. How does the Secretariat see this? - We have had no written "
        "notice from Ulmen.\n\nShare: Facebook | Telegram\n")


def test_each_answer_and_its_paragraphs_are_the_interviewee_s() -> None:
    found = attributions(draft(PAGE))
    assert [(text, who) for text, who, _, _ in found] == [
        ("Like a ship's first watch: busy.", ["Nadia Ferrin"]),
        ("First of all, I want to thank the member governments for their trust.", ["Nadia Ferrin"]),
        ("We have had no written notice from Ulmen.", ["Nadia Ferrin"]),
    ]


def test_guard_one_such_line_is_no_interview() -> None:
    page = PAGE.replace("- Brask says it has frozen its participation. How does the Secretariat see this? - ", "")
    # (one dashed line with a question in it may be a reader's question or a list: no answer is drafted)
    assert attributions(draft(page)) == []
