"""Draft the records of a new article: the tool drafts, the analyst reviews, the validator guards.

`ingest` copies the article into `seeds/` byte for byte and writes `data/drafts/<source-id>.yaml`, a document
a curator edits: the proposed source record (printed date, publication date with its evidence, page chrome,
the author's quoted terms), stubs for people new to the dataset, every direct quotation with its speakers and
the words that attribute it, the countries mentioned, and a review list of what needs a human decision. It
never touches the curated files; `promote` merges a reviewed draft after validating the result.

Everything is rule-based and explainable: the rules live in `chrome` (page furniture), `dates`
(printed dates), `quotes` (quotations and attribution), `actors` (who is meant) and `gazetteer`
(countries).
"""

from __future__ import annotations

import hashlib
import re
import unicodedata
from collections.abc import Sequence
from dataclasses import dataclass, field, replace
from pathlib import Path
from typing import Any

from alliance_monitor.ingest.actors import ActorIndex, Cast, find_cast
from alliance_monitor.ingest.chrome import (
    Layout,
    analyse_layout,
    language_guess,
    masthead_publisher,
    names_the_page,
    page_names,
    settle_publisher,
)
from alliance_monitor.ingest.dates import DateProposal, find_dates, propose_date, time_clues
from alliance_monitor.ingest.gazetteer import CountryMention, Gazetteer, load_gazetteer
from alliance_monitor.ingest.quotes import (
    DraftQuote,
    draft_quotes,
    find_quotations,
    mask_quotations,
    someone_says,
)
from alliance_monitor.ingest.speaker_model import load_model, name_unattributed, read_page
from alliance_monitor.ingest.text import words
from alliance_monitor.ingest.wrapping import unwrapped
from alliance_monitor.load import display_path, parse
from alliance_monitor.models import COUNTRY_NAMES, Actor, Source
from alliance_monitor.search import fold, skeleton
from alliance_monitor.yamlio import dump_yaml, write_bytes_atomic, write_text_atomic

MAX_ARTICLE_BYTES = 5 * 1024 * 1024
"""An article larger than this is refused: a news article is a few kilobytes."""

DRAFT_KEYS = ("draft", "review", "source", "actors", "quotes", "countries", "layout")
"""Top-level keys of a draft; `promote` merges source, actors and quotes, and ignores the rest."""

_STOP = words("a an the of and or in on at to for with from by as is are was its it this that de la le")


class IngestError(Exception):
    """An article that cannot be ingested, or a file that would be overwritten; the message says which."""


@dataclass
class Known:
    """What the curated data already holds: ingest resolves speakers and avoids id clashes against it."""

    actors: list[Actor] = field(default_factory=list)
    sources: list[Source] = field(default_factory=list)
    quote_ids: set[str] = field(default_factory=set)
    states: dict[str, str] = field(default_factory=dict)
    """ISO-3 -> name of the states listed in alliance.yaml (a quote's `about` must be one of them)."""
    problems: list[str] = field(default_factory=list)


def load_known(data_dir: Path) -> Known:
    """The curated records that parse (a broken record elsewhere does not stop a draft; it is reported)."""
    parsed = parse(data_dir)
    known = Known(
        actors=[w.record for w in parsed.of("actors")],
        sources=[w.record for w in parsed.of("sources")],
        quote_ids={w.record.id for w in parsed.of("quotes")},
        problems=[str(p) for p in parsed.problems],
    )
    for w in parsed.of("alliance"):
        known.states = {s.iso3: s.name for s in w.record.states}
    return known


@dataclass
class Draft:
    """A drafted article: the YAML document for the curator, and the parts `evaluate` scores."""

    source_id: str
    document: dict[str, Any]
    layout: Layout
    quotes: list[DraftQuote]
    countries: list[CountryMention]
    date: DateProposal
    actor_ids: dict[str, str]
    """Stub key or actor id -> the actor id used in the draft."""
    warnings: list[dict[str, Any]]
    cast: Cast
    """Everyone the page mentions (`actors.find_cast`), as attribution read them."""
    masked: str
    """The text with its quotations masked (`quotes.mask_quotations`), as attribution read it."""
    body_start: int | None
    """Where the article's body begins (its first body paragraph), as attribution read it."""

    def speakers_of(self, quote: DraftQuote) -> list[str]:
        if quote.attribution is None:
            return []
        return [self.actor_ids.get(s, s) for s in quote.attribution.speakers]


