"""Duplicate items: the same title twice in the same dimension of a plan (``duplicate-item``)."""

from __future__ import annotations

import re
from collections.abc import Iterator

from generator.checks.paths import position
from generator.diagnostics import Diagnostic, warning
from generator.load.agency import Agency


def _normalised(title: str) -> str:
    return re.sub(r"\s+", "", title).casefold()


def check(agency: Agency) -> Iterator[Diagnostic]:
    for loaded in agency.plans:
        first_seen: dict[tuple[int | None, str], int] = {}
        for index, item in enumerate(loaded.model.items):
            key = (item.dimension_number, _normalised(item.title))
            if key not in first_seen:
                first_seen[key] = index
                continue
            path = ("items", index, "title")
            first = first_seen[key]
            first_line = position(loaded.source, ("items", first)).line
            yield warning(
                "duplicate-item", position(loaded.source, path), f"items[{index}].title",
                f"same title and dimension as items[{first}] (line {first_line})",
                f"ชื่อและมิติซ้ำกับรายการ items[{first}] (บรรทัด {first_line})",
            )
