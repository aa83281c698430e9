"""Where a start without the compiled cache spends its memory: the process's RSS at the end of each phase of
`cache.compile_dataset`, and its peak within each phase.

    uv run python benchmarks/build_memory.py                                  # 1000x the real data (generated)
    uv run python benchmarks/build_memory.py --data tests/fixtures/fictional/data --no-server-imports

The process first imports what the server has imported before it builds (streamlit with its runtime, pandas,
pyarrow), so the baseline is the server's, not a bare interpreter's (`--no-server-imports` skips them). A thread
reads `/proc/self/status` every 20 ms for the peak between two phases. Linux only (VmRSS). It prints one line per
phase (seconds since the build began, RSS at its end, the highest RSS seen during it, and the growth over the
phase before) and, with `--json`, writes them. Figures from one run vary by a few MB; the phases' shares do not.
"""

from __future__ import annotations

import argparse
import json
import sys
import threading
import time
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

DEFAULT_DATA = ROOT / "benchmarks" / "out" / "x1000" / "data"


def rss_mb() -> float:
    """This process's resident set (VmRSS), MB."""
    with open("/proc/self/status", encoding="ascii") as status:
        for line in status:
            if line.startswith("VmRSS:"):
                return int(line.split()[1]) / 1024
    raise RuntimeError("no VmRSS in /proc/self/status (Linux only)")


class _Sampler:
    """The highest RSS seen since the last `take()`, sampled in a thread."""

    def __init__(self, every_s: float = 0.02) -> None:
        self._every = every_s
        self._high = rss_mb()
        self._lock = threading.Lock()
        self._stop = threading.Event()
        self._thread = threading.Thread(target=self._run, name="rss-sampler", daemon=True)

    def _run(self) -> None:
        while not self._stop.wait(self._every):
            now = rss_mb()
            with self._lock:
                self._high = max(self._high, now)

    def __enter__(self) -> _Sampler:
        self._thread.start()
        return self

    def __exit__(self, *exc: object) -> None:
        self._stop.set()
        self._thread.join()

    def take(self) -> float:
        """The high-water mark since the last call (the current RSS included), then start a new one."""
        now = rss_mb()
        with self._lock:
            high, self._high = max(self._high, now), now
        return high


def measure(data_dir: Path, server_imports: bool = True) -> dict[str, Any]:
    """Phases of one build of `data_dir`: [{"phase", "s", "rss_mb", "peak_mb", "grew_mb"}], with the baseline."""
    began = time.perf_counter()
    if server_imports:
        import pandas  # noqa: F401
        import pyarrow  # noqa: F401
        import streamlit.runtime
        import streamlit.web.server  # noqa: F401
    from alliance_monitor import cache

    imported_s = time.perf_counter() - began
    phases: list[dict[str, Any]] = []
    with _Sampler() as sampler:
        baseline = sampler.take()
        start = time.perf_counter()
        last = baseline

        def on_phase(name: str) -> None:
            nonlocal last
            now, high = rss_mb(), sampler.take()
            phases.append({"phase": name, "s": round(time.perf_counter() - start, 3), "rss_mb": round(now, 1),
                           "peak_mb": round(high, 1), "grew_mb": round(now - last, 1)})
            last = now

        compiled, problems = cache.compile_dataset(data_dir, on_phase=on_phase)
    if compiled is None:
        raise SystemExit(f"{data_dir} does not validate: {problems[0] if problems else '?'}")
    return {"data": str(data_dir), "counts": compiled.dataset.counts(), "import_s": round(imported_s, 3),
            "baseline_mb": round(baseline, 1), "phases": phases,
            "peak_mb": max(p["peak_mb"] for p in phases)}


def table(result: dict[str, Any]) -> str:
    rows = [f"baseline after imports: {result['baseline_mb']:.0f} MB ({result['counts'].get('quotes', 0)} quotes)",
            "| phase | ends at s | RSS at its end MB | peak within MB | grew MB |", "|---|---|---|---|---|"]
    rows += [f"| {p['phase']} | {p['s']:.2f} | {p['rss_mb']:.0f} | {p['peak_mb']:.0f} | {p['grew_mb']:+.0f} |"
             for p in result["phases"]]
    rows.append(f"peak of the build: {result['peak_mb']:.0f} MB")
    return "\n".join(rows)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0] if __doc__ else None)
    parser.add_argument("--data", type=Path, default=DEFAULT_DATA,
                        help="a data folder (default: the 1000x data of benchmarks/run.py, generated if missing)")
    parser.add_argument("--no-server-imports", action="store_true", help="measure from a bare interpreter")
    parser.add_argument("--json", type=Path, help="write the figures here")
    args = parser.parse_args(argv)
    data_dir: Path = args.data
    if not data_dir.is_dir() and data_dir == DEFAULT_DATA:
        import run  # benchmarks/run.py, beside this file

        data_dir, _ = run.prepare_dataset("1000", DEFAULT_DATA.parent.parent)
    result = measure(data_dir, server_imports=not args.no_server_imports)
    print(table(result))
    if args.json:
        args.json.write_text(json.dumps(result, indent=1) + "\n", encoding="utf-8")
    return 0


if __name__ == "__main__":
    sys.exit(main())
