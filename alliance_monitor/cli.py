"""`python -m alliance_monitor <command>`: validate, export, schema, fmt, cache; ingest, promote, evaluate."""

from __future__ import annotations

import argparse
import contextlib
import errno
import json
import os
import stat
import sys
from collections.abc import Sequence
from pathlib import Path
from typing import Any

from alliance_monitor.export import (
    datapackage_files,
    datasette_metadata,
    export_records,
    parquet_files,
    people_csv,
    sqlite_bytes,
)
from alliance_monitor.load import NOT_NFC, data_dir_from_env, display_path
from alliance_monitor.models import RECORD_FILES, SINGLETON_FILES
from alliance_monitor.schema import write_schemas
from alliance_monitor.text import normalise_text
from alliance_monitor.validate import Report, validate
from alliance_monitor.yamlio import (
    YamlError,
    comment_lines,
    dump_yaml,
    parse_yaml,
    replace_files_together,
)

EXIT_OK, EXIT_INVALID, EXIT_USAGE = 0, 1, 2


def _data_dir(arg: str | None) -> Path:
    return Path(arg) if arg else data_dir_from_env()


def _print_problems(report: Report) -> None:
    for problem in report.problems:
        print(problem)
    print(f"\n{len(report.problems)} problem(s) in {display_path(report.data_dir)}", file=sys.stderr)


def cmd_validate(args: argparse.Namespace) -> int:
    report = validate(_data_dir(args.data_dir))
    if not report.ok or report.dataset is None:
        _print_problems(report)
        return EXIT_INVALID
    ds = report.dataset
    counts = ds.counts()
    print(f"OK: {display_path(report.data_dir)} is valid ({report.files_read} files)")
    print(f"  {ds.alliance.name} ({ds.alliance.acronym}), dataset {ds.alliance.dataset.version}, "
          f"as of {ds.alliance.dataset.as_of}")
    width = max(len(k) for k in counts)
    for kind, n in counts.items():
        print(f"  {kind:<{width}}  {n:>6}")
    print(f"  {report.spans_checked} cited spans match their seeds verbatim; "
          f"{len(ds.seeds)} seed files match their SHA-256")
    return EXIT_OK


EXPORT_FORMATS = ("json", "csv", "datapackage", "sqlite", "parquet")
_FOLDER_FORMATS = frozenset({"json", "csv", "datapackage", "parquet"})


def _export_target(fmt: str, out: Path) -> str | None:
    """Why `out` cannot receive a `fmt` export, or None when it can (missing folders are created).

    A folder format refuses an existing non-folder; sqlite refuses a folder and an existing file that is not a
    SQLite database (it would be replaced); both refuse a path under a file.
    """
    if fmt == "sqlite":
        if out.is_dir():
            return f"{out} is a folder; --format sqlite writes a file (e.g. --out {out / 'dataset.db'})"
        if out.exists():
            if not out.is_file():
                return f"{out} is not a regular file"
            with out.open("rb") as handle:
                if handle.read(16) not in (b"SQLite format 3\x00", b""):
                    return f"{out} exists and is not a SQLite database: refusing to replace it"
        folder = out.parent
    else:
        if out.exists() and not out.is_dir():
            return f"{out} exists and is not a folder; --format {fmt} writes a folder of files"
        folder = out
    for parent in (folder, *folder.parents):
        if parent.exists():
            return None if parent.is_dir() else f"{parent} is a file, so {out} cannot be created"
    return None


def _write_files(out: Path, files: dict[str, bytes]) -> None:
    # every file is built in memory before the first is written, and they replace the old ones together: a
    # failure half-way leaves the old set, never new CSVs beside an old descriptor
    replace_files_together({out / name: data for name, data in files.items()})
    print(f"wrote {len(files)} file(s) to {display_path(out)}: {', '.join(files)}", file=sys.stderr)


def cmd_export(args: argparse.Namespace) -> int:
    fmt = args.format
    out = Path(args.out) if args.out else None
    if out is None and fmt != "json":
        print(f"export --format {fmt} needs --out {'FILE.db' if fmt == 'sqlite' else 'DIR'}", file=sys.stderr)
        return EXIT_USAGE
    if out is not None:
        problem = _export_target(fmt, out)
        if problem:
            print(f"export: {problem}", file=sys.stderr)
            return EXIT_USAGE
    report = validate(_data_dir(args.data_dir))
    if report.dataset is None:
        _print_problems(report)
        return EXIT_INVALID
    ds = report.dataset
    # a write that fails (a full disk, a folder without write permission) ends in main's one line, exit 2; each file
    # is whole or old
    if out is None:
        sys.stdout.write(json.dumps(export_records(ds), ensure_ascii=False, indent=2) + "\n")
    elif fmt == "json":
        text = json.dumps(export_records(ds), ensure_ascii=False, indent=2) + "\n"
        _write_files(out, {"dataset.json": text.encode("utf-8")})
    elif fmt == "csv":
        records = export_records(ds)
        _write_files(out, {f"{kind}.csv": people_csv(rows).encode("utf-8") for kind, rows in records.items()})
    elif fmt == "datapackage":
        _write_files(out, datapackage_files(ds))
    elif fmt == "parquet":
        _write_files(out, parquet_files(ds))
    else:
        data = sqlite_bytes(ds)
        metadata_path = out.with_name(out.stem + ".metadata.json")
        metadata = json.dumps(datasette_metadata(ds, out.stem), ensure_ascii=False, indent=2) + "\n"
        replace_files_together({out: data, metadata_path: metadata})  # a pair: both new or both old
        print(f"wrote {display_path(out)} and {display_path(metadata_path)} "
              f"(datasette {out.name} --metadata {metadata_path.name})", file=sys.stderr)
    return EXIT_OK


