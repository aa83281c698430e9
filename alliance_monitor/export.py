"""The dataset as files: JSON, CSV for people, and the open-data formats (Data Package, SQLite, Parquet).

Two kinds of output, with two rules:

- **For people** (the dashboard's CSV downloads, `export --format csv`): every file goes through `people_csv`, which
  writes UTF-8 with a byte-order mark (without it a common spreadsheet decodes `Касым-Жомарт Токаев` or `Abišev`
  as Latin-1 mojibake) and neutralises text cells that a spreadsheet would run as a formula: a cell that begins
  with `=`, `+`, `-`, `@`, a tab or a carriage return gets a leading `'` (OWASP, "CSV Injection"). Numbers stay
  numbers. The text in such a file is therefore not always the data's exact text.
- **For machines** (`export --format json|datapackage|sqlite|parquet`, `datapackage_zip`, `sqlite_bytes`): exact
  values, plain UTF-8 without a byte-order mark, nothing prefixed. A quote's text must equal the seed's
  characters at its offsets, the Data Package is validated by `frictionless`, and every format reads back into
  the same records as the JSON export; a program that puts these values in a spreadsheet does its own escaping.

Every open-data format has the same tables (`open_tables`): one per record kind with the fields of its model
(their descriptions are the models' field docstrings), plus link tables for the list fields that name other
records (a quote's speakers, the states of an event...), so that every reference is a declared foreign key. In
the CSV and SQLite forms a list or a nested record (a span, an attribution) is JSON text in its cell; Parquet keeps
lists of names as lists of strings and the rest as JSON text. Every output is a function of the data alone (no
clock): the same data gives the same bytes.
"""

from __future__ import annotations

import csv
import functools
import io
import json
import math
import numbers
import re
import sqlite3
import zipfile
from collections.abc import Callable, Iterable, Mapping, Sequence
from dataclasses import dataclass, field
from typing import Any, Literal

from alliance_monitor.load import Dataset
from alliance_monitor.models import (
    Actor,
    Alliance,
    ChangelogEntry,
    Dimension,
    Event,
    Quote,
    Record,
    Signal,
    Source,
    State,
    date_bounds,
)


def export_records(ds: Dataset) -> dict[str, list[dict[str, Any]]]:
    """A key per record kind, each a list of JSON-ready records, in the data files' own field order.

    Kinds: alliance (one record, without its states), states, dimensions, sources, actors, quotes, signals,
    events, changelog. Optional fields that are not set are present as None.
    """
    alliance = ds.alliance.model_dump(mode="json", exclude={"states"})
    return {
        "alliance": [alliance],
        "states": [s.model_dump(mode="json") for s in ds.alliance.states],
        "dimensions": [d.model_dump(mode="json") for d in ds.codebook.dimensions],
        "sources": [s.model_dump(mode="json") for s in ds.sources],
        "actors": [a.model_dump(mode="json") for a in ds.actors],
        "quotes": [q.model_dump(mode="json") for q in ds.quotes],
        "signals": [s.model_dump(mode="json") for s in ds.signals],
        "events": [e.model_dump(mode="json") for e in ds.events],
        "changelog": [c.model_dump(mode="json") for c in ds.changelog],
    }


# --- CSV for people ------------------------------------------------------------------------------------------

BOM = "\ufeff"
"""UTF-8 byte-order mark, first in every CSV meant for people: spreadsheets then read the file as UTF-8."""

FORMULA_STARTS = ("=", "+", "-", "@", "\t", "\r")
"""First characters that make a spreadsheet read a cell as a formula (OWASP, "CSV Injection"; the tab and the
carriage return because some spreadsheets strip them and read what follows)."""


def neutralise(text: str) -> str:
    """`text` made inert for a spreadsheet: a `'` before a text that begins with one of `FORMULA_STARTS`.

    The spreadsheet shows the `'`-prefixed cell as text and hides the `'`; the text is otherwise unchanged.
    """
    return "'" + text if text.startswith(FORMULA_STARTS) else text


def _people_cell(value: Any) -> str:
    if value is None:
        return ""
    if isinstance(value, bool):
        return "true" if value else "false"
    if isinstance(value, numbers.Number):  # int, float and numpy's numbers: never prefixed, even when negative
        if isinstance(value, float) and math.isnan(value):
            return ""
        return str(value)
    if isinstance(value, list | tuple | dict):
        value = json.dumps(value, ensure_ascii=False)
    return neutralise(str(value))


