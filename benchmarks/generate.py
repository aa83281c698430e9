"""Write a synthetic dataset of a fictional alliance at N times the real record counts.

    python benchmarks/generate.py --scale 1000 --out benchmarks/out/x1000

writes `OUT/data/*.yaml` and `OUT/seeds/*.txt` in the layout of the real dataset. The alliance (the Tidewater
Compact, led from Lisbon) is invented; its states use real ISO-3 codes. Every seed is a generated news article
and every span the records cite is taken from it, so the dataset passes `python -m alliance_monitor validate
OUT/data` exactly as the real one does: verbatim offsets, SHA-256 of every seed, references that resolve, and
no evidence inside page chrome. Names carry accents and Cyrillic aliases, so offsets are code points, not bytes,
and the search's transliteration is exercised.

The output is a function of (scale, seed) alone: the same arguments write the same bytes.

Scale: the records with their own files (sources, actors, quotes, signals, events) are N times the counts of the
real dataset (`BASE_COUNTS`); the alliance's states (14) and the codebook's dimensions (7) are the structure of
the alliance, not evidence, and stay as they are.
"""

from __future__ import annotations

import argparse
import hashlib
import json
import random
import re
import shutil
import sys
import time
import unicodedata
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

BASE_COUNTS = {"sources": 2, "actors": 12, "quotes": 18, "signals": 34, "events": 13}
"""Record counts of the real dataset (data/, version 0.1.0): the 1x scale."""

DEFAULT_SEED = 20261123

# --- the fictional alliance ------------------------------------------------------------------------------------

LEADER = "PRT"
STATES: list[tuple[str, str, str]] = [
    ("PRT", "Portugal", "member"),
    ("ESP", "Spain", "member"),
    ("MAR", "Morocco", "member"),
    ("SEN", "Senegal", "member"),
    ("CPV", "Cabo Verde", "member"),
    ("MRT", "Mauritania", "member_absent"),
    ("IRL", "Ireland", "former_member"),
    ("GMB", "Gambia", "non_member_involved"),
    ("GNB", "Guinea-Bissau", "non_member_involved"),
    ("AGO", "Angola", "non_member_involved"),
    ("USA", "United States", "mentioned"),
    ("FRA", "France", "mentioned"),
    ("BRA", "Brazil", "mentioned"),
    ("NGA", "Nigeria", "mentioned"),
]
MEMBERS = [s[0] for s in STATES if s[2] in ("member", "member_absent")]
OTHERS = [s[0] for s in STATES if s[2] not in ("member", "member_absent")]
STATE_NAME = {s[0]: s[1] for s in STATES}
# Signals fall on the members unevenly, as in the real data (one member carries much of the evidence).
SIGNAL_STATE_WEIGHTS = {"MAR": 10, "ESP": 5, "PRT": 5, "SEN": 5, "CPV": 3, "MRT": 3, "GMB": 1, "AGO": 1}
CITIES = {"PRT": "Lisbon", "ESP": "Madrid", "MAR": "Rabat", "SEN": "Dakar", "CPV": "Praia", "MRT": "Nouakchott",
          "IRL": "Dublin", "GMB": "Banjul", "GNB": "Bissau", "AGO": "Luanda"}
CITY_STATE = {city: iso3 for iso3, city in CITIES.items()}
HELD_IN_CITY = {"summit", "meeting", "agreement", "appointment", "unrest"}
"""Event kinds whose generated sentence says the event happened "in <city>" (the others name no place)."""

DIMENSIONS: list[tuple[str, str, str, float]] = [
    ("threat_framing", "Threat framing", "rhetoric", 1.0),
    ("institutional_integration", "Integration and the secretariat", "behaviour", 1.0),
    ("ratification", "Ratification", "behaviour", 1.0),
    ("military_cooperation", "Military cooperation", "behaviour", 1.5),
    ("summit_participation", "Summit participation", "behaviour", 1.0),
    ("multi_vector_alignment", "Other partners", "behaviour", 1.0),
    ("domestic_opinion", "Domestic opinion", "rhetoric", 0.5),
]
DIM_IDS = [d[0] for d in DIMENSIONS]
# Signal dimensions, weighted as in the real data.
DIM_WEIGHTS = [6, 12, 6, 5, 2, 2, 1]

