"""Cite a view: the dataset's title, version and as-of date, the view's link and the access date, in three forms.

Pure functions of their arguments (no clock, no streamlit): the page passes today's date and its own link. The
dataset info comes from alliance.yaml, so every text here may hold anything a curator or a link can hold:

- plain text: control characters (a newline in a title, a right-to-left override in a link) are removed;
- BibTeX (`@misc`, with biblatex's `version`, `url` and `urldate` fields): LaTeX's special characters in text
  fields are escaped as commands with balanced braces (`\\{` would still count as a brace in BibTeX's own
  brace matching, so braces become `\\textbraceleft{}`/`\\textbraceright{}`), and the URL is percent-encoded
  wherever it holds a character that could end or unbalance the field (braces, backslash, quotes, spaces,
  controls, non-ASCII), so no input can close the field or the entry early;
- CSL-JSON (https://citeproc-js.readthedocs.io/en/latest/csl-json/markup.html), a list of one `dataset` item,
  written by `json.dumps`: always valid JSON.
"""

from __future__ import annotations

import json
import re
import unicodedata
from dataclasses import dataclass
from datetime import date as Date
from urllib.parse import quote

from alliance_monitor.models import DatasetInfo


@dataclass(frozen=True)
class Citation:
    text: str
    """One line for a reference list: authors. title. Version, as of. URL (accessed DATE)."""
    bibtex: str
    """A BibTeX `@misc` entry (biblatex fields)."""
    csl_json: str
    """CSL-JSON: a list with one item of type dataset, as indented JSON text."""


def clean(text: str) -> str:
    """`text` on one line: every control, format and separator character but the space becomes a space (newlines,
    tabs, bidirectional overrides, zero-width characters), runs of spaces collapse, ends are trimmed."""
    out = "".join(" " if unicodedata.category(ch)[0] in "CZ" and ch != " " else ch for ch in text)
    return re.sub(r" {2,}", " ", out).strip()


_LATEX = {
    "\\": r"\textbackslash{}",
    "{": r"\textbraceleft{}",
    "}": r"\textbraceright{}",
    "$": r"\$",
    "&": r"\&",
    "%": r"\%",
    "#": r"\#",
    "_": r"\_",
    "^": r"\textasciicircum{}",
    "~": r"\textasciitilde{}",
    "<": r"\textless{}",
    ">": r"\textgreater{}",
    "|": r"\textbar{}",
    '"': "{''}",  # BibTeX reads a bare " inside a braced field fine, but babel shorthands may not
}


def bibtex_text(text: str) -> str:
    """`text` as the content of a BibTeX text field: cleaned, LaTeX's special characters escaped; the result's
    braces are balanced whatever the input."""
    return "".join(_LATEX.get(ch, ch) for ch in clean(text))


def bibtex_url(url: str) -> str:
    """`url` safe inside a braced BibTeX field read verbatim (biblatex's url): cleaned, and percent-encoded
    (UTF-8) for every character outside RFC 3986's unreserved and reserved sets, plus `%` kept as is. Braces,
    backslashes, quotes, spaces and non-ASCII letters are encoded, so the field cannot be closed early."""
    return quote(clean(url), safe="-._~:/?#[]@!$&'()*+,;=%")


def bibtex_key(*parts: str) -> str:
    """A citation key from `parts`: ASCII letters, digits, `-`, `_`, `:` and `.` only (others become `-`)."""
    ascii_text = unicodedata.normalize("NFKD", "-".join(parts)).encode("ascii", "ignore").decode()
    return re.sub(r"[^A-Za-z0-9_:.-]+", "-", ascii_text).strip("-") or "dataset"


def _date_parts(value: str) -> list[int]:
    return [int(part) for part in value.split("-")]


def fill(template: str, **values: str) -> str:
    """`template` with each `{name}` of `values` replaced and everything else kept as written.

    For templates that come from the data (the dataset's citation): str.format would raise on `{0}` or an unknown
    name and would read attributes for `{version.__class__}`.
    """
    return re.sub(r"\{(\w+)\}", lambda m: values.get(m.group(1), m.group(0)), template)


def template_citation(info: DatasetInfo, view_url: str, accessed: Date) -> str:
    """The dataset's own citation template (`alliance.dataset.citation`) filled for one view: `{version}`,
    `{as_of}`, `{title}`, `{url}` and `{accessed}` (ISO date). A template without `{accessed}` gets
    ` (accessed DATE)` at its end, so a citation always says when the view was seen (a view changes with the
    data). Other braces are kept as written; the result is one cleaned line."""
    values = {"version": info.version, "as_of": info.as_of, "title": info.title, "url": view_url,
              "accessed": accessed.isoformat()}
    text = fill(info.citation, **values)
    if "{accessed}" not in info.citation:
        text += f" (accessed {values['accessed']})"
    return clean(text)


def cite(info: DatasetInfo, view_url: str, accessed: Date, *, key: str | None = None) -> Citation:
    """The citation of one view of the dataset in plain text, BibTeX and CSL-JSON.

    `info` is `alliance.dataset` (title, version, as_of, maintainers as authors), `view_url` the view's full link
    (with its filters and the data version), `accessed` the date the reader saw it. `key` names the BibTeX entry
    and the CSL item (default: from the title's first word and the version). The year is the as-of date's.
    """
    title, version, as_of = clean(info.title), clean(info.version), clean(info.as_of)
    url = clean(view_url)
    authors = [clean(name) for name in info.maintainers]
    entry_key = bibtex_key(key) if key else bibtex_key((title.split() or ["dataset"])[0].lower(), version)
    text = (f"{'; '.join(authors)}. {title}. Version {version}, as of {as_of}. {url} "
            f"(accessed {accessed.isoformat()}).")
    fields = [
        # double braces: a maintainer is usually a body, not a person whose name BibTeX should split
        ("author", " and ".join("{" + bibtex_text(name) + "}" for name in authors)),
        ("title", "{" + bibtex_text(title) + "}"),
        ("version", bibtex_text(version)),
        ("year", bibtex_text(as_of[:4])),
        ("date", bibtex_text(as_of)),
        ("note", bibtex_text(f"Dataset as of {as_of}; the link opens the view cited")),
        ("url", bibtex_url(url)),
        ("urldate", accessed.isoformat()),
    ]
    bibtex = f"@misc{{{entry_key},\n" + ",\n".join(f"  {name} = {{{value}}}" for name, value in fields) + "\n}\n"
    item = {
        "id": entry_key,
        "type": "dataset",
        "title": title,
        "version": version,
        "author": [{"literal": name} for name in authors],
        "issued": {"date-parts": [_date_parts(as_of)]},
        "accessed": {"date-parts": [[accessed.year, accessed.month, accessed.day]]},
        "URL": url,
        "note": f"Dataset as of {as_of}",
    }
    return Citation(text, bibtex, json.dumps([item], ensure_ascii=False, indent=2))
