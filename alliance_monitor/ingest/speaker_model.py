"""The learned fallback for a quote no rule gave a speaker: a logistic model over the actors the page names near it.

Each actor named (or referred to by a pronoun or a description the cast resolves) in the quote's paragraph, the two
paragraphs before it or the one after it is a candidate. `FEATURES` describes each candidate by the page's structure
only: where its nearest mention stands against the quote (same sentence, paragraph, the paragraph before...), how
far, who stands between, whether its paragraph is a name line over the quote (a street poll's "Anna Leik, 41,
florist:"), whether its sentence has a verb of saying, what kind of actor it is. No phrasing of any page is a feature.

The weights (`speaker_model.json`, beside this file) are fitted by `benchmarks/train_speaker_model.py` on the
development corpora of `tests/fixtures/ingest_eval/` (which folders, how many quotes and the leave-one-batch-out
figures are in the file and the README). The model names a speaker only where its probability reaches the file's
threshold, always at low confidence, so the review list shows every one of them.
"""

from __future__ import annotations

import json
import math
import re
from collections.abc import Sequence
from dataclasses import dataclass
from functools import lru_cache
from importlib import resources
from typing import Any

from alliance_monitor.ingest.actors import Cast, Mention
from alliance_monitor.ingest.quotes import Attribution, DraftQuote, someone_says

RULE = "learned: the candidate the speaker model ranks first"
CONFIDENCE = "low"
"""A guess the review list asks the curator to check, as the other fallbacks' are."""

FEATURES: tuple[str, ...] = (
    "same_sentence_before", "same_sentence_after", "same_paragraph_before", "same_paragraph_after",
    "paragraph_before", "two_paragraphs_before", "paragraph_after",
    "log_distance", "others_between", "opens_its_paragraph", "name_line", "name_line_over_quote",
    "quote_opens_paragraph", "says_in_its_sentence", "comma_after", "named_person", "new_person", "organisation",
    "pronoun", "description", "log_mentions", "speaker_nearby", "log_candidates", "russian",
)
"""The features of a candidate, in the order of the weights. Each is 0/1 unless its name says log or count:
log_distance is log(1 + characters between the mention and the quote) / 10; others_between the distinct other
actors named between them (at most 3) / 3; log_mentions log(1 + the actor's mentions on the page) / 3;
log_candidates log(the quote's candidates) / 3; speaker_nearby: the rules gave the actor another quote of this
paragraph or one beside it, and not this one."""

_STOP = re.compile(r"[.!?…](?:[\"'”’»)\]]*)(?=\s)")
_NAME_LINE_END = re.compile(r"(?:[:：—–-]|[^.!?…\"'”’»])\s*$")
_QUOTE_LEAD = re.compile(r"\s*(?:[—–-]\s*)?$")
_CYRILLIC = re.compile(r"[а-яёА-ЯЁ]")
_NAME_LINE_LENGTH = 200
"""A line naming the next paragraph's speaker is short: a name, an age, an occupation (characters)."""


@dataclass(frozen=True)
class SpeakerModel:
    """Weights in `FEATURES` order, the bias, and the probability a best candidate must reach to be named."""

    weights: tuple[float, ...]
    bias: float
    threshold: float

    def probability(self, features: Sequence[float]) -> float:
        z = self.bias + sum(w * x for w, x in zip(self.weights, features, strict=True))
        return 1.0 / (1.0 + math.exp(-z))


@lru_cache(maxsize=1)
def load_model() -> SpeakerModel | None:
    """The fitted model from `speaker_model.json`, or None when the file is absent (the fallback is then off).

    Raises ValueError when the file's features are not `FEATURES` (weights fitted for another feature set)."""
    try:
        raw = resources.files("alliance_monitor.ingest").joinpath("speaker_model.json").read_text(encoding="utf-8")
    except FileNotFoundError:
        return None
    data: dict[str, Any] = json.loads(raw)
    if tuple(data["features"]) != FEATURES:
        raise ValueError("speaker_model.json: its features are not speaker_model.FEATURES; refit it with "
                         "benchmarks/train_speaker_model.py")
    return SpeakerModel(tuple(float(w) for w in data["weights"]), float(data["bias"]), float(data["threshold"]))


def _paragraph_of(paragraphs: Sequence[tuple[int, int]], pos: int) -> int | None:
    for i, (s, e) in enumerate(paragraphs):
        if s <= pos < e:
            return i
    return None


