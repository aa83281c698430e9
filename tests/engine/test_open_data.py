"""The open-data exports (Data Package, SQLite for Datasette, Parquet), CSV for people, citation and versioned links.

Every export is read back with the library its users would use (frictionless, sqlite3, pyarrow) and must give the
records of `export --format json`; the CSVs meant for people are checked for the byte-order mark and for text
that a spreadsheet would run as a formula.
"""

from __future__ import annotations

import contextlib
import csv
import dataclasses
import hashlib
import io
import json
import socket
import sqlite3
import subprocess
import sys
import time
import urllib.request
import zipfile
from datetime import date as Date
from decimal import Decimal
from pathlib import Path
from typing import Any

import pyarrow as pa
import pyarrow.parquet as pq
import pytest
import yaml

from alliance_monitor import export, models, views
from alliance_monitor.citation import bibtex_text, cite, template_citation
from alliance_monitor.load import Dataset
from alliance_monitor.models import ChangelogEntry, DatasetInfo
from alliance_monitor.tables import build_tables
from alliance_monitor.validate import load_dataset
from alliance_monitor.versions import version_notice
from tests.conftest import FICTIONAL_DATA, REAL_DATA, ROOT, run_cli

DATASETS = {"real": REAL_DATA, "fictional": FICTIONAL_DATA, "hostile": ROOT / "tests" / "fixtures" / "hostile" / "data"}
"""The real data, the fictional alliance (the engine knows no alliance) and the hostile one (HTML, Markdown, LaTeX,
right-to-left text, a 10,000-character word: every format must keep it exactly)."""
HOSTILE_STARTS = ["=", "+", "-", "@", "\t", "\r"]


@pytest.fixture(scope="module", params=sorted(DATASETS))
def dataset(request: pytest.FixtureRequest) -> Dataset:
    return load_dataset(DATASETS[request.param])


def _json_records(ds: Dataset) -> dict[str, list[dict[str, Any]]]:
    """What `export --format json` writes, read back as JSON."""
    records: dict[str, list[dict[str, Any]]] = json.loads(json.dumps(export.export_records(ds), ensure_ascii=False))
    return records


def _plain(value: Any) -> Any:
    """frictionless reads numbers as Decimal; compare them as the JSON export's floats."""
    if isinstance(value, Decimal):
        return float(value)
    if isinstance(value, list):
        return [_plain(v) for v in value]
    if isinstance(value, dict):
        return {k: _plain(v) for k, v in value.items()}
    return value


# --- every field described -------------------------------------------------------------------------------------


def _record_models() -> list[type[models.Record]]:
    return [m for m in vars(models).values()
            if isinstance(m, type) and issubclass(m, models.Record) and m is not models.Record]


@pytest.mark.parametrize("model", _record_models(), ids=lambda m: m.__name__)
def test_every_model_field_has_a_description(model: type[models.Record]) -> None:
    """A field without a docstring would be an undocumented column in every export and in schema/."""
    missing = [name for name, info in model.model_fields.items() if not (info.description or "").strip()]
    assert not missing, f"{model.__name__}: add a docstring under {missing}"


def test_every_exported_column_is_described(dataset: Dataset) -> None:
    tables = export.open_tables(dataset)
    for table in tables:
        assert table.description and table.primary_key
        for column in table.columns:
            assert column.description.strip(), f"{table.name}.{column.name}"
    by_name = {t.name: t for t in tables}
    # every field of every exported model is a column, in the model's order
    cases: list[tuple[str, type[models.Record], tuple[str, ...]]] = [
        ("quotes", models.Quote, ()), ("signals", models.Signal, ()), ("alliance", models.Alliance, ("states",)),
        ("changelog", models.ChangelogEntry, ())]
    for kind, model, skip in cases:
        assert [c.name for c in by_name[kind].columns] == [f for f in model.model_fields if f not in skip]


# --- Data Package ----------------------------------------------------------------------------------------------


def _write(folder: Path, files: dict[str, bytes]) -> Path:
    folder.mkdir(parents=True, exist_ok=True)
    for name, data in files.items():
        (folder / name).write_bytes(data)
    return folder