def people_csv(rows: Iterable[Mapping[str, Any]], columns: Sequence[str] | None = None) -> str:
    """CSV text for people: BOM first, text cells neutralised (see `neutralise`), numbers as numbers.

    `columns` fixes the header (default: every key met, in order of first appearance). None and NaN are empty
    cells; lists and mappings become JSON text; lines end with CRLF (RFC 4180). Encode the result as UTF-8 (the
    BOM is its first character). Every CSV meant for people (downloads, `export --format csv`) is written here.
    """
    rows = list(rows)
    header: list[str] = list(columns) if columns is not None else []
    if columns is None:
        seen: set[str] = set()
        for row in rows:
            for key in row:
                if key not in seen:
                    seen.add(key)
                    header.append(key)
    buffer = io.StringIO()
    buffer.write(BOM)
    writer = csv.writer(buffer, lineterminator="\r\n")
    writer.writerow([neutralise(name) for name in header])
    for row in rows:
        writer.writerow([_people_cell(row.get(name)) for name in header])
    return buffer.getvalue()


# --- the open-data tables ------------------------------------------------------------------------------------

ColumnType = Literal["string", "integer", "number", "array", "object"]


@dataclass(frozen=True)
class Column:
    """One column of an exported table, in Table Schema terms (https://specs.frictionlessdata.io/table-schema/)."""

    name: str
    type: ColumnType
    description: str
    required: bool
    constraints: dict[str, Any] = field(default_factory=dict)
    """Table Schema constraints besides `required`: pattern (unanchored), enum, minimum, maximum, min/maxLength."""
    items: str | None = None
    """For an array of plain values, their type ("string"); None for an array of records (kept as JSON)."""


@dataclass(frozen=True)
class ForeignKey:
    column: str
    table: str
    target: str


@dataclass(frozen=True)
class Table:
    """An exported table: its schema and its rows (JSON-ready values, every column present in every row)."""

    name: str
    description: str
    columns: tuple[Column, ...]
    primary_key: tuple[str, ...]
    foreign_keys: tuple[ForeignKey, ...]
    rows: list[dict[str, Any]]
    link: bool = False
    """A link table (derived from a list field, for its foreign keys): not a kind of `export_records`."""


@dataclass(frozen=True)
class _RecordTable:
    model: type[Record]
    description: str
    primary_key: str
    foreign_keys: tuple[tuple[str, str, str], ...] = ()
    exclude: tuple[str, ...] = ()


_RECORD_TABLES: dict[str, _RecordTable] = {
    "alliance": _RecordTable(Alliance, "The alliance and the dataset's provenance (one row).", "id",
                             (("leading_state", "states", "iso3"),), ("states",)),
    "states": _RecordTable(State, "Every state the data names, with its relation to the alliance.", "iso3"),
    "dimensions": _RecordTable(Dimension, "The codebook's stance dimensions.", "id"),
    "sources": _RecordTable(Source, "The source articles; every passage cited is a span of one of them.", "id",
                            (("author", "actors", "id"),)),
    "actors": _RecordTable(Actor, "People and organisations: speakers, authors, participants.", "id"),
    "quotes": _RecordTable(Quote, "Quotations, each the exact words of a source at its offsets.", "id",
                           (("source", "sources", "id"), ("event", "events", "id"))),
    "signals": _RecordTable(Signal, "Coded pieces of evidence: a state's or a speaker's stance on a dimension.",
                            "id", (("state", "states", "iso3"), ("actor", "actors", "id"),
                                   ("dimension", "dimensions", "id"))),
    "events": _RecordTable(Event, "Dated events: summits, deployments, ratification steps and others.", "id"),
    "changelog": _RecordTable(ChangelogEntry, "The dataset's published versions, newest first.", "version"),
}


@dataclass(frozen=True)
class _Link:
    name: str
    parent: str
    parent_column: str
    values: Callable[[dict[str, Any]], list[str]]
    column: str
    table: str
    target: str
    description: str


def _listed(key: str) -> Callable[[dict[str, Any]], list[str]]:
    return lambda record: list(record.get(key) or [])


def _evidence_quote(record: dict[str, Any]) -> list[str]:
    evidence = record.get("evidence")
    return [evidence["quote"]] if isinstance(evidence, dict) and "quote" in evidence else []


