"""Read the data folder into typed records, collecting every problem instead of stopping at the first."""

from __future__ import annotations

import contextlib
import gc
import hashlib
import os
import threading
import unicodedata
from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass, field
from functools import cached_property
from pathlib import Path
from typing import Any, Generic, TypeVar

from pydantic import ValidationError

from alliance_monitor.models import (
    EXTRA_FIELD_ERRORS,
    RECORD_FILES,
    RECORD_KEYS,
    RULE_ERROR,
    SINGLETON_FILES,
    Actor,
    Alliance,
    ChangelogEntry,
    Codebook,
    Event,
    Quote,
    Record,
    Signal,
    Source,
)
from alliance_monitor.yamlio import YamlError, explain_value, locate, parse_yaml, read_data_file

DATA_ENV = "ALLIANCE_MONITOR_DATA"
DEFAULT_DATA_DIR = Path("data")


def data_dir_from_env() -> Path:
    """The data folder: $ALLIANCE_MONITOR_DATA, else `data/` beside the package's project root."""
    configured = os.environ.get(DATA_ENV)
    if configured:
        return Path(configured)
    return Path(__file__).resolve().parent.parent / DEFAULT_DATA_DIR


@dataclass(frozen=True, order=True)
class Problem:
    """One thing wrong with the data, printable as `path:line: record.field: message`."""

    path: str
    line: int
    record: str
    field: str
    message: str

    def __str__(self) -> str:
        where = f"{self.record}.{self.field}" if self.field else self.record
        return f"{self.path}:{self.line}: {where}: {self.message}"


class InvalidDataset(Exception):
    def __init__(self, problems: list[Problem]) -> None:
        super().__init__(f"{len(problems)} problem(s) in the data")
        self.problems = problems


R = TypeVar("R", bound=Record)


class DataFile:
    """A data file's bytes as they were read, for finding the lines of the problems found in them.

    A file is read without lines (lines double the memory of a 1000x dataset's parse: 320 MB) and read again, from
    these same bytes, only when a problem in it needs its line.
    """

    def __init__(self, path: Path, raw: bytes) -> None:
        self.path, self.raw = path, raw
        self._tree: Any = None

    def tree(self) -> Any:
        """The document with lines (LineDict/LineList), read once on first use."""
        if self._tree is None:
            self._tree = parse_yaml(self.path, self.raw, lines=True)
        return self._tree

    def item(self, index: int | None) -> Any:
        """Record `index` of a list file with its lines (the document itself for None)."""
        tree = self.tree()
        if index is None:
            return tree
        return tree[index] if isinstance(tree, list) and 0 <= index < len(tree) else None


@dataclass(slots=True)
class Located(Generic[R]):
    """A parsed record and where it came from, for reporting problems found later.

    Slotted: one per record (79,000 at 1000x the real data), and an instance `__dict__` cost 8 MB of them.
    """

    record: R
    path: str
    origin: DataFile
    index: int | None
    """Position in its file's list (None for a file that holds one mapping)."""
    record_id: str

    def problem(self, loc: tuple[int | str, ...], message: str) -> Problem:
        line, field_path = locate(self.origin.item(self.index), loc)
        return Problem(self.path, line, self.record_id, field_path, message)


@dataclass
class Parsed:
    """Everything read from a data folder: records with their locations, and the problems met."""

    data_dir: Path
    records: dict[str, list[Located[Any]]] = field(default_factory=dict)
    problems: list[Problem] = field(default_factory=list)
    files_read: int = 0
    invalid_ids: dict[str, set[str]] = field(default_factory=dict)
    """Ids of records that failed their own schema check, per kind: references to them are not reported again."""

    def of(self, kind: str) -> list[Located[Any]]:
        return self.records.get(kind, [])


def display_path(path: Path) -> str:
    try:
        return str(path.resolve().relative_to(Path.cwd().resolve()))
    except ValueError:
        return str(path)


def _record_id(raw: Any, index: int, kind: str) -> str:
    key = RECORD_KEYS.get(kind, "id")
    if isinstance(raw, dict) and isinstance(raw.get(key), str):
        return str(raw[key])
    return kind if kind in SINGLETON_FILES else f"{kind}[{index}]"


def _validation_problems(
    err: ValidationError, raw: Any, path: str, record_id: str
) -> Iterable[Problem]:
    for item in err.errors(include_url=False):
        loc = tuple(item["loc"])
        if item["type"] == RULE_ERROR:  # a rule over several fields names the one to blame
            loc = (*loc, *item.get("ctx", {}).get("at", ()))
        line, field_path = locate(raw, loc)
        message = item["msg"]
        explained = explain_value(raw, loc) if item["type"] not in EXTRA_FIELD_ERRORS else None
        if explained:  # `troops: 02500`: say what YAML read and how to write it, not "not a valid integer"
            message = explained
        elif item["type"] in EXTRA_FIELD_ERRORS:
            message = "unknown field (not in the schema)"
        elif item["type"] == "missing":
            message = "required field is missing"
        elif message.startswith("Value error, "):
            message = message.removeprefix("Value error, ")
        yield Problem(path, line, record_id, field_path, message)


