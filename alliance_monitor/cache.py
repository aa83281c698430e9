"""An on-disk compiled cache of a validated dataset: the dashboard's cold start without parsing YAML.

`load(data_dir)` returns the validated dataset with its tables. The first call for a given content validates the
YAML (every rule, exactly as `validate` does), builds the tables and writes them to one pickle; later calls (a new
process, a restarted server) read that pickle instead, ~10x faster at 1000x the real data.

It can never serve stale data, because the key is the content, not the clock:

- the key hashes the bytes of the seven data files, the resolved data folder, the engine's own source files
  (a changed rule or table layout is a different key) and the versions of Python, pydantic, pandas and numpy;
- an entry also lists every seed it was validated against with the seed's SHA-256 (the one `sources.yaml`
  records and the validator checked), and it is used only if every seed still hashes to that value.

Hashing content rather than trusting modification times costs ~0.1 s for the 41 MB of the 1000x benchmark
dataset, and it cannot be fooled by tools that keep or restore times (`git checkout`, `cp -p`, `rsync -t`), by
coarse timestamps or by an edit that keeps a file's size. Only valid datasets are written. An entry that cannot be
read (truncated, corrupt, written by another version) is ignored, removed and rebuilt. Entries are written
atomically (a temporary file, then a rename), so a reader never sees half a file.

The cache folder is `<folder holding data/>/.cache/alliance_monitor/` (git-ignored), or `$ALLIANCE_MONITOR_CACHE`;
`ALLIANCE_MONITOR_CACHE=off` disables it. A folder that cannot be written only costs the speed-up. Pickles run
code when read: the cache folder must be as trusted as the code itself (it lives beside it).
"""

from __future__ import annotations

import contextlib
import copyreg
import hashlib
import io
import itertools
import os
import pickle
import sys
import threading
import time
import zlib
from collections.abc import Callable
from dataclasses import dataclass, field, fields
from pathlib import Path
from typing import Any, cast

import pandas as pd

from alliance_monitor import score
from alliance_monitor.load import Dataset, Problem, gc_paused, parse, seed_path
from alliance_monitor.models import RECORD_FILES, Actor, Event, Quote, Signal
from alliance_monitor.tables import Tables, build_tables
from alliance_monitor.validate import check
from alliance_monitor.yamlio import atomic_writer

CACHE_ENV = "ALLIANCE_MONITOR_CACHE"
FORMAT = 4
"""Bumped when the entry's layout changes (the engine's source hash changes with it anyway). 4: records are
slotted dataclasses (models.Record), not BaseModel instances."""

_PACKAGE = Path(__file__).resolve().parent


@dataclass(frozen=True)
class Compiled:
    """A validated dataset and everything built from it that does not depend on a session: read-only."""

    dataset: Dataset
    tables: Tables
    speaker_country: pd.Series
    """Per quote, the countries of its speakers (views.speaker_countries), which the quote filters need."""
    state_index: pd.DataFrame
    """score.index_table of the states at the codebook's weights: what the first page a visitor opens (the
    overview's map and findings) needs, computed once when the dataset is compiled rather than in that visit."""
    speaker_names: dict[str, str] = field(default_factory=dict)
    """Name of every actor who speaks in a quote or gives a signal, in the order of actors.yaml."""


@dataclass
class LoadInfo:
    """How a load went, for the benchmarks and the logs."""

    source: str = ""
    """"memory" (this process had it), "cache" (read from disk), "built" (validated now) or "invalid"."""
    key_seconds: float = 0.0
    read_seconds: float = 0.0
    build_seconds: float = 0.0
    write_seconds: float = 0.0
    path: Path | None = None
    note: str = ""


@dataclass
class Loaded:
    compiled: Compiled | None
    problems: list[Problem] = field(default_factory=list)
    info: LoadInfo = field(default_factory=LoadInfo)


# --- where and under which key -------------------------------------------------------------------------------


def cache_dir_for(data_dir: Path) -> Path | None:
    """The cache folder for a data folder, or None when caching is off."""
    configured = os.environ.get(CACHE_ENV, "").strip()
    if configured.lower() in {"off", "0", "no", "false", "none"}:
        return None
    if configured:
        return Path(configured)
    return data_dir.resolve().parent / ".cache" / "alliance_monitor"


