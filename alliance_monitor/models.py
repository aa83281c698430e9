"""Strict models for every record kind of the dataset.

Each model forbids unknown fields, so a typo in a curated file is an error, not a silently ignored key. Closed
vocabularies are enums; the field types shared by several kinds (ids, ISO codes, dates, spans) are defined once
here. Rules that need more than one record (references, offsets into the seeds) live in `validate.py`.
"""

from __future__ import annotations

import calendar
import copy
import re
import unicodedata
from datetime import date as Date
from enum import StrEnum
from typing import Annotated, Any, ClassVar, Literal, Self

import pycountry
from pydantic import (
    AfterValidator,
    BeforeValidator,
    ConfigDict,
    Discriminator,
    Field,
    StringConstraints,
    Tag,
    TypeAdapter,
    WithJsonSchema,
    model_validator,
)
from pydantic.dataclasses import dataclass
from pydantic.fields import FieldInfo
from pydantic_core import PydanticCustomError

COUNTRY_NAMES: dict[str, str] = {country.alpha_3: country.name for country in pycountry.countries}
"""ISO 3166-1 alpha-3 code -> short name, from pycountry (the iso-codes data, kept current by its maintainers)."""

# --- shared field types ----------------------------------------------------------------------------

RULE_ERROR = "record_rule"
"""Error type of a rule that spans several fields; its context `at` names the field to blame."""


def _same_text_key(text: str) -> str:
    """What two names must share to be the same name: NFC form, case folded (Unicode's default caseless match)."""
    return unicodedata.normalize("NFC", text).casefold()


def rule_error(message: str, *at: int | str) -> PydanticCustomError:
    """An error for a rule over several fields that still names one field (and so one line) to blame.

    A model validator's own location is the whole record; `load` appends `at` to it so the report reads
    `path:line: record.field: message` like every other problem.
    """
    return PydanticCustomError(RULE_ERROR, "{message}", {"at": at, "message": message})


Id = Annotated[
    str,
    StringConstraints(pattern=r"^[a-z0-9][a-z0-9._-]*$", max_length=120),
]
"""A record id: lower-case ASCII letters, digits, dot, dash, underscore (safe in URLs and file names)."""

NonEmptyText = Annotated[str, StringConstraints(min_length=1, max_length=20_000)]


def _check_iso3(code: str) -> str:
    if code not in COUNTRY_NAMES:
        raise ValueError(f"{code!r} is not an ISO 3166-1 alpha-3 country code")
    return code


Iso3 = Annotated[str, AfterValidator(_check_iso3), WithJsonSchema({"type": "string", "pattern": r"^[A-Z]{3}$"})]

_DATE_FORMS = re.compile(r"^(\d{4})(?:-(\d{2})(?:-(\d{2}))?)?$")


def _coerce_date(value: Any) -> Any:
    # YAML turns an unquoted 2022 into an int; a reduced-precision ISO date is still meant.
    if isinstance(value, int) and not isinstance(value, bool):
        return str(value)
    if isinstance(value, Date):
        return value.isoformat()
    return value


def _check_date(value: str) -> str:
    match = _DATE_FORMS.match(value)
    if not match:
        raise ValueError(f"{value!r} is not an ISO date (YYYY, YYYY-MM or YYYY-MM-DD)")
    year, month, day = (int(g) if g else None for g in match.groups())
    assert year is not None
    if month is not None and not 1 <= month <= 12:
        raise ValueError(f"{value!r}: month {month} does not exist")
    if month is not None and day is not None and not 1 <= day <= calendar.monthrange(year, month)[1]:
        raise ValueError(f"{value!r}: day {day} does not exist in {year}-{month:02d}")
    return value


FuzzyDate = Annotated[str, BeforeValidator(_coerce_date), AfterValidator(_check_date),
                      WithJsonSchema({"type": "string", "pattern": r"^\d{4}(-\d{2}(-\d{2})?)?$"})]
"""An ISO 8601 date of reduced precision: its length says whether it is known to the year, month or day."""


