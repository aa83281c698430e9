"""Safe, line-aware YAML reading, canonical writing, and atomic file replacement.

Reading keeps the line of every mapping key and list item so that a problem found anywhere later (schema,
references, offsets) can be reported as `path:line`. Only safe YAML is read: no tags that build Python objects,
no aliases (which also refuses "billion laughs" bombs in linear time), a size cap, and strict UTF-8.
"""

from __future__ import annotations

import contextlib
import os
import re
import stat
import tempfile
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import yaml

try:
    _BaseLoader: type[yaml.SafeLoader] = yaml.CSafeLoader  # type: ignore[assignment]
except AttributeError:  # pragma: no cover - PyYAML built without libyaml
    _BaseLoader = yaml.SafeLoader

MAX_FILE_BYTES = 40 * 1024 * 1024
"""Larger data files are refused before parsing: a curated file this big is a mistake, not data."""

MAX_DEPTH = 40
"""Deeper nesting of mappings and lists is refused before the document is composed. The data needs six levels;
libyaml's composer recurses in C, so 100,000 nested `[` (a 200 kB file) would crash the process, and its scanner
slows down quadratically with depth."""


class YamlError(Exception):
    """A data file that cannot be read; carries the file and line for the report."""

    def __init__(self, path: Path, line: int, message: str) -> None:
        super().__init__(f"{path}:{line}: {message}")
        self.path = path
        self.line = line
        self.message = message


class LineDict(dict[str, Any]):
    """A mapping that remembers its own line and the line of each key (1-based)."""

    line: int = 0
    key_lines: dict[str, int]


class LineList(list[Any]):
    """A list that remembers its own line and the line of each item (1-based)."""

    line: int = 0
    item_lines: list[int]


@dataclass(frozen=True)
class Yaml11Value:
    """A plain scalar that YAML 1.1 (PyYAML's reading) reads as something other than what it looks like.

    `troops: 02500` is read as 1344 (octal), `25:00` as 1500 (base 60), `0x1F` as 31, `1_000` as 1000, `yes`/`no`/
    `on`/`off` as true/false, and `0o17` is text here but 15 to a YAML 1.2 reader (editors, other tools). The reader
    puts this object in the value's place instead of the silent reading: no model field accepts it, so the record is
    refused at `path:line: id.field`, and `explain_value` gives the message (cause and fix). Keys keep their text.
    Rule: YAML 1.1 "int", "float" and "bool" types (yaml.org/type), against the plain decimal forms that YAML 1.1
    and 1.2 read alike.
    """

    text: str
    """The scalar as written."""
    value: Any
    """What YAML 1.1 reads it as (None for 0o..., which YAML 1.1 reads as text)."""
    cause: str

    def message(self) -> str:
        """`YAML reads 02500 as ...; quote it ...`: the cause and the fix, for the problem report."""
        if self.cause == "0o":
            return (f"YAML 1.2 reads {self.text} as the octal number {int(self.text[2:].replace('_', ''), 8)} and "
                    f"YAML 1.1 as text: quote it ('{self.text}') for text, or write the decimal number")
        if isinstance(self.value, bool):
            return (f"YAML reads {self.text} as {str(self.value).lower()} (YAML 1.1; YAML 1.2 reads it as text): "
                    f"quote it ('{self.text}') for text, or write {str(self.value).lower()} for a yes/no value")
        return (f"YAML reads {self.text} as {self.cause} {self.value!r}: quote it ('{self.text}') for text, or "
                "write the plain decimal number meant (no leading zero, no '_' or ':')")


_PLAIN_DECIMAL = re.compile(r"[-+]?(?:0|[1-9][0-9]*)\Z")
_YAML12_OCTAL = re.compile(r"0o[0-7_]+\Z")
_SILENT_BOOLS = frozenset({"yes", "no", "on", "off"})


def _silent_form(text: str, value: Any) -> Yaml11Value | None:
    """The Yaml11Value for a plain scalar `text` that YAML 1.1 resolved to `value`, or None when it reads as it
    looks (a plain decimal, a float without '_' or ':', true/false/null, or text)."""
    if type(value) is int:
        if _PLAIN_DECIMAL.match(text):
            return None
        digits = text.lstrip("+-")
        cause = ("the base-60 number" if ":" in digits else "the hexadecimal number" if digits[:2] == "0x"
                 else "the binary number" if digits[:2] == "0b" else "the octal number" if digits[:1] == "0"
                 else "the number")  # 1_000: underscores dropped, which YAML 1.2 does not do
        return Yaml11Value(text, value, cause)
    if type(value) is float:
        if "_" in text or ":" in text:
            return Yaml11Value(text, value, "the base-60 number" if ":" in text else "the number")
        return None
    if type(value) is bool:
        return Yaml11Value(text, value, "bool") if text.lower() in _SILENT_BOOLS else None
    if type(value) is str and _YAML12_OCTAL.match(text):
        return Yaml11Value(text, None, "0o")
    return None


