"""Quote explorer (AppTest, real data): every filter narrows the list as the YAML says, the URL seeds the filters,
and the CSV and JSON downloads hold exactly the quotes shown."""

from __future__ import annotations

import csv
import io
import json
import shutil
from datetime import date
from pathlib import Path
from typing import Any

import pytest
from streamlit.testing.v1 import AppTest

from tests.apptest_support import (
    ROOT,
    Data,
    caption_lines,
    download,
    download_name,
    markdowns,
    open_app,
    plain,
    prepare,
    shown_quotes,
    warnings,
)

TOKAYEV = "Kassym-Jomart Tokayev"


@pytest.fixture(autouse=True)
def _app(monkeypatch: pytest.MonkeyPatch) -> None:
    prepare(monkeypatch)


def summary(at: AppTest) -> str:
    """The count of quotes shown (the first line of its element: a second one names filters of a closed panel)."""
    return next(m.split("\n")[0] for m in markdowns(at) if m.split("\n")[0].endswith(" quotes"))


def open_filters(at: AppTest) -> AppTest:
    """Open the "More filters" panel (a click, which AppTest cannot make)."""
    at.session_state["filters"] = True
    return at.run()


PANEL_KEYS = ["source", "dimension", "from", "to", "in", "sort"]


def drawn(at: AppTest) -> list[str]:
    """Keys of the panel's widgets that the page drew."""
    keys = {w.key for kind in (at.multiselect, at.date_input, at.radio) for w in kind}
    return [k for k in PANEL_KEYS if k in keys]


def expect(at: AppTest, ids: set[str]) -> None:
    """The page shows exactly these quotes and says how many of all."""
    assert not at.exception
    assert summary(at) == f"**{len(ids)}** of {len(Data.quotes())} quotes"
    shown = shown_quotes(at)
    assert len(shown) == len(ids) and set(shown) == ids


def test_all_quotes_in_source_order() -> None:
    at = open_app("quotes")
    assert [t.value for t in at.title] == ["Quote explorer"]
    expect(at, {q["id"] for q in Data.quotes()})
    order = {s["id"]: i for i, s in enumerate(Data.sources())}
    expected = [q["id"] for q in sorted(Data.quotes(), key=lambda q: (order[q["source"]], q["start"]))]
    assert shown_quotes(at) == expected
    assert not warnings(at)


def test_speaker_filter_from_the_link() -> None:
    at = open_app("quotes", {"speaker": TOKAYEV})
    assert at.multiselect(key="speaker").value == ["tokayev"]
    expect(at, Data.quotes_by("tokayev"))
    assert 0 < len(Data.quotes_by("tokayev")) < len(Data.quotes())
    # issue 12: the page says what the filter matches
    assert "Speaker filter: quotes in which a selected speaker speaks." in caption_lines(at)


@pytest.mark.parametrize(("mode", "label"), [("either", "speaker's country or country discussed"),
                                             ("speaker", "speaker's nationality or affiliation"),
                                             ("about", "country discussed")])
def test_country_filter_modes(mode: str, label: str) -> None:
    params = {"country": "Kazakhstan"} | ({} if mode == "either" else {"in": label})
    at = open_app("quotes", params)
    if mode == "either":  # the default: nothing in the link opens the panel
        open_filters(at)
    assert at.radio(key="in").value == mode
    expect(at, Data.quotes_for_country("KAZ", mode))
    assert f"Country filter: quotes whose {label} is a selected state (More filters: country match)." in \
        caption_lines(at)


def test_country_modes_differ_on_the_real_data() -> None:
    about, speaker = Data.quotes_for_country("KAZ", "about"), Data.quotes_for_country("KAZ", "speaker")
    assert about and speaker and about != speaker and about | speaker == Data.quotes_for_country("KAZ")


def test_search_finds_any_spelling_of_a_speaker() -> None:
    at = open_app("quotes", {"q": "Токаев"})  # Cyrillic; the data spell him Tokayev (name) and Tokaev (text)
    named = {q["id"] for q in Data.quotes() if "tokaev" in q["text"].lower() or "tokayev" in q["text"].lower()}
    expect(at, Data.quotes_by("tokayev") | named)
    at.text_input(key="q").input("threats").run()
    expect(at, {q["id"] for q in Data.quotes() if "threats" in q["text"].lower()})


def test_source_filter_widget() -> None:
    at = open_app("quotes")
    second = Data.sources()[1]["id"]
    open_filters(at).multiselect(key="source").select(second).run()
    expect(at, {q["id"] for q in Data.quotes() if q["source"] == second})


def test_more_filters_are_drawn_only_when_open_or_in_use() -> None:
    at = open_app("quotes")
    assert not at.exception
    assert at.expander[0].label == "More filters: source, dimension, dates, country match, sort order"
    assert drawn(at) == []  # closed, nothing chosen: none of its six widgets is drawn
    assert drawn(open_filters(at)) == PANEL_KEYS
    at.session_state["filters"] = False
    assert drawn(at.run()) == []


