"""Tables of good and bad values for each shared rule of the models, checked on the models alone.

The validator's file-level report is tested in test_validation_rules.py; here each rule is pinned down value by
value, so a loosened pattern or an off-by-one in a date check fails a named row.
"""

from __future__ import annotations

from datetime import date
from typing import Any

import pytest
from pydantic import TypeAdapter, ValidationError

from alliance_monitor.models import (
    RECORD_FILES,
    RULE_ERROR,
    SINGLETON_FILES,
    Actor,
    Alliance,
    Confidence,
    Event,
    FuzzyDate,
    Id,
    Iso3,
    Quote,
    Record,
    Signal,
    Span,
)
from alliance_monitor.yamlio import read_yaml
from tests.conftest import FICTIONAL_DATA

ID = TypeAdapter(Id)
ISO3 = TypeAdapter(Iso3)
DATE = TypeAdapter(FuzzyDate)
CONFIDENCE = TypeAdapter(Confidence)


def rule_fields(err: ValidationError) -> list[tuple[int | str, ...]]:
    """Where each error points: its location plus, for a rule over several fields, the field it blames."""
    return [(*e["loc"], *(e.get("ctx", {}).get("at", ()) if e["type"] == RULE_ERROR else ())) for e in err.errors()]


# --- ids, codes, dates, enums -------------------------------------------------------------------------------


@pytest.mark.parametrize("value", ["a", "0", "q-tokayev-no-need", "ev.2022_01", "x" * 120])
def test_id_accepts(value: str) -> None:
    assert ID.validate_python(value) == value


@pytest.mark.parametrize(
    "value", ["", "Tokayev", "-leading-dash", ".dot", "_under", "has space", "tokáev", "a/b", "x" * 121, 7]
)
def test_id_refuses(value: Any) -> None:
    """Ids go into URLs and file names: lower-case ASCII, no leading punctuation, at most 120 characters."""
    with pytest.raises(ValidationError):
        ID.validate_python(value)


@pytest.mark.parametrize("value", ["KAZ", "NOR", "ISL", "USA", "PRT"])
def test_iso3_accepts(value: str) -> None:
    assert ISO3.validate_python(value) == value


@pytest.mark.parametrize("value", ["kaz", "XXX", "KZ", "KAZA", "", "SU", "NRW", " KAZ"])
def test_iso3_refuses(value: str) -> None:
    with pytest.raises(ValidationError, match="ISO 3166-1 alpha-3"):
        ISO3.validate_python(value)


@pytest.mark.parametrize(
    ("value", "expected"),
    [
        ("2022", "2022"),
        (2022, "2022"),  # YAML reads an unquoted year as an int
        ("2022-01", "2022-01"),
        ("2022-01-13", "2022-01-13"),
        (date(2022, 1, 13), "2022-01-13"),
        ("2024-02-29", "2024-02-29"),  # leap year
        ("2000-02-29", "2000-02-29"),  # divisible by 400: leap
        ("2023-12-31", "2023-12-31"),
        ("1992-04", "1992-04"),
    ],
)
def test_fuzzy_date_accepts(value: Any, expected: str) -> None:
    assert DATE.validate_python(value) == expected


@pytest.mark.parametrize(
    ("value", "message"),
    [
        ("2022-13", "month 13 does not exist"),
        ("2022-00", "month 0 does not exist"),
        ("2023-02-29", "day 29 does not exist"),  # not a leap year
        ("1900-02-29", "day 29 does not exist"),  # divisible by 100, not by 400
        ("2022-02-30", "day 30 does not exist"),
        ("2022-04-31", "day 31 does not exist"),
        ("2022-01-00", "day 0 does not exist"),
        ("2022-1-13", "is not an ISO date"),
        ("2022/01/13", "is not an ISO date"),
        ("13.01.2022", "is not an ISO date"),
        ("22", "is not an ISO date"),
        ("", "is not an ISO date"),
        (" 2022", "is not an ISO date"),
        ("2022-01-13T10:00", "is not an ISO date"),
        (22, "is not an ISO date"),
        (True, "valid string"),  # a YAML boolean is not the year 1
        (2022.5, "valid string"),
    ],
)
def test_fuzzy_date_refuses(value: Any, message: str) -> None:
    with pytest.raises(ValidationError, match=message):
        DATE.validate_python(value)


@pytest.mark.parametrize("value", ["low", "medium", "high"])
def test_confidence_accepts(value: str) -> None:
    assert CONFIDENCE.validate_python(value).value == value