_code_digest: str | None = None


def _engine_digest() -> str:
    """The engine's own source (every .py and .yaml of the package) and the libraries that shape an entry."""
    global _code_digest
    if _code_digest is None:
        import numpy
        import pydantic

        digest = hashlib.sha256(f"{FORMAT}|{sys.version}|{pydantic.VERSION}|{pd.__version__}|"
                                f"{numpy.__version__}".encode())
        for path in sorted(_PACKAGE.iterdir()):
            if path.suffix in {".py", ".yaml"} and path.is_file():
                digest.update(path.name.encode() + b"\0" + path.read_bytes() + b"\0")
        _code_digest = digest.hexdigest()
    return _code_digest


def content_key(data_dir: Path) -> str:
    """Hex key of the data files' content, the folder's place and the engine; seeds are checked per entry."""
    root = data_dir.resolve()
    digest = hashlib.sha256(f"{_engine_digest()}|{root}".encode())
    for kind in RECORD_FILES:
        path = root / f"{kind}.yaml"
        try:
            if not path.is_file():  # a pipe or device would block or never end: the validator reports it
                raise IsADirectoryError(path)
            raw = path.read_bytes()
        except OSError:
            digest.update(f"{kind}: unreadable\n".encode())
            continue
        digest.update(f"{kind}: {len(raw)}\n".encode())
        digest.update(raw)
    return digest.hexdigest()


def _folder_tag(data_dir: Path) -> str:
    return hashlib.sha256(str(data_dir.resolve()).encode()).hexdigest()[:12]


# --- compiling -----------------------------------------------------------------------------------------------

_DEFERRED = ("actors", "quotes", "signals", "events", "seeds")
"""What the dashboard reads only through the tables (or never, like the seed texts), read from the entry on first
use: 77,000 of the 79,000 records at 1000x the real data. Kept compressed until then (23 MB -> 5 MB)."""


class CachedDataset(Dataset):
    """A Dataset as the compiled cache stores it: `quotes`, `signals`, `events` and `seeds` are unpickled on
    first use.

    Reading the cache is mostly unpickling pydantic models (0.6 s of 0.7 s at 1000x the real data), and these
    kinds are most of them and 100 MB of memory; the pages read them through the tables, so only what asks for
    them (the whole-dataset download) pays for them, once.
    """

    # (on a plain Dataset these are dataclass fields; here they are read through these properties)
    @property
    def actors(self) -> tuple[Actor, ...]:
        return cast("tuple[Actor, ...]", self._deferred("actors"))

    @property
    def quotes(self) -> tuple[Quote, ...]:
        return cast("tuple[Quote, ...]", self._deferred("quotes"))

    @property
    def signals(self) -> tuple[Signal, ...]:
        return cast("tuple[Signal, ...]", self._deferred("signals"))

    @property
    def events(self) -> tuple[Event, ...]:
        return cast("tuple[Event, ...]", self._deferred("events"))

    @property
    def seeds(self) -> dict[str, str]:
        return cast("dict[str, str]", self._deferred("seeds"))

    def _deferred(self, name: str) -> Any:
        state = self.__dict__
        key = f"_deferred_{name}"
        if key not in state:
            with _deferred_lock:
                if key not in state:
                    with gc_paused():
                        state[key] = _unpack(state[f"_blob_{name}"])
                    state.pop(f"_blob_{name}", None)
        return state[key]

    def counts(self) -> dict[str, int]:
        return dict(self.__dict__["_counts"])

    @classmethod
    def of(cls, ds: Dataset) -> CachedDataset:
        """The same dataset, in the form that is pickled (the deferred parts already in hand here)."""
        cached = cls.__new__(cls)
        state = cached.__dict__
        for f in fields(Dataset):
            state[f.name if f.name not in _DEFERRED else f"_deferred_{f.name}"] = getattr(ds, f.name)
        state["_counts"] = ds.counts()
        return cached

    def __getstate__(self) -> dict[str, Any]:
        kept = {f.name for f in fields(Dataset)} | {"_counts"}
        state = {k: v for k, v in self.__dict__.items() if k in kept}
        for name in _DEFERRED:
            blob = self.__dict__.get(f"_blob_{name}")
            state[f"_blob_{name}"] = blob if blob is not None else _pack(self._deferred(name))
        return state

    def __setstate__(self, state: dict[str, Any]) -> None:
        self.__dict__.update(state)


