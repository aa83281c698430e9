"""Overview page (AppTest, real data): counts, the stance map and the three findings, and the country filter."""

from __future__ import annotations

from typing import Any

import pytest
from streamlit.testing.v1 import AppTest

from tests.apptest_support import Data, chart_spec, markdowns, open_app, prepare, values

MEMBER = {"member", "member_absent"}


@pytest.fixture(autouse=True)
def _app(monkeypatch: pytest.MonkeyPatch) -> None:
    prepare(monkeypatch)


def expected_headlines(countries: set[str] | None = None) -> list[str]:
    """The findings computed from the YAML: lowest and highest index among members other than the leader, and the
    largest gap between the rhetoric and the behaviour index."""
    alliance, states = Data.alliance(), Data.states()
    overall, rhetoric, behaviour = Data.index(), Data.index(kinds=["rhetoric"]), Data.index(kinds=["behaviour"])
    pool = [s for s in overall if states[s]["status"] in MEMBER and s != alliance["leading_state"]
            and (countries is None or s in countries)]
    low, high = min(pool, key=overall.__getitem__), max(pool, key=overall.__getitem__)
    name = {iso3: s["name"] for iso3, s in states.items()}
    lines = [f"**{name[low]} leans furthest toward {alliance['national_label']} (index {overall[low]:+.2f}).**"]
    if high != low:
        lines.append(f"**{name[high]} follows {alliance['leader_label']} most closely (index {overall[high]:+.2f}).**")
    both = [s for s in pool if s in rhetoric and s in behaviour]
    gap = max(both, key=lambda s: abs(behaviour[s] - rhetoric[s]))
    lines.append(f"**{name[gap]}'s words and deeds differ most: rhetoric {rhetoric[gap]:+.2f}, "
                 f"behaviour {behaviour[gap]:+.2f}.**")
    return lines


def headlines(at: AppTest) -> list[str]:
    return [m for m in markdowns(at) if m.startswith("**") and ("(index " in m or "words and deeds" in m)]


def member_trace(spec: dict[str, Any]) -> dict[str, Any]:
    return next(t for t in spec["data"] if t["name"] == "member")


def test_overview_counts_map_and_findings() -> None:
    at = open_app()
    assert not at.exception
    alliance = Data.alliance()
    assert [t.value for t in at.title] == [f"{alliance['acronym']}: who follows {alliance['leader_label']}?"]
    metrics = {m.label: m.value for m in at.metric}
    assert metrics == {"Sources": str(len(Data.sources())), "Quotes": str(len(Data.quotes())),
                       "Coded signals": str(len(Data.signals())), "Events": str(len(Data.events())),
                       "States": str(len(Data.states()))}

    spec = chart_spec(at, "overview_map")
    members = member_trace(spec)
    expected_members = [iso3 for iso3, s in Data.states().items() if s["status"] in MEMBER]
    assert members["locations"] == expected_members
    index = Data.index()
    assert values(members["z"]) == pytest.approx([index.get(iso3, 0.0) for iso3 in expected_members])
    others = next(t for t in spec["data"] if t["name"] == "not a member")
    assert sorted(others["locations"]) == sorted(set(Data.states()) - set(expected_members))

    assert headlines(at) == expected_headlines()
    assert len(expected_headlines()) == 3


def test_country_filter_narrows_the_findings_and_marks_the_map() -> None:
    at = open_app(params={"country": "Kazakhstan"})
    assert not at.exception
    assert at.multiselect(key="country").value == ["KAZ"]
    shown = headlines(at)
    assert shown == expected_headlines({"KAZ"})
    assert all("Kazakhstan" in h for h in shown) and len(shown) == 2  # lowest = highest: one finding fewer

    members = member_trace(chart_spec(at, "overview_map"))
    widths = dict(zip(members["locations"], values(members["marker"]["line"]["width"]), strict=True))
    assert {iso3 for iso3, w in widths.items() if w > 1} == {"KAZ"}


def test_country_without_coded_member_says_so() -> None:
    uncoded = next(s["name"] for iso3, s in Data.states().items() if iso3 not in Data.index())
    at = open_app(params={"country": uncoded})
    assert not at.exception
    assert [i.value for i in at.info] == ["No coded member among the selected states."]
    assert headlines(at) == []
