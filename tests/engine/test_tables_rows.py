"""The record tables are built from tuple rows (tables._QuoteRow, ...), not dict rows, to hold less memory at the
peak of a start without the compiled cache: each table must still be exactly the frame pandas makes of dict rows."""

from __future__ import annotations

from pathlib import Path

import pandas as pd
import pytest

from alliance_monitor.tables import Tables, build_tables
from alliance_monitor.validate import load_dataset
from tests.conftest import FICTIONAL_DATA, REAL_DATA

RECORD_TABLES = ("quotes", "quote_speakers", "signals", "events", "event_states")


@pytest.fixture(scope="module", params=[FICTIONAL_DATA, REAL_DATA], ids=["fictional", "real"])
def t(request: pytest.FixtureRequest) -> Tables:
    data: Path = request.param
    return build_tables(load_dataset(data))


@pytest.mark.parametrize("name", RECORD_TABLES)
def test_each_record_table_is_what_dict_rows_give(t: Tables, name: str) -> None:
    frame: pd.DataFrame = getattr(t, name)
    assert not frame.empty
    from_dicts = pd.DataFrame(frame.to_dict("records"), columns=list(frame.columns))
    from_dicts.index = frame.index
    pd.testing.assert_frame_equal(frame, from_dicts, check_exact=True)
    assert dict(frame.dtypes) == dict(from_dicts.dtypes)


def test_text_list_and_time_columns_keep_their_types(t: Tables) -> None:
    q, s, e = t.quotes, t.signals, t.events
    assert {str(q[c].dtype) for c in ("id", "text", "search", "passage_link")} == {"str"}
    assert {str(q[c].dtype) for c in ("speakers", "about", "dimensions", "nationalities")} == {"object"}
    assert isinstance(q["speakers"].iloc[0], list)
    assert str(q["date_start"].dtype).startswith("datetime64") and str(s["date_end"].dtype).startswith("datetime64")
    assert str(q["start"].dtype) == "int64" and str(s["direction"].dtype) == "int64"
    assert str(s["confidence_value"].dtype) == "float64"
    assert isinstance(e["states"].iloc[0], list)


def test_each_value_sits_in_its_own_column() -> None:
    """Tuple rows are positional: a field out of order would put a value under another column's name."""
    ds = load_dataset(FICTIONAL_DATA)
    t = build_tables(ds)
    for quote in ds.quotes:
        row = t.quotes.loc[quote.id]
        assert (row["text"], row["source"], row["start"], row["end"], row["context"], row["kind"]) == (
            quote.text, quote.source, quote.start, quote.end, quote.context.text, quote.kind.value)
        assert (row["attribution"], row["attribution_basis"]) == (quote.attribution.confidence.value,
                                                                 quote.attribution.basis)
    for signal in ds.signals:
        row = t.signals.loc[signal.id]
        assert (row["state"], row["dimension"], row["direction"], row["strength"], row["date"], row["rationale"]) == (
            signal.state or "", signal.dimension, signal.direction, signal.strength, signal.date, signal.rationale)
    for event in ds.events:
        row = t.events.loc[event.id]
        assert (row["title"], row["kind"], row["description"], row["states"], row["evidence_count"]) == (
            event.title, event.kind.value, event.description, list(event.states), len(event.evidence))
