"""The on-disk compiled cache (alliance_monitor/cache.py): used when the files are unchanged, never stale when they
change (content, not times), rebuilt when unreadable, never written for invalid data."""

from __future__ import annotations

import io
import os
import pickle
import subprocess
import sys
import zlib
from collections.abc import Iterator
from pathlib import Path

import pandas as pd
import pytest

from alliance_monitor import cache, score


@pytest.fixture
def cache_dir(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Iterator[Path]:
    folder = tmp_path / "compiled"
    monkeypatch.setenv(cache.CACHE_ENV, str(folder))
    cache.forget()
    yield folder
    cache.forget()


def _entries(folder: Path) -> list[Path]:
    return sorted(folder.glob("*.pickle"))


def _load_fresh(data_dir: Path) -> cache.Loaded:
    """A load as a new process does it (the in-process copy forgotten)."""
    cache.forget()
    return cache.load(data_dir)


def _edit_keeping_size_and_time(path: Path, old: str, new: str) -> None:
    """Replace `old` by `new` (same length) and put the modification time back: what mtime+size keys miss."""
    assert len(old.encode()) == len(new.encode())
    before = path.stat()
    text = path.read_text(encoding="utf-8")
    assert old in text
    path.write_text(text.replace(old, new, 1), encoding="utf-8")
    os.utime(path, ns=(before.st_atime_ns, before.st_mtime_ns))
    assert path.stat().st_size == before.st_size


def test_second_process_reads_the_compiled_cache(fixture_copy: Path, cache_dir: Path) -> None:
    built = _load_fresh(fixture_copy)
    assert built.info.source == "built" and built.compiled is not None
    assert len(_entries(cache_dir)) == 1
    again = _load_fresh(fixture_copy)
    assert again.info.source == "cache" and again.compiled is not None
    assert again.compiled.dataset.counts() == built.compiled.dataset.counts()
    pd.testing.assert_frame_equal(again.compiled.tables.signals, built.compiled.tables.signals)
    assert again.compiled.dataset.quotes == built.compiled.dataset.quotes
    # the overview's index table, compiled with the dataset, is what scoring gives at the codebook's weights
    t = again.compiled.tables
    assert not again.compiled.state_index.empty
    pd.testing.assert_frame_equal(again.compiled.state_index,
                                  score.index_table(t.signals, score.default_weights(t.dimensions), "state"))
    assert cache.load(fixture_copy).info.source == "memory"  # same process, same content


def test_a_data_file_edited_in_place_is_never_served_stale(fixture_copy: Path, cache_dir: Path) -> None:
    first = _load_fresh(fixture_copy)
    assert first.compiled is not None
    signals = fixture_copy / "signals.yaml"
    rationale = first.compiled.dataset.signals[0].rationale
    changed = rationale[:-1] + ("X" if rationale[-1] != "X" else "Y")
    _edit_keeping_size_and_time(signals, rationale, changed)
    again = _load_fresh(fixture_copy)
    assert again.info.source == "built" and again.compiled is not None
    assert again.compiled.dataset.signals[0].rationale == changed
    assert len(_entries(cache_dir)) == 1  # the stale entry of this folder is removed


def test_a_seed_edited_in_place_is_never_served_stale(fixture_copy: Path, cache_dir: Path) -> None:
    assert _load_fresh(fixture_copy).compiled is not None
    seed = next((fixture_copy.parent / "seeds").glob("*.txt"))
    text = seed.read_text(encoding="utf-8")
    i = next(i for i, c in enumerate(text) if c.isalpha() and c.isascii())
    _edit_keeping_size_and_time(seed, text[i:i + 1], "Z" if text[i] != "Z" else "Q")
    again = _load_fresh(fixture_copy)
    assert again.info.source == "invalid"  # validated again: the seed no longer matches its SHA-256
    assert any("SHA-256" in p.message for p in again.problems)


def test_a_corrupt_entry_is_ignored_and_rebuilt(fixture_copy: Path, cache_dir: Path) -> None:
    assert _load_fresh(fixture_copy).info.source == "built"
    (entry,) = _entries(cache_dir)
    entry.write_bytes(entry.read_bytes()[: entry.stat().st_size // 2])  # truncated
    assert _load_fresh(fixture_copy).info.source == "built"
    entry.write_bytes(b"not a pickle at all")
    assert _load_fresh(fixture_copy).info.source == "built"
    assert _load_fresh(fixture_copy).info.source == "cache"


def test_invalid_data_is_not_cached(fixture_copy: Path, cache_dir: Path) -> None:
    quotes = fixture_copy / "quotes.yaml"
    quotes.write_text(quotes.read_text(encoding="utf-8").replace("source: ", "source: no-such-", 1),
                      encoding="utf-8")
    loaded = _load_fresh(fixture_copy)
    assert loaded.compiled is None and loaded.problems and loaded.info.source == "invalid"
    assert not _entries(cache_dir)


def test_cache_can_be_turned_off(fixture_copy: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv(cache.CACHE_ENV, "off")
    assert cache.cache_dir_for(fixture_copy) is None
    assert _load_fresh(fixture_copy).info.source == "built"
    assert _load_fresh(fixture_copy).info.source == "built"
    cache.forget()


def test_key_follows_content_and_engine(fixture_copy: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    key = cache.content_key(fixture_copy)
    assert cache.content_key(fixture_copy) == key
    events = fixture_copy / "events.yaml"
    events.write_text(events.read_text(encoding="utf-8") + "\n", encoding="utf-8")
    assert cache.content_key(fixture_copy) != key
    key = cache.content_key(fixture_copy)
    monkeypatch.setattr(cache, "_code_digest", "another engine")
    assert cache.content_key(fixture_copy) != key


def test_the_cache_can_be_built_ahead_of_serving(fixture_copy: Path, cache_dir: Path,
                                                 capsys: pytest.CaptureFixture[str]) -> None:
    assert cache.main([str(fixture_copy)]) == 0
    assert capsys.readouterr().out.startswith("built: ")
    assert len(_entries(cache_dir)) == 1
    cache.forget()
    assert cache.main([str(fixture_copy)]) == 0
    assert capsys.readouterr().out.startswith("cache: ")
    (fixture_copy / "quotes.yaml").write_text("- id: [not, an, id]\n", encoding="utf-8")
    assert cache.main([str(fixture_copy)]) == 1


@pytest.mark.parametrize("command", [["alliance_monitor", "cache"], ["alliance_monitor.cache"]])
def test_an_entry_written_by_the_command_line_is_read_by_a_new_process(
        fixture_copy: Path, cache_dir: Path, command: list[str]) -> None:
    """Run as `-m`, a module's classes live in `__main__`: an entry pickled from them could not be read back."""
    def run() -> str:
        done = subprocess.run([sys.executable, "-m", *command, str(fixture_copy)], capture_output=True, text=True,
                              env={**os.environ, cache.CACHE_ENV: str(cache_dir)}, check=False, timeout=120)
        assert done.returncode == 0, done.stderr
        return done.stdout

    assert run().startswith("built: ")
    assert run().startswith("cache: ")
    assert _load_fresh(fixture_copy).info.source == "cache"


def test_an_entry_reads_back_every_part_and_table_equal(fixture_copy: Path, cache_dir: Path,
                                                        monkeypatch: pytest.MonkeyPatch) -> None:
    """The write keeps less in memory (deferred parts pickled in slices, compressed as written; one-chunk Arrow
    columns written without pandas' copy): what is read back is still equal, part by part and table by table."""
    monkeypatch.setattr(cache, "PACK_SLICE", 2)  # the fixture's records then span several slices
    built = _load_fresh(fixture_copy)
    assert built.compiled is not None and built.info.source == "built"
    again = _load_fresh(fixture_copy)
    assert again.compiled is not None and again.info.source == "cache"
    for name in ("actors", "quotes", "signals", "events", "seeds"):
        assert getattr(again.compiled.dataset, name) == getattr(built.compiled.dataset, name), name
    assert len(again.compiled.dataset.quotes) > 2 * cache.PACK_SLICE
    for name in ("states", "dimensions", "sources", "actors", "quotes", "quote_speakers", "signals", "events",
                 "event_states"):
        before, after = getattr(built.compiled.tables, name), getattr(again.compiled.tables, name)
        pd.testing.assert_frame_equal(after, before, check_exact=True)
        assert dict(after.dtypes) == dict(before.dtypes)


def test_packed_parts_are_pickled_in_slices(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(cache, "PACK_SLICE", 3)
    value = tuple({"n": i} for i in range(8))
    blob = cache._pack(value)
    stream = io.BytesIO(zlib.decompress(blob))
    assert pickle.load(stream) == ("tuple", 3)
    assert [len(pickle.load(stream)) for _ in range(3)] == [3, 3, 2]
    assert cache._unpack(blob) == value
    assert cache._unpack(cache._pack({"seed": "text"})) == {"seed": "text"}
    assert cache._unpack(cache._pack(())) == ()


def test_a_one_chunk_arrow_column_is_written_without_a_copy() -> None:
    """pandas pickles an Arrow column as a copy (combine_chunks), which the pickler keeps to its end."""
    column = pd.Series(["alpha", "beta", None], dtype="str").array
    if not isinstance(column, pd.arrays.ArrowExtensionArray):
        pytest.skip("pandas stores text without pyarrow here")
    chunk = column._pa_array.chunk(0)  # type: ignore[attr-defined]  # pandas keeps its Arrow data here
    reduced = cache._EntryPickler(io.BytesIO()).reducer_override(column)
    assert reduced is not NotImplemented
    assert reduced[2]["_pa_array"].buffers()[2].address == chunk.buffers()[2].address  # the column's own text
    buffer = io.BytesIO()
    cache._EntryPickler(buffer, protocol=pickle.HIGHEST_PROTOCOL).dump(pd.Series(column))
    pd.testing.assert_series_equal(pickle.loads(buffer.getvalue()), pd.Series(column), check_exact=True)


def test_a_build_names_each_phase_as_it_ends_and_stops_after_the_check_when_invalid(fixture_copy: Path) -> None:
    seen: list[str] = []
    compiled, problems = cache.compile_dataset(fixture_copy, on_phase=seen.append)
    assert compiled is not None and problems == []
    assert seen == ["parse", "check", "tables", "index", "compiled"]
    (fixture_copy / "quotes.yaml").write_text("- id: [broken\n", encoding="utf-8")
    seen.clear()
    compiled, problems = cache.compile_dataset(fixture_copy, on_phase=seen.append)
    assert compiled is None and problems
    assert seen == ["parse", "check"]


FREED_IN_THE_MIDDLE = """
import sys
from alliance_monitor import cache

def rss_mb():
    with open("/proc/self/status") as status:
        return next(int(line.split()[1]) / 1024 for line in status if line.startswith("VmRSS:"))

# 60 MB of 4 kB objects (glibc's heap, not Python's arenas); keep every 64th, so the heap's top is still in use and
# free() alone returns nothing to the system
blocks = [bytes(4096) for _ in range(15_000)]
kept = blocks[::64]
del blocks
before = rss_mb()
cache.return_freed_memory()
print(before - rss_mb())
"""


@pytest.mark.skipif(not sys.platform.startswith("linux"), reason="glibc's malloc_trim")
def test_freed_memory_in_the_middle_of_the_heap_goes_back_to_the_system() -> None:
    # what the dashboard calls after every script run: without it the pages' freed buffers stay mapped (cache.py)
    result = subprocess.run([sys.executable, "-c", FREED_IN_THE_MIDDLE], capture_output=True, text=True, check=True,
                            cwd=Path(__file__).resolve().parents[2])
    assert float(result.stdout) > 40, result.stdout