FIRST_NAMES = ["Inês", "João", "Zoë", "Amadou", "Fatoumata", "Mariña", "Nuño", "Léa", "Youssef", "Aïcha", "Ousmane",
               "Begoña", "Tomás", "Mbaye", "Khadija", "Sérgio", "Ramón", "Aminata", "Hélder", "Noémie", "Idrissa",
               "Carmen", "Rafaël", "Salma", "Ibrahima", "Lúcia", "Mohamed", "Awa", "Gonçalo", "Ximena"]
SURNAMES = ["Almeida", "Sène", "Ould Cheikh", "Barros", "Ndiaye", "Iglesias", "Benjelloun", "Fonseca", "Diallo",
            "Quintana", "El Amrani", "Tavares", "Faye", "Cardoso", "Mbengue", "Rocha", "Zerouali", "Lopes",
            "Gómez", "Sarr", "Pereira", "Bennani", "Varela", "Kane", "Moreira", "Lahlou", "Évora", "Cissé",
            "Sandoval", "Monteiro", "Touré", "Andrade", "Chraibi", "Seck", "Navarro", "Semedo", "Oukacha",
            "Bâ", "Correia", "Ezzahraoui"]
ROLES = ["Foreign Minister of {state}", "Defence Minister of {state}", "President of {state}",
         "Prime Minister of {state}", "Ambassador of {state} to the Compact", "Chief of Staff of {state}",
         "Member of parliament of {state}", "Spokesperson of the government of {state}"]
ANALYST_ROLES = ["Political scientist", "Defence analyst", "Historian", "Economist", "Journalist"]
PUBLISHERS = ["Harbour Courier", "Atlantic Ledger", "Coastline Daily", "The Estuary Post", "Meridian Wire"]

# Latin -> Cyrillic, so every person also has a Cyrillic alias (the search must find it from a Latin query).
_TO_CYRILLIC = {
    "sh": "ш", "ch": "ч", "zh": "ж", "kh": "х", "ou": "у", "a": "а", "b": "б", "c": "к", "d": "д", "e": "е",
    "f": "ф", "g": "г", "h": "х", "i": "и", "j": "ж", "k": "к", "l": "л", "m": "м", "n": "н", "o": "о",
    "p": "п", "q": "к", "r": "р", "s": "с", "t": "т", "u": "у", "v": "в", "w": "в", "x": "кс", "y": "й",
    "z": "з",
}

# Building blocks of quotations and passages: combined, they give thousands of distinct sentences.
QUOTE_OPENERS = ["the Compact", "our alliance", "the secretariat", "every member", "this summit", "the treaty",
                 "our coast guard", "the joint command", "the partnership", "the common budget"]
QUOTE_VERBS = ["cannot ignore", "must not become a tool against", "will stand by", "has to answer",
               "should not raise constant alarms about", "will keep its distance from", "has always defended",
               "needs a clear mandate against", "must not be dragged into", "is ready to share"]
QUOTE_OBJECTS = ["the threats on our maritime borders", "hybrid pressure from outside the region",
                 "the smuggling routes across the ocean", "the ratification of the amended charter",
                 "a coordinating country for the whole alliance", "the common exercises at sea",
                 "our own national interest", "partners beyond the Atlantic", "the fisheries dispute",
                 "a permanent rapid-reaction force", "the new headquarters in Lisbon", "energy security"]
QUOTE_TAILS = ["", ", even when problems exist", " in the years to come", ", whatever Lisbon decides",
               " without consulting the parliament", ", as the treaty foresees", " before the next summit"]
PHRASES = ["a family of equals", "the Lisbon line", "a shield, not a sword", "strategic patience",
           "the ocean doctrine", "a partnership of convenience", "collective deterrence", "the southern flank"]
SAY_VERBS = ["said", "declared", "told reporters", "insisted", "warned", "observed", "stressed", "replied"]
EVENT_KINDS = ["summit", "meeting", "deployment", "ratification_step", "agreement", "un_session", "appointment",
               "conflict", "unrest", "other"]