def explain_value(raw: Any, loc: tuple[int | str, ...]) -> str | None:
    """The message for a Yaml11Value at (or inside, along) a pydantic error location in a raw record, else None.

    Parts of `loc` that are not in the data (union tags, validator names) are skipped, as in `locate`.
    """
    node = raw
    for part in loc:
        if isinstance(node, Yaml11Value):
            break
        in_dict = isinstance(node, dict) and isinstance(part, str) and part in node
        if in_dict or (isinstance(node, list) and isinstance(part, int) and 0 <= part < len(node)):
            node = node[part]
    return node.message() if isinstance(node, Yaml11Value) else None


_ALIAS_REFUSED = "YAML aliases (*name) are not allowed in data files"


class _Loader(_BaseLoader):  # type: ignore[misc, valid-type]
    """Safe loader that keeps dates as text and records lines."""

    def construct_object(self, node: yaml.Node, deep: bool = False) -> Any:
        if node in self.constructed_objects:
            # The node is the anchored one, so its mark is the anchor's; read_yaml finds the alias's line.
            raise yaml.constructor.ConstructorError(None, None, _ALIAS_REFUSED, node.start_mark)
        try:
            return super().construct_object(node, deep=True)
        except (ValueError, OverflowError) as exc:
            # e.g. an integer of more than 4,300 digits, or `!!timestamp 2001-02-30`: name the value's line
            raise yaml.constructor.ConstructorError(
                None, None, f"cannot read the value: {exc}", node.start_mark
            ) from exc

    def construct_checked_scalar(self, node: yaml.ScalarNode) -> Any:
        """int, float, bool and str scalars, with the YAML 1.1 forms that change a value refused (Yaml11Value)."""
        value = _SCALAR_CONSTRUCTORS_ALL[node.tag](self, node)
        if not node.style:  # plain (None, or "" from libyaml): a quoted scalar is text as written
            return _silent_form(node.value, value) or value
        return value

    def construct_line_mapping(self, node: yaml.MappingNode) -> LineDict:
        result = LineDict()
        result.line = node.start_mark.line + 1
        result.key_lines = {}
        for key_node, value_node in node.value:
            key = self.construct_object(key_node)
            if isinstance(key, Yaml11Value):
                key = key.text  # a key is a name: kept as written
            if not isinstance(key, str):
                key = str(key)
            if key in result:
                raise yaml.constructor.ConstructorError(
                    "while reading a mapping",
                    node.start_mark,
                    f"duplicate key {key!r}",
                    key_node.start_mark,
                )
            result[key] = self.construct_object(value_node)
            result.key_lines[key] = key_node.start_mark.line + 1
        return result

    def construct_line_sequence(self, node: yaml.SequenceNode) -> LineList:
        result = LineList(self.construct_object(child) for child in node.value)
        result.line = node.start_mark.line + 1
        result.item_lines = [child.start_mark.line + 1 for child in node.value]
        return result


_SCALAR_CONSTRUCTORS_ALL = {
    tag: _BaseLoader.yaml_constructors[tag]
    for tag in ("tag:yaml.org,2002:int", "tag:yaml.org,2002:float", "tag:yaml.org,2002:bool", "tag:yaml.org,2002:str")
}
for _tag in _SCALAR_CONSTRUCTORS_ALL:
    _Loader.add_constructor(_tag, _Loader.construct_checked_scalar)
_Loader.add_constructor("tag:yaml.org,2002:map", _Loader.construct_line_mapping)
_Loader.add_constructor("tag:yaml.org,2002:seq", _Loader.construct_line_sequence)
# Dates stay text: the models parse reduced-precision ISO dates ("2022-01") themselves.
_Loader.yaml_implicit_resolvers = {
    first: [(tag, regexp) for tag, regexp in resolvers if tag != "tag:yaml.org,2002:timestamp"]
    for first, resolvers in _BaseLoader.yaml_implicit_resolvers.items()
}


