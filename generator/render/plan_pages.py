"""Anti-corruption action plan pages: summary by dimension, then items by dimension and mission."""

from __future__ import annotations

from typing import Any

from markupsafe import Markup

from generator.diagnostics import Diagnostic
from generator.load.agency import Agency, Loaded
from generator.models.frameworks import FRAMEWORKS
from generator.models.plan import ActionPlan, PlanItem
from generator.models.plan_figures import budget_of_year, budget_totals, items_by_dimension, quarters_of
from generator.render.pages import Page, corrections, findings, years_label
from generator.render.urls import relative_url
from generator.values.fiscal import FISCAL_MONTH_ORDER, month_label

TOPIC = "action_plan"


def page_title(plan: ActionPlan) -> str:
    return f"แผนปฏิบัติการป้องกันการทุจริต {years_label(plan.fiscal_years)}"


def plan_page_path(loaded: Loaded[ActionPlan]) -> str:
    return f"anti-corruption/plans/{loaded.slug}.md"


def item_page_path(loaded: Loaded[ActionPlan], index: int) -> str:
    """The detail page of ``items[index]`` (see ``plan_item_pages``), numbered 1-based in document order."""
    return f"anti-corruption/plans/{loaded.slug}/{index + 1}.md"


def pages(agency: Agency, diagnostics: list[Diagnostic]) -> list[Page]:
    return [_plan_page(loaded, diagnostics) for loaded in agency.plans]


def _plan_page(loaded: Loaded[ActionPlan], diagnostics: list[Diagnostic]) -> Page:
    plan = loaded.model
    framework = FRAMEWORKS[plan.framework]
    use_months = any(i.months for i in plan.items) and not any(i.quarters for i in plan.items)
    use_quarters = not use_months and any(quarters_of(i) for i in plan.items)
    if use_months:
        labels = [month_label(m) for m in FISCAL_MONTH_ORDER]
    elif use_quarters:
        labels = [f"ไตรมาส {q}" for q in (1, 2, 3, 4)]
    else:
        labels = []

    def schedule(item: PlanItem) -> list[bool]:
        if use_months:
            return [m in item.months for m in FISCAL_MONTH_ORDER]
        if use_quarters:
            return [q in quarters_of(item) for q in (1, 2, 3, 4)]
        return []

    here = plan_page_path(loaded)
    # the table is raw HTML, which MkDocs neither checks nor rewrites: link to the built page's URL
    detail_links = {id(item): Markup(relative_url(here, item_page_path(loaded, index)))
                    for index, item in enumerate(plan.items) if item.details}
    index_of = {id(item): index for index, item in enumerate(plan.items)}

    def row(item: PlanItem) -> dict[str, Any]:
        return {"item": item, "no": item.no or "", "budget": budget_cells(loaded, index_of[id(item)]),
                "schedule": schedule(item), "href": detail_links.get(id(item))}

    groups, summary_rows = [], []
    for number, items in items_by_dimension(plan).items():
        if number is None:
            heading, anchor, label = "รายการตามเอกสาร (ไม่ระบุมิติ)", "items", "ไม่ระบุมิติ"
        else:
            title = framework.dimensions.get(number, "")
            heading, anchor, label = f"มิติที่ {number} {title}", Markup(f"dimension-{number:d}"), \
                f"มิติที่ {number}"
        blocks = []
        for mission, mission_items in _by_mission(items).items():
            mission_title = plan.missions.get(mission, "") if mission else ""
            blocks.append({
                "heading": f"{mission} {mission_title}".strip() if mission else "",
                # mission numbers are validated as digits and dots: safe as an id
                "anchor": Markup("mission-" + mission.replace(".", "-")) if mission else "",
                "caption": f"รายการของ{label}" + (f" ภารกิจ {mission}" if mission else ""),
                "rows": [row(i) for i in mission_items],
            })
        groups.append({"heading": heading, "anchor": anchor, "blocks": blocks})
        summary_rows.append({"label": label, "count": len(items),
                             "budget": budget_totals(plan, items, loaded.unknown)})

    title = page_title(plan)
    return Page(here, title, "plan.md.j2", {
        "page_title": title, "plan": plan, "framework": framework,
        "years_label": years_label(plan.fiscal_years), "schedule_labels": labels,
        "groups": groups,
        "summary": {"rows": summary_rows, "total_count": len(plan.items),
                    "total_budget": budget_totals(plan, unknown=loaded.unknown)},
        "findings": findings(loaded, diagnostics), "corrections": corrections(loaded),
    }, section="anti-corruption", topics=(TOPIC,), summary=f"{len(plan.items)} รายการ",
        fiscal_year=min(plan.fiscal_years), covers_years=frozenset(plan.fiscal_years),
        sources=(loaded.source.path,))


def budget_cells(loaded: Loaded[ActionPlan], index: int) -> dict[int, dict[str, Any]]:
    """An item's budget per year for a table cell: the amount (None = ไม่ระบุ) and, where the file
    records the amount as printed with a correction, what the document printed and why."""
    plan, item = loaded.model, loaded.model.items[index]
    cells = {}
    for year in plan.fiscal_years:
        printed = loaded.corrections.get(f"items[{index}].budget.{year}") \
            or loaded.corrections.get(f"items[{index}].budget")
        cells[year] = {"amount": budget_of_year(plan, item, year, loaded.unknown), "printed": printed}
    return cells


def _by_mission(items: list[PlanItem]) -> dict[str | None, list[PlanItem]]:
    blocks: dict[str | None, list[PlanItem]] = {}
    for item in items:
        blocks.setdefault(item.mission, []).append(item)
    return blocks
