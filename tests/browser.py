"""Helpers for end-to-end tests: the real Streamlit server in a subprocess and Debian's Chromium via Playwright.

Reusable by any browser test (the page tests, the hostile-text tests):

    from tests.browser import serve, chromium, wait_for_app

    with serve(data_dir=some_data_folder, name="hostile") as server, chromium() as browser:
        page = browser.new_page()
        page.goto(server.url + "/quotes")
        wait_for_app(page, text="Quote explorer")
        ...
        assert not server.log_problems()

`tests/conftest.py` wraps these in fixtures: `app_server` (the bundled data, one per session), `streamlit_server`
(a factory taking a data folder) and `chromium_browser` (one browser per session).

Chromium is launched the way this machine needs it (headless, no sandbox, no GPU, no background networking, no
component updates or sync; Playwright gives every launch a fresh temporary user data dir). When
/usr/bin/chromium is missing the tests skip and say why, unless REQUIRE_BROWSER=1 (CI), which turns the skip
into a failure.
"""

from __future__ import annotations

import contextlib
import os
import re
import socket
import subprocess
import sys
import time
import urllib.error
import urllib.request
from collections.abc import Iterator, Mapping
from dataclasses import dataclass, field
from pathlib import Path
from typing import IO

import pytest
from playwright.sync_api import Browser, Page, sync_playwright

ROOT = Path(__file__).resolve().parent.parent
OUTPUT = ROOT / "test-output"
SCREENSHOTS = OUTPUT / "screenshots"
LOGS = OUTPUT / "logs"
CHROMIUM = Path("/usr/bin/chromium")
CHROMIUM_ARGS = [
    "--no-sandbox",
    "--disable-gpu",
    "--disable-quic",
    "--no-first-run",
    "--disable-background-networking",
    "--disable-component-update",
    "--disable-sync",
    "--disable-dev-shm-usage",
]
SERVER_FLAGS = [
    "--server.headless", "true",
    "--server.runOnSave", "false",
    "--server.fileWatcherType", "none",
    "--browser.gatherUsageStats", "false",
    "--logger.level", "warning",
    "--logger.hideWelcomeMessage", "true",
]
# What must never appear in the server's log (a Streamlit "Uncaught app execution" is logged at ERROR with a
# traceback; warnings of the server itself are also worth a look).
LOG_PROBLEM = re.compile(r"Traceback|Exception|Error|Uncaught", re.IGNORECASE)


# --- the server ----------------------------------------------------------------------------------------------


def free_port() -> int:
    """A TCP port on 127.0.0.1 that nothing listens on right now."""
    with socket.socket(socket.AF_INET, socket.SOCK_STREAM) as sock:
        sock.bind(("127.0.0.1", 0))
        return int(sock.getsockname()[1])


@dataclass
class StreamlitServer:
    url: str
    port: int
    log_path: Path
    process: subprocess.Popen[bytes]
    _log: IO[bytes] | None = field(default=None, repr=False)

    def log_text(self) -> str:
        return self.log_path.read_text(encoding="utf-8", errors="replace")

    def log_problems(self) -> list[str]:
        """Lines of the server log that name an error, an exception or a traceback."""
        return [line for line in self.log_text().splitlines() if LOG_PROBLEM.search(line)]

    def stop(self, timeout: float = 10.0) -> None:
        """Terminate, then kill if it does not exit in time; always closes the log."""
        try:
            if self.process.poll() is None:
                self.process.terminate()
                try:
                    self.process.wait(timeout=timeout)
                except subprocess.TimeoutExpired:
                    self.process.kill()
                    self.process.wait(timeout=timeout)
        finally:
            if self._log is not None:
                self._log.close()
                self._log = None


def _health(url: str) -> str | None:
    try:
        with urllib.request.urlopen(f"{url}/_stcore/health", timeout=2) as response:
            return str(response.read().decode("utf-8", errors="replace")).strip()
    except (urllib.error.URLError, ConnectionError, TimeoutError, OSError):
        return None


def start_server(data_dir: Path | None = None, *, name: str = "server", env: Mapping[str, str] | None = None,
                 timeout: float = 60.0, entrypoint: Path = ROOT / "dashboard.py",
                 address: str | None = "127.0.0.1", port: int | None = None,
                 flags: tuple[str, ...] = ()) -> StreamlitServer:
    """Start `streamlit run dashboard.py` on a free port and wait (bounded) until /_stcore/health says "ok".

    `data_dir` becomes ALLIANCE_MONITOR_DATA (None: the bundled data); `env` adds or overrides variables; `address`
    is --server.address (None: no flag, Streamlit's default of every interface); `port` a port chosen by the caller
    (None: a free one); `flags` more command-line options. The log
    (stdout and stderr) goes to test-output/logs/<name>.log. Raises RuntimeError with the log's tail when the
    server exits or does not answer in time.
    """
    LOGS.mkdir(parents=True, exist_ok=True)
    port = port or free_port()
    child_env = dict(os.environ)
    child_env.pop("ALLIANCE_MONITOR_DATA", None)
    if data_dir is not None:
        child_env["ALLIANCE_MONITOR_DATA"] = str(Path(data_dir).resolve())
    child_env.update(env or {})
    child_env.setdefault("PYTHONUNBUFFERED", "1")
    log_path = LOGS / f"{name}.log"
    log = log_path.open("wb")
    process = subprocess.Popen(
        [sys.executable, "-m", "streamlit", "run", str(entrypoint), *SERVER_FLAGS,
         "--server.port", str(port), *(["--server.address", address] if address else []), *flags],
        cwd=ROOT, env=child_env, stdout=log, stderr=subprocess.STDOUT, stdin=subprocess.DEVNULL,
    )
    server = StreamlitServer(f"http://127.0.0.1:{port}", port, log_path, process, log)
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        if process.poll() is not None:
            server.stop()
            raise RuntimeError(f"streamlit exited with {process.returncode}:\n{server.log_text()[-3000:]}")
        if _health(server.url) == "ok":
            return server
        time.sleep(0.2)
    server.stop()
    raise RuntimeError(f"streamlit did not answer /_stcore/health within {timeout:.0f} s:\n"
                       f"{server.log_text()[-3000:]}")