NOT_NFC = "text is not in Unicode NFC form"
"""Start of the message of every non-NFC problem in a data file: the ones `fmt` may fix (by normalising)."""


def _not_nfc(node: Any, loc: tuple[int | str, ...]) -> Iterator[tuple[int | str, ...]]:
    """Locations (as for `locate`) of the keys and strings in `node` that are not NFC."""
    if isinstance(node, str):
        if not unicodedata.is_normalized("NFC", node):
            yield loc
    elif isinstance(node, dict):
        for key, value in node.items():
            if isinstance(key, str) and not unicodedata.is_normalized("NFC", key):
                yield (*loc, key)
            yield from _not_nfc(value, (*loc, key))
    elif isinstance(node, list):
        for index, value in enumerate(node):
            yield from _not_nfc(value, (*loc, index))


def _nfc_problems(origin: DataFile, indexes: list[int | None], items: list[Any], shown: str,
                  kind: str) -> Iterator[Problem]:
    """One problem per string of a data file that is not NFC (README, "The data": text is stored NFC).

    Decomposed text ("s" + combining caron for "š") looks the same as composed text but compares unequal: an alias
    typed so would never match, a span's text would never equal an NFC seed. It is reported, not silently changed,
    so that the file says what the curator wrote; `fmt` normalises it. Run only for a file that is not NFC as a
    whole (one C-speed check of its text), so the walk costs nothing on good data.
    """
    for index, item in zip(indexes, items, strict=True):
        tree = origin.item(index)
        record_id = _record_id(item, index or 0, kind)
        for loc in _not_nfc(item, ()):
            line, field_path = locate(tree, loc)
            yield Problem(shown, line, record_id, field_path,
                          f"{NOT_NFC} (it holds decomposed characters: it looks the same as the composed form but "
                          "never compares equal to it); run `python -m alliance_monitor fmt` to normalise it")


def parse(data_dir: Path) -> Parsed:
    """Read and schema-check every data file; cross-record rules are `validate.check`'s job."""
    parsed = Parsed(data_dir=data_dir)
    if not data_dir.is_dir():
        parsed.problems.append(Problem(str(data_dir), 0, "(folder)", "", "data folder does not exist"))
        return parsed
    for kind, model in RECORD_FILES.items():
        path = data_dir / f"{kind}.yaml"
        shown = display_path(path)
        if not path.exists():
            parsed.problems.append(Problem(shown, 0, "(file)", "", f"missing data file {kind}.yaml"))
            continue
        try:
            origin = DataFile(path, read_data_file(path))
            raw = parse_yaml(path, origin.raw, lines=False)
        except YamlError as exc:
            parsed.problems.append(Problem(shown, exc.line, "(file)", "", exc.message))
            continue
        parsed.files_read += 1
        indexes: list[int | None]
        if kind in SINGLETON_FILES:
            if not isinstance(raw, dict):
                parsed.problems.append(Problem(shown, 1, "(file)", "", f"{kind}.yaml must hold one mapping"))
                continue
            items: list[Any] = [raw]
            indexes = [None]
        else:
            if raw is None:
                raw = []
            if not isinstance(raw, list):
                parsed.problems.append(Problem(shown, getattr(origin.tree(), "line", 1), "(file)", "",
                                               f"{kind}.yaml must hold a list"))
                continue
            items = raw
            indexes = list(range(len(items)))
        located: list[Located[Any]] = []
        not_nfc = not origin.raw.isascii() and not unicodedata.is_normalized("NFC", origin.raw.decode("utf-8"))
        for position, (index, item) in enumerate(zip(indexes, items, strict=True)):
            record_id = _record_id(item, index or 0, kind)
            try:
                record = model.model_validate(item)
            except ValidationError as err:
                parsed.problems.extend(_validation_problems(err, origin.item(index), shown, record_id))
                key = RECORD_KEYS.get(kind, "id")
                if isinstance(item, dict) and isinstance(item.get(key), str):
                    parsed.invalid_ids.setdefault(kind, set()).add(item[key])
                continue
            located.append(Located(record, shown, origin, index, record_id))
            if not not_nfc:
                # Drop the plain mapping as soon as its record exists, so that the records built next reuse its
                # memory: holding the whole document until the file's last record left it as free holes in Python's
                # arenas (at 1000x the real data the parse peaked at 325 MB, now 308: see cache.compile_dataset).
                items[position] = None
        if not_nfc:
            parsed.problems.extend(_nfc_problems(origin, indexes, items, shown, kind))
        del raw, items  # the plain document is no longer needed: the records and the file's bytes stay
        parsed.records[kind] = located
    return parsed


