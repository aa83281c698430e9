"""Stance matrix: states (or speakers) x codebook dimensions, drawn as a table of coloured cells (no chart library);
every cell opens the passages behind it."""

from __future__ import annotations

import streamlit as st
from streamlit.elements.arrow import DataframeStateInput  # (the shape of a grid's selection; not in streamlit.typing)

from alliance_monitor import views
from alliance_monitor.app import data, figures, render, state

app = data.app_data()
alliance = app.dataset.alliance
dims = app.dimensions
ROWS = {"state": "States", "actor": "Speakers"}
# keyed by views.KindFilter, so the radio's value is one of them: Streamlit drops a value from the link that is no
# option (state.check_url names it), so nothing else reaches the views
KINDS: dict[views.KindFilter, str] = {"all": "All evidence", "rhetoric": "Rhetoric (what is said)",
                                      "behaviour": "Behaviour (what is done)"}

st.title("Stance matrix")
# a cell in the link names its row and its dimension by label, as the selectboxes do; which ones exist depends on
# the rows, the evidence and the filters, so they are checked below, once the view is known
url_notice = state.check_url({"rows": list(ROWS.values()), "kind": list(KINDS.values()), "cell_row": None,
                           "cell_dim": None, **{f"w_{d}": state.number_between(0.0, 3.0) for d in dims}}, more=True)

with st.container(horizontal=True, gap="large"):
    by = st.radio("Rows", list(ROWS), format_func=ROWS.__getitem__, key="rows", bind="query-params", horizontal=True)
    kind = st.radio("Evidence", list(KINDS), format_func=KINDS.__getitem__, key="kind", bind="query-params",
                    horizontal=True)
defaults = app.default_weights
# The sliders are drawn while the panel is open or while a weight differs from its default (from the link or an
# earlier change): closed and at the defaults, the usual case, seven sliders would be drawn on every rerun for
# nothing. A changed weight keeps its slider (hidden in the closed panel, as before), so it stays in the link.
changed = state.differs({f"w_{d}": defaults[d] for d in dims})
weights = defaults
# Which weights differ from the codebook, named in the panel's title (seen while it is closed) with a reset beside
# it: a ranking under custom weights must never pass for the codebook's (issue 12).
custom = {d: w for d in dims if (w := state.weight_now(f"w_{d}", defaults[d])) != defaults[d]} if changed else {}
# (the row is always there, empty at the codebook's weights: the panel below keeps its place on the page, so the
# browser keeps it open or closed as it was when a weight starts or stops differing)
with st.container(horizontal=True, vertical_alignment="center"):
    if custom:
        named = "; ".join(f"{render.literal(app.dimension_labels[d])} {w:.2f} (codebook {defaults[d]:.2f})"
                          for d, w in custom.items())
        st.warning(f"Custom weights, not the codebook's: {named}. The cells and the ranking below use them.",
                   icon=":material/tune:", width="stretch")
        st.button("Reset to the codebook", key="reset_weights", icon=":material/restart_alt:",
                  on_click=state.reset_values, args=({f"w_{d}": defaults[d] for d in dims},))
# The panel's title stays the same whatever the weights (the row above names any that differ): a title that
# changes makes the browser draw the panel anew, closed or open against the session's choice.
title = "Weights of the dimensions"
with st.expander(title, key="weights", on_change="rerun") as panel:
    if panel.open or changed:
        columns = st.columns(3)
        weights = {d: columns[i % 3].slider(render.literal(app.dimension_labels[d]), 0.0, 3.0, defaults[d], 0.25,
                                            key=f"w_{d}", bind="query-params")
                   for i, d in enumerate(dims)}
subjects = state.selected_countries() if by == "state" else state.selected_speakers()
# in state mode the speaker filter keeps the signals the selected speakers give (in speaker mode it picks the rows)
speakers = state.selected_speakers() if by == "state" else []
view = data.matrix_view(app, by, kind, weights, subjects, speakers)
state.check_url_values(url_notice, {"cell_row": [view.subject_labels[s] for s in view.subjects],
                                 "cell_dim": [view.dimension_labels[d] for d in view.dimensions]})
# how the filters apply and how to read the matrix: one caption, above it
country_scope: state.Scope = "only the selected states are shown." if by == "state" else state.NotApplied(
    "a speaker's row holds their signals about every state (choose the States rows to compare states).")
speaker_scope: state.Scope = (
    "only the signals the selected speakers give are counted; a state none of them coded is not shown."
    if by == "state" else "only the selected speakers are shown.")
if not view.subjects:
    state.filter_scope(country_scope, speaker_scope)
    st.info("Nothing is coded for the current selection. Clear the filters in the sidebar to see the whole matrix.")
    state.end_page()

# Rows the matrix draws at most (the most coded subjects); the ranking below lists every one. (A comment, not a
# docstring: Streamlit's "magic" would print a bare string on the page.)
MAX_ROWS = 60
if len(view.subjects) > MAX_ROWS:
    st.info(f"The matrix shows the {MAX_ROWS} {ROWS[by].lower()} with the most signals, of {len(view.subjects):,} "
            "coded; the ranking below lists them all. Choose rows in the sidebar to compare others.",
            icon=":material/filter_list:")


