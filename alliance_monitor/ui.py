"""Streamlit helpers shared by the entrypoint and the pages: the only engine module that imports streamlit.

The dataset is loaded once per process and shared by every session (`st.cache_resource`, keyed by a fingerprint
of the data and seed files, so an edited file is picked up and a stale dataset is never served). A new process
reads it from the on-disk compiled cache (`cache.py`) when the files have not changed since it was written.
"""

from __future__ import annotations

import functools
import gc
import math
import os
import re
import threading
import time
from collections import OrderedDict
from collections.abc import Callable, Hashable, Sequence
from dataclasses import dataclass, field, fields, is_dataclass
from datetime import date as Date
from datetime import datetime
from pathlib import Path
from typing import Any, TypeVar, cast
from urllib.parse import urlencode

import pandas as pd
import streamlit as st

from alliance_monitor import cache, score
from alliance_monitor.load import Dataset, InvalidDataset, Problem, data_dir_from_env, files_fingerprint_and_count
from alliance_monitor.models import RECORD_FILES
from alliance_monitor.tables import Tables

COUNTRY_KEY = "country"
SPEAKER_KEY = "speaker"
GLOBAL_KEYS = (COUNTRY_KEY, SPEAKER_KEY)

# A diverging, colour-blind-safe scale (ColorBrewer PuOr): purple = toward national interest, orange = toward
# the leading state, a light neutral middle. "Not coded" is drawn apart (hollow grey), never as the middle.
NATIONAL_COLOUR = "#542788"
LEADER_COLOUR = "#b35806"
NEUTRAL_COLOUR = "#f7f7f7"
NOT_CODED_COLOUR = "#9aa0a6"
DIVERGING_SCALE: list[list[Any]] = [
    [0.0, "#2d004b"], [0.15, NATIONAL_COLOUR], [0.3, "#8073ac"], [0.42, "#d8daeb"], [0.5, NEUTRAL_COLOUR],
    [0.58, "#fee0b6"], [0.7, "#e08214"], [0.85, LEADER_COLOUR], [1.0, "#7f3b08"],
]


R = TypeVar("R")


class _Memo:
    """Results derived from one dataset, each computed once per distinct small arguments and shared by every
    session of the process. Least recently used entries go first: beyond `max_entries` of one function, and
    beyond MAX_BYTES in all (a state's profile at 1000x the real data holds ~15 MB of rows)."""

    MAX_ENTRIES = 32
    MAX_BYTES = 64 * 2**20

    def __init__(self) -> None:
        self._lock = threading.Lock()
        self._entries: OrderedDict[tuple[Hashable, Hashable], tuple[Any, int]] = OrderedDict()
        self._per_function: dict[Hashable, int] = {}
        self._bytes = 0

    def get(self, fn: Callable[..., R], args: tuple[Any, ...], kwargs: dict[str, Any], max_entries: int) -> R:
        code = getattr(fn, "__code__", None)
        # a function of a page (or a lambda) is created anew on every run: know it by its place and its code
        where: Hashable = (getattr(fn, "__module__", ""), getattr(fn, "__qualname__", repr(fn)), code.co_filename,
                           code.co_firstlineno, code.co_code, code.co_consts) if code is not None else fn
        key = (where, (_key(args), _key(kwargs)))
        with self._lock:
            hit = self._entries.get(key)
            if hit is not None:
                self._entries.move_to_end(key)
                return cast(R, hit[0])
        value = fn(*args, **kwargs)  # outside the lock: sessions do not wait for each other's views
        size = _size(value)
        with self._lock:
            if key not in self._entries:
                self._entries[key] = (value, size)
                self._bytes += size
                self._per_function[where] = self._per_function.get(where, 0) + 1
                if self._per_function[where] > max_entries:
                    self._drop(next(k for k in self._entries if k[0] == where))
                while self._bytes > self.MAX_BYTES and len(self._entries) > 1:
                    self._drop(next(iter(self._entries)))
        return value

    def _drop(self, key: tuple[Hashable, Hashable]) -> None:
        _, size = self._entries.pop(key)
        self._bytes -= size
        self._per_function[key[0]] -= 1


