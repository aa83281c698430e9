"""The draft's confidence in a quote's speakers means what it says: a speaker carried over from an earlier quotation
or sentence is low (the review list asks the curator to check it), and `evaluate` reports how often the speakers
are right at each confidence and how many wrong ones the review list does not flag."""

from __future__ import annotations

import re
import subprocess
import sys
from pathlib import Path

import pytest

from alliance_monitor.ingest.draft import Known, build_draft
from alliance_monitor.ingest.evaluate import (
    CorpusTotals,
    corpus_totals,
    evaluate_corpus,
    format_corpus_report,
    format_speaker_confidence,
)
from alliance_monitor.ingest.quotes import CARRIED_CONFIDENCE


def attributions(text: str) -> list[tuple[str, str, list[str]]]:
    """(rule, confidence, speaker ids) of each drafted quote, and the draft's warnings checked against them."""
    d = build_draft(text, text.encode(), Known())
    out = []
    for q in d.quotes:
        assert q.attribution is not None, q.text
        out.append((q.attribution.rule, q.attribution.confidence, d.speakers_of(q)))
    flagged = [w for w in d.warnings if w["kind"] == "low_confidence"]
    assert len(flagged) == sum(1 for _, confidence, _ in out if confidence == "low")
    return out


@pytest.mark.parametrize(("text", "rule"), [
    ('Maria Lopez said "the offer stands until the end of May". "Nobody should doubt our resolve."',
     "previous sentence"),
    ('Jan Novak said "we will wait and see" and that "what comes next depends on Madrid".',
     "same sentence as the previous quotation"),
    ('Jan Novak told reporters after the vote that the talks would go on. "We will wait and see what Madrid does '
     'next."', "the sentence before: speaker, verb"),
    ('Novak said "the first point is settled". It rained all day. Nothing moved. "A long quotation that nobody is '
     'said to have said here."', "earlier in the paragraph"),
])
def test_a_speaker_carried_over_is_low_and_flagged_for_review(text: str, rule: str) -> None:
    found = attributions(text)
    assert found[-1][0] == rule and found[-1][2] == [found[-1][2][0]]
    assert found[-1][1] == CARRIED_CONFIDENCE == "low"


@pytest.mark.parametrize("text", [
    '"We will wait and see what Madrid does next," Jan Novak said.',
    'Maria Lopez said "the offer stands until the end of May".',
])
def test_a_speaker_in_the_quotes_own_sentence_stays_high_and_unflagged(text: str) -> None:
    assert [confidence for _, confidence, _ in attributions(text)] == ["high"]


def write_pair(folder: Path, name: str, article: str, gold: str) -> None:
    (folder / f"{name}.txt").write_text(article, encoding="utf-8")
    (folder / f"{name}.gold.yaml").write_text(gold, encoding="utf-8")


def test_evaluate_counts_speakers_by_confidence_and_the_wrong_ones_left_unflagged(tmp_path: Path) -> None:
    # a: the second quote is carried over (low) and wrong: flagged, so a curator sees it
    write_pair(tmp_path, "a", 'Pact holds\n\nMaria Lopez said "the offer stands until the end of May". '
               '"Nobody should doubt our resolve."\n',
               'title: Pact holds\npublisher: null\ndate: null\ndateline: null\nquotes:\n'
               '- text: the offer stands until the end of May\n  speakers: [Maria Lopez]\n'
               '- text: Nobody should doubt our resolve.\n  speakers: [Ivo Marant]\n')
    # b: a wrong speaker at high: not flagged, the misattribution a curator would publish
    write_pair(tmp_path, "b", 'Talks go on\n\n"We will wait and see what Madrid does next," Jan Novak said.\n',
               'title: Talks go on\npublisher: null\ndate: null\ndateline: null\nquotes:\n'
               '- text: We will wait and see what Madrid does next,\n  speakers: [Ana Brel]\n')
    scores = evaluate_corpus(tmp_path)
    assert [s.speaker_checks for s in scores] == [[("high", True), ("low", False)], [("high", False)]]
    totals = corpus_totals(scores)
    assert totals.speakers_by_confidence == {"high": (1, 2), "medium": (0, 0), "low": (0, 1), "none found": (0, 0)}
    assert totals.unflagged_wrong_speakers == 1
    report = format_corpus_report(scores)
    assert ("Speakers by the draft's confidence: high 1/2 (50%), medium 0/0, low 0/1 (0%), none found 0/0 right; "
            "wrong but not flagged for review: 1.") in report
    assert ("b: speaker: 'We will wait and see what Madrid does ne' drafted ['Jan Novak'], gold ['Ana Brel'] "
            "(at high, not flagged for review)") in report
    assert "a: speaker: 'Nobody should doubt our resolve.' drafted ['Maria Lopez'], gold ['Ivo Marant']\n" in report


@pytest.mark.parametrize(("by_confidence", "unflagged"), [
    ({}, 0),
    ({"high": (10, 10), "medium": (5, 5), "low": (0, 4), "none found": (0, 3)}, 0),
    ({"high": (8, 10), "medium": (4, 5), "low": (0, 4), "none found": (0, 3)}, 3),
    ({"high": (0, 0), "medium": (0, 2), "low": (1, 1), "none found": (2, 2)}, 2),
])
def test_only_wrong_speakers_at_high_or_medium_are_unflagged(by_confidence: dict[str, tuple[int, int]],
                                                              unflagged: int) -> None:
    totals = CorpusTotals(1, 1.0, 1.0, 1.0, 0, 1.0, 1.0, 1.0, 1.0, 0, by_confidence)
    assert totals.unflagged_wrong_speakers == unflagged
    assert format_speaker_confidence(totals).endswith(f"wrong but not flagged for review: {unflagged}")


BENCHMARK = Path(__file__).resolve().parents[2] / "benchmarks" / "speaker_rules.py"
FRESH = Path(__file__).resolve().parents[1] / "fixtures" / "ingest_eval"


def test_the_rules_benchmark_judges_as_evaluate_does() -> None:
    done = subprocess.run([sys.executable, str(BENCHMARK), str(FRESH / "fresh27")], capture_output=True, text=True,
                          check=True, timeout=300)
    totals = corpus_totals(evaluate_corpus(FRESH / "fresh27"))
    for label, (right, judged) in totals.speakers_by_confidence.items():
        assert re.search(rf"^{label}: {right}/{judged} right", done.stdout, re.M), (label, done.stdout)
    assert "| high | before: speaker, speech verb |" in done.stdout


def test_the_rules_benchmark_drafts_a_scored_batch_with_the_engine_that_scored_it() -> None:
    shallow = subprocess.run(["git", "rev-parse", "--is-shallow-repository"], cwd=BENCHMARK.parent,
                             capture_output=True, text=True, check=True).stdout.strip()
    if shallow == "true":
        pytest.skip("--at-scoring needs the git history, and this clone is shallow")
    done = subprocess.run([sys.executable, str(BENCHMARK), "--at-scoring", "--first", "29"], capture_output=True,
                          text=True, check=True, timeout=300)
    # fresh29 was scored by e16658b at 80/99; a round after it would not change what that engine drafts
    assert "fresh29 at e16658b: speakers 80/99 = 80.8% (its scored file: 80.8%)" in done.stderr
    assert re.search(r"^medium: \d+/\d+ right", done.stdout, re.M)
