"""Plan totals: every printed total and count is recomputed from the items and compared.

Codes: ``total-mismatch`` (warning: printed ≠ recomputed), ``budget-year-needed`` (error: one
amount given in a multi-year plan), ``budget-year-outside`` (error: a budget for a year the plan
does not cover), ``unknown-mission`` (warning: an item names a mission the plan does not define),
``total-includes-unknown`` (warning: a printed total sums an amount that is malformed, so it cannot
be verified), ``subtotals-mismatch`` (warning: the printed grand total ≠ the sum of the printed
dimension subtotals).
"""

from __future__ import annotations

from collections.abc import Iterator
from decimal import Decimal

from generator.checks.paths import position
from generator.diagnostics import Diagnostic, FieldPath, error, format_path, warning
from generator.load.agency import Agency, Loaded
from generator.models.plan import ActionPlan, PlanItem
from generator.models.plan_figures import (
    Total,
    budget_totals,
    is_malformed,
    items_by_dimension,
    quarter_counts,
)
from generator.values.numbers import format_baht


def check(agency: Agency) -> Iterator[Diagnostic]:
    for loaded in agency.plans:
        yield from _item_budgets(loaded)
        yield from _missions(loaded)
        yield from _stated(loaded)


def _item_budgets(loaded: Loaded[ActionPlan]) -> Iterator[Diagnostic]:
    plan = loaded.model
    for index, item in enumerate(plan.items):
        if item.budget is None:
            continue
        path: FieldPath = ("items", index, "budget")
        if not isinstance(item.budget, dict) and len(plan.fiscal_years) > 1 \
                and not item.budget.no_budget:
            yield error(
                "budget-year-needed", position(loaded.source, path), format_path(path),
                f"the plan covers {len(plan.fiscal_years)} fiscal years: give the budget per year, "
                "e.g. {2566: 10,000, 2567: 10,000}",
                f"แผนครอบคลุม {len(plan.fiscal_years)} ปีงบประมาณ ต้องระบุงบประมาณแยกรายปี "
                "เช่น {2566: 10,000, 2567: 10,000}",
            )
        elif isinstance(item.budget, dict):
            for year in item.budget:
                if year not in plan.fiscal_years:
                    year_path = (*path, str(year))
                    yield error(
                        "budget-year-outside", position(loaded.source, year_path), format_path(year_path),
                        f"fiscal year {year} is not one of the plan's years {plan.fiscal_years}",
                        f"ปีงบประมาณ {year} ไม่อยู่ในช่วงปีของแผน {plan.fiscal_years}",
                    )


def _missions(loaded: Loaded[ActionPlan]) -> Iterator[Diagnostic]:
    plan = loaded.model
    if not plan.missions:
        return
    for index, item in enumerate(plan.items):
        if item.mission and item.mission not in plan.missions:
            path = ("items", index, "mission")
            yield warning(
                "unknown-mission", position(loaded.source, path), format_path(path),
                f"mission {item.mission} is not listed under 'missions'",
                f"ภารกิจ {item.mission} ไม่มีอยู่ในรายการ missions",
            )


def _stated(loaded: Loaded[ActionPlan]) -> Iterator[Diagnostic]:
    plan, stated = loaded.model, loaded.model.stated
    if stated.items is not None:
        yield from _compare(loaded, ("stated", "items"), stated.items, len(plan.items),
                            "item count", "จำนวนรายการทั้งหมด")
    for year, amount in stated.budget.items():
        yield from _budget(loaded, plan.items, year, ("stated", "budget", str(year)), amount.counted,
                           f"budget {year}", f"งบประมาณรวม ปี {year} (บาท)")
    actual_quarters = quarter_counts(plan.items)
    for quarter, count in stated.quarter_counts.items():
        yield from _compare(loaded, ("stated", "quarter_counts", str(quarter)), count,
                            actual_quarters[quarter], f"quarter {quarter} item count",
                            f"จำนวนรายการที่ดำเนินการในไตรมาสที่ {quarter}")
    groups = items_by_dimension(plan)
    for number, figures in stated.dimensions.items():
        items = groups.get(number, [])
        base: FieldPath = ("stated", "dimensions", str(number))
        if figures.items is not None:
            yield from _compare(loaded, (*base, "items"), figures.items, len(items),
                                f"dimension {number} item count", f"จำนวนรายการ มิติที่ {number}")
        for year, amount in figures.budget.items():
            yield from _budget(loaded, items, year, (*base, "budget", str(year)), amount.counted,
                               f"dimension {number} budget {year}",
                               f"งบประมาณ มิติที่ {number} ปี {year} (บาท)")
    yield from _missions_stated(loaded)
    yield from _subtotals(loaded)