def slug(text: str, words: int = 4) -> str:
    """Lower-case ASCII words joined by dashes, common words left out (for readable ids)."""
    kept = [w for w in fold(text).split() if w not in _STOP]
    return "-".join(kept[:words]) or "x"


def _unique(base: str, taken: set[str], tried: dict[str, int] | None = None) -> str:
    """`base`, or `base-2`, `base-3`, ... the first not in `taken` (added to it). `tried` remembers per base the
    number to try next, so a page giving thousands of ids one base stays linear."""
    n = tried.get(base, 2) if tried is not None else 2
    candidate = base if n == 2 else f"{base}-{n}"
    while candidate in taken:
        candidate, n = f"{base}-{n}", n + 1
    taken.add(candidate)
    if tried is not None:
        tried[base] = n
    return candidate


def _span(text: str, start: int, end: int) -> dict[str, Any]:
    return {"start": start, "end": end, "text": text[start:end]}


def default_source_id(layout: Layout, date: DateProposal, publisher: str | None) -> str:
    """publisher-year-two-words-of-the-title, as the curated ids are made."""
    parts = [slug(publisher, 1) if publisher else "article"]
    if date.date:
        parts.append(date.date[:4])
    parts.append(slug(layout.title.text if layout.title else "untitled", 2))
    return re.sub(r"[^a-z0-9-]+", "-", "-".join(parts)).strip("-")[:80]


def _without_headline_repeats(quotes: list[DraftQuote], layout: Layout, masked: str) -> list[DraftQuote]:
    """A quotation in the headline or the standfirst whose words the body quotes again (`Ortis: «Мы не уйдем»`
    above `«Мы не уйдем ...», — сказала Ортис`; `Minister says the stocks "have come back faster"` above `"The
    stocks have come back faster ...," ... said`) is an excerpt of that quote, not a quote of its own; a quotation in
    the headline never is one, nor one in a deck over the byline or the date that no one is said to say (`masked`:
    the page with its quotations blanked, `mask_quotations`)."""
    heads = [p for p in layout.paragraphs if p.role in ("title", "standfirst")]
    if not heads:
        return quotes

    def key(q: DraftQuote) -> str:
        return " ".join(fold(q.text).strip(" .,;:!?…").split())

    def in_title(q: DraftQuote) -> bool:
        return any(p.start <= q.start < p.end for p in heads)

    body = [key(q) for q in quotes if not q.is_term and not in_title(q)]
    # a name in marks over the body that marks it again (a ship's "Severa" in the standfirst and in the story): the
    # header's copy is the desk's, the body's is the article's own term
    body_terms = {key(q) for q in quotes if q.is_term and not in_title(q)}
    headline = layout.title

    def in_headline(q: DraftQuote) -> bool:
        # the headline's quotation is the desk's excerpt or paraphrase ("Рыбаки: «Мы не уйдем из залива»"
        # over "— Мы ловили здесь еще при деде ..."), never a quote of its own, repeated below or not
        return headline is not None and headline.start <= q.start < headline.end

    text_start = next((p.start for p in layout.paragraphs if p.role == "body"), None)
    # (a deck: a standfirst over the byline or the date line that heads the article's text, not one under them)
    decks = [p for p in heads if p.role == "standfirst" and text_start is not None and any(
        c.kind in ("byline", "printed_date") and p.end <= c.start < text_start for c in layout.chrome)]

    def unsaid_in_deck(q: DraftQuote) -> bool:
        # a term or a quotation no one is said to say in the deck ('Pilots were told to fly "the old way"', "Tributes
        # paid to 'the man who kept the harbour open'"): the desk's words over the article, as the headline's are,
        # repeated below or not (fresh28/f2801, fresh9/f902); a deck's quote with its speaker ('as the minister
        # promises "no blank cheque"') stays, and so does the author's term in a standfirst under the byline (the
        # author's own words: a seed's 'Putin wants a right of "coordination"')
        # (review of round 29b: "no one says it" is the deck's sentence's, not the attributor's failure to find a
        # speaker: '"Ten days of shame" are over, the union says', 'the deal the union hailed as "..."' stay quotes)
        deck = next((p for p in decks if p.start <= q.start < p.end), None)
        if deck is None or not (q.is_term or q.attribution is None):
            return False
        if q.is_term:
            return True
        ends = list(re.finditer(r"[.!?…](?=\s|$)", masked[deck.start:deck.end]))
        start = max((deck.start + m.end() for m in ends if deck.start + m.end() <= q.start), default=deck.start)
        end = min((deck.start + m.end() for m in ends if deck.start + m.start() >= q.end), default=deck.end)
        return not someone_says(masked[start:end])

    return [q for q in quotes
            if not in_headline(q) and not unsaid_in_deck(q) and not (in_title(q) and key(q) and (
                any(key(q) in b for b in body) or (q.is_term and key(q) in body_terms)))]


