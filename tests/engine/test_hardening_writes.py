"""Nothing lost: every command that writes data files writes a temporary file and renames it over the old one, and
never overwrites a curated file without an explicit flag. An interrupted write (an exception, a failed rename, a
killed process) leaves the old file byte for byte."""

from __future__ import annotations

import os
import shutil
import signal
import subprocess
import sys
import textwrap
from pathlib import Path

import pytest

from alliance_monitor import yamlio
from alliance_monitor.validate import validate

ROOT = Path(__file__).resolve().parents[2]


@pytest.fixture
def data(tmp_path: Path) -> Path:
    shutil.copytree(ROOT / "data", tmp_path / "data")
    shutil.copytree(ROOT / "seeds", tmp_path / "seeds")
    for path in tmp_path.rglob("*"):
        path.chmod(0o755 if path.is_dir() else 0o644)
    return tmp_path / "data"


def _temps(folder: Path) -> list[Path]:
    return sorted(p for p in folder.iterdir() if p.name.startswith(".") and p.name.endswith(".tmp"))


def test_an_exception_inside_the_write_keeps_the_old_file(data: Path) -> None:
    path = data / "quotes.yaml"
    before = path.read_bytes()
    with pytest.raises(KeyboardInterrupt), yamlio.atomic_writer(path) as handle:
        handle.write(before.decode()[: len(before) // 2])
        raise KeyboardInterrupt  # Ctrl-C half-way
    assert path.read_bytes() == before
    assert not _temps(data)


def test_a_failed_rename_keeps_the_old_file(data: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    path = data / "signals.yaml"
    before = path.read_bytes()

    def no_space(*args: object) -> None:
        raise OSError(28, "No space left on device")

    monkeypatch.setattr(os, "replace", no_space)
    with pytest.raises(OSError, match="No space"):
        yamlio.write_text_atomic(path, "- broken\n", overwrite=True)
    assert path.read_bytes() == before
    assert not _temps(data)


def test_a_killed_writer_leaves_the_old_file(data: Path) -> None:
    """SIGKILL mid-write (no cleanup can run): the old file is intact; the orphaned temporary file is a dot file,
    which neither the validator nor the app's fingerprint reads."""
    path = data / "events.yaml"
    before = path.read_bytes()
    script = textwrap.dedent(f"""
        import time
        from pathlib import Path
        from alliance_monitor.yamlio import atomic_writer
        with atomic_writer(Path({str(path)!r})) as handle:
            handle.write("- id: half-written\\n" * 50_000)
            handle.flush()
            print("writing", flush=True)
            time.sleep(60)
    """)
    child = subprocess.Popen([sys.executable, "-c", script], cwd=ROOT, stdout=subprocess.PIPE, text=True)
    try:
        assert child.stdout is not None
        assert child.stdout.readline().strip() == "writing"
        assert _temps(data), "the writer should be writing to a temporary file"
        child.send_signal(signal.SIGKILL)
        child.wait(timeout=10)
    finally:
        if child.poll() is None:
            child.kill()
            child.wait(timeout=10)
        if child.stdout is not None:
            child.stdout.close()
    assert child.returncode == -signal.SIGKILL
    assert path.read_bytes() == before
    assert validate(data).ok


def test_an_existing_file_is_never_replaced_without_the_flag(data: Path) -> None:
    path = data / "actors.yaml"
    before = path.read_bytes()
    with pytest.raises(FileExistsError, match="--force"):
        yamlio.write_text_atomic(path, "- id: x\n")
    assert path.read_bytes() == before


def _fmt(data: Path, *args: str) -> subprocess.CompletedProcess[str]:
    return subprocess.run([sys.executable, "-m", "alliance_monitor", "fmt", *args, str(data)], cwd=ROOT,
                          capture_output=True, text=True, timeout=120)


def test_fmt_never_rewrites_invalid_data(data: Path) -> None:
    quotes = data / "quotes.yaml"
    quotes.write_text(quotes.read_text(encoding="utf-8").replace("kind: statement", "kind: statment", 1),
                      encoding="utf-8")
    before = {p.name: p.read_bytes() for p in data.iterdir()}
    result = _fmt(data)
    assert result.returncode == 1, result.stdout + result.stderr
    assert "Traceback" not in result.stderr
    assert "fix the problems first" in result.stderr
    assert {p.name: p.read_bytes() for p in data.iterdir()} == before


def test_fmt_replaces_a_file_by_renaming_a_complete_copy(data: Path) -> None:
    path = data / "actors.yaml"
    # valid, but not in canonical form: flow-style list and extra blank lines
    text = path.read_text(encoding="utf-8").replace("- id: tokayev", "\n\n- id: tokayev", 1)
    path.write_text(text, encoding="utf-8")
    inode = path.stat().st_ino
    result = _fmt(data)
    assert result.returncode == 0, result.stdout + result.stderr
    assert "rewrote" in result.stdout
    assert path.stat().st_ino != inode, "fmt wrote in place instead of renaming a temporary file"
    assert path.read_bytes() == (ROOT / "data" / "actors.yaml").read_bytes()
    assert not _temps(data)
    assert validate(data).ok


def test_ingest_seed_writer_keeps_the_old_file_on_failure(data: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    ingest = pytest.importorskip("alliance_monitor.ingest.draft")
    seed = data.parent / "seeds" / "asianews-2022-moscow-future.txt"
    before = seed.read_bytes()

    def broken(*args: object) -> None:
        raise OSError(5, "Input/output error")

    monkeypatch.setattr(os, "fsync", broken)
    with pytest.raises(OSError):
        ingest.write_bytes_atomic(seed, b"other bytes")  # the writer ingest uses for seeds
    assert seed.read_bytes() == before
    assert not _temps(seed.parent)


def test_promote_restores_every_file_when_one_rename_fails(data: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    promote = pytest.importorskip("alliance_monitor.ingest.promote")
    targets = [data / "sources.yaml", data / "actors.yaml", data / "quotes.yaml"]
    before = {p: p.read_bytes() for p in targets}
    real_replace = os.replace
    calls = {"n": 0}

    def fail_on_second(src: str | os.PathLike[str], dst: str | os.PathLike[str]) -> None:
        calls["n"] += 1
        if calls["n"] == 2:
            raise OSError(28, "No space left on device")
        real_replace(src, dst)

    monkeypatch.setattr(os, "replace", fail_on_second)
    with pytest.raises(OSError):
        promote.replace_files_together({p: "- id: replaced\n" for p in targets})  # what promote uses
    monkeypatch.setattr(os, "replace", real_replace)
    assert {p: p.read_bytes() for p in targets} == before
    assert not _temps(data)
    assert validate(data).ok


def test_fmt_never_drops_a_curators_comment_without_the_flag(data: Path) -> None:
    path = data / "signals.yaml"
    lines = path.read_text(encoding="utf-8").split("\n")
    lines.insert(3, "  # TODO: check this date against the Russian original")
    path.write_text("\n".join(lines), encoding="utf-8")
    assert validate(data).ok
    before = path.read_bytes()
    result = _fmt(data)
    assert result.returncode == 1, result.stdout + result.stderr
    assert "signals.yaml:4: a comment, which fmt would drop" in result.stderr
    assert path.read_bytes() == before
    forced = _fmt(data, "--force")
    assert forced.returncode == 0, forced.stdout + forced.stderr
    assert path.read_bytes() == (ROOT / "data" / "signals.yaml").read_bytes()


def _fail_second_rename(monkeypatch: pytest.MonkeyPatch, into: Path) -> None:
    """The second rename of a file into `into` fails (renames elsewhere, such as a writer's own scratch files,
    are not counted)."""
    real_replace = os.replace
    calls = {"n": 0}

    def fail_on_second(src: str | os.PathLike[str], dst: str | os.PathLike[str]) -> None:
        calls["n"] += Path(dst).parent == into
        if calls["n"] == 2 and Path(dst).parent == into:
            raise OSError(28, "No space left on device")
        real_replace(src, dst)

    monkeypatch.setattr(os, "replace", fail_on_second)


def _snapshot(folder: Path) -> dict[str, bytes]:
    return {p.name: p.read_bytes() for p in sorted(folder.iterdir()) if p.is_file()}


@pytest.mark.parametrize("fmt, out_name", [("sqlite", "dataset.db"), ("datapackage", "package"), ("csv", "csv"),
                                           ("parquet", "parquet")])
@pytest.mark.parametrize("existing", [False, True], ids=["new", "replacing"])
def test_an_export_of_several_files_is_replaced_whole_or_not_at_all(
        data: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch, fmt: str, out_name: str, existing: bool) -> None:
    """The SQLite file and its Datasette metadata, a Data Package's descriptor and its CSVs: a failure half-way
    (the second rename) leaves the old set, or nothing where there was none; never a new file beside an old one."""
    from alliance_monitor import cli

    out = tmp_path / "out" / out_name
    folder = out.parent if fmt == "sqlite" else out
    if existing:
        assert cli.main(["export", "--format", fmt, "--out", str(out), str(data)]) == 0
        for path in folder.iterdir():
            # an older export, told apart from a new one (its first bytes kept: a SQLite file still looks like one)
            path.write_bytes(path.read_bytes()[:16] + b" old " + path.name.encode())
    before = _snapshot(folder) if folder.exists() else {}
    _fail_second_rename(monkeypatch, folder)
    assert cli.main(["export", "--format", fmt, "--out", str(out), str(data)]) == 2
    after = _snapshot(folder) if folder.exists() else {}
    assert after == before
    assert not folder.exists() or not _temps(folder)


def test_fmt_rewrites_every_file_or_none(data: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    from alliance_monitor import cli

    for kind in ("sources", "quotes", "signals"):  # three files out of canonical form (a harmless extra blank line)
        path = data / f"{kind}.yaml"
        path.write_text(path.read_text(encoding="utf-8") + "\n\n", encoding="utf-8")
    before = _snapshot(data)
    _fail_second_rename(monkeypatch, data)
    assert cli.main(["fmt", str(data)]) == 2
    assert _snapshot(data) == before and not _temps(data)
    monkeypatch.undo()
    assert cli.main(["fmt", str(data)]) == 0
    assert cli.main(["fmt", "--check", str(data)]) == 0


def test_the_schemas_are_rewritten_together(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    from alliance_monitor.schema import write_schemas

    out = tmp_path / "schema"
    write_schemas(out)
    for path in out.iterdir():
        path.write_text("{}\n", encoding="utf-8")  # every schema out of date
    before = _snapshot(out)
    _fail_second_rename(monkeypatch, out)
    with pytest.raises(OSError, match="No space"):
        write_schemas(out)
    assert _snapshot(out) == before and not _temps(out)