Version = Annotated[str, StringConstraints(pattern=r"^\d+\.\d+\.\d+$", max_length=40)]
"""A dataset version, MAJOR.MINOR.PATCH (semantic versioning: https://semver.org)."""


def version_key(version: str) -> tuple[int, ...]:
    """`Version` as comparable integers: "0.10.0" sorts after "0.9.1". ValueError for a non-version."""
    if not re.fullmatch(r"\d+\.\d+\.\d+", version):
        raise ValueError(f"{version!r} is not a version (MAJOR.MINOR.PATCH)")
    return tuple(int(part) for part in version.split("."))


class Precision(StrEnum):
    YEAR = "year"
    MONTH = "month"
    DAY = "day"


def date_precision(value: str) -> Precision:
    return {4: Precision.YEAR, 7: Precision.MONTH, 10: Precision.DAY}[len(value)]


def date_bounds(value: str) -> tuple[Date, Date]:
    """First and last day a reduced-precision date can stand for (for range filters and sorting)."""
    parts = [int(p) for p in value.split("-")]
    if len(parts) == 1:
        return Date(parts[0], 1, 1), Date(parts[0], 12, 31)
    if len(parts) == 2:
        last = calendar.monthrange(parts[0], parts[1])[1]
        return Date(parts[0], parts[1], 1), Date(parts[0], parts[1], last)
    day = Date(parts[0], parts[1], parts[2])
    return day, day


class Confidence(StrEnum):
    LOW = "low"
    MEDIUM = "medium"
    HIGH = "high"


RECORD_CONFIG = ConfigDict(extra="forbid", str_strip_whitespace=False, use_attribute_docstrings=True)
"""Every record's pydantic configuration. use_attribute_docstrings: the docstring under a field is its description,
in the JSON Schemas (schema/) and in every exported table's column descriptions (Data Package, SQLite metadata,
Parquet): one text, kept beside the field. tests/engine/test_open_data.py fails for a field without one."""

EXTRA_FIELD_ERRORS = frozenset({"unexpected_keyword_argument", "extra_forbidden"})
"""pydantic's error types for a field the model does not have (a typo in a curated file)."""


class _FieldsOf:
    """`Record.model_fields`: the class's `__pydantic_fields__`, read when accessed through the class."""

    def __get__(self, instance: object, owner: type) -> dict[str, FieldInfo]:
        return owner.__pydantic_fields__  # type: ignore[attr-defined, no-any-return]


class Record:
    """Base of every record: a frozen, slotted pydantic dataclass (each class is decorated with `dataclass(
    config=RECORD_CONFIG, frozen=True, slots=True, kw_only=True)`), with the few model methods the project uses.

    Why not `pydantic.BaseModel`: a model instance keeps its fields in a per-instance `__dict__` plus a set of the
    names it was given, about 300 bytes of overhead per record and nested record. At 1000x the real data that is
    175,000 instances and 66 MB of the 105 MB the records take. With slots the build's peak fell from 394 to 342
    MB and a server started without the compiled cache from 438 to 383-388 MB (benchmarks/build_memory.py and an
    interleaved server run, 2026-11-30; issue 17's 400 MB target), and the 1000x build from 7.3 to 6.6 s. The API
    below is BaseModel's, so callers did not change: `model_validate`, `model_dump`, `model_copy` (no
    validation, like BaseModel's), `model_fields`, `model_json_schema`. One difference shows in errors: an unknown
    field is `unexpected_keyword_argument` (EXTRA_FIELD_ERRORS), reported as before.
    """

    __slots__ = ()
    model_fields: ClassVar[dict[str, FieldInfo]] = _FieldsOf()  # type: ignore[assignment]
    """The fields' pydantic definitions (type, default, description), as `dataclass` made them."""
    __pydantic_fields__: ClassVar[dict[str, FieldInfo]]

    @classmethod
    def model_validate(cls, data: Any) -> Self:
        """A validated record from plain data (a mapping); pydantic.ValidationError otherwise."""
        return cls.__pydantic_validator__.validate_python(data)  # type: ignore[attr-defined, no-any-return]

    def model_dump(self, *, mode: Literal["python", "json"] = "python", exclude: set[str] | None = None,
                   exclude_none: bool = False) -> dict[str, Any]:
        """The record as plain data, fields in declaration order (`mode="json"`: JSON types only)."""
        return self.__pydantic_serializer__.to_python(  # type: ignore[attr-defined, no-any-return]
            self, mode=mode, exclude=exclude, exclude_none=exclude_none)

    def model_copy(self, *, update: dict[str, Any] | None = None) -> Self:
        """A shallow copy with `update`'s fields replaced, not validated (as BaseModel.model_copy)."""
        copied = copy.copy(self)
        for name, value in (update or {}).items():
            if name not in type(self).__pydantic_fields__:
                raise AttributeError(f"{type(self).__name__} has no field {name!r}")
            object.__setattr__(copied, name, value)
        return copied

    @classmethod
    def model_json_schema(cls, mode: Literal["validation", "serialization"] = "validation") -> dict[str, Any]:
        """The JSON Schema of the record (see `json_schema`)."""
        return json_schema(cls, mode)


