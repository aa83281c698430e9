"""Measure how the dashboard's cost grows with its data, against the framework's own floor, in one run.

    python benchmarks/run.py [--scales 1,10,100,1000] [--json OUT] [--repetitions 10]

For the real data (`data/`, unless --no-real) and a synthetic dataset at each scale (benchmarks/generate.py),
it measures:

- cold start: a fresh process that loads and validates the data and builds its tables (no compiled cache), and
  a fresh process that reads the compiled cache (`alliance_monitor/cache.py`) instead; wall time of the whole
  process (interpreter and imports included) and its peak RSS;
- server start to first page: `streamlit run dashboard.py` launched, a client connected to its websocket as a
  browser does, until the first page's script has finished; with the compiled cache present and without it
  (ALLIANCE_MONITOR_CACHE=off). The same client then opens every page with the typical filters, and the
  server's peak RSS (VmHWM) is read after that;
- each page's warm rerun in AppTest: the median of --repetitions reruns after two warm-up runs, with a typical
  filter set (the country filter on the member with the most signals; a search query on the quote explorer; a
  selected row, so the state's profile is shown, on the member states page);
- search latency of five typical queries through the engine (views.filter_quotes), median per query;
- the floor, in the same run: the warm rerun of a trivial Streamlit page (`st.write` of a few words) in AppTest,
  interleaved with the pages' reruns, and the server start to first page of that trivial app. Ratios to the
  floor are the headline: absolute times drift on a shared machine.

It prints a table and writes every figure as JSON (--json). `--repetitions 1` is the smoke run of the tests.
"""

from __future__ import annotations

import argparse
import contextlib
import datetime as dt
import json
import os
import platform
import shutil
import socket
import statistics
import subprocess
import sys
import tempfile
import time
from collections.abc import Iterator
from pathlib import Path
from typing import Any
from urllib.parse import urlencode

ROOT = Path(__file__).resolve().parent.parent
BENCH = Path(__file__).resolve().parent
REAL_DATA = ROOT / "data"
ENTRY = ROOT / "dashboard.py"
PAGES_DIR = "app_pages"
PAGES = {name: f"{PAGES_DIR}/{name}.py" for name in ("overview", "members", "matrix", "quotes", "timeline", "sources")}
URL_PATHS = {"overview": "", "members": "members", "matrix": "matrix", "quotes": "quotes", "timeline": "timeline",
             "sources": "sources"}
TARGETS = {
    "real_page_ratio_max": 3.0,
    "x1000_page_ms_max": 250.0,
    "x1000_search_ms_max": 50.0,
    "x1000_server_first_page_cached_s_max": 2.0,
    "x1000_server_first_page_uncached_s_max": 10.0,
    "x1000_peak_rss_mb_max": 400.0,
}
FLOOR_APP = 'import streamlit as st\n\nst.write("A trivial page: a few words.")\n'
ELEMENTS_APP = 'import streamlit as st\n\nfor i in range(100):\n    st.text("A few words.")\n'
"""The cost of elements themselves: 100 plain texts, for the per-element cost of the framework in this run."""


def _median(values: list[float]) -> float:
    return float(statistics.median(values)) if values else float("nan")


# --- datasets ------------------------------------------------------------------------------------------------


def prepare_dataset(scale: str, work: Path) -> tuple[Path, float]:
    """The data folder for a scale ("real" or N), generating it into `work` when synthetic."""
    if scale == "real":
        return REAL_DATA, 0.0
    sys.path.insert(0, str(BENCH))
    try:
        import generate
    finally:
        sys.path.remove(str(BENCH))
    out = work / f"x{scale}"
    began = time.perf_counter()
    generate.generate(int(scale), out)
    return out / "data", time.perf_counter() - began


