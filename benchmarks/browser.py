"""Speed as the analyst feels it: the dashboard, a trivial Streamlit page and Datasette, timed in Chromium.

    python benchmarks/browser.py --scales real,1000 --repetitions 20 --json benchmarks/results/browser-$(date +%F).json

For each dataset (the real data; `generate.py --scale N` for N) it serves, on 127.0.0.1 only:

- the app (`streamlit run dashboard.py`, the compiled cache in a folder of its own);
- the floor: a trivial Streamlit page (`st.title` and one `st.write`, with the project's `.streamlit/config.toml`);
- the peer: Datasette over the app's own SQLite export (`python -m alliance_monitor export --format sqlite`),
  plus one derived table, `quote_countries` (a row per quote and country it is about or spoken by, computed with
  the engine's `views.filter_quotes`: the app's country filter also counts the speakers' countries, which the
  export's `quote_about` alone does not say), so the shared link's filter is a plain Datasette filter;
- with `--proxy` (and nginx installed), the app again behind nginx with gzip: how a deployment serves static files
  compressed (Streamlit 1.67 deliberately never compresses `/static/`).

Every answer is checked before it is timed: the app's quote count and Datasette's row count for the same country
must both equal the engine's count, and the search must show the engine's count (the app) or SQLite's (Datasette's
`text__contains`, a different search, so each is checked against its own truth). A wrong answer stops the run.

Measures (seconds, wall clock in the benchmark process, from the navigation's start until the answer is visible
and Streamlit is idle): cold open (a new browser context: empty cache, as a first visitor) of a shared link
`/quotes?country=X` (floor: `/`; Datasette: `/db/quote_countries?country=X`), cold open of the Overview with its
map drawn, a switch to the Stance matrix and to the Quote explorer from an open page (Datasette: following a link
to another filtered table in the same, warm, context), a search in an open page; server launch to first content in
the browser (app with the compiled cache and with an empty cache folder; floor; Datasette) and the server's RSS
(VmRSS after the visits, VmHWM the peak, from /proc). The systems are interleaved within each repetition, in an
order rotated every repetition, so all see the same machine. Each cold open also records what the browser fetched
(bytes over the wire, requests, the largest files) from the Resource Timing API: the profile of where time goes.

Bounded: every wait has a timeout, every loop a count; servers are stopped at the end (and on error).
"""

from __future__ import annotations

import argparse
import contextlib
import json
import os
import platform
import shutil
import socket
import sqlite3
import statistics
import subprocess
import sys
import tempfile
import time
import urllib.error
import urllib.request
from collections.abc import Callable, Iterator
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any
from urllib.parse import quote

from playwright.sync_api import Browser, BrowserContext, Page, sync_playwright

ROOT = Path(__file__).resolve().parent.parent
BENCH = ROOT / "benchmarks"
REAL_DATA = ROOT / "data"
CHROMIUM = "/usr/bin/chromium"
CHROMIUM_ARGS = ["--headless", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
                 "--disable-background-networking", "--disable-component-update", "--disable-sync",
                 "--disable-dev-shm-usage"]
STREAMLIT_FLAGS = ["--server.headless", "true", "--server.runOnSave", "false", "--server.fileWatcherType", "none",
                   "--browser.gatherUsageStats", "false", "--logger.level", "warning",
                   "--logger.hideWelcomeMessage", "true"]
IDLE = '[data-testid="stApp"][data-test-connection-state="CONNECTED"][data-test-script-state="notRunning"]'
MAP_DRAWN = '[data-testid="stPlotlyChart"] g.geo path, [data-testid="stImage"] img'
MATRIX_DRAWN = '.st-key-stance_matrix [data-testid="stDataFrame"] [role="gridcell"]'
"""The stance matrix drawn: a grid of coloured cells (st.dataframe), whose accessible table holds its cells once
the grid has drawn them."""
SEARCH = "threats"
TIMEOUT_MS = 60_000
"""Upper bound of any single wait in the browser (ms); a cold open at 1000x takes a few seconds."""

FLOOR_APP = 'import streamlit as st\n\nst.title("Floor")\nst.write("A trivial Streamlit page.")\n'

