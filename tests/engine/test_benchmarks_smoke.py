"""The benchmarks cannot rot: generated data validates, and a smoke run (1x and 10x, one repetition) writes a
report of the right shape. Timings are not checked here (a shared machine makes them meaningless in a test)."""

from __future__ import annotations

import importlib.util
import json
import subprocess
import sys
from pathlib import Path
from types import ModuleType
from typing import Any

import pytest
import yaml

from alliance_monitor import yamlio
from alliance_monitor.validate import validate

ROOT = Path(__file__).resolve().parents[2]
BENCH = ROOT / "benchmarks"
PAGES = ["overview", "members", "matrix", "quotes", "timeline", "sources"]


def _generator() -> ModuleType:
    if "bench_generate" in sys.modules:
        return sys.modules["bench_generate"]
    spec = importlib.util.spec_from_file_location("bench_generate", BENCH / "generate.py")
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    sys.modules[spec.name] = module  # (dataclasses look their module up)
    spec.loader.exec_module(module)
    return module


@pytest.fixture(scope="module")
def generated(tmp_path_factory: pytest.TempPathFactory) -> dict[int, Path]:
    generate = _generator()
    out = tmp_path_factory.mktemp("generated")
    return {scale: (generate.generate(scale, out / f"x{scale}"), out / f"x{scale}" / "data")[1] for scale in (1, 10)}


@pytest.mark.parametrize("scale", [1, 10])
def test_generated_data_validates_at_n_times_the_real_counts(generated: dict[int, Path], scale: int) -> None:
    report = validate(generated[scale])
    assert report.ok, [str(p) for p in report.problems[:10]]
    assert report.dataset is not None
    counts = report.dataset.counts()
    base = _generator().BASE_COUNTS
    assert {k: counts[k] for k in base} == {k: n * scale for k, n in base.items()}
    assert counts["states"] == 14 and counts["dimensions"] == 7
    # a fictional alliance, and evidence checked against real seed texts
    assert report.dataset.alliance.acronym != "CSTO" and "CSTO" not in json.dumps(counts)
    assert report.spans_checked > 50 * scale
    assert len(list((generated[scale].parent / "seeds").glob("*.txt"))) == counts["sources"]


def test_generation_is_deterministic(generated: dict[int, Path], tmp_path: Path) -> None:
    _generator().generate(1, tmp_path / "again")
    first, again = generated[1].parent, tmp_path / "again"
    names = sorted(p.relative_to(first).as_posix() for p in first.rglob("*") if p.is_file())
    assert names == sorted(p.relative_to(again).as_posix() for p in again.rglob("*") if p.is_file())
    for name in names:
        assert (first / name).read_bytes() == (again / name).read_bytes(), name


def _same(a: Any, b: Any) -> bool:
    if type(a) is not type(b):
        return False
    if isinstance(a, yamlio.LineDict):
        return (a.line == b.line and a.key_lines == b.key_lines and list(a) == list(b)
                and all(_same(a[k], b[k]) for k in a))
    if isinstance(a, yamlio.LineList):
        return (a.line == b.line and a.item_lines == b.item_lines and len(a) == len(b)
                and all(_same(x, y) for x, y in zip(a, b, strict=True)))
    return bool(a == b)


def test_fast_yaml_path_reads_exactly_what_the_full_path_reads(generated: dict[int, Path]) -> None:
    """The one-pass reader (a performance change) gives the full loader's result, lines included."""
    files = [*(ROOT / "data").glob("*.yaml"), *generated[10].glob("*.yaml")]
    for path in files:
        text = path.read_text(encoding="utf-8")
        fast = yamlio._load_plain(text)
        assert fast is not yamlio._NOT_PLAIN, path
        assert _same(fast, yaml.load(text, Loader=yamlio._Loader)), path
    # anything unusual is left to the full path, which reports it as before
    for text in ("a: &x 1\nb: *x\n", "a: 1\na: 2\n", "a: !!str 1\n", "? [a]\n: 1\n", "--- a\n--- b\n",
                 "<<: {a: 1}\n", "a: " + "[" * 60 + "]" * 60 + "\n"):
        assert yamlio._load_plain(text) is yamlio._NOT_PLAIN, text
    assert _same(yamlio._load_plain("a: yes\nb: ~\nc: 0x1F\nd: '1'\ne: 2022-01-02\n"),
                 yaml.load("a: yes\nb: ~\nc: 0x1F\nd: '1'\ne: 2022-01-02\n", Loader=yamlio._Loader))


