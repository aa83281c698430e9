"""Stance matrix page (AppTest, real data): cells, coded zero vs not coded, cell evidence (selectboxes, a click on
the chart, the URL), the rhetoric/behaviour switch, weights and the rows switch."""

from __future__ import annotations

from typing import Any

import pytest
from streamlit.testing.v1 import AppTest

from tests.apptest_support import (
    Data,
    caption_lines,
    chart_keys,
    chart_spec,
    open_app,
    prepare,
    values,
    warnings,
)


@pytest.fixture(autouse=True)
def _app(monkeypatch: pytest.MonkeyPatch) -> None:
    prepare(monkeypatch)


def traces(at: AppTest, key: str) -> dict[str, dict[str, Any]]:
    return {t["name"]: t for t in chart_spec(at, key)["data"]}


def cells(trace: dict[str, Any]) -> set[tuple[str, str]]:
    return {(str(s), str(d)) for s, d in trace["customdata"]}


def evidence_ids(at: AppTest) -> list[str]:
    frames = [f.value for f in at.dataframe if "passage" in f.value.columns]
    assert len(frames) == 1
    return list(frames[0].index)


def ranking(at: AppTest) -> dict[str, float]:
    frame = at.dataframe[-1].value
    assert list(frame["overall"]) == sorted(frame["overall"], reverse=True)  # ordered by the index
    return dict(zip(frame["name"], frame["overall"], strict=True))


def state_names(index: dict[str, float]) -> dict[str, float]:
    names = {iso3: s["name"] for iso3, s in Data.states().items()}
    return {names[k]: v for k, v in index.items()}


def test_matrix_cells_separate_coded_zero_from_not_coded() -> None:
    at = open_app("matrix")
    assert not at.exception
    assert [t.value for t in at.title] == ["Stance matrix"]
    shown = traces(at, "matrix_state_all")
    coded = Data.coded_cells("state")
    subjects = {s for s, _ in coded}
    assert cells(shown["coded"]) == coded
    assert cells(shown["not coded"]) == {(s, d) for s in subjects for d in Data.dimensions()} - coded
    assert set(shown["not coded"]["text"]) == {"–"}
    scores = dict(zip(map(tuple, shown["coded"]["customdata"]), values(shown["coded"]["marker"]["color"]),
                      strict=True))
    assert scores == {cell: pytest.approx(Data.cell_score(*cell)) for cell in coded}
    # signals that cancel out (Kazakhstan's integration, on the real data) make a coded 0, drawn with its count
    texts = dict(zip(map(tuple, shown["coded"]["customdata"]), shown["coded"]["text"], strict=True))
    zeros = {cell for cell in coded if Data.cell_score(*cell) == 0}
    assert ("KAZ", "institutional_integration") in zeros
    for subject, dimension in zeros:
        n = len(Data.signal_ids(state=subject, dimension=dimension))
        assert texts[(subject, dimension)] == f"+0.0<br>n={n}" and n > 0
    assert state_names(Data.index()) == pytest.approx(ranking(at))


def test_cell_chosen_in_the_selectboxes_lists_its_signals() -> None:
    at = open_app("matrix")
    at.selectbox(key="cell_row").select("KAZ")
    at.selectbox(key="cell_dim").select("threat_framing")
    at.run()
    assert not at.exception
    assert "Kazakhstan · Threat framing" in [s.value for s in at.subheader]
    ids = evidence_ids(at)
    assert set(ids) == Data.signal_ids(state="KAZ", dimension="threat_framing") and len(ids) == 3
    dates = [str(d) for d in next(f.value for f in at.dataframe if "passage" in f.value.columns)["date"]]
    assert dates == sorted(dates, reverse=True)  # newest first


def test_click_on_a_chart_cell_selects_it_and_lists_its_signals() -> None:
    at = open_app("matrix")
    at.session_state["matrix_state_all"] = {"selection": {"points": [{"customdata": ["BLR", "military_cooperation"]}]}}
    at.run()
    assert not at.exception
    assert (at.selectbox(key="cell_row").value, at.selectbox(key="cell_dim").value) == ("BLR", "military_cooperation")
    assert set(evidence_ids(at)) == Data.signal_ids(state="BLR", dimension="military_cooperation")
    assert "Belarus · Military cooperation and troops" in [s.value for s in at.subheader]


def test_click_on_a_not_coded_cell_says_not_coded() -> None:
    at = open_app("matrix")
    blank = ("KAZ", "military_cooperation")
    assert blank not in Data.coded_cells("state")
    at.session_state["matrix_state_all"] = {"selection": {"points": [{"customdata": list(blank)}]}}
    at.run()
    assert not at.exception
    assert [i.value for i in at.info] == ["Not coded: no signal for this cell."]
    assert not [f for f in at.dataframe if "passage" in f.value.columns]


