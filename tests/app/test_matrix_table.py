"""The stance matrix as a table of coloured cells (figures.matrix_table), without a server: its colours are the
map's colours for the same value (issue 12: one scale), its text reads on every colour, "not coded" is not a coded
0, text from the data stays literal, and a grid's report of a cell maps back to the cell."""

from __future__ import annotations

import math
import re
import xml.etree.ElementTree as ET

import pandas as pd
import pytest

from alliance_monitor.app import figures
from alliance_monitor.app.render import DIVERGING_SCALE, NEUTRAL_COLOUR, NOT_CODED_COLOUR
from alliance_monitor.models import Alliance
from alliance_monitor.views import MatrixView
from tests.app.test_stance_map_svg import HOSTILE, alliance, states_frame


def view(scores: dict[tuple[str, str], tuple[float, int]], labels: dict[str, str],
         dimensions: dict[str, str]) -> MatrixView:
    """A matrix view of every subject x dimension: `scores` gives (score, signals) of the coded cells."""
    rows = [{"subject": s, "dimension": d, "score": scores.get((s, d), (math.nan, 0))[0],
             "signals": scores.get((s, d), (math.nan, 0))[1]} for s in labels for d in dimensions]
    return MatrixView(pd.DataFrame(rows), list(labels), labels, list(dimensions), dimensions, pd.DataFrame())


def contrast(a: str, b: str) -> float:
    la, lb = figures._luminance(a), figures._luminance(b)
    return (max(la, lb) + 0.05) / (min(la, lb) + 0.05)


def map_fill(value: float, allied: Alliance) -> str:
    """The colour the Overview's map gives a member whose stance index is `value`."""
    shown = figures.stance_map_svg(states_frame({"KAZ": ("Kazakhstan", True)}), pd.Series({"KAZ": value}), allied,
                                   frozenset())
    found = re.search(r'<path d="[^"]*" fill="(#[0-9a-f]{6})"[^>]*><title>Kazakhstan', shown.svg)
    assert found, "no fill for the member in the map"
    return found[1]


@pytest.mark.parametrize("value", [-1.0, -0.7, -0.5, -0.2, 0.0, 0.1, 0.42, 0.75, 1.0])
def test_a_cell_has_the_maps_colour_for_the_same_value(value: float) -> None:
    """A cell scoring value x limit is drawn in the colour the map gives an index of `value`."""
    allied = alliance()
    limit = 6.0
    table = figures.matrix_table(view({("KAZ", "d1"): (value * limit, 2)}, {"KAZ": "Kazakhstan"}, {"d1": "One"}),
                                 allied, limit, "State")
    background = re.search(r"background-color: (#[0-9a-f]{6})", str(table.css.loc[0, "d1"]))
    assert background and background[1] == map_fill(value, allied) == figures.cell_colour(value * limit, limit)


def test_the_cell_text_reads_on_every_colour_of_the_scale() -> None:
    """WCAG AA (4.5:1) for the cell's text on every colour of the scale, and the better of the two colours."""
    for i in range(-1000, 1001):
        fill = figures.scale_colour(i / 1000)
        text = figures.text_colour(fill)
        other = figures.LIGHT_TEXT if text == figures.DARK_TEXT else figures.DARK_TEXT
        assert contrast(fill, text) >= 4.5, (i, fill, text)
        assert contrast(fill, text) >= contrast(fill, other)
    assert contrast(figures.NOT_CODED_BACKGROUND, NOT_CODED_COLOUR) >= 4.5  # the not-coded dash