def read_yaml(path: Path, *, lines: bool = True) -> Any:
    """Parse one data file; raise YamlError naming the file and line for anything unreadable.

    With `lines=False` mappings and lists are plain dicts and lists (half the memory, and faster): for a reader
    that reads the file again with lines (`parse_yaml`) only when it has a problem to report.
    """
    raw = read_data_file(path)
    return parse_yaml(path, raw, lines=lines)


def read_data_file(path: Path) -> bytes:
    """The bytes of a data file, refused (YamlError) when too large or unreadable."""
    try:
        status = path.stat()
    except OSError as exc:
        raise YamlError(path, 0, f"cannot read the file: {exc.strerror}") from exc
    size = status.st_size
    if stat.S_ISDIR(status.st_mode):
        raise YamlError(path, 0, "is a folder, not a data file")
    if not stat.S_ISREG(status.st_mode):
        # a pipe or a device (a symlink to /dev/zero) would block or never end: only regular files are read
        raise YamlError(path, 0, "is not a regular file (a device, pipe or socket)")
    if size > MAX_FILE_BYTES:
        raise YamlError(path, 1, f"file is {size:,} bytes; data files are limited to {MAX_FILE_BYTES:,}")
    try:
        return path.read_bytes()
    except OSError as exc:
        raise YamlError(path, 0, f"cannot read the file: {exc.strerror}") from exc


def parse_yaml(path: Path, raw: bytes, *, lines: bool = True) -> Any:
    """The document in `raw` (the bytes of `path`, which only names it in errors); see read_yaml."""
    try:
        text = raw.decode("utf-8")
    except UnicodeDecodeError as exc:
        line = raw.count(b"\n", 0, exc.start) + 1
        raise YamlError(path, line, f"not valid UTF-8 (byte 0x{raw[exc.start]:02x})") from exc
    if text and not text.endswith("\n"):
        # Every writer (fmt, ingest, editors) ends a data file with a line break; a file cut short mid-line (a
        # crashed copy, a partial download) may still parse, silently missing the end of a note or a record.
        raise YamlError(path, text.count("\n") + 1, "the file does not end with a line break: it may have been "
                        "cut short (if it is complete, add a final line break)")
    try:
        fast = _load_plain(text, lines)
        if fast is not _NOT_PLAIN:
            return fast
        _check_depth(text)
        return yaml.load(text, Loader=_Loader)
    except _TooDeep as exc:
        raise YamlError(path, exc.line, f"YAML nesting is deeper than {MAX_DEPTH} levels") from exc
    except yaml.MarkedYAMLError as exc:
        mark = exc.problem_mark or exc.context_mark
        line = mark.line + 1 if mark is not None else 1
        if exc.problem == _ALIAS_REFUSED:
            line = _first_alias_line(text) or line
        problem = " ".join(str(p) for p in (exc.context, exc.problem) if p)
        if _tab_in_indent(text, line):
            problem += " (a tab in the indentation: indent with spaces)"
        raise YamlError(path, line, f"YAML syntax error: {problem}") from exc
    except yaml.reader.ReaderError as exc:
        # libyaml gives the byte offset of the character it refuses (a control character such as NUL)
        line = raw.count(b"\n", 0, max(exc.position, 0)) + 1
        code = exc.character if isinstance(exc.character, int) else ord(exc.character[:1] or "\0")
        raise YamlError(path, line, f"character U+{code:04X} is not allowed in YAML ({exc.reason})") from exc
    except yaml.YAMLError as exc:
        raise YamlError(path, 1, f"YAML error: {exc}") from exc
    except RecursionError as exc:
        raise YamlError(path, 1, "YAML nesting is too deep") from exc


class _TooDeep(Exception):
    def __init__(self, line: int) -> None:
        super().__init__(line)
        self.line = line


def _check_depth(text: str) -> None:
    """Raise _TooDeep at the first collection nested deeper than MAX_DEPTH (a cheap pass over the parse events)."""
    depth = 0
    for event in yaml.parse(text, Loader=_BaseLoader):
        if isinstance(event, yaml.CollectionStartEvent):
            depth += 1
            if depth > MAX_DEPTH:
                raise _TooDeep(int(event.start_mark.line) + 1 if event.start_mark is not None else 1)
        elif isinstance(event, yaml.CollectionEndEvent):
            depth -= 1


