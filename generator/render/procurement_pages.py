"""Procurement pages of the budget section: per fiscal year an annual page, a page per month, the
plan and the announcements.

No page per record (DESIGN §8): records live in the month tables, a big month's over several pages
(``generator.render.paging``). Month pages stay out of the
navigation and are reached from the annual page's month table; links inside raw-HTML tables are
final built-page URLs (``generator.render.urls``), all others are Markdown links MkDocs checks.
"""

from __future__ import annotations

import posixpath
from collections.abc import Iterable
from typing import Any

from markupsafe import Markup

from generator.diagnostics import Diagnostic
from generator.load.agency import Agency, Loaded
from generator.models.procurement import ANNOUNCEMENT_KIND_TH, ProcurementMonth, ProcurementPlan
from generator.models.procurement_figures import ZERO, AnnualSummary, annual_summary, total
from generator.opendata.nacc_form import PERIOD as NACC_PERIOD
from generator.opendata.procurement import dataset_paths
from generator.render.pages import Page
from generator.render.paging import pager, part_path, parts
from generator.render.urls import relative_url
from generator.values.dates import MONTHS_ABBR, MONTHS_FULL, be_year
from generator.values.fiscal import FISCAL_MONTH_ORDER

SECTION = "budget"
CODES = ("price-over-budget", "winner-not-bidder", "missing-reference-price", "date-outside-fiscal-year",
         "duplicate-number")
DATA_LABELS = {"csv": "ตาราง CSV (UTF-8, เปิดด้วย Excel ได้)", "json": "JSON",
               "schema": "คำอธิบายโครงสร้างข้อมูล (JSON Schema)",
               "ocds": "Open Contracting (OCDS) release package"}


def folder(fiscal_year: int) -> str:
    return f"{SECTION}/procurement/{fiscal_year}"


def month_path(fiscal_year: int, month: int) -> str:
    return f"{folder(fiscal_year)}/{month:02d}.md"


def month_name(fiscal_year: int, month: int) -> str:
    """``ตุลาคม 2567`` for month 10 of fiscal year 2568."""
    return f"{MONTHS_FULL[month - 1]} {fiscal_year - 1 if month >= 10 else fiscal_year}"


def pages(agency: Agency, diagnostics: list[Diagnostic]) -> list[Page]:
    plans = {loaded.model.fiscal_year: loaded for loaded in agency.procurement_plans}
    months: dict[int, list[Loaded[ProcurementMonth]]] = {}
    for loaded in agency.procurement_months:
        if loaded.model.month is not None:
            months.setdefault(loaded.model.fiscal_year, []).append(loaded)
    result: list[Page] = []
    for year in sorted(set(plans) | set(months), reverse=True):
        plan, year_months = plans.get(year), sorted(months.get(year, []), key=_fiscal_order)
        result.append(_annual_page(year, plan, year_months))
        result += [page for loaded in year_months for page in _month_pages(loaded, year_months, diagnostics)]
        if plan is not None:
            result.append(_plan_page(plan))
            if plan.model.announcements:
                result.append(_announcements_page(plan))
    return result


def _fiscal_order(loaded: Loaded[ProcurementMonth]) -> int:
    return FISCAL_MONTH_ORDER.index(loaded.model.month or 10)


def _is_example(plan: Loaded[ProcurementPlan] | None, months: Iterable[Loaded[ProcurementMonth]]) -> bool:
    return (plan is not None and plan.model.example) or any(m.model.example for m in months)


def _annual_page(year: int, plan: Loaded[ProcurementPlan] | None,
                 months: list[Loaded[ProcurementMonth]]) -> Page:
    path = f"{folder(year)}/index.md"
    summary = annual_summary(year, [m.model for m in months])
    title = f"การจัดซื้อจัดจ้าง ปีงบประมาณ พ.ศ. {year}"
    month_rows = [{
        "label": month_name(year, m.month), "totals": m.totals, "has_file": m.has_file,
        "link": Markup(relative_url(path, month_path(year, m.month))) if m.has_file else None,
    } for m in summary.months]
    here = folder(year)
    data = [{"label": DATA_LABELS[key], "link": Markup(posixpath.relpath(target, here))}
            for key, target in dataset_paths(year).items()
            if months and (key != "ocds" or summary.totals.count)]  # no OCDS package without a record
    links = []
    if plan is not None:
        links.append({"title": _plan_title(plan.model), "link": Markup("plan.md")})
        if plan.model.announcements:
            links.append({"title": _announcements_title(year), "link": Markup("announcements.md")})
    if any(m.model.month in NACC_PERIOD for m in months):  # the NACC form page (nacc_form_pages)
        links.append({"title": "รายการการจัดซื้อจัดจ้างตามแบบของสำนักงาน ป.ป.ช. (ต.ค.–มี.ค.; XLSX, CSV)",
                      "link": Markup("nacc-procurement-list.md")})
    topics: tuple[str, ...] = ("procurement_monthly",) if months else ()
    topics += ("procurement_annual",) if summary.complete else ()
    dates = [r.contract_date for m in months for r in m.model.rows if r.contract_date]
    return Page(path, title, "procurement_year.md.j2", {
        "page_title": title, "fiscal_year": year, "summary": summary, "month_rows": month_rows,
        "month_count": len(summary.months_with_files), "data": data, "links": links,
        "example": _is_example(plan, months),
    }, section=SECTION, topics=topics, summary=_summary_text(summary), fiscal_year=year,
        months=frozenset(m.model.month for m in months if m.model.published and m.model.month),
        updated=max(dates, default=None),
        sources=((plan.source.path,) if plan else ()) + tuple(m.source.path for m in months))


