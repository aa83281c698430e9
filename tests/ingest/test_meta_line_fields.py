"""A date line's other fields may be a section's name with its linking words ("Faculty of Natural Sciences") or a
credit with its verb ("Hosted by Maren Ek and Tobias Hale"): the line is still the page's date line. fresh36/f3604
and f3606 printed their dates so and had none found (read after fresh36 was scored); fresh33/f3308 and fresh34/f3408
had the same fault. The pages are made up."""

from __future__ import annotations

import pytest

from alliance_monitor.ingest.dates import parse_date
from tests.ingest.drafting import draft, source_record


@pytest.mark.parametrize(("line", "day"), [
    ("Friday 22 September 2028 | Faculty of Natural Sciences | 4 min read", "2028-09-22"),
    ("Friday 29 September 2028 · 48 min · Hosted by Maren Ek and Tobias Hale", "2028-09-29"),
    ("3 May 2028 | Department of Law and Government", "2028-05-03"),
    ("3 May 2028 · Presented by Ola Berg", "2028-05-03"),
    ("3 May 2028 | By Ola Berg", "2028-05-03"),
    # a bare date beside a sentence's words is an event's, not a meta line
    ("2 Mar. 2027 | Ferry Strike Ends at the Harbour of Lunde", None),
    ("3 May 2028 | The ferry was hosted by the town and its harbour master", None),
])
def test_a_meta_line(line: str, day: str | None) -> None:
    reading = parse_date(line)
    assert (reading.readings[0] if reading else None) == day


PAGE = (
    "University of Sarnova\nStudy | Research | News and events\n\n"
    "Listening to the seabed: acousticians win a grant\n\n"
    "Friday 22 September 2028 | Faculty of Natural Sciences | 4 min read\n\n"
    "A team from the university has won a research grant, announced on Thursday.\n\n"
    '"We will listen to the whole bay," said Professor Ylva Brandt, who leads the lab.\n'
)


def test_the_page_is_dated_by_its_meta_line() -> None:
    published = source_record(draft(PAGE))["published"]
    assert isinstance(published, dict)
    assert (published["date"], published["method"]) == ("2028-09-22", "as_printed")
