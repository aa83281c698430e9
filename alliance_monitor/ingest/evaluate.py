"""How well ingest drafts what the curators coded: each curated source's seed is ingested afresh (in memory)
and the draft compared with the curated records.

The curated records are the truth. Quotes match by (source, start, end); a matched quote's speakers are right
when the drafted set equals the curated set. Author terms (scare quotes) are right when ingest drafts them as
terms, not quotes. Chrome let through counts every drafted quote, term, country mention or content paragraph
that overlaps a curated chrome span, plus every curated chrome span that the drafted chrome does not cover.
"""

from __future__ import annotations

from dataclasses import asdict, dataclass, field
from pathlib import Path
from typing import Any

from alliance_monitor.ingest.draft import Draft, build_draft, load_known
from alliance_monitor.load import seed_path
from alliance_monitor.validate import validate

COUNTRY_TRUTH = (
    "country truth for a source = the codes in the `about` of its curated quotes, plus the alliance.yaml "
    "states whose evidence cites that source; found = every ISO-3 code the draft mentions in its content"
)
TARGETS = {"quote_recall": 1.0, "speaker_accuracy": 0.9, "chrome_let_through": 0}


@dataclass
class SourceScore:
    source: str
    curated_quotes: int = 0
    drafted_quotes: int = 0
    matched: int = 0
    speakers_right: int = 0
    kinds_right: int = 0
    terms: int = 0
    terms_right: int = 0
    countries_truth: list[str] = field(default_factory=list)
    countries_found: list[str] = field(default_factory=list)
    chrome_curated: int = 0
    chrome_missed: list[str] = field(default_factory=list)
    chrome_leaks: list[str] = field(default_factory=list)
    printed_date: str | None = None
    printed_date_right: bool = False
    proposed_date: str | None = None
    curated_date: str | None = None
    date_warnings: list[str] = field(default_factory=list)
    missed_quotes: list[str] = field(default_factory=list)
    extra_quotes: list[str] = field(default_factory=list)
    wrong_speakers: list[str] = field(default_factory=list)

    @property
    def recall(self) -> float:
        return self.matched / self.curated_quotes if self.curated_quotes else 1.0

    @property
    def precision(self) -> float:
        return self.matched / self.drafted_quotes if self.drafted_quotes else 1.0

    @property
    def speaker_accuracy(self) -> float:
        return self.speakers_right / self.matched if self.matched else 1.0

    @property
    def chrome_let_through(self) -> int:
        return len(self.chrome_missed) + len(self.chrome_leaks)

    @property
    def country_precision(self) -> float:
        found = set(self.countries_found)
        return len(found & set(self.countries_truth)) / len(found) if found else 1.0

    @property
    def country_recall(self) -> float:
        truth = set(self.countries_truth)
        return len(truth & set(self.countries_found)) / len(truth) if truth else 1.0

    @property
    def meets_targets(self) -> bool:
        return (self.recall >= TARGETS["quote_recall"] and self.speaker_accuracy >= TARGETS["speaker_accuracy"]
                and self.chrome_let_through <= TARGETS["chrome_let_through"])

    def as_dict(self) -> dict[str, Any]:
        data = asdict(self)
        for name in ("recall", "precision", "speaker_accuracy", "chrome_let_through", "country_precision",
                     "country_recall", "meets_targets"):
            data[name] = getattr(self, name)
        return data


def _overlaps(start: int, end: int, spans: list[tuple[int, int, str]]) -> str | None:
    return next((kind for s, e, kind in spans if s < end and start < e), None)


def score_source(draft: Draft, source_id: str, dataset: Any) -> SourceScore:
    """Compare one fresh draft with the curated records of its source."""
    source = dataset.source_by_id[source_id]
    score = SourceScore(source_id)
    curated = {(q.start, q.end): q for q in dataset.quotes if q.source == source_id}
    drafted = [q for q in draft.quotes if not q.is_term]
    score.curated_quotes, score.drafted_quotes = len(curated), len(drafted)
    seen = set()
    for q in drafted:
        truth = curated.get((q.start, q.end))
        if truth is None:
            score.extra_quotes.append(f"{q.start}-{q.end} {q.text[:50]!r}")
            continue
        seen.add((q.start, q.end))
        score.matched += 1
        speakers = draft.speakers_of(q)
        if set(speakers) == set(truth.speakers):
            score.speakers_right += 1
        else:
            score.wrong_speakers.append(f"{truth.id}: drafted {speakers}, curated {truth.speakers}")
        score.kinds_right += q.kind == truth.kind.value
    score.missed_quotes = [f"{q.id} ({q.start}-{q.end})" for key, q in curated.items() if key not in seen]
    drafted_terms = {(q.quotation.open_pos, q.quotation.close_pos + 1) for q in draft.quotes if q.is_term}
    score.terms = len(source.author_terms)
    score.terms_right = sum((t.start, t.end) in drafted_terms for t in source.author_terms)

    truth_codes = {c for q in dataset.quotes if q.source == source_id for c in q.about}
    truth_codes |= {s.iso3 for s in dataset.alliance.states if any(e.source == source_id for e in s.evidence)}
    score.countries_truth = sorted(truth_codes)
    score.countries_found = sorted({m.iso3 for m in draft.countries if m.iso3})

    chrome = [(c.start, c.end, c.kind.value) for c in source.chrome]
    score.chrome_curated = len(chrome)
    drafted_chrome = sorted((c.start, c.end) for c in draft.layout.chrome)
    for start, end, kind in chrome:
        covered = all(any(s <= i < e for s, e in drafted_chrome) for i in range(start, end))
        if not covered:
            score.chrome_missed.append(f"{kind} {start}-{end}")
    items: list[tuple[str, int, int]] = [("quote", q.quotation.open_pos, q.quotation.close_pos + 1)
                                         for q in draft.quotes]
    items += [("country", m.start, m.end) for m in draft.countries]
    items += [(f"content ({p.role})", p.start, p.end) for p in draft.layout.paragraphs]
    for what, start, end in items:
        kind = _overlaps(start, end, chrome)
        if kind is not None:
            score.chrome_leaks.append(f"{what} {start}-{end} inside {kind}")

    printed = draft.layout.printed_date
    score.printed_date = printed.text if printed else None
    score.printed_date_right = (printed is not None and source.printed_date is not None
                                and (printed.start, printed.end) == (source.printed_date.start,
                                                                     source.printed_date.end))
    score.proposed_date = draft.date.date
    score.curated_date = source.published.date
    score.date_warnings = [f"{k}: {m}" for k, m in draft.date.warnings]
    return score