@contextlib.contextmanager
def serve(data_dir: Path | None = None, *, name: str = "server", env: Mapping[str, str] | None = None,
          timeout: float = 60.0) -> Iterator[StreamlitServer]:
    """A running server for the duration of the block; stopped (terminate, then kill) afterwards."""
    server = start_server(data_dir, name=name, env=env, timeout=timeout)
    try:
        yield server
    finally:
        server.stop()


# --- the browser ---------------------------------------------------------------------------------------------


def require_chromium() -> None:
    """Skip (or, with REQUIRE_BROWSER=1, fail) when Debian's Chromium is not installed."""
    if CHROMIUM.is_file() and os.access(CHROMIUM, os.X_OK):
        return
    why = f"{CHROMIUM} is missing: install Debian's chromium (apt-get install chromium) to run the browser tests"
    if os.environ.get("REQUIRE_BROWSER") == "1":
        pytest.fail(f"REQUIRE_BROWSER=1 but {why}", pytrace=False)
    pytest.skip(why)


@contextlib.contextmanager
def chromium() -> Iterator[Browser]:
    """Debian's headless Chromium driven by Playwright (never a downloaded browser)."""
    require_chromium()
    with sync_playwright() as playwright:
        browser = playwright.chromium.launch(executable_path=str(CHROMIUM), headless=True, args=CHROMIUM_ARGS)
        try:
            yield browser
        finally:
            browser.close()


# --- pages ---------------------------------------------------------------------------------------------------

APP = '[data-testid="stApp"]'
IDLE = '[data-testid="stApp"][data-test-connection-state="CONNECTED"][data-test-script-state="notRunning"]'


def wait_idle(page: Page, timeout: float = 20_000) -> None:
    """Wait until the app is connected and no script run is under way (Streamlit's own e2e tests use the same
    attributes of stApp), the "running" status widget is gone and no skeleton placeholder is left."""
    page.wait_for_selector(IDLE, state="attached", timeout=timeout)
    page.wait_for_function(
        """() => !document.querySelector('[data-testid="stStatusWidget"] [data-testid="stStatusWidgetRunningIcon"]')
                 && document.querySelectorAll('[data-testid="stSkeleton"]').length === 0""",
        timeout=timeout, polling=50,
    )


def wait_for_app(page: Page, *, text: str | None = None, testid: str | None = None, timeout: float = 20_000) -> None:
    """Wait until Streamlit has finished the current run and (when given) shows `text` and an element with
    `data-testid=testid`.

    An interaction starts its rerun a moment later, so after a click pass the text (or testid) that the rerun
    must produce: the wait is then for that result, not for an idle state that may precede the rerun.
    """
    wait_idle(page, timeout)
    if text is not None:
        page.get_by_text(text, exact=False).first.wait_for(state="visible", timeout=timeout)
    if testid is not None:
        page.locator(f'[data-testid="{testid}"]').first.wait_for(state="visible", timeout=timeout)
    wait_idle(page, timeout)


def open_page(page: Page, url: str, *, text: str | None = None, testid: str | None = None,
              timeout: float = 30_000) -> None:
    """Go to `url` and wait for Streamlit to finish rendering it."""
    page.goto(url, wait_until="domcontentloaded", timeout=timeout)
    wait_for_app(page, text=text, testid=testid, timeout=timeout)


def app_exceptions(page: Page) -> list[str]:
    """Texts of the exceptions Streamlit shows on the page (an uncaught error in a script)."""
    return [str(t) for t in page.locator('[data-testid="stException"]').all_inner_texts()]


def screenshot(page: Page, name: str, *, full: bool = False) -> Path:
    """Save a screenshot as test-output/screenshots/<name>-<width>x<height>.png (full: the whole page height).

    Streamlit scrolls inside its main container, not the document, so a full-height shot enlarges the viewport to
    the main container's height, shoots, and restores the viewport.
    """
    SCREENSHOTS.mkdir(parents=True, exist_ok=True)
    size = page.viewport_size or {"width": 1280, "height": 800}
    suffix = f"{size['width']}x{size['height']}"
    if not full:
        path = SCREENSHOTS / f"{name}-{suffix}.png"
        page.screenshot(path=str(path))
        return path
    height = int(page.evaluate(
        """() => Math.max(document.body.scrollHeight, ...[...document.querySelectorAll(
                   '[data-testid="stMain"], [data-testid="stMainBlockContainer"]')].map(e => e.scrollHeight))"""
    ))
    path = SCREENSHOTS / f"{name}-{suffix}-full.png"
    page.set_viewport_size({"width": size["width"], "height": max(size["height"], min(height + 40, 6000))})
    try:
        page.wait_for_timeout(300)
        page.screenshot(path=str(path))
    finally:
        page.set_viewport_size(size)
    return path
