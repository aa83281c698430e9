"""What each page shows, computed from the tables: filtering, the member table, profiles, matrix, findings.

Plain pandas, no streamlit: the pages call these and render the result, and the unit tests call them directly.
"""

from __future__ import annotations

import json
from collections.abc import Collection, Mapping, Sequence
from dataclasses import dataclass
from datetime import date as Date
from typing import Literal

import numpy as np
import pandas as pd

from alliance_monitor import score
from alliance_monitor.export import people_csv
from alliance_monitor.search import match_mask
from alliance_monitor.tables import Tables

CountryMode = Literal["either", "speaker", "about"]
COUNTRY_MODES: dict[str, str] = {
    "either": "speaker's country or country discussed",
    "speaker": "speaker's nationality or affiliation",
    "about": "country discussed",
}
SortOrder = Literal["source", "newest", "oldest"]
SORT_ORDERS: dict[str, str] = {"source": "order in the source", "newest": "newest first", "oldest": "oldest first"}
KindFilter = Literal["all", "rhetoric", "behaviour"]


def _any_in(column: pd.Series, wanted: Collection[str]) -> pd.Series:
    wanted = set(wanted)
    return column.map(lambda values: not wanted.isdisjoint(values)).astype(bool)


# --- quotes --------------------------------------------------------------------------------------------------


@dataclass(frozen=True)
class QuoteQuery:
    countries: Sequence[str] = ()
    country_mode: CountryMode = "either"
    speakers: Sequence[str] = ()
    sources: Sequence[str] = ()
    dimensions: Sequence[str] = ()
    date_from: Date | None = None
    date_to: Date | None = None
    text: str = ""
    sort: SortOrder = "source"


def speaker_countries(t: Tables) -> pd.Series:
    """Per quote, the countries of its speakers: nationality and the state they speak for."""
    qs = t.quote_speakers
    if qs.empty:
        return pd.Series([[] for _ in range(len(t.quotes))], index=t.quotes.index, dtype=object)
    codes = pd.concat([qs[["quote", "nationality"]].rename(columns={"nationality": "iso3"}),
                       qs[["quote", "affiliation"]].rename(columns={"affiliation": "iso3"})])
    codes = codes[codes["iso3"].isin(t.states.index)]
    # plain Python over the pairs: a groupby with a Python function per group took 0.3 s at 1000x the real data
    found: dict[str, set[str]] = {}
    for quote, iso3 in zip(codes["quote"].tolist(), codes["iso3"].tolist(), strict=True):
        found.setdefault(quote, set()).add(iso3)
    return pd.Series([sorted(found.get(q, ())) for q in t.quotes.index], index=t.quotes.index, dtype=object)


def filter_quotes(t: Tables, query: QuoteQuery, speaker_country: pd.Series | None = None) -> pd.DataFrame:
    """The quotes matching every filter of the query, in the requested order."""
    quotes = t.quotes
    mask = pd.Series(True, index=quotes.index)
    if query.countries:
        about = _any_in(quotes["about"], query.countries)
        spoken = _any_in(speaker_country if speaker_country is not None else speaker_countries(t), query.countries)
        mask &= {"either": about | spoken, "speaker": spoken, "about": about}[query.country_mode]
    if query.speakers:
        mask &= _any_in(quotes["speakers"], query.speakers)
    if query.sources:
        mask &= quotes["source"].isin(list(query.sources))
    if query.dimensions:
        mask &= _any_in(quotes["dimensions"], query.dimensions)
    if query.date_from is not None:
        mask &= quotes["date_end"] >= pd.Timestamp(query.date_from)
    if query.date_to is not None:
        mask &= quotes["date_start"] <= pd.Timestamp(query.date_to)
    if query.text.strip():
        mask &= match_mask(quotes["search"], query.text)
    result = quotes[mask]
    if query.sort == "newest":
        result = result.sort_values(["date_start", "start"], ascending=[False, True], kind="stable")
    elif query.sort == "oldest":
        result = result.sort_values(["date_start", "start"], kind="stable")
    return result


