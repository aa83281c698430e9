"""The dataset for the server: loaded once per process, shared by every session, and the views the pages show,
each computed once per dataset and filter and shared.

The dataset is loaded through `st.cache_resource`, keyed by a fingerprint of the data and seed files, so an edited
file is picked up and a stale dataset is never served; a new process reads it from the on-disk compiled cache
(`alliance_monitor.cache`) when the files have not changed since it was written. The views (`quote_positions`,
`matrix_view`, `member_table`, ...) are the engine's `views` functions cached with `st.cache_resource`: the
dataset is known by its `AppData.key`, the other arguments are small values (filters, weights). The results are
shared by every session, so pages treat them as read-only.
"""

from __future__ import annotations

import gc
import os
import threading
import time
import uuid
from collections.abc import Callable
from dataclasses import dataclass, field, replace
from datetime import date as Date
from pathlib import Path
from typing import Any, Literal, TypeVar, cast

import numpy as np
import pandas as pd
import plotly.graph_objects as go
import streamlit as st

from alliance_monitor import cache, export, score, search, views
from alliance_monitor.app import figures
from alliance_monitor.app.render import MAX_TABLE_ROWS, drawn
from alliance_monitor.export import export_records
from alliance_monitor.load import Dataset, InvalidDataset, Problem, data_dir_from_env, files_fingerprint_and_count
from alliance_monitor.models import RECORD_FILES, date_bounds
from alliance_monitor.tables import ROLE_FIELDS, Tables

F = TypeVar("F", bound=Callable[..., Any])


@dataclass(frozen=True)
class AppData:
    """One validated dataset and what every page needs of it, made once when the dataset is loaded."""

    dataset: Dataset
    tables: Tables
    default_weights: dict[str, float]
    country_names: dict[str, str]
    """ISO-3 -> name of every state of the alliance file, members first (the sidebar's country options)."""
    speaker_names: dict[str, str]
    """People and organisations that speak in a quote or give a signal, in the order of actors.yaml."""
    speaker_country: Any = field(repr=False)
    state_index: pd.DataFrame = field(repr=False, compare=False)
    """The states' index table at the codebook's weights (compiled with the dataset): the overview's map and
    findings read it instead of computing it in a visitor's first run."""
    country_labels: list[str] = field(default_factory=list, repr=False)
    """country_names' values, in its order (the sidebar's options, ready for every rerun)."""
    speaker_labels: list[str] = field(default_factory=list, repr=False)
    dimensions: list[str] = field(default_factory=list, repr=False)
    """Codebook dimension ids, in the codebook's order."""
    dimension_labels: dict[str, str] = field(default_factory=dict, repr=False)
    source_titles: dict[str, str] = field(default_factory=dict, repr=False)
    quote_dates: tuple[Date, Date] = (Date.min, Date.max)
    """The first and last day any quote's date can stand for (the quote explorer's date bounds)."""
    published: tuple[Date, Date] = (Date.min, Date.max)
    """The first and last publication date of the sources."""
    key: str = field(default_factory=lambda: uuid.uuid4().hex)
    """This dataset's identity for the shared views' cache: new for every dataset loaded."""


_KEYS: dict[Any, Callable[[Any], Any]] = {
    AppData: lambda data: data.key,
    # its repr names every field and value: one call, where hashing it as a dataclass walks a copy of its fields
    views.QuoteQuery: repr,
    dict: repr,  # the matrix weights (dimension -> float, in the codebook's order): 4x faster than item by item
}


def _shared(max_entries: int) -> Callable[[F], F]:
    """`st.cache_resource` for a view of one dataset: the AppData argument is known by its key, not hashed."""
    return cast(Callable[[F], F], st.cache_resource(max_entries=max_entries, show_spinner=False, hash_funcs=_KEYS))


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
    quote_dates = tables.quotes["date"]
    published = sorted(s.published.date for s in ds.sources)
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
        dimensions=[str(d) for d in tables.dimensions.index],
        dimension_labels={str(k): str(v) for k, v in tables.dimensions["label"].items()},
        source_titles={str(k): str(v) for k, v in tables.sources["title"].items()},
        quote_dates=(date_bounds(quote_dates.min())[0], date_bounds(quote_dates.max())[1]) if len(quote_dates)
        else (Date.min, Date.max),
        published=(date_bounds(published[0])[0], date_bounds(published[-1])[1]),
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


