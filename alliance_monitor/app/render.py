"""Showing things: untrusted text as literal Markdown, numbers as text, the colour scale, the column
configurations of the tables, and tables, styled tables and figures prepared once per shared frame.

Untrusted text (quotes, names, notes, articles, URL values) reaches Streamlit only through `literal`/`small` (for
Markdown), `plotly_text` (for chart labels), `html.escape` (in the server-drawn SVGs of `figures`) or a literal
element (`st.text`, dataframes, styled ones included: a grid draws its cells as text).
"""

from __future__ import annotations

import functools
import re
import threading
from collections import OrderedDict
from collections.abc import Callable, Hashable, Sequence
from datetime import date as Date
from typing import Any, TypeVar, cast

import pandas as pd
import streamlit as st

from alliance_monitor.search import fold
from alliance_monitor.tables import EVENT_ROLES

R = TypeVar("R")

# A diverging, colour-blind-safe scale (ColorBrewer PuOr): purple = toward national interest, orange = toward
# the leading state, a light neutral middle. "Not coded" is drawn apart (a white cell with a grey dash in the
# matrix, a grey that reads at 4.8:1 on white), never as the middle.
NATIONAL_COLOUR = "#542788"
LEADER_COLOUR = "#b35806"
NEUTRAL_COLOUR = "#f7f7f7"
NOT_CODED_COLOUR = "#6b7280"
DIVERGING_SCALE: list[list[Any]] = [
    [0.0, "#2d004b"], [0.15, NATIONAL_COLOUR], [0.3, "#8073ac"], [0.42, "#d8daeb"], [0.5, NEUTRAL_COLOUR],
    [0.58, "#fee0b6"], [0.7, "#e08214"], [0.85, LEADER_COLOUR], [1.0, "#7f3b08"],
]


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


CUT_TEXT_HELP = ("A long text is cut at the row's height: double-click the cell to read it whole; the passage "
                 "view (Show) gives a passage in its source, with its offsets.")
"""The help of every table column whose text can be longer than its row shows (the screenshot review of issue 12:
a passage cut at the cell's edge read as complete)."""
HIGHLIGHT = ":orange"
"""The Markdown directive of a highlighted span: orange bold text. Not `:orange-background`, whose padding draws a
gap that reads as a space inside the quoted words ("( it was" where the source has "(it was": the screenshot
review of issue 12)."""


def highlighted(before: str, span: str, after: str) -> str:
    """Markdown that shows `before + span + after` exactly as written with `span` in orange bold (the passage view).
    Every part goes through `literal`, so the data cannot close the highlight or add markup (every `*`, `[` and
    `]` of the data is an entity); the highlight is applied per line, since a Markdown directive does not span a
    line break, and a line's outer spaces stay outside the bold (a `**` before a space is not bold)."""
    def mark(line: str) -> str:
        core = line.strip()
        if not core:
            return literal(line)
        lead, trail = line[:len(line) - len(line.lstrip())], line[len(line.rstrip()):]
        return f"{literal(lead)}{HIGHLIGHT}[**{literal(core)}**]{literal(trail)}"

    marked = "  \n".join(mark(line) for line in span.replace("\r\n", "\n").split("\n"))
    return literal(before) + marked + literal(after)


def passage_link(link: str, label: str, help: str | None = None) -> None:
    """An in-app link to the passage view (`link` is a table's `passage_link`: `sources?source=..&span=..`): a page
    link, so the app opens it in place and keeps the global filters."""
    from urllib.parse import parse_qsl, urlsplit

    st.page_link("app_pages/sources.py", label=label, icon=":material/format_quote:", help=help,
                 query_params=dict(parse_qsl(urlsplit(link).query)))


def signed(value: float | None) -> str:
    """An index as text: '+0.60', or 'not coded' for a missing value."""
    if value is None or value != value:  # NaN
        return "not coded"
    return f"{value:+.2f}"



def plotly_text(text: str) -> str:
    """Text for plotly labels and hovers: its HTML-like tags (<a>, <span>, <br>) must not come from data."""
    return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")


def passage_columns() -> dict[str, Any]:
    """The columns that lead to a passage inside the app (tables' `passage_link`, `start`, `end`): its offsets in
    the seed and a link to the Sources page that shows it highlighted in its source (issue 12)."""
    return {
        "passage_link": st.column_config.LinkColumn("Cited", display_text="Show", width=56,
                                                    help="The passage highlighted in its source text, in this app"),
        "start": st.column_config.NumberColumn("From", format="%d", width=56,
                                               help="Offset of the passage's first character in the source text"),
        "end": st.column_config.NumberColumn("To", format="%d", width=56,
                                             help="Offset just past the passage's last character"),
    }


