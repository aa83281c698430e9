"""Issue 12, "non-default weights are flagged" on the pages that do not weigh (AppTest, real data): a link that
carries custom weights of the Stance matrix (`w_<dimension>`), opened on the overview, the member states (and a
profile), the quotes, the timeline or the sources, says plainly that this page's numbers use the codebook's weights
and that the link's weights (named, with values) apply on the Stance matrix, links on to the matrix with them, and
keeps them in its own link; they are not "Ignored from the link". A weight the page cannot read is still reported.
"""

from __future__ import annotations

from typing import Any

import pytest
from streamlit.testing.v1 import AppTest

from tests.app.test_view_link import link_query
from tests.apptest_support import IGNORED, Data, open_app, prepare, warnings


@pytest.fixture(autouse=True)
def _app(monkeypatch: pytest.MonkeyPatch) -> None:
    prepare(monkeypatch)


HERE = {
    "overview": "The map and the findings here use the codebook's weights.",
    "members": "The stance indexes on this page use the codebook's weights.",
    "quotes": "Nothing on this page is weighted.",
    "timeline": "Nothing on this page is weighted.",
    "sources": "The weights the codebook and the scoring rules list here are the codebook's.",
}


def infos(at: AppTest) -> list[str]:
    return [str(i.value) for i in at.info]


def matrix_links(at: AppTest) -> list[tuple[str, str]]:
    """The page links to the Stance matrix in the main area: (label, the query they carry)."""
    found = []
    for el in at.main:
        proto: Any = getattr(el, "proto", None)
        if type(proto).__name__ == "PageLink" and "matrix" in str(proto.page):
            found.append((str(proto.label), str(proto.query_string)))
    return found


@pytest.mark.parametrize("page", list(HERE))
def test_custom_weights_in_the_link_are_named_and_kept(page: str) -> None:
    params = {"w_threat_framing": "2", "w_ratification": "0.5"}
    at = open_app(page, params | ({"profile": "Kazakhstan"} if page == "members" else {}))
    assert not at.exception
    labels = {d: spec["label"] for d, spec in Data.dimensions().items()}
    default = Data.weights()
    expected = (f"This link carries custom weights: {labels['threat_framing']} 2.00 (codebook "
                f"{default['threat_framing']:.2f}); {labels['ratification']} 0.50 (codebook "
                f"{default['ratification']:.2f}). They apply on the Stance matrix only. {HERE[page]}")
    assert [i for i in infos(at) if "custom weights" in i] == [expected]
    assert not [w for w in warnings(at) if IGNORED in w]  # the link's, and understood: not ignored
    query = link_query(at)
    assert query["w_threat_framing"] == ["2"] and query["w_ratification"] == ["0.5"]  # the link reopens this view
    links = matrix_links(at)
    assert len(links) == 1 and links[0][0] == "Open the Stance matrix with them"
    assert "w_threat_framing=2" in links[0][1] and "w_ratification=0.5" in links[0][1]


@pytest.mark.parametrize("page", list(HERE))
def test_weights_at_the_codebook_s_values_say_nothing(page: str) -> None:
    at = open_app(page, {"w_threat_framing": str(Data.weights()["threat_framing"])})
    assert not at.exception
    assert not [i for i in infos(at) if "custom weights" in i] and not matrix_links(at)
    assert not [w for w in warnings(at) if IGNORED in w]


@pytest.mark.parametrize("page", ["overview", "members", "timeline"])
def test_a_weight_the_page_cannot_read_is_still_reported(page: str) -> None:
    at = open_app(page, {"w_threat_framing": "9", "w_atlantis": "2", "w_ratification": "2"})
    assert not at.exception
    ignored = [w for w in warnings(at) if IGNORED in w]
    assert len(ignored) == 1 and "w_threat_framing '9'" in ignored[0] and "parameter 'w_atlantis'" in ignored[0]
    notice = [i for i in infos(at) if "custom weights" in i]
    assert len(notice) == 1 and "Threat framing" not in notice[0] and "2.00 (codebook" in notice[0]


def test_the_matrix_applies_the_weights_the_other_pages_name() -> None:
    """The same link on the matrix: its cells and ranking use them, and say so (the matrix's own notice)."""
    at = open_app("matrix", {"w_threat_framing": "2"})
    assert not at.exception
    assert [w for w in warnings(at) if w.startswith("Custom weights, not the codebook's")]
    assert not [i for i in infos(at) if "custom weights" in i]
