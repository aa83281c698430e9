"""Shared helpers for the AppTest tests of the dashboard (tests/app/test_*.py), on the real data in data/.

- `prepare(monkeypatch)`: call it from an autouse fixture in every AppTest file (tests/app/). It points the app at data/
  and records download-button files.
- `open_app(page, params)`: a fresh session that opens `page` with the URL query `params` (a shared link).
- Readers for what AppTest shows: `plain`, `warnings`, `chart_spec`, `download`, `shown_quotes`.
- `Data`: the expected values, computed straight from the YAML files (not through the engine), so a test compares
  the page with an independent reading of the data.

The page files live in `app_pages/`, not `pages/`: a folder named `pages/` beside the entrypoint puts Streamlit in
its legacy multipage mode until the entrypoint first runs, so a shared deep link opened on a fresh server lost its
filters (tests/app/test_urls.py::test_deep_link_on_a_fresh_server_applies_its_filters guards this).
"""

from __future__ import annotations

import base64
import calendar
import html
import json
import re
from collections.abc import Iterable, Mapping, Sequence
from datetime import date
from functools import cache
from pathlib import Path
from typing import Any

import numpy as np
import pytest
import streamlit.testing.v1.app_test as app_test_module
import yaml
from streamlit.runtime.media_file_storage import MediaFileStorageError
from streamlit.runtime.memory_media_file_storage import MemoryFile, MemoryMediaFileStorage
from streamlit.testing.v1 import AppTest
from streamlit.testing.v1.element_tree import Block

ROOT = Path(__file__).resolve().parent.parent
ENTRY = ROOT / "dashboard.py"
DATA = ROOT / "data"
PAGES_DIR = "app_pages"
PAGES = {name: f"{PAGES_DIR}/{name}.py" for name in ("overview", "members", "matrix", "quotes", "timeline", "sources")}
TIMEOUT = 30
IGNORED = "Ignored from the link"

# --- running the app -----------------------------------------------------------------------------------------

_STORES: list[MemoryMediaFileStorage] = []


class _RecordingStorage(MemoryMediaFileStorage):
    """The real in-memory media storage AppTest uses, remembered so a test can read a download's bytes."""

    def __init__(self, *args: Any, **kwargs: Any) -> None:
        super().__init__(*args, **kwargs)
        _STORES.append(self)


