"""What shapes a view and lives in its link: the global filters, the page's URL parameters and their checks, the
"Ignored from the link" notice and the link to the view itself.

Every widget that shapes a view is bound to the URL (`bind="query-params"`); Streamlit drops values that match no
option silently, so a page declares what each of its parameters may hold (`check_url`) and says what it ignored.
"""

from __future__ import annotations

import math
import unicodedata
from collections.abc import Callable, Collection, Mapping, Sequence
from dataclasses import dataclass
from datetime import date as Date
from datetime import datetime
from typing import Any, NoReturn
from urllib.parse import urlencode, urlsplit

import streamlit as st

from alliance_monitor import versions
from alliance_monitor.app.render import literal
from alliance_monitor.models import ChangelogEntry
from alliance_monitor.search import skeleton
from alliance_monitor.text import normalise_text

COUNTRY_KEY = "country"
SPEAKER_KEY = "speaker"
GLOBAL_KEYS = (COUNTRY_KEY, SPEAKER_KEY)


class PageEnd(Exception):
    """Raised by end_page: the page has drawn all it has; dashboard.py catches it and still draws what follows the
    page (the view's link)."""


def end_page() -> NoReturn:
    """Stop drawing the page, like st.stop(), but let the entrypoint finish its run: after st.stop() nothing more can
    be drawn, and the sidebar's link is drawn after the page (it must see what the page did to the address)."""
    raise PageEnd


def selected_countries() -> list[str]:
    return [c for c in st.session_state.get(COUNTRY_KEY, []) if isinstance(c, str)]


def selected_speakers() -> list[str]:
    return [s for s in st.session_state.get(SPEAKER_KEY, []) if isinstance(s, str)]


def from_link(key: str) -> bool:
    """Whether the URL's value for `key` came from a link (typed, pasted, shared) rather than from this session's own
    widget: a bound widget's key is in the session state from the run that draws it, and from then on the address
    follows the widget. Issue 12: "Ignored from the link" names only values that came from a link."""
    return key not in st.session_state


def drop_unless(key: str, options: Collection[Any]) -> None:
    """Clear a bound single-choice widget (selectbox) whose value is not among its options now, before the widget is
    drawn: Streamlit hides such a value but leaves it in the address, so the link would reopen a view this page
    does not show (issue 12: whatever the page drops from view, it drops from the address)."""
    value = st.session_state.get(key)
    if value is not None and value not in options:
        st.session_state[key] = None


def dataset_generation(dataset_key: str) -> str:
    """A suffix for the keys of widgets that hold row positions: empty for the first dataset this session saw,
    "_v<n>" after the data changed under it n times. A row position means another record in a reordered file, so
    a selection made on older data must not carry over (issue 12: a selection follows the record, not the row).
    Empty at first, so the usual keys (`members_all`) stay what tests and benchmarks seed."""
    seen = st.session_state.get("_dataset_key")
    if seen != dataset_key:
        if seen is not None:
            st.session_state["_dataset_generation"] = st.session_state.get("_dataset_generation", 0) + 1
        st.session_state["_dataset_key"] = dataset_key
    generation = st.session_state.get("_dataset_generation", 0)
    return f"_v{generation}" if generation else ""


def understand_link(keys: dict[str, tuple[dict[str, str], dict[str, str]]]) -> None:
    """Read a link's values of the global filters that name a record otherwise than by its label (its id, ISO-3 code
    or any alias, in any case or script: `?speaker=tokayev`, `?country=KAZ`) as that record: the address is
    rewritten to the canonical labels and the run starts again, so the widgets read them (issue 12).

    `keys`: parameter -> (names: id -> label, the widget's options; spellings: skeleton -> id, data.link_names).
    Call before the widgets are drawn. Values that name nothing stay in the address for unknown_url_values to
    report. (A widget seeds itself from the address the run started with, and a value set through the session
    state on its first run is not written to the address: rewriting the address and rerunning is what works.)
    """
    rewritten = False
    for key, (names, spellings) in keys.items():
        values = [v for v in st.query_params.get_all(key) if v] if from_link(key) else []
        if not values:
            continue
        labels = set(names.values())
        if all(v in labels for v in values):
            continue  # the usual link: labels only, which the widget reads itself
        canonical: list[str] = []
        for value in values:
            record_id = None if value in labels else spellings.get(skeleton(value))
            label = value if record_id is None else names[record_id]
            if label not in canonical:
                canonical.append(label)
        if canonical != values:
            st.query_params[key] = canonical  # not bound yet: the widget is drawn after this
            rewritten = True
    if rewritten:
        st.rerun()


def unknown_url_values(key: str, known_labels: Sequence[str], spellings: dict[str, str] | None = None) -> list[str]:
    """Values of a URL parameter, from a link, that no option of its widget carries and no spelling names
    (Streamlit drops them silently)."""
    if not from_link(key):
        return []
    values = st.query_params.get_all(key)
    if not values:  # the usual case: no set of (at 1000x the data) 12,000 labels to build
        return []
    known = set(known_labels)
    return [v for v in values if v and v not in known and skeleton(v) not in (spellings or {})]


