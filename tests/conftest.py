"""Shared paths and fixtures: the real dataset, the fictional one, and throw-away copies to break precisely."""

from __future__ import annotations

import shutil
import subprocess
import sys
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import TYPE_CHECKING

import pytest

if TYPE_CHECKING:
    from playwright.sync_api import Browser, Page

    from tests.browser import StreamlitServer

ROOT = Path(__file__).resolve().parent.parent
REAL_DATA = ROOT / "data"
FICTIONAL_DATA = ROOT / "tests" / "fixtures" / "fictional" / "data"


@pytest.fixture
def root() -> Path:
    return ROOT


@pytest.fixture
def real_data() -> Path:
    return REAL_DATA


@pytest.fixture
def fictional_data() -> Path:
    return FICTIONAL_DATA


@pytest.fixture
def fixture_copy(tmp_path: Path) -> Path:
    """A private copy of the fictional data and seeds (same layout), so a test can break it; returns data/."""
    source = FICTIONAL_DATA.parent
    shutil.copytree(source / "data", tmp_path / "data")
    shutil.copytree(source / "seeds", tmp_path / "seeds")
    return tmp_path / "data"


@pytest.fixture
def real_data_copy(tmp_path: Path) -> Path:
    """A private copy of the real data and seeds (same layout), for a test that writes to it; returns data/."""
    shutil.copytree(REAL_DATA, tmp_path / "data")
    shutil.copytree(REAL_DATA.parent / "seeds", tmp_path / "seeds")
    return tmp_path / "data"


def nth_index(text: str, old: str, n: int = 1) -> int:
    """Character index of the n-th (1-based) occurrence of `old`; fails loudly so a test never edits nothing."""
    index = -1
    for _ in range(n):
        index = text.find(old, index + 1)
        if index < 0:
            raise AssertionError(f"{old!r} occurs fewer than {n} time(s)")
    return index


def line_of(text: str, old: str, n: int = 1) -> int:
    """1-based line on which the n-th occurrence of `old` starts."""
    return text.count("\n", 0, nth_index(text, old, n)) + 1


def replace_nth(path: Path, old: str, new: str, n: int = 1) -> int:
    """Replace the n-th occurrence of `old` in a copied file; return the 1-based line where the edit starts."""
    text = path.read_text(encoding="utf-8")
    index = nth_index(text, old, n)
    path.write_text(text[:index] + new + text[index + len(old) :], encoding="utf-8")
    return text.count("\n", 0, index) + 1


def run_cli(*args: str | Path, cwd: Path = ROOT) -> subprocess.CompletedProcess[str]:
    """The real command line in a subprocess, as a curator runs it."""
    return subprocess.run(
        [sys.executable, "-m", "alliance_monitor", *map(str, args)],
        cwd=cwd,
        capture_output=True,
        text=True,
        encoding="utf-8",
        timeout=120,
    )


# --- browser tests (tests/browser.py): one Chromium and one server on the bundled data per session ----------


@pytest.fixture(scope="session")
def chromium_browser() -> Iterator[Browser]:
    """Debian's headless Chromium via Playwright; skips without /usr/bin/chromium unless REQUIRE_BROWSER=1."""
    from tests.browser import chromium

    with chromium() as browser:
        yield browser


@pytest.fixture(scope="session")
def streamlit_server() -> Iterator[Callable[..., StreamlitServer]]:
    """A factory: `streamlit_server(data_dir, name="hostile")` starts the real server on ALLIANCE_MONITOR_DATA=data_dir
    (None: the bundled data), logging to test-output/logs/<name>.log; every server started is stopped at the end."""
    from tests.browser import start_server

    started: list[StreamlitServer] = []

    def start(data_dir: Path | None = None, *, name: str = "server", env: dict[str, str] | None = None,
              ) -> StreamlitServer:
        server = start_server(data_dir, name=name, env=env)
        started.append(server)
        return server

    try:
        yield start
    finally:
        for server in started:
            server.stop()


@pytest.fixture(scope="session")
def app_server(chromium_browser: Browser, streamlit_server: Callable[..., StreamlitServer]) -> StreamlitServer:
    """The dashboard on the bundled data, warmed up by one visit to its front page.

    The warm-up also makes Streamlit leave its legacy `pages/` mode (see test_deep_link_on_a_cold_server), so that
    tests can open any page first, in any order.
    """
    from tests.browser import open_page

    server = streamlit_server(None, name="app")
    page = chromium_browser.new_page()
    try:
        open_page(page, server.url, testid="stHeading", timeout=60_000)
    finally:
        page.close()
    return server


@pytest.fixture
def page(chromium_browser: Browser) -> Iterator[Page]:
    """A tab of its own (a fresh browser context: no cookies or storage from another test) at 1280x800, the
    narrowest width the dashboard is reviewed at; 30 s for any one wait."""
    context = chromium_browser.new_context(viewport={"width": 1280, "height": 800})
    tab = context.new_page()
    tab.set_default_timeout(30_000)
    try:
        yield tab
    finally:
        context.close()


# --- hardening figures (tests/test_hardening_*.py): printed in pytest's closing summary -----------------------

HARDENING_FIGURES = ROOT / "test-output" / "logs" / "hardening-figures.txt"
_FIGURES_KEY = pytest.StashKey[list[str]]()


@pytest.fixture
def hardening_figure(request: pytest.FixtureRequest) -> Callable[[str], None]:
    """`hardening_figure("mutations: 260 tried, 260 caught")`: a line for the closing summary and for
    test-output/logs/hardening-figures.txt (the figures the README's Reliability section quotes)."""
    figures = request.config.stash.setdefault(_FIGURES_KEY, [])

    def record(line: str) -> None:
        figures.append(line)
        HARDENING_FIGURES.parent.mkdir(parents=True, exist_ok=True)
        with HARDENING_FIGURES.open("a", encoding="utf-8") as handle:
            handle.write(line + "\n")

    return record


def pytest_terminal_summary(terminalreporter: pytest.TerminalReporter) -> None:
    figures = terminalreporter.config.stash.get(_FIGURES_KEY, [])
    if figures:
        terminalreporter.section("hardening figures")
        for line in figures:
            terminalreporter.write_line(line)
