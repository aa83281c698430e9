"""Many viewers: concurrent sessions against the real server, speaking Streamlit's own websocket protocol.

    uv run python benchmarks/load.py                         # 20 sessions for 60 s on data/
    uv run python benchmarks/load.py --sessions 3 --duration 5 --data tests/fixtures/fictional/data

Starts `streamlit run dashboard.py` on 127.0.0.1 (loopback only), then opens N websocket sessions on
/_stcore/stream, each a simulated viewer: it opens the app, then, after a think time, switches page, changes the
country or speaker filter in the sidebar, or searches the quote explorer, and waits for the run to finish. Each
action is a `BackMsg.rerun_script` (the ClientState a browser sends: page hash, widget states), built with the
protobuf classes the streamlit package ships; its round trip is the time from sending it to the server's
`script_finished`. An error is an exception shown by a page, a page not found, a run that does not finish
within 30 s, or a dropped connection. Browsers (Playwright contexts) would cost ~150 MB and a renderer each,
more than two cores can drive for 20 viewers; this client measures the server, which is what scales.

The run is bounded: at most 200 sessions and 600 s, only 127.0.0.1, and it stops the server it started. It
prints and returns the figures: sessions, duration, actions, errors, p50/p95 round trip, server RSS before and
after (the dataset is shared by every session, so the growth per session should stay small).
"""

from __future__ import annotations

import argparse
import asyncio
import concurrent.futures
import contextlib
import json
import os
import random
import socket
import statistics
import subprocess
import sys
import time
import urllib.error
import urllib.request
from collections.abc import Callable, Coroutine, Iterator
from dataclasses import asdict, dataclass, field
from pathlib import Path
from typing import Any, TypeVar

import psutil  # type: ignore[import-untyped]
import websockets
from streamlit.proto.BackMsg_pb2 import BackMsg
from streamlit.proto.ForwardMsg_pb2 import ForwardMsg
from streamlit.proto.WidgetStates_pb2 import WidgetState
from websockets.typing import Origin, Subprotocol

ROOT = Path(__file__).resolve().parent.parent
HOST = "127.0.0.1"  # loopback only: never change this to another address
MAX_SESSIONS = 200
MAX_DURATION = 600.0
RUN_TIMEOUT = 30.0
SEARCHES = ["tokayev", "threats", "Токаев", "alarms", "summit", "Armenia", "peacekeeping", "zzz-nothing"]
FINAL = {ForwardMsg.FINISHED_SUCCESSFULLY, ForwardMsg.FINISHED_WITH_COMPILE_ERROR,
         ForwardMsg.FINISHED_FRAGMENT_RUN_SUCCESSFULLY}


# --- the server ----------------------------------------------------------------------------------------------


@dataclass
class Server:
    process: subprocess.Popen[bytes]
    port: int
    log: Path

    @property
    def url(self) -> str:
        return f"http://{HOST}:{self.port}"

    def rss(self) -> int:
        """Resident memory of the server process and its children, in bytes."""
        proc = psutil.Process(self.process.pid)
        return int(proc.memory_info().rss + sum(c.memory_info().rss for c in proc.children(recursive=True)))


def _free_port() -> int:
    with socket.socket(socket.AF_INET, socket.SOCK_STREAM) as sock:
        sock.bind((HOST, 0))
        return int(sock.getsockname()[1])


