"""Open data of service statistics, satisfaction surveys and complaint statistics.

One dataset per kind across every fiscal year (a table that grows each year, as data.go.th
datasets do); each year's page links to it. Totals are not stored: they are sums of the rows.
"""

from __future__ import annotations

from typing import Any

from generator.load.agency import Agency
from generator.models.statistics_figures import calendar_year_be
from generator.opendata.tables import Column, Dataset, dataset_files
from generator.values.fiscal import FISCAL_MONTH_ORDER

SERVICES = "service-statistics"
SATISFACTION = "satisfaction-survey"
COMPLAINTS = "complaint-statistics"
COMPLAINT_TYPES = "complaint-types"

_FISCAL_YEAR = Column("fiscal_year", "ปีงบประมาณ (พ.ศ.)", "integer")


def services(agency: Agency) -> Dataset:
    rows = [
        {"fiscal_year": s.fiscal_year, "year": calendar_year_be(s.fiscal_year, month), "month": month,
         "service_type": service.type, "count": service.counts[month], "unit": s.unit}
        for s in sorted((loaded.model for loaded in agency.service_statistics), key=lambda m: m.fiscal_year)
        for service in s.services for month in FISCAL_MONTH_ORDER if month in service.counts
    ]
    return Dataset(SERVICES, "สถิติการให้บริการรายเดือนจำแนกตามประเภทการให้บริการ",
                   "Services given per calendar month and service type, one row per type and month.", (
                       _FISCAL_YEAR,
                       Column("year", "ปี (พ.ศ.)", "integer", "calendar year (BE) of the month"),
                       Column("month", "เดือน", "integer", "calendar month 1-12 (10 = October)"),
                       Column("service_type", "ประเภทการให้บริการ", "string"),
                       Column("count", "จำนวน", "integer"),
                       Column("unit", "หน่วยนับ", "string"),
                   ), rows)


def satisfaction(agency: Agency) -> Dataset:
    rows: list[dict[str, Any]] = []
    for survey in sorted((loaded.model for loaded in agency.satisfaction), key=lambda m: m.fiscal_year):
        common = {"fiscal_year": survey.fiscal_year, "max_score": survey.scale,
                  "respondents": survey.respondents}
        rows.append({**common, "aspect": "ภาพรวม", "overall": True, "score": survey.score,
                     "percentage": survey.percentage})
        rows += [{**common, "aspect": a.aspect, "overall": False, "score": a.score,
                  "percentage": a.percentage} for a in survey.aspects]
    return Dataset(SATISFACTION, "ผลการสำรวจความพึงพอใจการให้บริการ",
                   "Satisfaction survey results: the overall result and one row per aspect.", (
                       _FISCAL_YEAR,
                       Column("aspect", "ด้าน", "string"),
                       Column("overall", "เป็นผลภาพรวม", "boolean"),
                       Column("score", "คะแนนเฉลี่ย", "number", required=False),
                       Column("max_score", "คะแนนเต็ม", "number", required=False),
                       Column("percentage", "ร้อยละความพึงพอใจ", "number", required=False),
                       Column("respondents", "จำนวนผู้ตอบแบบสอบถาม", "integer"),
                   ), rows)


def complaints(agency: Agency) -> Dataset:
    rows = [{"fiscal_year": c.fiscal_year, "none_received": c.none_received, "received": c.received,
             "completed": c.completed, "in_progress": c.in_progress, "as_of": c.as_of}
            for c in sorted((loaded.model for loaded in agency.complaints), key=lambda m: m.fiscal_year)]
    return Dataset(COMPLAINTS, "สถิติเรื่องร้องเรียนการทุจริตและประพฤติมิชอบ",
                   "Complaints about corruption and misconduct per fiscal year (aggregates only).", (
                       _FISCAL_YEAR,
                       Column("none_received", "ไม่มีเรื่องร้องเรียน", "boolean"),
                       Column("received", "เรื่องที่ได้รับ", "integer"),
                       Column("completed", "ดำเนินการแล้วเสร็จ", "integer"),
                       Column("in_progress", "อยู่ระหว่างดำเนินการ", "integer"),
                       Column("as_of", "ข้อมูล ณ วันที่", "string", "ISO date (CE)", required=False),
                   ), rows)


def complaint_types(agency: Agency) -> Dataset:
    rows = [{"fiscal_year": c.fiscal_year, "complaint_type": kind, "count": count}
            for c in sorted((loaded.model for loaded in agency.complaints), key=lambda m: m.fiscal_year)
            for kind, count in c.by_type.items()]
    return Dataset(COMPLAINT_TYPES, "เรื่องร้องเรียนการทุจริตและประพฤติมิชอบจำแนกตามประเภท",
                   "Complaints received per fiscal year and type (aggregates only).", (
                       _FISCAL_YEAR,
                       Column("complaint_type", "ประเภทเรื่องร้องเรียน", "string"),
                       Column("count", "จำนวนเรื่อง", "integer"),
                   ), rows)


def files(agency: Agency) -> dict[str, bytes]:
    """The files of every dataset that has data, keyed by their path in the build tree."""
    found: dict[str, bytes] = {}
    if agency.service_statistics:
        found.update(dataset_files(services(agency)))
    if agency.satisfaction:
        found.update(dataset_files(satisfaction(agency)))
    if agency.complaints:
        found.update(dataset_files(complaints(agency)))
        found.update(dataset_files(complaint_types(agency)))
    return found
