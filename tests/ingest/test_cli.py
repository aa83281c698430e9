"""ingest, promote and evaluate end to end, on temporary copies of the project (data/ and seeds/)."""

from __future__ import annotations

import hashlib
import json
import os
import shutil
import subprocess
import sys
from pathlib import Path

import pytest
import yaml

from alliance_monitor.ingest.draft import IngestError, ingest_article
from alliance_monitor.ingest.evaluate import evaluate
from alliance_monitor.ingest.promote import PromoteError, promote
from alliance_monitor.validate import validate

ROOT = Path(__file__).resolve().parents[2]
SEEDS = sorted((ROOT / "seeds").glob("*.txt"))

ARTICLE = """\
23 November 2023
Share

Vienna weighs its options

by Anna Berger

Austria's foreign minister said the region had 'moved on for good'. The Kremlin disagrees.

Vienna (Danube Wire) - Austrian Foreign Minister Karl Hofer said on Thursday that "the treaty has not worked \
for anyone in the hour of need", in an interview with a local channel. "We will look for other partners," he added.

According to Kazakh political scientist Gaziz Abishev, "Vienna is testing the patience of every neighbour."

Subscribe to our newsletter
"""


def run_cli(*args: str, cwd: Path = ROOT) -> subprocess.CompletedProcess[str]:
    env = {k: v for k, v in os.environ.items() if k != "ALLIANCE_MONITOR_DATA"}
    return subprocess.run([sys.executable, "-m", "alliance_monitor", *args], cwd=cwd, capture_output=True,
                          text=True, timeout=120, env=env)


@pytest.fixture
def project(tmp_path: Path) -> Path:
    """A copy of the project's data/ and seeds/ (the layout the commands expect)."""
    shutil.copytree(ROOT / "data", tmp_path / "data")
    shutil.copytree(ROOT / "seeds", tmp_path / "seeds")
    return tmp_path


def snapshot(folder: Path) -> dict[str, bytes]:
    return {p.name: p.read_bytes() for p in sorted(folder.glob("*.yaml"))}


@pytest.mark.parametrize("seed", SEEDS, ids=[s.stem for s in SEEDS])
def test_ingest_each_seed_writes_seed_and_draft_and_refuses_to_overwrite(project: Path, seed: Path) -> None:
    article = project / "incoming" / "article.txt"
    article.parent.mkdir()
    shutil.copyfile(seed, article)
    before = snapshot(project / "data")
    result = run_cli("ingest", str(article), str(project / "data"), "--source-id", "fresh-copy",
                     "--url", "https://example.org/a")
    assert result.returncode == 0, result.stderr
    copy = project / "seeds" / "fresh-copy.txt"
    assert copy.read_bytes() == seed.read_bytes()
    draft = yaml.safe_load((project / "data" / "drafts" / "fresh-copy.yaml").read_text(encoding="utf-8"))
    assert draft["source"]["sha256"] == hashlib.sha256(seed.read_bytes()).hexdigest()
    assert draft["source"]["seed_file"] == "seeds/fresh-copy.txt"
    assert any(w["kind"] == "already_curated" for w in draft["review"]["warnings"])
    assert snapshot(project / "data") == before  # curated files untouched

    # a second ingest refuses to replace the draft; another article refuses to replace the seed
    draft_bytes = (project / "data" / "drafts" / "fresh-copy.yaml").read_bytes()
    again = run_cli("ingest", str(article), str(project / "data"), "--source-id", "fresh-copy")
    assert again.returncode == 1 and "already exists: pass --force" in again.stderr
    assert (project / "data" / "drafts" / "fresh-copy.yaml").read_bytes() == draft_bytes
    other = project / "incoming" / "other.txt"
    other.write_text("Another title\n\nA different article entirely, with enough words to be a paragraph.\n",
                     encoding="utf-8")
    with pytest.raises(IngestError, match="already exists with other bytes"):
        ingest_article(other, project / "data", source_id="fresh-copy", force=False)
    assert copy.read_bytes() == seed.read_bytes()
    # the seed of a curated source is never replaced, even with --force
    with pytest.raises(IngestError, match="seed of curated source"):
        ingest_article(other, project / "data", source_id=seed.stem, force=True)
    assert seed.read_bytes() == (project / "seeds" / seed.name).read_bytes()