NGINX_CONF = """
worker_processes 1;
pid {tmp}/nginx.pid;
error_log {tmp}/nginx-error.log warn;
events {{ worker_connections 256; }}
http {{
    access_log off;
    client_body_temp_path {tmp}/body; proxy_temp_path {tmp}/proxy; fastcgi_temp_path {tmp}/fastcgi;
    uwsgi_temp_path {tmp}/uwsgi; scgi_temp_path {tmp}/scgi;
    map $http_upgrade $connection_upgrade {{ default upgrade; '' close; }}
    # compress text at level 6 and keep the compressed static files in memory is not needed here: a CDN or
    # nginx's gzip_static would; the benchmark measures what the browser receives
    gzip on; gzip_comp_level 6; gzip_min_length 1024; gzip_proxied any; gzip_vary on;
    gzip_types text/css application/javascript text/javascript application/json image/svg+xml text/plain;
    server {{
        listen 127.0.0.1:{port};
        location / {{
            proxy_pass http://127.0.0.1:{upstream};
            proxy_http_version 1.1;
            proxy_set_header Host $host;
            proxy_set_header Upgrade $http_upgrade;
            proxy_set_header Connection $connection_upgrade;
            proxy_read_timeout 86400;
        }}
    }}
}}
"""


# --- servers -------------------------------------------------------------------------------------------------


def free_port() -> int:
    with socket.socket(socket.AF_INET, socket.SOCK_STREAM) as sock:
        sock.bind(("127.0.0.1", 0))
        return int(sock.getsockname()[1])


@dataclass
class Server:
    name: str
    url: str
    process: subprocess.Popen[bytes]
    launched: float
    """time.perf_counter() at the Popen call (s)."""
    log: Path

    def rss_mb(self) -> dict[str, float]:
        """VmRSS (now) and VmHWM (peak) of the server process, MB, from /proc/<pid>/status."""
        found: dict[str, float] = {}
        with contextlib.suppress(OSError):
            for line in Path(f"/proc/{self.process.pid}/status").read_text().splitlines():
                key, _, value = line.partition(":")
                if key in ("VmRSS", "VmHWM"):
                    found[key] = int(value.split()[0]) / 1024
        return {"rss_mb": found.get("VmRSS", float("nan")), "peak_rss_mb": found.get("VmHWM", float("nan"))}

    def stop(self) -> None:
        if self.process.poll() is None:
            self.process.terminate()
            try:
                self.process.wait(timeout=10)
            except subprocess.TimeoutExpired:
                self.process.kill()
                self.process.wait(timeout=10)


def _answers(url: str) -> bool:
    try:
        with urllib.request.urlopen(url, timeout=2) as response:
            return bool(response.status < 500)
    except (urllib.error.URLError, ConnectionError, TimeoutError, OSError):
        return False


def launch(name: str, command: list[str], env: dict[str, str], probe: str, logs: Path, timeout: float = 120.0
           ) -> Server:
    """Start a server and wait (bounded, polling every 20 ms) until `probe` (a path) answers."""
    port = free_port()
    command = [part.replace("{port}", str(port)) for part in command]
    log = logs / f"{name}.log"
    with log.open("wb") as out:
        began = time.perf_counter()
        process = subprocess.Popen(command, cwd=ROOT, env=env, stdout=out, stderr=subprocess.STDOUT,
                                   stdin=subprocess.DEVNULL)
    server = Server(name, f"http://127.0.0.1:{port}", process, began, log)
    deadline = began + timeout
    while time.perf_counter() < deadline:
        if process.poll() is not None:
            raise RuntimeError(f"{name} exited with {process.returncode}:\n{log.read_text(errors='replace')[-2000:]}")
        if _answers(server.url + probe):
            return server
        time.sleep(0.02)
    server.stop()
    raise RuntimeError(f"{name} did not answer within {timeout} s")


def streamlit(name: str, script: Path, logs: Path, env: dict[str, str]) -> Server:
    return launch(name, [sys.executable, "-m", "streamlit", "run", str(script), *STREAMLIT_FLAGS,
                         "--server.port", "{port}", "--server.address", "127.0.0.1"], env, "/_stcore/health", logs)


