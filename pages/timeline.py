"""Timeline: the dated events of the sources, filtered by country, each with its evidence."""

from __future__ import annotations

import pandas as pd
import plotly.express as px
import streamlit as st

from alliance_monitor import ui, views

data = ui.app_data()
t = data.tables

st.title("Timeline")
ui.check_url({})
ui.filter_scope(country="events in which a selected state took part or was absent.", speaker=None)
events = views.events_for(t, ui.selected_countries())
if events.empty:
    st.info("No recorded event involves the selected countries.")
    st.stop()

plot = events.assign(
    label=events["title"].map(ui.plotly_text),
    # an event known only to the day still needs a visible bar
    finish=events["date_end"] + pd.Timedelta(days=1),
)
fig = px.timeline(plot, x_start="date_start", x_end="finish", y="label", color="kind",
                  hover_data={"date": True, "date_precision": True, "label": False, "finish": False, "kind": True},
                  color_discrete_sequence=px.colors.qualitative.Safe)
fig.update_yaxes(autorange="reversed", title=None)
fig.update_layout(height=120 + 34 * len(plot), margin={"l": 10, "r": 10, "t": 30, "b": 10}, legend_title_text="")
st.plotly_chart(fig, key="timeline_chart", config={"displayModeBar": False})
st.caption("A bar spans the whole period a date can stand for: a year-precision date covers the year.")

st.dataframe(
    events[["date", "title", "kind", "location", "states", "absent", "description", "date_note", "passage",
            "source_title", "url"]],
    hide_index=True, width="stretch",
    column_config={"passage": st.column_config.TextColumn("Passage", width="large"),
                   "date_note": "How the date was established", "source_title": "Source",
                   "url": st.column_config.LinkColumn("Link")},
)