def test_ingest_reports_unreadable_articles(project: Path) -> None:
    bad = project / "latin1.txt"
    bad.write_bytes(b"Title\n\nCaf\xe9 society\n")
    result = run_cli("ingest", str(bad), str(project / "data"))
    assert result.returncode == 1 and "latin1.txt:3: not valid UTF-8" in result.stderr
    assert not (project / "data" / "drafts").exists()
    with pytest.raises(IngestError, match="--url"):
        ingest_article(bad, project / "data", url="not a url")


def ingest_invented(project: Path) -> Path:
    article = project / "article.txt"
    article.write_text(ARTICLE, encoding="utf-8")
    result = run_cli("ingest", str(article), str(project / "data"), "--url", "https://example.org/vienna",
                     "--source-id", "danube-2023-vienna")
    assert result.returncode == 0, result.stderr
    return project / "data" / "drafts" / "danube-2023-vienna.yaml"


def test_draft_of_an_invented_article(project: Path) -> None:
    draft = yaml.safe_load(ingest_invented(project).read_text(encoding="utf-8"))
    quotes = {q["text"]: q for q in draft["quotes"]}
    assert quotes["moved on for good"]["speakers"] == ["hofer"]  # the standfirst's descriptor, named later
    assert quotes["We will look for other partners,"]["attribution"] == {"confidence": "medium",
                                                                          "basis": "he added"}
    assert quotes["Vienna is testing the patience of every neighbour."]["speakers"] == ["abishev"]
    assert [a["id"] for a in draft["actors"]] == ["hofer", "berger"]
    assert draft["actors"][0]["nationality"] == "AUT" and draft["source"]["author"] == "berger"
    assert [c["kind"] for c in draft["source"]["chrome"]] == ["printed_date", "share_links", "byline",
                                                              "subscription"]
    assert {c["iso3"] for c in draft["countries"]} == {"AUT", "RUS", "KAZ"}


def test_promote_merges_a_draft_and_the_data_validates(project: Path) -> None:
    draft = ingest_invented(project)
    before = snapshot(project / "data")
    result = run_cli("promote", str(draft))  # the data folder is the draft's
    assert result.returncode == 0, result.stdout + result.stderr
    assert "added to quotes.yaml" in result.stdout
    report = validate(project / "data")
    assert report.ok and report.dataset is not None
    assert "danube-2023-vienna" in report.dataset.source_by_id
    assert {"hofer", "berger"} <= set(report.dataset.actor_by_id)
    after = snapshot(project / "data")
    assert after["signals.yaml"] == before["signals.yaml"]
    assert after["quotes.yaml"].startswith(before["quotes.yaml"])  # appended, nothing rewritten
    assert not draft.exists() and (draft.parent / "promoted" / draft.name).exists()
    assert run_cli("fmt", "--check", str(project / "data")).returncode == 0


def test_promote_with_a_broken_draft_changes_nothing(project: Path) -> None:
    draft = ingest_invented(project)
    before = snapshot(project / "data")
    text = draft.read_text(encoding="utf-8")
    broken = text.replace("  speakers:\n  - abishev\n", "  speakers:\n  - nobody-known\n")
    assert broken != text
    draft.write_text(broken, encoding="utf-8")
    result = run_cli("promote", str(draft), str(project / "data"))
    assert result.returncode == 1 and "nothing was changed" in result.stderr
    line = broken.splitlines().index("  - nobody-known") + 1
    assert f"danube-2023-vienna.yaml:{line}: q-abishev-vienna-testing-patience-every.speakers[0]: unknown actor" \
        in result.stdout
    assert snapshot(project / "data") == before and draft.exists()

    # a schema problem names the draft's line too, before anything is merged
    draft.write_text(text.replace("url: https://example.org/vienna", "url: null"), encoding="utf-8")
    with pytest.raises(PromoteError) as err:
        promote(draft, project / "data")
    assert any(".yaml:" in p and "source.danube-2023-vienna.url" in p for p in err.value.problems)
    assert snapshot(project / "data") == before

    # a curated record is never overwritten
    draft.write_text(text.replace("id: hofer", "id: tokayev").replace("- hofer", "- tokayev"), encoding="utf-8")
    with pytest.raises(PromoteError, match="problem"):
        promote(draft, project / "data")
    assert snapshot(project / "data") == before


