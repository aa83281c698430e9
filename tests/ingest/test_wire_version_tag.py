"""A wire service's version tag before its headline ("UPDATE 2-", "REFILE-", "CORRECTED-") is the wire's bookkeeping
of the story's versions, never words of the headline: fresh36/f3601's title kept it (read after fresh36 was scored).
A label the headline itself prints ("Factbox: ...", "Exclusive: ...") stays. The pages are made up."""

from __future__ import annotations

import pytest

from tests.ingest.drafting import draft, source_record

BODY = (
    "\n\nBy Ola Berg\n\nSeptember 4, 2028 4:52 PM GMT+2\n\n"
    "BRENNICK, Sept 4 (Nordwire) - A cargo ship dragged its anchor across the cable route, the coast guard said.\n\n"
    '"We are monitoring the vessel," a spokeswoman said.\n'
)


@pytest.mark.parametrize(("headline", "title"), [
    ("UPDATE 2-Cargo ship drags anchor across cable route", "Cargo ship drags anchor across cable route"),
    ("RPT-Cargo ship drags anchor across cable route", "Cargo ship drags anchor across cable route"),
    ("REFILE-Cargo ship drags anchor across cable route", "Cargo ship drags anchor across cable route"),
    ("CORRECTED-Cargo ship drags anchor across cable route", "Cargo ship drags anchor across cable route"),
    ("WRAPUP 1-Cargo ship drags anchor across cable route", "Cargo ship drags anchor across cable route"),
    # (a story's kind stays, as fresh14/f1408's gold keeps it)
    ("FACTBOX-What we know about the cable inquiry", "FACTBOX-What we know about the cable inquiry"),
    ("Factbox: What the cable route crosses", "Factbox: What the cable route crosses"),
    ("UPDATE on the cable: ship drags anchor", "UPDATE on the cable: ship drags anchor"),
])
def test_the_headline_without_the_wire_s_tag(headline: str, title: str) -> None:
    assert source_record(draft(headline + BODY))["title"] == title