def _tab_in_indent(text: str, line: int) -> bool:
    lines = text.split("\n")
    if not 0 < line <= len(lines):
        return False
    content = lines[line - 1]
    return "\t" in content[: len(content) - len(content.lstrip())]


def _first_alias_line(text: str) -> int | None:
    """Line of the first `*alias` (the one construction stops at: aliases are met in document order)."""
    for event in yaml.parse(text, Loader=_BaseLoader):
        if isinstance(event, yaml.AliasEvent) and event.start_mark is not None:
            return int(event.start_mark.line) + 1
    return None


# --- the fast path ---------------------------------------------------------------------------------------------
# Composing a node graph and constructing from it costs ~3x a single pass over libyaml's events, and most of a
# large dataset's load time (2.4 s of 3.3 s for a 14 MB file). Data files are plain block YAML, so `_load_plain`
# builds the same LineDict/LineList result straight from the events. It handles only the plain case: no tag, no
# anchor or alias, scalar keys only, no duplicate key, one document, depth within MAX_DEPTH, and scalars that
# resolve to str, int, float, bool or null. Anything else (or any error) returns _NOT_PLAIN and read_yaml takes
# the full path above, which accepts or reports it exactly as before: the fast path never decides an error.

_NOT_PLAIN: Any = object()
_STR_TAG = "tag:yaml.org,2002:str"
_PLAIN_RESOLVERS: dict[str, list[tuple[str, Any]]] = {
    first: list(resolvers) for first, resolvers in _Loader.yaml_implicit_resolvers.items() if first is not None
}
if None in _Loader.yaml_implicit_resolvers:  # pragma: no cover - PyYAML defines no wildcard resolver
    _PLAIN_RESOLVERS = {}  # a wildcard would apply to every scalar: leave all files to the full path
_SCALAR_CONSTRUCTORS = {
    tag: _Loader.yaml_constructors[tag]
    for tag in ("tag:yaml.org,2002:null", "tag:yaml.org,2002:bool", "tag:yaml.org,2002:int",
                "tag:yaml.org,2002:float")
}
_SCALAR_BUILDER = yaml.constructor.SafeConstructor()
_NO_KEY: Any = object()


class _NotPlain(Exception):
    pass


def _plain_scalar(value: str) -> Any:
    if value.isdigit() and value.isascii() and (value[0] != "0" or len(value) == 1) and len(value) < 19:
        return int(value)  # a plain decimal (the offsets): what YAML 1.1's int resolver and constructor give
    for tag, regexp in _PLAIN_RESOLVERS.get(value[:1], ()):
        if regexp.match(value):
            constructor = _SCALAR_CONSTRUCTORS.get(tag)
            if constructor is None:
                raise _NotPlain  # merge keys, `=`, ...: the full path decides
            # for int, float and bool this is the full path's construct_checked_scalar: the same Yaml11Value
            return constructor(_SCALAR_BUILDER, yaml.ScalarNode(tag, value))
    if value[:2] == "0o":  # text to YAML 1.1 (no resolver matched), a number to YAML 1.2
        return _silent_form(value, value) or value
    return value


def _load_plain(text: str, lines: bool = True) -> Any:
    """The document read in one pass over the events, or _NOT_PLAIN when it is not plain block YAML."""
    if not hasattr(yaml, "_yaml") or _BaseLoader is yaml.SafeLoader:  # pragma: no cover - no libyaml
        return _NOT_PLAIN
    parser = yaml._yaml.CParser(text)
    try:
        return _build_plain(parser.get_event, lines)
    except (_NotPlain, yaml.YAMLError, ValueError, OverflowError, KeyError, IndexError, TypeError):
        return _NOT_PLAIN
    finally:
        parser.dispose()


