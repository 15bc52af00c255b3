"""Which pages the site has and what each page's template receives (view models, no markup).

Arithmetic happens here (through ``plan_figures``), never in templates.
"""

from __future__ import annotations

import json
from dataclasses import dataclass, field
from typing import Any

from markupsafe import Markup

from generator.diagnostics import Diagnostic
from generator.load.agency import Agency, Loaded
from generator.models.frameworks import FRAMEWORKS
from generator.models.no_gift import NoGiftPolicy
from generator.models.plan import ActionPlan, PlanItem
from generator.models.plan_figures import budget_totals, budgets_of, items_by_dimension, quarters_of
from generator.render.sections import SECTIONS, SectionSpec
from generator.values.fiscal import FISCAL_MONTH_ORDER, month_label


@dataclass
class Page:
    """One generated Markdown page: where it goes, its (trusted) title, template and context."""

    path: str
    title: str
    template: str
    context: dict[str, Any] = field(default_factory=dict)
    section: str | None = None


@dataclass
class Entry:
    title: str
    link: str
    detail: str = ""


def years_label(years: list[int]) -> str:
    ordered = sorted(years)
    if len(ordered) > 1 and ordered == list(range(ordered[0], ordered[-1] + 1)):
        return f"พ.ศ. {ordered[0]}–{ordered[-1]}"
    return "พ.ศ. " + ", ".join(str(y) for y in ordered)


def plan_page_title(plan: ActionPlan) -> str:
    return f"แผนปฏิบัติการป้องกันการทุจริต {years_label(plan.fiscal_years)}"


def no_gift_page_title(policy: NoGiftPolicy) -> str:
    return f"นโยบายไม่รับของขวัญ (No Gift Policy) ปีงบประมาณ {policy.fiscal_year}"


def build_pages(agency: Agency, diagnostics: list[Diagnostic]) -> list[Page]:
    pages: list[Page] = [Page("index.md", "หน้าแรก", "home.md.j2", {
        "sections": [_section_link(s) for s in SECTIONS],
        "fiscal_year": agency.config.site.current_fiscal_year,
    })]
    entries: dict[str, list[Entry]] = {s.slug: [] for s in SECTIONS}
    for loaded in agency.plans:
        page = _plan_page(loaded, diagnostics)
        pages.append(page)
        entries["anti-corruption"].append(Entry(page.title, _link(page.path, "anti-corruption"),
                                                f"{len(loaded.model.items)} รายการ"))
    for loaded in agency.no_gift:
        page = _no_gift_page(loaded)
        pages.append(page)
        entries["anti-corruption"].append(Entry(page.title, _link(page.path, "anti-corruption")))
    for spec in SECTIONS:
        pages.append(_section_page(spec, entries[spec.slug], agency))
    return pages


def _link(path: str, from_section: str) -> str:
    """Relative link from a section index page to a page path (MkDocs resolves .md links)."""
    return path.removeprefix(from_section + "/")


def _section_link(spec: SectionSpec) -> dict[str, str]:
    return {"title": spec.title, "summary": spec.summary, "link": f"{spec.slug}/index.md"}


def _section_page(spec: SectionSpec, entries: list[Entry], agency: Agency) -> Page:
    published = {e.title for e in entries}
    has_no_gift = bool(agency.no_gift)
    has_plan = bool(agency.plans)
    covered = {
        "ประกาศเจตนารมณ์นโยบาย No Gift Policy": has_no_gift,
        "รายงานผลตามนโยบาย No Gift Policy": any(p.model.reports for p in agency.no_gift),
        "แผนปฏิบัติการป้องกันการทุจริต": has_plan,
    }
    planned = [topic for topic in spec.topics if not covered.get(topic, False) and topic not in published]
    return Page(f"{spec.slug}/index.md", spec.title, "section.md.j2", {
        "section": {
            "title": spec.title, "summary": spec.summary, "entries": entries, "planned": planned,
            "contact": spec.slug == "basic",
        },
    }, section=spec.slug)


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

    def row(item: PlanItem) -> dict[str, Any]:
        return {"item": item, "no": item.no or "", "budget": budgets_of(plan, item),
                "schedule": schedule(item)}

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
        summary_rows.append({"label": label, "count": len(items), "budget": budget_totals(plan, items)})

    title = plan_page_title(plan)
    return Page(f"anti-corruption/plans/{loaded.slug}.md", title, "plan.md.j2", {
        "page_title": title, "plan": plan, "framework": framework,
        "years_label": years_label(plan.fiscal_years), "schedule_labels": labels,
        "groups": groups,
        "summary": {"rows": summary_rows, "total_count": len(plan.items),
                    "total_budget": budget_totals(plan)},
        "findings": _findings(loaded, diagnostics),
    }, section="anti-corruption")


def _by_mission(items: list[PlanItem]) -> dict[str | None, list[PlanItem]]:
    blocks: dict[str | None, list[PlanItem]] = {}
    for item in items:
        blocks.setdefault(item.mission, []).append(item)
    return blocks


def _findings(loaded: Loaded[Any], diagnostics: list[Diagnostic]) -> list[dict[str, Any]]:
    """Recomputed-total discrepancies of this file, shown openly on its page."""
    return [
        {"label": d.details.get("label_th", d.field), "printed": d.details["printed"],
         "recomputed": d.details["recomputed"], "reason": d.acknowledged_reason}
        for d in diagnostics
        if d.code == "total-mismatch" and d.position.file == loaded.source.path
    ]


def _no_gift_page(loaded: Loaded[NoGiftPolicy]) -> Page:
    title = no_gift_page_title(loaded.model)
    return Page(f"anti-corruption/no-gift/{loaded.slug}.md", title, "no_gift.md.j2",
                {"page_title": title, "policy": loaded.model}, section="anti-corruption")


def yaml_str(value: str) -> Markup:
    """A trusted title as a quoted YAML (JSON) string for front matter."""
    return Markup(json.dumps(str(value), ensure_ascii=False))

