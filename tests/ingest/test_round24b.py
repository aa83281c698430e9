"""Issue 14, round 24b: the source record (title, publisher, date, dateline) and chrome, from fresh23's misses.

Kinds: a breadcrumb trail ending with the headline (f2303); a meta line's empty dash slot before an update (f2303); an
agency's dateline with its short name between commas or the country in brackets (f2304, f2310); a correspondent's
credit in a dateline's slashes (f2314); a Russian agency's full name under its brand (f2316); a browser's print
header and footer inside the text (f2312); a section's own "More local news" list (f2309). Beside each rule, ordinary
text where it must not fire; beside the date rule, ordinary pages where it must leave the date alone."""

from __future__ import annotations

import pytest

from alliance_monitor.ingest.chrome import _is_trail_over_headline, analyse_layout, split_lines
from alliance_monitor.ingest.dates import parse_date
from tests.ingest.drafting import EN, draft, speakers

BODY = "\"We will keep the ferry running,\" harbour master Ola Berg said.\n"


# Breadcrumb trail ending with the headline (f2303; dev d490): when the URL's slug picks the headline among the
# header's lines (`_slug_headline`), the trail shares as many of its words and comes first; it is the site's trail
def _trail_lines(page: str) -> list[bool]:
    lines = split_lines(page)
    blank = [not line.text.strip() for line in lines]
    return [_is_trail_over_headline(lines, blank, i) for i in range(len(lines))]


def test_a_trail_ending_with_the_headline_is_the_sites_trail() -> None:
    page = "PORT FORUM\n\nHome > News > Ferry talks resume in Eskby\n\nFerry talks resume in Eskby\n\n" + BODY
    assert [i for i, trail in enumerate(_trail_lines(page)) if trail] == [2]  # the trail's line alone


@pytest.mark.parametrize("page", [
    # a headline with arrows that no line repeats
    "PORT FORUM\n\nEskby > Tarnby > Harl: ferry line reopens\n\n5 March 2027\n\n" + BODY,
    # a trail whose last item is a section, the headline under it another text
    "Home > News > Harbour\n\nFerry talks resume in Eskby\n\n" + BODY,
    # a sentence with arrows before its repeat
    "Prices went 4 > 5 > 6 in a week. Ferry fares rose.\nFerry fares rose.\n\n" + BODY,
])
def test_other_lines_with_arrows_are_no_trail_over_the_headline(page: str) -> None:
    assert not any(_trail_lines(page))


def test_the_dev_pages_trail_is_never_the_title() -> None:
    page = ("PORT FORUM\nHomepage   About us   News   Contact\n\nHome > News > Ferry talks resume in Eskby\n\n"
            "Ferry talks resume in Eskby\n\n5 Mar. 2027 - | Last updated: 6 Mar. 2027 11:40\n\n" + BODY)
    title = draft(page).layout.title
    assert title is not None and title.text == "Ferry talks resume in Eskby"


# A meta line's empty dash slot before its separator (f2303; dev d490): the date before it is the page's
def test_an_empty_dash_slot_before_an_update_keeps_the_first_date() -> None:
    reading = parse_date("19 Mar. 2027 - | Last updated: 20 Mar. 2027 11:40")
    assert reading is not None and reading.readings == ("2027-03-19",)


@pytest.mark.parametrize("line", ["19 Mar. 2027 -", "Harbour talks - | 19 Mar. 2027 ends"])
def test_a_dash_after_a_date_alone_or_in_words_is_no_date_line(line: str) -> None:
    assert parse_date(line) is None


# Ordinary pages where the empty-slot reading must leave the date alone (a rule that reads a date line)
@pytest.mark.parametrize("extra", [
    # an event's date in the prose, with a dash after it
    "The drills ran until 12 Mar. 2027 - | the longest in years, officials said.\n\n",
    # an update's line alone: it never dates the page
    "Last updated: 20 Mar. 2027 11:40 - |\n\n",
    # a date inside a quote
    "\"On 12 Mar. 2027 - | we start,\" the captain said.\n\n",
])
def test_the_empty_slot_leaves_the_printed_date_alone(extra: str) -> None:
    page = "ESKBY NOTES\n\nHarbour summit set for Tuesday\n\n5 March 2027\n\nBy Tove Lind\n\n" + extra + BODY
    proposal = draft(page).date
    assert proposal.date == "2027-03-05"


def test_a_related_links_dated_line_does_not_date_the_page() -> None:
    page = ("ESKBY NOTES\n\nHarbour summit set for Tuesday\n\n5 March 2027\n\nBy Tove Lind\n\n" + BODY
            + "\nRelated news\n2 Mar. 2027 - | Ministers meet in Tarnby\n")
    proposal = draft(page).date
    assert proposal.date == "2027-03-05"