def _build_plain(get_event: Any, lines: bool = True) -> Any:
    """The document from its events, or _NotPlain. An anchor alone changes nothing (the full path refuses only
    aliases), so it is not checked; an alias is not a scalar or collection event and stops the fast path.
    Without `lines`, mappings and lists are plain dicts and lists and no line is recorded."""
    mapping_type, list_type = (LineDict, LineList) if lines else (dict, list)
    scalar_event, mapping_start, sequence_start = yaml.ScalarEvent, yaml.MappingStartEvent, yaml.SequenceStartEvent
    mapping_end, sequence_end = yaml.MappingEndEvent, yaml.SequenceEndEvent
    strings: dict[str, str] = {}  # one str object per distinct value: repeated ids and keys share memory
    intern = strings.setdefault
    resolved_first = _PLAIN_RESOLVERS.keys()
    if type(get_event()) is not yaml.StreamStartEvent:
        raise _NotPlain
    event = get_event()
    if type(event) is yaml.StreamEndEvent:
        return None
    if type(event) is not yaml.DocumentStartEvent:
        raise _NotPlain
    event = get_event()
    kind = type(event)
    if kind is scalar_event:  # a document that is one scalar
        implicit = event.implicit
        if not implicit[0] and event.tag is not None:
            raise _NotPlain
        root: Any = _plain_scalar(event.value) if implicit[0] and event.value[:1] in resolved_first else event.value
    elif kind is mapping_start or kind is sequence_start:
        if event.tag is not None:
            raise _NotPlain
        root = mapping_type() if kind is mapping_start else list_type()
        if lines:
            root.line = event.start_mark.line + 1
            if kind is mapping_start:
                root.key_lines = {}
            else:
                root.item_lines = []
        stack: list[tuple[Any, bool, Any]] = []
        cur: Any = root
        in_list = kind is sequence_start
        key: Any = _NO_KEY
        while True:
            event = get_event()
            kind = type(event)
            if kind is scalar_event:
                implicit = event.implicit
                value: Any = event.value
                if implicit[0]:  # plain, so untagged
                    if value[:1] in resolved_first:
                        value = _plain_scalar(value)
                elif event.tag is not None:
                    raise _NotPlain
                if type(value) is str:
                    value = intern(value, value)
                if in_list:
                    cur.append(value)
                    if lines:
                        cur.item_lines.append(event.start_mark.line + 1)
                elif key is _NO_KEY:
                    if type(value) is not str:
                        value = value.text if type(value) is Yaml11Value else str(value)  # as construct_line_mapping
                        value = intern(value, value)
                    if value in cur:
                        raise _NotPlain  # a duplicate key: the full path names it
                    key = value
                    if lines:
                        cur.key_lines[value] = event.start_mark.line + 1
                else:
                    cur[key] = value
                    key = _NO_KEY
            elif kind is mapping_start or kind is sequence_start:
                if event.tag is not None:
                    raise _NotPlain
                new: Any = mapping_type() if kind is mapping_start else list_type()
                if lines:
                    line = event.start_mark.line + 1
                    new.line = line
                    if kind is mapping_start:
                        new.key_lines = {}
                    else:
                        new.item_lines = []
                if in_list:
                    cur.append(new)
                    if lines:
                        cur.item_lines.append(line)
                elif key is _NO_KEY:
                    raise _NotPlain  # a mapping or list used as a key
                else:
                    cur[key] = new
                stack.append((cur, in_list, _NO_KEY))
                if len(stack) >= MAX_DEPTH:
                    raise _NotPlain
                cur, in_list, key = new, kind is sequence_start, _NO_KEY
            elif kind is mapping_end or kind is sequence_end:
                if not stack:
                    break
                cur, in_list, key = stack.pop()
            else:
                raise _NotPlain  # an alias, ...
    else:
        raise _NotPlain
    if type(get_event()) is not yaml.DocumentEndEvent or type(get_event()) is not yaml.StreamEndEvent:
        raise _NotPlain  # a second document
    return root


def comment_lines(text: str) -> list[int]:
    """1-based lines that hold a YAML comment: what loading and dumping a file (fmt) would drop.

    Only whitespace and comments lie between two tokens, so a `#` there starts a comment (one inside a quoted or
    plain scalar is part of a token).
    """
    lines = text.split("\n")
    found: set[int] = set()
    last = (0, 0)
    for token in yaml.scan(text, Loader=_BaseLoader):
        start = (int(token.start_mark.line), int(token.start_mark.column))
        if start > last:
            for number in range(last[0], min(start[0], len(lines) - 1) + 1):
                segment = lines[number][last[1] if number == last[0] else 0:start[1] if number == start[0] else None]
                if "#" in segment:
                    found.add(number + 1)
        last = max(last, (int(token.end_mark.line), int(token.end_mark.column)))
    return sorted(found)


