"""The repository's own promises: lint and types clean, README commands are what CI runs."""

from __future__ import annotations

import re
import shutil
import subprocess
import sys
import tomllib
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent


def _run(*args: str) -> subprocess.CompletedProcess[str]:
    return subprocess.run(args, cwd=ROOT, capture_output=True, text=True, timeout=300)


def test_ruff_is_clean() -> None:
    ruff = shutil.which("ruff") or str(Path(sys.executable).parent / "ruff")
    result = _run(ruff, "check", ".")
    assert result.returncode == 0, result.stdout + result.stderr


def python_roots() -> list[str]:
    """The top-level files and folders of the repository that hold Python (hidden ones, such as .venv, aside)."""
    roots = []
    for entry in sorted(ROOT.iterdir()):
        if entry.name.startswith("."):
            continue
        if entry.suffix == ".py" if entry.is_file() else next(entry.rglob("*.py"), None) is not None:
            roots.append(entry.name)
    return roots


def test_mypy_checks_every_python_file() -> None:
    """Plain `mypy` (its `files` in pyproject.toml) covers every page, test and script: a new one is checked too."""
    configured = tomllib.loads((ROOT / "pyproject.toml").read_text(encoding="utf-8"))["tool"]["mypy"]["files"]
    assert {"alliance_monitor", "app_pages", "dashboard.py", "tests", "benchmarks"} <= set(python_roots())
    assert set(python_roots()) <= set(configured), configured


def test_mypy_is_clean() -> None:
    result = _run(sys.executable, "-m", "mypy", *python_roots())
    assert result.returncode == 0, result.stdout + result.stderr


def readme_commands() -> list[str]:
    text = (ROOT / "README.md").read_text(encoding="utf-8")
    return re.findall(r"^```(?:sh|bash|console)\n(python3 -m pip install[^\n]+)\n```", text, flags=re.M)


def test_readme_gives_the_run_and_test_commands() -> None:
    commands = readme_commands()
    assert any(c.endswith("streamlit run dashboard.py") for c in commands), commands
    assert any(c.endswith("pytest") for c in commands), commands


def test_ci_runs_exactly_the_readme_test_command() -> None:
    test_command = next(c for c in readme_commands() if c.endswith("pytest"))
    ci_lines = (ROOT / ".ci" / "run").read_text(encoding="utf-8").splitlines()
    assert test_command in ci_lines


def test_readme_layout_names_every_module() -> None:
    """The README's Layout section is the map a newcomer reads: every module and page file is on it (issue 11)."""
    readme = (ROOT / "README.md").read_text(encoding="utf-8")
    layout = readme.split("## Layout", 1)[1].split("\n## ", 1)[0]
    engine = [p for p in (ROOT / "alliance_monitor").glob("*.py") if not p.name.startswith("__")]
    packages = [p for p in (ROOT / "alliance_monitor").iterdir() if (p / "__init__.py").exists()]
    # engine modules by file name; a package's modules by name, in the words that describe the package
    named = [p.name for p in engine] + [f"{p.name}/" for p in packages]
    missing = [name for name in named if name not in layout]
    missing += [f"{pkg.name}/{p.name}" for pkg in packages for p in pkg.glob("*.py")
                if not p.name.startswith("__") and not re.search(rf"\b{p.stem}\b", layout)]
    assert not missing, f"README Layout does not name: {missing}"


def _rebound_constants(source: str) -> list[tuple[str, int]]:
    """(name, line) of each module-level name a module assigns a second time without reading it in the new value:
    the later assignment silently replaces the earlier for every use above it (`X = X | {...}` extends, and is fine)."""
    import ast

    seen: set[str] = set()
    rebound = []
    for node in ast.parse(source).body:
        targets = node.targets if isinstance(node, ast.Assign) else [node.target] if isinstance(
            node, ast.AnnAssign) and node.value is not None else []
        value = getattr(node, "value", None)
        read = {n.id for n in ast.walk(value) if isinstance(n, ast.Name)} if value is not None else set()
        for target in targets:
            if isinstance(target, ast.Name):
                if target.id in seen and target.id not in read:
                    rebound.append((target.id, node.lineno))
                seen.add(target.id)
    return rebound


def test_no_module_rebinds_a_name_it_defined() -> None:
    """A module-level pattern or table defined twice under one name changes what the first one's users match (a
    second `_SENTENCE_STOP` in ingest/quotes.py once cut two development quotes); each gets a name of its own."""
    found = {str(path.relative_to(ROOT)): rebound for path in sorted((ROOT / "alliance_monitor").rglob("*.py"))
             if (rebound := _rebound_constants(path.read_text(encoding="utf-8")))}
    assert not found, found


def test_the_rebinding_check_finds_a_rebound_name() -> None:
    assert _rebound_constants("A = 1\nB = 2\nA = 3\nB = B | 4\n") == [("A", 3)]