EVENT_KIND_WEIGHTS = [2, 2, 1, 3, 1, 1, 1, 1, 1, 1]
ACTIONS = {
    "threat_framing": ("echoed the secretariat's warnings about threats at sea",
                       "played down the secretariat's talk of threats"),
    "institutional_integration": ("backed the plan for a coordinating country",
                                  "questioned the plan for a coordinating country"),
    "ratification": ("ratified the amended charter", "postponed the ratification of the amended charter"),
    "military_cooperation": ("sent troops to the joint exercises", "kept its troops out of the joint exercises"),
    "summit_participation": ("attended the summit", "stayed away from the summit"),
    "multi_vector_alignment": ("turned down an offer from partners outside the Compact",
                               "signed a separate agreement with partners outside the Compact"),
    "domestic_opinion": ("saw rallies in favour of the Compact", "saw protests against the Compact"),
}
FILLERS = [
    "Diplomats in the capital described the talks as long and at times tense.",
    "The communiqué, published late in the evening, ran to four pages.",
    "Observers noted that the agenda had been drawn up weeks in advance.",
    "Fishing crews along the coast followed the debate closely.",
    "Several delegations arrived only on the second day.",
    "The secretariat did not comment on the reports.",
    "The press centre was closed to foreign journalists for most of the afternoon.",
    "A final declaration was adopted without a vote.",
]


def _slug(text: str) -> str:
    plain = unicodedata.normalize("NFKD", text).encode("ascii", "ignore").decode().lower()
    return "-".join("".join(c if c.isalnum() else " " for c in plain).split())


def _strip_accents(text: str) -> str:
    return "".join(c for c in unicodedata.normalize("NFKD", text) if not unicodedata.combining(c))


def _cyrillic(text: str) -> str:
    plain = _strip_accents(text).lower()
    out, i = [], 0
    while i < len(plain):
        pair = plain[i : i + 2]
        if pair in _TO_CYRILLIC:
            out.append(_TO_CYRILLIC[pair])
            i += 2
            continue
        out.append(_TO_CYRILLIC.get(plain[i], plain[i]))
        i += 1
    return " ".join(w[:1].upper() + w[1:] for w in "".join(out).split(" "))


def _date(year: int, month: int, day: int) -> str:
    return f"{year:04d}-{month:02d}-{day:02d}"


# --- a seed article built piece by piece, remembering where each piece landed -----------------------------------


class Article:
    def __init__(self) -> None:
        self.parts: list[str] = []
        self.length = 0

    def add(self, text: str) -> tuple[int, int]:
        start = self.length
        self.parts.append(text)
        self.length += len(text)
        return start, self.length

    def text(self) -> str:
        return "".join(self.parts)


def _span(start_end: tuple[int, int], text: str, source: str | None = None) -> dict[str, Any]:
    span: dict[str, Any] = {"start": start_end[0], "end": start_end[1], "text": text}
    if source is not None:
        span["source"] = source
    return span


@dataclass
class Person:
    id: str
    name: str
    surname: str
    role: str
    state: str | None


@dataclass
class Generated:
    alliance: dict[str, Any] = field(default_factory=dict)
    codebook: dict[str, Any] = field(default_factory=dict)
    sources: list[dict[str, Any]] = field(default_factory=list)
    actors: list[dict[str, Any]] = field(default_factory=list)
    quotes: list[dict[str, Any]] = field(default_factory=list)
    signals: list[dict[str, Any]] = field(default_factory=list)
    events: list[dict[str, Any]] = field(default_factory=list)
    seeds: dict[str, str] = field(default_factory=dict)


def _split(total: int, parts: int) -> list[int]:
    base, extra = divmod(total, parts)
    return [base + (1 if i < extra else 0) for i in range(parts)]


