"""The typed records of schema ``reportedly/3`` and their JSON form.

Every stage hands its results to the next as these frozen dataclasses. ``to_dict``
turns any of them into plain JSON-ready data and ``Report.from_dict`` reads it back
(``reportedly/1`` and ``/2`` documents too); field names are the JSON keys, so the shipped
JSON Schema (``schema/reportedly-3.json``) and this module describe one shape. What changes
the schema's version is written in ``docs/schema.md``.

All ``start``/``end`` values are character offsets into ``Article.text`` (the analyzed
body), ``end`` exclusive, as in Python slicing: ``text[start:end] == span.text``.
"""

from __future__ import annotations

import dataclasses
import json
from dataclasses import dataclass, field
from typing import Any, Literal

SCHEMA_VERSION = "reportedly/3"
READABLE_SCHEMAS = ("reportedly/1", "reportedly/2", SCHEMA_VERSION)
"""The schema versions ``Report.from_dict`` reads."""

SourceKind = Literal[
    "person", "organization", "outlet", "anonymous", "group", "document", "unknown"
]
AttributionKind = Literal["direct", "indirect", "mixed"]
Stance = Literal["assert", "deny", "confirm", "decline"]
TimeType = Literal["date", "time", "duration", "set"]
TimeAnchor = Literal["publication", "absolute", "event", "unresolved"]
TimeMod = Literal[
    "BEFORE",
    "AFTER",
    "ON_OR_BEFORE",
    "ON_OR_AFTER",
    "LESS_THAN",
    "MORE_THAN",
    "EQUAL_OR_LESS",
    "EQUAL_OR_MORE",
    "START",
    "MID",
    "END",
    "APPROX",
]
"""TIMEX3's modifiers."""
ConflictKind = Literal["timing", "fact"]
Skipped = Literal["language"]
"""Why an analysis was not run: ``language``, the article is in a language the pipeline
does not read."""
DateSource = Literal["input", "html-meta", "json-ld", "url", "dateline", "text", "warc"]
"""Where an article's publication date came from: ``input``, given with the input or by
the caller (a JSON ``published``, Markdown front matter, ``--published``); ``html-meta``, a
meta tag or ``<time>`` element; ``json-ld``, JSON-LD's ``datePublished``; ``url``, a date in
the address's path; ``dateline``, a date line heading the article; ``text``, a date
trafilatura found in the page without telling where; ``warc``, the WARC record's
``WARC-Date``, the day the page was archived (used only when the page gives no date)."""
DatePrecision = Literal["day", "minute", "second"]
"""How precise a date is: a day, or a time of day to the minute or the second."""


@dataclass(frozen=True, slots=True)
class Span:
    """A stretch of the analyzed text: ``text == article.text[start:end]``."""

    text: str
    start: int
    end: int


@dataclass(frozen=True, slots=True)
class RemovedLine:
    """A line of the input kept out of the analyzed text (a caption, a link, a footer)."""

    kind: str
    text: str


@dataclass(frozen=True, slots=True)
class DateEvidence:
    """Where an article's publication date came from, as precisely as it was found.

    ``value`` is ISO 8601, as precise as ``precision`` says, in the zone the source wrote
    it in, with the UTC offset when the source gives one ("2022-09-14",
    "2022-09-14T10:32", "2022-09-14T10:32:05+03:00"; "Z" written "+00:00"); it starts with
    the article's ``published`` day."""

    value: str
    source: DateSource
    precision: DatePrecision

    @property
    def day(self) -> str:
        """The date alone, ``YYYY-MM-DD``: what ``Article.published`` holds."""
        return self.value[:10]


@dataclass(frozen=True, slots=True)
class Article:
    """One article as ingested: metadata plus the body that every offset points into.

    ``id`` is the input's own id when it gives one (a JSON Lines ``id``); ``language`` the
    ISO 639-1 code of the body's language when it was told or detected; ``published`` the
    publication day (``YYYY-MM-DD``, what relative times are resolved against) and
    ``date_evidence`` where it came from, with the time of day when it was found."""

    text: str
    id: str | None = None
    language: str | None = None
    title: str | None = None
    outlet: str | None = None
    published: str | None = None
    date_evidence: DateEvidence | None = None
    url: str | None = None
    author: str | None = None
    removed: tuple[RemovedLine, ...] = ()


@dataclass(frozen=True, slots=True)
class Source:
    """Someone or something that is reported to say something, with all its mentions."""

    id: str
    kind: SourceKind
    name: str
    role: str | None = None
    description: str | None = None
    count: int | None = None
    mentions: tuple[Span, ...] = ()


@dataclass(frozen=True, slots=True)
class Attribution:
    """One reported claim: who (``source``) says (``cue``) what (``content``).

    ``parent`` is the attribution this one is reported through (Reuters for the unnamed
    sources Reuters cites); ``target`` is the attribution a denial or confirmation answers.
    ``content`` runs from the first to the last word of what is reported; when a quote is
    interrupted by its cue (“..., ” she said. “...”), ``content_parts`` lists the pieces.
    """

    id: str
    source: str | None
    source_span: Span | None
    cue: Span
    content: Span
    kind: AttributionKind
    stance: Stance = "assert"
    parent: str | None = None
    target: str | None = None
    hedges: tuple[str, ...] = ()
    sentence: int = 0
    content_parts: tuple[Span, ...] = ()


