"""Stance matrix: states (or speakers) x codebook dimensions; every cell opens the passages behind it."""

from __future__ import annotations

import textwrap
from typing import Any

import plotly.graph_objects as go
import streamlit as st

from alliance_monitor import ui, views

data = ui.app_data()
t = data.tables
alliance = data.dataset.alliance
ROWS = {"state": "States", "actor": "Speakers"}
KINDS = {"all": "All evidence", "rhetoric": "Rhetoric (what is said)", "behaviour": "Behaviour (what is done)"}
dims: list[str] = data.shared(lambda: [str(d) for d in t.dimensions.index])  # once per dataset

st.title("Stance matrix")
# a cell in the link names its row and its dimension by label, as the selectboxes do; which ones exist depends on
# the rows, the evidence and the filters, so they are checked below, once the view is known
url_notice = ui.check_url({"rows": list(ROWS.values()), "kind": list(KINDS.values()), "cell_row": None,
                           "cell_dim": None, **{f"w_{d}": ui.number_between(0.0, 3.0) for d in dims}}, more=True)

with st.container(horizontal=True, gap="large"):
    by = st.radio("Rows", list(ROWS), format_func=ROWS.__getitem__, key="rows", bind="query-params", horizontal=True)
    kind = st.radio("Evidence", list(KINDS), format_func=KINDS.__getitem__, key="kind", bind="query-params",
                    horizontal=True)
defaults: dict[str, float] = data.shared(lambda: {d: float(data.default_weights[d]) for d in dims})
# The sliders are drawn while the panel is open or while a weight differs from its default (from the link or an
# earlier change): closed and at the defaults, the usual case, seven sliders would be drawn on every rerun for
# nothing. A changed weight keeps its slider (hidden in the closed panel, as before), so it stays in the link.
changed = ui.differs({f"w_{d}": defaults[d] for d in dims})
weights = defaults
with st.expander("Weights of the dimensions (defaults from the codebook)", key="weights", on_change="rerun") as panel:
    if panel.open or changed:
        columns = st.columns(3)
        weights = {d: columns[i % 3].slider(str(t.dimensions.at[d, "label"]), 0.0, 3.0, defaults[d], 0.25,
                                            key=f"w_{d}", bind="query-params")
                   for i, d in enumerate(dims)}
subjects = ui.selected_countries() if by == "state" else ui.selected_speakers()
view = data.shared(views.matrix_view, t, by, kind, weights, subjects)
ui.check_url_values(url_notice, {"cell_row": [view.subject_labels[s] for s in view.subjects],
                                 "cell_dim": [view.dimension_labels[d] for d in view.dimensions]})
# how the filters apply and how to read the matrix: one caption, above it
scope = {"country": "only the selected states are shown.", "speaker": None} if by == "state" else \
    {"country": None, "speaker": "only the selected speakers are shown."}
if not view.subjects:
    ui.filter_scope(**scope)
    st.info("Nothing is coded for the current selection. Clear the filters in the sidebar to see the whole matrix.")
    st.stop()

# Rows the matrix draws at most (the most coded subjects); the ranking below lists every one. (A comment, not a
# docstring: Streamlit's "magic" would print a bare string on the page.)
MAX_ROWS = 60
if len(view.subjects) > MAX_ROWS:
    st.info(f"The matrix shows the {MAX_ROWS} {ROWS[by].lower()} with the most signals, of {len(view.subjects):,} "
            "coded; the ranking below lists them all. Choose rows in the sidebar to compare others.",
            icon=":material/filter_list:")


