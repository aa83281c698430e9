"""Safe, line-aware YAML reading, canonical writing, and atomic file replacement.

Reading keeps the line of every mapping key and list item so that a problem found anywhere later (schema,
references, offsets) can be reported as `path:line`. Only safe YAML is read: no tags that build Python objects,
no aliases (which also refuses "billion laughs" bombs in linear time), a size cap, and strict UTF-8.
"""

from __future__ import annotations

import contextlib
import os
import tempfile
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import yaml

try:
    _BaseLoader: type[yaml.SafeLoader] = yaml.CSafeLoader  # type: ignore[assignment]
except AttributeError:  # pragma: no cover - PyYAML built without libyaml
    _BaseLoader = yaml.SafeLoader

MAX_FILE_BYTES = 40 * 1024 * 1024
"""Larger data files are refused before parsing: a curated file this big is a mistake, not data."""


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


_ALIAS_REFUSED = "YAML aliases (*name) are not allowed in data files"


class _Loader(_BaseLoader):  # type: ignore[misc, valid-type]
    """Safe loader that keeps dates as text and records lines."""

    def construct_object(self, node: yaml.Node, deep: bool = False) -> Any:
        if node in self.constructed_objects:
            # The node is the anchored one, so its mark is the anchor's; read_yaml finds the alias's line.
            raise yaml.constructor.ConstructorError(None, None, _ALIAS_REFUSED, node.start_mark)
        return super().construct_object(node, deep=True)

    def construct_line_mapping(self, node: yaml.MappingNode) -> LineDict:
        result = LineDict()
        result.line = node.start_mark.line + 1
        result.key_lines = {}
        for key_node, value_node in node.value:
            key = self.construct_object(key_node)
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


_Loader.add_constructor("tag:yaml.org,2002:map", _Loader.construct_line_mapping)
_Loader.add_constructor("tag:yaml.org,2002:seq", _Loader.construct_line_sequence)
# Dates stay text: the models parse reduced-precision ISO dates ("2022-01") themselves.
_Loader.yaml_implicit_resolvers = {
    first: [(tag, regexp) for tag, regexp in resolvers if tag != "tag:yaml.org,2002:timestamp"]
    for first, resolvers in _BaseLoader.yaml_implicit_resolvers.items()
}


def read_yaml(path: Path) -> Any:
    """Parse one data file; raise YamlError naming the file and line for anything unreadable."""
    try:
        size = path.stat().st_size
    except OSError as exc:
        raise YamlError(path, 0, f"cannot read the file: {exc.strerror}") from exc
    if size > MAX_FILE_BYTES:
        raise YamlError(path, 1, f"file is {size:,} bytes; data files are limited to {MAX_FILE_BYTES:,}")
    raw = path.read_bytes()
    try:
        text = raw.decode("utf-8")
    except UnicodeDecodeError as exc:
        line = raw.count(b"\n", 0, exc.start) + 1
        raise YamlError(path, line, f"not valid UTF-8 (byte 0x{raw[exc.start]:02x})") from exc
    try:
        return yaml.load(text, Loader=_Loader)
    except yaml.MarkedYAMLError as exc:
        mark = exc.problem_mark or exc.context_mark
        line = mark.line + 1 if mark is not None else 1
        if exc.problem == _ALIAS_REFUSED:
            line = _first_alias_line(text) or line
        problem = " ".join(str(p) for p in (exc.context, exc.problem) if p)
        raise YamlError(path, line, f"YAML syntax error: {problem}") from exc
    except yaml.YAMLError as exc:
        raise YamlError(path, 1, f"YAML error: {exc}") from exc
    except RecursionError as exc:
        raise YamlError(path, 1, "YAML nesting is too deep") from exc


def _first_alias_line(text: str) -> int | None:
    """Line of the first `*alias` (the one construction stops at: aliases are met in document order)."""
    for event in yaml.parse(text, Loader=_BaseLoader):
        if isinstance(event, yaml.AliasEvent) and event.start_mark is not None:
            return int(event.start_mark.line) + 1
    return None


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
def atomic_writer(path: Path) -> Iterator[Any]:
    """Write to a temporary file beside `path` and rename it over `path` only when writing succeeded."""
    path.parent.mkdir(parents=True, exist_ok=True)
    fd, tmp = tempfile.mkstemp(prefix=f".{path.name}.", suffix=".tmp", dir=path.parent)
    try:
        with os.fdopen(fd, "w", encoding="utf-8", newline="") as handle:
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
