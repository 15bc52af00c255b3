"""Checks on basic information: news dates agree with their file names; a local government lists
both sides of its leadership (OIT asks an อปท. for the political and the permanent executives)."""

from __future__ import annotations

from collections.abc import Iterator

from generator.checks.paths import position
from generator.diagnostics import Diagnostic, error, warning
from generator.load.agency import Agency
from generator.values.dates import format_thai_date, parse_date
from generator.values.errors import ValueParseError

LOCAL_GOVERNMENT_MARKS = ("อบต", "อบจ", "เทศบาล", "องค์การบริหารส่วน", "เมืองพัทยา", "กรุงเทพมหานคร", "อปท")


def check(agency: Agency) -> Iterator[Diagnostic]:
    yield from _news_dates(agency)
    yield from _executive_sides(agency)


def is_local_government(org_type: str) -> bool:
    return any(mark in org_type for mark in LOCAL_GOVERNMENT_MARKS)


def _news_dates(agency: Agency) -> Iterator[Diagnostic]:
    for loaded in agency.news:
        try:  # the same parser as every date: 2567-10-01 in a name is a BE year, never 3110
            named, why, why_th = parse_date(loaded.slug[:10]), "", ""
        except ValueParseError as exc:
            named, why, why_th = None, f" ({exc.message})", f" ({exc.message_th})"
        if named != loaded.model.date:
            written = format_thai_date(named) if named else loaded.slug[:10]
            yield error(
                "news-date-mismatch", position(loaded.source, ("date",)), "date",
                f"the date {loaded.model.date.isoformat()} differs from the file name's {loaded.slug[:10]}"
                f"{why}; rename the file or correct the date",
                f"วันที่ {format_thai_date(loaded.model.date)} ไม่ตรงกับวันที่ในชื่อไฟล์ ({written}){why_th} "
                "กรุณาแก้ชื่อไฟล์หรือวันที่ให้ตรงกัน",
            )


def _executive_sides(agency: Agency) -> Iterator[Diagnostic]:
    loaded = agency.executives
    if loaded is None or not is_local_government(agency.config.organisation.type):
        return
    sides = {"political": "ฝ่ายการเมือง", "permanent": "ฝ่ายประจำ"}
    for side, label in sides.items():
        if not getattr(loaded.model, side):
            yield warning(
                "executives-side-missing", position(loaded.source, ()), side,
                f"a local government publishes both political and permanent executives; '{side}' is empty",
                f"องค์กรปกครองส่วนท้องถิ่นต้องเผยแพร่ข้อมูลผู้บริหารทั้งฝ่ายการเมืองและฝ่ายประจำ แต่ยังไม่มี{label}",
            )
