"""Links across pages (AppTest, real data): the global filters come from the URL, survive a page switch and keep
filtering; unknown values and parameters are reported and ignored on every page; a deep link opens its page."""

from __future__ import annotations

import pytest

from tests.apptest_support import (
    IGNORED,
    PAGES,
    Data,
    markdowns,
    open_app,
    prepare,
    shown_quotes,
    switch,
    warnings,
)

TOKAYEV = "Kassym-Jomart Tokayev"


@pytest.fixture(autouse=True)
def _app(monkeypatch: pytest.MonkeyPatch) -> None:
    prepare(monkeypatch)


def test_filters_from_the_link_hold_on_every_page() -> None:
    at = open_app("overview", {"country": "Kazakhstan", "speaker": TOKAYEV})
    assert not at.exception and not warnings(at)
    assert (at.multiselect(key="country").value, at.multiselect(key="speaker").value) == (["KAZ"], ["tokayev"])

    switch(at, "quotes")
    assert not at.exception
    assert (at.multiselect(key="country").value, at.multiselect(key="speaker").value) == (["KAZ"], ["tokayev"])
    assert set(shown_quotes(at)) == Data.quotes_for_country("KAZ") & Data.quotes_by("tokayev")
    version = Data.alliance()["dataset"]["version"]
    assert dict(at.query_params) == {"country": "Kazakhstan", "speaker": TOKAYEV, "data": version}  # still in the URL

    switch(at, "members")
    assert not at.exception and list(at.dataframe[0].value["iso3"]) == ["KAZ"]
    switch(at, "matrix")
    assert not at.exception and at.selectbox(key="cell_row").options == ["Kazakhstan"]
    switch(at, "timeline")
    # both filters hold on events too (issue 12): Kazakhstan's events that name Tokayev
    assert not at.exception and set(at.dataframe[0].value.index) == \
        Data.events_for("KAZ") & Data.events_naming("tokayev")
    switch(at, "overview")
    assert not at.exception and at.multiselect(key="country").value == ["KAZ"]


def test_filter_chosen_in_the_sidebar_holds_after_a_page_switch() -> None:
    at = open_app("quotes")
    at.multiselect(key="speaker").select("putin").run()
    assert set(shown_quotes(at)) == Data.quotes_by("putin")
    switch(at, "members")
    switch(at, "quotes")
    assert not at.exception
    assert at.multiselect(key="speaker").value == ["putin"]
    assert set(shown_quotes(at)) == Data.quotes_by("putin")


def test_link_to_this_view_carries_the_filters() -> None:
    at = open_app("quotes", {"country": ["Kazakhstan", "Armenia"], "speaker": TOKAYEV, "q": "alarms"})
    link = str(at.sidebar.text[0].value)
    # AppTest has no page address (st.context.url is empty), so the link is the query string alone
    version = Data.alliance()["dataset"]["version"]
    assert link == f"?country=Kazakhstan&country=Armenia&speaker=Kassym-Jomart+Tokayev&q=alarms&data={version}"
    switch(at, "timeline")
    assert str(at.sidebar.text[0].value).startswith("?country=Kazakhstan&country=Armenia&speaker=")


@pytest.mark.parametrize("page", list(PAGES))
def test_unknown_values_and_parameters_are_reported_on_every_page(page: str) -> None:
    at = open_app(page, {"country": ["Atlantis", "Armenia"], "speaker": "Nobody", "colour": "red"})
    assert not at.exception
    notices = warnings(at)
    assert f"{IGNORED} (no such value in the data): country 'Atlantis'; speaker 'Nobody'." in notices
    assert f"{IGNORED}: parameter 'colour'." in notices
    assert not [n for n in notices if "Armenia" in n]
    assert at.multiselect(key="country").value == ["ARM"] and at.multiselect(key="speaker").value == []
    assert at.title  # the page itself is drawn


def test_many_unknown_values_are_summed_up() -> None:
    at = open_app("overview", {"country": [f"Atlantis {i}" for i in range(7)]})
    assert not at.exception
    notice = next(n for n in warnings(at) if n.startswith(IGNORED))
    assert notice.count("'Atlantis") == 5 and notice.endswith("and 2 more.")


def test_deep_link_opens_the_page_with_its_filters() -> None:
    at = open_app("quotes", {"country": "Kazakhstan", "in": "country discussed"})
    assert not at.exception
    assert [t.value for t in at.title] == ["Quote explorer"]
    assert at.multiselect(key="country").value == ["KAZ"]
    assert set(shown_quotes(at)) == Data.quotes_for_country("KAZ", "about")


def test_deep_link_on_a_fresh_server_applies_its_filters() -> None:
    """A shared link opened first (no earlier visit to the root page) keeps its filters."""
    at = open_app("quotes", {"country": "Kazakhstan", "in": "country discussed"})
    assert not at.exception
    assert markdowns(at)[0] == f"**{len(Data.quotes_for_country('KAZ', 'about'))}** of {len(Data.quotes())} quotes"
    assert at.multiselect(key="country").value == ["KAZ"]


def test_names_with_spaces_and_hyphens_from_the_link() -> None:
    at = open_app("quotes", {"country": "United States", "speaker": ["Gaziz Abishev", TOKAYEV]})
    assert not at.exception and not warnings(at)
    assert at.multiselect(key="country").value == ["USA"]
    assert at.multiselect(key="speaker").value == ["abishev", "tokayev"]  # in the link's order
    expected = Data.quotes_for_country("USA") & (Data.quotes_by("abishev") | Data.quotes_by("tokayev"))
    assert expected and set(shown_quotes(at)) == expected
