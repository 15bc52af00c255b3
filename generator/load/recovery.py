"""Keep checking a file despite a malformed value: the value becomes unknown, the rest is checked.

One bad cell (``"20,0000"``) must not hide every other finding in the file and the agency. A
value the parsers refuse is reported where it is, then replaced by "not given" (``None``) and the
file validated again; if that succeeds the file takes part in every other check, with the field
paths of its unknown values remembered so that totals including them can say so. Structural
problems (unknown keys, missing required fields) are not recovered: the file is then dropped as
before.
"""

from __future__ import annotations

import copy
from typing import Any, TypeVar

from pydantic import BaseModel

from generator.diagnostics import Diagnostic, format_path
from generator.load.corrections import correction_key
from generator.load.validation import validate
from generator.load.yaml_source import SourceFile

M = TypeVar("M", bound=BaseModel)

_STRUCTURAL = frozenset({"missing-field", "unknown-key", "wrong-type", "inconsistent", "bad-value",
                         "bad-choice"})


def validate_recovering(source: SourceFile, model: type[M]) -> tuple[M | None, frozenset[str],
                                                                     list[Diagnostic]]:
    """Validate; on value errors only, retry with those values unknown.

    Returns the record (or None), the field paths made unknown, and every diagnostic of the first
    attempt (the retry adds none: its only change is the refused values).
    """
    record, problems = validate(source, model)
    if record is not None or not problems or any(p.code in _STRUCTURAL for p in problems):
        return record, frozenset(), problems
    paths = [_data_path(source, p.field) for p in problems]
    if any(path is None for path in paths):
        return None, frozenset(), problems
    for remove in (False, True):  # the value as "not given"; else, in a mapping, the entry left out
        data = copy.deepcopy(source.data)
        for path in paths:
            assert path is not None
            _set_unknown(data, path, remove)
        retried, _ = validate(SourceFile(source.path, data, source.positions, source.key_positions), model)
        if retried is not None:
            return retried, frozenset(correction_key(path) for path in paths if path is not None), problems
    return None, frozenset(), problems


def _data_path(source: SourceFile, field: str) -> tuple[str | int, ...] | None:
    """The path in the data whose formatted form is ``field`` (None when it cannot be found)."""
    for path in source.positions:
        if path and format_path(path) == field:
            return path
    return None


def _set_unknown(data: Any, path: tuple[str | int, ...], remove: bool) -> None:
    """Make the value at ``path`` unknown: ``None``, or (``remove``) a mapping entry left out, for
    mappings such as counts per month whose values cannot be None."""
    parent = data
    for part in path[:-1]:
        parent = parent[part]
    if remove and isinstance(parent, dict):
        del parent[path[-1]]
    else:
        parent[path[-1]] = None