def prepare(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.delenv("ALLIANCE_MONITOR_DATA", raising=False)
    monkeypatch.setattr(app_test_module, "MemoryMediaFileStorage", _RecordingStorage)
    _STORES.clear()


def open_app(page: str = "overview", params: Mapping[str, str | Sequence[str]] | None = None) -> AppTest:
    """A new session opening `page` through a link carrying `params` (repeated keys as lists); runs it once."""
    at = AppTest.from_file(str(ENTRY), default_timeout=TIMEOUT)
    for key, value in (params or {}).items():
        at.query_params[key] = value if isinstance(value, str) else list(value)
    if page != "overview":
        # before the first run AppTest names the page by its file stem, which is the page's url_path
        at.switch_page(PAGES[page])
    return at.run()


def switch(at: AppTest, page: str) -> AppTest:
    return at.switch_page(PAGES[page]).run()


# --- reading what the app shows ------------------------------------------------------------------------------


def plain(markdown: str) -> str:
    """Text of Markdown written through render.literal (numeric entities, word joiners) or render.small (small grey
    as a reader sees it. Brackets from the data are entities, so every raw `:small[:gray[...]]` is render.small's."""
    unwrapped = re.sub(r":small\[:gray\[(.*?)\]\]", r"\1", markdown, flags=re.DOTALL)
    return html.unescape(unwrapped).replace("\u2060", "").replace("  \n", "\n")


def warnings(at: AppTest) -> list[str]:
    return [plain(str(w.value)) for w in at.warning]


def markdowns(at: AppTest | Block) -> list[str]:
    return [plain(str(m.value)) for m in at.markdown]


def captions(at: AppTest) -> list[str]:
    return [plain(str(c.value)) for c in at.caption]


def caption_lines(at: AppTest) -> list[str]:
    """Every line of every caption: a page joins consecutive notes into one caption, a line each."""
    return [line for caption in captions(at) for line in caption.split("\n")]


def _charts(at: AppTest) -> dict[str, Any]:
    """Plotly charts by key (AppTest shows them as UnknownElement; the element id is "$$ID-<hash>-<key>")."""
    return {str(el.proto.id).split("-", 2)[-1]: el.proto for el in at.main
            if type(el).__name__ == "UnknownElement" and type(el.proto).__name__ == "PlotlyChart"}


def chart_keys(at: AppTest) -> list[str]:
    return list(_charts(at))


def chart_spec(at: AppTest, key: str) -> dict[str, Any]:
    """The plotly figure (its JSON spec) of the chart with this key."""
    charts = _charts(at)
    assert key in charts, f"no plotly chart with key {key!r}; charts: {list(charts)}"
    spec: dict[str, Any] = json.loads(charts[key].spec)
    return spec


def grid(at: AppTest, key: str) -> Any:
    """The dataframe element with this key (the stance matrix's grid: `matrix_<rows>_<kind>`)."""
    grids = {d.key: d for d in at.dataframe}
    assert key in grids, f"no dataframe with key {key!r}; keys: {list(grids)}"
    return grids[key]


def grid_text(at: AppTest, key: str) -> Any:
    """What a styled grid shows in each cell (its display values, as the browser gets them) as a DataFrame; a
    grid without a Styler shows its data."""
    from streamlit.dataframe_util import convert_arrow_bytes_to_pandas_df

    element = grid(at, key)
    shown = element.proto.arrow_data.styler.display_values
    return convert_arrow_bytes_to_pandas_df(shown) if shown else element.value


_CSS_RULE = re.compile(r"([^{}]+)\{([^{}]*)\}")


def grid_styles(at: AppTest, key: str) -> dict[tuple[int, str], dict[str, str]]:
    """The CSS of each cell of a styled grid, as (row position, column name) -> {property: value}, read from the
    rules Streamlit sends (`#T_<uuid>_row<i>_col<j>, ... { background-color: ...; color: ... }`)."""
    element = grid(at, key)
    columns = list(element.value.columns)
    styles: dict[tuple[int, str], dict[str, str]] = {}
    for selectors, body in _CSS_RULE.findall(element.proto.arrow_data.styler.styles):
        props = dict((k.strip(), v.strip()) for k, v in (p.split(":", 1) for p in body.split(";") if ":" in p))
        for selector in selectors.split(","):
            found = re.search(r"_row(\d+)_col(\d+)", selector)
            assert found, selector
            styles[(int(found[1]), str(columns[int(found[2])]))] = props
    return styles


def grid_selection(at: AppTest, key: str) -> list[tuple[int, str]]:
    """The cells a grid is told to show selected in this run: its default on its first drawing, or the selection
    the page set through the session state."""
    proto = grid(at, key).proto
    sent = proto.selection_state or proto.selection_default
    return [(int(r), str(c)) for r, c in json.loads(sent)["selection"]["cells"]] if sent else []


def image_in(at: AppTest, container_key: str) -> tuple[str, str]:
    """(SVG text, alt text) of the SVG image inside the container with this key."""
    def walk(node: Any) -> Iterable[Any]:
        for child in getattr(node, "children", {}).values():
            yield child
            yield from walk(child)
    container = next(b for b in walk(at.main) if b.proto is not None and container_key in str(b.proto)[:300])
    image = next(el.proto.imgs[0] for el in walk(container) if type(el).__name__ == "Image")
    assert image.url.startswith("data:image/svg+xml;base64,")
    return base64.b64decode(image.url.split(",", 1)[1]).decode("utf-8"), str(image.alt)


def values(data: Any) -> list[Any]:
    """A plotly array as a list: plotly 7 writes numeric arrays as {"dtype", "bdata" (base64), "shape"}."""
    if isinstance(data, dict) and "bdata" in data:
        array = np.frombuffer(base64.b64decode(data["bdata"]), dtype=np.dtype(data["dtype"]))
        if "shape" in data:
            array = array.reshape([int(n) for n in str(data["shape"]).split(",")])
        return list(array.tolist())
    return list(data)


def _stored(at: AppTest, key: str) -> MemoryFile:
    url = str(at.download_button(key=key).proto.url)
    assert url, f"download button {key!r} has no file"
    name = url.rsplit("/", 1)[-1]
    for store in reversed(_STORES):
        try:
            return store.get_file(name)
        except MediaFileStorageError:  # another run's storage
            continue
    raise AssertionError(f"no stored file behind {url}")


def download(at: AppTest, key: str) -> bytes:
    """The bytes a download button serves (AppTest keeps only the file's URL in the element)."""
    return bytes(_stored(at, key).content)


def download_name(at: AppTest, key: str) -> tuple[str, str]:
    """File name and MIME type a download button serves its file with."""
    stored = _stored(at, key)
    return str(stored.filename), str(stored.mimetype)


def shown_quotes(at: AppTest) -> list[str]:
    """Ids of the quotes whose text the page shows (st.text), in page order."""
    by_text = {q["text"]: q["id"] for q in Data.quotes()}
    return [by_text[str(t.value)] for t in at.text if str(t.value) in by_text]


# --- expected values, read straight from the YAML ------------------------------------------------------------


@cache
def _records(name: str) -> Any:
    with (DATA / f"{name}.yaml").open(encoding="utf-8") as handle:
        return yaml.load(handle, Loader=getattr(yaml, "CSafeLoader", yaml.SafeLoader))


class Data:
    """Independent readings of data/*.yaml."""

    @staticmethod
    def quotes() -> list[dict[str, Any]]:
        return list(_records("quotes"))

    @staticmethod
    def signals() -> list[dict[str, Any]]:
        return list(_records("signals"))

    @staticmethod
    def events() -> list[dict[str, Any]]:
        return list(_records("events"))

    @staticmethod
    def sources() -> list[dict[str, Any]]:
        return list(_records("sources"))

    @staticmethod
    def actors() -> dict[str, dict[str, Any]]:
        return {a["id"]: a for a in _records("actors")}

    @staticmethod
    def alliance() -> dict[str, Any]:
        return dict(_records("alliance"))

    @staticmethod
    def states() -> dict[str, dict[str, Any]]:
        return {s["iso3"]: s for s in _records("alliance")["states"]}

    @staticmethod
    def dimensions() -> dict[str, dict[str, Any]]:
        return {d["id"]: d for d in _records("codebook")["dimensions"]}

    # -- quotes

    @classmethod
    def quotes_by(cls, actor: str) -> set[str]:
        return {q["id"] for q in cls.quotes() if actor in q["speakers"]}

    @classmethod
    def quotes_for_country(cls, iso3: str, mode: str = "either") -> set[str]:
        """mode: 'about' (countries discussed), 'speaker' (a speaker's nationality or affiliation), 'either'."""
        actors = cls.actors()
        found = set()
        for q in cls.quotes():
            about = iso3 in (q.get("about") or [])
            spoken = any(iso3 in (actors[s].get("nationality"), actors[s].get("affiliation")) for s in q["speakers"])
            if {"about": about, "speaker": spoken, "either": about or spoken}[mode]:
                found.add(q["id"])
        return found

    @classmethod
    def quotes_with_dimension(cls, dimension: str) -> set[str]:
        return {q["id"] for q in cls.quotes() if dimension in q["dimensions"]}

    @classmethod
    def quote_date(cls, quote: dict[str, Any]) -> str:
        """The date a quote is shown with: its event's date, else its source's publication date."""
        if quote.get("event"):
            return str(next(e["date"] for e in cls.events() if e["id"] == quote["event"]))
        return str(next(s["published"]["date"] for s in cls.sources() if s["id"] == quote["source"]))

    @staticmethod
    def bounds(value: str) -> tuple[date, date]:
        """First and last day of an ISO date of reduced precision (2022, 2022-01, 2022-01-13)."""
        parts = [int(p) for p in str(value).split("-")]
        if len(parts) == 1:
            return date(parts[0], 1, 1), date(parts[0], 12, 31)
        if len(parts) == 2:
            return date(parts[0], parts[1], 1), date(parts[0], parts[1], calendar.monthrange(*parts)[1])
        return date(*parts), date(*parts)

    # -- signals and scores

    @classmethod
    def signal_ids(cls, *, state: str | None = None, actor: str | None = None, dimension: str | None = None,
                   kind: str = "all") -> set[str]:
        dims = cls.dimensions()
        return {s["id"] for s in cls.signals()
                if (state is None or s.get("state") == state) and (actor is None or s.get("actor") == actor)
                and (dimension is None or s["dimension"] == dimension)
                and (kind == "all" or dims[s["dimension"]]["kind"] == kind)}

    @classmethod
    def weights(cls, **overrides: float) -> dict[str, float]:
        return {d: float(overrides.get(d, spec["default_weight"])) for d, spec in cls.dimensions().items()}

    @classmethod
    def index(cls, by: str = "state", weights: Mapping[str, float] | None = None,
              kinds: Iterable[str] | None = None, actors: Iterable[str] | None = None) -> dict[str, float]:
        """Stance index per subject: sum(weight x direction x strength) / sum(weight x strength); with `actors`,
        over the signals one of them gives."""
        weights = weights or cls.weights()
        dims = cls.dimensions()
        wanted = set(kinds) if kinds is not None else {"rhetoric", "behaviour"}
        givers = set(actors) if actors is not None else None
        num: dict[str, float] = {}
        den: dict[str, float] = {}
        for s in cls.signals():
            subject = s.get(by)
            if not subject or dims[s["dimension"]]["kind"] not in wanted:
                continue
            if givers is not None and s.get("actor") not in givers:
                continue
            w = weights[s["dimension"]]
            num[subject] = num.get(subject, 0.0) + w * s["direction"] * s["strength"]
            den[subject] = den.get(subject, 0.0) + w * s["strength"]
        return {k: num[k] / den[k] for k in num if den[k] > 0}

    @classmethod
    def coded_cells(cls, by: str = "state", kind: str = "all") -> set[tuple[str, str]]:
        dims = cls.dimensions()
        return {(s[by], s["dimension"]) for s in cls.signals()
                if s.get(by) and (kind == "all" or dims[s["dimension"]]["kind"] == kind)}

    @classmethod
    def cell_score(cls, subject: str, dimension: str, by: str = "state") -> float:
        w = cls.weights()[dimension]
        return w * sum(int(s["direction"]) * int(s["strength"]) for s in cls.signals()
                       if s.get(by) == subject and s["dimension"] == dimension)

    # -- events

    @classmethod
    def events_naming(cls, actor: str) -> set[str]:
        """Events whose actors include `actor` (an id)."""
        return {e["id"] for e in cls.events() if actor in (e.get("actors") or [])}

    @classmethod
    def events_for(cls, iso3: str) -> set[str]:
        return {e["id"] for e in cls.events()
                if any(iso3 in (e.get(role) or []) for role in ("states", "absent", "location_states", "targets"))}
