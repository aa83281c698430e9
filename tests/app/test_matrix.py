"""Stance matrix page (AppTest, real data): cells, coded zero vs not coded, their colours, cell evidence (selectboxes,
a click in the grid, the URL), the rhetoric/behaviour switch, weights and the rows switch.

The matrix is a table of coloured cells (st.dataframe of a pandas Styler, figures.MatrixTable), not a plotly chart:
what it shows is read from the grid element (its data, its CSS, the selection it is told to show)."""

from __future__ import annotations

import pytest
from streamlit.testing.v1 import AppTest

from alliance_monitor.app import figures
from alliance_monitor.app.render import DIVERGING_SCALE, NEUTRAL_COLOUR, NOT_CODED_COLOUR
from tests.apptest_support import (
    Data,
    caption_lines,
    grid,
    grid_selection,
    grid_styles,
    grid_text,
    image_in,
    open_app,
    prepare,
    warnings,
)


@pytest.fixture(autouse=True)
def _app(monkeypatch: pytest.MonkeyPatch) -> None:
    prepare(monkeypatch)


def subject_ids(by: str = "state") -> dict[str, str]:
    """Row label -> subject id (ISO-3 code or actor id), from the YAML."""
    if by == "state":
        return {s["name"]: iso3 for iso3, s in Data.states().items()}
    return {a["name"]: actor for actor, a in Data.actors().items()}


def shown(at: AppTest, key: str, by: str = "state") -> dict[tuple[str, str], str]:
    """(subject id, dimension id) -> the text the cell shows, for every cell of the matrix grid with this key."""
    frame = grid_text(at, key)
    ids = subject_ids(by)
    return {(ids[str(row[figures.MATRIX_ROW])], str(d)): str(row[d])
            for _, row in frame.iterrows() for d in frame.columns if d != figures.MATRIX_ROW}


def coded(cells: dict[tuple[str, str], str]) -> set[tuple[str, str]]:
    return {cell for cell, text in cells.items() if text != figures.NOT_CODED_TEXT}


def position(at: AppTest, key: str, label: str) -> int:
    """Row position of the row with this label in the grid (what a click reports)."""
    return list(grid(at, key).value[figures.MATRIX_ROW]).index(label)


def click(at: AppTest, key: str, row: int, column: str) -> AppTest:
    """What a click on a cell of the grid sends: its selection, (row position, column name)."""
    at.session_state[key] = {"selection": {"rows": [], "columns": [], "cells": [[row, column]]}}
    return at.run()


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


def limit() -> float:
    """The colour limit, read independently (data.matrix_limit): the largest one-direction cell of the whole dataset
    (weight × the strengths of its signals toward one side, both row kinds), at least 1."""
    sides: dict[tuple[str, str, str, int], float] = {}
    for s in Data.signals():
        for by in ("state", "actor"):
            if s.get(by):
                key = (by, s[by], s["dimension"], int(s["direction"]))
                sides[key] = sides.get(key, 0.0) + Data.weights()[s["dimension"]] * int(s["strength"])
    return max(1.0, max(sides.values()))


def test_matrix_cells_separate_coded_zero_from_not_coded() -> None:
    at = open_app("matrix")
    assert not at.exception
    assert [t.value for t in at.title] == ["Stance matrix"]
    cells = shown(at, "matrix_state_all")
    expected = Data.coded_cells("state")
    subjects = {s for s, _ in expected}
    assert coded(cells) == expected
    assert set(cells) == {(s, d) for s in subjects for d in Data.dimensions()}
    assert list(grid(at, "matrix_state_all").value.columns) == [figures.MATRIX_ROW, *Data.dimensions()]
    for (subject, dimension) in expected:
        n = len(Data.signal_ids(state=subject, dimension=dimension))
        assert cells[(subject, dimension)] == f"{Data.cell_score(subject, dimension):+.1f} · n={n}" and n > 0
    # signals that cancel out (Kazakhstan's integration, on the real data) make a coded 0, drawn with its count,
    # on the scale's neutral colour; a cell with no signal is white with a grey dash
    zeros = {cell for cell in expected if Data.cell_score(*cell) == 0}
    assert ("KAZ", "institutional_integration") in zeros
    styles = grid_styles(at, "matrix_state_all")
    rows = {subject_ids()[label]: i for i, label in enumerate(grid(at, "matrix_state_all").value[figures.MATRIX_ROW])}
    for subject, dimension in zeros:
        assert styles[(rows[subject], dimension)]["background-color"] == NEUTRAL_COLOUR
    for (subject, dimension), text in cells.items():
        if text == figures.NOT_CODED_TEXT:
            assert styles[(rows[subject], dimension)] == {"background-color": figures.NOT_CODED_BACKGROUND,
                                                          "color": NOT_CODED_COLOUR}
    assert state_names(Data.index()) == pytest.approx(ranking(at))


