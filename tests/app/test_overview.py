"""Overview page (AppTest, real data): counts, the stance map and the three findings, and the country filter."""

from __future__ import annotations

import base64
import re
from dataclasses import dataclass

import pytest
from streamlit.testing.v1 import AppTest
from streamlit.testing.v1.element_tree import Block

from alliance_monitor.app.figures import scale_colour
from tests.apptest_support import ROOT, Data, captions, markdowns, open_app, prepare

MEMBER = {"member", "member_absent"}


@pytest.fixture(autouse=True)
def _app(monkeypatch: pytest.MonkeyPatch) -> None:
    prepare(monkeypatch)


def expected_headlines(countries: set[str] | None = None) -> list[str]:
    """The findings computed from the YAML: lowest and highest index among members other than the leader, and the
    largest gap between the rhetoric and the behaviour index."""
    alliance, states = Data.alliance(), Data.states()
    overall, rhetoric, behaviour = Data.index(), Data.index(kinds=["rhetoric"]), Data.index(kinds=["behaviour"])
    pool = [s for s in overall if states[s]["status"] in MEMBER and s != alliance["leading_state"]
            and (countries is None or s in countries)]
    low, high = min(pool, key=overall.__getitem__), max(pool, key=overall.__getitem__)
    name = {iso3: s["name"] for iso3, s in states.items()}
    lines = [f"**{name[low]} leans furthest toward {alliance['national_label']} (index {overall[low]:+.2f}).**"]
    if high != low:
        lines.append(f"**{name[high]} follows {alliance['leader_label']} most closely (index {overall[high]:+.2f}).**")
    both = [s for s in pool if s in rhetoric and s in behaviour]
    gap = max(both, key=lambda s: abs(behaviour[s] - rhetoric[s]))
    lines.append(f"**{name[gap]}'s words and deeds differ most: rhetoric {rhetoric[gap]:+.2f}, "
                 f"behaviour {behaviour[gap]:+.2f}.**")
    return lines


def headlines(at: AppTest) -> list[str]:
    """The findings' headlines: the first line of each finding's element (its detail follows, small)."""
    lines = [m.split("\n")[0] for m in markdowns(at)]
    return [m for m in lines if m.startswith("**") and ("(index " in m or "words and deeds" in m)]


@dataclass
class Shown:
    svg: str
    alt: str


def overview_map(at: AppTest) -> Shown:
    """The map image's SVG (decoded from the image's data URL) and its alt text."""
    container = next(b for b in at.main if b.proto is not None and "overview_map" in str(b.proto)[:200])
    image = container.children[0].proto.imgs[0]
    assert image.url.startswith("data:image/svg+xml;base64,")
    return Shown(svg=base64.b64decode(image.url.split(",", 1)[1]).decode("utf-8"), alt=image.alt)


def test_overview_counts_map_and_findings() -> None:
    at = open_app()
    assert not at.exception
    alliance = Data.alliance()
    assert [t.value for t in at.title] == [f"{alliance['acronym']}: who follows {alliance['leader_label']}?"]
    metrics = {m.label: m.value for m in at.metric}
    assert metrics == {"Sources": str(len(Data.sources())), "Quotes": str(len(Data.quotes())),
                       "Coded signals": str(len(Data.signals())), "Events": str(len(Data.events())),
                       "States": str(len(Data.states()))}

    shown = overview_map(at)
    expected_members = [iso3 for iso3, s in Data.states().items() if s["status"] in MEMBER]
    index = Data.index()
    for iso3, s in Data.states().items():
        if iso3 in expected_members:
            assert f"{s['name']}: {index.get(iso3, 0.0):+.2f}" in shown.alt or iso3 not in index
            fill = scale_colour(index.get(iso3, 0.0))
            assert f'fill="{fill}"' in shown.svg
        assert s["name"] in shown.alt  # every state is named in the image's text

    assert headlines(at) == expected_headlines()
    assert len(expected_headlines()) == 3


