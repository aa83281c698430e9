"""Sources & method page (AppTest, real data): its four sections, each a link (?section=...) and drawn only when
open: each source with its provenance (its notes drawn once opened), the codebook (its worked examples once
opened), how scores are computed, the citation and the whole-dataset download."""

from __future__ import annotations

import io
import json
import re
import sqlite3
import zipfile
from datetime import date
from pathlib import Path

import pytest
from streamlit.testing.v1 import AppTest

from alliance_monitor.app.render import HIGHLIGHT
from tests.apptest_support import (
    IGNORED,
    Data,
    _records,
    caption_lines,
    captions,
    download,
    download_name,
    markdowns,
    open_app,
    plain,
    prepare,
    warnings,
)

SECTIONS = ["Sources", "Codebook", "Scoring", "Dataset"]


@pytest.fixture(autouse=True)
def _app(monkeypatch: pytest.MonkeyPatch) -> None:
    prepare(monkeypatch)


def section(at: AppTest) -> str:
    return str(at.session_state["section"])


def test_sources_section_shows_every_source_with_its_provenance() -> None:
    at = open_app("sources")
    assert not at.exception
    assert [t.value for t in at.title] == ["Sources & method"]
    assert [t.label for t in at.tabs] == SECTIONS and section(at) == "Sources"
    texts = markdowns(at)
    for source in Data.sources():
        assert any(m.startswith(f"**{source['title']}**\n") for m in texts), source["id"]
        assert source["published"]["evidence"] in [t.value for t in at.text]
    assert [b.proto.url for b in at.get("link_button")] == [s["url"] for s in Data.sources()]
    conflicts = [s for s in Data.sources() if s.get("date_conflict")]
    assert len(warnings(at)) == len(conflicts) >= 1
    # the other sections and each source's notes are not drawn until opened
    assert not at.dataframe and not at.get("download_button")
    assert [e.label.split(" (")[0] for e in at.expander] == ["Data-quality notes"] * len(Data.sources())
    assert not [c for c in captions(at) if c.startswith("SHA-256")]


def test_a_source_s_notes_are_drawn_when_opened() -> None:
    at = open_app("sources")
    first, second = Data.sources()[:2]
    at.session_state[f"notes_{second['id']}"] = True
    at.run()
    assert not at.exception
    assert [c for c in captions(at) if c.startswith("SHA-256")] == [f"SHA-256 of the seed: {second['sha256']}"]
    assert "\n".join(f"• {note}" for note in second["quality_notes"]) in [t.value for t in at.text]
    chrome, terms = (f.value for f in at.dataframe)
    assert list(chrome["text"]) == [c["text"] for c in second.get("chrome", [])]
    assert list(terms["term"]) == [a["text"] for a in second.get("author_terms", [])]
    assert "\n".join(f"• {note}" for note in first["quality_notes"]) not in [t.value for t in at.text]


@pytest.mark.parametrize("name", SECTIONS)
def test_each_section_opens_from_the_link_and_only_it_is_drawn(name: str) -> None:
    at = open_app("sources", {"section": name})
    assert not at.exception and not [w for w in warnings(at) if w.startswith(IGNORED)]
    assert section(at) == name
    assert bool(at.get("link_button")) == (name == "Sources")
    assert bool(at.dataframe) == (name == "Codebook")
    assert bool(at.get("download_button")) == (name == "Dataset")
    assert any("direction × strength" in m for m in markdowns(at)) == (name == "Scoring")


def test_codebook_and_its_worked_examples() -> None:
    at = open_app("sources", {"section": "Codebook"})
    assert not at.exception
    assert list(at.dataframe[0].value.index) == list(Data.dimensions())  # the codebook, in its own order
    examples = [d["example"]["evidence"]["text"] for d in Data.dimensions().values()]
    assert [e.label for e in at.expander] == ["Full definitions and worked examples"]
    assert not set(examples) & {t.value for t in at.text}  # drawn once opened
    at.session_state["examples"] = True
    at.run()
    assert not at.exception
    shown = [t.value for t in at.text]
    assert set(examples) <= set(shown)
    assert {d["definition"] for d in Data.dimensions().values()} <= set(shown)


