"""Member states: a row per state of the alliance; selecting a row (or choosing a state) opens the state's profile,
whose state and tab are in the link (?profile=Kazakhstan&tab=Quotes)."""

from __future__ import annotations

import streamlit as st
from streamlit.elements.arrow import DataframeStateInput  # (the shape of a table's selection; not in streamlit.typing)

from alliance_monitor.app import data, render, state

app = data.app_data()
alliance = app.dataset.alliance

PROFILE_TABS = ["Signals", "Quotes", "Events"]  # in the link (?tab=Quotes): no counts in them, they change

table = data.member_table(app, state.selected_countries())
states = [str(iso3) for iso3 in table["iso3"]]

st.title("Member states")
# a profile is one of the table's states (the country filter narrows them)
state.check_url({"profile": [app.country_names[iso3] for iso3 in states], "tab": PROFILE_TABS,
                 **state.weight_params(app.dimensions)})
state.weights_elsewhere(app.default_weights, app.dimension_labels,
                        "The stance indexes on this page use the codebook's weights.")
state.filter_scope(
    country="only the selected states are listed.",
    # the table is each state's whole record, as the overview's map and findings; a profile lists records, each
    # with its person, so there the filter narrows them (views.state_profile)
    speaker="in a profile, only the signals the selected speakers give, the quotes they speak in and the events "
            "that name them; the table's indexes and counts are each state's whole evidence, whoever gives it.",
    caption=f"Stance index, at the codebook's weights, from -1 (all coded evidence toward "
    f"{render.literal(alliance.national_label)}) to +1 (all toward {render.literal(alliance.leader_label)}); rhetoric "
    "is what is said, behaviour what is done. Select a row to open the state's profile.",
)

# the filter and the dataset are part of the key: a row position must never point into a different table (the
# same filter over a reordered alliance.yaml is another table; issue 12: a selection follows the record)
table_key = f"members_{'_'.join(state.selected_countries()) or 'all'}" + state.dataset_generation(app.key)
if table_key not in st.session_state:  # a table new to this session (another filter, or back on the page)
    st.session_state.pop("_members_row", None)
if len(table) > 30:
    st.caption(f"{len(table):,} states: the table scrolls for the rest.")


def ticked(iso3: str | None) -> DataframeStateInput:
    """The table's selection that shows `iso3`'s row ticked (none for no profile, or a state not listed)."""
    return {"selection": {"rows": [states.index(iso3)] if iso3 in states else [], "columns": [], "cells": []}}


def tick_the_chosen_profile() -> None:
    """A profile chosen in the selectbox ticks its row, as a click on the row would have."""
    chosen = st.session_state.get("profile")
    st.session_state["_members_row"] = chosen
    st.session_state[table_key] = ticked(chosen)


# a profile opened from a link shows its row ticked; the selectbox's value is in the session once it has been drawn,
# before that only in the link (by the state's name)
by_name = {app.country_names[iso3]: iso3 for iso3 in states}
linked = (st.session_state["profile"] if "profile" in st.session_state
          else by_name.get(st.query_params.get("profile", "")))
selection = st.dataframe(
    render.arrow(table),  # converted to Arrow once per table, not on every rerun
    hide_index=True,
    width="stretch",
    # every row visible, up to 30 states (no inner scrolling hides a state); rows taller than 4rem let a long
    # status wrap
    row_height=66, height=66 * min(len(table), 30) + 38,
    placeholder="not coded",
    # what an analyst compares first (the indexes); the troop contributions and ratification steps, long texts,
    # are in the state's profile: with them no column fits at 1280 px (issue 12). No ISO code: the name is there.
    column_order=["state", "status", "index", "rhetoric", "behaviour", "signals", "quotes_by_nationals",
                  "quotes_about", "summits"],
    on_select="rerun",
    selection_mode="single-row",
    key=table_key,
    selection_default=ticked(linked),
    column_config=render.member_columns(),
)
rows = selection.selection.rows if selection else []
picked = states[rows[0]] if rows and rows[0] < len(states) else None
# A click on a row (or clearing it) chooses the profile; the choice itself is the selectbox's, which is in the
# link. Only a change of the table's selection counts, so a profile opened from the link or the selectbox stays.
# (An on_select callback would say so too, but AppTest and the benchmarks seed a selection without a click.)
if picked != st.session_state.get("_members_row"):
    st.session_state["_members_row"] = picked
    st.session_state["profile"] = picked
