"""Every validation rule, proved by breaking a copy of the fictional dataset in exactly one place.

Each case edits one file and returns the report prefix a curator must see, `path:line: record.field:`, with the
line computed from the edited text (never typed in). The same cases then go through the real command line in a
subprocess: exit code 1, the problem on stdout, and no traceback.
"""

from __future__ import annotations

import contextlib
import json
import shutil
from collections.abc import Callable
from concurrent.futures import ThreadPoolExecutor
from pathlib import Path

import pytest

from alliance_monitor.load import Problem
from alliance_monitor.validate import validate
from tests.conftest import FICTIONAL_DATA, line_of, replace_nth, run_cli

NW = "northwind-2024-reykjavik-summit"
Breaker = Callable[[Path], str]
CASES: dict[str, Breaker] = {}


def case(func: Breaker) -> Breaker:
    CASES[func.__name__] = func
    return func


def set_field(path: Path, record_id: str, key: str, value: str) -> int:
    """Rewrite the record-level `key:` of the list record `- id: record_id`; return the line it sits on."""
    lines = path.read_text(encoding="utf-8").split("\n")
    first = lines.index(f"- id: {record_id}")
    prefix = "- id:" if key == "id" else f"  {key}:"
    for number in range(first, len(lines)):
        if number > first and lines[number].startswith("- "):
            break
        if lines[number].startswith(prefix):
            lines[number] = f"{prefix} {value}"
            path.write_text("\n".join(lines), encoding="utf-8")
            return number + 1
    raise AssertionError(f"{record_id} has no {key!r} line in {path}")


def seed_text(data: Path, source: str = NW) -> str:
    return (data.parent / "seeds" / f"{source}.txt").read_text(encoding="utf-8")


def field_value(path: Path, record_id: str, key: str) -> str:
    """The raw text after `key:` of a list record (to shift a number without typing it here)."""
    lines = path.read_text(encoding="utf-8").split("\n")
    first = lines.index(f"- id: {record_id}")
    for line in lines[first + 1 :]:
        if line.startswith("- "):
            break
        if line.startswith(f"  {key}:"):
            return line.split(":", 1)[1].strip()
    raise AssertionError(f"{record_id} has no {key!r} line")


def where(path: Path, line: int, record: str, field: str = "") -> str:
    """The report prefix `path:line: record.field:` of a problem."""
    return f"{path}:{line}: {record}.{field}:" if field else f"{path}:{line}: {record}:"


# --- offsets ----------------------------------------------------------------------------------------------


@case
def shifted_start(data: Path) -> str:
    path = data / "quotes.yaml"
    start = int(field_value(path, "q-halvorsen-sea-lanes", "start"))
    line = set_field(path, "q-halvorsen-sea-lanes", "start", str(start + 1))
    return where(path, line, "q-halvorsen-sea-lanes", "start") + " offsets"


@case
def text_not_in_seed(data: Path) -> str:
    path = data / "quotes.yaml"
    line = set_field(path, "q-halvorsen-sea-lanes", "text", "the northern sea lanes are safer every year")
    return where(path, line, "q-halvorsen-sea-lanes", "text") + " seed text at"


@case
def wrong_end_in_event_evidence(data: Path) -> str:
    path = data / "events.yaml"
    passage = "the northern defence pact founded in 1997"
    end = seed_text(data).index(passage) + len(passage)
    line = replace_nth(path, f"    end: {end}\n", f"    end: {end + 1}\n")
    return where(path, line, "ev-1997-accord-founded", "evidence[0].end") + " offsets"


@case
def span_overlaps_chrome(data: Path) -> str:
    seed = seed_text(data)
    passage = "was not consulted.\n\nShare this article"  # content running into the share links
    start, cited = seed.index(passage), "Helsinki declined to raise its share"
    path = data / "signals.yaml"
    old = f"    start: {seed.index(cited)}\n    end: {seed.index(cited) + len(cited)}\n    text: {cited}\n"
    new = f"    start: {start}\n    end: {start + len(passage)}\n    text: {json.dumps(passage)}\n"
    replace_nth(path, old, new)
    line = line_of(path.read_text(encoding="utf-8"), "  evidence:", 8)
    return where(path, line, "s-fin-budget-declined", "evidence") + " span"


