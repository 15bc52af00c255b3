"""Values recorded as printed together with their correction: ``{printed, value, reason}``.

A transcriber must not silently fix a document: where a cell is wrong (``"20,0000"``, a misprinted
mission code), the file keeps what the document printed beside the corrected value and the reason.
This works for any field: before validation each such mapping is replaced by its ``value`` (which
the model then checks as usual) and the correction is kept aside, by field path, for the pages.
"""

from __future__ import annotations

import copy
from dataclasses import dataclass
from typing import Any

from generator.diagnostics import Diagnostic, FieldPath, Position, error, format_path
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
    """Replace every ``{printed, value, reason}`` by its value; return the corrections by field path.

    ``source`` is left as it is: only the blocks and lists on the way to a correction are copied,
    the rest (a whole month of 12,000 rows, in a file without one) is shared with the result."""
    corrections: dict[str, Correction] = {}
    problems: list[Diagnostic] = []
    moved: dict[FieldPath, Position] = {}

    def walk(value: Any, path: FieldPath) -> Any:
        if _is_correction(value):
            return _take(value, path)
        if not isinstance(value, dict | list):
            return value
        copied: Any = None
        for key, item in value.items() if isinstance(value, dict) else enumerate(value):
            if isinstance(item, dict | list) and (new := walk(item, (*path, key))) is not item:
                copied = copy.copy(value) if copied is None else copied
                copied[key] = new
        return value if copied is None else copied

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
        if (where := source.positions.get((*path, "value"))) is not None:
            moved[path] = where  # errors in the corrected value point at it
        corrections[correction_key(path)] = Correction(
            str(value["printed"]), value.get("value"), str(value.get("reason") or ""))
        return value.get("value")

    data = walk(source.data, ())
    if data is source.data:
        return source, corrections, problems
    positions = copy.copy(source.positions)
    positions.update(moved)
    return SourceFile(source.path, data, positions, source.key_positions), corrections, problems
