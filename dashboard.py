"""CSTO Monitor: the entrypoint. Declares the pages, the global filters (bound to the URL) and the sidebar."""

from __future__ import annotations

import contextlib
from datetime import date

import streamlit as st

from alliance_monitor import cache
from alliance_monitor.app import curation, data, render, state
from alliance_monitor.citation import cite
from alliance_monitor.load import InvalidDataset

# an emoji, not a material icon: that one is fetched from a font CDN on every load (a console error offline)
st.set_page_config(page_title="CSTO Monitor", page_icon="🛡️", layout="wide")


def show_problems(error: InvalidDataset) -> None:
    st.title("The data does not validate")
    st.error(
        f"{len(error.problems)} problem(s) were found in the data folder. Nothing is shown until they are fixed: "
        "a partial dataset would mislead. Run `python -m alliance_monitor validate` for the same list."
    )
    st.dataframe(
        [{"file": p.path, "line": p.line, "record": p.record, "field": p.field, "problem": p.message}
         for p in error.problems],
        hide_index=True,
        width="stretch",
    )


curate_mode = curation.mode()
if curate_mode is curation.Mode.UNSAFE:
    # curation switched on for a server anyone can reach, with no login: nothing at all is served
    st.navigation([st.Page(curation.refuse_unsafe, title="Curation refused", url_path="refused")],
                  position="hidden").run()
    curation.exit_refused()  # the process ends: a refused server serves nothing, not even this page, for long
    st.stop()

try:
    app = data.load_app_data()
except InvalidDataset as invalid:
    problems = invalid
    st.navigation([st.Page(lambda: show_problems(problems), title="Data problems", url_path="problems",
                           icon=":material/error:")], position="hidden").run()
    st.stop()

# the default page is served at the root but still reserves a pathname: not "overview", which the alias takes
overview = st.Page("app_pages/overview.py", title="Overview", icon=":material/public:", default=True, url_path="home")


pages = [
    overview,
    # /overview, the address a reader guesses or writes by hand, shows the Overview too (not "Page not found")
    st.Page("app_pages/overview.py", title="Overview", url_path="overview", visibility="hidden"),
    st.Page("app_pages/members.py", title="Member states", icon=":material/flag:", url_path="members"),
    st.Page("app_pages/matrix.py", title="Stance matrix", icon=":material/grid_on:", url_path="matrix"),
    st.Page("app_pages/quotes.py", title="Quote explorer", icon=":material/format_quote:", url_path="quotes"),
    st.Page("app_pages/timeline.py", title="Timeline", icon=":material/timeline:", url_path="timeline"),
    st.Page("app_pages/sources.py", title="Sources & method", icon=":material/menu_book:", url_path="sources"),
]
if curate_mode is not curation.Mode.OFF:
    # Only then does the page exist: off, /curate is an unknown page and none of its widgets (actions) are ever made.
    pages.append(st.Page("app_pages/curate/app.py", title="Curate", icon=":material/edit_note:", url_path="curate"))
page = st.navigation(pages)

ds = app.dataset
info = ds.alliance.dataset
state.normalise_link()  # a name pasted in decomposed Unicode reads as the data's composed form
version_notice = state.pin_version(info.version, ds.changelog)
country_labels, speaker_labels = app.country_labels, app.speaker_labels  # made once per dataset
country_spellings, speaker_spellings = data.link_names(app)
# a hand-written link may name a record by id, ISO code or alias: read as that record (the address is rewritten)
state.understand_link({state.COUNTRY_KEY: (app.country_names, country_spellings),
                       state.SPEAKER_KEY: (app.speaker_names, speaker_spellings)})
# Streamlit drops URL values that match no option; read them first so the page can say what it ignored.
ignored = [("country", v) for v in state.unknown_url_values(state.COUNTRY_KEY, country_labels, country_spellings)]
ignored += [("speaker", v) for v in state.unknown_url_values(state.SPEAKER_KEY, speaker_labels, speaker_spellings)]


def filter_select(label: str, names: dict[str, str], key: str, placeholder: str, help: str) -> None:
    """A global filter: a multiselect over `names` (id -> label), bound to the URL by its key."""
    st.multiselect(label, list(names), format_func=names.__getitem__, key=key, bind="query-params",
                   placeholder=placeholder, help=help)


def add_speakers() -> None:
    """The spelling box's callback: add every speaker it names to the (URL-bound) speaker filter, then empty it."""
    text = st.session_state.get("speaker_find", "")
    found = data.find_speakers(app, text)
    st.session_state["_speaker_find_none"] = "" if found or not text.strip() else text
    if found:
        chosen = state.selected_speakers()
        st.session_state[state.SPEAKER_KEY] = chosen + [s for s in found if s not in chosen]
        st.session_state["speaker_find"] = ""


with st.sidebar:
    # the title and what the data is, in one element (every element costs on every rerun of every page)
    st.markdown(f"**{render.literal(ds.alliance.acronym)} Monitor**  \n"
                + render.small(f"Dataset {info.version}, as of {info.as_of} · {len(ds.sources)} sources · "
                               f"{info.licence}"))
    filter_select("Country", app.country_names, state.COUNTRY_KEY, "All countries",
                  "Filters every page; members first. The choice is kept in the link.")
    filter_select("Speaker", app.speaker_names, state.SPEAKER_KEY, "All speakers",
                  "People and organisations quoted or coded. Kept in the link.")
    # The box above searches the labels only; this one finds a speaker by any spelling (an alias, another script, a
    # name without its diacritics) and adds them to the filter.
    st.text_input("Add speakers by any spelling", key="speaker_find", on_change=add_speakers,
                  placeholder="e.g. Токаев, Lukashenka, Abisev", help="Names, aliases, any script; Enter adds every "
                  "speaker whose name or alias matches to the Speaker filter.")
    if missing := st.session_state.get("_speaker_find_none"):
        st.caption(f"No speaker is called {render.literal(missing[:60])!s}.")
    st.caption("Link to this view")
    # filled after the page ran: the page's own widgets (a table selection, a clicked cell, a slider) change the
    # address during its run, so a link written before it would lag one interaction behind
    link_box = st.empty()
    cite_box = st.empty()

if version_notice:
    st.info(render.literal(version_notice), icon=":material/history:")
if ignored:
    shown = "; ".join(f"{key} {value[:80]!r}" for key, value in ignored[:5])
    more = f" and {len(ignored) - 5} more" if len(ignored) > 5 else ""
    st.warning(f"Ignored from the link (no such value in the data): {render.literal(shown)}{more}.",
               icon=":material/link_off:")

with contextlib.suppress(state.PageEnd):  # a page that ended early (nothing to show) still gets its link
    page.run()
# st.text, not st.code: as literal and as selectable, without the 1.5 MB syntax highlighter that st.code makes every
# cold open download (benchmarks/browser.py; README, Performance)
link_box.text(state.view_link())
# "Cite this view": the dataset, its version, the view's link and today's date, as text, BibTeX and CSL-JSON (drawn
# when opened: three blocks of text on every rerun of every page would cost for nothing)
with cite_box.container(), st.popover("Cite this view", icon=":material/format_quote:", key="cite",
                                      on_change="rerun", width="stretch") as citing:
    if citing.open:
        citation = cite(info, state.view_link(), date.today())
        st.caption("Text")
        st.text(citation.text)
        st.caption("BibTeX")
        st.text(citation.bibtex)
        st.caption("CSL-JSON")
        st.text(citation.csl_json)
# the run's frames, Arrow buffers and messages are freed now, but glibc would keep them mapped (cache.py)
cache.return_freed_memory()
