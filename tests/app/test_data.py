"""alliance_monitor.app.data: the server's dataset follows its files, and the shared views are per dataset."""

from __future__ import annotations

from pathlib import Path

from alliance_monitor.app import data as app_data


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
