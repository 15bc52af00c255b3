"""Figures derived from a plan's items: the recomputed totals that checks and pages both use."""

from __future__ import annotations

from collections import Counter
from collections.abc import Collection
from dataclasses import dataclass
from decimal import Decimal

from generator.models.plan import ActionPlan, PlanItem
from generator.values.fiscal import quarter_of_month
from generator.values.numbers import Amount


def budgets_of(plan: ActionPlan, item: PlanItem) -> dict[int, Amount]:
    """An item's budget per fiscal year (see ``spread_budget``)."""
    return spread_budget(plan, item.budget)


def spread_budget(plan: ActionPlan, budget: Amount | dict[int, Amount] | None) -> dict[int, Amount]:
    """A budget (an item's or a detail sheet's) per fiscal year.

    A single amount belongs to a one-year plan's only year; ไม่ใช้งบประมาณ alone applies to every year.
    """
    if budget is None:
        return {}
    if isinstance(budget, dict):
        return dict(budget)
    if len(plan.fiscal_years) == 1 or budget.no_budget:
        # one year's plan, or "no budget" which holds for every year of the plan
        return dict.fromkeys(plan.fiscal_years, budget)
    return {}


@dataclass(frozen=True)
class Total:
    """A recomputed budget total that knows how many of its items give no amount.

    An unknown is not zero: a total of items none of which prints a budget is unknown (ไม่ระบุ), and
    a total that leaves some items out says how many.
    """

    amount: Decimal
    """Sum of the known amounts (``-`` and ไม่ใช้งบประมาณ count as nothing)."""
    known: int = 0
    """Items whose amount for the year is given."""
    unknown: int = 0
    """Items whose amount the document does not give, or gives malformed."""

    @property
    def is_unknown(self) -> bool:
        return self.known == 0


def budget_of_year(plan: ActionPlan, item: PlanItem, year: int,
                   unknown: Collection[str] = ()) -> Amount | None:
    """The item's amount for ``year``; None when the document gives none (or a malformed one:
    ``unknown`` holds the field paths refused while loading, e.g. ``items[3].budget.2566``)."""
    amount = budgets_of(plan, item).get(year)
    return None if amount is None or is_malformed(plan, item, year, unknown) else amount


def is_malformed(plan: ActionPlan, item: PlanItem, year: int, unknown: Collection[str]) -> bool:
    """Whether the item's budget for ``year`` was refused while loading (and is now unknown)."""
    if not unknown:
        return False
    index = next(i for i, candidate in enumerate(plan.items) if candidate is item)
    return f"items[{index}].budget" in unknown or f"items[{index}].budget.{year}" in unknown


def budget_totals(plan: ActionPlan, items: list[PlanItem] | None = None,
                  unknown: Collection[str] = ()) -> dict[int, Total]:
    """Sum of budgets per fiscal year, every year of the plan present, each with its unknowns."""
    totals = {}
    chosen = plan.items if items is None else items
    for year in plan.fiscal_years:
        amounts = [budget_of_year(plan, item, year, unknown) for item in chosen]
        given = [a for a in amounts if a is not None]
        totals[year] = Total(sum((a.counted for a in given), start=Decimal("0.00")),
                             len(given), len(amounts) - len(given))
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
