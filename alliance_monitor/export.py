"""The dataset as plain records (one list per kind), for JSON and CSV downloads and the export command."""

from __future__ import annotations

from typing import Any

from alliance_monitor.load import Dataset


def export_records(ds: Dataset) -> dict[str, list[dict[str, Any]]]:
    """A key per record kind, each a list of JSON-ready records, in the data files' own field order."""
    alliance = ds.alliance.model_dump(mode="json", exclude={"states"})
    return {
        "alliance": [alliance],
        "states": [s.model_dump(mode="json") for s in ds.alliance.states],
        "dimensions": [d.model_dump(mode="json") for d in ds.codebook.dimensions],
        "sources": [s.model_dump(mode="json") for s in ds.sources],
        "actors": [a.model_dump(mode="json") for a in ds.actors],
        "quotes": [q.model_dump(mode="json") for q in ds.quotes],
        "signals": [s.model_dump(mode="json") for s in ds.signals],
        "events": [e.model_dump(mode="json") for e in ds.events],
    }