# --- references ---------------------------------------------------------------------------------------------


@case
def unknown_speaker(data: Path) -> str:
    path = data / "quotes.yaml"
    line = replace_nth(path, "  - halvorsen\n", "  - halvorson\n")
    return where(path, line, "q-halvorsen-sea-lanes", "speakers[0]") + " unknown actor 'halvorson'"


@case
def unknown_source(data: Path) -> str:
    path = data / "quotes.yaml"
    line = set_field(path, "q-einarsson-no-member-alone", "source", "northwind-2099-missing")
    return where(path, line, "q-einarsson-no-member-alone", "source") + " unknown source"


@case
def unknown_dimension(data: Path) -> str:
    path = data / "signals.yaml"
    line = set_field(path, "s-nor-threat-sea-lanes", "dimension", "threat_farming")
    return where(path, line, "s-nor-threat-sea-lanes", "dimension") + " unknown dimension 'threat_farming'"


@case
def state_not_in_alliance(data: Path) -> str:
    path = data / "signals.yaml"
    line = set_field(path, "s-est-budget-pledge", "state", "SWE")  # a real country, but not in alliance.yaml
    return where(path, line, "s-est-budget-pledge", "state") + " unknown state (not listed in alliance.yaml) 'SWE'"


@case
def event_location_state_not_in_alliance(data: Path) -> str:
    path = data / "events.yaml"
    line = replace_nth(path, "  location_states:\n  - ISL\n", "  location_states:\n  - SWE\n") + 1
    return (where(path, line, "ev-2024-03-12-reykjavik-summit", "location_states[0]")
            + " unknown state (not listed in alliance.yaml) 'SWE'")


@case
def about_state_not_in_alliance(data: Path) -> str:
    path = data / "quotes.yaml"
    line = replace_nth(path, "  - FIN\n", "  - SWE\n")
    return where(path, line, "q-virtanen-permanent-alarm", "about[0]") + " unknown state"


@case
def unknown_evidence_quote(data: Path) -> str:
    path = data / "signals.yaml"
    line = replace_nth(path, "    quote: q-halvorsen-sea-lanes\n", "    quote: q-halvorsen-sea-lanez\n")
    return where(path, line, "s-nor-threat-sea-lanes", "evidence.quote") + " unknown quote"


@case
def unknown_event(data: Path) -> str:
    path = data / "quotes.yaml"
    line = set_field(path, "q-halvorsen-sea-lanes", "event", "ev-2024-03-12-nowhere")
    return where(path, line, "q-halvorsen-sea-lanes", "event") + " unknown event"


@case
def unknown_author(data: Path) -> str:
    path = data / "sources.yaml"
    line = set_field(path, NW, "author", "nobody")
    return where(path, line, NW, "author") + " unknown actor 'nobody'"


@case
def unknown_affiliation(data: Path) -> str:
    path = data / "actors.yaml"
    line = set_field(path, "einarsson", "affiliation", "secretariat")
    return where(path, line, "einarsson", "affiliation") + " unknown affiliation"


@case
def duplicate_id(data: Path) -> str:
    path = data / "events.yaml"
    line = set_field(path, "ev-2019-lithuania-leaves", "id", "ev-1997-accord-founded")
    return where(path, line, "ev-1997-accord-founded", "id") + " duplicate event id"


# --- field values -------------------------------------------------------------------------------------------


@case
def bad_iso_code(data: Path) -> str:
    path = data / "signals.yaml"
    line = set_field(path, "s-nor-threat-sea-lanes", "state", "NRW")
    return where(path, line, "s-nor-threat-sea-lanes", "state") + " 'NRW' is not an ISO 3166-1 alpha-3"


@case
def bad_date_month_13(data: Path) -> str:
    path = data / "signals.yaml"
    line = set_field(path, "s-nor-threat-sea-lanes", "date", "2024-13")
    return where(path, line, "s-nor-threat-sea-lanes", "date") + " '2024-13': month 13 does not exist"


@case
def bad_date_30_february(data: Path) -> str:
    path = data / "events.yaml"
    line = set_field(path, "ev-1997-accord-founded", "date", "2023-02-30")
    return where(path, line, "ev-1997-accord-founded", "date") + " '2023-02-30': day 30 does not exist"


