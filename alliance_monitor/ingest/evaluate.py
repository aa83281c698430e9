"""How well ingest drafts what the curators coded: each curated source's seed is ingested afresh (in memory)
and the draft compared with the curated records; or, with `evaluate_corpus`, any folder of article + gold pairs
(`NAME.txt` + `NAME.gold.yaml`, as in `tests/fixtures/ingest_eval/`) scored for quote recall and precision,
speaker accuracy, chrome taken as content, and title, publisher, date and dateline right (issue 14's targets in
`CORPUS_TARGETS`). A gold speaker matches a drafted one by any of its names' skeletons (any spelling or
script), or by surname when the gold gives only one word.

The curated records are the truth. Quotes match by (source, start, end); a matched quote's speakers are right
when the drafted set equals the curated set. Author terms (scare quotes) are right when ingest drafts them as
terms, not quotes. Chrome let through counts every drafted quote, term, country mention or content paragraph
that overlaps a curated chrome span, plus every curated chrome span that the drafted chrome does not cover.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
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


# --- an evaluation corpus: any folder of article + gold pairs ------------------------------------------

CORPUS_TARGETS = {"quote_recall": 0.98, "quote_precision": 0.97, "speaker_accuracy": 0.95, "chrome_as_content": 0,
                  "title": 0.95, "publisher": 0.95, "date": 0.95, "confident_wrong_dates": 0}
"""Targets of issue 14 on an evaluation corpus (dateline accuracy is reported, not targeted)."""

GOLD_SUFFIX = ".gold.yaml"
KNOWN_ACTORS = "known_actors.yaml"
"""Optional, in a corpus folder or its parent: curated actors the articles' speakers may match (a list of Actor
records), so that matching by alias and transliteration is measured too."""


@dataclass
class GoldQuote:
    text: str
    speakers: list[str]
    start: int
    end: int


@dataclass
class Gold:
    """Hand annotation of one corpus article (`NAME.gold.yaml` beside `NAME.txt`). Every field is what the page
    shows; null means the page does not show it (the right draft then says "not found")."""

    path: Path
    title: str | None
    publisher: str | None
    date: str | None
    dateline: str | None
    url: str | None
    quotes: list[GoldQuote]
    chrome: list[tuple[int, int]]
    """Spans of page furniture that must never become a quote, a term or the title (found from `chrome` texts)."""


class GoldError(ValueError):
    """A gold file that cannot be used; the message names the file, line and field."""


def _scalar(raw: Any) -> str | None:
    if raw is None or (isinstance(raw, str) and raw.strip() in ("", "null", "~")):
        return None
    return str(raw)


def _locate_text(article: str, needle: str, nth: int) -> int | None:
    """Offset of the n-th occurrence of `needle`, counting first the occurrences right after a quotation mark
    (a quote's words may also stand unquoted in a headline), then the others."""
    hits = []
    pos = article.find(needle)
    while pos >= 0:
        hits.append(pos)
        pos = article.find(needle, pos + 1)
    quoted = [p for p in hits if p > 0 and article[p - 1] in "\"“„«‘'‹"]
    ordered = quoted + [p for p in hits if p not in quoted]
    return ordered[nth - 1] if len(ordered) >= nth else None


def _locate_chrome(article: str, needle: str) -> int | None:
    """Offset of a chrome text: page furniture is whole lines, so an occurrence filling a line (blanks aside) comes
    first ("Kessel" as a topic link, not the country's name inside a quote), then the first occurrence."""
    pos = article.find(needle)
    first = pos if pos >= 0 else None
    while pos >= 0:
        line_start = article.rfind("\n", 0, pos) + 1
        line_end = article.find("\n", pos)
        line_end = len(article) if line_end < 0 else line_end
        if not article[line_start:pos].strip() and not article[pos + len(needle):line_end].strip():
            return pos
        pos = article.find(needle, pos + 1)
    return first


def load_gold(path: Path, article: str) -> Gold:
    """Read a gold file; quote and chrome texts are located in the article (the n-th occurrence when `n` is
    given), so offsets never drift when an article is edited."""
    from alliance_monitor.yamlio import LineDict, YamlError, read_yaml

    try:
        raw = read_yaml(path)
    except YamlError as exc:
        raise GoldError(f"{path}:{exc.line}: {exc.message}") from exc
    if not isinstance(raw, LineDict):
        raise GoldError(f"{path}:1: a gold file is a mapping (title, publisher, date, dateline, quotes, chrome)")
    allowed = {"title", "publisher", "date", "dateline", "url", "quotes", "chrome", "note"}
    for key in raw:
        if key not in allowed:
            expected = ", ".join(sorted(allowed))
            raise GoldError(f"{path}:{raw.key_lines[key]}: {key}: unknown field (expected {expected})")
    date = _scalar(raw.get("date"))
    if date is not None and not re.fullmatch(r"\d{4}-\d{2}-\d{2}", date):
        raise GoldError(f"{path}:{raw.key_lines['date']}: date: {date!r} is not YYYY-MM-DD (or null)")
    quotes: list[GoldQuote] = []
    items = raw.get("quotes") or []
    lines = getattr(items, "item_lines", [raw.key_lines.get("quotes", 1)] * len(items))
    for i, item in enumerate(items):
        line = lines[i] if i < len(lines) else 1
        if not isinstance(item, dict) or not _scalar(item.get("text")):
            raise GoldError(f"{path}:{line}: quotes[{i}].text: every quote needs its exact text")
        text = str(item["text"])
        nth = int(item.get("n", 1))
        start = _locate_text(article, text, nth)
        if start is None:
            raise GoldError(f"{path}:{line}: quotes[{i}].text: {text[:40]!r} is not in the article (occurrence {nth})")
        speakers = item.get("speakers") or []
        if not isinstance(speakers, list):
            raise GoldError(f"{path}:{line}: quotes[{i}].speakers: a list of names")
        end = start + len(text)
        # The quote is everything between the marks: punctuation the annotator left out before the closing
        # mark ("table," in '"Nobody is leaving the table," he said') belongs to it, as in the curated data.
        tail = re.match(r"[,.;:!?…]+(?=[\"”»“’'])", article[end:end + 4])
        if tail:
            end += tail.end()
        quotes.append(GoldQuote(article[start:end], [str(s) for s in speakers], start, end))
    chrome: list[tuple[int, int]] = []
    items = raw.get("chrome") or []
    for i, item in enumerate(items):
        start = _locate_chrome(article, str(item))
        if start is None:
            raise GoldError(f"{path}:{raw.key_lines.get('chrome', 1)}: chrome[{i}]: {str(item)[:40]!r} is not in "
                            "the article")
        chrome.append((start, start + len(str(item))))
    return Gold(path, _scalar(raw.get("title")), _scalar(raw.get("publisher")), date, _scalar(raw.get("dateline")),
                _scalar(raw.get("url")), quotes, chrome)


SPEAKER_CONFIDENCES = ("high", "medium", "low", "none found")
"""The draft's confidence in a matched quote's speakers ("none found": it names none). The draft's review list asks
the curator to check "low" and "none found" (`speaker_unresolved`, `low_confidence`); "high" and "medium" go
unflagged, so a wrong speaker there is one a curator can miss."""
FLAGGED_CONFIDENCES = ("low", "none found")


@dataclass
class ArticleScore:
    article: str
    gold_quotes: int = 0
    drafted_quotes: int = 0
    matched: int = 0
    speakers_right: int = 0
    chrome_as_content: list[str] = field(default_factory=list)
    title_right: bool = False
    publisher_right: bool = False
    date_right: bool = False
    dateline_right: bool = False
    confident_wrong_date: bool = False
    speaker_checks: list[tuple[str, bool]] = field(default_factory=list)
    """For each matched quote: the draft's confidence in its speakers (one of `SPEAKER_CONFIDENCES`) and whether
    they are right."""
    details: list[str] = field(default_factory=list)


def _same_name(a: str, b: str) -> bool:
    from alliance_monitor.search import skeleton

    return skeleton(a) == skeleton(b)


def _names_of(draft: Draft, known: Any) -> dict[str, list[str]]:
    """Actor id -> every name it goes by (curated actors and the draft's stubs)."""
    names: dict[str, list[str]] = {a.id: [a.name, *a.aliases] for a in known.actors}
    for stub in draft.document["actors"]:
        names[stub["id"]] = [stub["name"], *stub.get("aliases", [])]
    return names


def _speaker_matches(gold_name: str, names: list[str]) -> bool:
    """A gold speaker name matches an actor when one of its names is the same (by skeleton: any spelling, any
    script) or the gold name's last word is its surname."""
    from alliance_monitor.search import skeleton

    gold = skeleton(gold_name)
    return any(skeleton(n) == gold or (skeleton(n).split()[-1:] == gold.split()[-1:] and len(gold.split()) == 1)
               for n in names if skeleton(n))


def speakers_right(ids: list[str], gold_speakers: list[str], names: dict[str, list[str]]) -> bool:
    """Whether a drafted quote's speakers (actor ids; `names`: id -> every name, `_names_of`) are the gold's: as
    many, and each gold name matched by one of them (`_speaker_matches`)."""
    return len(ids) == len(gold_speakers) and all(
        any(_speaker_matches(name, names.get(i, [i])) for i in ids) for name in gold_speakers)


def score_article(article_path: Path, gold: Gold, text: str, known: Any) -> ArticleScore:
    """Ingest one corpus article afresh and compare the draft with its gold."""
    from alliance_monitor.search import fold

    raw = text.encode("utf-8")
    draft = build_draft(text, raw, known, url=gold.url)
    score = ArticleScore(article_path.stem)
    names = _names_of(draft, known)
    truth = {(q.start, q.end): q for q in gold.quotes}
    drafted = [q for q in draft.quotes if not q.is_term]
    score.gold_quotes, score.drafted_quotes = len(truth), len(drafted)
    for q in drafted:
        g = truth.get((q.start, q.end))
        if g is None:
            score.details.append(f"quote not in gold: {q.text[:60]!r}")
            continue
        score.matched += 1
        ids = draft.speakers_of(q)
        right = speakers_right(ids, g.speakers, names)
        confidence = q.attribution.confidence if ids and q.attribution else "none found"
        score.speaker_checks.append((confidence, right))
        if right:
            score.speakers_right += 1
        else:
            score.details.append(f"speaker: {q.text[:40]!r} drafted {[names.get(i, [i])[0] for i in ids]}, "
                                 f"gold {g.speakers}" + ("" if confidence in FLAGGED_CONFIDENCES else
                                                         f" (at {confidence}, not flagged for review)"))
    found = {(q.start, q.end) for q in drafted}
    for g in gold.quotes:
        if (g.start, g.end) not in found:
            score.details.append(f"missed quote: {g.text[:60]!r}")
    title = draft.layout.title
    for start, end in gold.chrome:
        for q in draft.quotes:
            if q.quotation.open_pos < end and start < q.quotation.close_pos + 1:
                score.chrome_as_content.append(f"quote {q.text[:40]!r} in chrome")
        if title is not None and title.start < end and start < title.end:
            score.chrome_as_content.append(f"title {title.text[:40]!r} is chrome")
    source = draft.document["source"]

    def same(a: str | None, b: str | None) -> bool:
        return (a is None and b is None) or (a is not None and b is not None and fold(a) == fold(b))

    score.title_right = same(source.get("title"), gold.title)
    score.publisher_right = same(source.get("publisher"), gold.publisher)
    score.dateline_right = same(source.get("dateline"), gold.dateline)
    score.date_right = draft.date.date == gold.date
    score.confident_wrong_date = draft.date.date is not None and not score.date_right and (
        draft.date.confidence != "low")
    for label, ok, got, want in (("title", score.title_right, source.get("title"), gold.title),
                                 ("publisher", score.publisher_right, source.get("publisher"), gold.publisher),
                                 ("date", score.date_right, f"{draft.date.date} ({draft.date.confidence})", gold.date),
                                 ("dateline", score.dateline_right, source.get("dateline"), gold.dateline)):
        if not ok:
            score.details.append(f"{label}: drafted {got!r}, gold {want!r}")
    return score


def load_known_actors(folder: Path) -> Any:
    """The corpus's curated actors (`known_actors.yaml` in the folder or its parent), as a `Known`."""
    from alliance_monitor.ingest.draft import Known
    from alliance_monitor.models import Actor
    from alliance_monitor.yamlio import YamlError, read_yaml

    for candidate in (folder / KNOWN_ACTORS, folder.parent / KNOWN_ACTORS):
        if candidate.exists():
            try:
                raw = read_yaml(candidate, lines=False)
            except YamlError as exc:
                raise GoldError(f"{candidate}:{exc.line}: {exc.message}") from exc
            actors = []
            for i, item in enumerate(raw or []):
                try:
                    actors.append(Actor.model_validate(item))
                except ValueError as exc:
                    first = str(exc).splitlines()[1:2] or [str(exc)]
                    raise GoldError(f"{candidate}: actor {i}: {first[0].strip()}") from exc
            return Known(actors=actors)
    return Known()


def corpus_articles(folder: Path) -> Iterator[tuple[Path, str, Gold]]:
    """(article path, its text, its gold) for every `NAME.txt` of a folder with a `NAME.gold.yaml` beside it, sorted
    by name. Raises GoldError when the folder is missing or a gold file has no article beside it."""
    from alliance_monitor.ingest.draft import read_article

    if not folder.is_dir():
        raise GoldError(f"{folder}: not a folder")
    for gold_path in sorted(folder.glob("*" + GOLD_SUFFIX)):
        article_path = gold_path.with_name(gold_path.name.removesuffix(GOLD_SUFFIX) + ".txt")
        if not article_path.exists():
            raise GoldError(f"{gold_path}: no article {article_path.name} beside it")
        _, text = read_article(article_path)
        yield article_path, text, load_gold(gold_path, text)


def evaluate_corpus(folder: Path) -> list[ArticleScore]:
    """Score every `NAME.txt` of a folder that has a `NAME.gold.yaml` beside it (sorted by name)."""
    if not folder.is_dir():
        raise GoldError(f"{folder}: not a folder")
    known = load_known_actors(folder)
    scores = [score_article(article_path, gold, text, known) for article_path, text, gold in corpus_articles(folder)]
    if not scores:
        raise GoldError(f"{folder}: no NAME.txt + NAME{GOLD_SUFFIX} pairs")
    return scores


@dataclass
class CorpusTotals:
    articles: int
    quote_recall: float
    quote_precision: float
    speaker_accuracy: float
    chrome_as_content: int
    title: float
    publisher: float
    date: float
    dateline: float
    confident_wrong_dates: int
    speakers_by_confidence: dict[str, tuple[int, int]] = field(default_factory=dict)
    """Confidence -> (right, judged) over the matched quotes, for every label in `SPEAKER_CONFIDENCES`."""

    @property
    def unflagged_wrong_speakers(self) -> int:
        """Matched quotes whose drafted speakers are wrong at a confidence the review list does not flag (high or
        medium): the misattributions a curator who checks only the flagged quotes would publish."""
        return sum(judged - right for label, (right, judged) in self.speakers_by_confidence.items()
                   if label not in FLAGGED_CONFIDENCES)

    def failures(self) -> list[str]:
        """The targets missed, as 'name value < target'."""
        out = []
        for name, target in CORPUS_TARGETS.items():
            value = getattr(self, name)
            if isinstance(target, int) and not isinstance(target, bool) and name in ("chrome_as_content",
                                                                                      "confident_wrong_dates"):
                if value > target:
                    out.append(f"{name} {value} > {target}")
            elif value < target:
                out.append(f"{name} {100 * value:.1f}% < {100 * target:.0f}%")
        return out


def corpus_totals(scores: list[ArticleScore]) -> CorpusTotals:
    n = len(scores)
    gold = sum(s.gold_quotes for s in scores)
    drafted = sum(s.drafted_quotes for s in scores)
    matched = sum(s.matched for s in scores)
    return CorpusTotals(
        n, matched / gold if gold else 1.0, matched / drafted if drafted else 1.0,
        sum(s.speakers_right for s in scores) / matched if matched else 1.0,
        sum(len(s.chrome_as_content) for s in scores), sum(s.title_right for s in scores) / n,
        sum(s.publisher_right for s in scores) / n, sum(s.date_right for s in scores) / n,
        sum(s.dateline_right for s in scores) / n, sum(s.confident_wrong_date for s in scores),
        _by_confidence([check for s in scores for check in s.speaker_checks]))


def _by_confidence(checks: list[tuple[str, bool]]) -> dict[str, tuple[int, int]]:
    return {label: (sum(1 for c, right in checks if c == label and right), sum(1 for c, _ in checks if c == label))
            for label in SPEAKER_CONFIDENCES}


def format_speaker_confidence(totals: CorpusTotals) -> str:
    """One line: how often the drafted speakers are right at each confidence, and how many wrong ones the review
    list does not flag, e.g. "high 42/46 (91%), medium 27/34 (79%), low 4/4 (100%), none found 7/15 (47%) right;
    wrong but not flagged for review: 11"."""
    parts = []
    for label in SPEAKER_CONFIDENCES:
        right, judged = totals.speakers_by_confidence.get(label, (0, 0))
        parts.append(f"{label} {right}/{judged}" + (f" ({100 * right / judged:.0f}%)" if judged else ""))
    return (", ".join(parts) + " right; wrong but not flagged for review: "
            f"{totals.unflagged_wrong_speakers}")


def format_corpus_report(scores: list[ArticleScore], *, details: bool = True) -> str:
    """Per article and in total: quote recall and precision, speaker accuracy, chrome taken as content, title,
    publisher, date and dateline right."""
    yes = {True: "yes", False: "NO"}
    lines = ["| article | quotes gold | drafted | matched | recall | precision | speakers | chrome as content "
             "| title | publisher | date | dateline |", "|" + "---|" * 12]
    for s in scores:
        lines.append(f"| {s.article} | {s.gold_quotes} | {s.drafted_quotes} | {s.matched} "
                     f"| {_pct(s.matched / s.gold_quotes if s.gold_quotes else 1.0)} "
                     f"| {_pct(s.matched / s.drafted_quotes if s.drafted_quotes else 1.0)} "
                     f"| {s.speakers_right}/{s.matched} | {len(s.chrome_as_content)} | {yes[s.title_right]} "
                     f"| {yes[s.publisher_right]} | {yes[s.date_right]} | {yes[s.dateline_right]} |")
    t = corpus_totals(scores)
    lines.append(f"| total ({t.articles}) | {sum(s.gold_quotes for s in scores)} | "
                 f"{sum(s.drafted_quotes for s in scores)} | {sum(s.matched for s in scores)} "
                 f"| {100 * t.quote_recall:.1f}% | {100 * t.quote_precision:.1f}% | {100 * t.speaker_accuracy:.1f}% "
                 f"| {t.chrome_as_content} | {100 * t.title:.0f}% | {100 * t.publisher:.0f}% | {100 * t.date:.0f}% "
                 f"| {100 * t.dateline:.0f}% |")
    if details:
        lines.append("")
        for s in scores:
            for d in [*s.details, *s.chrome_as_content]:
                lines.append(f"{s.article}: {d}")
    failures = t.failures()
    lines.append("")
    lines.append(f"Wrong dates at a confidence above low: {t.confident_wrong_dates}.")
    lines.append(f"Speakers by the draft's confidence: {format_speaker_confidence(t)}.")
    lines.append("Targets (recall >= 98%, precision >= 97%, speakers >= 95%, no chrome as content, title, publisher, "
                 "date >= 95%, no confident wrong date): " + ("met" if not failures else
                                                            "NOT met: " + "; ".join(failures)))
    return "\n".join(lines)
