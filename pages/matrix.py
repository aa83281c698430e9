"""Stance matrix: states (or speakers) x codebook dimensions; every cell opens the passages behind it."""

from __future__ import annotations

from typing import Any

import plotly.graph_objects as go
import streamlit as st

from alliance_monitor import ui, views

data = ui.app_data()
t = data.tables
alliance = data.dataset.alliance
ROWS = {"state": "States", "actor": "Speakers"}
KINDS = {"all": "All evidence", "rhetoric": "Rhetoric (what is said)", "behaviour": "Behaviour (what is done)"}
dims = list(t.dimensions.index)

st.title("Stance matrix")
ui.check_url({"rows": list(ROWS.values()), "kind": list(KINDS.values()), "cell_row": None, "cell_dim": None,
              **{f"w_{d}": None for d in dims}})

left, right = st.columns([1, 2])
by = left.radio("Rows", list(ROWS), format_func=ROWS.__getitem__, key="rows", bind="query-params", horizontal=True)
kind = right.radio("Evidence", list(KINDS), format_func=KINDS.__getitem__, key="kind", bind="query-params",
                   horizontal=True)
with st.expander("Weights of the dimensions (defaults from the codebook)"):
    columns = st.columns(3)
    weights = {
        d: columns[i % 3].slider(str(t.dimensions.at[d, "label"]), 0.0, 3.0, float(data.default_weights[d]), 0.25,
                                 key=f"w_{d}", bind="query-params")
        for i, d in enumerate(dims)
    }
subjects = ui.selected_countries() if by == "state" else ui.selected_speakers()
if by == "state":
    ui.filter_scope(country="only the selected states are shown.", speaker=None)
else:
    ui.filter_scope(country=None, speaker="only the selected speakers are shown.")
view = views.matrix_view(t, by, kind, weights, subjects)
if not view.subjects:
    st.info("Nothing is coded for the current selection. Clear the filters in the sidebar to see the whole matrix.")
    st.stop()

cells = view.cells
coded = cells[cells["signals"] > 0]
blank = cells[cells["signals"] == 0]
limit = max(1.0, float(coded["score"].abs().max()) if not coded.empty else 1.0)
x_labels = [ui.plotly_text(view.dimension_labels[d]) for d in view.dimensions]
y_labels = [ui.plotly_text(view.subject_labels[s]) for s in view.subjects]


def xs(frame: Any) -> list[str]:
    return [ui.plotly_text(str(v)) for v in frame["dimension_label"]]


def ys(frame: Any) -> list[str]:
    return [ui.plotly_text(str(v)) for v in frame["subject_label"]]


size = 58 if len(view.subjects) <= 15 else 34
fig = go.Figure()
fig.add_trace(go.Scatter(
    x=xs(blank), y=ys(blank), mode="markers+text", name="not coded",
    marker={"symbol": "square-open", "size": size, "color": ui.NOT_CODED_COLOUR, "line": {"width": 1}},
    text=["–"] * len(blank), textfont={"color": ui.NOT_CODED_COLOUR},
    customdata=blank[["subject", "dimension"]].to_numpy(), hovertemplate="%{y}<br>%{x}<br>not coded<extra></extra>",
))
fig.add_trace(go.Scatter(
    x=xs(coded), y=ys(coded), mode="markers+text", name="coded",
    marker={"symbol": "square", "size": size, "color": coded["score"], "colorscale": ui.DIVERGING_SCALE,
            "cmin": -limit, "cmax": limit, "line": {"width": 1, "color": "#666"},
            "colorbar": {"title": {"text": "score"}, "tickvals": [-limit, 0, limit],
                         "ticktext": [f"toward {ui.plotly_text(alliance.national_label)}", "neutral",
                                      f"toward {ui.plotly_text(alliance.leader_label)}"]}},
    text=[f"{s:+.1f}<br>n={n}" for s, n in zip(coded["score"], coded["signals"], strict=True)],
    textfont={"color": ["white" if abs(s) > 0.55 * limit else "#1b1f24" for s in coded["score"]]},
    customdata=coded[["subject", "dimension"]].to_numpy(),
    hovertemplate="%{y}<br>%{x}<br>score %{marker.color:+.2f}<extra></extra>",
))
fig.update_xaxes(categoryorder="array", categoryarray=x_labels, side="top", tickangle=0, showgrid=False)
fig.update_yaxes(categoryorder="array", categoryarray=y_labels[::-1], showgrid=False)
fig.update_layout(height=120 + (size + 10) * len(view.subjects), margin={"l": 10, "r": 10, "t": 60, "b": 10},
                  showlegend=False, plot_bgcolor="white", clickmode="event+select", dragmode=False)
event = st.plotly_chart(fig, key=f"matrix_{by}_{kind}", on_select="rerun", selection_mode="points",
                        config={"displayModeBar": False})
st.caption(
    f"Each cell: weight x sum of direction x strength over its signals (n). Orange: toward "
    f"{ui.literal(alliance.leader_label)}; purple: toward {ui.literal(alliance.national_label)}; an open grey "
    "square with a dash: not coded (no signal), which is not the same as a coded 0. Click a cell for its evidence."
)

points = (event or {}).get("selection", {}).get("points", []) if isinstance(event, dict) else \
    (event.selection.points if event else [])
if points:
    clicked = tuple(points[0].get("customdata") or ())
    if len(clicked) == 2 and clicked != st.session_state.get("_matrix_click"):
        st.session_state["_matrix_click"] = clicked
        st.session_state["cell_row"], st.session_state["cell_dim"] = clicked

pick_row, pick_dim = st.columns(2)
row = pick_row.selectbox("Cell: row", view.subjects, format_func=view.subject_labels.__getitem__, key="cell_row",
                         bind="query-params", index=None, placeholder="Click a cell, or choose")
dim = pick_dim.selectbox("Cell: dimension", view.dimensions, format_func=view.dimension_labels.__getitem__,
                         key="cell_dim", bind="query-params", index=None, placeholder="Click a cell, or choose")
if row and dim:
    evidence = views.cell_evidence(t, by, row, dim, kind)
    st.subheader(f"{view.subject_labels[row]} · {view.dimension_labels[dim]}")
    if evidence.empty:
        st.info("Not coded: no signal for this cell.")
    else:
        st.dataframe(
            evidence[["passage", "direction", "strength", "confidence", "date", "source_title", "rationale", "url"]],
            hide_index=True, width="stretch", key=f"evidence_{by}_{row}_{dim}",
            column_config={"passage": st.column_config.TextColumn("Passage", width="large"),
                           "source_title": "Source", "url": st.column_config.LinkColumn("Link")},
        )

st.subheader("Ranking")
ranking = view.ranking.reset_index(drop=True)
st.dataframe(ranking, hide_index=True, width="stretch", column_config={
    "name": "Name",
    "overall": st.column_config.NumberColumn("Index", format="%+.2f"),
    "rhetoric": st.column_config.NumberColumn("Rhetoric", format="%+.2f"),
    "behaviour": st.column_config.NumberColumn("Behaviour", format="%+.2f"),
    "signals": "Signals",
})
