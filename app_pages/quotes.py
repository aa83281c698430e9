"""Quote explorer: every quotation, searchable and filterable, with its speaker, source and context."""

from __future__ import annotations

from typing import Any

import streamlit as st

from alliance_monitor import ui, views
from alliance_monitor.models import date_bounds

PER_PAGE = 25

data = ui.app_data()
t = data.tables
# what depends only on the data is computed once per dataset and shared by every session (data.shared)
sources: list[str] = data.shared(lambda: [str(s) for s in t.sources.index])
dimensions: list[str] = data.shared(lambda: [str(d) for d in t.dimensions.index])
first, last = data.shared(lambda: (date_bounds(t.quotes["date"].min())[0], date_bounds(t.quotes["date"].max())[1]))
titles: dict[str, str] = data.shared(lambda: {str(k): str(v) for k, v in t.sources["title"].items()})
labels: dict[str, str] = data.shared(lambda: {str(k): str(v) for k, v in t.dimensions["label"].items()})

st.title("Quote explorer")
url_notice = ui.check_url({
    "q": None,
    "in": list(views.COUNTRY_MODES.values()),
    "source": list(titles.values()),
    "dimension": list(labels.values()),
    "from": ui.iso_date_between(first, last),
    "to": ui.iso_date_between(first, last),
    "sort": list(views.SORT_ORDERS.values()),
    "page": None,  # checked below, once the number of pages is known
}, multi=("source", "dimension"), more=True)

query_text = st.text_input("Search quotes and speakers", key="q", bind="query-params",
                           placeholder="e.g. tokayev, threats, Токаев",
                           help="Ignores case, accents and script; any spelling of a speaker's name finds them.")
# Source, dimension, dates, country match and order sit in a panel, drawn while it is open or while one of them
# holds a choice: closed and unused (the usual case), six widgets would be drawn on every rerun for nothing.
MODE, ORDER = next(iter(views.COUNTRY_MODES)), next(iter(views.SORT_ORDERS))
defaults: dict[str, Any] = {"source": [], "dimension": [], "from": first, "to": last, "in": MODE, "sort": ORDER}
chosen = ui.differs(defaults)
if chosen and "filters" not in st.session_state:
    st.session_state["filters"] = True  # a link that carries filters opens the panel
source_filter, dimension_filter, date_from, date_to, country_mode, sort = defaults.values()
with st.expander("More filters: source, dimension, dates, country match, sort order", key="filters",
                 on_change="rerun") as panel:
    if panel.open or chosen:
        source_col, dimension_col, from_col, to_col = st.columns([3, 3, 2, 2])
        source_filter = source_col.multiselect("Source", sources, format_func=titles.__getitem__, key="source",
                                               bind="query-params", placeholder="All sources")
        dimension_filter = dimension_col.multiselect("Dimension", dimensions, format_func=labels.__getitem__,
                                                     key="dimension", bind="query-params",
                                                     placeholder="All dimensions")
        date_from = from_col.date_input("From", value=first, min_value=first, max_value=last, key="from",
                                        bind="query-params", format="YYYY-MM-DD")
        date_to = to_col.date_input("To", value=last, min_value=first, max_value=last, key="to",
                                    bind="query-params", format="YYYY-MM-DD")
        mode_col, sort_col = st.columns(2)
        country_mode = mode_col.radio("Country filter matches", list(views.COUNTRY_MODES), key="in",
                                      bind="query-params", format_func=views.COUNTRY_MODES.__getitem__,
                                      horizontal=True)
        sort = sort_col.radio("Sort", list(views.SORT_ORDERS), format_func=views.SORT_ORDERS.__getitem__,
                              key="sort", bind="query-params", horizontal=True)

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
# the matching rows, once per query (positions in t.quotes: small to keep, whatever the number of matches)
positions = data.shared(views.filter_positions, t, query, data.speaker_country, max_entries=64)
found_count = len(positions)


def downloads_of(query: views.QuoteQuery) -> tuple[str, str]:
    """CSV and JSON of the matching quotes, written once per query (data.shared)."""
    rows = data.shared(views.filter_positions, t, query, data.speaker_country, max_entries=64)
    return views.quotes_download(t.quotes.iloc[rows])


if found_count <= ui.EAGER_DOWNLOAD_ROWS:
    csv_data: Any = data.shared(downloads_of, query, max_entries=8)[0]
    json_data: Any = data.shared(downloads_of, query, max_entries=8)[1]
else:  # thousands of quotes: the file is written when the button is pressed, not on every rerun
    csv_data, json_data = (lambda: downloads_of(query)[0]), (lambda: downloads_of(query)[1])
# with the panel closed, the choices it holds are named under the count
held = [name for name, on in (("source", source_filter), ("dimension", dimension_filter),
                              ("dates", date_from != first or date_to != last),
                              (f"country ({views.COUNTRY_MODES[country_mode]})", country_mode != MODE)) if on]
held_text = "; ".join(([f"Filtered by {', '.join(held)}"] if held else [])
                      + ([f"sorted {views.SORT_ORDERS[sort]}"] if sort != ORDER else []))
held_text = held_text[:1].upper() + held_text[1:]
with st.container(horizontal=True, vertical_alignment="center"):
    st.markdown(f"**{found_count}** of {len(t.quotes)} quotes"
                + (f"  \n{ui.small(f'{held_text} (see More filters).')}" if held_text and not panel.open else ""),
                width="stretch")
    # the files are offered once asked for (two download buttons cost every rerun); a download needs no rerun
    with st.popover("Download", icon=":material/download:", key="downloads", on_change="rerun",
                    disabled=found_count == 0) as downloads:
        if downloads.open and found_count:
            st.download_button("CSV", csv_data, file_name="quotes.csv", mime="text/csv", key="download_csv",
                               icon=":material/download:", on_click="ignore", width="stretch")
            st.download_button("JSON", json_data, file_name="quotes.json", mime="application/json",
                               key="download_json", icon=":material/download:", on_click="ignore", width="stretch")

if found_count == 0:
    st.info(data.shared(views.why_empty, t, query), icon=":material/search_off:")
    st.stop()

pages = max(1, -(-found_count // PER_PAGE))
ui.check_url_values(url_notice, {"page": ui.number_between(1, pages, integer=True)})
page = st.pagination(pages, key="page", bind="query-params") if pages > 1 else 1
page = min(max(page, 1), pages)
shown = data.shared(lambda query, page: t.quotes.iloc[  # the page's rows, once per query and page
    data.shared(views.filter_positions, t, query, data.speaker_country, max_entries=64)[
        (page - 1) * PER_PAGE: page * PER_PAGE]].to_dict("records"), query, page, max_entries=64)
for quote in shown:
    # a card: who said it and where (with the link to the source), the quote, then its context on demand
    with st.container(border=True, key=f"quote-{quote['id']}"):
        with st.container(horizontal=True, vertical_alignment="center", wrap=False):
            who = " · ".join(part for part in (quote["speaker_names"], quote["roles"], quote["affiliations"]) if part)
            st.markdown(
                f"**{ui.literal(who)}**  \n"
                + ui.small(f"{quote['source_title']} · {quote['publisher']} · {quote['date']} "
                           f"({quote['date_precision']}) · {quote['kind'].replace('_', ' ')} · "
                           f"characters {quote['start']}-{quote['end']}"),
                width="stretch",
            )
            st.link_button("Source", quote["url"], icon=":material/open_in_new:")
        st.text(quote["text"])
        with st.expander("Context and attribution"):
            st.text(f"{quote['context']}\n\nAttribution ({quote['attribution']} confidence): "
                    f"{quote['attribution_basis']}")
