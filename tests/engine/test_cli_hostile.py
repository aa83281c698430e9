"""Issue 13.8: every command, run with hostile arguments, ends in a one-line message and a non-zero exit.

Missing, unreadable, binary, empty and huge inputs, a folder where a file is expected and the reverse, pipes and
devices that would block or never end, and targets that cannot be written: never a traceback, never a hang, and
nothing half-written (the valid project the commands read is unchanged; no temporary file is left behind).

Tests run as root, so permission bits do not stop a write: an unwritable target is a path under a regular file
(`file/x`), a path in /proc, or a file in the way of a folder. Every command runs as a subprocess, as a curator runs
it: `python -m alliance_monitor ...`.
"""

from __future__ import annotations

import os
import shutil
import subprocess
from collections.abc import Callable
from concurrent.futures import ThreadPoolExecutor
from dataclasses import dataclass
from pathlib import Path

import pytest

from alliance_monitor import cli
from tests.conftest import FICTIONAL_DATA, run_cli

COMMANDS_WITH_DATA = ["validate", "export", "fmt", "cache", "evaluate"]
SEED = "northwind-2024-reykjavik-summit.txt"


@dataclass(frozen=True)
class Case:
    id: str
    args: tuple[str, ...]
    mentions: str
    """What the message must name: the path (or the file name) it is about."""


def _project(base: Path, name: str) -> Path:
    """A copy of the fictional project (data/ and seeds/); returns its data folder."""
    shutil.copytree(FICTIONAL_DATA, base / name / "data")
    shutil.copytree(FICTIONAL_DATA.parent / "seeds", base / name / "seeds")
    return base / name / "data"


def _hostile_data_dirs(base: Path) -> dict[str, tuple[Path, str]]:
    """Data folders each broken in one hostile way, and what a message about it names."""
    dirs: dict[str, tuple[Path, str]] = {
        "missing": (base / "no-such-folder", "no-such-folder"),
        "a-file": (base / "a-file", "a-file"),
        "empty-folder": (base / "empty-folder", "empty-folder"),
        "long-name": (base / ("n" * 300), "n" * 50),
    }
    breakers: dict[str, Callable[[Path], object]] = {
        "binary-file": lambda p: p.write_bytes(os.urandom(4096)),
        "empty-file": lambda p: p.write_bytes(b""),
        "huge-file": lambda p: p.write_bytes(b"a" * (41 * 1024 * 1024)),
        "folder-for-file": lambda p: p.mkdir(),
        "pipe-for-file": lambda p: os.mkfifo(p),
        "device-for-file": lambda p: p.symlink_to("/dev/zero"),
    }
    for name, breaking in breakers.items():
        data = _project(base, name)
        (data / "quotes.yaml").unlink()
        breaking(data / "quotes.yaml")
        # an empty file is an empty list: the problems are then the references to its quotes
        dirs[name] = (data, "unknown quote" if name == "empty-file" else "quotes.yaml")
    for name, breaking in {
        "seed-is-folder": lambda p: p.mkdir(),
        "seed-is-device": lambda p: p.symlink_to("/dev/zero"),
        "seed-is-binary": lambda p: p.write_bytes(os.urandom(4096)),
    }.items():
        data = _project(base, name)
        seed = data.parent / "seeds" / SEED
        seed.unlink()
        breaking(seed)
        dirs[name] = (data, SEED)
    return dirs


@dataclass(frozen=True)
class Hostile:
    base: Path
    project: Path
    before: dict[str, bytes]
    results: dict[str, tuple[Case, subprocess.CompletedProcess[str]]]


def _snapshot(folder: Path) -> dict[str, bytes]:
    return {str(p.relative_to(folder)): p.read_bytes() for p in sorted(folder.rglob("*")) if p.is_file()}