def test_datapackage_round_trips_through_frictionless(dataset: Dataset, tmp_path: Path) -> None:
    from frictionless import Package

    folder = _write(tmp_path / "dp", export.datapackage_files(dataset))
    package = Package(str(folder / "datapackage.json"))
    report = package.validate()
    assert report.valid, report.flatten(["rowNumber", "fieldName", "type", "note"])
    descriptor = json.loads((folder / "datapackage.json").read_text(encoding="utf-8"))
    info = dataset.alliance.dataset
    assert (descriptor["title"], descriptor["version"]) == (info.title, info.version)
    assert descriptor["sources"] and descriptor["contributors"] and descriptor["created"]
    if info.licence_id:
        assert descriptor["licenses"][0]["name"] == info.licence_id
    else:  # a licence in words only: the spec wants a name or a path, so none is claimed
        assert "licenses" not in descriptor
    expected = _json_records(dataset)
    for kind, rows in expected.items():
        resource = package.get_table_resource(kind)  # (read_rows is a table's)
        read = [_plain(row.to_dict()) for row in resource.read_rows()]
        assert read == rows, kind
    quotes = package.get_resource("quotes").schema
    assert quotes.primary_key == ["id"]
    assert {fk["fields"][0] for fk in quotes.foreign_keys} == {"source", "event"}
    speakers = package.get_resource("quote_speakers").schema
    assert {fk["reference"]["resource"] for fk in speakers.foreign_keys} == {"quotes", "actors"}


def test_frictionless_validate_passes_and_catches_a_broken_reference(tmp_path: Path) -> None:
    """`frictionless validate` (the command CI and users run) on the exported package; and it does check keys."""
    folder = tmp_path / "dp"
    assert run_cli("export", "--format", "datapackage", "--out", folder).returncode == 0
    frictionless = Path(sys.executable).parent / "frictionless"
    result = subprocess.run([str(frictionless), "validate", "datapackage.json"], cwd=folder, capture_output=True,
                            text=True, timeout=300)
    assert result.returncode == 0, result.stdout + result.stderr
    path = folder / "quote_speakers.csv"
    text = path.read_text(encoding="utf-8")
    path.write_text(text.replace(",tokayev", ",nobody-at-all", 1), encoding="utf-8")
    broken = subprocess.run([str(frictionless), "validate", "datapackage.json"], cwd=folder, capture_output=True,
                            text=True, timeout=300)
    assert broken.returncode != 0 and "foreign" in broken.stdout.lower()


def test_datapackage_zip_is_deterministic_and_whole(dataset: Dataset) -> None:
    first, second = export.datapackage_zip(dataset), export.datapackage_zip(dataset)
    assert first == second
    with zipfile.ZipFile(io.BytesIO(first)) as archive:
        assert {i.filename: archive.read(i) for i in archive.infolist()} == export.datapackage_files(dataset)
    download = export.dataset_download(dataset, "datapackage")
    version = dataset.alliance.dataset.version
    assert download.data == first and download.version == version and download.size == len(first)
    assert download.file_name == f"{export.package_name(dataset)}-{version}.zip"
    assert download.size_label.endswith(("B", "kB", "MB"))


# --- SQLite ----------------------------------------------------------------------------------------------------


def _sqlite_records(db: sqlite3.Connection, ds: Dataset) -> dict[str, list[dict[str, Any]]]:
    out = {}
    for table in export.open_tables(ds):
        if table.link:
            continue
        names = [c.name for c in table.columns]
        decode = {c.name for c in table.columns if c.type in ("array", "object")}
        rows = db.execute(f'SELECT {", ".join(names)} FROM "{table.name}" ORDER BY rowid').fetchall()
        out[table.name] = [
            {n: json.loads(v) if n in decode and v is not None else v for n, v in zip(names, row, strict=True)}
            for row in rows
        ]
    return out


def _phrase(words: str) -> str:
    """An FTS5 phrase query matching `words` literally (double quotes doubled inside)."""
    return '"' + words.replace('"', '""') + '"'