def test_not_coded_is_not_a_coded_zero() -> None:
    dimensions = {"d1": "One", "d2": "Two", "d3": "Three"}
    table = figures.matrix_table(view({("A", "d1"): (0.0, 3), ("A", "d2"): (-6.0, 1)}, {"A": "Alpha"}, dimensions),
                                 alliance(), 6.0, "State")
    assert list(table.cells.columns) == [figures.MATRIX_ROW, "d1", "d2", "d3"]
    assert table.cells.iloc[0].tolist() == ["Alpha", "+0.0 · n=3", "-6.0 · n=1", figures.NOT_CODED_TEXT]
    assert table.css.loc[0, "d1"] == f"background-color: {NEUTRAL_COLOUR}; color: {figures.DARK_TEXT}"
    assert table.css.loc[0, "d2"] == f"background-color: {DIVERGING_SCALE[0][1]}; color: {figures.LIGHT_TEXT}"
    assert table.css.loc[0, "d3"] == f"background-color: {figures.NOT_CODED_BACKGROUND}; color: {NOT_CODED_COLOUR}"
    assert figures.NOT_CODED_BACKGROUND != NEUTRAL_COLOUR


def test_labels_stay_literal_and_the_legend_escapes_them() -> None:
    """The grid shows its cells as text (a dataframe), so a label goes in unchanged; the legend is an SVG, where the
    alliance's labels are escaped."""
    hostile = alliance().model_copy(update={"leader_label": HOSTILE, "national_label": HOSTILE})
    table = figures.matrix_table(view({("A", "d1"): (1.0, 1)}, {"A": HOSTILE}, {"d1": HOSTILE}), hostile, 6.0, "State")
    assert table.cells.loc[0, figures.MATRIX_ROW] == HOSTILE
    assert table.dimension_labels == {"d1": HOSTILE}
    assert "<script>" not in table.legend and "<b>" not in table.legend
    texts = ["".join(e.itertext()) for e in ET.fromstring(table.legend).iter() if e.tag.endswith("text")]
    # drawn as text (cut short where it would run into the other direction), whole in the alt text
    assert f"toward {HOSTILE[:27]}…" in texts and len(HOSTILE) > 28
    assert f"toward {HOSTILE}" in table.legend_alt
    short = alliance().model_copy(update={"leader_label": "<b>x</b>"})
    assert "toward <b>x</b>" in ["".join(e.itertext()) for e in ET.fromstring(figures.matrix_table(
        view({}, {"A": "Alpha"}, {"d1": "One"}), short, 1.0, "State").legend).iter() if e.tag.endswith("text")]


def test_a_reported_cell_maps_back_to_its_subject_and_dimension() -> None:
    table = figures.matrix_table(view({}, {"A": "Alpha", "B": "Beta"}, {"d1": "One", "d2": "Two"}), alliance(), 1.0,
                                 "Speaker")
    assert table.cell_at(1, "d2") == ("B", "d2")
    assert table.cell_at(0, figures.MATRIX_ROW) == ("A", None)  # a row's label: the row only
    assert table.cell_at(2, "d1") == (None, None)  # past the end (a report from another view)
    assert table.cell_at(-1, "d1") == (None, None)
    assert table.cell_at(0, "gone") == (None, None)
    assert table.position_of("B", "d1") == (1, "d1")
    assert table.position_of("C", "d1") is None and table.position_of("A", None) is None


def test_columns_fit_1280_px_and_grow_only_when_their_labels_need_it() -> None:
    long = {f"d{i}": f"A rather long dimension label number {i}" for i in range(7)}
    short = {"d1": "Threat", "d2": "Opinion"}
    many = {f"d{i}": f"Dim {i}" for i in range(12)}
    subjects = {"KAZ": "Kazakhstan"}
    wide = figures.matrix_table(view({}, subjects, long), alliance(), 1.0, "State")
    assert wide.row_width + 7 * wide.column_width + 2 <= figures.MATRIX_WIDTH
    assert wide.stretch and not wide.scrolls  # cut short at 1280 px: wider windows show more of the labels
    narrow = figures.matrix_table(view({}, subjects, short), alliance(), 1.0, "State")
    assert not narrow.stretch and not narrow.scrolls
    assert narrow.column_width >= figures.MATRIX_CELL_WIDTH[0]
    crowded = figures.matrix_table(view({}, subjects, many), alliance(), 1.0, "State")
    assert crowded.scrolls and crowded.column_width == figures.MATRIX_CELL_WIDTH[0]