_INSCRIPTION = re.compile(r"(?<![\w'’])(?:(?P<aux>is|are|was|were|be|been|am|after|before|while|by|of|for|from|on"
                          r"|in|about|without|when|since|like|keep|kept|start|started|stop|stopped|enjoy|enjoyed|finish"
                          r"|finished)\s+)?reading\s*:?\s*$", re.IGNORECASE)
"""A written text introduced by the participle of inscription, right before the mark ("banners reading \"Our fjords,
not their wars\"", "a sign reading: ..."): words written, not said. Not after a verb or a preposition that makes
"reading" the act of reading ("after reading \"...\"", "she was reading \"...\"")."""


def _without_names_and_inscriptions(quotes: list[DraftQuote], text: str, names: list[str]) -> list[DraftQuote]:
    """The quotations but those that are the page's own name in any case or its initials («Северному вестнику»,
    «СВ», «Обзор.Варния»: the paper named, as addressee or in a note, not quoted) and those a banner or a sign
    carries (`_INSCRIPTION`); neither is a quote nor an author's term."""
    kept = []
    for q in quotes:
        if names_the_page(q.text, names):
            continue
        line_start = text.rfind("\n", 0, q.quotation.open_pos) + 1
        before = text[max(line_start, q.quotation.open_pos - 40):q.quotation.open_pos]
        inscription = _INSCRIPTION.search(before)
        if inscription and not inscription.group("aux"):
            continue
        kept.append(q)
    return kept


