"""The member table's lists of deployments and ratification steps stay readable at any size: at most the latest
LISTED_AT_MOST, with their count (found by the 1000x benchmark, where one state's list ran to 145,000 characters)."""

from __future__ import annotations

import dataclasses

from alliance_monitor.models import Event
from alliance_monitor.score import default_weights
from alliance_monitor.tables import build_tables
from alliance_monitor.validate import load_dataset
from alliance_monitor.views import LISTED_AT_MOST, member_table
from tests.conftest import FICTIONAL_DATA


def _with_deployments(count: int) -> tuple[str, str]:
    ds = load_dataset(FICTIONAL_DATA)
    template = next(e for e in ds.events if e.kind.value == "deployment")
    iso3 = template.states[0]
    extra = [Event.model_validate({**template.model_dump(), "id": f"ev-2030-01-{i:02d}-drill-{i}",
                                   "title": f"Drill {i}", "date": f"2030-01-{i:02d}", "states": [iso3]})
             for i in range(1, count + 1)]
    t = build_tables(dataclasses.replace(ds, events=(*ds.events, *extra)))
    row = member_table(t, default_weights(t.dimensions)).set_index("iso3").loc[iso3]
    return str(row["troops"]), iso3


def test_a_long_list_gives_its_count_and_the_latest() -> None:
    troops, _ = _with_deployments(12)
    assert troops.startswith("13 deployments, the latest 5: ")
    assert troops.count(" | ") == LISTED_AT_MOST - 1
    assert "Drill 12" in troops and "Drill 8" in troops and "Drill 7 " not in troops


def test_a_short_list_is_given_whole() -> None:
    troops, _ = _with_deployments(1)
    assert not troops[0].isdigit() and troops.count(" | ") == 1 and "Drill 1" in troops