def test_sqlite_round_trips_with_keys_and_full_text(dataset: Dataset, tmp_path: Path) -> None:
    data = export.sqlite_bytes(dataset)
    assert data == export.sqlite_bytes(dataset)  # deterministic
    path = tmp_path / "d.db"
    path.write_bytes(data)
    with contextlib.closing(sqlite3.connect(path)) as db:
        assert _sqlite_records(db, dataset) == _json_records(dataset)
        pk = [r[1] for r in db.execute("PRAGMA table_info(quotes)") if r[5]]
        assert pk == ["id"]
        fks = {(r[2], r[3], r[4]) for r in db.execute("PRAGMA foreign_key_list(signals)")}
        assert fks == {("states", "state", "iso3"), ("actors", "actor", "id"), ("dimensions", "dimension", "id")}
        assert {r[2] for r in db.execute("PRAGMA foreign_key_list(quote_speakers)")} == {"quotes", "actors"}
        assert db.execute("PRAGMA foreign_key_check").fetchall() == []
        # full text: a speaker's alias (any script), diacritics folded
        quote = dataset.quotes[0]
        speaker = dataset.actor_by_id[quote.speakers[0]]
        word = (speaker.aliases or [speaker.name])[-1].split()[-1]
        found = {r[0] for r in db.execute("SELECT q.id FROM quotes_fts f JOIN quotes q ON q.rowid = f.rowid "
                                          "WHERE quotes_fts MATCH ?", [_phrase(word)])}
        assert quote.id in found
        text_word = max(quote.text.split(), key=len).strip(".,;:!?\"'")
        found = {r[0] for r in db.execute("SELECT q.id FROM quotes_fts f JOIN quotes q ON q.rowid = f.rowid "
                                          "WHERE quotes_fts MATCH ?", [_phrase(text_word)])}
        assert quote.id in found


def test_sqlite_full_text_folds_diacritics() -> None:
    ds = load_dataset(FICTIONAL_DATA)
    with contextlib.closing(sqlite3.connect(":memory:")) as db:
        db.deserialize(export.sqlite_bytes(ds))
        names = {r[0] for r in db.execute("SELECT speaker_names FROM quotes_fts WHERE quotes_fts MATCH 'Jon'")}
        assert names and all("Jón" in n for n in names)


def _free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return int(sock.getsockname()[1])


def test_datasette_serves_the_export(tmp_path: Path) -> None:
    """The exported database and metadata, served by Datasette: a table, its description and a search."""
    db = tmp_path / "alliance.db"
    run = run_cli("export", "--format", "sqlite", "--out", db)
    assert run.returncode == 0, run.stderr
    metadata = tmp_path / "alliance.metadata.json"
    meta = json.loads(metadata.read_text(encoding="utf-8"))
    columns = meta["databases"]["alliance"]["tables"]["quotes"]["columns"]
    assert columns["text"] and all(columns.values())
    port = _free_port()
    datasette = Path(sys.executable).parent / "datasette"
    server = subprocess.Popen([str(datasette), "serve", str(db), "--metadata", str(metadata), "--host", "127.0.0.1",
                               "--port", str(port)], stdout=subprocess.DEVNULL, stderr=subprocess.PIPE)
    try:
        base = f"http://127.0.0.1:{port}"
        deadline = time.monotonic() + 60
        while True:
            try:
                with urllib.request.urlopen(f"{base}/-/versions.json", timeout=5):
                    break
            except OSError:
                assert server.poll() is None, server.stderr.read().decode() if server.stderr else ""
                assert time.monotonic() < deadline, "datasette did not start within 60 s"
                time.sleep(0.3)
        with urllib.request.urlopen(f"{base}/alliance/quotes.json?_shape=array&_size=max", timeout=30) as response:
            rows = json.loads(response.read())
        ds = load_dataset(REAL_DATA)
        assert sorted(r["id"] for r in rows) == sorted(q.id for q in ds.quotes)  # (Datasette orders by key)
        word = "Tokayev"
        with urllib.request.urlopen(f"{base}/alliance/quotes.json?_shape=array&_search={word}", timeout=30) as r:
            searched = {row["id"] for row in json.loads(r.read())}
        spoken = {q.id for q in ds.quotes if "tokayev" in q.speakers}
        assert spoken and spoken <= searched
    finally:
        server.terminate()
        try:
            server.wait(timeout=10)
        except subprocess.TimeoutExpired:
            server.kill()
            server.wait(timeout=10)


# --- Parquet ---------------------------------------------------------------------------------------------------


def test_parquet_round_trips(dataset: Dataset) -> None:
    files = export.parquet_files(dataset)
    expected = _json_records(dataset)
    assert set(expected) <= {name.removesuffix(".parquet") for name in files}
    for kind, rows in expected.items():
        table = pq.read_table(io.BytesIO(files[f"{kind}.parquet"]))
        as_json = {f.name for f in table.schema if (f.metadata or {}).get(b"json") == b"true"}
        read = [{k: json.loads(v) if k in as_json and v is not None else v for k, v in row.items()}
                for row in table.to_pylist()]
        assert read == rows, kind
        assert all((f.metadata or {}).get(b"description") for f in table.schema)
    quotes = pq.read_table(io.BytesIO(files["quotes.parquet"]))
    speakers = quotes.schema.field("speakers").type
    assert pa.types.is_list(speakers) and pa.types.is_string(speakers.value_type)
    assert str(quotes.schema.field("start").type) == "int64"


