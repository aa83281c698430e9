"""End-to-end tests: the real `streamlit run dashboard.py` server on the bundled data, driven in Debian's Chromium.

Expected numbers are read from the YAML files directly (not through the engine), so a test fails when what the
browser shows drifts from the data. Screenshots of every page at 1280x800 and 1920x1080 go to
test-output/screenshots/ (viewport and full height).
"""

from __future__ import annotations

import csv
import io
import json
import re
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from functools import cache
from pathlib import Path
from typing import Any
from urllib.parse import parse_qs, urlsplit

import pytest
import yaml
from playwright.sync_api import Browser, BrowserContext, Locator, Page, expect

from tests.browser import (
    StreamlitServer,
    app_exceptions,
    open_page,
    screenshot,
    wait_for_app,
)

pytestmark = pytest.mark.browser

ROOT = Path(__file__).resolve().parents[2]
DATA = ROOT / "data"
SIZES = [(1280, 800), (1920, 1080)]
CSV_HEADER = ["id", "text", "translation_en", "kind", "speaker_names", "roles", "affiliations", "speakers", "about",
              "dimensions", "date", "date_precision", "source", "source_title", "publisher", "url", "start", "end",
              "context", "attribution", "attribution_basis"]


# --- what the data says (read straight from the YAML) ---------------------------------------------------------


@cache
def load(name: str) -> Any:
    loader = getattr(yaml, "CSafeLoader", yaml.SafeLoader)
    with (DATA / f"{name}.yaml").open(encoding="utf-8") as handle:
        return yaml.load(handle, Loader=loader)


def state_names() -> dict[str, str]:
    return {s["iso3"]: s["name"] for s in load("alliance")["states"]}


def dimension_labels() -> dict[str, str]:
    return {d["id"]: d["label"] for d in load("codebook")["dimensions"]}


def coded_cells() -> dict[tuple[str, str], int]:
    """(state, dimension) -> number of signals, for signals that name a state."""
    cells: dict[tuple[str, str], int] = {}
    for signal in load("signals"):
        if signal.get("state"):
            key = (signal["state"], signal["dimension"])
            cells[key] = cells.get(key, 0) + 1
    return cells


TOKAEV_SPELLINGS = re.compile(r"tokae?y?ev|токаев|тоқаев", re.IGNORECASE)


def tokaev_quote_ids() -> set[str]:
    """Quotes spoken by Tokayev or whose text names him (in any spelling)."""
    return {q["id"] for q in load("quotes") if "tokayev" in q["speakers"] or TOKAEV_SPELLINGS.search(q["text"])}


# --- page helpers ------------------------------------------------------------------------------------------------


def expect_rows(frame: Locator, rows: int) -> None:
    """An st.dataframe shows `rows` rows (its grid announces aria-rowcount, the header row included). Polls: after
    a rerun the grid component is reused and updates its count a moment later."""
    expect(frame.locator('table[role="grid"]')).to_have_attribute("aria-rowcount", str(rows + 1))


def query(page: Page) -> dict[str, list[str]]:
    """The view's parameters in the page's address; the address also always names the data version (issue 16),
    which is checked here and left out."""
    found = parse_qs(urlsplit(page.url).query)
    version = found.pop("data", None)
    # None: a first run that has not written it yet
    assert version in (None, [load("alliance")["dataset"]["version"]]), version
    return found


def same_address(a: str, b: str) -> bool:
    """Equal URLs, "http://host" and "http://host/" being the same page."""
    x, y = urlsplit(a), urlsplit(b)
    return (x.scheme, x.netloc, x.path.rstrip("/"), parse_qs(x.query)) == (
        y.scheme, y.netloc, y.path.rstrip("/"), parse_qs(y.query))


def chosen(page: Page, key: str) -> list[str]:
    """The tags shown in the multiselect with this key."""
    return [str(tag.get_attribute("aria-label")) for tag in page.locator(f".st-key-{key} [data-tag]").all()]


