"""The Overview's server-drawn map (figures.stance_map_svg): every state that validates is drawn or listed as not
drawn (issue 13, point 7: small states such as Malta have no shape in the 1:110m map), the colours follow the
colour scale, and text from the data stays literal (escaped) inside the SVG."""

from __future__ import annotations

import xml.etree.ElementTree as ET

import pandas as pd
import pycountry

from alliance_monitor.app import figures
from alliance_monitor.app.render import DIVERGING_SCALE
from alliance_monitor.models import Alliance
from tests.apptest_support import ROOT

HOSTILE = '<script>alert("x")</script> & <b>bold</b>'


def states_frame(codes: dict[str, tuple[str, bool]]) -> pd.DataFrame:
    rows = [{"iso3": c, "name": n, "status": "member" if m else "mentioned",
             "status_label": "member" if m else "mentioned", "is_member": m} for c, (n, m) in codes.items()]
    return pd.DataFrame(rows).set_index("iso3", drop=False)


def alliance() -> Alliance:
    from alliance_monitor import cache

    loaded = cache.load(ROOT / "data", use_disk=False)
    assert loaded.compiled is not None
    return loaded.compiled.dataset.alliance


def test_every_valid_state_is_drawn_or_listed() -> None:
    every = {c.alpha_3: (c.name, i % 3 == 0) for i, c in enumerate(pycountry.countries)}
    drawn = figures.stance_map_svg(states_frame(every), pd.Series({"MLT": 0.5}), alliance(), frozenset())
    assert set(drawn.drawn) | {c for c, (n, _) in every.items() if n in drawn.not_drawn} == set(every)
    assert {"Malta", "Singapore", "Bahrain", "Liechtenstein"} <= set(drawn.not_drawn)
    assert len(drawn.drawn) >= 160
    ET.fromstring(drawn.svg)  # well-formed


def test_text_from_the_data_is_escaped_and_colours_follow_the_scale() -> None:
    frame = states_frame({"KAZ": (HOSTILE, True), "RUS": ("Russia", True), "UZB": ("Uzbekistan", False)})
    shown = figures.stance_map_svg(frame, pd.Series({"KAZ": -1.0, "RUS": 1.0}), alliance(), frozenset({"KAZ"}))
    assert "<script>" not in shown.svg and "<b>" not in shown.svg
    root = ET.fromstring(shown.svg)
    texts = ["".join(e.itertext()) for e in root.iter() if e.tag.endswith(("text", "title"))]
    assert HOSTILE in texts  # the name is drawn as text, literally
    assert HOSTILE in shown.alt
    assert f'fill="{DIVERGING_SCALE[0][1]}"' in shown.svg and f'fill="{DIVERGING_SCALE[-1][1]}"' in shown.svg
    assert shown.svg.count('stroke="#111111"') == 1


def test_scale_colour_interpolates_like_plotly() -> None:
    assert figures.scale_colour(-1.0) == DIVERGING_SCALE[0][1]
    assert figures.scale_colour(0.0) == DIVERGING_SCALE[4][1]
    assert figures.scale_colour(1.0) == DIVERGING_SCALE[-1][1]


def test_a_member_near_neutral_never_looks_like_a_non_member() -> None:
    """The screenshot review of issue 12: a member at -0.20 was a near-white the eye took for the non-members'
    light grey. Non-members are hatched (a pattern, not a colour of the scale); members have a border."""
    frame = states_frame({"ARM": ("Armenia", True), "UZB": ("Uzbekistan", False)})
    shown = figures.stance_map_svg(frame, pd.Series({"ARM": -0.2}), alliance(), frozenset())
    root = ET.fromstring(shown.svg)
    paths = {e.findtext("{http://www.w3.org/2000/svg}title", "").split(":")[0]: e
             for e in root.iter("{http://www.w3.org/2000/svg}path") if e.find("{http://www.w3.org/2000/svg}title")
             is not None}
    assert paths["Uzbekistan"].get("fill") == "url(#not-a-member)"
    assert root.find(".//{http://www.w3.org/2000/svg}pattern[@id='not-a-member']") is not None
    assert paths["Armenia"].get("fill", "").startswith(("#", "rgb"))
    assert paths["Armenia"].get("stroke") not in (None, "#ffffff")
