"""Issue 12, "the link is the view", in Chromium against the real server: after every kind of interaction on every
page (filters, a table row, a tab, a matrix cell, evidence radios, a weight slider stepped quickly, a search) the
sidebar's "Link to this view" equals `location.href` in the same rerun, and the link opened in a fresh browser
context shows the same main area (its rendered text).
"""

from __future__ import annotations

import re
import time

import pytest
from playwright.sync_api import Browser, BrowserContext, Page

from tests.app.test_browser import query, same_address, state_names
from tests.browser import StreamlitServer, app_exceptions, open_page, wait_for_app, wait_idle

pytestmark = pytest.mark.browser

LINK_BOX = '[data-testid="stSidebar"] [data-testid="stText"]'


def link_box(page: Page) -> str:
    return page.locator(LINK_BOX).inner_text().strip()


def settled(page: Page) -> None:
    """Wait for the rerun an interaction started (it starts a moment later), then for the app to be idle."""
    page.wait_for_timeout(600)
    wait_idle(page)


def assert_link_is_address(page: Page, step: str) -> None:
    settled(page)
    shown = link_box(page)
    assert same_address(shown, page.url), f"after {step}: link box {shown!r}, address {page.url!r}"
    assert app_exceptions(page) == [], step


def main_text(page: Page) -> str:
    return page.locator('[data-testid="stMain"]').inner_text()


def assert_link_reopens_the_view(browser: Browser, page: Page, heading: str) -> None:
    """The link box's URL opened in a fresh context (no session, no history) shows the same main area."""
    link = link_box(page)
    fresh: BrowserContext = browser.new_context(viewport={"width": 1280, "height": 800})
    try:
        other = fresh.new_page()
        open_page(other, link, text=heading)
        settled(other)
        assert same_address(other.url, link)
        assert main_text(other) == main_text(page)
    finally:
        fresh.close()


def choose(page: Page, key: str, option: str) -> None:
    """Pick `option` in the sidebar multiselect with this key."""
    page.locator(f".st-key-{key} input").click()
    page.get_by_role("option", name=option, exact=True).click()
    page.keyboard.press("Escape")


def test_overview_and_timeline_filters(app_server: StreamlitServer, chromium_browser: Browser, page: Page) -> None:
    open_page(page, app_server.url, text="Findings")
    assert_link_is_address(page, "opening")
    choose(page, "country", state_names()["ARM"])
    assert_link_is_address(page, "a country chosen")
    assert_link_reopens_the_view(chromium_browser, page, "Findings")
    page.locator('[data-testid="stSidebarNav"] a', has_text="Timeline").click()
    page.wait_for_url(re.compile(r"/timeline"))
    wait_for_app(page, text="Timeline")
    assert_link_is_address(page, "another page")
    assert_link_reopens_the_view(chromium_browser, page, "Timeline")
    # the speaker filter applies to the events that name the speaker (issue 12)
    choose(page, "speaker", "Vladimir Putin")
    page.wait_for_url(re.compile(r"[?&]speaker="))
    assert_link_is_address(page, "a speaker chosen on the timeline")
    assert page.get_by_text("Speaker filter: events that name a selected speaker").count() == 1
    assert_link_reopens_the_view(chromium_browser, page, "Timeline")


def test_members_row_and_tab(app_server: StreamlitServer, chromium_browser: Browser, page: Page) -> None:
    open_page(page, app_server.url + "/members", text="Member states")
    table = page.locator('[data-testid="stDataFrame"]').first
    box = table.bounding_box()
    assert box
    page.mouse.click(box["x"] + 16, box["y"] + 35 + 18)  # the first row's checkbox
    page.wait_for_url(re.compile(r"[?&]profile="))
    assert_link_is_address(page, "a row ticked")
    page.get_by_role("tab", name="Quotes").click()
    page.wait_for_url(re.compile(r"[?&]tab=Quotes"))
    assert_link_is_address(page, "a tab clicked")
    assert_link_reopens_the_view(chromium_browser, page, "Member states")


def ticked_rows(page: Page) -> list[str]:
    """The state of each row the member table shows ticked (its accessible table's aria-selected rows; a row's
    text begins with the state's name, the first column)."""
    rows = page.locator('[data-testid="stDataFrame"] [role="row"][aria-selected="true"]').all_inner_texts()
    return [name for row in rows for name in state_names().values() if row.strip().startswith(name)]


def wait_ticked(page: Page, expected: list[str], timeout_s: float = 10) -> None:
    """The grid draws its accessible rows a moment after the run ends: poll for the expected ticks."""
    deadline = time.monotonic() + timeout_s
    while ticked_rows(page) != expected and time.monotonic() < deadline:
        page.wait_for_timeout(100)
    assert ticked_rows(page) == expected


def test_a_profile_from_the_link_or_the_selectbox_ticks_its_row(app_server: StreamlitServer, page: Page) -> None:
    """The table shows which profile is open however it was opened: by a link, a row, or the selectbox."""
    open_page(page, app_server.url + "/members?profile=Kazakhstan", text="coded signals")
    wait_ticked(page, ["Kazakhstan"])
    page.get_by_role("combobox", name="State profile").click()
    page.keyboard.type("Armenia")
    page.keyboard.press("Enter")
    page.wait_for_url(re.compile(r"[?&]profile=Armenia"))
    settled(page)
    wait_ticked(page, ["Armenia"])
    assert_link_is_address(page, "a profile chosen in the selectbox")


