"""Streamlit helpers shared by the entrypoint and the pages: the only engine module that imports streamlit.

The dataset is loaded once per process and shared by every session (`st.cache_resource`, keyed by a fingerprint
of the data and seed files, so an edited file is picked up and a stale dataset is never served).
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass, field
from typing import Any
from urllib.parse import urlencode

import streamlit as st

from alliance_monitor import score
from alliance_monitor.load import Dataset, InvalidDataset, Problem, data_dir_from_env, files_fingerprint
from alliance_monitor.tables import Tables, build_tables
from alliance_monitor.validate import validate

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


@dataclass(frozen=True)
class AppData:
    dataset: Dataset
    tables: Tables
    default_weights: dict[str, float]
    country_names: dict[str, str]
    speaker_names: dict[str, str]
    """People and organisations that speak in a quote or give a signal, in the order of actors.yaml."""
    speaker_country: Any = field(repr=False)


@st.cache_resource(max_entries=1, show_spinner="Loading the dataset…")
def _load(data_dir: str, fingerprint: str) -> AppData | list[Problem]:
    from pathlib import Path

    from alliance_monitor.views import speaker_countries

    report = validate(Path(data_dir))
    if report.dataset is None:
        return report.problems
    ds = report.dataset
    tables = build_tables(ds)
    speaking = set(tables.quote_speakers["speaker"]) | (set(tables.signals["actor"]) - {""})
    speakers = {a.id: a.name for a in ds.actors if a.id in speaking}
    return AppData(
        dataset=ds,
        tables=tables,
        default_weights=score.default_weights(tables.dimensions),
        country_names={s.iso3: s.name for s in ds.alliance.states},
        speaker_names=speakers,
        speaker_country=speaker_countries(tables),
    )


def load_app_data() -> AppData:
    """The shared dataset; raises InvalidDataset (with every problem) when the data folder does not validate."""
    data_dir = data_dir_from_env()
    result = _load(str(data_dir.resolve()), files_fingerprint(data_dir))
    if isinstance(result, list):
        raise InvalidDataset(result)
    return result


def app_data() -> AppData:
    """For pages: the entrypoint has already checked that the data is valid."""
    return load_app_data()


# --- showing untrusted text ----------------------------------------------------------------------------------

_PUNCTUATION = re.compile(r"[!-/:-@\[-`{-~]")
_BREAKERS = re.compile(r"(?<=:)(?=[A-Za-z/])|(?<=[-=<>])(?=[>-])|(?<=/)(?=/)")
_WORD_JOINER = "\u2060"


def literal(text: str) -> str:
    """Markdown that displays `text` exactly as written.

    Every ASCII punctuation character becomes a numeric entity (no Markdown, HTML, LaTeX or links), and a word
    joiner is put inside `:name:`, arrows and `//`, which Streamlit would otherwise turn into icons and links.
    Newlines become Markdown line breaks.
    """
    text = _BREAKERS.sub(_WORD_JOINER, text)
    text = _PUNCTUATION.sub(lambda m: f"&#{ord(m.group())};", text)
    return text.replace("\r\n", "\n").replace("\n", "  \n")


# --- global filters and the URL ------------------------------------------------------------------------------


def selected_countries() -> list[str]:
    return [c for c in st.session_state.get(COUNTRY_KEY, []) if isinstance(c, str)]


def selected_speakers() -> list[str]:
    return [s for s in st.session_state.get(SPEAKER_KEY, []) if isinstance(s, str)]


def unknown_url_values(key: str, known_labels: Sequence[str]) -> list[str]:
    """Values of a URL parameter that no option of its widget carries (Streamlit drops them silently)."""
    known = set(known_labels)
    return [v for v in st.query_params.get_all(key) if v and v not in known]


def view_link() -> str:
    """The full URL of this view: page address plus every parameter now in the URL."""
    base = st.context.url or ""
    params: list[tuple[str, str]] = []
    for key in st.query_params:
        params.extend((key, v) for v in st.query_params.get_all(key))
    return f"{base}?{urlencode(params)}" if params else base


def filter_scope(country: str | None, speaker: str | None) -> None:
    """Say how the global filters apply on this page (None: the filter does not apply here)."""
    countries, speakers = selected_countries(), selected_speakers()
    notes = []
    if countries:
        notes.append(f"Country filter: {country}" if country else "The country filter does not apply on this page.")
    if speakers:
        notes.append(f"Speaker filter: {speaker}" if speaker else "The speaker filter does not apply on this page.")
    for note in notes:
        st.caption(note)


def signed(value: float | None) -> str:
    """An index as text: '+0.60', or 'not coded' for a missing value."""
    if value is None or value != value:  # NaN
        return "not coded"
    return f"{value:+.2f}"


STREAMLIT_PARAMS = frozenset({"embed", "embed_options"})


def check_url(page_params: dict[str, Sequence[str] | None]) -> None:
    """Warn about URL parameters this page ignores: unknown names, and values no option of a widget carries.

    `page_params` maps each of the page's own parameters to its valid values (None: any value is valid).
    """
    known = set(GLOBAL_KEYS) | set(page_params) | STREAMLIT_PARAMS
    ignored = [f"parameter {key[:40]!r}" for key in st.query_params if key not in known]
    for key, valid in page_params.items():
        if valid is not None:
            ignored += [f"{key} {value[:80]!r}" for value in unknown_url_values(key, valid)]
    if ignored:
        shown = "; ".join(ignored[:5]) + (f" and {len(ignored) - 5} more" if len(ignored) > 5 else "")
        st.warning(f"Ignored from the link: {literal(shown)}.", icon=":material/link_off:")


def plotly_text(text: str) -> str:
    """Text for plotly labels and hovers: its HTML-like tags (<a>, <span>, <br>) must not come from data."""
    return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")