def _size(value: Any, depth: int = 0) -> int:
    """Rough bytes held by a shared result: its frames and arrays, walked a few levels into containers."""
    if isinstance(value, pd.DataFrame):
        return int(value.memory_usage(index=True, deep=False).sum())
    if isinstance(value, pd.Series | pd.Index):
        return int(value.memory_usage(index=True, deep=False)) if isinstance(value, pd.Series) else \
            int(value.memory_usage(deep=False))
    if hasattr(value, "nbytes") and isinstance(getattr(value, "nbytes", None), int):
        return int(value.nbytes)
    if isinstance(value, str | bytes):
        return len(value) + 50
    if depth >= 3:
        return 64
    if isinstance(value, list | tuple | set | frozenset):
        return 56 + 8 * len(value) + sum(_size(v, depth + 1) for v in list(value)[:1000])
    if isinstance(value, dict):
        return 64 + 16 * len(value) + sum(_size(v, depth + 1) for v in list(value.values())[:1000])
    if is_dataclass(value) and not isinstance(value, type):
        return 64 + sum(_size(getattr(value, f.name), depth + 1) for f in fields(value))
    return 64


def _key(value: Any) -> Hashable:
    """A hashable key for small arguments; the dataset's own frames and records are known by identity."""
    if value is None or isinstance(value, str | int | float | bool | Date):
        return value
    if isinstance(value, list | tuple):
        return tuple(_key(v) for v in value)
    if isinstance(value, dict):
        return ("dict", tuple(sorted((str(k), _key(v)) for k, v in value.items())))
    if isinstance(value, set | frozenset):
        return ("set", frozenset(_key(v) for v in value))
    if isinstance(value, Tables | Dataset | pd.DataFrame | pd.Series):
        return ("id", id(value))
    if is_dataclass(value) and not isinstance(value, type):
        return (type(value).__qualname__, tuple((f.name, _key(getattr(value, f.name))) for f in fields(value)))
    raise TypeError(f"cannot key a shared result on a {type(value).__name__}")


@dataclass(frozen=True)
class AppData:
    dataset: Dataset
    tables: Tables
    default_weights: dict[str, float]
    country_names: dict[str, str]
    speaker_names: dict[str, str]
    """People and organisations that speak in a quote or give a signal, in the order of actors.yaml."""
    speaker_country: Any = field(repr=False)
    state_index: pd.DataFrame = field(repr=False, compare=False)
    """The states' index table at the codebook's weights (compiled with the dataset): the overview's map and
    findings read it instead of computing it in a visitor's first run."""
    country_labels: list[str] = field(default_factory=list, repr=False)
    """country_names' values, in its order (the sidebar's options, ready for every rerun)."""
    speaker_labels: list[str] = field(default_factory=list, repr=False)
    memo: _Memo = field(default_factory=_Memo, repr=False, compare=False)

    def shared(self, fn: Callable[..., R], *args: Any, max_entries: int = _Memo.MAX_ENTRIES, **kwargs: Any) -> R:
        """`fn(*args, **kwargs)`, computed once for this dataset and these arguments and shared by every session.

        For the views of the pages: a warm rerun then only draws. The result is shared, so it must be treated as
        read-only (as the tables are). Arguments must be small values (filters, weights) or this dataset's own
        tables, records and frames, which are known by identity.
        """
        return self.memo.get(fn, args, kwargs, max_entries)


@st.cache_resource(max_entries=1, show_spinner="Loading the dataset…")
def _load(data_dir: str, fingerprint: str) -> AppData | list[Problem]:
    loaded = cache.load(Path(data_dir), write_in_background=True)
    if loaded.compiled is None:
        return loaded.problems
    return _app_data_of(loaded.compiled)


_last_app_data: tuple[cache.Compiled, AppData] | None = None


