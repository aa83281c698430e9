"""How often each attribution rule names the right speakers, at the confidence it gives them: the figures behind
`CARRIED_CONFIDENCE` in `alliance_monitor/ingest/quotes.py` and the README's "What a speaker's confidence means".

    python benchmarks/speaker_rules.py CORPUS [CORPUS ...]
        drafts each corpus folder (NAME.txt + NAME.gold.yaml pairs) with the engine of this checkout;
    python benchmarks/speaker_rules.py --at-scoring [--first 14]
        drafts each scored held-out batch (`tests/fixtures/ingest_eval/freshN` with a `freshN.scored.txt`, N >=
        --first) with the engine as it was in the commit that added its scored file: the batch as it was scored,
        unseen, before any round read it. Needs the git history (a full clone); each engine is unpacked with
        `git archive` into a temporary folder and run in a subprocess.

Prints one row per (confidence, rule): right/judged over the matched quotes, judged as `evaluate` judges them (same
speakers, by any spelling). With --at-scoring it first prints each batch's total beside the speakers figure of its
scored file; they must agree, or the batch was not drafted as it was scored. Development corpora are tuned to
nearly 100%, so only --at-scoring tells how a rule does on pages it has not seen.
"""

from __future__ import annotations

import argparse
import io
import json
import re
import subprocess
import sys
import tarfile
import tempfile
from collections import defaultdict
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parent.parent
CORPUS = ROOT / "tests" / "fixtures" / "ingest_eval"
_CYRILLIC = re.compile(r"[а-яёА-ЯЁ]")


def judge(folder: Path) -> list[dict[str, Any]]:
    """One row per matched quote of a corpus: batch, article, the quote's start and end, confidence ("none found"
    when no speaker is drafted), rule, right, language ("ru" when the quote has Cyrillic, else "en"). Uses whichever
    `alliance_monitor` is first on sys.path (this checkout's, or an older engine's under --at-scoring), through the
    API every engine since fresh14 has."""
    from alliance_monitor.ingest import evaluate as ev
    from alliance_monitor.ingest.draft import build_draft, read_article

    known = ev.load_known_actors(folder)
    rows = []
    for gold_path in sorted(folder.glob("*" + ev.GOLD_SUFFIX)):
        article = gold_path.with_name(gold_path.name.removesuffix(ev.GOLD_SUFFIX) + ".txt")
        _, text = read_article(article)
        gold = ev.load_gold(gold_path, text)
        draft = build_draft(text, text.encode("utf-8"), known, url=gold.url)
        names = ev._names_of(draft, known)
        truth = {(g.start, g.end): g for g in gold.quotes}
        for q in draft.quotes:
            g = truth.get((q.start, q.end))
            if q.is_term or g is None:
                continue
            ids = draft.speakers_of(q)
            right = len(ids) == len(g.speakers) and all(
                any(ev._speaker_matches(name, names.get(i, [i])) for i in ids) for name in g.speakers)
            att = q.attribution
            rows.append({"batch": folder.name, "article": article.stem, "start": q.start, "end": q.end,
                         "confidence": att.confidence if att is not None and ids else "none found",
                         "rule": att.rule if att is not None else "none", "right": right,
                         "language": "ru" if _CYRILLIC.search(q.text) else "en"})
    return rows


def scored_batches(first: int) -> list[tuple[int, Path, str]]:
    """(N, folder, commit that added freshN.scored.txt) for each scored batch N >= first, in order."""
    out = []
    for scored in CORPUS.glob("fresh*.scored.txt"):
        n = int(scored.name.removeprefix("fresh").removesuffix(".scored.txt"))
        if n < first:
            continue
        log = subprocess.run(["git", "log", "--diff-filter=A", "--format=%H", "--", str(scored.relative_to(ROOT))],
                             cwd=ROOT, capture_output=True, text=True, check=True).stdout.split()
        if not log:
            raise SystemExit(f"speaker_rules: {scored}: not in the git history (a shallow clone?)")
        out.append((n, CORPUS / f"fresh{n}", log[-1]))
    return sorted(out)


