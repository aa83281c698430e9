"""Invalid data (AppTest): a broken copy of data/ shows one error page listing every problem, and nothing else, on
any page a link opens; once the files are fixed, the next session shows the dashboard again."""

from __future__ import annotations

import shutil
from collections.abc import Iterator
from pathlib import Path

import pytest
import streamlit as st
from streamlit.testing.v1 import AppTest

from tests.apptest_support import DATA, open_app, prepare

BROKEN = [  # (file, text to replace, replacement, record, field); the bad value is on the first line
    ("quotes.yaml", "  - tasmagambetov\n  text: hybrid technologies",
     "  - nobody-at-all\n  text: hybrid technologies", "q-tasmagambetov-hybrid-technologies", "speakers[0]"),
    ("signals.yaml", "dimension: summit_participation\n  direction: -1",
     "dimension: no_such_dimension\n  direction: -1", "s-arm-summit-withdrew-minsk", "dimension"),
]


def break_file(path: Path, old: str, new: str) -> int:
    """Replace the only occurrence of `old`; return the 1-based line where it starts."""
    text = path.read_text(encoding="utf-8")
    assert text.count(old) == 1, f"{old!r} must occur once in {path.name}"
    start = text.index(old)
    path.write_text(text.replace(old, new), encoding="utf-8")
    return text.count("\n", 0, start) + 1


@pytest.fixture
def broken(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Iterator[tuple[Path, list[tuple[str, int, str, str]]]]:
    """A copy of data/ and seeds/ with the BROKEN edits, selected through ALLIANCE_MONITOR_DATA; caches cleared."""
    prepare(monkeypatch)
    shutil.copytree(DATA, tmp_path / "data")
    shutil.copytree(DATA.parent / "seeds", tmp_path / "seeds")
    expected = []
    for name, old, new, record, field in BROKEN:
        line = break_file(tmp_path / "data" / name, old, new)
        expected.append((name, line, record, field))
    monkeypatch.setenv("ALLIANCE_MONITOR_DATA", str(tmp_path / "data"))
    st.cache_resource.clear()
    st.cache_data.clear()
    yield tmp_path / "data", expected
    st.cache_resource.clear()
    st.cache_data.clear()


def assert_problem_page(at: AppTest, expected: list[tuple[str, int, str, str]]) -> None:
    assert not at.exception
    assert [t.value for t in at.title] == ["The data does not validate"]
    assert len(at.error) == 1 and str(at.error[0].value).startswith(f"{len(expected)} problem(s) were found")
    problems = at.dataframe[0].value
    listed = sorted((Path(f).name, int(line), r, fld) for f, line, r, fld in
                    zip(problems["file"], problems["line"], problems["record"], problems["field"], strict=True))
    assert listed == sorted(expected)  # each problem names its file, the line of the bad value, record and field
    assert all(problems["problem"].str.len() > 0)
    assert len(at.dataframe) == 1 and not at.sidebar.children and not at.metric and not at.warning


def test_error_page_lists_every_problem(broken: tuple[Path, list[tuple[str, int, str, str]]]) -> None:
    at = open_app()
    assert_problem_page(at, broken[1])
    messages = list(at.dataframe[0].value["problem"])
    assert any("nobody-at-all" in m for m in messages) and any("no_such_dimension" in m for m in messages)


@pytest.mark.parametrize("page", ["quotes", "matrix"])
def test_deep_link_shows_the_error_page_too(broken: tuple[Path, list[tuple[str, int, str, str]]], page: str) -> None:
    at = open_app(page, {"country": "Kazakhstan", "q": "threats"})
    assert_problem_page(at, broken[1])


def test_fixed_data_shows_the_dashboard_again(broken: tuple[Path, list[tuple[str, int, str, str]]]) -> None:
    assert_problem_page(open_app(), broken[1])
    for name, *_ in BROKEN:
        shutil.copyfile(DATA / name, broken[0] / name)
    at = open_app()
    assert not at.exception
    assert [t.value for t in at.title] == ["CSTO: who follows Moscow?"]
    assert at.multiselect(key="country").options