def build_draft(
    text: str,
    raw: bytes,
    known: Known,
    *,
    source_id: str | None = None,
    url: str | None = None,
    publisher: str | None = None,
    language: str | None = None,
    received_as: str | None = None,
    gazetteer: Gazetteer | None = None,
    learned_fallback: bool = True,
) -> Draft:
    """Everything ingest proposes for one article, without writing anything. `learned_fallback=False` leaves out
    the speaker model (`speaker_model.py`): the rules' draft, which the model is trained on."""
    gaz = gazetteer or load_gazetteer()
    # (a print page's hard line breaks read as blanks; every offset is the page's own, and a record's words are cut
    # from the page as pasted)
    reading = unwrapped(text)
    layout = analyse_layout(reading, url)
    spans = [(p.start, p.end) for p in layout.paragraphs]
    clues = time_clues(reading, spans, gaz)
    date = propose_date(layout.printed_date or layout.dateline_date, find_dates(reading), clues, url,
                        layout.dateline_day, layout.copyright_year, reading, layout.updated_date, layout.printed_day,
                        prose=spans, header_end=next((p.start for p in layout.paragraphs if p.role == "body"), None))
    publisher = publisher or settle_publisher(layout.publisher or masthead_publisher(layout, url), reading, url,
                                              layout.title.text if layout.title else None)
    sid = source_id or default_source_id(layout, date, publisher)

    quotations, unmatched = find_quotations(reading, spans)
    if layout.agency_span is not None:  # "ВАЛЬМОНТ, 6 октября – «Варния Сегодня». ...": the agency, not a quotation
        quotations = [q for q in quotations
                      if not layout.agency_span[0] <= q.open_pos < layout.agency_span[1]]
    masked = mask_quotations(reading, quotations)
    index = ActorIndex(known.actors)
    cast = find_cast(masked, spans, index, gaz)
    body_start = next((p.start for p in layout.paragraphs if p.role == "body"), None)
    quotes = _without_headline_repeats(draft_quotes(reading, masked, spans, quotations, cast, body_start), layout,
                                       masked)
    quotes = _without_names_and_inscriptions(quotes, reading, page_names(reading, publisher))
    if learned_fallback:
        name_unattributed(read_page(reading, masked, spans, cast, body_start), quotes, load_model())
    if reading is not text:
        quotes = [replace(q, text=text[q.start:q.end]) for q in quotes]
    countries = [m for s, e in spans for m in gaz.mentions(reading, s, e)]

    warnings: list[dict[str, Any]] = [{"kind": k, "message": m} for k, m in date.warnings]
    actor_ids, new_actors = _actor_stubs(quotes, cast, known, sid)
    author = _author(layout, index, cast, known, actor_ids, new_actors)
    digest = hashlib.sha256(raw).hexdigest()
    for curated in known.sources:
        if curated.sha256 == digest:
            warnings.append({"kind": "already_curated", "message": f"this article is already curated as source "
                             f"{curated.id!r} ({curated.seed_file})"})
        if curated.id == sid:
            warnings.append({"kind": "source_id_taken", "message": f"source id {sid!r} is already in sources.yaml: "
                             "promote will refuse it; ingest again with --source-id"})
    if layout.title is None:
        warnings.append({"kind": "title_missing", "message": "the page shows no headline above the article (its "
                         "first paragraph is not taken for one): fill in source.title"})
    if not url:
        warnings.append({"kind": "url_missing", "message": "no --url given: fill in source.url"})
    if not publisher:
        warnings.append({"kind": "publisher_missing", "message": "no publisher found (no 'City (Publisher) -' "
                         "dateline): fill in source.publisher"})
    for pos in unmatched:
        warnings.append({"kind": "unmatched_quote_mark", "message": f"quotation mark at {pos} has no partner: "
                         f"check {text[max(0, pos - 30):pos + 30]!r}"})

    source: dict[str, Any] = {
        "id": sid,
        "title": layout.title.text if layout.title else None,
        "publisher": publisher,
        "author": author,
        "dateline": layout.dateline,
        "url": url,
        "language": language or language_guess(" ".join(p.text for p in layout.paragraphs)) or "en",
        "seed_file": f"seeds/{sid}.txt",
        "received_as": received_as if received_as and received_as != f"{sid}.txt" else None,
        "sha256": digest,
        # (a day printed without its year, "13 January, 19:40", is the page's printed date as printed)
        "printed_date": _span(text, printed.start, printed.end)
        if (printed := layout.printed_date or layout.printed_day) else None,
        "published": {"date": date.date, "confidence": date.confidence, "method": date.method,
                      "evidence": date.evidence},
        "date_conflict": date.conflict,
        "chrome": [{**_span(text, c.start, c.end), "kind": c.kind} for c in layout.chrome],
        "author_terms": [
            {**_span(text, q.quotation.open_pos, q.quotation.close_pos + 1),
             "note": "A single quoted word: the author's term, not a quotation." if q.words <= 1 else
             "A short quotation that the text attributes to no one: the author's scare quotes."}
            for q in quotes if q.is_term
        ],
    }
    # Optional fields left empty are dropped; required ones stay as explicit nulls for the curator to fill.
    source = {k: v for k, v in source.items() if (v is not None and v != []) or Source.model_fields[k].is_required()}

    quote_records, attribution_notes = _quote_records(text, quotes, countries, known, sid, actor_ids, warnings)
    in_alliance = set(known.states)
    summary: dict[str, dict[str, Any]] = {}
    for m in countries:
        if m.iso3 is None:
            continue
        entry = summary.setdefault(m.iso3, {"iso3": m.iso3, "name": COUNTRY_NAMES[m.iso3],
                                           "in_alliance_yaml": m.iso3 in in_alliance, "mentions": 0, "forms": [],
                                           "first": _span(text, m.start, m.end)})
        entry["mentions"] += 1
        if m.text not in entry["forms"]:
            entry["forms"].append(m.text)
    outside = sorted(c for c in summary if c not in in_alliance)
    if outside:
        warnings.append({"kind": "countries_not_in_alliance_yaml", "message": "mentioned but not listed in "
                         f"alliance.yaml, so not usable in a quote's about: {', '.join(outside)}"})
    ambiguous: dict[str, list[CountryMention]] = {}
    for m in countries:
        if m.iso3 is None:
            ambiguous.setdefault(m.text, []).append(m)
    for form, found in ambiguous.items():
        where = ", ".join(str(m.start) for m in found)
        warnings.append({"kind": "ambiguous_place", "message": f"'{form}' at {where}: {found[0].note}; not "
                         "counted as a country"})
    for actor in new_actors:
        warnings.append({"kind": "new_actor", "message": f"new actor stub {actor['id']!r} ({actor['name']}): "
                         "check the name, add every spelling, nationality, affiliation, role"})

    document: dict[str, Any] = {
        "draft": {
            "source_id": sid,
            "seed_file": f"seeds/{sid}.txt",
            "how_to_review": "Check every proposal against the seed; fix or delete records; code dimensions and "
            "events by hand; then run: python -m alliance_monitor promote <this file>. Only source, actors and "
            "quotes are merged; review, countries and layout are for you.",
        },
        "review": {"warnings": warnings, "attributions": attribution_notes},
        "source": source,
        "actors": [_in_model_order(a) for a in new_actors],
        "quotes": quote_records,
        "countries": list(summary.values()),
        "layout": [{"start": p.start, "end": p.end, "role": p.role} for p in layout.paragraphs],
    }
    return Draft(sid, document, layout, quotes, countries, date, actor_ids, warnings, cast, masked, body_start)


