"""Merge a reviewed draft into the curated files, all or nothing.

The draft's source, actors and quotes (and any hand-coded signals and events) are checked against the models
(problems name the draft's file and line), then appended to copies of the curated files, and the merged data is
validated by the real validator in a temporary data folder beside a link to the real seeds. Only when it is valid
are the curated files replaced: every file is written to a temporary file first, then all are renamed; if a
rename fails, the files already replaced are restored. Nothing is ever half-merged, and a curated record is
never overwritten.
"""

from __future__ import annotations

import os
import re
import shutil
import tempfile
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from pydantic import ValidationError

from alliance_monitor.ingest.draft import DRAFT_KEYS
from alliance_monitor.load import display_path
from alliance_monitor.models import EXTRA_FIELD_ERRORS, RECORD_FILES, Actor, Event, Quote, Record, Signal, Source
from alliance_monitor.validate import validate
from alliance_monitor.yamlio import LineDict, YamlError, dump_yaml, locate, read_yaml, replace_files_together

MERGED_KINDS = {"source": "sources", "actors": "actors", "quotes": "quotes", "signals": "signals", "events": "events"}
"""Draft section -> the curated file it is appended to. `ingest` drafts no signals or events; a curator (or the
curate page) may add them, and they are merged and validated with the rest."""

PROMOTED_KEYS = (*DRAFT_KEYS, "signals", "events")
"""Top-level keys a draft may have: ingest's, plus the hand-coded signals and events."""


class PromoteError(Exception):
    """The draft cannot be promoted; `problems` lists each as `path:line: id.field: message`."""

    def __init__(self, problems: list[str]) -> None:
        super().__init__(f"{len(problems)} problem(s): nothing was changed")
        self.problems = problems


@dataclass
class PromoteResult:
    written: list[Path]
    added: dict[str, list[str]]
    draft_moved_to: Path | None


def _field_loc(dotted: str) -> tuple[int | str, ...]:
    """'context.text' -> ('context', 'text'); 'speakers[0]' -> ('speakers', 0)."""
    loc: list[int | str] = []
    for name, index in re.findall(r"([^.\[\]]+)|\[(\d+)\]", dotted):
        loc.append(int(index) if index else name)
    return tuple(loc)


def _check_records(
    shown: str, section: str, raw: Any, model: type[Record]
) -> tuple[list[dict[str, Any]], list[str], dict[str, Any]]:
    """Model-check one draft section; returns canonical records, problems, and raw records by id."""
    items: list[Any] = [raw] if section == "source" else list(raw or [])
    if section != "source" and raw is not None and not isinstance(raw, list):
        return [], [f"{shown}:{getattr(raw, 'line', 1)}: {section}: must be a list"], {}
    records, problems, by_id = [], [], {}
    for index, item in enumerate(items):
        label = item.get("id") if isinstance(item, dict) and isinstance(item.get("id"), str) else (
            section if section == "source" else f"{section}[{index}]")
        if not isinstance(item, dict):
            problems.append(f"{shown}:{getattr(raw, 'line', 1)}: {label}: must be a mapping")
            continue
        try:
            record = model.model_validate(item)
        except ValidationError as err:
            for e in err.errors(include_url=False):
                line, field_path = locate(item, tuple(e["loc"]))
                message = "unknown field (not in the schema)" if e["type"] in EXTRA_FIELD_ERRORS else (
                    "required field is missing" if e["type"] == "missing" else e["msg"].removeprefix("Value error, "))
                problems.append(f"{shown}:{line}: {section}.{label}.{field_path}: {message}")
            continue
        records.append(_dump(record))
        by_id[str(label)] = item
    return records, problems, by_id


def _dump(record: Record) -> dict[str, Any]:
    """A record as data in model field order; None is dropped only where the field has a default (a required
    field that may be null, like a source's printed_date, keeps its explicit null)."""
    data = record.model_dump(mode="json")
    fields = type(record).model_fields
    return {k: v for k, v in data.items() if v is not None or fields[k].is_required()}


def canonical_list_text(kind: str, raw: list[Any]) -> str:
    """The canonical text of a list data file (same form as `fmt`, keeping required nulls)."""
    model = RECORD_FILES[kind]
    return dump_yaml([_dump(model.model_validate(r)) for r in raw], f"../schema/{kind}.schema.json")