def datasette(db: Path, logs: Path) -> Server:
    return launch("datasette", [sys.executable, "-m", "datasette", "serve", str(db), "-h", "127.0.0.1", "-p",
                                "{port}", "--setting", "sql_time_limit_ms", "10000"], dict(os.environ), "/", logs)


@contextlib.contextmanager
def nginx_proxy(upstream: Server, tmp: Path) -> Iterator[str | None]:
    """nginx with gzip on 127.0.0.1 in front of `upstream`; yields its URL (None: nginx is not installed)."""
    binary = shutil.which("nginx") or ("/usr/sbin/nginx" if Path("/usr/sbin/nginx").exists() else None)
    if binary is None:
        yield None
        return
    port = free_port()
    upstream_port = upstream.url.rsplit(":", 1)[1]
    conf = tmp / "nginx.conf"
    conf.write_text(NGINX_CONF.format(tmp=tmp, port=port, upstream=upstream_port), encoding="utf-8")
    process = subprocess.Popen([binary, "-c", str(conf), "-p", str(tmp), "-g", "daemon off;"],
                               stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL, stdin=subprocess.DEVNULL)
    try:
        url = f"http://127.0.0.1:{port}"
        for _ in range(250):  # 5 s
            if _answers(url + "/_stcore/health"):
                break
            time.sleep(0.02)
        yield url
    finally:
        process.terminate()
        with contextlib.suppress(subprocess.TimeoutExpired):
            process.wait(timeout=10)
        if process.poll() is None:
            process.kill()


# --- data ----------------------------------------------------------------------------------------------------


@dataclass
class Truth:
    """What each system must show, computed by the engine (and SQLite for Datasette's own search)."""

    country: str
    country_name: str
    """The name the app's URL carries (`?country=Kazakhstan`)."""
    quotes: int
    """Quotes in the app's Quote explorer for ?country=X."""
    country_quotes: int
    """Quotes about or spoken for X: the app's count for the shared link, Datasette's rows of quote_countries."""
    search_app: int
    """The app's count for the search SEARCH with the country filter on."""
    search_peer: int
    """Datasette's rows of quote_countries for X whose text contains SEARCH (SQLite LIKE)."""
    signals: int
    """Signals of state X (Datasette's page switch target)."""


def prepare(scale: str, work: Path) -> Path:
    """The data folder of a scale ("real" or N), generated into `work` when synthetic and not there yet."""
    if scale == "real":
        return REAL_DATA
    out = work / f"x{scale}"
    quotes = out / "data" / "quotes.yaml"
    # written again when missing or older than the generator (the data's rules move with the code)
    if not quotes.exists() or quotes.stat().st_mtime < (BENCH / "generate.py").stat().st_mtime:
        subprocess.run([sys.executable, str(BENCH / "generate.py"), "--scale", scale, "--out", str(out)],
                       cwd=ROOT, check=True, timeout=900, stdout=subprocess.DEVNULL)
    return out / "data"


