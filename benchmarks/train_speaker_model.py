"""Fit the speaker model (`alliance_monitor/ingest/speaker_model.py`) and say how it does on batches it did not see.

    python benchmarks/train_speaker_model.py --report       # leave-one-batch-out figures only; writes nothing
    python benchmarks/train_speaker_model.py --write        # the same, then fits on every development folder and
                                                            # writes alliance_monitor/ingest/speaker_model.json
    python benchmarks/train_speaker_model.py --report --at-scoring   # also on each batch as it was scored

Data: the development folders of `tests/fixtures/ingest_eval/`: `dev/`, `test/`, `fresh/`, `fresh2/` (development
from the start, README) and every folder with a `NAME.scored.txt` beside it (scored once, so development since).
Every other folder is held out, whatever its name: a clean batch waiting to be scored once is never read.
Each article is drafted by the rules alone
(`build_draft(..., learned_fallback=False)`); each quote matched to the gold gives one row per candidate
(`speaker_model.candidates_for`), labelled 1 when the candidate is one of the gold speakers (matched as `evaluate`
matches them). Quotes the rules did attribute are training rows too: the model learns where speakers stand on a
page from every quote, and is used only where no rule spoke.

Leave-one-batch-out, for each scored batch `freshN` (N >= 14): fit on every other development folder, then apply
the model to the quotes of `freshN` that the rules of this checkout left with no attribution, and count how many it
names right, how many it names wrong where the gold has no speaker (a silence it breaks) and where the gold has one
(already wrong). With --at-scoring, the quotes are instead those the engine that scored `freshN` left unattributed
(`speaker_rules.py --at-scoring`): the batch as it was first met. Features still come from this checkout's cast,
which later rounds tuned on some of those batches, so that figure leans optimistic; only a batch scored once after
the model was written tells. C (the inverse regularisation) and the threshold are chosen here from the
leave-one-batch-out figures, never from a held-out batch.
"""

from __future__ import annotations

import argparse
import datetime
import json
import subprocess
import sys
from concurrent.futures import ProcessPoolExecutor
from dataclasses import dataclass
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from alliance_monitor.ingest import evaluate as ev  # noqa: E402
from alliance_monitor.ingest.draft import build_draft  # noqa: E402
from alliance_monitor.ingest.speaker_model import (  # noqa: E402
    FEATURES,
    RULE,
    candidates_for,
    has_evidence,
    read_page,
    speakers_by_paragraph,
)

CORPUS = ROOT / "tests" / "fixtures" / "ingest_eval"
MODEL = ROOT / "alliance_monitor" / "ingest" / "speaker_model.json"
C_VALUES = (0.1, 1.0, 10.0)
THRESHOLDS = (0.4, 0.5, 0.6)


@dataclass
class QuoteRow:
    """One matched quote: its batch and place, whether the rules left it unattributed, the gold's speaker count,
    and its candidates as (features, label)."""

    batch: str
    article: str
    start: int
    end: int
    unattributed: bool
    gold_speakers: int
    candidates: list[tuple[list[float], int]]


DEVELOPMENT_FROM_THE_START = ("dev", "test", "fresh", "fresh2")
"""The folders the corpus README calls development data without a scored file of their own."""


def development_folders() -> list[Path]:
    """The corpus folders the model may be fitted on (`DEVELOPMENT_FROM_THE_START` and every scored batch), by
    name; any other folder is held out."""
    return [folder for folder in sorted(p for p in CORPUS.iterdir() if p.is_dir())
            if folder.name in DEVELOPMENT_FROM_THE_START or (CORPUS / f"{folder.name}.scored.txt").exists()]


def rows_of(folder: Path) -> list[QuoteRow]:
    """The `QuoteRow`s of one corpus folder, drafted by the rules alone."""
    known = ev.load_known_actors(folder)
    rows = []
    for article, text, gold in ev.corpus_articles(folder):
        draft = build_draft(text, text.encode("utf-8"), known, url=gold.url, learned_fallback=False)
        names = ev._names_of(draft, known)
        spans = [(p.start, p.end) for p in draft.layout.paragraphs]
        truth = {(g.start, g.end): g for g in gold.quotes}
        ruled = speakers_by_paragraph(draft.quotes)
        page = read_page(text, draft.masked, spans, draft.cast, draft.body_start)
        for dq in draft.quotes:
            g = truth.get((dq.start, dq.end))
            if dq.is_term or g is None:
                continue
            candidates = []
            for c in candidates_for(page, dq, ruled):
                found = draft.cast.candidates.get(c.actor) or draft.cast.stubs.get(c.actor)
                spellings = ([found.name] if found else []) + draft.cast.spellings.get(c.actor, []) \
                    + names.get(c.actor, []) + names.get(draft.actor_ids.get(c.actor, ""), [])
                label = any(ev._speaker_matches(name, spellings) for name in g.speakers)
                candidates.append((c.features, int(label)))
            rows.append(QuoteRow(folder.name, article.stem, dq.start, dq.end, dq.attribution is None,
                                 len(g.speakers), candidates))
    return rows


def fit(rows: list[QuoteRow], c: float) -> Any:
    from sklearn.linear_model import LogisticRegression  # type: ignore[import-untyped]

    features = [f for r in rows for f, _ in r.candidates]
    labels = [y for r in rows for _, y in r.candidates]
    return LogisticRegression(C=c, max_iter=5000).fit(features, labels)