def test_link_opens_a_cell() -> None:
    at = open_app("matrix", {"cell_row": "Armenia", "cell_dim": "Summit participation"})
    assert not at.exception
    assert not warnings(at)
    assert set(evidence_ids(at)) == Data.signal_ids(state="ARM", dimension="summit_participation")


def test_rhetoric_switch_keeps_only_rhetoric_dimensions() -> None:
    at = open_app("matrix")
    assert chart_keys(at) == ["matrix_state_all"]
    at.radio(key="kind").set_value("rhetoric").run()
    assert not at.exception
    assert chart_keys(at) == ["matrix_state_rhetoric"]
    shown = traces(at, "matrix_state_rhetoric")
    rhetoric = {d for d, spec in Data.dimensions().items() if spec["kind"] == "rhetoric"}
    subjects = {s for s, _ in Data.coded_cells("state")}
    assert cells(shown["coded"]) == Data.coded_cells("state", "rhetoric")
    assert cells(shown["coded"]) | cells(shown["not coded"]) == {(s, d) for s in subjects for d in rhetoric}
    assert state_names(Data.index(kinds=["rhetoric"])) == pytest.approx(ranking(at))


def test_behaviour_link_changes_the_matrix_and_the_ranking() -> None:
    at = open_app("matrix", {"kind": "Behaviour (what is done)"})
    assert not at.exception
    assert at.radio(key="kind").value == "behaviour"
    shown = traces(at, "matrix_state_behaviour")
    assert cells(shown["coded"]) == Data.coded_cells("state", "behaviour")
    assert state_names(Data.index(kinds=["behaviour"])) == pytest.approx(ranking(at))
    assert ranking(at) != pytest.approx(state_names(Data.index()))


def test_weights_change_the_ranking() -> None:
    at = open_app("matrix")
    before, after = state_names(Data.index()), state_names(Data.index(weights=Data.weights(military_cooperation=0)))
    lowest_before, lowest_after = min(before, key=before.__getitem__), min(after, key=after.__getitem__)
    assert (lowest_before, lowest_after) == ("Kazakhstan", "Armenia")  # Armenia's troops stop counting
    assert list(ranking(at))[-1] == lowest_before
    open_weights(at).slider(key="w_military_cooperation").set_value(0.0).run()
    assert not at.exception
    assert ranking(at) == pytest.approx(after)
    assert list(ranking(at))[-1] == lowest_after
    # closing the panel hides the weights but keeps them (and their sliders, so they stay in the link)
    at.session_state["weights"] = False
    at.run()
    assert not at.exception
    assert at.slider(key="w_military_cooperation").value == 0.0
    assert ranking(at) == pytest.approx(after)


def open_weights(at: AppTest) -> AppTest:
    """Open the weights panel (a click on it, which AppTest cannot make)."""
    at.session_state["weights"] = True
    return at.run()


def test_weights_are_drawn_only_when_the_panel_is_open() -> None:
    at = open_app("matrix")
    assert not at.exception
    assert at.expander[0].label == "Weights of the dimensions"
    assert not [w for w in warnings(at) if "Custom weights" in w]  # nothing says the weights are not the codebook's
    assert not at.slider  # closed, every weight at its default: nothing to draw
    open_weights(at)
    assert not at.exception
    assert {s.key: s.value for s in at.slider} == {f"w_{d}": w for d, w in Data.weights().items()}
    assert ranking(at) == pytest.approx(state_names(Data.index()))
    at.session_state["weights"] = False
    assert not at.run().slider


def test_weight_from_the_link() -> None:
    at = open_app("matrix", {"w_threat_framing": "3"})
    assert not at.exception
    # the panel is closed, but a weight that differs from its default keeps its slider
    assert at.session_state["weights"] is False
    assert at.slider(key="w_threat_framing").value == 3.0
    assert len(at.slider) == len(Data.dimensions())
    assert ranking(at) == pytest.approx(state_names(Data.index(weights=Data.weights(threat_framing=3.0))))


def test_speaker_rows_follow_the_speaker_filter() -> None:
    at = open_app("matrix", {"rows": "Speakers", "speaker": "Kassym-Jomart Tokayev"})
    assert not at.exception
    shown = traces(at, "matrix_actor_all")
    assert cells(shown["coded"]) == {c for c in Data.coded_cells("actor") if c[0] == "tokayev"}
    assert {s for s, _ in cells(shown["not coded"])} == {"tokayev"}
    assert list(ranking(at)) == ["Kassym-Jomart Tokayev"]
    assert "Speaker filter: only the selected speakers are shown." in caption_lines(at)