_LINKS = (
    _Link("quote_speakers", "quotes", "quote", _listed("speakers"), "actor", "actors", "id",
          "The speakers of each quote (quotes.speakers), one row each, in the quote's order."),
    _Link("quote_about", "quotes", "quote", _listed("about"), "state", "states", "iso3",
          "The states each quote is about (quotes.about)."),
    _Link("quote_dimensions", "quotes", "quote", _listed("dimensions"), "dimension", "dimensions", "id",
          "The dimensions each quote bears on (quotes.dimensions)."),
    _Link("signal_quotes", "signals", "signal", _evidence_quote, "quote", "quotes", "id",
          "The quote that is a signal's evidence (signals.evidence.quote), for signals whose evidence is a quote."),
    _Link("event_states", "events", "event", _listed("states"), "state", "states", "iso3",
          "The states taking part in each event (events.states)."),
    _Link("event_absent", "events", "event", _listed("absent"), "state", "states", "iso3",
          "The members each event's sources say stayed away (events.absent)."),
    _Link("event_location_states", "events", "event", _listed("location_states"), "state", "states", "iso3",
          "The states each event happened in (events.location_states)."),
    _Link("event_targets", "events", "event", _listed("targets"), "state", "states", "iso3",
          "The states each event was directed at (events.targets)."),
    _Link("event_actors", "events", "event", _listed("actors"), "actor", "actors", "id",
          "The actors involved in each event (events.actors)."),
)


def _strip_anchors(pattern: str) -> str:
    # Table Schema patterns match the whole value already (they are implicitly anchored)
    return pattern.removeprefix("^").removesuffix("$")


def _column(name: str, prop: dict[str, Any], defs: dict[str, Any], required: bool) -> Column:
    """A Table Schema column from a property of the model's JSON Schema (pydantic's, so the same constraints)."""
    description = str(prop.get("description", ""))
    base = prop
    if "anyOf" in prop:
        options = [o for o in prop["anyOf"] if o.get("type") != "null"]
        required = required and len(options) == len(prop["anyOf"])
        if len(options) == 1:
            base = options[0]
        elif all(o.get("type") == "string" for o in options):
            base = {"type": "string"}  # e.g. a state code or an actor id: no single pattern
        else:
            base = {"type": "object"}
    if "$ref" in base:
        target = defs[base["$ref"].rsplit("/", 1)[1]]
        base = {"type": target.get("type", "string"), "enum": target["enum"]} if "enum" in target else {
            "type": "object"}
    if "oneOf" in base:
        base = {"type": "object"}
    kind: ColumnType = base.get("type", "object")
    constraints: dict[str, Any] = {}
    items = None
    if kind == "string":
        if "pattern" in base:
            constraints["pattern"] = _strip_anchors(base["pattern"])
        for key in ("minLength", "maxLength", "enum"):
            if key in base:
                constraints[key] = base[key]
    elif kind in ("integer", "number"):
        for key in ("minimum", "maximum", "enum"):
            if key in base:
                constraints[key] = base[key]
        if kind == "integer" and "exclusiveMinimum" in base:
            constraints["minimum"] = int(base["exclusiveMinimum"]) + 1
    elif kind == "array":
        item = base.get("items", {})
        items = item["type"] if item.get("type") in ("string", "integer") else None
    return Column(name, kind, description, required, constraints, items)


@functools.cache  # the models do not change while the process runs; pydantic's schema takes ~5 ms a model
def _columns(spec: _RecordTable) -> tuple[Column, ...]:
    model, exclude = spec.model, spec.exclude
    schema = model.model_json_schema(mode="validation")
    defs = schema.get("$defs", {})
    required = set(schema.get("required", []))
    return tuple(_column(name, prop, defs, name in required) for name, prop in schema["properties"].items()
                 if name not in exclude)


def open_tables(ds: Dataset) -> list[Table]:
    """Every table of the open-data formats, in an order where each table's references come before it.

    The record tables hold `export_records(ds)` exactly; the link tables (`Table.link`) hold, per list field that
    names other records, one row per (record, position, name), so that those references are foreign keys too.
    """
    records = export_records(ds)
    tables: dict[str, Table] = {}
    for kind, spec in _RECORD_TABLES.items():
        columns = _columns(spec)
        names = [c.name for c in columns]
        rows = [{name: record.get(name) for name in names} for record in records[kind]]
        tables[kind] = Table(kind, spec.description, columns, (spec.primary_key,),
                             tuple(ForeignKey(*fk) for fk in spec.foreign_keys), rows)
    for link in _LINKS:
        parent_key = _RECORD_TABLES[link.parent].primary_key
        rows = [{link.parent_column: record[parent_key], "position": i, link.column: value}
                for record in records[link.parent] for i, value in enumerate(link.values(record))]
        columns = (
            Column(link.parent_column, "string", f"Id of the {link.parent_column} ({link.parent}.{parent_key}).",
                   True),
            Column("position", "integer", "Position in the list, from 0.", True, {"minimum": 0}),
            Column(link.column, "string", f"The {link.column} named ({link.table}.{link.target}).", True),
        )
        tables[link.name] = Table(link.name, link.description, columns, (link.parent_column, "position"),
                                  (ForeignKey(link.parent_column, link.parent, parent_key),
                                   ForeignKey(link.column, link.table, link.target)), rows, link=True)
    order = ["states", "dimensions", "actors", "sources", "events", "quotes", "signals", "alliance", "changelog"]
    return [tables[name] for name in order] + [tables[link.name] for link in _LINKS]