def _app_data_of(compiled: cache.Compiled) -> AppData:
    """The AppData of a compiled dataset; the same one (with its shared views) while the content is the same, so
    a file that is only touched does not throw the views away."""
    global _last_app_data
    last = _last_app_data
    if last is not None and last[0] is compiled:
        return last[1]
    ds, tables = compiled.dataset, compiled.tables
    speakers = compiled.speaker_names  # (made when the dataset was compiled: 70 ms at 1000x the real data)
    country_names = {s.iso3: s.name for s in ds.alliance.states}
    data = AppData(
        dataset=ds,
        tables=tables,
        default_weights=score.default_weights(tables.dimensions),
        country_names=country_names,
        speaker_names=speakers,
        speaker_country=compiled.speaker_country,
        state_index=compiled.state_index,
        country_labels=list(country_names.values()),
        speaker_labels=list(speakers.values()),
    )
    if last is not None:  # a new dataset replaces one: let the collector see the old one again
        _freeze.reloaded()
    _last_app_data = (compiled, data)
    _freeze.loaded()
    return data


class _Freeze:
    """Keep the dataset out of the garbage collector's scans.

    Streamlit runs a full collection after every script run (`runner.postScriptGC`, on by default), and a full
    collection walks every tracked object: at 1000x the real data, 620,000 of them, 330 ms after every rerun of
    every session, holding the GIL. The dataset lives as long as the process, so once it is loaded `gc.freeze()`
    moves it (with everything else alive then) out of the scans. When a new dataset replaces it, the frozen
    objects are released (`gc.unfreeze`), and frozen again at the next rerun, once the old dataset has been
    collected: a frozen object is never collected, so freezing the old one would leak it.
    """

    def __init__(self) -> None:
        self._lock = threading.Lock()
        self._pending = False

    def loaded(self) -> None:
        with self._lock:
            if not self._pending:
                gc.freeze()

    def reloaded(self) -> None:
        with self._lock:
            gc.unfreeze()
            self._pending = True

    def settle(self) -> None:
        """At a rerun after a reload: collect the old dataset, then freeze the new one."""
        if not self._pending:
            return
        with self._lock:
            if self._pending:
                gc.collect()
                gc.freeze()
                self._pending = False


_freeze = _Freeze()


FULL_SCAN_INTERVAL = 2.0
"""Seconds between two full scans of the data and seed files, for datasets of more than FULL_SCAN_FILES files."""
FULL_SCAN_FILES = 200
"""Up to this many files (~0.8 ms to scan), every file is checked on every rerun."""


@dataclass
class _Watch:
    fingerprint: str = ""
    files: int = 0
    scanned_at: float = float("-inf")
    lock: threading.Lock = field(default_factory=threading.Lock)


_watches: dict[str, _Watch] = {}
_watches_lock = threading.Lock()


def _quick_stats(root: Path) -> str:
    """Size, times and inode of the data files and of the data and seed folders themselves (9 stats, ~30 us)."""
    parts = []
    for path in (root, root.parent / "seeds", *(root / f"{kind}.yaml" for kind in RECORD_FILES)):
        try:
            st_ = os.stat(path)
            parts.append(f"{st_.st_size}.{st_.st_mtime_ns}.{st_.st_ctime_ns}.{st_.st_ino}")
        except OSError:
            parts.append("-")
    return "|".join(parts)


def _fingerprint(root: Path) -> str:
    """The data's fingerprint for this rerun: never stale for the data files, at most 2 s late for a seed.

    Every data and seed file is checked on every rerun while there are at most FULL_SCAN_FILES of them (the real
    data has 9: 0.1 ms). A larger dataset is scanned in full at most every FULL_SCAN_INTERVAL seconds (2,000
    seeds take ~8 ms, more than a whole rerun of a light page), and its data files and the data and seed folders
    themselves on every rerun: an edited data file, or a seed replaced by a new file, added or removed (which
    changes the seed folder), is seen at once; only a seed edited in place can go unseen, for at most 2 s.
    """
    key = str(root)
    with _watches_lock:
        watch = _watches.setdefault(key, _Watch())
    with watch.lock:
        now = time.monotonic()
        small = watch.files and watch.files <= FULL_SCAN_FILES
        if not watch.files or small or now - watch.scanned_at >= FULL_SCAN_INTERVAL:
            watch.fingerprint, watch.files = files_fingerprint_and_count(root)
            watch.scanned_at = now
        if watch.files <= FULL_SCAN_FILES:
            return watch.fingerprint
        return f"{watch.fingerprint}:{_quick_stats(root)}"


