"""Broken data: hundreds of mutated copies of the real dataset, each refused with its file, line and field.

Every mutation is one mistake a curator (or a broken copy, a bad download, a hostile contributor) can make: a
required field deleted, a wrong type, an unknown reference, a duplicated id, a shifted offset, an altered quote,
a truncated file, invalid UTF-8, a tab-indented block, a YAML alias bomb, a nesting bomb, a 50 MB file, an unsafe
tag, a duplicated key, a control character, a number too long to read, a changed seed file.

- Every mutation goes through `validate()` in-process (fast); each must be refused. For record-level mutations the
  test knows the exact file, line, record and field the report must name, computed here from the text of the file
  (an indentation scanner, independent of the loader's own line tracking); for file-level ones (syntax, encoding,
  size, bombs) the record is "(file)", the field is empty and the line is the offending one.
- One mutation of each kind also goes through the real command line (exit 1, the expected `path:line:` line, no
  traceback) and through the dashboard in AppTest (its "data does not validate" page, no exception).
- Bombs are refused within a second and within bounded memory.
"""

from __future__ import annotations

import contextlib
import functools
import os
import re
import shutil
import subprocess
import sys
import time
import tracemalloc
from collections import Counter
from collections.abc import Callable, Iterator
from concurrent.futures import ThreadPoolExecutor
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import pytest
import yaml

from alliance_monitor.load import Problem
from alliance_monitor.models import RECORD_FILES, RECORD_KEYS, SINGLETON_FILES
from alliance_monitor.validate import validate
from alliance_monitor.yamlio import MAX_FILE_BYTES

ROOT = Path(__file__).resolve().parents[2]
REAL = ROOT / "data"
SEEDS = ROOT / "seeds"
LIST_FILES = [k for k in RECORD_FILES if k not in SINGLETON_FILES]
NOT_LISTED_ISO3 = "BRA"  # a real ISO 3166 code that the alliance does not list

# --- a tiny indentation scanner over the canonical YAML text (independent of alliance_monitor.yamlio) ----------

Path_ = tuple[str | int, ...]


def _indent(line: str) -> int:
    return len(line) - len(line.lstrip(" "))


@dataclass(frozen=True)
class Region:
    """Lines [start, stop) holding a mapping whose keys sit at column `col` (a list item's first key shares the
    line of its `- `), or a list whose `- ` sit at column `col`."""

    start: int
    stop: int
    col: int


class Doc:
    """The lines of one data file, with lookups of a record/field path to the line of its key or item."""

    def __init__(self, text: str) -> None:
        self.lines = text.split("\n")
        first = next(i for i, line in enumerate(self.lines) if line.strip() and not line.startswith("#"))
        self.root = Region(first, len(self.lines), 0)

    def _is_key(self, i: int, col: int, key: str | None = None) -> bool:
        line = self.lines[i]
        if len(line) <= col or line[col] == " " or line[:col].replace("-", " ").strip():
            return False
        match = re.match(r"([A-Za-z_][\w]*|'[^']*'):(?: |$)", line[col:])
        return match is not None and (key is None or match.group(1).strip("'") == key)

    def _value_end(self, i: int, stop: int, col: int) -> int:
        j = i + 1
        while j < stop:
            line = self.lines[j]
            if line.strip() and not (_indent(line) > col or (_indent(line) == col and line[col:].startswith("- "))):
                break
            j += 1
        while j > i + 1 and not self.lines[j - 1].strip():  # trailing blank lines (the final newline) stay
            j -= 1
        return j

    def key(self, region: Region, key: str) -> tuple[int, Region]:
        """Line index of `key:` in a mapping region, and the region of its value."""
        for i in range(region.start, region.stop):
            if self._is_key(i, region.col, key):
                end = self._value_end(i, region.stop, region.col)
                return i, Region(i + 1, end, region.col + 2)
        raise KeyError(key)

    def items(self, region: Region, col: int | None = None) -> list[tuple[int, Region]]:
        """Line index and mapping region of each item of a list region (block lists, `- ` at column col)."""
        col = region.col if col is None else col
        starts = [i for i in range(region.start, region.stop)
                  if self.lines[i][col:col + 2] == "- " and not self.lines[i][:col].strip()]
        return [(s, Region(s, e, col + 2)) for s, e in zip(starts, [*starts[1:], region.stop], strict=True)]

    def find(self, path: Path_) -> tuple[int, Region]:
        """(line index, value region) of the key or list item at `path` from the file's root."""
        line, region = self.root.start, self.root
        for part in path:
            if isinstance(part, int):
                # a list value under a key sits at the key's column (indentless), or deeper
                col = region.col - 2 if self._list_col(region, region.col - 2) else region.col
                line, region = self.items(region, col)[part]
            else:
                line, region = self.key(region, part)
        return line, region

    def _list_col(self, region: Region, col: int) -> bool:
        return col >= 0 and region.start < region.stop and self.lines[region.start][col:col + 2] == "- "

    def records(self) -> list[tuple[int, Region]]:
        return self.items(self.root, 0)

    def text(self) -> str:
        return "\n".join(self.lines)