_gc_lock = threading.Lock()
_gc_depth = 0
_gc_was_enabled = False


@contextlib.contextmanager
def gc_paused() -> Iterator[None]:
    """Pause the cyclic garbage collector while building millions of long-lived objects.

    Each collection scans every tracked object, and a growing heap triggers them over and over: at 1000x the
    real data, parsing took 35 s with the collector on and 14 s with it off. Nothing built here is cyclic
    garbage. Nested and concurrent uses (sessions in threads) restore the collector only when the last ends.
    """
    global _gc_depth, _gc_was_enabled
    with _gc_lock:
        if _gc_depth == 0:
            _gc_was_enabled = gc.isenabled()
            gc.disable()
        _gc_depth += 1
    try:
        yield
    finally:
        with _gc_lock:
            _gc_depth -= 1
            if _gc_depth == 0 and _gc_was_enabled:
                gc.enable()


def sha256_of(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


def _file_stats(folder: Path) -> Iterator[str]:
    """`path size mtime ctime inode` of every file under `folder` (recursively, hidden names skipped)."""
    try:
        entries = sorted(os.scandir(folder), key=lambda e: e.name)
    except OSError:
        return
    for entry in entries:
        if entry.name.startswith("."):
            continue
        try:
            if entry.is_dir():
                yield from _file_stats(Path(entry.path))
            elif entry.is_file():
                stat = entry.stat()
                yield f"{entry.path}\0{stat.st_size}\0{stat.st_mtime_ns}\0{stat.st_ctime_ns}\0{stat.st_ino}\n"
        except OSError:
            continue


def files_fingerprint(data_dir: Path) -> str:
    """Cheap identity of a dataset on disk (names, sizes, times, inodes of data and seed files), for cache keys.

    The change time and inode catch what size and modification time alone miss: a time set back (`touch -d`,
    `cp -p`) or a file replaced by a rename. One `scandir` pass: 5 ms for 2,000 seeds (`rglob` took 31 ms).
    """
    return files_fingerprint_and_count(data_dir)[0]


def files_fingerprint_and_count(data_dir: Path) -> tuple[str, int]:
    """`files_fingerprint` and the number of files it covers."""
    digest = hashlib.sha256()
    root = data_dir.resolve()
    count = 0
    for folder in (root, root.parent / "seeds"):
        for line in _file_stats(folder):
            digest.update(line.encode())
            count += 1
    return digest.hexdigest()[:16], count


T = TypeVar("T")


def _index(records: Iterable[T], key: Callable[[T], str]) -> dict[str, T]:
    return {key(r): r for r in records}


@dataclass(frozen=True)
class Dataset:
    """A validated dataset: read-only, shared by every page and session."""

    data_dir: Path
    alliance: Alliance
    codebook: Codebook
    sources: tuple[Source, ...]
    actors: tuple[Actor, ...]
    quotes: tuple[Quote, ...]
    signals: tuple[Signal, ...]
    events: tuple[Event, ...]
    seeds: dict[str, str]
    """Seed text per source id."""
    changelog: tuple[ChangelogEntry, ...] = ()
    """The dataset's published versions, newest first (changelog.yaml)."""

    @cached_property
    def source_by_id(self) -> dict[str, Source]:
        return _index(self.sources, lambda s: s.id)

    @cached_property
    def actor_by_id(self) -> dict[str, Actor]:
        return _index(self.actors, lambda a: a.id)

    @cached_property
    def quote_by_id(self) -> dict[str, Quote]:
        return _index(self.quotes, lambda q: q.id)

    @cached_property
    def event_by_id(self) -> dict[str, Event]:
        return _index(self.events, lambda e: e.id)

    @cached_property
    def state_names(self) -> dict[str, str]:
        return {s.iso3: s.name for s in self.alliance.states}

    @cached_property
    def dimension_by_id(self) -> dict[str, Any]:
        return _index(self.codebook.dimensions, lambda d: d.id)

    def counts(self) -> dict[str, int]:
        return {
            "states": len(self.alliance.states),
            "dimensions": len(self.codebook.dimensions),
            "sources": len(self.sources),
            "actors": len(self.actors),
            "quotes": len(self.quotes),
            "signals": len(self.signals),
            "events": len(self.events),
        }


def seed_path(data_dir: Path, source: Source) -> Path:
    """Seed files are named relative to the folder that holds the data folder."""
    return data_dir.resolve().parent / source.seed_file