def _cases(base: Path, project: Path) -> list[Case]:
    (base / "a-file").write_text("not a folder\n", encoding="utf-8")
    (base / "empty-folder").mkdir()
    (base / "binary").write_bytes(os.urandom(4096))
    (base / "empty").write_bytes(b"")
    (base / "huge").write_bytes(b"a" * (6 * 1024 * 1024))
    os.mkfifo(base / "pipe")
    cases: list[Case] = []
    for label, (data, mentions) in _hostile_data_dirs(base).items():
        for command in COMMANDS_WITH_DATA:
            extra = ("--check",) if command == "fmt" else ()
            cases.append(Case(f"{command}-{label}", (command, *extra, str(data)), mentions))
        cases.append(Case(f"fmt-write-{label}", ("fmt", "--force", str(data)), mentions))
    article = str(project.parent / "seeds" / SEED)
    for label, target in {"file-in-the-way": base / "a-file", "under-a-file": base / "a-file" / "x",
                          "in-proc": Path("/proc/no-such/x"), "proc-file": Path("/proc/version")}.items():
        cases += [
            Case(f"export-csv-{label}", ("export", "--format", "csv", "--out", str(target), str(project)),
                 str(target).split("/x")[0] if label == "in-proc" else str(target)),
            Case(f"export-json-{label}", ("export", "--format", "json", "--out", str(target), str(project)),
                 str(target).split("/x")[0] if label == "in-proc" else str(target)),
            Case(f"schema-{label}", ("schema", "--out", str(target)),
                 str(target).split("/x")[0] if label == "in-proc" else str(target)),
            Case(f"schema-check-{label}", ("schema", "--check", "--out", str(target)),
                 str(target).split("/x")[0] if label == "in-proc" else str(target)),
            Case(f"ingest-data-{label}", ("ingest", article, str(target)), str(target)),
            Case(f"promote-data-{label}", ("promote", str(base / "binary"), str(target)), "binary"),
        ]
    for label, path in {"missing": base / "no-such-file", "folder": base / "empty-folder",
                        "binary": base / "binary", "empty": base / "empty", "huge": base / "huge",
                        "pipe": base / "pipe", "device": Path("/dev/zero"), "proc": Path("/proc/self/mem"),
                        "long-name": base / ("n" * 300)}.items():
        shown = path.name[:50]
        cases.append(Case(f"ingest-article-{label}", ("ingest", str(path), str(project)), shown))
        cases.append(Case(f"promote-draft-{label}", ("promote", str(path), str(project)), shown))
    # a data folder whose seeds/ cannot receive the new seed (a file is in its place)
    blocked = _project(base, "seeds-blocked")
    shutil.rmtree(blocked.parent / "seeds")
    (blocked.parent / "seeds").write_text("in the way\n", encoding="utf-8")
    cases.append(Case("ingest-seeds-blocked", ("ingest", article, str(blocked), "--source-id", "x-1"), "seeds"))
    return cases


@pytest.fixture(scope="module")
def hostile(tmp_path_factory: pytest.TempPathFactory) -> Hostile:
    """Every case, run once, four at a time (a process costs about a second to start)."""
    base = tmp_path_factory.mktemp("hostile")
    project = _project(base, "valid")
    cases = _cases(base, project)
    before = _snapshot(project.parent)
    with ThreadPoolExecutor(max_workers=4) as pool:
        done = list(pool.map(lambda case: run_cli(*case.args), cases))
    return Hostile(base, project, before, {c.id: (c, r) for c, r in zip(cases, done, strict=True)})


def _case_ids() -> list[str]:
    """The ids `_cases` gives, known before the fixture runs (for parametrize); the fixture checks they agree."""
    labels = ["missing", "a-file", "empty-folder", "long-name", "binary-file", "empty-file", "huge-file",
              "folder-for-file", "pipe-for-file", "device-for-file", "seed-is-folder", "seed-is-device",
              "seed-is-binary"]
    ids = [f"{command}-{label}" for label in labels for command in COMMANDS_WITH_DATA]
    ids += [f"fmt-write-{label}" for label in labels]
    for label in ["file-in-the-way", "under-a-file", "in-proc", "proc-file"]:
        ids += [f"export-csv-{label}", f"export-json-{label}", f"schema-{label}", f"schema-check-{label}",
                f"ingest-data-{label}", f"promote-data-{label}"]
    for label in ["missing", "folder", "binary", "empty", "huge", "pipe", "device", "proc", "long-name"]:
        ids += [f"ingest-article-{label}", f"promote-draft-{label}"]
    ids.append("ingest-seeds-blocked")
    return ids


CASE_IDS = _case_ids()