def build_peer_db(data_dir: Path, cache_dir: Path, folder: Path) -> tuple[Path, Truth]:
    """The SQLite export of the data (the app's own `export --format sqlite`), plus quote_countries; the truth."""
    from alliance_monitor import cache, views

    db = folder / "monitor.db"
    db.unlink(missing_ok=True)
    subprocess.run([sys.executable, "-m", "alliance_monitor", "export", "--format", "sqlite", "--out", str(db),
                    str(data_dir)], cwd=ROOT, check=True, timeout=900, stdout=subprocess.DEVNULL,
                   env={**os.environ, "ALLIANCE_MONITOR_CACHE": str(cache_dir)})
    con = sqlite3.connect(db)
    loaded = cache.load(data_dir, use_disk=True)
    assert loaded.compiled is not None, [str(p) for p in loaded.problems[:5]]
    compiled = loaded.compiled
    t = compiled.tables
    con.execute("CREATE TABLE quote_countries (quote TEXT, country TEXT, text TEXT)")
    pairs: list[tuple[str, str, str]] = []
    for iso3 in t.states.index:
        found = views.filter_quotes(t, views.QuoteQuery(countries=[str(iso3)]), compiled.speaker_country)
        pairs.extend((str(q), str(iso3), str(text)) for q, text in zip(found.index, found["text"], strict=True))
    con.executemany("INSERT INTO quote_countries VALUES (?, ?, ?)", pairs)
    con.execute("CREATE INDEX quote_countries_country ON quote_countries (country)")
    with contextlib.suppress(sqlite3.OperationalError):  # the export may already index it
        con.execute("CREATE INDEX IF NOT EXISTS bench_signals_state ON signals (state)")
    con.commit()
    # the shared link's country: the member other than the leading state with the most quotes (as run.py's filter)
    leader = compiled.dataset.alliance.leading_state
    members = [str(s) for s in t.states.index if bool(t.states.loc[s, "is_member"]) and s != leader]
    country = max(members, key=lambda c: (con.execute("SELECT count(*) FROM quote_countries WHERE country = ?",
                                                      (c,)).fetchone()[0], c))

    def count(sql: str, *args: str) -> int:
        return int(con.execute(sql, args).fetchone()[0])

    truth = Truth(
        country=country,
        country_name=str(t.states.loc[country, "name"]),
        quotes=len(t.quotes),
        country_quotes=count("SELECT count(*) FROM quote_countries WHERE country = ?", country),
        search_app=len(views.filter_quotes(t, views.QuoteQuery(countries=[country], text=SEARCH),
                                           compiled.speaker_country)),
        search_peer=count("SELECT count(*) FROM quote_countries WHERE country = ? AND text LIKE ?", country,
                          f"%{SEARCH}%"),
        signals=count("SELECT count(*) FROM signals WHERE state = ?", country),
    )
    con.close()
    assert truth.country_quotes == len(views.filter_quotes(t, views.QuoteQuery(countries=[country]),
                                                           compiled.speaker_country))
    return db, truth


# --- the browser ---------------------------------------------------------------------------------------------


def wait_idle(page: Page) -> None:
    """Streamlit connected and not running, no running icon, no skeleton left (as tests/browser.py)."""
    page.wait_for_selector(IDLE, state="attached", timeout=TIMEOUT_MS)
    page.wait_for_function(
        """() => !document.querySelector('[data-testid="stStatusWidgetRunningIcon"]')
                 && document.querySelectorAll('[data-testid="stSkeleton"]').length === 0""",
        timeout=TIMEOUT_MS, polling=20)


def wait_text(page: Page, text: str) -> None:
    page.get_by_text(text, exact=False).first.wait_for(state="visible", timeout=TIMEOUT_MS)


def peer_rows(page: Page, rows: int) -> None:
    """Datasette's table page says "N rows where ..." (thousands with commas) in its first h3."""
    expected = f"{rows:,} row"
    page.wait_for_function(
        """expected => { const h = document.querySelector('h3');
                         return !!h && h.textContent.trim().startsWith(expected); }""",
        arg=expected, timeout=TIMEOUT_MS, polling=20)


def app_count(page: Page, shown: int, total: int) -> None:
    wait_text(page, f"{shown} of {total} quotes")
    wait_idle(page)


def floor_ready(page: Page) -> None:
    wait_text(page, "trivial")
    wait_idle(page)


def map_ready(page: Page) -> None:
    page.wait_for_selector(MAP_DRAWN, timeout=TIMEOUT_MS)
    wait_idle(page)


def visit(url: str, ready: Callable[[Page], None]) -> Callable[[Page], None]:
    """Go to `url` (timing starts before the request) and wait until `ready` holds."""
    def go(page: Page) -> None:
        page.goto(url, wait_until="commit", timeout=TIMEOUT_MS)
        ready(page)
    return go