# --- the views of the pages, shared by every session ---------------------------------------------------------


@_shared(64)
def quote_positions(data: AppData, query: views.QuoteQuery) -> np.ndarray:
    """Positions in `tables.quotes` of the quotes that match `query`, in its order."""
    return views.filter_positions(data.tables, query, data.speaker_country)


@_shared(64)
def quote_page(data: AppData, query: views.QuoteQuery, page: int, per_page: int) -> list[dict[str, Any]]:
    """The quotes of one page (1-based) of `query`'s matches, as dicts of `tables.quotes`' columns."""
    rows = quote_positions(data, query)[(page - 1) * per_page: page * per_page]
    return cast(list[dict[str, Any]], data.tables.quotes.iloc[rows].to_dict("records"))


@_shared(8)
def quote_downloads(data: AppData, query: views.QuoteQuery, view: str, accessed: Date) -> tuple[str, str, str]:
    """CSV, JSON and the CSV's 'about' text of `query`'s matches, with the view's metadata: its link `view`, taken
    on `accessed` (views.quotes_download, views.download_metadata)."""
    frame = data.tables.quotes.iloc[quote_positions(data, query)]
    info = data.dataset.alliance.dataset
    return views.quotes_download(frame, views.download_metadata(info.title, info.version, str(info.as_of),
                                                                info.licence, query, view, accessed, len(frame)))


@_shared(16)
def why_no_quote(data: AppData, query: views.QuoteQuery) -> str:
    """What in `query` leaves no quote (views.why_empty)."""
    return views.why_empty(data.tables, query)


@_shared(32)
def matrix_view(data: AppData, by: score.Subject, kind: views.KindFilter, weights: dict[str, float],
                subjects: list[str], speakers: list[str] | None = None) -> views.MatrixView:
    """The stance matrix of `by` ("state" or "actor") x dimensions, counting only the signals `speakers` give
    when any (views.matrix_view)."""
    return views.matrix_view(data.tables, by, kind, weights, subjects, speakers or ())


@_shared(32)
def matrix_table(data: AppData, by: score.Subject, kind: views.KindFilter, weights: dict[str, float],
                 subjects: list[str], max_rows: int, speakers: list[str] | None = None) -> figures.MatrixTable:
    """The matrix of the `max_rows` most coded rows of `matrix_view`, as a table of coloured cells ready to draw
    (figures.matrix_table)."""
    view = views.most_coded(matrix_view(data, by, kind, weights, subjects, speakers), max_rows)
    return figures.matrix_table(view, data.dataset.alliance, matrix_limit(data, weights),
                                "State" if by == "state" else "Speaker")


@_shared(32)
def matrix_limit(data: AppData, weights: dict[str, float]) -> float:
    """The matrix's colour limit at these weights: the largest |score| any cell can take under any filter (at least
    1). Not the shown view's: -3.0 must be the same purple under every filter and row kind (issue 12).

    A state's cell under the speaker filter counts only some of its signals, and a subset can score further from 0
    than the whole cell (signals of both directions cancel in the whole): so the limit is the largest one-direction
    cell, weight × the sum of its signals toward one side, over every state and speaker. That bounds every subset;
    on data whose cells are all of one direction it is the largest whole cell. The evidence filter needs no limit
    of its own: a dimension is of one kind, so its cells score the same under it."""
    signals = data.tables.signals
    sides = (signals[signals["direction"] > 0], signals[signals["direction"] < 0])
    scores = [score.cells(side, weights, by)["score"] for side in sides for by in ("state", "actor")]
    largest = max((float(s.abs().max()) for s in scores if not s.empty), default=0.0)
    return max(1.0, largest)


