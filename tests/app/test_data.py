"""alliance_monitor.app.data: the server's dataset follows its files, and the shared views are per dataset."""

from __future__ import annotations

from pathlib import Path

import pytest

from alliance_monitor import cache
from alliance_monitor.app import data as app_data
from tests.apptest_support import open_app, prepare, switch


def test_the_dashboard_sees_an_edited_data_file_at_once(fixture_copy: Path) -> None:
    before = app_data._fingerprint(fixture_copy.resolve())
    assert app_data._fingerprint(fixture_copy.resolve()) == before
    events = fixture_copy / "events.yaml"
    events.write_text(events.read_text(encoding="utf-8") + "\n", encoding="utf-8")
    assert app_data._fingerprint(fixture_copy.resolve()) != before


def test_a_shared_view_is_computed_per_dataset_not_per_call(fixture_copy: Path) -> None:
    """Two loads of different data never share a view; the same dataset's view is the same object every call."""
    from alliance_monitor import cache

    first = app_data._app_data_of(cache.load(fixture_copy).compiled)  # type: ignore[arg-type]
    table = app_data.member_table(first, [])
    assert app_data.member_table(first, []) is table
    alliance = fixture_copy / "alliance.yaml"
    text = alliance.read_text(encoding="utf-8")
    assert "status_note: Member; host of the summit." in text
    alliance.write_text(text.replace("status_note: Member; host of the summit.",
                                     "status_note: Member; host of the summit (edited).", 1), encoding="utf-8")
    second = app_data._app_data_of(cache.load(fixture_copy).compiled)  # type: ignore[arg-type]
    assert second.key != first.key
    assert app_data.member_table(second, []) is not table


def test_the_matrix_colour_limit_holds_every_cell_under_any_speaker_filter() -> None:
    """A state's cell over one speaker's signals can score further from 0 than the whole cell (issue 12: one scale
    for every filter). Checked on the fictional data given a cell whose two speakers pull opposite ways."""
    import dataclasses
    from types import SimpleNamespace

    from alliance_monitor import score, views
    from alliance_monitor.models import Signal
    from alliance_monitor.tables import build_tables
    from alliance_monitor.validate import load_dataset
    from tests.conftest import FICTIONAL_DATA

    ds = load_dataset(FICTIONAL_DATA)
    template = next(s for s in ds.signals if s.state and s.actor)
    first, second = template.actor, next(a.id for a in ds.actors if a.id != template.actor)
    assert first is not None  # (chosen above with an actor: narrows the type)
    states = [s.iso3 for s in ds.alliance.states][:2]
    # each speaker pulls the two states opposite ways, three strong signals each: every whole cell, state or
    # speaker, sums to 0, and one speaker's part of a state's cell to 9 times the weight
    added = [Signal.model_validate({**template.model_dump(), "id": f"s-pull-{speaker}-{iso3.lower()}-{n}",
                                    "actor": speaker, "state": iso3, "strength": 3,
                                    "direction": sign * (1 if iso3 == states[0] else -1)})
             for speaker, sign in ((first, 1), (second, -1)) for iso3 in states for n in range(3)]
    tables = build_tables(dataclasses.replace(ds, signals=(*ds.signals, *added)))
    weights = score.default_weights(tables.dimensions)
    # the limit reads only the tables; the real function, not the shared (cached) wrapper
    limit = app_data.matrix_limit.__wrapped__(SimpleNamespace(tables=tables), weights)  # type: ignore[attr-defined]
    whole = views.matrix_view(tables, "state", "all", weights, [], [])
    for speaker in (first, second):
        view = views.matrix_view(tables, "state", "all", weights, [], [speaker])
        assert float(view.cells["score"].abs().max()) <= limit
    assert float(whole.cells["score"].abs().max()) <= limit


def test_every_script_run_gives_freed_memory_back(monkeypatch: pytest.MonkeyPatch) -> None:
    # a page's frames and buffers, freed at the end of its run, would otherwise stay mapped (cache.return_freed_memory)
    prepare(monkeypatch)
    calls: list[int] = []
    monkeypatch.setattr(cache, "return_freed_memory", lambda: calls.append(1))
    at = open_app("quotes")
    assert not at.exception
    opened = len(calls)
    assert opened >= 1  # (opening a page by its link may take a rerun)
    switch(at, "members")
    assert len(calls) > opened
