"""The curation workbench's engine (alliance_monitor.ingest.workbench), on a copy of data/ and seeds/."""

from __future__ import annotations

import itertools
import os
from pathlib import Path

import pytest

from alliance_monitor.ingest import workbench as wb
from alliance_monitor.ingest.promote import PromoteError, promote

ARTICLE = Path(__file__).resolve().parents[1] / "fixtures" / "curate" / "article.txt"


@pytest.fixture
def bench(real_data_copy: Path) -> wb.Workbench:
    path = wb.create_draft(real_data_copy, ARTICLE.read_text(encoding="utf-8"), url="https://example.org/a")
    return wb.Workbench.open(path, real_data_copy)


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


def test_a_stale_save_is_refused_and_the_file_keeps_the_other_save(bench: wb.Workbench, real_data_copy: Path) -> None:
    other = wb.Workbench.open(bench.path, real_data_copy)
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


def test_actors_are_found_by_any_spelling(bench: wb.Workbench, real_data_copy: Path) -> None:
    choices = wb.actor_choices(real_data_copy, bench.doc)
    for spelling in ("Токаев", "tokaev", "TOKAYEV", "Kassym-Jomart"):
        assert "tokayev" in [c.id for c in wb.find_actors(choices, spelling)], spelling
    assert wb.find_actors(choices, "") == []


def test_promote_waits_for_every_decision_then_merges(bench: wb.Workbench, real_data_copy: Path) -> None:
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


# --- passages chosen by sentence, and events ------------------------------------------------------------------


def test_sentences_cover_the_article_and_a_run_of_them_is_a_verbatim_passage() -> None:
    seed = ARTICLE.read_text(encoding="utf-8")
    found = wb.sentences(seed)
    # in order, not overlapping, no sentence starts or ends with a space, and every other character is in one
    assert all(a < b <= c for (a, b), (c, _) in itertools.pairwise(found))
    assert all(not seed[a].isspace() and not seed[b - 1].isspace() for a, b in found)
    covered = {i for a, b in found for i in range(a, b)}
    assert all(ch.isspace() for i, ch in enumerate(seed) if i not in covered)
    said = wb.sentence_at(seed, "press   CONFERENCE on tuesday")  # case and runs of spaces do not matter
    assert said is not None
    start, end = wb.passage(seed, said, said + 1)
    assert seed[start:end].startswith("Bishkek (AsiaNews) - At a press conference")
    assert seed[start:end].endswith('"the alliance must not become a tool against our neighbours".')
    assert wb.sentence_at(seed, "words nowhere in it") is None and wb.sentence_at(seed, "  ") is None
    with pytest.raises(wb.WorkbenchError, match=r"cannot end .* before it starts"):
        wb.passage(seed, said + 1, said)
    with pytest.raises(wb.WorkbenchError, match=f"has {len(found)} sentences"):
        wb.passage(seed, 0, len(found))


def test_a_date_is_written_to_its_precision() -> None:
    from datetime import date

    day = date(2024, 3, 12)
    assert [wb.fuzzy_date(day, p) for p in ("day", "month", "year")] == ["2024-03-12", "2024-03", "2024"]
    with pytest.raises(wb.WorkbenchError, match="not a date precision"):
        wb.fuzzy_date(day, "week")


def decide_all(bench: wb.Workbench) -> None:
    for q in list(bench.doc["quotes"]):
        (bench.reject if q["text"].startswith("A common budget") else bench.accept)(q["id"])
    bench.set_speakers(bench.doc["quotes"][0]["id"], ["tokayev"])


def test_an_event_with_its_roles_and_evidence_validates_and_is_promoted(bench: wb.Workbench,
                                                                        real_data_copy: Path) -> None:
    import yaml

    decide_all(bench)
    said = next(q["id"] for q in bench.doc["quotes"] if q["text"].startswith("our country"))
    with pytest.raises(wb.WorkbenchError, match="an event needs evidence"):
        bench.evidence_span()
    first = wb.sentence_at(bench.seed, "At a press conference")
    assert first is not None
    evidence = [bench.evidence_span(quote=said), bench.evidence_span(span=wb.passage(bench.seed, first, first))]
    eid = bench.add_event(title="Tokayev's press conference", kind="meeting", date="2024-03", description=(
        "Tokayev says Kazakhstan sets its own defence priorities."), evidence=evidence, states=["KAZ"],
        location_states=["KAZ"], targets=["RUS"], actors=["tokayev"], location="Astana",
        date_note="The article says Tuesday; the week is not certain.")
    assert eid.startswith("ev-2024-03-tokayev")
    bench.save()
    assert bench.problems() == []
    result = bench.promote()
    assert result.added["events"] == [eid]
    events = yaml.safe_load((real_data_copy / "events.yaml").read_text(encoding="utf-8"))
    event = next(e for e in events if e["id"] == eid)
    seed = bench.seed
    assert event["kind"] == "meeting" and event["date"] == "2024-03" and event["targets"] == ["RUS"]
    assert [seed[s["start"]:s["end"]] == s["text"] for s in event["evidence"]] == [True, True]
    from tests.conftest import run_cli
    assert run_cli("validate", real_data_copy).returncode == 0


def test_an_event_breaking_a_rule_is_shown_beside_it_and_not_promoted(bench: wb.Workbench) -> None:
    decide_all(bench)
    with pytest.raises(wb.WorkbenchError, match="not an event kind"):
        bench.add_event(title="x", kind="picnic", date="2024", description="x", evidence=[])
    pending = next(q["id"] for q in bench.doc["quotes"] if q["text"].startswith("the organisation"))
    bench.doc["draft"]["decisions"].pop(pending)
    with pytest.raises(wb.WorkbenchError, match="is not accepted"):
        bench.evidence_span(quote=pending)
    sentence = wb.passage(bench.seed, 4, 4)
    eid = bench.add_event(title="Moscow summit", kind="summit", date="2024-03-12", description="A summit.",
                          evidence=[bench.evidence_span(span=sentence)], states=["KAZ"], absent=["KAZ"])
    bench.accept(pending)
    bench.save()
    by_record, _ = wb.problems_by_record(bench.problems(), [eid, bench.source_id])
    assert any("listed both as taking part and as absent" in p for p in by_record[eid]), by_record
    with pytest.raises(PromoteError):
        bench.promote()


def test_a_new_person_named_only_by_an_event_is_kept_not_parked(bench: wb.Workbench, real_data_copy: Path) -> None:
    person = bench.new_actor("Aigerim Zhumabayeva", aliases=[], nationality="KAZ")
    bench.add_event(title="A briefing", kind="meeting", date="2024", description="A briefing.",
                    evidence=[bench.evidence_span(span=(0, 10))], actors=[person])
    bench.save()
    assert person in [a["id"] for a in bench.doc["actors"]]
    assert person not in [a["id"] for a in bench.doc["draft"]["parked_actors"]]
