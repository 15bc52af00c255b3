"""Detail sheets against their lines and their item in the plan table.

Sheets are copied by hand from templates, so they drift from the plan table. Codes (all warnings,
each with ``printed``/``recomputed`` details for the page's findings note):
``sheet-line-product`` (a line's quantities × unit price ≠ its printed amount),
``sheet-lines-total`` (the lines do not add up to the sheet's printed total),
``sheet-budget-mismatch`` (the sheet's budget for a year ≠ the item's budget in the plan table),
``sheet-title-differs`` / ``sheet-type-differs`` (the sheet prints another title or type),
``duplicate-sheet`` (two sheets with the same content), ``item-without-sheet`` (an item has no
sheet while others have one) and ``sheet-without-item`` (a sheet that matches no item).
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from decimal import Decimal
from typing import Any

from generator.checks.paths import position
from generator.diagnostics import Diagnostic, FieldPath, format_path, warning
from generator.load.agency import Agency, Loaded
from generator.models.plan import ActionPlan, PlanItem
from generator.models.plan_figures import budget_of_year, spread_budget
from generator.models.plan_sheets import DetailSheet
from generator.values.numbers import format_baht


def check(agency: Agency) -> Iterator[Diagnostic]:
    for loaded in agency.plans:
        yield from _plan(loaded)


def _plan(loaded: Loaded[ActionPlan]) -> Iterator[Diagnostic]:
    plan = loaded.model
    with_sheets = [item for item in plan.items if item.details]
    seen: dict[str, FieldPath] = {}
    for index, item in enumerate(plan.items):
        if with_sheets and not item.details:
            path: FieldPath = ("items", index)
            yield _warn(loaded, "item-without-sheet", path,
                        f"item {index + 1} has no detail sheet, while {len(with_sheets)} items have one",
                        f"รายการที่ {index + 1} ไม่มีแบบรายละเอียดโครงการ ขณะที่รายการอื่น "
                        f"{len(with_sheets)} รายการมี")
        for number, sheet in enumerate(item.details):
            base = sheet_path(loaded, index, number)
            yield from _sheet(loaded, item, sheet, base)
            yield from _duplicate(loaded, sheet, base, seen)
    for number, sheet in enumerate(plan.unmatched_sheets):
        path = ("unmatched_sheets", number)
        yield _warn(loaded, "sheet-without-item", path,
                    f"detail sheet '{sheet.title or number + 1}' matches no item of the plan table",
                    f"แบบรายละเอียดโครงการ '{sheet.title or number + 1}' ไม่ตรงกับรายการใดในตารางแผน")
        yield from _lines(loaded, sheet, path)
        yield from _duplicate(loaded, sheet, path, seen)


def sheet_path(loaded: Loaded[ActionPlan], index: int, number: int) -> FieldPath:
    """The sheet's path as written: ``items[2].details`` for one mapping, ``…details[1]`` in a list."""
    raw = loaded.source.data["items"][index]["details"]
    return ("items", index, "details") if isinstance(raw, dict) else ("items", index, "details", number)


def _sheet(loaded: Loaded[ActionPlan], item: PlanItem, sheet: DetailSheet,
           base: FieldPath) -> Iterator[Diagnostic]:
    yield from _lines(loaded, sheet, base)
    if sheet.title and _normal(sheet.title) != _normal(item.title):
        yield _warn(loaded, "sheet-title-differs", (*base, "title"),
                    f"the sheet prints the title '{sheet.title}', the plan table '{item.title}'",
                    f"ชื่อในแบบรายละเอียดคือ '{sheet.title}' แต่ในตารางแผนคือ '{item.title}'",
                    printed=sheet.title, recomputed=item.title, label_th="ชื่อโครงการในแบบรายละเอียด")
    if sheet.type and item.type and _normal(sheet.type) != item.type.value:
        yield _warn(loaded, "sheet-type-differs", (*base, "type"),
                    f"the sheet prints the type '{sheet.type}', the plan table '{item.type.value}'",
                    f"ประเภทในแบบรายละเอียดคือ '{sheet.type}' แต่ในตารางแผนคือ '{item.type.value}'",
                    printed=sheet.type, recomputed=item.type.value, label_th="ประเภทในแบบรายละเอียด")
    yield from _budget(loaded, item, sheet, base)


