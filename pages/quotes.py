"""Quote explorer: every quotation, searchable and filterable, with its speaker, source and context."""

from __future__ import annotations

import streamlit as st

from alliance_monitor import ui, views
from alliance_monitor.models import date_bounds

PER_PAGE = 25

data = ui.app_data()
t = data.tables
sources = list(t.sources.index)
dimensions = list(t.dimensions.index)
first, last = date_bounds(t.quotes["date"].min())[0], date_bounds(t.quotes["date"].max())[1]

st.title("Quote explorer")
ui.check_url({
    "q": None,
    "in": list(views.COUNTRY_MODES.values()),
    "source": [str(t.sources.at[s, "title"]) for s in sources],
    "dimension": [str(t.dimensions.at[d, "label"]) for d in dimensions],
    "from": None,
    "to": None,
    "sort": list(views.SORT_ORDERS.values()),
    "page": None,
})

query_text = st.text_input("Search quotes and speakers", key="q", bind="query-params",
                           placeholder="e.g. tokayev, threats, Токаев",
                           help="Ignores case, accents and script; any spelling of a speaker's name finds them.")
left, middle, right = st.columns([2, 2, 1])
with left:
    source_filter = st.multiselect("Source", sources, format_func=lambda s: str(t.sources.at[s, "title"]),
                                   key="source", bind="query-params", placeholder="All sources")
    country_mode = st.radio("Country filter matches", list(views.COUNTRY_MODES), key="in", bind="query-params",
                            format_func=views.COUNTRY_MODES.__getitem__, horizontal=True)
with middle:
    dimension_filter = st.multiselect("Dimension", dimensions, format_func=lambda d: str(t.dimensions.at[d, "label"]),
                                      key="dimension", bind="query-params", placeholder="All dimensions")
    date_from = st.date_input("From", value=first, min_value=first, max_value=last, key="from", bind="query-params")
    date_to = st.date_input("To", value=last, min_value=first, max_value=last, key="to", bind="query-params")
with right:
    sort = st.radio("Sort", list(views.SORT_ORDERS), format_func=views.SORT_ORDERS.__getitem__, key="sort",
                    bind="query-params")

query = views.QuoteQuery(
    countries=ui.selected_countries(),
    country_mode=country_mode,
    speakers=ui.selected_speakers(),
    sources=source_filter,
    dimensions=dimension_filter,
    date_from=date_from if date_from != first else None,
    date_to=date_to if date_to != last else None,
    text=query_text,
    sort=sort,
)
found = views.filter_quotes(t, query, data.speaker_country)
csv_text, json_text = views.quotes_download(found)

summary, csv_col, json_col = st.columns([4, 1, 1], vertical_alignment="bottom")
summary.markdown(f"**{len(found)}** of {len(t.quotes)} quotes")
csv_col.download_button("CSV", csv_text, file_name="quotes.csv", mime="text/csv", key="download_csv",
                        icon=":material/download:", disabled=found.empty)
json_col.download_button("JSON", json_text, file_name="quotes.json", mime="application/json", key="download_json",
                         icon=":material/download:", disabled=found.empty)

if found.empty:
    st.info(views.why_empty(t, query), icon=":material/search_off:")
    st.stop()

pages = max(1, -(-len(found) // PER_PAGE))
page = st.pagination(pages, key="page", bind="query-params") if pages > 1 else 1
page = min(max(page, 1), pages)
for _, quote in found.iloc[(page - 1) * PER_PAGE: page * PER_PAGE].iterrows():
    with st.container(border=True):
        who = " · ".join(ui.literal(part) for part in (quote["speaker_names"], quote["roles"], quote["affiliations"])
                         if part)
        st.markdown(f"**{who}**")
        st.text(quote["text"])
        with st.expander("Context and attribution"):
            st.text(quote["context"])
            st.caption(f"Attribution ({ui.literal(quote['attribution'])} confidence): "
                       f"{ui.literal(quote['attribution_basis'])}")
        meta, link = st.columns([5, 1], vertical_alignment="center")
        meta.caption(
            f"{ui.literal(quote['source_title'])} · {ui.literal(quote['publisher'])} · {ui.literal(quote['date'])} "
            f"({ui.literal(quote['date_precision'])}) · {ui.literal(quote['kind'].replace('_', ' '))} · "
            f"characters {quote['start']}-{quote['end']}"
        )
        link.link_button("Source", quote["url"], icon=":material/open_in_new:")