@_shared(32)
def cell_evidence(data: AppData, by: score.Subject, subject: str, dimension: str,
                  kind: views.KindFilter, speakers: list[str] | None = None) -> pd.DataFrame:
    """The signals behind one cell of the matrix, newest first; only those `speakers` give when any
    (views.cell_evidence)."""
    return views.cell_evidence(data.tables, by, subject, dimension, kind, speakers or ())


@_shared(32)
def member_table(data: AppData, countries: list[str]) -> pd.DataFrame:
    """A row per state of the alliance (the selected ones), at the codebook's weights (views.member_table)."""
    return views.member_table(data.tables, data.default_weights, countries, data.speaker_country)


@_shared(4)  # (a profile at 1000x the real data holds ~15 MB of rows)
def state_profile(data: AppData, iso3: str, speakers: list[str]) -> views.Profile:
    """A state's signals, quotes and events (views.state_profile), its events' kinds and states as labels."""
    profile = views.state_profile(data.tables, iso3, speakers, data.speaker_country)
    return replace(profile, events=_labelled_events(data, profile.events))


@_shared(32)
def stance_map(data: AppData, selected: frozenset[str]) -> figures.StanceMap:
    """The map of the alliance coloured by the stance index at the codebook's weights, `selected` outlined, drawn as
    an SVG on the server (figures.stance_map_svg)."""
    return figures.stance_map_svg(data.tables.states, data.state_index["overall"], data.dataset.alliance, selected)


@_shared(32)
def headline_findings(data: AppData, countries: list[str]) -> list[views.Finding]:
    """The overview's findings among `countries` (all members when empty), at the codebook's weights."""
    alliance = data.dataset.alliance
    return views.headline_findings(data.tables, data.default_weights, alliance.leading_state, alliance.leader_label,
                                   alliance.national_label, countries, index=data.state_index)


@_shared(32)
def events(data: AppData, countries: list[str], speakers: list[str] | None = None) -> pd.DataFrame:
    """The events that involve `countries` and name one of `speakers` among their actors (every event when both
    are empty), by date (views.events_for)."""
    return views.events_for(data.tables, countries, speakers or ())


@_shared(32)
def timeline_figure(data: AppData, countries: list[str], max_bars: int,
                    speakers: list[str] | None = None) -> tuple[go.Figure, bool]:
    """The chart of the `max_bars` most recent events of `countries` and `speakers` (events), and whether its axis
    has cuts."""
    fig, breaks = figures.timeline_figure(events(data, countries, speakers).iloc[-max_bars:])
    return drawn(fig), breaks


@_shared(32)
def timeline_rows(data: AppData, countries: list[str], speakers: list[str] | None = None) -> pd.DataFrame:
    """The timeline table: the most recent MAX_TABLE_ROWS events of `countries` and `speakers` (events), kinds as
    labels, states by name (issue 12: no raw id where a label exists)."""
    return _labelled_events(data, events(data, countries, speakers).iloc[-MAX_TABLE_ROWS:])


EVENT_TABLE_COLUMNS = ["date", "title", "kind", "location_states", "states", "absent", "targets", "passage",
                       "passage_link"]
"""The columns of every table of events (the timeline, a profile): what fits at 1280 px (issue 12), a column per
role a state can have in an event, and the link to the passage in the app (whose view links to the publisher)."""


def _labelled_events(data: AppData, frame: pd.DataFrame) -> pd.DataFrame:
    """Rows of tables.events with the kind as a label and the states of every role by name, as text ("Belarus,
    Kazakhstan"; issue 12: no raw id where a label exists, and no name cut at a column's edge)."""
    names = data.country_names

    def named(codes: list[str]) -> str:
        return ", ".join(names.get(c, c) for c in codes)

    return frame.assign(kind=frame["kind"].map(figures.kind_label),
                        **{field: frame[field].map(named) for field in ROLE_FIELDS.values()})


@_shared(64)
def source_chrome(data: AppData, source_id: str) -> pd.DataFrame:
    """The page chrome recorded for a source: kind, offsets, text."""
    return pd.DataFrame([{"kind": c.kind.value, "start": c.start, "end": c.end, "text": c.text}
                         for c in data.dataset.source_by_id[source_id].chrome])


