"""Markup that arrives through a link never reaches the page as markup (issue: a crafted link on the publisher's own
address rendered a live link, an image, colour and a formula in the "no quote matches" notice).

Every page is opened with the same hostile value in every parameter it reads, and in the global filters. In
AppTest, no Markdown the page sends (titles, captions, notices, widget labels and help) may carry the value's
Markdown unescaped; in a real Chromium, no link, image, frame, formula or coloured text may be made of it.
"""

from __future__ import annotations

import re
import urllib.parse
from typing import Any

import pytest

from tests.apptest_support import PAGES, open_app, prepare

HOSTILE = ("zzqx [urgent notice](https://example.invalid/x) ![pixel](https://example.invalid/p.png) "
           ":red[alarm] $x^2$ <b>bold</b> <iframe src=https://example.invalid/f></iframe> www.example.invalid")
# Each live form the value could take, as Markdown: if one of these reaches a Markdown body raw, it renders.
LIVE = ["](https://example.invalid", "![pixel]", ":red[", "$x^2$", "<iframe", "www.example.invalid"]

# the parameters each page reads (dashboard.py's global filters on every page)
PARAMS: dict[str, list[str]] = {
    "overview": [],
    "members": ["profile", "tab"],
    "matrix": ["rows", "kind", "cell_row", "cell_dim", "w_threat_framing"],
    "quotes": ["q", "in", "source", "dimension", "from", "to", "sort", "page"],
    "timeline": [],
    "sources": ["section", "page", "source", "span"],
}
GLOBAL = ["country", "speaker", "not_a_parameter"]


@pytest.fixture(autouse=True)
def _prepared(monkeypatch: pytest.MonkeyPatch) -> None:
    prepare(monkeypatch)


def _bodies(node: Any) -> list[str]:
    """Every Markdown string in a tree of AppTest elements: bodies, labels, help and placeholders."""
    found = []
    proto = getattr(node, "proto", None)
    # st.text's body is shown literally, never as Markdown (the sidebar's "Link to this view" carries the URL there)
    if proto is not None and type(proto).__name__ != "Text":
        for name in ("body", "label", "help", "placeholder"):
            value = getattr(proto, name, None)
            if isinstance(value, str) and value:
                found.append(value)
    for child in getattr(node, "children", {}).values() if isinstance(getattr(node, "children", None), dict) else []:
        found += _bodies(child)
    return found


@pytest.mark.parametrize("page", list(PAGES))
def test_no_markdown_from_a_link_reaches_the_page(page: str) -> None:
    params = {key: HOSTILE for key in PARAMS[page] + GLOBAL}
    at = open_app(page, params)
    assert not at.exception, [e.message for e in at.exception]
    bodies = _bodies(at._tree)
    assert any("Ignored from the link" in b for b in bodies), "the hostile values were not even reported"
    live = [(form, body[:160]) for body in bodies for form in LIVE if form in body]
    assert live == []


def test_the_named_case_no_match_notice_is_literal() -> None:
    """The reported case: a search that matches nothing, with a Markdown link in it."""
    at = open_app("quotes", {"q": "zzqx [urgent notice](https://example.invalid/x)"})
    notices = [i.proto.body for i in at.info]
    assert notices and any("zzqx" in n for n in notices)
    assert not any("](https://" in n or re.search(r"\[urgent notice\]", n) for n in notices), notices


# --- in a real browser ----------------------------------------------------------------------------------------

FIND_MADE = """() => {
  const bad = [];
  for (const a of document.querySelectorAll('a[href]')) {
    if (/example\\.invalid/.test(a.getAttribute('href'))) bad.push(`<a href=${a.getAttribute('href')}>`);
  }
  for (const el of document.querySelectorAll('img[src], iframe, video, audio, source')) {
    if (/example\\.invalid/.test(el.getAttribute('src') || '')) bad.push(`<${el.tagName.toLowerCase()}>`);
  }
  if (document.querySelector('iframe:not([title])')) bad.push('an iframe');
  if (document.querySelector('.katex, .katex-display')) bad.push('a formula');
  for (const el of document.querySelectorAll('span, b, strong')) {
    const style = (el.getAttribute('style') || '') + ' ' + (el.className || '');
    const styled = /red|color|strong|B/.test(style + el.tagName);
    if (/alarm|bold/.test(el.textContent) && el.textContent.length < 20 && styled) {
      bad.push(`styled "${el.textContent}"`);
    }
  }
  return bad;
}"""


@pytest.mark.browser
@pytest.mark.parametrize("page", list(PAGES))
def test_no_element_is_made_from_a_link_in_a_browser(page: str, app_server: Any, chromium_browser: Any) -> None:
    from tests.browser import app_exceptions, open_page

    query = urllib.parse.urlencode([(key, HOSTILE) for key in PARAMS[page] + GLOBAL])
    path = "" if page == "overview" else page
    tab = chromium_browser.new_page(viewport={"width": 1280, "height": 800})
    requests: list[str] = []
    tab.on("request", lambda request: requests.append(request.url))
    try:
        open_page(tab, f"{app_server.url}/{path}?{query}", text="Ignored from the link")
        assert app_exceptions(tab) == []
        assert tab.evaluate(FIND_MADE) == []
        assert "zzqx" in tab.inner_text("body")  # the value is shown, as text
        # nothing was fetched from it (the page's own address carries the value: look at the hosts asked)
        assert [r for r in requests if (urllib.parse.urlsplit(r).hostname or "").endswith("example.invalid")] == []
    finally:
        tab.close()
