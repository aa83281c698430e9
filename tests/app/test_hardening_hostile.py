"""Hostile text: the real server on tests/fixtures/hostile/, every page in a real Chromium.

The fixture's names, roles, notes, titles, labels, quotes and seed hold HTML, `<script>`, `javascript:` links,
Markdown, LaTeX, Streamlit shortcodes, arrows, right-to-left text, zero-width characters and a 10,000-character
word (see tests/fixtures/hostile/build.py). On every page (each tab in turn, expanders open, a member profile
open, a matrix cell chosen) the text must appear exactly as written, nothing from the data may become an element
or an attribute, and nothing may overflow horizontally: the long word wraps or scrolls inside its own box.

The comparison removes U+2060 WORD JOINER from the page's text: render.literal puts this invisible, zero-width
character inside `:name:`, arrows and `//` so that Streamlit's Markdown leaves them alone; it changes nothing a
reader sees. The data holds none, so nothing from the data is hidden by removing it.
"""

from __future__ import annotations

import urllib.parse
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import Any

import pytest

from alliance_monitor.validate import validate
from tests.fixtures.hostile.build import HOSTILE, build

pytestmark = pytest.mark.browser

if TYPE_CHECKING := False:
    from playwright.sync_api import Browser, Page

    from tests.browser import StreamlitServer

HOSTILE_DATA = Path(__file__).resolve().parents[1] / "fixtures" / "hostile" / "data"
WORD_JOINER = "\u2060"

# Everything on the page that came from the data and is not plain text: run in the page.
FIND_INJECTED = """() => {
  const bad = [];
  for (const el of document.querySelectorAll('*')) {
    for (const a of el.attributes) {
      const name = a.name.toLowerCase(), value = a.value.trim().toLowerCase();
      if (name.startsWith('on')) bad.push(`${el.tagName} has ${name}="${a.value.slice(0, 60)}"`);
      if (/^(javascript|vbscript|data:text\\/html)/.test(value)) {
        bad.push(`${el.tagName} ${name}="${a.value.slice(0, 60)}"`);
      }
    }
  }
  for (const s of document.querySelectorAll('script')) {
    if (/pwned|alert\\(/.test(s.textContent)) bad.push('a <script> from the data');
  }
  const made = (selector, pattern) => [...document.querySelectorAll(selector)]
    .filter(el => pattern.test(el.textContent) && el.textContent.length < 60)
    .map(el => `<${el.tagName.toLowerCase()}> "${el.textContent}"`);
  bad.push(...made('b, strong', /bold/), ...made('i, em', /hover|italic/), ...made('code', /not code/),
           ...made('h1, h2, h3, h4, h5, h6', /not a heading/),
           ...made('a', /^(click|a link|https:\\/\\/example\\.org|www\\.example\\.org|mail@example\\.org)$/));
  if (document.querySelector('img[src="x"]')) bad.push('<img src=x>');
  if (document.querySelector('.katex, .katex-display')) bad.push('LaTeX was rendered');
  return bad;
}"""

OVERFLOW = """() => {
  const over = [];
  const root = document.documentElement;
  if (root.scrollWidth > window.innerWidth) over.push(`document ${root.scrollWidth} > ${window.innerWidth}`);
  for (const id of ['stMain', 'stMainBlockContainer', 'stSidebarContent', 'stSidebarUserContent']) {
    const el = document.querySelector(`[data-testid="${id}"]`);
    if (el && el.scrollWidth > el.clientWidth + 1) over.push(`${id} ${el.scrollWidth} > ${el.clientWidth}`);
  }
  return over;
}"""


def _names() -> dict[str, Any]:
    built = build()
    return {
        "norway": built["alliance"]["states"][0]["name"],
        "cell_row": built["alliance"]["states"][1]["name"],
        "cell_dim": built["codebook"]["dimensions"][0]["label"],
        "source": built["sources"][0]["id"],
        "seed_length": len(built["seed"]),
    }


def _link(path: str, **params: str) -> str:
    return path + ("?" + urllib.parse.urlencode(params) if params else "")


PAGES: dict[str, Callable[[dict[str, Any]], str]] = {
    "overview": lambda n: "/",
    "members": lambda n: _link("/members", country=n["norway"]),
    "matrix": lambda n: _link("/matrix", cell_row=n["cell_row"], cell_dim=n["cell_dim"]),
    "quotes": lambda n: "/quotes",
    "timeline": lambda n: "/timeline",
    "sources": lambda n: "/sources",
    # the passage view with the whole hostile seed as its span: every string highlighted, still literal
    "passage": lambda n: _link("/sources", source=n["source"], span=f"0-{n['seed_length']}"),
}
TITLES = {"overview": "who follows", "members": "Member states", "matrix": "Stance matrix",
          "quotes": "Quote explorer", "timeline": "Timeline", "sources": "Sources & method",
          "passage": "Sources & method"}

