"""The JSON Schemas of reportedly's reports, shipped as package data.

``reportedly-3.json`` (draft 2020-12) describes exactly what ``Report.to_dict()`` produces;
``load_schema()`` returns it as plain data, ready for ``jsonschema`` or any validator.
The schemas of earlier versions stay here (``load_schema("reportedly/2")``) for readers of
older documents; ``docs/schema.md`` says what changed.
"""

from __future__ import annotations

import json
from importlib.resources import files
from typing import Any

SCHEMA_FILE = "reportedly-3.json"
"""The current schema's file (``model.SCHEMA_VERSION``)."""


def schema_file(version: str | None = None) -> str:
    """The file of a schema version ("reportedly/1" -> "reportedly-1.json"; None: current)."""
    return SCHEMA_FILE if version is None else version.replace("/", "-") + ".json"


def schema_text(version: str | None = None) -> str:
    """The schema document exactly as shipped (UTF-8 JSON text)."""
    return files(__name__).joinpath(schema_file(version)).read_text(encoding="utf-8")


def load_schema(version: str | None = None) -> dict[str, Any]:
    """A JSON Schema as a dict (a fresh copy on every call; None: the current one)."""
    schema: dict[str, Any] = json.loads(schema_text(version))
    return schema


__all__ = ["SCHEMA_FILE", "load_schema", "schema_file", "schema_text"]