_resolved: dict[str, Path] = {}


def _data_root() -> Path:
    """The data folder, resolved (once per configured path: resolving walks every path component)."""
    configured = data_dir_from_env()
    key = str(configured)
    root = _resolved.get(key)
    if root is None:
        root = _resolved[key] = configured.resolve()
    return root


_this_run = threading.local()


def load_app_data() -> AppData:
    """The shared dataset; raises InvalidDataset (with every problem) when the data folder does not validate."""
    root = _data_root()
    result = _load(str(root), _fingerprint(root))
    if isinstance(result, list):
        raise InvalidDataset(result)
    _freeze.settle()
    _this_run.data = (result, root, time.monotonic())
    return result


def app_data() -> AppData:
    """For pages: the entrypoint has already checked that the data is valid.

    The page runs in the thread that ran the entrypoint a moment ago, which checked the files: its AppData is
    taken again, so a page sees the very dataset its sidebar was built from, and the check is not repeated.
    """
    last = getattr(_this_run, "data", None)
    if last is not None and last[1] == _data_root() and time.monotonic() - last[2] < 1.0:
        return cast(AppData, last[0])
    return load_app_data()


# --- bounded tables ------------------------------------------------------------------------------------------

MAX_TABLE_ROWS = 1000
"""Rows a table sends to the browser at most: beyond it a notice says how many there are and where to find them."""


EAGER_DOWNLOAD_ROWS = 2000
"""Up to this many rows a download's file is ready with the page (as for the real data); above it, the file is
written when the button is pressed: tens of megabytes are not rebuilt and kept per session on every rerun."""


_derived_lock = threading.Lock()
_derived: OrderedDict[tuple[int, Hashable], tuple[Any, Any]] = OrderedDict()
DERIVED_ENTRIES = 64


def derive(frame: Any, tag: Hashable, make: Callable[[], R]) -> R:
    """`make()`, a value derived from `frame`, made once per frame and tag. The memo holds the frame itself, so
    a frame is never mistaken for a later one that reuses its id. For the shared frames of the pages (the
    tables and data.shared results), which stay the same object from one rerun to the next."""
    key = (id(frame), tag)
    with _derived_lock:
        hit = _derived.get(key)
        if hit is not None and hit[0] is frame:
            _derived.move_to_end(key)
            return cast(R, hit[1])
    value = make()
    with _derived_lock:
        _derived[key] = (frame, value)
        while len(_derived) > DERIVED_ENTRIES:
            _derived.popitem(last=False)
    return value


def arrow(frame: pd.DataFrame, columns: Sequence[str] | None = None) -> Any:
    """`frame` (or these columns of it) as the pyarrow Table st.dataframe would make of it, made once per frame.

    st.dataframe converts a pandas frame to Arrow on every rerun (~1 ms for a small frame, more for a large one);
    given the Table it only serializes it. The conversion is Streamlit's own, so the bytes are the same. Only for
    tables shown with hide_index set (the index is then hidden either way).
    """
    from streamlit import dataframe_util

    cols = tuple(columns) if columns is not None else None
    return derive(frame, ("arrow", cols), lambda: dataframe_util.convert_pandas_df_to_arrow_table(
        frame if cols is None else frame[list(cols)]))


