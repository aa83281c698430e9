"""Ingest stays linear on a page of one shape repeated (the review of rounds 11-14): no step goes over the whole
page, or over all its mentions, once per paragraph, mention or quote. Counted, not timed (so never flaky): the page
and its masked copy are `str`s that count every slice of a quarter of them or more, every strip and every scan by the
`re` module's functions; a page four times longer must cost the same number of such whole-page operations (a
quadratic step costs one per paragraph), and at most five times the names folded in `actors` (a loop over all
mentions per mention folds sixteen times as many), the mentions read one by one (a walk back to the page's top
per quote, when nothing it looks for is named, reads sixteen times as many) and the characters scanned by the
patterns the attribution keeps compiled (a search from the page's top per quote)."""

from __future__ import annotations

import re
from collections.abc import Iterator
from contextlib import contextmanager
from typing import Any

import pytest

from alliance_monitor.ingest import actors, draft, quotes
from alliance_monitor.ingest.draft import Known, build_draft
from alliance_monitor.search import fold


class Page(str):
    """A page that counts the operations over the whole of it."""

    whole = 0

    def __getitem__(self, key: Any) -> str:
        if isinstance(key, slice) and len(range(*key.indices(len(self)))) * 4 >= len(self):
            Page.whole += 1
        return str.__getitem__(self, key)

    def strip(self, chars: str | None = None) -> str:
        Page.whole += 1
        return str.strip(self, chars)

    rstrip = lstrip = strip


class _CountingRe:
    """The `re` module as `actors` and `quotes` see it, counting calls that scan a `Page` from its start."""

    def __getattr__(self, name: str) -> Any:
        real = getattr(re, name)
        if name not in ("search", "match", "fullmatch", "findall", "finditer", "sub", "split"):
            return real

        def counted(pattern: Any, string: Any, *args: Any, **kwargs: Any) -> Any:
            if isinstance(string, Page):
                Page.whole += 1
            return real(pattern, string, *args, **kwargs)
        return counted


class Mentions(list):  # type: ignore[type-arg]
    """A page's mentions (`Cast.mentions`) counting the ones read one at a time (a walk over them)."""

    read = 0

    def __getitem__(self, key: Any) -> Any:
        if not isinstance(key, slice):
            Mentions.read += 1
        return list.__getitem__(self, key)


class _CountingPattern:
    """A compiled pattern of `quotes` that counts the characters of a `Page` its scans cover."""

    scanned = 0

    def __init__(self, pattern: re.Pattern[str]) -> None:
        self.pattern = pattern

    def __getattr__(self, name: str) -> Any:
        real = getattr(self.pattern, name)
        if name not in ("search", "match", "fullmatch", "findall", "finditer", "sub", "split"):
            return real

        def counted(string: Any, pos: int = 0, endpos: int | None = None) -> Any:
            if isinstance(string, Page) and name not in ("match", "fullmatch"):
                _CountingPattern.scanned += (len(string) if endpos is None else min(endpos, len(string))) - pos
            return real(string, pos) if endpos is None else real(string, pos, endpos)
        return counted


folds = 0


def _counted_fold(text: str) -> str:
    global folds
    folds += 1
    return _fold(text)


_fold = fold
_mask = quotes.mask_quotations


@contextmanager
def counting(monkeypatch: pytest.MonkeyPatch) -> Iterator[None]:
    monkeypatch.setattr(actors, "re", _CountingRe())
    monkeypatch.setattr(quotes, "re", _CountingRe())
    monkeypatch.setattr(actors, "fold", _counted_fold)
    monkeypatch.setattr(draft, "mask_quotations", lambda text, found: Page(_mask(text, found)))
    for name in ("_SIGNED", "_UNNAMED_PERSON"):
        monkeypatch.setattr(quotes, name, _CountingPattern(getattr(quotes, name)))
    index = actors.Cast.index_mentions

    def counted_index(cast: actors.Cast) -> None:
        index(cast)
        cast.mentions = Mentions(cast.mentions)
    monkeypatch.setattr(actors.Cast, "index_mentions", counted_index)
    yield
    monkeypatch.undo()


