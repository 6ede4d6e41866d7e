"""JSON Lines and JSON: articles as ``{"text": ...}`` or ``{"html": ...}`` objects.

JSON Lines hold one object per line; a JSON file one object, or an array of them.
Optional keys ``title``, ``published``, ``url``, ``outlet``, ``author`` and ``language``
(an ISO 639-1 code) override what the article itself gives; ``published=`` from the
caller fills objects without a ``published`` key. BASIL's layout is read too: its
``source``, ``date`` and ``uuid`` stand for ``outlet``, ``published`` and ``id`` when
those are missing (``ALIASES``), and its ``body-paragraphs`` (a list of paragraphs, each a
list of sentences) for ``text``. ``id``, a string or a number, is kept as the article's
id, as a string. An object without ``id`` is named by where it is:
``file.jsonl:3`` (its line), ``file.json#3`` (its place in an array, from 1) or
``file.json``. Other keys are ignored, and named once per input through ``on_warning``.
"""

from __future__ import annotations

import io
import json
from collections.abc import Callable, Iterable, Iterator
from typing import Any, BinaryIO

from reportedly.errors import (
    DateError,
    EmptyInputError,
    InputError,
    JsonLinesError,
    JsonRecordError,
    UnknownKeysWarning,
)
from reportedly.ingest.article import build_article
from reportedly.ingest.detect import Format
from reportedly.ingest.files import MAX_BYTES, UTF8_BOM
from reportedly.model import Article

BODY_KEYS: tuple[tuple[str, Format | None], ...] = (("text", None), ("html", "html"))
META_KEYS = ("title", "published", "url", "outlet", "author", "language")
PARAGRAPH_KEYS = ("body-paragraphs", "paragraphs")
"""Keys of a body given as a list of paragraphs, each a string or a list of sentences
(BASIL's ``body-paragraphs``), read when there is no ``text`` or ``html``."""
ALIASES = {"outlet": ("source",), "published": ("date",), "id": ("uuid",)}
PLACEHOLDER_IDS = frozenset({"empty", "none", "null", "nan", "n/a", "na", "unknown", "-"})
"""Ids that stand for no id (four BASIL articles have the uuid "empty"): such an article
is named by where it came from, as one without an id, not taken for a copy of another."""
"""Keys other corpora (BASIL) name a field by, read when the field's own key is missing."""
KNOWN_KEYS = frozenset(
    {
        "id",
        *(key for key, _ in BODY_KEYS),
        *PARAGRAPH_KEYS,
        *META_KEYS,
        *(alias for names in ALIASES.values() for alias in names),
    }
)

Warn = Callable[[UnknownKeysWarning], None]


def parse_jsonl(
    text: str,
    *,
    name: str,
    published: str | None = None,
    on_error: Callable[[InputError], None] | None = None,
    on_warning: Warn | None = None,
) -> list[Article]:
    """One Article per non-blank line (lines end at "\\n" alone, as ``iter_jsonl`` reads
    them: a U+2028 inside a JSON string is text, not a line break). A bad line raises
    ``JsonLinesError`` naming it, or, with ``on_error``, is handed to it and skipped so the
    good lines are still read."""
    stream = io.BytesIO(text.encode("utf-8", "surrogatepass"))
    return list(
        iter_jsonl(stream, name=name, published=published, on_error=on_error, on_warning=on_warning)
    )


def parse_json(
    text: str,
    *,
    name: str,
    published: str | None = None,
    on_error: Callable[[InputError], None] | None = None,
    on_warning: Warn | None = None,
) -> list[Article]:
    """The article of a JSON object, or one per object of a JSON array; a bad object is
    handled as a bad JSON line is (``parse_jsonl``)."""
    try:
        data = json.loads(text)
    except json.JSONDecodeError as error:
        raise JsonRecordError(name, f"not valid JSON ({error.msg}, line {error.lineno})") from None
    if isinstance(data, list):
        records = [(f"{name}#{place}", item) for place, item in enumerate(data, start=1)]
    else:
        records = [(name, data)]
    return _articles(records, name=name, published=published, on_error=on_error, warn=on_warning)


def _articles(
    records: Iterable[tuple[str, object]],
    *,
    name: str,
    published: str | None,
    on_error: Callable[[InputError], None] | None,
    warn: Warn | None,
) -> list[Article]:
    return list(
        _iter_articles(records, name=name, published=published, on_error=on_error, warn=warn)
    )


def _iter_articles(
    records: Iterable[tuple[str, object]],
    *,
    name: str,
    published: str | None,
    on_error: Callable[[InputError], None] | None,
    warn: Warn | None,
) -> Iterator[Article]:
    """The article of each ``(label, record)``, as they come; a record that is an error
    (a line that is no JSON) or a bad record is raised, or handed to ``on_error`` and
    skipped. Unread keys are told once, at the end."""
    found = skipped = 0
    keys: set[str] = set()
    for label, record in records:
        if isinstance(record, dict):
            keys.update(record)
        try:
            if isinstance(record, InputError):
                raise record
            article = _article(record, label=label, published=published)
        except InputError as problem:
            if on_error is None:
                raise
            on_error(problem)
            skipped += 1
            continue
        found += 1
        yield article
    if not found and not skipped:
        raise EmptyInputError(name)
    unknown = sorted(keys - KNOWN_KEYS)
    if unknown and warn is not None:
        warn(UnknownKeysWarning(name, tuple(unknown), tuple(sorted(KNOWN_KEYS))))