# --- mutations -----------------------------------------------------------------------------------------------


@dataclass(frozen=True)
class Expect:
    file: str
    line: int
    record: str
    field: str
    message: str = ""


@dataclass(frozen=True)
class Mutation:
    kind: str
    name: str
    files: dict[str, bytes | None]
    """Relative path (data/x.yaml, seeds/y.txt) -> new content (None: delete the file)."""
    expect: Expect | None
    """The problem the report must contain (file-level ones too); None: only refused, in the right file."""
    in_file: str = ""


@functools.cache
def _original(rel: str) -> str:
    return (ROOT / rel).read_text(encoding="utf-8")


@functools.cache
def _raw(kind: str) -> Any:
    return yaml.safe_load(_original(f"data/{kind}.yaml"))


def _record_id(kind: str, raw: Any, index: int) -> str:
    if kind in SINGLETON_FILES:
        return str(raw["id"]) if isinstance(raw, dict) and "id" in raw else kind
    return str(raw[index][RECORD_KEYS.get(kind, "id")])


def _field(path: Path_) -> str:
    out = ""
    for part in path:
        out += f"[{part}]" if isinstance(part, int) else (f".{part}" if out else part)
    return out


def _enc(text: str) -> bytes:
    return text.encode("utf-8")


def _delete(doc: Doc, line: int, region: Region) -> str:
    """Text without the key (or item) on `line` and its value lines; a list item's `- ` moves to the next key."""
    lines = list(doc.lines)
    key_col = region.col - 2
    removed = lines[line][:key_col] if key_col >= 2 and lines[line][key_col - 2:key_col] == "- " else ""
    del lines[line:region.stop]
    if removed and line < len(lines):
        lines[line] = removed + lines[line][len(removed):]
    return "\n".join(lines)


def _set_value(doc: Doc, line: int, region: Region, value: str) -> str:
    """Text with the value of the key on `line` replaced by `value` (continuation lines dropped)."""
    lines = list(doc.lines)
    head = lines[line].split(":", 1)[0]
    lines[line:region.stop] = [f"{head}: {value}"]
    return "\n".join(lines)


def _set_item(doc: Doc, line: int, value: str) -> str:
    lines = list(doc.lines)
    dash = lines[line].index("- ")
    lines[line] = lines[line][:dash + 2] + value
    return "\n".join(lines)


def _required(model: Any) -> list[str]:
    return [name for name, info in model.model_fields.items() if info.is_required()]


def _subrecords() -> Iterator[tuple[str, Path_, Any, str]]:
    """(kind, path, raw mapping, model-name) of every record, including the alliance's states and the
    codebook's dimensions, which are records in all but file."""
    for kind in LIST_FILES:
        for i, raw in enumerate(_raw(kind)):
            yield kind, (i,), raw, kind
    for i, raw in enumerate(_raw("alliance")["states"]):
        yield "alliance", ("states", i), raw, "state"
    for i, raw in enumerate(_raw("codebook")["dimensions"]):
        yield "codebook", ("dimensions", i), raw, "dimension"


def _model(name: str) -> Any:
    from alliance_monitor.models import Dimension, State

    return {"state": State, "dimension": Dimension}.get(name) or RECORD_FILES[name]


def _split(kind: str, path: Path_) -> tuple[str, Path_]:
    """Record id and the field path inside that record, for a path from a file's root."""
    raw = _raw(kind)
    if kind in SINGLETON_FILES:
        return _record_id(kind, raw, 0), path
    assert isinstance(path[0], int)
    return _record_id(kind, raw, path[0]), path[1:]