def cmd_schema(args: argparse.Namespace) -> int:
    out = Path(args.out)
    if out.exists() and not out.is_dir():  # else --check would call a file in the way "out of date"
        print(f"schema: --out {out}: is a file; expected a folder (it receives one .schema.json per data file)",
              file=sys.stderr)
        return EXIT_USAGE
    if args.check and not out.is_dir():
        print(f"schema --check: --out {out} is not a folder: every schema is missing\n"
              "run: python -m alliance_monitor schema", file=sys.stderr)
        return EXIT_INVALID
    changed = write_schemas(out, check=args.check)
    if args.check and changed:
        print("out of date: " + ", ".join(display_path(p) for p in changed) +
              "\nrun: python -m alliance_monitor schema", file=sys.stderr)
        return EXIT_INVALID
    for path in changed:
        print(f"wrote {display_path(path)}")
    return EXIT_OK


def canonical_text(kind: str, raw: Any) -> str:
    """The canonical form of a data file: validated, field order of the models, defaults dropped."""
    model = RECORD_FILES[kind]
    if kind in SINGLETON_FILES:
        data: Any = model.model_validate(raw).model_dump(mode="json", exclude_none=True)
    else:
        data = [model.model_validate(r).model_dump(mode="json", exclude_none=True) for r in raw or []]
    return dump_yaml(data, f"../schema/{kind}.schema.json")


def cmd_fmt(args: argparse.Namespace) -> int:
    data_dir = _data_dir(args.data_dir)
    report = validate(data_dir)
    # Text not in NFC is the one problem fmt fixes (by normalising every file's text): it changes no value a reader
    # sees, and the validator found nothing else wrong (a span whose text changes would have been reported already).
    blocking = [p for p in report.problems if not p.message.startswith(NOT_NFC)]
    if blocking:
        _print_problems(Report(report.data_dir, None, blocking))
        print("fmt rewrites only valid data: fix the problems first", file=sys.stderr)
        return EXIT_INVALID
    rewrites: dict[Path, str] = {}
    comments: list[str] = []
    for kind in RECORD_FILES:
        path = data_dir / f"{kind}.yaml"
        original = path.read_text(encoding="utf-8")
        text = canonical_text(kind, parse_yaml(path, normalise_text(original).encode("utf-8")))
        if original != text:
            rewrites[path] = text
            header = 1 if original.startswith("# yaml-language-server:") else 0
            comments += [f"{display_path(path)}:{line}: a comment, which fmt would drop"
                         for line in comment_lines(original) if line != header]
    if comments and not args.check and not args.force:
        print("\n".join(comments), file=sys.stderr)
        print("fmt rewrites files from their data and keeps no comment: move what they say into a field (a note, "
              "a date_note, quality_notes), or pass --force to drop them", file=sys.stderr)
        return EXIT_INVALID
    differing = list(rewrites)
    if not args.check:
        replace_files_together(dict(rewrites))
    verb = "not in canonical form" if args.check else "rewrote"
    for path in differing:
        print(f"{verb}: {display_path(path)}")
    return EXIT_INVALID if args.check and differing else EXIT_OK


def cmd_cache(args: argparse.Namespace) -> int:
    from alliance_monitor import cache  # pandas and the tables: only this command needs them

    return cache.main([args.data_dir] if args.data_dir else [])


def build_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(prog="python -m alliance_monitor", description=__doc__)
    sub = parser.add_subparsers(dest="command", required=True)

    p = sub.add_parser("validate", help="check every data file; list every problem as path:line: id.field")
    p.add_argument("data_dir", nargs="?", help="data folder (default: $ALLIANCE_MONITOR_DATA or data/)")
    p.set_defaults(func=cmd_validate)

    p = sub.add_parser("export", help="write the validated dataset: JSON (stdout), CSV for spreadsheets, or a Data "
                       "Package, SQLite database or Parquet files")
    p.add_argument("--format", choices=EXPORT_FORMATS, default="json",
                   help="json: one file (stdout without --out); csv: a file per kind for spreadsheets (UTF-8 with "
                   "BOM, formulas neutralised); datapackage: datapackage.json and exact CSVs; sqlite: FILE.db and "
                   "FILE.metadata.json for Datasette; parquet: a file per table")
    p.add_argument("--out", help="output folder (a file for sqlite); required for every format but json")
    p.add_argument("data_dir", nargs="?")
    p.set_defaults(func=cmd_export)

    p = sub.add_parser("schema", help="write the JSON Schema of every data file to schema/")
    p.add_argument("--out", default=str(Path(__file__).resolve().parent.parent / "schema"))
    p.add_argument("--check", action="store_true", help="fail if the files on disk are out of date")
    p.set_defaults(func=cmd_schema)

    p = sub.add_parser("fmt", help="rewrite the data files in canonical form (load, dump)")
    p.add_argument("--check", action="store_true", help="only report files not in canonical form")
    p.add_argument("--force", action="store_true", help="rewrite even files that hold comments (they are dropped)")
    p.add_argument("data_dir", nargs="?")
    p.set_defaults(func=cmd_fmt)

    p = sub.add_parser("cache", help="validate and write the compiled cache the dashboard starts from")
    p.add_argument("data_dir", nargs="?", help="data folder (default: $ALLIANCE_MONITOR_DATA or data/)")
    p.set_defaults(func=cmd_cache)

    from alliance_monitor.ingest.cli import add_ingest_commands  # ingest, promote, evaluate

    add_ingest_commands(sub)
    return parser


