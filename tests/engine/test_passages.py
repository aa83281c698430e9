"""The way to a cited passage (alliance_monitor.passages, issue 12: "every figure leads to its passage, offline"):
the in-app link, its check, the passage in its paragraph and the publisher's text-fragment link."""

from __future__ import annotations

from pathlib import Path
from urllib.parse import parse_qs, urlencode, urlsplit

import pytest

from alliance_monitor.passages import parse_span, passage_in, passage_link, text_fragment
from alliance_monitor.tables import build_tables
from alliance_monitor.validate import load_dataset

DATA = Path(__file__).resolve().parents[2] / "data"


def test_the_link_is_relative_and_names_source_and_span() -> None:
    link = passage_link("a b&c", 12, 40)
    assert not link.startswith("/") and urlsplit(link).path == "sources"
    assert parse_qs(urlsplit(link).query) == {"source": ["a b&c"], "span": ["12-40"]}


@pytest.mark.parametrize("source", ["src-1", "a b&c", "x=y?z#w", "Токаев/2022", "%41+", "\u00e9", ""])
def test_the_link_is_exactly_what_urlencode_writes(source: str) -> None:
    assert passage_link(source, 7, 1234) == "sources?" + urlencode({"source": source, "span": "7-1234"})


def test_a_span_must_lie_within_the_seed() -> None:
    assert parse_span("3-10", 10) == (3, 10)
    for bad in ("10-3", "3-11", "3-3", "-1-4", "a-b", "3", "3-4-5", ""):
        assert parse_span(bad, 10) is None, bad


def test_the_passage_is_shown_with_a_line_around_it() -> None:
    seed = "Title\nFar away.\nBefore.\nFirst para. The cited words here.\nAfter.\nFar away."
    start = seed.index("cited")
    shown = passage_in(seed, start, start + len("cited words"))
    assert shown.span == "cited words"
    assert shown.before == "Before.\nFirst para. The " and shown.after == " here.\nAfter."
    assert seed[shown.context_start:shown.context_end] == shown.before + shown.span + shown.after
    assert passage_in(seed, 0, 5, around=0).after == "" and passage_in(seed, 0, 5, around=9).after == seed[5:]


def test_the_publisher_link_points_at_the_words() -> None:
    assert text_fragment("https://e.org/a", "Short, well-known words") == \
        "https://e.org/a#:~:text=Short%2C%20well%2Dknown%20words"
    long = "one two three four five six seven eight nine ten"
    assert text_fragment("https://e.org/a#top", long) == \
        "https://e.org/a#top:~:text=one%20two%20three%20four,seven%20eight%20nine%20ten"
    assert text_fragment("https://e.org/a", "  \n ") == "https://e.org/a"
    assert text_fragment("javascript:alert(1)", "words") == "javascript:alert(1)"


def test_every_quote_signal_and_event_links_to_its_own_span() -> None:
    ds = load_dataset(DATA)
    t = build_tables(ds)
    checked = 0
    for frame, text_column in ((t.quotes, "text"), (t.signals, "passage"), (t.events, "passage")):
        for row in frame.to_dict("records"):
            query = parse_qs(urlsplit(row["passage_link"]).query)
            source, span = query["source"][0], parse_span(query["span"][0], len(ds.seeds[query["source"][0]]))
            assert span is not None
            assert ds.seeds[source][span[0]:span[1]] == row[text_column]
            checked += 1
    assert checked > 50
