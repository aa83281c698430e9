"""The speaker model (ingest/speaker_model.py): a learned fallback for the quotes no rule gave a speaker, fitted by
benchmarks/train_speaker_model.py on the development corpora only. The pages here are made up; the street poll is the
form that two clean batches (fresh30's f3017, fresh33's f3316) had and no rule read."""

from __future__ import annotations

import json
import math
import sys
from pathlib import Path

import pytest

from alliance_monitor.ingest.draft import Draft, Known, build_draft
from alliance_monitor.ingest.speaker_model import (
    CONFIDENCE,
    FEATURES,
    RULE,
    SpeakerModel,
    best_candidate,
    candidates_for,
    load_model,
    speakers_by_paragraph,
)
from tests.ingest import drafting
from tests.ingest.drafting import EN, RU, attributions

ROOT = Path(__file__).resolve().parents[2]
MODEL_FILE = ROOT / "alliance_monitor" / "ingest" / "speaker_model.json"

STREET_POLL_RU = RU + (
    "Мы спросили жителей Корсхольма, что они думают о новом доке.\n\n"
    "Анна Лейк, 41 год, продавец цветов:\n"
    "— «Док — это работа. Мой сын ездит на заработки в другой город, пусть лучше работает дома».\n\n"
    "Геннадий Пылаев, 67 лет, пенсионер:\n"
    "— «Я на этой верфи сорок лет варил корпуса, и ничего страшного в военных заказах нет».\n"
)
STREET_POLL_EN = EN + (
    "We asked people on the quay what they think of the new dock.\n\n"
    "Anna Leik, 41, florist\n"
    "\"The dock is work. My son travels to another town for a job, and he should work at home.\"\n\n"
    "Gennady Pylaev, 67, retired welder\n"
    "\"I welded hulls at this yard for forty years, and military orders never frightened anyone.\"\n"
)


def draft(text: str) -> Draft:
    """The draft as ingest makes it, the speaker model on."""
    return drafting.draft(text, learned_fallback=True)


def test_the_model_file_is_the_features_fitted_on_development_data_only() -> None:
    model = load_model()
    assert model is not None and len(model.weights) == len(FEATURES)
    assert all(math.isfinite(w) for w in (*model.weights, model.bias)) and 0 < model.threshold < 1
    data = json.loads(MODEL_FILE.read_text(encoding="utf-8"))
    sys.path.insert(0, str(ROOT / "benchmarks"))
    try:
        from train_speaker_model import development_folders
    finally:
        sys.path.remove(str(ROOT / "benchmarks"))
    # fitted on exactly the development folders of this checkout: no held-out batch, none left out since scored
    assert data["trained_on"] == [f.name for f in development_folders()]
    assert "fresh34" not in data["trained_on"]


@pytest.mark.parametrize(("page", "names"), [
    (STREET_POLL_RU, [["Анна Лейк"], ["Геннадий Пылаев"]]),
    (STREET_POLL_EN, [["Anna Leik"], ["Gennady Pylaev"]]),
])
def test_a_street_poll_s_name_line_names_the_quote_under_it(page: str, names: list[list[str]]) -> None:
    found = attributions(draft(page))
    assert [speakers for _, speakers, _, _ in found] == names
    assert all((rule, confidence) == (RULE, CONFIDENCE) for _, _, rule, confidence in found)


def test_without_the_model_the_rules_leave_those_quotes_unattributed() -> None:
    rules_only = build_draft(STREET_POLL_RU, STREET_POLL_RU.encode(), Known(), learned_fallback=False)
    assert [q.attribution for q in rules_only.quotes if not q.is_term] == [None, None]


def test_the_review_list_gives_the_model_s_probability() -> None:
    d = draft(STREET_POLL_EN)
    notes = d.document["review"]["attributions"]
    assert notes and all(n["rule"] == RULE and n["note"].startswith("the speaker model's probability 0.")
                         for n in notes)


def test_a_quote_a_rule_attributed_keeps_the_rule_s_speaker() -> None:
    page = EN + ("Anna Leik, 41, florist\n"
                 "\"The dock is work, and my son should work at home,\" said Gennady Pylaev, a retired welder.\n")
    _, speakers, rule, _ = attributions(draft(page))[0]
    assert speakers == ["Gennady Pylaev"] and rule != RULE  # the name line above is the model's first choice


def test_a_quote_with_no_one_named_near_it_stays_unattributed() -> None:
    page = EN + ("The harbour was quiet on Monday.\n\n"
                 "A sign on the gate read \"Closed for the winter, see you in spring\" in faded paint.\n")
    assert all(rule != RULE for _, _, rule, _ in attributions(draft(page)))


def test_the_model_s_guesses_are_no_other_quote_s_neighbours() -> None:
    d = draft(STREET_POLL_EN)
    assert speakers_by_paragraph(d.quotes) == {}  # both quotes are the model's: neither is a rule's answer


def test_candidates_describe_the_page_s_structure() -> None:
    d = build_draft(STREET_POLL_EN, STREET_POLL_EN.encode(), Known(), learned_fallback=False)
    spans = [(p.start, p.end) for p in d.layout.paragraphs]
    quote = next(q for q in d.quotes if not q.is_term)
    found = {c.mention.text: dict(zip(FEATURES, c.features, strict=True))
             for c in candidates_for(STREET_POLL_EN, d.masked, spans, d.cast, quote, speakers_by_paragraph(d.quotes))}
    leik = found["Anna Leik"]
    assert (leik["paragraph_before"], leik["name_line"], leik["name_line_over_quote"], leik["opens_its_paragraph"],
            leik["comma_after"], leik["quote_opens_paragraph"]) == (1, 1, 1, 1, 1, 1)
    assert leik["same_sentence_before"] == leik["paragraph_after"] == 0
    pylaev = found["Gennady Pylaev"]
    assert (pylaev["paragraph_after"], pylaev["name_line_over_quote"]) == (1, 0)


def test_the_threshold_decides_and_the_first_of_equals_wins() -> None:
    d = build_draft(STREET_POLL_EN, STREET_POLL_EN.encode(), Known(), learned_fallback=False)
    spans = [(p.start, p.end) for p in d.layout.paragraphs]
    quote = next(q for q in d.quotes if not q.is_term)
    candidates = candidates_for(STREET_POLL_EN, d.masked, spans, d.cast, quote, {})
    never = SpeakerModel(tuple(0.0 for _ in FEATURES), 0.0, 0.51)
    assert best_candidate(never, candidates) is None  # every probability is 0.5
    always = SpeakerModel(tuple(0.0 for _ in FEATURES), 0.0, 0.5)
    found = best_candidate(always, candidates)
    assert found is not None and found[0].mention.text == "Anna Leik" and found[1] == 0.5