def _actor_stubs(
    quotes: list[DraftQuote], cast: Cast, known: Known, source_id: str
) -> tuple[dict[str, str], list[dict[str, Any]]]:
    """Actor ids for every speaker: curated ids stay; each stub key gets a new id and a stub record."""
    taken = {a.id for a in known.actors}
    ids: dict[str, str] = {a: a for a in taken}
    stubs: list[dict[str, Any]] = []
    for quote in quotes:
        for key in quote.attribution.speakers if quote.attribution else []:
            if key in ids:
                continue
            stub = cast.stubs.get(key)
            name = stub.name if stub else key.removeprefix("stub:")
            kind = stub.kind if stub else "person"
            # A person's full name is the longest spelling met ("Nikol Pashinyan" over "Pashinian").
            name = max([name, *cast.spellings.get(key, [])], key=lambda n: len(n.split())) if kind == "person" \
                else name
            base = slug(name, 4) if kind != "person" else slug(name.split()[-1], 3) if name.split() else "person"
            ids[key] = _unique(base, taken)
            stubs.append(_stub_record(ids[key], name, key, cast, source_id, kind))
    return ids, stubs


def _stub_record(actor_id: str, name: str, key: str, cast: Cast, source_id: str,
                 kind: str = "person") -> dict[str, Any]:
    roles = sorted(cast.text_roles.get(key, set()))
    countries = sorted(cast.text_countries.get(key, set()))
    record: dict[str, Any] = {"id": actor_id, "name": name}
    aliases: list[str] = []
    if kind == "person":
        # Every spelling the article uses, and each one's surname: one stub for Pashinyan and Pashinian.
        for form in [name, *cast.spellings.get(key, [])]:
            for alias in (form, form.split()[-1]):
                if alias != name and alias not in aliases:
                    aliases.append(alias)
    else:
        # an organisation the page names two ways ("Corvenia's foreign ministry", the Corvenian Foreign Ministry)
        aliases = [form for form in cast.spellings.get(key, []) if form != name]
    if aliases:
        record["aliases"] = aliases
    record["kind"] = kind
    if len(countries) == 1:
        record["nationality"] = countries[0]
    if roles:
        record["role"] = roles[0].capitalize()
    record["note"] = f"Stub proposed by ingest from {source_id}: check the name, add every spelling met, " \
                     "nationality, affiliation and role."
    return record


def _in_model_order(record: dict[str, Any]) -> dict[str, Any]:
    """An actor record with its fields in the model's order (as `fmt` writes them)."""
    return {k: record[k] for k in Actor.model_fields if k in record}


