"""Totals recomputed from a file that holds malformed values say so.

A malformed value is reported where it is and then counts as unknown; plan totals name it
precisely (``total-includes-unknown``), and for every other recomputed figure of such a file the
``total-mismatch`` message says that the recomputed side may be incomplete, rather than staying
silent about it.
"""

from __future__ import annotations

from dataclasses import replace

from generator.diagnostics import Diagnostic
from generator.load.agency import Agency


def mark_incomplete(agency: Agency, found: list[Diagnostic]) -> list[Diagnostic]:
    precise = {loaded.source.path for loaded in agency.plans}  # plan totals name their unknowns
    unknown = {loaded.source.path: len(loaded.unknown) for loaded in agency.all_loaded()
               if loaded.unknown and loaded.source.path not in precise}
    if not unknown:
        return found
    return [_marked(d, unknown[d.position.file]) if d.code == "total-mismatch"
            and d.position.file in unknown else d for d in found]


def _marked(diagnostic: Diagnostic, count: int) -> Diagnostic:
    return replace(
        diagnostic,
        message=f"{diagnostic.message} (the file has {count} malformed value(s), counted as unknown: "
                "the recomputed figure may be incomplete)",
        message_th=f"{diagnostic.message_th} (ไฟล์นี้มีค่าที่เขียนไม่ถูกต้อง {count} ค่า ซึ่งถือว่าไม่ทราบค่า "
                   "ยอดที่คำนวณได้จึงอาจไม่ครบ)",
    )
