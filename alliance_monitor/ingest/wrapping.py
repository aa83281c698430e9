"""Hard line breaks of a print page: a paste from a PDF or a print edition keeps the column's line ends inside its
paragraphs ("The cable-laying ship\\nNordic Weaver will return to the West-\\nlink route ..."), where a web page's
paragraph is one line. Ingest reads such a page with those breaks as blanks (`unwrapped`), so that a paragraph, a
headline printed on three lines, and a quote running over a line end are each read whole; every offset stays the
page's own, and a record's text is cut from the page as pasted, breaks and all (fresh36/f3603)."""

from __future__ import annotations

import itertools
import re

from alliance_monitor.ingest.text import words

_RUNS_ON = re.compile(r"[^\W\d_][,;‐-]?$")
"""How a line that runs on into the next ends: a letter (a comma or a semicolon after it), or a hyphen after a
letter ("West-" / "link"). A line ending in a stop, a colon, a closing mark, a digit or capitals-only chrome
("NEWS", "By INGA HOLM") ends where it ends."""
_NEEDS_NEXT = words("""a an the of on in at to for from by with into onto over under after before about as
and or but nor than that which who whose its their his her our your my this these those
и в во на с со к ко по о об от до из у за при для без над под через про или а но что как""")
"""Words a sentence cannot end on: articles, prepositions, conjunctions, possessives (English and Russian)."""
_MIN_MID_SENTENCE_BREAKS = 4
"""A page is hard-wrapped when at least this many of its line ends fall inside a sentence (the next line opens in
lower case: "... of the West-" / "link route ...", "... Brun said. “The survey found" / "scrapes on ...") ..."""
_MIN_SHARE = 0.3
"""... and they are at least this share of its non-blank lines (a web page's standfirst may run on once or twice;
a column of print does on most lines)."""
_MAX_LINE = 90
"""A printed column's line is short: a longer line is a web paragraph, never rejoined."""


def _runs_on(line: str, nxt: str) -> bool:
    """Whether `line` runs on into `nxt` on a print page: it ends inside a sentence, and `nxt` follows on without
    the indent that opens a printed paragraph."""
    body, following = line.rstrip(), nxt.rstrip()
    if not body.strip() or not following.strip() or len(body) > _MAX_LINE or len(following) > _MAX_LINE:
        return False
    if following[:1] in " \t\u00a0" and body[:1] not in " \t\u00a0":
        return False  # the next paragraph's indent
    last = body.strip().split()[-1]
    if last.isupper() or _RUNS_ON.search(body) is None:
        return False  # "By INGA HOLM", "NEWS": capitals end a line of chrome, never a running sentence
    # Before a capital the line runs on only when its sentence cannot end there: after a comma or a hyphen, a word
    # that needs its next ("back on" / "Westlink route"), or a name's first part ("Mattias" / "Brun, said"). A
    # headline's last line runs on into nothing: "anchor scare" / "Work off Brennick resumes" is headline, then deck.
    head = following.lstrip()[:1]
    return not head.isupper() or body[-1] in ",;‐-" or last.lower() in _NEEDS_NEXT or last[:1].isupper()


def unwrapped(text: str) -> str:
    """`text` with its hard line breaks inside paragraphs as blanks, when it is a hard-wrapped print page; `text`
    itself otherwise. The result has `text`'s length, so every offset into it is an offset into `text`. Blank lines
    and the indent of a paragraph's first line keep paragraphs apart; a line ending in a stop, a colon, a closing
    mark or a digit ends its paragraph."""
    lines = text.split("\n")
    breaks: list[int] = []  # offsets of line ends that run on
    mid_sentence = 0
    pos = 0
    for line, nxt in itertools.pairwise(lines):
        pos += len(line)
        if _runs_on(line, nxt):
            breaks.append(pos)
            mid_sentence += nxt.lstrip()[:1].islower()
        pos += 1
    filled = sum(1 for line in lines if line.strip())
    if mid_sentence < _MIN_MID_SENTENCE_BREAKS or mid_sentence < _MIN_SHARE * filled:
        return text
    chars = list(text)
    for at in breaks:
        chars[at] = " "
    return "".join(chars)