def test_interrupted_promotion_leaves_the_curated_files_intact(project: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    draft = ingest_invented(project)
    before = snapshot(project / "data")
    real_replace = os.replace
    calls: list[str] = []

    def failing_replace(src: str, dst: str) -> None:
        calls.append(str(dst))
        if len(calls) == 2:
            raise OSError("disk full")
        real_replace(src, dst)

    # (promote's own name for os.replace, by its path: the module does not export `os`)
    monkeypatch.setattr("alliance_monitor.ingest.promote.os.replace", failing_replace)
    with pytest.raises(OSError, match="disk full"):
        promote(draft, project / "data")
    monkeypatch.undo()
    assert len(calls) == 3  # one file replaced, the second rename failed, the first file restored
    assert snapshot(project / "data") == before
    assert not [p for p in (project / "data").iterdir() if p.name.endswith(".tmp")]
    assert validate(project / "data").ok


def test_interrupted_draft_write_keeps_the_old_draft(project: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    draft = ingest_invented(project)
    old = draft.read_bytes()

    def broken_fsync(fd: int) -> None:
        raise OSError("power cut")

    monkeypatch.setattr(os, "fsync", broken_fsync)
    with pytest.raises(OSError, match="power cut"):
        ingest_article(project / "article.txt", project / "data", source_id="danube-2023-vienna", force=True)
    monkeypatch.undo()
    assert draft.read_bytes() == old
    assert not [p for p in draft.parent.iterdir() if p.name.endswith(".tmp")]


def test_evaluate_meets_the_targets_on_both_seeds() -> None:
    scores = evaluate(ROOT / "data")
    assert len(scores) == 2
    for s in scores:
        assert s.recall == 1.0, s.missed_quotes
        assert s.speaker_accuracy >= 0.9, s.wrong_speakers
        assert s.chrome_let_through == 0, s.chrome_missed + s.chrome_leaks
        assert s.printed_date_right and s.terms_right == s.terms
    conflict = next(s for s in scores if s.printed_date == "07/02/2019 17:28")
    assert any(w.startswith("date_conflict") for w in conflict.date_warnings)


def test_evaluate_command() -> None:
    result = run_cli("evaluate")
    assert result.returncode == 0, result.stdout + result.stderr
    assert "| all | 18 | 18 | 18 | 100% |" in result.stdout and "met on 2 source(s)" in result.stdout
    scores = json.loads(run_cli("evaluate", "--json").stdout)
    assert all(s["meets_targets"] for s in scores)


@pytest.mark.parametrize("newline", ["\n", "\r\n"])
def test_every_drafted_span_is_verbatim_whatever_the_line_endings(newline: str) -> None:
    from alliance_monitor.ingest.draft import build_draft, load_known

    text = "\ufeff" + ARTICLE.replace("\n", newline)
    draft = build_draft(text, text.encode("utf-8"), load_known(ROOT / "data"), url="https://example.org/v")
    source = draft.document["source"]
    assert source["title"] == "Vienna weighs its options"
    spans = [source["printed_date"], *source["chrome"], *source.get("author_terms", [])]
    spans += [q["context"] for q in draft.document["quotes"]] + draft.document["quotes"]
    for span in spans:
        assert text[span["start"]:span["end"]] == span["text"]
    assert len(draft.document["quotes"]) == 4
