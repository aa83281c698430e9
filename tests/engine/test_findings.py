"""The overview's findings (views.headline_findings, issue 12: "findings say what they compare, and cite what
supports them"), on the real data."""

from __future__ import annotations

import dataclasses
from pathlib import Path

import pytest

from alliance_monitor.tables import Tables, build_tables
from alliance_monitor.validate import load_dataset
from alliance_monitor.views import Finding, headline_findings

DATA = Path(__file__).resolve().parents[2] / "data"


@pytest.fixture(scope="module")
def t() -> Tables:
    return build_tables(load_dataset(DATA))


def findings(t: Tables, countries: list[str] = []) -> list[Finding]:  # noqa: B006 (never changed)
    weights = dict(t.dimensions["default_weight"])
    return headline_findings(t, weights, "RUS", "Russia", "national interest", countries)


def test_one_selected_state_is_compared_with_nothing(t: Tables) -> None:
    coded = [iso3 for iso3 in t.signals["state"].unique() if iso3 != "RUS"]
    assert findings(t, coded[:1]) == []
    two = findings(t, coded[:2])
    assert two and all(f.detail.startswith("Among the selected states") for f in two)
    assert all(f.detail.startswith("Among the members") for f in findings(t))


def test_each_finding_cites_signals_that_support_its_sentence(t: Tables) -> None:
    low, high, gap = findings(t)
    name_of = {str(t.states.at[s, "name"]): s for s in t.states.index}
    for finding, direction in ((low, -1), (high, 1)):
        state = name_of[finding.headline.split(" leans")[0].split(" follows")[0]]
        assert not finding.evidence.empty
        assert set(finding.evidence["state"]) == {state} and set(finding.evidence["direction"]) == {direction}
    state = name_of[gap.headline.split("'s words")[0]]
    said = float(gap.headline.split("rhetoric ")[1].split(",")[0])
    done = float(gap.headline.split("behaviour ")[1].rstrip("."))
    ev = gap.evidence
    assert set(ev["state"]) == {state} and set(ev["kind"]) == {"rhetoric", "behaviour"}
    assert set(ev.loc[ev["kind"] == "rhetoric", "direction"]) == {1 if said >= 0 else -1}
    assert set(ev.loc[ev["kind"] == "behaviour", "direction"]) == {1 if done >= 0 else -1}


def test_an_absence_cites_the_absence_s_own_event(t: Tables) -> None:
    # rhetoric alone: no state has both indexes, so the fourth finding is an absence from a meeting
    rhetoric_only = dataclasses.replace(t, signals=t.signals[t.signals["kind"] == "rhetoric"])
    absence = [f for f in findings(rhetoric_only) if "stayed away" in f.headline]
    assert len(absence) == 1
    event = absence[0].evidence
    assert len(event) == 1 and event["kind"].iloc[0] in {"summit", "meeting"}
    absent = set(t.event_states.loc[(t.event_states["event"] == event.index[0])
                                    & (t.event_states["role"] == "absent"), "iso3"])
    assert any(str(t.states.at[s, "name"]) in absence[0].headline for s in absent)
    assert str(event["title"].iloc[0]) in absence[0].headline
