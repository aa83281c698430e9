"""The curation workbench's engine: drafts made, reviewed, coded, validated and promoted one decision at a time.

Pure Python (no Streamlit): the curate page (`app_pages/curate/`) calls these functions, and tests call them
directly. A draft is the document `ingest` writes (`data/drafts/<source-id>.yaml`); the workbench keeps its own
bookkeeping under the draft's `draft:` mapping, which `promote` ignores:

    draft:
      revision: 7                  # +1 at every save; a save names the revision it was based on
      decisions: {q-id: accepted}  # accepted | rejected (a quote with no entry is still to review)
      rejected: [<quote record>]   # rejected quotes, kept so that nothing is lost
      parked_actors: [<actor>]     # stubs no record refers to any more (not promoted; back when referred to)

Signals and events coded on the page are the draft's `signals:` and `events:` lists, in the models' fields; their
evidence is an accepted quote or a passage chosen as a run of the article's sentences (`sentences`), so every
offset is computed from the seed, never typed.

Safety:
- every save replaces the file atomically (temporary file + rename) under an exclusive lock on a lock file
  beside the draft, so a crash leaves the previous or the next revision, never half of one;
- a save based on an older revision than the file's is refused (`StaleDraft`): two tabs on one draft never
  overwrite each other silently;
- validation and promotion are `promote.plan_promotion` / `promote.promote`, the code of the `promote` command.
"""

from __future__ import annotations

import contextlib
import copy
import fcntl
import os
import re
import tempfile
from collections.abc import Iterator, Sequence
from dataclasses import dataclass, field
from datetime import date as Date
from pathlib import Path
from typing import Any, cast

import yaml
from bs4 import BeautifulSoup

from alliance_monitor.ingest.draft import IngestError, ingest_article, slug
from alliance_monitor.ingest.promote import PromoteError, PromoteResult, plan_promotion, promote
from alliance_monitor.load import parse
from alliance_monitor.models import Actor, EventKind, Precision
from alliance_monitor.search import skeleton
from alliance_monitor.yamlio import dump_yaml, write_text_atomic

CURATE_ENV = "ALLIANCE_MONITOR_CURATE"
"""Set to 1 to switch curation on (off by default, and never on for a hosted link)."""

MAX_UPLOAD_BYTES = 1_000_000
"""An uploaded or pasted article larger than this is refused with a message (a news article is a few kB)."""

HTML_SUFFIXES = (".html", ".htm")
_DROPPED_TAGS = ("script", "style", "noscript", "template", "iframe", "svg", "head", "form", "button", "nav")
_BLOCK_TAGS = ("p", "div", "section", "article", "header", "footer", "aside", "main", "li", "ul", "ol", "h1", "h2",
               "h3", "h4", "h5", "h6", "blockquote", "table", "tr", "pre", "figure", "figcaption", "br", "hr")

ACCEPTED, REJECTED, PENDING = "accepted", "rejected", "pending"


class WorkbenchError(Exception):
    """An action that cannot be done as asked (the message says why, for the curator)."""


class StaleDraft(WorkbenchError):
    """The draft was saved by someone else (another tab) since this session read it: the save is refused."""

    def __init__(self, based_on: int, current: int) -> None:
        super().__init__(f"This draft was changed elsewhere (another tab or person) since you loaded it: revision "
                         f"{based_on} -> {current}. Your change was NOT saved; the page now shows the latest "
                         "revision: check it and repeat your change.")
        self.based_on, self.current = based_on, current


# --- articles ------------------------------------------------------------------------------------------------


def html_to_text(markup: str) -> str:
    """The readable text of an HTML page: scripts, styles, forms and navigation dropped, one paragraph per block.

    Parsed by BeautifulSoup's html.parser (never rendered); entities are decoded; runs of blank lines collapse.
    """
    soup = BeautifulSoup(markup, "html.parser")
    for tag in soup.find_all(_DROPPED_TAGS):
        tag.decompose()
    for tag in soup.find_all(_BLOCK_TAGS):
        # a block's text becomes its own paragraph: blank lines around it (joined with the words, not rendered)
        tag.insert_before("\n\n")
        tag.insert_after("\n\n")
    text = soup.get_text()
    lines = [" ".join(line.split()) for line in text.replace("\r\n", "\n").split("\n")]
    return re.sub(r"\n{3,}", "\n\n", "\n".join(lines)).strip() + "\n"