def fetched(page: Page) -> dict[str, Any]:
    """What the page fetched, from the Resource Timing API: bytes over the wire, decoded bytes, requests, the five
    largest files (name, KB over the wire), and when the websocket's first message could flow (not exposed: the
    last script's responseEnd is the proxy)."""
    entries: list[dict[str, Any]] = page.evaluate(
        """() => performance.getEntriesByType('navigation').concat(performance.getEntriesByType('resource'))
                 .map(e => ({name: e.name, transfer: e.transferSize, decoded: e.decodedBodySize,
                             end: e.responseEnd, type: e.initiatorType}))""")
    largest = sorted(entries, key=lambda e: -int(e["transfer"] or 0))[:5]
    scripts = [e for e in entries if e["type"] == "script" or str(e["name"]).endswith(".js")]
    return {"transfer_kb": sum(int(e["transfer"] or 0) for e in entries) / 1024,
            "decoded_kb": sum(int(e["decoded"] or 0) for e in entries) / 1024,
            "requests": len(entries),
            "scripts_done_s": max((float(e["end"]) for e in scripts), default=0.0) / 1000,
            "largest": [(str(e["name"]).rsplit("/", 1)[-1][:60], round(int(e["transfer"] or 0) / 1024))
                        for e in largest]}


def timed(context_of: Callable[[], BrowserContext], go: Callable[[Page], None], keep: bool = False
          ) -> tuple[float, dict[str, Any], Page | None]:
    """Run `go` in a fresh page of a context; seconds from its start to its end, what it fetched."""
    context = context_of()
    page = context.new_page()
    began = time.perf_counter()
    go(page)
    seconds = time.perf_counter() - began
    profile = fetched(page)
    if not keep:
        context.close()
        return seconds, profile, None
    return seconds, profile, page


@dataclass
class Systems:
    floor: Server
    app: Server
    peer: Server
    proxy_url: str | None
    truth: Truth
    results: dict[str, list[float]] = field(default_factory=dict)
    profiles: dict[str, list[dict[str, Any]]] = field(default_factory=dict)

    def record(self, name: str, seconds: float, profile: dict[str, Any] | None = None) -> None:
        self.results.setdefault(name, []).append(seconds)
        if profile is not None:
            self.profiles.setdefault(name, []).append(profile)


def one_repetition(browser: Browser, s: Systems, rep: int) -> None:
    """Every measure once, each system in turn, the order rotated by `rep`."""
    t = s.truth
    link = f"/quotes?country={quote(t.country_name)}"
    peer_link = f"/monitor/quote_countries?country={t.country}"
    overview = f"?country={quote(t.country_name)}"
    new = browser.new_context

    def app_ready(page: Page) -> None:
        app_count(page, t.country_quotes, t.quotes)

    def peer_ready(page: Page) -> None:
        peer_rows(page, t.country_quotes)

    def cold_floor() -> None:
        sec, prof, _ = timed(new, visit(s.floor.url + "/", floor_ready))
        s.record("cold_link/floor", sec, prof)

    def cold_app() -> None:
        sec, prof, _ = timed(new, visit(s.app.url + link, app_ready))
        s.record("cold_link/app", sec, prof)

    def cold_peer() -> None:
        sec, prof, _ = timed(new, visit(s.peer.url + peer_link, peer_ready))
        s.record("cold_link/peer", sec, prof)

    def cold_proxy() -> None:
        if s.proxy_url is None:
            return
        sec, prof, _ = timed(new, visit(s.proxy_url + link, app_ready))
        s.record("cold_link/app_gzip_proxy", sec, prof)
        sec, prof, _ = timed(new, visit(f"{s.proxy_url}/{overview}", map_ready))
        s.record("cold_overview/app_gzip_proxy", sec, prof)

    def overview_then_switch() -> None:
        # the Overview cold, then (in the same, now warm, context) the switches and the search
        sec, prof, page = timed(new, visit(f"{s.app.url}/{overview}", map_ready), keep=True)
        s.record("cold_overview/app", sec, prof)
        assert page is not None
        began = time.perf_counter()
        page.get_by_role("link", name="Stance matrix").first.click()
        page.get_by_role("heading", name="Stance matrix").first.wait_for(timeout=TIMEOUT_MS)
        page.wait_for_selector(MATRIX_DRAWN, state="attached", timeout=TIMEOUT_MS)  # (an accessible copy: hidden)
        wait_idle(page)
        s.record("switch_matrix/app", time.perf_counter() - began)
        began = time.perf_counter()
        page.get_by_role("link", name="Quote explorer").first.click()
        app_count(page, t.country_quotes, t.quotes)
        s.record("switch_quotes/app", time.perf_counter() - began)
        box = page.get_by_role("textbox", name="Search quotes and speakers")
        box.fill(SEARCH)
        began = time.perf_counter()
        box.press("Enter")
        app_count(page, t.search_app, t.quotes)
        s.record("search/app", time.perf_counter() - began)
        page.context.close()

    def peer_navigation() -> None:
        def peer_home(page: Page) -> None:
            page.wait_for_selector("h1", timeout=TIMEOUT_MS)

        sec, prof, page = timed(new, visit(s.peer.url + "/monitor", peer_home), keep=True)
        s.record("cold_overview/peer", sec, prof)
        assert page is not None
        for name, path, rows in (("switch_matrix/peer", f"/monitor/signals?state={t.country}", t.signals),
                                 ("switch_quotes/peer", peer_link, t.country_quotes),
                                 ("search/peer", f"{peer_link}&text__contains={SEARCH}", t.search_peer)):
            began = time.perf_counter()
            page.goto(s.peer.url + path, wait_until="commit")
            peer_rows(page, rows)
            s.record(name, time.perf_counter() - began)
        page.context.close()

    steps = [cold_floor, cold_app, cold_peer, cold_proxy, overview_then_switch, peer_navigation]
    shift = rep % len(steps)
    for step in steps[shift:] + steps[:shift]:
        step()


