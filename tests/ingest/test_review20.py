"""Issue 14, the review of rounds 15a-19: rules those rounds added misfired on ordinary text or cost a scan of the
page per line or quote. Each misfire is a case here (a planned weekday moving a date to medium, a "Topic: words"
headline taken for an event's field, a headline taken for the publisher's full name, ...), with the shape the rule
was written for beside it, which must still work."""

from __future__ import annotations

import pytest

from alliance_monitor.ingest.dates import (
    _order_signals,
    date_line_author,
    find_dates,
    parse_date,
    propose_date,
    time_clues,
)
from alliance_monitor.ingest.gazetteer import load_gazetteer
from tests.ingest.drafting import EN, RU, draft, speakers


def _propose(page: str, line: str) -> tuple[str | None, str]:
    printed = parse_date(line, page.index(line))
    assert printed is not None
    clues = time_clues(page, [(0, len(page))], load_gazetteer())
    proposal = propose_date(printed, find_dates(page), clues, None, text=page)
    return proposal.date, proposal.confidence


# --- round 17: a weekday the text names is the day of its events, not one it plans, repeats or sets ---------------

@pytest.mark.parametrize("body", [
    # "04/06/2026" is Thursday 4 June or Monday 6 April: a weekday ahead of the news fits the second reading (that
    # day or the day after), and moved the date to it at medium, where nothing on the page settles the order
    "The harbour board will vote on the new fees on Monday, the chair said.",
    "The harbour board is due to vote on the new fees next Sunday, the chair said.",
    "The ferry runs every Sunday from the old pier, the chair said.",
    "The ferry last ran on a Sunday in March, the chair said.",
    "The board must publish the new fees by Monday, the chair said.",
])
def test_a_weekday_ahead_of_the_news_or_a_repeated_one_settles_no_order(body: str) -> None:
    page = f"Harbour news\nPosted: 04/06/2026 10:15\n\n{body}"
    assert _propose(page, "Posted: 04/06/2026 10:15") == ("2026-06-04", "low")


@pytest.mark.parametrize("body", [
    "Голосование по новым сборам состоится в понедельник, сообщил председатель.",
    "Паром ходит каждое воскресенье, а в следующий понедельник встанет на ремонт.",
])
def test_a_russian_weekday_ahead_of_the_news_gives_no_weekday_signal(body: str) -> None:
    # (a Russian page's date is read day first by its language anyway: the weekday itself must give no signal)
    page = f"Вести гавани\n04/06/2026 10:15\n\n{body}"
    printed = parse_date("04/06/2026 10:15", page.index("04/06"))
    assert printed is not None
    assert [why for _, _, why in _order_signals(printed, page) if "weekday" in why or "names" in why] == []


@pytest.mark.parametrize(("body", "expected"), [
    # the shape the rule was written for: the news's own day, or the day before, under one reading only
    ("The harbour board voted on the new fees on Monday, the chair said.", ("2026-04-06", "medium")),
    ("The harbour board voted on the new fees on Sunday evening, the chair said.", ("2026-04-06", "medium")),
    # a planned day beside the news's day: the news's day still settles it
    ("The board voted on Monday; the fees will apply from next Friday.", ("2026-04-06", "medium")),
])
def test_the_days_own_weekday_still_settles_the_order(body: str, expected: tuple[str, str]) -> None:
    page = f"Harbour news\nPosted: 04/06/2026 10:15\n\n{body}"
    assert _propose(page, "Posted: 04/06/2026 10:15") == expected


def test_the_drafter_keeps_a_planned_weekdays_date_at_low() -> None:
    d = draft("Harbour News\n\nPosted: 04/06/2026 10:15\n\nPort fees set to rise\n\nThe harbour board will vote on "
              "the new fees on Monday, the chair said. Fishermen plan a protest before the vote.\n")
    assert (d.date.date, d.date.confidence) == ("2026-06-04", "low")


# --- round 15a: an event's labelled field over its date line is its meta block, not a "Topic: words" headline ------

BODY = ("The harbour board voted on the new fees on Tuesday, the chair said. Fishermen plan a protest before the "
        "summer season begins in earnest.\n")


@pytest.mark.parametrize(("head", "title"), [
    # a headline of the "Topic: words" shape over the date line, under the masthead (or a menu) and a blank line:
    # it was taken for an event's field, and the masthead became the title
    ("Harbour News\n\nKessel vote: Lund claims victory\n12 March 2026\n\n", "Kessel vote: Lund claims victory"),
    ("Harbour News\n\nPort fees: board backs rise\nBy Anna Berg\n12 March 2026\n\n", "Port fees: board backs rise"),
    ("Harbour News\nHome | World | Sport\n\nFerry strike: talks collapse\n12 March 2026\n\n",
     "Ferry strike: talks collapse"),
    # the shape the rule was written for (dev d264): a field under the headline, in one group with the date line
    ("OBSR\nOstrava Bay Security Review\nResearch | Events | About\n\nWho guards the bay?\n\nVenue: OBSR Hall, Tarn\n"
     "Posted 2 October 2026\n\n", "Who guards the bay?"),
    ("Harbour News\n\nCoast guard summit\n\nVenue: Harbour Hall, Tarn\nPosted 2 October 2026\n\n",
     "Coast guard summit"),
])
def test_a_topic_headline_over_the_date_line_is_no_events_field(head: str, title: str) -> None:
    assert draft(head + BODY).document["source"]["title"] == title


# --- round 19: an abbreviated publisher spelt out by the page's own full form, never by its headline ---------------

AGENCY_BODY = ("VELLIN, 4 December (VANA) – Varnia has offered the Harbour Compact a second coastal radar site near "
               "Skarra, the defence ministry said on Friday.\n")