def _sentence_around(masked: str, start: int, end: int, p_start: int, p_end: int) -> tuple[int, int]:
    """The sentence of [start, end) within its paragraph [p_start, p_end), by full stops in the masked text."""
    left = p_start
    for m in _STOP.finditer(masked, p_start, start):
        left = m.end()
    right_match = _STOP.search(masked, end, p_end)
    return left, right_match.end() if right_match else p_end


def _is_name_line(text: str, masked: str, start: int, end: int) -> bool:
    """A short paragraph with no quotation that ends without a full stop, or with a colon or dash: a line naming
    who speaks next ("Anna Leik, 41, florist:", «Свен Линд, 67 лет, пенсионер»)."""
    line = text[start:end].strip()
    return 0 < len(line) <= _NAME_LINE_LENGTH and masked[start:end] == text[start:end] and bool(
        _NAME_LINE_END.search(line))


@dataclass(frozen=True)
class SpeakerCandidate:
    """An actor near a quote: its id or stub key, its mention nearest the quote, and its `FEATURES` vector."""

    actor: str
    mention: Mention
    features: list[float]


def speakers_by_paragraph(quotes: Sequence[DraftQuote]) -> dict[int, set[str]]:
    """Paragraph index -> the speakers the rules gave its quotes (terms and this model's own guesses left out)."""
    out: dict[int, set[str]] = {}
    for dq in quotes:
        if not dq.is_term and dq.attribution is not None and dq.attribution.rule != RULE:
            out.setdefault(dq.quotation.paragraph, set()).update(dq.attribution.speakers)
    return out


def candidates_for(text: str, masked: str, paragraphs: Sequence[tuple[int, int]], cast: Cast, dq: DraftQuote,
                   ruled: dict[int, set[str]]) -> list[SpeakerCandidate]:
    """The candidates of one drafted quote (`candidate_features`); `ruled` is `speakers_by_paragraph` of the
    article's quotes. An actor is another quote's speaker (`speaker_nearby`) when the rules gave it a quote of this
    paragraph or a paragraph beside it and not this one: so a training row of a quote the rules attributed reads as
    a quote no rule spoke for would. (Counting the quote's own speaker when another quote has it too was tried and
    did worse leave-one-batch-out: 14 quotes net against 19 on this checkout's unattributed quotes, 65 against 73
    on those unattributed at scoring.)"""
    p = dq.quotation.paragraph
    nearby = set().union(*(ruled.get(i, set()) for i in (p - 1, p, p + 1)))
    if dq.attribution is not None:
        nearby -= set(dq.attribution.speakers)
    return candidate_features(text, masked, paragraphs, cast, dq.quotation.open_pos, dq.quotation.close_pos + 1, p,
                              dq.context, nearby)


