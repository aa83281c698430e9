"""Timeline page (AppTest, real data): every event as a bar spanning its whole date, the table, the country
filter (taking part or absent)."""

from __future__ import annotations

from datetime import date, datetime
from typing import Any

import pytest
from streamlit.testing.v1 import AppTest

from tests.apptest_support import Data, caption_lines, chart_spec, open_app, prepare, values

DAY_MS = 86_400_000


@pytest.fixture(autouse=True)
def _app(monkeypatch: pytest.MonkeyPatch) -> None:
    prepare(monkeypatch)


def span(event: dict[str, Any]) -> tuple[date, date]:
    """First and last day an event's dates can stand for."""
    return Data.bounds(str(event["date"]))[0], Data.bounds(str(event.get("end_date") or event["date"]))[1]


def bars(at: AppTest) -> dict[str, tuple[date, int]]:
    """Per bar label: its start day and its length in days."""
    found: dict[str, tuple[date, int]] = {}
    for trace in chart_spec(at, "timeline_chart")["data"]:
        for label, base, length in zip(trace["y"], trace["base"], values(trace["x"]), strict=True):
            found[label] = (datetime.fromisoformat(base).date(), round(length / DAY_MS))
    return found


def test_every_event_is_a_bar_over_its_whole_date_and_a_row() -> None:
    at = open_app("timeline")
    assert not at.exception
    assert [t.value for t in at.title] == ["Timeline"]
    events = Data.events()
    table = at.dataframe[0].value
    assert set(table.index) == {e["id"] for e in events} and len(table) == len(events)
    starts = [span(e)[0] for e in sorted(events, key=lambda e: list(table.index).index(e["id"]))]
    assert starts == sorted(starts)  # oldest first
    expected = {e["title"]: (span(e)[0], (span(e)[1] - span(e)[0]).days + 1) for e in events}
    assert bars(at) == expected
    assert any(days >= 365 for _, days in expected.values())  # a year-precision date spans its year
    assert ("A bar spans the whole period a date can stand for: a year-precision date covers the year; rows run by "
            "the first day") in caption_lines(at)[0]


def test_country_filter_keeps_events_with_the_state_present_or_absent() -> None:
    at = open_app("timeline", {"country": "Armenia"})
    assert not at.exception
    expected = Data.events_for("ARM")
    assert set(at.dataframe[0].value.index) == expected
    assert any("ARM" in (e.get("absent") or []) for e in Data.events() if e["id"] in expected)
    assert set(bars(at)) == {e["title"] for e in Data.events() if e["id"] in expected}
    assert "Country filter: events held in a selected state, or in which it took part, was absent or was the " \
        "target." in caption_lines(at)


def test_country_without_events_says_so() -> None:
    iso3, state = next((k, s) for k, s in Data.states().items() if not Data.events_for(k))
    at = open_app("timeline", {"country": state["name"]})
    assert not at.exception
    assert [i.value for i in at.info] == ["No recorded event involves the selected countries."]
    assert not at.dataframe and iso3 not in {c for e in Data.events() for c in e.get("states") or []}


def test_speaker_filter_keeps_the_events_that_name_the_speaker() -> None:
    """Issue 12: the speaker filter applies to every record with a person; an event's are its actors."""
    at = open_app("timeline", {"speaker": ["Vladimir Putin", "Imangali Tasmagambetov"]})
    assert not at.exception
    expected = Data.events_naming("putin") | Data.events_naming("tasmagambetov")
    assert expected and len(expected) < len(Data.events())
    assert set(at.dataframe[0].value.index) == expected
    assert set(bars(at)) == {e["title"] for e in Data.events() if e["id"] in expected}
    assert "Speaker filter: events that name a selected speaker among the people involved." in caption_lines(at)


def test_country_and_speaker_filters_both_hold_on_events() -> None:
    at = open_app("timeline", {"speaker": "Vladimir Putin", "country": "Ukraine"})
    assert not at.exception
    expected = Data.events_naming("putin") & Data.events_for("UKR")
    assert expected and set(at.dataframe[0].value.index) == expected
    # a speaker named in no event: the page says which filter left nothing
    speaker = next(a for a in Data.actors() if not Data.events_naming(a) and Data.quotes_by(a))
    at = open_app("timeline", {"speaker": Data.actors()[speaker]["name"]})
    assert not at.exception and not at.dataframe
    assert [i.value for i in at.info] == ["No recorded event names the selected speakers among the people involved."]