def json_schema(target: Any, mode: Literal["validation", "serialization"] = "validation") -> dict[str, Any]:
    """The JSON Schema of a type made of records, each record's properties in its fields' order.

    pydantic (2.14) lists a dataclass's properties and required names with the fields that have a `Field(...)`
    first; the fields' order is the order of the data dictionary, the canonical YAML and every exported table, so
    it is restored.
    """
    schema: dict[str, Any] = TypeAdapter(target).json_schema(mode=mode)
    records = {name: value for name, value in globals().items()
               if isinstance(value, type) and issubclass(value, Record) and value is not Record}
    for node in [schema, *schema.get("$defs", {}).values()]:
        cls = records.get(node.get("title", ""))
        if cls is not None and isinstance(node.get("properties"), dict):
            properties, order = node["properties"], list(cls.__pydantic_fields__)
            node["properties"] = {name: properties[name] for name in order if name in properties}
            if "required" in node:
                node["required"] = [name for name in order if name in node["required"]]
    return schema


@dataclass(config=RECORD_CONFIG, frozen=True, slots=True, kw_only=True)
class LocalSpan(Record):
    """A passage of the record's own source; `validate` proves that `text` is the seed's [start, end)."""

    # (descriptions in the types, not in docstrings: a pydantic dataclass takes docstrings of its own fields only,
    # and Span, Chrome and AuthorTerm inherit these)
    start: Annotated[int, Field(ge=0, description="Offset of the passage's first character in the seed (Unicode code "
                                                  "points, from 0).")]
    end: Annotated[int, Field(gt=0, description="Offset just past the passage's last character (exclusive).")]
    text: Annotated[NonEmptyText, Field(description="The passage, verbatim: the seed's characters [start, end).")]

    @model_validator(mode="after")
    def _ordered(self) -> LocalSpan:
        if self.end <= self.start:
            raise rule_error(f"end ({self.end}) must be greater than start ({self.start})", "end")
        return self


@dataclass(config=RECORD_CONFIG, frozen=True, slots=True, kw_only=True)
class Span(LocalSpan):
    """A verbatim passage of a named seed: `text` must equal the seed's characters [start, end)."""

    source: Id
    """Id of the source (sources.yaml) whose seed holds the passage."""


# --- alliance ----------------------------------------------------------------------------------------


class StateStatus(StrEnum):
    MEMBER = "member"
    MEMBER_ABSENT = "member_absent"
    FORMER_MEMBER = "former_member"
    NON_MEMBER_INVOLVED = "non_member_involved"
    MENTIONED = "mentioned"


MEMBER_STATUSES = frozenset({StateStatus.MEMBER, StateStatus.MEMBER_ABSENT})