def test_cells_are_coloured_on_the_fixed_scale_with_readable_text() -> None:
    """A cell's colour is the scale's colour at score / limit (the map's colour for that value), its text dark or
    white, whichever contrasts more; the legend names the limits, the directions and the not-coded cell."""
    at = open_app("matrix")
    styles = grid_styles(at, "matrix_state_all")
    frame = grid(at, "matrix_state_all").value
    top = limit()
    for i, label in enumerate(frame[figures.MATRIX_ROW]):
        subject = subject_ids()[str(label)]
        for dimension in Data.dimensions():
            if (subject, dimension) not in Data.coded_cells("state"):
                continue
            style = styles[(i, dimension)]
            assert style["background-color"] == figures.scale_colour(Data.cell_score(subject, dimension) / top)
            assert style["color"] in (figures.DARK_TEXT, figures.LIGHT_TEXT)
    # Kazakhstan's threat framing is the most negative cell: the scale's end, with white text on it
    kaz = list(frame[figures.MATRIX_ROW]).index("Kazakhstan")
    assert Data.cell_score("KAZ", "threat_framing") == -top
    assert styles[(kaz, "threat_framing")] == {"background-color": DIVERGING_SCALE[0][1], "color": "#ffffff"}
    svg, alt = image_in(at, "stance_matrix")
    alliance = Data.alliance()
    for text in (f"{-top:+.1f}", f"{-top / 2:+.1f}", f"{top / 2:+.1f}", f"{top:+.1f}",
                 f"toward {alliance['national_label']}", f"toward {alliance['leader_label']}", "not coded"):
        assert text in svg and text in alt, text


def test_cell_chosen_in_the_selectboxes_lists_its_signals() -> None:
    at = open_app("matrix")
    at.selectbox(key="cell_row").select("KAZ")
    at.selectbox(key="cell_dim").select("threat_framing")
    at.run()
    assert not at.exception
    assert "Kazakhstan · Threat framing" in [s.value for s in at.subheader]
    ids = evidence_ids(at)
    assert set(ids) == Data.signal_ids(state="KAZ", dimension="threat_framing") and len(ids) == 3
    evidence = next(f.value for f in at.dataframe if "passage" in f.value.columns)
    dates = [str(d) for d in evidence["date"]]
    assert dates == sorted(dates, reverse=True)  # newest first
    # a state's cell mixes its people's signals: each names who gives it
    assert set(evidence["actor_name"]) == {"Kassym-Jomart Tokayev", "Gaziz Abishev"}


def test_click_on_a_cell_selects_it_and_lists_its_signals() -> None:
    at = open_app("matrix")
    assert grid_selection(at, "matrix_state_all") == []
    click(at, "matrix_state_all", position(at, "matrix_state_all", "Belarus"), "military_cooperation")
    assert not at.exception
    assert (at.selectbox(key="cell_row").value, at.selectbox(key="cell_dim").value) == ("BLR", "military_cooperation")
    assert set(evidence_ids(at)) == Data.signal_ids(state="BLR", dimension="military_cooperation")
    assert "Belarus · Military cooperation and troops" in [s.value for s in at.subheader]
    # the click is acted on once: a later run keeps the cell, and the page does not send the grid its own click back
    at.run()
    assert (at.selectbox(key="cell_row").value, at.selectbox(key="cell_dim").value) == ("BLR", "military_cooperation")
    assert not grid(at, "matrix_state_all").proto.selection_state


def test_click_on_a_not_coded_cell_says_not_coded() -> None:
    at = open_app("matrix")
    blank = ("KAZ", "military_cooperation")
    assert blank not in Data.coded_cells("state")
    click(at, "matrix_state_all", position(at, "matrix_state_all", "Kazakhstan"), "military_cooperation")
    assert not at.exception
    assert [i.value for i in at.info] == ["Not coded: no signal for this cell."]
    assert not [f for f in at.dataframe if "passage" in f.value.columns]


def test_click_on_a_row_label_chooses_the_row_and_keeps_the_dimension() -> None:
    at = open_app("matrix", {"cell_dim": "Ratification"})
    click(at, "matrix_state_all", position(at, "matrix_state_all", "Armenia"), figures.MATRIX_ROW)
    assert not at.exception
    assert (at.selectbox(key="cell_row").value, at.selectbox(key="cell_dim").value) == ("ARM", "ratification")
    # the grid is told to show the cell chosen, not the label clicked
    assert grid_selection(at, "matrix_state_all") == [(position(at, "matrix_state_all", "Armenia"), "ratification")]