def assert_clean(page: Page) -> None:
    assert app_exceptions(page) == []
    warnings = page.locator('[data-testid="stAlert"]').all_inner_texts()
    assert not [w for w in warnings if "Ignored from the link" in w], warnings


# --- fixtures ----------------------------------------------------------------------------------------------------


@pytest.fixture(scope="module")
def context(chromium_browser: Browser) -> Iterator[BrowserContext]:
    ctx = chromium_browser.new_context(viewport={"width": 1280, "height": 800}, accept_downloads=True)
    yield ctx
    ctx.close()


@pytest.fixture
def page(context: BrowserContext) -> Iterator[Page]:
    tab = context.new_page()
    tab.set_default_timeout(20_000)
    yield tab
    tab.close()


# --- every page: its key content, and screenshots at two sizes ------------------------------------------------


def check_overview(page: Page) -> None:
    metrics = dict(zip(page.locator('[data-testid="stMetricLabel"]').all_inner_texts(),
                       page.locator('[data-testid="stMetricValue"]').all_inner_texts(), strict=True))
    assert metrics["Quotes"] == str(len(load("quotes")))
    assert metrics["Coded signals"] == str(len(load("signals")))
    assert metrics["States"] == str(len(state_names()))
    # the map is an image drawn by the server (nothing fetched from a CDN); its text names every state
    image = page.locator(".st-key-overview_map img")
    image.wait_for()
    alt = str(image.get_attribute("alt"))
    assert all(name in alt for name in state_names().values())
    assert page.get_by_role("heading", name="Findings").is_visible()


def check_members(page: Page) -> None:
    expect_rows(page.locator('[data-testid="stDataFrame"]').first, len(state_names()))
    assert page.get_by_text("Select a row to see the state's signals").is_visible()


def check_matrix(page: Page) -> None:
    cells = coded_cells()
    subjects = {state for state, _ in cells}
    # the matrix is a grid of coloured cells; its accessible table holds every cell's text
    grid = page.locator('.st-key-matrix_state_all [role="gridcell"]')
    grid.first.wait_for(state="attached")
    texts = grid.all_inner_texts()
    assert len(texts) == len(subjects) * (len(dimension_labels()) + 1)  # (a column of row labels)
    assert len([t for t in texts if " · n=" in t]) == len(cells)
    assert texts.count("–") == len(subjects) * len(dimension_labels()) - len(cells)
    assert page.locator(".st-key-stance_matrix img").get_attribute("alt")  # the legend, in words too
    assert page.get_by_role("heading", name="Ranking").is_visible()


def check_quotes(page: Page) -> None:
    total = len(load("quotes"))
    assert page.get_by_text(f"{total} of {total} quotes").is_visible()
    assert page.locator('[class*="st-key-quote-"]').count() == min(total, 25)
    assert page.locator(".st-key-downloads button").first.is_enabled()  # the Download popover


def check_timeline(page: Page) -> None:
    events = load("events")
    assert page.locator(".st-key-timeline_chart g.trace.bars").count() > 0
    expect_rows(page.locator('[data-testid="stDataFrame"]').first, len(events))


def check_sources(page: Page) -> None:
    assert page.get_by_role("tab").all_inner_texts() == ["Sources", "Codebook", "Scoring", "Dataset"]
    for source in load("sources"):
        assert page.get_by_text(source["title"], exact=True).first.is_visible()
    assert page.locator('[data-testid="stLinkButton"]').count() == len(load("sources"))
    # the other sections are drawn once chosen (see test_sources_sections_are_links)
    assert page.locator('[data-testid="stDataFrame"]').count() == 0


@dataclass(frozen=True)
class PageSpec:
    path: str
    name: str
    heading: str
    check: Callable[[Page], None]
    scroll_to: str | None = None
    """Element key: an extra shot scrolled down to the end of this element (the whole matrix, for the README)."""


