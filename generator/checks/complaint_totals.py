"""Complaint statistics: received must equal completed + in progress, and the sum of the types.

Codes: ``total-mismatch`` (warning, naming both numbers), ``fiscal-year-mismatch`` (warning: the
file is named for another fiscal year). "None received" with non-zero counts is a model error.
"""

from __future__ import annotations

from collections.abc import Iterator

from generator.checks.mismatch import count_mismatch, year_mismatch
from generator.diagnostics import Diagnostic
from generator.load.agency import Agency, Loaded
from generator.models.complaints import ComplaintStatistics
from generator.models.statistics_figures import by_type_total, status_total


def check(agency: Agency) -> Iterator[Diagnostic]:
    for loaded in agency.complaints:
        found = [year_mismatch(loaded, loaded.model.fiscal_year), *_totals(loaded)]
        yield from (d for d in found if d is not None)


def _totals(loaded: Loaded[ComplaintStatistics]) -> Iterator[Diagnostic | None]:
    stats = loaded.model
    yield count_mismatch(
        loaded, ("received",), stats.received, status_total(stats),
        "เรื่องที่ได้รับ (เทียบกับดำเนินการแล้วเสร็จ + อยู่ระหว่างดำเนินการ)",
        f"completed ({stats.completed}) + in progress ({stats.in_progress}) =",
        f"ดำเนินการแล้วเสร็จ ({stats.completed}) + อยู่ระหว่างดำเนินการ ({stats.in_progress}) รวมได้",
    )
    if stats.by_type:
        yield count_mismatch(loaded, ("by_type",), stats.received, by_type_total(stats),
                             "เรื่องที่ได้รับ (เทียบกับผลรวมตามประเภท)", "the types add up to",
                             "ผลรวมตามประเภทได้")
    if stats.stated.by_type_total is not None:
        yield count_mismatch(loaded, ("stated", "by_type_total"), stats.stated.by_type_total,
                             by_type_total(stats), "ยอดรวมตามประเภท", "the types add up to",
                             "ผลรวมตามประเภทได้")
