"""Issue 12, "the link is the view" (AppTest, real data and a throw-away copy): the sidebar's link is drawn after
the page ran and equals the address; what the page drops from view it drops from the address; a selection follows
its record when the data is reordered; "Ignored from the link" names only values that came from a link.

(The browser test tests/app/test_browser_link.py checks the same in Chromium, against `location.href`.)
"""

from __future__ import annotations

import shutil
from pathlib import Path
from urllib.parse import parse_qs, urlsplit

import pytest
import yaml
from streamlit.testing.v1 import AppTest

from tests.apptest_support import DATA, IGNORED, Data, open_app, warnings


@pytest.fixture(autouse=True)
def _app(monkeypatch: pytest.MonkeyPatch) -> None:
    from tests.apptest_support import prepare

    prepare(monkeypatch)


def link_query(at: AppTest) -> dict[str, list[str]]:
    """The query of the sidebar's "Link to this view" (the st.text in the sidebar)."""
    codes = [c.value for c in at.sidebar.text]
    assert len(codes) == 1, codes
    query = parse_qs(urlsplit(str(codes[0])).query)
    # every link names the data version it was made on (issue 16); the rest is the view
    assert query.pop("data", None) == [Data.alliance()["dataset"]["version"]], codes
    return query


def select_row(at: AppTest, key: str, row: int) -> AppTest:
    at.session_state[key] = {"selection": {"rows": [row], "columns": []}}
    return at.run()


def members_table_key(at: AppTest) -> str:
    keys = [str(k) for k in at.session_state._state._state.filtered_state if str(k).startswith("members_")]
    assert len(keys) == 1, keys
    return keys[0]


def test_link_box_shows_a_profile_chosen_by_a_row_in_the_same_run() -> None:
    at = open_app("members")
    kaz = list(at.dataframe[0].value["iso3"]).index("KAZ")
    select_row(at, members_table_key(at), kaz)
    assert at.selectbox(key="profile").value == "KAZ"
    assert link_query(at) == {"profile": ["Kazakhstan"]}


def test_link_box_is_drawn_when_the_page_ends_early() -> None:
    at = open_app("members", {"country": "Kazakhstan"})  # no profile: the page ends after its hint
    assert not at.exception
    assert link_query(at) == {"country": ["Kazakhstan"]}


def test_a_cell_the_view_drops_leaves_the_address() -> None:
    at = open_app("matrix", {"cell_row": "Armenia", "cell_dim": "Summit participation"})
    assert at.selectbox(key="cell_dim").value == "summit_participation"
    at.radio(key="kind").set_value("rhetoric").run()  # summits are behaviour: the rhetoric view has no such column
    at.radio(key="kind").set_value("all").run()
    assert not at.exception
    # the box is empty and so is the link: it must not reopen evidence this page no longer shows
    assert at.selectbox(key="cell_dim").value is None
    assert "cell_dim" not in link_query(at)
    assert not [w for w in warnings(at) if IGNORED in w]


def test_changing_the_filter_under_an_open_profile_is_not_reported_as_the_links() -> None:
    at = open_app("members", {"profile": "Kazakhstan"})
    assert at.selectbox(key="profile").value == "KAZ"
    at.sidebar.multiselect(key="country").select("ARM").run()
    assert not at.exception
    assert not [w for w in warnings(at) if IGNORED in w], warnings(at)
    # the profile left the table, so it left the view and the link
    assert at.selectbox(key="profile").value is None
    assert "profile" not in link_query(at)


def test_a_bad_value_from_a_link_is_still_reported() -> None:
    at = open_app("members", {"profile": "Atlantis"})
    assert [w for w in warnings(at) if IGNORED in w and "Atlantis" in w]


