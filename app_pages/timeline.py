"""Timeline: the dated events of the sources, filtered by country, each with its evidence."""

from __future__ import annotations

import streamlit as st

from alliance_monitor.app import data, render, state

app = data.app_data()

st.title("Timeline")
state.check_url(state.weight_params(app.dimensions))
state.weights_elsewhere(app.default_weights, app.dimension_labels, "Nothing on this page is weighted.")
SCOPE = {"country": data.ROLES_MATCHED, "speaker": data.ACTORS_MATCHED}
countries, speakers = state.selected_countries(), state.selected_speakers()
events = data.events(app, countries, speakers)
if events.empty:
    state.filter_scope(**SCOPE)
    st.info("No recorded event matches the selected countries and speakers." if countries and speakers else
            "No recorded event names the selected speakers among the people involved." if speakers else
            "No recorded event involves the selected countries.")
    state.end_page()

# Events the chart draws at most (the most recent); MAX_TABLE_ROWS for the table. (A comment: Streamlit's "magic"
# would print a bare string on the page.)
MAX_BARS = 200
if len(events) > MAX_BARS:
    st.info(f"The chart shows the {MAX_BARS} most recent of {len(events):,} events, the table the "
            f"{min(len(events), render.MAX_TABLE_ROWS):,} most recent. Choose countries in the sidebar to narrow them.",
            icon=":material/filter_list:")

fig, breaks = data.timeline_figure(app, countries, MAX_BARS, speakers)
shown = data.timeline_rows(app, countries, speakers)
# how the filters apply and how to read the chart: one caption, above the chart
state.filter_scope(**SCOPE,
                   caption="A bar spans the whole period a date can stand for: a year-precision date covers the year; "
                   "rows run by the first day of that period, so an event known only to the month (2022-02) comes "
                   "before the days of that month."
                   + (" Stretches of more than two years without an event are cut out of the time axis." if breaks
                      else ""))
st.plotly_chart(fig, key="timeline_chart", config={"displayModeBar": False})

st.dataframe(
    render.arrow(shown, data.EVENT_TABLE_COLUMNS),  # converted to Arrow once per filter, not every rerun
    # rows taller than 4rem let Streamlit wrap the text, so descriptions and passages are read whole
    hide_index=True, width="stretch", row_height=72, height=min(72 * len(shown) + 38, 1200),
    column_config=render.event_columns(),
)