_deferred_lock = threading.Lock()

PACK_SLICE = 1000
"""Records per pickle in a packed tuple (see _pack)."""


class _Compressing:
    """A file-like sink that compresses what a pickler writes, frame by frame (64 kB)."""

    def __init__(self) -> None:
        self._compressor = zlib.compressobj(1)
        self.parts: list[bytes] = []

    def write(self, data: bytes) -> int:
        self.parts.append(self._compressor.compress(data))
        return len(data)

    def close(self) -> bytes:
        self.parts.append(self._compressor.flush())
        return b"".join(self.parts)


def _pack(value: Any) -> bytes:
    """A deferred part as stored: zlib (level 1) of a run of pickles, a tuple in slices of PACK_SLICE records.

    A pickler keeps every object it has written (its memo) until it ends, and each pydantic model is written as a
    fresh state dict, so pickling the 18,000 quotes of the 1000x benchmark data as one pickle held all their states
    at once: with the whole uncompressed pickle, the cache write of a start without the compiled cache rose 36 MB
    above the build (single run, 2026-11-30). Here a pickle ends every PACK_SLICE records and the output is
    compressed as it is written. Objects shared across slices are written once per slice (the ids of the 7
    dimensions: kilobytes). `_unpack` gives back an equal value.
    """
    sink = _Compressing()
    if isinstance(value, tuple):
        pickle.dump(("tuple", -(-len(value) // PACK_SLICE)), sink, protocol=pickle.HIGHEST_PROTOCOL)
        for begin in range(0, len(value), PACK_SLICE):
            pickle.dump(value[begin:begin + PACK_SLICE], sink, protocol=pickle.HIGHEST_PROTOCOL)
    else:
        pickle.dump(("whole", 1), sink, protocol=pickle.HIGHEST_PROTOCOL)
        pickle.dump(value, sink, protocol=pickle.HIGHEST_PROTOCOL)
    return sink.close()


def _unpack(blob: bytes) -> Any:
    """The value `_pack` stored (ValueError for a blob of another layout)."""
    stream = io.BytesIO(zlib.decompress(blob))
    layout, count = pickle.load(stream)
    if layout == "whole":
        return pickle.load(stream)
    if layout != "tuple":
        raise ValueError(f"not a packed value: {layout!r}")
    return tuple(itertools.chain.from_iterable(pickle.load(stream) for _ in range(count)))


def compile_dataset(data_dir: Path, on_phase: Callable[[str], None] | None = None
                    ) -> tuple[Compiled | None, list[Problem]]:
    """Validate `data_dir` and build its tables (no cache involved): (compiled, []) or (None, problems).

    `on_phase(name)` is called as each phase ends ("parse", "check", "tables", "index", "compiled"), so that
    `benchmarks/build_memory.py` can read the process's memory there.

    Memory of a start without the compiled cache at 1000x the real data (VmRSS in one process, single runs on
    2026-11-30; imports 126 MB): the parse took it to 325 MB (the records: ~110 MB of pydantic models and their
    text, the files' bytes kept for error lines, the holes left by each file's plain document), the check kept it,
    `build_tables` to 434 MB (dict rows, Arrow buffers in pyarrow's own allocator), the cache write to 478 MB. Now
    308 (each plain mapping dropped as its record is built, `Located` slotted), 355 (tuple rows,
    `use_c_allocator_for_arrow`) and 365 (`_pack`, `_EntryPickler`). In the server, with the pages served and the
    entry written in the background, the peak went from 558 to 434 MB, then to 374-407 MB with slotted records
    (`models.Record`; `benchmarks/build_memory.py` prints the phases: this build's own peak fell from 394 to 342 MB
    over 162 MB of imports). The README's Performance section has the figures and what remains.
    """
    from alliance_monitor.views import speaker_countries

    phase = on_phase or (lambda name: None)
    use_c_allocator_for_arrow()
    with gc_paused():
        parsed = parse(data_dir)
        phase("parse")
        report = check(parsed)
        del parsed  # the check's report holds what it keeps (the records); the files' bytes can go
        phase("check")
        if report.dataset is None:
            return None, report.problems
        ds = report.dataset
        tables = build_tables(ds)
        phase("tables")
        speaking = set(tables.quote_speakers["speaker"]) | (set(tables.signals["actor"]) - {""})
        speakers = {a.id: a.name for a in ds.actors if a.id in speaking}
        state_index = score.index_table(tables.signals, score.default_weights(tables.dimensions), "state")
        phase("index")
        compiled = Compiled(CachedDataset.of(ds), tables, speaker_countries(tables), state_index, speakers)
        phase("compiled")
        return compiled, []


# --- reading and writing entries -----------------------------------------------------------------------------


def _seed_digests(compiled: Compiled) -> list[tuple[str, str]]:
    ds = compiled.dataset
    return [(str(seed_path(ds.data_dir, s)), s.sha256) for s in ds.sources]


def _seeds_unchanged(seeds: list[tuple[str, str]]) -> bool:
    for path, sha256 in seeds:
        try:
            with open(path, "rb") as handle:  # (not Path(): 2,000 of them cost 30 ms at 1000x)
                if hashlib.sha256(handle.read()).hexdigest() != sha256:
                    return False
        except OSError:
            return False
    return True


def _read_entry(path: Path, key: str) -> tuple[Compiled, list[tuple[str, str]]] | None:
    """The entry's dataset and seed digests if it is whole, has this key and every seed is unchanged; else None.

    An entry is two pickles in one file: a small header (format, key, seed digests), then the dataset. The seeds are
    hashed in a thread while the dataset is read (reading files and hashing release the interpreter lock).
    """
    checked: dict[str, bool] = {}
    checker: threading.Thread | None = None
    use_c_allocator_for_arrow()
    try:
        with gc_paused(), path.open("rb") as handle:
            header = pickle.load(handle)
            if (not isinstance(header, dict) or header.get("format") != FORMAT or header.get("key") != key
                    or not isinstance(header.get("seeds"), list)):
                raise ValueError("not an entry of this format and key")
            seeds: list[tuple[str, str]] = header["seeds"]
            checker = threading.Thread(target=lambda: checked.update(ok=_seeds_unchanged(seeds)),
                                       name="alliance-monitor-seed-check", daemon=True)
            checker.start()
            compiled = pickle.load(handle)
            if not isinstance(compiled, Compiled):
                raise ValueError("not a compiled dataset")
    except FileNotFoundError:
        return None
    except Exception:  # truncated, corrupt, another format or key, or classes that no longer load: rebuild
        with contextlib.suppress(OSError):
            path.unlink()
        return None
    finally:
        if checker is not None:
            checker.join()
    if not checked.get("ok"):
        return None
    return compiled, seeds


class _EntryPickler(pickle.Pickler):
    """A pickler that writes a pandas Arrow-backed column of one chunk as it is, not as a copy.

    pandas' `ArrowExtensionArray.__getstate__` (3.1) writes `combine_chunks()`, which copies even a column of one
    chunk, and a pickler keeps what it wrote (its memo) to the end: every text column of the tables at once, 31 MB
    at 1000x the real data (single run, 2026-11-30), on top of what a start without the compiled cache holds when it
    writes its entry. This writes the state pandas writes with the chunk in the copy's place; pandas' own
    `__setstate__` reads it (as a one-chunk ChunkedArray, as before), so the entry reads back equal (test_cache).
    Any other object, or a column of several chunks or an offset, is pickled as usual.
    """

    def reducer_override(self, obj: Any) -> Any:
        if isinstance(obj, pd.arrays.ArrowExtensionArray) and (
                type(obj).__getstate__ is pd.arrays.ArrowExtensionArray.__getstate__):
            chunked = obj.__dict__.get("_pa_array")
            if chunked is not None and chunked.num_chunks == 1 and chunked.chunk(0).offset == 0:
                state = dict(obj.__dict__, _pa_array=chunked.chunk(0), _cache={})
                return copyreg.__newobj__, (type(obj),), state, None, None  # type: ignore[attr-defined]
        return NotImplemented


def _write_entry(folder: Path, path: Path, key: str, compiled: Compiled) -> None:
    """Write atomically, then remove this data folder's other (stale) entries."""
    folder.mkdir(parents=True, exist_ok=True)
    header = {"format": FORMAT, "key": key, "seeds": _seed_digests(compiled)}
    with atomic_writer(path, binary=True) as handle:
        pickle.dump(header, handle, protocol=pickle.HIGHEST_PROTOCOL)
        _EntryPickler(handle, protocol=pickle.HIGHEST_PROTOCOL).dump(compiled)
    prefix = path.name.split("-", 1)[0] + "-"
    for other in folder.glob(f"{prefix}*.pickle"):
        if other != path:
            with contextlib.suppress(OSError):
                other.unlink()
    for leftover in folder.glob(f".{prefix}*.tmp"):  # writes cut short by an exit, long ago
        with contextlib.suppress(OSError):
            if time.time() - leftover.stat().st_mtime > 600:
                leftover.unlink()


# --- the entry point -----------------------------------------------------------------------------------------

BACKGROUND_WRITE_DELAY = 5.0
"""Seconds between a build and its background write (the dashboard's first page is served meanwhile)."""

_memory_lock = threading.Lock()
_memory: dict[str, tuple[str, list[tuple[str, str]], Compiled]] = {}
"""Per data folder, the last compiled dataset with its key: a reload after a mere `touch` costs only the key."""


def load(data_dir: Path, *, use_disk: bool = True, write_in_background: bool = False) -> Loaded:
    """The validated, compiled dataset of `data_dir` (from memory, the disk cache, or built now), or its problems.

    Concurrent callers are serialised: a second session waits for the first build instead of repeating it.
    With `write_in_background`, a new entry is written by a thread once this call has returned (the dashboard:
    its first page does not wait the second it takes to write 80 MB at 1000x the real data).
    """
    info = LoadInfo()
    with _memory_lock:
        began = time.perf_counter()
        key = content_key(data_dir)
        info.key_seconds = time.perf_counter() - began
        folder = cache_dir_for(data_dir) if use_disk else None
        root = str(data_dir.resolve())
        remembered = _memory.get(root)
        if remembered is not None and remembered[0] == key and _seeds_unchanged(remembered[1]):
            info.source = "memory"
            return Loaded(remembered[2], [], info)
        _memory.pop(root, None)
        path = folder / f"{_folder_tag(data_dir)}-{key[:32]}.pickle" if folder is not None else None
        info.path = path
        if path is not None:
            began = time.perf_counter()
            entry = _read_entry(path, key)
            info.read_seconds = time.perf_counter() - began
            if entry is not None:
                info.source = "cache"
                _memory[root] = (key, entry[1], entry[0])  # the entry's own seed list (2,000 paths resolved at 1000x)
                return Loaded(entry[0], [], info)
        began = time.perf_counter()
        compiled, problems = compile_dataset(data_dir)
        return_freed_memory()
        info.build_seconds = time.perf_counter() - began
        if compiled is None:
            info.source = "invalid"
            return Loaded(None, problems, info)
        info.source = "built"
        if content_key(data_dir) != key:
            # a file changed while it was being read: serve what was validated, but store it under no key
            info.note = "the data changed while it was read: not cached"
            return Loaded(compiled, [], info)
        if path is not None and folder is not None:
            if write_in_background:
                # a little later: pickling holds the interpreter for a second, which the first page should not share
                writer = threading.Timer(BACKGROUND_WRITE_DELAY, _write_quietly, args=(folder, path, key, compiled))
                writer.name = "alliance-monitor-cache-writer"
                writer.daemon = True  # never hold up the server's exit (an unfinished write leaves only a .tmp)
                writer.start()
            else:
                began = time.perf_counter()
                info.note = _write_quietly(folder, path, key, compiled)
                info.write_seconds = time.perf_counter() - began
        _memory[root] = (key, _seed_digests(compiled), compiled)
        return Loaded(compiled, [], info)


def use_c_allocator_for_arrow() -> None:
    """Let pyarrow (the tables' text columns, pandas' `str` dtype) allocate with the C allocator, as Python's own
    large objects do, instead of its bundled mimalloc.

    Memory freed by one is then reused by the other (the rows and Python strings a build frees become the columns'
    buffers), and `return_freed_memory` can give it back. A start without the compiled cache at 1000x the real data
    peaked at 407 MB in `build_tables` with mimalloc and 355 MB with the C allocator, and its cache write at 465 and
    414 MB (single runs, 2026-11-30; `benchmarks/run.py` for the server's figures). pyarrow's own documented switch
    (`pyarrow.set_memory_pool`, or ARROW_DEFAULT_MEMORY_POOL=system); process-wide, so set once, before a load.
    """
    try:
        import pyarrow
    except ImportError:  # pragma: no cover - pandas then stores text as Python objects
        return
    if pyarrow.default_memory_pool().backend_name != "system":
        pyarrow.set_memory_pool(pyarrow.system_memory_pool())


def return_freed_memory() -> None:
    """Give memory freed to the C allocator back to the system (glibc's `malloc_trim`; elsewhere nothing).

    glibc keeps what a process frees for its own reuse, and memory freed in the middle of its heap stays mapped
    when later allocations are shaped differently: each page's first run at 1000x the real data left 12-25 MB of
    it, and visiting the six pages took a server started without the compiled cache from 346 to 408 MB; with a
    trim after every script run it ended at 376 MB (one run each way, pages one second apart, 2026-11-30). The
    peak of such a start is not lowered by this: it comes during the background cache write (379-400 MB over six
    starts either way). Called after a build (the YAML and its line maps: 70 MB of the 630 MB a 1000x build leaves
    behind; Python keeps the rest in its own arenas), after a cache write, and at the end of every script run of
    the dashboard; it takes about 0.5 ms.
    """
    if sys.platform.startswith("linux"):
        with contextlib.suppress(OSError, AttributeError):
            import ctypes

            ctypes.CDLL("libc.so.6").malloc_trim(0)


def _write_quietly(folder: Path, path: Path, key: str, compiled: Compiled) -> str:
    """Write an entry; a folder that cannot be written (read-only checkout, full disk) only costs the speed-up."""
    try:
        with gc_paused():
            _write_entry(folder, path, key, compiled)
    except OSError as exc:
        return f"cache not written: {exc}"
    finally:
        return_freed_memory()  # the pickling's buffers: 26 MB at 1000x the real data
    return ""


def forget() -> None:
    """Drop the in-process copy (the disk cache stays): the next load reads the disk or validates again."""
    with _memory_lock:
        _memory.clear()


def main(argv: list[str] | None = None) -> int:
    """`python -m alliance_monitor cache [DATA_DIR]`: validate and write the compiled cache ahead of serving.

    A deployment can run it before starting the server: the server then starts from the cache (about 2 s at 1000x
    the real data) and never holds the memory a build from YAML leaves behind. Exit 1 when the data is invalid.
    """
    import argparse

    from alliance_monitor.load import data_dir_from_env, display_path

    parser = argparse.ArgumentParser(prog="python -m alliance_monitor cache", description=main.__doc__)
    parser.add_argument("data_dir", nargs="?", help="data folder (default: $ALLIANCE_MONITOR_DATA or data/)")
    args = parser.parse_args(argv)
    data_dir = Path(args.data_dir) if args.data_dir else data_dir_from_env()
    loaded = load(data_dir)
    if loaded.compiled is None:
        for problem in loaded.problems:
            print(problem)
        print(f"{len(loaded.problems)} problem(s): nothing cached", file=sys.stderr)
        return 1
    info = loaded.info
    if info.path is not None and not info.path.is_file():
        # this command's whole purpose is the file: a cache that could not be written is a failure here
        print(f"cache: {display_path(data_dir)} is valid, but {info.note or 'the cache was not written'}",
              file=sys.stderr)
        return 2
    where = display_path(info.path) if info.path is not None else "nowhere (caching is off)"
    print(f"{info.source}: {display_path(data_dir)} -> {where} "
          f"(key {info.key_seconds:.2f} s, read {info.read_seconds:.2f} s, build {info.build_seconds:.2f} s, "
          f"write {info.write_seconds:.2f} s){' ' + info.note if info.note else ''}")
    return 0


if __name__ == "__main__":
    # run the imported module's main, not this copy: run as `-m`, this file's classes belong to `__main__`, and an
    # entry pickled from them could never be read back by the dashboard
    from alliance_monitor import cache as _module

    sys.exit(_module.main())
