"""Service statistics and satisfaction pages: an inline SVG chart with its data table beside it.

Every figure on these pages is computed here (month totals, type totals, the grand total); the
templates only print. Each page links to its open-data files.
"""

from __future__ import annotations

from typing import Any

from markupsafe import Markup

from generator.diagnostics import Diagnostic
from generator.load.agency import Agency, Loaded
from generator.models.statistics import SatisfactionSurvey, ServiceStatistics
from generator.models.statistics_figures import calendar_year_be, month_totals, months_covered, type_total
from generator.opendata import statistics as opendata
from generator.render.open_data_links import data_links
from generator.render.pages import Page, findings
from generator.render.svg_chart import Bar, horizontal_bars, vertical_bars
from generator.values.fiscal import month_label

SERVICES_TOPIC = "service_statistics"
SATISFACTION_TOPIC = "satisfaction"


def services_path(fiscal_year: int | str) -> str:
    return f"administration/statistics/{fiscal_year}.md"


def satisfaction_path(fiscal_year: int | str) -> str:
    return f"administration/satisfaction/{fiscal_year}.md"


def pages(agency: Agency, diagnostics: list[Diagnostic]) -> list[Page]:
    by_year = sorted(agency.service_statistics, key=lambda loaded: -loaded.model.fiscal_year)
    surveys = sorted(agency.satisfaction, key=lambda loaded: -loaded.model.fiscal_year)
    return ([_services_page(loaded, diagnostics) for loaded in by_year]
            + [_satisfaction_page(loaded) for loaded in surveys])


def _count(value: int) -> str:
    return f"{value:,}"


def month_name(fiscal_year: int, month: int) -> str:
    """``ต.ค. 2567`` for month 10 of fiscal year 2568."""
    return f"{month_label(month)} {calendar_year_be(fiscal_year, month)}"


def services_table(stats: ServiceStatistics) -> dict[str, Any]:
    """Rows are months (fiscal order), columns are service types, with totals both ways.

    A type that does not report a covered month shows ``-`` (not reported), distinct from 0.
    """
    totals = month_totals(stats)
    rows = [{
        "label": month_name(stats.fiscal_year, month),
        "cells": [_count(s.counts[month]) if month in s.counts else "-" for s in stats.services],
        "total": _count(total),
    } for month, total in totals.items()]
    return {
        "types": [s.type for s in stats.services],
        "rows": rows,
        "type_totals": [_count(type_total(s)) for s in stats.services],
        "grand_total": _count(sum(totals.values())),
    }


def _services_page(loaded: Loaded[ServiceStatistics], diagnostics: list[Diagnostic]) -> Page:
    stats = loaded.model
    year = stats.fiscal_year
    title = stats.title or f"สถิติการให้บริการ ปีงบประมาณ {year}"
    path = services_path(loaded.slug)
    totals = month_totals(stats)
    grand = sum(totals.values())
    first, last = (month_name(year, m) for m in (next(iter(totals)), list(totals)[-1]))
    month_chart = vertical_bars(
        "chart-months", f"จำนวนการให้บริการรายเดือน ปีงบประมาณ {year}",
        f"แผนภูมิแท่งแสดงจำนวนการให้บริการรวมทุกประเภทในแต่ละเดือน ตั้งแต่ {first} ถึง {last} "
        f"รวมทั้งสิ้น {_count(grand)} {stats.unit} ตัวเลขเดียวกันอยู่ในตารางด้านล่าง",
        [Bar(month_label(m), total, _count(total)) for m, total in totals.items()],
    )
    type_chart = horizontal_bars(
        "chart-types", f"จำนวนการให้บริการจำแนกตามประเภท ปีงบประมาณ {year}",
        f"แผนภูมิแท่งแสดงจำนวนการให้บริการทั้งปีของแต่ละประเภทการให้บริการ {len(stats.services)} ประเภท "
        "ตัวเลขเดียวกันอยู่ในแถวรวมของตารางด้านล่าง",
        [Bar(s.type, type_total(s), _count(type_total(s))) for s in stats.services],
    )
    return Page(path, title, "service_statistics.md.j2", {
        "page_title": title, "stats": stats,
        "table": services_table(stats),
        "caption": f"จำนวนการให้บริการ ({stats.unit}) รายเดือนจำแนกตามประเภท ปีงบประมาณ {year}",
        # built by svg_chart, which escapes every string for XML
        "charts": [Markup(month_chart), Markup(type_chart)],
        "findings": findings(loaded, diagnostics),
        "data_links": data_links(path, opendata.SERVICES),
    }, section="administration", topics=(SERVICES_TOPIC,), fiscal_year=year,
        months=months_covered(stats), updated=stats.as_of, sources=(loaded.source.path,),
        summary=f"{len(totals)} เดือน รวม {_count(grand)} {stats.unit}")


def _plain(value: Any) -> str:
    return "-" if value is None else f"{value:,}"


def satisfaction_chart(survey: SatisfactionSurvey) -> str:
    """Aspects as bars: percentages when every aspect has one, otherwise scores out of the scale."""
    if not survey.aspects:
        return ""
    by_percentage = all(a.percentage is not None for a in survey.aspects)
    unit = "ร้อยละ" if by_percentage else f"คะแนนเฉลี่ย (เต็ม {survey.scale})"
    values = [(a.aspect, a.percentage if by_percentage else a.score) for a in survey.aspects]
    bars = [Bar(aspect, value or 0, _plain(value)) for aspect, value in values]
    top = 100 if by_percentage else float(survey.scale or 0) or None
    return horizontal_bars(
        "chart-aspects", f"ผลการสำรวจความพึงพอใจรายด้าน ปีงบประมาณ {survey.fiscal_year}",
        f"แผนภูมิแท่งแสดง{unit}ของความพึงพอใจในแต่ละด้าน {len(bars)} ด้าน "
        "ตัวเลขเดียวกันอยู่ในตารางด้านล่าง", bars, max_value=top)


def _satisfaction_page(loaded: Loaded[SatisfactionSurvey]) -> Page:
    survey = loaded.model
    year = survey.fiscal_year
    title = survey.title or f"ผลการสำรวจความพึงพอใจการให้บริการ ปีงบประมาณ {year}"
    path = satisfaction_path(loaded.slug)
    overall = f"ร้อยละ {_plain(survey.percentage)}" if survey.percentage is not None else \
        f"{_plain(survey.score)} จาก {_plain(survey.scale)}"
    chart = satisfaction_chart(survey)
    return Page(path, title, "satisfaction.md.j2", {
        "page_title": title, "survey": survey,
        "chart": Markup(chart),
        "respondents": _count(survey.respondents), "overall": overall,
        "aspects": [{"aspect": a.aspect, "score": _plain(a.score), "percentage": _plain(a.percentage)}
                    for a in survey.aspects],
        "overall_score": _plain(survey.score), "overall_percentage": _plain(survey.percentage),
        "data_links": data_links(path, opendata.SATISFACTION),
    }, section="administration", topics=(SATISFACTION_TOPIC,), fiscal_year=year, updated=survey.date,
        sources=(loaded.source.path,),
        summary=f"ความพึงพอใจภาพรวม {overall} ผู้ตอบ {_count(survey.respondents)} คน")