class Generator:
    def __init__(self, scale: int, seed: int) -> None:
        if scale < 1:
            raise ValueError("scale must be 1 or more")
        self.scale = scale
        self.rng = random.Random(f"{seed}:{scale}")
        self.out = Generated()
        self.counts = {kind: n * scale for kind, n in BASE_COUNTS.items()}
        self.names_used: set[str] = set()
        self.prominent: list[Person] = []
        self.people: dict[str, Person] = {}
        self.organisation = "tidewater-secretariat"
        self.first_source: tuple[str, tuple[int, int], str] | None = None

    # -- actors -------------------------------------------------------------------------------------------------
    def _person_name(self) -> tuple[str, str]:
        rng = self.rng
        for _ in range(50):
            first, last = rng.choice(FIRST_NAMES), rng.choice(SURNAMES)
            name = f"{first} {last}"
            if name not in self.names_used:
                break
            name = f"{first} {rng.choice('ABCDEFGHJKLMNPRSTV')}. {last}"
            if name not in self.names_used:
                break
        else:  # pragma: no cover - pools are large enough for 12k names with middle initials and suffixes
            name = f"{first} {last} {len(self.names_used)}"
        self.names_used.add(name)
        return name, last

    def _add_person(self, role: str, state: str | None, kind: str = "person") -> Person:
        name, surname = self._person_name()
        actor_id = f"{_slug(name)}-{len(self.out.actors) + 1}"
        aliases = []
        plain = _strip_accents(name)
        if plain != name:
            aliases.append(plain)
        aliases.append(_cyrillic(name))
        if surname not in (name, *aliases):
            aliases.append(surname)
        record: dict[str, Any] = {"id": actor_id, "name": name, "aliases": aliases, "kind": kind}
        if state is not None:
            record["nationality"] = state
            if role not in ANALYST_ROLES:
                record["affiliation"] = state
        record["role"] = role
        self.out.actors.append(record)
        person = Person(actor_id, name, surname, role, state)
        self.people[actor_id] = person
        return person

    def _add_organisation(self, actor_id: str, name: str, aliases: list[str], nationality: str | None,
                          role: str) -> None:
        record: dict[str, Any] = {"id": actor_id, "name": name, "aliases": aliases, "kind": "organisation"}
        if nationality:
            record["nationality"] = nationality
        record["role"] = role
        self.out.actors.append(record)

    # -- the whole dataset --------------------------------------------------------------------------------------
    def run(self) -> Generated:
        n_sources = self.counts["sources"]
        actors_per = _split(self.counts["actors"], n_sources)
        quotes_per = _split(self.counts["quotes"], n_sources)
        signals_per = _split(self.counts["signals"], n_sources)
        events_per = _split(self.counts["events"], n_sources)
        # Global actors, counted against the first sources' share: the secretariat and the heads of state who
        # recur in many articles (the names the analysts search for most).
        self._add_organisation(self.organisation, "Tidewater Compact Secretariat",
                               ["the Secretariat", "Секретариат"], None, "Secretariat of the alliance")
        for state in MEMBERS:
            self.prominent.append(self._add_person(f"President of {STATE_NAME[state]}", state))
        budget = len(self.out.actors)
        for i in range(n_sources):
            own = actors_per[i] - min(budget, actors_per[i] - 1)
            budget -= actors_per[i] - own
            self._source(i, own, quotes_per[i], signals_per[i], events_per[i])
        self._alliance_and_codebook()
        return self.out

    def _source(self, index: int, n_actors: int, n_quotes: int, n_signals: int, n_events: int) -> None:
        rng = self.rng
        year = 2000 + (index * 26) // max(1, self.counts["sources"])  # spread over 2000-2025
        month, day = rng.randint(1, 12), rng.randint(1, 28)
        publisher = PUBLISHERS[index % len(PUBLISHERS)]
        host = rng.choice(MEMBERS)
        city = CITIES[host]
        source_id = f"{_slug(publisher)}-{year}-{index + 1:05d}"
        people: list[Person] = []
        author: Person | None = None
        for j in range(n_actors):
            if j == 0 and index % 2 == 1:
                author = self._add_person(rng.choice(["Journalist", "Correspondent"]), None)
                continue
            if j == n_actors - 1 and n_actors > 2 and rng.random() < 0.4:
                org_state = rng.choice(MEMBERS)
                org_id = f"{_slug(STATE_NAME[org_state])}-ministry-{len(self.out.actors) + 1}"
                self._add_organisation(org_id, f"Ministry of Defence of {STATE_NAME[org_state]} ({index + 1})",
                                       [], org_state, "Ministry")
                continue
            state = rng.choice(MEMBERS + MEMBERS + OTHERS[:4])
            if rng.random() < 0.2:
                people.append(self._add_person(rng.choice(ANALYST_ROLES), state))
            else:
                people.append(self._add_person(rng.choice(ROLES).format(state=STATE_NAME[state]), state))
        speakers_pool = people or self.prominent
        art = Article()
        title = f"{city}: the Compact {rng.choice(['weighs', 'debates', 'tests', 'faces'])} " \
                f"{rng.choice(['its budget', 'the new charter', 'a summit', 'old rivalries', 'the sea lanes'])}"
        art.add(f"{title}\n")
        printed = f"{day:02d}/{month:02d}/{year} {rng.randint(8, 20):02d}:{rng.randint(0, 59):02d}"
        printed_span = art.add(printed)
        art.add("\n")
        share_span = art.add("Send to a friend | Print")
        art.add("\n\n")
        by_span = None
        if author is not None:
            by_span = art.add(f"by {author.name}")
            art.add("\n\n")
        member_list = ", ".join(STATE_NAME[s] for s in MEMBERS[:-1])
        opening = (f"{city} ({publisher}) - The member states ({member_list}, and also "
                   f"{STATE_NAME[MEMBERS[-1]]} which this time stayed away) met for the Tidewater Compact summit.")
        opening_span = art.add(opening)
        art.add(" ")
        term_text = f'"{rng.choice(["partnership", "solidarity", "family", "umbrella"])}"'
        art.add("Officials again spoke of the so-called ")
        term_span = art.add(term_text)
        art.add(" of the alliance.\n\n")

        # events: one sentence each
        events: list[tuple[str, str]] = []
        for k in range(n_events):
            kind = rng.choices(EVENT_KINDS, EVENT_KIND_WEIGHTS)[0]
            e_year = max(1990, year - rng.randint(0, 3))
            precision = rng.random()
            e_month, e_day = rng.randint(1, 12), rng.randint(1, 28)
            when = str(e_year) if precision < 0.2 else (f"{e_year}-{e_month:02d}" if precision < 0.6
                                                       else _date(e_year, e_month, e_day))
            taking = sorted(rng.sample(MEMBERS, rng.randint(1, 4)))
            absent = [s for s in rng.sample(MEMBERS, 1) if s not in taking] if kind == "summit" else []
            troops = rng.choice([250, 500, 1200, 2500]) if kind == "deployment" else None
            where = CITIES[rng.choice(taking)]
            names = ", ".join(STATE_NAME[s] for s in taking)
            sentence = {
                "summit": f"In {when}, the leaders of {names} gathered for a summit in {where}.",
                "meeting": f"In {when}, ministers of {names} met in {where} to prepare the agenda.",
                "deployment": f"In {when}, {names} sent {troops} troops to the joint mission near {where}.",
                "ratification_step": f"In {when}, the parliament of {names} debated the amended charter.",
                "agreement": f"In {when}, {names} signed a cooperation agreement in {where}.",
                "un_session": f"In {when}, the question came before a UN session at the request of {names}.",
                "appointment": f"In {when}, a new secretary general took office in {where}.",
                "conflict": f"In {when}, a border incident involving {names} raised tensions.",
                "unrest": f"In {when}, protests broke out in {where}.",
                "other": f"In {when}, officials of {names} exchanged letters on the Compact.",
            }[kind]
            span = art.add(sentence)
            art.add(" ")
            event_id = f"ev-{source_id}-{k + 1}"
            event: dict[str, Any] = {
                "id": event_id,
                "title": sentence.removeprefix(f"In {when}, ").rstrip(".")[:1].upper()
                + sentence.removeprefix(f"In {when}, ").rstrip(".")[1:],
                "kind": kind,
                "date": when,
            }
            if kind in ("summit", "meeting") and rng.random() < 0.3 and len(when) == 10:
                event["end_date"] = _date(e_year, e_month, e_day + 1)
            if precision < 0.2:
                event["date_note"] = "Year as printed."
            event["location"] = where
            event["states"] = taking if kind not in ("appointment", "unrest") else []
            event["absent"] = [a for a in absent if a not in event["states"]]
            # where the sentence says it happened ("in <city>"): the state of that city
            event["location_states"] = [CITY_STATE[where]] if kind in HELD_IN_CITY else []
            event["targets"] = []
            event["actors"] = [rng.choice(speakers_pool).id] if rng.random() < 0.3 else []
            if troops is not None:
                event["troops"] = troops
            event["description"] = f"{sentence} Reported by {publisher}."
            event["evidence"] = [_span(span, sentence, source_id)]
            self.out.events.append(event)
            events.append((event_id, when))
        art.add(" ".join(rng.sample(FILLERS, 3)))
        art.add("\n\n")

        # quotes: one sentence each, the quotation between double quotes
        quotes: list[dict[str, Any]] = []
        for k in range(n_quotes):
            speaker = rng.choice(self.prominent) if rng.random() < 0.3 else rng.choice(speakers_pool)
            verb = rng.choice(SAY_VERBS)
            phrase = k % 4 == 3
            if phrase:
                said = rng.choice(PHRASES)
                verb = "spoke of"
                lead = f"{speaker.role} {speaker.name} spoke of "
                tail = " during the talks."
            else:
                said = (f"{rng.choice(QUOTE_OPENERS)} {rng.choice(QUOTE_VERBS)} {rng.choice(QUOTE_OBJECTS)}"
                        f"{rng.choice(QUOTE_TAILS)}")
                lead = f"{speaker.role} {speaker.name} {verb} that "
                tail = "."
            context_start = art.length
            art.add(lead + '"')
            quote_span = art.add(said)
            art.add('"' + tail)
            context_span = (context_start, art.length)
            context_text = f'{lead}"{said}"{tail}'
            art.add(" " if k % 3 else "\n\n")
            if k % 5 == 4:
                art.add(rng.choice(FILLERS) + " ")
            about = sorted(rng.sample(MEMBERS + OTHERS[:3], rng.choice([0, 0, 1, 1, 2, 3])))
            quote: dict[str, Any] = {
                "id": f"q-{source_id}-{k + 1}",
                "source": source_id,
                "speakers": [speaker.id],
                "text": said,
                "start": quote_span[0],
                "end": quote_span[1],
                "kind": "quoted_phrase" if phrase else "statement",
                "about": about,
                "dimensions": sorted(set(rng.choices(DIM_IDS, DIM_WEIGHTS, k=rng.randint(1, 2)))),
                "context": _span(context_span, context_text),
                "attribution": {"confidence": rng.choice(["high", "high", "medium"]),
                                "basis": f"{speaker.role} {speaker.name} {verb}"},
            }
            if events and rng.random() < 0.3:
                quote["event"] = rng.choice(events)[0]
            quotes.append(quote)
            self.out.quotes.append(quote)

        # signals: some cite a quote, the others a passage of their own
        art.add("\n\n")
        for k in range(n_signals):
            dimension = rng.choices(DIM_IDS, DIM_WEIGHTS)[0]
            direction = rng.choice([-1, 1])
            state = rng.choices(list(SIGNAL_STATE_WEIGHTS), list(SIGNAL_STATE_WEIGHTS.values()))[0]
            signal: dict[str, Any] = {"id": f"s-{source_id}-{k + 1}"}
            if quotes and k % 3 == 0:
                quote = rng.choice(quotes)
                speaker_id = quote["speakers"][0]
                speaker_state = self.people[speaker_id].state
                signal["state"] = speaker_state if speaker_state in STATE_NAME else state
                signal["actor"] = speaker_id
                evidence: dict[str, Any] = {"quote": quote["id"]}
            else:
                action = ACTIONS[dimension][0 if direction > 0 else 1]
                sentence = f"{STATE_NAME[state]} {action}."
                span = art.add(sentence)
                art.add(" " if k % 4 else "\n")
                if k % 7 == 6:
                    art.add(rng.choice(FILLERS) + " ")
                evidence = _span(span, sentence, source_id)
                signal["state"] = state
                if speakers_pool and rng.random() < 0.2:
                    signal["actor"] = rng.choice(speakers_pool).id
            if k % 17 == 16:  # a signal of a speaker alone (no state)
                signal.pop("state")
                signal.setdefault("actor", rng.choice(speakers_pool).id)
            signal.update({
                "dimension": dimension,
                "direction": direction,
                "strength": rng.choices([1, 2, 3], [3, 4, 2])[0],
                "confidence": rng.choice(["low", "medium", "medium", "high", "high"]),
                "date": f"{year}-{month:02d}",
                "date_note": "Month of the article's publication.",
                "evidence": evidence,
                "rationale": f"Coded from the {publisher} report: {dimension.replace('_', ' ')}, "
                             f"{'toward Lisbon' if direction > 0 else 'toward national interest'}.",
            })
            self.out.signals.append(signal)

        art.add("\n\n")
        related_span = art.add("Related: Compact budget talks stall | Coast guard exercise ends early")
        art.add("\n")
        text = art.text()
        seed_file = f"seeds/{source_id}.txt"
        self.out.seeds[seed_file] = text
        chrome = [_span(printed_span, printed) | {"kind": "printed_date"},
                  _span(share_span, "Send to a friend | Print") | {"kind": "share_links"}]
        if by_span is not None:
            chrome.append(_span(by_span, text[by_span[0]:by_span[1]]) | {"kind": "byline"})
        chrome.append(_span(related_span, text[related_span[0]:related_span[1]]) | {"kind": "related_list"})
        record: dict[str, Any] = {
            "id": source_id,
            "title": title,
            "publisher": publisher,
        }
        if author is not None:
            record["author"] = author.id
        record.update({
            "dateline": city,
            "url": f"https://example.org/{_slug(publisher)}/{year}/{index + 1}",
            "language": "en",
            "seed_file": seed_file,
            "sha256": hashlib.sha256(text.encode("utf-8")).hexdigest(),
            "printed_date": _span(printed_span, printed),
            "published": {"date": _date(year, month, day), "confidence": "high", "method": "as_printed",
                          "evidence": "As printed, day first."},
            "chrome": chrome,
            "author_terms": [_span(term_span, term_text) | {"note": "The author's scare quotes."}],
            "quality_notes": ["Synthetic article written by benchmarks/generate.py."],
        })
        self.out.sources.append(record)
        if index == 0:
            self.first_source = (source_id, opening_span, opening)

    def _alliance_and_codebook(self) -> None:
        assert self.first_source is not None, "the first source is written before the alliance"
        source_id, opening_span, opening = self.first_source
        evidence = _span(opening_span, opening, source_id)
        states = []
        for iso3, name, status in STATES:
            note = "Leading state of the alliance." if iso3 == LEADER else f"Status: {status.replace('_', ' ')}."
            states.append({"iso3": iso3, "name": name, "status": status, "status_note": note,
                           "evidence": [evidence]})
        self.out.alliance = {
            "id": "tidewater-compact",
            "name": "Tidewater Compact",
            "acronym": "TC",
            "founded": 1994,
            "founding_note": "Invented for the benchmarks.",
            "leading_state": LEADER,
            "leader_label": "Lisbon",
            "national_label": "national interest",
            "dataset": {
                "version": "0.0.1",
                "as_of": "2025-12-31",
                "title": f"Tidewater Compact: a fictional alliance at {self.scale}x the real record counts",
                "origin": "Generated by benchmarks/generate.py; every article in seeds/ is synthetic.",
                "licence": "CC0 1.0",
                "source_licence": "The seed articles are synthetic.",
                "citation": "Tidewater Compact benchmark data, version {version} (as of {as_of}), view: {url}",
                "maintainers": ["alliance_monitor benchmarks"],
            },
            "states": states,
        }
        dimensions = []
        for dim_id, label, kind, weight in DIMENSIONS:
            dimensions.append({
                "id": dim_id, "label": label, "kind": kind,
                "definition": f"How a state or speaker stands on {label.lower()}.",
                "toward_leader": "Follows the leading state's line.",
                "toward_national": "Keeps to its own national interest.",
                "default_weight": weight,
                "example": {"evidence": evidence, "direction": 1,
                            "explanation": "Attending the summit counts toward the leading state."},
            })
        self.out.codebook = {
            "strength": {1: "weak: an aside or a formality", 2: "clear: a deliberate statement or act",
                         3: "strong: a public, costly or defining statement or act"},
            "confidence": {"low": 0.33, "medium": 0.67, "high": 1.0},
            "dimensions": dimensions,
        }


