"""Shared paths and fixtures: the real dataset, the fictional one, and throw-away copies to break precisely."""

from __future__ import annotations

import shutil
import subprocess
import sys
from pathlib import Path

import pytest

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