def article_text(name: str, raw: bytes) -> str:
    """The text an article's offsets will refer to: UTF-8 text as given, or an HTML file reduced to text.

    Raises WorkbenchError for a file over MAX_UPLOAD_BYTES, text that is not UTF-8, or an empty article.
    """
    if len(raw) > MAX_UPLOAD_BYTES:
        raise WorkbenchError(f"{name}: {len(raw):,} bytes; an article is limited to {MAX_UPLOAD_BYTES:,} bytes "
                             "(save just the article's text and try again)")
    try:
        text = raw.decode("utf-8-sig")
    except UnicodeDecodeError as exc:
        raise WorkbenchError(f"{name}: not UTF-8 text (byte 0x{raw[exc.start]:02x} at {exc.start})") from exc
    if name.lower().endswith(HTML_SUFFIXES):
        text = html_to_text(text)
    text = text.replace("\r\n", "\n")
    if not text.strip():
        raise WorkbenchError(f"{name}: the article is empty")
    return text


def create_draft(data_dir: Path, text: str, *, url: str | None, name: str = "pasted.txt",
                 source_id: str | None = None) -> Path:
    """Ingest `text` as `ingest` does (seed copied to seeds/, draft written to data/drafts/) and return the
    draft's path; revision 1. Raises WorkbenchError (the ingest message) when ingest refuses."""
    raw = text.encode("utf-8")
    if len(raw) > MAX_UPLOAD_BYTES:
        raise WorkbenchError(f"the article has {len(raw):,} bytes; the limit is {MAX_UPLOAD_BYTES:,}")
    stem = re.sub(r"[^A-Za-z0-9._-]+", "-", Path(name).name).strip("-.") or "pasted"
    with tempfile.TemporaryDirectory(prefix="curate-") as tmp:
        article = Path(tmp) / (Path(stem).stem + ".txt")
        article.write_bytes(raw)
        try:
            result = ingest_article(article, data_dir, source_id=source_id or None, url=url or None)
        except IngestError as exc:
            raise WorkbenchError(str(exc)) from exc
    doc = read_draft(result.draft_path)
    doc["draft"].update({"revision": 1, "decisions": {}, "rejected": [], "parked_actors": []})
    doc.setdefault("signals", [])
    doc.setdefault("events", [])
    write_text_atomic(result.draft_path, _draft_file_text(doc), overwrite=True)
    return result.draft_path


# --- drafts on disk ------------------------------------------------------------------------------------------


@dataclass
class DraftSummary:
    path: Path
    source_id: str
    title: str
    revision: int
    quotes: int
    pending: int


def drafts_dir(data_dir: Path) -> Path:
    return data_dir / "drafts"


def list_drafts(data_dir: Path) -> list[DraftSummary]:
    """The drafts in review (data/drafts/*.yaml; promoted ones are filed under drafts/promoted/), by name."""
    found = []
    for path in sorted(drafts_dir(data_dir).glob("*.yaml")):
        try:
            doc = read_draft(path)
        except WorkbenchError:
            continue
        quotes = doc.get("quotes") or []
        found.append(DraftSummary(path, str(doc["source"].get("id") or path.stem), str(doc["source"].get("title")),
                                  revision(doc), len(quotes), len(pending_quotes(doc))))
    return found


def read_draft(path: Path) -> dict[str, Any]:
    """The draft document as plain data. Raises WorkbenchError when it is missing or not a draft mapping."""
    try:
        doc = yaml.load(path.read_text(encoding="utf-8"), Loader=getattr(yaml, "CSafeLoader", yaml.SafeLoader))
    except (OSError, yaml.YAMLError) as exc:
        raise WorkbenchError(f"{path.name}: cannot read the draft: {exc}") from exc
    if not isinstance(doc, dict) or not isinstance(doc.get("source"), dict):
        raise WorkbenchError(f"{path.name}: not a draft (no source mapping)")
    bookkeeping = doc.setdefault("draft", {})
    if not isinstance(bookkeeping, dict):
        raise WorkbenchError(f"{path.name}: the draft's `draft:` entry must be a mapping")
    bookkeeping.setdefault("revision", 0)
    bookkeeping.setdefault("decisions", {})
    bookkeeping.setdefault("rejected", [])
    bookkeeping.setdefault("parked_actors", [])
    doc.setdefault("quotes", [])
    doc.setdefault("actors", [])
    doc.setdefault("signals", [])
    doc.setdefault("events", [])
    return doc