@pytest.mark.parametrize("value", ["High", "very high", "", "certain", 1, None])
def test_confidence_refuses(value: Any) -> None:
    with pytest.raises(ValidationError):
        CONFIDENCE.validate_python(value)


# --- spans -------------------------------------------------------------------------------------------------


@pytest.mark.parametrize(("start", "end"), [(0, 1), (10, 11), (0, 5000)])
def test_span_accepts(start: int, end: int) -> None:
    assert Span(source="s", start=start, end=end, text="x").end == end


@pytest.mark.parametrize(
    ("start", "end", "blamed"),
    [(5, 5, ("end",)), (5, 4, ("end",)), (-1, 3, ("start",)), (0, 0, ("end",))],
)
def test_span_refuses(start: int, end: int, blamed: tuple[str, ...]) -> None:
    """`end` is exclusive, so it must exceed `start`; the error blames the field a curator must fix."""
    with pytest.raises(ValidationError) as info:
        Span(source="s", start=start, end=end, text="x")
    assert rule_fields(info.value) == [blamed]


# --- records -------------------------------------------------------------------------------------------------


def signal(**changes: Any) -> dict[str, Any]:
    record: dict[str, Any] = {
        "id": "s-x", "state": "KAZ", "actor": "tokayev", "dimension": "threat_framing", "direction": -1,
        "strength": 2, "confidence": "high", "date": "2023-11", "evidence": {"quote": "q-x"}, "rationale": "Why.",
    }
    record.update(changes)
    return {k: v for k, v in record.items() if v is not None}


@pytest.mark.parametrize(
    "changes",
    [{}, {"actor": None}, {"state": None}, {"evidence": {"source": "src", "start": 0, "end": 3, "text": "abc"}}],
)
def test_signal_accepts(changes: dict[str, Any]) -> None:
    Signal.model_validate(signal(**changes))


@pytest.mark.parametrize(
    ("changes", "blamed"),
    [
        ({"state": None, "actor": None}, ("state",)),  # a signal needs a subject
        ({"direction": 0}, ("direction",)),
        ({"direction": 2}, ("direction",)),
        ({"strength": 0}, ("strength",)),
        ({"strength": 4}, ("strength",)),
        ({"evidence": {"quote": "q-x", "start": 1}}, ("evidence", "by-quote", "start")),
        ({"evidence": {"source": "src", "start": 3, "end": 1, "text": "abc"}}, ("evidence", "by-span", "end")),
    ],
)
def test_signal_refuses(changes: dict[str, Any], blamed: tuple[str, ...]) -> None:
    """Evidence is a quote reference or a span, told apart by `quote`: a broken span is reported once, as a span."""
    with pytest.raises(ValidationError) as info:
        Signal.model_validate(signal(**changes))
    assert rule_fields(info.value) == [blamed]


def quote(start: int, end: int, context: tuple[int, int], speakers: tuple[str, ...] = ("a",)) -> dict[str, Any]:
    return {
        "id": "q-x", "source": "src", "speakers": list(speakers), "text": "words", "start": start, "end": end,
        "kind": "statement", "context": {"start": context[0], "end": context[1], "text": "a sentence"},
        "attribution": {"confidence": "high", "basis": "said"},
    }


@pytest.mark.parametrize(
    ("start", "end", "context"), [(10, 20, (0, 100)), (10, 20, (10, 20)), (10, 20, (10, 21)), (0, 1, (0, 1))]
)
def test_quote_inside_context_accepted(start: int, end: int, context: tuple[int, int]) -> None:
    Quote.model_validate(quote(start, end, context))


@pytest.mark.parametrize(
    ("start", "end", "context", "blamed"),
    [
        (10, 20, (11, 100), ("context",)),
        (10, 20, (0, 19), ("context",)),
        (10, 20, (30, 40), ("context",)),
        (20, 20, (0, 100), ("end",)),
        (20, 10, (0, 100), ("end",)),
    ],
)
def test_quote_outside_context_refused(start: int, end: int, context: tuple[int, int],
                                       blamed: tuple[str, ...]) -> None:
    with pytest.raises(ValidationError) as info:
        Quote.model_validate(quote(start, end, context))
    assert rule_fields(info.value) == [blamed]


def test_quote_speaker_listed_twice_blames_the_second() -> None:
    with pytest.raises(ValidationError) as info:
        Quote.model_validate(quote(10, 20, (0, 100), speakers=("a", "b", "a")))
    assert rule_fields(info.value) == [("speakers", 2)]


