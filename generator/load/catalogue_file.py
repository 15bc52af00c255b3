"""Load a catalogue file and check what pydantic cannot see: references inside the file.

Repeated item codes, source keys that the catalogue does not define and sub-indicator codes it does
not list are each reported at their own position, together with any validation error of the same
file, so a webmaster preparing next year's list sees every mistake in one ``oitgen check``.
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

from generator.diagnostics import Diagnostic, FieldPath, error, format_path, sort_key
from generator.load.validation import validate
from generator.load.yaml_source import SourceFile, read_yaml_file
from generator.models.catalogue import Catalogue
from generator.values.numbers import to_arabic_digits


def _items(source: SourceFile) -> list[Any]:
    items = source.data.get("items") if isinstance(source.data, dict) else None
    return items if isinstance(items, list) else []


def duplicate_codes(source: SourceFile) -> list[Diagnostic]:
    """Every repeat of an item code, positioned at the repeat and naming the first occurrence.

    Works on the parsed file, not the validated model, so it is reported together with any
    validation error of the same file.
    """
    first_index: dict[str, int] = {}
    found = []
    for index, item in enumerate(_items(source)):
        raw = item.get("code") if isinstance(item, dict) else None
        if not isinstance(raw, str):
            continue
        code = to_arabic_digits(raw).strip()
        if code not in first_index:
            first_index[code] = index
            continue
        path = ("items", index, "code")
        first = source.position_of(("items", first_index[code], "code"))
        found.append(error(
            "duplicate-item-code", source.position_of(path), format_path(path),
            f"item code {code} already appears on line {first.line}",
            f"รหัสข้อ {code} ซ้ำกับข้อในบรรทัดที่ {first.line}",
        ))
    return found


def _keys(value: Any) -> list[tuple[tuple[int, ...], str]]:
    """Source keys of an item's ``source`` as written: a key, or a list of keys."""
    if isinstance(value, str):
        return [((), value.strip())]
    return [((i,), v.strip()) for i, v in enumerate(value)] if isinstance(value, list) else []


def unknown_references(source: SourceFile) -> list[Diagnostic]:
    """Source keys and sub-indicator codes that the catalogue itself does not define."""
    data = source.data if isinstance(source.data, dict) else {}
    sources = data.get("sources")
    known = {str(k).strip() for k in sources} if isinstance(sources, dict) else set()
    subs = data.get("sub_indicators")
    subs = subs if isinstance(subs, list) else []
    codes = {to_arabic_digits(str(s.get("code"))).strip() for s in subs if isinstance(s, dict)}
    found = []
    for index, item in enumerate(_items(source)):
        if not isinstance(item, dict):
            continue
        refs: list[tuple[FieldPath, str]] = [(("source", *sub), key)
                                             for sub, key in _keys(item.get("source"))]
        if isinstance(item.get("criterion_source"), str):
            refs.append((("criterion_source",), item["criterion_source"].strip()))
        for where, key in refs:
            if key not in known:
                path = ("items", index, *where)
                found.append(error(
                    "unknown-source", source.position_of(path), format_path(path),
                    f"'{key}' is not one of the catalogue's sources ({', '.join(sorted(known)) or 'none'})",
                    f"'{key}' ไม่ใช่แหล่งที่มาที่ระบุไว้ใน sources ของรายการข้อ",
                ))
        sub = item.get("sub_indicator")
        if sub is not None and to_arabic_digits(str(sub)).strip() not in codes:
            path = ("items", index, "sub_indicator")
            found.append(error(
                "unknown-sub-indicator", source.position_of(path), format_path(path),
                f"sub-indicator {sub} is not listed in the catalogue's sub_indicators",
                f"ตัวชี้วัดย่อย {sub} ไม่อยู่ในรายการ sub_indicators ของรายการข้อนี้",
            ))
    return found


def load_catalogue(path: Path, relpath: str | None = None) -> tuple[Catalogue | None, list[Diagnostic]]:
    """Read, validate and check one catalogue file; ``None`` when it has any error."""
    source, problems = read_yaml_file(path, relpath or path.as_posix())
    if source is None or problems:
        return None, problems
    catalogue, problems = validate(source, Catalogue)
    problems = sorted([*problems, *duplicate_codes(source), *unknown_references(source)], key=sort_key)
    return (None if problems else catalogue), problems