def missing_fields() -> Iterator[Mutation]:
    """Each record loses one required field (rotating through its model's required fields)."""
    for counter, (kind, path, raw, model_name) in enumerate(_subrecords()):
        required = [f for f in _required(_model(model_name)) if f in raw]
        name = required[counter % len(required)]
        doc = Doc(_original(f"data/{kind}.yaml"))
        record_line, _ = doc.find(path)
        line, region = doc.find((*path, name))
        record, inner = _split(kind, (*path, name))
        if kind in LIST_FILES and name == RECORD_KEYS.get(kind, "id"):
            record = f"{kind}[{path[0]}]"
        yield Mutation("missing-field", f"{kind}{_field(path)} without {name}",
                       {f"data/{kind}.yaml": _enc(_delete(doc, line, region))},
                       Expect(f"data/{kind}.yaml", record_line + 1, record, _field(inner), "required field is missing"))


def _is_container(doc: Doc, line: int, region: Region) -> bool:
    value = doc.lines[line].split(":", 1)[1].strip()
    return value == "" or value.startswith(("[", "{"))


def wrong_types() -> Iterator[Mutation]:
    """Each record gets one field of the wrong type: a list where a scalar belongs, a number where a list or a
    mapping belongs."""
    for counter, (kind, path, raw, _) in enumerate(_subrecords()):
        keys = [k for k in raw if k not in ("id", "iso3", *RECORD_KEYS.values())]
        name = keys[counter % len(keys)]
        doc = Doc(_original(f"data/{kind}.yaml"))
        line, region = doc.find((*path, name))
        value = "7" if _is_container(doc, line, region) else "[1, 2]"
        record, inner = _split(kind, (*path, name))
        yield Mutation("wrong-type", f"{kind}{_field(path)}.{name}: {value}",
                       {f"data/{kind}.yaml": _enc(_set_value(doc, line, region, value))},
                       Expect(f"data/{kind}.yaml", line + 1, record, _field(inner)))


def _references(kind: str, raw: dict[str, Any]) -> list[tuple[Path_, str]]:
    """(field path inside the record, a value that names nothing) for every reference a record holds."""
    refs: list[tuple[Path_, str]] = []
    lists = {"speakers": "no-such-actor", "about": NOT_LISTED_ISO3, "dimensions": "no-such-dimension",
             "states": NOT_LISTED_ISO3, "absent": NOT_LISTED_ISO3, "actors": "no-such-actor"}
    scalars = {"source": "no-such-source", "event": "ev-no-such-event", "state": NOT_LISTED_ISO3,
               "actor": "no-such-actor", "dimension": "no-such-dimension", "author": "no-such-actor",
               "affiliation": "no-such-organisation"}
    for key, value in raw.items():
        if key in lists and isinstance(value, list) and value and kind != "alliance":
            refs.append(((key, 0), lists[key]))
        elif key in scalars and isinstance(value, str):
            refs.append(((key,), scalars[key]))
        elif key == "evidence" and isinstance(value, dict):
            refs.append((("evidence", "quote"), "q-no-such-quote") if "quote" in value
                        else (("evidence", "source"), "no-such-source"))
        elif key == "evidence" and isinstance(value, list):
            refs.append((("evidence", 0, "source"), "no-such-source"))
        elif key == "example":
            refs.append((("example", "evidence", "source"), "no-such-source"))
    return refs


def unknown_references() -> Iterator[Mutation]:
    """Each record names something that does not exist (rotating through the references it holds)."""
    counter = 0
    for kind, path, raw, _ in _subrecords():
        refs = _references(kind, raw)
        if not refs:
            continue
        inner_path, value = refs[counter % len(refs)]
        counter += 1
        doc = Doc(_original(f"data/{kind}.yaml"))
        full = (*path, *inner_path)
        line, region = doc.find(full)
        text = _set_item(doc, line, value) if isinstance(full[-1], int) else _set_value(doc, line, region, value)
        record, inner = _split(kind, full)
        yield Mutation("unknown-reference", f"{kind}{_field(full)} -> {value}", {f"data/{kind}.yaml": _enc(text)},
                       Expect(f"data/{kind}.yaml", line + 1, record, _field(inner), "unknown"))


