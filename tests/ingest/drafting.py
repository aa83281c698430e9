"""Drafting a made-up page in the ingest tests: the page heads, the draft, and the speakers' names it gives."""

from __future__ import annotations

from alliance_monitor.ingest.draft import Draft, Known, build_draft
from alliance_monitor.ingest.quotes import DraftQuote

EN = "Harbour Talks Resume\n\nBy Staff Writer\n\n"
"""A headline and a byline over an English paragraph, so that the paragraph is the body."""
RU = "Паромы встали\n\nАвтор: Анна Петрова\n\n"
"""The same over a Russian paragraph."""


def draft(text: str, url: str | None = None, *, learned_fallback: bool = False) -> Draft:
    """The draft of `text` as pasted (its bytes as the source), with no curated actors: by default the rules' draft,
    which the rules' tests pin down. The speaker model (`learned_fallback=True`, as ingest runs) only fills in quotes
    the rules left unattributed, at low confidence; tests/ingest/test_speaker_model.py holds it to that on every
    page of these tests' kinds."""
    return build_draft(text, text.encode(), Known(), url=url, learned_fallback=learned_fallback)


def source_record(d: Draft) -> dict[str, object]:
    """The draft's source record (title, publisher, dateline, author, published, ...)."""
    source: dict[str, object] = d.document["source"]
    return source


def speaker_names(d: Draft, q: DraftQuote) -> list[str]:
    """The display names of `q`'s speakers in the draft `d`."""
    by_id = {a["id"]: a["name"] for a in d.document["actors"]}
    return [by_id[s] for s in d.speakers_of(q)]


def speakers(d: Draft) -> list[list[str]]:
    """Per quote of `d` (terms left out), its speakers' names."""
    return [speaker_names(d, q) for q in d.quotes if not q.is_term]


def attributions(d: Draft) -> list[tuple[str, list[str], str | None, str | None]]:
    """Per quote of `d` (terms left out): its text, its speakers' names (a stub's key when it has no record), and its
    attribution's rule and confidence (None when the draft has no attribution)."""
    names = {a["id"]: a["name"] for a in d.document["actors"]}
    return [(q.text, [names.get(s, s) for s in d.speakers_of(q)], q.attribution.rule if q.attribution else None,
             q.attribution.confidence if q.attribution else None) for q in d.quotes if not q.is_term]


def only_attribution(text: str) -> tuple[list[str], str | None, str | None]:
    """The one quote drafted from `text`: its speakers' names, its attribution's rule and confidence."""
    [(_, who, rule, confidence)] = attributions(draft(text))
    return who, rule, confidence