def locate(raw: Any, loc: tuple[int | str, ...]) -> tuple[int, str]:
    """Line and dotted field path of a pydantic error location inside a raw record.

    Parts of `loc` that are not in the data (union tags, validator names) are dropped; a missing field keeps
    its name and the line of the mapping that lacks it.
    """
    line = getattr(raw, "line", 0)
    node = raw
    field = ""
    for part in loc:
        if isinstance(node, LineDict) and isinstance(part, str) and part in node:
            line = node.key_lines.get(part, line)
            field = f"{field}.{part}" if field else part
            node = node[part]
        elif isinstance(node, LineList) and isinstance(part, int) and 0 <= part < len(node):
            line = node.item_lines[part]
            field = f"{field}[{part}]"
            node = node[part]
        elif isinstance(node, LineDict) and isinstance(part, str) and part == loc[-1]:
            field = f"{field}.{part}" if field else part  # a missing field
        else:
            continue
    return line, field


# --- writing -----------------------------------------------------------------------------------------


class _Dumper(yaml.SafeDumper):
    pass


def _str_presenter(dumper: yaml.SafeDumper, value: str) -> yaml.ScalarNode:
    return dumper.represent_scalar("tag:yaml.org,2002:str", value)


_Dumper.add_representer(str, _str_presenter)


def dump_yaml(data: Any, schema_ref: str | None = None) -> str:
    """The canonical text of a data file: field order as in the models, Unicode kept, one header comment."""
    body = yaml.dump(
        data,
        Dumper=_Dumper,
        sort_keys=False,
        allow_unicode=True,
        width=100,
        default_flow_style=False,
    )
    header = f"# yaml-language-server: $schema={schema_ref}\n" if schema_ref else ""
    return header + body


@contextlib.contextmanager
def atomic_writer(path: Path, *, binary: bool = False) -> Iterator[Any]:
    """Write to a temporary file beside `path` and rename it over `path` only when writing succeeded."""
    path.parent.mkdir(parents=True, exist_ok=True)
    fd, tmp = tempfile.mkstemp(prefix=f".{path.name}.", suffix=".tmp", dir=path.parent)
    try:
        with os.fdopen(fd, "wb") if binary else os.fdopen(fd, "w", encoding="utf-8", newline="") as handle:
            yield handle
            handle.flush()
            os.fsync(handle.fileno())
        os.replace(tmp, path)
    except BaseException:
        with contextlib.suppress(FileNotFoundError):
            os.unlink(tmp)
        raise


def write_text_atomic(path: Path, text: str, *, overwrite: bool = False) -> None:
    """Replace `path` with `text` atomically; refuse to replace an existing file unless told to."""
    if path.exists() and not overwrite:
        raise FileExistsError(f"{path} exists; pass overwrite=True (--force) to replace it")
    with atomic_writer(path) as handle:
        handle.write(text)


def write_bytes_atomic(path: Path, data: bytes) -> None:
    """Replace `path` with `data` atomically (callers decide whether replacing is allowed)."""
    with atomic_writer(path, binary=True) as handle:
        handle.write(data)


def replace_files_together(files: dict[Path, bytes | str]) -> None:
    """Replace several files as one change: all new, or (on any failure) all as they were.

    Each file is written whole to a temporary file beside it first (a full disk or a missing permission fails
    here, before any file is touched); then each is renamed over its old version, and if a rename fails, the
    files already replaced get their old bytes back (a file that did not exist is removed again). Text is written
    as UTF-8 with no newline translation. Raises the first OSError (or interrupt) after restoring. Used wherever
    files belong together: promote (data files that refer to each other), fmt, and every export of more than one
    file (a Data Package's descriptor and its CSVs, the SQLite file and its Datasette metadata).
    """
    temps: dict[Path, str] = {}
    try:
        for path, content in files.items():
            path.parent.mkdir(parents=True, exist_ok=True)
            fd, tmp = tempfile.mkstemp(prefix=f".{path.name}.", suffix=".tmp", dir=path.parent)
            temps[path] = tmp
            with os.fdopen(fd, "wb") as handle:
                handle.write(content.encode("utf-8") if isinstance(content, str) else content)
                handle.flush()
                os.fsync(handle.fileno())
        originals = {path: path.read_bytes() for path in files if path.exists()}
    except BaseException:
        for tmp in temps.values():
            with contextlib.suppress(FileNotFoundError):
                os.unlink(tmp)
        raise
    done: list[Path] = []
    try:
        for path, tmp in temps.items():
            os.replace(tmp, path)
            done.append(path)
    except BaseException:
        for path in done:
            if path in originals:
                write_bytes_atomic(path, originals[path])
            else:
                with contextlib.suppress(FileNotFoundError):
                    path.unlink()
        for path, tmp in temps.items():
            if path not in done:
                with contextlib.suppress(FileNotFoundError):
                    os.unlink(tmp)
        raise
