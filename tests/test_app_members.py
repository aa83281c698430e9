"""Member states page (AppTest, real data): the table, the country filter, and a selected row's profile."""

from __future__ import annotations

import math

import pytest
from streamlit.testing.v1 import AppTest

from tests.apptest_support import Data, open_app, prepare, shown_quotes


@pytest.fixture(autouse=True)
def _app(monkeypatch: pytest.MonkeyPatch) -> None:
    prepare(monkeypatch)


def select_row(at: AppTest, key: str, row: int) -> AppTest:
    at.session_state[key] = {"selection": {"rows": [row], "columns": []}}
    return at.run()


def test_table_has_every_state_with_its_index_and_counts() -> None:
    at = open_app("members")
    assert not at.exception
    assert [t.value for t in at.title] == ["Member states"]
    table = at.dataframe[0].value
    states = Data.states()
    assert list(table["iso3"]) == list(states)
    assert list(table["state"]) == [s["name"] for s in states.values()]
    index = Data.index()
    for iso3, value in zip(table["iso3"], table["index"], strict=True):
        assert (math.isnan(value) if iso3 not in index else value == pytest.approx(index[iso3])), iso3
    assert dict(zip(table["iso3"], table["signals"], strict=True)) == {
        iso3: len(Data.signal_ids(state=iso3)) for iso3 in states}
    assert dict(zip(table["iso3"], table["quotes_about"], strict=True)) == {
        iso3: len(Data.quotes_for_country(iso3, "about")) for iso3 in states}
    assert dict(zip(table["iso3"], table["quotes_by_nationals"], strict=True)) == {
        iso3: len(Data.quotes_for_country(iso3, "speaker")) for iso3 in states}
    assert [i.value for i in at.info] == ["Select a row to see the state's signals, quotes and events."]
    assert not at.tabs


def test_country_filter_lists_only_the_selected_states() -> None:
    at = open_app("members", {"country": ["Armenia", "Kazakhstan"]})
    assert not at.exception
    assert list(at.dataframe[0].value["iso3"]) == ["KAZ", "ARM"]  # in the order of alliance.yaml
    assert "Country filter: only the selected states are listed." in [c.value for c in at.caption]


def test_selecting_a_row_opens_the_state_profile() -> None:
    at = open_app("members")
    row = list(at.dataframe[0].value["iso3"]).index("KAZ")
    select_row(at, "members_all", row)
    assert not at.exception
    assert [h.value for h in at.header] == ["Kazakhstan"]
    signals, quotes, events = (Data.signal_ids(state="KAZ"), Data.quotes_for_country("KAZ"), Data.events_for("KAZ"))
    assert [t.label for t in at.tabs] == [f"Signals ({len(signals)})", f"Quotes ({len(quotes)})",
                                          f"Events ({len(events)})"]
    signal_frame, event_frame = at.dataframe[1].value, at.dataframe[2].value
    assert set(signal_frame.index) == signals
    assert set(event_frame.index) == events
    assert set(shown_quotes(at)) == quotes
    assert not at.info


def test_profile_quotes_follow_the_speaker_filter() -> None:
    at = open_app("members", {"speaker": "Kassym-Jomart Tokayev"})
    select_row(at, "members_all", list(at.dataframe[0].value["iso3"]).index("KAZ"))
    assert not at.exception
    tokayev = Data.quotes_by("tokayev")
    assert tokayev and tokayev <= Data.quotes_for_country("KAZ")
    assert at.tabs[1].label == f"Quotes ({len(tokayev)})"
    assert set(shown_quotes(at)) == tokayev
    # the speaker filter does not narrow the signals
    assert at.tabs[0].label == f"Signals ({len(Data.signal_ids(state='KAZ'))})"


def test_selection_under_a_country_filter_opens_the_right_state() -> None:
    at = open_app("members", {"country": ["Kazakhstan", "Armenia"]})
    select_row(at, "members_KAZ_ARM", 1)
    assert not at.exception
    assert [h.value for h in at.header] == ["Armenia"]
    assert at.tabs[0].label == f"Signals ({len(Data.signal_ids(state='ARM'))})"


def test_a_row_position_past_the_end_is_ignored() -> None:
    at = open_app("members", {"country": "Armenia"})
    select_row(at, "members_ARM", 5)
    assert not at.exception
    assert not at.header
    assert [i.value for i in at.info] == ["Select a row to see the state's signals, quotes and events."]