def iter_jsonl(
    stream: BinaryIO,
    *,
    name: str,
    published: str | None = None,
    on_error: Callable[[InputError], None] | None = None,
    on_warning: Warn | None = None,
) -> Iterator[Article]:
    """``parse_jsonl`` over a binary stream, a line at a time: the file's size is not
    bounded (each line is, by ``MAX_BYTES``) and memory stays flat however long it is."""
    return _iter_articles(
        _stream_records(stream, name),
        name=name,
        published=published,
        on_error=on_error,
        warn=on_warning,
    )


def _stream_records(stream: BinaryIO, name: str) -> Iterator[tuple[str, object]]:
    for number, raw in enumerate(stream, start=1):
        line = raw.removeprefix(UTF8_BOM) if number == 1 else raw
        if not line.strip():
            continue
        label = f"{name}:{number}"
        if len(line) > MAX_BYTES:
            size, limit = len(line) / 1e6, MAX_BYTES / 1e6
            problem = f"a line of {size:.1f} MB is over the {limit:.0f} MB limit"
            yield label, JsonLinesError(name, number, problem)
            continue
        try:
            text = line.decode("utf-8")
        except UnicodeDecodeError as error:
            yield label, JsonLinesError(name, number, f"not valid UTF-8 (byte {error.start})")
            continue
        yield label, _line_record(text, name, number)


def _article(record: object, *, label: str, published: str | None) -> Article:
    if not isinstance(record, dict):
        raise JsonRecordError(label, "expected a JSON object")
    key, fmt = next(((k, f) for k, f in BODY_KEYS if k in record), ("", None))
    body = record.get(key) if key else _paragraphs(record, label)
    if not isinstance(body, str) or not body.strip():
        problem = "empty" if isinstance(body, str) else "missing"
        raise JsonRecordError(label, f'{problem} "text" or "html" string')
    meta = {k: _aliased(record, k, label) for k in META_KEYS}
    outlet = meta["outlet"]
    try:
        return build_article(
            body,
            name=label,
            format=fmt,
            published=meta["published"] or published,
            url=meta["url"],
            title=meta["title"],
            outlet=outlet,
            author=meta["author"],
            id=_id(record, label) or label,
            language=meta["language"],
        )
    except DateError as error:
        raise JsonRecordError(label, str(error)) from None


def _line_record(line: str, name: str, number: int) -> object:
    """The line's JSON value, or the error that says it is none (raised in turn)."""
    try:
        record: object = json.loads(line)
    except json.JSONDecodeError as error:
        return JsonLinesError(name, number, f"not valid JSON ({error.msg})")
    return record


def _paragraphs(record: dict[str, Any], label: str) -> str | None:
    """The body of a record that lists its paragraphs, a blank line between them."""
    key = next((k for k in PARAGRAPH_KEYS if k in record), None)
    if key is None:
        return None
    paragraphs = record[key]
    if not isinstance(paragraphs, list):
        raise JsonRecordError(label, f'"{key}" must be a list of paragraphs')
    texts = []
    for paragraph in paragraphs:
        sentences = paragraph if isinstance(paragraph, list) else [paragraph]
        if not all(isinstance(sentence, str) for sentence in sentences):
            raise JsonRecordError(label, f'"{key}" must hold strings or lists of strings')
        texts.append(" ".join(" ".join(sentence.split()) for sentence in sentences).strip())
    return "\n\n".join(text for text in texts if text)


def _aliased(record: dict[str, Any], key: str, label: str) -> str | None:
    """The string under ``key``, else under the first of its ``ALIASES`` given."""
    for name in (key, *ALIASES.get(key, ())):
        if (value := _string(record, name, label)) is not None:
            return value
    return None


def _string(record: dict[str, Any], key: str, label: str) -> str | None:
    value = record.get(key)
    if value is None or isinstance(value, str):
        return value or None
    raise JsonRecordError(label, f'"{key}" must be a string')


def _id(record: dict[str, Any], label: str) -> str | None:
    """The record's ``id`` as a string: a string as it is (none for a placeholder), a
    number as JSON writes it."""
    value = next((record[k] for k in ("id", *ALIASES["id"]) if record.get(k) is not None), None)
    if value is None or isinstance(value, str):
        return None if not value or value.strip().lower() in PLACEHOLDER_IDS else value
    if isinstance(value, int | float) and not isinstance(value, bool):
        return json.dumps(value)
    raise JsonRecordError(label, '"id" must be a string or a number')