@contextlib.contextmanager
def serve(data_dir: Path | None = None, log: Path | None = None, timeout: float = 60.0) -> Iterator[Server]:
    """`streamlit run dashboard.py` on a free loopback port until the block ends (then terminated, or killed)."""
    port = _free_port()
    env = dict(os.environ)
    env.pop("ALLIANCE_MONITOR_DATA", None)
    if data_dir is not None:
        env["ALLIANCE_MONITOR_DATA"] = str(data_dir.resolve())
    log = log or ROOT / "test-output" / "logs" / "load-server.log"
    log.parent.mkdir(parents=True, exist_ok=True)
    with log.open("wb") as out:
        process = subprocess.Popen(
            [sys.executable, "-m", "streamlit", "run", str(ROOT / "dashboard.py"), "--server.headless", "true",
             "--server.runOnSave", "false", "--server.fileWatcherType", "none", "--browser.gatherUsageStats",
             "false", "--logger.level", "warning", "--server.address", HOST, "--server.port", str(port)],
            cwd=ROOT, env=env, stdout=out, stderr=subprocess.STDOUT, stdin=subprocess.DEVNULL,
        )
        server = Server(process, port, log)
        try:
            deadline = time.monotonic() + timeout
            while True:
                if process.poll() is not None:
                    raise RuntimeError(f"streamlit exited with {process.returncode}; see {log}")
                try:
                    with urllib.request.urlopen(f"{server.url}/_stcore/health", timeout=2) as response:
                        if response.read().strip() == b"ok":
                            break
                except (urllib.error.URLError, OSError):
                    pass
                if time.monotonic() > deadline:
                    raise RuntimeError(f"streamlit did not answer within {timeout:.0f} s; see {log}")
                time.sleep(0.2)
            yield server
        finally:
            if process.poll() is None:
                process.terminate()
                try:
                    process.wait(timeout=10)
                except subprocess.TimeoutExpired:
                    process.kill()
                    process.wait(timeout=10)


# --- one simulated viewer ------------------------------------------------------------------------------------


@dataclass
class Stats:
    round_trips: list[float] = field(default_factory=list)
    errors: list[str] = field(default_factory=list)
    actions: dict[str, int] = field(default_factory=dict)
    bytes_received: int = 0


class Viewer:
    """A browser tab, as the server sees it: a websocket, the pages it was told about, its widget states."""

    def __init__(self, port: int, rng: random.Random, stats: Stats) -> None:
        self.port = port
        self.rng = rng
        self.stats = stats
        self.pages: dict[str, str] = {}  # url path ("" for the default page) -> page script hash
        self.widgets: dict[str, str] = {}  # widget key -> id, from the elements the server sent
        self.options: dict[str, list[str]] = {}
        self.state: dict[str, WidgetState] = {}  # the widget states this tab sends with every run
        self.page = ""
        self.ws: Any = None

    async def run(self, deadline: float, think: tuple[float, float]) -> None:
        stream, origin = f"ws://{HOST}:{self.port}/_stcore/stream", Origin(f"http://{HOST}:{self.port}")
        try:
            async with websockets.connect(stream, subprotocols=[Subprotocol("streamlit")], origin=origin,
                                          max_size=None, open_timeout=RUN_TIMEOUT) as ws:
                self.ws = ws
                await self.rerun("open", page="")
                while time.monotonic() + think[1] < deadline:
                    await asyncio.sleep(self.rng.uniform(*think))
                    await self.act()
        except (TimeoutError, OSError, websockets.WebSocketException) as exc:
            self.stats.errors.append(f"connection: {type(exc).__name__}: {exc}")

    async def act(self) -> None:
        choice = self.rng.random()
        if choice < 0.4 or not self.pages:
            await self.rerun("page", page=self.rng.choice([p for p in self.pages if p != self.page] or [""]))
        elif choice < 0.6 and "country" in self.options:
            picked = self.rng.sample(self.options["country"], k=self.rng.choice([0, 1, 1, 2]))
            self.set_multiselect("country", picked)
            await self.rerun("country filter", page=self.page)
        elif choice < 0.75 and "speaker" in self.options:
            picked = self.rng.sample(self.options["speaker"], k=self.rng.choice([0, 1]))
            self.set_multiselect("speaker", picked)
            await self.rerun("speaker filter", page=self.page)
        elif "q" in self.widgets:
            state = WidgetState(id=self.widgets["q"], string_value=self.rng.choice(SEARCHES))
            await self.rerun("search", page=self.page, extra=[state])
        else:
            await self.rerun("page", page="quotes")

    def set_multiselect(self, key: str, labels: list[str]) -> None:
        state = WidgetState(id=self.widgets[key])
        state.string_array_value.data.extend(labels)
        self.state[key] = state

    async def rerun(self, action: str, *, page: str, extra: list[WidgetState] | None = None) -> None:
        msg = BackMsg()
        client = msg.rerun_script
        client.query_string = ""
        client.page_script_hash = self.pages.get(page, "")
        client.page_name = page
        client.context_info.url = f"http://{HOST}:{self.port}/{page}"
        client.widget_states.widgets.extend([*self.state.values(), *(extra or [])])
        began = time.perf_counter()
        await self.ws.send(msg.SerializeToString())
        try:
            await asyncio.wait_for(self.receive_run(), RUN_TIMEOUT)
        except TimeoutError:
            self.stats.errors.append(f"{action}: the run did not finish within {RUN_TIMEOUT:.0f} s")
            return
        self.stats.round_trips.append(time.perf_counter() - began)
        self.stats.actions[action] = self.stats.actions.get(action, 0) + 1
        self.page = page

    async def receive_run(self) -> None:
        while True:
            data = await self.ws.recv()
            self.stats.bytes_received += len(data)
            fwd = ForwardMsg()
            fwd.ParseFromString(data)
            kind = fwd.WhichOneof("type")
            if kind == "navigation":
                self.pages = {p.url_pathname: p.page_script_hash for p in fwd.navigation.app_pages}
            elif kind == "delta" and fwd.delta.WhichOneof("type") == "new_element":
                self.element(fwd.delta.new_element)
            elif kind == "page_not_found":
                self.stats.errors.append(f"page not found: {fwd.page_not_found.page_name!r}")
            elif kind == "session_event" and fwd.session_event.WhichOneof("type") == "script_compilation_exception":
                self.stats.errors.append("script compilation exception")
            elif kind == "script_finished" and fwd.script_finished in FINAL:
                if fwd.script_finished == ForwardMsg.FINISHED_WITH_COMPILE_ERROR:
                    self.stats.errors.append("finished with a compile error")
                return

    def element(self, element: Any) -> None:
        kind = element.WhichOneof("type")
        if kind == "exception":
            self.stats.errors.append(f"exception on {self.page or 'overview'}: {element.exception.message[:200]}")
        elif kind in ("multiselect", "text_input"):
            widget = getattr(element, kind)
            key = widget.id.rsplit("-", 1)[-1]
            self.widgets[key] = widget.id
            if kind == "multiselect":
                self.options[key] = list(widget.options)