def records(frame: pd.DataFrame, columns: Sequence[str] | None = None, limit: int | None = None
            ) -> list[dict[str, Any]]:
    """The first `limit` rows of a shared frame as dicts (these columns), made once per frame: pandas takes
    ~1-2 ms to walk even a few rows of text columns. The list is shared: read-only."""
    cols = tuple(columns) if columns is not None else None

    def make() -> list[dict[str, Any]]:
        rows = frame if limit is None else frame.iloc[:limit]
        return [{str(k): v for k, v in row.items()}
                for row in (rows if cols is None else rows[list(cols)]).to_dict("records")]

    return derive(frame, ("records", cols, limit), make)


_drawn_class: Any = None


def drawn(fig: Any) -> Any:
    """A shared plotly figure, for st.plotly_chart, whose JSON-ready dict is made once instead of on every rerun.

    st.plotly_chart calls `figure.to_dict()` on every run: a deep copy of the figure plus a base64 encoding of
    its arrays (3-4 ms for the timeline of the real data, the biggest cost of its rerun). The figure returned
    gives the dict made once, in plain JSON types; Streamlit only reads it. For figures that are not changed
    afterwards (the pages' data.shared figures).
    """
    global _drawn_class
    if _drawn_class is None:
        import plotly.graph_objects as go

        class Drawn(go.Figure):  # type: ignore[misc]
            def __init__(self, spec: dict[str, Any]) -> None:
                super().__init__()
                self._spec = spec

            def to_dict(self) -> dict[str, Any]:
                return self._spec

        _drawn_class = Drawn
    def plain_spec() -> dict[str, Any]:
        # JSON types only (what plotly's own encoder writes, read back once): orjson then dumps it in one C call
        # on every rerun, instead of plotly walking the whole figure to clean numpy values first
        import json

        import plotly.io

        spec: dict[str, Any] = json.loads(plotly.io.to_json(fig, validate=False))
        return spec

    return derive(fig, "drawn", lambda: _drawn_class(plain_spec()))


def capped(frame: pd.DataFrame, what: str, limit: int = MAX_TABLE_ROWS, hint: str = "") -> pd.DataFrame:
    """The first `limit` rows of `frame`, with a notice above the table when there are more."""
    if len(frame) <= limit:
        return frame
    st.info(f"Showing the first {limit:,} of {len(frame):,} {what}." + (f" {hint}" if hint else ""),
            icon=":material/filter_list:")
    return derive(frame, ("head", limit), lambda: frame.iloc[:limit])


# --- showing untrusted text ----------------------------------------------------------------------------------

_PUNCTUATION = re.compile(r"[!-/:-@\[-`{-~]")
_BREAKERS = re.compile(r"(?<=:)(?=[A-Za-z/])|(?<=[-=<>!])(?=[>=-])|(?<=/)(?=/)|(?<=@)(?=\w)|(?<=\bwww)(?=\.)",
                       re.IGNORECASE)
_WORD_JOINER = "\u2060"


def literal(text: str) -> str:
    """Markdown that displays `text` exactly as written.

    Every ASCII punctuation character becomes a numeric entity (no Markdown, HTML, LaTeX or links), and a word
    joiner is put inside `:name:`, arrows (`->`, `<=`, `!=`, ...), `//`, `www.` and after `@`, which Streamlit
    would otherwise turn into icons, symbols and links (GFM autolinks `www.example.org` and `name@example.org`
    even through the entities).
    Newlines become Markdown line breaks.
    """
    text = _BREAKERS.sub(_WORD_JOINER, text)
    text = _PUNCTUATION.sub(lambda m: f"&#{ord(m.group())};", text)
    return text.replace("\r\n", "\n").replace("\n", "  \n")


def small(text: str) -> str:
    """Markdown that shows `text` exactly as written, small and grey like a caption: for a secondary line in the
    same element as its heading (one element instead of a markdown and a caption)."""
    return "  \n".join(f":small[:gray[{literal(line)}]]" if line.strip() else ""
                        for line in text.replace("\r\n", "\n").split("\n"))