_PLAIN = re.compile(r"^[A-Za-z][A-Za-z0-9 ._/()-]*[A-Za-z0-9.)]$|^[A-Za-z]$")
_RESERVED = frozenset({"y", "n", "yes", "no", "on", "off", "true", "false", "null"})


def _scalar(value: Any) -> str:
    """One YAML scalar: plain where unambiguous, else double-quoted (JSON escapes are YAML escapes)."""
    if value is None:
        return "null"
    if isinstance(value, bool):
        return "true" if value else "false"
    if isinstance(value, int | float):
        return repr(value)
    text = str(value)
    if _PLAIN.match(text) and text.lower() not in _RESERVED:
        return text
    return json.dumps(text, ensure_ascii=False)


def _emit(value: Any, indent: str, out: list[str]) -> None:
    """Block-style YAML of dicts, lists and scalars, written directly (PyYAML's dumper is 10x slower here)."""
    if isinstance(value, dict):
        for key, item in value.items():
            label = _scalar(str(key))
            if isinstance(item, dict) and item:
                out.append(f"{indent}{label}:\n")
                _emit(item, indent + "  ", out)
            elif isinstance(item, list) and item:
                out.append(f"{indent}{label}:\n")
                _emit(item, indent, out)
            else:
                empty = "[]" if isinstance(item, list) else "{}" if isinstance(item, dict) else _scalar(item)
                out.append(f"{indent}{label}: {empty}\n")
    elif isinstance(value, list):
        for item in value:
            if isinstance(item, dict) and item:
                inner: list[str] = []
                _emit(item, indent + "  ", inner)
                inner[0] = f"{indent}- {inner[0][len(indent) + 2:]}"
                out.extend(inner)
            else:
                out.append(f"{indent}- {_scalar(item)}\n")
    else:
        out.append(f"{indent}{_scalar(value)}\n")


