"""Published JSON Schemas: valid, describing every field, and accepting the demo's real files."""

from __future__ import annotations

import json
import re
from pathlib import Path

import jsonschema
import pytest
import yaml

from generator.registry import KINDS
from generator.render.schemas import schema_files
from tests.conftest import DEMO

SCHEMAS = {path.rsplit("/", 1)[1].removesuffix(".schema.json"): json.loads(data)
           for path, data in schema_files(KINDS).items()}


class _EditorLoader(yaml.SafeLoader):
    """YAML as an editor's language server reads it (YAML 1.2: dates stay text, only true/false
    are booleans)."""


_BOOL_12 = re.compile(r"^(?:true|True|TRUE|false|False|FALSE)$")
_EditorLoader.yaml_implicit_resolvers = {
    key: [(tag, _BOOL_12 if tag == "tag:yaml.org,2002:bool" else regexp) for tag, regexp in resolvers
          if tag != "tag:yaml.org,2002:timestamp"]
    for key, resolvers in yaml.SafeLoader.yaml_implicit_resolvers.items()
}


@pytest.mark.parametrize("name", sorted(SCHEMAS))
def test_schema_is_valid_json_schema(name: str) -> None:
    jsonschema.Draft202012Validator.check_schema(SCHEMAS[name])


def _properties(schema: dict) -> list[tuple[str, str, dict]]:
    found = []
    for model_name, definition in [("", schema), *schema.get("$defs", {}).items()]:
        for prop, spec in definition.get("properties", {}).items():
            found.append((model_name or schema.get("title", ""), prop, spec))
    return found


def _described_ref(schema: dict, spec: dict) -> bool:
    """A field typed by a record whose own description says what it is."""
    ref = spec.get("$ref", "")
    return bool(ref) and bool(schema["$defs"][ref.rsplit("/", 1)[1]].get("description"))


@pytest.mark.parametrize("name", sorted(SCHEMAS))
def test_every_field_is_described_for_the_webmaster(name: str) -> None:
    schema = SCHEMAS[name]
    undocumented = [f"{model}.{prop}" for model, prop, spec in _properties(schema)
                    if not spec.get("description") and not _described_ref(schema, spec)]
    assert undocumented == []


def _demo_files() -> list[tuple[str, Path]]:
    cases = [("site_config", DEMO / "site_config.yml")]
    for kind in KINDS:
        folder = DEMO / "content" / kind.folder
        if kind.suffixes != (".yml", ".yaml") or not folder.is_dir():
            continue
        for path in sorted(folder.rglob("*.yml")):
            if kind.reads(path.relative_to(folder)):
                cases.append((kind.key, path))
    return cases


@pytest.mark.parametrize(("name", "path"), _demo_files(), ids=lambda v: getattr(v, "name", v))
def test_demo_file_validates_against_its_schema(name: str, path: Path) -> None:
    data = yaml.load(path.read_text(encoding="utf-8"), Loader=_EditorLoader)
    errors = sorted(jsonschema.Draft202012Validator(SCHEMAS[name]).iter_errors(data), key=str)
    assert [f"{list(e.absolute_path)}: {e.message}" for e in errors] == []
