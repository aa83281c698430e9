"""AppTest tests of the curate page, step by step, on a copy of data/ and seeds/ (never the repository's data).

Curation is switched on per test with ALLIANCE_MONITOR_CURATE=1 and a loopback server address (the option the
README's command sets); the safety tests leave it off, or bind to every address without a login provider.
"""

from __future__ import annotations

import hashlib
import shutil
from collections.abc import Iterator
from pathlib import Path

import pytest
import streamlit as st
import yaml
from streamlit.testing.v1 import AppTest

from tests.apptest_support import ENTRY, TIMEOUT, chart_spec, prepare
from tests.conftest import REAL_DATA, run_cli

ARTICLE = Path(__file__).resolve().parents[1] / "fixtures" / "curate" / "article.txt"
URL = "https://example.org/bishkek-weighs"
DRAFT = "asianews-2024-bishkek-weighs.yaml"
CURATE = "app_pages/curate/app.py"


@pytest.fixture
def data_copy(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    prepare(monkeypatch)
    shutil.copytree(REAL_DATA, tmp_path / "data")
    shutil.copytree(REAL_DATA.parent / "seeds", tmp_path / "seeds")
    monkeypatch.setenv("ALLIANCE_MONITOR_DATA", str(tmp_path / "data"))
    return tmp_path / "data"


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


def test_curation_refuses_to_start_on_every_address_without_a_login(curating: Path) -> None:
    st.config.set_option("server.address", "0.0.0.0")
    at = AppTest.from_file(str(ENTRY), default_timeout=TIMEOUT).run()
    assert [t.value for t in at.title] == ["Curation refused to start"]
    assert "no login provider is configured" in at.error[0].value
    assert not at.button and not at.dataframe and not at.sidebar.children
    with pytest.raises(ValueError, match="Could not find a navigation page"):
        at.switch_page(CURATE)


def test_on_every_address_with_a_login_provider_the_page_asks_for_a_login(curating: Path) -> None:
    st.config.set_option("server.address", "0.0.0.0")
    at = AppTest.from_file(str(ENTRY), default_timeout=TIMEOUT)
    at.secrets["auth"] = {"redirect_uri": "http://example.org/oauth2callback", "cookie_secret": "x" * 32,
                          "client_id": "id", "client_secret": "secret",
                          "server_metadata_url": "https://example.org/.well-known/openid-configuration"}
    at.run().switch_page(CURATE).run()
    assert not at.exception
    assert [b.key for b in at.button] == ["cur_login"]
    assert not (curating / "drafts").exists()


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
    at.text_input(key="cur_src_1_url").input("not a url")
    at.button(key="FormSubmitter:cur_src_1_form-Save the source record").click().run()
    assert draft_doc(curating)["source"]["url"] == "not a url"  # type: ignore[index]
    assert "source.asianews-2024-bishkek-weighs.url: String should match pattern" in shown(at) or \
        "url: String should match pattern" in shown(at)
    assert at.button(key="cur_promote").disabled
    assert digests(curating) == before


def test_speaker_found_by_any_spelling_and_a_new_person(curating: Path) -> None:
    at = drafted(open_curate())
    ids = quote_ids(curating)
    qid = ids["our country will"]
    for spelling in ("Токаев", "tokaev", "Kassym Jomart"):
        at.text_input(key=f"cur_find_{qid}").input(spelling).run()
        assert at.button(key=f"cur_only_{qid}_tokayev"), spelling
    at.button(key=f"cur_only_{qid}_tokayev").click().run()
    quote = next(q for q in draft_doc(curating)["quotes"] if q["id"] == qid)  # type: ignore[attr-defined]
    assert quote["speakers"] == ["tokayev"]
    assert draft_doc(curating)["draft"]["decisions"][qid] == "accepted"  # type: ignore[index]
    # nobody by that name: create the person on the spot, nationality apart from affiliation
    other = ids["the organisation needs"]
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
    coded = {tuple(c) for t in chart_spec(at, "matrix_state_all")["data"] if t["name"] == "coded"
             for c in t["customdata"]}
    assert ("KAZ", "military_cooperation") in coded
    at.switch_page("app_pages/quotes.py").run()
    assert any("the organisation needs a common budget" in str(t.value) for t in at.text)