SHAPES = {
    # a body by a one-word short form in every paragraph (actors._full_names, organisation_by_short_form)
    "short form": ("Harbour Talks Resume\n\nBy Staff Writer\n\n",
                   'The Council met again on Tuesday with the Harbour Compact and the Fisheries Board. "We will not '
                   'accept any delay on the quota this season," the Council said.\n\n'),
    # a transcript under one label (a box's label check per quote)
    "label": ("Harbour Talks Resume\n\nBy Staff Writer\n\n",
              'Holm: "We will not accept any delay on the quota this season at all."\n\n'),
    # a statement's words (the page's heading per quote), words after a colon
    "statement": ("Harbour Talks Resume\n\nBy Staff Writer\n\n",
                  'The Harbour Compact met on Tuesday. "We will not accept any delay on the quota," the statement '
                  'said. Jan Oberg told us only: "Tomorrow, perhaps."\n\n'),
    # a Russian interview of dash turns (the line above each turn)
    "dash turns": ("Интервью\n\nБеседовал Иван Петров\n\nАдмирал Виктор Хаас ответил на вопросы.\n\n",
                   "— В Кесселе говорят, что порт закроют к зиме\n\n— Это не так, мы работаем как обычно.\n\n"
                   "— Почему?\n\n— Потому что рыба идёт.\n\n"),
    # a Q&A under speaker headings ("A:" answers, the heading above each)
    "headings": ("Briefing\n\nBy Staff Writer\n\nJonas Rell spoke to us.\n\nJONAS RELL, captain\n\n",
                 "Q: Why now, after all these years?\n\nA: Because the ice came early this year.\n\n"),
    # a body named by its common noun with none of that name before ("the ministry said": organisation_for walks
    # back to the top), a statement with no organisation named (last_organisation)
    "bodies not named": ("Harbour Talks Resume\n\nBy Staff Writer\n\n",
                         'Jan Oberg and Eva Lind met on Tuesday. "We will not accept any delay on the quota this '
                         'season," the ministry said. "We expect answers by the spring," the statement said.\n\n'),
    # a Russian office with no state body named before ("заявили в ведомстве": common_body)
    "office not named": ("Порт\n\nАвтор: Иван Петров\n\n",
                         "Ян Оберг и Эва Линд встретились во вторник. В ведомстве заявили: «Мы не примем никаких "
                         "задержек по квоте в этом сезоне».\n\n"),
    # a person named once, then "he said" in every paragraph (whether someone unnamed stands between the name and
    # each pronoun: a scan from the name per quote; the name's last mention: a walk back over every pronoun's)
    "pronoun far from its name": ("Harbour Talks Resume\n\nBy Staff Writer\n\nJan Oberg spoke to reporters in the "
                                  "port on Tuesday.\n\n",
                                  '"We will not accept any delay on the quota this season," he said. The talks went '
                                  'on into the night.\n\n'),
    # a letter's words where no sentence names its signatories (signatories scans the page from its top)
    "letter unsigned": ("Harbour Talks Resume\n\nBy Staff Writer\n\n",
                        'The letter was signed by Jan Oberg. "We will not accept any delay on the quota this '
                        'season," the letter says.\n\n'),
}


def operations(head: str, paragraph: str, times: int,
               monkeypatch: pytest.MonkeyPatch) -> tuple[int, int, int, int]:
    """(whole-page operations, names folded in actors, mentions read one by one, characters scanned by the kept
    patterns) drafting the page of `paragraph` repeated `times` times."""
    global folds
    page = Page(head + paragraph * times)
    Page.whole, folds, Mentions.read, _CountingPattern.scanned = 0, 0, 0, 0
    with counting(monkeypatch):
        d = build_draft(page, page.encode(), Known())
    assert len(d.quotes) >= times  # the page's quotes are all found: the shape is the one meant
    return Page.whole, folds, Mentions.read, _CountingPattern.scanned


@pytest.mark.parametrize("shape", SHAPES)
def test_no_step_goes_over_the_whole_page_per_paragraph(shape: str, monkeypatch: pytest.MonkeyPatch) -> None:
    head, paragraph = SHAPES[shape]
    small, small_folds, small_read, small_scanned = operations(head, paragraph, 40, monkeypatch)
    large, large_folds, large_read, large_scanned = operations(head, paragraph, 160, monkeypatch)
    assert large == small and large_folds <= 5 * small_folds, (small, large, small_folds, large_folds)
    assert large_read <= 5 * small_read and large_scanned <= 5 * small_scanned, (
        small_read, large_read, small_scanned, large_scanned)


class _CountingChromeRe:
    """The `re` module as `chrome` sees it, counting every call of its scanning functions."""

    calls = 0

    def __getattr__(self, name: str) -> Any:
        real = getattr(re, name)
        if name not in ("search", "match", "fullmatch", "findall", "finditer", "sub", "split"):
            return real

        def counted(*args: Any, **kwargs: Any) -> Any:
            _CountingChromeRe.calls += 1
            return real(*args, **kwargs)
        return counted


def test_the_layout_reads_a_footer_once_not_once_per_header_name(monkeypatch: pytest.MonkeyPatch) -> None:
    # a page under a long list of two-word names (a menu of sections, one a line) over a footer of as many links:
    # whether a header name is the page's own name (its footer repeats it) was a search of every footer line per
    # header name (the review of rounds 15a-19: 1.5 s for 47 KB)
    from alliance_monitor.ingest import chrome

    words = ["Harbour", "Ferry", "Oskby", "Tarn", "Kessel", "Lindmark", "Varnia", "Skerry", "Bay", "North", "South",
             "Port", "Coast", "Island", "River", "Valley"]

    def calls(count: int) -> int:
        names = [f"{words[i % 16]} {words[i // 16 % 16]} {words[i // 256 % 16]}" for i in range(count)]
        page = ("Harbour News\n\n" + "\n".join(names) + "\n\nFerry strike ends after six days\n12 March 2026\n\nThe "
                "harbour board voted on the new fees on Tuesday, the chair said. Fishermen plan a protest before the "
                "summer season begins in earnest.\n\n" + "\n".join(f"Share on {n}" for n in reversed(names)) + "\n")
        _CountingChromeRe.calls = 0
        with monkeypatch.context() as m:
            m.setattr(chrome, "re", _CountingChromeRe())
            chrome.analyse_layout(page)
        return _CountingChromeRe.calls

    small, large = calls(100), calls(400)
    assert large <= 5 * small, (small, large)
