"""Stance scores: weighted sums of coded signals, per state or speaker and dimension.

A signal is worth direction x strength (direction +1 toward the leading state, -1 toward national interest;
strength 1..3). A cell (subject x dimension) is the dimension's weight times the sum of its signals' worth.
A cell with no signal is "not coded" (NaN), which is not the same as a coded zero (signals that cancel out).

The stance index of a subject is the weighted sum over its cells divided by the weighted sum of the strengths
behind them: it runs from -1 (all evidence toward national interest) to +1 (all toward the leading state), so
subjects with much and little evidence can be compared. Rhetoric and behaviour indexes use only the dimensions
of that kind.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping

import numpy as np
import pandas as pd

Subject = str  # "state" or "actor": the signals column to group by
SUBJECTS = ("state", "actor")


def weights_with(defaults: Mapping[str, float], overrides: Mapping[str, float] | None = None) -> dict[str, float]:
    """The codebook's default weights with the caller's overrides; unknown dimensions or negatives are errors."""
    weights = dict(defaults)
    for dim, value in (overrides or {}).items():
        if dim not in weights:
            raise KeyError(f"unknown dimension {dim!r}")
        if not value >= 0:  # also rejects NaN
            raise ValueError(f"weight of {dim!r} must be zero or more, got {value!r}")
        weights[dim] = float(value)
    return weights


def default_weights(dimensions: pd.DataFrame) -> dict[str, float]:
    return {str(k): float(v) for k, v in dimensions["default_weight"].items()}


_SCORED = ("dimension", "direction", "strength", "kind", "confidence_value")
"""The columns a score reads: the signals are narrowed to them before they are filtered (filtering all 23
columns of 34,000 signals was most of an index's 60 ms)."""


def _subject_signals(signals: pd.DataFrame, by: Subject) -> pd.DataFrame:
    if by not in SUBJECTS:
        raise ValueError(f"score by 'state' or 'actor', not {by!r}")
    narrow = signals[[by, *(c for c in _SCORED if c in signals.columns and c != by)]]
    return narrow[narrow[by] != ""]


def cells(signals: pd.DataFrame, weights: Mapping[str, float], by: Subject = "state") -> pd.DataFrame:
    """One row per coded (subject, dimension): score, raw sum, signal count, toward/against counts, mean
    confidence. Pairs with no signal are absent: that is what "not coded" means."""
    frame = _subject_signals(signals, by)
    columns = ["subject", "dimension", "score", "raw", "signals", "toward_leader", "toward_national",
               "mean_confidence", "weight"]
    if frame.empty:
        return pd.DataFrame(columns=columns)
    worth = frame["direction"] * frame["strength"]
    work = pd.DataFrame(
        {
            "subject": frame[by].to_numpy(),
            "dimension": frame["dimension"].to_numpy(),
            "worth": worth.to_numpy(),
            "toward": (frame["direction"] > 0).to_numpy(),
            "confidence": frame["confidence_value"].to_numpy(),
        }
    )
    grouped = work.groupby(["subject", "dimension"], sort=True)
    out = grouped.agg(
        raw=("worth", "sum"),
        signals=("worth", "size"),
        toward_leader=("toward", "sum"),
        mean_confidence=("confidence", "mean"),
    ).reset_index()
    out["toward_national"] = out["signals"] - out["toward_leader"]
    out["weight"] = out["dimension"].map(weights).astype(float)
    out["score"] = out["raw"] * out["weight"]
    return out[columns]


def matrix(cell_frame: pd.DataFrame, subjects: Iterable[str], dimensions: Iterable[str],
           value: str = "score") -> pd.DataFrame:
    """Wide subjects x dimensions table of one cell column; NaN where not coded."""
    wide = cell_frame.pivot(index="subject", columns="dimension", values=value) if not cell_frame.empty else None
    subjects, dimensions = list(subjects), list(dimensions)
    if wide is None:
        return pd.DataFrame(np.nan, index=subjects, columns=dimensions)
    return wide.reindex(index=subjects, columns=dimensions)


def stance_index(signals: pd.DataFrame, weights: Mapping[str, float], by: Subject = "state",
                 kinds: Iterable[str] | None = None) -> pd.Series:
    """Index in [-1, 1] per subject (NaN when nothing weighs: no signal, or only zero-weight dimensions)."""
    frame = _subject_signals(signals, by)
    if kinds is not None:
        frame = frame[frame["kind"].isin(list(kinds))]
    if frame.empty:
        return pd.Series(dtype=float)
    weight = frame["dimension"].map(weights).astype(float)
    numerator = (frame["direction"] * frame["strength"] * weight).groupby(frame[by]).sum()
    denominator = (frame["strength"] * weight).groupby(frame[by]).sum()
    return (numerator / denominator.where(denominator > 0)).astype(float)


def index_table(signals: pd.DataFrame, weights: Mapping[str, float], by: Subject = "state") -> pd.DataFrame:
    """overall, rhetoric and behaviour index plus signal count per subject (subjects with signals only)."""
    frame = _subject_signals(signals, by)
    table = pd.DataFrame(
        {
            "overall": stance_index(frame, weights, by),
            "rhetoric": stance_index(frame, weights, by, kinds=["rhetoric"]),
            "behaviour": stance_index(frame, weights, by, kinds=["behaviour"]),
        }
    )
    table["signals"] = frame.groupby(by).size()
    table["signals"] = table["signals"].fillna(0).astype(int)
    return table


def ranking(signals: pd.DataFrame, weights: Mapping[str, float], by: Subject = "state") -> pd.DataFrame:
    """Subjects ordered from most toward the leading state to most toward national interest."""
    return index_table(signals, weights, by).sort_values("overall", ascending=False, na_position="last")