def test_country_filter_narrows_the_findings_and_marks_the_map() -> None:
    at = open_app(params={"country": "Kazakhstan"})
    assert not at.exception
    assert at.multiselect(key="country").value == ["KAZ"]
    # one state is compared with nothing (issue 12: "Armenia leans furthest" with Armenia alone selected)
    assert headlines(at) == []
    assert next(i.value for i in at.info).startswith("No finding: each compares coded members")
    assert "These counts are totals of the whole dataset; the filters do not narrow them." in captions(at)

    shown = overview_map(at)
    assert "Kazakhstan: -" in shown.alt and shown.alt.count("(selected)") == 1
    assert shown.svg.count('stroke="#111111"') == 1  # only the selected state is outlined


def test_country_without_coded_member_says_so() -> None:
    uncoded = next(s["name"] for iso3, s in Data.states().items() if iso3 not in Data.index())
    at = open_app(params={"country": uncoded})
    assert not at.exception
    assert next(i.value for i in at.info).startswith("No finding: each compares coded members")
    assert headlines(at) == []


def test_each_finding_names_its_detail_and_each_passage_its_source() -> None:
    at = open_app()
    assert not at.exception
    seeds = "\n".join(p.read_text(encoding="utf-8") for p in (ROOT / "seeds").glob("*.txt"))
    labels = {d["label"] for d in Data.dimensions().values()}
    titles = {s["title"] for s in Data.sources()}
    alliance = Data.alliance()
    cards = [c for c in at.main if type(c) is Block and c.proto.flex_container.border]
    assert len(cards) == len(expected_headlines())
    for card in cards:
        headline, detail = markdowns(card)[0].split("\n")  # the detail is the headline's second (small) line
        assert headline in expected_headlines() and detail
        evidence = [str(t.value) for t in card.text]
        assert evidence
        for shown in evidence:
            passage, origin = shown.rsplit("\n— ", 1)
            assert passage in seeds  # verbatim from a source
            kind, dimension, toward, source, when = origin.split(" · ")
            assert dimension in labels and source in titles and when
            # which index the item counts, in words (a behaviour item's passage may be words about a deed)
            dimension_kind = next(d["kind"] for d in Data.dimensions().values() if d["label"] == dimension)
            assert kind.startswith(f"{dimension_kind} (what is ")
            assert re.fullmatch(rf"toward ({re.escape(alliance['leader_label'])}|"
                                rf"{re.escape(alliance['national_label'])}), strength [123]", toward)


def test_the_filter_note_is_part_of_the_introduction() -> None:
    at = open_app(params={"country": "Kazakhstan"})
    intro = next(m for m in markdowns(at) if m.startswith("How far each state"))
    assert intro.endswith("\nCountry filter: the findings consider only the selected states; the map highlights them.")
    assert not at.caption or "Country filter" not in " ".join(c.value for c in at.caption)


def test_the_speaker_filter_is_said_not_to_apply_and_why() -> None:
    """Issue 12: a page that shows records with a person applies the speaker filter or says why not."""
    at = open_app(params={"speaker": "Kassym-Jomart Tokayev"})
    assert not at.exception
    intro = next(m for m in markdowns(at) if m.startswith("How far each state"))
    assert intro.endswith("\nThe speaker filter does not apply on this page: the map and the findings weigh each "
                          "state's coded evidence as a whole, whoever gives it (the Stance matrix counts the selected "
                          "speakers' signals alone).")
    assert "at the codebook's weights" in " ".join(captions(at))


def test_findings_over_a_selection_say_so_and_cite_their_support() -> None:
    coded = [s for s in Data.index() if s != Data.alliance()["leading_state"]
             and Data.states()[s]["status"] in MEMBER]
    names = [Data.states()[s]["name"] for s in coded[:2]]
    at = open_app(params={"country": names})
    assert not at.exception
    assert headlines(at) == expected_headlines(set(coded[:2]))
    cards = [c for c in at.main if type(c) is Block and c.proto.flex_container.border]
    assert cards and all(markdowns(c)[0].split("\n")[1].startswith("Among the selected states") for c in cards)
    no_filter = open_app()
    assert not [c for c in captions(no_filter) if "totals of the whole dataset" in c]
