"""JSON Lines: one article per line, as ``{"text": ...}`` or ``{"html": ...}`` objects.

Optional keys ``title``, ``published``, ``url``, ``outlet``, ``author`` override what the
article itself gives; ``published=`` from the caller fills lines without a ``published``
key. ``source`` (BASIL's key for the outlet) stands for ``outlet`` when that is missing;
``id``, a string or a number, is kept as the article's id, as a string. Other keys are
ignored.
"""

from __future__ import annotations

import json
from collections.abc import Callable
from typing import Any

from reportedly.errors import DateError, EmptyInputError, InputError, JsonLinesError
from reportedly.ingest.article import build_article
from reportedly.ingest.detect import Format
from reportedly.model import Article

BODY_KEYS: tuple[tuple[str, Format | None], ...] = (("text", None), ("html", "html"))
META_KEYS = ("title", "published", "url", "outlet", "author")
OUTLET_ALIASES = ("source",)
"""Keys other corpora name the outlet by, read when ``outlet`` is missing."""


def parse_jsonl(
    text: str,
    *,
    name: str,
    published: str | None = None,
    on_error: Callable[[InputError], None] | None = None,
) -> list[Article]:
    """One Article per non-blank line. A bad line raises ``JsonLinesError`` naming it, or,
    with ``on_error``, is handed to it and skipped so the good lines are still read."""
    articles: list[Article] = []
    skipped = 0
    for number, line in enumerate(text.splitlines(), start=1):
        if not line.strip():
            continue
        try:
            articles.append(_article(line, name=name, number=number, published=published))
        except InputError as problem:
            if on_error is None:
                raise
            on_error(problem)
            skipped += 1
    if not articles and not skipped:
        raise EmptyInputError(name)
    return articles


def _article(line: str, *, name: str, number: int, published: str | None) -> Article:
    record = _record(line, name, number)
    key, fmt = next(((k, f) for k, f in BODY_KEYS if k in record), ("", None))
    body = record.get(key)
    if not isinstance(body, str) or not body.strip():
        problem = "empty" if isinstance(body, str) else "missing"
        raise JsonLinesError(name, number, f'{problem} "text" or "html" string')
    meta = {k: _string(record, k, name, number) for k in (*META_KEYS, *OUTLET_ALIASES)}
    outlet = meta["outlet"] or next((meta[k] for k in OUTLET_ALIASES if meta[k]), None)
    try:
        return build_article(
            body,
            name=f"{name}:{number}",
            format=fmt,
            published=meta["published"] or published,
            url=meta["url"],
            title=meta["title"],
            outlet=outlet,
            author=meta["author"],
            id=_id(record, name, number),
        )
    except DateError as error:
        raise JsonLinesError(name, number, str(error)) from None


def _record(line: str, name: str, number: int) -> dict[str, Any]:
    try:
        record = json.loads(line)
    except json.JSONDecodeError as error:
        raise JsonLinesError(name, number, f"not valid JSON ({error.msg})") from None
    if not isinstance(record, dict):
        raise JsonLinesError(name, number, "expected a JSON object")
    return record


def _string(record: dict[str, Any], key: str, name: str, number: int) -> str | None:
    value = record.get(key)
    if value is None or isinstance(value, str):
        return value or None
    raise JsonLinesError(name, number, f'"{key}" must be a string')


def _id(record: dict[str, Any], name: str, number: int) -> str | None:
    """The line's ``id`` as a string: a string as it is, a number as JSON writes it."""
    value = record.get("id")
    if value is None or isinstance(value, str):
        return value or None
    if isinstance(value, int | float) and not isinstance(value, bool):
        return json.dumps(value)
    raise JsonLinesError(name, number, '"id" must be a string or a number')