def _missions_stated(loaded: Loaded[ActionPlan]) -> Iterator[Diagnostic]:
    """The summary count table: each mission's printed count and budget against its items."""
    plan = loaded.model
    for number, figures in plan.stated.missions.items():
        items = [item for item in plan.items
                 if item.mission == number or (item.mission or "").startswith(number + ".")]
        base: FieldPath = ("stated", "missions", number)
        if figures.items is not None:
            yield from _compare(loaded, (*base, "items"), figures.items, len(items),
                                f"mission {number} item count", f"จำนวนรายการ ภารกิจ {number}")
        for year, amount in figures.budget.items():
            yield from _budget(loaded, items, year, (*base, "budget", str(year)), amount.counted,
                               f"mission {number} budget {year}", f"งบประมาณ ภารกิจ {number} ปี {year} (บาท)")


def _budget(loaded: Loaded[ActionPlan], items: list[PlanItem], year: int, path: FieldPath,
            printed: Decimal, what: str, label_th: str) -> Iterator[Diagnostic]:
    """Compare a printed budget total with the items; one that sums a malformed amount says so."""
    total = budget_totals(loaded.model, items, loaded.unknown).get(year, Total(Decimal("0.00")))
    malformed = sum(is_malformed(loaded.model, item, year, loaded.unknown) for item in items)
    if malformed:
        shown, shown_th = (format_baht(total.amount),) * 2 if total.known else ("nothing", "ไม่มี")
        yield warning(
            "total-includes-unknown", position(loaded.source, path), format_path(path),
            f"printed {what} is {format_baht(printed)} but cannot be checked: "
            f"{malformed} amount(s) in it are malformed (unknown); the known amounts add up to {shown}",
            f"{label_th} ที่พิมพ์ไว้คือ {format_baht(printed)} แต่ตรวจสอบไม่ได้ เพราะมีจำนวนเงิน "
            f"{malformed} รายการที่เขียนไม่ถูกต้อง (ไม่ทราบค่า) ยอดของรายการที่ทราบค่าคือ {shown_th}",
            printed=format_baht(printed), recomputed=f"ไม่ทราบ (ทราบค่าแล้ว {shown})",
            label_th=label_th,
        )
        return
    yield from _compare(loaded, path, printed, total.amount, what, label_th)


def _subtotals(loaded: Loaded[ActionPlan]) -> Iterator[Diagnostic]:
    """The printed grand total against the sum of the printed dimension subtotals."""
    stated = loaded.model.stated
    # the printed subtotals add up to a grand figure only when every dimension with items has one
    if not stated.dimensions or not set(items_by_dimension(loaded.model)) - {None} <= set(stated.dimensions):
        return
    counts = [d.items for d in stated.dimensions.values()]
    known = [c for c in counts if c is not None]
    if stated.items is not None and counts and len(known) == len(counts) and sum(known) != stated.items:
        path: FieldPath = ("stated", "items")
        added = str(sum(known))
        yield warning(
            "subtotals-mismatch", position(loaded.source, path), format_path(path),
            f"printed item count is {stated.items} but the printed dimension counts add up to {added}",
            f"จำนวนรายการทั้งหมดที่พิมพ์ไว้คือ {stated.items} แต่จำนวนรายมิติที่พิมพ์ไว้รวมกันได้ {added}",
            printed=str(stated.items), recomputed=added,
            label_th="จำนวนรายการทั้งหมด เทียบกับผลรวมของจำนวนรายมิติที่พิมพ์ไว้",
        )
    for year, amount in stated.budget.items():
        parts = [d.budget[year].counted for d in stated.dimensions.values() if year in d.budget]
        if not parts or len(parts) != len(stated.dimensions) or sum(parts) == amount.counted:
            continue
        path = ("stated", "budget", str(year))
        added = format_baht(sum(parts, start=Decimal("0.00")))
        yield warning(
            "subtotals-mismatch", position(loaded.source, path), format_path(path),
            f"printed grand total {year} is {format_baht(amount.counted)} but the printed dimension "
            f"subtotals add up to {added}",
            f"งบประมาณรวมทั้งสิ้น ปี {year} ที่พิมพ์ไว้คือ {format_baht(amount.counted)} "
            f"แต่ยอดรวมรายมิติที่พิมพ์ไว้รวมกันได้ {added}",
            printed=format_baht(amount.counted), recomputed=added,
            label_th=f"งบประมาณรวมทั้งสิ้น ปี {year} เทียบกับผลรวมของยอดรายมิติที่พิมพ์ไว้",
        )


def _compare(loaded: Loaded[ActionPlan], path: FieldPath, printed: int | Decimal,
             recomputed: int | Decimal, what: str, label_th: str) -> Iterator[Diagnostic]:
    if printed == recomputed:
        return
    shown_printed, shown_actual = (
        (format_baht(printed), format_baht(Decimal(recomputed))) if isinstance(printed, Decimal)
        else (str(printed), str(recomputed))
    )
    yield warning(
        "total-mismatch", position(loaded.source, path), format_path(path),
        f"printed {what} is {shown_printed} but the items add up to {shown_actual}",
        f"{label_th} ที่พิมพ์ไว้คือ {shown_printed} แต่คำนวณจากรายการได้ {shown_actual}",
        printed=shown_printed, recomputed=shown_actual, label_th=label_th,
    )