def revision(doc: dict[str, Any]) -> int:
    return int(doc["draft"].get("revision") or 0)


def _draft_file_text(doc: dict[str, Any]) -> str:
    header = (f"# Draft of source {doc['source'].get('id')}, reviewed in the curate page (or by hand).\n"
              "# Nothing here is curated yet: promote it from the page or with `python -m alliance_monitor promote`.\n")
    return header + dump_yaml(doc)


@contextlib.contextmanager
def _locked(path: Path) -> Iterator[None]:
    """An exclusive lock on `<draft>.lock` for one read-compare-write (flock: between processes and threads)."""
    lock = path.with_name(f".{path.name}.lock")
    with lock.open("a") as handle:
        fcntl.flock(handle.fileno(), fcntl.LOCK_EX)
        try:
            yield
        finally:
            fcntl.flock(handle.fileno(), fcntl.LOCK_UN)


def save_draft(path: Path, doc: dict[str, Any], based_on: int) -> int:
    """Write `doc` atomically as the next revision, if the file is still at revision `based_on`.

    Returns the new revision. Raises StaleDraft (nothing written) when the file moved on since `based_on`.
    """
    with _locked(path):
        current = revision(read_draft(path))
        if current != based_on:
            raise StaleDraft(based_on, current)
        doc = copy.deepcopy(doc)
        _park_unused_actors(doc)
        doc["draft"]["revision"] = current + 1
        write_text_atomic(path, _draft_file_text(doc), overwrite=True)
        return current + 1


def discard_draft(path: Path, based_on: int) -> Path:
    """File the draft under drafts/discarded/ (kept, never deleted); returns where. The seed stays in seeds/."""
    with _locked(path):
        current = revision(read_draft(path))
        if current != based_on:
            raise StaleDraft(based_on, current)
        target = path.parent / "discarded" / path.name
        target.parent.mkdir(exist_ok=True)
        n = 2
        while target.exists():
            target, n = path.parent / "discarded" / f"{path.stem}-{n}{path.suffix}", n + 1
        os.replace(path, target)
    return target


