"""The curation workbench's engine (alliance_monitor.ingest.workbench), on a copy of data/ and seeds/."""

from __future__ import annotations

import os
import shutil
from pathlib import Path

import pytest

from alliance_monitor.ingest import workbench as wb
from alliance_monitor.ingest.promote import PromoteError, promote
from tests.conftest import REAL_DATA

ARTICLE = Path(__file__).resolve().parents[1] / "fixtures" / "curate" / "article.txt"


@pytest.fixture
def data_copy(tmp_path: Path) -> Path:
    shutil.copytree(REAL_DATA, tmp_path / "data")
    shutil.copytree(REAL_DATA.parent / "seeds", tmp_path / "seeds")
    return tmp_path / "data"


@pytest.fixture
def bench(data_copy: Path) -> wb.Workbench:
    path = wb.create_draft(data_copy, ARTICLE.read_text(encoding="utf-8"), url="https://example.org/a")
    return wb.Workbench.open(path, data_copy)


def test_html_is_reduced_to_text_never_kept_as_markup() -> None:
    page = (b"<html><head><title>T</title><script>alert('x')</script><style>p{}</style></head><body>"
            b"<nav>Home | World</nav><h1>Bishkek &amp; the alliance</h1><p>He said &ldquo;no&rdquo;.<br>Next</p>"
            b"<p onclick='evil()'>Second <b>para</b></p></body></html>")
    text = wb.article_text("page.html", page)
    assert text == "Bishkek & the alliance\n\nHe said \u201cno\u201d.\n\nNext\n\nSecond para\n"
    assert "<" not in text and "alert" not in text and "Home" not in text


def test_article_limits_and_encodings() -> None:
    with pytest.raises(wb.WorkbenchError, match="limited to 1,000,000 bytes"):
        wb.article_text("big.txt", b"a" * (wb.MAX_UPLOAD_BYTES + 1))
    with pytest.raises(wb.WorkbenchError, match="not UTF-8"):
        wb.article_text("latin1.txt", "café".encode("latin-1"))
    with pytest.raises(wb.WorkbenchError, match="empty"):
        wb.article_text("blank.txt", b"  \n")
    assert wb.article_text("bom.txt", "\ufeffText\r\n".encode()) == "Text\n"


def test_a_stale_save_is_refused_and_the_file_keeps_the_other_save(bench: wb.Workbench, data_copy: Path) -> None:
    other = wb.Workbench.open(bench.path, data_copy)
    first = bench.doc["quotes"][0]["id"]
    bench.accept(first)
    assert bench.save() == 2
    other.reject(first)
    with pytest.raises(wb.StaleDraft, match="revision 1 -> 2"):
        other.save()
    assert wb.read_draft(bench.path)["draft"]["decisions"] == {first: "accepted"}


def test_a_crash_during_a_save_leaves_the_previous_revision(bench: wb.Workbench,
                                                            monkeypatch: pytest.MonkeyPatch) -> None:
    before = bench.path.read_bytes()
    bench.accept(bench.doc["quotes"][0]["id"])

    def crash(*_: object) -> None:
        raise OSError("disk gone")

    monkeypatch.setattr(os, "replace", crash)
    with pytest.raises(OSError):
        bench.save()
    monkeypatch.undo()
    assert bench.path.read_bytes() == before
    assert [p.name for p in bench.path.parent.iterdir() if p.name.endswith(".tmp")] == []


def test_actors_are_found_by_any_spelling(bench: wb.Workbench, data_copy: Path) -> None:
    choices = wb.actor_choices(data_copy, bench.doc)
    for spelling in ("Токаев", "tokaev", "TOKAYEV", "Kassym-Jomart"):
        assert "tokayev" in [c.id for c in wb.find_actors(choices, spelling)], spelling
    assert wb.find_actors(choices, "") == []


def test_promote_waits_for_every_decision_then_merges(bench: wb.Workbench, data_copy: Path) -> None:
    with pytest.raises(wb.WorkbenchError, match="still to review"):
        bench.promote()
    for q in list(bench.doc["quotes"]):
        (bench.reject if q["text"].startswith("A common budget") else bench.accept)(q["id"])
    bench.set_speakers(bench.doc["quotes"][0]["id"], ["tokayev"])
    bench.save()
    assert bench.problems() == []
    assert [a["id"] for a in bench.doc["draft"]["parked_actors"]] != [] or bench.doc["actors"] == []
    result = bench.promote()
    assert len(result.added["quotes"]) == 5


def test_problems_are_filed_beside_their_record(bench: wb.Workbench) -> None:
    bench.set_source({"url": "not a url"})
    sid = bench.add_signal(quote=bench.doc["quotes"][0]["id"], state="KAZ", actor=None, dimension="no_such_dim",
                           direction=1, strength=2, confidence="high", rationale="Why.")
    bench.save()
    problems = bench.problems()
    assert problems
    ids = [bench.source_id, sid] + [q["id"] for q in bench.doc["quotes"]]
    by_record, _ = wb.problems_by_record(problems, ids)
    assert any("url" in p for p in by_record[bench.source_id]), problems
    with pytest.raises(PromoteError):
        promote(bench.path, bench.data_dir)