def launch_to_content(browser: Browser, name: str, start: Callable[[], Server], path: str,
                      ready: Callable[[Page], None], after: Callable[[Server], None] | None = None
                      ) -> dict[str, float]:
    """Launch a server, open `path` in a fresh context as soon as it answers; seconds from launch to content."""
    server = start()
    try:
        context = browser.new_context()
        page = context.new_page()
        page.goto(server.url + path, wait_until="commit")
        ready(page)
        seconds = time.perf_counter() - server.launched
        context.close()
        if after is not None:
            after(server)
        return {"launch_to_content_s": seconds, **server.rss_mb()}
    finally:
        server.stop()


def median(values: list[float]) -> float:
    return statistics.median(values) if values else float("nan")


def run_scale(browser: Browser, scale: str, repetitions: int, launches: int, work: Path, proxy: bool
              ) -> dict[str, Any]:
    data_dir = prepare(scale, work)
    tmp = Path(tempfile.mkdtemp(prefix=f"browser-{scale}-", dir=work))
    logs = tmp / "logs"
    logs.mkdir()
    cache_dir = tmp / "cache"
    began = time.perf_counter()
    db, truth = build_peer_db(data_dir, cache_dir, tmp)  # also writes the app's compiled cache
    print(f"[{scale}] data ready in {time.perf_counter() - began:.1f} s: {truth}", flush=True)
    floor_script = tmp / "floor.py"
    floor_script.write_text(FLOOR_APP, encoding="utf-8")
    app_env = {**os.environ, "ALLIANCE_MONITOR_DATA": str(data_dir), "ALLIANCE_MONITOR_CACHE": str(cache_dir)}
    servers: list[Server] = []
    try:
        floor = streamlit("floor", floor_script, logs, dict(os.environ))
        servers.append(floor)
        app = streamlit("app", ROOT / "dashboard.py", logs, app_env)
        servers.append(app)
        peer = datasette(db, logs)
        servers.append(peer)
        with nginx_proxy(app, tmp) if proxy else contextlib.nullcontext() as proxy_url:
            systems = Systems(floor, app, peer, proxy_url, truth)
            one_repetition(browser, systems, 0)  # warm-up: the servers' first runs, the OS file cache
            systems.results.clear()
            systems.profiles.clear()
            for rep in range(repetitions):
                one_repetition(browser, systems, rep)
        rss = {s.name: s.rss_mb() for s in servers}
    finally:
        for server in servers:
            server.stop()

    link = f"/quotes?country={quote(truth.country_name)}"

    def app_cached() -> Server:
        return streamlit("app-launch", ROOT / "dashboard.py", logs, app_env)

    fresh: list[Path] = []

    def app_uncached() -> Server:
        fresh.append(Path(tempfile.mkdtemp(prefix="cache-", dir=tmp)))
        return streamlit("app-launch-nocache", ROOT / "dashboard.py", logs,
                         {**app_env, "ALLIANCE_MONITOR_CACHE": str(fresh[-1])})

    def cache_written(server: Server) -> None:
        # the peak of a start without the cache includes writing it (in the background, after the first page)
        for _ in range(300):  # 30 s
            if any(fresh[-1].rglob("*.pickle")):
                break
            time.sleep(0.1)
        time.sleep(1.0)

    def app_ready(page: Page) -> None:
        app_count(page, truth.country_quotes, truth.quotes)

    launch_runs: dict[str, list[dict[str, float]]] = {}
    kinds: list[tuple[str, Callable[[], Server], str, Callable[[Page], None], Callable[[Server], None] | None]] = [
        ("floor", lambda: streamlit("floor-launch", floor_script, logs, dict(os.environ)), "/",
         floor_ready, None),
        ("app_cache", app_cached, link, app_ready, None),
        ("app_no_cache", app_uncached, link, app_ready, cache_written),
        ("peer", lambda: datasette(db, logs), f"/monitor/quote_countries?country={truth.country}",
         lambda p: peer_rows(p, truth.country_quotes), None),
    ]
    for rep in range(launches):
        shift = rep % len(kinds)
        for name, start, path, ready, after in kinds[shift:] + kinds[:shift]:
            launch_runs.setdefault(name, []).append(launch_to_content(browser, name, start, path, ready, after))

    summary: dict[str, Any] = {name: median(values) for name, values in sorted(systems.results.items())}
    for name, runs in launch_runs.items():
        summary[f"launch/{name}"] = median([r["launch_to_content_s"] for r in runs])
        summary[f"launch_peak_rss_mb/{name}"] = max(r["peak_rss_mb"] for r in runs)
    profile = {name: {"transfer_kb": median([p["transfer_kb"] for p in runs]),
                      "decoded_kb": median([p["decoded_kb"] for p in runs]),
                      "requests": median([float(p["requests"]) for p in runs]),
                      "scripts_done_s": median([p["scripts_done_s"] for p in runs]),
                      "largest": runs[-1]["largest"]}
               for name, runs in systems.profiles.items()}
    shutil.rmtree(tmp, ignore_errors=True)
    return {"scale": scale, "data_dir": str(data_dir), "truth": truth.__dict__, "repetitions": repetitions,
            "summary": summary, "runs": systems.results, "launch_runs": launch_runs, "profile": profile,
            "rss_after_visits": rss}


