"""AppTest tests of the curate page, step by step, on a copy of data/ and seeds/ (never the repository's data).

Curation is switched on per test with ALLIANCE_MONITOR_CURATE=1 and a loopback server address (the option the
README's command sets); the safety tests leave it off, or bind to every address without a login provider.
"""

from __future__ import annotations

import hashlib
from collections.abc import Iterator
from pathlib import Path

import pytest
import streamlit as st
import yaml
from streamlit.testing.v1 import AppTest

from tests.apptest_support import ENTRY, TIMEOUT, grid, prepare
from tests.conftest import run_cli

ARTICLE = Path(__file__).resolve().parents[1] / "fixtures" / "curate" / "article.txt"
URL = "https://example.org/bishkek-weighs"
DRAFT = "asianews-2024-bishkek-weighs.yaml"
CURATE = "app_pages/curate/app.py"
AUTH = {"redirect_uri": "http://example.org/oauth2callback", "cookie_secret": "x" * 32, "client_id": "id",
        "client_secret": "secret", "server_metadata_url": "https://example.org/.well-known/openid-configuration"}
"""An [auth] section as secrets.toml gives it (nothing is fetched from the provider in these AppTest tests)."""


@pytest.fixture
def data_copy(real_data_copy: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    """A copy of the real data that the app serves (AppTest)."""
    prepare(monkeypatch)
    monkeypatch.setenv("ALLIANCE_MONITOR_DATA", str(real_data_copy))
    return real_data_copy


@pytest.fixture
def address() -> Iterator[None]:
    """Restore server.address after a test sets it (AppTest runs the app in this process)."""
    before = st.get_option("server.address")
    yield
    st.config.set_option("server.address", before)


@pytest.fixture
def curating(data_copy: Path, monkeypatch: pytest.MonkeyPatch, address: None) -> Path:
    monkeypatch.setenv("ALLIANCE_MONITOR_CURATE", "1")
    st.config.set_option("server.address", "127.0.0.1")
    return data_copy


def digests(data_dir: Path) -> dict[str, str]:
    return {p.name: hashlib.sha256(p.read_bytes()).hexdigest() for p in sorted(data_dir.glob("*.yaml"))}


def open_curate() -> AppTest:
    at = AppTest.from_file(str(ENTRY), default_timeout=TIMEOUT).run()
    return at.switch_page(CURATE).run()


def texts(elements: object) -> list[str]:
    return [str(e.value) for e in elements]  # type: ignore[attr-defined]


def shown(at: AppTest) -> str:
    """Everything the page says in messages, markdown and literal text, entities decoded."""
    import html
    parts = [*texts(at.success), *texts(at.error), *texts(at.info), *texts(at.warning), *texts(at.markdown),
             *texts(at.text), *texts(at.caption)]
    return html.unescape("\n".join(parts)).replace("\u2060", "")


def drafted(at: AppTest) -> AppTest:
    at.text_area(key="cur_paste").input(ARTICLE.read_text(encoding="utf-8"))
    at.text_input(key="cur_url").input(URL)
    at.button(key="cur_make").click().run()
    assert not at.exception, at.exception
    assert "made and saved" in shown(at)
    return at


def draft_doc(data_dir: Path) -> dict[str, object]:
    loaded: dict[str, object] = yaml.safe_load((data_dir / "drafts" / DRAFT).read_text(encoding="utf-8"))
    return loaded


def quote_ids(data_dir: Path) -> dict[str, str]:
    """First words of each drafted quote -> its id."""
    quotes = draft_doc(data_dir)["quotes"]
    assert isinstance(quotes, list)
    return {" ".join(q["text"].split()[:3]): q["id"] for q in quotes}


# --- safety --------------------------------------------------------------------------------------------------


def test_a_default_start_has_no_curate_page_and_no_way_to_its_actions(data_copy: Path,
                                                                     monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.delenv("ALLIANCE_MONITOR_CURATE", raising=False)
    at = AppTest.from_file(str(ENTRY), default_timeout=TIMEOUT).run()
    assert not at.exception
    # the page is not registered, so no URL reaches it, and no curate widget (whose callbacks are the only way a
    # websocket message could act) is ever created
    with pytest.raises(ValueError, match="Could not find a navigation page"):
        at.switch_page(CURATE)
    keys = [str(getattr(w, "key", "") or "") for w in (*at.button, *at.text_area, *at.text_input, *at.selectbox)]
    assert not [k for k in keys if k.startswith("cur_")]
    assert not (data_copy / "drafts").exists()


def test_curation_refuses_to_start_on_every_address_without_a_login(curating: Path,
                                                                   capsys: pytest.CaptureFixture[str]) -> None:
    st.config.set_option("server.address", "0.0.0.0")
    at = AppTest.from_file(str(ENTRY), default_timeout=TIMEOUT).run()
    assert [t.value for t in at.title] == ["Curation refused to start"]
    assert "no login provider is configured" in at.error[0].value
    # the one line a real server prints before it exits (the exit itself: test_curate_browser.py, a real server)
    printed = [line for line in capsys.readouterr().err.splitlines() if line.startswith("Refused to start")]
    assert printed == [
        "Refused to start: ALLIANCE_MONITOR_CURATE=1 is set but server.address is 0.0.0.0 and .streamlit/secrets.toml "
        "has no [auth] login provider, so anyone on the network could change the data. Start with --server.address "
        "127.0.0.1, or configure [auth] for st.login, or unset ALLIANCE_MONITOR_CURATE."]
    assert not at.button and not at.dataframe and not at.sidebar.children
    with pytest.raises(ValueError, match="Could not find a navigation page"):
        at.switch_page(CURATE)


@pytest.mark.parametrize(("address", "local"), [
    ("127.0.0.1", True), ("127.0.0.2", True), ("::1", True), ("[::1]", True), ("localhost", True),
    ("", False), ("0.0.0.0", False), ("::", False), ("192.0.2.7", False), ("example.org", False)])
def test_only_a_loopback_address_counts_as_this_machine(curating: Path, address: str, local: bool) -> None:
    from alliance_monitor.app import curation

    st.config.set_option("server.address", address)
    assert curation.mode() is (curation.Mode.LOCAL if local else curation.Mode.UNSAFE)


def test_on_every_address_with_a_login_provider_the_page_asks_for_a_login(curating: Path) -> None:
    st.config.set_option("server.address", "0.0.0.0")
    at = AppTest.from_file(str(ENTRY), default_timeout=TIMEOUT)
    at.secrets["auth"] = AUTH
    at.run().switch_page(CURATE).run()
    assert not at.exception
    assert [b.key for b in at.button] == ["cur_login"]
    assert not (curating / "drafts").exists()


def test_on_every_address_a_logged_in_curator_gets_the_workbench_and_can_log_out(curating: Path) -> None:
    """The logged-in path in AppTest, with the identity given through `at.user` (what a session reads as st.user
    once Streamlit has set its identity cookie). The provider flow itself (discovery, redirect, code exchange, the
    signed ID token checked by Authlib, the cookie) is tested for real in test_curate_browser.py against a provider
    of our own on 127.0.0.1; this test is the quick one, and covers the actions and log out in the same process.
    """
    st.config.set_option("server.address", "0.0.0.0")
    at = AppTest.from_file(str(ENTRY), default_timeout=TIMEOUT)
    at.secrets["auth"] = AUTH
    at.user = {"is_logged_in": True, "email": "curator@example.org", "name": "A Curator"}
    at.run().switch_page(CURATE).run()
    assert not at.exception, at.exception
    assert not [b for b in at.button if b.key == "cur_login"]
    assert "Logged in as curator@example.org" in shown(at)
    drafted(at)  # the actions work for the logged-in curator
    assert (curating / "drafts" / DRAFT).exists()
    at.button(key="cur_logout").click().run()
    assert not at.exception, at.exception
    assert [b.key for b in at.button] == ["cur_login"]  # logged out: back to "log in first", no action left
    assert "log in first" in shown(at)


# --- the steps -----------------------------------------------------------------------------------------------


def test_paste_makes_a_draft_and_a_seed_and_resumes_after_a_restart(curating: Path) -> None:
    at = drafted(open_curate())
    doc = draft_doc(curating)
    assert doc["draft"]["revision"] == 1  # type: ignore[index]
    assert (curating.parent / "seeds" / "asianews-2024-bishkek-weighs.txt").read_text(encoding="utf-8") == \
        ARTICLE.read_text(encoding="utf-8")
    ids = quote_ids(curating)
    at.button(key=f"cur_accept_{ids['the alliance must']}").click().run()
    # a new session (a restart, a closed tab): the draft is listed and the decision kept
    again = open_curate()
    assert again.selectbox(key="cur_draft").value == DRAFT
    assert "1 to review" not in shown(again) and "5 to review" in shown(again)
    assert again.button(key=f"cur_accept_{ids['the alliance must']}").disabled


def test_source_record_edit_is_saved_and_a_bad_value_is_shown_beside_it(curating: Path) -> None:
    at = drafted(open_curate())
    before = digests(curating)
    at.session_state["cur_source_open"] = True
    at.run()
    at.text_input(key="cur_src_1_url").input("not a url")
    at.button(key="FormSubmitter:cur_src_1_form-Save the source record").click().run()
    assert draft_doc(curating)["source"]["url"] == "not a url"  # type: ignore[index]
    assert "source.asianews-2024-bishkek-weighs.url: String should match pattern" in shown(at) or \
        "url: String should match pattern" in shown(at)
    assert at.button(key="cur_promote").disabled
    assert digests(curating) == before


def open_correction(at: AppTest, qid: str) -> AppTest:
    """Open the quote's "Correct" section as a click would (its open state lives on the server)."""
    at.session_state[f"cur_correct_{qid}"] = True
    return at.run()


def test_a_correction_form_is_drawn_only_while_open_and_stays_open_through_other_decisions(curating: Path) -> None:
    at = drafted(open_curate())
    ids = quote_ids(curating)
    qid, other = ids["our country will"], ids["the alliance must"]
    assert f"cur_find_{qid}" not in keys_drawn(at)
    open_correction(at, qid)
    assert f"cur_find_{qid}" in keys_drawn(at) and f"cur_find_{other}" not in keys_drawn(at)
    # a decision elsewhere adds a message above the cards: the open section stays open
    at.button(key=f"cur_accept_{other}").click().run()
    assert "Accepted" in shown(at)
    assert f"cur_find_{qid}" in keys_drawn(at)


def keys_drawn(at: AppTest) -> set[str]:
    return {str(w.key) for w in at.text_input}


def test_speaker_found_by_any_spelling_and_a_new_person(curating: Path) -> None:
    at = drafted(open_curate())
    ids = quote_ids(curating)
    qid = ids["our country will"]
    open_correction(at, qid)
    for spelling in ("Токаев", "tokaev", "Kassym Jomart"):
        at.text_input(key=f"cur_find_{qid}").input(spelling).run()
        assert at.button(key=f"cur_only_{qid}_tokayev"), spelling
    at.button(key=f"cur_only_{qid}_tokayev").click().run()
    quote = next(q for q in draft_doc(curating)["quotes"] if q["id"] == qid)  # type: ignore[attr-defined]
    assert quote["speakers"] == ["tokayev"]
    assert draft_doc(curating)["draft"]["decisions"][qid] == "accepted"  # type: ignore[index]
    # nobody by that name: create the person on the spot, nationality apart from affiliation
    other = ids["the organisation needs"]
    open_correction(at, other)
    at.text_input(key=f"cur_find_{other}").input("Aigerim Zhumabayeva").run()
    assert "Nobody by that name" in shown(at)
    at.text_input(key=f"cur_new_{other}_name").input("Aigerim Zhumabayeva")
    at.text_input(key=f"cur_new_{other}_aliases").input("Zhumabayeva, Жумабаева")
    at.selectbox(key=f"cur_new_{other}_nat").select("KAZ")
    at.text_input(key=f"cur_new_{other}_aff").input("csto")
    at.text_input(key=f"cur_new_{other}_role").input("Spokeswoman")
    at.button(key=f"cur_new_{other}_go").click().run()
    assert not at.exception
    doc = draft_doc(curating)
    person = next(a for a in doc["actors"] if a["name"] == "Aigerim Zhumabayeva")  # type: ignore[attr-defined]
    assert person["nationality"] == "KAZ" and person["affiliation"] == "csto"
    assert person["aliases"] == ["Zhumabayeva", "Жумабаева"]
    quote = next(q for q in doc["quotes"] if q["id"] == other)  # type: ignore[attr-defined]
    assert quote["speakers"][-1] == person["id"]


def test_span_corrected_by_words_and_extended_offsets_computed(curating: Path) -> None:
    at = drafted(open_curate())
    seed = ARTICLE.read_text(encoding="utf-8")
    qid = quote_ids(curating)["the alliance must"]
    open_correction(at, qid)
    at.text_area(key=f"cur_{qid}_1_words").input("the alliance must not become a tool")
    at.button(key=f"cur_{qid}_1_usewords").click().run()
    quote = next(q for q in draft_doc(curating)["quotes"] if q["id"] == qid)  # type: ignore[attr-defined]
    assert seed[quote["start"]:quote["end"]] == quote["text"] == "the alliance must not become a tool"
    assert seed[quote["context"]["start"]:quote["context"]["end"]] == quote["context"]["text"]
    at.button(key=f"cur_{qid}_2_extend").click().run()
    quote = next(q for q in draft_doc(curating)["quotes"] if q["id"] == qid)  # type: ignore[attr-defined]
    assert quote["text"].endswith("against our neighbours\".") or quote["text"].endswith("neighbours")
    assert seed[quote["start"]:quote["end"]] == quote["text"]
    # words that are not in the article: refused with a message, nothing saved
    revision = draft_doc(curating)["draft"]["revision"]  # type: ignore[index]
    at.text_area(key=f"cur_{qid}_3_words").input("words nowhere in it")
    at.button(key=f"cur_{qid}_3_usewords").click().run()
    assert "not in the article exactly as typed" in shown(at)
    assert draft_doc(curating)["draft"]["revision"] == revision  # type: ignore[index]


def test_two_tabs_on_one_draft_the_second_save_is_refused(curating: Path) -> None:
    first = drafted(open_curate())
    second = open_curate()  # rendered at revision 1
    ids = quote_ids(curating)
    first.button(key=f"cur_accept_{ids['the alliance must']}").click().run()  # revision 2
    second.button(key=f"cur_reject_{ids['A common budget']}").click().run()
    assert "changed elsewhere" in shown(second) and "NOT saved" in shown(second)
    doc = draft_doc(curating)
    assert doc["draft"]["revision"] == 2  # type: ignore[index]
    assert doc["draft"]["decisions"] == {ids["the alliance must"]: "accepted"}  # type: ignore[index]
    # the page now shows the latest revision: repeating the change applies it
    second.button(key=f"cur_reject_{ids['A common budget']}").click().run()
    assert draft_doc(curating)["draft"]["decisions"][ids["A common budget"]] == "rejected"  # type: ignore[index]


def test_code_review_promote_and_every_page_shows_the_records(curating: Path) -> None:
    at = drafted(open_curate())
    ids = quote_ids(curating)
    for words, qid in ids.items():
        key = f"cur_reject_{qid}" if words == "A common budget" else f"cur_accept_{qid}"
        at.button(key=key).click().run()
    assert "speaker" not in str(at.button(key="cur_promote").disabled)
    rev = draft_doc(curating)["draft"]["revision"]  # type: ignore[index]
    at.selectbox(key=f"cur_sig_{rev}_evidence").select(ids["our country will"]).run()
    assert at.selectbox(key=f"cur_sig_{rev}_state_{ids['our country will']}").value == "KAZ"
    assert at.selectbox(key=f"cur_sig_{rev}_actor_{ids['our country will']}").value == "tokayev"
    at.selectbox(key="cur_sig_dim").select("military_cooperation").run()
    assert "Military cooperation and troops" in shown(at)  # the codebook beside the form
    at.radio(key=f"cur_sig_{rev}_dir").set_value(-1)
    at.text_input(key=f"cur_sig_{rev}_why").input("Tokayev keeps defence a national decision.")
    at.button(key="cur_sig_add").click().run()
    assert not at.exception
    assert "Signal s-kaz-military-cooperation" in shown(at)
    assert "The merged data validates" in shown(at)
    at.button(key="cur_promote").click().run()
    assert "Promoted" in shown(at), shown(at)
    assert run_cli("validate", curating).returncode == 0
    assert run_cli("fmt", "--check", curating).returncode == 0
    # every page: the member table and the matrix of the same server process
    at.switch_page("app_pages/members.py").run()
    table = at.dataframe[0].value
    signals = yaml.safe_load((curating / "signals.yaml").read_text(encoding="utf-8"))
    assert dict(zip(table["iso3"], table["signals"], strict=True))["KAZ"] == sum(
        1 for s in signals if s.get("state") == "KAZ")
    at.switch_page("app_pages/matrix.py").run()
    matrix = grid(at, "matrix_state_all").value
    kazakhstan = matrix[matrix["Row"] == "Kazakhstan"].iloc[0]
    assert kazakhstan["military_cooperation"] != "–"  # coded now (not coded in the bundled data)
    at.switch_page("app_pages/quotes.py").run()
    assert any("the organisation needs a common budget" in str(t.value) for t in at.text)


def decide_all(at: AppTest, data_dir: Path) -> dict[str, str]:
    """Accept every drafted quote but the furniture line (rejected); returns quote_ids."""
    ids = quote_ids(data_dir)
    for words, qid in ids.items():
        at.button(key=f"cur_reject_{qid}" if words == "A common budget" else f"cur_accept_{qid}").click().run()
    assert not at.exception, at.exception
    return ids


def revision_of(data_dir: Path) -> int:
    return int(draft_doc(data_dir)["draft"]["revision"])  # type: ignore[index]


def test_a_passage_is_chosen_by_sentences_shown_highlighted_and_its_offsets_computed(curating: Path) -> None:
    at = drafted(open_curate())
    decide_all(at, curating)
    seed = ARTICLE.read_text(encoding="utf-8")
    s = f"cur_sig_{revision_of(curating)}"
    at.selectbox(key=f"{s}_evidence").select("passage").run()
    # there is no box for offsets or for typing the passage: only sentences to choose and words to find
    assert not [w.key for w in at.text_input if str(w.key).startswith(s) and "passage" in str(w.key)]
    at.text_input(key=f"{s}_p_find").input("collective SECURITY of the").run()  # case and spaces folded
    assert at.selectbox(key=f"{s}_p_from").value == at.selectbox(key=f"{s}_p_to").value
    shown_passage = [m.value for m in at.markdown if ":orange[**" in m.value]
    assert shown_passage and "Putin replied in Moscow" in html_text(shown_passage[-1])
    first = at.selectbox(key=f"{s}_p_from").value
    assert first is not None  # (equal to the other box's, checked above: narrows the type)
    at.selectbox(key=f"{s}_p_to").select(first + 1).run()  # through Lukashenko's sentence
    assert "Minsk stands shoulder" in html_text([m.value for m in at.markdown if ":orange[**" in m.value][-1])
    at.selectbox(key=f"{s}_state_passage").select("RUS")
    at.text_input(key=f"{s}_why").input("Moscow presents itself as the guarantor of the members' security.")
    at.button(key="cur_sig_add").click().run()
    assert not at.exception, at.exception
    signal = draft_doc(curating)["signals"][0]  # type: ignore[index]
    ev = signal["evidence"]
    assert seed[ev["start"]:ev["end"]] == ev["text"]
    assert ev["text"].startswith("Russian President Vladimir Putin replied") and ev["text"].endswith("organisation\".")
    assert "The merged data validates" in shown(at), shown(at)
    # words not in the article: a message, nothing chosen, nothing saved
    rev = revision_of(curating)
    s = f"cur_sig_{rev}"
    at.selectbox(key=f"{s}_evidence").select("passage").run()
    at.text_input(key=f"{s}_p_find").input("words nowhere in it").run()
    assert "is not in the article" in shown(at)
    # an end before the start is refused on the page and by the action
    at.selectbox(key=f"{s}_p_from").select(6)
    at.selectbox(key=f"{s}_p_to").select(5).run()
    assert "cannot end (sentence 6) before it starts (sentence 7)" in shown(at)
    at.text_input(key=f"{s}_why").input("Whatever.")
    at.button(key="cur_sig_add").click().run()
    assert revision_of(curating) == rev and len(draft_doc(curating)["signals"]) == 1  # type: ignore[arg-type]


def html_text(markdown: str) -> str:
    import html
    return html.unescape(markdown).replace("\u2060", "")


def test_an_event_coded_on_the_page_is_validated_promoted_and_on_the_timeline(curating: Path) -> None:
    import datetime

    at = drafted(open_curate())
    ids = decide_all(at, curating)
    before = digests(curating)
    e = f"cur_ev_{revision_of(curating)}"
    assert at.date_input(key=f"{e}_date").value is not None  # the source's date proposed
    at.text_input(key=f"{e}_title").input("Tokayev on Kazakhstan's defence priorities")
    at.selectbox(key=f"{e}_kind").select("meeting")
    at.date_input(key=f"{e}_date").set_value(datetime.date(2024, 3, 12))
    at.radio(key=f"{e}_prec").set_value("month").run()
    assert "Recorded as 2024-03" in shown(at)
    at.multiselect(key=f"{e}_states").select("KAZ").select("KGZ")
    at.multiselect(key=f"{e}_location_states").select("KAZ")
    at.multiselect(key=f"{e}_targets").select("RUS")
    at.multiselect(key=f"{e}_actors").select("tokayev")
    at.text_area(key=f"{e}_desc").input("Tokayev says Kazakhstan sets its own defence priorities.")
    at.selectbox(key=f"{e}_evidence").select("passage").run()
    at.text_input(key=f"{e}_p_find").input("press conference").run()
    at.button(key="cur_ev_add").click().run()
    assert not at.exception, at.exception
    events = draft_doc(curating)["events"]
    assert isinstance(events, list) and len(events) == 1
    event = events[0]
    seed = ARTICLE.read_text(encoding="utf-8")
    assert (event["kind"], event["date"], event["states"], event["location_states"], event["targets"],
            event["actors"]) == ("meeting", "2024-03", ["KAZ", "KGZ"], ["KAZ"], ["RUS"], ["tokayev"])
    span = event["evidence"][0]
    assert seed[span["start"]:span["end"]] == span["text"] and span["text"].startswith("Bishkek (AsiaNews)")
    # a second event with a quote as evidence, breaking a rule: shown beside it, promote disabled
    e = f"cur_ev_{revision_of(curating)}"
    at.text_input(key=f"{e}_title").input("Moscow summit")
    at.selectbox(key=f"{e}_kind").select("summit")
    at.multiselect(key=f"{e}_states").select("BLR")
    at.multiselect(key=f"{e}_absent").select("BLR")
    at.text_area(key=f"{e}_desc").input("A summit.")
    at.selectbox(key=f"{e}_evidence").select(ids["Minsk stands shoulder"]).run()
    at.button(key="cur_ev_add").click().run()
    assert "listed both as taking part and as absent" in shown(at)
    assert at.button(key="cur_promote").disabled
    bad = draft_doc(curating)["events"][1]  # type: ignore[index]
    assert bad["evidence"][0]["text"] == next(q["text"] for q in draft_doc(curating)["quotes"]  # type: ignore[attr-defined]
                                              if q["id"] == ids["Minsk stands shoulder"])
    assert digests(curating) == before
    at.button(key=f"cur_ev_rm_{bad['id']}").click().run()
    assert "The merged data validates" in shown(at)
    at.button(key="cur_promote").click().run()
    assert "Promoted" in shown(at) and "1 events" in shown(at), shown(at)
    assert run_cli("validate", curating).returncode == 0
    assert run_cli("fmt", "--check", curating).returncode == 0
    at.switch_page("app_pages/timeline.py").run()
    assert not at.exception
    table = at.dataframe[0].value
    row = table[table["title"] == "Tokayev on Kazakhstan's defence priorities"]
    assert len(row) == 1 and str(row["date"].iloc[0]) == "2024-03"