@functools.cache
def signal_columns() -> dict[str, Any]:
    """Column configuration of every table of signals with their passages (matrix cells, state profiles).

    Widths are in pixels, chosen so that the columns a page shows fit the 820 px of content at a 1280 px window
    (issue 12: no column cut off at 1280 px; tests/app/test_browser_tables.py); long text wraps in tall rows.

    Made once per process and shared: read-only (st.dataframe copies a column configuration before changing it).
    """
    return {
        "dimension_label": st.column_config.TextColumn("Dimension", width=110),
        "passage": st.column_config.TextColumn("Passage", width=190, help=CUT_TEXT_HELP),
        "direction": st.column_config.NumberColumn("Direction", format="%+d", width=74,
                                                   help="+1 toward the leading state, -1 toward national interest"),
        "strength": st.column_config.NumberColumn("Strength", width=70),
        "confidence": st.column_config.TextColumn("Confidence", width=88),
        "date": st.column_config.TextColumn("Date", width=88),
        "rationale": st.column_config.TextColumn("Rationale", width=116, help=CUT_TEXT_HELP),
        "actor_name": st.column_config.TextColumn("Actor", width=110),
        "source_title": st.column_config.TextColumn("Source", width=110),
        "url": st.column_config.LinkColumn("Link", display_text="Open", width=56),
        **passage_columns(),
    }


# --- tables and figures made once per shared frame ----------------------------------------------------

MAX_TABLE_ROWS = 1000
"""Rows a table sends to the browser at most: beyond it a notice says how many there are and where to find them."""


EAGER_DOWNLOAD_ROWS = 2000
"""Up to this many rows a download's file is ready with the page (as for the real data); above it, the file is
written when the button is pressed: tens of megabytes are not rebuilt and kept per session on every rerun."""


_derived_lock = threading.Lock()
_derived: OrderedDict[tuple[int, Hashable], tuple[Any, Any]] = OrderedDict()
DERIVED_ENTRIES = 64


def derive(frame: Any, tag: Hashable, make: Callable[[], R]) -> R:
    """`make()`, a value derived from `frame` (its Arrow table, its first rows as dicts), made once per frame and tag.

    Hand-written on purpose, not `st.cache_resource`: the library's cache either hashes the frame's contents (a
    large DataFrame argument costs ~20 ms per call, ../shared/notes/streamlit.md, where the conversion it saves costs
    1-2 ms) or, keyed by `id`, could hand a freed frame's value to a later frame that reuses its id. This memo holds
    the frame itself, so that cannot happen. For the shared frames of the pages (the tables and the cached views of
    `app.data`), which stay the same object from one rerun to the next.
    """
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


def styled(frame: pd.DataFrame, css: pd.DataFrame, uuid: str, mark: tuple[int, int, str] | None = None) -> Any:
    """A pandas Styler of a shared `frame` of text with `css` (the same shape: a CSS declaration per cell), for
    st.dataframe, whose styles are worked out once per frame instead of on every rerun.

    On every run st.dataframe has a Styler compute and translate its styles (pandas' private `_compute` and
    `_translate`, which Streamlit calls), then writes each cell's display value from the translation into a copy
    of the frame, one column at a time (~0.5 ms a column with pandas 3's Arrow strings): together 6-7 ms for the
    stance matrix's 6 x 8 cells, most of its rerun. The Styler returned answers both calls with the translation
    made once (a dict shared by every session, which Streamlit only reads), like `drawn` for plotly figures, and
    that translation lists no display value: `frame` already holds the text shown, which Streamlit copies as it
    is. It is a plain Styler whose two methods are replaced on the instance (Streamlit recognises a Styler by its
    exact type, so a subclass would not do). `mark` (row position, column position, text): that one cell shown
    with this text instead (the matrix's chosen cell).
    """
    from pandas.io.formats.style import Styler  # (imports jinja2)

    def translate() -> dict[str, Any]:
        base: Any = frame.style.set_uuid(uuid).apply(lambda _: css, axis=None)
        base._compute()
        translated = cast(dict[str, Any], base._translate(False, False))  # Streamlit's arguments
        # the display values: Streamlit would write every cell's text over the copy of itself
        return {**translated, "body": []}

    translated = derive(frame, ("styled", uuid), translate)
    if mark is not None:
        row, column, text = mark
        translated = {**translated, "body": [[{"id": f"row{row}_col{column}", "display_value": text}]]}
    shown: Any = Styler(frame, uuid=uuid)
    shown._compute = lambda: shown
    shown._translate = lambda *args, **kwargs: translated
    return shown


def capped(frame: pd.DataFrame, what: str, limit: int = MAX_TABLE_ROWS, hint: str = "") -> pd.DataFrame:
    """The first `limit` rows of `frame`, with a notice above the table when there are more."""
    if len(frame) <= limit:
        return frame
    st.info(literal(f"Showing the first {limit:,} of {len(frame):,} {what}." + (f" {hint}" if hint else "")),
            icon=":material/filter_list:")
    return derive(frame, ("head", limit), lambda: frame.iloc[:limit])