def _env(data_dir: Path, cache_dir: Path | None) -> dict[str, str]:
    env = dict(os.environ)
    env["ALLIANCE_MONITOR_DATA"] = str(data_dir)
    env["ALLIANCE_MONITOR_CACHE"] = str(cache_dir) if cache_dir is not None else "off"
    env["PYTHONDONTWRITEBYTECODE"] = "0"
    return env


# --- cold start ----------------------------------------------------------------------------------------------

_COLD_CHILD = """
import json, resource, sys, time
t0 = time.perf_counter()
from pathlib import Path
from alliance_monitor import cache
t1 = time.perf_counter()
loaded = cache.load(Path(sys.argv[1]), use_disk=sys.argv[2] == "disk")
t2 = time.perf_counter()
assert loaded.compiled is not None, [str(p) for p in loaded.problems[:5]]
i = loaded.info
print(json.dumps({"import_s": t1 - t0, "load_s": t2 - t1, "source": i.source, "key_s": i.key_seconds,
                  "read_s": i.read_seconds, "build_s": i.build_seconds, "write_s": i.write_seconds,
                  "peak_rss_mb": resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024,
                  "counts": loaded.compiled.dataset.counts()}))
"""


def _cold_once(data_dir: Path, cache_dir: Path | None, mode: str) -> dict[str, Any]:
    began = time.perf_counter()
    done = subprocess.run([sys.executable, "-c", _COLD_CHILD, str(data_dir), mode], cwd=ROOT,
                          env=_env(data_dir, cache_dir), capture_output=True, text=True, timeout=900, check=False)
    wall = time.perf_counter() - began
    if done.returncode != 0:
        raise RuntimeError(f"cold start failed:\n{done.stderr[-3000:]}")
    result: dict[str, Any] = json.loads(done.stdout.strip().splitlines()[-1])
    result["process_s"] = wall
    return result


def cold_start(data_dir: Path, cache_dir: Path, repetitions: int) -> dict[str, Any]:
    """Fresh processes: validating from YAML, writing the compiled cache once, then reading it."""
    shutil.rmtree(cache_dir, ignore_errors=True)
    uncached = [_cold_once(data_dir, None, "nodisk") for _ in range(repetitions)]
    first = _cold_once(data_dir, cache_dir, "disk")  # builds and writes the entry
    cached = [_cold_once(data_dir, cache_dir, "disk") for _ in range(repetitions)]
    if first["source"] != "built" or any(c["source"] != "cache" for c in cached):
        raise RuntimeError(f"the compiled cache did not behave: {first['source']}, {[c['source'] for c in cached]}")
    return {
        "uncached_process_s": _median([r["process_s"] for r in uncached]),
        "uncached_load_s": _median([r["load_s"] for r in uncached]),
        "cached_process_s": _median([r["process_s"] for r in cached]),
        "cached_load_s": _median([r["load_s"] for r in cached]),
        "cache_key_s": _median([r["key_s"] for r in cached]),
        "cache_read_s": _median([r["read_s"] for r in cached]),
        "cache_write_s": first["write_s"],
        "cache_bytes": sum(p.stat().st_size for p in cache_dir.glob("*.pickle")),
        "import_s": _median([r["import_s"] for r in cached]),
        "uncached_peak_rss_mb": max(r["peak_rss_mb"] for r in uncached),
        "cached_peak_rss_mb": max(r["peak_rss_mb"] for r in cached),
        "counts": first["counts"],
        "runs": {"uncached": uncached, "build": first, "cached": cached},
    }


# --- server start to first page ------------------------------------------------------------------------------


def _free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return int(s.getsockname()[1])


def _peak_rss_mb(pid: int) -> float:
    try:
        for line in Path(f"/proc/{pid}/status").read_text().splitlines():
            if line.startswith("VmHWM:"):
                return int(line.split()[1]) / 1024
    except OSError:
        pass
    import psutil  # type: ignore[import-untyped]  # not Linux: the current RSS is the best available

    return float(psutil.Process(pid).memory_info().rss) / 2**20


