"""Timeline: the dated events of the sources, filtered by country, each with its evidence."""

from __future__ import annotations

import re

import pandas as pd
import plotly.express as px
import plotly.graph_objects as go
import streamlit as st

from alliance_monitor import ui, views

data = ui.app_data()
t = data.tables

st.title("Timeline")
ui.check_url({})
SCOPE = "events in which a selected state took part or was absent."
# computed once per country filter and shared by every session (data.shared): a warm rerun only draws
events = data.shared(views.events_for, t, ui.selected_countries())
if events.empty:
    ui.filter_scope(country=SCOPE, speaker=None)
    st.info("No recorded event involves the selected countries.")
    st.stop()

def kind_label(kind: str) -> str:
    """'un_session' -> 'UN session': the event kinds as a reader writes them."""
    text = re.sub(r"\bun\b", "UN", str(kind).replace("_", " "))
    return text[:1].upper() + text[1:]


# Events the chart draws at most (the most recent); MAX_TABLE_ROWS for the table. (A comment: Streamlit's "magic"
# would print a bare string on the page.)
MAX_BARS = 200
if len(events) > MAX_BARS:
    st.info(f"The chart shows the {MAX_BARS} most recent of {len(events):,} events, the table the "
            f"{min(len(events), ui.MAX_TABLE_ROWS):,} most recent. Choose countries in the sidebar to narrow them.",
            icon=":material/filter_list:")


def timeline_chart(countries: list[str]) -> tuple[go.Figure, bool]:
    """The chart of the most recent events (and whether its axis has cuts), once per filter (data.shared)."""
    events = data.shared(views.events_for, t, countries).iloc[-MAX_BARS:]
    shown = events.assign(kind=events["kind"].map(kind_label))
    plot = shown.assign(
        label=events["title"].map(ui.plotly_text),
        # an event known only to the day still needs a visible bar
        finish=events["date_end"] + pd.Timedelta(days=1),
    )
    fig = px.timeline(plot, x_start="date_start", x_end="finish", y="label", color="kind",
                      hover_data={"date": True, "date_precision": True, "label": False, "finish": False, "kind": True},
                      labels={"date_precision": "precision"}, color_discrete_sequence=px.colors.qualitative.Safe)
    for trace in fig.data:
        # a bar one day long is a hairline on a 30-year axis: an outline of its own colour keeps it visible
        trace.marker.line = {"color": trace.marker.color, "width": 3}
    fig.update_yaxes(autorange="reversed", title=None, tickfont={"size": 12, "color": "#31333f"})
    # Decades with no event would squeeze the recent, dense years into a sliver: cut empty stretches of more than two
    # years out of the axis (keeping a quarter on each side), and say so below the chart.
    spans = sorted(zip(plot["date_start"], plot["finish"], strict=True))
    breaks, reach = [], spans[0][1]
    for start, finish in spans[1:]:
        if start - reach > pd.Timedelta(days=2 * 365):
            breaks.append({"bounds": [reach + pd.Timedelta(days=91), start - pd.Timedelta(days=91)]})
        reach = max(reach, finish)
    # a label in the middle of every year an event falls in (plotly's own ticks go astray around range breaks)
    years = sorted({y for start, finish in spans for y in range(start.year, (finish - pd.Timedelta(days=1)).year + 1)})
    ticks = [pd.Timestamp(year=y, month=7, day=1) for y in years]
    fig.update_xaxes(title=None, showgrid=True, gridcolor="#eceef1", rangebreaks=breaks, tickmode="array",
                     tickvals=ticks, ticktext=[str(y.year) for y in ticks], tickangle=0)
    fig.update_layout(height=110 + 30 * len(plot), margin={"l": 10, "r": 10, "t": 10, "b": 10}, legend_title_text="",
                      legend={"orientation": "h", "yanchor": "bottom", "y": 1.0, "xanchor": "left", "x": 0},
                      bargap=0.35, plot_bgcolor="white")
    return fig, bool(breaks)


def table_rows(countries: list[str]) -> pd.DataFrame:
    events = data.shared(views.events_for, t, countries).iloc[-ui.MAX_TABLE_ROWS:]
    return events.assign(kind=events["kind"].map(kind_label))


fig, breaks = data.shared(timeline_chart, ui.selected_countries())
shown = data.shared(table_rows, ui.selected_countries())
# how the filters apply and how to read the chart: one caption, above the chart
ui.filter_scope(country=SCOPE, speaker=None,
                caption="A bar spans the whole period a date can stand for: a year-precision date covers the year."
                + (" Stretches of more than two years without an event are cut out of the time axis." if breaks
                   else ""))
st.plotly_chart(ui.drawn(fig), key="timeline_chart", config={"displayModeBar": False})

st.dataframe(
    ui.arrow(shown, ["date", "title", "kind", "location", "states", "absent", "description", "date_note", "passage",
                     "source_title", "url"]),  # converted to Arrow once per filter, not on every rerun
    # rows taller than 4rem let Streamlit wrap the text, so descriptions and passages are read whole
    hide_index=True, width="stretch", row_height=72, height=min(72 * len(shown) + 38, 1200),
    # made once per dataset (data.shared; Streamlit copies a column configuration before it changes it)
    column_config=data.shared(lambda: {
        "date": st.column_config.TextColumn("Date", width=110),
        "title": st.column_config.TextColumn("Event", width="medium"),
        "kind": st.column_config.TextColumn("Kind", width=120),
        "location": st.column_config.TextColumn("Location", width=110),
        "states": st.column_config.ListColumn("States taking part", width="medium"),
        "absent": st.column_config.ListColumn("Absent", width="small"),
        "description": st.column_config.TextColumn("Description", width="large"),
        "date_note": st.column_config.TextColumn("How the date was established", width="medium"),
        "passage": st.column_config.TextColumn("Passage", width="large"),
        "source_title": st.column_config.TextColumn("Source", width="medium"),
        "url": st.column_config.LinkColumn("Link", display_text="Open", width="small"),
    }),
)
