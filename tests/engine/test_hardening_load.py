"""Many viewers, small: the load benchmark (benchmarks/load.py) with 3 sessions for a few seconds.

The real server on 127.0.0.1, three simulated viewers speaking Streamlit's websocket protocol (page switches,
filter changes, searches): no error, every action answered, and the server's memory grows little per session.
The full run (20 sessions, 60 s) is run by hand: `uv run python benchmarks/load.py`.
"""

from __future__ import annotations

import importlib.util
import math
import sys
from collections.abc import Callable
from pathlib import Path
from types import ModuleType

ROOT = Path(__file__).resolve().parents[2]


def _load_module() -> ModuleType:
    spec = importlib.util.spec_from_file_location("benchmarks_load", ROOT / "benchmarks" / "load.py")
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    sys.modules[spec.name] = module  # dataclasses look their module up there
    spec.loader.exec_module(module)
    return module


def test_three_sessions_change_pages_and_filters_without_error(hardening_figure: Callable[[str], None]) -> None:
    load = _load_module()
    result = load.run(3, 6.0, think=(0.3, 0.8), seed=1, log=ROOT / "test-output" / "logs" / "load-test-server.log")
    for line in result.lines():
        hardening_figure(line)
    assert result.errors == 0, result.error_samples
    assert result.actions >= 3 * 3, result.actions_by_kind  # each viewer opened the app and acted
    assert {"open", "page"} <= set(result.actions_by_kind)
    assert math.isfinite(result.p50_ms) and result.p95_ms < 10_000
    assert result.rss_growth_per_session_mb < 50, "each session should share the dataset, not copy it"


def test_the_load_run_is_bounded() -> None:
    load = _load_module()
    assert load.HOST == "127.0.0.1"
    for sessions, duration in ((0, 5.0), (load.MAX_SESSIONS + 1, 5.0), (3, 0.0), (3, load.MAX_DURATION + 1)):
        try:
            load.run(sessions, duration)
        except ValueError:
            continue
        raise AssertionError(f"run({sessions}, {duration}) was not refused")
