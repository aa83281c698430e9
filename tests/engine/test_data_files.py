"""The data files themselves, checked the way a data repository checks its own files.

Every file against its published JSON Schema, both folders in canonical form, schema/ in step with the models,
and the provenance checked again here without the validator: seeds by SHA-256, spans verbatim and outside
page chrome, and every real quote standing between quotation marks in its seed.
"""

from __future__ import annotations

import hashlib
import json
import subprocess
from collections.abc import Iterator
from concurrent.futures import ThreadPoolExecutor
from typing import Any

import jsonschema
import pytest

from alliance_monitor.load import Dataset, seed_path
from alliance_monitor.models import RECORD_FILES, SINGLETON_FILES, QuoteEvidence
from alliance_monitor.validate import load_dataset, validate
from alliance_monitor.yamlio import read_yaml
from tests.conftest import FICTIONAL_DATA, REAL_DATA, ROOT, run_cli

FOLDERS = {"real": REAL_DATA, "fictional": FICTIONAL_DATA}
QUOTE_MARKS = "'\"“”‘’"


@pytest.fixture(scope="module")
def datasets() -> dict[str, Dataset]:
    return {name: load_dataset(folder) for name, folder in FOLDERS.items()}


@pytest.fixture(scope="module")
def cli_checks() -> dict[str, subprocess.CompletedProcess[str]]:
    """The CLI's own checks, run in parallel: canonical form of both folders, and schema/ up to date."""
    commands = {
        "fmt-real": ("fmt", "--check", REAL_DATA),
        "fmt-fictional": ("fmt", "--check", FICTIONAL_DATA),
        "schema": ("schema", "--check"),
    }
    with ThreadPoolExecutor(max_workers=3) as pool:
        runs = pool.map(lambda args: run_cli(*args), commands.values())
    return dict(zip(commands, runs, strict=True))


# --- schema ------------------------------------------------------------------------------------------------


def _validator(kind: str) -> jsonschema.Draft202012Validator:
    schema = json.loads((ROOT / "schema" / f"{kind}.schema.json").read_text(encoding="utf-8"))
    return jsonschema.Draft202012Validator(schema)


@pytest.mark.parametrize("folder", sorted(FOLDERS))
@pytest.mark.parametrize("kind", list(RECORD_FILES))
def test_file_matches_its_json_schema(folder: str, kind: str) -> None:
    """What an editor's YAML language server checks (the `$schema` line) agrees with the data, record by record."""
    path = FOLDERS[folder] / f"{kind}.yaml"
    assert path.read_text(encoding="utf-8").startswith(f"# yaml-language-server: $schema=../schema/{kind}.schema.json")
    raw = read_yaml(path)
    errors = [f"{list(e.absolute_path)}: {e.message}" for e in _validator(kind).iter_errors(raw)]
    assert errors == []
    records = [raw] if kind in SINGLETON_FILES else raw
    assert len(records) > 0
    for record in records:
        RECORD_FILES[kind].model_validate(record)


def test_json_schema_is_strict() -> None:
    """The published schema refuses an unknown key, so the editor check above is worth something."""
    signal: dict[str, Any] = dict(read_yaml(FICTIONAL_DATA / "signals.yaml")[0])
    assert not list(_validator("signals").iter_errors([signal]))
    assert list(_validator("signals").iter_errors([{**signal, "colour": "red"}]))


@pytest.mark.parametrize("folder", sorted(FOLDERS))
def test_every_file_and_kind_is_validated(folder: str) -> None:
    """A validator that read nothing would pass: it must have read all eight files and found every kind."""
    report = validate(FOLDERS[folder])
    assert report.ok, "\n".join(map(str, report.problems))
    assert report.files_read == len(RECORD_FILES) == 8
    assert report.dataset is not None
    assert report.dataset.changelog[0].version == report.dataset.alliance.dataset.version
    counts = report.dataset.counts()
    assert set(counts) == {"states", "dimensions", "sources", "actors", "quotes", "signals", "events"}
    assert all(n > 0 for n in counts.values()), counts
    assert report.spans_checked > counts["quotes"] * 2


@pytest.mark.parametrize("name", ["fmt-real", "fmt-fictional"])
def test_data_is_in_canonical_form(name: str, cli_checks: dict[str, subprocess.CompletedProcess[str]]) -> None:
    run = cli_checks[name]
    assert run.returncode == 0, run.stdout + run.stderr
    assert run.stdout == ""


