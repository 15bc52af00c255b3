"""Figures derived from service statistics and complaints: the totals checks and pages both use."""

from __future__ import annotations

from generator.models.complaints import ComplaintStatistics
from generator.models.statistics import ServiceStatistics, ServiceType
from generator.values.fiscal import FISCAL_MONTH_ORDER


def type_total(service: ServiceType) -> int:
    return sum(service.counts.values())


def months_covered(stats: ServiceStatistics) -> frozenset[int]:
    """Calendar months any type reports (a month written as 0 counts: it was reported)."""
    return frozenset(month for service in stats.services for month in service.counts)


def month_totals(stats: ServiceStatistics) -> dict[int, int]:
    """Total of all types per covered month, in fiscal order (ต.ค. first)."""
    covered = months_covered(stats)
    return {month: sum(s.counts.get(month, 0) for s in stats.services)
            for month in FISCAL_MONTH_ORDER if month in covered}


def calendar_year_be(fiscal_year: int, month: int) -> int:
    """The BE calendar year of a month of a fiscal year: ต.ค.–ธ.ค. belong to the year before."""
    return fiscal_year - 1 if month >= 10 else fiscal_year


def status_total(stats: ComplaintStatistics) -> int:
    """Completed plus in progress: what ``received`` should equal."""
    return stats.completed + stats.in_progress


def by_type_total(stats: ComplaintStatistics) -> int:
    return sum(stats.by_type.values())