# --- global filters and the URL ------------------------------------------------------------------------------


def selected_countries() -> list[str]:
    return [c for c in st.session_state.get(COUNTRY_KEY, []) if isinstance(c, str)]


def selected_speakers() -> list[str]:
    return [s for s in st.session_state.get(SPEAKER_KEY, []) if isinstance(s, str)]


def unknown_url_values(key: str, known_labels: Sequence[str]) -> list[str]:
    """Values of a URL parameter that no option of its widget carries (Streamlit drops them silently)."""
    values = st.query_params.get_all(key)
    if not values:  # the usual case: no set of (at 1000x the data) 12,000 labels to build
        return []
    known = set(known_labels)
    return [v for v in values if v and v not in known]


def view_link() -> str:
    """The full URL of this view: page address plus every parameter now in the URL."""
    base = st.context.url or ""
    params: list[tuple[str, str]] = []
    for key in st.query_params:
        params.extend((key, v) for v in st.query_params.get_all(key))
    return f"{base}?{urlencode(params)}" if params else base


def filter_notes(country: str | None, speaker: str | None) -> list[str]:
    """How the global filters apply on this page, a line per active filter (None: the filter does not apply)."""
    notes = []
    if selected_countries():
        notes.append(f"Country filter: {country}" if country else "The country filter does not apply on this page.")
    if selected_speakers():
        notes.append(f"Speaker filter: {speaker}" if speaker else "The speaker filter does not apply on this page.")
    return notes


def filter_scope(country: str | None, speaker: str | None, caption: str = "") -> None:
    """Say how the global filters apply on this page (see filter_notes), in one caption; `caption` (Markdown) is a
    caption of the page's own that follows them in the same element."""
    lines = filter_notes(country, speaker) + ([caption] if caption else [])
    if lines:
        st.caption("  \n".join(lines))


def signed(value: float | None) -> str:
    """An index as text: '+0.60', or 'not coded' for a missing value."""
    if value is None or value != value:  # NaN
        return "not coded"
    return f"{value:+.2f}"


STREAMLIT_PARAMS = frozenset({"embed", "embed_options"})


UrlSpec = Sequence[str] | Callable[[str], bool] | None
"""What a URL parameter may hold: the labels of its widget's options, a test of one value, or None (any value)."""


def _rejected(key: str, valid: UrlSpec) -> list[str]:
    values = [v for v in st.query_params.get_all(key) if v]
    if valid is None:
        return []
    if callable(valid):
        return [v for v in values if not valid(v)]
    return [v for v in values if v not in set(valid)]


def _notice_text(ignored: list[str]) -> str:
    shown = "; ".join(ignored[:5]) + (f" and {len(ignored) - 5} more" if len(ignored) > 5 else "")
    return f"Ignored from the link: {literal(shown)}."


@dataclass
class UrlNotice:
    """The page's one "Ignored from the link" notice; check_url_values adds to it further down the page."""

    ignored: list[str]
    slot: Any = None

    def add(self, more: list[str]) -> None:
        self.ignored += more
        if self.ignored and self.slot is not None:
            self.slot.warning(_notice_text(self.ignored), icon=":material/link_off:")


def check_url(page_params: dict[str, UrlSpec], *, multi: Sequence[str] = (), more: bool = False) -> UrlNotice:
    """Warn about URL parameters this page ignores: unknown names, values no option of a widget carries or its
    test refuses, and repeated values of a parameter that holds one (`multi` names those that hold several).

    `page_params` maps each of the page's own parameters to what it may hold (see UrlSpec). Streamlit drops
    such values silently; this runs before the page's widgets, which still find them in the URL. Empty values
    (`?q=`) ask for nothing and are not reported. With `more`, the notice keeps its place for check_url_values.
    """
    present = set(st.query_params)  # the names in the link: usually few, so only they are looked at
    ignored = [f"parameter {key[:40]!r}" for key in st.query_params
               if key not in page_params and key not in GLOBAL_KEYS and key not in STREAMLIT_PARAMS]
    for key, valid in page_params.items():
        if key not in present:
            continue
        if key not in multi and len([v for v in st.query_params.get_all(key) if v]) > 1:
            ignored.append(f"{key} given more than once (one value expected)")
            continue
        ignored += [f"{key} {value[:80]!r}" for value in _rejected(key, valid)]
    notice = UrlNotice([], st.empty() if more else None)
    if more:
        notice.add(ignored)
    elif ignored:
        st.warning(_notice_text(ignored), icon=":material/link_off:")
    return notice