def plan_promotion(draft_path: Path, data_dir: Path) -> tuple[dict[Path, str], dict[str, list[str]]]:
    """The new text of every curated file the draft changes, after validating the merged data; or a
    PromoteError listing every problem (nothing is written either way)."""
    shown = display_path(draft_path)
    try:
        raw = read_yaml(draft_path)
    except YamlError as exc:
        raise PromoteError([f"{shown}:{exc.line}: {exc.message}"]) from exc
    if not isinstance(raw, LineDict):
        raise PromoteError([f"{shown}:1: a draft is a mapping with source, actors and quotes"])
    problems = [f"{shown}:{raw.key_lines[k]}: unknown top-level key {k!r} (expected {', '.join(PROMOTED_KEYS)})"
                for k in raw if k not in PROMOTED_KEYS]
    if not isinstance(raw.get("source"), dict):
        problems.append(f"{shown}:{raw.key_lines.get('source', 1)}: source: the draft needs a source mapping")
        raise PromoteError(problems)
    models: dict[str, type[Record]] = {"source": Source, "actors": Actor, "quotes": Quote, "signals": Signal,
                                          "events": Event}
    new: dict[str, list[dict[str, Any]]] = {}
    raw_by_id: dict[str, Any] = {}
    for section, model in models.items():
        records, found, by_id = _check_records(shown, section, raw.get(section), model)
        new[section] = records
        problems.extend(found)
        raw_by_id.update(by_id)
    if problems:
        raise PromoteError(problems)

    curated: dict[str, Any] = {}
    for kind in RECORD_FILES:
        path = data_dir / f"{kind}.yaml"
        try:
            curated[kind] = read_yaml(path)
        except YamlError as exc:
            problems.append(f"{display_path(path)}:{exc.line}: {exc.message}")
    if problems:
        raise PromoteError(problems)
    for section, kind in MERGED_KINDS.items():
        existing = {r.get("id") for r in curated[kind] or [] if isinstance(r, dict)}
        for record in new[section]:
            if record["id"] in existing:
                item = raw_by_id.get(record["id"])
                line = item.key_lines.get("id", item.line) if isinstance(item, LineDict) else 1
                problems.append(f"{shown}:{line}: {section}.{record['id']}.id: {kind}.yaml already has "
                                f"{record['id']!r}; promote never overwrites a curated record (rename it)")
    if problems:
        raise PromoteError(problems)

    texts: dict[Path, str] = {}
    for section, kind in MERGED_KINDS.items():
        if not new[section]:
            continue
        merged = list(curated[kind] or []) + new[section]
        texts[data_dir / f"{kind}.yaml"] = canonical_list_text(kind, merged)
    _validate_merged(data_dir, texts, raw_by_id, shown)
    added = {MERGED_KINDS[s]: [r["id"] for r in new[s]] for s in MERGED_KINDS if new[s]}
    return texts, added


def _validate_merged(data_dir: Path, texts: dict[Path, str], raw_by_id: dict[str, Any], shown: str) -> None:
    """Run the real validator on a temporary copy of the data folder with the merged files in place."""
    with tempfile.TemporaryDirectory(prefix="promote-") as tmp:
        root = Path(tmp)
        staged = root / "data"
        staged.mkdir()
        for kind in RECORD_FILES:
            shutil.copyfile(data_dir / f"{kind}.yaml", staged / f"{kind}.yaml")
        for path, text in texts.items():
            (staged / path.name).write_text(text, encoding="utf-8", newline="")
        seeds = data_dir.resolve().parent / "seeds"
        try:
            (root / "seeds").symlink_to(seeds, target_is_directory=True)
        except OSError:  # pragma: no cover - file systems without symlinks
            shutil.copytree(seeds, root / "seeds")
        report = validate(staged)
        if report.ok:
            return
        prefix = display_path(staged)
        problems = []
        for p in report.problems:
            item = raw_by_id.get(p.record)
            if isinstance(item, LineDict):
                line, field_path = locate(item, _field_loc(p.field))
                where = f"{p.record}.{field_path}" if field_path else p.record
                problems.append(f"{shown}:{line}: {where}: {p.message}")
            else:
                problems.append(str(p).replace(prefix, display_path(data_dir), 1) + " (in the merged data)")
        raise PromoteError(problems)


def promote(draft_path: Path, data_dir: Path, *, keep_draft: bool = False) -> PromoteResult:
    """Validate the merged data, replace the curated files, then file the draft under drafts/promoted/."""
    texts, added = plan_promotion(draft_path, data_dir)
    replace_files_together(dict(texts))
    moved = None
    if not keep_draft:
        target = draft_path.parent / "promoted" / draft_path.name
        if not target.exists():
            target.parent.mkdir(exist_ok=True)
            os.replace(draft_path, target)
            moved = target
    return PromoteResult(sorted(texts), added, moved)