# --- the run -------------------------------------------------------------------------------------------------


@dataclass
class Result:
    sessions: int
    duration_s: float
    think_s: tuple[float, float]
    actions: int
    actions_by_kind: dict[str, int]
    errors: int
    error_samples: list[str]
    p50_ms: float
    p95_ms: float
    max_ms: float
    rss_before_mb: float
    rss_peak_mb: float
    rss_after_mb: float
    rss_growth_per_session_mb: float
    received_mb: float
    load_average: tuple[float, float, float] = (0.0, 0.0, 0.0)
    """The machine's 1, 5 and 15 minute load averages at the end (other work on the two cores skews the times)."""

    def lines(self) -> list[str]:
        return [
            f"load: {self.sessions} sessions for {self.duration_s:.0f} s "
            f"(think {self.think_s[0]}-{self.think_s[1]} s), {self.actions} actions "
            f"({', '.join(f'{k} {v}' for k, v in sorted(self.actions_by_kind.items()))})",
            f"  errors {self.errors}; round trip p50 {self.p50_ms:.0f} ms, p95 {self.p95_ms:.0f} ms, "
            f"max {self.max_ms:.0f} ms; {self.received_mb:.1f} MB received",
            f"  server RSS {self.rss_before_mb:.0f} MB before, {self.rss_peak_mb:.0f} MB peak, "
            f"{self.rss_after_mb:.0f} MB after ({self.rss_growth_per_session_mb:+.1f} MB per session); "
            f"load average {self.load_average[0]:.1f} on {os.cpu_count()} cores",
        ]


