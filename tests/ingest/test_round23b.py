"""Issue 14, round 23b: the source record of `fresh22/` (scored once in fresh22.scored.txt). Four kinds, each by the
page's structure: a copyright line naming the company whose name extends the page's own (f2206), a section heading
that repeats the breadcrumb's last item (f2207), an agency's name over a rubric right above its time line (f2209), a
fact check's "Fact checked on" date (f2212). Beside each, an ordinary page where the rule must not fire."""

from __future__ import annotations

from alliance_monitor.ingest.chrome import analyse_layout
from alliance_monitor.ingest.dates import parse_date
from tests.ingest.drafting import draft

BODY = ("Ferry crews at Vessby voted on Tuesday to end their overtime ban, their union said.\n\n"
        "\"We wanted the evening boats back,\" union secretary Ivo Brandt said.\n")


def test_the_company_the_copyright_names_yields_to_the_name_the_page_heads_itself_with() -> None:
    page = ("NT9 | Nordfjell Television\nLive   News   Weather   Sport\n\nFerry crews end overtime ban\n\n"
            "Published 14 April 2027\n\n" + BODY + "\n© 2027 Nordfjell Television Broadcasting Company. Terms\n")
    assert draft(page).document["source"]["publisher"] == "Nordfjell Television"


def test_a_copyright_holder_the_first_line_does_not_begin_keeps_its_name() -> None:
    # the first line's name is not the start of the copyright holder's: nothing to shorten it to
    page = ("NT9 | Nordfjell Television\nLive   News   Weather   Sport\n\nFerry crews end overtime ban\n\n"
            "Published 14 April 2027\n\n" + BODY + "\n© 2027 Harbour Broadcasting Company. Terms\n")
    assert analyse_layout(page).copyright_publisher == "Harbour Broadcasting Company"
    # a one-word first line ("Meridian") is never taken for a company's longer name ("Meridian News Service")
    page = "Meridian\n\nFerry crews end overtime ban\n\n" + BODY + "\n© 2027 Meridian News Service\n"
    assert analyse_layout(page).copyright_publisher == "Meridian News Service"


SECTION_PAGE = ("TARNLAND SENATE\nThe Senate   Members   Committees   Bills   News   Contact\nTarnlandsk | English\n"
                "Search the Senate\n\nHome / {trail}\n\nNews from the Senate\n18/05/2027\n\n"
                "Senate passes cutter funding after late sitting\n\n"
                "The Senate on Tuesday approved money for two cutters. The minister said they were \"overdue\".\n")


def test_a_heading_that_repeats_the_breadcrumbs_last_item_is_a_section_not_the_publisher() -> None:
    page = SECTION_PAGE.format(trail="News from the Senate")
    assert analyse_layout(page).masthead_publisher is None
    d = draft(page, "https://senate.tarnland.example/en/news/2027/senate-passes-cutter-funding")
    assert d.document["source"]["publisher"] == "Tarnland Senate"


def test_a_masthead_the_breadcrumb_does_not_end_with_stays_the_masthead() -> None:
    page = SECTION_PAGE.format(trail="Committees")
    assert analyse_layout(page).masthead_publisher == "News from the Senate"


def test_the_headline_under_an_agencys_rubric_and_time_line_is_the_title() -> None:
    page = ("KESSA\nKessland State News Agency\nРусский   English   Deutsch\n\nPolitics   World   Economy   Sport\n\n"
            "Economy\n\n21 JUN, 10:05\n\nKessland to open a second grain terminal at Vallen port next year\n\n"
            "The terminal will double the port's capacity, the ministry says\n\n"
            "VALLEN, June 21. /KESSA/. Kessland will open a second grain terminal, the ministry said on Monday.\n")
    source = draft(page).document["source"]
    assert source["title"] == "Kessland to open a second grain terminal at Vallen port next year"
    assert source["publisher"] == "Kessland State News Agency"


def test_a_headline_right_over_the_time_line_stays_the_headline() -> None:
    # the line over the time line is the headline (many words), not a rubric: the rule does not move the title
    page = ("Lindmark Courier\nPolitics   World   Economy   Sport\n\nHarbour Talks Resume After Long Pause\n\n"
            "21 JUN, 10:05\n\nKessland and Tarnland resumed harbour talks on Monday after a pause of two months, "
            "the ministry said in a statement.\n")
    assert draft(page).document["source"]["title"] == "Harbour Talks Resume After Long Pause"


def test_a_fact_checks_checked_on_date_is_the_pages_date() -> None:
    reading = parse_date("Fact checked on 9 July 2027 | 4 min read")
    assert reading is not None and reading.readings == ("2027-07-09",)
    page = ("CLAIMWATCH\nFact checks   Explainers   About us\n\nIs the port closing? No\n\n"
            "By Edda Strom | Fact-checked on 9 July 2027 | 4 min read\n\n" + BODY)
    assert draft(page).date.date == "2027-07-09"


def test_a_sentence_that_says_when_a_claim_was_checked_is_no_date_line() -> None:
    assert parse_date("The claim was fact checked on 9 July 2027 by three newsrooms.") is None