def test_a_link_with_filters_opens_the_panel() -> None:
    at = open_app("quotes", {"sort": "newest first"})
    assert not at.exception
    assert at.session_state["filters"] is True and drawn(at) == PANEL_KEYS
    at = open_app("quotes", {"q": "threats"})  # the search is not in the panel
    assert at.session_state["filters"] is False and drawn(at) == []


def test_closing_the_panel_keeps_its_choices_and_names_them() -> None:
    at = open_app("quotes", {"dimension": "Threat framing", "sort": "oldest first"})
    expected = Data.quotes_with_dimension("threat_framing")
    expect(at, expected)
    assert markdowns(at)[0] == f"**{len(expected)}** of {len(Data.quotes())} quotes"  # the open panel shows them
    at.session_state["filters"] = False
    at.run()
    expect(at, expected)
    assert drawn(at) == PANEL_KEYS  # kept, so they stay in effect and in the link
    assert markdowns(at)[0] == (f"**{len(expected)}** of {len(Data.quotes())} quotes\n"
                                "Filtered by dimension; sorted oldest first (see More filters).")


def test_dimension_filter_from_the_link() -> None:
    label = Data.dimensions()["institutional_integration"]["label"]
    at = open_app("quotes", {"dimension": label, "speaker": "Vladimir Putin"})
    assert at.multiselect(key="dimension").value == ["institutional_integration"]
    expect(at, Data.quotes_with_dimension("institutional_integration") & Data.quotes_by("putin"))


def test_date_range_from_the_link() -> None:
    at = open_app("quotes", {"from": "2023-01-01"})
    assert at.date_input(key="from").value == date(2023, 1, 1)
    expect(at, {q["id"] for q in Data.quotes() if Data.bounds(Data.quote_date(q))[1] >= date(2023, 1, 1)})
    at.date_input(key="from").set_value(date(2022, 11, 3)).run()
    at.date_input(key="to").set_value(date(2022, 12, 31)).run()
    expect(at, {q["id"] for q in Data.quotes() if Data.bounds(Data.quote_date(q))[0] <= date(2022, 12, 31)})


def test_newest_first() -> None:
    at = open_app("quotes", {"sort": "newest first"})
    assert at.radio(key="sort").value == "newest"
    by_id = {q["id"]: q for q in Data.quotes()}
    starts = [Data.bounds(Data.quote_date(by_id[i]))[0] for i in shown_quotes(at)]
    assert starts == sorted(starts, reverse=True) and starts[0] > starts[-1]


def open_downloads(at: AppTest) -> AppTest:
    """Open the Download popover (a click, which AppTest cannot make)."""
    at.session_state["downloads"] = True
    return at.run()


def downloads_popover(at: AppTest) -> Any:
    return next(iter(at.get("popover")))


def test_download_buttons_are_drawn_when_the_popover_is_opened() -> None:
    at = open_app("quotes")
    assert not at.exception
    assert downloads_popover(at).proto.popover.label == "Download"
    assert not at.get("download_button")
    assert [b.key for b in open_downloads(at).get("download_button")] == ["download_csv", "download_json",
                                                                         "download_about"]
    at.session_state["downloads"] = False
    assert not at.run().get("download_button")


def test_downloads_hold_exactly_the_filtered_quotes() -> None:
    at = open_app("quotes", {"country": "Kazakhstan", "dimension": "Threat framing"})
    expected = Data.quotes_for_country("KAZ") & Data.quotes_with_dimension("threat_framing")
    expect(at, expected)
    open_downloads(at)
    # named after the view (issue 12): <acronym>-quotes-<filters>-<date>
    stem = f"csto-quotes-kaz-threat-framing-{date.today().isoformat()}"
    assert download_name(at, "download_csv") == (f"{stem}.csv", "text/csv")
    assert download_name(at, "download_json") == (f"{stem}.json", "application/json")
    assert download(at, "download_csv").startswith(b"\xef\xbb\xbf")  # UTF-8 BOM, for spreadsheets
    rows = list(csv.DictReader(io.StringIO(download(at, "download_csv").decode("utf-8-sig"))))
    assert [r["id"] for r in rows] == shown_quotes(at)
    records = json.loads(download(at, "download_json").decode("utf-8"))["quotes"]
    assert [r["id"] for r in records] == shown_quotes(at)
    by_id = {q["id"]: q for q in Data.quotes()}
    for row, record in zip(rows, records, strict=True):
        quote = by_id[row["id"]]
        assert row["text"] == record["text"] == quote["text"]
        assert row["speakers"] == "; ".join(quote["speakers"]) and record["speakers"] == quote["speakers"]
        assert record["dimensions"] == quote["dimensions"] and record["source"] == quote["source"]
        assert (record["start"], record["end"]) == (quote["start"], quote["end"])


def test_downloads_follow_a_widget_change() -> None:
    at = open_downloads(open_app("quotes"))
    assert len(json.loads(download(at, "download_json"))["quotes"]) == len(Data.quotes())
    at.multiselect(key="speaker").select("ashimbayev").run()
    assert {r["id"] for r in json.loads(download(at, "download_json"))["quotes"]} == Data.quotes_by("ashimbayev")
    assert {r["id"] for r in csv.DictReader(io.StringIO(download(at, "download_csv").decode("utf-8-sig")))} == \
        Data.quotes_by("ashimbayev")