async def _drive(port: int, sessions: int, duration: float, think: tuple[float, float], seed: int,
                 server: Server) -> tuple[Stats, int]:
    stats = Stats()
    deadline = time.monotonic() + duration
    peak = server.rss()

    async def sample() -> None:
        nonlocal peak
        while time.monotonic() < deadline:
            peak = max(peak, server.rss())
            await asyncio.sleep(1.0)

    viewers = [Viewer(port, random.Random(seed * 1000 + i), stats) for i in range(sessions)]
    sampler = asyncio.create_task(sample())
    await asyncio.gather(*(v.run(deadline, think) for v in viewers))
    sampler.cancel()
    with contextlib.suppress(asyncio.CancelledError):
        await sampler
    return stats, max(peak, server.rss())


def _percentile(values: list[float], q: float) -> float:
    if not values:
        return float("nan")
    if len(values) == 1:
        return values[0]
    return statistics.quantiles(values, n=100, method="inclusive")[int(q) - 1]


T = TypeVar("T")


def _run_async(make: Callable[[], Coroutine[Any, Any, T]]) -> T:
    """Run a coroutine in a thread of its own: the caller's thread may already run an event loop (a pytest
    session that also drives Playwright does)."""
    with concurrent.futures.ThreadPoolExecutor(max_workers=1) as pool:
        return pool.submit(lambda: asyncio.run(make())).result()


def run(sessions: int = 20, duration: float = 60.0, *, data_dir: Path | None = None,
        think: tuple[float, float] = (1.0, 3.0), seed: int = 0, log: Path | None = None) -> Result:
    """Start the server, warm it up with one viewer, drive `sessions` viewers for `duration` seconds, stop it."""
    if not 1 <= sessions <= MAX_SESSIONS:
        raise ValueError(f"sessions must be 1..{MAX_SESSIONS}")
    if not 0 < duration <= MAX_DURATION:
        raise ValueError(f"duration must be in (0, {MAX_DURATION:.0f}] seconds")
    with serve(data_dir, log) as server:
        # warm-up: one viewer opens the root page (the dataset is loaded once, then shared by every session)
        warm, _ = _run_async(lambda: _drive(server.port, 1, 2.0, (0.5, 1.0), seed + 99, server))
        rss_before = server.rss()
        started = time.monotonic()
        stats, peak = _run_async(lambda: _drive(server.port, sessions, duration, think, seed, server))
        elapsed = time.monotonic() - started
        time.sleep(1.0)  # let the server drop the closed sessions
        rss_after = server.rss()
        stats.errors.extend(warm.errors)
    trips = [t * 1000 for t in stats.round_trips]
    return Result(
        sessions=sessions, duration_s=elapsed, think_s=think, actions=len(trips),
        actions_by_kind=dict(stats.actions), errors=len(stats.errors), error_samples=stats.errors[:10],
        p50_ms=_percentile(trips, 50), p95_ms=_percentile(trips, 95), max_ms=max(trips, default=float("nan")),
        rss_before_mb=rss_before / 2**20, rss_peak_mb=peak / 2**20, rss_after_mb=rss_after / 2**20,
        rss_growth_per_session_mb=(peak - rss_before) / 2**20 / sessions,
        received_mb=stats.bytes_received / 2**20, load_average=os.getloadavg(),
    )


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--sessions", type=int, default=20)
    parser.add_argument("--duration", type=float, default=60.0, help="seconds of load (max 600)")
    parser.add_argument("--think", type=float, nargs=2, default=(1.0, 3.0), metavar=("MIN", "MAX"),
                        help="seconds a viewer waits between actions (uniform)")
    parser.add_argument("--data", type=Path, help="data folder (default: data/)")
    parser.add_argument("--seed", type=int, default=0)
    parser.add_argument("--json", type=Path, help="also write the figures as JSON here")
    args = parser.parse_args(argv)
    result = run(args.sessions, args.duration, data_dir=args.data, think=tuple(args.think), seed=args.seed)
    for line in result.lines():
        print(line)
    for sample in result.error_samples:
        print(f"  error: {sample}")
    if args.json:
        args.json.parent.mkdir(parents=True, exist_ok=True)
        args.json.write_text(json.dumps(asdict(result), indent=2) + "\n", encoding="utf-8")
    return 0 if result.errors == 0 else 1


if __name__ == "__main__":
    raise SystemExit(main())