def test_schema_folder_is_up_to_date(cli_checks: dict[str, subprocess.CompletedProcess[str]]) -> None:
    run = cli_checks["schema"]
    assert run.returncode == 0, run.stdout + run.stderr
    assert {p.name for p in (ROOT / "schema").glob("*.schema.json")} == {f"{k}.schema.json" for k in RECORD_FILES}


# --- provenance, checked without the validator -----------------------------------------------------------------


def spans(ds: Dataset) -> Iterator[tuple[str, str, int, int, str]]:
    """(what, source, start, end, text) for every cited passage that is evidence (chrome and printed dates aside)."""
    for state in ds.alliance.states:
        for ev in state.evidence:
            yield f"state {state.iso3}", ev.source, ev.start, ev.end, ev.text
    for dim in ds.codebook.dimensions:
        ex = dim.example.evidence
        yield f"dimension {dim.id}", ex.source, ex.start, ex.end, ex.text
    for source in ds.sources:
        for term in source.author_terms:
            yield f"author term of {source.id}", source.id, term.start, term.end, term.text
    for q in ds.quotes:
        yield f"quote {q.id}", q.source, q.start, q.end, q.text
        yield f"context of {q.id}", q.source, q.context.start, q.context.end, q.context.text
    for s in ds.signals:
        if not isinstance(s.evidence, QuoteEvidence):
            yield f"signal {s.id}", s.evidence.source, s.evidence.start, s.evidence.end, s.evidence.text
    for e in ds.events:
        for ev in e.evidence:
            yield f"event {e.id}", ev.source, ev.start, ev.end, ev.text


@pytest.mark.parametrize("folder", sorted(FOLDERS))
def test_every_seed_matches_its_sha256(folder: str, datasets: dict[str, Dataset]) -> None:
    ds = datasets[folder]
    for source in ds.sources:
        path = seed_path(FOLDERS[folder], source)
        assert path.is_file(), path
        assert hashlib.sha256(path.read_bytes()).hexdigest() == source.sha256, source.id


@pytest.mark.parametrize("folder", sorted(FOLDERS))
def test_every_span_is_verbatim(folder: str, datasets: dict[str, Dataset]) -> None:
    ds = datasets[folder]
    seeds = {s.id: seed_path(FOLDERS[folder], s).read_bytes().decode("utf-8") for s in ds.sources}
    chrome_and_dates = [
        (s.id, c.start, c.end, c.text) for s in ds.sources for c in [*s.chrome, *filter(None, [s.printed_date])]
    ]
    cited = [(src, start, end, text) for _, src, start, end, text in spans(ds)] + chrome_and_dates
    assert len(cited) > 20
    wrong = [(src, start, end, text) for src, start, end, text in cited if seeds[src][start:end] != text]
    assert wrong == []


@pytest.mark.parametrize("folder", sorted(FOLDERS))
def test_no_evidence_overlaps_page_chrome(folder: str, datasets: dict[str, Dataset]) -> None:
    ds = datasets[folder]
    chrome = {s.id: [(c.start, c.end) for c in s.chrome] for s in ds.sources}
    assert any(chrome.values()), "a dataset with no chrome recorded makes this test vacuous"
    overlapping = [
        (what, start, end)
        for what, source, start, end, _ in spans(ds)
        for c_start, c_end in chrome[source]
        if start < c_end and c_start < end
    ]
    assert overlapping == []


@pytest.mark.parametrize("folder", sorted(FOLDERS))
def test_every_quote_stands_between_quotation_marks(folder: str, datasets: dict[str, Dataset]) -> None:
    """The strongest provenance check: the cited words are exactly what the page put in quotation marks."""
    ds = datasets[folder]
    seeds = {s.id: seed_path(FOLDERS[folder], s).read_bytes().decode("utf-8") for s in ds.sources}
    assert ds.quotes
    unmarked = [
        (q.id, seeds[q.source][q.start - 1 : q.start], seeds[q.source][q.end : q.end + 1])
        for q in ds.quotes
        if q.start == 0 or seeds[q.source][q.start - 1] not in QUOTE_MARKS
        or q.end >= len(seeds[q.source]) or seeds[q.source][q.end] not in QUOTE_MARKS
    ]
    assert unmarked == []