@case
def bad_date_form(data: Path) -> str:
    path = data / "signals.yaml"
    line = set_field(path, "s-fin-budget-declined", "date", "14/03/2024")
    return where(path, line, "s-fin-budget-declined", "date") + " '14/03/2024' is not an ISO date"


@case
def end_date_before_date(data: Path) -> str:
    path = data / "events.yaml"
    line = set_field(path, "ev-2024-03-12-reykjavik-summit", "end_date", "'2024-03-10'")
    return where(path, line, "ev-2024-03-12-reykjavik-summit", "end_date") + " end_date 2024-03-10 is before"


@case
def taking_part_and_absent(data: Path) -> str:
    path = data / "events.yaml"
    line = replace_nth(path, "  absent:\n  - FIN\n", "  absent:\n  - NOR\n") + 1
    return where(path, line, "ev-2023-09-northern-shield", "absent[0]") + " NOR listed both"


@case
def quote_outside_its_context(data: Path) -> str:
    path = data / "quotes.yaml"
    context_line = line_of(path.read_text(encoding="utf-8"), "  context:", 1)
    seed = seed_text(data)
    context_start = seed.index("Norwegian Prime Minister Ingrid Halvorsen opened")
    quote_start = seed.index("the northern sea lanes are less safe")
    # the context now begins after the quote does (its own text no longer matches either, a second problem)
    replace_nth(path, f"    start: {context_start}\n", f"    start: {quote_start + 2}\n")
    return where(path, context_line, "q-halvorsen-sea-lanes", "context") + " context must contain"


@case
def missing_required_field(data: Path) -> str:
    path = data / "signals.yaml"
    record_line = line_of(path.read_text(encoding="utf-8"), "- id: s-nor-threat-sea-lanes")
    replace_nth(path, "  rationale: The leading state's prime minister opens the summit with a warning.\n", "")
    return where(path, record_line, "s-nor-threat-sea-lanes", "rationale") + " required field is missing"


@case
def wrong_type(data: Path) -> str:
    path = data / "signals.yaml"
    line = set_field(path, "s-nor-threat-sea-lanes", "strength", "strong")
    return where(path, line, "s-nor-threat-sea-lanes", "strength") + " Input should be a valid integer"


@case
def unknown_extra_field(data: Path) -> str:
    path = data / "signals.yaml"
    line = replace_nth(path, "- id: s-nor-threat-sea-lanes\n", "- id: s-nor-threat-sea-lanes\n  colour: red\n") + 1
    return where(path, line, "s-nor-threat-sea-lanes", "colour") + " unknown field (not in the schema)"


# --- files --------------------------------------------------------------------------------------------------


@case
def changed_seed(data: Path) -> str:
    seed = data.parent / "seeds" / f"{NW}.txt"
    seed.write_bytes(seed.read_bytes().replace(b"less safe", b"more safe"))  # same length: offsets still fit
    path = data / "sources.yaml"
    line = line_of(path.read_text(encoding="utf-8"), "  sha256:")
    return where(path, line, NW, "sha256") + " seed file"


@case
def missing_seed(data: Path) -> str:
    (data.parent / "seeds" / f"{NW}.txt").unlink()
    path = data / "sources.yaml"
    line = line_of(path.read_text(encoding="utf-8"), "  seed_file:")
    return where(path, line, NW, "seed_file") + " seed file"


@case
def missing_data_file(data: Path) -> str:
    path = data / "events.yaml"
    path.unlink()
    return f"{path}:0: (file): missing data file events.yaml"


@case
def yaml_syntax_error(data: Path) -> str:
    path = data / "actors.yaml"
    line = replace_nth(path, "  role: Prime Minister of Norway\n", "  role: Prime Minister: of Norway\n")
    return f"{path}:{line}: (file): YAML syntax error"


@case
def tab_indented_block(data: Path) -> str:
    path = data / "actors.yaml"
    line = replace_nth(path, "  role: Prime Minister of Finland\n", "\trole: Prime Minister of Finland\n")
    return f"{path}:{line}: (file): YAML syntax error"


