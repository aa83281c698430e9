"""Quote explorer: every quotation, searchable and filterable, with its speaker, source and context."""

from __future__ import annotations

from datetime import date as Date
from typing import Any

import streamlit as st

from alliance_monitor import passages, views
from alliance_monitor.app import data, render, state

PER_PAGE = 25

app = data.app_data()
first, last = app.quote_dates

st.title("Quote explorer")
url_notice = state.check_url({
    "q": None,
    "in": list(views.COUNTRY_MODES.values()),
    "source": list(app.source_titles.values()),
    "dimension": list(app.dimension_labels.values()),
    "from": state.iso_date_between(first, last),
    "to": state.iso_date_between(first, last),
    "sort": list(views.SORT_ORDERS.values()),
    "page": None,  # checked below, once the number of pages is known
    **state.weight_params(app.dimensions),
}, multi=("source", "dimension"), more=True)
state.weights_elsewhere(app.default_weights, app.dimension_labels, "Nothing on this page is weighted.")

query_text = st.text_input("Search quotes and speakers", key="q", bind="query-params",
                           placeholder="e.g. tokayev, threats, Токаев",
                           help="Ignores case, accents and script; any spelling of a speaker's name finds them, "
                                "a country's name the quotes about it.")
# Source, dimension, dates, country match and order sit in a panel, drawn while it is open or while one of them
# holds a choice: closed and unused (the usual case), six widgets would be drawn on every rerun for nothing.
MODE, ORDER = next(iter(views.COUNTRY_MODES)), next(iter(views.SORT_ORDERS))
defaults: dict[str, Any] = {"source": [], "dimension": [], "from": first, "to": last, "in": MODE, "sort": ORDER}
chosen = state.differs(defaults)
if chosen and "filters" not in st.session_state:
    st.session_state["filters"] = True  # a link that carries filters opens the panel
source_filter, dimension_filter, date_from, date_to, country_mode, sort = defaults.values()
with st.expander("More filters: source, dimension, dates, country match, sort order", key="filters",
                 on_change="rerun") as panel:
    if panel.open or chosen:
        source_col, dimension_col, from_col, to_col = st.columns([3, 3, 2, 2])
        source_filter = source_col.multiselect("Source", list(app.source_titles),
                                               format_func=app.source_titles.__getitem__, key="source",
                                               bind="query-params", placeholder="All sources")
        dimension_filter = dimension_col.multiselect("Dimension", app.dimensions,
                                                     format_func=app.dimension_labels.__getitem__,
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
    countries=state.selected_countries(),
    country_mode=country_mode,
    speakers=state.selected_speakers(),
    sources=source_filter,
    dimensions=dimension_filter,
    date_from=date_from if date_from != first else None,
    date_to=date_to if date_to != last else None,
    text=query_text,
    sort=sort,
)
found_count = len(data.quote_positions(app, query))
state.filter_scope(country=f"quotes whose {views.COUNTRY_MODES[country_mode]} is a selected state (More filters: "
                           "country match).",
                   speaker="quotes in which a selected speaker speaks.")

# with the panel closed, the choices it holds are named under the count
held = [name for name, on in (("source", source_filter), ("dimension", dimension_filter),
                              ("dates", date_from != first or date_to != last),
                              (f"country ({views.COUNTRY_MODES[country_mode]})", country_mode != MODE)) if on]
held_text = "; ".join(([f"Filtered by {', '.join(held)}"] if held else [])
                      + ([f"sorted {views.SORT_ORDERS[sort]}"] if sort != ORDER else []))
held_text = held_text[:1].upper() + held_text[1:]
with st.container(horizontal=True, vertical_alignment="center"):
    st.markdown(f"**{found_count}** of {len(app.tables.quotes)} quotes"
                + (f"  \n{render.small(f'{held_text} (see More filters).')}" if held_text and not panel.open else ""),
                width="stretch")
    # the files are offered once asked for (two download buttons cost every rerun); a download needs no rerun
    with st.popover("Download", icon=":material/download:", key="downloads", on_change="rerun",
                    disabled=found_count == 0) as downloads:
        if downloads.open and found_count:
            # thousands of quotes: the files are written when a button is pressed, not on every rerun
            eager = found_count <= render.EAGER_DOWNLOAD_ROWS
            # each file carries the view's metadata: its link and the day it was taken (views.download_metadata)
            link, today = state.view_link(), Date.today()

            def file(i: int) -> Any:  # the i-th file (CSV, JSON, about), or a function that writes it when pressed
                return data.quote_downloads(app, query, link, today)[i] if eager else \
                    (lambda: data.quote_downloads(app, query, link, today)[i])

            csv_data, json_data, about_data = file(0), file(1), file(2)
            # named after the view: what it holds, its filters and the day it was taken
            named = [*query.countries, *query.speakers, *query.dimensions, query.text,
                     *(f"{w}-{d.isoformat()}" for w, d in (("from", query.date_from), ("to", query.date_to)) if d)]
            stem = render.file_name(app.dataset.alliance.acronym, "quotes", named, today, "csv")[:-4]
            st.download_button("CSV", csv_data, file_name=f"{stem}.csv", mime="text/csv", key="download_csv",
                               icon=":material/download:", on_click="ignore", width="stretch")
            st.download_button("JSON", json_data, file_name=f"{stem}.json", mime="application/json",
                               key="download_json", icon=":material/download:", on_click="ignore", width="stretch")
            # a spreadsheet reads every line of a CSV as a row: the CSV's metadata is a small file of its own
            st.download_button("About the CSV (.txt)", about_data, file_name=f"{stem}-about.txt", mime="text/plain",
                               key="download_about", icon=":material/info:", on_click="ignore", width="stretch",
                               help="Dataset version, filters, the link to this view and the day it was taken")

if found_count == 0:
    st.info(render.literal(data.why_no_quote(app, query)), icon=":material/search_off:")
    state.end_page()

pages = max(1, -(-found_count // PER_PAGE))
state.check_url_values(url_notice, {"page": state.number_between(1, pages, integer=True)})
page = st.pagination(pages, key="page", bind="query-params") if pages > 1 else 1
page = min(max(page, 1), pages)
for quote in data.quote_page(app, query, page, PER_PAGE):
    # a card: who said it and where (with the link to the source), the quote, then its context on demand
    with st.container(border=True, key=f"quote-{quote['id']}"):
        with st.container(horizontal=True, vertical_alignment="center", wrap=False):
            who = " · ".join(part for part in (quote["speaker_names"], quote["roles"], quote["affiliations"]) if part)
            st.markdown(
                f"**{render.literal(who)}**  \n"
                + render.small(f"{quote['source_title']} · {quote['publisher']} · {quote['date']} "
                               f"({quote['date_precision']}) · {quote['kind'].replace('_', ' ')} · "
                               f"characters {quote['start']}-{quote['end']}"),
                width="stretch",
            )
            render.passage_link(quote["passage_link"], "Passage", help="This quote highlighted in its source text")
            st.link_button("Source", passages.text_fragment(quote["url"], quote["text"]),
                           icon=":material/open_in_new:", help="The publisher's page (online)")
        st.text(quote["text"])
        if quote["translation_en"]:  # beside the verbatim text, never instead of it
            st.caption("English translation (the project's, not in the source):")
            st.text(quote["translation_en"])
        # drawn when opened: 25 closed panels' texts were a fifth of the page's elements on every rerun
        with st.expander("Context and attribution", key=f"context-{quote['id']}", on_change="rerun") as context:
            if context.open:
                st.text(f"{quote['context']}\n\nAttribution ({quote['attribution']} confidence): "
                        f"{quote['attribution_basis']}")