@dataclass(config=RECORD_CONFIG, frozen=True, slots=True, kw_only=True)
class State(Record):
    iso3: Iso3
    """ISO 3166-1 alpha-3 code of the state."""
    name: NonEmptyText
    """Short English name of the state."""
    status: StateStatus
    """Its relation to the alliance: member, member_absent, former_member, non_member_involved or mentioned."""
    status_note: NonEmptyText
    """Why this status, in a sentence."""
    evidence: list[Span] = Field(min_length=1)
    """Passages of the sources that establish the status (spans: source, start, end, text)."""


@dataclass(config=RECORD_CONFIG, frozen=True, slots=True, kw_only=True)
class DatasetInfo(Record):
    """Provenance of the dataset as a whole (each record carries its own source)."""

    version: Version
    """Version of the dataset (MAJOR.MINOR.PATCH); changelog.yaml must have an entry for it."""
    as_of: FuzzyDate
    """Date up to which the sources were read (ISO 8601, reduced precision allowed)."""
    title: NonEmptyText
    """Title of the dataset, as it should be cited."""
    origin: NonEmptyText
    """Who made the dataset and from what."""
    licence: NonEmptyText
    """Licence of the curated records, in words."""
    licence_id: Annotated[str, StringConstraints(pattern=r"^[A-Za-z0-9.+-]+$", max_length=64)] | None = None
    """SPDX identifier of that licence (e.g. CC-BY-4.0), for machine-readable metadata (Data Package, Datasette,
    CITATION.cff)."""
    licence_url: Annotated[str, StringConstraints(pattern=r"^https?://\S+$")] | None = None
    """Address of the licence's text."""
    source_licence: NonEmptyText
    """Terms of the source texts kept in seeds/."""
    citation: NonEmptyText
    """How to cite a view: a template with {version}, {as_of}, {title}, {url} and {accessed} (the day the view was
    seen; added at the end when the template lacks it)."""
    maintainers: list[NonEmptyText] = Field(min_length=1)
    """Names of the people or bodies that maintain the dataset (its authors when cited)."""


@dataclass(config=RECORD_CONFIG, frozen=True, slots=True, kw_only=True)
class Alliance(Record):
    id: Id
    """Short id of the alliance (used in file names)."""
    name: NonEmptyText
    """Full name of the alliance."""
    acronym: NonEmptyText
    """Its usual acronym."""
    founded: int = Field(ge=1800, le=2100)
    """Year of foundation."""
    founding_note: NonEmptyText | None = None
    """What the sources say about the foundation."""
    leading_state: Iso3
    """ISO-3 code of the leading state: the positive end of every scale."""
    leader_label: NonEmptyText
    """How the leading state is named on the scale's positive end: "toward <leader_label>"."""
    national_label: NonEmptyText = "national interest"
    """How the negative end of every scale is named: "toward <national_label>"."""
    dataset: DatasetInfo
    """Provenance of the dataset: version, as-of date, title, origin, licences, citation template, maintainers."""
    states: list[State] = Field(min_length=1)
    """Every state the data names, with its status (exported as its own table)."""

    @model_validator(mode="after")
    def _leader_is_a_member(self) -> Alliance:
        members = {s.iso3 for s in self.states if s.status in MEMBER_STATUSES}
        if self.leading_state not in members:
            raise rule_error(f"leading_state {self.leading_state} must be listed in states as a member",
                             "leading_state")
        return self


# --- sources -----------------------------------------------------------------------------------------


class ChromeKind(StrEnum):
    PRINTED_DATE = "printed_date"
    SHARE_LINKS = "share_links"
    BYLINE = "byline"
    RELATED_LIST = "related_list"
    SUBSCRIPTION = "subscription"
    MOTTO = "motto"
    OTHER = "other"


@dataclass(config=RECORD_CONFIG, frozen=True, slots=True, kw_only=True)
class Chrome(LocalSpan):
    """Publisher page furniture inside a seed; never content, and no evidence may fall inside it."""

    kind: ChromeKind
    """What the furniture is: printed_date, share_links, byline, related_list, subscription, motto or other."""