def candidate_features(text: str, masked: str, paragraphs: Sequence[tuple[int, int]], cast: Cast,
                       quote_start: int, quote_end: int, quote_paragraph: int, sentence: tuple[int, int],
                       speakers_nearby: set[str]) -> list[SpeakerCandidate]:
    """A `SpeakerCandidate` for every actor the page names (or a pronoun or description resolves to) from two
    paragraphs before the quote's to the one after, in the order of their nearest mentions. `quote_start` and
    `quote_end`: the quote's marks; `sentence`: the quote's sentence span; `speakers_nearby`: the actors the rules
    gave the other quotes of its paragraph and the paragraphs beside it, and not this one (`candidates_for`).
    Offsets are character offsets in `text`."""
    first = max(0, quote_paragraph - 2)
    last = min(len(paragraphs) - 1, quote_paragraph + 1)
    window = cast.between(paragraphs[first][0], paragraphs[last][1])
    nearest: dict[str, Mention] = {}
    by_actor_positions: list[tuple[int, str]] = []
    for m in window:
        actor = m.actor if m.kind in ("name", "new_name") else cast.resolve(m)
        if not actor:
            continue
        by_actor_positions.append((m.start, actor))
        best = nearest.get(actor)
        if best is None or _gap(m, quote_start, quote_end) < _gap(best, quote_start, quote_end):
            nearest[actor] = m
    if not nearest:
        return []
    counts: dict[str, int] = {}
    for m in cast.mentions:
        if m.actor:
            counts[m.actor] = counts.get(m.actor, 0) + 1
    q_start_p, _ = paragraphs[quote_paragraph]
    quote_opens = bool(_QUOTE_LEAD.fullmatch(text, q_start_p, quote_start))
    russian = 1.0 if _CYRILLIC.search(text, quote_start, quote_end) else 0.0
    out: list[SpeakerCandidate] = []
    for actor, m in sorted(nearest.items(), key=lambda kv: kv[1].start):
        p = _paragraph_of(paragraphs, m.start)
        if p is None:
            continue
        p_start, p_end = paragraphs[p]
        before = m.end <= quote_start
        in_sentence = sentence[0] <= m.start < sentence[1]
        same_paragraph = p == quote_paragraph and not in_sentence
        lead = len(text[p_start:p_end]) - len(text[p_start:p_end].lstrip(" \t\u00a0-—–•*0123456789."))
        opens = m.start == p_start + lead
        name_line = p != quote_paragraph and _is_name_line(text, masked, p_start, p_end)
        s_start, s_end = _sentence_around(masked, m.start, m.end, p_start, p_end)
        lo, hi = (m.end, quote_start) if before else (quote_end, m.start)
        others = {a for pos, a in by_actor_positions if lo <= pos < hi and a != actor}
        kind = cast.candidates.get(actor) or cast.stubs.get(actor)
        is_org = kind is not None and kind.kind == "organisation"
        out.append(SpeakerCandidate(actor, m, [
            float(in_sentence and before), float(in_sentence and not before),
            float(same_paragraph and before), float(same_paragraph and not before),
            float(p == quote_paragraph - 1), float(p == quote_paragraph - 2), float(p == quote_paragraph + 1),
            math.log1p(_gap(m, quote_start, quote_end)) / 10, min(len(others), 3) / 3, float(opens),
            float(name_line), float(name_line and opens and p == quote_paragraph - 1),
            float(quote_opens), float(someone_says(masked[s_start:s_end])),
            float(masked[m.end:m.end + 1] == ","),
            float(m.kind == "name" and not is_org), float(m.kind == "new_name" and not is_org), float(is_org),
            float(m.kind == "pronoun"), float(m.kind == "descriptor"),
            math.log1p(counts.get(actor, 0)) / 3, float(actor in speakers_nearby), 0.0, russian,
        ]))
    n = math.log(len(out)) / 3 if out else 0.0
    for candidate in out:
        candidate.features[FEATURES.index("log_candidates")] = n
    return out


def _gap(m: Mention, quote_start: int, quote_end: int) -> int:
    """Characters between a mention and the quote (0 when they touch or overlap)."""
    if m.end <= quote_start:
        return quote_start - m.end
    if m.start >= quote_end:
        return m.start - quote_end
    return 0


def best_candidate(model: SpeakerModel,
                   candidates: Sequence[SpeakerCandidate]) -> tuple[SpeakerCandidate, float] | None:
    """The candidate of highest probability and that probability, if it reaches the model's threshold (the first
    on the page of two equal ones)."""
    if not candidates:
        return None
    best = max(candidates, key=lambda c: model.probability(c.features))
    p = model.probability(best.features)
    return (best, p) if p >= model.threshold else None


def modelled_attribution(model: SpeakerModel, candidates: Sequence[SpeakerCandidate]) -> Attribution | None:
    """The model's speaker as an attribution at low confidence (its basis the candidate's nearest mention, its note
    the probability), or None when no candidate reaches the threshold."""
    found = best_candidate(model, candidates)
    if found is None:
        return None
    candidate, p = found
    return Attribution([candidate.actor], CONFIDENCE, " ".join(candidate.mention.text.split()), RULE,
                       f"the speaker model's probability {p:.2f}")


def name_unattributed(text: str, masked: str, paragraphs: Sequence[tuple[int, int]], cast: Cast,
                      quotes: Sequence[DraftQuote], model: SpeakerModel) -> None:
    """Give each quote no rule spoke for (attribution None; not a term) the model's speaker, where one reaches the
    threshold. Runs after every rule and fallback; its guesses are no other quote's neighbours."""
    ruled = speakers_by_paragraph(quotes)
    for dq in quotes:
        if not dq.is_term and dq.attribution is None:
            dq.attribution = modelled_attribution(model, candidates_for(text, masked, paragraphs, cast, dq, ruled))