# --- the command line ------------------------------------------------------------------------------------------


@pytest.mark.parametrize("data", sorted(DATASETS))
def test_export_command_writes_every_format(data: str, tmp_path: Path) -> None:
    """The engine knows no alliance: the fictional one exports in every format as the real one does."""
    for fmt, out in [("datapackage", tmp_path / "dp"), ("parquet", tmp_path / "pq"), ("sqlite", tmp_path / "x.db"),
                     ("csv", tmp_path / "csv"), ("json", tmp_path / "json")]:
        run = run_cli("export", "--format", fmt, "--out", out, DATASETS[data])
        assert run.returncode == 0, (fmt, run.stderr)
    assert (tmp_path / "dp" / "datapackage.json").is_file() and (tmp_path / "pq" / "quotes.parquet").is_file()
    assert (tmp_path / "x.db").read_bytes()[:16] == b"SQLite format 3\x00"
    assert (tmp_path / "x.metadata.json").is_file()
    assert not (tmp_path / "json" / "dataset.json").read_bytes().startswith(b"\xef\xbb\xbf")  # JSON: no BOM


def _bad_targets(tmp: Path) -> list[tuple[str, Path, str]]:
    (tmp / "a-file.txt").write_text("keep me\n", encoding="utf-8")
    (tmp / "a-folder").mkdir()
    return [
        ("datapackage", tmp / "a-file.txt", "is not a folder"),
        ("parquet", tmp / "a-file.txt", "is not a folder"),
        ("csv", tmp / "a-file.txt", "is not a folder"),
        ("datapackage", tmp / "a-file.txt" / "sub", "is a file"),
        ("sqlite", tmp / "a-folder", "is a folder"),
        ("sqlite", tmp / "a-file.txt", "is not a SQLite database"),
        ("sqlite", tmp / "a-file.txt" / "x.db", "is a file"),
    ]


def test_export_refuses_bad_out_targets(tmp_path: Path) -> None:
    for fmt, out, message in _bad_targets(tmp_path):
        run = run_cli("export", "--format", fmt, "--out", out)
        assert run.returncode == 2, (fmt, out, run.stderr)
        assert message in run.stderr and "Traceback" not in run.stderr, run.stderr
        assert len(run.stderr.strip().splitlines()) == 1
    assert (tmp_path / "a-file.txt").read_text(encoding="utf-8") == "keep me\n"
    for fmt in ("datapackage", "sqlite", "parquet"):
        run = run_cli("export", "--format", fmt)
        assert run.returncode == 2 and "needs --out" in run.stderr


# --- CSV for people: formulas and the byte-order mark ---------------------------------------------------------


