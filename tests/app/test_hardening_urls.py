"""Bad links: property-based tests over URL query strings on every page (AppTest, real data).

A shared link can carry anything: unknown parameters, unknown values, repeated keys, 10,000-character values,
control characters, mixed scripts, right-to-left text. Whatever it carries, no page may raise, and whatever the
page ignores must be named in a notice ("Ignored from the link"). The oracle below decides what must be ignored
from an independent reading of the data (tests.apptest_support.Data), not from the app's own checks.
"""

from __future__ import annotations

import math
from collections.abc import Callable, Mapping, Sequence
from datetime import date, datetime
from typing import Any

import pytest
from hypothesis import HealthCheck, example, given, settings
from hypothesis import strategies as st

from alliance_monitor import views
from tests.apptest_support import IGNORED, PAGES, Data, open_app, prepare, warnings

EXAMPLES_PER_PAGE = 25
LONG = "ж" * 5_000 + "a" * 5_000  # 10,000 characters, two scripts
HOSTILE_VALUES = [
    LONG,
    "\x00\x01\x1b[31m\x7f",  # control characters
    "Қазақстан ‏مرحبا‎ Ελλάδα 中文",  # mixed scripts with bidi marks
    "\u202eKazakhstan",  # right-to-left override
    "Kazakh\u200bstan",  # zero-width space inside a valid name
    "<script>alert(1)</script>",
    "javascript:alert(1)",
    ":red[x] :material/home: $x$",
]

# --- what each page accepts (independent of the app's code) --------------------------------------------------


def _speaker_names() -> list[str]:
    actors = Data.actors()
    speaking = {s for q in Data.quotes() for s in q["speakers"]} | {s["actor"] for s in Data.signals()
                                                                    if s.get("actor")}
    return [a["name"] for a_id, a in actors.items() if a_id in speaking]


