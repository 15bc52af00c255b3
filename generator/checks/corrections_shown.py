"""A value recorded as printed with a correction must be shown beside its correction.

Pages of plans, No Gift policies, risk assessments, ITA results and integrity measures list their
file's corrections; other pages do not yet. There a correction would be published silently, so it
is reported (``correction-not-shown``, warning) until that page shows it; acknowledge it to publish
the corrected value regardless.
"""

from __future__ import annotations

from collections.abc import Iterator, Mapping

from generator.diagnostics import Diagnostic, FieldPath, Position, format_path, warning
from generator.load.agency import Agency

SHOWN = frozenset({"plans", "no_gift", "risk", "ita", "integrity"})
"""Content kinds whose pages list the file's corrections (``_corrections.md.j2``)."""


def check(agency: Agency) -> Iterator[Diagnostic]:
    for key, files in agency.datasets.items():
        if key in SHOWN:
            continue
        for loaded in files:
            for field, correction in loaded.corrections.items():
                yield warning(
                    "correction-not-shown", loaded.source.position_of(_path(loaded.source.positions, field)),
                    field,
                    f"the page of this kind does not show what was printed ('{correction.printed}'): "
                    "the corrected value would be published without it",
                    f"หน้าเว็บของข้อมูลประเภทนี้ยังไม่แสดงค่าที่พิมพ์ไว้ ('{correction.printed}') "
                    "ค่าที่แก้ไขจะถูกเผยแพร่โดยไม่มีค่าที่พิมพ์ไว้ประกอบ",
                )


def _path(positions: Mapping[FieldPath, Position], field: str) -> FieldPath:
    return next((path for path in positions if format_path(path) == field), ())
