"""Every page: "Cite this view" (text, BibTeX, CSL-JSON of the view's link), the data version in the link, and a
notice when a link was made on another version (issue 16); link values read in Unicode NFC (issue 13)."""

from __future__ import annotations

import json
import unicodedata

import pytest

from tests.apptest_support import PAGES, Data, open_app, plain, prepare
from tests.conftest import FICTIONAL_DATA

VERSION = Data.alliance()["dataset"]["version"]


@pytest.fixture(autouse=True)
def _prepared(monkeypatch: pytest.MonkeyPatch) -> None:
    prepare(monkeypatch)


def _open_citation(page: str, params: dict[str, str]) -> list[str]:
    at = open_app(page, params)
    at.session_state["cite"] = True  # the popover opened
    at.run()
    assert not at.exception
    return [str(t.value) for t in at.text]


@pytest.mark.parametrize("page", list(PAGES))
def test_every_page_cites_its_view_with_the_version_and_link(page: str) -> None:
    texts = _open_citation(page, {"country": "Kazakhstan"})
    line = next(t for t in texts if "accessed" in t)
    assert f"Version {VERSION}" in line and "country=Kazakhstan" in line and f"data={VERSION}" in line
    bibtex = next(t for t in texts if t.startswith("@"))
    assert f"version = {{{VERSION}}}" in bibtex or VERSION in bibtex
    csl = json.loads(next(t for t in texts if t.lstrip().startswith("[")))
    assert csl[0]["version"] == VERSION and "country=Kazakhstan" in csl[0]["URL"]


def test_the_citation_is_drawn_only_when_opened() -> None:
    at = open_app("quotes", {})
    assert not any("accessed" in str(t.value) for t in at.text)


def test_the_address_carries_the_data_version() -> None:
    at = open_app("quotes", {"q": "threats"})
    assert at.query_params["data"] == VERSION
    assert not any("Ignored from the link" in w.value for w in at.warning)


@pytest.mark.parametrize(("linked", "says"), [("0.0.1", "made on version 0.0.1"),
                                              ("99.0.0", "newer than the version served"),
                                              ("not-a-version [x](https://example.invalid)", "not a version")])
def test_a_link_from_another_version_says_so_and_names_both(linked: str, says: str) -> None:
    at = open_app("quotes", {"data": linked, "q": "threats"})
    assert not at.exception
    notices = [plain(i.value) for i in at.info]
    notice = next(n for n in notices if "version" in n)
    assert says in notice and VERSION in notice and "changelog" in notice
    assert "](https://" not in " ".join(i.value for i in at.info)  # shown literally
    assert at.query_params["data"] == VERSION  # the address now names the version served
    at.run()  # the notice stays with the session
    assert any(says in plain(i.value) for i in at.info)


def test_a_link_on_this_version_has_no_notice() -> None:
    at = open_app("quotes", {"data": VERSION})
    assert not [i for i in at.info if "version" in i.value]


@pytest.mark.parametrize("key", ["speaker", "q"])
def test_a_link_in_decomposed_unicode_reads_as_the_data(key: str, monkeypatch: pytest.MonkeyPatch) -> None:
    """A name pasted in NFD (some systems paste so) selects the record, as the NFC name does, and is searched as
    written; the address is rewritten to the composed form. (The fictional alliance: its speakers carry accents.)"""
    monkeypatch.setenv("ALLIANCE_MONITOR_DATA", str(FICTIONAL_DATA))
    name = "Jón Einarsson"
    decomposed = unicodedata.normalize("NFD", name)
    assert decomposed != name
    at = open_app("quotes", {key: decomposed})
    assert not at.exception
    assert not any("Ignored from the link" in w.value for w in at.warning), [w.value for w in at.warning]
    assert at.query_params[key] == name