def scored_speakers(n: int) -> str:
    """The speakers figure of freshN.scored.txt's total row, e.g. '80.8%'."""
    total = next(line for line in (CORPUS / f"fresh{n}.scored.txt").read_text(encoding="utf-8").splitlines()
                 if line.startswith("| total"))
    return total.split("|")[7].strip()


def judge_at(commit: str, folder: Path) -> list[dict[str, Any]]:
    """`judge(folder)` with the engine of `commit`, unpacked into a temporary folder and run in a subprocess."""
    archive = subprocess.run(["git", "archive", "--format=tar", commit, "alliance_monitor"], cwd=ROOT,
                             capture_output=True, check=True).stdout
    with tempfile.TemporaryDirectory() as engine:
        with tarfile.open(fileobj=io.BytesIO(archive)) as tar:
            if hasattr(tarfile, "data_filter"):  # Python 3.11.4 and later: refuse links and paths out of `engine`
                tar.extractall(engine, filter="data")
            else:
                tar.extractall(engine)  # our own commit's archive
        done = subprocess.run([sys.executable, __file__, "--engine", engine, "--json", str(folder)], cwd=engine,
                              capture_output=True, text=True, check=True)
    return [json.loads(line) for line in done.stdout.splitlines()]


def table(rows: list[dict[str, Any]]) -> str:
    """right/judged per (confidence, rule), most frequent first; then per confidence."""
    by_rule: dict[tuple[str, str], list[int]] = defaultdict(lambda: [0, 0])
    by_confidence: dict[str, list[int]] = defaultdict(lambda: [0, 0])
    for row in rows:
        for tally in (by_rule[(row["confidence"], row["rule"])], by_confidence[row["confidence"]]):
            tally[0] += row["right"]
            tally[1] += 1
    lines = ["| confidence | rule | right | judged | share | right in Russian |", "|---|---|---|---|---|---|"]
    for (confidence, rule), (right, judged) in sorted(by_rule.items(), key=lambda kv: (-kv[1][1], kv[0])):
        ru = [r for r in rows if (r["confidence"], r["rule"], r["language"]) == (confidence, rule, "ru")]
        lines.append(f"| {confidence} | {rule} | {right} | {judged} | {100 * right / judged:.0f}% "
                     f"| {sum(r['right'] for r in ru)}/{len(ru)} |")
    lines.append("")
    for confidence in ("high", "medium", "low", "none found"):
        right, judged = by_confidence.get(confidence, [0, 0])
        lines.append(f"{confidence}: {right}/{judged} right" + (f" ({100 * right / judged:.0f}%)" if judged else ""))
    return "\n".join(lines)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("corpus", nargs="*", type=Path, help="corpus folders (NAME.txt + NAME.gold.yaml)")
    parser.add_argument("--at-scoring", action="store_true", help="each scored batch with the engine that scored it")
    parser.add_argument("--first", type=int, default=14, help="with --at-scoring: the first batch (default 14)")
    parser.add_argument("--engine", type=Path, help=argparse.SUPPRESS)  # the folder an older engine is unpacked in
    parser.add_argument("--json", action="store_true", help="one JSON row per matched quote instead of the table")
    args = parser.parse_args(argv)
    sys.path.insert(0, str(args.engine or ROOT))
    rows: list[dict[str, Any]] = []
    if args.at_scoring:
        for n, folder, commit in scored_batches(args.first):
            batch = judge_at(commit, folder)
            right = sum(r["right"] for r in batch)
            print(f"fresh{n} at {commit[:7]}: speakers {right}/{len(batch)} = {100 * right / len(batch):.1f}% "
                  f"(its scored file: {scored_speakers(n)})", file=sys.stderr)
            rows += batch
    for folder in args.corpus:
        rows += judge(folder)
    if args.json:
        for row in rows:
            print(json.dumps(row, ensure_ascii=False))
    else:
        print(table(rows))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
