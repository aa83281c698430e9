"""The roles a state can have in an event (issue 12): held in it, taking part, absent, directed at; a country
filter matches every role. Checked on the fictional dataset (the Reykjavík summit is held in Iceland, the Northern
Shield exercise off Bodø in Norway) and on a copy of one event given each role in turn."""

from __future__ import annotations

import dataclasses

import pytest

from alliance_monitor.models import Event
from alliance_monitor.tables import EVENT_ROLES, ROLE_FIELDS, build_tables
from alliance_monitor.validate import load_dataset
from alliance_monitor.views import events_for
from tests.conftest import FICTIONAL_DATA


def test_event_states_list_every_role_of_the_data() -> None:
    t = build_tables(load_dataset(FICTIONAL_DATA))
    roles = t.event_states.set_index(["event", "iso3"])["role"]
    assert roles[("ev-2024-03-12-reykjavik-summit", "ISL")].tolist() == ["location", "took_part"]
    assert roles[("ev-2024-03-12-reykjavik-summit", "LVA")] == "absent"
    assert set(t.event_states["role"]) <= set(EVENT_ROLES) and set(ROLE_FIELDS) == set(EVENT_ROLES)


@pytest.mark.parametrize("field", ["location_states", "targets", "states", "absent"])
def test_country_filter_matches_each_role(field: str) -> None:
    ds = load_dataset(FICTIONAL_DATA)
    event = ds.events[0]  # the founding: no state in any role
    assert not any(getattr(event, f) for f in ROLE_FIELDS.values())
    moved = Event.model_validate({**event.model_dump(), field: ["LVA"]})
    t = build_tables(dataclasses.replace(ds, events=(moved, *ds.events[1:])))
    assert moved.id in events_for(t, ["LVA"]).index
    assert moved.id not in events_for(t, ["EST"]).index


def test_a_state_listed_twice_in_one_role_is_refused() -> None:
    event = load_dataset(FICTIONAL_DATA).events[0].model_dump()
    with pytest.raises(ValueError, match="listed twice"):
        Event.model_validate({**event, "location_states": ["NOR", "NOR"]})