COUNTRIES = [s["name"] for s in Data.states().values()]
SPEAKERS = _speaker_names()
SOURCE_TITLES = [s["title"] for s in Data.sources()]
DIMENSION_LABELS = [d["label"] for d in Data.dimensions().values()]
MATRIX_ROWS = ["States", "Speakers"]
MATRIX_KINDS = ["All evidence", "Rhetoric (what is said)", "Behaviour (what is done)"]
_quote_dates = [Data.bounds(Data.quote_date(q)) for q in Data.quotes()]
FIRST, LAST = min(d[0] for d in _quote_dates), max(d[1] for d in _quote_dates)
QUOTE_PAGES = max(1, -(-len(Data.quotes()) // 25))
SOURCE_PAGES = max(1, -(-len(Data.sources()) // 20))
PROFILE_TABS = ["Signals", "Quotes", "Events"]
SOURCE_SECTIONS = ["Sources", "Codebook", "Scoring", "Dataset"]


def _date_ok(value: str) -> bool:
    for fmt in ("%Y-%m-%d", "%Y/%m/%d"):
        try:
            return FIRST <= datetime.strptime(value, fmt).date() <= LAST
        except ValueError:
            continue
    return False


def _number_ok(low: float, high: float, integer: bool = False) -> Callable[[str], bool]:
    def ok(value: str) -> bool:
        try:
            number = int(value) if integer else float(value)
        except (ValueError, OverflowError):
            return False
        return math.isfinite(number) and low <= number <= high

    return ok


def _labels(options: Sequence[str]) -> Callable[[str], bool]:
    return set(options).__contains__


Rule = Callable[[str], bool] | None
"""A test of one value (None: the value depends on other choices; the oracle then only checks repeats)."""

GLOBAL: dict[str, tuple[Rule, bool]] = {"country": (_labels(COUNTRIES), True), "speaker": (_labels(SPEAKERS), True)}
PAGE_PARAMS: dict[str, dict[str, tuple[Rule, bool]]] = {
    "overview": {},
    # the profile's state must be a row of the table, which the country filter narrows: a name that is not a
    # state at all is always ignored
    "members": {"profile": (_labels(COUNTRIES), False), "tab": (_labels(PROFILE_TABS), False)},
    "timeline": {},
    "sources": {"section": (_labels(SOURCE_SECTIONS), False),
                **({"page": (_number_ok(1, SOURCE_PAGES, integer=True), False)} if SOURCE_PAGES > 1 else {})},
    "quotes": {
        "q": (lambda v: True, False),
        "in": (_labels(list(views.COUNTRY_MODES.values())), False),
        "source": (_labels(SOURCE_TITLES), True),
        "dimension": (_labels(DIMENSION_LABELS), True),
        "from": (_date_ok, False),
        "to": (_date_ok, False),
        "sort": (_labels(list(views.SORT_ORDERS.values())), False),
        "page": (_number_ok(1, QUOTE_PAGES, integer=True), False),
    },
    "matrix": {
        "rows": (_labels(MATRIX_ROWS), False),
        "kind": (_labels(MATRIX_KINDS), False),
        # a cell's row and dimension depend on the rows, the evidence kind and the filters: a name that is not a
        # state, a speaker or a dimension at all is always ignored
        "cell_row": (_labels([*COUNTRIES, *SPEAKERS]), False),
        "cell_dim": (_labels(DIMENSION_LABELS), False),
        **{f"w_{d}": (_number_ok(0.0, 3.0), False) for d in Data.dimensions()},
    },
}
STREAMLIT_OWN = {"embed", "embed_options"}


def must_be_ignored(page: str, params: Mapping[str, Sequence[str]]) -> list[str]:
    """The parameters whose value (or name) the page cannot use, by the rules above."""
    rules = {**GLOBAL, **PAGE_PARAMS[page]}
    ignored = []
    for key, values in params.items():
        given_values = [v for v in values if v]
        if key in STREAMLIT_OWN:
            continue
        if key not in rules:
            ignored.append(key)
            continue
        rule, multi = rules[key]
        if not multi and len(given_values) > 1:
            ignored.append(key)
        elif rule is not None and not all(rule(v) for v in given_values):
            # for a cell, only a value that names nothing at all is sure to be ignored
            ignored.append(key)
    return ignored


# --- strategies ----------------------------------------------------------------------------------------------

ALL_KEYS = sorted({*GLOBAL, *STREAMLIT_OWN, *(k for spec in PAGE_PARAMS.values() for k in spec)})
VALID_VALUES = sorted({*COUNTRIES, *SPEAKERS, *SOURCE_TITLES, *DIMENSION_LABELS, *MATRIX_ROWS, *MATRIX_KINDS,
                       *views.COUNTRY_MODES.values(), *views.SORT_ORDERS.values(), *PROFILE_TABS,
                       *SOURCE_SECTIONS})
ODD_TEXT = st.text(
    alphabet=st.characters(codec="utf-8", exclude_categories=["Cs"]),  # any code point, controls and RTL too
    min_size=0, max_size=30,
)
values = st.one_of(
    st.sampled_from(VALID_VALUES),
    ODD_TEXT,
    st.sampled_from(HOSTILE_VALUES),
    st.tuples(st.sampled_from(["a", "ж", "ـ", "<", "\u202e", "%"]), ODD_TEXT)
    .map(lambda t: (t[0] * 10_000)[:9_990] + t[1]),  # ~10,000 characters
    st.dates(min_value=date(1900, 1, 1), max_value=date(2100, 1, 1)).map(str),
    st.floats(allow_nan=True, allow_infinity=True).map(str),
    st.integers(min_value=-5, max_value=10**6).map(str),
)
keys = st.one_of(st.sampled_from(ALL_KEYS), st.text(min_size=1, max_size=20).filter(lambda k: k.strip() == k))
query_strings = st.dictionaries(keys, st.lists(values, min_size=1, max_size=3), max_size=6)

CASES_RUN: dict[str, int] = {}


@pytest.fixture(autouse=True)
def _app(monkeypatch: pytest.MonkeyPatch) -> None:
    prepare(monkeypatch)


def _check(page: str, params: dict[str, list[str]]) -> None:
    CASES_RUN[page] = CASES_RUN.get(page, 0) + 1
    at = open_app(page, {k: v for k, v in params.items()})
    assert not at.exception, [e.value for e in at.exception]
    assert at.title, "the page drew nothing"
    expected = must_be_ignored(page, params)
    notices = [w for w in warnings(at) if w.startswith(IGNORED)]
    if expected:
        assert notices, f"{page}: {expected} were ignored without a notice"


@pytest.mark.parametrize("page", list(PAGES))
@settings(max_examples=EXAMPLES_PER_PAGE, deadline=None, derandomize=True,
          suppress_health_check=[HealthCheck.function_scoped_fixture, HealthCheck.too_slow,
                                 HealthCheck.data_too_large])
@given(params=query_strings)
@example(params={"country": [LONG], "speaker": ["\x00\x1b"], "colour": ["red", "blue"]})
@example(params={"country": ["Kazakhstan", "\u202eArmenia", "Kazakhstan"], LONG[:300]: ["x"]})
@example(params={"q": ["a", "b"], "from": ["2022-02-30"], "w_threat_framing": ["nan"], "page": ["0"]})
@example(params={"cell_row": ["Атлантида"], "cell_dim": [":red[x]"], "rows": ["States", "Speakers"]})
@example(params={"profile": ["Armenia", "Atlantis"], "tab": ["Quotes (3)"], "section": ["Codebook", ""]})
def test_any_link_is_shown_or_reported_never_raises(page: str, params: dict[str, list[str]]) -> None:
    _check(page, params)


@pytest.mark.parametrize("page", list(PAGES))
def test_a_valid_link_raises_no_notice(page: str) -> None:
    params: dict[str, Any] = {"country": ["Kazakhstan", "Armenia"], "speaker": [SPEAKERS[0]]}
    if page == "quotes":
        params |= {"q": "alarms", "source": SOURCE_TITLES[:1], "from": str(FIRST), "sort": "newest first"}
    if page == "matrix":
        params |= {"rows": "States", "kind": "All evidence", "cell_row": "Kazakhstan",
                   "cell_dim": DIMENSION_LABELS[0], f"w_{next(iter(Data.dimensions()))}": "2.5"}
    if page == "members":
        params |= {"profile": "Kazakhstan", "tab": "Events"}
    if page == "sources":
        params |= {"section": "Codebook"}
    at = open_app(page, params)
    assert not at.exception
    assert not [w for w in warnings(at) if w.startswith(IGNORED)], warnings(at)


def test_report_fuzz_cases(hardening_figure: Callable[[str], None]) -> None:
    """Runs last in this module: the number of links tried (hypothesis examples plus the explicit ones)."""
    total = sum(CASES_RUN.values())
    if total:
        hardening_figure(f"URL fuzz: {total} links tried on {len(CASES_RUN)} pages "
                         f"({', '.join(f'{p} {n}' for p, n in CASES_RUN.items())}), no exception, every ignored "
                         "parameter reported")