def filter_positions(t: Tables, query: QuoteQuery, speaker_country: pd.Series | None = None) -> np.ndarray:
    """Row positions in `t.quotes` of `filter_quotes(t, query)`, in its order: a small result to keep per query
    (`t.quotes.iloc[positions]` is the frame)."""
    found = filter_quotes(t, query, speaker_country)
    return np.asarray(t.quotes.index.get_indexer(found.index), dtype=np.int64)


def why_empty(t: Tables, query: QuoteQuery) -> str:
    """Which filter emptied the result: each filter alone, and the first that leaves nothing."""
    steps: list[tuple[str, QuoteQuery]] = []
    if query.countries:
        steps.append((f"country ({COUNTRY_MODES[query.country_mode]}: {', '.join(query.countries)})",
                      QuoteQuery(countries=query.countries, country_mode=query.country_mode)))
    if query.speakers:
        steps.append((f"speaker ({', '.join(query.speakers)})", QuoteQuery(speakers=query.speakers)))
    if query.sources:
        steps.append(("source", QuoteQuery(sources=query.sources)))
    if query.dimensions:
        steps.append(("dimension", QuoteQuery(dimensions=query.dimensions)))
    if query.date_from or query.date_to:
        steps.append(("date range", QuoteQuery(date_from=query.date_from, date_to=query.date_to)))
    if query.text.strip():
        steps.append((f"search {query.text.strip()!r}", QuoteQuery(text=query.text)))
    if not steps:
        return "The dataset has no quotes."
    alone = [(label, len(filter_quotes(t, q))) for label, q in steps]
    zero = [label for label, n in alone if n == 0]
    if zero and len(steps) == 1:
        return f"No quote matches the {zero[0]}."
    if zero:
        return "No quote matches the " + " or the ".join(zero) + ", even with no other filter."
    parts = ", ".join(f"{label}: {n}" for label, n in alone)
    return f"Each filter alone matches some quotes ({parts}), but no quote matches all of them together."


DOWNLOAD_COLUMNS = ["id", "text", "translation_en", "kind", "speaker_names", "roles", "affiliations", "speakers",
                    "about", "dimensions", "date", "date_precision", "source", "source_title", "publisher", "url",
                    "start", "end", "context", "attribution", "attribution_basis"]


def download_metadata(dataset: str, version: str, as_of: str, licence: str, query: QuoteQuery, view: str,
                      accessed: Date, count: int) -> dict[str, object]:
    """What a download of the quote explorer holds (issue 12: downloads carry their metadata): the dataset, its
    version and date, the filters of the view (only those set), the view's link, the day it was taken, the number
    of quotes. The link reopens the view; the rest says what it was when the file was taken."""
    filters: dict[str, object] = {
        "countries": list(query.countries),
        "country_match": COUNTRY_MODES[query.country_mode] if query.countries else None,
        "speakers": list(query.speakers), "sources": list(query.sources), "dimensions": list(query.dimensions),
        "from": query.date_from.isoformat() if query.date_from else None,
        "to": query.date_to.isoformat() if query.date_to else None,
        "search": query.text.strip() or None,
        "sort": SORT_ORDERS[query.sort],
    }
    return {"dataset": dataset, "version": version, "as_of": as_of, "licence": licence,
            "filters": {k: v for k, v in filters.items() if v}, "view": view, "accessed": accessed.isoformat(),
            "quotes": count}


def _about_text(metadata: Mapping[str, object]) -> str:
    lines = ["About the quotes file taken from the quote explorer (the CSV beside it holds the quotes).", ""]
    for key, value in metadata.items():
        if isinstance(value, Mapping):
            lines += [f"{key}:"] + [f"  {k}: {'; '.join(map(str, v)) if isinstance(v, list) else v}"
                                    for k, v in value.items()] + ([] if value else ["  none (every quote)"])
        else:
            lines.append(f"{key}: {value}")
    lines += ["", "The CSV is for spreadsheets: UTF-8 with a byte-order mark; a text cell that a spreadsheet would run "
              "as a formula starts with ' (so it is not the exact text); lists are joined with '; '. The JSON "
              "download holds the exact values and this metadata."]
    return "\n".join(lines) + "\n"


