"""The shipped JSON Schema describes exactly what ``Report.to_dict()`` produces."""

from __future__ import annotations

import copy
import dataclasses
import json
from collections.abc import Callable
from pathlib import Path
from typing import Any

import jsonschema
import pytest
from sample_reports import empty_report, full_report
from spacy.language import Language

from reportedly import analyze, extractors
from reportedly import model as m
from reportedly.schema import SCHEMA_FILE, load_schema, schema_text

RESOURCES = Path(__file__).parent / "resources"

Data = dict[str, Any]


@pytest.fixture(scope="module")
def validator() -> jsonschema.Draft202012Validator:
    schema = load_schema()
    jsonschema.Draft202012Validator.check_schema(schema)
    return jsonschema.Draft202012Validator(schema)


def test_schema_is_draft_2020_12_and_names_the_version() -> None:
    schema = load_schema()
    assert schema["$schema"] == "https://json-schema.org/draft/2020-12/schema"
    assert schema["properties"]["schema"]["const"] == m.SCHEMA_VERSION
    assert SCHEMA_FILE == "reportedly-3.json"
    assert schema_text().lstrip().startswith("{")


def test_load_schema_returns_a_fresh_copy() -> None:
    load_schema()["title"] = "changed"
    assert load_schema()["title"] != "changed"


@pytest.mark.parametrize("build", [full_report, empty_report])
def test_hand_built_reports_validate(
    validator: jsonschema.Draft202012Validator, build: Callable[[], m.Report]
) -> None:
    validator.validate(build().to_dict())


RECORDS: list[tuple[str, type[Any]]] = [
    ("#", m.Report),
    ("article", m.Article),
    ("analyzer", m.Analyzer),
    ("source", m.Source),
    ("attribution", m.Attribution),
    ("time", m.Time),
    ("conflict", m.Conflict),
    ("span", m.Span),
    ("removedLine", m.RemovedLine),
    ("dateEvidence", m.DateEvidence),
]


@pytest.mark.parametrize(("definition", "record"), RECORDS, ids=[r[0] for r in RECORDS])
def test_every_field_of_every_record_is_in_the_schema(definition: str, record: type[Any]) -> None:
    schema = load_schema()
    node = schema if definition == "#" else schema["$defs"][definition]
    fields = [f.name for f in dataclasses.fields(record)]
    assert sorted(node["properties"]) == sorted(fields)
    assert sorted(node["required"]) == sorted(fields)
    assert node["additionalProperties"] is False
    assert all(
        "description" in node["properties"][f] or f in ("article", "analyzer") for f in fields
    )


@pytest.mark.parametrize(
    ("definition", "field", "literal"),
    [
        ("source", "kind", m.SourceKind),
        ("attribution", "kind", m.AttributionKind),
        ("attribution", "stance", m.Stance),
        ("time", "type", m.TimeType),
        ("time", "anchor", m.TimeAnchor),
        ("conflict", "kind", m.ConflictKind),
        ("time", "mod", m.TimeMod),
        ("dateEvidence", "source", m.DateSource),
        ("dateEvidence", "precision", m.DatePrecision),
    ],
)
def test_enums_match_the_model(definition: str, field: str, literal: Any) -> None:
    enum = load_schema()["$defs"][definition]["properties"][field]["enum"]
    assert sorted(value for value in enum if value is not None) == sorted(literal.__args__)


def test_the_modes_are_the_registered_extractors() -> None:
    enum = load_schema()["$defs"]["analyzer"]["properties"]["mode"]["enum"]
    assert sorted(enum) == sorted(extractors.names())


def _set(path: str, value: Any) -> Callable[[Data], None]:
    def change(data: Data) -> None:
        *parents, last = path.split(".")
        node: Any = data
        for key in parents:
            node = node[int(key)] if key.isdigit() else node[key]
        node[int(last) if last.isdigit() else last] = value

    return change


def _drop(path: str) -> Callable[[Data], None]:
    def change(data: Data) -> None:
        *parents, last = path.split(".")
        node: Any = data
        for key in parents:
            node = node[int(key)] if key.isdigit() else node[key]
        del node[last]

    return change


