"""Locate a model value back in its source file, whatever digits the webmaster used for keys.

Paths use ints for list indices and strings for mapping keys (years too: ``"2566"``), so
``format_path`` prints ``items[3].budget.2567`` and ``stated.budget.2566``.
"""

from __future__ import annotations

from typing import Any

from generator.diagnostics import FieldPath, Position
from generator.load.yaml_source import SourceFile
from generator.values.numbers import to_arabic_digits


def data_path(source: SourceFile, parts: FieldPath) -> FieldPath:
    """Turn a normalised path into the path as written in the file (e.g. ``"๒๕๖๖"`` keys)."""
    current: Any = source.data
    path: list[str | int] = []
    for part in parts:
        if isinstance(current, dict):
            key = next((k for k in current if to_arabic_digits(str(k)).strip() == str(part)), part)
            path.append(key)
            current = current.get(key)
        elif isinstance(current, list) and isinstance(part, int) and part < len(current):
            path.append(part)
            current = current[part]
        else:
            path.append(part)
            current = None
    return tuple(path)


def position(source: SourceFile, parts: FieldPath) -> Position:
    return source.position_of(data_path(source, parts))