@dataclass
class Workbench:
    """One draft being reviewed: its document, the revision it was read at, and its seed text."""

    path: Path
    data_dir: Path
    doc: dict[str, Any]
    seed: str
    based_on: int = 0
    saved: list[int] = field(default_factory=list)

    @classmethod
    def open(cls, path: Path, data_dir: Path) -> Workbench:
        doc = read_draft(path)
        seed_file = data_dir.resolve().parent / str(doc["source"].get("seed_file") or "")
        try:
            seed = seed_file.read_text(encoding="utf-8")
        except OSError as exc:
            raise WorkbenchError(f"{path.name}: its seed {seed_file.name} cannot be read: {exc.strerror}") from exc
        return cls(path, data_dir, doc, seed, revision(doc))

    def save(self, based_on: int | None = None) -> int:
        """Save this document as the next revision of the file; see `save_draft`."""
        new = save_draft(self.path, self.doc, self.based_on if based_on is None else based_on)
        self.based_on = new
        self.doc = read_draft(self.path)
        self.saved.append(new)
        return new

    # -- quotes

    def quote(self, qid: str) -> dict[str, Any]:
        for q in self.doc["quotes"]:
            if q.get("id") == qid:
                return cast(dict[str, Any], q)
        raise WorkbenchError(f"no quote {qid!r} in this draft (it may have been rejected in another tab)")

    def status(self, qid: str) -> str:
        return str(self.doc["draft"]["decisions"].get(qid, PENDING))

    def accept(self, qid: str) -> None:
        self.quote(qid)
        self.doc["draft"]["decisions"][qid] = ACCEPTED

    def reject(self, qid: str) -> None:
        """Move the quote out of `quotes` into draft.rejected (kept: `restore` brings it back)."""
        q = self.quote(qid)
        self.doc["quotes"].remove(q)
        self.doc["draft"]["rejected"].append(q)
        self.doc["draft"]["decisions"][qid] = REJECTED

    def restore(self, qid: str) -> None:
        rejected = self.doc["draft"]["rejected"]
        for q in rejected:
            if q.get("id") == qid:
                rejected.remove(q)
                self.doc["quotes"].append(q)
                self.doc["draft"]["decisions"].pop(qid, None)
                return
        raise WorkbenchError(f"no rejected quote {qid!r}")

    def set_speakers(self, qid: str, speakers: list[str]) -> None:
        q = self.quote(qid)
        q["speakers"] = list(dict.fromkeys(speakers))
        att = q.setdefault("attribution", {})
        if not speakers:
            return
        # a curator's decision: say so, rather than leave the rule's basis and confidence standing
        att["confidence"] = "high"
        if not att.get("basis") or str(att.get("basis")).startswith("none found"):
            att["basis"] = "named by the curator"

    def set_kind(self, qid: str, kind: str) -> None:
        self.quote(qid)["kind"] = kind

    def set_about(self, qid: str, countries: list[str]) -> None:
        self.quote(qid)["about"] = list(dict.fromkeys(countries))

    def set_span_words(self, qid: str, words: str) -> None:
        """Point the quote at `words`: found verbatim in the seed (the occurrence nearest the old span); the
        offsets and the surrounding sentence (context) are computed. Raises WorkbenchError when not found."""
        q = self.quote(qid)
        words = words.strip()
        if not words:
            raise WorkbenchError("the quote's words cannot be empty")
        starts = [m.start() for m in re.finditer(re.escape(words), self.seed)]
        if not starts:
            raise WorkbenchError("these words are not in the article exactly as typed (check quotes, spaces, "
                                 "and typos): nothing changed")
        start = min(starts, key=lambda s: abs(s - int(q.get("start", 0))))
        self._set_span(q, start, start + len(words))

    def extend_to_sentence(self, qid: str) -> None:
        """Grow the quote's span to the whole sentence(s) it lies in (quotation marks excluded)."""
        q = self.quote(qid)
        start, end = sentence_bounds(self.seed, int(q["start"]), int(q["end"]))
        while start < end and self.seed[start] in "\"'“”«»‘’„ ":
            start += 1
        while end > start and self.seed[end - 1] in "\"'“”«»‘’„ ":
            end -= 1
        self._set_span(q, start, end)

    def _set_span(self, q: dict[str, Any], start: int, end: int) -> None:
        q["start"], q["end"], q["text"] = start, end, self.seed[start:end]
        ctx = q.get("context") or {}
        if not (isinstance(ctx, dict) and int(ctx.get("start", -1)) <= start and end <= int(ctx.get("end", -1))):
            c_start, c_end = sentence_bounds(self.seed, start, end)
            q["context"] = {"start": c_start, "end": c_end, "text": self.seed[c_start:c_end]}

    # -- actors

    def new_actor(self, name: str, *, aliases: list[str], kind: str = "person", nationality: str | None = None,
                  affiliation: str | None = None, role: str | None = None, taken: set[str] | None = None) -> str:
        """Add an actor record to the draft and return its id (made from the surname, unique). Raises
        WorkbenchError when the record does not fit the model (the model's message)."""
        name = " ".join(name.split())
        if not name:
            raise WorkbenchError("a new person needs a display name")
        used = set(taken or set()) | {a["id"] for a in self.doc["actors"]} | \
            {a["id"] for a in self.doc["draft"]["parked_actors"]}
        base = slug(name.split()[-1], 3)
        actor_id, n = base, 2
        while actor_id in used:
            actor_id, n = f"{base}-{n}", n + 1
        record: dict[str, Any] = {"id": actor_id, "name": name,
                                  "aliases": [a for a in dict.fromkeys(x.strip() for x in aliases) if a and a != name],
                                  "kind": kind, "nationality": nationality or None, "affiliation": affiliation or None,
                                  "role": role or None, "note": f"Added in the curate page from {self.source_id}."}
        record = {k: v for k, v in record.items() if v not in (None, [])}
        try:
            Actor.model_validate(record)
        except Exception as exc:  # pydantic's ValidationError: its message names the field
            raise WorkbenchError(f"the new person does not fit the actor model: {exc}") from exc
        self.doc["actors"].append(record)
        return actor_id

    @property
    def source_id(self) -> str:
        return str(self.doc["source"].get("id"))

    # -- source

    def set_source(self, values: dict[str, Any]) -> None:
        """Replace source fields (dotted names for nested ones: `published.date`); blank optional values drop."""
        source = self.doc["source"]
        for key, value in values.items():
            target, name = source, key
            if "." in key:
                head, name = key.split(".", 1)
                target = source.setdefault(head, {})
            if value in (None, "") and name not in ("title", "publisher", "url", "date", "evidence"):
                target.pop(name, None)
            else:
                target[name] = value

    # -- signals

    def add_signal(self, *, quote: str | None, state: str | None, actor: str | None, dimension: str,
                   direction: int, strength: int, confidence: str, rationale: str, date: str | None = None,
                   span: tuple[int, int] | None = None, taken: set[str] | None = None) -> str:
        """Add a signal whose evidence is a quote of this draft, or a passage [start, end) of its seed; the date
        defaults to the source's publication date. Returns its id."""
        subject = state or actor or "x"
        used = set(taken or set()) | {s.get("id") for s in self.doc["signals"]}
        base = f"s-{subject.lower()}-{dimension.replace('_', '-')}-{slug(rationale, 3)}"[:100].rstrip("-")
        sid, n = base, 2
        while sid in used:
            sid, n = f"{base}-{n}", n + 1
        if quote:
            evidence: dict[str, Any] = {"quote": quote}
        elif span:
            evidence = {"source": self.source_id, "start": span[0], "end": span[1],
                        "text": self.seed[span[0]:span[1]]}
        else:
            raise WorkbenchError("a signal needs evidence: a quote or a passage")
        record: dict[str, Any] = {"id": sid, "state": state or None, "actor": actor or None, "dimension": dimension,
                                  "direction": int(direction), "strength": int(strength), "confidence": confidence,
                                  "date": date or str((self.doc["source"].get("published") or {}).get("date") or ""),
                                  "evidence": evidence, "rationale": " ".join(rationale.split())}
        self.doc["signals"].append({k: v for k, v in record.items() if v is not None})
        return sid

    def remove_signal(self, sid: str) -> None:
        self.doc["signals"] = [s for s in self.doc["signals"] if s.get("id") != sid]

    # -- evidence and events

    def evidence_span(self, *, quote: str | None = None, span: tuple[int, int] | None = None) -> dict[str, Any]:
        """A Span record (source, start, end, text) of this draft's seed: an accepted quote's own offsets, or the
        passage [start, end). Raises WorkbenchError for a quote that is not accepted or an empty passage."""
        if quote:
            if self.status(quote) != ACCEPTED:
                raise WorkbenchError(f"quote {quote} is not accepted: accept it before using it as evidence")
            q = self.quote(quote)
            start, end = int(q["start"]), int(q["end"])
        elif span:
            start, end = span
        else:
            raise WorkbenchError("an event needs evidence: an accepted quote or a passage")
        if not 0 <= start < end <= len(self.seed):
            raise WorkbenchError(f"the passage {start}-{end} is not inside the article ({len(self.seed)} characters)")
        return {"source": self.source_id, "start": start, "end": end, "text": self.seed[start:end]}

    def add_event(self, *, title: str, kind: str, date: str, description: str, evidence: list[dict[str, Any]],
                  states: Sequence[str] = (), absent: Sequence[str] = (), location_states: Sequence[str] = (),
                  targets: Sequence[str] = (), actors: Sequence[str] = (), location: str | None = None,
                  date_note: str | None = None, taken: set[str] | None = None) -> str:
        """Add an event record (the Event model's fields; `evidence` from `evidence_span`) and return its id,
        `ev-<date>-<two words of the title>` made unique. A state's roles are the model's: `states` taking part,
        `absent` members that stayed away, `location_states` where it happened, `targets` whom it was directed at.
        Raises WorkbenchError for an unknown kind or an empty title; every other rule is the validator's, shown
        beside the event."""
        title = " ".join(title.split())
        if not title:
            raise WorkbenchError("an event needs a short title")
        if kind not in {k.value for k in EventKind}:
            raise WorkbenchError(f"{kind!r} is not an event kind (one of {', '.join(k.value for k in EventKind)})")
        used = set(taken or set()) | {e.get("id") for e in self.doc["events"]}
        base = f"ev-{date}-{slug(title, 3)}"[:100].rstrip("-")
        eid, n = base, 2
        while eid in used:
            eid, n = f"{base}-{n}", n + 1
        record: dict[str, Any] = {
            "id": eid, "title": title, "kind": kind, "date": date, "date_note": " ".join((date_note or "").split()),
            "location": " ".join((location or "").split()), "states": list(dict.fromkeys(states)),
            "absent": list(dict.fromkeys(absent)), "location_states": list(dict.fromkeys(location_states)),
            "targets": list(dict.fromkeys(targets)), "actors": list(dict.fromkeys(actors)),
            "description": " ".join(description.split()), "evidence": list(evidence)}
        self.doc["events"].append({k: v for k, v in record.items() if v not in ("", [])})
        return eid

    def remove_event(self, eid: str) -> None:
        self.doc["events"] = [e for e in self.doc["events"] if e.get("id") != eid]

    # -- validation and promotion

    def problems(self) -> list[str]:
        """Every problem of the merged data if this draft (as saved) were promoted; [] when it would validate.
        The same check as the `promote` command (plan_promotion), which writes nothing."""
        try:
            plan_promotion(self.path, self.data_dir)
        except PromoteError as exc:
            return list(exc.problems)
        return []

    def promote(self) -> PromoteResult:
        """Promote the saved draft with the `promote` command's code, when every quote is decided.

        Raises WorkbenchError while a quote is still to review or the page's copy is stale, PromoteError (with
        every problem, nothing changed) when the merged data would not validate."""
        if pending_quotes(self.doc):
            raise WorkbenchError(f"{len(pending_quotes(self.doc))} quote(s) still to review: accept or reject "
                                 "each one first")
        with _locked(self.path):
            current = revision(read_draft(self.path))
            if current != self.based_on:
                raise StaleDraft(self.based_on, current)
            return promote(self.path, self.data_dir)