def quotes_download(frame: pd.DataFrame, metadata: Mapping[str, object] | None = None) -> tuple[str, str, str]:
    """CSV, JSON and 'about' text of the given quotes with their source metadata, columns `DOWNLOAD_COLUMNS`.

    The CSV is for people: written by `export.people_csv` (UTF-8 byte-order mark first, so encode it as UTF-8;
    text cells that a spreadsheet would run as a formula prefixed with `'`; lists '; '-joined). A spreadsheet reads
    every line of a CSV as a row, so the view's `metadata` (download_metadata) is not in it but in the third,
    plain-text file that goes beside it (README, "Downloads"). The JSON keeps the exact values (plain UTF-8, lists
    as lists): `{"metadata": {...}, "quotes": [...]}`.
    """
    rows = frame[DOWNLOAD_COLUMNS]
    records = json.loads(rows.to_json(orient="records", force_ascii=False))
    flat = rows.copy()
    for column in ("speakers", "about", "dimensions"):
        flat[column] = flat[column].map("; ".join)
    cells = [{str(k): v for k, v in row.items()}
             for row in flat.astype(object).where(flat.notna(), None).to_dict("records")]
    meta = dict(metadata or {})
    return (people_csv(cells, DOWNLOAD_COLUMNS),
            json.dumps({"metadata": meta, "quotes": records}, ensure_ascii=False, indent=2), _about_text(meta))


# --- member states -------------------------------------------------------------------------------------------


# How many deployments or ratification steps a state's row lists, the latest ones: a cell (and the profile's line)
# is read, not scrolled. The real data has at most 2 per state; at 1000x a state has ~1,000 deployments, and the
# full list (145,000 characters) made the profile's one line of Markdown cost 23 ms a rerun. The Events tab and the
# Timeline list them all.
LISTED_AT_MOST = 5


def _latest(items: Sequence[str], joiner: str, noun: str) -> str:
    """`items` (oldest first) joined with `joiner`, or, past LISTED_AT_MOST, their count and the latest ones:
    "1,000 deployments, the latest 5: a | b | c | d | e"."""
    if len(items) <= LISTED_AT_MOST:
        return joiner.join(items)
    return f"{len(items):,} {noun}, the latest {LISTED_AT_MOST}: " + joiner.join(items[-LISTED_AT_MOST:])


def member_table(t: Tables, weights: Mapping[str, float], countries: Sequence[str] = (),
                 speaker_country: pd.Series | None = None) -> pd.DataFrame:
    """A row per state: status, summits, troops, ratification, indexes, quote and signal counts.

    `troops` and `ratification` list a state's deployments and ratification steps in date order, at most the
    latest LISTED_AT_MOST of each with their count before them.

    `speaker_country` is `speaker_countries(t)`, when the caller already has it.
    """
    states = t.states
    if countries:
        states = states[states.index.isin(list(countries))]
    idx = score.index_table(t.signals, weights, "state")
    es = t.event_states.merge(t.events[["kind", "title", "date", "troops", "date_start"]], left_on="event",
                              right_index=True)
    summits = es[es["kind"].isin(["summit", "meeting"])]
    attended = summits[summits["role"] == "took_part"].groupby("iso3").size()
    absent = summits[summits["role"] == "absent"].groupby("iso3").size()
    troops: dict[str, list[str]] = {}
    ratification: dict[str, list[str]] = {}
    # only deployments and ratification steps are listed: walk those rows alone (all rows: 60 ms at 1000x)
    ordered_es = es.sort_values("date_start")  # the same order as before: sorted first, then filtered
    listed = ordered_es[ordered_es["kind"].isin(["deployment", "ratification_step"])
                        & ordered_es["iso3"].isin(states.index)]
    for row in listed.to_dict("records"):
        iso3, title, when = str(row["iso3"]), str(row["title"]), str(row["date"])
        if row["kind"] == "deployment" and row["role"] == "took_part":
            n = row["troops"]
            total = f"; {float(n):,.0f} troops in all" if isinstance(n, int | float) and n == n else ""
            troops.setdefault(iso3, []).append(f"{title} ({when}{total})")
        elif row["kind"] == "ratification_step" and row["role"] == "took_part":
            ratification.setdefault(iso3, []).append(f"{when}: {title}")
    sc = speaker_country if speaker_country is not None else speaker_countries(t)
    by_nationals = sc.explode().dropna().value_counts()
    about = t.quotes["about"].explode().dropna().value_counts()
    rows = []
    for code, state in states.iterrows():
        iso3 = str(code)
        n_att, n_abs = int(attended.get(iso3, 0)), int(absent.get(iso3, 0))
        rows.append(
            {
                "iso3": iso3,
                "state": state["name"],
                "status": state["status_label"],
                "summits": f"{n_att} attended, {n_abs} absent" if n_att or n_abs else "",
                "troops": _latest(troops.get(iso3, []), " | ", "deployments"),
                "ratification": _latest(ratification.get(iso3, []), " → ", "steps"),
                "index": idx["overall"].get(iso3),
                "rhetoric": idx["rhetoric"].get(iso3),
                "behaviour": idx["behaviour"].get(iso3),
                "quotes_by_nationals": int(by_nationals.get(iso3, 0)),
                "quotes_about": int(about.get(iso3, 0)),
                "signals": int(idx["signals"].get(iso3, 0)),
            }
        )
    table = pd.DataFrame(rows, columns=["iso3", "state", "status", "summits", "troops", "ratification", "index",
                                        "rhetoric", "behaviour", "quotes_by_nationals", "quotes_about", "signals"])
    for column in ("index", "rhetoric", "behaviour"):
        table[column] = pd.to_numeric(table[column], errors="coerce")
    return table.reset_index(drop=True)