class _Client:
    """The part of a browser that matters here: the websocket, a rerun request, and waiting for its end."""

    def __init__(self, port: int, deadline: float) -> None:
        from websockets.sync.client import connect

        self._stack = contextlib.ExitStack()
        while True:
            try:
                self.ws = self._stack.enter_context(connect(
                    f"ws://127.0.0.1:{port}/_stcore/stream", subprotocols=["streamlit"],  # type: ignore[list-item]
                    open_timeout=2, max_size=None, proxy=None))
                return
            except Exception:  # not listening yet
                if time.perf_counter() > deadline:
                    raise
                time.sleep(0.02)

    def run(self, page: str = "", query: str = "", timeout: float = 300) -> int:
        """Ask for a run of `page` with `query`; return the number of messages once its script has finished."""
        from streamlit.proto.BackMsg_pb2 import BackMsg
        from streamlit.proto.ForwardMsg_pb2 import ForwardMsg

        msg = BackMsg()
        msg.rerun_script.query_string = query
        msg.rerun_script.page_name = page
        self.ws.send(msg.SerializeToString())
        count = 0
        while True:
            fwd = ForwardMsg()
            fwd.ParseFromString(self.ws.recv(timeout=timeout))
            count += 1
            kind = fwd.WhichOneof("type")
            if kind == "delta" and fwd.delta.new_element.WhichOneof("type") == "exception":
                raise RuntimeError(f"the page raised: {fwd.delta.new_element.exception.message}")
            if kind == "script_finished":
                return count

    def close(self) -> None:
        self._stack.close()


