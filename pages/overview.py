"""Overview: what the data covers, a map of the alliance coloured by stance, and three findings with evidence."""

from __future__ import annotations

import plotly.graph_objects as go
import streamlit as st

from alliance_monitor import score, ui, views

data = ui.app_data()
ds, t = data.dataset, data.tables
alliance = ds.alliance

st.title(f"{alliance.acronym}: who follows {alliance.leader_label}?")
ui.check_url({})
st.markdown(
    f"How far each state of the {ui.literal(alliance.name)} follows {ui.literal(alliance.leader_label)} or its own "
    f"{ui.literal(alliance.national_label)}, coded from verbatim passages of the sources."
)
ui.filter_scope(country="the findings consider only the selected states; the map highlights them.", speaker=None)

counts = ds.counts()
dates = sorted(s.published.date for s in ds.sources)
columns = st.columns(5)
columns[0].metric("Sources", counts["sources"], help=f"Published {dates[0]} to {dates[-1]}")
columns[1].metric("Quotes", counts["quotes"])
columns[2].metric("Coded signals", counts["signals"])
columns[3].metric("Events", counts["events"])
columns[4].metric("States", counts["states"], help="Members, former members, involved and mentioned countries")

index = score.index_table(t.signals, data.default_weights, "state")["overall"]
states = t.states.assign(index=index.reindex(t.states.index))
members = states[states["is_member"]]
others = states[~states["is_member"]]
selected = set(ui.selected_countries())
fig = go.Figure()
fig.add_trace(go.Choropleth(
    locations=others["iso3"], z=[0] * len(others), locationmode="ISO-3", showscale=False,
    colorscale=[[0, "#d9dde3"], [1, "#d9dde3"]], marker={"line": {"color": "white", "width": 0.5}},
    text=[ui.plotly_text(f"{n}: {s}") for n, s in zip(others["name"], others["status_label"], strict=True)],
    hovertemplate="%{text}<extra></extra>", name="not a member",
))
fig.add_trace(go.Choropleth(
    locations=members["iso3"], z=members["index"].fillna(0), locationmode="ISO-3", zmin=-1, zmax=1,
    colorscale=ui.DIVERGING_SCALE,
    marker={"line": {"color": ["#111" if c in selected else "white" for c in members["iso3"]],
                     "width": [2.5 if c in selected else 0.8 for c in members["iso3"]]}},
    colorbar={"title": {"text": "stance index"}, "tickvals": [-1, 0, 1],
              "ticktext": [f"toward {ui.plotly_text(alliance.national_label)}", "neutral",
                           f"toward {ui.plotly_text(alliance.leader_label)}"]},
    text=[ui.plotly_text(f"{n}: {ui.signed(v)}") for n, v in zip(members["name"], members["index"], strict=True)],
    hovertemplate="%{text}<extra></extra>", name="member",
))
fig.update_geos(fitbounds="locations", showcountries=True, countrycolor="white", showframe=False,
                projection_type="natural earth", showland=True, landcolor="#f3f5f8")
fig.update_layout(height=430, margin={"l": 0, "r": 0, "t": 0, "b": 0})
st.plotly_chart(fig, key="overview_map", config={"displayModeBar": False})
st.caption("Members coloured by stance index (members not coded are shown at the neutral middle: see the Member "
           "states page); grey: non-members involved in the alliance or mentioned by the sources.")

st.subheader("Findings")
findings = views.headline_findings(t, data.default_weights, alliance.leading_state, alliance.leader_label,
                                   alliance.national_label, ui.selected_countries())
if not findings:
    st.info("No coded member among the selected states.")
for finding in findings:
    with st.container(border=True):
        st.markdown(f"**{ui.literal(finding.headline)}**")
        st.caption(ui.literal(finding.detail))
        for _, row in finding.evidence.iterrows():
            st.text(f"{row['passage']}")
            st.caption(f"{ui.literal(row['dimension_label'])} · {'+1' if row['direction'] > 0 else '-1'} x "
                       f"{row['strength']} · {ui.literal(row['source_title'])} · {ui.literal(row['date'])}")