def pending_quotes(doc: dict[str, Any]) -> list[str]:
    decisions = doc["draft"].get("decisions") or {}
    return [str(q.get("id")) for q in doc.get("quotes") or [] if decisions.get(q.get("id")) != ACCEPTED]


def _park_unused_actors(doc: dict[str, Any]) -> None:
    """Move draft actors that no quote, signal or the source refers to into draft.parked_actors (so promote does
    not add a stub for a rejected attribution), and bring parked ones back when referred to again."""
    used = {str(doc["source"].get("author"))}
    for q in doc.get("quotes") or []:
        used.update(str(s) for s in q.get("speakers") or [])
    for s in doc.get("signals") or []:
        used.add(str(s.get("actor")))
    for e in doc.get("events") or []:
        used.update(str(a) for a in e.get("actors") or [])
    actors, parked = doc.get("actors") or [], doc["draft"].get("parked_actors") or []
    doc["actors"] = [a for a in actors + parked if a.get("id") in used]
    doc["draft"]["parked_actors"] = [a for a in actors + parked if a.get("id") not in used]


# --- finding things ------------------------------------------------------------------------------------------


def fuzzy_date(day: Date, precision: str) -> str:
    """`day` written to `precision` (year, month or day): the models' reduced-precision ISO date."""
    try:
        width = {Precision.YEAR: 4, Precision.MONTH: 7, Precision.DAY: 10}[Precision(precision)]
    except ValueError as exc:
        raise WorkbenchError(f"{precision!r} is not a date precision (year, month or day)") from exc
    return day.isoformat()[:width]