def test_the_grid_shows_the_cell_chosen_by_link_or_selectboxes_and_they_win_over_an_earlier_click() -> None:
    at = open_app("matrix", {"cell_row": "Armenia", "cell_dim": "Summit participation"})
    armenia = position(at, "matrix_state_all", "Armenia")
    assert grid_selection(at, "matrix_state_all") == [(armenia, "summit_participation")]  # its first drawing
    # the grid's own mark of a selection is a thin border: the chosen cell's text carries a mark of its own
    marks = figures.CHOSEN_MARKS
    marked = {cell: text for cell, text in shown(at, "matrix_state_all").items() if marks[0] in text}
    n = len(Data.signal_ids(state="ARM", dimension="summit_participation"))
    score = Data.cell_score("ARM", "summit_participation")
    assert marked == {("ARM", "summit_participation"): f"{marks[0]} {score:+.1f} · n={n} {marks[1]}"}
    click(at, "matrix_state_all", position(at, "matrix_state_all", "Russia"), "threat_framing")
    assert at.selectbox(key="cell_row").value == "RUS"
    # the selectboxes choose another cell: the grid, which still reports the click, is told to show that one
    at.selectbox(key="cell_row").select("KAZ").run()
    assert not at.exception
    assert (at.selectbox(key="cell_row").value, at.selectbox(key="cell_dim").value) == ("KAZ", "threat_framing")
    kaz = position(at, "matrix_state_all", "Kazakhstan")
    assert grid_selection(at, "matrix_state_all") == [(kaz, "threat_framing")]
    at.run()
    assert at.selectbox(key="cell_row").value == "KAZ"  # the old click does not come back


def test_link_opens_a_cell() -> None:
    at = open_app("matrix", {"cell_row": "Armenia", "cell_dim": "Summit participation"})
    assert not at.exception
    assert not warnings(at)
    assert set(evidence_ids(at)) == Data.signal_ids(state="ARM", dimension="summit_participation")


def test_rhetoric_switch_keeps_only_rhetoric_dimensions() -> None:
    at = open_app("matrix")
    assert at.dataframe[0].key == "matrix_state_all"
    at.radio(key="kind").set_value("rhetoric").run()
    assert not at.exception
    assert at.dataframe[0].key == "matrix_state_rhetoric"
    cells = shown(at, "matrix_state_rhetoric")
    rhetoric = {d for d, spec in Data.dimensions().items() if spec["kind"] == "rhetoric"}
    subjects = {s for s, _ in Data.coded_cells("state")}
    assert coded(cells) == Data.coded_cells("state", "rhetoric")
    assert set(cells) == {(s, d) for s in subjects for d in rhetoric}
    assert state_names(Data.index(kinds=["rhetoric"])) == pytest.approx(ranking(at))


def test_behaviour_link_changes_the_matrix_and_the_ranking() -> None:
    at = open_app("matrix", {"kind": "Behaviour (what is done)"})
    assert not at.exception
    assert at.radio(key="kind").value == "behaviour"
    assert coded(shown(at, "matrix_state_behaviour")) == Data.coded_cells("state", "behaviour")
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
    cells = shown(at, "matrix_actor_all", by="actor")
    assert coded(cells) == {c for c in Data.coded_cells("actor") if c[0] == "tokayev"}
    assert {s for s, _ in cells} == {"tokayev"}
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
    assert {s for s, _ in shown(at, "matrix_state_all")} == {"KAZ"}
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


def test_a_colour_means_the_same_score_under_every_filter() -> None:
    """Issue 12: the matrix's colour limit is the largest |cell score| of the whole dataset at these weights (both
    row kinds), not of the view; the legend is labelled with numbers and the two directions."""
    top = limit()
    for params, key, by in (({}, "matrix_state_all", "state"), ({"country": "Armenia"}, "matrix_state_all", "state"),
                            ({"kind": "Rhetoric (what is said)"}, "matrix_state_rhetoric", "state"),
                            ({"rows": "Speakers", "speaker": "Kassym-Jomart Tokayev"}, "matrix_actor_all", "actor")):
        at = open_app("matrix", params)
        assert not at.exception
        frame, styles = grid(at, key).value, grid_styles(at, key)
        ids = subject_ids(by)
        checked = 0
        for i, label in enumerate(frame[figures.MATRIX_ROW]):
            for dimension in frame.columns[1:]:
                cell = (ids[str(label)], str(dimension))
                if cell in Data.coded_cells(by):
                    assert styles[(i, dimension)]["background-color"] == figures.scale_colour(
                        Data.cell_score(*cell, by=by) / top), (params, cell)
                    checked += 1
        assert checked
        svg, _ = image_in(at, "stance_matrix")
        assert f"{-top:+.1f}" in svg and f"{top:+.1f}" in svg, params
    # under other weights the limit follows them: threat framing at 3 instead of 1 triples Kazakhstan's -6.0
    assert Data.weights()["threat_framing"] == 1.0 and Data.cell_score("KAZ", "threat_framing") == -top
    tripled = open_app("matrix", {"w_threat_framing": "3"})
    svg, _ = image_in(tripled, "stance_matrix")
    assert f"{-3 * top:+.1f}" in svg and f"{-top:+.1f}" not in svg
    kaz = position(tripled, "matrix_state_all", "Kazakhstan")
    assert grid_styles(tripled, "matrix_state_all")[(kaz, "threat_framing")]["background-color"] == \
        DIVERGING_SCALE[0][1]