def test_a_selected_row_follows_its_state_when_the_states_are_reordered(
        tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    data = tmp_path / "data"
    shutil.copytree(DATA, data)
    shutil.copytree(DATA.parent / "seeds", tmp_path / "seeds")
    monkeypatch.setenv("ALLIANCE_MONITOR_DATA", str(data))
    monkeypatch.setenv("ALLIANCE_MONITOR_CACHE", str(tmp_path / "cache"))
    at = open_app("members")
    states = list(at.dataframe[0].value["iso3"])
    select_row(at, members_table_key(at), states.index("KAZ"))
    assert at.selectbox(key="profile").value == "KAZ"
    # reorder the states in alliance.yaml (the data still validates): reversed
    alliance = data / "alliance.yaml"
    content = yaml.safe_load(alliance.read_text(encoding="utf-8"))
    content["states"].reverse()
    alliance.write_text(yaml.safe_dump(content, allow_unicode=True, sort_keys=False, width=1000), encoding="utf-8")
    at.tabs[0].run()  # any rerun (a tab clicked) after the data changed
    assert not at.exception, at.exception
    assert [t.value for t in at.title] == ["Member states"], at.dataframe[0].value.to_dict("records")[:5]
    assert list(at.dataframe[0].value["iso3"]) != states  # the data did change order
    assert at.selectbox(key="profile").value == "KAZ"
    assert link_query(at).get("profile") == ["Kazakhstan"]


@pytest.mark.parametrize(("params", "countries", "speakers"), [
    ({"speaker": "tokayev", "country": "KAZ"}, ["KAZ"], ["tokayev"]),  # ids and ISO codes
    ({"country": ["Armenia", "kaz"]}, ["ARM", "KAZ"], []),  # a label and a code, any case
    ({"speaker": ["Lukashenka", "Токаев"]}, [], ["lukashenko", "tokayev"]),  # an alias's surname, another script
])
def test_a_hand_written_link_names_records_by_id_code_or_alias(
        params: dict[str, str | list[str]], countries: list[str], speakers: list[str]) -> None:
    at = open_app("quotes", params)
    assert not at.exception
    assert at.sidebar.multiselect(key="country").value == countries
    assert at.sidebar.multiselect(key="speaker").value == speakers
    assert not [w for w in warnings(at) if IGNORED in w], warnings(at)
    # the address (and the link) now carry the canonical labels
    link = link_query(at)
    assert len(link.get("country", [])) == len(countries) and len(link.get("speaker", [])) == len(speakers)
    assert "KAZ" not in str(link) and "tokayev" not in str(link)


def test_a_link_value_that_names_nothing_is_still_reported_beside_an_understood_one() -> None:
    at = open_app("quotes", {"speaker": ["Lukashenka", "Atlantis"]})
    assert at.sidebar.multiselect(key="speaker").value == ["lukashenko"]
    assert [w for w in warnings(at) if IGNORED in w and "Atlantis" in w and "Lukashenka" not in w]


def test_custom_weights_are_named_with_a_reset() -> None:
    at = open_app("matrix", {"w_threat_framing": "2"})
    assert not at.exception
    notice = [w for w in warnings(at) if "Custom weights" in w]
    assert notice and "Threat framing 2.00 (codebook 1.00)" in notice[0]
    at.button(key="reset_weights").click().run()
    assert not at.exception
    assert at.slider(key="w_threat_framing").value == 1.0
    assert not [w for w in warnings(at) if "Custom weights" in w]
    assert "w_threat_framing" not in link_query(at)


@pytest.mark.parametrize(("spelling", "speaker"), [("Токаев", "tokayev"), ("Lukashenka", "lukashenko"),
                                                   ("abisev", "abishev"), ("Tokaev", "tokayev")])
def test_a_speaker_is_found_by_any_spelling_in_the_sidebar(spelling: str, speaker: str) -> None:
    at = open_app("quotes")
    at.sidebar.text_input(key="speaker_find").input(spelling).run()
    assert not at.exception
    assert speaker in at.sidebar.multiselect(key="speaker").value
    assert speaker in " ".join(str(v) for v in at.sidebar.multiselect(key="speaker").value)
    assert at.sidebar.text_input(key="speaker_find").value == ""
    assert "speaker" in link_query(at)


def test_a_spelling_that_names_no_speaker_says_so() -> None:
    at = open_app("quotes")
    at.sidebar.text_input(key="speaker_find").input("Atlantis").run()
    assert at.sidebar.multiselect(key="speaker").value == []
    assert any("No speaker is called" in str(c.value) for c in at.sidebar.caption)