PAGES = [
    PageSpec("", "overview", "CSTO: who follows Moscow?", check_overview),
    PageSpec("members", "members", "Member states", check_members),
    PageSpec("matrix", "matrix", "Stance matrix", check_matrix, scroll_to="stance_matrix"),
    PageSpec("quotes", "quotes", "Quote explorer", check_quotes),
    PageSpec("timeline", "timeline", "Timeline", check_timeline),
    PageSpec("sources", "sources", "Sources & method", check_sources),
]


@pytest.mark.parametrize("spec", PAGES, ids=[p.name for p in PAGES])
def test_page_loads_with_its_content(app_server: StreamlitServer, page: Page, spec: PageSpec) -> None:
    for width, height in SIZES:
        page.set_viewport_size({"width": width, "height": height})
        open_page(page, f"{app_server.url}/{spec.path}", text=spec.heading)
        assert page.locator("h1").first.inner_text().strip() == spec.heading
        # the sidebar belongs to the entrypoint: its navigation and both global filters are there on every page
        nav = page.locator('[data-testid="stSidebarNav"]')
        assert nav.get_by_text("Stance matrix").is_visible()
        assert page.locator(".st-key-country input").is_visible()
        assert page.locator(".st-key-speaker input").is_visible()
        spec.check(page)
        assert_clean(page)
        page.wait_for_timeout(300)  # let the charts (the timeline's plotly) finish drawing before the shot
        screenshot(page, spec.name)
        screenshot(page, spec.name, full=True)
        if spec.scroll_to:
            # Streamlit scrolls its main element, not the document
            page.locator(f".st-key-{spec.scroll_to}").evaluate(
                """e => { const main = document.querySelector('[data-testid="stMain"]');
                          main.scrollTop += e.getBoundingClientRect().bottom - main.getBoundingClientRect().bottom
                                            + 24; }"""
            )
            page.wait_for_timeout(300)
            screenshot(page, f"{spec.name}-scrolled")


# --- the global filter: in the URL, and restored from it in a fresh browser context ----------------------------


def test_country_filter_goes_into_the_url_and_reopens_on_another_page(
    app_server: StreamlitServer, chromium_browser: Browser, page: Page
) -> None:
    names = state_names()
    open_page(page, app_server.url, text="Findings")
    page.locator(".st-key-country input").click()
    page.get_by_role("option", name=names["KAZ"], exact=True).click()
    page.wait_for_url(re.compile(r"[?&]country=Kazakhstan(&|$)"))
    page.keyboard.press("Escape")
    wait_for_app(page, text="Country filter:")
    assert chosen(page, "country") == [names["KAZ"]]
    link = page.url
    assert query(page) == {"country": [names["KAZ"]]}
    # the sidebar's "Link to this view" shows the same address
    shown = page.locator('[data-testid="stSidebar"] [data-testid="stText"]').inner_text().strip()
    assert same_address(shown, link), (shown, link)

    fresh = chromium_browser.new_context(viewport={"width": 1280, "height": 800})
    try:
        other = fresh.new_page()
        open_page(other, link, text="Findings")
        assert chosen(other, "country") == [names["KAZ"]]
        other.locator('[data-testid="stSidebarNav"] a', has_text="Member states").click()
        other.wait_for_url(re.compile(r"/members\?"))
        wait_for_app(other, text="Member states")
        assert query(other) == {"country": [names["KAZ"]]}
        assert chosen(other, "country") == [names["KAZ"]]
        # the filter acts: one row, Kazakhstan's
        table = other.locator('[data-testid="stDataFrame"]').first
        expect_rows(table, 1)
        expect(table.locator('td[role="gridcell"]', has_text=re.compile(rf"^{names['KAZ']}$"))).to_have_count(1)
        # and a reload of that page keeps it
        other.reload()
        wait_for_app(other, text="Member states")
        assert chosen(other, "country") == [names["KAZ"]]
        # selecting the row (its checkbox, at the left end of the only row: the grid's last 35 px) opens the profile
        table = other.locator('[data-testid="stDataFrame"]').first
        expect_rows(table, 1)
        box = table.bounding_box()
        assert box
        other.mouse.click(box["x"] + 16, box["y"] + box["height"] - 18)
        signals = sum(1 for s in load("signals") if s.get("state") == "KAZ")
        wait_for_app(other, text=f"{signals} coded signals")
        assert other.get_by_role("heading", name=names["KAZ"], exact=True).is_visible()
        # the profile is in the link
        other.wait_for_url(re.compile(r"[?&]profile=Kazakhstan(&|$)"))
        assert query(other) == {"country": [names["KAZ"]], "profile": [names["KAZ"]]}
        screenshot(other, "members-profile", full=True)
        assert_clean(other)
    finally:
        fresh.close()


