"""JSON Schemas of the data files, generated from the models, for editors and for the public.

A webmaster's editor (VS Code with the YAML extension) reads ``# yaml-language-server: $schema=…``
and then autocompletes keys, shows each field's description and underlines mistakes before
``oitgen check`` runs. The same schemas are published on the site under ``/schema/``.
"""

from __future__ import annotations

import json
from collections.abc import Sequence
from typing import Any

from pydantic import BaseModel

from generator.load.agency import Kind
from generator.models.catalogue import Catalogue
from generator.models.organisation import SiteConfig

SCHEMA_DIR = "docs/schema"


def schema_models(kinds: Sequence[Kind]) -> dict[str, type[BaseModel]]:
    """Schema name → model: the site configuration, every content kind, the OIT catalogue."""
    models: dict[str, type[BaseModel]] = {"site_config": SiteConfig, "oit_catalogue": Catalogue}
    for kind in kinds:
        models.setdefault(kind.key, kind.model)
    return models


PRINTED = {
    "type": "object", "required": ["printed", "value", "reason"], "additionalProperties": False,
    "properties": {"printed": {"type": ["string", "number"], "description": "the value as printed"},
                   "value": {"description": "the corrected value (null: unknown)"},
                   "reason": {"type": "string", "description": "why the printed value is corrected"}},
    "description": "a value recorded as printed with its correction",
}


def schema_of(model: type[BaseModel]) -> dict:
    schema = _allow_printed(model.model_json_schema(mode="validation"))
    schema.setdefault("$defs", {})["Printed"] = PRINTED
    return {"$schema": "https://json-schema.org/draft/2020-12/schema", **schema}


def _allow_printed(node: Any) -> Any:
    """Every field may be ``{printed, value, reason}`` (``generator/load/corrections.py``)."""
    if not isinstance(node, dict):
        return node
    out: dict[str, Any] = {
        key: (_allow_printed(value) if isinstance(value, dict) else
              [_allow_printed(v) for v in value] if isinstance(value, list) else value)
        for key, value in node.items()}
    if isinstance(out.get("properties"), dict):
        out["properties"] = {name: _or_printed(value) for name, value in out["properties"].items()}
    if isinstance(out.get("additionalProperties"), dict):
        out["additionalProperties"] = _or_printed(out["additionalProperties"])
    return out


def _or_printed(schema: dict) -> dict:
    """A value field may also be written as printed with its correction (records and lists not)."""
    if "$ref" in schema or schema.get("type") in ("object", "array") or "items" in schema:
        return schema
    keep = {key: schema[key] for key in ("title", "description", "default") if key in schema}
    inner = {key: value for key, value in schema.items() if key not in keep}
    return {**keep, "anyOf": [inner, {"$ref": "#/$defs/Printed"}]}


def schema_files(kinds: Sequence[Kind]) -> dict[str, bytes]:
    return {
        f"{SCHEMA_DIR}/{name}.schema.json":
            json.dumps(schema_of(model), ensure_ascii=False, indent=2).encode("utf-8")
        for name, model in schema_models(kinds).items()
    }
