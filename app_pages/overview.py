"""Overview: what the data covers, a map of the alliance coloured by stance, and three findings with evidence."""

from __future__ import annotations

import streamlit as st

from alliance_monitor.app import data, figures, render, state

app = data.app_data()
ds = app.dataset
alliance = ds.alliance

st.title(f"{render.literal(alliance.acronym)}: who follows {render.literal(alliance.leader_label)}?")
state.check_url(state.weight_params(app.dimensions))
state.weights_elsewhere(app.default_weights, app.dimension_labels,
                        "The map and the findings here use the codebook's weights.")
# the introduction, and below it (small) how the filters apply here
notes = state.filter_notes(
    country="the findings consider only the selected states; the map highlights them.",
    # a state's stance is all its coded evidence, whoever gives it: the Stance matrix narrows it to speakers
    speaker=state.NotApplied("the map and the findings weigh each state's coded evidence as a whole, whoever "
                             "gives it (the Stance matrix counts the selected speakers' signals alone)."))
st.markdown(
    f"How far each state of the {render.literal(alliance.name)} follows {render.literal(alliance.leader_label)} "
    f"or its own {render.literal(alliance.national_label)}, coded from verbatim passages of the sources."
    + "".join(f"  \n{render.small(note)}" for note in notes)
)

counts = ds.counts()
with st.container(horizontal=True):  # one row of equal cells (one block, where columns take six)
    st.metric("Sources", counts["sources"], help=f"Published {app.published[0]} to {app.published[1]}")
    st.metric("Quotes", counts["quotes"])
    st.metric("Coded signals", counts["signals"])
    st.metric("Events", counts["events"])
    st.metric("States", counts["states"], help="Members, former members, involved and mentioned countries")
if state.selected_countries() or state.selected_speakers():
    # the counts describe the dataset, not the selection: said, so that they are not read as the selection's
    st.caption("These counts are totals of the whole dataset; the filters do not narrow them.")

# A server-drawn SVG shown as an image: a map that only colours countries needs no chart library (plotly's 4.7 MB
# bundle was most of this page's cold open; benchmarks/browser.py). The image's alt text names every state drawn.
stance_map = data.stance_map(app, frozenset(state.selected_countries()))
with st.container(key="overview_map"):
    # at a fixed width: stretched on a wide screen, the map would push the findings out of view
    st.image(stance_map.svg, alt=stance_map.alt, width=figures.MAP_SHOWN)
not_drawn = (f" Not drawn at this map's scale (too small): {', '.join(stance_map.not_drawn)}."
             if stance_map.not_drawn else "")
st.caption(render.literal("Members are coloured by their stance index at the codebook's weights (a member with no "
                          "coded signal is drawn at the neutral middle: see Member states); hatched: non-members "
                          "involved in the alliance or mentioned by the sources; outlined: the selected states."
                          + not_drawn))

KIND_WORDS = {"rhetoric": "rhetoric (what is said)", "behaviour": "behaviour (what is done, as the passage reports it)"}
st.subheader("Findings")
findings = data.headline_findings(app, state.selected_countries())
if not findings:
    st.info("No finding: each compares coded members other than the leading state, and the selection has fewer "
            "than two." if state.selected_countries() else "No coded member to compare.")
for finding in findings:
    with st.container(border=True):
        st.markdown(f"**{render.literal(finding.headline)}**  \n{render.small(finding.detail)}")
        for row in render.records(finding.evidence):  # made once per finding (iterrows took 3 ms a run)
            if "direction" in row:  # a signal
                toward = alliance.leader_label if row["direction"] > 0 else alliance.national_label
                # each item says which index it counts: a behaviour signal's passage may be someone's words about
                # what was done (the screenshot review of issue 12)
                what = (f"{KIND_WORDS.get(row['kind'], row['kind'])} · {row['dimension_label']} · toward {toward}, "
                        f"strength {row['strength']}")
            else:  # an event (an absence)
                what = f"event: {row['title']}"
            # the passage and, on the line below, where it comes from: one element
            st.text(f"{row['passage']}\n— {what} · {row['source_title']} · {row['date']}")
            render.passage_link(row["passage_link"], "The passage in its source")