def _machine_cell(value: Any) -> str:
    if value is None:
        return ""
    if isinstance(value, list | dict):
        return json.dumps(value, ensure_ascii=False)
    if isinstance(value, float):
        return json.dumps(value)
    return str(value)


def machine_csv(table: Table) -> bytes:
    """A table as CSV with exact values (no BOM, nothing neutralised): the Data Package's files.

    UTF-8, a header row, CRLF line ends; None is an empty cell, lists and records are JSON text.
    """
    buffer = io.StringIO()
    writer = csv.writer(buffer, lineterminator="\r\n")
    writer.writerow([c.name for c in table.columns])
    for row in table.rows:
        writer.writerow([_machine_cell(row[c.name]) for c in table.columns])
    return buffer.getvalue().encode("utf-8")


# --- Data Package ----------------------------------------------------------------------------------------------


def _as_of_start(ds: Dataset) -> str:
    return date_bounds(ds.alliance.dataset.as_of)[0].isoformat()


def package_name(ds: Dataset) -> str:
    """The dataset's name in file names and the Data Package: `<alliance id>-dataset`."""
    return re.sub(r"[^a-z0-9.-]", "-", ds.alliance.id.lower()) + "-dataset"


def _licences(ds: Dataset) -> list[dict[str, str]]:
    info = ds.alliance.dataset
    licence: dict[str, str] = {"title": info.licence}
    if info.licence_id:
        licence["name"] = info.licence_id
    if info.licence_url:
        licence["path"] = info.licence_url
    return [licence] if len(licence) > 1 else []  # the spec requires a name or a path


def _field_descriptor(column: Column) -> dict[str, Any]:
    descriptor: dict[str, Any] = {"name": column.name, "type": column.type, "description": column.description}
    constraints = dict(column.constraints)
    if column.required:
        constraints["required"] = True
    if constraints:
        descriptor["constraints"] = constraints
    return descriptor


def datapackage_descriptor(ds: Dataset, tables: Sequence[Table] | None = None) -> dict[str, Any]:
    """`datapackage.json` as a mapping: a Tabular Data Package (https://specs.frictionlessdata.io/data-package/).

    name, title, version, description, created (the dataset's as-of date at midnight UTC, so that the same data
    gives the same file), licences (from licence_id/licence_url), sources (every article), contributors (the
    maintainers), and a resource per table with its Table Schema: types, constraints, primary and foreign keys.
    """
    info = ds.alliance.dataset
    resources = []
    for table in tables if tables is not None else open_tables(ds):
        schema: dict[str, Any] = {
            "fields": [_field_descriptor(c) for c in table.columns],
            "primaryKey": list(table.primary_key),
        }
        if table.foreign_keys:
            schema["foreignKeys"] = [{"fields": fk.column, "reference": {"resource": fk.table, "fields": fk.target}}
                                     for fk in table.foreign_keys]
        resources.append({
            "name": table.name, "path": f"{table.name}.csv", "profile": "tabular-data-resource",
            "description": table.description, "format": "csv", "mediatype": "text/csv", "encoding": "utf-8",
            "schema": schema,
        })
    descriptor: dict[str, Any] = {
        "profile": "tabular-data-package",
        "name": package_name(ds),
        "title": info.title,
        "version": info.version,
        "description": f"{info.origin} Source texts: {info.source_licence}",
        "created": f"{_as_of_start(ds)}T00:00:00Z",
        "licenses": _licences(ds),
        "sources": [{"title": s.title, "path": s.url} for s in ds.sources],
        "contributors": [{"title": name, "role": "author"} for name in info.maintainers],
        "resources": resources,
    }
    if not descriptor["licenses"]:
        del descriptor["licenses"]
    return descriptor


