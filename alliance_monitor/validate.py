"""Cross-record rules: unique ids, references, seed checksums, and verbatim offsets.

`validate(data_dir)` reports every problem in one run; the dashboard and the CLI both go through it, so data
that the validator rejects is never shown.
"""

from __future__ import annotations

import hashlib
import itertools
import stat
import unicodedata
from collections import Counter
from collections.abc import Iterable
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from alliance_monitor.load import (
    Dataset,
    InvalidDataset,
    Located,
    Parsed,
    Problem,
    display_path,
    gc_paused,
    parse,
    seed_path,
)
from alliance_monitor.models import (
    ActorKind,
    Alliance,
    Codebook,
    LocalSpan,
    QuoteEvidence,
    Span,
    version_key,
)

Loc = tuple[int | str, ...]


@dataclass
class Report:
    data_dir: Path
    dataset: Dataset | None
    problems: list[Problem] = field(default_factory=list)
    files_read: int = 0
    spans_checked: int = 0

    @property
    def ok(self) -> bool:
        return not self.problems


def _shorten(text: str, limit: int = 60) -> str:
    text = text.replace("\n", "\\n")
    return text if len(text) <= limit else text[: limit - 1] + "…"


def span_problem(seed: str, start: int, end: int, expected: str) -> tuple[str, str] | None:
    """(field, message) when a cited span is not verbatim; None when the seed holds `expected` at [start, end).

    Blames `start` or `end` when the text itself is right but the offsets are not, and `text` otherwise.
    """
    if seed[start:end] == expected:
        return None
    found = seed.find(expected)
    if found >= 0:
        field_name = "end" if found == start else "start"
        return field_name, (
            f"offsets {start}-{end} do not hold the text: it occurs at {found}-{found + len(expected)}"
        )
    if end > len(seed):
        return "end", f"offsets {start}-{end} run past the end of the seed ({len(seed)} characters)"
    return "text", f"seed text at {start}-{end} is {_shorten(seed[start:end])!r}, not {_shorten(expected)!r}"