@case
def invalid_utf8(data: Path) -> str:
    path = data / "actors.yaml"
    raw = path.read_bytes()
    line = raw.count(b"\n", 0, raw.index("Jón Einarsson".encode())) + 1
    path.write_bytes(raw.replace("Jón Einarsson".encode(), "Jón Einarsson".encode("latin-1"), 1))
    return f"{path}:{line}: (file): not valid UTF-8 (byte 0xf3)"


@case
def yaml_alias(data: Path) -> str:
    path = data / "alliance.yaml"
    replace_nth(path, "  name: Norway\n", "  name: &country Norway\n")
    line = replace_nth(path, "  name: Iceland\n", "  name: *country\n")  # the alias, not the anchor, is blamed
    return f"{path}:{line}: (file): YAML syntax error: YAML aliases (*name) are not allowed"


# --- changelog ----------------------------------------------------------------------------------------------


@case
def version_without_changelog_entry(data: Path) -> str:
    path = data / "alliance.yaml"
    line = replace_nth(path, "  version: 0.1.0\n", "  version: 0.2.0\n")
    return where(path, line, "boreal-accord", "dataset.version") + " version 0.2.0 has no entry in changelog.yaml"


@case
def changelog_entry_newer_than_dataset(data: Path) -> str:
    path = data / "changelog.yaml"
    text = path.read_text(encoding="utf-8")
    head, body = text.split("\n", 1)
    path.write_text(f"{head}\n- version: 0.2.0\n  date: '2024-04-01'\n  summary: Not yet published.\n{body}",
                    encoding="utf-8")
    return where(path, 2, "0.2.0", "version") + " version 0.2.0 is newer than the dataset's version 0.1.0"


@case
def changelog_not_newest_first(data: Path) -> str:
    path = data / "changelog.yaml"
    with path.open("a", encoding="utf-8") as handle:
        handle.write("- version: 0.2.0\n  date: '2024-04-01'\n  summary: Listed at the end.\n")
    line = line_of(path.read_text(encoding="utf-8"), "- version: 0.2.0")
    return where(path, line, "0.2.0", "version") + " version 0.2.0 is listed after 0.1.0"


@case
def changelog_bad_version(data: Path) -> str:
    path = data / "changelog.yaml"
    line = replace_nth(path, "- version: 0.1.0\n", "- version: v0.1\n")
    return where(path, line, "v0.1", "version") + " String should match pattern"


@case
def changelog_missing(data: Path) -> str:
    (data / "changelog.yaml").unlink()
    return f"{data / 'changelog.yaml'}:0: (file): missing data file changelog.yaml"


# --- the tests ----------------------------------------------------------------------------------------------


def _shown(problems: list[Problem]) -> str:
    return "\n".join(map(str, problems))


@pytest.mark.parametrize("name", sorted(CASES))
def test_rule_names_file_line_and_field(name: str, fixture_copy: Path) -> None:
    """Each broken copy yields a problem whose prefix names the exact file, line and field."""
    expected = CASES[name](fixture_copy)
    report = validate(fixture_copy)
    assert report.dataset is None and not report.ok
    assert any(expected in str(p) for p in report.problems), f"{expected}\nnot in:\n{_shown(report.problems)}"


def _snapshot(base: Path) -> dict[Path, bytes]:
    return {p: p.read_bytes() for p in base.rglob("*") if p.is_file()}


def _restore(base: Path, snapshot: dict[Path, bytes]) -> None:
    for path in base.rglob("*"):
        if path.is_file() and path not in snapshot:
            path.unlink()
    for path, raw in snapshot.items():
        path.write_bytes(raw)


def _shows_all(data: Path, expected: dict[str, str]) -> bool:
    found = [str(p) for p in validate(data).problems]
    return all(any(p.startswith(prefix) for p in found) for prefix in expected.values())


