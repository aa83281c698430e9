"""Tables fit a 1280x800 window (issue 12): no column cut off, no raw ids where a label exists.

Streamlit's tables (glide-data-grid) draw their cells on a canvas, so a cut-off column is seen in the grid's
scroller: it scrolls sideways (scrollWidth > clientWidth) exactly when the columns are wider than the table. Each
table is measured on the page that shows it, in the real browser, with the bundled data.
"""

from __future__ import annotations

import pytest
from playwright.sync_api import Page

from tests.browser import StreamlitServer, open_page, screenshot

pytestmark = pytest.mark.browser

MILITARY = "Military%20cooperation%20and%20troops"
TABLES = {
    # name: (address, which table of the page, a header every such table must show)
    "member table": ("members", 0, "Status"),
    "profile signals": ("members?profile=Armenia&tab=Signals", 1, "Passage"),
    "profile events": ("members?profile=Kazakhstan&tab=Events", 1, "Kind"),
    "codebook": ("sources?section=Codebook", 0, "Definition"),
    # the stance matrix is a grid too (the page's first), its evidence the second
    "stance matrix": ("matrix", 0, "Military cooperation and troops"),
    "matrix evidence": (f"matrix?cell_row=Armenia&cell_dim={MILITARY}", 1, "Passage"),
    "timeline": ("timeline", 0, "Passage"),
}

MEASURE = """(index) => {
  const frame = document.querySelectorAll('[data-testid="stDataFrame"]')[index];
  const scroller = frame && frame.querySelector('.dvn-scroller');
  return scroller ? [scroller.scrollWidth, scroller.clientWidth] : null;
}"""


@pytest.mark.parametrize("name", list(TABLES))
def test_every_column_of_the_table_fits_at_1280(app_server: StreamlitServer, page: Page, name: str) -> None:
    path, index, header = TABLES[name]
    open_page(page, f"{app_server.url}/{path}", testid="stDataFrame")
    page.wait_for_function(f"document.querySelectorAll('[data-testid=\"stDataFrame\"]').length > {index}")
    page.wait_for_timeout(500)  # the grid sizes its columns after its first frame
    widths = page.evaluate(MEASURE, index)
    assert widths is not None, f"{name}: no grid"
    scroll, client = widths
    screenshot(page, f"table-{name.replace(' ', '-')}")
    assert scroll <= client, f"{name}: columns {scroll} px wide in a table of {client} px (a column is cut off)"
    # glide-data-grid keeps an accessible copy of the grid in the DOM: its headers are the configured labels
    headers = page.locator('[data-testid="stDataFrame"]').nth(index).locator('[role="columnheader"]').all_inner_texts()
    assert header in [h.strip() for h in headers]
    assert not {"iso3", "ISO", "kind", "dimension"} & {h.strip() for h in headers}