@dataclass(frozen=True)
class Profile:
    iso3: str
    name: str
    status: str
    status_note: str
    signals: pd.DataFrame
    quotes: pd.DataFrame
    events: pd.DataFrame


def state_profile(t: Tables, iso3: str, speakers: Sequence[str] = (),
                  speaker_country: pd.Series | None = None) -> Profile:
    """A state's signals (with passages), quotes by its nationals or about it, and its events (any role).

    With `speakers` (actor ids), only the records of those people: the signals one of them gives (a signal with
    no actor is left out), the quotes one of them speaks in, the events one of them is among the actors of
    (issue 12: the speaker filter applies to every record with a person). `speaker_country` is
    `speaker_countries(t)`, when the caller already has it.
    """
    state = t.states.loc[iso3]
    signals = given_by(t.signals[t.signals["state"] == iso3], speakers).sort_values(["dimension", "date_start"])
    quotes = filter_quotes(t, QuoteQuery(countries=[iso3], speakers=speakers), speaker_country)
    events = events_for(t, [iso3], speakers)
    return Profile(iso3, str(state["name"]), str(state["status_label"]), str(state["status_note"]), signals,
                   quotes, events)


# --- stance matrix -------------------------------------------------------------------------------------------


@dataclass(frozen=True)
class MatrixView:
    cells: pd.DataFrame
    """Every subject x dimension pair: score (NaN = not coded), signals, mean_confidence, labels."""
    subjects: list[str]
    subject_labels: dict[str, str]
    dimensions: list[str]
    dimension_labels: dict[str, str]
    ranking: pd.DataFrame


def given_by(signals: pd.DataFrame, speakers: Collection[str] = ()) -> pd.DataFrame:
    """The rows of `signals` whose actor is one of `speakers` (actor ids); all of them when none is given. A signal
    with no actor (a state's act, coded from what it did) is given by no speaker: a speaker filter leaves it out."""
    if not speakers:
        return signals
    return signals[signals["actor"].isin(list(speakers))]


def _kind_signals(t: Tables, kind: KindFilter, speakers: Collection[str] = ()) -> pd.DataFrame:
    signals = given_by(t.signals, speakers)
    return signals if kind == "all" else signals[signals["kind"] == kind]


