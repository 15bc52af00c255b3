"""Values recorded as printed together with their correction: ``{printed, value, reason}``.

A transcriber must not silently fix a document: where a cell is wrong (``"20,0000"``, a misprinted
mission code), the file keeps what the document printed beside the corrected value and the reason.
This works for any field: before validation each such mapping is replaced by its ``value`` (which
the model then checks as usual) and the correction is kept aside, by field path, for the pages.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

from generator.diagnostics import Diagnostic, FieldPath, error, format_path
from generator.load.yaml_source import SourceFile
from generator.values.numbers import to_arabic_digits

KEYS = frozenset({"printed", "value", "reason"})


@dataclass(frozen=True)
class Correction:
    """What the document printed, and why the file records another value."""

    printed: str
    value: Any
    reason: str


def correction_key(path: FieldPath) -> str:
    """The field path as text with Arabic digits: ``items[0].budget.2566`` however keys were written."""
    return to_arabic_digits(format_path(path)).replace(" ", "")


def _is_correction(value: Any) -> bool:
    return isinstance(value, dict) and "printed" in value and set(value) <= KEYS


def extract_corrections(source: SourceFile) -> tuple[SourceFile, dict[str, Correction], list[Diagnostic]]:
    """Replace every ``{printed, value, reason}`` by its value; return the corrections by field path."""
    corrections: dict[str, Correction] = {}
    problems: list[Diagnostic] = []
    positions = dict(source.positions)

    def walk(value: Any, path: FieldPath) -> Any:
        if _is_correction(value):
            return _take(value, path)
        if isinstance(value, dict):
            return {key: walk(item, (*path, key)) for key, item in value.items()}
        if isinstance(value, list):
            return [walk(item, (*path, index)) for index, item in enumerate(value)]
        return value

    def _take(value: dict[str, Any], path: FieldPath) -> Any:
        field = format_path(path)
        missing = [key for key, absent in (("value", "value" not in value),
                                           ("reason", not str(value.get("reason") or "").strip()))
                   if absent]
        if missing:
            problems.append(error(
                "bad-correction", source.position_of(path), field,
                f"a value recorded as printed needs {' and '.join(missing)}: "
                "{printed: …, value: …, reason: …}",
                f"ค่าที่บันทึกตามที่พิมพ์ต้องระบุ {' และ '.join(missing)} ด้วย: "
                "{printed: …, value: …, reason: …}",
            ))
        corrected = value.get("value")
        if (*path, "value") in positions:  # errors in the corrected value point at it
            positions[path] = positions[(*path, "value")]
        corrections[correction_key(path)] = Correction(
            str(value["printed"]), corrected, str(value.get("reason") or ""))
        return corrected

    data = walk(source.data, ())
    return (SourceFile(source.path, data, positions, source.key_positions), corrections, problems)