def test_matrix_cell_evidence_and_weights(app_server: StreamlitServer, chromium_browser: Browser,
                                          page: Page) -> None:
    open_page(page, app_server.url + "/matrix?cell_row=Armenia&cell_dim=Summit+participation", text="Ranking")
    # the rhetoric view has no summit column: the cell leaves the view, so it leaves the address (and stays out)
    page.get_by_text("Rhetoric (what is said)").click()
    assert_link_is_address(page, "rhetoric chosen")
    page.get_by_text("All evidence").click()
    assert_link_is_address(page, "all evidence chosen again")
    assert "cell_dim=" not in page.url
    # a click on a coded cell (the grid's fourth row, third dimension)
    from tests.app.test_browser_matrix import cell_centre

    page.mouse.click(*cell_centre(page, 3, 2))
    page.wait_for_url(re.compile(r"cell_row="))
    assert_link_is_address(page, "a cell clicked")
    # a weight slider stepped several times quickly
    page.locator(".st-key-weights summary").click()
    slider = page.get_by_role("slider").first
    slider.wait_for(state="visible")
    slider.focus()
    for _ in range(5):
        page.keyboard.press("ArrowRight")
    page.wait_for_url(re.compile(r"w_"))
    settled(page)
    assert_link_is_address(page, "a slider stepped")
    # closed again (the fresh page opens with it closed); a click during a rerun can be lost, so until it is
    for _ in range(3):
        if page.locator(".st-key-weights details[open]").count() == 0:
            break
        page.locator(".st-key-weights summary").click()
        settled(page)
    page.mouse.move(0, 0)
    assert_link_reopens_the_view(chromium_browser, page, "Ranking")
    weights = {k: v for k, v in query(page).items() if k.startswith("w_")}
    assert weights
    # to another page and back: the other page's address (and link) does not carry the matrix's weights, which
    # change nothing there; the session keeps them, and the matrix shows them again
    page.locator('[data-testid="stSidebarNav"] a', has_text="Member states").click()
    page.wait_for_url(re.compile(r"/members"))
    wait_for_app(page, text="Member states")
    assert_link_is_address(page, "on to another page")
    assert "w_" not in page.url and page.get_by_text("This link carries custom weights").count() == 0
    page.locator('[data-testid="stSidebarNav"] a', has_text="Stance matrix").click()
    page.wait_for_url(re.compile(r"/matrix.*w_"))
    wait_for_app(page, text="Ranking")
    assert_link_is_address(page, "back on the matrix")
    assert {k: v for k, v in query(page).items() if k.startswith("w_")} == weights
    assert page.get_by_text("Custom weights, not the codebook's").count() == 1


def test_custom_weights_in_a_link_to_another_page(app_server: StreamlitServer, chromium_browser: Browser,
                                                 page: Page) -> None:
    """Issue 12: a page that uses the codebook's weights while its link carries custom ones says so, keeps them in
    its link, and leads on to the matrix with them."""
    open_page(page, app_server.url + "/members?w_threat_framing=2", text="Member states")
    settled(page)
    notice = page.get_by_text("This link carries custom weights: Threat framing 2.00 (codebook 1.00).")
    assert notice.count() == 1 and page.get_by_text("Ignored from the link").count() == 0
    assert "w_threat_framing=2" in page.url
    assert_link_is_address(page, "a link with custom weights")
    assert_link_reopens_the_view(chromium_browser, page, "Member states")
    page.get_by_role("link", name="Open the Stance matrix with them").click()
    page.wait_for_url(re.compile(r"/matrix\?.*w_threat_framing=2"))
    wait_for_app(page, text="Ranking")
    assert_link_is_address(page, "on to the matrix")
    assert page.get_by_text("Custom weights, not the codebook's: Threat framing 2.00").count() == 1


def test_quotes_search_and_sources_section(app_server: StreamlitServer, chromium_browser: Browser,
                                           page: Page) -> None:
    open_page(page, app_server.url + "/quotes", text="Quote explorer")
    search = page.locator(".st-key-q input")
    search.fill("tokayev")
    search.press("Enter")
    page.wait_for_url(re.compile(r"[?&]q=tokayev"))
    assert_link_is_address(page, "a search")
    assert_link_reopens_the_view(chromium_browser, page, "Quote explorer")
    open_page(page, app_server.url + "/sources", text="Sources & method")
    page.get_by_role("tab", name="Codebook").click()
    page.wait_for_url(re.compile(r"section=Codebook"))
    assert_link_is_address(page, "a section chosen")
    assert_link_reopens_the_view(chromium_browser, page, "Sources & method")


def test_overview_has_an_address_of_its_own(app_server: StreamlitServer, page: Page) -> None:
    open_page(page, app_server.url + "/overview?country=KAZ", text="Findings")
    settled(page)
    assert page.get_by_text("Page not found").count() == 0
    assert "country=Kazakhstan" in page.url  # the ISO code was read as the state and the address rewritten
    assert same_address(link_box(page), page.url)


def test_the_link_at_the_root_is_the_address_as_written(app_server: StreamlitServer, page: Page) -> None:
    """The same string as the address bar, not only the same address: at the root the browser writes "/?..."
    (the screenshot review found "http://host:port?data=..." in the box)."""
    open_page(page, app_server.url + "/?country=Kazakhstan", text="Findings")
    settled(page)
    assert link_box(page) == page.url
