"""JSON Schemas of the data files, generated from the models, for editors and for the public.

A webmaster's editor (VS Code with the YAML extension) reads ``# yaml-language-server: $schema=…``
and then autocompletes keys, shows each field's description and underlines mistakes before
``oitgen check`` runs. The same schemas are published on the site under ``/schema/``.
"""

from __future__ import annotations

import json

from pydantic import BaseModel

from generator.load.agency import KINDS
from generator.models.organisation import SiteConfig
from generator.oit.catalogue import Catalogue

SCHEMA_DIR = "docs/schema"


def schema_models() -> dict[str, type[BaseModel]]:
    """Schema name → model: the site configuration, every YAML content kind, the OIT catalogue."""
    models: dict[str, type[BaseModel]] = {"site_config": SiteConfig, "oit_catalogue": Catalogue}
    for kind in KINDS:
        models.setdefault(kind.key, kind.model)
    return models


def schema_of(model: type[BaseModel]) -> dict:
    schema = model.model_json_schema(mode="validation")
    return {"$schema": "https://json-schema.org/draft/2020-12/schema", **schema}


def schema_files() -> dict[str, bytes]:
    return {
        f"{SCHEMA_DIR}/{name}.schema.json":
            json.dumps(schema_of(model), ensure_ascii=False, indent=2).encode("utf-8")
        for name, model in schema_models().items()
    }