def _summary_text(summary: AnnualSummary) -> str:
    count = len(summary.months_with_files)
    if not count:
        return "แผนการจัดซื้อจัดจ้าง (ยังไม่มีสรุปผลการจัดซื้อจัดจ้างรายเดือน)"
    kind = "และสรุปผลประจำปี" if summary.complete else "และผลรวมถึงปัจจุบัน"
    return f"สรุปผลการจัดซื้อจัดจ้างรายเดือน {count} เดือน {kind} ({summary.totals.count} รายการ)"


def _month_pages(loaded: Loaded[ProcurementMonth], months: list[Loaded[ProcurementMonth]],
                 diagnostics: list[Diagnostic]) -> list[Page]:
    """The month's page; a month of more than ``ROWS_PER_PAGE`` records continues on further pages
    (``09-2.md``, ``09-3.md``…), so no page grows past about 300 KB whatever the month holds."""
    month = loaded.model
    assert month.month is not None
    year, path = month.fiscal_year, month_path(month.fiscal_year, month.month)
    label = month_name(year, month.month)
    title = f"สรุปผลการจัดซื้อจัดจ้าง เดือน{label}"
    index = months.index(loaded)
    neighbours = [(months[i].model.month, arrow) for i, arrow in ((index - 1, "←"), (index + 1, "→"))
                  if 0 <= i < len(months)]
    nav = [{"label": f"{arrow} {MONTHS_ABBR[m - 1]}" if arrow == "←" else f"{MONTHS_ABBR[m - 1]} {arrow}",
            "link": Markup(f"{m:02d}.md")} for m, arrow in neighbours if m is not None]
    dates = [r.contract_date for r in month.rows if r.contract_date]
    caption = f"สรุปผลการดำเนินการจัดซื้อจัดจ้างในรอบเดือน{label} (แบบ สขร.1)"
    split = parts(len(month.rows))
    pages = []
    for number, rows in enumerate(split, 1):
        first = number == 1
        part_title = title if first else f"{title} (หน้า {number})"
        pages.append(Page(part_path(path, number), part_title, "procurement_month.md.j2", {
            "page_title": part_title, "month": month, "month_label": label, "totals": total(month.rows),
            "first": rows.start, "stop": rows.stop, "pager": pager(path, number, len(split)),
            "notes": _notes(loaded, diagnostics) if first else [], "nav": nav,
            "caption": caption if len(split) == 1 else
            f"{caption} หน้า {number} จาก {len(split)}: รายการที่ {rows.start + 1}–{rows.stop}",
        }, section=SECTION if first else None, topics=("procurement_monthly",) if first else (),
            summary=f"{len(month.rows)} รายการ", in_nav=False, fiscal_year=year if first else None,
            months=frozenset({month.month} if month.published and first else ()),
            updated=max(dates, default=None), sources=(loaded.source.path,)))
    return pages


def _notes(loaded: Loaded[ProcurementMonth], diagnostics: list[Diagnostic]) -> list[dict[str, Any]]:
    """The checks' findings on this month, shown openly beside the table (acknowledged or not)."""
    rows = loaded.model.rows
    found = []
    for d in diagnostics:
        if d.code in CODES and d.position.file == loaded.source.path and d.field.startswith("rows["):
            index = int(d.field[5:d.field.index("]")])
            found.append({"no": rows[index].no if index < len(rows) else "", "message": d.message_th,
                          "reason": d.acknowledged_reason})
    return found


def _plan_title(plan: ProcurementPlan) -> str:
    return f"แผนการจัดซื้อจัดจ้าง ปีงบประมาณ พ.ศ. {plan.fiscal_year}"


def _plan_page(loaded: Loaded[ProcurementPlan]) -> Page:
    plan = loaded.model
    title = _plan_title(plan)
    items = [{"item": item, "expected": _month_year(item.expected)} for item in plan.items]
    detail = "ไม่มีโครงการที่มีวงเงินเกินเกณฑ์" if plan.no_project_over_threshold else f"{len(plan.items)} โครงการ"
    return Page(f"{folder(plan.fiscal_year)}/plan.md", title, "procurement_plan.md.j2", {
        "page_title": title, "plan": plan, "items": items,
        "total_budget": sum((item.budget.counted for item in plan.items), start=ZERO),
    }, section=SECTION, topics=("procurement_plan",), summary=detail, fiscal_year=plan.fiscal_year,
        updated=plan.announced, sources=(loaded.source.path,))


def _month_year(date: Any) -> str:
    return f"{MONTHS_ABBR[date.month - 1]} {be_year(date)}" if date else "-"


def _announcements_title(year: int) -> str:
    return f"ประกาศเกี่ยวกับการจัดซื้อจัดจ้าง ปีงบประมาณ พ.ศ. {year}"


def _announcements_page(loaded: Loaded[ProcurementPlan]) -> Page:
    plan = loaded.model
    title = _announcements_title(plan.fiscal_year)
    ordered = sorted(plan.announcements, key=lambda a: a.date, reverse=True)
    rows = [{"item": a, "kind": ANNOUNCEMENT_KIND_TH[a.kind]} for a in ordered]
    return Page(f"{folder(plan.fiscal_year)}/announcements.md", title, "procurement_announcements.md.j2", {
        "page_title": title, "plan": plan, "rows": rows,
    }, section=SECTION, topics=("procurement_announcements",), summary=f"{len(rows)} ประกาศ",
        fiscal_year=plan.fiscal_year, updated=ordered[0].date if ordered else None,
        sources=(loaded.source.path,))