@pytest.fixture(scope="module")
def hostile_quotes(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """A copy of the fictional data with one quote per hostile first character, verbatim in its seed."""
    base = tmp_path_factory.mktemp("hostile-csv")
    (base / "data").mkdir()
    for path in FICTIONAL_DATA.iterdir():
        (base / "data" / path.name).write_bytes(path.read_bytes())
    (base / "seeds").mkdir()
    for path in (FICTIONAL_DATA.parent / "seeds").iterdir():
        (base / "seeds" / path.name).write_bytes(path.read_bytes())
    source = "northwind-2024-reykjavik-summit"
    seed_path = base / "seeds" / f"{source}.txt"
    seed = seed_path.read_bytes().decode("utf-8")  # (read_text would translate a seed's line ends)
    quotes: list[dict[str, Any]] = []
    for i, first in enumerate(HOSTILE_STARTS):
        text = f'{first}HYPERLINK("https://evil.example/{i}","click")'
        seed += "\nAppendix: " + text
        start = len(seed) - len(text)
        quotes.append({"id": f"q-hostile-{i}", "source": source, "speakers": ["halvorsen"], "text": text,
                       "start": start, "end": len(seed), "kind": "statement",
                       "context": {"start": start, "end": len(seed), "text": text},
                       "attribution": {"confidence": "low", "basis": "Appendix:"}})
    seed += "\n"
    seed_path.write_bytes(seed.encode("utf-8"))
    sources = base / "data" / "sources.yaml"
    old = hashlib.sha256((FICTIONAL_DATA.parent / "seeds" / f"{source}.txt").read_bytes()).hexdigest()
    sources.write_text(sources.read_text(encoding="utf-8").replace(old, hashlib.sha256(seed.encode()).hexdigest()),
                       encoding="utf-8")
    with (base / "data" / "quotes.yaml").open("a", encoding="utf-8") as handle:
        handle.write(yaml.safe_dump(quotes, allow_unicode=True, sort_keys=False))
    load_dataset(base / "data")  # valid: every hostile text is the seed's own
    return base / "data"


def _csv_quotes_cli(data: Path, tmp: Path) -> bytes:
    run = run_cli("export", "--format", "csv", "--out", tmp / "csv", data)
    assert run.returncode == 0, run.stderr
    return (tmp / "csv" / "quotes.csv").read_bytes()


def _csv_quotes_download(data: Path, tmp: Path) -> bytes:
    tables = build_tables(load_dataset(data))
    return views.quotes_download(tables.quotes)[0].encode("utf-8")


CSV_PATHS = {"export --format csv": _csv_quotes_cli, "quotes download": _csv_quotes_download}


@pytest.mark.parametrize("first", HOSTILE_STARTS, ids=repr)
@pytest.mark.parametrize("path", sorted(CSV_PATHS))
def test_csv_for_people_neutralises_formulas(path: str, first: str, hostile_quotes: Path, tmp_path: Path) -> None:
    raw = CSV_PATHS[path](hostile_quotes, tmp_path)
    assert raw.startswith(b"\xef\xbb\xbf"), "UTF-8 byte-order mark first"
    rows = {r["id"]: r for r in csv.DictReader(io.StringIO(raw.decode("utf-8-sig"), newline=""))}
    i = HOSTILE_STARTS.index(first)
    row = rows[f"q-hostile-{i}"]
    text = f'{first}HYPERLINK("https://evil.example/{i}","click")'
    assert row["text"] == "'" + text
    assert row["start"].isdigit() and row["end"].isdigit()  # numbers stay numbers
    ds = load_dataset(hostile_quotes)
    assert row["start"] == str(ds.quote_by_id[f"q-hostile-{i}"].start)


def test_regression_quote_starting_with_equals_is_inert(hostile_quotes: Path, tmp_path: Path) -> None:
    """Issue 13: a quote whose text begins with `=` was written as is and run by spreadsheets as a formula."""
    raw = _csv_quotes_cli(hostile_quotes, tmp_path)
    row = next(r for r in csv.reader(io.StringIO(raw.decode("utf-8-sig"), newline="")) if r[0] == "q-hostile-0")
    assert row[3] == "'" + '=HYPERLINK("https://evil.example/0","click")'
    # the machine formats keep the exact text: it must equal the seed at the quote's offsets
    records = export.export_records(load_dataset(hostile_quotes))
    assert next(q for q in records["quotes"] if q["id"] == "q-hostile-0")["text"].startswith("=")
    with contextlib.closing(sqlite3.connect(":memory:")) as db:
        db.deserialize(export.sqlite_bytes(load_dataset(hostile_quotes)))
        assert db.execute("SELECT text FROM quotes WHERE id = 'q-hostile-0'").fetchone()[0].startswith("=")


def test_people_csv_keeps_numbers_and_names_readable() -> None:
    text = export.people_csv([{"name": "Касым-Жомарт Токаев", "n": -1, "x": 2.5, "neg": "-1", "list": ["=a"],
                               "none": None}, {"name": "Abišev"}])
    assert text.startswith("\ufeff")
    rows = list(csv.reader(io.StringIO(text.removeprefix("\ufeff"), newline="")))
    assert rows == [["name", "n", "x", "neg", "list", "none"],
                    ["Касым-Жомарт Токаев", "-1", "2.5", "'-1", '["=a"]', ""], ["Abišev", "", "", "", "", ""]]
    assert "Abišev".encode() in text.encode("utf-8")


def test_signals_csv_direction_stays_a_number(tmp_path: Path) -> None:
    assert run_cli("export", "--format", "csv", "--out", tmp_path, FICTIONAL_DATA).returncode == 0
    text = (tmp_path / "signals.csv").read_text(encoding="utf-8-sig")
    rows = list(csv.DictReader(io.StringIO(text, newline="")))
    assert {r["direction"] for r in rows} <= {"-1", "1"} and "-1" in {r["direction"] for r in rows}


# --- citation --------------------------------------------------------------------------------------------------

HOSTILE_TITLE = 'Pact {unbalanced \\textbf{x} $E=mc^2$ 50% #1 a_b ~ ^ & "q" <b> \u202eevil\u202c\nline two}}'
HOSTILE_URL = 'https://example.org/q?x={a}&y="b"#frag\\ %7D} end\u202e'


def _info(**changes: Any) -> DatasetInfo:
    base = load_dataset(FICTIONAL_DATA).alliance.dataset
    return base.model_copy(update=changes)


def _balanced(text: str) -> bool:
    depth = 0
    for ch in text:
        depth += {"{": 1, "}": -1}.get(ch, 0)
        if depth < 0:
            return False
    return depth == 0


def test_citation_forms() -> None:
    info = _info()
    citation = cite(info, "https://app.example/quotes?country=Norway&data=0.1.0", Date(2026, 11, 30))
    assert info.title in citation.text and "Version 0.1.0" in citation.text and "2024-03-20" in citation.text
    assert "accessed 2026-11-30" in citation.text and "https://app.example/quotes?country=Norway" in citation.text
    assert citation.bibtex.startswith("@misc{") and "urldate = {2026-11-30}" in citation.bibtex
    assert "version = {0.1.0}" in citation.bibtex
    item = json.loads(citation.csl_json)[0]
    assert item["type"] == "dataset" and item["version"] == "0.1.0" and item["title"] == info.title
    assert item["accessed"] == {"date-parts": [[2026, 11, 30]]} and item["issued"] == {"date-parts": [[2024, 3, 20]]}


def test_citation_of_hostile_title_and_url() -> None:
    info = _info(title=HOSTILE_TITLE, maintainers=["A & B {Lab}", "C_D"])
    citation = cite(info, HOSTILE_URL, Date(2026, 1, 2))
    entry = citation.bibtex
    assert _balanced(entry), entry
    body = entry[entry.index(",\n") + 2: entry.rindex("}")]
    for line in body.strip().splitlines():  # one field per line, each a balanced {...}
        _name, value = line.strip().rstrip(",").split(" = ", 1)
        assert value.startswith("{") and value.endswith("}") and _balanced(value[1:-1]), line
    assert "\\textbraceleft{}unbalanced" in entry and "\\$E=mc\\textasciicircum{}2\\$" in entry
    assert "50\\%" in entry and "\\#1" in entry and "a\\_b" in entry and "A \\& B" in entry
    url_line = next(line for line in entry.splitlines() if line.strip().startswith("url ="))
    assert all(ch not in url_line.split("= {", 1)[1][:-2] for ch in '{}\\" \u202e')
    assert "\u202e" not in citation.text and "\n" not in citation.text
    item = json.loads(citation.csl_json)[0]  # valid JSON whatever the input
    assert item["title"].startswith("Pact {unbalanced") and "\u202e" not in item["title"]
    assert item["URL"].startswith("https://example.org/q?x={a}")


def test_the_datasets_own_template_is_filled_literally_and_always_says_when_the_view_was_seen() -> None:
    seen = Date(2026, 11, 30)
    plain = _info(citation="Boreal data, version {version} (as of {as_of}), view: {url}", version="1.2.3")
    assert template_citation(plain, "https://x.example/q?a=1", seen) == (
        f"Boreal data, version 1.2.3 (as of {plain.as_of}), view: https://x.example/q?a=1 (accessed 2026-11-30)")
    placed = _info(citation="{title}; seen {accessed}; {url}")
    assert template_citation(placed, "u", seen) == f"{placed.title}; seen 2026-11-30; u"  # no second date
    hostile = _info(citation="X {0} {__class__} {version.__class__} {url}\n\u202e{nope}")
    text = template_citation(hostile, "https://e.example/?q={a}", seen)
    assert text.startswith("X {0} {__class__} {version.__class__} https://e.example/?q={a}")
    assert "{nope}" in text and "\n" not in text and "\u202e" not in text and text.endswith("(accessed 2026-11-30)")


def test_bibtex_text_escapes_every_special_character() -> None:
    assert bibtex_text("\\{}$&%#_^~") == ("\\textbackslash{}\\textbraceleft{}\\textbraceright{}\\$\\&\\%\\#\\_"
                                          "\\textasciicircum{}\\textasciitilde{}")


# --- versioned links -------------------------------------------------------------------------------------------

CHANGELOG = (
    ChangelogEntry(version="0.3.0", date="2025-03", summary="Third.", withdrawn=["q-x: misattributed"]),
    ChangelogEntry(version="0.2.0", date="2025-02", summary="Second."),
    ChangelogEntry(version="0.1.0", date="2025-01", summary="First."),
)


def test_version_notice() -> None:
    assert version_notice(None, "0.3.0", CHANGELOG) is None
    assert version_notice("", "0.3.0", CHANGELOG) is None
    assert version_notice("0.3.0", "0.3.0", CHANGELOG) is None
    older = version_notice("0.1.0", "0.3.0", CHANGELOG)
    assert older is not None and "0.1.0" in older and "0.3.0" in older
    assert "0.3.0 (2025-03): Third;" in older and "0.2.0 (2025-02): Second." in older and "First" not in older
    assert "changelog" in older
    newer = version_notice("0.4.0", "0.3.0", CHANGELOG, changes_at="the changelog page")
    assert newer is not None and "newer" in newer and "0.4.0" in newer and newer.endswith("the changelog page.")


@pytest.mark.parametrize("typed", ["latest", "1.0", "0.1.0<script>", "\u202e9.9.9", "x" * 10_000, "0.1.0\n"])
def test_version_notice_of_a_typed_value(typed: str) -> None:
    notice = version_notice(typed, "0.3.0", CHANGELOG)
    if typed.strip() == "0.1.0":
        assert notice is not None and "0.1.0" in notice
        return
    assert notice is not None and "not a version of this dataset" in notice and "0.3.0" in notice
    assert len(notice) < 400 and "\u202e" not in notice and "\n" not in notice


def test_real_dataset_version_is_in_its_changelog() -> None:
    ds = load_dataset(REAL_DATA)
    assert ds.changelog[0].version == ds.alliance.dataset.version
    assert version_notice(ds.alliance.dataset.version, ds.alliance.dataset.version, ds.changelog) is None


def test_citation_cff_names_the_dataset_version() -> None:
    cff = yaml.safe_load((ROOT / "CITATION.cff").read_text(encoding="utf-8"))
    info = load_dataset(REAL_DATA).alliance.dataset
    assert cff["cff-version"] == "1.2.0"
    assert {"cff-version", "message", "title", "authors"} <= set(cff)  # required by CFF 1.2.0
    assert all(isinstance(a, dict) and ("name" in a or "family-names" in a) for a in cff["authors"])
    assert cff["version"] == info.version and cff["date-released"] == info.as_of and cff["title"] == info.title
    assert info.licence_id in cff["license"]


def test_sqlite_full_text_finds_a_quote_by_its_translation(tmp_path: Path) -> None:
    """A quote in another language is found in Datasette by the words of its English translation."""
    ds = load_dataset(REAL_DATA)
    first = ds.quotes[0].model_copy(update={"translation_en": "zzqv translated words"})
    translated = dataclasses.replace(ds, quotes=(first, *ds.quotes[1:]))
    database = tmp_path / "t.db"
    database.write_bytes(export.sqlite_bytes(translated))
    with sqlite3.connect(database) as db:
        found = [r[0] for r in db.execute("SELECT q.id FROM quotes_fts f JOIN quotes q ON q.rowid = f.rowid "
                                          "WHERE quotes_fts MATCH 'zzqv'")]
    assert found == [first.id]


def test_version_notice_reads_as_sentences_and_names_an_unknown_version() -> None:
    """Reviewer's finding: a summary ending in a full stop gave '..'; a version the changelog never had was not
    said to be unknown."""
    changelog = [ChangelogEntry(version="0.2.0", date="2025-02", summary="Second, with roles."),
                 ChangelogEntry(version="0.1.0", date="2025-01", summary="First.")]
    notice = version_notice("0.0.1", "0.2.0", changelog)
    assert notice is not None and ".." not in notice
    assert "Version 0.0.1 is not in this dataset's changelog" in notice
    known = version_notice("0.1.0", "0.2.0", changelog)
    assert known is not None and "not in this dataset's changelog" not in known and ".." not in known
