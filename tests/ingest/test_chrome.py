"""Page chrome on a page written for the test: found by the shape of its lines, never by a site's name."""

from __future__ import annotations

from alliance_monitor.ingest.chrome import analyse_layout

PAGE = """\
WORLD - EUROPE
Feb 23, 2024
Share
Print

Talks in Vienna end without a deal

By Jane Smith

The ministers left Vienna with nothing signed. The next round is set for the spring, officials said on Friday.

Vienna (Danube Wire) - The ministers of the region met for two days in the Austrian capital and failed to agree.

Nobody expected much from the meeting, and the delegations said as much before it had even begun.

Send to a friend
Printable version
Related articles
Border talks stall again
12/01/2024 10:15
A quiet summit in Prague
15/12/2023 08:00

Subscribe to our newsletter

Sign up now
“Per aspera ad astra” - the editors
Ogni giorno la notizia che conta, per chi vuole capire il mondo
"""


def test_every_kind_of_chrome_is_found() -> None:
    layout = analyse_layout(PAGE)
    found = [(c.kind, c.text.split("\n")[0]) for c in layout.chrome]
    assert found == [
        ("other", "WORLD - EUROPE"),
        ("printed_date", "Feb 23, 2024"),
        ("share_links", "Share"),
        ("byline", "By Jane Smith"),
        ("share_links", "Send to a friend"),
        ("related_list", "Related articles"),
        ("subscription", "Subscribe to our newsletter"),
        ("motto", "“Per aspera ad astra” - the editors"),
        ("motto", "Ogni giorno la notizia che conta, per chi vuole capire il mondo"),
    ]
    related = next(c for c in layout.chrome if c.kind == "related_list")
    assert related.text.endswith("15/12/2023 08:00")  # the list's own dates are inside it
    subscription = next(c for c in layout.chrome if c.kind == "subscription")
    assert subscription.text == "Subscribe to our newsletter\n\nSign up now"  # merged across the blank line
    for c in layout.chrome:
        assert PAGE[c.start:c.end] == c.text


def test_content_has_title_standfirst_body_and_no_chrome() -> None:
    layout = analyse_layout(PAGE)
    roles = [(p.role, p.text[:20]) for p in layout.paragraphs]
    assert roles == [("title", "Talks in Vienna end "), ("standfirst", "The ministers left V"),
                     ("body", "Vienna (Danube Wire)"), ("body", "Nobody expected much")]
    assert layout.byline_name == "Jane Smith"
    assert (layout.dateline, layout.publisher) == ("Vienna", "Danube Wire")
    assert layout.printed_date is not None and layout.printed_date.readings == ("2024-02-23",)
    assert not any(layout.in_chrome(p.start, p.end) for p in layout.paragraphs)


def test_printed_date_at_the_bottom_of_the_page() -> None:
    page = ("A title\nThe first paragraph of the article is long enough to count as prose, with many words in it.\n"
            "The second paragraph of the article is long enough to count as prose, with many words in it too.\n"
            "07/02/2019 17:28")
    layout = analyse_layout(page)
    assert layout.printed_date is not None and layout.printed_date.text == "07/02/2019 17:28"
    assert [c.kind for c in layout.chrome] == ["printed_date"]
    assert [p.role for p in layout.paragraphs] == ["title", "body", "body"]


def test_an_article_without_chrome() -> None:
    page = "Just a title\n\nOne paragraph of text that says something about the world, long enough to be prose."
    layout = analyse_layout(page)
    assert layout.chrome == [] and layout.printed_date is None
    assert [p.role for p in layout.paragraphs] == ["title", "body"]
