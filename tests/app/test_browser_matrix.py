"""The stance matrix in Chromium against the real server: a table of coloured cells (st.dataframe), not a plotly
chart (issue 17: the chart made the page's first visit load plotly's 4.6 MB bundle).

A click on a cell opens its evidence and puts the cell in the address and in the sidebar's link; the arrow keys
move the chosen cell (keyboard); the grid's accessible table names the rows, the full column labels and each
cell's text (screen readers); and neither a cold open of the page nor a switch to it fetches plotly's bundle
(the browser's Resource Timing, as benchmarks/browser.py records it).

Expected cells come from the YAML (tests/app/test_browser.py's readers); only where a cell is drawn on the grid's
canvas (its column widths) is read from the app's own figures.matrix_table, and the click's result is checked.
"""

from __future__ import annotations

import re
from functools import cache
from pathlib import Path

import pytest
from playwright.sync_api import Browser, Locator, Page

from alliance_monitor import cache as compiled_cache
from alliance_monitor import score, views
from alliance_monitor.app import figures
from tests.app.test_browser import (
    assert_clean,
    coded_cells,
    dimension_labels,
    expect_rows,
    load,
    query,
    same_address,
    state_names,
)
from tests.app.test_browser_link import LINK_BOX
from tests.browser import StreamlitServer, open_page, screenshot, wait_for_app, wait_idle

pytestmark = pytest.mark.browser

ROOT = Path(__file__).resolve().parents[2]
GRID = ".st-key-matrix_state_all"
HEADER_HEIGHT = 36
"""The grid's header row (CSS px; Streamlit's data grid default)."""


@cache
def state_rows() -> list[str]:
    """ISO-3 codes of the matrix's rows, in order: the states with a signal, in alliance.yaml's order."""
    coded = {state for state, _ in coded_cells()}
    return [s["iso3"] for s in load("alliance")["states"] if s["iso3"] in coded]


@cache
def configured_widths() -> tuple[int, int]:
    """(row label column, dimension column) widths the page configures for the states x all-evidence matrix."""
    loaded = compiled_cache.load(ROOT / "data", use_disk=False)
    assert loaded.compiled is not None
    tables = loaded.compiled.tables
    view = views.matrix_view(tables, "state", "all", score.default_weights(tables.dimensions))
    table = figures.matrix_table(view, loaded.compiled.dataset.alliance, 1.0, "State")
    return table.row_width, table.column_width


def cell_centre(page: Page, row: int, column: int | None) -> tuple[float, float]:
    """Where the grid draws a cell (row position, dimension position; None: the row's label), in page pixels.

    The grid is a canvas: rows are MATRIX_ROW_HEIGHT apart under the header; the columns have their configured
    widths, and a grid stretched to the page's width gives every column the same extra width."""
    canvas = page.locator(f'{GRID} canvas[data-testid="data-grid-canvas"]')
    canvas.scroll_into_view_if_needed()
    box = canvas.bounding_box()
    assert box
    row_width, column_width = configured_widths()
    columns = len(dimension_labels())
    extra = max(0.0, (box["width"] - row_width - columns * column_width) / (columns + 1))
    x = box["x"] + (row_width + extra) / 2 if column is None else \
        box["x"] + row_width + extra + (column + 0.5) * (column_width + extra)
    return x, box["y"] + HEADER_HEIGHT + (row + 0.5) * figures.MATRIX_ROW_HEIGHT


def selected_cells(page: Page) -> list[str]:
    """Texts of the cells the grid marks selected (its accessible table's aria-selected), as "row/column"."""
    return [str(c) for c in page.locator(f'{GRID} [role="gridcell"][aria-selected="true"]').evaluate_all(
        "cells => cells.map(c => c.id.replace('glide-cell-', ''))")]


def settled(page: Page) -> None:
    page.wait_for_timeout(600)
    wait_idle(page)


def grid_ready(page: Page) -> Locator:
    """The matrix's grid, once its accessible table holds its cells."""
    page.locator(f'{GRID} [role="gridcell"]').first.wait_for(state="attached")
    return page.locator(GRID)


# --- a click on a cell --------------------------------------------------------------------------------------


def test_clicking_a_cell_opens_its_evidence_and_puts_it_in_the_link(app_server: StreamlitServer, page: Page) -> None:
    cells = coded_cells()
    dims = list(dimension_labels())
    # the best-evidenced cell at 1280 px, then another at 1920 px (the grid is stretched wider there)
    best = max(cells.items(), key=lambda item: item[1])
    other = next(item for item in sorted(cells.items()) if item[0][1] != best[0][1])
    for (width, height), ((iso3, dimension), n) in zip([(1280, 800), (1920, 1080)], [best, other], strict=True):
        page.set_viewport_size({"width": width, "height": height})
        state, label = state_names()[iso3], dimension_labels()[dimension]
        open_page(page, f"{app_server.url}/matrix", text="Stance matrix")
        grid_ready(page)
        assert selected_cells(page) == []
        row, column = state_rows().index(iso3), dims.index(dimension)
        page.mouse.click(*cell_centre(page, row, column))
        page.wait_for_url(re.compile(r"cell_row="))
        wait_for_app(page, text=f"{state} · {label}")
        assert query(page) == {"cell_row": [state], "cell_dim": [label]}
        settled(page)
        link = page.locator(LINK_BOX).inner_text().strip()
        assert same_address(link, page.url), (link, page.url)  # the sidebar's "Link to this view"
        assert page.get_by_role("heading", name=f"{state} · {label}").is_visible()
        expect_rows(page.locator('[data-testid="stDataFrame"]').nth(1), n)  # the evidence, under the matrix
        assert selected_cells(page) == [f"{column + 1}-{row}"]  # (column 0 holds the row labels)
        page.mouse.move(0, 0)
        screenshot(page, "matrix-cell", full=True)
        assert_clean(page)


