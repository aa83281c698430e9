"""Member states page (AppTest, real data): the table, the country filter, and a selected row's profile."""

from __future__ import annotations

import math

import pytest
from streamlit.testing.v1 import AppTest

from tests.apptest_support import IGNORED, Data, caption_lines, open_app, prepare, shown_quotes, warnings


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
    assert not at.tabs and at.selectbox(key="profile").value is None
    assert at.selectbox(key="profile").options == [s["name"] for s in states.values()]


def test_country_filter_lists_only_the_selected_states() -> None:
    at = open_app("members", {"country": ["Armenia", "Kazakhstan"]})
    assert not at.exception
    assert list(at.dataframe[0].value["iso3"]) == ["KAZ", "ARM"]  # in the order of alliance.yaml
    assert "Country filter: only the selected states are listed." in caption_lines(at)


def profile_counts(at: AppTest) -> str:
    """The profile's line of counts (under its status)."""
    return next(line for line in caption_lines(at) if "coded signals" in line)


def counts_line(signals: int, quotes: int, events: int, speakers: bool = False) -> str:
    return (f"{'Of the selected speakers: ' if speakers else ''}{signals} coded signals · {quotes} quotes by its "
            f"nationals or about it · {events} events")


def test_selecting_a_row_opens_the_state_profile() -> None:
    at = open_app("members")
    row = list(at.dataframe[0].value["iso3"]).index("KAZ")
    select_row(at, "members_all", row)
    assert not at.exception
    assert [h.value for h in at.header] == ["Kazakhstan"]
    assert at.selectbox(key="profile").value == "KAZ"  # the selectbox, bound to the link, holds the choice
    signals, quotes, events = (Data.signal_ids(state="KAZ"), Data.quotes_for_country("KAZ"), Data.events_for("KAZ"))
    assert [t.label for t in at.tabs] == ["Signals", "Quotes", "Events"]
    assert profile_counts(at) == counts_line(len(signals), len(quotes), len(events))
    # only the open tab (the first) is drawn
    assert len(at.dataframe) == 2 and set(at.dataframe[1].value.index) == signals
    assert shown_quotes(at) == []
    assert not at.info
    at.session_state["tab"] = "Quotes"
    at.run()
    assert not at.exception and len(at.dataframe) == 1
    assert set(shown_quotes(at)) == quotes
    at.session_state["tab"] = "Events"
    at.run()
    assert not at.exception and shown_quotes(at) == []
    assert len(at.dataframe) == 2 and set(at.dataframe[1].value.index) == events


@pytest.mark.parametrize("tab", ["Signals", "Quotes", "Events"])
def test_each_profile_tab_opens_from_the_link(tab: str) -> None:
    at = open_app("members", {"profile": "Kazakhstan", "tab": tab})
    assert not at.exception and not warnings(at)
    assert [h.value for h in at.header] == ["Kazakhstan"]
    assert at.selectbox(key="profile").value == "KAZ" and at.session_state["tab"] == tab
    frames = [set(f.value.index) for f in at.dataframe[1:]]
    assert frames == {"Signals": [Data.signal_ids(state="KAZ")], "Quotes": [],
                      "Events": [Data.events_for("KAZ")]}[tab]
    assert set(shown_quotes(at)) == (Data.quotes_for_country("KAZ") if tab == "Quotes" else set())


def test_profile_chosen_without_the_table_and_closed_with_the_row() -> None:
    at = open_app("members")
    at.selectbox(key="profile").select("ARM").run()
    assert not at.exception
    assert [h.value for h in at.header] == ["Armenia"]
    # a row selected, then cleared: the table's choice wins, and clearing it closes the profile
    select_row(at, "members_all", list(at.dataframe[0].value["iso3"]).index("BLR"))
    assert [h.value for h in at.header] == ["Belarus"]
    at.session_state["members_all"] = {"selection": {"rows": [], "columns": []}}
    at.run()
    assert not at.exception and not at.header and not at.tabs
    assert at.selectbox(key="profile").value is None


def test_profile_and_tab_that_the_page_cannot_show_are_reported() -> None:
    at = open_app("members", {"country": "Armenia", "profile": "Kazakhstan"})  # filtered out of the table
    assert not at.exception
    assert warnings(at) == [f"{IGNORED}: profile 'Kazakhstan'."]
    assert not at.header
    at = open_app("members", {"profile": "Kazakhstan", "tab": "Signals (10)"})
    assert not at.exception
    assert warnings(at) == [f"{IGNORED}: tab 'Signals (10)'."]
    assert at.session_state["tab"] == "Signals"


def test_profile_quotes_follow_the_speaker_filter() -> None:
    at = open_app("members", {"speaker": "Kassym-Jomart Tokayev", "tab": "Quotes"})
    select_row(at, "members_all", list(at.dataframe[0].value["iso3"]).index("KAZ"))
    assert not at.exception
    tokayev = Data.quotes_by("tokayev")
    assert tokayev and tokayev <= Data.quotes_for_country("KAZ")
    assert set(shown_quotes(at)) == tokayev
    # issue 12: and the signals he gives, and the events that name him (every record of the profile with a person)
    signals = Data.signal_ids(state="KAZ", actor="tokayev")
    events = Data.events_for("KAZ") & Data.events_naming("tokayev")
    assert signals and signals < Data.signal_ids(state="KAZ") and events and events < Data.events_for("KAZ")
    assert profile_counts(at) == counts_line(len(signals), len(tokayev), len(events), speakers=True)
    at = open_app("members", {"speaker": "Kassym-Jomart Tokayev", "profile": "Kazakhstan", "tab": "Signals"})
    assert not at.exception and set(at.dataframe[1].value.index) == signals
    at = open_app("members", {"speaker": "Kassym-Jomart Tokayev", "profile": "Kazakhstan", "tab": "Events"})
    assert not at.exception and set(at.dataframe[1].value.index) == events
    assert "Of those, only the events that name a selected speaker among the people involved." in \
        " ".join(caption_lines(at))
    # the table is each state's whole record, and the caption says so
    assert dict(zip(at.dataframe[0].value["iso3"], at.dataframe[0].value["signals"], strict=True))["KAZ"] == \
        len(Data.signal_ids(state="KAZ"))
    assert ("Speaker filter: in a profile, only the signals the selected speakers give, the quotes they speak in "
            "and the events that name them; the table's indexes and counts are each state's whole evidence, "
            "whoever gives it.") in caption_lines(at)


def test_selection_under_a_country_filter_opens_the_right_state() -> None:
    at = open_app("members", {"country": ["Kazakhstan", "Armenia"]})
    select_row(at, "members_KAZ_ARM", 1)
    assert not at.exception
    assert [h.value for h in at.header] == ["Armenia"]
    assert profile_counts(at).startswith(f"{len(Data.signal_ids(state='ARM'))} coded signals")


def test_a_row_position_past_the_end_is_ignored() -> None:
    at = open_app("members", {"country": "Armenia"})
    select_row(at, "members_ARM", 5)
    assert not at.exception
    assert not at.header
    assert [i.value for i in at.info] == ["Select a row to see the state's signals, quotes and events."]
