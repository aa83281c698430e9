"""render.drawn: a shared figure's spec is made once, in plain JSON types, and serialises exactly as the figure does."""

from __future__ import annotations

import json
import math
from typing import Any

import numpy as np
import plotly.graph_objects as go
import plotly.io

from alliance_monitor.app import render


def _figure() -> go.Figure:
    fig = go.Figure(go.Scatter(x=np.arange(5), y=np.array([0.5, math.nan, -1.0, 2.0, np.float64(3.25)]),
                               customdata=np.array([["a", 1], ["b", 2], ["c", 3], ["d", 4], ["é", 5]], dtype=object),
                               text=["<b>not html</b>", "&", "Токаев", "", "x"], mode="markers"))
    fig.update_layout(height=np.int64(300), title={"text": "Matrix"})
    return fig


def _plain(value: Any) -> Any:
    """JSON text read back, NaN and null alike (plotly writes NaN as null with either encoder)."""
    return json.loads(value, parse_constant=lambda _: None)


def test_a_drawn_figure_serialises_as_the_figure_does() -> None:
    fig = _figure()
    drawn = render.drawn(fig)
    assert _plain(plotly.io.to_json(drawn, validate=False)) == _plain(plotly.io.to_json(fig, validate=False))


def test_the_spec_is_plain_json_made_once() -> None:
    fig = _figure()
    spec = render.drawn(fig).to_dict()
    assert render.drawn(fig).to_dict() is spec  # the same shared spec on every rerun

    def plain(value: Any) -> bool:
        if isinstance(value, dict):
            return all(isinstance(k, str) and plain(v) for k, v in value.items())
        if isinstance(value, list):
            return all(plain(v) for v in value)
        return value is None or type(value) in (str, int, float, bool)

    assert plain(spec)  # nothing left for plotly to clean before orjson can dump it