def _lines(loaded: Loaded[ActionPlan], sheet: DetailSheet, base: FieldPath) -> Iterator[Diagnostic]:
    for number, line in enumerate(sheet.lines):
        product = line.product()
        if product is None or line.amount is None or line.amount.value is None \
                or product == line.amount.value:
            continue
        factors = " × ".join([*(str(q) for q in line.quantities), format_baht(line.unit_price.value)]) \
            if line.unit_price and line.unit_price.value is not None else ""
        yield _warn(loaded, "sheet-line-product", (*base, "lines", number, "amount"),
                    f"printed amount {format_baht(line.amount.value)} but {factors} = {format_baht(product)}",
                    f"จำนวนเงินที่พิมพ์ไว้คือ {format_baht(line.amount.value)} แต่ {factors} = "
                    f"{format_baht(product)}",
                    printed=format_baht(line.amount.value), recomputed=format_baht(product),
                    label_th=f"รายการค่าใช้จ่าย '{line.description}'")
    amounts = [line.amount.value for line in sheet.lines if line.amount is not None]
    if sheet.total is None or sheet.total.value is None or not sheet.lines \
            or len(amounts) != len(sheet.lines) or None in amounts:
        return
    added = sum((a for a in amounts if a is not None), start=Decimal("0.00"))
    if added != sheet.total.value:
        yield _warn(loaded, "sheet-lines-total", (*base, "total"),
                    f"printed sheet total {format_baht(sheet.total.value)} but the lines add up to "
                    f"{format_baht(added)}",
                    f"ยอดรวมในแบบรายละเอียดที่พิมพ์ไว้คือ {format_baht(sheet.total.value)} "
                    f"แต่รายการค่าใช้จ่ายรวมกันได้ {format_baht(added)}",
                    printed=format_baht(sheet.total.value), recomputed=format_baht(added),
                    label_th="ยอดรวมในแบบรายละเอียดโครงการ")


def _budget(loaded: Loaded[ActionPlan], item: PlanItem, sheet: DetailSheet,
            base: FieldPath) -> Iterator[Diagnostic]:
    plan = loaded.model
    for year, amount in spread_budget(plan, sheet.budget).items():
        other = budget_of_year(plan, item, year, loaded.unknown)  # None: not given, or malformed
        if other is None or (amount.value, amount.no_budget) == (other.value, other.no_budget):
            continue
        path = (*base, "budget", str(year)) if isinstance(sheet.budget, dict) else (*base, "budget")
        yield _warn(loaded, "sheet-budget-mismatch", path,
                    f"the sheet gives {amount} for {year}, the plan table {other}",
                    f"แบบรายละเอียดระบุงบประมาณปี {year} เป็น {amount} แต่ตารางแผนระบุ {other}",
                    printed=str(amount), recomputed=str(other),
                    label_th=f"งบประมาณปี {year} ในแบบรายละเอียด เทียบกับตารางแผน")


def _duplicate(loaded: Loaded[ActionPlan], sheet: DetailSheet, base: FieldPath,
               seen: dict[str, FieldPath]) -> Iterator[Diagnostic]:
    content = repr(sheet.model_copy(update={"source_lines": None}))
    first = seen.setdefault(content, base)
    if first != base:
        yield _warn(loaded, "duplicate-sheet", base,
                    f"this sheet has the same content as {format_path(first)}",
                    f"แบบรายละเอียดนี้มีเนื้อหาเหมือนกับ {format_path(first)}")


def _normal(text: str) -> str:
    """Compare titles without spacing and quote differences (OCR and typing vary those)."""
    return re.sub(r"[\s\"'“”‘’]+", "", text)


def _warn(loaded: Loaded[ActionPlan], code: str, path: FieldPath, en: str, th: str,
          **details: Any) -> Diagnostic:
    return warning(code, position(loaded.source, path), format_path(path), en, th, **details)