def sentences(text: str) -> list[tuple[int, int]]:
    """The article split into sentences: [start, end) of each, in order, surrounding spaces excluded.

    A sentence ends at `. ! ?` followed by a space, a quotation mark or the line's end (the closing mark is kept
    with it), or at a line break (a title, a dateline, a paragraph). Every character of `text` that is not a space
    lies in exactly one sentence, so any run of sentences is a verbatim passage."""
    found: list[tuple[int, int]] = []
    for line in re.finditer(r"[^\n]+", text):
        pos, stop = line.start(), line.end()
        for stop_mark in re.finditer(r"[.!?][\"”»’']*(?=\s|$)", line.group()):
            found.append((pos, line.start() + stop_mark.end()))
            pos = line.start() + stop_mark.end()
        found.append((pos, stop))
    trimmed = []
    for start, end in found:
        while start < end and text[start].isspace():
            start += 1
        while end > start and text[end - 1].isspace():
            end -= 1
        if start < end:
            trimmed.append((start, end))
    return trimmed


def passage(text: str, first: int, last: int) -> tuple[int, int]:
    """The span [start, end) from the start of sentence `first` to the end of sentence `last` (indexes into
    `sentences(text)`, inclusive). Raises WorkbenchError when they are out of range or in the wrong order."""
    found = sentences(text)
    if not (0 <= first < len(found) and 0 <= last < len(found)):
        raise WorkbenchError(f"the article has {len(found)} sentences; choose sentences 1 to {len(found)}")
    if last < first:
        raise WorkbenchError(f"the passage cannot end (sentence {last + 1}) before it starts (sentence {first + 1})")
    return found[first][0], found[last][1]