def matrix_view(t: Tables, by: score.Subject, kind: KindFilter, weights: Mapping[str, float],
                subjects: Sequence[str] = (), speakers: Sequence[str] = ()) -> MatrixView:
    """The stance matrix: `by` ("state" or "actor") x the dimensions of `kind`, at `weights`; rows are the subjects
    with a coded signal (in the alliance's or actors.yaml's order), only `subjects` when given.

    `speakers` (actor ids): count only the signals one of them gives (issue 12: in state mode the speaker filter
    applies to the signals a person gives; a state's row then holds what those speakers said or did for it, and a
    state none of them coded is not a row).
    """
    signals = _kind_signals(t, kind, speakers)
    dims = t.dimensions if kind == "all" else t.dimensions[t.dimensions["kind"] == kind]
    dimensions = list(dims.index)
    coding = given_by(t.signals, speakers)  # every kind: the rows stay the same whatever the evidence shown
    if by == "state":
        coded = set(coding["state"].unique())  # once: a set of the whole column per state took 1.2 s at 1000x
        ordered = [s for s in t.states.index if s in coded]
        names = t.states["name"]
    else:
        coded = set(coding["actor"].unique()) - {""}
        ordered = [a for a in t.actors.index if a in coded]
        names = t.actors["name"]
    labels = dict(zip(ordered, map(str, names.loc[ordered]), strict=True))
    if subjects:
        wanted = set(subjects)
        ordered = [s for s in ordered if s in wanted]
    cell_frame = score.cells(signals, weights, by)
    grid = pd.MultiIndex.from_product([ordered, dimensions], names=["subject", "dimension"]).to_frame(index=False)
    merged = grid.merge(cell_frame, on=["subject", "dimension"], how="left")
    merged["signals"] = merged["signals"].fillna(0).astype(int)
    merged["subject_label"] = merged["subject"].map(labels)
    merged["dimension_label"] = merged["dimension"].map(t.dimensions["label"])
    rank = score.index_table(signals, weights, by)
    rank = rank[rank.index.isin(ordered)].sort_values("overall", ascending=False, na_position="last")
    rank.insert(0, "name", rank.index.map(labels))
    return MatrixView(merged, ordered, labels, dimensions, dict(t.dimensions["label"]), rank)


def most_coded(view: MatrixView, limit: int) -> MatrixView:
    """The view with only its `limit` subjects with the most signals, in the view's order (the view itself when it
    has no more): a matrix of thousands of speakers cannot be drawn or read."""
    if len(view.subjects) <= limit:
        return view
    counts = view.cells.groupby("subject", sort=False)["signals"].sum()
    keep = set(counts.reindex(view.subjects).fillna(0).sort_values(ascending=False, kind="stable").index[:limit])
    subjects = [s for s in view.subjects if s in keep]
    cells = view.cells[view.cells["subject"].isin(keep)].reset_index(drop=True)
    ranking = view.ranking[view.ranking.index.isin(keep)]
    return MatrixView(cells, subjects, {s: view.subject_labels[s] for s in subjects}, view.dimensions,
                      view.dimension_labels, ranking)


def cell_evidence(t: Tables, by: score.Subject, subject: str, dimension: str, kind: KindFilter = "all",
                  speakers: Sequence[str] = ()) -> pd.DataFrame:
    """The signals behind one matrix cell, newest first, with passage, source, date, confidence, rationale; with
    `speakers`, only those one of them gives (what matrix_view counted for the cell)."""
    signals = _kind_signals(t, kind, speakers)
    chosen = signals[(signals[by] == subject) & (signals["dimension"] == dimension)]
    return chosen.sort_values("date_start", ascending=False)


# --- timeline and overview -----------------------------------------------------------------------------------


def events_for(t: Tables, countries: Sequence[str] = (), speakers: Sequence[str] = ()) -> pd.DataFrame:
    """The events (rows of t.events, by date) in which any of `countries` has any role of tables.EVENT_ROLES: held
    there, taking part, absent or directed at (every event when none is given). Issue 12: a deployment to a country
    belongs to that country even when it is not among the participants.

    With `speakers` (actor ids), only the events that name one of them among their actors (the people and
    organisations involved); both filters given, an event must match both, as the quote filters do."""
    events = t.events
    if countries:
        ids = t.event_states.loc[t.event_states["iso3"].isin(list(countries)), "event"].unique()
        events = events[events.index.isin(ids)]
    if speakers:
        events = events[_any_in(events["actor_ids"], speakers)]
    return events


@dataclass(frozen=True)
class Finding:
    headline: str
    detail: str
    evidence: pd.DataFrame
    """What supports the headline: rows of `t.signals` (passage, dimension_label, direction, strength, source_title,
    date, start, end, passage_link), or for an absence rows of `t.events` (passage, title, source_title, date,
    passage_link)."""


MIN_TO_COMPARE = 2
"""States a comparative finding ("furthest", "most closely", "most") needs: of one state alone it says nothing."""