@contextlib.contextmanager
def _server(script: Path, env: dict[str, str]) -> Iterator[tuple[subprocess.Popen[bytes], int, float]]:
    port = _free_port()
    began = time.perf_counter()
    proc = subprocess.Popen(
        [sys.executable, "-m", "streamlit", "run", str(script), "--server.port", str(port),
         "--server.address", "127.0.0.1", "--server.headless", "true", "--browser.gatherUsageStats", "false"],
        cwd=ROOT, env=env, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    try:
        yield proc, port, began
    finally:
        proc.terminate()
        try:
            proc.wait(timeout=20)
        except subprocess.TimeoutExpired:
            proc.kill()
            proc.wait()


def server_first_page(script: Path, env: dict[str, str], visits: list[tuple[str, str]] | None = None,
                      entry_folder: Path | None = None) -> dict[str, Any]:
    """Seconds from launch to the first page served; then each visit's round trip and the peak RSS (once the
    server has written its compiled cache into `entry_folder`, when given: the write is part of its peak)."""
    with _server(script, env) as (proc, port, began):
        client = _Client(port, began + 120)
        connected = time.perf_counter() - began
        client.run()
        first = time.perf_counter() - began
        pages: dict[str, float] = {}
        for page, query in visits or []:
            client.run(URL_PATHS[page], query)  # first visit of the page
            t = time.perf_counter()
            client.run(URL_PATHS[page], query)
            pages[page] = (time.perf_counter() - t) * 1000
        written = None
        if entry_folder is not None:
            deadline = time.perf_counter() + 120
            while not any(entry_folder.glob("*.pickle")) and time.perf_counter() < deadline:
                time.sleep(0.1)
            written = time.perf_counter() - began if any(entry_folder.glob("*.pickle")) else None
        rss = _peak_rss_mb(proc.pid)
        client.close()
    return {"first_page_s": first, "connected_s": connected, "page_roundtrip_ms": pages, "peak_rss_mb": rss,
            "cache_written_s": written}


def server_measures(data_dir: Path, cache_dir: Path, visits: list[tuple[str, str]], repetitions: int
                    ) -> dict[str, Any]:
    """With the compiled cache present; then without it, as at the first start after the data changed: an empty
    cache folder, which the server fills (in the background) after validating."""
    cached = [server_first_page(ENTRY, _env(data_dir, cache_dir), visits if i == 0 else None)
              for i in range(repetitions)]
    uncached = []
    for i in range(repetitions):
        empty = cache_dir.parent / f"{cache_dir.name}-empty"
        shutil.rmtree(empty, ignore_errors=True)
        uncached.append(server_first_page(ENTRY, _env(data_dir, empty), visits if i == 0 else None,
                                          entry_folder=empty))
        shutil.rmtree(empty, ignore_errors=True)
    return {
        "first_page_cached_s": _median([r["first_page_s"] for r in cached]),
        "first_page_uncached_s": _median([r["first_page_s"] for r in uncached]),
        "connected_s": _median([r["connected_s"] for r in cached + uncached]),
        "page_roundtrip_ms": cached[0]["page_roundtrip_ms"],
        "peak_rss_mb_cached": max(r["peak_rss_mb"] for r in cached),
        "peak_rss_mb_uncached": max(r["peak_rss_mb"] for r in uncached),
        "peak_rss_mb": max(r["peak_rss_mb"] for r in cached + uncached),
        "runs": {"cached": cached, "uncached": uncached},
    }


def server_floor(repetitions: int, work: Path) -> dict[str, Any]:
    """Server start to first page of the trivial app: the framework's own floor for a cold start."""
    script = work / "floor_app.py"
    script.write_text(FLOOR_APP, encoding="utf-8")
    runs = [server_first_page(script, dict(os.environ)) for _ in range(repetitions)]
    return {"first_page_s": _median([r["first_page_s"] for r in runs]),
            "connected_s": _median([r["connected_s"] for r in runs]),
            "peak_rss_mb": max(r["peak_rss_mb"] for r in runs), "runs": runs}


# --- AppTest: warm reruns and search (in a child process per dataset) ----------------------------------------


def typical_filters(data_dir: Path) -> dict[str, Any]:
    """The member (not the leading state) with the most signals, its name, and five typical search queries."""
    from alliance_monitor import cache

    loaded = cache.load(data_dir)
    assert loaded.compiled is not None, [str(p) for p in loaded.problems[:5]]
    ds, t = loaded.compiled.dataset, loaded.compiled.tables
    members = t.states[t.states["is_member"] & ~t.states["is_leader"]].index
    counts = t.signals[t.signals["state"].isin(members)]["state"].value_counts()
    iso3 = str(counts.index[0]) if not counts.empty else str(members[0])
    speakers = t.quote_speakers["speaker"].value_counts()
    actor = ds.actor_by_id[str(speakers.index[0])]
    surname = actor.name.split()[-1]
    cyrillic = next((a for a in actor.aliases if any("\u0400" <= c <= "\u04ff" for c in a)), actor.name)
    queries = ["threats", surname, cyrillic.split()[-1], "ratification of the charter", f"{surname} threats"]
    return {"iso3": iso3, "country": ds.state_names[iso3], "queries": queries}


_KEEP = {"on": True}


def keep_script_cache(on: bool = True) -> None:
    """Make AppTest keep the compiled scripts from one run to the next, as a server does (or stop doing so).

    AppTest builds a new ScriptCache for every run, so each rerun reads and compiles the entrypoint and the page
    again (2-7 ms for this app's files, against 0.06 ms for the floor's two lines); a server compiles them once.
    """
    from streamlit.runtime.scriptrunner.script_cache import ScriptCache
    from streamlit.testing.v1 import app_test as app_test_module
    from streamlit.testing.v1 import local_script_runner

    _KEEP["on"] = on
    if not hasattr(keep_script_cache, "shared"):
        shared = ScriptCache()
        keep_script_cache.shared = shared  # type: ignore[attr-defined]

        def script_cache() -> ScriptCache:
            return shared if _KEEP["on"] else ScriptCache()

        app_test_module.ScriptCache = script_cache  # type: ignore[attr-defined, assignment]
        local_script_runner.ScriptCache = script_cache  # type: ignore[attr-defined, assignment]


def _apptest_child(data_dir: Path, repetitions: int, warmups: int) -> dict[str, Any]:
    import resource

    from streamlit.runtime.pages_manager import PagesManager
    from streamlit.testing.v1 import AppTest
    from streamlit.testing.v1 import app_test as app_test_module

    from alliance_monitor import cache, views

    class _ServerPagesManager(PagesManager):
        """Route like a server that has served its root page once (see tests/apptest_support.py)."""

        def __init__(self, *args: Any, **kwargs: Any) -> None:
            super().__init__(*args, **kwargs)
            PagesManager.uses_pages_directory = False

    app_test_module.PagesManager = _ServerPagesManager  # type: ignore[attr-defined]
    keep_script_cache(True)
    os.environ["ALLIANCE_MONITOR_DATA"] = str(data_dir)  # the app reads the same data as the filters below
    filters = typical_filters(data_dir)
    timeout = 600

    tmp = Path(tempfile.mkdtemp(prefix="floor-"))
    (tmp / "floor.py").write_text(FLOOR_APP, encoding="utf-8")
    (tmp / "elements.py").write_text(ELEMENTS_APP, encoding="utf-8")
    # the app's own skeleton: dashboard.py unchanged (navigation, sidebar filters, data check) with every page
    # replaced by the floor's trivial page
    (tmp / ENTRY.name).write_bytes(ENTRY.read_bytes())
    (tmp / PAGES_DIR).mkdir()
    for path in PAGES.values():
        (tmp / path).write_text(FLOOR_APP, encoding="utf-8")
    apps: dict[str, Any] = {"floor": AppTest.from_file(str(tmp / "floor.py"), default_timeout=timeout),
                            "elements": AppTest.from_file(str(tmp / "elements.py"), default_timeout=timeout),
                            "skeleton": AppTest.from_file(str(tmp / ENTRY.name), default_timeout=timeout)}
    apps["skeleton"].query_params["country"] = [filters["country"]]
    for name, path in PAGES.items():
        at = AppTest.from_file(str(ENTRY), default_timeout=timeout)
        at.query_params["country"] = [filters["country"]]
        if name == "quotes":
            at.query_params["q"] = filters["queries"][0]
        if name != "overview":
            at.switch_page(path)
        apps[name] = at
    selection_key = f"members_{filters['iso3']}"

    def run_once(name: str, at: Any) -> float:
        if name == "members" and at.dataframe:
            # AppTest does not send a dataframe's selection back: seed it before every run (as a click would)
            at.session_state[selection_key] = {"selection": {"rows": [0], "columns": []}}
        began = time.perf_counter()
        at.run()
        return (time.perf_counter() - began) * 1000

    first_run: dict[str, float] = {}
    for name, at in apps.items():
        first_run[name] = run_once(name, at)
        if at.exception:
            raise RuntimeError(f"{name}: {[e.value for e in at.exception]}")
    for _ in range(warmups):
        for name, at in apps.items():
            run_once(name, at)
            if at.exception:
                raise RuntimeError(f"{name}: {[e.value for e in at.exception]}")
    members = apps["members"]
    if not any(h.value.startswith(filters["country"]) for h in members.header):
        raise RuntimeError("the members page did not open the selected state's profile: headers "
                           f"{[h.value for h in members.header]}, notices {[i.value for i in members.info]}")
    runs: dict[str, list[float]] = {name: [] for name in apps}
    recompiled: dict[str, list[float]] = {name: [] for name in apps}
    for _ in range(repetitions):  # interleaved, so the floor sees the same machine as the pages
        for keep, into in ((True, runs), (False, recompiled)):
            keep_script_cache(keep)
            for name, at in apps.items():
                into[name].append(run_once(name, at))
    keep_script_cache(True)
    elements = {name: sum(1 for _ in _walk(at._tree)) - 1 for name, at in apps.items()}

    loaded = cache.load(data_dir)
    assert loaded.compiled is not None
    t, sc = loaded.compiled.tables, loaded.compiled.speaker_country
    search: dict[str, dict[str, float]] = {}
    for query in filters["queries"]:
        q = views.QuoteQuery(text=query)
        hits = len(views.filter_quotes(t, q, sc))
        times = []
        for _ in range(max(repetitions, 1) + 1):
            began = time.perf_counter()
            views.filter_quotes(t, q, sc)
            times.append((time.perf_counter() - began) * 1000)
        search[query] = {"median_ms": _median(times[1:]), "hits": hits}
    floor = _median(runs["floor"])
    floor_recompiled = _median(recompiled["floor"])
    # what the framework charges per element (a plain text) in this run, and so the least a page of that many
    # elements can cost, whatever the app does
    per_element = max(0.0, (_median(runs["elements"]) - floor) / (elements["elements"] - elements["floor"]))
    pages: dict[str, dict[str, Any]]
    pages = {name: {"median_ms": _median(values), "ratio": _median(values) / floor, "first_run_ms": first_run[name],
                    "recompiled_median_ms": _median(recompiled[name]),
                    "recompiled_ratio": _median(recompiled[name]) / floor_recompiled,
                    "elements": elements[name],
                    "element_floor_ms": floor + per_element * (elements[name] - elements["floor"]),
                    "element_floor_ratio": (floor + per_element * (elements[name] - elements["floor"])) / floor,
                    "runs_ms": values, "recompiled_runs_ms": recompiled[name]}
             for name, values in runs.items() if name not in ("floor", "elements", "skeleton")}
    shutil.rmtree(tmp, ignore_errors=True)
    return {
        "filters": filters,
        "floor_ms": floor,
        "floor_runs_ms": runs["floor"],
        "floor_recompiled_ms": floor_recompiled,
        "per_element_ms": per_element,
        "skeleton_ms": _median(runs["skeleton"]),
        "skeleton_ratio": _median(runs["skeleton"]) / floor,
        "elements_app_ms": _median(runs["elements"]),
        "pages": pages,
        "page_median_ms_max": max(p["median_ms"] for p in pages.values()),
        "page_ratio_max": max(p["ratio"] for p in pages.values()),
        "search": search,
        "search_median_ms_max": max(s["median_ms"] for s in search.values()),
        "apptest_peak_rss_mb": resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024,
    }


def _walk(node: Any) -> Iterator[Any]:
    yield node
    for child in getattr(node, "children", {}).values():
        yield from _walk(child)


def apptest_measures(data_dir: Path, cache_dir: Path, repetitions: int, warmups: int) -> dict[str, Any]:
    done = subprocess.run(
        [sys.executable, str(Path(__file__).resolve()), "--_apptest", str(data_dir), "--repetitions",
         str(repetitions), "--warmups", str(warmups)],
        cwd=ROOT, env=_env(data_dir, cache_dir), capture_output=True, text=True, timeout=3600, check=False)
    if done.returncode != 0:
        raise RuntimeError(f"AppTest measurements failed:\n{done.stderr[-4000:]}")
    result: dict[str, Any] = json.loads(done.stdout.strip().splitlines()[-1])
    return result


# --- the run -------------------------------------------------------------------------------------------------


def calibration() -> float:
    """Seconds a fixed pure-Python loop takes: how fast this shared machine is right now (runs can be compared)."""
    began = time.perf_counter()
    total = 0
    for i in range(10_000_000):
        total += i
    return time.perf_counter() - began


def machine() -> dict[str, Any]:
    info: dict[str, Any] = {"nproc": os.cpu_count(), "python": platform.python_version(),
                            "platform": platform.platform()}
    with contextlib.suppress(OSError, ValueError, IndexError):
        meminfo = Path("/proc/meminfo").read_text()
        info["memory_mb"] = int(meminfo.split("MemTotal:")[1].split()[0]) // 1024
    with contextlib.suppress(OSError, IndexError):
        cpu = Path("/proc/cpuinfo").read_text()
        info["cpu"] = cpu.split("model name")[1].split(":", 1)[1].split("\n")[0].strip()
    with contextlib.suppress(OSError):
        info["load_average"] = list(os.getloadavg())
    return info


def versions() -> dict[str, str]:
    from importlib.metadata import version

    return {name: version(name) for name in ("streamlit", "pandas", "plotly", "pydantic", "pyyaml", "pyarrow")}


def check_targets(result: dict[str, Any]) -> dict[str, Any]:
    by_scale = {str(s["scale"]): s for s in result["scales"]}
    checks: dict[str, Any] = {}
    real = by_scale.get("real")
    if real:
        checks["real_page_ratio_max"] = {"value": real["page_ratio_max"], "target": TARGETS["real_page_ratio_max"]}
    big = by_scale.get("1000")
    if big:
        checks["x1000_page_ms_max"] = {"value": big["page_median_ms_max"], "target": TARGETS["x1000_page_ms_max"]}
        checks["x1000_search_ms_max"] = {"value": big["search_median_ms_max"],
                                         "target": TARGETS["x1000_search_ms_max"]}
        checks["x1000_server_first_page_cached_s_max"] = {"value": big["server"]["first_page_cached_s"],
                                                          "target": TARGETS["x1000_server_first_page_cached_s_max"]}
        checks["x1000_server_first_page_uncached_s_max"] = {
            "value": big["server"]["first_page_uncached_s"],
            "target": TARGETS["x1000_server_first_page_uncached_s_max"]}
        checks["x1000_peak_rss_mb_max"] = {"value": big["server"]["peak_rss_mb"],
                                           "target": TARGETS["x1000_peak_rss_mb_max"]}
    for check in checks.values():
        check["met"] = bool(check["value"] <= check["target"])
    return checks


def table(result: dict[str, Any]) -> str:
    pages = list(PAGES)
    head = ["scale", "quotes", "cold s (yaml)", "cold s (cache)", "server 1st page s (cache / none)", "floor ms",
            "skeleton / 100 texts (x floor)", *[f"{p} ms (x floor)" for p in pages], "search ms max",
            "peak RSS MB (cache / none)"]
    lines = ["| " + " | ".join(head) + " |", "|" + "---|" * len(head)]
    for s in result["scales"]:
        cold, server = s["cold"], s["server"]
        row = [str(s["scale"]), str(s["counts"]["quotes"]), f"{cold['uncached_process_s']:.2f}",
               f"{cold['cached_process_s']:.2f}",
               f"{server['first_page_cached_s']:.2f} / {server['first_page_uncached_s']:.2f}", f"{s['floor_ms']:.1f}",
               f"{s['skeleton_ratio']:.1f}x / {s['elements_app_ms'] / s['floor_ms']:.1f}x"]
        row += [f"{s['pages'][p]['median_ms']:.0f} ({s['pages'][p]['ratio']:.1f}x)" for p in pages]
        row += [f"{s['search_median_ms_max']:.1f}",
                f"{server['peak_rss_mb_cached']:.0f} / {server['peak_rss_mb_uncached']:.0f}"]
        lines.append("| " + " | ".join(row) + " |")
    floor = result["server_floor"]
    lines.append("")
    calib = result.get("calibration_s", {})
    if calib:
        lines.append(f"Machine speed (10M-step Python loop): {calib.get('start', 0):.2f} s at the start, "
                     f"{calib.get('end', 0):.2f} s at the end.")
    lines.append(f"Server floor (trivial app, start to first page): {floor['first_page_s']:.2f} s, "
                 f"peak RSS {floor['peak_rss_mb']:.0f} MB.")
    return "\n".join(lines)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--scales", default="1,10,100,1000", help="comma-separated N (default: %(default)s)")
    parser.add_argument("--no-real", action="store_true", help="skip the real data (data/)")
    parser.add_argument("--json", type=Path, help="write the figures here")
    parser.add_argument("--repetitions", type=int, default=10,
                        help="warm reruns per page and per query (median); 1 for a smoke run (default: %(default)s)")
    parser.add_argument("--warmups", type=int, default=2, help="AppTest runs before timing (default: %(default)s)")
    parser.add_argument("--cold-repetitions", type=int, help="fresh processes per cold measure (default: 3, or 1 "
                        "with --repetitions 1)")
    parser.add_argument("--work", type=Path, default=BENCH / "out", help="generated data and caches "
                        "(default: %(default)s, git-ignored)")
    parser.add_argument("--table", type=Path, help="print the table of a saved run (its JSON) and exit")
    parser.add_argument("--_apptest", type=Path, help=argparse.SUPPRESS)
    args = parser.parse_args(argv)
    if args.table is not None:
        print(table(json.loads(args.table.read_text(encoding="utf-8"))))
        return 0
    if args._apptest is not None:
        print(json.dumps(_apptest_child(args._apptest, args.repetitions, args.warmups)))
        return 0

    scales = (["real"] if not args.no_real else []) + [s.strip() for s in args.scales.split(",") if s.strip()]
    cold_reps = args.cold_repetitions or (1 if args.repetitions <= 1 else 3)
    args.work.mkdir(parents=True, exist_ok=True)
    began = time.perf_counter()
    result: dict[str, Any] = {
        "date": dt.datetime.now(dt.UTC).isoformat(timespec="seconds"),
        "command": "python benchmarks/run.py " + " ".join(sys.argv[1:] if argv is None else argv),
        "machine": machine(),
        "versions": versions(),
        "repetitions": args.repetitions,
        "targets": TARGETS,
        "scales": [],
    }
    result["calibration_s"] = {"start": calibration()}
    print("server floor (trivial app) ...", file=sys.stderr)
    result["server_floor"] = server_floor(cold_reps, args.work)
    for scale in scales:
        print(f"[{scale}] data ...", file=sys.stderr)
        data_dir, generate_s = prepare_dataset(scale, args.work)
        cache_dir = args.work / "cache" / f"{scale}"
        entry: dict[str, Any] = {"scale": scale if scale == "real" else int(scale), "data_dir": str(data_dir),
                                 "generate_s": generate_s}
        print(f"[{scale}] cold start ...", file=sys.stderr)
        entry["cold"] = cold_start(data_dir, cache_dir, cold_reps)
        entry["counts"] = entry["cold"]["counts"]
        print(f"[{scale}] AppTest reruns and search ...", file=sys.stderr)
        entry.update(apptest_measures(data_dir, cache_dir, args.repetitions, args.warmups))
        print(f"[{scale}] server ...", file=sys.stderr)
        country = entry["filters"]["country"]
        visits = [(page, urlencode({"country": country, **({"q": entry["filters"]["queries"][0]}
                                                          if page == "quotes" else {})}))
                  for page in PAGES]
        entry["server"] = server_measures(data_dir, cache_dir, visits, cold_reps)
        result["scales"].append(entry)
    result["calibration_s"]["end"] = calibration()
    with contextlib.suppress(OSError):
        result["machine"]["load_average_end"] = list(os.getloadavg())
    result["targets_met"] = check_targets(result)
    result["total_s"] = time.perf_counter() - began
    print(table(result))
    for name, check in result["targets_met"].items():
        print(f"{name}: {check['value']:.2f} (target {check['target']}) {'met' if check['met'] else 'MISSED'}")
    if args.json:
        args.json.parent.mkdir(parents=True, exist_ok=True)
        args.json.write_text(json.dumps(result, indent=2, ensure_ascii=False) + "\n", encoding="utf-8")
        print(f"wrote {args.json}", file=sys.stderr)
    return 0


if __name__ == "__main__":
    sys.exit(main())