def duplicate_ids() -> Iterator[Mutation]:
    """A record takes the id of the record before it: the second one is blamed."""
    for kind in [*LIST_FILES, "alliance", "codebook"]:
        doc = Doc(_original(f"data/{kind}.yaml"))
        if kind in LIST_FILES:
            key = RECORD_KEYS.get(kind, "id")
            ids = [r[key] for r in _raw(kind)]
            prefix: tuple[str, ...] = ()
        else:
            prefix, key = ("states",) if kind == "alliance" else ("dimensions",), "iso3" if kind == "alliance" else "id"
            ids = [r[key] for r in _raw(kind)[prefix[0]]]
        for i in range(1, len(ids)):
            line, region = doc.find((*prefix, i, key))
            record, inner = _split(kind, (*prefix, i, key))
            if kind in LIST_FILES:
                record = ids[i - 1]
            yield Mutation("duplicate-id", f"{kind}: {ids[i]} -> {ids[i - 1]}",
                           {f"data/{kind}.yaml": _enc(_set_value(doc, line, region, ids[i - 1]))},
                           Expect(f"data/{kind}.yaml", line + 1, record, _field(inner), "duplicate"))


def _spans() -> Iterator[tuple[str, Path_, dict[str, Any], str, tuple[int, int] | None]]:
    """(kind, path, span mapping, source id, enclosing (start, end) the span must stay inside) of every cited
    span; for a quote, the quote itself is the span at the record's own path."""
    for kind in LIST_FILES:
        for i, rec in enumerate(_raw(kind)):
            if kind == "quotes":
                ctx = (rec["context"]["start"], rec["context"]["end"])
                yield kind, (i,), rec, rec["source"], ctx
                yield kind, (i, "context"), rec["context"], rec["source"], (rec["start"], rec["end"])
            elif kind == "signals" and "source" in rec["evidence"]:
                yield kind, (i, "evidence"), rec["evidence"], rec["evidence"]["source"], None
            elif kind == "events":
                for j, ev in enumerate(rec["evidence"]):
                    yield kind, (i, "evidence", j), ev, ev["source"], None
            elif kind == "sources":
                if rec.get("printed_date"):
                    yield kind, (i, "printed_date"), rec["printed_date"], rec["id"], None
                for j, c in enumerate(rec.get("chrome", [])):
                    yield kind, (i, "chrome", j), c, rec["id"], None
                for j, a in enumerate(rec.get("author_terms", [])):
                    yield kind, (i, "author_terms", j), a, rec["id"], None
    for i, state in enumerate(_raw("alliance")["states"]):
        for j, ev in enumerate(state["evidence"]):
            yield "alliance", ("states", i, "evidence", j), ev, ev["source"], None
    for i, dim in enumerate(_raw("codebook")["dimensions"]):
        ev = dim["example"]["evidence"]
        yield "codebook", ("dimensions", i, "example", "evidence"), ev, ev["source"], None


def _seed_texts() -> dict[str, str]:
    return {s["id"]: (ROOT / s["seed_file"]).read_text(encoding="utf-8") for s in _raw("sources")}


def shifted_offsets() -> Iterator[Mutation]:
    """Both offsets of a span move by the same amount: the text no longer sits there (start is blamed). A quote
    pushed out of its context, or a context that no longer holds its quote, is blamed on `context`."""
    seeds = _seed_texts()
    for n, (kind, path, span, source, enclosing) in enumerate(_spans()):
        delta = (1, -1, 3, -2)[n % 4]
        start, end = span["start"] + delta, span["end"] + delta
        if start < 0 or seeds[source][start:end] == span["text"]:
            continue
        doc = Doc(_original(f"data/{kind}.yaml"))
        lines = list(doc.lines)
        s_line, _ = doc.find((*path, "start"))
        e_line, _ = doc.find((*path, "end"))
        lines[s_line] = lines[s_line].split(":", 1)[0] + f": {start}"
        lines[e_line] = lines[e_line].split(":", 1)[0] + f": {end}"
        expect_path: Path_ = (*path, "start")
        expect_line = s_line
        if kind == "quotes" and enclosing is not None:
            inside = (enclosing[0] <= start and end <= enclosing[1]) if len(path) == 1 else \
                (start <= enclosing[0] and enclosing[1] <= end)
            if not inside:  # the model's rule fires first, on the context
                expect_line, _ = doc.find((path[0], "context"))
                expect_path = (path[0], "context")
        record, inner = _split(kind, expect_path)
        yield Mutation("shifted-offset", f"{kind}{_field(path)} shifted by {delta:+d}",
                       {f"data/{kind}.yaml": _enc("\n".join(lines))},
                       Expect(f"data/{kind}.yaml", expect_line + 1, record, _field(inner)))


