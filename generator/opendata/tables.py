"""A tabular dataset and its three files: CSV, JSON and JSON Schema.

Column names are English without spaces (data.go.th asks for that); the Thai label of each column
travels in the schema's ``title``. CSV is UTF-8 with a BOM so that Excel opens Thai correctly, and
every cell goes through ``csv_cell`` so that a spreadsheet never runs data as a formula.
"""

from __future__ import annotations

import csv
import datetime as dt
import io
import json
from dataclasses import dataclass, field
from decimal import Decimal
from typing import Any

from generator.values.csv_cells import FORMULA_START, csv_cell  # csv_cell: also imported by oit_pages

DATA_DIR = "data"
SCHEMA_DIALECT = "https://json-schema.org/draft/2020-12/schema"


@dataclass(frozen=True)
class Column:
    name: str
    """English, no spaces: the CSV header and the JSON key."""
    title_th: str
    """Thai label (the schema's ``title``)."""
    type: str
    """JSON Schema type: integer | number | string | boolean."""
    description: str = ""
    required: bool = True
    """False when the value may be empty (null in JSON, an empty cell in CSV)."""


@dataclass(frozen=True)
class Dataset:
    name: str
    """File stem, e.g. ``service-statistics``: lower-case ASCII and hyphens."""
    title_th: str
    description: str
    columns: tuple[Column, ...]
    rows: list[dict[str, Any]] = field(default_factory=list)

    def path(self, suffix: str) -> str:
        """Path of one of its files under the docs folder, e.g. ``data/service-statistics.csv``."""
        return f"{DATA_DIR}/{self.name}{suffix}"


def _json_value(value: Any) -> Any:
    if isinstance(value, Decimal):
        return float(value) if value != value.to_integral_value() else int(value)
    if isinstance(value, dt.date):
        return value.isoformat()
    return value


def _json_default(value: Any) -> Any:
    """What the JSON encoder calls for a value it cannot write itself (a ``Decimal``, a date)."""
    converted = _json_value(value)
    if converted is value:
        raise TypeError(f"cannot serialise {type(value).__name__}")
    return converted


_ENCODER = json.JSONEncoder(ensure_ascii=False, check_circular=False, default=_json_default)  # rows are flat
"""One encoder for every row (``json.dumps`` with ``default=`` builds a new one per call)."""


def _csv_value(value: Any) -> str:
    if value is None:
        return ""
    if isinstance(value, bool):
        return "true" if value else "false"
    if isinstance(value, Decimal):
        return format(value, "f")  # the digits as printed: 88.30, 10000.00
    return csv_cell(_json_value(value))


def csv_bytes(dataset: Dataset) -> bytes:
    out = io.StringIO()
    writer = csv.writer(out, lineterminator="\r\n")
    names = [c.name for c in dataset.columns]
    writer.writerow(names)
    for row in dataset.rows:  # most cells are plain text: written as they are without a call
        writer.writerow([value if type(value) is str and not value.startswith(FORMULA_START)
                         else _csv_value(value) for value in map(row.get, names)])
    return ("\ufeff" + out.getvalue()).encode("utf-8")


def json_bytes(dataset: Dataset) -> bytes:
    """The rows as a JSON array, one row per line: readable and diffable, and written by the C
    encoder (``indent=`` forces Python's pure-Python encoder, four times slower on big datasets)."""
    names = [c.name for c in dataset.columns]
    rows = (_ENCODER.encode(dict(zip(names, map(row.get, names), strict=True))).encode()
            for row in dataset.rows)
    body = b",\n".join(rows)  # joined as bytes: Thai text takes twice the memory as str
    return b"[\n" + body + b"\n]\n" if body else b"[]\n"


def _property(column: Column) -> dict[str, Any]:
    prop: dict[str, Any] = {"type": column.type if column.required else [column.type, "null"],
                            "title": column.title_th}
    if column.description:
        prop["description"] = column.description
    return prop


def schema(dataset: Dataset) -> dict[str, Any]:
    """JSON Schema of the JSON file (an array of rows); the CSV has the same columns in this order."""
    return {
        "$schema": SCHEMA_DIALECT,
        "title": dataset.title_th,
        "description": dataset.description,
        "type": "array",
        "items": {
            "type": "object",
            "properties": {c.name: _property(c) for c in dataset.columns},
            "required": [c.name for c in dataset.columns],
            "additionalProperties": False,
        },
    }


def dataset_files(dataset: Dataset) -> dict[str, bytes]:
    """The dataset's three files, keyed by their path in the build tree (``docs/data/…``)."""
    schema_text = json.dumps(schema(dataset), ensure_ascii=False, indent=1) + "\n"
    return {
        f"docs/{dataset.path('.csv')}": csv_bytes(dataset),
        f"docs/{dataset.path('.json')}": json_bytes(dataset),
        f"docs/{dataset.path('.schema.json')}": schema_text.encode("utf-8"),
    }