def datapackage_files(ds: Dataset) -> dict[str, bytes]:
    """File name -> bytes of the Data Package: `datapackage.json` and one CSV per table (exact values)."""
    tables = open_tables(ds)
    files = {"datapackage.json": (json.dumps(datapackage_descriptor(ds, tables), ensure_ascii=False, indent=2)
                                  + "\n").encode("utf-8")}
    files.update({f"{t.name}.csv": machine_csv(t) for t in tables})
    return files


def datapackage_zip(ds: Dataset) -> bytes:
    """The Data Package as one zip (datapackage.json and the CSVs at its root), for a download.

    Deterministic: entries in a fixed order, each dated the dataset's as-of date, fixed permissions.
    """
    stamp = date_bounds(ds.alliance.dataset.as_of)[0]
    when = (max(stamp.year, 1980), stamp.month, stamp.day, 0, 0, 0)  # zip dates start in 1980
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w") as archive:
        for name, data in datapackage_files(ds).items():
            entry = zipfile.ZipInfo(name, date_time=when)
            entry.compress_type = zipfile.ZIP_DEFLATED
            entry.external_attr = 0o644 << 16
            archive.writestr(entry, data, compresslevel=9)
    return buffer.getvalue()


# --- SQLite ----------------------------------------------------------------------------------------------------

_SQL_TYPES = {"string": "TEXT", "integer": "INTEGER", "number": "REAL", "array": "TEXT", "object": "TEXT"}
FTS_TABLE = "quotes_fts"
"""The full-text index of the quotes: text, its English translation, speakers' names and aliases (FTS5, rowid = the
quote's rowid)."""


def _ident(name: str) -> str:
    return '"' + name.replace('"', '""') + '"'


def _create_sql(table: Table) -> str:
    lines = [f"{_ident(c.name)} {_SQL_TYPES[c.type]}{' NOT NULL' if c.required else ''}" for c in table.columns]
    lines.append(f"PRIMARY KEY ({', '.join(map(_ident, table.primary_key))})")
    lines += [f"FOREIGN KEY ({_ident(fk.column)}) REFERENCES {_ident(fk.table)} ({_ident(fk.target)})"
              for fk in table.foreign_keys]
    return f"CREATE TABLE {_ident(table.name)} (\n  " + ",\n  ".join(lines) + "\n)"


def _sql_value(value: Any) -> Any:
    return json.dumps(value, ensure_ascii=False) if isinstance(value, list | dict) else value


def sqlite_bytes(ds: Dataset) -> bytes:
    """The dataset as one SQLite database file (bytes): a table per record kind and link table, primary and
    foreign keys declared, and the FTS5 table `quotes_fts` over each quote's text, its English translation and its
    speakers' names and aliases (diacritics folded, so `Abisev` finds `Abišev`).

    Lists and records are JSON text (SQLite's json_each/json_extract read them). Built in memory; the same data
    and SQLite library give the same bytes. Raises sqlite3.OperationalError if this SQLite lacks FTS5.
    """
    tables = open_tables(ds)
    with sqlite3.connect(":memory:") as db:
        db.execute("PRAGMA foreign_keys = ON")  # every row is checked against its references as it is inserted
        for table in tables:
            db.execute(_create_sql(table))
            names = [c.name for c in table.columns]
            db.executemany(f"INSERT INTO {_ident(table.name)} VALUES ({', '.join('?' * len(names))})",
                           [[_sql_value(row[n]) for n in names] for row in table.rows])
        db.execute(f"CREATE VIRTUAL TABLE {FTS_TABLE} USING fts5(text, translation_en, speaker_names, speaker_aliases, "
                   "tokenize = 'unicode61 remove_diacritics 2')")
        actors = ds.actor_by_id
        rowids = dict(db.execute("SELECT id, rowid FROM quotes").fetchall())
        db.executemany(f"INSERT INTO {FTS_TABLE} (rowid, text, translation_en, speaker_names, speaker_aliases) "
                       "VALUES (?, ?, ?, ?, ?)",
                       [(rowids[q.id], q.text, q.translation_en or "", "\n".join(actors[s].name for s in q.speakers),
                         "\n".join(a for s in q.speakers for a in actors[s].aliases)) for q in ds.quotes])
        db.commit()
        data = db.serialize()
    db.close()
    return bytes(data)


