"""The layout's one rule: imports flow one way.

    dashboard.py, app_pages/  ->  alliance_monitor.app  ->  engine  ->  models, yamlio
    alliance_monitor.ingest   ->  engine
    app_pages/ (the curate page) -> alliance_monitor.ingest

Every import of every module (top level, inside functions, `import x` and `from x import y`) is read from its
syntax tree and sorted into these rooms; an arrow that runs back up fails. The command line (`cli`, `__main__`) is
an entrypoint like `dashboard.py`: it gathers the engine's and ingest's commands, so it may import `ingest`.
"""

from __future__ import annotations

import ast
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[1]
PACKAGE = ROOT / "alliance_monitor"
ENTRYPOINTS = {"alliance_monitor.cli", "alliance_monitor.__main__"}
BASE = {"alliance_monitor.models", "alliance_monitor.yamlio"}

# room -> rooms it may import (besides itself and third-party packages other than streamlit)
ALLOWED: dict[str, set[str]] = {
    # pages may import ingest: the curate page (app_pages/curate/) drafts and promotes through ingest's public API
    # (workbench, promote). The shared `app` package still may not, so no other page can reach the writers.
    "pages": {"app", "engine", "base", "streamlit", "ingest"},
    "app": {"engine", "base", "streamlit"},
    "entrypoint": {"engine", "base", "ingest"},
    "ingest": {"engine", "base"},
    "engine": {"base"},
    "base": set(),
}


def module_name(path: Path) -> str:
    parts = path.relative_to(ROOT).with_suffix("").parts
    return ".".join(parts[:-1] if parts[-1] == "__init__" else parts)


def room(module: str) -> str | None:
    """The room of a module of this project (or streamlit); None for the standard library and other packages."""
    if module == "streamlit" or module.startswith("streamlit."):
        return "streamlit"
    if not (module == "alliance_monitor" or module.startswith("alliance_monitor.")):
        return None
    if module in ENTRYPOINTS:
        return "entrypoint"
    if module in BASE:
        return "base"
    for sub in ("app", "ingest"):
        if module == f"alliance_monitor.{sub}" or module.startswith(f"alliance_monitor.{sub}."):
            return sub
    return "engine"


def imported(path: Path) -> list[tuple[int, str]]:
    """(line, module) of every import in a file; `from pkg import mod` counts as pkg.mod when that is a module."""
    found = []
    for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"), str(path))):
        if isinstance(node, ast.Import):
            found += [(node.lineno, alias.name) for alias in node.names]
        elif isinstance(node, ast.ImportFrom) and node.module and node.level == 0:
            for alias in node.names:
                candidate = f"{node.module}.{alias.name}"
                as_module = ROOT.joinpath(*candidate.split(".")).with_suffix(".py")
                as_package = ROOT.joinpath(*candidate.split("."), "__init__.py")
                found.append((node.lineno, candidate if as_module.exists() or as_package.exists() else node.module))
    return found


def files() -> list[tuple[Path, str]]:
    engine = [(p, room(module_name(p)) or "engine") for p in sorted(PACKAGE.rglob("*.py"))]
    pages = [(p, "pages") for p in [ROOT / "dashboard.py", *sorted((ROOT / "app_pages").rglob("*.py"))]]
    return engine + pages


def backward_arrows() -> list[str]:
    wrong = []
    for path, here in files():
        for line, module in imported(path):
            there = room(module)
            if there is None or there == here:
                continue
            if there not in ALLOWED[here]:
                wrong.append(f"{path.relative_to(ROOT)}:{line}: {here} imports {module} ({there})")
    return wrong


def test_imports_flow_one_way() -> None:
    assert backward_arrows() == []


def test_only_the_app_package_imports_streamlit() -> None:
    importers = {str(path.relative_to(ROOT)) for path, _ in files()
                 if any(room(m) == "streamlit" for _, m in imported(path))}
    assert importers, "the checker found no streamlit import at all: it reads nothing"
    assert all(p.startswith(("alliance_monitor/app/", "app_pages/", "dashboard.py")) for p in importers), importers


@pytest.mark.parametrize(("here", "source"), [
    ("engine", "import streamlit as st"),
    ("engine", "from alliance_monitor.app import render"),
    ("engine", "from alliance_monitor.ingest.draft import build_draft"),
    ("ingest", "from alliance_monitor.app.state import view_link"),
    ("ingest", "import streamlit"),
    ("base", "from alliance_monitor import views"),
    ("app", "from alliance_monitor.ingest import promote"),
])
def test_a_backward_arrow_is_caught(tmp_path: Path, here: str, source: str) -> None:
    """The checker itself: each kind of backward arrow, in a module of each room, is one it refuses."""
    probe = tmp_path / "probe.py"
    probe.write_text(f"from __future__ import annotations\nimport os\n\n\ndef later() -> None:\n    {source}\n",
                     encoding="utf-8")
    rooms = [room(module) for _, module in imported(probe)]
    assert rooms[:1] == [None], "the standard library belongs to no room"
    refused = [r for r in rooms if r is not None and r != here and r not in ALLOWED[here]]
    assert len(refused) == 1, (here, source, rooms)