def sentence_at(text: str, words: str) -> int | None:
    """Index (in `sentences(text)`) of the sentence where `words` first occur, matched without regard to case
    and runs of spaces; None when they do not occur."""
    terms = words.split()
    if not terms:
        return None
    match = re.search(r"\s+".join(re.escape(t) for t in terms), text, flags=re.IGNORECASE)
    if match is None:
        return None
    return next((i for i, (start, end) in enumerate(sentences(text)) if match.start() < end), None)


def sentence_bounds(text: str, start: int, end: int) -> tuple[int, int]:
    """[start, end) grown to the sentence(s) around it: back to after `. ! ?` + space or a blank line, forward to
    the next sentence end (its closing quotation mark included) or the paragraph's end."""
    left = start
    while left > 0:
        before = text[left - 1]
        if before == "\n" or (before == " " and left >= 2 and text[left - 2] in ".!?"):
            break
        left -= 1
    while left < start and text[left].isspace():
        left += 1
    right = end
    while right < len(text) and text[right] != "\n":
        right += 1
        if text[right - 1] in ".!?" and (right == len(text) or text[right] in " \n\"”»’'"):
            while right < len(text) and text[right] in "\"”»’'":
                right += 1
            break
    return left, right


@dataclass(frozen=True)
class ActorChoice:
    id: str
    name: str
    label: str
    haystack: str


def actor_choices(data_dir: Path, doc: dict[str, Any]) -> list[ActorChoice]:
    """Every actor a speaker can be: the curated ones, then the draft's own (new people), with their spellings."""
    records: list[dict[str, Any]] = [dict(w.record.model_dump()) for w in parse(data_dir).of("actors")]
    records += list(doc.get("actors") or []) + list(doc["draft"].get("parked_actors") or [])
    choices: dict[str, ActorChoice] = {}
    for a in records:
        aliases = [str(x) for x in a.get("aliases") or []]
        label = f"{a['name']} ({a['id']})" + (f" · {', '.join(aliases[:4])}" if aliases else "")
        hay = " " + " ".join(skeleton(p) for p in [a["name"], a["id"], *aliases]) + " "
        choices.setdefault(str(a["id"]), ActorChoice(str(a["id"]), str(a["name"]), label, hay))
    return list(choices.values())


def find_actors(choices: list[ActorChoice], query: str, limit: int = 8) -> list[ActorChoice]:
    """Actors whose name, id or any alias matches every word of `query` by the engine's search folding
    (case, accents, Cyrillic and romanisation variants: "Токаев", "tokaev", "Tokayev" find the same person)."""
    terms = skeleton(query).split()
    if not terms:
        return []
    return [c for c in choices if all(f" {t}" in c.haystack for t in terms)][:limit]


def problems_by_record(problems: list[str], record_ids: list[str]) -> tuple[dict[str, list[str]], list[str]]:
    """Split promote's problem lines by the record they name (`...: quotes.<id>.field: msg` or `<id>.field: msg`);
    the rest are general. Returns (record id -> its problems, general problems)."""
    by_record: dict[str, list[str]] = {}
    general: list[str] = []
    for line in problems:
        where = line.split(": ", 2)
        name = where[1] if len(where) == 3 else ""
        owner = next((r for r in sorted(record_ids, key=len, reverse=True)
                      if name == r or name.startswith((f"{r}.", f"{r}[")) or f".{r}." in f".{name}."), None)
        if owner is None:
            general.append(line)
        else:
            by_record.setdefault(owner, []).append(line.split(": ", 1)[-1])
    return by_record, general


__all__ = ["CURATE_ENV", "MAX_UPLOAD_BYTES", "StaleDraft", "Workbench", "WorkbenchError", "actor_choices",
           "article_text", "create_draft", "find_actors", "fuzzy_date", "list_drafts", "passage", "problems_by_record",
           "sentence_at", "sentences"]
