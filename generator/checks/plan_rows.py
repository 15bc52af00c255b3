"""Plan rows as printed: remarks, types, printed numbers and the summary table's mission titles.

Codes: ``remark-contradicts-budget`` (warning: the หมายเหตุ column says no budget is used while the
row prints an amount), ``item-without-type`` (info: the row names no มาตรการ/โครงการ/กิจกรรม, so the
webmaster sees which rows to look at), ``duplicate-item-no`` (warning: two rows of one mission, or
one dimension, print the same number) and ``mission-title-differs`` (warning: the summary table
prints another title for a mission than ``missions``).
"""

from __future__ import annotations

import re
from collections.abc import Iterator

from generator.checks.paths import position
from generator.diagnostics import Diagnostic, FieldPath, format_path, info, warning
from generator.load.agency import Agency, Loaded
from generator.models.plan import ActionPlan
from generator.models.plan_figures import budgets_of
from generator.values.numbers import format_baht, to_arabic_digits

_NO_BUDGET = re.compile(r"ไม่ใช้\s*งบ|ไม่มี\s*งบ|ไม่ต้องใช้\s*งบ")


def check(agency: Agency) -> Iterator[Diagnostic]:
    for loaded in agency.plans:
        yield from _rows(loaded)
        yield from _mission_titles(loaded)


def _rows(loaded: Loaded[ActionPlan]) -> Iterator[Diagnostic]:
    plan = loaded.model
    numbers: dict[tuple[object, str], int] = {}
    for index, item in enumerate(plan.items):
        if item.remark and _NO_BUDGET.search(item.remark):
            spent = [(year, a) for year, a in budgets_of(plan, item).items() if a.value]
            if spent:
                year, amount = spent[0]
                path: FieldPath = ("items", index, "remark")
                yield warning(
                    "remark-contradicts-budget", position(loaded.source, path), format_path(path),
                    f"the remark says '{item.remark}' but the row prints {format_baht(amount.counted)} "
                    f"for {year}",
                    f"หมายเหตุระบุว่า '{item.remark}' แต่แถวเดียวกันพิมพ์งบประมาณปี {year} "
                    f"{format_baht(amount.counted)} บาท",
                    printed=item.remark, recomputed=format_baht(amount.counted),
                    label_th=f"หมายเหตุของรายการที่ {index + 1}",
                )
        if item.type is None:
            path = ("items", index)
            yield info("item-without-type", position(loaded.source, path), format_path(path),
                       f"item {index + 1} names no type (มาตรการ, โครงการ or กิจกรรม)",
                       f"รายการที่ {index + 1} ไม่ได้ระบุประเภท (มาตรการ โครงการ หรือ กิจกรรม)")
        if item.no:
            # numbering restarts in each mission (or dimension) in many plans
            key = (item.mission or item.dimension_number, to_arabic_digits(item.no).strip().rstrip("."))
            if key in numbers:
                path = ("items", index, "no")
                yield warning(
                    "duplicate-item-no", position(loaded.source, path), format_path(path),
                    f"number '{item.no}' is printed for item {numbers[key] + 1} too",
                    f"เลขที่ '{item.no}' ซ้ำกับรายการที่ {numbers[key] + 1}")
            numbers.setdefault(key, index)


def _mission_titles(loaded: Loaded[ActionPlan]) -> Iterator[Diagnostic]:
    plan = loaded.model
    for number, figures in plan.stated.missions.items():
        known = plan.missions.get(number)
        if figures.title and known and _normal(figures.title) != _normal(known):
            path = ("stated", "missions", number, "title")
            yield warning(
                "mission-title-differs", position(loaded.source, path), format_path(path),
                f"the summary table prints '{figures.title}' for mission {number}, the plan '{known}'",
                f"ตารางสรุปพิมพ์ชื่อภารกิจ {number} ว่า '{figures.title}' แต่ในแผนคือ '{known}'",
                printed=figures.title, recomputed=known, label_th=f"ชื่อภารกิจ {number} ในตารางสรุป")


def _normal(text: str) -> str:
    return re.sub(r"[\s\"'“”]+", "", to_arabic_digits(text))