def event(**changes: Any) -> dict[str, Any]:
    record: dict[str, Any] = {
        "id": "ev-x", "title": "T", "kind": "summit", "date": "2024-03-12", "description": "D",
        "evidence": [{"source": "src", "start": 0, "end": 1, "text": "x"}],
    }
    record.update(changes)
    return record


@pytest.mark.parametrize(
    "changes",
    [
        {"end_date": "2024-03-12"},  # a one-day event may repeat its date
        {"end_date": "2024-03-13"},
        {"end_date": "2024-03"},  # the month may end after the 12th
        {"date": "2024-03", "end_date": "2024-03-01"},  # a month-precise start may be the 1st
        {"date": 2024, "end_date": "2024-01-01"},
        {"states": ["NOR", "ISL"], "absent": ["LVA"]},
        {"troops": 0},
    ],
)
def test_event_accepts(changes: dict[str, Any]) -> None:
    Event.model_validate(event(**changes))


@pytest.mark.parametrize(
    ("changes", "blamed"),
    [
        ({"end_date": "2024-03-11"}, ("end_date",)),
        ({"end_date": "2024-02"}, ("end_date",)),
        ({"end_date": "2023"}, ("end_date",)),
        ({"states": ["NOR", "ISL"], "absent": ["LVA", "ISL"]}, ("absent", 1)),
        ({"evidence": []}, ("evidence",)),
        ({"troops": -1}, ("troops",)),
    ],
)
def test_event_refuses(changes: dict[str, Any], blamed: tuple[int | str, ...]) -> None:
    with pytest.raises(ValidationError) as info:
        Event.model_validate(event(**changes))
    assert rule_fields(info.value) == [blamed]


@pytest.mark.parametrize(
    "aliases", [[], ["Tokaev"], ["Tokaev", "Tokayev", "Токаев", "Тоқаев"], ["Tokaev", "Tokayev"]]
)
def test_actor_aliases_accepted(aliases: list[str]) -> None:
    Actor.model_validate({"id": "tokayev", "name": "Kassym-Jomart Tokayev", "kind": "person", "aliases": aliases})


@pytest.mark.parametrize(
    ("aliases", "blamed"),
    [(["Tokaev", "Tokaev"], ("aliases", 1)), (["Tokaev", "Kassym-Jomart Tokayev"], ("aliases", 1)),
     # equal after case folding or NFC (issue 13.4): they add no spelling a search would not already find
     (["tokaev", "Tokaev"], ("aliases", 1)), (["Tokaev", "kassym-jomart TOKAYEV"], ("aliases", 1)),
     (["Abišev", "Abis\u030cev"], ("aliases", 1))],
)
def test_actor_alias_duplicates_refused(aliases: list[str], blamed: tuple[int | str, ...]) -> None:
    with pytest.raises(ValidationError) as info:
        Actor.model_validate({"id": "tokayev", "name": "Kassym-Jomart Tokayev", "kind": "person", "aliases": aliases})
    assert rule_fields(info.value) == [blamed]


def alliance(leader: str, status: str) -> dict[str, Any]:
    raw = read_yaml(FICTIONAL_DATA / "alliance.yaml")
    raw["leading_state"] = leader
    raw["states"][0]["status"] = status  # NOR, the fixture's leader
    return dict(raw)


@pytest.mark.parametrize(("leader", "status"), [("NOR", "member"), ("NOR", "member_absent"), ("ISL", "former_member")])
def test_alliance_leader_is_a_member(leader: str, status: str) -> None:
    assert Alliance.model_validate(alliance(leader, status)).leading_state == leader


@pytest.mark.parametrize(
    ("leader", "status"),
    [("NOR", "former_member"), ("NOR", "mentioned"), ("NOR", "non_member_involved"), ("SWE", "member"),
     ("CAN", "member")],  # CAN is listed, but as a non-member
)
def test_alliance_leader_not_a_member_refused(leader: str, status: str) -> None:
    with pytest.raises(ValidationError) as info:
        Alliance.model_validate(alliance(leader, status))
    assert rule_fields(info.value) == [("leading_state",)]


def first_record(kind: str) -> dict[str, Any]:
    raw = read_yaml(FICTIONAL_DATA / f"{kind}.yaml")
    return dict(raw if kind in SINGLETON_FILES else raw[0])