def test_a_link_to_a_cell_shows_it_selected_and_a_row_label_chooses_the_row(app_server: StreamlitServer,
                                                                             page: Page) -> None:
    open_page(page, f"{app_server.url}/matrix?cell_row=Armenia&cell_dim=Summit+participation", text="Ranking")
    grid_ready(page)
    row, column = state_rows().index("ARM"), list(dimension_labels()).index("summit_participation")
    assert selected_cells(page) == [f"{column + 1}-{row}"]
    # a click on another row's label chooses that row and keeps the dimension
    page.mouse.click(*cell_centre(page, state_rows().index("KAZ"), None))
    page.wait_for_url(re.compile(r"cell_row=Kazakhstan"))
    settled(page)
    assert query(page) == {"cell_row": [state_names()["KAZ"]], "cell_dim": ["Summit participation"]}
    assert selected_cells(page) == [f"{column + 1}-{state_rows().index('KAZ')}"]
    assert_clean(page)


# --- keyboard and screen readers ----------------------------------------------------------------------------


def test_the_matrix_works_from_the_keyboard_and_names_its_cells(app_server: StreamlitServer, page: Page) -> None:
    open_page(page, f"{app_server.url}/matrix", text="Ranking")
    grid = grid_ready(page)
    # what a screen reader reads: the grid's name, the row header and the full column labels, each cell's text
    region = grid.locator('[role="region"]').first
    assert "Stance matrix: states by codebook dimension" in str(region.get_attribute("aria-label"))
    headers = grid.locator('[role="columnheader"]').all_inner_texts()
    assert headers == ["State", *dimension_labels().values()]
    rows = grid.locator('tbody [role="row"]')
    assert rows.count() == len(state_rows())
    first = rows.first.locator('[role="gridcell"]').all_inner_texts()
    assert first[0] == state_names()[state_rows()[0]]
    for text, dimension in zip(first[1:], dimension_labels(), strict=True):
        n = coded_cells().get((state_rows()[0], dimension), 0)
        assert text == figures.NOT_CODED_TEXT if n == 0 else re.fullmatch(rf"[+-]\d+\.\d · n={n}", text), text
    # Tab reaches the grid (after its toolbar's buttons); the arrow keys then choose a cell, as a click does
    page.locator(".st-key-weights summary").focus()
    for _ in range(8):
        page.keyboard.press("Tab")
        if page.evaluate(f"() => document.activeElement.matches('{GRID} canvas')"):
            break
    else:
        pytest.fail("Tab never reached the matrix")
    page.keyboard.press("ArrowRight")
    page.wait_for_url(re.compile(r"cell_row="))
    settled(page)
    first_dim = next(iter(dimension_labels().values()))
    assert query(page) == {"cell_row": [state_names()[state_rows()[0]]], "cell_dim": [first_dim]}
    page.keyboard.press("ArrowDown")
    page.wait_for_url(re.compile(rf"cell_row={re.escape(state_names()[state_rows()[1]])}"))
    settled(page)
    assert query(page) == {"cell_row": [state_names()[state_rows()[1]]], "cell_dim": [first_dim]}
    assert page.get_by_role("heading", name=f"{state_names()[state_rows()[1]]} · {first_dim}").is_visible()
    assert_clean(page)


# --- no chart library ---------------------------------------------------------------------------------------

FETCHED = """() => performance.getEntriesByType('resource').map(e => e.name.split('/').pop())"""


def test_neither_a_cold_open_nor_a_switch_to_the_matrix_fetches_plotly(app_server: StreamlitServer,
                                                                      chromium_browser: Browser) -> None:
    """Issue 17: what the browser fetched (Resource Timing) for the matrix page holds no plotly bundle; it does hold
    the data grid's code, so the record is read right."""
    for how in ("cold", "switch"):
        context = chromium_browser.new_context(viewport={"width": 1280, "height": 800})  # an empty cache
        try:
            page = context.new_page()
            page.set_default_timeout(30_000)
            if how == "cold":
                open_page(page, f"{app_server.url}/matrix", text="Ranking")
            else:
                open_page(page, app_server.url, text="Findings")  # the Overview, as the benchmark's switch
                page.evaluate("() => performance.clearResourceTimings()")
                page.locator('[data-testid="stSidebarNav"] a', has_text="Stance matrix").click()
                page.wait_for_url(re.compile(r"/matrix"))
                wait_for_app(page, text="Ranking")
            grid_ready(page)
            page.wait_for_timeout(500)  # anything the drawing fetches late
            fetched = [str(name) for name in page.evaluate(FETCHED)]
            if how == "cold":
                assert any(name.startswith("DataFrame.") for name in fetched), fetched
            assert not [name for name in fetched if "plotly" in name.lower()], (how, fetched)
        finally:
            context.close()