@_shared(64)
def source_author_terms(data: AppData, source_id: str) -> pd.DataFrame:
    """The author's own quoted terms in a source (not a speaker's quotes): term, offset, note."""
    return pd.DataFrame([{"term": a.text, "start": a.start, "note": a.note or ""}
                         for a in data.dataset.source_by_id[source_id].author_terms])


@_shared(2)
def dataset_file(data: AppData, kind: Literal["datapackage", "sqlite"]) -> export.Download:
    """The whole dataset as a Data Package zip or a SQLite database (export.dataset_download), with its size."""
    return export.dataset_download(data.dataset, kind)


@_shared(1)
def dataset_json(data: AppData) -> str:
    """The whole dataset as JSON (export_records), for the download on Sources & method."""
    import json

    return json.dumps(export_records(data.dataset), ensure_ascii=False, indent=2)


@_shared(2)
def link_names(data: AppData) -> tuple[dict[str, str], dict[str, str]]:
    """What a hand-written link may call a country or a speaker: skeleton (search.skeleton) of every id, ISO-3 code,
    name and alias -> the record's id, for countries and for speakers. Issue 12: `?speaker=tokayev` and
    `?country=KAZ` are understood. A spelling shared by two records names neither (it is left out)."""

    def lookup(names: dict[str, list[str]]) -> dict[str, str]:
        found: dict[str, set[str]] = {}
        for record_id, spellings in names.items():
            for spelling in spellings:
                found.setdefault(search.skeleton(spelling), set()).add(record_id)
        return {key: next(iter(ids)) for key, ids in found.items() if key and len(ids) == 1}

    countries = {iso3: [iso3, name] for iso3, name in data.country_names.items()}
    actors = {a.id: a for a in data.dataset.actors}
    speakers = {}
    for sid, name in data.speaker_names.items():
        names = [name, *(actors[sid].aliases if sid in actors else [])]
        # and each word of them ("Lukashenka", a surname alone), unless another speaker shares it
        speakers[sid] = [sid, *names, *(word for n in names for word in n.split() if len(word) >= 4)]
    return lookup(countries), lookup(speakers)


@_shared(2)
def _speaker_haystacks(data: AppData) -> dict[str, str]:
    actors = {a.id: a for a in data.dataset.actors}
    return {sid: search.haystack([sid, name, *(actors[sid].aliases if sid in actors else [])])
            for sid, name in data.speaker_names.items()}


def find_speakers(data: AppData, text: str) -> list[str]:
    """Speakers (ids, in the sidebar's order) whose name or any alias holds every word of `text`, in any case,
    script or romanisation (search.skeleton); a word also matches with its h's dropped, so a spelling that lost
    its diacritics ("Abisev" for Abišev, whose skeleton is "abishev") still finds them. Issue 12: speakers are
    findable by any spelling (the sidebar's multiselect only searches the labels)."""
    terms = search.query_terms(text)
    if not terms:
        return []
    loose = [t.replace("h", "") for t in terms]
    found = []
    for sid, hay in _speaker_haystacks(data).items():
        bare = hay.replace("h", "")
        if all(f" {t}" in hay for t in terms) or all(f" {t}" in bare for t in loose):
            found.append(sid)
    return found


@_shared(4)
def codebook_rows(data: AppData) -> pd.DataFrame:
    """The codebook table: label, kind (a label: "Rhetoric"), default_weight, definition, toward_leader,
    toward_national; one row per dimension (issue 12: no raw id where a label exists)."""
    rows = data.tables.dimensions[["label", "kind", "default_weight", "definition", "toward_leader",
                                   "toward_national"]]
    return rows.assign(kind=rows["kind"].str.capitalize())


ROLES_MATCHED = "events held in a selected state, or in which it took part, was absent or was the target."
"""What a country filter matches among events (views.events_for: every role of tables.EVENT_ROLES), in words."""
ACTORS_MATCHED = "events that name a selected speaker among the people involved."
"""What a speaker filter matches among events (views.events_for: the event's actors), in words."""