@dataclass(frozen=True, slots=True)
class Time:
    """A temporal expression normalized to a TIMEX3 value.

    ``mod`` is the TIMEX3 modifier (``BEFORE``, ``AFTER``, ``APPROX``...), ``earliest`` and
    ``latest`` bound a range when the expression names one ("within days of Feb. 24"), and
    ``attributions`` lists the attributions whose content holds this expression.
    """

    id: str
    text: str
    start: int
    end: int
    value: str | None
    type: TimeType
    anchor: TimeAnchor
    anchor_text: str | None = None
    mod: TimeMod | None = None
    earliest: str | None = None
    latest: str | None = None
    attributions: tuple[str, ...] = ()


@dataclass(frozen=True, slots=True)
class Conflict:
    """Two or more attributions that disagree (on when something happened, or on a fact).

    A ``fact`` conflict lists the report first, then the attributions that deny it; a
    ``timing`` conflict lists the attributions whose ``times`` place the same ``event`` (a
    noun, "invasion") where both cannot hold. The renderers write the sentence."""

    kind: ConflictKind
    attributions: tuple[str, ...]
    times: tuple[str, ...] = ()
    event: str | None = None


@dataclass(frozen=True, slots=True)
class Analyzer:
    """Which code made a report: the package version, the extractor that ran
    (``reportedly.extractors``) and the model it read (``folder@hash``), if any;
    ``skipped`` says why nothing was analyzed (an empty report that is not a finding)."""

    version: str
    mode: str
    model: str | None = None
    skipped: Skipped | None = None


@dataclass(frozen=True, slots=True)
class Report:
    """The analysis of one article: the whole ``reportedly/3`` document."""

    article: Article
    analyzer: Analyzer
    sources: tuple[Source, ...] = ()
    attributions: tuple[Attribution, ...] = ()
    times: tuple[Time, ...] = ()
    conflicts: tuple[Conflict, ...] = ()
    schema: str = field(default=SCHEMA_VERSION)

    def to_dict(self) -> dict[str, Any]:
        """The JSON-ready form, keys in schema order (``schema`` first)."""
        data = to_dict(self)
        return {"schema": data.pop("schema"), **data}

    def to_json(self, *, indent: int | None = 2) -> str:
        """The report as a JSON document (UTF-8 text, non-ASCII kept as is)."""
        return json.dumps(self.to_dict(), ensure_ascii=False, indent=indent)

    @classmethod
    def from_dict(cls, data: dict[str, Any]) -> Report:
        """The report of a ``to_dict`` document of any schema in ``READABLE_SCHEMAS``
        (a ``reportedly/1`` conflict's ``description`` is dropped: renderers write it; an
        article of ``reportedly/1`` or ``/2`` has no ``date_evidence``)."""
        schema = data.get("schema")
        if schema not in READABLE_SCHEMAS:
            raise ValueError(f"cannot read schema {schema!r}; one of {', '.join(READABLE_SCHEMAS)}")
        return Report(
            article=_record(Article, data["article"]),
            analyzer=_record(Analyzer, data["analyzer"]),
            sources=tuple(_record(Source, s) for s in data.get("sources", ())),
            attributions=tuple(_record(Attribution, a) for a in data.get("attributions", ())),
            times=tuple(_record(Time, t) for t in data.get("times", ())),
            conflicts=tuple(_record(Conflict, c) for c in data.get("conflicts", ())),
        )

    def source(self, source_id: str | None) -> Source | None:
        """The source with this id, or None."""
        return next((s for s in self.sources if s.id == source_id), None)

    def attribution(self, attribution_id: str | None) -> Attribution | None:
        """The attribution with this id, or None."""
        return next((a for a in self.attributions if a.id == attribution_id), None)


def to_dict(record: Any) -> Any:
    """Plain JSON data for a record of this module (tuples become lists)."""
    if dataclasses.is_dataclass(record) and not isinstance(record, type):
        return {f.name: to_dict(getattr(record, f.name)) for f in dataclasses.fields(record)}
    if isinstance(record, tuple | list):
        return [to_dict(item) for item in record]
    return record


SPAN_FIELDS = frozenset({"source_span", "cue", "content"})
SPAN_LIST_FIELDS = frozenset({"mentions", "content_parts"})


def _record(kind: type[Any], data: dict[str, Any]) -> Any:
    """A record of ``kind`` from its JSON form: spans, removed lines and date evidence
    rebuilt, lists as tuples, keys the record does not know (from another schema version)
    left out."""
    values: dict[str, Any] = {}
    for item in dataclasses.fields(kind):
        if item.name not in data:
            continue
        value = data[item.name]
        if item.name in SPAN_FIELDS and value is not None:
            value = Span(**value)
        elif item.name in SPAN_LIST_FIELDS:
            value = tuple(Span(**span) for span in value)
        elif item.name == "removed":
            value = tuple(RemovedLine(**line) for line in value)
        elif item.name == "date_evidence" and value is not None:
            value = DateEvidence(**value)
        elif isinstance(value, list):
            value = tuple(value)
        values[item.name] = value
    return kind(**values)
