"""Figures derived from a plan's items: the recomputed totals that checks and pages both use."""

from __future__ import annotations

from collections import Counter
from decimal import Decimal

from generator.models.plan import ActionPlan, PlanItem
from generator.values.fiscal import quarter_of_month
from generator.values.numbers import Amount


def budgets_of(plan: ActionPlan, item: PlanItem) -> dict[int, Amount]:
    """An item's budget per fiscal year.

    A single amount belongs to a one-year plan's only year; ไม่ใช้งบประมาณ alone applies to every year.
    """
    if item.budget is None:
        return {}
    if isinstance(item.budget, dict):
        return dict(item.budget)
    if len(plan.fiscal_years) == 1 or item.budget.no_budget:
        # one year's plan, or "no budget" which holds for every year of the plan
        return dict.fromkeys(plan.fiscal_years, item.budget)
    return {}


def budget_totals(plan: ActionPlan, items: list[PlanItem] | None = None) -> dict[int, Decimal]:
    """Sum of budgets per fiscal year (every year of the plan present, zero when nothing is budgeted)."""
    totals = {year: Decimal("0.00") for year in plan.fiscal_years}
    for item in plan.items if items is None else items:
        for year, amount in budgets_of(plan, item).items():
            totals[year] = totals.get(year, Decimal("0.00")) + amount.counted
    return totals


def quarters_of(item: PlanItem) -> set[int]:
    """Fiscal quarters in which the item is scheduled, from quarters or months."""
    return set(item.quarters) | {quarter_of_month(m) for m in item.months}


def quarter_counts(items: list[PlanItem]) -> dict[int, int]:
    counts = Counter(q for item in items for q in quarters_of(item))
    return {q: counts.get(q, 0) for q in (1, 2, 3, 4)}


def items_by_dimension(plan: ActionPlan) -> dict[int | None, list[PlanItem]]:
    """Items grouped by dimension in document order; ``None`` holds items without a dimension."""
    groups: dict[int | None, list[PlanItem]] = {}
    for item in plan.items:
        groups.setdefault(item.dimension_number, []).append(item)
    return dict(sorted(groups.items(), key=lambda kv: (kv[0] is None, kv[0] or 0)))