@pytest.mark.parametrize("case_id", CASE_IDS)
def test_a_hostile_argument_ends_in_one_line_and_a_non_zero_exit(case_id: str, hostile: Hostile) -> None:
    case, result = hostile.results[case_id]
    output = result.stdout + result.stderr
    assert "Traceback" not in output, output
    assert result.returncode in (1, 2), (result.returncode, output)
    assert case.mentions in output, (case.mentions, output)
    message = [line for line in result.stderr.splitlines() if line.strip()]
    assert message, output  # the cause is said on stderr (problem lists go to stdout, their count to stderr)
    assert all(len(line) < 400 + len(case.mentions) for line in message), message


def test_nothing_is_half_written(hostile: Hostile, hardening_figure: Callable[[str], None]) -> None:
    assert _snapshot(hostile.project.parent) == hostile.before
    assert (hostile.base / "a-file").read_text(encoding="utf-8") == "not a folder\n"
    leftovers = [p for p in hostile.base.rglob("*") if p.name.endswith(".tmp")]
    assert not leftovers, leftovers
    assert set(hostile.results) == set(CASE_IDS)
    tried = len(hostile.results)
    caught = sum(1 for _, r in hostile.results.values() if r.returncode in (1, 2)
                 and "Traceback" not in r.stdout + r.stderr)
    hardening_figure(f"hostile command-line arguments: {tried} tried, {caught} caught")
    assert caught == tried


def test_the_named_cases_export_to_an_existing_file_and_an_unwritable_path(tmp_path: Path) -> None:
    in_the_way = tmp_path / "out.csv"
    in_the_way.write_text("keep me\n", encoding="utf-8")
    for out in (in_the_way, in_the_way / "x", Path("/proc/no-such/x")):
        result = run_cli("export", "--format", "csv", "--out", out, FICTIONAL_DATA)
        assert result.returncode == 2 and "Traceback" not in result.stderr, result.stderr
        assert len(result.stderr.strip().splitlines()) == 1 and "export" in result.stderr
    assert in_the_way.read_text(encoding="utf-8") == "keep me\n"


@pytest.mark.parametrize("command", ["fmt", "schema", "export"])
def test_a_write_that_fails_midway_leaves_the_old_files_and_one_line(
        command: str, tmp_path: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]) -> None:
    """The rename that ends every atomic write fails (a full disk, a read-only file system): exit 2, one line."""
    data = _project(tmp_path, "p")
    quotes = data / "quotes.yaml"
    quotes.write_text(quotes.read_text(encoding="utf-8") + "\n", encoding="utf-8")  # so fmt has a rewrite to do
    before = _snapshot(tmp_path)

    def refuse(src: str, dst: str) -> None:
        raise OSError(30, "Read-only file system", dst)

    monkeypatch.setattr(os, "replace", refuse)
    args = {"fmt": ["fmt", str(data)], "schema": ["schema", "--out", str(tmp_path / "p" / "schema")],
            "export": ["export", "--format", "csv", "--out", str(tmp_path / "p" / "export"), str(data)]}[command]
    assert cli.main(args) == 2
    err = capsys.readouterr().err.strip().splitlines()
    assert err[-1].startswith(f"python -m alliance_monitor {command}: ") and "read-only" in err[-1], err
    after = {k: v for k, v in _snapshot(tmp_path).items() if not k.startswith(("p/schema", "p/export"))}
    assert after == before
    assert not [p for p in tmp_path.rglob("*") if p.name.endswith(".tmp")]


def test_an_unexpected_error_is_one_line_unless_debugging(monkeypatch: pytest.MonkeyPatch,
                                                          capsys: pytest.CaptureFixture[str]) -> None:
    def broken(args: object) -> int:
        raise RuntimeError("a bug")

    monkeypatch.setattr(cli, "cmd_validate", broken)
    monkeypatch.delenv(cli.DEBUG_ENV, raising=False)
    assert cli.main(["validate", str(FICTIONAL_DATA)]) == 3
    assert "RuntimeError: a bug" in capsys.readouterr().err
    monkeypatch.setenv(cli.DEBUG_ENV, "1")
    with pytest.raises(RuntimeError):
        cli.main(["validate", str(FICTIONAL_DATA)])