def differs(defaults: dict[str, Any]) -> bool:
    """Whether a bound widget (key -> its default value) holds another value, in the link or from the last run.

    For widgets drawn on demand (in a closed panel only while needed): a widget that is not drawn loses its value
    and its parameter in the link, so one that holds a choice must be drawn.
    """
    present = set(st.query_params)
    return any(key in present or st.session_state.get(key, default) != default for key, default in defaults.items())


def check_url_values(notice: UrlNotice, page_params: dict[str, UrlSpec]) -> None:
    """check_url's value test for parameters whose options are known only further down the page (they depend on
    other widgets or on the filtered result): call it just before their widget is created; what it finds joins
    the page's notice. Repeated values were already reported by check_url."""
    ignored = []
    present = set(st.query_params)
    for key, valid in page_params.items():
        if key in present and len([v for v in st.query_params.get_all(key) if v]) == 1:
            ignored += [f"{key} {value[:80]!r}" for value in _rejected(key, valid)]
    notice.add(ignored)


def iso_date_between(first: Date, last: Date) -> Callable[[str], bool]:
    """A URL test for a date_input: a date Streamlit can read (YYYY-MM-DD or YYYY/MM/DD) within its bounds."""

    def valid(value: str) -> bool:
        for fmt in ("%Y-%m-%d", "%Y/%m/%d"):
            try:
                return first <= datetime.strptime(value, fmt).date() <= last
            except ValueError:
                continue
        return False

    return valid


def number_between(low: float, high: float, *, integer: bool = False) -> Callable[[str], bool]:
    """A URL test for a slider, number input or pagination: a finite number (an integer) within its bounds."""

    def valid(value: str) -> bool:
        try:
            number = int(value) if integer else float(value)
        except (ValueError, OverflowError):
            return False
        return math.isfinite(number) and low <= number <= high

    return valid


def fill(template: str, **values: str) -> str:
    """`template` with each `{name}` of `values` replaced and everything else kept as written.

    For templates that come from the data (the dataset's citation): str.format would raise on `{0}` or an unknown
    name and would read attributes for `{version.__class__}`.
    """
    return re.sub(r"\{(\w+)\}", lambda m: values.get(m.group(1), m.group(0)), template)


def plotly_text(text: str) -> str:
    """Text for plotly labels and hovers: its HTML-like tags (<a>, <span>, <br>) must not come from data."""
    return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")


@functools.cache
def signal_columns() -> dict[str, Any]:
    """Column configuration of every table of signals with their passages (matrix cells, state profiles).

    Made once per process and shared: read-only (st.dataframe copies a column configuration before changing it).
    """
    return {
        "dimension_label": st.column_config.TextColumn("Dimension", width=170),
        "passage": st.column_config.TextColumn("Passage", width="large"),
        "direction": st.column_config.NumberColumn("Direction", format="%+d", width="small",
                                                   help="+1 toward the leading state, -1 toward national interest"),
        "strength": st.column_config.NumberColumn("Strength", width="small"),
        "confidence": st.column_config.TextColumn("Confidence", width="small"),
        "date": st.column_config.TextColumn("Date", width=100),
        "rationale": st.column_config.TextColumn("Rationale", width="large"),
        "actor_name": st.column_config.TextColumn("Actor"),
        "source_title": st.column_config.TextColumn("Source", width="medium"),
        "url": st.column_config.LinkColumn("Link", display_text="Open", width="small"),
    }
