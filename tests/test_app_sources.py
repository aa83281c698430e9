"""Sources & method page (AppTest, real data): each source with its provenance, the codebook, the citation and
the whole-dataset download."""

from __future__ import annotations

import json

import pytest

from tests.apptest_support import Data, captions, download, download_name, markdowns, open_app, prepare, warnings


@pytest.fixture(autouse=True)
def _app(monkeypatch: pytest.MonkeyPatch) -> None:
    prepare(monkeypatch)


def test_sources_codebook_and_citation() -> None:
    at = open_app("sources")
    assert not at.exception
    assert [t.value for t in at.title] == ["Sources & method"]
    assert [h.value for h in at.header] == ["Sources", "Codebook", "How the scores are computed", "How to cite a view",
                                            "Dataset"]
    texts = markdowns(at)
    for source in Data.sources():
        assert f"**{source['title']}**" in texts
        assert f"SHA-256 of the seed: {source['sha256']}" in captions(at)
    assert [b.proto.url for b in at.get("link_button")] == [s["url"] for s in Data.sources()]
    conflicts = [s for s in Data.sources() if s.get("date_conflict")]
    assert len(warnings(at)) == len(conflicts) >= 1
    assert list(at.dataframe[-1].value.index) == list(Data.dimensions())  # the codebook, in its own order
    info = Data.alliance()["dataset"]
    citation = info["citation"].format(version=info["version"], as_of=info["as_of"], url="(the page address)")
    assert citation in [t.value for t in at.text]


def test_dataset_download_holds_every_record() -> None:
    at = open_app("sources")
    records = json.loads(download(at, "download_dataset"))
    assert {k: len(v) for k, v in records.items()} == {
        "alliance": 1, "states": len(Data.states()), "dimensions": len(Data.dimensions()),
        "sources": len(Data.sources()), "actors": len(Data.actors()), "quotes": len(Data.quotes()),
        "signals": len(Data.signals()), "events": len(Data.events())}
    assert [q["id"] for q in records["quotes"]] == [q["id"] for q in Data.quotes()]
    version = Data.alliance()["dataset"]["version"]
    assert download_name(at, "download_dataset") == (f"{Data.alliance()['id']}-dataset-{version}.json",
                                                     "application/json")


def test_filters_are_said_not_to_apply_and_the_citation_carries_the_link() -> None:
    at = open_app("sources", {"country": "Kazakhstan", "speaker": "Vladimir Putin"})
    assert not at.exception
    assert {"The country filter does not apply on this page.",
            "The speaker filter does not apply on this page."} <= set(captions(at))
    cite = next(t.value for t in at.text if str(t.value).startswith("CSTO Monitor dataset"))
    assert cite.endswith("view: ?country=Kazakhstan&speaker=Vladimir+Putin")