def test_citation_and_dataset_download_holds_every_record() -> None:
    at = open_app("sources", {"section": "Dataset"})
    assert not at.exception
    info = Data.alliance()["dataset"]
    citation = info["citation"].format(version=info["version"], as_of=info["as_of"],
                                       url=f"?section=Dataset&data={info['version']}")
    assert f"{citation} (accessed {date.today().isoformat()})" in [t.value for t in at.text]  # the day it was seen
    records = json.loads(download(at, "download_dataset"))
    assert {k: len(v) for k, v in records.items()} == {
        "alliance": 1, "states": len(Data.states()), "dimensions": len(Data.dimensions()),
        "sources": len(Data.sources()), "actors": len(Data.actors()), "quotes": len(Data.quotes()),
        "signals": len(Data.signals()), "events": len(Data.events()), "changelog": len(_records("changelog"))}
    assert [q["id"] for q in records["quotes"]] == [q["id"] for q in Data.quotes()]
    version = Data.alliance()["dataset"]["version"]
    assert download_name(at, "download_dataset") == (f"{Data.alliance()['id']}-dataset-{version}.json",
                                                     "application/json")


def test_unknown_section_is_reported_and_the_first_is_shown() -> None:
    at = open_app("sources", {"section": "Codebook (7)"})
    assert not at.exception
    assert warnings(at)[0] == f"{IGNORED}: section 'Codebook (7)'."
    assert section(at) == "Sources" and at.get("link_button")


def test_filters_are_said_not_to_apply_and_the_citation_carries_the_link() -> None:
    at = open_app("sources", {"country": "Kazakhstan", "speaker": "Vladimir Putin", "section": "Dataset"})
    assert not at.exception
    why = "the page lists every source and the method, whatever the selection."
    assert {f"The country filter does not apply on this page: {why}",
            f"The speaker filter does not apply on this page: {why}"} <= set(caption_lines(at))
    cite = next(t.value for t in at.text if str(t.value).startswith("CSTO Monitor dataset"))
    version = Data.alliance()["dataset"]["version"]
    assert cite.endswith(f"view: ?country=Kazakhstan&speaker=Vladimir+Putin&section=Dataset&data={version} "
                         f"(accessed {date.today().isoformat()})")


def test_the_dataset_section_offers_the_data_package_and_sqlite_with_size_and_version(tmp_path: Path) -> None:
    at = open_app("sources", {"section": "Dataset"})
    assert not at.exception
    version = Data.alliance()["dataset"]["version"]
    package = download(at, "download_datapackage")
    name, mime = download_name(at, "download_datapackage")
    assert (name, mime) == (f"{Data.alliance()['id']}-dataset-{version}.zip", "application/zip")
    with zipfile.ZipFile(io.BytesIO(package)) as archive:
        descriptor = json.loads(archive.read("datapackage.json"))
    assert descriptor["version"] == version
    database = tmp_path / "data.db"
    database.write_bytes(download(at, "download_sqlite"))
    with sqlite3.connect(database) as connection:
        assert connection.execute("select count(*) from quotes").fetchone()[0] == len(Data.quotes())
    labels = [b.label for b in at.download_button]
    assert any(re.fullmatch(r"Data Package \(zip\), [\d.]+ [kM]B", label) for label in labels), labels
    assert any(re.fullmatch(r"SQLite \(Datasette\), [\d.]+ [kM]B", label) for label in labels), labels


def test_the_dataset_section_shows_the_changelog_with_the_current_version_open() -> None:
    at = open_app("sources", {"section": "Dataset"})
    version = Data.alliance()["dataset"]["version"]
    assert any(plain(e.label).startswith(version) for e in at.expander), [e.label for e in at.expander]
    assert any("• First published version" in str(t.value) for t in at.text)


# --- the passage view (issue 12: every figure leads to its passage, offline) ---------------------------------


def _passage_params(link: str) -> dict[str, str]:
    from urllib.parse import parse_qsl, urlsplit

    return dict(parse_qsl(urlsplit(link).query))