# --- views inside a page are links too: the sources' sections, a member's profile and its tab ----------------


def test_sources_sections_are_links(app_server: StreamlitServer, page: Page) -> None:
    open_page(page, f"{app_server.url}/sources", text="Sources & method")
    page.get_by_role("tab", name="Codebook").click()
    page.wait_for_url(re.compile(r"[?&]section=Codebook(&|$)"))
    wait_for_app(page, testid="stDataFrame")
    codebook = page.locator('[data-testid="stDataFrame"]').filter(has_text="Threat framing")
    expect_rows(codebook.first, len(dimension_labels()))
    assert page.locator('[data-testid="stLinkButton"]').count() == 0  # the sources are not drawn meanwhile
    # the worked examples are drawn when their expander is opened
    example = next(iter(load("codebook")["dimensions"]))["example"]["evidence"]["text"]
    assert page.get_by_text(example, exact=True).count() == 0
    page.locator('[data-testid="stExpander"] summary').first.click()
    wait_for_app(page, text=example)
    screenshot(page, "sources-codebook", full=True)
    # a reload (or the link, shared) opens the same section
    page.reload()
    wait_for_app(page, testid="stDataFrame")
    assert page.get_by_role("tab", name="Codebook").get_attribute("aria-selected") == "true"
    page.get_by_role("tab", name="Dataset").click()
    page.wait_for_url(re.compile(r"[?&]section=Dataset(&|$)"))
    wait_for_app(page, text="How to cite a view")
    assert page.locator(".st-key-download_dataset button").is_enabled()
    assert_clean(page)


def quotes_of_state(iso3: str) -> list[str]:
    """Texts of the quotes about a state or spoken by its nationals (or by those who speak for it)."""
    actors = {a["id"]: a for a in load("actors")}
    return [q["text"] for q in load("quotes")
            if iso3 in (q.get("about") or [])
            or any(iso3 in (actors[s].get("nationality"), actors[s].get("affiliation")) for s in q["speakers"])]


def test_member_profile_and_its_tab_are_links(app_server: StreamlitServer, page: Page) -> None:
    names = state_names()
    texts = quotes_of_state("ARM")
    assert texts
    open_page(page, f"{app_server.url}/members?profile=Armenia", text="coded signals")
    assert page.get_by_role("heading", name=names["ARM"], exact=True).is_visible()
    assert page.get_by_role("tab").all_inner_texts() == ["Signals", "Quotes", "Events"]
    assert page.get_by_text(texts[0], exact=True).count() == 0  # the Quotes tab is drawn once chosen
    page.get_by_role("tab", name="Quotes").click()
    page.wait_for_url(re.compile(r"[?&]tab=Quotes(&|$)"))
    wait_for_app(page, text=texts[0])
    assert query(page) == {"profile": [names["ARM"]], "tab": ["Quotes"]}
    assert all(page.get_by_text(text, exact=True).first.is_visible() for text in texts)
    page.reload()
    wait_for_app(page, text=texts[0])
    assert page.get_by_role("tab", name="Quotes").get_attribute("aria-selected") == "true"
    assert page.get_by_role("heading", name=names["ARM"], exact=True).is_visible()
    screenshot(page, "members-profile-quotes", full=True)
    assert_clean(page)