RESULTS: dict[str, str] = {}


def test_the_hostile_fixture_is_valid() -> None:
    report = validate(HOSTILE_DATA)
    assert report.ok, "\n".join(map(str, report.problems))
    assert len(HOSTILE["long-word"]) >= 10_000


@pytest.fixture(scope="module")
def hostile_server(streamlit_server: Callable[..., StreamlitServer], chromium_browser: Browser) -> StreamlitServer:
    from tests.browser import open_page

    server = streamlit_server(HOSTILE_DATA, name="hostile")
    page = chromium_browser.new_page()
    try:  # warm-up: the first visit loads the dataset (and starts the session routing on the root page)
        open_page(page, server.url, testid="stHeading", timeout=60_000)
    finally:
        page.close()
    return server


def _open_expanders(page: Page) -> None:
    """Open every expander, one at a time: a lazy one draws its content in the rerun its click starts."""
    from tests.browser import wait_for_app, wait_idle

    summaries = page.locator('[data-testid="stExpander"] summary')
    details = page.locator('[data-testid="stExpanderDetails"]')
    for index in range(summaries.count()):
        summaries.nth(index).click()
        page.wait_for_function(
            "i => { const d = document.querySelectorAll('[data-testid=\"stExpanderDetails\"]')[i];"
            " return d && d.innerText.trim().length > 0; }", arg=index)
        wait_idle(page)
    assert details.count() == summaries.count()
    page.mouse.move(0, 0)
    wait_for_app(page)


def _views(page: Page, name: str) -> Iterator[str]:
    """Bring up every view of the page in turn (each tab, its expanders open, a member profile open), yielding
    the tab's label ("" for a page without tabs)."""
    from tests.browser import wait_for_app

    if name == "members":
        # the link filters the table to one state; its row's checkbox opens the profile
        table = page.locator('[data-testid="stDataFrame"]').first
        table.wait_for(state="visible")
        box = table.bounding_box()
        assert box
        page.mouse.click(box["x"] + 16, box["y"] + box["height"] - 18)
        wait_for_app(page, text="coded signals")
    labels = page.get_by_role("tab").all_inner_texts()
    for label in labels or [""]:
        if label:
            page.get_by_role("tab", name=label, exact=True).click()
            page.wait_for_function(
                "l => [...document.querySelectorAll('[role=\"tab\"]')].some("
                "t => t.innerText.trim() === l && t.getAttribute('aria-selected') === 'true')", arg=label)
            wait_for_app(page)
        _open_expanders(page)
        yield label


@pytest.mark.parametrize("name", list(PAGES))
def test_hostile_text_is_shown_exactly_and_injects_nothing(hostile_server: StreamlitServer, page: Page,
                                                            name: str) -> None:
    from tests.browser import app_exceptions, open_page, screenshot

    open_page(page, hostile_server.url + PAGES[name](_names()), text=TITLES[name], timeout=60_000)
    texts: list[str] = []
    injected: list[str] = []
    overflow: list[str] = []
    for label in _views(page, name):
        screenshot(page, f"hostile-{name}" + (f"-{label.lower()}" if label else ""), full=True)
        assert app_exceptions(page) == []
        texts.append(str(page.evaluate("document.body.innerText")).replace(WORD_JOINER, ""))
        injected += [f"{label}: {bad}" for bad in page.evaluate(FIND_INJECTED)]
        overflow += [f"{label}: {over}" for over in page.evaluate(OVERFLOW)]
    text = "\n".join(texts)
    missing = [key for key, value in HOSTILE.items() if value not in text]
    RESULTS[name] = (f"{len(HOSTILE) - len(missing)}/{len(HOSTILE)} strings exact, "
                     f"{len(injected)} injected, {len(overflow)} overflowing")
    assert not missing, f"{name}: not shown exactly: {missing}"
    assert not injected, f"{name}: made from the data: {injected}"
    assert not overflow, f"{name}: horizontal overflow: {overflow}"


def test_the_server_logged_no_error(hostile_server: StreamlitServer, hardening_figure: Callable[[str], None]) -> None:
    problems = hostile_server.log_problems()
    if RESULTS:
        hardening_figure("hostile fixture: " + "; ".join(f"{k} {v}" for k, v in RESULTS.items()))
    assert not problems, "\n".join(problems[:20])