def outcome(model: Any, row: QuoteRow, threshold: float) -> str:
    """'abstained', 'named right', 'named over a silence' (the gold has no speaker) or 'named wrong', as
    `speaker_model.best_candidate` decides (only candidates with `has_evidence`). A quote of two gold speakers is
    named wrong whichever one the model names."""
    candidates = [(f, label) for f, label in row.candidates if has_evidence(f)]
    if not candidates:
        return "abstained"
    probabilities = model.predict_proba([f for f, _ in candidates])[:, 1]
    best = int(probabilities.argmax())
    if probabilities[best] < threshold:
        return "abstained"
    if row.gold_speakers == 0:
        return "named over a silence"
    return "named right" if candidates[best][1] and row.gold_speakers == 1 else "named wrong"


def at_scoring_unattributed() -> set[tuple[str, int, int]]:
    """(article, start, end) of each quote the engine that scored its batch left unattributed."""
    done = subprocess.run([sys.executable, str(ROOT / "benchmarks" / "speaker_rules.py"), "--at-scoring", "--json"],
                          cwd=ROOT, capture_output=True, text=True, check=True)
    rows = [json.loads(line) for line in done.stdout.splitlines()]
    # (a batch scored with the speaker model on: what it named, the rules had left unattributed)
    return {(r["article"], r["start"], r["end"]) for r in rows if r["rule"] == "none" or r["rule"] == RULE}


def leave_one_batch_out(rows: list[QuoteRow], c: float, thresholds: tuple[float, ...],
                        chosen: set[tuple[str, int, int]] | None) -> dict[float, dict[str, dict[str, int]]]:
    """Threshold -> batch -> outcome -> count, over each scored batch's unattributed quotes (`chosen` picks them
    instead); one fit per batch, left out."""
    batches = sorted({r.batch for r in rows if r.batch.removeprefix("fresh").isdigit()
                      and int(r.batch.removeprefix("fresh")) >= 14}, key=lambda b: int(b.removeprefix("fresh")))
    out: dict[float, dict[str, dict[str, int]]] = {t: {} for t in thresholds}
    for batch in batches:
        model = fit([r for r in rows if r.batch != batch], c)
        judged = [row for row in rows if row.batch == batch and (
            (chosen is None and row.unattributed) or (chosen is not None
                                                       and (row.article, row.start, row.end) in chosen))]
        for threshold in thresholds:
            tally: dict[str, int] = {}
            for row in judged:
                result = outcome(model, row, threshold)
                tally[result] = tally.get(result, 0) + 1
                tally["gold silent"] = tally.get("gold silent", 0) + (row.gold_speakers == 0)
            out[threshold][batch] = tally
    return out


def summary(tallies: dict[str, dict[str, int]]) -> dict[str, int]:
    total: dict[str, int] = {}
    for tally in tallies.values():
        for k, v in tally.items():
            total[k] = total.get(k, 0) + v
    total["net"] = total.get("named right", 0) - total.get("named over a silence", 0)
    return total


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--report", action="store_true", help="print the leave-one-batch-out figures")
    parser.add_argument("--write", action="store_true", help="fit on every development folder and write the model")
    parser.add_argument("--at-scoring", action="store_true", help="also judge the quotes unattributed at scoring")
    args = parser.parse_args(argv)
    folders = development_folders()
    with ProcessPoolExecutor(max_workers=2) as pool:
        rows = [row for part in pool.map(rows_of, folders) for row in part]
    print(f"{len(rows)} quotes, {sum(len(r.candidates) for r in rows)} candidates, from "
          f"{len(folders)} folders", file=sys.stderr)
    chosen = at_scoring_unattributed() if args.at_scoring else None
    results: dict[str, Any] = {}
    for c in C_VALUES:
        here_by = leave_one_batch_out(rows, c, THRESHOLDS, None)
        then_by = leave_one_batch_out(rows, c, THRESHOLDS, chosen) if chosen is not None else None
        for threshold in THRESHOLDS:
            here = summary(here_by[threshold])
            line = f"C={c} threshold={threshold}: unattributed by this checkout's rules {here}"
            results[f"{c}/{threshold}"] = {"this checkout's rules": here}
            if then_by is not None:
                then = summary(then_by[threshold])
                results[f"{c}/{threshold}"]["at scoring"] = then
                line += f"; unattributed at scoring {then}"
            print(line)
    if args.write:
        c, threshold = choose(results)
        model = fit(rows, c)
        MODEL.write_text(json.dumps({
            "features": list(FEATURES),
            "weights": [round(float(w), 6) for w in model.coef_[0]],
            "bias": round(float(model.intercept_[0]), 6),
            "threshold": threshold,
            "C": c,
            "fitted": datetime.date.today().isoformat(),
            "trained_on": [f.name for f in folders],
            "quotes": len(rows),
            "candidates": sum(len(r.candidates) for r in rows),
            "leave_one_batch_out": results[f"{c}/{threshold}"],
        }, indent=1, ensure_ascii=False) + "\n", encoding="utf-8")
        print(f"wrote {MODEL.relative_to(ROOT)} (C={c}, threshold={threshold})")
    return 0


def choose(results: dict[str, Any]) -> tuple[float, float]:
    """The (C, threshold) of the most net quotes gained (named right, less silences broken) on this checkout's
    unattributed quotes, leave-one-batch-out; ties go to the higher threshold (fewer guesses to review)."""
    key = max(results, key=lambda k: (results[k]["this checkout's rules"]["net"], float(k.split("/")[1])))
    c, threshold = key.split("/")
    return float(c), float(threshold)


if __name__ == "__main__":
    raise SystemExit(main())
