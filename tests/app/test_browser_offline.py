"""Issue 12, "no request leaves for the internet": every page and a deep link load in Chromium with no request to
another host, no failed request and no console error.

Excluded by name: the framework's base-path probe on a deep link (`/<page>/_stcore/health` and
`/<page>/_stcore/host-config` answer 404 in any Streamlit app with st.navigation; /work/shared/notes/streamlit.md).
"""

from __future__ import annotations

import re
from urllib.parse import urlsplit

import pytest
from playwright.sync_api import Browser, ConsoleMessage, Request, Response, Route

from tests.browser import StreamlitServer, open_page

pytestmark = pytest.mark.browser

BASE_PATH_PROBE = re.compile(r"^/[^/]+/_stcore/(health|host-config)$")
ADDRESSES = [
    ("", "Findings"),
    ("/overview", "Findings"),
    ("/members", "Member states"),
    ("/members?profile=Kazakhstan&tab=Quotes", "Member states"),
    ("/matrix", "Ranking"),
    ("/matrix?cell_row=Armenia&cell_dim=Summit+participation&w_threat_framing=2", "Ranking"),
    ("/quotes", "Quote explorer"),
    ("/quotes?q=tokayev&country=Kazakhstan", "Quote explorer"),
    ("/timeline", "Timeline"),
    ("/sources?section=Codebook", "Sources & method"),
]


@pytest.mark.parametrize(("path", "text"), ADDRESSES, ids=[a[0] or "/" for a in ADDRESSES])
def test_page_loads_offline_without_errors(app_server: StreamlitServer, chromium_browser: Browser, path: str,
                                           text: str) -> None:
    host = urlsplit(app_server.url).netloc
    outside: list[str] = []
    failed: list[str] = []
    errors: list[str] = []

    def only_local(route: Route) -> None:  # the machine is offline in spirit: anything outside is refused
        if urlsplit(route.request.url).netloc != host:
            outside.append(route.request.url)
            route.abort()
        else:
            route.continue_()

    def on_failed(request: Request) -> None:
        if urlsplit(request.url).netloc == host:
            failed.append(f"{request.url} ({request.failure})")

    def on_response(response: Response) -> None:
        if response.status >= 400 and not BASE_PATH_PROBE.match(urlsplit(response.url).path):
            failed.append(f"{response.url} ({response.status})")

    def on_console(message: ConsoleMessage) -> None:
        if message.type == "error" and not BASE_PATH_PROBE.search(urlsplit(message.location.get("url", "")).path
                                                                  or ""):
            errors.append(f"{message.text} @ {message.location.get('url')}")

    context = chromium_browser.new_context(viewport={"width": 1280, "height": 800})
    try:
        context.route("**/*", only_local)
        page = context.new_page()
        page.on("requestfailed", on_failed)
        page.on("response", on_response)
        page.on("console", on_console)
        open_page(page, app_server.url + path, text=text)
        page.wait_for_timeout(1500)  # late requests (the favicon, map data)
    finally:
        context.close()
    assert outside == [], outside
    assert failed == [], failed
    # a 404 of the base-path probe is also logged by the browser as a console error naming its URL
    errors = [e for e in errors if not re.search(r"/_stcore/(health|host-config)", e)]
    assert errors == [], errors
