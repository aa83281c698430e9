"""Issue 14: the review of round 27b's two date rules (read-only, at the end of the ninth session). A labelled
"Posted on <date> in <Section>" line of a related item or a reader's comment below the body was read as the page's
date at high confidence when the page prints no date above its text (round 27b's section after the date extended
a fault a plain "Posted on <date>" line already had). Fixed on every path: a printed date chosen from below the
article's first text (`DateReading.below_text`) is kept at low unless the URL carries the same date."""

from __future__ import annotations

from tests.ingest.drafting import EN, draft

P = "Ministers of Amsel and Kessel met in the capital and agreed on a new ferry schedule for the coming season.\n\n"


def test_related_item_posted_in_section_is_not_page_date() -> None:
    d = draft(EN + P + "Related stories\n\nFerry fares rise\nPosted on 3 March 2026 in Opinion\n\n")
    assert d.date.date is None or d.date.confidence == "low"


def test_several_related_items_posted_in_section() -> None:
    d = draft(EN + P + "More from Opinion\n\nFerry fares rise\nPosted on 3 March 2026 in Opinion\n\n"
              "Port strike ends\nPosted on 1 March 2026 in News\n\n")
    assert d.date.date is None or d.date.confidence == "low"


def test_comment_posted_in_place_is_not_page_date() -> None:
    d = draft(EN + P + "3 Comments\n\nAnna Lee\nPosted on 2 August 2027 in Amsel\n\nGreat article.\n\n")
    assert d.date.date is None or d.date.confidence == "low"


def test_page_own_posted_in_section_still_high() -> None:
    d = draft("Harbour Talks Resume\n\nPosted on 15 July 2027 in Faculty of Law\n\n" + P)
    assert str(d.date.date) == "2027-07-15" and d.date.confidence == "high"


def test_a_foot_date_the_url_repeats_stays_high() -> None:
    # the page's own foot line, corroborated by its address: two records of publication agree
    d = draft(EN + P + "Published 5 June 2027\n", "https://example.org/2027/06/05/ferry-schedule")
    assert str(d.date.date) == "2027-06-05" and d.date.confidence == "high"


def test_a_foot_date_alone_is_kept_at_low_with_its_warning() -> None:
    d = draft(EN + P + "Published 5 June 2027\n")
    assert str(d.date.date) == "2027-06-05" and d.date.confidence == "low"
    assert any(kind == "date_below_text" for kind, _ in d.date.warnings)