@dataclass(config=RECORD_CONFIG, frozen=True, slots=True, kw_only=True)
class AuthorTerm(LocalSpan):
    """Words the author put in quotation marks (scare quotes, own terms): not a speaker's quote."""

    note: NonEmptyText | None = None
    """What the author meant by the term, when worth saying."""


@dataclass(config=RECORD_CONFIG, frozen=True, slots=True, kw_only=True)
class PublicationDate(Record):
    date: FuzzyDate
    """The publication date established (ISO 8601, reduced precision allowed)."""
    confidence: Confidence
    """How sure the date is: low, medium or high."""
    method: Literal["as_printed", "printed_reinterpreted", "inferred_from_text"]
    """How it was established."""
    evidence: NonEmptyText
    """Why this date (and how the printed one was read)."""


@dataclass(config=RECORD_CONFIG, frozen=True, slots=True, kw_only=True)
class Source(Record):
    id: Id
    """Id of the article (lower-case, dashes; used in links)."""
    title: NonEmptyText
    """Title as printed."""
    publisher: NonEmptyText
    """Who published the article."""
    author: Id | None = None
    """Actor id of the author, when the page prints one."""
    dateline: NonEmptyText | None = None
    """Place of the dateline, as printed."""
    url: Annotated[str, StringConstraints(pattern=r"^https?://\S+$")]
    """Address of the article."""
    language: Annotated[str, StringConstraints(pattern=r"^[a-z]{2,3}$")]
    """ISO 639 code of the article's language."""
    seed_file: Annotated[str, StringConstraints(pattern=r"^[A-Za-z0-9._/-]+$")]
    """Path of the seed text, relative to the folder that holds the data folder."""
    received_as: NonEmptyText | None = None
    """How the text reached the project, when not fetched from the address."""
    sha256: Annotated[str, StringConstraints(pattern=r"^[0-9a-f]{64}$")]
    """SHA-256 of the seed file's bytes (hex): every offset into it is checked against this text."""
    # (printed_date must have a default: `fmt` drops nulls, so a required-but-null field would make the canonical
    # form invalid)
    printed_date: LocalSpan | None = None
    """The date exactly as the page prints it (a span of the seed); absent where the page prints none."""
    published: PublicationDate
    """The publication date established: date, confidence, method, evidence."""
    date_conflict: NonEmptyText | None = None
    """Where the printed date and the text disagree: both kept, and why."""
    chrome: list[Chrome] = Field(default_factory=list)
    """Spans of page furniture (share links, related lists...): never content."""
    author_terms: list[AuthorTerm] = Field(default_factory=list)
    """Spans of words the author put in quotation marks (not a speaker's quotes)."""
    quality_notes: list[NonEmptyText] = Field(default_factory=list)
    """What a reader should know about the text (typos, odd transliterations)."""


# --- actors ------------------------------------------------------------------------------------------


class ActorKind(StrEnum):
    PERSON = "person"
    ORGANISATION = "organisation"


@dataclass(config=RECORD_CONFIG, frozen=True, slots=True, kw_only=True)
class Actor(Record):
    id: Id
    """Id of the person or organisation."""
    name: NonEmptyText
    """Display name."""
    aliases: list[NonEmptyText] = Field(default_factory=list)
    """Every other spelling met in the sources (Latin and Cyrillic)."""
    kind: ActorKind
    """person or organisation."""
    nationality: Iso3 | None = None
    """A person's nationality, or an organisation's home country; None for international bodies."""
    affiliation: Id | Iso3 | None = None
    """What the actor speaks for: a state (ISO-3) or an organisation (actor id). Kept apart from nationality."""
    role: NonEmptyText | None = None
    """Office or function, as the sources give it."""
    wikidata: Annotated[str, StringConstraints(pattern=r"^Q[1-9]\d*$")] | None = None
    """Wikidata QID, only where the identification is sure."""
    note: NonEmptyText | None = None
    """Anything a reader should know about the identification."""

    @model_validator(mode="after")
    def _aliases_distinct(self) -> Actor:
        # Compared as search and people compare them: after NFC (a pasted decomposed "š" is the same letter) and
        # case folding. Two aliases equal that way add no spelling, and one of them is usually a paste mistake.
        seen: dict[str, str] = {_same_text_key(self.name): self.name}
        for i, alias in enumerate(self.aliases):
            key = _same_text_key(alias)
            if key in seen:
                twin = seen[key]
                if twin == alias:
                    raise rule_error(f"alias {alias!r} is listed twice (or repeats the name)", "aliases", i)
                raise rule_error(f"alias {alias!r} equals {twin!r} after Unicode normalisation (NFC) and case "
                                 "folding: keep one", "aliases", i)
            seen[key] = alias
        return self