def _alter(value: str, seed: str) -> tuple[int, str] | None:
    """(index, new char) of the first alphanumeric character whose change makes a text the seed does not hold."""
    for i, ch in enumerate(value):
        if ch.isalpha() and ch.swapcase() != ch:
            new = ch.swapcase()
        elif ch.isdigit():
            new = str((int(ch) + 1) % 10)
        else:
            continue
        if value[:i] + new + value[i + 1:] not in seed:
            return i, new
    return None


def altered_texts() -> Iterator[Mutation]:
    """One character of a cited text changes (a 'corrected' typo, a changed quote): the seed does not hold it."""
    seeds = _seed_texts()
    for kind, path, span, source, _ in _spans():
        change = _alter(span["text"], seeds[source])
        if change is None:
            continue
        index, new = change
        doc = Doc(_original(f"data/{kind}.yaml"))
        line, _ = doc.find((*path, "text"))
        lines = list(doc.lines)
        head, value = lines[line].split(":", 1)
        # the character sits on the key's line when the value starts there; find its first occurrence there
        target = span["text"][: index + 1]
        pos = value.find(target) if target in value else value.find(span["text"][index], len(value) - len(
            value.lstrip(" '\"")))
        if target in value:
            pos += index
        if pos < 0 or value[pos] != span["text"][index]:
            continue
        lines[line] = f"{head}:{value[:pos]}{new}{value[pos + 1:]}"
        record, inner = _split(kind, (*path, "text"))
        yield Mutation("altered-quote", f"{kind}{_field(path)}.text[{index}] -> {new!r}",
                       {f"data/{kind}.yaml": _enc("\n".join(lines))},
                       Expect(f"data/{kind}.yaml", line + 1, record, _field(inner)))


def truncated_files() -> Iterator[Mutation]:
    """A file cut short mid-line (a crashed copy, a partial download) at several points."""
    for kind in RECORD_FILES:
        text = _original(f"data/{kind}.yaml")
        lines = text.split("\n")
        for fraction in (0.15, 0.35, 0.5, 0.65, 0.85, 0.97):
            start = max(2, int(len(lines) * fraction))
            cuttable = [k for k in range(2, len(lines)) if len(lines[k].strip()) >= 8]  # something to cut
            # the first such line from this point, or (a short file, such as a one-entry changelog) the last one
            n = next((k for k in cuttable if k >= start), cuttable[-1])
            line = lines[n]
            cut = len("\n".join(lines[:n])) + 1 + len(line) // 2
            yield Mutation("truncated-file", f"{kind}.yaml cut at line {n + 1}",
                           {f"data/{kind}.yaml": _enc(text[:cut])}, None, in_file=f"data/{kind}.yaml")


def _file_level(kind: str, name: str, raw: bytes, line: int, what: str, message: str = "") -> Mutation:
    return Mutation(kind, name, {f"data/{what}.yaml": raw}, Expect(f"data/{what}.yaml", line, "(file)", "", message))


