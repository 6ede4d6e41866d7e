"""The JSON Schema of ``reportedly/1``, shipped as package data.

``reportedly-1.json`` (draft 2020-12) describes exactly what ``Report.to_dict()`` produces;
``load_schema()`` returns it as plain data, ready for ``jsonschema`` or any validator.
"""

from __future__ import annotations

import json
from importlib.resources import files
from typing import Any

SCHEMA_FILE = "reportedly-1.json"


def schema_text() -> str:
    """The schema document exactly as shipped (UTF-8 JSON text)."""
    return files(__name__).joinpath(SCHEMA_FILE).read_text(encoding="utf-8")


def load_schema() -> dict[str, Any]:
    """The ``reportedly/1`` JSON Schema as a dict (a fresh copy on every call)."""
    schema: dict[str, Any] = json.loads(schema_text())
    return schema


__all__ = ["SCHEMA_FILE", "load_schema", "schema_text"]
