"""Sources & method: each source with its provenance, the codebook, how scores are computed, how to cite."""

from __future__ import annotations

import json

import streamlit as st

from alliance_monitor import ui
from alliance_monitor.export import export_records

data = ui.app_data()
ds = data.dataset
alliance, info = ds.alliance, ds.alliance.dataset

st.title("Sources & method")
ui.check_url({})
ui.filter_scope(country=None, speaker=None)

st.header("Sources")
for source in ds.sources:
    with st.container(border=True):
        st.markdown(f"**{ui.literal(source.title)}**")
        author = ds.actor_by_id[source.author].name if source.author else "no author printed"
        st.caption(f"{ui.literal(source.publisher)} · {ui.literal(author)} · dateline "
                   f"{ui.literal(source.dateline or 'none')} · seed {ui.literal(source.seed_file)}")
        left, right = st.columns([3, 1])
        left.markdown(
            f"Printed date: **{ui.literal(source.printed_date.text if source.printed_date else 'none')}** · "
            f"established: **{ui.literal(source.published.date)}** ({ui.literal(source.published.confidence)} "
            f"confidence, {ui.literal(source.published.method.replace('_', ' '))})"
        )
        right.link_button("Open the article", source.url, icon=":material/open_in_new:")
        st.text(source.published.evidence)
        if source.date_conflict:
            st.warning(ui.literal(source.date_conflict), icon=":material/event_busy:")
        with st.expander(f"Data-quality notes ({len(source.quality_notes)}), page chrome ({len(source.chrome)}), "
                         f"author's own terms ({len(source.author_terms)})"):
            for note in source.quality_notes:
                st.text(f"• {note}")
            st.dataframe([{"kind": c.kind.value, "start": c.start, "end": c.end, "text": c.text}
                          for c in source.chrome], hide_index=True, width="stretch")
            st.dataframe([{"term": a.text, "start": a.start, "note": a.note or ""} for a in source.author_terms],
                         hide_index=True, width="stretch")
            st.caption(f"SHA-256 of the seed: {source.sha256}")

st.header("Codebook")
st.dataframe(
    data.tables.dimensions[["label", "kind", "default_weight", "definition", "toward_leader", "toward_national"]],
    hide_index=True, width="stretch",
    column_config={"toward_leader": f"Toward {alliance.leader_label}",
                   "toward_national": f"Toward {alliance.national_label}",
                   "default_weight": st.column_config.NumberColumn("Weight", format="%.2f")},
)
with st.expander("Worked examples"):
    for dim in ds.codebook.dimensions:
        st.markdown(f"**{ui.literal(dim.label)}** ({'+1' if dim.example.direction > 0 else '-1'})")
        st.text(dim.example.evidence.text)
        st.caption(ui.literal(dim.example.explanation))

st.header("How the scores are computed")
strengths = "; ".join(f"{k} = {v}" for k, v in ds.codebook.strength.items())
st.markdown(ui.literal(
    f"Each signal is worth direction x strength: direction +1 toward {alliance.leader_label}, -1 toward "
    f"{alliance.national_label}; strength {strengths}. A cell of the stance matrix is the dimension's weight "
    "times the sum of its signals. A cell with no signal is not coded, which is different from a coded 0 "
    "(signals that cancel out). A state's stance index is the weighted sum of its signals divided by the weighted "
    "sum of their strengths, from -1 to +1; the rhetoric and behaviour indexes use only the dimensions of that "
    "kind. Confidence does not change a score; the mean confidence is shown beside it. Weights can be changed on "
    "the Stance matrix page."
))

st.header("How to cite a view")
st.text(info.citation.format(version=info.version, as_of=info.as_of, url=ui.view_link() or "(the page address)"))
st.caption("Copy the address from the sidebar's 'Link to this view': it carries every filter.")

st.header("Dataset")
st.markdown(f"{ui.literal(info.title)} · version {ui.literal(info.version)} · as of {ui.literal(info.as_of)}")
st.text(f"Origin: {info.origin}\nLicence: {info.licence}\nSource texts: {info.source_licence}")
st.download_button("Download the whole dataset (JSON)",
                   json.dumps(export_records(ds), ensure_ascii=False, indent=2),
                   file_name=f"{alliance.id}-dataset-{info.version}.json", mime="application/json",
                   key="download_dataset", icon=":material/download:")