# --- report --------------------------------------------------------------------------------------------------

ROWS = [
    ("cold open of a shared link", "cold_link"),
    ("cold open of the Overview", "cold_overview"),
    ("switch to the Stance matrix", "switch_matrix"),
    ("switch to the Quote explorer", "switch_quotes"),
    ("search in an open page", "search"),
]
GOALS = [
    # (label, numerator, denominator, limit)
    ("cold shared link <= 1.15x floor", "cold_link/app", "cold_link/floor", 1.15),
    ("cold Overview <= 1.3x floor", "cold_overview/app", "cold_link/floor", 1.3),
    ("matrix switch <= 1.2x Datasette", "switch_matrix/app", "switch_matrix/peer", 1.2),
    ("quotes switch <= 1.2x Datasette", "switch_quotes/app", "switch_quotes/peer", 1.2),
    ("search <= Datasette", "search/app", "search/peer", 1.0),
    ("launch (cache) <= 1.3x floor", "launch/app_cache", "launch/floor", 1.3),
    ("launch (no cache) <= 2.5x floor", "launch/app_no_cache", "launch/floor", 2.5),
]


def report(results: list[dict[str, Any]]) -> str:
    lines = []
    for entry in results:
        s = entry["summary"]
        lines.append(f"\n{entry['scale']} ({entry['truth']['quotes']} quotes, country {entry['truth']['country']}, "
                     f"{entry['repetitions']} repetitions), medians in s:")
        lines.append("| measure | CSTO Monitor | behind gzip proxy | Datasette | trivial Streamlit page |")
        lines.append("|---|---|---|---|---|")
        for label, key in ROWS:
            cells = [s.get(f"{key}/{who}") for who in ("app", "app_gzip_proxy", "peer", "floor")]
            lines.append(f"| {label} | " + " | ".join("" if v is None else f"{v:.2f}" for v in cells) + " |")
        launch = [s.get(f"launch/{k}") for k in ("app_cache", "app_no_cache", "peer", "floor")]
        if launch[0] is not None:
            lines.append(f"| server launch to first content | {launch[0]:.2f} (no cache {launch[1]:.2f}) | | "
                         f"{launch[2]:.2f} | {launch[3]:.2f} |")
            peaks = [s.get(f"launch_peak_rss_mb/{k}") for k in ("app_cache", "app_no_cache", "peer", "floor")]
            lines.append(f"| server peak RSS MB | {peaks[0]:.0f} (no cache {peaks[1]:.0f}) | | {peaks[2]:.0f} | "
                         f"{peaks[3]:.0f} |")
        lines.append("")
        for label, num, den, limit in GOALS:
            if num in s and den in s:
                ratio = s[num] / s[den]
                lines.append(f"- {label}: {ratio:.2f}x -> {'met' if ratio <= limit else 'MISSED'}")
        for name in ("cold_link/floor", "cold_link/app", "cold_link/app_gzip_proxy", "cold_overview/app",
                     "cold_overview/app_gzip_proxy", "cold_link/peer"):
            p = entry["profile"].get(name)
            if p:
                lines.append(f"- fetched, {name}: {p['transfer_kb']:.0f} KB over the wire ({p['decoded_kb']:.0f} KB "
                             f"decoded), {p['requests']:.0f} requests, scripts loaded at {p['scripts_done_s']:.2f} s; "
                             f"largest {p['largest'][:3]}")
    return "\n".join(lines)