def test_no_match_explains_and_disables_the_downloads() -> None:
    at = open_app("quotes", {"q": "zzqxv"})
    expect(at, set())
    assert [plain(i.value) for i in at.info] == ["No quote matches the search 'zzqxv'."]
    assert downloads_popover(at).proto.popover.disabled
    assert not open_downloads(at).get("download_button")  # nothing to download


def test_unknown_values_in_the_link_are_reported() -> None:
    at = open_app("quotes", {"source": "Pravda", "in": "everywhere", "speaker": TOKAYEV})
    notices = warnings(at)
    assert len(notices) == 1 and notices[0].startswith("Ignored from the link")
    assert "source 'Pravda'" in notices[0] and "in 'everywhere'" in notices[0]
    assert at.radio(key="in").value == "either"
    expect(at, Data.quotes_by("tokayev"))


def test_a_translation_is_shown_beside_the_original_never_instead(tmp_path: Path,
                                                                     monkeypatch: pytest.MonkeyPatch) -> None:
    """A quote with `translation_en` shows its verbatim text first, then the translation, marked as the project's;
    a search in the translation's words finds the quote."""
    shutil.copytree(ROOT / "data", tmp_path / "data")
    shutil.copytree(ROOT / "seeds", tmp_path / "seeds")
    quotes = tmp_path / "data" / "quotes.yaml"
    text = quotes.read_text(encoding="utf-8")
    marker = "  event: ev-2023-11-minsk-summit\n"
    assert marker in text
    quotes.write_text(text.replace(marker, marker + "  translation_en: zzqv translated words\n", 1), encoding="utf-8")
    monkeypatch.setenv("ALLIANCE_MONITOR_DATA", str(tmp_path / "data"))
    at = open_app("quotes", {"q": "zzqv"})
    assert not at.exception
    texts = [t.value for t in at.text]
    original = "there is no need to constantly raise alarms, even when problems exist"
    assert original in texts and "zzqv translated words" in texts
    assert texts.index(original) < texts.index("zzqv translated words")
    assert any("English translation" in c.value for c in at.caption)


def test_downloads_carry_the_view_s_metadata() -> None:
    """Issue 12: a download says what it is: dataset and version, filters, the view's link, the day it was taken;
    inside the JSON, and in a small text file beside the CSV (a spreadsheet would read a comment line as a row)."""
    at = open_downloads(open_app("quotes", {"country": "Kazakhstan", "dimension": "Threat framing", "q": "threat"}))
    info = Data.alliance()["dataset"]
    meta = json.loads(download(at, "download_json"))["metadata"]
    assert (meta["dataset"], meta["version"], meta["as_of"]) == (info["title"], info["version"], str(info["as_of"]))
    assert meta["accessed"] == date.today().isoformat()
    assert meta["filters"]["countries"] == ["KAZ"] and meta["filters"]["dimensions"] == ["threat_framing"]
    assert meta["filters"]["search"] == "threat" and meta["quotes"] >= len(shown_quotes(at)) > 0
    # the page's address is empty in AppTest (st.context.url): the query is the view's
    assert "country=Kazakhstan" in meta["view"] and "q=threat" in meta["view"]
    stem = f"csto-quotes-kaz-threat-framing-threat-{date.today().isoformat()}"
    assert download_name(at, "download_about") == (f"{stem}-about.txt", "text/plain")
    about = download(at, "download_about").decode("utf-8")
    for line in (f"version: {info['version']}", f"view: {meta['view']}", f"accessed: {meta['accessed']}",
                 "  countries: KAZ", "  search: threat"):
        assert line in about.splitlines(), line
    first_row = download(at, "download_csv").decode("utf-8-sig").splitlines()[0]
    assert first_row.startswith("id,text,")  # the CSV itself stays a plain table


def test_searching_a_country_s_name_finds_the_quotes_about_it() -> None:
    """Issue 12: the search box finds "Kazakhstan" in the quotes about it, not only in their words."""
    at = open_app("quotes", {"q": "Kazakhstan"})
    assert not at.exception
    about = Data.quotes_for_country("KAZ", "about")
    assert about and about <= set(shown_quotes(at))


def test_a_card_s_context_is_drawn_when_its_panel_is_opened() -> None:
    at = open_app("quotes")
    assert not [t for t in at.text if "\n\nAttribution (" in t.value]  # closed panels draw nothing
    first = next(q for q in Data.quotes() if q["id"] == shown_quotes(at)[0])
    at.session_state[f"context-{first['id']}"] = True
    at.run()
    shown = [t.value for t in at.text if "\n\nAttribution (" in t.value]
    assert shown == [f"{first['context']['text']}\n\nAttribution ({first['attribution']['confidence']} confidence): "
                     f"{first['attribution']['basis']}"]
