"""Sources & method: each source with its provenance, the codebook, how scores are computed, how to cite; a section
per tab, each a link (?section=Codebook)."""

from __future__ import annotations

from datetime import date as Date
from typing import Any

import streamlit as st

from alliance_monitor import citation, passages
from alliance_monitor.app import data, render, state

app = data.app_data()
ds = app.dataset
alliance, info = ds.alliance, ds.alliance.dataset

PER_PAGE = 20
pages = max(1, -(-len(ds.sources) // PER_PAGE))
SECTIONS = ["Sources", "Codebook", "Scoring", "Dataset"]  # each in the link: /sources?section=Codebook

st.title("Sources & method")
# a cited passage is a link too (?source=<id>&span=<start>-<end>): tables, quote cards and findings point here
linked_source = st.query_params.get("source", "")
seed = ds.seeds.get(linked_source) if linked_source in ds.source_by_id else None
state.check_url({"section": SECTIONS, **({"page": state.number_between(1, pages, integer=True)} if pages > 1 else {}),
                 "source": list(ds.source_by_id),
                 "span": lambda v: seed is not None and passages.parse_span(v, len(seed)) is not None,
                 **state.weight_params(app.dimensions)})
state.weights_elsewhere(app.default_weights, app.dimension_labels,
                        "The weights the codebook and the scoring rules list here are the codebook's.")
EVERY = state.NotApplied("the page lists every source and the method, whatever the selection.")
state.filter_scope(country=EVERY, speaker=EVERY)

span = passages.parse_span(st.query_params.get("span", ""), len(seed)) if seed is not None else None
if seed is not None and span is not None:
    source = ds.source_by_id[linked_source]
    shown = passages.passage_in(seed, *span)
    with st.container(border=True, key="passage"):
        with st.container(horizontal=True, vertical_alignment="center"):
            st.markdown(f"**{render.literal(source.title)}**  \n"
                        + render.small(f"{source.publisher} · published {source.published.date} · seed "
                                       f"{source.seed_file} · characters {span[0]}-{span[1]} of {len(seed)} "
                                       f"(shown with a paragraph either side: characters "
                                       f"{shown.context_start}-{shown.context_end})"),
                        width="stretch")
            st.link_button("At the publisher", passages.text_fragment(source.url, shown.span),
                           icon=":material/open_in_new:",
                           help="The publisher's page, online; a browser that reads text fragments highlights "
                           "the passage there")
        st.markdown(render.highlighted(shown.before, shown.span, shown.after))

# Only the open section is drawn, and a source's notes or the worked examples only once opened: the page holds
# every record's provenance, far more than one screen, and everything drawn costs on every rerun.
sources_tab, codebook_tab, scoring_tab, dataset_tab = st.tabs(SECTIONS, key="section", bind="query-params")
if sources_tab.open:
    with sources_tab:
        # thousands of sources are shown a page at a time (one container each would make every rerun take seconds)
        page = st.pagination(pages, key="page", bind="query-params") if pages > 1 else 1
        page = min(max(page, 1), pages)
        for source in ds.sources[(page - 1) * PER_PAGE: page * PER_PAGE]:
            with st.container(border=True):
                author = str(app.tables.actors.at[source.author, "name"]) if source.author else "no author printed"
                printed = source.printed_date.text if source.printed_date else "none"
                with st.container(horizontal=True, wrap=False):
                    st.markdown(
                        f"**{render.literal(source.title)}**  \n"
                        + render.small(f"{source.publisher} · {author} · dateline {source.dateline or 'none'} · "
                                   f"seed {source.seed_file}")
                        + f"  \nPrinted date: **{render.literal(printed)}** · established: "
                        f"**{render.literal(source.published.date)}** ({render.literal(source.published.confidence)} "
                        f"confidence, {render.literal(source.published.method.replace('_', ' '))})",
                        width="stretch",
                    )
                    st.link_button("Open the article", source.url, icon=":material/open_in_new:")
                st.text(source.published.evidence)
                if source.date_conflict:
                    st.warning(render.literal(source.date_conflict), icon=":material/event_busy:")
                with st.expander(f"Data-quality notes ({len(source.quality_notes)}), page chrome "
                                 f"({len(source.chrome)}), author's own terms ({len(source.author_terms)})",
                                 key=f"notes_{source.id}", on_change="rerun") as notes:
                    if notes.open:
                        if source.quality_notes:
                            st.text("\n".join(f"• {note}" for note in source.quality_notes))
                        st.dataframe(render.arrow(data.source_chrome(app, source.id)), hide_index=True,
                                     width="stretch")
                        st.dataframe(render.arrow(data.source_author_terms(app, source.id)), hide_index=True,
                                     width="stretch")
                        st.caption(render.literal(f"SHA-256 of the seed: {source.sha256}"))

if codebook_tab.open:
    with codebook_tab:
        st.dataframe(
            render.arrow(data.codebook_rows(app)),
            # rows taller than 4rem let Streamlit wrap the text: the definitions are read whole
            hide_index=True, width="stretch", row_height=72,
            height=min(72 * len(app.tables.dimensions) + 38, 940),
            column_config=render.codebook_columns(alliance.leader_label, alliance.national_label),
        )
        with st.expander("Full definitions and worked examples", key="examples", on_change="rerun") as examples:
            if examples.open:
                for dim in ds.codebook.dimensions:
                    toward = alliance.leader_label if dim.example.direction > 0 else alliance.national_label
                    st.markdown(f"**{render.literal(dim.label)}**")
                    st.text(dim.definition)
                    st.caption(f"Example, toward {render.literal(toward)}:")
                    st.text(dim.example.evidence.text)
                    st.caption(render.literal(dim.example.explanation))

if scoring_tab.open:
    with scoring_tab:
        strengths = "\n".join(f"    - {render.literal(f'{k} = {v}')}" for k, v in ds.codebook.strength.items())
        rules = [
            f"Each signal is worth direction × strength: direction +1 toward {alliance.leader_label}, -1 toward "
            f"{alliance.national_label}; strength:",
            "A cell of the stance matrix is the dimension's weight times the sum of its signals. A cell with no "
            "signal is not coded, which is different from a coded 0 (signals that cancel out).",
            "A state's stance index is the weighted sum of its signals divided by the weighted sum of their "
            "strengths, from -1 to +1; the rhetoric and behaviour indexes use only the dimensions of that kind.",
            "Confidence does not change a score; the mean confidence is shown beside it.",
            "Weights can be changed on the Stance matrix page, and apply there only: the member table, the map "
            "and the findings use the codebook's weights.",
        ]
        st.markdown("\n".join(f"- {render.literal(rule)}" + (f"\n{strengths}" if i == 0 else "")
                               for i, rule in enumerate(rules)))


if dataset_tab.open:
    with dataset_tab:
        st.subheader("How to cite a view")
        st.text(citation.template_citation(info, state.view_link() or "(the page address)", Date.today()))
        st.caption("Copy the address from the sidebar's 'Link to this view': it carries every filter. The "
                   "sidebar's 'Cite this view' gives the same view as BibTeX and CSL-JSON.")
        st.subheader("Version and licences")
        st.markdown(f"{render.literal(info.title)} · version {render.literal(info.version)} · "
                    f"as of {render.literal(info.as_of)}")
        st.text(f"Origin: {info.origin}\nLicence: {info.licence}\nSource texts: {info.source_licence}")
        # written once per dataset and shared; a large dataset's file is written when the button is pressed
        dataset_file: Any = (data.dataset_json(app) if sum(ds.counts().values()) <= render.EAGER_DOWNLOAD_ROWS
                             else lambda: data.dataset_json(app))
        with st.container(horizontal=True):
            st.download_button("Whole dataset (JSON)", dataset_file,
                               file_name=f"{alliance.id}-dataset-{info.version}.json", mime="application/json",
                               key="download_dataset", icon=":material/download:", on_click="ignore")
            for kind in ("datapackage", "sqlite"):
                # a file of a few hundred kB for the real data, made once per dataset when this section opens
                download = data.dataset_file(app, kind)
                st.download_button(f"{download.label}, {download.size_label}", download.data,
                                   file_name=download.file_name, mime=download.mime, key=f"download_{kind}",
                                   icon=":material/download:", on_click="ignore",
                                   help=f"Version {download.version}; the README's 'Using the data elsewhere' "
                                   "says how to open it in Datasette, pandas, R or DuckDB.")
        st.caption("CSV files for people (the quote explorer's) start with a byte-order mark and neutralise cells "
                   "that a spreadsheet would run as a formula; the Data Package and SQLite keep the exact text.")
        st.subheader("What changed, version by version")
        for entry in ds.changelog:
            with st.expander(f"{render.literal(entry.version)} · {render.literal(str(entry.date))}",
                             expanded=entry.version == info.version, key=f"changes_{entry.version}"):
                lines = [entry.summary]
                lines += [f"Added: {item}" for item in entry.added]
                lines += [f"Changed: {item}" for item in entry.changed]
                lines += [f"Withdrawn: {item}" for item in entry.withdrawn]
                st.text("\n".join(f"• {line}" for line in lines))
