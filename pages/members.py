"""Member states: a row per state of the alliance; selecting a row opens the state's profile."""

from __future__ import annotations

import streamlit as st

from alliance_monitor import ui, views

data = ui.app_data()
t = data.tables
alliance = data.dataset.alliance

st.title("Member states")
ui.check_url({})
ui.filter_scope(country="only the selected states are listed.", speaker="applies to the quotes in a profile.")
st.caption(
    f"Stance index from -1 (all coded evidence toward {ui.literal(alliance.national_label)}) to +1 (all toward "
    f"{ui.literal(alliance.leader_label)}); rhetoric is what is said, behaviour what is done. "
    "Empty means not coded. Select a row to open the state's profile."
)

table = views.member_table(t, data.default_weights, ui.selected_countries())
index_format = st.column_config.NumberColumn(format="%+.2f", min_value=-1, max_value=1, width="small")
selection = st.dataframe(
    table,
    hide_index=True,
    width="stretch",
    on_select="rerun",
    selection_mode="single-row",
    # the filter is part of the key: a row position must never point into a different table
    key=f"members_{'_'.join(ui.selected_countries()) or 'all'}",
    column_config={
        "iso3": st.column_config.TextColumn("ISO", width="small"),
        "state": st.column_config.TextColumn("State"),
        "status": st.column_config.TextColumn("Status"),
        "summits": st.column_config.TextColumn("Summits and meetings"),
        "troops": st.column_config.TextColumn("Troop contributions"),
        "ratification": st.column_config.TextColumn("Ratification"),
        "index": st.column_config.NumberColumn("Index", format="%+.2f", width="small"),
        "rhetoric": index_format,
        "behaviour": index_format,
        "quotes_by_nationals": st.column_config.NumberColumn("Quotes by nationals", width="small"),
        "quotes_about": st.column_config.NumberColumn("Quotes about it", width="small"),
        "signals": st.column_config.NumberColumn("Signals", width="small"),
    },
)
rows = selection.selection.rows if selection else []
if not rows or rows[0] >= len(table):
    st.info("Select a row to see the state's signals, quotes and events.", icon=":material/touch_app:")
    st.stop()

profile = views.state_profile(t, str(table.iloc[rows[0]]["iso3"]), ui.selected_speakers())
st.header(profile.name)
st.caption(f"{ui.literal(profile.status)} · {ui.literal(profile.status_note)}")
signals_tab, quotes_tab, events_tab = st.tabs(
    [f"Signals ({len(profile.signals)})", f"Quotes ({len(profile.quotes)})", f"Events ({len(profile.events)})"]
)
with signals_tab:
    if profile.signals.empty:
        st.info("No coded signal for this state.")
    st.dataframe(
        profile.signals[["dimension_label", "direction", "strength", "confidence", "date", "passage", "rationale",
                         "actor_name", "source_title", "url"]],
        hide_index=True, width="stretch",
        column_config={"dimension_label": "Dimension", "passage": st.column_config.TextColumn("Passage", width="large"),
                       "actor_name": "Actor", "source_title": "Source", "url": st.column_config.LinkColumn("Link")},
    )
with quotes_tab:
    if profile.quotes.empty:
        st.info("No quote by its nationals or about it" + (" from the selected speakers." if ui.selected_speakers()
                                                           else "."))
    for _, quote in profile.quotes.iterrows():
        with st.container(border=True):
            st.markdown(f"**{ui.literal(quote['speaker_names'])}** · {ui.literal(quote['source_title'])} · "
                        f"{ui.literal(quote['date'])}")
            st.text(quote["text"])
with events_tab:
    st.dataframe(
        profile.events[["date", "title", "kind", "location", "description", "passage", "url"]],
        hide_index=True, width="stretch",
        column_config={"passage": st.column_config.TextColumn("Passage", width="large"),
                       "url": st.column_config.LinkColumn("Link")},
    )
