"""Plan item detail pages: one page per item with a detail sheet (รายละเอียดโครงการ).

Record-level pages stay out of the navigation (DESIGN §8); the plan table links to them.
"""

from __future__ import annotations

import html
import posixpath
from typing import Any

from markupsafe import Markup

from generator.checks.detail_sheets import sheet_path
from generator.diagnostics import Diagnostic
from generator.load.agency import Agency, Loaded
from generator.load.corrections import correction_key
from generator.models.frameworks import FRAMEWORKS
from generator.models.plan import ActionPlan, PlanItem
from generator.models.plan_figures import budgets_of, spread_budget
from generator.models.plan_sheets import DetailSheet
from generator.render.pages import Page, corrections, findings
from generator.render.plan_pages import item_page_path, page_title, plan_page_path


def pages(agency: Agency, diagnostics: list[Diagnostic]) -> list[Page]:
    return [_item_page(loaded, index, item, diagnostics) for loaded in agency.plans
            for index, item in enumerate(loaded.model.items) if item.details]


def _sheet(loaded: Loaded[ActionPlan], index: int, number: int, sheet: DetailSheet) -> dict[str, Any]:
    """A sheet with its budget spread over the plan's years (and the budget as printed, where the
    file records a correction), for the template."""
    plan = loaded.model
    where = correction_key(sheet_path(loaded, index, number))
    budgets = spread_budget(plan, sheet.budget)
    # one amount for a plan of several years (ไม่ใช้งบประมาณ as printed) is shown once, as printed
    single = sheet.budget if sheet.budget is not None and not isinstance(sheet.budget, dict) \
        and len(plan.fiscal_years) > 1 else None
    return {"sheet": sheet, "single": single, "printed": loaded.corrections.get(f"{where}.budget"),
            "budgets": [{"year": year, "amount": budgets[year]} for year in plan.fiscal_years
                        if year in budgets]}


def _own(field: str, index: int) -> bool:
    return field == f"items[{index}]" or field.startswith(f"items[{index}].")


def _dimension(plan: ActionPlan, item: PlanItem) -> str:
    number = item.dimension_number
    if number is None:
        return ""
    title = FRAMEWORKS[plan.framework].dimensions.get(number, "")
    return f"มิติที่ {number} {title}".strip()


def _item_page(loaded: Loaded[ActionPlan], index: int, item: PlanItem,
               diagnostics: list[Diagnostic]) -> Page:
    plan = loaded.model
    path = item_page_path(loaded, index)
    plan_title = page_title(plan)
    budgets = budgets_of(plan, item)
    return Page(path, f"{plan_title} รายการที่ {index + 1}", "plan_item.md.j2", {
        # the item title comes from data: HTML-escaped for the theme, which prints titles raw
        "page_title": Markup(html.escape(item.title)),
        "item": item,
        "sheets": [_sheet(loaded, index, number, sheet) for number, sheet in enumerate(item.details)],
        "number": index + 1, "plan": plan,
        # the item's own findings and corrections ("items[3]" but not "items[30]")
        "findings": [f for f in findings(loaded, diagnostics) if _own(f["field"], index)],
        "corrections": [c for c in corrections(loaded) if _own(c["field"], index)],
        "plan_title": plan_title,
        # a Markdown link back to the plan page: MkDocs checks and rewrites it
        "plan_link": Markup(posixpath.relpath(plan_page_path(loaded), posixpath.dirname(path))),
        "dimension": _dimension(plan, item),
        "mission_title": plan.missions.get(item.mission, "") if item.mission else "",
        "budgets": [{"year": year, "amount": budgets[year]} for year in plan.fiscal_years if year in budgets],
    }, section="anti-corruption", in_nav=False, sources=(loaded.source.path,))
