"""pandas tables built once per dataset: one per record kind plus the joins the pages need.

The pages only filter and display these frames; they never walk the records themselves. Build them once per
process (the UI caches the result) and treat them as read-only.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date as Date
from typing import NamedTuple

import pandas as pd

from alliance_monitor.load import Dataset
from alliance_monitor.models import MEMBER_STATUSES, QuoteEvidence, date_bounds, date_precision
from alliance_monitor.passages import passage_link
from alliance_monitor.search import skeleton

STATUS_LABELS = {
    "member": "member",
    "member_absent": "member (absent from a summit)",
    "former_member": "former member",
    "non_member_involved": "non-member, involved in initiatives",
    "mentioned": "other country mentioned",
}


EVENT_ROLES = {
    "location": "held in",
    "took_part": "taking part",
    "absent": "absent",
    "target": "directed at",
}
"""The roles a state can have in an event (role in event_states -> words), from the lists of models.Event:
location_states, states, absent, targets (issue 12: an event belongs to the countries it happens in)."""

ROLE_FIELDS = {"location": "location_states", "took_part": "states", "absent": "absent", "target": "targets"}
"""Role -> the Event field (and the events table's column) that lists its states."""


def _ts(value: Date) -> pd.Timestamp:
    return pd.Timestamp(value)


class _Bounds(dict[str, tuple[pd.Timestamp, pd.Timestamp]]):
    """First and last day of each reduced-precision date, as timestamps, computed once per distinct date."""

    def __missing__(self, value: str) -> tuple[pd.Timestamp, pd.Timestamp]:
        start, end = date_bounds(value)
        self[value] = bounds = (_ts(start), _ts(end))
        return bounds


def _join(values: list[str]) -> str:
    return ", ".join(values)


@dataclass(frozen=True)
class Tables:
    states: pd.DataFrame
    """iso3 (index), name, status, status_label, is_member, status_note."""
    dimensions: pd.DataFrame
    """id (index), label, kind, default_weight, definition, toward_leader, toward_national."""
    sources: pd.DataFrame
    actors: pd.DataFrame
    """id (index), name, aliases, kind, nationality, affiliation, affiliation_label, role."""
    quotes: pd.DataFrame
    """One row per quote, in source order, with speakers' names, the date and a search skeleton."""
    quote_speakers: pd.DataFrame
    """quote, speaker, nationality, affiliation: one row per (quote, speaker)."""
    signals: pd.DataFrame
    """One row per signal with its dimension kind, weight, passage and source."""
    events: pd.DataFrame
    """One row per event, by date: title, kind, dates, the states of each role (ROLE_FIELDS), actors (names, for
    reading) and actor_ids (the same people and organisations by id, for the speaker filter), first passage."""
    event_states: pd.DataFrame
    """event, iso3, role (a key of EVENT_ROLES: location / took_part / absent / target)."""


# One NamedTuple per row of the record tables, in column order: a tuple row is a quarter of the memory of a dict row
# (with dict rows, a start without the compiled cache at 1000x the real data peaked at 434 MB in build_tables; with
# tuples at 407 MB, single runs on 2026-11-30), and pandas reads a list of tuples through the same inference as a
# list of dicts, so the frames are the same (tests/engine/test_tables_rows.py).


class _QuoteRow(NamedTuple):
    id: str
    text: str
    kind: str
    speakers: list[str]
    speaker_names: str
    roles: str
    affiliations: str
    nationalities: list[str]
    about: list[str]
    dimensions: list[str]
    source: str
    source_title: str
    publisher: str
    url: str
    date: str
    date_precision: str
    date_start: pd.Timestamp
    date_end: pd.Timestamp
    start: int
    end: int
    passage_link: str
    context: str
    attribution: str
    attribution_basis: str
    event: str
    translation_en: str
    search: str


class _SpeakerRow(NamedTuple):
    quote: str
    speaker: str
    nationality: str
    affiliation: str


class _SignalRow(NamedTuple):
    id: str
    state: str
    actor: str
    actor_name: str
    dimension: str
    dimension_label: str
    kind: str
    direction: int
    strength: int
    confidence: str
    confidence_value: float
    date: str
    date_start: pd.Timestamp
    date_end: pd.Timestamp
    date_note: str
    passage: str
    evidence_quote: str
    source: str
    source_title: str
    url: str
    start: int
    end: int
    passage_link: str
    rationale: str


class _EventRow(NamedTuple):
    id: str
    title: str
    kind: str
    date: str
    date_precision: str
    date_start: pd.Timestamp
    date_end: pd.Timestamp
    date_note: str
    location: str
    states: list[str]
    absent: list[str]
    location_states: list[str]
    targets: list[str]
    actors: list[str]
    actor_ids: list[str]
    troops: int | None
    description: str
    passage: str
    source: str
    source_title: str
    url: str
    evidence_count: int
    passage_link: str


class _EventStateRow(NamedTuple):
    event: str
    iso3: str
    role: str


def build_tables(ds: Dataset) -> Tables:
    alliance = ds.alliance
    states = pd.DataFrame(
        [
            {
                "iso3": s.iso3,
                "name": s.name,
                "status": s.status.value,
                "status_label": STATUS_LABELS[s.status.value],
                "is_member": s.status in MEMBER_STATUSES,
                "is_leader": s.iso3 == alliance.leading_state,
                "status_note": s.status_note,
            }
            for s in alliance.states
        ]
    ).set_index("iso3", drop=False)

    dimensions = pd.DataFrame(
        [
            {
                "id": d.id,
                "label": d.label,
                "kind": d.kind.value,
                "default_weight": d.default_weight,
                "definition": d.definition,
                "toward_leader": d.toward_leader,
                "toward_national": d.toward_national,
            }
            for d in ds.codebook.dimensions
        ]
    ).set_index("id", drop=False)

    sources = pd.DataFrame(
        [
            {
                "id": s.id,
                "title": s.title,
                "publisher": s.publisher,
                "author": ds.actor_by_id[s.author].name if s.author else "",
                "url": s.url,
                "printed_date": s.printed_date.text if s.printed_date else "",
                "published": s.published.date,
                "published_confidence": s.published.confidence.value,
                "date_conflict": s.date_conflict or "",
                "seed_file": s.seed_file,
                "sha256": s.sha256,
            }
            for s in ds.sources
        ],
        columns=["id", "title", "publisher", "author", "url", "printed_date", "published",
                 "published_confidence", "date_conflict", "seed_file", "sha256"],
    ).set_index("id", drop=False)

    def affiliation_label(value: str | None) -> str:
        if value is None:
            return ""
        if value in ds.state_names:
            return ds.state_names[value]
        return ds.actor_by_id[value].name

    actors = pd.DataFrame(
        [
            {
                "id": a.id,
                "name": a.name,
                "aliases": list(a.aliases),
                "kind": a.kind.value,
                "nationality": a.nationality or "",
                "affiliation": a.affiliation or "",
                "affiliation_label": affiliation_label(a.affiliation),
                "role": a.role or "",
            }
            for a in ds.actors
        ],
        columns=["id", "name", "aliases", "kind", "nationality", "affiliation", "affiliation_label", "role"],
    ).set_index("id", drop=False)

    bounds = _Bounds()
    # The searchable skeleton of each speaker's name and aliases, once per speaker rather than once per quote.
    name_skeletons: dict[str, list[str]] = {}
    for actor_id in {s for q in ds.quotes for s in q.speakers}:
        a = ds.actor_by_id[actor_id]
        name_skeletons[actor_id] = [skeleton(n) for n in (a.name, *a.aliases) if n]
    # The name of each country a quote is about is searchable too (issue 12: "Kazakhstan" finds the quotes about
    # it): a skeleton per state, made once; states have no aliases in the alliance file.
    state_skeletons = {s.iso3: skeleton(s.name) for s in alliance.states}
    quote_rows: list[_QuoteRow] = []
    speaker_rows: list[_SpeakerRow] = []
    for q in ds.quotes:
        source = ds.source_by_id[q.source]
        speakers = [ds.actor_by_id[s] for s in q.speakers]
        when = ds.event_by_id[q.event].date if q.event else source.published.date
        start_ts, end_ts = bounds[when]
        quote_rows.append(
            _QuoteRow(
                id=q.id,
                text=q.text,
                kind=q.kind.value,
                speakers=list(q.speakers),
                speaker_names=_join([a.name for a in speakers]),
                roles=_join([a.role or "" for a in speakers if a.role]),
                affiliations=_join([affiliation_label(a.affiliation) for a in speakers if a.affiliation]),
                nationalities=sorted({a.nationality for a in speakers if a.nationality}),
                about=list(q.about),
                dimensions=list(q.dimensions),
                source=q.source,
                source_title=source.title,
                publisher=source.publisher,
                url=source.url,
                date=when,
                date_precision=date_precision(when).value,
                date_start=start_ts,
                date_end=end_ts,
                start=q.start,
                end=q.end,
                passage_link=passage_link(q.source, q.start, q.end),
                context=q.context.text,
                attribution=q.attribution.confidence.value,
                attribution_basis=q.attribution.basis,
                event=q.event or "",
                translation_en=q.translation_en or "",
                # = haystack([q.text, its translation, *names and aliases, *countries about]), each speaker's and
                # country's part computed once
                search=" " + " ".join([skeleton(q.text), *([skeleton(q.translation_en)] if q.translation_en else []),
                                        *(n for a in speakers for n in name_skeletons[a.id]),
                                        *(state_skeletons[c] for c in q.about if c in state_skeletons)])
                + " ",
            )
        )
        for a in speakers:
            speaker_rows.append(_SpeakerRow(q.id, a.id, a.nationality or "", a.affiliation or ""))
    quotes = pd.DataFrame(
        quote_rows,
        columns=list(_QuoteRow._fields),
    )
    if not quotes.empty:
        order = {s.id: i for i, s in enumerate(ds.sources)}
        quotes["source_order"] = quotes["source"].map(order)
        quotes = quotes.sort_values(["source_order", "start"], kind="stable").drop(columns="source_order")
    quotes = quotes.set_index("id", drop=False)
    quote_speakers = pd.DataFrame(speaker_rows, columns=list(_SpeakerRow._fields))

    dim_by_id = ds.dimension_by_id
    signal_rows: list[_SignalRow] = []
    for s in ds.signals:
        if isinstance(s.evidence, QuoteEvidence):
            quote = ds.quote_by_id[s.evidence.quote]
            source_id, passage, ev_start, ev_end = quote.source, quote.text, quote.start, quote.end
            evidence_quote = quote.id
        else:
            source_id, passage = s.evidence.source, s.evidence.text
            ev_start, ev_end, evidence_quote = s.evidence.start, s.evidence.end, ""
        source = ds.source_by_id[source_id]
        start_ts, end_ts = bounds[s.date]
        dim = dim_by_id[s.dimension]
        signal_rows.append(
            _SignalRow(
                id=s.id,
                state=s.state or "",
                actor=s.actor or "",
                actor_name=ds.actor_by_id[s.actor].name if s.actor else "",
                dimension=s.dimension,
                dimension_label=dim.label,
                kind=dim.kind.value,
                direction=s.direction,
                strength=s.strength,
                confidence=s.confidence.value,
                confidence_value=ds.codebook.confidence[s.confidence],
                date=s.date,
                date_start=start_ts,
                date_end=end_ts,
                date_note=s.date_note or "",
                passage=passage,
                evidence_quote=evidence_quote,
                source=source_id,
                source_title=source.title,
                url=source.url,
                start=ev_start,
                end=ev_end,
                passage_link=passage_link(source_id, ev_start, ev_end),
                rationale=s.rationale,
            )
        )
    signals = pd.DataFrame(
        signal_rows,
        columns=list(_SignalRow._fields),
    ).set_index("id", drop=False)

    event_rows: list[_EventRow] = []
    event_state_rows: list[_EventStateRow] = []
    for e in ds.events:
        start_ts, _ = bounds[e.date]
        _, end_ts = bounds[e.end_date or e.date]
        first = e.evidence[0]
        event_rows.append(
            _EventRow(
                id=e.id,
                title=e.title,
                kind=e.kind.value,
                date=e.date if not e.end_date else f"{e.date} to {e.end_date}",
                date_precision=date_precision(e.date).value,
                date_start=start_ts,
                date_end=end_ts,
                date_note=e.date_note or "",
                location=e.location or "",
                states=list(e.states),
                absent=list(e.absent),
                location_states=list(e.location_states),
                targets=list(e.targets),
                actors=[ds.actor_by_id[a].name for a in e.actors],
                actor_ids=list(e.actors),
                troops=e.troops,
                description=e.description,
                passage=first.text,
                source=first.source,
                source_title=ds.source_by_id[first.source].title,
                url=ds.source_by_id[first.source].url,
                evidence_count=len(e.evidence),
                passage_link=passage_link(first.source, first.start, first.end),
            )
        )
        for role, field in ROLE_FIELDS.items():
            event_state_rows += [_EventStateRow(e.id, c, role) for c in getattr(e, field)]
    events = pd.DataFrame(
        event_rows,
        columns=list(_EventRow._fields),
    )
    events = events.sort_values("date_start", kind="stable").set_index("id", drop=False)
    event_states = pd.DataFrame(event_state_rows, columns=list(_EventStateRow._fields))
    return Tables(states, dimensions, sources, actors, quotes, quote_speakers, signals, events, event_states)