def _author(layout: Layout, index: ActorIndex, cast: Cast, known: Known, ids: dict[str, str],
            stubs: list[dict[str, Any]]) -> str | None:
    """The actor id of the byline's name: a curated actor by any alias, else a new stub."""
    if not layout.byline_name:
        return None
    found = index.names(layout.byline_name, 0, len(layout.byline_name))
    if found and found[0].actor:
        return found[0].actor
    key = "stub:" + skeleton(layout.byline_name.split()[-1])
    if key not in ids:
        ids[key] = _unique(slug(layout.byline_name.split()[-1], 3), set(ids.values()) | {a.id for a in known.actors})
        record = _stub_record(ids[key], layout.byline_name, key, cast, "the byline")
        record["role"] = "Journalist"
        stubs.append(record)
    return ids[key]


def _quote_records(
    text: str, quotes: list[DraftQuote], countries: list[CountryMention], known: Known, source_id: str,
    actor_ids: dict[str, str], warnings: list[dict[str, Any]],
) -> tuple[list[dict[str, Any]], list[dict[str, Any]]]:
    records: list[dict[str, Any]] = []
    notes: list[dict[str, Any]] = []
    taken = set(known.quote_ids)
    tried: dict[str, int] = {}
    for q in quotes:
        if q.is_term:
            continue
        att = q.attribution
        speakers = [actor_ids.get(s, s) for s in att.speakers] if att else []
        qid = _unique(f"q-{speakers[0] if speakers else 'unknown'}-{slug(q.text)}"[:100].rstrip("-"), taken, tried)
        start, end = q.context
        about = []  # countries named inside the quotation itself; the curator adds what it is about otherwise
        for m in countries:
            if m.iso3 and q.start <= m.start and m.end <= q.end and m.iso3 in known.states and m.iso3 not in about:
                about.append(m.iso3)
        records.append({
            "id": qid,
            "source": source_id,
            "speakers": speakers,
            "text": q.text,
            "start": q.start,
            "end": q.end,
            "kind": q.kind,
            "about": about,
            "dimensions": [],
            "context": _span(text, start, end),
            "attribution": {"confidence": att.confidence if att else "low",
                            "basis": att.basis if att else "none found: name the speaker"},
        })
        notes.append({"quote": qid, "rule": att.rule if att else "none", **({"note": att.note}
                                                                          if att and att.note else {})})
        if re.search(r"[а-яёА-ЯЁ]", q.text):
            # The quote keeps its original words; an English rendering goes beside it, marked as a translation.
            warnings.append({"kind": "translation_missing", "message": f"{qid}: the quote is not in English: add "
                             "translation_en (an English translation shown beside the original, never instead)"})
        if not speakers:
            warnings.append({"kind": "speaker_unresolved", "message": f"{qid}: no speaker found"
                             + (f" ({att.note})" if att and att.note else "") + ": fill in speakers"})
        elif att and att.confidence == "low":
            warnings.append({"kind": "low_confidence", "message": f"{qid}: attributed to {', '.join(speakers)} "
                             f"with low confidence ('{att.basis}'): check"})
    return records, notes


def draft_text(draft: Draft) -> str:
    """The draft file's text: a header saying what it is, then canonical YAML."""
    header = (f"# Draft of source {draft.source_id}, written by `python -m alliance_monitor ingest`.\n"
              "# Nothing here is curated yet: review it, then `python -m alliance_monitor promote` it.\n")
    return header + dump_yaml(draft.document)


# --- files ---------------------------------------------------------------------------------------------


def read_article(path: Path) -> tuple[bytes, str]:
    """The article's text in NFC and its UTF-8 bytes; an IngestError naming the file and line for anything unusable."""
    try:
        raw = path.read_bytes()
    except OSError as exc:
        raise IngestError(f"{path}: cannot read the article: {exc.strerror}") from exc
    if len(raw) > MAX_ARTICLE_BYTES:
        raise IngestError(f"{path}: {len(raw):,} bytes; articles are limited to {MAX_ARTICLE_BYTES:,}")
    try:
        text = raw.decode("utf-8")
    except UnicodeDecodeError as exc:
        line = raw.count(b"\n", 0, exc.start) + 1
        raise IngestError(f"{path}:{line}: not valid UTF-8 (byte 0x{raw[exc.start]:02x} at offset {exc.start}); "
                          "convert the article to UTF-8 first") from exc
    if not text.strip():
        raise IngestError(f"{path}: the article is empty")
    # Stored NFC (the data standard) BEFORE any offset is computed: offsets then index the seed as stored.
    text = unicodedata.normalize("NFC", text)
    return text.encode("utf-8"), text


