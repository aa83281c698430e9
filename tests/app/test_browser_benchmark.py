"""The browser benchmark (benchmarks/browser.py) at its smallest: the real data, one repetition, no launch timing.

It checks that every system still answers right (the benchmark asserts the counts before timing) and that every
in-browser measure of the README's table is produced, so the benchmark cannot rot. The launch timings (four more
server starts, about a minute on a busy machine) run with the full run, by hand (README).
"""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

import pytest

from tests.browser import require_chromium

ROOT = Path(__file__).resolve().parents[2]

pytestmark = pytest.mark.browser


def test_browser_benchmark_runs_and_checks_its_answers(tmp_path: Path) -> None:
    require_chromium()
    out = tmp_path / "browser.json"
    result = subprocess.run(
        [sys.executable, str(ROOT / "benchmarks" / "browser.py"), "--scales", "real", "--repetitions", "1",
         "--launches", "0", "--work", str(tmp_path / "work"), "--json", str(out)],
        cwd=ROOT, capture_output=True, text=True, timeout=240, check=False)
    assert result.returncode == 0, result.stdout[-3000:] + result.stderr[-3000:]
    summary = json.loads(out.read_text(encoding="utf-8"))["results"][0]["summary"]
    for measure in ("cold_link", "cold_overview", "switch_matrix", "switch_quotes", "search"):
        for system in ("app", "peer"):
            assert summary[f"{measure}/{system}"] > 0, (measure, system)
    assert summary["cold_link/floor"] > 0
    assert "cold shared link" in result.stdout