def headline_findings(t: Tables, weights: Mapping[str, float], leader: str, leader_label: str,
                      national_label: str, countries: Sequence[str] = (),
                      index: pd.DataFrame | None = None) -> list[Finding]:
    """Findings computed from the data, each with the passages that support its sentence (issue 12): who leans most
    toward national interest (its signals in that direction), who follows the leader most closely (its signals
    toward the leader), and where words and deeds part most (its rhetoric signals in the rhetoric index's
    direction, its behaviour signals in the behaviour index's); when no state has both indexes, a state that
    stayed away from a summit or meeting, with that event's own passage.

    The comparison is among the members other than the leading state, or among the selected `countries` of them
    (the detail says which); with fewer than MIN_TO_COMPARE coded states there is nothing to compare and no
    finding. `index` is the states' index table at these weights, when the caller already has it.
    """
    idx = index if index is not None else score.index_table(t.signals, weights, "state")
    members = t.states[t.states["is_member"] & (t.states.index != leader)]
    wanted = set(countries)
    considered = [iso3 for iso3 in members.index if not wanted or iso3 in wanted]
    pool = idx[idx.index.isin(considered) & idx["overall"].notna()]
    findings: list[Finding] = []
    if len(pool) < MIN_TO_COMPARE:
        return findings
    among = ("Among the selected states (members other than the leading state)" if countries
             else "Among the members other than the leading state")

    def evidence(iso3: str, direction: int, kind: str | None = None) -> pd.DataFrame:
        # ordered on the key columns alone (the same sort, so the same order), then the 3 rows taken whole
        keys = t.signals[["state", "direction", "kind", "strength", "confidence_value"]]
        rows = keys[(keys["state"] == iso3) & (keys["direction"] == direction)]
        if kind is not None:
            rows = rows[rows["kind"] == kind]
        top = rows.sort_values(["strength", "confidence_value"], ascending=False).head(3).index
        return t.signals.loc[top]

    def name(iso3: str) -> str:
        return str(t.states.at[iso3, "name"])

    overall = pool["overall"].astype(float)
    counts = pool["signals"].astype(int)
    low = str(overall.idxmin())
    findings.append(Finding(
        f"{name(low)} leans furthest toward {national_label} (index {float(overall[low]):+.2f}).",
        f"{among}, from {int(counts[low])} coded signals; its signals toward {national_label}:",
        evidence(low, -1)))
    high = str(overall.idxmax())
    if high != low:
        findings.append(Finding(
            f"{name(high)} follows {leader_label} most closely (index {float(overall[high]):+.2f}).",
            f"{among}, from {int(counts[high])} coded signals; its signals toward {leader_label}:",
            evidence(high, 1)))
    both = pool.dropna(subset=["rhetoric", "behaviour"])
    if not both.empty:
        rhetoric, behaviour = both["rhetoric"].astype(float), both["behaviour"].astype(float)
        g = str((behaviour - rhetoric).abs().idxmax())
        said, done = float(rhetoric[g]), float(behaviour[g])
        findings.append(Finding(
            f"{name(g)}'s words and deeds differ most: rhetoric {said:+.2f}, behaviour {done:+.2f}.",
            f"{among}. The rhetoric index counts what is said, the behaviour index what is done; what it said, "
            "then what it did:",
            pd.concat([evidence(g, 1 if said >= 0 else -1, "rhetoric").head(2),
                       evidence(g, 1 if done >= 0 else -1, "behaviour").head(2)])))
    else:
        # not a comparison: any member considered, coded or not
        meetings = t.events[t.events["kind"].isin(["summit", "meeting"])]
        absent = t.event_states[(t.event_states["role"] == "absent") & t.event_states["event"].isin(meetings.index)
                                & t.event_states["iso3"].isin(considered)]
        if not absent.empty:
            iso3, event = str(absent["iso3"].iloc[0]), str(absent["event"].iloc[0])
            row = t.events.loc[[event]]
            findings.append(Finding(
                f"{name(iso3)} stayed away from an alliance meeting: {row['title'].iloc[0]} ({row['date'].iloc[0]}).",
                f"{among}, from the events recorded; the event's own passage:", row))
    return findings