@dataclass
class IngestResult:
    draft: Draft
    draft_path: Path
    seed_path: Path
    seed_written: bool


def ingest_article(
    article: Path,
    data_dir: Path,
    *,
    source_id: str | None = None,
    url: str | None = None,
    publisher: str | None = None,
    language: str | None = None,
    force: bool = False,
) -> IngestResult:
    """Copy the article into seeds/ and write its draft; refuse to overwrite anything different without force."""
    if source_id is not None and not re.fullmatch(r"[a-z0-9][a-z0-9._-]*", source_id):
        raise IngestError(f"--source-id {source_id!r}: use lower-case letters, digits, '.', '-' and '_'")
    if url is not None and not re.fullmatch(r"https?://\S+", url):
        raise IngestError(f"--url {url!r}: expected an http(s) URL without spaces")
    if not (data_dir / "sources.yaml").exists():
        raise IngestError(f"{data_dir}: not a data folder (no sources.yaml)")
    raw, text = read_article(article)
    known = load_known(data_dir)
    draft = build_draft(text, raw, known, source_id=source_id, url=url, publisher=publisher, language=language,
                        received_as=article.name)
    seeds = data_dir.resolve().parent / "seeds"
    seed = seeds / f"{draft.source_id}.txt"
    target = data_dir / "drafts" / f"{draft.source_id}.yaml"
    same_seed = seed.exists() and seed.read_bytes() == raw
    if seed.exists() and not same_seed:
        cited = [s.id for s in known.sources if (data_dir.resolve().parent / s.seed_file).resolve() == seed.resolve()]
        if cited:
            raise IngestError(f"{display_path(seed)} already exists with other bytes and is the seed of curated "
                              f"source {cited[0]!r}: choose another --source-id")
        if not force:
            raise IngestError(f"{display_path(seed)} already exists with other bytes: pass --force to replace it, "
                              "or choose another --source-id")
    if target.exists() and not force:
        raise IngestError(f"{display_path(target)} already exists: pass --force to replace the draft (your review "
                          "edits in it would be lost)")
    if not same_seed:
        write_bytes_atomic(seed, raw)
        if hashlib.sha256(seed.read_bytes()).hexdigest() != hashlib.sha256(raw).hexdigest():
            raise IngestError(f"{display_path(seed)}: the copy does not match the article byte for byte")
    write_text_atomic(target, draft_text(draft), overwrite=force)
    return IngestResult(draft, target, seed, not same_seed)


def summary_lines(result: IngestResult) -> Sequence[str]:
    """What the CLI prints after an ingest."""
    d = result.draft
    doc = d.document
    quotes = doc["quotes"]
    terms = doc["source"].get("author_terms", [])
    lines = [
        f"{'copied' if result.seed_written else 'kept (identical)'} seed: {display_path(result.seed_path)}",
        f"wrote draft: {display_path(result.draft_path)}",
        f"  title: {doc['source'].get('title')}",
        f"  printed date: {d.layout.printed_date.text if d.layout.printed_date else '(none)'} -> proposed "
        f"{d.date.date} ({d.date.confidence}, {d.date.method})",
        f"  {len(quotes)} quotation(s), {len(terms)} author term(s), {len(doc['actors'])} new actor stub(s), "
        f"{len(doc['countries'])} countries, {len(doc['source'].get('chrome', []))} chrome span(s)",
    ]
    for w in d.warnings:
        lines.append(f"  review: [{w['kind']}] {w['message']}")
    lines.append(f"next: review the draft, then python -m alliance_monitor promote {display_path(result.draft_path)}")
    return lines


__all__ = ["DRAFT_KEYS", "Draft", "IngestError", "Known", "build_draft", "ingest_article", "load_known"]