def test_states_count_only_the_signals_the_selected_speakers_give() -> None:
    """Issue 12: in state mode the speaker filter applies to the signals each person gives (a state none of them
    coded is not a row; a state's act, a signal with no actor, is no speaker's)."""
    speakers = {"tokayev", "ashimbayev"}
    at = open_app("matrix", {"speaker": [Data.actors()[a]["name"] for a in sorted(speakers)]})
    assert not at.exception
    expected = Data.index(actors=speakers)
    assert set(expected) == {"KAZ", "ARM"} and expected != {k: Data.index()[k] for k in expected}
    assert ranking(at) == pytest.approx(state_names(expected))
    assert at.selectbox(key="cell_row").options == ["Kazakhstan", "Armenia"]
    assert ("Speaker filter: only the signals the selected speakers give are counted; a state none of them coded "
            "is not shown.") in caption_lines(at)
    # a cell's evidence is what the cell counted
    at.selectbox(key="cell_row").select("ARM")
    at.selectbox(key="cell_dim").select("multi_vector_alignment")
    at.run()
    assert not at.exception
    assert set(evidence_ids(at)) == Data.signal_ids(state="ARM", dimension="multi_vector_alignment",
                                                    actor="ashimbayev")
    at.selectbox(key="cell_dim").select("summit_participation").run()
    assert not at.exception and not [f for f in at.dataframe if "passage" in f.value.columns]
    assert "Not coded: no signal for this cell." in [i.value for i in at.info]


def test_country_filter_keeps_only_the_selected_states() -> None:
    at = open_app("matrix", {"country": "Kazakhstan"})
    assert not at.exception
    shown = traces(at, "matrix_state_all")
    assert {s for s, _ in cells(shown["coded"]) | cells(shown["not coded"])} == {"KAZ"}
    assert at.selectbox(key="cell_row").options == ["Kazakhstan"]


def test_unknown_cell_in_the_link_is_reported() -> None:
    at = open_app("matrix", {"cell_row": "Atlantis", "cell_dim": "Threat framing", "rows": "Planets"})
    assert not at.exception
    assert len(warnings(at)) == 1
    notice = warnings(at)[0]
    assert notice.startswith("Ignored from the link") and "'Atlantis'" in notice and "'Planets'" in notice
    assert "Threat framing" not in notice
    assert at.selectbox(key="cell_dim").value == "threat_framing"
    assert at.selectbox(key="cell_row").value is None
    assert at.radio(key="rows").value == "state"


def colour_scale(at: AppTest, key: str) -> tuple[float, float, list[float], list[str]]:
    marker = traces(at, key)["coded"]["marker"]
    bar = marker["colorbar"]
    return marker["cmin"], marker["cmax"], list(bar["tickvals"]), list(bar["ticktext"])


def test_a_colour_means_the_same_score_under_every_filter() -> None:
    """Issue 12: the matrix's colour limit is the largest |cell score| of the whole dataset at these weights (both
    row kinds), not of the view; the colour bar is labelled with numbers and the two directions."""
    largest = max(abs(Data.cell_score(*cell, by=by)) for by in ("state", "actor") for cell in Data.coded_cells(by))
    limit = max(1.0, largest)
    alliance = Data.alliance()
    scales = [colour_scale(open_app("matrix", params), key) for params, key in (
        ({}, "matrix_state_all"), ({"country": "Armenia"}, "matrix_state_all"),
        ({"kind": "Rhetoric (what is said)"}, "matrix_state_rhetoric"),
        ({"rows": "Speakers", "speaker": "Kassym-Jomart Tokayev"}, "matrix_actor_all"))]
    for cmin, cmax, ticks, texts in scales:
        assert (cmin, cmax) == pytest.approx((-limit, limit))
        assert ticks == pytest.approx([-limit, -limit / 2, 0, limit / 2, limit])
        assert texts[1:4] == [f"{-limit / 2:+.1f}", "0", f"{limit / 2:+.1f}"]
        assert texts[0] == f"{-limit:+.1f}<br>toward {alliance['national_label']}"
        assert texts[4] == f"{limit:+.1f}<br>toward {alliance['leader_label']}"
    # under other weights the limit follows them
    doubled = open_app("matrix", {"w_military_cooperation": "3"})
    assert colour_scale(doubled, "matrix_state_all")[1] >= limit