def file_level_mutations() -> Iterator[Mutation]:
    bomb = ("a: &a [lol, lol, lol, lol, lol, lol, lol, lol, lol]\n"
            + "".join(f"{chr(98 + i)}: &{chr(98 + i)} [{', '.join(['*' + chr(97 + i)] * 9)}]\n" for i in range(12)))
    for n, kind in enumerate(RECORD_FILES):
        text = _original(f"data/{kind}.yaml")
        lines = text.split("\n")
        raw = _enc(text)
        # invalid UTF-8 at two places
        for at in (len(lines) // 3, (2 * len(lines)) // 3):
            broken = "\n".join(lines[:at]).encode() + b"\n" + lines[at].encode()[:4] + b"\xff\xfe" + \
                lines[at].encode()[4:] + b"\n" + "\n".join(lines[at + 1:]).encode()
            yield _file_level("invalid-utf8", f"{kind}.yaml: 0xff on line {at + 1}", broken, at + 1, kind,
                              "not valid UTF-8")
        # a tab-indented line inside a nested block
        # (a mapping key: a tab before a folded scalar's continuation line is valid YAML and changes nothing)
        at = next(i for i in range(len(lines) // 2, len(lines)) if re.match(r"^ +\w+:", lines[i]) and (
                  lines[i].startswith("    ") or (lines[i].startswith("  ") and not lines[i].startswith("  -"))))
        tabbed = list(lines)
        tabbed[at] = "\t" + tabbed[at].lstrip(" ")
        yield _file_level("tab-indent", f"{kind}.yaml: tab on line {at + 1}", _enc("\n".join(tabbed)), at + 1, kind,
                          "YAML syntax error")
        # the billion-laughs bomb: 9^13 leaves if expanded
        yield _file_level("alias-bomb", f"{kind}.yaml: alias bomb", _enc(bomb), 2, kind, "aliases")
        # nesting bombs: 100,000 flow levels on one line, 50,000 block levels
        if n % 2 == 0:
            yield _file_level("nesting-bomb", f"{kind}.yaml: [[[...", _enc("[" * 100_000 + "]" * 100_000 + "\n"), 1,
                              kind, "nesting")
        else:
            yield _file_level("nesting-bomb", f"{kind}.yaml: - - - ...", _enc("- " * 50_000 + "x\n"), 1, kind,
                              "nesting")
        # 50 MB: the real file, then a comment that never ends
        yield _file_level("50mb-file", f"{kind}.yaml: 50 MB", raw + b"# " + b"x" * (50 * 1024 * 1024) + b"\n", 1, kind,
                          f"limited to {MAX_FILE_BYTES:,}")
        # an unsafe tag that would run a command under an unsafe loader
        # a `key: value` line from the middle on, or anywhere in a file whose second half has none (the changelog)
        at = next(i for i in [*range(len(lines) // 2, len(lines)), *range(len(lines) // 2)]
                  if re.match(r"^ *\w+: [\w']", lines[i]))
        unsafe = list(lines)
        unsafe[at] = unsafe[at].split(":", 1)[0] + ": !!python/object/apply:os.system ['touch /tmp/pwned']"
        yield _file_level("unsafe-tag", f"{kind}.yaml: !!python/object on line {at + 1}", _enc("\n".join(unsafe)),
                          at + 1, kind, "could not determine a constructor")
        # a key given twice in one record (YAML would silently keep the last)
        dup = list(lines)
        dup.insert(at + 1, lines[at])
        yield _file_level("duplicate-key", f"{kind}.yaml: key twice on line {at + 2}", _enc("\n".join(dup)), at + 2,
                          kind, "duplicate key")
        # a control character (NUL) inside a value
        nul = list(lines)
        nul[at] = nul[at] + "\x00"
        yield _file_level("control-char", f"{kind}.yaml: NUL on line {at + 1}", _enc("\n".join(nul)), at + 1, kind,
                          "U+0000")
        # a number too long to convert (Python refuses integers of more than 4,300 digits)
        long_int = list(lines)
        long_int[at] = long_int[at].split(":", 1)[0] + ": " + "9" * 5000
        yield _file_level("huge-number", f"{kind}.yaml: 5000-digit number on line {at + 1}",
                          _enc("\n".join(long_int)), at + 1, kind, "4300 digits")


def changed_seeds() -> Iterator[Mutation]:
    """A seed file changes (one character, a byte appended, cut in half, re-encoded, deleted): its source's
    checksum (or seed_file) is blamed, so no offset into it is trusted."""
    doc = Doc(_original("data/sources.yaml"))
    for i, source in enumerate(_raw("sources")):
        seed_rel = source["seed_file"]
        raw = (ROOT / seed_rel).read_bytes()
        text = raw.decode("utf-8")
        middle = len(text) // 2
        letter = next(j for j in range(middle, len(text)) if text[j].isalpha())
        variants = {
            "one character changed": _enc(text[:letter] + text[letter].swapcase() + text[letter + 1:]),
            "a newline appended": raw + b"\n",
            "cut in half": raw[: len(raw) // 2],
            "re-encoded as UTF-16": text.encode("utf-16"),
            "line endings changed to CRLF": raw.replace(b"\n", b"\r\n"),
        }
        sha_line, _ = doc.find((i, "sha256"))
        for what, content in variants.items():
            yield Mutation("changed-seed", f"{seed_rel}: {what}", {seed_rel: content},
                           Expect("data/sources.yaml", sha_line + 1, source["id"], "sha256", "SHA-256"))
        seed_line, _ = doc.find((i, "seed_file"))
        yield Mutation("changed-seed", f"{seed_rel}: deleted", {seed_rel: None},
                       Expect("data/sources.yaml", seed_line + 1, source["id"], "seed_file", "does not exist"))


def all_mutations() -> list[Mutation]:
    generators: list[Callable[[], Iterator[Mutation]]] = [
        missing_fields, wrong_types, unknown_references, duplicate_ids, shifted_offsets, altered_texts,
        truncated_files, file_level_mutations, changed_seeds,
    ]
    return [m for generate in generators for m in generate()]


MUTATIONS = all_mutations()
KINDS = sorted({m.kind for m in MUTATIONS})

# --- running them --------------------------------------------------------------------------------------------


@pytest.fixture(scope="module")
def workspace(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """One writable copy of the real data and seeds; each mutation is applied, checked and undone."""
    base = tmp_path_factory.mktemp("mutations")
    shutil.copytree(REAL, base / "data")
    shutil.copytree(SEEDS, base / "seeds")
    for path in base.rglob("*"):
        path.chmod(0o755 if path.is_dir() else 0o644)
    return base




@contextlib.contextmanager
def applied(base: Path, mutation: Mutation) -> Iterator[Path]:
    """The workspace with the mutation's files written; the originals are put back afterwards."""
    saved = {rel: (base / rel).read_bytes() if (base / rel).exists() else None for rel in mutation.files}
    try:
        for rel, content in mutation.files.items():
            if content is None:
                (base / rel).unlink()
            else:
                (base / rel).write_bytes(content)
        yield base / "data"
    finally:
        for rel, content in saved.items():
            if content is None:
                (base / rel).unlink(missing_ok=True)
            else:
                (base / rel).write_bytes(content)


def _matches(problem: Problem, base: Path, expect: Expect) -> bool:
    return (Path(problem.path).resolve() == (base / expect.file).resolve() and problem.line == expect.line
            and problem.record == expect.record and problem.field == expect.field
            and expect.message in problem.message)


def _in_file(problem: Problem, base: Path, rel: str) -> bool:
    return Path(problem.path).resolve() == (base / rel).resolve()


def check(base: Path, mutation: Mutation) -> str | None:
    """None when the mutation is refused as expected; otherwise what went wrong."""
    with applied(base, mutation) as data:
        try:
            report = validate(data)
        except Exception as exc:  # a traceback is the worst answer: count it as missed, say which
            return f"{mutation.name}: validate raised {type(exc).__name__}: {exc}"
    if report.ok or report.dataset is not None:
        return f"{mutation.name}: accepted"
    if mutation.expect is not None and not any(_matches(p, base, mutation.expect) for p in report.problems):
        shown = "\n    ".join(str(p) for p in report.problems[:6])
        return f"{mutation.name}: expected {mutation.expect}\n    got {shown}"
    if mutation.in_file and not any(_in_file(p, base, mutation.in_file) for p in report.problems):
        return f"{mutation.name}: no problem named {mutation.in_file}"
    return None


def test_there_are_enough_mutations_of_every_kind() -> None:
    counts = Counter(m.kind for m in MUTATIONS)
    assert len(MUTATIONS) >= 200, counts
    expected = {"missing-field", "wrong-type", "unknown-reference", "duplicate-id", "shifted-offset",
                "altered-quote", "truncated-file", "invalid-utf8", "tab-indent", "alias-bomb", "nesting-bomb",
                "50mb-file", "unsafe-tag", "duplicate-key", "control-char", "huge-number", "changed-seed"}
    assert expected <= set(counts), expected - set(counts)
    assert len({m.name for m in MUTATIONS}) == len(MUTATIONS), "mutation names must be unique"


def test_the_real_dataset_is_valid_before_mutation(workspace: Path) -> None:
    assert validate(workspace / "data").ok


def test_every_mutation_is_refused_with_file_line_and_field(
    workspace: Path, hardening_figure: Callable[[str], None]
) -> None:
    missed = [m for m in (check(workspace, mutation) for mutation in MUTATIONS) if m]
    caught = len(MUTATIONS) - len(missed)
    kinds = Counter(m.kind for m in MUTATIONS)
    hardening_figure(f"mutations: {len(MUTATIONS)} tried, {caught} caught "
                     f"({len(kinds)} kinds: " + ", ".join(f"{k} {n}" for k, n in sorted(kinds.items())) + ")")
    print(f"mutations: {len(MUTATIONS)} tried, {caught} caught")
    assert not missed, f"{len(missed)} of {len(MUTATIONS)} mutations not refused as expected:\n" + "\n".join(missed)
    assert validate(workspace / "data").ok, "the workspace was not restored"


# --- bombs: fast and small -----------------------------------------------------------------------------------


@pytest.mark.parametrize("kind", ["alias-bomb", "nesting-bomb"])
def test_bombs_are_refused_within_a_second_and_bounded_memory(workspace: Path, kind: str) -> None:
    for mutation in [m for m in MUTATIONS if m.kind == kind]:
        with applied(workspace, mutation) as data:
            tracemalloc.start()
            started = time.perf_counter()
            try:
                report = validate(data)
                elapsed = time.perf_counter() - started
                peak = tracemalloc.get_traced_memory()[1]
            finally:
                tracemalloc.stop()
        assert not report.ok
        assert elapsed < 1.0, f"{mutation.name}: {elapsed:.2f} s"
        assert peak < 64 * 1024 * 1024, f"{mutation.name}: {peak / 2**20:.0f} MiB"


# --- one of each kind through the real command line and the dashboard ---------------------------------------


def _one_per_kind() -> list[Mutation]:
    return [next(m for m in MUTATIONS if m.kind == kind) for kind in KINDS]


def _materialise(base: Path, mutation: Mutation) -> Path:
    """A separate copy with the mutation applied (for subprocesses running side by side)."""
    shutil.copytree(REAL, base / "data")
    shutil.copytree(SEEDS, base / "seeds")
    for path in base.rglob("*"):
        path.chmod(0o755 if path.is_dir() else 0o644)
    for rel, content in mutation.files.items():
        if content is None:
            (base / rel).unlink()
        else:
            (base / rel).write_bytes(content)
    return base / "data"


def test_the_command_line_names_file_line_and_field_without_a_traceback(tmp_path: Path) -> None:
    sample = _one_per_kind()
    folders = [_materialise(tmp_path / f"{i:02d}", m).parent for i, m in enumerate(sample)]

    def run(folder: Path) -> subprocess.CompletedProcess[str]:
        return subprocess.run([sys.executable, "-m", "alliance_monitor", "validate", "data"], cwd=folder,
                              capture_output=True, text=True, encoding="utf-8", errors="replace", timeout=120)

    with ThreadPoolExecutor(max_workers=os.cpu_count() or 2) as pool:
        results = list(pool.map(run, folders))
    failures = []
    for mutation, result in zip(sample, results, strict=True):
        output = result.stdout + result.stderr
        wanted = mutation.expect
        prefix = (f"{wanted.file}:{wanted.line}: {wanted.record}" + (f".{wanted.field}" if wanted.field else "") + ":"
                  if wanted else f"{mutation.in_file}:")
        if result.returncode != 1 or "Traceback" in output or not any(
            line.startswith(prefix) for line in result.stdout.splitlines()
        ):
            failures.append(f"{mutation.kind} ({mutation.name}): exit {result.returncode}, wanted {prefix!r}\n"
                            f"{output[-1500:]}")
    assert not failures, "\n\n".join(failures)


@pytest.fixture
def clear_caches() -> Iterator[None]:
    import streamlit as st

    st.cache_data.clear()
    st.cache_resource.clear()
    yield
    st.cache_data.clear()
    st.cache_resource.clear()


@pytest.mark.parametrize("kind", KINDS)
def test_the_dashboard_shows_its_error_page(
    kind: str, tmp_path: Path, monkeypatch: pytest.MonkeyPatch, clear_caches: None
) -> None:
    from streamlit.testing.v1 import AppTest

    mutation = next(m for m in MUTATIONS if m.kind == kind)
    data = _materialise(tmp_path, mutation)
    monkeypatch.setenv("ALLIANCE_MONITOR_DATA", str(data))
    at = AppTest.from_file(str(ROOT / "dashboard.py"), default_timeout=60).run()
    assert not at.exception, [e.value for e in at.exception]
    assert [t.value for t in at.title] == ["The data does not validate"]
    assert at.error, "the error box is missing"
    rows = at.dataframe[0].value
    wanted = mutation.expect
    if wanted is not None:
        hits = rows[(rows["line"] == wanted.line) & (rows["record"] == wanted.record) & (rows["field"] == wanted.field)]
        assert any(Path(f).resolve() == (tmp_path / wanted.file).resolve() for f in hits["file"]), rows.to_string()
    else:
        assert any(Path(f).resolve() == (tmp_path / mutation.in_file).resolve() for f in rows["file"]), rows.to_string()
