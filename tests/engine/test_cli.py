"""The command line as a curator and a downstream user meet it: exit codes, messages, and what export writes."""

from __future__ import annotations

import csv
import json
import shutil
import subprocess
from concurrent.futures import ThreadPoolExecutor
from dataclasses import dataclass
from pathlib import Path

import pytest

from alliance_monitor.load import Dataset
from alliance_monitor.validate import load_dataset
from tests.conftest import FICTIONAL_DATA, REAL_DATA, replace_nth, run_cli

EXPORT_KINDS = ["alliance", "states", "dimensions", "sources", "actors", "quotes", "signals", "events", "changelog"]


@pytest.fixture(scope="module")
def real() -> Dataset:
    return load_dataset(REAL_DATA)


@dataclass(frozen=True)
class Runs:
    base: Path
    broken_lines: dict[str, int]
    """Line of the one edit made to each file of the broken copy."""
    results: dict[str, subprocess.CompletedProcess[str]]

    def __getitem__(self, name: str) -> subprocess.CompletedProcess[str]:
        return self.results[name]


@pytest.fixture(scope="module")
def runs(tmp_path_factory: pytest.TempPathFactory) -> Runs:
    """Every command of this module, run once and in parallel (a process costs about a second to start)."""
    base = tmp_path_factory.mktemp("cli")
    shutil.copytree(FICTIONAL_DATA, base / "broken" / "data")
    shutil.copytree(FICTIONAL_DATA.parent / "seeds", base / "broken" / "seeds")
    broken = base / "broken" / "data"
    lines = {
        "quotes.yaml": replace_nth(broken / "quotes.yaml", "  - halvorsen\n", "  - nobody\n"),
        "events.yaml": replace_nth(broken / "events.yaml", "  kind: founding\n", "  kind: party\n"),
    }
    commands: dict[str, tuple[str | Path, ...]] = {
        "validate": ("validate", REAL_DATA),
        "broken": ("validate", broken),
        "missing": ("validate", base / "no-such-folder"),
        "json": ("export", "--format", "json", REAL_DATA),
        "csv": ("export", "--format", "csv", "--out", base / "csv", REAL_DATA),
        "csv-no-out": ("export", "--format", "csv", REAL_DATA),
    }
    with ThreadPoolExecutor(max_workers=4) as pool:
        done = pool.map(lambda args: run_cli(*args), commands.values())
    return Runs(base, lines, dict(zip(commands, done, strict=True)))


def no_traceback(run: subprocess.CompletedProcess[str]) -> bool:
    return "Traceback" not in run.stdout + run.stderr


def test_validate_prints_a_one_screen_summary(runs: Runs, real: Dataset) -> None:
    """A curator sees at a glance that the data is valid and how much of each kind there is."""
    run = runs["validate"]
    assert run.returncode == 0, run.stdout + run.stderr
    lines = run.stdout.splitlines()
    assert lines[0] == "OK: data is valid (8 files)"
    assert real.alliance.name in lines[1]
    for kind, count in real.counts().items():
        assert any(line.split() == [kind, str(count)] for line in lines), (kind, count, run.stdout)
    assert len(lines) <= 24 and max(map(len, lines)) <= 120
    assert no_traceback(run)


def test_validate_exits_1_and_lists_the_problems(runs: Runs) -> None:
    """Two problems in two files: both printed, one a line, sorted by file, and counted on stderr."""
    run, data = runs["broken"], runs.base / "broken" / "data"
    assert run.returncode == 1
    problems = run.stdout.splitlines()
    assert len(problems) == 2, run.stdout
    events_line, quotes_line = runs.broken_lines["events.yaml"], runs.broken_lines["quotes.yaml"]
    assert problems[0].startswith(f"{data / 'events.yaml'}:{events_line}: ev-1997-accord-founded.kind: Input should be")
    assert problems[1] == (
        f"{data / 'quotes.yaml'}:{quotes_line}: q-halvorsen-sea-lanes.speakers[0]: unknown actor 'nobody'"
    )
    assert "2 problem(s) in" in run.stderr
    assert no_traceback(run)


def test_missing_folder_is_a_clear_error(runs: Runs) -> None:
    """A mistyped folder is an ordinary problem line, not a crash."""
    run = runs["missing"]
    assert run.returncode == 1
    assert run.stdout.strip() == f"{runs.base / 'no-such-folder'}:0: (folder): data folder does not exist"
    assert no_traceback(run)


def test_export_json_holds_every_kind(runs: Runs, real: Dataset) -> None:
    """Downstream users get the whole validated dataset: nothing dropped, nothing but JSON on stdout."""
    run = runs["json"]
    assert run.returncode == 0, run.stderr
    exported = json.loads(run.stdout)  # one JSON object, nothing else on stdout
    assert list(exported) == EXPORT_KINDS
    assert all(isinstance(records, list) for records in exported.values())
    assert len(exported["alliance"]) == 1
    for kind, count in real.counts().items():
        assert len(exported[kind]) == count, kind
    assert {q["id"] for q in exported["quotes"]} == {q.id for q in real.quotes}
    assert "Токаев" in json.dumps(exported, ensure_ascii=False)  # Unicode kept as such


def test_export_csv_writes_a_file_per_kind(runs: Runs, real: Dataset) -> None:
    """Spreadsheet users get one table per kind, with every record, readable by any CSV parser."""
    run = runs["csv"]
    assert run.returncode == 0, run.stderr
    out = runs.base / "csv"
    assert sorted(p.name for p in out.iterdir()) == sorted(f"{k}.csv" for k in EXPORT_KINDS)
    expected = {"alliance": 1, "changelog": len(real.changelog), **real.counts()}
    for kind in EXPORT_KINDS:
        assert (out / f"{kind}.csv").read_bytes().startswith(b"\xef\xbb\xbf")  # UTF-8 BOM: spreadsheets read UTF-8
        with (out / f"{kind}.csv").open(encoding="utf-8-sig", newline="") as handle:
            rows = list(csv.DictReader(handle))
        assert len(rows) == expected[kind], kind
        assert "id" in rows[0] or kind in {"alliance", "states", "changelog"}
    with (out / "quotes.csv").open(encoding="utf-8-sig", newline="") as handle:
        quotes = {row["id"]: row for row in csv.DictReader(handle)}
    sample = real.quotes[0]
    assert quotes[sample.id]["text"] == sample.text  # multi-line and quoted text survives the round trip
    assert json.loads(quotes[sample.id]["speakers"]) == list(sample.speakers)  # lists become JSON in a cell


def test_export_csv_needs_out(runs: Runs) -> None:
    """Several CSV files cannot go to stdout: a usage error (exit 2) that says what to add."""
    run = runs["csv-no-out"]
    assert run.returncode == 2
    assert run.stdout == ""
    assert "export --format csv needs --out DIR" in run.stderr
    assert no_traceback(run)
