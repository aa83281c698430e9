"""A print page pasted from a PDF keeps its column's line ends inside paragraphs, a headline printed on three lines,
and quotes running over line ends. Ingest reads the breaks as blanks: each paragraph, the headline and each quote
whole, the quote's text cut from the page as pasted (its line breaks kept, so the span is verbatim). The running
head ("4    THE ... CHRONICLE    Tuesday, September 19, 2028") dates the page and is never the headline.
fresh36/f3603 lost four of its five quotes, its headline and its dateline (read after fresh36 was scored). The pages
are made up."""

from __future__ import annotations

import pytest

from alliance_monitor.ingest.dates import parse_date
from alliance_monitor.ingest.wrapping import unwrapped
from tests.ingest.drafting import attributions, draft, source_record

PAGE = (
    "4    THE HARBOUR GAZETTE    Tuesday, September 19, 2028\n"
    "NEWS\n\n"
    "Ferry back on\nnight route after\nengine scare\n"
    "Service from Lunde resumes on Thursday\nunder a navy escort\n\n"
    "By INGA HOLM\nChief Reporter\n\n"
    "LUNDE — The night ferry\n"
    "Sestri Star will return to the Lun-\n"
    "de route on Thursday, twelve days\n"
    "after its engine failed in the middle\n"
    "of the bay.\n"
    "  The operator’s director, Mattias\n"
    "Brun, said the repairs had taken\n"
    "longer than planned. “We lost two weeks, not the\n"
    "route,” Brun said. “The engine is new and the\n"
    "crew is tired.”\n"
    "  “The escort is a precaution, not a\n"
    "message,” said Lieutenant Commander\n"
    "Kai Ostberg of the navy, who will\n"
    "command it.\n"
    "Continued on page 6\n"
)


def test_quotes_over_line_ends_are_read_whole_and_cut_verbatim() -> None:
    d = draft(PAGE)
    found = {text: who for text, who, _, _ in attributions(d)}
    assert found == {
        "We lost two weeks, not the\nroute,": ["Mattias Brun"],
        "The engine is new and the\ncrew is tired.": ["Mattias Brun"],
        "The escort is a precaution, not a\nmessage,": ["Kai Ostberg"],
    }
    for q in d.quotes:
        assert PAGE[q.start:q.end] == q.text


def test_the_headline_its_dateline_and_its_date() -> None:
    source = source_record(draft(PAGE))
    assert source["title"] == "Ferry back on night route after engine scare"
    assert str(source["dateline"]).upper() == "LUNDE"
    published = source["published"]
    assert isinstance(published, dict) and published["date"] == "2028-09-19"


def test_unwrapping_keeps_every_offset() -> None:
    flat = unwrapped(PAGE)
    assert len(flat) == len(PAGE)
    assert "Lun- de route" in flat and "Mattias Brun, said" in flat
    assert "2028\nNEWS" in flat and "engine scare\nService" in flat  # a running head, a headline's last line
    assert "of the bay.\n  The" in flat  # a printed paragraph's indent


@pytest.mark.parametrize("page", [
    # a web page: one line per paragraph
    "Ferry back on night route\n\nThe night ferry will return on Thursday, the operator said.\n\n"
    "\"We lost two weeks,\" Brun said.\n",
    # a menu and a list: lines that end inside no sentence
    "Home\nNews\nSport\nWeather\n\nFerry back on night route\n\nThe ferry returns.\n",
    # a standfirst running on once
    "Ferry back on night route\nafter twelve days in port\n\nThe ferry returns on Thursday.\n",
])
def test_a_web_page_is_read_as_pasted(page: str) -> None:
    assert unwrapped(page) == page


@pytest.mark.parametrize(("line", "day"), [
    ("4    THE HARBOUR GAZETTE    Tuesday, September 19, 2028", "2028-09-19"),
    ("Tuesday, September 19, 2028    THE HARBOUR GAZETTE    5", "2028-09-19"),
    ("4\tВЕЧЕРНИЙ ПОРТ\t19 сентября 2028", "2028-09-19"),
    ("4    THE HARBOUR GAZETTE    NEWS", None),
])
def test_a_running_head(line: str, day: str | None) -> None:
    reading = parse_date(line)
    assert (reading.readings[0] if reading else None) == day