table = data.matrix_table(app, by, kind, weights, subjects, MAX_ROWS, speakers)
state.filter_scope(country_scope, speaker_scope, caption=(
    f"A cell is the dimension's weight × the sum of direction × strength over its n signals. Orange: toward "
    f"{render.literal(alliance.leader_label)}; purple: toward {render.literal(alliance.national_label)}; a white "
    f"cell with a dash ({figures.NOT_CODED_TEXT}): not coded (no signal), which is not the same as a coded 0 "
    "(+0.0 with its n). Click a cell, or move to it with the arrow keys, for its evidence."
))
# The matrix is a table of coloured cells (st.dataframe, whose code the ranking below needs anyway), not a chart: a
# plotly chart made the first visit to this page load plotly's 4.6 MB bundle (issue 17). The grid reports the
# chosen cell as (row position, column name); the key names the view and the dataset, whose rows those are.
grid = f"matrix_{by}_{kind}" + state.dataset_generation(app.key)
reported = next(iter(((st.session_state.get(grid) or {}).get("selection") or {}).get("cells") or []), None)
reported = (int(reported[0]), str(reported[1])) if reported is not None and len(reported) == 2 else None
# a cell the grid reports that the page has not seen (a click, an arrow key) chooses that cell; the cell the page
# itself put in the grid (below) is not a new choice, so the selectboxes and the link keep the upper hand over it
if reported is not None and (grid, reported) != st.session_state.get("_matrix_grid"):
    clicked_row, clicked_dim = table.cell_at(*reported)
    if clicked_row is not None:  # (a click on a row's label chooses the row, and keeps the dimension)
        st.session_state["cell_row"] = clicked_row
    if clicked_dim is not None:
        st.session_state["cell_dim"] = clicked_dim

# a cell the view no longer has (other rows, evidence or filters) leaves the selectboxes and the link alike
state.drop_unless("cell_row", view.subjects)
state.drop_unless("cell_dim", view.dimensions)
# the matrix is drawn here, but made after the selectboxes below: a cell opened from a link is known only once they
# exist (a bound widget takes its value from the address when it is made)
matrix = st.container(key="stance_matrix")
with st.container(horizontal=True):
    row = st.selectbox("Cell: row", view.subjects, format_func=view.subject_labels.__getitem__, key="cell_row",
                       bind="query-params", index=None, placeholder="Click a cell, or choose")
    dim = st.selectbox("Cell: dimension", view.dimensions, format_func=view.dimension_labels.__getitem__,
                       key="cell_dim", bind="query-params", index=None, placeholder="Click a cell, or choose")
# the grid shows the chosen cell selected, however it was chosen (a click, the selectboxes, the link)
chosen = table.position_of(row, dim)
st.session_state["_matrix_grid"] = (grid, chosen)
selection: DataframeStateInput = {"selection": {"rows": [], "columns": [], "cells": [chosen] if chosen else []}}
if reported != chosen and grid in st.session_state:
    st.session_state[grid] = selection
with matrix:
    st.dataframe(
        table.styled(chosen), key=grid, on_select="rerun", selection_mode="single-cell", hide_index=True,
        # (a grid drawn for the first time takes the chosen cell as its default)
        selection_default=None if grid in st.session_state else selection,
        width="stretch" if table.stretch else "content",
        column_config=render.matrix_columns(figures.MATRIX_ROW, ROWS[by][:-1], table.row_width,
                                            table.dimension_labels, table.column_width, table.scrolls),
        row_height=figures.MATRIX_ROW_HEIGHT,
        height=min(36 + figures.MATRIX_ROW_HEIGHT * len(table.subjects) + 2, figures.MATRIX_HEIGHT),
        alt=f"Stance matrix: {ROWS[by].lower()} by codebook dimension; a cell gives its score and its number of "
            f"signals (n), {figures.NOT_CODED_TEXT} when not coded",
    )
    st.image(table.legend, alt=table.legend_alt, width=620)
if row and dim:
    evidence = data.cell_evidence(app, by, row, dim, kind, speakers)
    st.subheader(f"{render.literal(view.subject_labels[row])} · {render.literal(view.dimension_labels[dim])}")
    if evidence.empty:
        st.info("Not coded: no signal for this cell.")
    else:
        st.dataframe(
            render.arrow(render.capped(evidence, "signals of this cell (newest first)"),
                         # what fits at 1280 px (issue 12): the passage view ("Show") holds the source and the
                         # publisher's link. A state's cell mixes its people's signals, so there who gives each
                         # takes the source's place; a speaker's row is that person already.
                         ["passage", "passage_link", "start", "end", "direction", "strength", "date",
                          "actor_name" if by == "state" else "source_title", "rationale"]),
            hide_index=True, width="stretch", key=f"evidence_{by}_{row}_{dim}",
            # rows taller than 4rem let Streamlit wrap the text: a passage is read whole, not cut at the cell edge
            row_height=88, height=min(88 * len(evidence) + 38, 700),
            column_config=render.signal_columns(),
        )

st.subheader("Ranking")
if speakers:  # the same words as a member's index elsewhere, over fewer signals: say so beside the numbers
    st.caption("Indexes over the signals the selected speakers give only; Member states gives each state's index "
               "over all its signals.")
capped = render.capped(view.ranking, ROWS[by].lower())
ranking = render.derive(capped, "reset_index", lambda: capped.reset_index(drop=True))  # once per view
st.dataframe(render.arrow(ranking), hide_index=True, width="stretch", height=min(35 * (len(ranking) + 1) + 3, 760),
             placeholder="not coded", column_config=render.ranking_columns(ROWS[by][:-1]))  # "State" or "Speaker"