def _bound_values() -> dict[str, list[str]]:
    """The URL values of the bound widgets drawn in this run, from their values now (key -> values; [] for a widget
    at its default, which leaves the address), serialized as Streamlit writes them to the address.

    Why: the parameters of a run are the query string the browser sent with its rerun request, and a slider
    stepped several times quickly sends requests that are merged, so st.query_params can hold an older value than
    the slider (and the address, which the browser updates from the widget). Streamlit has no public API for a
    bound widget's URL value: this reads its binding registry and widget metadata, and gives up (empty) should
    they change, leaving the link to st.query_params.
    """
    try:
        from streamlit.runtime.scriptrunner_utils.script_run_context import get_script_run_ctx
        from streamlit.runtime.state.query_params import _coerce_value_for_query_url

        ctx = get_script_run_ctx()
        if ctx is None:
            return {}
        session = ctx.session_state._state
        metadata = session._new_widget_state.widget_metadata
        found: dict[str, list[str]] = {}
        for key, binding in session.query_params._bindings_by_param.items():
            meta = metadata.get(binding.widget_id)
            if meta is None or binding.widget_id not in session._new_widget_state or key not in st.session_state:
                continue  # not drawn in this run: its parameter stays as the address has it
            value = st.session_state[key]
            if value == meta.deserializer(None):
                found[key] = []
                continue
            url = _coerce_value_for_query_url(meta.serializer(value), meta.value_type)
            found[key] = list(url) if isinstance(url, list) else [url]
        return found
    except Exception:  # private parts of Streamlit that may change: the link falls back to st.query_params
        return {}


def view_link() -> str:
    """The full URL of this view: page address plus every parameter of the address, bound widgets' parameters
    taken from their values now (see _bound_values), in the address's order."""
    base = st.context.url or ""
    if base and not urlsplit(base).path:  # the root: the browser's address ends in "/" before its "?"
        base += "/"
    bound = _bound_values()
    params: list[tuple[str, str]] = []
    for key in st.query_params:
        params.extend((key, v) for v in bound.pop(key, st.query_params.get_all(key)))
    for key, values in bound.items():  # bound widgets whose parameter the run's query string did not hold yet
        params.extend((key, v) for v in values)
    return f"{base}?{urlencode(params)}" if params else base


@dataclass(frozen=True)
class NotApplied:
    """A global filter that does not apply on a page, and why (a clause: "it lists every source")."""

    why: str = ""


Scope = str | NotApplied | None
"""What a global filter matches on a page (a clause: "only the selected states are listed."), or that it does not
apply there (NotApplied with its reason; None: no reason given)."""


def _scope_note(name: str, scope: Scope) -> str:
    if isinstance(scope, str):
        return f"{name.capitalize()} filter: {scope}"
    why = scope.why if isinstance(scope, NotApplied) else ""
    return f"The {name} filter does not apply on this page" + (f": {why}" if why else ".")


def filter_notes(country: Scope, speaker: Scope) -> list[str]:
    """How the global filters apply on this page, a line per active filter: what it matches, or that it does not
    apply and why (issue 12: a page that shows records with a person applies the speaker filter or says why not)."""
    notes = []
    if selected_countries():
        notes.append(_scope_note("country", country))
    if selected_speakers():
        notes.append(_scope_note("speaker", speaker))
    return notes


def filter_scope(country: Scope, speaker: Scope, caption: str = "") -> None:
    """Say how the global filters apply on this page (see filter_notes), in one caption; `caption` (Markdown) is a
    caption of the page's own that follows them in the same element."""
    lines = filter_notes(country, speaker) + ([caption] if caption else [])
    if lines:
        st.caption("  \n".join(lines))


WEIGHT_PREFIX = "w_"
"""A dimension's weight in a link: `w_<dimension id>` (the Stance matrix's sliders, bound to the URL)."""
WEIGHT_RANGE = (0.0, 3.0)
"""The weights a slider of the Stance matrix offers, and so the values a link's weight may hold."""


def weight_params(dimensions: Sequence[str]) -> dict[str, UrlSpec]:
    """check_url's specification of the weight parameters (`w_<dimension>`, a number in WEIGHT_RANGE), for a page
    that does not weigh anything itself: a link copied from the Stance matrix and opened on another page keeps its
    weights, which are the link's and not ignored (see weights_elsewhere)."""
    return {f"{WEIGHT_PREFIX}{d}": number_between(*WEIGHT_RANGE) for d in dimensions}


def link_weights(defaults: Mapping[str, float]) -> dict[str, float]:
    """The weights a link carries (`?w_threat_framing=2`) that differ from the codebook's `defaults` (dimension ->
    weight), in the codebook's order: dimension -> weight. Values that are not a number in WEIGHT_RANGE, or given
    more than once, are left out (check_url reports them)."""
    custom = {}
    for dimension, default in defaults.items():
        values = [v for v in st.query_params.get_all(f"{WEIGHT_PREFIX}{dimension}") if v]
        if len(values) != 1 or not number_between(*WEIGHT_RANGE)(values[0]):
            continue
        if (weight := float(values[0])) != default:
            custom[dimension] = weight
    return custom