DEBUG_ENV = "ALLIANCE_MONITOR_DEBUG"
"""Set to 1 to let an unexpected error end in its traceback (for a developer) instead of the one-line message."""

_INPUT_FILES = {"ingest": "article", "promote": "draft"}
"""Per command, the argument that names a file it reads (checked before the command runs)."""


def _file_problem(path: Path, what: str) -> str | None:
    """Why `path` cannot be read as a file (missing, a folder, a device or pipe that never ends), or None."""
    try:
        mode = path.stat().st_mode
    except OSError as exc:
        return f"{path}: cannot read the {what}: {exc.strerror}"
    if stat.S_ISDIR(mode):
        return f"{path}: is a folder; the {what} must be a file"
    if not stat.S_ISREG(mode):
        return f"{path}: is not a regular file (a device, pipe or socket); the {what} must be a file"
    return None


def _os_error_line(exc: OSError) -> str:
    """One line naming the path and the cause, with what to do for the usual mistakes."""
    where = exc.filename if exc.filename is not None else "?"
    hint = {
        errno.EEXIST: " (a file is in the way where a folder is expected)",
        errno.ENOTDIR: " (a file where a folder is expected, on the way to this path)",
        errno.EISDIR: " (a folder where a file is expected)",
        errno.EACCES: " (not allowed: choose a folder you can write to)",
        errno.EPERM: " (not allowed: choose a folder you can write to)",
        errno.EROFS: " (a read-only file system: choose another folder)",
        errno.ENOSPC: " (the disk is full)",
        errno.ENAMETOOLONG: " (the name is too long)",
    }.get(exc.errno or 0, "")
    target = f" -> {exc.filename2}" if exc.filename2 is not None else ""
    return f"{where}{target}: {exc.strerror or exc}{hint}"


def main(argv: Sequence[str] | None = None) -> int:
    """Run one command; exit 0 (done), 1 (the data or an input is invalid), 2 (usage, or a file that cannot be
    read or written), 130 (interrupted). Never a traceback: whatever the arguments (missing, unreadable, binary,
    empty, huge, a folder for a file and the reverse, an unwritable target), a command ends in one line naming the
    path and the cause on stderr. Every write is atomic, and files written together are replaced together
    (yamlio.replace_files_together), so a failure leaves no half-written file and no half-replaced set.
    `ALLIANCE_MONITOR_DEBUG=1` re-raises unexpected errors for a developer."""
    parser = build_parser()
    args = parser.parse_args(argv)
    name = f"{parser.prog} {args.command}"
    with contextlib.suppress(AttributeError, ValueError):
        # a path given as bytes that are not UTF-8 is echoed as written rather than failing the print
        sys.stdout.reconfigure(errors="surrogateescape")  # type: ignore[union-attr]
    try:
        argument = _INPUT_FILES.get(args.command)
        if argument is not None:
            problem = _file_problem(Path(getattr(args, argument)), argument)
            if problem:
                print(f"{args.command}: {problem}", file=sys.stderr)
                return EXIT_USAGE
        return int(args.func(args))
    except KeyboardInterrupt:
        return 130
    except BrokenPipeError:
        return EXIT_OK
    except OSError as exc:
        print(f"{name}: {_os_error_line(exc)}", file=sys.stderr)
        return EXIT_USAGE
    except YamlError as exc:  # a file read outside the validator (which reports these itself)
        print(f"{name}: {exc}", file=sys.stderr)
        return EXIT_INVALID
    except UnicodeError as exc:
        print(f"{name}: not valid UTF-8 text ({exc})", file=sys.stderr)
        return EXIT_INVALID
    except MemoryError:
        print(f"{name}: out of memory (an input is far too large)", file=sys.stderr)
        return EXIT_USAGE
    except Exception as exc:
        if os.environ.get(DEBUG_ENV) == "1":
            raise
        print(f"{name}: unexpected error ({type(exc).__name__}: {exc}); run again with {DEBUG_ENV}=1 for the "
              "traceback, and report it", file=sys.stderr)
        return 3