def test_panels_draw_their_widgets_on_demand_and_keep_their_choices(app_server: StreamlitServer,
                                                                    page: Page) -> None:
    total = len(load("quotes"))
    open_page(page, f"{app_server.url}/quotes", text=f"{total} of {total} quotes")
    assert page.locator(".st-key-sort").count() == 0
    page.get_by_text("More filters").click()
    wait_for_app(page, text="Country filter matches")
    page.locator(".st-key-sort").get_by_text("newest first").click()
    page.wait_for_url(re.compile(r"[?&]sort=newest\+first(&|$)"))
    wait_for_app(page)
    page.get_by_text("More filters").click()  # closed: the choice holds, and is named under the count
    wait_for_app(page, text="Sorted newest first (see More filters).")
    assert query(page) == {"sort": ["newest first"]}
    screenshot(page, "quotes-panel-closed")

    open_page(page, f"{app_server.url}/matrix", text="Ranking")
    assert page.locator('[data-testid="stSlider"]').count() == 0
    page.get_by_text("Weights of the dimensions").click()
    wait_for_app(page, testid="stSlider")
    assert page.locator('[data-testid="stSlider"]').count() == len(dimension_labels())
    screenshot(page, "matrix-weights")
    # a changed weight goes into the link, and stays there (and in effect) once the panel is closed
    page.locator('.st-key-w_threat_framing input[type="range"]').press("ArrowRight")
    page.wait_for_url(re.compile(r"[?&]w_threat_framing=1\.25(&|$)"))
    wait_for_app(page)
    page.get_by_text("Weights of the dimensions").click()
    wait_for_app(page)
    page.wait_for_timeout(500)
    wait_for_app(page)
    assert query(page) == {"w_threat_framing": ["1.25"]}
    assert not page.locator('[data-testid="stSlider"]').first.is_visible()
    assert_clean(page)


# --- the quote explorer: an accent/alias-insensitive search, and its downloads ---------------------------------


def shown_quote_ids(page: Page) -> set[str]:
    classes = page.locator('[class*="st-key-quote-"]').evaluate_all(
        "els => els.map(e => [...e.classList].find(c => c.startsWith('st-key-quote-')))"
    )
    return {str(c).removeprefix("st-key-quote-") for c in classes}


def test_search_for_tokayev_finds_tokaev_and_downloads_what_it_shows(app_server: StreamlitServer, page: Page) -> None:
    expected = tokaev_quote_ids()
    total = len(load("quotes"))
    assert 0 < len(expected) < total  # the search must select, not show everything
    open_page(page, f"{app_server.url}/quotes", text="Quote explorer")
    box = page.locator(".st-key-q input")
    box.fill("tokayev")
    box.press("Enter")
    page.wait_for_url(re.compile(r"[?&]q=tokayev(&|$)"))
    wait_for_app(page, text=f"{len(expected)} of {total} quotes")
    assert shown_quote_ids(page) == expected
    for card in page.locator('[class*="st-key-quote-"]').all():
        assert TOKAEV_SPELLINGS.search(card.inner_text()), card.inner_text()
    screenshot(page, "quotes-search")

    page.locator(".st-key-downloads button").first.click()  # the Download popover draws its buttons when opened
    wait_for_app(page, testid="stDownloadButton")
    with page.expect_download() as csv_download:
        page.locator(".st-key-download_csv button").click()
    download = csv_download.value
    assert re.fullmatch(r"csto-quotes-tokayev-\d{4}-\d{2}-\d{2}\.csv", download.suggested_filename)  # the view's name
    assert Path(download.path()).read_bytes().startswith(b"\xef\xbb\xbf")  # UTF-8 BOM, for spreadsheets
    rows = list(csv.reader(io.StringIO(Path(download.path()).read_text(encoding="utf-8-sig"), newline="")))
    assert rows[0] == CSV_HEADER
    assert len(rows) - 1 == len(expected)
    assert {row[0] for row in rows[1:]} == expected

    with page.expect_download() as json_download:
        page.locator(".st-key-download_json button").click()
    taken = json.loads(Path(json_download.value.path()).read_text(encoding="utf-8"))
    assert {r["id"] for r in taken["quotes"]} == expected
    # the metadata carries the view's full link, as the browser has it (issue 12)
    assert taken["metadata"]["view"].startswith("http") and "q=tokayev" in taken["metadata"]["view"]
    with page.expect_download() as about_download:
        page.locator(".st-key-download_about").get_by_role("button", name="About the CSV (.txt)").click()
    assert about_download.value.suggested_filename.endswith("-about.txt")
    assert f"view: {taken['metadata']['view']}" in Path(about_download.value.path()).read_text(encoding="utf-8")
    assert_clean(page)