def datasette_metadata(ds: Dataset, database: str) -> dict[str, Any]:
    """Datasette's metadata for the SQLite export opened as `database` (its file name without `.db`).

    Title, description, licence and source of the dataset, a description of every table and column (the same
    texts as the Data Package), and the quotes' full-text table, so Datasette's search box searches the quotes.
    Use: `datasette FILE.db --metadata FILE.metadata.json`.
    """
    info = ds.alliance.dataset
    tables: dict[str, Any] = {}
    for table in open_tables(ds):
        entry: dict[str, Any] = {"description": table.description,
                                 "columns": {c.name: c.description for c in table.columns}}
        if table.name == "quotes":
            entry.update({"fts_table": FTS_TABLE, "fts_pk": "rowid"})
        tables[table.name] = entry
    tables[FTS_TABLE] = {"hidden": True}
    metadata: dict[str, Any] = {
        "title": info.title,
        "description": f"Version {info.version}, as of {info.as_of}. {info.origin}",
        "license": info.licence_id or info.licence,
        "source": ", ".join(sorted({s.publisher for s in ds.sources})) or info.origin,
        "databases": {database: {"tables": tables}},
    }
    if info.licence_url:
        metadata["license_url"] = info.licence_url
    if len(ds.sources) == 1:
        metadata["source_url"] = ds.sources[0].url
    return metadata


# --- Parquet ---------------------------------------------------------------------------------------------------


def parquet_files(ds: Dataset) -> dict[str, bytes]:
    """File name -> bytes of one Parquet file per table (pyarrow), for pandas, R (arrow) and DuckDB.

    Types as in the Data Package: string, int64, float64; a list of names is a list<string>; a nested record or
    a list of records is JSON text (its field's metadata says `"json": "true"`). Every field's metadata holds its
    description; the table's holds its primary and foreign keys and the dataset's version.
    """
    import pyarrow as pa  # only this export needs it
    import pyarrow.parquet as pq

    scalar = {"string": pa.string(), "integer": pa.int64(), "number": pa.float64()}
    files = {}
    for table in open_tables(ds):
        fields = []
        arrays = []
        for column in table.columns:
            meta = {"description": column.description}
            values = [row[column.name] for row in table.rows]
            if column.type in scalar:
                kind = scalar[column.type]
            elif column.type == "array" and column.items is not None:
                kind = pa.list_(scalar[column.items])
            else:
                kind = pa.string()
                meta["json"] = "true"
                values = [None if v is None else json.dumps(v, ensure_ascii=False) for v in values]
            fields.append(pa.field(column.name, kind, nullable=not column.required, metadata=meta))
            arrays.append(pa.array(values, type=kind))
        schema = pa.schema(fields, metadata={
            "description": table.description,
            "primary_key": json.dumps(list(table.primary_key)),
            "foreign_keys": json.dumps([[fk.column, fk.table, fk.target] for fk in table.foreign_keys]),
            "dataset_version": ds.alliance.dataset.version,
        })
        buffer = io.BytesIO()
        pq.write_table(pa.Table.from_arrays(arrays, schema=schema), buffer)
        files[f"{table.name}.parquet"] = buffer.getvalue()
    return files


# --- downloads for the dashboard -------------------------------------------------------------------------------


@dataclass(frozen=True)
class Download:
    """A whole-dataset file for a download button."""

    data: bytes
    file_name: str
    mime: str
    label: str
    version: str
    """The dataset version the file holds."""

    @property
    def size(self) -> int:
        """Size in bytes."""
        return len(self.data)

    @property
    def size_label(self) -> str:
        """Size for people: `812 B`, `48.2 kB`, `3.1 MB` (decimal units)."""
        return human_size(self.size)


def human_size(n: int) -> str:
    """A byte count in decimal units, one decimal above a kilobyte: 812 B, 48.2 kB, 3.1 MB."""
    if n < 1000:
        return f"{n} B"
    value, unit = n / 1000, "kB"
    for bigger in ("MB", "GB"):
        if value < 1000:
            break
        value, unit = value / 1000, bigger
    return f"{value:.1f} {unit}"


def dataset_download(ds: Dataset, kind: Literal["datapackage", "sqlite"]) -> Download:
    """The whole dataset as a Data Package zip or a SQLite database, with name, type, size and version.

    File names: `<alliance id>-dataset-<version>.zip` / `.db`. Deterministic for the same data.
    """
    version = ds.alliance.dataset.version
    stem = f"{package_name(ds)}-{version}"
    if kind == "datapackage":
        return Download(datapackage_zip(ds), f"{stem}.zip", "application/zip", "Data Package (zip)", version)
    return Download(sqlite_bytes(ds), f"{stem}.db", "application/vnd.sqlite3", "SQLite (Datasette)", version)