# Agency datelines (f2304, f2310; dev d491, d492)
@pytest.mark.parametrize(("paragraph", "place"), [
    ("Tarnby, 14 May, KPA – The parliament approved the budget.", "Tarnby"),
    ("Ostby (Lindmark) (NWA) - Lindmark opened talks on Thursday.", "Ostby"),
])
def test_an_agency_dateline_gives_its_place(paragraph: str, place: str) -> None:
    assert draft(EN + paragraph + "\n\n" + BODY).layout.dateline == place


@pytest.mark.parametrize("paragraph", [
    "On Monday, NATO - the alliance - met in Tarnby.",
    "In Tarnby, KPA – the agency – said nothing.",
    "Paris (France) said - and meant - nothing new.",
])
def test_an_ordinary_sentence_with_capitals_and_a_dash_is_no_dateline(paragraph: str) -> None:
    assert draft(EN + paragraph + "\n\n" + BODY).layout.dateline is None


# A correspondent's credit in a dateline (f2314; dev d493)
def test_a_correspondents_credit_names_the_agency_as_its_masthead_spells_it() -> None:
    page = ("КЕССИНФОРМ\nГосударственное информационное агентство\n\nПаромы встали\n\n21 мая 2026, 10:40\n\n"
            "ТАРНБЮ, 21 мая. /Корр. «Кессинформа» Олег Варин/. Паромы не вышли в рейс.\n\n"
            "«Мы ждем погоды», — сказал капитан Иван Лунд.\n")
    assert draft(page).document["source"]["publisher"] == "Кессинформ"


def test_an_agency_in_a_datelines_slashes_stays_the_publisher() -> None:
    page = ("Паромы встали\n\n21 мая 2026, 10:40\n\nТАРНБЮ, 21 мая. /Кессинформ/. Паромы не вышли в рейс.\n\n"
            "«Мы ждем погоды», — сказал капитан Иван Лунд.\n")
    assert draft(page).document["source"]["publisher"] == "Кессинформ"


# A Russian agency's full name under its brand (f2316; dev d494)
def test_a_russian_full_name_under_the_brand_is_the_publisher() -> None:
    page = ("ЛИНДА\nЛиндмаркское национальное информационное агентство\n\nПаромы встали\n\n18.06.2026 12:30\n\n"
            "ОСТБЮ, 18 июня – ЛИНДА. Паромы не вышли в рейс.\n\n«Мы ждем погоды», — сказал капитан Иван Лунд.\n")
    assert draft(page).document["source"]["publisher"] == "Линдмаркское национальное информационное агентство"


def test_a_description_under_the_brand_that_starts_otherwise_is_not_the_name() -> None:
    page = ("ЛИНДА\nГосударственное информационное агентство Линдмарка\n\nПаромы встали\n\n18.06.2026 12:30\n\n"
            "ОСТБЮ, 18 июня – ЛИНДА. Паромы не вышли в рейс.\n\n«Мы ждем погоды», — сказал капитан Иван Лунд.\n")
    assert draft(page).document["source"]["publisher"] == "Линда"


# A browser's print header and footer inside the text (f2312; dev d495)
def test_a_print_header_and_footer_at_a_page_break_are_chrome() -> None:
    page = (EN + "The operator said it regretted the vote and\n\n"
            "https://courier.example/news/ferry-vote    1/2\n\n"
            "5/9/27, 7:15 PM    Union: \"We will not sail on Friday without a deal\" | Harl Courier\n\n"
            "would run a reduced timetable.\n\n" + BODY)
    d = draft(page)
    assert [q.text for q in d.quotes if not q.is_term] == ["We will keep the ferry running,"]


def test_a_sentence_with_a_time_and_a_web_address_is_text() -> None:
    page = EN + ("On 5/9/27, 7:15 PM  the union posted \"We will not sail on Friday without a deal\" at its site, "
                 "Ola Berg said.\n\n")
    assert "We will not sail on Friday without a deal" in [q.text for q in draft(page).quotes]


# A section's own list of links (f2309; dev d496)
def test_a_more_local_news_list_is_chrome() -> None:
    page = (EN + BODY + "\nMore local news\nSchool bus route to change\nLetters: 'The pier was never the problem'\n\n"
            "Join the conversation\nComments are moderated. Please read our guidelines before posting.\n")
    assert speakers(draft(page)) == [["Ola Berg"]]


def test_a_sentence_starting_with_more_news_is_text() -> None:
    layout = analyse_layout(EN + "More news came on Friday, and the mayor said the pier was safe.\n\n" + BODY)
    assert any(p.text.startswith("More news came") for p in layout.paragraphs)
