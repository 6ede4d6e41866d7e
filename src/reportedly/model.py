"""The typed records of schema ``reportedly/1`` and their JSON form.

Every stage hands its results to the next as these frozen dataclasses. ``to_dict``
turns any of them into plain JSON-ready data; field names are the JSON keys, so the
shipped JSON Schema (``schema/reportedly-1.json``) and this module describe one shape.

All ``start``/``end`` values are character offsets into ``Article.text`` (the analyzed
body), ``end`` exclusive, as in Python slicing: ``text[start:end] == span.text``.
"""

from __future__ import annotations

import dataclasses
import json
from dataclasses import dataclass, field
from typing import Any, Literal

SCHEMA_VERSION = "reportedly/1"

SourceKind = Literal[
    "person", "organization", "outlet", "anonymous", "group", "document", "unknown"
]
AttributionKind = Literal["direct", "indirect", "mixed"]
Stance = Literal["assert", "deny", "confirm", "decline"]
TimeType = Literal["date", "time", "duration", "set"]
TimeAnchor = Literal["publication", "absolute", "event", "unresolved"]
ConflictKind = Literal["timing", "fact"]
AnalyzerMode = Literal["rules", "model"]


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
class Article:
    """One article as ingested: metadata plus the body that every offset points into."""

    text: str
    title: str | None = None
    outlet: str | None = None
    published: str | None = None
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
    mod: str | None = None
    earliest: str | None = None
    latest: str | None = None
    attributions: tuple[str, ...] = ()


@dataclass(frozen=True, slots=True)
class Conflict:
    """Two or more attributions that disagree (on when something happened, or on a fact)."""

    kind: ConflictKind
    attributions: tuple[str, ...]
    description: str


@dataclass(frozen=True, slots=True)
class Analyzer:
    """Which code made a report: the package version and the extractor that ran."""

    version: str
    mode: AnalyzerMode = "rules"


@dataclass(frozen=True, slots=True)
class Report:
    """The analysis of one article: the whole ``reportedly/1`` document."""

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