@functools.cache
def member_columns() -> dict[str, Any]:
    """Column configuration of the member table (made once per process; read-only)."""
    return {
        "iso3": st.column_config.TextColumn("ISO", width=50),
        "state": st.column_config.TextColumn("State", width=100),
        "status": st.column_config.TextColumn("Status", width=115),
        "summits": st.column_config.TextColumn("Summits", width=100, help="Summits and meetings attended, absent"),
        "troops": st.column_config.TextColumn("Troop contributions", width=200),
        "ratification": st.column_config.TextColumn("Ratification", width=200),
        "index": st.column_config.NumberColumn("Index", format="%+.2f", width=76,
                                               help="Stance index over all coded evidence"),
        "rhetoric": st.column_config.NumberColumn("Rhetoric", format="%+.2f", width=74,
                                                  help="Index over what is said"),
        "behaviour": st.column_config.NumberColumn("Behaviour", format="%+.2f", width=82,
                                                   help="Index over what is done"),
        "quotes_by_nationals": st.column_config.NumberColumn("By nationals", width=90,
                                                             help="Quotes by its nationals"),
        "quotes_about": st.column_config.NumberColumn("About it", width=72, help="Quotes about it"),
        "signals": st.column_config.NumberColumn("Signals", width=64),
    }


ROLE_HELP = ("The states the sources name in this role: a source that names one participant of a summit does not "
             "make the others absent (only the Absent column says who stayed away)")


@functools.cache
def event_columns() -> dict[str, Any]:
    """Column configuration of every table of events (the timeline, a state's profile); read-only."""
    return {
        "date": st.column_config.TextColumn("Date", width=86),
        "title": st.column_config.TextColumn("Event", width=116),
        "kind": st.column_config.TextColumn("Kind", width=100),  # "Deployment", "Appointment" whole
        "location": st.column_config.TextColumn("Location", width=90),
        # a column per role a state can have in an event (tables.EVENT_ROLES), headed by the role's words
        # (names as text, which wraps in a tall row; a list's chips were cut at the column's edge)
        # the role columns list what the sources state, not a full roll: an event's "How the date was
        # established" note says what its sources leave out (e.g. only one state's attendance is stated)
        **{field: st.column_config.TextColumn(EVENT_ROLES[role].capitalize(), width=width, help=ROLE_HELP)
           for role, field, width in (("location", "location_states", 80), ("took_part", "states", 108),
                                      ("absent", "absent", 76), ("target", "targets", 80))},
        "description": st.column_config.TextColumn("Description", width=200),
        "date_note": st.column_config.TextColumn("How the date was established", width=200),
        "passage": st.column_config.TextColumn("Passage", width=112, help=CUT_TEXT_HELP),
        "source_title": st.column_config.TextColumn("Source", width=110),
        "url": st.column_config.LinkColumn("Link", display_text="Open", width=48),
        **passage_columns(),
    }


def codebook_columns(leader_label: str, national_label: str) -> dict[str, Any]:
    """Column configuration of the codebook table; its last two headers name the alliance's two directions."""
    return {"label": st.column_config.TextColumn("Dimension", width=120),
            "kind": st.column_config.TextColumn("Kind", width=82),
            "default_weight": st.column_config.NumberColumn("Weight", format="%.2f", width=66),
            "definition": st.column_config.TextColumn("Definition", width=190, help=CUT_TEXT_HELP),
            "toward_leader": st.column_config.TextColumn(f"Toward {leader_label}", width=160),
            "toward_national": st.column_config.TextColumn(f"Toward {national_label}", width=160)}


def ranking_columns(row_name: str) -> dict[str, Any]:
    """Column configuration of the stance matrix's ranking (`row_name`: "State" or "Speaker")."""
    return {"name": row_name,
            "overall": st.column_config.NumberColumn("Index", format="%+.2f"),
            "rhetoric": st.column_config.NumberColumn("Rhetoric", format="%+.2f"),
            "behaviour": st.column_config.NumberColumn("Behaviour", format="%+.2f"),
            "signals": "Signals"}


def matrix_columns(row_column: str, row_name: str, row_width: int, labels: dict[str, str], column_width: int,
                   pinned: bool) -> dict[str, Any]:
    """Column configuration of the stance matrix's table (figures.MatrixTable): its column of row labels
    (`row_column`, headed `row_name`; `pinned` when the matrix scrolls sideways, so the labels stay in view; a pinned
    column's text is drawn grey, so only then) and a centred column per dimension id, headed by its label; the help
    repeats the label, which a narrow column cuts short."""
    return {row_column: st.column_config.TextColumn(row_name, width=row_width, pinned=pinned),
            **{d: st.column_config.TextColumn(label, width=column_width, alignment="center",
                                              help=f"{label}: score · n signals; click a cell for its evidence")
               for d, label in labels.items()}}


def file_name(acronym: str, view: str, filters: Sequence[str], day: Date, extension: str) -> str:
    """A download's file name after the view it holds: `<acronym>-<view>-<filters>-<YYYY-MM-DD>.<extension>`, e.g.
    `csto-quotes-kaz-tokayev-2026-11-30.csv` (issue 12: downloads are named after the view). Filters are folded
    to ASCII words joined by hyphens (ids, codes, a search), the whole cut at 60 characters of filters."""
    words = "-".join(w for f in filters for w in fold(f).split())[:60].strip("-")
    return "-".join(p for p in (fold(acronym).replace(" ", ""), view, words, day.isoformat()) if p) + f".{extension}"