# --- the stance matrix's cells: tests/app/test_browser_matrix.py ---------------------------------------------


def test_a_cited_passage_opens_from_the_evidence_table_highlighted_in_its_source(
        app_server: StreamlitServer, page: Page, context: BrowserContext) -> None:
    """Issue 12: the matrix evidence's 'Cited' link (a relative URL, so it holds under a base path) opens the
    passage view, offline: the source's text with the span highlighted and its offsets."""
    open_page(page, f"{app_server.url}/matrix?cell_row=Armenia&cell_dim=Summit+participation", text="Ranking")
    grid = page.locator('[data-testid="stDataFrame"]').nth(1)  # the evidence, under the matrix's grid
    grid.scroll_into_view_if_needed()
    # the grid's accessible headers are written after its canvas is drawn
    page.wait_for_function("() => (document.querySelectorAll('[data-testid=\"stDataFrame\"]')[1] || document.body)"
                           ".querySelectorAll('[role=\"columnheader\"]').length >= 4")
    headers = grid.locator('[role="columnheader"]').all_inner_texts()
    assert headers[:4] == ["Passage", "Cited", "From", "To"]  # short headers, the help says more (1280 px)
    box = grid.bounding_box()
    assert box
    with context.expect_page() as opened:  # the link column opens its link in a new tab
        # the 'Cited' column, right of the 190 px passage (render.signal_columns), on the first row
        page.mouse.click(box["x"] + 190 + 28, box["y"] + 80)
        page.mouse.click(box["x"] + 190 + 28, box["y"] + 80)
    tab = opened.value
    try:
        tab.set_default_timeout(20_000)
        tab.wait_for_load_state()
        assert tab.url.startswith(f"{app_server.url}/sources?source=") and "&span=" in tab.url
        wait_for_app(tab, text="characters")
        # the span in orange bold (render.HIGHLIGHT: a padded background read as spaces inside the quote)
        highlight = tab.locator('[data-testid="stMarkdownContainer"] strong')
        assert highlight.count() >= 1 and "Armenia" in " ".join(highlight.all_inner_texts())
        body, marked = tab.evaluate("""() => {
            const strong = [...document.querySelectorAll('[data-testid="stMarkdownContainer"] strong')]
                .find(e => e.innerText.includes('Armenia'));
            return [getComputedStyle(strong.closest('p') || strong.parentElement.parentElement).color,
                    getComputedStyle(strong).color];
        }""")
        assert marked != body, (marked, body)  # coloured, not the body's text colour
        screenshot(tab, "sources-passage")
        assert_clean(tab)
    finally:
        tab.close()


def test_deep_link_on_a_cold_server_keeps_the_filter(
    streamlit_server: Callable[..., StreamlitServer], chromium_browser: Browser
) -> None:
    server = streamlit_server(None, name="cold")
    ctx = chromium_browser.new_context(viewport={"width": 1280, "height": 800})
    try:
        page = ctx.new_page()
        open_page(page, f"{server.url}/members?country=Kazakhstan", text="Member states", timeout=60_000)
        assert page.locator('[data-testid="stSidebarNav"]').get_by_text("Stance matrix").count() == 1
        assert chosen(page, "country") == ["Kazakhstan"]
        expect_rows(page.locator('[data-testid="stDataFrame"]').first, 1)
    finally:
        ctx.close()
        server.stop()


# --- last: nothing went wrong on the server's side -------------------------------------------------------------


def test_server_log_has_no_exception(app_server: StreamlitServer) -> None:
    problems = app_server.log_problems()
    assert problems == [], "\n".join(problems[:40])
