"""JSON Schema of every data file, written to schema/ so YAML editors check a curator's typing."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

from alliance_monitor.models import RECORD_FILES, SINGLETON_FILES, json_schema
from alliance_monitor.yamlio import replace_files_together


def schema_for(kind: str) -> dict[str, Any]:
    model = RECORD_FILES[kind]
    target: Any = model if kind in SINGLETON_FILES else list[model]  # type: ignore[valid-type]
    schema = json_schema(target)
    schema["$schema"] = "https://json-schema.org/draft/2020-12/schema"
    schema["title"] = f"{kind}.yaml"
    return schema


def write_schemas(out: Path, *, check: bool = False) -> list[Path]:
    """Write (or, with check, only compare) every schema; return the files that were or would be changed."""
    changed: dict[Path, str] = {}
    for kind in RECORD_FILES:
        path = out / f"{kind}.schema.json"
        text = json.dumps(schema_for(kind), indent=2, ensure_ascii=False) + "\n"
        if path.exists() and path.read_bytes() == text.encode("utf-8"):  # bytes: a binary file is just different
            continue
        changed[path] = text
    if not check:
        replace_files_together(dict(changed))  # the data files' schemas refer to each other's shapes: one change
    return list(changed)