# --- codebook ----------------------------------------------------------------------------------------


class DimensionKind(StrEnum):
    RHETORIC = "rhetoric"
    BEHAVIOUR = "behaviour"


@dataclass(config=RECORD_CONFIG, frozen=True, slots=True, kw_only=True)
class WorkedExample(Record):
    evidence: Span
    """The passage coded."""
    direction: Literal[-1, 1]
    """+1 toward the leading state, -1 toward national interest."""
    explanation: NonEmptyText
    """Why the passage is coded so."""


@dataclass(config=RECORD_CONFIG, frozen=True, slots=True, kw_only=True)
class Dimension(Record):
    id: Id
    """Id of the codebook dimension."""
    label: NonEmptyText
    """Short label shown on the dashboard."""
    kind: DimensionKind
    """rhetoric (what is said) or behaviour (what is done)."""
    definition: NonEmptyText
    """What the dimension measures."""
    toward_leader: NonEmptyText
    """What a signal toward the leading state looks like (direction +1)."""
    toward_national: NonEmptyText
    """What a signal toward national interest looks like (direction -1)."""
    default_weight: float = Field(ge=0, le=10)
    """Weight of the dimension's signals unless the user changes it (0 to 10)."""
    example: WorkedExample
    """A worked example from the sources: evidence span, direction, explanation."""


@dataclass(config=RECORD_CONFIG, frozen=True, slots=True, kw_only=True)
class Codebook(Record):
    strength: dict[int, NonEmptyText]
    """What each strength (1..3) means; a signal's value is direction x strength x dimension weight."""
    confidence: dict[Confidence, Annotated[float, Field(ge=0, le=1)]]
    """Numeric value of each confidence level, used only for the mean confidence shown beside a score."""
    dimensions: list[Dimension] = Field(min_length=1)
    """The stance dimensions (exported as their own table)."""

    @model_validator(mode="after")
    def _scales_complete(self) -> Codebook:
        if sorted(self.strength) != [1, 2, 3]:
            raise rule_error("strength must define exactly the levels 1, 2 and 3", "strength")
        if set(self.confidence) != set(Confidence):
            raise rule_error("confidence must give a value for low, medium and high", "confidence")
        return self


# --- quotes ------------------------------------------------------------------------------------------


class QuoteKind(StrEnum):
    STATEMENT = "statement"
    QUOTED_PHRASE = "quoted_phrase"


@dataclass(config=RECORD_CONFIG, frozen=True, slots=True, kw_only=True)
class Attribution(Record):
    confidence: Confidence
    """How sure the attribution to the speakers is: low, medium or high."""
    basis: NonEmptyText
    """The words of the source that attribute the quote (e.g. 'declared the secretary')."""