def _numbers(value: Any) -> list[float]:
    if isinstance(value, bool):
        return []
    if isinstance(value, int | float):
        return [float(value)]
    if isinstance(value, dict):
        return [n for v in value.values() for n in _numbers(v)]
    if isinstance(value, list):
        return [n for v in value for n in _numbers(v)]
    return []


@pytest.mark.timeout(240)
def test_smoke_run_writes_a_report_of_the_right_shape(tmp_path: Path) -> None:
    out = tmp_path / "report.json"
    done = subprocess.run(
        [sys.executable, str(BENCH / "run.py"), "--scales", "1,10", "--repetitions", "1", "--no-real",
         "--json", str(out), "--work", str(tmp_path / "work")],
        cwd=ROOT, capture_output=True, text=True, timeout=230, check=False)
    assert done.returncode == 0, done.stderr[-3000:]
    assert "| scale |" in done.stdout  # the printed table
    report = json.loads(out.read_text(encoding="utf-8"))
    assert {"date", "command", "machine", "versions", "repetitions", "targets", "scales", "server_floor",
            "targets_met"} <= set(report)
    assert report["machine"]["nproc"] >= 1 and report["machine"]["python"]
    assert report["server_floor"]["first_page_s"] > 0
    assert [s["scale"] for s in report["scales"]] == [1, 10]
    for entry in report["scales"]:
        assert entry["counts"]["quotes"] == 18 * entry["scale"]
        assert set(entry["pages"]) == set(PAGES)
        assert entry["floor_ms"] > 0
        for page in entry["pages"].values():
            assert page["median_ms"] > 0 and page["ratio"] > 0 and page["elements"] > 0
        assert len(entry["search"]) == 5 and all(s["median_ms"] > 0 for s in entry["search"].values())
        cold, server = entry["cold"], entry["server"]
        assert cold["uncached_process_s"] > 0 and cold["cached_process_s"] > 0 and cold["cache_bytes"] > 0
        assert server["first_page_cached_s"] > 0 and server["first_page_uncached_s"] > 0
        assert set(server["page_roundtrip_ms"]) == set(PAGES)
        assert server["peak_rss_mb"] > 0
        assert all(n >= 0 for n in _numbers(entry))


def test_build_memory_prints_each_phase_of_a_build(generated: dict[int, Path], tmp_path: Path) -> None:
    """benchmarks/build_memory.py (the README's memory profile of a start without the cache) still runs."""
    out = tmp_path / "memory.json"
    done = subprocess.run([sys.executable, str(BENCH / "build_memory.py"), "--data", str(generated[1]),
                           "--no-server-imports", "--json", str(out)],
                          cwd=ROOT, capture_output=True, text=True, timeout=120, check=False)
    assert done.returncode == 0, done.stderr[-3000:]
    assert "| parse |" in done.stdout and "peak of the build" in done.stdout
    report = json.loads(out.read_text(encoding="utf-8"))
    assert [p["phase"] for p in report["phases"]] == ["parse", "check", "tables", "index", "compiled"]
    assert report["counts"]["quotes"] == 18
    assert report["peak_mb"] >= report["baseline_mb"] > 0
    assert all(p["peak_mb"] >= p["rss_mb"] > 0 for p in report["phases"])
