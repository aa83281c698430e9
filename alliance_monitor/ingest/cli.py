"""The `ingest`, `promote` and `evaluate` subcommands (kept apart from cli.py, which only registers them)."""

from __future__ import annotations

import argparse
import json
import sys
from pathlib import Path
from typing import Any

from alliance_monitor.load import data_dir_from_env, display_path

EXIT_OK, EXIT_INVALID = 0, 1


def _data_dir(arg: str | None) -> Path:
    return Path(arg) if arg else data_dir_from_env()


def cmd_ingest(args: argparse.Namespace) -> int:
    from alliance_monitor.ingest.draft import IngestError, ingest_article, summary_lines

    try:
        result = ingest_article(Path(args.article), _data_dir(args.data_dir), source_id=args.source_id, url=args.url,
                                publisher=args.publisher, language=args.language, force=args.force)
    except IngestError as exc:
        print(f"ingest: {exc}", file=sys.stderr)
        return EXIT_INVALID
    print("\n".join(summary_lines(result)))
    return EXIT_OK


def _promote_data_dir(args: argparse.Namespace) -> Path:
    """DATA_DIR when given; else the folder holding the draft's drafts/ folder; else the configured one."""
    if args.data_dir:
        return Path(args.data_dir)
    draft = Path(args.draft).resolve()
    if draft.parent.name == "drafts" and (draft.parent.parent / "sources.yaml").exists():
        return draft.parent.parent
    return data_dir_from_env()


def cmd_promote(args: argparse.Namespace) -> int:
    from alliance_monitor.ingest.promote import PromoteError, promote

    data_dir = _promote_data_dir(args)
    try:
        result = promote(Path(args.draft), data_dir, keep_draft=args.keep_draft)
    except PromoteError as exc:
        for problem in exc.problems:
            print(problem)
        print(f"\npromote: {len(exc.problems)} problem(s); nothing was changed", file=sys.stderr)
        return EXIT_INVALID
    except OSError as exc:
        print(f"promote: {exc}; the curated files are unchanged (or restored)", file=sys.stderr)
        return EXIT_INVALID
    for kind, ids in result.added.items():
        print(f"added to {kind}.yaml: {', '.join(ids)}")
    print(f"wrote {', '.join(display_path(p) for p in result.written)} (validated)")
    if result.draft_moved_to:
        print(f"draft filed as {display_path(result.draft_moved_to)}")
    else:
        print(f"draft left at {display_path(Path(args.draft))}: it is merged, delete it")
    return EXIT_OK


def cmd_evaluate(args: argparse.Namespace) -> int:
    from alliance_monitor.ingest.evaluate import (
        GoldError,
        corpus_totals,
        evaluate,
        evaluate_corpus,
        format_corpus_report,
        format_report,
    )

    if args.corpus:
        ok = True
        for folder in args.corpus:
            try:
                article_scores = evaluate_corpus(Path(folder))
            except (GoldError, ValueError) as exc:
                print(f"evaluate: {exc}", file=sys.stderr)
                return EXIT_INVALID
            if args.json:
                print(json.dumps({"corpus": folder, "totals": vars(corpus_totals(article_scores)),
                                  "articles": [vars(s) for s in article_scores]}, ensure_ascii=False, indent=2))
            else:
                print(f"## {folder}\n\n{format_corpus_report(article_scores, details=not args.quiet)}\n")
            ok = ok and not corpus_totals(article_scores).failures()
        return EXIT_OK if ok else EXIT_INVALID

    try:
        scores = evaluate(_data_dir(args.data_dir))
    except ValueError as exc:
        print(f"evaluate: {exc}", file=sys.stderr)
        return EXIT_INVALID
    if args.json:
        payload: list[dict[str, Any]] = [s.as_dict() for s in scores]
        print(json.dumps(payload, ensure_ascii=False, indent=2))
    else:
        print(format_report(scores))
    return EXIT_OK if all(s.meets_targets for s in scores) else EXIT_INVALID


def add_ingest_commands(sub: Any) -> None:
    """Register ingest, promote and evaluate on the main parser's subcommands."""
    p = sub.add_parser("ingest", help="copy an article into seeds/ and draft its records in data/drafts/")
    p.add_argument("article", help="the article as UTF-8 text")
    p.add_argument("data_dir", nargs="?", help="data folder (default: $ALLIANCE_MONITOR_DATA or data/)")
    p.add_argument("--url", help="the article's URL")
    p.add_argument("--source-id", help="id of the new source (default: publisher-year-title-words)")
    p.add_argument("--publisher", help="publisher, when the dateline does not name it")
    p.add_argument("--language", help="ISO 639 code of the text (default: guessed)")
    p.add_argument("--force", action="store_true", help="replace an existing draft or a different uncited seed")
    p.set_defaults(func=cmd_ingest)

    p = sub.add_parser("promote", help="merge a reviewed draft into the curated files, if the result validates")
    p.add_argument("draft", help="data/drafts/<source-id>.yaml")
    p.add_argument("data_dir", nargs="?", help="data folder (default: the draft's, else $ALLIANCE_MONITOR_DATA)")
    p.add_argument("--keep-draft", action="store_true", help="leave the draft where it is after promoting")
    p.set_defaults(func=cmd_promote)

    p = sub.add_parser("evaluate", help="ingest the seeds afresh and score the drafts against the curated data, "
                       "or score a corpus of article + gold pairs (--corpus)")
    p.add_argument("data_dir", nargs="?")
    p.add_argument("--corpus", action="append", metavar="DIR",
                   help="a folder of NAME.txt + NAME.gold.yaml pairs (repeatable); exits 1 below the targets")
    p.add_argument("--quiet", action="store_true", help="with --corpus: the table only, not every miss")
    p.add_argument("--json", action="store_true", help="print the scores as JSON")
    p.set_defaults(func=cmd_evaluate)