def test_a_link_to_a_span_shows_it_highlighted_in_its_paragraph_with_offsets() -> None:
    signal = next(s for s in Data.signals() if "start" in s["evidence"])  # a span, not a quote
    ev = signal["evidence"]
    at = open_app("sources", {"source": ev["source"], "span": f"{ev['start']}-{ev['end']}"})
    assert not at.exception and not [w for w in warnings(at) if IGNORED in w]
    bodies = [str(m.value) for m in at.markdown]
    marked = [b for b in bodies if f"{HIGHLIGHT}[**" in b]
    assert len(marked) == 1
    # the highlighted words are the span's, exactly; the paragraph around them is there too
    highlighted = "".join(re.findall(re.escape(HIGHLIGHT) + r"\[\*\*(.*?)\*\*\]", marked[0], flags=re.DOTALL))
    assert plain(highlighted) == ev["text"].replace("\n", "")
    assert ev["text"].split("\n")[0] in plain(marked[0])
    assert any(f"characters {ev['start']}-{ev['end']}" in m for m in markdowns(at))
    urls = [b.proto.url for b in at.get("link_button")]
    source = next(s for s in Data.sources() if s["id"] == ev["source"])
    assert urls[0].startswith(source["url"] + "#:~:text=")


@pytest.mark.parametrize("params", [{"source": "no-such-source", "span": "0-10"},
                                    {"source": "SOURCE", "span": "10-5"}, {"source": "SOURCE", "span": "0-99999999"}])
def test_a_link_to_no_passage_is_reported_and_shows_none(params: dict[str, str]) -> None:
    params = {k: Data.sources()[0]["id"] if v == "SOURCE" else v for k, v in params.items()}
    at = open_app("sources", params)
    assert not at.exception
    assert any(IGNORED in w for w in warnings(at))
    assert not [m for m in at.markdown if f"{HIGHLIGHT}[**" in str(m.value)]


def test_every_quote_card_and_finding_leads_to_its_passage() -> None:
    at = open_app("quotes")
    links = [_passage_params(f"sources?{p.proto.query_string}") for p in at.get("page_link")
             if p.proto.page.endswith("sources")]
    quotes = {(q["source"], f"{q['start']}-{q['end']}") for q in Data.quotes()}
    assert links and all((p["source"], p["span"]) in quotes for p in links)
    overview = open_app("overview")
    found = [p for p in overview.get("page_link") if "span=" in p.proto.query_string]
    assert len(found) >= 3
    # a followed link opens the view
    first = _passage_params(f"sources?{found[0].proto.query_string}")
    shown = open_app("sources", first)
    assert [m for m in shown.markdown if f"{HIGHLIGHT}[**" in str(m.value)]


def test_every_table_of_evidence_links_to_its_passages() -> None:
    """Matrix cell evidence (with offsets), a profile's signals and events, the timeline: a relative link each."""
    def links(at: AppTest) -> list[str]:
        return [link for frame in (d.value for d in at.dataframe) if "passage_link" in frame.columns
                for link in frame["passage_link"]]

    matrix = open_app("matrix", {"cell_row": "Armenia", "cell_dim": "Summit participation"})
    evidence = next(d.value for d in matrix.dataframe if "passage_link" in d.value.columns)
    assert {"start", "end"} <= set(evidence.columns)
    for row in evidence.to_dict("records"):
        assert _passage_params(row["passage_link"])["span"] == f"{row['start']}-{row['end']}"
    profile_signals = open_app("members", {"profile": "Armenia"})
    profile_events = open_app("members", {"profile": "Armenia", "tab": "Events"})
    timeline = open_app("timeline")
    for at in (matrix, profile_signals, profile_events, timeline):
        found = links(at)
        assert found and all(link.startswith("sources?source=") for link in found), found[:3]


@pytest.mark.parametrize("span", ["(it was founded)", "  spaced words  ", "a *star* and [brackets]\nsecond line",
                                  "**bold?**", "]: x"])
def test_the_highlight_shows_the_span_exactly_with_no_gap(span: str) -> None:
    """The highlighted words are the span's, character for character, and no markup of the data's survives; a
    line's outer spaces stay outside the bold (the screenshot review: a padded background read as spaces)."""
    from alliance_monitor.app.render import highlighted

    markdown = highlighted("before ", span, " after")
    parts = re.findall(re.escape(HIGHLIGHT) + r"\[\*\*(.*?)\*\*\]", markdown)
    assert plain("".join(parts)) == "".join(line.strip() for line in span.split("\n"))
    assert plain(markdown.replace(f"{HIGHLIGHT}[**", "").replace("**]", "")).replace("  \n", "\n") == \
        f"before {span} after"
