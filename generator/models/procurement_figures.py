"""Figures computed from the monthly แบบ สขร.1 records: the annual summary is never typed in.

Count, total budget (วงเงิน) and total agreed price per month, per method and for the year, all from
the month files, so the annual report (รายงานผลการจัดซื้อจัดจ้างประจำปี) cannot disagree with them.
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from dataclasses import dataclass
from decimal import Decimal

from generator.models.procurement import ProcurementMonth, ProcurementRecord
from generator.values.fiscal import FISCAL_MONTH_ORDER

ZERO = Decimal("0.00")


@dataclass(frozen=True)
class Totals:
    """Number of records and their summed budget and agreed price (บาท)."""

    count: int = 0
    budget: Decimal = ZERO
    agreed: Decimal = ZERO

    def add(self, record: ProcurementRecord) -> Totals:
        return Totals(self.count + 1, self.budget + record.budget.counted,
                      self.agreed + record.winner.price.counted)


@dataclass(frozen=True)
class MonthTotals:
    month: int
    """Calendar month (10 = ต.ค.)."""
    totals: Totals
    has_file: bool
    """False when no month file exists yet (distinct from a month with no procurement)."""


@dataclass(frozen=True)
class MethodTotals:
    method: str
    totals: Totals


@dataclass(frozen=True)
class AnnualSummary:
    fiscal_year: int
    totals: Totals
    months: tuple[MonthTotals, ...]
    """All twelve months in fiscal order (ต.ค. … ก.ย.)."""
    methods: tuple[MethodTotals, ...]
    """By method, most records first."""

    @property
    def months_with_files(self) -> frozenset[int]:
        return frozenset(m.month for m in self.months if m.has_file)

    @property
    def complete(self) -> bool:
        """True when all twelve month files exist: only then is it an annual report."""
        return len(self.months_with_files) == 12


def total(records: Iterable[ProcurementRecord]) -> Totals:
    result = Totals()
    for record in records:
        result = result.add(record)
    return result


def method_key(method: str) -> str:
    """Methods printed with different spacing or case count as one (``e-Bidding`` = ``e-bidding``)."""
    return re.sub(r"\s+", " ", method).strip().casefold()


def by_method(records: Iterable[ProcurementRecord]) -> tuple[MethodTotals, ...]:
    groups: dict[str, tuple[str, Totals]] = {}
    for record in records:
        key = method_key(record.method)
        label, sums = groups.get(key, (record.method, Totals()))
        groups[key] = (label, sums.add(record))
    ordered = sorted(groups.values(), key=lambda item: (-item[1].count, item[0]))
    return tuple(MethodTotals(label, sums) for label, sums in ordered)


def annual_summary(fiscal_year: int, months: Iterable[ProcurementMonth]) -> AnnualSummary:
    """The year's summary from its month files (files without a valid month name are left out)."""
    by_month = {m.month: m for m in months if m.month is not None and m.fiscal_year == fiscal_year}
    records = [r for month in FISCAL_MONTH_ORDER if month in by_month for r in by_month[month].rows]
    month_rows = tuple(
        MonthTotals(month, total(by_month[month].rows) if month in by_month else Totals(), month in by_month)
        for month in FISCAL_MONTH_ORDER
    )
    return AnnualSummary(fiscal_year, total(records), month_rows, by_method(records))