@pytest.mark.parametrize("kind", sorted(RECORD_FILES))
def test_extra_fields_are_forbidden(kind: str) -> None:
    """A typo in a key is an error, never a silently ignored field: the fixture's record loads, plus one key fails."""
    model: type[Record] = RECORD_FILES[kind]
    record = first_record(kind)
    model.model_validate(record)
    with pytest.raises(ValidationError) as info:
        model.model_validate({**record, "comment": "typo of a real field"})
    assert [(e["type"], e["loc"]) for e in info.value.errors()] == [("unexpected_keyword_argument", ("comment",))]


@pytest.mark.parametrize(
    ("model", "record", "loc"),
    [
        (Span, {"source": "s", "start": 0, "end": 1, "text": "x", "note": "?"}, ("note",)),
        (Signal, signal(evidence={"quote": "q-x", "note": "?"}), ("evidence", "by-quote", "note")),
        (Signal, signal(evidence={"source": "s", "start": 0, "end": 1, "text": "x", "note": "?"}),
         ("evidence", "by-span", "note")),
    ],
)
def test_nested_extra_fields_are_forbidden(model: type[Record], record: dict[str, Any],
                                           loc: tuple[str, ...]) -> None:
    """Nested mappings are as strict as records; the union tag in the location is not a data key."""
    with pytest.raises(ValidationError) as info:
        model.model_validate(record)
    assert [(e["type"], e["loc"]) for e in info.value.errors()] == [("unexpected_keyword_argument", loc)]


# --- codebook scales -----------------------------------------------------------------------------------------


def _codebook(confidence: dict[str, Any]) -> dict[str, Any]:
    """The real codebook with other confidence values."""
    from pathlib import Path

    raw = dict(read_yaml(Path(__file__).resolve().parents[2] / "data" / "codebook.yaml"))
    return {**raw, "confidence": confidence}


@pytest.mark.parametrize("value", [0.0, 0.33, 1.0])
def test_codebook_confidence_value_accepts(value: float) -> None:
    from alliance_monitor.models import Codebook

    Codebook.model_validate(_codebook({"low": value, "medium": 0.5, "high": 1.0}))


@pytest.mark.parametrize("value", [float("nan"), float("inf"), -0.1, 1.5])
def test_codebook_confidence_value_refuses(value: float) -> None:
    from alliance_monitor.models import Codebook

    with pytest.raises(ValidationError) as info:
        Codebook.model_validate(_codebook({"low": value, "medium": 0.5, "high": 1.0}))
    assert info.value.errors()[0]["loc"] == ("confidence", "low")


# --- the record base: slots, and BaseModel's API kept -------------------------------------------------------


def _every_record(value: Any) -> list[Record]:
    """`value` and every record nested in it."""
    found: list[Record] = []
    stack = [value]
    while stack:
        item = stack.pop()
        if isinstance(item, Record):
            found.append(item)
            stack.extend(getattr(item, name) for name in type(item).model_fields)
        elif isinstance(item, list | tuple):
            stack.extend(item)
    return found


@pytest.mark.parametrize("kind", sorted(RECORD_FILES))
def test_records_keep_their_values_in_slots_not_a_dict(kind: str) -> None:
    """The memory of a 1000x load depends on it (README, Performance: 66 MB of per-instance dicts before)."""
    records = _every_record(RECORD_FILES[kind].model_validate(first_record(kind)))
    assert records and all(not hasattr(r, "__dict__") for r in records), kind


def test_model_copy_replaces_without_validating_and_refuses_unknown_fields() -> None:
    quote = RECORD_FILES["quotes"].model_validate(first_record("quotes"))
    copied = quote.model_copy(update={"text": ""})  # invalid on purpose: BaseModel.model_copy does not validate
    assert copied.text == "" and quote.text != "" and copied.id == quote.id  # type: ignore[attr-defined]
    with pytest.raises(AttributeError, match="no field 'comment'"):
        quote.model_copy(update={"comment": "x"})
    with pytest.raises(AttributeError):
        quote.text = "changed"  # type: ignore[attr-defined]  # frozen


@pytest.mark.parametrize("kind", sorted(RECORD_FILES))
def test_a_record_dumps_back_to_what_validates_to_it(kind: str) -> None:
    model = RECORD_FILES[kind]
    record = model.model_validate(first_record(kind))
    dumped = record.model_dump(mode="json", exclude_none=True)
    assert list(dumped) == [name for name in model.model_fields if name in dumped]  # the fields' order
    assert model.model_validate(dumped) == record
