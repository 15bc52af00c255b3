"""Service statistics: printed totals recomputed from the monthly counts.

Codes: ``total-mismatch`` (warning: a printed per-type, per-month or grand total differs from the
sum of the counts), ``duplicate-item`` (warning: the same service type listed twice),
``fiscal-year-mismatch`` (warning: the folder names another fiscal year).
"""

from __future__ import annotations

import re
from collections.abc import Iterator

from generator.checks.mismatch import count_mismatch, year_mismatch
from generator.checks.paths import position
from generator.diagnostics import Diagnostic, warning
from generator.load.agency import Agency, Loaded
from generator.models.statistics import ServiceStatistics
from generator.models.statistics_figures import month_totals, type_total
from generator.values.fiscal import month_label


def check(agency: Agency) -> Iterator[Diagnostic]:
    for loaded in agency.service_statistics:
        found = [year_mismatch(loaded, loaded.model.fiscal_year), *_stated(loaded)]
        yield from (d for d in found if d is not None)
        yield from _duplicates(loaded)
    for survey in agency.satisfaction:
        if (mismatch := year_mismatch(survey, survey.model.fiscal_year)) is not None:
            yield mismatch


def _stated(loaded: Loaded[ServiceStatistics]) -> Iterator[Diagnostic | None]:
    stats = loaded.model
    for index, service in enumerate(stats.services):
        if service.stated_total is not None:
            yield count_mismatch(loaded, ("services", index, "stated_total"), service.stated_total,
                                 type_total(service), f"ยอดรวมทั้งปีของ {service.type}",
                                 "the months add up to", "ผลรวมรายเดือนได้")
    by_month = month_totals(stats)
    for month, printed in stats.stated.months.items():
        yield count_mismatch(loaded, ("stated", "months", str(month)), printed, by_month.get(month, 0),
                             f"ยอดรวมเดือน {month_label(month)}", "the types add up to",
                             "ผลรวมทุกประเภทได้")
    if stats.stated.total is not None:
        yield count_mismatch(loaded, ("stated", "total"), stats.stated.total, sum(by_month.values()),
                             "ยอดรวมทั้งปี", "the counts add up to", "ผลรวมทั้งหมดได้")


def _duplicates(loaded: Loaded[ServiceStatistics]) -> Iterator[Diagnostic]:
    seen: dict[str, int] = {}
    for index, service in enumerate(loaded.model.services):
        key = re.sub(r"\s+", "", service.type).casefold()
        if key not in seen:
            seen[key] = index
            continue
        yield warning(
            "duplicate-item", position(loaded.source, ("services", index, "type")), f"services[{index}].type",
            f"service type listed twice (first as services[{seen[key]}]): merge the counts",
            f"ประเภทการให้บริการซ้ำกับ services[{seen[key]}] ให้รวมจำนวนไว้ในรายการเดียว",
        )