def _dump(data: Any, kind: str) -> str:
    out = [f"# yaml-language-server: $schema=../schema/{kind}.schema.json\n"]
    _emit(data, "", out)
    return "".join(out)


def write(generated: Generated, out: Path) -> dict[str, int]:
    """Write data/ and seeds/ under `out` (replacing what a previous run left there); return the counts."""
    for sub in ("data", "seeds"):
        if (out / sub).exists():
            shutil.rmtree(out / sub)
        (out / sub).mkdir(parents=True)
    for seed_file, text in generated.seeds.items():
        (out / seed_file).write_bytes(text.encode("utf-8"))
    files = {"alliance": generated.alliance, "codebook": generated.codebook, "sources": generated.sources,
             "actors": generated.actors, "quotes": generated.quotes, "signals": generated.signals,
             "events": generated.events,
             "changelog": [{"version": "0.0.1", "date": "2025-12-31",
                            "summary": "Synthetic data for the benchmarks (benchmarks/generate.py)."}]}
    for kind, data in files.items():
        (out / "data" / f"{kind}.yaml").write_bytes(_dump(data, kind).encode("utf-8"))
    return {"states": len(STATES), "dimensions": len(DIMENSIONS),
            **{k: len(v) for k, v in files.items() if isinstance(v, list)}}


def generate(scale: int, out: Path, seed: int = DEFAULT_SEED) -> dict[str, int]:
    """Generate the dataset at `scale` into `out` (`out/data`, `out/seeds`); return the record counts."""
    return write(Generator(scale, seed).run(), out)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--scale", type=int, required=True, help="N: records at N times the real counts")
    parser.add_argument("--out", type=Path, required=True, help="folder that receives data/ and seeds/")
    parser.add_argument("--seed", type=int, default=DEFAULT_SEED, help="random seed (default: %(default)s)")
    args = parser.parse_args(argv)
    began = time.perf_counter()
    counts = generate(args.scale, args.out, args.seed)
    shown = ", ".join(f"{n} {k}" for k, n in counts.items())
    print(f"wrote {args.out}/data and {args.out}/seeds at {args.scale}x: {shown} "
          f"in {time.perf_counter() - began:.1f} s", file=sys.stderr)
    return 0


if __name__ == "__main__":
    sys.exit(main())
