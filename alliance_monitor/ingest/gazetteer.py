"""Countries named in a text, from the generic gazetteer kept as data (`gazetteer.yaml`).

The gazetteer is world data, not knowledge of one alliance: names, demonyms, capitals and metonyms of
countries, a list of forms too ambiguous to count, and a few widely known dated events used to check a printed
date against the text. Matching is case-sensitive, on whole words, longest form first, so "South Sudan" is not
also "Sudan" and "turkey" the bird is never Türkiye.

Known limits: a demonym inside an organisation's name counts ("the Russian Orthodox Church" is a mention of
Russia); a language counts as its country ("spoke in Russian"); forms in capitals only ("RUSSIA") are missed; a
capital used as a person's name ("Paris Hilton") counts. Reviewers see every mention with its words.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import date as Date
from functools import lru_cache
from pathlib import Path
from typing import Any

from alliance_monitor.models import COUNTRY_NAMES
from alliance_monitor.yamlio import LineDict, LineList, read_yaml

GAZETTEER_PATH = Path(__file__).resolve().parent / "gazetteer.yaml"
VIAS = ("names", "demonyms", "capitals", "metonyms")


class GazetteerError(ValueError):
    """A gazetteer file that cannot be used; names the file and line."""


@dataclass(frozen=True)
class CountryMention:
    """Words of the text that name a country (`iso3`), or an ambiguous form (`iso3` None, with a note)."""

    iso3: str | None
    start: int
    end: int
    text: str
    via: str
    """name, demonym, capital, metonym, or ambiguous."""
    note: str | None = None


@dataclass(frozen=True)
class DatedEvent:
    """A world event that a text can only treat as past after `not_before`."""

    pattern: re.Pattern[str]
    not_before: str


@dataclass(frozen=True)
class Gazetteer:
    forms: dict[str, tuple[str | None, str]]
    """Each form: (ISO-3 or None when ambiguous, how it names the country or the ambiguity note)."""
    events: tuple[DatedEvent, ...]
    matcher: re.Pattern[str]

    def mentions(self, text: str, start: int = 0, end: int | None = None) -> list[CountryMention]:
        """Every country form in text[start:end], with offsets into `text`."""
        found = []
        for match in self.matcher.finditer(text, start, len(text) if end is None else end):
            iso3, how = self.forms[match.group(0)]
            if iso3 is None:
                found.append(CountryMention(None, match.start(), match.end(), match.group(0), "ambiguous", how))
            else:
                found.append(CountryMention(iso3, match.start(), match.end(), match.group(0), how))
        return found

    def country_of(self, word: str) -> str | None:
        """The country a name, demonym, capital or metonym stands for (None when unknown or ambiguous)."""
        entry = self.forms.get(word)
        return entry[0] if entry else None


def _strings(raw: Any, path: Path, where: str) -> list[str]:
    if raw is None:
        return []
    if not isinstance(raw, list) or not all(isinstance(s, str) and s.strip() for s in raw):
        line = getattr(raw, "line", 0)
        raise GazetteerError(f"{path}:{line}: {where}: expected a list of non-empty strings")
    return list(raw)


def parse_gazetteer(path: Path) -> Gazetteer:
    """Read and check a gazetteer file: ISO-3 codes exist, no form names two countries."""
    raw = read_yaml(path)
    if not isinstance(raw, LineDict) or not isinstance(raw.get("countries"), LineList):
        raise GazetteerError(f"{path}:1: expected a mapping with a 'countries' list")
    forms: dict[str, tuple[str | None, str]] = {}
    countries: LineList = raw["countries"]
    for index, entry in enumerate(countries):
        line = countries.item_lines[index]
        if not isinstance(entry, dict) or not isinstance(entry.get("iso3"), str):
            raise GazetteerError(f"{path}:{line}: countries[{index}]: needs an iso3 code")
        iso3 = entry["iso3"]
        if iso3 not in COUNTRY_NAMES:
            raise GazetteerError(f"{path}:{line}: countries[{index}].iso3: {iso3!r} is not an ISO 3166-1 code")
        unknown = set(entry) - {"iso3", *VIAS}
        if unknown:
            raise GazetteerError(f"{path}:{line}: countries[{index}]: unknown field(s) {sorted(unknown)}")
        for via in VIAS:
            for form in _strings(entry.get(via), path, f"{iso3}.{via}"):
                if form in forms and forms[form][0] != iso3:
                    raise GazetteerError(f"{path}:{line}: {iso3}.{via}: {form!r} already names {forms[form][0]}")
                forms[form] = (iso3, via[:-1])
    ambiguous = raw.get("ambiguous") or LineList()
    for index, entry in enumerate(ambiguous):
        if not isinstance(entry, dict) or not isinstance(entry.get("form"), str):
            raise GazetteerError(f"{path}:{ambiguous.item_lines[index]}: ambiguous[{index}]: needs a form")
        forms[entry["form"]] = (None, str(entry.get("note") or "ambiguous"))
    events = []
    raw_events = raw.get("events") or LineList()
    for index, entry in enumerate(raw_events):
        line = raw_events.item_lines[index]
        try:
            pattern = re.compile(entry["pattern"])
            bound = str(entry["not_before"])
            Date.fromisoformat(bound if len(bound) == 10 else (bound + "-01")[:10])
        except (KeyError, TypeError, re.error, ValueError) as exc:
            raise GazetteerError(
                f"{path}:{line}: events[{index}]: needs a pattern and an ISO not_before ({exc})"
            ) from exc
        events.append(DatedEvent(pattern, bound))
    alternation = "|".join(re.escape(f) for f in sorted(forms, key=len, reverse=True))
    matcher = re.compile(rf"(?<!\w)(?:{alternation})(?![\w])")
    return Gazetteer(forms, tuple(events), matcher)


@lru_cache(maxsize=4)
def load_gazetteer(path: Path = GAZETTEER_PATH) -> Gazetteer:
    """The gazetteer, parsed once per process."""
    return parse_gazetteer(path)