def weights_elsewhere(defaults: Mapping[str, float], labels: Mapping[str, str], here: str,
                      matrix_page: str = "app_pages/matrix.py") -> None:
    """On a page other than the Stance matrix, say plainly what a link's custom weights do here: nothing. `here`
    says what this page's weighted numbers use (a sentence: "The stance indexes on this page use the codebook's
    weights."). Named with their values and the codebook's, with a link that opens the matrix with them.

    Why the codebook's weights stay on the other pages, rather than the link's being applied there (issue 12: a
    number means one thing): the stance index of the member table, the overview's map and its findings is the
    codebook's measure, what the method publishes and what is cited from those pages; custom weights are a what-if
    of the matrix, which names them beside its cells and ranking. The parameters stay in the address (the link
    reopens this view, notice included, and leads on to the matrix with them); the matrix's own session weights,
    which navigation takes out of the address, change nothing here and are not named (the link could not say so).
    """
    custom = link_weights(defaults)
    if not custom:
        return
    named = "; ".join(f"{literal(labels.get(d, d))} {w:.2f} (codebook {defaults[d]:.2f})" for d, w in custom.items())
    st.info(f"This link carries custom weights: {named}. They apply on the Stance matrix only. {here}",
            icon=":material/tune:")
    st.page_link(matrix_page, label="Open the Stance matrix with them", icon=":material/grid_on:",
                 query_params={f"{WEIGHT_PREFIX}{d}": st.query_params.get(f"{WEIGHT_PREFIX}{d}", "") for d in custom})


STREAMLIT_PARAMS = frozenset({"embed", "embed_options"})

VERSION_KEY = versions.LINK_PARAMETER
"""The parameter that holds the data version a view's link was made on (`?data=0.1.0`): every page accepts it."""

_VERSION_NOTICE = "_version_notice"


def normalise_link() -> None:
    """Read a link's values in Unicode NFC, as the data is stored (issue 13: a name pasted in decomposed form, NFD,
    matched no option): values from a link that are not NFC are rewritten in the address and the run starts again,
    so every widget and check reads the composed form. Call first, before any widget."""
    rewritten = False
    for key in list(st.query_params):
        values = st.query_params.get_all(key)
        if not from_link(key) or all(unicodedata.is_normalized("NFC", v) for v in values):
            continue
        st.query_params[key] = [normalise_text(v) for v in values]
        rewritten = True
    if rewritten:
        st.rerun()


def pin_version(version: str, changelog: Sequence[ChangelogEntry]) -> str | None:
    """Keep the data version in the address, and say so when a link was made on another one.

    A link that names another version (`?data=0.0.9`, or anything typed) opens the view with a notice naming both
    versions and where the changes are listed (versions.version_notice); the session keeps the notice while it
    stays, and the address then names the version served, so a link copied from here reopens this view. Returns
    the notice (None: the link named this version, or none). Call before the page runs.
    """
    linked = st.query_params.get(VERSION_KEY)
    if linked is not None and linked != version and VERSION_KEY not in st.session_state.get(_VERSION_NOTICE, {}):
        notice = versions.version_notice(linked, version, changelog)
        st.session_state[_VERSION_NOTICE] = {VERSION_KEY: notice}
    if linked != version:
        st.query_params[VERSION_KEY] = version  # a plain parameter (no widget): navigation drops it, every run sets it
    held = st.session_state.get(_VERSION_NOTICE, {})
    return held.get(VERSION_KEY) if isinstance(held, dict) else None


UrlSpec = Sequence[str] | Callable[[str], bool] | None
"""What a URL parameter may hold: the labels of its widget's options, a test of one value, or None (any value)."""


def _rejected(key: str, valid: UrlSpec) -> list[str]:
    values = [v for v in st.query_params.get_all(key) if v]
    if valid is None or not from_link(key):  # a value the widget itself put there is not the link's
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
               if key not in page_params and key not in GLOBAL_KEYS and key not in STREAMLIT_PARAMS
               and key != VERSION_KEY]
    for key, valid in page_params.items():
        if key not in present:
            continue
        if key not in multi and from_link(key) and len([v for v in st.query_params.get_all(key) if v]) > 1:
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


def weight_now(key: str, default: float) -> float:
    """A bound slider's value before it is drawn: this session's value, else the link's (when a number), else its
    default. For a title or a notice that must say what the slider holds above the slider itself."""
    if key in st.session_state:
        return float(st.session_state[key])
    try:
        value = float(st.query_params.get(key, default))
    except (TypeError, ValueError):
        return default
    return value if math.isfinite(value) else default


def reset_values(values: dict[str, Any]) -> None:
    """A button's callback: set bound widgets (key -> value) back, e.g. to their defaults; their parameters leave the
    address with it."""
    for key, value in values.items():
        st.session_state[key] = value


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