state.drop_unless("profile", states)  # a state the filter took out of the table leaves the link too
iso3 = st.selectbox("State profile", states, format_func=app.country_names.__getitem__, key="profile",
                    bind="query-params", index=None, placeholder="Select a row, or choose a state", width=320,
                    on_change=tick_the_chosen_profile)
if iso3 is None:
    st.info("Select a row to see the state's signals, quotes and events.", icon=":material/touch_app:")
    state.end_page()

profile = data.state_profile(app, iso3, state.selected_speakers())
QUOTES_SHOWN = 25
st.header(render.literal(profile.name))
st.caption(f"{render.literal(profile.status)} · {render.literal(profile.status_note)}  \n"
           f"{'Of the selected speakers: ' if state.selected_speakers() else ''}{len(profile.signals):,} coded "
           f"signals · {len(profile.quotes):,} quotes by its nationals or about it · {len(profile.events):,} events")
member_row = table[table["iso3"] == iso3].iloc[0]
for heading, column in (("Troop contributions", "troops"), ("Ratification", "ratification")):
    if member_row[column]:
        st.markdown(f"**{heading}:** {render.literal(str(member_row[column]))}")
# only the open tab is drawn (a tab is a link: ?tab=Quotes)
signals_tab, quotes_tab, events_tab = st.tabs(PROFILE_TABS, key="tab", bind="query-params")
if signals_tab.open:
    with signals_tab:
        if profile.signals.empty:
            st.info("No coded signal for this state" + (" given by the selected speakers."
                                                         if state.selected_speakers() else "."))
        st.dataframe(
            render.arrow(render.capped(profile.signals, "signals",
                                       hint="The stance matrix lists the signals behind each cell."),
                         ["dimension_label", "direction", "strength", "confidence", "date", "passage", "rationale",
                          "actor_name", "source_title", "passage_link", "url"]),
            hide_index=True, width="stretch",
            # rows taller than 4rem let Streamlit wrap the text, so passages and rationales are read whole
            row_height=72, height=min(72 * len(profile.signals) + 38, 760),
            # the columns that fit at 1280 px (issue 12); the actor and the source's title are in the matrix's evidence
            column_order=["dimension_label", "passage", "direction", "strength", "confidence", "date", "rationale",
                          "passage_link"],
            column_config=render.signal_columns(),
        )
if quotes_tab.open:
    with quotes_tab:
        if profile.quotes.empty:
            st.info("No quote by its nationals or about it" + (" from the selected speakers."
                                                               if state.selected_speakers() else "."))
        if len(profile.quotes) > QUOTES_SHOWN:
            st.info(f"Showing the first {QUOTES_SHOWN} of {len(profile.quotes):,} quotes. The Quote explorer, "
                    f"filtered on {render.literal(profile.name)}, lists them all.", icon=":material/filter_list:")
        for quote in render.records(profile.quotes, ["speaker_names", "source_title", "date", "text",
                                                        "passage_link"], QUOTES_SHOWN):
            with st.container(border=True):
                with st.container(horizontal=True, vertical_alignment="center", wrap=False):
                    st.markdown(f"**{render.literal(quote['speaker_names'])}** · "
                                f"{render.literal(quote['source_title'])} · {render.literal(quote['date'])}",
                                width="stretch")
                    render.passage_link(quote["passage_link"], "Passage")
                st.text(quote["text"])
if events_tab.open:
    with events_tab:
        # which roles of the state count (views.events_for's roles), as the timeline's filter caption says
        st.caption(data.ROLES_MATCHED.replace("a selected state", "it").capitalize()
                   + (f" Of those, only the {data.ACTORS_MATCHED}" if state.selected_speakers() else ""))
        st.dataframe(
            render.arrow(render.capped(profile.events, "events",
                                       hint="The Timeline, filtered on this state, lists them all."),
                         data.EVENT_TABLE_COLUMNS),
            hide_index=True, width="stretch", row_height=72,
            height=min(72 * len(profile.events) + 38, 760),
            column_config=render.event_columns(),
        )