@pytest.fixture(scope="module")
def cli_results(tmp_path_factory: pytest.TempPathFactory) -> dict[str, tuple[str, int, str, str]]:
    """Each case's expected line and the real CLI's exit code, stdout and stderr on a copy broken by it.

    A process costs about a second of start-up, so cases share a copy when they do not hide one another: a
    case joins the first copy where, with its breakage added, an in-process run still shows every expected
    line (else the copy is restored). The CLI then runs once per copy, in parallel.
    """
    batches: list[tuple[Path, dict[str, str]]] = []
    for name in sorted(CASES):
        for base, expected in batches:
            snapshot = _snapshot(base)
            with contextlib.suppress(AssertionError, ValueError, FileNotFoundError):  # an earlier case moved it
                expected[name] = CASES[name](base / "data")
            if name in expected and _shows_all(base / "data", expected):
                break
            expected.pop(name, None)
            _restore(base, snapshot)
        else:
            base = tmp_path_factory.mktemp("batch")
            shutil.copytree(FICTIONAL_DATA, base / "data")
            shutil.copytree(FICTIONAL_DATA.parent / "seeds", base / "seeds")
            batches.append((base, {name: CASES[name](base / "data")}))
    with ThreadPoolExecutor(max_workers=4) as pool:
        runs = list(pool.map(lambda batch: run_cli("validate", batch[0] / "data"), batches))
    return {
        name: (prefix, run.returncode, run.stdout, run.stderr)
        for (_, expected), run in zip(batches, runs, strict=True)
        for name, prefix in expected.items()
    }


@pytest.mark.parametrize("name", sorted(CASES))
def test_cli_reports_rule(name: str, cli_results: dict[str, tuple[str, int, str, str]]) -> None:
    """The command line exits 1 and prints the problem line, whatever the breakage; it never shows a traceback."""
    expected, code, stdout, stderr = cli_results[name]
    assert code == 1, stdout + stderr
    assert any(line.startswith(expected) for line in stdout.splitlines()), f"{expected}\nnot in:\n{stdout}"
    assert "Traceback" not in stdout + stderr
    assert "problem(s) in" in stderr


def test_every_problem_is_reported_in_one_run(fixture_copy: Path) -> None:
    """A curator fixes a file once: five unrelated breakages in four files all come out of a single run."""
    expected = [
        CASES[name](fixture_copy)
        for name in ("shifted_start", "unknown_dimension", "duplicate_id", "unknown_affiliation", "bad_date_form")
    ]
    problems = [str(p) for p in validate(fixture_copy).problems]
    for prefix in expected:
        assert any(p.startswith(prefix) for p in problems), f"{prefix}\nnot in:\n" + "\n".join(problems)
    assert len(problems) == len(expected), "\n".join(problems)


@pytest.mark.parametrize(
    ("name", "count"),
    [("missing_data_file", 1), ("yaml_alias", 1), ("changed_seed", 1), ("unknown_source", 1), ("bad_iso_code", 1)],
)
def test_one_breakage_is_one_problem(name: str, count: int, fixture_copy: Path) -> None:
    """A file, seed or record that fails is reported where it is, not again at every reference to it."""
    CASES[name](fixture_copy)
    problems = validate(fixture_copy).problems
    assert len(problems) == count, _shown(problems)


@pytest.mark.parametrize(
    ("file", "record", "key", "value"),
    [
        ("quotes.yaml", "q-halvorsen-sea-lanes", "kind", "speech"),  # cited by a signal
        ("actors.yaml", "halvorsen", "nationality", "XXX"),  # a speaker, a signal's actor, an event's actor
        ("sources.yaml", NW, "language", "English"),  # cited by almost every span
    ],
)
def test_invalid_record_is_not_also_unknown(fixture_copy: Path, file: str, record: str, key: str, value: str) -> None:
    """A record that fails its schema is reported once; references to it are not 'unknown' as well."""
    path = fixture_copy / file
    line = set_field(path, record, key, value)
    problems = [str(p) for p in validate(fixture_copy).problems]
    assert len(problems) == 1 and problems[0].startswith(where(path, line, record, key)), problems


def test_bad_alliance_state_does_not_cascade(fixture_copy: Path) -> None:
    """One bad code in alliance.yaml must not make every state reference in every file 'unknown'."""
    path = fixture_copy / "alliance.yaml"
    line = replace_nth(path, "- iso3: ISL\n", "- iso3: XXX\n")
    problems = [str(p) for p in validate(fixture_copy).problems]
    assert problems == [
        f"{path}:{line}: boreal-accord.states[1].iso3: 'XXX' is not an ISO 3166-1 alpha-3 country code"
    ], problems


def test_broken_copies_leave_the_fixture_valid() -> None:
    """The cases edit copies only: the checked-in fixture still validates."""
    assert validate(FICTIONAL_DATA).ok