@dataclass(config=RECORD_CONFIG, frozen=True, slots=True, kw_only=True)
class Quote(Record):
    id: Id
    """Id of the quotation."""
    source: Id
    """Id of the source that prints it."""
    speakers: list[Id] = Field(min_length=1)
    """Actor ids of the speakers."""
    text: NonEmptyText
    """The exact words between the quotation marks (the seed's characters [start, end))."""
    start: int = Field(ge=0)
    """Offset of the quote's first character in the seed (Unicode code points, from 0)."""
    end: int = Field(gt=0)
    """Offset just past its last character (exclusive)."""
    kind: QuoteKind
    """statement, or quoted_phrase for a short quoted expression of the speaker's."""
    about: list[Iso3] = Field(default_factory=list)
    """ISO-3 codes of the states the quote is about (listed in alliance.yaml)."""
    dimensions: list[Id] = Field(default_factory=list)
    """Codebook dimensions the quote bears on."""
    context: LocalSpan
    """The sentence around the quote, verbatim (a span of the same seed)."""
    attribution: Attribution
    """How the quote is attributed: confidence and the attributing words."""
    event: Id | None = None
    """The event at which the words were said, when the source says so."""
    translation_en: NonEmptyText | None = None
    """An English translation of `text` when the quote is in another language (a Russian quote, say): the
    curator's or a tool's rendering, never the source's words. `text` stays the verbatim original that the
    offsets cite; a page shows this beside it, marked as a translation, never instead of it."""

    @model_validator(mode="after")
    def _span(self) -> Quote:
        if self.end <= self.start:
            raise rule_error(f"end ({self.end}) must be greater than start ({self.start})", "end")
        if not (self.context.start <= self.start and self.end <= self.context.end):
            raise rule_error("context must contain the quote's own offsets", "context")
        for i, speaker in enumerate(self.speakers):
            if speaker in self.speakers[:i]:
                raise rule_error("a speaker is listed twice", "speakers", i)
        return self


# --- signals -----------------------------------------------------------------------------------------


@dataclass(config=RECORD_CONFIG, frozen=True, slots=True, kw_only=True)
class QuoteEvidence(Record):
    quote: Id
    """Id of the quote that is the evidence."""


def _evidence_kind(value: Any) -> str:
    by_quote = isinstance(value, QuoteEvidence) or (isinstance(value, dict) and "quote" in value)
    return "by-quote" if by_quote else "by-span"


Evidence = Annotated[
    Annotated[QuoteEvidence, Tag("by-quote")] | Annotated[Span, Tag("by-span")],
    Discriminator(_evidence_kind),
]
"""A quote id or a span. Chosen by the presence of `quote`, so a broken span is reported as a span (not also as
a quote reference with a missing `quote` and four unknown fields). The tags are not field names, so the
error locations stay those of the data."""


@dataclass(config=RECORD_CONFIG, frozen=True, slots=True, kw_only=True)
class Signal(Record):
    id: Id
    """Id of the signal."""
    state: Iso3 | None = None
    """ISO-3 code of the state whose stance this is (absent for a speaker of an organisation)."""
    actor: Id | None = None
    """Actor id of the person whose words or act give the signal."""
    dimension: Id
    """Codebook dimension."""
    direction: Literal[-1, 1]
    """+1 toward the leading state, -1 toward national interest."""
    strength: int = Field(ge=1, le=3)
    """1 weak, 2 clear, 3 strong (see the codebook)."""
    confidence: Confidence
    """How sure the coding is: low, medium or high."""
    date: FuzzyDate
    """When the signal was given (ISO 8601, reduced precision allowed)."""
    date_note: NonEmptyText | None = None
    """How the date was established, when not printed."""
    evidence: Evidence
    """A quote ({quote: id}) or a span of a source ({source, start, end, text})."""
    rationale: NonEmptyText
    """One sentence on why this passage is this signal."""

    @model_validator(mode="after")
    def _has_subject(self) -> Signal:
        if self.state is None and self.actor is None:
            raise rule_error("a signal needs a state, an actor, or both", "state")
        return self


# --- events ------------------------------------------------------------------------------------------


class EventKind(StrEnum):
    SUMMIT = "summit"
    MEETING = "meeting"
    DEPLOYMENT = "deployment"
    UN_SESSION = "un_session"
    RATIFICATION_STEP = "ratification_step"
    APPOINTMENT = "appointment"
    FOUNDING = "founding"
    UN_STATUS = "un_status"
    AGREEMENT = "agreement"
    CONFLICT = "conflict"
    UNREST = "unrest"
    OTHER = "other"


