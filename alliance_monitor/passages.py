"""Where a figure's evidence is: the in-app link to a cited passage, the passage in its source text, and the
publisher's address pointing at the same words (issue 12: "every figure leads to its passage, offline").

Pure functions, no pandas and no streamlit: tables.py puts `passage_link` in a column of every table of quotes,
signals and events, and the Sources page draws `passage_in` when the link is opened.
"""

from __future__ import annotations

import functools
import re
from dataclasses import dataclass
from urllib.parse import quote, quote_plus

PAGE = "sources"
"""The url_path of the page that shows a passage (dashboard.py names it)."""

_SPAN = re.compile(r"(\d{1,9})-(\d{1,9})")


def passage_link(source: str, start: int, end: int) -> str:
    """The relative link to the passage view: `sources?source=<id>&span=<start>-<end>`.

    Relative (no leading slash) so that it resolves against the page it is on, also under a base path
    (`/monitor/quotes` -> `/monitor/sources?...`).
    """
    # = urlencode({"source": source, "span": f"{start}-{end}"}) (a test holds them equal), at a tenth of its cost:
    # the tables make one per quote, signal and event (65,000 at 1000x the real data: 0.26 s -> 0.02 s)
    return f"{PAGE}?source={_query_value(source)}&span={start}-{end}"


_query_value = functools.lru_cache(maxsize=4096)(quote_plus)
"""A source id as urlencode writes a query value (a dataset has a few thousand sources; each is met many times)."""


def parse_span(value: str, length: int) -> tuple[int, int] | None:
    """`START-END` as two character offsets with 0 <= START < END <= `length` (the seed's length), else None."""
    match = _SPAN.fullmatch(value.strip())
    if not match:
        return None
    start, end = int(match.group(1)), int(match.group(2))
    return (start, end) if 0 <= start < end <= length else None


def _fragment_words(text: str) -> str:
    # Text Fragments spec (https://wicg.github.io/scroll-to-text-fragment/): each term is percent-encoded; '-', ',' and
    # '&' are syntax of the directive, so they are encoded too (quote() leaves '-' alone)
    return quote(text, safe="").replace("-", "%2D")


FRAGMENT_WORDS = 4
"""Words at each end of a long passage in a text fragment: `textStart,textEnd` (the spec's range form) keeps the
link short and still names the passage."""


def text_fragment(url: str, passage: str) -> str:
    """The publisher's `url` with a text fragment (`#:~:text=`) that makes a browser highlight `passage`, or `url`
    as it is when the passage has no word to point at or the url is not http(s).

    Up to 2 x FRAGMENT_WORDS words the whole passage is the term; longer, its first and last FRAGMENT_WORDS words
    (`text=start,end`). A url that already has a fragment gets the directive after it (`#frag:~:text=`).
    """
    words = passage.split()
    if not words or not url.lower().startswith(("http://", "https://")):
        return url
    if len(words) <= 2 * FRAGMENT_WORDS:
        directive = _fragment_words(" ".join(words))
    else:
        directive = (_fragment_words(" ".join(words[:FRAGMENT_WORDS])) + ","
                     + _fragment_words(" ".join(words[-FRAGMENT_WORDS:])))
    return f"{url}{':~:' if '#' in url else '#:~:'}text={directive}"


@dataclass(frozen=True)
class Passage:
    """A cited span in its paragraph(s): `before + span + after` is `seed[context_start:context_end]`."""

    before: str
    span: str
    after: str
    start: int
    end: int
    context_start: int
    context_end: int


def passage_in(seed: str, start: int, end: int, around: int = 1) -> Passage:
    """The span `seed[start:end]` with the line(s) that hold it and `around` lines on each side (a seed's
    paragraph is a line, as the seeds are written), so the passage is read in its context on one screen."""
    context_start = seed.rfind("\n", 0, start) + 1  # the start of the span's first line
    for _ in range(around):
        if context_start == 0:
            break
        context_start = seed.rfind("\n", 0, context_start - 1) + 1
    found = seed.find("\n", end)
    context_end = len(seed) if found < 0 else found  # the end of the span's last line
    for _ in range(around):
        if context_end >= len(seed):
            break
        found = seed.find("\n", context_end + 1)
        context_end = len(seed) if found < 0 else found
    return Passage(seed[context_start:start], seed[start:end], seed[end:context_end], start, end, context_start,
                   context_end)