def matrix_figure(by: str, kind: str, weights: dict[str, float], subjects: list[str]) -> go.Figure:
    """The matrix, built once per view (data.shared) and shared by every session."""
    view = views.most_coded(data.shared(views.matrix_view, t, by, kind, weights, subjects), MAX_ROWS)
    cells = view.cells
    coded = cells[cells["signals"] > 0]
    blank = cells[cells["signals"] == 0]
    limit = max(1.0, float(coded["score"].abs().max()) if not coded.empty else 1.0)

    def wrapped(label: str, width: int = 14) -> str:
        """A column label broken into short lines (plotly breaks lines only at <br>); the text itself is escaped."""
        return "<br>".join(ui.plotly_text(line) for line in textwrap.wrap(label, width) or [""])

    column_label = {d: wrapped(view.dimension_labels[d]) for d in view.dimensions}
    row_label = {s: ui.plotly_text(view.subject_labels[s]) for s in view.subjects}
    x_labels = [column_label[d] for d in view.dimensions]
    y_labels = [row_label[s] for s in view.subjects]

    def xs(frame: Any) -> list[str]:
        return [column_label[str(d)] for d in frame["dimension"]]

    def ys(frame: Any) -> list[str]:
        return [row_label[str(s)] for s in frame["subject"]]

    # Square cells of a fixed size, so the matrix reads the same at every window width: the figure is as wide as its
    # cells plus the row labels, not as wide as the page.
    pitch = 76 if len(view.subjects) <= 15 else 52
    size = pitch - 12
    label_lines = max((label.count("<br>") + 1 for label in x_labels), default=1)
    left = 16 + 7 * max((len(view.subject_labels[s]) for s in view.subjects), default=8)
    top = 24 + 15 * label_lines
    bottom = 78
    # while a click selects a cell: the others stay readable (plotly would dim them to 20 %), the chosen one grows
    fade = {"marker": {"opacity": 0.75}, "textfont": {"color": "#444a52"}}
    chosen = {"marker": {"size": size + 8}}
    fig = go.Figure()
    fig.add_trace(go.Scatter(
        x=xs(blank), y=ys(blank), mode="markers+text", name="not coded",
        marker={"symbol": "square-open", "size": size, "color": ui.NOT_CODED_COLOUR, "line": {"width": 1}},
        text=["–"] * len(blank), textfont={"color": ui.NOT_CODED_COLOUR},
        customdata=blank[["subject", "dimension"]].to_numpy(), hovertemplate="%{y}<br>%{x}<br>not coded<extra></extra>",
        unselected=fade, selected=chosen,
    ))
    fig.add_trace(go.Scatter(
        x=xs(coded), y=ys(coded), mode="markers+text", name="coded",
        marker={"symbol": "square", "size": size, "color": coded["score"], "colorscale": ui.DIVERGING_SCALE,
                "cmin": -limit, "cmax": limit, "line": {"width": 1, "color": "#666"},
                "colorbar": {"title": {"text": "Cell score", "side": "top", "font": {"size": 12}},
                             "tickvals": [-limit, 0, limit],
                             "ticktext": [f"toward {ui.plotly_text(alliance.national_label)}", "neutral",
                                          f"toward {ui.plotly_text(alliance.leader_label)}"],
                             "orientation": "h", "x": 0.5, "xanchor": "center", "y": -8 / (pitch * len(view.subjects)),
                             "yanchor": "top", "lenmode": "pixels", "len": min(360, max(240, pitch * len(dims))),
                             "thickness": 10, "outlinewidth": 0, "tickfont": {"size": 11}}},
        text=[f"{s:+.1f}<br>n={n}" for s, n in zip(coded["score"], coded["signals"], strict=True)],
        textfont={"color": ["white" if abs(s) > 0.55 * limit else "#1b1f24" for s in coded["score"]], "size": 12},
        customdata=coded[["subject", "dimension"]].to_numpy(),
        hovertemplate="%{y}<br>%{x}<br>score %{marker.color:+.2f}<extra></extra>",
        unselected=fade, selected=chosen,
    ))
    fig.update_xaxes(categoryorder="array", categoryarray=x_labels, side="top", tickangle=0, showgrid=False,
                     zeroline=False, tickfont={"size": 12, "color": "#31333f"}, range=[-0.5, len(x_labels) - 0.5],
                     fixedrange=True)
    fig.update_yaxes(categoryorder="array", categoryarray=y_labels[::-1], showgrid=False, zeroline=False,
                     tickfont={"size": 13, "color": "#31333f"}, range=[-0.5, len(y_labels) - 0.5], fixedrange=True)
    fig.update_layout(width=left + pitch * len(x_labels) + 16, height=top + pitch * len(y_labels) + bottom,
                      margin={"l": left, "r": 16, "t": top, "b": bottom, "autoexpand": False},
                      showlegend=False, plot_bgcolor="white", clickmode="event+select", dragmode=False)
    return fig


fig = data.shared(matrix_figure, by, kind, weights, subjects)
ui.filter_scope(**scope, caption=(
    f"A cell is the dimension's weight × the sum of direction × strength over its n signals. Orange: toward "
    f"{ui.literal(alliance.leader_label)}; purple: toward {ui.literal(alliance.national_label)}; a hollow grey "
    "square with a dash: not coded (no signal), which is not the same as a coded 0. Click a cell for its evidence."
))
event = st.plotly_chart(ui.drawn(fig), key=f"matrix_{by}_{kind}", on_select="rerun", selection_mode="points",
                        config={"displayModeBar": False}, width="content")

points = (event or {}).get("selection", {}).get("points", []) if isinstance(event, dict) else \
    (event.selection.points if event else [])
if points:
    clicked = tuple(points[0].get("customdata") or ())
    if len(clicked) == 2 and clicked != st.session_state.get("_matrix_click"):
        st.session_state["_matrix_click"] = clicked
        st.session_state["cell_row"], st.session_state["cell_dim"] = clicked

with st.container(horizontal=True):
    row = st.selectbox("Cell: row", view.subjects, format_func=view.subject_labels.__getitem__, key="cell_row",
                       bind="query-params", index=None, placeholder="Click a cell, or choose")
    dim = st.selectbox("Cell: dimension", view.dimensions, format_func=view.dimension_labels.__getitem__,
                       key="cell_dim", bind="query-params", index=None, placeholder="Click a cell, or choose")
if row and dim:
    evidence = data.shared(views.cell_evidence, t, by, row, dim, kind)
    st.subheader(f"{ui.literal(view.subject_labels[row])} · {ui.literal(view.dimension_labels[dim])}")
    if evidence.empty:
        st.info("Not coded: no signal for this cell.")
    else:
        st.dataframe(
            ui.arrow(ui.capped(evidence, "signals of this cell (newest first)"),
                     ["passage", "direction", "strength", "confidence", "date", "source_title", "rationale", "url"]),
            hide_index=True, width="stretch", key=f"evidence_{by}_{row}_{dim}",
            # rows taller than 4rem let Streamlit wrap the text: a passage is read whole, not cut at the cell edge
            row_height=88, height=min(88 * len(evidence) + 38, 700),
            column_config=ui.signal_columns(),
        )

st.subheader("Ranking")
ranking = ui.capped(view.ranking, ROWS[by].lower())
ranking = ui.derive(ranking, "reset_index", lambda r=ranking: r.reset_index(drop=True))  # once per view
st.dataframe(ui.arrow(ranking), hide_index=True, width="stretch", height=min(35 * (len(ranking) + 1) + 3, 760),
             placeholder="not coded", column_config={
    "name": ROWS[by][:-1],  # "State" or "Speaker"
    "overall": st.column_config.NumberColumn("Index", format="%+.2f"),
    "rhetoric": st.column_config.NumberColumn("Rhetoric", format="%+.2f"),
    "behaviour": st.column_config.NumberColumn("Behaviour", format="%+.2f"),
    "signals": "Signals",
})