@dataclass(config=RECORD_CONFIG, frozen=True, slots=True, kw_only=True)
class Event(Record):
    id: Id
    """Id of the event."""
    title: NonEmptyText
    """Short title."""
    kind: EventKind
    """summit, meeting, deployment, un_session, ratification_step, appointment, founding, un_status, agreement,
    conflict, unrest or other."""
    date: FuzzyDate
    """When it happened or began (ISO 8601, reduced precision allowed)."""
    end_date: FuzzyDate | None = None
    """When it ended, for an event that lasted."""
    date_note: NonEmptyText | None = None
    """How the date was established, when inferred."""
    location: NonEmptyText | None = None
    """Where it happened."""
    states: list[Iso3] = Field(default_factory=list)
    """States taking part."""
    absent: list[Iso3] = Field(default_factory=list)
    """Members the source says stayed away."""
    location_states: list[Iso3] = Field(default_factory=list)
    """States it happened in (the host of a summit, the country a deployment went to), as its evidence says."""
    targets: list[Iso3] = Field(default_factory=list)
    """States it was directed at (the country invaded, sanctioned or appealed to), as its evidence says."""
    actors: list[Id] = Field(default_factory=list)
    """Actor ids of the people and organisations involved."""
    troops: int | None = Field(default=None, ge=0)
    """Number of troops, for a deployment whose sources give it."""
    description: NonEmptyText
    """What happened, in a sentence or two."""
    evidence: list[Span] = Field(min_length=1)
    """Passages of the sources that establish the event."""

    @model_validator(mode="after")
    def _consistent(self) -> Event:
        if self.end_date is not None and date_bounds(self.end_date)[1] < date_bounds(self.date)[0]:
            raise rule_error(f"end_date {self.end_date} is before date {self.date}", "end_date")
        for i, code in enumerate(self.absent):
            if code in self.states:
                raise rule_error(f"{code} listed both as taking part and as absent", "absent", i)
        for field in ("states", "absent", "location_states", "targets"):
            codes: list[str] = getattr(self, field)
            for i, code in enumerate(codes):
                if code in codes[:i]:
                    raise rule_error(f"{code} listed twice", field, i)
        return self


# --- changelog ---------------------------------------------------------------------------------------


@dataclass(config=RECORD_CONFIG, frozen=True, slots=True, kw_only=True)
class ChangelogEntry(Record):
    """One published version of the dataset (changelog.yaml lists them newest first)."""

    version: Version
    """The version (MAJOR.MINOR.PATCH), as alliance.yaml's dataset.version gives it once published."""
    date: FuzzyDate
    """When the version was published (ISO 8601, reduced precision allowed)."""
    summary: NonEmptyText
    """What the version is, in a sentence."""
    added: list[NonEmptyText] = Field(default_factory=list)
    """What it added (records, sources, fields), one item each."""
    changed: list[NonEmptyText] = Field(default_factory=list)
    """What it changed in records published before (corrections, recoding), with the ids concerned."""
    withdrawn: list[NonEmptyText] = Field(default_factory=list)
    """What it withdrew, with the ids and why: links made on earlier versions may point to them."""


# --- the files ---------------------------------------------------------------------------------------

RECORD_FILES: dict[str, type[Record]] = {
    "alliance": Alliance,
    "codebook": Codebook,
    "sources": Source,
    "actors": Actor,
    "quotes": Quote,
    "signals": Signal,
    "events": Event,
    "changelog": ChangelogEntry,
}
"""Each data file (`<kind>.yaml`) and the model of its content: a mapping for alliance and codebook, a list of
records for the others."""

SINGLETON_FILES = frozenset({"alliance", "codebook"})

RECORD_KEYS: dict[str, str] = {"changelog": "version"}
"""The field that names a record in problems, for the list files whose records have no `id`."""
