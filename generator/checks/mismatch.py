"""The ``total-mismatch`` warning for counts: a printed figure that the data does not add up to.

Every such warning carries ``printed``, ``recomputed`` and ``label_th`` details, which the page
shows in its findings note (see ``generator.render.pages.findings``).
"""

from __future__ import annotations

from typing import Any

from generator.checks.paths import position
from generator.diagnostics import Diagnostic, FieldPath, format_path, warning
from generator.load.agency import Loaded
from generator.values.numbers import is_ascii_number


def count_mismatch(loaded: Loaded[Any], path: FieldPath, printed: int, recomputed: int, label_th: str,
                   en: str, th: str) -> Diagnostic | None:
    """A warning when ``printed != recomputed``; ``en``/``th`` explain what was added up."""
    if printed == recomputed:
        return None
    return warning(
        "total-mismatch", position(loaded.source, path), format_path(path),
        f"printed {printed} but {en} {recomputed}", f"{label_th} ที่พิมพ์ไว้คือ {printed} แต่{th} {recomputed}",
        printed=str(printed), recomputed=str(recomputed), label_th=label_th,
    )


def year_mismatch(loaded: Loaded[Any], fiscal_year: int) -> Diagnostic | None:
    """A file named for one fiscal year (``2568.yml``, ``2568/services.yml``) holding another's data."""
    if not is_ascii_number(loaded.slug) or int(loaded.slug) == fiscal_year:
        return None
    return warning(
        "fiscal-year-mismatch", position(loaded.source, ("fiscal_year",)), "fiscal_year",
        f"fiscal_year is {fiscal_year} but the file is named for {loaded.slug}",
        f"ปีงบประมาณในไฟล์คือ {fiscal_year} แต่ชื่อไฟล์หรือโฟลเดอร์เป็นปี {loaded.slug}",
    )