@pytest.mark.parametrize("headline", ["Varnia and Norway agree", "Varnian Navy Arrives"])
def test_a_headline_whose_words_start_with_the_initials_is_not_the_publishers_name(headline: str) -> None:
    # "VA-N-A": the headline on the first lines spelt the agency's initials and was cited as its publisher
    d = draft(f"VANA\n\n{headline}\n04.12.2026 11:20\n\n" + AGENCY_BODY)
    assert d.document["source"]["title"] == headline
    assert d.document["source"]["publisher"] == "VANA"


def test_the_full_form_on_the_line_under_the_initials_still_names_the_publisher() -> None:
    # the shape the rule was written for (dev d311), with a headline that spells the initials too
    d = draft("VANA\nVarnian News Agency\n\nVarnia and Norway agree\n04.12.2026 11:20\n\n" + AGENCY_BODY)
    assert d.document["source"]["publisher"] == "Varnian News Agency"


# --- round 16: a compound job title before a name; a man's given name of the first declension -------------------

@pytest.mark.parametrize(("paragraph", "speaker"), [
    # "General" is a rank of its own: the given name after it ("Peter", "Walter", shaped like "Officer") was cut as
    # the rest of a compound title
    ('"We will not send ships to the bay," General Peter Anders Holm told reporters.', "Peter Anders Holm"),
    ('"We will not send ships to the bay," Lieutenant General Walter Anders Holm told reporters.',
     "Walter Anders Holm"),
    # the shapes the rule was written for (dev d280)
    ('General Manager Ann Bell said: "We will not send ships to the bay."', "Ann Bell"),
    ('"We will not send ships to the bay," said Chief Executive Ragna Stell.', "Ragna Stell"),
])
def test_a_rank_before_a_three_word_name_is_no_compound_title(paragraph: str, speaker: str) -> None:
    assert speakers(draft(EN + paragraph + "\n")) == [[speaker]]


@pytest.mark.parametrize(("paragraph", "speaker"), [
    # a man's given name that ends in -и in the nominative (Tajik, Georgian) was "restored" to -я
    ("По словам президента Таджикистана Эмомали Рахмона, «границу никто не закроет».", "Эмомали Рахмон"),
    ("По словам советника Нодари Беридзе, «границу никто не закроет».", "Нодари"),
    # the first declension's genitive (dev d281) is still read back
    ("По словам министра Ильи Грина, «границу никто не закроет».", "Илья Грин"),
    ("По словам министра Луки Сорина, «границу никто не закроет».", "Лука Сорин"),
    ("По словам министра Никиты Белова, «границу никто не закроет».", "Никита Белов"),
])
def test_a_given_name_in_i_is_read_back_only_from_the_first_declension(paragraph: str, speaker: str) -> None:
    names = speakers(draft(RU + paragraph + "\n"))
    assert len(names) == 1 and len(names[0]) == 1 and names[0][0].startswith(speaker), names


# --- round 15b: what "it said" after a sentence about "the statement" is the signed statement's ------------------

SIGNED = '"We stand together," said the statement, signed by Jan Oberg and Ana Lund.\n\n'


@pytest.mark.parametrize(("later", "speaker"), [
    # another statement introduced after the signed one: "the statement" is the board's, not the signatories'
    ("On Friday the harbour board published a statement of its own. The statement ran to two pages. On fees it "
     'said only that the port "stays open for all ships".\n', []),
    ("On Friday the Harbour Board of Oskby issued a reply. The statement was brief. On fees it said only that the "
     'port "stays open for all ships".\n', ["Harbour Board of Oskby"]),
    # the shape the rule was written for (dev d270): the signed statement, the paragraph after it
    ('The statement, issued after a meeting in Halvik, ran to two pages. On fees it said only that the port "stays '
     'open for all ships".\n', ["Jan Oberg", "Ana Lund"]),
])
def test_it_said_is_the_signed_statements_only_while_no_other_document_is_named(
        later: str, speaker: list[str]) -> None:
    assert speakers(draft(EN + SIGNED + later)) == [["Jan Oberg", "Ana Lund"], speaker]


# --- round 15a: a meta line's author, read by one pattern of a name (it was written in four places) -------------

@pytest.mark.parametrize(("line", "author"), [
    ("Posted by Irene Falk on November 22, 2026", "Irene Falk"),
    ("Posted on November 22, 2026 by Irene Falk", "Irene Falk"),
    ("22.11.2026, автор: Ирина Фальк", "Ирина Фальк"),
    ("Posted on November 22, 2026", None),
    ("Posted by the harbour board on November 22, 2026", None),  # (no name: "the harbour board")
])
def test_a_meta_lines_author_before_or_after_its_date(line: str, author: str | None) -> None:
    assert date_line_author(line) == author


def test_a_boards_posting_line_makes_no_author() -> None:
    # round 15a's "Posted by X on DATE" took any words for X: "the harbour board" became the article's author
    d = draft("Harbour News\n\nPort fees set to rise\n\nPosted by the harbour board on November 22, 2026\n\nThe "
              "harbour board voted on the new fees on Tuesday, the chair said. Fishermen plan a protest.\n")
    assert d.document["source"].get("author") is None and d.document["actors"] == []
    assert d.date.date == "2026-11-22"
    d = draft("Harbour News\n\nPort fees set to rise\n\nPosted by Irene Falk on November 22, 2026\n\nThe harbour "
              "board voted on the new fees on Tuesday, the chair said. Fishermen plan a protest.\n")
    assert [a["name"] for a in d.document["actors"]] == ["Irene Falk"]