def machine() -> dict[str, Any]:
    began = time.perf_counter()
    total = 0
    for i in range(3_000_000):  # a fixed loop: how busy the machine was (s)
        total += i
    return {"python": platform.python_version(), "cpus": os.cpu_count(), "loadavg": os.getloadavg(),
            "fixed_loop_s": time.perf_counter() - began}


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--scales", default="real,1000", help="comma-separated: real and/or N (generate.py)")
    parser.add_argument("--repetitions", type=int, default=20)
    parser.add_argument("--launches", type=int, default=None, help="server launches per system (default: "
                        "repetitions, at most 5)")
    parser.add_argument("--proxy", action="store_true", help="also time the app behind nginx with gzip")
    parser.add_argument("--work", type=Path, default=BENCH / "out")
    parser.add_argument("--json", type=Path, default=None)
    args = parser.parse_args(argv)
    launches = args.launches if args.launches is not None else min(5, args.repetitions)
    args.work.mkdir(parents=True, exist_ok=True)
    started = time.strftime("%Y-%m-%d %H:%M:%S UTC", time.gmtime())
    before = machine()
    results = []
    with sync_playwright() as playwright:
        browser = playwright.chromium.launch(executable_path=CHROMIUM, headless=True, args=CHROMIUM_ARGS)
        try:
            for scale in args.scales.split(","):
                results.append(run_scale(browser, scale.strip(), args.repetitions, launches, args.work,
                                         args.proxy))
        finally:
            browser.close()
    text = report(results)
    print(f"Browser benchmark, {started}; machine before: {before}; after: {machine()}")
    print(text)
    if args.json is not None:
        args.json.parent.mkdir(parents=True, exist_ok=True)
        args.json.write_text(json.dumps({"started": started, "machine_before": before, "machine_after": machine(),
                                         "results": results, "report": text}, indent=1, default=str),
                             encoding="utf-8")
    return 0


if __name__ == "__main__":
    sys.exit(main())