def test_rows_in_date_order_with_year_gridlines_on_1_january() -> None:
    """Issue 12: rows in date order whatever their kind; the year gridlines at 1 January."""
    at = open_app("timeline")
    layout = chart_spec(at, "timeline_chart")["layout"]
    titles = list(at.dataframe[0].value["title"])
    assert layout["yaxis"]["categoryarray"] == titles and layout["yaxis"]["autorange"] == "reversed"
    starts = [span(e)[0] for e in sorted(Data.events(), key=lambda e: titles.index(e["title"]))]
    assert starts == sorted(starts)
    assert not layout["xaxis"]["showgrid"]  # no gridline at the labels in mid-year
    edges = [datetime.fromisoformat(str(v)).date() for v in layout["xaxis"]["minor"]["tickvals"]]
    assert edges and layout["xaxis"]["minor"]["showgrid"]
    assert all((d.month, d.day) == (1, 1) for d in edges)


def test_the_axis_spans_whole_years_so_one_event_is_a_bar_within_its_year() -> None:
    """A filter that leaves one event (a month) drew it as a block over the whole width, with no year on the axis."""
    speaker = next(a for a in Data.actors() if len(Data.events_naming(a)) == 1)
    at = open_app("timeline", {"speaker": Data.actors()[speaker]["name"]})
    layout = chart_spec(at, "timeline_chart")["layout"]
    first, last = (datetime.fromisoformat(str(v)).date() for v in layout["xaxis"]["range"])
    (start, length), = bars(at).values()
    assert (first.month, first.day, last.month, last.day) == (1, 1, 1, 1)
    assert first <= start and (last - first).days >= 365 > length
    assert layout["xaxis"]["ticktext"] == [str(start.year)]
    assert layout["showlegend"] is True  # its kind named, as with many


def test_each_kind_keeps_its_colour_and_label_under_any_filter() -> None:
    """Issue 12: a stable colour per kind whatever the filter; kinds as labels; the hover in words."""
    from alliance_monitor.app.figures import KIND_COLOURS, kind_label
    from alliance_monitor.models import EventKind

    assert set(KIND_COLOURS) == set(EventKind) and len(set(KIND_COLOURS.values())) == len(EventKind)
    by_label = {kind_label(k): colour for k, colour in KIND_COLOURS.items()}
    seen: dict[str, str] = {}
    for params in ({}, {"country": "Armenia"}, {"country": "Kazakhstan"}):
        at = open_app("timeline", params)
        for trace in chart_spec(at, "timeline_chart")["data"]:
            assert trace["name"] in by_label  # a label ("Deployment"), never an id
            assert trace["marker"]["color"] == by_label[trace["name"]]
            seen.setdefault(trace["name"], trace["marker"]["color"])
            assert seen[trace["name"]] == trace["marker"]["color"]
            assert "=" not in trace["hovertemplate"]
            hovers = [row[0] for row in trace["customdata"]]
            assert all(trace["name"] in h and "known to the" in h for h in hovers)
        kinds = set(at.dataframe[0].value["kind"])
        assert kinds <= set(by_label)
    assert len(seen) > 2


def test_profile_events_show_kinds_as_labels() -> None:
    from alliance_monitor.app.figures import kind_label

    at = open_app("members", {"profile": "Armenia", "tab": "Events"})
    assert not at.exception
    kinds = set(at.dataframe[-1].value["kind"])
    assert kinds and kinds <= {kind_label(e["kind"]) for e in Data.events()}
    assert "deployment" not in kinds


def test_table_names_states_not_codes() -> None:
    """Issue 12: raw ids never shown where a label exists (the states taking part and absent, by name)."""
    at = open_app("timeline")
    table = at.dataframe[0].value
    names = {s["name"] for s in Data.states().values()}
    listed = {n for column in ("states", "absent") for row in table[column] for n in row.split(", ") if n}
    assert listed and listed <= names


def test_a_deployment_belongs_to_the_country_it_went_to() -> None:
    """Issue 12: the deployment to Kazakhstan (Kazakhstan not taking part) is under Kazakhstan's filter and in its
    profile; the table has a column per role, by name."""
    deployment = next(e for e in Data.events() if e["id"] == "ev-2022-01-csto-deployment-kazakhstan")
    assert "KAZ" in deployment["location_states"] and "KAZ" not in deployment["states"]
    at = open_app("timeline", {"country": "Kazakhstan"})
    assert not at.exception
    table = at.dataframe[0].value
    assert deployment["id"] in table.index
    assert table.loc[deployment["id"], "location_states"] == "Kazakhstan"
    invasion = next(e for e in Data.events() if e.get("targets"))
    # names as text, which wraps in its cell (a list's chips were cut at the column's edge at 1280 px)
    assert ", ".join(Data.states()[c]["name"] for c in invasion["targets"]) == \
        open_app("timeline").dataframe[0].value.loc[invasion["id"], "targets"]
    profile = open_app("members", {"profile": "Kazakhstan", "tab": "Events"})
    assert deployment["id"] in profile.dataframe[-1].value.index
    assert any("held in it, or in which it took part" in c for c in caption_lines(profile))
