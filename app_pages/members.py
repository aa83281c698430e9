"""Member states: a row per state of the alliance; selecting a row (or choosing a state) opens the state's profile,
whose state and tab are in the link (?profile=Kazakhstan&tab=Quotes)."""

from __future__ import annotations

import streamlit as st

from alliance_monitor import ui, views

data = ui.app_data()
t = data.tables
alliance = data.dataset.alliance

PROFILE_TABS = ["Signals", "Quotes", "Events"]  # in the link (?tab=Quotes): no counts in them, they change

# computed once per filter and shared by every session (data.shared): a warm rerun only draws
table = data.shared(views.member_table, t, data.default_weights, ui.selected_countries(), data.speaker_country)
states = ui.derive(table, "iso3", lambda: [str(iso3) for iso3 in table["iso3"]])  # once per table

st.title("Member states")
# a profile is one of the table's states (the country filter narrows them)
ui.check_url({"profile": ui.derive(table, "names", lambda: [data.country_names[iso3] for iso3 in states]),
              "tab": PROFILE_TABS})
ui.filter_scope(
    country="only the selected states are listed.", speaker="applies to the quotes in a profile.",
    caption=f"Stance index from -1 (all coded evidence toward {ui.literal(alliance.national_label)}) to +1 (all "
    f"toward {ui.literal(alliance.leader_label)}); rhetoric is what is said, behaviour what is done. Select a row "
    "to open the state's profile.",
)

# the filter is part of the key: a row position must never point into a different table
table_key = f"members_{'_'.join(ui.selected_countries()) or 'all'}"
if table_key not in st.session_state:  # a table new to this session (another filter, or back on the page)
    st.session_state.pop("_members_row", None)
selection = st.dataframe(
    ui.arrow(table),  # converted to Arrow once per table, not on every rerun
    hide_index=True,
    width="stretch",
    # every row visible (no inner scrolling): 35 px a row and the header
    height=min(35 * (len(table) + 1) + 3, 760),
    placeholder="not coded",
    # what an analyst compares first (the indexes) before the long text columns
    column_order=["state", "iso3", "status", "index", "rhetoric", "behaviour", "signals", "quotes_by_nationals",
                  "quotes_about", "summits", "troops", "ratification"],
    on_select="rerun",
    selection_mode="single-row",
    key=table_key,
    # made once per dataset (data.shared; Streamlit copies a column configuration before it changes it)
    column_config=data.shared(lambda: {
        "iso3": st.column_config.TextColumn("ISO", width="small"),
        "state": st.column_config.TextColumn("State"),
        "status": st.column_config.TextColumn("Status", width=250),
        "summits": st.column_config.TextColumn("Summits and meetings", width="medium"),
        "troops": st.column_config.TextColumn("Troop contributions", width="large"),
        "ratification": st.column_config.TextColumn("Ratification", width="large"),
        "index": st.column_config.NumberColumn("Index", format="%+.2f", width="small",
                                               help="Stance index over all coded evidence"),
        "rhetoric": st.column_config.NumberColumn("Rhetoric", format="%+.2f", width="small",
                                                  help="Index over what is said"),
        "behaviour": st.column_config.NumberColumn("Behaviour", format="%+.2f", width="small",
                                                   help="Index over what is done"),
        "quotes_by_nationals": st.column_config.NumberColumn("Quotes by nationals", width=130),
        "quotes_about": st.column_config.NumberColumn("Quotes about it", width=115),
        "signals": st.column_config.NumberColumn("Signals", width="small"),
    }),
)
rows = selection.selection.rows if selection else []
picked = states[rows[0]] if rows and rows[0] < len(states) else None
# A click on a row (or clearing it) chooses the profile; the choice itself is the selectbox's, which is in the
# link. Only a change of the table's selection counts, so a profile opened from the link or the selectbox stays.
# (An on_select callback would say so too, but AppTest and the benchmarks seed a selection without a click.)
if picked != st.session_state.get("_members_row"):
    st.session_state["_members_row"] = picked
    st.session_state["profile"] = picked
iso3 = st.selectbox("State profile", states, format_func=data.country_names.__getitem__, key="profile",
                    bind="query-params", index=None, placeholder="Select a row, or choose a state", width=320)
if iso3 is None:
    st.info("Select a row to see the state's signals, quotes and events.", icon=":material/touch_app:")
    st.stop()

profile = data.shared(views.state_profile, t, iso3, ui.selected_speakers(), data.speaker_country, max_entries=8)
QUOTES_SHOWN = 25
st.header(ui.literal(profile.name))
st.caption(f"{ui.literal(profile.status)} · {ui.literal(profile.status_note)}  \n"
           f"{len(profile.signals):,} coded signals · {len(profile.quotes):,} quotes by its nationals or about it"
           f"{' from the selected speakers' if ui.selected_speakers() else ''} · {len(profile.events):,} events")
# only the open tab is drawn (a tab is a link: ?tab=Quotes)
signals_tab, quotes_tab, events_tab = st.tabs(PROFILE_TABS, key="tab", bind="query-params")
if signals_tab.open:
    with signals_tab:
        if profile.signals.empty:
            st.info("No coded signal for this state.")
        st.dataframe(
            ui.arrow(ui.capped(profile.signals, "signals",
                               hint="The stance matrix lists the signals behind each cell."),
                     ["dimension_label", "direction", "strength", "confidence", "date", "passage", "rationale",
                      "actor_name", "source_title", "url"]),
            hide_index=True, width="stretch",
            # rows taller than 4rem let Streamlit wrap the text, so passages and rationales are read whole
            row_height=72, height=min(72 * len(profile.signals) + 38, 760),
            column_order=["dimension_label", "passage", "direction", "strength", "confidence", "date", "rationale",
                          "actor_name", "source_title", "url"],
            column_config=ui.signal_columns(),
        )
if quotes_tab.open:
    with quotes_tab:
        if profile.quotes.empty:
            st.info("No quote by its nationals or about it" + (" from the selected speakers."
                                                               if ui.selected_speakers() else "."))
        if len(profile.quotes) > QUOTES_SHOWN:
            st.info(f"Showing the first {QUOTES_SHOWN} of {len(profile.quotes):,} quotes. The Quote explorer, "
                    f"filtered on {ui.literal(profile.name)}, lists them all.", icon=":material/filter_list:")
        for quote in ui.records(profile.quotes, ["speaker_names", "source_title", "date", "text"], QUOTES_SHOWN):
            with st.container(border=True):
                st.markdown(f"**{ui.literal(quote['speaker_names'])}** · {ui.literal(quote['source_title'])} · "
                            f"{ui.literal(quote['date'])}")
                st.text(quote["text"])
if events_tab.open:
    with events_tab:
        st.dataframe(
            ui.arrow(ui.capped(profile.events, "events", hint="The Timeline, filtered on this state, lists them all."),
                     ["date", "title", "kind", "location", "description", "passage", "url"]),
            hide_index=True, width="stretch", row_height=72,
            height=min(72 * len(profile.events) + 38, 760),
            column_config={"date": st.column_config.TextColumn("Date", width=100),
                           "title": st.column_config.TextColumn("Event", width="medium"),
                           "kind": st.column_config.TextColumn("Kind", width="small"),
                           "location": st.column_config.TextColumn("Location", width=110),
                           "description": st.column_config.TextColumn("Description", width="large"),
                           "passage": st.column_config.TextColumn("Passage", width="large"),
                           "url": st.column_config.LinkColumn("Link", display_text="Open")},
        )