class _Checker:
    def __init__(self, parsed: Parsed) -> None:
        self.parsed = parsed
        self.problems: list[Problem] = list(parsed.problems)
        self.seeds: dict[str, str] = {}
        self.chrome: dict[str, list[tuple[int, int, str]]] = {}
        self.spans_checked = 0

    # -- helpers ------------------------------------------------------------------------------------------
    def add(self, where: Located[Any], loc: Loc, message: str) -> None:
        self.problems.append(where.problem(loc, message))

    def unique(self, kind: str, items: Iterable[tuple[Located[Any], Loc, str]]) -> set[str]:
        seen: Counter[str] = Counter()
        for where, loc, key in items:
            seen[key] += 1
            if seen[key] == 2 or seen[key] > 2:
                self.add(where, loc, f"duplicate {kind} id {key!r}")
        return set(seen)

    def span(
        self, where: Located[Any], loc: Loc, source_id: str, span: LocalSpan, *, chrome_ok: bool = False
    ) -> None:
        seed = self.seeds.get(source_id)
        if seed is None:
            return  # the source's own problem is reported once, where it is declared
        self.spans_checked += 1
        mismatch = span_problem(seed, span.start, span.end, span.text)
        if mismatch:
            self.add(where, (*loc, mismatch[0]), mismatch[1])
            return
        if chrome_ok:
            return
        for c_start, c_end, c_kind in self.chrome.get(source_id, []):
            if span.start < c_end and c_start < span.end:
                self.add(where, loc, f"span {span.start}-{span.end} overlaps page chrome ({c_kind})")
                break

    def known(self, kind: str, ids: set[str]) -> set[str] | None:
        """The ids a reference to `kind` may name, or None (do not check) when its file could not be read.

        A file or record that fails is reported once where it is; counting its ids as known keeps one bad record
        from turning every reference to it into a false "unknown" problem.
        """
        if kind not in self.parsed.records:
            return None
        return ids | self.parsed.invalid_ids.get(kind, set())

    def ref(self, where: Located[Any], loc: Loc, value: str | None, known: set[str] | None, what: str) -> None:
        if known is not None and value is not None and value not in known:
            self.add(where, loc, f"unknown {what} {value!r}")

    # -- rules ----------------------------------------------------------------------------------------------
    def run(self) -> Dataset | None:
        p = self.parsed
        alliance_l = p.of("alliance")
        codebook_l = p.of("codebook")
        states: set[str] | None = None  # None: alliance.yaml failed, so state references cannot be checked
        dimensions: set[str] | None = None
        if alliance_l:
            alliance: Alliance = alliance_l[0].record
            states = self.unique(
                "state",
                ((alliance_l[0], ("states", i, "iso3"), s.iso3) for i, s in enumerate(alliance.states)),
            )
        if codebook_l:
            codebook: Codebook = codebook_l[0].record
            dimensions = self.unique(
                "dimension",
                ((codebook_l[0], ("dimensions", i, "id"), d.id) for i, d in enumerate(codebook.dimensions)),
            )
        sources = self.known("sources", self.unique("source", ((w, ("id",), w.record.id) for w in p.of("sources"))))
        actors = self.known("actors", self.unique("actor", ((w, ("id",), w.record.id) for w in p.of("actors"))))
        quotes = self.known("quotes", self.unique("quote", ((w, ("id",), w.record.id) for w in p.of("quotes"))))
        self.unique("signal", ((w, ("id",), w.record.id) for w in p.of("signals")))
        events = self.known("events", self.unique("event", ((w, ("id",), w.record.id) for w in p.of("events"))))
        organisations = {w.record.id for w in p.of("actors") if w.record.kind == ActorKind.ORGANISATION}

        self.check_sources(states, actors)
        if alliance_l:
            for i, state in enumerate(alliance_l[0].record.states):
                for j, ev in enumerate(state.evidence):
                    self.evidence_span(alliance_l[0], ("states", i, "evidence", j), ev, sources)
        if codebook_l:
            for i, dim in enumerate(codebook_l[0].record.dimensions):
                self.evidence_span(codebook_l[0], ("dimensions", i, "example", "evidence"), dim.example.evidence,
                                   sources)
        for w in p.of("actors"):
            a = w.record
            if (a.affiliation is not None and states is not None and a.affiliation not in organisations
                    and a.affiliation not in states):
                self.add(w, ("affiliation",), f"unknown affiliation {a.affiliation!r} "
                         "(expected a state of the alliance or an organisation actor)")
        for w in p.of("quotes"):
            q = w.record
            self.ref(w, ("source",), q.source, sources, "source")
            for i, speaker in enumerate(q.speakers):
                self.ref(w, ("speakers", i), speaker, actors, "actor")
            for i, code in enumerate(q.about):
                self.ref(w, ("about", i), code, states, "state (not listed in alliance.yaml)")
            for i, dim in enumerate(q.dimensions):
                self.ref(w, ("dimensions", i), dim, dimensions, "dimension")
            self.ref(w, ("event",), q.event, events, "event")
            if q.source in self.seeds:
                self.span(w, (), q.source, LocalSpan(start=q.start, end=q.end, text=q.text))
                self.span(w, ("context",), q.source, q.context)
        for w in p.of("signals"):
            s = w.record
            self.ref(w, ("state",), s.state, states, "state (not listed in alliance.yaml)")
            self.ref(w, ("actor",), s.actor, actors, "actor")
            self.ref(w, ("dimension",), s.dimension, dimensions, "dimension")
            if isinstance(s.evidence, QuoteEvidence):
                self.ref(w, ("evidence", "quote"), s.evidence.quote, quotes, "quote")
            else:
                self.evidence_span(w, ("evidence",), s.evidence, sources)
        for w in p.of("events"):
            e = w.record
            for listed in ("states", "absent", "location_states", "targets"):  # every role of a state in it
                for i, code in enumerate(getattr(e, listed)):
                    self.ref(w, (listed, i), code, states, "state (not listed in alliance.yaml)")
            for i, actor in enumerate(e.actors):
                self.ref(w, ("actors", i), actor, actors, "actor")
            for i, ev in enumerate(e.evidence):
                self.evidence_span(w, ("evidence", i), ev, sources)

        self.check_changelog()

        if self.problems or not alliance_l or not codebook_l:
            return None
        return Dataset(
            data_dir=p.data_dir,
            alliance=alliance_l[0].record,
            codebook=codebook_l[0].record,
            sources=tuple(w.record for w in p.of("sources")),
            actors=tuple(w.record for w in p.of("actors")),
            quotes=tuple(w.record for w in p.of("quotes")),
            signals=tuple(w.record for w in p.of("signals")),
            events=tuple(w.record for w in p.of("events")),
            seeds=self.seeds,
            changelog=tuple(w.record for w in p.of("changelog")),
        )

    def check_changelog(self) -> None:
        """Versions are unique and newest first, and the dataset's version (alliance.yaml) is the newest entry.

        A link records the version it was made on; the dashboard names what changed since from this file, so a
        published version without an entry would leave its readers no account of the change.
        """
        entries = self.parsed.of("changelog")
        self.unique("changelog version", ((w, ("version",), w.record.version) for w in entries))
        for before, after in itertools.pairwise(entries):
            if version_key(after.record.version) >= version_key(before.record.version):
                self.add(after, ("version",), f"version {after.record.version} is listed after "
                         f"{before.record.version}: list the versions newest first")
        alliance_l = self.parsed.of("alliance")
        if not alliance_l or "changelog" not in self.parsed.records:
            return  # a file that failed is reported where it failed
        version = alliance_l[0].record.dataset.version
        listed = [w.record.version for w in entries] + sorted(self.parsed.invalid_ids.get("changelog", set()))
        if version not in listed:
            self.add(alliance_l[0], ("dataset", "version"), f"version {version} has no entry in changelog.yaml: "
                     "add one saying what this version added, changed and withdrew")
        elif entries and entries[0].record.version != version:
            newer = entries[0].record.version
            self.add(entries[0], ("version",), f"version {newer} is newer than the dataset's version {version} "
                     "(alliance.yaml dataset.version): publish it there too, or remove the entry")

    def evidence_span(self, where: Located[Any], loc: Loc, span: Span, sources: set[str] | None) -> None:
        if sources is not None and span.source not in sources:
            self.add(where, (*loc, "source"), f"unknown source {span.source!r}")
            return
        self.span(where, loc, span.source, span)

    def check_sources(self, states: set[str] | None, actors: set[str] | None) -> None:
        for w in self.parsed.of("sources"):
            s = w.record
            self.ref(w, ("author",), s.author, actors, "actor")
            path = seed_path(self.parsed.data_dir, s)
            try:
                mode = path.stat().st_mode
                # a folder, or a pipe or device (a link to /dev/zero) that would block or never end, is not read
                raw = path.read_bytes() if stat.S_ISREG(mode) else None
            except OSError as exc:
                why = "does not exist" if isinstance(exc, FileNotFoundError) else f"cannot be read ({exc.strerror})"
                self.add(w, ("seed_file",), f"seed file {display_path(path)} {why}")
                continue
            if raw is None:
                self.add(w, ("seed_file",), f"seed file {display_path(path)} is not a regular file")
                continue
            digest = hashlib.sha256(raw).hexdigest()
            if digest != s.sha256:
                self.add(w, ("sha256",), f"seed file {display_path(path)} has SHA-256 {digest}, not the "
                         "recorded one: the seed changed, so every offset into it is suspect")
                continue
            try:
                self.seeds[s.id] = raw.decode("utf-8")
            except UnicodeDecodeError:
                self.add(w, ("seed_file",), f"seed file {display_path(path)} is not valid UTF-8")
                continue
            if not raw.isascii() and not unicodedata.is_normalized("NFC", self.seeds[s.id]):
                # Offsets index the seed as stored, so it is never normalised here (that would move them). Its spans
                # are still checked against it as stored; their texts, being decomposed too, are reported as not NFC.
                self.add(w, ("seed_file",), f"seed file {display_path(path)} is not in Unicode NFC form (the data "
                         "standard): ingest the article again (ingest stores it NFC-normalised, with offsets "
                         "into the stored text) and cite the spans in the new seed")
            self.chrome[s.id] = [(c.start, c.end, c.kind.value) for c in s.chrome]
            if s.printed_date is not None:
                self.span(w, ("printed_date",), s.id, s.printed_date, chrome_ok=True)
            for i, chrome in enumerate(s.chrome):
                self.span(w, ("chrome", i), s.id, chrome, chrome_ok=True)
            for i, term in enumerate(s.author_terms):
                self.span(w, ("author_terms", i), s.id, term)


def check(parsed: Parsed) -> Report:
    checker = _Checker(parsed)
    dataset = checker.run()
    problems = sorted(set(checker.problems), key=lambda p: (p.path, p.line, p.record, p.field, p.message))
    return Report(parsed.data_dir, dataset if not problems else None, problems, parsed.files_read,
                  checker.spans_checked)


def validate(data_dir: Path) -> Report:
    """Every problem in the data folder, and the dataset when there are none."""
    with gc_paused():  # millions of long-lived objects: see gc_paused
        return check(parse(data_dir))


def load_dataset(data_dir: Path) -> Dataset:
    """The validated dataset, or InvalidDataset listing every problem: never half the data."""
    report = validate(data_dir)
    if report.dataset is None:
        raise InvalidDataset(report.problems)
    return report.dataset