def evaluate(data_dir: Path) -> list[SourceScore]:
    """Ingest every curated source's seed afresh and score the drafts; the curated data must be valid."""
    report = validate(data_dir)
    if report.dataset is None:
        raise ValueError("the curated data is not valid: run validate first\n" +
                         "\n".join(str(p) for p in report.problems))
    dataset = report.dataset
    known = load_known(data_dir)
    scores = []
    for source in dataset.sources:
        raw = seed_path(data_dir, source).read_bytes()
        draft = build_draft(raw.decode("utf-8"), raw, known, source_id=source.id, url=source.url)
        scores.append(score_source(draft, source.id, dataset))
    return scores


def _pct(value: float) -> str:
    return f"{100 * value:.0f}%"


def format_report(scores: list[SourceScore]) -> str:
    """The evaluation as a Markdown table, the details a curator needs, and the definitions."""
    total = SourceScore("all")
    for s in scores:
        for name in ("curated_quotes", "drafted_quotes", "matched", "speakers_right", "kinds_right", "terms",
                     "terms_right", "chrome_curated"):
            setattr(total, name, getattr(total, name) + getattr(s, name))
        total.chrome_missed += s.chrome_missed
        total.chrome_leaks += s.chrome_leaks
    rows = [*scores, total]
    header = ("| source | quotes curated | drafted | matched | recall | precision | speaker accuracy | kind right "
              "| author terms as terms | countries P / R | chrome curated | chrome let through |")
    lines = [header, "|" + "---|" * 12]
    for s in rows:
        countries = "" if s is total else f"{_pct(s.country_precision)} / {_pct(s.country_recall)}"
        lines.append(
            f"| {s.source} | {s.curated_quotes} | {s.drafted_quotes} | {s.matched} | {_pct(s.recall)} "
            f"| {_pct(s.precision)} | {_pct(s.speaker_accuracy)} ({s.speakers_right}/{s.matched}) "
            f"| {s.kinds_right}/{s.matched} | {s.terms_right}/{s.terms} | {countries} | {s.chrome_curated} "
            f"| {s.chrome_let_through} |"
        )
    lines.append("")
    for s in scores:
        lines.append(f"{s.source}:")
        where = "the curated span" if s.printed_date_right else "NOT the curated span"
        lines.append(f"  printed date found: {s.printed_date!r} ({where}); proposed published {s.proposed_date}, "
                     f"curated {s.curated_date}")
        for w in s.date_warnings:
            lines.append(f"  warning: {w}")
        lines.append(f"  countries found {', '.join(s.countries_found)}; truth {', '.join(s.countries_truth)}")
        for label, items in (("missed quote", s.missed_quotes), ("quote not curated", s.extra_quotes),
                             ("wrong speakers", s.wrong_speakers), ("chrome missed", s.chrome_missed),
                             ("chrome leak", s.chrome_leaks)):
            for item in items:
                lines.append(f"  {label}: {item}")
    lines.append("")
    lines.append("Definitions: quotes match by (source, start, end); speaker accuracy = matched quotes whose drafted "
                 "speaker set equals the curated one; author terms as terms = curated author_terms drafted as "
                 "terms, not quotes; chrome let through = drafted quotes, terms, country mentions or content "
                 "paragraphs overlapping a curated chrome span, plus curated chrome spans not covered by drafted "
                 f"chrome; {COUNTRY_TRUTH}.")
    met = all(s.meets_targets for s in scores)
    lines.append(f"Targets (quote recall 100%, speaker accuracy >= 90%, no chrome let through): "
                 f"{'met' if met else 'NOT met'} on {len(scores)} source(s).")
    return "\n".join(lines)