DRIFTS: list[tuple[str, Callable[[Data], None]]] = [
    ("unknown top-level key", _set("extra", 1)),
    ("wrong schema version", _set("schema", "reportedly/1")),
    ("missing conflicts", _drop("conflicts")),
    ("renamed span key", _set("attributions.0.cue", {"text": "x", "begin": 0, "end": 1})),
    ("negative offset", _set("attributions.0.content.start", -1)),
    ("offset as string", _set("times.0.start", "3")),
    ("unknown source kind", _set("sources.0.kind", "bot")),
    ("unknown stance", _set("attributions.2.stance", "refute")),
    ("unknown attribution kind", _set("attributions.0.kind", "quote")),
    ("unknown time anchor", _set("times.0.anchor", "document")),
    ("unknown TIMEX3 mod", _set("times.1.mod", "ROUGHLY")),
    ("bad source id", _set("attributions.0.source", "Reuters")),
    ("bad parent id", _set("attributions.1.parent", "s1")),
    ("bad target id", _set("attributions.2.target", 1)),
    ("source_span without end", _drop("attributions.0.source_span.end")),
    ("hedges as a string", _set("attributions.0.hedges", "citing")),
    ("count zero", _set("sources.1.count", 0)),
    ("one-attribution conflict", _set("conflicts.0.attributions", ["a1"])),
    ("extra field in time", _set("times.0.confidence", 0.9)),
    ("extra field in article", _set("article.lang", "en")),
    ("language not a code", _set("article.language", "English")),
    ("model without its hash", _set("analyzer.model", "attribution_minilm_2026-12-02")),
    ("conflict with prose", _set("conflicts.0.description", "They disagree.")),
    ("published not a date", _set("article.published", "Wednesday")),
    ("published with a time", _set("article.published", "2022-09-14T10:32")),
    ("missing date evidence", _drop("article.date_evidence")),
    ("unknown date source", _set("article.date_evidence.source", "rumor")),
    ("unknown date precision", _set("article.date_evidence.precision", "hour")),
    ("date evidence without precision", _drop("article.date_evidence.precision")),
    ("date evidence not ISO", _set("article.date_evidence.value", "14 Sep 2022")),
    ("date evidence with Z", _set("article.date_evidence.value", "2022-09-14T10:32Z")),
    ("missing analyzer mode", _drop("analyzer.mode")),
]


@pytest.mark.parametrize("change", [d[1] for d in DRIFTS], ids=[d[0] for d in DRIFTS])
def test_drifted_documents_fail(
    validator: jsonschema.Draft202012Validator, change: Callable[[Data], None]
) -> None:
    data = copy.deepcopy(full_report().to_dict())
    validator.validate(data)
    change(data)
    assert not validator.is_valid(data)


def test_the_sample_article_validates(
    validator: jsonschema.Draft202012Validator, pipeline: Language, sample_path: Path
) -> None:
    report = analyze(sample_path.read_text(encoding="utf-8"))
    data = report.to_dict()
    errors = sorted(validator.iter_errors(data), key=lambda e: list(e.absolute_path))
    assert not errors, "\n".join(f"{list(e.absolute_path)}: {e.message}" for e in errors[:10])
    text = data["article"]["text"]
    for attribution in data["attributions"]:
        for key in ("cue", "content", "source_span"):
            span = attribution[key]
            if span is not None:
                assert text[span["start"] : span["end"]] == span["text"]


@pytest.mark.parametrize("build", [full_report, empty_report])
def test_reports_read_back_from_their_json(build: Callable[[], m.Report]) -> None:
    report = build()
    assert m.Report.from_dict(report.to_dict()) == report


def test_a_reportedly_1_document_is_still_read() -> None:
    """The sample's report as reportedly 0.1.0 wrote it (schema reportedly/1)."""
    data = json.loads((RESOURCES / "reportedly-1-sample.json").read_text(encoding="utf-8"))
    jsonschema.Draft202012Validator(load_schema("reportedly/1")).validate(data)
    report = m.Report.from_dict(data)
    assert report.schema == m.SCHEMA_VERSION
    assert report.article.text == data["article"]["text"]
    assert (report.article.id, report.article.language, report.analyzer.model) == (None, None, None)
    assert [a.cue for a in report.attributions] == [
        m.Span(**a["cue"]) for a in data["attributions"]
    ]
    assert [c.attributions for c in report.conflicts] == [
        tuple(c["attributions"]) for c in data["conflicts"]
    ]
    jsonschema.Draft202012Validator(load_schema()).validate(report.to_dict())


def test_a_reportedly_2_document_is_still_read() -> None:
    """A document as reportedly 0.2.0 wrote it: no ``date_evidence``, schema reportedly/2."""
    data = full_report().to_dict()
    data["schema"] = "reportedly/2"
    del data["article"]["date_evidence"]
    jsonschema.Draft202012Validator(load_schema("reportedly/2")).validate(data)
    report = m.Report.from_dict(data)
    assert report.schema == m.SCHEMA_VERSION
    assert report.article.date_evidence is None
    assert report.article.published == "2022-09-14"
    assert report == dataclasses.replace(
        full_report(), article=dataclasses.replace(full_report().article, date_evidence=None)
    )
    jsonschema.Draft202012Validator(load_schema()).validate(report.to_dict())


def test_date_evidence_reads_back() -> None:
    report = full_report()
    assert report.article.date_evidence is not None
    back = m.Report.from_dict(json.loads(report.to_json()))
    assert back.article.date_evidence == report.article.date_evidence
    assert isinstance(back.article.date_evidence, m.DateEvidence)


def test_every_schema_version_is_shipped_and_readable() -> None:
    for version in m.READABLE_SCHEMAS:
        schema = load_schema(version)
        jsonschema.Draft202012Validator.check_schema(schema)
        assert schema["properties"]["schema"]["const"] == version
    assert m.READABLE_SCHEMAS[-1] == m.SCHEMA_VERSION


def test_an_unknown_schema_is_refused() -> None:
    with pytest.raises(ValueError, match="cannot read schema 'reportedly/9'"):
        m.Report.from_dict({"schema": "reportedly/9"})
